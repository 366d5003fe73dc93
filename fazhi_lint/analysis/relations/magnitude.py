"""Magnitudes checked against other figures of the same paragraph.

* averages (N205): 「平均每家次约32项」「人均1.23万元」「日均约767件」 against the total and the
  count the sentence states (4562项 ÷ 1426家次), a 日均/月均 above the whole year's figure of
  its unit and words in its sentence by itself (「全年…3.2万条，日均…87万余条」); 日均/平均每天
  over the working days the sentence states, else over the days of a year or 250 working days
  (365 only for a service running every day, numbers.toml ``magnitude.every-day``); 平均每个工作日 over 250 working days;
  人均月/月人均/每月 over twelve months unless the total is a month's own (never 每人每月, a
  standard per person, as the average or its total); 户均 over households or firms
  (numbers.toml ``magnitude.average-units``); the count may follow
  the average in its clause group (人均办案12件，…工作人员4名), and a 人均 figure may come
  before its total; 生均 over the students (人, 名);
* a bound on each member (单笔…均在200元以下, 每人次…均不超过1000元, 个人…最高为1万元, 单案…均在
  10万元以上) against the members' average, total ÷ count stated before it in its sentence
  (「处罚2315件，罚款金额合计463万元，单笔罚款金额均在200元以下」: 2000元 each on average)
  (N205, :func:`_bound_against_average`);
* a product of members and what each got (N205): 「为1860户农户每户赠送一册……，共发放18.6万
  册」 (:func:`_member_products`; fewer than the product, or it shifted by a power of ten, an
  error; the members also named by 各 right after their noun, 「14个街道各设立3名」, or by a 每
  opening the next clause, 「9个执法小组，每组6人」, then a warning), and what is done each month or quarter against the year's total (「每月开展两次……，
  全年共开展36次」, a warning: :func:`_periodic_products`); a standard per person and period
  times the periods of a year and the people, against a total shifted by a power of ten
  (「按照每名调解员每月补贴300元的标准，…为86名调解员发放补贴309.6万元」: :func:`_standard_products`);
* money paid to each person below the floor numbers.toml ``magnitude.per-head`` keeps for it
  (``min``: 「为860名农民工追讨欠薪1,520元」, a 万 left out) (N205);
* a figure restated in another unit in the bracket right after it (N201): 「3.42亿元（合计
  3420万元）」「126.5公里（…12650米）」 — the two must be the same amount;
* a part in another unit of the same measure above its whole (N206): 「总面积1986平方公里，
  其中林地312.6万亩」 (about 2084平方公里);
* a figure above a base the paragraph states (N206): more 行政村 than the 行政村 it says exist
  (the base named before or after its count, 「共有A 58个、B 23个」 bounding a figure for
  A（B）), the stock also stated after a count of its units in their sentence
  (「在173个社区开展…，实现全市156个社区全覆盖」: :func:`_before_stock`), a figure's noun
  after its 的-clause (「已配备法律顾问的村（社区）达到241个」), never a noun holding the stock's
  only as a modifier (社区网格, 村民小组), a stock at the year's start (年初) nor the year's new
  units as a stock; more people than its population (stated before or after; above twice an
  approximate one), more visits (人次) than
  numbers.toml ``magnitude.visits-per-resident`` per resident (a population stated in an
  earlier paragraph of the heading bounds visits too: :func:`visits_over_population`) — a
  medium (直播, 电视台, 公众号: ``magnitude.online``) exempts, a reach with none (覆盖) widens
  the bound by ``magnitude.reach-factor``, on-site words (线下, 现场) keep a medium word from
  exempting; a stock's kinds may stand in a bracket of its noun before its count
  (行政村（社区）142个); an area's figure its sentence says is reached in full (「对全区412家
  医疗卫生机构开展…全覆盖」) is the area's stock;
* what of a whole named 总X was done, the same noun, above it in its sentence (N206):
  「项目总投资1.35亿元，年内已完成投资9200亿元」 (:func:`_done_above_whole`), and a total said
  to add to the figure before it below that figure (「资金860万元，加上配套资金后合计投入1.42万
  元」: :func:`_total_below_added`);
* a coverage claim against the base (N206): 「现有企业47家……检查38家，实现全覆盖」 (fewer than
  all), 「共有农户3.2万户……排查4.1万户，覆盖率100%」 (more than exist) — also an area's
  stock the next clause takes a part of by 中 (「全区68所中小学校中，已有65所…，实现…全覆盖」),
  and a claim before the stock by the figure's verb (「开展执法检查全覆盖，全区共有…87家，年内
  检查83家」), never of the rest left out (另有…, 未检查的…); 「一格一员」 with fewer
  网格员 than 网格; a total below a per-person minimum said to be met (「每人每年不少于60学时
  ……全员完成」), or that minimum times the people shifted by a power of ten whatever is claimed
  (「1460人，每人…不少于60学时，累计培训876万学时」); people on the roll (在编在岗执法人员386人)
  bound later counts of the same people;
* the households stated with the population (「常住人口4.6万人、1.7万户」) bound the
  households reached (居民家庭, 农户) (N206); a stock after its area (「全区共有74个村」)
  names the noun after its count;
* a figure pointed back at (上述/前述…) with the digits of one stated before but another
  magnitude (「挽回2,360万元」 … 「上述挽回的2,360元」) (N201), or stated again by a 的-clause
  of its own verb with its digits shifted by a power of ten (「受理…1.2万件」 … 「受理的1200件」);
* a part of a sum printed without its total's 万 or with its digits shifted (「8.93万户，其中
  企业3.12万户、个体工商户5,810户」), or in the twin of its unit (人 among 人次) (N201);
* a stock named by its area and a noun alone (「全县耕地面积52.6万亩」) bounds the later figures
  of its noun; one member of a set (该案, 单笔最高) cannot exceed the set's total; households
  reached cannot exceed the people of the area (N206);
* an average over people counted in an earlier sentence, when a power of ten explains it
  (「共有执法人员126名。……人均办案约190件」 for 2,394件) (N205);
* a 人均 money average over people counted only by their visits (「实施临时救助2156人次，支出
  资金3412万元，人均救助水平为1583元」): the people are at most the visits, so the average is
  at least the total over them (15825.6元); lower is contradicted, when the visits share a
  word with the average and the paragraph states no people (N205).

Every check reports the arithmetic and names every figure; all are warnings (they rest on
reading which figures belong together) but the products of members named by their 每 and the
slips named above.

Session 29 (s29-lists): a population smaller than another of its paragraph is a group of it
(城镇人口, 出生人口, 城镇属性人口, 60周岁以上老年人口: :func:`subgroups`) and bounds only the
people whose words name the group (the two characters before its population word) — before, the
last population stated bounded every later figure (「户籍人口49.81万人，其中城镇人口12.82万人…；
男性25.79万人」). Measured (real19–42 | real43–48 | real49–51 | blind | own): false errors
0 | 0 | 1→0 (KJ023, by :mod:`.containment`), warnings on consistent cases −0 | −0 | −4 (KJ004,
KJ028, KJ068, and KJ031/QE034 not newly warned) | 0 | −1 (UNV13); found −1 on real49–51 (KJ029,
a 性别比 slip found only by the false 男生 > 城镇属性人口 reading). A first form that dropped the
smaller populations altogether lost blind P162 (11.2万名老年人 against 老年人口9.8万人) and made
KJ027 a false error (死亡人口 against 全县出生人口): dropped for the group reading.

Session 30 round 2 (s30b-units), unit slips inside a sum (N201), counts against main after
round 1 (found | at error | false errors | warnings on consistent, real19–42 | real43–48 |
real49–54 | blind | own):

* a measure total followed in its sentence by 其中/分别 (or named by 共计/合计) and parts of its
  measure, one of them in another unit of it (numbers.toml ``magnitude.conversions``: 米 among
  公里), the parts adding up to the total once that one is read in the total's unit and not once
  converted (:func:`_measure_sum_slip`): an error when 其中/分别 tells the figures are the
  total's parts and the sum is exact, else a warning — real53 KO033 found at error;
* money parts of the total's sentence before a total named by 总计/合计 (eight items of a
  budget's 收入总计), one printed without the total's 万 and adding up once read with it
  (:func:`_sum_before`, the suffixes of the run read by :func:`_slip_of_parts`; up to twelve
  parts, the shifted-total reading still on the nearest six): a warning (the parts are a
  reading of a list before its total) — real53 KO053 found;
* (with tables.share_columns' whole-first table, real53 KO025 found at error.)
Together: found 0 | 0 | +3 | 0 | 0, at error 0 | 0 | +2 | 0 | 0 (real52–54 86 → 89, 52 → 54), false errors and
warnings on consistent unchanged everywhere. Seen and left: a part's digits shifted in a 其中
list with 余 figures (real43 KC064: approximate, a partial list reads the same), the
three 产业 增加值 under GDP not read as a complete split (real47 KG027, a whole_parts matter),
a share implying a total beside another share (real44 KD064, real54 KP052, real46 KF067).

Session 32 round 2 (s32b-timeunits), a list opened by a colon after a total (N201, a warning):
a total's parts are often given again as a list opened by a colon — 「处罚金额2999.78万元。具体
情况为：…2月份…62.18万元；3月份…365.95元；…」 (real60 KX006), 「收入20348萬元…其中:…。分部門
情況是:國稅部門完成3954萬元…；財政部門完成5865元」 (real59 KW059): :func:`_sum_slip` reads a
colon between the total and its first part as it reads 其中, and a colon between two later
parts as a new start (:data:`_LIST_COLON_RE`). The slip test itself is unchanged: the parts fit
only once the odd part is read with the others' 万, and not as printed. Counts (found | at
error | false errors | warnings on consistent), with the dates change below: real58–60
units_magnitude 11 → 13 found, at error unchanged, false errors and
warnings on consistent unchanged; real19–47 and the blind sets scored before the stop
(blind4, 6–9, 37–44) unchanged to the line; the rest left to the lead's check_all.
Seen and left: a part above its whole across 万/亿 (real60 KX064 财政总收入0.82亿元 against
一般公共预算收入8870万元: which revenue holds which is knowledge of the budget, not of the
sentence), a part printed with 万 among 元 parts before a 元 total (real28 QY072, one case), an
approximate total (real57 KT020 逾2亿元), parts nested in brackets (real56 KS094).

Session 33 (s33-units), paragraphs in traditional script (data only, numbers.toml
``fold.traditional``): the fold that lets the statistics readers read a traditional paragraph
as its simplified twin lacked 101 characters that exist in traditional script alone, among them
別 (分別: the partition word 分别), 貢獻 (贡献率), 構 (构成/结构), 勝/敗 (胜诉/败诉), 種, 漲, 隱 (隐患),
僅, 斷, 連 — the class is any traditional page (real59 KW038 三產業…貢獻率分別為 adding to 102 %,
real59 KW014, real58 KV001/KV003/KV005, all from different pages); each added pair was checked
against a converter (hanziconv) and kept only when the traditional character is not used in
simplified text (著, 乾, 藉 left out). Counts (found | at error | false errors | warnings on
consistent), real19–63 together: 1520 → 1522 | 902 → 905 | 17 → 17 | 110 → 107 (KW014,
KW038 found; KV001, KV003, KV005 no longer warned); no new miss, false error or warning.
Seen and left (one page each, or knowledge outside the sentence): 轻、重工业占比 above 100 %
(real53 KO006: the only 轻/重工业 case), 人均地区生产总值 against GDP ÷ a population stated in the
next paragraph (real62 KZ078, KZ080, one site), a part above its whole across 万/亿 (real60
KX064), a 的-clause total before its 其中包括 parts (real4x QD065), a 兑现 above its 申请 across
万/亿 (QY065), a part in the next paragraph (QQ070).

Session 34 (s34-units), more shapes of a unit slip inside a sum (N201, warnings): every part
printed with the total's 万/亿 and one with its decimal point slipped, the parts adding up
exactly once its digits are shifted (:func:`_point_slip`: four significant digits or more,
exactly one part and power fitting; real38 QQ067); a split opened by 分产业看/按X分 after its
total read as after 其中 (:data:`_OF_IT_RE`; real56 KS038); a total after an addition chain
whose sentence opens by 加上 takes the sentence before it as a part (real66 LD017), and a
figure right after 其中 following a part is that part's own (real56 KS094). Real19–66 .txt:
units_magnitude found +4, no new false error, no new warning on a consistent case. Left: the
share sums above 100 % (nine cases: QN046, QX060, KG057, KJ064, KO006, KP058, KQ078, LD124,
KS054 — each a different shape of partition.py's share reading), a part above its whole
(QQ068, QQ072, KX064, QD065, QY065, LB091: a different containment word on each page).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache
from typing import Any

from ...grammar import DASHES, RANGE_JOIN, YEAR_ASCII
from ...model import Severity, Span
from .. import prefilter
from ..cn_numbers import cn_to_int, fmt
from ..quantities import BlockQuantities, Lexicon, Quantity, total_marker
from .change import is_from_level
from .common import (
    MAGNITUDE_NAMES,
    NEGATIONS,
    NEW_UNITS_RE,
    WHOLE_AREA_RE,
    Relation,
    Verdict,
    bounds,
    clause_starts,
    common_substring,
    in_name,
    last_mark,
    other_heads,
    other_scope,
    per_or_change,
    rest_words,
    show,
    span_of,
)
from .dates import MONTH_DAYS
from .settled import settled_shifts

# people above this many times an approximate population (约42万人) exceed any reading of
# its 约 (a 约 figure is rounded at most to its leading digits, far less than half off)
APPROX_POPULATION_FACTOR = Decimal(2)
MAX_FIGURES = 40  # figures of one sentence judged (the readings grow with their square)


def _finding(
    at: Quantity,
    others: Iterable[Quantity],
    *,
    severity: Severity,
    message: str,
    suggestion: str,
    code: str = "N205",
) -> Relation:
    """A finding on ``at`` naming the figures it was worked out from: N205 (an average, an
    amount for each, a total of them) or N206 (a figure against a base the text states)."""
    spans = tuple(dict.fromkeys((span_of(at), *(span_of(q) for q in others))))
    return Relation(
        "average" if code == "N205" else "base",
        Verdict.CONTRADICTION,
        at.block,
        (at.num_start, at.end),
        spans,
        code=code,
        severity=severity,
        message=message,
        suggestion=suggestion,
    )


def magnitude_relations(bq: BlockQuantities, lex: Lexicon) -> list[Relation]:
    out: list[Relation] = []
    by_sentence: dict[int, list[Quantity]] = {}
    for q in bq.quantities:
        if not q.quoted and q.kind != "bare":
            by_sentence.setdefault(q.sentence, []).append(q)
    earlier: list[Quantity] = []  # figures of the sentences before (the last ones)
    products, each_got = _member_products(bq, lex)
    out.extend(products)
    out.extend(_periodic_products(bq, lex))
    out.extend(_rounds_products(bq, lex))
    distributed = {each.num_start for each in each_got}  # read as a product, no average
    # every average word holds 每 or 均 (:func:`_average`): a paragraph without either has
    # no average, and its figures' clauses are not cut out for one
    averaged = "每" in bq.text or "均" in bq.text
    for figures in by_sentence.values():
        figures = figures[:MAX_FIGURES]
        for q in figures:
            if not averaged or q.num_start in distributed:
                continue
            rel = _average(bq, lex, q, figures, earlier)
            if rel is not None:
                out.append(rel)
        earlier = [*earlier, *figures][-MAX_FIGURES:]
        out.extend(_restated(bq, lex, figures))
        out.extend(_converted_parts(bq, lex, figures))
    out.extend(_bases(bq, lex))
    out.extend(_one_each(bq))
    out.extend(_per_population(bq, lex))
    out.extend(_per_head(bq, lex))
    out.extend(_sum_slip(bq))
    out.extend(_measure_sum_slip(bq, lex))
    out.extend(_twin_unit_slip(bq))
    out.extend(_visit_share_slip(bq))
    out.extend(_minimum_each(bq, lex))
    out.extend(_standard_products(bq, lex))
    out.extend(_one_above_all(bq))
    out.extend(_bound_against_average(bq, lex))
    out.extend(_done_above_whole(bq))
    out.extend(_total_below_added(bq, lex))
    again = _named_again(bq)
    out.extend(again)
    said = {r.span for r in again}
    out.extend(r for r in _restated_shifted(bq, lex) if r.span not in said)
    said = {r.span for r in out if r.code == "N201"}
    out.extend(r for r in settled_shifts(bq, lex) if r.span not in said)
    return out


# words that point back at a figure stated before (「在上述挽回的2,360元经济损失中」)
_BACK_RE = re.compile(r"上述|前述|以上|上面|这些|这笔|该笔")
_MANTISSA_RE = re.compile(r"^([0-9][0-9,，.．]*)(万|亿|万亿)?$")


def _mantissa(q: Quantity) -> str | None:
    """The digits of a figure without its 万/亿 (「2,360万」: 2360), when it is printed so."""
    m = _MANTISSA_RE.match(q.number)
    if m is None or q.chinese:
        return None
    digits = m.group(1).replace(",", "").replace("，", "").replace("．", ".")
    return digits if sum(ch.isdigit() for ch in digits) >= 2 else None


def _named_again(bq: BlockQuantities) -> list[Relation]:
    """A figure pointed back at (上述/前述…) with the digits of one stated before and the
    same thing counted, but another magnitude (「挽回经济损失2,360万元」 …「上述挽回的
    2,360元经济损失」): the same amount printed with 万 once and without it once (N201,
    a warning: the two are read as one figure)."""
    out: list[Relation] = []
    text = bq.text
    if _BACK_RE.search(text) is None:
        return out  # no figure points back (each one read below does, in its words)
    stated: dict[tuple[str, str], Quantity] = {}  # (digits, unit) -> the last figure
    for q in bq.quantities[: MAX_FIGURES * 4]:
        if q.quoted or q.approx or q.kind not in ("money", "count"):
            continue
        digits = _mantissa(q)
        if digits is None:
            continue
        x = stated.get((digits, q.unit))
        if (
            x is not None
            and x.magnitude != q.magnitude
            and _BACK_RE.search(q.pre)
            and common_substring(x.phrase[-16:], q.pre[-16:] + text[q.end : q.end + 8]) >= 2
        ):
            out.append(
                Relation(
                    "unit-slip",
                    Verdict.CONTRADICTION,
                    q.block,
                    (q.num_start, q.end),
                    (span_of(q), span_of(x)),
                    code="N201",
                    severity=Severity.WARNING,
                    message=(
                        f"前文为{x.text}，此处指同一数字却写作{q.text}，"
                        f"两者相差{fmt(max(x.value, q.value) / min(x.value, q.value))}倍"
                    ),
                    suggestion=f"核对「{q.text}」的单位是否应与前文{x.text}一致",
                )
            )
        stated[(digits, q.unit)] = q
    return out


# words that name one member of a set stated with its total: 该案, 其中一起, 单笔最高, 最大一宗
_ONE_MEMBER_RE = re.compile(
    r"该案|此案|本案|该起|该宗|该笔|该批|其中一起|其中一宗|其中一笔|单起|单案|单笔|单宗|单次|单件"
    r"|最高的一[起宗笔件批]|最大的一[起宗笔件批]|最高一[起宗笔件批]|最大一[起宗笔件批]"
)
ONE_MEMBER_SENTENCES = 2  # sentences after a total its single members are looked for in
ONE_MEMBER_REACH = 80  # characters of a sentence before an amount read for 该案/单笔…
# characters of a money total's words that say nothing of what it is
_MONEY_FILLER = frozenset("全年共计合总额金数达为的了和与及等各类项")


def _one_above_all(bq: BlockQuantities) -> list[Relation]:
    """「全年查办案件248件，罚没款金额合计596.8万元。……该案……没收违法所得共计642万元」: an
    amount of one member of a set (该案, 其中一起, 单笔最高) above the total stated for all of
    them, both of the same money (two characters of the total's words: 罚没): one cannot pay
    more than all together (N206, a warning: the member is read by its words)."""
    text = bq.text
    out: list[Relation] = []
    totals: list[Quantity] = []
    for q in bq.quantities[: MAX_FIGURES * 4]:
        if q.kind != "money" or q.quoted or q.change or q.depth:
            continue
        start, _ = bq.sentence_span(q.sentence)
        own = text[max(start, q.num_start - ONE_MEMBER_REACH) : q.num_start]
        if q.total_marker and not q.approx and not _ONE_MEMBER_RE.search(own):
            totals.append(q)
            continue
        if not _ONE_MEMBER_RE.search(own):
            continue
        for t in reversed(totals):
            if q.sentence - t.sentence > ONE_MEMBER_SENTENCES or q.low <= bounds(t)[1]:
                continue
            words = set(_clause_before(text, t)) - _MONEY_FILLER
            if len(words & set(own)) < 2 or _other_area(text, q, t):
                continue
            if "其中" in text[t.end : q.num_start]:
                break  # a 其中 part above its whole: the whole-and-parts rules report it
            out.append(
                _finding(
                    q,
                    (t,),
                    code="N206",
                    severity=Severity.WARNING,
                    message=(f"其中单项{q.text}多于文中所述全部合计{t.text}，单项不应多于合计"),
                    suggestion="核对该数字与合计数（常见为多写一位或漏写“万”）",
                )
            )
            break
    return out


# a word naming one member a bound holds for (单笔, 每人次, 个人), its member's word after 单/每
_BOUND_MEMBER_RE = re.compile(
    r"(?:单|每)(?P<u>人次|户次|笔|件|案|起|宗|户|家|人|名)|(?P<person>个人|单人)"
)
# a bound on every member (numbers.toml approx: the words bounding a figure above or below)
_UPPER_APPROX = frozenset(("以下", "以内", "不超过", "最多", "不足", "不到", "少于"))
_LOWER_APPROX = frozenset(("以上", "不少于", "至少", "超过"))
# the words of these bounding each member, never an average's rounding (日均超过100件 is one)
_EACH_UPPER_APPROX = frozenset(("不超过", "最多"))
_UPPER_WORD_RE = re.compile(r"(?:最高|不高于|不得超过|上限)(?:为|是|达|在)?$")
_LOWER_WORD_RE = re.compile(r"(?:最低|不低于)(?:为|是|达|在)?$")
# the members all held to it (均, 都) or the bound named itself (最高, 不超过…)
# a period after the member (每人每月, 每户每年, 月人均): the bound is of one period's share
_BOUND_PERIOD_RE = re.compile(r"每个?(?:月|年|季度?|天|日|周)|[月年]均|当月|单月")
_ALL_HELD_RE = re.compile(r"[均都]|最高|最低|不超过|不得超过|不高于|不低于|上限")


def _bound_against_average(bq: BlockQuantities, lex: Lexicon) -> list[Relation]:
    """「处罚…2315件，罚款金额合计463万元，单笔罚款金额均在200元以下」: a bound on each
    member (单笔, 每户, 每人次, 个人… with 均 or 最高/不超过…) against the total and the count of
    the members stated before it in its sentence: the members' average (463万 ÷ 2315 = 2000元)
    cannot lie above an upper bound on each (nor below a lower one). The total shares its words
    with the bound's (罚款, 标的, 救助: two characters, or one beside a sum word 合计); the count
    is in the member's units (numbers.toml ``magnitude.bound-units``). Not read: a bound after
    其中 (of a part: 「其中对个人的罚款单笔均在200元以下」), nor a 的-clause naming a part (「单笔
    200元以下的案件」). An error when every reading of the figures before it breaks the bound
    and the count is in the member's own unit or the only one stated; a warning otherwise."""
    text = bq.text
    if "单" not in text and "每" not in text and "个人" not in text:
        return []
    units: dict[str, list[str]] = lex.data["magnitude"].get("bound-units", {})
    out: list[Relation] = []
    conv = _conversions(lex)
    figures = [q for q in bq.quantities[: MAX_FIGURES * 4] if not q.quoted and not q.change]
    for b in figures:
        if b.kind not in ("money", "measure", "time") or b.depth:
            continue
        clause = _clause_before(text, b)
        upper = b.approx in _UPPER_APPROX or bool(_UPPER_WORD_RE.search(clause))
        lower = b.approx in _LOWER_APPROX or bool(_LOWER_WORD_RE.search(clause))
        if upper == lower or text.startswith("的", b.end):
            continue  # no bound (or a part named by it: 200元以下的案件)
        # the member nearest the bound (「每户…每人次救助金额均不超过」: 每人次)
        m = next(reversed(list(_BOUND_MEMBER_RE.finditer(clause))), None)
        if m is None or not _ALL_HELD_RE.search(clause, m.end()):
            continue
        if _BOUND_PERIOD_RE.search(clause, m.end()):
            continue  # 每人每月最高800元: a bound per period, not on what each got in the year
        own = units.get(m.group("u") or "人", [])
        start, _ = bq.sentence_span(b.sentence)
        before = [f for f in figures if start <= f.num_start and f.end <= b.num_start]
        if any("其中" in text[f.end : b.num_start] for f in before):
            continue  # a bound on a part of what the figures count
        bound_words = set(clause[: m.start()] + clause[m.end() :]) - _MONEY_FILLER
        totals = []
        for f in before:
            if f.kind != b.kind or f.depth or not _total_unit(b, f, "", conv):
                continue
            words = _clause_before(text, f)
            shared = len((set(words) - _MONEY_FILLER) & bound_words)
            if (shared >= 2 or (shared and _SUM_WORD_RE.search(words))) and not _AVERAGE_RE.search(
                words
            ):
                totals.append(f)
        # words naming which members before the member word (「适用简易程序的单笔罚款」) may name
        # a part of them: the count must name them too (「当场处罚违法行为2315件」 for 当场处罚的)
        which = "".join(ch for ch in clause[: m.start()] if "\u4e00" <= ch <= "\u9fff")
        which = "".join(ch for ch in which if ch not in _MONEY_FILLER)
        counts = [
            f
            for f in before
            if f.kind == "count"
            and f.unit in own
            and not f.depth
            and (len(which) < 2 or common_substring(which, _clause_before(text, f) + f.noun) >= 2)
        ]
        if not totals or not counts:
            continue
        readings = []
        broken = True
        for t in totals:
            t_low, t_high = bounds(t)
            for n in counts:
                if n.value <= 0:
                    continue
                low = _in_unit(t, b, conv) * t_low / t.value / n.high if t.value else Decimal(0)
                high = _in_unit(t, b, conv) * t_high / t.value / n.low if t.value else Decimal(0)
                if (upper and low <= b.high * (1 + TOLERANCE)) or (
                    lower and high >= b.low * (1 - TOLERANCE)
                ):
                    broken = False
                    break
                shown = (_in_unit(t, b, conv) / n.value).quantize(Decimal("0.01"))
                readings.append(f"{t.text}÷{n.text}＝{show(shown, b)}")
            if not broken:
                break
        if not broken or not readings:
            continue
        strict = all(n.unit == own[0] for n in counts) or len(counts) == 1
        out.append(
            _finding(
                b,
                (*totals, *counts),
                severity=Severity.ERROR if strict else Severity.WARNING,
                message=(
                    f"{clause[m.start() :]}{b.text}{b.approx if not clause.endswith(b.approx) else ''}"
                    f"与总数和数量不符：平均每{m.group('u') or '人'}为"
                    + "；".join(readings[:4])
                    + ("，已高于每一个的上限" if upper else "，已低于每一个的下限")
                ),
                suggestion="核对总数、数量与单个上限（常见为多写一位或漏写“万”）",
            )
        )
    return out


# 「项目总投资1.35亿元，年内已完成投资9200亿元」: a whole named 总X (its noun after 总) and
# what of it was done, the same noun after a verb of completion, in the same sentence
_WHOLE_NAMED_RE = re.compile(
    r"总(?P<noun>投资|投入|预算|造价|金额|经费|资金)(?:额|为|达|约|共|计)*$"
)
_DONE_RE = re.compile(r"完成|到位|拨付|支付|执行|使用")
_BEYOND_RE = re.compile(r"超|追加|调增|增加|累计|以来|历年")
# 「资金预算2,860万元，实际拨付2,734.6亿元」: a budget (no 总) and what was actually spent of it
# (实际 + a verb of spending): spending may overrun a budget a little, never by a power of ten
_BUDGET_RE = re.compile(r"预算(?:资金|经费|金额|额)?(?:为|达|约|共|计)*$")
_ACTUAL_RE = re.compile(r"实际(?:完成|到位|拨付|支付|执行|使用|支出|投入|发放)")
BUDGET_SLIP = 10  # times a budget an actual figure must reach to be a slip, not an overrun
# 「业务经费投入总额为958.25万元，业务经费支出总额为858.55亿元」: what was put in (投入总额) and
# what was spent (支出) of the same fund, named before both: spending draws on what was put in,
# so it may exceed it a little (结转), never by a power of ten
_PUT_IN_RE = re.compile(r"(?P<noun>[\u4e00-\u9fff]{2,4}?)投入总额(?:为|达|约|共|计)*$")
_SPENT_RE = re.compile(r"支出(?:总额|总计|金额|额)?(?:为|达|约|共|计)*$")


def _done_above_whole(bq: BlockQuantities) -> list[Relation]:
    """「项目总投资1.35亿元，年内已完成投资9200亿元」: what of a whole (总投资, 总预算…) was done
    (完成, 到位, 拨付…), the same noun, above the whole in the same sentence — commonly a 亿
    for a 万. Not when the sentence says the whole was exceeded or added to (超, 追加, 累计…).
    A warning: the figures are linked by their words (N206)."""
    text = bq.text
    out: list[Relation] = []
    whole: Quantity | None = None
    noun = ""
    fund = ""  # the fund named before 投入总额 (:data:`_PUT_IN_RE`)
    for q in bq.quantities[: MAX_FIGURES * 4]:
        if q.kind != "money" or q.quoted or q.change or q.depth:
            continue
        clause = _clause_before(text, q)
        m = _WHOLE_NAMED_RE.search(clause)
        if m is not None and not q.approx:
            whole, noun, fund = q, m.group("noun"), ""
            continue
        if _BUDGET_RE.search(clause) and not _DONE_RE.search(clause) and not q.approx:
            # (a budget: its actual is named by 实际, not by the noun; 「已执行预算760万元」 is
            # what was done of a budget, not one)
            whole, noun, fund = q, "", ""
            continue
        put_in = _PUT_IN_RE.search(clause)
        if put_in is not None and not q.approx:
            whole, noun, fund = q, "", put_in.group("noun")
            continue
        if whole is None or whole.sentence != q.sentence or q.low <= bounds(whole)[1]:
            continue
        if not noun:
            actual = (
                _SPENT_RE.search(clause) is not None and fund in clause
                if fund
                else _ACTUAL_RE.search(clause) is not None
            )
            if not actual or q.low < bounds(whole)[1] * BUDGET_SLIP:
                continue
        elif noun not in clause or "总" in clause or _DONE_RE.search(clause) is None:
            continue
        lo, hi = bq.sentence_span(q.sentence)
        if _BEYOND_RE.search(text, lo, hi) or _other_area(text, q, whole):
            continue
        out.append(
            _finding(
                q,
                (whole,),
                code="N206",
                severity=Severity.WARNING,
                message=(
                    f"{q.text}多于文中所述总{noun}{whole.text}，已完成的部分不应多于总数"
                    if noun
                    else f"{q.text}达到文中所述投入总额{whole.text}的{BUDGET_SLIP}倍以上，支出不应远超投入"
                    if fund
                    else f"{q.text}达到文中所述预算{whole.text}的{BUDGET_SLIP}倍以上，实际数不应远超预算"
                ),
                suggestion="核对该数字与总数（常见为“万”“亿”写错或多写一位）",
            )
        )
        whole = None
    return out


# 「补助资金860万元，加上区级配套资金后合计投入1.42万元」: a total said to add to the figure
# before it (加上…后, 连同…) in its sentence
_ADDED_TO_RE = re.compile(r"加上|连同|再加|加之以")


def _total_below_added(bq: BlockQuantities, lex: Lexicon) -> list[Relation]:
    """A total (合计, 共…) whose words since the figure before it say it adds to that figure
    (加上…后, 连同…), of the same unit, in its sentence, below it: the sum is at least each of
    its parts — commonly a 万 or 亿 written wrong (N206, a warning)."""
    text = bq.text
    out: list[Relation] = []
    figures = [
        q
        for q in bq.quantities[: MAX_FIGURES * 4]
        if q.kind in ("money", "count") and not q.quoted and not q.change and not q.depth
    ]
    for p, q in itertools.pairwise(figures):
        if p.sentence != q.sentence or not q.total_marker or q.approx or p.approx:
            continue
        between = text[p.end : q.num_start]
        if _ADDED_TO_RE.search(between) is None or re.search("[。；;]", between):
            continue
        if not (lex.same_units(p.unit, q.unit) and p.kind == q.kind):
            continue
        if bounds(q)[1] >= p.low:
            continue
        out.append(
            _finding(
                q,
                (p,),
                code="N206",
                severity=Severity.WARNING,
                message=f"加上其他部分后的合计{q.text}反而少于其中的{p.text}，合计不应少于部分",
                suggestion="核对合计与各部分（常见为“万”“亿”写错或漏写一位）",
            )
        )
    return out


# a figure restated by a 的-clause of the verb it was stated with (受理…1.2万件 … 受理的1200件)
_RESTATING_RE = re.compile(r"([\u4e00-\u9fff]{1,8})的")
_RESTATING_LEAD_RE = re.compile(r"^(?:在|对|全年|年内|今年|本年度?|已)+")


@lru_cache(maxsize=4096)  # asked of every figure by each restatement reading
def _significant(value: Decimal) -> str:
    """The significant digits of a value (12000 and 1200 -> "12"): of the value alone, not
    of how it is printed (12000, 1.2E+4 and 12000.0 give the same)."""
    return format(value.normalize(), "f").replace(".", "").strip("0")


def _restated_shifted(bq: BlockQuantities, lex: Lexicon) -> list[Relation]:
    """A figure stated again, by a 的-clause of the words it was first stated with or a
    pointer back (上述/这些), with its digits shifted by a power of ten (「全年受理投诉举报
    1.2万件」 …「受理的1200件投诉举报均已办结」): the same thing counted twice, one of them
    off by 10, 100, 1000 or 10000 (N201, a warning: the two are read as one figure)."""
    out: list[Relation] = []
    text = bq.text
    stated: dict[tuple[str, str], Quantity] = {}
    for q in bq.quantities[: MAX_FIGURES * 4]:
        if q.quoted or q.approx or q.change or q.kind not in ("money", "count"):
            continue
        digits = _significant(q.value)
        if len(digits) < 2:
            continue
        x = stated.get((digits, q.unit))
        stated[(digits, q.unit)] = q
        if x is None or x.value == q.value or x.approx:
            continue
        ratio = max(x.value, q.value) / min(x.value, q.value)
        if ratio not in _SHIFTS:
            continue
        clause = _clause_before(text, q)
        # the clause is the first's verb and 的 alone (在受理的, 全年追回的): no qualifier
        # of a part (「其中12345转办受理的150件」)
        m = _RESTATING_RE.fullmatch(_RESTATING_LEAD_RE.sub("", clause))
        first = x.pre + x.verb
        if not (
            (m is not None and len(m.group(1)) >= 2 and all(ch in first for ch in m.group(1)))
            or (_BACK_RE.search(clause) is not None)
        ):
            continue
        # the thing counted: the words after the figure, or before it, name the first's
        thing = x.noun + x.after + _noun_after(text, x)
        if common_substring(clause + _noun_after(text, q), thing + first) < 2:
            continue
        # 「办理的186件刑事法律援助案件」 after 「办理法律援助案件1,860件」: a kind of it
        own = _head_noun(lex, _noun_after(text, q)[:10])
        if sum(ch not in thing + first + x.pre for ch in own) >= 2:
            continue
        out.append(
            Relation(
                "unit-slip",
                Verdict.CONTRADICTION,
                q.block,
                (q.num_start, q.end),
                (span_of(q), span_of(x)),
                code="N201",
                severity=Severity.WARNING,
                message=(
                    f"前文为{x.text}，此处再次提及同一数字却写作{q.text}，两者相差{fmt(ratio)}倍"
                ),
                suggestion=f"核对「{q.text}」与前文{x.text}的数量级是否一致",
            )
        )
    return out


_SHIFTS = frozenset(Decimal(10) ** k for k in (1, 2, 3, 4))


# a minimum for every person: 每人每年不少于60学时, 人均不低于40学时
_EACH_MIN_RE = re.compile(
    r"(?:每人|人均|每(?:名|位)(?=(?P<who>[\u4e00-\u9fff]{2})))(?:每年|每学年|每月|全年|年度)?"
    r"[\u4e00-\u9fff]{0,12}?(?:不少于|不低于|至少|须达到|应达到)?$"
)
_AT_LEAST = ("不少于", "不低于", "至少")
# a claim that every person met it
_ALL_MET_RE = re.compile(r"达标|均达到|全部达到|全员|全覆盖|均完成|全部完成")


def _minimum_each(bq: BlockQuantities, lex: Lexicon) -> list[Relation]:
    """「现有执法人员2340名，每人每年不少于60学时……全年共培训1.4万学时，确保人均学时达标」:
    a total for everyone, said to meet a minimum for each, is at least the minimum times the
    number of people."""
    text = bq.text
    if "每" not in text and "人均" not in text:
        return []
    claim = prefilter.search(_ALL_MET_RE, text)
    counts = [q for q in bq.quantities[: MAX_FIGURES * 4] if q.kind == "count" and not q.quoted]
    found = next(
        (
            (q, m)
            for q in counts
            if (m := _EACH_MIN_RE.search(q.pre)) is not None
            and (m.group().endswith(("于", "少", "到")) or q.approx in _AT_LEAST)
        ),
        None,
    )
    if found is None:
        return []
    minimum, each = found
    totals = [
        q
        for q in counts
        if q.unit == minimum.unit
        and q.num_start > minimum.end
        and not per_or_change(lex, q)
        and not _EACH_MIN_RE.search(q.pre)
    ]
    if not totals:
        return []
    total = totals[0]
    who = each.group("who") or ""
    people = [
        q
        for q in counts
        if lex.same_units(q.unit, "人")
        and not q.approx
        and (
            q.num_start < minimum.num_start
            # (after the minimum, before the total: the people the 每 names, 「每名公务员…
            # 不少于40学时，全县2350名公务员…」)
            or (q.num_start < total.num_start and len(who) == 2 and q.after.startswith(who))
        )
    ]
    if not people:
        return []
    headcount = people[-1]
    need = headcount.low * minimum.low
    if claim is not None and total.high < need:
        return [
            _minimum_finding(
                total,
                headcount,
                minimum,
                f"{headcount.text}每人不少于{minimum.text}，合计至少{show(need, total)}，"
                f"而全年仅{total.text}，与“{claim.group()}”的表述不符",
            )
        ]
    # the people times the minimum, shifted by a power of ten (「1460人，每人…不少于60学时，累计
    # 培训876万学时」: 8.76万 with 万 written for a digit): a slip, whatever is claimed
    exact = headcount.value * minimum.value
    if (
        minimum.approx in _AT_LEAST or each.group().endswith(("于", "少", "到"))
    ) and not total.approx:
        half = (total.high - total.low) / 2
        if (
            exact
            and not (total.low <= exact <= total.high)
            # (round figures, 4学时 × 2500人 = 1万 and 10万学时, may meet a tenfold by chance)
            and min(_significant_digits(exact), _significant_digits(total.value)) >= 2
            and power_of_ten_slip(total.value, exact, half)
        ):
            return [
                _minimum_finding(
                    total,
                    headcount,
                    minimum,
                    f"{headcount.text}每人不少于{minimum.text}，二者之积为{show(exact, total)}，"
                    f"文中总数{total.text}恰为其整十、整百倍或几分之一，疑为数量级写错",
                )
            ]
    return []


# a rate paid to each person per period (「按照每名调解员每月补贴300元的标准」): who, the period
_STANDARD_RE = re.compile(
    r"每(?:名|位|人)(?P<who>[\u4e00-\u9fff]{0,6}?)每(?:个)?(?P<per>月|季度|年)[\u4e00-\u9fff]{0,6}$"
)
# ... or to each member of a set of units (「按照每个村（社区）每年2万元的标准」「按每校每年8000元
# 标准」): the member's noun (村, 校), its measure optional, brackets naming its kinds aside
_MEMBER_STANDARD_RE = re.compile(
    r"每(?P<measure>个|所|家|户|座|支)?(?P<who>[\u4e00-\u9fff]{0,6}?)(?:[（(][^（()）]{1,8}[）)])?"
    r"每(?:个)?(?P<per>月|季度|年)[\u4e00-\u9fff]{0,6}$"
)
MEMBERS_BACK = 8  # figures looked back from a standard for the count of its members
STANDARD_LEAD = 30  # characters of a standard's clause read before its figure
_OWN_CLAUSE_END_RE = re.compile(r"[，,；;。：:]")
_STANDARD_AFTER_RE = re.compile(r"[^，,；;。]{0,4}?标准")
_PERIODS_OF_YEAR = {"月": 12, "季度": 4, "年": 1}


def _standard_products(bq: BlockQuantities, lex: Lexicon) -> list[Relation]:
    """「按照每名人民调解员每月补贴300元的标准，全年为86名专职人民调解员发放补贴309.6万元」:
    a standard each person gets per period, the people it was paid to, and the year's total:
    the total is the standard times the periods of a year times the people, unless some were
    paid for part of the year — so only that product shifted by a power of ten (30.96万 printed
    309.6万) is read, a slip (a warning)."""
    text = bq.text
    if "标准" not in text or "每" not in text:
        return []
    money = [q for q in bq.quantities[: MAX_FIGURES * 4] if q.kind == "money" and not q.quoted]
    out: list[Relation] = []
    starts: list[int] = []  # the figures' positions, listed once when a member standard needs them
    for rate in money:
        m = _STANDARD_RE.search(rate.pre)
        if rate.approx or not _STANDARD_AFTER_RE.match(text, rate.end):
            continue
        later = [
            q
            for q in bq.quantities
            if q.num_start > rate.end and q.sentence == rate.sentence and not q.quoted
        ]
        if m is not None:
            who = m.group("who")[-2:] or "人"
            people = next(
                (q for q in later if lex.same_units(q.unit, "人") and who in q.after[:10] + q.pre),
                None,
            )
        else:
            # (the figure's own words stop at a bracket: read its clause before it)
            lead = text[max(0, rate.num_start - STANDARD_LEAD) : rate.num_start]
            m = _MEMBER_STANDARD_RE.search(_OWN_CLAUSE_END_RE.split(lead)[-1])
            if m is None:
                continue
            starts = starts or [q.num_start for q in bq.quantities]
            # (「每家每年」: the measure alone names the member, the unit of its count)
            who = m.group("who")[-1:] or m.group("measure") or ""
            people = _members_before(bq, starts, rate, who) if who else None
        if people is None or people.approx:
            continue
        total = next(
            (q for q in later if q.kind == "money" and q.num_start > people.end and not q.approx),
            None,
        )
        if total is None:
            continue
        exact = rate.value * _PERIODS_OF_YEAR[m.group("per")] * people.value
        half = (total.high - total.low) / 2
        if (
            total.low <= exact <= total.high
            or min(_significant_digits(exact), _significant_digits(total.value)) < 2
            or not power_of_ten_slip(total.value, exact, half)
        ):
            continue
        out.append(
            _finding(
                total,
                (rate, people),
                severity=Severity.WARNING,
                message=(
                    f"每{m.group('per')}{rate.text}×{_PERIODS_OF_YEAR[m.group('per')]}×"
                    f"{people.text}＝{show(exact, total)}，文中总数{total.text}恰为其整十、"
                    "整百倍或几分之一，疑为数量级写错"
                ),
                suggestion="核对总数、人数与标准（常见为多写一位或漏写“万”）",
            )
        )
    return out


def _members_before(
    bq: BlockQuantities, starts: list[int], rate: Quantity, who: str
) -> Quantity | None:
    """The count of the members a standard is paid to each (「全区154个村（社区）…按照每个村
    （社区）每年2万元的标准」): the nearest count before it in its paragraph (at most
    ``MEMBERS_BACK`` figures back) whose own clause names the member's noun right after it."""
    i = bisect.bisect_left(starts, rate.num_start)
    for q in reversed(bq.quantities[max(0, i - MEMBERS_BACK) : i]):
        if q.kind != "count" or q.unit.endswith("次") or q.quoted:
            continue
        own = _OWN_CLAUSE_END_RE.split(q.after, maxsplit=1)[0][:8]
        if who in own or q.unit == who:
            return q
    return None


def _minimum_finding(
    total: Quantity, headcount: Quantity, minimum: Quantity, message: str
) -> Relation:
    return _finding(
        total,
        (headcount, minimum),
        severity=Severity.WARNING,
        message=message,
        suggestion="核对总数、人数与人均标准（常见为漏写或多写一位）",
        code="N206",
    )


_PER_PEOPLE_RE = re.compile(
    # (a clause opening with 万人 says per 万人 without 每: 「万人刑事案件发案率为3.5起」; a
    # clause opening with 千人 or 百人 is a count of that many, 「千人大宴」)
    r"(?:每|^(?=十万|百万|万))(?P<scale>十万|百万|万|千|百)(?:名)?(?:常住|户籍)?(?:人口|人|居民)(?:拥有|有|配备|配置)?"
    # (X量 is the volume of X: 每万人公证量 counts 公证, 办理公证事项3.6万件)
    # (X发生率/X发案率 is X per that many residents too: 每万人火灾发生率 counts 火灾)
    r"(?P<noun>[\u4e00-\u9fff]{1,8}?)(?:数|数量|量|发生率|发案率)?(?:为|达到|达|约)?$"
)
_SCALE = {"百": 100, "千": 1000, "万": 10_000, "十万": 100_000, "百万": 1_000_000}


def _per_population(bq: BlockQuantities, lex: Lexicon) -> list[Relation]:
    """「常住人口86万人，执业律师258名，每万人拥有律师5.2名」: a figure per ten thousand
    residents is the count over the population (258 ÷ 86 = 3.0)."""
    text = bq.text
    if "每" not in text and "万" not in text:
        return []  # every figure per residents reads 每… or opens its clause with 万(名)人
    data = lex.data.get("magnitude", {})
    population = tuple(data.get("population", ()))
    figures = [q for q in bq.quantities[: MAX_FIGURES * 4] if not q.quoted]
    people = [q for q in figures if q.kind == "count" and _is_population(text, q, population)]
    if not people:
        return []
    out: list[Relation] = []
    for a in figures:
        m = _PER_PEOPLE_RE.search(_clause_before(text, a))
        if m is None or a.kind != "count":
            continue
        noun = m.group("noun")
        counts = [
            c
            for c in figures
            if c is not a
            and c.kind == "count"
            and lex.same_units(c.unit, a.unit)
            and not _PER_PEOPLE_RE.search(_clause_before(text, c))
            and not any(c is p for p in people)
            and (noun in _clause_before(text, c) or noun[-2:] in _clause_before(text, c))
        ]
        if len(counts) != 1:
            continue  # no count of the thing, or several: no single reading
        count, pop = counts[0], people[0]
        scale = Decimal(_SCALE[m.group("scale")])
        value = count.value / (pop.value / scale)
        low, high = bounds(a)
        slack = max((high - low) / 2, a.value * TOLERANCE, Decimal("0.05"))
        if a.value - slack <= value <= a.value + slack:
            continue
        out.append(
            _finding(
                a,
                (count, pop),
                severity=Severity.WARNING,
                message=(
                    f"“每{m.group('scale')}人”{a.text}与所列数字不符："
                    f"{count.text}÷{pop.text}×{m.group('scale')}＝{fmt(value.quantize(Decimal('0.01')))}"
                    f"{a.unit_text}"
                ),
                suggestion="核对人均数、总数与人口",
            )
        )
    return out


_TOTAL_WORD_RE = re.compile(r"(?:共计|合计|总计|累计|共|计|达|为)+$")
# an amount stated for each person, household or case, and the units of those it is per
_EACH_RE = re.compile(r"(?P<w>人均|每人|每名|户均|每户|件均|每件|案均|每起)[\u4e00-\u9fff]{0,6}$")
_EACH_UNITS = {"人": "人", "名": "人", "户": "户", "件": "件", "案": "件", "起": "件"}


def _each_stated(
    bq: BlockQuantities, classes: Sequence[dict[str, Any]], figures: list[Quantity], s_start: int
) -> list[Relation]:
    """「发放临时救助补贴，人均3000万元」: an amount per person (per household, per case) of a
    kind of money numbers.toml ``magnitude.per-head`` bounds, above that bound."""
    out: list[Relation] = []
    for money in figures:
        if money.kind != "money" or money.approx:
            continue
        each = _EACH_RE.search(money.pre)
        if each is None:
            continue
        unit = _EACH_UNITS[each.group("w").replace("均", "").replace("每", "")[:1]]
        words = bq.text[max(s_start, money.start - 40) : money.start]
        kind = next(
            (
                c
                for c in classes
                if any(w in words for w in c.get("words", ()))
                and any(_EACH_UNITS.get(u) == unit for u in c.get("per", ()))
            ),
            None,
        )
        if kind is None:
            continue
        limit = Decimal(str(kind.get("max", 0)))
        if limit <= 0 or bounds(money)[0] <= limit:
            continue
        hint = "，疑为“元”误写为“万元”" if money.magnitude == 10_000 else ""
        out.append(
            _finding(
                money,
                (),
                severity=Severity.WARNING,
                message=(
                    f"“{each.group()}{money.text}”超出此类款项每{unit}"
                    f"{fmt(limit / 10_000)}万元的合理上限{hint}"
                ),
                suggestion="核对金额单位（元/万元）",
            )
        )
    return out


_SUM_REACH = 300  # characters after a money total its parts are looked for
_SUM_PARTS = 6  # money figures after a total read as its parts (prefixes of them)
# words between a total and its parts that say the figures after it divide it
# (分产业看/分行业看/按来源分: a statistics bulletin's split of the total before it, s34-units)
_OF_IT_RE = re.compile(
    r"其中|包括|含|分别|来源|构成|组成|用于|一是|分[^，,。；;]{1,6}看[，,：:]|按[^，,。；;]{1,6}分[，,：:]"
)
# a list opened by a colon (「具体情况为：」「分部门情况是:」) after a total: its figures may be the
# total's parts again (s32b-timeunits)
_LIST_COLON_RE = re.compile(r"[：:]")


# significant digits a part needs before its digits shifted are read as the ones meant
SHIFT_DIGITS = 3


def _significant_digits(value: Decimal) -> int:
    """Digits of a value without its trailing zeros (5810 -> 3, 4200 -> 2, 1.25 -> 3)."""
    digits = format(value.normalize(), "f").replace(".", "").lstrip("0").rstrip("0")
    return len(digits)


def _sum_slip(bq: BlockQuantities) -> list[Relation]:
    """「全年普法经费共计356万元。区级财政安排210万元，用于…。部门自筹146元，用于…」: the
    figures after a total (共计/合计…, or followed by 其中) over the next sentences of the
    paragraph, one of them printed without the total's 万/亿 among figures printed with it, add
    up to the total once that one is read with it — and not as printed. The same for counts of
    one unit (「实有市场主体8.93万户，其中企业3.12万户、个体工商户5,810户」: 5.81万户, its digits
    shifted by a power of ten). Only figures of the total's class are its parts (the 宗 counts
    between the amounts of 「征收1251宗，征收总金额82183.78元」 are none); the first of them
    after the total are tried as its parts (each prefix of them), and again from the first after
    a later 其中 (「共收到资金10.53亿元，支出9.4亿元。其中…」: the spending is no part). A sum
    and a total printed with decimals may differ by their rounding (:func:`_sum_fits`). The
    parts may also come before a total named by 共计/合计 (「办案补贴203750元；…值班补贴13200元；
    …评查补贴1500元。此次共计发放…218450万元」: :func:`_sum_before`). A warning (N201): the
    parts are a reading across sentences."""
    text = bq.text
    figures = [
        q
        for q in bq.quantities[: MAX_FIGURES * 4]
        if q.kind in ("money", "count") and not q.quoted and not q.change and q.depth == 0
    ]
    out: list[Relation] = []
    for i, total in enumerate(figures):
        if total.magnitude < 10_000 or total.approx:
            continue
        parts: list[Quantity] = []
        for q in figures[i + 1 :]:
            if q.start - total.end > _SUM_REACH or q.total_marker:
                break
            if _same_class(q, total):
                parts.append(q)
                if len(parts) == _SUM_PARTS * 2:
                    break
        rel = None
        if len(parts) >= 2 and (
            total.total_marker
            or _OF_IT_RE.search(text, total.end, parts[0].start)
            or _LIST_COLON_RE.search(text, total.end, parts[0].start)
        ):
            rel = _slip_of_parts(total, parts[:_SUM_PARTS])
        # parts from the first after a later 其中 or a list's colon (at most two such starts)
        starts = [
            j
            for j in range(1, len(parts) - 1)
            if _OF_IT_RE.search(text, parts[j - 1].end, parts[j].start)
            or _LIST_COLON_RE.search(text, parts[j - 1].end, parts[j].start)
        ][:2]
        for j in starts:
            if rel is None:
                rel = _slip_of_parts(total, parts[j : j + _SUM_PARTS])
        if rel is None and total.total_marker:
            rel = _sum_before(total, figures, i, bq)
        if rel is not None:
            out.append(rel)
    return out


# words between a measure total and its parts that say the figures after it are all its parts
_ALL_OF_IT_RE = re.compile(r"其中|分别")


def _measure_sum_slip(bq: BlockQuantities, lex: Lexicon) -> list[Relation]:
    """「全县境内公路里程2271.83公里，其中国道136.75公里、省道46.22公里、县道302.96米、乡道
    355.28公里、村道1430.62公里」: the measures after a total in its sentence (after 其中 or
    分别, or a total named by 共计/合计), one of them in another unit of the total's measure
    (numbers.toml ``magnitude.conversions``: 米 among 公里), add up to the total once that one is
    read in the total's unit — and not once it is converted. An error when the parts are told
    as the total's (其中/分别 in the sentence) and add up exactly; a warning otherwise (N201)."""
    conv = _conversions(lex)
    text = bq.text
    figures = [
        q
        for q in bq.quantities[: MAX_FIGURES * 4]
        if q.kind == "measure"
        and q.unit in conv
        and not q.quoted
        and not q.change
        and q.depth == 0
        and not q.approx
    ]
    out: list[Relation] = []
    for i, total in enumerate(figures):
        base, factor = conv[total.unit]
        parts = []
        for q in figures[i + 1 :]:
            if q.sentence != total.sentence or q.total_marker or conv[q.unit][0] != base:
                break
            parts.append(q)
            if len(parts) == _SUM_PARTS * 2:
                break
        if len(parts) < 2:
            continue
        told = _ALL_OF_IT_RE.search(text, total.end, parts[0].start) is not None
        if not told and not total.total_marker:
            continue
        odd = [p for p in parts if p.unit != total.unit]
        if len(odd) != 1:
            continue
        slip = odd[0]
        rest = sum((p.value for p in parts if p is not slip), Decimal(0))
        converted = rest + slip.value * conv[slip.unit][1] / factor
        rounding = min(_significant_digits(total.value), _significant_digits(slip.value)) >= 3
        if _sum_fits(converted, total, parts, True) or not _sum_fits(
            rest + slip.value, total, parts, rounding
        ):
            continue
        exact = rest + slip.value == total.value
        guess = f"{slip.number}{total.unit_text}"
        shown = "＋".join(p.number for p in parts)
        out.append(
            Relation(
                "unit-slip",
                Verdict.CONTRADICTION,
                slip.block,
                (slip.num_start, slip.end),
                (span_of(slip), span_of(total), *(span_of(p) for p in parts if p is not slip)),
                code="N201",
                severity=Severity.ERROR if told and exact else Severity.WARNING,
                message=(
                    f"分项「{slip.text}」的单位与总数{total.text}及其他分项不同；"
                    f"按“{guess}”计，{shown}{'恰为' if exact else '约为'}{total.text}，"
                    f"按{slip.unit_text}折算则分项合计约{fmt(converted.quantize(Decimal('0.01')))}"
                    f"{total.unit_text}，与总数不符，疑为单位写错"
                ),
                suggestion=f"核对「{slip.text}」是否应为「{guess}」",
            )
        )
    return out


def _same_class(q: Quantity, total: Quantity) -> bool:
    """May ``q`` be a part of ``total``: any money of a money total, a count of its unit."""
    return q.kind == total.kind and (q.kind == "money" or q.unit == total.unit)


def _half(q: Quantity) -> Decimal:
    """Half a unit of the last digit ``q`` is printed with (0 for an integer: taken as exact)."""
    low, high = bounds(q)
    return (high - low) / 2


def _sum_fits(added: Decimal, total: Quantity, head: list[Quantity], rounding: bool) -> bool:
    """Is ``added`` (the parts' sum) the total? Exactly, or — when ``rounding`` — within half a
    unit of the total's last printed digit and of each part's (real totals are summed before
    rounding: 194.99 of parts printed against 194.98, 11.4458亿 against 11.45亿)."""
    if added == total.value:
        return True
    if not rounding:
        return False
    slack = _half(total) + sum((_half(p) for p in head), Decimal(0))
    return abs(added - total.value) <= slack


def _slip_of_parts(total: Quantity, parts: list[Quantity], suffix: bool = False) -> Relation | None:
    """The first prefix of ``parts`` (the first suffix with ``suffix``: parts before their total,
    nearest first) (two or more) whose sum is ``total``'s digits at another
    power of ten (:func:`_shifted_total`), or which adds up to the total once its one part of
    the lowest magnitude (printed with less than the total's 万/亿, or less than the other parts':
    82183.78元 among 万元 parts of 11.45亿元) is read at the total's or the other parts'
    magnitude, or its digits shifted by a power of ten."""
    for k in range(2, len(parts) + 1):
        head = parts[-k:] if suffix else parts[:k]
        shifted = None if suffix else _shifted_total(total, head)
        if shifted is not None:
            return shifted
        low = min(p.magnitude for p in head)
        odd = [p for p in head if p.magnitude == low]
        if len(odd) == len(head) and low == total.magnitude and not suffix:
            # every part printed with the total's 万/亿: one part's decimal point slipped
            # (「处罚金额91180.6万元。其中，省本级…10160万元；各市…8102.06万元」: 81020.6)
            moved = _point_slip(total, head)
            if moved is not None:
                return moved
            continue
        if len(odd) != 1 or odd[0].approx or low >= total.magnitude:
            continue
        slip = odd[0]
        rest = sum((p.value for p in head if p is not slip), Decimal(0))
        # rounding allowed only of figures printed with three digits or more (two digits, 12
        # or 4,200, meet a sum by chance too often)
        rounding = min(_significant_digits(total.value), _significant_digits(slip.value)) >= 3
        if _sum_fits(rest + slip.value, total, head, rounding):
            continue
        # the slip read with the total's 万/亿 (146元: 146万元) or the other parts' (82183.78元:
        # 82183.78万元), or its digits shifted by a power of ten (5,810户: 5.81万户)
        mags = sorted(
            {total.magnitude, *(p.magnitude for p in head if p is not slip)}, reverse=True
        )
        scales = [Decimal(m) / slip.magnitude for m in mags if m > slip.magnitude]
        if _significant_digits(slip.value) >= SHIFT_DIGITS:
            scales += [Decimal(10) ** n for n in SLIP_POWERS if Decimal(10) ** n not in scales]
        scale = next(
            (f for f in scales if _sum_fits(rest + slip.value * f, total, head, rounding)), None
        )
        if scale is None:
            continue
        return _slip_found(total, head, slip, scale)
    return None


# significant digits a part and its total need before one part's decimal point is read as slipped
POINT_DIGITS = 4


def _point_slip(total: Quantity, head: list[Quantity]) -> Relation | None:
    """Parts all printed with their total's 万/亿 that add up to it exactly once one of them has
    its digits shifted by a power of ten, and not as printed (s34-units; real38 QQ067: 10160 +
    8102.06 ≠ 91180.6, 10160 + 81020.6 = 91180.6). Only parts and a total of POINT_DIGITS
    significant digits or more (two or three digits meet a sum shifted by chance), none
    approximate, and only when exactly one part and one power of ten fit."""
    if total.approx or _significant_digits(total.value) < POINT_DIGITS:
        return None
    added = sum((p.value for p in head), Decimal(0))
    if added == total.value:
        return None
    found: list[tuple[Quantity, Decimal]] = []
    for slip in head:
        if slip.approx or _significant_digits(slip.value) < POINT_DIGITS:
            continue
        rest = added - slip.value
        for n in SLIP_POWERS:
            for scale in (Decimal(10) ** n, Decimal(10) ** -n):
                if rest + slip.value * scale == total.value:
                    found.append((slip, scale))
    if len(found) != 1:
        return None
    slip, scale = found[0]
    read = fmt(slip.value * scale / total.magnitude)
    mag = MAGNITUDE_NAMES.get(total.magnitude, "")
    printed = "＋".join(fmt(p.value / total.magnitude) for p in head)
    shown = "＋".join(read if p is slip else fmt(p.value / total.magnitude) for p in head)
    return _slip_in_sum(
        slip,
        total,
        head,
        (
            f"分项{printed}合计{fmt(added / total.magnitude)}{mag}{total.unit_text}，"
            f"与总数{total.text}不符；"
            f"若「{slip.text}」为{read}{mag}{slip.unit_text}，{shown}恰为{total.number}，"
            f"疑为小数点或位数有误"
        ),
        f"核对「{slip.text}」是否应为「{read}{mag}{slip.unit_text}」",
    )


def _slip_found(total: Quantity, head: list[Quantity], slip: Quantity, scale: Decimal) -> Relation:
    """The N201 warning of :func:`_slip_of_parts`: ``slip`` read ``scale`` times larger."""
    mag = MAGNITUDE_NAMES.get(total.magnitude, "")
    read_mag = next(
        (m for m in (total.magnitude, 100_000_000, 10_000) if Decimal(m) / slip.magnitude == scale),
        None,
    )
    if read_mag is not None:
        m_name = MAGNITUDE_NAMES.get(read_mag, "")
        how = f"按“{m_name}{slip.unit_text}”计"
        guess = f"{slip.number}{m_name}{slip.unit_text}"
        tail = f"疑为漏写“{m_name}”" if slip.magnitude == 1 else "疑为单位有误"
    else:
        read = fmt(slip.value * scale / total.magnitude)
        how = f"若为{read}{mag}{slip.unit_text}"
        guess = f"{read}{mag}{slip.unit_text}"
        tail = "疑为数量级有误"
    added = sum((p.value for p in head if p is not slip), slip.value * scale)
    shown = "＋".join(
        fmt(p.value / total.magnitude)
        if p is not slip
        else fmt(slip.value * scale / total.magnitude)
        for p in head
    )
    fits = "恰为" if added == total.value else "约为"
    return _slip_in_sum(
        slip,
        total,
        head,
        (
            f"分项「{slip.text}」的数量级与总数{total.text}及其他分项不同；"
            f"{how}，{shown}{fits}{total.number}{'' if added == total.value else f'（合计{fmt(added / total.magnitude)}{mag}，舍入之差）'}，{tail}"
        ),
        f"核对「{slip.text}」是否应为「{guess}」",
    )


# a sentence that goes on adding to the figure of the sentence before it (「…收入7771.8亿元。加上
# 中央财政税收返还…996.8亿元，…，收入总量为10084.7亿元」)
_ADDING_ON_RE = re.compile(r"\s*(?:再|另)?加上?")


def _sum_before(
    total: Quantity, figures: list[Quantity], i: int, bq: BlockQuantities
) -> Relation | None:
    """「办案补贴203750元；…值班补贴13200元。…评查补贴1500元。此次共计发放补贴218450万元」: the
    figures of its class right before a total named by 共计/合计 (within :data:`_SUM_REACH`,
    no other total between), the last two or more of them, adding up to the total's digits
    at another power of ten — the total's 万/亿 slipped (:func:`_shifted_total`)."""
    parts: list[Quantity] = []
    for j in range(i - 1, -1, -1):  # back from the total (``figures[i]``), within the reach
        q = figures[j]
        if total.start - q.end > _SUM_REACH:
            break
        if q.total_marker and _same_class(q, total):
            break
        if _same_class(q, total):
            parts.append(q)
            if len(parts) == _SUM_PARTS * 2:
                break
    # 「收入决算数129748万元，加上级补助收入428905万元，下级上解收入4409元，…，收入总计968113万元」:
    # one part of the sentence's run before the total printed without its 万 (s30b-units)
    own = [p for p in parts if p.sentence == total.sentence]
    # the sentence opens by adding to the one before it (加上…): that one's figures are parts too
    # (s34-units; real66 LD017)
    if total.sentence > 0 and _ADDING_ON_RE.match(bq.text, bq.sentence_starts[total.sentence]):
        own = [p for p in parts if total.sentence - 1 <= p.sentence <= total.sentence]
    # a figure right after 其中 following another part is that part's own part, not one of the
    # total's (「加上级转移支付收入1884万元，其中：一般转移支付收入1478万元（…），上年结转结余60元，…，
    # 收入合计为6449万元」: s34-units; real56 KS094)
    own = [
        p
        for k, p in enumerate(own)
        if k + 1 == len(own) or "其中" not in bq.text[own[k + 1].end : p.start]
    ]
    if len(own) >= 3:
        slip = _slip_of_parts(total, own[::-1], suffix=True)
        if slip is not None:
            return slip
    parts = parts[:_SUM_PARTS]
    for k in range(2, len(parts) + 1):
        head = parts[:k][::-1]
        if any(p.magnitude == total.magnitude for p in head):
            return None  # a part printed with the total's 万/亿: no slip of the total's
        shifted = _shifted_total(total, head)
        if shifted is not None:
            return shifted
    return None


def _shifted_total(total: Quantity, head: list[Quantity]) -> Relation | None:
    """「标的额合计23.6亿元，其中工程类1.98亿元，服务类3800万元」: parts that add up exactly to
    the total's digits shifted by a power of ten (1.98亿 + 0.38亿 = 2.36亿): the total's decimal
    point or 万/亿 slipped, not a part left out (a partial list meets the total's digits at
    another power of ten by chance only with fewer than SHIFT_DIGITS significant digits)."""
    added = sum((p.value for p in head), Decimal(0))
    if added == total.value or added <= 0:
        return None
    if min(_significant_digits(total.value), _significant_digits(added)) < SHIFT_DIGITS:
        return None
    if shifted_power(added, total.value, total.value, down=True) is None:
        return None
    mag = MAGNITUDE_NAMES.get(total.magnitude, "")
    read = f"{fmt(added / total.magnitude)}{mag}{total.unit_text}"
    shown = "＋".join(p.number for p in head)
    return Relation(
        "unit-slip",
        Verdict.CONTRADICTION,
        total.block,
        (total.num_start, total.end),
        (span_of(total), *(span_of(p) for p in head)),
        code="N201",
        severity=Severity.WARNING,
        message=(
            f"分项{shown}合计{read}，与总数{total.text}的数字相同而数量级不同，疑为总数数量级有误"
        ),
        suggestion=f"核对总数「{total.text}」是否应为「{read}」",
    )


def _slip_in_sum(
    slip: Quantity, total: Quantity, head: list[Quantity], message: str, suggestion: str
) -> Relation:
    """The N201 warning on a part (``slip``) of a sum (``head``) that fits its ``total`` once the
    part's magnitude or unit is read another way."""
    return Relation(
        "unit-slip",
        Verdict.CONTRADICTION,
        slip.block,
        (slip.num_start, slip.end),
        (span_of(slip), span_of(total), *(span_of(p) for p in head if p is not slip)),
        code="N201",
        severity=Severity.WARNING,
        message=message,
        suggestion=suggestion,
    )


def _twin_unit_slip(bq: BlockQuantities) -> list[Relation]:
    """「覆盖群众12.6万人次，其中线上8.4万人次、线下4.2万人」: the parts after a total (共计, or
    followed by 其中) add up to it exactly, but one of them is counted in the twin of its unit
    (人 for 人次, 件 for 件次): one unit was written for the other (N201, a warning)."""
    text = bq.text
    figures = [
        q
        for q in bq.quantities[: MAX_FIGURES * 4]
        if q.kind == "count" and not q.quoted and not q.change and q.depth == 0
    ]
    out: list[Relation] = []
    units = {q.unit for q in figures}
    if not any(u + "次" in units for u in units):
        return out  # no unit beside its twin (人 and 人次): no slip below
    for i, total in enumerate(figures):
        if total.approx:
            continue
        parts: list[Quantity] = []
        for q in figures[i + 1 : i + 1 + _SUM_PARTS]:
            if q.start - total.end > _SUM_REACH or q.total_marker:
                break
            if q.unit == total.unit or _twins(q.unit, total.unit):
                parts.append(q)
        if len(parts) < 2 or not (
            total.total_marker or _OF_IT_RE.search(text, total.end, parts[0].start)
        ):
            continue
        for k in range(2, len(parts) + 1):
            head = parts[:k]
            odd = [p for p in head if p.unit != total.unit]
            if len(odd) != 1 or any(p.approx for p in head):
                continue
            if sum((p.value for p in head), Decimal(0)) != total.value:
                continue
            slip = odd[0]
            if _paired_visits(bq, slip):
                break  # 「来访95件127人次」: 件 beside its 人次 is the 件次 of a pair of measures
            out.append(
                _slip_in_sum(
                    slip,
                    total,
                    head,
                    (
                        f"分项「{slip.text}」以“{slip.unit_text}”计，总数{total.text}及其他分项以"
                        f"“{total.unit_text}”计；按“{total.unit_text}”计，"
                        f"{'＋'.join(p.number for p in head)}恰为{total.number}，"
                        f"疑为单位写错"
                    ),
                    f"核对「{slip.text}」的单位是否应为“{total.unit_text}”",
                )
            )
            break
    return out


# a share's name in the words right before it: 抽查比例, 覆盖率, 占…
_SHARE_WORD_RE = re.compile(r"(?:率|比例|比重|占比|占)(?:为|达到|达|是)?$")


def _visit_share_slip(bq: BlockQuantities) -> list[Relation]:
    """「持证食品经营主体1.26万户，…抽查…2.4万户次，抽查比例达19.0%」: a share after a count of
    things and a count of visits to them (the twin unit: 户 and 户次) in one sentence that
    fits their quotient only shifted by a power of ten (2.4万 ÷ 1.26万 = 190.5%, 19.0% fits
    2,400) says a 万 or a decimal point slipped (N104). Visits may well outnumber the things
    or stand apart from a share of another base (「检查覆盖率87.5%（已检查单位805家）」):
    only an exact shift is read, and not a share of 100% (every thing reached: 全覆盖)."""
    units = {q.unit for q in bq.quantities}
    if not any(u + "次" in units for u in units):
        return []
    out: list[Relation] = []
    figures = [
        q
        for q in bq.quantities[: MAX_FIGURES * 4]
        if not q.quoted and not q.change and q.depth == 0 and q.kind in ("count", "percent")
    ]
    for i, q in enumerate(figures):
        if q.kind != "percent" or q.value in (0, 100):
            continue
        if not _SHARE_WORD_RE.search(q.pre.rstrip(" 　")):
            continue
        before = [p for p in figures[max(0, i - _SUM_PARTS) : i] if p.sentence == q.sentence]
        visits = [p for p in before if p.kind == "count" and p.unit.endswith("次")]
        if not visits:
            continue
        v = visits[-1]
        things = [p for p in before if p.num_start < v.num_start and _twins(p.unit, v.unit)]
        if not things or v.approx or things[-1].approx or things[-1].value <= 0:
            continue
        base = things[-1]
        if any(p.kind == "count" and p.num_start > v.num_start for p in before):
            continue  # a figure after the visits may be the share's own (已检查805家)
        ratio = v.value / base.value * 100
        low, high = bounds(q)
        unit = high - low  # (truncation accepted: up to one printed unit above)
        if low - unit <= ratio <= high + unit or not any(
            low - unit <= ratio * f <= high + unit
            for k in SLIP_POWERS
            for f in (Decimal(10) ** k, Decimal(10) ** -k)
        ):
            continue
        out.append(
            Relation(
                "rate",
                Verdict.CONTRADICTION,
                q.block,
                (q.num_start, q.end),
                (span_of(q), span_of(v), span_of(base)),
                code="N104",
                severity=Severity.ERROR,
                message=f"{q.pre.rstrip(' 　')[-6:]}{q.text}与其分子分母不符：{v.text}÷{base.text}"
                f"＝{show(ratio.quantize(Decimal('0.1')), q)}，相差10的整数次幂",
                suggestion="核对比例或两个数字的数量级（常见为多写或漏写“万”、小数点错位）",
            )
        )
    return out


def _paired_visits(bq: BlockQuantities, q: Quantity) -> bool:
    """「来访95件127人次」: a count written straight against a second count of the same
    visits in 次 (no mark between) is one of a pair of measures (件 and 人次, 批 and 人次); the
    pair's 次 is said once, at its end, so the first unit is not the twin written for the
    other. Not a unit followed by a mark (「线下4.2万人，…」)."""
    nxt = next((n for n in bq.quantities if n.num_start >= q.end), None)
    return (
        nxt is not None
        and nxt.kind == "count"
        and nxt.unit.endswith("次")
        and nxt.unit != q.unit + "次"
        and not bq.text[q.end : nxt.num_start].strip(" 　")
    )


def _twins(a: str, b: str) -> bool:
    """Are two units a count and its visits (人 and 人次, 件 and 件次, 户 and 户次)?"""
    return a != b and (a + "次" == b or b + "次" == a)


# a total over several years, or an average the sentence states itself (the averages check)
_NOT_ONE_PAYMENT_RE = re.compile(r"人均|平均|户均|件均|每人|每户|每件")
# a sum over a span of years (历年, 近三年, 以来): more than one payment to each, unless the
# count is whom it was paid to (「以来…为562名农民工共追回工资832.53元」: :func:`_paid_to`)
_OVER_YEARS_RE = re.compile(r"历年|多年|近[0-9一二两三四五六七八九十]+年|以来")
# 累计 sums over more than the count's period, unless it follows the count in its sentence:
# 「依法行政处罚37起，累计罚款…」 adds up what those 37 cases were fined
_CUMULATIVE = "累计"


def _per_head(bq: BlockQuantities, lex: Lexicon) -> list[Relation]:
    """「为120名困难职工发放生活补贴共计9600万元」: money paid to each person (补贴, 工资…) or
    for each case (罚款) over the one count of them its sentence states, above the bound
    numbers.toml ``magnitude.per-head`` keeps for that kind of money — a 万 written for 元, or
    a count that lost a digit. Totals over several years and sentences with an average of
    their own are left alone; a warning (the count is a reading of the sentence)."""
    classes = lex.data.get("magnitude", {}).get("per-head", [])
    # (every finding is of a sum of money: most paragraphs have none)
    if not classes or all(q.kind != "money" for q in bq.quantities[: MAX_FIGURES * 4]):
        return []
    text = bq.text
    out: list[Relation] = []
    population = tuple(lex.data.get("magnitude", {}).get("population", ()))
    by_sentence: dict[int, list[Quantity]] = {}
    for q in bq.quantities[: MAX_FIGURES * 4]:
        # (an area's population, 常住人口4.3万人, is nobody money was paid to)
        if not q.quoted and not q.change and not _is_population(text, q, population):
            by_sentence.setdefault(q.sentence, []).append(q)
    for figures in by_sentence.values():
        s_start, s_end = bq.sentence_span(figures[0].sentence)
        out.extend(_each_stated(bq, classes, figures, s_start))
        if _NOT_ONE_PAYMENT_RE.search(text, s_start, s_end):
            continue
        over_years = _OVER_YEARS_RE.search(text, s_start, s_end) is not None
        cumulative = text.find(_CUMULATIVE, s_start, s_end)
        for money in figures:
            if money.kind != "money":
                continue
            words = money.phrase or money.pre
            # the first kind of money named whose units have exactly one count in the
            # sentence (none, or several: no single reading)
            # (several counts in the sentence: the one in the money's own clause, 「涉及劳动者
            # 2.6万人，为426名劳动者追发工资1480元」, is whom it was paid to — the floor alone
            # is judged then; two there, 「为1,286名农民工、35名管理人员追回…」, no one reading)
            # (a thousands separator, 1,286, cuts no clause)
            starts = clause_starts(text, _CLAUSE_MARKS, thousands=False)
            clause_start = max(s_start, starts[bisect.bisect_right(starts, money.num_start) - 1])
            found = next(
                (
                    (c, own[0] if len(counts) > 1 else counts[0], len(counts) == 1)
                    for c in classes
                    if any(w in words for w in c.get("words", ()))
                    and (
                        counts := [
                            q for q in figures if q.kind == "count" and q.unit in c.get("per", ())
                        ]
                    )
                    and (
                        len(counts) == 1
                        or (
                            c.get("min")
                            and len(own := [q for q in counts if q.num_start >= clause_start]) == 1
                        )
                    )
                ),
                None,
            )
            if found is None:
                continue
            kind, count, single = found
            paid_to = _paid_to(text, count, money)
            if over_years and not paid_to:
                continue
            # (the count 为 names in the money's clause is the one reading, among several counts)
            single = single or paid_to
            # a sum over more than the count's members: the floor alone holds (not when the
            # count is whom it was paid to: 「累计…为4948名劳动者追发工资…」 is paid to those)
            more = cumulative >= 0 and not count.end <= cumulative < money.num_start and not paid_to
            named = next(w for w in kind.get("words", ()) if w in words)
            at = words.rfind(named)
            shown = (
                money.noun
                if named in money.noun
                else _TOTAL_WORD_RE.sub("", words[max(0, at - 2) :]) or named
            )
            if count.high <= 0 or count.value <= 0:
                continue
            floor = Decimal(str(kind.get("min", 0)))
            if count.low > 0 and bounds(money)[1] / count.low < floor:
                out.append(_below_floor(money, count, shown, floor))
                break
            limit = Decimal(str(kind.get("max", 0)))
            each = bounds(money)[0] / count.high
            # (an approximate sum, 超过1000万元, bounds the floor alone)
            if not single or limit <= 0 or each <= limit or money.approx or more:
                continue
            hint = ""
            if each / 10_000 <= limit and money.magnitude == 10_000:
                hint = "，疑为“元”误写为“万元”"
            out.append(
                _finding(
                    money,
                    (count,),
                    severity=Severity.WARNING,
                    message=(
                        f"{shown}{money.text}按{count.text}计，平均每{count.unit_text}"
                        f"{fmt((money.value / count.value / 10_000).quantize(Decimal('0.01')))}万元"
                        f"（{money.text}÷{count.text}），超出此类款项每{count.unit_text}"
                        f"{fmt(limit / 10_000)}万元的合理上限{hint}"
                    ),
                    suggestion="核对金额单位（元/万元）和人数、件数",
                )
            )
            break
    return out


# 「为562名农民工」: the count right after 为 (and 共, 累计), whom the money after it is paid to
_PAID_TO_RE = re.compile(r"为(?:共|累计|共计)?$")


def _paid_to(text: str, count: Quantity, money: Quantity) -> bool:
    """Is ``count`` whom ``money`` was paid to: 为 right before the count, and the money after
    it in the same clause (「为4948名劳动者追发工资等待遇41963800万元」)? Then the sum is of
    those people's payments however long it took to gather (以来, 累计)."""
    if not count.num_start < money.num_start:
        return False
    if any(c in _CLAUSE_MARKS for c in text[count.end : money.num_start]):
        return False
    return _PAID_TO_RE.search(text, max(0, count.num_start - 3), count.num_start) is not None


def _below_floor(money: Quantity, count: Quantity, shown: str, floor: Decimal) -> Relation:
    """「为860名农民工追讨欠薪1,520元」: under ``min`` of the money's class in
    numbers.toml ``magnitude.per-head`` for each one counted — a 万 left out, most likely."""
    each = money.value / count.value
    hint = "，疑漏写“万”" if each * 10_000 >= floor and money.magnitude == 1 else ""
    return _finding(
        money,
        (count,),
        severity=Severity.WARNING,
        message=(
            f"{shown}{money.text}按{count.text}计，平均每{count.unit_text}"
            f"{fmt(each.quantize(Decimal('0.01')))}元（{money.text}÷{count.text}），低于此类"
            f"款项每{count.unit_text}{fmt(floor)}元的合理下限{hint}"
        ),
        suggestion="核对金额单位（元/万元）和人数、件数",
    )


# 「一格一员」「一村（社区）一法律顾问」: one B for every A
_ONE_EACH_RE = re.compile(
    r"一(?P<a>[\u4e00-\u9fff])(?:[（(][^）)]{1,8}[）)])?一(?P<b>[\u4e00-\u9fff]{1,4}?)"
    r"(?=[”\"」’，,。；;）)]|全覆盖|全覆盖)"
)


def _one_each(bq: BlockQuantities) -> list[Relation]:
    """「共划分网格126个，配备网格员98名，实现“一格一员”」: one B for every A needs at
    least as many B as the paragraph says there are A."""
    text = bq.text
    m = _ONE_EACH_RE.search(text)
    if m is None:
        return []
    a, b = m.group("a"), m.group("b")
    counts = [q for q in bq.quantities[: MAX_FIGURES * 4] if q.kind == "count" and not q.quoted]
    wholes = [q for q in counts if _BRACKETED.sub("", _clause_before(text, q)).endswith(a)]
    members = [q for q in counts if q.noun.endswith(b) and not q.noun.endswith(a)]
    wholes, members = wholes[:MAX_FIGURES], members[:MAX_FIGURES]
    for w in wholes:
        for q in members:
            if q.approx or w.approx or q.high >= w.low or q.sentence != w.sentence:
                continue
            return [
                Relation(
                    "base",
                    Verdict.CONTRADICTION,
                    q.block,
                    (q.num_start, q.end),
                    (span_of(q), span_of(w), Span(bq.block, m.start(), m.end())),
                    code="N206",
                    severity=Severity.WARNING,
                    message=(f"文中称“{m.group()}”，但{q.text}少于{w.text}，不足以每{a}一{b}"),
                    suggestion="核对两个数字，或核对“全覆盖”的表述",
                )
            ]
    return []


# 「为全镇1860户农户每户赠送一册……，共发放18.6万册」: the members counted right before a
# 每 naming them (the count's unit, the end of its noun, or a word numbers.toml
# ``magnitude.member-units`` counts in that unit), then what each gets
# (「14个街道各设立3名」: 各 right after the noun names its members; 「9个执法小组，每组6人」:
# a 每 opening the next clause names them by the end of the noun, read as a warning)
_MEMBERS_RE = re.compile(
    r"(?P<noun>(?:[\u4e00-\u9fff]{0,4}“[^”，,。；;]{1,10}”)?[\u4e00-\u9fff]{0,8}?"
    r"(?:[（(][^）)]{1,6}[）)])?)(?P<comma>[，,])?"
    r"(?:(?P<each>每个?)(?P<member>[\u4e00-\u9fff]{1,6}?(?:[（(][^）)]{1,6}[）)])?)"
    r"|(?<![，,])(?P<both>各)(?![类级项种界族方地自部单])(?=[\u4e00-\u9fff]{1,4}))"
    r"(?=[\u4e00-\u9fff“”《》]{0,12}?[0-9零〇一二两三四五六七八九十百千万])"
)
_PRODUCT_STOP_RE = re.compile(r"[，,；;。：:]")
# words of a clause that make the figure after 每 a bound or an average, not what each got
_NOT_EACH_RE = re.compile(r"平均|不少于|不低于|至少|不超过|以上|以内|最多|最高|分别")
# the joint of a range right before a figure (2至3个, 2-3个): the figure ends the range
_RANGE_END_RE = re.compile(rf"[0-9０-９一二两三四五六七八九十]\s*{RANGE_JOIN}\s*$")
# a period each member's figure is given for (每月, 每年…): the total is over the periods too
_PER_PERIOD_RE = re.compile(r"每个?(?:月|年|季度|周|天|日|学期|学年)")
# words between what each got and the total that add to it from elsewhere
_MORE_RE = re.compile(r"另|此外|并在|还|以及|加上|其中")


def _marked_total(lex: Lexicon, text: str, q: Quantity) -> bool:
    """Is ``q`` a total (共/合计… before it)? Its own words stop at a bracket, so a total word
    before one (「共配备村（居）法律顾问82名」) is looked for in its clause without brackets."""
    if q.total_marker:
        return True
    if q.pre_start <= 0 or text[q.pre_start - 1] not in "）)":
        return False
    return bool(total_marker(lex, _BRACKETED.sub("", _clause_before(text, q))))


def _total_after(
    lex: Lexicon, text: str, later: Sequence[Quantity], each: Quantity
) -> Quantity | None:
    """The total (共/合计…) of ``each``'s unit after it in its sentence, when no other figure
    of that unit (or in brackets) comes first: what that one adds is not known."""
    for q in later:
        if q.sentence != each.sentence:
            break
        same = lex.same_units(q.unit, each.unit) and q.kind == each.kind
        if same and not q.change and _marked_total(lex, text, q):
            return q
        if same or q.depth:
            break
    return None


# words of a total's clause that make it a stock or a sum over years (全县共有, 目前, 累计)
_STOCK_TOTAL_RE = re.compile(r"有|目前|现|累计|历年|以来")
_TOTAL_LEAD_RE = re.compile(r"^(?:全年|年内|全[区市县镇乡]|本年度?|共计|合计|总计|共|计)+")


def _total_words(text: str, total: Quantity) -> str:
    """A total's words from its clause's start, without its area, year and total words
    (「全年共开展集中拆除行动」: 开展集中拆除行动)."""
    return _TOTAL_LEAD_RE.sub("", _clause_before(text, total).lstrip(" 　"))


def _repeats(words: str, each_words: str, after: str = "", member: str = "") -> bool:
    """Does a total repeat what each member got: its verb (two characters) and its object, when
    it names one, among the words around what each got (「每个乡镇配备2名公职律师」 …
    「共配备公职律师64名」)? Only then is a total above the product the same thing counted.
    A total with no words of its own before it names its thing after its unit (「每组5名执法
    队员，共计65名执法队员…」: ``after``), three characters of them at least. A total opening
    with the members' noun (``member``: 「司法所专职人民调解员共计39名」) repeats what each got
    when the words after that noun are among it."""
    noun = _TOTAL_WORD_RE.sub("", words)
    if not noun and len(after) >= 3:
        return any(after[:k] in each_words for k in range(len(after), 2, -1))
    if len(noun) >= 4 and noun in each_words:
        return True  # 「各设立3名专职调解员，全区专职调解员共计48名」: the same noun, no verb
    # (the words without the total's own word wherever it stands: 「乡镇专职法治员共计45名」
    # after 「每个乡镇配备专职法治员3名」 — the members' noun, then what each got)
    said = noun or words
    if member and said.startswith(member) and len(said) - len(member) >= 2:
        return said[len(member) :] in each_words
    if len(said) < 2 or said[:2] not in each_words:
        return False
    rest = said[2:]
    return not rest or rest in each_words


# 「每月开展两次…，全年共开展36次」: what is done each month (or quarter) and the year's total
_PERIODIC_RE = re.compile(
    r"(?<![平均人户家])每(?P<period>个?月|季度|个季度)(?P<verb>[\u4e00-\u9fff]{0,8}?)$"
)
_PERIODS_IN_YEAR = {"月": 12, "个月": 12, "季度": 4, "个季度": 4}
# words of a sentence that start the series within the year (自3月起每月…): fewer periods
_STARTED_RE = re.compile(r"起|开始|以来|自|从")


def _periodic_products(bq: BlockQuantities, lex: Lexicon) -> list[Relation]:
    """「每月开展两次违法建设集中拆除行动，全年共开展36次」: a figure right after 每月 (每季度)
    in its clause and a total of its unit later in the sentence, its clause naming the whole
    year (全年): the total is twelve (four) times the figure. A reading (the series may have
    begun within the year, or more been done besides): a warning, and none when the sentence
    says when it began (起, 自, 以来)."""
    text = bq.text
    if "每" not in text:
        return []
    counts = [q for q in bq.quantities if q.kind == "count" and not q.quoted]
    out: list[Relation] = []
    for i, each in enumerate(counts[:-1]):
        m = _PERIODIC_RE.search(_clause_before(text, each))
        if m is None or each.approx or each.change or _NOT_EACH_RE.match(text, each.end):
            continue
        if "每" in _clause_before(text, each)[: m.start()]:
            continue  # 「每个服务点每月开展咨询2次」: each member's months, the members unsaid here
        start = bq.sentence_starts[each.sentence] if bq.sentence_starts else 0
        if _STARTED_RE.search(text, start, each.num_start) or _NOT_EACH_RE.search(
            _clause_before(text, each)
        ):
            continue
        total = _total_after(lex, text, counts[i + 1 :], each)
        if total is None or "全年" not in _clause_before(text, total):
            continue
        if _MORE_RE.search(text[each.end : total.num_start]):
            continue
        if _STOCK_TOTAL_RE.search(_clause_before(text, total)):
            continue
        periods = _PERIODS_IN_YEAR[m.group("period")]
        product = each.value * periods
        if total.low <= product <= total.high:
            continue
        clause_end = _PRODUCT_STOP_RE.search(text, each.end)
        each_words = (
            _clause_before(text, each)
            + text[each.end : clause_end.start() if clause_end else len(text)]
        )
        if total.low > product and not _repeats(_total_words(text, total), each_words):
            continue  # 「全年共开展各类检查126次」: a wider total than the monthly work
        out.append(
            _finding(
                total,
                (each,),
                severity=Severity.WARNING,
                message=(
                    f"每{m.group('period')}{each.text}，全年应为{periods}×{show(each.value, each)}"
                    f"＝{show(product, each)}，文中总数为{total.text}"
                ),
                suggestion="核对全年总数与每期的数字（年中开始或另有增加的，宜写明）",
            )
        )
    return out


# rounds of an act (两轮检查) said of every member of a stock: 每家, 逐户, 全覆盖
_ROUND_UNITS = ("轮",)
_EACH_MEMBER_RE = re.compile(r"每[家个所户名位座处]|逐[家户个一]|全覆盖")
_MAX_ROUNDS = 12  # more rounds than months are no rounds of one stock


def _rounds_products(bq: BlockQuantities, lex: Lexicon) -> list[Relation]:
    """「对全区每家医疗机构开展两轮检查，全区共有医疗机构328家，全年共检查医疗机构1312家次」:
    rounds said of every member of a stock (每家, 逐户, 全覆盖) in a sentence that also states
    the stock (no verb: 共有…328家) and the visits to it (家次: the stock's unit and 次, naming
    its noun): the visits are the rounds times the stock. Fewer contradict the rounds; more
    may hold follow-ups, so only a whole other multiple of the stock (four rounds' 1312家次)
    is read as the rounds misstated. A reading: a warning."""
    text = bq.text
    if not any(u in text for u in _ROUND_UNITS):
        return []
    counts = [q for q in bq.quantities[: MAX_FIGURES * 4] if q.kind == "count" and not q.quoted]
    out: list[Relation] = []
    for rounds in counts:
        if rounds.unit not in _ROUND_UNITS or rounds.approx or rounds.change:
            continue
        if not 1 < rounds.value <= _MAX_ROUNDS or rounds.value != int(rounds.value):
            continue
        words = _clause_before(text, rounds) + text[rounds.end : _clause_end(text, rounds.end)]
        if _EACH_MEMBER_RE.search(words) is None or _PERIODIC_RE.search(
            _clause_before(text, rounds)
        ):
            continue  # (每季度开展一轮: rounds of a period, not of the year)
        same = [q for q in counts if q.sentence == rounds.sentence and not q.approx]
        for visits in (q for q in same if q.num_start > rounds.end and q.unit.endswith("次")):
            unit = visits.unit[:-1]
            stock = next(
                (
                    q
                    for q in same
                    if q.unit == unit
                    # (a verb inside the stock's noun, 共有培训机构86家: 有 names it a stock)
                    and (not q.verb or "有" in q.pre)
                    and not q.change
                    and q.value > 0
                    and common_substring(q.noun, visits.pre) >= 2
                ),
                None,
            )
            if stock is None:
                continue
            product = rounds.value * stock.value
            whole = visits.value / stock.value
            if visits.low <= product <= visits.high:
                break
            if visits.high >= product and (whole != int(whole) or whole <= 1):
                break  # more visits than the rounds: follow-ups besides
            out.append(
                _finding(
                    visits,
                    (rounds, stock),
                    severity=Severity.WARNING,
                    message=(
                        f"{stock.text}每{unit}{rounds.text}，应为{int(rounds.value)}×"
                        f"{stock.text}＝{show(product, visits)}，文中为{visits.text}"
                    ),
                    suggestion="核对轮次、总数与次数（另有复查、抽查的，宜写明）",
                )
            )
            break
    return out


def _member_products(bq: BlockQuantities, lex: Lexicon) -> tuple[list[Relation], list[Quantity]]:
    """「为全县42所中小学每校配备2名法治副校长，共选聘法治副校长840名」: a count of members,
    each of them named by the 每 right after it, given a figure, then a total (共/合计/累计…)
    of that figure's unit later in the sentence: the total is the members times each one's
    figure. Fewer than that, or that shifted by a power of ten (a 万 or a digit too many),
    is a contradiction (an error); more, otherwise, may count what others got (a warning).
    Not read: a figure after 平均/不少于/分别 (an average or a bound), two figures for each, a
    figure of the total's unit between (「每镇3个，并在县城增设8个，共32个」), a total of
    another unit (each got 一册 and 一本, 共3720份). Returns the findings and every figure read
    as what each member got (the averages check leaves those alone: no average of them)."""
    text = bq.text
    member_units: dict[str, list[str]] = lex.data["magnitude"].get("member-units", {})
    counts = [q for q in bq.quantities if q.kind in ("count", "money") and not q.quoted]
    out: list[Relation] = []
    distributed: list[Quantity] = []
    for i, n in enumerate(counts[:-2]):
        if n.kind != "count" or n.change or n.approx or n.depth:
            continue
        m = _MEMBERS_RE.match(text, n.end)
        if m is None or _PRODUCT_STOP_RE.search(m.group("noun")):
            continue
        noun = _BRACKETED.sub("", m.group("noun"))
        comma = bool(m.group("comma"))
        if m.group("both"):
            named = bool(noun) or n.unit in member_units.get(text[n.end : n.end + 1], ())
            if comma:
                continue
        else:
            member = _BRACKETED.sub("", text[m.start("member") : m.start("member") + 10])
            by_noun = any(noun.endswith(member[:k]) for k in range(1, 7) if noun)
            named = by_noun or (
                not comma
                and (
                    lex.same_units(member[:1], n.unit)
                    or n.unit in member_units.get(member[:1], ())
                    # 「86个村（社区）每个安排…2万元」「41所中小学每个配备…」: a bare 每个 right
                    # after the count's noun names its members (not 每个月: a period)
                    or (
                        m.group("each") == "每个"
                        and bool(noun)
                        and not _PER_PERIOD_RE.match(text, m.start("each"))
                    )
                )
            )
            # 「聘请法律顾问3名，每名法律顾问…」: the next clause opens with 每 and the very unit
            # of the count, then the noun the count stands after (a warning, as every comma)
            # (or with the noun itself: 「调解工作室9个，每个工作室…」)
            named = named or (
                comma
                and len(n.noun) >= 2
                and (
                    (member[:1] == n.unit and n.noun[-2:] in member[1:7])
                    or n.noun[-2:] in member[: len(n.noun) + 1]
                )
            )
            # 「组建执法小组24个，每组3人」「办理案件420件，每件补贴2000元」: the count stands
            # after its noun, and the next clause's 每 names the last character of that noun or
            # the count's very unit (a warning, as every comma)
            named = named or (
                comma
                and not noun
                and bool(n.noun)
                and (member[:1] == n.noun[-1:] or member[:1] == n.unit)
            )
        if not named:
            continue
        each = counts[i + 1]
        clause_end = _PRODUCT_STOP_RE.search(text, m.end())
        stop = clause_end.start() if clause_end else len(text)
        if each.num_start > stop or each.sentence != n.sentence or each.change:
            continue
        clause = text[n.end : stop]
        if _NOT_EACH_RE.search(clause) or _NOT_EACH_RE.match(text, each.end):
            continue
        if _PER_PERIOD_RE.search(text, m.end(), each.num_start):
            continue  # 「每名法律顾问每月到岗4天」: each one's figure per month, not in all
        if _RANGE_END_RE.search(text, max(0, each.num_start - 4), each.num_start):
            continue  # 每户安装2至3个: a range for each, no one product
        if any(q.num_start < stop for q in counts[i + 2 :]):
            continue  # 每户发放读本一册、挂历一本: two figures for each
        total = _total_after(lex, text, counts[i + 2 :], each)
        distributed.append(each)
        if total is None or _MORE_RE.search(text[each.end : total.num_start]):
            continue
        if _STOCK_TOTAL_RE.search(_clause_before(text, total)):
            continue  # 「全县共有调解员860名」: a stock, not what was given
        product = n.value * each.value
        slack = product * (Decimal("0.2") if each.approx else Decimal(0)) + (total.high - total.low)
        if total.low - slack <= product <= total.high + slack:
            continue
        slip = power_of_ten_slip(total.value, product, slack) and total.value > product
        fewer = total.high + slack < product
        # 「每队20人，共计260名志愿者」: a total with no words of its own but its total word,
        # in the clause right after what each got, sums that clause (more: a warning)
        bare_next = not _TOTAL_WORD_RE.sub("", _total_words(text, total)) and not text[
            stop + 1 : total.num_start
        ].strip("共计合总约达为 ")
        # (after a bare 每个 the member is no noun: 「每个安排…2万元」 says its verb from 安)
        from_each = m.start("member") if m.group("each") == "每个" else m.end()
        members = noun[len(n.unit_text) :] if noun.startswith(n.unit_text) else noun
        if not (slip or fewer or bare_next) and not _repeats(
            _total_words(text, total), text[from_each:stop], total.after, members
        ):
            continue  # 「共投入普法经费56万元」 after 「每村安排2万元」: more may be of other work
        shown = show(product, each)
        rel = _finding(
            total,
            (n, each),
            severity=(
                Severity.ERROR
                if (fewer or slip) and not total.approx and not comma
                else Severity.WARNING
            ),
            message=(
                f"{text[n.num_start : each.end]}，合计应为"
                f"{fmt(n.value)}×{show(each.value, each)}＝{shown}，文中总数为{total.text}"
                + ("，少于每个所得之和" if fewer else "")
            ),
            suggestion="核对总数、个数和每个所得（常见为多写一位或漏写“万”）",
        )
        out.append(rel)
    return out, distributed


# --------------------------------------------------------------------------------------
# averages
# --------------------------------------------------------------------------------------

_AVERAGE_RE = re.compile(
    # 平均每个工作日办理约744件: the days of the year, not 每人每月 (a standard per person)
    r"(?<![人户家])(?:(?P<workday>(?:平均)?每个?工作日)|(?P<day>(?:平均)?每[天日])"
    r"|(?P<month>(?:平均)?每个?月))(?=[\u4e00-\u9fff]*$)"
    r"|(?:平均每|每)(?P<per>[\u4e00-\u9fff]{1,2}?)(?=[\u4e00-\u9fff]*$)"
    r"|(?P<word>人均月|月人均|人均|生均|户均|日均|月均|场均|件均|案均)"
)


@lru_cache(maxsize=4)
def _average_re(nouns: tuple[str, ...]) -> re.Pattern[str]:
    """:data:`_AVERAGE_RE`, and a member's noun before 平均 standing for an average word
    (numbers.toml ``magnitude.average-nouns``: 「案件平均罚款金额6.77万元」 is 案均); not
    平均每 (the 每 names the member itself)."""
    if not nouns:
        return _AVERAGE_RE
    alt = "|".join(sorted(map(re.escape, nouns), key=len, reverse=True))
    return re.compile(f"{_AVERAGE_RE.pattern}|(?P<noun>{alt})平均(?!每)")


# words that name a figure the total of an average's members (共计, 合计…)
_SUM_WORD_RE = re.compile(r"共计|合计|总计|累计|总额|总金额")
# a total counted over one month (每月发放, 月均支出, 当月): no year to divide by twelve
_MONTH_TOTAL_RE = re.compile(r"每个?月|月均|当月|单月|月度")
# 每月 right after an average word (人均每月, 户均每月): the average is of a month
_PER_MONTH_AFTER_RE = re.compile(r"每个?月")
# 月 right before it (月户均), not a month's date (12月户均: that month alone)
_MONTH_BEFORE_RE = re.compile(r"(?<![0-9一二三四五六七八九十份])月$")
_BOUND_AFTER_RE = re.compile(r"以下|以上|以内|及以上|及以下|之内")
# words before an average's 人均 that name no group (「全年…，平均」)
_AVERAGE_SUBJECT_FILLER_RE = re.compile(
    r"^(?:全年|年内|全局|全区|全市|全县|平均|其中|共|约)+|[约为达]+$"
)
WORKING_DAYS = Decimal(250)  # working days of a year, when the sentence states none
_CLAUSE_MARKS = "，,；;。"
_CLAUSE_RE = re.compile(f"[{_CLAUSE_MARKS}]")


def _totals_of_own_activity(
    text: str, subject: str, rest: str, totals: list[Quantity]
) -> list[Quantity]:
    """The totals a day or month average may be of. An average whose clause names a subject
    of its own before 日均 (「“助餐”点日均供餐180人次」, after a list of 救助…人次、上门服务…
    人次) is of a total that shares a word with what it names; one with no subject of its own
    (「日均约767件」「日均办理100件」) may be of any total before it."""
    subject = _AVERAGE_SUBJECT_FILLER_RE.sub("", _OWN_WORDS_DROP_RE.sub("", subject))
    if len(subject) < 2:
        return totals
    own = subject + _OWN_WORDS_DROP_RE.sub("", rest)
    return [f for f in totals if common_substring(own, _clause_before(text, f) + f.noun) >= 2]


def _sibling_item(text: str, total: Quantity, a: Quantity, subject: str) -> bool:
    """Is an average the next item of a 、 list after a figure (no clause mark between them),
    with a subject of its own before its average word (「周例会学法11次、党委会定期学法每月1
    次」)? Such items count things side by side; neither averages the other."""
    between = text[total.end : a.num_start]
    if "、" not in between or _CLAUSE_RE.search(between):
        return False
    item = subject.rsplit("、", 1)[-1]  # the average's own item
    own = _AVERAGE_SUBJECT_FILLER_RE.sub("", _OWN_WORDS_DROP_RE.sub("", item))
    return len(own) >= 2


# marks and bound words that are no part of what an average names (“”, 约, 达)
_OWN_WORDS_DROP_RE = re.compile(r"[^\u4e00-\u9fff]|[约达为]")


def _clause_before_pos(text: str, pos: int) -> str:
    """The words from the last clause mark (at most 30 characters back) up to ``pos``."""
    start = max(0, pos - 30)
    last = last_mark(text, _CLAUSE_MARKS, start, pos)
    return text[last + 1 if last >= 0 else start : pos]


def _clause_before(text: str, q: Quantity) -> str:
    """:func:`_clause_before_pos` at the figure, kept with it for its text (asked of the same
    figure by the average, base, sum and minimum readings)."""
    kept = q.__dict__.get("_magnitude_clause")
    if kept is not None and kept[0] is text:
        return kept[1]
    words = _clause_before_pos(text, q.num_start)
    q.__dict__["_magnitude_clause"] = (text, words)
    return words


# the end of a figure's digits: a unit right after it is the figure's (358件均为…)
_FIGURE_END_RE = re.compile(r"[0-9０-９万亿千百十]$")


def _unit_then_all(words: str, m: re.Match[str]) -> bool:
    """Is an average word such as 件均/人均 the unit of a figure before it followed by the
    adverb 均 (all): 「行政处罚358件均为一般程序」, 「参训干部1200人均已结业」?"""
    return bool(m.group("word")) and _FIGURE_END_RE.search(words, 0, m.start()) is not None


def _average(
    bq: BlockQuantities,
    lex: Lexicon,
    a: Quantity,
    figures: list[Quantity],
    earlier: Sequence[Quantity] = (),
) -> Relation | None:
    if a.kind not in ("count", "money", "measure", "time") or a.change:
        return None  # 案均补贴较上年提高200元: how much the average grew, not the average
    words = _clause_before(bq.text, a)
    if "每" not in words and "均" not in words:
        return None  # every average word holds 每 or 均
    if "（" in words or "(" in words:
        # 平均每个县（市、区）投入: the bracket qualifies (only a closed one: in 「经费12.6万元
        # （每个村（社区）每年6000元」 the open bracket before 每 holds the average's words)
        words = _CLOSED_BRACKET.sub("", words)
    nouns: dict[str, str] = lex.data["magnitude"].get("average-nouns", {})
    m = next(
        (
            m
            for m in _average_re(tuple(nouns)).finditer(words)
            if not _unit_then_all(words, m) and not in_name(words, m.start(), m.end())
        ),
        None,
    )
    if m is None or _BOUND_AFTER_RE.search(a.approx) or _BOUND_AFTER_RE.match(bq.text, a.end):
        return None  # 人均纯收入1万元以下: a bound, not an average of the figures
    if m.groupdict().get("noun") and a.kind not in ("money", "count"):
        # 「案件平均办理周期由9.2天缩短至5.6天」: a duration of each member, averaged over the
        # members' own durations, never a stated total's share
        return None
    if (
        a.approx in _EACH_UPPER_APPROX
        or _UPPER_WORD_RE.search(words)
        or _LOWER_WORD_RE.search(words)
    ):
        return None  # 每人每月补助最高不超过800元: a bound on each (:func:`_bound_against_average`)
    if _STANDARD_RE.search(words):
        return None  # 「按每人每年600元标准」: a standard paid each (:func:`_standard_products`)
    # 「按每个村每年3,000元标准安排补贴54万元」: a figure the text names a 标准 is a rate set
    # for each, not the average of a total before it (that total may hold other items); a
    # total after it may still be its product (「按人均1.5元的标准…，全年共安排46.8万元」)
    standard = _STANDARD_AFTER_RE.match(bq.text, a.end) is not None
    word = m.group("word") or nouns.get(m.groupdict().get("noun") or "", "")
    # 月人均救助水平约1,047元, 人均每月约727元, 户均每月约727元: one person's (household's)
    # month, over twelve months — one reading of the month written before or after 均
    monthly = word in ("人均月", "月人均") or bool(
        word in ("人均", "户均")
        and (
            _PER_MONTH_AFTER_RE.match(words, m.end()) or _MONTH_BEFORE_RE.search(words[: m.start()])
        )
    )
    if monthly and word in ("月人均", "人均"):
        word = "人均月"
    per = m.group("per") or ""
    if m.group("day"):
        word = "日均"
    elif m.group("month"):
        word = "月均"
    elif m.group("workday"):
        word = "工作日均"
    before = [f for f in figures if f.num_start < a.num_start and f is not a]
    conv = _conversions(lex)
    # 人均参加培训3次 of 12次 held: events attended together are no total per person
    shared_events = set(lex.data["plausibility"].get("shared-events", ()))
    shared = shared_events if word == "人均" else set()
    totals = [
        f
        for f in before
        if not standard
        and f.kind == a.kind
        and not (f.unit in shared and f.unit == a.unit)
        # (「每人每月1,050元」 is a standard paid each, no total of them)
        and not _STANDARD_RE.search(_clause_before(bq.text, f))
        and _total_unit(a, f, word, conv)
        and _in_unit(f, a, conv) > a.value
    ]
    if word in ("日均", "工作日均", "月均"):
        totals = _totals_of_own_activity(bq.text, words[: m.start()], words[m.end() :], totals)
    # 「开展周例会学法11次、党委会定期学法每月1次」: a figure the average follows as the next
    # item of a 、 list, the average naming a subject of its own, is its sibling, not its total
    totals = [f for f in totals if not _sibling_item(bq.text, f, a, words[: m.start()])]
    # an average larger than the total it averages (件均1500万元 of 186万元 over 1240件):
    # such a total is kept only when a power-of-ten slip explains the average
    # (and a total in an earlier sentence of the paragraph, kept on the same terms: 「全年安排
    # 经费186万元。……共办理1240件，件均补贴约1500万元」)
    slip_only = False
    stated_before = False  # the count stated in an earlier sentence
    if not totals and not standard and word not in ("日均", "工作日均", "月均"):
        totals = [
            f
            for f in before
            if f.kind == a.kind and f.unit == a.unit and a.kind == "money" and f.value > 0
        ][-1:] or [
            f
            for f in earlier
            if f.kind == a.kind
            and _total_unit(a, f, word, conv)
            and a.kind in ("money", "measure")
            and f.value > 0
            and not _AVERAGE_RE.search(_clause_before(bq.text, f))
        ][-1:]
        slip_only = bool(totals)
    # 平均每场听众约120人: the people of each of the events (场, 期…), whose sum is 人次
    per_event = per in shared_events
    # 「办理案件420件，平均每件发放补贴2,000元，补贴支出共计8.4万元」: an explicit 平均每 of
    # the members counted before it takes the total its sentence names after it by a total word
    # and the average's own words
    per_member = bool(per) and m.group().startswith("平均") and bool(before)
    if not totals and (word in ("人均", "户均") or per_event or per_member):
        # the total after the average (人均普法经费2.5元，全年投入普法经费300万元; 平均每场听众
        # 约120人，累计受众约10.3万人次)
        totals = [
            f
            for f in figures
            if f.num_start > a.end
            and not re.search("[；;]", bq.text[a.end : f.num_start])
            and (
                word in ("人均", "户均")
                or per_event
                or (
                    f.sentence == a.sentence
                    and _SUM_WORD_RE.search(_clause_before(bq.text, f)) is not None
                    # the total of what each got names it again (补贴…办案补贴支出共计), not
                    # another scope (法律援助经费支出共计)
                    and common_substring(words[m.end() :], _clause_before(bq.text, f)) >= 2
                )
            )
            and f.kind == a.kind
            and _total_unit(a, f, word, conv, per_event)
            and _in_unit(f, a, conv) > a.value
            and not _AVERAGE_RE.search(_clause_before(bq.text, f))
        ][:1]
    if not totals and word in ("日均", "工作日均", "月均"):
        # 「全年…交换量3.2万条，日均交换数据87万余条」: a day's or month's average above the whole
        # year's figure of its unit and words, in its sentence — the year holds every day
        own = _OWN_WORDS_DROP_RE.sub("", words.replace(m.group(), ""))
        below = [
            f
            for f in before
            if f.sentence == a.sentence
            and f.kind == a.kind
            and f.unit == a.unit
            and 0 < f.high < a.low
            and "全年" in _clause_before(bq.text, f)
            and common_substring(own, _clause_before(bq.text, f) + f.noun) >= 2
        ]
        if below:
            whole = below[-1]
            return _finding(
                a,
                (whole,),
                severity=Severity.WARNING,
                message=f"{word}{a.text}多于全年总数{whole.text}：全年的数字包含每一天（每一月），"
                "不应少于平均数（常见为“万”“亿”写错）",
                suggestion="核对全年总数与平均数的单位和数量级",
            )
    if not totals:
        return None
    counts: list[tuple[Decimal, str, Quantity | None]] = []
    if word in ("日均", "工作日均"):
        days = [f for f in before if f.kind == "time" and f.unit in ("个工作日", "工作日", "天")]
        # a day average whose days the text does not count may be over the days of the
        # year or over the working days (a service hall opens on working days only)
        default: list[tuple[Decimal, str, Quantity | None]] = [
            (WORKING_DAYS, f"{WORKING_DAYS}个工作日", None)
        ]
        if word != "工作日均":
            default.insert(0, (Decimal(365), "365天", None))
            # (no working days for a service running every day, numbers.toml
            # magnitude.every-day: 「12345热线…全年受理36500件，日均150件」 is over 365 days —
            # 100 a day — though 146 a working day)
            s_start = bq.sentence_span(a.sentence)[0]
            every_day = lex.data["magnitude"].get("every-day", ())
            if any(w in bq.text[s_start : a.end] for w in every_day):
                default = default[:1]
            # a span the sentence states before the average (「第28周（7月8日—7月14日）」「3月份」):
            # the days of that span, not of a year
            default = _stated_days(bq.text, bq.sentence_span(a.sentence)[0], a.num_start) or default
        if not days and _UNSTATED_SPAN_RE.search(bq.text, max(t.end for t in totals), a.num_start):
            # 「全年接待9125人次，其中“宪法宣传周”期间…日均接待80人次」: the average of a span
            # its clause names after the total, of days it does not count: no year's average
            return None
        counts = [(f.value, f.text, f) for f in days] or default
    elif word == "月均":
        counts = [(Decimal(12), "12个月", None)]
    else:
        # 案均 (per case) counts cases like 件均
        units = tuple(lex.data.get("magnitude", {}).get("average-units", {}).get(word, ()))
        unit = units[0] if units else ""
        # the count may follow the average (人均办案12件，全局复议工作人员4名)
        # (only when no count precedes it, and within its clause group: no ；between)
        later = [
            f
            for f in figures
            if f.num_start > a.end and not re.search("[；;]", bq.text[a.end : f.num_start])
        ]
        for f in before + later:
            if f.kind != "count" or any(f is t for t in totals):
                continue
            if counts and f.num_start > a.end:
                break
            by_unit = any(lex.same_units(f.unit, u) for u in units)
            by_per = bool(per) and (
                f.unit == per
                or f.unit.startswith(per)
                or per.startswith(f.unit)
                or lex.same_units(f.unit, per)  # 每人 of 320名
                # 平均每县 of 8个县: the noun right after the count
                or (f.unit == "个" and f.after.startswith(per) and f.num_start < a.num_start)
            )
            if by_unit or by_per:
                counts.append((f.value, f.text, f))
        if not counts and word == "人均" and a.kind == "money":
            floor = _visits_floor(bq, lex, a, words[: m.start()] + words[m.end() :], before)
            if floor is not None:
                return _below_visits_floor(bq, a, totals, floor, conv)
        if not counts and (unit or per):
            # the people counted in an earlier sentence (「共有在编执法人员126名。……办理案件
            # 2,394件，人均办案约190件」): the last count of the average's unit there, kept
            # only when a power-of-ten slip explains the average and the average names no
            # other group (「干部职工426人 …… 一线执法人员人均办案」)
            subject = _AVERAGE_SUBJECT_FILLER_RE.sub("", words[: m.start()])
            if per:  # 每名网格员平均…: the group is named after 每名
                subject = words[m.end() :].split("平均")[0][:4]
            for f in reversed(earlier):
                if (
                    f.kind == "count"
                    and not f.quoted
                    and not f.approx
                    and (any(lex.same_units(f.unit, u) for u in units) if units else f.unit == per)
                ):
                    if len(subject) < 2 or common_substring(subject, f.pre + f.noun + f.after) >= 2:
                        counts.append((f.value, f.text, f))
                        stated_before = True
                    break
    if not counts:
        return None
    low, high = bounds(a)
    slack = max((high - low) / 2, a.value * TOLERANCE)
    if word == "人均" and a.kind == "money" and _over_visits(bq, a, totals, before, slack, conv):
        return None
    readings = []
    slipped = False
    for total in totals:
        # a person's month over twelve, unless the total is a month's own (每月发放…444万元)
        months = (
            Decimal(12)
            if monthly and not _MONTH_TOTAL_RE.search(_clause_before(bq.text, total))
            else Decimal(1)
        )
        for n, n_text, _ in counts:
            if n <= 0:
                continue
            value = _in_unit(total, a, conv) / n / months
            if a.value - slack <= value <= a.value + slack:
                return None
            # the stated average, within its own precision, is the reading shifted by a
            # power of ten (0.0139 is no 3 shifted: only 1.39 or 13.9 would be)
            slip = any(
                abs(a.value - value * Decimal(10) ** k) <= slack
                or abs(a.value - value / Decimal(10) ** k) <= slack
                for k in SLIP_POWERS
            )
            if slip_only and not (slip and a.value > value):
                return None  # a total kept on these terms explains an average above it only
            if stated_before and not slip:
                return None
            slipped = slipped or slip
            shown = value.quantize(Decimal("0.01"))
            readings.append(
                f"{total.text}÷{n_text}{'÷12个月' if months > 1 else ''}＝{show(shown, a)}"
            )
    if not readings:
        return None  # no total and count to divide (a count of 0): no arithmetic to report
    # 「岗位40个……每月驻点服务30个」: a bare 每月/每天 before a count of bodies (numbers.toml
    # ``clauses.attribute-bearers``) may say how many of them act each month, not an average
    bodies = (
        not m.group(0).startswith("平均")
        and not m.group("word")
        and a.unit in lex.data["clauses"].get("attribute-bearers", ())
    )
    others = [*totals, *(f for _, _, f in counts if f)]
    return _finding(
        a,
        others,
        # off by a power of ten only: a misplaced decimal point or a lost 万, not another base
        severity=(
            Severity.ERROR
            if slipped
            and not stated_before
            and not bodies
            and all(t.sentence == a.sentence for t in totals)  # a total of another sentence
            and all(f is None or f.num_start < a.num_start for _, _, f in counts)
            and all(t.num_start < a.num_start for t in totals)
            else Severity.WARNING
        ),
        message=f"平均数{a.text}与所列总数和数量不符：" + "；".join(readings[:6]),
        suggestion="核对平均数，或核对总数与数量（常见为小数点错位或漏写“万”）",
    )


# a span of days stated in a sentence, before its day average: a range of dates (7月8日—7月14日,
# 8日至14日), a week (第28周, 本周), one month alone (3月份, 「12月，」: not a date or a cut-off)
_DATE_RANGE_RE = re.compile(
    rf"(?:(?P<m1>[0-9]{{1,2}})\s*月)?\s*(?P<d1>[0-9]{{1,2}})\s*[日号]\s*(?:{RANGE_JOIN}|—+)\s*"
    r"(?:(?P<m2>[0-9]{1,2})\s*月)?\s*(?P<d2>[0-9]{1,2})\s*[日号]"
)
_WEEK_RE = re.compile(r"第\s*[0-9一二三四五六七八九十]{1,3}\s*周|本周|当周")
# the whole year named after the span, nearer the average (「3月起…，全年…日均」): a year's days
_YEAR_AFTER_RE = re.compile(r"全年|年度|一年|今年|本年")
_LONE_MONTH_RE = re.compile(
    rf"(?<![0-9０-９{re.escape(DASHES)}至到])(?P<m>1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])\s*月份?"
    rf"(?![0-9０-９]|[一二三四五六七八九十]+[日号]|底|末|初|中|上旬|下旬|起|以来|前|后|{RANGE_JOIN})"
)
_SPAN_REACH = 80  # characters before a day average searched for its stated span
# a span named between a total and its day average, of days left uncounted (活动期间, 高峰期)
_UNSTATED_SPAN_RE = re.compile(r"期间|高峰期|高峰时段")
# a part of a year named by its quarter, half or months (「2025年第一季度」「上半年」「1—6月」):
# its first and last month; a day average after it is over that span's days, not a year's
_CN_MONTH = "1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九]"
_YEAR_PART_RE = re.compile(
    r"(?<![上去前]年)(?<![上去前]年第)(?:第?(?P<q>[一二三四1-4])季度|(?P<half>[上下])半年|前三季度"
    rf"|(?<![0-9０-９])(?P<r1>{_CN_MONTH})\s*月?份?\s*{RANGE_JOIN}\s*(?P<r2>{_CN_MONTH})\s*月份?(?![0-9０-９]|[一二三四五六七八九十]+[日号]))"
)


def _period_days(p: re.Match[str]) -> list[tuple[Decimal, str, Quantity | None]]:
    """The days of a quarter, half or month range (:data:`_YEAR_PART_RE`), with February's leap
    day read both ways when the span holds February."""
    if p.group("q"):
        q = p.group("q")
        first = 3 * (int(q) if q.isdigit() else cn_to_int(q)) - 2
        m1, m2 = first, first + 2
    elif p.group("half"):
        m1, m2 = (1, 6) if p.group("half") == "上" else (7, 12)
    elif p.group("r1"):
        m1, m2 = (int(r) if r.isdigit() else cn_to_int(r) for r in (p.group("r1"), p.group("r2")))
    else:  # 前三季度
        m1, m2 = 1, 9
    if not 1 <= m1 < m2 <= 12:
        return []
    days = sum(MONTH_DAYS[k] for k in range(m1, m2 + 1))
    spans = [days, days + 1] if m1 <= 2 <= m2 else [days]
    return [(Decimal(d), f"{d}天（{p.group().strip()}）", None) for d in spans]


def _stated_days(text: str, start: int, end: int) -> list[tuple[Decimal, str, Quantity | None]]:
    """The days of the span a sentence states before its day average, with February's leap
    day read both ways; empty when it states none (a year is then assumed)."""
    words = text[max(start, end - _SPAN_REACH) : end]
    m = _DATE_RANGE_RE.search(words)
    w = None if m else _WEEK_RE.search(words)
    p = None if m or w else _YEAR_PART_RE.search(words)
    stated = m or w or p or _LONE_MONTH_RE.search(words)
    if stated is None or _YEAR_AFTER_RE.search(words, stated.end()):
        return []
    if p is not None:
        return _period_days(p)
    if m is not None:
        d1, d2 = int(m.group("d1")), int(m.group("d2"))
        m1 = int(m.group("m1")) if m.group("m1") else None
        m2 = int(m.group("m2")) if m.group("m2") else m1
        if m1 is None or m2 is None or not (1 <= m1 <= m2 <= 12):
            days = {d2 - d1 + 1} if m1 is None and m2 is None and d2 >= d1 else set()
        else:
            gap = sum(MONTH_DAYS[k] for k in range(m1, m2)) + d2 - d1 + 1
            days = {gap, gap + 1} if m1 <= 2 < m2 else {gap}  # (a leap day between)
        spans = sorted(d for d in days if 0 < d <= 366)
        return [(Decimal(d), f"{d}天（{m.group().strip()}）", None) for d in spans]
    if w is not None:
        return [(Decimal(7), f"7天（{w.group()}）", None)]
    months = list(_LONE_MONTH_RE.finditer(words))
    if len(months) == 1:
        raw = months[0].group("m")
        month = int(raw) if raw.isdigit() else cn_to_int(raw)
        if 1 <= month <= 12:
            spans = [MONTH_DAYS[month], 29] if month == 2 else [MONTH_DAYS[month]]
            label = months[0].group()
            return [(Decimal(d), f"{d}天（{label}）", None) for d in spans]
    return []


def _over_visits(
    bq: BlockQuantities,
    a: Quantity,
    totals: Sequence[Quantity],
    before: Sequence[Quantity],
    slack: Decimal,
    conv: dict[str, tuple[str, Decimal]],
) -> bool:
    """「补贴1.28亿元，惠及参训人员5.34万人次，人均约2397元，…劳动者三万八千余人」: a per-head
    money average that is a total of its sentence over the visits (人次) stated before it there
    (each visit counted as a head) is that reading, whatever other count of people follows. It
    only accepts: an average above that quotient may be over fewer people than visits."""
    visits = [
        f
        for f in before
        if f.unit == "人次" and f.sentence == a.sentence and not f.approx and f.value > 0
    ][-1:]
    return any(
        abs(_in_unit(t, a, conv) / v.value - a.value) <= slack
        for t in totals
        if t.sentence == a.sentence
        for v in visits
    )


def _visits_floor(
    bq: BlockQuantities, lex: Lexicon, a: Quantity, words: str, before: Sequence[Quantity]
) -> Quantity | None:
    """The visits (人次) a 人均 money average is drawn over, when no count of people is given:
    the last 人次 count before it in its sentence whose clause shares a word of two characters
    with the average's (「实施临时救助2156人次，…人均救助水平为…」: 救助), in a paragraph that
    states no people (人, 名: a population the average might be per head of)."""
    if any(lex.same_units(f.unit, "人") for f in bq.quantities):
        return None
    visits = [f for f in before if f.unit == "人次" and f.sentence == a.sentence and not f.approx]
    if not visits:
        return None
    f = visits[-1]
    return f if common_substring(_clause_before(bq.text, f), words) >= 2 else None


def _below_visits_floor(
    bq: BlockQuantities,
    a: Quantity,
    totals: Sequence[Quantity],
    visits: Quantity,
    conv: dict[str, tuple[str, Decimal]],
) -> Relation | None:
    """A 人均 average over people counted by their visits (人次): the people are at most the
    visits, so the average is at least the total over the visits (3412万元 ÷ 2156人次 =
    15825.6元: 人均1583元 is too low; any average above it may be right). A warning: the
    average may be of another group."""
    low, high = bounds(a)
    slack = max((high - low) / 2, a.value * TOLERANCE)
    readings = []
    for total in totals:
        if visits.value <= 0:
            continue
        value = _in_unit(total, a, conv) / visits.value
        if a.value + slack >= value:
            return None
        readings.append(f"{total.text}÷{visits.text}＝{show(value.quantize(Decimal('0.01')), a)}")
    if not readings:
        return None
    others = [*totals, visits]
    return _finding(
        a,
        others,
        severity=Severity.WARNING,
        message=f"人均数{a.text}低于按人次计算的下限：人数不多于人次，人均不应低于"
        + "；".join(readings[:6]),
        suggestion="核对平均数，或核对总数与人次（常见为小数点错位或漏写“万”）",
    )


def _total_unit(
    a: Quantity,
    f: Quantity,
    word: str,
    conv: dict[str, tuple[str, Decimal]] | None = None,
    per_event: bool = False,
) -> bool:
    """Can ``f`` be the total ``a`` averages: the same unit (any money, or measures of one
    base unit: 平方公里 and 平方千米), or 人次 for a 人均 count of 次 (1860人次 ÷ 1200名 = 1.55次
    each) and for the people of each event (``per_event``: 10.3万人次 ÷ 86场 = 1198人 each)."""
    if f.unit == a.unit or a.kind == "money":
        return True
    if conv and a.kind == "measure" and f.unit in conv and a.unit in conv:
        return conv[f.unit][0] == conv[a.unit][0]
    if per_event and a.unit in ("人", "名") and f.unit == "人次":
        return True  # 平均每场听众约120人 of 86场: the people of every event are 人次
    return word == "人均" and f.unit == "人" + a.unit


def _in_unit(f: Quantity, a: Quantity, conv: dict[str, tuple[str, Decimal]]) -> Decimal:
    """``f``'s value in ``a``'s unit (measures convert by ``magnitude.conversions``)."""
    if f.unit != a.unit and a.kind == "measure" and f.unit in conv and a.unit in conv:
        return f.value * conv[f.unit][1] / conv[a.unit][1]
    return f.value


# an average printed with 约 or rounded loosely is accepted within this share of itself
TOLERANCE = Decimal("0.05")
# the powers of ten a misplaced decimal point or a lost 万/千 shifts a figure by
SLIP_POWERS = (1, 2, 3, 4)


def shifted_power(added: Decimal, low: Decimal, high: Decimal, down: bool = False) -> int | None:
    """The power of ten (SLIP_POWERS) a sum of parts is shifted by from the total whose
    interval is [low, high] (1360万 under 1.36亿: 1), or None; with ``down`` also a sum the
    total's digits shifted up (2,100万 + 1,460万 over 35.6万: -1)."""
    for k in SLIP_POWERS:
        f = Decimal(10) ** k
        if low <= added * f <= high:
            return k
        if down and low <= added / f <= high:
            return -k
    return None


def power_of_ten_slip(stated: Decimal, actual: Decimal, slack: Decimal) -> bool:
    """Is ``stated`` the ``actual`` figure shifted by a power of ten (within ``slack``
    scaled the same way)? 767 for 76.71, 1.23万 for 12.3万: a decimal point or a 万 slip."""
    for k in SLIP_POWERS:
        f = Decimal(10) ** k
        for scaled, tol in ((actual * f, slack * f), (actual / f, slack / f)):
            if stated - tol <= scaled <= stated + tol:
                return True
    return False


# --------------------------------------------------------------------------------------
# a figure restated in another unit in brackets
# --------------------------------------------------------------------------------------

# the relative error a conversion factor of numbers.toml carries (亩 = 666.6667平方米)
_FACTOR_SLACK = Decimal("1e-6")
_NOT_RESTATEMENT = re.compile(r"^(?:其中|含|包括|占|较|同比|比|增|减|下降|上升|提高|降低)")


@lru_cache(maxsize=4)
def _conversions(lex: Lexicon) -> dict[str, tuple[str, Decimal]]:
    """unit -> (base unit, factor) from numbers.toml ``magnitude.conversions``."""
    table: dict[str, tuple[str, Decimal]] = {}
    for base, units in lex.data.get("magnitude", {}).get("conversions", {}).items():
        table[base] = (base, Decimal(1))
        for unit, factor in units.items():
            table[unit] = (base, Decimal(str(factor)))
    return table


# a figure said again in other units in the next clause (「…12.6万平方米，合12.6公顷」), the
# currency named again before a money figure (「586万元，约合人民币0.586亿元」)
_SAID_AGAIN_RE = re.compile(r"[，,](?:约合|折合|合(?!计)|即|相当于)约?(?:人民币)?")


def _converted_bounds(q: Quantity) -> tuple[Decimal, Decimal]:
    """A figure converted into another unit (326亩，折合21.7公顷) was rounded to its last
    printed digit even when printed as an integer: 22公顷 stands for [21.5, 22.5)."""
    low, high = bounds(q)
    if low != high or q.decimals:
        return low, high
    half = Decimal(q.magnitude) / 2
    return max(Decimal(0), q.value - half), q.value + half


def _restated(bq: BlockQuantities, lex: Lexicon, figures: list[Quantity]) -> list[Relation]:
    out: list[Relation] = []
    text = bq.text
    conv = _conversions(lex)
    for i, x in enumerate(figures):
        gap = text[x.end : x.end + 2]
        said = _SAID_AGAIN_RE.match(text, x.end)
        if said is not None and i + 1 < len(figures):
            # 「12.6万平方米，合12.6公顷」: the next clause opens with 合/折合/即 and the figure
            y = figures[i + 1]
            if y.depth != x.depth or y.num_start - said.end() > 1:
                continue
            head = ""
        elif not gap.startswith(("（", "(")):
            continue
        else:
            # the first figure inside the bracket (found without copying the rest: linear)
            inside = (figures[j] for j in range(i + 1, len(figures)))
            y_or_none = next((y for y in inside if y.depth == x.depth + 1), None)
            if y_or_none is None:
                continue
            y = y_or_none
            head = text[x.end + 1 : y.start]
        if _NOT_RESTATEMENT.search(head) or y.kind != x.kind:
            continue
        if per_or_change(lex, y):
            # 「经费7.2万元（每个行政村每年8000元，共9个行政村）」: a rate per member explains
            # the figure, it does not restate it (the average rules weigh it)
            continue
        if x.kind == "money":
            if x.magnitude == y.magnitude:
                continue
            xv, yv, unit = x.value, y.value, "元"
        elif x.unit != y.unit and x.unit in conv and y.unit in conv:
            (bx, fx), (by, fy) = conv[x.unit], conv[y.unit]
            if bx != by:
                continue
            xv, yv, unit = x.value * fx, y.value * fy, bx
        else:
            continue
        # (the figure restated is rounded as well when printed in 万 or 亿: 4610万亩（3073.5千
        # 公顷） — 4610万 stands for [4609.5万, 4610.5万))
        x_low, x_high = bounds(x) if x.kind == "money" or x.magnitude == 1 else _converted_bounds(x)
        y_low, y_high = bounds(y) if x.kind == "money" else _converted_bounds(y)
        factor_x = xv / x.value if x.value else Decimal(1)
        factor_y = yv / y.value if y.value else Decimal(1)
        # (a factor printed to a few places, 亩 = 666.6667平方米, is off by its last digit)
        slack = max(abs(xv), abs(yv)) * _FACTOR_SLACK
        if (
            x_low * factor_x <= y_high * factor_y + slack
            and y_low * factor_y <= x_high * factor_x + slack
        ):
            continue
        slip = power_of_ten_slip(yv, xv, (y_high - y_low) / 2 * factor_y)
        if said is not None and not slip and ("约" in said.group() or y.approx):
            continue  # 「约合80公顷」 of 1245亩: a rounded restatement, only a slip is read
        out.append(
            Relation(
                "unit-slip",
                Verdict.CONTRADICTION,
                y.block,
                (y.num_start, y.end),
                (span_of(y), span_of(x)),
                code="N201",
                severity=Severity.ERROR if slip else Severity.WARNING,
                message=(
                    f"{x.text}即{fmt(xv)}{unit}，{'括号内' if said is None else '后文'}"
                    f"写作{y.text}（{fmt(yv)}{unit}），"
                    "两者应为同一数量"
                ),
                suggestion="核对数字与单位（常见为小数点错位或单位写错）",
            )
        )
    return out


# a figure taken in over the year (新接收, 新登记), not a part of the stock it is compared
# with (累计 and 新增 members of a fixed set, such as 示范社区, still are)
_FLOW_WORDS_RE = re.compile(r"新(?:接收|收|登记|入|发生|受理|发展|办理|建档)|次数")
_PART_MARK_RE = re.compile(r"^[，,、；;\s]*(?:其中|中)")


def _converted_parts(bq: BlockQuantities, lex: Lexicon, figures: list[Quantity]) -> list[Relation]:
    """A part in another unit of the same measure than its whole (总面积1986平方公里，其中林地
    312.6万亩): converted, it may not exceed the whole."""
    conv = _conversions(lex)
    out: list[Relation] = []
    last: Quantity | None = None  # the last figure in a convertible unit before the part
    for p in figures:
        if p.unit not in conv:
            continue
        if last is not None and _PART_MARK_RE.match(p.pre) and p.unit != last.unit:
            (bw, fw), (bp, fp) = conv[last.unit], conv[p.unit]
            if bw == bp and bounds(p)[0] * fp > bounds(last)[1] * fw:
                out.append(
                    Relation(
                        "base",
                        Verdict.CONTRADICTION,
                        p.block,
                        (p.num_start, p.end),
                        (span_of(p), span_of(last)),
                        code="N206",
                        severity=Severity.WARNING,
                        message=(
                            f"{p.text}约合{show((p.value * fp / fw).quantize(Decimal('0.1')), last)}，"
                            f"大于总数{last.text}，部分不应大于总数"
                        ),
                        suggestion="核对数字与单位（常见为单位写错或小数点错位）",
                    )
                )
            continue
        last = p
    return out


# --------------------------------------------------------------------------------------
# figures above a base the paragraph states
# --------------------------------------------------------------------------------------

_BASE_WORDS_RE = re.compile(
    # 「辖区有居民1.2万人」「全县有个体工商户2.3万户」: an area that has a stock
    r"(?:共有|现有|拥有|下辖|辖有|(?:辖区|区内|境内|全[省市区县镇乡]|本[省市区县镇乡])内?有|辖)"
    r"([\u4e00-\u9fff（）()]{2,12})$"
)
_BRACKETED = re.compile(r"[（(][^）)]*[）)]")
_CLOSED_BRACKET = re.compile(r"[（(][^（()）]*[）)]")  # a bracket with no bracket inside
_HAS_RE = re.compile(r"共有|现有|拥有|下辖|辖有")
# words no noun of a stock holds: prepositions and adverbs (「全区已为68所学校…」)
_FUNCTION_WORD_RE = re.compile(r"已|为|对|在|向|给|把|将|共|均|累计|达")
# the verb of a coverage claim, before the area's figure it names (「实现全市156个社区全覆盖」)
_CLAIM_VERB_RE = re.compile(r"实现[全本该][省市州区县旗镇乡]$|实现辖区内?$")
_ALL_OF_RE = re.compile(r"^(?:所有|全部|各)")
# a stock named by its area and a noun alone (全县耕地面积, 全区中小学校), its clause no more
_AREA_NOUN_RE = re.compile(
    r"[全本][省市州区县旗镇乡](?:域|内)?([\u4e00-\u9fff]{2,10}?)(?:总面积|面积|总数)?"
)
_AREA_UNITS = frozenset({"亩", "公顷", "平方公里", "平方千米", "平方米"})
# units of things done in the year (全区行政处罚案件1,200件 is a flow, no stock to bound;
# 批 as 批次: 「全县进京访5批、赴省访21批」 counts batches of visits, no stock of them)
_EVENT_UNITS = frozenset(
    {"件", "次", "起", "宗", "人次", "场", "场次", "批", "批次", "份", "条", "期", "户次", "家次"}
)
# the words that tie a figure to its noun (参与学生达123.5万人)
_COPULA_TAIL_RE = re.compile(r"(?:达到|达|为|是|有|约|共|计|合计|共计)+$")


# a clause opening on another group than the base stated before it (另有, 此外还有)
_ANOTHER_GROUP_RE = re.compile(r"另有|另外|此外|另")


# a noun after a count followed by 全部/均/都 (「214个行政村（社区）全部…」「156个社区均已…」)
_ALL_AFTER_RE = re.compile(r"([\u4e00-\u9fff]{1,6}?)(?:已经|已)?(?:全部|均|都)")


def _all_divisions(lex: Lexicon, text: str, q: Quantity) -> str:
    """The divisions (村, 社区, 街道…: ``containment.divisions``) a count names right after it
    when 全部/均/都 follow them, else ""."""
    m = _ALL_AFTER_RE.match(_noun_after(text, q))
    divisions = tuple(lex.data.get("containment", {}).get("divisions", ()))
    return m.group(1) if m and divisions and m.group(1).endswith(divisions) else ""


def _noun_after(text: str, q: Quantity) -> str:
    m = _CLAUSE_RE.search(text, q.end, q.end + 16)
    return _BRACKETED.sub("", text[q.end : m.start() if m else q.end + 16])


def _bases(bq: BlockQuantities, lex: Lexicon) -> list[Relation]:
    data = lex.data.get("magnitude", {})
    population = tuple(data.get("population", ()))
    online = tuple(data.get("online", ()))
    visits = Decimal(str(data.get("visits-per-resident", 12)))
    at_start = tuple(data.get("stock-at-start", ()))
    text = bq.text
    out: list[Relation] = []
    # counts, and areas (全县耕地面积52.6万亩 bounds the 耕地 a later figure names)
    figures = [
        q
        for q in bq.quantities[: MAX_FIGURES * 4]
        if (q.kind == "count" or (q.kind == "measure" and q.unit in _AREA_UNITS)) and not q.quoted
    ]
    # the population may be stated after the figures it bounds (…受众1.3万人，全镇常住人口
    # 仅9800人): it bounds every figure of the paragraph
    # (an approximate population, 「常住人口约21.8万人」, bounds the visits — twelve a resident
    # leave room for any rounding of it — and people only beyond APPROX_POPULATION_FACTOR
    # times it: 「常住人口约42万人，…参保人数达413万人」, no rounding of 约 explains)
    people = (
        [q for q in figures if _is_population(text, q, population)]
        if _may_name_population(text, population)
        else []
    )
    groups = subgroups(text, people, population)
    bases: list[tuple[Quantity, str, bool]] = []  # (figure, its noun, is a population)
    reached: set[int] = set()  # bases their own sentence says are reached in full
    # the households stated with the population (常住人口3.8万人、1.3万户) bound those reached
    # more closely than the people do
    households_stated = any(
        f.unit == "户" and _with_population(text, f, [p for p in people if not p.approx])
        for f in figures
    )
    joined: list[tuple[tuple[Quantity, str], tuple[Quantity, str]]] = []
    for q in figures:
        if q.approx:
            continue
        if any(q is p for p in people):
            continue
        if not people and not bases and _BASE_CHARS.isdisjoint(_clause_before(text, q)):
            continue  # nothing before it to bound it, and no base its clause could name
        if is_from_level(bq, q):
            continue  # 「法律顾问由41名增加到52名」: last year's level, neither base nor part
        before = _BRACKETED.sub("", _clause_before(text, q))
        shortest = 2
        if any(w in before for w in _BASE_HINTS):
            m = _BASE_WORDS_RE.search(before)
            noun = _BRACKETED.sub("", m.group(1) if m else "").split("的")[-1]
            noun = _HAS_RE.split(noun)[-1]  # 辖区共有加油站: the noun after the last 有
            noun = _TOTAL_TAIL_RE.sub("", noun)  # 现有网格员和楼栋长共计320名
            one = _BASE_ONE_RE.search(before)
            stock = _STOCK_RE.search(before) if not noun and not q.verb else None
            roll = _ON_ROLL_RE.search(before) if not noun and not stock else None
            if roll is not None and len(roll.group(1)) >= 3 and lex.same_units(q.unit, "人"):
                noun = roll.group(1)
        else:  # a clause naming no stock (有, 辖, 共, 总数): none of the three below finds one
            noun, one, stock = "", None, None
            # 「全县耕地面积52.6万亩」「全区中小学校98所」: the area and a noun, no verb
            whole = _AREA_NOUN_RE.fullmatch(before)
            if (
                whole
                and not q.verb
                and q.unit not in _EVENT_UNITS
                and lex.verb_re.search(whole.group(1)) is None
                and _FUNCTION_WORD_RE.search(whole.group(1)) is None  # 全区已为68所: no noun
            ):
                noun = whole.group(1)
        if stock is not None and _AREA_RE.search(stock.group(1)):
            stock = None  # 「全区共有74个村」: the area, the noun follows the count
        qualified = _QUALIFIED_STOCK_RE.search(before) if not noun and (stock or q.verb) else None
        if qualified is not None and lex.verb_re.search(qualified.group("head")) is None:
            # 「全区纳入重点监管的危化品企业共58家」: the verb qualifies the noun (a 的-clause),
            # the figure counts a stock; its whole phrase names it (重点监管…企业)
            noun = _AREA_PREFIX_RE.sub("", qualified.group(1))[-12:]
        elif stock is not None:
            # 在编在岗人员共216人; 全县所有行政村（社区）共214个: 行政村
            noun = _ALL_OF_RE.sub("", _AREA_PREFIX_RE.sub("", stock.group(1).split("的")[-1]))
            noun = noun[-6:]
        elif one is not None:
            noun, shortest = one.group(1), 1  # 共有村（社区）86个: one character is a word here
        elif len(noun) < 2 and _BASE_END_RE.search(before):
            # the noun right after the count (下辖9个村已全部…)
            noun, shortest = _head_noun(lex, _noun_after(text, q)[:6]), 1
        elif not noun and bases and bases[-1][0].sentence == q.sentence:
            # the next item of a listed base (共有行政村58个、社区23个; 辖8个镇和5个街道)
            listed = _JOIN_RE.fullmatch(_BRACKETED.sub("", text[bases[-1][0].end : q.num_start]))
            noun = (listed.group("noun") or "") if listed else ""
            if listed and not noun:
                noun, shortest = _head_noun(lex, _noun_after(text, q)[:6]), 1
            # the next stock of the same statement, a clause of a bare noun and its count
            # (现有中小学校96所，在校学生9.6万人)
            # (not 「其中专职网格员150名」: a part of the stock before, never a stock itself)
            # (nor after a 其中 of its own clause: 「共有…1.9万人，其中，行专调委会3402人」)
            parts = "其中" in text[bases[-1][0].end : q.num_start]
            bare = None if parts else _BARE_NOUN_RE.fullmatch(before)
            if not noun and bare and not q.verb and lex.verb_re.search(before) is None:
                noun = bare.group(1)
        if not noun and not q.verb and _AREA_PREFIX_RE.fullmatch(before):
            # 「全区68所中小学校中，已有65所…」: the area's stock, named after its count,
            # that the next clause takes its part from (中)
            within = _WITHIN_NOUN_RE.fullmatch(text, q.end, _clause_end(text, q.end))
            if within is not None and lex.verb_re.search(within.group(1)) is None:
                noun = within.group(1)
        divisions = _all_divisions(lex, text, q) if not noun and not q.verb else ""
        if divisions and _AREA_RE.search(before):
            # 「全县214个行政村（社区）全部配备…」「全市156个社区均已建立…」: the area's
            # divisions all said to act are all it has (containment.divisions; not 「全区300
            # 家企业均参加…」, the firms that took part)
            noun = divisions
            reached.add(id(q))
        elif (
            not noun
            and (not q.verb or _CLAIM_VERB_RE.search(before))
            and _AREA_RE.search(before)
            and _COVERAGE_RE.search(text, q.end, bq.sentence_span(q.sentence)[1])
        ):
            # 「对全区412家医疗卫生机构开展…检查全覆盖」: the area's figure its sentence says is
            # reached in full is the area's stock, named after its count; its full reach is
            # said of itself, not of the later figures (no coverage claim to hold them to)
            # (and the claim's own figure: 「实现全市156个社区全覆盖」)
            tail = _noun_after(text, q)[:8]
            verb = lex.verb_re.search(tail, 1)
            full = _COVERAGE_RE.search(tail)
            if full is not None and (verb is None or full.start() < verb.start()):
                noun = tail[: full.start()]  # 156个社区全覆盖: 社区
            else:
                # (the noun ends before 均/已…: 「全市156个社区均已建立…」)
                noun = _ALL_ADVERB_RE.split(tail[: verb.start()])[0] if verb else ""
            reached.add(id(q))
        if (
            not noun
            and q.unit == "户"
            and _with_population(text, q, [p for p in people if not p.approx])
        ):
            noun, shortest = _HOUSEHOLDS, 1  # 常住人口4.6万人、1.7万户: the households
        for b in people:
            if id(b) in groups and not names_group(
                groups[id(b)], _clause_before(text, q) + _noun_after(text, q)
            ):
                continue  # (城镇人口12.82万人 bounds no 男性25.79万人)
            if (
                b.approx
                and q.unit != "人次"
                and not (
                    lex.same_units(q.unit, "人") and q.low > bounds(b)[1] * APPROX_POPULATION_FACTOR
                )
            ):
                continue
            rel = _exceeds(bq, lex, q, b, "人口", True, visits, online, not households_stated)
            if rel is not None:
                out.append(rel)
                break
        else:
            rel = None
        if rel is not None:
            continue
        # the next item of a list of bases is no part of the one before (辖5个街道、8个镇)
        item = bool(bases) and bases[-1][0].sentence == q.sentence
        # (a bracket of its kinds between: 「辖8个镇（街道）、74个村（社区）」)
        gap = _BRACKETED.sub("", text[bases[-1][0].end : q.num_start]) if bases else ""
        item = item and _JOIN_RE.fullmatch(gap) is not None
        named: list[Sequence[tuple[Quantity, str]]] = [j for j in joined if _names_both(bq, q, j)]
        kinds = _KINDS_AFTER_RE.match(text, q.end)
        if not named and kinds is not None and not item:
            # 「下辖行政村14个、社区居委会3个」 … 「19个村（社区）」: the bases of the kinds its
            # noun and bracket name, listed apart, bound it together
            words = [kinds.group("head"), *_NOUN_JOIN_RE.split(kinds.group("kinds"))]
            of_kinds = [
                (b, n)
                for b, n, is_pop in bases
                if not is_pop and b.unit == q.unit and any(w and w in n for w in words)
            ]
            if len(of_kinds) >= 2:
                named = [of_kinds]
        pair = named[0] if named else None
        if named:
            # (a figure naming the kinds of more than two joined bases, 「以上69个村（社区、
            # 农场）」 after 「行政村42个、社区19个、农场8个」, is bounded by all of them)
            terms = list({id(b): (b, n) for j in named for b, n in j}.values())
            rel = _over_joined(bq, q, terms)
            if rel is not None:
                out.append(rel)
        for b, b_noun, is_pop in bases if pair is None and not item else ():
            rel = _exceeds(bq, lex, q, b, b_noun, is_pop, visits, online)
            if rel is None and not is_pop and id(b) not in reached:
                rel = _coverage(bq, lex, q, b, b_noun)
            if rel is not None:
                out.append(rel)
                break
        s_start = bq.sentence_span(q.sentence)[0] if bq.sentence_starts else 0
        if (
            len(noun) >= shortest
            and not any(w in text[s_start : q.num_start] for w in at_start)
            and not NEW_UNITS_RE.search(before)
        ):
            # (a stock at the year's start, 年初共有…24家, bounds nothing: new ones join it;
            # nor do the year's new units, 全年新建养老机构5家)
            if bases and _JOIN_RE.fullmatch(
                _BRACKETED.sub("", text[bases[-1][0].end : q.num_start])
            ):
                # 共有行政村58个、社区23个: a later 村（社区） counts both
                a, a_noun, _ = bases[-1]
                if a.unit == q.unit and a.sentence == q.sentence and len(joined) < 8:
                    joined.append(((a, a_noun), (q, noun)))
            bases.append((q, noun, False))
    out.extend(_before_stock(bq, lex, figures, bases, out))
    return out


def _before_stock(
    bq: BlockQuantities,
    lex: Lexicon,
    figures: Sequence[Quantity],
    bases: Sequence[tuple[Quantity, str, bool]],
    found: Sequence[Relation],
) -> list[Relation]:
    """A count of a stock's units stated before the stock in its sentence (「在173个社区开展
    …，实现全市156个社区全覆盖」「为68所学校配备…，全区中小学校共有62所」): the noun right
    after the count the stock's noun or its head, no other period, area or years (累计), no
    new units — above the stock. A warning (the link is the noun)."""
    text = bq.text
    out: list[Relation] = []
    flagged = {r.span for r in found}
    for b, noun, is_pop in bases:
        if is_pop or not noun or b.approx:
            continue
        for q in figures:
            if q.sentence != b.sentence or q.end > b.num_start or q.approx or q.change:
                continue
            if q.unit != b.unit or q.kind != "count" or q.low <= bounds(b)[1]:
                continue
            if (q.num_start, q.end) in flagged or any(q is c for c, _, _ in bases):
                continue
            after = _head_noun(lex, _noun_after(text, q)[:8])
            if not after or not (noun.endswith(after) or after.endswith(noun)):
                continue
            before = _clause_before(text, q)
            if (
                NEW_UNITS_RE.search(before)
                or _FLOW_WORDS_RE.search(before)
                or any(w in before for w in _OVER_YEARS)
                or _PERIOD_RE.search(before)
                or (
                    WHOLE_AREA_RE.findall(before)
                    and WHOLE_AREA_RE.findall(before)
                    != WHOLE_AREA_RE.findall(_clause_before(text, b))
                )
            ):
                continue  # 新建, 新接收, 累计 over years, another year or area's count
            out.append(
                _finding(
                    q,
                    (b,),
                    code="N206",
                    severity=Severity.WARNING,
                    message=f"{q.text}多于其后所述总数{b.text}（{noun}），部分不应多于总数",
                    suggestion="核对该数字与文中所述的总数（常见为多写一位或漏写“万”）",
                )
            )
            flagged.add((q.num_start, q.end))
    return out


# the gap between two listed bases: 「、社区」 (the noun before the count) or 「镇和」 (after it)
_JOIN_RE = re.compile(
    r"(?:[\u4e00-\u9fff]{1,6}?(?:、|和|及|以及)|(?:、|和|及|以及)(?P<noun>[\u4e00-\u9fff]{1,8}))"
)
_TOTAL_TAIL_RE = re.compile(r"(?:共计|共有|合计|总数为|总数|总计|共)$")
_BARE_NOUN_RE = re.compile(r"([\u4e00-\u9fff]{2,8})(?:共|为|有|达)?")
_NOUN_JOIN_RE = re.compile(r"和|及|与|、")


def _names_each(noun: str, after: str) -> bool:
    """Does the words after a figure name every thing a joined base noun names, by its last
    character (行政村和社区 … 81个村（社区））?"""
    parts = [p for p in _NOUN_JOIN_RE.split(noun) if p]
    return len(parts) >= 2 and all(p[-1] in after for p in parts)


def _names_both(
    bq: BlockQuantities, q: Quantity, pair: tuple[tuple[Quantity, str], tuple[Quantity, str]]
) -> bool:
    (_, a_noun), (b, b_noun) = pair
    if q.num_start < b.end or q.unit != b.unit:
        return False
    after = bq.text[q.end : q.end + 12]
    return a_noun[-1] in after and b_noun[-1] in after


# a stock named by a noun qualified by a 的-clause: 「纳入重点监管的危化品企业共58家」「登记在册的
# 养老机构有86家」
_QUALIFIED_STOCK_RE = re.compile(
    r"([\u4e00-\u9fff]{1,12}的(?P<head>[\u4e00-\u9fff]{2,8}?))(?:共有|共计|总数为|总数|共|有)$"
)
# a period a clause names (not a date a stock is counted at: 截至2024年底)
_PERIOD_RE = re.compile(rf"{YEAR_ASCII}年(?![底末])|上年|去年|前一年|上一年")
_AREA_PREFIX_RE = re.compile(r"^(?:[全本][省市州区县旗镇乡]|辖区内?|[省市区县镇]内)")
# the noun after a stock's count and the 中 that takes a part of it (68所中小学校中)
_PART_WITHIN_RE = re.compile(r"中[，,]?(?:已经|已|均)?(?:有|共有)?")
_WITHIN_NOUN_RE = re.compile(r"([\u4e00-\u9fff]{2,10}?)中")


def _clause_end(text: str, pos: int) -> int:
    m = _CLAUSE_RE.search(text, pos)
    return m.start() if m else len(text)


def _other_area(text: str, q: Quantity, base: Quantity) -> bool:
    """Do the clauses of a figure and of its base name two areas (全县 … 全市), or does the
    figure count over several years?"""
    own = WHOLE_AREA_RE.findall(_clause_before(text, q))
    of_base = WHOLE_AREA_RE.findall(_clause_before(text, base))
    if not of_base:
        # a stock of the statement after its first (「全区共有中小学校58所，在校学生4.9万人」):
        # the area its statement opens with
        start = max(0, base.num_start - 60)
        end = last_mark(text, "。！？!?；;\n", start, base.num_start)
        of_base = WHOLE_AREA_RE.findall(text[end + 1 if end >= 0 else start : base.num_start])
    if any(w in _clause_before(text, q) for w in _OVER_YEARS):
        return True  # 近三年累计为121个村: the same ones counted over several years
    if text.startswith("次", q.end):
        return True  # 走访村（社区）320个次: visits, not villages
    if set(_PERIOD_RE.findall(_clause_before(text, q))) != set(
        _PERIOD_RE.findall(_clause_before(text, base))
    ):
        return True  # 2023年全区…共58家 … 已完成…64家: another year's stock
    if bool(own) and bool(of_base) and own[-1] != of_base[-1]:
        return True
    # the bodies or level each counts over (各街道 … 区级各执法部门): the base's whole
    # statement, the figure's own clause
    start = max(0, base.num_start - 60)
    end = last_mark(text, "。！？!?；;\n", start, base.num_start)
    return other_scope(
        _clause_before(text, q), text[end + 1 if end >= 0 else start : base.num_start]
    )


def _over_joined(
    bq: BlockQuantities, q: Quantity, listed: Sequence[tuple[Quantity, str]]
) -> Relation | None:
    """A figure above bases listed together (共有行政村58个、社区23个 … 为86个村（社区）):
    its noun names each of them, so their sum bounds it."""
    a, b = listed[0][0], listed[-1][0]
    limit = sum((bounds(x)[1] for x, _ in listed), Decimal(0))
    if q.low <= limit or _other_area(bq.text, q, a):
        return None
    terms = "＋".join(f"{x.text}（{n}）" for x, n in listed)
    return Relation(
        "base",
        Verdict.CONTRADICTION,
        q.block,
        (q.num_start, q.end),
        (span_of(q), *(span_of(x) for x, _ in listed)),
        code="N206",
        severity=Severity.WARNING,
        message=f"{q.text}多于文中所述总数{terms}＝{show(limit, b)}，部分不应多于总数",
        suggestion="核对该数字与文中所述的总数",
    )


# where the noun after a counted base ends (下辖14个社区已全部配备…: 社区)
# the adverbs that end a noun before its verb (「156个社区均已建立…」: 社区)
_ALL_ADVERB_RE = re.compile(r"已|均|全部|全都|都")
# what surely ends the noun after a figure: those adverbs or a mark (not 共 of 公共)
_NOUN_ENDED_RE = re.compile(r"已|均|全部|全都|都|实现|[，,；;。、]")
_NOUN_END_RE = re.compile(r"已|均|全部|全都|都|共|中|实现|和|及|[，,；;。、（(0-9]")


# a stock named before 共 (在编在岗人员共216人), its clause holding no verb
# the area a stock belongs to, before 共有 (全区共有…, 本镇现有…, 辖区内共有…)
_AREA_RE = re.compile(r"(?:^|[全本该我])(?:省|市|区|县|旗|镇|乡|街道)(?:内)?$|辖区(?:内)?$")
_STOCK_RE = re.compile(r"([\u4e00-\u9fff]{2,16}?)(?:共有|共计|总数为|总数|共)$")
_BASE_ONE_RE = re.compile(r"(?:共有|现有|下辖|辖有)([\u4e00-\u9fff])$")
_BASE_END_RE = re.compile(r"(?:共有|现有|辖)$")
# what a clause naming a stock holds, one of: every base and stock pattern above needs one
_BASE_HINTS = ("有", "辖", "共", "总数", "在编", "在岗", "在职", "在册")
# a character every way :func:`_bases` names a base by holds: a hint's (_BASE_HINTS), an
# area's (全县, 辖区, 街道: _AREA_RE, _AREA_NOUN_RE, _AREA_PREFIX_RE); a clause without one
# names no base (single characters: taking a bracket out of the clause joins no new one)
_BASE_CHARS = frozenset("有辖共总在省市州区县旗镇乡街")
# 「全局在编在岗执法人员386人」: people on the roll, a stock named by the words after the roll
_ON_ROLL_RE = re.compile(
    r"(?:在编在岗|在编在职|在编|在岗|在职|在册)(?:的)?([\u4e00-\u9fff]{2,8})(?:共|为|有)?$"
)


_HOUSEHOLDS = "常住户数"
_OVER_YEARS = ("以来", "年来", "近两年", "近三年", "近五年", "历年", "多年")
_HOUSEHOLD_WORDS_RE = re.compile(r"居民|家庭|住户|农户|群众|村民|入户")
_POPULATION_JOIN_RE = re.compile(r"[、，,]?(?:共|计|合)?")


def _with_population(text: str, q: Quantity, people: Sequence[Quantity]) -> bool:
    """Is ``q`` stated right after the population, as its number of households
    (「常住人口4.6万人、1.7万户」)?"""
    return any(_POPULATION_JOIN_RE.fullmatch(text, p.end, q.num_start) for p in people)


def _may_name_population(text: str, population: tuple[str, ...]) -> bool:
    """Can a clause of ``text`` end with a population word (:func:`_is_population`)? Only
    if the text holds its last character (人口: 口), whatever brackets are taken out."""
    return any(w[-1:] in text for w in population)


def _is_population(text: str, q: Quantity, population: tuple[str, ...]) -> bool:
    if q.unit == "户":
        # 「认定低保边缘家庭人口1774户5053人」: a count of households is no number of people,
        # so no bound on the head counts of the paragraph (2.4万人, 17370人 are other groups)
        return False
    before = _POPULATION_TAIL_RE.sub("", _BRACKETED.sub("", _clause_before(text, q)))
    return before.endswith(population)


def subgroups(text: str, people: Sequence[Quantity], population: tuple[str, ...]) -> dict[int, str]:
    """The populations of a paragraph that are groups of a larger one it states (「户籍人口
    49.81万人，其中城镇人口12.82万人」「…出生人口3625人」「其中60周岁以上老年人口9.8万人」), each
    with the two characters that name its group right before the population word (城镇, 出生,
    老年): such a population bounds only the people whose words name that group (「为11.2万名
    老年人办理…」), not the area's others (「男性25.79万人」) — keyed by ``id``."""
    if len(people) < 2:
        return {}
    top = max(bounds(p)[0] for p in people)
    out: dict[int, str] = {}
    for p in people:
        if bounds(p)[1] >= top:
            continue
        words = _POPULATION_TAIL_RE.sub("", _BRACKETED.sub("", _clause_before(text, p)))
        word = max((w for w in population if words.endswith(w)), key=len, default="")
        group = words[: len(words) - len(word)]
        out[id(p)] = group[-2:] if len(group) >= 2 else group
    return out


def names_group(group: str, words: str) -> bool:
    """Do a figure's ``words`` name the ``group`` of a smaller population (:func:`subgroups`)?"""
    return bool(group) and group in words


# words between a population's name and its figure (常住人口仅为…, 户籍人口约…)
_POPULATION_TAIL_RE = re.compile(r"(?:仅|为|约|近|达到|达)+$")  # (「常住人口达到12706万人」)


def _head_noun(lex: Lexicon, words: str) -> str:
    m = _NOUN_END_RE.search(words)
    words = words[: m.start()] if m else words
    v = lex.verb_re.search(words, 1)
    return words[: v.start()] if v else words


# a clause that claims every member of the base is reached: 全覆盖, 覆盖率100%
_COVERAGE_RE = re.compile(
    r"全覆盖|全部覆盖|覆盖率(?:达到|达|为)?100(?:\.0+)?[%％]|100(?:\.0+)?[%％]覆盖"
)
_FULL_RATE_RE = re.compile(r"[\u4e00-\u9fff]{1,4}率(?:达到|达|为)?100(?:\.0+)?[%％]")
_PART_OF_RE = re.compile(r"^[，,、；;\s]*(?:其中|中|含|包括)")
# units that count many kinds of things: a figure in them needs its noun to meet the base
_GENERIC_UNITS = frozenset("个项次件场批类种起")


def _coverage(
    bq: BlockQuantities, lex: Lexicon, q: Quantity, base: Quantity, noun: str
) -> Relation | None:
    """A figure that the next clause says reaches all of a base the paragraph states
    (「现有企业47家……检查38家，实现全覆盖」「共有农户3.2万户……排查4.1万户，覆盖率100%」):
    it must equal the base, neither fewer (not all covered) nor more (more than exist)."""
    if q.num_start < base.num_start or q.sentence != base.sentence or q.approx or base.approx:
        return None
    if not lex.same_units(q.unit, base.unit) or q.kind != "count":
        return None
    text = bq.text
    stop = _CLAUSE_RE.search(text, q.end)
    clause_end = stop.start() if stop else len(text)
    nxt = _CLAUSE_RE.search(text, clause_end + 1) if stop and stop.group() in "，," else None
    claim_end = nxt.start() if nxt else clause_end
    if _PART_OF_RE.match(q.pre):
        return None  # 其中重点企业186家: a part of the covered figure, not the covered figure
    own_words = _clause_before(text, q)
    if own_words.startswith(rest_words("left", "other", "added")) or (
        q.verb and any(n + q.verb in own_words for n in NEGATIONS)
    ):
        return None  # 另有4家因停业未纳入检查, 未检查的4家: the rest left out
    # the claim between the base and the figure (覆盖率100%，检查企业186家) or right after it
    claim = _COVERAGE_RE.search(text, base.end, claim_end)
    if claim is None and q.low > bounds(base)[1]:
        claim = _FULL_RATE_RE.search(text, base.end, claim_end)  # 参考率100% … 实际参考231人
    by_verb = False
    if claim is None and q.verb and q.high < bounds(base)[0]:
        # 「对…经营单位开展执法检查全覆盖，全区共有…87家，年内检查83家」: the claim stated
        # in the clause before the base's, by the verb of the figure it speaks of
        start, _ = bq.sentence_span(base.sentence)
        before = _COVERAGE_RE.search(text, start, base.start)
        if (
            before is not None
            and _CLAUSE_RE.search(text, before.end(), base.start) is not None
            and q.verb in _clause_before_pos(text, before.start())
        ):
            claim, by_verb = before, True
    if claim is None:
        return None
    # the words of the claim's own clause name what is covered: a noun of another thing
    # (抽查事项覆盖率100%) is no claim about the base
    lead = _clause_before_pos(text, claim.start())
    lead = re.sub(r"^(?:全年|年内|今年|已|均|实现|达到|做到)+", "", lead)
    own = _clause_before(text, q)
    things = lex.verb_re.sub("", lead)  # 抽查事项 -> 事项; 法律顾问 -> 法律顾问
    if (
        len(lead) >= 2
        and common_substring(noun, lead) < 2
        and not re.search(r"(?:查|访|训|考|办|审)$", lead)
        and lex.verb_re.search(lead[-2:]) is None
        and not (len(things) >= 2 and things in own)  # 法律顾问覆盖率… 已聘请法律顾问的村
        # 「已有21个设立法律服务点，实现法律服务点全覆盖」: the claim names what the figure's
        # clause sets up
        and lead not in own + text[q.end : clause_end]
    ):
        return None
    between = bq.quantities[
        bisect.bisect_right(
            bq.quantities, base.end, key=lambda p: p.num_start
        ) : bisect.bisect_left(bq.quantities, claim.start(), key=lambda p: p.num_start)
    ]
    start = max(0, base.num_start - 60)
    opened = last_mark(text, "。！？!?；;\n", start, base.num_start)
    if other_scope(own, text[opened + 1 if opened >= 0 else start : base.num_start]):
        return None  # 全区各街道共有法律服务站14个 … 区级各部门设置…22个: other bodies
    if _other_class(lex, noun, own) or any(
        p.unit == q.unit and _other_class(lex, noun, _clause_before(text, p)) for p in between
    ):
        # 社区矫正对象37人 … 安置帮教对象126人，衔接率100%: another class, which the claim
        # after it speaks of
        return None
    words = own + text[q.end : claim_end]
    named = (
        common_substring(noun, words) >= min(2, len(noun))
        or re.search(r"(?:对|为)其", words) is not None
        or by_verb
        # 「68所中小学校中，已有65所…」: the part taken from the stock by 中
        or _PART_WITHIN_RE.fullmatch(text[base.end : q.num_start].replace(noun, "", 1)) is not None
    )
    b_low, b_high = bounds(base)
    if q.high < b_low and named:
        message = (
            f"文中称“{claim.group()}”，但{q.text}少于文中所述总数{base.text}（{noun}），"
            "未能覆盖全部"
        )
    elif q.low > b_high and (named or q.unit not in _GENERIC_UNITS):
        message = (
            f"{q.text}多于文中所述总数{base.text}（{noun}），"
            f"而文中称“{claim.group()}”：覆盖的数量应等于总数"
        )
    else:
        return None
    return _finding(
        q,
        (base,),
        code="N206",
        severity=Severity.WARNING,
        message=message,
        suggestion="核对该数字与文中所述的总数",
    )


# the kinds a figure's noun names in a bracket after it: 「28个社区（村、园区）」
_KINDS_AFTER_RE = re.compile(
    r"(?P<head>[\u4e00-\u9fff]{0,6}?)[（(](?P<kinds>[\u4e00-\u9fff、和及]{1,12})[）)]"
)
# the kinds a bracket in a noun names (行政村（社区）)
_KINDS_IN_RE = re.compile(r"[（(]([\u4e00-\u9fff、和及]{1,12})[）)]")
# a statement naming the set its figure is a part of (在上述案件中, 其中, 这些…中，)
_POINTED_PART_RE = re.compile(r"上述|以上|前述|这些|其中|中[，,]")


def _other_class(lex: Lexicon, noun: str, before: str) -> bool:
    """Do a figure's own words end with the head of the base's noun (its last two
    characters) after a qualifier of two characters at least, holding no verb, that shares
    none with the base's (社区矫正对象 … 安置帮教对象126人; not 规模以上企业 … 覆盖企业294家:
    a verb's object)? Then it counts another class of that head, not a part of the base."""
    if len(noun) < 4:
        return False
    head, qualifier = noun[-2:], noun[:-2]
    if not before.endswith(head):
        return False
    own = re.sub(r"[^\u4e00-\u9fff]", "", before[:-2])[-len(qualifier) :]
    if len(own) >= 2 and other_heads(qualifier, own):
        return True  # 为被申请人的行政复议案件 … 作为被告的行政诉讼案件: 复议 / 诉讼
    return len(own) >= 2 and not set(own) & set(qualifier) and lex.verb_re.search(own) is None


def _own_head(lex: Lexicon, noun: str, before: str) -> bool:
    """Do a figure's own words end with two characters, no verb, that the base's noun holds
    none of (放射诊疗校验 after 放射诊疗许可): a head of its own, another thing."""
    tail = re.sub(r"[^\u4e00-\u9fff]", "", before)[-2:]
    return len(tail) == 2 and not set(tail) & set(noun) and lex.verb_re.search(tail) is None


def _statement_before(text: str, q: Quantity, base: Quantity | None = None) -> str:
    """The words of a figure's statement before it, at most ``STATEMENT_WINDOW`` characters
    back (what names the people a figure counts stands near it), from after ``base`` when the
    base stands in that statement: the base's own name is no word of the figure's statement
    (「生活饮用水许可2家，放射诊疗许可5家」: two items of one list, the second naming no
    生活饮用水)."""
    start = max(0, q.num_start - STATEMENT_WINDOW)
    mark = last_mark(text, "。！？!?；;\n", start, q.num_start)
    begin = mark + 1 if mark >= 0 else start
    if base is not None and base.block == q.block and begin <= base.num_start < q.num_start:
        begin = base.end
    return text[begin : q.num_start]


STATEMENT_WINDOW = 60


def _tied_head(lex: Lexicon, before: str, head: str, noun: str) -> bool:
    """Does the clause end with the base's head noun tied to the figure by 达/为/有
    (「参与学生达123.5万人」 for 在校学生), no word of another kind before the head (「…的工贸
    企业有64家」 is no 危化品企业)? Or with a 的-clause before a noun the base's noun ends
    with (「已配备法律顾问的村（社区）达到241个」 for 行政村（社区）)?"""
    before = _BRACKETED.sub("", before)
    stripped = _COPULA_TAIL_RE.sub("", before)
    if stripped == before:
        return False
    if not stripped.endswith(head):
        own = stripped.rsplit("的", 1)[-1] if "的" in stripped else ""
        return bool(own) and noun.endswith(own) and lex.verb_re.search(own) is None
    modifier = stripped[: -len(head)].rsplit("的", 1)[-1]
    verbs = list(lex.verb_re.finditer(modifier))
    modifier = modifier[verbs[-1].end() :] if verbs else modifier
    return all(ch in noun for ch in modifier)


def visits_over_population(
    bq: BlockQuantities, lex: Lexicon, q: Quantity, population: Quantity, note: str
) -> Relation | None:
    """Visits (人次) above ``magnitude.visits-per-resident`` times a population stated in an
    earlier paragraph (:func:`.containment.containment_across` finds it): the bound
    :func:`_bases` applies within a paragraph, with the same exemptions; ``note`` says where
    the population is."""
    if q.unit != "人次":
        return None
    data = lex.data.get("magnitude", {})
    visits = Decimal(str(data.get("visits-per-resident", 12)))
    rel = _exceeds(bq, lex, q, population, "人口", True, visits, tuple(data.get("online", ())))
    return None if rel is None else replace(rel, message=rel.message + note)


# a medium of one village or community (村级广播, 社区公众号): it reaches only its residents
_LOCAL_MEDIUM_RE = re.compile(r"(?:村级|村|社区|小区|楼院|网格)$")


def _wide_medium(sentence: str, word: str) -> bool:
    """Does the sentence name the medium ``word`` other than as one village's or community's
    own (「在县电视台播出」, not 「依托集市、庙会和村级广播」)?"""
    at = sentence.find(word)
    while at >= 0:
        if not _LOCAL_MEDIUM_RE.search(sentence, max(0, at - 2), at):
            return True
        at = sentence.find(word, at + 1)
    return False


# where the noun a figure counts ends in its clause: adverbs and copulas before the figure
# (示范社区累计达到16个, 学生达123.5万人), or a word of its measure (耕地面积68.4万亩)
_OWN_NOUN_TAIL_RE = re.compile(r"累计|共计|合计|共|已|均|达|为|有|总面积|面积|总数")


def _unit_factor(lex: Lexicon, q: Quantity, base: Quantity) -> Decimal | None:
    """What one of ``q``'s unit is in ``base``'s: 1 for the same unit, the conversion for two
    areas (亩 in 平方公里), None for units not compared."""
    if q.unit == base.unit:
        return Decimal(1)
    if q.unit not in _AREA_UNITS or base.unit not in _AREA_UNITS:
        return None
    conv = _conversions(lex)
    (bq_, fq), (bb, fb) = conv[q.unit], conv[base.unit]
    return fq / fb if bq_ == bb else None


# the units of events people attend (宣讲38场次, 培训12期)
_EVENT_COUNT_UNITS = frozenset({"场", "场次", "期", "堂", "批", "批次"})


def _events_before(bq: BlockQuantities, q: Quantity) -> Quantity | None:
    """The last count of events (场, 期…) before ``q`` in its sentence (the sentence's events
    kept on the block, one pass over its figures)."""
    kept = bq.__dict__.get("_magnitude_events")
    if kept is None:
        kept = {}
        for e in bq.quantities:
            if e.kind == "count" and e.unit in _EVENT_COUNT_UNITS and e.value > 0 and not e.change:
                kept.setdefault(e.sentence, []).append(e)
        bq.__dict__["_magnitude_events"] = kept
    return next((e for e in reversed(kept.get(q.sentence, ())) if e.end <= q.num_start), None)


def _crowded_events(
    bq: BlockQuantities, lex: Lexicon, q: Quantity, people: Decimal, members: bool = False
) -> tuple[Quantity, Decimal] | None:
    """Visits (人次) above ``magnitude.event-visits`` times ``people`` whose events stated
    before them in the sentence each drew more than ``magnitude.event-share`` of those people
    on average (「常住人口2.4万人，…宣讲38场次，覆盖群众达19.2万人次」: 5,053 a session, 8
    times the town): the events and the average. The ``members`` of a group the events are
    held for may all come to each (社区矫正对象 at a monthly lesson): only more than all of
    them at each event is read."""
    data = lex.data["magnitude"]
    share = Decimal(1) if members else Decimal(str(data.get("event-share", "0.2")))
    times = Decimal(str(data.get("event-visits", 4)))
    if q.unit != "人次" or q.approx or q.low <= people * times:
        return None
    events = _events_before(bq, q)
    if events is None or events.approx:
        return None
    each = q.low / events.value
    return (events, each) if each > people * share else None


def _crowded_finding(
    q: Quantity,
    base: Quantity,
    events: Quantity,
    each: Decimal,
    whom: str,
    spread: Decimal = Decimal(1),
) -> Relation:
    return _finding(
        q,
        (base, events),
        code="N206",
        severity=Severity.WARNING,
        message=f"{q.text}按{events.text}计每场平均约{fmt(each.quantize(Decimal(1)))}人次，"
        + (
            f"多于文中所述{whom}{base.text}的全部人数"
            if whom != "人口"
            else f"超过文中所述人口{base.text}"
            + (f"（连同周边按{fmt(spread)}倍计）" if spread > 1 else "")
            + "的五分之一，总数也达其数倍"
        )
        + "，数量级不合常理",
        suggestion="核对该数字与文中所述的人数（常见为多写一位或漏写“万”）",
    )


# a count right after a verb of reaching members (覆盖, 走访): the distinct members reached
_BARE_COVERAGE_RE = re.compile(r"(?:覆盖|走访)(?:达到|达|共|约)?$")
# the same verb with an object of its own (「组织律师走访企业，走访达380家」: 企业)
_COVERAGE_OBJECT_RE = re.compile(r"(?:覆盖|走访)(?!覆盖|走访|达|共|约)([\u4e00-\u9fff]{2})")


def _reaches_other(words: str, noun: str) -> bool:
    """Do the words name, as the object of a verb of reaching, a thing none of whose
    characters the base's noun holds?"""
    return any(not set(m.group(1)) & set(noun) for m in _COVERAGE_OBJECT_RE.finditer(words))


# visits taken part in with no people of their own (「参训人员达」「累计培训」「参加教育」): the
# group's, when its stock opens the sentence or the group is named on the way to them
_TAKING_PART_RE = re.compile(
    r"(?:累计|共计|全年|共)*(?:参训|参加|参与|受训|培训|轮训)(?:活动|培训|教育|学习|讲座|课程)?"
    r"的?(?:人员|学员)?(?:达到|达|为|共|计|合计|共计)*"
)
_MEMBER_TAIL = 3  # the last characters of a group's name the visits' clause must end with


# the visits of a group's own members (「参加活动的退役军人达386万人次」): the clause ends
# with the group's name right before its copula
def _members_visits(
    bq: BlockQuantities, lex: Lexicon, q: Quantity, base: Quantity, noun: str, visits: Decimal
) -> Relation | None:
    """Visits (人次) of the members of a group stated as a stock before them (「共有退役军人
    和其他优抚对象4.3万人」): above ``visits`` a member, or crowding its events
    (:func:`_crowded_events`) — unless over several years or online."""
    text = bq.text
    before = _BRACKETED.sub("", _clause_before(text, q))
    stripped = _COPULA_TAIL_RE.sub("", before)
    if not noun:
        return None
    tails = [part[-_MEMBER_TAIL:] for part in _NOUN_JOIN_RE.split(noun) if len(part) >= 2]
    # (在册社区矫正对象 … 参加学习的社区矫正对象: its last characters)
    named = stripped != before and any(stripped.endswith(t) for t in tails)
    if not named and not (
        _TAKING_PART_RE.fullmatch(stripped)
        and (base.sentence == q.sentence or any(t in text[base.end : q.num_start] for t in tails))
    ):
        return None
    start = bq.sentence_span(q.sentence)[0] if bq.sentence_starts else 0
    sentence = text[start : q.num_start]
    data = lex.data["magnitude"]
    if any(w in sentence for w in (*_OVER_YEARS, *data.get("beyond", ()), *data.get("online", ()))):
        return None  # 十四五以来累计, 网上学法: beyond the members' visits of the year
    if _other_area(text, q, base):
        return None
    members = bounds(base)[1]
    if q.low > members * visits:
        return _finding(
            q,
            (base,),
            code="N206",
            severity=Severity.WARNING,
            message=f"{q.text}超过文中所述{noun}{base.text}的{fmt(visits)}倍"
            f"（{show(members * visits, base).removesuffix(base.unit_text)}人次），数量级不合常理",
            suggestion="核对该数字与文中所述的人数（常见为多写一位或漏写“万”）",
        )
    crowded = _crowded_events(bq, lex, q, members, members=True)
    return None if crowded is None else _crowded_finding(q, base, *crowded, noun)


def _exceeds(
    bq: BlockQuantities,
    lex: Lexicon,
    q: Quantity,
    base: Quantity,
    noun: str,
    is_population: bool,
    visits: Decimal,
    online: tuple[str, ...],
    households: bool = True,
) -> Relation | None:
    """Is ``q`` above ``base`` (a population: more people, visits above ``visits`` per
    resident, or, when ``households``, more households than people)?"""
    text = bq.text
    if q is base or (q.num_start < base.num_start and not is_population):
        return None
    if q.change or base.change:
        # 「…共13499件，比去年同期增加49件」 … 「举报…比去年同期增加433件」: signed changes,
        # no levels — a part's change may pass the whole's when another part falls
        return None
    words = _clause_before(text, q) + _noun_after(text, q)
    if is_population:
        reach = (*lex.data["magnitude"].get("beyond", ()), *_OVER_YEARS)
        on_site = any(w in words for w in lex.data["magnitude"].get("offline", ()))
        if on_site:
            # on site (线下, 现场): a medium word (观看) reaches no one beyond the area
            online = ()
            reach = tuple(w for w in reach if w not in lex.data["magnitude"].get("online", ()))
        # (the whole sentence before it: 「近三年来，…，累计现场观众…」「…辐射周边乡镇，全年…」)
        start = bq.sentence_starts[q.sentence] if bq.sentence_starts else 0
        sentence = text[start : q.num_start]
        lo, hi = bq.sentence_span(base.sentence) if bq.sentence_starts else (0, len(text))
        if any(w in words or w in sentence or w in text[lo:hi] for w in reach):
            # 辐射周边, 流动人口 (by the figure or by its population: 「常住人口2.1万人，另有
            # 流动人口0.8万人」); 近三年累计: beyond the residents of the year
            return None
        # 「东湖街道常住人口约3.5万人。」 … 「全区开展讲座…受众达56万人次」: the sentence of
        # the figure names an area (全区) its population's words do not: another area's people
        areas = set(WHOLE_AREA_RE.findall(sentence))
        if areas and not areas & set(WHOLE_AREA_RE.findall(_clause_before(text, base))):
            return None
        if any(w in words or _wide_medium(sentence, w) for w in online) and not (
            (lex.same_units(q.unit, "人") or q.unit == "人次")
            and power_of_ten_slip(q.value, base.value, Decimal(0))
        ):
            # a reach beyond the area (online views, a broadcast named anywhere in the
            # sentence: 「在县电视台播出…，覆盖观众…」) may pass the population; not a number of
            # people (or of visits, above the visits a resident may make) that is the
            # population's own digits shifted (28.6万 … 286万人; 2.3万 … 覆盖230万人次)
            return None
        # a reach with no medium (覆盖群众…) may take in the neighbours' people too: the
        # bound widened by ``magnitude.reach-factor``, unless the words put them on site
        data = lex.data["magnitude"]
        spread = (
            Decimal(str(data.get("reach-factor", 1)))
            if not on_site and any(w in words for w in data.get("reach", ()))
            else Decimal(1)
        )
        if lex.same_units(q.unit, "人") and q.low > bounds(base)[1] * spread:
            limit, how = bounds(base)[1] * spread, "常住人口"
        elif q.unit == "人次" and q.low > bounds(base)[1] * visits * spread:
            limit, how = bounds(base)[1] * visits * spread, f"常住人口的{fmt(visits * spread)}倍"
        elif (
            households
            and q.unit == "户"
            and q.low > bounds(base)[1]
            and _HOUSEHOLD_WORDS_RE.search(words)
        ):
            # 走访群众3.5万户 in a town of 3.2万人: more households than people
            limit, how = bounds(base)[1], "常住人口"
        elif (crowded := _crowded_events(bq, lex, q, bounds(base)[1] * spread)) is not None:
            # (a reach with no medium, 覆盖群众, takes in the neighbours' people as above)
            return _crowded_finding(q, base, *crowded, "人口", spread)
        else:
            return None
        message = (
            f"{q.text}超过文中所述{base.text}人口"
            + (
                f"的{fmt(visits * spread)}倍（{show(limit, base).removesuffix(base.unit_text)}"
                "人次）"
                if q.unit == "人次"
                else f"的{fmt(spread)}倍（{show(limit, base)}）"
                if spread > 1 and q.unit != "户"
                else ""
            )
            + ("，户数不应多于人口" if q.unit == "户" else "，数量级不合常理")
        )
        del how
    else:
        if q.unit == "人次" and base.unit != "人次" and lex.same_units(base.unit, "人"):
            return _members_visits(bq, lex, q, base, noun, visits)
        factor = _unit_factor(lex, q, base)
        if factor is None or q.low * factor <= bounds(base)[1]:
            return None
        before = _clause_before(text, q)
        if _other_area(text, q, base):
            return None  # 全县有行政村96个 … 全市共有1,210个村: another area's stock
        if _FLOW_WORDS_RE.search(before):
            return None  # 新接收142名 against 现有126名: a year's flow may exceed a stock
        if _ANOTHER_GROUP_RE.match(before):
            return None  # 在编执法人员168人，另有辅助执法人员213人: a group besides the base
        head = noun[-2:] if len(noun) >= 3 else noun  # 中小学校 … 132所学校
        if len(noun) >= 5:
            # 规模以上工业企业342家 … 为416家企业 (or 203家工业企业): a tail of the base's noun
            # without its qualifier, which the clause does not name, may count a wider class
            named = _noun_after(text, q)
            if any(
                named.startswith(noun[cut:]) and common_substring(noun[:cut], before) < 2
                for cut in range(2, len(noun) - 1)
            ):
                return None
        kinds = _KINDS_AFTER_RE.match(text, q.end)
        own_kinds = _KINDS_AFTER_RE.match(text, base.end)
        # (the base's kinds in its noun before the count: 「共有行政村（社区）142个」)
        said = "".join(
            (
                noun,
                own_kinds.group("kinds") if own_kinds else "",
                *_KINDS_IN_RE.findall(_clause_before(text, base)),
            )
        )
        if kinds is not None and any(
            k and k not in said for k in _NOUN_JOIN_RE.split(kinds.group("kinds"))
        ):
            # 社区20个 … 为28个社区（村、园区）: a union of more kinds than the base (not
            # 54个乡镇（街道） … 59个乡镇（街道）)
            return None
        opening = bq.sentence_span(q.sentence)[0] if bq.sentence_starts else 0
        # (the figure's own statement: a 其中 before a semicolon points into another one)
        opening = last_mark(text, "；;", opening, q.num_start) + 1 or opening
        if (
            _other_class(lex, noun, before)
            and not _POINTED_PART_RE.search(text, opening, q.num_start)
            and common_substring(noun, _statement_before(text, q, base)) < 4
        ):
            # 社区矫正对象37人 … 安置帮教对象126人: another class of one head, in a statement
            # of its own (not 「在上述案件中，一审案件61件」: a part of a set named before; not
            # 「组织执法人员参加考试，参考人员138名」: the statement names the base's people)
            return None
        verbs = list(lex.verb_re.finditer(before))
        obj = _BRACKETED.sub("", before[verbs[-1].end() :]) if verbs else ""
        # what the figure counts: the noun after it, else the words of its clause before it
        # (the head after a 的-clause, before 累计/达/有…: 「辖区示范社区累计达到」 社区)
        tail = _noun_after(text, q)
        after = _head_noun(lex, tail[:8]).split("的")[0]
        if lex.verb_re.match(after):
            after = ""  # 「38个开展…」: no noun after the figure
        # (the noun after a figure ends where a word, a verb or a mark cuts it: 「86个社区网格
        # 全部…」; else its words may run on into a verb the lexicon lacks, 「68个乡镇设立…」
        # 「52名法律顾问颁发聘书。」)
        ended = bool(after) and _NOUN_ENDED_RE.match(tail, len(after)) is not None
        # (before the figure, the last item of its clause's list: a verb's object is no
        # guide there, nouns such as 社区调解室 hold verb-like words)
        own = after or _BRACKETED.sub("", before).rsplit("、", 1)[-1]
        own = _OWN_NOUN_TAIL_RE.split(own.rsplit("的", 1)[-1])[0]
        if own and q.unit != "户":  # (户 counts households whatever its noun: 户居民家庭)
            if (
                (ended or not after)
                and head in own
                and not own.endswith(head)
                and not own.endswith(noun)
            ):
                return None  # the base's noun a modifier only: 社区网格 of 社区, 村民小组 of 村
            if after and not set(own) & set(noun):
                # other units named after the figure, no character of the base's noun in
                # them: 56个子项 of 14个乡镇 (a noun the lexicon cuts at a verb-like word,
                # 社区社会|组织, still shares some)
                return None
        if (
            noun != _HOUSEHOLDS
            and factor == 1
            and head in before
            and power_of_ten_slip(q.value, base.value, Decimal(0))
        ):
            # 「在校学生4.7万人」 … 「受教育学生达47万人」: the base's own digits shifted by a power
            # of ten, its head noun named — a 万 or decimal slip whatever qualifies the head
            return _finding(
                q,
                (base,),
                code="N206",
                severity=Severity.WARNING,
                message=f"{q.text}多于文中所述总数{base.text}（{noun}），且恰为其数字移位，"
                "疑为数量级写错",
                suggestion="核对该数字与文中所述的总数（常见为多写一位或漏写“万”）",
            )
        if noun == _HOUSEHOLDS:
            # the households of the area bound the households reached (居民家庭, 农户), not
            # the 户 of businesses
            if not _HOUSEHOLD_WORDS_RE.search(words):
                return None
        elif (
            len(obj) >= 2
            and head not in obj
            and not _noun_after(text, q).startswith(head)
            and common_substring(noun, obj) < 2
            and not (own and noun.endswith(own))  # 配备法律顾问的村（社区）共241个: 村
        ):
            return None  # 「为村级组织审查合同120个」: the object of its verb is counted
        elif (
            noun not in words
            and not _noun_after(text, q).startswith(head)
            and not before.endswith(head)  # 规模以上企业 … 覆盖规上企业365家
            and not _tied_head(lex, before, head, noun)  # 在校学生 … 参与学生达123.5万人
            # 行政执法人员/持证执法人员; not 放射诊疗许可/放射诊疗校验: the words shared, then a
            # head of the figure's own the base's noun holds none of
            and (common_substring(noun, before) < 4 or _own_head(lex, noun, before))
            and not _names_each(noun, text[q.end : q.end + 8])
            # the head noun inside the figure's own noun (规模以上工业企业 … 236家规上企业)
            and head not in _head_noun(lex, _noun_after(text, q)[:6])
            # the noun after the figure ends the base's noun (行政村 … 为1260个村配备…)
            and not noun.endswith(_head_noun(lex, _noun_after(text, q)[:6]) or "\0")
            # a coverage verb right before the figure, no noun of its own (「居民5,870户 …
            # 入户走访覆盖6,200户」): the distinct members of the base, in its unit
            and not (
                _BARE_COVERAGE_RE.search(before)
                and not _noun_after(text, q)
                and not _reaches_other(text[base.end : q.num_start], noun)
            )
        ):
            return None  # the same thing: its name again (行政村 … 21个行政村)
        converted = (
            f"（约合{show((q.value * factor).quantize(Decimal('0.1')), base)}）"
            if factor != 1
            else ""
        )
        message = f"{q.text}{converted}多于文中所述总数{base.text}（{noun}），部分不应多于总数"
    return _finding(
        q,
        (base,),
        code="N206",
        severity=Severity.WARNING,
        message=message,
        suggestion="核对该数字与文中所述的总数（常见为多写一位或漏写“万”）",
    )
