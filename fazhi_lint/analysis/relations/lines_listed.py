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
reports a warning at most — unless every line of at least ``SHAPED`` ends with the same
character of the counted noun (村 … 村 after 「8个村」) and the count differs by one: then they
are clearly its whole list and the count a slip, an error (session 32 round 2; three lines
after 「9个村」 may be a few of them and stay a warning).

Session 32 round 2: the count may also close its sentence with a stop or a colon (「此次…公示
名单中，共18家单位入选，其中…这5市分别有2家单位入选。」 then 「湖北省武汉市江岸区」 one a line;
the class of real24 QU066 with a stop, real58 KV059), read by ``announced._lines_after_stop``
with :func:`shaped_lines`: a stop lets an ordinary paragraph, headings or a signature follow,
so the lines must be clearly one list — at least ``SHAPED``, closed, none ending with 等, and
either most end with a character of the counted noun or all share their first two or their
last character after a total (共/共有); no figure of the sentence may equal their number (a
count of a part), and a sentence with 部分/例如/典型/主要 or ending with 如： gives examples.
Measured (found | at error | FE | warnings on consistent, before → after): real24 5/6 | 0 →
1 (QU066 at error) | 0 | 0; real58 announced 3/6 → 4/6 (KV059, a warning) | 0 | 0 | 1;
every other set of real19–60 and blind1–44 unchanged. Left: a rank over lines, 「排在前九位的
有：」 then 第一是…第十是 (real57 KT036; ties make a rank list longer than its count, a trap
in the read sets), and lines of no common shape after a count of another noun.
Linear: each following line is looked at once, up to the first that is no item.
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


def _run(following: Iterable[str]) -> tuple[list[str], bool]:
    """The item lines right after a heading line and whether a line that is no item (or the
    end) closes them."""
    items: list[str] = []
    for raw in following:
        line = raw.strip(" 　\t")
        if not line:
            continue
        if len(items) == MAX_LINES:
            return items, False
        if len(line) > NAME or _NOT_NAME_RE.search(line) or _LABEL_RE.match(line):
            break
        items.append(line)
    return items, True


def line_items(following: Iterable[str], ends: frozenset[str]) -> tuple[list[str], bool] | None:
    """The item lines right after a heading line and whether a line that is no item (or the
    end) closes them; None for fewer than two or when most do not end with one of ``ends``."""
    items, closed = _run(following)
    if len(items) < 2 or not name_their_kind(items, ends):
        return None
    return items, closed


SHAPED = 3  # item lines of a list after a sentence closed by a stop (fewer: headings, a signature)


def shaped_lines(following: Iterable[str]) -> tuple[list[str], bool] | None:
    """The item lines after a sentence closed by a stop or a colon, when they may be one
    list: at least ``SHAPED`` name lines (as :func:`line_items` reads them), closed by a line
    that is no item or the end, none closed by 等 (examples); and whether they are of one
    shape — all share their first two characters (湖北省…) or their last (…区)."""
    items, closed = _run(following)
    if not closed or len(items) < SHAPED or any(i.endswith("等") for i in items):
        return None
    same = len({i[:2] for i in items}) == 1 or len({i[-1] for i in items}) == 1
    return items, same


def name_their_kind(items: list[str], ends: frozenset[str]) -> bool:
    """Do most item lines end with a character of the counted noun (``ends``)?"""
    return 2 * sum(i[-1] in ends for i in items) > len(items)


def complete_list(items: list[str], ends: frozenset[str], said: int) -> bool:
    """Are the item lines clearly the whole list of the count ``said``: at least ``SHAPED``,
    every one ending with the same character, one of the counted noun's (村 … 村 after
    「8个村」), and one more or one fewer than said (a slip; three lines after 「9个村」 may be
    a few of them)?"""
    return (
        len(items) >= SHAPED
        and abs(len(items) - said) == 1
        and len({i[-1] for i in items}) == 1
        and items[0][-1] in ends
    )
