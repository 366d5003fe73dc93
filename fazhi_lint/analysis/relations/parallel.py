"""A 其中 statement that repeats the statement before it, figure by figure (issue 9, session 21).

「…发出诉前检察建议24.7万件，提起诉讼2.5万件。其中，…重点领域立案19.8万件，发出诉前检察建议
13.6万件，提起诉讼2.8万件。」: a statement that opens with 其中 and tells its figures with the
very words the statement before told its own (the clause before each figure, the same unit)
breaks each of them down — each figure is a part of the one told with the same words, and
cannot exceed it. The parallel must be plain: at least two figures of the 其中 statement take
their words from the statement before (one shared phrase alone may be a coincidence), each
phrase told once there. One pass over a block's figures, a phrase table per statement.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

from ...model import Severity
from ..quantities import BlockQuantities, Quantity
from .common import Relation, Verdict, bounds, span_of

_CLAUSE_MARKS = "，,；;：:、"
_STATEMENT_END_RE = re.compile("[。！？!?]")
_OPENS_PART_RE = re.compile(r"\s*其中[，,：:]?")
_LEADS = ("其中", "共计", "共", "合计", "累计")
MIN_PHRASE = 2  # characters of a clause that can name a deed (提起诉讼, 立案)
MIN_PAIRS = 2  # phrases shared before the parallel is plain


def _phrase(text: str, q: Quantity, floor: int) -> str:
    start = max(max(text.rfind(c, floor, q.num_start) for c in _CLAUSE_MARKS) + 1, floor)
    words = text[start : q.num_start].strip(" 　")
    for lead in _LEADS:
        words = words.removeprefix(lead)
    return words


def _statements(bq: BlockQuantities) -> list[tuple[int, list[Quantity]]]:
    """The block's statements as (start, count figures), in order."""
    text = bq.text
    out: list[tuple[int, list[Quantity]]] = []
    start = 0
    figures: list[Quantity] = []
    for m in _STATEMENT_END_RE.finditer(text + "。"):
        out.append((start, figures))
        start, figures = m.end(), []
    k = 0
    for q in bq.quantities:
        while k + 1 < len(out) and _next_start(out, k) <= q.num_start:
            k += 1
        if q.kind == "count" and not q.quoted and not q.change and q.depth == 0:
            out[k][1].append(q)
    return out


def _next_start(out: list[tuple[int, list[Quantity]]], k: int) -> int:
    return out[k + 1][0]


def parallel_relations(bq: BlockQuantities) -> list[Relation]:
    text = bq.text
    if "其中" not in text:  # (most paragraphs: no statement opens with it)
        return []
    out: list[Relation] = []
    statements = _statements(bq)
    for (p_start, before), (start, after) in itertools.pairwise(statements):
        if not before or not after or not _OPENS_PART_RE.match(text, start):
            continue
        told: dict[tuple[str, str], Quantity | None] = {}
        for w in before:
            key = (_phrase(text, w, p_start), w.unit)
            told[key] = None if key in told else w  # a phrase told twice pairs with nothing
        keys = [(_phrase(text, q, start), q.unit) for q in after]
        times = Counter(keys)
        pairs: list[tuple[Quantity, Quantity]] = []
        for q, key in zip(after, keys, strict=True):
            whole = told.get(key)
            # (each phrase once on both sides: 「结案600件，…1-12月…结案6201件」 pairs nothing)
            if len(key[0]) >= MIN_PHRASE and whole is not None and times[key] == 1:
                pairs.append((q, whole))
        if len(pairs) < MIN_PAIRS:
            continue
        for q, w in pairs:
            if bounds(q)[0] <= bounds(w)[1]:
                continue
            phrase = _phrase(text, q, start)
            out.append(
                Relation(
                    "partition",
                    Verdict.CONTRADICTION,
                    q.block,
                    (q.num_start, q.end),
                    (span_of(q), span_of(w)),
                    code="N101",
                    severity=Severity.ERROR,
                    message=f"“其中”所述{phrase}{q.text}多于前句{phrase}的{w.text}"
                    f"（{q.text}＞{w.text}：以“其中”开头的一句逐项重复前句的说法，"
                    "是前句各数的一部分）",
                    suggestion="核对“其中”一句与前句对应的数字",
                )
            )
    return out
