"""Hostile numbers in OOXML attributes and zip entries that lie about their size.

Every number read from an attribute goes through :func:`fazhi_lint.readers.ooxml.attr_int` /
:func:`~fazhi_lint.readers.ooxml.attr_number` (bounded; anything else is "absent"), and every
zip entry through :class:`fazhi_lint.readers.safety.BoundedZipFile` (decompressed in steps,
counted, refused once it yields more than it declared).
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from pathlib import Path

import pytest

from fazhi_lint.annotate import AnnotateError, annotate_docx
from fazhi_lint.readers import read_bytes
from fazhi_lint.readers.ooxml import MAX_GRID_COLUMNS, attr_int, attr_number
from fazhi_lint.readers.safety import _CHUNK, BoundedZipFile, open_zip

try:
    from .docx_factory import abstract_num, build_docx, lvl, num, p, style, tbl, tc
except ImportError:  # tests/ is not a package
    from docx_factory import abstract_num, build_docx, lvl, num, p, style, tbl, tc

HOSTILE = ["inf", "-inf", "1e400", "NaN", "99999999999", "-99999999999", "9" * 5000, "", "x1"]


# -- the helper ------------------------------------------------------------------------------


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_values_are_absent(value: str) -> None:
    assert attr_number(value, -1e6, 1e6) is None
    assert attr_int(value, 7, 0, 1000) == 7
    assert attr_int(value) is None


def test_plain_values_within_bounds() -> None:
    assert attr_int("12", 0) == 12
    assert attr_int(" 3.9 ", 0) == 3  # a fraction is cut off
    assert attr_int("-2", 5, 0, 10) == 5  # negative where the bound forbids it
    assert attr_int("64", 1, 1, MAX_GRID_COLUMNS) == 1
    assert attr_number("+24", 1, 3276) == 24.0
    assert attr_number(None, 0, 1) is None


# -- the readers -----------------------------------------------------------------------------


def _e_codes(data: bytes) -> list[str]:
    return [d.code for d in read_bytes(data, "hostile.docx").problems]


@pytest.mark.parametrize("value", HOSTILE)
def test_numbering_attributes(value: str) -> None:
    level = (
        f'<w:lvl w:ilvl="0"><w:start w:val="{value}"/><w:numFmt w:val="upperLetter"/>'
        f'<w:lvlRestart w:val="{value}"/><w:lvlText w:val="%1."/></w:lvl>'
    )
    numbering = abstract_num(1, level, lvl(1, "decimal", "%2)")) + num(
        1, 1, f'<w:lvlOverride w:ilvl="{value}"><w:startOverride w:val="{value}"/></w:lvlOverride>'
    )
    numbering = numbering.replace('w:ilvl="1"', f'w:ilvl="{value}"', 1)
    body = p("一段正文", num=(1, 0)) + p("第二段", num=(1, value)) + p("第三段", num=(1, 0))
    document = read_bytes(build_docx(body, numbering=numbering), "n.docx")
    assert document.problems == []
    labels = [b.label.text for b in document.blocks if b.label]
    assert labels[0] == "A."  # the hostile start is absent: Word's default 1


@pytest.mark.parametrize("value", HOSTILE)
def test_table_and_style_attributes(value: str) -> None:
    rpr = f'<w:sz w:val="{value}"/>'
    ppr = (
        f'<w:ind w:firstLine="{value}" w:firstLineChars="{value}"/><w:outlineLvl w:val="{value}"/>'
    )
    styles = style("Body", "正文", ppr=ppr, rpr=rpr, default=True)
    cell = tc(p("甲"), tcpr=f'<w:gridSpan w:val="{value}"/>')
    row = [cell, tc(p("乙"))]
    body = tbl(row, row).replace(
        "<w:tr>", f'<w:tr><w:trPr><w:gridBefore w:val="{value}"/></w:trPr>'
    )
    body += p("正文", ppr=ppr)
    document = read_bytes(build_docx(body, styles=styles), "t.docx")
    assert document.problems == []
    cells = [b.location.cell for b in document.blocks if b.location.table]
    assert cells == [1, 2, 1, 2]  # a hostile span or offset is one column / none


def test_a_huge_span_is_bounded_by_the_widest_grid() -> None:
    wide = [tc(p(f"格{i}"), tcpr=f'<w:gridSpan w:val="{MAX_GRID_COLUMNS}"/>') for i in range(200)]
    document = read_bytes(build_docx(tbl(wide, wide[:2])), "w.docx")
    cells = [b.location.cell or 0 for b in document.blocks if b.location.table]
    assert len(cells) == 202  # no cell's text is lost
    assert max(cells) == MAX_GRID_COLUMNS


def test_annotate_ignores_hostile_comment_ids(tmp_path: Path) -> None:
    body = p("正文一段").replace("<w:p>", '<w:p><w:bookmarkStart w:id="1e400" w:name="a"/>', 1)
    body += p("另一段").replace(
        "<w:p>", f'<w:p><w:bookmarkStart w:id="{"9" * 5000}" w:name="b"/>', 1
    )
    source = tmp_path / "ids.docx"
    source.write_bytes(build_docx(body))
    outcome = annotate_docx(source, [], tmp_path / "ids.批注.docx")
    assert outcome.error is None


# -- HTML charsets ---------------------------------------------------------------------------


@pytest.mark.parametrize("charset", ["undefined", "rot13", "base64", "hex", "zlib", "no-such"])
def test_unknown_html_charset_falls_back(charset: str) -> None:
    page = f'<html><head><meta charset="{charset}"></head><body><p>法治政府建设。</p></body></html>'
    data = page.encode("gb18030")
    document = read_bytes(data, "page.html")
    assert [d.code for d in document.problems] == []
    assert any("法治政府建设" in b.text for b in document.blocks)


# -- zip entries that lie about their size ---------------------------------------------------


def _lying_docx(actual: int, declared: int, name: str = "word/document.xml") -> bytes:
    """A package whose ``name`` inflates to ``actual`` bytes but declares ``declared``."""
    filler = b"<!-- " + b"x" * actual + b" -->"
    body = build_docx(p("正文"))
    source = zipfile.ZipFile(io.BytesIO(body))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            payload = source.read(info)
            if info.filename == name:
                payload = payload.replace(b"<w:body>", b"<w:body>" + filler, 1)
            out.writestr(info.filename, payload)
    return _declare(buffer.getvalue(), name, declared)


def _declare(package: bytes, name: str, declared: int) -> bytes:
    """``package`` with the uncompressed size of ``name`` rewritten to ``declared``."""
    data = bytearray(package)
    encoded = name.encode()
    # uncompressed size: offset 22 in the local header, 24 in the central directory entry
    for signature, offset, name_at in ((b"PK\x03\x04", 22, 30), (b"PK\x01\x02", 24, 46)):
        start = 0
        while (start := data.find(signature, start)) != -1:
            if data[start + name_at : start + name_at + len(encoded)] == encoded:
                struct.pack_into("<I", data, start + offset, declared)
            start += 4
    return bytes(data)


def test_an_entry_larger_than_declared_is_refused_while_inflating() -> None:
    data = _lying_docx(actual=8 * 1024 * 1024, declared=2000)
    archive = open_zip(data)  # the declared sizes pass the pre-check
    assert archive.getinfo("word/document.xml").file_size == 2000
    problems = read_bytes(data, "lie.docx").problems
    assert [d.code for d in problems] == ["E007"]
    assert "声明" in problems[0].message


def test_bounded_reads_inflate_in_steps(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[int] = []
    original = zipfile.ZipExtFile.read

    def spy(self: zipfile.ZipExtFile, n: int = -1) -> bytes:
        asked.append(n)
        return original(self, n)

    data = _lying_docx(actual=4 * 1024 * 1024, declared=3000)
    monkeypatch.setattr(zipfile.ZipExtFile, "read", spy)
    assert _e_codes(data) == ["E007"]
    assert asked and all(0 < n <= _CHUNK for n in asked)  # never "everything at once"


def test_an_honest_package_reads_unchanged() -> None:
    data = _lying_docx(actual=10_000, declared=0)
    archive = zipfile.ZipFile(io.BytesIO(build_docx(p("正文"))))
    size = archive.getinfo("word/document.xml").file_size
    honest = _lying_docx(actual=0, declared=size + len(b"<!--  -->"))
    assert _e_codes(honest) == []
    assert _e_codes(data) == ["E007"]


def test_other_compression_methods_are_refused() -> None:
    source = zipfile.ZipFile(io.BytesIO(build_docx(p("正文"))))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_BZIP2) as out:
        for info in source.infolist():
            out.writestr(info.filename, source.read(info))
    problems = read_bytes(buffer.getvalue(), "bz.docx").problems
    assert [d.code for d in problems] == ["E005"]
    assert isinstance(open_zip(buffer.getvalue()), BoundedZipFile)


def test_annotate_copies_entries_through_the_bounded_reader(tmp_path: Path) -> None:
    # the body reads normally; a media entry lies about its size and is refused while copying
    base = build_docx(p("正文"))
    source_zip = zipfile.ZipFile(io.BytesIO(base))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source_zip.infolist():
            out.writestr(info.filename, source_zip.read(info))
        out.writestr("word/media/image1.png", b"\0" * (4 * 1024 * 1024))
    source = tmp_path / "媒体 文件.docx"
    source.write_bytes(_declare(buffer.getvalue(), "word/media/image1.png", 100))
    target = tmp_path / "out.docx"
    with pytest.raises(AnnotateError, match="声明"):
        annotate_docx(source, [], target)
    assert not target.exists()
    assert list(tmp_path.iterdir()) == [source]  # no partial copy left behind


def test_a_damaged_deflate_stream_is_corrupt_not_internal(tmp_path: Path) -> None:
    data = bytearray(build_docx(p("正文内容")))
    archive = zipfile.ZipFile(io.BytesIO(bytes(data)))
    info = archive.getinfo("word/document.xml")
    header = info.header_offset
    name_len, extra_len = struct.unpack_from("<HH", data, header + 26)
    start = header + 30 + name_len + extra_len
    data[start : start + 4] = b"\xff\xff\xff\xff"  # block type 3: zlib.error, not BadZipFile
    with pytest.raises(zlib.error):
        zlib.decompress(bytes(data[start : start + info.compress_size]), -15)
    problems = read_bytes(bytes(data), "damaged.docx").problems
    assert [d.code for d in problems] == ["E005"]
    source = tmp_path / "damaged.docx"
    source.write_bytes(bytes(data))
    with pytest.raises(AnnotateError):
        annotate_docx(source, [], tmp_path / "out.docx")


def test_sniffing_reads_a_lying_mimetype_in_steps(monkeypatch: pytest.MonkeyPatch) -> None:
    # an OpenDocument-like package whose 'mimetype' declares 30 bytes and inflates to 8 MB
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        out.writestr("mimetype", b"application/vnd.oasis.opendocument.text" + b" " * 8_000_000)
        out.writestr("content.xml", b"<office:document-content/>")
    data = _declare(buffer.getvalue(), "mimetype", 30)
    asked: list[int] = []
    original = zipfile.ZipExtFile.read

    def spy(self: zipfile.ZipExtFile, n: int = -1) -> bytes:
        asked.append(n)
        return original(self, n)

    monkeypatch.setattr(zipfile.ZipExtFile, "read", spy)
    problems = read_bytes(data, "lie.odt").problems
    assert [d.code for d in problems] == ["E002"]  # still told what it is not
    assert asked and all(0 < n <= _CHUNK for n in asked)


def test_an_unsupported_zip_version_is_corrupt_not_internal() -> None:
    # "version needed to extract" 13.7 in the central directory: zipfile raises
    # NotImplementedError while listing the archive (found by scripts/fuzz.py, seed 3)
    data = bytearray(build_docx(p("正文")))
    at = data.find(b"PK\x01\x02")
    struct.pack_into("<H", data, at + 6, 137)
    with pytest.raises(NotImplementedError):
        zipfile.ZipFile(io.BytesIO(bytes(data)))
    assert [d.code for d in read_bytes(bytes(data), "v.docx").problems] == ["E005"]
