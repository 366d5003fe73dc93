"""The document as the typography checks (T1xx) read it: the body blocks and, in each, the
ranges they must not look at.

Masked are addresses (URLs, e-mail), heading labels (「1.」 is H's business, not T101's) and the
text of conversion and web-page debris (T001/T002 report it). :func:`build_text_view` computes
it afresh; the view ``masks`` of :mod:`fazhi_lint.analysis.views` keeps it per document.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..model import Block, Document
from .debris import Finding
from .outline import Outline

_INF = float("inf")
SPACES = " \t\u00a0\u3000"  # the spaces skipped by prev_char / next_char

# an address starts where a run of address characters starts (so that a run of digits is not
# scanned again from each of its characters) and its parts have their standard lengths
_URL_RE = re.compile(
    r"(?:https?://|ftp://|www\.)[!-~]+"
    r"|(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,63}"
)


@dataclass
class TextView:
    """Body blocks with the ranges the typography checks must not look at."""

    blocks: list[Block]
    masks: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    label_end: dict[int, int] = field(default_factory=dict)  # block -> end of heading label
    headings: set[int] = field(default_factory=set)  # blocks that are whole headings
    title: set[int] = field(default_factory=set)  # title blocks

    def masked(self, block: int, start: int, end: int | None = None) -> bool:
        """Does ``[start, end)`` overlap a masked range? (ranges sorted and merged: a search)"""
        end = start + 1 if end is None else end
        ranges = self.masks.get(block, ())
        i = bisect.bisect_right(ranges, (start, _INF))  # the first range starting after start
        if i and ranges[i - 1][1] > start:
            return True
        return i < len(ranges) and ranges[i][0] < end

    def seal(self) -> None:
        """Sort and merge each block's masked ranges (the set of positions they mask is kept)."""
        for block, ranges in self.masks.items():
            merged: list[tuple[int, int]] = []
            for s, e in sorted(ranges):
                if merged and s <= merged[-1][1]:
                    merged[-1] = (merged[-1][0], max(merged[-1][1], e))
                else:
                    merged.append((s, e))
            self.masks[block] = merged


def build_text_view(document: Document, outline: Outline, debris: Iterable[Finding]) -> TextView:
    """The body blocks of ``document`` with addresses, heading labels and debris masked."""
    blocks = [b for b in document.blocks if b.is_body]
    view = TextView(blocks)
    for block in blocks:
        text = block.text
        # every address holds 「://」「www.」 or 「@」: most paragraphs hold none (no search)
        if "@" in text or "://" in text or "www." in text:
            view.masks[block.index] = [m.span() for m in _URL_RE.finditer(text)]
        else:
            view.masks[block.index] = []
    view.title = {b.index for b in outline.title_blocks}
    for heading in outline.all_headings():
        s, e = heading.label_span
        if e > s:
            view.masks.setdefault(heading.index, []).append((s, e))
            view.label_end[heading.index] = e
        if not heading.run_in:
            view.headings.add(heading.index)
    for finding in debris:
        text = finding.block.text
        start = 0 if finding.start is None else finding.start
        end = len(text) if finding.end is None else finding.end
        view.masks.setdefault(finding.block.index, []).extend(finding.marks or [(start, end)])
    view.seal()
    return view


def prev_char(text: str, i: int) -> str:
    """The nearest character before ``i`` that is not a space ("" at the start)."""
    j = i - 1
    while j >= 0 and text[j] in SPACES:
        j -= 1
    return text[j] if j >= 0 else ""


def next_char(text: str, i: int) -> str:
    """The nearest character after ``i`` that is not a space ("" at the end)."""
    j = i + 1
    while j < len(text) and text[j] in SPACES:
        j += 1
    return text[j] if j < len(text) else ""
