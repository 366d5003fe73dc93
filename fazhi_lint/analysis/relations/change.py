"""Year-on-year change: a stated change against the two figures it compares (N108).

A change is a percentage or a 个百分点 figure right after a change word (增长, 下降, 提高,
减少…, numbers.toml ``rates.change``; 增幅/降幅 too). The figures it compares come from the
sentence's structure, not from a list of nouns:

* the base is a figure the wording marks as the earlier one — after 较/比/同比/与 (较上年的
  1050件, 比2023年的20起), after 上年为/去年同期为/2023年为, or after 由/从 (由78.5%提高到93.2%);
* the current figure is any other figure of the same unit before the change in the sentence
  (each is one reading).

A percentage change of two counts or amounts is checked as (current − base) ÷ base, a
个百分点 change of two rates as current − base, both within the printed precision of every
figure, and the direction of the change word must match. Every reading is tried; the change
is reported only when none fits, with the arithmetic of each reading. A percentage change of
two stated rates that is their difference rather than their relative change (「由78.5%提高到
93.2%，提高了14.7%」) is the % / 个百分点 slip (N106).

Readings that reach beyond one clause (session 7):

* lists in order: 「A 136件、B 820万元，分别比上年增加16件、120万元，同比分别增长13.3%和
  17.1%」 — the i-th percentage over the i-th figure less the i-th change (the three lists in
  one sentence, or the figures one sentence before); 「2022年、2023年…分别为11.2%和14.6%」 —
  the later year's figure against the earlier one's;
* a base after the change: the first clause of one of the next :data:`LOOK_AHEAD_SENTENCES`
  sentences that opens with last year (上年/去年/上一年度, or an earlier year than the text
  names), of the same thing as the current figure (:func:`other_thing`), unless the change's
  sentence states or names its base before it, or a sentence between starts a new account;
* a rate's change across sentences (「…率为68.2%。上年为55.6%。同比提高12.6%。」): relative
  change, or the % / 个百分点 slip, or an N108 warning (:func:`_rate_reading`);
* a base restated right after another change (「同比下降12.7%（上年为1,496件次）」) is that
  change's, not the next one's; the latest year of a sentence introduces this period's figure.

Session 8 (every link across a full stop a warning):

* the % / 个百分点 slip also when the relative change fits only at the edge of the rates'
  precision: the stated % is exactly their difference and the relative change of the printed
  rates rounds to another figure (98.7% against 95.2% stated as 增长3.5%: 3.68%);
* a prior after a lead-in clause (「作为对比，上年…」「对照上年数据，2023年同期…」「回看上年，…」)
  or a year marked by 同期; a prior of a quarter or months (上年一季度) is another span;
* a base in a bracket right after a change whose current figure stands sentences before
  (「退税3.62亿元。…退税金额同比增长18.5%（上年为3.12亿元）」), what is compared named by
  the change's clause;
* a prior figure stated sentences before the change (「上年受理…1,150件。今年受理…1,236件，
  同比增长18.2%」), for a %, a 个百分点, a 倍, 翻番 or a worded change (:func:`_prior_pair`);
  a clause that opens with last year and names what it counts (「上年全区行政复议纠错率为
  11.2%」) restates last year;
* a derived base (current − the stated change) when the current figure stands sentences
  before, also for a change in words (「增加了179场，增长了一倍以上」: 179 ÷ 283);
* a 分别 list of changes whose sentence states only the bases (「与上年相比（2020年发生事故
  21起、死亡11人），…分别下降9.5%和21.4%」), against the latest run of this period's figures
  of the same units before; or, when the sentence states this period's figures before its
  bases (「事故9起、死亡7人，…较上年的13起、9人分别下降…」), against those (an error);
* a 个百分点 or % change with its current rate after it (「提高4.4个百分点，达到14.6%（上年为
  11.2%）」「提高…，由11.2%提高到14.6%」).

Session 9:

* 多出 after the period compared with is a change like 多 (「比上年多出38件，增幅为16.1%」);
* a direction without an amount right after a list of the period compared with (「较2022年的
  19起、8人实现“双下降”」「较上年的398件有所减少」): each figure against this period's latest
  figure of its unit (:func:`_direction_only`);
* 翻番 / 增长一倍 whose sentence states only its base (「与上年的172名相比，…翻了一番」),
  against the current figure of the same thing before (:func:`ratio_base_only`; paragraphs
  before in :func:`.rates_across.changes_across`).

Session 11:

* a base after the change named by last year and the verb only (「同比增长28.7%；上年办理60
  件」): the same thing when the current figure is counted by that verb (:func:`other_thing`);
  after a ratio, a worded change or a level reached (「比上年增加了1.5倍，上年办理81件」「是上
  年的3倍，达到372件，上年仅查处136件」), a clause that opens with last year
  (:func:`_restated_after`);
* a 个百分点 change against last year's rate in the next sentence (「…较上年下降2.6个百分点。
  上年直接纠错率为13.9%」), a warning (:func:`_points_after`);
* 翻番 before its 由…到… pair (「实现翻番，由上年的1860件增加到今年的3120件」);
* not read: a base with its own change right after it, for a later change whose clause names
  a thing of its own (「较上年的12起下降25%，事故死亡人数同比下降33.3%」); a base of last
  year that takes a part by 的…中 (「上年受理的投诉中涉及预付式消费的630件」).

Session 15 (s15-misc3): a bracket right after a change that names another quarter, month,
half-year or week (「环比减少5.3%（第三季度为4106件）」) restates the figure compared with; a
change whose statement names such a span, or says 环比, is read against it.

Session 17 (s17-yoy): a percentage after a semicolon whose clause states its own figure first
(「较上年的28件增加13件；普通程序案件91件，同比增长33.8%」) is that figure's change, not the
earlier difference's (:func:`_restated_between`); last year's figure in 「是上年4.6万人次的两倍
多」 is a comparison base (:func:`is_comparison_base`), no term of this year's rates or lists;
the clause right after a change that opens with an earlier year (「同比增长18.9%，2023年拆除面积
为9.8万平方米」) states its base, of the same thing and verb (:func:`_base_after` ``at``; not
「2023年以来」, a span up to now), a warning.

Session 17 (s17-yoy2): 翻番 with no figure before it is read against the level reached in
the next clause and last year's figure in the bracket after it (「翻了一番，达到80次（上年为48
次）」); a base followed by its own change and then, after a semicolon, by a new level of its
kind is no base of a later percentage (:func:`_pairs`); 相对 before a change names nothing; a
环比 change against the clause after it that opens with the span just before its own
(:func:`_span_before_after`, a warning).

Session 22 (s22-rates): a month or quarter after 较/比 (「相较1月份的6004件」「比上月的…」) is a
base as 上年 is; a change in a sentence opened by 其中 may speak of the whole of the sentence
before, one more current figure for each base (:func:`_wholes_of_parts`).

Session 23:

* a derived base when the change's sentence opens with 较/比: the words it governs up to the
  change (「较2020年度决算数减少17.40万元」) name what is compared with, not a subject, so the
  sentence continues the figure before it (:func:`_derived_previous`);
* each clause of a sentence states its own amount (「…减少167起，下降3.6%；死亡人数减少117人，
  下降12.3%」), and a clause that opens with the comparison continues the subject of the
  sentence's first clause (:func:`_governed_subject`); every figure the words name as well is
  a reading, one that fits is enough (:func:`_named_before_all`).

Session 25 (s25-yoy): the figures of a bracket of parts (「（其中…」) closed before a change are
said of the figure the bracket follows, not compared by the change (「从2014年的18405人增长到
2018年的25366人（其中专职律师23323人、…），增长33.8%」: the pair 18405 → 25366 again, not the
parts; :func:`_parts_aside`). Measured on the 107 read cases with such a bracket and on the
seed + corpus snapshot: real contradictions found +1 (QQ043), findings lost 0, consistent cases
warned 0, snapshot changes 0. Unnarrowed (every bracket closed before the change) it lost 11
findings whose bracket held the base (「1,417件（上年1,268件），增长13.7%」): dropped.

Session 27 (s27-yoy), each decision counted on every read set, real19–42 | real43–45 | invented
(blind1–44, own10–26, the top-level sets), and on the seed + corpus snapshot:

* kept, an error — a change tied to the figure right before it by the clause alone whose prior
  is out of range (:mod:`.prior_sign`): found 1 | 4 | 0, consistent cases fired 0 | 0 | 0,
  snapshot 0;
* kept — a change in a clause of its own naming a measure of its own, fitting the pair in size
  but not in direction, is that measure's (:func:`_names_other_measure`): false errors removed
  0 | 1 (KE042) | 0, contradictions hidden 0 | 0 | 0 (KE050, the size wrong, still found);
* dropped — the note of :func:`_no_whole_prior` as a warning: real contradictions it would add
  0 | 1 (KC046), consistent cases it would warn on 1 | 0 | 10 (4 of them year-on-year);
  its guards (a count of 20 or more, three figures of rate) left as they are (KC042, KC043:
  2起 and 1人 with a rate of two figures, where one step of the prior moves the rate by points).

Session 27b (s27b-yoy2), class B of the read misses — a change whose base is the current figure
less a stated amount (9 cases in 5 harvests) — one reading widened, counted real19–42 |
real43–45 | invented, consistent cases warned, and the seed + corpus snapshot:

* kept — 新增 right after 较/比 and the period's morphemes (「比上一年度新增」, not 「较上年新增的」)
  is a word of change; an amount in 万/亿 without a unit (「新增7.68万」) counts what its
  current figure counts; a 「减少89件(次)」 unit reads its bracket (件次); a paragraph stating
  only the amount and the change reads its current figure in the paragraphs before
  (:func:`derived_across`, a warning); 全国/全省 are link fillers as 全区 is: found 4 (QW046,
  QK047, QQ045, QO002) | 1 (KC040) | 0, consistent cases warned 0 | 0 | 0, false errors 0,
  snapshot 0. Left: QL047 (收支 names 收入 and 支出 together), QH048 (the amount two sentences
  after its percentage), KE049 (the amount after a 分别 list of rates), KE055 (the current
  figure in a later paragraph).

Session 29 (s29-yoy), counted real19–42 | real43–48 | real49–51 | blind1–44 | own10–26 and on
the seed + corpus snapshot (see the report of the session for the snapshot lines):

* kept — 占比 and 之比 are nouns (a share, a ratio), no 比 of comparison: 「…占比达96.05%，同比
  下降15.6%，特别是煤炭开采和洗选业占比为95.56%」 compared 96.05% with 95.56% (KJ067, a false
  error at the base; 19 files of the sets and corpus say 占比为): false errors −1 in real49–51,
  nothing else changed;
* kept — 由 X 调整为/调减至/变更为 Y leaves X as the earlier level as 由 X 增加到 Y does
  (:data:`_LEAVES_FOR_RE`, a verb of no direction), and a kind of figure may stand between the
  time and 的 (「由年初预算的65000万元」): KJ043's budget split (65000 read as a part beside the
  35000 it became) is quiet, false errors −1 in real49–51; 调增/调减 are words of change
  (numbers.toml ``rates.change``): KJ044 (由76138调整为89138，调增13900) found;
* kept — a year after 较/比/同比 is compared with even when it is the latest of its sentence
  (「较2020年同期4423件下降5.51%，较2019年同期4519件下降11.29%」): the latest-year reading of
  :func:`_latest_year_named` is for a year that introduces a figure (KH050 found);
* kept — a part of a year after the year compared with (「同比2018年上半年的70.06%」,
  :data:`_SUB_SPAN`) is the base's period (KH056 found).

Session 30 (s30-yoy), the year_on_year misses of real49–54, counted real19–42 | real43–48 |
real49–54 | blind1–44 | own10–26 as found (at error) / false errors / warnings on consistent,
before → after, and on the seed + corpus snapshot (see the session's report):

* kept, an error — a 个千分点 change right after the rate compared with, both in ‰, this
  period's rate right before the comparison (:func:`_permille_points`; ‰ is no unit of the
  quantities, so the two rates are read from the words between them only): real49–54 found
  +1 at error (KN078), everything else unchanged. The 个百分点 reading of two % rates is the
  class (many pages); KO037 (‰ rates whose priors come from 比上年…个千分点 and the natural
  rate = birth − death identity) left;
* kept, an error — 「增加4,199人或13.0%」: a percentage joined by 或 to an amount of change is
  that amount's change told relatively (:func:`_or_joined`), read only against that amount and
  the figure before it (read with every pair, 105年/104年 of the Minguo calendar became a
  pair compared — a false error on the consistent twin, so narrowed): real49–54 +1 at error
  (KP071);
* kept, a warning — a sentence of changes only, each naming its measure (the i-th name of a
  、 list before 分别 for the i-th change), right after a sentence opening with 去年同期/上年:
  the one figure naming the measure there and the one in the sentence before it
  (:func:`_named_across`): real49–54 +2 (KN071, KN072), no consistent case warned.
  Totals real52–54: found 84 → 88 of 130, at error 53 → 55, false errors 7 → 7, warnings on
  consistent 10 → 10; real19–42, real43–48, real49–51, blind1–44, own10–26: no line changed;
  seed + corpus snapshot: no line changed (1914 findings).
  Seen and left: the amount of a measure in a later sentence than its percentage (QH048), the
  amount after a 分别 list of rates with the current figure named after its number
  (「42人死亡」, KE049), the current figure in a later paragraph (KE055), per-head growth
  (KG030), 拉动 points (KJ038), 比年初 against 同比 (KJ048), a gap of growth rates
  (增速快于城镇3.5个百分点, KJ036), share changes of a complete split (KG075).

Session 30 (s30-precision): a change told as an average per year (年均增长, 年平均增长率为,
平均每年增加; numbers.toml ``rates.per-year-averages``) in the change's own clause compounds a
rate, or divides an amount, over the years between the figures: it is not their simple change
and is not judged (:func:`_per_year`). KN047 (real52: 「与2010年…的25575254人相比，减少555423
人，年平均增长率为-0.22%」, a false error) quiet; false errors real52–54 −1; lost: QK048 (real29) and KN048 (real52), both found at the base only by this wrong reading of the 年均 rate (their own slips, a 与…相比 base after nine characters and an amount across a heading, are read by no rule).

Session 32 (s32-yoy): the end of a year compared with is the base's time as 上年末 is
(:data:`_YEAR_END`: 「男性人口2339.75万人，比2021年末的2335.21万人增加4.54万人」 — a stock counted
at a year's end, population, 市场主体); the class is in real58 (two pages of population bulletins:
KV045 found; the consistent twins stay quiet) and blind7 (「较2021年末的11.38万户增长9.6%」, consistent,
quiet): real58–60 found +1 at error (KV045), no other line of any set scored changed.

Session 37 (s37-yoy): a count cut from one level to another (削减, 精简, 压减; numbers.toml
``rates.change``) is a fall as 压缩 is, its noun with 率 (精简率达52.9%, 削减率为71%) a fall told
relatively, and 精简为/削减至 reaches a level (:data:`_VERB_TO_RE`). The class: real75 LM073,
LM075 (由799项削减至326项，精简率达…; found), real45 (由1642项减少到475项，总削减率为…, found at
the base and its consistent twin quiet), real70 LH088 (由…75项，精简为…48项 — a list of two
levels, left); the 34 read sets that say 精简, 削减 or 压减 changed nowhere else.
A sentence whose statements, parted by semicolons, each hold their own three lists in order
(「…同比减少67起、165人，分别下降18.3%和23.9%；发生重大事故7起，死亡111人，同比减少3起、55人，
分别下降30.0%和43.1%」) is read statement by statement when the whole sentence reads as no
one list (:func:`_derived_listed_each`): own21 YRT07 found (YRT05's message now the listed
reading); the 69 read texts with a 分别 after a semicolon changed nowhere else.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache
from typing import Any

from ...grammar import LAST_YEAR, YEAR_ASCII
from ...model import Severity, Span
from .. import prefilter
from ..cn_numbers import NumeralError, cn_to_int, fmt
from ..quantities import BlockQuantities, Lexicon, Quantity, load_lexicon
from .common import (
    COMMA_RE,
    Relation,
    Verdict,
    bounds,
    clause_tail,
    common_substring,
    common_suffix,
    counted_thing,
    distinguishing,
    index_of,
    last_mark,
    link_filler_re,
    mark_positions,
    narrower,
    other_area,
    per_or_change,
    same_thing,
    show,
    span_of,
)
from .prior_sign import below_zero_prior
from .year_pairs import year_clause_pairs

_YEAR = rf"{YEAR_ASCII}年度?"
# (前年: the year before last, a prior year as 2022年 is: 「较前年的41件增加23件」)
_PRIOR = rf"(?:上年度|上年|去年|上一年|前一年|前年|{_YEAR})(?:同期)?"
# a month or quarter compared with (「相较1月份的6004件减少了1953件」「比上月的…」): another
# span, a base as 上年 is (session 22)
_SPAN_PRIOR = (
    r"(?:上月|上个月|上一月|上季度|上一季度|(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月份?"
    r"|第?[一二三四]季度)"
)
# the time a level left after 由/从 belongs to (开业时, 年初, 五年前): words ending in a time
# morpheme, no noun (:data:`_LEVEL_TIME` is the same run)
_FROM_TIME = (
    r"[^，,；;。：:%％（）()、0-9]{1,10}?(?:年度?|月份?|季度|前|初|末|底|时|同期|全年|半年)"
)
# a part of the year compared with after it (「同比2018年上半年的70.06%」「较上年一季度的」)
_SUB_SPAN = (
    r"(?:上半年|下半年|前三季度|第?[一二三四]季度"
    r"|(?:[0-9]{1,2}[-—－至~])?[0-9]{1,2}月份?)"
)
# the end of the year compared with (「比2021年末的2335.21万人增加4.54万人」「较2022年底的…」): a
# stock counted at a year's end, the base's time as 上年末 is (session 32)
_YEAR_END = "[末底]"
_BASE_RE = re.compile(
    # (占比 and 之比 are nouns, a share and a ratio: 「占比为95.56%」 compares with nothing)
    rf"(?:(?:较|(?<![占之])比|相比|相较|与|对比|同比|比较)(?:{_PRIOR}(?:{_SUB_SPAN}|{_YEAR_END})?|{_SPAN_PRIOR})?"
    r"(?:同期)?"
    r"(?:的|为|是)?"
    rf"|(?:上年度|上年|去年|上一年|前一年)(?:同期)?(?:为|是|的|仅为|仅|有|共|达)?"
    # (the words after last year are what it counts, never a change: 「比上年减收1070万元」)
    # (nor a stock carried from last year: 结转上年未办结申请11件, 上年未审结的)
    r"|(?<!结转)(?<!转入)" + LAST_YEAR + r"(?:同期)?"
    r"(?!结转|遗留|未[办审执处]?结|积存|增|减|降|升|提|多|少)"
    r"[\u4e00-\u9fff]{1,6}?(?:为|是|共|达)?"
    rf"|{_YEAR}(?:同期)?(?:为|是|的|仅为)"
    # 「较2020年该类案件量42件」: the prior period named, then what is counted, a noun of
    # amount (量, 数) right before the figure — never a change word (比2020年增加52件)
    rf"|(?:较|比|相比|相较|对比)(?:{_PRIOR})(?:(?!增|减|降|升|提|多|少)[\u4e00-\u9fff]){{0,8}}?"
    r"(?:量|数)(?:为|是|的)?"
    # 「由开业时6.07人增加到7.14人」: a time named between 由 and the figure (:data:`_LEVEL_TIME`)
    rf"|(?:由|从)(?:{_FROM_TIME}(?:的)?)?)(?:约|近|共)?$"
)
_DOWN = (
    "下降",
    "降低",
    "减少",
    "回落",
    "降幅",
    "减",
    "少",
    "缩短",
    "压缩",
    "净减",
    "下滑",
    "下跌",
    "缩减",
    "调减",
    "削减",
    "精简",
    "压减",
)
# units that name the same thing (a time limit of 60日 and a period of 38天)
_SAME_UNIT = {"日": "天"}


def _mismatch(
    d: Quantity,
    spans: tuple[Span, ...],
    message: str,
    suggestion: str,
    data: dict[str, Any] | None = None,
) -> Relation:
    """An N108 contradiction: the stated change ``d`` does not fit the figures it compares."""
    return _n108(d.block, (d.num_start, d.end), spans, message, suggestion, data=data)


def _n108(
    block: int,
    span: tuple[int, int],
    spans: tuple[Span, ...],
    message: str,
    suggestion: str,
    severity: Severity = Severity.ERROR,
    data: dict[str, Any] | None = None,
) -> Relation:
    """An N108 contradiction at ``span`` of ``block``: a stated change, in figures or words,
    that does not fit the figures it compares (``spans``)."""
    return Relation(
        "change",
        Verdict.CONTRADICTION,
        block,
        span,
        spans,
        code="N108",
        severity=severity,
        message=message,
        suggestion=suggestion,
        data=data or {},
    )


def _change_words(lex: Lexicon) -> str:
    words = sorted(
        {*lex.data["rates"]["change"], "增幅", "降幅", "增速"}, key=lambda w: (-len(w), w)
    )
    return "|".join(re.escape(w) for w in words)


@lru_cache(maxsize=4)
def _change_word_anywhere_re(lex: Lexicon) -> re.Pattern[str]:
    """A word of change anywhere: a text without one holds no context
    :func:`_change_word_re` finds."""
    return re.compile(rf"{_change_words(lex)}|(?<=[年期])(?:多出|多|少)")


@lru_cache(maxsize=4)
def _change_word_re(lex: Lexicon) -> re.Pattern[str]:
    alternation = _change_words(lex)
    # 「增长11.2%」「提高了13.7个百分点」「增幅为5%」「压缩幅度达62.5%」; not 「提高到93.2%」
    # (a new level)
    # 「比上年多300件」「较去年同期少12起」: 多/少 right after a period compared with
    # 「同比增长-5.3%」: a minus sign after the word turns the change round (a fall of 5.3%)
    # 「比上一年度新增7.68万」「较去年同期新增150件」: 新增 right after a comparison and the
    # period it names (the morphemes of a period only) is a change, as 增加 is; alone it counts
    # new things (「新增公职律师68名」), and 「较上年新增的41名」 is last year's new ones, a base
    # (the lookbehinds after the literal: tried only where 新增 stands)
    compared = "|".join(f"(?<=[较比]{_PERIOD_CHARS}{{{k}}}新增)" for k in range(6))
    return re.compile(
        rf"({alternation}|(?<=[年期])(?:多出|多|少)|新增(?:{compared})(?!的))"
        rf"(?:了|的)?(?:幅度|比例|率)?(?:了|为|达|达到|约|近)*"
        rf"(?P<neg>{_MINUS})?$"
    )


# the characters of a period compared with between 较/比 and a change (上一年度, 去年同期, 2021年,
# 上年末): a closed class of morphemes
_PERIOD_CHARS = "[上一年度去前同期末底月季0-9]"


# the minus signs a signed change is printed with (「增长-5.3%」「增幅为－2.1%」)
_MINUS = "[-－−]"


def change_direction(word: str) -> int:
    """+1 for a word of rise (增长, 提高…), -1 for a word of fall (下降, 减少…)."""
    return -1 if word.startswith(_DOWN) else 1


def _signed(m: re.Match[str]) -> int:
    """The direction of a word of change found by :func:`_change_word_re`, turned round by a
    minus sign after it (「增长-5.3%」 is a fall)."""
    return (
        -change_direction(m.group(1)) if m.groupdict().get("neg") else change_direction(m.group(1))
    )


def stated_direction(bq: BlockQuantities, lex: Lexicon, q: Quantity) -> int | None:
    """The direction of the word of change right before ``q`` (「同比下降」: -1), or None."""
    m = _change_word_re(lex).search(_context(bq, q))
    return None if m is None else _signed(m)


def _context(bq: BlockQuantities, q: Quantity) -> str:
    """The words right before a number in its sentence, brackets removed (:func:`_context_of`),
    kept with the block (with the figure, so that its id stays its own): the change readings
    ask it of the same figure again and again."""
    memo: dict[int, tuple[Quantity, str]] | None = bq.__dict__.get("_contexts")
    if memo is None:
        memo = bq.__dict__["_contexts"] = {}
    kept = memo.get(id(q))
    if kept is None or kept[0] is not q:
        kept = memo[id(q)] = (q, _context_of(bq, q))
    return kept[1]


def _context_of(bq: BlockQuantities, q: Quantity) -> str:
    start, _ = bq.sentence_span(q.sentence)
    return _unbracketed(bq.text[max(start, q.start - 16) : q.start])


def _unbracketed(text: str) -> str:
    return text.replace("（", "").replace("(", "").replace(" ", "").replace("　", "")


_COMPARED_RE = re.compile(
    rf"(?:较|比|相比|相较|同比)(?:{_PRIOR}|{_SPAN_PRIOR})?(?:同期|末|底)?的?$"
)
# 「是上年…的两倍多」「是2023年的1.5倍」: the figure between names the period compared with
_RATIO_PRIOR_RE = re.compile(rf"是(?:{_PRIOR})[\u4e00-\u9fff]{{0,8}}?的?$")
_TIMES_AFTER_RE = re.compile(r"的?[0-9.一二两三四五六七八九十几多]{1,4}倍")


def is_comparison_base(q: Quantity, bq: BlockQuantities | None = None) -> bool:
    """「较上年的100件」「比2023年的20起」「（上年分别为80件、50件）」: a figure of another
    period, not a part of this year's lists. Asked by several rules for every figure: the
    answer is kept with the block (with the figure, so that its id stays its own)."""
    if bq is None:
        return _comparison_base(q, None)
    memo: dict[int, tuple[Quantity, bool]] | None = bq.__dict__.get("_comparison_bases")
    if memo is None:
        memo = bq.__dict__["_comparison_bases"] = {}
    kept = memo.get(id(q))
    if kept is None or kept[0] is not q:
        kept = memo[id(q)] = (q, _comparison_base(q, bq))
    return kept[1]


def _comparison_base(q: Quantity, bq: BlockQuantities | None) -> bool:
    pre = q.pre.strip(" 　")
    # (each word of _COMPARED_RE holds 较 or 比, each period of _PRIOR holds 年)
    if ("较" in pre or "比" in pre) and _COMPARED_RE.search(pre) is not None:
        return True
    if (
        bq is not None
        and "是" in pre
        and _RATIO_PRIOR_RE.search(pre)
        and _TIMES_AFTER_RE.match(bq.text, q.end)
    ):
        return True  # 「是上年4.6万人次的两倍多」: last year's figure, the base of a ratio
    if (
        bq is not None
        and "年" in pre
        and _WITH_PRIOR_RE.search(pre)
        and _SET_AGAINST_RE.match(bq.text, q.end)
    ):
        return True  # 「与2023年办理的1,236件相比」
    return bq is not None and in_prior_bracket(bq, q)


def is_change_after_base(bq: BlockQuantities, q: Quantity, prev: Quantity | None) -> bool:
    """「较上年的61件减少18件」「从上年的412起下降到357起，减少55起」: a figure named by a bare
    word of change right after a comparison base or a level reached is the difference between
    the periods, not a count of things."""
    return (
        prev is not None
        and _BARE_CHANGE_RE.fullmatch(q.pre) is not None
        and not bq.text[prev.end : q.pre_start].strip(" 　，,")
        and (is_comparison_base(prev, bq) or _REACHED_RE.search(_context(bq, prev)) is not None)
    )


_BARE_CHANGE_RE = re.compile(r"[ 　]*(?:增加|减少|增长|下降|多出|多|少|增|减)了?")


# 「与2023年办理的1,236件相比」「同上年受理的96件比较」: a figure set against this year's
_WITH_PRIOR_RE = re.compile(rf"(?:与|同|和|跟)(?:{_PRIOR})[\u4e00-\u9fff]{{0,8}}?的?$")
_SET_AGAINST_RE = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:相比|比较|对比)")
_PRIOR_BRACKET_RE = re.compile(rf"[（(](?:{_PRIOR})")
# 「与上年（发生46起、受伤9人）相比」「比上年（4.6万起、95人）」「较2023年（…）」: a bracket
# right after the period compared with restates that period's figures
_PRIOR_BEFORE_BRACKET_RE = re.compile(
    rf"(?:(?:与|同|和|跟|较|比|相比|相较|对比)(?:{_PRIOR})|{LAST_YEAR}(?:同期)?)$"
)
# how far back a bracket's opening is looked for (a bracket restating last year is short)
PRIOR_BRACKET_REACH = 60


def _breakdown_of(bq: BlockQuantities, a: Quantity, b: Quantity) -> bool:
    """「受理案件15216件（新收12290件，旧存2926件）」: a figure in the bracket right after
    another (the bracket not naming another period) is a part of it in the same period —
    the two are no pair of periods a change compares."""
    whole, part = (a, b) if a.num_start < b.num_start else (b, a)
    if part.depth <= whole.depth or in_prior_bracket(bq, part):
        return False
    between = bq.text[whole.end : part.num_start]
    return between[:1] in ("（", "(") and not any(ch in between for ch in "）)。；;")


def in_prior_bracket(bq: BlockQuantities, q: Quantity) -> bool:
    """Is the figure inside a bracket that opens with another period (「（上年分别为80件、
    50件）」「（2023年为1050件）」) or follows the period compared with (「与上年（发生46起、
    受伤9人）相比」)? Every figure of such a bracket is a comparison base."""
    if q.depth <= 0:
        return in_prior_clause(bq, q)
    text = bq.text
    k = q.start - 1
    stop = max(0, q.start - PRIOR_BRACKET_REACH)
    while k >= stop and text[k] not in "（()）":
        k -= 1
    if k < stop or text[k] not in "（(":
        return False
    return (
        _PRIOR_BRACKET_RE.match(text, k) is not None
        or _PRIOR_BEFORE_BRACKET_RE.search(text, max(0, k - 12), k) is not None
        or (
            _SPAN_HEAD_RE.fullmatch(text, k + 1, q.start) is not None
            and _CHANGE_FIGURE_END_RE.search(text, max(0, k - _CHANGE_FIGURE_REACH), k) is not None
        )
    )


# 「环比减少5.3%（第三季度为4106件）」「增长6.8%（一季度受理1,158件）」: a bracket right after a
# change that opens by naming another span (a quarter, a month, a half-year) and says what it
# was restates the figure compared with, like 「（上年为…）」 (only a named span: not 月均, nor
# a part of this period opened by 其中 or 含)
_SPAN_HEAD_RE = re.compile(
    r"(?:[0-9]{4}年|去年|上年)?"
    r"(?:第?[一二三四1-4]季度|上一?个?季度|(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月份?"
    r"|上一?个?月|[上下]半年|上一?周|[上中下]旬)(?:同期)?"
    r"[\u4e00-\u9fff]{0,6}?(?:为|是|仅为|有|共|达)?"
)
_CHANGE_FIGURE_END_RE = re.compile(
    r"(?:增长|增加|下降|减少|提高|提升|降低|上升|回落|缩短|压缩)[了为达约近]*[0-9０-９.．]+"
    r"(?:%|％|个百分点)$"
)
_CHANGE_FIGURE_REACH = 24  # characters before a bracket its change figure may take


# a clause that restates another period's figures: 「上年分别为40场和2056人次」「较上年的108宗、
# 536亩」 (the words from the clause's start to the figure hold no change word)
_PRIOR_CLAUSE_RE = re.compile(rf"(?:较|比)?(?:{_PRIOR})(?:同期)?(?:分别)?(?:为|是|的|有)")
_CLAUSE_START = "，,；;。：:"
_CHANGE_IN_RE = re.compile("增长|增加|下降|减少|提高|提升|降低|上升|回落|持平")


# 「上年全区行政复议纠错率为11.2%」「去年全镇调处矛盾纠纷480件」: a clause that opens with last
# year and names what it counts before the figure (not 上年结转, which is this year's intake,
# nor 上年末, an opening stock)
_PRIOR_NOUN_CLAUSE_RE = re.compile(
    # (not 上年末/上年底 either: an opening stock that flow rules read with this year's)
    r"(?:上年度|上年|去年|上一年度?|前一年)(?:同期|全年)?(?!结转|遗留|未[办审执处]?结|积存|末|底)"
    r"[^0-9０-９%％，,；;。：:（()）]{1,14}$"
)
# a clause that sets last year against this one (「上年相比，…」) restates nothing
_SET_AGAINST_IN_RE = re.compile("相比|比较|对比|相较")


def in_prior_clause(bq: BlockQuantities, q: Quantity) -> bool:
    """Is the figure in a clause that opens by naming another period and restates its
    figures (「上年分别为40场和2056人次」)? Each figure of it is a comparison base."""
    text = bq.text
    stop = max(0, q.start - PRIOR_BRACKET_REACH)
    if text.find("年", stop, q.start) < 0:
        return False  # every period of _PRIOR holds 年: no clause before it names one
    # the last clause mark before the figure (at most PRIOR_BRACKET_REACH back)
    marks = mark_positions(text, _CLAUSE_START)
    i = bisect.bisect_left(marks, q.start) - 1
    k = -1
    while i >= 0 and marks[i] >= stop:
        k = marks[i]
        # a thousands separator (1,000万元) is no clause break
        if not (text[k] == "," and 0 < k < len(text) - 1 and text[k - 1 : k + 2 : 2].isdigit()):
            break
        k = -1
        i -= 1
    if k < 0:
        if stop > 0:
            return False
        k = -1  # the clause opens the paragraph
    head = text[k + 1 : q.start].lstrip(" 　")
    if _CHANGE_IN_RE.search(head) is not None:
        return False
    return _PRIOR_CLAUSE_RE.match(head) is not None or (
        _PRIOR_NOUN_CLAUSE_RE.match(head) is not None and _SET_AGAINST_IN_RE.search(head) is None
    )


# 「增加到2024年的1152件」: the level reached, not a base, though a year names it
_REACHED_YEAR_RE = re.compile(rf"(?:到|至)(?:{_YEAR})?的?$")


_COMPARE_OPENERS = ("较", "比", "相比", "相较", "对比", "同比")


def _is_base(bq: BlockQuantities, q: Quantity) -> bool:
    context = _context(bq, q)
    if _REACHED_YEAR_RE.search(context):
        return False
    if _WITH_PRIOR_RE.search(q.pre.strip(" 　")) and _SET_AGAINST_RE.match(bq.text, q.end):
        return True  # 「与2023年办理的1,236件相比」
    m = _BASE_RE.search(context)
    if (
        m is not None
        # (「较2020年同期4423件下降5.51%，较2019年同期4519件下降11.29%」: a year after 较/比
        # is compared with, however late)
        and not m.group(0).startswith(_COMPARE_OPENERS)
        and _latest_year_named(bq, q, m.group(0))
        # 「同比减少6.0%（2022年为2,400万元）」: a year restated right after a change is the
        # period compared with, however late
        and _AFTER_CHANGE_RE.search(bq.text, max(0, q.start - 40), q.start) is None
    ):
        return False
    return m is not None or in_prior_bracket(bq, q) or _year_clause_base(bq, q) > 0


_YEAR_DIGITS_RE = re.compile(rf"{YEAR_ASCII}(?=年)")
# 「2023年受理投诉480件，」: a clause opening with a year, its verb and noun, then the figure;
# not a span from or within that year (2019年以来, 2023年底, 2023年上半年, 2023年1至6月)
# (「2023总共需办理复议案件66件，2024年总共…」: a year the extraction read without its 年)
_YEAR_CLAUSE_RE = re.compile(
    rf"(?:^|[，,；;：:。])(?P<year>{YEAR_ASCII})(?P<nian>年度?(?:全年)?)?"
    r"(?!以来|来|至|到|底|末|初|前|后|起|上半年|下半年|第|[一二三四]季度)"
    r"[\u4e00-\u9fff]{1,12}?(?:为|是|共|达)?(?:约|近|共)?$"
)


def _year_clause_base(bq: BlockQuantities, q: Quantity) -> int:
    """「2023年受理投诉480件，2024年受理投诉560件，增长16.7%」: a figure in a clause opening
    with a year is the earlier period's when a later clause of its sentence (within
    :data:`YEAR_CLAUSE_LOOK_AHEAD` characters) opens with a later year, as 「上年受理投诉480件，
    今年…」 is. The later year, or 0."""
    start, stop = bq.sentence_span(q.sentence)
    m = _YEAR_CLAUSE_RE.search(bq.text[max(start, q.start - 16) : q.start].replace(" ", ""))
    if m is None and q.start - start <= 16:
        m = _YEAR_CLAUSE_RE.search(bq.text[start : q.start].replace(" ", ""))
    if m is None:
        return 0
    year = int(m["year"])
    if not m["nian"] and not any(
        y.kind == "bare" and y.year == year and start <= y.start < q.start for y in bq.years
    ):
        return 0  # four digits without 年 that the extraction did not take for a year
    for later in _LATER_YEAR_CLAUSE_RE.finditer(
        bq.text, q.end, min(stop, q.end + YEAR_CLAUSE_LOOK_AHEAD)
    ):
        if int(later["year"]) > year:
            return int(later["year"])
    return 0


# how far after a year's clause the clause of the later year may open
YEAR_CLAUSE_LOOK_AHEAD = 80


# a later clause of the sentence opening with a year (「，2024年受理」)
_LATER_YEAR_CLAUSE_RE = re.compile(rf"[，,；;](?P<year>{YEAR_ASCII})年")


def _latest_year_named(bq: BlockQuantities, q: Quantity, words: str) -> bool:
    """「2021年、2022年…分别为1,500件和1,650件，2023年为1,815件」: a year that introduces a
    figure is no earlier period when it is the latest of the years its sentence names (and
    it names earlier ones)."""
    own = _YEAR_DIGITS_RE.search(words)
    if own is None:
        return False
    start, stop = bq.sentence_span(q.sentence)
    years = {int(y) for y in _YEAR_DIGITS_RE.findall(bq.text, start, min(stop, start + 400))}
    year = int(own.group(0))
    return any(y < year for y in years) and not any(y > year for y in years)


def change_relations(bq: BlockQuantities, lex: Lexicon) -> list[Relation]:
    out: list[Relation] = []
    change_re = _change_word_re(lex)
    by_sentence: dict[int, list[Quantity]] = {}
    for q in bq.quantities:
        if q.kind == "bare":
            q = _as_score(bq, q)
        if q.kind == "bare" and q.change and q.magnitude > 1:
            # 「比上一年度新增7.68万」: an amount of change printed in 万/亿 without its unit
            # counts what the figure it changed counts (the unit is left open, matched by the
            # current figure read against it: :func:`_derived`, :func:`_may_be_current`;
            # :func:`amount_figures` the same across paragraphs)
            q = replace(q, kind="count")
        if not q.quoted and q.kind != "bare":
            by_sentence.setdefault(q.sentence, []).append(q)
    # a context is a piece of the text without brackets and spaces: none holds a word of
    # change when that text holds none
    worded_text = (
        bool(by_sentence)
        and prefilter.search(_change_word_anywhere_re(lex), _unbracketed(bq.text)) is not None
    )
    # 「由…降至…」: a level reached needs 至 or 到
    reached_text = bool(by_sentence) and ("至" in bq.text or "到" in bq.text)
    doubling_text = "翻" in bq.text  # 翻番, 翻了一番
    for sentence in by_sentence.values():
        # a sentence is judged on its first figures only: the readings grow with the square
        # of the figures, and a sentence of hundreds of them is a list, not a comparison
        cut = len(sentence) > MAX_FIGURES
        sentence = sentence[:MAX_FIGURES]
        own = [(q, change_re.search(_context(bq, q)) if worded_text else None) for q in sentence]
        marked = _listed_changes(bq, own)
        # 「增加4,199人或13.0%」: the percentage is that amount's change, read against it only
        ored = {
            id(q): own[i - 1][0]
            for i, (q, _) in enumerate(own)
            if i and _or_joined(bq, own[i - 1][0], q)
        }
        inherited = {
            id(q)
            for (q, m), (_, m2) in zip(own, marked, strict=True)
            if m is None and m2 and id(q) not in ored
        }
        span = bq.sentence_span(sentence[0].sentence)
        if cut:  # words of change are read among the figures judged only
            span = (span[0], min(span[1], sentence[-1].end))
        doubled = list(_DOUBLED_RE.finditer(bq.text, *span)) if doubling_text else []
        # (each verb of a worded change is a word of change: none in a text without one)
        worded = _worded_changes(lex, bq.text, span) if worded_text else []
        times = [
            d
            for d, m in marked
            if m is None and d.kind == "multiple" and _TIMES_OF_RE.search(_context(bq, d))
        ]
        if reached_text:
            out.extend(_from_to_direction(bq, sentence))
        if worded_text:
            out.extend(_direction_only(bq, lex, sentence, by_sentence))
        if not doubled and not times and not worded and not any(m for _, m in marked):
            continue
        plain = [q for q, m in marked if m is None and q.kind != "points"]
        respective = _respective(bq, sentence, marked)
        amounts = [
            (d, m)
            for d, m in _listed_amounts(bq, marked)
            if m is not None and d.kind in ("count", "money", "measure", "time")
        ]
        listed = _derived_listed_each(bq, lex, marked, by_sentence, change_re)
        listed = {
            **year_clause_pairs(
                bq,
                [(d, _signed(m)) for d, m in marked if m is not None and d.kind == "percent"],
                other_thing,
            ),
            **_year_series(bq, marked),
            **_year_list(bq, marked),
            **_bases_listed(bq, lex, marked, by_sentence),
            **listed,
        }
        told = [q for q, m in marked if m is not None]
        every = plain
        named: set[int] = set()  # changes paired by the measure each names (_named_across)
        for d, m in marked:
            if m is None or any(w.start() <= d.num_start < w.end() for w, _ in worded):
                continue  # 「增长一倍以上」: a qualified multiple is read as a worded change
            if _adjusted_base(bq, lex, d) or _per_year(bq, lex, d):
                continue
            direction = _signed(m)
            rel = None
            plain = _readable(bq, d, direction, every, told)
            if id(d) in listed:
                out.append(listed[id(d)])
                continue
            if id(d) in ored:
                rel = _derived(bq, d, direction, plain, [a for a in amounts if a[0] is ored[id(d)]])
            elif d.kind == "percent":
                rel = _relative(bq, lex, d, direction, plain, respective.get(id(d)))
                if rel is None:
                    rel = _derived(bq, d, direction, plain, amounts)
                if rel is None and amounts:
                    rel = _derived(bq, d, direction, plain, amounts, after=True)
                if rel is None and amounts:
                    rel = _derived_before(bq, lex, d, direction, plain, amounts, by_sentence)
                if rel is None:
                    rel = _derived_previous(bq, lex, d, direction, sentence, by_sentence, change_re)
                if rel is None:
                    before = by_sentence.get(sentence[0].sentence - 1, [])[-MAX_FIGURES:]
                    rel = _implied(bq, lex, d, direction, plain, before)
                if rel is None and not _prior_stated(bq, d, plain):
                    # 「…同比增长18.9%，2023年拆除面积为9.8万平方米。」: the clause right after
                    # the change, opening with the period compared with, states its base
                    at = _next_clause(bq, d)
                    later = [q for q in sentence if at is not None and q.num_start > at]
                    rel = _base_after(
                        bq, lex, d, direction, plain, later[:MAX_FIGURES], near=False, at=at
                    )
                if rel is None and not _prior_stated(bq, d, plain) and "环比" in bq.text:
                    rel = _span_before_after(bq, lex, d, direction, plain, sentence)
                if rel is None and not _prior_stated(bq, d, plain):
                    for k in range(1, LOOK_AHEAD_SENTENCES + 1):
                        after = by_sentence.get(sentence[0].sentence + k, [])[:MAX_FIGURES]
                        rel = _base_after(bq, lex, d, direction, plain, after, near=k == 1)
                        if rel is not None or _states_current(bq, lex, d, plain, after):
                            break  # a sentence with figures of its own starts another account
                if rel is None:
                    rel = _current_before(bq, lex, d, direction, plain, by_sentence)
                if rel is None:
                    rel = _rates_before(bq, lex, d, direction, by_sentence, change_re)
                if rel is None:
                    rel = _prior_before(bq, lex, d, direction, sentence, by_sentence)
                if rel is None:
                    rel = _no_whole_prior(bq, d, direction, sentence)
                if rel is None and direction < 0:
                    rel = below_zero_prior(bq, lex, d, direction, sentence, m, _COMPARED_RE)
                if rel is None:
                    rel = _named_across(bq, lex, d, direction, sentence, by_sentence)
                    if rel is not None:
                        named.add(id(d))
            elif d.kind == "points":
                # 「压缩率达到62.5%，较上年提高了9.8个百分点」: a rate named by a word of change
                # (压缩率, 增长率) before a 个百分点 change is the level that changed
                levels = [
                    q
                    for q, m2 in marked
                    if m2 is not None
                    and q.kind == "percent"
                    and q.num_start < d.num_start
                    and m2.group(0).rstrip("了为达到约近").endswith("率")
                ]
                rel = _points(bq, d, direction, plain + levels if levels else plain)
                if rel is None:
                    rel = _points_before(bq, d, direction, by_sentence, change_re)
                if rel is None:
                    rel = _prior_before(bq, lex, d, direction, sentence, by_sentence)
                if rel is None and not _prior_stated(bq, d, plain):
                    # 「纠错率为11.8%，较上年下降2.1个百分点。上年纠错率为13.9%。」
                    after = by_sentence.get(sentence[0].sentence + 1, [])[:MAX_FIGURES]
                    rel = _base_after(bq, lex, d, direction, plain, after)
                if rel is None:
                    rel = below_zero_prior(bq, lex, d, direction, sentence, m, _COMPARED_RE)
                if rel is None and d.unit == "个千分点":
                    rel = _permille_points(bq, d, direction)
            elif d.kind in ("count", "money", "measure", "time"):
                rel = _absolute(bq, d, direction, plain)
                if rel is None and d.kind != "time":
                    rel = _prior_before(bq, lex, d, direction, sentence, by_sentence)
                if rel is None and d.kind != "time" and not _prior_stated(bq, d, plain):
                    # 「全年受理投诉1,874件，同比减少28件。…上年同期受理投诉1,902件。」
                    for k in range(1, LOOK_AHEAD_SENTENCES + 1):
                        after = by_sentence.get(sentence[0].sentence + k, [])[:MAX_FIGURES]
                        rel = _base_after(bq, lex, d, direction, plain, after, near=k == 1)
                        if rel is not None or _states_current(bq, lex, d, plain, after):
                            break
                if rel is None:
                    rel = below_zero_prior(bq, lex, d, direction, sentence, m, _COMPARED_RE)
            elif d.kind == "multiple":
                stated = _multiple_ratio(d, m.group(1))
                rel = _ratio(bq, d, stated, plain)
                if rel is None:
                    rel = _prior_before(bq, lex, d, direction, sentence, by_sentence, m.group(1))
                if rel is None and direction > 0:
                    rel = ratio_base_only(bq, lex, d, stated[0], sentence, by_sentence)
                if rel is None and direction > 0:
                    after = by_sentence.get(sentence[0].sentence + 1, [])[:MAX_FIGURES]
                    rel = _ratio_after(bq, lex, d.num_start, d, stated, plain, after)
            if (
                rel is not None
                and rel.verdict is Verdict.CONTRADICTION
                and id(d) in inherited
                and id(d) not in respective
                and id(d) not in named
            ):
                rel = None  # a change named only by its neighbour's word: reported when paired
            if rel is not None:
                out.append(rel)
        plain = every
        for d in times:
            # 「是上年210场的3倍」: the current figure is N times the base
            rel = _ratio(bq, d, (d.value, d), plain)
            if rel is None:
                after = by_sentence.get(sentence[0].sentence + 1, [])[:MAX_FIGURES]
                rel = _ratio_after(bq, lex, d.num_start, d, (d.value, d), plain, after)
            if rel is not None:
                out.append(rel)
        for m in doubled:
            ratio = Decimal(4) if "两" in m.group(0) else Decimal(2)
            rel = _ratio(bq, None, (ratio, m), plain)
            if rel is None:
                rel = _ratio_before(bq, lex, m, ratio, sentence, by_sentence)
            if rel is None:
                rel = ratio_base_only(bq, lex, m, ratio, sentence, by_sentence)
            if rel is None:
                after = by_sentence.get(sentence[0].sentence + 1, [])[:MAX_FIGURES]
                rel = _ratio_after(bq, lex, m.start(), None, (ratio, m), plain, after)
            if rel is not None:
                out.append(rel)
        for m, interval in worded:
            rel = _worded(bq, lex, m, interval, plain, by_sentence)
            if rel is None:
                rel = _worded_derived(bq, lex, m, interval, sentence, by_sentence, change_re)
            if rel is None:
                rel = _worded_before(bq, lex, m, interval, sentence, by_sentence)
            if rel is not None:
                out.append(rel)
    return out


@lru_cache(maxsize=4)
def _adjustment_re(lex: Lexicon) -> re.Pattern[str]:
    words = lex.data["rates"].get("base-adjustments", [])
    return re.compile("|".join(re.escape(w) for w in words) or "(?!)")


def _adjusted_base(bq: BlockQuantities, lex: Lexicon, d: Quantity) -> bool:
    """「排除新冠疫情相关诉求后，受理量与去年同期777733件相比，下降8.32%」: the sentence
    adjusts the base before the change (numbers.toml ``rates.base-adjustments``), a base it
    does not give: no figure of the sentence is what the change compares."""
    start, _ = bq.sentence_span(d.sentence)
    return _adjustment_re(lex).search(bq.text, start, d.start) is not None


@lru_cache(maxsize=4)
def _per_year_re(lex: Lexicon) -> re.Pattern[str]:
    words = lex.data["rates"].get("per-year-averages", [])
    alternatives = "|".join(re.escape(w) for w in words) or "(?!)"
    return re.compile(rf"(?:{alternatives})[^，,；;。：:]*$")


def _per_year(bq: BlockQuantities, lex: Lexicon, d: Quantity) -> bool:
    """「与2010年的25575254人相比，减少555423人，年平均增长率为-0.22%」: a change told as an
    average per year (numbers.toml ``rates.per-year-averages``) in its own clause compounds a
    rate, or divides an amount, over the years between the figures: not their simple change."""
    return _per_year_re(lex).search(_context(bq, d)) is not None


# a bracket that opens with 其中 breaks down the figure before it
_PARTS_BRACKET_RE = re.compile(r"[（(]\s*其中")


def _parts_aside(bq: BlockQuantities, q: Quantity, d: Quantity) -> bool:
    """Does ``q`` stand in a bracket of parts (「（其中…」) that closed before the change ``d``?"""
    if q.depth <= d.depth or q.end > d.num_start:
        return False
    opened = max(bq.text.rfind("（", 0, q.start), bq.text.rfind("(", 0, q.start))
    return opened >= 0 and _PARTS_BRACKET_RE.match(bq.text, opened) is not None


def _readable(
    bq: BlockQuantities, d: Quantity, direction: int, plain: list[Quantity], stated: list[Quantity]
) -> list[Quantity]:
    """The figures of its sentence a stated change may be read against.

    - A change right after a level reached from another (「由上年的96件降至71件，下降26.0%」)
      that those two figures bear out speaks of them only.
    - A level left (由上年的94件) is the base of its own level reached, of no other change.
    - A change with figures of its own after an earlier stated change (「纠错率12.4%，较上年的
      9.8%提高2.6个百分点；败诉率为4.1%，较上年下降1.3个百分点」) reads only those and what
      follows: the figures before the earlier change (of the same kind) are that change's
      account — unless a base stands among its own figures.
    - A change right after a count or amount of its own statement (no base in it) speaks of
      that figure: it reads figures of its unit only.
    """
    before = [q for q in plain if q.end <= d.num_start]
    # a bracket of parts closed before the change is said of the figure before it (「增长到
    # 25366人（其中专职律师23323人…），增长33.8%」): its figures are not what the change follows
    before = [q for q in before if not _parts_aside(bq, q, d)]
    if len(before) >= 2 and is_from_level(bq, before[-2]):
        base, reached = before[-2], before[-1]
        if (
            _VERB_TO_RE.match(bq.text[base.end : reached.start]) is not None
            and _CHANGE_AFTER_LEVEL_RE.fullmatch(bq.text, reached.end, d.num_start) is not None
            and _pair_fits(d, direction, reached, base)
        ):
            return [base, reached]  # (a pair that does not fit leaves every reading open)
    last = next((c for c in reversed(stated) if c.end <= d.num_start and c is not d), None)
    if last is not None and last.kind == d.kind:
        own = [q for q in before if q.num_start >= last.end]
        if own and not any(is_comparison_base(q, bq) or is_from_level(bq, q) for q in own):
            plain = [q for q in plain if q.num_start >= last.end]
    current = before[-1] if before else None
    opening = last_mark(bq.text, "。；;！？!?", 0, d.num_start)
    if (
        current is not None
        and current.kind in ("count", "money", "measure")
        and current.num_start > opening
        # (the change's statement names no base and no other change: 「分别比上年的11起、
        # 12人下降…」「分别比上年减少80家次、140项，分别下降…」)
        and not any(opening < c.num_start < d.num_start for c in stated)
        and not any(
            is_comparison_base(q, bq) or is_from_level(bq, q)
            for q in before
            if q.num_start > opening
        )
    ):
        # 「…1.86万件，上年为1.65万件；挽回经济损失362万元，同比增长21.5%」: a change speaks of
        # the figure right before it, so of figures of its unit only
        plain = [
            q
            for q in plain
            if q.kind == current.kind and (q.kind == "money" or _same_unit(q.unit, current.unit))
        ]
    kept: list[Quantity] = []
    for i, q in enumerate(plain):
        if _parts_aside(bq, q, d):
            continue
        own_pair = q.end <= d.num_start and i + 1 < len(plain) and plain[i + 1] is before[-1]
        opens_after = q.num_start > d.num_start and _FROM_OPENS_RE.match(q.pre) is not None
        if is_from_level(bq, q) and not own_pair and not opens_after:
            # a level left is the base of its own level reached, not of another change
            # (unless the clause right after the change opens with it: 「下降21.6%，由上年的
            # 4,512件降至3,364件」)
            continue
        kept.append(q)
    return kept


def _pair_fits(d: Quantity, direction: int, current: Quantity, base: Quantity) -> bool:
    """Does a change (a percentage, points or an amount) fit the two levels it follows?"""
    if d.kind == "percent":
        low, high = _relative_bounds(current, base)
        return low is not None and high is not None and _fits(low, high, d, direction)
    if d.kind == current.kind == base.kind:
        return _fits(*_difference_bounds(current, base), d, direction)
    if d.kind == "points" and current.kind == base.kind == "percent":
        return _fits(*_difference_bounds(current, base), d, direction)
    return False


_FROM_OPENS_RE = re.compile(
    rf"[ 　]*(?:由|从)(?:{_PRIOR})?(?:同期)?(?:的|原来的|原)?(?:约|近|共)?$"
)
# a 由…到… that opens the next clause, nothing named before 由 (「翻番，由上年的…」)
_FROM_NEXT_RE = re.compile(rf"[，,]?{_FROM_OPENS_RE.pattern}")


# what stands between a level reached and the change stated of it (「降至71件，下降」)
_CHANGE_AFTER_LEVEL_RE = re.compile(
    r"[，,]?(?:同比|较上年|比上年)?(?:分别)?"
    r"(?:增长|增加|下降|减少|提高|提升|降低|上升|回落|压缩|缩短|削减|精简|压减|增幅|降幅|减幅|幅度)(?:了|为|达|约|近)*"
)


# 「上年同期受理1,050件」「去年全年办理…」: a sentence that opens with last year
# how many sentences after a change are searched for the base it speaks of
LOOK_AHEAD_SENTENCES = 3
# a sentence that opens with the period compared with, after at most a short lead-in clause
# that sets it against this period (「作为对比，上年…」「对照上年数据，2023年同期…」「从去年
# 情况看，…」「数据显示，上年…」): the lead-in names a comparison, a look back or a source
# and holds no figure
_PRIOR_LEAD = (
    r"(?P<lead>[^，,。；;：:0-9０-９%％]{0,10}?"
    r"(?:对比|对照|相比|比较|参照|参考|回顾|回看|看|显示|统计|而言)"
    r"[^，,。；;：:0-9０-９%％]{0,6}[，,])"
)
# 「回看上年，…」「从去年情况看，…」「对照上年数据，…」: a lead-in that looks back at last year
# and names it opens a clause about last year (not 「与上年相比，」, which sets this year
# against it)
_LOOK_BACK_LEAD = (
    r"(?:回看|回顾|对照|从|据)(?:上年度|上年|去年|上一年度?)(?:同期)?的?"
    r"(?:情况|数据|统计)?(?:看|来看|显示)?[，,]"
)
_PRIOR_OPENING_RE = re.compile(
    rf"\s*(?:{_LOOK_BACK_LEAD}|(?:{_PRIOR_LEAD}|而|但|对比|相比之下[，,]?)?(?:上年度|上年|去年|上一年度?|前一年|(?P<year>{YEAR_ASCII})年度?)(?P<span>同期|全年)?)"
)


def prior_year_marked(opening: re.Match[str]) -> bool:
    """Is a year opening a sentence marked as the period compared with by the words around
    it: 同期 after the year (「2023年同期检查数为…」), or a lead-in of comparison that names
    no period itself (「作为对比，2023年…」; not 「与上年相比，2024年…」, which introduces this
    period)? Else it is an earlier period only when the text names a later year before it."""
    if opening["span"] == "同期":
        return True
    lead = opening["lead"]
    return (
        lead is not None
        and _COMPARING_RE.search(lead) is not None
        and _PRIOR_WORD_RE.search(lead) is None
        and _YEAR_IN_TEXT_RE.search(lead) is None
    )


_COMPARING_RE = re.compile("对比|对照|相比|比较|参照|参考")


_YEAR_IN_TEXT_RE = re.compile(rf"{YEAR_ASCII}(?=年)")


def _prior_stated(bq: BlockQuantities, d: Quantity, figures: list[Quantity]) -> bool:
    """Does the change's sentence state a figure of the period compared with before it, or
    the sentence before it open with that period (「2023年当年预算执行数为60.13万元。2024年
    预算安排25.77万元，比2023年预算执行数减少57.14%。」)? Then the base is there, not after."""
    if any(q.num_start < d.num_start and _is_base(bq, q) for q in figures):
        return True
    if names_prior_before(bq, d):
        return True
    if d.sentence == 0:
        return False
    start, _ = bq.sentence_span(d.sentence - 1)
    return _PRIOR_OPENING_RE.match(bq.text, start) is not None


_PRIOR_WORD_RE = re.compile("上年|去年|上一年|前一年")


def names_prior_before(bq: BlockQuantities, d: Quantity) -> bool:
    """Does the change's sentence name the period compared with before the change's own
    clause (「2023年当年预算执行数为389.59万元，2024年预算安排421.23万元，比2023年…增加
    8.12%」: 2023 is earlier than 2024)? Then its base is stated there, in words no reading
    knows, and no later figure is."""
    start, stop = bq.sentence_span(d.sentence)
    clause = _change_clause(bq, d)
    head = bq.text[start : max(start, d.start - len(clause))]
    if _PRIOR_WORD_RE.search(head):
        return True
    years = [int(y) for y in _YEAR_DIGITS_RE.findall(bq.text, start, min(stop, start + 400))]
    named = [int(y) for y in _YEAR_DIGITS_RE.findall(head)]
    return bool(named) and min(named) < max(years)


def _states_current(
    bq: BlockQuantities,
    lex: Lexicon,
    d: Quantity,
    figures: list[Quantity],
    after: list[Quantity],
) -> bool:
    """Does a sentence after the change state a figure of this period of the unit the
    change's current figure has (a new account begins)?"""
    units = {
        c.unit
        for c in figures
        if c.num_start < d.num_start and c.kind in ("count", "money", "measure", "percent")
    }
    if not after or not units:
        return bool(after)
    start, _ = bq.sentence_span(after[0].sentence)
    if _PRIOR_OPENING_RE.match(bq.text, start):
        return False
    return any(
        q.unit in units and not q.change and not per_or_change(lex, q) and not _is_base(bq, q)
        for q in after
    )


def _base_after(
    bq: BlockQuantities,
    lex: Lexicon,
    d: Quantity,
    direction: int,
    figures: list[Quantity],
    after: list[Quantity],
    *,
    near: bool = True,
    at: int | None = None,
) -> Relation | None:
    """「全年受理案件1,200件，同比增长20%。上年同期受理1,050件。」: a percentage change whose
    sentence states no base, against the figure of the same unit in the first clause of the
    next sentence when that sentence opens with last year (上年/去年/上一年度, or an earlier
    year than the text names before: 「2022年受理…」) and the same span of it (同期 / 全年).
    The current figure is the last one of that unit before the change; a base of another
    thing (违法建设案件 / 去年查处占道经营案件) is none. A sentence further on (``near``
    False, at most :data:`LOOK_AHEAD_SENTENCES`) must name the same thing (two characters
    in common). A reading across a full stop: never more than a warning."""
    if not after:
        return None
    start, stop = bq.sentence_span(after[0].sentence)
    if at is not None:
        start = at  # a later clause of the change's own sentence
    opening = _PRIOR_OPENING_RE.match(bq.text, start)
    if opening is None or _SINCE_RE.match(bq.text, opening.end()):
        return None  # (「2023年以来累计…」: a span up to now, no earlier period)
    if at is not None and (
        opening["year"] is None or _PART_SCOPE_RE.search(bq.text, opening.end(), stop)
    ):
        # in the change's own sentence 上年 is read as a base already (:func:`_is_base`); a
        # part of the earlier year (「上年调解的纠纷中婚姻家庭类610件」) is no base
        return None
    if opening["year"] is not None:
        # 「2022年受理…」 after a change: another period only when the text names a later
        # year before it (「2023年，全区…」) and the change names no other year
        named = _period(_change_clause(bq, d))
        if not (
            prior_year_marked(opening)
            or any(
                int(y) > int(opening["year"]) for y in _YEAR_IN_TEXT_RE.findall(bq.text, 0, d.start)
            )
        ) or named not in ("", "上年", f"{opening['year']}年"):
            return None
    # 「上年同期，全区受理投诉1,902件」: the period set off by a comma opens the clause after it
    begin = opening.end() + (1 if bq.text[opening.end() : opening.end() + 1] in "，," else 0)
    clause_end = _CLAUSE_END_RE.search(bq.text, begin, min(stop, begin + 60))
    end = clause_end.start() if clause_end else min(stop, begin + 60)
    clause = _change_clause(bq, d)
    for base in after:
        if base.num_start >= end or base.kind not in ("count", "money", "measure", "percent"):
            continue
        if base.kind == "percent":
            # 「纠错率为14.6%，较上年增长3.4%。上年纠错率为11.2%。」
            rates = [
                c
                for c in figures
                if c.num_start < d.num_start and c.kind == "percent" and not _is_base(bq, c)
            ]
            if d.kind not in ("percent", "points") or not rates:
                return None
            rate_name = _RATE_NAME_RE.search(_words_before(bq, base))
            if rate_name and common_substring(rate_name.group(0), _words_before(bq, rates[-1])) < 2:
                return None
            where = "下一句" if near else "后文"
            if d.kind == "points":
                return _points_after(d, direction, rates[-1], base, f"以{where}的{base.text}为基数")
            return _rate_reading(d, direction, rates[-1], base, f"以{where}的{base.text}为基数")
        if _other_span_of_year(clause, bq.text[start : base.start]) or per_or_change(lex, base):
            continue
        currents = [
            c
            for c in figures
            if c.num_start < d.num_start
            and c.kind == base.kind
            and (c.kind == "money" or _same_unit(c.unit, base.unit))
            and not c.change
            and not per_or_change(lex, c)
        ]
        if not currents or other_thing(currents[-1], base):
            continue  # 「去年查处占道经营案件300起」 after 违法建设案件: another thing
        if at is not None and base.verb and currents[-1].verb and base.verb != currents[-1].verb:
            continue  # 「受理…286件，同比增长16.0%，2023年办结…260件」: another measure
        own_start = bq.sentence_span(currents[-1].sentence)[0]
        if other_area(bq.text[own_start : currents[-1].num_start], bq.text[start : base.num_start]):
            continue  # 「本区…2,150件，同比增长9.4%。上年全市…6,870件」: another area's figure
        if not near and (
            common_substring(
                counted_thing(currents[-1]), _PERIOD_WORDS_RE.sub("", counted_thing(base))
            )
            < 2
        ):
            continue
        if opening["year"] is not None and currents[-1].value == base.value:
            return None  # the year's own figure restated
        if d.kind == "percent":
            rel = _relative(bq, lex, d, direction, [base, currents[-1]], (currents[-1], base))
        elif d.kind == base.kind and (d.kind == "money" or _same_unit(d.unit, base.unit)):
            rel = _absolute_pair(d, direction, currents[-1], base)
        else:
            return None
        return _as_warning(rel, f"（以{_where(at, near)}的{base.text}为基数）")
    return None


_CLAUSE_END_RE = re.compile("[，,；;。：:]")
_SINCE_RE = re.compile("以来|至今|起")

# a quarter or a month opening a clause or named before a figure (「三季度受理…」「四季度共…」)
_SPAN_RE = re.compile(
    r"第?(?P<q>[一二三四])季度|(?P<m>[0-9]{1,2}|[一二三四五六七八九十]{1,3})月份?"
)
_SPAN_ORDER = "一二三四五六七八九十"


def _span_index(m: re.Match[str]) -> tuple[str, int]:
    if m["q"]:
        return "q", _SPAN_ORDER.index(m["q"]) + 1
    n = m["m"]
    if n.isdigit():
        return "m", int(n)
    try:
        return "m", cn_to_int(n)
    except NumeralError:
        return "m", 0


def _span_before_after(
    bq: BlockQuantities,
    lex: Lexicon,
    d: Quantity,
    direction: int,
    plain: list[Quantity],
    sentence: list[Quantity],
) -> Relation | None:
    """「四季度共受理工单8642件，环比增长6.7%，三季度受理8215件」: a 环比 change whose sentence
    names a quarter or month before its current figure, against the figure of the clause right
    after it when that clause opens with the span just before (三季度 before 四季度, 5月 before
    6月) and counts with the same verb and unit. A link across clauses: never more than a
    warning."""
    if d.kind != "percent" or "环比" not in _change_clause(bq, d):
        return None
    at = _next_clause(bq, d)
    if at is None:
        return None
    other = _SPAN_RE.match(bq.text, at)
    start, _ = bq.sentence_span(d.sentence)
    currents = [
        c
        for c in plain
        if c.num_start < d.num_start and c.kind in ("count", "money", "measure") and not c.change
    ]
    if other is None or not currents:
        return None
    current = currents[-1]
    owns = list(_SPAN_RE.finditer(bq.text, start, current.num_start))
    if not owns:
        return None
    kind, n = _span_index(other)
    own_kind, own_n = _span_index(owns[-1])
    if kind != own_kind or n != own_n - 1:
        return None
    end = _CLAUSE_END_RE.search(bq.text, at)
    stop = end.start() if end else len(bq.text)
    bases = [q for q in sentence if at <= q.num_start < stop]
    if not bases:
        return None
    base = bases[0]
    if (
        base.kind != current.kind
        or (current.kind != "money" and not _same_unit(current.unit, base.unit))
        or per_or_change(lex, base)
        # (the base's verb among the current figure's words: 办理 of 办理不动产登记)
        or (bool(base.verb) and base.verb not in current.pre + current.verb)
    ):
        return None
    # the thing counted: the base's verb alone (「三季度受理8215件」) or the current's head
    thing = _SPAN_RE.sub("", _PERIOD_WORDS_RE.sub("", counted_thing(base)))
    if thing not in ("", base.verb) and len(common_suffix(counted_thing(current), thing)) < 2:
        return None
    rel = _relative(bq, lex, d, direction, [base, current], (current, base))
    return _as_warning(rel, f"（以{_where(at, True)}的{base.text}为基数）")


def _where(at: int | None, near: bool) -> str:
    return "后一分句" if at is not None else "下一句" if near else "后文"


def _next_clause(bq: BlockQuantities, d: Quantity) -> int | None:
    """Where the clause right after a change's own opens, after its comma (in its sentence);
    None when a semicolon or the sentence's end comes first: a new statement (「同比下降8.2%；
    2023年全年共受理…4108件」, last year's whole against this half-year) is no base."""
    _, stop = bq.sentence_span(d.sentence)
    end = _CLAUSE_END_RE.search(bq.text, d.end, stop)
    if end is None or end.group(0) not in "，,":
        return None
    return end.end()


# the words that name another period before what a figure of it counts
_PERIOD_WORDS_RE = re.compile(rf"(?:{_PRIOR}|同期|全年|共计|共|合计|累计)|(?:为|是|有|达)$")


def other_thing(current: Quantity, base: Quantity) -> bool:
    """Do two figures name different things by what sets them apart (「违法建设案件」 /
    「去年查处占道经营案件」: 建设 / 占道经营 share no character)? Figures whose words name
    nothing particular (「上年为1,420万元」) may be of anything."""
    a = counted_thing(current)
    b = _PERIOD_WORDS_RE.sub("", counted_thing(base))
    if base.verb and b.removesuffix("了") == base.verb:
        # 「上年办理60件」: the period and the verb only, the noun left out — the same thing
        # when the current figure is counted by that verb (上年办结 after 受理投诉 is another)
        # or names nothing itself (a level reached: 「达到615件」)
        return bool(a) and base.verb not in current.pre + current.verb
    if _other_rate(a, b):
        return True
    if same_thing(a, b):
        return False
    if a.endswith(_RATE_HEAD) and b.endswith(_RATE_HEAD):
        # two rates (出庭应诉率 / 山东省行政机关败诉率): a character shared by their names (诉,
        # 率) ties nothing; the words before the rate's name decided above
        return True
    x, y = distinguishing(a), distinguishing(b)
    return bool(x and y) and not set("".join(x)) & set("".join(y))


# the last character of a rate's name (结案率, 出庭应诉率)
_RATE_HEAD = "率"
# the longest common ending of two rates' words that is no more than the rate word itself:
# 败诉率 / 出庭应诉率 end alike in 诉率, 持证率 / 审核率 in 率 — other rates, whatever subject
# (全区行政机关) their words share; 一审败诉率 / 行政机关败诉率 share the rate's name 败诉率
_RATE_WORD_ENDING = 2


def _other_rate(a: str, b: str) -> bool:
    """Do two rates' words (each ending in 率, neither inside the other) end alike in no more
    than :data:`_RATE_WORD_ENDING` characters: rates of other names (败诉率 / 应诉率)?"""
    if not (a.endswith(_RATE_HEAD) and b.endswith(_RATE_HEAD)) or a in b or b in a:
        return False
    return len(common_suffix(a, b)) <= _RATE_WORD_ENDING


# how many sentences before a change are searched for the current figure it speaks of
LOOK_BACK_SENTENCES = 3


# a bracket that opens right after a figure and holds no figure before the one it restates
_BRACKET_NEXT_RE = re.compile(rf"\s*[（(](?:[^0-9０-９（()）]|{YEAR_ASCII}年)*$")


def _current_before(
    bq: BlockQuantities,
    lex: Lexicon,
    d: Quantity,
    direction: int,
    figures: list[Quantity],
    by_sentence: dict[int, list[Quantity]],
) -> Relation | None:
    """「全年受理行政复议申请320件。…听证12次。受理量较上年的250件增长20%。」「…退税金额同比
    增长18.5%（上年为3.12亿元）」: a percentage change with its base in its own sentence
    (before it, or in a bracket right after it) and no current figure there, against the latest
    figure of the base's unit in the :data:`LOOK_BACK_SENTENCES` sentences before whose
    words share two characters with what the change's clause names (受理量 ← 受理…申请).
    A link by words: never more than a warning."""
    bases = [
        b
        for b in figures
        if b.num_start < d.num_start
        and b.kind in ("count", "money", "measure")
        and _is_base(bq, b)
        and not per_or_change(lex, b)
    ]
    if not bases:
        # 「全年退税金额同比增长18.5%（上年为3.12亿元）」: the base in a bracket right after
        bases = [
            b
            for b in figures
            if b.num_start > d.num_start
            and b.kind in ("count", "money", "measure")
            and _BRACKET_NEXT_RE.match(bq.text, d.end, b.start) is not None
            and in_prior_bracket(bq, b)
            and not per_or_change(lex, b)
        ][:1]
    if len(bases) != 1 or any(
        c.num_start < d.num_start and c.kind == bases[0].kind and not _is_base(bq, c)
        for c in figures
    ):
        return None
    base = bases[0]
    named = None
    if base.num_start > d.num_start:
        # the bracket names only the period: what is compared is what the change's clause
        # names (「举报量同比增长5.8%」 ← 举报, not 投诉)
        named = _change_word_re(lex).sub("", _CHANGE_WORDS_RE.sub("", _change_clause(bq, d)))
        named = _PERIOD_WORDS_RE.sub("", named)
        if len(link_filler_re().sub("", named)) < 2:
            return None
    current = _earlier_current(bq, lex, base, d.sentence, by_sentence, named)
    if current is None:
        return None
    rel = _relative(bq, lex, d, direction, [base, current], (current, base))
    return _as_warning(rel, f"（以前文的{current.text}为本期数）")


def _earlier_current(
    bq: BlockQuantities,
    lex: Lexicon,
    base: Quantity,
    sentence: int,
    by_sentence: dict[int, list[Quantity]],
    named: str | None = None,
) -> Quantity | None:
    """The current figure of a change whose sentence states only its base: the latest figure
    of the base's unit in the :data:`LOOK_BACK_SENTENCES` sentences before whose words share
    two characters with what the base's clause names (受理量较上年的250件 ← 受理…申请320件),
    or, when the clause names nothing but the comparison (「较上年的1,000件增长近两成」), the
    last such figure of the sentence right before."""
    subject = link_filler_re().sub("", _own_clause(bq, base) if named is None else named)
    reach = LOOK_BACK_SENTENCES if len(subject) >= 2 else 1
    for k in range(1, reach + 1):
        earlier = [
            c
            for c in by_sentence.get(sentence - k, [])[-MAX_FIGURES:]
            if c.kind == base.kind
            and (c.kind == "money" or _same_unit(c.unit, base.unit))
            and not c.change
            and not per_or_change(lex, c)
            and not _is_base(bq, c)
            and (not subject or common_substring(subject, c.phrase + c.verb) >= 2)
        ]
        if earlier and subject:
            # 「办理公证5,210件，办理法律援助1,460件。公证办理量…」: the figure whose words
            # the clause shares most characters with (the latest of equals)
            return max(reversed(earlier), key=lambda c: len(set(subject) & set(c.phrase + c.noun)))
        if earlier:
            return earlier[-1]
    return None


_CN_NUMERAL = "[0-9一二两三四五六七八九十]+"

# 「得分93.4分，较上年提高2.6分（上年为91.2分）」: a number in 分 (points of a score) ends its
# words there (分 then punctuation, a comparison or 以上/左右), unlike 分钟, 分之, 分别, 分局
_SCORE_RE = re.compile(r"分(?=$|[^\u4e00-\u9fff]|较|比|的|以上|左右|提高|提升|下降|增加|减少)")


def _as_score(bq: BlockQuantities, q: Quantity) -> Quantity:
    """A bare Arabic number followed by 分 as a score (a measure in 分); else ``q``."""
    if not q.number[:1].isdigit() or not _SCORE_RE.match(bq.text, q.end):
        return q
    from ..quantities import _replace

    return _replace(q, kind="measure", unit="分", unit_text="分", end=q.end + 1)


@lru_cache(maxsize=4)
def _worded_re(lex: Lexicon) -> re.Pattern[str]:
    """A change stated in words (numbers.toml ``rates.change-words``): 「增长三成以上」
    「下降近三分之一」「增长一倍以上」「减少一半」."""
    table = lex.data["rates"]["change-words"]
    verbs = "|".join(sorted(lex.data["rates"]["change"], key=len, reverse=True))

    def alt(words: Any) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    return re.compile(
        rf"(?P<verb>{verbs})了?(?:(?P<fixed>{alt(table['fixed'])})(?![0-9一二两三四五六七八九十])"
        rf"|(?P<pre>{alt(table['before'])})?"
        rf"(?:(?P<den>{_CN_NUMERAL})分之(?P<frac>{_CN_NUMERAL})|(?P<num>{_CN_NUMERAL})(?P<unit>成|倍))"
        rf"(?P<post>{alt(table['after'])})?)"
    )


def _numeral(text: str) -> Decimal | None:
    from ..cn_numbers import NumeralError, cn_to_decimal

    try:
        return Decimal(text) if text.isdigit() else cn_to_decimal(text)
    except (NumeralError, ValueError, ArithmeticError):
        return None


def _worded_changes(
    lex: Lexicon, text: str, span: tuple[int, int]
) -> list[tuple[re.Match[str], tuple[Decimal, Decimal]]]:
    """Every change stated in words in a sentence, with the interval of the relative change
    it names (signed: a fall is negative). 「增长一倍」 without a qualifier is left to the
    ratio reading (:func:`_multiple_ratio`)."""
    table = lex.data["rates"]["change-words"]
    out = []
    for m in _worded_re(lex).finditer(text, *span):
        sign = Decimal(change_direction(m["verb"]))
        if m["fixed"]:
            low, high = (Decimal(str(x)) for x in table["fixed"][m["fixed"]])
        else:
            if m["unit"] == "倍" and not (m["pre"] or m["post"]):
                continue
            if m["den"]:
                den, frac = _numeral(m["den"]), _numeral(m["frac"])
                if not den or frac is None or frac >= den:
                    continue
                amount = frac / den
                step = amount * Decimal(str(table["steps"]["分之"]))
            else:
                value = _numeral(m["num"])
                if value is None or value <= 0:
                    continue
                step = Decimal(str(table["steps"][m["unit"]]))
                amount = value * step
                if m["unit"] == "成" and value >= 10:
                    continue  # 「十成」 is not said of a change
            shift = table["before"][m["pre"]] if m["pre"] else None
            shift = shift or (table["after"][m["post"]] if m["post"] else table["plain"])
            low = amount + Decimal(str(shift[0])) * step
            high = amount + Decimal(str(shift[1])) * step
        if sign < 0:
            if high > 1 or m["unit"] == "倍":
                continue  # 「下降一倍」 is not a fall that can be checked
            low, high = -high, -low
        out.append((m, (low, high)))
    return out


def _worded(
    bq: BlockQuantities,
    lex: Lexicon,
    m: re.Match[str],
    interval: tuple[Decimal, Decimal],
    figures: list[Quantity],
    by_sentence: dict[int, list[Quantity]],
) -> Relation | None:
    """A change stated in words (「较上年的1,000件增长三成以上」) against the base and the
    current figure of its sentence: consistent when any reading falls in the interval the
    words name (the figures' own rounding counted)."""
    pos = m.start()
    anchor = _anchor(bq, figures, pos)
    if anchor is None:
        return None
    # the period the words compare with is named in their own clause (较2021年增长三成)
    start, _ = bq.sentence_span(anchor.sentence)
    head = bq.text[max(start, pos - 16) : pos]
    clause = head[max(head.rfind(ch) for ch in "，,；;：:") + 1 :]
    own = _period(clause)
    pairs = [
        (c, b)
        for c, b in _pairs(bq, anchor, figures, ("count", "money", "measure", "time"))
        if c.num_start < pos
        and not b.change  # 「较上年增加179场，增长一倍以上」: 179 is the amount, no base
        and (b.num_start < pos or _restated_after(bq, c, b))
        and not (own and (p := _period(_own_clause(bq, b))) and p != own)
        and not _other_span_of_year(clause, _own_clause(bq, b))
    ]
    severity = Severity.ERROR
    if not pairs and own in ("", "上年") and _is_base(bq, anchor) and not anchor.change:
        # 「全年受理案件1,300件。较上年的1,000件增长近两成。」: the current figure before
        current = _earlier_current(bq, lex, anchor, anchor.sentence, by_sentence)
        if current is not None:
            pairs, severity = [(current, anchor)], Severity.WARNING
    if not pairs:
        return None
    low, high = interval
    readings = []
    for current, base in pairs:
        c_low, c_high = bounds(current)
        b_low, b_high = bounds(base)
        if b_low <= 0:
            return None
        r_low = min((c_low - b_high) / b_high, (c_low - b_low) / b_low)
        r_high = max((c_high - b_low) / b_low, (c_high - b_high) / b_high)
        if r_high >= low - WORDED_SLACK and r_low <= high + WORDED_SLACK:
            return _ok(anchor, current, base)
        actual = (current.value - base.value) / base.value * 100
        readings.append(
            f"（{current.number}－{base.number}）÷{base.number}＝{fmt(actual.quantize(Decimal('0.1')))}%"
        )
    words = m.group(0)
    shown_low, shown_high = (fmt((abs(x) * 100).quantize(Decimal("0.1"))) for x in interval)
    if interval[0] < 0:
        shown_low, shown_high = shown_high, shown_low
    return _n108(
        bq.block,
        m.span(),
        tuple(dict.fromkeys([*(span_of(x) for c, b in pairs for x in (b, c))])),
        (
            f"「{words}」意为{'增' if interval[0] >= 0 else '降'}幅约在{shown_low}%～{shown_high}%"
            "之间，与所比较的数字不符：" + "；".join(readings[:6])
        ),
        "核对本期数、基期数与增减幅度的表述",
        severity,
    )


def _worded_derived(
    bq: BlockQuantities,
    lex: Lexicon,
    m: re.Match[str],
    interval: tuple[Decimal, Decimal],
    figures: list[Quantity],
    by_sentence: dict[int, list[Quantity]],
    change_re: re.Pattern[str],
) -> Relation | None:
    """「共组织应急演练462场。演练场次较上年增加了179场，增长了一倍以上。」: a change in words
    after a stated amount of change and no base: the base is the current figure (before the
    amount in its sentence, or found by words in the sentences before, as
    :func:`_derived_before`) minus the amount, and the words must name the amount over it
    (179 ÷ 283 = 63%, not 一倍以上). Across a full stop: a warning."""
    amounts = [
        q
        for q in figures
        if q.num_start < m.start()
        and q.kind in ("count", "money", "measure")
        and (hit := change_re.search(_context(bq, q))) is not None
        and change_direction(hit.group(1)) * interval[0] >= 0
        and change_direction(hit.group(1)) * interval[1] >= 0
    ]
    if not amounts:
        return None
    n = amounts[-1]
    if any(q.num_start > n.end and q.num_start < m.start() for q in figures):
        return None  # another figure between the amount and the words
    direction = 1 if interval[1] > 0 else -1
    currents = [
        c
        for c in figures
        if c.num_start < n.num_start
        and c.kind == n.kind
        and (c.kind == "money" or _same_unit(c.unit, n.unit))
        and not c.change
        and not per_or_change(lex, c)
        and not _is_base(bq, c)
    ]
    severity = Severity.ERROR
    if currents:
        current = currents[-1]
    else:
        subject = subject_of(_own_clause(bq, n))
        if len(subject) < 2 or any(
            _is_base(bq, q) for q in figures if q.num_start < m.start() and not q.change
        ):
            return None
        found = _named_before(bq, lex, n, n.sentence, subject, by_sentence)
        if found is None:
            return None
        current, severity = found, Severity.WARNING
    c_low, c_high = bounds(current)
    n_low, n_high = bounds(n)
    b_low, b_high = c_low - direction * n_high, c_high - direction * n_low
    base = current.value - direction * n.value
    if b_low <= 0 or base <= 0:
        return None
    low, high = (abs(x) for x in interval)
    low, high = min(low, high), max(low, high)
    r_low, r_high = n_low / b_high, n_high / b_low
    if r_high >= low - WORDED_SLACK and r_low <= high + WORDED_SLACK:
        return _ok(n, current, n)
    actual = n.value / base * 100
    sign = "－" if direction > 0 else "＋"
    shown_low, shown_high = (fmt((x * 100).quantize(Decimal("0.1"))) for x in (low, high))
    message = (
        f"「{m.group(0)}」意为{'增' if direction > 0 else '降'}幅约在{shown_low}%～{shown_high}%"
        f"之间，与所列数字不符：基期{current.number}{sign}{n.number}＝{show(base, n)}，"
        f"{n.number}÷{_bare(base, n)}＝{fmt(actual.quantize(Decimal('0.1')))}%"
    )
    if severity is Severity.WARNING:
        message += f"（以前文的{current.text}为本期数）"
    return _n108(
        bq.block,
        m.span(),
        (span_of(current), span_of(n)),
        message,
        "核对本期数、增减数量与增减幅度的表述",
        severity,
    )


# a worded change is met within this much of its interval (a relative change, 0.005 = 0.5%)
WORDED_SLACK = Decimal("0.005")


def _listed_changes(
    bq: BlockQuantities, marked: list[tuple[Quantity, Any]]
) -> list[tuple[Quantity, Any]]:
    """「分别增长20%和12.6%」「分别下降19.4%、21.3%」: a figure joined by 和/、 to a change
    of its kind is a change by the same word."""
    out = list(marked)
    for i in range(1, len(out)):
        (prev, pm), (q, m) = out[i - 1], out[i]
        if (
            m is None
            and pm is not None
            and (
                (
                    q.kind == prev.kind
                    and q.kind in ("percent", "points")
                    and bq.text[prev.end : q.start].strip(" 　") in ("和", "、", "及", "与", "以及")
                )
                or _or_joined(bq, prev, q)
            )
        ):
            out[i] = (q, pm)
    return out


def _or_joined(bq: BlockQuantities, prev: Quantity, q: Quantity) -> bool:
    """「較上年增加4,199人或13.0%」: a percentage joined by 或 to an amount of change is the
    same change told relatively, by the amount's word (and paired with it, not a neighbour's
    word borrowed)."""
    return (
        q.kind == "percent"
        and prev.kind in ("count", "money", "measure")
        and bq.text[prev.end : q.start].strip(" 　，,") == "或"
    )


_TIMES_OF_RE = re.compile(r"的$")
_PRIOR_AFTER_RE = re.compile(rf"(?:{_PRIOR})[\u4e00-\u9fff]{{0,6}}?(?:为|是|有|达)$")
_DOUBLED_RE = re.compile(r"翻(?:了)?(?:一|两)?番")
# the clause right after a ratio that states the level reached (「翻了一番，达到80次」)
_LEVEL_NEXT_RE = re.compile(r"[，,]\s*(?:已|共|分别)?(?:达到|达|增至|增加到|增长到|上升到|升至)")
# the level a 由…到… reaches (「增加到今年的3120件」「提高到2024年的」)
_LEVEL_REACHED_RE = re.compile(rf"(?:到|至)(?:今年|本年|当年|{_YEAR})?的?$")
_PRIOR_CLAUSE_OPENS_RE = re.compile(rf"(?:{_PRIOR})(?:全年)?[\u4e00-\u9fff]{{0,10}}$")
# a ratio stated in words (翻番, 增长一倍) is met within this share of it: spoken round figures
RATIO_TOLERANCE = Decimal("0.05")


def _restated_after(
    bq: BlockQuantities, current: Quantity, base: Quantity, named: str = ""
) -> bool:
    """Is a base after a ratio or a worded change the other period restated: 「…为」
    (「增加了1.3倍，上年投入为165万元」), or a clause that opens with that period and names no
    other thing (「比上年增加了1.5倍，上年办理81件」「上年全年调解医疗纠纷156件」)? For a
    level reached (「达到372件」), which names nothing itself, the words of the change's clause
    (``named``) must share two characters with the base's (查处 / 上年仅查处)."""
    if _PRIOR_AFTER_RE.search(_context(bq, base)) is not None:
        return True
    clause = _own_clause(bq, base)
    if _PRIOR_CLAUSE_OPENS_RE.match(clause) is None:
        return False
    if named:
        return common_substring(named, _PERIOD_WORDS_RE.sub("", clause)) >= 2
    return not other_thing(current, base)


def _multiple_ratio(d: Quantity, word: str) -> tuple[Decimal, Quantity]:
    """增长/增加/提高 N倍 is N + 1 times the base (增长一倍 = doubled)."""
    return d.value + (1 if change_direction(word) > 0 else 0), d


def _ratio(
    bq: BlockQuantities,
    d: Quantity | None,
    stated: tuple[Decimal, Any],
    figures: list[Quantity],
) -> Relation | None:
    """A ratio in words (翻番 = 2, 增长一倍 = 2) against the stated base and current figure."""
    where = stated[1]
    pos = where.num_start if isinstance(where, Quantity) else where.start()
    anchor = d if d is not None else _anchor(bq, figures, pos)
    if anchor is None:
        # 「调解纠纷数量实现翻番，由上年的1860件增加到今年的3120件」: the two levels in the
        # 由…到… right after the ratio, in the same statement
        after = [f for f in figures if f.num_start > pos][:2]
        if (
            len(after) == 2
            and is_from_level(bq, after[0])
            and _LEVEL_REACHED_RE.search(_context(bq, after[1])) is not None
            and after[0].kind == after[1].kind
            and after[0].kind in ("count", "money", "measure")
            and (after[0].kind == "money" or _same_unit(after[0].unit, after[1].unit))
            # (nothing named between: 「窗口办件量由…减少到…」 is another thing's pair)
            and not isinstance(where, Quantity)
            and _FROM_NEXT_RE.fullmatch(bq.text, where.end(), after[0].num_start) is not None
        ):
            return _ratio_pair(bq, d, stated, [(after[1], after[0])], after[1])
        # 「较上年翻了一番，达到80次（上年为48次）」: nothing before the ratio; the level it
        # reaches opens the next clause, the other period restated in a bracket right after it
        if (
            len(after) == 2
            and not isinstance(where, Quantity)
            and _LEVEL_NEXT_RE.fullmatch(bq.text, where.end(), after[0].start) is not None
            and _BRACKET_NEXT_RE.match(bq.text, after[0].end, after[1].start) is not None
            and _PRIOR_AFTER_RE.search(_context(bq, after[1])) is not None
            and after[0].kind == after[1].kind
            and after[0].kind in ("count", "money", "measure")
            and (after[0].kind == "money" or _same_unit(after[0].unit, after[1].unit))
        ):
            return _ratio_pair(bq, d, stated, [(after[0], after[1])], after[0])
        return None
    pairs = _pairs(bq, anchor, [f for f in figures if f is not d], ("count", "money", "measure"))
    # the current figure comes before the change; the base before it too, or after it in a
    # clause restating the other period (「增加了1.3倍，上年投入为165万元」)
    pairs = [
        (c, b)
        for c, b in pairs
        if (c.num_start < pos and (b.num_start < pos or _restated_after(bq, c, b)))
        # 「较上年翻了一番，达到80次（上年为48次）」: the level reached after the change, its
        # base in a bracket right after it
        or (
            c.num_start > pos
            and _TO_RE.search(_context(bq, c)) is not None
            and (
                _BRACKET_NEXT_RE.match(bq.text, c.end, b.start) is not None
                # 「上年开展法治讲座30场，今年增长一倍，达到45场」: the base stated before
                or (b.num_start < pos and not _names_other(_clause_before(bq, pos), b))
                # 「是上年的3倍，达到372件，上年仅查处136件」: the other period restated in
                # the clause after the level reached
                or (
                    b.num_start > c.num_start
                    and _restated_after(bq, c, b, _clause_before(bq, pos) or "-")
                )
            )
        )
    ]
    if not pairs:
        return None
    return _ratio_pair(bq, d, stated, pairs, anchor)


# 「翻了一番多」「两倍多」「两倍以上」: more than the stated times
_MORE_AFTER_RE = re.compile(r"(?:多|余|有余|以上)")


def _ratio_pair(
    bq: BlockQuantities,
    d: Quantity | None,
    stated: tuple[Decimal, Any],
    pairs: list[tuple[Quantity, Quantity]],
    anchor: Quantity,
) -> Relation | None:
    """The ratio against each (current, base) reading: consistent when one fits (「翻了一番多」
    「两倍多」: any ratio from the stated one up to the next whole time fits)."""
    ratio, where = stated
    end = where.end if isinstance(where, Quantity) else where.end()
    more = _MORE_AFTER_RE.match(bq.text, end) is not None
    readings = []
    for current, base in pairs:
        if base.value <= 0:
            return None
        actual = current.value / base.value
        if abs(actual - ratio) <= ratio * RATIO_TOLERANCE or (more and ratio <= actual < ratio + 1):
            return _ok(anchor, current, base)
        readings.append(
            f"{current.number}÷{base.number}＝{fmt(actual.quantize(Decimal('0.01')))}倍"
        )
    words = where.group(0) if not isinstance(where, Quantity) else f"增长{where.text}"
    current, base = pairs[0]
    span = (where.num_start, where.end) if isinstance(where, Quantity) else where.span()
    return _n108(
        bq.block,
        span,
        tuple(dict.fromkeys(span_of(x) for c, b in pairs for x in (b, c))),
        (
            f"「{words}」意为{fmt(ratio)}倍，与所比较的数字不符："
            if not (d is not None and _TIMES_OF_RE.search(_context(bq, d)))
            else f"所说的{d.text}与所比较的数字不符："
        )
        + "；".join(readings[:6]),
        "核对本期数、基期数与增减倍数",
        Severity.ERROR,
    )


def _ratio_after(
    bq: BlockQuantities,
    lex: Lexicon,
    pos: int,
    d: Quantity | None,
    stated: tuple[Decimal, Any],
    figures: list[Quantity],
    after: list[Quantity],
) -> Relation | None:
    """「全年开展法治讲座45场，比上年增长一倍。上年开展法治讲座30场。」: a ratio whose sentence
    states no base, against the figure of the first clause of the next sentence when that
    sentence opens with last year, of the unit and the thing (two characters in common) of the
    last figure before the ratio. A reading across a full stop: a warning at most."""
    if not after:
        return None
    start, stop = bq.sentence_span(after[0].sentence)
    opening = _PRIOR_OPENING_RE.match(bq.text, start)
    if opening is None or opening["year"] is not None:
        return None
    currents = [
        c
        for c in figures
        if c.num_start < pos
        and c.kind in ("count", "money", "measure")
        and not c.change
        and not per_or_change(lex, c)
        and not _is_base(bq, c)
    ]
    if not currents:
        return None
    current = currents[-1]
    clause_end = _CLAUSE_END_RE.search(bq.text, opening.end() + 1, stop)
    end = clause_end.start() if clause_end else stop
    base = next(
        (
            b
            for b in after
            if b.num_start < end
            and b.kind == current.kind
            and (b.kind == "money" or _same_unit(b.unit, current.unit))
        ),
        None,
    )
    if base is None or per_or_change(lex, base) or other_thing(current, base):
        return None
    # (the thing named again, two characters in a row: 法治讲座 / 上年开展法治讲座)
    thing = _PERIOD_WORDS_RE.sub("", counted_thing(base))
    if common_substring(counted_thing(current), thing) < 2:
        return None
    rel = _ratio_pair(bq, d, stated, [(current, base)], current)
    if rel is None or rel.verdict is not Verdict.CONTRADICTION:
        return rel
    return replace(
        rel, severity=Severity.WARNING, message=rel.message + f"（以下一句的{base.text}为基数）"
    )


def _anchor(bq: BlockQuantities, figures: list[Quantity], pos: int) -> Quantity | None:
    before = [f for f in figures if f.num_start < pos]
    return before[-1] if before else None


def _absolute(
    bq: BlockQuantities, d: Quantity, direction: int, figures: list[Quantity]
) -> Relation | None:
    """「较上年的117件增加64件」: a change in units against current − base."""
    pairs = [
        (c, b)
        for c, b in _pairs(bq, d, figures, (d.kind,))
        if c.kind == d.kind
        and (c.unit == d.unit or d.kind == "money" or _same_unit(c.unit, d.unit, b.unit))
    ]
    if not pairs:
        return None
    pairs += _wholes_of_parts(bq, d, pairs)
    readings = []
    for current, base in pairs:
        low, high = _difference_bounds(current, base)
        d_low, d_high = bounds(d)
        if direction > 0 and high >= d_low and low <= d_high:
            return _ok(d, current, base)
        if direction < 0 and -low >= d_low and -high <= d_high:
            return _ok(d, current, base)
        diff = current.value - base.value
        readings.append(f"{current.number}－{base.number}＝{show(diff, d)}")
    word = "增加" if direction > 0 else "减少"
    return _mismatch(
        d,
        tuple(dict.fromkeys([span_of(d)] + [span_of(x) for c, b in pairs for x in (b, c)])),
        f"{word}{d.text}与所比较的两个数字之差不符：" + "；".join(readings[:6]),
        "核对本期数、基期数与增减数量",
    )


_AMONG_OPENS_RE = re.compile(r"[ 　]*其中")


def _wholes_of_parts(
    bq: BlockQuantities, d: Quantity, pairs: list[tuple[Quantity, Quantity]]
) -> list[tuple[Quantity, Quantity]]:
    """「共受理群众来电4069件。其中，政务咨询类2665件、…，总来电数相较1月份的6004件减少了
    1935件。」: a sentence opened by 其中 lists the parts of a figure of the sentence before; a
    change in it may speak of that whole (4069), one more current figure for each base
    (session 22). Only figures of this period, in the base's unit."""
    start = bq.sentence_span(d.sentence)[0]
    if d.sentence == 0 or not _AMONG_OPENS_RE.match(bq.text, start):
        return []
    bases = list(dict.fromkeys(id(b) for _, b in pairs))
    by_id = {id(b): b for _, b in pairs}
    wholes = [
        q
        for q in bq.quantities
        if q.sentence == d.sentence - 1
        and not q.change
        and q.kind == d.kind
        and (q.unit == d.unit or _same_unit(q.unit, d.unit))
        and not _is_base(bq, q)
    ]
    return [(w, by_id[b]) for w in wholes for b in bases]


def _absolute_pair(d: Quantity, direction: int, current: Quantity, base: Quantity) -> Relation:
    """A change in units against the one pair it is read with (current − base)."""
    low, high = _difference_bounds(current, base)
    d_low, d_high = bounds(d)
    if (direction > 0 and high >= d_low and low <= d_high) or (
        direction < 0 and -low >= d_low and -high <= d_high
    ):
        return _ok(d, current, base)
    diff = current.value - base.value
    shown = (
        f"实为{'增加' if diff > 0 else '减少'}，" if diff and (diff > 0) != (direction > 0) else ""
    )
    return _mismatch(
        d,
        (span_of(d), span_of(base), span_of(current)),
        f"{'增加' if direction > 0 else '减少'}{d.text}与所比较的两个数字之差不符：{shown}"
        + (
            f"{current.number}－{base.number}＝{show(diff, d)}"
            if diff >= 0
            else f"{base.number}－{current.number}＝{show(-diff, d)}"
        ),
        "核对本期数、基期数与增减数量",
    )


def _same_unit(*units: str) -> bool:
    """Units of one measure: equal, 日/天, or words of one group of numbers.toml ``units.same``
    that count one thing alike (12场 = 12场次, 120名 = 120人: :meth:`Lexicon.same_units`)."""
    kinds = {_SAME_UNIT.get(u, u) for u in units}
    if len(kinds) == 1:
        return True
    lex = load_lexicon()
    first, *rest = kinds
    return all(lex.same_units(first, u) for u in rest)


def _derived(
    bq: BlockQuantities,
    d: Quantity,
    direction: int,
    figures: list[Quantity],
    amounts: list[tuple[Quantity, re.Match[str]]],
    after: bool = False,
    ordered: bool = True,
) -> Relation | None:
    """「发生数为87件，较上年减少19件，下降21.8%」: the base is the current figure minus the
    stated change (87 + 19 = 106), the percentage the change over that base. A fall of 100%
    says the measure is now zero: any stated decrease over itself is 100%, and a non-zero
    figure read as its current would be another measure's (「死亡6人，…受伤人数减少2人，下降
    100%」: no one injured this year) — no reading.

    ``after`` (session 24): the amount stated after the percentage (「完成372037万元，较上年同期
    增长9.96%，增支32770万元」「受理50101件，同比增长34.11%，…，增加12077件」), the triple in
    the other order: the first amount of change after the percentage (:func:`_amount_after`),
    the current figure before the percentage.

    Not ``ordered`` (session 27b): the current figure stands in another paragraph
    (:func:`derived_across`), its offsets of another text."""
    low_d, high_d = bounds(d)
    if direction < 0 and low_d <= 100 <= high_d:
        return None
    readings = []
    pairs = []
    for n, m in amounts:
        if _signed(m) != direction:
            continue
        cut = -1
        if after:
            if not _amount_after(bq, n, d, figures):
                continue
            # the current figure is of the percentage's own statement: after the last
            # semicolon before it (「…增加12077件；结案45728件，同比增长36.18%，增加12958件」)
            cut = max(bq.text.rfind(ch, 0, d.num_start) for ch in "；;")
        elif ordered and (
            n.num_start > d.num_start
            or _restated_between(bq, n, d, figures)
            or _own_percent_between(bq, n, d)
            or _own_level_between(bq, n, d, figures)
        ):
            continue
        for current in figures:
            if ordered and current.num_start > min(n.num_start, d.num_start):
                continue
            if (
                current.unit != n.unit
                and (n.unit or current.kind != "count")
                and not _bracketed_unit(bq, n, current.unit)
            ):
                continue
            if ordered and current.num_start < cut:
                continue
            if current.kind != n.kind:
                continue
            # 「较上年的2358件增加402件，增长17%」: a figure stated as the prior is the base
            # itself, not this period's level
            # (a figure of another paragraph was asked in its own: :func:`_may_be_current`)
            prior = ordered and _is_base(bq, current)
            base_value = current.value if prior else current.value - direction * n.value
            if base_value <= 0:
                continue
            pairs.append((current, n))
            change = n.value / base_value * 100
            c_low, c_high = bounds(current)
            n_low, n_high = bounds(n)
            if prior:
                low = n_low / c_high * 100
                high = n_high / max(c_low, Decimal("0.001")) * 100
            else:
                low = (
                    n_low / (c_high - direction * n_low) * 100
                    if direction > 0
                    else n_low / (c_high + n_high) * 100
                )
                high = n_high / max(c_low - direction * n_high, Decimal("0.001")) * 100
            if _fits(min(low, high), max(low, high), d, 1):
                return _ok(d, current, n)
            sign = "－" if direction > 0 else "＋"
            said = "" if prior else f"{current.number}{sign}{n.number}＝"
            readings.append(
                f"基期{said}{show(base_value, n)}，"
                f"{n.number}÷{_bare(base_value, n)}＝{_pct(change, d)}%"
            )
    if not readings:
        return None
    word = "增长" if direction > 0 else "下降"
    return _mismatch(
        d,
        tuple(dict.fromkeys([span_of(d)] + [span_of(x) for c, n in pairs for x in (c, n)])),
        f"{word}{d.text}与所列数字不符：" + "；".join(readings[:6]),
        "核对本期数、增减数量与增减幅度",
    )


# a measure word in a bracket right after a unit, read with it (「减少89件(次)」: 件次)
_UNIT_BRACKET_RE = re.compile(r"[（(]([\u4e00-\u9fff]{1,2})[）)]")


def _bracketed_unit(bq: BlockQuantities, n: Quantity, unit: str) -> bool:
    """Is ``n``'s unit with the measure word in the bracket right after it ``unit`` (「同比减少
    89件(次)」 after 「195件次」: the amount counts what the figure counts)?"""
    if not n.unit or bq.text[n.end : n.end + 1] not in ("(", "（"):
        return False
    m = _UNIT_BRACKET_RE.match(bq.text, n.end)
    return m is not None and n.unit + m.group(1) == unit


_OWN_COMPARISON_RE = re.compile("较|比|相比|相较|与")


def _amount_after(bq: BlockQuantities, n: Quantity, d: Quantity, figures: list[Quantity]) -> bool:
    """Is a stated difference ``n`` after the percentage ``d`` that percentage's amount: in the
    same statement (no semicolon or full stop between) with no figure of its unit between
    them (「…增长10%，办结90件，增加9件」: the 9 is the 90's)?"""
    if n.num_start <= d.num_start or n.sentence != d.sentence:
        return False
    between = bq.text[d.end : n.num_start]
    if "；" in between or ";" in between:
        return False
    # the amount's own clause makes no comparison but the percentage's (「同比下降2.60%，同比减少
    # 7件」): 「比法定时限压缩78.3%，比上年进一步压缩0.8个工作日」 sets the 0.8 against last
    # year, the 78.3% against the legal limit
    clause = between[max(between.rfind(ch) for ch in "，,") + 1 :]
    if _OWN_COMPARISON_RE.search(clause):
        own = _context(bq, d)
        own = own[max(own.rfind(ch) for ch in "，,") + 1 :]
        if not _comparison(clause) or _comparison(clause) != _comparison(own):
            return False
    return not any(
        d.num_start < q.num_start < n.num_start and q.unit == n.unit and q is not n for q in figures
    )


def _restated_between(
    bq: BlockQuantities, n: Quantity, d: Quantity, figures: list[Quantity]
) -> bool:
    """Does a new statement stand between a stated difference and a percentage change: a
    clause after a semicolon whose own figure of the difference's unit comes before the
    percentage (「较上年的28件增加13件；普通程序案件91件，同比增长33.8%」)? The percentage is
    that figure's change, whose prior is unsaid, not the difference's."""
    cut = bq.text.find("；", n.end, d.num_start)
    if cut < 0:
        cut = bq.text.find(";", n.end, d.num_start)
    return cut >= 0 and any(cut < q.num_start < d.num_start and q.unit == n.unit for q in figures)


# a stated difference followed at once by its own percentage (「减少6起，下降33.3%」): the
# comma, a comparison word maybe, the change word, the percentage
_OWN_PERCENT_AFTER_RE = re.compile(
    r"[，,][ 　]*(?:同比|环比|较上年同期|比上年同期|较上年|比上年)?"
    r"(?:增长|增加|下降|减少|提高|提升|降低|上升|回落)了?[0-9０-９.．]+(?:%|％)"
)


def _own_percent_between(bq: BlockQuantities, n: Quantity, d: Quantity) -> bool:
    """Is the stated difference ``n`` followed at once by a percentage of its own (「较上年的18起
    减少6起，下降33.3%，死亡人数同比下降25.0%」) before the change ``d``, whose clause names
    a thing of its own (死亡人数)? Each difference has its percentage: the later change speaks
    of figures the text does not give — as :func:`_pairs` reads a base with its own change
    (blind45 ZH47)."""
    m = _OWN_PERCENT_AFTER_RE.match(bq.text, n.end)
    return m is not None and m.end() <= d.num_start and len(subject_of(_change_clause(bq, d))) >= 2


def _own_level_between(
    bq: BlockQuantities, n: Quantity, d: Quantity, figures: list[Quantity]
) -> bool:
    """Does a level of another unit stand between the stated difference ``n`` and the
    percentage ``d``, the last figure before it in its statement (「企业为22.9万家，较上年同期
    增加3.2万家，提交发明专利申请40.4万件，同比增长12%」)? The percentage speaks of that level,
    whose prior is unsaid, not of the difference of another measure (own26 QZC055)."""
    last = None
    for q in figures:
        if q.end > d.num_start:
            break
        if q.num_start > n.end:
            last = q
    return (
        last is not None
        and not last.change
        and last.kind in ("count", "money", "measure")
        and last.depth == d.depth
        and last.unit != n.unit
        and not _same_unit(last.unit, n.unit)
        and not _ACCOUNT_END_RE.search(bq.text, last.end, d.num_start)
    )


# a sentence that opens with the period compared with and no subject: 「比上年同期增加1,491件」
_OPENS_COMPARED_RE = re.compile(r"\s*(?:与|比|较|同比|相比|相较|比较)" + LAST_YEAR + r"?(?:同期)?")


def _derived_previous(
    bq: BlockQuantities,
    lex: Lexicon,
    d: Quantity,
    direction: int,
    figures: list[Quantity],
    by_sentence: dict[int, list[Quantity]],
    change_re: re.Pattern[str],
) -> Relation | None:
    """「全区共有行政执法人员1,260名，较上年增加60名。执法人员数量同比增长5.5%。」: a percentage
    change whose sentence states no figure before it, after a sentence that ends with a
    figure of this period and its stated change (the last two figures of that sentence): the
    base is the figure less the change (60 ÷ 1,200 = 5.0%). The change's clause must name
    what the figure counts (two characters in common) or nothing. A warning.

    Also 「共受理工单6,455件。比上年同期增加1,491件，同比增长率为28.18%。」: a sentence that
    opens with the comparison and its stated change continues the figure that ends the
    sentence before, when the words between the comparison and its change name nothing or
    what that figure counts (「与上年同比，受案增加167件」 after 「结案894件」 is another
    thing)."""
    if d.sentence == 0:
        return None
    before = [q for q in figures if q is not d and q.num_start < d.num_start]
    earlier = [
        q
        for q in by_sentence.get(d.sentence - 1, [])[-MAX_FIGURES:]
        if q.kind in ("count", "money", "measure")
    ]
    subject = subject_of(_change_clause(bq, d))
    if before:
        # what the opening names between the comparison and its change: nothing, or the
        # thing the figure before counts (「与2023年度相比，收入支出总计减少56.95万元」)
        start, _ = bq.sentence_span(d.sentence)
        opening = _OPENS_COMPARED_RE.match(bq.text, start)
        if len(before) != 1 or not earlier or opening is None:
            return None
        earlier = [earlier[-1], before[0]]
        lead = bq.text[opening.end() : before[0].num_start]
        # 「较2020年度决算数减少17.40万元」: the words a preposition 较/比 governs up to the
        # change, with no comma between, are what is compared with (the base's own name), not
        # a subject; after 与…相比， or a comma the subject follows
        governed = bq.text[opening.start() : opening.end()].strip()[:1] in "较比" and not any(
            ch in lead for ch in "，,"
        )
        subject = "" if governed else subject_of(lead)
    if len(earlier) < 2:
        return None
    current, n = earlier[-2], earlier[-1]
    m = change_re.search(_context(bq, n))
    if (
        m is None
        or _signed(m) != direction
        or current.change
        or change_re.search(_context(bq, current))
        or _is_base(bq, current)
        or per_or_change(lex, current)
        or current.kind != n.kind
        or (current.kind != "money" and not _same_unit(current.unit, n.unit))
    ):
        return None
    if (
        len(subject) >= 2
        and common_substring(subject, current.phrase + current.verb + current.noun) < 2
    ):
        return None
    rel = _derived(bq, d, direction, [current], [(n, m)])
    return _as_warning(rel, f"（以上一句的{current.text}与{n.text}为准）")


def _bare(value: Decimal, like: Quantity) -> str:
    """A value in the magnitude of ``like`` without its unit (700万元 -> 700万)."""
    shown = show(value, like)
    unit = like.unit_text
    return shown[: -len(unit)] if unit and shown.endswith(unit) else shown


def _derived_before(
    bq: BlockQuantities,
    lex: Lexicon,
    d: Quantity,
    direction: int,
    figures: list[Quantity],
    amounts: list[tuple[Quantity, re.Match[str]]],
    by_sentence: dict[int, list[Quantity]],
) -> Relation | None:
    """「截至年底全区登记的社会组织共有486家。社会组织总数较上年末净增16家，增长4.3%。」: a
    change of a stated amount and a percentage whose sentence states no current figure of
    the amount's unit, against the latest figure of that unit in the
    :data:`LOOK_BACK_SENTENCES` sentences before whose words share two characters with what
    the amount's clause names (社会组织总数 ← 社会组织共有); the base is that figure minus
    the amount. A link by words: never more than a warning."""
    own = [(n, m) for n, m in amounts if n.num_start < d.num_start]
    if len(own) > 1:
        # 「事故起数减少167起，下降3.6%；死亡人数减少117人，下降12.3%」: the percentage's own
        # clause (after the last semicolon before it) states its amount
        cut = max(bq.text.rfind(ch, own[0][0].end, d.num_start) for ch in "；;")
        own = [(n, m) for n, m in own if n.num_start > cut] if cut >= 0 else own
    if len(own) != 1:
        return None
    n, m = own[0]
    if _signed(m) != direction or any(
        c.num_start < n.num_start and c.kind == n.kind and not _is_base(bq, c) for c in figures
    ):
        return None
    subject = _governed_subject(bq, n)
    if len(subject) < 2:
        # 「比去年同期增加433件，举报量增长12%」: the percentage's clause names what changed
        subject = subject_of(_change_clause(bq, d))
    if len(subject) < 2:
        return None
    currents = _named_before_all(bq, lex, n, d.sentence, subject, by_sentence)
    if not currents:
        return None
    # every figure the words name equally well is a reading: one that fits is enough
    # (「年初预算为22.00万元，支出决算为8.77万元」 before 「决算数比上年减少0.28万元」)
    for current in currents[1:]:
        rel = _derived(bq, d, direction, [current], [(n, m)])
        if rel is not None and rel.verdict is not Verdict.CONTRADICTION:
            return rel
    current = currents[0]
    rel = _derived(bq, d, direction, [current], [(n, m)])
    return _as_warning(rel, f"（以前文的{current.text}为本期数）")


def amount_figures(bq: BlockQuantities) -> dict[int, list[Quantity]]:
    """A paragraph's figures by sentence as the change readings take them: not quoted, no
    bare number but an amount of change printed in 万/亿 (「新增7.68万」, a count of the unit
    its current figure counts)."""
    cached: dict[int, list[Quantity]] | None = bq.__dict__.get("_amount_figures")
    if cached is None:
        cached = {}
        for q in bq.quantities:
            if q.kind == "bare" and q.change and q.magnitude > 1:
                q = replace(q, kind="count")
            if not q.quoted and q.kind != "bare":
                cached.setdefault(q.sentence, []).append(q)
        bq.__dict__["_amount_figures"] = cached
    return cached


def derived_across(
    bq: BlockQuantities,
    lex: Lexicon,
    d: Quantity,
    direction: int,
    recent: Sequence[BlockQuantities],
) -> Relation | None:
    """「截至2022年底，全国共有执业律师65.16万多人。」 ¶ 「…执业律师人数比上一年度新增7.68万，涨
    幅超13%。」: a percentage change after its stated amount, whose paragraph states no figure
    of the amount's kind before it (so no reading of the paragraph judged it), against the
    latest figure of the paragraphs before (``recent``, latest first) that the amount's clause
    names (two characters in common, :func:`_may_be_current`); the base is that figure less
    the amount. A link by words across paragraphs: a warning."""
    figures = amount_figures(bq)
    change_re = _change_word_re(lex)
    own = [
        (n, m)
        for n in figures.get(d.sentence, [])
        if n.change and n.kind in ("count", "money", "measure") and n.num_start < d.num_start
        for m in [change_re.search(_context(bq, n))]
        if m is not None
    ]
    if len(own) != 1 or _signed(own[0][1]) != direction:
        return None
    n, m = own[0]
    # the paragraph states its own figure of the amount's kind: its own readings judge it
    if any(
        q.kind == n.kind and q is not n and q.num_start < d.num_start
        for k in range(d.sentence + 1)
        for q in figures.get(k, [])
    ):
        return None
    subject = _governed_subject(bq, n)
    if len(subject) < 2:
        return None
    for other in reversed(recent):
        named = amount_figures(other)
        candidates = [
            c
            for k in sorted(named, reverse=True)[:LOOK_BACK_SENTENCES]
            for c in named[k][-MAX_FIGURES:]
            if c.value > 0 and _may_be_current(other, lex, n, c, subject)
        ]
        if not candidates:
            continue
        best = max(candidates, key=lambda c: len(set(subject) & set(c.phrase + c.noun)))
        readings = [best, *[c for c in candidates if c is not best]]
        for current in readings[1:]:
            rel = _derived(bq, d, direction, [current], [(n, m)], ordered=False)
            if rel is not None and rel.verdict is not Verdict.CONTRADICTION:
                return rel
        rel = _derived(bq, d, direction, [best], [(n, m)], ordered=False)
        if rel is not None:  # (none when every base would be below zero: read further back)
            return _as_warning(rel, f"（以前段的{best.text}为本期数）")
    return None


# a comparison governed by 较/比 (「较2020年度决算数减少」「比上年同期增加」): the words it
# governs, up to the change, name what is compared with
_COMPARE_WORD_RE = re.compile(r"(?<![比相对])(?:较|比)(?!例|重|率|较|对)")
_GOVERNED_RE = re.compile(rf"{_COMPARE_WORD_RE.pattern}[^，,；;。]*$")


def _governed_subject(bq: BlockQuantities, n: Quantity) -> str:
    """What a stated change amount's clause names as its subject: the words before a 较/比
    that governs the comparison (「死亡人数较上年减少117人」 -> 死亡人数; 「较年初预算数减少
    6.3万元」 names no subject of its own). A clause that opens with the comparison continues
    the subject of the sentence's first clause (「“三公”经费较上年决算数减少0.03万元，…；较
    年初预算数减少6.3万元」)."""
    clause = _own_clause(bq, n)
    governed = _GOVERNED_RE.search(clause)
    if governed is None:
        return subject_of(clause)
    subject = subject_of(clause[: governed.start()])
    if len(subject) >= 2 or governed.start() > 0:
        return subject
    start, _ = bq.sentence_span(n.sentence)
    first = _COMPARE_WORD_RE.search(bq.text, start, n.num_start)
    if first is None or first.start() >= n.num_start - len(clause):
        return ""
    return subject_of(clause_tail(bq.text, "，,；;：:", start, first.start()))


def subject_of(clause: str) -> str:
    """What a change's clause names, without its change, period, comparison and link words
    (「社会组织总数较上年末净增16家」 -> 社会组织总数)."""
    subject = _PERIOD_WORDS_RE.sub("", _CHANGE_WORDS_RE.sub("", clause))
    return link_filler_re().sub("", _COMPARE_LEAD_RE.sub("", subject))


def _named_before(
    bq: BlockQuantities,
    lex: Lexicon,
    n: Quantity,
    sentence: int,
    subject: str,
    by_sentence: dict[int, list[Quantity]],
    positive: bool = False,
) -> Quantity | None:
    """The current figure of a change amount ``n`` stated in the :data:`LOOK_BACK_SENTENCES`
    sentences before ``sentence``: of ``n``'s kind and unit, no change, base or average, its
    words sharing two characters with ``subject`` (the most characters wins, the latest on a
    tie); with ``positive``, above zero."""
    for k in range(1, LOOK_BACK_SENTENCES + 1):
        earlier = [
            c
            for c in by_sentence.get(sentence - k, [])[-MAX_FIGURES:]
            if _may_be_current(bq, lex, n, c, subject) and (c.value > 0 or not positive)
        ]
        if earlier:
            return max(reversed(earlier), key=lambda c: len(set(subject) & set(c.phrase + c.noun)))
    return None


def _named_before_all(
    bq: BlockQuantities,
    lex: Lexicon,
    n: Quantity,
    sentence: int,
    subject: str,
    by_sentence: dict[int, list[Quantity]],
) -> list[Quantity]:
    """:func:`_named_before` (positive), then the other figures of its sentence its words
    name as well (two characters in common with ``subject``): every reading of the current
    figure."""
    best = _named_before(bq, lex, n, sentence, subject, by_sentence, positive=True)
    if best is None:
        return []
    others = [
        c
        for c in by_sentence.get(best.sentence, [])[-MAX_FIGURES:]
        if c is not best and _may_be_current(bq, lex, n, c, subject) and c.value > 0
    ]
    return [best, *others]


def _may_be_current(
    bq: BlockQuantities, lex: Lexicon, n: Quantity, c: Quantity, subject: str
) -> bool:
    """May ``c`` be the current figure of the change amount ``n``: of its kind and unit, no
    change, base or average itself, its words sharing two characters with ``subject``?"""
    return (
        c.kind == n.kind
        and (c.kind == "money" or not n.unit or _same_unit(c.unit, n.unit))
        and not c.change
        and not per_or_change(lex, c)
        and not _is_base(bq, c)
        and common_substring(subject, c.phrase + c.verb + c.noun) >= 2
    )


# a word that names this period (the figures after it in a sentence opening with last year
# are not last year's)
_THIS_PERIOD_RE = re.compile(rf"今年|本年|当年|{YEAR_ASCII}年")


def _prior_pair(
    bq: BlockQuantities,
    lex: Lexicon,
    pos: int,
    sentence: int,
    clause: str,
    figures: list[Quantity],
    by_sentence: dict[int, list[Quantity]],
    kinds: tuple[str, ...] = ("count", "money", "measure"),
) -> tuple[Quantity, Quantity] | None:
    """The (current, base) pair of a change at ``pos`` whose sentence states its current
    figure (the last one of ``kinds`` before it) and no base, the base being a figure of the
    period compared with stated in one of the :data:`LOOK_BACK_SENTENCES` sentences before
    that opens with that period (上年/去年/上一年度, or a year earlier than one the text names
    later, or marked as the period compared with, :func:`prior_year_marked`) and counts the
    same thing (two characters in a row in common and nothing that sets them apart,
    :func:`other_thing`), before any word of this period in its sentence; the only such one."""
    if sentence == 0 or any(_is_base(bq, q) for q in figures if q.kind in kinds and not q.change):
        return None
    currents = [
        c
        for c in figures
        if c.num_start < pos and c.kind in kinds and not c.change and not per_or_change(lex, c)
    ]
    if not currents:
        return None
    current = currents[-1]
    named = _period(clause)
    filler = link_filler_re()
    thing = filler.sub("", _PERIOD_WORDS_RE.sub("", current.phrase + current.verb + current.noun))
    for k in range(1, LOOK_BACK_SENTENCES + 1):
        if sentence - k < 0:
            break
        start, stop = bq.sentence_span(sentence - k)
        opening = _PRIOR_OPENING_RE.match(bq.text, start)
        if opening is None:
            continue
        if opening["year"] is not None:
            year = int(opening["year"])
            if named not in ("", "上年", f"{year}年") or not (
                prior_year_marked(opening)
                # (a later year named from that sentence on: the scan stays within the
                # sentences looked back over)
                or any(int(y) > year for y in _YEAR_IN_TEXT_RE.findall(bq.text, start, pos))
            ):
                continue
            # 「2022年，…36期。2024年发布专报48期，较上年增长14.3%」: 上年 is the year before
            # the one the change's statement names, not any earlier year
            years_after = [int(y) for y in _YEAR_IN_TEXT_RE.findall(bq.text, stop, pos)]
            if named == "上年" and years_after and years_after[-1] - 1 != year:
                continue
        elif named not in ("", "上年"):
            continue
        later = _THIS_PERIOD_RE.search(bq.text, opening.end(), stop)
        limit = later.start() if later else stop
        bases = [
            b
            for b in by_sentence.get(sentence - k, [])[:MAX_FIGURES]
            if opening.end() <= b.num_start < limit
            and b.kind == current.kind
            and (b.kind == "money" or _same_unit(b.unit, current.unit))
            and not b.change
            and not per_or_change(lex, b)
            and b.value != current.value
            and not other_thing(current, b)
            and common_substring(
                thing, filler.sub("", _PERIOD_WORDS_RE.sub("", b.phrase + b.verb + b.noun))
            )
            >= 2
            and not _other_span_of_year(clause, bq.text[start : b.start])
        ]
        if len(bases) == 1:
            return current, bases[0]
    return None


def _prior_before(
    bq: BlockQuantities,
    lex: Lexicon,
    d: Quantity,
    direction: int,
    figures: list[Quantity],
    by_sentence: dict[int, list[Quantity]],
    times_word: str | None = None,
) -> Relation | None:
    """「2024年，分局共破获电信网络诈骗案件241起。…全年破获电信网络诈骗案件386起，较上年增长
    一倍。」「上年受理投诉1,380件。今年受理投诉1,320件，同比增长6.5%。」: a change whose
    sentence states its current figure and no base, against last year's figure stated in a
    sentence before (:func:`_prior_pair`). A percentage is read as the relative change, a
    个百分点 change as the difference of two rates, 增长N倍 as N + 1 times, a change in units
    as the difference. A link across a full stop: never more than a warning."""
    kinds = ("percent",) if d.kind == "points" else ("count", "money", "measure")
    found = _prior_pair(
        bq, lex, d.num_start, d.sentence, _change_clause(bq, d), figures, by_sentence, kinds
    )
    if found is None:
        return None
    current, base = found
    if d.kind not in ("percent", "multiple", "points") and not (
        d.kind == current.kind and (d.kind == "money" or _same_unit(d.unit, current.unit))
    ):
        return None
    note = f"（以前文的{base.text}为基数）"
    if d.kind == "points":
        low, high = _difference_bounds(current, base)
        if _fits(low, high, d, direction):
            return _ok(d, current, base)
        rel = _mismatch(
            d,
            (span_of(d), span_of(base), span_of(current)),
            f"{'提高' if direction > 0 else '下降'}{d.text}与两个比率之差不符："
            f"{current.number}%－{base.number}%＝{fmt(current.value - base.value)}个百分点",
            "核对两个比率与百分点差",
        )
    elif d.kind == "percent":
        rel = _forced_relative(d, direction, current, base)
    elif d.kind == "multiple":
        ratio = _multiple_ratio(d, times_word or "增长")[0]
        if base.value <= 0:
            return None
        actual = current.value / base.value
        if abs(actual - ratio) <= ratio * RATIO_TOLERANCE:
            return _ok(d, current, base)
        rel = _mismatch(
            d,
            (span_of(d), span_of(base), span_of(current)),
            f"「{times_word}{d.text}」意为{fmt(ratio)}倍，与所比较的数字不符："
            f"{current.number}÷{base.number}＝{fmt(actual.quantize(Decimal('0.01')))}倍",
            "核对本期数、基期数与增减倍数",
        )
    else:
        rel = _absolute_pair(d, direction, current, base)
    if rel.verdict is not Verdict.CONTRADICTION:
        return rel
    return replace(rel, severity=Severity.WARNING, message=rel.message + note)


def _clause_before(bq: BlockQuantities, pos: int) -> str:
    """The words of the clause before ``pos`` (at most 16 characters)."""
    head = bq.text[max(0, pos - 16) : pos]
    return head[max(head.rfind(ch) for ch in "，,；;：:。") + 1 :]


def _ratio_before(
    bq: BlockQuantities,
    lex: Lexicon,
    m: re.Match[str],
    ratio: Decimal,
    figures: list[Quantity],
    by_sentence: dict[int, list[Quantity]],
) -> Relation | None:
    """「上年受理案件500件。今年受理案件1,200件，实现翻番。」: 翻番 against last year's figure
    stated in a sentence before (:func:`_prior_pair`). A warning."""
    if not figures:
        return None
    clause = _clause_before(bq, m.start())
    found = _prior_pair(bq, lex, m.start(), figures[0].sentence, clause, figures, by_sentence)
    if found is None:
        return None
    current, base = found
    if base.value <= 0:
        return None
    return _ratio_read(bq, m.span(), m.group(0), ratio, current, base, f"以前文的{base.text}为基数")


def _ratio_read(
    bq: BlockQuantities,
    span: tuple[int, int],
    words: str,
    ratio: Decimal,
    current: Quantity,
    base: Quantity,
    note: str,
) -> Relation:
    """A ratio in words (``words`` at ``span``) against a current figure and a base linked
    across sentences: consistent within :data:`RATIO_TOLERANCE`, else an N108 warning."""
    actual = current.value / base.value
    if abs(actual - ratio) <= ratio * RATIO_TOLERANCE:
        return _ok(current, current, base)
    return _n108(
        bq.block,
        span,
        (span_of(base), span_of(current)),
        (
            f"「{words}」意为{fmt(ratio)}倍，与所比较的数字不符："
            f"{current.number}÷{base.number}＝{fmt(actual.quantize(Decimal('0.01')))}倍"
            f"（{note}）"
        ),
        "核对本期数、基期数与增减倍数",
        Severity.WARNING,
    )


def ratio_base_only(
    bq: BlockQuantities,
    lex: Lexicon,
    m: re.Match[str] | Quantity,
    ratio: Decimal,
    figures: list[Quantity],
    by_sentence: dict[int, list[Quantity]],
    earlier: Sequence[BlockQuantities] = (),
) -> Relation | None:
    """「全年培育“法律明白人”296名。」 … 「与上年的172名相比，“法律明白人”数量翻了一番。」: 翻番
    whose sentence states only the base (the one figure of the period compared with before
    it, and no figure of this period), against the current figure in the sentences before
    (:func:`_earlier_current`, by the words of 翻番's clause: 法律明白人数量), or, given
    ``earlier`` (the paragraphs before under the same heading, nearest first), in their last
    sentences; 「增长了一倍」 (``m`` the multiple) the same. A link by words: a warning."""
    if isinstance(m, Quantity):
        pos, span, words = m.num_start, (m.num_start, m.end), f"增长{m.text}"
    else:
        pos, span, words = m.start(), m.span(), m.group(0)
    before = [f for f in figures if f.num_start < pos]
    bases = [
        b
        for b in before
        if b.kind in ("count", "money", "measure") and _is_base(bq, b) and not per_or_change(lex, b)
    ]
    if len(bases) != 1 or any(
        f.kind in ("count", "money", "measure") and not _is_base(bq, f) for f in before
    ):
        return None
    base = bases[0]
    if any(
        f.num_start > pos and f.kind == base.kind and f.unit == base.unit and not _is_base(bq, f)
        for f in figures
    ):
        return None  # 「较上年的172名翻了一番，达到344名」: the current figure after it
    if base.value <= 0:
        return None
    named = _PERIOD_WORDS_RE.sub("", _CHANGE_WORDS_RE.sub("", _clause_before(bq, pos)))
    named = named.replace("“", "").replace("”", "")
    if len(link_filler_re().sub("", named)) < 2:
        return None
    current = _earlier_current(bq, lex, base, base.sentence, by_sentence, named)
    where = "前文"
    for para in earlier:
        if current is not None:
            break
        sentences = _sentence_figures(para)
        current = _earlier_current(para, lex, base, len(para.sentence_starts), sentences, named)
        where = "前文段落"
    if current is None:
        return None
    return _ratio_read(bq, span, words, ratio, current, base, f"以{where}的{current.text}为本期数")


def _worded_before(
    bq: BlockQuantities,
    lex: Lexicon,
    m: re.Match[str],
    interval: tuple[Decimal, Decimal],
    figures: list[Quantity],
    by_sentence: dict[int, list[Quantity]],
) -> Relation | None:
    """「上年受理案件1,000件。全年受理案件1,200件，增长三成。」: a change in words against last
    year's figure stated in a sentence before (:func:`_prior_pair`). A warning."""
    if not figures:
        return None
    clause = _clause_before(bq, m.start())
    found = _prior_pair(bq, lex, m.start(), figures[0].sentence, clause, figures, by_sentence)
    if found is None:
        return None
    current, base = found
    c_low, c_high = bounds(current)
    b_low, b_high = bounds(base)
    if b_low <= 0:
        return None
    r_low = min((c_low - b_high) / b_high, (c_low - b_low) / b_low)
    r_high = max((c_high - b_low) / b_low, (c_high - b_high) / b_high)
    low, high = interval
    if r_high >= low - WORDED_SLACK and r_low <= high + WORDED_SLACK:
        return _ok(current, current, base)
    actual = (current.value - base.value) / base.value * 100
    shown_low, shown_high = (fmt((abs(x) * 100).quantize(Decimal("0.1"))) for x in interval)
    if interval[0] < 0:
        shown_low, shown_high = shown_high, shown_low
    return _n108(
        bq.block,
        m.span(),
        (span_of(base), span_of(current)),
        (
            f"「{m.group(0)}」意为{'增' if interval[0] >= 0 else '降'}幅约在{shown_low}%～"
            f"{shown_high}%之间，与所比较的数字不符：（{current.number}－{base.number}）÷"
            f"{base.number}＝{fmt(actual.quantize(Decimal('0.1')))}%（以前文的{base.text}为基数）"
        ),
        "核对本期数、基期数与增减幅度的表述",
        Severity.WARNING,
    )


# the comparison words a clause of change opens with (较上年末, 比去年同期, 与上年相比)
_COMPARE_LEAD_RE = re.compile(rf"(?:较|比|同比|相比|相较|与)(?:{_PRIOR})?(?:末|底|相比)?")


MAX_FIGURES = 40
_LIST_JOINS = ("和", "、", "及", "与", "以及")


# 「2022年、2023年…分别为11.2%和14.6%」: two years, then their figures in the same order
_YEAR_PAIR_RE = re.compile(
    rf"(?P<a>{YEAR_ASCII})年度?(?:、|和|与|及|以及|至|到)(?P<b>{YEAR_ASCII})年度?"
    r"[^，,；;。：:]{0,30}?分别(?:为|是|达|达到|有)?$"
)


def _year_pair_change(
    d: Quantity,
    first: Quantity,
    direction: int,
    current: Quantity,
    base: Quantity,
    early: int | str,
    late: int | str,
) -> Relation | None:
    """A change stated after two years' figures (``first`` the kind of the figures): 个百分点
    of two rates against their difference, a percent against the relative change (or, of
    rates, against their difference written as a percent); None for any other kind."""
    if d.kind == "points" and first.kind == "percent":
        low, high = _difference_bounds(current, base)
        if _fits(low, high, d, direction):
            return _ok(d, current, base)
        return _mismatch(
            d,
            (span_of(d), span_of(base), span_of(current)),
            f"{'提高' if direction > 0 else '下降'}{d.text}与两年的比率之差不符："
            f"{late}年{current.text}－{early}年{base.text}＝"
            f"{fmt(current.value - base.value)}个百分点",
            "核对两个比率与百分点差",
            data={"stated": str(d.value), "readings": 1},
        )
    if d.kind == "percent" and first.kind in ("percent", "count", "money", "measure"):
        rel = _forced_relative(d, direction, current, base)
        if rel.verdict is Verdict.CONTRADICTION and first.kind == "percent":
            low, high = _difference_bounds(current, base)
            if _fits(low, high, d, direction):
                rel = _points_as_percent(d, current, base, _reading(current, base, d, direction))
        return rel
    return None


def _year_series(bq: BlockQuantities, marked: list[tuple[Quantity, Any]]) -> dict[int, Relation]:
    """「2022年、2023年全区行政复议纠错率分别为11.2%和14.6%，增长3.4%」: two years named
    in turn, then their two figures with 分别: the later year's figure is the current one, the
    earlier year's the base, and the change after them in the sentence is read against that
    one pair only — a relative change, or a 个百分点 change of two rates (a difference of two
    rates written with % is the % / 个百分点 slip, N106)."""
    for i in range(len(marked) - 1):
        (x, xm), (y, ym) = marked[i], marked[i + 1]
        if xm is not None or ym is not None or x.kind != y.kind or x.unit != y.unit:
            continue
        if bq.text[x.end : y.start].strip(" 　") not in _LIST_JOINS:
            continue
        if (
            i + 2 < len(marked)
            and bq.text[y.end : marked[i + 2][0].start].strip(" 　") in _LIST_JOINS
        ) or (i > 0 and bq.text[marked[i - 1][0].end : x.start].strip(" 　") in _LIST_JOINS):
            continue  # a list of three figures or more: not two years' pair
        start, _ = bq.sentence_span(x.sentence)
        years = _YEAR_PAIR_RE.search(bq.text, max(start, x.start - 60), x.start)
        if years is None or years["a"] == years["b"]:
            continue
        base, current = (x, y) if int(years["a"]) < int(years["b"]) else (y, x)
        early, late = sorted((years["a"], years["b"]))
        out: dict[int, Relation] = {}
        for d, m in marked[i + 2 :]:
            if m is None or d.sentence != x.sentence:
                break  # another figure first: the change is of it
            if x.kind == "percent" and not _speaks_of_rate(bq, d, current, []):
                break  # 「…，受理案件数增长3.4%」: the change names another thing
            direction = _signed(m)
            rel = _year_pair_change(d, x, direction, current, base, early, late)
            if rel is not None:
                out[id(d)] = rel
            break  # the first change after the pair speaks of it
        return out
    return {}


# 「2022年、2023年、2024年分别开展执法检查46次、58次、71次」: three years or more named in turn,
# then 分别 (maybe with the verb and noun after it) and their figures in the same order
_YEAR_LIST_RE = re.compile(
    rf"(?P<years>(?:{YEAR_ASCII}年度?(?:、|和|与|及|以及)){{2,}}{YEAR_ASCII}年度?)"
    r"[^，,；;。：:0-9０-９]{0,30}?分别[^，,；;。：:0-9０-９]{0,16}$"
)
_YEAR_IN_LIST_RE = re.compile(YEAR_ASCII)
# the change after such a list naming its pair: 「2024年较2023年增长」「2024年比上年」
_YEAR_CHANGE_RE = re.compile(
    rf"(?P<late>{YEAR_ASCII})年度?[\u4e00-\u9fff]{{0,10}}?(?:较|比|与|相较|相比|对比)"
    rf"(?:(?P<early>{YEAR_ASCII})年度?|上年度|上年|去年|上一年|前一年)"
)
# how far back before a list's first figure its years may be named
YEAR_LIST_LOOK_BACK = 60
# 「2022年21件、2023年27件、2024年34件」: each figure of the run right after its own year
_YEAR_TAG_RE = re.compile(rf"(?P<year>{YEAR_ASCII})年度?(?:的|为|是|达)?$")
# the widest 「、2023年度为」 between two tagged figures of a run
YEAR_TAG_SPAN = 10


def _year_tag(bq: BlockQuantities, start: int) -> re.Match[str] | None:
    """The year named right before a figure starting at `start` (「2023年27件」), if any."""
    return _YEAR_TAG_RE.search(bq.text, max(0, start - YEAR_TAG_SPAN), start)


def _tagged_years(
    bq: BlockQuantities, marked: list[tuple[Quantity, Any]], i: int
) -> tuple[list[Quantity], list[int]]:
    """「2022年21件、2023年27件、2024年34件」: the run of plain figures of one unit from
    marked[i], each right after its own year and joined to the one before by 、/和 — the
    years are named figure by figure instead of before 分别."""
    first, fm = marked[i]
    tag = _year_tag(bq, first.start)
    if fm is not None or tag is None:
        return [], []
    run, years = [first], [int(tag["year"])]
    for q, m in marked[i + 1 :]:
        prev = run[-1]
        tag = _year_tag(bq, q.start)
        if (
            m is not None
            or tag is None
            or q.kind != first.kind
            or q.unit != first.unit
            or tag.start() < prev.end
            or bq.text[prev.end : tag.start()].strip(" 　") not in _LIST_JOINS
        ):
            break
        run.append(q)
        years.append(int(tag["year"]))
    return run, years


def _year_list(bq: BlockQuantities, marked: list[tuple[Quantity, Any]]) -> dict[int, Relation]:
    """「2022年、2023年、2024年分别开展统计执法检查46次、58次、71次，2024年较2023年增长26.4%」:
    three years or more named in turn, then 分别 and as many figures of one unit in the same
    order: each year has its figure. So too a run of figures each right after its own year
    (「2022年21件、2023年27件、2024年34件」). The first change after the list in the sentence that
    names its pair of years (「2024年较2023年」, or 「2024年较上年」: the year before) is read
    against those two figures only — a relative change, or a 个百分点 change of two rates.
    A change that names no year (「年均增长」「较上年增长」) is not judged here."""
    out: dict[int, Relation] = {}
    i = 0
    while i < len(marked):
        run = [marked[i][0]]
        j = i + 1
        while (
            j < len(marked)
            and marked[j - 1][1] is None
            and marked[j][1] is None
            and marked[j][0].kind == run[0].kind
            and marked[j][0].unit == run[0].unit
            and bq.text[marked[j - 1][0].end : marked[j][0].start].strip(" 　") in _LIST_JOINS
        ):
            run.append(marked[j][0])
            j += 1
        first = run[0]
        tagged, tag_years = _tagged_years(bq, marked, i)
        if len(tagged) >= 3:
            run, years, j = tagged, tag_years, i + len(tagged)
        elif len(run) < 3 or marked[i][1] is not None:
            i = j
            continue
        else:
            start, _ = bq.sentence_span(first.sentence)
            m = _YEAR_LIST_RE.search(
                bq.text, max(start, first.start - YEAR_LIST_LOOK_BACK), first.start
            )
            years = [int(y) for y in _YEAR_IN_LIST_RE.findall(m["years"])] if m else []
        if len(years) != len(run) or years != sorted(set(years)):
            i = j
            continue
        by_year = dict(zip(years, run, strict=True))
        for d, dm in marked[j:]:
            if dm is None or d.sentence != first.sentence:
                break  # another figure first: the change is of it
            named = _YEAR_CHANGE_RE.search(bq.text, run[-1].end, d.start)
            if named is None or re.search("[，,；;]", bq.text[named.end() : d.start]):
                break  # no pair named in the change's own clause
            late = int(named["late"])
            early = int(named["early"]) if named["early"] else late - 1
            if late not in by_year or early not in by_year or early >= late:
                break
            current, base = by_year[late], by_year[early]
            direction = _signed(dm)
            rel = _year_pair_change(d, first, direction, current, base, early, late)
            if rel is not None:
                out[id(d)] = rel
            break  # the first change after the list speaks of it
        i = j
    return out


def _points_as_percent(
    d: Quantity, current: Quantity, base: Quantity, reading: str, note: str = ""
) -> Relation:
    """N106: the stated change with % is the difference of the two rates in points (「由
    95.2%提高到98.7%，增长3.5%」), with the relative change it would have been."""
    message = (
        f"{base.text}到{current.text}相差{fmt(abs(current.value - base.value))}个百分点，"
        f"相对变化为{reading}；文中写作{d.text}，把百分点之差写成了百分比"
    )
    return Relation(
        "points",
        Verdict.CONTRADICTION,
        d.block,
        (d.num_start, d.end),
        (span_of(d), span_of(base), span_of(current)),
        code="N106",
        severity=Severity.WARNING,
        message=f"{message}（{note}）" if note else message,
        suggestion=f"写作“{d.number}个百分点”，或改为相对变化的百分比",
    )


def _listed_amounts(
    bq: BlockQuantities, marked: list[tuple[Quantity, Any]]
) -> list[tuple[Quantity, Any]]:
    """「增加16件、120万元」: a figure joined by 、/和 to a change in units is one by its word;
    so is one joined by a comma to a change sharing its unit (「各减少1627.86,2570.97万元」)."""
    out = list(marked)
    for i in range(1, len(out)):
        (prev, pm), (q, m) = out[i - 1], out[i]
        join = bq.text[prev.end : q.start].strip(" 　")
        if (
            m is None
            and pm is not None
            and prev.kind in ("count", "money", "measure")
            and q.kind in ("count", "money", "measure")
            and (join in _LIST_JOINS or (join in "，," and _shares_unit(prev, q)))
        ):
            out[i] = (q, pm)
    return out


def _shares_unit(prev: Quantity, q: Quantity) -> bool:
    """Is ``prev`` printed without its unit, sharing the one printed after ``q``
    (「1627.86,2570.97万元」, :func:`..quantities.extract`)?"""
    return prev.end == prev.num_end and bool(prev.unit) and prev.unit == q.unit


_BRACKETED_RE = re.compile(r"[（(][^（()）]*[）)]")


def _bases_listed(
    bq: BlockQuantities,
    lex: Lexicon,
    marked: list[tuple[Quantity, Any]],
    by_sentence: dict[int, list[Quantity]],
) -> dict[int, Relation]:
    """「全区共发生生产安全事故19起、死亡14人。…与上年相比（2020年共发生事故21起、死亡11
    人），事故起数和死亡人数分别下降9.5%和21.4%。」: a 分别 list of percentage changes whose
    sentence lists as many figures of the period compared with (before the changes, or in a
    bracket right after them) and no figure of this period, against the latest run of as many
    figures of this period, of the same units in the same order, in the
    :data:`LOOK_BACK_SENTENCES` sentences before: the i-th change over the i-th pair. A link
    across a full stop: a warning."""
    percents = [d for d, m in marked if m is not None and d.kind == "percent"]
    if len(percents) < 2 or "分别" not in bq.text[slice(*bq.sentence_span(percents[0].sentence))]:
        return {}
    first = percents[0]
    kinds = ("count", "money", "measure")
    figures = [q for q, _ in marked if q.kind in kinds and not per_or_change(lex, q)]
    # 「较上年的21起、11人」: a figure listed right after a base restates the same period
    based: set[int] = set()
    for prev, q in itertools.pairwise(figures):
        if (
            not q.change
            and (id(prev) in based or _is_base(bq, prev))
            and _LISTED_AFTER_RE.match(bq.text[prev.end : q.start].strip(" 　"))
        ):
            based.add(id(q))
    bases = [q for q in figures if not q.change and (id(q) in based or _is_base(bq, q))]
    # this period's figures of the sentence itself (「…事故9起、死亡7人，…较上年的13起、9人
    # 分别下降30.8%和28.6%」): the run right before the bases, read below
    ours = [q for q in figures if not q.change and id(q) not in based and not _is_base(bq, q)]
    if len(bases) != len(percents) or (
        ours and not (bases and ours[-1].num_start < bases[0].num_start)
    ):
        return {}
    if any(
        b.num_start > first.num_start
        and _BRACKET_NEXT_RE.match(bq.text, percents[-1].end, bases[0].start) is None
        for b in bases
    ):
        return {}  # bases after the changes only in a bracket right after the list
    size = len(bases)
    # what the changes name (「事故起数和死亡人数分别下降」), brackets left out: the i-th name
    # shares two characters with the i-th figure, or, not split as many, with each
    start, _ = bq.sentence_span(first.sentence)
    head = _BRACKETED_RE.sub("", bq.text[start : first.start])
    head = head[max(head.rfind(ch) for ch in "，,；;：:") + 1 :]
    head = _CHANGE_WORDS_RE.sub("", head.replace("分别", ""))
    head = link_filler_re().sub("", _PERIOD_WORDS_RE.sub("", _COMPARE_LEAD_RE.sub("", head)))
    names = [w for w in re.split("和|、|及|与|以及", head) if w]
    changes_clause = bq.text[start : first.start]

    def fits(run: list[Quantity]) -> bool:
        if not all(
            c.kind == b.kind and (c.kind == "money" or _same_unit(c.unit, b.unit))
            for c, b in zip(run, bases, strict=True)
        ):
            return False
        if len(head) < 2:
            return True
        words = [c.phrase + c.verb + c.noun for c in run]
        if len(names) == size:
            return all(common_substring(n, w) >= 2 for n, w in zip(names, words, strict=True))
        return all(common_substring(head, w) >= 2 for w in words)

    if ours:
        # the run in the sentence itself: a link it states (分别, 较上年的), no warning
        mine = ours[-size:]
        if len(mine) < size or not fits(mine):
            return {}
        out = {}
        for d, now, base in zip(percents, mine, bases, strict=True):
            m = next(m for q, m in marked if q is d)
            out[id(d)] = _forced_relative(d, _signed(m), now, base)
        return out
    for k in range(1, LOOK_BACK_SENTENCES + 1):
        if first.sentence - k < 0:
            break
        earlier = [
            c
            for c in by_sentence.get(first.sentence - k, [])[-MAX_FIGURES:]
            if c.kind in kinds
            and not c.change
            and not per_or_change(lex, c)
            and not _is_base(bq, c)
        ]
        runs = [earlier[i : i + size] for i in range(len(earlier) - size, -1, -1)]
        run = next((r for r in runs if fits(r)), None)
        if run is None:
            continue
        before_run = bq.text[bq.sentence_span(run[0].sentence)[0] : run[0].start]
        if sub_period(before_run) and not sub_period(changes_clause):
            return {}  # 「上半年发生事故30起」 against last year's whole year: another span
        out = {}
        for d, current, base in zip(percents, run, bases, strict=True):
            m = next(m for q, m in marked if q is d)
            rel = _forced_relative(d, _signed(m), current, base)
            if rel.verdict is Verdict.CONTRADICTION:
                rel = replace(
                    rel,
                    severity=Severity.WARNING,
                    message=rel.message + f"（以前文的{current.text}为本期数）",
                )
            out[id(d)] = rel
        return out
    return {}


def _derived_listed_each(
    bq: BlockQuantities,
    lex: Lexicon,
    marked: list[tuple[Quantity, Any]],
    by_sentence: dict[int, list[Quantity]],
    change_re: re.Pattern[str],
) -> dict[int, Relation]:
    """:func:`_derived_listed` of the sentence, or, when that reads nothing and semicolons part
    the sentence into statements, of each statement (「发生各类事故300起，死亡526人，同比减少67起、
    165人，分别下降18.3%和23.9%；发生重大事故7起，死亡111人，同比减少3起、55人，分别下降30.0%和
    43.1%」: each statement its own three lists)."""
    found = _derived_listed(bq, lex, marked, by_sentence, change_re)
    if found or len(marked) < 2:
        return found
    text = bq.text
    if ";" not in text and "；" not in text:
        return found
    parts: list[list[tuple[Quantity, Any]]] = [[marked[0]]]
    for (p, _), item in itertools.pairwise(marked):
        if any(ch in text[p.end : item[0].start] for ch in "；;"):
            parts.append([])
        parts[-1].append(item)
    if len(parts) < 2:
        return found
    for part in parts:
        # (a statement after the first reads no figure of the sentence before: its currents
        # stand in the statement)
        found.update(
            _derived_listed(bq, lex, part, {} if part is not parts[0] else by_sentence, change_re)
        )
    return found


def _derived_listed(
    bq: BlockQuantities,
    lex: Lexicon,
    marked: list[tuple[Quantity, Any]],
    by_sentence: dict[int, list[Quantity]],
    change_re: re.Pattern[str],
) -> dict[int, Relation]:
    """「受理案件136件、涉及金额820万元，分别比上年增加16件、120万元，同比分别增长13.3%和
    17.1%」: a list of percentage changes after as many changes in units (in its sentence or
    the one before), themselves after as many figures of this period: the i-th percentage is
    the i-th change over the i-th base, the base being the figure less the change (136 − 16 =
    120) or plus a fall. Each list in the order written, each pair of one unit; an error when
    the three lists stand in one sentence, a warning across a full stop."""
    percents = [(d, m) for d, m in marked if m is not None and d.kind == "percent"]
    if len(percents) < 2:
        return {}
    first = percents[0][0]
    if any(
        d.depth != first.depth
        or _CHANGE_IN_RE.sub("", bq.text[p.end : d.start]).strip(" 　") not in _LIST_JOINS
        for (p, _), (d, _) in itertools.pairwise(percents)
    ):
        return {}  # one list of changes (「分别增长13.3%和17.1%」), not two statements
    where = [(q, m) for q, m in marked if q.num_start < first.num_start]
    severity = Severity.ERROR
    if not any(m is not None for _, m in where) and first.sentence > 0:
        # 「…，分别比上年增加60件、70万元。同比分别增长16.7%、12.0%。」
        if any(q.kind != "percent" for q, _ in marked):
            return {}
        earlier = by_sentence.get(first.sentence - 1, [])[-MAX_FIGURES:]
        where = [(q, change_re.search(_context(bq, q))) for q in earlier]
        where = _listed_changes(bq, where)
        severity = Severity.WARNING
    where = _listed_amounts(bq, where)
    units = [
        (q, m)
        for q, m in where
        if m is not None
        and q.kind in ("count", "money", "measure")
        and lex.average_re.search(q.pre) is None
    ]
    # the changes in units form one run as long as the list of percentages, the figures of
    # this period stand before it
    if len(units) != len(percents):
        return {}
    if any(
        m is not None
        and units[0][0].num_start < q.num_start < units[-1][0].num_start
        and not any(q is u for u, _ in units)
        for q, m in where
    ):
        return {}
    currents = [
        q
        for q, m in where
        if m is None
        and q.num_start < units[0][0].num_start
        and q.kind in ("count", "money", "measure")
        and not q.change
        and not per_or_change(lex, q)
        and not _is_base(bq, q)
    ][-len(percents) :]
    units_sentence = units[0][0].sentence
    if len(currents) < len(percents) and units_sentence > 0:
        # 「全年受理案件136件，涉及金额820万元。两项分别比上年增加16件、120万元，…」: this
        # period's figures in the sentence before the changes
        currents = [
            q
            for q in by_sentence.get(units_sentence - 1, [])[-MAX_FIGURES:]
            if q.kind in ("count", "money", "measure")
            and not q.change
            and not per_or_change(lex, q)
            and not _is_base(bq, q)
            and change_re.search(_context(bq, q)) is None
        ][-len(percents) :]
        severity = Severity.WARNING
    if len(currents) != len(percents):
        return {}
    # the figures are a whole list: none joined to it (、/和) is left out before it
    listed = _sentence_figures(bq).get(currents[0].sentence, [])
    earlier_in_list = [q for q in listed[:MAX_FIGURES] if q.end <= currents[0].start]
    if earlier_in_list and not re.search(
        "[，,；;：:]", bq.text[earlier_in_list[-1].end : currents[0].start]
    ):
        return {}
    out: dict[int, Relation] = {}
    for (_d, dm), (n, nm), current in zip(percents, units, currents, strict=True):
        direction = _signed(nm)
        if (
            current.kind != n.kind
            or (current.kind != "money" and not _same_unit(current.unit, n.unit))
            or _signed(dm) != direction
        ):
            return {}
    for (d, _), (n, nm), current in zip(percents, units, currents, strict=True):
        direction = _signed(nm)
        base_value = current.value - direction * n.value
        if base_value <= 0:
            return {}
        c_low, c_high = bounds(current)
        n_low, n_high = bounds(n)
        lows = [
            x_low / (y - direction * x_low) * 100
            for x_low in (n_low, n_high)
            for y in (c_low, c_high)
            if y - direction * x_low > 0
        ]
        if not lows:
            return {}
        if _fits(min(lows), max(lows), d, 1):
            out[id(d)] = _ok(d, current, n)
            continue
        sign = "－" if direction > 0 else "＋"
        word = "增长" if direction > 0 else "下降"
        out[id(d)] = _mismatch(
            d,
            (span_of(d), span_of(current), span_of(n)),
            f"{word}{d.text}与所列数字不符：按所列顺序逐项对应，{current.text}{sign}"
            f"{n.text}＝基期{show(base_value, current)}，{n.text}÷{show(base_value, current)}＝"
            f"{_pct(n.value / base_value * 100, d)}%",
            "核对本期数、增减数量与增减幅度",
            data={"stated": str(d.value), "readings": 1},
        )
        if severity is Severity.WARNING:
            out[id(d)] = replace(out[id(d)], severity=Severity.WARNING)
    return out


_PERIOD_RE = re.compile(rf"(?:较|比|同比|相比|相较|与)?({_PRIOR})")


def _period(context: str) -> str:
    """The period a comparison names (上年, 去年同期, 2021年), normalised; "" if none."""
    found = _PERIOD_RE.findall(context)
    if not found:
        return ""
    word = found[-1].replace("同期", "").replace("年度", "年")
    return "上年" if word in ("上年", "去年", "上一年", "前一年") else word


# a bracket right after a change opening with a year and its figure: 「（2020年为」「（2022年：」
# 「（2022年纠错率为」
_YEAR_BRACKET_RE = re.compile(rf"[（(]{YEAR_ASCII}年度?(?:[\u4e00-\u9fff]{{0,8}}?(?:为|是)|[：:])")
# what joins the next item of a list to the one before it: 、/和 and the item's own noun
# (「、举报」), not another period (「、今年」「、2024年」)
_LISTED_AFTER_RE = re.compile(
    r"^(?:、|和|及|与|以及)(?![\u4e00-\u9fff]*(?:今年|本年|全年|当年|[0-9]{4}年))[\u4e00-\u9fff]{0,8}$"
)


# the comparison a change's clause names: with the span just before (环比) or with the same
# span of last year (同比, 较上年…)
_SEQUENTIAL_RE = re.compile("环比")
_YEAR_AGO_RE = re.compile(rf"同比|(?:较|比)(?:{_PRIOR})")


def _comparison(clause: str) -> str:
    if _SEQUENTIAL_RE.search(clause):
        return "环比"
    return "同比" if _YEAR_AGO_RE.search(clause) else ""


def _other_comparisons_base(bq: BlockQuantities, d: Quantity, q: Quantity) -> bool:
    """「环比增长12.6%（三季度为5.36万通），同比下降3.1%」: a base in the bracket right after
    an earlier change restates that change's base; a later change naming the other comparison
    (同比 after 环比, or 环比 after 同比) is not read against it."""
    if q.depth <= 0 or q.num_start > d.num_start:
        return False
    text = bq.text
    stop = max(0, q.start - PRIOR_BRACKET_REACH)
    k = max(text.rfind("（", stop, q.start), text.rfind("(", stop, q.start))
    if k < 0 or k == d.end:
        return False
    owner = _CHANGE_FIGURE_END_RE.search(text, max(0, k - _CHANGE_FIGURE_REACH), k)
    if owner is None:
        return False
    cut = last_mark(text, "，,；;：:。", max(0, owner.start() - 16), owner.start())
    theirs = _comparison(text[cut + 1 : owner.start()])
    mine = _comparison(_change_clause(bq, d))
    return bool(mine and theirs and mine != theirs)


def _pairs(
    bq: BlockQuantities, d: Quantity, figures: list[Quantity], kinds: tuple[str, ...]
) -> list[tuple[Quantity, Quantity]]:
    """(current, base) readings of a change ``d``. A change that names its own period
    (较上年增长12.6%) is not read against a base of another period (较2021年的286件)."""
    clause = _change_clause(bq, d)
    # 「由2023年的64场次增加到2024年的96场次」: the year a level reached is its own time, not
    # a period it is compared with
    reached = _REACHED_YEAR_RE.search(clause)
    own = _period(clause[: reached.start()] if reached else clause)
    # 「第四季度…受理3862件，环比减少5.3%（第三季度为4106件）」: a change whose statement names
    # a quarter or months, or that compares with the span before (环比), may be read against
    # a figure of another quarter or months
    head = bq.text[bq.sentence_span(d.sentence)[0] : d.num_start]
    spans = head if "环比" in clause or sub_period(head) else clause
    # 「上年同期受理投诉3,604件、举报1,000件」: a figure listed (、/和) right after a base of
    # its kind restates the same period
    is_base = {id(q): _is_base(bq, q) for q in figures}
    based: set[int] = set()
    for prev, q in itertools.pairwise(figures):
        if (
            q.kind == prev.kind
            and not q.change
            and (id(prev) in based or is_base[id(prev)])
            and _LISTED_AFTER_RE.match(bq.text[prev.end : q.start].strip(" 　"))
        ):
            based.add(id(q))
    bases = [
        q
        for q in figures
        if q.kind in kinds
        and (id(q) in based or is_base[id(q)])
        and not (
            own
            and (p := _period(_context(bq, q)))
            and p != own
            # 「较上年下降3.5个百分点（2020年为7.3%）」: a year restated in a bracket right
            # after a change against last year is that last year
            and not (own == "上年" and _YEAR_BRACKET_RE.fullmatch(bq.text, d.end, q.num_start))
            # 「2023年查处156件，2024年查处203件，比上年增长」: the year right before the one
            # the next clause opens with is last year
            and not (own == "上年" and p == f"{_year_clause_base(bq, q) - 1}年")
        )
        and not _other_span_of_year(spans, _own_clause(bq, q))
        and not _other_comparisons_base(bq, d, q)
        and not (q.num_start > d.end and _CHANGE_AFTER_RE.match(bq.text, q.end))
        and not (q.num_start > d.end and _CHANGE_BETWEEN_RE.search(bq.text, d.end, q.num_start))
        # 「增长25%，其中网上受理600件（上年为500件）」: a base after another figure of this
        # period (not the level the change reached) restates that figure's period
        and not (
            q.num_start > d.end
            and any(
                d.end <= c.num_start < q.num_start
                and c.kind == q.kind
                and not c.change
                and not is_base[id(c)]
                and id(c) not in based
                # (「提高4.4个百分点，达到14.6%」 is the level reached; 「，调解和解率达到31.6%」
                # names another measure)
                and not (
                    _TO_RE.search(_context(bq, c)) and not _RATE_NAME_RE.search(_own_clause(bq, c))
                )
                for c in figures
            )
        )
    ]
    # 「较上年的500件下降10%，其中…较上年的200件增长25%」: a base followed by a stated change
    # and then by another base before this change is the first change's
    # 「满意率由上年的88.6%提高到93.1%，提高4.5个百分点；解决率达到90.3%，较上年提高6.2个百分点」:
    # a base whose own stated change is followed by a new figure of this period before this
    # change (another measure's level) is the first change's too
    # 「较上年的12起下降25%，事故死亡人数同比下降33.3%」: a base with its own stated change
    # right after it, before a change whose clause names a thing of its own, is the first
    # change's (the second speaks of figures the text does not give)
    subject = subject_of(clause)
    bases = [
        q
        for q in bases
        if not (
            len(subject) >= 2
            and q.end <= d.num_start
            and _CHANGE_AFTER_RE.match(bq.text, q.end)
            and _CHANGE_BETWEEN_RE.search(bq.text, q.end, d.num_start)
        )
    ]
    bases = [
        q
        for q in bases
        if not any(
            q.end <= b.num_start < d.num_start
            and _CHANGE_BETWEEN_RE.search(bq.text, q.end, b.num_start)
            for b in [*bases, *_new_levels(bq, figures, q, d, is_base, based)]
        )
        # 「整改率较上年提升3.2个百分点；满意率从上年的90.5%升至93.0%」: a 由…到 pair after a
        # ；or 。 is a statement of its own, its base not this change's
        and not (
            q.num_start > d.end
            and _ACCOUNT_END_RE.search(bq.text, d.end, q.num_start)
            and is_from_level(bq, q)
        )
        # 「比上年的1,810件增加236件；审结1,958件，同比增长11.2%」: a base with a change of its
        # own right after it (in units too), then a new statement opening with a level of its
        # kind before this change: that level's change, whose prior is unsaid
        and not (
            q.end <= d.num_start
            and _CHANGE_AFTER_RE.match(bq.text, q.end)
            and any(
                _ACCOUNT_END_RE.search(bq.text, q.end, b.num_start)
                for b in _new_levels(bq, figures, q, d, is_base, based)
            )
        )
    ]
    # 「总量1,306件次，同比下降12.7%（上年为1,496件次），其中网上836件次，同比增长8.3%」: a
    # base restated right after another change, with a figure of this period of its unit
    # between it and this change, is that other change's base
    bases = [
        q
        for q in bases
        if not (
            q.num_start < d.num_start
            and _AFTER_CHANGE_RE.search(bq.text, max(0, q.num_start - 40), q.num_start)
            and any(
                q.end <= c.num_start < d.num_start
                and c.kind == q.kind
                and (c.kind == "money" or _same_unit(c.unit, q.unit))
                and not c.change
                and not _is_base(bq, c)
                for c in figures
            )
        )
    ]
    # 「较上年的1827次增长26.9%；此外，平均办理用时21.4个工作日，压缩28.7%」: a figure of
    # another unit right before the change (one comma at most), in a statement after the
    # base's, is what the change speaks of; its base is not given. So is a figure of the
    # base's unit that counts another thing than the base's statement (「行政复议新收312件，
    # 上年同期为286件；行政诉讼一审新收92件，同比下降12.4%」)
    levels = [q for q in figures if q.num_start < d.num_start and not q.change]
    if levels and _ACCOUNT_END_RE.search(bq.text, levels[-1].end, d.num_start) is None:
        last = levels[-1]
        # (「免予罚款62.4万元，较上年增加14.2万元，增长29.5%」: a clause between them holding
        # only the figure's change in units keeps the change on that figure)
        at = index_of(bq)
        between = bq.quantities[at.get(id(last), 0) + 1 : at.get(id(d), 0)]
        if (
            len(COMMA_RE.findall(bq.text, last.end, d.num_start)) <= 1
            or (between and all(q.change for q in between))
        ) and not is_base[id(last)]:
            bases = [
                q
                for q in bases
                if not (
                    q.end <= last.num_start
                    and (
                        q.kind != last.kind
                        or not _same_unit(q.unit, last.unit)
                        or _counts_other(bq, figures, q, last, is_base)
                    )
                    and _ACCOUNT_END_RE.search(bq.text, q.end, last.num_start) is not None
                )
            ]
    pairs = []
    for base in bases:
        for current in figures:
            if (
                current is base
                or current.kind != base.kind
                or id(current) in based
                or is_base[id(current)]
            ):
                continue
            if (
                current.num_start < base.num_start
                and _SUB_ITEM_RE.search(_own_clause(bq, base))
                and not _SUB_ITEM_RE.search(_own_clause(bq, current))
            ):
                continue  # 「受理1,200件，其中处罚案件较上年的600件增长10%」: a part's base
            if _PART_SCOPE_RE.search(_own_clause(bq, base)) and not _PART_SCOPE_RE.search(
                _own_clause(bq, current)
            ):
                continue  # 「上年受理的投诉中涉及预付式消费的630件」: a part of last year's
            if current.kind != "money" and not _same_unit(current.unit, base.unit):
                continue
            if base.num_start > d.num_start and other_thing(current, base):
                continue  # 「…820件，同比增长12.4%，上年查处的食品案件为300件」: another thing
            if (
                current.num_start > d.num_start
                and base.num_start < d.num_start
                and _names_other(clause, base)
            ):
                continue  # 「上年办理法律援助案件420件，今年公证办件量增长50%，达到700件」
            if current.num_start > d.num_start and not (
                # 「提高4.4个百分点，达到14.6%（上年为11.2%）」: the level reached, its base
                # before it or in a bracket right after it
                (
                    base.num_start < current.num_start
                    or _BRACKET_NEXT_RE.match(bq.text, current.end, base.start) is not None
                    # 「…，达到372件，上年仅查处136件」: the other period in the next clause
                    or _restated_after(bq, current, base, clause or "-")
                )
                and re.search(r"(?:到|至)$", _context(bq, current))
            ):
                continue  # a figure after the change is its current value only in 由…到…
            pairs.append((current, base))
    # 「结案率由上年的86.4%提高到94.1%，提高了8.7个百分点，优秀率达到90%以上」: a base whose
    # 由…到 level stands before the change is stated with its pair; a level after the change
    # is another statement, not a second reading of that base
    stated = {
        id(b)
        for c, b in pairs
        if b.num_start < c.num_start < d.num_start
        and is_from_level(bq, b)
        and _VERB_TO_RE.match(bq.text[b.end : c.start])
    }
    return [(c, b) for c, b in pairs if not (id(b) in stated and c.num_start > d.num_start)]


_TO_RE = re.compile(r"(?:到|至)$")
_ACCOUNT_END_RE = re.compile("[；;。]")


def _counts_other(
    bq: BlockQuantities,
    figures: list[Quantity],
    base: Quantity,
    level: Quantity,
    is_base: dict[int, bool],
) -> bool:
    """Does ``level`` (a figure of a later statement) count another thing than ``base``'s
    statement? A base that names nothing but its period (「上年同期为286件」) restates the
    figure of this period before it in its statement (「行政复议案件新收312件」)."""
    thing = _PERIOD_WORDS_RE.sub("", counted_thing(base))
    if not thing or thing.removesuffix("了") == base.verb:
        told = [
            q
            for q in figures
            if q.num_start < base.num_start
            and q.kind == base.kind
            and not q.change
            and not is_base.get(id(q), False)
            and _ACCOUNT_END_RE.search(bq.text, q.end, base.num_start) is None
        ]
        if not told:
            return False
        thing = _PERIOD_WORDS_RE.sub("", counted_thing(told[-1]))
    level_thing = _PERIOD_WORDS_RE.sub("", counted_thing(level))
    return bool(thing and level_thing) and not same_thing(thing, level_thing)


def _names_other(clause: str, base: Quantity) -> bool:
    """Does a change's clause name a thing of its own that the base before it does not count,
    another or a narrower one (「今年公证办件量增长…」「今年网上投诉增长…」 after 「上年办理法律
    援助案件420件」「上年受理投诉300件」)? Then the level it reaches is not compared with that
    base."""
    subject = _THIS_PERIOD_RE.sub("", subject_of(clause))
    if len(subject) < 2:
        return False
    thing = _PERIOD_WORDS_RE.sub("", counted_thing(base))
    return bool(thing) and (not same_thing(thing, subject) or narrower(subject, thing))


def _new_levels(
    bq: BlockQuantities,
    figures: list[Quantity],
    base: Quantity,
    d: Quantity,
    is_base: dict[int, bool],
    based: set[int],
) -> list[Quantity]:
    """The figures of this period of ``base``'s kind between it and the change ``d`` that
    are neither bases nor changes (a level stated anew)."""
    return [
        c
        for c in figures
        if base.end <= c.num_start < d.num_start
        and c.kind == base.kind
        and not c.change
        and not is_base.get(id(c), False)
        and id(c) not in based
    ]


# a part named between a figure and a base: the base is the part's, the figure the whole's
_SUB_ITEM_RE = re.compile("其中")
# 「受理的投诉中」: a part taken within a whole the clause names
_PART_SCOPE_RE = re.compile(r"的[\u4e00-\u9fff]{1,8}?中")
# 「同期」 (a part of the year) and 「全年」 (the whole of it) name different spans of a year
_PART_OF_YEAR_RE = re.compile("同期")
_WHOLE_YEAR_RE = re.compile("全年")


_OWN_CLAUSE_MARKS = "，,；;。：:（(）)"  # a figure's own clause ends at these


def _own_clause(bq: BlockQuantities, q: Quantity) -> str:
    """The words of a figure's own clause before it (a bracket opens a clause)."""
    return clause_tail(bq.text, _OWN_CLAUSE_MARKS, max(0, q.num_start - 24), q.num_start)


# a part of a year named by its months or quarters (「上年一季度」「去年1—6月」「上半年」)
_SUB_PERIOD_RE = re.compile(
    "季度|半年|[0-9０-９一二三四五六七八九十]+(?:至|—|－|-|~|～)?[0-9０-９一二三四五六七八九十]*月|月份"
)


def sub_period(words: str) -> bool:
    """Do the words name a part of a year (a quarter, a half, months)?"""
    return _SUB_PERIOD_RE.search(words) is not None


def _other_span_of_year(change_clause: str, base_context: str) -> bool:
    """「较上年同期增长20%（上年全年为2,000件）」: a change against the same months of last
    year is not read against last year's full-year figure, nor the other way round; nor a
    change of the year against a quarter or months of last year (「上年一季度受理380件」)."""
    if sub_period(base_context) and not sub_period(change_clause):
        return True
    own_part = _PART_OF_YEAR_RE.search(change_clause) is not None
    base_part = _PART_OF_YEAR_RE.search(base_context) is not None
    base_whole = _WHOLE_YEAR_RE.search(base_context) is not None
    return (own_part and base_whole and not base_part) or (
        base_part and _WHOLE_YEAR_RE.search(change_clause) is not None and not own_part
    )


def _from_to(bq: BlockQuantities, current: Quantity, base: Quantity) -> bool:
    """「平均审理时长由上年的38天缩短至31天」: an average (or any figure) stated as moving from
    a base to a new level in one clause is compared with itself, so an average is a figure of
    the change like a count."""
    return base.num_start < current.num_start and _TO_RE.search(_context(bq, current)) is not None


# 「压缩至8个工作日」「提高到260件」: a figure reached by a change, the new level
_REACHED_RE = re.compile(
    r"(?:压缩|缩短|缩减|削减|精简|压减|下降|降低|减少|降|提高|提升|增加|增长|上升|扩大)(?:了)?(?:至|到)$"
)
_CLAUSE_MARKS = "，,；;。：:"  # the words of a clause before a figure: back to these
# 「由上年的1,000件下降到1,200件」: a base after 由/从 and the level its verb reaches, in one clause
# the time a level of 由…到 belongs to, between 由/从 (or 至/到) and the figure: a short run of
# words that ends in a time morpheme (「从2019年全年的15%」「由1月的29.23%」「由五年前的」
# 「提高到2020年全年的29.65%」) — what is measured is named before 由, so no noun stands here
_LEVEL_TIME = r"[^，,；;。：:%％（）()、]{0,10}?(?:年度?|月份?|季度|前|初|末|底|时|同期|全年|半年)"
_FROM_RE = re.compile(
    # (「由年初预算的65000万元调整为35000万元」: the time, then the kind of figure it was)
    rf"(?:由|从)(?:(?:{_PRIOR})(?:同期)?|{_LEVEL_TIME}(?:[\u4e00-\u9fff]{{1,4}}(?=的))?)?"
    r"(?:的|原来的|原)?(?:约|近|共)?$"
)
_VERB_TO_RE = re.compile(
    r"^[^，,；;。：:0-9０-９]{0,6}?(?P<verb>压缩|缩短|缩减|削减|精简|压减|下降|降低|减少|降|减|提高|提升|增加|增长|上升|扩大|增|升)"
    rf"(?:了)?(?:至|到|为)(?:了)?(?:{_LEVEL_TIME}的?)?$"
)

# what follows the base of 由…到: the verb and 至/到 (「由上年的31.2%提高到34.0%」)
# or a verb that names no direction (「由年初的80000万元调整为50000万元」): the figure after 由 is
# the level left all the same
_LEAVES_FOR_RE = re.compile(
    _VERB_TO_RE.pattern.removeprefix("^").removesuffix("$")
    + r"|[^，,；;。：:0-9０-９]{0,6}?(?:调整|调减|调增|变更|变动|改)(?:了)?(?:为|至|到)"
)


def is_from_level(bq: BlockQuantities, q: Quantity) -> bool:
    """「企业占比由上年的31.2%提高到34.0%」: the figure after 由/从 that a verb of change leaves
    for the level reached (至/到), the level of the earlier time, not one of this year's.
    Asked of every figure by the partition, magnitude, rate and flow readings: the answer is
    kept with the block (with the figure, as :func:`is_comparison_base` keeps its own)."""
    memo: dict[int, tuple[Quantity, bool]] | None = bq.__dict__.get("_from_levels")
    if memo is None:
        memo = bq.__dict__["_from_levels"] = {}
    kept = memo.get(id(q))
    if kept is None or kept[0] is not q:
        # (the verb of change after the figure first: rarer, and no context to build)
        found = (
            _LEAVES_FOR_RE.match(bq.text, q.end) is not None
            and _FROM_RE.search(_context(bq, q)) is not None
        )
        kept = memo[id(q)] = (q, found)
    return kept[1]


def from_words(words: str) -> str:
    """The words before 由/从 of 「…比重由上年的」: what the two levels measure."""
    return _FROM_RE.sub("", words)


# 「2021年，…败诉率为23.22%，2022年下降至18.01%」: a clause that is only a later time and a
# verb reaching a level continues the series of the figure before it
_SERIES_STEP_RE = re.compile(
    rf"^[，,；;、]\s*(?P<time>{YEAR_ASCII}年度?|[0-9]{{1,2}}月份?)(?:又|再|继续|进一步|则|已|更)?"
    r"(?P<verb>压缩|缩短|缩减|削减|精简|压减|下降|降低|减少|降|减|提高|提升|增加|增长|上升|扩大|增|升)(?:了)?(?:至|到)$"
)
_TIME_TAG_RE = re.compile(rf"({YEAR_ASCII})年|(?<![0-9])([0-9]{{1,2}})月")


def _time_order(tag: str) -> int | None:
    m = _TIME_TAG_RE.search(tag)
    if m is None:
        return None
    return int(m[1]) * 100 if m[1] else int(m[2])


def _series_step(
    bq: BlockQuantities, base: Quantity, current: Quantity, after: int
) -> re.Match[str] | None:
    """The step of 「2021年，…为23.22%，2022年下降至25.01%」 from ``base`` to ``current``: the
    clause of ``current`` holds only a time and the verb, the words before ``base`` (back to
    the figure before it, at ``after``) name an earlier time of the same kind (year against
    year, month against month)."""
    m = _SERIES_STEP_RE.match(bq.text[base.end : current.start])
    if m is None:
        return None
    start, _ = bq.sentence_span(base.sentence)
    tags = list(_TIME_TAG_RE.finditer(bq.text, max(start, after, base.start - 30), base.start))
    now = _time_order(m["time"])
    if not tags or now is None:
        return None
    before = _time_order(tags[-1][0])
    if before is None or (before >= 100) != (now >= 100) or before >= now:
        return None
    return m


def _from_to_direction(bq: BlockQuantities, figures: list[Quantity]) -> list[Relation]:
    """「受理案件数由上年的1,000件下降到1,200件」「满意率从97.6%提高至95.2%」: a level reached
    after 由/从 a base in one clause, whose verb of change goes the other way than the two
    figures; also a series 「2021年为23.22%，2022年下降至25.01%」 (:func:`_series_step`).
    The clause admits one reading: an error."""
    out: list[Relation] = []
    for i, (base, current) in enumerate(itertools.pairwise(figures)):
        if (
            base.kind not in ("count", "money", "measure", "time", "percent")
            or current.kind != base.kind
            or (base.kind != "money" and not _same_unit(base.unit, current.unit))
            or base.change
            or base.value == current.value
        ):
            continue
        if _FROM_RE.search(_context(bq, base)) is not None:
            m = _VERB_TO_RE.match(bq.text[base.end : current.start])
        else:
            m = _series_step(bq, base, current, figures[i - 1].end if i else 0)
        if m is None:
            continue
        direction = -1 if m["verb"].startswith(("降", "减", "缩", "压", "下", "削", "精")) else 1
        if (current.value > base.value) == (direction > 0):
            continue
        low, high = _difference_bounds(current, base)
        if low <= 0 <= high:
            continue  # equal within the printed precision
        actual = "增加" if current.value > base.value else "减少"
        out.append(
            _n108(
                bq.block,
                (base.start, current.end),
                (span_of(base), span_of(current)),
                (
                    f"由{base.text}{m.group(0)[m.start('verb') :]}{current.text}，与两个数字的"
                    f"变化方向不符：实为{actual}"
                ),
                "核对两个数字与增减方向",
                Severity.ERROR,
            )
        )
    return out


@lru_cache(maxsize=4)
def _direction_only_re(lex: Lexicon) -> re.Pattern[str]:
    """「（较上年的19起、8人）实现“双下降”」「（与上年的1,050件相比，）有所减少」: a direction of
    change with no amount after it (no figure, no level reached with 至/到)."""
    return re.compile(
        r"(?:相比|相较|比较)?[，,]?"
        r"(?:实现了?|出现了?|呈现|均|都|双双|双|有所|明显|大幅|进一步|稳步|[“”\"])*"
        rf"(?P<verb>{_change_words(lex)})(?![了为达]*(?:{_MINUS}|[0-9０-９一二两三四五六七八九十百千万]|至|到|幅度|比例))"
    )


# what joins the figures of one list of the period compared with (「19起、8人」「19起、死亡8人」)
_BASE_LIST_JOIN_RE = re.compile(r"(?:、|和|及|与|以及)[\u4e00-\u9fff]{0,4}")
_DIRECTED = ("count", "money", "measure", "percent")


def _direction_only(
    bq: BlockQuantities,
    lex: Lexicon,
    figures: list[Quantity],
    by_sentence: dict[int, list[Quantity]],
    paragraphs: Sequence[BlockQuantities] = (),
) -> list[Relation]:
    """「全年发生生产安全事故17起、死亡9人。事故起数和死亡人数较2022年的19起、8人实现“双下降”。」:
    a direction of change without an amount right after a list of figures of the period
    compared with, each of which must move that way from its figure of this period: the
    latest figure of its unit (in order, when units repeat) before the list in its sentence
    or the sentence before. A figure that moved the other way beyond its printed precision
    is a contradiction: an error when each base has one figure of its unit in the sentence,
    a warning when the figures are read from the sentence before or a unit repeats. Given
    ``paragraphs`` (those before under the same heading, nearest first), only lists with no
    such figures in their paragraph are read, against the nearest of those paragraphs that
    states figures of every unit (a warning)."""
    out: list[Relation] = []
    for i, last in enumerate(figures):
        if last.kind not in _DIRECTED or last.change:
            continue
        m = _direction_only_re(lex).match(bq.text, last.end)
        if m is None or (i + 1 < len(figures) and figures[i + 1].start < m.end()):
            continue
        bases = [last]
        k = i
        while k > 0:
            prev = figures[k - 1]
            if prev.kind not in _DIRECTED or not _BASE_LIST_JOIN_RE.fullmatch(
                bq.text, prev.end, bases[0].start
            ):
                break
            bases.insert(0, prev)
            k -= 1
        if not _is_base(bq, bases[0]) or any(b.change or b.value <= 0 for b in bases):
            continue
        own = [f for f in figures[:k] if _current_like(bq, lex, f)]
        earlier = [f for f in by_sentence.get(last.sentence - 1, []) if _current_like(bq, lex, f)]
        units = [b.unit for b in bases]
        pool = earlier + own
        currents = _currents_by_unit(own, bases) or _currents_by_unit(pool, bases)
        if paragraphs:
            if currents is not None:
                continue  # read within its paragraph
            for para in paragraphs:
                pool = [f for f in para.quantities if not f.quoted and _current_like(para, lex, f)]
                currents = _currents_by_unit(pool, bases)
                if currents is not None:
                    break
        if currents is None:
            continue
        if any(c.block != bq.block or c.sentence != last.sentence for c in currents):
            # figures of another sentence: what the list's clause names must name each
            # (事故起数和死亡人数 ← 发生…事故17起、死亡9人); a clause that names nothing reads
            # the sentence right before only
            subject = link_filler_re().sub("", _own_clause(bq, bases[0]))
            subject = _PERIOD_WORDS_RE.sub("", _CHANGE_WORDS_RE.sub("", subject))
            if len(subject) < 2:
                if paragraphs:
                    continue
            elif any(common_substring(subject, c.phrase + c.verb + c.noun) < 2 for c in currents):
                continue
        sure = (
            not paragraphs
            and len(set(units)) == len(units)
            and all(
                c.sentence == last.sentence and sum(f.unit == c.unit for f in own) == 1
                for c in currents
            )
        )
        direction = change_direction(m["verb"])
        spans = tuple(span_of(x) for pair in zip(currents, bases, strict=True) for x in pair)
        wrong = []
        for c, b in zip(currents, bases, strict=True):
            # each figure of the base's unit in the current one's sentence is a reading
            # (「办理案件1,200件，其中上年结转56件，较上年的1,100件有所增加」: 1,200 or 56);
            # with units that repeat, only the one in its place
            readings = (
                [
                    f
                    for f in pool
                    if f.sentence == c.sentence and f.unit == b.unit and f.kind == b.kind
                ]
                if len(set(units)) == len(units)
                else [c]
            )
            if all(_moved_against(f, b, direction) for f in readings):
                wrong.append((c, b))
        if not wrong:
            out.append(
                Relation(
                    "change",
                    Verdict.CONSISTENT,
                    bq.block,
                    m.span("verb"),
                    spans,
                )
            )
            continue
        word = re.sub(r"^(?:相比|相较|比较)?[，,]?|[“”\"]", "", m.group(0))
        actual = "增加" if direction < 0 else "减少"
        shown = "；".join(f"{b.text}→{c.text}，实为{actual}" for c, b in wrong)
        out.append(
            _n108(
                bq.block,
                m.span("verb"),
                spans,
                f"「{word}」与所比较的数字的变化方向不符：{shown}",
                "核对本期数、基期数与增减方向",
                Severity.ERROR if sure else Severity.WARNING,
            )
        )
    return out


def _moved_against(current: Quantity, base: Quantity, direction: int) -> bool:
    """Did the figure move from its base the other way than ``direction``, beyond the
    printed precision of both?"""
    low, high = _difference_bounds(current, base)
    return (direction < 0 and low > 0) or (direction > 0 and high < 0)


def _current_like(bq: BlockQuantities, lex: Lexicon, f: Quantity) -> bool:
    """A figure of this period that a change may speak of."""
    return (
        f.kind in _DIRECTED and not f.change and not _is_base(bq, f) and not per_or_change(lex, f)
    )


def _currents_by_unit(candidates: list[Quantity], bases: list[Quantity]) -> list[Quantity] | None:
    """The figures of this period the bases compare with: the latest of each base's unit when
    the units differ, else the latest ones in the bases' order."""
    units = [b.unit for b in bases]
    kinds = [b.kind for b in bases]
    if len(set(units)) == len(units):
        found = []
        for b in bases:
            same = [c for c in candidates if c.unit == b.unit and c.kind == b.kind]
            if not same:
                return None
            found.append(same[-1])
        if len({id(c) for c in found}) != len(found) or found != sorted(
            found, key=lambda c: c.num_start
        ):
            return None
        return found
    tail = candidates[-len(bases) :]
    if (
        len(tail) != len(bases)
        or [c.unit for c in tail] != units
        or [c.kind for c in tail] != kinds
    ):
        return None
    return tail


def _implied(
    bq: BlockQuantities,
    lex: Lexicon,
    d: Quantity,
    direction: int,
    figures: list[Quantity],
    earlier: list[Quantity],
) -> Relation | None:
    """「法定办理时限为20个工作日，改革后承诺办理时限压缩至8个工作日，压缩率达65%」: the
    level reached (压缩至8) is compared with the latest earlier figure of its unit (in its
    sentence or the one before) that names the same measure (办理时限), even when no 由/较
    marks it as the base. A reading, so never more than a warning."""
    reached = [
        q
        for q in figures
        if q.num_start < d.num_start
        and q.kind in ("count", "money", "measure", "time")
        and not q.change
        and _REACHED_RE.search(_context(bq, q))
    ]
    if not reached:
        return None
    current = reached[-1]
    start = max(0, current.num_start - 40)
    name = _REACHED_RE.sub("", clause_tail(bq.text, _CLAUSE_MARKS, start, current.num_start))
    candidates = [
        q
        for q in [*earlier, *figures]
        if q.num_start < current.num_start
        and q.kind == current.kind
        and _same_unit(q.unit, current.unit)
        and not q.change
        and not per_or_change(lex, q)
    ]
    if not candidates:
        return None
    base = candidates[-1]
    if common_substring(name, base.pre + base.noun) < 2:
        return None
    rel = _relative(bq, lex, d, direction, [base, current], (current, base))
    return _as_warning(rel, f"（以前文的{base.text}为基数）")


# 「…，较上年的1,187起下降13.1%」: a base after the change, with a change of its own right
# after it, is that change's base
_CHANGE_AFTER_RE = re.compile(
    r"[^，,；;。]{0,4}?(?:增长|增加|下降|减少|提高|提升|降低|上升|回落|缩短|压缩)"
    # 「由11.2%提高到14.6%」: a level reached, not a change of its own
    r"(?!了?(?:到|至))"
)


# 「…同比增长12%，其中A 1020件，同比增长15.4%（上年884件）」: a base after another change
# figure is that change's base
_CHANGE_BETWEEN_RE = re.compile(
    r"(?:增长|增加|下降|减少|提高|提升|降低|上升|回落|缩短|压缩)[了为达约近]*[0-9０-９.．]+"
    r"(?:%|％|个百分点)"
)


# a change figure and the few words after it that restate the other period (「同比下降12.7%
# （上年为」「，上年同期为」)
_AFTER_CHANGE_RE = re.compile(
    r"(?:增长|增加|下降|减少|提高|提升|降低|上升|回落|缩短|压缩)[了为达约近]*[0-9０-９.．]+"
    r"(?:%|％|个百分点)[^0-9０-９%％，,。；;]{0,3}[（(，,]?[^0-9０-９%％。；;，,]{0,12}$"
)


def _change_clause(bq: BlockQuantities, d: Quantity) -> str:
    """The words of the change's own clause before it (较上年增长)."""
    start, _ = bq.sentence_span(d.sentence)
    head = bq.text[max(start, d.start - 16) : d.start]
    cut = max(head.rfind(ch) for ch in "，,；;：:")
    return head[cut + 1 :]


def _respective(
    bq: BlockQuantities, sentence: list[Quantity], marked: list[tuple[Quantity, Any]]
) -> dict[int, tuple[Quantity, Quantity]]:
    """「A 90件、B 45件，分别较上年增长12.5%、下降10.0%（上年分别为80件、50件）」: with
    分别, the i-th change pairs the i-th figure before it with the i-th base in the bracket.
    Only when the three lists have the same length (two or more)."""
    changes = [d for d, m in marked if m is not None and d.kind == "percent"]
    if len(changes) < 2 or "分别" not in _change_clause(bq, changes[0]):
        return {}
    bases = [q for q in sentence if in_prior_bracket(bq, q)]
    first = changes[0].num_start
    if bases and bases[0].num_start < first:
        # 「40起、受伤7人，较去年（46起、9人）分别减少6起、2人，分别下降…」: this period's
        # figures stand before the bases
        first = bases[0].num_start
    # a change in units (「分别减少6起、2人」) is no current figure
    amounts = {id(q) for q, m in marked if m is not None}
    currents = [
        q
        for q in sentence
        if q.num_start < first
        and q.kind in ("count", "money", "measure")
        and q.depth == changes[0].depth
        and not any(q is b for b in bases)
        and id(q) not in amounts
        and not q.change
    ][-len(changes) :]
    if not (len(bases) == len(changes) == len(currents)):
        return {}
    if any(
        c.kind != b.kind or (c.kind != "money" and c.unit != b.unit)
        for c, b in zip(currents, bases, strict=True)
    ):
        return {}
    return {id(d): (c, b) for d, c, b in zip(changes, currents, bases, strict=True)}


def _relative(
    bq: BlockQuantities,
    lex: Lexicon,
    d: Quantity,
    direction: int,
    figures: list[Quantity],
    forced: tuple[Quantity, Quantity] | None = None,
) -> Relation | None:
    counts = [q for q in figures if q.kind != "percent" and not q.change]
    rates = [q for q in figures if q.kind == "percent"]
    pairs = [
        (c, b)
        for c, b in _pairs(bq, d, counts, ("count", "money", "measure", "time"))
        if (not (per_or_change(lex, c) or per_or_change(lex, b)) or _from_to(bq, c, b))
        and not _breakdown_of(bq, c, b)
    ]
    rate_pairs = [
        (c, b)
        for c, b in _pairs(bq, d, rates, ("percent",))
        # a rate reached after the change (「提高30.4%，达到14.6%」) is the one it speaks of
        if c.num_start > d.num_start or _speaks_of_rate(bq, d, c, figures)
    ]
    if forced is not None:
        pairs, rate_pairs = [forced], []  # 分别: this change's own pair only
    if not pairs and not rate_pairs:
        return None
    readings: list[str] = []
    for current, base in [*pairs, *rate_pairs]:
        low, high = _relative_bounds(current, base)
        if low is None or high is None:
            return None
        if _fits(low, high, d, direction) and not (
            current.kind == "percent" and _exact_slip(current, base, d, direction)
        ):
            return _ok(d, current, base)
        if _fits(low, high, d, -direction) and _names_other_measure(bq, d, current, base):
            return _ok(d, current, base)
        readings.append(_reading(current, base, d, direction))
    # two rates: the stated figure may be their difference, written with % (N106)
    for current, base in rate_pairs:
        low, high = _difference_bounds(current, base)
        if _fits(low, high, d, direction):
            reading = readings[rate_pairs.index((current, base)) + len(pairs)]
            return _points_as_percent(d, current, base, reading)
    involved = [span_of(d)]
    for current, base in [*pairs, *rate_pairs]:
        for q in (base, current):
            if span_of(q) not in involved:
                involved.append(span_of(q))
    word = "增长" if direction > 0 else "下降"
    several = len(readings) > 1
    return _mismatch(
        d,
        tuple(involved),
        (
            f"{word}{d.text}与所比较的数字不符："
            + ("各种读法均不符：" if several else "")
            + "；".join(readings[:6])
        ),
        "核对本期数、基期数与增减幅度",
        data={"stated": str(d.value), "readings": len(readings)},
    )


# what a change's clause says besides the change (「办理案件数同比增长」 -> 办理案件数)
_CHANGE_WORDS_RE = re.compile(
    rf"(?:较|比|同比|相比|相较|与|环比)?(?:{_PRIOR})?(?:相比|同期)?[，,]?"
    r"(?:分别|均|都|进一步|大幅|明显|稳步|有所|相对)*"
    rf"(?:增长|增加|下降|减少|提高|提升|降低|上升|回落|增幅|降幅|减幅)(?:了|为|达|约|近)*{_MINUS}?$"
)


_FIGURE_IN_CLAUSE_RE = re.compile(
    r"[0-9０-９.．%％]+|百分之[零〇一二两三四五六七八九十百千点]+|[（）()]"
)


def _speaks_of_rate(
    bq: BlockQuantities, d: Quantity, rate: Quantity, figures: list[Quantity]
) -> bool:
    """Can a percentage change speak of a rate stated before it? Not when a figure of
    another kind stands between them (「纠错率为14.6%，上年为11.2%；受理申请1,270件，同比增长
    3.4%」: the change is the count's), nor when its clause names a thing that shares no two
    characters with the rate's words (「办理案件数同比增长3.4%」)."""
    for q in figures:
        if (
            rate.end <= q.num_start < d.num_start
            and q.kind in ("count", "money", "measure", "time")
            and not q.change
            and not _is_base(bq, q)
        ):
            return False
    # the words after the last figure of the clause (「比上年11.2%增长」 names nothing)
    clause = _FIGURE_IN_CLAUSE_RE.split(_change_clause(bq, d))[-1]
    subject = link_filler_re().sub("", _CHANGE_WORDS_RE.sub("", clause))
    if len(subject) < 2:
        return True
    return common_substring(subject, _words_before(bq, rate)) >= 2


def _names_other_measure(
    bq: BlockQuantities, d: Quantity, current: Quantity, base: Quantity
) -> bool:
    """「平均承诺办结时限由8.3天减少到6.6天，审批效率提高20.5%」: a change whose clause names a
    measure of its own in a clause of its own (no figure in it; two characters or more) that shares no two characters with the words
    of the two figures it fits the other way round speaks of a measure that moves against
    them (time saved as efficiency gained): the size is what it states, not the direction."""
    clause = _words_before(bq, d)
    opens = d.num_start - len(clause)
    if any(
        q.end > opens and q.start < d.start
        for q in bq.quantities
        if q.sentence == d.sentence and q is not d
    ):
        return False  # (the figures in the change's own clause: 「比上年的76批次下降」)
    subject = link_filler_re().sub("", _CHANGE_WORDS_RE.sub("", clause))
    if len(subject) < 2:
        return False
    words = _words_before(bq, base) + _words_before(bq, current)
    return common_substring(subject, words) < 2


def _words_before(bq: BlockQuantities, q: Quantity) -> str:
    """The words of a figure's clause before it (at most 40 characters)."""
    return clause_tail(bq.text, _CLAUSE_MARKS, max(0, q.num_start - 40), q.num_start)


def _rates_before(
    bq: BlockQuantities,
    lex: Lexicon,
    d: Quantity,
    direction: int,
    by_sentence: dict[int, list[Quantity]],
    change_re: re.Pattern[str],
) -> Relation | None:
    """「投诉调解成功率为68.2%。上年为55.6%。同比提高12.6%。」「纠错率为14.6%。… 上年纠错率为
    11.2%，同比增长3.4%。」: a percentage change of a rate whose sentence holds no pair of
    rates, against the base rate of its sentence or of the sentence before (「上年为55.6%」)
    and the latest rate of this period before that base within :data:`LOOK_BACK_SENTENCES`
    sentences. The rate must be named where the base or the change names one (two
    characters in common); else it must stand in the sentence right before the base. Any
    reading that fits as a relative change is accepted; a difference of the two rates written
    with % is the % / 个百分点 slip (N106); else an N108. A link across a full stop: a
    warning."""
    own = by_sentence.get(d.sentence, [])[:MAX_FIGURES]
    if any(
        q.num_start < d.num_start and q.kind != "percent" and not q.change and not _is_base(bq, q)
        for q in own
    ):
        return None  # the change speaks of a figure of its own sentence
    bases = [q for q in own if q.kind == "percent" and q.num_start < d.num_start]
    if bases and not all(_is_base(bq, q) for q in bases):
        # 「上年同期纠错率为11.2%。今年纠错率为14.6%，同比增长3.4%。」: this period's rate
        # here, the base alone in the sentence before that opens with the period compared
        earlier = by_sentence.get(d.sentence - 1, []) if d.sentence > 0 else []
        prior = [q for q in earlier if q.kind == "percent"]
        if len(bases) != 1 or len(prior) != 1 or len(earlier) != 1:
            return None
        start, _ = bq.sentence_span(d.sentence - 1)
        if _PRIOR_OPENING_RE.match(bq.text, start) is None:
            return None
        named = _RATE_NAME_RE.search(_words_before(bq, bases[0]))
        if named and common_substring(named.group(0), _words_before(bq, prior[0])) < 2:
            return None
        return _rate_reading(d, direction, bases[0], prior[0], f"以上一句的{prior[0].text}为基数")
    if not bases and d.sentence > 0:
        # 「…为68.2%。上年为55.6%。同比提高12.6%。」: the sentence before states the base only
        earlier = by_sentence.get(d.sentence - 1, [])
        bases = [q for q in earlier if q.kind == "percent"]
        if not bases or not all(_is_base(bq, q) for q in bases) or len(earlier) != len(bases):
            return None
    if len(bases) != 1:
        return None
    base = bases[0]
    named = _RATE_NAME_RE.search(_words_before(bq, base)) or _RATE_NAME_RE.search(
        _change_clause(bq, d)
    )
    current = None
    for k in range(0, LOOK_BACK_SENTENCES + 1):
        if base.sentence - k < 0 or (named is None and k > 1):
            break
        found = [
            q
            for q in by_sentence.get(base.sentence - k, [])[-MAX_FIGURES:]
            if q.kind == "percent"
            and q.num_start < base.num_start
            and not q.change
            and not change_re.search(_context(bq, q))
            and not _is_base(bq, q)
        ]
        if named is not None:
            found = [
                q for q in found if common_substring(named.group(0), _words_before(bq, q)) >= 2
            ]
        if found:
            current = found[-1]
            break
    if current is None or current.sentence == d.sentence:
        return None
    return _rate_reading(d, direction, current, base, f"以前文的{current.text}为本期数")


def _rate_reading(
    d: Quantity, direction: int, current: Quantity, base: Quantity, note: str
) -> Relation | None:
    """A percentage change of a rate against one pair of rates linked across a full stop:
    consistent as a relative change; their difference written with % is the % / 个百分点
    slip (N106); else an N108 warning showing both. ``note`` says where the pair was found."""
    low, high = _relative_bounds(current, base)
    if low is None or high is None:
        return None
    if _fits(low, high, d, direction) and not _exact_slip(current, base, d, direction):
        return _ok(d, current, base)
    reading = _reading(current, base, d, direction)
    diff_low, diff_high = _difference_bounds(current, base)
    if _fits(diff_low, diff_high, d, direction):
        return _points_as_percent(d, current, base, reading, note)
    word = "增长" if direction > 0 else "下降"
    return _pair_warning(
        d,
        current,
        base,
        f"{word}{d.text}与所比较的两个比率不符：{reading}；两者相差"
        f"{fmt(current.value - base.value)}个百分点（{note}）",
        "核对本期数、基期数与增减幅度",
    )


def _pair_warning(
    d: Quantity, current: Quantity, base: Quantity, message: str, suggestion: str
) -> Relation:
    """An N108 warning on one pair of rates linked across a full stop."""
    return replace(
        _mismatch(
            d,
            (span_of(d), span_of(base), span_of(current)),
            message,
            suggestion,
            data={"stated": str(d.value), "readings": 1},
        ),
        severity=Severity.WARNING,
    )


def _points_after(
    d: Quantity, direction: int, current: Quantity, base: Quantity, note: str
) -> Relation:
    """A 个百分点 change against the rate of this period before it and the rate of the
    period compared with in the next sentence: their difference, or an N108 warning (a
    reading across a full stop)."""
    low, high = _difference_bounds(current, base)
    if _fits(low, high, d, direction):
        return _ok(d, current, base)
    word = "提高" if direction > 0 else "下降"
    upper, lower = (current, base) if current.value >= base.value else (base, current)
    return _pair_warning(
        d,
        current,
        base,
        f"{word}{d.text}与两个比率之差不符：{upper.number}%－{lower.number}%＝"
        f"{fmt(upper.value - lower.value)}个百分点（{note}）",
        "核对两个比率与百分点差",
    )


def _points(
    bq: BlockQuantities, d: Quantity, direction: int, figures: list[Quantity]
) -> Relation | None:
    rates = [q for q in figures if q.kind == "percent"]
    pairs = _pairs(bq, d, rates, ("percent",))
    if not pairs:
        return None
    readings = []
    for current, base in pairs:
        low, high = _difference_bounds(current, base)
        if _fits(low, high, d, direction):
            return _ok(d, current, base)
        readings.append(
            f"{current.number}%－{base.number}%＝{fmt(current.value - base.value)}个百分点"
        )
    involved = [span_of(d)]
    for current, base in pairs:
        for q in (base, current):
            if span_of(q) not in involved:
                involved.append(span_of(q))
    word = "提高" if direction > 0 else "下降"
    return _mismatch(
        d,
        tuple(involved),
        (
            f"{word}{d.text}与两个比率之差不符："
            + ("各种读法均不符：" if len(readings) > 1 else "")
            + "；".join(readings[:6])
        ),
        "核对两个比率与百分点差",
        data={"stated": str(d.value), "readings": len(readings)},
    )


# between a rate in ‰ and the rate it is compared with: the comparison and the period only
# (「10.94‰，较2017年的12.43‰」「8.1‰，比上年的」); after the base, the word of change only
_PERMILLE_BETWEEN_RE = re.compile(
    r"[，,]?\s*(?:与|较|比)(?:[0-9]{4}年|上一?年|去年|前一?年)?(?:度|同期|末|底)?的?"
)
_PERMILLE_AFTER_RE = re.compile(r"(?:相比)?[，,]?\s*[^\d‰。；;，,]{0,8}")


def _permille_points(bq: BlockQuantities, d: Quantity, direction: int) -> Relation | None:
    """「出生率降至10.94‰，较2017年的12.43‰下降1.49个千分点」: a 个千分点 change right after
    the rate of the period compared with, both in ‰, with this period's rate right before
    the comparison — their difference, as a 个百分点 change is of two rates in %. The two rates
    are figures of no unit to the quantities (‰ is no unit of theirs): read only here, from
    the words between them, one reading (an error when it does not fit)."""
    rates = [
        q
        for q in bq.quantities
        if q.sentence == d.sentence
        and q.kind == "bare"
        and q.end < d.start
        and bq.text.startswith("‰", q.end)
    ]
    if len(rates) < 2:
        return None
    current, base = rates[-2], rates[-1]
    if (
        _PERMILLE_AFTER_RE.fullmatch(bq.text, base.end + 1, d.start) is None
        or _PERMILLE_BETWEEN_RE.fullmatch(bq.text, current.end + 1, base.start) is None
    ):
        return None
    low, high = _difference_bounds(current, base)
    if _fits(low, high, d, direction):
        return _ok(d, current, base)
    word = "提高" if direction > 0 else "下降"
    return _mismatch(
        d,
        (span_of(d), span_of(base), span_of(current)),
        f"{word}{d.text}与两个比率之差不符：{current.number}‰－{base.number}‰＝"
        f"{fmt(current.value - base.value)}个千分点",
        "核对两个比率与千分点差",
        data={"stated": str(d.value), "readings": 1},
    )


_RATE_NAME_RE = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:率|占比|比例|比重|度)")


def _points_before(
    bq: BlockQuantities,
    d: Quantity,
    direction: int,
    by_sentence: dict[int, list[Quantity]],
    change_re: re.Pattern[str],
) -> Relation | None:
    """「出庭率由85.5%提高到96.0%。出庭率提高11.5个百分点。」: a 个百分点 change whose own
    sentence holds no pair of rates is read against the 由…到… pair of the sentence before,
    or against its own base and the last rate of the sentence before (「满意率为96.5%。较上年
    的94.0%提高3.5个百分点。」).
    An error when the change names a rate the pair's clause names too (two characters in
    common), else a warning."""
    before = [
        q
        for q in by_sentence.get(d.sentence - 1, [])[-MAX_FIGURES:]
        if q.kind == "percent" and not change_re.search(_context(bq, q))
    ]
    own = [
        q
        for q in by_sentence.get(d.sentence, [])
        if q.kind == "percent" and q.num_start < d.num_start and _is_base(bq, q)
    ]
    # 「由85.5%提高到96.0%。提高11.5个百分点」, or 「满意率为96.5%。较上年的94.0%提高…」
    # (the base in the change's sentence, the current rate the last one before it)
    pairs = [(c, b) for c, b in _pairs(bq, d, before, ("percent",)) if _from_to(bq, c, b)]
    if not pairs and len(own) == 1:
        current = [c for c in before if not _is_base(bq, c)]
        named = _RATE_NAME_RE.search(_change_clause(bq, d))
        if current and named and common_substring(named.group(0), current[-1].pre) < 2:
            current = []  # 「办结率为96.5%。满意率较上年…」: another rate
        pairs = [(current[-1], own[0])] if current else []
    if len(pairs) != 1:
        return None
    rel = _points(bq, d, direction, [pairs[0][1], pairs[0][0]])
    if rel is None or rel.verdict is not Verdict.CONTRADICTION:
        return rel
    named = _RATE_NAME_RE.search(_change_clause(bq, d))
    base = pairs[0][1]
    words = clause_tail(bq.text, _CLAUSE_MARKS, max(0, base.num_start - 40), base.num_start)
    if named and common_substring(named.group(0), words) >= 2:
        return rel
    return replace(rel, severity=Severity.WARNING)


def _reading(current: Quantity, base: Quantity, d: Quantity, direction: int) -> str:
    """The arithmetic of one reading of a relative change, with what it shows: a change the
    other way (「下降22.2%」 of 9人 → 11人: 实为增长) and a change computed over the current
    figure instead of the base (46起 → 40起 stated as 下降15%: （46－40）÷40)."""
    shown = (current.value - base.value) / base.value * 100
    if shown >= 0:
        text = f"（{current.number}－{base.number}）÷{base.number}＝{_pct(shown, d)}%"
    else:
        text = f"（{base.number}－{current.number}）÷{base.number}＝{_pct(-shown, d)}%"
    if shown and (shown > 0) != (direction > 0):
        text = f"实为{'增长' if shown > 0 else '下降'}，{text}"
    elif current.value > 0 and shown:
        over_current = abs(current.value - base.value) / current.value * 100
        unit = Decimal(1).scaleb(-d.decimals)
        if d.low - unit / 2 <= over_current < d.high + unit:
            high, low = (current, base) if shown > 0 else (base, current)
            text += (
                f"；所写幅度是以本期数为基数算出的：（{high.number}－{low.number}）÷"
                f"{current.number}＝{_pct(over_current, d)}%，增减幅度应以基期数{base.number}为基数"
            )
    return text


def _exact_slip(current: Quantity, base: Quantity, d: Quantity, direction: int) -> bool:
    """「结案率达到98.7%，上年为95.2%，同比增长3.5%」: the stated % is exactly the difference
    of the two printed rates (3.5 points) while their relative change, computed from the
    printed figures (3.68%), does not round to it — it fits only at the edge of the rates'
    own precision (98.65 over 95.25) or by truncation (1.77% cut to 1.7%). The difference is
    then the reading the text wrote, the % / 个百分点 slip (a warning), not a relative change."""
    if d.approx or base.value <= 0:
        return False
    unit = Decimal(1).scaleb(-d.decimals)
    difference = (current.value - base.value) * direction
    if difference <= 0 or difference.quantize(unit) != d.value:
        return False
    relative = (current.value - base.value) / base.value * 100 * direction
    return relative.quantize(unit, rounding="ROUND_HALF_UP") != d.value


def _relative_bounds(current: Quantity, base: Quantity) -> tuple[Decimal | None, Decimal | None]:
    c_low, c_high = bounds(current)
    b_low, b_high = bounds(base)
    if b_low <= 0:
        return None, None
    candidates = [(c - b) / b * 100 for c in (c_low, c_high) for b in (b_low, b_high)]
    return min(candidates), max(candidates)


def _difference_bounds(current: Quantity, base: Quantity) -> tuple[Decimal, Decimal]:
    c_low, c_high = bounds(current)
    b_low, b_high = bounds(base)
    return c_low - b_high, c_high - b_low


def _fits(low: Decimal, high: Decimal, d: Quantity, direction: int) -> bool:
    """Does a signed change in [low, high] match the stated size and direction?"""
    unit = Decimal(1).scaleb(-d.decimals)
    stated_low = d.low - unit / 2
    stated_high = d.high + unit  # rounding half up, or truncation
    if direction > 0:
        return high >= stated_low and low < stated_high
    return -low >= stated_low and -high < stated_high


def _pct(value: Decimal, like: Quantity) -> str:
    unit = Decimal(1).scaleb(-max(like.decimals, 1))
    return fmt(value.quantize(unit))


def _ok(d: Quantity, current: Quantity, base: Quantity) -> Relation:
    return Relation(
        "change",
        Verdict.CONSISTENT,
        d.block,
        (d.num_start, d.end),
        (span_of(d), span_of(base), span_of(current)),
    )


def _comparison_sentence(
    bq: BlockQuantities, lex: Lexicon, sentence: int
) -> list[tuple[Quantity, Quantity]]:
    """The (current, base) pairs a sentence states, in order: its figures of another period
    (「（上年分别为46起、9人）」「上年为1,200件」) against as many figures of this period before
    them, the i-th with the i-th, each pair of one unit; [] when the sentence is not one."""
    figures = [
        q
        for q in _sentence_figures(bq).get(sentence, [])
        if q.kind in ("count", "money", "measure") and not per_or_change(lex, q)
    ][:MAX_FIGURES]
    bases = [q for q in figures if is_comparison_base(q, bq)]
    if not bases:
        return []
    currents = [
        q for q in figures if q.num_start < bases[0].num_start and not any(q is b for b in bases)
    ]
    if not currents and sentence > 0:
        # 「全年发生火灾事故40起、受伤7人。上年分别为46起和9人。」: this period's figures
        # in the sentence before
        currents = [
            q
            for q in _sentence_figures(bq).get(sentence - 1, [])
            if q.kind in ("count", "money", "measure")
            and not per_or_change(lex, q)
            and not is_comparison_base(q, bq)
        ][-MAX_FIGURES:]
    currents = currents[-len(bases) :]
    if len(currents) != len(bases):
        return []
    pairs = list(zip(currents, bases, strict=True))
    if any(
        c.kind != b.kind or (c.kind != "money" and not _same_unit(c.unit, b.unit)) for c, b in pairs
    ):
        return []
    return pairs


def _sentence_figures(bq: BlockQuantities) -> dict[int, list[Quantity]]:
    """A paragraph's figures (not quoted) by sentence, computed once per paragraph."""
    cached: dict[int, list[Quantity]] | None = bq.__dict__.get("_sentence_figures")
    if cached is None:
        cached = {}
        for q in bq.quantities:
            if not q.quoted:
                cached.setdefault(q.sentence, []).append(q)
        bq.__dict__["_sentence_figures"] = cached
    return cached


def _forced_relative(d: Quantity, direction: int, current: Quantity, base: Quantity) -> Relation:
    """A percentage change against the one pair it is read with."""
    low, high = _relative_bounds(current, base)
    if low is None or high is None or _fits(low, high, d, direction):
        return _ok(d, current, base)
    word = "增长" if direction > 0 else "下降"
    return _mismatch(
        d,
        (span_of(d), span_of(base), span_of(current)),
        f"{word}{d.text}与所比较的数字不符：{_reading(current, base, d, direction)}",
        "核对本期数、基期数与增减幅度",
        data={"stated": str(d.value), "readings": 1},
    )


# the words between what a change names and its figure: the comparison, 分别 (「受伤人数同比
# 下降」「死亡人数、直接经济损失同比分别上升」)
_NAMED_TAIL_RE = re.compile(
    r"(?:同比|较上年同期|比上年同期|较去年同期|比去年同期|较上年|比上年|分别|均)+$"
)
_NAMES_SPLIT_RE = re.compile(r"[、和及]")
_CLAUSE_DELIMS = "，,；;。：:"


def _measure_named(bq: BlockQuantities, lex: Lexicon, d: Quantity, sentence: list[Quantity]) -> str:
    """What a change of a clause that opens with what it counts names: 「受伤人数同比下降3.68%」
    → 受伤人数; the i-th name of a 、 list for the i-th of as many changes after it
    (「死亡人数、直接经济损失同比分别上升7.25%、54.59%」 → 直接经济损失 for 54.59%); else ""."""
    start, _ = bq.sentence_span(d.sentence)
    head = bq.text[start : d.start]
    at = max(head.rfind(ch) for ch in _CLAUSE_DELIMS) + 1
    clause_start = start + at
    word = _change_word_anywhere_re(lex).search(bq.text, clause_start, d.start)
    if word is None:
        return ""
    subject = _NAMED_TAIL_RE.sub("", bq.text[clause_start : word.start()])
    if not subject or any(ch.isdigit() for ch in subject):
        return ""
    names = _NAMES_SPLIT_RE.split(subject)
    changes = [q for q in sentence if q.change and q.kind == d.kind and q.num_start >= clause_start]
    changes = [
        q
        for q in changes
        if not any(ch in _CLAUSE_DELIMS for ch in bq.text[clause_start : q.num_start])
    ]
    if len(names) != len(changes) or any(len(n) < 2 for n in names):
        return ""
    return names[[id(q) for q in changes].index(id(d))] if d in changes else ""


def _named_across(
    bq: BlockQuantities,
    lex: Lexicon,
    d: Quantity,
    direction: int,
    sentence: list[Quantity],
    by_sentence: dict[int, list[Quantity]],
) -> Relation | None:
    """「…死亡74人、受伤183人…。去年同期…死亡69人、受伤190人…。受伤人数同比下降3.68%，…死亡
    人数、直接经济损失同比分别上升7.25%、54.59%。」: a change in a sentence of changes only,
    naming what it counts (:func:`_measure_named`), right after a sentence that opens with the
    period compared with: against the one figure of that sentence naming the same thing (two
    characters in a row) and the one figure of the sentence before it (this period's) naming
    it too. Across full stops: a warning."""
    kinds = ("count", "money", "measure")
    if d.sentence < 2 or any(q.kind in kinds and not q.change for q in sentence):
        return None
    name = _measure_named(bq, lex, d, sentence)
    if not name:
        return None
    start, _ = bq.sentence_span(d.sentence - 1)
    opening = _PRIOR_OPENING_RE.match(bq.text, start)
    if opening is None or opening["year"] is not None:
        return None
    before = _PRIOR_OPENING_RE.match(bq.text, bq.sentence_span(d.sentence - 2)[0])
    if before is not None and (before["year"] is None or prior_year_marked(before)):
        return None  # (a year opening this period's sentence names it: 「2018年1-10月份，…」)
    filler = link_filler_re()

    def naming(figures: list[Quantity]) -> list[Quantity]:
        return [
            q
            for q in figures[:MAX_FIGURES]
            if q.kind in kinds
            and not q.change
            and common_substring(name, filler.sub("", _PERIOD_WORDS_RE.sub("", q.phrase))) >= 2
        ]

    bases = naming(by_sentence.get(d.sentence - 1, []))
    currents = naming(by_sentence.get(d.sentence - 2, []))
    if len(bases) != 1 or len(currents) != 1:
        return None
    current, base = currents[0], bases[0]
    if current.kind != base.kind or not (
        base.kind == "money" or _same_unit(base.unit, current.unit)
    ):
        return None
    if other_thing(current, base):
        return None
    rel = _forced_relative(d, direction, current, base)
    if rel.verdict is not Verdict.CONTRADICTION:
        return rel
    return replace(
        rel,
        severity=Severity.WARNING,
        message=rel.message + f"（本期数与上年同期数分别见前两句，按“{name}”对应）",
    )


def _as_warning(rel: Relation | None, note: str) -> Relation | None:
    """A contradiction read against a figure the sentence does not name as its own (a base
    or a current figure found further away) is a warning, its message saying which figure."""
    if rel is None or rel.verdict is not Verdict.CONTRADICTION:
        return rel
    return replace(rel, severity=Severity.WARNING, message=rel.message + note)


# 「新收案件96件，同比增加67.4%」: a count's own change, right after it, against last year
_OWN_CHANGE_RE = re.compile(
    rf"\s*[，,]?\s*(?:同比|(?:较|比)(?:{_PRIOR})(?:同期)?)"
    r"(?:增加|增长|上升|提高|提升|下降|减少|降低|回落|下滑|增|减)了?(?:幅度为|幅为)?\s*"
)
# a count at least this large and a rate of at least this many figures: a rate meant exactly
# (under them one step of the prior moves the rate by whole points: a loose rate may be meant)
_SURE_COUNT = 20
_SURE_FIGURES = 3
# figures of one thing written side by side (「来访95件127人次」) a rate may be of
MAX_SIDE_BY_SIDE = 3


def _side_by_side(bq: BlockQuantities, before: list[Quantity]) -> list[Quantity]:
    """The figures written right against the last of ``before`` with nothing between them
    (「95件127人次」: one thing counted in two units), the last first."""
    run = [before[-1]]
    for q in reversed(before[-MAX_SIDE_BY_SIDE:-1]):
        if bq.text[q.end : run[-1].start].strip(" 　"):
            break
        run.append(q)
    return run


def _whole_prior_gives(n: int, rate: Decimal, direction: int, step: Decimal) -> bool:
    """Does some whole prior give ``rate`` (rounded or truncated at ``step``) for ``n``?"""
    guess = Decimal(n) / (1 + direction * rate / 100)
    # the rate falls as the prior grows: only the priors around n ÷ (1 ± rate) can give it
    for p in range(max(1, int(guess) - 1), int(guess) + 3):
        if (p >= n) if direction > 0 else (p <= n):
            continue  # (the prior lies on the other side of the count)
        v = abs(Decimal(n - p)) / p * 100
        if abs(v - rate) <= step / 2 or rate <= v < rate + step:
            return True
    return False


def _no_whole_prior(
    bq: BlockQuantities, d: Quantity, direction: int, sentence: list[Quantity]
) -> Relation | None:
    """「新收行政复议案件96件，同比增加67.4%」 with no prior stated: a count of whole things
    (件, 人, 次 …) right before its own percentage change has a whole prior too, and no whole
    prior gives 67.4% (96 ÷ 1.674 = 57.35: 57 → 68.42%, 58 → 65.52%), rounded or truncated
    at the printed precision. Not for an approximate or scaled count (约, 余, 1.2万件), money,
    a rate's change, or 个百分点 (no count), nor when the rate is too coarse to be sure of (a
    count under 20 or a rate of fewer than three figures: one step of the prior moves the rate
    by more than its last figure, so a loosely rounded rate may be meant). Not for a figure
    that is itself a change (「较上月增加263件，同比上升6.11%」: 263 is a difference, the
    rate is of the total), and when figures of one thing stand side by side (「来访95件127
    人次，同比上升63.79%」) the rate may be of any of them: one with a whole prior is enough.
    A note (info): with no prior stated the slip is inferred, not seen, and drafters do write
    such a rate without computing it (the blind sets' 「同比增长X%」 with no prior are read as
    consistent).
    """
    if direction == 0 or d.approx or d.value <= 0 or (direction < 0 and d.value >= 100):
        return None
    before = [q for q in sentence if q.end <= d.num_start]
    if not before or not _OWN_CHANGE_RE.fullmatch(bq.text, before[-1].end, d.num_start):
        return None
    rate, step = d.value, Decimal(1).scaleb(-d.decimals)
    figures = len(str(rate.normalize()).replace(".", "").lstrip("0"))
    if figures < _SURE_FIGURES:
        return None
    counts = _side_by_side(bq, before)
    for q in counts:
        if (
            q.kind != "count"
            or q.approx
            or q.magnitude != 1
            or q.decimals
            or q.value < _SURE_COUNT
            or q.depth != d.depth
            or q.change  # a difference against another period, not a count with a prior
            or _whole_prior_gives(int(q.value), rate, direction, step)
        ):
            return None
    current = counts[0]
    n = int(current.value)
    guess = Decimal(n) / (1 + direction * rate / 100)
    nearest = [p for p in (int(guess), int(guess) + 1) if p >= 1 and p != n]
    shown = "，".join(f"上年{p}→{_two(abs(Decimal(n - p)) / p * 100)}%" for p in nearest)
    return _n108(
        d.block,
        (d.num_start, d.end),
        (Span(bq.block, current.num_start, current.end), Span(bq.block, d.num_start, d.end)),
        f"{current.text}的变化幅度{d.text}没有整数的上年数可以得出：{n}÷"
        f"{fmt(1 + direction * rate / 100)}＝{_two(guess)}（{shown}）",
        "核对增减幅度或本期数字",
        severity=Severity.INFO,
        data={"current": n, "stated": str(rate)},
    )


def _two(value: Decimal) -> str:
    """``value`` to two decimals, for a message."""
    return fmt(value.quantize(Decimal("0.01")))
