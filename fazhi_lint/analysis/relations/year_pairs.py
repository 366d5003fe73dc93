"""A 分别 list of relative changes paired, item by item, with the same items of the year
compared with, stated in a clause of their own in the paragraph.

「2022年共办理涉企行政复议案件1.9万件，为企业挽回经济损失20.4亿元；2023年共办理涉企行政复议
案件3.98万件，为企业挽回经济损失103.9亿元，同比分别增长了109%和409%。」: the year's clause
holds as many figures as the list has changes, and another clause opening with the year the
changes compare with (同比 → the year before; 比2013年 → 2013) holds the same items, in the
same order and units: the i-th change is the i-th figure over the i-th figure of that clause.
Read once per paragraph: one pass over its clauses and figures (linear).

Session 23 (s23-yoy): a single change read the same way — a series of years, each clause
opening with its year, stating one figure and its change (「2021年，…308万元，同比增长9.6%；2022
年，…344万元，同比增长11.7%；2023年，…386万元，同比增长12.2%」): each year's figure against the
one figure of the clause of the year before (written before it), when both clauses name the
same span of their year (not 2023年上半年 against 2022年) and the same thing (``other``). An
error when the two clauses stand in one sentence, a warning across a full stop.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal

from ...model import Severity
from ..cn_numbers import fmt
from ..quantities import BlockQuantities, Quantity
from .common import Relation, Verdict, bounds, common_substring, span_of

# what may stand between two changes of one list: 、 ， 和 及 与
_JOIN_RE = re.compile(r"\s*(?:[、，,]|和|及|以及|与)\s*")
# a year opening a clause (after 。；， or at the start): 「；2023年共办理…」「据了解，2014年，…」,
# not a span of years (2018年以来, 2016年至2018年, 2022、2023年)
_CLAUSE_YEAR_RE = re.compile(
    r"(?:^|(?<=[，,；;。\n]))\s*(20[0-9]{2})年(?![以至到、—\-－~～]|度以来)"
)
# the clauses of a paragraph: ；。 and line ends close one
_CLAUSE_END_RE = re.compile(r"[；;。\n]")
# the period the changes name: a year (比2013年), or the year before (同比, 比上年, 较去年)
_NAMED_YEAR_RE = re.compile(r"(?:比|较|与)(20[0-9]{2})年")
_YEAR_BEFORE_RE = re.compile(r"同比|(?:比|较|与)(?:上年|去年|上一年)")
_FIGURE_KINDS = ("count", "money", "measure")
# the span of its year a clause's year tag names: 「2023年上半年」「2022年1-6月」「2023年第一季度」
# 「2022年底」; "" for the whole year
_SPAN_AFTER_YEAR_RE = re.compile(
    r"度?(上半年|下半年|前三季度|第?[一二三四1-4]季度|[0-9一二三四五六七八九十]+(?:[—\-－~～至到][0-9一二三四五六七八九十]+)?月份?|底|末|初)?"
)


def _clause_starts(text: str) -> list[int]:
    return [0, *(m.end() for m in _CLAUSE_END_RE.finditer(text))]


def _clause_of(starts: list[int], at: int) -> int:
    """The index of the clause holding position ``at`` (``starts`` ascending)."""
    lo, hi = 0, len(starts) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if starts[mid] <= at:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _runs(
    bq: BlockQuantities, changes: list[tuple[Quantity, int]]
) -> list[list[tuple[Quantity, int]]]:
    """The lists of two or more percentage changes after 分别, joined by 、/和."""
    runs: list[list[tuple[Quantity, int]]] = []
    run: list[tuple[Quantity, int]] = []
    for d, direction in changes:
        if run and _JOIN_RE.fullmatch(bq.text, run[-1][0].end, d.num_start):
            run.append((d, direction))
            continue
        if len(run) >= 2:
            runs.append(run)
        run = [(d, direction)] if "分别" in bq.text[max(0, d.num_start - 12) : d.num_start] else []
    if len(run) >= 2:
        runs.append(run)
    return runs


def year_clause_pairs(
    bq: BlockQuantities,
    changes: list[tuple[Quantity, int]],
    other: Callable[[Quantity, Quantity], bool] | None = None,
) -> dict[int, Relation]:
    """The readings of :mod:`year_pairs` for one sentence's percentage changes (each with its
    direction, +1 or −1): a relation per change, keyed by the change's id, or none. With
    ``other`` (do two figures name different things?), a change outside any 分别 list is read
    as a list of one."""
    out: dict[int, Relation] = {}
    runs = _runs(bq, changes)
    for run in runs:
        out.update(_paired(bq, run))
    if other is None:
        return out
    listed = {id(d) for run in runs for d, _ in run}
    for d, direction in changes:
        if id(d) not in listed and "分别" not in bq.text[max(0, d.num_start - 12) : d.num_start]:
            out.update(_paired(bq, [(d, direction)], other))
    return out


def _paired(
    bq: BlockQuantities,
    run: list[tuple[Quantity, int]],
    other: Callable[[Quantity, Quantity], bool] | None = None,
) -> dict[int, Relation]:
    """The readings of one 分别 list of changes, when its year's clause and the compared
    year's clause pair them item by item (a single change: also the same span of the two
    years, the same thing by ``other``)."""
    text = bq.text
    first = run[0][0]
    starts = _clause_starts(text)
    own = _clause_of(starts, first.num_start)
    tags = [m for m in _CLAUSE_YEAR_RE.finditer(text) if m.start() < first.num_start + 200]
    opening = next((m for m in reversed(tags) if starts[own] <= m.start() < first.num_start), None)
    if opening is None:
        return {}
    year = int(opening.group(1))
    figures = [q for q in bq.quantities if not q.quoted]
    k = len(run)
    # the year's clause holds exactly the figures the list pairs, before the list
    currents = [q for q in figures if opening.end() <= q.num_start < first.num_start]
    if len(currents) != k or any(q.kind not in _FIGURE_KINDS or q.change for q in currents):
        return {}
    between = text[currents[-1].end : first.num_start]
    named = _NAMED_YEAR_RE.search(between)
    if named is not None:
        base_year = int(named.group(1))
    elif _YEAR_BEFORE_RE.search(between):
        base_year = year - 1
    else:
        return {}
    others = [m for m in tags if m is not opening]
    bases = _base_clause(bq, figures, starts, others, base_year, k)
    if bases is None or not all(_same_item(c, b) for c, b in zip(currents, bases, strict=True)):
        return {}
    severity = Severity.ERROR
    if other is not None:
        tag = next(m for m in others if int(m.group(1)) == base_year)
        if (
            tag.start() > opening.start()
            or _span_after(text, opening) != _span_after(text, tag)
            or other(currents[0], bases[0])
        ):
            return {}  # a series runs in time order, each year of one span and one thing
        if bq.sentence_of(tag.start()) != bq.sentence_of(first.num_start):
            severity = Severity.WARNING
    out: dict[int, Relation] = {}
    for (d, direction), current, base in zip(run, currents, bases, strict=True):
        lead = "按“分别”逐项对应" if other is None else "与上一年份所述对应"
        rel = _judge(d, direction, current, base, year, base_year, lead)
        if rel.severity is not None and rel.severity is not severity:
            rel = replace(rel, severity=severity)
        out[id(d)] = rel
    return out


def _span_after(text: str, tag: re.Match[str]) -> str:
    """The span of its year a year tag names (上半年, 1-6月, 底), "" for the whole year."""
    m = _SPAN_AFTER_YEAR_RE.match(text, tag.end())
    return (m.group(1) or "") if m else ""


def _base_clause(
    bq: BlockQuantities,
    figures: list[Quantity],
    starts: list[int],
    tags: list[re.Match[str]],
    base_year: int,
    k: int,
) -> list[Quantity] | None:
    """The first ``k`` figures after the one other clause-opening year tag of the paragraph
    naming ``base_year``, up to the end of its clause (；。) and before any change of it; None
    when there is no such tag or more than one."""
    found = [m for m in tags if int(m.group(1)) == base_year]
    if len(found) != 1:
        return None
    begin = found[0].end()
    i = _clause_of(starts, begin)
    end = starts[i + 1] if i + 1 < len(starts) else len(bq.text)
    later = [m.start() for m in tags if begin < m.start() < end]
    end = min([end, *later])
    out: list[Quantity] = []
    for q in figures:
        if not begin <= q.num_start < end:
            continue
        if q.kind == "percent" or q.change:
            break
        out.append(q)
    if len(out) < k or any(q.kind not in _FIGURE_KINDS for q in out[:k]):
        return None
    return out[:k]


def _same_item(current: Quantity, base: Quantity) -> bool:
    """One kind of figure in both years: the same unit and at least two characters of the
    words before it in common (受理案件 / 最高法受理案件)."""
    return (
        current.kind == base.kind
        and current.unit == base.unit
        and common_substring(current.pre, base.pre) >= 2
    )


def _judge(
    d: Quantity,
    direction: int,
    current: Quantity,
    base: Quantity,
    year: int,
    base_year: int,
    lead: str = "按“分别”逐项对应",
) -> Relation:
    c_low, c_high = bounds(current)
    b_low, b_high = bounds(base)
    spans = (span_of(d), span_of(current), span_of(base))
    if b_low <= 0:
        return Relation("change", Verdict.CONSISTENT, d.block, (d.num_start, d.end), spans)
    changes = [(c - b) / b * 100 * direction for c in (c_low, c_high) for b in (b_low, b_high)]
    unit = Decimal(1).scaleb(-d.decimals)
    if max(changes) >= d.low - unit / 2 and min(changes) < d.high + unit:
        return Relation("change", Verdict.CONSISTENT, d.block, (d.num_start, d.end), spans)
    shown = (current.value - base.value) / base.value * 100
    word = "增长" if direction > 0 else "下降"
    return Relation(
        "change",
        Verdict.CONTRADICTION,
        d.block,
        (d.num_start, d.end),
        spans,
        code="N108",
        severity=Severity.ERROR,
        message=(
            f"{word}{d.text}与所列数字不符：{lead}，{base_year}年{base.text}、"
            f"{year}年{current.text}，{current.text}较{base.text}"
            f"{'增长' if shown >= 0 else '下降'}"
            f"{fmt(abs(shown).quantize(Decimal(1).scaleb(-max(d.decimals, 1))))}%"
        ),
        suggestion="核对两年的数字与增减幅度",
        data={"stated": str(d.value), "readings": 1},
    )
