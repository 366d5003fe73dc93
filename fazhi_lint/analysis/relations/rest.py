"""Parts of a whole told before them, the rest marked by 其余/剩余/余下 (issue 9, session 7).

「全年接收各类举报线索318条。」 … 「经核查，立案查处的96条，转交属地处理的231条，其余线索经
核实不属实。」: the figures of a sentence that ends its list with the rest (其余, 剩余, 余下)
are parts of one whole; they cannot add up to more than it (327 > 318), and with the rest
counted too (「其余12条」) they add up to it. The parts are read by the sentence's structure:

* every figure of the list is a 的-clause (「立案查处的96条」), and the whole is the nearest
  figure before the sentence of the same measure word (in its paragraph, or in one of the few
  paragraphs before it under the same heading), one that counts things by a noun of its own;
* or the sentence states the whole first and the parts after it, marked by 其中 or by
  的-clauses (「受理投诉1,250件，其中立案调查的320件，…，其余…」).

A whole and its parts in one sentence is an error; a whole found before the sentence is a
reading (the nearest whole of that unit): a warning. The rest naming a thing (其余线索)
that shares no character with the whole's noun is another set: nothing is said.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from ...model import Document, Severity
from ..quantities import BlockQuantities, Lexicon, Quantity
from .common import Relation, Verdict, bounds, per_or_change, show, span_of

# paragraphs before a list under the same heading where its whole is looked for
LOOK_BACK = 4
_REST_RE = re.compile(
    r"(?:其余|剩余|余下|其他剩余)(?P<noun>[\u4e00-\u9fff]{0,6}?)(?=[0-9０-９一二两三四五六七八九十百]|均|全部|都|经|已|依法|为|系|属|，|,|。|；|;|$)"
)
_SENTENCE_END_RE = re.compile(r"[。！？!?]")
_CN_NUMERAL_START = re.compile(r"[0-9０-９一二两三四五六七八九十百]")


def _countable(lex: Lexicon, q: Quantity) -> bool:
    return q.kind == "count" and not q.quoted and q.depth == 0 and not per_or_change(lex, q)


def _of_clause(q: Quantity) -> bool:
    """A figure named by a 的-clause (「立案查处的96条」「转交属地处理的」)."""
    return _OF_CLAUSE_RE.search(q.pre.rstrip(" 　")) is not None


# 「立案查处的」「经核查属实的有」「不属实的为」
_OF_CLAUSE_RE = re.compile(r"的(?:有|为|共|达|计|共有)?$")


def _a_whole(q: Quantity) -> bool:
    """A figure that may be a whole: it counts things by a noun of its own."""
    return bool(q.noun) and not q.inherited and not _of_clause(q) and not q.pre.startswith("其中")


def rest_relations(
    document: Document,
    extracted: Sequence[BlockQuantities],
    lex: Lexicon,
    found: Sequence[Relation],
) -> list[Relation]:
    """Lists of parts ending with the rest, against their whole (``found``: what the other
    rules report already, left out)."""
    from .pickup import heading_figures

    told = {
        (s.block, s.start, s.end)
        for r in found
        if r.verdict is Verdict.CONTRADICTION and r.code in ("N101", "N102")
        for s in (*r.involved,)
    }
    out: list[Relation] = []
    recent: list[BlockQuantities] = []
    for bq in heading_figures(document, extracted):
        if bq is None:
            recent = []
            continue
        if any(w in bq.text for w in ("其余", "剩余", "余下")):
            out.extend(_lists(lex, bq, recent, told))
        recent = [*recent, bq][-LOOK_BACK:]
    return out


def _lists(
    lex: Lexicon,
    bq: BlockQuantities,
    recent: Sequence[BlockQuantities],
    told: set[tuple[int, int, int]],
) -> list[Relation]:
    out: list[Relation] = []
    text = bq.text
    qs = [q for q in bq.quantities if _countable(lex, q)]
    for m in _REST_RE.finditer(text):
        start = text.rfind("。", 0, m.start()) + 1
        end_m = _SENTENCE_END_RE.search(text, m.end())
        end = end_m.start() if end_m else len(text)
        before = [q for q in qs if start <= q.num_start < m.start()]
        if not before:
            continue
        unit = before[-1].unit
        figures = [q for q in before if q.unit == unit]
        rest = next(
            (
                q
                for q in qs
                if m.start() <= q.num_start < end and q.unit == unit and q.num_start - m.end() <= 2
            ),
            None,
        )
        whole: Quantity | None = None
        across = False
        if (
            len(figures) >= 2
            and not _of_clause(figures[0])
            and _a_whole(figures[0])
            and all(_of_clause(q) or q.pre.startswith("其中") for q in figures[1:])
        ):
            whole, parts = figures[0], figures[1:]
        elif all(_of_clause(q) for q in figures):
            parts = figures
            whole = _whole_before(lex, bq, start, unit, recent)
            across = True
        else:
            continue
        if whole is None:
            continue
        noun = m.group("noun")
        said = whole.noun + whole.phrase + "".join(q.pre for q in parts)
        if noun and len(noun) >= 2 and not set(noun) & set(said):
            continue  # 其余矛盾纠纷 beside 受理治安案件: another set
        if all((s.block, s.num_start, s.end) in told for s in (whole, *parts)):
            continue
        rel = _judge(whole, parts, rest, across)
        if rel is not None:
            out.append(rel)
    return out


def _whole_before(
    lex: Lexicon, bq: BlockQuantities, start: int, unit: str, recent: Sequence[BlockQuantities]
) -> Quantity | None:
    """The nearest figure of ``unit`` before ``start`` (in the paragraph, then in the
    paragraphs before it), when it may be a whole."""
    mine = [
        q for q in bq.quantities if q.num_start < start and q.unit == unit and _countable(lex, q)
    ]
    if mine:
        return mine[-1] if _a_whole(mine[-1]) else None
    for earlier in reversed(recent):
        theirs = [q for q in earlier.quantities if q.unit == unit and _countable(lex, q)]
        if theirs:
            return theirs[-1] if _a_whole(theirs[-1]) else None
    return None


def _judge(
    whole: Quantity, parts: Sequence[Quantity], rest: Quantity | None, across: bool
) -> Relation | None:
    low = sum((bounds(q)[0] for q in parts), Decimal(0))
    high = sum((bounds(q)[1] for q in parts), Decimal(0))
    w_low, w_high = bounds(whole)
    named = "＋".join(q.text for q in parts)
    severity = Severity.WARNING if across else Severity.ERROR
    where = "（总数在前文）" if across else ""
    involved = tuple(span_of(q) for q in (whole, *parts, *((rest,) if rest else ())))
    if rest is not None:
        low += bounds(rest)[0]
        high += bounds(rest)[1]
        named += f"＋其余{rest.text}"
        if w_low <= high and low <= w_high:
            return None
        code = "N101" if low > w_high else "N102"
    else:
        if low <= w_high:
            return None
        code = "N101"
    total = show(sum((q.value for q in (*parts, *((rest,) if rest else ()))), Decimal(0)), whole)
    relation = "多于" if low > w_high else "不等于"
    return Relation(
        "partition",
        Verdict.CONTRADICTION,
        parts[-1].block,
        (parts[-1].num_start, parts[-1].end),
        involved,
        code=code,
        severity=severity,
        message=f"各部分{named}＝{total}，{relation}总数{whole.verb}{whole.noun}{whole.text}"
        f"{where}（其余部分应为总数减去各部分）",
        suggestion="核对总数与各部分的数字",
    )
