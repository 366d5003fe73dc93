"""Readers: turn a file's bytes into a :class:`~fazhi_lint.model.Document`.

The format is decided by sniffing the content (:mod:`.sniff`), never by the extension
alone. Each reader module exposes ``read(data: bytes, path: str, limits: Limits) -> Document``
and raises :class:`~.errors.ReadError` for anything it cannot read. This module never lets
an exception escape: every failure becomes an ``E`` diagnostic on an empty document.
Heavy readers are imported only when a file needs them.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..model import Document
from .errors import (
    CORRUPT_FILE,
    EMPTY_FILE,
    FILE_TOO_LARGE,
    FILE_UNREADABLE,
    INTERNAL_ERROR,
    ReadError,
    input_diagnostic,
)
from .safety import DEFAULT_LIMITS, Limits

if TYPE_CHECKING:
    from ..plugins import ReaderSpec

# sniffed kind -> module implementing read()
READER_MODULES = {
    "docx": "fazhi_lint.readers.docx",
    "text": "fazhi_lint.readers.text",
    "markdown": "fazhi_lint.readers.text",
    "html": "fazhi_lint.readers.html",
    "pdf": "fazhi_lint.readers.pdf",
}


def read_path(
    path: str | os.PathLike[str],
    limits: Limits = DEFAULT_LIMITS,
    plugin_readers: Sequence[ReaderSpec] = (),
) -> Document:
    """Read a file (opened read-only, never modified) into a Document."""
    name = str(path)
    try:
        size = Path(name).stat().st_size
        if size > limits.max_file_bytes:
            raise ReadError(
                FILE_TOO_LARGE,
                f"文件大小 {size / 1024 / 1024:.0f} MB，超过上限 "
                f"{limits.max_file_bytes / 1024 / 1024:.0f} MB，已拒绝读取",
            )
        with open(name, "rb") as handle:
            data = handle.read()
    except ReadError as err:
        return Document(path=name, format="unknown", problems=[err.to_diagnostic(name)])
    except IsADirectoryError:
        return _failed(name, FILE_UNREADABLE, "这是一个目录，不是文件；请指定报告文件的路径")
    except FileNotFoundError:
        return _failed(name, FILE_UNREADABLE, "文件不存在；请检查路径和文件名")
    except PermissionError:
        return _failed(name, FILE_UNREADABLE, "没有读取该文件的权限；请检查文件权限")
    except OSError as exc:
        return _failed(name, FILE_UNREADABLE, f"读取文件出错：{exc.strerror or exc}")
    return read_bytes(data, name, limits, plugin_readers)


def read_bytes(
    data: bytes,
    path: str = "<bytes>",
    limits: Limits = DEFAULT_LIMITS,
    plugin_readers: Sequence[ReaderSpec] = (),
) -> Document:
    """Read an in-memory file. ``path`` names it in findings and hints at the format.

    ``plugin_readers`` (from the ``fazhi_lint_readers`` hook) are tried before the built-ins.
    """
    from .sniff import sniff

    if len(data) > limits.max_file_bytes:
        return _failed(path, FILE_TOO_LARGE, "文件超过大小上限，已拒绝读取")
    kind = "unknown"
    try:
        plugin = next((r for r in plugin_readers if r.sniff(data, path)), None)
        if plugin is not None:
            kind = plugin.kind
            document: Document = plugin.read(data, path, limits)
        else:
            kind = sniff(data, path)
            module = importlib.import_module(READER_MODULES[kind])
            document = module.read(data, path, limits)
        if document.blocks:
            from .toc import split_toc

            document = split_toc(document)
    except ReadError as err:
        return Document(path=path, format=kind, problems=[err.to_diagnostic(path)])
    except RecursionError:
        return _failed(path, CORRUPT_FILE, "文档结构嵌套过深，无法读取")
    except MemoryError:
        return _failed(path, FILE_TOO_LARGE, "文件过大，读取时内存不足")
    except Exception as exc:  # a reader bug must not become a traceback for the user
        return _failed(
            path, INTERNAL_ERROR, f"读取文件时发生内部错误：{type(exc).__name__}", detail=repr(exc)
        )
    if not document.blocks and not document.problems:
        document.problems.append(
            input_diagnostic(
                EMPTY_FILE, "文件中没有可检查的正文文字；请确认正文是文字而不是图片", path
            )
        )
    return document


def _failed(path: str, code: str, message: str, detail: str | None = None) -> Document:
    return Document(
        path=path, format="unknown", problems=[input_diagnostic(code, message, path, detail=detail)]
    )
