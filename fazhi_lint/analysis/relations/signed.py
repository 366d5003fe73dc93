"""The dates a report gives itself, against the year it reports on and against each other.

A report's own dates are its signature (a paragraph of a date alone among its last paragraphs,
「2024年3月18日」, or a date closing its last sentence after the body's name, 「…自觉接受社会
监督。 宁波市司法局 2024年3月 18日」) and the dates its page's header labels (「发布日期：
2024-03-26」「成文日期」「公文生成日期」「印发日期」, 「时间：」 opening a paragraph):

* N301 — a report on a whole year dated before that year's last month (「现将2023年度…情况
  进行公示」 signed 「2023年3月1日」; the harness title 「…2023年法治政府建设情况报告」 names the
  report's year): what it reports on had not yet happened. December is left alone (year-end
  summaries are written then), so are documents whose title names a plan (numbers.toml
  ``years.plan-titles``: 要点, 计划, 方案…).
* N304 — a header publishing the report before it was written (「成文日期：2026-02-22 发布日期：
  2026-02-10」), or before the date it is signed with (「发布日期 | 2025-06-30」 over a signature
  「2025年7月13日」).

Session 33 (s33-time): the year, its subject and a total in one clause (「2024年福清市法律援助
中心共接收…」, no 月, 季度, 半年 or 以来 between) reports the whole year as 「2024年，…」 does
(``_WHOLE_YEAR``): real26 QW081 found (signed 2024年3月18日); no consistent case of any read set
warned (the mid-year signatures of own20 TRA09, TRA11 and own24 FLX24 name no such total).

Session 37 (s37-time): a letter's sign-off inside the paragraph that sends the report (「现将
我厅2025年…年度报告函报贵厅。福建省司法厅，2025年1月30日。」: the body's name ending in an
organ's noun, a comma, the date, the sentence's end) is a signature (``_SIGNOFF_RE``): real73
LK121 found, its consistent twin LK120 (signed 2026年1月30日) silent.

Both warnings. A signature states no fact, so :func:`own_date_spans` lets the years' rule leave
it alone (a notice may well be signed in April after its year). One pass over the first and
last paragraphs: linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ...grammar import YEAR_ASCII
from ...model import BlockKind, Document, Severity, Span
from ..quantities import Lexicon, fold_variants
from .common import Relation, Verdict

# the last day of the report's stated statistics period, read when asked (years.py reads it)
PeriodEnd = Callable[[], "tuple[int, int, int] | None"]

# 「2024年3月18日」「2024-03-18」「2024/3/18」「2024.3.18」 (a CJK date or an ISO-like one)
_DATE = (
    rf"(?P<y>{YEAR_ASCII})\s*(?:年\s*(?P<m1>[0-9]{{1,2}})\s*月\s*(?P<d1>[0-9]{{1,2}})\s*日"
    r"|[-/.](?P<m2>[0-9]{1,2})[-/.](?P<d2>[0-9]{1,2})(?![0-9]))"
)
# a header's label of the page's own date (not 「统计时间」, a period, nor a deadline)
_HEADER_RE = re.compile(
    r"(?P<label>(?:公文生成|成文|印发|发文|发布|公开|生成)(?:日期|时间)|^\s*时间)"
    rf"\s*[\]】|｜]?\s*[:：]?\s*{_DATE}"  # (「成文日期 | 2025-06-13」: a table's cell)
)
# a paragraph that is the signature: a date alone, maybe after the body's name on its line
_ALONE_RE = re.compile(rf"\s*(?:[\u4e00-\u9fff（）()]{{0,24}}?\s*)?{_DATE}\s*")
# a line under the title that dates the report: a date alone, maybe in brackets (「（2013年1月
# 30日）」) or of a month only (「2013年3月」 under the body's name)
_DATELINE_RE = re.compile(
    rf"\s*[（(]?\s*(?:{_DATE}|(?P<y3>{YEAR_ASCII})\s*年\s*(?P<m3>[0-9]{{1,2}})\s*月)\s*[）)]?\s*"
)
# a signature closing the last sentence: the body's name after a sentence end, a space, a date
_TAIL_RE = re.compile(rf"[。！；]\s*[\u4e00-\u9fff（）()]{{2,24}}\s+{_DATE}\s*$")
# a sign-off sentence inside a paragraph, as a letter sending the report closes: the body's
# name, a comma, the date and the sentence's end (「…函报贵厅。福建省司法厅，2025年1月30日。」)
_SIGNOFF_RE = re.compile(
    r"(?:^|[。！；])\s*[\u4e00-\u9fff（）()]{1,24}?"
    r"(?:厅|局|委员会|委|办公室|政府|法院|检察院|中心|部|署|司)"
    rf"\s*[，,]\s*{_DATE}\s*(?=[。；]|$)"
)
# a title naming a report on a year (not a plan for one)
_REPORT_TITLE_RE = re.compile(r"报告|年报|公示|总结|情况")
# a shorter span the report names in its first paragraphs (「上半年人民调解分析研判报告」「2020年
# 1-4月环境行政处罚案件」): its own dates are judged against the span's last month instead
_SPAN_RE = re.compile(
    r"(?P<half>上半年)|第(?P<q>[一二三1-3])季度"
    r"|(?:1|一)\s*(?:月\s*)?(?:[-－—–~～至到])\s*(?P<m>[0-9]{1,2})\s*月|前(?P<n>[0-9]{1,2})(?:个)?月"
)
_QUARTERS = {"一": 1, "二": 2, "三": 3, "1": 1, "2": 2, "3": 3}
# a body sentence naming the report's year as a whole ({y}: the year): 「2023年度…」, 「2023年，
# …共…」, 「现将2023年…进行公示」, 「2021年1-12月」, 全年 — not the end of a range (2021-2022年度)
_WHOLE_YEAR = (
    r"全年|(?<![0-9\-－—–~～至到]){y}\s*年(?:度|\s*[，,]|\s*1\s*[-－—–至到]\s*12\s*月)"
    r"|(?:现将|现就|特将|兹将)[^。；;]{{0,12}}?{y}\s*年"
    # the year, its subject and a total in one clause (「2024年福清市法律援助中心共接收…」), no
    # part of the year (月, 季度, 上半年) nor a span from it (以来) between
    r"|(?<![0-9\-－—–~～至到]){y}\s*年(?![0-9上下前第初底末])"
    r"(?:(?!季度|月|半年|以来)[^。；;，,]){{0,20}}?(?:共|合计)"
)
_HEAD = 6  # first paragraphs a page header is looked for in
_DATELINE = "文件日期"  # what a date line under the title is called
_TAIL = 4  # last paragraphs a signature is looked for in
_WRITTEN = ("成文", "公文生成", "生成", "印发", "发文")


@dataclass(frozen=True)
class _Para:
    """A paragraph of the body: its block and its text as the quantities read it."""

    block: int
    text: str


def _heading(text: str) -> bool:
    """A title or a heading: short, with no comma nor sentence end."""
    return len(text.strip()) <= 40 and not re.search(r"[。；;，,]", text)


def _date(m: re.Match[str]) -> tuple[int, int, int] | None:
    """(year, month, day) of a date; a month without its day is read as its last day (the
    latest the date may be), (year, month, 31)."""
    if "y3" in m.re.groupindex and m.group("y3"):
        month = int(m.group("m3"))
        return (int(m.group("y3")), month, 31) if 1 <= month <= 12 else None
    month = int(m.group("m1") or m.group("m2"))
    day = int(m.group("d1") or m.group("d2"))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return int(m.group("y")), month, day


def _shown(bq: _Para, m: re.Match[str]) -> str:
    """The words of a date as printed (without a bracket closing its line)."""
    return bq.text[_start(m) : m.end()].strip().rstrip("）)").rstrip()


def _day_named(m: re.Match[str]) -> bool:
    """Does the date name its day (not a month alone, read as its last day)?"""
    return not ("y3" in m.re.groupindex and m.group("y3"))


def _start(m: re.Match[str]) -> int:
    return m.start("y") if _day_named(m) else m.start("y3")


def _paragraphs(document: Document) -> list[tuple[int, str]]:
    """(block, text) of the body's paragraphs with text (unfolded: :func:`_folded` folds the
    few that are read, so a long report costs one pass over its blocks)."""
    return [
        (b.index, b.text)
        for b in document.blocks
        if b.kind is BlockKind.PARAGRAPH and b.text.strip()
    ]


def _folded(paragraphs: Sequence[tuple[int, str]]) -> list[tuple[int, str]]:
    """The paragraphs' text as the quantities read it."""
    return [(block, fold_variants(text)) for block, text in paragraphs]


def _own_dates(
    paragraphs: Sequence[tuple[int, str]],
) -> list[tuple[_Para, re.Match[str], str]]:
    """The report's own dates: (paragraph, match, label) — label "" for a signature."""
    out: list[tuple[_Para, re.Match[str], str]] = []
    body = False  # a sentence has come: a date line after it is no line under the title
    for i, (block, text) in enumerate(_folded(paragraphs[:_HEAD])):
        bq = _Para(block, text)
        found = [(bq, m, m.group("label").strip()) for m in _HEADER_RE.finditer(bq.text)]
        line = _DATELINE_RE.fullmatch(bq.text) if i and not found and not body else None
        out.extend(found if line is None else [(bq, line, _DATELINE)])
        body = body or (not found and not _heading(text))
    seen = {bq.block for bq, _, _ in out}
    for block, text in _folded(paragraphs[-_TAIL:]):
        if block in seen:
            continue
        bq = _Para(block, text)
        m = (
            _ALONE_RE.fullmatch(bq.text)
            or _TAIL_RE.search(bq.text)
            or (_SIGNOFF_RE.search(bq.text) if "，" in bq.text or "," in bq.text else None)
        )
        if m is not None:
            out.append((bq, m, ""))
    return out


def published_on(text: str) -> tuple[str, tuple[int, int, int], int, int] | None:
    """The page's date of publication a header line gives (「发布时间:2021-08-11」「发布日期：
    2025-02-10」): (its label, (year, month, day), where the date starts and ends), or None."""
    for m in _HEADER_RE.finditer(text):
        label = m.group("label").strip()
        date = _date(m)
        if label.startswith(("发布", "公开")) and date is not None:
            return label, date, _start(m), m.end()
    return None


# a header line of the page's date with no label, maybe its time, then the page's source
# (「2022-03-11 14:33:00  来源:姑苏区检察院」「2024年07月10日 来源：四川日报」): the page's date
_SOURCE_LINE_RE = re.compile(
    rf"\s*{_DATE}\s*(?:[0-9]{{1,2}}:[0-9]{{2}}(?::[0-9]{{2}})?\s*)?(?:来源|來源)"
)


def dated_with_source(text: str) -> tuple[tuple[int, int, int], int, int] | None:
    """The page's date a header line of a date and its source gives (「2024年07月10日 来源：四川
    日报」, a time between them or not): ((year, month, day), where the date starts and ends)."""
    m = _SOURCE_LINE_RE.match(text)
    if m is None or (date := _date(m)) is None:
        return None
    return date, m.start("y"), m.end("d1") if m.group("d1") else m.end("d2")


def own_date_spans(document: Document) -> set[tuple[int, int]]:
    """(block, start of the date) of every date the report gives itself: no fact of its text."""
    return {(bq.block, _start(m)) for bq, m, _ in _own_dates(_paragraphs(document))}


def signed_relations(
    document: Document,
    report_year: int | None,
    lex: Lexicon,
    stated_end: PeriodEnd | None = None,
) -> list[Relation]:
    """The report's own dates before the end of its year (N301) or out of order (N304). When
    the report states its statistics period with the day it ends (「统计期限为2023年1月1日至
    2023年12月31日」), a date of its own before that day is judged by the day: 「发布时间：
    2023-12-29」 published what was counted up to the 31st (December is left alone only
    where the text names no day)."""
    paragraphs = _paragraphs(document)
    if report_year is None or not paragraphs:
        return []
    head = _folded(paragraphs[:_HEAD])
    title = head[0][1]
    # (a plan's title: numbers.toml ``years.plan-titles``, the nouns titled.py reads too)
    if not _REPORT_TITLE_RE.search(title) or any(
        w in title for w in lex.data["years"].get("plan-titles", ())
    ):
        return []
    last_month = 12
    for _, text in head:
        span = _SPAN_RE.search(text)
        if span is not None:
            last_month = (
                6
                if span.group("half")
                else 3 * _QUARTERS[span.group("q")]
                if span.group("q")
                else int(span.group("m") or span.group("n"))
            )
            if not 1 <= last_month <= 12:
                last_month = 12  # (「1至13月」: no span of a year)
            break
    # the text itself (a sentence, not a title or a heading) must report the whole year, or
    # name the shorter span: a batch's notice under an annual title proves nothing
    # (read only when a date falls before the period's end: one pass over the text then)
    whole = re.compile(_WHOLE_YEAR.format(y=report_year))
    titled = re.compile(rf"(?<![0-9\-－—–~～至到]){report_year}\s*年度")  # 「2022年度…年报」
    said: list[bool] = []

    def stated() -> bool:
        if not said:
            said.append(
                last_month < 12
                or any(
                    (titled if _heading(text) else whole).search(text)
                    for _, text in _folded(paragraphs[1:])
                )
            )
        return said[0]

    ends: list[tuple[int, int, int] | None] = []

    def period_end() -> tuple[int, int, int] | None:
        if not ends:
            ends.append(None if stated_end is None else stated_end())
        return ends[0]

    out: list[Relation] = []
    written: tuple[tuple[int, int, int], _Para, re.Match[str], str] | None = None
    published: tuple[tuple[int, int, int], _Para, re.Match[str], str] | None = None
    for bq, m, label in _own_dates(paragraphs):
        date = _date(m)
        if date is None:
            continue
        shown = _shown(bq, m)
        what = f"{label}“{shown}”" if label else f"落款日期“{shown}”"
        if label.startswith(_WRITTEN):
            written = (date, bq, m, label)
        elif not label and published is not None and date > published[0] and _day_named(m):
            # the signature dates the writing: a page cannot publish what was signed later
            _, p_bq, p_m, p_label = published
            out.append(
                _relation(
                    bq,
                    m,
                    "N304",
                    f"{what}晚于{p_label}“{_shown(p_bq, p_m)}”：文件不能在落款之前发布",
                    "核对落款日期与发布日期",
                    (Span(p_bq.block, _start(p_m), p_m.end()),),
                )
            )
        elif label.startswith(("发布", "公开")) and written is not None and date < written[0]:
            _, w_bq, w_m, w_label = written
            out.append(
                _relation(
                    bq,
                    m,
                    "N304",
                    f"{what}早于{w_label}日期“{_shown(w_bq, w_m)}”：文件不能在成文之前发布",
                    "核对成文日期与发布日期",
                    (Span(w_bq.block, _start(w_m), w_m.end()),),
                )
            )
        if label.startswith(("发布", "公开")):
            published = (date, bq, m, label)
        if date[:2] < (report_year, last_month) and (stated() or period_end() is not None):
            out.append(
                _relation(
                    bq,
                    m,
                    "N301",
                    f"{what}早于所报告的期间结束：所报告的情况截至{report_year}年{last_month}月"
                    f"{'（全年）' if last_month == 12 else ''}，文件的日期不应在此之前",
                    "核对落款或发布日期的年份是否写错",
                )
            )
        elif date[:2] == (report_year, last_month) and (end := period_end()) and date < end:
            out.append(
                _relation(
                    bq,
                    m,
                    "N301",
                    f"{what}早于报告所写的统计期限截止日{end[0]}年{end[1]}月{end[2]}日："
                    "所列数据统计到这一天，文件的日期不应在此之前",
                    "核对落款或发布日期，或统计期限的截止日",
                )
            )
    return out


def _relation(
    bq: _Para,
    m: re.Match[str],
    code: str,
    message: str,
    suggestion: str,
    more: tuple[Span, ...] = (),
) -> Relation:
    start = _start(m)
    end = start + len(_shown(bq, m))
    return Relation(
        "year" if code == "N301" else "date",
        Verdict.CONTRADICTION,
        bq.block,
        (start, end),
        (Span(bq.block, start, end), *more),
        code=code,
        severity=Severity.WARNING,
        message=message,
        suggestion=suggestion,
    )
