"""A table broken across a PDF page break is one table (session 12, s12-pdftab; issue 9).

In a .docx a table that crosses a page is one table; the PDF reader gives the same Document:
the first table of a page continues the last table of the page before when only page
furniture (running header, page number) stands between them and the two have the same
columns (count and x-positions). A header row repeated on the new page is dropped. Anything
else stays two tables: another column count or other column widths, a caption or paragraph
between, body text after a table that ends at the foot of its page.

A table without any rules is no table to the reader, on one page or two: its rows are read
as lines, in order (tested below; reading them as cells is left for later).

Every PDF is drawn here with reportlab's platypus (STSong-Light, as benchmarks/bench_pdf.py),
which breaks a long table over pages as a word processor does (``repeatRows`` repeats the
header). Every table was written for these tests; each sum is worked out in the comment.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path

import pytest

from fazhi_lint.analysis.relations import analyze_document, analyze_text, contradictions
from fazhi_lint.model import Block, BlockKind, Document, Location
from fazhi_lint.readers import pdf as pdf_reader
from fazhi_lint.readers.safety import DEFAULT_LIMITS

pytest.importorskip("reportlab")

FONT = "STSong-Light"
A4 = (595.2756, 841.8898)
MARGIN = 72.0
ROW = 22.0  # row height of every table
FRAME = A4[1] - 2 * MARGIN  # the text block's height (platypus frames pad 6 pt each side)
TITLE = "某某区人民政府2023年法治政府建设年度报告"


def _font() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))


def _furniture(canvas, doc) -> None:  # type: ignore[no-untyped-def]
    """A running header and a page number on every page: what stands between a table's parts."""
    canvas.saveState()
    canvas.setFont(FONT, 10)
    canvas.drawCentredString(A4[0] / 2, A4[1] - 40, TITLE)
    canvas.drawCentredString(A4[0] / 2, 36, f"— {doc.page} —")
    canvas.restoreState()


def _para(text: str):  # type: ignore[no-untyped-def]
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    _font()
    style = ParagraphStyle("body", fontName=FONT, fontSize=14, leading=24, firstLineIndent=28)
    return Paragraph(text, style)


def _table(rows: Sequence[Sequence[str]], widths: Sequence[float], grid: bool, repeat: bool):  # type: ignore[no-untyped-def]
    from reportlab.platypus import Table, TableStyle

    _font()
    table = Table(
        [list(r) for r in rows], colWidths=list(widths), repeatRows=int(repeat), rowHeights=ROW
    )
    style: list[tuple] = [("FONT", (0, 0), (-1, -1), FONT, 12)]
    if grid:
        style.append(("GRID", (0, 0), (-1, -1), 0.6, (0, 0, 0)))
    table.setStyle(TableStyle(style))
    return table


def _gap(rows_on_first_page: int) -> float:
    """The space to leave under the opening paragraph (one line of 24 pt) so that
    ``rows_on_first_page`` rows of the next table fit at the foot of page 1 and no more."""
    return FRAME - 12 - 24 - ROW * rows_on_first_page - ROW / 2


def _build(flow: list) -> bytes:  # type: ignore[type-arg]
    from reportlab.platypus import SimpleDocTemplate

    _font()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=80,
        rightMargin=80,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        invariant=1,
    )
    doc.build(flow, onFirstPage=_furniture, onLaterPages=_furniture)
    return buffer.getvalue()


def _read(data: bytes) -> Document:
    return pdf_reader.read(data, "t.pdf", DEFAULT_LIMITS, isolate=False)


def _tables(document: Document) -> list[list[list[str]]]:
    """Each table of the document as its rows of cell texts, in reading order."""
    out: dict[int, dict[int, list[str]]] = {}
    for b in document.blocks:
        if b.kind is BlockKind.TABLE_CELL and b.location.table is not None:
            rows = out.setdefault(b.location.table, {})
            rows.setdefault(b.location.row or 0, []).append(b.text)
    return [[rows[r] for r in sorted(rows)] for _, rows in sorted(out.items())]


# 12 offices, 11+12+…+22 = (11+22)·12/2 = 198
OFFICES = [["序号", "单位", "办理件数（件）"]] + [
    [str(i), f"第{i}司法所", str(10 + i)] for i in range(1, 13)
]
OPENING = "全年共办理行政复议案件198件，各司法所办理情况见下表。"
CLOSING = "下一步，我们将继续推进法治政府建设，不断提升依法行政水平。"
WIDTHS3 = (60.0, 200.0, 140.0)
# body text around the tables, so that the page's text block is known from full lines
BODY = (
    "2023年，我区坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，"
    "全面落实法治政府建设实施纲要，持续推进严格规范公正文明执法，行政复议和行政应诉工作"
    "取得新进展，基层依法治理水平不断提升，为全区经济社会高质量发展提供了有力法治保障。"
)


def _report(
    table, before: Sequence[str] = (OPENING,), after: Sequence[str] = (CLOSING, BODY)
) -> bytes:  # type: ignore[no-untyped-def]
    """Two paragraphs of body text, ``before``, a gap that leaves room for six rows at the foot
    of page 1, the table (which the page break cuts), then ``after``."""
    from reportlab.platypus import Spacer

    flow = [_para(BODY), _para(BODY), *map(_para, before), Spacer(1, _gap(6) - 240), table]
    return _build([*flow, *map(_para, after)])


def _with_total(rows: list[list[str]], total: str) -> list[list[str]]:
    return [*rows, ["", "合计", total]]


@pytest.mark.parametrize("repeat", [True, False], ids=["header-repeated", "no-header"])
def test_a_grid_table_broken_by_a_page_is_one_table(repeat: bool) -> None:
    rows = _with_total(OFFICES, "198")
    document = _read(_report(_table(rows, WIDTHS3, grid=True, repeat=repeat)))
    tables = _tables(document)
    assert len(tables) == 1
    # header + 12 offices + 合计 = 14 rows, in order, the header once (a blank 序号 cell
    # gives no block)
    assert tables[0] == [r if r[0] else r[1:] for r in rows]
    pages = {b.location.page for b in document.blocks if b.kind is BlockKind.TABLE_CELL}
    assert pages == {1, 2}  # the page break did fall inside the table
    # the running header and the page numbers between the parts are furniture, not rows
    assert document.furniture
    assert not any(TITLE in b.text or "—" in b.text for b in document.blocks)


def test_a_four_column_table_keeps_its_columns_across_the_break() -> None:
    # 12 rows: 场次 1..12 (1+…+12 = 78), 人次 10·场次 (780)
    rows = [["序号", "活动", "场次", "人次"]] + [
        [str(i), f"第{i}场普法", str(i), str(10 * i)] for i in range(1, 13)
    ]
    rows.append(["", "合计", "78", "780"])
    document = _read(_report(_table(rows, (50.0, 170.0, 90.0, 90.0), grid=True, repeat=True)))
    tables = _tables(document)
    assert len(tables) == 1
    assert [r[-2:] for r in tables[0]][1:] == [r[-2:] for r in rows][1:]


def _two_tables(first, second, between: Sequence[str] = ()) -> bytes:  # type: ignore[no-untyped-def]
    """``first`` ends at the foot of page 1 (six rows fill the room left), ``second`` starts
    page 2, after ``between`` when given."""
    from reportlab.platypus import PageBreak, Spacer

    flow = [_para(BODY), _para(BODY), _para(OPENING), Spacer(1, _gap(6) - 240), first]
    return _build([*flow, PageBreak(), *map(_para, between), second, _para(CLOSING)])


# 6 rows: header + 5 offices (11+…+15 = 65)
FIRST = OFFICES[:6]
# 3+5+2+4 = 14
TOWNS = [["序号", "镇街", "调解成功（件）"], ["1", "梅岭镇", "3"], ["2", "竹溪镇", "5"]]
TOWNS += [["3", "桃源街道", "2"], ["4", "杏林街道", "4"], ["", "合计", "14"]]
TOWNS4 = [["序号", "镇街", "受理（件）", "调解成功（件）"], ["1", "梅岭镇", "5", "3"]]
TOWNS4 += [["2", "竹溪镇", "6", "5"], ["", "合计", "11", "8"]]  # 5+6 = 11, 3+5 = 8


@pytest.mark.parametrize(
    ("second", "between"),
    [
        (_table(TOWNS4, (50.0, 170.0, 90.0, 90.0), grid=True, repeat=True), ()),
        (_table(TOWNS, (100.0, 150.0, 150.0), grid=True, repeat=True), ()),
        (_table(TOWNS, WIDTHS3, grid=True, repeat=True), ("表2 各镇街调解情况",)),
        (_table(TOWNS, WIDTHS3, grid=True, repeat=True), ("二、矛盾纠纷化解情况",)),
    ],
    ids=["other-column-count", "other-widths", "caption-between", "heading-between"],
)
def test_two_tables_on_consecutive_pages_stay_two(second, between: Sequence[str]) -> None:  # type: ignore[no-untyped-def]
    first = _table(FIRST, WIDTHS3, grid=True, repeat=True)
    document = _read(_two_tables(first, second, between))
    tables = _tables(document)
    assert len(tables) == 2
    assert len(tables[0]) == 6 and tables[1][0][1] == "镇街"


def test_a_table_that_ends_the_page_is_not_joined_to_body_text() -> None:
    from reportlab.platypus import Spacer

    # the six rows fill the foot of page 1 (half a row to spare): the text goes to page 2
    first = _table(FIRST, WIDTHS3, grid=True, repeat=True)
    flow = [_para(BODY), _para(BODY), _para(OPENING), Spacer(1, _gap(6) - 240), first]
    document = _read(_build([*flow, _para(CLOSING), _para(BODY)]))
    assert len(_tables(document)) == 1 and len(_tables(document)[0]) == 6
    after = [b for b in document.blocks if b.location.page == 2]
    assert after[0].kind is BlockKind.PARAGRAPH and after[0].text == CLOSING


def _as_word(rows: list[list[str]], before: str) -> Document:
    """The same report as a .docx reads: the paragraph, then one table (a blank cell gives no
    block, the others keep their column)."""
    blocks = [Block(index=0, text=before, kind=BlockKind.PARAGRAPH, location=Location(block=0))]
    for r, row in enumerate(rows, 1):
        for c, text in enumerate(row, 1):
            if text:
                i = len(blocks)
                where = Location(block=i, part="body", table=1, row=r, cell=c)
                blocks.append(Block(index=i, text=text, kind=BlockKind.TABLE_CELL, location=where))
    return Document(path="<docx>", format="docx", blocks=blocks)


def _findings(document: Document) -> list[tuple[str, str]]:
    found = contradictions(analyze_document(document, 2023))
    return sorted((r.code, r.message) for r in found if r.code in {"N102", "N401"})


@pytest.mark.parametrize("repeat", [True, False], ids=["header-repeated", "no-header"])
@pytest.mark.parametrize(
    ("total", "opening", "codes"),
    [
        # 11+…+22 = 198: the rows, the 合计 and the text agree
        ("198", OPENING, []),
        # the rows on pages 1 and 2 add up to 198, not 189; the text's 198 is not the 合计
        ("189", OPENING, ["N102", "N401"]),
        # the 合计 is right (198), the text says 200
        ("198", OPENING.replace("198", "200"), ["N401"]),
    ],
    ids=["consistent", "total-wrong", "text-wrong"],
)
def test_the_total_across_the_break_is_checked_as_in_text_and_docx(
    total: str, opening: str, codes: list[str], repeat: bool
) -> None:
    # no 序号 column: a blank cell before 合计 shifts the PDF row's cells (see the report)
    rows = [r[1:] for r in OFFICES] + [["合计", total]]
    document = _read(
        _report(_table(rows, (260.0, 140.0), grid=True, repeat=repeat), before=(opening,))
    )
    found = _findings(document)
    assert [code for code, _ in found] == codes
    text = "\n".join([opening, *("\t".join(r) for r in rows)])
    as_text = sorted(
        (r.code, r.message)
        for r in contradictions(analyze_text(text, 2023))
        if r.code in {"N102", "N401"}
    )
    assert found == as_text == _findings(_as_word(rows, opening))


def test_a_total_on_the_next_page_is_not_summed_over_another_table() -> None:
    # page 1 ends with FIRST (5 offices, 11+…+15 = 65, no 合计); page 2 starts with another
    # table whose 合计 14 = 3+5+2+4 is right for its own rows only: nothing to report
    first = _table(FIRST, WIDTHS3, grid=True, repeat=True)
    second = _table(TOWNS, (100.0, 150.0, 150.0), grid=True, repeat=True)
    found = _findings(_read(_two_tables(first, second)))
    # (the opening's 198 against the five rows of page 1, 65, is the rows-sum reading of a
    # table without 合计 (s16-parts, a warning): a true disagreement of this built document,
    # not the summing over another table that this test guards against)
    assert [m for _, m in found if "表格各行" not in m] == []
    assert all("65件" in m for _, m in found)


def test_a_table_without_rules_reads_its_rows_in_order_across_the_break() -> None:
    # a table without rules is no table to the reader (on one page either): its rows are
    # lines, each its own paragraph; across the break they stay in order, apart from the
    # running header and the page numbers (the header row repeated on page 2 stays a line)
    rows = _with_total(OFFICES, "198")
    document = _read(_report(_table(rows, WIDTHS3, grid=False, repeat=False)))
    texts = [b.text for b in document.blocks]
    start = texts.index("序号 单位 办理件数（件）")
    assert texts[start : start + len(rows)] == [" ".join(c for c in r if c) for r in rows]
    assert not any(TITLE in t or "—" in t for t in texts)


def test_a_two_level_header_with_merged_cells_is_dropped_once_repeated() -> None:
    from reportlab.platypus import TableStyle

    # 「项目 | 预算数（万元）」 each over two columns (merged cells: fewer rules cross that
    # row), then 「编码 | 名称 | 基本支出 | 项目支出」; 12 rows, 基本支出 i, 项目支出 2i:
    # 1+…+12 = 78 and 156
    rows = [["项目", "", "预算数（万元）", ""], ["编码", "名称", "基本支出", "项目支出"]]
    rows += [[f"20{i:02d}", f"第{i}项支出", str(i), str(2 * i)] for i in range(1, 13)]
    rows.append(["", "合计", "78", "156"])
    table = _table(rows, (70.0, 150.0, 90.0, 90.0), grid=True, repeat=False)
    table.repeatRows = 2
    table.setStyle(TableStyle([("SPAN", (0, 0), (1, 0)), ("SPAN", (2, 0), (3, 0))]))
    document = _read(_report(table))
    tables = _tables(document)
    assert len(tables) == 1
    assert tables[0] == [[c for c in r if c] for r in rows]
    # both header rows were drawn again on page 2 (platypus repeats them), read once
    assert sum(b.text == "编码" for b in document.blocks) == 1
    assert {b.location.page for b in document.blocks if b.text.endswith("项支出")} == {1, 2}


@pytest.mark.parametrize(("total", "codes"), [("65", []), ("60", ["N102"])], ids=["right", "wrong"])
def test_a_total_row_alone_on_the_next_page_closes_the_table(total: str, codes: list[str]) -> None:
    from reportlab.platypus import TableStyle

    # header + 5 offices fill the room at the foot of page 1; the 合计 row, its label over
    # the 序号 and 单位 cells (merged: one rule fewer), goes alone to page 2.
    # 11+12+13+14+15 = 65
    rows = [*FIRST, ["合计", "", total]]
    table = _table(rows, WIDTHS3, grid=True, repeat=False)
    table.setStyle(TableStyle([("SPAN", (0, -1), (1, -1))]))
    document = _read(_report(table, after=(CLOSING, BODY)))
    tables = _tables(document)
    assert len(tables) == 1 and tables[0][-1] == ["合计", total]
    assert {b.location.page for b in document.blocks if b.text == "合计"} == {2}
    assert [code for code, _ in _findings(document)] == codes


def _word_report(rows: list[list[str]], opening: str) -> bytes:
    """A .docx written with python-docx: body text, ``opening``, a grid table whose first row
    is marked to repeat on every page (w:tblHeader), long enough to cross to page 2."""
    import docx
    from docx.oxml import OxmlElement

    document = docx.Document()
    for _ in range(5):
        document.add_paragraph(BODY)
    document.add_paragraph(opening)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    document.add_paragraph(CLOSING)
    document.sections[0].header.paragraphs[0].text = TITLE
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
@pytest.mark.parametrize(
    ("total", "codes"), [("215", []), ("251", ["N102", "N401"])], ids=["right", "wrong"]
)
def test_a_word_table_printed_by_libreoffice_reads_as_the_docx(
    total: str, codes: list[str], tmp_path: Path
) -> None:
    from fazhi_lint.readers import docx as docx_reader

    # 12 offices 11..22 (198) and 17 more of 1 each (17): 198+17 = 215; a 合计 of 251 is
    # wrong against the rows (N102) and the text's 215 (N401)
    rows = [r[1:] for r in OFFICES] + [[f"第{i}司法所", "1"] for i in range(13, 30)]
    rows.append(["合计", total])
    opening = OPENING.replace("198", "215")
    source = tmp_path / "report.docx"
    source.write_bytes(_word_report(rows, opening))
    run = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        capture_output=True,
        timeout=180,
    )
    printed = tmp_path / "report.pdf"
    assert printed.is_file(), run.stderr.decode("utf-8", "replace")
    document = _read(printed.read_bytes())
    assert _tables(document) == [rows]  # header once, 29 offices, 合计
    assert {b.location.page for b in document.blocks if b.location.table} == {1, 2}
    word = docx_reader.read(source.read_bytes(), str(source))
    assert [code for code, _ in _findings(document)] == codes
    assert _findings(document) == _findings(word)
