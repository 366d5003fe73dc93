"""The default terminal format, in the manner of ruff and rustc.

For each finding::

    报告.txt:12:5: H101 [错误] 标题编号不连续：（二）之后是（四），缺少（三）
     12 | ……工作。（二）加强行政执法……（四）推进……
        |                           ^^^^^^
        = 建议：补上（三），或把（四）改为（三）

The header is ``path:LOCATION:`` (``12:5`` for text files, 「第12段第5字」 for Word), the code,
the severity and the message. Below it, the paragraph around the span (long paragraphs are
trimmed with 「…」), a caret line whose ``^`` sit under the span (CJK characters take two
columns) and ``-`` under related spans in the same paragraph, then the suggestion.

rich is imported only when a report is written.
"""

from __future__ import annotations

import functools
import os
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TextIO

from ..model import Diagnostic, Severity
from . import ReportOptions, file_row, printable, summarize, summary_line, worst_text

if TYPE_CHECKING:
    from rich.console import Console

    from ..engine import FileResult

SEVERITY_STYLE = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "blue"}
CONTEXT_CHARS = 30  # characters of context kept on each side of the span
ELLIPSIS = "…"
MIN_WIDTH = 40

# invisible characters get a visible stand-in of width 1, so the caret line stays aligned
_STAND_INS = {"\t": "\u2409", "\n": "\u2424", "\r": "\u240d"}


def report(results: Sequence[FileResult], stream: TextIO, options: ReportOptions) -> None:
    console = report_console(stream, options.color, options.width)
    if options.statistics:
        _print_statistics(console, results, options)
    else:
        for result in results:
            _print_findings(console, result, options)
    _print_closing(console, results, options)


def report_file(result: FileResult, stream: TextIO, options: ReportOptions) -> None:
    """One file's findings, written as soon as the file is done (a batch streams them; the
    same text as :func:`report`, whose closing part :func:`report_end` writes)."""
    _print_findings(report_console(stream, options.color, options.width), result, options)
    stream.flush()


def report_end(results: Sequence[FileResult], stream: TextIO, options: ReportOptions) -> None:
    """After the streamed findings: the summary table of a batch and the closing line."""
    _print_closing(report_console(stream, options.color, options.width), results, options)


def _print_findings(console: Any, result: FileResult, options: ReportOptions) -> None:
    width = max(MIN_WIDTH, console.width)
    for diagnostic in result.diagnostics:
        _print_finding(console, diagnostic, result.path, options.show_source, width)


def _print_closing(console: Any, results: Sequence[FileResult], options: ReportOptions) -> None:
    if not options.quiet:
        Text = _text_class(console)
        if len(results) > 1 and any(r.diagnostics for r in results):
            print_summary_table(console, results)
        summary = summarize(results)
        style = "bold" if summary["findings"] else "bold green"
        console.print(Text(summary_line(summary), style=style), soft_wrap=True)


def report_console(stream: TextIO, color: str = "auto", width: int | None = None) -> Any:
    """The console a report is written to: rich's, or, when no colors would be written (a
    file, a pipe, ``--color never``), a plain writer with the same output that spares
    importing rich (a fifth of a one-file run's start-up)."""
    if color == "never" or (color == "auto" and not _colors_possible(stream)):
        return PlainConsole(stream, width)
    return make_console(stream, color, width)


def _colors_possible(stream: TextIO) -> bool:
    """Whether rich could write colors to ``stream`` with ``--color auto``."""
    if os.environ.get("FORCE_COLOR") or os.environ.get("TTY_COMPATIBLE", "") == "1":
        return True
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):
        return False


# what rich's Text drops from any text it prints
_CONTROL_STRIP = dict.fromkeys((7, 8, 11, 12, 13))


class PlainText:
    """The part of rich's ``Text`` a report uses, without styles."""

    __slots__ = ("plain",)

    def __init__(self, text: str = "", style: str = "") -> None:
        self.plain = text

    def append(self, text: str, style: str = "") -> PlainText:
        self.plain += text
        return self


class PlainConsole:
    """Writes what rich's console would write with no colors (``soft_wrap=True``: each text
    on its own line, never re-wrapped; control codes dropped, tabs expanded as rich does)."""

    def __init__(self, stream: TextIO, width: int | None = None) -> None:
        self.stream = stream
        self.width = width or _rich_width()

    def print(self, text: PlainText | str = "", soft_wrap: bool = True) -> None:
        plain = text.plain if isinstance(text, PlainText) else str(text)
        plain = plain.translate(_CONTROL_STRIP)
        if "\t" in plain:
            plain = "\n".join(_expand_tabs(line) for line in plain.split("\n"))
        self.stream.write(plain + "\n")


def _rich_width() -> int:
    """The width rich gives a console that is not a terminal: the terminal of a standard
    stream if any, ``COLUMNS`` over that, else 80."""
    width: int | None = None
    for descriptor in (0, 1, 2):
        try:
            width = os.get_terminal_size(descriptor).columns
        except (AttributeError, ValueError, OSError):
            continue
        break
    columns = os.environ.get("COLUMNS")
    if columns is not None and columns.isdigit():
        width = int(columns)
    return width or 80


def _expand_tabs(line: str, size: int = 8) -> str:
    """Tabs to spaces up to the next multiple of ``size`` display columns."""
    out: list[str] = []
    column = 0
    parts = line.split("\t")
    for index, part in enumerate(parts):
        out.append(part)
        column += text_width(part)
        if index < len(parts) - 1:
            spaces = size - column % size
            out.append(" " * spaces)
            column += spaces
    return "".join(out)


def _text_class(console: Any) -> Any:
    """rich's ``Text`` for a rich console, :class:`PlainText` for a plain one."""
    if isinstance(console, PlainConsole):
        return PlainText
    from rich.text import Text

    return Text


def make_console(stream: TextIO, color: str = "auto", width: int | None = None) -> Console:
    """A rich console on ``stream``: colors per ``--color`` and ``NO_COLOR``, no markup."""
    from rich.console import Console

    common: dict[str, Any] = {
        "file": stream,
        "highlight": False,
        "markup": False,
        "emoji": False,
        "width": width,
    }
    if color == "always":
        return Console(force_terminal=True, color_system="standard", no_color=False, **common)
    if color == "never":
        return Console(color_system=None, no_color=True, **common)
    no_color = bool(os.environ.get("NO_COLOR"))
    return Console(no_color=no_color or None, **common)


# -- one finding -----------------------------------------------------------------------


def header_parts(diagnostic: Diagnostic, path: str) -> tuple[str, str]:
    """``("报告.txt:12:5:", "H101 [警告] message")``; document-level: ``("报告.txt:", ...)``."""
    where = diagnostic.location.short(diagnostic.offset)
    prefix = f"{path}:{where}:" if where else f"{path}:"
    return prefix, f"{diagnostic.code} [{diagnostic.severity.zh}] {diagnostic.message}"


def _print_finding(
    console: Console | PlainConsole,
    diagnostic: Diagnostic,
    path: str,
    show_source: bool,
    width: int,
) -> None:
    Text = _text_class(console)

    color = SEVERITY_STYLE.get(diagnostic.severity, "")
    prefix, _ = header_parts(diagnostic, printable(diagnostic.path or path))
    header = Text()
    header.append(prefix, style="bold")
    header.append(" ")
    header.append(diagnostic.code, style=f"bold {color}")
    header.append(" ")
    header.append(f"[{diagnostic.severity.zh}]", style=color)
    header.append(" ")
    header.append(diagnostic.message)
    console.print(header, soft_wrap=True)
    if not show_source:
        if diagnostic.suggestion:
            hint = clip(diagnostic.suggestion, 2 * width - 10)
            console.print(Text(f"  = 建议：{hint}", style="cyan"), soft_wrap=True)
        return

    location = diagnostic.location
    gutter_label = str(location.line) if location.line is not None and location.page is None else ""
    gutter = max(2, len(gutter_label))
    margin = " " * (gutter + 2) + "| "
    printed = False
    if diagnostic.context and diagnostic.span is not None:
        related = [
            (s.start, s.end)
            for s in diagnostic.related
            if location.block is not None and s.block == location.block
        ]
        excerpt = make_excerpt(
            diagnostic.context,
            diagnostic.span,
            related,
            width - len(margin) - 1,
        )
        line = Text(f" {gutter_label:>{gutter}} | ", style="blue")
        line.append(excerpt.text)
        console.print(line, soft_wrap=True)
        marks = Text(margin, style="blue")
        for char in excerpt.marks:
            if char == "^":
                marks.append(char, style=f"bold {color}")
            elif char == "-":
                marks.append(char, style="cyan")
            else:
                marks.append(char)
        console.print(marks, soft_wrap=True)
        printed = True
    if diagnostic.suggestion:
        pad = " " * (gutter + 2)
        suggestion = Text(f"{pad}= ", style="blue")
        room = 2 * width - len(pad) - 8  # at most about two screen lines
        suggestion.append(f"建议：{clip(diagnostic.suggestion, room)}", style="cyan")
        console.print(suggestion, soft_wrap=True)
        printed = True
    if printed:
        console.print()


# -- the excerpt -----------------------------------------------------------------------


@dataclass(frozen=True)
class Excerpt:
    """One display line cut from a paragraph, and the marker line under it."""

    text: str
    marks: str  # spaces, ``^`` under the span, ``-`` under related spans; right-stripped
    start: int  # the character range of the paragraph shown
    end: int


# (both per character of every excerpt and message: asked once per character and run)
@functools.cache
def char_width(char: str) -> int:
    """Terminal columns of one (visible) character: CJK wide/full-width take two."""
    if unicodedata.combining(char):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


@functools.cache
def visible(char: str) -> str:
    """A stand-in for characters a terminal would not show (tabs, zero-width spaces...)."""
    if char in _STAND_INS:
        return _STAND_INS[char]
    if unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"):
        return "\u2423"  # ␣
    return char


def text_width(text: str) -> int:
    return sum(char_width(c) for c in text)


def clip(text: str, max_width: int) -> str:
    """``text`` on one line, cut with 「…」 (and the full length) when wider than ``max_width``."""
    flat = "".join(visible(c) if c in "\r\n\t" else c for c in text)
    if text_width(flat) <= max_width:
        return flat
    note = f"…（共{len(text)}字）"
    room = max(1, max_width - text_width(note))
    kept: list[str] = []
    used = 0
    for char in flat:
        used += char_width(char)
        if used > room:
            break
        kept.append(char)
    return "".join(kept) + note


def make_excerpt(
    context: str,
    span: tuple[int, int],
    related: Iterable[tuple[int, int]] = (),
    max_width: int = 80,
    context_chars: int = CONTEXT_CHARS,
) -> Excerpt:
    """Cut a window around ``span`` that fits ``max_width`` columns and mark the span.

    Keeps up to ``context_chars`` characters each side, trims with 「…」, and clips a span
    too long for the line. Related ranges are marked when they fall inside the window (the
    window widens to include them when that fits).
    """
    n = len(context)
    max_width = max(max_width, 10)
    start = max(0, min(span[0], n))
    end = max(start, min(span[1], n))
    others = [(max(0, min(a, n)), max(0, min(b, n))) for a, b in related]
    others = [(a, max(a, b)) for a, b in others]
    # the window never reaches more than context_chars past the marked ranges: only those
    # characters are measured (chars[i - base]), so a long paragraph costs no more than a
    # short one
    base = max(0, min([start, *(a for a, _ in others)]) - context_chars)
    reach = min(n, max([end, *(b for _, b in others)]) + context_chars)
    chars = [visible(c) for c in context[base:reach]]
    widths = [char_width(c) for c in chars]

    def cols(a: int, b: int) -> int:
        return sum(widths[a - base : b - base])

    reserve = 2  # room for an ellipsis on each side
    lo, hi = start, end
    if others:
        wide_lo = min(start, *(a for a, _ in others))
        wide_hi = max(end, *(b for _, b in others))
        if cols(wide_lo, wide_hi) + reserve <= max_width:
            lo, hi = wide_lo, wide_hi
    # a span wider than the line: keep its beginning
    while hi > lo and cols(lo, hi) + reserve > max_width:
        hi -= 1
    # grow the window on both sides, one character at a time
    budget = max_width - reserve - cols(lo, hi)
    left_room = right_room = context_chars
    while budget > 0 and ((lo > 0 and left_room) or (hi < n and right_room)):
        grew = False
        if lo > 0 and left_room and widths[lo - 1 - base] <= budget:
            lo -= 1
            left_room -= 1
            budget -= widths[lo - base]
            grew = True
        if hi < n and right_room and widths[hi - base] <= budget:
            budget -= widths[hi - base]
            hi += 1
            right_room -= 1
            grew = True
        if not grew:
            break
    lead = ELLIPSIS if lo > 0 else ""
    tail = ELLIPSIS if hi < n else ""
    text = lead + "".join(chars[lo - base : hi - base]) + tail

    origin = len(lead)  # ELLIPSIS is one column

    def column(index: int) -> int:
        return origin + cols(lo, max(lo, min(index, hi)))

    line = [" "] * (text_width(text) + 1)

    def paint(a: int, b: int, mark: str) -> None:
        if b < lo or a > hi:
            return
        first = column(a)
        last = max(first + 1, column(b))
        if a < lo:
            first = 0
        for i in range(first, min(last, len(line))):
            line[i] = mark

    for a, b in others:
        paint(a, b, "-")
    paint(start, end, "^")
    return Excerpt(text=text, marks="".join(line).rstrip(), start=lo, end=hi)


# -- the batch summary table ---------------------------------------------------------------


def print_summary_table(console: Console | PlainConsole, results: Sequence[FileResult]) -> None:
    """One line per file: file, reporting unit, year, errors, warnings, worst finding.

    Columns are aligned by display width (CJK characters take two columns); a long path is
    cut at the left (its file name matters most), the unit and the worst finding at the right.
    """
    Text = _text_class(console)

    rows = [file_row(result) for result in results]
    width = max(MIN_WIDTH, console.width)
    paths = [printable(row["path"]) for row in rows]
    units = [printable(row["unit"]) or "—" for row in rows]
    path_w = min(max(text_width(p) for p in [*paths, "文件"]), max(16, (width - 40) // 2))
    unit_w = min(max(text_width(u) for u in [*units, "报告单位"]), 12 if width < 100 else 16)
    fixed = 2 + path_w + 2 + unit_w + 2 + 4 + 2 + 4 + 2 + 4 + 2
    worst_w = max(10, width - fixed)

    def line(cells: Sequence[tuple[str, int, str]]) -> str:
        out = []
        for text, size, how in cells:
            text = fit_left(text, size) if how == "left-cut" else _cut(text, size)
            pad = " " * max(0, size - text_width(text))
            out.append(pad + text if how == "right" else text + pad)
        return "  " + "  ".join(out)

    console.print(Text(f"汇总（{len(rows)} 个文件）", style="bold"), soft_wrap=True)
    header = line(
        [
            ("文件", path_w, "left"),
            ("报告单位", unit_w, "left"),
            ("年度", 4, "right"),
            ("错误", 4, "right"),
            ("警告", 4, "right"),
            ("最严重的问题", worst_w, "left"),
        ]
    )
    console.print(Text(header.rstrip(), style="dim"), soft_wrap=True)
    for row, path, unit in zip(rows, paths, units, strict=True):
        worst = row["worst"]
        worst_plain = worst_text(worst, 200) if worst is not None else "通过"
        plain = line(
            [
                (path, path_w, "left-cut"),
                (unit, unit_w, "left"),
                (str(row["year"]) if row["year"] is not None else "—", 4, "right"),
                (str(row["errors"]), 4, "right"),
                (str(row["warnings"]), 4, "right"),
                ("", 0, "left"),
            ]
        )
        text = Text(plain)
        worst_shown = _cut(worst_plain, worst_w)
        if worst is not None:
            color = SEVERITY_STYLE.get(worst.severity, "")
            text.append(worst_shown[: len(worst.code)], style=f"bold {color}")
            text.append(worst_shown[len(worst.code) :])
        else:
            text.append(worst_shown, style="green")
        console.print(text, soft_wrap=True)
    console.print()


def _cut(text: str, size: int) -> str:
    """``text`` cut to ``size`` columns with a trailing 「…」."""
    if text_width(text) <= size:
        return text
    kept, used = [], 0
    for char in text:
        used += char_width(char)
        if used > size - 1:
            break
        kept.append(char)
    return "".join(kept) + ELLIPSIS


def fit_left(text: str, size: int) -> str:
    """``text`` cut at the left to ``size`` columns: 「…/000-autonum.docx」."""
    if text_width(text) <= size:
        return text
    kept: list[str] = []
    used = 0
    for char in reversed(text):
        used += char_width(char)
        if used > size - 1:
            break
        kept.append(char)
    return ELLIPSIS + "".join(reversed(kept))


# -- statistics ------------------------------------------------------------------------


def statistics_rows(results: Sequence[FileResult]) -> list[tuple[int, str, str, Severity]]:
    """``(count, code, name, severity)`` per code, most frequent first."""
    counts: Counter[str] = Counter()
    info: dict[str, tuple[str, Severity]] = {}
    for result in results:
        for d in result.diagnostics:
            counts[d.code] += 1
            name, severity = info.get(d.code, (d.name, d.severity))
            info[d.code] = (name, max(severity, d.severity))
    return [
        (count, code, *info[code])
        for code, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    ]


def _print_statistics(
    console: Console | PlainConsole, results: Sequence[FileResult], options: ReportOptions
) -> None:
    Text = _text_class(console)

    rows = statistics_rows(results)
    if not rows:
        return
    count_width = max(len(str(row[0])) for row in rows)
    name_width = max(len(row[2]) for row in rows)
    for count, code, name, severity in rows:
        color = SEVERITY_STYLE.get(severity, "")
        line = Text(f"{count:>{count_width}}  ")
        line.append(code, style=f"bold {color}")
        line.append(f"  [{severity.zh}]  ", style=color)
        line.append(f"{name:<{name_width}}")
        check = options.registry.by_code.get(code) if options.registry is not None else None
        if check is not None:
            line.append(f"  {check.summary}", style="dim")
        console.print(line, soft_wrap=True)
