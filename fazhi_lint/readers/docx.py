"""Word .docx/.dotx reader: one pass over the package with a hardened lxml parser.

The package is opened with :func:`.safety.open_zip` (limits checked before anything is
decompressed) and every XML part is parsed with :func:`.safety.parse_xml` (DTDs refused);
of ``word/styles.xml`` only the top level is scanned and the styles the document uses are
parsed, each on first use (:meth:`.docx_styles.StyleSheet.from_xml`).
``word/document.xml`` is walked in document order by hand (no python-docx), so that the
text is what a reader of the printed page sees:

* paragraphs, tables (each cell paragraph a ``TABLE_CELL`` block with table/row/cell/
  cell_paragraph, 1-based; a ``gridSpan`` cell once, ``vMerge`` continuation cells skipped,
  nested tables numbered in document order), block and inline content controls, smart tags,
  custom XML, hyperlinks, simple and complex field *results* (never ``w:instrText``);
* text boxes (``w:txbxContent``) become ``TEXTBOX`` blocks placed after the paragraph that
  anchors them; of ``mc:AlternateContent`` only the first ``mc:Choice`` is read (the
  ``mc:Fallback`` repeats the same text as VML);
* a table of contents (a ``TOC`` field, a "Table of Contents" content control, or paragraphs
  in the ``toc N`` styles) goes to ``furniture`` with ``Location.part == "toc"`` so that its
  entries are not taken for duplicate headings;
* tracked changes in the accepted view: ``w:ins``/``w:moveTo`` kept, ``w:del``/``w:moveFrom``
  dropped (a paragraph whose mark and text are all deleted disappears and is not counted);
* hidden text (``w:vanish``, ``w:webHidden``, ``w:specVanish``, also through the paragraph
  and character styles) is dropped; footnote/endnote reference marks are dropped too, so a
  superscript note number never glues onto a statistic;
* headers, footers (every variant), footnotes, endnotes and comments go to ``furniture``.

Text conventions: a soft line break (``w:br`` of any type, ``w:cr``) disappears between two
CJK characters and becomes one space otherwise; a tab (or a run of tabs) becomes one space;
leading indentation (any Unicode space: ASCII, U+3000, U+2003, NBSP, tabs; zero-width
characters) and trailing blanks are stripped.
Word automatic numbering is rendered by :mod:`.numbering` and prefixed to the text.

Style facts come from :mod:`.docx_styles`; fonts, size and boldness are the ones covering
most of the block's characters (the east-Asian font over its CJK characters), the automatic
label excluded. ``first_line_indent`` is in characters: ``firstLineChars/100`` when given,
otherwise the ``firstLine`` twips divided by the block's font size (640 twips at 16 pt = 2),
in points only when no size is known; hanging indents are negative.

``Location.paragraph`` counts the paragraphs of the main story 1-based in document order,
table-cell paragraphs and empty paragraphs included (text-box paragraphs carry the number of
their anchor paragraph). Furniture blocks are numbered per part; their ``Block.index`` and
``Location.block`` are indices into ``Document.furniture``.
"""

from __future__ import annotations

import dataclasses
import posixpath
import re
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, TypeVar

from ..model import Block, BlockKind, Document, Label, Location, Style
from .docx_page import page_number_paragraph, section_geometry
from .docx_styles import (
    Indent,
    ParaProps,
    ParaStyle,
    RunProps,
    StyleSheet,
    first_line_indent,
    para_props,
    run_props,
)
from .errors import CORRUPT_FILE, FILE_TOO_LARGE, UNSAFE_XML, ReadError
from .numbering import Numbering, RenderedLabel
from .ooxml import (
    ALTERNATE,
    BR,
    CR,
    CT,
    CUSTOMXML,
    DEL,
    DRAWING,
    FLDCHAR,
    FLDSIMPLE,
    GRIDBEFORE,
    GRIDSPAN,
    HMERGE,
    INLINE_SKIP,
    INS,
    INSTR,
    MAX_GRID_COLUMNS,
    MOVEFROM,
    MOVETO,
    MT,
    NBHYPHEN,
    OBJECT,
    OMATH,
    OMATHPARA,
    PICT,
    PKG_REL,
    PPR,
    PTAB,
    RPR,
    RUBY,
    RUBYBASE,
    SDT,
    SDTCONTENT,
    SDTPR,
    SYM,
    TAB,
    TBL,
    TC,
    TCPR,
    TR,
    TRPR,
    TXBX,
    VAL,
    VMERGE,
    P,
    R,
    T,
    W,
    attr_int,
    choose,
    sym_char,
)
from .safety import DEFAULT_LIMITS, Limits, open_zip, parse_xml, read_member

if TYPE_CHECKING:
    import zipfile

    from lxml import etree

_K = TypeVar("_K")

BREAK_MARK = "\x01"  # placeholder for a line break (resolved when the paragraph is joined)
TAB_MARK = "\x02"  # placeholder for a tab
_MARKERS = re.compile("[\x01\x02]+")
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
_BLANK = re.compile(f"[\\s{_ZERO_WIDTH}\x01\x02]*")
_CJK_CLASS = (
    "\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u31c0-\u9fff"
    "\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003134f"
)
_CJK = re.compile(f"[{_CJK_CLASS}]")
_CJK_RUN = re.compile(f"[{_CJK_CLASS}]+")
_ASCII_ALNUM_RUN = re.compile("[A-Za-z0-9]+")

_REL_TYPES = (
    "styles",
    "numbering",
    "theme",
    "header",
    "footer",
    "footnotes",
    "endnotes",
    "comments",
)
_DEFAULT_PARTS = {
    "styles": ["word/styles.xml"],
    "numbering": ["word/numbering.xml"],
    "theme": ["word/theme/theme1.xml"],
    "footnotes": ["word/footnotes.xml"],
    "endnotes": ["word/endnotes.xml"],
    "comments": ["word/comments.xml"],
}
_NOTE_SKIP = {"separator", "continuationSeparator", "continuationNotice"}


def read(data: bytes, path: str, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Read a .docx/.dotx package into a :class:`Document` (raises ReadError)."""
    archive = open_zip(data, limits)
    package = _Package(archive)
    root = package.xml("word/document.xml")
    if root is None:
        raise ReadError(CORRUPT_FILE, "Word 文档缺少主体部分 word/document.xml，文件已损坏")
    body = root.find(W + "body")
    if body is None:
        raise ReadError(CORRUPT_FILE, "word/document.xml 中没有正文（w:body），文件已损坏")

    sheet = StyleSheet.from_xml(*package.data_first("styles"))
    sheet.add_theme(package.xml_first("theme"))
    numbering = Numbering(package.xml_first("numbering"), sheet)
    reader = _Reader(sheet, numbering, limits)
    reader.read_body(body)

    page_number: dict[str, object] | None = None
    for kind, part_kind, part in (
        ("header", BlockKind.HEADER, "header"),
        ("footer", BlockKind.FOOTER, "footer"),
    ):
        for name in package.parts(kind):
            story = package.xml(name)
            if story is not None:
                reader.read_story(story, part_kind, part)
                if kind == "footer" and page_number is None:
                    page_number = page_number_paragraph(story, sheet)
    for kind, tag in (("footnotes", W + "footnote"), ("endnotes", W + "endnote")):
        for name in package.parts(kind):
            notes = package.xml(name)
            if notes is None:
                continue
            reader.start_story(BlockKind.FOOTNOTE, "footnote")
            for note in notes.iterchildren(tag):
                if note.get(W + "type") not in _NOTE_SKIP:
                    reader.read_container(note)
    comment_count = 0
    for name in package.parts("comments"):
        comments = package.xml(name)
        if comments is None:
            continue
        reader.start_story(BlockKind.COMMENT, "comment")
        for comment in comments.iterchildren(W + "comment"):
            comment_count += 1
            reader.read_container(comment)

    meta: dict[str, object] = {
        "has_revisions": reader.revisions > 0,
        "revision_count": reader.revisions,
        "comment_count": comment_count,
        "paragraph_count": reader.paragraph_count,
        "template": package.is_template(),
    }
    generator = package.generator()
    if generator:
        meta["generator"] = generator
    geometry = section_geometry(body)
    if geometry:
        meta["page_geometry"] = geometry
        meta["page_number"] = page_number or {}
    return Document(
        path=path, format="docx", blocks=reader.blocks, furniture=reader.furniture, meta=meta
    )


# ---------------------------------------------------------------------------------------------
# the package


class _Package:
    """Parts of the zip, found through word/_rels/document.xml.rels (default names as fallback)."""

    def __init__(self, archive: zipfile.ZipFile):
        self.archive = archive
        self.names = set(archive.namelist())
        self._rels = self._relationships()

    def _relationships(self) -> dict[str, list[str]]:
        found: dict[str, list[str]] = {kind: [] for kind in _REL_TYPES}
        rels = self.xml("word/_rels/document.xml.rels")
        if rels is None:
            for kind, defaults in _DEFAULT_PARTS.items():
                found[kind] = [n for n in defaults if n in self.names]
            for kind in ("header", "footer"):
                found[kind] = sorted(
                    n for n in self.names if re.fullmatch(rf"word/{kind}\d*\.xml", n)
                )
            return found
        for rel in rels.iterchildren(PKG_REL + "Relationship"):
            if rel.get("TargetMode") == "External":
                continue
            kind = (rel.get("Type") or "").rsplit("/", 1)[-1]
            target = rel.get("Target") or ""
            if kind not in found or not target:
                continue
            if target.startswith("/"):
                name = target.lstrip("/")
            else:
                name = posixpath.normpath(posixpath.join("word", target))
            if name in self.names and name not in found[kind]:
                found[kind].append(name)
        for kind in ("header", "footer"):
            found[kind].sort(key=_natural)
        return found

    def parts(self, kind: str) -> list[str]:
        return self._rels.get(kind, [])

    def xml(self, name: str) -> etree._Element | None:
        data = read_member(self.archive, name)
        if data is None:
            return None
        return parse_xml(data, name)

    def data_first(self, kind: str) -> tuple[bytes | None, str]:
        """The bytes and name of the first part of a kind that is present ((None, "") if none)."""
        for name in self.parts(kind):
            data = read_member(self.archive, name)
            if data is not None:
                return data, name
        return None, ""

    def xml_first(self, kind: str) -> etree._Element | None:
        for name in self.parts(kind):
            root = self.xml(name)
            if root is not None:
                return root
        return None

    def is_template(self) -> bool:
        if "[Content_Types].xml" not in self.names:
            return False
        types = self.xml("[Content_Types].xml")
        if types is None:
            return False
        for override in types.iterchildren(CT + "Override"):
            if override.get("PartName") == "/word/document.xml":
                return "template.main" in (override.get("ContentType") or "")
        return False

    def generator(self) -> str | None:
        """docProps/app.xml Application (e.g. "Microsoft Office Word", "WPS Office")."""
        try:
            app = self.xml("docProps/app.xml")
        except ReadError as err:
            if err.code == UNSAFE_XML:
                raise
            return None  # Word ignores a broken app.xml; so do we
        if app is None:
            return None
        for child in app:
            if isinstance(child.tag, str) and child.tag.endswith("}Application"):
                return (child.text or "").strip() or None
        return None


def _natural(name: str) -> tuple[int, str]:
    digits = re.search(r"(\d+)\.xml$", name)
    return (int(digits.group(1)) if digits else 0, name)


# ---------------------------------------------------------------------------------------------
# the walker


class _Ctx:
    """Where the paragraphs of a container go."""

    __slots__ = (
        "anchor",
        "cell",
        "counter",
        "furniture",
        "kind",
        "main",
        "part",
        "row",
        "table",
        "toc",
    )

    def __init__(
        self,
        kind: BlockKind,
        part: str,
        furniture: bool,
        main: bool,  # paragraphs count in Location.paragraph of the body
        table: int | None = None,
        row: int | None = None,
        cell: int | None = None,
        anchor: int | None = None,  # the body paragraph a text box hangs on
        toc: bool = False,
    ):
        self.kind = kind
        self.part = part
        self.furniture = furniture
        self.main = main
        self.table = table
        self.row = row
        self.cell = cell
        self.anchor = anchor
        self.toc = toc
        self.counter = [0]  # paragraphs in this cell/part so far

    def as_toc(self) -> _Ctx:
        """The same place, inside a table of contents (the paragraph counter is shared)."""
        copy = _Ctx(
            self.kind,
            self.part,
            self.furniture,
            self.main,
            self.table,
            self.row,
            self.cell,
            self.anchor,
            toc=True,
        )
        copy.counter = self.counter
        return copy


class _Para:
    """Text collected from one paragraph."""

    __slots__ = ("segments", "style", "textboxes", "toc")

    def __init__(self, style: str | None):
        self.style = style
        self.segments: list[tuple[RunProps | None, str]] = []
        self.textboxes: list[etree._Element] = []
        self.toc = False


class _Field:
    __slots__ = ("instr", "separated", "toc")

    def __init__(self) -> None:
        self.instr: list[str] = []
        self.separated = False
        self.toc = False


class _Reader:
    def __init__(self, sheet: StyleSheet, numbering: Numbering, limits: Limits):
        self.sheet = sheet
        self.numbering = numbering
        self.limits = limits
        self.blocks: list[Block] = []
        self.furniture: list[Block] = []
        self.paragraph_count = 0
        self.tables = 0
        self.revisions = 0
        self.chars = 0
        # Style facts are immutable: equal facts share one Style (keyed by the ParaStyle's id,
        # which the sheet keeps alive, and the block's own facts)
        self._styles: dict[tuple[object, ...], Style] = {}
        self._level_indents: dict[int, tuple[etree._Element, Indent | None]] = {}
        self._fields: list[_Field] = []
        self._hidden_fields = 0  # fields on the stack still in their instruction part
        self._toc_fields = 0
        self._ctx = _Ctx(BlockKind.PARAGRAPH, "body", furniture=False, main=True)

    # -- stories -------------------------------------------------------------------------

    def read_body(self, body: etree._Element) -> None:
        self._ctx = _Ctx(BlockKind.PARAGRAPH, "body", furniture=False, main=True)
        self._reset_fields()
        self.read_container(body)

    def start_story(self, kind: BlockKind, part: str) -> None:
        """Begin a furniture part: own paragraph counter, numbering counters and fields."""
        self._ctx = _Ctx(kind, part, furniture=True, main=False)
        self.numbering.reset()
        self._reset_fields()

    def read_story(self, root: etree._Element, kind: BlockKind, part: str) -> None:
        self.start_story(kind, part)
        self.read_container(root)

    def _reset_fields(self) -> None:
        self._fields = []
        self._hidden_fields = 0
        self._toc_fields = 0

    def read_container(self, element: etree._Element, ctx: _Ctx | None = None) -> None:
        """Block-level content: paragraphs, tables, content controls...

        :func:`body_paragraphs` repeats this walk (and :meth:`_table`'s) to number the
        body's paragraphs without reading them: keep the two in step.
        """
        ctx = ctx or self._ctx
        for child in element:
            tag = child.tag
            if tag == P:
                self._paragraph(child, ctx)
            elif tag == TBL:
                self._table(child, ctx)
            elif tag == SDT:
                content = child.find(SDTCONTENT)
                if content is not None:
                    toc = ctx.toc or _is_toc_sdt(child)
                    self.read_container(content, ctx.as_toc() if toc else ctx)
            elif tag in (CUSTOMXML, INS, MOVETO):
                if tag != CUSTOMXML:
                    self.revisions += 1
                self.read_container(child, ctx)
            elif tag in (DEL, MOVEFROM):
                self.revisions += 1
            elif tag == ALTERNATE:
                branch = choose(child)
                if branch is not None:
                    self.read_container(branch, ctx)

    # -- tables --------------------------------------------------------------------------

    def _table(self, tbl: etree._Element, ctx: _Ctx) -> None:
        if ctx.furniture or ctx.kind == BlockKind.TEXTBOX:
            for row in _rows(tbl):
                for cell in _cells(row):
                    if not _cell_merge(cell)[1]:
                        self.read_container(cell, ctx)
            return
        self.tables += 1
        number = self.tables
        row_number = 0
        for row in _rows(tbl):
            row_number += 1
            column = 0
            props = row.find(TRPR)
            if props is not None:
                before = props.find(GRIDBEFORE)
                if before is not None:
                    column = attr_int(before.get(VAL), 0, 0, MAX_GRID_COLUMNS)
                if props.find(DEL) is not None:  # a deleted row (tracked)
                    self.revisions += 1
                    continue
            for cell in _cells(row):
                span, continuation = _cell_merge(cell)
                # beyond Word's widest grid a cell is placed in the last column: a hostile
                # span cannot widen every row of the table without bound
                start = min(column + 1, MAX_GRID_COLUMNS)
                column += span
                if continuation:
                    continue
                cell_ctx = _Ctx(
                    BlockKind.TABLE_CELL,
                    ctx.part,
                    furniture=False,
                    main=ctx.main,
                    table=number,
                    row=row_number,
                    cell=start,
                    toc=ctx.toc,
                )
                self.read_container(cell, cell_ctx)

    # -- paragraphs ----------------------------------------------------------------------

    def _paragraph(self, p: etree._Element, ctx: _Ctx) -> None:
        props = para_props(p.find(PPR))
        self.revisions += props.revisions
        style = self.sheet.para(props.style)
        para = _Para(props.style if props.style is not None else style.style_id)
        if self._toc_fields:
            para.toc = True
        self._inline(p, para)
        if self._hidden_fields:
            self._drop_open_instructions()
        text = "".join([piece for _, piece in para.segments])
        has_text = _BLANK.fullmatch(text) is None
        if props.mark_deleted and not has_text and not para.textboxes:
            return  # accepted view: the paragraph is gone

        ctx.counter[0] += 1
        if ctx.main:
            self.paragraph_count += 1
            number: int | None = self.paragraph_count
        elif ctx.kind == BlockKind.TEXTBOX:
            number = ctx.anchor
        else:
            number = ctx.counter[0]

        rendered = self._number(props, style)
        if has_text:
            self._emit(text, para, props, style, rendered, ctx, number)
        if para.textboxes:
            self._textboxes(para.textboxes, ctx, number)

    def _number(self, props: ParaProps, style: ParaStyle) -> RenderedLabel | None:
        num_id = props.num_id if props.num_id is not None else style.num_id
        if num_id is None or num_id == "0":
            return None
        ilvl = props.ilvl
        if ilvl is None and props.num_id is None:
            ilvl = style.ilvl
        if ilvl is None and (props.num_id is None or props.num_id == style.num_id):
            chain = list(style.chain)
            ilvl = self.numbering.level_for_style(num_id, chain)
        return self.numbering.next_label(num_id, ilvl or 0)

    def _emit(
        self,
        text: str,
        para: _Para,
        props: ParaProps,
        style: ParaStyle,
        rendered: RenderedLabel | None,
        ctx: _Ctx,
        number: int | None,
    ) -> None:
        lead = _leading_blanks(text) if rendered is None else ""
        if BREAK_MARK in text or TAB_MARK in text:
            text = _MARKERS.sub(_join_marker, text)
        # Word shows a space typed after an automatic label ("1、" + " 推进…"): keep it, as the
        # printed page has it; without a label, indentation and trailing blanks both go.
        text = _strip_edges(text) if rendered is None else _strip_trailing(text)
        if not text.strip():
            return
        label = None
        if rendered is not None:
            label = Label(
                text=rendered.text.rstrip(),
                automatic=True,
                num_id=rendered.num_id,
                level=rendered.level,
            )
            separator = "" if text[:1].isspace() else rendered.separator
            text = rendered.text + separator + text
        self.chars += len(text)
        if self.chars > self.limits.max_text_chars:
            raise ReadError(
                FILE_TOO_LARGE, f"文档文字超过 {self.limits.max_text_chars} 字符的上限，已拒绝读取"
            )
        facts = self._style(para, props, style, rendered)
        if lead:  # typed indentation: kept for F104, the text goes on without it
            facts = dataclasses.replace(facts, leading_whitespace=lead)
        toc = ctx.toc or para.toc or style.is_toc
        furniture = ctx.furniture or toc
        target = self.furniture if furniture else self.blocks
        index = len(target)
        part = "toc" if toc and not ctx.furniture else ctx.part
        if ctx.kind == BlockKind.TABLE_CELL and not toc:
            location = Location(
                block=index,
                part=part,
                paragraph=number,
                table=ctx.table,
                row=ctx.row,
                cell=ctx.cell,
                cell_paragraph=ctx.counter[0],
            )
        else:
            location = Location(block=index, part=part, paragraph=number)
        kind = ctx.kind if not toc or ctx.furniture else BlockKind.PARAGRAPH
        target.append(
            Block(index=index, text=text, kind=kind, location=location, label=label, style=facts)
        )

    def _textboxes(self, boxes: list[etree._Element], ctx: _Ctx, number: int | None) -> None:
        saved = (self._fields, self._hidden_fields, self._toc_fields)
        self._reset_fields()
        if ctx.furniture:
            box_ctx = ctx
        else:
            box_ctx = _Ctx(BlockKind.TEXTBOX, "textbox", furniture=False, main=False, anchor=number)
        for box in boxes:
            self.read_container(box, box_ctx)
        self._fields, self._hidden_fields, self._toc_fields = saved

    # -- inline content ------------------------------------------------------------------

    def _inline(self, element: etree._Element, para: _Para) -> None:
        for child in element:
            tag = child.tag
            if tag == R:
                self._run(child, para)
            elif tag in INLINE_SKIP:
                if tag in (DEL, MOVEFROM):
                    self.revisions += 1
            elif tag in (INS, MOVETO):
                self.revisions += 1
                self._inline(child, para)
            elif tag == SDT:
                content = child.find(SDTCONTENT)
                if content is not None:
                    self._inline(content, para)
            elif tag == FLDSIMPLE:
                instr = (child.get(W + "instr") or "").split()
                if instr and instr[0].upper() == "TOC":
                    para.toc = True
                self._inline(child, para)
            elif tag == ALTERNATE:
                branch = choose(child)
                if branch is not None:
                    self._inline(branch, para)
            elif tag in (OMATH, OMATHPARA):
                if not self._hidden_fields:
                    math = "".join(t.text or "" for t in child.iter(MT))
                    para.segments.append((None, math))
            elif isinstance(tag, str):
                self._inline(child, para)  # hyperlink, smartTag, customXml, dir, bdo...

    def _run(self, run: etree._Element, para: _Para) -> None:
        props: RunProps | None = None
        for child in run:
            tag = child.tag
            if tag == RPR:
                direct, rstyle, revisions = run_props(child)
                self.revisions += revisions
                props = self.sheet.effective(direct, para.style, rstyle)
                continue
            if props is None:
                props = self.sheet.run_base(para.style, None)
            if tag == T:
                text = child.text
                if text and not props.hidden and not self._hidden_fields:
                    para.segments.append((props, text))
                    if self._toc_fields:
                        para.toc = True
            elif tag in (TAB, PTAB):
                if not props.hidden and not self._hidden_fields:
                    para.segments.append((None, TAB_MARK))
            elif tag in (BR, CR):
                if not props.hidden and not self._hidden_fields:
                    para.segments.append((None, BREAK_MARK))
            elif tag == FLDCHAR:
                self._field_char(child.get(W + "fldCharType"), para)
            elif tag == INSTR:
                if self._fields and not self._fields[-1].separated:
                    self._fields[-1].instr.append(child.text or "")
            elif tag == NBHYPHEN:
                if not props.hidden and not self._hidden_fields:
                    para.segments.append((props, "-"))
            elif tag == SYM:
                char = sym_char(child.get(W + "char"))
                if char and not props.hidden and not self._hidden_fields:
                    para.segments.append((props, char))
            elif tag in (DRAWING, PICT, OBJECT):
                if not self._hidden_fields:
                    _find_textboxes(child, para.textboxes)
            elif tag == ALTERNATE:
                branch = choose(child)
                if branch is not None and not self._hidden_fields:
                    _find_textboxes(branch, para.textboxes)
            elif tag == RUBY:
                base = child.find(RUBYBASE)
                if base is not None:
                    self._inline(base, para)
            elif tag in (DEL, MOVEFROM):
                self.revisions += 1

    def _drop_open_instructions(self) -> None:
        """A field still in its instruction part at a paragraph end is treated as broken.

        Word lets field codes span paragraphs, but that is rare; an unterminated field in a
        damaged or generated file would otherwise hide the rest of the document.
        """
        while self._fields and not self._fields[-1].separated:
            self._fields.pop()
            self._hidden_fields -= 1

    def _field_char(self, kind: str | None, para: _Para) -> None:
        if kind == "begin":
            self._fields.append(_Field())
            self._hidden_fields += 1
        elif kind == "separate":
            if self._fields and not self._fields[-1].separated:
                current = self._fields[-1]
                current.separated = True
                self._hidden_fields -= 1
                words = "".join(current.instr).split()
                if words and words[0].upper() == "TOC":
                    current.toc = True
                    self._toc_fields += 1
                    para.toc = True
        elif kind == "end" and self._fields:
            current = self._fields.pop()
            if not current.separated:
                self._hidden_fields -= 1
            if current.toc:
                self._toc_fields -= 1

    # -- style facts ---------------------------------------------------------------------

    def _style(
        self,
        para: _Para,
        props: ParaProps,
        style: ParaStyle,
        rendered: RenderedLabel | None,
    ) -> Style:
        sheet = self.sheet
        first: RunProps | None = None
        uniform = True
        for run, _text in para.segments:
            if run is not None and run is not first:
                if first is None:
                    first = run
                elif run != first:
                    uniform = False
                    break
        if uniform:
            only = first or style.run
            east_asia, ascii_font = sheet.font(only.east_asia), sheet.font(only.ascii)
            size, bold = only.size, bool(only.bold)
        else:
            east_asia, ascii_font, size, bold = self._mixed(para)
        return self._finish(props, style, rendered, east_asia, ascii_font, size, bold)

    def _mixed(self, para: _Para) -> tuple[str | None, str | None, float | None, bool]:
        """Dominant fonts, size and boldness of a paragraph whose runs differ."""
        texts: dict[RunProps, str] = {}
        for run, text in para.segments:
            if run is not None:
                texts[run] = texts.get(run, "") + text
        texts = {run: text for run, text in texts.items() if text.strip()} or texts
        east_asia = self._dominant_font(texts, 0, _CJK_RUN)
        ascii_font = self._dominant_font(texts, 1, _ASCII_ALNUM_RUN)
        sizes = {run.size for run in texts if run.size is not None}
        if len(sizes) <= 1:
            size = sizes.pop() if sizes else None
        else:
            size_count: dict[float | None, int] = {}
            for run, text in texts.items():
                size_count[run.size] = size_count.get(run.size, 0) + len(text)
            size = _dominant(size_count)
        bolds = {bool(run.bold) for run in texts}
        if len(bolds) == 1:
            bold = bolds.pop()
        else:
            weight = sum(len(text) for run, text in texts.items() if run.bold)
            bold = weight * 2 > sum(len(text) for text in texts.values())
        return east_asia, ascii_font, size, bold

    def _dominant_font(
        self, texts: dict[RunProps, str], slot: int, runs: re.Pattern[str]
    ) -> str | None:
        """The font of a slot that covers most of the characters it applies to.

        ``runs`` matches runs of those characters (counted by their total length).
        """
        font = self.sheet.font
        fonts = {run: font(run.east_asia if slot == 0 else run.ascii) for run in texts}
        names = {name for name in fonts.values() if name is not None}
        if len(names) <= 1:
            return names.pop() if names else None
        counts: dict[str | None, int] = {}
        for run, text in texts.items():
            name = fonts[run]
            counts[name] = counts.get(name, 0) + sum(map(len, runs.findall(text)))
        if not any(counts.values()):  # none of those characters: weigh by all text
            for run, text in texts.items():
                counts[fonts[run]] = counts.get(fonts[run], 0) + len(text)
        return _dominant(counts)

    def _finish(
        self,
        props: ParaProps,
        style: ParaStyle,
        rendered: RenderedLabel | None,
        east_asia: str | None,
        ascii_font: str | None,
        size: float | None,
        bold: bool,
    ) -> Style:
        outline = style.outline
        if props.outline is not None:
            outline = props.outline if 0 <= props.outline < 9 else None
        indent: Indent | None = props.indent
        if indent is None and rendered is not None and rendered.ppr is not None:
            indent = self._level_indent(rendered.ppr)
        if indent is None:
            indent = style.indent
        first_line: float | None = None
        if indent is not None:
            if indent.chars:
                first_line = round(indent.value, 2)
            elif size:
                first_line = round(indent.value / size, 2)  # points → characters of this size
            else:
                first_line = round(indent.value, 2)
        alignment = props.jc or style.jc or "left"
        # 0.0 and -0.0 are equal keys but print differently: such facts are not shared
        shared = first_line != 0 and size != 0
        key = (id(style), outline, east_asia, ascii_font, size, bold, alignment, first_line)
        cached = self._styles.get(key) if shared else None
        if cached is None:
            cached = Style(
                style_name=style.name,
                outline_level=outline,
                east_asia_font=east_asia,
                ascii_font=ascii_font,
                size_pt=size,
                bold=bold,
                alignment=alignment,
                first_line_indent=first_line,
            )
            if shared:
                self._styles[key] = cached
        return cached

    def _level_indent(self, ppr: etree._Element) -> Indent | None:
        """The first-line indent a numbering level's ``w:pPr`` gives (cached per element)."""
        cached = self._level_indents.get(id(ppr))
        if cached is None or cached[0] is not ppr:
            ind = ppr.find(W + "ind")
            cached = (ppr, first_line_indent(ind) if ind is not None else None)
            self._level_indents[id(ppr)] = cached
        return cached[1]


# ---------------------------------------------------------------------------------------------
# the main story's paragraphs, for walkers of the same XML


def body_paragraphs(
    body: etree._Element, visible_text: Callable[[etree._Element], str]
) -> list[etree._Element]:
    """The ``w:p`` elements that :func:`read` numbers ``Location.paragraph`` 1, 2, 3...

    For code that edits ``document.xml`` and must find a block's paragraph again (the
    annotated copies): paragraph *n* is ``body_paragraphs(body, ...)[n - 1]``. The walk is
    :meth:`_Reader.read_container` and :meth:`_Reader._table` on the body, without reading
    text: content controls, custom XML and tracked insertions are entered; tracked
    deletions, deleted table rows and vertically merged continuation cells are skipped; of
    ``mc:AlternateContent`` the first choice is read; text-box paragraphs are not main-story
    paragraphs. A paragraph whose mark is deleted is not counted when ``visible_text`` of it
    is blank and it anchors no text box. Keep in step with the reader.
    """
    found: list[etree._Element] = []

    def container(element: etree._Element) -> None:
        for child in element:
            tag = child.tag
            if tag == P:
                props = para_props(child.find(PPR))
                if (
                    props.mark_deleted
                    and not visible_text(child).strip()
                    and not any(True for _ in child.iter(TXBX))
                ):
                    continue
                found.append(child)
            elif tag == TBL:
                table(child)
            elif tag == SDT:
                content = child.find(SDTCONTENT)
                if content is not None:
                    container(content)
            elif tag in (CUSTOMXML, INS, MOVETO):
                container(child)
            elif tag == ALTERNATE:
                branch = choose(child)
                if branch is not None:
                    container(branch)

    def table(tbl: etree._Element) -> None:
        for row in _rows(tbl):
            props = row.find(TRPR)
            if props is not None and props.find(DEL) is not None:
                continue
            for cell in _cells(row):
                if not _cell_merge(cell)[1]:
                    container(cell)

    container(body)
    return found


# ---------------------------------------------------------------------------------------------
# helpers


def _dominant(counts: Mapping[_K, int]) -> _K | None:
    best = None
    best_count = -1
    for key, count in counts.items():
        if key is not None and count > best_count:
            best, best_count = key, count
    return best


def _strip_edges(text: str) -> str:
    """``text`` without leading and trailing whitespace (``str.isspace``) and zero-width marks."""
    while True:
        stripped = text.strip().strip(_ZERO_WIDTH)
        if len(stripped) == len(text):
            return text
        text = stripped


def _leading_blanks(text: str) -> str:
    """The whitespace typed before a paragraph's text (a tab as ``\t``; zero-width marks and
    line breaks left out)."""
    blanks = []
    for char in text:
        if char == TAB_MARK:
            blanks.append("\t")
        elif char.isspace():
            blanks.append(char)
        elif char != BREAK_MARK and char not in _ZERO_WIDTH:
            break
    return "".join(blanks)


def _strip_trailing(text: str) -> str:
    """``text`` without trailing whitespace (``str.isspace``) and zero-width marks."""
    while True:
        stripped = text.rstrip().rstrip(_ZERO_WIDTH)
        if len(stripped) == len(text):
            return text
        text = stripped


def _is_cjk(char: str) -> bool:
    return bool(_CJK.match(char))


def _join_marker(match: re.Match[str]) -> str:
    """A break between two CJK characters disappears; otherwise breaks/tabs are one space."""
    source = match.string
    start, end = match.start(), match.end()
    if start == 0 or end == len(source):
        return ""
    if BREAK_MARK in match.group() and _is_cjk(source[start - 1]) and _is_cjk(source[end]):
        return ""
    return " "


def _find_textboxes(element: etree._Element, out: list[etree._Element]) -> None:
    """Outermost w:txbxContent under a drawing/picture (one branch of AlternateContent)."""
    for child in element:
        tag = child.tag
        if tag == TXBX:
            out.append(child)
        elif tag == ALTERNATE:
            branch = choose(child)
            if branch is not None:
                _find_textboxes(branch, out)
        elif isinstance(tag, str) and len(child):
            _find_textboxes(child, out)


def _is_toc_sdt(sdt: etree._Element) -> bool:
    props = sdt.find(SDTPR)
    if props is None:
        return False
    for part in (W + "docPartObj", W + "docPartList"):
        gallery = props.find(f"{part}/{W}docPartGallery")
        if gallery is not None and "table of contents" in (gallery.get(VAL) or "").lower():
            return True
    return False


def _rows(tbl: etree._Element) -> Iterator[etree._Element]:
    for child in tbl:
        tag = child.tag
        if tag == TR:
            yield child
        elif tag in (SDT, CUSTOMXML):
            content = child.find(SDTCONTENT) if tag == SDT else child
            if content is not None:
                yield from _rows(content)


def _cells(row: etree._Element) -> Iterator[etree._Element]:
    for child in row:
        tag = child.tag
        if tag == TC:
            yield child
        elif tag in (SDT, CUSTOMXML):
            content = child.find(SDTCONTENT) if tag == SDT else child
            if content is not None:
                yield from _cells(content)


def _cell_merge(cell: etree._Element) -> tuple[int, bool]:
    """(grid columns spanned, whether this is a merge continuation shown by another cell).

    A ``vMerge`` continuation (or legacy ``hMerge`` continuation) cell is displayed by the
    cell that starts the merge, so its content is not read again.
    """
    tcpr = cell[0] if len(cell) and cell[0].tag == TCPR else cell.find(TCPR)
    if tcpr is None:
        return 1, False
    span = 1
    continuation = False
    for child in tcpr:
        tag = child.tag
        if tag == GRIDSPAN:
            span = attr_int(child.get(VAL), 1, 1, MAX_GRID_COLUMNS)
        elif tag in (VMERGE, HMERGE) and child.get(VAL, "continue") != "restart":
            continuation = True
    return span, continuation
