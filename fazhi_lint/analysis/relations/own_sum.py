"""Shares measured against the parts' own sum (issue 9, session 15).

「共受理诉求284406件。其中，咨询类124599件，占63.72%；…；其他类9791件，占5.01%」: every part has
its own share, and every share is exact on the sum of the parts (195532), not on the total the
sentence names. The shares then say the list is all of a whole (they make 100% of the parts'
sum), and what disagrees is the total against that sum — not each share. One finding on the
total says so (N102 short, N101 above), and replaces the share-by-share N104s (each blaming a
share that is right on the figures listed) and the partition finding on the same figures.

The list is a whole-and-parts group of :mod:`.partition` whose every part has its own share
(「1043件，占33.35%」 or 「分别为…，占比分别为…」 in order), or a run of such items whose shares
the rate rule measured against one total. Nothing is said when the shares fit the total too,
or when the parts' sum is itself a figure of the paragraph (the shares are of that figure:
「其中来电诉求43330件…来电诉求中，咨询类…占…」)."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from decimal import Decimal

from ...model import Severity, Span
from ..quantities import BlockQuantities, Quantity, _replace
from .common import (
    OWN_SHARE_RE,
    Relation,
    Verdict,
    bounds,
    describe,
    index_of,
    last_mark,
    number_starts,
    rate_check,
    respective_end,
    show,
    span_of,
)
from .partition import _EACH_SHARE_RE, _LISTED_RE, Group, _share_whole

MAX_ITEMS = 16  # items of one list with their own shares (a breakdown is short)


def _paired(bq: BlockQuantities) -> dict[int, Quantity]:
    """Each counted figure followed by its own share (「124599件，占63.72%」): id -> share."""
    qs = bq.quantities
    out: dict[int, Quantity] = {}
    for p, q in itertools.pairwise(qs):
        if p.kind == "percent" or q.kind != "percent" or p.quoted:
            continue
        m = OWN_SHARE_RE.match(bq.text, p.end)
        if m is not None and m.end() >= q.num_end:
            out[id(p)] = q
    return out


def _respective(bq: BlockQuantities, parts: Sequence[Quantity]) -> list[Quantity]:
    """The shares after a list that pair with its parts in order (「分别为573件、318件…，占比
    分别为49.6%、27.5%…」): as many as the parts, the first right after the last part."""
    qs = bq.quantities
    i = index_of(bq).get(id(parts[-1]), -1) + 1
    if not i:
        return []
    run = qs[i : i + len(parts)]
    if len(run) != len(parts) or any(q.kind != "percent" for q in run):
        return []
    first = run[0].pre.strip(" 　")
    if not (_EACH_SHARE_RE.search(first) or respective_end(first)):
        return []  # 「占比分别为」「分别占」 opens the run
    if run[0].sentence != parts[-1].sentence or any(
        _LISTED_RE.match(q.pre) is None for q in run[1:]
    ):
        return []
    return list(run)


def _runs(bq: BlockQuantities, paired: dict[int, Quantity]) -> list[list[Quantity]]:
    """Runs of consecutive counted figures each with its own share, in one unit."""
    runs: list[list[Quantity]] = []
    run: list[Quantity] = []
    counted = [q for q in bq.quantities if q.kind != "percent"]
    for q in counted:
        if id(q) in paired and (not run or q.unit_text == run[-1].unit_text):
            run.append(q)
            continue
        if len(run) >= 2:
            runs.append(run)
        run = [q] if id(q) in paired else []
    if len(run) >= 2:
        runs.append(run)
    return [r[:MAX_ITEMS] for r in runs]


def _sum(parts: Sequence[Quantity]) -> Quantity:
    return _replace(
        parts[0],
        value=sum((p.value for p in parts), Decimal(0)),
        low=sum((p.low for p in parts), Decimal(0)),
        high=sum((p.high for p in parts), Decimal(0)),
        decimals=max(p.decimals for p in parts),
        approx="",
    )


def shares_of_parts_sum(
    bq: BlockQuantities, groups: Sequence[Group], out: list[Relation]
) -> list[Relation]:
    """``out`` with the findings on a list whose shares fit the parts' own sum replaced by
    one finding on the total (see the module's docstring)."""
    if not any(q.kind == "percent" for q in bq.quantities):
        return out
    paired = _paired(bq)
    by_span = {span_of(q): q for q in bq.quantities}
    candidates: list[tuple[Quantity, list[Quantity], list[Quantity]]] = []
    for g in groups:
        if g.pooled or len(g.parts) < 2:
            continue
        parts = max([g.parts, *(r for r, _ in g.readings)], key=len)[:MAX_ITEMS]
        found = [paired[id(p)] for p in parts if id(p) in paired]
        if len(found) != len(parts):
            found = _respective(bq, parts)
        if found:
            candidates.append((g.total, parts, found))
    rated: dict[Span, Span] = {}  # numerator -> denominator of the rate rule's N104s
    for r in out:
        if r.code == "N104" and r.verdict is Verdict.CONTRADICTION and len(r.involved) == 3:
            rated[r.involved[1]] = r.involved[2]
    if rated:
        for run in _runs(bq, paired):
            wholes = {rated[span_of(p)] for p in run if span_of(p) in rated}
            if len(wholes) == 1 and (whole := by_span.get(next(iter(wholes)))) is not None:
                candidates.append((whole, run, [paired[id(p)] for p in run]))
    seen: set[tuple[Span, ...]] = set()
    for total, parts, shares in candidates:
        key = (span_of(total), *(span_of(p) for p in parts))
        if key in seen or any(p is total for p in parts):
            continue
        seen.add(key)
        out = _judged(bq, total, parts, shares, out)
    return out


def _judged(
    bq: BlockQuantities,
    total: Quantity,
    parts: Sequence[Quantity],
    shares: Sequence[Quantity],
    out: list[Relation],
) -> list[Relation]:
    whole = _sum(parts)
    s_low, s_high = bounds(whole)
    t_low, t_high = bounds(total)
    if s_high >= t_low and s_low <= t_high:
        return out  # the parts add up to the total
    if not all(rate_check(p, whole, q)[0] for p, q in zip(parts, shares, strict=True)):
        return out  # the shares are not all of the parts' sum
    if all(rate_check(p, total, q)[0] for p, q in zip(parts, shares, strict=True)):
        return out  # nor do they disagree with the total
    listed = {id(p) for p in parts} | {id(total)}
    if any(
        q.kind == total.kind
        and q.unit_text == total.unit_text
        and id(q) not in listed
        and bounds(q)[0] <= s_high
        and bounds(q)[1] >= s_low
        for q in bq.quantities
    ):
        return out  # the shares are of that figure, the parts' sum stated
    share_spans = {span_of(q) for q in shares}
    part_spans = {span_of(p) for p in parts}
    t_span = (total.num_start, total.end)
    replaced = [
        r
        for r in out
        if r.verdict is Verdict.CONTRADICTION
        and (
            (r.code == "N104" and Span(r.block, *r.span) in share_spans)
            or (
                r.code in ("N101", "N102")
                and r.kind == "partition"
                and r.span == t_span
                and set(r.involved[1:]) <= part_spans | share_spans
            )
        )
    ]
    if not replaced:
        return out
    severity = max((r.severity or Severity.WARNING for r in replaced), key=_rank)
    short = s_high < t_low
    diff = (t_low - s_high) if short else (s_low - t_high)
    noun = describe(total)
    named = f"总数{total.text}（{noun}）" if noun else f"总数{total.text}"
    sum_text = "+".join(p.number for p in parts)
    pcts = "、".join(q.text for q in shares)
    message = (
        f"分项合计{show(whole.value, total)}（{sum_text}），与{named}不符，"
        f"少{show(diff, total)}；各项占比（{pcts}）恰是各项占分项合计"
        f"{show(whole.value, total)}的比例，所列为全部分项，应是总数有误或漏列了分项"
        if short
        else f"分项合计{show(whole.value, total)}（{sum_text}），与{named}不符，"
        f"多出{show(diff, total)}；各项占比（{pcts}）恰是各项占分项合计"
        f"{show(whole.value, total)}的比例：总数与分项必有一处有误"
    )
    gone = {id(r) for r in replaced}
    # the shares stay judged (consistent with the parts' sum), so no later reading across
    # sentences measures them against the total again
    kept = [
        r
        if id(r) not in gone or r.code != "N104"
        else Relation("rate", Verdict.CONSISTENT, r.block, r.span, (Span(r.block, *r.span),))
        for r in out
        if id(r) not in gone or r.code == "N104"
    ]
    kept += [
        Relation("rate", Verdict.CONSISTENT, q.block, (q.num_start, q.end), (span_of(q),))
        for q in shares
        if not any(r.kind == "rate" and r.span == (q.num_start, q.end) for r in kept)
    ]
    kept.append(
        Relation(
            "partition",
            Verdict.CONTRADICTION,
            total.block,
            t_span,
            (span_of(total), *(span_of(p) for p in parts)),
            code="N102" if short else "N101",
            severity=severity,
            message=message,
            suggestion="核对总数，或补列漏掉的分项",
            data={
                "origin": "shares-of-sum",
                "total": str(total.value),
                "parts": [str(p.value) for p in parts],
            },
        )
    )
    return kept


def _rank(severity: Severity) -> int:
    return int(severity >= Severity.ERROR)


# what a share's named whole says beside the thing counted (信访总量 → 信访): the words that
# must be found, in order, in the words of the whole's own figure
_WHOLE_WORDS_RE = re.compile(r"总量|总数|总和|总计|总额|全部|所有|总|的")
_AREA_RE = re.compile(r"全[省市州区县旗镇乡]")
_CLASS_UNITS = ("类", "种", "级", "个方面", "方面", "大类")
WHOLE_BACK = 24  # earlier figures a named whole is looked for among
MIN_CORE = 2  # characters of a named whole that must name the figure's words


def _subsequence(core: str, words: str) -> bool:
    it = iter(words)
    return all(ch in it for ch in core)


def _counts_of(total: Quantity) -> bool:
    """A whole of whole items, stated exactly: 143件次, not 4.3万件, 近300件 or 25.6万元."""
    return (
        total.kind == "count"
        and not total.chinese  # (「划分为…三类」: the classes, not the items)
        and total.unit_text not in _CLASS_UNITS
        and total.low == total.high
        and not total.decimals
        and not total.approx
        and total.magnitude == 1
        and total.value > 0
    )


def _no_count_gives(total: Quantity, share: Quantity) -> bool:
    """Does no whole number of items of ``total`` give ``share`` at its printed precision?"""
    value = share.value * total.value / 100
    for c in (int(value) - 1, int(value), int(value) + 1):
        if 0 <= c <= total.value:
            n = _replace(total, value=Decimal(c), low=Decimal(c), high=Decimal(c))
            if rate_check(n, total, share)[0]:
                return False
    return True


# the words between a figure and its own share that names a whole (「3120件，占全区的52%」)
_NAMED_SHARE_GAP_RE = re.compile(r"\s*[，,]?\s*占[\u4e00-\u9fff]{1,12}?的?(?:为|达|约)?\s*")


def shares_of_no_count(bq: BlockQuantities, out: Sequence[Relation]) -> list[Relation]:
    """「全县信访总量143件次。…主要集中在A、B、C…等领域，分别占全县信访总量的15.43%、15.43%、
    14.86%…」: shares with no figure of their own, of a whole the text names and states as a
    count — each share times that count must be a whole number of items (15.43% × 143 = 22.06
    is none: 22/143 = 15.38%, 23/143 = 16.08%). When no count gives a share, the shares are of
    another total than the one they name (in that report 175, with 来访 counted in 人次): a
    warning. Not when the named whole is of another area than the figure (占全市…的 beside
    全县…), or the share has a figure of its own, or a rate rule judged it already."""
    judged = {r.span for r in out if r.kind == "rate"}
    qs = bq.quantities
    firsts: dict[int, Quantity] = {}  # a share of a run 「分别占…的a%、b%」 -> its first
    runs: dict[int, list[Quantity]] = {}
    prev: Quantity | None = None
    for q in qs:
        if q.kind != "percent" or q.quoted or q.change:
            prev = q
            continue
        if prev is not None and id(prev) in firsts and _LISTED_RE.match(q.pre):
            first = firsts[id(prev)]
            firsts[id(q)] = first
            runs[id(first)].append(q)
        elif _share_whole(q):
            firsts[id(q)] = q
            runs[id(q)] = [q]
        prev = q
    found: list[Relation] = []
    index = {id(q): i for i, q in enumerate(qs)}
    for run in runs.values():
        first = run[0]
        whole = _share_whole(first) or ""
        i = index[id(first)]
        if (
            i
            and qs[i - 1].kind != "percent"
            and (
                OWN_SHARE_RE.match(bq.text, qs[i - 1].end)
                or _NAMED_SHARE_GAP_RE.fullmatch(bq.text, qs[i - 1].end, first.num_start)
            )
        ):
            continue  # the share of the figure right before it (「…3120件，占全区的52%」)
        if any(q.kind != "percent" for q in _clause_figures(bq, first)):
            continue  # 「受理103件，占受理总数的…」: a figure of its own
        area = _AREA_RE.search(whole)
        core = _WHOLE_WORDS_RE.sub("", whole)
        if len(core) < MIN_CORE:
            continue
        wholes = [
            t
            for t in qs[max(0, i - WHOLE_BACK) : i]
            if _counts_of(t)
            and _subsequence(core, t.pre + t.unit_text)
            and (area is None or area.group() in t.pre)
        ]
        if not wholes:
            continue
        shares = [q for q in run if (q.num_start, q.end) not in judged]
        failing = [q for q in shares if all(_no_count_gives(t, q) for t in wholes)]
        if not failing:
            continue
        total = wholes[-1]
        shown = "、".join(
            f"{q.text}×{total.number}＝{(q.value * total.value / 100).quantize(Decimal('0.01'))}"
            for q in failing[:MAX_SHOWN]
        )
        found.append(
            Relation(
                "rate",
                Verdict.CONTRADICTION,
                first.block,
                (first.num_start, run[-1].end),
                (span_of(first), span_of(total), *(span_of(q) for q in failing[1:])),
                code="N104",
                severity=Severity.WARNING,
                message=(
                    f"占{whole}的{'、'.join(q.text for q in failing[:MAX_SHOWN])}不可能是"
                    f"{total.text}中的占比：{shown}，{'都' if len(failing) > 1 else ''}"
                    "不是整数，占比所用的基数与文中的总数不同"
                ),
                suggestion=f"核对占比的基数，或核对总数{total.text}",
                data={"stated": [str(q.value) for q in failing], "whole": str(total.value)},
            )
        )
    return found


MAX_SHOWN = 6  # failing shares shown in one message


def _clause_figures(bq: BlockQuantities, q: Quantity) -> list[Quantity]:
    """The figures of the share's own clause before it (back to the last ，；。)."""
    start = last_mark(bq.text, "，,；;。：:", 0, q.num_start) + 1
    starts = number_starts(bq)  # (in text order: the figures between by bisection)
    lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, q.num_start)
    return bq.quantities[lo:hi]
