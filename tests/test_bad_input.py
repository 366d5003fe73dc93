"""Bad input end to end: one ``E`` finding, a Chinese message saying what to do, no crash,
and the input file left exactly as it was (bytes and modification time)."""

from __future__ import annotations

import importlib.util
import os
import random
import re
import stat
from collections.abc import Callable
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

import fazhi_lint
from fazhi_lint import FileResult

CORPUS = Path(__file__).resolve().parents[1] / "../shared/corpus/real"
CHINESE = re.compile(r"[\u4e00-\u9fff]")
OLD_MTIME_NS = 1_600_000_000 * 10**9


def _truncated_docx() -> bytes:
    data = docx_bytes()
    return data[: len(data) // 2]


# name, bytes factory, expected code, a word the message must contain
BAD_INPUTS: list[tuple[str, Callable[[], bytes], str, str]] = [
    ("空文件.txt", lambda: b"", "E006", "空"),
    ("空白.txt", lambda: " \r\n\t\u3000\n".encode(), "E006", "空白"),
    ("全零.docx", lambda: bytes(4096), "E006", "空字节"),
    ("扫描件.png", lambda: PNG + bytes(512), "E002", "图片"),
    ("报告.docx", lambda: JPEG + bytes(512), "E002", "图片"),
    ("报告.pdf", lambda: GIF + bytes(512), "E002", "图片"),
    ("报告.exe", lambda: EXE + bytes(512), "E002", "可执行程序"),
    ("随机.bin", lambda: b"\x01" + random.Random(7).randbytes(4096), "E002", "二进制"),
    ("加密.docx", lambda: ole2_file("EncryptionInfo", "EncryptedPackage"), "E004", "密码"),
    (
        "旧版.doc",
        lambda: ole2_file("WordDocument", "1Table", "\x05SummaryInformation"),
        "E003",
        ".docx",
    ),
    (
        "金山.wps",
        lambda: ole2_file("WordDocument", "0Table", "\x05SummaryInformation"),
        "E003",
        ".docx",
    ),
    ("表格.xlsx", xlsx_bytes, "E002", "Excel"),
    ("演示.pptx", pptx_bytes, "E002", "PowerPoint"),
    ("文档.odt", odt_bytes, "E002", ".odt"),
    ("表格.xls", lambda: ole2_file("Workbook"), "E002", "Excel"),
    ("报告.rtf", lambda: b"{\\rtf1\\ansi\\deff0 {\\fonttbl}}", "E002", "RTF"),
    ("损坏.docx", _truncated_docx, "E005", "损坏"),
    ("缺正文.docx", lambda: zip_package({"word/styles.xml": "<w/>"}), "E005", "document.xml"),
]


def check_single_problem(result: FileResult, code: str, word: str) -> None:
    assert [d.code for d in result.diagnostics] == [code], [
        (d.code, d.message) for d in result.diagnostics
    ]
    (finding,) = result.diagnostics
    assert finding.severity.label == "error"
    assert CHINESE.search(finding.message)
    assert word in finding.message
    assert "请" in finding.message, finding.message  # says what to do
    assert finding.location.block is None


def write_read_only(path: Path, data: bytes) -> os.stat_result:
    path.write_bytes(data)
    os.utime(path, ns=(OLD_MTIME_NS, OLD_MTIME_NS))
    path.chmod(0o444)
    return path.stat()


def assert_untouched(path: Path, data: bytes, before: os.stat_result) -> None:
    after = path.stat()
    assert after.st_mtime_ns == before.st_mtime_ns == OLD_MTIME_NS
    assert stat.S_IMODE(after.st_mode) == 0o444
    assert path.read_bytes() == data


@pytest.mark.parametrize(
    ("name", "make", "code", "word"), BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS]
)
def test_lint_path(
    tmp_path: Path, name: str, make: Callable[[], bytes], code: str, word: str
) -> None:
    data = make()
    path = tmp_path / name
    before = write_read_only(path, data)
    result = fazhi_lint.lint_path(path)
    check_single_problem(result, code, word)
    assert result.diagnostics[0].path == str(path)
    assert_untouched(path, data, before)


@pytest.mark.parametrize(
    ("name", "make", "code", "word"), BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS]
)
def test_lint_bytes(name: str, make: Callable[[], bytes], code: str, word: str) -> None:
    data = make()
    copy = bytes(data)
    result = fazhi_lint.lint_bytes(data, name)
    check_single_problem(result, code, word)
    assert data == copy


def real_docs() -> list[Path]:
    return sorted(CORPUS.glob("*/*.doc")) if CORPUS.is_dir() else []


@pytest.mark.skipif(not real_docs(), reason="shared corpus with real .doc files not present")
def test_real_doc_files(tmp_path: Path) -> None:
    for source in real_docs():
        data = source.read_bytes()
        path = tmp_path / source.name
        before = write_read_only(path, data)
        check_single_problem(fazhi_lint.lint_path(path), "E003", "请另存为 .docx 后重试")
        assert_untouched(path, data, before)


def test_directory(tmp_path: Path) -> None:
    result = fazhi_lint.lint_path(tmp_path)
    assert [d.code for d in result.diagnostics] == ["E001"]
    assert "目录" in result.diagnostics[0].message


def test_missing_file(tmp_path: Path) -> None:
    result = fazhi_lint.lint_path(tmp_path / "不存在.docx")
    assert [d.code for d in result.diagnostics] == ["E001"]
    assert "不存在" in result.diagnostics[0].message


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root can read any file")
@pytest.mark.skipif(os.name == "nt", reason="chmod(0) does not make a file unreadable on Windows")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "报告.txt"
    path.write_bytes("报告正文\n".encode())
    path.chmod(0)
    try:
        result = fazhi_lint.lint_path(path)
    finally:
        path.chmod(0o644)
    assert [d.code for d in result.diagnostics] == ["E001"]
    assert "权限" in result.diagnostics[0].message


def test_good_files_under_wrong_names_are_read(tmp_path: Path) -> None:
    data = docx_bytes()
    for name in ("报告.pdf", "报告.txt"):
        path = tmp_path / name
        before = write_read_only(path, data)
        result = fazhi_lint.lint_path(path)
        assert result.format == "docx"
        assert not [d for d in result.diagnostics if d.code.startswith("E")]
        assert_untouched(path, data, before)
    text = tmp_path / "报告.docx"
    text.write_bytes("天津市某区2024年法治政府建设情况报告\n".encode())
    assert fazhi_lint.lint_path(text).format == "text"


@pytest.mark.skipif(
    importlib.util.find_spec("fazhi_lint.readers.pdf") is None, reason="PDF reader not present yet"
)
def test_pdf_renamed_docx_is_read_as_pdf(tmp_path: Path) -> None:
    pdfs = sorted(CORPUS.glob("*/*.pdf")) if CORPUS.is_dir() else []
    if not pdfs:
        pytest.skip("no real PDF in the shared corpus")
    path = tmp_path / "报告.docx"
    path.write_bytes(pdfs[0].read_bytes())
    assert fazhi_lint.lint_path(path).format == "pdf"
