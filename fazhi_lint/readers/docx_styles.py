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
plus its own direct formatting.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
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


def _float(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        return float(value)
    except ValueError:
        return None


_REVISION_MARKS = frozenset({W + "ins", W + "del", W + "moveTo", W + "moveFrom", W + "rPrChange"})
_DELETION_MARKS = frozenset({W + "del", W + "moveFrom"})
_R_FONTS, _SZ, _B, _RSTYLE = W + "rFonts", W + "sz", W + "b", W + "rStyle"
_HIDDEN = frozenset({W + "vanish", W + "specVanish", W + "webHidden"})
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
            half_points = _float(child.get(_VAL))
            if half_points is not None:
                size = half_points / 2
        elif tag == _B:
            bold = _on(child)
        elif tag in _HIDDEN:
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


def first_line_indent(ind: etree._Element) -> Indent | None:
    """First-line indent of a ``w:ind`` (hanging is negative); None if it sets none."""
    for attr, chars, sign in (
        ("hangingChars", True, -1),
        ("firstLineChars", True, 1),
        ("hanging", False, -1),
        ("firstLine", False, 1),
    ):
        number = _float(ind.get(W + attr))
        if number is None or (chars and number == 0):
            continue
        return Indent(sign * number / (100 if chars else 20), chars)
    if ind.get(W + "firstLineChars") is not None or ind.get(W + "hangingChars") is not None:
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
                    try:
                        props.ilvl = int(item.get(_VAL, "0"))
                    except ValueError:
                        props.ilvl = 0
        elif tag == _OUTLINE:
            try:
                props.outline = int(child.get(_VAL, "9"))
            except ValueError:
                props.outline = 9
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
    """styles.xml + theme fonts, with per-style caches."""

    def __init__(self, styles: etree._Element | None, theme: etree._Element | None = None):
        self._elements: dict[str, etree._Element] = {}
        self._types: dict[str, str] = {}
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

    def _parse(self, root: etree._Element) -> None:
        for element in root:
            if element.tag == W + "style":
                style_id = element.get(W + "styleId")
                if style_id is None:
                    continue
                kind = element.get(W + "type", "paragraph")
                if style_id in self._elements and self._types.get(style_id) == kind:
                    continue  # the first definition wins, as in Word
                self._elements.setdefault(style_id, element)
                self._types.setdefault(style_id, kind)
                if element.get(W + "default") in ("1", "true", "on"):
                    if kind == "paragraph" and self.default_paragraph is None:
                        self.default_paragraph = style_id
                    elif kind == "character" and self.default_character is None:
                        self.default_character = style_id
            elif element.tag == W + "docDefaults":
                rpr = element.find(f"{W}rPrDefault/{W}rPr")
                self.defaults_run = run_props(rpr)[0]
                self.defaults_para = para_props(element.find(f"{W}pPrDefault/{W}pPr"))

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
        element = self._elements.get(style_id) if style_id else None
        if element is None:
            return None
        name = element.find(W + "name")
        return name.get(_VAL) if name is not None else None

    def _chain(self, style_id: str | None) -> list[etree._Element]:
        chain: list[etree._Element] = []
        seen: set[str] = set()
        while style_id and style_id in self._elements and style_id not in seen and len(chain) < 32:
            seen.add(style_id)
            element = self._elements[style_id]
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
