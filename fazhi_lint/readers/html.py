"""HTML: saved web copies of published reports.

The page is decoded (BOM, strict UTF-8, then ``<meta charset>``/``http-equiv``, then the
text reader's detection: GB18030, UTF-16...), parsed with lxml's HTML parser (no network, comments and
processing instructions removed, entities never expanded; a DOCTYPE or XML declaration is
blanked out first) and walked in document order:

* every block-level element (``p``, ``div``, ``h1``–``h6``, ``li``, ``td``...) starts and ends
  a block, so a ``div`` with direct text gives a block of its own; ``br`` splits lines;
* ``script``, ``style``, ``noscript``, ``template``, hidden elements and comments are
  dropped; everything else that a visitor sees is *kept*, page chrome included
  ("分享到", "来源：…发布时间：…", "打印本页"...): the debris check (T002) flags it;
* cells of data tables become ``TABLE_CELL`` blocks with table/row/cell locations; layout
  tables (nested tables, one-column tables, ``role=presentation``) are read as flow;
* the ``<title>`` is furniture (part ``header``), not body text;
* white space collapses as a browser renders it (a line break between two Chinese
  characters disappears), NBSP becomes a space, leading U+3000/NBSP indentation is removed.

The article container is the element holding the most Chinese prose (paragraphs of at
least 20 CJK characters, scored on the element, its parent and half on its grandparent).
``meta["article_blocks"] = (first, last)`` are the block indices from the article's title
(the nearest heading before it, or the block repeated in ``<title>``) to its last block;
``meta["article_title_block"]`` is the title's index. The page's other blocks stay in
``blocks``, in page order.

Locations: ``line`` is the source line where the block's text starts (lxml ``sourceline``
plus the line breaks of the text before it); ``paragraph`` is the 1-based block order.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from ..grammar import HAN_EXT
from ..model import Block, BlockKind, Document, Location, Style
from .errors import CORRUPT_FILE, FILE_TOO_LARGE, UNSUPPORTED_FORMAT, ReadError
from .safety import DEFAULT_LIMITS, Limits

BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "caption",
        "center",
        "dd",
        "details",
        "dialog",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "html",
        "legend",
        "li",
        "main",
        "menu",
        "nav",
        "ol",
        "option",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    ]
)
DROP_TAGS = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "math",
        "iframe",
        "object",
        "embed",
        "canvas",
        "audio",
        "video",
    ]
)
HEADINGS = {f"h{n}": n for n in range(1, 7)}
BOLD_TAGS = frozenset(("b", "strong"))
INDENT = " \t\r\n\f\u3000\u00a0\u200b\ufeff"
MIN_PROSE_CJK = 20

_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_DOCTYPE_START = re.compile(r"<!DOCTYPE", re.I)
_DOCTYPE_BODY = re.compile(r"(?:[^>\[]|\[[^\]]*\])*>")
_WS_RUN = re.compile(r"[ \t\n\r\f]+")
_CJK = re.compile(f"[{HAN_EXT}]")
_WIDE = re.compile(r"[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef\u201c\u201d\u2018\u2019\u2014\u2026]")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_ALIGN_STYLE = re.compile(r"text-align\s*:\s*(left|right|center|justify)", re.I)
_TITLE_HINT = re.compile(r"title|biaoti|bt", re.I)

# declared names that mean "something GBK-like": decode as the superset GB18030
_GB_NAMES = {"gb2312", "gbk", "x-gbk", "cp936", "gb_2312-80", "gb18030", "euc-cn", "x-euc-cn"}
# declarations too often wrong on Chinese sites to trust (the detector decides instead)
_UNTRUSTED = {"iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii", "windows-1252", "cp1252"}


def decode_html(data: bytes) -> tuple[str, str, str | None]:
    """Text, the encoding used, and the declared encoding (if any).

    Order: BOM, strict UTF-8, the declared charset (gb2312/gbk read as GB18030; Latin-1 and
    ASCII declarations ignored as unreliable), then the text reader's detection.
    """
    from .text import decode

    for bom, name in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(name, errors="replace"), name, None
    declared: str | None = None
    match = _META_CHARSET.search(data[:8192])
    if match:
        declared = match.group(1).decode("ascii", errors="replace").lower()
    try:
        # valid UTF-8 with non-ASCII bytes is never GBK by accident, while templates
        # copied between sites often declare gb2312 over UTF-8 content
        text = data.decode("utf-8")
        if "\x00" not in text:  # NULs: UTF-16 without a BOM
            return text, "utf-8", declared
    except UnicodeDecodeError:
        pass
    if declared:
        codec = "gb18030" if declared in _GB_NAMES else declared
        if declared not in _UNTRUSTED:
            try:
                # "undefined", "rot13", "base64", "hex" ... are Python codecs but no charset:
                # they raise UnicodeError, LookupError or TypeError rather than decode
                codecs.lookup(codec)
                return data.decode(codec), codec, declared
            except (LookupError, UnicodeError, TypeError, ValueError):
                pass  # a wrong or unknown declaration: detect instead
    text, encoding = decode(data)
    return text, encoding, declared


@dataclass
class _Table:
    data: bool
    number: int = 0
    row: int = 0
    cell: int = 0
    cell_paragraph: int = 0


@dataclass
class _Pending:
    """A block being built: what it says, where it starts, who owns it."""

    block: Block
    owner: Any


@dataclass
class _State:
    pieces: list[str] = field(default_factory=list)
    bold_chars: int = 0
    chars: int = 0
    line: int | None = None
    owners: list[Any] = field(default_factory=list)  # open block-level elements
    tables: list[_Table] = field(default_factory=list)
    table_count: int = 0
    cursor: int = 1  # current source line
    bold_depth: int = 0
    pre_depth: int = 0


def _normalise(raw: str) -> str:
    def space(match: re.Match[str]) -> str:
        run = match.group(0)
        if "\n" in run or "\r" in run:
            before = raw[match.start() - 1] if match.start() else ""
            after = raw[match.end()] if match.end() < len(raw) else ""
            if _WIDE.match(before or " ") and _WIDE.match(after or " "):
                return ""
        return " "

    text = _WS_RUN.sub(space, raw).replace("\u00a0", " ")
    return text.lstrip(INDENT).rstrip(INDENT)


def _hidden(el: Any) -> bool:
    if el.get("hidden") is not None:
        return True
    style = el.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


def _alignment(el: Any) -> str | None:
    align = (el.get("align") or "").lower()
    if align in ("left", "right", "center", "justify"):
        return "both" if align == "justify" else align
    style = el.get("style")
    if style:
        m = _ALIGN_STYLE.search(style)
        if m:
            value = m.group(1).lower()
            return "both" if value == "justify" else value
    return None


def _is_data_table(table: Any) -> bool:
    if (table.get("role") or "").lower() == "presentation":
        return False
    if any(t is not table for t in table.iter("table")):
        return False
    widest = 0
    for row in table.iter("tr"):
        widest = max(widest, sum(1 for c in row if c.tag in ("td", "th")))
    return widest >= 2


class _Reader:
    def __init__(self, limits: Limits):
        self.limits = limits
        self.state = _State()
        self.pending: list[_Pending] = []
        self.title: tuple[str, int | None] | None = None
        self.total_chars = 0

    # -- text accumulation -------------------------------------------------------------
    def add(self, text: str | None, line: int) -> None:
        if not text:
            return
        st = self.state
        if st.pre_depth:
            parts = text.split("\n")
            for k, part in enumerate(parts):
                if k:
                    self.flush()
                    line += 1
                self._append(part, line)
            return
        self._append(text, line)

    def _append(self, text: str, line: int) -> None:
        st = self.state
        if not text:
            return
        if st.line is None:
            stripped = text.lstrip(INDENT)
            if stripped:
                st.line = line + text[: len(text) - len(stripped)].count("\n")
        st.pieces.append(text)
        st.chars += len(text)
        if st.bold_depth:
            st.bold_chars += len(text.strip())

    def flush(self) -> None:
        st = self.state
        if not st.pieces:
            return
        raw = "".join(st.pieces)
        bold = st.bold_chars >= len(raw.strip()) > 0
        line = st.line
        st.pieces, st.bold_chars, st.chars, st.line = [], 0, 0, None
        text = _normalise(raw)
        if not text:
            return
        self.total_chars += len(text)
        if self.total_chars > self.limits.max_text_chars:
            raise ReadError(
                FILE_TOO_LARGE, f"网页文字超过上限 {self.limits.max_text_chars} 字符，已拒绝读取"
            )
        owner = st.owners[-1] if st.owners else None
        index = len(self.pending)
        table = next((t for t in reversed(st.tables)), None)
        tag = owner.tag if owner is not None else None
        style = Style(
            style_name=tag,
            outline_level=HEADINGS[tag] - 1 if tag in HEADINGS else None,
            bold=True if bold else None,
            alignment=_alignment(owner) if owner is not None else None,
        )
        if table is not None and table.data and table.cell:
            table.cell_paragraph += 1
            location = Location(
                block=index,
                paragraph=index + 1,
                table=table.number,
                row=table.row,
                cell=table.cell,
                cell_paragraph=table.cell_paragraph,
                line=line,
            )
            kind = BlockKind.TABLE_CELL
        else:
            location = Location(block=index, paragraph=index + 1, line=line)
            kind = BlockKind.PARAGRAPH
        block = Block(index=index, text=text, kind=kind, location=location, style=style)
        self.pending.append(_Pending(block, owner))

    # -- the walk ------------------------------------------------------------------------
    def walk(self, root: Any) -> None:
        st = self.state
        walker = etree.iterwalk(root, events=("start", "end"))
        skipped: set[Any] = set()  # the elements themselves: ids of lxml proxies get reused
        for event, el in walker:
            tag = el.tag if isinstance(el.tag, str) else None
            if event == "start":
                if el.sourceline:
                    st.cursor = el.sourceline
                if tag is None:
                    continue
                tag = tag.lower()
                if tag == "title" and self.title is None:
                    self.title = (_normalise("".join(el.itertext())), el.sourceline)
                    walker.skip_subtree()
                    skipped.add(el)
                    continue
                if tag in DROP_TAGS or _hidden(el):
                    walker.skip_subtree()
                    skipped.add(el)
                    continue
                self.start(el, tag)
                self.add(el.text, st.cursor)
                if el.text:
                    st.cursor += el.text.count("\n")
            else:
                if tag is not None and el not in skipped:
                    self.end(el, tag.lower())
                if el.tail:
                    self.add(el.tail, st.cursor)
                    st.cursor += el.tail.count("\n")
        self.flush()

    def start(self, el: Any, tag: str) -> None:
        st = self.state
        if tag in BLOCK_TAGS or tag == "br":
            self.flush()
        if tag in ("br", "hr"):
            return
        if tag in BOLD_TAGS:
            st.bold_depth += 1
        if tag == "pre":
            st.pre_depth += 1
        if tag == "table":
            data = _is_data_table(el)
            if data:
                st.table_count += 1
            st.tables.append(_Table(data=data, number=st.table_count if data else 0))
        elif tag == "tr" and st.tables:
            st.tables[-1].row += 1
            st.tables[-1].cell = 0
        elif tag in ("td", "th") and st.tables:
            st.tables[-1].cell += 1
            st.tables[-1].cell_paragraph = 0
        if tag in BLOCK_TAGS:
            st.owners.append(el)

    def end(self, el: Any, tag: str) -> None:
        st = self.state
        if tag in BLOCK_TAGS:
            self.flush()
            if st.owners and st.owners[-1] is el:
                st.owners.pop()
        if tag in BOLD_TAGS and st.bold_depth:
            st.bold_depth -= 1
        if tag == "pre" and st.pre_depth:
            st.pre_depth -= 1
        if tag == "table" and st.tables:
            st.tables.pop()


def _cjk_count(text: str) -> int:
    return len(_CJK.findall(text))


def _find_article(
    pending: list[_Pending], title: str | None
) -> tuple[tuple[int, int] | None, int | None]:
    # keyed by the elements themselves: id() of a transient lxml proxy can be reused
    scores: dict[Any, float] = {}
    for item in pending:
        if item.owner is None:
            continue
        count = _cjk_count(item.block.text)
        if count < MIN_PROSE_CJK:
            continue
        el = item.owner
        for weight in (1.0, 1.0, 0.5):
            if el is None:
                break
            scores[el] = scores.get(el, 0.0) + weight * count
            el = el.getparent()
    if not scores:
        return None, None
    # ties go to the outermost element (the container rather than its only paragraph)
    container = max(scores, key=lambda k: (scores[k], -sum(1 for _ in k.iterancestors())))
    if scores[container] < 2 * MIN_PROSE_CJK:
        return None, None
    inside = set(container.iter())
    members = [i for i, item in enumerate(pending) if item.owner in inside]
    if not members:
        return None, None
    first, last = members[0], members[-1]
    title_index = _find_title(pending, first, title)
    if title_index is not None:
        first = min(first, title_index)
    return (first, last), title_index


def _find_title(pending: list[_Pending], first: int, title: str | None) -> int | None:
    page_title = (title or "").replace(" ", "")

    def looks_like_title(i: int) -> int:
        item = pending[i]
        text = item.block.text.replace(" ", "")
        if len(text) < 5 or len(text) > 80 or text.endswith(("。", "；", ":", "：")):
            return 0
        score = 0
        if page_title and (text in page_title or page_title.startswith(text[:12])):
            score += 2
        owner = item.owner
        if owner is not None:
            if owner.tag in ("h1", "h2", "h3"):
                score += 2
            hint = f"{owner.get('class') or ''} {owner.get('id') or ''}"
            if _TITLE_HINT.search(hint):
                score += 1
        return score

    best: tuple[int, int] | None = None
    for i in range(first, max(-1, first - 8), -1):
        score = looks_like_title(i)
        if score >= 2 and (best is None or score > best[0]):
            best = (score, i)
    return best[1] if best else None


def _blank_doctype(text: str) -> str:
    """The first ``<!DOCTYPE …>`` (internal subset included) blanked out, keeping its lines.

    Only the first one is tried, once: an unterminated declaration is left as it is rather
    than searched for again from each later ``<!DOCTYPE`` (10,000 of them took 34 s).
    """
    start = _DOCTYPE_START.search(text)
    if start is None:
        return text
    body = _DOCTYPE_BODY.match(text, start.end())
    if body is None:
        return text
    return (
        text[: start.start()]
        + "\n" * text.count("\n", start.start(), body.end())
        + text[body.end() :]
    )


def read(data: bytes, path: str, limits: Limits = DEFAULT_LIMITS) -> Document:
    text, encoding, declared = decode_html(data)
    from .text import looks_binary

    if looks_binary(text):
        raise ReadError(
            UNSUPPORTED_FORMAT, "网页文件含有二进制内容，无法读取；请重新保存网页（仅 HTML）后提交"
        )
    # lxml refuses str input with an encoding declaration; a DOCTYPE's internal subset
    # would leak into the text. Blank both out, keeping the line count.
    text = _XML_DECL.sub(lambda m: "\n" * m.group(0).count("\n"), text, count=1)
    text = _blank_doctype(text)
    parser = etree.HTMLParser(
        remove_comments=True, remove_pis=True, no_network=True, recover=True, huge_tree=False
    )
    try:
        root = etree.fromstring(text, parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        raise ReadError(
            CORRUPT_FILE, "网页无法解析，文件可能已损坏；请重新保存网页后提交", detail=str(exc)
        ) from exc
    reader = _Reader(limits)
    if root is not None:
        reader.walk(root)
    blocks = [p.block for p in reader.pending]
    page_title = reader.title[0] if reader.title else None
    article, title_index = _find_article(reader.pending, page_title)
    furniture: list[Block] = []
    if reader.title and reader.title[0]:
        furniture.append(
            Block(
                index=0,
                text=reader.title[0],
                kind=BlockKind.HEADER,
                location=Location(part="header", line=reader.title[1]),
            )
        )
    meta: dict[str, Any] = {
        "encoding": encoding,
        "declared_encoding": declared,
        "html_title": page_title,
        "article_blocks": article,
        "article_title_block": title_index,
    }
    return Document(path=path, format="html", blocks=blocks, furniture=furniture, meta=meta)
