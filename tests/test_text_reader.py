"""The plain-text and Markdown reader: encodings, blocks, exact line/column locations."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from fazhi_lint.model import BlockKind, Document
from fazhi_lint.readers import read_bytes
from fazhi_lint.readers.errors import ReadError
from fazhi_lint.readers.safety import Limits
from fazhi_lint.readers.text import decode, looks_binary

SEEDS = Path(__file__).resolve().parents[1] / "../shared/seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
needs_seeds = pytest.mark.skipif(not SEED_FILES, reason="shared seeds not present")

SAMPLE = (
    "天津市某区2024年法治政府建设情况报告\n"
    "\n"
    "　　2024年，区司法局坚持以习近平法治思想为指导，现将有关情况报告如下：\n"
    "一、主要举措和成效\n"
    "（一）完善依法行政制度体系。全年审核规范性文件218件，审核率100%。\n"
)


def lines_of(text: str) -> list[str]:
    return re.split(r"\r\n|\r|\n", text)


def assert_locations_exact(document: Document, source: str) -> None:
    """Every character of every block sits at (line, column + offset) of the source."""
    lines = lines_of(source.lstrip("\ufeff"))
    for block in document.blocks:
        line = lines[block.location.line - 1]
        start = block.location.column - 1
        assert line[start : start + len(block.text)] == block.text, (block.location, block.text)


def blank_free(text: str) -> list[str]:
    return [
        line.strip(" \t\u3000\u00a0") for line in lines_of(text) if line.strip(" \t\u3000\u00a0")
    ]


# -- encodings ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("encoding", "detected"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("gbk", "gb18030"),
        ("gb18030", "gb18030"),
        ("utf-16", "utf-16"),
        ("utf-16-le", "utf-16-le"),
        ("utf-16-be", "utf-16-be"),
        ("utf-32", "utf-32"),
    ],
)
def test_sample_in_every_encoding(encoding: str, detected: str) -> None:
    document = read_bytes(SAMPLE.encode(encoding), "报告.txt")
    assert not document.problems
    assert document.meta["encoding"] == detected
    assert [b.text for b in document.blocks] == blank_free(SAMPLE)


@needs_seeds
@pytest.mark.parametrize(
    "encoding", ["gbk", "gb18030", "utf-16", "utf-16-le", "utf-16-be", "utf-8-sig"]
)
def test_seeds_in_other_encodings_read_like_utf8(encoding: str) -> None:
    for path in SEED_FILES:
        text = path.read_text(encoding="utf-8").replace("\u00a0", " ")  # NBSP has no GBK code
        reference = read_bytes(text.encode("utf-8"), path.name)
        document = read_bytes(text.encode(encoding), path.name)
        assert not document.problems, path.name
        assert [b.text for b in document.blocks] == [b.text for b in reference.blocks], path.name
        assert [b.location for b in document.blocks] == [b.location for b in reference.blocks]


@needs_seeds
@pytest.mark.parametrize("encoding", ["gbk", "utf-16-le", "utf-16-be"])
def test_short_seed_lines_are_not_misdetected(encoding: str) -> None:
    """Single lines of a report (what charset-normalizer alone reads as cp949) decode right."""
    wrong = []
    total = 0
    for path in SEED_FILES:
        for line in path.read_text(encoding="utf-8").replace("\u00a0", " ").splitlines():
            line = line.strip()
            if len(line) < 6:
                continue
            for piece in (line, line[:6], line[:12]):
                total += 1
                text, _ = decode(piece.encode(encoding))
                if text != piece:
                    wrong.append(piece)
    assert total > 300
    assert wrong == []


def test_gbk_is_not_taken_for_korean_or_utf16() -> None:
    for text in ("法治政府建设", "（一）坚持党的领导", "2024年法治政府建设情况报告"):
        decoded, encoding = decode(text.encode("gbk"))
        assert (decoded, encoding) == (text, "gb18030")


def test_big5() -> None:
    text = "法治政府建設是全面依法治國的重點任務和主體工程，是推進國家治理體系和治理能力現代化的重要支撐。"
    for encoding in ("big5", "cp950"):
        decoded, detected = decode(text.encode(encoding))
        assert decoded == text
        assert detected == "cp950"


def test_strict_utf8_wins() -> None:
    assert decode("法治".encode())[1] == "utf-8"
    assert decode(b"plain ascii")[1] == "utf-8"


def test_gb18030_four_byte_characters() -> None:
    text = "㐀䶵 𠀀 法治政府建设情况报告"
    assert decode(text.encode("gb18030")) == (text, "gb18030")


def test_damaged_gbk_is_still_read_with_replacements() -> None:
    data = ("法治政府建设情况报告。" * 20).encode("gbk")
    data = data[:50] + b"\xff" + data[50:]
    document = read_bytes(data, "a.txt")
    assert not document.problems
    assert document.meta["replacement_chars"] >= 1
    assert "法治政府建设" in document.blocks[0].text


def test_looks_binary() -> None:
    assert looks_binary("abc\x00def")
    assert looks_binary("报告" + "\x01\x02\x03" * 10)
    assert not looks_binary("报告正文\f第二页\x0b换行\t制表")
    assert not looks_binary("")


# -- blocks and locations ---------------------------------------------------------------------
def test_one_block_per_non_empty_line_with_exact_columns() -> None:
    source = "　　一、总体情况\r\n\r\n  (一)完善制度  \r\n\t第三行\r\n\u00a0\u3000 第四行\n"
    document = read_bytes(source.encode(), "a.txt")
    rows = [(b.text, b.location.line, b.location.column) for b in document.blocks]
    assert rows == [
        ("一、总体情况", 1, 3),
        ("(一)完善制度", 3, 3),
        ("第三行", 4, 2),
        ("第四行", 5, 4),
    ]
    assert all(b.kind == BlockKind.PARAGRAPH for b in document.blocks)
    assert [b.index for b in document.blocks] == [0, 1, 2, 3]
    assert [b.location.block for b in document.blocks] == [0, 1, 2, 3]
    assert_locations_exact(document, source)


def test_line_endings_lone_cr_and_trailing_cr() -> None:
    source = "第一行\r第二行\r\n第三行\n"
    document = read_bytes(source.encode(), "a.txt")
    assert [(b.text, b.location.line) for b in document.blocks] == [
        ("第一行", 1),
        ("第二行", 2),
        ("第三行", 3),
    ]
    assert not any("\r" in b.text for b in document.blocks)


def test_column_counts_characters_not_bytes() -> None:
    source = "\u3000\u3000\u3000报告"
    document = read_bytes(source.encode("gbk"), "a.txt")
    assert document.blocks[0].location.column == 4


def test_long_lines_are_fine() -> None:
    line = "法治政府建设" * 20000
    document = read_bytes(line.encode(), "a.txt")
    assert document.blocks[0].text == line


def test_text_limit_is_e007() -> None:
    from fazhi_lint.readers.text import read

    with pytest.raises(ReadError) as info:
        read(("报告" * 100).encode(), "a.txt", Limits(max_text_chars=50))
    assert info.value.code == "E007"


def test_markdown_like_lines_in_a_txt_are_kept() -> None:
    document = read_bytes("# 一、总体\n- 项目\n".encode(), "a.txt")
    assert [b.text for b in document.blocks] == ["# 一、总体", "- 项目"]
    assert document.format == "text"


@needs_seeds
def test_seed_locations_are_exact() -> None:
    for path in SEED_FILES:
        source = path.read_text(encoding="utf-8")
        document = read_bytes(path.read_bytes(), path.name)
        assert document.meta["encoding"] == "utf-8"
        assert len(document.blocks) == len(blank_free(source))
        assert_locations_exact(document, source)


# -- Markdown ------------------------------------------------------------------------------
MARKDOWN = """---
title: 报告
---
# 天津市某区2024年法治政府建设情况报告

## 一、主要举措和成效 ##
> 引用的一段话
> > 嵌套引用
- 一、列表项里的标签
  * （一）嵌套列表
- [x] 已完成事项
1. 提供组织保障
（1）括号标签
**二、存在的不足和原因**
**加粗**开头的正文，后面**还有**强调
```
代码块里的内容
# 不是标题
```
~~~~python
print("也不是")
~~~~
<!-- 注释 -->
<!--
多行注释
-->
---
***
#一、无空格的标题
| 项目 | 数量 |
| :--- | ---: |
| 行政复议 | 12件 |
| 行政诉讼 \\| 应诉 |  |
表格之后的段落
"""


def test_markdown_blocks() -> None:
    document = read_bytes(MARKDOWN.encode(), "报告.md")
    assert document.format == "markdown"
    paragraphs = [b.text for b in document.blocks if b.kind == BlockKind.PARAGRAPH]
    assert paragraphs == [
        "天津市某区2024年法治政府建设情况报告",
        "一、主要举措和成效",
        "引用的一段话",
        "嵌套引用",
        "一、列表项里的标签",
        "（一）嵌套列表",
        "已完成事项",
        "1. 提供组织保障",
        "（1）括号标签",
        "二、存在的不足和原因",
        "**加粗**开头的正文，后面**还有**强调",
        "一、无空格的标题",
        "表格之后的段落",
    ]
    cells = [
        (b.text, b.location.table, b.location.row, b.location.cell)
        for b in document.blocks
        if b.kind == BlockKind.TABLE_CELL
    ]
    assert cells == [
        ("项目", 1, 1, 1),
        ("数量", 1, 1, 2),
        ("行政复议", 1, 2, 1),
        ("12件", 1, 2, 2),
        ("行政诉讼 \\| 应诉", 1, 3, 1),
    ]
    assert_locations_exact(document, MARKDOWN)


def test_markdown_unclosed_fence_hides_the_rest() -> None:
    document = read_bytes("正文\n```\n代码\n".encode(), "a.md")
    assert [b.text for b in document.blocks] == ["正文"]


def test_markdown_heading_column() -> None:
    document = read_bytes("###   （三）标题\n".encode(), "a.md")
    block = document.blocks[0]
    assert (block.text, block.location.column) == ("（三）标题", 7)
