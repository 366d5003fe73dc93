"""Decide a file's format from its content; the extension only tells Markdown from plain text.

A binary format is claimed by its signature and must then be confirmed by its structure:
a zip signature that does not open is a damaged file (``E005``), never text; ``%PDF-`` past
the start of a file is a PDF only when a PDF object follows.

Order: empty → PDF signature → OLE2 (legacy Word/WPS, encrypted OOXML, Excel...) → zip
(docx, xlsx, pptx, odt, ofd) → other binary signatures (images, executables, archives) →
RTF → decoded text (binary check by control-character ratio, whitespace-only, HTML, XML,
MHTML) → Markdown or text. Every refusal is a :class:`ReadError` whose Chinese message
says what the file is and what to do.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile

from .errors import (
    CORRUPT_FILE,
    EMPTY_FILE,
    ENCRYPTED_DOCUMENT,
    LEGACY_WORD_FORMAT,
    UNSUPPORTED_FORMAT,
    ReadError,
)
from .safety import DEFAULT_LIMITS, ZIP_ERRORS, BoundedZipFile

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
ENCRYPTED_OOXML = "EncryptionInfo".encode("utf-16-le")
LEGACY_WORD = "WordDocument".encode("utf-16-le")

SAVE_AS_DOCX = "请另存为 .docx 后重试"
SUBMIT_REPORT = "请提交报告的 .docx 或可复制文字的 PDF 文件"

# (magic at offset 0, what it is, what kind: image | program | archive | media)
_SIGNATURES: tuple[tuple[bytes, str, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG", "image"),
    (b"\xff\xd8\xff", "JPEG", "image"),
    (b"GIF87a", "GIF", "image"),
    (b"GIF89a", "GIF", "image"),
    (b"II*\x00", "TIFF", "image"),
    (b"MM\x00*", "TIFF", "image"),
    (b"\x7fELF", "ELF", "program"),
    (b"\x1f\x8b", "gzip", "archive"),
    (b"7z\xbc\xaf\x27\x1c", "7z", "archive"),
    (b"Rar!\x1a\x07", "RAR", "archive"),
    (b"\xfd7zXZ\x00", "xz", "archive"),
)
# signatures too short to trust unless the content is also binary
_WEAK_SIGNATURES: tuple[tuple[bytes, str, str], ...] = (
    (b"MZ", "Windows .exe/.dll", "program"),
    (b"BM", "BMP", "image"),
)


def sniff(data: bytes, path: str = "") -> str:
    """One of ``docx``, ``pdf``, ``html``, ``markdown``, ``text``; raises ReadError otherwise."""
    if not data:
        raise ReadError(
            EMPTY_FILE, "文件为空（0 字节），没有可检查的内容；请确认报告已正确保存后重新提交"
        )
    if not data.strip(b"\x00"):
        raise ReadError(
            EMPTY_FILE,
            "文件内容全是空字节（0x00），没有文字，可能在保存或复制时已损坏；请重新导出报告后提交",
        )
    if _is_pdf(data):
        return "pdf"
    if data.startswith(OLE2_MAGIC):
        _refuse_ole2(data)
    if data.startswith(b"PK") and data[2:3] in (b"\x03", b"\x05", b"\x07"):
        return _sniff_zip(data)  # a zip signature: the archive must open, else E005
    if len(data) < len(OLE2_MAGIC) and len(data) >= 3 and OLE2_MAGIC.startswith(data):
        raise ReadError(
            CORRUPT_FILE, "文件只有开头几个字节（Word 文件不完整或已损坏）；请重新另存后提交"
        )
    _refuse_signature(data)
    if data.lstrip()[:5].lower() == b"{\\rtf":
        raise ReadError(UNSUPPORTED_FORMAT, f"这是 RTF 文件，{SAVE_AS_DOCX}")
    from .text import decode, looks_binary

    try:
        text, _ = decode(data)
    except ReadError:
        if _weak_signature(data) or _binary_bytes(data):
            raise _binary_error(data) from None
        raise
    if not text.strip(" \t\r\n\x0b\x0c\u3000\u00a0\ufeff\u200b"):
        raise ReadError(
            EMPTY_FILE, "文件只有空白字符，没有正文文字；请确认报告已正确保存后重新提交"
        )
    if looks_binary(text):
        raise _binary_error(data)
    probe = text[:4096].lstrip("\ufeff \t\r\n").lower()
    window = text[:8192].lower()
    if probe.startswith(("mime-version:", "from: <saved by")) or (
        "multipart/related" in window and "mime-version" in window
    ):
        raise ReadError(
            UNSUPPORTED_FORMAT,
            "这是“单个文件网页”（.mht/.mhtml），请在浏览器中另存为“网页，仅 HTML”（.html），"
            "或将报告另存为 .docx 后重试",
        )
    if probe.startswith(("<!doctype html", "<html")):
        return "html"
    if probe.startswith("<?xml"):
        if "<html" in window:
            return "html"
        if "w:worddocument" in window or "<pkg:package" in window:
            raise ReadError(
                UNSUPPORTED_FORMAT,
                f"这是 Word XML 文档（Word 2003 XML 或单文件 XML），{SAVE_AS_DOCX}",
            )
        raise ReadError(UNSUPPORTED_FORMAT, f"这是 XML 数据文件，不是报告；{SUBMIT_REPORT}")
    if probe.startswith("<") and re.search(r"<(?:body|head|div|p|table|meta|title)[\s>/]", probe):
        return "html"
    if path.lower().endswith((".md", ".markdown")):
        return "markdown"
    return "text"


_PDF_HEADER = re.compile(rb"%PDF-\d\.\d")
_PDF_OBJECT = re.compile(rb"\d+[ \t\r\n\f\x00]+\d+[ \t\r\n\f\x00]+obj\b")


def _is_pdf(data: bytes) -> bool:
    """The PDF signature at the start (the PDF reader judges the rest), or after junk within
    the first kilobyte (as PDF viewers accept) when the structure confirms it: a version
    after ``%PDF-`` and an indirect object (``1 0 obj``) after the header. A text that merely
    mentions ``%PDF-`` is text."""
    if data.startswith(b"%PDF-"):
        return True
    at = data.find(b"%PDF-", 0, 1024)
    if at < 0 or not _PDF_HEADER.match(data, at):
        return False
    return _PDF_OBJECT.search(data, at, at + 65536) is not None


def _sniff_zip(data: bytes) -> str:
    try:
        archive = BoundedZipFile(io.BytesIO(data), limits=DEFAULT_LIMITS)  # reads are counted
        names = set(archive.namelist())
    except ZIP_ERRORS as exc:
        raise ReadError(
            CORRUPT_FILE,
            "文件是损坏的压缩包（.docx 不完整或已损坏）；请在 Word/WPS 中打开并重新另存为 .docx",
            detail=str(exc),
        ) from exc
    if "word/document.xml" in names:
        return "docx"
    if any(n.startswith("word/") for n in names):
        raise ReadError(
            CORRUPT_FILE,
            "Word 文档缺少主体部分 word/document.xml，文件已损坏；请在 Word/WPS 中重新另存为 .docx",
        )
    if "xl/workbook.xml" in names:
        raise ReadError(
            UNSUPPORTED_FORMAT, f"这是 Excel 表格（.xlsx），不是文字报告；{SUBMIT_REPORT}"
        )
    if "ppt/presentation.xml" in names:
        raise ReadError(
            UNSUPPORTED_FORMAT, f"这是 PowerPoint 演示文稿（.pptx），不是文字报告；{SUBMIT_REPORT}"
        )
    if "OFD.xml" in names:
        raise ReadError(UNSUPPORTED_FORMAT, f"这是 OFD 版式文件（.ofd），暂不支持；{SUBMIT_REPORT}")
    if "content.xml" in names or "mimetype" in names:
        mimetype = _small_member(archive, "mimetype")
        if mimetype and b"opendocument.text" in mimetype:
            raise ReadError(UNSUPPORTED_FORMAT, f"这是 OpenDocument 文本（.odt），{SAVE_AS_DOCX}")
        if mimetype and b"epub" in mimetype:
            raise ReadError(
                UNSUPPORTED_FORMAT, f"这是电子书（.epub），不是报告文件；{SUBMIT_REPORT}"
            )
        raise ReadError(
            UNSUPPORTED_FORMAT, f"这是 OpenDocument 文件（.odt/.ods/.odp），{SAVE_AS_DOCX}"
        )
    inner = sorted(n for n in names if n.lower().endswith((".docx", ".doc", ".pdf", ".wps")))
    if inner:
        shown = "、".join(inner[:3]) + ("等" if len(inner) > 3 else "")
        raise ReadError(
            UNSUPPORTED_FORMAT, f"这是压缩包（.zip），内含 {shown}；请解压后逐个提交其中的报告文件"
        )
    raise ReadError(
        UNSUPPORTED_FORMAT,
        f"这是压缩包但不是 Word 文档（可能是 .zip/.xlsx/.pptx）；{SUBMIT_REPORT}",
    )


def _small_member(archive: zipfile.ZipFile, name: str) -> bytes | None:
    try:
        info = archive.getinfo(name)
        if info.file_size > 256:
            return None
        return archive.read(info)
    except (KeyError, zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError):
        return None
    except ReadError:  # damaged, or inflating beyond its declared size
        return None


def _refuse_signature(data: bytes) -> None:
    for magic, name, kind in _SIGNATURES:
        if data.startswith(magic):
            raise ReadError(UNSUPPORTED_FORMAT, _describe(name, kind))
    if data[4:8] == b"ftyp":
        brand = data[8:12]
        if brand in (b"heic", b"heix", b"mif1", b"msf1", b"avif"):
            raise ReadError(UNSUPPORTED_FORMAT, _describe("HEIC/AVIF", "image"))
        raise ReadError(UNSUPPORTED_FORMAT, _describe("MP4/MOV", "media"))
    if data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        raise ReadError(UNSUPPORTED_FORMAT, _describe("WebP", "image"))


def _weak_signature(data: bytes) -> str | None:
    for magic, name, kind in _WEAK_SIGNATURES:
        if data.startswith(magic):
            return _describe(name, kind)
    return None


def _binary_bytes(data: bytes) -> bool:
    """Raw-byte test: NULs or many C0 control bytes (text never has them)."""
    sample = data[:65536]
    controls = sum(1 for b in sample if b < 0x09 or 0x0E <= b < 0x1A or 0x1C <= b < 0x20)
    return controls > max(1, len(sample) // 100)


def _binary_error(data: bytes) -> ReadError:
    described = _weak_signature(data)
    if described:
        return ReadError(UNSUPPORTED_FORMAT, described)
    return ReadError(
        UNSUPPORTED_FORMAT, f"文件含有二进制内容，既不是文字，也不是 Word/PDF 文件；{SUBMIT_REPORT}"
    )


def _describe(name: str, kind: str) -> str:
    if kind == "image":
        return (
            f"这是图片文件（{name}），不是文字报告，无法检查文字内容；"
            f"{SUBMIT_REPORT}（扫描件需先进行文字识别）"
        )
    if kind == "program":
        return f"这是可执行程序（{name}），不是报告文件；{SUBMIT_REPORT}"
    if kind == "archive":
        return f"这是压缩包（{name}），请解压后提交其中的报告文件"
    return f"这是音视频文件（{name}），不是报告文件；{SUBMIT_REPORT}"


# -- OLE2 compound files -----------------------------------------------------------------
def _refuse_ole2(data: bytes) -> None:
    streams = ole2_streams(data)
    if streams is None:  # damaged directory: fall back to searching the raw bytes
        names = {
            name
            for name in ("EncryptionInfo", "WordDocument", "Workbook", "PowerPoint Document")
            if name.encode("utf-16-le") in data
        }
    else:
        names = set(streams)
    if "EncryptionInfo" in names or "EncryptedPackage" in names:
        raise ReadError(
            ENCRYPTED_DOCUMENT,
            "文档已加密（设有打开密码），无法检查；请在 Word/WPS 中取消密码"
            "（文件→信息→保护文档→用密码进行加密，清空密码）后另存为 .docx 再提交",
        )
    if "WordDocument" in names:
        if streams is not None and word_fib_encrypted(data, streams["WordDocument"]):
            raise ReadError(
                ENCRYPTED_DOCUMENT,
                f"这是设有打开密码的旧版 Word/WPS 文档（.doc/.wps），无法检查；请取消密码，{SAVE_AS_DOCX}",
            )
        raise ReadError(
            LEGACY_WORD_FORMAT,
            f"这是旧版 Word/WPS 二进制文档（.doc/.wps），无法可靠检查；{SAVE_AS_DOCX}",
        )
    if "Workbook" in names or "Book" in names:
        raise ReadError(
            UNSUPPORTED_FORMAT, f"这是 Excel 表格（.xls/.et），不是文字报告；{SUBMIT_REPORT}"
        )
    if "PowerPoint Document" in names:
        raise ReadError(
            UNSUPPORTED_FORMAT,
            f"这是 PowerPoint 演示文稿（.ppt/.dps），不是文字报告；{SUBMIT_REPORT}",
        )
    raise ReadError(UNSUPPORTED_FORMAT, f"这是 OLE2 复合文档，但不是 Word 文档；{SUBMIT_REPORT}")


_END = 0xFFFFFFFE
_MAX_SECTORS = 1_000_000


def _ole2_fat(data: bytes) -> tuple[int, list[int]] | None:
    """Sector size and the file allocation table of an OLE2 file, or None if damaged."""
    if len(data) < 512:
        return None
    shift = struct.unpack_from("<H", data, 0x1E)[0]
    if shift not in (9, 12):
        return None
    size = 1 << shift
    n_fat, _first_dir, _, _, _, _, first_difat, n_difat = struct.unpack_from("<8I", data, 0x2C)
    difat = list(struct.unpack_from("<109I", data, 0x4C))
    sector = first_difat
    for _ in range(min(n_difat, 10_000)):
        offset = (sector + 1) * size
        if sector >= _END or offset + size > len(data):
            break
        entries = struct.unpack_from(f"<{size // 4}I", data, offset)
        difat.extend(entries[:-1])
        sector = entries[-1]
    fat: list[int] = []
    for sector in difat[: min(n_fat, _MAX_SECTORS)]:
        offset = (sector + 1) * size
        if sector >= _END or offset + size > len(data):
            continue
        fat.extend(struct.unpack_from(f"<{size // 4}I", data, offset))
    return size, fat


def ole2_streams(data: bytes) -> dict[str, tuple[int, int]] | None:
    """Names of the entries of an OLE2 directory → (start sector, size); None if damaged."""
    try:
        parsed = _ole2_fat(data)
        if parsed is None:
            return None
        size, fat = parsed
        sector = struct.unpack_from("<I", data, 0x30)[0]
        streams: dict[str, tuple[int, int]] = {}
        seen: set[int] = set()
        while sector < _END and sector not in seen and len(seen) < _MAX_SECTORS:
            seen.add(sector)
            offset = (sector + 1) * size
            if offset + size > len(data):
                break
            for entry in range(offset, offset + size, 128):
                length = struct.unpack_from("<H", data, entry + 0x40)[0]
                kind = data[entry + 0x42]
                if kind not in (1, 2, 5) or not 2 <= length <= 64:
                    continue
                name = data[entry : entry + length - 2].decode("utf-16-le", errors="replace")
                start, stream_size = struct.unpack_from("<II", data, entry + 0x74)
                streams[name] = (start, stream_size)
            sector = fat[sector] if sector < len(fat) else _END
        return streams or None
    except (struct.error, IndexError):
        return None


def word_fib_encrypted(data: bytes, stream: tuple[int, int]) -> bool:
    """True when a WordDocument stream's FIB has fEncrypted set (a password-protected .doc)."""
    start, size = stream
    cutoff = struct.unpack_from("<I", data, 0x38)[0] if len(data) >= 0x3C else 4096
    if size < max(cutoff, 32):  # in the mini stream: not a real Word document
        return False
    sector_size = 1 << struct.unpack_from("<H", data, 0x1E)[0]
    offset = (start + 1) * sector_size
    if offset + 12 > len(data):
        return False
    ident, _, _, _, _, flags = struct.unpack_from("<6H", data, offset)
    return ident == 0xA5EC and bool(flags & 0x0100)
