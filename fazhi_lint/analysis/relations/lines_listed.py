"""Items printed one a line after the paragraph that counts them (N203, read by
:mod:`.announced`).

「云浮市共有7个村（社区）进入…复核保留名单」 and then one short line per village: a paragraph
that announces a count and ends without a stop (or with a colon) heads a list of short lines.
An item line is a name: no clause mark (，。；：！？), no figure, no ordinal label, at most
``NAME`` characters. The run of item lines that follows is the list; it is closed when a line
that is no item (a sentence, a 来源： line) or the end of the document ends it, open when the
reading stopped at ``MAX_LINES``. The lines must name things of the counted kind: most of them
end with a character of the counted noun or of its bracket (村, 社区 of 「村（社区）」), so the
header cells of a table or the signature lines after a title are no list of it. The link across line breaks is a reading, so the caller
reports a warning at most. Linear: each following line is looked at once, up to the first
that is no item.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

NAME = 30  # characters of one item line (longer: a sentence, not a name)
MAX_LINES = 60  # item lines read
_NOT_NAME_RE = re.compile(r"[，,。；;：:！？!?0-9０-９]")
# a line opening with an ordinal label is an enumeration, read by the ordinal readings
_LABEL_RE = re.compile(
    r"^(?:[（(][一二三四五六七八九十0-9]+[）)]|[一二三四五六七八九十]+、|[0-9]+[.．、])"
)


_BRACKET_RE = re.compile(r"^[（(]([^（）()]{1,12})[）)]")


def noun_ends(text: str, noun_start: int, noun_end: int) -> frozenset[str]:
    """The characters a name of the counted kind may end with: those of the counted noun and
    of a short bracket right after it (「村（社区）」: 村, 社, 区)."""
    chars = set(text[noun_start:noun_end])
    bracket = _BRACKET_RE.match(text, noun_end)
    if bracket is not None:
        chars.update(bracket.group(1))
    return frozenset(c for c in chars if "\u4e00" <= c <= "\u9fff")


def line_items(following: Iterable[str], ends: frozenset[str]) -> tuple[list[str], bool] | None:
    """The item lines right after a heading line and whether a line that is no item (or the
    end) closes them; None for fewer than two or when most do not end with one of ``ends``."""
    items: list[str] = []
    closed = True
    for raw in following:
        line = raw.strip(" 　\t")
        if not line:
            continue
        if len(items) == MAX_LINES:
            closed = False
            break
        if len(line) > NAME or _NOT_NAME_RE.search(line) or _LABEL_RE.match(line):
            break
        items.append(line)
    if len(items) < 2 or 2 * sum(i[-1] in ends for i in items) <= len(items):
        return None
    return items, closed
