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
    return geometry


def page_number_paragraph(footer: etree._Element) -> dict[str, Any] | None:
    """The first footer paragraph with a PAGE field: its text (field as ``#``) and size."""
    for para in footer.iter(W + "p"):
        parts: list[str] = []
        found = False
        size: float | None = None
        in_field = False
        for node in para.iter():
            if node.tag == FLDSIMPLE and _PAGE_FIELD.match(node.get(W + "instr") or ""):
                parts.append("#")
                found = True
            elif node.tag == INSTR and _PAGE_FIELD.match(node.text or ""):
                parts.append("#")
                found, in_field = True, True
            elif node.tag == W + "fldChar":
                if node.get(W + "fldCharType") == "end":
                    in_field = False
            elif node.tag == W + "t" and not in_field and not _inside_fldsimple(node):
                parts.append(node.text or "")
            elif node.tag == W + "sz" and size is None:
                with contextlib.suppress(ValueError):
                    size = float(node.get(W + "val") or "") / 2
        if found:
            return {"text": "".join(parts).strip(), "size_pt": size}
    return None


def _inside_fldsimple(node: etree._Element) -> bool:
    parent = node.getparent()
    while parent is not None:
        if parent.tag == FLDSIMPLE:
            return True
        if parent.tag == W + "p":
            return False
        parent = parent.getparent()
    return False
