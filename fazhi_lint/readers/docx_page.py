"""Page geometry of a .docx: page size, margins and line grid (``w:sectPr``), page numbers.

Read from the body's last section properties (the one that governs the document's end; a
report is one section). Lengths in WordprocessingML are twentieths of a point (twips);
recorded in millimetres. ``page_numbers`` says whether a footer holds a ``PAGE`` field and
gives that footer paragraph's text with the field shown as ``#`` (「— # —」) and its size,
resolved through the run and paragraph styles.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from .docx_styles import StyleSheet, run_props
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


def page_number_paragraph(
    footer: etree._Element, sheet: StyleSheet | None = None
) -> dict[str, Any] | None:
    """The first footer paragraph with a PAGE field: its text, the field's displayed result
    with digits as ``#`` («— # —», «- # -» for Word's numberInDash format), and the size the
    page number prints at.

    The size is resolved as Word resolves it (with ``sheet``): the runs' direct ``w:sz`` over
    their character style (Word's 「页码」/「page number」) over the paragraph's style chain (the
    built-in 「页脚」/「footer」 style, or the default paragraph style when the paragraph names
    none) over the document defaults. The runs that show the number (the field's result, or
    the field code's run when no result is cached) decide; without them, the largest size of
    the paragraph's text.
    """
    # keep the Fallback nodes alive: an lxml proxy's id() is only stable while it is referenced
    # (a freed proxy's id is reused by the next one, which then reads as hidden)
    fallback = [n for fb in footer.iter(MC_FALLBACK) for n in fb.iter()]
    hidden = {id(n) for n in fallback}
    for para in footer.iter(W + "p"):
        if id(para) in hidden:
            continue
        parts: list[str] = []
        found = False
        style_id = _para_style(para)
        number_sizes: list[float] = []  # the runs that show the page number
        text_sizes: list[float] = []  # every run with text
        code_size: float | None = None  # the run holding the PAGE field code
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
                number_sizes.extend(
                    size for run in node.iter(W + "r") if (size := _run_size(run, style_id, sheet))
                )
            elif tag == INSTR and _PAGE_FIELD.match(node.text or ""):
                found, state, result = True, "instr", []
                code_size = _run_size(node.getparent(), style_id, sheet)
            elif tag == W + "fldChar":
                kind = node.get(W + "fldCharType")
                if kind == "separate" and state == "instr":
                    state = "result"
                elif kind == "end" and state:
                    parts.append(_digits_as_mark("".join(result)))
                    state = ""
            elif tag == W + "t" and not _inside_fldsimple(node):
                (result if state == "result" else parts).append(node.text or "")
                size = _run_size(node.getparent(), style_id, sheet)
                if size is not None:
                    (number_sizes if state == "result" else text_sizes).append(size)
        if found:
            if number_sizes:
                size_pt: float | None = max(number_sizes)
            elif code_size is not None:
                size_pt = code_size
            else:
                size_pt = max(text_sizes) if text_sizes else None
            return {"text": "".join(parts).strip(), "size_pt": size_pt}
    return None


def _para_style(para: etree._Element) -> str | None:
    ppr = para.find(W + "pPr")
    style = ppr.find(W + "pStyle") if ppr is not None else None
    return style.get(W + "val") if style is not None else None


def _run_size(
    run: etree._Element | None, style_id: str | None, sheet: StyleSheet | None
) -> float | None:
    """The size a ``w:r`` prints at: direct, or through its styles when ``sheet`` is given."""
    if run is None or run.tag != W + "r":
        return None
    direct, char_style, _ = run_props(run.find(W + "rPr"))
    if sheet is None:
        return direct.size
    return sheet.effective(direct, style_id, char_style).size


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
