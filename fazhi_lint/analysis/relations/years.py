"""Years against the report year (N301), by section: the year's work (C1), its problems (C2)
and the plan for next year (C4); a sentence opened by the next year and its subject's plan verb
(「2024年，我们将…，力争在2023年底前…」 in a report on 2023) is a plan as 下一步 makes one.
:func:`classify_sections` is the fallback section finder when the outline gives no section map.

An earlier year's counted statement in the year's work is reported as data carried over,
unless the report year is compared with it in its paragraph, or a comparison with the year
before (较上年, 比上年度, 同比, 与2022年相比) in a later sentence of its paragraph or of the
next three paragraphs of its heading, or in the sentence right before it when it fits
(「全年查处412处，同比下降8.6%。2021年全区查处451处。」), takes it as its base: a figure in the same unit whose
stated change (a percentage, a difference, 增长N倍) fits the earlier figure — a change that
does not fit keeps the warning and shows the arithmetic. A date after the report was written
(the end of the first quarter of the next year, or the report's own date when it gives one: a
signature date among its last paragraphs, 「本报告于…报送」) stated as a fact is reported: opening its
statement, after its subject (「区人社局2024年共受理…」) or after 截至/到 (or a cut-off named as
a time: 「数据统计截止时间为…」, or the end of the period the figures were counted over:
「统计时间：2023年1月1日至2024年4月30日」「数据统计至…」); a plan noun counted as done work (「共开展检查计划76次」) or
规划 naming a subject (规划法, 规划局, 规划许可) plans nothing; 到 a date with no
result (「到2025年底实现…全覆盖」) is a target; a start (起, 开始) is one still to come unless 已
says it has come (「已于2024年9月1日起施行」: a fact). A rule that takes effect after the report
year named as the ground of the year's counted work (「自2023年3月1日起施行的《…条例》，…全年依据
该条例查处…12件」 in a report on 2022; or with the verb of applying it right before its date:
「全年依据2024年7月1日起施行的《…》查处…46家」 in a report on 2023) is reported (a warning:
:func:`_applied_before_effect`). The opening 「现将本区2023年度…情况报告如下」 in a report on 2025
names another year for the report itself (:func:`_own_year_named`). The next year opening a clause
with a verb of counted work and the verb's figure (「2024年组织…集中学法4次」) dates the year's
figures as 「2024年，」 does (:func:`_acts_to_figure`). A whole year two or more years after the
report year opening a statement of counted work with no plan word is an error. The report's
statistics period (「报告中所列数据统计期限为2026年1月1日到12月31日」 in a report on 2025) is
read as one: both its ends must lie in the report year (:func:`_statistics_period`; named
also 「统计数据的期限」). 将 before a document's title and a verb of sending it
(「2025年4月24日将《报告》报送…」) is 把, no plan.

A later year's closing act stated as done (:func:`_closed_later_year`): its review
(「完成2025年度全市471名党政主要负责人述法」「在2024年度法治广东建设考评中排名第二」, the
review nouns of dates.REVIEW_NOUN after Y年度) or its carry-over (「含2024年结转的3件」) in a
report on an earlier year — a year is reviewed and carried over only once it is over, after the
report was written. Not a review's design (方案, 指标, 工作 right after it), a title in 《》, a
plan word before it or the plan part. An error once the report year is stated on its own
(:func:`_sure_until`). Decided on counts (session 25) over every read set: real19–38 four
contradictions found (QX074, QC083, QG072, QG074), invented sets one (own25 TAV030), no
consistent case warned; the other misses of the kind (a date against the page's own dateline,
figures of one year against each other, a year's role in a title) are other classes.

Session 27b (time), the next year in a report on the year, decided on counts over every read
set (blind1–44, real19–45, own*): which structures are forced. 「2026年全年…」 and 「2026年，…共…」
were warned already, and a 截至 date after the first quarter too. The guard that silenced the
rest was the statement tail after the year (a comma, 全年, 共): 「2026年以来共排查问题25个」 and
「2026年“法润三湘”行动累计办理…856件」 (the year, its subject, a total in one clause) fell through
to the month reading, which has no month for them. Now the next year's 以来 opening counted work
and the next year with a subject and 共/累计 in its clause (not 的, not a part of the year) are
warnings (:data:`_SINCE_OPENS_RE`, :data:`_SUBJECT_TOTAL_RE`): real19–42 +2 found (QO018,
QI046), real43–45 0, invented +1 (own11 AUQ06); no consistent case warned, no false error. The
next year's 以来 stays a warning, not an error: a report written in its first quarter can count
so far, only not as the year it reports on. Dropped on counts: the statistics period printed
with its digits run together (「自202511日起至20251231日止」, real44 KD076) — one case in all read
sets; 首次/再次 out of order (real45 KE083) — one case.

Session 29 (s29-flow, time), decided on counts over every read set against base29
(real19–42 | real43–48 | real49–51 | blind1–44 | own10–26; time found, at error, false
errors, warnings on consistent). The report's statistics period named by the figures' noun of
time without 的, maybe with 均为 (「本报告所列数据时限均为2022年1月1日至…」「所列数据期限从…」,
the form's wording beside 数据的期限) is read as a period: 0 | 0 | +1 found at error (real51
KL044) | 0 | 0. An earlier year opening a statement with a verb and a total in its own clause
(「2024年发布主动公开信息共计71条」 in a report on 2025: :func:`_earlier_total`, the next
year's :data:`_SUBJECT_TOTAL_RE`) dates the year's counted work as 「2024年，共…」 does, a
warning: 0 | 0 | +1 found (real51 KL019) | 0 | 0 — not a span from it (至今, 以来, 起) nor a
running total (累计: real39 QI045, 「2024年“法润三湘”行动累计办理…856件」 in a news piece of
2025, a consistent case warned without that guard). Not taken (the real49–51 misses): the
year after a run-in heading on the same line (「一、概述 2022年我单位…」, KI062: one case), a
news dateline's month and day against a later 截至 date (KJ074, KG077: the dateline names no
year), a title's year against the figures' (KJ080, KJ078), 二季度 against 三季度 (KJ082).

Session 29 round 2 (s29b-flow2, time), decided on counts over every read set against s29m1
(real19–42 | real43–48 | real49–51 | blind1–44 | own10–26; time found, at error, false errors,
warnings on consistent). The next year opening its clause with what is measured and its figure,
the figure closing the clause or followed by its change (「2024年中江县地区生产总值(GDP)466.14
亿元，按可比价格计算，比上年增长6.1%」 in a bulletin on 2023: :func:`_value_of_year`), dates the
year's value as 「2024年，」 does — a warning, as every next-year statement: 0 | 0 | +1 found
(real50 KJ080, a warning) | 0 | 0; no consistent case of any set changed.
Not a figure its clause goes on to act on (「2025年中央财政资金500万元已提前下达」: the funds of
that year, told before it), nor a plan (the plan words of the sentence). Tried and dropped: a
speech's own dateline (「——2025年10月29日在…大会…上」) against the year's figures told as done
(KH080, already found by another reading, and KJ078, whose figures are 预计 — an estimate that
a dateline before the year makes wrong only with the title's 预算执行情况): no gain on the read
sets. Left: a later year in a title in 《》 or an honour (QU075 列为2020年度…典型案例, QV083, KG080
述法 past the noun reach), the dateline of KJ078.

Session 30 (s30-flowtime): the text's own publication line (「本文首发于2017年8月23日总第818期
《中国新闻周刊》」 — 本文/本报告/原文 and a verb of publishing with 于, or 首发/原载/首载 alone) is a
dateline, not work of the year dated after the report (:data:`_OWN_PUBLICATION_RE`): real54
KP062 no longer warned (its N101 false error is partition's); its twin KP063 is still found by
截至2017年底. A document the text names published later (「《实施办法》发布于…」) is still read.

Session 31 (s31-time): the paragraph that states the report's own statistics period in the
report year and opens a sentence of its work with an earlier year and a comma (「2021年，…认真
贯彻落实《条例》…。本年度报告中所列数据统计期限从2022年1月1日—2022年12月31日」) dates the
year's work with another year, as a report copied from the year before keeps it — a warning
(:func:`_work_year_beside_period`; not a plan: 将, 计划, 继续 … in its sentence; not a later
year). Class: the document's own period bounds the periods of its statements (with
dates ``_title_part_months``); read sets: real56 KS080 found; no consistent case of any read
set warned (the statistics-period paragraphs of own19, own21, own22 all open with the period's
year or a plan).

Session 33 (s33-time), decided on counts over every read set against base33 (found, at error,
false errors, warnings on consistent; every new finding a warning, so no false error can come).
Class: a carry-over's year is fixed by the report year — what is carried out goes to the next
year, what a count of the year includes as carried in came from an earlier one
(:func:`_carried_into_past`, :func:`_carried_from_own_year`). Three forms were missed: 转 alone
as the carry verb (「剩余4件转2022年办理」 in a report on 2022, real63 LA018), read only with the
handling it is carried to right after its year (办理, 答复, 办结) and not after 发/流/运/移…; a
carry-out past the next year (「结转2024年继续办理」 in a report on 2022, real47 KG059), when no
year left is named before the verb; a carry-in from the report year itself inside a count
(「办理…43件（含2023年结转1件）」 in a report on 2023, own21 TMU11: 含/包括/其中 before the
year; a carry-out 「2024年结转至2025年」 is left alone). Class: the report names its own year —
the verb first with the report as its object (「现向社会公布木场乡2022年度政府信息公开工作
情况」 in a report on 2023, real62 KZ072), beside 「现将…报告如下」 (:data:`_OWN_REPORT_RE`); its
~50 consistent uses in the read sets all name the report year. Counts: real19–42 0 | real43–48
+1 found (KG059) | real49–54 0 | real55–57 0 | real58–60 0 | real61–63 +2 found (LA018, KZ072)
| blind 0 | own +1 found (TMU11); no consistent case warned. (signed.py: the year's subject and
total as a whole year, real26 QW081.) Left: a statistics period ending in the next year's
first quarter (real61 KY082: silenced by an earlier decision, test_statistics_s8_annt
PERIOD_END_RIGHT — one case against it); a meeting that sums up and deploys the same year
(QU077: one case of that form); a plan document of another year beside the year's work
(QO053, LA084, TMU13: the plan of the next year is often issued in the report year); a year
opening reported speech after 获悉，/指出， with no count in its clause (KP056, ANY107).

Session 37 (s37-time), three forms of classes read already, missed on the sets read first
this session: the statistics period named 「数据的时间期限」 (时间 with a noun of extent after it,
real73 LK009, at error: a 2023 report's period to 2024年12月31日); a carry-in named with its
target, the report year (「含2023年结转至本年度1件」 in a report on 2023, real75 LM082, beside
own21 TMU11's 「含2023年结转1件」); a later year's review carried out, 工作 after the review
noun with a verb of doing before the year (「组织开展2024年度述法工作」 in a report on 2023,
real74 LL066, beside QX074 「完成2025年度…述法」), not its deployment nor its 工作方案."""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from ...grammar import YEAR_ASCII
from ...model import Block, BlockKind, Document, Severity, Span
from ..cn_numbers import cn_to_int
from ..labels import parse_label
from ..quantities import (
    BlockQuantities,
    Lexicon,
    Quantity,
    YearMention,
    load_lexicon,
    quantities_of,
)
from .common import BODY_NAME, COUNTABLE, NEW_UNITS_RE, Relation, Verdict
from .dates import REVIEW_NOUN
from .signed import own_date_spans


@dataclass(frozen=True)
class SectionRange:
    """A top-level section: its role (C1…C5 or ""), heading block and block range [start, end)."""

    role: str
    start: int
    end: int
    title: str = ""


def year_relations(
    document: Document,
    report_year: int | None,
    sections: Sequence[SectionRange],
    extracted: Sequence[BlockQuantities] | None = None,
) -> list[Relation]:
    """Years against the report year. Without a report year, nothing is judged."""
    if report_year is None or not sections:
        return []
    by_block = {bq.block: bq for bq in (extracted or quantities_of(document))}
    out: list[Relation] = _own_year_named(by_block, report_year)
    for sec in sections:
        if sec.role not in ("C1", "C2", "C3", "C4"):
            continue
        expected = report_year + 1 if sec.role == "C4" else report_year
        what = (
            "下一年度安排"
            if sec.role == "C4"
            else ("存在的不足" if sec.role == "C2" else "本年度工作")
        )
        heading = by_block.get(sec.start)
        named = {y.year for y in heading.years if y.kind == "year"} if heading else set()
        if sec.role == "C4" and {report_year, expected} <= named:
            # 「2024年工作总结及2025年工作计划」 (a table of contents' line too): a heading of
            # the year's work and the next year's plans, no section of the next year alone
            continue
        if heading is not None:
            # a run-in heading (「一、加强组织领导。一是…报告2024年度…情况」) is titled by its
            # first sentence only: a year in the body it runs on into names no section's year
            found = heading.text.find(sec.title) if sec.title else -1
            title_end = found + len(sec.title) if found >= 0 else len(heading.text)
            for y in heading.years:
                if (
                    y.kind in ("year", "date")
                    and y.start < title_end
                    and y.year != expected
                    and not _is_reference(heading.text, y.start)
                ):
                    out.append(
                        _year_rel(
                            y,
                            heading,
                            f"标题中的{y.text}与报告年度不符：这一部分应写{expected}年的{what}（报告年度{report_year}年）",
                        )
                    )
                    break
        for b in range(sec.start + 1, sec.end):
            bq = by_block.get(b)
            if bq is None:
                continue
            following = range(b + 1, min(sec.end, b + 1 + _COMPARE_BLOCKS))
            for y in bq.years:
                if y.kind not in ("year", "date"):
                    continue
                s_start, _ = bq.sentence_span(bq.sentence_of(y.start))
                if y.start - s_start > 4:
                    continue  # the year does not open its sentence
                lead = bq.text[s_start : y.start].strip(" 　")
                if lead not in ("", "在", "于", "截至", "截止"):
                    continue
                tail = bq.text[y.end : y.end + 3]
                if not re.match(
                    r"^(?:底|末|全年|以来|上半年|下半年)?[，,我全各本共]", tail
                ) and not (y.year < report_year and _earlier_total(bq.text, y.end)):
                    continue
                sentence = bq.sentence_of(y.start)
                has_count = sentence in _counted_sentences(bq)
                if sec.role == "C4":
                    sentence_text = bq.text[
                        y.end : min(bq.sentence_span(sentence)[1], y.end + _LOOK_BACK)
                    ]
                    future = bool(re.search(r"将|计划|拟|要|力争|预计", sentence_text))
                    if y.kind == "year" and (
                        (y.year != expected and y.year != report_year)
                        or (y.year == report_year and future)
                    ):
                        out.append(
                            _year_rel(
                                y,
                                bq,
                                f"下一年度安排部分以“{y.text}”开头，报告年度为{report_year}年，安排应针对{expected}年",
                            )
                        )
                    continue
                if (
                    y.year < report_year
                    and has_count
                    and not tail.startswith("以来")  # 2020年以来累计…: a span up to now
                    and y.kind == "year"
                    and lead in ("", "在")
                    and not _compares_years(bq, report_year)
                    and not _later_span(bq, y, report_year)
                ):
                    compared = _compared_later(
                        bq, y, sentence, [by_block.get(i) for i in following]
                    )
                    if compared == "":
                        continue  # the base of a later comparison that fits
                    out.append(
                        _year_rel(
                            y,
                            bq,
                            f"“{y.text}”的统计出现在本年度工作部分，报告年度为{report_year}年，"
                            + (
                                f"后文与上年的比较却与它不符（{compared}），疑为沿用往年数据或比较有误"
                                if compared
                                else "疑为沿用往年数据"
                            ),
                        )
                    )
    return out


# the sentence that says what the report reports (「现将本区2023年度法治政府建设情况报告如下」)
# or, in an open-government annual report, the report itself put before the public (「现将
# 本局2022年度政府信息公开工作年度报告向社会公布」「…报告予以公布」「…报告公开发布」)
_OWN_REPORT_RE = re.compile(
    r"(?:现将|现就|特将|兹将)[^。；;《》“”]{0,40}?"
    r"(?:(?:报告|汇报)如下|报告[，,]?\s*(?:[向予][^。；;，,]{0,4})?(?:公布|公开|发布))"
    # the verb first and the report as its object (「现向社会公布木场乡2022年度政府信息公开
    # 工作情况」「现公布《钦北区2023年政府信息公开工作年度报告》」): the same statement
    r"|(?:现|特|兹)(?:向社会|予以|对外)?(?:公布|公开|发布)[^。；;，,“”]{0,40}?(?:报告|情况)"
)
_OWN_REPORT_PARAGRAPHS = 8  # first paragraphs of the body it is looked for in


def _own_year_named(by_block: dict[int, BlockQuantities], report_year: int) -> list[Relation]:
    """「现将本区2023年度法治政府建设情况报告如下」 in a report on 2025: the report names
    another year for itself (the first year of the sentence is the year it reports; 「现将2024年
    工作总结和2025年工作计划报告如下」 names its own year first)."""
    for b in heapq.nsmallest(_OWN_REPORT_PARAGRAPHS, by_block):  # (linear in the blocks)
        bq = by_block[b]
        m = _OWN_REPORT_RE.search(bq.text)
        if m is None:
            continue
        y = next((y for y in bq.years if m.start() <= y.start < m.end()), None)
        if y is None or y.kind != "year" or y.year == report_year:
            return []
        return [
            _year_rel(
                y,
                bq,
                f"“{m.group()}”写的是{y.text}，与报告年度{report_year}年不符："
                "报告说明自己报告的年度时写错了年份，疑为沿用往年材料",
            )
        ]
    return []


_COUNTED: dict[int, tuple[BlockQuantities, frozenset[int]]] = {}


def _counted_sentences(bq: BlockQuantities) -> frozenset[int]:
    """The sentences of a paragraph that hold a count (computed once per paragraph)."""
    cached = _COUNTED.get(id(bq))
    if cached is not None and cached[0] is bq:
        return cached[1]
    found = frozenset(q.sentence for q in bq.quantities if q.kind in COUNTABLE)
    if len(_COUNTED) > 4096:
        _COUNTED.clear()
    _COUNTED[id(bq)] = (bq, found)
    return found


def _compares_years(bq: BlockQuantities, report_year: int) -> bool:
    """Does the paragraph also open a statement with the report year (「2023年受理…，2024年
    受理…」): the earlier year is the comparison, not a left-over."""
    return any(
        y.year == report_year
        and y.kind in ("year", "date")
        and _clause_lead(bq, y.start)[0] in ("", "在", "而", "到", "至")
        for y in bq.years
    )


def _later_span(bq: BlockQuantities, earlier: YearMention, report_year: int) -> bool:
    """Does the paragraph open, after the earlier year, a span from a later start up to now
    (「2021年，…1,480件；自2022年1月…以来，…累计1,390件」「2022年以来」): the earlier
    year's figure is the time before the span, told as a contrast, not a left-over?"""
    for y in bq.years:
        if y.start <= earlier.start or not earlier.year < y.year <= report_year:
            continue
        lead = _clause_lead(bq, y.start)[0]
        end = min(len(bq.text), y.end + _SPAN_REACH)
        stop = _SPAN_STOP_RE.search(bq.text, y.end, end)
        if lead.endswith(("自", "从")) or "以来" in bq.text[y.end : stop.start() if stop else end]:
            return True
    return False


_SPAN_REACH = 40  # characters after a start year its 以来 is looked for in
_SPAN_STOP_RE = re.compile("[，,；;。]")
_COMPARE_BLOCKS = 3  # following paragraphs a comparison with an earlier year is looked for in
_COMPARE_REACH = 1500  # characters of each paragraph it is looked for in
_COMPARE_MAX = 4  # comparisons read per earlier year
_SENTENCES: dict[int, tuple[BlockQuantities, dict[int, list[Quantity]]]] = {}


def _by_sentence(bq: BlockQuantities) -> dict[int, list[Quantity]]:
    """The quantities of a paragraph by sentence (computed once per paragraph)."""
    cached = _SENTENCES.get(id(bq))
    if cached is not None and cached[0] is bq:
        return cached[1]
    found: dict[int, list[Quantity]] = {}
    for q in bq.quantities:
        found.setdefault(q.sentence, []).append(q)
    if len(_SENTENCES) > 4096:
        _SENTENCES.clear()
    _SENTENCES[id(bq)] = (bq, found)
    return found


# a comparison with the year before (较上年, 比去年, 同比, 与2022年相比); {y}: the earlier year
# (「全年作出处罚决定612件，减少126件，下降17.1%」: a change right after a figure, with no
# word of comparison, compares it with the year before too)
_COMPARE_RE = (
    "(?:较|比|与|同)(?:上年|去年|上一年|前一年|{y}年)|同比|上年同期|去年同期"
    "|[，,](?=(?:减少|增加|下降|增长|上升|降低)了?[0-9０-９])"
)


def _compared_later(
    bq: BlockQuantities,
    y: YearMention,
    sentence: int,
    following: Sequence[BlockQuantities | None],
) -> str | None:
    """Is the earlier year's figure the base of a comparison in the sentence before it, a later
    sentence of its paragraph or of the next paragraphs of its heading (「2022年，全区巡查河道2,860公里。」
    then 「全年巡查3,214公里，较上年增加354公里」): a sentence with a comparison word and a
    figure in a unit of the earlier year's sentence. The earlier figure is context, not data
    carried over. None: no comparison; "": one that fits; else the arithmetic that fails."""
    prior: dict[str, Quantity] = {}
    for q in _by_sentence(bq).get(sentence, ()):
        if q.kind in COUNTABLE and q.unit:
            prior.setdefault(q.unit, q)
    if not prior:
        return None
    compare = re.compile(_COMPARE_RE.format(y=y.year))
    first = min(q.end for q in prior.values())
    # or the sentence right before it, whose comparison the earlier year's statement then
    # gives the base of (「全年查处违法建设412处，同比下降8.6%。2021年全区查处451处。」)
    before = bq.sentence_span(sentence - 1)[0] if sentence > 0 else first
    own = bq.sentence_span(sentence)[0]
    for other, start in ((bq, before), *((f, 0) for f in following if f is not None)):
        # (a bounded stretch of each paragraph and a few comparisons: linear work)
        for seen, m in enumerate(compare.finditer(other.text, start, start + _COMPARE_REACH)):
            if seen >= _COMPARE_MAX:
                break
            at = other.sentence_of(m.start())
            in_sentence = _by_sentence(other).get(at, [])
            # (in the earlier year's own sentence, a figure after it: 「2022年受理188件，
            # 本年度受理203件，同比增长8.0%」)
            current = next(
                (
                    q
                    for q in in_sentence
                    if q.unit in prior
                    and (other is not bq or q.start >= prior[q.unit].end or q.start < own)
                ),
                None,
            )
            if current is not None:
                # the comparison picks the earlier figure up when its arithmetic fits; one
                # that does not fit leaves the earlier figure unexplained (one before it,
                # which may compare another base, only explains it when it fits)
                fits = _change_fits(prior[current.unit], current, in_sentence, other.text, m.end())
                if not fits or other is not bq or m.start() >= own:
                    return fits
    return None


_UP_RE = re.compile(r"增长|增加|上升|提高|提升|多")
_DOWN_RE = re.compile(r"下降|减少|降低|回落|少")


def _change_fits(
    prior: Quantity, current: Quantity, sentence: Sequence[Quantity], text: str, after: int
) -> str:
    """Does the change a comparison states (a percentage, a difference in the figures' unit,
    增长N倍) fit the earlier and the current figure? "" when it fits or states none, else
    the arithmetic that fails (in Chinese, naming the figures)."""
    change = next(
        (q for q in sentence if q.start >= after and q is not current and q.start - after <= 12),
        None,
    )
    if change is None or prior.value == 0:
        return ""
    words = text[after : change.start]
    sign = -1 if _DOWN_RE.search(words) else (1 if _UP_RE.search(words) else 0)
    if sign == 0:
        return ""
    p, c = float(prior.value), float(current.value)
    pn, cn, stated = prior.number + prior.unit_text, current.number + current.unit_text, ""
    if NEW_UNITS_RE.search(current.pre):
        # 「新建调解室36个，较上年末增长30%」: what was added to the earlier stock; the
        # change may be of the stock (120+36 against 120): not judged
        return ""
    if change.kind == "percent" and change.unit in ("%", "％"):
        rate = (c - p) / p * 100
        if abs(rate - sign * float(change.value)) <= 0.5 * 10 ** (-change.decimals) + 0.05:
            return ""
        stated = f"（{cn}−{pn}）÷{pn}＝{rate:.1f}%"
    elif change.unit == current.unit and change.kind in COUNTABLE:
        tolerance = 0.5 * 10 ** (-change.decimals) * max(1, change.magnitude)
        if abs((c - p) - sign * float(change.value)) <= tolerance:
            return ""
        stated = f"{cn}−{pn}＝{_plain(c - p)}{current.unit_text}"
    elif change.kind == "multiple" and sign > 0:
        if c >= p * (float(change.value) + 1) * 0.98:
            return ""
        stated = f"{cn}÷{pn}＝{c / p:.2f}倍"
    else:
        return ""
    return f"{stated}，文中为“{text[after - 3 : change.end].lstrip('，,。；;')}”"


def _plain(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:.2f}".rstrip("0")


# --------------------------------------------------------------------------------------
# dates after the report was written
# --------------------------------------------------------------------------------------

_LOOK_BACK = 300  # characters a clause or a bracket is looked for before a date (linear work)
# A report on year Y is written in the first quarter of Y+1: a date after its end has not
# happened yet when the report is written.
_WRITTEN_BY_MONTH = 3
# words before a date that make it the moment a statement holds or an event took place
# (「数据统计截止时间为…」「截至日期是…」: the cut-off named as a time, a date or a moment)
# the text's own publication line: 「本文首发于」「本报告发布于」「原文刊载于」 — the text itself,
# not a document it names, as the subject (首发, 原载 and 首载 say it alone)
_OWN_PUBLICATION_RE = re.compile(
    r"(?:(?:本文|本篇|本报告|原文|全文)(?:首发|发表|刊发|刊登|刊载|原载|首载|发布)|首发|原载|首载)"
    r"(?:于|於)"
)
_AS_OF_RE = re.compile(
    r"(?:截至|截止到|截止至|截止|截至到|到|至|于|在)$|(?:截至|截止)(?:时间|日期|时点)(?:为|是)$"
)
# a date followed by these is a deadline, a start or a comparison, not a fact
_NOT_FACT_TAIL_RE = re.compile(
    r"^(?:年?(?:底|末))?(?:前|之前|以前|起|开始|后|之后|以后|期间|为止前)"
)
# a sentence with these words plans, expects or sets a target
# (规划 before a word of a law, an office or a licence names a subject, not a plan:
# 「国土空间规划法律法规培训」「规划局」「规划许可」)
_PLAN_RE = re.compile(
    r"(?<![已并均])将|(?<![原])计划|拟|力争|预计|争取|确保|(?<![的])目标|规划(?![法局委条许])"
    r"|预期|期限|有望|届时"
)
# a target the sentence says was reached (「实现…不少于5名的目标」) plans nothing
_REACHED_RE = re.compile(r"(?:实现|完成|达到|达成|如期)[^，,；;。]{0,30}?$")
# 「目前已于2021年5月…完成」: the clause states a fact, whatever the sentence planned before
_FACT_LEAD_RE = re.compile(r"已(?:经)?(?:于|在)$")
# a start (起, 开始) after 已于: the start has come, a fact like any other date
_STARTED_TAILS = frozenset({"起", "开始"})
# a sentence about the next year's work: 下一步/明年 with a plan word
_NEXT_STEP_RE = re.compile(r"下一步|下步|明年|下一年|来年|新的一年|今后|下一阶段|下阶段")
# 「将在2021年出台的《办法》基础上…」: the year qualifies a noun, it does not date the plan
_MODIFIER_RE = re.compile(r"(?:度)?[\u4e00-\u9fff]{0,3}?的|(?:度)?以来")
_NOW_GLOSS_RE = re.compile(
    r"(?P<as_of>截至|截止|截止到|到)?(?:目前|当前|现在"
    # 「截至本报告发布时（2024年7月）」: the time the report is written, sent or published
    r"|[\u4e00-\u9fff]{0,4}?(?:发稿|发布|印发|报送|撰写|成稿|编写|起草)时)\s*[（(]\s*$"
)
# the subject of a plan and its plan verb after the year: a short one (我局将, 全区要) or a
# body's full name (「下一步，2024年市医疗保障局将继续…」)
_SUBJECT_PLAN_RE = re.compile(rf"(?:度)?(?:[\u4e00-\u9fff]{{1,4}}?|{BODY_NAME})(?:将|要|拟|计划)")
_SUBJECT_REACH = 18  # characters after a year its subject and plan verb are looked for in
_BUILDS_ON_RE = re.compile(r"^(?:度)?[\u4e00-\u9fff]{0,6}?(?:基础|成效|成绩|经验|成果)")
# what may stand before the year a plan is dated with, in its clause: nothing, a preposition,
# or a subject with a plan verb (「我局将在2024年全面推行…」「将以2023年为“…年”」; a body's
# full name may be long: 「区住房和城乡建设局将在2021年…」)
_PLAN_LEAD_RE = re.compile(
    r"^(?:[一二三四五六七八九十]是)?"  # (an item of the plan's list: 「一是于2023年内…」)
    r"(?:[\u4e00-\u9fff]{0,12}?(?P<plan>将|要|拟|计划|力争|争取|确保))?(?P<prep>在|于|以|从|到)?$"
)
# a deadline after a year: within it, by its end, before it (2023年内, 2023年底前)
_DEADLINE_TAIL_RE = re.compile(r"(?:度|年(?=底|末))?(?:内|底|末|前|上半年|下半年)")
# a year that opens what a statement is about (「2023年重点做好」「在2022年继续深化」)
_TOPIC_TAIL_RE = re.compile(
    r"^(?:度)?(?:[，,]|重点|继续|要|将|全面|着力|工作|是|持续|进一步|下一步|下步)"
)
_STATEMENT_TAIL_RE = re.compile(r"^(?:度)?(?:全年)?[，,]|^(?:度)?(?:全年|共|全区|全市|全县|全镇)")
_MONTH_OF_SUFFIX = (
    ("底", 12),
    ("末", 12),
    ("下半年", 12),
    ("上半年", 6),
    # a school term: 秋季学期 begins in September, 春季学期 in February or March
    ("秋季", 9),
    ("春季", 3),
)


_QUARTER_RE = re.compile(r"^(?:度)?第?([一二三四1-4])季度")
_YEAR_AGAIN_RE = re.compile(r"^年(?:底|末)")
_CN_MONTH_RE = re.compile(r"^(十[一二]?|[一二三四五六七八九])月")
# the months of a year as a range from a month (「2025年1—5月」「2025年1月至5月」)
_MONTH_RANGE_RE = re.compile(
    r"\s*(?:[0-9]{1,2}|十[一二]?|[一二三四五六七八九])?\s*(?:月份?)?\s*[-－—–~～至到]\s*"
    r"([0-9]{1,2}|十[一二]?|[一二三四五六七八九])\s*月"
)


def _month_of(bq: BlockQuantities, y: YearMention) -> int | None:
    """The month a year mention names: its own, or by a suffix (底 -> 12, 第二季度 -> 4, the
    first month of the quarter)."""
    months = _MONTH_RANGE_RE.match(bq.text, y.end)
    if months:  # 「2025年1—5月」: the last month of the range
        raw = months.group(1)
        month = int(raw) if raw.isdigit() else cn_to_int(raw)
        return month if 1 <= month <= 12 else None
    if y.month:
        return y.month
    tail = bq.text[y.end : y.end + 5]
    # 「2025年年底」「2025年年末」: the year named again before its end
    tail = tail[1:] if _YEAR_AGAIN_RE.match(tail) else tail[:4]
    cn_month = _CN_MONTH_RE.match(tail)  # 「二〇二五年六月底」
    if cn_month:
        month = cn_to_int(cn_month.group(1))
        return month if 1 <= month <= 12 else None
    for word, month in _MONTH_OF_SUFFIX:
        if tail.startswith(word):
            return month
    quarter = _QUARTER_RE.match(tail)
    if quarter:
        return (
            3 * "一二三四".find(quarter.group(1)) + 1
            if not quarter.group(1).isdigit()
            else 3 * int(quarter.group(1)) - 2
        )
    return None


def date_relations(
    document: Document,
    report_year: int | None,
    sections: Sequence[SectionRange],
    extracted: Sequence[BlockQuantities] | None = None,
) -> list[Relation]:
    """Dates of facts after the report was written (N301): 「截至2025年9月，…」 or
    「2025年6月，我局出台…」 in a report on 2024 (written by the end of March 2025). Plans,
    deadlines and targets (将, 力争, 前), titles in 《》 or quotes and the plan section (C4)
    are left alone; so are dates in the first quarter of the next year."""
    if report_year is None:
        return []
    plan = [(s.start, s.end) for s in sections if s.role == "C4"]
    out: list[Relation] = []
    limit = (report_year + 1, _WRITTEN_BY_MONTH)
    in_plan = False  # the report's plan part (下一步…, 工作打算) has begun in a paragraph before
    paragraphs = extracted or quantities_of(document)
    # an error needs the report year stated as a year of its own (not only inside a title or
    # a range such as 2021—2023年), and no range of years reaching the later year
    sure_until = _sure_until(paragraphs, report_year)
    # the report's own date (its signature date, 「本报告于…报送」): a fact dated after it is
    # reported even within the first quarter
    own = _own_date(paragraphs, report_year)
    several = _titled_range(paragraphs)
    # the report's signature and header dates state no fact (:mod:`.signed` judges them)
    signed = own_date_spans(document)
    # the statistics period read as one (its dates are not read again one by one below)
    out, claimed = _statistics_period(paragraphs, report_year, several)
    for bq in paragraphs:
        if any(a <= bq.block < b for a, b in plan):
            continue
        opens, in_plan = plan_part(bq.text, in_plan)
        out.extend(_applied_before_effect(bq, report_year))
        out.extend(_carried_into_past(bq, report_year))
        out.extend(_closed_later_year(bq, report_year, opens, sure_until))
        year_before: YearMention | None = None
        for y in bq.years:
            if y.kind == "range" and not (opens is not None and opens <= y.start):
                rel = _range_past_report(bq, y, report_year, several)
                if rel is not None:
                    out.append(rel)
                continue
            inherited = False
            if y.kind == "month" and y.month and year_before is not None:
                # 「2025年1月至9月」: a month takes the year named before it in its sentence
                same = bq.sentence_of(year_before.start) == bq.sentence_of(y.start)
                if same and _AS_OF_RE.search(bq.text[max(0, y.start - 3) : y.start]):
                    y = replace(y, year=year_before.year, kind="date")
                    inherited = True
            next_year = None
            if y.kind == "month" and y.month and year_before is None:
                # 「截至次年6月底」 with no year named before it in its paragraph: the year after
                # the report year (a date of its own, whatever the paragraph names later)
                next_year = _NEXT_YEAR_BEFORE_RE.search(bq.text, max(0, y.start - 8), y.start)
                if next_year is not None:
                    y = replace(y, year=report_year + 1, kind="date")
                    inherited = True
            if y.kind not in ("year", "date"):
                continue
            if not inherited:
                year_before = y
            if (bq.block, y.start) in claimed or (bq.block, y.start) in signed:
                continue
            planned = opens is not None and opens <= y.start
            if y.year <= report_year:
                rel = _plan_for_past(bq, y, report_year, planned)
                if rel is not None:
                    out.append(rel)
                continue
            if planned:
                continue  # a date in the plan part: a target, not a fact
            if y.kind == "year" and y.year == report_year + 1:
                rel = _later_statistics(bq, y, report_year)
                if rel is not None:
                    out.append(rel)
                    continue
            month = _month_of(bq, y)
            if month is None and y.year > report_year + 1:
                month = 1  # any time of a later year
            if month is None:
                continue
            # (a date without its day is after the report's date only from the next month on)
            past_own = own is not None and (
                (y.year, month, y.day) > own if y.day else (y.year, month) > own[:2]
            )
            if (y.year, month) <= limit and not past_own:
                continue
            # 「截至目前（2024年6月）」: the bracket dates "now", the time of writing
            now = _NOW_GLOSS_RE.search(bq.text[max(0, y.start - 12) : y.start])
            # 「（数据截至2025年6月底）」: a note dating the figures before it
            note = _NOTE_AS_OF_RE.search(bq.text[max(0, y.start - 12) : y.start])
            # 「（统计时间2021年1月至2022年5月）」: a bracket dating the figures by their period
            period_note = _RANGE_END_LEAD_RE.search(
                bq.text, max(0, y.start - 12), y.start
            ) is not None and _STATS_RE.search(bq.text, max(0, y.start - 30), y.start)
            if _enclosed(bq.text, y.start) and now is None and note is None and not period_note:
                continue
            sentence = bq.sentence_of(y.start)
            s_start, s_end = bq.sentence_span(sentence)
            clause_start = max(
                (
                    bq.text.rfind(ch, max(s_start, y.start - _LOOK_BACK), y.start)
                    for ch in "，,；;：:"
                ),
                default=-1,
            )
            lead = bq.text[max(s_start, clause_start + 1) : y.start].strip(" 　")
            if next_year is not None:
                lead = bq.text[max(s_start, clause_start + 1) : next_year.start("word")].strip(
                    " 　"
                )
            if now is not None:
                lead = now.group("as_of") or "截至"
            elif note is not None:
                lead = note.group("as_of")
            else:
                lead = _unlabelled(lead)
            if _OWN_PUBLICATION_RE.fullmatch(lead):
                # 「本文首发于2017年8月23日总第818期《…周刊》」: the day the text itself came
                # out, a dateline — no work of the year done on it
                continue
            if _SINCE_LEAD_RE.search(lead) and now is None:
                rel = _started_later(bq, y, report_year, s_end)
                if rel is not None:
                    out.append(rel)
                continue
            # (the end of the period the figures were counted over: 「统计时间：…至…」; a
            # campaign's period, 「专项行动时间为…至…」, may still be going on)
            range_end = (
                _RANGE_END_LEAD_RE.search(lead) is not None
                and _STATS_RE.search(bq.text, s_start, y.start) is not None
            )
            # 「对全县2027年1月1日前结案归档法律援助案件进行评查」: things concluded before the
            # date, the object of work done — the date bounds what was done, as 截至 does
            bounded = _bounds_done(bq.text, y.end, lead)
            if (
                lead
                and not _AS_OF_RE.search(lead)
                and not range_end
                and not bounded
                and not _subject_counts(bq, y, lead)
            ):
                continue
            if (
                _TO_RE.search(lead)
                and not range_end
                and not _REACHED_BY_RE.search(bq.text, y.end, _governed_end(bq.text, y.end, s_end))
            ):
                continue  # 「到2025年底实现…全覆盖」: a deadline to reach, not what was done
            not_fact = _NOT_FACT_TAIL_RE.match(bq.text[y.end : y.end + 4].lstrip(" 　"))
            if (
                not_fact is not None
                and not bounded
                and not (_FACT_LEAD_RE.search(lead) and not_fact.group() in _STARTED_TAILS)
            ):
                # (「已于2023年11月1日起施行」: a start that 已 says has come is a fact)
                continue
            # a plan word before the date in its sentence, or in the clause the date governs
            # (「截至…，全区将…」); a plan in a later clause (「…已办结312件，下一步将…」)
            # does not make the date a target
            governed = _governed_end(bq.text, y.end, s_end)
            # (a plan named as what the work followed, 「按照年度检查计划，」, plans nothing
            # when the date's clause says what was done: 共, 累计, 已)
            done = _REACHED_BY_RE.search(bq.text, y.end, governed) is not None
            if not done and governed < s_end:
                # 「2024年，区信访局紧紧围绕…目标，全年共受理…」: the clause after the one
                # naming the followed plan states the work done, and plans nothing itself
                after = _CLAUSE_END_RE.search(bq.text, governed + 1, s_end)
                next_clause = bq.text[governed + 1 : after.start() if after else s_end]
                done = bool(_REACHED_BY_RE.search(next_clause)) and not _PLAN_RE.search(next_clause)
            if not _FACT_LEAD_RE.search(lead) and _plans(
                bq.text, max(s_start, y.start - _LOOK_BACK), governed, followed=done
            ):
                continue
            as_of = _AS_OF_RE.search(lead)
            shown = (as_of.group() if as_of else "") + bq.text[y.start : y.end]
            if next_year is not None:
                shown = f"{as_of.group() if as_of else ''}{next_year.group('word')}{bq.text[y.start : y.end]}"
            elif inherited:
                shown = f"{shown}（{y.year}年）"
            tail = bq.text[y.end : y.end + 4]
            if _YEAR_AGAIN_RE.match(tail):
                shown, tail = shown + "年", tail[1:]
            shown += next((w for w, _ in _MONTH_OF_SUFFIX if tail.startswith(w)), "")
            quarter = _QUARTER_RE.match(bq.text[y.end : y.end + 4])
            if quarter:
                shown += quarter.group()
            cn_month = _CN_MONTH_RE.match(bq.text[y.end : y.end + 4])
            if cn_month:
                shown += cn_month.group()
            months = _MONTH_RANGE_RE.match(bq.text, y.end)
            if months:
                shown += months.group().strip()
            if next_year is not None:
                shown += f"（{y.year}年）"
            if (y.year, month) <= limit and own is not None:
                # within the first quarter, after the date the report gives itself
                out.append(
                    _year_rel(
                        y,
                        bq,
                        f"“{shown}”晚于报告落款的日期{own[0]}年{own[1]}月{own[2]}日："
                        "报告写成之后的事不应作为已经发生的情况写入",
                        Severity.WARNING,
                    )
                )
                continue
            out.append(
                _year_rel(
                    y,
                    bq,
                    f"“{shown}”晚于报告的撰写时间：报告年度为{report_year}年，"
                    f"报告应在{report_year + 1}年第一季度完成，已经发生的情况不应晚于"
                    f"{report_year + 1}年{_WRITTEN_BY_MONTH}月",
                    _certain_later(bq, y, lead, report_year, s_start, s_end)
                    if y.year <= sure_until and not bounded
                    else Severity.WARNING,
                )
            )
    return out


# --------------------------------------------------------------------------------------
# the statistics period of an annual report
# --------------------------------------------------------------------------------------

# the period the report's figures were counted over: 「（数据）统计期限/时限/时间/日期/周期/时段/
# 区间/范围/范畴/期」 (longer words first, so 统计期限 is not read as 统计期); a page in
# traditional characters (統計時限為…) is read alike. Any noun of time after 统计 names the
# period when two ends follow it (「所列数据统计日期自2022年1月1日起至…止」); one date alone
# after it is a moment, not read here
_PERIOD_NOUN_RE = re.compile(
    r"[统統][计計](?:期限|[时時]限|[时時][间間]|日期|[周週]期|[时時]段|[区區][间間]|期[间間]"
    r"|[范範][围圍]|[范範][畴疇]|期)(?:[范範][畴疇]|[范範][围圍]|[区區][间間]|段)?"
    # the figures themselves named, their dates right after (「本报告统计数据从2023年1月1日至
    # 12月31日」「数据统计自…」): a period as the noun of time makes one
    r"|(?:[统統][计計][数數][据據]|[数數][据據][统統][计計])"
    r"(?=\s*(?:[为為是]\s*)?[:：]?\s*[自从從由]?\s*[0-9０-９])"
    # the report's listed figures and a span from a date (「年度报告所列数据自2024年1月1日起至…
    # 止」): the same period, named without 统计; a preposition of a start must follow
    r"|所列[数數][据據](?=\s*[自从從由]\s*[0-9０-９])"
    # the figures' noun of time, after 的 or not (「本报告所列统计数据的期限自2025年1月1日起」
    # 「本报告所列数据时限均为2023年1月1日至…」「所列数据期限从2024年1月1日起…」); 时间 may
    # carry a second noun of extent (「报告中所列数据的时间期限为2023年1月1日至…」)
    r"|[数數][据據]的?(?:期限|[时時]限|[时時][间間](?:期限|[范範][围圍]|[区區][间間]|段)?"
    r"|日期|[周週]期|[时時]段|[区區][间間]|期[间間])"
    r"(?=\s*(?:均?[为為是]\s*)?[:：]?\s*[自从從由]?\s*[0-9０-９])"
    # the report's own span (「本报告由总体情况…等六个部分组成，起止时间为2024年1月1日至…」,
    # s38-time): read only after the report named in its sentence (:data:`_REPORT_NAMED_RE`)
    r"|起止(?:[时時][间間]|日期)(?=\s*(?:均?[为為是]\s*)?[:：]?\s*[自从從由]?\s*[0-9０-９])"
)
# the report itself named before a span's 起止时间 in its sentence (本报告, 本年报)
_REPORT_NAMED_RE = re.compile(r"本(?:年度)?[报報]告|本年[报報]")
# between the noun and the start date: a copula, a preposition, a colon (「统计期限为：」
# 「统计时间自」「统计期限从」)
_PERIOD_LEAD_RE = re.compile(r"\s*(?:均?(?:为|為|是))?\s*[:：]?\s*(?:自|从|從|由)?\s*")
# between the two ends: 「2023年1月1日起，至12月31日止」「…—…」
_PERIOD_TO_RE = re.compile(r"\s*(?:起|始)?\s*[，,]?\s*(?:至|到|—|－|–|-|～|~)\s*")
# the report names a span shorter than its year (a quarter, a half, months 1—4, a month, a
# week): a period starting after 1 January is that span's, not a slip
_SHORT_SPAN_RE = re.compile(
    r"季度|上半年|下半年|月份|月度|月报|周报|第[0-9一二三四五六七八九十]{1,2}周"
    r"|[0-9一二三四五六七八九十]{1,2}\s*(?:月份?)?\s*[-－—–~～至到]\s*[0-9一二三四五六七八九十]{1,2}\s*月"
)
# the sentence makes the period the report's own (本报告所列数据…, 本年度…, 年报…)
_OWN_PERIOD_RE = re.compile(r"[报報]告|年[报報]|所列|本年度|[数數]据|[数數]據|信息")
_PERIOD_LEAD_MAX = 6  # characters between the noun and its start date


def _statistics_period(
    paragraphs: Sequence[BlockQuantities], report_year: int, several: bool
) -> tuple[list[Relation], set[tuple[int, int]]]:
    """An annual report's statistics period against its year (N301): 「报告中所列数据统计期限为
    2026年1月1日到12月31日」 in a report on 2025, 「自2025年1月1日起至2026年12月31日」 (24
    months), 「统计期限从2022年1月1日至2023年12月31日止」. The period is the noun (统计期限 …)
    and its two ends right after it; an end without its year takes the start's (「至12月31
    日」). It must lie in the report year: a start or end in another year is an error (a
    warning when the sentence does not make it the report's figures), a start after 1 January
    a warning — none when the report names a shorter span (a quarter, 1—4月, a month: 「2024年第二季度…统计时间为2024年4月1日至…」) or
    several years in its title. Returns the relations and the (block, start) of the dates they
    cover, so the later-date reading does not report them again."""
    out: list[Relation] = []
    claimed: set[tuple[int, int]] = set()
    if several:
        return out, claimed
    titled_short = any(
        _SHORT_SPAN_RE.search(bq.text)
        for bq in paragraphs[:_TITLE_PARAGRAPHS]
        if len(bq.text) <= _TITLE_LEN
    )
    stated: tuple[tuple[int, int, int, int, int, int], BlockQuantities, YearMention] | None = None
    for bq, noun, first, last in _period_statements(paragraphs):
        rel = _judge_period(bq, noun, first, last, report_year, titled_short)
        if rel is None and _own_period(bq, noun):
            # two statements of the report's own period (「所列数据统计期限从2024年1月1日起至
            # 2024年12月31日」 then 「所列数据自2024年1月1日起至2024年6月30日止」) must agree
            ends = _period_ends(first, last)
            if stated is not None and ends != stated[0]:
                _, s_bq, s_first = stated
                rel = _year_rel(
                    last,
                    bq,
                    f"统计期限前后不一：前文写“{_shown_period(s_bq, s_first)}”，"
                    f"此处写“{_shown_period(bq, first)}”；同一报告所列数据的统计期限只能有一个",
                    Severity.ERROR,
                )
            elif stated is None:
                stated = (ends, bq, first)
            if rel is None and first.year:
                out.extend(_work_year_beside_period(bq, first.year))
        if rel is not None:
            out.append(rel)
            claimed.update({(bq.block, first.start), (bq.block, last.start)})
    return out, claimed


# a sentence opened by a year and a comma (「2021年，嵩明县人民政府办公室认真贯彻落实《条例》」)
_YEAR_OPENS_RE = re.compile(rf"(?:^|[。；;！？!?\n])\s*(?P<y>{YEAR_ASCII})\s*年(?:度)?\s*[，,]")
# what a year's statement plans rather than reports
_WORK_PLANNED_RE = re.compile(r"将|计划|拟|打算|力争|预计|争取|下一步|继续")


def _work_year_beside_period(bq: BlockQuantities, year: int) -> list[Relation]:
    """The paragraph that states the report's statistics period (in the report year) opens a
    sentence of its work with an earlier year (「2021年，…认真贯彻落实《条例》…。本年度报告中所
    列数据统计期限从2022年1月1日—2022年12月31日」): the year's work dated with another year, as
    a report copied from the year before keeps it — a warning (N301)."""
    out: list[Relation] = []
    by_start = {y.start: y for y in bq.years}
    for m in _YEAR_OPENS_RE.finditer(bq.text):
        y = int(m.group("y"))
        if y >= year:
            continue
        _, end = bq.sentence_span(bq.sentence_of(m.end()))
        if _WORK_PLANNED_RE.search(bq.text, m.end(), end):
            continue
        mention = by_start.get(m.start("y"))
        if mention is None:
            continue
        out.append(
            _year_rel(
                mention,
                bq,
                f"本段所写统计期限为{year}年，而“{bq.text[m.start('y') : m.end()]}”开头叙述"
                f"本年度工作用的是{y}年",
            )
        )
    return out


def _period_statements(
    paragraphs: Sequence[BlockQuantities],
) -> Iterator[tuple[BlockQuantities, int, YearMention, YearMention]]:
    """Each statement of a statistics period: (paragraph, where its noun starts, its first
    date, its last date) — the noun (统计期限 …, 所列数据自…) and its two ends right after it."""
    for bq in paragraphs:
        if not bq.years or not any(w in bq.text for w in ("统计", "統計", "所列", "起止")):
            continue
        by_start = {y.start: y for y in bq.years}
        for noun in _PERIOD_NOUN_RE.finditer(bq.text):
            if bq.text.startswith("起止", noun.start()) and not _REPORT_NAMED_RE.search(
                bq.text, bq.sentence_span(bq.sentence_of(noun.start()))[0], noun.start()
            ):
                continue  # a span of something else (项目起止时间)
            lead = _PERIOD_LEAD_RE.match(bq.text, noun.end())
            if lead is None or lead.end() - noun.end() > _PERIOD_LEAD_MAX:
                continue
            first = by_start.get(lead.end())
            if (
                first is None
                or first.kind != "date"
                or not first.month
                or _enclosed(bq.text, first.start)
            ):
                continue
            to = _PERIOD_TO_RE.match(bq.text, first.end)
            last = by_start.get(to.end()) if to else None
            if last is None or last.kind not in ("date", "month") or not last.month:
                continue
            yield bq, noun.start(), first, last


def _own_period(bq: BlockQuantities, noun: int) -> bool:
    """Does the sentence make the period the report's own figures' (本报告所列数据…)?"""
    s_start, _ = bq.sentence_span(bq.sentence_of(noun))
    return _OWN_PERIOD_RE.search(bq.text, s_start, noun + 4) is not None


def _period_ends(first: YearMention, last: YearMention) -> tuple[int, int, int, int, int, int]:
    """(year, month, day) of a period's start and of its end (a day not written: 0)."""
    end_year = last.year if last.kind == "date" and last.year else first.year
    return (
        first.year or 0,
        first.month or 0,
        first.day or 0,
        end_year or 0,
        last.month or 0,
        last.day or 0,
    )


def _shown_period(bq: BlockQuantities, first: YearMention) -> str:
    """The words of a period from its first date to its last (「2024年1月1日起至2024年6月30日」)."""
    to = _PERIOD_TO_RE.match(bq.text, first.end)
    end = to.end() if to else first.end
    last = next((y for y in bq.years if y.start == end), None)
    return bq.text[first.start : last.end if last is not None else first.end]


def stated_period_end(
    paragraphs: Sequence[BlockQuantities], report_year: int
) -> tuple[int, int, int] | None:
    """The last day of the report year's own statistics period, when the report states it
    with its day (「统计期限为2023年1月1日至2023年12月31日」): (year, month, day)."""
    for bq, noun, first, last in _period_statements(paragraphs):
        ends = _period_ends(first, last)
        if _own_period(bq, noun) and ends[0] == ends[3] == report_year and ends[5]:
            return ends[3], ends[4], ends[5]
    return None


def _judge_period(
    bq: BlockQuantities,
    noun: int,
    first: YearMention,
    last: YearMention,
    report_year: int,
    titled_short: bool,
) -> Relation | None:
    """The statistics period ``first``…``last`` against the report year, or None when it fits."""
    start_year = first.year
    end_year = last.year if last.kind == "date" else start_year
    if not 1 <= first.month <= 12 or not 1 <= last.month <= 12:  # type: ignore[operator]
        return None
    months = (end_year - start_year) * 12 + last.month - first.month + 1  # type: ignore[operator]
    end_text = bq.text[last.start : last.end]
    shown = f"{bq.text[first.start : first.end]}至{end_text}"
    if last.kind != "date":
        shown += f"（{end_year}年）"
    s_start, _ = bq.sentence_span(bq.sentence_of(noun))
    own = _OWN_PERIOD_RE.search(bq.text, s_start, noun) is not None
    severity = Severity.ERROR if own else Severity.WARNING
    whole = f"年度报告的统计期限应为{report_year}年1月1日至{report_year}年12月31日"
    if (
        start_year != report_year
        or end_year > report_year + 1
        or (
            end_year == report_year + 1 and last.month > _WRITTEN_BY_MONTH  # type: ignore[operator]
        )
    ):
        if start_year != report_year:
            why = f"起于{start_year}年"
        else:
            why = f"止于{end_year}年，晚于{report_year}年12月31日"
        if end_year != start_year:
            why += f"，共{months}个月"
        message = f"统计期限“{shown}”与报告年度{report_year}年不符：{why}；{whole}"
        return _year_rel(first if start_year != report_year else last, bq, message, severity)
    if end_year == report_year + 1:
        # up to the first quarter of the next year: figures counted until the report was
        # written (「2023年1月1日—2024年3月31日」), not reported
        return None
    late_start = first.month > 1 or (first.day or 1) > 1  # type: ignore[operator]
    if late_start and not titled_short and not _SHORT_SPAN_RE.search(bq.text, 0, noun):
        message = (
            f"统计期限“{shown}”起于{first.month}月{first.day or 1}日，不是报告年度{report_year}年"
            f"全年（共{months}个月），报告也未说明只统计其中一段；{whole}"
        )
        return _year_rel(first, bq, message, Severity.WARNING)
    return None


_TITLE_LEN = 60  # characters a title line may have
_TITLE_PARAGRAPHS = (
    3  # first paragraphs (title, its subtitle, first heading) a report's span is named in
)


def _titled_range(paragraphs: Sequence[BlockQuantities]) -> bool:
    """Does the report name a span of years in its title (「2021—2023年法治政府建设情况报告」):
    a report on several years, whose counted ranges may run past the year it is read as."""
    return any(
        y.kind == "range" and not _enclosed(bq.text, y.start)
        for bq in paragraphs[:_TITLE_PARAGRAPHS]
        if len(bq.text) <= _TITLE_LEN and "。" not in bq.text  # a title line, not a statement
        for y in bq.years
    )


def _range_past_report(
    bq: BlockQuantities, y: YearMention, report_year: int, several: bool
) -> Relation | None:
    """A range of years opening a statement of counted work done (累计, 共, 已) and running past
    the report year (「2022—2024年，县农业农村局累计查办…」 in a report on 2023): its figures count
    a year the report was written before. A warning: a report on several years may be read as one
    of them; titles, brackets and quotes (「《…规划（2024—2026年）》」) and plans are left alone."""
    if several or not y.end_year or y.end_year <= report_year or _enclosed(bq.text, y.start):
        return None
    s_start, s_end = bq.sentence_span(bq.sentence_of(y.start))
    if bq.text[s_start : y.start].strip(" 　"):
        return None  # the range opens its statement
    tail = _RANGE_TAIL_RE.match(bq.text, y.end)
    if tail is None:
        return None
    governed = _governed_end(bq.text, tail.end(), s_end)
    if _REACHED_BY_RE.search(bq.text, y.end, governed) is None or _plans(
        bq.text, s_start, governed
    ):
        return None
    return _year_rel(
        y,
        bq,
        f"“{bq.text[y.start : y.end]}”累计的工作延续到{y.end_year}年，晚于报告的撰写时间：报告年度为"
        f"{report_year}年，报告应在{report_year + 1}年第一季度完成",
        Severity.WARNING,
    )


# what follows a range that opens a statement: a comma, or its subject's counted work
_RANGE_TAIL_RE = re.compile(r"(?:期间|间)?[，,]|(?:期间|间)?(?:累计|共)")


_OWN_DATE_RE = re.compile(
    rf"\s*(?:[\u4e00-\u9fff（）()]{{0,20}}?\s*)?({YEAR_ASCII})\s*年\s*([0-9]{{1,2}})\s*月\s*"
    r"([0-9]{1,2})\s*日\s*"
)
# 「本报告于2024年1月20日报送」: the report names the day it was written or sent
_OWN_SENT_RE = re.compile(
    rf"本报告(?:于|在)\s*({YEAR_ASCII})\s*年\s*([0-9]{{1,2}})\s*月\s*([0-9]{{1,2}})\s*日"
    r"[^，,。；;]{0,8}?(?:报送|印发|发布|形成|撰写|定稿|审议|通过|报出)"
)
_OWN_TAIL = 4  # last paragraphs a signature date is looked for in


def _own_date(
    paragraphs: Sequence[BlockQuantities], report_year: int
) -> tuple[int, int, int] | None:
    """The date a report gives itself: a paragraph of a date alone among its last paragraphs
    (the signature, 「2024年1月15日」, maybe after the body's name on its line), or 「本报告于
    …报送」 — a date of the year after the report year."""
    found: tuple[int, int, int] | None = None
    for bq in paragraphs[-_OWN_TAIL:]:
        m = _OWN_DATE_RE.fullmatch(bq.text)
        if m is not None:
            found = (int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if found is None:
        for bq in paragraphs:
            if "本报告" in bq.text:
                m = _OWN_SENT_RE.search(bq.text)
                if m is not None:
                    found = (int(m.group(1)), int(m.group(2)), int(m.group(3)))
                    break
    if found is None or found[0] != report_year + 1 or not 1 <= found[1] <= 12:
        return None
    return found


# 到/至 alone before a date (not 截至/截止到): a deadline unless its clause says what was
# reached by then (已, 累计, 共, 均)
# (「统计至」「累计至」 state what was counted by then: an as-of, not a deadline)
_TO_RE = re.compile(r"(?<![截止计])(?:到|至)$")
# the year after the report year named by a relative word, right after an as-of word
# (「截至次年6月底」「截止到翌年5月」): only these, so a plan's 次年 keeps its deadline reading
_NEXT_YEAR_BEFORE_RE = re.compile(
    r"(?:截至|截止到|截止至|截止|截至到|到)(?P<word>次年|翌年|第二年)\s*$"
)
# a date ending a range that opens with a date (「2023年1月1日至2024年4月30日」): the end of a
# period stated, not a deadline
_STATS_RE = re.compile(r"统计|数据")
_RANGE_END_LEAD_RE = re.compile(r"(?:[0-9]{1,2}\s*[日号月]|[0-9]{4}\s*年)\s*(?:至|到|—|－|-|～|~)$")
_REACHED_BY_RE = re.compile(r"已|累计|(?<![公总])共(?![同享建治])|均已|全部")
# the subject of a statement before its date (「区人社局2024年共受理…」「我局2024年…」)
_SUBJECT_RE = re.compile(
    r"(?:我|本)[局委办院所队]|全(?:区|市|县|镇|乡)|[\u4e00-\u9fff]{1,12}?(?:街道|镇|乡|局|分局|委"
    r"|委员会|办|办公室|中心|院|所|政府|大队|支队|队|站|部门)"
)


def _subject_counts(bq: BlockQuantities, y: YearMention, lead: str) -> bool:
    """Does the clause name its subject, then the date and a count (「区人社局2024年共受理
    劳动争议案件512件」): the date of what the subject counted, as when the date opens it."""
    if _SUBJECT_RE.fullmatch(lead) is None or bq.sentence_of(y.start) not in _counted_sentences(bq):
        return False
    if _STATEMENT_TAIL_RE.match(bq.text[y.end : y.end + 4]) is not None:
        return True
    # 「区应急局2024年检查企业1,286家次」: a verb of counted work right after the date
    return _verb_after(bq, y) is not None


_VERB_AFTER_RE = re.compile(r"(?:度)?(?:累计|依法|先后|全年)?")
# the verb's object up to a figure, in the verb's clause (「组织…集中学法4次」), no 的-clause
# (「2024年出台的文件中」 names a thing by its year, it states no act)
_ACT_TO_FIGURE_RE = re.compile(r"[^，,；;。：:的（()）]{1,24}?[0-9０-９零〇一二两三四五六七八九十]")


def _verb_after(bq: BlockQuantities, y: YearMention) -> int | None:
    """Where a verb of counted work stands right after the date (「2024年组织…」), or None."""
    verb = _VERB_AFTER_RE.match(bq.text, y.end)
    if verb is None or load_lexicon().verb_re.match(bq.text, verb.end()) is None:
        return None
    return verb.end()


def _acts_to_figure(bq: BlockQuantities, y: YearMention) -> bool:
    """Does the date open a clause of counted work: a verb right after it and its figure in
    the same clause (「2024年组织市委理论学习中心组集中学法4次」)? The statement is dated
    with the year as one opened by 「2024年，」 or 「2024年共」 is."""
    at = _verb_after(bq, y)
    return at is not None and _ACT_TO_FIGURE_RE.match(bq.text, at) is not None


# 「（数据截至2025年6月底）」「（统计截止到…）」: a bracket that dates the figures before it
_NOTE_AS_OF_RE = re.compile(
    r"[（(](?:以上|上述|相关)?(?:数据|统计|信息)?(?:统计|数据)?(?P<as_of>截至|截止到|截止至|截止|截至到)$"
)
_CLAUSE_END_RE = re.compile(r"[，,；;：:]")
# what may follow a date before its clause ends: the date's own words (底, 中旬, 30日)
# (a part of the year too: 「2025年上半年，将…」「2025年第二季度，」)
_DATE_ONLY_RE = re.compile(
    r"^[\s底末初中上下旬日号0-9一二三四五六七八九十月份当时止为前半年第季度]*$"
)


def _governed_end(text: str, pos: int, s_end: int) -> int:
    """Where the clause a date at ``pos`` governs ends: its own clause, or the next one when
    its own holds only the date (「截至2025年6月底，全区已…」)."""
    limit = min(s_end, pos + _LOOK_BACK)
    end = _CLAUSE_END_RE.search(text, pos, limit)
    if end is None:
        return limit
    if _DATE_ONLY_RE.match(text[pos : end.start()]):
        after = _CLAUSE_END_RE.search(text, end.end(), limit)
        return after.start() if after else limit
    return end.start()


# 「自2025年秋季学期起」: a start (自/从 … 起/开始/以来) of what the sentence states
_SINCE_LEAD_RE = re.compile(r"(?<![来各独亲擅])(?:自|从)$")
# an enumeration word opening a statement (「二是」「其三，」) says where it stands in a list,
# as a numbering label does (「（二）」「3.」): neither is a word leading the date
_ENUM_WORD_RE = re.compile(
    r"(?:[一二三四五六七八九十]{1,3}是|其[一二三四五六七八九十]{1,2})[，,、]?\s*"
)


def _unlabelled(lead: str) -> str:
    """The lead before a date without the numbering label or enumeration word opening it:
    「（二）2023年11月7日，我镇召开…」 opens its statement with the date."""
    label = parse_label(lead)
    if label is not None and label.start == 0:
        lead = lead[label.body_start :]
    word = _ENUM_WORD_RE.match(lead)
    return lead[word.end() :] if word else lead


_STARTS_TAIL_RE = re.compile(r"(?:度)?[\u4e00-\u9fff]{0,6}?(?:起|开始|以来)[，,]?")
_TAKES_EFFECT_RE = re.compile(r"(?:正式)?(?:施行|实施|执行|生效|实行|启用)")
# the statement after the start says it is done or holds now
_DONE_RE = re.compile(
    r"(?:已经|已(?!经)|均已|全部[\u4e00-\u9fff]{0,4}?了)"
    # 「自2024年4月起，已将…纳入考核」「已明确…」: a decision about the time to come
    r"(?!将|把|明确|决定|规定|部署|安排|印发|出台|制定|要求|计划|启动)"
)


def _started_later(
    bq: BlockQuantities, y: YearMention, report_year: int, s_end: int
) -> Relation | None:
    """「自2025年秋季学期起，全区中小学已全部开设法治课」 in a report on 2023: a start after
    the report was written (the end of the first quarter of the next year) with a statement of
    what is already done. A plan (将, 计划…) or a deadline is left alone."""
    tail = _STARTS_TAIL_RE.match(bq.text, y.end)
    if tail is None:
        return None
    if _TAKES_EFFECT_RE.match(bq.text, tail.end()):
        return None  # 「自2024年5月1日起施行」: a rule's effective date, known in advance
    # the statement is the clause right after the start (「自…起，全区已全部开设…」)
    rest = bq.text[tail.end() : min(s_end, tail.end() + _LOOK_BACK)]
    rest = rest[: min((i for i in map(rest.find, "，,；;") if i > 0), default=len(rest))]
    done = _DONE_RE.search(rest)
    if done is None and tail.group().rstrip("，,").endswith("以来"):
        # 「自2025年5月以来，全区共受理…132件」: what was counted since then, up to now
        end = tail.end() + len(rest)
        counted = next(
            (q for q in bq.quantities if tail.end() <= q.start < end and q.kind in COUNTABLE),
            None,
        )
        if counted is not None and "的" not in bq.text[tail.end() : counted.start]:
            done = re.search(".", rest)
    if done is None or "的" in rest[: done.start()]:
        return None  # nothing done, or the start qualifies a noun (「自…起施行的《条例》已…」)
    if _plans(bq.text, tail.end(), tail.end() + len(rest)):
        return None
    if _plans(bq.text, max(0, y.start - 20), y.start):
        return None
    shown = bq.text[y.start : tail.end()].rstrip("，,")
    return _year_rel(
        y,
        bq,
        f"“{shown}”晚于报告的撰写时间，句中却说已经做到：报告年度为{report_year}年，"
        f"报告应在{report_year + 1}年第一季度完成，已经发生的情况不应晚于"
        f"{report_year + 1}年{_WRITTEN_BY_MONTH}月",
    )


# a rule named with the date it takes effect (「自2023年3月1日起施行的《…条例》」「于2022年7月1日
# 起正式施行的《…》」)
_EFFECTIVE_NAME_RE = re.compile(
    # (or the verb of applying it right before: 「全年依据2024年7月1日起施行的《…办法》查处…」)
    rf"(?:(?P<lead>依据|依照|根据|适用|运用)\s*(?:自|于|从)?|自|于|从)\s*(?P<year>{YEAR_ASCII})\s*年[0-9０-９一二三四五六七八九十]{{0,3}}月?"
    r"[0-9０-９一二三四五六七八九十]{0,3}[日号]?\s*起?\s*(?:正式)?(?:施行|实施|生效)的?\s*"
    r"(?P<name>《[^《》]{2,40}》)"
)
# the rule pointed back at as the ground of work done (依据该条例查处…, 根据上述办法办理…)
_APPLIED_RE = re.compile(
    r"(?:依据|依照|根据|适用|按照|运用)(?:该|此|上述|这一|本)(?:条例|办法|规定|规章|细则|法规|法)"
)


# work that readies for a rule still to take effect (提前梳理, 做好…准备, 衔接, 过渡, 宣贯)
_READIES_RE = re.compile(r"提前|准备|衔接|过渡|宣贯|解读")


# what is carried over (结转, 转入) and the year it is carried into, right after the verb:
# 「结转2023年度继续办理」「结转至下一年度」; the year it leaves, right before the verb:
# 「2021年结转至2022年的申请」
_CARRY_VERB_RE = re.compile(r"(?:结转|結轉|转入|轉入|转结|轉結)\s*(?:至|到|入)?\s*$")
_CARRY_FROM_RE = re.compile(r"\s*(?:的)?\s*(?:结转|結轉|转入|轉入|转结|轉結)\s*(?:至|到|入)?\s*")
_CARRY_LOOK = 6  # characters between a year and its carry verb
# 转 alone as the carry verb (「剩余4件转2022年办理」): only with the handling it is carried to
# right after its year (办理, 答复, 办结…), so no other 转 (转发, 流转…) is read as one
_CARRY_BARE_RE = re.compile(r"(?<![发發流运運移周週扭好逆])转\s*(?:至|到|入)?\s*$")
_CARRY_HANDLED_RE = re.compile(r"\s*(?:度)?\s*(?:继续|再)?\s*(?:办理|办结|答复|处理)")
# a carry-in counted inside a figure (「办理…43件（含2023年结转1件）」): the year before the verb
# is the year the requests left
_CARRY_IN_LEAD_RE = re.compile(r"(?:含|包括|包含|其中)\s*$")


# the acts that close a year and exist only once it is over: its review (a year's 考核, 考评,
# 述法 …: dates.REVIEW_NOUN) and its carry-over of open work into the year after
_CLOSING_RE = re.compile(
    rf"(?P<noun>[\u4e00-\u9fff0-9]{{0,16}}?(?:{REVIEW_NOUN}))(?P<after>[\u4e00-\u9fff]{{0,4}})"
    r"|(?P<carry>结转|結轉)(?![至到入下])"
)
# a review noun followed (within four characters) by these names the review's design (its
# plan, rules, indicators),
# which may well be issued before the year begins (「印发2025年度绩效考核方案」)
_REVIEW_DESIGN_RE = re.compile(r"方案|办法|细则|标准|指标|计划|要点|制度|机制|体系|通知|工作")


# a verb that carries a review out, right before its year (「组织开展2024年度述法工作」)
_PERFORMED_RE = re.compile(r"(?:开展|開展|完成|进行|進行)了?$")


def _review_performed(text: str, year_start: int, after: str) -> bool:
    """「组织开展2024年度述法工作」: the review's 工作 carried out (a verb of doing right before
    its year), not its design (「部署2024年度述法工作」「2024年度考核工作方案」)."""
    if not after.startswith("工作") or _REVIEW_DESIGN_RE.search(after, 2):
        return False
    return _PERFORMED_RE.search(text, max(0, year_start - 3), year_start) is not None


def _closed_later_year(
    bq: BlockQuantities, report_year: int, opens: int | None, sure_until: int
) -> list[Relation]:
    """A later year's closing act stated as done (N301): 「完成2025年度全市471名党政主要负责人
    述法」「在2024年度法治广东建设考评中排名第二」 in a report on 2024 and 2023, 「办结177件（含
    2024年结转的3件）」 in a report on 2023. A year's review and its carry-over come only after
    the year ends, and the report is written by the end of the first quarter after the report
    year: no year after the report year can have closed. Titles in 《》 (a review's rules), the
    plan part, plan words before the act (将, 计划…) and a review's design (方案, 指标, 工作)
    are left alone."""
    if "度" not in bq.text and "结转" not in bq.text:
        return []
    out: list[Relation] = []
    for y in bq.years:
        if y.kind != "year" or y.year <= report_year:
            continue
        if opens is not None and opens <= y.start:
            break
        m = _CLOSING_RE.match(bq.text, y.end)
        if m is None or _in_title(bq.text, y.start):
            continue
        if m.group("noun") and (
            not y.text.endswith("度")
            or (
                _REVIEW_DESIGN_RE.search(m.group("after"))
                and not _review_performed(bq.text, y.start, m.group("after"))
            )
        ):
            continue  # (a review needs the year named as a whole, 2025年度)
        s_start, _ = bq.sentence_span(bq.sentence_of(y.start))
        if _plans(bq.text, max(s_start, y.start - _LOOK_BACK), m.end(), followed=True):
            continue
        act = m.group("noun") or m.group("carry")
        what = "结转" if m.group("carry") else act[-2:]
        out.append(
            _year_rel(
                y,
                bq,
                f"“{bq.text[y.start : m.end('noun') if m.group('noun') else m.end()]}”"
                f"是{y.year}年结束后才有的{what}，"
                f"报告年度为{report_year}年，报告应在{report_year + 1}年第一季度完成，"
                f"不会已有{y.year}年度的{what}",
                # (an error once the report year is stated on its own and no range of years
                # reaches past it: :func:`_sure_until`)
                Severity.ERROR if y.year <= sure_until else Severity.WARNING,
            )
        )
    return out


def _in_title(text: str, pos: int) -> bool:
    """Is ``pos`` inside 《》 (a document's title)?"""
    o = text.rfind("《", max(0, pos - _LOOK_BACK), pos)
    return o >= 0 and text.rfind("》", o, pos) < 0


def _carried_into_past(bq: BlockQuantities, report_year: int) -> list[Relation]:
    """A carry-over whose target year is not after the year it leaves (N301): 「共办结10件，
    结转2022年度继续办理2件」 in a report on 2022 carries the year's open requests into the
    year itself. The year left is the one named right before the verb (「2021年结转至2022年」:
    an inflow from the year before, no slip), else the report year. Plans and brackets alike:
    a carry-over is counted, never planned, into a year already under way."""
    if "转" not in bq.text and "轉" not in bq.text:
        return []
    out: list[Relation] = []
    before: YearMention | None = None
    for y in bq.years:
        if y.kind not in ("year", "date"):
            continue
        verb = _CARRY_VERB_RE.search(bq.text, max(0, y.start - _CARRY_LOOK), y.start)
        if verb is None:
            verb = _CARRY_BARE_RE.search(bq.text, max(0, y.start - _CARRY_LOOK), y.start)
            if verb is not None and not _CARRY_HANDLED_RE.match(bq.text, y.end):
                verb = None
        if verb is None:
            out.extend(_carried_from_own_year(bq, y, report_year))
            before = y
            continue
        left = report_year
        if (
            before is not None
            and before.end <= verb.start()
            and _CARRY_FROM_RE.fullmatch(bq.text, before.end, verb.end())
        ):
            left = before.year
        if y.year <= left:
            shown = bq.text[y.start : y.end]
            what = "报告年度" if left == report_year else f"转出的{left}年"
            out.append(
                _year_rel(
                    y,
                    bq,
                    f"“{bq.text[verb.start() : verb.end()].strip()}{shown}”：结转的去向应在{what}"
                    f"之后（报告年度{report_year}年，未办结的应结转{left + 1}年度），"
                    f"不能结转到{y.year}年",
                )
            )
        elif y.year > left + 1 and left == report_year:
            # 「结转2024年继续办理」 in a report on 2022: what is open at the year's end is
            # carried into the next year, not over it
            shown = bq.text[y.start : y.end]
            out.append(
                _year_rel(
                    y,
                    bq,
                    f"“{bq.text[verb.start() : verb.end()].strip()}{shown}”：未办结的应结转到"
                    f"报告年度的下一年（报告年度{report_year}年，应结转{report_year + 1}年度），"
                    f"不会越过{report_year + 1}年结转到{y.year}年",
                )
            )
        before = y
    return out


# a carry-in named with its target, the year the report is on (「结转至本年度」「结转到本年」)
_CARRY_INTO_OWN_RE = re.compile(r"(?:结转|結轉)(?:至|到|入)?(?:本|今)年度?")


def _carried_from_own_year(bq: BlockQuantities, y: YearMention, report_year: int) -> list[Relation]:
    """「办理政府信息公开案件43件（含2023年结转1件）」 in a report on 2023: what a count of the
    year includes as carried over came from an earlier year, never from the report year itself
    (a later year is :func:`_closed_later_year`'s). A warning: the year may be the one it
    was carried into, written loosely."""
    if y.kind != "year" or y.year != report_year:
        return []
    if not _CARRY_IN_LEAD_RE.search(bq.text, max(0, y.start - 3), y.start):
        return []
    m = _CLOSING_RE.match(bq.text, y.end)
    if m is None or not m.group("carry"):
        # the carry named with its target, the report's own year (「含2023年结转至本年度1件」)
        m = _CARRY_INTO_OWN_RE.match(bq.text, y.end)
        if m is None:
            return []
    return [
        _year_rel(
            y,
            bq,
            f"“{bq.text[y.start : m.end()]}”：本年度办理的数量中所含的结转件应来自上一年"
            f"（报告年度{report_year}年，应为{report_year - 1}年结转），"
            f"不会是报告年度{report_year}年自身结转的",
        )
    ]


def _applied_before_effect(bq: BlockQuantities, report_year: int) -> list[Relation]:
    """「自2023年3月1日起施行的《…条例》，…全年依据该条例查处违法取水案件12件」 in a report on
    2022: a rule that takes effect after the report year cannot be the ground of the year's
    counted work (a warning: the year or the count may be another's). A plan (将…) is left
    alone; the sentence must count what was done under the rule."""
    text = bq.text
    if "《" not in text or not any(w in text for w in ("施行", "实施", "生效")):
        return []
    out: list[Relation] = []
    for m in _EFFECTIVE_NAME_RE.finditer(text):
        if int(m.group("year")) <= report_year:
            continue
        s_start, s_end = bq.sentence_span(bq.sentence_of(m.start()))
        if m.group("lead"):
            # the work is said to be done under the rule where it is named; not a plan
            # (「下一步将依据…」), nor work that readies for it (提前…, 做好…衔接)
            after = m.end()
            if _plans(text, s_start, m.start()) or _READIES_RE.search(text, after, s_end):
                continue
        else:
            applied = _APPLIED_RE.search(text, m.end(), s_end)
            if applied is None:
                continue
            after = applied.end()
        if _plans(text, m.end(), s_end):
            continue
        if not any(after <= q.start < s_end and q.kind in COUNTABLE for q in bq.quantities):
            continue
        y = next((y for y in bq.years if y.start == m.start("year")), None)
        if y is None:
            continue
        shown = text[m.start("year") : m.start("name")].rstrip("的 ")
        out.append(
            _year_rel(
                y,
                bq,
                f"{m.group('name')}“{shown}”，晚于报告年度{report_year}年，句中却说本年度已依据它"
                "开展工作并统计了数字：施行前的年度不能适用该规定",
            )
        )
    return out


# 拟 and its verbs before 的: what was proposed, named as a noun (拟废止和修改的文件)
_PROPOSED_RE = re.compile(r"[\u4e00-\u9fff、]{1,10}?的")


def _plans(text: str, start: int, end: int, followed: bool = False) -> bool:
    """Does text[start:end] plan, expect or set a target (a 目标 said to be reached does
    not: 「实现每个村不少于5名的目标」)? ``followed``: the statement says what was done, so
    a plan it names as followed (按照…计划, 围绕…目标) plans nothing."""
    for m in _PLAN_RE.finditer(text, start, end):
        if m.group() == "目标" and _REACHED_RE.search(text[max(start, m.start() - 40) : m.start()]):
            continue
        if m.group() == "拟" and _PROPOSED_RE.match(text, m.end(), end):
            continue  # 「拟废止和修改的文件已全部完成…」: 拟 qualifies a noun
        if m.group() == "将" and (
            _DISPOSED_RE.match(text, m.end()) or _DISPOSED_TITLE_RE.match(text, m.end())
        ):
            # 「累计将1,386户主体列入名录」「2025年4月24日将《报告》报送市委」: 将 before a
            # figure or a document sent is 把, not "will"
            continue
        if _in_name(text, start, m.start(), m.end()):
            continue  # 「“一规划两纲要”中期评估」「《…规划》」: a name, not a plan of the report
        if (
            followed
            and m.group() in _PLAN_NOUNS
            and (
                _NOUN_USE_RE.search(_clause_to(text, start, m.start()))
                or _COUNT_AFTER_RE.match(text, m.end())
                # 「坚持以“八五”普法规划为引领」「以“…快办”为目标」: the frame 以…为 takes the
                # plan as a guide
                or (
                    _FRAME_RE.search(_clause_to(text, start, m.start()))
                    and (
                        text.startswith("为", m.end())
                        or _clause_to(text, start, m.start()).endswith("为")
                    )
                )
            )
        ):
            # 「按照年度检查计划，…」「围绕建设目标，…」: the plan is what the work follows;
            # 「共开展“双随机”检查计划76次」: plans counted as done work
            continue
        return True
    return False


_PLAN_NOUNS = frozenset({"计划", "目标", "规划", "期限"})
# 将 followed by a figure and its measure word marks the object it disposes of (将…列入,
# 将…移送, 将…纳入): the future 将 is followed by a verb or an adverb, never by a count
_DISPOSED_RE = re.compile(
    r"\s*(?:[0-9０-９][0-9０-９,，.]*|[一二两三四五六七八九十百千万]+)(?:余|多)?[\u4e00-\u9fff]"
)
# 将 before a document's title and a verb of sending or issuing it: the document disposed of
_DISPOSED_TITLE_RE = re.compile(r"\s*《[^《》]{1,40}》\s*(?:报送|呈报|上报|提交|印发|报请|抄送)")
_NAME_OPEN = "“《「"
_NAME_CLOSE = "”》」"
_NAME_REACH = 20  # characters a quoted name or a title runs on either side of its plan word


def _in_name(text: str, start: int, pos: int, end: int) -> bool:
    """Is text[pos:end] inside a quoted name or a title (“一规划两纲要”, 《…规划》) that opens
    after ``start`` and closes within a few characters, with no clause mark between?"""
    before = text[max(start, pos - _NAME_REACH) : pos]
    opened = max(before.rfind(ch) for ch in _NAME_OPEN)
    if opened < 0 or any(ch in before[opened + 1 :] for ch in _NAME_CLOSE + "，,；;。"):
        return False
    after = text[end : end + _NAME_REACH]
    closed = min((i for i in (after.find(ch) for ch in _NAME_CLOSE) if i >= 0), default=-1)
    return closed >= 0 and not any(ch in after[:closed] for ch in _NAME_OPEN + "，,；;。")


_COUNT_AFTER_RE = re.compile(r"[0-9０-９]|[一二两三四五六七八九十]+[个项次件份批]")
# a verb or preposition taking a plan as its object, before it in its clause
_FRAME_RE = re.compile(r"(?<![可予所难加])以(?![上下来内外前后及])")
_NOUN_USE_RE = re.compile(r"按照|根据|依据|围绕|对照|落实|结合|聚焦|紧扣|对标|紧盯")


def _clause_to(text: str, start: int, pos: int) -> str:
    """The words of ``pos``'s clause before it (from ``start`` at most)."""
    begin = max((text.rfind(ch, start, pos) for ch in "，,；;：:。"), default=-1)
    return text[max(start, begin + 1) : pos].lstrip(" 　")


def _window(text: str, start: int, end: int, pos: int) -> str:
    """The sentence [start, end) around ``pos``, at most ``_LOOK_BACK`` characters each side."""
    return text[max(start, pos - _LOOK_BACK) : min(end, pos + _LOOK_BACK)]


def _clause_lead(bq: BlockQuantities, pos: int) -> tuple[str, int, int]:
    """The words between the start of ``pos``'s clause and ``pos``, and its sentence span."""
    s_start, s_end = bq.sentence_span(bq.sentence_of(pos))
    clause_start = max(
        (bq.text.rfind(ch, max(s_start, pos - _LOOK_BACK), pos) for ch in "，,；;：:"), default=-1
    )
    return bq.text[max(s_start, clause_start + 1) : pos].strip(" 　"), s_start, s_end


def _plan_for_past(
    bq: BlockQuantities, y: YearMention, report_year: int, planned: bool = False
) -> Relation | None:
    """「下一步，……2023年重点做好以下工作」 in a report on 2023: the plan names the report
    year (or an earlier one) instead of the next. ``planned``: the report's plan part (a
    sentence opening with 下一步, a heading 工作打算) began before the year, so the sentence
    need not say 下一步 itself (「下一步，…。2023年，我局将重点抓好以下工作：…」)."""
    lead, s_start, s_end = _clause_lead(bq, y.start)
    if (
        y.year == report_year
        and _is_heading(bq.text)
        and _PLAN_TITLE_RE.fullmatch(bq.text[: y.start])
        and _PLAN_TITLE_TAIL_RE.fullmatch(bq.text[y.end :].strip())
    ):
        # 「二、2024年工作计划」 in a report on 2024: a heading of the plan part dated with the
        # report year itself
        return _year_rel(
            y,
            bq,
            f"工作计划的标题写的是“{y.text}”，报告年度为{report_year}年，计划应针对"
            f"{report_year + 1}年",
        )
    m = _PLAN_LEAD_RE.match(lead)
    if m is None:
        return None
    sentence = _window(bq.text, s_start, s_end, y.start)
    if _next_year_opens(bq.text, s_start, y.start, report_year):
        # 「2024年，我们将…，力争在2023年底前实现…」 in a report on 2023: a sentence opened by
        # the next year and its subject's plan verb is the plan, as 下一步 would make it
        pass
    elif planned and not _NEXT_STEP_RE.search(sentence):
        # the plan part only: the plan word must be the future of the year's clause, not
        # 将 of 「将…纳入」 (what was done) nor a plan of a later clause; or the year opens
        # the part's list of tasks (「2023年重点抓好以下工作」)
        future = _FUTURE_RE.search(bq.text, y.end, _governed_end(bq.text, y.end, s_end))
        # or the plan word before the year governs it (「计划于2023年底前完成」「力争2023年…」;
        # 将 only with a preposition: 「将于2023年」, not 「将2023年度考核结果…」)
        governs = m.group("plan") is not None and (m.group("plan") != "将" or bool(m.group("prep")))
        # (or the year is the deadline of a task of the list: 「一是于2023年内实现…」)
        governs = governs or (
            m.group("prep") in ("在", "于", "到")
            and _DEADLINE_TAIL_RE.match(bq.text, y.end) is not None
        )
        if (future is None or _BA_RE.match(bq.text, future.end())) and not (
            governs or (not lead and _TASKS_RE.match(bq.text, y.end))
        ):
            return None
    elif not _NEXT_STEP_RE.search(sentence) or not (
        _PLAN_RE.search(sentence)
        # (or the year's subject and its 要: 「下一步，2025年市生态环境局要聚焦…」)
        or _SUBJECT_PLAN_RE.match(bq.text, y.end, y.end + _SUBJECT_REACH)
    ):
        return None
    elif not (
        _NEXT_STEP_RE.search(bq.text, max(s_start, y.start - _LOOK_BACK), y.start)
        or _NEXT_STEP_RE.search(bq.text, y.end, _governed_end(bq.text, y.end, s_end))
    ):
        # 「2024年，区政府…清理文件112件，下一步将于2025年上半年完成…」: the plan opens in a
        # later clause; the year's own clause states what was done
        return None
    tail = bq.text[y.end : y.end + 4]
    theme = m.group("prep") == "以" and tail.lstrip("度").startswith("为")  # 以2023年为“…年”
    # 「将在2023年实现…」: the year is the time of what the plan will do, whatever follows
    when = bool(m.group("plan")) and m.group("prep") in ("在", "于", "到")
    # 「力争2023年行政复议纠错率下降…」「计划2023年出台…」: a plan verb governs the year
    when = when or (m.group("plan") in ("计划", "拟", "力争", "争取") and not m.group("prep"))
    # 「力争到2024年底前实现…」: a deadline of the plan at the end of a year already past
    when = when or (bool(m.group("plan")) and re.match(r"(?:度)?(?:底|末)", tail) is not None)
    # 「下一步，我县将加快推进…，于2023年内实现全覆盖」: a clause of the plan's sentence that
    # opens with the year as a deadline (于/在/到 …年内, 年底前) dates what the plan will do
    when = when or (
        m.group("prep") in ("在", "于", "到") and _DEADLINE_TAIL_RE.match(tail) is not None
    )
    # 「下一步，2024年我局将重点…」: the year opens the plan, its subject and 将 follow
    subject = (
        not lead and _SUBJECT_PLAN_RE.match(bq.text, y.end, y.end + _SUBJECT_REACH) is not None
    )
    # 「…，2023年计划出台规范性文件3件」 in the plan part: the year and its plan verb
    subject = subject or (planned and not lead and _PLAN_VERB_TAIL_RE.match(tail) is not None)
    if not (_TOPIC_TAIL_RE.match(tail) or theme or when or subject) or _enclosed(bq.text, y.start):
        return None
    if _BUILDS_ON_RE.match(bq.text[y.end : y.end + 10]) or _MODIFIER_RE.match(tail + " "):
        return None  # 「将在2023年工作的基础上……」: this year's work as the plan's base
    return _year_rel(
        y,
        bq,
        f"下一步工作安排写的是“{y.text}”，报告年度为{report_year}年，安排应针对{report_year + 1}年",
    )


# the opening of the report's plan part: a sentence opening with 下一步/明年…, or a short
# heading naming the plan (二、下一步工作打算; 2025年工作思路)
# the words that open the plan part (下一年度 before 下一年: the longer one where both fit)
_PLAN_WORDS = (
    "下一步",
    "下步",
    "明年",
    "下一年度",
    "下一年",
    "来年",
    "新的一年",
    "下一阶段",
    "下阶段",
    "今后",
    "接下来",
    "未来一年",
)
# any of them in a paragraph (one search where a test per word was a Python call each)
_PLAN_WORD_RE = re.compile("|".join(_PLAN_WORDS))
_PLAN_OPENER_RE = re.compile(
    r"(?:^|[。！？!?；;])\s*(?:[一二三四五六七八九十]+\s*、|[（(][一二三四五六七八九十]+[）)])?\s*"
    rf"(?:{'|'.join(_PLAN_WORDS)})"
)
_PLAN_HEADING_RE = re.compile(r"打算|计划|安排|思路|展望|下一步|下步|明年")
_HEADING_LIKE_RE = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+\s*、|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+部分)"
)
# a year opening the plan part's tasks (「2023年重点抓好以下几方面工作」)
_TASKS_RE = re.compile(
    r"(?:度)?[，,]?(?:[\u4e00-\u9fff]{0,6}?)(?:重点|着力|主要)(?:抓好|做好|推进|开展|围绕|从)"
    r"[^。；;]{0,12}?(?:工作|任务|方面)"
)
# a year followed by its plan verb (2023年计划…, 2023年拟…)
_PLAN_VERB_TAIL_RE = re.compile(r"(?:度)?(?:计划|拟|力争|争取|将(?!近))")


def _next_year_opens(text: str, s_start: int, pos: int, report_year: int) -> bool:
    """Does the sentence before ``pos`` open with the year after the report year and a
    subject's plan verb (「2024年，我们将…」「2025年我局计划…」)?"""
    m = _NEXT_YEAR_OPENER_RE.match(text[s_start : min(pos, s_start + _LOOK_BACK)].lstrip(" 　"))
    return m is not None and int(m.group("year")) == report_year + 1


# 「2024年，我们将」「在2025年，全局要」: the next year, then a short subject and its plan verb
_NEXT_YEAR_OPENER_RE = re.compile(
    rf"(?:在)?(?P<year>{YEAR_ASCII})年(?:度)?[，,]?[\u4e00-\u9fff]{{0,10}}?(?:将|要|拟|计划)"
)
# a future of the year's own clause (将, 计划, 拟, 力争…)
_FUTURE_RE = re.compile(r"(?<![已并均即])将(?!近)|(?<![原])计划|拟|力争|争取|要(?![求点])")
# 将 that takes an object and a verb of placing (将…纳入…): what was done, not the future
_BA_RE = re.compile(r"[^，,；;。]{1,20}?(?:纳入|列入|列为|作为|转为|移送|移交|交由|提交|写入|融入)")


_HEADING_STOPS_RE = re.compile(r"[。；;]")
_HEADING_COMMAS_RE = re.compile(r"[，,]")


def _is_heading(text: str) -> bool:
    """Is the paragraph a heading: short, no sentence end, numbered or without a comma?"""
    stripped = text.strip()
    heading = len(stripped) <= 40 and not _HEADING_STOPS_RE.search(stripped)
    return heading and bool(
        _HEADING_LIKE_RE.match(stripped) or not _HEADING_COMMAS_RE.search(stripped)
    )


# what stands before the year of a plan heading (its number) and after it (「2024年工作计划」
# 「2024年度工作打算」; not 「…工作计划完成情况」, a report on the plan)
_PLAN_TITLE_RE = re.compile(
    r"\s*(?:[一二三四五六七八九十]+\s*[、.．]|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+部分)?\s*"
)
_PLAN_TITLE_TAIL_RE = re.compile(r"度?[\u4e00-\u9fff]{0,6}?(?:计划|打算|安排|思路|谋划)")
# a paragraph opening with a short sentence that titles the plan part (「2025年工作打算。一是…」)
_PLAN_TITLE_SENTENCE_RE = re.compile(
    r"\s*(?:[一二三四五六七八九十]+\s*、)?(?:[0-9]{4}年度?|下一步|下一年度?|明年)"
    r"[\u4e00-\u9fff]{0,6}?(?:计划|打算|安排|思路)[。：:]"
)


def plan_part(text: str, in_plan: bool) -> tuple[int | None, bool]:
    """Where the report's plan part opens in a paragraph (0 when it began before), and
    whether it goes on after the paragraph. A heading of another part ends it."""
    stripped = text.strip()
    if _is_heading(text):
        on = _PLAN_HEADING_RE.search(stripped) is not None
        return (0 if on else None), on
    if in_plan:
        return 0, True
    title = _PLAN_TITLE_SENTENCE_RE.match(text)
    if title is not None:
        return title.end(), True  # 「2025年工作打算。一是力争…」: a title run in with the plan
    # (asked of every paragraph: the pattern opens with marks, spaces or numerals that prose
    # holds everywhere, so the engine tries it at nearly every character; most paragraphs
    # name no plan word at all)
    if _PLAN_WORD_RE.search(text) is None:
        return None, False
    m = _PLAN_OPENER_RE.search(text)
    if m is None:
        return None, False
    # the part goes on after a paragraph that opens with it; a closing 「下一步将继续…」 of
    # a paragraph on the year's work plans only the rest of its paragraph
    return m.end(), m.start() == 0


def _later_statistics(bq: BlockQuantities, y: YearMention, report_year: int) -> Relation | None:
    """「2022年，区仲裁院共立案受理争议案件1126件」 in a report on 2021: the year's figures
    are dated with the next year (a statement opened by that year, with counts, no plan)."""
    lead, s_start, s_end = _clause_lead(bq, y.start)
    if lead not in ("", "在") or _enclosed(bq.text, y.start):
        return None
    since = _SINCE_OPENS_RE.match(bq.text, y.end) is not None
    if (
        not since
        and not _STATEMENT_TAIL_RE.match(bq.text[y.end : y.end + 4])
        and not _acts_to_figure(bq, y)
        and not _SUBJECT_TOTAL_RE.match(bq.text, y.end)
        and not _value_of_year(bq, y)
    ):
        return None
    window = _window(bq.text, s_start, s_end, y.start)
    if _PLAN_RE.search(window) or _NEXT_STEP_RE.search(window):
        return None
    sentence = bq.sentence_of(y.start)
    if sentence not in _counted_sentences(bq) and not _year_result(bq, sentence, window):
        return None
    if since:
        return _year_rel(
            y,
            bq,
            f"“{y.text}以来”的统计写在{report_year}年度报告中：这些数字是{y.year}年的，"
            f"不是报告年度{report_year}年的工作，疑为年份写错",
        )
    return _year_rel(
        y,
        bq,
        f"“{y.text}”的统计写在{report_year}年度报告中：报告在{y.year}年第一季度撰写，"
        f"不会已有{y.year}年的全年数字，疑为年份写错",
    )


# 「2026年以来共排查问题25个」 in a report on 2025: what was counted since the next year began
# is that year's work, not the report year's (a warning: a report written in the first quarter
# can count so far, but not as the year it reports on)
_SINCE_OPENS_RE = re.compile(r"(?:度)?以来")
# the year, then its statement's subject and a total of counted work in the same clause
# (「2026年“法润三湘”行动累计办理…856件」「2026年区司法局共办理…」): dated as 「2026年，」 dates it;
# no 的 (「2026年出台的文件共…」 names a thing by its year), no clause mark; not a part of the
# year (「2024年上半年共受理…」: a date the month reading judges)
_SUBJECT_TOTAL_RE = re.compile(
    r"(?:度)?(?![上下]半年|[底末初第]|[一二三四五六七八九十]{1,2}月)[^，,；;。：:的（()）0-9０-９]{2,16}?(?:累计|累計|(?<![公总])共(?![同享建治]))"
)


# the year, then what is measured and its figure in the same clause, no verb needed
# (「2024年中江县地区生产总值(GDP)466.14亿元」 in a bulletin on 2023): the year's value is told
# as the year's; no 的, no part of the year, a bracket of a name allowed
_VALUE_OF_YEAR_RE = re.compile(
    r"(?:度)?(?![上下]半年|[底末初第]|[一二三四五六七八九十]{1,2}月)"
    r"[^，,；;。：:的0-9０-９（()）]{2,16}(?:[（(][A-Za-z]{1,8}[)）])?"
    r"(?:为|达|达到)?[0-9０-９]"
)


# what may follow the year's value in its clause: the clause's end or its change
_VALUE_END_RE = re.compile(r"\s*(?:[，,；;。]|$|比|较|同比|增长|下降|增加|减少|占)")


def _value_of_year(bq: BlockQuantities, y: YearMention) -> bool:
    """Does the year open its clause with what is measured and its figure, the figure closing
    the clause or followed by its change (:data:`_VALUE_OF_YEAR_RE`)? Not a figure the clause
    goes on to act on (「2025年中央财政资金500万元已提前下达」: the funds of that year)."""
    m = _VALUE_OF_YEAR_RE.match(bq.text, y.end)
    if m is None:
        return False
    q = next((q for q in bq.quantities if q.num_start == m.end() - 1), None)
    return q is not None and _VALUE_END_RE.match(bq.text, q.end) is not None


def _earlier_total(text: str, end: int) -> bool:
    """「2024年发布主动公开信息共计71条」 in a report on 2025: an earlier year opening its
    statement with a verb and a total in its own clause (:data:`_SUBJECT_TOTAL_RE`, as the
    next year's is read) dates the counted work as 「2024年，共…」 does — not a span from that
    year up to now (「2018年至今累计…」), nor a running total to that year's end (「2024年…
    行动累计办理…856件」: background told in a later year, real39 QI045)."""
    m = _SUBJECT_TOTAL_RE.match(text, end)
    return m is not None and _SPAN_WORD_RE.search(m.group()) is None and "累" not in m.group()


# a year as the start of a span up to now (2018年至今, 2018年起, 2018年来)
_SPAN_WORD_RE = re.compile(r"至今|迄今|以来|起|来|至|到")


# 「年内报送备案率均达到100%」: a result of the whole year, stated as reached
_YEAR_RESULT_RE = re.compile(r"(?:年内|全年|年度内)[^，,；;。]{0,30}?(?:达到|实现|保持|为)")


def _year_result(bq: BlockQuantities, sentence: int, window: str) -> bool:
    """Does the sentence state a rate the year reached (年内…率均达到100%)?"""
    return _YEAR_RESULT_RE.search(window) is not None and any(
        q.sentence == sentence and q.unit in ("%", "％") for q in bq.quantities
    )


def _enclosed(text: str, pos: int) -> bool:
    """Is ``pos`` inside 《》, quotes or brackets (a title, a quoted name, a note)?"""
    for open_, close in (("《", "》"), ("“", "”"), ("（", "）"), ("(", ")")):
        o = text.rfind(open_, max(0, pos - _LOOK_BACK), pos)
        if o >= 0 and text.rfind(close, o, pos) < 0:
            return True
    return False


def work_year(title: str | None, year: int | None, lex: Lexicon | None = None) -> int | None:
    """The year whose work a report reports, from the year its title names.

    A 法治政府建设年度报告 is named for the year it reports on; a report named for the year
    it is delivered in (「2025年政府工作报告」 reviews 2024 and plans 2025: numbers.toml
    ``years.delivered``) reports on the year before."""
    if year is None or not title:
        return year
    data = (lex or load_lexicon()).data.get("years", {})
    # the title names the genre itself (not 「…政府工作报告落实情况的报告」); a dated
    # subtitle in brackets or after a dash is left out
    name = _SUBTITLE_RE.sub("", title).strip(" 　")
    if name.endswith(tuple(data.get("delivered", []))) and not any(
        w in name for w in data.get("not-delivered", [])
    ):
        return year - 1
    return year


_SUBTITLE_RE = re.compile(r"(?:[（(][^（）()]*[）)]|——.*)\s*$")


def next_year_heading(title: str, report_year: int) -> bool:
    """Does a heading name the next year and not the report year (「2025年主要任务」 in a
    report on 2024): the plan, whatever its words."""
    years = {int(y) for y in re.findall(rf"({YEAR_ASCII})\s*年", title)}
    return report_year + 1 in years and report_year not in years


def _is_reference(text: str, pos: int) -> bool:
    before = text[max(0, pos - 2) : pos]
    return any(before.endswith(w) for w in ("较", "比", "与", "到", "至", "《", "（", "("))


_RANGE_RE = re.compile(rf"({YEAR_ASCII})\s*年?\s*(?:[—\-－–~～]+|至|到)\s*({YEAR_ASCII})\s*年")


def _sure_until(paragraphs: Sequence[BlockQuantities], report_year: int) -> int:
    """The latest year a later date may be an error for: none (0) when the report year is
    never stated on its own (outside 《》, quotes, brackets and ranges); none after the next
    year when a range of years outside a title reaches past the report year (a report on
    several years, 「2021年至2023年，全区累计…」); else any."""
    anchored = False
    until = 9999
    for bq in paragraphs:
        if not anchored:
            anchored = any(
                y.year == report_year
                and y.kind in ("year", "date")
                and not _enclosed(bq.text, y.start)
                and not re.match(r"\s*年?\s*(?:[—\-－–~～]|至|到)", bq.text[y.end : y.end + 3])
                and not (y.start > 0 and bq.text[y.start - 1] in "—-－–~～至到")
                for y in bq.years
            )
        if "年" in bq.text:
            for m in _RANGE_RE.finditer(bq.text):
                if int(m.group(2)) > report_year and not _enclosed(bq.text, m.start()):
                    until = report_year + 1  # 「2021年至2023年，全区累计…」
    return until if anchored else 0


@lru_cache(maxsize=4)
def _bound_done_re(lex: Lexicon) -> re.Pattern[str]:
    """A date's tail saying things were concluded before it (「前结案归档」「以前已办结的」): 前
    and an outcome stage word of numbers.toml ``funnel.outcome``."""
    words = "|".join(map(re.escape, sorted(lex.data["funnel"]["outcome"], key=len, reverse=True)))
    return re.compile(
        rf"(?:年?(?:底|末))?(?:前|之前|以前)(?:已经?|均已)?(?:{words})(?P<de>[\u4e00-\u9fff]{{0,4}}?的)?"
    )


def _bounds_done(text: str, end: int, lead: str) -> bool:
    """Does the date at ``end`` bound things concluded before it that the clause acts on — a
    noun the concluded phrase qualifies (「…前办结的案件」), or the object of a 对 in the
    date's clause (「对全县…前结案归档法律援助案件进行评查」)? Not a deadline to conclude by
    (「确保…前办结」: no noun follows, no 对 leads)."""
    m = _bound_done_re(load_lexicon()).match(text, end)
    if m is None:
        return False
    return m.group("de") is not None or re.search(r"对[\u4e00-\u9fff]{0,8}$", lead) is not None


def _certain_later(
    bq: BlockQuantities, y: YearMention, lead: str, report_year: int, s_start: int, s_end: int
) -> Severity:
    """An error when the date is a whole year two or more years after the report year that
    opens a statement of counted work (「2024年，我局共开展检查76次」 in a report on 2022):
    no reading makes it the year's work or a plan; a warning otherwise."""
    certain = (
        y.kind == "year"
        and y.year >= report_year + 2
        and (lead in ("", "在", "于") or _SUBJECT_RE.fullmatch(lead) is not None)
        and _STATEMENT_TAIL_RE.match(bq.text[y.end : y.end + 4]) is not None
        and bq.sentence_of(y.start) in _counted_sentences(bq)
        # (a plan named as what the counted work followed, 「围绕…目标」, plans nothing)
        and not _plans(
            bq.text,
            max(s_start, y.start - _LOOK_BACK),
            min(s_end, y.start + _LOOK_BACK),
            followed=True,
        )
        and not _NEXT_STEP_RE.search(_window(bq.text, s_start, s_end, y.start))
    )
    return Severity.ERROR if certain else Severity.WARNING


def _year_rel(
    y: YearMention, bq: BlockQuantities, message: str, severity: Severity = Severity.WARNING
) -> Relation:
    return Relation(
        "year",
        Verdict.CONTRADICTION,
        bq.block,
        (y.start, y.end),
        (Span(bq.block, y.start, y.end),),
        code="N301",
        severity=severity,
        message=message,
        suggestion="核对年份是否写错或沿用了往年材料",
    )


def classify_sections(
    blocks: Sequence[Block],
    profile_sections: dict[str, Any] | None,
    report_year: int | None = None,
) -> list[SectionRange]:
    """Fallback section finder: top-level headings 「一、…」 classified by profile keywords."""
    heads: list[tuple[int, str]] = []
    for b in blocks:
        if b.kind is not BlockKind.PARAGRAPH:
            continue
        if re.match(r"^\s*[一二三四五六七八九十]+\s*、", b.text) and len(b.text) <= 40:
            heads.append((b.index, b.text))
    out: list[SectionRange] = []
    last = (blocks[-1].index + 1) if blocks else 0
    for i, (start, title) in enumerate(heads):
        end = heads[i + 1][0] if i + 1 < len(heads) else last
        out.append(SectionRange(role_of(title, profile_sections, report_year), start, end, title))
    return out


def role_of(
    title: str, profile_sections: dict[str, Any] | None, report_year: int | None = None
) -> str:
    """The required content (C1…C5) a top-level heading names, by the profile's keywords.

    In a report on year Y a heading naming Y+1 (and not Y) is the plan, unless it names
    problems or the first-responsible-person duty (a higher priority)."""
    if not profile_sections:
        return ""
    best, best_priority = "", -1
    if report_year is not None and next_year_heading(title, report_year):
        best = next(
            (
                k
                for k, v in profile_sections.items()
                if isinstance(v, dict) and v.get("year") == "next"
            ),
            "",
        )
        if best:
            best_priority = int(profile_sections[best].get("priority", 0))
    for role, spec in profile_sections.items():
        if not isinstance(spec, dict):
            continue
        if any(re.search(p, title) for p in spec.get("exclude", [])):
            continue
        if any(re.search(p, title) for p in spec.get("keywords", [])):
            priority = int(spec.get("priority", 0))
            if priority > best_priority:
                best, best_priority = role, priority
    return best
