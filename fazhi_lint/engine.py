"""Runs the checks on a document: selection, severities, options, per-check isolation.

One failing check never hides the others: its exception becomes an ``E999`` finding
naming the check.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from typing import Any

from .analysis.views import DocumentViews, ViewFailed, masker_of, views_of
from .config import Config, ConfigError
from .model import Diagnostic, Document, FileResult, RelatedBlock, Severity
from .plugins import Check, CheckContext
from .profiles import Profile, load_profile
from .readers import read_bytes, read_path
from .readers.errors import INTERNAL_ERROR, input_diagnostic
from .registry import Registry, default_registry

DAMAGED_COPY = "T003"  # fazhi_lint.checks.debris: the file is a damaged copy


class Linter:
    """Holds the registry, configuration and profile; lints documents."""

    def __init__(self, config: Config | None = None, registry: Registry | None = None):
        self.config = config or Config()
        self.registry = registry or default_registry()
        self.profile: Profile = load_profile(self.config.profile, self.registry.profile_dirs)
        self.enabled: list[Check] = self._enabled_checks()
        self.settings = self._resolve_settings()

    # -- selection -----------------------------------------------------------------
    def _enabled_checks(self) -> list[Check]:
        for selector in (*self.config.select, *self.config.ignore):
            if not self.registry.knows(selector):
                raise ConfigError(f"未知的检查代码或名称：{selector!r}")
        selected: dict[str, Check] = {}
        for selector in self.config.select:
            for item in self.registry.matching(selector):
                selected[item.code] = item
        if not any(item.family == "E" for item in selected.values()):
            # an unreadable file never passes silently: reading problems stay selected unless
            # the selection names some E code itself, or an ignore removes them
            for item in self.registry.matching("E"):
                selected[item.code] = item
        for selector in self.config.ignore:
            for item in self.registry.matching(selector):
                selected.pop(item.code, None)
        return sorted(selected.values(), key=lambda c: c.code)

    def _resolve_settings(self) -> dict[str, tuple[Severity, dict[str, Any]]]:
        """Per check code: effective severity and options (defaults + configuration)."""
        overrides: dict[str, Any] = {}
        for key, settings in self.config.rules.items():
            item = self.registry.resolve(key)
            where = f"{self.config.source or '配置'}: rules.{key}"
            if item is None:
                raise ConfigError(f"{where}: 未知的检查代码或名称")
            for option in settings.options:
                if option not in item.options:
                    known = "、".join(item.options) or "（该检查没有可配置项）"
                    raise ConfigError(f"{where}.{option}: 未知选项（可用：{known}）")
                expected = type(item.options[option])
                value = settings.options[option]
                if not _same_kind(value, item.options[option]):
                    raise ConfigError(
                        f"{where}.{option}: 应为 {expected.__name__}，实际为 {value!r}"
                    )
            overrides[item.code] = settings

        def setting(item: Check) -> tuple[Severity, dict[str, Any]]:
            rule = overrides.get(item.code)
            severity = (rule.severity if rule else None) or item.severity
            return severity, {**item.options, **(rule.options if rule else {})}

        resolved = _Settings(self.registry, setting)
        for item in (*self.enabled, *self.registry.matching("E")):
            resolved[item.code] = setting(item)
        return resolved

    def is_enabled(self, code: str) -> bool:
        return any(c.code == code for c in self.enabled)

    # -- running -------------------------------------------------------------------
    def lint_document(self, document: Document) -> list[Diagnostic]:
        found: list[Diagnostic] = []
        for problem in document.problems:
            severity, _ = self.settings.get(problem.code, (problem.severity, {}))
            if severity != problem.severity:
                problem = _with_severity(problem, severity)
            found.append(problem)
        if document.readable:
            views = views_of(document, self.profile)
            runs = self._kind_filter(views)
            skipped: dict[str, list[str]] = {}  # failed view -> the checks that needed it
            for item in self.enabled:
                if item.code.startswith("E"):
                    continue  # reading problems come from the reader
                if not runs(item.code):
                    continue  # not a report of this kind: said once by S100/S104
                severity, options = self.settings[item.code]
                ctx = CheckContext(document, item, self.profile, options, severity)
                try:
                    found.extend(list(item.func(ctx) or ()))
                except ViewFailed as failed:  # said once per view, below
                    skipped.setdefault(failed.view, []).append(item.code)
                except MemoryError:  # the memory limit, not a bug of one check: E012 above
                    raise
                except Exception as exc:  # isolate: one bug must not hide other findings
                    found.append(
                        input_diagnostic(
                            INTERNAL_ERROR,
                            f"检查 {item.code}（{item.name}）运行失败：{type(exc).__name__}: {exc}",
                            document.path,
                        )
                    )
            masker = masker_of(document)  # every output masks what F4xx would find
            for failure in views.failures():
                codes = skipped.get(failure.view)
                if codes is None and failure.view not in ("kind", "privacy"):
                    continue  # computed, but no selected check needed it
                what = f"；需要它的检查未运行：{'、'.join(codes)}" if codes else ""
                found.append(
                    input_diagnostic(INTERNAL_ERROR, failure.message + what, document.path)
                )
        enabled = {c.code for c in self.enabled}
        kept = [
            d
            for d in found
            if (d.code in enabled or d.code == INTERNAL_ERROR)
            and d.severity >= self.config.min_severity
        ]
        if any(d.code == DAMAGED_COPY for d in kept):
            # a damaged copy (T003) is one finding: the rest would describe the damage; reading
            # problems and what must not be published (F4) still stand
            kept = [d for d in kept if d.code == DAMAGED_COPY or d.code.startswith(("E", "F4"))]
        result = sorted(_dedupe(kept), key=Diagnostic.sort_key)
        # no output re-publishes an ID, phone or card number (F4xx)
        if document.readable and masker:
            result = [masker.diagnostic(d) for d in result]
        return result

    def _kind_filter(self, views: DocumentViews) -> Callable[[str], bool]:
        """Which checks run: on another kind of document only those that apply to any text."""
        from .analysis.kind import runs_on

        try:
            kind = views.kind
        except ViewFailed:  # every check runs; those needing the failed view are skipped
            return lambda code: True
        return lambda code: runs_on(code, kind)

    def lint_path(self, path: str | os.PathLike[str]) -> FileResult:
        return self._result(read_path(path, plugin_readers=self.registry.readers))

    def lint_bytes(self, data: bytes, name: str = "<bytes>") -> FileResult:
        return self._result(read_bytes(data, name, plugin_readers=self.registry.readers))

    def _result(self, document: Document) -> FileResult:
        diagnostics = self.lint_document(document)
        meta = {k: v for k, v in document.meta.items() if _jsonable(v)}
        if document.readable:
            try:
                outline = views_of(document, self.profile).outline
                meta.setdefault("title", outline.title_text)
                meta.setdefault("year", outline.report_year)
                meta.setdefault("year_source", outline.year_source)
            except ViewFailed:  # reported as E999 when a check needed it
                pass
        related = _related_blocks(document, diagnostics)
        if document.readable:
            masker = masker_of(document)
            if masker:  # the findings are masked already (lint_document)
                related = {
                    k: RelatedBlock(masker.text(b.text), b.location) for k, b in related.items()
                }
                meta = masker.text(meta)
        return FileResult(document.path, document.format, diagnostics, meta, related)

    def failed(self, results: Iterable[FileResult]) -> bool:
        """True when any finding reaches the failing severity."""
        return any(self.config.fails(d.severity) for r in results for d in r.diagnostics)


def lint_path(path: str | os.PathLike[str], config: Config | None = None) -> FileResult:
    """Lint one file with the given configuration (defaults: national profile, all checks)."""
    return Linter(config).lint_path(path)


def lint_bytes(data: bytes, name: str = "<bytes>", config: Config | None = None) -> FileResult:
    """Lint an in-memory file; ``name`` (e.g. ``"报告.docx"``) names it in findings."""
    return Linter(config).lint_bytes(data, name)


class _Settings(dict[str, tuple[Severity, dict[str, Any]]]):
    """Per check code: effective severity and options. The enabled checks and the reading
    problems are resolved up front; any other known code on first use (its family is imported
    only then)."""

    def __init__(
        self, registry: Registry, setting: Callable[[Check], tuple[Severity, dict[str, Any]]]
    ):
        super().__init__()
        self._registry = registry
        self._setting = setting

    def __missing__(self, code: str) -> tuple[Severity, dict[str, Any]]:
        item = self._registry.resolve(code)
        if item is None:
            raise KeyError(code)
        value = self[code] = self._setting(item)
        return value


def _same_kind(value: Any, default: Any) -> bool:
    if isinstance(default, bool):
        return isinstance(value, bool)
    if isinstance(default, (int, float)):
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    return isinstance(value, type(default))


def _with_severity(diagnostic: Diagnostic, severity: Severity) -> Diagnostic:
    from dataclasses import replace

    return replace(diagnostic, severity=severity)


# One root cause, one finding: where a finding of the key's code stands at the same place as
# one of these codes, only the key's is shown (a wrong year in the title of the results part is
# S105's, with its fix; N301 says the same of any text when structure checks are not selected).
SUPERSEDES: dict[str, tuple[str, ...]] = {"S105": ("N301",)}


def _dedupe(items: list[Diagnostic]) -> list[Diagnostic]:
    seen: set[tuple[Any, ...]] = set()
    covered = {
        (other, d.location.block, d.offset) for d in items for other in SUPERSEDES.get(d.code, ())
    }
    unique: list[Diagnostic] = []
    for d in items:
        key = (d.code, d.location.block, d.span, d.message)
        if key not in seen and (d.code, d.location.block, d.offset) not in covered:
            seen.add(key)
            unique.append(d)
    return unique


RELATED_BLOCKS_PER_FINDING = 50  # a finding relating hundreds of paragraphs keeps reports small


def _related_blocks(document: Document, diagnostics: list[Diagnostic]) -> dict[int, RelatedBlock]:
    """The blocks that related spans point into, other than each finding's own block."""
    found: dict[int, RelatedBlock] = {}
    for d in diagnostics:
        for span in d.related[:RELATED_BLOCKS_PER_FINDING]:
            if span.block == d.location.block or span.block in found:
                continue
            if 0 <= span.block < len(document.blocks):
                block = document.blocks[span.block]
                found[span.block] = RelatedBlock(block.text, block.location)
    return found


def _jsonable(value: Any) -> bool:
    return isinstance(value, (str, int, float, bool, type(None), list, tuple, dict))
