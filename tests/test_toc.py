"""A printed table of contents is kept apart from the body in every format."""

from __future__ import annotations

from pathlib import Path

import pytest

from fazhi_lint.config import Config
from fazhi_lint.engine import Linter
from fazhi_lint.readers import read_bytes, read_path

CORPUS = Path(__file__).resolve().parents[1] / "../shared/corpus/real"

WITH_TOC = """\
某区司法局2024年度法治政府建设情况报告
目  录
一、主要举措和成效……………………1
二、存在的不足和原因………………5
三、2025年工作安排…………………7
一、主要举措和成效
2024年，我局办理行政复议案件12件。
二、存在的不足和原因
原因在于培训不够系统。
三、2025年工作安排
继续推进。
"""


def test_contents_page_moves_to_furniture_and_body_is_renumbered() -> None:
    document = read_bytes(WITH_TOC.encode(), "报告.txt")
    assert document.meta["toc_entries"] == 3
    assert [b.text for b in document.furniture][:1] == ["目  录"]
    assert all(b.location.part == "toc" for b in document.furniture)
    texts = [b.text for b in document.blocks]
    assert texts[:2] == ["某区司法局2024年度法治政府建设情况报告", "一、主要举措和成效"]
    assert [b.index for b in document.blocks] == list(range(len(document.blocks)))
    assert [b.location.block for b in document.blocks] == list(range(len(document.blocks)))
    # locations still point at the source lines
    assert document.blocks[1].location.line == 6


def test_contents_entries_are_not_a_second_outline() -> None:
    diags = Linter(Config(select=("H",))).lint_bytes(WITH_TOC.encode(), "报告.txt").diagnostics
    assert diags == []


def test_a_contents_label_without_repeated_entries_moves_nothing() -> None:
    text = "某区2024年度法治政府建设情况报告\n目录\n一、主要举措和成效\n全年办理案件12件。\n"
    document = read_bytes(text.encode(), "报告.txt")
    assert "toc_entries" not in document.meta
    assert len(document.blocks) == 4


def test_a_paragraph_before_the_repeat_means_it_was_not_a_contents_page() -> None:
    text = "报告\n目录\n一、总体情况\n这是正文的第一段，说明了全年的情况。\n一、总体情况\n正文。\n"
    document = read_bytes(text.encode(), "报告.txt")
    assert "toc_entries" not in document.meta


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus absent")
def test_budget_pdf_contents_page_no_longer_reads_as_headings() -> None:
    path = CORPUS / "zxj6827111-blip__GovBudgetChecker/上海市普陀区财政局2024年度部门决算.pdf"
    document = read_path(path)
    assert document.meta["toc_entries"] >= 20
    assert document.blocks[2].text.startswith("第一部分")
    messages = [d.message for d in Linter(Config(select=("H102",))).lint_path(path).diagnostics]
    assert not any("第四部分”之后出现“第一部分" in m for m in messages)


def test_a_repeat_of_another_entry_is_not_where_the_body_starts() -> None:
    text = "论文\n目录\n第一章 绪论\n1.1 引言\n学位论文……\n1.2 主要内容\n学位论文……\n正文。\n"
    document = read_bytes(text.encode(), "论文.txt")
    assert "toc_entries" not in document.meta
    assert [b.text for b in document.blocks][2] == "第一章 绪论"
