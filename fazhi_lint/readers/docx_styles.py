"""Style facts for .docx paragraphs: style name, outline level, fonts, size, bold, alignment.

Resolution order for a run property (ECMA-376 §17.7.2), each attribute on its own:
direct run ``w:rPr`` → character style (``w:rStyle``, its ``basedOn`` chain) → paragraph
style (``basedOn`` chain) → ``w:docDefaults`` → the theme for ``w:*Theme`` font references
(``minorEastAsia`` → ``a:minorFont/a:ea``, or ``a:font[@script='Hans']`` when that is empty).
Only direct children of ``w:pPr``/``w:rPr`` are read, so ``w:rPrChange``/``w:pPrChange``
(the *old* properties of a formatting revision) are ignored without a deep search.

Simplifications (documented, cheap to lift later): toggle properties (``w:b``) follow plain
precedence instead of the XOR rule between styles; table-style formatting is not applied.

Everything per style is computed once and cached, so a paragraph costs a dictionary lookup
plus its own direct formatting. Read from the part's bytes (:meth:`StyleSheet.from_xml`),
a style is not even parsed until it is used: a default styles.xml holds hundreds of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from .ooxml import HIDDEN, W, attr_int, attr_number

if TYPE_CHECKING:
    from lxml import etree

A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_VAL = W + "val"
_TOC_STYLE = re.compile(r"(toc|目录)\d")  # "toc 1" … "toc 9": entries of a table of contents
THEME_PREFIX = "\x00"  # marks a theme font reference in RunProps (resolved late)

_JC = {
    "left": "left",
    "start": "left",
    "right": "right",
    "end": "right",
    "center": "center",
    "both": "both",
    "justify": "both",
    "distribute": "distribute",
    "thaiDistribute": "distribute",
    "lowKashida": "both",
    "mediumKashida": "both",
    "highKashida": "both",
}


class RunProps(NamedTuple):
    """Run properties; None = not specified at this level (inherit)."""

    east_asia: str | None = None  # font name, or THEME_PREFIX + theme slot
    ascii: str | None = None
    size: float | None = None  # points
    bold: bool | None = None
    hidden: bool | None = None  # w:vanish / w:webHidden / w:specVanish

    def over(self, base: RunProps) -> RunProps:
        """These properties on top of ``base`` (attribute by attribute)."""
        east_asia, ascii_font, size, bold, hidden = self
        return RunProps(
            base[0] if east_asia is None else east_asia,
            base[1] if ascii_font is None else ascii_font,
            base[2] if size is None else size,
            base[3] if bold is None else bold,
            base[4] if hidden is None else hidden,
        )


EMPTY_RUN = RunProps()


def _on(element: etree._Element) -> bool:
    return element.get(_VAL) not in ("0", "false", "off")


MAX_HALF_POINTS = 3276  # Word's largest font size, 1638 pt
MAX_TWIPS = 31680  # 22 inches: the largest page dimension Word accepts
MAX_CHAR_UNITS = 100_000  # hundredths of a character (1,000 characters)


_REVISION_MARKS = frozenset({W + "ins", W + "del", W + "moveTo", W + "moveFrom", W + "rPrChange"})
_DELETION_MARKS = frozenset({W + "del", W + "moveFrom"})
_R_FONTS, _SZ, _B, _RSTYLE = W + "rFonts", W + "sz", W + "b", W + "rStyle"
_EA_THEME, _EA, _ASCII_THEME, _ASCII = (
    W + "eastAsiaTheme",
    W + "eastAsia",
    W + "asciiTheme",
    W + "ascii",
)
_P_STYLE, _NUM_PR, _NUM_ID, _ILVL = W + "pStyle", W + "numPr", W + "numId", W + "ilvl"
_OUTLINE, _JC_TAG, _IND, _RPR, _PPR_CHANGE = (
    W + "outlineLvl",
    W + "jc",
    W + "ind",
    W + "rPr",
    W + "pPrChange",
)


def run_props(rpr: etree._Element | None) -> tuple[RunProps, str | None, int]:
    """Direct properties of one ``w:rPr``, its ``w:rStyle``, and its revision marks.

    Only direct children are read; the revision marks counted are a formatting change
    (``w:rPrChange``) and, on a paragraph mark, its insertion or deletion.
    """
    if rpr is None:
        return EMPTY_RUN, None, 0
    east_asia = ascii_font = None
    size = None
    bold = hidden = None
    rstyle = None
    revisions = 0
    for child in rpr:
        tag = child.tag
        if tag == _R_FONTS:
            theme = child.get(_EA_THEME)
            east_asia = THEME_PREFIX + theme if theme else child.get(_EA)
            theme = child.get(_ASCII_THEME)
            ascii_font = THEME_PREFIX + theme if theme else child.get(_ASCII)
        elif tag == _SZ:
            half_points = attr_number(child.get(_VAL), 1, MAX_HALF_POINTS)
            if half_points is not None:
                size = half_points / 2
        elif tag == _B:
            bold = _on(child)
        elif tag in HIDDEN:
            if _on(child):
                hidden = True
            elif hidden is None:
                hidden = False
        elif tag == _RSTYLE:
            rstyle = child.get(_VAL)
        elif tag in _REVISION_MARKS:
            revisions += 1
    if (
        east_asia is None
        and ascii_font is None
        and size is None
        and bold is None
        and hidden is None
    ):
        return EMPTY_RUN, rstyle, revisions
    return RunProps(east_asia, ascii_font, size, bold, hidden), rstyle, revisions


class Indent(NamedTuple):
    value: float
    chars: bool  # True: in characters; False: in points


_HANGING_CHARS, _FIRST_LINE_CHARS = W + "hangingChars", W + "firstLineChars"
_INDENT_ATTRIBUTES = (
    (_HANGING_CHARS, True, -1),
    (_FIRST_LINE_CHARS, True, 1),
    (W + "hanging", False, -1),
    (W + "firstLine", False, 1),
)


def first_line_indent(ind: etree._Element) -> Indent | None:
    """First-line indent of a ``w:ind`` (hanging is negative); None if it sets none."""
    get = ind.get
    for attr, chars, sign in _INDENT_ATTRIBUTES:
        value = get(attr)
        if value is None:
            continue
        bound = MAX_CHAR_UNITS if chars else MAX_TWIPS
        number = attr_number(value, -bound, bound)
        if number is None or (chars and number == 0):
            continue
        return Indent(sign * number / (100 if chars else 20), chars)
    if get(_FIRST_LINE_CHARS) is not None or get(_HANGING_CHARS) is not None:
        return Indent(0.0, True)
    return None


@dataclass
class ParaProps:
    """The paragraph-level facts read from one ``w:pPr`` (direct children only)."""

    style: str | None = None
    num_id: str | None = None
    ilvl: int | None = None
    outline: int | None = None
    jc: str | None = None
    indent: Indent | None = None
    mark_deleted: bool = False
    revisions: int = 0  # pPrChange / paragraph-mark ins, del / rPrChange on the mark


def para_props(ppr: etree._Element | None) -> ParaProps:
    props = ParaProps()
    if ppr is None:
        return props
    for child in ppr:
        tag = child.tag
        if tag == _P_STYLE:
            props.style = child.get(_VAL)
        elif tag == _NUM_PR:
            for item in child:
                if item.tag == _NUM_ID:
                    props.num_id = item.get(_VAL)
                elif item.tag == _ILVL:
                    props.ilvl = attr_int(item.get(_VAL), 0)
        elif tag == _OUTLINE:
            props.outline = attr_int(child.get(_VAL), 9, 0, 9)
        elif tag == _JC_TAG:
            props.jc = _JC.get(child.get(_VAL, ""))
        elif tag == _IND:
            props.indent = first_line_indent(child)
        elif tag == _RPR:
            for item in child:
                if item.tag in _DELETION_MARKS:
                    props.mark_deleted = True
                    props.revisions += 1
                elif item.tag in _REVISION_MARKS:
                    props.revisions += 1
        elif tag == _PPR_CHANGE:
            props.revisions += 1
    return props


@dataclass(frozen=True)
class ParaStyle:
    """A paragraph style with its ``basedOn`` chain resolved."""

    style_id: str | None
    name: str | None
    chain: tuple[str, ...]  # style ids, nearest first
    outline: int | None
    num_id: str | None
    ilvl: int | None
    jc: str | None
    indent: Indent | None
    run: RunProps  # chain run properties over docDefaults
    is_toc: bool


class StyleSheet:
    """styles.xml + theme fonts, with per-style caches.

    Built from a parsed tree (``StyleSheet(root)``) or, faster, from the part's bytes
    (:meth:`from_xml`): then only the top level of styles.xml is scanned and a ``w:style``
    is parsed (with :func:`.safety.parse_xml`) the first time it is used; see :class:`_Scan`.
    """

    def __init__(self, styles: etree._Element | None, theme: etree._Element | None = None):
        self._elements: dict[str, etree._Element] = {}  # parsed styles, by id
        self._types: dict[str, str] = {}  # every style id (first definition) -> w:type
        self._scan: _Scan | None = None  # set by from_xml: styles parsed on first use
        self._spans: dict[str, tuple[int, int]] = {}  # unparsed styles (from_xml)
        self.default_paragraph: str | None = None
        self.default_character: str | None = None
        self.defaults_run = EMPTY_RUN
        self.defaults_para = ParaProps()
        self.theme_fonts: dict[str, str] = {}
        if styles is not None:
            self._parse(styles)
        if theme is not None:
            self._parse_theme(theme)
        self._para_cache: dict[str | None, ParaStyle] = {}
        self._char_cache: dict[str, RunProps] = {}
        self._base_cache: dict[tuple[str | None, str | None], RunProps] = {}
        self._run_cache: dict[tuple[RunProps, str | None, str | None], RunProps] = {}

    @classmethod
    def from_xml(cls, data: bytes | None, part: str = "word/styles.xml") -> StyleSheet:
        """The style sheet of a styles part given as bytes (None: no styles part).

        The same sheet as ``StyleSheet(parse_xml(data, part))``, and the same ReadError for
        a DTD or for XML that is malformed where it is read; the theme is added afterwards
        with :meth:`add_theme`. Falls back to parsing the whole part whenever the quick scan
        of its top level meets anything it does not handle.
        """
        from .safety import parse_xml

        sheet = cls(None)
        if data is None:
            return sheet
        scan = _Scan.of(data, part)
        if scan is None:
            sheet._parse(parse_xml(data, part))
            return sheet
        sheet._scan = scan
        for kind_tag, attrs, start, end in scan.children:
            if kind_tag == "style":
                style_id = attrs.get("styleId")
                if style_id is None:
                    continue
                kind = attrs.get("type", "paragraph")
                if style_id in sheet._types and sheet._types.get(style_id) == kind:
                    continue  # the first definition wins, as in Word
                if style_id not in sheet._types:
                    sheet._types[style_id] = kind
                    sheet._spans[style_id] = (start, end)
                if attrs.get("default") in ("1", "true", "on"):
                    if kind == "paragraph" and sheet.default_paragraph is None:
                        sheet.default_paragraph = style_id
                    elif kind == "character" and sheet.default_character is None:
                        sheet.default_character = style_id
            else:  # docDefaults
                element = sheet._fragment(start, end)
                if element is None:  # malformed: the whole part decides (see _fragment)
                    return sheet
                sheet._doc_defaults(element)
        return sheet

    def add_theme(self, theme: etree._Element | None) -> None:
        """Theme fonts for ``w:*Theme`` references (call before the first lookup)."""
        if theme is not None:
            self._parse_theme(theme)

    def _parse(self, root: etree._Element) -> None:
        for element in root:
            if element.tag == W + "style":
                style_id = element.get(W + "styleId")
                if style_id is None:
                    continue
                kind = element.get(W + "type", "paragraph")
                if style_id in self._types and self._types.get(style_id) == kind:
                    continue  # the first definition wins, as in Word
                self._elements.setdefault(style_id, element)
                self._types.setdefault(style_id, kind)
                if element.get(W + "default") in ("1", "true", "on"):
                    if kind == "paragraph" and self.default_paragraph is None:
                        self.default_paragraph = style_id
                    elif kind == "character" and self.default_character is None:
                        self.default_character = style_id
            elif element.tag == W + "docDefaults":
                self._doc_defaults(element)

    def _doc_defaults(self, element: etree._Element) -> None:
        rpr = element.find(f"{W}rPrDefault/{W}rPr")
        self.defaults_run = run_props(rpr)[0]
        self.defaults_para = para_props(element.find(f"{W}pPrDefault/{W}pPr"))

    def _fragment(self, start: int, end: int) -> etree._Element | None:
        """Parse one top-level element of the scanned part.

        A fragment fails to parse only when the part itself is malformed; then the whole
        part is parsed, which raises the same ReadError as before the scan existed. (Should
        it parse after all, the sheet is rebuilt from that tree and None is returned.)
        """
        from .errors import ReadError
        from .safety import parse_xml

        scan = self._scan
        assert scan is not None
        try:
            return scan.element(start, end)
        except ReadError:
            root = parse_xml(scan.data, scan.part)  # raises for a malformed part
        self._rebuild(root)
        return None

    def _rebuild(self, root: etree._Element) -> None:
        self._scan = None
        self._spans = {}
        self._elements, self._types = {}, {}
        self.default_paragraph = self.default_character = None
        self.defaults_run, self.defaults_para = EMPTY_RUN, ParaProps()
        self._parse(root)

    def _element(self, style_id: str) -> etree._Element | None:
        """The ``w:style`` element of a known style id, parsed on first use."""
        element = self._elements.get(style_id)
        if element is None:
            span = self._spans.get(style_id)
            if span is None:
                return None
            parsed = self._fragment(*span)
            if parsed is None:  # rebuilt from the whole part
                return self._elements.get(style_id)
            del self._spans[style_id]
            self._elements[style_id] = element = parsed
        return element

    def _parse_theme(self, theme: etree._Element) -> None:
        scheme = theme.find(f"{A}themeElements/{A}fontScheme")
        if scheme is None:
            return
        for prefix, tag in (("major", "majorFont"), ("minor", "minorFont")):
            fonts = scheme.find(A + tag)
            if fonts is None:
                continue
            latin = fonts.find(A + "latin")
            ea = fonts.find(A + "ea")
            east_asia = ea.get("typeface") if ea is not None else None
            if not east_asia:
                for font in fonts.iterchildren(A + "font"):
                    if font.get("script") == "Hans":
                        east_asia = font.get("typeface")
                        break
            latin_face = latin.get("typeface") if latin is not None else None
            for slot, face in (
                ("EastAsia", east_asia),
                ("Ascii", latin_face),
                ("HAnsi", latin_face),
                ("Bidi", latin_face),
            ):
                if face:
                    self.theme_fonts[prefix + slot] = face

    # -- lookups ------------------------------------------------------------------------

    def font(self, value: str | None) -> str | None:
        """A RunProps font value as a font name (theme references resolved)."""
        if value is None or not value.startswith(THEME_PREFIX):
            return value or None
        return self.theme_fonts.get(value[1:])

    def name(self, style_id: str | None) -> str | None:
        element = self._element(style_id) if style_id else None
        if element is None:
            return None
        name = element.find(W + "name")
        return name.get(_VAL) if name is not None else None

    def _chain(self, style_id: str | None) -> list[etree._Element]:
        chain: list[etree._Element] = []
        seen: set[str] = set()
        while style_id and style_id in self._types and style_id not in seen and len(chain) < 32:
            seen.add(style_id)
            element = self._element(style_id)
            if element is None:
                break
            chain.append(element)
            based = element.find(W + "basedOn")
            style_id = based.get(_VAL) if based is not None else None
        return chain

    def para(self, style_id: str | None) -> ParaStyle:
        """The paragraph style (the default paragraph style when None or unknown)."""
        cached = self._para_cache.get(style_id)
        if cached is not None:
            return cached
        effective = style_id
        if not effective or self._types.get(effective) != "paragraph":
            effective = self.default_paragraph
        chain = self._chain(effective)
        outline: int | None = None
        num_id: str | None = None
        ilvl: int | None = None
        jc: str | None = None
        indent: Indent | None = None
        run = EMPTY_RUN
        for element in chain:
            props = para_props(element.find(W + "pPr"))
            outline = props.outline if outline is None else outline
            num_id = props.num_id if num_id is None else num_id
            ilvl = props.ilvl if ilvl is None else ilvl
            jc = jc or props.jc
            indent = indent or props.indent
            run = run.over(run_props(element.find(W + "rPr"))[0])
        if outline is None:
            outline = self.defaults_para.outline
        name = self.name(effective)
        squeezed = (name or "").lower().replace(" ", "")
        style = ParaStyle(
            style_id=effective,
            name=name,
            chain=tuple(e.get(W + "styleId", "") for e in chain),
            outline=outline if outline is not None and 0 <= outline < 9 else None,
            num_id=num_id,
            ilvl=ilvl,
            jc=jc or self.defaults_para.jc,
            indent=indent or self.defaults_para.indent,
            run=run.over(self.defaults_run),
            is_toc=_TOC_STYLE.fullmatch(squeezed) is not None,
        )
        self._para_cache[style_id] = style
        return style

    def character(self, style_id: str) -> RunProps:
        """A character style's run properties (its chain, not the defaults)."""
        cached = self._char_cache.get(style_id)
        if cached is not None:
            return cached
        run = EMPTY_RUN
        for element in self._chain(style_id):
            if self._types.get(element.get(W + "styleId", "")) != "character":
                break
            run = run.over(run_props(element.find(W + "rPr"))[0])
        self._char_cache[style_id] = run
        return run

    def run_base(self, para_style: str | None, char_style: str | None) -> RunProps:
        """Inherited run properties: character style over paragraph style over defaults."""
        key = (para_style, char_style)
        cached = self._base_cache.get(key)
        if cached is not None:
            return cached
        base = self.para(para_style).run
        if char_style is None:
            char_style = self.default_character
        if char_style:
            base = self.character(char_style).over(base)
        self._base_cache[key] = base
        return base

    def effective(
        self, direct: RunProps, para_style: str | None, char_style: str | None
    ) -> RunProps:
        """A run's effective properties: its direct formatting over :meth:`run_base` (cached)."""
        key = (direct, para_style, char_style)
        cached = self._run_cache.get(key)
        if cached is None:
            cached = direct.over(self.run_base(para_style, char_style))
            self._run_cache[key] = cached
        return cached

    def numbering_style_num_id(self, style_id: str) -> str | None:
        """The numId a numbering style (``w:type="numbering"``) points at."""
        for element in self._chain(style_id):
            num = element.find(f"{W}pPr/{W}numPr/{W}numId")
            if num is not None:
                return num.get(_VAL)
        return None


# ---------------------------------------------------------------------------------------------
# the quick scan of styles.xml

_W_URI = W[1:-1]
_NAME = rb"[A-Za-z_][A-Za-z0-9_.\-]*(?::[A-Za-z_][A-Za-z0-9_.\-]*)?"
# attribute values with a reference, '<' or a character that attribute-value normalisation
# would change are left to the full parser
_VALUE = rb"""(?:"([^"<&\t\r\n]*)"|'([^'<&\t\r\n]*)')"""
_ATTRIBUTE = re.compile(rb"(" + _NAME + rb")[ \t\r\n]*=[ \t\r\n]*" + _VALUE)
_START_TAG = re.compile(
    rb"<("
    + _NAME
    + rb")((?:[ \t\r\n]+"
    + _NAME
    + rb"[ \t\r\n]*=[ \t\r\n]*(?:\"[^\"<&\t\r\n]*\"|'[^'<&\t\r\n]*'))*)[ \t\r\n]*(/?)>"
)
_SPACES = re.compile(rb"[ \t\r\n]*")
_XML_DECL = re.compile(rb"<\?xml[ \t\r\n][^<>]*\?>")
_DECL_VERSION = re.compile(rb"""version[ \t\r\n]*=[ \t\r\n]*(?:"1\.0"|'1\.0')""")
# more top-level elements than any real styles part has: leave such a part to the full parse
# (bounds the Python work per element on hostile input)
_MAX_CHILDREN = 20_000
_DECL_ENCODING = re.compile(rb"""encoding[ \t\r\n]*=[ \t\r\n]*(?:"([^"]*)"|'([^']*)')""")


def _markup_declaration(data: bytes, mark: bytes, pos: int) -> bool:
    """Whether ``"<" + mark`` occurs in ``data[pos:]``, found through the rarer ``mark``."""
    at = data.find(mark, pos)
    for _ in range(16):
        if at < 0:
            return False
        if at > pos and data[at - 1] == 0x3C:  # "<"
            return True
        at = data.find(mark, at + 1)
    return data.find(b"<" + mark, pos) >= 0  # the mark is common: one search for the pair


_STYLE_START_TAGS: dict[bytes, re.Pattern[bytes]] = {}
_END_TAGS: dict[bytes, re.Pattern[bytes]] = {}


def _style_start_tag(prefix: bytes) -> re.Pattern[bytes]:
    """The start tag of ``prefix + "style"`` without namespace declarations (compiled once)."""
    pattern = _STYLE_START_TAGS.get(prefix)
    if pattern is None:
        pattern = re.compile(
            b"<"
            + re.escape(prefix)
            + rb"style((?:[ \t\r\n]+(?!xmlns)"
            + _NAME
            + rb"[ \t\r\n]*=[ \t\r\n]*(?:\"[^\"<&\t\r\n]*\"|'[^'<&\t\r\n]*'))*)[ \t\r\n]*(/?)>"
        )
        _STYLE_START_TAGS[prefix] = pattern
    return pattern


def _close_tag_end(data: bytes, closer: bytes, pos: int) -> int:
    """Just past the first end tag ``closer + ">"`` (blanks allowed before ">") at or after
    ``pos``; -1 if there is none. ``closer`` is ``b"</" + name``."""
    at = data.find(closer, pos)
    if at < 0:
        return -1
    after = at + len(closer)
    if data[after : after + 1] == b">":
        return after + 1
    pattern = _END_TAGS.get(closer)
    if pattern is None:
        pattern = _END_TAGS[closer] = re.compile(re.escape(closer) + rb"[ \t\r\n]*>")
    match = pattern.search(data, at)
    return match.end() if match is not None else -1


class _Scan:
    """The top level of a styles part, found in its bytes without parsing the rest.

    Word's styles.xml is mostly definitions a document never uses (python-docx's default
    part: 350 KB, 164 styles and 267 latent styles). The scan finds each top-level element
    of the root (``w:docDefaults``, ``w:latentStyles``, every ``w:style``) and reads the
    attributes of the ``w:style`` start tags; :meth:`element` parses one of them, wrapped in
    the root's start tag (so its namespace declarations apply), with the hardened parser.

    :meth:`of` returns None — and the caller parses the whole part as before — unless the
    part is in the shape where this is exact: UTF-8 XML 1.0 without any ``<!`` (DOCTYPE,
    comment, CDATA) or processing instruction after the declaration, one prefix bound to the
    WordprocessingML namespace (not the default namespace), plain attribute values (no
    reference, tab or newline), no namespace declaration on the top-level elements and
    nothing but blanks between them.

    Why the elements found are the ones a full parse gives: with no comment, CDATA or
    processing instruction, every ``</name`` in the bytes is an end tag (neither attribute
    values nor text may contain "<"), so the first end tag of an element's name after its
    start tag is its own — unless it contains an element of the same name; then the end
    tag of the outer one later turns up where the scan expects a top-level start tag, and
    it gives up. What is not checked are the bytes inside elements that are never used: a
    styles part malformed only there is no longer refused.
    """

    __slots__ = ("children", "data", "head", "part", "tail")

    def __init__(
        self,
        data: bytes,
        part: str,
        head: bytes,
        tail: bytes,
        children: list[tuple[str, dict[str, str], int, int]],
    ):
        self.data = data
        self.part = part
        self.head = head
        self.tail = tail
        # ("style" | "docDefaults", w:style attributes, start, end) in document order
        self.children = children

    @classmethod
    def of(cls, data: bytes, part: str) -> _Scan | None:
        from .errors import ReadError
        from .safety import parse_xml

        if _markup_declaration(data, b"!", 0):  # DOCTYPE, comment, CDATA section
            return None
        pos = 3 if data.startswith(b"\xef\xbb\xbf") else 0
        decl = _XML_DECL.match(data, pos)
        if decl is not None:
            if not _DECL_VERSION.search(decl.group()):
                return None
            encoding = _DECL_ENCODING.search(decl.group())
            if encoding is not None and (encoding.group(1) or encoding.group(2) or b"").lower() != (
                b"utf-8"
            ):
                return None
            pos = decl.end()
        if _markup_declaration(data, b"?", pos):  # a processing instruction
            return None
        pos = _SPACES.match(data, pos).end()  # type: ignore[union-attr]
        root = _START_TAG.match(data, pos)
        if root is None or root.group(3):
            return None
        head = root.group()
        tail = b"</" + root.group(1) + b">"
        try:
            probe = parse_xml(head + tail, part)
        except ReadError:
            return None
        prefixes = [prefix for prefix, uri in probe.nsmap.items() if uri == _W_URI]
        if len(prefixes) != 1 or not prefixes[0]:
            return None
        prefix = prefixes[0].encode() + b":"
        style_tag, defaults_tag = prefix + b"style", prefix + b"docDefaults"
        wanted = {prefix + b"styleId": "styleId", prefix + b"type": "type"}
        wanted[prefix + b"default"] = "default"
        root_name = root.group(1)
        root_close = b"</" + root_name
        style_start = _style_start_tag(prefix).match
        style_close = b"</" + style_tag
        after_close = len(style_close)
        children: list[tuple[str, dict[str, str], int, int]] = []
        append = children.append
        pos = root.end()
        size = len(data)
        spaces = _SPACES.match
        start_tag = _START_TAG.match
        attributes_of = _ATTRIBUTE.findall
        find = data.find
        for _ in range(_MAX_CHILDREN):
            if data[pos : pos + 1] != b"<":
                pos = spaces(data, pos).end()  # type: ignore[union-attr]
            tag = style_start(data, pos)
            if tag is not None:  # a w:style, most of the part
                attributes, empty = tag.groups()
                end = tag.end()
                if not empty:
                    close = find(style_close, end)
                    if close >= 0 and data[close + after_close : close + after_close + 1] == b">":
                        end = close + after_close + 1
                    else:
                        end = _close_tag_end(data, style_close, end)
                        if end < 0:
                            return None
                attrs: dict[str, str] = {}
                for key, double, single in attributes_of(attributes):
                    field = wanted.get(key)
                    if field is not None:
                        try:
                            attrs[field] = (double or single).decode("utf-8")
                        except UnicodeDecodeError:
                            return None
                append(("style", attrs, pos, end))
                pos = end
                continue
            if data[pos + 1 : pos + 2] == b"/":  # the root's end tag, or a stray one
                if not data.startswith(root_close, pos):
                    return None
                end = spaces(data, pos + len(root_close)).end()  # type: ignore[union-attr]
                if data[end : end + 1] != b">":
                    return None
                if spaces(data, end + 1).end() != size:  # type: ignore[union-attr]
                    return None  # more than blanks after the root
                return cls(data, part, head, tail, children)
            tag = start_tag(data, pos)
            if tag is None:
                return None
            name, attributes, empty = tag.groups()
            if b"xmlns" in attributes or name == style_tag:
                return None  # (a w:style the pattern above did not take: xmlns)
            end = tag.end()
            if not empty:
                end = _close_tag_end(data, b"</" + name, end)
                if end < 0:
                    return None
            if name == defaults_tag:
                append(("docDefaults", {}, pos, end))
            pos = end
        return None

    def element(self, start: int, end: int) -> etree._Element:
        """The top-level element at ``data[start:end]``, parsed (ReadError if malformed)."""
        from .safety import parse_xml

        return parse_xml(self.head + self.data[start:end] + self.tail, self.part)[0]
