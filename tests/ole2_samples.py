"""Tiny builders for bad-input samples: a minimal OLE2 compound file, small zip packages.

The OLE2 builder writes a valid version-3 compound file (512-byte sectors, one FAT
sector, directory sectors, empty streams) with the given stream names: enough for the
sniffer, which reads the directory, and for real OLE2 tools to list the streams.
"""

from __future__ import annotations

import io
import struct
import zipfile

FREE = 0xFFFFFFFF
END = 0xFFFFFFFE
FATSECT = 0xFFFFFFFD
NOSTREAM = 0xFFFFFFFF


def _entry(name: str, kind: int, child: int = NOSTREAM, right: int = NOSTREAM) -> bytes:
    raw = name.encode("utf-16-le") + b"\x00\x00"
    entry = bytearray(128)
    entry[: len(raw)] = raw
    struct.pack_into("<HBB", entry, 0x40, len(raw), kind, 1)  # length, type, colour black
    struct.pack_into("<III", entry, 0x44, NOSTREAM, right, child)  # left, right, child
    struct.pack_into("<II", entry, 0x74, END, 0)  # start sector, size
    return bytes(entry)


def ole2_file(*streams: str) -> bytes:
    """A minimal OLE2 compound file whose root storage holds empty ``streams``."""
    entries = [_entry("Root Entry", 5, child=1 if streams else NOSTREAM)]
    for number, name in enumerate(streams, start=1):
        right = number + 1 if number < len(streams) else NOSTREAM
        entries.append(_entry(name, 2, right=right))
    while len(entries) % 4:
        entries.append(bytes(128))  # unused entries
    dir_sectors = len(entries) // 4
    header = bytearray(512)
    header[:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 0x18, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<I", header, 0x2C, 1)  # one FAT sector
    struct.pack_into("<I", header, 0x30, 1)  # directory starts at sector 1
    struct.pack_into("<IIIII", header, 0x38, 4096, END, 0, END, 0)
    difat = [0] + [FREE] * 108
    struct.pack_into("<109I", header, 0x4C, *difat)
    fat = [FREE] * 128
    fat[0] = FATSECT
    for k in range(dir_sectors):
        fat[1 + k] = 2 + k if k + 1 < dir_sectors else END
    fat_sector = struct.pack("<128I", *fat)
    return bytes(header) + fat_sector + b"".join(entries)


def zip_package(members: dict[str, bytes | str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def xlsx_bytes() -> bytes:
    return zip_package({"[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>"})


def pptx_bytes() -> bytes:
    return zip_package({"[Content_Types].xml": "<Types/>", "ppt/presentation.xml": "<p/>"})


def odt_bytes() -> bytes:
    return zip_package(
        {"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<office/>"}
    )


def docx_bytes(text: str = "天津市某区2024年法治政府建设情况报告") -> bytes:
    """A small real .docx written by python-docx."""
    import docx

    document = docx.Document()
    document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS\xde"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb"
GIF = b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00,"
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00\xb8" + bytes(40) + b"PE\x00\x00"
