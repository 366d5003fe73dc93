"""What each block of a laid-out document is for the layout checks (F1xx): the title, the
headings by level and the body paragraphs.

The body leaves out the title, the headings, the signature and the date of writing (the view
``ending``), short lines (captions, signature lines) and an addressee before the first
heading (主送机关, flush left by GB/T 9704 §7.3.2). :func:`find_roles` computes it afresh; the
view ``roles`` of :mod:`fazhi_lint.analysis.views` keeps it per document.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from ..model import Block, BlockKind, Document
from .ending import Ending
from .outline import Outline

MIN_BODY_CHARS = 15  # shorter paragraphs (signature lines, captions) are not body text


@dataclass(frozen=True)
class BlockRoles:
    """The title blocks, the heading blocks by level (run-in headings left out) and the body
    paragraphs."""

    title: list[Block]
    headings: dict[int, list[Block]]
    body: list[Block]


def find_roles(document: Document, outline: Outline, end: Ending) -> BlockRoles:
    """The roles of ``document``'s blocks, from its outline and its ending."""
    title = list(outline.title_blocks)
    skip = {b.index for b in title}
    headings: dict[int, list[Block]] = defaultdict(list)
    for h in outline.headings:
        skip.add(h.block.index)
        if not h.run_in:
            headings[h.level].append(h.block)
    for block in (end.signature, end.date.block if end.date else None):
        if block is not None:
            skip.add(block.index)
    first_heading = min((h.block.index for h in outline.headings), default=len(document.blocks))
    body = [
        b
        for b in document.blocks
        if b.kind == BlockKind.PARAGRAPH
        and b.index not in skip
        and len(b.text.strip()) >= MIN_BODY_CHARS
        and not (b.index < first_heading and is_addressee(b.text))
    ]
    return BlockRoles(title, dict(headings), body)


def is_addressee(text: str) -> bool:
    """主送机关 («各区人民政府，市各委、办、局：»): flush left by GB/T 9704 §7.3.2, not body."""
    text = text.strip()
    return text.endswith(("：", ":")) and "。" not in text
