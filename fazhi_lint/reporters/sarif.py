"""SARIF 2.1.0: the static-analysis interchange format (GitHub code scanning, IDE viewers).

One run; the driver lists every rule the registry knows (code as ``id``, kebab-case name,
summary, explanation, default level, family as a tag). Each finding is a ``result``:

* ``level``: error → ``error``, warning → ``warning``, info → ``note``;
* ``locations``: the file relative to ``%SRCROOT%`` (the working directory, declared in
  ``originalUriBaseIds``); for text files a ``region`` with line and columns (code points:
  ``columnKind`` is ``unicodeCodePoints``) and the excerpt as snippet. Word and PDF files
  have no lines a viewer could show, so their results carry no region (a region needs a line
  or an offset) but a ``logicalLocation`` naming the place in Chinese (「第12段」), which also
  starts the message;
* ``relatedLocations`` for related spans in text files;
* ``partialFingerprints["fazhiLint/v1"]``: the fingerprint of :mod:`fazhi_lint.baseline`
  (code, path, normalized text around the span — not the line) plus ``:N`` for the N-th
  identical finding in the file. GitHub cannot fingerprint binary files itself, and these
  stay stable when paragraphs are added above a finding;
* ``properties``: the human location, excerpt, suggestion, fix and check data.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO
from urllib.parse import quote

from ..model import Diagnostic, Severity
from . import FAMILIES, ReportOptions

if TYPE_CHECKING:
    from ..engine import FileResult
    from ..plugins import Check

SCHEMA_URI = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
VERSION = "2.1.0"
FINGERPRINT_KEY = "fazhiLint/v1"
ROOT_ID = "%SRCROOT%"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
MIME_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
    "text": "text/plain",
    "markdown": "text/markdown",
    "html": "text/html",
}


def _uri(path: str, root: str) -> tuple[str, str | None]:
    """``(uri, uriBaseId)``: relative to the root when inside it, else an absolute file URI."""
    from ..baseline import normalize_path

    relative = normalize_path(path, root)
    if os.path.isabs(relative) or relative.startswith("<"):
        if relative.startswith("<"):
            return quote(relative.strip("<>"), safe=""), ROOT_ID
        return Path(relative).as_uri(), None
    return quote(relative, safe="/"), ROOT_ID


def _artifact_location(path: str, root: str, index: int | None = None) -> dict[str, Any]:
    uri, base = _uri(path, root)
    location: dict[str, Any] = {"uri": uri}
    if base:
        location["uriBaseId"] = base
    if index is not None:
        location["index"] = index
    return location


def _is_text(d: Diagnostic) -> bool:
    return d.location.line is not None and d.location.page is None


def _region(d: Diagnostic, start: int | None = None, end: int | None = None) -> dict[str, Any]:
    loc = d.location
    region: dict[str, Any] = {"startLine": loc.line}
    if loc.column is not None:
        first = d.span[0] if start is None and d.span else (start or 0)
        last = d.span[1] if end is None and d.span else (end if end is not None else first)
        region["startColumn"] = loc.column + first
        region["endColumn"] = loc.column + max(last, first)
    if d.excerpt and start is None:
        region["snippet"] = {"text": d.excerpt}
    return region


def rule_descriptor(check: Check) -> dict[str, Any]:
    explanation = check.explanation.strip() or check.summary
    return {
        "id": check.code,
        "name": check.name,
        "shortDescription": {"text": check.summary},
        "fullDescription": {"text": explanation.split("\n\n")[0]},
        "help": {"text": explanation},
        "defaultConfiguration": {"level": LEVELS.get(check.severity, "warning")},
        "properties": {"tags": [FAMILIES.get(check.family, check.family)]},
    }


def build(results: Sequence[FileResult], options: ReportOptions) -> dict[str, Any]:
    from .. import __version__
    from ..baseline import numbered_fingerprints

    root = os.path.abspath(options.root or os.getcwd())
    checks: list[Check] = []
    if options.registry is not None:
        checks = sorted(options.registry.checks, key=lambda c: c.code)
    rules = [rule_descriptor(c) for c in checks]
    rule_index = {c.code: i for i, c in enumerate(checks)}
    for result in results:  # codes no registry describes (e.g. without a registry)
        for d in result.diagnostics:
            if d.code not in rule_index:
                rule_index[d.code] = len(rules)
                rules.append(
                    {
                        "id": d.code,
                        "name": d.name,
                        "shortDescription": {"text": d.name},
                        "defaultConfiguration": {"level": LEVELS.get(d.severity, "warning")},
                    }
                )

    artifacts: list[dict[str, Any]] = []
    artifact_index: dict[str, int] = {}
    sarif_results: list[dict[str, Any]] = []
    for result in results:
        path = result.path
        if path not in artifact_index:
            artifact_index[path] = len(artifacts)
            artifact: dict[str, Any] = {"location": _artifact_location(path, root)}
            if result.format in MIME_TYPES:
                artifact["mimeType"] = MIME_TYPES[result.format]
            artifacts.append(artifact)
        for d, value, occurrence in numbered_fingerprints(result, root):
            sarif_results.append(
                _result(
                    d,
                    d.path or path,
                    root,
                    artifact_index.get(d.path or path),
                    rule_index[d.code],
                    f"{value}:{occurrence}",
                    result,
                )
            )

    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "fazhi-lint",
                "version": __version__,
                "semanticVersion": __version__,
                "rules": rules,
            }
        },
        "originalUriBaseIds": {ROOT_ID: {"uri": Path(root).as_uri().rstrip("/") + "/"}},
        "artifacts": artifacts,
        "results": sarif_results,
        "columnKind": "unicodeCodePoints",
        "invocations": [{"executionSuccessful": True}],
    }
    return {"$schema": SCHEMA_URI, "version": VERSION, "runs": [run]}


def _result(
    d: Diagnostic,
    path: str,
    root: str,
    artifact: int | None,
    rule: int,
    fingerprint: str,
    file: FileResult,
) -> dict[str, Any]:
    human = d.location.human(d.offset)
    text = d.message if _is_text(d) else f"{human}：{d.message}"
    if d.suggestion:
        text += f"（建议：{d.suggestion}）"
    physical: dict[str, Any] = {"artifactLocation": _artifact_location(path, root, artifact)}
    location: dict[str, Any] = {"physicalLocation": physical}
    if _is_text(d):
        physical["region"] = _region(d)
    elif d.location.block is not None:
        location["logicalLocations"] = [{"name": human, "fullyQualifiedName": f"{path}#{human}"}]
    item: dict[str, Any] = {
        "ruleId": d.code,
        "ruleIndex": rule,
        "level": LEVELS.get(d.severity, "warning"),
        "message": {"text": text},
        "locations": [location],
        "partialFingerprints": {FINGERPRINT_KEY: fingerprint},
    }
    related = []
    for number, span in enumerate(d.related, start=1):
        if span.block == d.location.block and _is_text(d):
            related.append(
                {
                    "id": number,
                    "physicalLocation": {
                        "artifactLocation": _artifact_location(path, root, artifact),
                        "region": _region(d, span.start, span.end),
                    },
                }
            )
        else:
            block = file.blocks.get(span.block)
            if block is None or block.location.line is None or block.location.page is not None:
                continue
            region: dict[str, Any] = {"startLine": block.location.line}
            if block.location.column is not None:
                region["startColumn"] = block.location.column + span.start
                region["endColumn"] = block.location.column + max(span.end, span.start)
            related.append(
                {
                    "id": number,
                    "physicalLocation": {
                        "artifactLocation": _artifact_location(path, root, artifact),
                        "region": region,
                    },
                }
            )
    if related:
        item["relatedLocations"] = related
    properties: dict[str, Any] = {"location": human, "name": d.name}
    for key, value in (
        ("excerpt", d.excerpt),
        ("suggestion", d.suggestion),
        ("fix", d.fix),
        ("data", d.data or None),
    ):
        if value not in (None, ""):
            properties[key] = value
    item["properties"] = properties
    return item


def report(results: Sequence[FileResult], stream: TextIO, options: ReportOptions) -> None:
    json.dump(build(results, options), stream, ensure_ascii=False, indent=2, default=_fallback)
    stream.write("\n")


def _fallback(value: Any) -> Any:
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=str)
    return str(value)
