"""Format sniffing by content: what each kind of file is taken for, and what is refused."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest
from ole2_samples import (
    EXE,
    GIF,
    JPEG,
    PNG,
    docx_bytes,
    odt_bytes,
    ole2_file,
    pptx_bytes,
    xlsx_bytes,
    zip_package,
)

from fazhi_lint.readers.errors import ReadError
from fazhi_lint.readers.sniff import ole2_streams, sniff, word_fib_encrypted

CORPUS = Path(__file__).resolve().parents[1] / "../shared/corpus/real"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"


def refused(data: bytes, name: str = "x.bin") -> ReadError:
    with pytest.raises(ReadError) as info:
        sniff(data, name)
    return info.value


# -- what is read ------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["报告.pdf", "报告.docx", "报告.txt", "noext"])
def test_pdf_by_content_whatever_the_name(name: str) -> None:
    assert sniff(PDF, name) == "pdf"


def test_pdf_signature_after_junk_prefix() -> None:
    assert sniff(b"\r\n\x00garbage" + PDF, "a.pdf") == "pdf"


@pytest.mark.parametrize("name", ["报告.docx", "报告.pdf", "报告.txt", "报告.doc"])
def test_docx_by_content_whatever_the_name(name: str) -> None:
    assert sniff(docx_bytes(), name) == "docx"


def test_text_and_markdown() -> None:
    body = "天津市某区2024年法治政府建设情况报告\n一、主要举措和成效\n".encode()
    assert sniff(body, "a.txt") == "text"
    assert sniff(body, "a") == "text"
    assert sniff(body, "a.md") == "markdown"
    assert sniff(body, "a.MARKDOWN") == "markdown"
    assert sniff(body.decode().encode("gbk"), "a.txt") == "text"
    assert sniff(body.decode().encode("utf-16"), "a.txt") == "text"


def test_text_with_page_breaks_is_still_text() -> None:
    body = ("一、主要举措和成效\f\n" * 20 + "（一）\x0b完善制度\n" * 20).encode()
    assert sniff(body, "a.txt") == "text"


@pytest.mark.parametrize(
    "head",
    [
        "<!DOCTYPE html><html><body><p>报告</p></body></html>",
        "<html><head><title>报告</title></head></html>",
        '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"></html>',
        "\ufeff<div class='x'><p>报告正文</p></div>",
        "<meta charset=gbk><title>报告</title>",
    ],
)
def test_html_by_content(head: str) -> None:
    assert sniff(head.encode("utf-8"), "page.txt") == "html"


def test_html_in_gbk() -> None:
    page = '<html><head><meta charset="gb2312"><title>法治政府建设报告</title></head></html>'
    assert sniff(page.encode("gbk"), "a.htm") == "html"


def test_text_that_starts_like_a_signature_is_text() -> None:
    # "MZ"/"BM" are signatures only when the rest is binary
    assert sniff("MZ公司法治建设情况报告\n".encode(), "a.txt") == "text"
    assert sniff(b"BMW report\n", "a.txt") == "text"


# -- OLE2 ----------------------------------------------------------------------------------
def test_ole2_directory_is_read() -> None:
    data = ole2_file("WordDocument", "1Table", "\x05SummaryInformation", "Data", "Extra")
    streams = ole2_streams(data)
    assert streams is not None
    assert {"Root Entry", "WordDocument", "1Table", "Data", "Extra"} <= set(streams)


def test_encrypted_ooxml_is_e004() -> None:
    error = refused(ole2_file("EncryptionInfo", "EncryptedPackage", "\x06DataSpaces"), "a.docx")
    assert error.code == "E004"
    assert "密码" in error.message and "请" in error.message


@pytest.mark.parametrize("name", ["报告.doc", "报告.wps", "报告.docx"])
def test_legacy_word_and_wps_are_e003(name: str) -> None:
    error = refused(ole2_file("WordDocument", "1Table", "\x05SummaryInformation"), name)
    assert error.code == "E003"
    assert "请另存为 .docx 后重试" in error.message


@pytest.mark.parametrize(
    ("stream", "word"),
    [("Workbook", "Excel"), ("Book", "Excel"), ("PowerPoint Document", "PowerPoint")],
)
def test_other_office_binaries_are_e002(stream: str, word: str) -> None:
    error = refused(ole2_file(stream))
    assert error.code == "E002"
    assert word in error.message


def test_unknown_ole2_is_e002() -> None:
    assert refused(ole2_file("Something")).code == "E002"


def test_damaged_ole2_falls_back_to_raw_search() -> None:
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100) + "WordDocument".encode("utf-16-le")
    assert refused(data).code == "E003"


def real_docs() -> list[Path]:
    return sorted(CORPUS.glob("*/*.doc")) if CORPUS.is_dir() else []


@pytest.mark.skipif(not real_docs(), reason="shared corpus with real .doc files not present")
def test_real_doc_files_are_e003_and_not_encrypted() -> None:
    for path in real_docs():
        data = path.read_bytes()
        streams = ole2_streams(data)
        assert streams is not None and "WordDocument" in streams, path.name
        assert not word_fib_encrypted(data, streams["WordDocument"])
        error = refused(data, path.name)
        assert error.code == "E003", path.name


@pytest.mark.skipif(not real_docs(), reason="shared corpus with real .doc files not present")
def test_password_protected_doc_is_e004() -> None:
    """Setting fEncrypted in a real file's FIB makes it a password-protected .doc."""
    data = bytearray(real_docs()[0].read_bytes())
    streams = ole2_streams(bytes(data))
    assert streams is not None
    start, _ = streams["WordDocument"]
    offset = (start + 1) * 512 + 0x0A
    data[offset + 1] |= 0x01  # flags word, bit 8
    error = refused(bytes(data), "a.doc")
    assert error.code == "E004"
    assert "密码" in error.message and ".docx" in error.message


# -- zip packages ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("data", "word"),
    [
        (xlsx_bytes(), "Excel"),
        (pptx_bytes(), "PowerPoint"),
        (odt_bytes(), ".odt"),
        (zip_package({"OFD.xml": "<ofd/>"}), "OFD"),
        (zip_package({"报告/报告.docx": b"x", "说明.txt": "y"}), "解压"),
        (zip_package({"a.txt": "y"}), "压缩包"),
    ],
)
def test_other_zip_packages_are_e002(data: bytes, word: str) -> None:
    error = refused(data, "a.docx")
    assert error.code == "E002"
    assert word in error.message
    assert "请" in error.message


def test_word_package_without_document_is_e005() -> None:
    assert refused(zip_package({"word/styles.xml": "<w/>"}), "a.docx").code == "E005"


def test_truncated_zip_is_e005() -> None:
    data = docx_bytes()
    assert refused(data[: len(data) // 3], "a.docx").code == "E005"


# -- binary and empty ------------------------------------------------------------------------
@pytest.mark.parametrize(("data", "name"), [(PNG, "PNG"), (JPEG, "JPEG"), (GIF, "GIF")])
def test_images_are_named(data: bytes, name: str) -> None:
    error = refused(data + bytes(200), "扫描件.pdf")
    assert error.code == "E002"
    assert error.message.startswith("这是图片文件") and name in error.message


def test_executable_is_named() -> None:
    error = refused(EXE + bytes(300), "报告.docx")
    assert error.code == "E002" and "可执行程序" in error.message


@pytest.mark.parametrize("seed", range(5))
def test_random_binary_is_never_text(seed: int) -> None:
    rng = random.Random(seed)
    data = bytes(rng.randrange(256) for _ in range(4096))
    if data.startswith((b"%PDF-", b"PK", b"\xd0\xcf")):
        data = b"\x01" + data
    assert refused(data, "a.txt").code == "E002"


def test_binary_with_few_nuls_is_refused() -> None:
    data = ("报告正文" * 200).encode() + b"\x00\x01\x02\x03" * 50
    assert refused(data, "a.txt").code == "E002"


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"   \r\n\t\n",
        "\u3000\u3000\n\n".encode(),
        "\ufeff \n".encode("utf-8"),
        " \n".encode("utf-16"),
        b"\x00" * 64,
    ],
)
def test_empty_and_blank_are_e006(data: bytes) -> None:
    error = refused(data, "a.txt")
    assert error.code == "E006"
    assert "请" in error.message


def test_other_text_formats_are_refused() -> None:
    assert refused(b"{\\rtf1\\ansi hello}", "a.doc").code == "E002"
    mht = b"From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n"
    assert "mht" in refused(mht, "a.mht").message
    word_xml = (
        b'<?xml version="1.0"?>\n<?mso-application progid="Word.Document"?>\n<w:wordDocument/>'
    )
    assert "Word XML" in refused(word_xml, "a.xml").message
    assert refused(b'<?xml version="1.0"?><data/>', "a.xml").code == "E002"


def test_sniff_never_reads_the_extension_for_binary_kinds(tmp_path: Path) -> None:
    # the same PNG bytes under any name
    for name in ("a.txt", "a.md", "a.html", "a.docx"):
        assert refused(PNG + os.urandom(64), name).code == "E002"


# -- a signature is confirmed by the structure (issue 11, item 12) ---------------------------


@pytest.mark.parametrize("cut", [3, 4, 10, 30])
def test_a_docx_cut_short_is_corrupt_not_text(cut: int) -> None:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    error = refused(buffer.getvalue()[:cut], "报告.docx")
    assert error.code == "E005"


def test_a_truncated_ole2_signature_is_corrupt() -> None:
    assert refused(b"\xd0\xcf\x11\xe0", "报告.doc").code == "E005"


def test_pdf_mentioned_in_a_text_is_text() -> None:
    text = "关于报送材料的说明：请勿提交 %PDF- 开头的扫描件。\n一、总体情况\n".encode()
    assert sniff(text, "说明.txt") == "text"
    assert (
        sniff(b"%PDF-1.7 is a format\n" * 3, "x.txt") == "pdf"
    )  # at the start: the reader decides
