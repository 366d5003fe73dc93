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

Session 34 (announced2): a pointer (这, 以上, 上述 N) opening its clause right after a clause or
sentence whose subject is a 顿号 list (「市委依法治市办、…、政府法律顾问办公室均设在市司法局。
这五大平台…」「济南、临沂、…、济宁受理…分别为3595件、…，以上七市收案数…」) counts that list:
the names from the clause's start, the last running on into the predicate; silent when the
clause holds 等, a quote or title, or a second 顿号 list without figures (its objects), and when
the paragraph counted N things before (the pointer may resume that count). Only more counted
than named contradicts; a warning.

Cheap: the paragraph must hold 这, 以上 or 上述; each candidate reads one clause back.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...model import Severity, Span
from ..cn_numbers import count_or_none
from ..quantities import BlockQuantities
from .common import Relation, Verdict, shown_items

_POINT_RE = re.compile(
    r"(?P<this>这|以上|上述)(?P<num>[2-9]|[1-9][0-9]|[两二三四五六七八九十]{1,3})"
    r"(?P<meas>个|家|所|大|名|位)?"
    r"(?P<noun>[\u4e00-\u9fff]{1,3})"
)
# what ends the counted noun (「这6市分别有」: 市)
_NOUN_END_RE = re.compile("[的分均都各在是为有共总中全已将]")
# a time after 这 (这两年, 这三天): no count of names
_TIME_HEADS = "年天月日周季届次轮期批"
_CLAUSE_MARKS = "，,；;：:。！？!?\n"
NAME = 12  # characters of one name in the list
MIN_NAMES = 3  # pieces that make a list
_NOT_NAME_RE = re.compile(r"[0-9０-９（()）“”「」《》等的]")
# the words that lead a clause to its list (「其中」「分别为」「依次是」): cut from the first name
_LEAD_RE = re.compile(r"^.*(?:其中|分别为|分别是|依次为|依次是|包括|为|是|有)")
_AND_RE = re.compile(r"[和及与]")
NAME_LONG = 16  # characters of one name of a list that opens its clause (an office's name)
_OPEN_OR_NAMED_RE = re.compile(r"等|[“”「」《》]")
_DIGIT_RE = re.compile(r"[0-9０-９]")
# the first word of a predicate after the last name of a subject list (shown names only)
_PREDICATE_RE = re.compile(r"(?<=..)(?:均|都|各|分别|共|已|将|对|把|被)")
_COUNT_RE = re.compile(
    r"(?<![0-9０-９.．])([2-9]|[1-9][0-9]|[两二三四五六七八九十]{1,3})"
    r"(?=[个家所大名位类项条种件市])"
)


_UNIT = {"": "个", "大": "个"}  # (「这五大平台」「这6市」: said to be 5个, 6个)


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


# what may stand before a pointer that opens its clause: a comma, or the stop of the sentence
# before (「…均设在市司法局。这五大平台」)
_POINTED_AFTER = "，,。；;"


def _subject_names(clause: str) -> list[str] | None:
    """「市委依法治市办、…、政府法律顾问办公室均设在市司法局」「济南、临沂、…、济宁受理…分别为
    3595件、…」: the 顿号 names a clause opens with, the last one running on into the clause's
    predicate (only its first ``NAME`` characters kept); three names at least. None when the
    clause holds 等 (an open list), a quote or a title (names the pointer may count instead),
    or a second run of 顿号 pieces without figures (「A、B、C制定了X、Y、Z、W」: another list)."""
    if "、" not in clause or _OPEN_OR_NAMED_RE.search(clause):
        return None
    pieces = clause.split("、")
    lead = _LEAD_RE.match(pieces[0])
    if lead is not None and lead.end() < len(pieces[0]):
        return None  # (a lead, 「其中」「分别为」: the list is no subject; read by :func:`_names`)
    # the last name: the first piece with a figure or too long for a name, else the last piece
    k = 0
    while k < len(pieces) - 1 and len(pieces[k]) <= NAME_LONG and not _DIGIT_RE.search(pieces[k]):
        k += 1
    if k < MIN_NAMES - 1 or any(not p or _NOT_NAME_RE.search(p) for p in pieces[:k]):
        return None
    head = _NOT_NAME_RE.split(pieces[k], 1)[0]
    if len(head) < 2 or any(not _DIGIT_RE.search(p) for p in pieces[k + 1 :]):
        return None  # (no name before the predicate; a second list after the first)
    if not _PREDICATE_RE.search(head):
        # (「区里设立了A、B、C。」: the list ends its clause with no predicate of its own — the
        # object of a verb before it, not a subject the next clause points back at)
        return None
    # (shown up to its predicate's first word: 「济宁受理…」「…办公室均设在」)
    name = _PREDICATE_RE.split(head, 1)[0] if len(head) > 2 else head
    return [*pieces[:k], (name if len(name) >= 2 else head)[:NAME]]


def _counted_before(text: str, end: int, n: int) -> bool:
    """Whether the paragraph before ``end`` holds a count of ``n`` (「全市建成5个平台。…。这五大
    平台」: the pointer may resume that count, not the list right before it)."""
    return any(count_or_none(c.group(1)) == n for c in _COUNT_RE.finditer(text, 0, end))


def _counts(names: Sequence[str]) -> frozenset[int]:
    # (a 和 in the last piece may join two names: 「…、宜昌和黄冈这5市」)
    extra = 1 if _AND_RE.search(names[-1][1:-1]) else 0
    return frozenset({len(names), len(names) + extra})


def pointed_list_relations(bq: BlockQuantities, taken: Sequence[tuple[int, int]]) -> list[Relation]:
    """N203 for 这N right after the 顿号 list it counts (see the module's docstring); counts
    already judged (``taken``: spans of contradictions found) are left alone."""
    text = bq.text
    if "这" not in text and "以上" not in text and "上述" not in text:
        return []
    out: list[Relation] = []
    for m in _POINT_RE.finditer(text):
        n = count_or_none(m.group("num"))
        if n is None or n < 2:
            continue
        at = m.start()
        if any(s < m.end() and at < e for s, e in taken):
            continue
        start = max(text.rfind(c, 0, at) for c in _CLAUSE_MARKS) + 1
        apposition = at > start
        subject = False
        if apposition:
            if m.group("this") != "这":
                continue  # (「10人以上」: 以上 after a figure is no pointer)
            clause = text[start:at]
            names = _names(clause)
        else:
            # (the comma, then 这N: the list ends the clause before)
            if start < 1 or text[start - 1] not in _POINTED_AFTER:
                continue
            before = max(text.rfind(c, 0, start - 1) for c in _CLAUSE_MARKS) + 1
            clause = text[before : start - 1]
            names = _names(clause) if text[start - 1] in "，," else None
            if names is None:
                # 「A、B、C、D均设在市司法局。这五大平台…」: the list the clause before opens with
                names = _subject_names(clause)
                subject = names is not None and not _counted_before(text, before, n)
        if names is None:
            continue
        noun = m.group("noun")
        cut = _NOUN_END_RE.search(noun)
        noun = noun[: cut.start()] if cut is not None else noun
        if not noun or noun[0] in _TIME_HEADS:
            continue
        # the names are of the counted noun: each ends with a character of it (市/省 of 省市),
        # or, in apposition, the noun stands right after the numeral as its measure (这6市)
        if (
            not subject
            and not all(name[-1] in noun for name in names)
            and ((apposition and m.group("meas")) or not apposition)
        ):
            continue  # (names of another kind: the count may be of something they hold)
        ends = [k for k, ch in enumerate(noun) if any(name.endswith(ch) for name in names)]
        if ends:
            noun = noun[: ends[-1] + 1]  # (「这6个省市客源」: the noun up to 市)
        elif subject and not m.group("meas"):
            noun = noun[:1]  # (「以上七市收案数」: the noun stands as the measure)
        counts = _counts(names)
        if n in counts or (not apposition and n < min(counts)):
            continue
        span = (m.start("num"), m.start("noun") + len(noun))
        listed = "或".join(str(c) for c in sorted(counts))
        where = (
            "紧接其前列出"
            if apposition
            else (
                ("前一句开头列出" if text[start - 1] in "。；;" else "前一分句开头列出")
                if subject
                else "前一分句列出"
            )
        )
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
                message=f"「{said}」说有{n}{_UNIT.get(m.group('meas') or '', m.group('meas'))}，{where}的却是{listed}项："
                f"{shown_items(names)}",
                suggestion="核对“这N”的数量与其所指的列表是否一致",
                data={"announced": n, "listed": min(counts)},
            )
        )
    return out
