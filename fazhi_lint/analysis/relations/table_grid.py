"""The grid of a statistics table: its cells and rows as the readers give them (Word and PDF
table cells) or as a paragraph prints them (text tables: three or more consecutive lines split
into the same number of cells by tabs or by ``|``/``｜`` outside quotes, a Markdown row's outer
bars and its |---| rule line too), and a table with the rows it continues.

One home for what a table *is*; the readings of what its figures must satisfy live in
:mod:`.tables` (合计 rows, share, rate and change columns, text against table) and
:mod:`.share_rows` (share rows of flattened and spaced tables).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from ...model import Block, BlockKind, Document
from ..cn_numbers import NumeralError, arabic_to_decimal, decimals_of

TOTAL_LABEL = re.compile(r"^(?:合\s*计|总\s*计|共\s*计|总数|全年合计|小\s*计)$")
NA_MARKS = {"", "-", "—", "——", "/", "／", "不适用", "无", "–"}
CELL_NUMBER = re.compile(r"^\s*([0-9０-９][0-9０-９,]*(?:[.．][0-9０-９]+)?)\s*$")
CODE_CELL = re.compile(r"^[0-9]{1,9}$")  # a subject code cell (201, 06, 2010101)

# text tables: the bars between cells, and the longest cell of a bar-separated row (a longer
# piece is a sentence with a bar in it, not a cell)
_PIPES = re.compile(r"[|｜]")
_CELL_CHARS = 40
_CLAUSE_MARK = re.compile(r"[，。；！？]")  # punctuation of a sentence, never inside a cell
_OPENERS = "“‘「『《〈"
_CLOSERS = "”’」』》〉"
# a Markdown header's rule line: |---|:---:|
_RULE_ROW = re.compile(r"^\s*[|｜]?\s*:?-{3,}:?\s*(?:[|｜]\s*:?-{3,}:?\s*)*[|｜]?\s*$")


@dataclass
class Cell:
    """A cell of a statistics table: its text, place and number."""

    text: str
    block: int
    start: int  # offset of the text within its block
    value: Decimal | None = None
    end: int = 0
    decimals: int = 0


@dataclass
class Row:
    """A row of a statistics table, as its cells read."""

    cells: list[Cell]
    label: str = ""  # the first text cell that is not a code
    codes: tuple[str, ...] = ()  # leading code cells (204, 06, 01)
    run: int = 0  # where the trailing run of numbers (or n/a cells) starts
    shape: str = ""  # per cell: N (number or n/a mark) or T (text)
    numbers: bool = False  # holds a number besides its codes

    @property
    def name(self) -> str:
        """The row's name as a message shows it: its label, else its first cell, no spaces."""
        return re.sub(r"\s", "", self.label) or re.sub(r"\s", "", self.cells[0].text)


def parse_cell(cell: Cell) -> Cell:
    m = CELL_NUMBER.match(cell.text)
    if m:
        try:
            cell.value = arabic_to_decimal(m.group(1))
            cell.start += m.start(1)
            cell.end = cell.start + len(m.group(1))
            cell.decimals = decimals_of(m.group(1))
        except NumeralError:
            cell.value = None
    return cell


def _numberish(cell: Cell) -> bool:
    return cell.value is not None or cell.text.strip() in NA_MARKS


def build_row(cells: list[Cell]) -> Row:
    row = Row(cells)
    codes: list[str] = []
    for cell in cells:
        text = cell.text.strip()
        if cell.value is None and text not in NA_MARKS:
            row.label = text
            break
        if not CODE_CELL.match(text):
            break
        codes.append(text)
    # codes only count as such when a name follows them
    row.codes = tuple(codes) if row.label else ()
    run = len(cells)
    while run > 0 and _numberish(cells[run - 1]):
        run -= 1
    row.run = run
    row.shape = "".join("N" if _numberish(c) else "T" for c in cells)
    row.numbers = any(c.value is not None for c in cells[len(row.codes) :])
    return row


def total_at(row: Row) -> int | None:
    """Where the row's 合计/小计 label stands: its first cell, or the second under an empty
    first one (a 序号 column the total row leaves blank: 「 | 合计 | 475」), else None."""
    for c, cell in enumerate(row.cells[:2]):
        text = cell.text.strip()
        if text:
            return c if TOTAL_LABEL.match(text) else None
    return None


def document_tables(document: Document) -> list[list[Row]]:
    """The tables of a document as rows of cells. A PDF row holds only its printed cells
    (see :func:`.tables._cell_at`); Word rows are padded to the table's width."""
    tables: list[list[Row]] = []
    pad = document.format != "pdf"
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
        table = []
        table_width = max((max(r) for r in rows.values() if r), default=0)
        for _, cells in sorted(rows.items()):
            width = table_width if pad else max(cells, default=0)
            table.append(
                build_row([parse_cell(cells.get(i, Cell("", -1, 0))) for i in range(1, width + 1)])
            )
        tables.append(table)
    # text tables: consecutive lines with tab or | separators
    run: list[Block] = []

    def flush() -> None:
        if len(run) >= 3:
            table = []
            # every row one tab per cell (no run of tabs lining columns up): an empty cell is
            # a cell, and a row the text lost its last tabs of is short at its end
            single = bool(holed) and all(_single_tabs(b) or b.index in holed for b in run)
            for b in run:
                cells: list[Cell] = []
                short = _text_cells(b) < run_width
                if _short_total(b, _text_cells(b), run_width) or (not single and short):
                    cells.append(Cell("", b.index, 0))  # a total row without the 序号 cell
                pos = 0
                if single:
                    start = len(b.text) - len(b.text.lstrip("\t"))
                    pos = start
                    for piece in b.text[start:].rstrip("\t").split("\t"):
                        cells.append(parse_cell(Cell(piece, b.index, pos)))
                        pos += len(piece) + 1
                    cells += [Cell("", b.index, pos) for _ in range(run_width - len(cells))]
                    table.append(build_row(cells))
                    continue
                if "\t" not in b.text:
                    cells += [parse_cell(Cell(t, b.index, at)) for at, t in _pipe_cells(b.text)]
                    table.append(build_row(cells))
                    continue
                for piece in re.split(r"(\t+|\s*\|\s*| {2,}|\u3000{2,})", b.text):
                    if piece and not re.fullmatch(r"\t+|\s*\|\s*| {2,}|\u3000{2,}", piece):
                        cells.append(parse_cell(Cell(piece, b.index, pos)))
                    pos += len(piece)
                table.append(build_row(cells))
            # a title line split like the rows (「二、执法成效｜2024」 over 「程序类别｜件数」):
            # the header is the line without figures right above the first rows with figures
            if len(table) >= 4 and not table[1].numbers and table[2].numbers:
                table = table[1:]
            tables.append(table)
        run.clear()
        holed.clear()

    run_width = -1
    holed: set[int] = set()  # rows joined by their tabs, an empty cell among them
    for b in document.blocks:
        if run and b.kind is BlockKind.PARAGRAPH and _RULE_ROW.match(b.text):
            continue  # the |---|---| line under a Markdown header: no row, the table goes on
        count = _text_cells(b) if b.kind is BlockKind.PARAGRAPH else 0
        # a text table: rows with the same number of separators (a two-column table pasted
        # from Word has one tab per row)
        if count >= 2 and (not run or count == run_width or _short_total(b, count, run_width)):
            if not run:
                run_width = count
            run.append(b)
            continue
        if (
            count >= 2
            and run
            and "\t" in b.text
            and not _PIPES.search(b.text)
            and all(_single_tabs(r) or r.index in holed for r in run)
            and count < run_width
            and len(b.text.strip("\t").split("\t")) <= run_width
        ):
            # 「乙类\t\t5」「丙类\t4」 in a table of three columns: empty cells of a pasted
            # Word table (the last ones lose their tabs)
            run.append(b)
            holed.add(b.index)
            continue
        flush()
        if count >= 2:
            run.append(b)
            run_width = count
    flush()
    return tables


def _single_tabs(block: Block) -> bool:
    """A tab-separated line without runs of tabs (none lines its columns up) or ``|``."""
    return (
        "\t" in block.text
        and not _PIPES.search(block.text)
        and "\t\t" not in block.text.strip("\t")
    )


def _short_total(block: Block, count: int, width: int) -> bool:
    """A text table's 合计 row one cell short: the 序号 cell left blank, its tab dropped
    (「1\t民政部门\t37」 … 「合计\t475」)."""
    first = re.split(r"\t+|[|｜]", block.text.strip().strip("|｜"), maxsplit=1)[0].strip()
    return count == width - 1 and width >= 3 and TOTAL_LABEL.match(first) is not None


def _text_cells(block: Block) -> int:
    """How many cells a text line holds when it is a table row (tabs, or | ｜ outside
    quotes), else 0."""
    text = block.text
    if "\t" in text:
        return len([c for c in re.split(r"\t+", text.strip("\t")) if c.strip()])
    if "|" not in text and "｜" not in text:
        return 0  # no separator: one cell at most (the walk below would find no more)
    cells = _pipe_cells(text)
    if len(cells) < 2 or any(len(t) > _CELL_CHARS or _CLAUSE_MARK.search(t) for _, t in cells):
        return 0  # one cell, or a sentence with a bar in it (a formula, a title 「A | B」)
    return len(cells)


def _pipe_cells(text: str) -> list[tuple[int, str]]:
    """The non-blank cells of a line split at ``|``/``｜`` (the bars at its ends, a Markdown
    row's, open and close it): (offset, text). A bar inside quotes or 《》 is part of a name
    (「“法治进万家｜宪法在身边”」), no separator."""
    cells: list[tuple[int, str]] = []
    depth = 0
    start = 0
    for i, ch in enumerate(text + "|"):
        if ch in _OPENERS:
            depth += 1
        elif ch in _CLOSERS and depth:
            depth -= 1
        elif ch in "|｜" and (not depth or i == len(text)):
            piece = text[start:i]
            lead = len(piece) - len(piece.lstrip())
            if piece.strip():
                cells.append((start + lead, piece.strip()))
            start = i + 1
    return cells


def _starts_with_data(table: Sequence[Row]) -> bool:
    """Does the table begin with data (its header is on an earlier page)?"""
    first = table[0]
    return any(c.value is not None for c in first.cells[len(first.codes) :]) and bool(
        first.label or len(first.cells) > 1
    )


@dataclass
class MergedTable:
    """A table with the tables it continues (a PDF table broken across pages)."""

    rows: list[Row]
    own: int  # where this table's own rows begin in ``rows``
    header: Row | None  # the header of the first table of the chain
    body_start: int  # where the data of the first table begins
    continued: bool  # the first table of the chain begins with data: rows are missing


def merged_tables(document: Document) -> list[MergedTable]:
    """Each table as a chain of its own. A PDF table broken across pages is one table in the
    Document already: the reader joins its parts when their columns say so
    (:func:`fazhi_lint.readers.pdf_layout.same_columns`), and two tables that only follow
    each other across a page break stay two."""
    out: list[MergedTable] = []
    for table in document_tables(document):
        if not table:
            continue
        continued = _starts_with_data(table)
        out.append(
            MergedTable(
                list(table), 0, None if continued else table[0], 0 if continued else 1, continued
            )
        )
    return out


def half_unit(cell: Cell) -> Decimal:
    """Half the last printed digit of a figure with decimals (0.005 of 「6.28」), else 0."""
    return Decimal(5).scaleb(-cell.decimals - 1) if cell.decimals else Decimal(0)
