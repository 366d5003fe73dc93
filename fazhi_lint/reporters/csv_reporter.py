"""CSV: one row per finding, UTF-8 with a byte-order mark so that Excel shows Chinese.

Columns (Chinese headers, for the reviewer who opens it in Excel or WPS):
文件, 报告单位, 年度, 代码, 名称, 类别, 级别, 位置, 段落, 表格, 行号, 页码, 问题, 摘录, 上下文, 建议, 指纹.
``上下文`` is the paragraph around the excerpt, trimmed to about 40 characters on each side.
Rows follow the files in input order and the findings by position; a file without findings
has no row. Cells that Excel would take for a formula (starting with ``= + - @``) get a
leading apostrophe. Line endings are CRLF, as RFC 4180 and Excel expect.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

from . import FAMILIES, ReportOptions, reporting_unit

if TYPE_CHECKING:
    from ..engine import FileResult
    from ..model import Diagnostic

HEADER = (
    "文件",
    "报告单位",
    "年度",
    "代码",
    "名称",
    "类别",
    "级别",
    "位置",
    "段落",
    "表格",
    "行号",
    "页码",
    "问题",
    "摘录",
    "上下文",
    "建议",
    "指纹",
)
CONTEXT_CHARS = 40
BOM = "\ufeff"


def safe(text: str) -> str:
    """Keep Excel from evaluating a cell as a formula."""
    if text and text[0] in "=+-@\t\r":
        return "'" + text
    return text


def context_window(d: Diagnostic, chars: int = CONTEXT_CHARS) -> str:
    if d.span is None or not d.context:
        return ""
    start, end = d.span
    lo, hi = max(0, start - chars), min(len(d.context), end + chars)
    return ("…" if lo else "") + d.context[lo:hi] + ("…" if hi < len(d.context) else "")


def rows(results: Sequence[FileResult], options: ReportOptions) -> list[list[str]]:
    from ..baseline import numbered_fingerprints

    out: list[list[str]] = []
    for result in results:
        title = result.meta.get("title")
        unit = reporting_unit(title if isinstance(title, str) else None)
        year = result.meta.get("year")
        for d, value, _ in numbered_fingerprints(result, options.root):
            loc = d.location
            table = f"表{loc.table}第{loc.row}行第{loc.cell}列" if loc.table is not None else ""
            out.append(
                [
                    d.path or result.path,
                    unit,
                    str(year) if isinstance(year, int) else "",
                    d.code,
                    d.name,
                    FAMILIES.get(d.code[:1], "其他"),
                    d.severity.zh,
                    loc.human(d.offset),
                    str(loc.paragraph) if loc.paragraph is not None else "",
                    table,
                    str(loc.line) if loc.line is not None else "",
                    str(loc.page) if loc.page is not None else "",
                    d.message,
                    d.excerpt,
                    context_window(d),
                    d.suggestion or "",
                    value,
                ]
            )
    return out


def report(results: Sequence[FileResult], stream: TextIO, options: ReportOptions) -> None:
    stream.write(BOM)
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(HEADER)
    for row in rows(results, options):
        writer.writerow([safe(cell) for cell in row])
