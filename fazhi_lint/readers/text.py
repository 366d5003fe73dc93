"""Plain text and Markdown: encoding detected, one block per non-empty line.

Each line of a text report is a paragraph (the way published copies and Word's "save as
text" write them). Leading indentation (spaces, U+3000, tabs) is stripped from the block
text and recorded in ``Location.column`` so that column numbers stay exact.
"""

from __future__ import annotations

import codecs
import re

from ..model import Block, BlockKind, Document, Location
from .errors import ReadError
from .safety import DEFAULT_LIMITS, Limits

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_INDENT = " \t\u3000\u00a0"
_MD_PREFIX = re.compile(r"^(#{1,6}\s+|>\s?|[-*+]\s+(?!\S*[、.．]))")


def decode(data: bytes) -> tuple[str, str]:
    """Text and the encoding used: BOM, then strict UTF-8, then GB18030, then detection."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if data[:4096].count(b"\x00") > len(data[:4096]) // 4:
        for encoding in ("utf-16-le", "utf-16-be"):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                continue
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ReadError("E002", "无法识别文件的文字编码，可能不是文本文件")
    return str(best), best.encoding


def read(data: bytes, path: str, limits: Limits = DEFAULT_LIMITS) -> Document:
    text, encoding = decode(data)
    if "\x00" in text:
        raise ReadError("E002", "文件含有二进制内容，不是文本文件")
    if len(text) > limits.max_text_chars:
        raise ReadError("E007", f"文本长度 {len(text)} 字符，超过上限 {limits.max_text_chars}")
    markdown = path.lower().endswith((".md", ".markdown"))
    blocks: list[Block] = []
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.lstrip(_INDENT)
        column = len(line) - len(stripped) + 1
        if markdown:
            match = _MD_PREFIX.match(stripped)
            if match:
                stripped = stripped[match.end() :]
                column += match.end()
        stripped = stripped.rstrip()
        if not stripped:
            continue
        blocks.append(
            Block(
                index=len(blocks),
                text=stripped,
                kind=BlockKind.PARAGRAPH,
                location=Location(block=len(blocks), line=number, column=column),
            )
        )
    return Document(
        path=path,
        format="markdown" if markdown else "text",
        blocks=blocks,
        meta={"encoding": encoding},
    )
