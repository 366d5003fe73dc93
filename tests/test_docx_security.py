"""Hostile .docx input: every attack is a finding, never a crash, hang or leak."""

from __future__ import annotations

import io
import os
import time
import zipfile
from pathlib import Path

import pytest

from fazhi_lint.readers import read_path
from fazhi_lint.readers.safety import Limits

try:
    from .docx_factory import DECL, NS, build_docx, p, read
except ImportError:  # tests/ is not a package
    from docx_factory import DECL, NS, build_docx, p, read


def _codes(document) -> list[str]:  # type: ignore[no-untyped-def]
    return [d.code for d in document.problems]


def _document_xml(body: str, prolog: str = "") -> str:
    return f"{DECL}{prolog}<w:document {NS}><w:body>{body}</w:body></w:document>"


def test_zip_bomb_refused_before_decompression() -> None:
    # 136 MB of one repeated byte (over the 128 MB per-entry limit) deflates to ~620 KB at
    # the fastest level (~130 KB at the default, 2.5× the CPU to build)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b" " * (8 * 1024 * 1024)
            for _ in range(17):
                member.write(chunk)
    data = buffer.getvalue()
    assert len(data) < 1_500_000
    start = time.perf_counter()
    document = read(data)
    elapsed = time.perf_counter() - start
    assert _codes(document) == ["E007"]
    assert "document.xml" in document.problems[0].message
    assert elapsed < 5  # generous: the refusal happens before anything is inflated


def _patch_declared_size(data: bytes, name: str, size: int) -> bytes:
    """Rewrite the uncompressed size of ``name`` in the zip central directory."""
    patched = bytearray(data)
    pos = data.find(b"PK\x01\x02")
    while pos >= 0:
        name_len = int.from_bytes(data[pos + 28 : pos + 30], "little")
        if data[pos + 46 : pos + 46 + name_len] == name.encode():
            patched[pos + 24 : pos + 28] = size.to_bytes(4, "little")
            return bytes(patched)
        pos = data.find(b"PK\x01\x02", pos + 4)
    raise AssertionError(f"{name} not in the central directory")


def test_declared_size_lie_is_refused_while_inflating() -> None:
    # the header claims 10 bytes: the bounded reader stops as soon as it inflates more
    data = _patch_declared_size(build_docx(p("正文内容")), "word/document.xml", 10)
    assert _codes(read(data)) == ["E007"]


def test_xxe_refused_and_file_content_never_appears() -> None:
    hostname = Path("/etc/hostname")
    secret = hostname.read_text().strip() if hostname.exists() else ""
    prolog = '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>'
    xml = _document_xml(p("<w:r><w:t>leak:&xxe;</w:t></w:r>"), prolog)
    document = read(build_docx("", document_xml=xml))
    assert _codes(document) == ["E008"]
    assert not document.blocks
    if secret:
        assert all(secret not in d.message for d in document.problems)
        assert all(secret not in str(d.data) for d in document.problems)


def test_billion_laughs_refused() -> None:
    entities = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
    )
    prolog = f"<!DOCTYPE w:document [{entities}]>"
    xml = _document_xml(p("<w:r><w:t>&lol9;</w:t></w:r>"), prolog)
    start = time.perf_counter()
    document = read(build_docx("", document_xml=xml))
    assert _codes(document) in (["E008"], ["E005"])
    assert time.perf_counter() - start < 5


def test_dtd_in_a_secondary_part_is_refused_too() -> None:
    styles = f'{DECL}<!DOCTYPE x [<!ENTITY a "b">]><w:styles {NS}/>'
    data = build_docx(p("正文"), styles="")
    data = _replace_member(data, "word/styles.xml", styles.encode())
    assert _codes(read(data)) == ["E008"]


def _replace_member(data: bytes, name: str, content: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info.filename, content if info.filename == name else source.read(info))
    return buffer.getvalue()


def test_too_many_entries() -> None:
    extra = {f"word/media/image{i}.png": b"x" for i in range(60)}
    data = build_docx(p("正文"), extra_parts=extra)
    from fazhi_lint.readers import read_bytes

    document = read_bytes(data, "many.docx", Limits(max_zip_entries=50))
    assert _codes(document) == ["E007"]
    assert "条目过多" in document.problems[0].message


def test_corrupt_zip() -> None:
    data = build_docx(p("正文"))
    document = read(data[: len(data) // 2])
    assert _codes(document) == ["E005"]


def test_missing_document_xml() -> None:
    data = build_docx(
        p("正文"), omit=("word/document.xml",), extra_parts={"word/styles.xml": b"<x/>"}
    )
    assert _codes(read(data)) == ["E005"]


def test_malformed_document_xml() -> None:
    xml = f"{DECL}<w:document {NS}><w:body><w:p><w:r><w:t>未闭合</w:r></w:p></w:body>"
    document = read(build_docx("", document_xml=xml))
    assert _codes(document) == ["E005"]


def test_document_without_body_element() -> None:
    xml = f"{DECL}<w:document {NS}/>"
    assert _codes(read(build_docx("", document_xml=xml))) == ["E005"]


def test_deep_nesting_is_a_finding() -> None:
    # 400 nested smart tags: libxml2 refuses depth > 256 without huge_tree, or we recurse fine
    inner = "<w:r><w:t>深</w:t></w:r>"
    for _ in range(400):
        inner = f'<w:smartTag w:uri="u" w:element="e">{inner}</w:smartTag>'
    document = read(build_docx(f"<w:p>{inner}</w:p>"))
    assert _codes(document) in ([], ["E005"])
    assert all(d.code != "E999" for d in document.problems)


def test_body_text_limit() -> None:
    from fazhi_lint.readers import read_bytes

    data = build_docx("".join(p("一二三四五六七八九十") for _ in range(20)))
    document = read_bytes(data, "long.docx", Limits(max_text_chars=100))
    assert _codes(document) == ["E007"]


def test_input_file_is_not_modified(tmp_path: Path) -> None:
    path = tmp_path / "报告.docx"
    path.write_bytes(build_docx(p("正文内容"), headers=[p("页眉")]))
    old = os.stat(path).st_mtime_ns - 10_000_000_000  # set an old mtime to notice any touch
    os.utime(path, ns=(old, old))
    before = path.read_bytes()
    document = read_path(path)
    assert [b.text for b in document.blocks] == ["正文内容"]
    assert path.read_bytes() == before
    assert os.stat(path).st_mtime_ns == old
    assert sorted(x.name for x in tmp_path.iterdir()) == ["报告.docx"]  # no temp/lock files


@pytest.mark.parametrize("junk", [b"PK\x03\x04" + b"\x00" * 100, b"PK\x05\x06" + b"\x00" * 18])
def test_degenerate_zip_headers(junk: bytes) -> None:
    document = read(junk)
    assert document.problems
    assert document.problems[0].code in ("E005", "E002")
