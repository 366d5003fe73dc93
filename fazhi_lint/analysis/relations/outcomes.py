"""The outcomes told after an intake together exceed it (issue 9, session 21).

「派单601件，按时结案597件，超时办理14件」「收到申请4件…其中3件已书面回复，2件结转2023年度继续
办理」「共接举报件11件，其中未受理0件、受理中0件、已办结8件、不受理5件」: the figures that follow
an intake figure and each tell one outcome of it — concluded, answered, concluded in time or
late, still under way, not accepted, carried on into the next year — are parts of it, so their
sum cannot exceed it. The class of each figure is read from the stage words of
numbers.toml ``funnel`` (the same morphemes :mod:`.funnel` reads): an intake or accepted word
opens a chain; an outcome word, a stage word denied (未受理, 不受理, 未办结) or under way
(受理中, 正在办理), a carry into a later period (结转2023年度) or a timing qualifier
(``rates.opposite-qualifiers``: 按时 / 超时) is a part. Each class counts once: one concluded
figure at most (办结 and 化解 may count the same cases), timed parts only with each other (按时
+ 超时 split the concluded), never a class twice. The chain ends at a figure of another unit,
a new intake, a class told again, a word of another scope (funnel.other-scope but 其中 before
the first part and a carry forward) or a statement's end (the next statement is read on only
when it opens with 其中 and no part was told yet). A carry-in (上年结转, 旧存…) or a closure
before acceptance in the sentence leaves it alone, as in :mod:`.funnel`. Explicit chains
(consecutive clauses of one statement, no other figure between) are errors; chains read
across other figures or a statement's end are warnings. One pass over a block's figures.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

from ...model import Severity
from ..quantities import BlockQuantities, Lexicon, Quantity
from .common import (
    Relation,
    Verdict,
    bounds,
    last_mark,
    nouns_compatible,
    other_qualifiers,
    show,
    span_of,
)
from .flow import speaks_of_carry_over
from .funnel import closed_before, nearest_stage_word, opens_a_funnel, stage_ranks

_CLAUSE_END = "，,；;。！？!?：:、"
_STATEMENT_END_RE = re.compile("[。！？!?]")
_CLAUSE_END_RE = re.compile(f"[{_CLAUSE_END}]")
_LIST_NEXT_RE = re.compile(r"\s*其中")  # (matched in place: a slice to the end was quadratic)
# a period named right before a carry (2021年结转…2件, 上年度未结): cases carried in
_CARRIED_IN_RE = re.compile("年度?(?:结转|未结|转入)")
_DIGIT_RE = re.compile("[0-9０-９]")


@lru_cache(maxsize=4)
def _words(lex: Lexicon) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The funnel's negators, the timing qualifiers (按时/超时…) and the stage words longest
    first (a key's word is its longest stage-word ending)."""
    timings = tuple(sorted({w for pair in lex.data["rates"]["opposite-qualifiers"] for w in pair}))
    longest_first = tuple(sorted(stage_ranks(lex), key=len, reverse=True))
    return tuple(lex.data["funnel"]["negators"]), timings, longest_first


@lru_cache(maxsize=4)
def _carry_in(lex: Lexicon) -> tuple[str, ...]:
    """Carry-in words other than the bare 结转 (which also carries forward)."""
    return tuple(w for w in lex.data["clauses"]["carry-in"] if w != "结转")


@lru_cache(maxsize=4)
def _denials(negators: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted((*negators, "不予", "尚未"), key=len, reverse=True))


def _class_of(lex: Lexicon, words: str) -> tuple[str, str] | None:
    """The role of a clause's words: ("head", word) for an intake or accepted word, ("done",
    word) for an outcome word, ("open", key) for a stage denied / under way / carried
    forward, ("timed", qualifier) for a timing qualifier; None when no stage is told. The
    stage word nearest the end of ``words`` decides."""
    negators, timings, _ = _words(lex)
    best = nearest_stage_word(lex, words)  # end, length, rank, word
    carry = words.rfind("结转")
    if (
        carry >= 0
        and not any(c in words for c in _carry_in(lex))
        and not _CARRIED_IN_RE.search(words)
    ) and (best is None or carry >= best[0]):
        return "open", "结转"
    timing = next((t for t in timings if t in words), "")
    if best is None:
        return ("timed", timing) if timing else None
    end, length, rank, w = best
    before = words[: end - length]
    for n in _denials(negators):
        if before.endswith(n):
            return "open", n + w
    if words[end : end + 1] == "中" or before.endswith(("正在", "正")):
        return "open", w + "中"
    if timing and rank == 2:
        return "timed", timing
    if rank == 2:
        return "done", w
    return "head", w


@dataclass
class _Chain:
    """An intake figure and the outcome parts told after it, while the chain is read."""

    head: Quantity
    word: str
    parts: list[Quantity] = field(default_factory=list)
    keys: set[tuple[str, str]] = field(default_factory=set)
    rank: int = 0  # the intake's stage: 0 received, 1 accepted
    listed: bool = False  # a 其中 opened the parts
    explicit: bool = True
    crossed: bool = False  # read on into a statement that opens with 其中


def _fits(chain: _Chain, role: tuple[str, str]) -> bool:
    """May a part of ``role`` join the chain: each class once, one concluded figure, timed
    parts only among themselves?"""
    kinds = {k for k, _ in chain.keys}
    if role in chain.keys:
        return False
    if role[0] == "done":
        return not kinds & {"done", "timed"}
    if role[0] == "timed":
        return "done" not in kinds
    return True


def _outcome_of(lex: Lexicon, chain: _Chain, role: tuple[str, str]) -> bool:
    """Is an open part (未受理, 受理中, 未结, 结转) surely of the chain's intake? A denial of
    the intake's own stage or an earlier one (受理64件，不予受理17件) is a sibling of it, not
    one of its outcomes; cases still open (未结30件, 正在办理8件) may be the year-end stock,
    older cases among them, unless a 其中 told them as parts of the intake (「共接举报件11件，
    其中未受理0件、受理中0件…」)."""
    rank = stage_ranks(lex)
    key = role[1]
    if key == "结转":
        return True
    stages = _words(lex)[2]
    word = next((w for w in stages if key.endswith(w) or key.removesuffix("中").endswith(w)), "")
    if not key.endswith("中") and rank.get(word, 2) <= chain.rank and chain.rank > 0:
        return False
    if rank.get(word, 2) == 2 or key.endswith("中"):
        return chain.listed
    return True


def _own_words(lead: str, role: tuple[str, str]) -> str:
    """The words a part's clause tells after its class word (办结 → 民事案件): a thing of
    its own that must be the intake's; after a carry, the period it goes to (结转下一年度)."""
    if role == ("open", "结转"):
        return ""
    word = role[1].removesuffix("中")
    at = lead.rfind(word)
    return lead[at + len(word) :].lstrip("中").strip(" 　的") if at >= 0 else ""


@lru_cache(maxsize=4)
def _new_intake_words(lex: Lexicon) -> tuple[str, ...]:
    """numbers.toml ``clauses.new-intake`` (新收, 本年受理): this year's new intake alone."""
    return tuple(lex.data["clauses"].get("new-intake", ()))


def outcome_relations(
    bq: BlockQuantities, lex: Lexicon, judged: Collection[object] = ()
) -> list[Relation]:
    """The findings of a block: outcome parts of one intake whose sum exceeds it. ``judged``
    holds the spans of figures other rules already reported."""
    if not opens_a_funnel(lex, bq.text):
        return []  # no intake or accepted word: no chain opens
    text = bq.text
    other = tuple(w for w in lex.data["funnel"]["other-scope"] if w not in ("其中", "结转"))
    pre_acceptance = tuple(lex.data["clauses"]["pre-acceptance"])
    out: list[Relation] = []
    chain: _Chain | None = None

    def close() -> None:
        nonlocal chain
        c, chain = chain, None
        if c is None or len(c.parts) < 2:
            return
        low = sum((bounds(p)[0] for p in c.parts), Decimal(0))
        if low <= bounds(c.head)[1]:
            return
        start = last_mark(text, "。！？!?", 0, c.head.num_start) + 1
        told = text[start : c.parts[-1].end]
        # (a closure before acceptance told before the intake: 「诉前调解化解20件，受理100件…」;
        # one among the outcomes, 不予受理9件, is an outcome of the intake)
        if (
            any(w in told for w in _carry_in(lex))
            or closed_before(lex, text[start : c.head.num_start], pre_acceptance)
            or _CARRIED_IN_RE.search(told)
            # (a carry-in told anywhere before in the paragraph: 「旧存3件。今年新收27件…」)
            or speaks_of_carry_over(lex, text[: c.parts[-1].end])
            # (an intake named this year's new one, 「新收案件878247件，其中刑事案件…；审结
            # 899420件，…未结案件184194件」: the concluded and the open are of the year's whole
            # stock, older cases among them — unless a 其中 right after it told them as its
            # parts, no other figure between)
            or (
                any(w in c.head.pre for w in _new_intake_words(lex))
                and (
                    not c.listed
                    or _DIGIT_RE.search(text, c.head.end, c.parts[0].num_start) is not None
                )
            )
        ):
            return
        if (c.head.num_start, c.head.end) in judged or any(
            (p.num_start, p.end) in judged for p in c.parts
        ):
            return
        total = sum((p.value for p in c.parts), Decimal(0))
        listed = "＋".join(p.text for p in c.parts)
        out.append(
            Relation(
                "flow",
                Verdict.CONTRADICTION,
                c.head.block,
                (c.parts[-1].num_start, c.parts[-1].end),
                (span_of(c.parts[-1]), *(span_of(p) for p in c.parts[:-1]), span_of(c.head)),
                code="N107",
                severity=Severity.ERROR if c.explicit and not c.crossed else Severity.WARNING,
                message=f"{c.word}{c.head.text}之后所列各项去向合计{show(total, c.head)}"
                f"（{listed}），多于{c.head.text}（各项去向之和不应多于收到或受理的数量，"
                "文中未说明上年结转或其他来源）",
                suggestion="核对收到或受理的数量与各项办理结果；如含上年结转或其他来源，请在文中说明",
            )
        )

    last_end = prev_end = 0
    for q in bq.quantities:
        if q.kind != "count" or q.quoted or q.change:
            prev_end = max(prev_end, q.end)
            continue
        gap = text[last_end : q.num_start]
        lead_at = max(last_mark(text, _CLAUSE_END, 0, q.num_start) + 1, prev_end)
        lead = text[lead_at : q.num_start]
        m = _CLAUSE_END_RE.search(text, q.end)
        tail = text[q.end : m.start() if m else len(text)]
        role = _class_of(lex, lead)
        if role is None and lead.strip(" 　").removeprefix("其中").strip("，,、 ") in ("", "已"):
            role = _class_of(lex, tail)  # the figure first: 「3件已书面回复」
        if chain is not None:
            ended = _STATEMENT_END_RE.search(gap)
            if ended and (chain.parts or not _LIST_NEXT_RE.match(text, last_end + ended.end())):
                close()
            elif ended:
                chain.crossed = True
        if chain is not None and (
            q.unit != chain.head.unit
            or q.depth != chain.head.depth
            or any(w in lead for w in other)
            or (chain.parts and "其中" in lead)
        ):
            close()
        if role is not None and role[0] == "head":
            close()
            if not any(w in lead for w in other):
                chain = _Chain(q, role[1], rank=stage_ranks(lex)[role[1]])
                if "共" in lead[lead.rfind(role[1]) + len(role[1]) :]:
                    # 「环保举报受理平台共接举报件11件」: the stage word names the subject; 共
                    # counts all that came in
                    chain.rank = 0
        elif chain is not None:
            if not chain.parts and "其中" in text[chain.head.end : q.num_start]:
                chain.listed = True
            if role is None:
                chain.explicit = False
            elif role[0] == "open" and not _outcome_of(lex, chain, role):
                close()
            elif _fits(chain, role) and (
                not _own_words(lead, role)
                or q.inherited
                or (
                    nouns_compatible(chain.head, q)
                    and not other_qualifiers(chain.head.noun, q.noun)
                )
            ):
                chain.parts.append(q)
                chain.keys.add(role)
            else:
                close()
        last_end = prev_end = q.end
    close()
    return out
