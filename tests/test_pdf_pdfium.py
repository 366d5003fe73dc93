"""The default PDF engine, pypdfium2, reads what pdfplumber read: rules, spaces, overprints.

Each PDF is drawn here with reportlab (STSong-Light, as in fixtures/build_pdfs.py), one thing
at a time, and read by both engines: ``engine="pdfplumber"`` (pdfminer's characters, lines
and rectangles) is the reference for the default one.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from fazhi_lint.model import BlockKind, Document
from fazhi_lint.readers import pdf as pdf_reader
from fazhi_lint.readers.safety import DEFAULT_LIMITS

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("reportlab") is None, reason="reportlab not installed"
)

FONT = "STSong-Light"
ROWS = ["项目 数量 比例", "受理 83件 74.8%", "不予受理 28件 25.2%"]


def _pdf(draw: Callable[[Any], None]) -> bytes:
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4, invariant=1)
    draw(page)
    page.showPage()
    page.save()
    return out.getvalue()


def _both(data: bytes) -> tuple[Document, Document]:
    def read(engine: str) -> Document:
        settings = pdf_reader.PdfSettings(engine=engine)
        return pdf_reader.extract(data, "x.pdf", DEFAULT_LIMITS, settings)

    return read("auto"), read("pdfplumber")


def _blocks(document: Document) -> list[tuple[str, int | None, int | None, str]]:
    return [(b.kind.name, b.location.row, b.location.cell, b.text) for b in document.blocks]


def _table(page: Any, *, rule: str) -> None:
    page.setFont(FONT, 12)
    top = 700.0
    for i, row in enumerate(ROWS):
        y = top - 24 * i
        for x, cell in zip((100, 250, 400), row.split(), strict=True):
            page.drawString(x, y - 16, cell)
    for i in range(len(ROWS) + 1):
        y = top - 24 * i + 4
        if rule == "line":
            page.line(90, y, 500, y)
        elif rule == "rect":
            page.rect(90, y - 0.5, 410, 1, stroke=1, fill=0)
        elif rule == "white":  # WPS's white rectangle behind a line: no rule
            page.setFillColorRGB(1, 1, 1)
            page.rect(90, y - 20, 410, 20, stroke=0, fill=1)
            page.setFillColorRGB(0, 0, 0)


@pytest.mark.parametrize("rule", ["line", "rect"])
def test_ruled_table_from_pdfium_paths(rule: str) -> None:
    ours, reference = _both(_pdf(lambda page: _table(page, rule=rule)))
    assert _blocks(ours) == _blocks(reference)
    cells = [(row, cell, text) for kind, row, cell, text in _blocks(ours) if kind == "TABLE_CELL"]
    assert cells[:3] == [(1, 1, "项目"), (1, 2, "数量"), (1, 3, "比例")]
    assert (3, 3, "25.2%") in cells


def test_white_rectangles_are_not_rules() -> None:
    ours, reference = _both(_pdf(lambda page: _table(page, rule="white")))
    assert _blocks(ours) == _blocks(reference)
    assert all(b.kind is BlockKind.PARAGRAPH for b in ours.blocks)


def test_text_drawn_twice_is_read_once_and_bold() -> None:
    def draw(page: Any) -> None:
        page.setFont(FONT, 16)
        page.drawString(100, 700, "一、总体情况")
        page.drawString(100.3, 700, "一、总体情况")  # WPS's fake bold
        page.drawString(100, 670, "全年共收到行政复议申请111件。")

    ours, reference = _both(_pdf(draw))
    assert [(b.text, b.style.bold) for b in ours.blocks] == [
        ("一、总体情况", True),
        ("全年共收到行政复议申请111件。", False),
    ]
    assert [(b.text, b.style.bold) for b in reference.blocks] == [
        (b.text, b.style.bold) for b in ours.blocks
    ]


def test_a_space_drawn_as_its_own_object_is_kept() -> None:
    def draw(page: Any) -> None:
        page.setFont(FONT, 16)
        page.drawString(100, 700, "1.")
        page.setFont("Helvetica", 16)
        page.drawString(112, 700, " ")  # LibreOffice writes the space after a label apart
        page.setFont(FONT, 16)
        page.drawString(118, 700, "持续优化营商环境。")

    ours, reference = _both(_pdf(draw))
    assert [b.text for b in ours.blocks] == ["1. 持续优化营商环境。"]
    assert [b.text for b in reference.blocks] == ["1. 持续优化营商环境。"]


def test_a_normal_pdf_never_imports_pdfplumber() -> None:
    # pdfplumber (pdfminer) is opened only for a page pdfium cannot read
    path = Path(__file__).resolve().parent.parent / "fixtures" / "pdf" / "003-literal.pdf"
    code = (
        "import sys;from fazhi_lint.readers import read_path;"
        f"d=read_path({str(path)!r});"
        "print(len(d.blocks), d.meta['engine'], 'pdfplumber' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    blocks, engine, imported = done.stdout.split()
    assert int(blocks) > 10 and engine == "pypdfium2" and imported == "False"


def _word_break_pdf(page: Any) -> None:
    # a hyphen at the end of a line after a letter: pdfium takes it for a word break (code 2)
    page.setFont("Helvetica", 12)
    page.drawString(100, 700, "GongWen-Template-")
    page.drawString(100, 684, "Lite report 2023")
    page.setFont(FONT, 12)
    page.drawString(100, 660, "法治政府建设年度报告")


def test_bulk_text_matches_the_characters_one_by_one() -> None:
    # the text page's characters are read in one FPDFText_GetText call; what that call
    # writes differently (the word-break hyphen) is read again one by one
    import ctypes

    import pypdfium2

    document = pypdfium2.PdfDocument(_pdf(_word_break_pdf))
    try:
        textpage = document[0].get_textpage()
        count = textpage.count_chars()
        address = ctypes.cast(textpage.raw, ctypes.c_void_p).value
        for api in (pdf_reader._cffi_text_api(), pdf_reader._ctypes_text_api()):
            handle = api.handle(address)
            one_by_one = [api.unicode(handle, i) for i in range(count)]
            assert 0x02 in one_by_one  # the case the bulk read must get right
            assert pdf_reader._char_codes(api, handle, count) == one_by_one
        textpage.close()
    finally:
        document.close()


@pytest.mark.parametrize(
    "name", ["003-literal.pdf", "rl-rotated.pdf", "rl-report.pdf", "rl-owner-password.pdf"]
)
def test_cffi_and_ctypes_calls_read_the_same(name: str, monkeypatch: Any) -> None:
    # pdfium's text functions are called through cffi when it is installed, else through
    # ctypes: both must give the same document
    path = Path(__file__).resolve().parent.parent / "fixtures" / "pdf" / name
    data = path.read_bytes()

    def read(api: Any) -> list[tuple[str, str, str]]:
        monkeypatch.setattr(pdf_reader, "_FAST", [api])
        document = pdf_reader.read(data, name, DEFAULT_LIMITS, isolate=False)
        return [(b.text, repr(b.location), repr(b.style)) for b in document.blocks]

    by_cffi = read(pdf_reader._cffi_text_api())
    by_ctypes = read(pdf_reader._ctypes_text_api())
    assert by_cffi and by_cffi == by_ctypes


def test_a_word_break_hyphen_reads_as_drawn() -> None:
    document = pdf_reader.read(_pdf(_word_break_pdf), "x.pdf", DEFAULT_LIMITS, isolate=False)
    text = "".join(b.text for b in document.blocks)
    assert "GongWen-Template-" in text and "\ufffe" not in text


def test_the_parent_binds_pdfium_once_for_every_child() -> None:
    # a forked child that bound pdfium's functions itself would lose them on exit, and the
    # next child would bind them again (≈12 ms a file, cffi's import included); the function
    # types are parsed by cffi's compiled core, without importing pycparser (≈30 ms), and a
    # file read with pdfium alone does not import pdfminer (≈50 ms)
    path = Path(__file__).resolve().parent.parent / "fixtures" / "pdf" / "000-literal.pdf"
    code = (
        "from fazhi_lint.readers import pdf;"
        "from fazhi_lint.readers.safety import DEFAULT_LIMITS;"
        "import sys;"
        "isolated = pdf._can_isolate();"
        f"d = pdf.read(open({str(path)!r}, 'rb').read(), 'x', DEFAULT_LIMITS);"
        "print(isolated, len(d.blocks) > 10, bool(pdf._FAST), '_cffi_backend' in sys.modules,"
        "'pycparser' in sys.modules, 'pdfminer' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    isolated, read, bound, cffi_imported, pycparser, pdfminer = done.stdout.split()
    assert read == "True"
    assert pycparser == "False" and pdfminer == "False"
    if isolated == "True":  # read in a forked child: the parent bound the functions first
        assert bound == "True" and cffi_imported == "True"
