"""A list summed up after a comma by its count (N203, read by :mod:`.announced`).

「本报告包括概述，主动公开…情况，…，工作存在的主要问题及改进措施，共五个部分」 and
「本年度报告包括A、B、…、F，共七部分内容组成」: a word that opens the list of a whole's parts
(包括, 包含, 涵盖, 分为, 分别为, 由) and, after a comma, a summing word (共, 共计, 合计, 总计) right
before the count. The 共 sums all that the lead opened, so the list runs back over the comma to
the lead. Its items are the comma pieces when the list has commas (a 顿号 then joins words of
one piece: 「因…投诉举报、行政复议、提起行政诉讼的情况」), else its 顿号 pieces. The list is
closed by the sum; a last piece ending with 等 leaves it open. Not read: pieces holding a figure
(the parts of a sum, the partition rule's), a piece longer than a part's name, and a lead not in
the count's sentence. Linear: one backward scan of the sentence before the comma.
"""

from __future__ import annotations

import re

from ...grammar import SENTENCE_ENDS

SUMMING_ONLY = re.compile(r"\s*(?:共计|合计|总计|共)\s*")
_LEAD_RE = re.compile(r"(?:包括|包含|涵盖|分为|分别为|分别是|由)[：:]?")
_FIGURE_RE = re.compile(r"[0-9０-９]")
PIECE = 30  # characters of one part's name (longer: a clause, not an item)
REACH = 400  # characters of the sentence before the comma read for the lead


def top_split(segment: str, seps: str) -> list[str]:
    """``segment`` split at ``seps`` outside brackets and quotes."""
    pieces: list[str] = []
    depth = 0
    begin = 0
    for i, ch in enumerate(segment):
        if ch in "（(“「《":
            depth += 1
        elif ch in "）)”」》" and depth:
            depth -= 1
        elif ch in seps and not depth:
            pieces.append(segment[begin:i])
            begin = i + 1
    pieces.append(segment[begin:])
    return [p.strip() for p in pieces]


def summed_list(text: str, comma: int) -> tuple[list[str], bool, bool] | None:
    """The items of the list a sum after the comma at ``comma`` adds up, whether it was split
    at commas (else at 顿号), and whether it is open (its last piece ends with 等); None when
    no lead opens a list in the sentence before the comma."""
    floor = max(0, comma - REACH)
    start = max(text.rfind(c, floor, comma) for c in (*SENTENCE_ENDS, "；", ";", "\n")) + 1
    start = max(start, floor)
    lead = None
    for m in _LEAD_RE.finditer(text, start, comma):
        lead = m
    if lead is None:
        return None
    segment = text[lead.end() : comma]
    if not segment or _FIGURE_RE.search(segment):
        return None
    by_comma = len(top_split(segment, "，,")) >= 2
    items = top_split(segment, "，," if by_comma else "、")
    if len(items) < 2 or any(not i or len(i) > PIECE for i in items):
        return None
    open_ = items[-1].endswith("等")
    if open_:
        items[-1] = items[-1][:-1]
    return items, by_comma, open_
