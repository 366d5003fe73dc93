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

import itertools
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
    rate_check,
    respective_end,
    show,
    span_of,
)
from .partition import _EACH_SHARE_RE, _LISTED_RE, Group

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
    ids = [id(q) for q in qs]
    try:
        i = ids.index(id(parts[-1])) + 1
    except ValueError:
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
