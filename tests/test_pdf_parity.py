"""Parity: a PDF exported from a seed's .docx gives the same findings as the .docx itself.

fixtures/pdf/NNN-literal.pdf is fixtures/seeds/NNN-literal.docx exported by LibreOffice
(fixtures/build_pdfs.py). Every check runs through the engine with the default configuration;
the findings must agree in code and excerpt — not in locations (paragraph numbers in the
.docx, page and line in the PDF), nor in severity where a check deliberately softens a finding
on a PDF (T104 gives a quotation split between two paragraphs as info: in a PDF the paragraph
break may be the reader's). Layout (F1xx) is left out: these PDFs were exported on a machine
without the official fonts, so they show substitutes (tests/test_form_fixtures.py covers the
layout of .docx and PDF). NNN-autonum.pdf is the .docx whose heading
numbers come from Word's automatic numbering, rendered by LibreOffice: in the PDF they are
plain text and must read exactly like the literal labels.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from fazhi_lint.config import Config
from fazhi_lint.engine import Linter
from fazhi_lint.readers import read_path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "fixtures" / "seeds"
PDFS = ROOT / "fixtures" / "pdf"
NUMBERS = sorted(p.name.split("-")[0] for p in SEEDS.glob("*-literal.docx"))


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Config(ignore=("F1",)))


_cache: dict[Path, Counter[tuple[str, str]]] = {}


def _drawn(text: str) -> str:
    """Text as a PDF can show it: pypdfium2 (the reader's engine) reads a space drawn as an
    object of its own without its character, so a no-break space reads as a space."""
    return text.replace("\xa0", " ")


def _findings(linter: Linter, path: Path) -> Counter[tuple[str, str]]:
    if path not in _cache:
        result = linter.lint_path(path)
        _cache[path] = Counter((d.code, _drawn(d.excerpt)) for d in result.diagnostics)
    return _cache[path]


def test_every_seed_has_its_pdf() -> None:
    assert NUMBERS == ["000", "001", "002", "003", "004"]
    for number in NUMBERS:
        assert (PDFS / f"{number}-literal.pdf").is_file()
        assert (PDFS / f"{number}-autonum.pdf").is_file()


@pytest.mark.parametrize("number", NUMBERS)
@pytest.mark.parametrize("variant", ["literal", "autonum"])
def test_pdf_findings_equal_docx_findings(linter: Linter, number: str, variant: str) -> None:
    docx = _findings(linter, SEEDS / f"{number}-literal.docx")
    pdf = _findings(linter, PDFS / f"{number}-{variant}.pdf")
    assert docx, "the seeds have defects: an empty list would prove nothing"
    assert not any(code.startswith("E") for code, _ in pdf), pdf
    assert pdf == docx


@pytest.mark.parametrize("number", NUMBERS)
def test_pdf_paragraphs_equal_docx_paragraphs(number: str) -> None:
    docx = read_path(SEEDS / f"{number}-literal.docx")
    pdf = read_path(PDFS / f"{number}-literal.pdf")
    assert [b.text for b in pdf.blocks] == [_drawn(b.text) for b in docx.blocks]
    # located by page and line, in reading order
    places = [(b.location.page, b.location.line) for b in pdf.blocks]
    assert all(page and line for page, line in places)
    assert places == sorted(places)
    # the title keeps the .docx typesetting that marks it: centred, 22 pt
    titles = [i for i, b in enumerate(docx.blocks) if b.style.size_pt == 22.0]
    assert titles
    for i in titles:
        assert (pdf.blocks[i].style.alignment, pdf.blocks[i].style.size_pt) == ("center", 22.0)
    assert pdf.meta["title"] == "".join(docx.blocks[i].text for i in titles)
    # the footer's page numbers (「— N —」) are furniture, never body text
    assert [b.text for b in pdf.furniture] == ["—1—"]
    assert not any("—" in b.text and b.text.strip("— 0123456789") == "" for b in pdf.blocks)
