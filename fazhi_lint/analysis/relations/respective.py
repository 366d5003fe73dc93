"""Shares listed with 分别 (or 各占) after a list of parts: each share is its own part over the
whole.

「全年审结案件214件，其中维持133件、驳回33件、纠错40件、终止8件，分别占62.1%、15.4%、
18.7%和3.7%」: the four shares pair in order with the four parts (133÷214, 33÷214…). A share
read against only the figure nearest to it (8件) would not fit; the reading 分别 names does,
so no rate finding is kept for it. This only accepts readings, it never reports one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..quantities import BlockQuantities, Quantity
from .common import Relation, rate_check, respective_words
from .partition import Group

# what may stand between two listed shares: 、 ， 和 及 与
_BETWEEN_RE = re.compile(r"\s*(?:[、，,]|和|及|以及|与)\s*")
_RESPECTIVELY_RE = re.compile(
    r"(?:分别(?:占|为|是|达|占比|占比为)?|"
    + "|".join(re.escape(w) for w in respective_words())
    + r")[^，,；;。%％]{0,12}$"
)


MAX_RUN = 12  # shares of one 分别 list


# figures of one 分别 list counted as naming several subjects in turn, not a whole of their own
MIN_SUBJECTS = 3


def respective_members(text: str, qs: Sequence[Quantity]) -> set[int]:
    """The ids of the figures of ``qs`` (in text order) that stand in a 分别 list of at least
    :data:`MIN_SUBJECTS` figures: 「济南、临沂、菏泽…受理行政一审案件数分别为3595件、3125件、
    2655件…」 — each the figure of one of several subjects, a part of a whole (the province's)
    the list leaves unsaid. A run is bounded by :data:`MAX_RUN`; one pass, linear."""
    members: set[int] = set()
    run: list[Quantity] = []

    def close() -> None:
        if len(run) >= MIN_SUBJECTS:
            members.update(id(q) for q in run)

    prev: Quantity | None = None
    for q in qs:
        joined = (
            prev is not None
            and bool(run)
            and len(run) < MAX_RUN
            and prev.end <= q.num_start
            and _BETWEEN_RE.fullmatch(text, prev.end, q.num_start) is not None
        )
        if joined:
            run.append(q)
        else:
            close()
            run = [q] if _RESPECTIVELY_RE.search(q.pre) else []
        prev = q
    close()
    return members


def respective_listed(bq: BlockQuantities) -> set[int]:
    """:func:`respective_members` of a block's figures, computed once per block."""
    found: set[int] | None = bq.__dict__.get("_respective_listed")
    if found is None:
        found = respective_members(bq.text, bq.quantities)
        bq.__dict__["_respective_listed"] = found
    return found


def _run_of(bq: BlockQuantities, percents: list[Quantity], i: int) -> list[Quantity]:
    """The percentages listed together with ``percents[i]`` after a 分别, or []."""
    lo = hi = i
    text = bq.text
    while (
        lo > 0
        and i - lo < MAX_RUN
        and _BETWEEN_RE.fullmatch(text[percents[lo - 1].end : percents[lo].start])
    ):
        lo -= 1
    while (
        hi + 1 < len(percents)
        and hi - i < MAX_RUN
        and _BETWEEN_RE.fullmatch(text[percents[hi].end : percents[hi + 1].start])
    ):
        hi += 1
    run = percents[lo : hi + 1]
    first = run[0]
    window = text[max(0, first.start - 40) : first.start]
    clause = re.split("[，,；;：:]", window)[-1]
    if len(run) < 2 or not _RESPECTIVELY_RE.search(clause):
        return []
    return run


def drop_respective(
    bq: BlockQuantities, groups: Sequence[Group], relations: list[Relation]
) -> list[Relation]:
    """``relations`` without the rate findings on a share that 分别 pairs with a listed part,
    when that part over the list's whole gives the share."""
    if not any(r.code == "N104" for r in relations):
        return relations
    percents = [p for p in bq.quantities if p.kind == "percent"]
    where = {(p.num_start, p.end): i for i, p in enumerate(percents)}
    return [
        r
        for r in relations
        if not _fits(bq, groups, percents, where, r)
        and not _split_by_subjects(bq, percents, where, r)
    ]


# a rate's own name ending a 、 list item: 「受理率、办结率分别为…」 names a rate per item
_RATE_ITEM_RE = re.compile(r"(?:率|占比|比例|比重)$")
_JOINERS_RE = re.compile(r"、|和|及|与")


def _split_by_subjects(
    bq: BlockQuantities,
    percents: list[Quantity],
    where: dict[tuple[int, int], int],
    rel: Relation,
) -> bool:
    """Is ``rel`` a rate finding on one share of a 分别 run that one rate name spreads over
    as many listed subjects (「提出的抗诉、再审检察建议法院改判占比分别为68.8%、89.2%」:
    改判 of the 抗诉, 改判 of the 再审检察建议)? Each share is over its own subject, a figure
    the text does not give, so no figure stated before (a whole of all the subjects, a count
    of another noun) is its base: the reading is dropped."""
    i = where.get(rel.span)
    if rel.code != "N104" or i is None:
        return False
    run = _run_of(bq, percents, i)
    if not run:
        return False
    text = bq.text
    window = text[max(0, run[0].start - 60) : run[0].start]
    clause = re.split("[，,；;：:。]", window)[-1]
    head = clause[: clause.rfind("分别")] if "分别" in clause else ""
    items = _JOINERS_RE.split(head)
    if len(items) != len(run) or any(not item.strip() for item in items):
        return False
    # (rates named in turn, each its own: 「受理率、办结率分别为」 — checked as they are)
    return not any(_RATE_ITEM_RE.search(item.strip()) for item in items[:-1])


def _fits(
    bq: BlockQuantities,
    groups: Sequence[Group],
    percents: list[Quantity],
    where: dict[tuple[int, int], int],
    rel: Relation,
) -> bool:
    i = where.get(rel.span)
    if rel.code != "N104" or i is None:
        return False
    q = percents[i]
    run = _run_of(bq, percents, i)
    if not run:
        return False
    index = run.index(q)
    for g in groups:
        if len(g.parts) != len(run) or g.parts[-1].end > run[0].start:
            continue
        if rate_check(g.parts[index], g.total, q)[0]:
            return True
    return False
