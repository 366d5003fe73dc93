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
import sys
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
    # vertical rules (x, top, bottom): the borders between the cells of a ruled table
    columns: list[tuple[float, float, float]] = field(default_factory=list)
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


def bind(function: Any, restype: Any, *argtypes: Any, gil: bool = False) -> Any:
    """A pdfium function called with plain integers (handles and pointers as addresses): the
    generated bindings convert every argument on every call, which costs more than the call.
    ``gil``: keep the GIL during the call (for short calls made once per character)."""
    address = ctypes.cast(function, ctypes.c_void_p).value
    if not address:
        raise ImportError(f"pdfium has no {function!r}")
    if sys.platform == "win32" and ctypes.sizeof(ctypes.c_void_p) == 4:
        factory = ctypes.WINFUNCTYPE  # type: ignore[attr-defined]  # FPDF_CALLCONV: __stdcall
    else:
        factory = ctypes.PYFUNCTYPE if gil else ctypes.CFUNCTYPE
    return factory(restype, *argtypes)(address)


class _Api:
    """The page-object functions the walk calls, bound once (see :func:`bind`)."""

    def __init__(self) -> None:
        import pypdfium2.raw as raw

        p, i = ctypes.c_void_p, ctypes.c_int
        # the calls made once per page object, through cffi where it is installed (a third
        # of ctypes' cost per call), handles as integers either way
        self.count_objects = _fast(raw.FPDFPage_CountObjects, "int(__stdcall *)(uintptr_t)")
        if self.count_objects is None:
            self.count_objects = bind(raw.FPDFPage_CountObjects, i, p)
        self.get_object = _fast(raw.FPDFPage_GetObject, "uintptr_t(__stdcall *)(uintptr_t, int)")
        if self.get_object is None:
            self.get_object = bind(raw.FPDFPage_GetObject, p, p, i)
        self.get_type = _fast(raw.FPDFPageObj_GetType, "int(__stdcall *)(uintptr_t)")
        if self.get_type is None:
            self.get_type = bind(raw.FPDFPageObj_GetType, i, p)
        self.get_matrix = bind(raw.FPDFPageObj_GetMatrix, i, p, p)
        self.form_count = bind(raw.FPDFFormObj_CountObjects, i, p)
        self.form_object = bind(raw.FPDFFormObj_GetObject, p, p, ctypes.c_ulong)
        self.get_bounds = bind(raw.FPDFPageObj_GetBounds, i, p, p, p, p, p)
        self.font_size = bind(raw.FPDFTextObj_GetFontSize, i, p, p)
        self.count_segments = bind(raw.FPDFPath_CountSegments, i, p)
        self.get_segment = bind(raw.FPDFPath_GetPathSegment, p, p, i)
        self.segment_point = bind(raw.FPDFPathSegment_GetPoint, i, p, p, p)
        self.segment_type = bind(raw.FPDFPathSegment_GetType, i, p)
        self.segment_close = bind(raw.FPDFPathSegment_GetClose, i, p)
        self.draw_mode = bind(raw.FPDFPath_GetDrawMode, i, p, p, p)
        self.fill_color = bind(raw.FPDFPageObj_GetFillColor, i, p, p, p, p, p)
        self.FORM = raw.FPDF_PAGEOBJ_FORM
        self.PATH = raw.FPDF_PAGEOBJ_PATH
        self.TEXT = raw.FPDF_PAGEOBJ_TEXT
        self.MOVETO = raw.FPDF_SEGMENT_MOVETO
        self.LINETO = raw.FPDF_SEGMENT_LINETO


_FFI: list[Any] = []


def ffi() -> Any:
    """cffi's FFI for casts and buffers, made once.

    ``_cffi_backend.FFI`` (the compiled core of cffi) parses the simple C types used here in
    C; ``cffi.FFI`` would import pycparser to parse them (≈30 ms at start-up, a tenth of
    checking a short PDF). Raises ImportError without cffi."""
    if not _FFI:
        try:
            from _cffi_backend import FFI

            made = FFI()
        except Exception:  # an old cffi without the out-of-line FFI: the parsing one
            import cffi

            made = cffi.FFI()
        _FFI.append(made)
    return _FFI[0]


def _fast(function: Any, signature: str) -> Any:
    """``function`` as a cffi function pointer of ``signature`` (None without cffi)."""
    try:
        made = ffi()
    except ImportError:
        return None
    address = ctypes.cast(function, ctypes.c_void_p).value
    if not address:
        return None
    try:
        return made.cast(signature, address)
    except Exception:
        return None


_API: list[_Api] = []


def _api() -> _Api:
    if not _API:
        _API.append(_Api())
    return _API[0]


def page_objects(page: Any, text_objects: set[int] | None) -> Drawn:
    """Walk ``page``'s objects. ``text_objects``: addresses of the text objects the text page
    read characters from (None: do not look for spaces and overprints)."""
    import pypdfium2.raw as raw

    api = _api()
    left, _bottom, _right, top = page.get_mediabox()
    drawn = Drawn()
    state = {"segments": 0}
    matrix = raw.FS_MATRIX()
    matrix_at = ctypes.addressof(matrix)
    x0, y0, x1, y1 = (ctypes.c_float() for _ in range(4))
    bounds_at = [ctypes.addressof(v) for v in (x0, y0, x1, y1)]
    handle = ctypes.cast(page.raw, ctypes.c_void_p).value
    look_for_text = text_objects is not None
    known = text_objects or set()

    def to_page(m: Matrix, x: float, y: float) -> tuple[float, float]:
        px, py = _apply(m, x, y)
        return px - left, top - py

    def walk(objects: list[int], outer: Matrix, depth: int) -> None:
        get_type = api.get_type
        for obj in objects:
            if not obj or obj in known:
                continue  # (a text object the text page read characters from: nothing to do)
            kind = get_type(obj)
            if kind == api.TEXT:
                if look_for_text and obj not in known:
                    _text(obj, outer)
            elif kind == api.PATH:
                _path(obj, outer)
            elif kind == api.FORM:
                if depth >= 8 or not api.get_matrix(obj, matrix_at):
                    continue
                inner = (matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f)
                children = [api.form_object(obj, k) for k in range(api.form_count(obj))]
                walk(children, _compose(inner, outer), depth + 1)

    def _text(obj: int, outer: Matrix) -> None:
        if not api.get_bounds(obj, *bounds_at):
            return
        corners = [to_page(outer, x, y) for x in (x0.value, x1.value) for y in (y0.value, y1.value)]
        xs = [p[0] for p in corners]
        ys = [p[1] for p in corners]
        if max(xs) - min(xs) < 0.01:  # no width: spaces only
            if not api.get_matrix(obj, matrix_at):
                return
        else:
            drawn.overprints.append((min(xs), max(xs), min(ys), max(ys)))
            return
        size = ctypes.c_float()
        if not api.font_size(obj, ctypes.addressof(size)):
            return
        m = _compose((matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f), outer)
        scale = abs(m[0] * m[3] - m[1] * m[2]) ** 0.5
        if abs(m[1]) > 0.05 * abs(m[0]) or m[0] <= 0:
            return  # not running left to right
        x, y = to_page(m, 0.0, 0.0)
        drawn.spaces.append((x, y, float(size.value) * (scale or 1.0)))

    point_x, point_y = ctypes.c_float(), ctypes.c_float()
    point_at = (ctypes.addressof(point_x), ctypes.addressof(point_y))
    fill_mode, stroke = ctypes.c_int(), ctypes.c_int()
    mode_at = (ctypes.addressof(fill_mode), ctypes.addressof(stroke))
    red, green, blue, alpha = (ctypes.c_uint() for _ in range(4))
    color_at = [ctypes.addressof(v) for v in (red, green, blue, alpha)]

    def _path(obj: int, outer: Matrix) -> None:
        count = api.count_segments(obj)
        if count <= 0 or state["segments"] + count > MAX_SEGMENTS:
            return
        state["segments"] += count
        if not api.get_matrix(obj, matrix_at):
            return
        m = _compose((matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f), outer)
        subpaths: list[list[tuple[float, float]]] = []
        closed: list[bool] = []
        for k in range(count):
            segment = api.get_segment(obj, k)
            if not segment or not api.segment_point(segment, *point_at):
                return
            kind = api.segment_type(segment)
            point = to_page(m, point_x.value, point_y.value)
            if kind == api.MOVETO or not subpaths:
                subpaths.append([point])
                closed.append(False)
            elif kind == api.LINETO:
                subpaths[-1].append(point)
            else:  # a curve: not a rule
                subpaths[-1].append((float("nan"), float("nan")))
            if api.segment_close(segment):
                closed[-1] = True
        painted: bool | None = None
        for points, is_closed in zip(subpaths, closed, strict=True):
            if len(points) == 5 and points[-1] == points[0]:
                points, is_closed = points[:-1], True
            if len(points) == 2 and not is_closed:
                (ax, ay), (bx, by) = points
                if abs(ay - by) < 2 and ax == ax and bx == bx:
                    drawn.rules.append((min(ax, bx), max(ax, bx), min(ay, by)))
                elif abs(ax - bx) < 2 and abs(ay - by) >= 2:
                    drawn.columns.append(((ax + bx) / 2, min(ay, by), max(ay, by)))
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
                    drawn.columns.append((min(xs), rect_top, rect_bottom))
                    if max(xs) - min(xs) >= 2:
                        drawn.columns.append((max(xs), rect_top, rect_bottom))

    def _painted(obj: int) -> bool:
        """Stroked, or filled with a colour other than white."""
        if not api.draw_mode(obj, *mode_at):
            return False
        if stroke.value:
            return True
        if not fill_mode.value:
            return False
        if not api.fill_color(obj, *color_at):
            return True
        return not all(v.value >= 242 for v in (red, green, blue))

    walk([api.get_object(handle, k) for k in range(api.count_objects(handle))], IDENTITY, 0)
    return drawn


def _axis_aligned(points: list[tuple[float, float]]) -> bool:
    for (ax, ay), (bx, by) in zip(points, points[1:] + points[:1], strict=True):
        if not (ax == ax and ay == ay and bx == bx and by == by):
            return False  # a curve segment
        if abs(ax - bx) > 0.5 and abs(ay - by) > 0.5:
            return False
    return True
