"""No link between figures that count different things as an error (session 11).

Every rule that relates figures (a total and its parts, a rate and its numerator and
denominator, an average and its total and count, a figure above a base, a flow's stages)
assumes the figures count one thing. When two of the figures a finding relates say what they
count, each by a sure source of :func:`.common.counted_noun` (the noun after its measure word:
「12个街道（镇）」; the noun an average is per: 「平均每个网格服务约380户」), and those nouns
clearly differ (:func:`.common.different_things`: no character in common, no class word of
numbers.toml ``nouns.kinds`` with one of its kinds), the link is not the sentence's:

* two members of one list (「覆盖全区12个街道（镇）、147个村（社区）」), or an average per
  another thing than the count it is divided by: the sentence gives no reason to relate them,
  the finding is dropped;
* otherwise the finding is at most a warning (a reading, not a sure contradiction).

The clause's own words (:func:`.common.counted_thing`) are not a sure source: they hold the
verb as often as the noun (「在23家机构中，已有19家建立…」). Linear: one look-up per figure
a finding involves.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from ...model import Severity
from ..quantities import BlockQuantities, Quantity
from .common import Relation, Verdict, counted_noun, different_things

# the codes of findings that relate figures counting one thing
GATED = ("N101", "N102", "N103", "N104", "N107", "N205", "N206")
_SURE = ("measure", "per")
# what stands between two members of one list: the first one's noun (a bracket of its kinds
# removed) and a list mark, then at most a word of the area (「12个街道（镇）、147个村」)
_BRACKET_RE = re.compile(r"[（(][^（）()]{0,12}[）)]")
_CO_LISTED_RE = re.compile(r"[\u4e00-\u9fff]{0,6}[、和及与][\u4e00-\u9fff]{0,3}")


def gate_links(
    relations: Iterable[Relation], extracted: Sequence[BlockQuantities]
) -> list[Relation]:
    """The relations, each contradiction between figures counting different things dropped
    or made a warning (see the module's text)."""
    relations = list(relations)
    if not any(r.code in GATED and r.verdict is Verdict.CONTRADICTION for r in relations):
        return relations
    figures = {(bq.block, q.num_start): (q, bq) for bq in extracted for q in bq.quantities}
    out: list[Relation] = []
    for r in relations:
        if r.verdict is not Verdict.CONTRADICTION or r.code not in GATED:
            out.append(r)
            continue
        found = [figures.get((s.block, s.start)) for s in r.involved]
        if not found or any(f is None for f in found):
            out.append(r)  # a span mapped back to a cut paragraph's piece: not read
            continue
        judged = _judge(r, [f for f in found if f is not None])
        if judged is not None:
            out.append(judged)
    return out


def _judge(r: Relation, found: list[tuple[Quantity, BlockQuantities]]) -> Relation | None:
    qs = [q for q, _ in found]
    text = {id(q): bq.text for q, bq in found}
    nouns = {id(q): counted_noun(q, text[id(q)]) for q in qs}
    if r.code == "N205":
        # an average divides a total by a count of other things (村 per 律师): only the
        # noun it is per is compared, with the count's
        average = next((q for q in qs if (q.num_start, q.end) == r.span), None)
        if average is None or nouns[id(average)][1] != "per":
            return r
        per = nouns[id(average)][0]
        others = [nouns[id(q)] for q in qs if q is not average]
        if any(
            src == "measure" and different_things(per, noun) for noun, src in others
        ) and not any(src == "measure" and not different_things(per, noun) for noun, src in others):
            return None  # an average per another thing than the count it is divided by
        return r
    sure = [(q, nouns[id(q)][0]) for q in qs if q.kind == "count" and nouns[id(q)][1] in _SURE]
    # the first figure a finding involves is what the others are linked to (a total, a
    # figure above a base, a later stage), unless it is a rate (then its part and whole)
    anchor = qs[0] if qs else None
    if anchor is not None and anchor.kind == "count":
        # the parts of a union (「20个社区、7个村」) count different kinds by design
        pairs = [
            ((anchor, n), (q, m))
            for q, m in sure
            for a, n in sure
            if a is anchor and q is not anchor
        ]
    else:
        pairs = list(itertools.combinations(sure, 2))  # a rate's part and whole
    for (a, x), (b, y) in pairs:
        if not different_things(x, y):
            continue
        first, second = (a, b) if a.num_start < b.num_start else (b, a)
        if first.block == second.block and _co_listed(text[id(first)], first, second):
            return None
        if r.severity is Severity.ERROR:
            return replace(r, severity=Severity.WARNING)
        return r
    return r


def _co_listed(text: str, first: Quantity, second: Quantity) -> bool:
    """Are two figures members of one list: nothing between them but the first one's noun
    and a list mark (「12个街道（镇）、147个村（社区）」)?"""
    between = _BRACKET_RE.sub("", text[first.end : second.start])
    return _CO_LISTED_RE.fullmatch(between) is not None
