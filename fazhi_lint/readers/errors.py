"""Reading problems: the ``E`` family. A file that cannot be read is a finding, never a crash.

Readers raise :class:`ReadError`; the dispatcher turns it into a :class:`Diagnostic` on an
empty :class:`Document`. The table below is the single definition of every ``E`` code; the
built-in plugin publishes it so that ``rules``, ``explain``, ``--select`` and ``--ignore``
treat reading problems like any other check.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from functools import cache
from pathlib import PurePath

from ..model import Diagnostic, Location, Severity


@dataclass(frozen=True)
class InputProblem:
    code: str
    name: str
    summary: str
    explanation: str
    severity: Severity = Severity.ERROR


INPUT_PROBLEMS: dict[str, InputProblem] = {
    p.code: p
    for p in (
        InputProblem(
            "E001",
            "file-unreadable",
            "文件无法打开（不存在、无权限或读取出错）",
            "The file could not be opened: it does not exist, permissions forbid reading it,\n"
            "or the operating system reported an I/O error.\n\n"
            "Fix: check the path and permissions, then run again.",
        ),
        InputProblem(
            "E002",
            "unsupported-format",
            "文件格式无法识别或不受支持",
            "The content is neither a Word document (.docx/.dotx), a PDF, HTML, nor text.\n"
            "The format is decided by the file's content, not its extension.\n\n"
            "Fix: save the report as .docx (或 PDF) and submit that file.",
        ),
        InputProblem(
            "E003",
            "legacy-word-format",
            "旧版 Word/WPS 二进制格式（.doc/.wps），无法可靠检查",
            "The file is a legacy OLE2 binary document (Word 97–2003 .doc or WPS .wps).\n"
            "Its text and numbering cannot be read faithfully.\n\n"
            "错误示例: 报告.doc\n正确示例: 在 Word/WPS 中“另存为” .docx 后重新提交",
        ),
        InputProblem(
            "E004",
            "encrypted-document",
            "文件已加密或设有打开密码，无法检查",
            "The document is password-protected (an encrypted OOXML package or a PDF with a\n"
            "user password), so its text cannot be read.\n\n"
            "Fix: remove the password (文件 → 信息 → 保护文档) and submit again.",
        ),
        InputProblem(
            "E005",
            "corrupt-file",
            "文件已损坏或结构不完整",
            "The file claims a format but its structure is broken: a damaged zip archive,\n"
            "a missing word/document.xml, malformed XML.\n\n"
            "Fix: open the file in Word/WPS, repair it if offered, and save it again as .docx.",
        ),
        InputProblem(
            "E006",
            "empty-file",
            "文件为空或没有正文文字",
            "The file has no bytes, or it has no body text once read (for example a document\n"
            "holding only images).\n\n"
            "Fix: submit the report's text itself, not an empty or image-only file.",
        ),
        InputProblem(
            "E007",
            "file-too-large",
            "文件超出安全限制（大小、压缩比或条目数）",
            "The file, or the archive inside a .docx, exceeds the reader's safety limits\n"
            "(file size, number of zip entries, total uncompressed size, compression ratio).\n"
            "Such files are refused before they are unpacked, so a zip bomb cannot exhaust memory.\n\n"
            "Fix: remove embedded media you do not need, or raise the limit in the configuration.",
        ),
        InputProblem(
            "E008",
            "unsafe-xml",
            "文档 XML 含有 DTD 或实体声明，已拒绝读取",
            "A Word document never needs a DTD; one inside word/*.xml is a sign of a crafted\n"
            "file (XML external entity or entity-expansion attack). The file is refused.\n\n"
            "Fix: re-save the document from Word or WPS.",
        ),
        InputProblem(
            "E009",
            "pdf-scanned",
            "PDF 页面没有文字层（扫描件或图片），无法检查",
            "Some or all pages of the PDF carry no text: they are scanned images, or the text\n"
            "was converted to outlines (curves). The finding names the pages. What is on those\n"
            "pages cannot be checked; the other pages are checked as usual.\n\n"
            "错误示例: 扫描后生成的 PDF，每页是一张图片\n"
            "Fix: submit the Word file the PDF came from, or run OCR (文字识别) on the PDF first.",
        ),
        InputProblem(
            "E010",
            "pdf-limit-exceeded",
            "PDF 超出处理限制（页数、时间或内存），未检查",
            "The PDF has more pages than the reader accepts, took longer than the time limit,\n"
            "or needed more memory than allowed (a sign of a damaged or crafted file, e.g. a\n"
            "compressed stream that expands to gigabytes). It is not checked.\n\n"
            "Fix: submit the Word file, or split the PDF; the limits can be raised in the\n"
            "configuration when the file is trusted.",
        ),
        InputProblem(
            "E011",
            "pdf-text-undecodable",
            "PDF 页面的文字编码无法识别（乱码），无法检查",
            "The pages named carry text whose font has no usable Unicode mapping, so it reads\n"
            "as「(cid:1234)」or as replacement characters, even with the fallback engine.\n\n"
            "Fix: export the PDF again with fonts embedded (Word: 文件 → 另存为 → PDF → 选项 →\n"
            "符合 ISO 19005-1 标准), or submit the Word file.",
        ),
        InputProblem(
            "E012",
            "check-limit-exceeded",
            "检查单个文件超出时间或内存限制，已中止",
            "Checking this one file took longer than the per-file time limit or needed more memory\n"
            "than the per-file memory limit (`--timeout`, `--max-memory`). The file was abandoned so\n"
            "that the rest of the batch could finish; it has not been checked.\n\n"
            "Fix: check whether the file is unusually large or malformed; raise the limits if it is\n"
            "a genuine report.",
        ),
        InputProblem(
            "E013",
            "file-skipped",
            "文件夹中的文件未检查（压缩包、.ofd、.rtf、图片等格式），并说明如何处理",
            "检查什么：检查文件夹时，遇到不能检查的文件（未解压的压缩包、.ofd 版式文件、.rtf、\n"
            "图片、表格、演示文稿等），逐个列出，并说明怎样才能检查它。\n\n"
            "为什么：审核人员收到的文件夹里什么都有；一个文件被悄悄跳过，就可能漏审一份报告。\n\n"
            "不报告：Word 的临时锁定文件（~$报告.docx）、隐藏文件、Thumbs.db 和 desktop.ini，\n"
            "以及配置 exclude 排除的文件。在命令行上直接指定的文件总会按内容识别并检查。\n\n"
            "错误示例：收文/报告.ofd（跳过，并提示“请另存为 .docx 或 .pdf”）\n"
            "正确示例：收文/报告.docx",
            Severity.INFO,
        ),
        InputProblem(
            "E999",
            "internal-error",
            "检查工具内部错误（请报告此问题）",
            "fazhi-lint itself failed while reading the file or running a check. The other\n"
            "checks still ran; this finding names the part that failed.\n\n"
            "Fix: report the problem with the file (if you may share it) and the message.",
        ),
    )
}


class ReadError(Exception):
    """Raised by a reader when a file cannot be read; carries an ``E`` code and a Chinese message."""

    def __init__(self, code: str, message: str, *, detail: str | None = None):
        super().__init__(message)
        if code not in INPUT_PROBLEMS:
            raise ValueError(f"unknown input problem code {code}")
        self.code = code
        self.message = message
        self.detail = detail

    def to_diagnostic(self, path: str) -> Diagnostic:
        return input_diagnostic(self.code, self.message, path, detail=self.detail)


@cache
def _skip_table() -> tuple[dict[str, str], str, str]:
    from importlib import resources

    if sys.version_info >= (3, 11):
        from tomllib import loads
    else:  # pragma: no cover
        from tomli import loads

    data = loads(resources.files(__package__).joinpath("skipped.toml").read_text("utf-8"))
    by_suffix = {
        suffix.lower(): str(kind["message"])
        for kind in data.get("kinds", [])
        for suffix in kind["suffixes"]
    }
    return by_suffix, str(data["default"]), str(data["no-suffix"])


def skipped_diagnostic(path: str) -> Diagnostic:
    """The ``E013`` note for a file a folder scan does not check: what to do with it."""
    by_suffix, default, no_suffix = _skip_table()
    suffix = PurePath(path).suffix.lower()
    advice = by_suffix.get(suffix) or default.format(suffix=suffix) if suffix else no_suffix
    return input_diagnostic("E013", f"未检查：{advice}", path, detail=suffix or None)


def input_diagnostic(
    code: str, message: str, path: str, *, detail: str | None = None
) -> Diagnostic:
    problem = INPUT_PROBLEMS[code]
    return Diagnostic(
        code=code,
        name=problem.name,
        severity=problem.severity,
        message=message,
        path=path,
        location=Location(),
        data={"detail": detail} if detail else {},
    )
