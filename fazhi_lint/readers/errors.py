"""Reading problems: the ``E`` family. A file that cannot be read is a finding, never a crash.

Readers raise :class:`ReadError`; the dispatcher turns it into a :class:`Diagnostic` on an
empty :class:`Document`. The table below is the single definition of every ``E`` code; the
built-in plugin publishes it so that ``rules``, ``explain``, ``--select`` and ``--ignore``
treat reading problems like any other check.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import PurePath

from ..model import Diagnostic, Location, Severity

# The E codes, each named once: readers, the batch, the engine and the help text use these.
FILE_UNREADABLE = "E001"
UNSUPPORTED_FORMAT = "E002"
LEGACY_WORD_FORMAT = "E003"
ENCRYPTED_DOCUMENT = "E004"
CORRUPT_FILE = "E005"
EMPTY_FILE = "E006"
FILE_TOO_LARGE = "E007"
UNSAFE_XML = "E008"
PDF_SCANNED = "E009"
PDF_LIMIT_EXCEEDED = "E010"
PDF_TEXT_UNDECODABLE = "E011"
CHECK_LIMIT_EXCEEDED = "E012"
FILE_SKIPPED = "E013"
INTERNAL_ERROR = "E999"


@dataclass(frozen=True)
class InputProblem:
    """An E-code: a file the tool could not read as it is, with its explanation."""

    code: str
    name: str
    summary: str
    explanation: str
    severity: Severity = Severity.ERROR


INPUT_PROBLEMS: dict[str, InputProblem] = {
    p.code: p
    for p in (
        InputProblem(
            FILE_UNREADABLE,
            "file-unreadable",
            "文件无法打开（不存在、无权限或读取出错）",
            "检查什么：文件无法打开：文件不存在、没有读取权限，或操作系统报告读写错误。\n\n"
            "为什么：文件打不开，就无法检查；这一条说明原因，而不是让文件从结果中消失。\n\n"
            "错误示例：报告.docx（路径拼写有误，或文件被其他程序独占）\n"
            "正确示例：核对路径和权限后重新检查",
        ),
        InputProblem(
            UNSUPPORTED_FORMAT,
            "unsupported-format",
            "文件格式无法识别或不受支持",
            "检查什么：文件内容既不是 Word 文档（.docx/.dotx/.docm），也不是 PDF、网页或文本。格式按文件内容判断，而不是按扩展名。\n\n"
            "为什么：无法识别的格式读不出可靠的文字，检查结果将毫无意义。\n\n"
            "错误示例：报告.ofd、报告.xlsx、改了扩展名的图片\n"
            "正确示例：把报告另存为 .docx（或 PDF）后提交",
        ),
        InputProblem(
            LEGACY_WORD_FORMAT,
            "legacy-word-format",
            "旧版 Word/WPS 二进制格式（.doc/.wps），无法可靠检查",
            "检查什么：文件是旧版 OLE2 二进制文档（Word 97—2003 的 .doc 或 WPS 的 .wps）。\n\n"
            "为什么：这种格式的文字和编号无法如实读取，检查结果不可靠。\n\n"
            "错误示例：报告.doc\n"
            "正确示例：在 Word/WPS 中“另存为” .docx 后重新提交",
        ),
        InputProblem(
            ENCRYPTED_DOCUMENT,
            "encrypted-document",
            "文件已加密或设有打开密码，无法检查",
            "检查什么：文档设有密码（加密的 OOXML 文件或设有打开密码的 PDF），无法读取其中的文字。\n\n"
            "为什么：加了密的文件读不出文字，也就无法检查。\n\n"
            "错误示例：打开时要求输入密码的 报告.docx\n"
            "正确示例：取消密码（文件 → 信息 → 保护文档）后重新提交",
        ),
        InputProblem(
            CORRUPT_FILE,
            "corrupt-file",
            "文件已损坏或结构不完整",
            "检查什么：文件声称是某种格式，但结构已损坏：压缩包破损、缺少 word/document.xml、XML 格式错误。\n\n"
            "为什么：损坏的文件只能读出一部分或完全读不出，检查结果不可靠。\n\n"
            "错误示例：下载中断、只有一半的 报告.docx\n"
            "正确示例：在 Word/WPS 中打开，按提示修复，再另存为 .docx",
        ),
        InputProblem(
            EMPTY_FILE,
            "empty-file",
            "文件为空或没有正文文字",
            "检查什么：文件没有内容，或读取后没有正文文字（例如只有图片的文档）。\n\n"
            "为什么：没有文字就没有可检查的内容；空文件往往是交错了文件。\n\n"
            "错误示例：0 字节的 报告.txt，或只插入了扫描图片的 报告.docx\n"
            "正确示例：提交报告本身的文字，而不是空文件或只有图片的文件",
        ),
        InputProblem(
            FILE_TOO_LARGE,
            "file-too-large",
            "文件超出安全限制（大小、压缩比或条目数）",
            "检查什么：文件或 .docx 中的压缩包超出读取器的安全限制（文件大小、压缩包条目数、解压后的总大小、压缩比）。这类文件在解压前就被拒绝，压缩炸弹无法耗尽内存。\n\n"
            "为什么：超限的文件可能是恶意构造的，读取它会拖垮整批检查。\n\n"
            "错误示例：嵌入了大量高清图片、解压后数 GB 的 报告.docx\n"
            "正确示例：删除不需要的嵌入媒体，或在配置中提高限制",
        ),
        InputProblem(
            UNSAFE_XML,
            "unsafe-xml",
            "文档 XML 含有 DTD 或实体声明，已拒绝读取",
            "检查什么：Word 文档从不需要 DTD；word/*.xml 中出现 DTD 或实体声明，是人为构造文件的迹象（XML 外部实体或实体膨胀攻击）。文件被拒绝。\n\n"
            "为什么：读取这样的文件可能泄露本机文件或耗尽内存。\n\n"
            "错误示例：word/document.xml 开头带有 <!DOCTYPE … [<!ENTITY …>]> 的文件\n"
            "正确示例：用 Word 或 WPS 重新保存该文档",
        ),
        InputProblem(
            PDF_SCANNED,
            "pdf-scanned",
            "PDF 页面没有文字层（扫描件或图片），无法检查",
            "检查什么：PDF 的部分或全部页面没有文字层：是扫描图片，或文字被转成了曲线。本条列出这些页码；这些页面上的内容无法检查，其他页面照常检查。\n\n"
            "为什么：没有文字层的页面读不出文字，其中的问题都会被漏掉。\n\n"
            "错误示例：扫描后生成的 PDF，每页是一张图片\n"
            "正确示例：提交生成该 PDF 的 Word 文件，或先对 PDF 做文字识别（OCR）",
        ),
        InputProblem(
            PDF_LIMIT_EXCEEDED,
            "pdf-limit-exceeded",
            "PDF 超出处理限制（页数、时间或内存），未检查",
            "检查什么：PDF 的页数超过读取器接受的上限、读取超过时限，或所需内存超出限制（损坏或人为构造文件的迹象，例如解压后达数 GB 的数据流）。该文件未检查。\n\n"
            "为什么：无限制地读取这样的文件会拖垮整批检查。\n\n"
            "错误示例：一份上千页、或内含异常巨大数据流的 PDF\n"
            "正确示例：提交 Word 文件，或拆分 PDF；文件可信时可在配置中提高限制",
        ),
        InputProblem(
            PDF_TEXT_UNDECODABLE,
            "pdf-text-undecodable",
            "PDF 页面的文字编码无法识别（乱码），无法检查",
            "检查什么：所列页面上的文字所用字体没有可用的 Unicode 映射，读出来是「(cid:1234)」或替换字符，备用引擎也读不出。\n\n"
            "为什么：乱码无法检查，页面上的问题都会被漏掉。\n\n"
            "错误示例：导出时未嵌入字体、复制出来全是乱码的 PDF\n"
            "正确示例：重新导出 PDF 并嵌入字体（Word：文件 → 另存为 → PDF → 选项 → 符合 ISO 19005-1 标准），或提交 Word 文件",
        ),
        InputProblem(
            CHECK_LIMIT_EXCEEDED,
            "check-limit-exceeded",
            "检查单个文件超出时间或内存限制，已中止",
            "检查什么：检查这一个文件用时超过单个文件的时限，或所需内存超过单个文件的内存限制（``--timeout``、``--max-memory``）。为了让这一批的其余文件能检查完，已放弃该文件；它没有被检查。\n\n"
            "为什么：一个异常文件不应拖住整批检查。\n\n"
            "错误示例：一份异常庞大或结构畸形、检查超过 300 秒的文件\n"
            "正确示例：看看文件是否异常庞大或畸形；如果是正常的报告，提高限制后再检查",
        ),
        InputProblem(
            FILE_SKIPPED,
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
            INTERNAL_ERROR,
            "internal-error",
            "检查工具内部错误（请报告此问题）",
            "检查什么：fazhi-lint 自身在读取文件或运行某项检查时出错。其他检查仍已运行；本条指出出错的部分。\n\n"
            "为什么：工具的错误不应悄无声息：您需要知道这份文件有一部分没有检查。\n\n"
            "错误示例：E999 检查工具内部错误：H101 运行失败\n"
            "正确示例：报告该问题，附上文件（如可以分享）和消息",
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
    from ..data_files import read_text
    from ..pattern_cache import toml_loads

    data = toml_loads(read_text(__package__, "skipped.toml"))
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
