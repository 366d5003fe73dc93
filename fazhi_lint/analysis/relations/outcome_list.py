"""A statement listing outcomes that together exceed the decided whole told just before it
(issue 9, session 37).

「办结34件，转结下年度继续办理0件。其中，予以公开7件、部分公开5件，无法提供23件、不予公开2件」
「受理各类行政案件524件，审结471件，结案率89.89%。判决支持行政行为261件，判决撤销行政行为23件，
协调化解行政纠纷220件」「100件建议…全部办理答复完毕…。…已经解决的31件…；正在解决的33件…；列入
计划解决的30件…；难以解决的9件」: a statement whose counts are all of one unit, one to a
clause (percentages beside them allowed), at least three, none telling an intake or the
concluded word of the whole again, lists what became of the cases decided in the statement
right before it. :mod:`.outcomes` reads a chain only within a statement (or into one opening
with 其中 before any part), and only parts whose words are stage words (办结, 未结, 结转); the
outcomes of a decision are told in verbs of their own (公开, 判决支持, 化解), so the list
escaped it, and :mod:`.decisions` reads only a verb and its negation.

The statement before must tell a concluded figure (numbers.toml ``funnel`` stage of rank 2,
not denied). Every figure of that statement of the list's unit is a whole the list may be of
(its intake too: a split by kind, 「受理3136宗，办结2477宗。…咨询类57宗、投诉类2840宗…」), so
only a list above all of them is reported, against the largest. A list opening with 其中 is
tied to that statement: an error; otherwise a warning that says the pairing was assumed.
Silent: a list told as partial or of another scope
(等, 主要, 包括, 另, 同比…: numbers.toml ``funnel.other-scope`` and the partial words below),
a timed part (按时办结: overlapping the concluded), a carry-over told (a carry of zero, 「含
2022年结转0件」, tells none).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection
from decimal import Decimal

from ...model import Severity
from ..quantities import BlockQuantities, Lexicon, Quantity
from .common import Relation, Verdict, bounds, show, span_of
from .flow import speaks_of_carry_over
from .outcomes import _carry_in, _class_of

_STATEMENT_END = "。！？!?"
_STATEMENT_END_RE = re.compile("[。！？!?]")
_CLAUSE_MARK_RE = re.compile("[，,；;、：:]")
_GROUP_MARK_RE = re.compile("[；;]")
_TIED_RE = re.compile(r"[\s　]*其中")
# a carry of nothing (「含2022年结转0件」「上年结转0件」) tells no case carried in
_ZERO_CARRY_RE = re.compile("(结转|旧存|转入)[\\s　]*[0０零][\\s　]*[件个项条起宗人]?")
# a list told as partial or as examples: its sum is no whole's part list
_PARTIAL = ("等", "主要", "包括", "包含", "其他", "其余", "以上", "涉及", "累计", "共")
_MIN_ITEMS = 3


def _counts(q: Quantity) -> bool:
    return q.kind == "count" and not q.quoted and not q.change


def _lead(text: str, q: Quantity, floor: int) -> str:
    """The words of a figure's clause before its number (not before ``floor``)."""
    at = q.num_start
    while (
        at > floor
        and not _CLAUSE_MARK_RE.match(text, at - 1)
        and text[at - 1] not in (_STATEMENT_END)
    ):
        at -= 1
    return text[at : q.num_start]


def _role(lex: Lexicon, text: str, q: Quantity, floor: int) -> tuple[str, str] | None:
    lead = _lead(text, q, floor)
    role = _class_of(lex, lead)
    if role is None and lead.strip(" 　").removeprefix("其中").strip("，,、 ") in ("", "已"):
        m = _CLAUSE_MARK_RE.search(text, q.end)
        end = _STATEMENT_END_RE.search(text, q.end)
        stop = min(x.start() for x in (m, end) if x is not None) if (m or end) else len(text)
        role = _class_of(lex, text[q.end : stop])
    return role


def _two_groups(text: str, items: list[Quantity]) -> bool:
    """Are the items cut by ；into groups, one of them of two items or more?"""
    sizes = [1]
    for a, b in itertools.pairwise(items):
        if _GROUP_MARK_RE.search(text, a.end, b.num_start):
            sizes.append(1)
        else:
            sizes[-1] += 1
    return len(sizes) >= 2 and max(sizes) >= 2


def outcome_list_relations(
    bq: BlockQuantities, lex: Lexicon, judged: Collection[object] = ()
) -> list[Relation]:
    """The findings of a block: a statement's outcome list above the decided whole of the
    statement before it."""
    text = bq.text
    qs = bq.quantities
    if len(qs) < _MIN_ITEMS + 1 or _STATEMENT_END_RE.search(text) is None:
        return []
    # the statements: (start, end, figures)
    statements: list[tuple[int, int, list[Quantity]]] = []
    start = 0
    i = 0
    for m in _STATEMENT_END_RE.finditer(text):
        end = m.end()
        figs: list[Quantity] = []
        while i < len(qs) and qs[i].num_start < end:
            figs.append(qs[i])
            i += 1
        statements.append((start, end, figs))
        start = end
    if i < len(qs):
        statements.append((start, len(text), list(qs[i:])))
    other = tuple(w for w in lex.data["funnel"]["other-scope"] if w != "其中")
    out: list[Relation] = []
    for (s_start, _s_end, s_figs), (t_start, t_end, t_figs) in itertools.pairwise(statements):
        items = [q for q in t_figs if _counts(q)]
        if len(items) < _MIN_ITEMS or not s_figs:
            continue
        unit, depth = items[0].unit, items[0].depth
        if any(q.unit != unit or q.depth != depth for q in items) or any(
            not _counts(q) and q.kind != "percent" for q in t_figs
        ):
            continue
        words = text[t_start:t_end]
        if any(w in words for w in other) or any(w in words for w in _PARTIAL):
            continue
        # (two splits of one whole: 「按程序分，普通程序8件、简易程序4件；按结果分，维持7件」 —
        # a dimension named twice, or groups of items cut by ；, overlap)
        if words.count("按") + words.count("从") >= 2 or _two_groups(text, items):
            continue
        # one figure to a clause
        if any(
            _CLAUSE_MARK_RE.search(text, a.end, b.num_start) is None
            for a, b in itertools.pairwise(items)
        ):
            continue
        before = [q for q in s_figs if _counts(q) and q.unit == unit and q.depth == depth]
        if not before:
            continue
        # (any figure of the statement before is a whole the list may be of — its intake as
        # well as its concluded, 「受理3136宗，办结2477宗。…咨询类57宗、投诉类2840宗…」: one
        # reading that fits is enough; the sum first, the cheap test: the words' roles are
        # read only for a list above every figure)
        low = sum((bounds(q)[0] for q in items), Decimal(0))
        whole = max(before, key=lambda q: bounds(q)[1])
        if low <= bounds(whole)[1]:
            continue
        roles = [_role(lex, text, q, t_start) for q in items]
        if any(r is not None and r[0] in ("head", "timed") for r in roles):
            continue
        s_roles = [_role(lex, text, q, s_start) for q in before]
        done = [q for q, r in zip(before, s_roles, strict=True) if r is not None and r[0] == "done"]
        if not done:
            continue
        done_words = {r[1] for r in s_roles if r is not None and r[0] == "done"}
        if any(r is not None and r[0] == "done" and r[1] in done_words for r in roles):
            continue  # the concluded told again: a statement of its own, not its outcomes
        told = _ZERO_CARRY_RE.sub("", text[s_start:t_end])
        if speaks_of_carry_over(lex, told) or any(w in told for w in _carry_in(lex)):
            continue
        if any((q.num_start, q.end) in judged for q in (*items, whole)):
            continue
        tied = _TIED_RE.match(text, t_start) is not None
        out.append(_finding(items, whole, tied))
    return out


def _finding(items: list[Quantity], whole: Quantity, tied: bool) -> Relation:
    total = sum((q.value for q in items), Decimal(0))
    listed = "＋".join(q.text for q in items)
    link = "“其中”所列各项结果" if tied else "后一句所列各项结果（按均为前一句所述案件的结果计算）"
    last = items[-1]
    return Relation(
        "flow",
        Verdict.CONTRADICTION,
        last.block,
        (last.num_start, last.end),
        (span_of(last), *(span_of(q) for q in items[:-1]), span_of(whole)),
        code="N107",
        severity=Severity.ERROR if tied else Severity.WARNING,
        message=f"{link}合计{show(total, whole)}（{listed}），多于前一句中最大的{whole.text}"
        "（各项结果之和不应多于作出决定或办结的数量，文中未说明上年结转或其他来源）",
        suggestion="核对办结数与各项结果的数字；如各项有交叉或含其他来源，请在文中说明",
    )
