"""The format-neutral document model every reader produces and every check reads.

Readers turn a file into a :class:`Document`; checks see only that (and the analysis
views computed from it), so the same check runs on a .docx, a .pdf and a .txt.
Offsets are character offsets into ``Block.text`` (Python ``str`` indices).
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from typing import Any

_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(text: str) -> str:
    """``text`` with lone surrogates replaced by U+FFFD.

    A lone surrogate (a ``w:sym`` with ``w:char="D800"``, a PDF's broken ToUnicode map) cannot
    be encoded in UTF-8, so one such character would break every report. Blocks and labels
    clean their text when they are made, so nothing unencodable reaches a check or a reporter.
    """
    if text.isascii() or not _SURROGATE.search(text):
        return text
    return _SURROGATE.sub("\ufffd", text)


class Severity(enum.IntEnum):
    """How bad a finding is. Ordered, so ``>=`` compares thresholds."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @property
    def zh(self) -> str:
        return {Severity.INFO: "提示", Severity.WARNING: "警告", Severity.ERROR: "错误"}[self]

    @classmethod
    def parse(cls, value: str | Severity) -> Severity:
        if isinstance(value, Severity):
            return value
        try:
            return cls[str(value).strip().upper()]
        except KeyError:
            raise ValueError(
                f"unknown severity {value!r} (expected info, warning or error)"
            ) from None


class BlockKind(str, enum.Enum):
    """Where a block sits in the document."""

    PARAGRAPH = "paragraph"  # body paragraph (headings are paragraphs too)
    TABLE_CELL = "table_cell"  # one paragraph inside a table cell
    TEXTBOX = "textbox"  # a paragraph inside a text box / shape
    HEADER = "header"  # page header (kept apart from the body)
    FOOTER = "footer"
    FOOTNOTE = "footnote"  # footnotes and endnotes
    COMMENT = "comment"  # a reviewer comment (批注)


@dataclass(frozen=True)
class Location:
    """Enough for a person to find the place, in the terms of the source format.

    Only the fields that make sense for the format are set; the rest stay None.
    ``paragraph`` counts body paragraphs (1-based, as a person counts them in Word);
    ``table``/``row``/``cell`` are 1-based; ``line``/``column`` are 1-based and
    ``column`` is the column of the block's first character.
    """

    block: int | None = None  # index into Document.blocks (None: the document as a whole)
    part: str = "body"  # body | header | footer | footnote | comment | textbox
    paragraph: int | None = None
    table: int | None = None
    row: int | None = None
    cell: int | None = None
    cell_paragraph: int | None = None
    line: int | None = None
    column: int | None = None
    page: int | None = None
    # PDF: where each printed line of the block starts, as (offset, page, line), so that a
    # finding deep inside a paragraph points at its own line.
    line_starts: tuple[tuple[int, int, int], ...] = field(default=(), compare=False, repr=False)

    def _page_line(self, offset: int) -> tuple[int | None, int | None]:
        page, line = self.page, self.line
        for start, start_page, start_line in self.line_starts:
            if start > offset:
                break
            page, line = start_page, start_line
        return page, line

    def human(self, offset: int = 0) -> str:
        """A Chinese description of the place; ``offset`` is a character offset in the block."""
        if self.block is None:
            return "全文"
        parts: list[str] = []
        page, line = self._page_line(offset)
        if self.part != "body":
            parts.append(_PART_ZH.get(self.part, self.part))
        if page is not None:
            parts.append(f"第{page}页")
        if self.table is not None:
            parts.append(f"表{self.table}第{self.row}行第{self.cell}列")
            if self.cell_paragraph and self.cell_paragraph > 1:
                parts.append(f"第{self.cell_paragraph}段")
        elif self.paragraph is not None:
            parts.append(f"第{self.paragraph}段")
        if line is not None:
            if page is not None:
                parts.append(f"第{line}行")
            elif self.column is None:  # e.g. HTML: an element's source line, no column
                parts.append(f"（源码第{self.line}行）" if parts else f"源码第{self.line}行")
            else:
                parts.append(f"第{self.line}行第{self.column + offset}列")
        elif offset:
            parts.append(f"第{offset + 1}字")
        return "".join(parts) or f"第{self.block + 1}块"

    def short(self, offset: int = 0) -> str:
        """Compact form for the terminal header, editor-clickable for text files."""
        if self.block is None:
            return ""
        if self.line is not None and self.page is None:
            if self.column is None:
                return str(self.line)
            return f"{self.line}:{self.column + offset}"
        return self.human(offset)

    def to_dict(self, offset: int = 0) -> dict[str, Any]:
        data: dict[str, Any] = {"human": self.human(offset), "block": self.block, "part": self.part}
        page, line = self._page_line(offset)
        for name in ("paragraph", "table", "row", "cell", "cell_paragraph"):
            value = getattr(self, name)
            if value is not None:
                data[name] = value
        if page is not None:
            data["page"] = page
        if line is not None:
            data["line"] = line
        if self.line is not None and self.page is None and self.column is not None:
            data["column"] = self.column + offset
        return data


_PART_ZH = {
    "header": "页眉",
    "footer": "页脚",
    "footnote": "脚注",
    "comment": "批注",
    "textbox": "文本框",
    "toc": "目录",
}


@dataclass(frozen=True)
class Label:
    """A numbering label in front of a paragraph ("一、", "（一）", "1.").

    ``automatic`` is True when Word's automatic numbering produced it (the label is
    then not in the paragraph's own runs; the reader rendered it as Word would).
    """

    text: str
    automatic: bool = False
    num_id: str | None = None
    level: int | None = None  # ilvl, 0-based, for automatic labels

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", clean_text(self.text))


@dataclass(frozen=True)
class Style:
    """What the format knows about how a block looks; None where it does not know."""

    style_name: str | None = None  # the paragraph style's *name* ("heading 1", "标题 1")
    outline_level: int | None = None  # 0-based as in Word (0 = level 1); None = body text
    east_asia_font: str | None = None  # dominant east-Asian font of the block's CJK text
    ascii_font: str | None = None
    size_pt: float | None = None  # dominant font size
    bold: bool | None = None
    alignment: str | None = None  # left | center | right | both | distribute
    first_line_indent: float | None = None  # in characters when known, else points
    # the blanks typed before the text (「　　」, spaces, "\t" for a tab): stripped from
    # ``Block.text`` but kept here, as an indentation typed instead of a first-line indent
    leading_whitespace: str = ""


@dataclass(frozen=True)
class Block:
    """One paragraph (or table-cell paragraph) as a reader of the printed page sees it.

    ``text`` includes a rendered automatic label ("一、总体情况"); ``label.text`` is
    then a prefix of ``text``. Leading indentation is stripped (``Location.column``
    keeps where the text starts in a text file, ``Style.leading_whitespace`` what it was).
    """

    index: int
    text: str
    kind: BlockKind = BlockKind.PARAGRAPH
    location: Location = field(default_factory=Location)
    label: Label | None = None
    style: Style = field(default_factory=Style)

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", clean_text(self.text))

    @property
    def is_body(self) -> bool:
        return self.kind in (BlockKind.PARAGRAPH, BlockKind.TABLE_CELL, BlockKind.TEXTBOX)


@dataclass
class Document:
    """A report read from one file.

    ``blocks`` are the body blocks in reading order (paragraphs, table cells, text boxes);
    ``furniture`` holds headers, footers, footnotes and comments, kept apart so they
    never glue onto body text. ``problems`` are diagnostics the reader raised itself
    (e.g. an ``E`` finding for an unreadable file, in which case ``blocks`` is empty).
    ``meta`` records format facts: ``has_revisions``, ``comment_count``, ``encoding``...
    """

    path: str
    format: str  # docx | text | markdown | html | pdf | unknown
    blocks: list[Block] = field(default_factory=list)
    furniture: list[Block] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    problems: list[Diagnostic] = field(default_factory=list)
    # analysis views (outline, quantities...) computed on first use, see fazhi_lint.analysis
    cache: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def readable(self) -> bool:
        return bool(self.blocks)

    @property
    def body_blocks(self) -> list[Block]:
        return [b for b in self.blocks if b.is_body]


@dataclass(frozen=True)
class Span:
    """A character range ``[start, end)`` within one block's text."""

    block: int
    start: int
    end: int


@dataclass(frozen=True)
class Diagnostic:
    """One finding. Messages are Chinese, specific and actionable.

    ``span`` is the primary range within ``context`` (the whole block text);
    ``related`` lists further ranges (e.g. every number in a sum), possibly in other blocks.
    ``suggestion`` is advice for a person (shown after 建议：); ``fix`` is a machine-applicable
    replacement for the span's text (``""`` deletes it), set only when the correction is certain.
    """

    code: str
    name: str
    severity: Severity
    message: str
    path: str = ""
    location: Location = field(default_factory=Location)
    span: tuple[int, int] | None = None
    excerpt: str = ""
    context: str = ""
    suggestion: str | None = None
    related: tuple[Span, ...] = ()
    data: dict[str, Any] = field(default_factory=dict, compare=False)
    fix: str | None = None

    @property
    def offset(self) -> int:
        return self.span[0] if self.span else 0

    def sort_key(self) -> tuple[int, int, str]:
        block = self.location.block if self.location.block is not None else -1
        return (block, self.offset, self.code)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "code": self.code,
            "name": self.name,
            "severity": self.severity.label,
            "message": self.message,
            "location": self.location.to_dict(self.offset),
            "span": {"start": self.span[0], "end": self.span[1]} if self.span else None,
            "excerpt": self.excerpt,
            "context": self.context,
            "suggestion": self.suggestion,
            "fix": self.fix,
            "related": [{"block": s.block, "start": s.start, "end": s.end} for s in self.related],
        }
        if self.data:
            data["data"] = self.data
        return data


@dataclass
class FileResult:
    """The outcome for one file: what was read and what was found.

    ``blocks`` holds the text and location of blocks that findings point at through
    ``related`` spans outside their own block (keyed by block index), so that reports can
    show and highlight those places without re-reading the file.
    """

    path: str
    format: str
    diagnostics: list[Diagnostic]
    meta: dict[str, Any] = field(default_factory=dict)
    blocks: dict[int, RelatedBlock] = field(default_factory=dict)

    def count(self, severity: Severity) -> int:
        return sum(1 for d in self.diagnostics if d.severity == severity)

    def worst(self) -> Severity | None:
        return max((d.severity for d in self.diagnostics), default=None)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "path": self.path,
            "format": self.format,
            "meta": self.meta,
            "diagnostics": [d.to_dict() for d in self.diagnostics],
        }
        if self.blocks:
            data["blocks"] = [
                {"block": index, "text": block.text, "location": block.location.to_dict()}
                for index, block in sorted(self.blocks.items())
            ]
        return data


@dataclass(frozen=True)
class RelatedBlock:
    """A block that a finding's ``related`` span points into (outside its own block)."""

    text: str
    location: Location


# -- rule families ------------------------------------------------------------------------------

#: The families of checks, by the letter their codes start with, in the order they are listed:
#: the one table of their names (Chinese for reviewers, English for the rules document).
FAMILY_NAMES: dict[str, tuple[str, str]] = {
    "S": ("结构", "Structure"),
    "H": ("标题", "Headings"),
    "P": ("用语", "Phrases"),
    "N": ("数据", "Numbers"),
    "T": ("文字", "Text"),
    "F": ("格式", "Format"),
    "C": ("比较", "Comparison"),
    "E": ("输入", "Input"),
}
#: letter -> Chinese name
FAMILIES: dict[str, str] = {letter: zh for letter, (zh, _) in FAMILY_NAMES.items()}


def family_order(letter: str) -> tuple[int, str]:
    """Sort key: the families in :data:`FAMILY_NAMES` order, any other letter after them."""
    order = list(FAMILY_NAMES)
    return (order.index(letter) if letter in order else len(order), letter)
