"""Rebuild what a person reads from the glyphs a PDF draws: lines, furniture, paragraphs.

This module knows nothing of pdfplumber or pdfium: :mod:`.pdf` turns each page into a list
of :class:`Glyph` (text, box, font, size) and this module does the rest, so that both engines
share one set of rules and the rules can be tested on hand-made glyphs.

Lines (:func:`make_lines`)
    Glyphs are grouped into lines by vertical overlap (a glyph belongs to the line whose band
    contains its vertical middle), then ordered left to right by the middle of their boxes
    (compressed CJK punctuation has a box that starts inside the glyph before it). The same
    glyph drawn again at almost the same place (WPS's fake bold) is read once and marks the
    line bold. A line's size and font are those of most of its Chinese characters. Spaces are
    decided from the geometry, never from the order of drawing:

    * a *letter-spaced* run — three or more glyphs with equal, wide gaps, none or all of them
      holding a drawn space (character spacing, 「税 务 总 局」) — is read without spaces;
    * a gap wider than one character is a space (and splits table cells, ``Line.segments``);
    * otherwise a drawn space glyph is kept as drawn (also at the end of a line: the line
      wrapped at a typed space);
    * a narrower gap next to a CJK character is not a space (Word/WPS widen the space between
      Chinese and Latin text, 「自 2023 年」 reads 「自2023年」, and justification spreads
      Chinese lines); between two Latin characters a gap over 0.2 em is a word space.

    Footnote reference marks (small raised digits or 「*†‡」 after text) are left out, as the
    .docx reader leaves them out, so that 「111¹件」 never reads 「1111件」.

Ruled tables (:func:`table_regions`)
    Three or more visible horizontal rules one below the other make a table; its lines are
    table rows, each its own paragraph (the reader splits them into cells). A table line is
    cut at the vertical rules drawn across it (:func:`cut_at_rules`: a cell filled to its
    border), and in a grid table the lines between two rules are one row whose cells wrapped
    (:func:`table_rows`). The first table of a page continues the last one of the page before
    when only furniture stands between them and their columns are the same
    (:func:`same_columns`): the reader gives one table, as a .docx does, its repeated header
    row dropped.

Furniture (:func:`split_furniture`)
    Page numbers (「— 3 —」, 「-3-」, 「第3页」, 「第3页 共9页」, 「3/9」, a bare 「3」) that are the
    first or last line of a page and stand apart from the body (a smaller font, a gap wider
    than 1.3 line pitches, or the page's outer tenth), and running headers/footers (the same
    text, digits aside, among the first or last two lines of at least 40 % of the pages and
    at least two, set smaller, in the outer tenth, or apart on a full page) are taken out of
    the body, so that a page number never glues onto a statistic.

Paragraphs (:func:`paragraphs`)
    Body lines are read in page order and a paragraph break is placed before a line when:
    either line is a table row; a page without text lies between them; the font size changes
    by more than a point; the line is centred, unless it continues a full-width, unindented
    line of the same font (a long centred title); the vertical step is over 1.6 line pitches
    (paragraph spacing or an empty paragraph); the previous line ends more than 1.2
    characters short of the right edge (a last line); the line starts indented (a first-line
    indent; lines of a block-indented paragraph share a deeper indent); or the line starts
    with a heading label («一、» «（一）» «1.» «第一章»…) after a line that ended a sentence.

    A break never falls inside a sentence (:func:`inside_sentence`): no paragraph starts
    with closing punctuation or a unit after the number that ends the line before
    (「…决定撤销1185」 | 「件、确认违法984件。」), nor ends with an opening mark. And a short
    line is not a last line when it was wrapped early (:func:`_wrapped_early`, left-aligned
    text): the sentence goes on (no closing punctuation), the next line starts at the left
    edge without a label, the type does not change, and the next line's first unbreakable
    piece (:func:`head_piece`: 「2850」, 「距。」, 「法“三」) is wider than the room left.
    Lines with columns set apart (rows of a table without rules) keep their breaks.
    Lines are joined without a separator, except between Latin words (「处罚1」 + 「3943件」 →
    「处罚13943件」). A paragraph may continue across a page break.

Geometry is measured per page: the left edge is the leftmost line start shared by a fair
share of the page's lines, the text width the most common length of the longer lines over
the document (so mirrored margins are handled) or, for left-aligned text, the length the
longest lines reach (see :func:`page_geometry`), the first-line indent the most common one.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import operator
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

# --------------------------------------------------------------------------------------------
# characters

_CJK_RANGES = (
    (0x2E80, 0x2FDF),  # radicals
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0x3040, 0x30FF),  # kana
    (0x3100, 0x312F),
    (0x31C0, 0x9FFF),  # strokes, enclosed, compatibility, unified ideographs
    (0xF900, 0xFAFF),
    (0xFE30, 0xFE4F),
    (0xFF00, 0xFFEF),  # full-width forms
    (0x20000, 0x3134F),
)
_WHITESPACE = frozenset(" \u00a0\u2002\u2003\u2009\u3000\t")
_SPACE_CHAR = re.compile(r"\s")  # any character for which str.isspace() holds
_PUNCT_OPEN_LATIN = frozenset("([{\"'")


@functools.lru_cache(maxsize=16384)
def is_cjk(char: str) -> bool:
    """A Chinese (or other CJK) character, CJK punctuation or a full-width form."""
    code = ord(char[0])
    if code < 0x2E80:
        return char[0] in "—…·“”‘’"  # typeset with Chinese text; no space around them
    return any(lo <= code <= hi for lo, hi in _CJK_RANGES)


def _ascii_word(char: str) -> bool:
    return char.isascii() and char.isalnum()


class Glyph(NamedTuple):
    """One drawn character: ``top``/``bottom`` measured from the top of the page, in points.

    A tuple, so that a page's or a line's glyphs turn into columns in one step
    (``zip(*glyphs)``: texts, x0s, x1s, tops, bottoms, sizes, fonts) and a reader can make
    one without a Python-level constructor (``tuple.__new__(Glyph, values)``)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    font: str = ""


@dataclass(slots=True)
class Line:
    """One printed line: its text as read, its box and its dominant type."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float  # dominant font size (by characters)
    em: float  # width of one character step in this line (size + letter spacing)
    font: str  # dominant font of the CJK characters (or of all characters when none)
    ascii_font: str | None
    bold: bool
    page: int = 0  # 1-based
    number: int = 0  # 1-based body line number on the page (0 for furniture)
    fonts: Counter[str] = field(default_factory=Counter)  # font -> characters
    # pieces of the line separated by gaps wider than one character (table cells)
    segments: list[tuple[float, float, str]] = field(default_factory=list)
    table: int | None = None  # the ruled table (on its page) the line sits in
    # the space between two rules of that table the line sits in (the lines of one band are
    # one row of a grid table whose cells wrapped: 「规范性文件审核」 over 「（件）」)
    band: int | None = None
    # the x of the table's left and right borders and of the vertical rules between its
    # columns: by them a table continued on the next page is told from another table
    # (:func:`same_columns`)
    edges: tuple[float, ...] = ()
    # the glyphs read and the drawn whitespace before each: a table row is cut again at the
    # vertical rules between its cells (:func:`cut_at_rules`)
    glyphs: Sequence[Glyph] = field(default=(), repr=False, compare=False)
    drawn: Sequence[str] = field(default=(), repr=False, compare=False)
    # the width of the line's first unbreakable piece (「2850名，」 「“双」 「距。」): what did
    # not fit at the end of the line before it (0: unknown, estimated from the text)
    head: float = 0.0
    edge_fonts: tuple[str, str] = ("", "")  # fonts of the first and last CJK character


# --------------------------------------------------------------------------------------------
# glyphs -> lines


def make_lines(glyphs: Iterable[Glyph], bold_font: re.Pattern[str] | None = None) -> list[Line]:
    """Group a page's glyphs into lines, top to bottom, each read left to right."""
    items = glyphs if isinstance(glyphs, list) else list(glyphs)
    if not items:
        return []
    # the columns checked at once (the glyphs of a page are nearly always all sound: a sum
    # is finite only when every term is); else glyph by glyph
    texts, x0s, x1s, tops, bottoms, sizes, _fonts = zip(*items, strict=True)
    if not (
        all(texts)
        and all(map(operator.ge, x1s, x0s))
        and all(map(operator.gt, bottoms, tops))
        # under 1e300 in all: no glyph's coordinates sum to an overflow either
        and sum(map(abs, x0s)) + sum(map(abs, x1s)) + sum(map(abs, tops)) < 1e300
        and sum(map(abs, bottoms)) + sum(map(abs, sizes)) < 1e300
    ):
        isfinite = math.isfinite
        items = [
            g
            for g in items
            if g.text
            and g.x1 >= g.x0
            and g.bottom > g.top
            and isfinite(g.x0 + g.x1 + g.top + g.bottom + g.size)
        ]
        tops = tuple([g.top for g in items])
        bottoms = tuple([g.bottom for g in items])
    if not items:
        return []
    middles = [(t + b) / 2 for t, b in zip(tops, bottoms, strict=True)]
    order = sorted(range(len(items)), key=middles.__getitem__)  # stable, as a sort by middle
    # each band's glyphs as indices into items, in the order of their middles
    bands: list[list[int]] = []
    band: list[int] = []
    band_top = band_bottom = 0.0
    last_top = last_bottom = math.nan  # of the glyph before (in the band): never equal at first
    for index in order:
        top = tops[index]
        bottom = bottoms[index]
        if top == last_top and bottom == last_bottom:
            # as high as the glyph before (most glyphs): inside the band, which holds it already
            band.append(index)
            continue
        last_top, last_bottom = top, bottom
        middle = middles[index]
        # the glyph's middle is inside the line's band, or the band's middle inside the glyph
        # (a superscript, or a larger glyph, on the same line)
        if bands and (
            band_top <= middle <= band_bottom or top <= (band_top + band_bottom) / 2 <= bottom
        ):
            band.append(index)
            if top < band_top:
                band_top = top
            if bottom > band_bottom:
                band_bottom = bottom
            continue
        band = [index]
        bands.append(band)
        band_top, band_bottom = top, bottom
    lines = []
    glyph_at = items.__getitem__
    for band in bands:
        # in the order they were drawn, which is mostly left to right (see _line)
        drawn = sorted(band)
        if drawn == band:
            line = _line(list(map(glyph_at, band)), bold_font or BOLD_FONT)
        else:
            line = _line(
                list(map(glyph_at, drawn)), bold_font or BOLD_FONT, list(map(glyph_at, band))
            )
        if line is not None:
            lines.append(line)
    lines.sort(key=lambda line: (line.top, line.x0))
    return lines


BOLD_FONT = re.compile(r"bold|heavy|black|semibold|demi|粗", re.IGNORECASE)
# font name -> whether BOLD_FONT finds a bold face in it (a document has a few fonts)
_BOLD_NAMES: dict[str, bool] = {}


def _bold_name(font: str, bold_font: re.Pattern[str]) -> bool:
    """Whether ``bold_font`` finds a bold face in the font's name (BOLD_FONT's answers kept)."""
    if bold_font is not BOLD_FONT:
        return bold_font.search(font) is not None
    known = _BOLD_NAMES.get(font)
    if known is None:
        known = bold_font.search(font) is not None
        if len(_BOLD_NAMES) < 4096:
            _BOLD_NAMES[font] = known
    return known


def _line(
    band: list[Glyph], bold_font: re.Pattern[str], by_middle: list[Glyph] | None = None
) -> Line | None:
    """The line of a band of glyphs, given in the order of their vertical middles, or
    ``band`` in another order (as drawn) and ``by_middle`` in that one."""
    # order by the middle of each box: compressed CJK punctuation (「（」 set in half its width)
    # has a box that starts before the glyph it follows ends
    # (the sums as keys, not a key function called per glyph; most bands are in order)
    texts, x0s, x1s, tops, bottoms, sizes_of, fonts_of = zip(*band, strict=True)
    keys = list(map(operator.add, x0s, x1s))
    if by_middle is not None and any(map(operator.ge, keys, keys[1:])):
        # not strictly left to right as drawn: the glyphs are ordered from their middles'
        # order, as a stable sort does (a tie keeps that order)
        band = by_middle
        texts, x0s, x1s, tops, bottoms, sizes_of, fonts_of = zip(*band, strict=True)
        keys = list(map(operator.add, x0s, x1s))
    if any(map(operator.gt, keys, keys[1:])):
        band[:] = map(band.__getitem__, sorted(range(len(band)), key=keys.__getitem__))
        texts, x0s, x1s, tops, bottoms, sizes_of, fonts_of = zip(*band, strict=True)
    visible: list[Glyph] = []
    spaces_before: list[str] = []  # drawn whitespace before each visible glyph
    pending = ""
    overprinted = 0
    prev: Glyph | None = None
    whitespace = _WHITESPACE
    if _SPACE_CHAR.search("".join(texts)) is None and not any(map(operator.eq, texts, texts[1:])):
        # no drawn space and no glyph followed by the same text (the most lines): every
        # glyph is visible, none is an overprint
        visible = band
        spaces_before = [""] * len(band)
        band = []
    for glyph in band:
        text = glyph.text
        if text in whitespace or text.isspace():
            if prev is not None:  # drawn spaces are kept as drawn (a tab or line break: a space)
                pending += text if text in whitespace and text != "\t" else " "
            continue
        if (
            prev is not None
            and text == prev.text
            and abs(glyph.x0 - prev.x0) <= min(1.5, 0.35 * (glyph.x1 - glyph.x0))
            and abs(glyph.top - prev.top) <= 1.5
        ):
            overprinted += 1  # fake bold: the same glyph drawn again, slightly offset
            continue
        visible.append(glyph)
        spaces_before.append(pending)
        pending = ""
        prev = glyph
    if not visible:
        return None
    if band:
        texts, x0s, x1s, tops, bottoms, sizes_of, fonts_of = zip(*visible, strict=True)
    if not _NOTE_MARK.isdisjoint(texts[1:]):  # a digit or mark after the first glyph
        kept = len(visible)
        visible, spaces_before = _drop_note_marks(visible, spaces_before)
        if len(visible) != kept:
            texts, x0s, x1s, tops, bottoms, sizes_of, fonts_of = zip(*visible, strict=True)
    cjk = list(map(is_cjk, texts))  # of each glyph's first character
    # a space drawn at the end of the line is kept: the line wrapped at a typed space
    text, segments = _assemble(visible, spaces_before, texts, sizes_of, cjk, x0s, x1s)
    text += pending
    fonts: Counter[str] = Counter(fonts_of)
    # the type of the Chinese text decides (code or Latin words set smaller do not); a line
    # in one size (one font) needs no count
    first_size = sizes_of[0]
    if sizes_of.count(first_size) == len(sizes_of):
        size = round(first_size * 2) / 2
    else:
        rounded = [round(z * 2) / 2 for z in sizes_of]
        cjk_sizes = [z for z, c in zip(rounded, cjk, strict=True) if c]
        size = _mode(cjk_sizes or rounded)
    if len(fonts) == 1:
        font = fonts_of[0]
        # one font: whether any Latin letter or digit is in it (the CJK glyphs skipped)
        ascii_font = (
            font
            if any(map(_ascii_word, itertools.compress(texts, map(operator.not_, cjk))))
            else None
        )
    else:
        ascii_words = [
            f for f, t, c in zip(fonts_of, texts, cjk, strict=True) if not c and _ascii_word(t)
        ]
        cjk_fonts = [f for f, c in zip(fonts_of, cjk, strict=True) if c]
        font = _mode(cjk_fonts or fonts_of)
        ascii_font = _mode(ascii_words) if ascii_words else None
    bold = overprinted * 2 >= len(visible) or (
        _bold_name(font, bold_font)  # one font: all its characters
        if len(fonts) == 1
        else sum(n for f, n in fonts.items() if _bold_name(f, bold_font)) * 2 > len(visible)
    )
    if tops.count(tops[0]) != len(tops):  # a line in one type has one top: no sort needed
        tops = tuple(sorted(tops))
    if bottoms.count(bottoms[0]) != len(bottoms):
        bottoms = tuple(sorted(bottoms))
    joined = "".join(texts)
    head_end = len(head_piece(joined))
    head_glyph = visible[0]
    if len(joined) == len(visible):  # one character a glyph: the head ends at its length
        head_glyph = visible[min(max(head_end, 1), len(visible)) - 1]
    else:
        used = 0
        for head_glyph in visible:  # the glyph that ends the head piece
            used += len(head_glyph.text)
            if used >= head_end:
                break
    # the type of the Chinese characters (not of punctuation, which may come from the
    # Latin font: 「—」 「“」)
    edge_fonts = ("", "")
    for first_letter, (c, t) in enumerate(zip(cjk, texts, strict=True)):
        if c and t.isalnum():
            last_letter = len(texts) - 1
            while not (cjk[last_letter] and texts[last_letter].isalnum()):
                last_letter -= 1
            edge_fonts = (fonts_of[first_letter], fonts_of[last_letter])
            break
    return Line(
        text=text,
        x0=x0s[0],
        x1=max(x1s),
        top=tops[len(tops) // 2],
        bottom=bottoms[len(bottoms) // 2],
        size=size,
        em=_em(visible, size, cjk, x0s, sizes_of),
        font=font,
        ascii_font=ascii_font,
        bold=bold,
        fonts=fonts,
        segments=segments,
        head=head_glyph.x1 - visible[0].x0,
        edge_fonts=edge_fonts,
        glyphs=visible,
        drawn=spaces_before,
    )


def _mode(values: Sequence[Any]) -> Any:
    """The most common value; of those as common, the first (as ``Counter.most_common``)."""
    return Counter(values).most_common(1)[0][0]


_NOTE_MARK = frozenset("0123456789*†‡")


def _drop_note_marks(
    visible: list[Glyph], spaces_before: list[str]
) -> tuple[list[Glyph], list[str]]:
    """Leave out footnote reference marks: small raised digits after text (「共111件¹」).

    The .docx reader drops footnote references too, so a note number never glues onto a
    statistic («111¹件» would read 1111件).
    """
    if len(visible) < 2:
        return visible, spaces_before
    marks = [g.size for g in visible[1:] if g.text in _NOTE_MARK]
    if not marks:
        return visible, spaces_before
    sizes = sorted([g.size for g in visible])
    size = sizes[len(sizes) // 2]
    if min(marks) > 0.75 * size:
        return visible, spaces_before  # no mark small enough to be a note reference
    bottoms = sorted(g.bottom for g in visible if g.size >= 0.9 * size)
    if not bottoms:
        return visible, spaces_before
    baseline = bottoms[len(bottoms) // 2]
    keep = [
        i == 0
        or not (
            g.text in _NOTE_MARK and g.size <= 0.75 * size and g.bottom <= baseline - 0.25 * size
        )
        for i, g in enumerate(visible)
    ]
    if all(keep):
        return visible, spaces_before
    glyphs, spaces = [], []
    carried = ""
    for glyph, space, kept in zip(visible, spaces_before, keep, strict=True):
        if kept:
            glyphs.append(glyph)
            spaces.append(carried + space)
            carried = ""
        else:
            carried += space
    return glyphs, spaces


def _em(
    visible: Sequence[Glyph],
    size: float,
    cjk: Sequence[bool] | None = None,
    x0s: Sequence[float] | None = None,
    sizes: Sequence[float] | None = None,
) -> float:
    """The step from one CJK character to the next (size plus letter spacing).

    ``cjk``, ``x0s``, ``sizes``: whether each glyph's text starts with a CJK character, where
    it starts, its size (computed when None)."""
    if cjk is None:
        cjk = [is_cjk(g.text) for g in visible]
    if x0s is None:
        x0s = [g.x0 for g in visible]
    if sizes is None:
        sizes = [g.size for g in visible]
    first = sizes[0] if sizes else size
    if sizes.count(first) != len(sizes):
        steps = [
            xb - xa
            for xa, xb, ca, cb, za in zip(x0s, x0s[1:], cjk, cjk[1:], sizes, strict=False)
            if ca and cb and abs(za - size) < 0.5
        ]
    elif abs(first - size) >= 0.5:  # one size, not the line's
        steps = []
    elif all(cjk):  # one size, all Chinese (the most lines): every step counts
        steps = list(map(operator.sub, x0s[1:], x0s))
    else:
        steps = [
            xb - xa for xa, xb, ca, cb in zip(x0s, x0s[1:], cjk, cjk[1:], strict=False) if ca and cb
        ]
    if len(steps) >= 2:
        steps.sort()  # the median, as statistics.median takes it
        half = len(steps) // 2
        step = steps[half] if len(steps) % 2 else (steps[half - 1] + steps[half]) / 2
        if size * 0.8 <= step <= size * 3:
            return step
    return size


def _assemble(
    visible: list[Glyph],
    spaces_before: list[str],
    texts: Sequence[str] | None = None,
    sizes: Sequence[float] | None = None,
    cjk: list[bool] | None = None,
    x0s: Sequence[float] | None = None,
    x1s: Sequence[float] | None = None,
) -> tuple[str, list[tuple[float, float, str]]]:
    """The line's text, and its pieces split at gaps wider than one character.

    ``texts``, ``sizes``, ``cjk``: each glyph's text, size and whether its text starts with a
    CJK character (computed when None). Only the gaps wider than a fifth of a character or
    holding a drawn space can give a separator; the glyphs between them are joined as they
    are."""
    if texts is None:
        texts = [g.text for g in visible]
    if sizes is None:
        sizes = [g.size for g in visible]
    if cjk is None:
        cjk = [is_cjk(t) for t in texts]
    if x0s is None:
        x0s = [g.x0 for g in visible]
    if x1s is None:
        x1s = [g.x1 for g in visible]
    gaps = list(map(operator.sub, x0s[1:], x1s))  # x0 of each glyph after x1 of the one before
    first_size = sizes[0]
    drawn_spaces = spaces_before[1:]
    if sizes.count(first_size) == len(sizes):
        ems = [first_size or 1.0] * len(gaps)
        if not any(drawn_spaces):  # one size, no drawn space (the most lines)
            limit = 0.2 * (first_size or 1.0)
            # (no gap that wide, the most lines: found without a loop in Python)
            over = limit.__lt__
            marked = (
                [i for i, gap in enumerate(gaps) if gap > limit] if any(map(over, gaps)) else []
            )
        else:
            marked = None
    else:
        ems = [min(a, b) or 1.0 for a, b in itertools.pairwise(sizes)]
        marked = None
    if marked is None:
        marked = [
            i
            for i, (gap, em, drawn) in enumerate(zip(gaps, ems, drawn_spaces, strict=True))
            if gap > 0.2 * em or drawn
        ]
    if not marked:
        text = "".join(texts)
        return text, [(x0s[0], x1s[-1], text.strip())]
    spaced = _letter_spaced(visible, gaps, drawn_spaces, cjk, ems)
    out: list[str] = []  # the line's text, piece by piece
    piece: list[str] = []  # the current segment's text
    segments: list[tuple[float, float, str]] = []
    seg_x0 = x0s[0]
    last = 0  # the first glyph not yet taken
    for i in marked:
        piece.append("".join(texts[last : i + 1]))
        last = i + 1
        gap = gaps[i]
        drawn = drawn_spaces[i]
        em = ems[i]
        if spaced[i]:
            sep = ""
        elif gap > 1.0 * em:
            segments.append((seg_x0, x1s[i], "".join(piece).strip()))
            out.extend(piece)
            out.append(drawn or " ")
            piece = []
            seg_x0 = x0s[i + 1]
            continue
        elif drawn:
            sep = drawn
        elif cjk[i + 1] or (cjk[i] if len(texts[i]) == 1 else is_cjk(texts[i][-1])):
            sep = ""
        elif gap > 0.2 * em:
            sep = " "
        else:
            sep = ""
        piece.append(sep)
    piece.append("".join(texts[last:]))
    segments.append((seg_x0, x1s[-1], "".join(piece).strip()))
    out.extend(piece)
    return "".join(out), segments


def _letter_spaced(
    visible: list[Glyph],
    gaps: list[float],
    drawn: list[str],
    cjk: list[bool] | None = None,
    ems: list[float] | None = None,
) -> list[bool]:
    """Which gaps belong to a run of three or more evenly, widely spaced glyphs.

    Character spacing makes every gap of the run equal, and either none of them holds a drawn
    space or (spaces typed between the characters) all of them do. ``cjk``, ``ems``: whether
    each glyph starts with a CJK character, the smaller size of the glyphs around each gap
    (computed when None).
    """
    n = len(gaps)
    result = [False] * n
    if n < 2:
        return result
    if cjk is None:
        cjk = [is_cjk(g.text) for g in visible]
    if ems is None:
        ems = [min(a.size, b.size) or 1.0 for a, b in itertools.pairwise(visible)]
    wides = [
        0.15 * em < gap <= (3.0 if (ca and cb) else 1.5) * em
        for gap, em, ca, cb in zip(gaps, ems, cjk, cjk[1:], strict=False)
    ]
    if not any(wides):
        return result

    def close(i: int, j: int) -> bool:
        em = min(visible[i].size, visible[j].size) or 1.0
        return abs(gaps[i] - gaps[j]) <= max(0.5, 0.1 * em) and bool(drawn[i]) == bool(drawn[j])

    for i in range(n):
        if not wides[i]:
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < n and wides[j] and close(i, j):
                result[i] = True
                break
    return result


# --------------------------------------------------------------------------------------------
# ruled tables


def table_regions(
    rules: Iterable[tuple[float, float, float]],
    page_width: float,
    columns: Iterable[tuple[float, float, float]] = (),
) -> list[tuple[float, float, float, float]]:
    """Boxes ``(x0, top, x1, bottom)`` of ruled tables from the page's horizontal rules.

    ``rules`` are ``(x0, x1, y)`` of horizontal lines and rectangle edges. A table is three or
    more rules (two rows or more) one below the other, overlapping horizontally and never more
    than 150 points apart; only rules at least 15 % of the page wide count. Two rules make a
    table of one row when ``columns`` (vertical rules ``(x, top, bottom)``) divide the band
    between them into two cells or more: its two borders and a rule between the cells, each
    crossing the whole band (the last row of a table that a page break sent to the next page,
    「合计 | 6415」; a framed paragraph has no rule inside its box).
    """
    verticals = list(columns)
    wide = sorted(
        (r for r in rules if r[1] - r[0] >= 0.15 * page_width), key=lambda r: (r[2], r[0])
    )
    regions: list[tuple[float, float, float, float]] = []
    group: list[tuple[float, float, float]] = []

    def close_group() -> None:
        ys = sorted({round(r[2]) for r in group})
        x0, x1 = min(r[0] for r in group), max(r[1] for r in group)
        if len(ys) >= 3 or (len(ys) >= 2 and (len(group) >= 4 or _cells_across(x0, x1, ys))):
            regions.append((x0, ys[0], x1, ys[-1]))

    def _cells_across(x0: float, x1: float, ys: list[int]) -> bool:
        top, bottom = ys[0], ys[-1]
        xs = sorted(
            {
                round(x)
                for x, t, b in verticals
                if x0 - 2 <= x <= x1 + 2 and t <= top + 2 and b >= bottom - 2
            }
        )
        inner = [x for x in xs if x0 + 4 < x < x1 - 4]
        return bool(inner) and xs[0] <= x0 + 4 and xs[-1] >= x1 - 4

    for rule in wide:
        if group:
            x0, x1 = min(r[0] for r in group), max(r[1] for r in group)
            overlap = min(x1, rule[1]) - max(x0, rule[0])
            shorter = min(x1 - x0, rule[1] - rule[0])
            if rule[2] - group[-1][2] <= 150 and overlap >= 0.5 * shorter:
                group.append(rule)
                continue
            close_group()
        group = [rule]
    if group:
        close_group()
    return regions


def mark_table_lines(
    lines: list[Line],
    regions: list[tuple[float, float, float, float]],
    rules: Iterable[tuple[float, float, float]] = (),
    columns: Iterable[tuple[float, float, float]] = (),
) -> None:
    """Set ``Line.table`` for the lines inside a ruled table, ``Line.band``: which space
    between two of the table's horizontal ``rules`` (``(x0, x1, y)``) the line sits in, and
    ``Line.edges``: the table's borders and the vertical rules (``(x, top, bottom)`` in
    ``columns``) between them (:func:`_edges`)."""
    wide = list(rules)
    verticals = list(columns)
    ys_of: list[list[float]] = []
    for x0, top, x1, bottom in regions:
        ys = sorted(
            {
                round(y, 1)
                for r0, r1, y in wide
                if top - 1 <= y <= bottom + 1 and min(x1, r1) - max(x0, r0) >= 0.5 * (r1 - r0)
            }
        )
        ys_of.append(ys)
    edges_of = [_edges(region, verticals) for region in regions]
    for line in lines:
        middle = (line.top + line.bottom) / 2
        for index, (x0, top, x1, bottom) in enumerate(regions):
            if top - 1 <= middle <= bottom + 1 and line.x0 >= x0 - 2 and line.x1 <= x1 + 2:
                line.table = index
                if ys_of[index]:
                    line.band = bisect.bisect(ys_of[index], middle)
                line.edges = edges_of[index]
                break


def _edges(
    region: tuple[float, float, float, float], verticals: Sequence[tuple[float, float, float]]
) -> tuple[float, ...]:
    """The table's borders and every column rule inside it, wherever it runs (a header's
    merged cells stop some rules: the table's columns are all of them), one x for the rules
    of one column drawn cell by cell."""
    x0, top, x1, bottom = region
    xs = sorted(x for x, t, b in verticals if x0 + 4 < x < x1 - 4 and t < bottom and b > top)
    inner: list[float] = []
    for x in xs:
        if not inner or x - inner[-1] > 1:
            inner.append(x)
    return (x0, *inner, x1)


def cut_at_rules(lines: Iterable[Line], columns: Sequence[tuple[float, float, float]]) -> None:
    """Cut the cells of table lines at the vertical rules ``(x, top, bottom)`` between them.

    A cell filled to its border leaves less than a character's gap before the next cell
    (「市住房城乡建设局」 then 「25」): the rule drawn between them is the cell's edge, so a line of
    a ruled table is cut into pieces at every rule that crosses it between two glyphs, each
    piece then split at its wide gaps as before.
    """
    if not columns:
        return
    for line in lines:
        if line.table is None or not line.glyphs:
            continue
        middle = (line.top + line.bottom) / 2
        xs = sorted(
            x
            for x, top, bottom in columns
            if top - 1 <= middle <= bottom + 1 and line.x0 < x < line.x1
        )
        if not xs:
            continue
        glyphs, drawn = line.glyphs, line.drawn
        groups: list[tuple[int, int]] = []
        start = 0
        for x in xs:
            end = start
            while end < len(glyphs) and (glyphs[end].x0 + glyphs[end].x1) / 2 < x:
                end += 1
            if end > start:
                groups.append((start, end))
            start = end
        if start < len(glyphs):
            groups.append((start, len(glyphs)))
        if len(groups) < 2:
            continue
        segments: list[tuple[float, float, str]] = []
        for start, end in groups:
            _text, pieces = _assemble(list(glyphs[start:end]), ["", *drawn[start + 1 : end]])
            segments.extend(pieces)
        line.segments = segments


def table_rows(lines: Sequence[Line]) -> list[list[tuple[float, float, str]] | None]:
    """The cells of each table line, a wrapped row's lines read as one row.

    For each of ``lines`` (one printed line of a ruled table each, in reading order) the cells
    ``(x0, x1, text)`` of the row it starts, or ``None`` when it continues the row above. In a
    grid table — a rule under every row: three bands or more, at least half of them holding
    one line, or none holding more than three and the continued cells filled up to the next
    cell (a narrow name column wraps every row: 「区住」 over 「建局」) — a band of two or
    three lines is one row whose cells wrapped (「规范性文件审核」
    over 「（件）」): a later line of the band whose pieces fall each under one cell of the row,
    and fewer pieces than the row has cells, continues those cells. A table with rows between
    its rules (a 三线表: rules only above and below the header and at the end) keeps a row
    per line, and so does a line that does not fit under the cells.
    """
    result: list[list[tuple[float, float, str]] | None] = [list(line.segments) for line in lines]
    per_band: Counter[tuple[int, int, int]] = Counter()
    for line in lines:
        if line.table is not None and line.band is not None:
            per_band[(line.page, line.table, line.band)] += 1
    bands: Counter[tuple[int, int]] = Counter()
    single: Counter[tuple[int, int]] = Counter()
    deep: Counter[tuple[int, int]] = Counter()  # bands of more than three lines
    for (page, table, _band), count in per_band.items():
        bands[(page, table)] += 1
        single[(page, table)] += count == 1
        deep[(page, table)] += count > 3

    def filled(row: list[tuple[float, float, str]], k: int, em: float) -> bool:
        """Does the row's cell k run up to the next cell (its text wrapped for want of room)?"""
        return k + 1 >= len(row) or row[k + 1][0] - row[k][1] < 1.5 * em

    row: list[tuple[float, float, str]] | None = None
    row_key: tuple[int, int, int] | None = None
    for i, line in enumerate(lines):
        key = (line.page, line.table or 0, line.band if line.band is not None else -1)
        cells = result[i]
        pieces = [seg for seg in cells or () if seg[2].strip()]
        if (
            row is not None
            and key == row_key
            and line.band is not None
            and 2 <= per_band[key] <= 3
            and bands[key[:2]] >= 3
            and (2 * single[key[:2]] >= bands[key[:2]] or not deep[key[:2]])
            and pieces
            and len(pieces) < len(row)
        ):
            under = [
                [k for k, c in enumerate(row) if min(c[1], x1) > max(c[0], x0)]
                for x0, x1, _ in pieces
            ]
            if (
                all(len(u) == 1 for u in under)
                and len({u[0] for u in under}) == len(under)
                and (
                    2 * single[key[:2]] >= bands[key[:2]]
                    or all(filled(row, u[0], line.em) for u in under)
                )
            ):
                for (_x0, x1, text), (k,) in zip(pieces, under, strict=True):
                    c0, c1, old = row[k]
                    latin = old[-1:].isascii() and old[-1:].isalnum()
                    sep = " " if latin and text[:1].isascii() and text[:1].isalnum() else ""
                    row[k] = (c0, max(c1, x1), old + sep + text.strip())
                result[i] = None
                continue
        row, row_key = cells, key
    return result


# how far apart two columns' edges may be and still be one column on two pages (points: the
# same table drawn again by the same program; another table's columns differ by far more)
COLUMN_TOLERANCE = 3.0


def same_columns(
    a: Line,
    cells_a: Sequence[tuple[float, float, str]],
    b: Line,
    cells_b: Sequence[tuple[float, float, str]],
    alone: bool = False,
) -> bool:
    """Are the rows ``a`` and ``b`` (their cells ``(x0, x1, text)``) rows of one table's
    columns: the same borders and the same vertical rules between the columns, or — a table
    ruled only across (a 三线表) — the same number of cells, each of ``b`` under the cell of
    ``a`` in the same place? A table broken by a page continues on the next page in its
    columns. A row ``alone`` in its part (the 合计 row a page break sent to the next page)
    may merge cells: its rules need only be some of the table's."""
    if len(a.edges) < 2 or len(b.edges) < 2:
        return False
    if any(
        abs(x - y) > COLUMN_TOLERANCE
        for x, y in ((a.edges[0], b.edges[0]), (a.edges[-1], b.edges[-1]))
    ):
        return False
    inner_a, inner_b = a.edges[1:-1], b.edges[1:-1]
    if inner_a or inner_b:
        if len(inner_a) != len(inner_b) and not (alone and inner_b):
            return False
        return all(any(abs(x - y) <= COLUMN_TOLERANCE for y in inner_a) for x in inner_b)
    pieces_a = [c for c in cells_a if c[2].strip()]
    pieces_b = [c for c in cells_b if c[2].strip()]
    if len(pieces_a) != len(pieces_b):
        return False
    for k, (x0, x1, _) in enumerate(pieces_b):
        under = [j for j, c in enumerate(pieces_a) if min(c[1], x1) > max(c[0], x0)]
        if under != [k]:
            return False
    return True


# --------------------------------------------------------------------------------------------
# furniture

_DASHES = "-—–－―‒一~～"
PAGE_NUMBER = re.compile(
    rf"^(?:[{_DASHES}]?\s*\d{{1,4}}\s*[{_DASHES}]?"  # 3  - 3 -  — 3 —
    r"|第\s*\d{1,4}\s*页(?:\s*[，,/、]?\s*共\s*\d{1,4}\s*页)?"  # 第3页 / 第3页 共9页
    r"|\d{1,4}\s*/\s*\d{1,4}"  # 3/9
    r"|(?:page|p\.)\s*\d{1,4}(?:\s*of\s*\d{1,4})?"  # Page 3 of 9
    r"|[ivxlc]{1,6})$",  # roman numerals (front matter)
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+")
_BLANKS = re.compile(r"\s+")


def _furniture_key(text: str) -> str:
    return _DIGITS.sub("#", _BLANKS.sub("", text))


@dataclass
class Furniture:
    line: Line
    where: str  # header | footer


def split_furniture(
    pages: Sequence[list[Line]], heights: Sequence[float]
) -> tuple[list[list[Line]], list[Furniture]]:
    """Take page numbers and running headers/footers out of each page's lines.

    Returns the body lines of every page and the furniture removed (in page order).
    """
    body_size = _body_size(line for page in pages for line in page)
    pitch = _pitch(pages)
    candidates: list[list[tuple[Line, str]]] = []
    counts: Counter[tuple[str, str]] = Counter()
    for lines in pages:
        found: list[tuple[Line, str]] = []
        # the first two and the last two lines of the page
        for where, order in (("header", lines[:2]), ("footer", lines[::-1][:2])):
            for position, line in enumerate(order):
                if (position == 1 and len(lines) < 4) or line.table is not None:
                    break
                found.append((line, where))
        candidates.append(found)
        keys = {(_furniture_key(line.text), where) for line, where in found}
        counts.update(keys)
    repeated_min = max(2, int(0.4 * len(pages) + 0.999))

    bodies: list[list[Line]] = []
    removed: list[Furniture] = []
    for lines, height, found in zip(pages, heights, candidates, strict=True):
        drop: dict[int, str] = {}
        for line, where in found:
            key = (_furniture_key(line.text), where)
            if len(pages) >= 2 and counts[key] >= repeated_min and len(key[0]) >= 1:
                if _apart(line, lines, where, height, body_size, pitch, lenient=True):
                    drop[id(line)] = where
            elif PAGE_NUMBER.match(line.text.strip()) and _apart(
                line, lines, where, height, body_size, pitch, lenient=False
            ):
                drop[id(line)] = where
        # only the outermost lines: a candidate inside kept lines stays body text
        kept = _outermost(lines, drop)
        body = [line for line in lines if id(line) not in kept]
        removed.extend(Furniture(line, kept[id(line)]) for line in lines if id(line) in kept)
        bodies.append(body)
    return bodies, removed


def _outermost(lines: list[Line], drop: dict[int, str]) -> dict[int, str]:
    kept: dict[int, str] = {}
    for line in lines:  # from the top
        if id(line) not in drop or drop[id(line)] != "header":
            break
        kept[id(line)] = "header"
    for line in reversed(lines):  # from the bottom
        if id(line) not in drop or drop[id(line)] != "footer":
            break
        kept[id(line)] = "footer"
    return kept


def _apart(
    line: Line,
    lines: list[Line],
    where: str,
    height: float,
    body_size: float,
    pitch: float,
    lenient: bool,
) -> bool:
    """Whether ``line`` sits apart from the body text (as a header or footer does)."""
    index = next(i for i, item in enumerate(lines) if item is line)
    if where == "header" and index + 1 >= len(lines):
        return True  # nothing below it
    if where == "footer" and index == 0:
        return True  # nothing above it
    neighbour = lines[index + 1] if where == "header" else lines[index - 1]
    gap = neighbour.top - line.top if where == "header" else line.top - neighbour.top
    outer = line.bottom < 0.1 * height if where == "header" else line.top > 0.9 * height
    smaller = line.size < body_size - 0.9
    wide = gap > 1.3 * pitch if pitch else False
    if lenient:  # repeated text: apart from a body that fills the page
        return outer or smaller or (wide and len(lines) >= 4)
    return outer or smaller or wide


def _body_size(lines: Iterable[Line]) -> float:
    sizes: Counter[float] = Counter()
    for line in lines:
        sizes[line.size] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _pitch(pages: Sequence[list[Line]]) -> float:
    """The usual distance from one body line to the next."""
    steps = [
        round(b.top - a.top, 1)
        for lines in pages
        for a, b in itertools.pairwise(lines)
        if 0 < b.top - a.top < 4 * max(a.size, 1.0) and abs(a.size - b.size) < 0.5
    ]
    if not steps:
        return 0.0
    return Counter(steps).most_common(1)[0][0]


# --------------------------------------------------------------------------------------------
# paragraphs

# a heading label at the start of a line (GB/T 9704 levels, chapters, articles)
HEADING_START = re.compile(
    r"^(?:[一二三四五六七八九十百]+[、.．]"
    r"|[（(][一二三四五六七八九十百]+[）)]"
    r"|\d{1,3}[.．、](?!\d)"
    r"|\d{1,2}(?:[.．]\d{1,2}){1,3}[ \u3000]+(?=[^\s\d万亿余多%％])"  # clause 「5.2.3 行数」
    r"|[（(]\d{1,3}[）)]"
    r"|[①-⑳]"
    r"|第[一二三四五六七八九十百零〇\d]+[章节部分条篇编]"
    r"|附件\s*\d*[:：]?$)"
)
_SENTENCE_END = tuple("。！？；：!?;:")
# Chinese line breaking (GB/T 15834, 行首行尾禁则): these never start a line ...
_CLOSING = "，。、；：？！）》」』】〕〉”’%％…,.;:!?)"
# ... and these never end one
_OPENING = "（《「『【〔〈“‘("
_ASCII_MARKS = frozenset(",.;:!?()")  # in Chinese text only (not in code or Latin text)
# the first piece of a line that a typesetter moves as a whole: opening marks, a Latin word
# or number (or one character), and the closing marks that may not start a line; a quotation
# mark glues to both its neighbours (Unicode line breaking class QU: 「法“三」 「助力‘泰」)
_PIECE = (
    rf"[{re.escape(_OPENING)}]*(?:[0-9A-Za-z][0-9A-Za-z.．,%％/+\-]*|.)[{re.escape(_CLOSING)}]*"
)
_QUOTES = "“”‘’\"'"
_HEAD = re.compile(rf"{_PIECE}(?:(?<=[{_QUOTES}]){_PIECE}|[{_QUOTES}]+{_PIECE})*", re.DOTALL)
# LibreOffice does not break between closing punctuation and a number (「导。2023年」)
_WORD_AFTER_CLOSING = re.compile(r"[0-9A-Za-z][0-9A-Za-z.．,%％/+\-]*")
_TRAILING_CLOSERS = "”’）)」』》】〕〉"


def head_piece(text: str) -> str:
    """The start of ``text`` that cannot be split at a line end (「2850名」 → 「2850」)."""
    match = _HEAD.match(text)
    if match is None:
        return ""
    head = match.group()
    if len(head) > 1 and head[-1] in _CLOSING:
        word = _WORD_AFTER_CLOSING.match(text, len(head))
        if word:
            head += word.group()
    return head


def ends_sentence(text: str) -> bool:
    """Whether a line ends with closing punctuation (「…报告如下：」 「…。”」)."""
    return text.rstrip().rstrip(_TRAILING_CLOSERS).endswith(_SENTENCE_END)


@functools.lru_cache(maxsize=1)
def _unit_start() -> re.Pattern[str]:
    """A unit or measure word (from the statistics lexicon) or a magnitude, at a line start."""
    from ..grammar import unit_pattern

    return re.compile(rf"(?:[万亿余多]|{unit_pattern()})")


@dataclass
class Geometry:
    """Where body text starts and ends on a page, and the usual first-line indent."""

    left: float
    right: float
    indent: float = 0.0  # points from ``left`` to the usual first-line start (0: none)
    body_size: float = 0.0

    @property
    def width(self) -> float:
        return self.right - self.left


@dataclass
class Paragraph:
    lines: list[Line]
    text: str
    alignment: str | None  # center | right | both | left | None (one line, unknown)
    first_line_indent: float | None  # in characters
    title: bool = False


def page_geometry(pages: Sequence[list[Line]]) -> list[Geometry]:
    """Left and right edges of the body text of each page."""
    all_lines = [line for lines in pages for line in lines]
    doc_left = _left_edge(all_lines, default=0.0)
    lefts = [
        _left_edge(lines, default=doc_left) if len(lines) >= 4 else doc_left for lines in pages
    ]
    # text width: the most common extent of the longer half of the lines that start at the left
    extents: list[float] = []
    reaches: list[float] = []  # of the lines that end in a letter, digit or ideograph
    for lines, left in zip(pages, lefts, strict=True):
        for line in lines:
            if line.x0 <= left + 0.6 * line.em:
                extents.append(line.x1 - left)
                if line.text and line.text[-1].isalnum():
                    reaches.append(line.x1 - left)
    width = 0.0
    size = _body_size(all_lines)
    if extents:
        extents.sort()
        width = _mode_x(extents[len(extents) // 2 :], default=extents[-1], step=2.0, high=True)
        # left-aligned text: most lines stop short of the edge (Chinese text ends a whole
        # character before it, a number or word that did not fit left more); the lines that
        # come closest show where it is. Only lines ending in a letter, digit or ideograph
        # (punctuation may hang into the margin), not one or two of them (an overflow), nor
        # over 1.5 characters beyond the usual end (a wide table).
        reaches.sort()
        needed = max(3, len(reaches) // 50)
        if len(reaches) >= needed:
            reach = reaches[-needed]
            if width < reach <= width + 1.5 * (size or 1.0):
                width = reach
    indents = [
        line.x0 - left
        for lines, left in zip(pages, lefts, strict=True)
        for line in lines
        if abs(line.size - size) < 1 and 0.6 * line.em <= line.x0 - left <= 4.5 * line.em
    ]
    indent = _mode_x(indents, default=0.0) if indents else 0.0
    return [Geometry(left, left + width, indent, size) for left in lefts]


def _left_edge(lines: Sequence[Line], default: float) -> float:
    """The leftmost line start shared by a fair number of lines (the text's left margin).

    Not the most common start: on a page of short headings and one-line paragraphs most
    lines start indented.
    """
    counts: Counter[float] = Counter(round(line.x0) for line in lines)
    if not counts:
        return default
    needed = max(2, int(0.15 * len(lines)))
    candidates = sorted(
        x for x in counts if sum(n for y, n in counts.items() if abs(y - x) <= 1) >= needed
    )
    if not candidates:
        return default if default else min(counts)
    return float(candidates[0])


def _mode_x(
    values: Iterable[float], default: float, step: float = 1.0, high: bool = False
) -> float:
    """The most common value (rounded to ``step``); ties go to the lowest (or ``high``est)."""
    counts: Counter[float] = Counter(round(v / step) * step for v in values)
    if not counts:
        return default
    best = max(counts.values())
    tied = [v for v, n in counts.items() if n == best]
    return max(tied) if high else min(tied)


def _full(line: Line, geometry: Geometry) -> bool:
    return line.x1 >= geometry.right - 1.2 * line.em


def _indented(line: Line, geometry: Geometry) -> bool:
    return line.x0 >= geometry.left + 0.6 * line.em


def _centred(line: Line, geometry: Geometry) -> bool:
    left = line.x0 - geometry.left
    right = geometry.right - line.x1
    if (
        geometry.indent
        and abs(line.size - geometry.body_size) < 1
        and abs(left - geometry.indent) <= 0.25 * line.em
    ):
        return False  # starts where paragraphs start: an indented line, not a centred one
    if left > 1.5 * line.em and right > 1.5 * line.em and abs(left - right) <= 0.75 * line.em:
        return True
    return left > 0.8 * line.em and right > 0.8 * line.em and abs(left - right) <= 0.3 * line.em


def _right_aligned(line: Line, geometry: Geometry) -> bool:
    return line.x0 > geometry.left + 4 * line.em and line.x1 >= geometry.right - 0.6 * line.em


def paragraphs(pages: Sequence[list[Line]], geometry: Sequence[Geometry]) -> list[Paragraph]:
    """Group body lines (already numbered, in page order) into paragraphs."""
    pitch = _pitch(pages)
    result: list[list[tuple[Line, Geometry]]] = []
    prev: tuple[Line, Geometry] | None = None
    for lines, geo in zip(pages, geometry, strict=True):
        for line in lines:
            if prev is None or _breaks(prev[0], prev[1], line, geo, pitch):
                result.append([])
            result[-1].append((line, geo))
            prev = (line, geo)
    return [_paragraph(group) for group in result]


def _breaks(a: Line, geo_a: Geometry, b: Line, geo_b: Geometry, pitch: float) -> bool:
    """Whether line ``b`` starts a new paragraph after line ``a``."""
    if a.table is not None or b.table is not None:
        return True  # a row of a ruled table stands alone
    if b.page - a.page > 1:
        return True  # a page without text (a scan, a figure) lies between
    if abs(a.size - b.size) > 1.0:
        return True
    same_page = a.page == b.page
    a_full = _full(a, geo_a)
    if _centred(b, geo_b):
        # a centred line continues only a full-width, unindented line of the same font: the
        # wrapped first line of a centred paragraph (a long title)
        return not (
            a_full
            and not _indented(a, geo_a)
            and a.font == b.font
            and (not same_page or b.top - a.top <= _wrapped_step(b, geo_b, pitch))
        )
    if same_page and b.top - a.top > 1.6 * max(pitch, 1.2 * a.size):
        return True
    if _inside_sentence(a, b):
        return False
    if not a_full:
        return not _wrapped_early(a, geo_a, b, geo_b)
    if _indented(b, geo_b):
        # a block-indented paragraph keeps its lines at one indent deeper than a first line
        block = (
            _indented(a, geo_a) and abs(a.x0 - b.x0) < 0.3 * b.em and not _first_indent(a, geo_a)
        )
        if not block:
            return True
    return bool(a.text.rstrip().endswith(_SENTENCE_END) and HEADING_START.match(b.text))


def _wrapped_step(line: Line, geometry: Geometry, pitch: float) -> float:
    """The most a wrapped line of this size can lie below the one before it."""
    scaled = 1.2 * pitch * line.size / geometry.body_size if geometry.body_size else 0.0
    return max(3 * line.size, scaled)


def inside_sentence(a: str, b: str) -> bool:
    """Whether the break between lines ``a`` and ``b`` falls inside a sentence for sure.

    No paragraph starts with closing punctuation or ends with an opening mark, and a number
    at the end of a line is continued by the unit that starts the next one
    (「…决定撤销1185」 | 「件、确认违法984件。」).
    """
    a, b = a.rstrip(), b.lstrip()
    if not a or not b:
        return False
    if b[0] in _CLOSING and (
        b[0] not in _ASCII_MARKS or (len(b) > 1 and (is_cjk(b[1]) or b[1] in _CLOSING))
    ):
        return True
    if a[-1] in _OPENING and (a[-1] not in _ASCII_MARKS or (len(a) > 1 and is_cjk(a[-2]))):
        return True
    # a bar-separated row of a text table ends with a cell, not a number whose unit follows
    # (「举报投诉|143|139」 | 「日常巡查|58|58」: no 「139日」)
    rows = "|" in a or "｜" in a
    return a[-1].isdigit() and _unit_start().match(b) is not None and not rows


def _inside_sentence(a: Line, b: Line) -> bool:
    if len(a.segments) > 1 or len(b.segments) > 1:
        return False  # a row of a table without rules: 「2080599 0.88 0.00」 | 「单位养老支出」
    return inside_sentence(a.text, b.text)


def _wrapped_early(a: Line, geo_a: Geometry, b: Line, geo_b: Geometry) -> bool:
    """Whether the short line ``a`` was wrapped because ``b``'s first piece did not fit.

    Left-aligned text wraps before the end of the measure when the next word, number or
    character with its closing punctuation is wider than the room left (「…公职律师」 |
    「2850名，」, 「…深入开」 | 「展，」). That is a line inside a paragraph, not its last
    line, when the next line starts at the left edge (a new 公文 paragraph starts indented or
    with a label) and the sentence goes on (no closing punctuation) or the document's
    paragraphs start indented (「…离退休。」 | 「2023年当年…」), neither line has
    columns set apart (a row of a table without rules) and the type does not change (a 黑体
    heading line above a body line).
    """
    if _indented(b, geo_b) or HEADING_START.match(b.text.lstrip()):
        return False
    if ends_sentence(a.text) and not (geo_b.indent and (_full(b, geo_b) or ends_sentence(b.text))):
        # after a full stop, a line at the left edge may as well start a paragraph set
        # without an indent, or be a line of its own (「GB/T 9704—2012」)
        return False
    if len(a.segments) > 1 or len(b.segments) > 1:
        return False  # a row of a table without rules: columns apart, not a wrapped sentence
    fa, fb = a.edge_fonts[1], b.edge_fonts[0]
    if fa and fb and fa != fb:
        return False
    head = b.head or _estimate_width(head_piece(b.text.lstrip()), b.em)
    room = geo_a.right - a.x1
    return room < head + 0.3 * a.em


def _estimate_width(text: str, em: float) -> float:
    return sum(em if is_cjk(c) else 0.55 * em for c in text)


def _centred_paragraph_start(line: Line, geometry: Geometry) -> bool:
    """A full line that can be the first line of a centred paragraph (not indented)."""
    return not _indented(line, geometry)


def _first_indent(line: Line, geometry: Geometry) -> bool:
    """A line starting at the usual first-line indent (about two characters)."""
    indent = (line.x0 - geometry.left) / (line.em or 1.0)
    return 0.6 <= indent <= 4.5


def _paragraph(group: list[tuple[Line, Geometry]]) -> Paragraph:
    lines = [line for line, _ in group]
    first, geo = group[0]
    last, last_geo = group[-1]
    text = join_lines([line.text for line in lines])
    alignment: str | None
    indent: float | None
    if _centred(last, last_geo) and all(
        _centred(line, g) or not _indented(line, g) for line, g in group[:-1]
    ):
        alignment, indent = "center", None  # a centred line, or wrapped lines ending in one
    elif len(group) == 1 and _right_aligned(first, geo):
        alignment, indent = "right", None
    else:
        if len(group) == 1:
            alignment = None  # one line: justified and left look the same
        elif all(line.x1 >= g.right - 0.5 * line.em for line, g in group[:-1]):
            alignment = "both"
        else:
            alignment = "left"
        # in characters of the paragraph's size, as Word counts a first-line indent
        indent = round((first.x0 - geo.left) / (first.size or 1.0), 1)
        if abs(indent) < 0.3:
            indent = 0.0
    return Paragraph(lines=lines, text=text, alignment=alignment, first_line_indent=indent)


def join_lines(texts: Sequence[str]) -> str:
    """Join the lines of one paragraph as they read: no separator in Chinese text or numbers.

    A line that ends with a drawn space (the wrap fell on a typed space) keeps it.
    """
    out = ""
    for text in texts:
        body = text.strip()
        if not body:
            continue
        if out and not out[-1].isspace() and _needs_space(out[-1], body[0]):
            out += " "
        out += body + text[len(text.rstrip()) :]
    return out.strip()


def _needs_space(last: str, first: str) -> bool:
    if is_cjk(last) or is_cjk(first):
        return False
    if last == "-":  # a hyphenated compound or a broken URL: keep as is
        return False
    if last.isdigit() and first.isdigit():
        return False
    if first.isascii() and (first.isalpha() or first in _PUNCT_OPEN_LATIN):
        return last.isascii() and (last.isalnum() or last in ",.;:!?)]}\"'")
    return False


def body_size(lines: Iterable[Line]) -> float:
    """The font size of most of the text."""
    return _body_size(lines)
