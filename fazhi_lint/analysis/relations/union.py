"""A whole that is a union of kinds, counted again kind by kind (issue 9, session 7).

「全镇31个村（社区）全部建立法律顾问制度。」 … 「全镇24个行政村和8个社区全部完成…」: a count of
an area (全镇, 全区, 本街道) whose noun joins two kinds — in brackets (村（社区）, 镇（街道）) or
by 和/、/及 — is the sum of the counts of those kinds the same area lists later (in its
sentence, or in a later paragraph under the same heading): 24 + 8 = 32 is not 31.

Each listed count names its kind (行政村 is of 村, 社区 of 社区), right after its measure word or
right before its number, and the list covers every kind of the whole: a list of one kind
(「其中12个村」), of another area (全区 after 全镇), or a set drawn from (「8个社区中」) says
nothing. The link is the area and the kinds' names: a warning.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from ...model import Document, Severity
from ..quantities import BlockQuantities, Lexicon, Quantity
from .common import Relation, Verdict, bounds, rate_check, span_of

_HAN = r"[\u4e00-\u9fff]"
# the area a count is of: 全镇, 本街道, 该县, 全区
_AREA_RE = re.compile(r"(?:全|本|该)(?:区|市|县|镇|乡|街道|旗)")
# the kinds joined after the measure word: 村（社区）, 村和社区, 镇、街道
_KINDS_AFTER_RE = re.compile(
    rf"(?P<a>{_HAN}{{1,4}}?)(?:[（(](?P<b>{_HAN}{{1,4}})[）)]"
    rf"|(?:和|、|及|与)(?P<c>[^\W\d零〇一二两三四五六七八九十百千万个]{{1,3}}?)"
    r"(?=[^\u4e00-\u9fff]|全部|均|都|已|实现|中|的))"
)
# ... or before the number: 村（社区）31个
_KINDS_BEFORE_RE = re.compile(
    rf"(?P<a>{_HAN}{{1,4}})[（(](?P<b>{_HAN}{{1,4}})[）)](?:共有|共|有|总数|数量)?$"
)
_JOIN_RE = re.compile(r"^(?:和|、|及|以及|与)$")
MAX_WHOLES = 6  # unions remembered under a heading
AREA_REACH = 14  # characters before a number read for its area


def _area(text: str, pos: int) -> str:
    """The area named in the clause before ``pos`` (within a few characters): 镇 of 全镇."""
    window = text[max(0, pos - AREA_REACH) : pos]
    found = _AREA_RE.findall(window)
    if not found:
        return ""  # most figures name none: the clause is not cut then
    cut = max(window.rfind(ch) for ch in "，,；;。：:、和及")
    found = _AREA_RE.findall(window[cut + 1 :])
    return found[-1][1:] if found else ""


def _whole(text: str, q: Quantity) -> tuple[str, str] | None:
    """The two kinds a count of an area joins (村, 社区), if it does."""
    if q.kind != "count" or q.quoted or q.change or q.pre.startswith("其中"):
        return None
    m = _KINDS_AFTER_RE.match(text, q.end)
    if m is not None:
        return m["a"], m["b"] or m["c"]
    m = _KINDS_BEFORE_RE.search(text, max(0, q.num_start - 12), q.num_start)
    if m is not None:
        return _LEAD_RE.split(m["a"])[-1] or m["a"], m["b"]
    return None


_KIND_AFTER_RE = re.compile(rf"{_HAN}{{1,4}}")
_JOIN_SPLIT_RE = re.compile("和|、|及|与")


def _kind_after(text: str, q: Quantity) -> str:
    """The kind a count names after its measure word, up to a join (「行政村和」: 行政村)."""
    m = _KIND_AFTER_RE.match(text[q.end : q.end + 4])
    return _JOIN_SPLIT_RE.split(m.group(0))[0] if m else ""


def _which(word: str, kinds: tuple[str, str]) -> int:
    hits = [i for i, k in enumerate(kinds) if k in word]
    return hits[0] if len(hits) == 1 else -1


def _named(word: str, kinds: tuple[str, str]) -> str:
    """The words of a listed count through its kind (「社区全部」: 社区; 「行政村」)."""
    k = _which(word, kinds)
    return word[: word.index(kinds[k]) + len(kinds[k])] if k >= 0 else word


def union_relations(
    document: Document,
    extracted: Sequence[BlockQuantities],
    lex: Lexicon,
    found: Sequence[Relation],
) -> list[Relation]:
    """Counts of the kinds of a union, listed under the same area, against the union."""
    from .pickup import heading_figures

    told = {
        (s.block, s.start, s.end)
        for r in found
        if r.verdict is Verdict.CONTRADICTION
        for s in r.involved
    }
    out: list[Relation] = []
    wholes: list[tuple[Quantity, str, tuple[str, str]]] = []
    for bq in heading_figures(document, extracted):
        if bq is None:
            wholes = []
            continue
        text = bq.text
        if "（" not in text and "(" not in text and "和" not in text and "、" not in text:
            continue
        qs = [q for q in bq.quantities if q.kind == "count" and not q.quoted and q.depth == 0]
        i = 0
        while i < len(qs):
            q = qs[i]
            area = _area(text, q.num_start)
            kinds = _whole(text, q) if area else None
            if kinds is not None:
                wholes = [*wholes, (q, area, kinds)][-MAX_WHOLES:]
                i += 1
                continue
            listed = _listed(text, qs, i) if wholes else []
            if listed:
                # the area the list names, or every one of them (「…8个社区全部完成」)
                end = listed[-1].end
                scope = area or ("all" if _ALL_RE.search(text, end, end + 6) else "")
                for w, w_area, w_kinds in reversed(wholes) if scope else ():
                    if (w_area != scope and scope != "all") or w.unit != q.unit:
                        continue
                    rel = _judge(text, w, w_kinds, listed)
                    if rel is not None and not _told(told, rel):
                        out.append(rel)
                    break
                i += len(listed)
                continue
            i += 1
    return out


# 「…8个社区全部完成」「…均已建成」: every unit of the kinds listed (within the few
# characters after the last count)
_ALL_RE = re.compile(r"(?:全部|均|都|悉数)")


def _told(told: set[tuple[int, int, int]], rel: Relation) -> bool:
    """Does another rule report a contradiction on the same figures?"""
    return all((s.block, s.start, s.end) in told for s in rel.involved)


def _listed(text: str, qs: Sequence[Quantity], at: int) -> list[Quantity]:
    """The counts listed from ``qs[at]`` on, joined by 和/、/及, each naming its kind after
    its measure word (「24个行政村和8个社区」) or before its number (「行政村24个、社区8个」)."""
    first = qs[at]
    if first.pre.startswith("其中"):
        return []
    out = [first]
    for j in range(at + 1, len(qs)):  # not qs[at + 1:]: a copy per figure was quadratic
        q = qs[j]
        prev = out[-1]
        gap = text[prev.end : q.num_start]
        after = _kind_after(text, prev)
        m = _GAP_RE.fullmatch(gap[len(after) :])
        if q.unit != first.unit or m is None or not (after or m["before"]):
            break
        out.append(q)
    if len(out) < 2:
        return []
    return out


# between two listed counts: a join, then the next one's kind before its number (「、社区」)
_GAP_RE = re.compile(rf"(?:和|、|及|以及|与)(?P<before>{_HAN}{{0,4}})")


def _shown(text: str, q: Quantity, kinds: tuple[str, str]) -> str:
    after = _kind_after(text, q)
    if _which(after, kinds) >= 0:
        return f"{q.text}{_named(after, kinds)}"
    return f"{_kind_of(text, q, kinds)}{q.text}"


def _kind_of(text: str, q: Quantity, kinds: tuple[str, str]) -> str:
    """The words naming a listed count's kind: after its measure word, else before it."""
    after = _kind_after(text, q)
    if _which(after, kinds) >= 0:
        return _named(after, kinds)
    before = re.search(rf"{_HAN}{{1,8}}$", text[max(0, q.num_start - 8) : q.num_start])
    word = _LEAD_RE.split(before.group(0))[-1][-4:] if before else ""
    return word if _which(word, kinds) >= 0 else ""


# what stands before a kind named before its number: the area, 共有/辖, a join
_LEAD_RE = re.compile(r"(?:全|本|该)(?:区|市|县|镇|乡|街道|旗)|共有|现有|有|辖|和|、|及|与")


def _judge(
    text: str, whole: Quantity, kinds: tuple[str, str], listed: Sequence[Quantity]
) -> Relation | None:
    seen = set()
    for q in listed:
        k = _which(_kind_of(text, q, kinds), kinds)
        if k < 0:
            return None
        seen.add(k)
    if seen != {0, 1}:
        return None
    last = listed[-1]
    named = _kind_after(text, last)
    after = last.end + (len(_named(named, kinds)) if _which(named, kinds) >= 0 else 0)
    if text[after : after + 1] in ("中", "里"):
        return None  # 「8个社区中」「社区8个中」: a set drawn from
    low = sum((bounds(q)[0] for q in listed), Decimal(0))
    high = sum((bounds(q)[1] for q in listed), Decimal(0))
    if bounds(whole)[0] <= high and low <= bounds(whole)[1]:
        return None
    items = "＋".join(_shown(text, q, kinds) for q in listed)
    total = sum((q.value for q in listed), Decimal(0))
    code = "N101" if low > bounds(whole)[1] else "N102"
    a, b = kinds
    return Relation(
        "partition",
        Verdict.CONTRADICTION,
        listed[0].block,
        (listed[0].num_start, listed[-1].end),
        tuple(span_of(q) for q in (whole, *listed)),
        code=code,
        severity=Severity.WARNING,
        message=f"{items}＝{total:f}{whole.unit_text}，与前文{a}（{b}）总数{whole.text}不符"
        f"（{a}与{b}之和应等于总数）",
        suggestion="核对总数与各类数量",
    )


def union_rate_relations(
    document: Document,
    extracted: Sequence[BlockQuantities],
    lex: Lexicon,
    found: Sequence[Relation],
) -> list[Relation]:
    """「街道共有社区九个、行政村五个。」 … 「已有十一个村（社区）建成法治文化阵地，覆盖率84.6%」:
    a rate right after a count whose noun joins two kinds is over the counts of those kinds
    listed before it (in its paragraph or an earlier one under the same heading): 11 ÷
    (9 + 5) = 78.6%. Only a rate no other rule judged (a reading the kinds imply: a warning)."""
    from .pickup import heading_figures
    from .rates import rate_word

    judged = {(r.block, r.span) for r in found if r.kind in ("rate", "rate-cap")}
    out: list[Relation] = []
    inventories: list[list[Quantity]] = []
    for bq in heading_figures(document, extracted):
        if bq is None:
            inventories = []
            continue
        text = bq.text
        qs = [q for q in bq.quantities if q.kind == "count" and not q.quoted and q.depth == 0]
        lists: list[list[Quantity]] = []
        i = 0
        while i < len(qs):
            listed = _listed(text, qs, i)
            if listed:
                lists.append(listed)
                i += len(listed)
            else:
                i += 1
        starts = [p.num_start for p in qs]
        for q in bq.quantities:
            if q.kind != "percent" or (bq.block, (q.num_start, q.end)) in judged:
                continue
            word = rate_word(q)
            at = bisect.bisect_left(starts, q.num_start)
            if not word or at == 0:
                continue
            n = qs[at - 1]
            if n.end > q.num_start or n.sentence != q.sentence:
                continue
            m = _KINDS_AFTER_RE.match(text, n.end)
            if (
                m is None
                or n.pre.startswith("其中")
                or _CLAUSE_END_RE.search(text, n.end, q.num_start)
            ):
                continue
            kinds = (m["a"], m["b"] or m["c"])
            earlier = [lst for lst in lists[-MAX_WHOLES:] if lst[-1].end <= n.num_start]
            base = next(
                (
                    lst
                    for lst in reversed([*inventories, *earlier])
                    if lst[0].unit == n.unit and _covers(lst, kinds, bq, extracted)
                ),
                None,
            )
            if base is None:
                continue
            low = sum((bounds(p)[0] for p in base), Decimal(0))
            high = sum((bounds(p)[1] for p in base), Decimal(0))
            total = sum((p.value for p in base), Decimal(0))
            whole = replace(
                n, value=total, low=low, high=high, number="＋".join(p.number for p in base)
            )
            ok, shown = rate_check(n, whole, q)
            if ok or n.high > high:
                continue
            a, b = kinds
            out.append(
                Relation(
                    "rate",
                    Verdict.CONTRADICTION,
                    q.block,
                    (q.num_start, q.end),
                    (span_of(q), span_of(n), *(span_of(p) for p in base)),
                    code="N104",
                    severity=Severity.WARNING,
                    message=f"{word}{q.text}与其分子分母不符：{n.number}÷（{whole.number}）＝"
                    f"{shown}%（{a}（{b}）之数为前文所列{a}与{b}之和）",
                    suggestion="核对比率的分子和分母",
                )
            )
        inventories = [*inventories, *lists][-MAX_WHOLES:]
    return out


# a statement's end between a count and a rate: no rate of that count
_CLAUSE_END_RE = re.compile("[。；;！？!?]")


def _covers(
    listed: Sequence[Quantity],
    kinds: tuple[str, str],
    bq: BlockQuantities,
    extracted: Sequence[BlockQuantities],
) -> bool:
    """Does a list name each of the two kinds, every count one of them?"""
    owner = next((b for b in extracted if b.block == listed[0].block), bq)
    seen = set()
    for q in listed:
        k = _which(_kind_of(owner.text, q, kinds), kinds)
        if k < 0:
            return False
        seen.add(k)
    return seen == {0, 1}
