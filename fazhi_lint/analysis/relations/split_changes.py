"""The changes of a complete split against the change of its whole (N108).

「全年共收到投诉举报7607件，同比增长6.52%。其中投诉件6409件，同比增长5.90%；…举报件1198件，
同比增长4.17%」 and 「共办理315019件，比去年同期增加123232件。其中区政务中心办理183717件（比去
年增加50209件），…」: when the parts of a whole add up to it (a group of the partition whose
printed parts sum to the printed whole within rounding: complete by its figures) and the whole
and every part each carry a change of their own, last year's parts add up to last year's whole.
Last year's figure is the figure less its difference, or the figure over one plus its
percentage, widened by the printed precision (a percentage by half its last digit below and by
truncation above). Nothing but the split and the place of each change is read: what is counted,
the verbs and the nouns are whatever the text says.

A figure's own change is the first change after it (:attr:`Quantity.change`: a percentage, or a
difference in the figure's unit) before any other figure it might count; a bracket right after
the figure that opens with a change restates it (「183717件（比去年增加50209件）」), one that opens
with a figure holds the figure's parts and is passed over. The group is left unread when a figure
has no change of its own (a 分别 list of changes after the parts), when a change compares with
another period (环比, 上月, 上季度), when a figure is approximate (余, 多, 约) and when the parts
miss the whole; a change already reported against its own figures is not reported again
(:mod:`.analyze`).

Measured (session 25, s25-yoy) on every read set (real19–38; blind1–44 and own10–25 apart) and
on the findings snapshot of seeds + corpus: real contradictions found 5 that no rule found
(QY045, QY046, QW048, QC047, QD046), invented 1 (FQ15) besides one already found (YOX009);
consistent cases it fires on 0, real or invented — among them the splits whose changes add up
(QC041, QC042, QC046, YOX001, YOV026); snapshot changes 0. An error: the reading is forced by
the figures alone. Left: own25 YOV027, whose nested 其中 list the partition reads as the inner
total's (the whole's split 咨询 + 投诉 + 举报 is never offered).

Session 29 (s29-yoy):

* kept — a whole whose change is at comparable prices (按可比价格, 按不变价格, 可比价, in its
  sentence or a bracket right after its change) is not judged: each part's change is of its
  volume at its own prices, so the parts' values over their changes make last year's whole
  only when all prices moved alike (KJ061, a GDP split off by 0.2 %: a false error at the
  base). None of the 25 read cases that say 可比价 or 不变价 (GDP splits) is a contradiction of
  this relation;
* kept — a part whose change is told in words, 「与去年同期基本持平」 (:data:`_FLAT_RE`), is read
  within :data:`FLAT_BOUND` per cent of last year's figure either way — wider than any reading
  of 基本持平 — and the finding is a warning (the amount is not printed): KI040 found (the
  split off by 9 %), its consistent twin KI039 quiet.

Session 30 (s30-precision):

* kept — an amount of money printed as a whole number of 万 or 亿 (29612万元, 增收1735万元) is
  元 rounded to the 万: last year's figures made from such amounts carry half a unit of each
  figure used (:func:`_printed_bounds`, interval arithmetic), counts stay exact. KO073 (real53:
  seven whole-万元 figures whose heads miss the whole's by 1万元) quiet; false errors real52–54 −1, nothing else changed (sets scored at s30-precision; seeds + corpus snapshot identical).
* tried and dropped — the same widening in :func:`.common.bounds` (every sum and difference):
  it swallowed real slips of small amounts (「每家2万元，共15家」 against 32万元, a budget of 86
  万元 against 860万元 spent, 2.6＋1.9＋1.3亿 of 5亿元: four unit tests) — ±0.5万 is a quarter
  of 2万元. Kept where the figures are large sums of one account, the split of a whole's change.

Session 33 (s33-yoy): a 其中 sentence whose parts, each with its own change, add up to an
earlier figure of the paragraph (often another than the one right before 其中) is that
figure's split
(:func:`_earlier_splits`): 「受理各类案件2317.6万件，同比增长6.9%…；结案2117.3万件，同比增长
2.18%。其中，诉前调解成功案件636.4万件，同比增长19.17%；受理各类审判执行案件1681.2万件，同比下降
0.91%…」 (real45 KE056) and 「…投诉举报94.03万件，同比增长11.17%。其中，投诉…举报…。成功化解消费纠纷
31.14万件…。其中，四川省投诉举报总量66.49万件，同比增长9.45%；重庆市…27.54万件，同比增长5.53%」
(real60 KX039, the whole's second split). The shortest leading run of two parts or more that
adds up to exactly one earlier figure with its own change; a whole is judged against each of its
splits, reported once. The partition reads these parts under the figure right before 其中, or
one part only, or with a later figure among them, so the split rule never saw them. Measured on
every case text of the read sets (blind1–44, own10–26, real19–63) against main: new findings on
KE056 and KX039 (contradictions, at error; their consistent twins KE057 and KX038 quiet) and on
real61 KY068/KY069 — KY068 is the consistent case the session-32 audit marked BAD (807件 down
74.91% while its parts 540件 and 267件 fell 50.59% and rose 7.23%: a slip of the source), already
a false error at main by its N101; the new N108 on it is right.

Session 34 (s34-yoy): a part's change told in a bulletin's plain form, a verb of change and a
percentage alone in the clause right after the part (「城镇居民国内出游37.6亿人次，增长94.9%」),
is its own change (:func:`_bare_own_change`), for counts and physical measures (a value's bare
growth may be at comparable prices). Found: real62 KZ084 (a warning: the parts stand in the
next paragraph) and real55 KQ076 (an error); every other case of real19–66 unchanged.

Session 37 (s37-yoy): a sum of money whose own change is a bare percentage (「一般公共预算收入
700.4亿元，增长4.9%。其中：市本级收入341.5亿元，下降0.7%；区级收入358.9亿元，增长4.4%」) is read
too, by the one thing that holds at current and at comparable prices alike: a whole's change is
its parts' changes weighted by their last-year figures, so it lies between the lowest and the
highest (:func:`_outside_range`, an error past every percentage's printing). Found: real75
LM096; every read case text with a bare change after 元 scanned (41 sets): no other finding.

Linear: each group's figures once, each figure's change found by a forward scan bounded by
:data:`_REACH` figures of its own bracket level.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from ...model import Severity
from ..quantities import BlockQuantities, Lexicon, Quantity
from .change import stated_direction
from .common import COUNTABLE, Relation, Verdict, bounds, show, span_of
from .partition import Group

# a change against another period than the year before
_OTHER_PERIOD_RE = re.compile(r"环比|上月|上个月|上季度|上一季度|上半年")
# a change at comparable (constant) prices: a change of volume, not of the printed value
_REAL_TERMS_RE = re.compile(r"可比价|不变价")
# how far after the whole's change a bracket may say so (「增长6.2%（可比价，下同）」)
_REAL_TERMS_AFTER = 12
# how many figures of its own bracket level after a figure its change may stand
_REACH = 3


def _own_change(
    bq: BlockQuantities, lex: Lexicon, index: dict[int, int], q: Quantity
) -> tuple[Quantity, int] | None:
    """The change stated for ``q`` and its direction: the first change after it, with no other
    figure of a countable kind between (the change would be that figure's)."""
    at = index.get(id(q))
    if at is None:  # a figure the partition made (a sum), not one of the text's
        return None
    seen = 0
    for i, c in enumerate(bq.quantities[at + 1 :]):
        if c.depth < q.depth or seen == _REACH:
            return None  # the bracket the figure stands in has closed
        if c.depth > q.depth and not (i == 0 and c.change):
            continue  # a bracket of the figure's parts and their own changes
        seen += 1
        if c.change or (seen == 1 and _bare_own_change(bq, q, c)):
            if c.approx or (c.kind != "percent" and c.unit != q.unit):
                return None
            if _OTHER_PERIOD_RE.search(bq.text, q.end, c.start):
                return None
            direction = stated_direction(bq, lex, c)
            return None if direction is None else (c, direction)
        if c.kind in COUNTABLE:
            return None
    return None


def own_difference(
    bq: BlockQuantities, lex: Lexicon, index: dict[int, int], q: Quantity
) -> tuple[Decimal, Decimal] | None:
    """The signed difference stated for ``q`` (:func:`_own_change`, in ``q``'s unit, not a
    percentage) within its printed precision, or None (``index``: each figure's place)."""
    found = _own_change(bq, lex, index, q)
    if found is None or found[0].kind == "percent":
        return None
    c, direction = found
    lo, hi = _printed_bounds(c)
    return (lo, hi) if direction > 0 else (-hi, -lo)


MAX_DISOWN = 12  # parts of a list whose selections are tried (2^12 sums at most)


def changes_disown(bq: BlockQuantities, lex: Lexicon, g: Group) -> bool:
    """Parts above their whole whose stated differences miss the whole's stated difference in
    every selection of them: 「粮食播种面积85.76千公顷,增加0.09千公顷…其中稻谷播种面积78.06千公顷,
    减少0.24千公顷…;油料播种面积44.86千公顷,增加0.19千公顷…;棉花…;蔬菜…」. A slip of one part's
    figure leaves the differences adding up (its difference is printed apart from it), and a
    tree's class parts make the whole's difference by themselves (林业用地 + 建设用地 of 土地,
    their members between them), so when no selection does, the list is not the whole's split
    (siblings after the one part of the 其中, a whole of another class), not a slip: the
    over-sum is not told. Differences only, each in its figure's unit: a percentage moves with
    its figure, so a slipped part breaks both sums through it. The whole and each part carry
    their own."""
    parts = g.parts
    if not 2 <= len(parts) <= MAX_DISOWN or g.total.approx or any(p.approx for p in parts):
        return False
    index = {id(q): i for i, q in enumerate(bq.quantities)}
    whole = own_difference(bq, lex, index, g.total)
    if whole is None:
        return False
    diffs: list[tuple[Decimal, Decimal]] = []
    for p in parts:
        d = own_difference(bq, lex, index, p)
        if d is None:
            return False
        diffs.append(d)
    if sum(b for _, b in diffs) >= whole[0] and sum(a for a, _ in diffs) <= whole[1]:
        return False  # the whole list's differences fit, within their printing
    # a selection (a tree's class parts) as printed: widened by every part's rounding, three
    # small differences would meet any whole's (-0.24 + 0.17 + 0.17 against 0.09)
    printed = [(lo + hi) / 2 for lo, hi in diffs]
    middle = (whole[0] + whole[1]) / 2
    sums = [Decimal(0)]
    for step in printed:
        sums += [a + step for a in sums]
    return middle not in sums[1:]


# a clause that is nothing but a verb of change before a percentage (「，增长94.9%」「；下降
# 26.2%」): the change of the figure right before it, the period left to the context
_BARE_CHANGE_RE = re.compile(
    r"[ 　]*[，,][ 　]*(?:增长|增長|下降|减少|減少|降低|上升|提高|回落)了?[ 　]*"
)


def _bare_own_change(bq: BlockQuantities, q: Quantity, c: Quantity) -> bool:
    """「城镇居民国内出游37.6亿人次，增长94.9%」「海水品产量8.77万吨，下降26.2%」: a count or a
    physical measure whose next clause is a verb of change and a percentage alone has that
    change as its own, though no 同比/比上年 names the period (a statistical bulletin's plain
    form). Not a sum of money: its bare growth may be at comparable prices (地区生产总值…，增长
    6.5%), a change of volume that the printed values over their changes do not make."""
    return (
        c.kind == "percent"
        and q.kind in ("count", "measure", "money")
        and _BARE_CHANGE_RE.fullmatch(bq.text, q.end, c.num_start) is not None
    )


def _bare_money(q: Quantity, c: Quantity) -> bool:
    """A sum of money whose own change is a bare percentage (「收入700.4亿元，增长4.9%」): it may
    be at comparable prices, so the split is judged by the range of its parts' changes only
    (:func:`_outside_range`)."""
    return q.kind == "money" and c.kind == "percent" and not c.change


def _signed_percent(c: Quantity, direction: int) -> tuple[Decimal, Decimal]:
    lo, hi = _percent_bounds(c)
    return (lo, hi) if direction > 0 else (-hi, -lo)


def _outside_range(
    bq: BlockQuantities,
    figures: Sequence[Quantity],
    told: Sequence[tuple[Quantity, int]],
) -> Relation | bool:
    """「全市一般公共预算收入700.4亿元，增长4.9%。其中：市本级收入341.5亿元，下降0.7%；区级收入
    358.9亿元，增长4.4%」: the parts add up to the whole, so the whole's change is an average of
    the parts' changes weighted by their (positive) last-year figures — at current or at
    comparable prices alike — and lies between the lowest and the highest of them. A whole's
    change beyond both, past the printed precision of every percentage, is an error."""
    (c0, d0), rest = told[0], told[1:]
    w_lo, w_hi = _signed_percent(c0, d0)
    bounds_ = [_signed_percent(c, d) for c, d in rest]
    low = min(a for a, _ in bounds_)
    high = max(b for _, b in bounds_)
    if w_hi >= low and w_lo <= high:
        return True
    word = {1: "增长", -1: "下降"}
    parts = "；".join(
        f"{q.text}{word[d]}{c.text}" for q, (c, d) in zip(figures[1:], rest, strict=True)
    )
    summed = "＋".join(q.text for q in figures[1:])
    side = "高于各分项中最高的增幅" if w_lo > high else "低于各分项中最低的增幅"
    return Relation(
        "change",
        Verdict.CONTRADICTION,
        bq.block,
        (c0.num_start, c0.end),
        tuple(span_of(q) for q in (*figures, *(c for c, _ in told))),
        code="N108",
        severity=Severity.ERROR,
        message=(
            f"总数{figures[0].text}{word[d0]}{c0.text}，{side}（{parts}）："
            f"{summed}＝{figures[0].text}，总数的增幅是各分项增幅的加权平均，应介于其间"
        ),
        suggestion="核对总数与各分项的增幅",
    )


# 「与去年同期基本持平」: a figure's own change told in words, no figure
_FLAT_RE = re.compile(
    r"(?:与|和|同)?(?:上年|去年|上一年)?(?:同期)?(?:相比)?(?:基本|大体|大致)?持平"
)
# what a part told 持平 may have moved by: a bound no reading of 基本持平 goes past
FLAT_BOUND = Decimal(5)
# the end of a figure's clause (its change is told before it)
_CLAUSE_END_RE = re.compile(r"[，,；;。]")


def _flat(bq: BlockQuantities, index: dict[int, int], q: Quantity) -> str:
    """The words 「与去年同期基本持平」 when they are the figure's own change: in its clause,
    after it, with no other figure between; else ''."""
    at = index.get(id(q))
    if at is None:
        return ""
    stop = len(bq.text)
    if at + 1 < len(bq.quantities):
        stop = bq.quantities[at + 1].start
    # the clause the figure stands in and the next one (「2052件，与去年同期基本持平」)
    first = _CLAUSE_END_RE.search(bq.text, q.end, stop)
    end = stop
    if first is not None:
        second = _CLAUSE_END_RE.search(bq.text, first.end(), stop)
        end = second.start() if second is not None else stop
        if bq.text[first.start()] in "；;。":
            end = first.start()
    m = _FLAT_RE.search(bq.text, q.end, end)
    return m.group(0) if m is not None else ""


def _percent_bounds(c: Quantity) -> tuple[Decimal, Decimal]:
    """A printed percentage as rounded (half its last digit either way) or truncated."""
    unit = Decimal(1).scaleb(-c.decimals)
    return c.value - unit / 2, c.value + unit


def _printed_bounds(q: Quantity) -> tuple[Decimal, Decimal]:
    """:func:`.common.bounds`, and an amount of money printed as a whole number of 万 or 亿
    (29612万元, 1735万元) within half a unit of its last digit: 元 rounded to the 万, so that
    last year's figures made of such amounts carry the rounding of each (interval arithmetic).
    A count (件, 人) stays exact."""
    if q.kind != "money" or q.magnitude == 1 or q.decimals or q.low != q.high:
        return bounds(q)
    half = Decimal(q.magnitude) / 2
    return q.value - half, q.value + half


def _prior(q: Quantity, c: Quantity, direction: int) -> tuple[Decimal, Decimal] | None:
    """Last year's figure: ``q`` less its difference, or ``q`` over one plus its percentage."""
    lo, hi = _printed_bounds(q)
    if c.kind == "percent":
        r_lo, r_hi = _percent_bounds(c)
        if direction < 0:
            r_lo, r_hi = -r_hi, -r_lo
        f_lo, f_hi = 1 + r_lo / 100, 1 + r_hi / 100
        if f_lo <= 0:
            return None  # a fall of 100% or more leaves no figure this year
        return lo / f_hi, hi / f_lo
    d_lo, d_hi = _printed_bounds(c)
    if direction < 0:
        return lo + d_lo, hi + d_hi
    return lo - d_hi, hi - d_lo


def _flat_prior(q: Quantity) -> tuple[Decimal, Decimal]:
    """Last year's figure of a part told 持平: within :data:`FLAT_BOUND` per cent of it."""
    lo, hi = bounds(q)
    return lo / (1 + FLAT_BOUND / 100), hi / (1 - FLAT_BOUND / 100)


def _flat_range(q: Quantity) -> str:
    lo, hi = _flat_prior(q)
    return f"{show(_two(lo, q), q)}（{q.text}÷（1＋{FLAT_BOUND}%））与{show(_two(hi, q), q)}（{q.text}÷（1－{FLAT_BOUND}%））"


def _adds_up(total: Quantity, parts: Sequence[Quantity]) -> bool:
    pairs = [bounds(p) for p in parts]
    lo, hi = bounds(total)
    return sum(a for a, _ in pairs) <= hi and sum(b for _, b in pairs) >= lo


def _stated_prior(q: Quantity, c: Quantity, direction: int) -> Decimal:
    """Last year's figure at the printed values (for the message; the check uses bounds)."""
    if c.kind == "percent":
        return q.value / (1 + direction * c.value / 100)
    return q.value - direction * c.value


def _shown(q: Quantity, c: Quantity, direction: int) -> str:
    """Last year's figure with its arithmetic (「6409件÷（1＋5.90%）≈6051.79件」)."""
    prior = _stated_prior(q, c, direction)
    if c.kind == "percent":
        sign = "＋" if direction > 0 else "－"
        return f"{q.text}÷（1{sign}{c.text}）≈{show(_two(prior, q), q)}"
    sign = "－" if direction > 0 else "＋"
    return f"{q.text}{sign}{c.text}＝{show(prior, q)}"


def _two(value: Decimal, like: Quantity) -> Decimal:
    """``value`` to two places in the magnitude ``like`` is printed in (万, 亿)."""
    return (value / like.magnitude).quantize(Decimal("0.01")) * like.magnitude


def split_change_relations(
    bq: BlockQuantities, lex: Lexicon, groups: Sequence[Group]
) -> list[Relation]:
    """N108 where the parts' changes of a complete split do not make the whole's change."""
    out: list[Relation] = []
    if not any(q.change or q.kind == "percent" for q in bq.quantities):
        return out  # no figure of the block is a change (nor a percentage, a bare one's)
    index: dict[int, int] = {}
    judged: set[int] = set()
    seen: set[tuple[int, ...]] = set()
    for g in groups:
        total, parts = g.total, g.parts
        if len(parts) < 2 or id(total) in judged or g.overlap:
            continue
        if total.approx or any(p.approx for p in parts) or not _adds_up(total, parts):
            continue
        if not index:
            index = {id(q): i for i, q in enumerate(bq.quantities)}
        seen.add(tuple(id(p) for p in parts))
        verdict = _judged(bq, lex, index, total, parts)
        if verdict is None:
            continue
        judged.add(id(total))
        if isinstance(verdict, Relation):
            out.append(verdict)
    if "其中" in bq.text:
        if not index:
            index = {id(q): i for i, q in enumerate(bq.quantities)}
        # (a whole may have two splits, 投诉 + 举报 and 四川 + 重庆: each is judged, the whole
        # reported once)
        reported = {r.span for r in out}
        for total, parts in _earlier_splits(bq, lex, index):
            if tuple(id(p) for p in parts) in seen:
                continue
            seen.add(tuple(id(p) for p in parts))
            verdict = _judged(bq, lex, index, total, parts)
            if isinstance(verdict, Relation) and verdict.span not in reported:
                reported.add(verdict.span)
                out.append(verdict)
    return out


# 其中 opening a list of parts (after a full stop, semicolon or comma, or at the start)
_AMONG_RE = re.compile(r"(?:^|(?<=[。；;，,：:]))\s*其中[，,：:]?")


def _earlier_splits(
    bq: BlockQuantities, lex: Lexicon, index: dict[int, int]
) -> list[tuple[Quantity, list[Quantity]]]:
    """「受理各类案件2317.6万件，同比增长6.9%；结案2117.3万件，同比增长2.18%。其中，诉前调解成功
    案件636.4万件，同比增长19.17%；受理各类审判执行案件1681.2万件，同比下降0.91%…」: the figures
    of a 其中 sentence, each with its own change, whose leading run adds up to an earlier figure
    of the paragraph with its own change (not the one right before 其中): that figure's split.
    The shortest run of two parts or more that adds up to exactly one such figure."""
    found: list[tuple[Quantity, list[Quantity]]] = []
    for m in _AMONG_RE.finditer(bq.text):
        at = m.end()
        before = [q for q in bq.quantities if q.end <= m.start()]
        after = [q for q in bq.quantities if q.num_start >= at]
        if not before or not after:
            continue
        sentence = after[0].sentence
        run: list[Quantity] = []
        for q in after:
            if q.sentence != sentence:
                break
            if q.kind not in COUNTABLE or q.depth:
                continue
            if q.change or q.approx or _own_change(bq, lex, index, q) is None:
                break
            run.append(q)
        if len(run) < 2 or any(q.unit != run[0].unit or q.kind != run[0].kind for q in run):
            continue
        wholes = [
            w
            for w in before
            if w.kind == run[0].kind
            and w.unit == run[0].unit
            and not w.change
            and not w.approx
            and not w.depth
            and _own_change(bq, lex, index, w) is not None
        ]
        for k in range(2, len(run) + 1):
            fits = [w for w in wholes if _adds_up(w, run[:k])]
            if fits:
                if len(fits) == 1:
                    found.append((fits[0], run[:k]))
                break
    return found


def _judged(
    bq: BlockQuantities,
    lex: Lexicon,
    index: dict[int, int],
    total: Quantity,
    parts: Sequence[Quantity],
) -> Relation | bool | None:
    """The split judged: a contradiction, True when it fits, None when it cannot be read."""
    figures = (total, *parts)
    told = [_own_change(bq, lex, index, q) for q in figures]
    # parts whose change is told 持平 in words (not the whole: its change is the measure)
    flat = {
        i: w
        for i, t in enumerate(told)
        if t is None and i > 0 and (w := _flat(bq, index, figures[i]))
    }
    if told[0] is None or sum(t is None for t in told) > len(flat) or len(flat) == len(parts):
        return None
    c0, d0 = told[0]
    real_terms = _REAL_TERMS_RE.search(
        bq.text, bq.sentence_span(total.sentence)[0], c0.end + _REAL_TERMS_AFTER
    )
    if any(t is not None and _bare_money(q, t[0]) for q, t in zip(figures, told, strict=True)):
        # (a whole at comparable prices stays unread, as below: its three industries' pulls
        # are the reading of :mod:`.pulls`)
        if real_terms or flat or any(t is None or t[0].kind != "percent" for t in told):
            return None
        return _outside_range(bq, figures, [t for t in told if t is not None])
    if real_terms:
        # 「地区生产总值202.5亿元，按可比价格计算，同比增长0.6%」: each part's change is of
        # its volume at its own prices; the parts' values over their changes add up to last
        # year's whole only when every part's prices moved alike, which the text does not say
        return None
    priors = [
        _flat_prior(q) if t is None else _prior(q, *t) for q, t in zip(figures, told, strict=True)
    ]
    known = [p for p in priors if p is not None]
    if len(known) < len(priors):
        return None
    whole, rest = known[0], known[1:]
    s_lo, s_hi = sum(p[0] for p in rest), sum(p[1] for p in rest)
    # last year's figures are whole units as this year's are: half a unit either way
    slack = Decimal(total.magnitude) / 2 if total.decimals == 0 else Decimal(0)
    if s_lo <= whole[1] + slack and s_hi >= whole[0] - slack:
        return True
    shown = "；".join(
        f"{q.text}{flat[i]}（上年数在{_flat_range(q)}之间）" if t is None else _shown(q, *t)
        for i, (q, t) in enumerate(zip(figures, told, strict=True))
        if i > 0
    )
    last = sum(
        (
            q.value if t is None else _stated_prior(q, *t)
            for q, t in zip(parts, told[1:], strict=True)
        ),
        Decimal(0),
    )
    summed = show(_two(last, total), total)
    changes = [t for t in told if t is not None]
    return Relation(
        "change",
        Verdict.CONTRADICTION,
        bq.block,
        (c0.num_start, c0.end),
        tuple(span_of(q) for q in (*figures, *(c for c, _ in changes))),
        code="N108",
        # (a part told 持平 in words moved by an amount the text does not give)
        severity=Severity.WARNING if flat else Severity.ERROR,
        message=(
            f"各分项的增减与总数的增减不符：分项上年数合计约{summed}（{shown}），"
            f"而总数上年数约为{_shown(total, c0, d0)}"
        ),
        suggestion="核对总数与各分项的增减数或增幅：各分项上年数之和应等于总数上年数",
    )
