"""Tables: a 合计/小计 row against the data rows above it (N102), for real table cells and
for text tables (lines separated by tabs or ``|``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from ...model import Block, BlockKind, Document, Severity, Span
from ..cn_numbers import NumeralError, arabic_to_decimal, fmt
from .common import Relation, Verdict

_TOTAL_LABEL = re.compile(r"^(?:合\s*计|总\s*计|共\s*计|总数|全年合计|小\s*计)$")
_NA = {"", "-", "—", "——", "/", "／", "不适用", "无", "–"}
_CELL_NUMBER = re.compile(r"^\s*([0-9０-９][0-9０-９,]*(?:[.．][0-9０-９]+)?)\s*$")


@dataclass
class Cell:
    text: str
    block: int
    start: int  # offset of the text within its block
    value: Decimal | None = None
    end: int = 0


def _parse_cell(cell: Cell) -> Cell:
    m = _CELL_NUMBER.match(cell.text)
    if m:
        try:
            cell.value = arabic_to_decimal(m.group(1))
            cell.start += m.start(1)
            cell.end = cell.start + len(m.group(1))
        except NumeralError:
            cell.value = None
    return cell


def _tables(document: Document) -> list[list[list[Cell]]]:
    tables: list[list[list[Cell]]] = []
    grid: dict[int, dict[int, dict[int, Cell]]] = {}
    for b in document.blocks:
        loc = b.location
        if b.kind is BlockKind.TABLE_CELL and loc.table is not None:
            rows = grid.setdefault(loc.table, {})
            cells = rows.setdefault(loc.row or 0, {})
            c = loc.cell or 0
            if c in cells:
                cells[c].text += b.text  # several paragraphs in one cell
            else:
                cells[c] = Cell(b.text, b.index, 0)
    for _, rows in sorted(grid.items()):
        width = max((max(r) for r in rows.values() if r), default=0)
        table = []
        for _, cells in sorted(rows.items()):
            table.append([_parse_cell(cells.get(i, Cell("", -1, 0))) for i in range(1, width + 1)])
        tables.append(table)
    # text tables: consecutive lines with tab or | separators
    run: list[Block] = []

    def flush() -> None:
        if len(run) >= 3:
            table = []
            for b in run:
                cells: list[Cell] = []
                pos = 0
                for piece in re.split(r"(\t+|\s*\|\s*| {2,}|\u3000{2,})", b.text):
                    if piece and not re.fullmatch(r"\t+|\s*\|\s*| {2,}|\u3000{2,}", piece):
                        cells.append(_parse_cell(Cell(piece, b.index, pos)))
                    pos += len(piece)
                table.append(cells)
            tables.append(table)
        run.clear()

    for b in document.blocks:
        if b.kind is BlockKind.PARAGRAPH and (b.text.count("\t") >= 2 or b.text.count("|") >= 2):
            run.append(b)
        else:
            flush()
    flush()
    return tables


def table_relations(document: Document) -> list[Relation]:
    out: list[Relation] = []
    for table in _tables(document):
        if not table:
            continue
        header = table[0]
        for r, row in enumerate(table):
            if not row or not _TOTAL_LABEL.match(row[0].text.strip()):
                continue
            subtotal = row[0].text.strip().replace(" ", "") == "小计"
            data_rows: list[list[Cell]] = []
            for prev in reversed(table[1:r]):
                label = prev[0].text.strip() if prev else ""
                if _TOTAL_LABEL.match(label):
                    if subtotal or label.replace(" ", "") != "小计":
                        break
                    continue  # 合计 sums the data rows, not the subtotals
                data_rows.insert(0, prev)
            if len(data_rows) < 2:
                continue
            for c in range(1, len(row)):
                total = row[c]
                if total.value is None:
                    continue
                head = header[c].text if c < len(header) else ""
                if re.search(r"率|%|％|占比|比例|平均|均", head):
                    continue
                cells = [dr[c] for dr in data_rows if c < len(dr)]
                if any(x.value is None and x.text.strip() not in _NA for x in cells):
                    continue
                values = [x for x in cells if x.value is not None]
                if len(values) < 2:
                    continue
                s = sum((x.value for x in values if x.value is not None), Decimal(0))
                involved = tuple(
                    Span(x.block, x.start, x.end) for x in [total, *values] if x.block >= 0
                )
                if s == total.value:
                    out.append(
                        Relation(
                            "partition",
                            Verdict.CONSISTENT,
                            total.block,
                            (total.start, total.end),
                            involved,
                        )
                    )
                    continue
                col = f"“{head.strip()}”列" if head.strip() else f"第{c + 1}列"
                out.append(
                    Relation(
                        "partition",
                        Verdict.CONTRADICTION,
                        total.block,
                        (total.start, total.end),
                        involved,
                        code="N102",
                        severity=Severity.ERROR,
                        message=(
                            f"表格{row[0].text.strip()}行{col}：各行合计{fmt(s)}"
                            f"（{'+'.join(x.text.strip() for x in values)}），与{row[0].text.strip()}{fmt(total.value)}不符"
                        ),
                        suggestion="核对表格合计行与各行数字",
                    )
                )
    return out
