"""A part heading that sits in a table is not a missing number."""

from __future__ import annotations

from fazhi_lint.config import Config
from fazhi_lint.engine import Linter
from fazhi_lint.model import Block, BlockKind, Document, Location


def doc(rows: list[tuple[str, BlockKind]]) -> Document:
    blocks = [
        Block(index=i, text=text, kind=kind, location=Location(block=i, paragraph=i + 1))
        for i, (text, kind) in enumerate(rows)
    ]
    return Document(path="x.docx", format="docx", blocks=blocks)


P, CELL = BlockKind.PARAGRAPH, BlockKind.TABLE_CELL


def gaps(document: Document) -> list[str]:
    return [d.message for d in Linter(Config(select=("H101",))).lint_document(document)]


def test_missing_numbers_found_in_table_cells_are_not_a_gap() -> None:
    document = doc(
        [
            ("某区人民政府2023年政府信息公开工作年度报告", P),
            ("一、总体情况", P),
            ("2023年，我区主动公开政府信息1136条。", P),
            ("二、主动公开政府信息情况", P),
            ("信息内容", CELL),
            ("三、收到和处理政府信息公开申请情况", CELL),
            ("本年新收政府信息公开申请数量", CELL),
            ("四、政府信息公开行政复议、行政诉讼情况", CELL),
            ("五、存在的主要问题及改进情况", P),
            ("依申请公开工作规范性还有待提高。", P),
        ]
    )
    assert gaps(document) == []


def test_a_gap_is_still_a_gap_when_only_some_numbers_are_in_tables() -> None:
    document = doc(
        [
            ("某区2023年度法治政府建设情况报告", P),
            ("一、主要举措和成效", P),
            ("全年办理案件12件。", P),
            ("二、存在的不足和原因", P),
            ("三、统计表", CELL),
            ("五、2024年工作安排", P),
            ("继续推进。", P),
        ]
    )
    assert len(gaps(document)) == 1


RUN_IN = [
    ("某局2024年度法治政府建设情况报告", P),
    ("一、主要职能", P),
    ("（一）贯彻执行国家有关法律法规。", P),
    ("（二）负责本区会计管理工作，组织实施会计制度。（三）负责本区非税收入管理。", P),
    ("（四）完成交办的其他任务。", P),
]


def test_an_item_run_into_the_previous_paragraph_is_not_a_gap() -> None:
    document = doc(RUN_IN)
    assert gaps(document) == []


def test_the_run_in_item_is_reported_where_it_stands() -> None:
    document = doc(RUN_IN)
    found = Linter(Config(select=("H108",))).lint_document(document)
    assert [(d.code, d.excerpt, d.location.block) for d in found] == [("H108", "（三）", 3)]
    assert found[0].span == (23, 26)  # 「（三）」 right after the full stop
