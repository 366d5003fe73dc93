"""Margins and type area of a PDF measured from its printed lines (readers/pdf_margins.py), and
F101 judging them: hand-made pages of lines, so every case (title page, short last page,
tables, page numbers, landscape pages, mirrored margins, ragged text) is explicit."""

from __future__ import annotations

from fazhi_lint.config import Config
from fazhi_lint.engine import Linter
from fazhi_lint.model import Block, Document, Location, Severity, Style
from fazhi_lint.readers.pdf_layout import Line
from fazhi_lint.readers.pdf_margins import TypeArea, measure

MM = 72 / 25.4
A4 = (210 * MM, 297 * MM)
SIZE = 16.0
PITCH = 28.95  # 22 lines in 225 mm
GLYPH = 16.0
TEXT = "法治政府建设各项工作取得新成效为全区经济社会高质量发展提供了有力法治保障"[:28]


def line(
    x0: float, x1: float, top: float, text: str = TEXT, size: float = SIZE, **kw: object
) -> Line:
    return Line(
        text=text,
        x0=x0,
        x1=x1,
        top=top,
        bottom=top + GLYPH * size / SIZE,
        size=size,
        em=size,
        font="FangSong",
        ascii_font=None,
        bold=False,
        **kw,  # type: ignore[arg-type]
    )


def page(
    number: int,
    count: int = 22,
    top: float = 37,
    left: float = 28,
    right: float = 26,
    size: tuple[float, float] = A4,
    first: int = 0,
) -> tuple[int, float, float, list[Line]]:
    """A page of ``count`` justified body lines in a type area with these margins (mm); the
    glyphs are centred in their grid line, as LibreOffice sets them."""
    width, _height = size
    x0, x1 = left * MM, width - right * MM
    lines = []
    for k in range(first, first + count):
        y = top * MM + k * PITCH + (PITCH - GLYPH) / 2
        indent = 2 * SIZE if k % 4 == 0 else 0.0  # a paragraph's first line
        lines.append(line(x0 + indent, x1, y))
    return number, size[0], size[1], lines


def mm(area: TypeArea, side: str) -> float:
    return round(area.margins[side] / MM, 1)


def test_a_gb9704_page_set_measures_its_margins() -> None:
    area = measure([page(n) for n in range(1, 6)])
    assert area is not None
    assert (mm(area, "left"), mm(area, "right")) == (28.0, 26.0)
    assert abs(mm(area, "top") - 37) < 0.2 and abs(mm(area, "bottom") - 35) < 0.5
    low, high = area.ranges["top"]
    assert low < 37 * MM < high  # the glyph's top minus the leading .. the glyph's top
    assert area.full_pages == 4 and area.top_pages == 4


def test_title_page_and_short_last_page_are_passed_over() -> None:
    pages = [page(1, count=14, first=8), *(page(n) for n in range(2, 5)), page(5, count=6)]
    area = measure(pages)
    assert area is not None
    assert abs(mm(area, "top") - 37) < 0.2  # not the first page's lower start
    assert abs(mm(area, "bottom") - 35) < 0.5  # not the last page's short text
    assert area.full_pages == 4  # the title page reaches the bottom too; the last does not


def test_page_numbers_tables_and_small_lines_are_not_the_type_area() -> None:
    pages = []
    for n in range(1, 5):
        number, w, h, lines = page(n)
        lines.append(line(95 * MM, 115 * MM, 280 * MM, text=f"— {n} —", size=14))
        wide = line(15 * MM, w - 15 * MM, lines[5].top, text="表格行")
        wide.table = 1
        lines[5] = wide
        if n == 1:  # a footnote ends the page: it says nothing of the body's bottom
            lines.append(line(28 * MM, 100 * MM, 265 * MM, text="注：数据截至年底", size=10.5))
        pages.append((number, w, h, lines))
    area = measure(pages)
    assert area is not None
    assert (mm(area, "left"), mm(area, "right")) == (28.0, 26.0)
    assert abs(mm(area, "bottom") - 35) < 0.5


def test_pages_starting_or_ending_with_a_table_say_nothing_of_top_or_bottom() -> None:
    pages = []
    for n in range(1, 8):
        number, w, h, lines = page(n)
        if 2 <= n <= 5:  # a table continued from the page before, then the text goes on
            for row in (0, 1, 2, 21):
                lines[row].table = 1
        pages.append((number, w, h, lines))
    area = measure(pages)
    assert area is not None
    assert abs(mm(area, "top") - 37) < 0.2  # pages 6 and 7, not the first line after a table
    assert abs(mm(area, "bottom") - 35) < 0.5
    assert area.top_pages == 2


def test_landscape_pages_are_left_out() -> None:
    landscape = (A4[1], A4[0])
    pages = [page(1), page(2), page(3, size=landscape, top=20, left=20, right=20, count=14)]
    pages.append(page(4))
    area = measure(pages)
    assert area is not None
    assert (mm(area, "left"), mm(area, "right")) == (28.0, 26.0)


def test_mirrored_margins_are_judged_on_odd_pages() -> None:
    pages = [page(n, left=28 if n % 2 else 26, right=26 if n % 2 else 28) for n in range(1, 7)]
    area = measure(pages)
    assert area is not None and area.mirrored
    assert (mm(area, "left"), mm(area, "right")) == (28.0, 26.0)


def test_ragged_right_edge_gives_a_range_of_one_character() -> None:
    pages = []
    for n in range(1, 5):
        number, w, h, lines = page(n)
        for k, item in enumerate(lines):
            item.x1 -= (k % 5) * 3.0  # left-aligned text stops short by different amounts
        pages.append((number, w, h, lines))
    area = measure(pages)
    assert area is not None
    low, high = area.ranges["right"]
    assert high - low == SIZE


def test_nothing_to_measure() -> None:
    assert measure([]) is None
    assert measure([(1, A4[0], A4[1], [])]) is None


# --------------------------------------------------------------------------------------------
# F101 on a PDF


def pdf_document(geometry: dict[str, object]) -> Document:
    blocks = [
        Block(
            index=i,
            text="2024年，示例区司法局深入推进法治政府建设，各项工作取得新成效。" * 2,
            location=Location(block=i, page=1 + i // 5, line=1 + i % 5),
            style=Style(east_asia_font="仿宋", size_pt=16, first_line_indent=2),
        )
        for i in range(8)
    ]
    return Document(
        path="report.pdf", format="pdf", blocks=blocks, meta={"page_geometry": geometry}
    )


def geometry(
    top: float, full_pages: int = 4, top_pages: int = 4, side_pages: int = 4
) -> dict[str, object]:
    leading = (PITCH - GLYPH) / MM
    glyph_top = top + leading / 2
    return {
        "width_mm": 210.0,
        "height_mm": 297.0,
        "margins_mm": {"left": 28.0, "right": 26.0, "top": top, "bottom": 35.0},
        "margin_ranges_mm": {
            "left": (28.0, 28.0),
            "right": (26.0, 26.0),
            "top": (glyph_top - leading, glyph_top),
            "bottom": (27.0, 37.0),
        },
        "full_pages": full_pages,
        "top_pages": top_pages,
        "side_pages": side_pages,
    }


def f101(document: Document) -> list:  # type: ignore[type-arg]
    return Linter(Config(select=("F101",))).lint_document(document)


def test_f101_pdf_margin_measured_on_full_pages_is_a_warning() -> None:
    assert f101(pdf_document(geometry(37.0))) == []
    (finding,) = f101(pdf_document(geometry(25.4)))
    assert finding.severity == Severity.WARNING
    assert "上边距约25.4 mm，应为37 mm" in finding.message
    assert "版心约156×237 mm，应为156×225 mm" in finding.message


def test_f101_pdf_margin_measured_on_one_page_is_a_note() -> None:
    (finding,) = f101(pdf_document(geometry(25.4, top_pages=1)))
    assert finding.severity == Severity.INFO
    # a wrong bottom seen on one full page only
    data = geometry(37.0, full_pages=1)
    data["margin_ranges_mm"]["bottom"] = (15.0, 25.0)  # type: ignore[index]
    (finding,) = f101(pdf_document(data))
    assert finding.severity == Severity.INFO and "下边距" in finding.message


def test_f101_pdf_one_certain_side_makes_the_finding_a_warning() -> None:
    data = geometry(25.4, top_pages=1)
    data["margins_mm"]["left"] = 35.0  # type: ignore[index]
    data["margin_ranges_mm"]["left"] = (35.0, 35.0)  # type: ignore[index]
    (finding,) = f101(pdf_document(data))
    assert finding.severity == Severity.WARNING
    assert "上边距约25.4 mm" in finding.message and "左边距约35 mm" in finding.message


def test_f101_pdf_glyph_placement_within_the_leading_is_accepted() -> None:
    # Word sets the text low in its grid line, Typst puts the cap height on the margin: a
    # first glyph between the margin and the margin plus the leading is a 37 mm margin
    leading = (PITCH - GLYPH) / MM
    for glyph_top in (37.0, 37 + leading):
        data = geometry(37.0)
        data["margin_ranges_mm"]["top"] = (glyph_top - leading, glyph_top)  # type: ignore[index]
        assert f101(pdf_document(data)) == []


def test_f101_pdf_28_characters_may_end_past_the_type_area() -> None:
    # 28 × 3号 = 158 mm: a justified line reaching 2 mm past 156 mm is the standard's own grid
    data = geometry(37.0)
    data["margins_mm"]["right"] = 24.0  # type: ignore[index]
    data["margin_ranges_mm"]["right"] = (24.0, 24.0)  # type: ignore[index]
    assert f101(pdf_document(data)) == []
    data["margins_mm"]["right"] = 21.0  # type: ignore[index]
    data["margin_ranges_mm"]["right"] = (21.0, 21.0)  # type: ignore[index]
    assert [d.code for d in f101(pdf_document(data))] == ["F101"]
