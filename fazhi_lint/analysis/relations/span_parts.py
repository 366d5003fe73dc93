"""Parts of a span over years that run past it (N304, a warning).

「2017年7月至2019年6月，检察机关共立案公益诉讼案件214740件……。其中，2017年7月至12月立案
9170件；2018年立案113160件；今年1月至9月立案92410件」: the figures that 其中 opens count
within the span of the figure before them; a part whose period opens its clause and ends after
the span's end (今年 being the report year: 2019年9月 after 2019年6月), or begins before its
start, cannot be a part of it — one of the dates is miswritten. A bare year the span begins or
ends in (「2017年立案…」 under 2017年7月至…) names that year's months within the span.

The span is two dates with their years joined by 至/到/— whose years differ (a span within one
year is :func:`.periods._outside_parent`'s), followed in its sentence by a figure; the parts are
the clauses after a 其中 that follows that figure, in the span's sentence or opening the next.
One pass over the paragraph's dates and figures (linear)."""

from __future__ import annotations

import bisect
import itertools
import re

from ... import civil_date as dt
from ...model import Span
from ..quantities import BlockQuantities, YearMention
from .common import COUNTABLE, Relation
from .dates import _RANGE_JOIN, _month_days, _n304_warning

# 其中 opening the parts: at the start of a sentence or after a clause mark
_AMONG_RE = re.compile(r"(?:^|[，,；;：:。])\s*其中\s*[，,：:]?")
# what may stand before a part's period in its clause: nothing, 其中, a relative year
_PART_LEAD_RE = re.compile(r"\s*(?:其中\s*[，,：:]?)?\s*(?:在|于)?\s*(?:今年|本年度?)?\s*$")
_THIS_YEAR_RE = re.compile(r"(?:今年|本年度?)\s*$")
_CLAUSE_MARKS = "，,；;。：:"
# a part's clause runs to these (a comma may split a part's own words)
_PART_END_RE = re.compile("[；;。]")


def _bounds(y: YearMention, year: int | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day a year or a month of ``year`` names."""
    if y.kind == "year" and y.year:
        return dt.date(y.year, 1, 1), dt.date(y.year, 12, 31)
    if y.kind in ("date", "month") and y.month and 1 <= y.month <= 12:
        yr = y.year if y.kind == "date" else year
        if not yr:
            return None
        return dt.date(yr, y.month, 1), dt.date(yr, y.month, _month_days(yr, y.month))
    return None


def _clause_start(text: str, lo: int, pos: int) -> int:
    return max((text.rfind(ch, lo, pos) for ch in _CLAUSE_MARKS), default=-1) + 1


def parts_past_span(bq: BlockQuantities, report_year: int | None) -> list[Relation]:
    """「2017年7月至2019年6月…共立案…件。其中，…今年1月至9月立案…件」 (see the module)."""
    text = bq.text
    years = bq.years
    if len(years) < 3 or "其中" not in text:
        return []
    starts = [q.num_start for q in bq.quantities]
    out: list[Relation] = []
    for a, b in itertools.pairwise(years):
        if a.kind != "date" or b.kind != "date" or not a.month or not b.month:
            continue
        if a.year == b.year or not _RANGE_JOIN.fullmatch(text, a.end, b.start):
            continue
        sentence = bq.sentence_of(a.start)
        k = bisect.bisect_left(starts, b.end)
        whole = next(
            (
                q
                for q in bq.quantities[k:]
                if q.sentence == sentence and q.kind in COUNTABLE and not q.quoted
            ),
            None,
        )
        if whole is None:
            continue
        first, last = _bounds(a, None), _bounds(b, None)
        if first is None or last is None:
            continue
        among = _AMONG_RE.search(text, whole.end)
        if among is None or bq.sentence_of(among.end()) > sentence + 1:
            continue
        # (其中 after a figure of the span's sentence, or opening the next sentence)
        if (
            bq.sentence_of(among.start()) == sentence
            and text.find("。", whole.end, among.start()) >= 0
        ):
            continue
        rel = _part_outside(bq, among.end(), (first[0], last[1]), (a, b), report_year)
        if rel is not None:
            out.append(rel)
    return out


def _part_outside(
    bq: BlockQuantities,
    begin: int,
    span: tuple[dt.date, dt.date],
    ends: tuple[YearMention, YearMention],
    report_year: int | None,
) -> Relation | None:
    """The first part after ``begin`` (to the end of its sentence) whose period lies outside
    ``span``: the dates opening a clause, read until its first figure."""
    text = bq.text
    _, s_end = bq.sentence_span(bq.sentence_of(begin))
    year: int | None = ends[1].year
    parts: list[list[tuple[YearMention, tuple[dt.date, dt.date]]]] = []
    k = bisect.bisect_left(bq.years, begin, key=lambda y: y.start)
    for y in bq.years[k:]:
        if y.start >= s_end:
            break
        if y.kind in ("year", "date") and y.year:
            year = y.year
        at = year
        if y.kind == "month" and _THIS_YEAR_RE.search(text, max(0, y.start - 4), y.start):
            at = report_year
        bounds = _bounds(y, at)
        if bounds is None:
            continue
        if y.kind == "month" and at is not None:
            year = at
        if parts and _RANGE_JOIN.fullmatch(text, parts[-1][-1][0].end, y.start):
            parts[-1].append((y, bounds))  # (the end of a part's range: 「2017年7月至12月」)
            continue
        c0 = _clause_start(text, begin, y.start)
        if _PART_LEAD_RE.fullmatch(text, max(begin, c0), y.start) and _figure_after(
            bq, y.end, s_end
        ):
            parts.append([(y, bounds)])
    for clause in parts:
        lo = min(bd[0] for _, bd in clause)
        hi = max(bd[1] for _, bd in clause)
        if lo >= span[0] and hi <= span[1]:
            continue
        if all(m.kind == "year" for m, _ in clause) and hi >= span[0] and lo <= span[1]:
            continue  # (a year the span begins or ends in names its months within the span)
        return _report(bq, clause[0][0], clause[-1][0], (lo, hi), span, ends, begin)
    return None


def _report(
    bq: BlockQuantities,
    head: YearMention,
    tail: YearMention,
    period: tuple[dt.date, dt.date],
    span: tuple[dt.date, dt.date],
    ends: tuple[YearMention, YearMention],
    begin: int,
) -> Relation:
    text = bq.text
    a, b = ends
    lo, hi = period
    lead = _THIS_YEAR_RE.search(text, max(begin, head.start - 4), head.start)
    at = lead.start() if lead else head.start
    part = text[at : tail.end]
    if hi < span[0] or lo > span[1]:
        why = "整个在此期间之外"
    elif hi > span[1]:
        why = f"止于{hi.year}年{hi.month}月，晚于{b.text}"
    else:
        why = f"始于{lo.year}年{lo.month}月，早于{a.text}"
    return _n304_warning(
        bq,
        (at, tail.end),
        (Span(bq.block, a.start, b.end), Span(bq.block, at, tail.end)),
        f"“其中”所列{part}的数字应在{a.text}至{b.text}之内，但{part}{why}",
        f"核对{a.text}至{b.text}与{part}是否写错",
    )


def _figure_after(bq: BlockQuantities, pos: int, limit: int) -> bool:
    """Does a countable figure follow ``pos`` in its part's clause (to the next ；/。, at most
    ``limit``)?"""
    stop = _PART_END_RE.search(bq.text, pos, limit)
    end = stop.start() if stop else limit
    k = bisect.bisect_left(bq.quantities, pos, key=lambda q: q.num_start)
    for q in bq.quantities[k:]:
        if q.num_start >= end:
            return False
        if q.kind in COUNTABLE:
            return True
    return False
