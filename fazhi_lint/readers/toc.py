"""A printed table of contents is not body text, in any format.

The .docx reader already keeps Word's TOC fields apart; a PDF, a text copy or a typed
contents page has no such marker. Its entries look exactly like headings, so left in the
body they read as a second, repeated outline (「第四部分」 followed by 「第一部分」). The rule
is format-neutral: a 「目录」 line near the start, then short entries, up to the block that
repeats the first entry — where the body begins. Without that repeat nothing is moved.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Block, Document

_LABEL = re.compile(r"^(目\s*录|目\s*次|contents)$", re.IGNORECASE)
# dot leaders and the page number at the end of an entry, and all spaces; the leader is
# taken from where its run begins, so a long run of blanks is not retried from each blank
_LEADER = re.compile(r"(?<![.．·…\-—_\s])[.．·…\-—_\s]*\d{1,4}\s*$")
_SPACE = re.compile(r"\s+")
SEARCH_BLOCKS = 60  # the contents page comes before this many blocks
MAX_ENTRY_CHARS = 80
MIN_ENTRIES = 2


def _key(text: str) -> str:
    return _SPACE.sub("", _LEADER.sub("", text))


def _is_entry(text: str) -> bool:
    return len(text) <= MAX_ENTRY_CHARS and "。" not in text


def split_toc(document: Document) -> Document:
    """Move a printed table of contents from ``blocks`` to ``furniture`` (part ``toc``)."""
    if any(b.location.part == "toc" for b in document.furniture):
        return document  # the reader already knew its contents (Word TOC field)
    blocks = document.blocks
    start = next(
        (i for i, b in enumerate(blocks[:SEARCH_BLOCKS]) if _LABEL.match(b.text.strip())), None
    )
    if start is None:
        return document
    seen: set[str] = set()
    first = None
    end = None
    for j in range(start + 1, len(blocks)):
        key = _key(blocks[j].text)
        if not key:
            continue
        if key in seen:
            end = j
            break
        if not _is_entry(blocks[j].text):
            return document
        first = first or key
        seen.add(key)
    # The body starts where the first entry comes back; any other repeat is not a contents page.
    if end is None or len(seen) < MIN_ENTRIES or _key(blocks[end].text) != first:
        return document
    toc = blocks[start:end]
    body = blocks[:start] + blocks[end:]
    offset = len(document.furniture)
    document.furniture.extend(_renumber(b, offset + k, part="toc") for k, b in enumerate(toc))
    document.blocks = [_renumber(b, k) for k, b in enumerate(body)]
    document.meta["toc_entries"] = len(toc) - 1
    _shift_meta(document, start, end)
    return document


def _shift_meta(document: Document, start: int, end: int) -> None:
    """Keep block indices that readers put in ``meta`` (HTML article bounds) pointing right."""

    def moved(index: int) -> int:
        if index < start:
            return index
        return max(start, index - (end - start))

    article = document.meta.get("article_blocks")
    if isinstance(article, (list, tuple)) and len(article) == 2:
        document.meta["article_blocks"] = (moved(int(article[0])), moved(int(article[1])))
    title = document.meta.get("article_title_block")
    if isinstance(title, int):
        document.meta["article_title_block"] = moved(title)


def _renumber(block: Block, index: int, part: str | None = None) -> Block:
    location = replace(block.location, block=index, part=part or block.location.part)
    return replace(block, index=index, location=location)
