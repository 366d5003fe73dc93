"""Tables: a 合计/小计 row against the data rows above it (N102), for real table cells and
for text tables: three or more consecutive lines split into the same number (≥ 2) of cells
by tabs or by ``|``/``｜`` outside quotes (a Markdown row's outer bars and its |---| rule line
too), in any format's paragraphs. The grid itself (cells, rows, text tables, tables continued across
pages) is read in :mod:`.table_grid`.

A column is a contradiction only when no reasonable reading of the table adds up:

* **alignment** — a PDF row lists only its printed cells, so a row with empty cells is
  shorter than the total row. A row is aligned with the total row cell by cell when both
  have the same shape, by their trailing runs of numbers (the amounts sit at the right of
  the code and name cells: ``204 | 06 | 01 | 行政运行 | 16726725.44 | …``), or as a prefix
  (the left half of a two-sided table); a row that fits none of these makes the column
  unknown;
* **hierarchy** — budget tables list a 类 row, then its 款 rows, then their 项 rows, each
  the subtotal of the rows that follow it (codes 201 / 20101 / 2010101, or split over the
  cells ``204 | 06 | 01``). Summing every row counts the same money two or three times, so
  the column is also read as a forest (a row may be the sum of the consecutive rows after
  it) and by its codes (only the top-level rows);
* **subtotals** — 「小计」 rows are skipped by a 合计 (it sums the data rows), and a named
  subtotal (「本年收入合计」) may instead stand for all the rows above it;
* **rounding** — amounts printed with decimals were rounded: a sum of n rows may differ from
  the total by (n + 1) half units of the last printed digit;
* **continued tables** — a table whose first row already holds data began on an earlier
  page, so rows above it are missing: a sum below the total is unknown, not a contradiction.

Rows labelled 「其中」 are sub-rows of the row before them and are not summed; the rows right
after a 其中 row may be its further items (「撤销」 indented under 「其中：维持」, an indent a
PDF loses), so those readings are tried too. A 其中 row larger than the row above it is
wrong in any reading (N102). A column headed 合计/总计 holds each row's sum of the other
count columns, judged once another row adds up that way (N102).

A table broken across PDF pages is judged whole: the PDF reader gives it as one table when
its parts have the same columns (two tables that merely follow each other across a page
break stay two), so its share and rate columns and the text figures next to it are read
against all its rows, those after the page break too.

A text figure is read against a table (N401) by the row its words name, the row a scope
clause names, the row named as the subject of the clauses before a figure that names
nothing else (「工贸行业企业数量多，检查量最大，达183家次」: a warning) or only the column, the
row and a figure of another column in the clause right before (「其中职业卫生领域案件仅9件，但
罚没款达12.3万元」: the row's 罚没款, a warning when it does not fit), or the total row when
the words say 共/合计 or the column, or name the area's whole with the column named by the
noun after the figure (「全区76所中小学校」 against 学校数（所）: a warning). A count of the
items summed (「三项合计563件」) is no total, and a figure of one flow stage (受理) is not
compared with a column of another (审结), except that more concluded in the table than the
text says came in is wrong when the text denies a carry-over (「无上年结转」). A figure whose
words name a row and, by 各, the rows of a kind (「街道调委会和各社区调委会共调解…」) is the
figure of all those rows: the total row when they are every row, no single cell otherwise.

Session 30 round 2 (s30b-units): a table with no 合计 row whose first row is the whole (its
share 100 or blank) and whose other rows are splits opened by 其中 rows (a bulletin's
population table: 「其中:男性…女性」「其中:0-17岁…60岁及以上」) has each split that adds up
to the whole read for its share column (:func:`_whole_first`, N104 error): real53 KO025
found at error, no other set changed (see magnitude.py's docstring for the counts). Left: the
same table flattened into one line of a paragraph (real50 KJ064), which no text-table reading
parses.

Session 32 (s32-yoy): a change column reads the two period columns right before it in either
order (:func:`_compared_columns`): two years one apart (「2024年(件) | 去年2023年(件) | 同比(%)」,
the later year first; a year may follow up to three words, 去年/上年), or, for a 环比 column,
two months one apart (「8月(件) | 7月(件) | 环比(%)」); ↑/↓ in a cell are its sign. The class is in
real60 (KX035, a 12345 bulletin) and real42 (KB006, a 综合执法 monthly report), both the later
period first. Counted (found at error / false errors / warnings on consistent): real19–42
+1 / 0 / 0 (KB006), real58–60 +1 / 0 / 0 (KX035); real43–57 and blind1–44 unchanged. Left: a 同比 column whose year-ago column is not beside the current
one (KB007, 「8月 | 7月 | 环比 | 2021年8月 | 同比」), and tables printed without cell marks
(KP069, QC045).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import pairwise

from ...grammar import YEAR_ASCII
from ...model import BlockKind, Document, Severity, Span
from ..cn_numbers import decimals_of, fmt
from ..quantities import BlockQuantities, Lexicon, Quantity, load_lexicon
from .common import (
    COUNTABLE,
    FLOW_STAGES,
    MAGNITUDE_NAMES,
    Relation,
    Verdict,
    bounds,
    common_substring,
    denies_carry,
    describe,
    last_mark,
    per_or_change,
)
from .table_grid import (
    CELL_NUMBER,
    CODE_CELL,
    NA_MARKS,
    TOTAL_LABEL,
    Cell,
    MergedTable,
    Row,
    build_row,
    half_unit,
    merged_tables,
    parse_cell,
    total_at,
)

# a named subtotal: 本年收入合计, 大港街小计, 收入总计
_NAMED_SUBTOTAL = re.compile(r"\S(?:合\s*计|小\s*计|总\s*计)$")
_RATE_HEAD = re.compile(r"率|%|％|占比|比例|平均|均")
# the most rows read as a forest; longer tables get only the flat and coded readings
_FOREST_ROWS = 80
_FOREST_WIDTH = 256  # distinct sums kept per sub-range before giving up (unknown)
_FOREST_STEPS = 200_000  # sums combined before giving up (unknown)


# --------------------------------------------------------------------------------------
# alignment
# --------------------------------------------------------------------------------------


class _Ambiguous:
    """A row whose cells cannot be placed in the total row's columns."""


_AMBIGUOUS = _Ambiguous()


def _cell_at(row: Row, total: Row, c: int, grid: bool) -> Cell | _Ambiguous | None:
    """The cell of ``row`` under column ``c`` of the total row: a Cell, None (nothing
    there: n/a) or _AMBIGUOUS (the row's cells cannot be placed in the columns).
    ``grid``: the cells are the columns of a real table grid (Word, text tables)."""
    n, m = len(row.cells), len(total.cells)
    if grid:
        if c >= n:
            return None
        cell = row.cells[c]
        if cell.value is None:
            return None if cell.text.strip() in NA_MARKS else _AMBIGUOUS
        return cell
    if not row.numbers:
        return None  # a label-only row (a heading, a wrapped name)
    if n == m and row.shape == total.shape:
        cell = row.cells[c]
        return cell if cell.value is not None else None
    width = m - total.run  # the total row's trailing numbers
    if c >= total.run and n - row.run >= width:
        extra = row.cells[row.run : n - width]
        if all(CODE_CELL.match(x.text.strip()) for x in extra):
            cell = row.cells[n - (m - c)]
            return cell if cell.value is not None else None
        return _AMBIGUOUS
    if n < m and row.shape == total.shape[:n] and not (c >= total.run and n - row.run > 0):
        if c >= n:
            return None
        cell = row.cells[c]
        return cell if cell.value is not None else None
    return _AMBIGUOUS


# --------------------------------------------------------------------------------------
# readings of a column
# --------------------------------------------------------------------------------------


def _half(cell: Cell) -> Decimal:
    """Half a unit of the cell's last printed digit when it has decimals (2940.05 was
    rounded), else 0 (an integer is exact)."""
    return Decimal(1).scaleb(-cell.decimals) / 2 if cell.decimals else Decimal(0)


def _close(a: Decimal, b: Decimal, tolerance: Decimal) -> bool:
    """Equal, or within the rounding of the numbers added (strictly: a rounded value never
    reaches the end of its half-open interval)."""
    return a == b or abs(a - b) < tolerance


def _forest_sums(values: Sequence[tuple[Decimal, Decimal]]) -> dict[Decimal, Decimal] | None:
    """Every sum of top-level rows when the rows (value, half unit) are read as a forest: a
    row may be the subtotal of the consecutive rows that follow it (their own top-level sum
    equals it, within rounding). Maps each sum to the largest rounding its rows may carry.
    None: too many readings to tell."""
    vals = [(v, h) for v, h in values if v]  # a zero row changes no sum, in any position
    n = len(vals)
    if n > _FOREST_ROWS:
        return None
    memo: dict[tuple[int, int], dict[Decimal, Decimal] | None] = {}
    budget = [_FOREST_STEPS]

    def forest(i: int, j: int) -> dict[Decimal, Decimal] | None:
        key = (i, j)
        if key in memo:
            return memo[key]
        if i == j:
            memo[key] = {Decimal(0): Decimal(0)}
            return memo[key]
        out: dict[Decimal, Decimal] = {}
        value, half = vals[i]
        for k in range(i + 1, j + 1):
            if k > i + 1:
                children = forest(i + 1, k)
                budget[0] -= len(children or ())
                if children is None:
                    memo[key] = None
                    return None
                if not any(_close(s, value, t + half) for s, t in children.items()):
                    continue
            rest = forest(k, j)
            budget[0] -= 1 + len(rest or ())
            if rest is None or budget[0] < 0:
                memo[key] = None  # too many readings to tell
                return None
            for s, t in rest.items():
                total = value + s
                out[total] = max(out.get(total, Decimal(0)), t + half)
            if len(out) > _FOREST_WIDTH:
                memo[key] = None
                return None
        memo[key] = out
        return out

    return forest(0, n)


def _code_level(row: Row) -> int | None:
    if not row.codes:
        return None
    if len(row.codes) > 1:
        return len(row.codes)
    digits = len(row.codes[0])
    return {3: 1, 5: 2, 7: 3}.get(digits)


def _top_level(pairs: Sequence[tuple[Row, Cell]]) -> list[Cell] | None:
    """The cells of the top-level rows when every row carries a subject code of a known
    level (类 201, 款 20101, 项 2010101, or the codes split over cells), else None."""
    levels = [_code_level(r) for r, _ in pairs]
    if any(level is None for level in levels) or len(set(levels)) < 2:
        return None
    top = min(level for level in levels if level is not None)
    return [c for (_, c), level in zip(pairs, levels, strict=True) if level == top]


@dataclass
class _Judgement:
    """Whether the rows of a table add up to its total."""

    verdict: Verdict
    flat: Decimal = Decimal(0)
    cells: list[Cell] = field(default_factory=list)
    top: list[Cell] | None = None  # the top-level rows of a coded table


def _judge(pairs: Sequence[tuple[Row, Cell]], total: Cell, continued: bool) -> _Judgement:
    cells = [c for _, c in pairs]
    target = total.value
    assert target is not None
    numbers = [(c.value, _half(c)) for c in cells if c.value is not None]
    flat = sum((v for v, _ in numbers), Decimal(0))
    # n rounded rows may miss a rounded total by their half units added up
    if _close(flat, target, sum((h for _, h in numbers), _half(total))):
        return _Judgement(Verdict.CONSISTENT, flat, cells)
    top = _top_level(pairs)
    sums: list[tuple[Decimal, Decimal]] = []
    if top is not None:
        tops = [(c.value, _half(c)) for c in top if c.value is not None]
        sums.append((sum((v for v, _ in tops), Decimal(0)), sum((h for _, h in tops), Decimal(0))))
    if any(_close(s, target, t + _half(total)) for s, t in sums):
        return _Judgement(Verdict.CONSISTENT, flat, cells)
    rounding = sum((h for _, h in numbers), _half(total))
    first = next((v for v, _ in numbers if v), Decimal(0))
    if (target - flat >= rounding and not continued) or first - target >= rounding:
        # every reading adds some of the rows, the first one always (no row above it can
        # be its subtotal): a total above them all (unless rows are missing from an earlier
        # page) or below the first is wrong in any reading
        return _Judgement(Verdict.CONTRADICTION, flat, cells, top)
    forest = _forest_sums(numbers)
    if forest is None:
        return _Judgement(Verdict.UNKNOWN, flat, cells)  # too many readings to tell
    if any(_close(s, target, t + _half(total)) for s, t in forest.items()):
        return _Judgement(Verdict.CONSISTENT, flat, cells)
    if continued and min([flat, *(s for s, _ in sums), *forest]) < target:
        return _Judgement(Verdict.UNKNOWN, flat, cells)  # rows on an earlier page
    return _Judgement(Verdict.CONTRADICTION, flat, cells, top)


def _walks(rows: Sequence[Row], subtotal: bool) -> list[list[Row]]:
    """The rows a total row may sum, walking up from it: the data rows, skipping subtotal
    rows (a 合计 under 小计 rows sums the data rows) and 「其中」 sub-rows; and, when a
    named subtotal (本年收入合计) is met, also the reading where it stands for the rows
    above it."""
    data: list[Row] = []
    alternative: list[Row] | None = None
    for prev in reversed(rows):
        label = prev.label
        compact = re.sub(r"\s", "", label)
        if TOTAL_LABEL.match(label):
            if subtotal or compact != "小计":
                break
            continue
        if _NAMED_SUBTOTAL.search(compact):
            if alternative is None:
                alternative = [prev, *data]
            if subtotal:
                break
            continue
        if compact.startswith("其中"):
            continue
        data.insert(0, prev)
    walks = [data] if alternative is None else [data, alternative]
    return [*walks, *_sub_runs(rows, data)]


_SUB_READINGS = 64  # readings of the rows after 「其中」 rows tried (more: only the plain one)


def _sub_runs(rows: Sequence[Row], data: Sequence[Row]) -> list[list[Row]]:
    """More readings of ``data`` when 「其中」 rows stand among them: the rows that follow a
    「其中：维持」 row may be its further items without repeating 其中 (「撤销」 indented under
    it, an indent a PDF does not keep), so each run of rows after a 其中 row may lose its
    first k rows (k = 0 … the run), every combination up to :data:`_SUB_READINGS`."""
    kept = {id(r) for r in data}
    runs: list[list[Row]] = []
    current: list[Row] | None = None
    for r in rows:
        if re.sub(r"\s", "", r.label).startswith("其中"):
            current = []
            runs.append(current)
        elif id(r) in kept and current is not None:
            current.append(r)
        else:
            current = None
    runs = [run for run in runs if run]
    count = 1
    for run in runs:
        count *= len(run) + 1
    if not runs or count > _SUB_READINGS:
        return []
    readings: list[set[int]] = [set()]
    for run in runs:
        readings = [
            dropped | {id(r) for r in run[:k]} for dropped in readings for k in range(len(run) + 1)
        ]
    return [[r for r in data if id(r) not in dropped] for dropped in readings if dropped]


def _block_span(table: Sequence[Row]) -> tuple[int, int]:
    blocks = [c.block for row in table for c in row.cells if c.block >= 0]
    return (min(blocks), max(blocks)) if blocks else (-1, -1)


def _complete(chain: Sequence[MergedTable]) -> list[bool]:
    """For each of :func:`merged_tables`'s tables, whether it ends its chain (no continuation
    follows it on the next page): the one that holds every row of a table broken across
    pages, header to 合计."""
    return [i + 1 == len(chain) or not chain[i + 1].own for i in range(len(chain))]


# a column of shares of the count column before it (占比（%）, 比例, 构成); not a rate (…率)
# but 占比率 (a share's name with 率: 「占比率(%)」, real48 KH076)
_SHARE_HEAD = re.compile(r"^(?!.*(?<!占比)率).*(?:占比|比例|比重|构成|占[^（(]{0,8}[%％])")


def share_columns(merged: MergedTable) -> list[Relation]:
    """「类型 | 件数 | 占比（%）」 with a 合计 row: each row's share against its count over the
    total. Judged only when the rows add up to the total exactly (the table is one split),
    on a grid where every row has the header's cells. Session 29 round 2 (s29b-shares): the
    count column is the nearest before the share column that is no rate or change column
    (「案由|受理数量(件)|同比增长(%)|占比率(%)」, 占比率 a share), and the 合计 row may leave its
    share blank (「合计|43296|-4.6|」): real48 KH076 found at error, no other set changed.

    Session 30 round 2 (s30b-units): a table with no 合计 row whose first row is the whole
    (its share 100 or blank: 「全县户籍总人口 | 832955 | 100」) and whose other rows fall into
    splits each opened by a 其中 row (「其中:男性 | … 女性 | …」「其中:0-17岁 | … 60岁及以上 |
    …」, the statistics bulletins' population tables): each split whose counts add up to the
    whole's exactly is judged the same way (:func:`_whole_first`)."""
    header, table = merged.header, merged.rows
    if header is None:
        return []
    width = len(header.cells)
    heads = _heads(merged)
    body = [r for r in table[merged.body_start :] if r.cells]
    totals = [r for r in body if total_at(r) is not None]
    rows = [r for r in body if r.label and r not in totals]
    if not totals:
        return _whole_first(body, width, heads)
    # (the 合计 row may leave its share cell blank: 「合计|43296|」)
    if len(totals) != 1 or len(rows) < 2 or any(len(r.cells) != width for r in rows):
        return []
    # the total's cells under the rows' columns: a 合计 row one cell short is read as one
    # without its 序号 cell (:func:`.table_grid._short_total`); when the rows have no 序号 (their label
    # in the first column) the cell it lacks is its last, a blank share (「合计|43296|」)
    at = total_at(totals[0])
    lead = len(rows[0].codes)
    if at is None or at < lead:
        return []
    total_cells = totals[0].cells[at - lead :]
    out: list[Relation] = []
    for c, k in _share_and_count(heads, width):
        if k >= len(total_cells):
            continue
        out.extend(_shares_off(rows, total_cells[k], c, k, heads))
    return out


def _share_and_count(heads: Sequence[str], width: int) -> list[tuple[int, int]]:
    """Each share column and its count column: the nearest before it that is no rate, change
    or share column (「案由|受理数量(件)|同比增长(%)|占比(%)」: the change between, real48 KH076)."""
    out: list[tuple[int, int]] = []
    for c in range(2, width):
        if not _SHARE_HEAD.search(heads[c]):
            continue
        k = c - 1
        while k > 1 and (_RATE_HEAD.search(heads[k]) or _CHANGE_HEAD.search(heads[k])):
            k -= 1
        if _RATE_HEAD.search(heads[k]) or _CHANGE_HEAD.search(heads[k]):
            continue
        out.append((c, k))
    return out


_SUB_ROW = re.compile(r"^\s*其\s*中")


def _whole_first(body: Sequence[Row], width: int, heads: Sequence[str]) -> list[Relation]:
    """The shares of a table whose first row is the whole and whose other rows are splits of
    it, each opened by a 其中 row, against their counts over the whole's count."""
    if len(body) < 3 or any(len(r.cells) != width or not r.label for r in body):
        return []
    whole, rest = body[0], body[1:]
    if not _SUB_ROW.match(rest[0].label) or _SUB_ROW.match(whole.label):
        return []
    splits: list[list[Row]] = []
    for r in rest:
        if _SUB_ROW.match(r.label):
            splits.append([])
        splits[-1].append(r)
    out: list[Relation] = []
    for c, k in _share_and_count(heads, width):
        total = whole.cells[k].value
        whole_share = whole.cells[c].text.strip()
        if total is None or total <= 0:
            continue
        if whole_share not in NA_MARKS and whole.cells[c].value != 100:
            continue  # the first row holds a share of its own: no whole
        for split in splits:
            counts = [r.cells[k].value for r in split]
            if len(split) < 2 or any(v is None for v in counts):
                continue
            if sum((v for v in counts if v is not None), Decimal(0)) != total:
                continue
            out.extend(_shares_off(split, whole.cells[k], c, k, heads))
    return out


def _shares_off(
    rows: Sequence[Row], total_cell: Cell, c: int, k: int, heads: Sequence[str]
) -> list[Relation]:
    """The rows whose share (column ``c``) is not their count (column ``k``) over the total."""
    total = total_cell.value
    if total is None or total <= 0:
        return []
    counts = [r.cells[k].value for r in rows]
    if any(v is None for v in counts):
        return []
    if sum((v for v in counts if v is not None), Decimal(0)) != total:
        return []
    out: list[Relation] = []
    for r in rows:
        count, share = r.cells[k], r.cells[c]
        printed = _percent(share)  # 「41.7」 or 「41.7%」
        if count.value is None or printed is None:
            continue
        value, decimals = printed
        actual = count.value / total * 100
        unit = Decimal(1).scaleb(-decimals)
        if value - unit / 2 <= actual < value + unit:
            continue  # rounded half up, or truncated
        # counts printed rounded (万人 to 0.01: 「6.28」 of 「53.48」) may be off by half their
        # last digit: the share fits when some figures they round from give it
        half, whole_half = half_unit(count), half_unit(total_cell)
        if (half or whole_half) and (
            (count.value - half) * 100 / (total + whole_half) < value + unit
            and (count.value + half) * 100 / (total - whole_half) >= value - unit / 2
        ):
            continue
        shown = fmt(actual.quantize(unit if decimals else Decimal("0.1")))
        label = re.sub(r"\s", "", r.label)
        out.append(
            share_cell_relation(
                share,
                count,
                (Span(total_cell.block, total_cell.start, total_cell.end),),
                f"表格“{label}”行“{heads[c]}”列的{share.text.strip()}与其分子分母不符："
                f"{count.text.strip()}÷{total_cell.text.strip()}＝{shown}%",
            )
        )
    return out


# a rate column named by the count column before it (办结数 | 办结率, 结案（件） | 结案率):
# not a change over a year or a share
_ROW_RATE_HEAD = re.compile(r"^(?P<stem>[^（(%％]{1,8}?)率")
_CHANGE_HEAD = re.compile(r"增|减|降|升|同比|环比|比上年|较上年|占")
_COUNT_SUFFIX = re.compile(r"(?:（[^）]*）|\([^)]*\))$")
_PERCENT_CELL = re.compile(r"^\s*([0-9][0-9,]*(?:\.[0-9]+)?)\s*[%％]?\s*$")


def _percent(cell: Cell) -> tuple[Decimal, int] | None:
    """A rate cell's value in per cent and its decimals (「97.5%」「97.5」), else None."""
    m = _PERCENT_CELL.match(cell.text)
    if m is None:
        return None
    return Decimal(m.group(1).replace(",", "")), decimals_of(m.group(1))


def _rate_columns(merged: MergedTable, lex: Lexicon) -> list[Relation]:
    """「部门 | 申请数 | 办结数 | 办结率」: each row's rate against the count column named like
    it (办结) over the count column before that. Judged on a grid where every row has the
    header's cells, and only when another row's rate agrees with that reading (the columns
    are read right); a row whose rate is off is an error when two rows agree, else a
    warning."""
    grid = _grid(merged)
    if grid is None:
        return []
    heads, rows = grid
    width = len(heads)
    out: list[Relation] = []
    for c in range(3, width):
        m = _ROW_RATE_HEAD.match(heads[c])
        if m is None or _CHANGE_HEAD.search(heads[c]):
            continue
        top, bottom = heads[c - 1], heads[c - 2]
        if _RATE_HEAD.search(top) or _RATE_HEAD.search(bottom):
            continue
        stem = m.group("stem")
        name = _COUNT_HEAD_RE.sub("", _COUNT_SUFFIX.sub("", top))
        # 已签约户数 -> 已签约户 -> 已签约: a unit (户, 家) before 数 is not the count's name
        names = [name, name[:-1] if len(name) > 2 and lex.kind_of(name[-1]) == "count" else ""]
        if len(stem) < 2 or not any(n and (n.endswith(stem) or stem.endswith(n)) for n in names):
            continue  # the rate is not named after the count before it
        agree: list[Row] = []
        off: list[tuple[Row, Decimal, int]] = []
        for r in rows:
            num, den, rate = r.cells[c - 1].value, r.cells[c - 2].value, _percent(r.cells[c])
            if num is None or den is None or rate is None or den <= 0 or num > den:
                continue
            actual = num / den * 100
            shown, decimals = rate
            unit = Decimal(1).scaleb(-decimals)
            if shown - unit / 2 <= actual < shown + unit:
                agree.append(r)  # rounded half up, or truncated
            else:
                off.append((r, actual, decimals))
        if not agree:
            continue
        for r, actual, decimals in off:
            cell, above, below = r.cells[c], r.cells[c - 1], r.cells[c - 2]
            out.append(
                _off_cell(
                    "rate",
                    "N104",
                    r,
                    c,
                    len(agree),
                    f"表格“{r.name}”行“{heads[c]}”列的{cell.text.strip()}与其分子分母不符："
                    f"{above.text.strip()}÷{below.text.strip()}＝{_shown(actual, decimals)}%",
                    "核对表格中的比率与两列数字",
                )
            )
    return out


# a column of changes in per cent over the two year columns before it (2023年 | 2024年 |
# 同比增长): decreases signed; a 下降/减少 column or 个百分点 is not read
_CHANGE_COLUMN = re.compile(r"^(?!.*(?:百分点|下降|减少|降幅))(?:同比|环比|增长|增幅|增减|变化)")
# a column of the year compared with may name it twice (「去年2023年(件)」, session 32)
_YEAR_IN_HEAD = re.compile(rf"^[\u4e00-\u9fff]{{0,3}}?({YEAR_ASCII})年")
# a month's column, no year (「8月(件)」): the two months a 环比 column compares
_MONTH_HEAD = re.compile(r"^\s*([0-9]{1,2})月份?(?![0-9])")
_SEQUENTIAL_HEAD = re.compile("环比")
# a column of the year before named without its number (去年同期, 上年同时期, 上一年度)
_PRIOR_HEAD = re.compile(
    r"^\s*(?:去年|上年|上一年)(?:度)?(?:同期|同时期)?\s*(?:[（(][^（()）]*[)）])?\s*$"
)
# (↑ and ↓ are the signs of many a bulletin's change column: 「↑67.22%」「↓22.21%」)
_SIGNED_PERCENT = re.compile(r"^\s*([+\-−－↑↓]?)\s*([0-9][0-9,]*(?:\.[0-9]+)?)\s*[%％]?\s*$")
_MONTHS = 12


def _compared_columns(heads: Sequence[str], c: int) -> tuple[int, int] | None:
    """The (earlier, later) columns a change column ``c`` compares: the two before it, of two
    years one apart (a change of year against year, 同比) or, for a 环比 column, of two
    months one apart, in either order (「2024年 | 去年2023年 | 同比」「8月 | 7月 | 环比」)."""
    a, b = heads[c - 2], heads[c - 1]
    if _SEQUENTIAL_HEAD.match(heads[c]):
        ma, mb = _MONTH_HEAD.match(a), _MONTH_HEAD.match(b)
        if not (ma and mb):
            return None
        first, second = int(ma.group(1)), int(mb.group(1))
        if second % _MONTHS + 1 == first:
            return c - 1, c - 2
        return (c - 2, c - 1) if first % _MONTHS + 1 == second else None
    ya, yb = _YEAR_IN_HEAD.match(a), _YEAR_IN_HEAD.match(b)
    # 「2022年（件） | 去年同时期 | 同比（%）」: the column of the year before named by 去年/上年
    # beside a year's column (session 37)
    if ya and not yb and _PRIOR_HEAD.match(b):
        return c - 1, c - 2
    if yb and not ya and _PRIOR_HEAD.match(a):
        return c - 2, c - 1
    if not (ya and yb):
        return None
    first, second = int(ya.group(1)), int(yb.group(1))
    if second == first + 1:
        return c - 2, c - 1
    return (c - 1, c - 2) if first == second + 1 else None


def _change_columns(merged: MergedTable) -> list[Relation]:
    """「指标 | 2023年 | 2024年 | 同比增长」: each row's change against its two year cells,
    (new − old) ÷ old. Judged on a grid where every row has the header's cells, and only
    when another row agrees (the columns are read right); off is an error when two rows
    agree, else a warning. An unsigned change of a row that went down is not judged (a
    增减 column may print the size alone)."""
    grid = _grid(merged)
    if grid is None:
        return []
    heads, rows = grid
    width = len(heads)
    out: list[Relation] = []
    for c in range(3, width):
        compared = _compared_columns(heads, c) if _CHANGE_COLUMN.match(heads[c]) else None
        if compared is None:
            continue
        old_at, new_at = compared
        # a change in per cent: said by the header (同比增长（%）, 增长率, 增幅) or by each cell;
        # 增减（件） is a difference of counts
        in_head = bool(re.search(r"[%％率幅]", heads[c]))
        if not in_head and _HEAD_UNIT.search(heads[c]):
            continue
        agree: list[Row] = []
        off: list[tuple[Row, Decimal, int]] = []
        for r in rows:
            old, new = r.cells[old_at].value, r.cells[new_at].value
            m = _SIGNED_PERCENT.match(r.cells[c].text)
            if old is None or new is None or m is None or old <= 0:
                continue
            if not in_head and not re.search(r"[%％]\s*$", r.cells[c].text):
                continue
            actual = (new - old) / old * 100
            shown = Decimal(m.group(2).replace(",", ""))
            decimals = decimals_of(m.group(2))
            down = bool(m.group(1)) and m.group(1) in "-−－↓"
            if actual < 0 and not down and not m.group(1):
                continue  # an unsigned size of a decrease: not judged
            unit = Decimal(1).scaleb(-decimals)
            size = -actual if down else actual  # the change in the printed direction
            if shown - unit / 2 <= size < shown + unit:
                agree.append(r)  # rounded half up, or truncated towards zero
            else:
                off.append((r, actual, decimals))
        if not agree:
            continue
        for r, actual, decimals in off:
            cell, new_cell, old_cell = r.cells[c], r.cells[new_at], r.cells[old_at]
            out.append(
                _off_cell(
                    "change",
                    "N108",
                    r,
                    c,
                    len(agree),
                    f"表格“{r.name}”行“{heads[c]}”列的{cell.text.strip()}与两年数字不符："
                    f"（{new_cell.text.strip()}－{old_cell.text.strip()}）÷"
                    f"{old_cell.text.strip()}＝{_shown(actual, decimals)}%",
                    "核对表格中的增减幅度与两年数字",
                )
            )
    return out


_ROW_CHANGE_PERCENT = re.compile(r"^\s*([+\-−－↑↓]?)\s*([0-9]+\.[0-9]+)\s*[%％]\s*$")
_ROW_CHANGE_WIDTH = 12  # cells of a row read from the right (wider: not judged)


def _fits_change(old: Decimal, new: Decimal, sign: str, shown: Decimal, decimals: int) -> bool:
    """Whether a percent printed as ``sign shown`` is the change from ``old`` to ``new``:
    rounded half up or truncated; an unsigned cell may print the size of a fall."""
    actual = (new - old) / old * 100
    down = bool(sign) and sign in "-−－↓"
    size = -actual if down else actual
    if not sign and actual < 0:
        size = -actual
    unit = Decimal(1).scaleb(-decimals)
    return shown - unit / 2 <= size < shown + unit


# a line of a table pasted with spaces: no sentence punctuation, no tab or |, ending with a
# percent after two figures (「2 婚姻家庭、继承纠纷 5571 6676 -16.55%」「举　报　21598　16837　5211　31.80%」)
_SPACED_ROW = re.compile(
    r"^[^，。；;,|｜\t]{0,40}?(?:[+\-−－]?[0-9][0-9,.]*[ \u3000]+){2,}[^ \u3000]{0,3}[0-9.]+\s*[%％]\s*$"
)
_SPACED_ROW_CHARS = 80


def spaced_row_changes(document: Document) -> list[Relation]:
    """Runs of three lines or more that are the rows of a table pasted with spaces, each
    ending with a percent: their change column, as :func:`_row_changes` reads it."""
    out: list[Relation] = []
    run: list[Row] = []

    def flush() -> None:
        if len(run) >= 3:
            out.extend(_row_changes(MergedTable(list(run), 0, None, 0, True), set()))
        run.clear()

    for b in document.blocks:
        text = b.text
        if (
            b.kind is BlockKind.PARAGRAPH
            and len(text) <= _SPACED_ROW_CHARS
            and text.rstrip().endswith(("%", "％"))
            and _SPACED_ROW.match(text)
        ):
            run.append(
                build_row(
                    [parse_cell(Cell(m.group(), b.index, m.start())) for m in _TOKEN.finditer(text)]
                )
            )
            continue
        flush()
    flush()
    return out


# a cell of a spaced row: a figure (its sign and % with it), else a run of words (a label
# glued to its first figure by a PDF's lost space is two cells: 「投诉56387」)
_TOKEN = re.compile(r"[+\-−－↑↓]?[0-9][0-9,.]*[%％]?|[^\s0-9+\-−－↑↓]+|\S")


def _row_changes(merged: MergedTable, taken: set[tuple[int, int]]) -> list[Relation]:
    """A column of changes whatever its header says (「增/减幅(%)」, no header at all, a
    bulletin's 「↑75.13%」): counted from the right of each row (a first cell merged over
    several rows shifts the row's start), a percent column with a decimal and two number
    columns before it whose change (new − old) ÷ old it is in two rows or more and in most
    rows. A row where no two of its numbers give its percent is off; the pairing is read from
    the other rows, never stated, so the finding is a warning naming the figures."""
    rows = [r for r in merged.rows if r.numbers and len(r.cells) <= _ROW_CHANGE_WIDTH]
    if len(rows) < 3 or len(rows) > _TEXT_ROWS:
        return []
    width = min(len(r.cells) for r in rows)
    # columns that hold a positive figure in two rows or more: the only ones a pair is read from
    figures = [
        k for k in range(1, width + 1) if sum(1 for r in rows if (r.cells[-k].value or 0) > 0) >= 2
    ]
    # per row: the cells from the right, the percents parsed once
    percents: list[dict[int, tuple[str, Decimal, int]]] = []
    for r in rows:
        here: dict[int, tuple[str, Decimal, int]] = {}
        for k in range(1, width + 1):
            m = _ROW_CHANGE_PERCENT.match(r.cells[-k].text)
            if m:
                here[k] = (m.group(1), Decimal(m.group(2)), decimals_of(m.group(2)))
        percents.append(here)
    out: list[Relation] = []
    header = merged.header
    heads = [re.sub(r"\s", "", c.text) for c in header.cells] if header is not None else []
    for p in range(1, width + 1):
        if sum(p in here for here in percents) < 3:
            continue
        if len(heads) >= p and "同比" in heads[-p]:
            # 同比 compares with last year's same period, not with another column unless
            # both columns name their years (the header-bound reading's business)
            continue
        readings: list[tuple[int, int, list[int], list[int]]] = []
        for a in figures:
            for b in figures:
                if a <= p or b <= p or a == b:
                    continue
                agree: list[int] = []
                off: list[int] = []
                for i, r in enumerate(rows):
                    new, old = r.cells[-a].value, r.cells[-b].value
                    if p not in percents[i] or new is None or old is None or old <= 0:
                        continue
                    sign, shown, decimals = percents[i][p]
                    if _fits_change(old, new, sign, shown, decimals):
                        agree.append(i)
                    else:
                        off.append(i)
                if len(agree) >= 2 and len(agree) > len(off):
                    readings.append((a, b, agree, off))
        # one reading of the column, else (two pairs fit the rows alike) none is sure
        pairs = {(min(a, b), max(a, b)) for a, b, _, _ in readings}
        if len(pairs) != 1:
            continue
        a, b, agree, off = max(readings, key=lambda x: len(x[2]))
        for i in off:
            r = rows[i]
            cell = r.cells[-p]
            sign, shown, decimals = percents[i][p]
            numbers = [c.value for c in r.cells[:-p] if c.value is not None and c.value > 0]
            if any(
                _fits_change(x, y, sign, shown, decimals)
                for x in numbers
                for y in numbers
                if x is not y
            ):
                continue  # two other figures of the row give it: another reading fits
            end = cell.start + len(cell.text.strip())
            start = cell.start + len(cell.text) - len(cell.text.lstrip())
            if (cell.block, start) in taken:
                continue
            new_cell, old_cell = r.cells[-a], r.cells[-b]
            new, old = new_cell.value, old_cell.value
            assert new is not None and old is not None
            actual = (new - old) / old * 100
            out.append(
                Relation(
                    "change",
                    Verdict.CONTRADICTION,
                    cell.block,
                    (start, end),
                    (
                        Span(cell.block, start, end),
                        Span(new_cell.block, new_cell.start, new_cell.end),
                        Span(old_cell.block, old_cell.start, old_cell.end),
                    ),
                    code="N108",
                    severity=Severity.WARNING,
                    message=(
                        f"表格“{r.name}”行的{cell.text.strip()}与同行数字不符："
                        f"（{new_cell.text.strip()}－{old_cell.text.strip()}）÷"
                        f"{old_cell.text.strip()}＝{actual.quantize(Decimal(1).scaleb(-decimals))}%"
                        f"（按其他{len(agree)}行相符的列读作增减幅度）"
                    ),
                    suggestion="核对表格中的增减幅度与两期数字",
                )
            )
    return out


def share_cell_relation(share: Cell, count: Cell, wholes: Sequence[Span], message: str) -> Relation:
    """An N104 error on a table's share cell that its count over the whole does not give
    (the table readings of shares: by column here, by row in :mod:`.share_rows`)."""
    at = (share.start, share.start + len(share.text.strip()))
    return Relation(
        "rate",
        Verdict.CONTRADICTION,
        share.block,
        at,
        (Span(share.block, *at), Span(count.block, count.start, count.end), *wholes),
        code="N104",
        severity=Severity.ERROR,
        message=message,
        suggestion="核对表格中的占比与件数、合计",
    )


def _grid(merged: MergedTable) -> tuple[list[str], list[Row]] | None:
    """The header's names and the body rows that have every header cell, when there are two
    such rows or more (a column is judged only on a grid)."""
    if merged.header is None:
        return None
    heads = _heads(merged)
    rows = [r for r in merged.rows[merged.body_start :] if r.cells and len(r.cells) == len(heads)]
    return (heads, rows) if len(rows) >= 2 else None


def _shown(actual: Decimal, decimals: int) -> str:
    """``actual`` to the printed cell's decimals (one when it printed none)."""
    return fmt(actual.quantize(Decimal(1).scaleb(-decimals) if decimals else Decimal("0.1")))


def _off_cell(
    kind: str, code: str, r: Row, c: int, agreeing: int, message: str, suggestion: str
) -> Relation:
    """Row ``r``'s cell in column ``c`` against the two cells before it: an error when two
    other rows agree with the reading, else a warning."""
    cell, first, second = r.cells[c], r.cells[c - 1], r.cells[c - 2]
    end = cell.start + len(cell.text.strip())
    return Relation(
        kind,
        Verdict.CONTRADICTION,
        cell.block,
        (cell.start, end),
        (
            Span(cell.block, cell.start, end),
            Span(first.block, first.start, first.end),
            Span(second.block, second.start, second.end),
        ),
        code=code,
        severity=Severity.ERROR if agreeing >= 2 else Severity.WARNING,
        message=message,
        suggestion=suggestion,
    )


def _heads(merged: MergedTable) -> list[str]:
    header = merged.header
    return [re.sub(r"\s", "", c.text) for c in header.cells] if header is not None else []


def _part_over_whole(merged: MergedTable, grid: bool, lex: Lexicon) -> list[Relation]:
    """「行政复议 | 24」 then 「其中：维持 | 27」: a 其中 row is a part of the row above it, so
    no cell of it may exceed that row's cell of the column (rate columns aside)."""
    heads = _heads(merged)
    body = merged.rows[merged.body_start :]
    out: list[Relation] = []
    for parent, row in pairwise(body):
        label = re.sub(r"\s", "", row.label)
        if not label.startswith("其中") or _RATE_HEAD.search(label):
            continue
        owner = re.sub(r"\s", "", parent.label)
        if _HEAD_UNIT.search(label) or _HEAD_UNIT.search(owner):
            continue  # 「其中：罚没金额（万元）」 under 「行政处罚」: a measure of its own
        if (
            re.sub(r"\s", "", parent.label).startswith("其中")
            or not parent.label
            or len(parent.cells) != len(row.cells)
            or (not grid and parent.shape != row.shape)
        ):
            continue
        for c in range(1, len(row.cells)):
            part, whole = row.cells[c], parent.cells[c]
            if part.value is None or whole.value is None:
                continue
            if c < len(heads) and _RATE_HEAD.search(heads[c]):
                continue
            if part.value - _half(part) - _half(whole) <= whole.value:
                continue
            head = f"“{heads[c]}”列" if c < len(heads) and heads[c] else f"第{c + 1}列"
            # a column of one unit (数量（件）) counts one thing; without one a 其中 row may
            # count another (检查企业 | 其中：发现隐患): a warning
            unit = c < len(heads) and bool(_head_unit(heads[c], lex)[0])
            out.append(
                Relation(
                    "partition",
                    Verdict.CONTRADICTION,
                    part.block,
                    (part.start, part.end),
                    (
                        Span(part.block, part.start, part.end),
                        Span(whole.block, whole.start, whole.end),
                    ),
                    code="N102",
                    severity=Severity.ERROR if unit else Severity.WARNING,
                    message=(
                        f"表格{head}：“{label}”行的{part.text.strip()}大于其所属"
                        f"“{owner}”行的{whole.text.strip()}"
                    ),
                    suggestion="核对表格中“其中”行与其上一行的数字",
                )
            )
    return out


def _row_totals(merged: MergedTable, grid: bool) -> list[Relation]:
    """「单位名称 | 许可 | 处罚 | … | 合计」: a column headed 合计/总计 holds each row's sum of the
    other count columns (rate columns and 「其中」 columns aside). Judged only when another
    row adds up that way (the columns are read right): an off row is an error when two rows
    agree, else a warning."""
    heads = _heads(merged)
    width = len(heads)
    at = [c for c in range(1, width) if TOTAL_LABEL.match(_COUNT_SUFFIX.sub("", heads[c]))]
    if len(at) != 1:
        return []
    t = at[0]
    parts = [
        c
        for c in range(1, width)
        if c != t
        and heads[c]
        and not _RATE_HEAD.search(heads[c])
        and not heads[c].startswith("其中")
    ]
    if len(parts) < 2:
        return []
    rows = [
        r
        for r in merged.rows[merged.body_start :]
        if len(r.cells) == width and (grid or r.shape == merged.rows[merged.body_start].shape)
    ]
    agree: list[Row] = []
    off: list[tuple[Row, Decimal]] = []
    for r in rows:
        total = r.cells[t]
        cells = [r.cells[c] for c in parts]
        if total.value is None or any(
            x.value is None and x.text.strip() not in NA_MARKS for x in cells
        ):
            continue
        values = [x.value for x in cells if x.value is not None]
        if len(values) < 2:
            continue
        flat = sum(values, Decimal(0))
        rounding = sum((_half(x) for x in cells if x.value is not None), _half(total))
        if _close(flat, total.value, rounding):
            agree.append(r)
        else:
            off.append((r, flat))
    if not agree:
        return []
    out: list[Relation] = []
    for r, flat in off:
        total = r.cells[t]
        label = r.name
        shown = "+".join(r.cells[c].text.strip() for c in parts if r.cells[c].value is not None)
        out.append(
            Relation(
                "partition",
                Verdict.CONTRADICTION,
                total.block,
                (total.start, total.end),
                (
                    Span(total.block, total.start, total.end),
                    *(
                        Span(r.cells[c].block, r.cells[c].start, r.cells[c].end)
                        for c in parts
                        if r.cells[c].value is not None
                    ),
                ),
                code="N102",
                severity=Severity.ERROR if len(agree) >= 2 else Severity.WARNING,
                message=(
                    f"表格“{label}”行“{heads[t]}”列的{total.text.strip()}与该行各列之和"
                    f"{fmt(flat)}（{shown}）不符"
                ),
                suggestion="核对表格中每行的合计与各列数字",
            )
        )
    return out


def _flow_roles(lex: Lexicon, heads: Sequence[str]) -> dict[str, list[int]]:
    """The count columns of a case-flow table by role: carry-in (上年结转, numbers.toml
    ``clauses.carry-in``), pending (未结, ``clauses.pending``), else the one flow stage its
    header names (新收 received, 受理 accepted, 不予受理 rejected, 审结 concluded)."""
    clauses = lex.data["clauses"]
    roles: dict[str, list[int]] = {}
    for c in range(1, len(heads)):
        head = heads[c]
        if not head or _RATE_HEAD.search(head) or head.startswith("其中"):
            continue
        # the longer word decides: 上年未结 is carried in, 结转下年 pending
        carry = max((len(w) for w in clauses.get("carry-in", ()) if w in head), default=0)
        pending = max((len(w) for w in clauses.get("pending", ()) if w in head), default=0)
        if carry or pending:
            role = "carry" if carry > pending else "pending"
        else:
            stages = _stages(lex, head)
            if len(stages) != 1:
                # 「受理件中已办结」: a stage counted within another's set, its own the one
                # after 中
                scoped = _SCOPED_HEAD_RE.match(head)
                stages = _stages(lex, scoped.group("own")) if scoped else set()
                if len(stages) != 1:
                    continue
            role = next(iter(stages))
        roles.setdefault(role, []).append(c)
    return roles


# a header counting a stage within the set of another: 「受理件中已办结」「受理案件中审结」
_SCOPED_HEAD_RE = re.compile(r"(?P<set>[^中]{1,8}?)(?<![其集])中(?P<own>.+)$")

# the stage before each that a row's figure of it may not exceed (without a carried-in column)
_EARLIER_STAGE = {"accepted": "received", "rejected": "received", "concluded": "accepted"}


def _stage_order_rows(merged: MergedTable, lex: Lexicon, grid: bool) -> list[Relation]:
    """「事项 | 收到 | 受理 | 受理件中已办结」: in each row a later stage does not exceed the one
    before it (受理 ≤ 收到, 办结 ≤ 受理). What was concluded may hold cases carried in: it is
    judged only when the header counts it within the earlier stage's set (「受理件中已办结」)
    or a pending column says what is left, and never beside a carried-in column."""
    heads = _heads(merged)
    roles = _flow_roles(lex, heads)
    one = {role: cols[0] for role, cols in roles.items() if len(cols) == 1}
    width = len(heads)
    rows = [
        r
        for r in merged.rows[merged.body_start :]
        if len(r.cells) == width
        and (grid or r.shape == merged.rows[merged.body_start].shape)
        and not TOTAL_LABEL.match(re.sub(r"\s", "", r.label or r.cells[0].text))
    ]
    out: list[Relation] = []
    for later, earlier in _EARLIER_STAGE.items():
        if later not in one:
            continue
        before = earlier if earlier in one else "received" if later == "concluded" else ""
        if before not in one or "carry" in roles:
            continue
        head = heads[one[later]]
        scoped = _SCOPED_HEAD_RE.match(head)
        within = scoped is not None and bool(_stages(lex, scoped.group("set")) & {before})
        if later == "concluded" and not within and "pending" not in roles:
            continue  # a bare 办结 column may hold cases of last year the table does not show
        for r in rows:
            big, small = r.cells[one[later]], r.cells[one[before]]
            if big.value is None or small.value is None or not big.value > small.value:
                continue
            label = r.name
            out.append(
                Relation(
                    "flow",
                    Verdict.CONTRADICTION,
                    big.block,
                    (big.start, big.end),
                    (
                        Span(big.block, big.start, big.end),
                        Span(small.block, small.start, small.end),
                    ),
                    code="N103" if later != "concluded" else "N107",
                    severity=Severity.ERROR,
                    message=(
                        f"表格“{label}”行：{head}{fmt(big.value)}多于"
                        f"{heads[one[before]]}{fmt(small.value)}"
                    ),
                    suggestion="核对表格中该行的收案、受理和办结数字",
                )
            )
    return out


def _flow_rows(merged: MergedTable, lex: Lexicon, grid: bool) -> list[Relation]:
    """「案件类型 | 上年结转 | 新收 | 审结 | 未结」: each row balances, 上年结转 + 新收 = 审结 + 未结;
    「渠道 | 收到 | 受理 | 不予受理」: 收到 = 受理 + 不予受理. Judged only when another row balances
    that way (the columns are the whole flow): an off row is an error when two rows do, else a
    warning."""
    heads = _heads(merged)
    roles = _flow_roles(lex, heads)
    one = {role: cols[0] for role, cols in roles.items() if len(cols) == 1}
    intake = [one[r] for r in ("received", "accepted") if r in one]
    identities: list[tuple[list[int], list[int]]] = []
    if (
        {"carry", "concluded", "pending"} <= one.keys()
        and len(intake) == 1
        and "rejected" not in roles
    ):
        identities.append(([one["carry"], intake[0]], [one["concluded"], one["pending"]]))
    if {"received", "accepted", "rejected"} <= one.keys():
        identities.append(([one["received"]], [one["accepted"], one["rejected"]]))
    width = len(heads)
    rows = [
        r
        for r in merged.rows[merged.body_start :]
        if len(r.cells) == width and (grid or r.shape == merged.rows[merged.body_start].shape)
    ]
    out: list[Relation] = []
    for left, right in identities:
        agree: list[Row] = []
        off: list[tuple[Row, Decimal, Decimal]] = []
        for r in rows:
            cells = [r.cells[c] for c in (*left, *right)]
            if any(x.value is None for x in cells):
                continue
            a = sum((r.cells[c].value or Decimal(0) for c in left), Decimal(0))
            b = sum((r.cells[c].value or Decimal(0) for c in right), Decimal(0))
            if _close(a, b, sum((_half(x) for x in cells), Decimal(0))):
                agree.append(r)
            else:
                off.append((r, a, b))
        if not agree:
            continue
        for r, a, b in off:
            label = r.name
            lhs = "+".join(heads[c] for c in left)
            rhs = "+".join(heads[c] for c in right)
            first = r.cells[right[0]]
            out.append(
                Relation(
                    "partition",
                    Verdict.CONTRADICTION,
                    first.block,
                    (first.start, first.end),
                    tuple(
                        Span(r.cells[c].block, r.cells[c].start, r.cells[c].end)
                        for c in (*left, *right)
                    ),
                    code="N102",
                    severity=Severity.ERROR if len(agree) >= 2 else Severity.WARNING,
                    message=(f"表格“{label}”行：{lhs}＝{fmt(a)}，{rhs}＝{fmt(b)}，两者不等"),
                    suggestion="核对表格中该行的收结案数字",
                )
            )
    return out


def table_relations(document: Document, lex: Lexicon | None = None) -> list[Relation]:
    lex = lex or load_lexicon()
    out: list[Relation] = []
    chain = merged_tables(document)
    for merged, complete in zip(chain, _complete(chain), strict=True):
        table, header, body_start = merged.rows, merged.header, merged.body_start
        continued = merged.continued
        changes: list[Relation] = []
        if complete and not continued:
            # judged once per table, on all its rows (those after a page break too)
            out.extend(share_columns(merged))
            out.extend(_rate_columns(merged, lex))
            changes = _change_columns(merged)
            out.extend(changes)
            out.extend(_row_totals(merged, document.format != "pdf"))
            out.extend(_flow_rows(merged, lex, document.format != "pdf"))
            out.extend(_stage_order_rows(merged, lex, document.format != "pdf"))
        if complete:
            out.extend(_part_over_whole(merged, document.format != "pdf", lex))
        # a change column read from its rows, header or none (each row judged on its own)
        out.extend(_row_changes(merged, {(r.block, r.span[0]) for r in changes}))
        for r in range(max(merged.own, body_start), len(table)):
            row = table[r]
            at = total_at(row)
            if at is None:
                continue
            name = re.sub(r"\s", "", row.cells[at].text)
            subtotal = re.sub(r"\s", "", name) == "小计"
            walks = [w for w in _walks(table[body_start:r], subtotal) if len(w) >= 2]
            grid = document.format != "pdf"
            if not walks:
                continue
            for c in range(at + 1, len(row.cells)):
                total = row.cells[c]
                if total.value is None:
                    continue
                head = ""
                if header is not None and len(header.cells) == len(row.cells):
                    head = header.cells[c].text.strip()
                    if CELL_NUMBER.match(head):
                        head = ""
                if _RATE_HEAD.search(head):
                    continue
                judged: list[_Judgement] = []
                for walk in walks:
                    placed = [(dr, _cell_at(dr, row, c, grid)) for dr in walk]
                    if any(cell is _AMBIGUOUS for _, cell in placed):
                        judged = []
                        break
                    pairs = [(dr, cell) for dr, cell in placed if isinstance(cell, Cell)]
                    if len(pairs) < 2:
                        judged = []
                        break
                    judged.append(_judge(pairs, total, continued))
                if not judged:
                    continue
                first = judged[0]
                involved = tuple(
                    Span(x.block, x.start, x.end) for x in [total, *first.cells] if x.block >= 0
                )
                if any(j.verdict is not Verdict.CONTRADICTION for j in judged):
                    verdict = (
                        Verdict.CONSISTENT
                        if any(j.verdict is Verdict.CONSISTENT for j in judged)
                        else Verdict.UNKNOWN
                    )
                    out.append(
                        Relation(
                            "partition", verdict, total.block, (total.start, total.end), involved
                        )
                    )
                    continue
                col = f"“{head}”列" if head else f"第{c + 1}列"
                shown, what = first.cells, "各行合计"
                if first.top is not None:
                    shown, what = first.top, "按科目层级，顶层各行合计"
                s_shown = sum((x.value for x in shown if x.value is not None), Decimal(0))
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
                            f"表格{name}行{col}：{what}{fmt(s_shown)}"
                            f"（{'+'.join(x.text.strip() for x in shown)}），"
                            f"与{name}{fmt(total.value)}不符"
                        ),
                        suggestion="核对表格合计行与各行数字",
                    )
                )
    return out


# --------------------------------------------------------------------------------------
# a figure of the text against the table it introduces (N401)
# --------------------------------------------------------------------------------------

_NEAR_BEFORE = 3  # paragraphs before a table that may repeat its figures
_NEAR_AFTER = 2  # ... and after it
_TEXT_ROWS = 200  # rows of a table compared with the text (longer tables: not judged)
_LABEL_CHARS = 30  # characters of a row label compared
_HEAD_UNIT = re.compile(r"[（(]\s*([^（）()]{1,6}?)\s*[）)]\s*$")
_SCALE = {"万": 10_000, "亿": 100_000_000}
_TABLE_UNIT = re.compile(r"单位\s*[：:]\s*([\u4e00-\u9fff]{1,3})")
# a header that names its unit in itself: 件数 -> 件, 人数 -> 人, 场次 -> 场次
_HEAD_AS_UNIT = re.compile(r"^(?P<unit>[\u4e00-\u9fff]{1,2}?)(?:数|数量|总数)?$")


@dataclass
class _Column:
    """A column of a statistics table: its header and unit."""

    index: int
    label: str  # the header without its unit
    unit: str  # the unit the header names (件, 万元, 人次) or ""
    scale: int  # 10000 for 万元 ...


def _head_unit(text: str, lex: Lexicon) -> tuple[str, str]:
    """A header's unit and its words without it: 金额（万元） -> (万元, 金额), 件数 -> (件, 件数),
    受理 -> ("", 受理)."""
    m = _HEAD_UNIT.search(text)
    if m:
        return m.group(1), text[: m.start()]
    if (h := _HEAD_AS_UNIT.match(text)) and lex.kind_of(h.group("unit")) != "bare":
        return h.group("unit"), text
    return "", text


def _columns(header: Row | None, width: int, lex: Lexicon) -> list[_Column]:
    out = []
    for c in range(1, width):
        text = header.cells[c].text.strip() if header is not None and c < len(header.cells) else ""
        text = re.sub(r"\s", "", text)
        unit, label = _head_unit(text, lex)
        scale = 1
        if unit[:1] in _SCALE and len(unit) > 1:
            scale, unit = _SCALE[unit[:1]], unit[1:]
        if _RATE_HEAD.search(text):
            continue  # a rate column is not a count of the rows
        out.append(_Column(c, label, unit, scale))
    return out


def _distinct(labels: Sequence[str]) -> list[str]:
    """Each row label without the part all labels share (刑事法律援助, 民事法律援助 -> 刑事, 民事)."""
    clean = [re.sub(r"^其中[：:，,]?", "", re.sub(r"\s", "", x)) for x in labels]
    if len(clean) < 2:
        return clean
    shared = _shared_part(clean)
    if len(shared) < 2:
        return clean
    return [x.replace(shared, "", 1) or x for x in clean]


def _shared_part(labels: Sequence[str]) -> str:
    """The longest substring of the first label found in every label."""
    first = labels[0]
    best = ""
    for i in range(len(first)):
        for j in range(len(first), i + len(best), -1):
            piece = first[i:j]
            if all(piece in x for x in labels[1:]):
                best = piece
                break
    return best


def _row_named(words: str, row: Row, name: str) -> bool:
    """Do the words name the row: its distinct part, or, when that is one character (水 of
    水污染类, 大气污染类), its whole label?"""
    return _names(words, name) or (
        len(name) < 2 and len(row.label) >= 2 and re.sub(r"\s", "", row.label) in words
    )


def _names(q_words: str, name: str) -> bool:
    """Does the text before a number name a row (its distinct part, or most of it)?"""
    if len(name) < 2:
        return False
    if name in q_words:
        return True
    return len(name) >= 4 and common_substring(name, q_words) >= len(name) - 1


def text_table_relations(
    document: Document, extracted: Sequence[BlockQuantities], lex: Lexicon | None = None
) -> list[Relation]:
    """A figure in a paragraph next to a table against the table's cell for the same item:
    the row named by the words before the figure (the part of a row label that the other
    labels do not share), or the total row when the words name no row and say 共/合计 or
    the column; the column by its unit or its header's words. Compared only when exactly one
    cell fits; rounding of both printed numbers is allowed."""
    lex = lex or load_lexicon()
    by_block = {bq.block: bq for bq in extracted}
    order = [b.index for b in document.blocks]
    position = {index: i for i, index in enumerate(order)}
    kinds = {b.index: b.kind for b in document.blocks}
    texts = {b.index: b.text for b in document.blocks}
    out: list[Relation] = []
    chain = merged_tables(document)
    for merged, complete in zip(chain, _complete(chain), strict=True):
        table = merged.rows
        if not complete:
            continue  # judged with all its rows, those on the next page too
        first, last = _block_span(table)
        if first < 0 or first not in position or last not in position:
            continue
        in_table = {c.block for row in table for c in row.cells}
        width = max(len(r.cells) for r in table)
        columns = _columns(merged.header, width, lex)
        # 「单位：万元」 on the line above the table: the unit of columns that name none
        above = texts.get(order[position[first] - 1], "") if position[first] > 0 else ""
        stated = _TABLE_UNIT.search(above) if len(above) <= 20 else None
        if stated:
            unit = stated.group(1)
            scale = _SCALE.get(unit[:1], 1) if len(unit) > 1 else 1
            unit = unit[1:] if scale > 1 else unit
            for column in columns:
                if not column.unit:
                    column.unit, column.scale = unit, scale
        body = table[merged.body_start :]
        totals = [r for r in body if total_at(r) is not None]
        rows = [r for r in body if r.label and r not in totals]
        if not columns or not rows or len(rows) > _TEXT_ROWS:
            continue
        names = _distinct([r.label[:_LABEL_CHARS] for r in rows])
        lo = max(0, position[first] - _NEAR_BEFORE)
        hi = min(len(order), position[last] + 1 + _NEAR_AFTER)
        for i in range(lo, hi):
            index = order[i]
            if index in in_table or kinds.get(index) is not BlockKind.PARAGRAPH:
                continue
            bq = by_block.get(index)
            if bq is None:
                continue
            for q in bq.quantities:
                if q.kind == "percent":
                    rel = _rate_against_table(q, bq, merged, rows, names, totals, lex)
                else:
                    rel = _against_table(q, bq, columns, rows, names, totals, lex)
                if rel is not None:
                    out.append(rel)
    return out


# a conjunction or adverb opening a clause, before the words that name what it counts
# (「但罚没款达12.3万元」「而罚款金额为…」)
_LINK_LEAD_RE = re.compile(r"^(?:但是|但|而且|而|并且|并|且|则|却|仅|也|另|同时)")


def _clause_words(bq: BlockQuantities, q: Quantity) -> tuple[int, str]:
    """Where the figure's clause starts (the punctuation before it, within 80 characters)
    and its words up to the number."""
    begin = max(0, q.num_start - 80)
    clause = max((bq.text.rfind(ch, begin, q.num_start) for ch in "，,；;。：:"), default=begin - 1)
    return clause, bq.text[clause + 1 : q.num_start]


# a paragraph that speaks of the table next to it: 「见下表」「如下」「详见表1」
_TABLE_REF_RE = re.compile(r"下表|如下|见表|表\s*[0-9０-９一二三四五六七八九十]")
# the words of a rate up to its number: 「…采纳率为」「…总体办结率达到」
_RATE_WORDS_RE = re.compile(r"率(?:为|是|达|达到|保持|保持在|提升至|提高到|约为)?$")


def _rate_against_table(
    q: Quantity,
    bq: BlockQuantities,
    merged: MergedTable,
    rows: Sequence[Row],
    names: Sequence[str],
    totals: Sequence[Row],
    lex: Lexicon,
) -> Relation | None:
    """「合同协议类意见采纳率为91.2%」 next to 「审核事项 | 提出意见（条） | 采纳（条）」: the rate of
    the row the words name (or of the 合计 row, the words saying 总体/全年/合计) computed from
    the count column named like the rate (采纳) over the count column before it. An error
    when those two are the table's only count columns, else a warning (another column might
    be the base)."""
    if merged.header is None or q.approx or q.quoted or q.depth or per_or_change(lex, q):
        return None
    _, words = _clause_words(bq, q)
    m = _RATE_WORDS_RE.search(words)
    if m is None:
        return None
    before = words[: m.start()]
    if _other_scope(lex, bq.text, q, words):
        return None
    heads = _heads(merged)
    counts = [c for c in range(1, len(heads)) if heads[c] and not _RATE_HEAD.search(heads[c])]
    named_columns = []
    for c in counts:
        name = _COUNT_HEAD_RE.sub("", _COUNT_SUFFIX.sub("", heads[c]))
        if len(name) >= 2 and before.endswith(name) and c - 1 in counts:
            named_columns.append(c)
    if len(named_columns) != 1:
        return None
    c = named_columns[0]
    qualifiers = lex.data["rates"].get("qualifiers", ())
    if any(w in before[-8:] and w not in heads[c] for w in qualifiers):
        return None  # 按时办结率 is not 办结 over 受理
    named = [r for r, name in zip(rows, names, strict=True) if _row_named(before, r, name)]
    if len(named) > 1:
        return None
    if named:
        row = named[0]
    elif (
        len(totals) == 1
        and (q.total_marker or _WHOLE_WORD_RE.search(before) or "整体" in before)
        and _TABLE_REF_RE.search(bq.text)
    ):
        # the whole's rate, in a paragraph that speaks of the table (a 全年 rate elsewhere
        # may be of another matter than the table's)
        row = totals[0]
    else:
        return None
    if len(row.cells) != len(heads):
        return None
    top, bottom = row.cells[c], row.cells[c - 1]
    if top.value is None or bottom.value is None or bottom.value <= 0 or top.value > bottom.value:
        return None
    actual = top.value / bottom.value * 100
    unit = Decimal(1).scaleb(-q.decimals)
    if q.value - unit / 2 <= actual < q.value + unit:
        return Relation("table-text", Verdict.CONSISTENT, bq.block, (q.num_start, q.end))
    sure = counts.index(c) == 1  # the table's first two count columns
    quantum = unit if q.decimals else Decimal("0.1")
    label = row.name
    return Relation(
        "table-text",
        Verdict.CONTRADICTION,
        bq.block,
        (q.num_start, q.end),
        (
            Span(bq.block, q.num_start, q.end),
            Span(top.block, top.start, top.end),
            Span(bottom.block, bottom.start, bottom.end),
        ),
        code="N401",
        severity=Severity.ERROR if sure else Severity.WARNING,
        message=(
            f"正文中的{q.text}与表格“{label}”行按“{heads[c]}”÷“{heads[c - 1]}”算得的"
            f"{fmt(actual.quantize(quantum))}%不符（{top.text.strip()}÷{bottom.text.strip()}）"
        ),
        suggestion="核对正文中的比率与表格中的数字",
    )


# the words after a row's name that put a figure inside that row (…的案件中有, …中的)
# a header that names a count of its verb (承办件数, 受理数量): the verb alone names it
_COUNT_HEAD_RE = re.compile(r"(?:件数|数量|人数|次数|个数|总数|数)$")
_WITHIN_RE = re.compile(r"(?:中|当中|里)(?:有|的)?$")


def _narrowed_column(lex: Lexicon, words: str, labels: tuple[str, str], column: _Column) -> bool:
    """Do the words after the row's name name the column with a qualifier before it (区政府
    ``主要``负责人出庭 of 负责人出庭（件）: the row's principal officers, a part of the row's
    count)? Words naming the column alone (区政府负责人出庭) are the row's cell, and so are
    words ending the row's own name (水污染防治``领域``处罚决定: numbers.toml
    ``clauses.topic-ends``) or a 的-clause of it (区政府作为被告的案件). ``labels``: the row's
    whole label and its distinct part, the first the words hold marking where the row's
    name ends."""
    name = next((x for x in labels if len(x) >= 2 and x in words), "")
    at = words.rfind(name) if name else -1
    head = _COUNT_HEAD_RE.sub("", column.label)
    if at < 0 or len(head) < 2:
        return False
    tail = words[at + len(name) :]
    found = tail.find(head)
    if found <= 0:
        return False
    qualifier = tail[:found]
    for w in sorted(lex.data["clauses"].get("topic-ends", ()), key=len, reverse=True):
        if qualifier.startswith(w):
            qualifier = qualifier[len(w) :]  # (领域 of 水污染防治领域: the row's own name)
            break
    return (
        bool(qualifier)
        and all("\u4e00" <= ch <= "\u9fff" for ch in qualifier)
        and not qualifier.endswith(("的", "共", "有", "为", "达"))
    )


_NO_ROW = Row(cells=[], label="")
_SCOPE_REACH = 120  # characters of a figure's sentence read back for a row named as its scope
# words that make a figure the total whatever row its sentence names before it
_WHOLE_WORD_RE = re.compile(r"全年|合计|总")
# a clause naming the scope of the figures after it: 「简易程序案件中，」「在普通程序方面，」「简易程序：」
_SCOPE_END_RE = re.compile(r"(?:中|当中|里|方面|来看|看)[，,]$|[：:]$")
# a figure's words that say it counts the whole area (全区76所…)
_WHOLE_AREA_RE = re.compile(r"(?:^|[^0-9])全(?:区|市|县|镇|乡|街道|旗|省)$")
_FIGURE_RE = re.compile(r"[0-9０-９]|[一二两三四五六七八九十百千]+[件个人项次家起]")


# a clause of a sentence opening with the year's (or the area's) whole: the figures after it
# in the sentence are the year's totals (「…，全年共检查…1,182家，追回…3,365.7万元」)
_YEAR_WHOLE_RE = re.compile(r"(?:^|[，,：:])\s*(?:全年|本年度|年内|全(?:区|市|县|镇|乡|街道))")
# a 其中 between a figure and the words pointing to the table: the table is of a part of it
# (in one clause, no figure between: 「其中涉外民事公证6315件，…，各类别办证情况见下表」 is no such)
_PART_TABLE_RE = re.compile(r"其中[^，,。；;0-9０-９]*?(?:下表|如下|见表)")


def _table_of_part(text: str, end: int) -> bool:
    """Does a 其中 clause after a figure (before the sentence ends) introduce the table
    (「…9,412件，其中涉企经营许可事项的办理情况如下表」)? The table then breaks down a part."""
    stop = min((i for i in (text.find(ch, end) for ch in "。；;") if i >= 0), default=len(text))
    return _PART_TABLE_RE.search(text, end, stop) is not None


# the mark :func:`_scope_row` gives a row read as the subject of the clauses before a figure
_SUBJECT_ROW = Row(cells=[], label="")


def _scope_row(
    text: str,
    clause_start: int,
    rows: Sequence[Row],
    names: Sequence[str],
    subject: list[Row] | None = None,
) -> Row | None:
    """The row an earlier clause of a figure's sentence names as its scope (「简易程序案件中，」
    before 「审结210件」): that row; :data:`_NO_ROW` when an earlier clause of the sentence
    names a row otherwise (the figure is then of a row, not the total); None when none."""
    begin = max(0, clause_start - _SCOPE_REACH)
    start = max((text.rfind(ch, begin, clause_start) for ch in "。！？!?"), default=-1) + 1
    before = text[max(start, begin) : clause_start]
    if not before:
        return None
    hit: Row | None = None
    for m in re.finditer(r"[^，,；;：:]*[，,；;：:]", before):
        part = m.group(0)
        rows_named = [r for r, name in zip(rows, names, strict=True) if _names(part, name)]
        if not rows_named:
            if hit is _SUBJECT_ROW and _FIGURE_RE.search(part):
                return _NO_ROW  # a figure between the subject and this one: its own
            continue
        if _FIGURE_RE.search(part):
            if (
                subject is not None
                and len(rows_named) == 1
                and m.end() == len(before)
                and not _SCOPE_END_RE.search(part)
            ):
                # 「其中职业卫生领域案件仅9件，但罚没款达12.3万元」: the clause right before,
                # of the row and another column, is the subject of one naming only its column
                # (a reading)
                hit = _SUBJECT_ROW
                subject[:] = [rows_named[0]]
            continue  # the row of a figure of its own clause (「普通程序150件，」)
        if len(rows_named) == len(rows) > 1:
            # 「综合运用日常巡查、专项检查和飞行检查等方式，」: a clause naming every row names
            # them all, the whole the 合计 row holds, no scope of one row
            continue
        if len(rows_named) == 1 and _SCOPE_END_RE.search(part):
            hit = rows_named[0]
        elif len(rows_named) == 1 and hit is None and subject is not None:
            # 「工贸行业企业数量多、隐患类型杂，检查量最大，达183家次」: a clause opening with
            # a row's name, and no figure up to this one, is its subject (a reading)
            hit = _SUBJECT_ROW
            subject[:] = [rows_named[0]]
        else:
            return _NO_ROW
    return hit


def _other_scope(lex: Lexicon, text: str, q: Quantity, words: str) -> bool:
    """Is a figure counted over another period or years than the table (上年, 累计, 近三年:
    numbers.toml ``containment.elsewhere``; a part of the year, 上半年), or beside it (另,
    此外 in its statement: ``containment.beside-table``)?"""
    from .kinds import period_at

    containment = lex.data.get("containment", {})
    if any(w in words for w in containment.get("elsewhere", ())):
        return True
    # 「另调解纠纷216件」「此外，…调解纠纷86件」: an addition beside the table (said anywhere in
    # the figure's statement before it)
    opening = last_mark(text, "。；;！？!?", 0, q.num_start) + 1  # (a bisection)
    if any(w in text[opening : q.num_start] for w in containment.get("beside-table", ())):
        return True
    return period_at(lex, text, q.num_start) not in (None, "whole")


def _whole_of_next(bq: BlockQuantities, q: Quantity) -> bool:
    """A figure followed by 中 and, in the same clause, a figure of its unit is the whole that
    figure is taken from (「…领域157件中占58件」), not the figure of the row named before it."""
    if not bq.text.startswith(("中", "之中", "当中"), q.end):
        return False
    nxt = next((p for p in bq.quantities if p.num_start >= q.end), None)
    return (
        nxt is not None
        and nxt.unit == q.unit
        and not any(ch in bq.text[q.end : nxt.num_start] for ch in "，,；;。")
    )


_GROUP_WORD = 8  # characters after 各 read as the name the rows it covers share


# the words between a whole and the table it points to that say the table shows some of it
# (「其中重点行业检查情况见下表」「主要类别如下」), or rows that are no split of one whole
# (years, months, sub-rows 「其中：」)
_SOME_ROWS_RE = re.compile(r"其中|重点|主要|部分|典型|排名|前[0-9一二三四五六七八九十]")
_NO_SPLIT_ROW_RE = re.compile(rf"其中|{YEAR_ASCII}|[年月季]|小计|合计|总计")
TABLE_REF_REACH = 40  # characters after a whole read for the words pointing to the table
_SENTENCE_STOP_RE = re.compile("[。；;！？!?]")


def _against_rows_sum(
    q: Quantity, bq: BlockQuantities, column: _Column, rows: Sequence[Row]
) -> Relation | None:
    """A table of no 合计 row that the paragraph points to right after a whole of the column's
    unit (「全年共立案查处各类违法案件166件，分领域情况如下」): its rows break that whole down,
    so they add up to it. A reading (a table may leave a class out): a warning. Not when the
    words say the table holds some of it (其中, 重点, 主要), nor rows of years or sub-rows."""
    ref = _TABLE_REF_RE.search(bq.text, q.end, q.end + TABLE_REF_REACH)
    if ref is None:
        return None
    # (the words up to the end of the pointing sentence: 「分领域情况如下（部分领域）」)
    stop = _SENTENCE_STOP_RE.search(bq.text, ref.end(), ref.end() + TABLE_REF_REACH)
    if _SOME_ROWS_RE.search(bq.text, q.end, stop.start() if stop else ref.end() + TABLE_REF_REACH):
        return None
    if len(rows) < 2 or any(_NO_SPLIT_ROW_RE.search(r.label) for r in rows):
        return None
    cells = [r.cells[column.index] if column.index < len(r.cells) else None for r in rows]
    if any(c is None or c.value is None for c in cells):
        return None
    total = sum((c.value for c in cells if c is not None and c.value is not None), Decimal(0))
    half = sum((_half(c) for c in cells if c is not None), Decimal(0)) * column.scale
    value = total * column.scale
    low, high = bounds(q)
    if value + half >= low and value - half <= high:
        return Relation("table-text", Verdict.CONSISTENT, bq.block, (q.num_start, q.end))
    values = [c.value * column.scale for c in cells if c is not None and c.value is not None]
    if any(low <= v <= high for v in values) and sum(1 for v in values if v) >= 2:
        # 「作出重大行政决策14项…各项法定程序履行情况见下表」 with a row of 14: a row that holds
        # the whole leaves nothing for the others, so the rows count items that have each
        # attribute (they overlap), no split of the whole
        return None
    head = f"“{column.label}”列" if column.label else ""
    what = describe(q) or q.phrase
    what = f"（{what}）" if what else ""
    unit = MAGNITUDE_NAMES.get(column.scale, "") + column.unit
    return Relation(
        "table-text",
        Verdict.CONTRADICTION,
        bq.block,
        (q.num_start, q.end),
        (Span(bq.block, q.num_start, q.end), *(Span(c.block, c.start, c.end) for c in cells if c)),
        code="N401",
        severity=Severity.WARNING,
        message=(
            f"正文中的{q.text}{what}与表格各行{head}之和{fmt(total)}{unit}不符"
            "（表格未列合计行，按正文所指读作该数的分项，请核对表格是否列全）"
        ),
        suggestion="核对正文中的总数与表格各行的数字",
    )


def _each_group(words: str, rows: Sequence[Row]) -> list[Row]:
    """The rows a 各 of the figure's words covers: 各 and the longest name (two characters
    at least) that two rows or more hold (「各社区调委会」 → the 社区调委会 rows, 「各分局」 → the
    分局 rows), or a pair of one-character names the rows end with (「各乡镇」 → 城关镇, 白沙乡).
    None when no 各 names rows."""
    found: list[Row] = []
    labels = [re.sub(r"\s", "", r.label) for r in rows]
    at = words.find("各")
    while at >= 0:
        after = words[at + 1 : at + 1 + _GROUP_WORD]
        hit: list[Row] = []
        for k in range(len(after), 1, -1):
            hit = [r for r, label in zip(rows, labels, strict=True) if after[:k] in label]
            if len(hit) >= 2:
                break
        if len(hit) < 2 and len(after) >= 2:
            # 「各乡镇」「各村居」: kinds of one character each that the rows' names end with
            hit = [r for r, label in zip(rows, labels, strict=True) if label[-1:] in after[:2]]
        if len(hit) >= 2:
            found.extend(r for r in hit if r not in found)
        at = words.find("各", at + 1)
    return found


# a count of items followed by their sum: 「三项合计563件」「两类共计」
_ITEMS_SUMMED_RE = re.compile(
    r"\s*(?:合计|共计|总计|累计|共)\s*[0-9０-９一二两三四五六七八九十百千万]"
)


def _stages(lex: Lexicon, text: str) -> set[str]:
    """The flow stages (numbers.toml ``verbs``) the words name: 受理 -> accepted."""
    return {
        lex.verb_family[m.group(0)]
        for m in lex.verb_re.finditer(text)
        if lex.verb_family.get(m.group(0)) in FLOW_STAGES
    }


def _other_stage(lex: Lexicon, words: str, label: str) -> bool:
    """Do a figure's words name a flow stage (受理) that the column's header does not, the
    header naming another (审结)? Then the figure is not the column's."""
    said, head = _stages(lex, words), _stages(lex, label)
    return bool(said and head and not said & head)


def _concluded_over_intake(
    q: Quantity,
    bq: BlockQuantities,
    words: str,
    column: _Column,
    totals: Sequence[Row],
    lex: Lexicon,
) -> Relation | None:
    """「全年共受理行政复议申请126件，……无上年结转案件」 and a table whose 合计 of 审结（件）
    is 131: more concluded than came in, when the text denies a carry-over (numbers.toml
    ``clauses.no-carry``)."""
    if not _stages(lex, words) & {"received", "accepted"} or "concluded" not in _stages(
        lex, column.label
    ):
        return None
    if len(totals) != 1 or not q.total_marker or "其中" in words:
        return None
    if not denies_carry(lex, bq.text):
        return None
    if not _TABLE_REF_RE.search(bq.text):
        return None  # a paragraph that does not speak of the table: maybe another matter
    cell = totals[0].cells[column.index] if column.index < len(totals[0].cells) else None
    if cell is None or cell.value is None:
        return None
    _, high = bounds(q)
    if cell.value * column.scale - _half(cell) * column.scale <= high:
        return None
    return Relation(
        "table-text",
        Verdict.CONTRADICTION,
        bq.block,
        (q.num_start, q.end),
        (Span(bq.block, q.num_start, q.end), Span(cell.block, cell.start, cell.end)),
        code="N401",
        severity=Severity.ERROR,
        message=(
            f"表格“{column.label}”列合计{cell.text.strip()}多于正文中的{q.text}，"
            "而正文说明无上年结转"
        ),
        suggestion="核对正文中的受理数与表格中的办结数",
    )


def _against_table(
    q: Quantity,
    bq: BlockQuantities,
    columns: Sequence[_Column],
    rows: Sequence[Row],
    names: Sequence[str],
    totals: Sequence[Row],
    lex: Lexicon,
) -> Relation | None:
    if q.kind not in COUNTABLE or q.quoted or per_or_change(lex, q) or q.depth:
        return None
    # the words of the figure's clause (row names may stand before another number in it)
    clause, words = _clause_words(bq, q)
    if _other_scope(lex, bq.text, q, words):
        return None  # 「上年…27件」「近三年累计…」「上半年…」: not the table's year
    if _whole_of_next(bq, q):
        return None  # 「水污染防治领域157件中占58件」: the row's figure is the later one
    if _ITEMS_SUMMED_RE.match(bq.text, q.end):
        return None  # 「三项合计563件」: the number of items added up, not a sum
    # the column: by its unit, then by its header's words when several share the unit
    fitting = [c for c in columns if c.unit and lex.same_units(c.unit, q.unit_text)]
    if not fitting and len(columns) == 1 and not columns[0].unit:
        fitting = list(columns)
    elif not fitting:
        # headers without units (收到, 受理, 办结): the one the figure's words name
        fitting = [
            c
            for c in columns
            if not c.unit
            and c.label
            and (_names(words, c.label) or _names(words, _COUNT_HEAD_RE.sub("", c.label)))
        ]
    if len(fitting) > 1:
        # several columns of the unit: the one whose header the words name (立案数 ← 立案),
        # or, for the area's whole, the noun after the figure (全区76所中小学校 ← 学校数)
        said = [
            c
            for c in fitting
            if c.label
            and (_names(words, c.label) or _names(words, _COUNT_HEAD_RE.sub("", c.label)))
        ]
        if not said and q.after and _WHOLE_AREA_RE.search(words):
            said = [
                c
                for c in fitting
                if c.label and _names(words + q.after, _COUNT_HEAD_RE.sub("", c.label))
            ]
        fitting = said
    if len(fitting) != 1:
        return None
    column = fitting[0]
    if _other_stage(lex, words, column.label):
        # 「受理…126件」 against the only count column, 审结（件）: another stage
        return _concluded_over_intake(q, bq, words, column, totals, lex)
    # an elided noun (「收到行政复议申请121件，受理83件」) names the row of the figure before
    row_words = words + q.noun if q.inherited else words
    named = [r for r, name in zip(rows, names, strict=True) if _row_named(row_words, r, name)]
    if any(
        _WITHIN_RE.search(row_words, row_words.rfind(name) + len(name))
        for r, name in zip(rows, names, strict=True)
        if r in named and name in row_words
    ):
        return None  # 「普通程序的案件中有9件」: a figure within the row, not the row's own
    if len(named) == 1 and _narrowed_column(
        lex, row_words, (re.sub(r"\s", "", named[0].label), names[rows.index(named[0])]), column
    ):
        return None  # 「区政府主要负责人出庭2件」 of the 负责人出庭 column: a part of the row
    grouped = _each_group(row_words, rows)
    if grouped:
        # 「街道调委会和各社区调委会全年共调解…」: the rows 各 names with the rows named are
        # one figure of them all (the 合计 row when they are every row), not the first one's
        named = [r for r in rows if r in named or r in grouped]
    every = len(named) > 1 and len(named) == len(rows) and len(totals) == 1
    if every and q.total_marker:
        named = []  # 「共承办建议和提案86件」: every row named with 共 is the total row
    if len(named) > 1:
        return None  # several rows named: a sum or a comparison, not one cell
    subject: list[Row] = []
    # the figure's clause names nothing but the column (「达183家次」「检查为68家次」)
    own = re.sub(r"[达为共有计约近仅只]", "", _LINK_LEAD_RE.sub("", words.strip(" 　")))
    bare = not own or (bool(column.label) and own in column.label)
    scoped = (
        None if named else _scope_row(bq.text, clause + 1, rows, names, subject if bare else None)
    )
    loose = False
    if scoped is _SUBJECT_ROW:
        # the figure's clause names nothing of its own (「达183家次」): the subject's row
        named, loose = subject[:1], True
    elif scoped is not None and scoped is not _NO_ROW:
        # 「简易程序案件中，审结210件」: the row the sentence names as the figure's scope, when
        # the figure's words name the column (审结 of 审结件数); otherwise a part of the row
        if not column.label or not (
            _names(words, column.label) or _names(words, _COUNT_HEAD_RE.sub("", column.label))
        ):
            return None
        named = [scoped]
    elif scoped is _NO_ROW and not (q.total_marker or _WHOLE_WORD_RE.search(words)):
        return None  # a row named earlier in the sentence: not the total row unless 全年/共
    if named:
        row, where = named[0], f"“{named[0].label}”行"
    else:
        labelled = bool(column.label) and _names(words, column.label)
        if (
            not (q.total_marker or labelled)
            and column.label
            and q.after
            and _WHOLE_AREA_RE.search(words)
            and _names(words + q.after, _COUNT_HEAD_RE.sub("", column.label))
        ):
            # 「全区76所中小学校已全部配备」 against the 合计 of 学校数（所）: the area's whole,
            # the column named by the noun after the figure (a reading: a warning)
            labelled = loose = True
        if _table_of_part(bq.text, q.end):
            return None  # 「…9,412件，其中涉企事项的办理情况如下表」: the table holds a part
        # (the sentence's opening may say it: 「全年共检查…1,182家，追回…3,365.7万元，…如下表」)
        opening = bq.text[bq.sentence_span(q.sentence)[0] : q.num_start]
        if (
            not (q.total_marker or labelled or q.approx)
            and (
                _WHOLE_WORD_RE.search(words)
                # (the opening's whole names no column: the figure's unit must, 万元 of 追回金额
                # （万元）, not 项 against a column of 家次 with no unit)
                or (
                    _YEAR_WHOLE_RE.search(opening)
                    and bool(column.unit)
                    and lex.same_units(column.unit, q.unit_text)
                )
            )
            and "其中" not in opening
            and _TABLE_REF_RE.search(bq.text, q.end)
            and not any(
                p.num_start < q.num_start and lex.same_units(p.unit_text, q.unit_text)
                for p in bq.quantities
            )
            # (a carry-over stated beside it: the table may hold the year's whole stock)
            and not any(w in bq.text for w in lex.data["clauses"]["carry-in"])
        ):
            # 「全年办理行政复议案件128件，…具体情况见下表。」: the year's figure of the unit,
            # first in a paragraph that points to the table, is the table's total (a reading)
            labelled = loose = True
        if not totals and (q.total_marker or labelled) and "其中" not in words:
            return _against_rows_sum(q, bq, column, rows)
        if len(totals) != 1 or not (q.total_marker or labelled) or "其中" in words:
            return None  # (a 其中 figure is a part, not the total)
        row = totals[0]
        where = "“" + re.sub(r"\s", "", row.cells[total_at(row) or 0].text) + "”行"
    if column.index >= len(row.cells):
        return None
    cell = row.cells[column.index]
    if cell.value is None:
        return None
    value = cell.value * column.scale
    half = _half(cell) * column.scale
    low, high = bounds(q)
    if value + half >= low and value - half <= high:
        return Relation("table-text", Verdict.CONSISTENT, bq.block, (q.num_start, q.end))
    head = f"“{column.label}”列" if column.label else ""
    what = describe(q) or q.phrase
    what = f"（{what}）" if what else ""
    shown = cell.text.strip() + (
        MAGNITUDE_NAMES.get(column.scale, "") + column.unit if column.unit else ""
    )
    return Relation(
        "table-text",
        Verdict.CONTRADICTION,
        bq.block,
        (q.num_start, q.end),
        (Span(bq.block, q.num_start, q.end), Span(cell.block, cell.start, cell.end)),
        code="N401",
        severity=Severity.WARNING if loose else Severity.ERROR,
        message=f"正文中的{q.text}{what}与表格{where}{head}的{shown}不符",
        suggestion="核对正文与表格中的同一数字",
    )
