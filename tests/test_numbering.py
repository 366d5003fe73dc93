"""Word automatic numbering rendered as Word shows it (readers/numbering.py).

Every expected label below is derived by hand from ECMA-376 §17.9 and the notes in
PARSING-NOTES §1.2–1.3; the comment next to each says why.
"""

from __future__ import annotations

import pytest

from fazhi_lint.readers.numbering import (
    chinese_counting,
    chinese_counting_thousand,
    chinese_legal_simplified,
    format_number,
)

try:
    from .docx_factory import abstract_num, build_docx, lvl, num, p, read, style
except ImportError:  # tests/ is not a package
    from docx_factory import abstract_num, build_docx, lvl, num, p, read, style

# ---------------------------------------------------------------------------------------------
# number formats


@pytest.mark.parametrize(
    ("n", "expected"),
    [(1, "一"), (2, "二"), (10, "十"), (11, "十一"), (19, "十九"), (20, "二十"), (21, "二十一"),
     (99, "九十九"), (100, "一〇〇"), (105, "一〇五")],
)  # fmt: skip
def test_chinese_counting(n: int, expected: str) -> None:
    # chineseCounting: tens spelled out up to 99, then digit by digit (PARSING-NOTES table)
    assert chinese_counting(n) == expected


@pytest.mark.parametrize(
    ("n", "expected"),
    [(1, "一"), (10, "十"), (12, "十二"), (20, "二十"), (21, "二十一"), (100, "一百"),
     (101, "一百零一"), (105, "一百零五"), (110, "一百一十"), (1000, "一千"),
     (1001, "一千零一"), (1010, "一千零一十"), (10000, "一万"), (10001, "一万零一"),
     (100015, "十万零一十五"), (20300, "二万零三百")],
)  # fmt: skip
def test_chinese_counting_thousand(n: int, expected: str) -> None:
    # grouped with 百/千/万, one 零 per gap, 十X (not 一十X) only at the very start
    assert chinese_counting_thousand(n) == expected


@pytest.mark.parametrize(
    ("n", "expected"),
    [(1, "壹"), (10, "壹拾"), (11, "壹拾壹"), (21, "贰拾壹"), (105, "壹佰零伍")],
)
def test_chinese_legal_simplified(n: int, expected: str) -> None:
    # the legal (大写) form always writes the 壹 before 拾
    assert chinese_legal_simplified(n) == expected


@pytest.mark.parametrize(
    ("fmt", "n", "expected"),
    [
        ("decimal", 12, "12"),
        ("decimalZero", 7, "07"),
        ("decimalZero", 12, "12"),
        ("ideographTraditional", 1, "甲"),
        ("ideographTraditional", 3, "丙"),
        ("ideographTraditional", 10, "癸"),
        ("ideographZodiac", 1, "子"),
        ("ideographZodiac", 12, "亥"),
        ("ideographDigital", 10, "一〇"),
        ("ideographDigital", 2024, "二〇二四"),
        ("decimalEnclosedCircle", 1, "①"),
        ("decimalEnclosedCircle", 20, "⑳"),
        ("decimalEnclosedCircle", 21, "21"),  # Word falls back to decimal above 20
        ("decimalEnclosedCircleChinese", 3, "③"),
        ("decimalFullWidth", 12, "１２"),
        ("decimalEnclosedParen", 2, "⑵"),
        ("decimalEnclosedFullstop", 3, "⒊"),
        ("upperLetter", 1, "A"),
        ("upperLetter", 26, "Z"),
        ("upperLetter", 27, "AA"),  # Word repeats the letter: AA, BB, not AB
        ("upperLetter", 28, "BB"),
        ("lowerLetter", 2, "b"),
        ("upperRoman", 4, "IV"),
        ("upperRoman", 1999, "MCMXCIX"),
        ("lowerRoman", 9, "ix"),
        ("none", 5, ""),
        ("chineseCounting", 11, "十一"),
        ("chineseCountingThousand", 11, "十一"),
        ("chineseLegalSimplified", 2, "贰"),
        ("someFutureFormat", 3, "3"),
    ],
)
def test_format_number(fmt: str, n: int, expected: str) -> None:
    assert format_number(n, fmt) == expected


def test_custom_format_zero_padded() -> None:
    # Word 2010 writes numFmt custom with a sample list such as "001, 002, 003, ..."
    assert format_number(7, "custom", "001, 002, 003, ...") == "007"


# ---------------------------------------------------------------------------------------------
# the crafted document of PARSING-NOTES §1.3

STYLES = "".join(
    [
        style("a", "Normal", default=True),
        # heading styles numbered through their style (numPr without ilvl; the levels name them)
        style("1", "heading 1", based_on="a", ppr='<w:numPr><w:numId w:val="4"/></w:numPr>'),
        style("2", "heading 2", based_on="a", ppr='<w:numPr><w:numId w:val="4"/></w:numPr>'),
        style("3", "heading 3", based_on="a", ppr='<w:numPr><w:numId w:val="4"/></w:numPr>'),
        # a numbering style for numStyleLink indirection
        style(
            "ListX", "列表样式X", kind="numbering", ppr='<w:numPr><w:numId w:val="6"/></w:numPr>'
        ),
    ]
)

NUMBERING = "".join(
    [
        # the typical 5-level outline of a 公文 report
        abstract_num(
            1,
            lvl(0, "chineseCounting", "%1、"),
            lvl(1, "chineseCounting", "（%2）"),
            lvl(2, "decimal", "%3."),
            lvl(3, "decimal", "（%4）"),
            lvl(4, "decimalEnclosedCircle", "%5"),
        ),
        # chapter / heavenly-stem / legal numbering, linked to the heading styles
        abstract_num(
            2,
            lvl(0, "chineseCountingThousand", "第%1章", pstyle="1", suff="space"),
            lvl(1, "ideographTraditional", "%2、", pstyle="2"),
            lvl(2, "decimal", "%1.%2.%3", pstyle="3", is_lgl=True, restart=1),
        ),
        # numStyleLink: abstract 3 only refers to the numbering style ListX -> numId 6 -> abs 4
        abstract_num(3, link='<w:numStyleLink w:val="ListX"/>'),
        abstract_num(4, lvl(0, "ideographTraditional", "%1."), link='<w:styleLink w:val="ListX"/>'),
        num(1, 1),
        num(2, 1),  # a second plain numId on the same abstractNum
        num(3, 1, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'),
        num(4, 2),
        num(5, 3),
        num(6, 4),
        # whole-level replacement: level 0 becomes "第%1部分" starting at 5
        num(7, 1, f'<w:lvlOverride w:ilvl="0">{lvl(0, "chineseCountingThousand", "第%1部分", start=5)}</w:lvlOverride>'),
    ]
)  # fmt: skip


def _labels(body: str) -> list[tuple[str | None, str]]:
    document = read(build_docx(body, styles=STYLES, numbering=NUMBERING))
    assert not document.problems, document.problems
    return [(b.label.text if b.label else None, b.text) for b in document.blocks]


def test_five_level_outline() -> None:
    body = "".join(
        [
            p("总体情况", num=(1, 0)),  # first use of level 0: start 1 -> 一、
            p("主要举措", num=(1, 1)),  # level 1 starts: （一）
            p("第一项", num=(1, 2)),  # level 2 starts: 1.
            p("细项", num=(1, 3)),  # level 3 starts: （1）
            p("要点甲", num=(1, 4)),  # level 4 starts: ①
            p("要点乙", num=(1, 4)),  # ②
            p("第二项", num=(1, 2)),  # level 2 continues: 2.; levels 3-4 restart
            p("细项二", num=(1, 3)),  # （1） again (restarted by the level-2 item)
            p("其他举措", num=(1, 1)),  # （二）
            p("再一项", num=(1, 2)),  # 1. (restarted by the level-1 item)
        ]
    )
    assert _labels(body) == [
        ("一、", "一、总体情况"),
        ("（一）", "（一）主要举措"),
        ("1.", "1. 第一项"),  # an ASCII-ending label keeps one space before the text
        ("（1）", "（1）细项"),
        ("①", "①要点甲"),
        ("②", "②要点乙"),
        ("2.", "2. 第二项"),
        ("（1）", "（1）细项二"),
        ("（二）", "（二）其他举措"),
        ("1.", "1. 再一项"),
    ]


def test_counting_past_ten_and_counters_per_abstract_num() -> None:
    body = "".join(p(f"第{i}部分", num=(1, 0)) for i in range(1, 13))
    # numId 2 uses the same abstractNum 1: Word continues the one sequence -> 十三、
    body += p("续编", num=(2, 0))
    # numId 3 has startOverride 1 on level 0: restarts the first time it is used -> 一、
    body += p("重新开始", num=(3, 0))
    # the counters still belong to abstractNum 1, so numId 1 continues after it -> 二、
    body += p("原编号继续", num=(1, 0))
    labels = [label for label, _ in _labels(body)]
    assert labels[:12] == [chinese_counting(i) + "、" for i in range(1, 13)]
    assert labels[9:12] == ["十、", "十一、", "十二、"]
    assert labels[12:] == ["十三、", "一、", "二、"]


def test_style_linked_headings_is_lgl_and_lvl_restart() -> None:
    body = "".join(
        [
            p("总则", style="1"),  # Heading 1 -> level whose pStyle is "1": 第一章
            p("甲项", style="2"),  # Heading 2 -> level 1, ideographTraditional: 甲、
            p("乙项", style="2"),  # 乙、
            p("细则", style="3"),  # level 2, isLgl: every %n decimal -> 1.2.1
            p("丙项", style="2"),  # 丙、
            # lvlRestart=1: level 2 restarts only when level 1 (ilvl 0) is used, so the
            # 丙 item does not reset it: 1.3.2
            p("细则二", style="3"),
            p("附则", style="1"),  # 第二章
            p("细则三", style="3"),  # level 1 unused since: start value 1; level 2 reset: 2.1.1
        ]
    )
    assert _labels(body) == [
        ("第一章", "第一章 总则"),  # suff=space: one space after a label ending in 章
        ("甲、", "甲、甲项"),
        ("乙、", "乙、乙项"),
        ("1.2.1", "1.2.1 细则"),
        ("丙、", "丙、丙项"),
        ("1.3.2", "1.3.2 细则二"),
        ("第二章", "第二章 附则"),
        ("2.1.1", "2.1.1 细则三"),
    ]


def test_chinese_counting_thousand_chapters_past_ten() -> None:
    body = "".join(p(f"章{i}", style="1") for i in range(1, 13))
    labels = [label for label, _ in _labels(body)]
    assert labels[9:] == ["第十章", "第十一章", "第十二章"]


def test_num_id_zero_cancels_style_numbering() -> None:
    body = "".join(
        [
            p("第一", style="1"),
            p("不编号的标题", style="1", num=(0, None)),  # numId 0 removes the style's numbering
            p("第二", style="1"),  # the cancelled paragraph did not count: 第二章
        ]
    )
    assert _labels(body) == [
        ("第一章", "第一章 第一"),
        (None, "不编号的标题"),
        ("第二章", "第二章 第二"),
    ]


def test_num_style_link_indirection() -> None:
    # numId 5 -> abstract 3 -> numStyleLink ListX -> style ListX -> numId 6 -> abstract 4
    body = p("甲项", num=(5, 0)) + p("乙项", num=(6, 0))
    # both numIds end at abstract 4, so they share its counter: 甲. then 乙.
    assert _labels(body) == [("甲.", "甲. 甲项"), ("乙.", "乙. 乙项")]


def test_whole_level_override() -> None:
    # numId 7 replaces level 0 by "第%1部分" starting at 5 (chineseCountingThousand)
    assert _labels(p("概述", num=(7, 0))) == [("第五部分", "第五部分 概述")]


def test_label_metadata_and_empty_numbered_paragraph() -> None:
    body = p("一项", num=(1, 0)) + p(num=(1, 0)) + p("三项", num=(1, 0))
    document = read(build_docx(body, styles=STYLES, numbering=NUMBERING))
    # the empty numbered paragraph still takes 二、 (Word shows the bare number) but has no block
    assert [b.text for b in document.blocks] == ["一、一项", "三、三项"]
    label = document.blocks[1].label
    assert label is not None
    assert (label.automatic, label.num_id, label.level) == (True, "1", 0)
    assert document.blocks[1].location.paragraph == 3


def test_typed_label_is_not_an_automatic_label() -> None:
    document = read(build_docx(p("一、手写的编号"), styles=STYLES, numbering=NUMBERING))
    assert document.blocks[0].label is None
    assert document.blocks[0].text == "一、手写的编号"


def test_bullets() -> None:
    numbering = "".join(
        [
            abstract_num(
                9,
                lvl(0, "bullet", "\uf0b7", extra='<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/></w:rPr>'),
                lvl(1, "bullet", "●"),
                lvl(2, "bullet", "§", extra='<w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/></w:rPr>'),
            ),
            num(9, 9),
        ]
    )  # fmt: skip
    body = p("符号字体", num=(9, 0)) + p("实心圆", num=(9, 1)) + p("方块", num=(9, 2))
    document = read(build_docx(body, numbering=numbering))
    # a Symbol/Wingdings private-use glyph is shown as "•"; a real character is kept
    assert [b.text for b in document.blocks] == ["•符号字体", "●实心圆", "•方块"]
    assert all(b.label is not None and b.label.automatic for b in document.blocks)


def test_numbering_missing_or_unknown_num_id_is_harmless() -> None:
    document = read(build_docx(p("正文", num=(42, 0)), numbering=NUMBERING))
    assert document.blocks[0].label is None
    document = read(build_docx(p("正文", num=(1, 0))))  # no numbering part at all
    assert document.blocks[0].text == "正文"


def test_label_suffix_rules() -> None:
    numbering = "".join(
        [
            abstract_num(20, lvl(0, "decimal", "%1.", suff="nothing")),
            abstract_num(21, lvl(0, "chineseCounting", "%1、", suff="space")),
            abstract_num(22, lvl(0, "chineseCounting", "（%1）")),  # no suff: tab
            abstract_num(23, lvl(0, "decimal", "%1)")),
            num(20, 20),
            num(21, 21),
            num(22, 22),
            num(23, 23),
        ]
    )
    body = p("2024年", num=(20, 0)) + p("空格", num=(21, 0))
    body += p("制表符", num=(22, 0)) + p("2024年", num=(23, 0))
    document = read(build_docx(body, numbering=numbering))
    assert [b.text for b in document.blocks] == [
        "1.2024年",  # suff=nothing: glued, exactly as Word shows it
        "一、 空格",  # suff=space: the space Word shows
        "（一）制表符",  # tab after closing punctuation: glued, as such labels are typed
        "1) 2024年",  # tab after an ASCII label: one space, so 1) and 2024 stay apart
    ]
    assert all(b.text.startswith(b.label.text) for b in document.blocks if b.label)
