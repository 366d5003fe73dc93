"""Shares listed with 分别 after a list of parts: each share is its own part over the whole.

「全年审结案件214件，其中维持133件、驳回33件、纠错40件、终止8件，分别占62.1%、15.4%、
18.7%和3.7%」: the four shares pair in order with the four parts (133÷214, 33÷214…). A share
read against only the figure nearest to it (8件) would not fit; the reading 分别 names does,
so no rate finding is kept for it. This only accepts readings, it never reports one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..quantities import BlockQuantities, Quantity
from .common import Relation
from .partition import Group
from .rates import _rate_check

# what may stand between two listed shares: 、 ， 和 及 与
_BETWEEN_RE = re.compile(r"\s*(?:[、，,]|和|及|以及|与)\s*")
_RESPECTIVELY_RE = re.compile(r"分别(?:占|为|是|达|占比|占比为)?[^，,；;。%％]{0,12}$")


def _run_of(bq: BlockQuantities, q: Quantity) -> list[Quantity]:
    """The percentages listed together with ``q`` after a 分别 (in text order), or []."""
    percents = [p for p in bq.quantities if p.kind == "percent" and p.sentence == q.sentence]
    if q not in percents:
        return []
    i = percents.index(q)
    lo = hi = i
    text = bq.text
    while lo > 0 and _BETWEEN_RE.fullmatch(text[percents[lo - 1].end : percents[lo].start]):
        lo -= 1
    while hi + 1 < len(percents) and _BETWEEN_RE.fullmatch(
        text[percents[hi].end : percents[hi + 1].start]
    ):
        hi += 1
    run = percents[lo : hi + 1]
    first = run[0]
    clause_start = max(text.rfind(ch, 0, first.start) for ch in "，,；;：:")
    if len(run) < 2 or not _RESPECTIVELY_RE.search(text[clause_start + 1 : first.start]):
        return []
    return run


def respective_fit(bq: BlockQuantities, groups: Sequence[Group], rel: Relation) -> bool:
    """Does the rate finding ``rel`` concern a share that 分别 pairs with a listed part, and
    does that part over the list's whole give the share?"""
    if rel.code != "N104":
        return False
    q = next(
        (p for p in bq.quantities if p.kind == "percent" and (p.num_start, p.end) == rel.span),
        None,
    )
    if q is None:
        return False
    run = _run_of(bq, q)
    if not run:
        return False
    index = run.index(q)
    for g in groups:
        if len(g.parts) != len(run) or g.parts[-1].end > run[0].start:
            continue
        if _rate_check(g.parts[index], g.total, q)[0]:
            return True
    return False
