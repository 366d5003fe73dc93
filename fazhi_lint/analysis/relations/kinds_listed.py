"""A count of kinds with its total, against the kinds its 其中 gives a figure each (N203).

「共查处三类案件6407件。其中，按日连续处罚案件104件…；查封、扣押案件4090件；限产、停产案件633件；
移送行政拘留1078起」 announces three kinds, then gives four of them a figure each in the
total's unit: more kinds than announced, whatever 其中 leaves out. A piece of the 其中 list
(split by commas and semicolons outside brackets) is a kind when it holds a figure in the
total's unit (or its kin: 件/起/宗) outside brackets; 「查封、扣押案件4090件」 is one kind (one figure).

Not reported: fewer kinds than announced (其中 may name some of them: 「五类案件…其中」 with four
given is a subset); a figure of a change or a share (同比、较、增加、减少、占…) or of a stage of
the work (已、办结、结案), which is no kind of its own; another unit (罚款金额…万元, 涉及企业20家).
Linear: one scan of the paragraph, each list bounded by its sentence and ``_MAX_LIST`` characters.
"""

from __future__ import annotations

import re

from ...model import Severity, Span
from ..cn_numbers import NumeralError, cn_to_int
from ..quantities import BlockQuantities, Lexicon
from .common import Relation, Verdict
from .ranking import top_spans

_MAX_LIST = 400  # characters of a 其中 list read after the total
_KIND_NOUN = 10  # characters of the counted noun between the measure and the total

_KINDS_RE = re.compile(
    r"(?<![0-9０-９.．第前一二两三四五六七八九十百])"
    r"(?P<num>[2-9]|[两二三四五六七八九十]{1,2})(?P<meas>类|种)"
    rf"(?P<noun>[\u4e00-\u9fff]{{1,{_KIND_NOUN}}}?)(?:共计|合计|总计|总数为|共|为)?"
    r"(?=[0-9０-９])"
)
_AMONG_RE = re.compile(r"[，,。；;]\s*其中[，,：:]?")
_PIECE_SEPS = "，,；;"
# words before a figure that make it a change, a share or a stage of the work, not a kind
_NOT_KIND_RE = re.compile(r"同比|较|增加|减少|增长|下降|上升|占|已|办结|结案|其中")


def _pieces(text: str, start: int) -> list[tuple[int, int]]:
    """The pieces (start, end) of the sentence from ``start``, split outside brackets."""
    spans, _ = top_spans(text, start, _MAX_LIST, _PIECE_SEPS)
    return [(s, e) for s, e in spans if e > s]


def kinds_listed_relations(bq: BlockQuantities, lex: Lexicon) -> list[Relation]:
    """N203 for 「N类X M件，其中…」 whose 其中 gives more kinds a figure than N."""
    text = bq.text
    if "其中" not in text:
        return []
    out: list[Relation] = []
    by_start = {q.start: q for q in bq.quantities}
    for m in _KINDS_RE.finditer(text):
        total = by_start.get(m.end())
        if total is None or total.kind != "count" or total.depth:
            continue
        among = _AMONG_RE.match(text, total.end)
        if among is None:
            continue
        try:
            n = int(m.group("num")) if m.group("num").isdigit() else cn_to_int(m.group("num"))
        except NumeralError:
            continue
        pieces = _pieces(text, among.end())
        quantities = [
            q
            for q in bq.quantities
            if among.end() <= q.start < pieces[-1][1]
            and q.depth == 0
            and q.kind == "count"
            and (lex.same_units(q.unit, total.unit) or lex.kin_units(q.unit, total.unit))
        ]
        kinds: list[tuple[int, int]] = []
        for s, e in pieces:
            q = next((q for q in quantities if s <= q.start < e), None)
            if q is not None and not _NOT_KIND_RE.search(text, s, q.start):
                kinds.append((s, e))
        span = (m.start("num"), m.end("meas"))
        if len(kinds) <= n:
            continue
        names = "；".join(text[s:e].strip(" 　")[:11] for s, e in kinds)
        out.append(
            Relation(
                "announced",
                Verdict.CONTRADICTION,
                bq.block,
                span,
                (Span(bq.block, *span), *(Span(bq.block, s, e) for s, e in kinds)),
                code="N203",
                severity=Severity.WARNING,
                message=f"「{text[span[0] : m.end('noun')]}」说有{n}{m.group('meas')}，"
                f"其中分列数字的却有{len(kinds)}{m.group('meas')}：{names}",
                suggestion="核对类别数与其中所列类别是否一致",
                data={"announced": n, "listed": len(kinds)},
            )
        )
    return out
