"""Share structures written as a ratio (N102): 「三次产业结构为1.4:36.3:62.3」「三次产业结构比由
2021年的12.6:59.7:27.7调整为11.6:64.9:23.5」.

A ratio of three or more terms, in a statement that names a composition (numbers.toml
``structure.words``: 结构, 构成, 比例, 比重 — closed morphemes, not nouns), whose terms add up to
about a hundred (numbers.toml ``structure.near``), lists the percentage shares of one whole in
order: the terms must add up to 100 within their rounding (each term may be rounded half up or
truncated at its printed places). A ratio whose terms add up to anything else (3:2:1, a
2.02:1 income ratio, a time 9:30:00) is a plain proportion and is not read. One pass over the
paragraph's text, only when it holds a colon.

Session 29 (s29-yoy), the changes of a share structure (N108, errors: the place of each term is
named by its ordinal, 第一/第二/第三产业, so one reading is forced):

* a structure 由 one ratio 为/到 another, then a place's share change in points (「三次产业结构
  由上年的12.9:37.2:49.9调整为12.7:38.3:49.0，第二产业…比重提高1.4个百分点」): the change is
  the difference of the place's two terms within the rounding of the three printed figures
  (:func:`_share_changes`; a clause naming a comparison of its own, 比上年/较…, is left, it may
  speak of another period): QE038 (real34) and KJ040 (real50) found, their twins QE037 and
  KJ039 quiet;
* the share changes of every place of a structure, one by one or 分别 for two (「第一产业…比重
  上升3.82个百分点，第二、第三产业…比重分别回落2.16和1.16个百分点」), net to nothing within a
  unit of each printed change (:func:`_changes_net_zero`): KJ046 found, own24 UNV05 (changes
  without a share word, not read) and KJ045 quiet;
* 占比 is a word of composition as 比重 is (numbers.toml ``structure.words``: 「三次产业占比由
  2018年的5.7:49.3:45.0…」).

Session 31 (s31-yoy): a place named by its short name (一产/二产/三产) with its change right
after it (「一产下降1.13个百分点」) is a place's share change as 「第一产业比重下降」 is, for both
rules above; the sentence right after the ratios' sentence, when it opens with a place's
change, tells the changes of those ratios (a warning: the link crosses a full stop). A fall
read against the two ratios had its bounds reversed (sign × an interval swaps its ends), so
every fall was reported: fixed (no read set held a fall within one sentence). Class: real34
QE038, real50 KJ040 (found already), real56 KS033/KS034. Counts (real19–42 | real43–48 | real49–54 | real55–57 | blind1–44 | own10–26): 0 | 0 | 0 | +1 found at
error (KS034, the net of the three changes, and a warning on 二产) | 0 | 0; KS033 quiet.

Session 31 round 2 (s31b-units): the three industries named together in a statement (三次产业,
第一、二、三产业) and their shares told as three percentages right after a share word (「对GDP的
贡献率分别为28%、20%、52%」「三次产业对GDP增长的贡献率为8.8%、56.5%和39.7%」,
:func:`_place_shares`): the places exhaust the economy, so the three add up to 100 within a
unit of each printed figure (an error). Class: real47 KG025 (105.0%), real56 KS036 (105%); the
consistent real50 (13.3 + 40.4 + 46.3) and the twins stay quiet; a share word whose clause
names a list of its own (消费、投资…的贡献率) is not read. The same places are a pair of
numbers.toml ``clauses.exhaustive`` (第一产业/第二产业/第三产业), so a product told with its
three value-added figures is a complete split in :mod:`.partition`: real47 KG027 (a digit
dropped), real34 QE072 and real53 KO027 (a part printed in 万 among 亿) found at error.
Counts (real19–42 | real43–48 | real49–54 | real55–57 | blind1–44 | own10–26): found 0 | +2 |
0 | +1 | 0 | 0; at error +1 | +3 | +1 | +1 | 0 | +1 (own24 UNV23); false errors and warnings
on consistent unchanged; seeds and corpus: no N finding changed. Seen and left: real56 KS038 (「分产业看，」 after the product's sentence, no 其中: the
split is not read as one).
"""

from __future__ import annotations

import itertools
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
        return _place_shares(bq) if "产业" in text else []
    data = lex.data["structure"]
    words = tuple(data["words"])
    low_near, high_near = (Decimal(str(v)) for v in data["near"])
    out: list[Relation] = []
    shares: list[tuple[re.Match[str], list[str]]] = []
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
            shares.append((m, terms))
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
    out.extend(_share_changes(bq, shares))
    out.extend(_changes_net_zero(bq, shares))
    if "产业" in text:
        out.extend(_place_shares(bq))
    return out


# every place of the three industries named in the statement: 三次产业, 第一、二、三产业,
# 一、二、三产业, 第一、第二、第三产业
_ALL_PLACES_RE = re.compile(r"三次产业|第?一[、,，和及]第?二[、,，和及]第?三产业")
# three percentages told together as the places' shares (「贡献率分别为28%、20%、52%」「占比
# 分别为…」): a share word, then the three figures joined by 、/和 and nothing else
_PLACE_SHARES_RE = re.compile(
    r"(?P<share>贡献率|比重|占比)(?:分别|依次)?(?:为|是|达)?\s*"
    r"(?P<a>-?\d+(?:\.\d+)?)[%％]\s*[、，,]\s*(?P<b>-?\d+(?:\.\d+)?)[%％]\s*(?:[、，,]|和|及)\s*"
    r"(?P<c>-?\d+(?:\.\d+)?)[%％](?![、，,和及]?\s*-?\d)"
)
# how far before the shares the statement's places may be named
PLACES_REACH = 80


def _place_shares(bq: BlockQuantities) -> list[Relation]:
    """The three industries' shares of one whole told as three percentages (「第一、二、三产业
    分别拉动GDP增长2.74、1.96、5.1个百分点，对GDP的贡献率分别为28%、20%、52%」「三次产业对
    GDP增长的贡献率为8.8%、56.5%和39.7%」): the places named together exhaust the economy, so
    their shares — of the product, of its growth (贡献率) — add up to 100 within the rounding
    of the printed figures (each taken a unit either way: a negative contribution may be
    truncated). The places must be named all three in the statement before the share word,
    and the share word's own clause names no list of its own (「消费、投资对…的贡献率」)."""
    text = bq.text
    out: list[Relation] = []
    for m in _PLACE_SHARES_RE.finditer(text):
        words = _statement_words_reach(text, m.start(), PLACES_REACH)
        if not _ALL_PLACES_RE.search(words):
            continue
        clause = re.split(r"[，,]", words)[-1]
        if "、" in clause and not _ALL_PLACES_RE.search(clause):
            continue
        terms = [m.group(k) for k in "abc"]
        values = [Decimal(t) for t in terms]
        units = [Decimal(1).scaleb(-(len(t) - t.index(".") - 1) if "." in t else 0) for t in terms]
        total = sum(values, Decimal(0))
        spread = sum(units, Decimal(0))
        if total - spread <= HUNDRED <= total + spread:
            continue
        listed = "＋".join(t + "%" for t in terms)
        span = (m.start("a"), m.end("c") + 1)
        out.append(
            Relation(
                "partition",
                Verdict.CONTRADICTION,
                bq.block,
                span,
                (Span(bq.block, *span),),
                code="N102",
                severity=Severity.ERROR,
                message=(
                    f"三次产业的{m.group('share')}合计{fmt(total)}%（{listed}），"
                    "第一、二、三产业是完整划分，其占比之和应为100%"
                ),
                suggestion="核对三次产业的各项占比",
            )
        )
    return out


def _statement_words_reach(text: str, at: int, reach: int) -> str:
    """The words of the statement before ``at`` (from its last 。；), at most ``reach``."""
    start = max(0, at - reach)
    opened = start
    for m in _STATEMENT_END_RE.finditer(text, start, at):
        opened = m.end()
    return text[opened:at]


# 「第一产业占地区生产总值的比重上升3.82个百分点，第二、第三产业占地区生产总值的比重分别回落
# 2.16和1.16个百分点」: the change of each place's share, one by one or 分别 for two
_UP_VERBS = ("提高", "提升", "上升", "增加", "扩大")
_DOWN_VERBS = ("下降", "降低", "回落", "减少", "缩小")
_SHARE_WORD = r"[^，,；;。0-9第]{0,16}?(?P<share>比重|占比|比例)"
_VERB = r"(?P<verb>" + "|".join(_UP_VERBS + _DOWN_VERBS) + r")了?"
# 「第三产业占比提高了2.6个百分点」: a term named by its place (第一/第二/第三产业), its share and
# the change of it in points
# (or by its short name, 一产/二产/三产, the change right after it: 「一产下降1.13个百分点」)
_PLACE_CHANGE_RE = re.compile(
    r"(?:第(?P<place>[一二三四五])产业"
    + _SHARE_WORD
    + r"|(?<![第一二三四五\u4e00-\u9fff])(?P<short>[一二三])产)"
    + _VERB
    + r"(?P<points>\d+(?:\.\d+)?)个百分点"
)
_TWO_CHANGES_RE = re.compile(
    r"第(?P<p1>[一二三四五])(?:产业)?[、和及与]第?(?P<p2>[一二三四五])产业"
    + _SHARE_WORD
    + r"分别"
    + _VERB
    + r"(?P<a>\d+(?:\.\d+)?)(?:个百分点)?[和、与及](?P<b>\d+(?:\.\d+)?)个百分点"
)
# how far after a ratio the changes of its places may be told
NET_REACH = 160


def _place(c: re.Match[str]) -> str:
    """The ordinal of the place a change names (第二产业, 二产)."""
    return c["place"] or c["short"]


def _points_unit(term: str) -> Decimal:
    return Decimal(1).scaleb(-(len(term) - term.index(".") - 1) if "." in term else 0)


def _changes_net_zero(
    bq: BlockQuantities, shares: list[tuple[re.Match[str], list[str]]]
) -> list[Relation]:
    """N108: the changes of every place of a complete share structure, told in points, add up
    to nothing (the shares add up to 100 in both periods), within half a unit of each printed
    change either way, or a whole unit (truncation)."""
    text = bq.text
    out: list[Relation] = []
    for n, (m, terms) in enumerate(shares):
        stop = min(len(text), m.end() + NET_REACH)
        if n + 1 < len(shares):
            stop = min(stop, shares[n + 1][0].start())
        told: dict[int, tuple[str, str, tuple[int, int]]] = {}
        spans: list[tuple[int, int]] = []
        for c in _TWO_CHANGES_RE.finditer(text, m.end(), stop):
            for place, points in ((c["p1"], c["a"]), (c["p2"], c["b"])):
                told.setdefault(_PLACES.index(place), (c["verb"], points, c.span()))
            spans.append(c.span())
        for c in _PLACE_CHANGE_RE.finditer(text, m.end(), stop):
            if any(a <= c.start() < b for a, b in spans):
                continue
            told.setdefault(_PLACES.index(_place(c)), (c["verb"], c["points"], c.span()))
        if sorted(told) != list(range(len(terms))):
            continue
        signed = [
            (-1 if told[i][0] in _DOWN_VERBS else 1) * Decimal(told[i][1])
            for i in range(len(terms))
        ]
        net = sum(signed, Decimal(0))
        slack = sum((_points_unit(told[i][1]) for i in range(len(terms))), Decimal(0))
        if abs(net) <= slack:
            continue
        shown = "".join(
            ("＋" if v >= 0 else "－") + told[i][1] if i or v < 0 else told[i][1]
            for i, v in enumerate(signed)
        )
        first = min(t[2][0] for t in told.values())
        last = max(t[2][1] for t in told.values())
        out.append(
            Relation(
                "change",
                Verdict.CONTRADICTION,
                bq.block,
                (first, last),
                (Span(bq.block, m.start(), m.end()), Span(bq.block, first, last)),
                code="N108",
                severity=Severity.ERROR,
                message=(
                    f"构成比例{m.group()}各项比重的增减合计应为0（各项比重之和两期都是100），"
                    f"而所述增减合计{shown}＝{fmt(net)}个百分点"
                ),
                suggestion="核对各项比重的增减",
            )
        )
    return out


# 「由2018年的5.7:49.3:45.0，进一步优化为6.6:45.8:47.6」: the ratio left, then the ratio reached
_FROM_BEFORE_RE = re.compile(r"(?:由|从)[^，,；;。：:]{0,10}$")
_TO_BETWEEN_RE = re.compile(
    r"^[^，,；;。0-9]{0,8}(?:为|到|至)[^，,；;。0-9]{0,4}$|^[，,][^，,；;。0-9]{0,10}(?:为|到|至)$"
)
# a comparison named in the change's own clause (比上年, 较2022年, 与上年相比): maybe another
# period than the ratio left
_OTHER_BASE_RE = re.compile(r"较|(?<![占之])比(?![重例])|与|相比|同比")
_PLACES = "一二三四五"
# how far after the ratio reached its terms' changes may be told
CHANGE_REACH = 80


def _term_bounds(term: str) -> tuple[Decimal, Decimal]:
    """A printed share as rounded half up or truncated at its printed places."""
    unit = Decimal(1).scaleb(-(len(term) - term.index(".") - 1) if "." in term else 0)
    return Decimal(term) - unit / 2, Decimal(term) + unit


def _share_changes(
    bq: BlockQuantities, shares: list[tuple[re.Match[str], list[str]]]
) -> list[Relation]:
    """N108: a share structure 由 one ratio 为 another, then a term named by its place (第二产业)
    and the change of its share in points: the change is the difference of that term's places,
    within the rounding of the three printed figures."""
    text = bq.text
    out: list[Relation] = []
    for (left, before), (reached, after) in itertools.pairwise(shares):
        if len(before) != len(after):
            continue
        if _FROM_BEFORE_RE.search(text, max(0, left.start() - 12), left.start()) is None:
            continue
        if _TO_BETWEEN_RE.search(text[left.end() : reached.start()]) is None:
            continue
        stop = min(len(text), reached.end() + CHANGE_REACH)
        sentence_end = _STATEMENT_END_RE.search(text, reached.end(), stop)
        full_stop = len(text)
        if sentence_end is not None:
            full_stop = sentence_end.start()
            # 「…调整到33.22:18.56:48.22。一产下降1.13个百分点，…」: a sentence that opens with
            # a place's change tells the changes of the ratios just stated (a warning: the link
            # crosses a full stop)
            if _PLACE_CHANGE_RE.match(text, sentence_end.end()) is not None:
                next_end = _STATEMENT_END_RE.search(text, sentence_end.end(), stop)
                stop = next_end.start() if next_end is not None else stop
            else:
                stop = full_stop
        for c in _PLACE_CHANGE_RE.finditer(text, reached.end(), stop):
            clause_start = max(
                (k for k in (text.rfind(x, reached.end(), c.start()) for x in "，,") if k >= 0),
                default=reached.end(),
            )
            if _OTHER_BASE_RE.search(text, clause_start, c.start("verb")):
                continue
            i = _PLACES.index(_place(c))
            if i >= len(after):
                continue
            b_lo, b_hi = _term_bounds(before[i])
            a_lo, a_hi = _term_bounds(after[i])
            p_lo, p_hi = _term_bounds(c["points"])
            sign = -1 if c["verb"] in _DOWN_VERBS else 1
            # (a fall's bounds swap ends when turned into the size of the fall)
            d_lo, d_hi = sorted((sign * (a_lo - b_hi), sign * (a_hi - b_lo)))
            if d_lo < p_hi and d_hi >= p_lo:
                continue
            diff = Decimal(after[i]) - Decimal(before[i])
            out.append(
                Relation(
                    "change",
                    Verdict.CONTRADICTION,
                    bq.block,
                    (c.start("points"), c.end()),
                    (
                        Span(bq.block, left.start(), left.end()),
                        Span(bq.block, reached.start(), reached.end()),
                        Span(bq.block, c.start("points"), c.end()),
                    ),
                    code="N108",
                    severity=Severity.ERROR if c.start() < full_stop else Severity.WARNING,
                    message=(
                        f"第{_place(c)}产业{c['share'] or ''}{c['verb']}{c['points']}个百分点与构成比例不符："
                        f"由{left.group()}到{reached.group()}，第{i + 1}项由{before[i]}变为"
                        f"{after[i]}，{after[i]}－{before[i]}＝{fmt(diff)}个百分点"
                    ),
                    suggestion="核对构成比例与比重的增减",
                )
            )
    return out
