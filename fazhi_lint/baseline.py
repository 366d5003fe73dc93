"""Stable fingerprints of findings, and baselines built from them.

A fingerprint identifies a finding across runs and edits elsewhere in the file: it hashes
the check code, the file's path (relative to a base folder, ``/``-separated) and the text
around the finding — the flagged excerpt with up to :data:`WINDOW` characters on each side,
whitespace removed and NFKC-normalized — but **not** its location, so inserting a paragraph
above a finding does not make it new. A finding about the whole document (no span) hashes
its message with the digits removed instead. Two identical findings in one file (the same
sentence twice) share a fingerprint; baselines count them, SARIF numbers them.

A baseline file records today's findings by fingerprint (``--write-baseline``); a later run
with ``--baseline`` reports only findings that are not in it — for a repository that adopts
the tool on old drafts. Paths are taken relative to the baseline file's folder, so the
baseline works from whichever folder the tool is run.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .engine import FileResult
    from .model import Diagnostic

FORMAT = "fazhi-lint-baseline"
VERSION = 1
WINDOW = 8  # characters of context hashed on each side of the excerpt
_SPACE = re.compile(r"\s+")
_DIGITS = re.compile(r"\d+")


class BaselineError(Exception):
    """A baseline file that cannot be read or is not a baseline (the CLI exits 2)."""


def normalize_path(path: str, base: str | os.PathLike[str] | None = None) -> str:
    """``path`` relative to ``base`` (default: the working directory), ``/``-separated.

    A path outside ``base`` (or on another drive) stays absolute; names like ``<stdin>``
    are kept as given.
    """
    if path.startswith("<") and path.endswith(">"):
        return path
    here = os.path.abspath(path)
    try:
        relative = os.path.relpath(here, os.path.abspath(base or os.getcwd()))
    except ValueError:  # another drive (Windows)
        relative = here
    if relative.startswith(".."):
        relative = here
    return relative.replace(os.sep, "/")


def _normal(text: str) -> str:
    return _SPACE.sub("", unicodedata.normalize("NFKC", text))


def fingerprint(diagnostic: Diagnostic, path: str, base: str | None = None) -> str:
    """A hex digest that stays the same while the flagged text does (see module doc)."""
    if diagnostic.span is not None and diagnostic.context:
        start, end = diagnostic.span
        text = diagnostic.context
        # the window counts characters once whitespace is gone, so re-spacing does not move it
        before = _normal(text[max(0, start - 4 * WINDOW) : start])[-WINDOW:]
        after = _normal(text[end : end + 4 * WINDOW])[:WINDOW]
        anchor = "\x1f".join((before, _normal(text[start:end]), after))
    else:
        anchor = _DIGITS.sub("#", _normal(diagnostic.message))
    key = "\x1e".join((diagnostic.code, normalize_path(path, base), anchor))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def numbered_fingerprints(
    result: FileResult, base: str | None = None
) -> list[tuple[Diagnostic, str, int]]:
    """Each finding with its fingerprint and occurrence number (1 for the first of equals)."""
    seen: Counter[str] = Counter()
    found = []
    for d in result.diagnostics:
        value = fingerprint(d, d.path or result.path, base)
        seen[value] += 1
        found.append((d, value, seen[value]))
    return found


@dataclass
class Baseline:
    """Fingerprints recorded by ``--write-baseline``, with how many times each occurred."""

    counts: Counter[str] = field(default_factory=Counter)
    base: str | None = None  # the folder paths were made relative to
    source: str | None = None

    def filter(self, result: FileResult) -> tuple[FileResult, int]:
        """The result without findings already in the baseline; and how many were dropped.

        Counts are consumed: a fingerprint recorded once hides one finding, so a defect
        copied to a second place is reported.
        """
        kept: list[Diagnostic] = []
        dropped = 0
        for d in result.diagnostics:
            value = fingerprint(d, d.path or result.path, self.base)
            if self.counts[value] > 0:
                self.counts[value] -= 1
                dropped += 1
            else:
                kept.append(d)
        if not dropped:
            return result, 0
        return replace(result, diagnostics=kept), dropped


def build(results: Iterable[FileResult], base: str | None = None) -> dict[str, Any]:
    """The baseline document: one entry per finding, sorted, with readable context."""
    from . import __version__

    entries = []
    for result in results:
        for d, value, _ in numbered_fingerprints(result, base):
            entries.append(
                {
                    "fingerprint": value,
                    "path": normalize_path(d.path or result.path, base),
                    "code": d.code,
                    "excerpt": d.excerpt,
                    "message": d.message,
                }
            )
    entries.sort(key=lambda e: (e["path"], e["code"], e["fingerprint"]))
    return {"format": FORMAT, "version": VERSION, "tool_version": __version__, "findings": entries}


def write_baseline(path: str | os.PathLike[str], results: Sequence[FileResult]) -> int:
    """Write a baseline of ``results`` to ``path``; returns the number of findings recorded."""
    target = Path(path)
    data = build(results, base=str(target.resolve().parent))
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    target.write_text(text, encoding="utf-8")
    return len(data["findings"])


def load_baseline(path: str | os.PathLike[str]) -> Baseline:
    """Read a baseline written by :func:`write_baseline` (raises :class:`BaselineError`)."""
    source = Path(path)
    try:
        data = json.loads(source.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BaselineError(f"{source}: 基线文件不存在") from None
    except OSError as exc:
        raise BaselineError(f"{source}: 无法读取基线文件：{exc.strerror or exc}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BaselineError(f"{source}: 不是有效的基线文件（JSON 解析失败：{exc}）") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise BaselineError(f"{source}: 不是 fazhi-lint 基线文件（缺少 format = {FORMAT!r}）")
    if data.get("version") != VERSION:
        raise BaselineError(
            f"{source}: 基线文件版本 {data.get('version')!r} 不受支持（应为 {VERSION}）"
        )
    findings = data.get("findings")
    if not isinstance(findings, list):
        raise BaselineError(f"{source}: 基线文件缺少 findings 列表")
    counts: Counter[str] = Counter()
    for entry in findings:
        value = entry.get("fingerprint") if isinstance(entry, dict) else None
        if not isinstance(value, str):
            raise BaselineError(f"{source}: findings 中有条目缺少 fingerprint")
        counts[value] += 1
    return Baseline(counts, base=str(source.resolve().parent), source=str(source))
