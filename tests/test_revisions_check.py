"""F001 tracked-changes-left and F002 comments-left, on hand-built documents."""

from __future__ import annotations

from typing import Any

import pytest

from fazhi_lint.config import Config
from fazhi_lint.engine import Linter
from fazhi_lint.model import Block, BlockKind, Diagnostic, Document, Location
from fazhi_lint.registry import Registry


def document(meta: dict[str, Any], furniture: list[Block] | None = None) -> Document:
    body = [Block(index=0, text="天津市某区2024年法治政府建设情况报告", location=Location(block=0))]
    return Document(
        path="报告.docx", format="docx", blocks=body, furniture=furniture or [], meta=meta
    )


def run(doc: Document) -> list[Diagnostic]:
    return Linter(Config(select=("F001", "F002"))).lint_document(doc)


def test_revisions_with_count() -> None:
    (d,) = run(document({"has_revisions": True, "revision_count": 12, "comment_count": 0}))
    assert (d.code, d.name, d.severity.label) == ("F001", "tracked-changes-left", "warning")
    assert "12 处修订" in d.message and "接受" in d.message
    assert d.location.block is None and d.span is None
    assert d.location.human() == "全文"
    assert d.data == {"count": 12}


def test_revisions_without_count() -> None:
    (d,) = run(document({"has_revisions": True}))
    assert d.code == "F001" and "处修订" not in d.message and "修订" in d.message


def test_count_alone_is_enough() -> None:
    assert [d.code for d in run(document({"revision_count": 3}))] == ["F001"]


def test_comments() -> None:
    (d,) = run(document({"has_revisions": False, "revision_count": 0, "comment_count": 3}))
    assert (d.code, d.name) == ("F002", "comments-left")
    assert "3 条批注" in d.message and "删除" in d.message
    assert d.location.block is None


def test_both() -> None:
    found = run(document({"has_revisions": True, "revision_count": 2, "comment_count": 1}))
    assert [d.code for d in found] == ["F001", "F002"]


@pytest.mark.parametrize(
    "meta",
    [
        {},
        {"has_revisions": False, "revision_count": 0, "comment_count": 0},
        {"revision_count": None, "comment_count": None},
        {"comment_count": True},  # not a count
    ],
)
def test_clean_documents(meta: dict[str, Any]) -> None:
    assert run(document(meta)) == []


def test_comment_blocks_without_a_count() -> None:
    comments = [
        Block(index=i, text=f"批注{i}", kind=BlockKind.COMMENT, location=Location(part="comment"))
        for i in range(2)
    ]
    (d,) = run(document({}, comments))
    assert d.code == "F002" and "2 段批注文字" in d.message
    # the reader's count wins over the blocks
    assert run(document({"comment_count": 0}, comments)) == []


def test_text_documents_have_no_format_findings() -> None:
    from fazhi_lint.readers import read_bytes

    doc = read_bytes("报告正文\n".encode(), "a.txt")
    assert run(doc) == []


@pytest.mark.parametrize("code", ["F001", "F002"])
def test_explanations(code: str) -> None:
    item = Registry.from_plugins().resolve(code)
    assert item is not None
    assert "错误示例" in item.explanation and "正确示例" in item.explanation
