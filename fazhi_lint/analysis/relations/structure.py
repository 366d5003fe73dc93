"""Share structures written as a ratio (N102): 「三次产业结构为1.4:36.3:62.3」「三次产业结构比由
2021年的12.6:59.7:27.7调整为11.6:64.9:23.5」.

A ratio of three or more terms, in a statement that names a composition (numbers.toml
``structure.words``: 结构, 构成, 比例, 比重 — closed morphemes, not nouns), whose terms add up to
about a hundred (numbers.toml ``structure.near``), lists the percentage shares of one whole in
order: the terms must add up to 100 within their rounding (each term may be rounded half up or
truncated at its printed places). A ratio whose terms add up to anything else (3:2:1, a
2.02:1 income ratio, a time 9:30:00) is a plain proportion and is not read. One pass over the
paragraph's text, only when it holds a colon.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ...model import Severity, Span
from ..cn_numbers import fmt
from ..quantities import BlockQuantities, Lexicon
from .common import Relation, Verdict

_COLONS = ":：∶"
# three or more terms joined by colons (no digit or point on either side of the whole)
_RATIO_RE = re.compile(
    r"(?<![0-9.．])\d+(?:\.\d+)?(?:\s*[:：∶]\s*\d+(?:\.\d+)?){2,}(?![0-9.．%％])"
)
_TERM_RE = re.compile(r"\d+(?:\.\d+)?")
# where the statement that holds the ratio opens, and how far back its words are read
_STATEMENT_END_RE = re.compile(r"[。；;！？!?]")
STATEMENT_REACH = 40
HUNDRED = Decimal(100)


def _statement_words(text: str, at: int) -> str:
    start = max(0, at - STATEMENT_REACH)
    opened = start
    for m in _STATEMENT_END_RE.finditer(text, start, at):
        opened = m.end()
    return text[opened:at]


def structure_relations(bq: BlockQuantities, lex: Lexicon) -> list[Relation]:
    text = bq.text
    if not any(c in text for c in _COLONS):
        return []
    data = lex.data["structure"]
    words = tuple(data["words"])
    low_near, high_near = (Decimal(str(v)) for v in data["near"])
    out: list[Relation] = []
    for m in _RATIO_RE.finditer(text):
        if not any(w in _statement_words(text, m.start()) for w in words):
            continue
        terms = [t.group() for t in _TERM_RE.finditer(m.group())]
        values = [Decimal(t) for t in terms]
        total = sum(values, Decimal(0))
        if not low_near <= total <= high_near:
            continue  # a proportion (3:2:1), not shares of a hundred
        # each term rounded half up or truncated at its printed places (bounds_pct)
        units = [Decimal(1).scaleb(-(len(t) - t.index(".") - 1) if "." in t else 0) for t in terms]
        low = total - sum(units, Decimal(0)) / 2
        high = total + sum(units, Decimal(0))
        if low <= HUNDRED < high:
            continue
        listed = "＋".join(terms)
        out.append(
            Relation(
                "partition",
                Verdict.CONTRADICTION,
                bq.block,
                (m.start(), m.end()),
                (Span(bq.block, m.start(), m.end()),),
                code="N102",
                severity=Severity.ERROR,
                message=(
                    f"构成比例{m.group()}的各项合计{fmt(total)}（{listed}），"
                    "按百分比列出的构成之和应为100"
                ),
                suggestion="核对构成比例的各项",
            )
        )
    return out
