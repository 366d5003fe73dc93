"""Locations describe the place in the source format's own terms."""

from __future__ import annotations

from fazhi_lint.model import Location


def test_text_location_is_line_and_column_of_the_offset() -> None:
    location = Location(block=3, line=12, column=5)
    assert location.human(0) == "第12行第5列"
    assert location.human(4) == "第12行第9列"
    assert location.short(4) == "12:9"
    assert location.to_dict(4)["column"] == 9


def test_docx_location_counts_paragraphs_and_characters() -> None:
    assert Location(block=0, paragraph=7).human(0) == "第7段"
    assert Location(block=0, paragraph=7).human(10) == "第7段第11字"
    cell = Location(block=0, paragraph=9, table=2, row=3, cell=1)
    assert cell.human(0) == "表2第3行第1列"


def test_pdf_location_follows_the_printed_line_of_the_offset() -> None:
    location = Location(block=0, page=3, line=10, line_starts=((0, 3, 10), (28, 3, 11), (56, 4, 1)))
    assert location.human(0) == "第3页第10行"
    assert location.human(30) == "第3页第11行"
    assert location.human(60) == "第4页第1行"
    assert location.to_dict(60)["page"] == 4 and location.to_dict(60)["line"] == 1


def test_html_location_without_column_names_the_source_line() -> None:
    location = Location(block=0, paragraph=4, line=120)
    assert location.human(0) == "第4段（源码第120行）"
    assert location.short(0) == "120"


def test_document_level_location() -> None:
    assert Location().human() == "全文"
    assert Location().short() == ""
