"""PDF reports: not read yet (the PDF reader is its own piece of work).

Until it lands a PDF gets a clear E009 finding instead of a silent pass or a traceback.
"""

from __future__ import annotations

from ..model import Document
from .errors import ReadError
from .safety import DEFAULT_LIMITS, Limits


def read(data: bytes, path: str, limits: Limits = DEFAULT_LIMITS) -> Document:
    raise ReadError("E009", "暂不支持检查 PDF 文件；请提交导出该 PDF 的 Word（.docx）文件")
