"""``F2xx``, the signature and date at the end of a report (落款, 成文日期).

GB/T 9704-2012 §7.3.5: the signing body (发文机关署名) and the date of writing (成文日期) close
the document; the date is written in Arabic numerals with the year in full and month and day
without leading zeros. A report on year N is written in year N+1, never in the future, and is
signed by the body its title names. The ending and the date are found in
:mod:`fazhi_lint.analysis.ending` (the view ``ending``), which the deadline and layout checks
read too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from fazhi_lint import civil_date as dt
from fazhi_lint.analysis.ending import title_body
from fazhi_lint.analysis.views import views_of
from fazhi_lint.data_files import read_text
from fazhi_lint.model import Diagnostic, Severity
from fazhi_lint.pattern_cache import toml_loads
from fazhi_lint.plugins import CheckContext, check

DATA_FILE = "signature.toml"


@lru_cache(maxsize=1)
def data() -> dict[str, Any]:
    text = read_text(__package__, DATA_FILE)
    return toml_loads(text)


def _normal(name: str) -> str:
    name = re.sub(r"[\s\u3000]", "", name)
    for noise in data()["name-noise"]:
        name = name.replace(noise, "")
    return name


def same_body(title_name: str, signature: str) -> bool:
    a, b = _normal(title_name), _normal(signature)
    if not a or not b:
        return True
    return a in b or b in a or any(part and part in b for part in re.split(r"[、和及]", a))


@check("F201", "signature-missing", Severity.INFO, "报告末尾没有发文机关署名或成文日期")
def signature_missing(ctx: CheckContext) -> Iterator[Diagnostic]:
    """检查什么：报告末尾没有发文机关署名（落款）和成文日期。最后几段中，在最后一段正文之后，既没有
    写机关名称的行（……人民政府、……局、……委员会），也没有「2025年3月6日」这样的日期行。默认为
    提示，因为公开的文本常常去掉落款；要求必须有落款的审核人可以在配置中提高级别。

    为什么：GB/T 9704-2012 第7.3.5条规定每份公文末尾有发文机关署名和成文日期；没有它们，审核人
    无法知道是谁报告、何时成文。

    错误示例（最后一段正文之后直接结束，没有署名和日期）：
        某区司法局2024年度法治政府建设情况报告
        一、主要举措和成效
        全年办理行政复议案件12件，依法作出处理决定。

    正确示例（正文之后署机关名称，下一行写成文日期）：
        某区司法局2024年度法治政府建设情况报告
        一、主要举措和成效
        全年办理行政复议案件12件，依法作出处理决定。
        某区司法局
        2025年3月6日
    """
    end = views_of(ctx.document).ending
    if end.signature is not None and end.date is not None:
        return
    if end.signature is None and end.date is None:
        what = "发文机关署名和成文日期"
    elif end.signature is None:
        what = "发文机关署名"
    else:
        what = "成文日期"
    anchor = end.date.block if end.date else end.signature
    yield ctx.diagnostic(
        f"报告末尾没有{what}（落款）：GB/T 9704-2012 第7.3.5条要求正文之后署发文机关名称和成文日期",
        anchor,
        suggestion="在正文之后署发文机关全称，下一行写成文日期，如「2025年3月6日」",
    )


@check("F202", "date-format", Severity.WARNING, "成文日期的写法不合公文格式")
def date_format(ctx: CheckContext) -> Iterator[Diagnostic]:
    """检查什么：成文日期没有写成「2025年3月6日」的形式：用汉字数字（「二〇二五年三月六日」）、
    带前导零（「2025年03月06日」）或年份简写（「25年3月6日」）。

    为什么：GB/T 9704-2012 第7.3.5条规定成文日期用阿拉伯数字将年、月、日标全，年份应标全称，
    月、日不编虚位（即1不编为01）；2012年版标准取代了1999年版用汉字数字的写法。

    错误示例：
        某区司法局2024年度法治政府建设情况报告
        一、主要举措和成效
        全年办理行政复议案件12件，依法作出处理决定。
        某区司法局
        2025年03月06日

    正确示例：
        某区司法局2024年度法治政府建设情况报告
        一、主要举措和成效
        全年办理行政复议案件12件，依法作出处理决定。
        某区司法局
        2025年3月6日
    """
    date = views_of(ctx.document).ending.date
    if date is None or not (date.chinese or date.zero_padded or date.short_year):
        return
    written = date.block.text[date.start : date.end]
    if date.chinese:
        why = "用了汉字数字"
    elif date.short_year:
        why = "年份没有写全"
    else:
        why = "月、日前补了0"
    fix = date.canonical if date.value is not None else None
    yield ctx.diagnostic(
        f"成文日期「{written}」{why}：GB/T 9704-2012 第7.3.5条规定用阿拉伯数字写全年份，月、日不编虚位",
        date.block,
        date.start,
        date.end,
        suggestion=f"改为「{fix}」" if fix else None,
        fix=fix,
    )


@check("F203", "date-implausible", Severity.WARNING, "成文日期与报告年度不符或晚于今天")
def date_implausible(ctx: CheckContext) -> Iterator[Diagnostic]:
    """检查什么：成文日期不存在、不晚于报告年度，或晚于今天。不存在的日期（「2025年2月30日」，为错误）；
    在报告所述年度之内或之前的日期（关于2024年的报告，落款「2024年12月」或更早）；晚于今天的日期。

    为什么：关于第N年的报告在该年结束后撰写（《法治政府建设与责任落实督察工作规定》第二十四条：
    第N+1年4月1日前）；早于此或在将来的日期，是年份写错了。

    错误示例：
        某区司法局2024年度法治政府建设情况报告
        一、主要举措和成效
        全年办理行政复议案件12件，依法作出处理决定。
        某区司法局
        2023年3月6日

    正确示例：
        某区司法局2024年度法治政府建设情况报告
        一、主要举措和成效
        全年办理行政复议案件12件，依法作出处理决定。
        某区司法局
        2025年3月6日
    """
    date = views_of(ctx.document).ending.date
    if date is None:
        return
    written = date.block.text[date.start : date.end]
    value = date.value
    if value is None:
        yield ctx.diagnostic(
            f"成文日期「{written}」不存在",
            date.block,
            date.start,
            date.end,
            severity=Severity.ERROR,
        )
        return
    year = ctx.outline.report_year
    if year is not None and value.year <= year:
        yield ctx.diagnostic(
            f"成文日期「{written}」不晚于报告年度{year}年：关于{year}年的报告应在{year + 1}年成文",
            date.block,
            date.start,
            date.end,
            suggestion=f"核对年份，通常为{year + 1}年",
        )
    elif value > dt.date.today():
        yield ctx.diagnostic(
            f"成文日期「{written}」晚于今天（{dt.date.today():%Y-%m-%d}）",
            date.block,
            date.start,
            date.end,
            suggestion="核对成文日期",
        )


@check("F204", "signature-body-mismatch", Severity.WARNING, "落款机关与标题中的机关不一致")
def signature_body_mismatch(ctx: CheckContext) -> Iterator[Diagnostic]:
    """检查什么：落款的机关不是标题中的机关。末尾的发文机关署名与标题中年份之前的机关
    （「XX区司法局2024年法治政府建设情况报告」→ XX区司法局）没有共同的名称（忽略「中共」「人民」
    和省级前缀；较短的名称包含在较长的名称中视为一致）。

    为什么：GB/T 9704-2012 第7.3.5条：署名为发文机关全称，即标题中的机关；不一致通常说明报告是
    从另一机关的报告模板复制来的。

    错误示例：
        某区司法局2024年度法治政府建设情况报告
        一、主要举措和成效
        全年办理行政复议案件12件，依法作出处理决定。
        某区人民政府
        2025年3月6日

    正确示例：
        某区司法局2024年度法治政府建设情况报告
        一、主要举措和成效
        全年办理行政复议案件12件，依法作出处理决定。
        某区司法局
        2025年3月6日
    """
    end = views_of(ctx.document).ending
    if end.signature is None:
        return
    named = title_body(ctx.outline.title_text)
    if not named or same_body(named, end.signature_text):
        return
    start = end.signature.text.find(end.signature_text)
    yield ctx.diagnostic(
        f"落款「{end.signature_text}」与标题中的机关「{named}」不一致",
        end.signature,
        start if start >= 0 else None,
        start + len(end.signature_text) if start >= 0 else None,
        suggestion="核对标题和落款的机关全称是否一致",
    )
