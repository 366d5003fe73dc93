"""Page geometry of a .docx: page size, margins and line grid (``w:sectPr``), page numbers.

Read from the body's last section properties (the one that governs the document's end; a
report is one section). Lengths in WordprocessingML are twentieths of a point (twips);
recorded in millimetres. ``page_numbers`` says whether a footer holds a ``PAGE`` field and
gives that footer paragraph's text with the field shown as ``#`` (「— # —」) and its size.
"""

from __future__ import annotations

import contextlib
import re
from typing import Any

from lxml import etree

from .ooxml import FLDSIMPLE, INSTR, W

MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"

TWIP_MM = 25.4 / 1440
_PAGE_FIELD = re.compile(r"^\s*PAGE\b", re.IGNORECASE)


def _twips(element: etree._Element | None, name: str) -> float | None:
    if element is None:
        return None
    value = element.get(W + name)
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


def _mm(value: float | None) -> float | None:
    return round(value * TWIP_MM, 1) if value is not None else None


def section_geometry(body: etree._Element) -> dict[str, Any]:
    """``{"width_mm", "height_mm", "margins_mm": {...}, "line_pitch_pt", "grid"}`` or {}."""
    sect = body.find(W + "sectPr")
    if sect is None:
        return {}
    size = sect.find(W + "pgSz")
    margins = sect.find(W + "pgMar")
    grid = sect.find(W + "docGrid")
    geometry: dict[str, Any] = {}
    width, height = _twips(size, "w"), _twips(size, "h")
    if width and height:
        geometry["width_mm"], geometry["height_mm"] = _mm(width), _mm(height)
    if margins is not None:
        geometry["margins_mm"] = {
            side: _mm(abs(v))
            for side in ("top", "bottom", "left", "right")
            if (v := _twips(margins, side)) is not None
        }
    pitch = _twips(grid, "linePitch")
    if pitch:
        geometry["line_pitch_pt"] = round(pitch / 20, 2)
    if grid is not None and grid.get(W + "type"):
        geometry["grid"] = grid.get(W + "type")
    numbers = sect.find(W + "pgNumType")
    if numbers is not None and numbers.get(W + "fmt"):
        geometry["page_number_format"] = numbers.get(W + "fmt")
    return geometry


def page_number_paragraph(footer: etree._Element) -> dict[str, Any] | None:
    """The first footer paragraph with a PAGE field: its text, the field's displayed result
    with digits as ``#`` («— # —», «- # -» for Word's numberInDash format), and its largest
    direct font size."""
    hidden = {id(n) for fb in footer.iter(MC_FALLBACK) for n in fb.iter()}
    for para in footer.iter(W + "p"):
        if id(para) in hidden:
            continue
        parts: list[str] = []
        found = False
        sizes: list[float] = []
        state = ""  # "" | "instr" (PAGE seen) | "result" (after separate)
        result: list[str] = []
        for node in para.iter():
            if id(node) in hidden or not _owned_by(node, para):
                continue  # the Fallback copy, or a nested text-box paragraph (iterated itself)
            tag = node.tag
            if tag == FLDSIMPLE and _PAGE_FIELD.match(node.get(W + "instr") or ""):
                shown = "".join(t.text or "" for t in node.iter(W + "t"))
                parts.append(_digits_as_mark(shown))
                found = True
            elif tag == INSTR and _PAGE_FIELD.match(node.text or ""):
                found, state, result = True, "instr", []
            elif tag == W + "fldChar":
                kind = node.get(W + "fldCharType")
                if kind == "separate" and state == "instr":
                    state = "result"
                elif kind == "end" and state:
                    parts.append(_digits_as_mark("".join(result)))
                    state = ""
            elif tag == W + "t" and not _inside_fldsimple(node):
                (result if state == "result" else parts).append(node.text or "")
            elif tag == W + "sz":
                with contextlib.suppress(ValueError):
                    sizes.append(float(node.get(W + "val") or "") / 2)
        if found:
            return {"text": "".join(parts).strip(), "size_pt": max(sizes) if sizes else None}
    return None


def _digits_as_mark(shown: str) -> str:
    """A field result as shown («- 2 -») with its number as ``#``; ``#`` when not cached."""
    marked = re.sub(r"[0-9]+", "#", shown.strip())
    return marked if "#" in marked else "#"


def _owned_by(node: etree._Element, para: etree._Element) -> bool:
    parent = node.getparent() if node is not para else None
    while parent is not None and parent.tag != W + "p":
        parent = parent.getparent()
    return node is para or parent is para


def _inside_fldsimple(node: etree._Element) -> bool:
    parent = node.getparent()
    while parent is not None:
        if parent.tag == FLDSIMPLE:
            return True
        if parent.tag == W + "p":
            return False
        parent = parent.getparent()
    return False
