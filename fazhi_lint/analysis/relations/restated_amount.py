"""A change restated as an amount in a later sentence, against the figure's own % change (N108).

「本月共受理消费者各类咨询信息2107件，同比下降14.7%，环比增长0.3%。其中…。与去年同期相比，咨询
业务总量增加了362件。」: a sentence that opens with the period compared with (与去年同期相比，/
同比/比上年) and holds one figure only, an amount of change, restates the change of a figure
stated sentences before that carries its own percentage change against the same period. The
figure and its percentage make last year's figure (figure ÷ (1 ± %)), so the amount is the
figure less that — in the direction of the percentage. Nothing but the place of the figures is
read: the one earlier figure of the amount's unit that carries a 同比 percentage right after it
(never 环比, 上月, 上季度) and whose words share two characters with what the amount's sentence
names (咨询 in 「咨询业务总量」 and 「咨询信息」); with two such figures the sentence is left.

Tolerance: the figure within its printed precision, the percentage within half its last digit
(or its truncation), the amount within its printed precision; a warning — the link between two
sentences is by the words and the place, never more.

Session 33 (s33-yoy), the class is the monthly 12315 consultation reports of two cities' market
regulators (real47 QH048, a size slip: 2109件 up 41.1% is 614 more, not 260; real61 KY057, a
REAL slip of the source: down 7.5% yet 增加了166件; real61 KY063, the direction changed) —
left by sessions 27b and 30 as "the amount two sentences after its percentage". Measured on
every case text of the read sets (blind1–44, own10–26, real19–63): it fires on those three
contradictions only, on no consistent case (their twins QH047 and KY062 quiet).
"""

from __future__ import annotations

import re
from decimal import Decimal

from ...grammar import LAST_YEAR
from ...model import Severity
from ..cn_numbers import fmt
from ..quantities import BlockQuantities, Lexicon, Quantity
from .change import stated_direction, subject_of
from .common import Relation, Verdict, bounds, common_substring, show, span_of

# a sentence that opens with last year's period compared with, and no subject before it
_OPENS_LAST_YEAR_RE = re.compile(
    rf"\s*(?:(?:与|同|和){LAST_YEAR}(?:同期)?(?:相比|比较)[，,]?"
    rf"|(?:同比|(?:较|比){LAST_YEAR}(?:同期)?))"
)
# the words between a figure and its percentage change against another period than last year
_OTHER_SPAN_RE = re.compile(r"环比|上月|上个月|上季度|上一季度|[0-9一二三四五六七八九十]月")
# the words between a figure and its own percentage change: one clause, no other figure
_OWN_CHANGE_GAP_RE = re.compile(r"[，,]?[^，,；;。：:（）()]{0,12}$")
_MIN_NAMED = 2
_HUNDRED = Decimal(100)


def _restated(
    bq: BlockQuantities, lex: Lexicon, n: Quantity, figures: list[Quantity]
) -> str | None:
    """What the amount's sentence names, when it opens with last year compared and holds ``n``
    only; None for any other sentence."""
    start, _ = bq.sentence_span(n.sentence)
    if len(figures) != 1 or figures[0] is not n or n.approx:
        return None
    opening = _OPENS_LAST_YEAR_RE.match(bq.text, start)
    if opening is None or not stated_direction(bq, lex, n):
        return None
    return subject_of(bq.text[opening.end() : n.num_start])


def _own_percentage(
    bq: BlockQuantities, lex: Lexicon, x: Quantity, nxt: Quantity | None
) -> int | None:
    """The direction of ``x``'s own 同比 percentage change ``nxt``, or None."""
    if (
        nxt is None
        or nxt.kind != "percent"
        or nxt.sentence != x.sentence
        or nxt.approx
        or x.approx
        or x.change
    ):
        return None
    gap = bq.text[x.end : nxt.num_start]
    if _OTHER_SPAN_RE.search(gap) or not _OWN_CHANGE_GAP_RE.fullmatch(gap):
        return None
    return stated_direction(bq, lex, nxt)


def restated_amount_relations(bq: BlockQuantities, lex: Lexicon) -> list[Relation]:
    if (
        "同比" not in bq.text
        and "同期" not in bq.text
        and "上年" not in bq.text
        and "去年" not in bq.text
    ):
        return []
    by_sentence: dict[int, list[Quantity]] = {}
    for q in bq.quantities:
        if not q.quoted and q.kind != "bare":
            by_sentence.setdefault(q.sentence, []).append(q)
    own: list[tuple[Quantity, Quantity, int]] = []  # figure, its % change, the direction
    qs = [q for q in bq.quantities if not q.quoted and q.kind != "bare"]
    for i, x in enumerate(qs):
        if x.kind in ("count", "money", "measure"):
            direction = _own_percentage(bq, lex, x, qs[i + 1] if i + 1 < len(qs) else None)
            if direction:
                own.append((x, qs[i + 1], direction))
    if not own:
        return []
    out: list[Relation] = []
    for sentence, figures in by_sentence.items():
        n = figures[0]
        if n.kind not in ("count", "money", "measure"):
            continue
        subject = _restated(bq, lex, n, figures)
        if subject is None:
            continue
        named = [
            (x, p, d)
            for x, p, d in own
            if x.sentence < sentence
            and x.unit == n.unit
            and x.kind == n.kind
            and (
                len(subject) < _MIN_NAMED
                or common_substring(subject, x.phrase + x.noun + x.verb) >= _MIN_NAMED
            )
        ]
        if len(named) != 1:
            continue
        rel = _judged(bq, lex, n, *named[0])
        if rel is not None:
            out.append(rel)
    return out


def _judged(
    bq: BlockQuantities, lex: Lexicon, n: Quantity, x: Quantity, p: Quantity, direction: int
) -> Relation | None:
    said = stated_direction(bq, lex, n) or 0
    x_lo, x_hi = bounds(x)
    half = Decimal(5) / (Decimal(10) ** (p.decimals + 1))
    # the percentage rounded (half its last digit either way) or truncated (a whole digit up)
    p_lo = p.value - half
    p_hi = p.value + 2 * half
    if direction < 0 and p_hi >= _HUNDRED:
        return None
    signs = [direction * v for v in (p_lo, p_hi)]
    # the amount x − x ÷ (1 + r) over the corners of the figure's and the rate's intervals
    amounts = [
        xv - xv / (1 + r / _HUNDRED) for xv in (x_lo, x_hi) for r in signs if 1 + r / _HUNDRED > 0
    ]
    if not amounts:
        return None
    lo, hi = min(amounts), max(amounts)
    n_lo, n_hi = bounds(n)
    stated_lo, stated_hi = (n_lo, n_hi) if said > 0 else (-n_hi, -n_lo)
    if said == direction and stated_hi >= lo and stated_lo <= hi:
        return None
    base = x.value / (1 + direction * p.value / _HUNDRED)
    expected = x.value - base
    sign = "＋" if direction > 0 else "－"
    word = "增加" if expected >= 0 else "减少"
    return Relation(
        "change",
        Verdict.CONTRADICTION,
        bq.block,
        (n.num_start, n.end),
        (span_of(x), span_of(p), span_of(n)),
        code="N108",
        severity=Severity.WARNING,
        message=(
            f"{n.text}与前文不符：{x.text}同比{'增长' if direction > 0 else '下降'}{p.number}%，"
            f"上年同期约为{x.text}÷（1{sign}{p.number}%）＝{show(base.quantize(Decimal('0.1')), x)}，"
            f"应{word}约{show(abs(expected).quantize(Decimal('0.1')), x)}"
            f"，文中写作{'增加' if said > 0 else '减少'}{n.text}（以前文的{x.text}为本期数）"
        ),
        suggestion="核对增减数量与同比幅度",
        data={"expected": fmt(expected), "stated": fmt(said * n.value)},
    )
