"""A 这N count right after the 顿号 list it points at (N203, read by :mod:`.announced`).

「其中武汉、襄阳、荆州、宜昌、黄冈这6市分别有2家单位入选」「齐齐哈尔市、鸡西市、…、绥化市这10个
地级市分布在省内各处」: the names, then 这 and their count, in one clause — the count says how
many were just named (apposition), so more or fewer names than it says contradict. 「客源地排名前5的
分别为上海市、…、重庆市，这6个省市客源总量…」: the list ends the clause before, the comma then 这N —
the count points back at the whole list when every name ends with a character of the counted
noun (市/省 of 省市); then only fewer names than it says contradict (「这两项」 may point at the
last two of four). The measure may be left out before the noun (这6市).

The list: the 顿号 pieces of the clause before 这 (the first piece from the clause's start, a lead
such as 其中 or 分别为 cut), each a short name without a figure, a bracket, a quote or 等; three
pieces at least. A 和/及/与 inside the last piece may join two names (one more). Always a
warning: which names the count points at is read from where the list stands.

Cheap: the paragraph must hold 这 followed by a numeral; each candidate reads one clause back.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...model import Severity, Span
from ..cn_numbers import NumeralError, cn_to_int
from ..quantities import BlockQuantities
from .common import Relation, Verdict, shown_items

_POINT_RE = re.compile(
    r"这(?P<num>[2-9]|[1-9][0-9]|[两二三四五六七八九十]{1,3})(?P<meas>个|家|所|大|名|位)?"
    r"(?P<noun>[\u4e00-\u9fff]{1,3})"
)
# what ends the counted noun (「这6市分别有」: 市)
_NOUN_END_RE = re.compile("[的分均都各在是为有共总中]")
# a time after 这 (这两年, 这三天): no count of names
_TIME_HEADS = "年天月日周季届次轮期批"
_CLAUSE_MARKS = "，,；;：:。！？!?\n"
NAME = 12  # characters of one name in the list
MIN_NAMES = 3  # pieces that make a list
_NOT_NAME_RE = re.compile(r"[0-9０-９（()）“”「」《》等的]")
# the words that lead a clause to its list (「其中」「分别为」「依次是」): cut from the first name
_LEAD_RE = re.compile(r"^.*(?:其中|分别为|分别是|依次为|依次是|包括|为|是|有)")
_AND_RE = re.compile(r"[和及与]")


def _numeral(raw: str) -> int | None:
    if raw.isdigit():
        return int(raw)
    try:
        return cn_to_int(raw)
    except NumeralError:
        return None


def _names(clause: str) -> list[str] | None:
    """The 顿号 names of a clause (its lead cut from the first), or None when it is no list."""
    if "、" not in clause:
        return None
    pieces = clause.split("、")
    lead = _LEAD_RE.match(pieces[0])
    if lead is not None and lead.end() < len(pieces[0]):
        pieces[0] = pieces[0][lead.end() :]
    if len(pieces) < MIN_NAMES or any(
        not p or len(p) > NAME or _NOT_NAME_RE.search(p) for p in pieces
    ):
        return None
    return pieces


def _counts(names: Sequence[str]) -> frozenset[int]:
    # (a 和 in the last piece may join two names: 「…、宜昌和黄冈这5市」)
    extra = 1 if _AND_RE.search(names[-1][1:-1]) else 0
    return frozenset({len(names), len(names) + extra})


def pointed_list_relations(bq: BlockQuantities, taken: Sequence[tuple[int, int]]) -> list[Relation]:
    """N203 for 这N right after the 顿号 list it counts (see the module's docstring); counts
    already judged (``taken``: spans of contradictions found) are left alone."""
    text = bq.text
    if "这" not in text:
        return []
    out: list[Relation] = []
    for m in _POINT_RE.finditer(text):
        n = _numeral(m.group("num"))
        if n is None or n < 2:
            continue
        at = m.start()
        if any(s < m.end() and at < e for s, e in taken):
            continue
        start = max(text.rfind(c, 0, at) for c in _CLAUSE_MARKS) + 1
        apposition = at > start
        if apposition:
            clause = text[start:at]
        else:
            # (the comma, then 这N: the list ends the clause before)
            if start < 1 or text[start - 1] not in "，,":
                continue
            before = max(text.rfind(c, 0, start - 1) for c in _CLAUSE_MARKS) + 1
            clause = text[before : start - 1]
        names = _names(clause)
        if names is None:
            continue
        noun = m.group("noun")
        cut = _NOUN_END_RE.search(noun)
        noun = noun[: cut.start()] if cut is not None else noun
        if not noun or noun[0] in _TIME_HEADS:
            continue
        # the names are of the counted noun: each ends with a character of it (市/省 of 省市),
        # or, in apposition, the noun stands right after the numeral as its measure (这6市)
        if not all(name[-1] in noun for name in names) and (
            (apposition and m.group("meas")) or not apposition
        ):
            continue  # (names of another kind: the count may be of something they hold)
        ends = [k for k, ch in enumerate(noun) if any(name.endswith(ch) for name in names)]
        if ends:
            noun = noun[: ends[-1] + 1]  # (「这6个省市客源」: the noun up to 市)
        counts = _counts(names)
        if n in counts or (not apposition and n < min(counts)):
            continue
        span = (m.start("num"), m.start("noun") + len(noun))
        listed = "或".join(str(c) for c in sorted(counts))
        where = "紧接其前列出" if apposition else "前一分句列出"
        said = text[at : span[1]]
        out.append(
            Relation(
                "announced",
                Verdict.CONTRADICTION,
                bq.block,
                span,
                (Span(bq.block, *span),),
                code="N203",
                severity=Severity.WARNING,
                message=f"「{said}」说有{n}{m.group('meas') or '个'}，{where}的却是{listed}项："
                f"{shown_items(names)}",
                suggestion="核对“这N”的数量与其所指的列表是否一致",
                data={"announced": n, "listed": min(counts)},
            )
        )
    return out
