"""A ratio of two stated figures (N104): 「城镇居民人均可支配收入38484元…农村居民人均可支配收入
18697元…城乡居民人均可支配收入比值为2.06」.

Session 31 (s31-rates). A ratio named by the pair of its terms' abbreviations (numbers.toml
``structure.ratio-pairs``: 城乡 → 城镇/城市 over 农村/乡村) and a measure (收入, 居民人均可支配
收入), 「…比（值）（为）R」 or 「R:1」, is the first term's figure over the second's when the
paragraph states, before the ratio, one figure of that measure for each term (the figure's own
words open with the term's word and hold the measure's last two characters, one unit, not a
figure of another period). Read over every read set: real50 KJ035 (31727 ÷ 13873 = 2.29),
own24 UNV07 (a 由…下降为 ratio, not read), own26 QZC039 (69410 ÷ 45071 = 1.54) and real57
KT044 (38484 ÷ 18697 = 2.06; its twin 2.16 found, an error). Several figures for a term, the
ratio is judged against each pair, a warning when none fits.

Session 31, a rate that is the difference of two rates of its paragraph (numbers.toml
``structure.rate-differences``: 自然增长率 = 出生率 − 死亡率, each printed in ‰ — a bare number
to the quantities, read here with the ‰ after it and a sign before it, 「-2.45‰」「为负」),
nearest first and never across an earlier difference: the three rounded half a unit each.
Seen in 7 read sets (real34 ×2, real47 ×2, real50 ×3, real52, real53 ×2, real56 ×2, real57:
all consistent ones fit, 8.3 − 7.7 against 0.5 within the rounding); found: real52 KN046
(9.68 − 8.26 = 1.42, not 1.24), real53 KO035 (6.12 − 7.35 = −1.23, not −1.32), real56 KS014
(6.39 − 9.04 = −2.65, not −2.45), each an error. Counts of both rules with the share rules of
:mod:`.rates` (session 31) are in that module's docstring.

Session 31 round 2 (s31b-units), a rate per thousand of the population named by the count it
is of (numbers.toml ``structure.population-rates``: 出生率 of 出生人口, 死亡率 of 死亡人口), told
right after that count, against the count over the paragraph's population (the largest figure
in 人 after a ``magnitude.population`` word, not a part of it: 城镇常住人口): twofold off
either way is a slip of 万 or of a digit (a warning, :func:`population_rate_relations`; the
rate is of the mean population, the stated one may be of the year's end or another register,
a few per cent apart). Over every read case that tells births or deaths with a ‰ rate (36,
25 of them with a population in the paragraph) it fires on real57 KT073 alone (5.33万 ÷ 7448万
= 0.72‰, printed 7.15‰). Counts (real19–42 |
real43–48 | real49–54 | real55–57 | blind1–44): found 0 | 0 | 0 | +1 | 0, false errors
and warnings on consistent unchanged.

Session 32 (s32-rates), a rate whose name names its own denominator and numerator: the whole's
noun followed by the stem its part's noun opens with (「常住人口城镇化率」 = 城镇人口 ÷ 常住人口,
「户籍人口城镇化率」 = 城镇人口 ÷ 户籍人口; the part's noun closes with the whole's head, 人口,
or repeats the whole, 城镇常住人口), against the two figures so named before it within two
sentences (:func:`named_pair_rate_relations`). No word list: the name is read against the
figures' own nouns. The rate rule read the whole name as the numerator's stem and found none;
the class is on four pages of four read sets (real34 QE036 户籍人口, real50 KJ022, real53
KO023 — two registers, each with its 城镇 part, the name picks one — real59 KW042 常住人口,
each a 其中 split with 乡村 beside the part), all found now at error; own24 PRX023 too. One
pair named and not fitting is an error, several a warning, any fitting silent; a part whose
noun negates the stem (不合格案卷 for 合格率, own18 RTX16) is no part. Counts (found | at error
| FE | warnings on consistent): real19–42 +1 | +1 | 0 | 0; real49–54 +2 | +2 | 0 | 0; real58–60
+1 | +1 | 0 | 0; own10–26 +1 | +1 | 0 | 0; the 16 consistent readings over every read case are
silent. A rate the rate rule reports already is not reported again.

Session 34 (s34-yoy), the changes of a difference (:func:`_moves_of_difference`, N108): when
the three rates of a ``rate-differences`` entry fit this year and each is followed by its own
change in points of its mark against one period (「出生率为8.3‰，比上年提高0.2个千分点；…死亡率
为7.7‰，比上年下降2.0个千分点；…自然增长率为0.5‰，比上年下降1.9个千分点」), the difference held
last year too, so its change is the minuend's less the subtrahend's, within half a unit of
each change and twice the rates' rounding. Found: real53 KO037 (0.2 − (−2.0) = +2.2, printed
−1.9) and real57 KT065 (−0.62 − 0.65 = −1.27, printed −1.37), both missed at base; the
consistent population paragraphs with all three changes (real53 KO034/KO036, real57 KT064,
real58–59) stay silent.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from ...model import Severity
from ..cn_numbers import fmt
from ..quantities import NEGATIONS, BlockQuantities, Lexicon, Quantity
from .change import is_comparison_base
from .common import Relation, Verdict, rate_check, span_of

# the name of a ratio right before its value: the pair, the measure, 比 or 比值/之比, 为/是
_RATIO_NAME_RE = re.compile(
    r"(?P<pair>[\u4e00-\u9fff]{2})(?P<measure>[\u4e00-\u9fff]{2,12}?)(?:之)?比(?:值|率)?"
    r"(?:为|是|达到|达)?$"
)
# what may follow a ratio's value: 「:1」 (the second term, one); another figure after a colon
# is a proportion of other terms
_AFTER_ONE_RE = re.compile(r"\s*[:：∶]\s*1(?![0-9.．])")
_AFTER_COLON_RE = re.compile(r"\s*[:：∶]")
_PRIOR_RE = re.compile(r"上年|去年|上一年|同期")
_NAME_TAIL_RE = re.compile(r"(?:为|是|达到|达)$")
# the figures a term may be read from: how many before the ratio
TERM_REACH = 24


@lru_cache(maxsize=2)
def _pairs(lex: Lexicon) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    data = lex.data.get("structure", {}).get("ratio-pairs", {})
    return {k: (tuple(v[0]), tuple(v[1])) for k, v in data.items()}


def _opens_with(words: str, starts: tuple[str, ...], measure: str) -> bool:
    """Do a figure's words name the term (a word of ``starts``) and the measure's head?"""
    return any(s in words for s in starts) and measure[-2:] in words


def stated_ratio_relations(bq: BlockQuantities, lex: Lexicon) -> list[Relation]:
    """Every ratio of a named pair against the two figures the paragraph states for it."""
    pairs = _pairs(lex)
    out: list[Relation] = []
    if not pairs or not any(pair in bq.text for pair in pairs):
        return out
    qs = bq.quantities
    for i, q in enumerate(qs):
        if q.kind != "bare" or q.value <= 0 or q.change:
            continue
        m = _RATIO_NAME_RE.search(q.pre.strip(" 　"))
        if m is None or m["pair"] not in pairs:
            continue
        after = bq.text[q.end : q.end + 4]
        if _AFTER_COLON_RE.match(after) and not _AFTER_ONE_RE.match(after):
            continue
        first, second = pairs[m["pair"]]
        measure = m["measure"]
        earlier = [
            p
            for p in qs[max(0, i - TERM_REACH) : i]
            if p.kind in ("money", "count", "measure")
            and not p.change
            and not is_comparison_base(p, bq)
            and not _PRIOR_RE.search(p.pre)
        ]
        tops = [p for p in earlier if _opens_with(p.pre, first, measure)]
        bottoms = [p for p in earlier if _opens_with(p.pre, second, measure)]
        readings = [
            (a, b)
            for a in tops
            for b in bottoms
            if a.unit == b.unit and a.kind == b.kind and b.value > 0
        ]
        if not readings:
            continue
        unit = Decimal(1).scaleb(-q.decimals)
        results = []
        for a, b in readings:
            value = a.value / b.value
            results.append((abs(value - q.value) <= unit, value.quantize(unit), a, b))
        if any(ok for ok, *_ in results):
            out.append(Relation("ratio", Verdict.CONSISTENT, q.block, (q.num_start, q.end)))
            continue
        one = len(results) == 1
        shown = "；".join(f"{a.number}÷{b.number}＝{v}" for _, v, a, b in results[:6])
        name = _NAME_TAIL_RE.sub("", m.group(0))
        spans = [span_of(q)]
        for _, _, a, b in results:
            for x in (a, b):
                if span_of(x) not in spans:
                    spans.append(span_of(x))
        out.append(
            Relation(
                "ratio",
                Verdict.CONTRADICTION,
                q.block,
                (q.num_start, q.end),
                tuple(spans),
                code="N104",
                severity=Severity.ERROR if one else Severity.WARNING,
                message=(
                    f"{name}{q.number}与其两项数字不符：{shown}"
                    if one
                    else f"{name}{q.number}与文中数字的各种可能算法均不符：{shown}"
                ),
                suggestion=f"核对{name}{q.number}，或核对其两项数字",
                data={"stated": str(q.value), "readings": len(results)},
            )
        )
    return out


# what a rate's value may be printed in (per mille or per cent) and its sign before it
_RATE_MARK_RE = re.compile(r"\s*([‰%％])")
_SIGN_RE = re.compile(r"(?:-|－|−|负)$")
_RATE_TAIL_RE = re.compile(r"(?:为|是|达到|达|仅)+$")
# a later clause between a rate and the figures it is the difference of, that opens the next
# year or area (「上年…」) is not checked: only figures of one paragraph, nearest first
DIFFERENCE_REACH = 12


@lru_cache(maxsize=2)
def _differences(lex: Lexicon) -> dict[str, tuple[str, str]]:
    data = lex.data.get("structure", {}).get("rate-differences", {})
    return {k: (v[0], v[1]) for k, v in data.items()}


def _signed_rate(bq: BlockQuantities, q: Quantity) -> tuple[str, str, Decimal] | None:
    """A figure printed as a rate (‰ or %): its name (the words before it, without 为 and a
    sign), its mark and its signed value; or None."""
    if q.kind not in ("bare", "percent") or q.change:
        return None
    mark = _RATE_MARK_RE.match(bq.text, q.num_end)
    if q.kind == "bare" and mark is None:
        return None
    sign_mark = mark.group(1) if mark is not None else "%"
    pre = q.pre.strip(" 　")
    value = q.value
    sign = _SIGN_RE.search(pre)
    if sign is not None:
        pre, value = pre[: sign.start()], -value
    name = _RATE_TAIL_RE.sub("", pre.rstrip(" 　"))
    return name, sign_mark.replace("％", "%"), value


def rate_difference_relations(bq: BlockQuantities, lex: Lexicon) -> list[Relation]:
    """A rate named the difference of two rates (numbers.toml ``structure.rate-differences``:
    自然增长率 = 出生率 − 死亡率) against the nearest two rates of those names before it in its
    paragraph, in one mark (‰ or %): each of the three rounded half a unit of its last place."""
    names = _differences(lex)
    out: list[Relation] = []
    if not names or not any(name in bq.text for name in names):
        return out
    qs = bq.quantities
    read: list[tuple[Quantity, str, str, Decimal]] = []
    for q in qs:
        r = _signed_rate(bq, q)
        if r is not None and r[0]:
            read.append((q, *r))
    for i, (q, name, mark, value) in enumerate(read):
        whole = next((n for n in names if name.endswith(n)), None)
        if whole is None or _PRIOR_RE.search(name):
            continue
        minuend_name, subtrahend_name = names[whole]
        minuend = subtrahend = None
        for p, pname, pmark, pvalue in reversed(read[max(0, i - DIFFERENCE_REACH) : i]):
            if pmark != mark or _PRIOR_RE.search(pname):
                continue
            if pname.endswith(whole):
                break  # (the rates before an earlier difference are that one's)
            if minuend is None and pname.endswith(minuend_name):
                minuend = (p, pvalue)
            elif subtrahend is None and pname.endswith(subtrahend_name):
                subtrahend = (p, pvalue)
        if minuend is None or subtrahend is None:
            continue
        (a, av), (b, bv) = minuend, subtrahend
        half = sum(Decimal(1).scaleb(-x.decimals) / 2 for x in (a, b, q))
        diff = av - bv
        if abs(diff - value) <= half:
            out.append(Relation("rate", Verdict.CONSISTENT, q.block, (q.num_start, q.end)))
            moved = _moves_of_difference(bq, whole, names[whole], mark, (q, a, b), Decimal(half))
            if moved is not None:
                out.append(moved)
            continue
        places = max(a.decimals, b.decimals, q.decimals)
        shown = f"{fmt(av)}{mark}－{fmt(bv)}{mark}＝{fmt(diff.quantize(Decimal(1).scaleb(-places)))}{mark}"
        out.append(
            Relation(
                "rate",
                Verdict.CONTRADICTION,
                q.block,
                (q.num_start, q.end),
                (span_of(q), span_of(a), span_of(b)),
                code="N104",
                severity=Severity.ERROR,
                message=(
                    f"{whole}{fmt(value)}{mark}与{minuend_name}、{subtrahend_name}不符："
                    f"{minuend_name}减{subtrahend_name}为{shown}"
                ),
                suggestion=f"核对{whole}，或核对{minuend_name}与{subtrahend_name}",
                data={"stated": str(value), "expected": str(diff)},
            )
        )
    return out


# a rate's own change right after it: 「，比上年提高0.2个千分点」「，較上年下降0.62個千分點」 — the
# period compared with (group ``period``) and the verb of change (group ``verb``)
_OWN_POINTS_RE = re.compile(
    r"[‰%％]?[ 　]*[，,][ 　]*(?P<period>(?:同比|比|较|較|与|與)[^，,；;。：:0-9０-９%％‰]{0,10}?)"
    r"(?P<verb>提高|上升|增加|增长|增長|下降|降低|减少|減少|回落)了?[ 　]*$"
)
_POINTS_OF_MARK = {"‰": ("个千分点", "千分点"), "%": ("个百分点", "百分点")}


def _own_points(
    bq: BlockQuantities, at: dict[int, int], q: Quantity, mark: str
) -> tuple[Decimal, Quantity, str] | None:
    """The signed change of the rate ``q`` told right after it in points of its mark, and the
    period it compares with; or None."""
    k = at.get(id(q))
    if k is None or k + 1 >= len(bq.quantities):
        return None
    c = bq.quantities[k + 1]
    if c.kind != "points" or c.unit not in _POINTS_OF_MARK[mark]:
        return None
    m = _OWN_POINTS_RE.match(bq.text[q.end : c.num_start])
    if m is None:
        return None
    sign = -1 if m["verb"] in ("下降", "降低", "减少", "減少", "回落") else 1
    return sign * c.value, c, m["period"]


def _moves_of_difference(
    bq: BlockQuantities,
    whole: str,
    terms: tuple[str, str],
    mark: str,
    rates: tuple[Quantity, Quantity, Quantity],
    half: Decimal,
) -> Relation | None:
    """「出生率为8.3‰，比上年提高0.2个千分点；死亡率为7.7‰，比上年下降2.0个千分点；…自然增长率为
    0.5‰，比上年下降1.9个千分点」: when the difference holds for the three rates this year, it held
    last year too, so the change of the difference is the minuend's change less the
    subtrahend's — each change told right after its rate in points of the rates' mark, the
    three against the same period. Within half a unit of each printed change and of each
    rate twice (this year's and last year's rounding of the difference): an error beyond it,
    the arithmetic shown. None when a change is missing or the periods differ."""
    at = {id(x): k for k, x in enumerate(bq.quantities)}
    tq, ta, tb = (_own_points(bq, at, x, mark) for x in rates)
    if tq is None or ta is None or tb is None:
        return None
    (dq, cq, pq), (da, ca, pa), (db, cb, pb) = tq, ta, tb
    if not pq == pa == pb:
        return None
    expected = da - db
    slack = 2 * half + sum(Decimal(1).scaleb(-c.decimals) / 2 for c in (cq, ca, cb))
    if abs(expected - dq) <= slack:
        return None
    unit = cq.unit
    minuend, subtrahend = terms

    def signed(v: Decimal, printed: Quantity | None = None) -> str:
        shown = printed.number if printed is not None else fmt(abs(v))
        return f"{'＋' if v >= 0 else '－'}{shown}"

    places = max(c.decimals for c in (ca, cb))
    expected_shown = signed(expected.quantize(Decimal(1).scaleb(-places)))
    q, _, _ = rates
    return Relation(
        "change",
        Verdict.CONTRADICTION,
        q.block,
        (cq.num_start, cq.end),
        tuple(span_of(x) for x in (cq, ca, cb, *rates)),
        code="N108",
        severity=Severity.ERROR,
        message=(
            f"{whole}的变化{signed(dq, cq)}{unit}与{minuend}、{subtrahend}的变化不符："
            f"{whole}＝{minuend}－{subtrahend}，其变化应为{minuend}变化{signed(da, ca)}{unit}"
            f"减{subtrahend}变化{signed(db, cb)}{unit}＝{expected_shown}{unit}"
        ),
        suggestion=f"核对{whole}、{minuend}与{subtrahend}较上期的变化",
        data={"stated": str(dq), "expected": str(expected)},
    )


# the words right before a population that make it a part of the area's (城镇常住人口, 乡村人口)
_PART_POPULATION_RE = re.compile(
    r"(?:城镇|城市|乡村|农村|户籍|流动|外来|出生|死亡|增长|迁入|迁出)$"
)
# a rate per thousand this far off the count over the population (either way) is a slip of
# 万 or of a digit: the rate is of the year's mean population, the figure stated may be the
# year's end or another register's, which moves it by a few per cent, never twofold
POPULATION_RATE_FACTOR = 2
THOUSAND = Decimal(1000)


@lru_cache(maxsize=2)
def _population_rates(lex: Lexicon) -> tuple[dict[str, str], tuple[str, ...]]:
    data = lex.data.get("structure", {}).get("population-rates", {})
    return dict(data), tuple(lex.data.get("magnitude", {}).get("population", ()))


def _population(qs: list[Quantity], words: tuple[str, ...], before: int) -> Quantity | None:
    """The area's population stated before ``before`` (the largest count in 人 after one of
    ``words``, not a part of it: 城镇常住人口, 出生人口), or None."""
    best: Quantity | None = None
    for q in qs:
        if q.num_start >= before:
            break
        if q.kind != "count" or q.unit != "人" or q.change or q.depth or _PRIOR_RE.search(q.pre):
            continue
        pre = _RATE_TAIL_RE.sub("", q.pre.rstrip(" 　"))
        word = next((w for w in words if pre.endswith(w)), None)
        if word is None or _PART_POPULATION_RE.search(pre[: len(pre) - len(word)]):
            continue
        if best is None or q.value > best.value:
            best = q
    return best


def population_rate_relations(bq: BlockQuantities, lex: Lexicon) -> list[Relation]:
    """A rate per thousand named by the count it is of (numbers.toml
    ``structure.population-rates``: 出生率 of 出生人口) against that count, told right before
    it, over the population the paragraph states before both (「常住总人口7448万人…出生人口5.33
    万人，人口出生率为7.15‰」: 5.33万 ÷ 7448万 = 0.72‰): POPULATION_RATE_FACTOR off either way is
    a slip of 万 or of a digit in one of the three (a warning: the population may be of
    another register than the rate's)."""
    names, words = _population_rates(lex)
    out: list[Relation] = []
    if not names or "‰" not in bq.text or not any(n in bq.text for n in names):
        return out
    qs = bq.quantities
    for i, q in enumerate(qs):
        r = _signed_rate(bq, q)
        if r is None or r[1] != "‰" or r[2] <= 0 or _PRIOR_RE.search(r[0]):
            continue
        rate_name = next((n for n in names if r[0].endswith(n)), None)
        if rate_name is None or i == 0:
            continue
        count = qs[i - 1]  # the count the rate is of, told right before it
        if (
            count.kind != "count"
            or count.unit != "人"
            or count.change
            or count.sentence != q.sentence
            or not _RATE_TAIL_RE.sub("", count.pre.rstrip(" 　")).endswith(names[rate_name])
        ):
            continue
        people = _population(qs, words, count.num_start)
        if people is None or people.value <= count.value:
            continue
        implied = count.value / people.value * THOUSAND
        if implied / POPULATION_RATE_FACTOR <= r[2] <= implied * POPULATION_RATE_FACTOR:
            continue
        out.append(
            Relation(
                "rate",
                Verdict.CONTRADICTION,
                q.block,
                (q.num_start, q.end),
                (span_of(q), span_of(count), span_of(people)),
                code="N104",
                severity=Severity.WARNING,
                message=(
                    f"{rate_name}{fmt(r[2])}‰与人数不符：{names[rate_name]}{count.text}÷"
                    f"{people.text}＝{fmt(implied.quantize(Decimal('0.01')))}‰，"
                    f"相差{fmt((r[2] / implied).quantize(Decimal('0.1')))}倍，疑似“万”或小数点有误"
                ),
                suggestion=f"核对{names[rate_name]}、人口总数与{rate_name}",
                data={"stated": str(r[2]), "expected": str(implied)},
            )
        )
    return out


# a rate's name right before its value: the run of characters that ends with 率 (化率 kept
# in the name, stripped from its stem below), after the words that tie a value to its name
_PAIR_RATE_NAME_RE = re.compile(r"(?P<name>[\u4e00-\u9fff]{4,16}?率)(?:为|是|达到|达|约为|约)*$")
_PAIR_RATE_STEM_RE = re.compile(r"化?率$")
NAME_PART = 2  # characters at least of the stem and of the head the two figures share
PAIR_SENTENCES = 2  # sentences before the rate's own its two figures are read in


def _pair_words(p: Quantity) -> str:
    """A figure's own name (「其中，城镇人口为1568.2万人」: 城镇人口)."""
    return _RATE_TAIL_RE.sub("", p.pre.rstrip(" 　"))


def _named_pairs(
    name: str, qs: list[Quantity], q: Quantity
) -> list[tuple[Quantity, Quantity, str, str]]:
    """The (part, whole) pairs a rate named by its whole and its part's stem names (「常住人口
    城镇化率」 after 「常住人口2528.6万人，其中城镇人口1568.2万人」): the name is the whole's noun
    (常住人口) followed by the stem (城镇) the part's noun opens with, the part's noun closing with
    the whole's head (城镇人口, 城镇常住人口). The whole is the nearest figure so named before the
    part, both in one unit and neither a change or another period's level."""
    core = _PAIR_RATE_STEM_RE.sub("", name)
    figures = [
        p
        for p in qs
        if p.num_start < q.num_start
        and p.kind == "count"
        and not p.change
        and not p.quoted
        and q.sentence - PAIR_SENTENCES <= p.sentence <= q.sentence
        and not _PRIOR_RE.search(p.pre)
    ]
    pairs: list[tuple[Quantity, Quantity, str, str]] = []
    for k in range(NAME_PART + 1, len(core) - NAME_PART + 1):
        whole_name, stem = core[:k], core[k:]
        for i, part in enumerate(figures):
            words = _pair_words(part)
            heads = [
                whole_name[j:]
                for j in range(len(whole_name) - NAME_PART + 1)
                if words.endswith(stem + whole_name[j:])
                # (不合格案卷 is no 合格案卷)
                and not words[: len(words) - len(stem) - len(whole_name) + j].endswith(NEGATIONS)
            ]
            if not heads:
                continue
            # the whole's own name holds more of the rate's than the head the part shares
            # with it (常住人口, not 人口), all of it when the part repeats it (城镇常住人口)
            head = heads[-1]
            least = len(whole_name) if head == whole_name else max(len(head) + 1, NAME_PART + 1)
            whole, said = next(
                (
                    (w, whole_name[j:])
                    for w in reversed(figures[:i])
                    for j in range(len(whole_name) - least + 1)
                    if _pair_words(w).endswith(whole_name[j:]) and stem not in _pair_words(w)
                ),
                (None, ""),
            )
            if whole is None or whole.unit != part.unit or whole.value <= part.value:
                continue
            if all(p is not part or w is not whole for p, w, _, _ in pairs):
                pairs.append((part, whole, stem + heads[0], said))
    return pairs


def named_pair_rate_relations(bq: BlockQuantities) -> list[Relation]:
    """A rate whose name names its denominator and its numerator by their own nouns (「常住人口
    城镇化率」 = 城镇人口 ÷ 常住人口) against the two figures so named before it: consistent when
    any pair fits at the printed precision; a pair that does not fit is an error when it is the
    only one the name ties the rate to, a warning when there are several."""
    out: list[Relation] = []
    if "率" not in bq.text:
        return out
    qs = bq.quantities
    for q in qs:
        if q.kind != "percent" or q.change or q.quoted or q.low != q.high:
            continue
        m = _PAIR_RATE_NAME_RE.search(q.pre.rstrip(" 　"))
        if m is None or _PRIOR_RE.search(q.pre):
            continue
        pairs = _named_pairs(m.group("name"), qs, q)
        if not pairs:
            continue
        checked = [(part, whole, rate_check(part, whole, q)) for part, whole, _, _ in pairs]
        spans = tuple(span_of(x) for part, whole, _, _ in pairs for x in (part, whole))
        if any(ok for _, _, (ok, _) in checked):
            out.append(
                Relation(
                    "rate", Verdict.CONSISTENT, q.block, (q.num_start, q.end), (span_of(q), *spans)
                )
            )
            continue
        name = m.group("name")
        readings = "；".join(
            f"{part.number}÷{whole.number}＝{value}%" for part, whole, (_, value) in checked
        )
        part, whole, part_name, whole_name = pairs[0]
        out.append(
            Relation(
                "rate",
                Verdict.CONTRADICTION,
                q.block,
                (q.num_start, q.end),
                (span_of(q), *spans),
                code="N104",
                severity=Severity.ERROR if len(checked) == 1 else Severity.WARNING,
                message=(
                    f"{name}{q.text}与其名称所指的分子分母不符：{readings}"
                    f"（{name}即{part_name}占{whole_name}的比重）"
                ),
                suggestion=f"核对{name}，或核对{part.text}与{whole.text}",
                data={
                    "numerator": str(part.value),
                    "denominator": str(whole.value),
                    "stated": str(q.value),
                },
            )
        )
    return out
