"""Parts of a whole told before them, the rest marked by 其余/剩余/余下 (issue 9, session 7).

「全年接收各类举报线索318条。」 … 「经核查，立案查处的96条，转交属地处理的231条，其余线索经
核实不属实。」: the figures of a sentence that ends its list with the rest (其余, 剩余, 余下)
are parts of one whole; they cannot add up to more than it (327 > 318), and with the rest
counted too (「其余12条」) they add up to it. The parts are read by the sentence's structure:

* every figure of the list is a 的-clause (「立案查处的96条」), and the whole is the nearest
  figure before the sentence of the same measure word (in its paragraph, or in one of the few
  paragraphs before it under the same heading), one that counts things by a noun of its own;
* or the sentence states the whole first and the parts after it, marked by 其中 or by
  的-clauses (「受理投诉1,250件，其中立案调查的320件，…，其余…」).

A sentence or paragraph opening with the rest and its count (「…确认1,083户。其余申请经审核
不符合条件，不予批准的共176户。」) goes on with the list of the sentence before: the whole and
one part there, the rest's figure the first of its sentence (not under a scope: 其余申请中，).

Always a warning: which figure is the whole, and what 其余 leaves, is read from the list's
shape (a whole found before the sentence is the nearest one of that unit).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from decimal import Decimal

from ...model import Document, Severity
from ..quantities import BlockQuantities, Lexicon, Quantity
from .common import (
    Relation,
    Verdict,
    bounds,
    category_head,
    common_substring,
    done_of_due,
    kind_by_examples,
    own_clause,
    per_or_change,
    show,
    span_of,
)
from .flow import drawn_from_eligible, is_elided_outcome, speaks_of_carry_over
from .partition import _object_taken_up, _open_statement, together_with

# paragraphs before a list under the same heading where its whole is looked for
LOOK_BACK = 4
REACH = 300  # characters read around a rest marker for its sentence
MAX_FIGURES = 12  # figures of a list before its rest marker
_REST_RE = re.compile(r"其余|剩余|余下")
_SENTENCE_END_RE = re.compile(r"[。！？!?]")
_CLAUSE_END_RE = re.compile(r"[，,；;。！？!?]")
# a scope clause naming the set of the figures after it (「一审案件中，」「在受理的案件里，」)
_SCOPE_RE = re.compile(r"(?:(?<!其)中|当中|里)[，,]")
# the rest named as a scope (「其余申请中，」「其余的案件当中，」)
_REST_SCOPE_RE = re.compile(r"[^，,；;。0-9]{0,12}?(?:(?<!其)中|当中|里)[，,]")
_CN_NUMERAL_START = re.compile(r"[0-9０-９一二两三四五六七八九十百]")


def _countable(lex: Lexicon, q: Quantity) -> bool:
    return q.kind == "count" and not q.quoted and q.depth == 0 and not per_or_change(lex, q)


def _of_clause(q: Quantity) -> bool:
    """A figure named by a 的-clause (「立案查处的96条」「转交属地处理的」)."""
    return _OF_CLAUSE_RE.search(q.pre.rstrip(" 　")) is not None


# 「立案查处的」「经核查属实的有」「不属实的为」
_OF_CLAUSE_RE = re.compile(r"的(?:有|为|共|达|计|共有)?$")


def _a_whole(q: Quantity) -> bool:
    """A figure that may be a whole: it counts things by a noun of its own, and is no item
    of an enumeration (「其中一审案件14件、二审案件5件；已审结17件…，其余2件」: 5 is a part of
    19, not the whole 17 and the rest complete)."""
    return bool(q.noun) and not q.inherited and not _of_clause(q) and not _list_item(q)


def _list_item(q: Quantity) -> bool:
    """A figure that opens or goes on with a list of parts (其中…, 、…)."""
    return q.pre.startswith(("其中", "、"))


def summed_figures(found: Sequence[Relation]) -> set[tuple[int, int, int]]:
    """The figures (block, start, end) of the sums of parts already reported (N101, N102):
    a reading across paragraphs reports a list none of them holds all of."""
    return {
        (s.block, s.start, s.end)
        for r in found
        if r.verdict is Verdict.CONTRADICTION and r.code in ("N101", "N102")
        for s in r.involved
    }


def rest_relations(
    document: Document,
    extracted: Sequence[BlockQuantities],
    lex: Lexicon,
    found: Sequence[Relation],
) -> list[Relation]:
    """Lists of parts ending with the rest, against their whole (``found``: what the other
    rules report already, left out)."""
    from .pickup import with_recent

    told = summed_figures(found)
    out: list[Relation] = []
    for bq, recent in with_recent(document, extracted, LOOK_BACK):
        if any(w in bq.text for w in ("其余", "剩余", "余下")):
            out.extend(_lists(lex, bq, recent, told))
    return out


def _lists(
    lex: Lexicon,
    bq: BlockQuantities,
    recent: Sequence[BlockQuantities],
    told: set[tuple[int, int, int]],
) -> list[Relation]:
    out: list[Relation] = []
    text = bq.text
    qs = [q for q in bq.quantities if _countable(lex, q)]
    at = [q.num_start for q in qs]
    previous = 0  # where the rest marker before this one ended
    for m in _REST_RE.finditer(text):
        # bounded: a list is read back to its sentence's start, the rest marker before it,
        # or REACH characters (a paragraph of thousands of 其余 stays linear)
        floor = max(previous, m.start() - REACH)
        previous = m.end()
        # a statement ends at 。 or ；(「…的34件；受理事项已按期办结371件，其余7件…」)
        start = max(floor, *(text.rfind(ch, floor, m.start()) + 1 for ch in "。；;！？"))
        if _SCOPE_RE.search(text, start, m.start()):
            # 「一审案件中，已审结的45件…，其余…」: the scope names the whole; one pointing
            # back (「上述仲裁案件中，调解结案687件、…，其余58件尚在审理」) names one told before
            # (the list's figures and the one after the rest: not every figure to the end)
            upto = bisect.bisect_left(at, m.end()) + 1
            rel = _pointed_list(lex, bq, recent, start, m, qs[bisect.bisect_left(at, start) : upto])
            if rel is not None:
                out.append(rel)
            continue
        end_m = _SENTENCE_END_RE.search(text, m.end(), m.end() + REACH)
        end = end_m.start() if end_m else min(len(text), m.end() + REACH)
        lo, hi = bisect.bisect_left(at, start), bisect.bisect_left(at, m.start())
        opening, ftext = False, text  # ftext: the text of the list's figures
        head = start  # where the list's statement opens (its 其中 is looked for from there)
        if (
            hi == lo
            and start > floor
            and text[start - 1] in "。！？!?"
            and not text[start : m.start()].strip(" 　")
        ):
            # 「…受理申请1,274户，…确认1,083户。其余申请经审核不符合条件，不予批准的共176户。」:
            # a sentence opening with the rest goes on with the list of the sentence before
            prev = max(floor, *(text.rfind(ch, floor, start - 1) + 1 for ch in "。！？!?"))
            lo = bisect.bisect_left(at, prev)
            opening, head = True, prev
        if hi == lo and start == 0 and recent and not text[: m.start()].strip(" 　"):
            # the rest opening a paragraph goes on with the last sentence of the one before
            earlier = recent[-1]
            stop = len(earlier.text.rstrip(" 　。！？!?"))
            prev = max(earlier.text.rfind(ch, 0, stop) + 1 for ch in "。！？!?")
            before = [q for q in earlier.quantities if q.num_start >= prev and _countable(lex, q)][
                -MAX_FIGURES:
            ]
            opening, ftext = True, earlier.text
        elif hi == lo or hi - lo > MAX_FIGURES:
            continue
        else:
            before = qs[lo:hi]
        if not before:
            continue
        if opening and _REST_SCOPE_RE.match(text, m.end()):
            continue  # 「其余申请中，退回的5户」: a part of the rest, not the rest
        unit = before[-1].unit
        figures = [q for q in before if q.unit == unit]
        nxt = qs[hi] if hi < len(qs) else None
        rest = (
            nxt
            if nxt is not None
            and nxt.num_start < end
            and nxt.unit == unit
            # (the rest opening a sentence: its figure is the first of the sentence, 「其余
            # 申请经审核不符合条件，不予批准的共176户」)
            and (nxt.num_start - m.end() <= 2 or opening)
            else None
        )
        whole: Quantity | None = None
        across = loose = False
        # (the rest opening a sentence: the 其中 of the sentence before leads its list,
        # 「…212件，其中网上申请158件、信函申请37件。其余17件…」 — 212 is the whole, no part)
        lead = text.rfind("其中", head, m.start()) if ftext is text else -1
        if lead >= 0:
            # 「…受理214件，调解成功197件；其中，…的152件，…的49件，其余…」: the parts are the
            # 其中 list; its whole the nearest figure before 其中 that counts things of its
            # own (an outcome counts the intake's: 调解成功197件 is passed over)
            parts = [q for q in figures if q.num_start > lead]
            ahead = [
                q
                for q in figures
                if q.num_start < lead and _a_whole(q) and not is_elided_outcome(lex, q, text)
            ]
            if not parts:
                continue
            passed = [q for q in figures if q.num_start < lead]
            if (
                rest is not None
                and passed
                and passed[-1].family == "concluded"
                and _open_statement(bq, lex, rest)
            ):
                # 「办结498件，其中…300件、…120件，其余22件结转至2025年办理」: the rest still
                # open completes the concluded figure to the whole, not the 其中 list
                parts = [passed[-1]]
                ahead = [q for q in ahead if q.num_start < passed[-1].num_start]
            if len(ahead) >= 2 and speaks_of_carry_over(lex, own_clause(ahead[-1])):
                # 「收到申请59件，上年度结转办理2件，其中结转…7件，其余54件」: a carried-in
                # figure before 其中 joins the intake as the whole (59 + 2), which the
                # caseload's own list judges (partition); which whole the rest leaves is not sure
                continue
            if ahead and any(
                q.num_start > ahead[-1].num_start and speaks_of_carry_over(lex, own_clause(q))
                for q in passed
            ):
                # 「新收19件，连同上年未审结的6件，年内审结22件，其中胜诉20件，败诉2件，其余…」:
                # cases carried in after the figure join what the list splits (the concluded
                # drawn from both), so that figure alone is not its whole
                continue
            if ahead:
                whole = ahead[-1]
                loose = whole is not [q for q in figures if q.num_start < lead][-1]
            else:
                whole = _whole_before(lex, bq, start, unit, recent)
                across = True
        elif (
            len(figures) >= 2
            and _a_whole(figures[0])
            # 「依法批准203件，对不符合条件的6件不予许可，其余5件…」: an outcome counts the
            # intake's things, a part beside the others, not their whole
            and not is_elided_outcome(lex, figures[0], ftext)
            and (
                all(_of_clause(q) or q.pre.startswith("其中") for q in figures[1:])
                or (not _disposals(lex, ftext, figures) and _disposals(lex, ftext, figures[1:]))
                # 「受理1,274户，确认1,083户。其余…176户」: one part and the rest counted
                or (opening and rest is not None and len(figures) == 2)
            )
        ):
            # a figure in the whole's clause is listed beside it (「隐患3472项、重大隐患5项，」)
            cut = _CLAUSE_END_RE.search(ftext, figures[0].end)
            whole = figures[0]
            parts = [q for q in figures[1:] if cut is None or q.num_start > cut.start()]
            if not parts:
                continue
            # parts told by verbs alone may overlap (立案调查 then 转办): a warning
            loose = not all(_of_clause(q) or q.pre.startswith("其中") for q in parts)
        elif len(figures) >= 2 and (
            all(_of_clause(q) for q in figures)
            or _disposals(lex, ftext, figures)
            or (
                is_elided_outcome(lex, figures[0], ftext)
                and all(_of_clause(q) for q in figures[1:])
            )
        ):
            parts = figures
            whole = _whole_before(lex, bq, start, unit, recent)
            across = True
        else:
            continue
        if whole is None:
            continue
        if across and kind_by_examples(whole.pre, category_head([p.phrase for p in parts])):
            continue  # 「…等配套办法案件41件」 is a kind of 案件, not what 大气污染类案件… split
        if len(parts) >= 2 and _restates(whole, parts[0]):
            # 「486个问题隐患已整改完成471个，其余15个…」「辖区9个社区中已有6个…」: the list
            # opens by naming its whole again, which is no part of it
            parts = parts[1:]
        if all((s.block, s.num_start, s.end) in told for s in (whole, *parts)):
            continue
        if drawn_from_eligible(lex, parts):
            continue  # 「符合条件的871件，决定给予865件，其余6件…」: nested, not beside
        if together_with(lex, parts):
            continue  # 「罚款82件，并处没收31件、…，其余9件」: the parts overlap, no rest to tell
        if any(speaks_of_carry_over(lex, own_clause(p)) for p in parts):
            continue  # 「受理152件，加上2022年未调结的9件，调结158件，剩余3件」: cases carried
            # in join the whole; which whole the rest leaves is not sure
        # 「其中应在年内办结的231件，已按期办结216件，其余…」: a figure that does what an
        # earlier part was due to do is that part's later stage, not a part beside it
        # (「其中转办相关部门286条，相关部门已反馈办理结果279条，其余…」: what became of the
        # part before, its subject that part's object, alike)
        staged: list[Quantity] = []
        for p in parts:
            if not any(done_of_due(lex, d, p) for d in staged) and not (
                staged and _object_taken_up(staged[-1], p)
            ):
                staged.append(p)
        rel = _judge(whole, staged, rest, across, loose)
        if rel is not None:
            out.append(rel)
    return out


def _restates(whole: Quantity, q: Quantity) -> bool:
    """Is ``q`` the whole named again (the same count in the same unit, told after it)?"""
    return q is not whole and q.unit == whole.unit and bounds(q) == bounds(whole)


# 「上述仲裁案件中，」「以上申请中，」: a statement opening by pointing back at a set told before
_POINTED_SCOPE_RE = re.compile(
    r"[ 　]*(?:在|对)?(?:上述|以上|前述|这些)(?P<noun>[\u4e00-\u9fff]{2,10}?)(?:中|当中)[，,]"
)


def _pointed_list(
    lex: Lexicon,
    bq: BlockQuantities,
    recent: Sequence[BlockQuantities],
    start: int,
    m: re.Match[str],
    after: Sequence[Quantity],
) -> Relation | None:
    """「上述仲裁案件中，调解结案687件、裁决结案402件、撤诉结案215件，其余58件尚在审理」: a
    list under a scope pointing back, ending with the rest counted, splits the set told
    before whose words share two characters with the scope's noun (the nearest such figure
    of the list's unit, in the paragraph or the few before it): the parts and the rest add
    up to it."""
    text = bq.text
    scope = _POINTED_SCOPE_RE.match(text, start)
    if scope is None:
        return None
    parts = [q for q in after if q.num_start < m.start()]
    rest = next((q for q in after if q.num_start >= m.end()), None)
    if len(parts) < 2 or rest is None or rest.num_start - m.end() > 2:
        return None
    unit = parts[0].unit
    if any(q.unit != unit for q in parts) or rest.unit != unit:
        return None
    noun = scope.group("noun")
    for earlier in [bq, *reversed(recent)]:
        limit = scope.start() if earlier is bq else len(earlier.text)
        k = bisect.bisect_left(earlier.quantities, limit, key=lambda q: q.num_start)
        for q in reversed(earlier.quantities[max(0, k - 2 * MAX_FIGURES) : k]):
            if q.num_start >= limit or not _countable(lex, q) or q.unit != unit:
                continue
            if common_substring(noun, q.phrase) >= 2 and _a_whole(q):
                return _judge(q, parts, rest, earlier is not bq, False)
    return None


def _disposals(lex: Lexicon, text: str, figures: Sequence[Quantity]) -> bool:
    """Are figures told without 的 still the parts of a whole (「立案查处96条，转交属地处理
    231条，其余…」「…分别为96条、231条」)? Two or more, none counting things in (受理, 收到,
    共…) and none a concluding stage (办结 may hold the 转交: the parts would overlap)."""
    if len(figures) < 2:
        return False
    return not any(
        q.family in ("received", "concluded")
        # 受理投诉1,250件 counts things in; 立案查处96条 names a disposal by two verbs
        or (
            q.family == "accepted"
            and q.noun not in lex.verb_family
            and not (q.verb == "立案" and len(q.noun) <= 2)  # 立案调查
        )
        or q.total_marker
        for q in figures
        if not (q.pre.startswith("分别") or text[q.start - 1 : q.start] == "、")
    )


def _whole_before(
    lex: Lexicon, bq: BlockQuantities, start: int, unit: str, recent: Sequence[BlockQuantities]
) -> Quantity | None:
    """The nearest figure of ``unit`` before ``start`` (in the paragraph, then in the
    paragraphs before it), when it may be a whole."""
    k = bisect.bisect_left(bq.quantities, start, key=lambda q: q.num_start)
    # (an outcome told by its verb alone counts the intake's things: passed over)
    for q in reversed(bq.quantities[max(0, k - 2 * MAX_FIGURES) : k]):
        if q.unit == unit and _countable(lex, q) and not is_elided_outcome(lex, q, bq.text):
            if _list_item(q):
                continue  # (a part of an earlier split: its whole is further back)
            return q if _a_whole(q) else None
    for earlier in reversed(recent):
        for q in reversed(earlier.quantities[-2 * MAX_FIGURES :]):
            if (
                q.unit == unit
                and _countable(lex, q)
                and not is_elided_outcome(lex, q, earlier.text)
            ):
                return q if _a_whole(q) else None
    return None


def _judge(
    whole: Quantity, parts: Sequence[Quantity], rest: Quantity | None, across: bool, loose: bool
) -> Relation | None:
    low = sum((bounds(q)[0] for q in parts), Decimal(0))
    high = sum((bounds(q)[1] for q in parts), Decimal(0))
    w_low, w_high = bounds(whole)
    named = "＋".join(q.text for q in parts)
    # the reading rests on the list's shape (which figure is the whole, what 其余 leaves):
    # a warning, even within one sentence
    severity = Severity.WARNING
    where = "（总数在前文）" if across else ""
    involved = tuple(span_of(q) for q in (whole, *parts, *((rest,) if rest else ())))
    if rest is not None:
        # 「其中重大隐患24项，已整改销号22项，…其余2项已落实管控措施」: the states after the
        # list's first part and the rest, adding up to it, split that part (only the first:
        # a small sum meets some later part by chance, 「不予处理6件、其他处理2件。其余4件」)
        told = rest.value + sum((p.value for p in parts[1:]), Decimal(0))
        if len(parts) >= 2 and told == parts[0].value and not parts[0].decimals:
            return None
        if w_low <= high and low <= w_high:
            return None  # the parts are the whole: the rest is of a larger set (其余1件在审)
        if low <= w_high:
            low += bounds(rest)[0]
            high += bounds(rest)[1]
            named += f"＋其余{rest.text}"
            if w_low <= high and low <= w_high:
                return None
        code = "N101" if low > w_high else "N102"
    else:
        if low <= w_high:
            return None
        code = "N101"
    total = show(sum((q.value for q in (*parts, *((rest,) if rest else ()))), Decimal(0)), whole)
    relation = "多于" if low > w_high else "不等于"
    return Relation(
        "partition",
        Verdict.CONTRADICTION,
        parts[-1].block,
        (parts[-1].num_start, parts[-1].end),
        involved,
        code=code,
        severity=severity,
        message=f"各部分{named}＝{total}，{relation}总数{whole.phrase}{whole.text}"
        f"{where}（其余部分应为总数减去各部分）",
        suggestion="核对总数与各部分的数字",
    )
