"""Dates that contradict the calendar or each other, within one sentence.

* N303 — a date that does not exist: 「2022年2月29日」 (2022 is not a leap year), 「6月31日」,
  「2023年13月」, 「2023年第五季度」 (an ordinal quarter past the fourth, with or without a year);
* N304 — a time span that its own dates refute:
  - work carried out in a quarter or a half-year that lasts longer than it (「第四季度开展为期
    120天的…」); work only launched then (启动, 部署, 起) may run on;
  - a relative year glossed with another year (「明年（2023年）」 in a report on 2023);
  - this year's work dated with an earlier year (「今年以来，我局于2022年4月组织…」);
  - a stated duration (为期/历时/持续 N 天、周、个月、年) against the dates the sentence gives
    for its start and end (「11月4日至15日……为期5天」 is 11 or 12 days); a start without a day
    may be any day of its month, an end marked 底/末 is the month's last day;
  - the end before the start: 「9月启动……6月底前已全部完成」, 「自2024年10月起至2024年8月」;
  - an anniversary or a run of years against the year it began (「自2021年成立以来，已连续运行
    五周年」 in a report on 2024: three or four years; 「自2020年3月挂牌以来，三年来…」 in a
    report on 2021: one or two);
  - work 「…以来」 opening a paragraph, dated before the founding the paragraph before dates
    (「2023年5月，…组建…支队。」 then 「支队组建以来，于2023年2月至4月…」), as a warning;
  - the results of year Y's assessment (「2024年度……考核优秀」) dated before Y ended;
  - a month range counted in months (「2023年8月至12月」 is five months, or four between them)
    and a start run to the year's end (「7月1日起……截至年底已运行8个月」), as warnings;
  - the ordinal year of a plan (「2021年启动的…规划实施的第三年」, 「（2021—2025年）》实施的第
    三年」 in a report on 2022: the second) and 「2019年以来的五年间」, as warnings;
  - a quarter or a half glossed in brackets with months not its own (「第三季度（4月至6月）」),
    as an error;
  - a clause opened by a quarter or a half of the report year whose work is dated (于/在 a
    month) outside it (「下半年，街道于2024年4月组织…」; not when the part qualifies the noun
    of a review dated after it, 「第二季度安全生产考核工作将于7月开展」), and a run from a start up to now
    (「自2024年7月…以来，已累计运行14个月」) longer than up to the end of March after the
    report year, when the report is published at the latest — both warnings;
  - a rule taking effect before it was adopted or issued, in a statement that names one rule
    (「《…办法》经2024年5月14日常务会议审议通过，自2024年3月1日起施行」), as a warning.

  - this year's months counted up to a month not yet over on the day the text says it is
    spoken (「今天（12月18日）…」 then 「今年1-12月，…办理…125件」 within three paragraphs; or
    a news dateline, 「中新网11月4日电 …今年1至11月…」; or a day opening a sentence whose verb
    publishes the months' data, 「7月25日，…发布了2021年1月至9月…数据」), as an error; and a
    cut-off after the day that opens its sentence with a verb of telling (发布, 通报, 获悉,
    了解到: 「7月10日，记者从…获悉，截至7月底，…」), an error — session 25 over every read set:
    real19–38 one contradiction found (QG076), invented one (own25 TAV032), no consistent case.

Session 30 round 2 (s30b-time), the text's own date against what it gives, decided on counts
over every read set (real19–42 | real43–48 | real49–54 | blind1–44 | own10–26; time found,
at error, false errors, warnings on consistent), both warnings:

  - a news dateline without its year (「新华社济南8月2日电」「中评社北京3月3日电」) and a cut-off in
    its paragraph naming the latest year the paragraph names, later in that year than the
    dateline (「截至2018年9月底」): read in that year the figures run past the day they are
    told on; the dateline may be of a later year (a stale figure), hence a warning; not when
    the paragraph counts from another year (去年, 上年, 前年), which a January dateline about
    the year-end before does (:func:`_cut_off_after_yearless_dateline`):
    0 | +1 (real47 KG077) | +1 (real50 KJ074) | 0 | 0, nothing else changed;
  - a speech dated under its title (「——2018年9月2日在…人大常委会第二十八次会议上」) giving
    accounts its date had not reached: the final accounts (决算) of a year not yet over
    (real53 KO055), the budget execution of a year not yet begun in the title above the date
    (「关于沙洋县2022年预算执行情况…的报告」 over 「——2021年12月18日…」, real50 KJ078), the figures
    of a part of its year not yet over (「2023年前三季度，全区实现…806亿元」 on 2023年8月31日,
    real53 KO016); not an estimate or a plan (预计, 左右, 将…), not a whole year's review (a
    new congress meets in October and reviews its year with 预计数: real53 KO042)
    (:func:`_speech_date_accounts`): 0 | 0 | +3 | 0 | 0, nothing else changed.

  Left (one case each, or no reading without the page's date): a January dateline without its
  year against the full year it reports (real54 KP054, KP056: the dateline may be of the next
  year), a whole year reviewed on 2月2日 (real53 KO041: the same form is consistent in
  October), a quarter compared with a later one (real50 KJ082), a holiday range past the day
  of its measurement (real47 KG047), a year out of its sequence (real52 KN057, real54 KP067,
  real45 KE083), carry-over to the year after next (real47 KG059), a year in a title or an
  honour (KG080, QU075, QV083), the year's new figure above the running total (real46 KF058).

Session 31 (s31-time), periods read as intervals (start, end, what they measure) against
each other, decided on counts over every read set (real19–42 | real43–48 | real49–54 |
real55–57 | blind1–44 | own10–26; time found, at error, false errors, warnings on consistent):

  - a run of whole years given with the number of years it lasts — the count glossed by the
    run in brackets (「前三年（2016—2019年）」「三年行动期间（2020—2022年）」) or the first 「N年来/间」
    in its sentence or the next with no year outside the run between (「2020年至2024年，…。四年
    来…」) — counted with both ends, as every plan's 「三年行动（2022—2024年）」 and the read
    sets' 「2015年到2017年三年间」「从2019年至2022年，这四年间」 are: a count that fits only the
    years between the ends is a warning, one that fits neither an error (:func:`_years_counted`;
    real57 KT030, KT056 found as warnings);
  - a change from a year's figure to another's (「从2023年41.7%上升至64.1%」, 「从2018年54.9%降至
    2023年26.7%」) whose start year is after the report year (the end figure, yearless, is the
    report year's), whose end year is after it, or whose end is not after its start — a warning
    (:func:`_change_years`; real56 KS020, real54 KP067 — left in session 30 as "a year out of
    its sequence" — found);
  - a cut-off before November opening the clause of a 全年 figure (「截至6月30日，2021年全年
    通过政务网站发布…」): an error with the year named with 全年, a warning with 全年 alone (it
    may mean the year so far); not 全年任务/目标/计划 (a target: real28 QY034), not a cut-off of
    another year than the whole year (截至2025年2月底，…2024年全年: the date of writing), not
    全年 in a later clause (own11 PB07 「截至11月底…已收到7份，全年收到9份」)
    (:func:`_cut_off_whole_year`; real55 KQ045 found at error);
  - a title naming a part of a year (上半年, a quarter, 前三季度, 1—N月 before 总结/报告/通报/
    情况) over figures of that year counted from January past the part's last month (「2023年
    上半年工作总结」 over 「1-8月份，全县共办理…」) — a warning (:func:`_title_part_months`;
    real55 KQ080 found).

  Counts: see the session's report (real55–57 time 9 → 15 found, 2 → 3 at error, no new
  false error or warning on consistent in real55–57, no change in real19–39, blind1–44,
  own10–26 scored during the work). Left: a duration in one sentence against a 期间 gloss in
  the next (real57 KT079 「进驻时间为1个月。进驻期间（2021年4月7日—6月7日）」: one case, linked
  only by the repeated noun); a part-month figure above its months' total whose unit is 亿
  without 元 (real57 KT050: periods reads the pair once the unit is whole — a quantities
  matter, not a period one).

Session 32 round 2 (s32b-timeunits), the day a text is told on against a part of the year or
a run of days not yet over (:func:`_parts_not_over`, called from :func:`_months_not_over` on
the same days: a 「今天（…）」, a dateline, a day opening a sentence that publishes):

  - a part of the year counted from January (一季度, 上半年, 前三季度: :data:`_PART_LAST_MONTH`)
    opening a clause with figures after it, told before the part ends (「3月4日，记者从…例会
    上获悉，一季度，全市累计检查…18245家」 real60 KX080) — an error, as the months 「1-12月」
    are; not 一季度以来, 一季度末, nor with 截至/目前/期间/将/计划/预计 in its sentence;
  - a run of days begun by that day and ending after it, reported in its sentence as done
    (开展了, 成效, 完成) or with figures (「省應急管理廳6月9日消息,從5月20日至6月30日,…開展了
    安全生產大檢查,成效明顯」 real58 KV014) — a warning: a run may be told while it goes on;
  - a news lead 「X月X日消息」「X月X日讯」 is a dateline as 「X月X日电」 is, and the figures a
    published day tells may follow its verb after a comma (「获悉，一季度，…」).
  Counts (found | at error | false errors | warnings on consistent): real58–60 time 10 → 12
  found (KV014 warning, KX080 error), at error 4 → 5, false errors and warnings on consistent
  unchanged; real19–47 and the blind sets scored before the stop (blind4, 6–9, 37–44)
  unchanged to the line; the rest left to the lead's check_all. Left: a cut-off before the start of the action it counts in the sentence
  before (real60 KX023 「从5月20日开始，…开展…大检查。截至5月5日，…」: one case), a day
  opening the paragraph with 据…测算 (real47 KG047), a meeting day in one paragraph against
  上半年 in the next (real27 QX080), a publication date in a page header (real58 KV067).

Session 34 round 2 (s34-time2), a period whose end is not after its start, read on the date
grammar: a run of years in brackets (grammar ``BRACKETED_YEAR_RANGE``, read also where the
quantities drop a reversed run) ending before it starts (an error) or in its own start year
(「实施纲要(2023-2023)」, a warning: real41 KA084); a start (从/自 a day 开始/起) and a cut-off of
the same month before it, in one statement (an error, as with both years named) or opening the
next sentence (「从5月20日开始，…开展…大检查。截至5月5日，…」, a warning: real60 KX023)
(:func:`_bracketed_year_runs`, :func:`_cut_off_before_start`). Months that differ without a
year may cross the new year (a winter run 11月…1月) and stay quiet. Left: 「从今年7月1日起至
6月30日止」 (real65 LC094: a one-year run to next June is a reading), a duration against a 期间
gloss in the next sentence (real57 KT079).

Each judgement uses only the dates of one sentence (or one regular-expression pass over the
paragraph, or the last founding of the paragraph before), so the work is linear in the text.

Session 33 (s33-quiet, mended at the merge): 2月29日 printed without a year, with no year
printed before it in the paragraph, is dated by the report alone — and a report is written in
its year or the first quarter after it: 「据国家统计局2月29日发布的《2023年国民经济和社会发展统计
公报》」 was published in 2024. Such a leap day is impossible only when neither the report year
nor the next is a leap year (then an error naming both); otherwise nothing is said. A leap day
of a printed year and a day no month has (6月31日) stay errors. real62 KZ083 false error →
quiet; KZ081 (same page) keeps its other false error (N101, parts in whole 亿元 rounded: left,
one page). (s33-quiet had lowered the guessed leap day to a warning; the merge reads both
years instead, so a consistent case gets no warning either.)


Session 37 (s37-time), a run of years against the count the text gives it, two forms missed:
the count in 个年度 right after the run (「涵盖1993～2017年26个年度」: more years than the run
holds is an error; fewer with a bracket after it may leave years out, silent:
:data:`_YEARS_RIGHT_AFTER_RE`, real73 LK113 beside its consistent twin LK112), and a span a
sentence opens (「2019年以来，…」, after a short lead clause such as 报告显示，) summed up by a
count opening a later sentence of the paragraph with no year between (「五年来，…」), a warning
as every 以来 count (:func:`_since_opening`; real66 LD098, real67 LE092; their consistent
originals LD097, LE091 silent). And a day opening the paragraph whose sentence publishes
figures (通报, 发布 — not the name 发布会 alone), this year's months opening a later sentence
not over on that day (「12月1日，…举行…新闻发布会，全面通报…进展成效。…今年1—12月，…」): a
warning, the months read as what was published that day (real73 LK048; the same sentence was
read already, QG076, real60 KX080).

Session 38 (s38-time), figures over a period the day of telling has not reached, read from
what dates the text (real78 LP067, LP069, LP071; real73 LK064; real76 LN084, LN086):

  - a day opening its paragraph (after a short source, no clause before it) with a verb that
    tells (获悉, 了解到, 通报, 发布) dates what the paragraph goes on to give: a cut-off opening
    a later sentence past the day, with figures and no deadline (前, 须, 将) — an error when a
    colon after the verb opens the told text (「3月27日，记者从…获悉：…。截至3月29日，共发生
    …事故90起」), a warning otherwise (:func:`_cut_off_after_told_paragraph`); months from
    January with no year opening a later sentence (「記者9月15日獲悉，…。1至9月，…新增就業…」),
    a warning as this year's months there are;
  - a speech dated under its title giving this year's months or part (「今年1-10月」 on
    2025年9月22日), as a named year's (:func:`_speech_date_accounts`);
  - a news dateline without its year and the whole or a part of the latest year the
    paragraph names (「中新网 10月28日电 …2024年全年全国海关共扣留…」), not over on that day
    in that year — a warning (:func:`_part_after_yearless_dateline`);
  - a body naming itself a report on a part of a year in its opening sentence (「现将2020年
    上半年…预算执行情况报告如下」) or a title fused with its first line (「…厅关于2020年上半年
    工作总结的报告……」, the title ending its segment) is read as a title for
    :func:`_title_part_months`; a document it cites (「根据…关于…的通报，」) is not;
  - a year reviewed (总结/回顾 a year, 「2021年政府工作取得的成效」) and then a year planned
    (部署/安排/谋划/明确 a year's 任务/工作, 「对2023年…工作进行安排部署」, a list heading
    「四、2021年政府工作主要任务」) not after it — an error: the text itself calls the one
    reviewed and the other planned (real24 QU077, real76 LN076, LN082; their originals QU076,
    LN075, LN081 silent). Whole years only (not 上半年/下半年, not a run or 以来), not a
    year-closing act of the reviewed year arranged (述法, 考核, 总结, 年报:
    :func:`_review_then_plan`)."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ... import civil_date as dt
from ...grammar import BRACKETED_YEAR_RANGE, RANGE_JOIN, YEAR_ASCII
from ...model import Severity, Span
from ..cn_numbers import NumeralError, cn_to_decimal
from ..prefilter import finditer, may_hold
from ..quantities import BlockQuantities, YearMention
from .common import Relation, Verdict, mark_positions
from .periods import _YEARS_BACK

# the days of each month of a common year, by month number (index 0 unused)
MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _month_days(year: int, month: int) -> int:
    """The days of ``month`` in ``year`` (``calendar.monthrange(year, month)[1]``, ValueError
    for no month as there; without importing calendar, 2 M instructions of every start)."""
    if not 1 <= month <= 12:
        raise ValueError(f"bad month number {month}; must be 1-12")
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return MONTH_DAYS[month] + (month == 2 and leap)


@dataclass(frozen=True)
class _Point:
    """A date of a sentence: the earliest and latest day it may name."""

    start: int  # offset in the block
    end: int  # offset after the date and a 底/末 suffix
    first: dt.date
    last: dt.date
    text: str


_DAY_ONLY = re.compile(r"\s*[至到—\-－～~]\s*([0-9]{1,2})\s*[日号]")
_END_SUFFIX = re.compile(r"^(?:底|末)")
_MID_SUFFIX = re.compile(r"^(?:上旬|中旬|下旬|初)")


def _points(bq: BlockQuantities, report_year: int | None) -> list[_Point]:
    """Dates with a month, in text order; a month without a year takes the year before it."""
    out: list[_Point] = []
    year = report_year
    for y in bq.years:
        if y.kind in ("year", "date", "range"):
            year = y.end_year if y.kind == "range" and y.end_year else y.year
        if y.kind not in ("date", "month") or not y.month:
            continue
        if y.kind == "date":
            year = y.year
        if year is None or not 1 <= y.month <= 12:
            continue
        last_day = _month_days(year, y.month)
        end = y.end
        if y.day:
            if y.day > last_day:
                continue  # not a date (N303 reports it)
            first = last = dt.date(year, y.month, y.day)
        else:
            tail = bq.text[y.end : y.end + 2]
            if _END_SUFFIX.match(tail):
                first = last = dt.date(year, y.month, last_day)
                end += 1
            else:
                first, last = dt.date(year, y.month, 1), dt.date(year, y.month, last_day)
                if _MID_SUFFIX.match(tail):
                    end += len(_MID_SUFFIX.match(tail).group())  # type: ignore[union-attr]
        out.append(_Point(y.start, end, first, last, bq.text[y.start : end]))
        if y.day:
            m = _DAY_ONLY.match(bq.text, y.end)
            if m and int(m.group(1)) <= last_day and int(m.group(1)) >= y.day:
                day = dt.date(year, y.month, int(m.group(1)))
                out.append(_Point(m.start(1), m.end(), day, day, f"{y.month}月{m.group(1)}日"))
    return out


# --------------------------------------------------------------------------------------
# N303 impossible dates
# --------------------------------------------------------------------------------------


_WEEKDAY = re.compile(r"\s*[（(]?\s*(?:星期|周|礼拜)([一二三四五六日天])")
_WEEKDAYS = "一二三四五六日"


def _impossible(bq: BlockQuantities, report_year: int | None) -> list[Relation]:
    out: list[Relation] = []
    year = report_year
    year_printed = False  # a year printed in the paragraph before the date (not the report's)
    for y in bq.years:
        if y.kind in ("year", "date"):
            year = y.year
            year_printed = True
        if y.kind not in ("date", "month") or not y.month or not y.day:
            continue
        weekday = _WEEKDAY.match(bq.text, y.end)
        if weekday and y.kind == "date" and y.day <= _month_days(y.year, y.month):
            stated = _WEEKDAYS.index(weekday.group(1).replace("天", "日"))
            actual = dt.date(y.year, y.month, y.day).weekday()
            if stated != actual:
                out.append(
                    Relation(
                        "date",
                        Verdict.CONTRADICTION,
                        bq.block,
                        (y.start, weekday.end()),
                        (Span(bq.block, y.start, y.end), Span(bq.block, y.end, weekday.end())),
                        code="N303",
                        severity=Severity.ERROR,
                        message=f"“{y.text}”是星期{_WEEKDAYS[actual]}，文中写作“{weekday.group().strip(' （(')}”",
                        suggestion="核对日期或星期",
                    )
                )
            continue
        if y.kind == "month" and y.month == 2 and y.day == 29 and year is None:
            continue
        this_year = y.year if y.kind == "date" else (year or 2000)  # 2000: a leap year
        last_day = _month_days(this_year, y.month)
        if y.day <= last_day:
            continue
        leap_day = y.month == 2 and y.day == 29
        why = f"{this_year}年不是闰年，2月只有28天" if leap_day else f"{y.month}月只有{last_day}天"
        if leap_day and y.kind == "month" and not year_printed:
            # (「据国家统计局2月29日发布的《2023年…公报》」: a leap day with no year printed
            # before it is dated by the report alone, which is written in the report year or
            # the first quarter after it — impossible only when neither year is a leap year)
            if _month_days(this_year + 1, 2) == 29:
                continue
            why = f"{this_year}年、{this_year + 1}年都不是闰年，2月只有28天"
        out.append(
            Relation(
                "date",
                Verdict.CONTRADICTION,
                bq.block,
                (y.start, y.end),
                (Span(bq.block, y.start, y.end),),
                code="N303",
                severity=Severity.ERROR,
                message=f"日期“{y.text}”不存在：{why}",
                suggestion="核对日期",
            )
        )
    return out


# --------------------------------------------------------------------------------------
# N304 spans of time
# --------------------------------------------------------------------------------------

_DURATION = re.compile(
    r"(?:为期|历时|用时|持续|耗时|时长|经过|共计|前后|已运行|累计运行|连续运行|运行了|已实施|已推行|已满)(?P<approx>约|近|将近|不到|超过|长达)?"
    r"(?P<num>[0-9]+|[一二两三四五六七八九十]+)?(?P<half>个半|半)?"
    r"(?P<unit>个工作日|工作日|个月|个星期|天|日|周|年|月)"
)
# days a unit may stand for (lowest, highest)
_UNIT_DAYS = {
    "天": (1.0, 1.0),
    "日": (1.0, 1.0),
    "周": (7.0, 7.0),
    "个星期": (7.0, 7.0),
    "个月": (28.0, 31.0),
    "月": (28.0, 31.0),
    "年": (365.0, 366.0),
    "个工作日": (1.0, 1.5),
    "工作日": (1.0, 1.5),
}
_END_MARK_BEFORE = re.compile(r"(?:至|到|截至|截止|止于|直至|—|－|-|～|~)\s*$")
_END_MARK_AFTER = re.compile(
    r"^(?:底|末)?(?:前)?[\u4e00-\u9fff]{0,6}?(?:结束|完成|收官|告一段落|止)"
)
_START_MARK_AFTER = re.compile(r"^(?:初|上旬|中旬|下旬)?(?:起|开始|启动|部署|动员|开展)")
_START_MARK_BEFORE = re.compile(r"(?:自|从|于)\s*$")
# a date opening its clause, then the subject and a verb of launching (「2024年3月，县交通运输局
# 启动…行动」): the start of what the statement later ends; 开展 (carried out) is no start here
_TO_END_BEFORE = re.compile(r"(?<![截止])(?:至|到)\s*$")
_SUBJECT_START_AFTER = re.compile(r"[，,]\s*[\u4e00-\u9fff]{0,16}?(?:启动|部署|动员|开始)")
_COMPLETE_AFTER = re.compile(r"^(?:底|末)?(?:前)?[\u4e00-\u9fff]{0,4}?(?:完成|结束|办结|到位|收官)")


_MAX_PER_SENTENCE = 24  # dates of one sentence compared (bounded work per sentence)


def _grouped(bq: BlockQuantities, points: Sequence[_Point]) -> list[tuple[int, int, list[_Point]]]:
    """The sentences that hold dates: (start, end, their dates), in one pass."""
    groups: dict[int, list[_Point]] = {}
    for p in points:
        groups.setdefault(bq.sentence_of(p.start), []).append(p)
    return [
        (*bq.sentence_span(i), group[:_MAX_PER_SENTENCE]) for i, group in sorted(groups.items())
    ]


def _statements(
    bq: BlockQuantities, points: Sequence[_Point]
) -> list[tuple[int, int, list[_Point]]]:
    """The statements that hold dates — a sentence's clauses between semicolons (「4月16日至
    7月5日开展专项整治，为期81天；此外，1至8月共受理…」: a span, its length and its start
    stand in one statement) — as (start, end, their dates), in one pass."""
    semis = mark_positions(bq.text, "；;")
    out: list[tuple[int, int, list[_Point]]] = []
    for s_start, s_end, inside in _grouped(bq, points):
        pieces: dict[int, list[_Point]] = {}
        for p in inside:
            pieces.setdefault(bisect.bisect_left(semis, p.start), []).append(p)
        for k, group in pieces.items():
            start = max(s_start, semis[k - 1] + 1) if k else s_start
            end = min(s_end, semis[k]) if k < len(semis) else s_end
            out.append((start, end, group))
    return out


def _number(raw: str | None) -> float | None:
    if not raw:
        return None
    try:
        return float(raw) if raw.isdigit() else float(cn_to_decimal(raw))
    except (NumeralError, ValueError):
        return None


# 「截至年底」「至年末」: the last day of the year of the dates before it
_YEAR_END = re.compile(r"(?:截至|截止|至|到)(?:本年|当年|今年)?(?:年底|年末)")


def _year_end(bq: BlockQuantities, begin: _Point, s_start: int, s_end: int) -> _Point | None:
    m = _YEAR_END.search(bq.text, begin.end, s_end)
    if m is None:
        return None
    day = dt.date(begin.last.year, 12, 31)
    return _Point(m.start(), m.end(), day, day, f"{day.year}年12月31日（年底）")


def _whole_months(p: _Point) -> bool:
    """A month named without a day (8月): any day of it."""
    return p.first.day == 1 and p.last.day == _month_days(p.last.year, p.last.month)


def _durations(bq: BlockQuantities, points: Sequence[_Point]) -> list[Relation]:
    out: list[Relation] = []
    text = bq.text
    for s_start, s_end, inside in _statements(bq, points):
        begin = inside[0]
        ends = [
            p
            for p in inside[1:]
            if _END_MARK_BEFORE.search(text[max(s_start, p.start - 3) : p.start])
            or _END_MARK_AFTER.match(text[p.end : p.end + 12])
        ]
        # 「2022年7月1日起……截至年底已运行8个月」: a start and the year's end (a reading)
        reading = False
        if not ends and _START_MARK_AFTER.match(text[begin.end : begin.end + 6]):
            year_end = _year_end(bq, begin, s_start, s_end)
            if year_end is not None and year_end.first > begin.last:
                ends, reading = [year_end], True
        if not ends:
            continue
        end = ends[-1]
        if end.last < begin.first:
            continue  # not a span in order (the order rule judges it)
        low_days = max(0, (end.first - begin.last).days)
        high_days = (end.last - begin.first).days + 1  # counting both ends
        for m in _DURATION.finditer(text, s_start, s_end):
            n = _number(m.group("num"))
            half = m.group("half") or ""
            unit = m.group("unit")
            if n is None and not half:
                continue
            value = (n or 0.0) + (0.5 if half else 0.0)
            lo_u, hi_u = _UNIT_DAYS[unit]
            lo, hi = value * lo_u, value * hi_u
            approx = bool(m.group("approx") or half)
            if approx:
                lo, hi = lo * 0.8, hi * 1.2
            if unit in ("个月", "月", "年"):
                lo, hi = lo - 3, hi + 3  # calendar months are counted loosely
            months = None
            if (
                unit in ("个月", "月")
                and not approx
                and _whole_months(begin)
                and _whole_months(end)
            ):
                # 「8月至12月」 is five months counted inclusively (four between them)
                months = (
                    (end.first.year - begin.first.year) * 12
                    + end.first.month
                    - begin.first.month
                    + 1
                )
            by_days = hi < low_days - 0.5 or lo > high_days + 0.5
            if by_days or (months is not None and not months - 1 <= value <= months):
                shown = f"{low_days}至{high_days}天" if low_days != high_days else f"{low_days}天"
                if months is not None and not by_days:
                    shown = f"{months}个月"
                out.append(
                    Relation(
                        "date",
                        Verdict.CONTRADICTION,
                        bq.block,
                        (m.start(), m.end()),
                        (
                            Span(bq.block, m.start(), m.end()),
                            Span(bq.block, begin.start, begin.end),
                            Span(bq.block, end.start, end.end),
                        ),
                        code="N304",
                        # both ends written and the span not approximate (约, 近, 半): certain;
                        # a month range counted in months, or the year's end read as the end,
                        # is a reading
                        severity=Severity.WARNING
                        if approx or reading or not by_days
                        else Severity.ERROR,
                        message=(
                            f"“{m.group()}”与所写起止时间不符：从“{begin.text}”到“{end.text}”"
                            f"约{shown}"
                        ),
                        suggestion="核对起止日期与所写期限",
                    )
                )
            else:
                out.append(Relation("date", Verdict.CONSISTENT, bq.block, (m.start(), m.end())))
    return out


_RANGE_JOIN = re.compile(r"\s*(?:至|到|—|－|-|～|~)\s*")


def _reversed_ranges(bq: BlockQuantities, points: Sequence[_Point]) -> list[Relation]:
    """「11月15日至11月10日」: a range whose end is before its start — when both name the same
    month, or both their year (12月20日至1月5日 may cross into the next year)."""
    out: list[Relation] = []
    text = bq.text
    for a, b in itertools.pairwise(points):
        if not _RANGE_JOIN.fullmatch(text[a.end : b.start]) or b.last >= a.first:
            continue
        same_month = a.first.month == b.first.month and a.first.year == b.first.year
        if not (same_month or ("年" in a.text and "年" in b.text)):
            continue
        out.append(
            Relation(
                "date",
                Verdict.CONTRADICTION,
                bq.block,
                (b.start, b.end),
                (Span(bq.block, a.start, a.end), Span(bq.block, b.start, b.end)),
                code="N304",
                severity=Severity.ERROR,
                message=f"起止时间“{a.text}至{b.text}”中，结束早于开始",
                suggestion="核对起止日期",
            )
        )
    return out


# a rule's taking effect right after its date (「自2024年3月1日起施行」「2023年3月起施行的」)
_EFFECTIVE_AFTER = re.compile(r"(?:起|开始)(?:正式)?(?:施行|实施|生效)|(?:正式)?(?:施行|生效)")
# its adoption or issue after its date, through the body that adopts it (「于2024年5月14日经县
# 人民政府常务会议审议通过」「当年6月正式印发」)
_ADOPTED_AFTER = re.compile(
    r"(?:经?[\u4e00-\u9fff]{0,16}?(?:审议|讨论|表决)通过|(?:正式)?(?:印发|公布|发布))"
    r"(?!的(?!《))"  # (「审议通过的合同86份」: other things adopted, not the rule)
)
_RULE_NAME = re.compile(r"《[^》]{2,40}》")


def _effective_before_adoption(bq: BlockQuantities, points: Sequence[_Point]) -> list[Relation]:
    """A rule said to take effect before it was adopted or issued, in one statement that names
    one rule (「《…实施办法》经2024年5月14日常务会议审议通过，自2024年3月1日起施行」): a rule
    takes effect on or after its adoption. A warning: the text may tell of another rule."""
    out: list[Relation] = []
    text = bq.text
    for s_start, s_end, inside in _statements(bq, points):
        if len(inside) < 2 or len(_RULE_NAME.findall(text, s_start, s_end)) != 1:
            continue
        effective = [p for p in inside if _EFFECTIVE_AFTER.match(text, p.end)]
        adopted = [p for p in inside if _ADOPTED_AFTER.match(text, p.end)]
        for e in effective[:1]:
            late = [a for a in adopted if e.last < a.first]
            if late:
                a = late[0]
                out.append(
                    Relation(
                        "date",
                        Verdict.CONTRADICTION,
                        bq.block,
                        (e.start, e.end),
                        (Span(bq.block, a.start, a.end), Span(bq.block, e.start, e.end)),
                        code="N304",
                        severity=Severity.WARNING,
                        message=f"施行时间“{e.text}”早于审议通过或印发的时间“{a.text}”",
                        suggestion="核对审议通过、印发和施行的日期",
                    )
                )
    return out


def _one_month(a: _Point, b: _Point) -> bool:
    """Two days of one month named without a year between them (5月20日, 5月5日)."""
    return (
        a.first == a.last
        and b.first == b.last
        and a.first.year == b.first.year
        and a.first.month == b.first.month
        and "年" not in b.text
    )


# a cut-off opening its sentence (「截至5月5日，全市共检查…」)
_CUT_OFF_OPENING = re.compile(r"\s*(?:截至|截止)(?:到|至)?\s*$")


def _cut_off_before_start(bq: BlockQuantities, points: Sequence[_Point]) -> list[Relation]:
    """A start of work told in one sentence (「从5月20日开始，…开展…大检查。」) and the next
    sentence opened by a cut-off of the same month before that day (「截至5月5日，全市共检查
    单位3388家…」): the figures of the work are counted up to a day before it began. A warning:
    the cut-off's figures are tied to the work only by the sentences' order."""
    out: list[Relation] = []
    text = bq.text
    for a, b in itertools.pairwise(points):
        if not _one_month(a, b) or b.last >= a.first:
            continue
        i = bq.sentence_of(a.start)
        if bq.sentence_of(b.start) != i + 1:
            continue
        s_start, _ = bq.sentence_span(i)
        b_start, _ = bq.sentence_span(i + 1)
        if not _CUT_OFF_OPENING.fullmatch(text, b_start, b.start):
            continue
        if not (
            _START_MARK_BEFORE.search(text, max(s_start, a.start - 2), a.start)
            and _START_MARK_AFTER.match(text[a.end : a.end + 4])
        ):
            continue
        out.append(
            Relation(
                "date",
                Verdict.CONTRADICTION,
                bq.block,
                (b.start, b.end),
                (Span(bq.block, a.start, a.end), Span(bq.block, b.start, b.end)),
                code="N304",
                severity=Severity.WARNING,
                message=f"统计截止时间“{b.text}”早于上一句所述工作的开始时间“{a.text}”",
                suggestion="核对开始日期和统计截止日期",
            )
        )
    return out


# a run of years in brackets after a name (「实施纲要（2021—2025年）」): the grammar's shared form,
# searched from its bracket (its leading ``\s*`` would make every position of the paragraph a
# start to try; only the years' groups are read, so where a match starts changes nothing)
_BRACKETED_RUN = re.compile(BRACKETED_YEAR_RANGE.removeprefix(r"\s*"))


def _bracketed_year_runs(bq: BlockQuantities) -> list[Relation]:
    """A run of years in brackets (a plan's or a programme's years) that ends before it starts
    (「（2025—2021年）」, an error) or ends in the year it starts (「实施纲要(2023-2023)」, a
    warning: one year is written 「（2023年）」, and two equal ends are most often a year
    rewritten). Gated by a bracket in the paragraph, one pass over it."""
    text = bq.text
    if "（" not in text and "(" not in text:
        return []
    out: list[Relation] = []
    for m in _BRACKETED_RUN.finditer(text):
        first, last = int(m.group(1)), int(m.group(3))
        if last > first:
            continue
        span = (m.start(1), m.end(3))
        run = text[span[0] : span[1]]
        out.append(
            Relation(
                "date",
                Verdict.CONTRADICTION,
                bq.block,
                span,
                (Span(bq.block, *span),),
                code="N304",
                severity=Severity.ERROR if last < first else Severity.WARNING,
                message=(
                    f"起止年份“{run}”中，结束年份{last}年早于开始年份{first}年"
                    if last < first
                    else f"起止年份“{run}”的开始和结束同为{first}年，不成其为一段年份"
                ),
                suggestion="核对起止年份",
            )
        )
    return out


def _order(bq: BlockQuantities, points: Sequence[_Point]) -> list[Relation]:
    """A completion dated before the start it completes, in one statement (a sentence's
    clauses between semicolons)."""
    out: list[Relation] = []
    text = bq.text
    for s_start, s_end, inside in _statements(bq, points):
        starts = [
            p
            for p in inside
            if _START_MARK_AFTER.match(text[p.end : p.end + 4])
            or _SUBJECT_START_AFTER.match(text, p.end, s_end)
            or (
                _START_MARK_BEFORE.search(text[max(s_start, p.start - 2) : p.start])
                and re.match(r"^[\u4e00-\u9fff]{0,2}(?:启动|开始|起)", text[p.end : p.end + 6])
            )
        ]
        if not starts:
            continue
        begin = starts[0]
        # the launch told after its subject (「2024年3月，县局启动…」) is farther from its end:
        # the end must be told as the end of that work (至…结束, …前完成), not as a cut-off of
        # figures (截至) nor as work done before it (此前, 前期)
        by_subject = not _START_MARK_AFTER.match(text[begin.end : begin.end + 4]) and bool(
            _SUBJECT_START_AFTER.match(text, begin.end, s_end)
        )
        for p in inside:
            if p.start <= begin.start:
                continue
            # an end marked by 至 (自2024年10月起至2024年8月), when both name their year, or
            # both name days of one month (从5月20日开始…截至5月5日: the next year's day would
            # make a run of eleven months and more, which no reading of such a start gives)
            ended = _END_MARK_BEFORE.search(
                text[max(s_start, p.start - 3) : p.start]
            ) is not None and (("年" in p.text and "年" in begin.text) or _one_month(begin, p))
            if by_subject:
                ended = (
                    ended
                    and _TO_END_BEFORE.search(text, max(s_start, p.start - 2), p.start) is not None
                    and _END_MARK_AFTER.match(text[p.end : p.end + 10]) is not None
                )
                if _EARLIER_RE.search(text, begin.end, p.start):
                    continue
            complete = _COMPLETE_AFTER.match(text[p.end : p.end + 10])
            # (「对2023年12月底前办结的案卷…」: a completion qualifying a noun ends nothing)
            if complete and text.startswith("的", complete.end() + p.end):
                complete = None
            if not ended and not complete:
                continue
            if p.last < begin.first:
                out.append(
                    Relation(
                        "date",
                        Verdict.CONTRADICTION,
                        bq.block,
                        (p.start, p.end),
                        (Span(bq.block, begin.start, begin.end), Span(bq.block, p.start, p.end)),
                        code="N304",
                        severity=Severity.ERROR,  # a completion before its own start
                        message=f"结束时间“{p.text}”早于开始时间“{begin.text}”",
                        suggestion="核对开始和完成的日期",
                    )
                )
                break
    return out


# a founding: the date, then (within a few characters) the verb that makes the thing exist or
# take effect; 以来 after it makes what follows happen since then
_FOUNDED_RE = re.compile(
    r"(?:度)?(?:正式)?[\u4e00-\u9fff]{0,2}?"
    r"(?:成立|组建|设立|挂牌|揭牌|印发|出台|施行|实施|启用|建成|开通|投入使用|投用|运行)"
)
_SINCE_AFTER_RE = re.compile(
    r"以来|之后|以后|(?<![之以前])后(?=[，,]|[\u4e00-\u9fff]{0,12}?(?:于|在))"
)
# the later date is explicitly before (此前/筹备): not work since the founding
_EARLIER_RE = re.compile(r"此前|之前|以前|前期|筹备|筹建|酝酿|起草")
# what the later date does: an action dated with 于/在/从/自, or a range that opens a clause
_ACTION_BEFORE_RE = re.compile(r"(?:于|在|从|自)\s*$|(?:^|[，,；;])\s*$")
_GAP_RE = re.compile(r"[\u4e00-\u9fff]{0,4}")
_FOUNDED_END_RE = re.compile(
    r"(?:成立|组建|设立|挂牌|揭牌|印发|出台|施行|实施|启用|建成|开通|投入使用|投用|运行)$"
)
_BEFORE_FOUNDING_REACH = 160  # characters after a founding its later dates are looked for


def _before_founding(bq: BlockQuantities, points: Sequence[_Point]) -> list[Relation]:
    """「X于2023年5月成立，成立以来，于2023年1月至3月开展…」: work done since a founding, dated
    before it (the whole period ends before the founding date). A warning: the later date
    may name the preparation of the founding."""
    out: list[Relation] = []
    text = bq.text
    for i, f in enumerate(points):
        founded = _FOUNDED_RE.match(text, f.end)
        if founded is None or founded.end() - f.end > 8:
            continue
        since = _SINCE_AFTER_RE.search(text, founded.end(), founded.end() + _BEFORE_FOUNDING_REACH)
        if since is None:
            continue
        # 以来/后 right after the founding (「挂牌运行以来」), or after a founding verb said
        # again (「…成立。成立以来，…」); not 「2022年以来」, the start of something else
        gap = text[founded.end() : since.start()]
        if not _GAP_RE.fullmatch(gap) and not _FOUNDED_END_RE.search(
            text[max(0, since.start() - 4) : since.start()]
        ):
            continue
        dated = _work_dated_before(text, points, i + 1, since.end(), f)
        if dated is None:
            continue
        q, end = dated
        shown = text[q.start : end.end]
        out.append(
            _n304_warning(
                bq,
                (q.start, end.end),
                (Span(bq.block, f.start, founded.end()), Span(bq.block, q.start, end.end)),
                (
                    f"“{text[f.start : founded.end()]}”{since.group()}开展的工作，"
                    f"时间却是“{shown}”，"
                    f"早于{f.text}，先后顺序不可能"
                ),
                "核对成立（印发、实施）日期与工作开展的时间",
            )
        )
    return out


def _work_dated_before(
    text: str, points: Sequence[_Point], first: int, since: int, founded: _Point
) -> tuple[_Point, _Point] | None:
    """The first date of work done since a founding (``points`` from ``first``, after ``since``,
    the end of 「…以来」, within :data:`_BEFORE_FOUNDING_REACH`) whose period ends before the
    founding date ``founded``: the date and the end of its range (the date after 至/到); none
    when a date is said to be earlier (此前, 筹备) or ends after the founding."""
    for j in range(first, min(len(points), first + _MAX_PER_SENTENCE)):
        q = points[j]
        if q.start < since:
            continue
        if q.start - since > _BEFORE_FOUNDING_REACH:
            break
        if not _ACTION_BEFORE_RE.search(text[max(since, q.start - 3) : q.start]):
            continue
        if _EARLIER_RE.search(text, since, q.start):
            break
        end = q
        if j + 1 < len(points) and _RANGE_JOIN.fullmatch(text, q.end, points[j + 1].start):
            end = points[j + 1]
        if end.last >= founded.first or _REFERENCE_AFTER.match(text, end.end):
            break
        return q, end
    return None


# a paragraph opening with the founding of what the paragraph before founded (「支队组建以来，」)
_SINCE_OPEN_RE = re.compile(
    r"\s*(?P<noun>[\u4e00-\u9fff]{0,8}?)(?:正式)?"
    r"(?:成立|组建|设立|挂牌|揭牌|启用|建成|开通|投入使用|投用|运行)(?:运行)?以来[，,]?"
)
_FOUNDING_VERB_RE = re.compile(r"成立|组建|设立|挂牌|揭牌|启用|建成|开通|投入使用|投用")


def _founding_of(bq: BlockQuantities, points: Sequence[_Point]) -> tuple[_Point, str, str] | None:
    """The last founding a paragraph dates: a date opening a sentence that founds something
    (「2023年5月，市交通运输局…组建市交通运输综合行政执法支队。」), or a date right before a
    founding verb; with the words from the date to the end of the founded thing as shown (the
    middle left out when long), and all of them."""
    text = bq.text
    found: tuple[_Point, str, str] | None = None
    for f in points:
        s_start, s_end = bq.sentence_span(bq.sentence_of(f.start))
        if f.start - s_start > 2 and _FOUNDED_RE.match(text, f.end) is None:
            continue
        verb = _FOUNDING_VERB_RE.search(text, f.end, s_end)
        if verb is None or _SINCE_AFTER_RE.match(text, verb.end()):
            continue
        stop = _top_clause_end(text, verb.end(), s_end)
        # (the date and the founding clause, the words between them left out when long)
        between = text[f.end : verb.start()]
        shown = (
            text[f.start : stop] if len(between) <= 10 else f"{f.text}……{text[verb.start() : stop]}"
        )
        found = (f, shown, text[f.start : stop])
    return found


def _top_clause_end(text: str, pos: int, limit: int) -> int:
    for i in range(pos, limit):
        if text[i] in "，,。；;！？":
            return i
    return limit


def _since_founding_before(
    bq: BlockQuantities, points: Sequence[_Point], founding: tuple[_Point, str, str] | None
) -> list[Relation]:
    """「2023年5月，…组建…支队。」 then a paragraph 「支队组建以来，于2023年2月至4月开展…」: work
    done since the founding the paragraph before dates, dated before it (a warning)."""
    if founding is None or not points:
        return []
    text = bq.text
    m = _SINCE_OPEN_RE.match(text)
    if m is None:
        return []
    f, founded, words = founding
    noun = m.group("noun")
    if len(noun) >= 2 and noun[-2:] not in words:
        return []  # the paragraph opens with the founding of something else
    dated = _work_dated_before(text, points, 0, m.end(), f)
    if dated is None:
        return []
    q, end = dated
    shown = text[q.start : end.end]
    return [
        _n304_warning(
            bq,
            (q.start, end.end),
            (Span(bq.block, q.start, end.end),),
            (
                f"“{text[m.start('noun') : m.end()].rstrip('，,')}”开展的工作，时间却是“{shown}”，"
                f"早于上一段所写的“{founded}”，先后顺序不可能"
            ),
            "核对成立（组建）日期与工作开展的时间",
        )
    ]


_ANNIVERSARY = re.compile(
    r"(?P<num>[0-9]{1,2}|[一二两三四五六七八九十]{1,3})(?:个)?周年|连续(?:[\u4e00-\u9fff]{2}(?:了)?)?(?P<run>[0-9]{1,2}|[一二两三四五六七八九十]{1,3})(?:个)?年"
    # 「自2020年3月成立以来，三年来…」 (not 近三年来/过去三年来: the latest years, not a run)
    r"|(?<![近这过去最多])(?P<since>[0-9]{1,2}|[一二两三四五六七八九十]{1,3})(?:个)?年(?:以)?来"
    # 「2019年以来的五年间」: the years since a start, counted
    r"|(?<=以来的)(?P<span>[0-9]{1,2}|[一二两三四五六七八九十]{1,3})(?:个)?年(?:间|里|中)"
    # 「自2021年建立以来已运行五年」: the years a piece of work has run
    r"|(?<=以来)[，,]?(?:已|已经)?(?:运行|实施|开展|坚持|持续)(?:了)?"
    r"(?P<ran>[0-9]{1,2}|[一二两三四五六七八九十]{1,3})(?:个)?(?:年|周年)(?![度份底末])"
)
_FOUNDED_AFTER = re.compile(
    r"^(?:度)?[\u4e00-\u9fff]{0,6}?(?:成立|设立|建立|组建|挂牌|启动|运行|创建|开通|建成|开展|实施)"
    r"|^(?:度)?以来|^(?:度)?起"
)


_SINCE_RE = re.compile(r"以来|起|开始")


# a year opening its sentence as the start of a span (「2019年以来，」「自2018年以来，」)
_OPENS_SINCE_RE = re.compile(r"\s*(?:以来|来)\s*[，,]")
# what may come before it in its sentence: 自/从, or a short lead clause (「报告显示，」「据统计，」)
_SINCE_LEAD_RE = re.compile(r"\s*(?:[\u4e00-\u9fff]{2,6}[，,:：]\s*)?(?:自|从|從)?\s*")


def _since_opening(bq: BlockQuantities, at: int) -> YearMention | None:
    """The year that opens an earlier sentence of the paragraph as the start of a span
    (「2019年以来，…」), when the count at ``at`` opens its own sentence (「五年来，…」) and no
    other year is named between them: the span the count sums up."""
    text = bq.text
    s_start = bq.sentence_span(bq.sentence_of(at))[0]
    if text[s_start:at].strip() or s_start == 0:
        return None
    before = [y for y in bq.years if y.end <= at]
    if not before:
        return None
    y = before[-1]
    if y.kind not in ("year", "date") or not _OPENS_SINCE_RE.match(text, y.end):
        return None
    y_start = bq.sentence_span(bq.sentence_of(y.start))[0]
    if not _SINCE_LEAD_RE.fullmatch(text, y_start, y.start):
        return None
    return y


def _anniversaries(bq: BlockQuantities, report_year: int | None) -> list[Relation]:
    if report_year is None:
        return []
    out: list[Relation] = []
    text = bq.text
    by_sentence: dict[int, list[YearMention]] = {}
    for y in bq.years:
        if y.kind in ("year", "date"):
            by_sentence.setdefault(bq.sentence_of(y.start), []).append(y)
    if not any(y.year < report_year for ys in by_sentence.values() for y in ys):
        return []  # every count of years below needs a year before the report year
    starts_of = {k: [y.start for y in v] for k, v in by_sentence.items()}
    for m in finditer(_ANNIVERSARY, text):  # tried at its first characters only
        sentence_years = by_sentence.get(bq.sentence_of(m.start()), [])
        starts = starts_of.get(bq.sentence_of(m.start()), [])
        before = bisect.bisect_left(starts, m.start())
        years = sentence_years[max(0, before - _MAX_PER_SENTENCE) : before]
        founded = [
            y
            for y in years
            if y.year < report_year and _FOUNDED_AFTER.match(text[y.end : y.end + 10])
        ]
        if not founded:
            # 「2019年以来，…。五年来，…」: a sentence opened by the count sums up the span a
            # sentence before it opened
            opened = _since_opening(bq, m.start()) if m.group("since") else None
            if opened is None or opened.year >= report_year:
                continue
            founded = years = [opened]
        since = founded[-1]
        later = [y for y in years if y.start > since.start and y.year > since.year]
        at = later[-1].year if later else report_year
        if m.group("since") and not _SINCE_RE.search(text[since.end : m.start()]):
            continue  # 「N年来」 counts from a start said to run on: 「自…以来」「自…起」
        if m.group("run") and later and any(c in text[since.end : later[0].start] for c in "；;"):
            # 「2019年以来，…累计…；2024年全年…，欠薪案件数连续三年下降」 (s38-time): a later
            # year opening a statement of its own after a semicolon; the run is that
            # statement's trend, up to its year, not counted from the start before
            continue
        n = _number(
            m.group("num")
            or m.group("run")
            or m.group("since")
            or m.group("span")
            or m.group("ran")
        )
        if n is None:
            continue
        if m.group("run"):
            allowed = {at - since.year, at - since.year + 1}  # counting both ends or not
        else:
            allowed = {at - since.year} if later else {at - since.year, at - since.year + 1}
        if int(n) in allowed:
            out.append(Relation("date", Verdict.CONSISTENT, bq.block, (m.start(), m.end())))
            continue
        expect = "或".join(str(a) for a in sorted(allowed))
        out.append(
            _span_rel(
                bq,
                m.start(),
                m.end(),
                since,
                f"“{m.group().lstrip('，,')}”与起始年份不符：从{since.text}到{at}年是{expect}年",
            )
        )
    return out


# 「…规划实施的第三年」: the year of a piece of work counted from its first year
_ORDINAL = re.compile(
    r"(?:(?:实施|运行|推进|开展|执行|施行|启动|建设|创建)(?:工作)?|年[）)][》”]?)的?"
    r"第(?P<nth>[0-9]{1,2}|[一二两三四五六七八九十]{1,3})(?:个)?年(?![度份])"
)
# 「2022年是…」: the year a sentence speaks of
_YEAR_IS = re.compile(r"^(?:度)?(?:是|为)")


def _ordinal_years(bq: BlockQuantities, report_year: int | None) -> list[Relation]:
    """「本年度是2021年启动的规划实施的第三年」 in a report on 2022 (the second year), 「2022年是
    《…方案（2021—2025年）》实施的第三年」: the year named, or the report's, counted from the
    year the work began (a year said to begin it, or the first year of its period)."""
    if report_year is None or "第" not in bq.text:
        return []
    out: list[Relation] = []
    text = bq.text
    for m in finditer(_ORDINAL, text):
        s_start, _ = bq.sentence_span(bq.sentence_of(m.start()))
        years = [y for y in bq.years if s_start <= y.start < m.start()][-_MAX_PER_SENTENCE:]
        began = [
            y
            for y in years
            if (y.kind == "range" and y.end_year and y.end_year > y.year)
            or (y.kind in ("year", "date") and _FOUNDED_AFTER.match(text[y.end : y.end + 10]))
        ]
        n = _number(m.group("nth"))
        if not began or n is None:
            continue
        since = began[-1]
        named = [y for y in years if y.kind == "year" and _YEAR_IS.match(text[y.end : y.end + 2])]
        at = named[-1].year if named else report_year
        if at < since.year:
            continue
        expect = at - since.year + 1
        if int(n) == expect:
            out.append(Relation("date", Verdict.CONSISTENT, bq.block, (m.start(), m.end())))
            continue
        out.append(
            _span_rel(
                bq,
                m.start(),
                m.end(),
                since,
                f"“{m.group()}”与起始年份不符：从{since.year}年起算，{at}年是第{expect}年",
            )
        )
    return out


# nouns of a review of a past period (a year's or a quarter's assessment, its notice)
REVIEW_NOUN = "考核|评估|评议|测评|考评|评价|述法|述职|评选|评比"
_YEAR_RESULT = re.compile(
    rf"(?P<year>{YEAR_ASCII})年度[\u4e00-\u9fff]{{0,12}}?(?:{REVIEW_NOUN})"
    r"[\u4e00-\u9fff]{0,2}?(?:优秀|结果|等次|先进|合格)"
)


def _results_before_year_end(bq: BlockQuantities, points: Sequence[_Point]) -> list[Relation]:
    """「2024年3月……对2024年度……考核优秀的单位进行表彰」: a year's results before it ended."""
    out: list[Relation] = []
    for s_start, s_end, inside in _grouped(bq, points):
        for m in _YEAR_RESULT.finditer(bq.text, s_start, s_end):
            year = int(m.group("year"))
            dated = [p for p in inside if p.start < m.start() and p.last.year == year]
            if not dated or dated[0].last.month >= 12:
                continue
            p = dated[0]
            out.append(
                _n304_warning(
                    bq,
                    (m.start(), m.start() + 6),
                    (Span(bq.block, p.start, p.end), Span(bq.block, m.start(), m.start() + 6)),
                    f"“{p.text}”时{year}年尚未结束，不会已有{year}年度的考核评估结果",
                    "核对日期或年度",
                )
            )
    return out


def _span_rel(
    bq: BlockQuantities, start: int, end: int, since: YearMention, message: str
) -> Relation:
    return _n304_warning(
        bq,
        (start, end),
        (Span(bq.block, since.start, since.end), Span(bq.block, start, end)),
        message,
        "核对起始年份与所写年数",
    )


def _n304_warning(
    bq: BlockQuantities,
    at: tuple[int, int],
    involved: tuple[Span, ...],
    message: str,
    suggestion: str,
) -> Relation:
    """An N304 warning at ``at``: a span, a period or a run its own dates refute (a reading)."""
    return Relation(
        "date",
        Verdict.CONTRADICTION,
        bq.block,
        at,
        involved,
        code="N304",
        severity=Severity.WARNING,
        message=message,
        suggestion=suggestion,
    )


# 「…以来，已累计运行14个月」: a span from a start up to the time of writing
_UP_TO_NOW_RE = re.compile(r"以来|至今")
_RUN_SO_FAR_RE = re.compile(r"已|至今|以来")
# the report on a year is published by the end of March of the next (DOMAIN.md)
_WRITTEN_BY = (3, 31)


def _since_run(
    bq: BlockQuantities, points: Sequence[_Point], report_year: int | None
) -> list[Relation]:
    """「自2024年7月系统上线以来，已累计运行14个月」 in a report on 2024: a span from a start
    (自/从 a date, then 以来 or 至今) up to the writing of the report cannot be longer than
    from that start to the end of March of the next year, when the report is published at
    the latest (a warning: the start or the length is misprinted)."""
    out: list[Relation] = []
    if report_year is None or not points or ("以来" not in bq.text and "至今" not in bq.text):
        return out
    text = bq.text
    latest = dt.date(report_year + 1, *_WRITTEN_BY)
    for s_start, s_end, inside in _statements(bq, points):
        begin = inside[0]
        if len(inside) > 1 or not _START_MARK_BEFORE.search(
            text[max(s_start, begin.start - 2) : begin.start]
        ):
            continue  # (an end written in the statement is read by the durations)
        since = _UP_TO_NOW_RE.search(text, begin.end, s_end)
        if since is None or begin.first > latest:
            continue
        for d in _DURATION.finditer(text, since.start(), s_end):
            n = _number(d.group("num"))
            if n is None or d.group("approx") or d.group("half"):
                continue
            if not _RUN_SO_FAR_RE.search(text, since.start(), d.end()):
                continue
            unit = d.group("unit")
            low = n * _UNIT_DAYS[unit][0] - (3 if unit in ("个月", "月", "年") else 0)
            most = (latest - begin.first).days + 1
            if low <= most:
                continue
            out.append(
                _n304_warning(
                    bq,
                    (d.start(), d.end()),
                    (Span(bq.block, begin.start, begin.end), Span(bq.block, d.start(), d.end())),
                    (
                        f"从“{begin.text}”到报告成文（至迟{latest.year}年{latest.month}月底）"
                        f"至多{most}天，“{d.group()}”更长"
                    ),
                    "核对起始日期与所写期限",
                )
            )
    return out


# a part of a year that a piece of work is said to be carried out in, and its longest length
_PERIOD_PART = re.compile(
    r"(?<![前至到—\-－、~～和])(?:第?(?P<q>[一二三四1-4])季度|(?P<half>[上下])半年)(?:内|期间|中)?"
)
_CARRIED_OUT = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:开展|组织|实施|进行|集中)")
_NOT_WITHIN = re.compile(r"启动|部署|开始|动员|起")
_PART_DAYS = {"q": 92.0, "half": 184.0}
_STATEMENT_END_RE = re.compile("[；;。]")
_WITHIN_REACH = 40  # characters after a period part where its work's duration is read


def _within_period(bq: BlockQuantities) -> list[Relation]:
    """「第四季度开展为期120天的专项行动」「上半年开展专项整治，为期8个月」: work carried
    out in a quarter (at most 92 days) or a half-year (at most 184 days) cannot last longer.
    Work only started or launched then (启动, 部署, 起) may run on, and is left alone."""
    out: list[Relation] = []
    text = bq.text
    if "季度" not in text and "半年" not in text:
        return out  # every period part names one (the usual paragraph)
    for m in finditer(_PERIOD_PART, text):
        if not _CARRIED_OUT.match(text, m.end()):
            continue
        # (the statement's end looked for within the window only, not to the paragraph's end)
        stop = _STATEMENT_END_RE.search(text, m.end(), m.end() + _WITHIN_REACH)
        window_end = stop.start() if stop else min(len(text), m.end() + _WITHIN_REACH)
        d = _DURATION.search(text, m.end(), window_end)
        if d is None or d.group("approx") or d.group("half"):
            continue
        if _NOT_WITHIN.search(text, m.end(), d.start()):
            continue
        n = _number(d.group("num"))
        if n is None:
            continue
        limit = _PART_DAYS["q" if m.group("q") else "half"]
        low = n * _UNIT_DAYS[d.group("unit")][0]
        if d.group("unit") in ("个月", "月"):
            low = n * 30.0  # a month counted loosely
        if low <= limit:
            continue
        out.append(
            _n304_warning(
                bq,
                (d.start(), d.end()),
                (Span(bq.block, d.start(), d.end()), Span(bq.block, m.start(), m.end())),
                (
                    f"“{d.group()}”长于所在的“{m.group()}”（至多{int(limit)}天），"
                    "在其中开展的工作不可能持续更久"
                ),
                "核对期限与所写时段",
            )
        )
    return out


_PART_MONTHS = {"1": (1, 3), "2": (4, 6), "3": (7, 9), "4": (10, 12), "上": (1, 6), "下": (7, 12)}
_PART_MONTHS.update({"一": (1, 3), "二": (4, 6), "三": (7, 9), "四": (10, 12)})
# a period opening its clause (「下半年，…」「第四季度，我局于…」), no year of its own before it
_PART_OPENS_RE = re.compile(r"(?:^|[，,；;。：:])\s*$")
_PART_OUTSIDE_REACH = 40  # characters after the period its action dates are looked for
# the part of the year qualifying the noun of a review (or its notice) that is the subject of
# the dated action, with no comma or figure between: the period reviewed, whose review follows it
_PART_REVIEWED = re.compile(
    rf"[\u4e00-\u9fff]{{0,16}}?(?:{REVIEW_NOUN}|通报|总结|讲评)"
    r"(?:工作|情况|结果|会议|报告|通报)?(?:将|已|拟|计划|预计|定)?(?:于|在)\s*"
)


def _dated_outside_period(
    bq: BlockQuantities, points: Sequence[_Point], report_year: int | None
) -> list[Relation]:
    """「下半年，街道于2024年4月组织开展了…」: a clause opened by a part of the report year
    (a quarter, a half) that dates its work, in the same statement, with a month of the
    report year outside that part (a warning: the period or the month is misprinted)."""
    out: list[Relation] = []
    text = bq.text
    if report_year is None or ("季度" not in text and "半年" not in text):
        return out
    starts = [p.start for p in points]
    for m in finditer(_PERIOD_PART, text):
        if not _PART_OPENS_RE.search(text, max(0, m.start() - 2), m.start()):
            continue  # 「2023年下半年」「较上半年」: not the report year's part opening a clause
        months = _PART_MONTHS[m.group("q") or m.group("half")]
        stop = _STATEMENT_END_RE.search(text, m.end(), m.end() + _PART_OUTSIDE_REACH)
        end = stop.start() if stop else min(len(text), m.end() + _PART_OUTSIDE_REACH)
        k = bisect.bisect_left(starts, m.end())
        for p in points[k:]:
            if p.start >= end:
                break
            if p.first.year != report_year or p.first.month != p.last.month:
                continue
            if not _ACTION_DATE_BEFORE.search(text[max(0, p.start - 3) : p.start]):
                continue  # 「第四季度对…2024年8月出台的…」: a reference, not the work's date
            if _REFERENCE_AFTER.match(text, p.end) or months[0] <= p.first.month <= months[1]:
                continue
            if p.first.month > months[1] and _PART_REVIEWED.fullmatch(text, m.end(), p.start):
                break  # 「第二季度安全生产考核工作将于7月开展」: the quarter is the one assessed
            out.append(
                _n304_warning(
                    bq,
                    (p.start, p.end),
                    (Span(bq.block, m.start(), m.end()), Span(bq.block, p.start, p.end)),
                    (
                        f"“{m.group()}”开展的工作却写于“{p.text}”，不在{months[0]}至"
                        f"{months[1]}月之内"
                    ),
                    "核对时段与日期",
                )
            )
            break
    return out


# a part of the year glossed in brackets with its months: 第三季度（7月至9月）, 上半年（1—6月）
_MONTH_NUM = r"(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])"
_PART_GLOSS = re.compile(
    r"(?<![前至到—\-－、~～和第])(?:第?(?P<q>[一二三四1-4])季度|(?P<half>[上下])半年)(?:度)?\s*[（(]\s*"
    rf"(?P<a>{_MONTH_NUM})\s*月?(?:份)?\s*(?:至|到|—|－|-|～|~|－)\s*(?P<b>{_MONTH_NUM})\s*月(?:份)?\s*[）)]"
)


# what every match of _PART_GLOSS holds: its part's last two characters and the bracket
_PART_GLOSS_HIT = re.compile(r"(?:季度|半年)度?\s*[（(]")
# how far before its hit a match of _PART_GLOSS may start (第 and the quarter's numeral)
_PART_GLOSS_BACK = 2


def _part_glosses(text: str) -> list[re.Match[str]]:
    """``_PART_GLOSS.finditer(text)``, tried only where a match can start before each of
    its hits (季度 or 半年 and a bracket, which the engine scans for fast); the pattern
    itself, which may open with a digit or a numeral, is tried by the engine at each one."""
    out: list[re.Match[str]] = []
    pos = 0
    for hit in _PART_GLOSS_HIT.finditer(text):
        for start in range(max(pos, hit.start() - _PART_GLOSS_BACK), hit.start()):
            m = _PART_GLOSS.match(text, start)
            if m is not None:
                out.append(m)
                pos = m.end()
                break
    return out


def _glossed_parts(bq: BlockQuantities) -> list[Relation]:
    """「第三季度（4月至6月）」「上半年（7—12月）」: a quarter or a half of the year glossed in
    its bracket with months that are not its own (a quarter is three months from 1, 4, 7 or
    10, a half six from 1 or 7) — the period or its months are misprinted."""
    out: list[Relation] = []
    text = bq.text
    if "季度" not in text and "半年" not in text:
        return out
    for m in _part_glosses(text):
        months = _PART_MONTHS[m.group("q") or m.group("half")]
        first, last = _number(m.group("a")), _number(m.group("b"))
        if first is None or last is None or (first, last) == months:
            continue
        out.append(
            Relation(
                "date",
                Verdict.CONTRADICTION,
                bq.block,
                (m.start(), m.end()),
                (Span(bq.block, m.start(), m.end()),),
                code="N304",
                severity=Severity.ERROR,
                message=(
                    f"“{m.group()}”中所注月份与时段不符：该时段为{months[0]}月至{months[1]}月"
                ),
                suggestion="核对时段与所注月份",
            )
        )
    return out


# a month number no calendar has: 2023年13月, 0月 (the year reader keeps only months 1–12)
_NO_MONTH = re.compile(
    r"(?<![0-9])(?:[0-9]{4}\s*年\s*)?(?P<m>1[3-9]|[2-9][0-9]|0{1,2})\s*月(?!份?[0-9])"
    r"|(?<![0-9])[0-9]{4}\s*年\s*(?:度\s*)?第?(?P<q>[5-9]|[五六七八九])季度"
)


def _impossible_months(bq: BlockQuantities) -> list[Relation]:
    out: list[Relation] = []
    if "季度" in bq.text:
        # 「第五季度检查131家次」: an ordinal quarter past the fourth, with a year or without
        out.extend(_no_date(bq, q, "4个季度") for q in _no_quarters(bq.text))
    text = bq.text
    if "年" not in text or not may_hold(_NO_MONTH, text):
        return out  # (each one reported names a year, below)
    # each one reported holds 「年13月」 (_YEAR_NO_MONTH, found by its literal 年, which the
    # engine scans for fast) after a run of four digits: _NO_MONTH is tried only at the run
    # before each such 年 — the same matches as trying it at every run of digits, since no
    # match holds another year's digits after its start
    pos = 0
    for hit in _YEAR_NO_MONTH.finditer(text):
        start = _skip_spaces_back(text, hit.start()) - 4
        if start < pos or not text[start : start + 4].isdigit():
            continue
        m = _NO_MONTH.match(text, start)
        if m is None or not m.group().startswith(tuple("0123456789")) or "年" not in m.group():
            continue  # 「13月」 alone may be a count of months (为期13个月 is read elsewhere)
        pos = m.end()
        if m.group("q"):
            continue  # (the ordinal quarter is read above, with or without its year)
        out.append(_no_date(bq, m, "12个月"))
    return out


# what each impossible month reported holds after its year's digits (see _impossible_months)
_YEAR_NO_MONTH = re.compile(r"年\s*(?:1[3-9]|[2-9][0-9]|0{1,2})\s*月")


# an ordinal quarter past the fourth (第五季度, 2023年第五季度): not of a year
_NO_QUARTER_RE = re.compile(r"(?:[0-9]{4}\s*年\s*(?:度\s*)?)?第(?:[5-9]|[五六七八九])季度")
# its part after the year, found by its literal 第 (the whole, which may open with any digit,
# is tried by the engine at every digit of the text)
_QUARTER_RE = re.compile(r"第(?:[5-9]|[五六七八九])季度")


def _no_quarters(text: str) -> list[re.Match[str]]:
    """``_NO_QUARTER_RE.finditer(text)``: each match's year, if it has one, read back from
    its 第…季度 (the four digits before 年 and 度: the leftmost start a match can have)."""
    out: list[re.Match[str]] = []
    pos = 0
    for hit in _QUARTER_RE.finditer(text):
        start = _skip_spaces_back(text, hit.start())
        if start > 0 and text[start - 1] == "度":
            start = _skip_spaces_back(text, start - 1)
        if start > 0 and text[start - 1] == "年":
            start = _skip_spaces_back(text, start - 1) - 4
        else:
            start = hit.start()
        m = _NO_QUARTER_RE.match(text, start) if start >= pos else None
        if m is None or m.end() != hit.end():
            m = _NO_QUARTER_RE.match(text, hit.start())
        if m is not None:
            out.append(m)
            pos = m.end()
    return out


def _skip_spaces_back(text: str, at: int) -> int:
    """Where the run of spaces (\\s) ending at ``at`` begins: each space is walked over by one
    match's look back only, since the match's 年 or 第 ends the run."""
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at


def _no_date(bq: BlockQuantities, m: re.Match[str], has: str) -> Relation:
    return Relation(
        "date",
        Verdict.CONTRADICTION,
        bq.block,
        (m.start(), m.end()),
        (Span(bq.block, m.start(), m.end()),),
        code="N303",
        severity=Severity.ERROR,
        message=f"日期“{m.group()}”不存在：一年只有{has}",
        suggestion="核对日期",
    )


# a relative year and the year it is glossed with: 明年（2023年）, 今年（2024年）, 下一年度，
# 即2023年 / 也就是2023年
_GLOSSED = re.compile(
    r"(?P<rel>明年|下一年度|下一年|来年|今年|本年度|去年|上一年度|上一年|上年)"
    r"\s*(?:[（(]\s*(?P<y>[0-9]{4})\s*年?\s*[）)]"
    r"|[，,]?\s*(?:即|也就是|亦即)\s*(?P<y2>[0-9]{4})\s*年(?!度?(?:的|以来|起|前|同期|基础)))"
)
# words of work planned, not done (a year named with them may be the writing year)
_PLANNED_RE = re.compile(r"将|计划|拟|打算|力争|预计|争取|下一步")


def _sentence_end(text: str, pos: int) -> int:
    m = re.compile("[。！？!?\n]").search(text, pos)
    return m.start() if m else len(text)


_OFFSET = {"明年": 1, "下一年度": 1, "下一年": 1, "来年": 1, "今年": 0, "本年度": 0}
_OFFSET.update({"去年": -1, "上一年度": -1, "上一年": -1, "上年": -1})


def _glossed_years(bq: BlockQuantities, report_year: int | None) -> list[Relation]:
    """「明年（2023年），我局将…」 in a report on 2023: the relative year and the year in its
    bracket must be the same year (明年 of a report on 2023 is 2024 — or 2025 if counted
    from the year of writing)."""
    if report_year is None:
        return []
    out: list[Relation] = []
    for m in finditer(_GLOSSED, bq.text):  # (none without 年; tried at its first characters)
        expected = report_year + _OFFSET[m.group("rel")]
        group = "y" if m.group("y") else "y2"
        # the report is written early in the next year: 今年 may also be the writing year;
        # 本年度 is the year reported on, unless its sentence plans work (「本年度（2023年）
        # 将…」 in the plans of a report on 2022): then a warning at most
        year = int(m.group(group))
        severity = Severity.ERROR
        if year in (expected, expected + 1):
            if not (
                m.group("rel") == "本年度"
                and year == expected + 1
                and not _PLANNED_RE.search(bq.text, m.end(), _sentence_end(bq.text, m.end()))
            ):
                continue
            severity = Severity.WARNING
        out.append(
            Relation(
                "date",
                Verdict.CONTRADICTION,
                bq.block,
                (m.start(group), m.end()),
                (Span(bq.block, m.start(), m.end()),),
                code="N304",
                severity=severity,
                message=(
                    f"“{m.group()}”前后不一：报告年度为{report_year}年，"
                    f"“{m.group('rel')}”是{expected}年"
                ),
                suggestion="核对年份",
            )
        )
    return out


# a sentence about the report year's own work: 今年以来, 今年, 本年度, 年内
_THIS_YEAR_OPENING = re.compile(r"(?:今年以来|今年|本年度|本年|年内)[，,]?")
# a date of an action (于2023年5月组织…, 在2023年开展…), not a reference (2023年出台的…)
_ACTION_DATE_BEFORE = re.compile(r"(?<![较比同])(?:于|在)\s*$")
_REFERENCE_AFTER = re.compile(r"(?:度)?[\u4e00-\u9fff]{0,4}?(?:的|以来|起|前|基础|同期)")


def _this_year_elsewhere(bq: BlockQuantities, report_year: int | None) -> list[Relation]:
    """「今年以来，我局于2023年5月组织开展了…」 in a report on 2024: work of this year dated
    with an earlier year (a reference such as 2023年出台的… is left alone)."""
    if report_year is None:
        return []
    out: list[Relation] = []
    text = bq.text
    for y in bq.years:
        if y.kind not in ("year", "date", "month") or not y.year or y.year >= report_year:
            continue
        s_start, _ = bq.sentence_span(bq.sentence_of(y.start))
        if not _THIS_YEAR_OPENING.match(text, s_start):
            continue
        if not _ACTION_DATE_BEFORE.search(text[max(s_start, y.start - 3) : y.start]):
            continue
        if _REFERENCE_AFTER.match(text, y.end):
            continue
        out.append(
            _n304_warning(
                bq,
                (y.start, y.end),
                (Span(bq.block, s_start, y.end),),
                (
                    f"句首说的是本年度（{report_year}年）的工作，"
                    f"其中的“{text[y.start : y.end]}”却是往年，疑为年份写错"
                ),
                "核对年份",
            )
        )
    return out


# 「今天（12月18日）」「今日(2024年3月5日)」: the day the text is spoken or written
_TODAY_RE = re.compile(
    r"(?:今天|今日|本日)\s*[（(]\s*(?:([0-9]{4})\s*年\s*)?([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*[日号]"
    r"\s*[）)]"
)
# a news dateline opening its paragraph (「中新网11月4日电」「新华社北京4月19日电」): the day the
# text is written, after a short source name
_DATELINE_RE = re.compile(
    r"^[^，,。；;：:！？!?\n]{0,16}?(?:([0-9]{4})\s*年\s*)?([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*日\s*"
    r"(?:电|電|消息|讯|訊)"
)
# a day opening a sentence whose subject publishes figures (「7月25日，最高人民检察院发布了…
# 数据」): the figures of its sentence are those of that day
_PUBLISHED_RE = re.compile(
    r"(?:^|(?<=[。！？!?\n]))[^，,。；;！？!?\n]{0,16}?[，,]{0,2}\s*(?:([0-9]{4})\s*年\s*)?"
    r"([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*日\s*[，,]?[^。；;！？!?\n]{0,24}?"
    r"(?:发布|發布|公布|公佈|通报|通報|获悉|獲悉|了解到)"
)
# a cut-off after the day of its sentence (「7月10日，记者…获悉，截至7月底，…共办理…」)
_CUT_OFF_RE = re.compile(
    r"(?:截至|截止到|截止至|截止)\s*(?:([0-9]{4})\s*年\s*)?([0-9]{1,2})\s*月"
    r"(?:\s*([0-9]{1,2})\s*[日号])?\s*(底|末)?"
)
# between the publishing verb and the months it publishes (「发布了」「公布的」; not 「发布会。」)
_PUBLISHED_GAP_RE = re.compile(r"[了的]{0,2}[，,：:]?")
# a verb that publishes figures, not the name of the event (发布会)
_TOLD_RE = re.compile(r"(?:通报|通報|公布|公佈|发布|發布)(?![会會])")
# a part of the year counted from January opening a clause (「获悉，一季度，全市累计检查…」,
# s32b-timeunits): its figures need the part over, as the months of _THIS_YEAR_MONTHS_RE do
_PART_OF_YEAR = (
    rf"(?:今年|本年度?|({YEAR_ASCII})\s*年)?\s*"
    r"(一季度|第一季度|上半年|前两个?季度|前三季度)(?!以来|末|底)[，,]"
)
_PART_CLAUSE_RE = re.compile(rf"(?:^|(?<=[，,。；;：:]))\s*{_PART_OF_YEAR}")
# the same part right after the day's telling verb (「…获悉，一季度，…」)
_PART_AFTER_DAY_RE = re.compile(rf"[\s，,]*{_PART_OF_YEAR}")
# a run of days reported on a day inside it (「6月9日消息，从5月20日至6月30日，…开展了…大检查，
# 成效明显」「2022年1月4日，…元旦假期（1月1-5日），…共接待游客…」, s32b-timeunits)
_DAY_RUN_RE = re.compile(
    rf"(?:({YEAR_ASCII})\s*年\s*)?([0-9]{{1,2}})\s*月\s*([0-9]{{1,2}})\s*[日号]?\s*{RANGE_JOIN}\s*"
    r"(?:([0-9]{1,2})\s*月\s*)?([0-9]{1,2})\s*[日号]"
)
# what says the run is reported as over: a done verb (开展了), its results, a figure counted
_RUN_DONE_RE = re.compile(r"[\u4e00-\u9fff]了|成效|圆满|结束|完成")
# what says the run is still going or reported so far: no judgement
_RUN_GOING_RE = re.compile(r"截至|截止|目前|至今|正在|期间|以来|将|计划|预计|拟")
# this year's months from January (「今年1-12月」「今年1至11月」「本年度一至十二月」), or a named
# year's (「2022年1至6月」: the day's year when the day names none)
_THIS_YEAR_MONTHS_RE = re.compile(
    r"(?:今年|本年度?|([0-9]{4})\s*年)\s*(?:1|一)\s*(?:月份?)?\s*[-－—–~～至到]\s*"
    r"([0-9]{1,2}|十[一二]?|[一二三四五六七八九])\s*月"
)
# months from January with no year, opening a sentence (「1至9月，全省城镇新增就业…」): read
# only in a later sentence of a paragraph a told day opens (s38-time), as the day's year
_BARE_MONTHS_RE = re.compile(
    r"(?:^|(?<=[。！？!?]))\s*((?!x)x)?(?:1|一)\s*(?:月份?)?\s*[-－—–~～至到]\s*"
    r"([0-9]{1,2}|十[一二]?|[一二三四五六七八九])\s*月份?(?=[，,])"
)
# a verb that tells figures learnt or published (a day opening the paragraph with it dates
# what the paragraph goes on to give): 通报, 发布 (not 发布会), 获悉, 了解到
_TOLD_OR_LEARNT_RE = re.compile(
    r"(?:通报|通報|公布|公佈|发布|發布)(?![会會])|获悉|獲悉|了解到|瞭解到"
)
# a day named inside the paragraph after the told day (a later event: the dating stops there)
_ANY_DAY_RE = re.compile(r"[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*[日号]")
# a plan or a deadline in a cut-off's sentence (截至3月31日前完成…): not a count so far
_CUT_OFF_PLAN_RE = re.compile(r"前|将|須|须|需|应|應|要|计划|計劃|预计|預計|力争|拟|擬")
# the months' data named right after them (「2022年1至6月全国检察机关主要办案数据」)
_DATA_AFTER_RE = re.compile(r"[^，,。；;！？!?\n]{0,20}?(?:数据|數據)")
_TODAY_REACH = 3  # paragraphs after the one that names the day its months are read in
_FIRST_QUARTER = 3  # a day of January–March without a year may fall after the year it reports


def _months_not_over(
    extracted: Sequence[BlockQuantities], report_year: int | None
) -> list[Relation]:
    """「今天（12月18日），…通报…」 then 「今年1-12月，…办理行政复议案件125件」: figures of this
    year's months counted up to a month that has not ended on the day the text says it is
    spoken (12月 is not over on 12月18日). An error: the range or the day is wrong. The day is
    also a news dateline opening the paragraph (「中新网11月4日电 …今年1至11月…」) or a day
    opening a sentence that publishes figures (「7月25日，…发布了2021年1月至9月…数据」, that
    sentence only); months of a named year are held to a day of that year (a day of
    January–March without a year may be the next year's: no judgement)."""
    out: list[Relation] = []
    # (month, day, year, paragraph index, the day names its year, where the verb publishing
    # its months ends, what the text calls the day)
    today: tuple[int, int, int, int, bool, int | None, str] | None = None
    for i, bq in enumerate(extracted):
        if today is not None and (i - today[3] > _TODAY_REACH or today[5] is not None):
            today = None
        found = _TODAY_RE.search(bq.text) if "日" in bq.text or "天" in bq.text else None
        verb_end: int | None = None
        called = "文中所说的“今天”"
        if found is None and "日" in bq.text:
            found, called = _DATELINE_RE.search(bq.text), "电头所署日期"
            if found is None and any(c in bq.text for c in "布佈通悉解"):
                found, called = _PUBLISHED_RE.search(bq.text), "数据发布之日"
                verb_end = None if found is None else found.end()
        if found is not None:
            year = int(found.group(1)) if found.group(1) else (report_year or 2001)
            month, day = int(found.group(2)), int(found.group(3))
            if 1 <= month <= 12 and 1 <= day <= _month_days(year, month):
                today = (month, day, year, i, found.group(1) is not None, verb_end, called)
        if today is None:
            continue
        if found is not None and i == today[3]:
            out.extend(_cut_off_after_day(bq, found.start(), today))
            if called == "电头所署日期" and not today[4]:
                out.extend(_cut_off_after_yearless_dateline(bq, found.end(), today))
                out.extend(_part_after_yearless_dateline(bq, found.end(), today))
        month, day, year, _, dated, only, when = today
        opens = (
            only is not None
            and found is not None
            and i == today[3]
            and found.start() == 0
            and _TOLD_OR_LEARNT_RE.search(bq.text, 0, bq.sentence_span(bq.sentence_of(only))[1])
            is not None
        )
        # the day itself opens the paragraph (after a short source, no clause before it)
        day_first = (
            opens
            and found is not None
            and "，" not in bq.text[: found.start(2)]
            and "," not in bq.text[: found.start(2)]
        )
        if day_first and only is not None:
            out.extend(_cut_off_after_told_paragraph(bq, only, today))
        months = _THIS_YEAR_MONTHS_RE.finditer(bq.text)
        if day_first:
            months = itertools.chain(months, _BARE_MONTHS_RE.finditer(bq.text))
        for m in months:
            if found is not None and m.start() < found.start() and i == today[3]:
                continue  # months named before the day
            inferred = False
            if m.re is _BARE_MONTHS_RE and (
                only is None or bq.sentence_of(m.start()) <= bq.sentence_of(only)
            ):
                continue  # bare months: only in a later sentence of the told paragraph
            if only is not None and not _PUBLISHED_GAP_RE.fullmatch(bq.text, only, m.start()):
                # (a published day holds for the months the verb publishes only — or, read as
                # a warning, for this year's months opening a later sentence of the paragraph
                # the day opens: 「12月1日，…举行…新闻发布会，全面通报…。今年1—12月，…」)
                if not (
                    i == today[3]
                    and found is not None
                    and found.start() == 0
                    and m.group(1) is None
                    and bq.sentence_of(m.start()) > bq.sentence_of(only)
                    and not bq.text[
                        bq.sentence_span(bq.sentence_of(m.start()))[0] : m.start()
                    ].strip()
                    # the day's sentence publishes (通报…成效) or learns (获悉), not only
                    # names a 发布会
                    and opens
                ):
                    continue
                inferred = True
            if m.group(1) and (int(m.group(1)) != year or (not dated and month <= _FIRST_QUARTER)):
                continue  # another year's months, or a day that may be the next year's
            raw = m.group(2)
            last = int(raw) if raw.isdigit() else int(cn_to_decimal(raw))
            if not 1 <= last <= 12 or (last, _month_days(year, last)) <= (month, day):
                continue
            _, s_end = bq.sentence_span(bq.sentence_of(m.start()))
            if not any(m.end() <= q.start < s_end for q in bq.quantities) and not (
                when != "文中所说的“今天”" and _DATA_AFTER_RE.match(bq.text, m.end())
            ):
                continue  # no figure counted over the months (nor the months' data published)
            out.append(
                Relation(
                    "date",
                    Verdict.CONTRADICTION,
                    bq.block,
                    (m.start(), m.end()),
                    (Span(bq.block, m.start(), m.end()),),
                    code="N304",
                    severity=Severity.WARNING if inferred else Severity.ERROR,
                    message=(
                        f"“{m.group()}”的数字在{month}月{day}日（{when}）还不能统计完："
                        f"{last}月尚未结束"
                        + ("（按本段开头所写的发布日期推断）" if inferred else "")
                    ),
                    suggestion="核对月份范围或日期",
                )
            )
        out.extend(_parts_not_over(bq, found if i == today[3] else None, today))
    return out


def _parts_not_over(
    bq: BlockQuantities,
    found: re.Match[str] | None,
    today: tuple[int, int, int, int, bool, int | None, str],
) -> list[Relation]:
    """「3月4日，记者从…例会上获悉，一季度，全市累计检查…18245家」: a part of the year counted
    from January (一季度, 上半年, 前三季度) opening a clause whose figures it counts, told on a
    day before the part is over — an error, as the months of :func:`_months_not_over`; and a
    run of days (「从5月20日至6月30日」「元旦假期（1月1-5日）」) begun by the day but ending after
    it, reported as done (开展了, 成效, 完成) or with figures counted over it, in the day's
    statement — a warning (the run may be told while it goes on). Not a part or run with an
    estimate, a plan or a count so far in its sentence (截至, 目前, 期间, 将…)."""
    month, day, year, _, dated, only, when = today
    out: list[Relation] = []
    lo = found.start() if found is not None else 0
    hi = len(bq.text)
    if only is not None:  # a published day: its own sentence only
        hi = bq.sentence_span(bq.sentence_of(lo))[1]
    parts = list(_PART_CLAUSE_RE.finditer(bq.text, lo, hi))
    if found is not None:  # the part right after the day's words (「…4日电 上半年，…」)
        after = _PART_AFTER_DAY_RE.match(bq.text, found.end())
        if after is not None and after.end() <= hi:
            parts.append(after)
    for m in parts:
        if m.group(1) and (int(m.group(1)) != year or not dated):
            continue
        last = _PART_LAST_MONTH[m.group(2)]
        if (last, _month_days(year, last)) <= (month, day):
            continue
        s_start, s_end = bq.sentence_span(bq.sentence_of(m.start()))
        if _RUN_GOING_RE.search(bq.text, s_start, s_end) or not any(
            m.end() <= q.start < s_end for q in bq.quantities
        ):
            continue
        out.append(
            Relation(
                "date",
                Verdict.CONTRADICTION,
                bq.block,
                (m.start(2), m.end(2)),
                (Span(bq.block, m.start(2), m.end(2)),),
                code="N304",
                severity=Severity.ERROR,
                message=(
                    f"“{m.group(2)}”的数字在{month}月{day}日（{when}）还不能统计完："
                    f"{m.group(2)}到{last}月底才结束"
                ),
                suggestion="核对期间或日期",
            )
        )
    for m in _DAY_RUN_RE.finditer(bq.text, lo, hi):
        if m.group(1) and (int(m.group(1)) != year or not dated):
            continue
        m1, d1 = int(m.group(2)), int(m.group(3))
        m2 = int(m.group(4)) if m.group(4) else m1
        d2 = int(m.group(5))
        if not (1 <= m1 <= 12 and 1 <= m2 <= 12) or d2 > _month_days(year, m2):
            continue
        if not (m1, d1) <= (month, day) < (m2, d2):
            continue
        s_start, s_end = bq.sentence_span(bq.sentence_of(m.start()))
        if _RUN_GOING_RE.search(bq.text, s_start, s_end):
            continue
        if not _RUN_DONE_RE.search(bq.text, m.end(), s_end) and not any(
            m.end() <= q.start < s_end for q in bq.quantities
        ):
            continue
        out.append(
            Relation(
                "date",
                Verdict.CONTRADICTION,
                bq.block,
                (m.start(), m.end()),
                (Span(bq.block, m.start(), m.end()),),
                code="N304",
                severity=Severity.WARNING,
                message=(
                    f"“{m.group()}”到{m2}月{d2}日才结束，{month}月{day}日（{when}）"
                    f"却已报告其结果，日期或期间可能有误"
                ),
                suggestion="核对期间或日期",
            )
        )
    return out


def _cut_off_after_day(
    bq: BlockQuantities, at: int, today: tuple[int, int, int, int, bool, int | None, str]
) -> list[Relation]:
    """「7月10日，记者从…获悉，截至7月底，…共办理…」「1月24日，…发布消息，截至1月25日上午9时，
    大会共收到提案1060件」: the figures are told on the day that opens the sentence, so they
    cannot run to a later cut-off (its first possible day: a month without a day from its
    1st, 底/末 its last). An error: the day or the cut-off is wrong. Only the sentence of
    the day; a cut-off naming another year than the day's is left alone."""
    month, day, year, _, dated, _, when = today
    _, s_end = bq.sentence_span(bq.sentence_of(at))
    out: list[Relation] = []
    for m in _CUT_OFF_RE.finditer(bq.text, at, s_end):
        if m.group(1) and (int(m.group(1)) != year or not dated):
            continue
        cut = _cut_off_day(m, year)
        if cut is None or cut <= (month, day):
            continue
        out.append(
            _late_cut_off(
                bq,
                m,
                Severity.ERROR,
                f"“{m.group().strip()}”晚于{month}月{day}日（{when}）：当天还不能有截至那时的数字",
                "核对截至日期或发布日期",
            )
        )
    return out


def _cut_off_after_told_paragraph(
    bq: BlockQuantities, verb_end: int, today: tuple[int, int, int, int, bool, int | None, str]
) -> list[Relation]:
    """「3月27日，记者从省安委会办公室获悉：全省安全生产形势总体稳定。截至3月29日，共发生…事故
    90起」: a day opening the paragraph with a verb that tells (获悉, 通报, 发布), and a cut-off
    opening a later sentence of that paragraph, later than the day, with figures after it. What
    the paragraph goes on to give is what was told that day: an error when a colon after the
    verb opens the told text (获悉：), a warning otherwise (the later sentence is read as told).
    Not past another day the paragraph names after the told one, not a cut-off of another year
    than the day's, not a deadline or a plan in the cut-off's sentence (截至3月31日前完成, 将)."""
    month, day, year, _, dated, _, when = today
    text = bq.text
    if "截" not in text:
        return []
    first_end = bq.sentence_span(bq.sentence_of(verb_end))[1]
    colon = text[verb_end : verb_end + 1] in ("：", ":")
    out: list[Relation] = []
    for m in _CUT_OFF_RE.finditer(text, first_end):
        s_start, s_end = bq.sentence_span(bq.sentence_of(m.start()))
        if text[s_start : m.start()].strip():
            continue  # the cut-off does not open its sentence
        if _ANY_DAY_RE.search(text, first_end, m.start()):
            break  # another day named since the told one
        if m.group(1) and (int(m.group(1)) != year or not dated):
            continue
        cut = _cut_off_day(m, year)
        if cut is None or cut <= (month, day):
            continue
        if _CUT_OFF_PLAN_RE.search(text, m.end(), s_end) or not any(
            m.end() <= q.start < s_end for q in bq.quantities
        ):
            continue
        out.append(
            _late_cut_off(
                bq,
                m,
                Severity.ERROR if colon else Severity.WARNING,
                f"“{m.group().strip()}”晚于{month}月{day}日（{when}）：本段开头当天"
                f"{'所获悉、发布的内容（冒号之后）' if colon else '所告知的内容（按本段推断）'}"
                f"还不能有截至那时的数字",
                "核对截至日期或发布日期",
            )
        )
    return out


def _cut_off_day(m: re.Match[str], year: int) -> tuple[int, int] | None:
    """The first day a cut-off of ``_CUT_OFF_RE`` can mean in ``year`` (a month without a day
    from its 1st, 底/末 its last), as (month, day); None when no such day exists."""
    cut_month = int(m.group(2))
    if not 1 <= cut_month <= 12:
        return None
    last = _month_days(year, cut_month)
    cut_day = int(m.group(3)) if m.group(3) else (last if m.group(4) else 1)
    return None if cut_day > last else (cut_month, cut_day)


def _late_cut_off(
    bq: BlockQuantities, m: re.Match[str], severity: Severity, message: str, suggestion: str
) -> Relation:
    """N304 on a cut-off later than the day its figures are told on."""
    return Relation(
        "date",
        Verdict.CONTRADICTION,
        bq.block,
        (m.start(), m.end()),
        (Span(bq.block, m.start(), m.end()),),
        code="N304",
        severity=severity,
        message=message,
        suggestion=suggestion,
    )


# every year the paragraph names (the latest is the year a yearless dateline is read in)
_YEAR_NAMED_RE = re.compile(rf"({YEAR_ASCII})\s*年")


def _cut_off_after_yearless_dateline(
    bq: BlockQuantities, at: int, today: tuple[int, int, int, int, bool, int | None, str]
) -> list[Relation]:
    """「新华社济南8月2日电 …截至2018年9月底，山东全省实有市场主体846.9万户」「中评社北京3月3日电 …
    截至2019年3月20日，99.2%已经办复」: a news dateline without its year, and a cut-off in its
    paragraph naming the latest year the paragraph names, later in that year than the dateline.
    Read in that year the figures run past the day they are told on; the dateline may be of a
    later year (a stale figure), so a warning. Not when the paragraph names a later year or the
    year before as such (去年, 上年, 上一年, 前年 — periods' ``_YEARS_BACK``: the text counts from
    another year than the cut-off's)."""
    month, day, _, _, _, _, when = today
    text = bq.text
    if "截" not in text or any(w in text for w in _YEARS_BACK):
        return []
    years = [int(y) for y in _YEAR_NAMED_RE.findall(text)]
    if not years:
        return []
    latest = max(years)
    out: list[Relation] = []
    for m in _CUT_OFF_RE.finditer(text, at):
        if not m.group(1) or int(m.group(1)) != latest:
            continue
        cut = _cut_off_day(m, latest)
        if cut is None or cut <= (month, day):
            continue
        out.append(
            _late_cut_off(
                bq,
                m,
                Severity.WARNING,
                f"“{m.group().strip()}”晚于{month}月{day}日（{when}，未署年份）：电头若是"
                f"{latest}年（文中最晚的年份），当天还不能有截至{latest}年{cut[0]}月{cut[1]}日的数字",
                "核对截至日期或电头日期",
            )
        )
    return out


# a named year's whole or part counted from January (「2024年全年」「2024年前三季度」「2024年1-11
# 月」), not a target (全年任务) nor the year's own noun (全年度)
_NAMED_YEAR_PART_RE = re.compile(
    rf"(?<![0-9])({YEAR_ASCII})\s*年\s*(?:(全年(?!任务|目标|计划|的|度|预算|预期|指标)|一季度|"
    rf"第一季度|上半年|前两个?季度|前三季度)|(?:1|一)\s*(?:月份?)?\s*{RANGE_JOIN}\s*"
    r"([0-9]{1,2}|十[一二]?|[一二三四五六七八九])\s*月份?)"
)
# before a year: a comparison's base (较2023年上半年), not the period the figures count
_BASE_BEFORE_RE = re.compile(r"(?:较|比|与|同比|相比|环比|同期)\s*$")


def _part_after_yearless_dateline(
    bq: BlockQuantities, at: int, today: tuple[int, int, int, int, bool, int | None, str]
) -> list[Relation]:
    """「中新网 10月28日电 据初步统计，2024年全年全国海关共扣留侵权嫌疑货物2.2万批」: a news
    dateline without its year, and the whole or a part of the latest year the paragraph names
    (全年, 上半年, 前三季度, 1—N月) counting figures after it in its sentence, not over on the
    dateline's day in that year. Read in that year the figures are told before their period
    ends; the dateline may be of a later year (a stale figure): a warning, as
    :func:`_cut_off_after_yearless_dateline`. Not when the paragraph counts from another year
    (去年, 上年), not a comparison's base (较2023年上半年), not an estimate (预计, 左右)."""
    month, day, _, _, _, _, when = today
    text = bq.text
    if any(w in text for w in _YEARS_BACK):
        return []
    years = [int(y) for y in _YEAR_NAMED_RE.findall(text)]
    if not years:
        return []
    latest = max(years)
    out: list[Relation] = []
    for m in _NAMED_YEAR_PART_RE.finditer(text, at):
        if int(m.group(1)) != latest or _BASE_BEFORE_RE.search(
            text, max(0, m.start() - 4), m.start()
        ):
            continue
        if m.group(2):
            last = 12 if m.group(2) == "全年" else _PART_LAST_MONTH[m.group(2)]
        else:
            raw = m.group(3)
            last = int(raw) if raw.isdigit() else int(cn_to_decimal(raw))
        if not 1 <= last <= 12 or (last, _month_days(latest, last)) <= (month, day):
            continue
        s_start, s_end = bq.sentence_span(bq.sentence_of(m.start()))
        if _ESTIMATE_RE.search(text, s_start, s_end) or not any(
            m.end() <= q.start < s_end for q in bq.quantities
        ):
            continue
        out.append(
            _late_cut_off(
                bq,
                m,
                Severity.WARNING,
                f"“{m.group().strip()}”到{latest}年{last}月{_month_days(latest, last)}日才结束，"
                f"晚于{month}月{day}日（{when}，未署年份）：电头若是{latest}年（文中最晚的年份），"
                f"当天还不能有这一时段的全部数字",
                "核对时段或电头日期",
            )
        )
    return out


# a speech's own date on the line under its title (「——2023年8月31日在区第十七届人大常委会第十五次
# 会议上」): the day the text was delivered
_SPEECH_DATE_RE = re.compile(
    rf"^\s*[—－\-]{{1,2}}\s*({YEAR_ASCII})\s*年\s*([0-9]{{1,2}})\s*月\s*([0-9]{{1,2}})\s*日\s*在"
    r"[^。\n]{0,40}?(?:会议|大会|常委会)"
)
# an account of a year that needs the year over (决算) or begun (预算执行情况)
_YEAR_ACCOUNT_RE = re.compile(
    rf"({YEAR_ASCII})\s*年度?[^，,。；;：:、0-9]{{0,8}}?(决算|预算执行情况)"
)
# a part of a year opening a statement, counted from January (「2023年前三季度，全区实现…」)
_YEAR_PART_RE = re.compile(
    rf"(?:^|(?<=[。；;！？!?]))\s*(?:({YEAR_ASCII})\s*年|今年|本年度?)\s*(?:(一季度|第一季度|上半年|前两个?季度|"
    rf"前三季度)|(?:1|一)\s*(?:月份?)?\s*{RANGE_JOIN}\s*([0-9]{{1,2}}|十[一二]?|[一二三四五六七八九])"
    r"\s*月份?)(?:以来)?[，,]"
)
_PART_LAST_MONTH = {
    "一季度": 3,
    "第一季度": 3,
    "上半年": 6,
    "前两季度": 6,
    "前两个季度": 6,
    "前三季度": 9,
}
# an estimate or a plan in the statement: the figures need not be complete
_ESTIMATE_RE = re.compile(r"预计|预期|预测|估计|左右|将(?!近)|拟|力争|计划|明年")
_SPEECH_TITLE_REACH = 2  # paragraphs above the speech's date read as its title


def _speech_date_accounts(extracted: Sequence[BlockQuantities]) -> list[Relation]:
    """A speech dated under its title (「——2018年9月2日在汕尾市第七届人民代表大会常务委员会
    第二十八次会议上」) gives accounts its date had not reached: the final accounts (决算) of a
    year not yet over (「2018年市级财政决算草案已按要求正式编成」 on 2018年9月2日), the budget
    execution of a year not yet begun (「关于沙洋县2022年预算执行情况…的报告」 on 2021年12月18日),
    or the figures of a part of its year not yet over (「2023年前三季度，全区实现地区生产总值806
    亿元」 on 2023年8月31日). A warning: the date or the year may be the slip. Not an estimate or a
    plan in the clause (预计, 左右, 将…: 「2021年全县实现生产总值305亿元左右(预计数)」 delivered in
    October reviews the year before it ends), not a whole year's review (a congress may meet in
    October). The title is read from the two paragraphs above the date; one pass per paragraph."""
    out: list[Relation] = []
    start = None
    for i, bq in enumerate(extracted):
        if "日" in bq.text and "在" in bq.text:
            m = _SPEECH_DATE_RE.match(bq.text)
            if m is not None:
                start = (i, int(m.group(1)), int(m.group(2)), int(m.group(3)))
                break
    if start is None:
        return out
    at, year, month, day = start
    if not 1 <= month <= 12 or not 1 <= day <= _month_days(year, month):
        return out
    said = f"{year}年{month}月{day}日（文中所署的讲话日期）"
    for bq in extracted[max(0, at - _SPEECH_TITLE_REACH) :]:
        text = bq.text
        if "年" not in text:
            continue
        for m in _YEAR_ACCOUNT_RE.finditer(text):
            y = int(m.group(1))
            if m.group(2) == "决算":
                if y < year:
                    continue
                why = f"{y}年的决算要到{y}年结束后才能编成，而{said}{y}年还没有结束"
            else:
                if y <= year:
                    continue
                why = f"{y}年的预算执行情况要到{y}年开始后才有，而{said}{y}年还没有开始"
            if _ESTIMATE_RE.search(text, _clause_open(text, m.start()), m.start()):
                continue
            out.append(_speech_relation(bq, m.start(), m.end(), why))
        if "季度" not in text and "半年" not in text and "月" not in text:
            continue
        for m in _YEAR_PART_RE.finditer(text):
            y = int(m.group(1)) if m.group(1) else year  # 今年: the speech's year
            if m.group(2):
                last_month = _PART_LAST_MONTH[m.group(2)]
            else:
                raw = m.group(3)
                last_month = int(raw) if raw.isdigit() else int(cn_to_decimal(raw))
            if not 1 <= last_month <= 12:
                continue
            if (y, last_month, _month_days(y, last_month)) <= (year, month, day):
                continue
            _, s_end = bq.sentence_span(bq.sentence_of(m.end()))
            if not any(m.end() <= q.start < s_end for q in bq.quantities):
                continue  # no figure counted over the part
            if _ESTIMATE_RE.search(text, m.end(), s_end):
                continue
            begin = len(text[: m.end()]) - len(text[m.start() : m.end()].lstrip())
            part = text[begin : m.end()].rstrip("，,")
            why = (
                f"“{part}”到{y}年{last_month}月{_month_days(y, last_month)}日才结束，"
                f"而{said}它还没有结束：不能已有它的全部数字"
            )
            out.append(_speech_relation(bq, begin, m.end() - 1, why))
    return out


def _clause_open(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` opens (after the last clause or sentence mark)."""
    return max(text.rfind(c, 0, pos) for c in "，,。；;：:！？!?") + 1


def _speech_relation(bq: BlockQuantities, start: int, end: int, why: str) -> Relation:
    return Relation(
        "date",
        Verdict.CONTRADICTION,
        bq.block,
        (start, end),
        (Span(bq.block, start, end),),
        code="N304",
        severity=Severity.WARNING,
        message=why,
        suggestion="核对讲话日期或所说的年份、时段",
    )


# --------------------------------------------------------------------------------------
# Session 31 (s31-time): periods read as intervals against each other
# --------------------------------------------------------------------------------------

_CN_SMALL = "一二两三四五六七八九十"
# a run of whole years (2020—2022年, 2019年至2022年); not one ending in a month (至2022年6月)
_YEAR_RANGE_RE = re.compile(
    rf"(?<![0-9])(?P<a>{YEAR_ASCII})\s*年?\s*{RANGE_JOIN}\s*"
    rf"(?P<b>{YEAR_ASCII})\s*年(?!\s*(?:[0-9]{{1,2}}|[一二三四五六七八九十]{{1,2}})\s*月)"
)
# a count of years naming the span glossed by the bracket right after it (前三年（2017—2019年）,
# 三年行动期间（2020—2022年）); not an ordinal (第三年) nor a rate (每三年)
_YEARS_GLOSSED_RE = re.compile(
    rf"(?<![0-9第每])(?P<n>[{_CN_SMALL}]{{1,2}}|[1-9][0-9]?)\s*年"
    r"[\u4e00-\u9fff]{0,4}\s*[（(]\s*$"
)
# the count of years the text gives the run after it (这四年间, 三年来)
_YEARS_AFTER_RE = re.compile(
    rf"(?<![0-9第每])(?P<n>[{_CN_SMALL}]{{1,2}}|[1-9][0-9]?)\s*年(?:来|间|中|里)"
)
# the count of years right after the run, in 个 and a noun of year (「1993～2017年25个年度」)
_YEARS_RIGHT_AFTER_RE = re.compile(
    rf"\s*(?:共|的|计|計)?\s*(?P<n>[{_CN_SMALL}]{{1,2}}|[1-9][0-9]?)\s*[个個]\s*"
    r"(?:年度|年份|年頭|年头)"
)
_YEAR_NAMED_AT_RE = re.compile(rf"(?<![0-9])({YEAR_ASCII})\s*年")
_GLOSS_BACK = 14  # characters before a range read for the count it glosses


def _years_counted(bq: BlockQuantities) -> list[Relation]:
    """「前三年（2016—2019年）」「2020年至2024年，…。四年来…」: a run of whole years given
    with the number of years it lasts. Counted with both ends (2017—2019 is three years, as
    every plan's 「三年行动（2022—2024年）」 is); a count that fits only the years between the
    ends (2016—2019: three) is a reading (a warning), one that fits neither is an error. The
    count after the run is the first 「N年来/间」 in its sentence or the next, with no year
    outside the run between them."""
    out: list[Relation] = []
    text = bq.text
    if "年" not in text:
        return out
    for m in _YEAR_RANGE_RE.finditer(text):
        a, b = int(m.group("a")), int(m.group("b"))
        if b <= a or b - a > 30:
            continue
        said: re.Match[str] | None = None
        g = _YEARS_GLOSSED_RE.search(text, max(0, m.start() - _GLOSS_BACK), m.start())
        right_after = _YEARS_RIGHT_AFTER_RE.match(text, m.end())
        if g is not None and text[m.end() : m.end() + 2].lstrip().startswith(("）", ")")):
            said = g
        elif right_after is not None:
            said = right_after
        else:
            s_end = bq.sentence_span(bq.sentence_of(m.start()))[1]
            reach = bq.sentence_span(bq.sentence_of(s_end))[1] if s_end < len(text) else s_end
            after = _YEARS_AFTER_RE.search(text, m.end(), reach)
            if (
                after is not None
                and not any(
                    not a <= int(y.group(1)) <= b
                    for y in _YEAR_NAMED_AT_RE.finditer(text, m.end(), after.start())
                )
                and not _YEAR_RANGE_RE.search(text, m.end(), after.start())
            ):
                said = after
        if said is None:
            continue
        n = _number(said.group("n"))
        if n is None:
            continue
        both, between = b - a + 1, b - a
        if (
            said is right_after
            and n < both
            and text[said.end() : said.end() + 2].lstrip().startswith(("（", "("))
        ):
            continue  # fewer years, glossed by a bracket that may name those left out
        if n == both:
            out.append(Relation("date", Verdict.CONSISTENT, bq.block, (said.start(), said.end())))
            continue
        run = f"{a}年至{b}年"
        shown = (
            f"{run}首尾都算为{both}年（{b}－{a}＋1＝{both}），只算相隔才是{between}年"
            if n == between
            else f"{run}首尾都算为{both}年（{b}－{a}＋1＝{both}），只算相隔为{between}年，都不是{int(n)}年"
        )
        out.append(
            Relation(
                "date",
                Verdict.CONTRADICTION,
                bq.block,
                (said.start(), said.end()),
                (Span(bq.block, said.start(), said.end()), Span(bq.block, m.start(), m.end())),
                code="N304",
                severity=Severity.WARNING if n == between else Severity.ERROR,
                message=f"“{said.group().strip().rstrip('（( ')}”与所写年份不符：{shown}",
                suggestion="核对起止年份与所写年数",
            )
        )
    return out


# 「从2023年41.7%上升至64.1%」「从2018年54.9%降至2023年26.7%」: a change from one year's
# figure to another's; the later figure is the report year's unless a year is named with it
_FROM_YEAR_TO_RE = re.compile(
    r"从\s*(?P<a>(?:19|20)[0-9]{2})\s*年(?:度)?(?:底|末)?(?:的)?\s*[0-9][0-9.]*\s*"
    r"(?:%|‰|[\u4e00-\u9fff]{1,3}?)?\s*[，,]?\s*"
    r"(?:下降|上升|增长|提高|提升|增加|减少|降低|压降|降|升|增|提|减|涨|跌)(?:到|至)\s*"
    r"(?:(?P<b>(?:19|20)[0-9]{2})\s*年(?:度)?(?:底|末)?(?:的)?)?\s*[0-9]"
)


def _change_years(bq: BlockQuantities, report_year: int | None) -> list[Relation]:
    """A change from a year's figure to a later one whose years do not fit the report: the
    year it starts from after the report year (the end figure, with no year of its own, is
    the report year's: 「从2023年41.7%上升至64.1%」 in a report on 2022), the year it ends
    in after the report year (「从2018年54.9%降至2023年26.7%」 in a report on 2022), or an end
    year not after the start. Warnings: the text may be a later account of several years."""
    out: list[Relation] = []
    text = bq.text
    if report_year is None or "从" not in text:
        return out
    for m in _FROM_YEAR_TO_RE.finditer(text):
        a = int(m.group("a"))
        b = int(m.group("b")) if m.group("b") else None
        if b is not None and b <= a:
            why = f"变化的终点年份{b}年不在起点年份{a}年之后"
        elif b is not None and b > report_year:
            why = f"变化的终点年份{b}年在报告年度{report_year}年之后"
        elif b is None and a > report_year:
            why = (
                f"变化的起点年份{a}年在报告年度{report_year}年之后，"
                f"而未写年份的终点数字是{report_year}年的"
            )
        else:
            continue
        out.append(
            _n304_warning(
                bq,
                (m.start(), m.end()),
                (Span(bq.block, m.start(), m.end()),),
                f"“{m.group()[:-1].rstrip()}…”：{why}",
                "核对比较的年份",
            )
        )
    return out


# 「截至6月30日，2021年全年通过政务网站发布…」: a cut-off opening the clause of a whole
# year's figures (its subject and the year between them) — the whole year ends on 31 December
_CUT_OFF_WHOLE_RE = re.compile(
    r"截[至止](?:到)?\s*(?:(?P<y>(?:19|20)[0-9]{2})\s*年)?\s*(?P<m>1[0-2]|[1-9])\s*月"
    r"(?:\s*[0-9]{1,2}\s*[日号]|底|末|份)?\s*[，,]\s*[\u4e00-\u9fff]{0,8}?"
    r"(?:(?P<y2>(?:19|20)[0-9]{2})\s*年(?:度)?)?全年(?!任务|目标|计划|的|度|预算|预期|指标)"
)


def _cut_off_whole_year(bq: BlockQuantities, report_year: int | None) -> list[Relation]:
    """A cut-off before the year's last month opening the clause of that year's 全年 figures
    cannot give them: an error when the year is named with 全年 (2021年全年), a warning when
    全年 stands alone (it may mean the year so far). A cut-off in another year than the whole
    year (截至2025年2月底，…2024年全年) is the date of writing, not judged here."""
    out: list[Relation] = []
    text = bq.text
    if "全年" not in text or "截" not in text:
        return out
    for m in _CUT_OFF_WHOLE_RE.finditer(text):
        y = int(m.group("y")) if m.group("y") else None
        y2 = int(m.group("y2")) if m.group("y2") else None
        year = y2 or y or report_year
        if y is not None and y2 is not None and y != y2:
            continue
        if year is None or (report_year is not None and year != report_year and y2 is None):
            continue
        month = int(m.group("m"))
        if month >= 11:
            continue
        out.append(
            Relation(
                "date",
                Verdict.CONTRADICTION,
                bq.block,
                (m.start(), m.end()),
                (Span(bq.block, m.start(), m.end()),),
                code="N304",
                severity=Severity.ERROR if y2 is not None else Severity.WARNING,
                message=(
                    f"“{m.group()}”：截止时间{month}月在{year}年结束之前，"
                    f"不能给出{year}年全年（1月1日至12月31日）的数字"
                ),
                suggestion="核对截止时间或所写“全年”",
            )
        )
    return out


# a title naming the part of a year it reports on (「县政务服务办公室2023年上半年工作总结和下半年
# 工作思路」): the part right before the words of an account, its year maybe before it
_TITLE_PART_RE = re.compile(
    rf"(?:(?P<y>{YEAR_ASCII})\s*年(?:度)?)?"
    rf"(?P<p>上半年|前三季度|第?[一二三1-3]季度|(?:1|一)\s*{RANGE_JOIN}\s*(?P<m>[1-9]|1[01])\s*月份?)"
    r"[\u4e00-\u9fff]{0,8}?(?:工作)?(?:总结|报告|通报|情况|分析)"
)
# months of the year counted from January (1-8月份, 1至10月) and the year or base before them
_FROM_JANUARY_RE = re.compile(
    rf"(?<![0-9])(?:1|一)\s*(?:月份?)?\s*{RANGE_JOIN}\s*(?P<m>1[0-2]|[1-9])\s*月(?![0-9]{{1,2}}\s*日)"
)
_OTHER_BASE_RE = re.compile(r"(?:去年|上年|前年|同期|较|比|与)\s*$")
_YEAR_RIGHT_BEFORE_RE = re.compile(rf"({YEAR_ASCII})\s*年\s*$")
# the opening sentence of a body naming itself a report on a part of a year (「现将2020年上半年
# 自治区预算执行情况报告如下」), or a title fused with the body's first line (「…厅关于2020年上半年
# 工作总结的报告……」): not a document it cites (《关于…》)
_SELF_PART_RE = re.compile(
    rf"(?:现将|現將|关于|關於)\s*(?:(?P<y>{YEAR_ASCII})\s*年(?:度)?)?"
    rf"(?P<p>上半年|前三季度|第?[一二三1-3]季度|(?:1|一)\s*{RANGE_JOIN}\s*(?P<m>[1-9]|1[01])\s*月份?)"
    r"[^。，,；;：:《》“”]{0,16}?(?:工作)?(?:总结|報告|报告|通报|情况|情況)"
)
_FUSED_ISSUER = 24  # characters of an issuer's name before a fused title's 关于
_CLAUSE_MARKS_RE = re.compile(r"[，,。；;：:《“\s]")
# the end of a fused title: its noun, then an elision, a space or the line's end (not a comma
# going on with a sentence that cites it)
_FUSED_TITLE_END_RE = re.compile(r"[的之]?(?:报告|報告|总结|總結|通报|通報)?\s*(?:…|\s|$)")
_TITLE_LINES = 3  # first paragraphs read as the title
_TITLE_CHARS = 60  # characters a title line may have


def _part_last_month(part: str) -> int:
    """The last month of a part of a year a title names: 上半年 6 and 前三季度 9 as in
    ``_PART_LAST_MONTH``, the N-th quarter (第二季度, 3季度) 3N."""
    if part in _PART_LAST_MONTH:
        return _PART_LAST_MONTH[part]
    n = part.lstrip("第")[:1]
    return 3 * (int(n) if n.isdigit() else int(cn_to_decimal(n)))


def _title_part_months(extracted: Sequence[BlockQuantities]) -> list[Relation]:
    """A document titled with a part of a year (上半年, a quarter, 1—5月) reporting figures of
    that year counted from January past the part's last month (「2023年上半年工作总结」 over
    「1-8月份，全县共办理…」): the figures cover months the document is not about — a warning
    (the summary may have been written later with fresher figures)."""
    out: list[Relation] = []
    title: tuple[int | None, int, str] | None = None
    for bq in extracted[:_TITLE_LINES]:
        if len(bq.text) > _TITLE_CHARS or "。" in bq.text:
            # a body's opening sentence naming itself (现将…报告如下, a fused 关于…的报告)
            if "将" not in bq.text and "將" not in bq.text and "关于" not in bq.text:
                continue
            first_end = bq.sentence_span(0)[1]
            t = _SELF_PART_RE.search(bq.text, 0, first_end)
            if t is None:
                continue
            if t.group().startswith(("现将", "現將")):
                if "如下" not in bq.text[t.end() : first_end]:
                    continue  # 现将…报告如下: the text names itself
            elif (
                t.start() > _FUSED_ISSUER
                or _CLAUSE_MARKS_RE.search(bq.text, 0, t.start())
                or not _FUSED_TITLE_END_RE.match(bq.text, t.end())
            ):
                continue  # 关于 after an issuer's name only, the title ending its line (fused)
        else:
            t = _TITLE_PART_RE.search(bq.text)
        if t is None:
            continue
        p = t.group("p")
        last = int(t.group("m")) if t.group("m") else _part_last_month(p)
        if last:
            title = (int(t.group("y")) if t.group("y") else None, last, t.group())
            break
    if title is None:
        return out
    year, last, words = title
    for bq in extracted:
        if "月" not in bq.text:
            continue
        for m in _FROM_JANUARY_RE.finditer(bq.text):
            months = int(m.group("m"))
            if months <= last:
                continue
            before = bq.text[max(0, m.start() - 8) : m.start()]
            if _OTHER_BASE_RE.search(before):
                continue
            named = _YEAR_RIGHT_BEFORE_RE.search(before)
            if named and (year is None or int(named.group(1)) != year):
                continue
            out.append(
                _n304_warning(
                    bq,
                    (m.start(), m.end()),
                    (Span(bq.block, m.start(), m.end()),),
                    f"标题写的是“{words}”（到{last}月为止），文中却写“{m.group()}”的数字，"
                    f"超出了标题所说的时段",
                    "核对标题时段或文中月份",
                )
            )
    return out


# a whole year (not a part of it, a run, nor a span since it): 「2023年」 before 工作, 全面…
_WHOLE_YEAR = (
    rf"(?<![0-9—\-－–~～至到])(?P<GROUP>{YEAR_ASCII})\s*年(?:度)?"
    r"(?!\s*(?:上半年|下半年|[一二三四1-4]季度|第|前|[0-9]|[一二三四五六七八九十]{1,2}月|以来|來|底|末|"
    r"初|中|至|到|[—\-－–~～]))"
)
# the year a text reviews: 「总结2023年工作」「对…回顾和2025年政府工作」「2021年政府工作取得的成效」
_REVIEWED_YEAR_RE = re.compile(
    rf"(?:总结|總結|回顾|回顧)[^。；;，,！？!?]{{0,6}}?{_WHOLE_YEAR.replace('GROUP', 'r1')}"
)
# 「2021年政府工作取得的成效」: read only where 取得的成效/成绩/成就 is (a cheap substring test)
_ACHIEVED_YEAR_RE = re.compile(
    rf"{_WHOLE_YEAR.replace('GROUP', 'r2')}[^，,。；;！？!?]{{0,10}}?(?:取得的|所取得的)(?:成效|成绩|成績|成就)"
)
# the year a text plans: a verb of planning and the year in its clause (「部署2024年…」「谋划“十五五”
# 时期和2026年工作任务」「明确2023年重点任务」), 「对2024年…工作进行安排部署」, or a list heading
# 「四、2022年政府工作主要任务」
_PLANNED_YEAR_RE = re.compile(
    rf"(?:部署|安排|谋划|謀劃|明确|明確)[^。；;，,！？!?《》]{{0,10}}?{_WHOLE_YEAR.replace('GROUP', 'p1')}"
    rf"|对\s*{_WHOLE_YEAR.replace('GROUP', 'p2')}[^。；;，,！？!?]{{0,20}}?进行(?:安排)?部署"
    rf"|(?:^|(?<=[；;：:\s]))[一二三四五六七八九十]{{1,2}}、\s*{_WHOLE_YEAR.replace('GROUP', 'p3')}"
    r"[^；;。，,]{0,12}?(?:主要|重点|重點)(?:工作)?任(?:务|務)"
)
_REVIEW_PLAN_REACH = 160  # characters from the reviewed year to the planned one
_REVIEW_WORDS = ("总结", "總結", "回顾", "回顧")  # one is in every 总结/回顾 review
# what a year's plan holds (任务, 要点, 工作…) and the acts that close a year, which a review of
# that year may well arrange (「总结2023年工作，安排2023年度述法工作」): the planned year's clause
_PLAN_NOUN_RE = re.compile(r"任务|任務|要点|要點|重点|重點|计划|計劃|目标|目標|工作|举措|舉措")
_CLOSING_ACT_RE = re.compile(rf"{REVIEW_NOUN}|总结|總結|年报|年報|报告|報告|决算|決算")
_CLAUSE_END_RE = re.compile(r"[，,。；;：:！？!?]")


def _review_then_plan(bq: BlockQuantities) -> list[Relation]:
    """A text that reviews one year and plans the next names them in that order: 「总结2023年工作
    并对2024年全面依法治区工作进行安排部署」「二、2021年政府工作取得的成效；…四、2022年政府工作
    主要任务」「对…回顾和2025年政府工作给予了充分肯定，…谋划“十五五”时期和2026年工作任务」. A
    planned year not after the reviewed one (总结2023年工作并对2023年…进行安排部署) is an error:
    the text itself calls the one reviewed and the other planned. Only whole years (not
    2023年上半年 against 下半年, not a run or a span since a year), the first plan after the
    review within the paragraph's reach; a plan more than a year later is left alone."""
    text = bq.text
    if len(bq.years) < 2:  # a reviewed year and a planned one
        return []
    reviews: list[re.Match[str]] = []
    if any(w in text for w in _REVIEW_WORDS):
        reviews.extend(_REVIEWED_YEAR_RE.finditer(text))
    if "取得的成" in text:
        reviews.extend(_ACHIEVED_YEAR_RE.finditer(text))
    if not reviews:
        return []
    reviews.sort(key=lambda r: r.start())
    out: list[Relation] = []
    for k, r in enumerate(reviews):
        y1 = int(r.group("r1") if r.re is _REVIEWED_YEAR_RE else r.group("r2"))
        p = _PLANNED_YEAR_RE.search(text, r.end(), r.end() + _REVIEW_PLAN_REACH)
        if p is None:
            continue
        if k + 1 < len(reviews) and reviews[k + 1].start() < p.start():
            continue  # another review between: it is the one the plan follows
        g = "p1" if p.group("p1") else ("p2" if p.group("p2") else "p3")
        y2 = int(p.group(g))
        if y2 > y1:
            continue
        end = _CLAUSE_END_RE.search(text, p.end(g))
        clause = text[p.end(g) : end.start() if end is not None else len(text)]
        if _CLOSING_ACT_RE.search(clause) or (g == "p1" and not _PLAN_NOUN_RE.search(clause)):
            continue  # a year-closing act arranged, or no plan named after the year
        ry = "r1" if r.re is _REVIEWED_YEAR_RE else "r2"
        out.append(
            Relation(
                "date",
                Verdict.CONTRADICTION,
                bq.block,
                (p.start(g), p.end(g)),
                (Span(bq.block, r.start(ry), r.end(ry)), Span(bq.block, p.start(g), p.end(g))),
                code="N304",
                severity=Severity.ERROR,
                message=(
                    f"回顾的是{y1}年（“{r.group().strip()}”），谋划、部署的却是{y2}年"
                    f"（“{p.group().strip()}”）：部署的年份应在回顾的年份之后（{y1 + 1}年）"
                ),
                suggestion="核对回顾与部署的年份",
            )
        )
    return out


def date_consistency_relations(
    extracted: Sequence[BlockQuantities], report_year: int | None = None
) -> list[Relation]:
    out: list[Relation] = []
    founding: tuple[_Point, str, str] | None = None  # the previous paragraph's last founding
    for bq in extracted:
        out.extend(_within_period(bq))
        out.extend(_impossible_months(bq))
        out.extend(_glossed_parts(bq))
        out.extend(_glossed_years(bq, report_year))
        out.extend(_this_year_elsewhere(bq, report_year))
        out.extend(_years_counted(bq))
        out.extend(_change_years(bq, report_year))
        out.extend(_cut_off_whole_year(bq, report_year))
        out.extend(_bracketed_year_runs(bq))
        out.extend(_review_then_plan(bq))
        if not bq.years:
            founding = None
            continue
        out.extend(_impossible(bq, report_year))
        points = _points(bq, report_year)
        out.extend(_since_founding_before(bq, points, founding))
        founding = _founding_of(bq, points) if points else None
        if points:
            out.extend(_durations(bq, points))
            out.extend(_order(bq, points))
            out.extend(_cut_off_before_start(bq, points))
            out.extend(_effective_before_adoption(bq, points))
            out.extend(_reversed_ranges(bq, points))
            out.extend(_results_before_year_end(bq, points))
            out.extend(_before_founding(bq, points))
            out.extend(_dated_outside_period(bq, points, report_year))
            out.extend(_since_run(bq, points, report_year))
        out.extend(_anniversaries(bq, report_year))
        out.extend(_ordinal_years(bq, report_year))
    out.extend(_months_not_over(extracted, report_year))
    out.extend(_speech_date_accounts(extracted))
    out.extend(_title_part_months(extracted))
    return out
