"""One member above the whole of its class (N101, a warning): 「区级各部门全年共开展普法宣传
活动426场次」 … 「区人力资源和社会保障局…开展普法宣传活动438场次」.

A whole is a figure whose clause counts over every member of a class of bodies (各 and a
class noun of numbers.toml ``members.classes``: 各部门, 各乡镇, 各街道…) with a total word
(共, 合计…). A member is a later figure of the same unit whose clause names one body of that
class as its subject (:func:`.common.named_body`: 区人社局 ends with 局, a department; 城关镇
with 镇, a township) and counts the same thing (:func:`.common.same_thing`, and the two
counted nouns share a word of two characters). What one member did cannot be more than what
all the members did together. The member may count more widely than its words say (its own
activities beyond the class's account), so the finding is a warning. A member's figure over
another period (累计, 以来, 上年…: numbers.toml ``containment.elsewhere``) or a comparison
base is never read. Read with the paragraph before (:mod:`.pickup`), the whole may stand in
the earlier paragraph.

Linear: each figure is tried as a whole once, against at most :data:`REACH` figures after it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...model import Severity
from ..quantities import BlockQuantities, Lexicon, Quantity
from .change import is_comparison_base
from .common import (
    Relation,
    Verdict,
    common_suffix,
    counted_thing,
    describe,
    span_of,
)

REACH = 40  # figures after a whole tried as its members


@lru_cache(maxsize=4)
def _whole_re(lex: Lexicon) -> re.Pattern[str]:
    """「区级各部门全年共开展…」「全县各乡镇共调解…」「全市各级行政机关全年共办理…」: 各, a
    class noun, time words, and a total word, in the figure's clause."""
    classes = lex.data.get("members", {}).get("classes", {})
    nouns = sorted(classes, key=lambda w: (-len(w), w))
    alternation = "|".join(re.escape(n) for n in nouns) or "(?!)"
    return re.compile(
        rf"各(?:级|类)?[\u4e00-\u9fff]{{0,4}}?(?P<cls>{alternation})"
        r"(?:全年|年内|今年|本年度?)?(?:共计|合计|总计|累计|共)"
    )


@lru_cache(maxsize=64)
def _member_re(lex: Lexicon, cls: str) -> re.Pattern[str]:
    """A clause opening with the name of one member of the class: a short name ending with
    a word of its class (区人力资源和社会保障局, 城关镇 of 城关镇人民调解委员会)."""
    ends = lex.data.get("members", {}).get("classes", {}).get(cls, ())
    alternation = "|".join(re.escape(e) for e in sorted(ends, key=lambda w: (-len(w), w)))
    return re.compile(
        rf"(?:[0-9]{{4}}年度?|全年|年内|同时|此外|另外|其中)?(?P<body>(?![各全])[\u4e00-\u9fff]{{1,14}}?(?:{alternation}))"
    )


_CLAUSE_MARKS_RE = re.compile("[，,；;：:]")


def _member(lex: Lexicon, bq: BlockQuantities, cls: str, q: Quantity) -> str:
    """The member of the class a figure's sentence names as the subject of the figure's
    clause or of a clause before it in the sentence (the last such opening), or ""."""
    start, _ = bq.sentence_span(q.sentence)
    text = bq.text
    member_re = _member_re(lex, cls)
    found = ""
    at = start
    while at < q.num_start:
        m = member_re.match(text, at)
        if (
            m is not None
            and m.end("body") <= q.num_start
            and "各" not in m.group("body")
            # a name opens with no verb (「全年办理政府信息公开申请」 names no body)
            and not m.group("body").startswith(tuple(lex.verb_family))
        ):
            found = m.group("body")
        nxt = _CLAUSE_MARKS_RE.search(text, at, q.num_start)
        if nxt is None:
            break
        at = nxt.end()
    return found


def _within(thing: str, other: str) -> bool:
    """Does ``other`` count the same thing as ``thing`` or a kind of it: one inside the
    other, or the same head of four characters at least (普法宣传活动)?"""
    if not thing or not other:
        return False
    return other in thing or thing in other or len(common_suffix(thing, other)) >= 4


# the level of the whole's area (区级各部门, 全县各乡镇, 市直各单位) and of a member's name
_WHOLE_LEVEL_RE = re.compile(r"(?:全)?(?P<level>[省市区县])(?:级|直|本级)?$")
_LEVELS = "省市区县"


def _other_level(before: str, body: str) -> bool:
    """Does the member's name open with another level than the whole's area (市司法局 after
    区级各部门: a city bureau is no district department)?"""
    m = _WHOLE_LEVEL_RE.search(before.rstrip(" 　，,"))
    return m is not None and body[:1] in _LEVELS and body[:1] != m.group("level")


def _elsewhere(lex: Lexicon, q: Quantity) -> bool:
    words = lex.data.get("containment", {}).get("elsewhere", ())
    return any(w in q.pre for w in words)


def member_relations(bq: BlockQuantities, lex: Lexicon) -> list[Relation]:
    if "各" not in bq.text:
        return []
    whole_re = _whole_re(lex)
    qs = [q for q in bq.quantities if q.kind in ("count", "money") and not q.quoted]
    out: list[Relation] = []
    for i, whole in enumerate(qs):
        if whole.depth or whole.change or "各" not in whole.pre:
            continue
        m = whole_re.search(whole.pre)
        if m is None or is_comparison_base(whole, bq):
            continue
        thing = counted_thing(whole)
        for q in qs[i + 1 : i + 1 + REACH]:
            if q.depth or q.change or q.unit != whole.unit or q.low <= whole.high:
                continue
            body = _member(lex, bq, m.group("cls"), q)
            if not body or _other_level(whole.pre[: m.start()], body):
                continue
            if (
                not _within(thing, counted_thing(q))
                or _elsewhere(lex, q)
                or is_comparison_base(q, bq)
            ):
                continue
            noun = describe(whole)
            named = f"{whole.text}（{noun}）" if noun else whole.text
            out.append(
                Relation(
                    "partition",
                    Verdict.CONTRADICTION,
                    whole.block,
                    (whole.num_start, whole.end),
                    (span_of(whole), span_of(q)),
                    code="N101",
                    severity=Severity.WARNING,
                    message=(
                        f"{body}一家的{q.text}大于{m.group(0).rstrip('共计合总累')}"
                        f"合计的{named}（单个成员的数字不应超过全部成员的合计）"
                    ),
                    suggestion="核对单个部门（乡镇、街道）的数字与全部成员的合计",
                    data={"origin": "member", "total": str(whole.value), "parts": [str(q.value)]},
                )
            )
            break  # one member above the whole says it
    return out
