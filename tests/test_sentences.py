"""fazhi_lint.analysis.sentences: sentence and clause splitting with exact offsets."""

from __future__ import annotations

from fazhi_lint.analysis.sentences import (
    CLAUSE_END,
    normalize,
    sentences_in,
    split,
)
from fazhi_lint.analysis.views import sentences_of
from fazhi_lint.model import Block, BlockKind, Document


def texts(text: str, ends: str | None = None) -> list[str]:
    spans = split(text) if ends is None else split(text, ends)
    return [text[s:e] for s, e in spans]


def test_terminators_and_offsets() -> None:
    text = "深化改革。提升效能！是否完成？继续推进；"
    assert texts(text) == ["深化改革。", "提升效能！", "是否完成？", "继续推进；"]
    assert split(text)[1] == (5, 10)


def test_closing_marks_stay_with_their_sentence() -> None:
    text = "他强调：“要依法行政。”随后部署工作。"
    assert texts(text) == ["他强调：“要依法行政。”", "随后部署工作。"]


def test_decimal_point_and_label_do_not_end_a_sentence() -> None:
    text = "1.提升执法规范化水平，增长3.5个百分点。下一句"
    assert texts(text) == ["1.提升执法规范化水平，增长3.5个百分点。", "下一句"]


def test_ellipsis_ends_a_sentence_only_before_a_new_one() -> None:
    assert texts("开展宣传、培训……。另起一句。") == ["开展宣传、培训……。", "另起一句。"]
    assert texts("宣传、培训……等工作。") == ["宣传、培训……等工作。"]


def test_spaces_are_trimmed_and_empty_pieces_dropped() -> None:
    text = "  第一句。  。 第二句。  "
    spans = split(text)
    assert [text[s:e] for s, e in spans] == ["第一句。", "第二句。"]
    assert spans[0] == (2, 6)


def test_doubled_terminators_are_one_end() -> None:
    assert texts("完成了吗？！完成。。继续") == ["完成了吗？！", "完成。。", "继续"]


def test_clauses() -> None:
    text = "组织召开推进会，组织全区参加培训：效果良好。"
    assert texts(text, CLAUSE_END) == ["组织召开推进会，", "组织全区参加培训：", "效果良好。"]


def test_normalize_keeps_only_characters_letters_digits() -> None:
    assert (
        normalize("召开社区“法律明白人”培养工程推进会，共3场。")
        == "召开社区法律明白人培养工程推进会共3场"
    )
    assert normalize("《A》（2021—2025年）") == "A20212025年"


def test_sentences_of_covers_body_blocks_and_caches() -> None:
    blocks = [
        Block(0, "第一段第一句。第一段第二句。"),
        Block(1, "页眉文字。", kind=BlockKind.HEADER),
        Block(2, "表格内容。", kind=BlockKind.TABLE_CELL),
    ]
    document = Document("x.txt", "text", blocks=blocks)
    found = sentences_of(document)
    assert [(s.block, s.text) for s in found] == [
        (0, "第一段第一句。"),
        (0, "第一段第二句。"),
        (2, "表格内容。"),
    ]
    assert sentences_of(document) is found
    first = found[1]
    assert blocks[0].text[first.start : first.end] == first.text
    assert first.key == "第一段第二句"


def test_sentences_in_a_block() -> None:
    block = Block(7, "甲。乙")
    assert [(s.block, s.start, s.end) for s in sentences_in(block)] == [(7, 0, 2), (7, 2, 3)]
