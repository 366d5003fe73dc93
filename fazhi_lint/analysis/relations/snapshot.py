"""A note dating the data against the months the same figures are said to cover (N304).

Statistics bulletins date what they print: 「说明：以上是安全生产综合统计直报系统2020年1月8日
实时数据」 under a paragraph of 「12月」 and 「1-12月」 figures, 「（统计时间：2021年8月25日）」
closing a paragraph of 「8月份」 figures, 「本数据统计时间为2021年12月8日」. The note bounds the
data: figures counted over a month cannot have been counted before that month began. The
note's date against the latest month the figures before it cover (their period marks, read by
:func:`.periods.counted_months`, each with a figure after it in its sentence):

* before the first day of that month — an error: the month had not begun (「统计时间：2021年7
  月25日」 under 「8月份」 figures).

* inside that month, before its last day, when the note calls the data live (实时, 即时: the
  system's state at that moment) — a warning: the month was not over (「12月…37起」 under
  「以上是…2019年12月8日实时数据」).

Another note inside that month is not judged: a statistics month may close before the
calendar's (「8月份…（统计时间：2021年8月25日）」 counts to a cut-off on the 25th).

A note without its year takes the year of the months it bounds; one in January–March after
months later in the year may be the next year's, and is not judged. The figures a note bounds
are those before it in its paragraph, or, for a note paragraph of its own (「说明：以上…」), the
paragraphs before it up to a heading (at most ``_BACK``). One pass over each paragraph.

Two more dates bound the data (session 24):

* a cut-off in brackets on a heading (「二、各类案件处理情况(截至2024年6月30日)」) dates the
  figures under it, up to the next heading (at most ``_AHEAD`` paragraphs; a table's header
  「7月(宗)」 dates its rows): judged as a note is;
* a page's publication date (「发布时间:2021-08-11」, from the document's first paragraphs)
  before the last day the text's own figures are counted to, named by its day (「暑假期间(7月1
  日-8月31日)，…共接听…39666个」, 「截至8月31日，共…」, 「截至8月底」) — an error: both days
  are the text's. A planning sentence is no count; a month without its day is left alone (a
  statistics month may close early).

Session 35 (s35-time): the page's date against a part of a year named by its months
(「2023年上半年，…新收…1696万件」 under 「发布时间:2023-06-08」, 「一季度共受理…」 under an
unlabelled 「2022-03-11 14:33:00  来源:…」, 「今日，…通报各地2020年1-4月…」 under 「发布日期：
2020-04-08」): the period's last month not yet begun is an error, the page dated inside it a
warning (a statistics month may close early — silent when the text names the day its month
closed, 「截止2012年11月20日」) (:func:`_published_before_months`). Class: own23 FLZ10, FLZ18,
own24 FLX23, own20 UTA32 (four pages), with their consistent twins (FLZ09, FLZ17, FLX22,
UTA31) and the trap FLX18 silent.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from ...model import Severity, Span
from ..quantities import BlockQuantities, Lexicon, fold_variants
from .common import Relation, Verdict
from .dates import _PLANNED_RE, _month_days
from .periods import counted_months, counted_periods, period_marks
from .signed import dated_with_source, published_on


def _day(n: str) -> str:
    """A day, its year optional; ``n`` numbers its groups (y1, m1, d1)."""
    return rf"(?:(?P<y{n}>[0-9]{{4}})\s*年\s*)?(?P<m{n}>[0-9]{{1,2}})\s*月\s*(?P<d{n}>[0-9]{{1,2}})\s*[日号]"


# a note that dates the data: 「以上是…1月8日实时数据」「（统计时间：2021年8月25日）」「本数据统计
# 时间为…」「数据截至…」; a range after the date (统计时间为…至…) is a period, not a moment
_NOTE_RE = re.compile(
    rf"(?:以上|上述)[^。；;\n]{{0,30}}?{_day('1')}\s*(?:的)?(?:实时|即时)?(?:统计)?数据"
    rf"|(?:数据)?统计(?:截止|截至)?(?:时间|日期)\s*(?:为|是)?\s*[:：]?\s*{_day('2')}"
    r"(?!\s*(?:起|至|到|—|－|-|～|~))"
    rf"|数据(?:统计)?截[至止](?:到)?\s*{_day('3')}"
)
# a note paragraph of its own: what it dates is above it
_NOTE_PARAGRAPH_RE = re.compile(r"^\s*(?:说明|注|备注)?\s*[:：]?\s*(?:以上|上述)")
_BACK = 3  # paragraphs above a note paragraph its figures are read in
# a heading opens another subject: the figures above it are not the note's
_HEADING_RE = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|第[一二三四五六七八九十]+[章节部分])"
)
_FIRST_QUARTER = 3  # a note of January–March without its year may be the next year's
# a note calling the data live: the state at that moment, no statistics month's cut-off
_LIVE_RE = re.compile(r"实时|即时")


# a cut-off in brackets on a heading (「二、各类案件处理情况(截至2024年6月30日)」): it dates
# the figures under the heading, up to the next heading
_HEAD_NOTE_RE = re.compile(
    rf"[（(]\s*(?:数据)?(?:统计)?(?:截[至止]|统计至)(?:到)?\s*{_day('4')}\s*(?:止)?\s*[)）]"
)
_AHEAD = 4  # paragraphs under such a heading its figures are read in
_HEAD_LEN = 40  # characters a heading may have
_SENTENCE_PUNCT_RE = re.compile(r"[。；;，,]")


# the last day of the data a sentence counts, named by its day: the end of a span of days
# (「暑假期间(7月1日-8月31日)，…共接听…39666个」; the end's month may be the start's) or a
# cut-off (「截至2024年6月30日，共受理…」「截至8月底」)
_DATA_END_RE = re.compile(
    rf"{_day('5')}\s*(?:起)?\s*[-－—–至到~～]\s*(?:(?P<y6>[0-9]{{4}})\s*年\s*)?"
    r"(?:(?P<m6>[0-9]{1,2})\s*月\s*)?(?P<d6>[0-9]{1,2})\s*[日号]"
    rf"|截[至止](?:到)?\s*(?:{_day('7')}"
    r"|(?:(?P<y8>[0-9]{4})\s*年\s*)?(?P<m8>[0-9]{1,2})\s*月\s*(?:底|末))"
)
# figures after it in its sentence (「…，共接听市民各类来电39666个」)
_FIGURES_AFTER_RE = re.compile(r"[^。；;！？!?\n]{0,40}?[0-9０-９]")
_PAGE_HEAD = 6  # first paragraphs a page's header (发布时间) is looked for in


def _data_end(m: re.Match[str]) -> tuple[int | None, int, int | None]:
    """(year, month, day) of the last day of the data ``m`` names; day None: the month's end."""
    if m.group("d6") is not None:
        year = m.group("y6") or m.group("y5")
        month = m.group("m6") or m.group("m5")
        return (int(year) if year else None), int(month), int(m.group("d6"))
    if m.group("d7") is not None:
        return (
            (int(m.group("y7")) if m.group("y7") else None),
            int(m.group("m7")),
            int(m.group("d7")),
        )
    return (int(m.group("y8")) if m.group("y8") else None), int(m.group("m8")), None


def _published_before_data(
    extracted: Sequence[BlockQuantities],
    head: Sequence[tuple[int, str]],
    report_year: int | None,
    lex: Lexicon,
) -> list[Relation]:
    """A page published (「发布时间:2021-08-11」) before the last day its own figures are said
    to be counted to (「暑假期间(7月1日-8月31日)，…共接听…39666个」, 「截至8月31日，共…」): the
    figures could not yet be known. An error — both days are the text's own. A sentence that
    plans (将, 计划, 力争…) is no count; a day without its year takes the year written before
    it in its paragraph, or the page's when the page is of the report's year."""
    page = next(
        (
            (block, found)
            for block, text in head[:_PAGE_HEAD]
            if "布" in text or "公开" in text
            if (found := published_on(fold_variants(text))) is not None
        ),
        None,
    )
    if page is None:
        page = next(
            (
                (block, ("页面日期", *b))
                for block, text in head[:_PAGE_HEAD]
                if (b := dated_with_source(fold_variants(text))) is not None
            ),
            None,
        )
    if page is None:
        return []
    at, (label, published, p_start, p_end) = page
    by_day = _published_before_day(extracted, at, label, published, (p_start, p_end), report_year)
    if by_day:
        return by_day
    return _published_before_months(
        extracted, lex, at, label, published, (p_start, p_end), report_year
    )


def _published_before_day(
    extracted: Sequence[BlockQuantities],
    at: int,
    label: str,
    published: tuple[int, int, int],
    where: tuple[int, int],
    report_year: int | None,
) -> list[Relation]:
    """:func:`_published_before_data` against a last day named by its day."""
    p_start, p_end = where
    for bq in extracted:
        if bq.block <= at:
            continue
        text = bq.text
        if "日" not in text and "底" not in text and "末" not in text:
            continue
        for m in _DATA_END_RE.finditer(text):
            if not _FIGURES_AFTER_RE.match(text, m.end()):
                continue
            s_start, s_end = bq.sentence_span(bq.sentence_of(m.start()))
            if _PLANNED_RE.search(text, s_start, s_end):
                continue
            year, month, day = _data_end(m)
            if year is None:
                year = next(
                    (y.year for y in reversed(bq.years) if y.end <= m.start() and y.year),
                    published[0] if report_year in (None, published[0]) else None,
                )
            if year is None or not 1 <= month <= 12:
                continue
            last = _month_days(year, month)
            day = last if day is None else day
            if not 1 <= day <= last or published >= (year, month, day):
                continue
            y, mo, d = published
            return [
                Relation(
                    "date",
                    Verdict.CONTRADICTION,
                    bq.block,
                    (m.start(), m.end()),
                    (
                        Span(bq.block, m.start(), m.end()),
                        Span(at, p_start, p_end),
                    ),
                    code="N304",
                    severity=Severity.ERROR,
                    message=(
                        f"{label}为{y}年{mo}月{d}日，早于文中数字所统计到的{year}年{month}月"
                        f"{day}日（“{m.group()}”）：发布时这些数字还不能统计出来"
                    ),
                    suggestion="核对发布日期或数字的统计期间",
                )
            ]
    return []


# a cut-off with its day (「截止2012年11月20日」): the statistics month closes there
_CUT_DAY_RE = re.compile(
    r"截[至止](?:到|至)?\s*(?:([0-9]{4})\s*年\s*)?([0-9]{1,2})\s*月\s*[0-9]{1,2}\s*[日号]"
)
# the paragraph under the header opened by the page's day and a verb publishing what follows
# (「今日，生态环境部向媒体通报各地2020年1-4月…」)
_TODAY_TELLS_RE = re.compile(
    r"\s*(?:今日|今天|当日|當日)\s*[，,]?[^，,。；;！？!?\n]{0,20}?(?:通报|通報|发布|發布|公布|公佈)"
)
# a day right after a month (「11月20日」): the day path reads it
_DAY_AFTER_RE = re.compile(r"\s*[0-9０-９]{1,2}\s*[日号]")


def _published_before_months(
    extracted: Sequence[BlockQuantities],
    lex: Lexicon,
    at: int,
    label: str,
    published: tuple[int, int, int],
    where: tuple[int, int],
    report_year: int | None,
) -> list[Relation]:
    """A page published (「发布时间:2023-06-08」) before the last month of a part of a year its
    figures are counted over has ended (「2023年上半年，全国法院新收各类案件1696万件」, 「一季度
    共受理…41件」 under 「2022-03-11」, 「2021年1—6月全院共受理…」 under 「2021-06-20」): the
    period's figures could not yet be known. An error when that month had not begun on the
    day of publication; a warning inside it (a statistics month may close before the
    calendar's, so the day is read as a bound). The periods are those :func:`.periods.
    counted_periods` reads (a figure after each in its sentence), in the paragraphs after the
    header; a period without its year is the report year's, or the page's year when the
    report gives none; in the paragraph under the header, a period its opening sentence
    publishes on the page's day (「今日，…通报各地2020年1-4月…情况」) needs no figure. A whole year (全年, 截至年底) is the report's own year, judged by its
    signature and header (signed.py); a cut-off (截至11月) may mean the month's start or end
    and a month with its day is read by :func:`_published_before_day`; a sentence that plans
    is no count."""
    year_of_unnamed = report_year if report_year is not None else published[0]
    latest: tuple[int, int, BlockQuantities, re.Match[str]] | None = None
    for bq in extracted:
        if bq.block <= at or (
            "月" not in bq.text and "季" not in bq.text and "半年" not in bq.text
        ):
            continue
        periods = counted_periods(lex, bq.text, 0, len(bq.text), year_of_unnamed)
        told = _TODAY_TELLS_RE.match(bq.text) if bq.block == at + 1 else None
        if told is not None:  # (「今日，…通报各地2020年1-4月…情况」: the page's day publishes it)
            end = bq.sentence_span(bq.sentence_of(told.start()))[1]
            periods += counted_periods(
                lex, bq.text, told.end(), end, year_of_unnamed, figures=False
            )
        for year, first, last, m in periods:
            if (first, last) == (1, 12) or (year, last) < published[:2]:
                continue
            if "截" in m.group() or _DAY_AFTER_RE.match(bq.text, m.end()):
                continue  # (a cut-off: 「截止2012年11月20日」 names its day, or may mean any)
            s_start, s_end = bq.sentence_span(bq.sentence_of(m.start()))
            if _PLANNED_RE.search(bq.text, s_start, s_end):
                continue
            if latest is None or (year, last) > latest[:2]:
                latest = (year, last, bq, m)
    if latest is None:
        return []
    year, last, bq, m = latest
    for other in extracted:  # the text names the day its month closed (「截止2012年11月20日」)
        if other.block > at and "截" in other.text:
            for cut in _CUT_DAY_RE.finditer(other.text):
                if int(cut.group(2)) == last and int(cut.group(1) or year) == year:
                    return []
    end_day = _month_days(year, last)
    if published >= (year, last, end_day):
        return []
    begun = published >= (year, last, 1)
    y, mo, d = published
    p_start, p_end = where
    return [
        Relation(
            "date",
            Verdict.CONTRADICTION,
            bq.block,
            (m.start(), m.end()),
            (Span(bq.block, m.start(), m.end()), Span(at, p_start, p_end)),
            code="N304",
            severity=Severity.WARNING if begun else Severity.ERROR,
            message=(
                f"{label}为{y}年{mo}月{d}日，文中“{m.group().strip()}”的数字统计到{year}年{last}月"
                + (
                    f"{end_day}日：发布时该月尚未结束（除非统计月提前截止），数字还不完整"
                    if begun
                    else f"：发布时{last}月尚未开始，这些数字还不能统计出来"
                )
            ),
            suggestion="核对发布日期或数字的统计期间",
        )
    ]


def _dates(m: re.Match[str]) -> tuple[int | None, int, int]:
    for suffix in ("1", "2", "3", "4"):
        if "m" + suffix in m.re.groupindex and m.group("m" + suffix) is not None:
            y = m.group("y" + suffix)
            return (int(y) if y else None), int(m.group("m" + suffix)), int(m.group("d" + suffix))
    raise ValueError(m.group())


def snapshot_relations(
    extracted: Sequence[BlockQuantities],
    lex: Lexicon,
    report_year: int | None,
    head: Sequence[tuple[int, str]] = (),
) -> list[Relation]:
    """The notes dating the data against the months the data count; ``head`` is the first
    paragraphs of the document as (block, text), where a page's header dates its publication
    (a header line holds no figure, so ``extracted`` may lack it)."""
    out: list[Relation] = _published_before_data(extracted, head, report_year, lex)
    for i, bq in enumerate(extracted):
        text = bq.text
        if "月" not in text or ("日" not in text and "号" not in text):
            continue
        for note in _NOTE_RE.finditer(text):
            year, month, day = _dates(note)
            if not 1 <= month <= 12:
                continue
            covered: list[tuple[int, int, int]] = counted_months(
                lex, text, 0, note.start(), report_year
            )
            if _NOTE_PARAGRAPH_RE.match(text) and not covered:
                for before in reversed(extracted[max(0, i - _BACK) : i]):
                    if _HEADING_RE.match(before.text):
                        break
                    covered = counted_months(lex, before.text, 0, len(before.text), report_year)
                    if covered:
                        break
            rel = _judge(bq, note, (year, month, day), covered)
            if rel is not None:
                out.append(rel)
        heading = _HEAD_NOTE_RE.search(text) if _is_heading(text) else None
        if heading is not None:
            rel = _judge(
                bq, heading, _dates(heading), _covered_below(extracted, i, lex, report_year)
            )
            if rel is not None:
                out.append(rel)
    return out


def _is_heading(text: str) -> bool:
    """A heading: numbered (「二、」「（一）」), or short with no sentence punctuation."""
    return _HEADING_RE.match(text) is not None or (
        len(text.strip()) <= _HEAD_LEN and _SENTENCE_PUNCT_RE.search(text) is None
    )


def _covered_below(
    extracted: Sequence[BlockQuantities], i: int, lex: Lexicon, report_year: int | None
) -> list[tuple[int, int, int]]:
    """The months the figures under the heading ``extracted[i]`` count, up to the next heading
    (at most ``_AHEAD`` paragraphs; a table's rows are read as one text, its header's 「7月(宗)」
    dating the figures of the rows under it)."""
    below: list[str] = []
    for after in extracted[i + 1 : i + 1 + _AHEAD]:
        if _HEADING_RE.match(after.text):
            break
        below.append(after.text)
    text = " | ".join(below)
    return counted_months(lex, text, 0, len(text), report_year)


def _judge(
    bq: BlockQuantities,
    note: re.Match[str],
    day: tuple[int | None, int, int],
    covered: Sequence[tuple[int, int, int]],
) -> Relation | None:
    if not covered:
        return None
    p_year, _, p_last = max(covered, key=lambda c: (c[0], c[2]))
    year, month, d = day
    if year is None:
        if month <= _FIRST_QUARTER < p_last:
            return None  # maybe the next year's January–March
        year = p_year
    if not 1 <= d <= _month_days(year, month):
        return None
    before = (year, month) < (p_year, p_last)
    if not before and (
        (year, month) > (p_year, p_last)
        or d >= _month_days(p_year, p_last)
        or not _LIVE_RE.search(note.group())
    ):
        return None  # (inside the month, not live: maybe a statistics month's cut-off)
    shown = note.group()
    return Relation(
        "date",
        Verdict.CONTRADICTION,
        bq.block,
        (note.start(), note.end()),
        (Span(bq.block, note.start(), note.end()),),
        code="N304",
        severity=Severity.ERROR if before else Severity.WARNING,
        message=(
            f"“{shown}”所注的数据日期为{year}年{month}月{d}日，"
            + (
                f"那时{p_year}年{p_last}月尚未开始，文中却已列出该月的数字"
                if before
                else f"那时{p_year}年{p_last}月尚未结束，所列该月的数字还不完整"
            )
        ),
        suggestion="核对数据的统计日期或所列月份",
    )


# Session 35 round 2 (s35-time2): a paragraph opened by the day of a telling event (a meeting,
# a report, a measurement, a review: 「2022年1月4日,据…测算,…元旦假期(1月1-5日),…共接待…」,
# 「2018年10月11日，…汇报。……2017年1月1日至2018年11月30日，全院共受理…」, 「6月1日,…召开…
# 推进会」 then 「据了解,…今年上半年开展…1129次」, 「12月1--3日,…评查活动」 then 「本次…对2023年
# 7月1日至12月31日内办结归档的174份…」): the figures it tells were counted by that day, so a
# period of theirs ending after it could not be over. An error when the dateline's sentence
# states the period with a figure as done (共, 已, 累计…), or the next sentence of its paragraph
# does and the dateline tells (汇报, 通报, 测算…), the day has its year and the period does not
# end in the day's own month (a statistics month may close early); a warning otherwise (a day
# without its year may be the next year's; a paragraph after it that goes on telling: 据了解,
# 本次, 会上…). Silent: a plan, a deadline (前, 要求, 确保), a whole year (signed.py's), a range
# opening the paragraph that runs into another month (a period, not an event).
_DATELINE_RE = re.compile(
    r"\s*(?:(?P<y>[0-9]{4})\s*年\s*)?(?P<m>[0-9]{1,2})\s*月\s*(?P<d>[0-9]{1,2})\s*[日号]?"
    r"(?:\s*[-－—–~～至到]+\s*(?P<d2>[0-9]{1,2})\s*[日号])?(?(d2)|(?<=[日号]))"
    r"\s*(?:上午|下午|晚)?\s*[，,]"
)
# the event of the dateline's sentence: a meeting, a report, a measurement, a review
_TELLING_RE = re.compile(
    r"会议|会上|推进会|座谈会|发布会|汇报|报告|通报|发布|公布|测算|统计|评查|介绍|获悉|讲话"
)
# the event reports figures (not only a meeting held): what follows in its paragraph is its
_REPORTING_RE = re.compile(r"汇报|报告|通报|测算|介绍|获悉|发布|公布|据")
# a paragraph after the dateline's that goes on telling what the event told
_GOES_ON_RE = re.compile(r"\s*(?:据了解|据介绍|据统计|据悉|会上|会议|本次|此次|报告|汇报)")
# a span of days with its end (「1月1-5日」「2017年1月1日至2018年11月30日」) or a cut-off day
_DAY_END_RE = re.compile(
    r"(?:(?P<y1>[0-9]{4})\s*年\s*)?(?P<m1>[0-9]{1,2})\s*月\s*[0-9]{1,2}\s*[日号]?\s*"
    r"[-－—–至到~～]+\s*(?:(?P<y2>[0-9]{4})\s*年\s*)?(?:(?P<m2>[0-9]{1,2})\s*月\s*)?"
    r"(?P<d2>[0-9]{1,2})\s*[日号]"
    r"|截[至止](?:到)?\s*(?:(?P<y3>[0-9]{4})\s*年\s*)?(?P<m3>[0-9]{1,2})\s*月\s*(?P<d3>[0-9]{1,2})\s*[日号]"
)
_DONE_RE = re.compile(r"共|已|累计|合计|总计|全年")
# a deadline or a task set (「7月底前」「要求…」), not a count (「排名全市前列」 is no deadline)
_DEADLINE_RE = re.compile(r"[底末日月年]前|之前|以前|要求|确保|目标|任务|部署|安排|力争|预计")
_DIGIT_AFTER_RE = re.compile(r"\s*[0-9０-９]")
# a period running up to now (「一季度以来」「今年以来」): it ends on the day that tells it
_SO_FAR_RE = re.compile(r"\s*(?:以来|至今|来)")
_DATELINE_AHEAD = 1  # paragraphs after the dateline's that may go on telling


def _dateline_relations(
    extracted: Sequence[BlockQuantities], lex: Lexicon, report_year: int | None
) -> list[Relation]:
    """Figures of a period ending after the day of the telling event that opens their
    paragraph (see ``_DATELINE_RE``)."""
    out: list[Relation] = []
    for i, bq in enumerate(extracted):
        text = bq.text
        line = _DATELINE_RE.match(text)  # (anchored: fails at the first character but a date's)
        if line is None:
            continue
        s0_start, s0_end = bq.sentence_span(bq.sentence_of(line.start()))
        if _TELLING_RE.search(text, line.end(), s0_end) is None:
            continue
        month = int(line.group("m"))
        day = int(line.group("d2") or line.group("d"))
        named = line.group("y") is not None
        year = int(line.group("y")) if named else report_year
        if year is None or not 1 <= month <= 12 or not 1 <= day <= _month_days(year, month):
            continue
        event = (year, month, day)
        tells = _REPORTING_RE.search(text, line.end(), s0_end) is not None
        places: list[tuple[BlockQuantities, int, bool]] = [(bq, line.end(), True)]
        for after in extracted[i + 1 : i + 1 + _DATELINE_AHEAD]:
            if _GOES_ON_RE.match(after.text) and _DATELINE_RE.match(after.text) is None:
                places.append((after, 0, False))
        found = _dateline_found(places, lex, event, named, (s0_start, s0_end), tells)
        if found is None:
            continue
        where, m, shown, last, severity, by_day = found
        y, mo, d = event
        out.append(
            Relation(
                "date",
                Verdict.CONTRADICTION,
                where.block,
                (m.start(), m.end()),
                (Span(where.block, m.start(), m.end()), Span(bq.block, line.start(), line.end())),
                code="N304",
                severity=severity,
                message=(
                    f"“{line.group().strip(' ，,')}”"
                    + ("" if named and line.group("d2") is None else f"（{y}年{mo}月{d}日）")
                    + f"所述的数字，文中“{shown}”统计到{last[0]}年{last[1]}月{last[2]}日，晚于该日："
                    + (
                        "那时该月尚未结束（除非统计月提前截止），数字还不完整"
                        if last[:2] == (y, mo) and not by_day
                        else "那时这一期间尚未结束，数字还不能统计出来"
                    )
                ),
                suggestion="核对日期或数字的统计期间",
            )
        )
    return out


def _dateline_found(
    places: Sequence[tuple[BlockQuantities, int, bool]],
    lex: Lexicon,
    event: tuple[int, int, int],
    named: bool,
    first: tuple[int, int],
    tells: bool,
) -> tuple[BlockQuantities, re.Match[str], str, tuple[int, int, int], Severity, bool] | None:
    """The latest-ending period counted after ``event`` in ``places`` (paragraph, where to
    read from, is the dateline's own), with its severity."""
    year = event[0]
    best: tuple[BlockQuantities, re.Match[str], str, tuple[int, int, int], Severity, bool] | None
    best = None
    for bq, start, own in places:
        text = bq.text
        ends: list[tuple[re.Match[str], tuple[int, int, int], bool]] = []
        if "日" in text or "号" in text:
            for m in _DAY_END_RE.finditer(text, start):
                if not _FIGURES_AFTER_RE.match(text, m.end()):
                    continue
                if m.group("d2") is not None:
                    y = m.group("y2") or m.group("y1")
                    mo = m.group("m2") or m.group("m1")
                    d = int(m.group("d2"))
                else:
                    y, mo, d = m.group("y3"), m.group("m3"), int(m.group("d3"))
                ey = int(y) if y else year
                if not 1 <= int(mo) <= 12 or not 1 <= d <= _month_days(ey, int(mo)):
                    continue
                ends.append((m, (ey, int(mo), d), True))
        for py, first_m, last_m, m in counted_periods(lex, text, start, len(text), year):
            if (first_m, last_m) == (1, 12) or "截" in m.group():
                continue
            if _DIGIT_AFTER_RE.match(text, m.end()):
                continue  # (「1月1-5日」: a span of days, read above)
            if _SO_FAR_RE.match(text, m.end()):
                continue  # (「一季度以来，累计…」: so far, up to the day that tells it)
            ends.append((m, (py, last_m, _month_days(py, last_m)), False))
        if not ends:
            continue
        marks = sorted(
            {m.start() for m, _, _ in ends} | {k.start() for k in period_marks(lex, text)}
        )
        for m, last, by_day in ends:
            if last <= event or (not named and event[1] <= _FIRST_QUARTER < last[1]):
                continue  # (a day of January–March without its year may be the next year's)
            figure = _FIGURES_AFTER_RE.match(text, m.end())
            k = bisect.bisect_right(marks, m.start())
            if figure is None or (k < len(marks) and marks[k] < figure.end()):
                continue  # (「第二季度工作例会上获悉，一季度，…」: the figure is another period's)
            s_start, s_end = bq.sentence_span(bq.sentence_of(m.start()))
            sentence = text[s_start:s_end]
            if _PLANNED_RE.search(sentence) or _DEADLINE_RE.search(sentence):
                continue
            done = _DONE_RE.search(text, m.start(), s_end) is not None
            same = own and (s_start, s_end) == first
            if not same and "截" in m.group():
                continue  # (「6月1日，召开…。截至6月30日，共…」: results told later)
            if own and not same and not tells and _GOES_ON_RE.match(text, s_start) is None:
                continue  # (「6月3日，召开推进会。今年1至11月，共…」: a meeting held, not told)
            linked = same or (own and tells)
            error = done and linked and named and (by_day or last[:2] != event[:2])
            severity = Severity.ERROR if error else Severity.WARNING
            if best is None or (severity == Severity.ERROR and best[4] != Severity.ERROR):
                best = (bq, m, m.group().strip(), last, severity, by_day)
    return best


# a signature: a date alone among the last paragraphs (「2025年11月18日」 under the body's name)
_SIGNATURE_RE = re.compile(r"\s*([0-9]{4})\s*年\s*([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*[日号]\s*$")
_SIGNATURE_LAST = 3  # last paragraphs a signature is looked for in


def _signed_before_months(
    extracted: Sequence[BlockQuantities], lex: Lexicon, report_year: int | None
) -> list[Relation]:
    """A document signed (「2025年11月18日」 alone at its end) before a month of its figures
    is over (「11月共受理转办工单1258件」): a warning inside the month (a statistics month may
    close early); an error for a period with its year whose last month had not begun, stated
    as done (共, 已, 累计…). A month without its year is the report year's, judged only when
    that is the signature's year and the month is the signature's own (a later one may be the
    year before's); a plan or a deadline is no count."""
    sig = next(
        (
            (k, m)
            for k in range(len(extracted) - 1, max(-1, len(extracted) - 1 - _SIGNATURE_LAST), -1)
            if (m := _SIGNATURE_RE.match(extracted[k].text)) is not None
        ),
        None,
    )
    if sig is None:
        return []
    k, m = sig
    signed = (int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if not 1 <= signed[1] <= 12 or not 1 <= signed[2] <= _month_days(*signed[:2]):
        return []
    for bq in extracted[:k]:
        text = bq.text
        if "月" not in text and "季" not in text and "半年" not in text:
            continue
        named = {p[3].start() for p in counted_periods(lex, text, 0, len(text), None)}
        unnamed_year = signed[0] if report_year == signed[0] else None
        for year, first, last, p in counted_periods(lex, text, 0, len(text), unnamed_year):
            if (
                (first, last) == (1, 12)
                or "截" in p.group()
                or _DIGIT_AFTER_RE.match(text, p.end())
            ):
                continue
            end = (year, last, _month_days(year, last))
            same_month = (year, last) == signed[:2]
            if end <= signed or (p.start() not in named and not same_month):
                continue
            s_start, s_end = bq.sentence_span(bq.sentence_of(p.start()))
            sentence = text[s_start:s_end]
            if _PLANNED_RE.search(sentence) or _DEADLINE_RE.search(sentence):
                continue
            error = not same_month and _DONE_RE.search(text, p.start(), s_end) is not None
            y, mo, d = signed
            return [
                Relation(
                    "date",
                    Verdict.CONTRADICTION,
                    bq.block,
                    (p.start(), p.end()),
                    (
                        Span(bq.block, p.start(), p.end()),
                        Span(extracted[k].block, m.start(1), m.end(3)),
                    ),
                    code="N304",
                    severity=Severity.ERROR if error else Severity.WARNING,
                    message=(
                        f"落款日期为{y}年{mo}月{d}日，文中“{p.group().strip()}”的数字统计到"
                        f"{year}年{last}月{end[2]}日："
                        + (
                            "落款时该月尚未结束（除非统计月提前截止），数字还不完整"
                            if same_month
                            else f"落款时{year}年{last}月尚未结束，这些数字还不能统计出来"
                        )
                    ),
                    suggestion="核对落款日期或数字的统计期间",
                )
            ]
    return []


def dateline_relations(
    extracted: Sequence[BlockQuantities],
    lex: Lexicon,
    report_year: int | None,
    taken: Sequence[Relation],
) -> list[Relation]:
    """The day of a telling event opening a paragraph, and a signature, against the periods
    their figures count (:func:`_dateline_relations`, :func:`_signed_before_months`); none on
    a figure another N304 reading (``taken``: dates.py's day of publication, 今天, a news
    dateline) already judged."""
    found = _dateline_relations(extracted, lex, report_year)
    found += _signed_before_months(extracted, lex, report_year)
    if not found:
        return found
    judged = [(r.block, r.span) for r in taken if r.code == "N304"]
    return [
        r
        for r in found
        if not any(b == r.block and s < r.span[1] and r.span[0] < e for b, (s, e) in judged)
    ]
