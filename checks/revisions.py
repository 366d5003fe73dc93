"""``F`` family, review leftovers: tracked changes (F001) and reviewer comments (F002).

Both read facts the reader recorded in ``Document.meta`` (the docx reader sets
``has_revisions``, ``revision_count`` and ``comment_count``); comment blocks kept in
``Document.furniture`` count as comments when the reader gave no count. The findings
concern the document as a whole, so they carry no block.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from fazhi_lint.model import BlockKind, Diagnostic, Severity
from fazhi_lint.plugins import CheckContext, check


def _count(value: Any) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return max(value, 0)


@check("F001", "tracked-changes-left", Severity.WARNING, "文件中仍有未处理的修订（修订痕迹）")
def tracked_changes_left(ctx: CheckContext) -> Iterator[Diagnostic]:
    """文件中仍有修订（修订痕迹）既未接受也未拒绝。

    检查什么：用 Word 或 WPS“修订”功能（审阅 → 修订）记录下来、提交时仍未处理的插入、删除、移动或格式修改。
    各项检查按“接受全部修订”后的文字进行。

    为什么：提交或公开的报告应当是定稿。未处理的修订会让打开文件的人看到删掉的文字和审改意见；
    选择“原始版本”视图的读者读到的也不是检查过的文字。

    错误示例：报告.docx 中仍显示红色的插入/删除线，审阅窗格列出 12 处修订。
    正确示例：在“审阅”选项卡中“接受所有修订”（或逐条拒绝），关闭修订后再保存提交。
    """
    meta = ctx.document.meta
    count = _count(meta.get("revision_count"))
    if not meta.get("has_revisions") and not count:
        return
    if count:
        message = (
            f"文件中仍有 {count} 处修订（修订模式下的插入、删除等）未接受或拒绝；"
            "检查按接受全部修订后的文字进行。提交前请在“审阅”中接受或拒绝全部修订并关闭修订模式"
        )
    else:
        message = (
            "文件中仍有未接受或拒绝的修订；检查按接受全部修订后的文字进行。"
            "提交前请在“审阅”中接受或拒绝全部修订并关闭修订模式"
        )
    yield ctx.diagnostic(message, data={"count": count} if count else None)


@check("F002", "comments-left", Severity.WARNING, "文件中仍有批注")
def comments_left(ctx: CheckContext) -> Iterator[Diagnostic]:
    """文件中仍附有审阅批注。

    检查什么：用“审阅 → 新建批注”插入、提交时仍留在文件中的批注。

    为什么：批注属于起草和审核过程。留在提交或公开的报告里，会暴露内部审核意见，也说明文字尚未定稿。

    错误示例：报告.docx 右侧批注栏仍有 3 条批注（如“此数据请再核实”）。
    正确示例：处理完批注后，在“审阅”中选择“删除文档中的所有批注”，再保存提交。
    """
    document = ctx.document
    advice = "提交前请处理完批注，并在“审阅”中删除文档中的所有批注"
    count = _count(document.meta.get("comment_count"))
    if count is None:  # no count from the reader: fall back on the comment blocks it kept
        paragraphs = sum(1 for b in document.furniture if b.kind == BlockKind.COMMENT)
        if paragraphs:
            yield ctx.diagnostic(f"文件中仍有批注（共 {paragraphs} 段批注文字）；{advice}")
        return
    if count:
        yield ctx.diagnostic(f"文件中仍有 {count} 条批注；{advice}", data={"count": count})
