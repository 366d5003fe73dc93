"""WordprocessingML names and small rules shared by everything that walks ``document.xml``.

Two modules walk a Word body and must agree on what is there: the reader
(:mod:`fazhi_lint.readers.docx`) and the annotated copies (:mod:`fazhi_lint.annotate`),
which find a finding's paragraph and characters again. Both take the namespaces, tag names,
the inline elements whose content is never shown, the hidden-text properties, the choice of
an ``mc:AlternateContent`` branch and the character of a ``w:sym`` from here.

Only strings and plain functions: importing this module does not import lxml.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, overload

if TYPE_CHECKING:
    from lxml import etree

# namespaces
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_NS}}}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
PKG_REL = f"{{{PKG_REL_NS}}}"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
CT = f"{{{CT_NS}}}"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

# tags, precomputed
VAL = W + "val"
P, R, T, TBL, TR, TC = W + "p", W + "r", W + "t", W + "tbl", W + "tr", W + "tc"
PPR, RPR, SDT, SDTCONTENT, SDTPR = (
    W + "pPr",
    W + "rPr",
    W + "sdt",
    W + "sdtContent",
    W + "sdtPr",
)
INS, DEL, MOVETO, MOVEFROM = W + "ins", W + "del", W + "moveTo", W + "moveFrom"
HYPERLINK, SMARTTAG, CUSTOMXML = W + "hyperlink", W + "smartTag", W + "customXml"
FLDSIMPLE, FLDCHAR, INSTR = W + "fldSimple", W + "fldChar", W + "instrText"
TAB, PTAB, BR, CR = W + "tab", W + "ptab", W + "br", W + "cr"
NBHYPHEN, SOFTHYPHEN, SYM = W + "noBreakHyphen", W + "softHyphen", W + "sym"
DRAWING, PICT, OBJECT = W + "drawing", W + "pict", W + "object"
TXBX = W + "txbxContent"
RUBY, RUBYBASE = W + "ruby", W + "rubyBase"
ALTERNATE, CHOICE, FALLBACK = MC + "AlternateContent", MC + "Choice", MC + "Fallback"
OMATH, OMATHPARA, MT = M + "oMath", M + "oMathPara", M + "t"
TCPR, TRPR, GRIDSPAN, VMERGE, HMERGE = (
    W + "tcPr",
    W + "trPr",
    W + "gridSpan",
    W + "vMerge",
    W + "hMerge",
)
GRIDBEFORE = W + "gridBefore"
MAX_GRID_COLUMNS = 63  # Word's widest table; a larger gridSpan/gridBefore is not a real table

# inline elements whose content is never shown
INLINE_SKIP = frozenset(
    {
        PPR,
        DEL,
        MOVEFROM,
        W + "bookmarkStart",
        W + "bookmarkEnd",
        W + "proofErr",
        W + "commentRangeStart",
        W + "commentRangeEnd",
        W + "permStart",
        W + "permEnd",
        SDTPR,
        W + "sdtEndPr",
        W + "fldData",
        W + "moveFromRangeStart",
        W + "moveFromRangeEnd",
        W + "moveToRangeStart",
        W + "moveToRangeEnd",
    }
)

# run properties that hide a run's text (a toggle: absent ``w:val`` means on)
HIDDEN = frozenset({W + "vanish", W + "specVanish", W + "webHidden"})


def choose(alternate: etree._Element) -> etree._Element | None:
    """The branch of mc:AlternateContent to read: the first Choice, else the Fallback."""
    fallback = None
    for branch in alternate:
        if branch.tag == CHOICE:
            return branch
        if branch.tag == FALLBACK:
            fallback = branch
    return fallback


def sym_char(code: str | None) -> str:
    """A ``w:sym`` character (its ``w:char``); symbol-font private-use glyphs are dropped."""
    if not code:
        return ""
    try:
        value = int(code, 16)
    except ValueError:
        return ""
    if 0xE000 <= value <= 0xF8FF or value < 0x20 or value > 0x10FFFF:
        return ""
    return chr(value)


# -- numbers in attributes ----------------------------------------------------------------
#
# Every number the readers take from an attribute (``w:start``, ``w:ilvl``, ``w:gridSpan``,
# ``w:sz``, indents, ``w:id`` ...) comes through :func:`attr_number` / :func:`attr_int`: a
# plain decimal of at most 32 characters, finite, inside the bounds the caller gives. Anything
# else (``inf``, ``1e400``, ``NaN``, 5,000 digits, 99999999999 columns, text) is treated as
# absent, so the caller's default applies and no count or allocation follows a hostile value.

INT32_MIN, INT32_MAX = -(2**31), 2**31 - 1  # ST_DecimalNumber is a signed 32-bit integer
_DECIMAL = re.compile(r"\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)\s*", re.ASCII)
_MAX_NUMBER_CHARS = 32


def attr_number(value: str | None, low: float, high: float) -> float | None:
    """A decimal attribute value within ``[low, high]``; None if absent, malformed or outside."""
    if value is None or len(value) > _MAX_NUMBER_CHARS or not _DECIMAL.fullmatch(value):
        return None
    number = float(value)
    return number if low <= number <= high else None


@overload
def attr_int(value: str | None, default: int, low: int = ..., high: int = ...) -> int: ...


@overload
def attr_int(
    value: str | None, default: None = ..., low: int = ..., high: int = ...
) -> int | None: ...


def attr_int(
    value: str | None, default: int | None = None, low: int = INT32_MIN, high: int = INT32_MAX
) -> int | None:
    """An integer attribute within ``[low, high]`` (a fraction is cut off, as Word does);
    ``default`` if absent, malformed or outside."""
    number = attr_number(value, low, high)
    return int(number) if number is not None else default
