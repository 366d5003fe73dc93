"""``T`` family: debris left by conversions (T001) and by copying a web page (T002), and
damaged copies (T003).

What is debris is found by :mod:`fazhi_lint.analysis.debris` (the patterns are data,
``debris.toml`` beside it); this module turns those findings into diagnostics.
"""

from __future__ import annotations

from collections.abc import Iterator

from fazhi_lint.analysis.debris import DAMAGED_CODE, _clip
from fazhi_lint.analysis.views import damaged, scan
from fazhi_lint.model import Diagnostic, Severity, Span
from fazhi_lint.plugins import CheckContext, check


def _diagnostics(ctx: CheckContext, code: str) -> Iterator[Diagnostic]:
    for finding in scan(ctx.document):
        if finding.code != code:
            continue
        yield ctx.diagnostic(
            finding.message,
            finding.block,
            finding.start,
            finding.end,
            suggestion=finding.suggestion,
            fix=finding.fix,
            data={"patterns": finding.patterns},
        )


@check(
    "T001",
    "conversion-debris",
    Severity.WARNING,
    "文档转换留下的标记（书签、域代码、图片占位符、乱码）",
)
def conversion_debris(ctx: CheckContext) -> Iterator[Diagnostic]:
    """文档转换（Word/PDF 转文本）在文字中留下的标记。

    检查什么：``[bookmark: _GoBack]`` 及其他 ``[bookmark: …]``、图片占位符（``[image: …]``）、以文字形式留下的
    Word 域代码（``HYPERLINK "…"``、``PAGE \\* MERGEFORMAT``、``TOC \\o "1-3"``、``PAGEREF _Toc…``）、转换软件
    试用版的水印（"Evaluation Warning…"）、乱码（U+FFFD、「锟斤拷」）以及单独成行的页码（「— 3 —」）。每处一条，
    位置只标记标记本身；建议写明要删除什么（没有别的文字时为「删除此行」），可自动应用的修复会删除该标记。

    为什么：这些标记不是报告的内容。提交或公开的报告中仍有这些标记，说明转换时不仔细，读者一眼就能看出来。
    这些模式是数据，见 ``fazhi_lint/analysis/debris.toml``。

    错误示例：（2） [bookmark: _GoBack]着力保障科学民主依法决策有效推进。
    正确示例：（2） 着力保障科学民主依法决策有效推进。
    """
    return _diagnostics(ctx, "T001")


def _outside_article(ctx: CheckContext) -> Iterator[Diagnostic]:
    """One summary finding for the unflagged blocks of a web page outside its article."""
    document = ctx.document
    article = document.meta.get("article_blocks")
    if document.format != "html" or not article:
        return
    first, last = article
    flagged = {f.block.index for f in scan(document)}
    outside = [
        b
        for i, b in enumerate(document.blocks)
        if (i < first or i > last) and b.index not in flagged
    ]
    if not outside:
        return
    shown = "".join(f"「{_clip(b.text, 12)}」" for b in outside[:4])
    more = "等" if len(outside) > 4 else ""
    yield ctx.diagnostic(
        f"网页正文（第{first + 1}—{last + 1}段）之外还有 {len(outside)} 段页面内容"
        f"（{shown}{more}，如导航、栏目、页脚），不属于报告正文；提交或转载报告时请删除",
        outside[0],
        severity=Severity.INFO,
        related=[Span(b.index, 0, len(b.text)) for b in outside[1:]],
        data={"blocks": [b.index for b in outside]},
    )


@check(
    "T002",
    "web-page-debris",
    Severity.WARNING,
    "从网页复制带入的页面内容（分享到、来源/发布时间、打印本页等）",
    options={"outside-article": True},
)
def web_page_debris(ctx: CheckContext) -> Iterator[Diagnostic]:
    """从发布的网页复制时一并带入的页面内容。

    检查什么：只由网页页面元素构成的段落：「分享到：」「建议升级浏览器版本」、单独的关闭按钮（「X」「×」）、
    「来源：XX局 发布时间：2024-03-18」「今天是…星期…」「【打印本页】【关闭窗口】」「【字体：大 中 小】」
    「扫一扫在手机打开当前页」「网站地图」「版权所有」「网站标识码」「上一篇/下一篇」「阅读次数」「责任编辑：」、
    面包屑导航（「当前位置：首页 > …」）；以及出现在任何位置的 HTML 实体（``&nbsp;``）和以文字形式留下的标签。

    为什么：从网页复制的报告带着网站的导航和元数据；留在提交或转载的报告中，会被当作正文，并打乱结构
    （第一个标题上方的「来源」行、末尾的「分享到」）。

    不报告：来源、分享、关闭等词也会出现在报告正文中，所以只有整段都由这些元素构成时才算；较弱的元素
    （单独的「来源：…」、「作者：…」）还需要同一行有另一个元素，或前后两段内有页面元素行。

    错误示例：来源:  天津市司法局 发布时间:  2024-03-18 10:29
    正确示例：2024年3月18日，市司法局召开法治政府建设工作推进会。

    选项：
        ``outside-article``（默认 true）：对读取器已定位正文的网页（HTML），正文以外其余的段落（导航、栏目、
        页脚）汇总为一条提示；设为 false 则不报告。
    """
    yield from _diagnostics(ctx, "T002")
    if ctx.options.get("outside-article", True):
        yield from _outside_article(ctx)


# -- T003 damaged copies ------------------------------------------------------------------------


@check(
    DAMAGED_CODE,
    "damaged-copy",
    Severity.ERROR,
    "文件是损坏或改动过的副本（数字被“（略）”遮盖、加注拼音、转为繁体、文字变成“?”）",
)
def damaged_copy(ctx: CheckContext) -> Iterator[Diagnostic]:
    """检查什么：文件不是报送的报告原件，而是损坏或被改动过的副本。数字被「（略）」遮盖（三处或以上），
    词语后加了拼音注音（「坚持（jiān chí）」，三处或以上），文本被转换成繁体（只存在于繁体中的字
    至少10个且占汉字的5%），以及编码转换中字符变成了「?」（前三行中有一行以「? ? ?」开头，或
    全部可见字符的五分之一）。整个文件报告一次；其他检查在该文件上的发现不列出（它们描述的是损坏，
    不是报告）。这些迹象和阈值是数据：``fazhi_lint/analysis/debris.toml`` 中的 ``[damaged-copy]``。

    不报告：单独一处指向附件的「（略）」或「（此处略）」；名称中的一两个繁体字；句子中的问号。

    为什么：审核损坏的副本浪费审核人的时间，还可能因错误的原因通过或退回报告；报送单位应当发送
    实际报送的文件。

    错误示例：
        全年办理行政复议案件（略）件，纠错（略）件，行政应诉案件（略）件。

    正确示例：
        全年办理行政复议案件12件，纠错2件，行政应诉案件15件。
    """
    found = damaged(ctx.document)
    if found is None:
        return
    reason, block, count = found
    yield ctx.diagnostic(
        f"此文件是损坏或改动过的副本：{reason}（共{count}处），不是报送的原件；"
        "其他检查结果已略去，请取得原始文件后重新检查",
        block,
        suggestion="取得报送单位的原始文件（.docx 或 .pdf）后重新检查",
        data={"reason": reason, "count": count},
    )
