"""Output formats: one small module per format, looked up by name.

A reporter is a callable ``(results, stream, options) -> None`` that writes every
:class:`~fazhi_lint.engine.FileResult` to ``stream`` (a text stream; the CLI opens files as
UTF-8). Reporters never re-read or re-parse a file: everything they print is in the results.

The registry maps a format name (``--format NAME``) to a reporter. Built-in formats are
loaded lazily, so listing them (``--help``) imports nothing heavy; a new format is one module
plus one line here, or, from a plugin, a ``fazhi_lint_reporters`` hook returning
``{"name": reporter}`` (see :func:`load_plugin_reporters` and docs/plugins.md).
"""

from __future__ import annotations

import importlib
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, TextIO

from ..grammar import YEAR_MENTION_RE
from ..model import FAMILIES

if TYPE_CHECKING:
    from ..engine import FileResult
    from ..model import Diagnostic
    from ..registry import Registry


@dataclass(frozen=True)
class ReportOptions:
    """What the command line tells a reporter. Formats ignore what does not apply to them."""

    color: str = "auto"  # auto | always | never (auto: only on a terminal, never with NO_COLOR)
    show_source: bool = True  # print the paragraph excerpt with the span marked
    statistics: bool = False  # counts per code instead of the findings
    quiet: bool = False  # findings only: no summary line
    width: int | None = None  # terminal width; None asks the console
    registry: Registry | None = None  # rule metadata, for formats that describe the rules
    root: str | None = None  # folder that relative paths in SARIF/fingerprints start from (cwd)


class Reporter(Protocol):
    def __call__(
        self, results: Sequence[FileResult], stream: TextIO, options: ReportOptions
    ) -> None: ...


def _lazy(module: str, attribute: str = "report") -> Reporter:
    """A reporter that imports its module on first use."""

    def run(results: Sequence[FileResult], stream: TextIO, options: ReportOptions) -> None:
        func: Reporter = getattr(importlib.import_module(module), attribute)
        func(results, stream, options)

    run.__qualname__ = run.__name__ = f"{module}.{attribute}"
    return run


REPORTERS: dict[str, Reporter] = {
    "text": _lazy("fazhi_lint.reporters.terminal"),
    "json": _lazy("fazhi_lint.reporters.json_reporter"),
    "jsonl": _lazy("fazhi_lint.reporters.jsonl"),
    "csv": _lazy("fazhi_lint.reporters.csv_reporter"),
    "html": _lazy("fazhi_lint.reporters.html"),
    "sarif": _lazy("fazhi_lint.reporters.sarif"),
    "github": _lazy("fazhi_lint.reporters.github"),
}
_BUILTIN = dict(REPORTERS)  # a plugin's format registered over a built-in name never streams

# Formats that can write each file's findings as soon as the file is done (``--format jsonl``
# over a long batch streams): module -> function ``(result, stream, options) -> None``
# (``report_file``), and, where the format closes with a summary, ``report_end(results,
# stream, options)`` after the last file.
STREAMING: dict[str, str] = {
    "text": "fazhi_lint.reporters.terminal",
    "jsonl": "fazhi_lint.reporters.jsonl",
    "github": "fazhi_lint.reporters.github",
}


def get_streaming(name: str) -> Callable[[FileResult, TextIO, ReportOptions], None] | None:
    """The per-file writer of a streaming format, or None."""
    module = STREAMING.get(name)
    if module is None or REPORTERS.get(name) is not _BUILTIN.get(name):
        return None
    func: Callable[[FileResult, TextIO, ReportOptions], None] = importlib.import_module(
        module
    ).report_file
    return func


def get_streaming_end(name: str) -> Reporter | None:
    """What a streaming format writes after the last file (its summary), or None."""
    module = STREAMING.get(name)
    if module is None or REPORTERS.get(name) is not _BUILTIN.get(name):
        return None
    func: Reporter | None = getattr(importlib.import_module(module), "report_end", None)
    return func


class UnknownFormatError(KeyError):
    """``--format`` named no registered reporter; the message lists the known ones."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


def register(name: str, reporter: Reporter, *, replace: bool = False) -> None:
    """Add an output format. Built-in names cannot be taken over unless ``replace``."""
    if not name or not name.replace("-", "").replace("_", "").isalnum():
        raise ValueError(f"invalid reporter name {name!r}")
    if name in REPORTERS and not replace:
        raise ValueError(f"reporter {name!r} is already registered")
    REPORTERS[name] = reporter


def available() -> list[str]:
    """Registered format names, built-ins first."""
    return list(REPORTERS)


def get_reporter(name: str) -> Reporter:
    try:
        return REPORTERS[name]
    except KeyError:
        import difflib  # here: only for a mistyped format

        close = difflib.get_close_matches(name, REPORTERS, n=1)
        hint = f"；是否要用 {close[0]}？" if close else ""
        raise UnknownFormatError(
            f"未知的输出格式 {name!r}（可用：{'、'.join(REPORTERS)}）{hint}"
        ) from None


def load_plugin_reporters(pm: Any) -> None:
    """Register formats contributed by plugins through a ``fazhi_lint_reporters`` hook.

    Each implementation returns a mapping ``{name: reporter}``. The hook is optional: the
    manager only has it when some plugin implements it.
    """
    hook = getattr(pm.hook, "fazhi_lint_reporters", None)
    if hook is None:
        return
    for contributed in hook():
        add_plugin_reporters(dict(contributed or {}))


def add_plugin_reporters(contributed: dict[str, Reporter]) -> None:
    """Register the formats plugins contribute (``Registry.reporters``); a plugin cannot take
    over a built-in format."""
    for name, reporter in contributed.items():
        if name not in REPORTERS:
            register(name, reporter)


# what a terminal must never receive raw from a file name: C0/C1 controls (escape sequences),
# DEL, lone surrogates (undecodable bytes of a file name) and bidirectional overrides
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """``text`` with control characters escaped (``\\x1b``), for a terminal or a log line."""
    return _UNPRINTABLE.sub(_escape, text)


def summarize(results: Iterable[FileResult]) -> dict[str, Any]:
    """Counts shared by every format: files, findings, per severity and per code."""
    results = list(results)
    by_severity: Counter[str] = Counter()
    by_code: Counter[str] = Counter()
    for result in results:
        for d in result.diagnostics:
            by_severity[d.severity.label] += 1
            by_code[d.code] += 1
    return {
        "files": len(results),
        "files_with_findings": sum(1 for r in results if r.diagnostics),
        "findings": sum(by_code.values()),
        "by_severity": {name: by_severity[name] for name in ("error", "warning", "info")},
        "by_code": dict(sorted(by_code.items())),
    }


def summary_line(summary: Mapping[str, Any]) -> str:
    """The closing line of the terminal report, in Chinese."""
    if not summary["findings"]:
        return f"未发现问题（已检查 {summary['files']} 个文件）"
    counts = summary["by_severity"]
    return (
        f"共发现 {summary['findings']} 个问题（错误 {counts['error']}，警告 {counts['warning']}，"
        f"提示 {counts['info']}），涉及 {summary['files_with_findings']} 个文件"
    )


# -- per-file summary rows (terminal table, HTML, CSV) ---------------------------------------

_YEAR = YEAR_MENTION_RE
_SUBJECT = re.compile(
    r"(?:关于)?(?:本单位|我[市区县局委办])?(?:的)?(?:法治政府建设|法治建设|依法行政|法治政府)"
)
_EDGE = re.compile(r"^[\s\u3000“”\"（）()、，,：:—\-的]+|[\s\u3000“”\"（）()、，,：:—\-的]+$")


def reporting_unit(title: str | None) -> str:
    """The reporting unit named in a report title ("天津市司法局"), or "" when none is.

    ``天津市司法局关于2023年度法治政府建设情况的报告`` → ``天津市司法局``;
    ``2023年区司法局法治政府建设情况报告`` → ``区司法局``; ``法治政府建设情况报告`` → ``""``.
    """
    if not title:
        return ""
    text = re.sub(r"[\s\u3000]+", " ", title).strip()
    subject = _SUBJECT.search(text)
    if subject is None:
        return ""
    head = text[: subject.start()]
    if "关于" in head:  # 「甲关于乙2023年…」: 甲 reports; 「关于甲2023年…」: 甲 too
        before, _, after = head.partition("关于")
        head = before or after
    head = _YEAR.sub("", head)
    unit = _EDGE.sub("", head)
    return unit if len(unit) >= 2 else ""


def worst_diagnostic(result: FileResult) -> Diagnostic | None:
    """The first of the most severe findings."""
    worst: Diagnostic | None = None
    for d in result.diagnostics:
        if worst is None or d.severity > worst.severity:
            worst = d
    return worst


def file_row(result: FileResult) -> dict[str, Any]:
    """One line of the batch summary: who reported, for which year, how it fared."""
    from ..model import Severity

    title = result.meta.get("title")
    year = result.meta.get("year")
    return {
        "path": result.path,
        "format": result.format,
        "title": title if isinstance(title, str) else "",
        "unit": reporting_unit(title if isinstance(title, str) else None),
        "year": year if isinstance(year, int) else None,
        "errors": result.count(Severity.ERROR),
        "warnings": result.count(Severity.WARNING),
        "infos": result.count(Severity.INFO),
        "worst": worst_diagnostic(result),
    }


def worst_text(diagnostic: Diagnostic | None, limit: int = 60) -> str:
    """「H106 此标题缺少编号…」 for a summary cell."""
    if diagnostic is None:
        return ""
    text = f"{diagnostic.code} {diagnostic.message}"
    return text if len(text) <= limit else text[: limit - 1] + "…"


__all__ = [
    "FAMILIES",
    "REPORTERS",
    "STREAMING",
    "ReportOptions",
    "Reporter",
    "UnknownFormatError",
    "add_plugin_reporters",
    "available",
    "file_row",
    "get_reporter",
    "get_streaming",
    "get_streaming_end",
    "load_plugin_reporters",
    "printable",
    "register",
    "reporting_unit",
    "summarize",
    "summary_line",
    "worst_diagnostic",
    "worst_text",
]
