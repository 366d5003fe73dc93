"""A sum of amounts, exact once one amount is read in the magnitude of the others (N201,
issue 9: "unit slips inside a sum"; session 35).

The partition rule finds a unit slip among the parts of a whole its markers link (其中,
分别为: :func:`.partition.unit_slips`). A sum is as often told without them: the parts before
their total (「简易程序…罚款11100元；普通程序…罚款7900万元，全年罚款总额达19000元」), a
total and the two halves of it named by their state (「问题资金251023.54万元，…整改到位资金
215587.84万元，…未整改资金35435.70元」), a total split in the next sentence or paragraph
(「预算数2711.65万元…」「…因公出国（境）费617万元，公务用车购置及运行费1229.65元，公务接待
费865万元」), or the list run on past the whole's split into another clause the grouping took
in (「税费收入48.6亿元，其中税收收入41.2亿元，非税收入7400万元，…减负3.7亿元」).

The reading: a figure of money (the total) and two or more other amounts — those right after
it or right before it among the paragraph's amounts, or all the amounts of the next sentence —
whose printed values do not add up to it, but add up to it exactly, to the last printed digit,
once exactly one figure (a part, or the total itself) is read with the magnitude word (元,
万元, 亿元) that every other figure of the sum shares: 11100元 + 7900元 = 19000元. A sum that
meets an unrelated figure to the last digit only once a magnitude word is swapped is no
coincidence of a partial list; still, the link is inferred (no marker states it), so it is a
warning that shows the sum and names every figure.

Silent: an approximate figure (约, 近, 余, 逾, 以上), a change (较上年增加), a standard or
average (每人, 人均, 标准, 元/人), a figure in brackets (a restatement), a sum that fits as
printed, and any mix of magnitudes that is not one slip (two figures off the others' word).
Cost: gated by 元 and two magnitudes among the paragraph's amounts; each total is tried
against at most 2·RUN + 1 runs, each judged in one pass over its figures: O(n·RUN²) for a
paragraph of n amounts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from decimal import Decimal

from ...model import Severity, Span
from ..cn_numbers import fmt
from ..quantities import BlockQuantities, Quantity
from .common import MAGNITUDE_NAMES, Relation, Verdict, show, span_of

RUN = 6  # amounts in one run of parts next to the total
# the shifts a slipped amount is read back by: a magnitude word swapped (万元 ↔ 元 ↔ 亿元), or
# a digit lost or added in converting (7400万元 written for 7.4亿元)
SHIFTS = tuple(Decimal(10) ** (sign * k) for k in (4, 8, 1, 2, 3) for sign in (1, -1))
# a standard, an average or a price, not a part of a sum
_PER_RE = re.compile(r"每|人均|户均|平均|标准|单价|均为|各(?:为|补助|奖励|资助)?$")
_PER_AFTER_RE = re.compile(r"^\s*(?:/|每|／)")


def _word(magnitude: int) -> str:
    return f"{MAGNITUDE_NAMES.get(magnitude, '')}元"


def _amounts(bq: BlockQuantities) -> list[Quantity]:
    out = []
    text = bq.text
    for q in bq.quantities:
        if q.kind != "money" or q.unit != "元" or q.unit_text != "元":
            continue
        if q.approx or q.low != q.high or q.change or q.depth or q.quoted:
            continue
        if _PER_RE.search(q.pre) or _PER_AFTER_RE.match(text, q.end):
            continue
        out.append(q)
    return out


def _fit(total: Quantity, parts: Sequence[Quantity]) -> tuple[Quantity, Decimal] | None:
    """The one figure (a part or the total) printed in a magnitude word that no other figure
    of the sum has, while the others share one, that shifted by a power of ten (its number
    read in the others' word, or a digit lost in converting to its own: 7400万元 for 7.4亿元)
    makes the parts add up to the total exactly: (that figure, its value so read)."""
    figures = (total, *parts)
    mags = [q.magnitude for q in figures]
    lone = [q for q in figures if mags.count(q.magnitude) == 1]
    if len(set(mags)) != 2 or len(lone) != 1:
        return None  # (one magnitude: nothing slipped; three: not one slip)
    odd = lone[0]
    rest = sum((p.value for p in parts if p is not odd), Decimal(0))
    if rest + (odd.value if odd is not total else 0) == total.value:
        return None  # (adds up as printed)
    for f in SHIFTS:
        read = odd.value * f
        if (rest + read == total.value) if odd is not total else (rest == read):
            return odd, read
    return None


def _runs(amounts: Sequence[Quantity]) -> Iterable[tuple[int, list[int]]]:
    """(total, parts) index sets to try: the amounts right after or right before each total,
    two to RUN of them; all the amounts of the next sentence, two or more."""
    n = len(amounts)
    by_sentence: dict[int, list[int]] = {}
    for i, q in enumerate(amounts):
        by_sentence.setdefault(q.sentence, []).append(i)
    for t in range(n):
        near = amounts[max(0, t - RUN) : t + RUN + 1]
        if all(q.magnitude == amounts[t].magnitude for q in near) and not any(
            amounts[i].magnitude != amounts[t].magnitude
            for i in by_sentence.get(amounts[t].sentence + 1, ())
        ):
            continue  # (one magnitude all around it: no slip to read)
        for k in range(2, RUN + 1):
            if t + k < n:
                yield t, list(range(t + 1, t + k + 1))
            if t - k >= 0:
                yield t, list(range(t - k, t))
        # (the run right after the total tried that sentence's amounts already)
        members = by_sentence.get(amounts[t].sentence + 1, [])
        if len(members) >= 2 and members[0] != t + 1:
            yield t, members


def money_slip_relations(bq: BlockQuantities, reported: Iterable[Span]) -> list[Relation]:
    """Sums of amounts exact once one figure takes the others' magnitude word (module doc);
    ``reported`` are the spans of the contradictions already found among the block's figures
    (a figure another rule reports is not reported again)."""
    if "元" not in bq.text:
        return []
    amounts = _amounts(bq)
    if len(amounts) < 3 or len({q.magnitude for q in amounts}) < 2:
        return []
    taken = {(s.block, s.start) for s in reported}
    out: list[Relation] = []
    seen: set[int] = set()
    for t, idx in _runs(amounts):
        total = amounts[t]
        parts = [amounts[i] for i in idx]
        fit = _fit(total, parts)
        if fit is None:
            continue
        odd, read = fit
        if id(odd) in seen or (odd.block, odd.num_start) in taken:
            continue
        if any((q.block, q.num_start) in taken for q in (total, *parts)):
            continue
        seen.add(id(odd))
        out.append(_relation(total, parts, odd, read))
    return out


def _relation(total: Quantity, parts: Sequence[Quantity], odd: Quantity, read: Decimal) -> Relation:
    mag = next(q.magnitude for q in (total, *parts) if q is not odd)
    shown = fmt(read / mag) + _word(mag)
    printed = "＋".join(p.text for p in parts)
    summed = sum((p.value for p in parts), Decimal(0))
    as_read = "＋".join(shown if p is odd else p.text for p in parts)
    fits = f"各金额{printed}恰为{shown}" if odd is total else f"{as_read}恰为{total.text}"
    # its printed number read in the others' word: the word written wrong; else a digit
    word = read / mag == odd.value / odd.magnitude
    cause = "单位（元、万元、亿元）写错" if word else "换算单位（元、万元、亿元）时位数写错"
    big = max((total, *parts), key=lambda q: q.magnitude)
    return Relation(
        "unit-slip",
        Verdict.CONTRADICTION,
        odd.block,
        (odd.num_start, odd.end),
        (span_of(odd), *(span_of(q) for q in (total, *parts) if q is not odd)),
        code="N201",
        severity=Severity.WARNING,
        message=(
            f"各金额{printed}合计{show(summed, big)}，与{total.text}不符；"
            f"若「{odd.text}」为{shown}，{fits}，疑为「{odd.text}」的{cause}"
            "（推断：按金额相加关系读取）"
        ),
        suggestion=f"核对「{odd.text}」是否应为「{shown}」",
    )
