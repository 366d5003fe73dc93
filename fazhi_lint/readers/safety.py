"""Limits and hardened parsing for untrusted files (zip bombs, XML entities, huge inputs).

Every zip entry is checked against the limits *before* anything is decompressed, and XML
is parsed with entity resolution, DTD loading and network access off; a document that
carries a DTD at all is refused (Word never writes one).
"""

from __future__ import annotations

import io
import struct
import threading
import zipfile
import zlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .errors import CORRUPT_FILE, ENCRYPTED_DOCUMENT, FILE_TOO_LARGE, UNSAFE_XML, ReadError

if TYPE_CHECKING:
    from lxml import etree


@dataclass(frozen=True)
class Limits:
    """The bounds a file is read within (sizes, zip entries, compression ratio, text length)."""

    max_file_bytes: int = 200 * 1024 * 1024  # the file as submitted
    max_zip_entries: int = 5000
    max_entry_bytes: int = 128 * 1024 * 1024  # one uncompressed part (XML or media)
    max_total_bytes: int = 512 * 1024 * 1024  # all parts, uncompressed
    max_ratio: float = 200.0  # uncompressed / compressed, per entry of meaningful size
    ratio_floor_bytes: int = 1024 * 1024  # entries smaller than this are never "bombs"
    max_text_chars: int = 5_000_000  # body text of one report, after reading
    pdf_max_pages: int = 2000
    pdf_max_glyphs_per_page: int = 100_000  # more is not a report page (or is a bomb)
    pdf_timeout_s: float = 180.0  # wall-clock budget for one PDF
    pdf_memory_mb: int = 2048  # address-space cap of the extraction child process


DEFAULT_LIMITS = Limits()


def _mib(n: float) -> str:
    return f"{n / 1024 / 1024:.0f} MB"


_CHUNK = 1024 * 1024  # bytes decompressed per step of a bounded read
# what the standard zip reader raises on a damaged or unsupported archive ("zip file version
# 13.7" is NotImplementedError, a broken deflate stream zlib.error)
ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    OSError,
    EOFError,
    ValueError,
    NotImplementedError,
    struct.error,
    zlib.error,
)
_DAMAGE = ZIP_ERRORS
_METHODS = {zipfile.ZIP_STORED: "stored", zipfile.ZIP_DEFLATED: "deflate"}


def _copy_info(info: zipfile.ZipInfo) -> zipfile.ZipInfo:
    """A shallow copy of ``info`` (a class of ``__slots__``), slot by slot as ``copy.copy``
    copies it, without importing :mod:`copy` (and :mod:`weakref`) on every start."""
    probe = type(info).__new__(type(info))
    for cls in type(info).__mro__:
        for slot in getattr(cls, "__slots__", ()):
            if hasattr(info, slot):
                setattr(probe, slot, getattr(info, slot))
    if hasattr(info, "__dict__"):
        vars(probe).update(vars(info))
    return probe


class BoundedZipFile(zipfile.ZipFile):
    """A zip archive whose :meth:`read` counts the bytes it decompresses.

    The declared sizes are checked by :func:`open_zip`, but they are only what the archive
    says: an entry can declare 1 KB and inflate to gigabytes (the standard reader inflates up
    to 2 GB in one step before comparing). Here every entry is decompressed in 1 MB steps and
    refused (E007) as soon as it yields more than it declared or more than the per-entry
    limit. Only the two methods Word writes are read: the standard library inflates bzip2 and
    LZMA members without any bound on one step's output.
    """

    def __init__(self, file: io.BytesIO, *, limits: Limits) -> None:
        super().__init__(file)
        self.limits = limits

    def read(self, name: str | zipfile.ZipInfo, pwd: bytes | None = None) -> bytes:
        info = name if isinstance(name, zipfile.ZipInfo) else self.getinfo(name)
        if info.compress_type not in _METHODS:
            raise ReadError(
                CORRUPT_FILE,
                f"压缩包条目 {info.filename} 使用了 Word 不会使用的压缩方式，无法读取",
                detail=f"compress_type={info.compress_type}",
            )
        limit = min(info.file_size, self.limits.max_entry_bytes)
        # the standard reader stops at the declared size (and then compares checksums); let
        # it run past so that a longer entry is seen and refused here, a step later at most
        probe = _copy_info(info)
        probe.file_size = limit + 2 * _CHUNK
        chunks: list[bytes] = []
        total = 0
        try:
            with self.open(probe, "r", pwd) as member:
                while chunk := member.read(_CHUNK):
                    total += len(chunk)
                    if total > limit:
                        raise ReadError(
                            FILE_TOO_LARGE,
                            f"条目 {info.filename} 解压后超过其声明的大小（{info.file_size} 字节）"
                            f"或单项上限 {_mib(self.limits.max_entry_bytes)}，"
                            "疑似压缩炸弹，已拒绝读取",
                        )
                    chunks.append(chunk)
        except _DAMAGE as exc:  # a damaged entry (zlib.error is none of the others)
            raise ReadError(
                CORRUPT_FILE, f"压缩包条目 {info.filename} 已损坏", detail=str(exc)
            ) from exc
        return b"".join(chunks)


def open_zip(data: bytes, limits: Limits = DEFAULT_LIMITS) -> zipfile.ZipFile:
    """Open a zip archive from bytes after checking every entry against ``limits``."""
    try:
        archive = BoundedZipFile(io.BytesIO(data), limits=limits)
        infos = archive.infolist()
    except ZIP_ERRORS as exc:
        raise ReadError(
            CORRUPT_FILE, "文件不是完整的压缩包（.docx 已损坏）", detail=str(exc)
        ) from exc
    if len(infos) > limits.max_zip_entries:
        raise ReadError(
            FILE_TOO_LARGE,
            f"压缩包条目过多（{len(infos)} 个，上限 {limits.max_zip_entries} 个），已拒绝读取",
        )
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise ReadError(ENCRYPTED_DOCUMENT, "压缩包中的条目已加密，无法读取")
        total += info.file_size
        if info.file_size > limits.max_entry_bytes:
            raise ReadError(
                FILE_TOO_LARGE,
                f"条目 {info.filename} 解压后 {_mib(info.file_size)}，超过单项上限 "
                f"{_mib(limits.max_entry_bytes)}，已拒绝读取",
            )
        if info.file_size > limits.ratio_floor_bytes and info.file_size > limits.max_ratio * max(
            info.compress_size, 1
        ):
            ratio = info.file_size / max(info.compress_size, 1)
            raise ReadError(
                FILE_TOO_LARGE,
                f"条目 {info.filename} 压缩比异常（{ratio:.0f}∶1），疑似压缩炸弹，已拒绝读取",
            )
    if total > limits.max_total_bytes:
        raise ReadError(
            FILE_TOO_LARGE,
            f"压缩包解压后共 {_mib(total)}，超过上限 {_mib(limits.max_total_bytes)}，已拒绝读取",
        )
    return archive


def read_member(archive: zipfile.ZipFile, name: str) -> bytes | None:
    """An archive member's bytes, or None if absent. CRC and size lies raise E005."""
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    try:
        return archive.read(info)
    except _DAMAGE as exc:
        raise ReadError(CORRUPT_FILE, f"压缩包条目 {name} 已损坏", detail=str(exc)) from exc


_PARSERS = threading.local()


def _parser() -> etree.XMLParser:
    """The hardened parser, one per thread: a parser is reset by every parse, so it is kept
    and reused as python-docx keeps its own (made anew it cost some 12 builds a .docx); one
    parser must not serve two threads at once (the desktop app reads in a thread pool)."""
    made: etree.XMLParser | None = getattr(_PARSERS, "parser", None)
    if made is None:
        made = _PARSERS.parser = _new_parser()
    return made


def _new_parser() -> etree.XMLParser:
    from lxml import etree

    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )


def parse_xml(data: bytes, part: str = "XML") -> etree._Element:
    """Parse untrusted XML; refuse any DTD; malformed XML is E005."""
    from lxml import etree

    try:
        tree = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        raise ReadError(CORRUPT_FILE, f"{part} 不是合法的 XML", detail=str(exc)) from exc
    docinfo = tree.getroottree().docinfo
    if docinfo.internalDTD is not None or docinfo.doctype:
        raise ReadError(UNSAFE_XML, f"{part} 含有 DTD/实体声明，疑似恶意构造，已拒绝读取")
    return tree
