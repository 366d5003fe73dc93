"""Shares printed as a row under the row of their counts (issue 9): a table laid on its side,
the parts its columns, 「分类 咨询 求助 建议 表扬 其他」 over 「件数 47327 88698 771 65 12636」
over 「占比 31.7 59.3 0.5 0.04 8.5」, or the same with cell marks (「事项 | 行政处罚 | … | 其他 |
总计 |」, 「数量 | 101417 | … | 309,184 |」, 「占比 | 32.80% | … | 100% |」). The share under a
column is that column's count over the whole the row states: the 合计/总计 column when the
header names one (its share 100 or blank), else the sum of the counts when the header's last
column is the rest (其他/其它/其余) — the split it closes is complete.

A share that is not its count over that whole (rounded half up or truncated to its printed
digits) is an error (N104), named with the arithmetic, but only when the reading holds for
the table: at least two other columns' shares are their counts over the same whole and no
more than one column is off (a row of shares of another whole agrees with none).

The rows are read from a table (a Word table's cells, or a text table of tab- or bar-separated
lines, :func:`.tables.text_rows`) and from three consecutive paragraphs split at spaces (a
bulletin's table pasted as text: its header, its counts, its shares, each a short line of
words or figures and nothing else). Session 36 (s36-shares): real55 KQ078 (a 12345 bulletin,
spaces), own20 WRA29 (a journal's table, bars; a count slip makes its share off); the shares
of a table column were read already (:func:`.tables.share_columns`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from ...model import BlockKind, Document, Span
from ..cn_numbers import decimals_of, fmt
from .common import Relation
from .table_grid import (
    NA_MARKS,
    Cell,
    MergedTable,
    Row,
    build_row,
    document_tables,
    half_unit,
    parse_cell,
)
from .tables import share_cell_relation, share_columns

# the label of a row of shares (占比, 比重（%）, 构成), not of a rate (…率)
_SHARE_LABEL = re.compile(
    r"^(?:占比|比重|比例|构成|所占比例|占总数比例)\s*(?:[（(]\s*[%％]\s*[）)])?$"
)
# the label of a row of counts: no rate, change or share
_NOT_COUNT = re.compile(r"率|%|％|占|比|增|减|降|升|均")
_TOTAL = re.compile(r"^(?:合\s*计|总\s*计|共\s*计|总数|小\s*计)\s*(?:[（(][^）)]{0,4}[）)])?$")
_REST = re.compile(r"^(?:其\s*他|其\s*它|其\s*余)")
_SHARE_CELL = re.compile(r"^\s*([0-9][0-9,]*(?:\.[0-9]+)?)\s*[%％]?\s*$")
# a paragraph row split at spaces: a word, then cells, nothing else (no clause marks)
_SPACED = re.compile(r"^\S{1,12}(?:[ \u3000\t]+\S{1,16}){2,30}$")
_CLAUSE = re.compile(r"[，。；：！？,;:]")
_SENTENCE = re.compile(r"[，。；！？,;]")  # a row label's colon is its 其中:
_OPENINGS = frozenset(("占比", "比重", "比例", "构成", "所占", "占总"))
_MIN_BARS = 12  # cells of a flattened table: a header and three rows of three at least
_MIN_AGREE = 2  # other columns whose shares must fit the whole read


def share_row_relations(document: Document) -> list[Relation]:
    """The share rows of every table and of every three-paragraph spaced table."""
    out: list[Relation] = _flattened_tables(document)
    # the cheap test first: a paragraph or cell opening with a share row's label
    if not any(b.text.lstrip(" |｜\t\u3000")[:2] in _OPENINGS for b in document.blocks):
        return out
    for table in document_tables(document):
        if len(table) >= 3:
            out.extend(_judge_table(table))
    out.extend(_spaced_tables(document))
    return out


def _flattened_tables(document: Document) -> list[Relation]:
    """A table flattened into one paragraph, every cell after a bar (「…构成 指 标 | 年末数(万人) |
    比重(%) | 常住人口 | 53.48 | | 其中:城镇 | 34.76 | 65 | 乡村 | …」): its header, then rows
    of as many cells, each a label and figures; the share column read as a table's
    (:func:`.tables.share_columns`)."""
    out: list[Relation] = []
    for b in document.blocks:
        # the cheap test first: many bars and a share column's head among the cells
        if b.kind is not BlockKind.PARAGRAPH or b.text.count("|") < _MIN_BARS:
            continue
        if not any(w in b.text for w in _OPENINGS):
            continue
        rows = _unflatten(b.text, b.index)
        if rows is not None:
            out.extend(share_columns(MergedTable(rows, 0, rows[0], 1, False)))
    return out


def _unflatten(text: str, block: int) -> list[Row] | None:
    """The rows of a flattened table: the width is the one (the only one) that splits the
    cells after a header of text cells into rows of a label and figures (a blank cell, a
    share the whole leaves out, counts as a figure), at least three rows."""
    cells: list[Cell] = []
    pos = 0
    for piece in text.split("|"):
        lead = len(piece) - len(piece.lstrip())
        cells.append(parse_cell(Cell(piece.strip(), block, pos + lead)))
        pos += len(piece) + 1
    if cells and not cells[-1].text:
        cells.pop()  # the bar that closes the last row
    if len(cells) < _MIN_BARS:
        return None
    lead_text = 0
    while lead_text < len(cells) and cells[lead_text].value is None and cells[lead_text].text:
        lead_text += 1
    found: list[list[Row]] = []
    for width in range(2, lead_text):
        if (len(cells) - width) % width or len(cells) < width * 4:
            continue
        rows = [cells[k : k + width] for k in range(0, len(cells), width)]
        if all(
            r[0].value is None
            and r[0].text
            and not _SENTENCE.search(r[0].text)
            and all(c.value is not None or c.text in NA_MARKS for c in r[1:])
            and any(c.value is not None for c in r[1:])
            for r in rows[1:]
        ):
            found.append([build_row(r) for r in rows])
    return found[0] if len(found) == 1 else None


def _spaced_tables(document: Document) -> list[Relation]:
    """Three consecutive short paragraphs: a header of words, a row of counts, a row of
    shares, each split at spaces into the same number of cells."""
    blocks = [b for b in document.blocks if b.kind is BlockKind.PARAGRAPH]
    out: list[Relation] = []
    for i in range(2, len(blocks)):
        text = blocks[i].text.strip()
        # the cheap test first: a paragraph opening with a share's label
        if text[:2] not in _OPENINGS or len(text) > 200:
            continue
        rows = [_spaced_row(b.text, b.index) for b in blocks[i - 2 : i + 1]]
        if any(r is None for r in rows):
            continue
        if any(blocks[k + 1].index != blocks[k].index + 1 for k in range(i - 2, i)):
            continue
        out.extend(_judge_table([r for r in rows if r is not None]))
    return out


def _spaced_row(text: str, block: int) -> Row | None:
    if "\t" in text or "|" in text or "｜" in text or _CLAUSE.search(text):
        return None
    if not _SPACED.match(text.strip()):
        return None
    cells: list[Cell] = []
    for m in re.finditer(r"\S+", text):
        cells.append(parse_cell(Cell(m.group(), block, m.start())))
    return build_row(cells)


def _judge_table(table: Sequence[Row]) -> list[Relation]:
    header = table[0]
    width = len(header.cells)
    out: list[Relation] = []
    for r in range(2, len(table)):
        shares, counts = table[r], table[r - 1]
        if not _SHARE_LABEL.match(_label(shares)) or _NOT_COUNT.search(_label(counts)):
            continue
        if len(shares.cells) != width or len(counts.cells) != width or width < 4:
            continue
        out.extend(_judge(header, counts, shares))
    return out


def _label(row: Row) -> str:
    return re.sub(r"\s", "", row.cells[0].text) if row.cells else ""


def _judge(header: Row, counts: Row, shares: Row) -> list[Relation]:
    names = [re.sub(r"\s", "", c.text) for c in header.cells]
    if any(c.value is not None for c in header.cells[1:]):
        return []  # the header holds figures: no header
    totals = [c for c in range(1, len(names)) if _TOTAL.match(names[c])]
    parts = [c for c in range(1, len(names)) if c not in totals]
    if len(totals) > 1 or len(parts) < 3:
        return []
    if any(counts.cells[c].value is None for c in parts):
        return []
    if totals:
        total = counts.cells[totals[0]]
        whole = total.value
        said = _printed(shares.cells[totals[0]])
        if shares.cells[totals[0]].text.strip() and (said is None or said[0] != 100):
            return []  # the total's share is no 100%: the shares are of another whole
        whole_text = total.text.strip()
        whole_spans = [Span(total.block, total.start, total.end)]
    else:
        if not _REST.match(names[parts[-1]]):
            return []  # no total and no rest: the split may be open
        whole = sum((counts.cells[c].value or Decimal(0) for c in parts), Decimal(0))
        whole_text = "＋".join(counts.cells[c].text.strip() for c in parts)
        whole_spans = [
            Span(counts.cells[c].block, counts.cells[c].start, counts.cells[c].end) for c in parts
        ]
    if whole is None or whole <= 0:
        return []
    off: list[tuple[int, Decimal, int]] = []
    agree = 0
    for c in parts:
        printed = _printed(shares.cells[c])
        n = counts.cells[c].value
        if printed is None or n is None:
            return []
        value, decimals = printed
        actual = n / whole * 100
        unit = Decimal(1).scaleb(-decimals)
        half = half_unit(counts.cells[c])
        if value - unit / 2 <= actual < value + unit or (
            half
            and (n - half) * 100 / whole < value + unit
            and (n + half) * 100 / whole >= value - unit / 2
        ):
            agree += 1
        else:
            off.append((c, actual, decimals))
    if len(off) != 1 or agree < _MIN_AGREE:
        return []
    c, actual, decimals = off[0]
    share, count = shares.cells[c], counts.cells[c]
    unit = Decimal(1).scaleb(-decimals)
    shown = fmt(actual.quantize(unit if decimals else Decimal("0.1")))
    whole_said = whole_text if totals else f"{whole_text}＝{fmt(whole)}"
    return [
        share_cell_relation(
            share,
            count,
            whole_spans,
            f"表格“{names[c]}”列“{_label(shares)}”行的{share.text.strip()}与其分子分母不符："
            f"{count.text.strip()}÷{fmt(whole)}＝{shown}%（总数{whole_said}）",
        )
    ]


def _printed(cell: Cell) -> tuple[Decimal, int] | None:
    m = _SHARE_CELL.match(cell.text)
    if m is None:
        return None
    return Decimal(m.group(1).replace(",", "")), decimals_of(m.group(1))
