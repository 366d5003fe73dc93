"""Decide a file's format from its content; the extension only breaks ties between text kinds."""

from __future__ import annotations

import io
import zipfile

from .errors import ReadError

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
ENCRYPTED_OOXML = "EncryptionInfo".encode("utf-16-le")
LEGACY_WORD = "WordDocument".encode("utf-16-le")


def sniff(data: bytes, path: str = "") -> str:
    """One of ``docx``, ``pdf``, ``html``, ``markdown``, ``text``; raises ReadError otherwise."""
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise ReadError("E006", "文件为空（没有任何内容）")
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if data.startswith(OLE2_MAGIC):
        if ENCRYPTED_OOXML in data:
            raise ReadError("E004", "文档已加密（设有打开密码），无法检查；请取消密码后另存为 .docx 再提交")
        if LEGACY_WORD in data:
            raise ReadError("E003", "这是旧版 Word/WPS 二进制文档（.doc/.wps），请另存为 .docx 后重试")
        raise ReadError("E002", "这是 OLE2 复合文档（可能是 .xls/.ppt/.wps），不是可检查的报告；请另存为 .docx 后重试")
    if data.startswith(ZIP_MAGIC) or data.startswith(b"PK\x05\x06"):
        try:
            names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
        except (zipfile.BadZipFile, OSError, ValueError) as exc:
            raise ReadError("E005", "文件是损坏的压缩包（.docx 不完整或已损坏）", detail=str(exc)) from exc
        if "word/document.xml" in names:
            return "docx"
        if any(n.startswith("word/") for n in names):
            raise ReadError("E005", "Word 文档缺少主体部分 word/document.xml，文件已损坏")
        if "content.xml" in names:
            raise ReadError("E002", "这是 OpenDocument（.odt）文件，请另存为 .docx 后重试")
        raise ReadError("E002", "这是压缩包但不是 Word 文档（可能是 .xlsx/.pptx/.zip），请提交 .docx 报告")
    if data.lstrip()[:5].lower() == b"{\\rtf":
        raise ReadError("E002", "这是 RTF 文件，请另存为 .docx 后重试")
    from .text import decode

    text, _ = decode(data)
    probe = text[:4096].lstrip("\ufeff \t\r\n").lower()
    if probe.startswith(("<!doctype html", "<html", "<?xml")) and "<html" in text[:8192].lower():
        return "html"
    if probe.startswith("<") and any(t in probe for t in ("<body", "<div", "<p>", "<p ", "<head")):
        return "html"
    if path.lower().endswith((".md", ".markdown")):
        return "markdown"
    return "text"
