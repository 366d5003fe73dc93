"""``F4xx``, before publication: what a report must not put on a website.

A report on 法治政府建设 is published (规定第二十四条), so anything in it that identifies a
person or carries a secrecy marking is a leak waiting to happen: resident ID numbers (F401,
check digit verified), mobile numbers (F402), bank card numbers (F403, Luhn verified),
secrecy markings (F404) and personal names next to case details (F405).

Every output masks what these checks find: the engine's
:class:`~fazhi_lint.analysis.privacy.Masker` runs over *all* findings of a file (whichever
check raised them) and replaces each sensitive value in the message, excerpt, context,
suggestion, fix and data with a masked form of the same length, so that no report, JSON, CSV,
HTML or SARIF file re-publishes the number. What the checks report is found in
:mod:`fazhi_lint.analysis.privacy` (the view ``privacy``; patterns and mask in its
``privacy.toml``).
"""

from __future__ import annotations

from collections.abc import Iterator

from fazhi_lint.analysis.views import views_of
from fazhi_lint.model import Diagnostic, Severity
from fazhi_lint.plugins import CheckContext, check

_KIND = {
    "F401": "居民身份证号码",
    "F402": "手机号码",
    "F403": "银行卡号",
    "F405": "与案件情况相连的个人姓名",
}


def _report(ctx: CheckContext, code: str) -> Iterator[Diagnostic]:
    for f in views_of(ctx.document).privacy:
        if f.code != code:
            continue
        if code == "F404":
            message = (
                f"出现密级或内部标志「{f.raw.strip()}」：涉及国家秘密或标注内部的材料不得公开发布，"
                "年度报告公开前须确认已脱密或删除该内容"
            )
            suggestion = "核实定密情况；可公开的报告删除该标志，涉密内容不得写入公开文本"
        elif code == "F405":
            message = (
                f"案件情况旁出现个人姓名「{f.masked}」：公开的年度报告不应披露当事人等个人信息"
            )
            suggestion = "改为「当事人张某」或删去姓名"
        else:
            message = (
                f"出现{_KIND[code]}「{f.masked}」：属于个人信息，公开的年度报告不得包含，"
                "发布前必须删除（输出中已遮盖）"
            )
            suggestion = f"删除该{_KIND[code]}，或仅保留已遮盖的形式"
        yield ctx.diagnostic(message, f.block, f.start, f.end, suggestion=suggestion)


@check("F401", "id-number-published", Severity.ERROR, "文中出现居民身份证号码")
def id_number_published(ctx: CheckContext) -> Iterator[Diagnostic]:
    """检查什么：报告中出现居民身份证号码。形如居民身份证号码的18位号码（行政区划代码、真实的出生
    日期、顺序码），且校验码正确（GB 11643-1999），以免把其他长数字当成身份证号码。该号码在
    fazhi-lint 的所有输出中都被遮盖。

    为什么：《个人信息保护法》第二十八条将身份证号码列为敏感个人信息；《政府信息公开条例》
    第十五条规定不公开个人隐私。已公开的报告一旦带有身份证号码，就无法从网上收回。

    错误示例：
        对当事人（身份证号11010519491231002X）作出行政处罚。

    正确示例：
        对当事人张某作出行政处罚。
    """
    yield from _report(ctx, "F401")


@check("F402", "mobile-number-published", Severity.ERROR, "文中出现手机号码")
def mobile_number_published(ctx: CheckContext) -> Iterator[Diagnostic]:
    """检查什么：报告中出现内地手机号码（11位，13x–19x）。以13–19开头的11位数字，也包括写成
    138-1234-5678 或带空格的形式，且不是更长数字的一部分。该号码在所有输出中都被遮盖。

    为什么：个人手机号码是个人信息（《个人信息保护法》）；公开的报告给出办公电话或热线（12345），
    不给个人的手机号码。

    错误示例：
        联系人：王某，电话13812345678。

    正确示例：
        联系电话：022-12345678（办公电话）。
    """
    yield from _report(ctx, "F402")


@check("F403", "bank-card-published", Severity.ERROR, "文中出现银行卡号")
def bank_card_published(ctx: CheckContext) -> Iterator[Diagnostic]:
    """检查什么：报告中出现银行卡号（16–19位数字，Luhn 校验位正确）。16–19位连续数字（可能每四位
    一组），通过 Luhn 校验，且不是有效的身份证号码、统一社会信用代码或紧接其前写明名称的其他公开
    代码。该号码在所有输出中都被遮盖。

    为什么：金融账户是敏感个人信息（《个人信息保护法》第二十八条），不得公开。

    错误示例：
        执行款已划入申请人账户6222 0212 3456 7890 128。

    正确示例：
        执行款已划入申请人账户。
    """
    yield from _report(ctx, "F403")


@check("F404", "secrecy-marking", Severity.ERROR, "文中有密级或“内部资料”标志")
def secrecy_marking(ctx: CheckContext) -> Iterator[Diagnostic]:
    """检查什么：准备公开的报告中有密级标志或“内部资料”标志。任何位置的「绝密★」「机密★1年」
    「秘密★」（GB/T 9704-2012 第7.2.2条，密级和保密期限），「内部资料　注意保存」「请勿外传」，
    以及单独由「秘密」「内部资料」「内部文件」构成的段落（句子中的这些词——「编印内部资料12期」——
    不报告）。

    为什么：《法治政府建设与责任落实督察工作规定》第二十四条规定报告“除涉及党和国家秘密的内容外”
    应当公开；带密级标志的文件不得上网，准备公开的报告也不得带有标志。

    错误示例（标题上方单独一行「内部资料」）：
        内部资料
        某区司法局2024年度法治政府建设情况报告

    正确示例（公开文本不带密级标志；涉密内容另行报送）：
        某区司法局2024年度法治政府建设情况报告
    """
    yield from _report(ctx, "F404")


@check("F405", "name-with-case-details", Severity.ERROR, "案件当事人等个人姓名未隐去")
def name_with_case_details(ctx: CheckContext) -> Iterator[Diagnostic]:
    """检查什么：案件角色词（当事人、申请人、被告人……）之后紧跟个人全名。角色词之后是人名（常见
    姓氏加一至两个不是 某/×/X 的字），再接案件的分界（逗号、诉、因、涉嫌、一案……）。该姓名在所有
    输出中都被遮盖。

    为什么：公开报告中的案例会让人被认出；通行做法（及《政府信息公开条例》第十五条）是写
    「张某」或略去姓名。

    错误示例：
        申请人王小明因不服区市场监管局行政处罚申请行政复议。

    正确示例：
        申请人王某因不服区市场监管局行政处罚申请行政复议。
    """
    yield from _report(ctx, "F405")
