"""A decision's answers above the cases it decided (issue 9, session 22).

Two readings of the structure of a decision, whatever its verb:

- **A verb and its negation.** 「经审查，共逮捕25人，不捕27人」「准予许可1816005件，不予许可8件」
  「批准逮捕79件。不批捕16件」: a figure whose clause opens with a refusal (a negator of
  numbers.toml ``funnel.negators`` that starts with 不, and 不予; 未 tells what is still open,
  the year-end stock, which holds older cases too) followed by the characters of the verb of
  the figure right before it, in order (捕 of 逮捕, 批捕 of 批准逮捕, 许可 of 准予许可), is the
  other answer of the same decision. The two answers together are the cases decided, so their
  sum cannot exceed the intake told before them: a figure of the same unit whose clause tells
  a stage (``funnel``: intake, accepted, outcome) in the pair's statement or the two before
  it, about the same thing (a character of the pair's verb clause in its words) — of the
  latest stage told, the largest (the whole, not a 其中 part) — with no second source (另,
  结转: ``funnel.other-scope``) told after it. A refused outcome stage word is no answer.
- **A passive after its active.** 「提出建议7206条，被采纳7620条」: a figure whose clause opens
  with 被 right after a figure of the same unit (one clause mark between) counts those of the
  earlier figure's things the later deed befell, so it cannot exceed it.

A carry-over told in the statements read (:func:`.flow.speaks_of_carry_over`, from the
intake's statement — the passive's own — to the later figure) leaves both alone.
Errors when the text ties the figures (the pair in the intake's statement, or its statement
opening with a review 「经审查，」; the passive with no noun of its own), warnings otherwise.
One pass over a block's figures, the candidate intakes kept for the last three statements.

Session 25 (s25-flow), two guards narrowed on counts: a clause between the intake and the
answers whose figures are all percentages (「同比分别下降17.5%、下降15.2%」: how a figure moved,
or its rate) names no second source, so ``funnel.other-scope``'s 同比 / 较 there no longer
silence the pair; a figure counted twice in one clause (「共起诉257件292人。共不起诉87件70人」)
is one figure, its count in the refusal's unit the answer right before it. Counted against the
base: real19–38 +1 found (real35 QD026), invented +2 (own22 FLY019, own24 FLX06), no new
warning or false error, the snapshot unchanged.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Collection
from decimal import Decimal
from functools import lru_cache

from ...model import Severity
from ..quantities import BlockQuantities, Lexicon, Quantity
from .common import Relation, Verdict, bounds, last_mark, show, span_of
from .flow import speaks_of_carry_over
from .funnel import stage_of, stage_ranks

_MARKS = "，,；;。！？!?：:、"
_STATEMENT_END = "。！？!?"
_MARK_RE = re.compile(f"[{_MARKS}]")
_LEADS = ("其中", "另有", "另", "共", "已", "均", "计")
# a statement opened by a review of what came in: 「经审查，」「经调查核实，」
_REVIEW_RE = re.compile(r"\s*经[^，,。；;：:0-9]{1,5}[，,]")
# characters of a clause that say nothing of what is counted (function words, measure words)
_EMPTY = set("共已的了和及与等各类件人个次项条家起份为有在中对其")
_WINDOW = 3  # statements an intake is looked for in
_KEPT = 8  # candidate intakes kept


@lru_cache(maxsize=4)
def _negators(lex: Lexicon) -> tuple[str, ...]:
    return tuple(sorted({*lex.data["funnel"]["negators"], "不予"}, key=len, reverse=True))


@lru_cache(maxsize=4)
def _refusals(lex: Lexicon) -> tuple[str, ...]:
    """The negators of a refusal (不, 不予): an answer of the decision. 未 (not yet) and its
    kin tell what is still open — the year-end stock, which may hold older cases — so a figure
    opened by one is no answer."""
    return tuple(n for n in _negators(lex) if n.startswith("不"))


def _start_before(text: str, marks: str, at: int) -> int:
    """The start of the clause or statement (cut by ``marks``) holding ``at``: by
    :func:`.common.last_mark`'s bisection, not a search back from ``at`` for each mark, which
    on a long paragraph without one of them reads it all for every figure."""
    return last_mark(text, marks, 0, at) + 1


def _clause(text: str, q: Quantity) -> tuple[int, str]:
    """The start and the words of the clause a figure ends (up to its number)."""
    start = _start_before(text, _MARKS, q.num_start)
    return start, text[start : q.num_start]


def _bare(words: str) -> str:
    words = words.strip(" 　")
    for lead in _LEADS:
        words = words.removeprefix(lead)
    return words.strip(" 　")


def _in_order(stem: str, words: str) -> int:
    """The position after the last of ``stem``'s characters found in order in ``words``, or
    -1 when they are not all there."""
    at = 0
    for ch in stem:
        at = words.find(ch, at)
        if at < 0:
            return -1
        at += 1
    return at


def _answer_pair(lex: Lexicon, pos_words: str, neg_words: str) -> str:
    """The negated verb when ``neg_words`` opens with a negator and the verb of ``pos_words``
    (不捕 after 逮捕), else ""."""
    neg = next((n for n in _refusals(lex) if neg_words.startswith(n)), "")
    if not neg:
        return ""
    stem = neg_words[len(neg) :].split("的")[0]
    # the verb: the longest opening of the words after the negator found in order in the
    # positive clause (不批捕 → 批捕 in 批准逮捕; 不予许可的申请 → 许可)
    while stem and _in_order(stem, pos_words) < 0:
        stem = stem[:-1]
    if not stem or any(pos_words.startswith(n) for n in _negators(lex)):
        return ""
    ranks = stage_ranks(lex)
    if ranks.get(stem, -1) == 2 or any(stem.endswith(w) for w, r in ranks.items() if r == 2):
        return ""  # 未结 after 审结: the open stock, not an answer
    if len(stem) == 1 and not pos_words.endswith(stem):
        return ""  # one character must end the positive clause's verb (逮捕 … 不捕)
    return neg + stem


def _opens_a_figure_clause(text: str, word: str, starts: list[int]) -> bool:
    """Whether ``word`` opens, as :func:`_bare` reads it, a clause that ends at a figure
    (``starts``: the figures' ``num_start``, in order): the passive's 被 and every refusal's
    不 open such a clause, so a block with none reads nothing (「，不断提升…。」 opens a
    clause with no figure)."""
    at = text.find(word)
    while at >= 0:
        after = _MARK_RE.search(text, at)
        end = after.start() if after else len(text)
        i = bisect_right(starts, at)
        if i < len(starts) and starts[i] <= end:
            start = _start_before(text, _MARKS, at)
            if _bare(text[start : at + 1]) == word:
                return True
        at = text.find(word, at + 1)
    return False


def _twin_of(text: str, prev: Quantity | None, q: Quantity) -> Quantity | None:
    """The figure ``q`` sticks to when it is the second count of one clause (「257件292人」:
    no word between ``prev`` and it), else None."""
    if prev is None or prev.unit == q.unit or text[prev.end : q.num_start].strip(" 　"):
        return None
    return prev


def _sources_between(bq: BlockQuantities, start: int, end: int) -> str:
    """The words of ``bq.text[start:end]`` less the clauses whose figures are all percentages
    (「同比分别下降17.5%、下降15.2%」: how a figure moved or its rate, no second source)."""
    text = bq.text
    cut: list[tuple[int, int]] = []
    for q in bq.quantities:
        if q.num_start < start or q.end > end or q.kind != "percent":
            continue
        lo = max(start, last_mark(text, "，,；;。！？!?", start, q.num_start) + 1)
        m = _MARK_RE.search(text, q.end, end)
        hi = m.start() if m else end
        if any(o.kind != "percent" and lo <= o.num_start < hi for o in bq.quantities):
            continue
        cut.append((lo, hi))
    if not cut:
        return text[start:end]
    kept, at = [], start
    for lo, hi in sorted(cut):
        if lo >= at:
            kept.append(text[at:lo])
            at = hi
    kept.append(text[at:end])
    return "".join(kept)


def _shares(words: str, other: str) -> bool:
    return bool((set(words) - _EMPTY) & set(other))


def decision_relations(
    bq: BlockQuantities, lex: Lexicon, judged: Collection[object] = ()
) -> list[Relation]:
    """The findings of a block: a decision's two answers above the intake before them, a
    passive figure above the active one right before it. ``judged`` holds the spans of
    figures other rules already reported."""
    text = bq.text
    starts = sorted(q.num_start for q in bq.quantities)
    if not any(_opens_a_figure_clause(text, w, starts) for w in "被不"):
        return []
    other = tuple(w for w in lex.data["funnel"]["other-scope"] if w != "其中")
    out: list[Relation] = []
    # (statement index, stage rank, figure, its clause words) of the figures telling a stage
    heads: list[tuple[int, int, Quantity, str]] = []
    statement = 0
    prev: Quantity | None = None
    # the figure a double count's second unit sticks to, and its clause's words
    p_twin: tuple[Quantity, str] | None = None
    prev_words = ""
    last_end = 0
    for q in bq.quantities:
        statement += sum(text.count(c, last_end, q.num_start) for c in _STATEMENT_END)
        last_end = q.end
        if q.kind != "count" or q.quoted or q.change:
            prev = None
            continue
        _, words = _clause(text, q)
        bare = _bare(words)
        p, p_words = prev, prev_words
        p_end = p.end if p is not None else 0
        if p is not None and p.unit != q.unit and p_twin is not None and p_twin[0].unit == q.unit:
            # 「共起诉257件292人。共不起诉87件70人」: a figure counted twice (件, then 人) is
            # one clause; its first count of this unit is the figure right before
            p, p_words = p_twin
        twin = _twin_of(text, prev, q)
        p_twin = (twin, prev_words) if twin is not None else None
        prev, prev_words = q, bare
        # (at most the last few: a window, so the pass stays linear)
        heads = [h for h in heads[-_KEPT:] if h[0] >= statement - _WINDOW + 1]
        stage = stage_of(lex, words)
        if p is None or p.unit != q.unit or p.depth != q.depth:
            if stage is not None:
                heads.append((statement, stage[0], q, words + (q.noun or "")))
            continue
        between = text[p_end : q.num_start]
        adjacent = sum(between.count(c) for c in _MARKS) == 1 and bare == _bare(between[1:])
        if not adjacent:
            if stage is not None:
                heads.append((statement, stage[0], q, words + (q.noun or "")))
            continue
        if (p.num_start, p.end) in judged or (q.num_start, q.end) in judged:
            continue
        if bare.startswith("被") and "被" not in p_words and not p_words.startswith(_negators(lex)):
            # (a carry-over told in the statement: only then, so each figure is read once)
            if bounds(q)[0] > bounds(p)[1] and not speaks_of_carry_over(
                lex, text[_start_before(text, _STATEMENT_END, p.num_start) : q.end]
            ):
                explicit = len(bare) <= 4 and "的" not in bare
                out.append(_passive(q, p, bare, explicit))
            continue
        answer = _answer_pair(lex, p_words, bare)
        if not answer:
            if stage is not None:
                heads.append((statement, stage[0], q, words + (q.noun or "")))
            continue
        # the intake: a figure of the unit telling a stage about the same thing, told before
        # the first answer; of the latest stage told (受理 after 收到, 审结 after 受理: what
        # was decided on), the largest (the whole, not a 其中 part of it)
        told = [
            (h_st, rank, h)
            for h_st, rank, h, h_words in heads
            if h.unit == q.unit
            and h.depth == q.depth
            and h.end <= p.num_start
            and h is not p
            and _shares(p_words, h_words)
        ]
        if not told:
            continue
        h_statement, _, head = max(told, key=lambda t: (t[1], bounds(t[2])[1]))
        # (a second source told between the intake and the answers: 「另计45件」「上年结转」;
        # not a clause telling only how a figure moved or its rate, 「同比分别下降17.5%」)
        if any(w in _sources_between(bq, head.end, p.num_start) for w in other):
            continue
        low = bounds(p)[0] + bounds(q)[0]
        if low <= bounds(head)[1] or speaks_of_carry_over(
            lex, text[_start_before(text, _STATEMENT_END, head.num_start) : q.end]
        ):
            continue
        opens = _start_before(text, _STATEMENT_END, p.num_start)  # (matched in place)
        explicit = h_statement == statement or _REVIEW_RE.match(text, opens) is not None
        out.append(_answers(q, p, head, p_words, answer, low, explicit))
    return out


def _answers(
    q: Quantity, p: Quantity, head: Quantity, yes: str, no: str, low: Decimal, explicit: bool
) -> Relation:
    total = p.value + q.value
    return Relation(
        "flow",
        Verdict.CONTRADICTION,
        q.block,
        (q.num_start, q.end),
        (span_of(q), span_of(p), span_of(head)),
        code="N107",
        severity=Severity.ERROR if explicit else Severity.WARNING,
        message=f"{yes[-10:]}{p.text}与{no}{q.text}是同一决定的两种结果，合计{show(total, head)}"
        f"（{p.text}＋{q.text}），多于此前的{head.text}（作出决定的数量不应多于收到或受理的"
        "数量，文中未说明上年结转或其他来源）",
        suggestion="核对受理数与两种决定结果的数字；如含上年结转或其他来源，请在文中说明",
        data={"low": str(low)},
    )


def _passive(q: Quantity, p: Quantity, bare: str, explicit: bool) -> Relation:
    verb = bare.split("的")[0]
    return Relation(
        "flow",
        Verdict.CONTRADICTION,
        q.block,
        (q.num_start, q.end),
        (span_of(q), span_of(p)),
        code="N107",
        severity=Severity.ERROR if explicit else Severity.WARNING,
        message=f"{verb}{q.text}多于前一分句{p.verb}的{p.text}（{q.text}＞{p.text}；“{verb}”的是前一分句"
        "所说的对象，其数量不应多于前者）",
        suggestion="核对前后两个数字；如后者另有来源，请在文中说明",
    )
