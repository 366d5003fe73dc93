"""A list not said to be complete, told in the same form as a split beside it that adds up
exactly (issue 9, session 28).

A report that breaks two figures down in one form gives both breakdowns whole, or neither:

* the parallel split — two sibling wholes each split by the same names in the same order
  (「人大代表建议3件，其中主办1件，会办2件；政协委员提案14件，其中主办2件，会办11件」): the
  first split adds up exactly, so the second (2 + 11 = 13 of 14) is short of its whole;
* the companion split — each part is told right after a part of another list, in its own
  unit, as the whole is told right after that list's whole (「发布政府信息1192条，点击量为
  835382次。其中主动公开目录信息973条，点击量为663370次；重点领域信息219条，点击量为169012
  次」): the items 973 + 219 add up to 1192, so the clicks of those items are all the clicks.

Either is a reading of the form, not a word saying the list is complete: a warning. A split
judged partial (:func:`.partition._judge`) is tested against the exact splits of its block,
a pass over the groups of the block (a handful), so the rule is linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from ..quantities import Quantity
from .common import own_clause

# the words of a part's name: its own clause (:func:`.common.own_clause`), without the list's lead-in
_LEAD_RE = re.compile(r"^(?:其中|包括|分别为|分别是)[：:，,\s]*")


def _name(q: Quantity) -> str:
    return _LEAD_RE.sub("", own_clause(q).rstrip(" 　"))


def _exact(total: Quantity, parts: Sequence[Quantity]) -> bool:
    """Do the printed parts add up to the printed whole, to the unit (no rounding slack, no
    approximate figure)?"""
    if total.approx or any(p.approx or p.low != p.high for p in parts):
        return False
    return sum((p.value for p in parts), Decimal(0)) == total.value


def _parallel(
    g_total: Quantity, g_parts: Sequence[Quantity], total: Quantity, parts: Sequence[Quantity]
) -> bool:
    """Two sibling wholes of one unit, split by the same names in the same order."""
    if total is g_total or total.unit != g_total.unit:
        return False
    names = [_name(p) for p in g_parts]
    return all(names) and names == [_name(p) for p in parts] and len(set(names)) == len(names)


def _companions(
    g_total: Quantity, g_parts: Sequence[Quantity], total: Quantity, parts: Sequence[Quantity]
) -> bool:
    """Each figure of the short list (and its whole) told right after the figure at its place
    in the exact one, in another unit, before the next figure of that list: 「973条，点击量为
    663370次；219条，点击量为169012次」."""
    if total.unit == g_total.unit:
        return False
    seq = [(total, g_total), *zip(parts, g_parts, strict=True)]
    for k, (a, b) in enumerate(seq):
        if not (a.end <= b.start and a.sentence == b.sentence and b.unit == g_total.unit):
            return False
        if k + 1 < len(seq) and b.start >= seq[k + 1][0].start:
            return False
    return True


_RECORD_MARKS = ("；", ";", "。")


def _records(text: str, figures: Sequence[Quantity]) -> set[int] | None:
    """The record of each figure — where the last ；/。 before it stands — or None when two
    figures share one."""
    marks = {max(text.rfind(c, 0, q.num_start) for c in _RECORD_MARKS) for q in figures}
    return marks if len(marks) == len(figures) else None


def _record_twins(
    text: str,
    g_total: Quantity,
    g_parts: Sequence[Quantity],
    total: Quantity,
    parts: Sequence[Quantity],
) -> bool:
    """Session 37: two wholes of one sentence in two measures, each split over records parted
    by ；/。 (one part of each measure to a record), the exact split's records among the short
    list's: 「检查企业29家次，发现隐患165条，…处罚次数4次…。其中：A行业…发现隐患134条，…实施
    行政处罚3次…；B行业…发现隐患13条，…未实施行政处罚；C行业…发现隐患5条，…实施行政处罚1次」 —
    the records where the exact measure adds up are all of it (a record of none of that measure
    names no figure of it), so the other measure's records must add up too (KX013). Unlike the
    companion form the records need not tell the two measures in one order, nor both in each."""
    if not text or total.sentence != g_total.sentence:
        return False
    if total.kind == g_total.kind and total.unit == g_total.unit:
        return False
    mine = _records(text, g_parts)
    theirs = _records(text, parts)
    if mine is None or theirs is None or not theirs <= mine:
        return False
    # (the records come after both wholes: a split told after what it splits)
    first = min(mine)
    return first >= max(g_total.end, total.end) - 1


def exact_sibling(
    total: Quantity,
    parts: Sequence[Quantity],
    splits: Sequence[tuple[Quantity, Sequence[Quantity]]],
    text: str = "",
) -> tuple[Quantity, Sequence[Quantity]] | None:
    """The split beside this short list (two parts or more) that adds up exactly and is told in
    its form, or None."""
    if len(parts) < 2:
        return None
    for other, others in splits:
        if other is total or not _exact(other, others):
            continue
        if len(others) != len(parts):
            if len(others) < len(parts) and _record_twins(text, total, parts, other, others):
                return other, others
            continue
        if (
            _parallel(total, parts, other, others)
            or _companions(total, parts, other, others)
            or _record_twins(text, total, parts, other, others)
        ):
            return other, others
    return None
