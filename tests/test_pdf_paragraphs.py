"""PDF paragraphs are not cut mid-sentence where a line wrapped early (issue 10, blind spot 1).

Left-aligned text (and LibreOffice/WPS line breaking) wraps a line before the end of the
measure when the next number, word or character with its closing punctuation does not fit:
「…累计受理公职律师」 | 「2850名，其中…」. Each test draws a page with reportlab (STSong-Light,
16 pt, a 26-character measure, lines placed by hand as a left-aligned typesetter places them)
and reads it back with the PDF reader. The rules themselves are also tested on their own.
"""

from __future__ import annotations

import io

import pytest

from fazhi_lint.model import BlockKind
from fazhi_lint.readers import pdf as pdf_reader
from fazhi_lint.readers.pdf_layout import (
    Geometry,
    Line,
    ends_sentence,
    head_piece,
    inside_sentence,
    paragraphs,
)
from fazhi_lint.readers.safety import DEFAULT_LIMITS

pytest.importorskip("reportlab")

FONT = "STSong-Light"
SIZE = 16.0
LEFT = 80.0
MEASURE = 26  # characters of SIZE: the text block's width
RIGHT = LEFT + MEASURE * SIZE
PITCH = 29.0

FULL = "全面落实法治政府建设各项任务持续推进严格规范公正文明执法工作"[:MEASURE]
FULL_INDENTED = FULL[: MEASURE - 2]


def _width(text: str) -> float:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    return pdfmetrics.stringWidth(text, FONT, SIZE)


def _pdf(lines: list[tuple[str, int]]) -> bytes:
    """One A4 page; each line is (text, indent in characters), 29 pt below the one before."""
    from reportlab.pdfgen import canvas

    _width("")  # registers the font
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=(595.2756, 841.8898), invariant=1)
    y = 760.0
    for text, indent in lines:
        x = LEFT + indent * SIZE
        assert x + _width(text) <= RIGHT + 0.01, f"wider than the measure: {text}"
        page.setFont(FONT, SIZE)
        page.drawString(x, y, text)
        y -= PITCH
    page.showPage()
    page.save()
    return buffer.getvalue()


def _paragraphs(lines: list[tuple[str, int]]) -> list[str]:
    document = pdf_reader.read(_pdf(lines), "t.pdf", DEFAULT_LIMITS, isolate=False)
    return [b.text for b in document.blocks if b.kind is BlockKind.PARAGRAPH]


def _room(text: str, indent: int = 0) -> float:
    """What is left of the measure after ``text``, in characters."""
    return (RIGHT - LEFT - indent * SIZE - _width(text)) / SIZE


# a paragraph of full lines before each case, so that the text block's edges are known
OPENING = [(FULL_INDENTED, 2), (FULL, 0), (FULL, 0), ("任务。", 0)]
OPENING_TEXT = FULL_INDENTED + FULL + FULL + "任务。"


def test_a_number_pushed_to_the_next_line_stays_in_the_sentence() -> None:
    short = "全年办理各类法律援助案件10270件，累计受理公职律师"  # 「2850」 did not fit
    assert 1.2 < _room(short) < _width("2850") / SIZE  # short of the edge: not a full line
    lines = [*OPENING, (short, 0), ("2850名，其中新增公职律师368名。", 0)]
    assert _paragraphs(lines) == [OPENING_TEXT, short + "2850名，其中新增公职律师368名。"]


def test_a_unit_at_the_start_of_a_line_continues_the_number_before_it() -> None:
    short = "全年共审结行政复议案件，其中决定撤销1185"
    assert _room(short) > 3  # far from the edge: only the unit says the sentence goes on
    lines = [*OPENING, (short, 0), ("件、确认违法984件。", 0)]
    assert _paragraphs(lines) == [OPENING_TEXT, short + "件、确认违法984件。"]


def test_closing_punctuation_never_starts_a_paragraph() -> None:
    short = "扎实推动司法局法治政府建设深入开展"
    assert _room(short) > 3
    lines = [*OPENING, (short, 0), ("，现将情况汇报如下：", 0)]
    assert _paragraphs(lines) == [OPENING_TEXT, short + "，现将情况汇报如下："]


def test_a_character_that_cannot_leave_its_comma_moves_with_it() -> None:
    # 「展，」 did not fit in the room left (the comma may not start a line)
    short = "全区3个街道法治政府建设工作都扎实推进、持续深入开"
    assert 1.2 < _room(short) < 2
    lines = [*OPENING, (short, 0), ("展，现将情况汇报如下：", 0)]
    assert _paragraphs(lines) == [OPENING_TEXT, short + "展，现将情况汇报如下："]


def test_a_character_glued_to_a_quotation_mark_moves_with_it() -> None:
    # 「法“三」 cannot be split: the line ends two characters short
    short = "城市管理、住房建设、生态环境、市场监管中的柔性执"
    assert 1.2 < _room(short) < 3
    lines = [*OPENING, (short, 0), ("法“三张清单”。", 0)]
    assert _paragraphs(lines) == [OPENING_TEXT, short + "法“三张清单”。"]


def test_a_line_without_punctuation_before_an_indented_line_ends_the_paragraph() -> None:
    # the next line's first piece would not have fitted either, but it starts indented:
    # a new 公文 paragraph
    short = "组织开展全区行政执法人员培训考试以及各项专项行动"
    assert 1.2 < _room(short) < 3
    lines = [*OPENING, (short, 0), ("“八五”普法规划实施中期评估顺利完成。", 2)]
    assert _paragraphs(lines) == [OPENING_TEXT, short, "“八五”普法规划实施中期评估顺利完成。"]


def test_a_heading_stands_alone_before_its_body() -> None:
    lines = [
        *OPENING,
        ("一、推进法治政府建设的主要举措和成效", 2),
        ("（一）加强组织领导", 0),  # flush left, as WPS writers often set headings
        ("区委、区政府主要负责人认真履行推进法治建设第一责任", 0),
        ("人职责。", 0),
    ]
    assert _paragraphs(lines) == [
        OPENING_TEXT,
        "一、推进法治政府建设的主要举措和成效",
        "（一）加强组织领导",
        "区委、区政府主要负责人认真履行推进法治建设第一责任人职责。",
    ]


def test_a_short_last_line_before_an_indented_paragraph_ends_the_paragraph() -> None:
    lines = [
        *OPENING,
        ("全年共收到行政复议申请111件，受理83件。", 2),
        ("不予受理28件，已办结103件。", 2),
    ]
    assert _paragraphs(lines) == [
        OPENING_TEXT,
        "全年共收到行政复议申请111件，受理83件。",
        "不予受理28件，已办结103件。",
    ]


def test_a_last_line_ending_a_sentence_short_of_the_edge_ends_the_paragraph() -> None:
    # the next line starts at the left edge (no indent), but the sentence has ended and
    # 「2850」 would have fitted in the room left: a paragraph set without an indent
    short = "全年办理法律援助案件，律所成立以来受理案件。"
    assert _room(short) > _width("2850") / SIZE + 1
    lines = [*OPENING, (short, 0), ("2850名公职律师参加培训。", 0)]
    assert _paragraphs(lines) == [OPENING_TEXT, short, "2850名公职律师参加培训。"]


def test_rows_of_a_table_without_rules_stay_rows() -> None:
    rows = [
        ("20805 行政事业单位养老支出            754.75", 0),
        ("2080501 行政单位离退休                 54.53", 0),
        ("2080599 其他行政事业单位             0.88", 0),
        ("单位养老支出", 0),
    ]
    texts = _paragraphs([*OPENING, *rows])
    assert texts[0] == OPENING_TEXT
    assert len(texts) == 5, texts
    assert texts[-1] == "单位养老支出"


# --------------------------------------------------------------------------------------------
# the rules on their own


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("2850名，其中", "2850"),
        ("距。在推动", "距。"),
        ("法“三张清单”", "法“三"),
        ("《行政复议法》", "《行"),
        ("（2021—2025年）", "（2021"),
        ("件、确认违法", "件、"),
        ("导。2023年9月", "导。2023"),
        ("证”制度", "证”制"),  # a closing quotation mark glues to both sides too
        ("“八五”普法", "“八"),
        ("", ""),
    ],
)
def test_head_piece(text: str, head: str) -> None:
    assert head_piece(text) == head


@pytest.mark.parametrize(
    ("a", "b", "inside"),
    [
        ("决定撤销1185", "件、确认违法984件。", True),
        ("累计受理", "2850名", False),  # no closing mark, no unit after a number
        ("共有律师12", "名。", True),
        ("开展", "，现将", True),
        ("印发《", "天津市实施方案》", True),
        ("全年完成120", "人民调解员培训", False),  # 人民 is not the unit 人
        ("CREATE TABLE t (", "id STRING,", False),  # Latin brackets outside Chinese text
        ("一、总体情况", "2024年，", False),
    ],
)
def test_inside_sentence(a: str, b: str, inside: bool) -> None:
    assert inside_sentence(a, b) is inside


@pytest.mark.parametrize(
    ("text", "ends"),
    [("报告如下：", True), ("他说：“已办结。”", True), ("（已办结。）", True), ("公职律师", False)],
)
def test_ends_sentence(text: str, ends: bool) -> None:
    assert ends_sentence(text) is ends


def _line(text: str, x0: float, x1: float, top: float, font: str) -> Line:
    line = Line(text, x0, x1, top, top + SIZE, SIZE, SIZE, font, None, False)
    line.page, line.edge_fonts = 1, (font, font)
    return line


def test_a_change_of_type_ends_a_heading_line_that_wrapped_short() -> None:
    # a 黑体 heading flush left and two characters short, then a flush-left body line whose
    # first piece would not have fitted: the change of type says the heading ended
    geo = Geometry(left=LEFT, right=RIGHT, indent=32.0, body_size=SIZE)
    lines = [
        _line("二、党政主要负责人履行推进法治建设第一责任人职责", LEFT, RIGHT - 32, 110, "Hei"),
        _line("2024年，区委、区政府主要负责人认真履行职责。", LEFT, RIGHT - 40, 139, "Song"),
    ]
    assert len(paragraphs([lines], [geo])) == 2
    lines[1].edge_fonts = ("Hei", "Hei")  # the same type: the heading wrapped
    assert len(paragraphs([lines], [geo])) == 1


@pytest.mark.parametrize(
    ("a", "b", "breaks"),
    [
        ("特定情况可以作适当调整。", "5.2.3 行数和字数", True),  # a clause number starts a line
        ("全年参加培训的干部职工", "2.5万人次，较上年增长。", False),  # a number goes on
    ],
)
def test_a_clause_number_after_a_sentence_starts_a_paragraph(a: str, b: str, breaks: bool) -> None:
    geo = Geometry(left=LEFT, right=RIGHT, indent=32.0, body_size=SIZE)
    lines = [_line(a, LEFT, RIGHT, 110, "Song"), _line(b, LEFT, LEFT + 200, 139, "Song")]
    assert (len(paragraphs([lines], [geo])) == 2) is breaks


def test_an_unindented_line_after_a_full_stop_continues_where_paragraphs_are_indented() -> None:
    # 「…主要用于行政单位离退休。」 ends 1.5 characters short: 「2023」 did not fit; in a
    # document whose paragraphs start indented, the unindented line goes on
    geo = Geometry(left=LEFT, right=RIGHT, indent=32.0, body_size=SIZE)
    a = _line("主要用于行政单位离退休。", LEFT + 32, RIGHT - 24, 110, "Song")
    b = _line("2023年当年预算执行数为20.30万元。", LEFT, LEFT + 300, 139, "Song")
    b.head = 4 * 0.5 * SIZE  # 「2023」
    assert len(paragraphs([[a, b]], [geo])) == 1
    unindented = Geometry(left=LEFT, right=RIGHT, indent=0.0, body_size=SIZE)
    assert len(paragraphs([[a, b]], [unindented])) == 2  # no indent: may be a new paragraph


def test_a_short_line_of_its_own_after_a_full_stop_stands_alone() -> None:
    # 「GB/T 9704—2012」 did not fit after 「…297 mm。」, but it is a line of its own: it
    # neither reaches the edge nor ends a sentence
    geo = Geometry(left=LEFT, right=RIGHT, indent=32.0, body_size=SIZE)
    a = _line("其成品幅面尺寸为：210 mm×297 mm。", LEFT, RIGHT - 40, 110, "Song")
    b = _line("GB/T 9704—2012", LEFT, LEFT + 120, 139, "Song")
    b.head = 48.0  # 「GB/T」: wider than the room left
    assert len(paragraphs([[a, b]], [geo])) == 2


def test_the_type_of_a_line_end_is_that_of_its_chinese_characters() -> None:
    from fazhi_lint.readers.pdf_layout import Glyph, make_lines

    glyphs = [
        Glyph(
            c,
            LEFT + i * SIZE,
            LEFT + (i + 1) * SIZE,
            100,
            116,
            SIZE,
            "Times" if c in "—（" else "Song",
        )
        for i, c in enumerate("纲要（2021—")
    ]
    (line,) = make_lines(glyphs)
    assert line.edge_fonts == ("Song", "Song")  # punctuation drawn in the Latin font aside
