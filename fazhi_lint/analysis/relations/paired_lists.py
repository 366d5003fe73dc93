"""Two 、 lists in one statement, the later the decisions on the earlier item by item (issue 9,
session 22).

「共受理提请批捕9605人、移送起诉13825人，经审查决定批准逮捕8035人、提起公诉12070人」: a list of
figures joined by 、 whose first clause tells an intake or an acceptance, and right after it
(one comma between, no other figure) a list of as many figures whose first clause tells a later
stage, are paired in order — the writer keeps the order of the items — so each later figure
is decided on the earlier one at its place and cannot exceed it. The stage is read from the
characters of the verb (numbers.toml ``funnel``) or the verb's family (``verbs``); the nouns
need not match (提请批捕 → 批准逮捕), the place says which is which. Each pair is of one unit;
a word giving the later list another source (其中, 另, 结转, 累计…: ``funnel.other-scope``) or
a carry-over told in the statement leaves them alone. A warning: the pairing rests on the
order. One pass over a block's figures.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection

from ...model import Severity
from ..quantities import BlockQuantities, Lexicon, Quantity
from .common import Relation, Verdict, bounds, span_of
from .flow import speaks_of_carry_over
from .funnel import stage_of

# the rest of a listed item's clause: 、 and words, no other mark and no figure
_ITEM_GAP_RE = re.compile(r"、[^，,；;。！？!?：:、（）()0-9０-９]{0,16}")
# between the two lists: the first list's clause ends, the second opens (one comma)
_LISTS_GAP_RE = re.compile(
    r"[^，,；;。！？!?：:、（）()0-9０-９]{0,4}[，,][^，,；;。！？!?：:、（）()0-9０-９]{0,20}"
)
_INTAKE = ("received", "accepted")


def _lists(bq: BlockQuantities) -> list[list[Quantity]]:
    """The 、 lists of count figures of the block (two items or more), in order."""
    out: list[list[Quantity]] = []
    run: list[Quantity] = []
    text = bq.text
    for q in bq.quantities:
        if q.kind != "count" or q.quoted or q.depth or q.change:
            if len(run) > 1:
                out.append(run)
            run = []
            continue
        if run and _ITEM_GAP_RE.fullmatch(text, run[-1].end, q.num_start) is not None:
            run.append(q)
            continue
        if len(run) > 1:
            out.append(run)
        run = [q]
    if len(run) > 1:
        out.append(run)
    return out


def _rank(lex: Lexicon, q: Quantity) -> int | None:
    """The stage of a figure's clause: 0 intake, 1 accepted, 2 decided (funnel words, the
    family of its verb, or a grant: numbers.toml ``clauses.grant-words`` and
    ``grant-decisions``)."""
    stage = stage_of(lex, q.pre)
    if stage is not None:
        return stage[0]
    if q.family in _INTAKE:
        return _INTAKE.index(q.family)
    clauses = lex.data["clauses"]
    grants = (*clauses.get("grant-words", ()), *clauses.get("grant-decisions", ()))
    if q.family == "concluded" or any(w in q.pre for w in grants):
        return 2
    return None


def paired_list_relations(
    bq: BlockQuantities, lex: Lexicon, judged: Collection[object] = ()
) -> list[Relation]:
    """The later list's figures above the earlier list's figures at their places. ``judged``:
    spans of figures other rules already reported."""
    if "、" not in bq.text:
        return []
    text = bq.text
    other = tuple(lex.data["funnel"]["other-scope"])
    out: list[Relation] = []
    lists = _lists(bq)
    for first, later in itertools.pairwise(lists):
        if len(first) != len(later) or first[-1].sentence != later[0].sentence:
            continue
        if _LISTS_GAP_RE.fullmatch(text, first[-1].end, later[0].num_start) is None:
            continue
        if any(a.unit != b.unit for a, b in zip(first, later, strict=True)):
            continue
        intake, decided = _rank(lex, first[0]), _rank(lex, later[0])
        if intake is None or decided is None or intake > 1 or decided <= intake:
            continue
        if any(w in text[first[0].pre_start : later[-1].end] for w in other):
            continue
        if speaks_of_carry_over(lex, text[first[0].pre_start : later[-1].end]):
            continue
        for a, b in zip(first, later, strict=True):
            if (b.num_start, b.end) in judged or bounds(b)[0] <= bounds(a)[1]:
                continue
            out.append(_over(a, b))
    return out


def _over(a: Quantity, b: Quantity) -> Relation:
    said_b = b.pre.lstrip("、 　")[-12:]
    said_a = a.pre.lstrip("、 　")[-12:]
    return Relation(
        "flow",
        Verdict.CONTRADICTION,
        b.block,
        (b.num_start, b.end),
        (span_of(b), span_of(a)),
        code="N107",
        severity=Severity.WARNING,
        message=f"{said_b}{b.text}多于按顺序与之对应的{said_a}{a.text}（前后两组并列数字逐项"
        "对应，决定或办结的数量不应多于受理的数量，文中未说明上年结转或其他来源）",
        suggestion="核对前后两组数字的对应关系；如后者另有来源，请在文中说明",
    )
