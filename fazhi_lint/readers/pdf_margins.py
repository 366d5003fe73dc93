"""The margins and type area (版心) of a PDF, measured from where its body text is printed.

A PDF declares its paper but not its margins: they are read from the body lines that
:func:`.pdf_layout.split_furniture` left on each page (page numbers and running headers and
footers are not the type area). Only portrait pages of the document's paper size count
(a rotated or landscape page — a wide table — has its own layout), and only the lines of the
body's size outside ruled tables (a table may be wider than the text, a footnote smaller).

* **left**: per page, the leftmost start shared by a fair share of its lines
  (:func:`.pdf_layout._left_edge`); **right**: per page, the furthest end reached by several
  lines that end in a letter, digit or ideograph (justified text ends every full line at
  the edge; hanging punctuation is passed over). When odd and even pages swap the two
  (mirrored margins, 订口 on the binding side), the odd pages' values are the margins.
* **top**: the most common top of the first line over the pages after the first (a title
  page or a 版头 starts lower); **bottom**: the lowest last line shared by two or more pages
  that are not the last (a short last page, a page broken before a heading end higher); the
  pages that reach it are the *full pages*. A page that starts (ends) with a table row or a
  line in other type (a heading, a footnote) says nothing of the top (bottom).

A line's glyphs do not fill its line box: the space between lines (line pitch minus glyph
height, the *leading*) lies above and/or below them depending on the program (LibreOffice
centres the text in a grid line, Word sets it low, Typst puts the cap height on the margin).
So the top and bottom margins are *ranges*: the top margin is between the first glyph's top
minus the leading and that top, the bottom margin between the page's height minus the last
glyph's bottom and one line pitch less (the leading and the part of a line that did not fit).
The point estimate assumes the leading is split evenly. A ragged right edge (few lines reach
the same end) makes the right margin a range of one character.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from .pdf_layout import PAGE_NUMBER, Line, _left_edge, body_size

MIN_LINES = 5  # a page with fewer body lines says little about its margins
SAME = 1.5  # points: two measures this close are the same place


@dataclass
class TypeArea:
    """Margins in points: ``margins`` the estimates, ``ranges`` (low, high) what the glyphs
    allow; ``full_pages`` how many pages reach the bottom of the type area."""

    margins: dict[str, float] = field(default_factory=dict)
    ranges: dict[str, tuple[float, float]] = field(default_factory=dict)
    full_pages: int = 0
    top_pages: int = 0  # pages whose first line gave the top
    side_pages: int = 0  # pages whose lines gave the left and right margins
    mirrored: bool = False
    pitch: float = 0.0


@dataclass
class _PageLines:
    number: int
    width: float
    height: float
    lines: list[Line]
    starts_with_body: bool = True  # the page's first printed line is a body line (not a table
    ends_with_body: bool = True  # row, a heading in larger type, a footnote); the same at the end


def measure(pages: Sequence[tuple[int, float, float, Sequence[Line]]]) -> TypeArea | None:
    """The type area of ``pages`` — ``(page number, width, height, body lines)`` in points,
    top-down coordinates — or None when no page has enough text to measure."""
    portrait = [(n, w, h, list(lines)) for n, w, h, lines in pages if lines and h >= w]
    if not portrait:
        return None
    size = body_size(line for *_, lines in portrait for line in lines)
    paper = (round(portrait[0][1]), round(portrait[0][2]))
    usable: list[_PageLines] = []
    for number, width, height, lines in portrait:
        if abs(width - paper[0]) > 3 or abs(height - paper[1]) > 3:
            continue  # a page of another size
        printed = sorted(
            (line for line in lines if not PAGE_NUMBER.match(line.text.strip())),
            key=lambda x: x.top,
        )
        body = [line for line in printed if line.table is None and abs(line.size - size) < 1.5]
        if body:
            usable.append(
                _PageLines(
                    number,
                    width,
                    height,
                    body,
                    starts_with_body=printed[0] is body[0],
                    ends_with_body=printed[-1] is body[-1],
                )
            )
    if not usable:
        return None
    area = TypeArea(pitch=_pitch(usable, size))
    glyph = statistics.median(line.bottom - line.top for page in usable for line in page.lines)
    leading = max(0.0, area.pitch - glyph) if area.pitch else 0.0
    _sides(usable, area)
    _top(usable, area, leading)
    _bottom(usable, area, leading)
    return area if area.margins else None


def _pitch(pages: list[_PageLines], size: float) -> float:
    """The most common distance between consecutive body lines (0: unknown)."""
    steps: Counter[float] = Counter()
    for page in pages:
        for a, b in zip(page.lines, page.lines[1:], strict=False):
            step = b.top - a.top
            if size <= step <= 2.5 * size:
                steps[round(step * 2) / 2] += 1
    if not steps:
        return 0.0
    return steps.most_common(1)[0][0]


def _sides(pages: list[_PageLines], area: TypeArea) -> None:
    measured: list[tuple[int, float, float, bool]] = []  # page, left, right, ragged
    for page in pages:
        if len(page.lines) < MIN_LINES:
            continue
        edge = _left_edge(page.lines, default=min(line.x0 for line in page.lines))
        left = _median(line.x0 for line in page.lines if abs(line.x0 - edge) <= SAME)
        ends = sorted(
            line.x1
            for line in page.lines
            if line.x0 <= left + 0.6 * line.em and line.text and line.text.rstrip()[-1:].isalnum()
        )
        right = None
        ragged = False
        for end in reversed(ends):  # the furthest end shared by two or more lines
            if sum(1 for e in ends if abs(e - end) <= SAME) >= 2:
                right = end
                ragged = sum(1 for e in ends if abs(e - end) <= SAME) * 4 < len(ends)
                break
        if right is not None:
            measured.append((page.number, left, page.width - right, ragged))
    if not measured:
        return
    odd = [m for m in measured if m[0] % 2 == 1]
    even = [m for m in measured if m[0] % 2 == 0]
    chosen = measured
    if odd and even:
        # mirrored margins: the left edge moves between odd and even pages and the right
        # edge moves the other way
        shift_left = _median(m[1] for m in odd) - _median(m[1] for m in even)
        shift_right = _median(m[2] for m in odd) - _median(m[2] for m in even)
        if (
            abs(shift_left) > 2 * SAME
            and abs(shift_right) > 2 * SAME
            and shift_left * shift_right < 0
        ):
            area.mirrored = True
            chosen = odd
    area.side_pages = len(chosen)
    left = _median(m[1] for m in chosen)
    right = _median(m[2] for m in chosen)
    em = body_size(line for page in pages for line in page.lines) or 0.0
    area.margins["left"] = left
    area.ranges["left"] = (left, left)
    area.margins["right"] = right
    ragged = sum(1 for m in chosen if m[3]) * 2 > len(chosen)
    area.ranges["right"] = (right - em, right) if ragged else (right, right)


def _top(pages: list[_PageLines], area: TypeArea, leading: float) -> None:
    later = pages[1:] if len(pages) > 1 else pages  # the first page: a title, a 版头
    tops = [page.lines[0].top for page in later if len(page.lines) >= 2 and page.starts_with_body]
    if not tops:
        return
    counts: Counter[float] = Counter(round(top) for top in tops)
    best = max(counts.values())
    mode = min(v for v, n in counts.items() if n == best)
    shared = [t for t in tops if abs(t - mode) <= SAME]
    top = min(shared)
    area.top_pages = len(shared)
    area.margins["top"] = top - leading / 2
    area.ranges["top"] = (top - leading, top)


def _bottom(pages: list[_PageLines], area: TypeArea, leading: float) -> None:
    candidates = [
        (page, page.lines[-1].bottom)
        for page in pages[:-1]
        if len(page.lines) >= MIN_LINES and page.ends_with_body
    ]
    if not candidates:
        return
    lowest = None
    for _page, bottom in sorted(candidates, key=lambda c: -c[1]):
        if sum(1 for _p, b in candidates if abs(b - bottom) <= SAME) >= 2:
            lowest = bottom
            break
    if lowest is None:
        lowest = max(b for _p, b in candidates)
    area.full_pages = sum(1 for _p, b in candidates if abs(b - lowest) <= SAME)
    height = pages[0].height
    bottom = height - lowest
    area.margins["bottom"] = bottom - leading / 2
    area.ranges["bottom"] = (bottom - (area.pitch or leading), bottom)


def _median(values: Iterable[float]) -> float:
    return float(statistics.median(list(values)))
