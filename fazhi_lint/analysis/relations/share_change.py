"""A share's 个百分点 change against the stated changes of its part and its whole (N108).

「年末常住人口332.21万人，比上年增加0.49万人。其中，城镇常住人口119.99万人，增加4.65万人。城镇化
率为36.12%，比上年提高1.35个百分点。」: the share is this year's part over this year's whole
(119.99 ÷ 332.21 = 36.12%), so last year's share is last year's part over last year's whole,
each this year's figure less its stated change ((119.99 − 4.65) ÷ (332.21 − 0.49) = 34.77%), and
the stated 个百分点 change is this year's share less last year's (36.12 − 34.77 = 1.35).

The structure read: a % figure followed (nothing but words between) by a 个百分点 change with a
direction; before it in the paragraph, figures of one unit each followed by their own change
amount (比上年增加/减少…, the next figure, a change of the same unit). A pair (part, whole) is
a reading when the share is the part over the whole within the printing of every figure — the
whole a stated figure, or the sum of two parts stated one after the other (城镇 + 乡村 人口 for
the 城镇化率) —; the change is reported only when some reading fits the share and none fits
the change, each bound by the printing of all five figures (half a last digit, a full one for
the change: it may be truncated). Last year's figures may have been revised after they were
published, and the pairing is read from arithmetic: a warning.

Session 35 (s35-yoy), the class: YOV008/YOV009 (own17, 城镇化率 with 城镇 and 总人口), QC040
(real40, 普惠性幼儿园在园幼儿 over 在园幼儿), LF092 (real52, 城镇化率 with 城镇 + 乡村).
"""

from __future__ import annotations

import itertools
import re
from decimal import Decimal

from ...model import Severity
from ..cn_numbers import fmt
from ..quantities import BlockQuantities, Lexicon, Quantity
from .change import stated_direction
from .common import Relation, Verdict, bounds, show, span_of

_HUNDRED = Decimal(100)
# what may stand between a share and its change: words only, short (「，比上年提高」)
_MAX_GAP = 12
# the stated figures with their changes read at most (a long paragraph: the latest)
_MAX_PAIRS = 8

# a comparison with another period than the year before (年初, 上月, 环比, 上季度): the share's
# and the figures' changes must be told against one period; these are left alone
_OTHER_PERIOD_RE = re.compile("年初|月|季度|环比|期末")

# a stated figure, its stated change amount and the change's direction
Changed = tuple[Quantity, Quantity, int]


def _minus(direction: int) -> str:
    """The sign that takes a change off this period's figure."""
    return "－" if direction > 0 else "＋"


def _changed_figures(bq: BlockQuantities, lex: Lexicon, before: int) -> list[Changed]:
    """(figure, its change amount, direction): a count or measure of this period right
    followed by a change of the same unit with a word of change."""
    out = []
    qs = [q for q in bq.quantities if q.num_start < before and q.depth == 0 and not q.quoted]
    for f, d in itertools.pairwise(qs):
        if f.change or f.kind not in ("count", "measure") or f.approx or d.approx:
            continue
        if not d.change or d.unit != f.unit or d.kind != f.kind or f.value <= 0:
            continue
        between = bq.text[f.end : d.start]
        if any(ch in between for ch in "。；;") or _OTHER_PERIOD_RE.search(between):
            continue
        direction = stated_direction(bq, lex, d)
        if direction:
            out.append((f, d, direction))
    return out[-_MAX_PAIRS:]


def _interval(
    part: Changed,
    others: list[Changed],
    summed: bool,
) -> tuple[tuple[Decimal, Decimal], tuple[Decimal, Decimal]] | None:
    """This year's and last year's share (in %) as intervals over every figure's printing:
    the part over the whole (``others`` its one figure), or over the sum of the part and the
    one other part (``summed``)."""
    now: list[Decimal] = []
    before: list[Decimal] = []
    figures = [part, *others]
    ranges = [(bounds(f), bounds(d)) for f, d, _ in figures]
    for corner in itertools.product((0, 1), repeat=2 * len(figures)):
        values = [
            (ranges[i][0][corner[2 * i]], ranges[i][1][corner[2 * i + 1]] * figures[i][2])
            for i in range(len(figures))
        ]
        p, p0 = values[0][0], values[0][0] - values[0][1]
        w = sum((v for v, _ in values[1:]), Decimal(0))
        w0 = sum((v - d for v, d in values[1:]), Decimal(0))
        if summed:
            w, w0 = w + p, w0 + p0
        if w <= 0 or w0 <= 0 or p0 < 0:
            return None
        now.append(p / w * _HUNDRED)
        before.append(p0 / w0 * _HUNDRED)
    return (min(now), max(now)), (min(before), max(before))


def _unit_of(q: Quantity) -> Decimal:
    return Decimal(1).scaleb(-q.decimals)


def share_change_relations(bq: BlockQuantities, lex: Lexicon) -> list[Relation]:
    text = bq.text
    if "百分点" not in text:
        return []
    out: list[Relation] = []
    qs = bq.quantities
    for s, c in itertools.pairwise(qs):
        if c.kind != "points" or s.kind != "percent" or s.change or c.approx or s.approx:
            continue
        if s.depth or c.depth or s.sentence != c.sentence or c.start - s.end > _MAX_GAP:
            continue
        direction = stated_direction(bq, lex, c)
        if not direction or _OTHER_PERIOD_RE.search(text, s.end, c.start):
            continue
        pairs = _changed_figures(bq, lex, s.num_start)
        if len(pairs) < 2:
            continue
        rel = _judged(bq, s, c, direction, pairs)
        if rel is not None:
            out.append(rel)
    return out


def _judged(
    bq: BlockQuantities,
    s: Quantity,
    c: Quantity,
    direction: int,
    pairs: list[Changed],
) -> Relation | None:
    s_half = _unit_of(s) / 2
    c_unit = _unit_of(c)
    stated = direction * c.value
    readings: list[tuple[list[Changed], list[Changed], Decimal]] = []
    options: list[tuple[list[Changed], list[Changed]]] = []
    for i, p in enumerate(pairs):
        for j, w in enumerate(pairs):
            if i != j and p[0].unit == w[0].unit and p[0].value < w[0].value:
                options.append(([p], [w]))
        if i + 1 < len(pairs) and pairs[i + 1][0].unit == p[0].unit:
            options.append(([p], [p, pairs[i + 1]]))
    for part, whole in options:
        # (a whole of two: the sum of the part and the part stated after it)
        got = _interval(part[0], whole[-1:], summed=len(whole) == 2)
        if got is None:
            continue
        (now_lo, now_hi), (pr_lo, pr_hi) = got
        if now_hi < s.value - s_half or now_lo > s.value + s_half:
            continue  # the share is not this part over this whole
        lo = max(now_lo, s.value - s_half) - pr_hi
        hi = min(now_hi, s.value + s_half) - pr_lo
        if stated - c_unit <= hi and stated + c_unit >= lo:
            return None  # a reading fits
        readings.append((part, whole, (pr_lo + pr_hi) / 2))
    if not readings:
        return None
    part, whole, prior = readings[0]
    (pf, pd, pdir) = part[0]
    places = max(s.decimals, 2)
    q = Decimal(1).scaleb(-places)
    p0 = pf.value - pdir * pd.value
    if len(whole) == 2:
        (of, od, odir) = whole[1]
        w_now = f"（{pf.text}＋{of.text}）"
        w0 = p0 + of.value - odir * od.value
        said_w = f"（{pf.text}{_minus(pdir)}{pd.text}＋{of.text}{_minus(odir)}{od.text}）"
    else:
        (wf, wd, wdir) = whole[0]
        w_now = wf.text
        w0 = wf.value - wdir * wd.value
        said_w = f"（{wf.text}{_minus(wdir)}{wd.text}）"
    said_p = f"（{pf.text}{_minus(pdir)}{pd.text}）"
    diff = s.value - prior
    word = "提高" if direction > 0 else "下降"
    figures = [s, c, *(x for f, d, _ in [*part, *whole] for x in (f, d))]
    return Relation(
        "change",
        Verdict.CONTRADICTION,
        bq.block,
        (s.num_start, c.end),
        tuple(dict.fromkeys(span_of(x) for x in figures)),
        code="N108",
        severity=Severity.WARNING,
        message=(
            f"{word}{c.text}与所列数字不符：{s.number}%＝{pf.text}÷{w_now}，上期占比{said_p}÷"
            f"{said_w}＝{show(p0, pf)}÷{show(w0, pf)}＝{fmt(prior.quantize(q))}%，"
            f"{s.number}%－{fmt(prior.quantize(q))}%＝{fmt(diff.quantize(q))}个百分点"
            "（以所列本期数与增减数推算上期占比）"
        ),
        suggestion="核对占比的变化幅度与所列本期数、增减数",
        data={"prior": str(prior), "stated": str(stated)},
    )
