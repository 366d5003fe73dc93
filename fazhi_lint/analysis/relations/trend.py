"""A trend claimed over years against the figures of those years (N108).

「满意率呈逐年上升趋势，2017年度为91.09%，…2021年度为97.90%，2022年度为97.77%」: a word of
a steady direction (逐年上升, 年年提高, 连续两年下降, 四连升, 持续下降) next to a series of the
same measure by year says every step of the series goes that way. The series is read from the
sentence's structure, never from nouns:

* figures each right after their own year (「2017年度为91.09%」「从2021年的20.17%，到2022年的
  4.03%，再到2023年0.9%」);
* a year range followed by 分别为/依次为 and exactly as many figures as the range has years
  (「2013年至2017年分别为70.1分、70.5分、73.9分、75.8分和79.5分」).

The claim must touch the series (no other figure between them, in the same sentence), the
series needs three years or more of one unit, no year with two figures. The years are put in
order whatever order the text gives them. A step against the claim beyond the printed
precision of both figures is reported; a plateau (equal figures) is not — 持平 is no reversal.
「连续N年」 checks the last N−1 steps (N years of figures hold N−1 steps), 「N连升」 the last N,
逐年/年年/持续 every step. A sentence that itself tells of a turn (回落, 反弹, 波动, 但…) is not
judged. 持续 is vaguer than 逐年: its break is a warning.

Session 22: 连年 is a steady word; a list of years joined by 、/和 followed by 分别为 and as many
figures is a series (「2015年、2016年、2017年…分别为47.97%、46.54%、62.83%」); a claim with no
figure in its sentence reads the series that opens one of the next two sentences when the words
before it name the claim's measure (its last characters) — a warning, the tie being a name.

Session 31 (s31-yoy): a change over the span of a series with no base named (「各年度接听总量
分别为：2021年30.2万个，…，2024年68.5万个。四年来接听量阶梯式增长126%」「两年累计提高5.1个百分点」,
:data:`SPAN_CHANGE_RE`) is the series' last figure against its first, when the years it counts
(四年来, 两年累计) are the series' years or its steps, and the series stands in its sentence or
the one before (:func:`span_change_relations`). A warning: 「四年来」 may count from the year
before the series. The stated figure may be rounded or cut (126.8% printed 126%). A change the
change rule reads already (由…到 names the pair) is not told again. The class: real57 KT053/
KT054 and blind37 BA43 (consistent, read by the change rule). Counts (real19–42 | real43–48 | real49–54 | real55–57 | blind1–44 | own10–26): 0 | 0 | 0 | +1
found (KT054, a warning) | 0 | 0; no consistent case warned."""

from __future__ import annotations

import bisect
import itertools
import re
from decimal import Decimal

from ...model import Severity, Span
from ..cn_numbers import cn_to_int
from ..quantities import BlockQuantities, Quantity, YearMention
from .common import Relation, Verdict, bounds, common_substring, fmt, number_starts, span_of

_UP = "上升|提高|提升|增长|增加|攀升|递增|走高"
_DOWN = "下降|减少|降低|递减|回落|走低"
# the steady word, then at most a few words (呈断崖式, 保持) before the direction
TREND_RE = re.compile(
    rf"(?<![未不没])(逐年|年年|连年|连续(?P<years>[0-9]{{1,2}}|[两二三四五六七八九十]{{1,3}})年|持续)"
    rf"[^，,；;。：:0-9%]{{0,6}}?(?P<dir>{_UP}|{_DOWN})"
    rf"|(?P<runs>[两二三四五六七八九十])连(?P<rdir>升|涨|增|降|跌|减)"
)
_TREND_WORDS = ("逐年", "年年", "连", "持续")
# a sentence that tells of a turn itself
_TURN_RE = re.compile(r"回落|回升|反弹|波动|起伏|先升后降|先降后升|但|然而|除[^，,。]{1,12}外")
# what may stand between a year and its own figure: 「2017年度为」「2021年的」「2023年」
_OWN_YEAR_GAP_RE = re.compile(r"^(?:度)?(?:的|为|是|达到|达|仅为|只有)?$")
# a year range and the word that gives its figures in order
_RANGE_LEAD_RE = re.compile(r"^(?:度)?[\u4e00-\u9fff]{0,10}?(?:分别为|分别是|依次为|分别达到?)$")
_LIST_SEP_RE = re.compile(r"^[^0-9。；;]{0,3}?(?:、|和|及|以及|，|,)$")
# a list of years (「2015年、2016年、2017年」): only a joiner between two of them
_YEAR_JOINER_RE = re.compile(r"^(?:度)?(?:、|和|及|以及)$")
# after a list of years, the measure's name and the word that gives its figures in order
_LIST_LEAD_RE = re.compile(r"^(?:度)?[^0-9，,；;。：:]{0,24}?(?:分别为|分别是|依次为|分别达到?)$")
MIN_YEARS = 3  # a series of fewer years is a pair, read by the change rule
SERIES_REACH = 2  # sentences after a claim standing alone that may hold its series
NAME_TIE = 3  # characters of the claim's measure the later series must name


def trend_relations(bq: BlockQuantities) -> list[Relation]:
    """Every steady-direction claim of a block against its series of years."""
    text = bq.text
    # (every match holds one of these: TREND_RE opens with a look-behind, tried at every
    # character of a paragraph that holds none)
    if not any(w in text for w in _TREND_WORDS) or not TREND_RE.search(text):
        return []
    out: list[Relation] = []
    for m in TREND_RE.finditer(text):
        s = bq.sentence_of(m.start())
        s_start, s_end = bq.sentence_span(s)
        if _TURN_RE.search(text, s_start, s_end):
            continue
        series = _series(bq, s)
        ahead = False
        if series is None:
            # 「出庭应诉率连年增长。…。2015年、2016年、2017年…出庭应诉率分别为…」: a claim
            # alone in its sentence, its series in one of the next ones naming its measure
            series = _series_ahead(bq, s, m)
            ahead = series is not None
        elif _touches(bq, s, m, series) is False:
            continue
        if series is None:
            continue
        rel = _judge(bq, m, series, ahead)
        if rel is not None:
            out.append(rel)
    return out


def _by_sentence(
    bq: BlockQuantities,
) -> tuple[dict[int, list[Quantity]], dict[int, list[YearMention]]]:
    """The block's figures and years by sentence, in order, listed once per block (a claim's
    sentence is looked up, not found by reading every figure of the paragraph per claim)."""
    cached = bq.__dict__.get("_trend_sentences")
    if cached is None:
        figures: dict[int, list[Quantity]] = {}
        for q in bq.quantities:
            figures.setdefault(q.sentence, []).append(q)
        years: dict[int, list[YearMention]] = {}
        for y in bq.years:
            years.setdefault(bq.sentence_of(y.start), []).append(y)
        cached = bq.__dict__["_trend_sentences"] = (figures, years)
    return cached


def _series(bq: BlockQuantities, s: int) -> list[tuple[int, Quantity]] | None:
    """The figures of sentence ``s`` tied to years, in year order: one unit, three years or
    more, one figure a year; None when there is no such series."""
    text = bq.text
    figures, years_of = _by_sentence(bq)
    in_sentence = [q for q in figures.get(s, ()) if not q.change]
    years = years_of.get(s, [])
    pairs: list[tuple[int, Quantity]] = []
    for y in years:
        if y.kind == "year":
            q = next((q for q in in_sentence if q.start >= y.end), None)
            if q is not None and _OWN_YEAR_GAP_RE.match(text[y.end : q.start]):
                pairs.append((y.year, q))
        elif y.kind == "range" and y.end_year is not None and y.end_year > y.year:
            listed = _listed_after(bq, in_sentence, y.end)
            if listed and len(listed) == y.end_year - y.year + 1:
                pairs.extend((y.year + i, q) for i, q in enumerate(listed))
    pairs += _year_list(bq, years, in_sentence)
    by_year: dict[int, Quantity] = {}
    for year, q in pairs:
        if year in by_year and by_year[year].value != q.value:
            return None  # two figures for one year: two measures
        by_year[year] = q
    units = {_unit(bq, q) for q in by_year.values()}
    if len(by_year) < MIN_YEARS or len(units) != 1:
        return None
    return sorted(by_year.items())


def _year_list(
    bq: BlockQuantities, years: list[YearMention], qs: list[Quantity]
) -> list[tuple[int, Quantity]]:
    """「2015年、2016年、2017年…分别为47.97%、46.54%、62.83%」: years joined by 、/和, then
    分别为 and exactly as many figures, in the order printed."""
    out: list[tuple[int, Quantity]] = []
    run: list[YearMention] = []
    for y in [*years, None]:
        if (
            y is not None
            and y.kind == "year"
            and (not run or _YEAR_JOINER_RE.match(bq.text[run[-1].end : y.start]))
        ):
            run.append(y)
            continue
        if len(run) >= 2:
            listed = _listed_after(bq, qs, run[-1].end, _LIST_LEAD_RE)
            if len(listed) == len(run):
                out.extend((r.year, q) for r, q in zip(run, listed, strict=True))
        run = [y] if y is not None and y.kind == "year" else []
    return out


def _series_ahead(
    bq: BlockQuantities, s: int, m: re.Match[str]
) -> list[tuple[int, Quantity]] | None:
    """The series of a claim with no figure in its sentence: the first figures after it, in
    one of the next :data:`SERIES_REACH` sentences, when they form a series and the words
    before them name the claim's measure (its last :data:`NAME_TIE` characters)."""
    text = bq.text
    if s in _by_sentence(bq)[0]:
        return None
    subject = re.split(r"[，,；;：:]", text[bq.sentence_span(s)[0] : m.start()])[-1]
    if len(subject) < NAME_TIE:
        return None
    # (a figure starting after the claim has its number after it too: the search opens at
    # the first such number, found by bisection)
    qs = bq.quantities
    k = bisect.bisect_left(number_starts(bq), m.end())
    first = next((qs[i] for i in range(k, len(qs)) if qs[i].start >= m.end()), None)
    if first is None or not s < first.sentence <= s + SERIES_REACH:
        return None
    f_start, f_end = bq.sentence_span(first.sentence)
    if _TURN_RE.search(text, f_start, f_end):
        return None
    series = _series(bq, first.sentence)
    if series is None or min(q.start for _, q in series) != first.start:
        return None
    named = text[f_start : first.start]
    if subject[-NAME_TIE:] not in named or common_substring(subject, named) < NAME_TIE + 1:
        return None
    return series


def _listed_after(
    bq: BlockQuantities, qs: list[Quantity], at: int, lead: re.Pattern[str] = _RANGE_LEAD_RE
) -> list[Quantity]:
    """The figures listed after a year range and its 分别为, in the order printed."""
    first = next((q for q in qs if q.start >= at), None)
    if first is None or not lead.match(bq.text[at : first.start]):
        return []
    listed = [first]
    for q in qs:
        if q.start <= listed[-1].start:
            continue
        if not _LIST_SEP_RE.match(bq.text[listed[-1].end : q.start]):
            break
        listed.append(q)
    return listed


def _unit(bq: BlockQuantities, q: Quantity) -> str:
    # a unit the extraction leaves bare (70.1分) is the character printed after the number
    return q.unit or bq.text[q.end : q.end + 1]


def _touches(
    bq: BlockQuantities, s: int, m: re.Match[str], series: list[tuple[int, Quantity]]
) -> bool:
    """Does the claim stand next to its series, no other figure between them?"""
    members = {id(q) for _, q in series}
    first = min(q.start for _, q in series)
    last = max(q.end for _, q in series)
    if first <= m.start() < last:
        return False
    lo, hi = (m.end(), first) if m.end() <= first else (last, m.start())
    return not any(
        q.sentence == s and lo <= q.start < hi and id(q) not in members for q in bq.quantities
    )


def _bounds(q: Quantity) -> tuple[Decimal, Decimal]:
    """A figure's printed precision: a whole percentage or score (96%, 80分) was rounded
    too, a count (件) is exact (see :func:`.common.bounds`)."""
    if q.decimals or q.kind not in ("percent", "points", "bare") or q.low != q.high:
        return bounds(q)
    return q.value - Decimal("0.5"), q.value + Decimal("0.5")


def _steps(m: re.Match[str]) -> int | None:
    """How many of the last steps the claim covers (None: all)."""
    if m.group("runs"):
        return cn_to_int(m.group("runs"))
    if m.group("years"):
        n = m.group("years")
        years = int(n) if n.isdigit() else cn_to_int(n)
        return None if years is None else max(1, years - 1)
    return None


def _judge(
    bq: BlockQuantities, m: re.Match[str], series: list[tuple[int, Quantity]], ahead: bool
) -> Relation | None:
    word = m.group("dir") or m.group("rdir")
    up = bool(re.fullmatch(rf"{_UP}|升|涨|增", word))
    n = _steps(m)
    steps = list(itertools.pairwise(series))
    if n is not None:
        steps = steps[-n:]
    for (y0, q0), (y1, q1) in steps:
        low0, high0 = _bounds(q0)
        low1, high1 = _bounds(q1)
        against = high1 < low0 if up else low1 > high0
        if not against:
            continue
        claim = m.group(0)
        way = "低于" if up else "高于"
        # (a series in a later sentence is tied to the claim by its measure's name: a guess)
        severity = Severity.WARNING if m.group(1) == "持续" or ahead else Severity.ERROR
        return Relation(
            "change",
            Verdict.CONTRADICTION,
            bq.block,
            (m.start(), m.end()),
            (span_of(q0), span_of(q1), Span(bq.block, m.start(), m.end())),
            code="N108",
            severity=severity,
            message=(
                f"「{claim}」与所列各年数字不符：{y1}年{fmt(q1.value)}{q1.unit_text}"
                f"{way}{y0}年的{fmt(q0.value)}{q0.unit_text}"
            ),
            suggestion="核对各年数字，或改写趋势的表述",
        )
    return None


# a change over the span of a series, no base named: 「四年来接听量阶梯式增长126%」「两年累计提高
# 5.1个百分点」 (the years counted, or 累计, then a few words and the change word)
SPAN_CHANGE_RE = re.compile(
    r"(?:(?P<n>[0-9]{1,2}|[两二三四五六七八九十]{1,2})年(?:(?:来|间|以来)(?:累计)?|累计)|累计)"
    r"(?P<gap>[^，,；;。：:0-9%比较与由从]{0,10}?)"
    rf"(?P<dir>{_UP}|{_DOWN})了?(?=[0-9])"
)


def span_change_relations(bq: BlockQuantities) -> list[Relation]:
    """A change over the years of a series, no base named, against the series' first and last
    figures (a warning: 「四年来」 may count from the year before the series)."""
    text = bq.text
    if "年" not in text or ("累计" not in text and "年来" not in text and "年间" not in text):
        return []
    out: list[Relation] = []
    for m in SPAN_CHANGE_RE.finditer(text):
        k = bisect.bisect_left(number_starts(bq), m.end())
        if k >= len(bq.quantities):
            continue
        d = bq.quantities[k]
        if d.num_start != m.end() or d.unit not in ("%", "个百分点"):
            continue
        s = bq.sentence_of(m.start())
        series = _series(bq, s)
        if series is None and s > 0:
            series = _series(bq, s - 1)
        if series is None or max(q.end for _, q in series) > m.start():
            continue
        span_years = series[-1][0] - series[0][0]
        if m.group("n"):
            n = int(m.group("n")) if m.group("n").isdigit() else cn_to_int(m.group("n"))
            if n not in (span_years, span_years + 1):
                continue
        rel = _judge_span(bq, m, d, series)
        if rel is not None:
            out.append(rel)
    return out


def _judge_span(
    bq: BlockQuantities, m: re.Match[str], d: Quantity, series: list[tuple[int, Quantity]]
) -> Relation | None:
    (y0, q0), (y1, q1) = series[0], series[-1]
    lo0, hi0 = bounds(q0)
    lo1, hi1 = bounds(q1)
    sign = -1 if re.fullmatch(_DOWN, m.group("dir")) else 1
    g = Decimal(1).scaleb(-d.decimals)
    # the stated change, rounded or cut to its last digit
    said_lo, said_hi = sign * d.value - g, sign * d.value + g
    if said_lo > said_hi:
        said_lo, said_hi = said_hi, said_lo
    readings: list[tuple[Decimal, Decimal, str]] = []
    if d.unit == "个百分点" or q0.unit == "%":
        if q0.unit != "%":
            return None
        readings.append((lo1 - hi0, hi1 - lo0, f"{q1.number}－{q0.number}"))
    if d.unit == "%":
        if lo0 <= 0:
            return None
        readings.append(
            (
                (lo1 - hi0) / hi0 * 100,
                (hi1 - lo0) / lo0 * 100,
                f"（{q1.number}－{q0.number}）÷{q0.number}",
            )
        )
    if any(lo <= said_hi and said_lo <= hi for lo, hi, _ in readings):
        return None
    unit = d.unit_text
    shown = "；".join(
        f"{how}＝{fmt(((lo + hi) / 2).quantize(Decimal('0.1')))}{'%' if d.unit == '%' and '÷' in how else '个百分点'}"
        for lo, hi, how in readings
    )
    return Relation(
        "change",
        Verdict.CONTRADICTION,
        bq.block,
        (d.num_start, d.end),
        (span_of(q0), span_of(q1), span_of(d)),
        code="N108",
        severity=Severity.WARNING,
        message=(
            f"「{m.group(0)}{d.number}{unit}」与所列各年数字不符：{y1}年{q1.text}"
            f"对{y0}年{q0.text}，{shown}"
        ),
        suggestion="核对首末两年的数字与变化幅度",
    )
