"""What a page draws besides the characters pdfium's text page gives: rules, spaces, overprints.

pdfium's text page (``FPDFText_*``) is the fast source of characters and their boxes, but it
reads a page the way a viewer selects text, not the way :mod:`.pdf_layout` wants it:

* a text object that draws only spaces (LibreOffice writes the spaces between a label and its
  text, 「1.」 「 」 「持续优化…」, as objects of their own) has no width and is left out, and a
  space is *generated* where the gap between two objects looks wide enough;
* a text object drawn again at almost the same place (WPS's fake bold) is left out, so the
  overprint that marks a line bold is lost.

One walk over the page objects (into form XObjects, with their matrices) finds the text
objects that gave the text page no character: without width they are drawn spaces, with
width they are overprints. The same walk gives the horizontal rules that make a ruled table
(:func:`.pdf_layout.table_regions`), read as pdfplumber reads them: a path of one straight
segment is a line, an axis-aligned closed path of four corners a rectangle, which counts
when it is stroked or filled with a colour other than white (WPS draws a white rectangle
behind each line of text).

Coordinates are returned as :mod:`.pdf_layout` uses them: points from the left edge and from
the top of the page's media box.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass, field
from typing import Any

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)

# the most path segments read on one page: a vector chart can have hundreds of thousands,
# and a table's rules are among the first few thousand short paths
MAX_SEGMENTS = 200_000


@dataclass
class Drawn:
    """The page objects that matter to the reader, in top-down page coordinates."""

    rules: list[tuple[float, float, float]] = field(default_factory=list)  # (x0, x1, y)
    spaces: list[tuple[float, float, float]] = field(default_factory=list)  # (x, baseline, size)
    overprints: list[tuple[float, float, float, float]] = field(default_factory=list)  # boxes


def _compose(inner: Matrix, outer: Matrix) -> Matrix:
    """``inner`` then ``outer`` (PDF row-vector convention)."""
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (
        a * A + b * C,
        a * B + b * D,
        c * A + d * C,
        c * B + d * D,
        e * A + f * C + E,
        e * B + f * D + F,
    )


def _apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


def page_objects(page: Any, text_objects: set[int] | None) -> Drawn:
    """Walk ``page``'s objects. ``text_objects``: addresses of the text objects the text page
    read characters from (None: do not look for spaces and overprints)."""
    import pypdfium2.raw as raw

    left, _bottom, _right, top = page.get_mediabox()
    drawn = Drawn()
    state = {"segments": 0}
    matrix = raw.FS_MATRIX()
    x0, y0, x1, y1 = (ctypes.c_float() for _ in range(4))
    handle = page.raw

    def to_page(m: Matrix, x: float, y: float) -> tuple[float, float]:
        px, py = _apply(m, x, y)
        return px - left, top - py

    def walk(count: int, get: Any, outer: Matrix, depth: int) -> None:
        for i in range(count):
            obj = get(i)
            if not obj:
                continue
            kind = raw.FPDFPageObj_GetType(obj)
            if kind == raw.FPDF_PAGEOBJ_FORM:
                if depth >= 8 or not raw.FPDFPageObj_GetMatrix(obj, matrix):
                    continue
                inner = (matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f)
                walk(
                    raw.FPDFFormObj_CountObjects(obj),
                    lambda k, o=obj: raw.FPDFFormObj_GetObject(o, k),
                    _compose(inner, outer),
                    depth + 1,
                )
            elif kind == raw.FPDF_PAGEOBJ_PATH:
                _path(obj, outer)
            elif kind == raw.FPDF_PAGEOBJ_TEXT and text_objects is not None:
                address = ctypes.cast(obj, ctypes.c_void_p).value or 0
                if address not in text_objects:
                    _text(obj, outer)

    def _text(obj: Any, outer: Matrix) -> None:
        if not raw.FPDFPageObj_GetBounds(obj, x0, y0, x1, y1):
            return
        corners = [to_page(outer, x, y) for x in (x0.value, x1.value) for y in (y0.value, y1.value)]
        xs = [p[0] for p in corners]
        ys = [p[1] for p in corners]
        if max(xs) - min(xs) < 0.01:  # no width: spaces only
            if not raw.FPDFPageObj_GetMatrix(obj, matrix):
                return
        else:
            drawn.overprints.append((min(xs), max(xs), min(ys), max(ys)))
            return
        size = ctypes.c_float()
        if not raw.FPDFTextObj_GetFontSize(obj, size):
            return
        m = _compose((matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f), outer)
        scale = abs(m[0] * m[3] - m[1] * m[2]) ** 0.5
        if abs(m[1]) > 0.05 * abs(m[0]) or m[0] <= 0:
            return  # not running left to right
        x, y = to_page(m, 0.0, 0.0)
        drawn.spaces.append((x, y, float(size.value) * (scale or 1.0)))

    point_x, point_y = ctypes.c_float(), ctypes.c_float()
    fill_mode, stroke = ctypes.c_int(), ctypes.c_int()
    red, green, blue, alpha = (ctypes.c_uint() for _ in range(4))

    def _path(obj: Any, outer: Matrix) -> None:
        count = raw.FPDFPath_CountSegments(obj)
        if count <= 0 or state["segments"] + count > MAX_SEGMENTS:
            return
        state["segments"] += count
        if not raw.FPDFPageObj_GetMatrix(obj, matrix):
            return
        m = _compose((matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f), outer)
        subpaths: list[list[tuple[float, float]]] = []
        closed: list[bool] = []
        for k in range(count):
            segment = raw.FPDFPath_GetPathSegment(obj, k)
            if not segment or not raw.FPDFPathSegment_GetPoint(segment, point_x, point_y):
                return
            kind = raw.FPDFPathSegment_GetType(segment)
            point = to_page(m, point_x.value, point_y.value)
            if kind == raw.FPDF_SEGMENT_MOVETO or not subpaths:
                subpaths.append([point])
                closed.append(False)
            elif kind == raw.FPDF_SEGMENT_LINETO:
                subpaths[-1].append(point)
            else:  # a curve: not a rule
                subpaths[-1].append((float("nan"), float("nan")))
            if raw.FPDFPathSegment_GetClose(segment):
                closed[-1] = True
        painted: bool | None = None
        for points, is_closed in zip(subpaths, closed, strict=True):
            if len(points) == 5 and points[-1] == points[0]:
                points, is_closed = points[:-1], True
            if len(points) == 2 and not is_closed:
                (ax, ay), (bx, by) = points
                if abs(ay - by) < 2 and ax == ax and bx == bx:
                    drawn.rules.append((min(ax, bx), max(ax, bx), min(ay, by)))
            elif len(points) == 4 and is_closed and _axis_aligned(points):
                if painted is None:
                    painted = _painted(obj)
                if not painted:
                    continue
                xs = [p[0] for p in points]
                ys = [p[1] for p in points]
                rect_top, rect_bottom = min(ys), max(ys)
                drawn.rules.append((min(xs), max(xs), rect_top))
                if rect_bottom - rect_top >= 2:
                    drawn.rules.append((min(xs), max(xs), rect_bottom))

    def _painted(obj: Any) -> bool:
        """Stroked, or filled with a colour other than white."""
        if not raw.FPDFPath_GetDrawMode(obj, fill_mode, stroke):
            return False
        if stroke.value:
            return True
        if not fill_mode.value:
            return False
        if not raw.FPDFPageObj_GetFillColor(obj, red, green, blue, alpha):
            return True
        return not all(v.value >= 242 for v in (red, green, blue))

    walk(
        raw.FPDFPage_CountObjects(handle),
        lambda k: raw.FPDFPage_GetObject(handle, k),
        IDENTITY,
        0,
    )
    return drawn


def _axis_aligned(points: list[tuple[float, float]]) -> bool:
    for (ax, ay), (bx, by) in zip(points, points[1:] + points[:1], strict=True):
        if not (ax == ax and ay == ay and bx == bx and by == by):
            return False  # a curve segment
        if abs(ax - bx) > 0.5 and abs(ay - by) > 0.5:
            return False
    return True
