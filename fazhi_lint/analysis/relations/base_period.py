"""A comparison whose base is not before the figure it compares (N304).

「我省今年粮食总产量1573.54亿斤，……比2022年1508.2亿斤增加65.34亿斤」 in a report on 2021,
「2021年末全省常住人口8505.4万人，比2022年末增加28.1万人」, 「二季度全县地区生产总值…，较三季度
（-10.8%）回升2.1个百分点」: a change is measured from an earlier period, so a base (比/较 a period,
then within its clause a verb of change: 增加, 下降, 回升, 持平…) dated after the figure's period
cannot be right; nor can a base that is the figure's own period (「2022年末…，分别是2022年的8.4
倍」, 「与2022年决算数持平」 in a report on 2022's 决算): a year compared with itself. A base that
is a later part of the figure's own year (「比2018年下半年增长」 for a figure of 2018) is one too.

The figure's period is the last period named before the base in its sentence (a year, 今年/本年
as the report year, a quarter or a half, with its year or the report year's), not itself a base
(after 比/较/与/是) nor inside 《》 or quotes; with none in the sentence, the last one named
before in the paragraph, and with none there, the report year. A period starting a run (以来,
起, 至) or ending one, a date with its month or day, and 年初 leave the figure's period open: no
reading. Plans (将, 力争, 预计, 目标…) compare targets and are left alone.

An error when the figure's period is named in the base's own sentence and the base is a later
year or the same whole year; a warning otherwise (the period was inferred from the paragraph or
the report year: the message names the period it assumed).
Gate: a lead of a base (比/较/与/是…) right before a year the extraction found, or before a
quarter or a half (a pattern searched only when 季度 or 半年 is in the paragraph); then one
pass over the paragraph's periods (linear).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ...model import Severity, Span
from ..quantities import BlockQuantities, depth_at
from .common import Relation, Verdict

_Q = "一二三四"
# a period: a year and what narrows it, or a relative year, or a quarter or a half alone
_PERIOD_RE = re.compile(
    # a date or a month range (2022年6月, 2022年1-6月): the period is then open
    r"(?<![0-9])(?P<dated>(?:19|20)[0-9]{2}\s*年\s*[0-9０-９一二三四五六七八九十]{1,2}\s*"
    r"(?:[月日]|[-－—~～至到]))"
    r"|(?<![0-9])(?P<y>(?:19|20)[0-9]{2})\s*年"
    r"(?P<suf>度|末|底|全年|同期|上半年|下半年|前三季度|第?[一二三四1-4]季度|初)?"
    r"|(?P<rel>今年|本年度?|当年|去年|上年度?|全年)"
    r"(?P<rsuf>末|底|全年|同期|上半年|下半年|前三季度|第?[一二三四1-4]季度|初)?"
    r"|(?<![0-9年])(?P<part>上半年|下半年|第?[一二三四]季度)"
)
# a base that names a plan or a budget of the year, not its outcome (「较2023年预算数增加」)
_NOT_OUTCOME_RE = re.compile(r"^\s*(?:年初)?(?:预算|預算|计划|計劃|目标|目標|任务|任務|调整|調整)")
# a lead of a base right before a quarter or a half (years are looked up by their start)
_GATE_RE = re.compile(r"[比较較与與同是为為于於]\s*(?:第?[一二三四]季度|[上下]半年)")
_LEADS = "比较較与與同是为為于於"
# what makes a period the base of a comparison, right before it
_BASE_LEAD_RE = re.compile(r"(?:比|较|較|与|與|同|是|为|為|相当于|相當於)\s*$")
# words that end in 比/较 without comparing (评比, 对比 is a comparison: kept)
_NOT_LEAD_RE = re.compile(r"(?:评比|評比|类比|類比|排比|占比|佔比|比较|比較)\s*$")
# after a 比/较 base, in its clause: the verb of change
_CHANGE_RE = re.compile(
    r"增加|增长|增長|增多|减少|減少|下降|上升|提高|提升|降低|回升|回落|回暖|放缓|收窄|扩大|擴大"
    r"|持平|多|少|高|低|翻|缩小|縮小|增|减|減|降|升"
)
# after a 与/同 base: the same level (与…相比 is a frame, not a base of the figure before it)
_LEVEL_RE = re.compile(r"^\s*(?:[\u4e00-\u9fff]{0,4})(?:基本)?(?:持平|相当|相當|一致)")
# after a 是/为 base: a multiple (「分别是2022年的8.4倍、7.5倍」)
_MULTIPLE_RE = re.compile(r"^的\s*[0-9０-９.]+\s*倍")
_CLAUSE_END = "，,；;。！？!?"
_SENTENCE_END = "。！？!?；;\n"
_PLAN_RE = re.compile(r"将|力争|预计|預計|目标|目標|争取|爭取|计划|計劃|预期|預期|拟|擬|确保|確保")
# 「与…相比」「同…比较」: a frame naming the base of what follows, not a figure's period
_FRAME_RE = re.compile(r"^[^，,；;。]{0,12}?(?:相比|相比较|比较|比較|对比|對比)")
# a period that starts or ends a run, or a date: the figure's period is then open
_RUN_AFTER_RE = re.compile(r"^\s*(?:以来|以來|起|开始|開始|至|到|—|－|-|~|～|前|后|後|以前)")
_COUNTS = ("count", "money", "measure", "time", "bare")  # figures a base compares (not rates)
_QUOTES = (("《", "》"), ("“", "”"))
_RELATIVE = ("今年", "本年", "当年", "去年", "上年", "全年")
_WHOLE_SUFFIXES = ("", "度", "末", "底", "全年")


@dataclass(frozen=True)
class _Period:
    """A period named in the text: where, its year, which part of it, and how it is used."""

    start: int
    end: int
    year: int
    part: int  # 0 the whole year (or its end); 1–4 a quarter; 5 the first half; 6 the second
    same_period: bool  # 同期: the same part of another year
    opening: bool  # 年初, a date or a month range: the figure's period is open
    base: bool  # after 比/较/与/是: a comparison's base
    named_year: bool  # the year is written (2022年…), not the report year's by default


def _part(suffix: str) -> int:
    if suffix in _WHOLE_SUFFIXES or suffix in ("同期", "初"):
        return 0
    if suffix == "上半年":
        return 5
    if suffix == "下半年":
        return 6
    if suffix == "前三季度":
        return 7
    digit = suffix.strip("第季度")
    return (_Q.find(digit) + 1) if digit in _Q else int(digit)


def _months(part: int) -> tuple[int, int]:
    """The first and last month of a part of a year."""
    if 1 <= part <= 4:
        return 3 * part - 2, 3 * part
    return {5: (1, 6), 6: (7, 12), 7: (1, 9)}.get(part, (1, 12))


def _periods(text: str, report_year: int) -> list[_Period]:
    out: list[_Period] = []
    for m in _PERIOD_RE.finditer(text):
        if m.group("dated"):
            year, suffix = int(m.group("dated")[:4]), "初"
        elif m.group("y"):
            year, suffix = int(m.group("y")), m.group("suf") or ""
        elif m.group("rel"):
            rel = m.group("rel")
            year = report_year - 1 if rel.startswith(("去", "上")) else report_year
            suffix = m.group("rsuf") or ""
        else:
            year, suffix = report_year, m.group("part")
        lead = text[max(0, m.start() - 4) : m.start()]
        base = _BASE_LEAD_RE.search(lead) is not None and _NOT_LEAD_RE.search(lead) is None
        out.append(
            _Period(
                m.start(),
                m.end(),
                year,
                _part(suffix),
                suffix == "同期",
                suffix == "初",
                base,
                m.group("part") is None,
            )
        )
    return out


def _quoted(text: str, pos: int) -> bool:
    """Is ``pos`` inside 《》 or “”?"""
    return any(text.rfind(o, 0, pos) > text.rfind(c, 0, pos) for o, c in _QUOTES if o in text)


def _sentence_start(text: str, pos: int) -> int:
    return max(text.rfind(ch, 0, pos) for ch in _SENTENCE_END) + 1


def _clause_end(text: str, pos: int) -> int:
    ends = [i for i in (text.find(ch, pos) for ch in _CLAUSE_END) if i >= 0]
    return min(ends) if ends else len(text)


def _compares(text: str, p: _Period) -> bool:
    """Is the base ``p`` the base of a change, a level or a multiple of the figure before it?"""
    lead = text[max(0, p.start - 4) : p.start].rstrip()
    after = text[p.end : _clause_end(text, p.end)]
    if _NOT_OUTCOME_RE.match(after):
        return False
    if lead.endswith(("比", "较", "較")):
        # (a base with its own figure or a bracket between: 「比2022年1508.2亿斤增加」)
        return _CHANGE_RE.search(after) is not None and not after.startswith(("相比", "比较"))
    if lead.endswith(("与", "與", "同")):
        return _LEVEL_RE.match(after) is not None
    return _MULTIPLE_RE.match(after) is not None


def _may_compare(bq: BlockQuantities) -> bool:
    """Does a lead of a base (比, 较, 与, 是…) stand right before a year the extraction found,
    or before a quarter or a half? The cheap test before any pattern pass."""
    text = bq.text
    for y in bq.years:
        i = y.start - 1
        while i >= 0 and text[i] in " \u3000":
            i -= 1
        if i >= 0 and text[i] in _LEADS:
            return True
    return ("季度" in text or "半年" in text) and _GATE_RE.search(text) is not None


def base_period_relations(
    paragraphs: Sequence[BlockQuantities], report_year: int | None
) -> list[Relation]:
    """Comparisons whose base is the figure's own period or a later one (see the module)."""
    if report_year is None:
        return []
    out: list[Relation] = []
    for bq in paragraphs:
        text = bq.text
        if not _may_compare(bq):
            continue
        periods = _periods(text, report_year)
        if not any(p.base for p in periods):
            continue
        opens, closes = bq.brackets()
        # the periods named that are not a base, with their bracket depth and whether they
        # start or end a run (no reading then)
        figures: list[tuple[_Period, int, bool]] = []
        for p in periods:
            if _quoted(text, p.start):
                continue
            depth = depth_at(opens, closes, p.start)
            if not p.base:
                if _FRAME_RE.match(text, p.end):
                    continue  # (「与实施改革前的2022年相比」: a base named in a frame)
                run = p.opening or _RUN_AFTER_RE.match(text[p.end : p.end + 3]) is not None
                figures.append((p, depth, run))
                continue
            # the figure's period: the last one named before at the base's depth or outside
            # it (「（其中当年收到3件，上年转结1件），较2020年增加」: not the bracket's 上年)
            found = next(((f, r) for f, d, r in reversed(figures) if d <= depth), None)
            figure = found[0] if found else None
            figure_open = found[1] if found else False
            if p.opening or not _compares(text, p) or text.startswith(_RELATIVE, p.start):
                continue  # (a relative base, 比上年, is relative to the figure, not the report)
            if not p.named_year and (figure is None or not figure.part):
                continue  # (「较三季度」 against a quarter or a half named before it only)
            s_start = _sentence_start(text, p.start)
            if _PLAN_RE.search(text, s_start, _clause_end(text, p.end)):
                continue
            if figure is not None and figure_open:
                continue
            rel = _judge(bq, p, figure, s_start, report_year)
            if rel is not None:
                out.append(rel)
    return out


def _name(text: str, p: _Period | None, report_year: int) -> str:
    if p is None:
        return f"报告年度{report_year}年"
    shown = text[p.start : p.end]
    if text.startswith(_RELATIVE, p.start):
        shown += f"（{p.year}年）"
    return shown


def _figure_before(bq: BlockQuantities, s_start: int, pos: int) -> str:
    """The last figure stated before ``pos`` in its sentence (the one compared), or ""."""
    shown = ""
    for q in bq.quantities:
        if q.num_start >= pos:
            break
        if q.num_start >= s_start and q.kind in _COUNTS and not q.change:
            shown = bq.text[q.num_start : q.end]
    return shown


def _judge(
    bq: BlockQuantities, base: _Period, figure: _Period | None, s_start: int, report_year: int
) -> Relation | None:
    text = bq.text
    f_year = figure.year if figure is not None else report_year
    f_part = figure.part if figure is not None else 0
    if figure is not None and figure.same_period:
        return None  # (「去年同期…比2022年」: no reading of the figure's own period)
    stated = figure is not None and figure.start >= s_start
    shown_base = text[base.start : base.end]
    shown_figure = _name(text, figure, report_year)
    _, f_last = _months(f_part)
    b_first, _ = _months(base.part)
    why = ""
    severity = Severity.WARNING
    b_year = base.year if base.named_year else f_year  # (「较三季度」: the figure's year)
    if b_year > f_year:
        why = f"基期{shown_base}晚于{shown_figure}"
        severity = Severity.ERROR if stated else Severity.WARNING
    elif b_year == f_year:
        if base.same_period or (base.part == 0 and f_part == 0):
            why = f"基期{shown_base}就是{shown_figure}本身，数字不能与自身比较"
            severity = Severity.ERROR if stated else Severity.WARNING
        elif base.part and b_first > f_last:
            why = f"基期{shown_base}在{shown_figure}之后"
            severity = (
                Severity.ERROR
                if stated and figure is not None and figure.part
                else (Severity.WARNING)
            )
        elif base.part and f_part == 0 and figure is None:
            why = f"基期{shown_base}是{shown_figure}中的一段，不在其前"
        else:
            return None
    else:
        return None
    number = _figure_before(bq, s_start, base.start)
    head = f"{shown_figure}的{number}" if number else shown_figure
    why = f"{head}与{shown_base}比较，{why}"
    if not stated:
        why += (
            "（本句未写所比数字的时期，按"
            + ("本段前文" if figure is not None else "报告年度")
            + "推定）"
        )
    involved = [Span(bq.block, base.start, base.end)]
    if figure is not None:
        involved.insert(0, Span(bq.block, figure.start, figure.end))
    return Relation(
        "date",
        Verdict.CONTRADICTION,
        bq.block,
        (base.start, base.end),
        tuple(involved),
        code="N304",
        severity=severity,
        message=f"{why}；同比、环比的基期应早于所比的时期",
        suggestion=f"核对{shown_base}是否应为更早的年份或时期",
    )
