"""``F3xx``, when a report came in, how long it is, and the year's formula.

Deadlines are profile data (``[deadlines]``, DOMAIN.md §1): a report on year N is published by
1 April of N+1 and submitted to the body above by 1 March or 1 April depending on the kind of
body. The date compared is the most reliable one known: ``--received`` (the reviewer's date of
receipt), else a web copy's 「发布时间」 (against the publication deadline), else the date of
writing (成文日期, only a note). The length limit (``[length]``) and the yearly formula table
(``[formulas]``) are profile data too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from fazhi_lint import civil_date as dt
from fazhi_lint.analysis.ending import iso_dates, parse_received, title_body
from fazhi_lint.analysis.views import views_of
from fazhi_lint.grammar import HAN
from fazhi_lint.model import Block, Diagnostic, Severity
from fazhi_lint.plugins import CheckContext, check

_PUBLISHED_RE = re.compile(r"(?:发布|发表|公开|成文)(?:时间|日期)\s*[:：]?")
_COUNTED_RE = re.compile(f"[{HAN}0-9０-９A-Za-z]")


def _deadline(ctx: CheckContext, key: str, year: int) -> tuple[dt.date, str]:
    """The deadline ``key`` (publish | submit) for a report on ``year`` and the kind of body."""
    cfg = ctx.profile.get("deadlines", {}) or {}
    value, kind = str(cfg.get(key, "04-01")), ""
    if key == "submit":
        body = title_body(ctx.outline.title_text) or ""
        for entry in cfg.get("kinds", []):
            if body and re.search(str(entry.get("body", "(?!)")), body):
                value, kind = str(entry.get("submit", value)), str(entry.get("name", ""))
                break
    month, day = (int(x) for x in value.split("-"))
    return dt.date(year + 1, month, day), kind


def _published(blocks: list[Block]) -> tuple[Block, dt.date] | None:
    for block in blocks[:40]:
        match = _PUBLISHED_RE.search(block.text)
        if match:
            for date in iso_dates(block.text[match.end() :]):
                return block, date
    return None


@check(
    "F301",
    "report-late",
    Severity.WARNING,
    "报告晚于报送或公开期限",
    options={"received": ""},
)
def report_late(ctx: CheckContext) -> Iterator[Diagnostic]:
    """检查什么：报告的收到（或公开、成文）日期晚于期限。收到日期（``--received 2025-03-05``、选项
    ``received``，或审查台台账记录的收文日期）晚于该类机关的报送期限；没有收到日期时，网页文本的「发布时间」晚于公开期限
    （4月1日）；两者都没有时，成文日期晚于报送期限，仅作提示。消息写明逾期天数。

    为什么：《法治政府建设与责任落实督察工作规定》第二十四、二十五条：报告于次年4月1日前报送上级
    并公开（各省将部门和下级机关的报送时间重申为3月1日）。各类机关的期限是配置方案中的数据
    （``[deadlines]``）。

    错误示例（区级部门关于2024年的报告，期限3月1日，成文日期晚了11天）：
        某区司法局2024年度法治政府建设情况报告
        一、主要举措和成效
        全年办理行政复议案件12件，依法作出处理决定。
        某区司法局
        2025年3月12日

    正确示例：
        某区司法局2024年度法治政府建设情况报告
        一、主要举措和成效
        全年办理行政复议案件12件，依法作出处理决定。
        某区司法局
        2025年2月26日

    选项：
        ``received``（默认为空）：收到报告的日期（如 ``2025-03-05``），与命令行 ``--received`` 相同；
        给出时按它判断是否逾期。
    """
    year = ctx.outline.report_year
    if year is None:
        return
    received = str(ctx.options.get("received") or "").strip()
    if received:
        try:
            date = parse_received(received)
        except ValueError:
            return  # the command line validates the option; a bad config value is ignored
        deadline, kind = _deadline(ctx, "submit", year)
        late = (date - deadline).days
        if late > 0:
            yield ctx.diagnostic(
                f"报告于{_zh(date)}收到，晚于{kind}报送期限{_zh(deadline)}，逾期{late}天",
                data={"received": date.isoformat(), "deadline": deadline.isoformat(), "late": late},
            )
        return
    published = _published(ctx.document.blocks)
    if published is not None:
        block, date = published
        deadline, _ = _deadline(ctx, "publish", year)
        late = (date - deadline).days
        if late > 0:
            yield ctx.diagnostic(
                f"网页发布时间{_zh(date)}晚于公开期限{_zh(deadline)}（规定第二十四条），逾期{late}天",
                block,
                data={
                    "published": date.isoformat(),
                    "deadline": deadline.isoformat(),
                    "late": late,
                },
            )
        return
    written = views_of(ctx.document).ending.date
    value = written.value if written else None
    if written is None or value is None:
        return
    deadline, kind = _deadline(ctx, "submit", year)
    late = (value - deadline).days
    if late > 0:
        yield ctx.diagnostic(
            f"成文日期{_zh(value)}已晚于{kind}报送期限{_zh(deadline)}{late}天；"
            "实际收到日期未知（可用 --received 指定），仅作提示",
            written.block,
            written.start,
            written.end,
            severity=Severity.INFO,
            data={"written": value.isoformat(), "deadline": deadline.isoformat(), "late": late},
        )


def _zh(date: dt.date) -> str:
    return f"{date.year}年{date.month}月{date.day}日"


@check("F302", "report-too-long", Severity.INFO, "报告篇幅超过配置方案的字数要求")
def report_too_long(ctx: CheckContext) -> Iterator[Diagnostic]:
    """检查什么：正文长于配置方案的字数上限（``[length] max-chars``）。正文段落和表格中的字数
    （汉字、数字和字母；标点不计）多于 ``max-chars``。全国方案不设上限（0）；地区方案在其通知
    有要求时设定上限。

    为什么：一些省份要求报告不超过5000字，以便阅读；过长的报告会被退回压缩。

    错误示例（配置方案要求正文不超过50字时）：
        某区司法局2024年度法治政府建设情况报告
        一、主要举措和成效
        全年办理行政复议案件12件，依法作出处理决定，纠正违法或不当行政行为2件，群众满意度持续提升。

    正确示例（同一上限，压缩举措罗列，保留数据和成效）：
        某区司法局2024年度法治政府建设情况报告
        一、主要举措和成效
        全年办理行政复议案件12件。
    """
    limit = int(ctx.profile.get("length.max-chars", 0) or 0)
    if limit <= 0:
        return
    count = sum(len(_COUNTED_RE.findall(b.text)) for b in ctx.document.body_blocks)
    if count > limit:
        yield ctx.diagnostic(
            f"正文约{count}字，超过配置方案（{ctx.profile.name}）要求的{limit}字",
            data={"chars": count, "limit": limit},
        )


@check("F303", "year-formula-missing", Severity.INFO, "未提及报告年度召开的全会精神")
def year_formula_missing(ctx: CheckContext) -> Iterator[Diagnostic]:
    """检查什么：报告没有提到报告年度召开的全会。关于配置方案 ``[formulas]`` 表中所列年份的报告
    （2024 → 二十届三中全会），全文从未提到该次全会。下一年的条目只需在配置方案中加一行。

    为什么：报告通常重申本机关学习贯彻当年全会精神；没有提到，通常说明用的是过时的模板。

    错误示例（关于2024年的报告只写「党的二十大精神」）：
        某区司法局2024年度法治政府建设情况报告
        一、主要举措和成效
        深入学习贯彻党的二十大精神，全年办理行政复议案件12件。

    正确示例：
        某区司法局2024年度法治政府建设情况报告
        一、主要举措和成效
        深入学习贯彻党的二十大和二十届二中、三中全会精神，全年办理行政复议案件12件。
    """
    year = ctx.outline.report_year
    table = ctx.profile.get("formulas", {}) or {}
    formula = table.get(str(year)) if year is not None else None
    if not formula:
        return
    text = "".join(b.text for b in ctx.document.body_blocks)
    if formula in text or _abbreviated(formula, text):
        return
    yield ctx.diagnostic(
        f"关于{year}年的报告没有提到{year}年召开的「{formula}」",
        suggestion=f"如「深入学习贯彻党的{formula}精神」",
        data={"year": year, "formula": formula},
    )


def _abbreviated(formula: str, text: str) -> bool:
    """「二十届二中、三中全会」 names 二十届三中全会 too."""
    match = re.match(r"^(.+届)(.中)全会$", formula)
    if not match:
        return False
    session, which = match.groups()
    return (
        re.search(re.escape(session) + r"[一二三四五六七八九中、和及]*" + which, text) is not None
    )
