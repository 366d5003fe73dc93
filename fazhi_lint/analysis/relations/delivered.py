"""A work report delivered before the end of the year it reviews (N304).

Session 36 (s36-time). A report to a congress carries the day it was delivered under its title
(「——2023年1月17日在上海市嘉定区第七届人民代表大会第四次会议上」, 「工作报告——2022年1月14日在…
会议上。」, 「——二〇二〇年一月十九日在…会议上」); the year it reviews opens the text after it, as a
heading (「2023年主要工作」「一、2025年工作回顾」「2022年全省法院工作：」) or as the opening of the
first paragraph (「2014年，全省法院…新收各类案件113.8万件」). A year's results need the year
over: a review of a year not yet begun on the day (「2025年工作回顾」 on 2024年12月24日), or of
the day's own year delivered before its last quarter with figures stated as done (「全年共受理
…」 on 2023年1月17日), cannot be. An error then; a warning when the day is in the third quarter,
the figures are estimates (预计: a review of the year delivered on 2018年1月3日) or the review
heading has no figure under it. Silent: the year before the day's (the usual report), a day in
the last quarter (a new congress meets in October and reviews its year with 预计数; a report on
12月31日 may give 全年), a plan (安排, 目标, 任务…), a year counted so far (以来).

Cases: real70 LH052, LH054, LH058, LH060, LH062, LH064, LH066, LH068 (eight pages), real71
LI083, LI086, real72 LJ053, real53 KO041; silent twins LH053–LH067, LI082, LI085, LJ052 and
the trap KO042 (October, 预计数).

Session 36 round 2 (s36-time3): a heading that names the year its section reviews, right above
a paragraph that opens by reviewing a year as a whole, 「Y年，在…领导下，」
(:func:`headed_year_relations`): 「2024年主要
工作」 over 「2025年，在市委正确领导…下，…一年来，全市法院受理各类案件128497件」, 「一、2017年推进
法治政府建设的主要举措和成效」 over 「2018年,在省政府和淮安市委的正确领导下,…」. Both name the
one year of the same review; two different years cannot both be it — an error (which one is
wrong the text does not say). Silent: an opening with last year's figures under this
year's heading (「2022年，全区巡查河道2860公里」: a comparison's base — twenty read-set pages), a plan heading or a plan paragraph (安排, 将, 力争…), a
heading over a span (五年, 以来, 2018—2022年), a paragraph not right under its heading. Cases:
real71 LI084, own25 TAV038, own22 ANY109; silent twins LI085, TAV037, real53 KO042/KO043's
「2021年工作回顾及过去五年主要成就」 over 「2021年,我们…」.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from ...grammar import YEAR_ASCII
from ...model import Severity, Span
from ..cn_numbers import NumeralError, cn_to_decimal
from ..quantities import BlockQuantities
from .common import Relation, Verdict
from .dates import _month_days

_SECTION_HEAD_LEN = 40  # characters a section's heading may have
_HEAD = 4  # first paragraphs the day of delivery is looked for in
_AFTER = 4  # paragraphs after it the reviewed year is looked for in
_CN_DIGITS = "〇○零一二三四五六七八九"

# the day of delivery: under a title (a dash, or the title's 报告 right before) or opening its
# line, then 在…会议上 / 大会上
_DELIVERED_RE = re.compile(
    r"(?:^|(?<=报告))\s*[—－\-─]{0,2}\s*"
    rf"(?P<y>{YEAR_ASCII}|[{_CN_DIGITS}]{{4}})\s*年\s*"
    r"(?P<m>[0-9]{1,2}|十[一二]?|[一二三四五六七八九])\s*月\s*"
    r"(?P<d>[0-9]{1,2}|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*日\s*"
    r"在[^。\n]{0,40}?(?:会议|大会)上"
)
# the year reviewed: a heading (a short line, or a label before ：) or a paragraph's opening
_REVIEW_HEAD_RE = re.compile(
    r"\s*(?:[一二三四五六七八九十]{1,2}\s*[、.．]\s*)?"
    rf"(?P<y>{YEAR_ASCII})\s*年度?(?P<rest>[^，,。；;：:\n0-9]{{0,14}}?)\s*(?:[：:]|$)"
)
_REVIEW_OPEN_RE = re.compile(rf"\s*(?P<y>{YEAR_ASCII})\s*年\s*[，,]")
# a section's heading naming the one year it reviews, its words after the year longer than a
# review heading's under a delivery day (「一、2017年推进法治政府建设的主要举措和成效」)
_SECTION_YEAR_RE = re.compile(
    r"\s*(?:[一二三四五六七八九十]{1,2}\s*[、.．]\s*)?"
    rf"(?P<y>{YEAR_ASCII})\s*年度?(?P<rest>[^，,。；;：:\n0-9]{{0,24}}?)\s*[：:]?\s*$"
)
_REVIEW_WORD_RE = re.compile(r"回顾|主要工作|工作情况|工作总结|工作成效|工作$")
_SECTION_WORD_RE = re.compile(rf"{_REVIEW_WORD_RE.pattern}|成效")
# the opening that reviews the year as a whole (「2025年，在市委正确领导…下，」「2018年,市政府在
# 省委的坚强领导下,」): no background of last year's figures (「2022年，全区巡查河道2860公里」
# under the year's heading is the base of a comparison)
_LED_RE = re.compile(r"\s*[\u4e00-\u9fff]{0,12}?在[^。；;]{0,80}?(?:领导|指导|监督|支持)下\s*[，,]")
_PLAN_WORD_RE = re.compile(r"安排|目标|任务|计划|思路|打算|建议|意见|要点|展望|部署|重点")
# a sentence whose figures are estimates or a plan
_ESTIMATE_RE = re.compile(r"预计|预期|预测|估计|左右|将(?!近)|拟|力争|计划|目标|确保|争取")
# a sentence whose figures are stated as done (a count, a year's total, a comparison)
_DONE_RE = re.compile(
    r"全年|共|累计|合计|已|同比|比上年|较上年|上升|受理|审结|办结|结案|新收|批捕|批准逮捕|起诉|办理"
)
# a sentence counted over another span than the whole year (以来, a part, a cut-off)
_OTHER_SPAN_RE = re.compile(
    r"以来|截[至止]|季度|半年|[0-9一二三四五六七八九十]\s*月|年来|年间|五年"
)
_OTHER_YEAR_RE = re.compile(rf"(?<![0-9])({YEAR_ASCII})\s*年")


def _cn_int(raw: str) -> int | None:
    if raw.isdigit():
        return int(raw)
    if len(raw) == 4 and all(c in _CN_DIGITS for c in raw):
        return int("".join(str(max(0, _CN_DIGITS.index(c) - 2)) for c in raw))
    try:
        return int(cn_to_decimal(raw))
    except (NumeralError, ValueError):
        return None


def _delivered(
    extracted: Sequence[BlockQuantities],
) -> tuple[int, re.Match[str], tuple[int, int, int]] | None:
    for i, bq in enumerate(extracted[:_HEAD]):
        text = bq.text
        if "日" not in text or "在" not in text or "上" not in text:
            continue
        m = _DELIVERED_RE.search(text)
        if m is None:
            continue
        y, mo, d = _cn_int(m.group("y")), _cn_int(m.group("m")), _cn_int(m.group("d"))
        if y is None or mo is None or d is None:
            return None
        if not 1 <= mo <= 12 or not 1 <= d <= _month_days(y, mo):
            return None
        return i, m, (y, mo, d)
    return None


def _reviewed(
    extracted: Sequence[BlockQuantities], at: int, start: int
) -> tuple[int, int, int, bool] | None:
    """The year the text after the day of delivery opens by reviewing: (paragraph and offset
    where its body starts, the year, named by a review heading)."""
    for k in range(at, min(len(extracted), at + 1 + _AFTER)):
        text = extracted[k].text
        pos = start if k == at else 0
        while pos < len(text):
            ends = [e for e in (text.find("。", pos), text.find("\n", pos)) if e >= 0]
            seg_end = min(ends) if ends else len(text)
            h = _REVIEW_HEAD_RE.match(text, pos, seg_end)
            if h is not None and (h.end() == seg_end or text[h.end() - 1] in "：:"):
                rest = h.group("rest").strip()
                if _PLAN_WORD_RE.search(rest) or _REVIEW_WORD_RE.search(rest) is None:
                    return None  # (a plan's heading, or another heading)
                if h.end() < len(text.rstrip()):
                    return k, h.end(), int(h.group("y")), "回顾" in rest
                return k + 1, 0, int(h.group("y")), "回顾" in rest
            o = _REVIEW_OPEN_RE.match(text, pos, seg_end)
            if o is not None:
                return k, o.start("y"), int(o.group("y")), False
            seg = text[pos:seg_end].strip(" \u3000")
            if any(c.isdigit() for c in seg) or len(seg) > 40:
                return None  # (other text first: no review opening the report)
            pos = seg_end + 1
    return None


def _figures(
    extracted: Sequence[BlockQuantities], at: int, offset: int, year: int
) -> tuple[BlockQuantities, int, int, bool] | None:
    """The first figure of the review's body (from ``offset`` of its paragraph, and the next
    paragraph), with whether its sentence states it as done (not an estimate); none after a
    sentence naming another year; digits only (「十八届人大」 is no result)."""
    estimate: tuple[BlockQuantities, int, int, bool] | None = None
    for n, bq in enumerate(extracted[at : at + 2]):
        text = bq.text
        for q in bq.quantities:
            if (n == 0 and q.start < offset) or q.kind == "bare" or q.quoted or q.chinese:
                continue
            s0, s1 = bq.sentence_span(bq.sentence_of(q.start))
            if any(int(y.group(1)) != year for y in _OTHER_YEAR_RE.finditer(text, s0, s1)):
                return estimate
            sentence = text[s0:s1]
            if _OTHER_SPAN_RE.search(sentence):
                continue
            if _ESTIMATE_RE.search(sentence):
                estimate = estimate or (bq, q.start, q.end, False)
                continue
            if _DONE_RE.search(sentence):
                return bq, q.start, q.end, True
    return estimate


def delivered_relations(extracted: Sequence[BlockQuantities]) -> list[Relation]:
    """A review of a year not over on the day the report was delivered (module doc)."""
    found = _delivered(extracted)
    if found is None:
        return []
    at, line, day = found
    review = _reviewed(extracted, at, line.end())
    if review is None:
        return []
    body_at, offset, year, headed = review
    if year < day[0] or (year == day[0] and day[1] >= 10):
        return []
    figure = _figures(extracted, body_at, offset, year)
    if figure is None and not headed:
        return []
    y, mo, d = day
    said = f"报告所署的日期为{y}年{mo}月{d}日"
    if year > y:
        why = f"{said}，那时{year}年还没有开始，不能回顾{year}年的工作"
        severity = Severity.ERROR if figure is not None or headed else Severity.WARNING
    else:
        why = (
            f"{said}，那时{year}年还没有结束（到{year}年12月31日），不能已有{year}年全年的工作结果"
        )
        done = figure is not None and figure[3]
        severity = Severity.ERROR if done and mo <= 6 else Severity.WARNING
    bq = extracted[at]
    spans = [Span(bq.block, line.start("y"), line.end("d") + 1)]
    where, start, end = bq, line.start("y"), line.end("d") + 1
    if figure is not None:
        where, start, end = figure[0], figure[1], figure[2]
        shown = figure[0].text[start:end]
        why += f"：文中“{shown}”" + ("是按全年给出的完成数" if figure[3] else "是全年的预计数")
        spans.insert(0, Span(where.block, start, end))
    return [
        Relation(
            "date",
            Verdict.CONTRADICTION,
            where.block,
            (start, end),
            tuple(spans),
            code="N304",
            severity=severity,
            message=why,
            suggestion="核对报告日期或所回顾的年份",
        )
    ]


def headed_year_relations(extracted: Sequence[BlockQuantities]) -> list[Relation]:
    """A review heading's year against the year the paragraph right under it opens with (N301,
    module doc)."""
    out: list[Relation] = []
    for head, body in pairwise(extracted):
        text = head.text
        if len(text) > _SECTION_HEAD_LEN or "年" not in text:
            continue
        h = _SECTION_YEAR_RE.match(text)
        if h is None:
            continue
        rest = h.group("rest")
        if (
            _SECTION_WORD_RE.search(rest) is None
            or _PLAN_WORD_RE.search(rest)
            or _OTHER_SPAN_RE.search(rest)
            or "年" in rest
        ):
            continue
        o = _REVIEW_OPEN_RE.match(body.text)
        if o is None or o.group("y") == h.group("y") or not _LED_RE.match(body.text, o.end()):
            continue
        if _ESTIMATE_RE.search(body.text):
            continue  # (a plan, or a year's estimates: 「2024年，我们将…」)
        hy, by = h.group("y"), o.group("y")
        out.append(
            Relation(
                "date",
                Verdict.CONTRADICTION,
                body.block,
                (o.start("y"), o.end("y") + 1),
                (
                    Span(body.block, o.start("y"), o.end("y") + 1),
                    Span(head.block, h.start("y"), h.end("y") + 1),
                ),
                code="N301",
                severity=Severity.ERROR,
                message=(
                    f"标题“{text.strip()}”写的是{hy}年，其下段落却以“{by}年，”开头回顾"
                    f"{by}年的工作：同一部分回顾的年份前后不一，其中必有一处有误"
                ),
                suggestion="核对标题与正文所回顾的年份",
            )
        )
    return out
