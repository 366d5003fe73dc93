"""Numbering labels and the numerals inside them (fazhi_lint.analysis.labels)."""

from __future__ import annotations

import pytest

from fazhi_lint.analysis.labels import (
    CANONICAL_LEVEL,
    canonical_label,
    cn_to_int,
    format_label,
    int_to_cn,
    parse_label,
    parse_number,
    relabel,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("一", 1),
        ("九", 9),
        ("十", 10),
        ("十一", 11),
        ("十九", 19),
        ("二十", 20),
        ("二十三", 23),
        ("九十九", 99),
        ("百", 100),
        ("一百", 100),
        ("一〇", 10),
    ],
)
def test_cn_to_int(text: str, value: int) -> None:
    assert cn_to_int(text) == value


@pytest.mark.parametrize(
    "text", ["", "〇", "十十", "二十〇", "零一", "一二三", "十二十", "abc", "两"]
)
def test_cn_to_int_rejects_malformed(text: str) -> None:
    assert cn_to_int(text) is None


def test_int_to_cn_round_trips() -> None:
    for n in range(1, 101):
        assert cn_to_int(int_to_cn(n)) == n
    assert int_to_cn(10) == "十" and int_to_cn(21) == "二十一"


def test_parse_number_full_width_digits() -> None:
    assert parse_number("１２") == 12
    assert parse_number("7") == 7
    assert parse_number("十二") == 12


@pytest.mark.parametrize(
    ("text", "scheme", "number", "label", "title_start"),
    [
        ("一、总体情况", "cn-dun", 1, "一、", 2),
        ("十一、其他", "cn-dun", 11, "十一、", 3),
        ("二十、其他", "cn-dun", 20, "二十、", 3),
        ("（三）着力推进", "cn-paren", 3, "（三）", 3),
        ("（十二）着力推进", "cn-paren", 12, "（十二）", 4),
        ("(一)坚持党的领导", "cn-paren-half", 1, "(一)", 3),
        ("（一)混合括号", "cn-paren-half", 1, "（一)", 3),
        ("1.提供组织保障", "ar-dot", 1, "1.", 2),
        ("1. 持续优化", "ar-dot", 1, "1.", 3),
        ("12.第十二项", "ar-dot", 12, "12.", 3),
        ("1、 主要举措", "ar-dun", 1, "1、", 3),
        ("1 、主要举措", "ar-dun", 1, "1 、", 3),
        ("（1） 带头学习", "ar-paren", 1, "（1）", 4),
        ("(2)本合同", "ar-paren-half", 2, "(2)", 3),
        ("①第一点", "circled", 1, "①", 1),
        ("⑫第十二点", "circled", 12, "⑫", 1),
        ("⑴第一点", "ar-paren-glyph", 1, "⑴", 1),
        ("一.主要举措", "cn-dot", 1, "一.", 2),
        ("二．主要举措", "cn-dot", 2, "二．", 2),
        ("三，存在问题", "cn-comma", 3, "三，", 2),
        ("1．页面", "ar-fullwidth-dot", 1, "1．", 2),
        ("１、全角数字", "ar-dun", 1, "１、", 2),
        ("（１）全角数字", "ar-paren", 1, "（１）", 3),
        ("第一部分 主要举措", "chapter", 1, "第一部分", 5),
        ("第二章总体情况", "chapter", 2, "第二章", 3),
        ("第三部分：存在问题", "chapter", 3, "第三部分：", 5),
    ],
)
def test_parse_label(text: str, scheme: str, number: int, label: str, title_start: int) -> None:
    found = parse_label(text)
    assert found is not None
    assert (found.scheme, found.number, found.text) == (scheme, number, label)
    assert text[found.start : found.end] == label
    assert found.body_start == title_start


@pytest.mark.parametrize(
    "text",
    [
        "一是强化组织领导。二是细化分工。",  # enumeration words
        "二是细化责任分工",
        "1.14万件行政案件已办结。",  # a decimal, not a label
        "2023年，我局坚持依法行政。",  # a year
        "2023、2024年连续两年获评",
        "123、三位数不是标题编号",
        "十项行动”方面,发挥法治作用",  # a wrapped line starting with a numeral
        "第1章为绪论。阐述研究背景。",  # a sentence about a chapter
        "第一责任人职责",
        "全年办理1.案件",
        "一方面加强学习",
        "5、6月份开展专项检查",  # enumerated numbers
        "三、四季度集中开展培训",
        "（2023年）工作情况",
        "",
    ],
)
def test_not_a_label(text: str) -> None:
    assert parse_label(text) is None


def test_label_after_word_debris() -> None:
    text = "[bookmark: _GoBack]（五）完善矛盾纠纷排查化解机制"
    found = parse_label(text)
    assert (
        found is not None and found.text == "（五）" and found.start == len("[bookmark: _GoBack]")
    )
    assert text[found.body_start :].startswith("完善")


def test_debris_after_label_is_not_title() -> None:
    text = "（2） [bookmark: _GoBack]着力保障科学民主依法决策有效推进。"
    found = parse_label(text)
    assert found is not None and found.number == 2
    assert text[found.body_start :].startswith("着力保障")


def test_label_properties() -> None:
    full = parse_label("１．全角")
    spaced = parse_label("1 、有空格")
    assert full is not None and full.fullwidth_digits and not full.inner_space
    assert spaced is not None and spaced.inner_space and not spaced.fullwidth_digits


def test_nominal_levels_follow_gbt_9704() -> None:
    assert [
        CANONICAL_LEVEL[s] for s in ("cn-dun", "cn-paren", "ar-dot", "ar-paren", "circled")
    ] == [
        1,
        2,
        3,
        4,
        5,
    ]
    # look-alikes take the level of the form they imitate
    assert CANONICAL_LEVEL["ar-dun"] == 3 and CANONICAL_LEVEL["cn-paren-half"] == 2
    assert CANONICAL_LEVEL["cn-dot"] == 1 and CANONICAL_LEVEL["ar-paren-half"] == 4
    assert CANONICAL_LEVEL["ar-fullwidth-dot"] == 3 and CANONICAL_LEVEL["chapter"] == 1


def test_format_and_canonical_labels() -> None:
    assert [canonical_label(level, 3) for level in (1, 2, 3, 4, 5)] == [
        "三、",
        "（三）",
        "3.",
        "（3）",
        "③",
    ]
    assert format_label("ar-dun", 2) == "2、"
    assert format_label("cn-paren-half", 11) == "(十一)"
    assert relabel("第1章", "chapter", 2) == "第2章"
    assert relabel("第一部分", "chapter", 3) == "第三部分"
    assert relabel("一、", "cn-dun", 4) == "四、"
