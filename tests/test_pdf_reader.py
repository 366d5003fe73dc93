"""The PDF reader: layout rules on hand-made glyphs, then the generated fixture PDFs.

The fixture PDFs are in fixtures/pdf/ (built by fixtures/build_pdfs.py; the rl-*.pdf are drawn
with reportlab and their content is known line by line from that script).
"""

from __future__ import annotations

import dataclasses
import importlib.util
import sys
import zlib
from pathlib import Path

import pytest

from fazhi_lint.model import BlockKind
from fazhi_lint.readers import pdf as pdf_reader
from fazhi_lint.readers import read_bytes, read_path
from fazhi_lint.readers.pdf_layout import (
    PAGE_NUMBER,
    Geometry,
    Glyph,
    Line,
    join_lines,
    make_lines,
    mark_table_lines,
    paragraphs,
    split_furniture,
    table_regions,
    table_rows,
)
from fazhi_lint.readers.safety import DEFAULT_LIMITS, Limits

ROOT = Path(__file__).resolve().parents[1]
PDFS = ROOT / "fixtures" / "pdf"


# --------------------------------------------------------------------------------------------
# glyphs -> lines


def run(text: str, x: float, top: float, size: float = 16.0, gap: float = 0.0, **kw: object):
    """Glyphs for ``text`` side by side from ``x``: CJK one em wide, others half an em."""
    glyphs = []
    for char in text:
        width = size if ord(char) > 0x2000 else size / 2
        if char == " ":
            width = size / 4
        glyphs.append(Glyph(char, x, x + width, top, top + size, size, str(kw.get("font", "F"))))
        x += width + gap
    return glyphs


def line_text(glyphs: list[Glyph]) -> str:
    lines = make_lines(glyphs)
    assert len(lines) == 1, [line.text for line in lines]
    return lines[0].text


def test_digits_drawn_after_the_chinese_text_are_read_in_place() -> None:
    # WPS draws a line's CJK text first and its Latin digits in a second text object, one
    # point lower: the line still reads left to right
    cjk = run("自", 100, 200) + run("年", 100 + 16 + 4 + 32 + 4, 200)
    digits = run("2023", 100 + 16 + 4, 201, font="Times")
    assert line_text(digits + cjk) == "自2023年"  # the widened CJK/Latin gap is no space


def test_a_line_drawn_right_to_left_reads_left_to_right() -> None:
    glyphs = run("依法行政", 100, 200)
    assert line_text(list(reversed(glyphs))) == "依法行政"
    assert line_text(glyphs) == "依法行政"


def test_glyphs_at_the_same_place_keep_the_order_of_their_middles() -> None:
    # two boxes with the same left and right edges: the higher one is read first, in
    # whichever order they were drawn (as a stable sort of the middles' order gives it)
    low = Glyph("甲", 100, 116, 202, 218, 16, "F")
    high = Glyph("乙", 100, 116, 200, 216, 16, "F")
    assert line_text([low, high]) == "乙甲"
    assert line_text([high, low]) == "乙甲"


def test_letter_spaced_text_reads_without_spaces() -> None:
    glyphs = run("受理83件，办结89.08%", 72, 300, gap=4.0)
    assert line_text(glyphs) == "受理83件，办结89.08%"


def test_spaces_typed_between_every_character_are_letter_spacing() -> None:
    glyphs = []
    x = 200.0
    for i, char in enumerate("税务总局"):
        glyphs += run(char, x, 100, size=36)
        if i < 3:
            glyphs += run(" ", x + 36, 100, size=36)
        x += 36 + 18
    assert line_text(glyphs) == "税务总局"


def test_a_typed_space_and_latin_word_spaces_are_kept() -> None:
    glyphs = run("1、", 72, 100) + run(" ", 96, 100) + run("推进", 100, 100)
    assert line_text(glyphs) == "1、 推进"
    assert line_text(run("Pandoc", 72, 100) + run("Typst", 72 + 48 + 5, 100)) == "Pandoc Typst"


def test_a_wide_gap_is_a_space_and_splits_table_cells() -> None:
    glyphs = run("行政处罚", 72, 100) + run("4119", 300, 100)
    line = make_lines(glyphs)[0]
    assert line.text == "行政处罚 4119"
    assert [piece for _, _, piece in line.segments] == ["行政处罚", "4119"]


def test_fake_bold_overprint_is_read_once_and_marks_bold() -> None:
    glyphs = run("一、总体情况", 72, 100) + run("一、总体情况", 72.4, 100.3)
    line = make_lines(glyphs)[0]
    assert line.text == "一、总体情况"
    assert line.bold


def test_a_double_letter_is_not_taken_for_an_overprint() -> None:
    # front-matter: two t's side by side (4.7 pt apart at 16 pt) are two letters
    glyphs = [
        Glyph(c, x, x + w, 100, 116, 16, "F")
        for c, x, w in [("a", 316.7, 7.1), ("t", 323.8, 4.7), ("t", 328.5, 4.7), ("e", 333.2, 6.6)]
    ]
    assert line_text(glyphs) == "atte"


def test_compressed_punctuation_is_ordered_by_the_middle_of_its_box() -> None:
    # Typst sets 「（」 in half its width: its box starts before the 「.」 in front of it ends
    glyphs = [
        Glyph("1", 470.8, 478.3, 249, 265, 16, "F"),
        Glyph("（", 476.4, 492.4, 249, 265, 16, "F"),
        Glyph(".", 478.3, 481.8, 249, 265, 16, "F"),
        Glyph("1", 492.4, 499.9, 249, 265, 16, "F"),
        Glyph("）", 499.9, 515.9, 249, 265, 16, "F"),
    ]
    assert line_text(glyphs) == "1.（1）"


def test_a_footnote_mark_is_left_out_and_never_glues_onto_a_number() -> None:
    glyphs = run("共收到申请111", 72, 100)
    glyphs.append(Glyph("2", 184, 188.5, 97, 106, 9, "F"))  # raised, small: a note reference
    glyphs += run("件", 189, 100)
    assert line_text(glyphs) == "共收到申请111件"


def test_lines_are_separated_by_vertical_position() -> None:
    glyphs = run("第一行", 72, 100) + run("第二行", 72, 129)
    assert [line.text for line in make_lines(glyphs)] == ["第一行", "第二行"]


def test_line_size_and_font_follow_the_chinese_text() -> None:
    glyphs = run("开源项目", 72, 100, font="STFangsong") + run(
        "GongWen-Template-Lite", 136, 101, size=12.8, font="DejaVuSansMono"
    )
    line = make_lines(glyphs)[0]
    assert (line.size, line.font, line.ascii_font) == (16.0, "STFangsong", "DejaVuSansMono")


# --------------------------------------------------------------------------------------------
# joining lines


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ["市场监管领域作出行政处罚1", "3943件，占比提高"],
            "市场监管领域作出行政处罚13943件，占比提高",
        ),
        (["优秀率89.", "08%。"], "优秀率89.08%。"),
        (
            ["推出了 GongWen-Template-", "Lite（公文模版）"],
            "推出了 GongWen-Template-Lite（公文模版）",
        ),
        (["based on Pandoc and", "Typst"], "based on Pandoc and Typst"),
        (["向 58个 ", "项目普法"], "向 58个 项目普法"),  # the wrap fell on a typed space
        (["2023", "年"], "2023年"),
    ],
)
def test_join_lines(lines: list[str], expected: str) -> None:
    assert join_lines(lines) == expected


# --------------------------------------------------------------------------------------------
# furniture


@pytest.mark.parametrize(
    "text",
    ["— 3 —", "-3-", "- 12 -", "3", "第3页", "第 3 页 共 9 页", "3/9", "Page 3 of 9", "一 3 一"],
)
def test_page_number_forms(text: str) -> None:
    assert PAGE_NUMBER.match(text)


@pytest.mark.parametrize("text", ["2023年", "一、总体情况", "3.5%", "共3页材料", "103件"])
def test_not_page_numbers(text: str) -> None:
    assert not PAGE_NUMBER.match(text)


def _line(text: str, top: float, size: float = 16.0, x0: float = 79.5, x1: float | None = None):
    width = x1 if x1 is not None else x0 + 16 * len(text)
    return Line(text, x0, width, top, top + size, size, size, "F", None, False)


def _page(number: int, body: list[str], header: str | None, footer: str | None) -> list[Line]:
    lines = []
    if header:
        lines.append(_line(header, 60, size=10.5, x0=200))
    lines += [_line(text, 110 + i * 29) for i, text in enumerate(body)]
    if footer:
        lines.append(_line(footer, 780, size=14, x0=280))
    for line in lines:
        line.page = number
    return lines


def test_running_header_and_page_numbers_are_removed() -> None:
    pages = [
        _page(1, ["正文第一行", "已办结103件"], None, "— 1 —"),
        _page(2, ["正文第二页", "共收到111件"], "某区2024年法治政府建设情况报告", "— 2 —"),
        _page(3, ["正文第三页", "其中现场咨询3210人次"], "某区2024年法治政府建设情况报告", "第3页"),
    ]
    bodies, removed = split_furniture(pages, [842.0] * 3)
    assert [[line.text for line in page] for page in bodies] == [
        ["正文第一行", "已办结103件"],
        ["正文第二页", "共收到111件"],
        ["正文第三页", "其中现场咨询3210人次"],
    ]
    assert sorted({f.where for f in removed}) == ["footer", "header"]
    assert len(removed) == 5


def test_a_number_in_the_body_at_the_page_end_is_kept() -> None:
    # a bare 「2」 right below the body, in the body font and at the body pitch, is text
    lines = [_line("其中：", 110), _line("第一项", 139), _line("2", 168)]
    for line in lines:
        line.page = 1
    bodies, removed = split_furniture([lines], [842.0])
    assert [line.text for line in bodies[0]] == ["其中：", "第一项", "2"]
    assert removed == []


# --------------------------------------------------------------------------------------------
# paragraphs

GEO = Geometry(left=79.5, right=521.5, indent=32.0, body_size=16.0)


def _body(*specs: tuple[str, float, float, int]) -> list[list[Line]]:
    """(text, x0, x1, page) per line; lines of a page 29 pt apart."""
    pages: dict[int, list[Line]] = {}
    for text, x0, x1, page in specs:
        lines = pages.setdefault(page, [])
        line = _line(text, 110 + 29 * len(lines), x0=x0, x1=x1)
        line.page, line.number = page, len(lines) + 1
        lines.append(line)
    return [pages[p] for p in sorted(pages)]


def test_paragraphs_from_indent_and_short_last_lines() -> None:
    pages = _body(
        ("一、总体情况", 111.5, 207.5, 1),  # indented heading, short
        ("2023年，某区坚持以习近平新时代中国特色社会主义思", 111.5, 521.0, 1),
        ("想为指导，全面落实各项任务。", 79.5, 303.5, 1),  # short: paragraph ends
        ("（一）主动公开情况。全年主动公开政府信息1136条，", 111.5, 521.2, 1),
        ("其中规范性文件21件", 79.5, 521.0, 1),  # full: continues on the next page
        ("，均在法定期限内答复。", 79.5, 255.5, 2),
    )
    paras = paragraphs(pages, [GEO, GEO])
    assert [p.text for p in paras] == [
        "一、总体情况",
        "2023年，某区坚持以习近平新时代中国特色社会主义思想为指导，全面落实各项任务。",
        "（一）主动公开情况。全年主动公开政府信息1136条，其中规范性文件21件，均在法定期限内答复。",
    ]
    assert [p.first_line_indent for p in paras] == [2.0, 2.0, 2.0]
    assert paras[1].alignment == "both"


def test_a_heading_label_after_a_sentence_starts_a_paragraph() -> None:
    # unindented layout: the previous line is full, but it ends a sentence and the next line
    # opens with 「（二）」
    pages = _body(
        ("全年受理申请21件，均在法定期限内答复。", 79.5, 521.0, 1),
        ("（二）依申请公开情况", 79.5, 250.0, 1),
    )
    assert [p.text for p in paragraphs(pages, [GEO])] == [
        "全年受理申请21件，均在法定期限内答复。",
        "（二）依申请公开情况",
    ]


def test_centred_title_lines() -> None:
    # a title typed as two centred paragraphs stays two; a long centred title that wraps
    # (full first line, centred rest) is one
    title = [
        _line("某区司法局2024年法治政府建设", 100, 22, 120.2, 481.0),
        _line("情况报告", 140, 22, 256.6, 344.6),
    ]
    long_title = [
        _line("天津市司法局关于2023年度法治政府建设情", 200, 22, 87.2, 514.0),
        _line("况的报告", 258, 22, 256.6, 344.6),
    ]
    for page in (title, long_title):
        for number, line in enumerate(page, 1):
            line.page, line.number = 1, number
    assert [p.text for p in paragraphs([title], [GEO])] == [
        "某区司法局2024年法治政府建设",
        "情况报告",
    ]
    paras = paragraphs([long_title], [GEO])
    assert [p.text for p in paras] == ["天津市司法局关于2023年度法治政府建设情况的报告"]
    assert paras[0].alignment == "center"


def test_table_regions_need_three_rules() -> None:
    rules = [(76, 517, 460), (76, 517, 495), (76, 517, 530), (76, 517, 565)]
    assert table_regions(rules, 595) == [(76, 460, 517, 565)]
    assert table_regions(rules[:2], 595) == []
    assert table_regions([(76, 120, 460), (76, 120, 495), (76, 120, 530)], 595) == []  # narrow


def _row(cells: list[tuple[float, str]], top: float) -> Line:
    """A printed table line: ``(x0, text)`` pieces, CJK one em (16 pt) wide."""
    segments = [(x0, x0 + 16 * len(text), text) for x0, text in cells]
    text = " ".join(piece for _, _, piece in segments)
    return Line(
        text,
        segments[0][0],
        segments[-1][1],
        top,
        top + 16,
        16,
        16,
        "F",
        None,
        False,
        1,
        0,
        segments=segments,
    )


def _table(rows: list[list[list[tuple[float, str]]]], rules: list[float]) -> list[Line]:
    """Lines of a ruled table from its rows (each a list of printed lines) and rule ys."""
    lines = []
    top = rules[0] + 4
    for printed in rows:
        for cells in printed:
            lines.append(_row(cells, top))
            top += 20
        top += 8
    region = (70.0, rules[0], 560.0, rules[-1])
    mark_table_lines(lines, [region], [(70.0, 560.0, y) for y in rules])
    return lines


def _grid(rows: list[list[list[tuple[float, str]]]]) -> list[Line]:
    """A grid table: a rule above, between and below the rows."""
    rules, y = [100.0], 100.0
    for printed in rows:
        y += 20 * len(printed) + 8
        rules.append(y)
    return _table(rows, rules)


def _cells(rows: list[list[tuple[float, float, str]] | None]) -> list[list[str] | None]:
    return [None if row is None else [text for _, _, text in row] for row in rows]


def test_a_wrapped_header_cell_of_a_grid_table_is_one_cell() -> None:
    lines = _grid(
        [
            [[(80, "单位"), (240, "规范性文件审核"), (400, "合法性审查（件）")], [(240, "（件）")]],
            [[(80, "市政府办公室"), (240, "34"), (400, "58")]],
            [[(80, "市交通运输局"), (240, "12"), (400, "31")]],
            [[(80, "合计"), (240, "46"), (400, "89")]],
        ]
    )
    assert [line.band for line in lines] == [1, 1, 2, 3, 4]
    assert _cells(table_rows(lines)) == [
        ["单位", "规范性文件审核（件）", "合法性审查（件）"],
        None,
        ["市政府办公室", "34", "58"],
        ["市交通运输局", "12", "31"],
        ["合计", "46", "89"],
    ]


def test_a_name_wrapped_over_three_lines_is_one_cell() -> None:
    lines = _grid(
        [
            [[(80, "项目"), (300, "金额（万元）")]],
            [[(80, "法律顾问"), (300, "12.5")], [(80, "及公职律")], [(80, "师经费")]],
            [[(80, "普法宣传"), (300, "8.0")]],
            [[(80, "合计"), (300, "20.5")]],
        ]
    )
    assert _cells(table_rows(lines)) == [
        ["项目", "金额（万元）"],
        ["法律顾问及公职律师经费", "12.5"],
        None,
        None,
        ["普法宣传", "8.0"],
        ["合计", "20.5"],
    ]


def test_rows_between_the_rules_of_a_three_line_table_stay_rows() -> None:
    # 三线表: rules above and below the header and at the end; a row with an empty cell
    # has fewer pieces than the header but is a row of its own
    rows = [
        [[(80, "类别"), (240, "收案"), (400, "结案")]],
        [[(80, "许可类"), (240, "87"), (400, "85")], [(80, "其他类"), (240, "19")]],
    ]
    lines = _table(rows, [100.0, 128.0, 176.0])
    assert _cells(table_rows(lines)) == [
        ["类别", "收案", "结案"],
        ["许可类", "87", "85"],
        ["其他类", "19"],
    ]
    # a grid table whose every row holds two lines is not read as wrapped cells either
    lines = _grid([[[(80, "甲"), (240, "1")], [(80, "乙")]] for _ in range(3)])
    assert None not in table_rows(lines)


def test_a_line_that_does_not_fit_under_the_cells_is_a_row() -> None:
    # the second line's piece spans two cells of the row above: not a wrapped cell
    lines = _grid(
        [
            [[(80, "单位"), (240, "件数"), (400, "金额")], [(80, "备注：含跨年度结转案件")]],
            [[(80, "甲局"), (240, "3"), (400, "1.5")]],
            [[(80, "乙局"), (240, "4"), (400, "2.0")]],
        ]
    )
    assert None not in table_rows(lines)


# --------------------------------------------------------------------------------------------
# the reportlab fixtures


def _read(name: str, **kw: object):
    return pdf_reader.read((PDFS / name).read_bytes(), name, DEFAULT_LIMITS, **kw)  # type: ignore[arg-type]


REPORT_BLOCKS = [
    "某某区司法局2024年法治政府建设",
    "情况报告",
    "2024年，某某区司法局坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平"
    "法治思想，全面落实法治政府建设各项任务。现将有关情况报告如下：",
    "一、推进法治政府建设的主要举措和成效",
    "（一）严格规范公正文明执法。全区各行政执法部门全年共作出行政处罚67513件，其中简易程序"
    "处罚53516件，普通程序处罚13943件，听证程序50件，其他4件。",
    "按执法领域统计，全区市场监管领域依法共作出行政处罚13943件，占全年普通程序处罚的比例较"
    "上年有明显提高，执法质量稳步提升。",
    "（二）加强行政复议和应诉工作",
    "全年共收到行政复议申请111件，受理83件，不予受理28件，已办结103件。",
    "行政机关负责人出庭应诉率达到100%，行政诉讼案件败诉率同比下降。组织开展行政复议案件评查"
    "活动，评查案卷284件，优秀案卷253件，优秀率89.08%。",
    "全年办理法律援助案件1027件，接待法律咨询5000人次，其中现场咨询3210人次，电话咨询1790"
    "人次，已办结103件",
    "（三）深化公共法律服务体系建设，全区共建成法律服务站点、社区法律服务室和村居法律服务点"
    "等各类服务站点共1234件，实现村（居）法律顾问全覆盖。",
    "二、党政主要负责人履行推进法治建设第一责任人职责情况",
    "区委、区政府主要负责人认真履行推进法治建设第一责任人职责，全年召开常务会议专题研究法治"
    "政府建设工作4次，听取年度述法报告，带头讲法治课。",
    "三、存在的不足和原因",
    "一是行政执法规范化水平还需提升，基层执法力量不足；二是法治宣传的针对性还需加强。究其原"
    "因，主要是对法治政府建设的重要性认识还不够深入。",
    "四、下一年度推进法治政府建设的主要安排",
    "2025年，我局将继续深入学习贯彻习近平法治思想，持续推进严格规范公正文明执法，不断提升法"
    "治政府建设水平。",
    "某某区司法局",
    "2025年1月20日",
]


@pytest.mark.parametrize("isolate", [False, True])
def test_report_reads_as_a_person_reads_it(isolate: bool) -> None:
    if isolate and not sys.platform.startswith("linux"):
        pytest.skip("isolation is Linux-only")
    document = _read("rl-report.pdf", isolate=isolate)
    assert document.format == "pdf"
    assert document.problems == []
    assert [b.text for b in document.blocks] == REPORT_BLOCKS
    # page numbers and the running header are furniture, never body text
    assert [b.text for b in document.furniture] == [
        "—1—",
        "某某区司法局2024年法治政府建设情况报告",
        "-2-",
        "第3页",
        "4",
    ]
    assert {b.kind for b in document.furniture} == {BlockKind.HEADER, BlockKind.FOOTER}
    assert document.meta["pages"] == 4
    assert document.meta["title"] == "某某区司法局2024年法治政府建设情况报告"


def test_report_locations_styles_and_line_starts() -> None:
    document = _read("rl-report.pdf", isolate=False)
    blocks = document.blocks
    title = blocks[0]
    assert (title.style.alignment, title.style.size_pt) == ("center", 22.0)
    # the font's /BaseFont as pdfium reports it (pdfminer gives the descendant CID font's
    # name, 「STSongStd-Light」)
    assert title.style.east_asia_font == "STSong-Light"
    heading = blocks[3]
    assert (heading.location.page, heading.location.line) == (1, 6)  # 2 title + 3 opening lines
    assert heading.style.first_line_indent == 2.0 and heading.style.size_pt == 16.0
    assert heading.location.human() == "第1页第6行"
    # the paragraph that runs from page 2 onto page 3: each printed line located
    across = blocks[10]
    starts = pdf_reader.line_starts(document, across.index)
    assert [(page, line) for _, page, line in starts] == [(2, 1), (2, 2), (3, 1)]
    assert across.text[starts[2][0] :].startswith("34件")


@pytest.mark.parametrize(
    "name", ["rl-report.pdf", "rl-rotated.pdf", "rl-scanned.pdf", "rl-outlined.pdf"]
)
def test_pdfium_reads_the_same_document_as_pdfplumber(name: str) -> None:
    _same_with_both_engines(name)


# whole seed reports through pdfminer (~1 s each): slow (tests/conftest.py); the lane keeps the
# reportlab files above, the space drawn as its own object
# (test_pdf_pdfium.test_a_space_drawn_as_its_own_object_is_kept) and the glyph of 「——」 below
@pytest.mark.parametrize(
    "name",
    [
        "003-literal.pdf",
        "001-literal.pdf",  # 「——」 drawn as one glyph
        "004-autonum.pdf",  # 「1、 主要举措」: the space drawn as an object of its own
    ],
)
def test_pdfium_reads_the_seed_reports_as_pdfplumber(name: str) -> None:
    _same_with_both_engines(name)


def test_a_dash_drawn_as_one_glyph_reads_as_both_characters() -> None:
    # 001-literal.pdf draws 「——」 as one glyph mapped to two characters: pdfium gives one box
    # for both, and the line reads as the seed's text
    document = _read("001-literal.pdf", isolate=False)
    assert document.meta["engine"] == "pypdfium2"
    assert any("四秩芳华——“我眼中的泰达”" in b.text for b in document.blocks)


def _same_with_both_engines(name: str) -> None:
    data = (PDFS / name).read_bytes()
    settings = pdf_reader.PdfSettings(engine="pdfplumber")
    plumber = pdf_reader.extract(data, name, DEFAULT_LIMITS, settings)
    pdfium = pdf_reader.extract(data, name, DEFAULT_LIMITS, pdf_reader.PdfSettings())
    assert pdfium.meta["engine"] == "pypdfium2"
    if plumber.blocks:
        assert plumber.meta["engine"] == "pdfplumber"
    assert [
        (b.style.size_pt, b.style.bold, b.style.alignment, b.style.first_line_indent)
        for b in pdfium.blocks
    ] == [
        (b.style.size_pt, b.style.bold, b.style.alignment, b.style.first_line_indent)
        for b in plumber.blocks
    ]
    assert [(b.location.page, b.location.line, b.text) for b in pdfium.blocks] == [
        (b.location.page, b.location.line, b.text) for b in plumber.blocks
    ]
    assert [p.message for p in pdfium.problems] == [p.message for p in plumber.problems]
    if name == "rl-report.pdf":
        assert [b.text for b in pdfium.blocks] == REPORT_BLOCKS


def test_undecodable_text_falls_back_to_pdfium() -> None:
    # an owner-password-only reportlab file: pdfminer yields (cid:NNN), pypdfium2 the text
    document = _read("rl-owner-password.pdf", isolate=False)
    assert document.problems == []
    assert document.meta["engine"] == "pypdfium2"
    assert document.meta["encrypted"] is True
    assert [b.text for b in document.blocks] == [
        "某某县2024年法治政府建设情况报告",
        "全年共收到行政复议申请111件，受理83件。",
    ]


def test_a_scanned_page_is_named_and_the_rest_is_read() -> None:
    document = read_path(PDFS / "rl-scanned.pdf")
    assert [p.code for p in document.problems] == ["E009"]
    assert "第2页" in document.problems[0].message and "OCR" in document.problems[0].message
    assert document.meta["scanned_pages"] == [2]
    assert [(b.location.page, b.text) for b in document.blocks] == [
        (1, "第1页是文字页，共收到申请111件。"),
        (3, "第3页是文字页，共收到申请111件。"),
    ]


@pytest.mark.parametrize("name", ["rl-image-only.pdf", "rl-outlined.pdf"])
def test_a_document_without_text_layer(name: str) -> None:
    document = read_path(PDFS / name)
    assert document.blocks == []
    assert [p.code for p in document.problems] == ["E009"]  # and no E006 on top
    assert "Word" in document.problems[0].message


def test_a_turned_page_reads_left_to_right_watermarks_and_off_page_text_left_out() -> None:
    document = read_path(PDFS / "rl-rotated.pdf")
    assert document.problems == []
    assert [(b.location.page, b.text) for b in document.blocks] == [
        (1, "第1页：一、总体情况"),
        (1, "全年共收到行政复议申请111件，受理83件，不予受理28件。"),
        (2, "第2页：一、总体情况"),
        (2, "全年共收到行政复议申请111件，受理83件，不予受理28件。"),
    ]


def test_a_page_neither_engine_can_parse_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    real = pdf_reader._pdfium_glyphs

    def fail_on_page_2(page: object, settings: object, number: int) -> object:
        if number == 2:
            raise ValueError("damaged content stream")
        return real(page, settings, number)  # type: ignore[arg-type]

    monkeypatch.setattr(pdf_reader, "_pdfium_glyphs", fail_on_page_2)
    data = (PDFS / "rl-report.pdf").read_bytes()
    settings = pdf_reader.PdfSettings(engine="pypdfium2")
    document = pdf_reader.extract(data, "x.pdf", DEFAULT_LIMITS, settings)
    assert [(p.code, "第2页" in p.message) for p in document.problems] == [("E005", True)]
    assert {b.location.page for b in document.blocks} == {1, 3, 4}


def test_a_page_pdfium_cannot_parse_is_read_with_pdfplumber(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = pdf_reader._pdfium_glyphs

    def fail_on_page_2(page: object, settings: object, number: int) -> object:
        if number == 2:
            raise ValueError("damaged content stream")
        return real(page, settings, number)  # type: ignore[arg-type]

    monkeypatch.setattr(pdf_reader, "_pdfium_glyphs", fail_on_page_2)
    data = (PDFS / "rl-report.pdf").read_bytes()
    document = pdf_reader.extract(data, "x.pdf", DEFAULT_LIMITS, pdf_reader.PdfSettings())
    assert document.problems == []
    assert document.meta["engine"] == "pdfplumber+pypdfium2"
    assert [b.text for b in document.blocks] == REPORT_BLOCKS


def test_password_protected_pdf() -> None:
    document = read_path(PDFS / "rl-encrypted.pdf")
    assert [p.code for p in document.problems] == ["E004"]
    assert document.blocks == []


def test_garbage_is_a_finding_not_a_crash() -> None:
    document = read_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40, "坏文件.pdf")
    assert document.blocks == []
    assert document.problems and document.problems[0].code in ("E005", "E006")


# --------------------------------------------------------------------------------------------
# limits and isolation


@dataclasses.dataclass(frozen=True)
class PdfLimits(Limits):
    pdf_max_pages: int = pdf_reader.MAX_PAGES
    pdf_max_glyphs_per_page: int = pdf_reader.MAX_GLYPHS_PER_PAGE
    pdf_timeout_s: float = pdf_reader.TIMEOUT_S
    pdf_memory_mb: int = pdf_reader.MEMORY_MB


ISOLATION = [
    False,
    pytest.param(
        True,
        marks=pytest.mark.skipif(
            not sys.platform.startswith("linux"), reason="isolation is Linux-only"
        ),
    ),
]


@pytest.mark.parametrize("isolate", ISOLATION)
@pytest.mark.parametrize(
    ("limits", "words"),
    [
        (PdfLimits(pdf_max_pages=3), "共 4 页"),
        (PdfLimits(pdf_timeout_s=0.0), "时限"),
        (PdfLimits(pdf_max_glyphs_per_page=50), "个字符"),
    ],
)
def test_limits_give_e010(isolate: bool, limits: PdfLimits, words: str) -> None:
    data = (PDFS / "rl-report.pdf").read_bytes()
    document = read_bytes(data, "long.pdf", limits) if not isolate else None
    if isolate:
        with pytest.raises(pdf_reader.ReadError) as caught:
            pdf_reader.read(data, "long.pdf", limits, isolate=True)
        code, message = caught.value.code, caught.value.message
    else:
        assert document is not None
        (problem,) = document.problems
        code, message = problem.code, problem.message
        assert document.blocks == []
    assert code == "E010"
    assert words in message


def _bomb(megabytes: int) -> bytes:
    """A one-page PDF whose content stream inflates to ``megabytes`` of spaces."""
    packer = zlib.compressobj(1)
    chunk = b" " * (1 << 20)
    stream = b"".join(packer.compress(chunk) for _ in range(megabytes)) + packer.flush()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


@pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="RLIMIT_AS isolation is Linux-only"
)
def test_a_pdf_bomb_is_stopped_by_the_memory_cap() -> None:
    # 128 MB of content from a file of a few hundred KB, with 32 MB of headroom for the child
    with pytest.raises(pdf_reader.ReadError) as caught:
        pdf_reader.read(_bomb(128), "bomb.pdf", PdfLimits(pdf_memory_mb=32), isolate=True)
    assert caught.value.code == "E010"
    assert "内存" in caught.value.message
    assert not pdf_reader._WORKERS  # the worker that ran out of memory is not used again
    document = _read("rl-report.pdf", isolate=True)  # the next file is read as usual
    assert document.blocks[0].text == REPORT_BLOCKS[0]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="isolation is Linux-only")
def test_a_reader_bug_in_the_child_becomes_e999(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object) -> None:
        raise ValueError("boom")

    pdf_reader._stop_workers()  # a worker forked before the patch would not see it
    monkeypatch.setattr(pdf_reader, "_extract", broken)
    monkeypatch.setattr(pdf_reader, "_can_isolate", lambda: True)
    document = read_path(PDFS / "rl-report.pdf")
    assert [p.code for p in document.problems] == ["E999"]
    assert not pdf_reader._WORKERS  # a worker that failed that way is not used again


LINUX_ONLY = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="isolation is Linux-only"
)


def _texts(document: object) -> list[str]:
    return [b.text for b in document.blocks]  # type: ignore[attr-defined]


@LINUX_ONLY
def test_one_worker_reads_a_batch_and_reads_as_in_process() -> None:
    pdf_reader._stop_workers()
    names = ["rl-report.pdf", "003-literal.pdf", "rl-rotated.pdf", "rl-report.pdf"]
    isolated = [_read(name, isolate=True) for name in names]
    assert len(pdf_reader._WORKERS) == 1  # started once, kept for the next file
    assert pdf_reader.worker_cpu() > 0
    for name, document in zip(names, isolated, strict=True):
        in_process = _read(name, isolate=False)
        assert _texts(document) == _texts(in_process)
        assert [b.style for b in document.blocks] == [b.style for b in in_process.blocks]
        assert document.meta == in_process.meta
    with pytest.raises(pdf_reader.ReadError) as caught:  # an error leaves the worker usable
        _read("rl-encrypted.pdf", isolate=True)
    assert caught.value.code == "E004"
    worker = pdf_reader._WORKERS[0]
    assert _texts(_read("rl-report.pdf", isolate=True))[0] == REPORT_BLOCKS[0]
    assert len(pdf_reader._WORKERS) == 1 and pdf_reader._WORKERS[0] is worker


@LINUX_ONLY
def test_a_worker_killed_while_idle_is_replaced() -> None:
    import os
    import signal

    _read("rl-report.pdf", isolate=True)
    (worker,) = pdf_reader._WORKERS
    os.kill(worker.pid, signal.SIGKILL)
    stat = Path(f"/proc/{worker.pid}/stat")
    while stat.exists() and stat.read_text().rsplit(")", 1)[1].split()[0] != "Z":
        pass  # until it has ended (a zombie until the reader reaps it)
    document = _read("rl-report.pdf", isolate=True)
    assert _texts(document)[0] == REPORT_BLOCKS[0]
    assert [w.pid for w in pdf_reader._WORKERS] != [worker.pid]


def _hang(*args: object) -> None:
    import time

    time.sleep(60)


def _abort(*args: object) -> None:
    import os

    os.abort()


@LINUX_ONLY
@pytest.mark.parametrize(("failure", "words"), [(_hang, "时限"), (_abort, "异常终止")])
def test_a_hang_or_crash_in_the_worker_is_e010_and_the_batch_goes_on(
    monkeypatch: pytest.MonkeyPatch, failure: object, words: str
) -> None:
    pdf_reader._stop_workers()
    monkeypatch.setattr(pdf_reader, "_extract", failure)
    data = (PDFS / "rl-report.pdf").read_bytes()
    with pytest.raises(pdf_reader.ReadError) as caught:
        pdf_reader.read(data, "坏 文件.pdf", PdfLimits(pdf_timeout_s=1.0), isolate=True)
    assert caught.value.code == "E010"
    assert words in caught.value.message
    assert not pdf_reader._WORKERS  # killed and reaped
    monkeypatch.undo()
    document = pdf_reader.read(data, "好文件.pdf", DEFAULT_LIMITS, isolate=True)
    assert _texts(document)[0] == REPORT_BLOCKS[0]


@LINUX_ONLY
def test_a_forked_copy_starts_its_own_worker() -> None:
    import os

    _read("rl-report.pdf", isolate=True)
    (parent_worker,) = pdf_reader._WORKERS
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # a batch worker forked after the parent read a PDF
        status = 1
        try:
            document = _read("rl-report.pdf", isolate=True)
            (own,) = pdf_reader._WORKERS
            ok = own.pid != parent_worker.pid and _texts(document)[0] == REPORT_BLOCKS[0]
            os.write(write_fd, b"ok" if ok else b"no")
            pdf_reader._stop_workers()
            status = 0
        finally:
            os._exit(status)
    os.close(write_fd)
    answer = os.read(read_fd, 2)
    os.close(read_fd)
    os.waitpid(pid, 0)
    assert answer == b"ok"
    # the parent's worker still answers the parent
    assert _texts(_read("rl-report.pdf", isolate=True))[0] == REPORT_BLOCKS[0]
    assert len(pdf_reader._WORKERS) == 1 and pdf_reader._WORKERS[0] is parent_worker


def test_isolation_can_be_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FAZHI_LINT_PDF_ISOLATION", "0")
    assert pdf_reader._can_isolate() is False


# --------------------------------------------------------------------------------------------
# fonts and metadata


@pytest.mark.parametrize(
    ("raw", "family"),
    [
        ("ABCDEF+FangSong_GB2312", "仿宋_GB2312"),
        ("QVBYYM+FZFSK--GBK1-0", "方正仿宋_GBK"),
        ("PPMXVW+FZXBSJW--GB1-0", "方正小标宋简体"),
        ("ABCDEE+微软雅黑,Bold", "微软雅黑"),
        ("AUWCNV+TimesNewRomanPSMT", "Times New Roman"),
        ("b'ABCDEE+\\xba\\xda\\xcc\\xe5'", "黑体"),  # a GBK name pdfminer left as bytes
        ("STSongStd-Light", "STSongStd-Light"),
    ],
)
def test_font_names(raw: str, family: str) -> None:
    assert pdf_reader.font_family(pdf_reader.clean_font(raw)) == family


def test_utf16le_info_strings_are_decoded() -> None:
    from pdfminer.utils import decode_text

    encoded = b"\xff\xfe" + "WPS 文字".encode("utf-16-le")
    assert pdf_reader._meta_text(decode_text(encoded)) == "WPS 文字"


def test_kangxi_radicals_read_as_ideographs() -> None:
    assert pdf_reader.normalize_char("\u2f42") == "文"  # ⽂ from a Chrome-printed PDF
    assert pdf_reader.normalize_char("\u2ea0") == "民"
    assert pdf_reader.normalize_char("\ue000") == ""


# --------------------------------------------------------------------------------------------
# the LibreOffice exports carry the .docx typesetting


def test_libreoffice_export_styles() -> None:
    document = _read("003-literal.pdf", isolate=False)
    title, opening, heading = document.blocks[:3]
    assert title.text == "2023年区司法局法治政府建设情况报告"
    assert (title.style.alignment, title.style.size_pt, title.style.bold) == ("center", 22.0, True)
    assert heading.text == "一、工作成效及举措"
    assert "Sans" in (heading.style.east_asia_font or "")  # 黑体 mapped onto Noto Sans CJK
    assert "Serif" in (opening.style.east_asia_font or "")  # 仿宋 onto Noto Serif CJK
    # the opening line starts with four typed spaces after the two-character indent: the
    # printed indent is three characters; the next body paragraph has none typed
    assert opening.style.first_line_indent == 3.0
    body = document.blocks[4]
    assert body.text.startswith("制定下发《河北区司法局")
    assert body.style.first_line_indent == 2.0
    assert all(b.kind == BlockKind.PARAGRAPH for b in document.blocks)


@pytest.mark.skipif(importlib.util.find_spec("reportlab") is None, reason="reportlab not installed")
def test_reportlab_fixtures_are_what_the_script_builds(tmp_path: Path) -> None:
    # the same reportlab version writes the same bytes (invariant=1); another version may
    # differ in bytes, so what is compared is what the reader gets from them
    sys.path.insert(0, str(ROOT / "fixtures"))
    try:
        import build_pdfs
    finally:
        sys.path.remove(str(ROOT / "fixtures"))
    for path in build_pdfs.build_reportlab(tmp_path, quiet=True):
        built, committed = read_path(path), read_path(PDFS / path.name)
        assert [(b.location, b.text, b.style) for b in built.blocks] == [
            (b.location, b.text, b.style) for b in committed.blocks
        ], path.name
        assert [b.text for b in built.furniture] == [b.text for b in committed.furniture]
        assert [p.message for p in built.problems] == [p.message for p in committed.problems]


@LINUX_ONLY
def test_a_prefetched_pdf_is_read_once_as_in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    # the command line sends a single PDF to the worker before it loads the checks; the
    # reader then collects that reply instead of asking again
    pdf_reader._stop_workers()
    monkeypatch.setattr(pdf_reader, "_can_isolate", lambda: True)
    path = str(PDFS / "003-literal.pdf")
    assert pdf_reader.prefetch(path) is True
    assert pdf_reader.prefetch(path) is False  # one at a time
    (worker,) = pdf_reader._WORKERS
    document = read_path(path)
    assert not pdf_reader._PENDING
    in_process = _read("003-literal.pdf", isolate=False)
    assert _texts(document) == _texts(in_process)
    assert [b.style for b in document.blocks] == [b.style for b in in_process.blocks]
    assert document.meta == in_process.meta and document.path == path
    # asked once: the next read of the same worker is answered with its own file
    assert _texts(_read("rl-report.pdf", isolate=True))[0] == REPORT_BLOCKS[0]
    assert len(pdf_reader._WORKERS) == 1 and pdf_reader._WORKERS[0] is worker


@LINUX_ONLY
def test_a_prefetch_of_another_file_is_stopped(monkeypatch: pytest.MonkeyPatch) -> None:
    pdf_reader._stop_workers()
    monkeypatch.setattr(pdf_reader, "_can_isolate", lambda: True)
    assert pdf_reader.prefetch(str(PDFS / "003-literal.pdf")) is True
    (prefetching,) = pdf_reader._WORKERS
    document = read_path(PDFS / "rl-report.pdf")
    assert _texts(document)[0] == REPORT_BLOCKS[0]
    assert prefetching not in pdf_reader._WORKERS and not pdf_reader._PENDING
    pdf_reader._stop_workers()
    assert pdf_reader.prefetch(str(PDFS / "README.md")) is False  # not a PDF
    assert pdf_reader.prefetch(str(PDFS / "missing.pdf")) is False
    assert not pdf_reader._WORKERS and not pdf_reader._PENDING


@LINUX_ONLY
def test_a_prefetch_nobody_collects_is_killed(monkeypatch: pytest.MonkeyPatch) -> None:
    pdf_reader._stop_workers()
    monkeypatch.setattr(pdf_reader, "_extract", _hang)
    monkeypatch.setattr(pdf_reader, "_can_isolate", lambda: True)
    assert pdf_reader.prefetch(str(PDFS / "rl-report.pdf")) is True
    (worker,) = pdf_reader._WORKERS
    killed: list[int] = []
    kill = pdf_reader._kill
    monkeypatch.setattr(pdf_reader, "_kill", lambda pid: (killed.append(pid), kill(pid)))
    pdf_reader._stop_workers()  # as at exit: the worker is still reading (a hang)
    assert killed[:1] == [worker.pid] and not pdf_reader._WORKERS and not pdf_reader._PENDING


def test_table_regions_one_row_divided_into_cells() -> None:
    """The last row of a table that a page break sent to the next page (「合计 | 6415」): two
    rules with a rule between its cells, each crossing the band, make a table of one row; a
    framed box (borders only) and a band the inner rule does not cross do not."""
    rules = [(84, 517, 72), (84, 517, 96)]
    borders = [(85, 72, 96), (517, 72, 96)]
    assert table_regions(rules, 612, [*borders, (301, 72, 96)]) == [(84, 72, 517, 96)]
    assert table_regions(rules, 612, borders) == []  # a framed paragraph
    assert table_regions(rules, 612, [*borders, (301, 80, 90)]) == []  # a short tick
    assert table_regions(rules, 612) == []  # no vertical rules given: as before
    three = [(301, 60, 96), (85, 60, 96), (517, 60, 96)]
    assert table_regions([(84, 517, 60), (84, 517, 96)], 612, three) == [(84, 60, 517, 96)]


def test_a_narrow_name_column_that_wraps_every_row_is_read_as_one_row_per_band() -> None:
    # every band holds two lines: 「区住」 over 「建局」 in a name column two characters wide
    # (the name runs up to the next cell), the numbers on the first line
    lines = _grid(
        [
            [[(80, "单位"), (120, "许可"), (160, "处罚"), (200, "合计")], [(80, "名称")]],
            [[(80, "区住"), (120, "120"), (160, "34"), (200, "154")], [(80, "建局")]],
            [[(80, "区城"), (120, "15"), (160, "212"), (200, "227")], [(80, "管局")]],
        ]
    )
    assert _cells(table_rows(lines)) == [
        ["单位名称", "许可", "处罚", "合计"],
        None,
        ["区住建局", "120", "34", "154"],
        None,
        ["区城管局", "15", "212", "227"],
        None,
    ]
    # a short name far from the next cell did not wrap: its band holds two rows
    lines = _grid(
        [
            [[(80, "甲"), (240, "1")], [(80, "乙")]],
            [[(80, "丙"), (240, "2")], [(80, "丁")]],
            [[(80, "戊"), (240, "3")], [(80, "己")]],
        ]
    )
    assert None not in table_rows(lines)
