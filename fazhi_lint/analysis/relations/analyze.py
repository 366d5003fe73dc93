"""The driver: every rule over every block of a document, cached per report year."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from functools import lru_cache

from ...model import Block, BlockKind, Document, Severity, Span
from ..quantities import BlockQuantities, Lexicon, extract, load_lexicon, quantities_of
from .announced import announced_relations
from .backref import backref_relations
from .base_period import base_period_relations
from .carried_inside import carried_inside_relations
from .change import change_relations
from .common import COUNTABLE, Relation, Verdict, map_back, merged_classes, shares_class
from .containment import Told, containment_across, containment_relations
from .dates import date_consistency_relations
from .decisions import decision_relations
from .delivered import delivered_relations, headed_year_relations
from .drafts import draft_relations
from .flow import STOCK, flow_relations
from .funnel import funnel_relations
from .gaps import rate_gap_relations
from .gate import gate_links
from .granular import granular_relations
from .magnitude import magnitude_relations
from .members import member_relations
from .merged import merged_relations
from .money_slip import money_slip_relations
from .net import net_relations
from .outcome_list import outcome_list_relations
from .outcomes import outcome_relations
from .own_sum import shares_of_no_count, shares_of_parts_sum
from .paired_lists import paired_list_relations
from .parallel import parallel_relations
from .partition import (
    balanced_share,
    partition_groups,
    partition_relations,
    share_relations,
    unit_slips,
)
from .periods import period_relations
from .pickup import pickup_relations
from .plausibility import missing_units, plausibility_relations
from .printed_gap import printed_gap_relations
from .progress import time_progress_relations
from .pulls import pull_relations
from .rates import points_relations, rate_relations
from .rates_across import changes_across, rates_across
from .ratios import (
    named_pair_rate_relations,
    population_rate_relations,
    rate_difference_relations,
    stated_ratio_relations,
)
from .respective import drop_respective
from .rest import rest_relations
from .restated_amount import restated_amount_relations
from .rows import row_line_relations
from .share_change import share_change_relations
from .share_moves import share_move_relations
from .share_rows import share_row_relations
from .signed import signed_relations
from .snapshot import dateline_relations, snapshot_relations
from .span_parts import parts_past_span
from .split_changes import changes_disown, split_change_relations
from .structure import structure_relations
from .sure import sure_links
from .tables import spaced_row_changes, table_relations, text_table_relations
from .titled import titled_relations
from .trend import span_change_relations, trend_relations
from .union import union_rate_relations, union_relations
from .years import SectionRange, date_relations, stated_period_end, year_relations


def analyze_block(
    bq: BlockQuantities,
    lex: Lexicon | None = None,
    next_blocks: Callable[[], Iterable[str]] | None = None,
    *,
    announced: bool = True,
) -> list[Relation]:
    """Every relation judged within one block (``next_blocks`` yields the following texts;
    ``announced=False`` leaves out the announced counts, N203, for a reader that discards
    them)."""
    lex = lex or load_lexicon()
    if not bq.quantities:  # every rule but the announced counts needs a number
        # (but a ratio's terms, which are bare numbers: 「构成为18.4：22.1：61.5」)
        out = structure_relations(bq, lex)
        return [*out, *announced_relations(bq, lex, next_blocks)] if announced else out
    # a whole and its parts, a flow's stages, a level and its change, a set and a figure
    # drawn from it, a member and its set, shares: each of these rules
    # relates two figures, so one alone gives none
    # (a third of the seed paragraphs with figures hold one, often a list number)
    several = len(bq.quantities) > 1
    # a whole and its parts, a flow's stages: two figures of one unit class, which a paragraph
    # of one count beside rates, money or other units lacks (on the seeds 5 of the 13
    # paragraphs of several figures a file)
    summable = several and _summable_pair(bq, lex)
    groups = partition_groups(bq, lex) if summable else []
    disowned = (
        (lambda g: changes_disown(bq, lex, g))
        if groups and any(q.change for q in bq.quantities)
        else None
    )
    out = partition_relations(groups, bq, disowned)
    if several:
        out.extend(share_relations(bq, lex))
    out.extend(unit_slips(groups, lex))
    if summable:
        out.extend(flow_relations(bq, lex))
    if summable:
        # in − out = what is left (a stock since it began; a period's income, expense, balance);
        # a member above its set: figures of one unit class too (none found else on the
        # 16,902 case texts of the read sets, tests/test_statistics_s27b_warm2.py)
        out.extend(net_relations(bq, lex))
        out.extend(carried_inside_relations(bq, lex))
        out.extend(member_relations(bq, lex))
    if several:
        # what merging gave against what was merged (documents into cases: any count units)
        out.extend(merged_relations(bq, lex))
    # shares listed with 分别 after a list of parts pair with those parts in order
    out.extend(drop_respective(bq, groups, rate_relations(bq, lex, groups)))
    changes = change_relations(bq, lex) if several else []
    # a % / 个百分点 slip shown with the two rates' arithmetic replaces the wording-only one
    shown = {r.span for r in changes if r.code == "N106"}
    # 「覆盖率由40%提高到50%…相对增长25%」: a % change that is the relative change of the two
    # stated rates is what it says, not a 个百分点 slip
    shown |= {r.span for r in changes if r.verdict is Verdict.CONSISTENT}
    out.extend(r for r in points_relations(bq, lex) if r.span not in shown)
    out.extend(changes)
    if groups:
        # the changes of a complete split against the change of its whole, unless a change it
        # reads is already reported against its own figures
        reported = {r.span for r in changes if r.verdict is Verdict.CONTRADICTION}
        out.extend(
            r
            for r in split_change_relations(bq, lex, groups)
            if not any((s.start, s.end) in reported for s in r.involved)
        )
    # a steady direction claimed over a series of years (逐年上升, 连续两年下降, 四连升)
    out.extend(trend_relations(bq))
    # the three industries' pulls (拉动 …个百分点) against the total's growth
    out.extend(pull_relations(bq))
    # the 个百分点 changes of a complete split's shares add up to zero (session 32)
    out.extend(share_move_relations(bq, lex))
    # a share's 个百分点 change against its part's and whole's stated changes (session 35)
    out.extend(share_change_relations(bq, lex))
    # a change restated as an amount in a later sentence against the figure's own % (s33)
    if several:
        out.extend(restated_amount_relations(bq, lex))
    # a change over a series' years, no base named (四年来增长126%), against its first and last
    # (once: a change the change rule reads already, 由…到 a pair in its sentence, is its own)
    judged_changes = {r.span for r in changes}
    out.extend(r for r in span_change_relations(bq) if r.span not in judged_changes)
    # a sum above the whole that the flow rule reports (受理98 + 不予受理27 > 收到120) once
    out = _once(out, lambda r: r.code == "N103", lambda r: r.code == "N101")
    # 「受理617件，均已办结，办结609件」: the one outcome after a clause of all, read by the
    # partition as a one-part split (a warning) and by the flow rule (an error), once: the error
    out = _once(
        out,
        lambda r: r.code == "N107" and r.severity is Severity.ERROR,
        lambda r: r.code == "N102" and r.severity is Severity.WARNING,
    )
    # 「受理460件，上年结转21件，审结456件，尚未审结25件」 is the year's stock (judged by the
    # flow rule): another reading of the same figures as a total and its parts is dropped
    stocks = [
        (frozenset(r.involved), r.span)
        for r in out
        if r.kind == "flow" and r.verdict is Verdict.CONSISTENT and r.message == STOCK
    ]
    if stocks:
        out = [
            r
            for r in out
            if not (
                r.kind == "partition"
                and r.verdict is Verdict.CONTRADICTION
                and any(frozenset(r.involved) <= s and r.span != at for s, at in stocks)
            )
        ]
    # the same parts over the same whole, found by the partition's scope groups and by the
    # flow rule (办结 + 未结 > 受理, or short of a whole they split), once: the first
    summed: dict[frozenset[Span], Relation] = {}
    stronger: dict[int, Relation] = {}  # by id of the kept one, a dropped error on its figures
    kept = []
    for r in out:
        if r.code in ("N101", "N102") and r.verdict is Verdict.CONTRADICTION:
            key = frozenset(r.involved)
            first = summed.get(key)
            if first is not None:
                if first.severity is Severity.WARNING and r.severity is Severity.ERROR:
                    stronger[id(first)] = r
                continue
            summed[key] = r
        kept.append(r)
    # every part with its own share, the shares exact on the parts' sum: one finding on the
    # total, not one on each share
    out = shares_of_parts_sum(bq, groups, kept)
    # shares of a named whole that no whole number of its items gives
    out.extend(shares_of_no_count(bq, out))
    # a rate of a small stated set that no whole count of it gives (99.41% of 116)
    out.extend(granular_relations(bq, lex, out))
    out.extend(plausibility_relations(bq, lex))
    # shares written as a ratio (三次产业结构为a:b:c) add up to 100
    out.extend(structure_relations(bq, lex))
    # a ratio of two stated figures named by their pair (城乡…收入比值为2.06)
    if several:
        out.extend(stated_ratio_relations(bq, lex))
        # a rate that is the difference of two others (自然增长率 = 出生率 − 死亡率)
        out.extend(rate_difference_relations(bq, lex))
        out.extend(population_rate_relations(bq, lex))
        # a rate named by its whole and its part (常住人口城镇化率 = 城镇人口 ÷ 常住人口),
        # once: a rate the rate rule reports already is not reported again
        rated = {r.span for r in out if r.code == "N104"}
        out.extend(r for r in named_pair_rate_relations(bq) if r.span not in rated)
    # a unit slip in a sum found by the partition's groups is not reported again
    slips = {r.span for r in out if r.code == "N201"}
    # (run on one figure too: 「人均3000万元」 is judged against the lexicon's bounds alone)
    out.extend(r for r in magnitude_relations(bq, lex) if r.code != "N201" or r.span not in slips)
    # a figure drawn from a set the text names (「受理的案件中」「从中」) above that set, once:
    # a list or flow rule that already reports the same two figures says it
    # once, at the highest severity: a warning on the same two figures (立案查处52起多于收到
    # 的47起; 办结631件多于收到的624件, 未说明结转) gives way to the error of a stated link
    # (从中立案查处; 「对登记的信访事项，已按期办结631件」 leaves no carry-over in the set)
    drawn = containment_relations(bq, lex) if several else []
    if drawn:
        told = Told(
            [
                r
                for r in out
                if r.verdict is Verdict.CONTRADICTION and r.severity is not Severity.WARNING
            ]
        )
        drawn = [r for r in drawn if not told.covers(r)]
        raised = [frozenset(r.involved) for r in drawn if r.severity is Severity.ERROR]
        # (a warning on those two figures and more — 准予15,231 + 不予97 > 受理15,208 — says
        # the same excess with less certainty than the stated link 「对受理的申请…」)
        out = [
            r
            for r in out
            if not (
                r.severity is Severity.WARNING
                and r.code in ("N101", "N103", "N107", "N206")
                and any(e <= frozenset(r.involved) for e in raised)
            )
        ]
        held = Told([r for r in out if r.verdict is Verdict.CONTRADICTION])
        out.extend(r for r in drawn if not held.covers(r))
    if stronger:
        # a warning kept first on figures another rule judged an error (a list read as
        # outcomes beside the decisions rule: 「结案的案件中，调解结案33件，裁决结案12件，撤诉
        # 结案3件」 of 45) gives way to that error, unless a stated link already replaced it
        out = [stronger.get(id(r), r) for r in out]
    if summable:
        # (stages, outcomes, decisions, paired lists, repeated figures: of one unit class)
        # a funnel told clause by clause in verbs no list names: last of the flow readings, the
        # pairs and figures the rules above related are theirs
        judged: set[object] = {(r.span, (s.start, s.end)) for r in out for s in r.involved}
        judged.update(r.span for r in out if r.code)
        out.extend(funnel_relations(bq, lex, judged))
        # the outcomes told after an intake, summed: the figures other rules reported are theirs
        judged.update(
            (s.start, s.end) for r in out if r.verdict is Verdict.CONTRADICTION for s in r.involved
        )
        out.extend(outcome_relations(bq, lex, judged))
        # a decision's two answers (逮捕 / 不捕) above the intake, a passive (被采纳) above its
        # active: the figures other rules reported are theirs
        judged.update(
            (s.start, s.end) for r in out if r.verdict is Verdict.CONTRADICTION for s in r.involved
        )
        out.extend(decision_relations(bq, lex, judged))
        # a statement's outcome list above the decided whole of the statement before it
        judged.update(
            (s.start, s.end) for r in out if r.verdict is Verdict.CONTRADICTION for s in r.involved
        )
        out.extend(outcome_list_relations(bq, lex, judged))
        # two 、 lists, the later the decisions on the earlier item by item
        judged.update(
            (s.start, s.end) for r in out if r.verdict is Verdict.CONTRADICTION for s in r.involved
        )
        out.extend(paired_list_relations(bq, lex, judged))
        # a 其中 statement repeating the statement before figure by figure: each a part
        out.extend(r for r in parallel_relations(bq) if r.span not in judged)
    if several:
        # a sum of amounts no marker links, exact once one takes the others' 元/万元/亿元
        # (not a figure another rule already reports)
        out.extend(
            money_slip_relations(
                bq, (s for r in out if r.verdict is Verdict.CONTRADICTION for s in r.involved)
            )
        )
    out.extend(missing_units(bq))
    # a share of a complete split printed to add up to 100%, its rounding balanced onto it
    out = [r for r in out if not _balanced(bq, r)]
    if announced:  # last: no rule above looks at them
        out.extend(announced_relations(bq, lex, next_blocks))
    return out


def _summable_pair(bq: BlockQuantities, lex: Lexicon) -> bool:
    """Do two countable figures of the block share a unit class (:func:`unit_classes`)? Only
    then can the partition find a whole and its parts or the flow rule two stages: each
    relates figures of one unit, of one [units.same] or [units.kin] group (unit slips, a
    whole in 份 of parts in 件), or filed items and the cases they became (clauses.filed-units
    and filed-as: 纠纷32起 of outcomes in 件)."""
    return shares_class(bq.quantities, unit_classes(lex), COUNTABLE)


@lru_cache(maxsize=4)
def unit_classes(lex: Lexicon) -> dict[str, str]:
    """Each unit of a [units.same] or [units.kin] group, or named by clauses.filed-units or
    filed-as, mapped to one name of its class; the groups sharing a unit are one class."""
    clauses = lex.data["clauses"]
    groups = [
        *lex.data["units"].get("same", {}).values(),
        *lex.data["units"].get("kin", {}).values(),
        [*clauses.get("filed-units", ()), clauses.get("filed-as", "")],
    ]
    return merged_classes([u for u in group if u] for group in groups)


def _balanced(bq: BlockQuantities, r: Relation) -> bool:
    """Is ``r`` an N104 finding on a share that :func:`balanced_share` reads as the
    balanced rounding of a complete split (its numerator and denominator in ``r.data``)?"""
    if r.code != "N104" or r.verdict is not Verdict.CONTRADICTION or r.block != bq.block:
        return False
    try:
        part, whole = Decimal(r.data["numerator"]), Decimal(r.data["denominator"])
    except (KeyError, ArithmeticError):
        return False
    q = next((x for x in bq.quantities if x.num_start == r.span[0]), None)
    return q is not None and balanced_share(bq, q, part, whole)


def _pair_reading(bq: BlockQuantities, lex: Lexicon) -> list[Relation]:
    """:func:`analyze_block` for two paragraphs read together (:mod:`.pickup`): it keeps
    no announced count (N203 looks across paragraphs by itself, and its relations are
    neither rates nor other contradictions), so they are not computed."""
    return analyze_block(bq, lex, announced=False)


def analyze_document(
    document: Document,
    report_year: int | None = None,
    sections: Sequence[SectionRange] | None = None,
    extracted: Sequence[BlockQuantities] | None = None,
) -> list[Relation]:
    """All relations in a document, computed afresh (the ``relations`` view of
    :mod:`fazhi_lint.analysis.views` computes them once per document); ``extracted`` is the
    document's quantities (the ``quantities`` view), extracted here when not given."""
    lex = load_lexicon()
    extracted = list(extracted) if extracted is not None else quantities_of(document)
    texts = {b.index: b.text for b in document.blocks}
    order = [b.index for b in document.blocks]
    position = {index: i for i, index in enumerate(order)}
    out: list[Relation] = []
    by_block = {bq.block: bq for bq in extracted}
    joined = _cut_paragraphs(document, by_block)
    skip = {i for pieces in joined.values() for i in pieces[1:]}
    for bq in extracted:
        if document.blocks and document.blocks[position[bq.block]].kind is BlockKind.TABLE_CELL:
            continue
        if bq.block in skip:
            continue
        run = joined.get(bq.block)
        start = position[run[-1] if run else bq.block] + 1

        def following(start: int = start) -> Iterable[str]:
            return (texts[order[j]] for j in range(start, min(len(order), start + 400)))

        if run is None:
            out.extend(analyze_block(bq, lex, following))
            continue
        # a paragraph cut in the middle of a clause (a PDF line wrap read as a paragraph
        # end): the pieces are read as one text, findings mapped back to their pieces
        pieces = [(i, texts[i]) for i in run]
        whole = extract("".join(t for _, t in pieces), bq.block, lex)
        out.extend(map_back(r, pieces) for r in analyze_block(whole, lex, following))
    # a figure of one paragraph picked up again in a later one under the same heading; each
    # paragraph's own findings are judged again with the paragraph before it
    out.extend(pickup_relations(document, extracted, lex, _pair_reading, skip, out))
    # a scope naming a set stated a few paragraphs before (not only the one before)
    out.extend(containment_across(document, extracted, lex, out))
    # parts of a whole stated before them, the list ending with the rest (其余/剩余)
    out.extend(rest_relations(document, extracted, lex, out))
    # a split declared complete after a reference back to its whole (「以上案件分为四类：」)
    out.extend(backref_relations(document, extracted, lex, out))
    # a union of kinds (全镇31个村（社区）) counted again kind by kind
    out.extend(union_relations(document, extracted, lex, out))
    # a rate of a union's count (村（社区）) over the kinds listed before it
    out.extend(union_rate_relations(document, extracted, lex, out))
    # a rate stated sentences or paragraphs after the part and whole it is computed from
    out.extend(rates_across(document, extracted, lex, out, report_year))
    # a change stated sentences or paragraphs after the figures it compares
    out.extend(changes_across(document, extracted, lex, out, report_year))
    # a 个百分点 gap between a rate and the rate of a set it names (快于城镇, 高于全省)
    out.extend(rate_gap_relations(document, extracted))
    # a 个百分点 gap against a base rate the comparison prints (较全国（57.35%）高0.75个百分点)
    out.extend(printed_gap_relations(extracted, out))
    out.extend(table_relations(document, lex))
    out.extend(spaced_row_changes(document))
    out.extend(text_table_relations(document, extracted, lex))
    # shares printed as a row under the row of their counts (a table laid on its side)
    out.extend(share_row_relations(document))
    # the rows of a split printed a line each (「投诉3751件 占比82.13%」…「其他2件 占比0.04%」)
    out.extend(row_line_relations(document, extracted, lex))
    if sections:
        out.extend(year_relations(document, report_year, sections, extracted))
    elif report_year is not None and document.blocks:
        # no top-level sections: the whole text reports the year's work
        everything = SectionRange("C1", -1, document.blocks[-1].index + 1)
        out.extend(year_relations(document, report_year, [everything], extracted))
    out.extend(date_relations(document, report_year, sections or (), extracted))
    out.extend(
        signed_relations(
            document,
            report_year,
            lex,
            None if report_year is None else lambda: stated_period_end(extracted, report_year),
        )
    )
    out.extend(titled_relations(extracted, document, report_year, sections or (), lex))
    out.extend(draft_relations(extracted, document, lex))
    out.extend(period_relations(extracted, lex, report_year))
    out.extend(date_consistency_relations(extracted, report_year))
    out.extend(time_progress_relations(extracted))
    out.extend(delivered_relations(extracted))
    out.extend(headed_year_relations(extracted))
    head = [(b.index, b.text) for b in document.blocks[:8] if b.kind is BlockKind.PARAGRAPH]
    out.extend(snapshot_relations(extracted, lex, report_year, head))
    out.extend(dateline_relations(extracted, lex, report_year, out))
    out.extend(r for bq in extracted for r in parts_past_span(bq, report_year))
    out.extend(base_period_relations(extracted, report_year))
    # last: a link between figures that count different things is no error, and a link
    # the rules inferred (not the text's) is no error either, only a warning that says so
    return sure_links(gate_links(out, extracted), extracted)


# a block cannot open in the middle of a number or a clause: a unit, a comma, or a figure
# with its unit as first words mean the block before it was cut (…其中投诉8716 / 件、举报
# 2457件; …调解成功率为 / 63.9%，…); 「1.矛盾纠纷排查」 opens a numbered item, not a cut
_CONTINUATION_RE = re.compile(
    r"^(?:[%％，,、；;：:。）)件人次个项份家起场元万亿名户]"
    r"|[0-9０-９]+(?:[.．][0-9０-９]+)?(?:[%％万亿件人次个项份家起场元户名位条天]))"
)
_TERMINAL = tuple("。！？!?；;：:")
MAX_JOINED = 8  # pieces of one cut paragraph read together


def _cut_paragraphs(
    document: Document, by_block: dict[int, BlockQuantities]
) -> dict[int, list[int]]:
    """Runs of consecutive body paragraphs that are one paragraph cut mid-clause, keyed by
    their first block: the next one starts where no paragraph can (a digit, a unit, a
    comma) and the one before does not end a sentence."""
    runs: dict[int, list[int]] = {}
    blocks = [b for b in document.blocks if b.kind is BlockKind.PARAGRAPH]
    current: list[int] = []
    for prev, block in itertools.pairwise(blocks):
        cut = (
            prev.index in by_block
            and block.index in by_block
            and block.index == prev.index + 1
            and not prev.text.rstrip().endswith(_TERMINAL)
            and _CONTINUATION_RE.match(block.text) is not None
            and len(current) < MAX_JOINED
        )
        if cut:
            if not current:
                current = [prev.index]
            current.append(block.index)
        else:
            if current:
                runs[current[0]] = current
            current = []
    if current:
        runs[current[0]] = current
    return runs


def analyze_text(text: str, report_year: int | None = None) -> list[Relation]:
    """Convenience for tests and exploration: one block per line."""
    lines = [line for line in text.splitlines() if line.strip()]
    blocks = [Block(index=i, text=line) for i, line in enumerate(lines)]
    document = Document(path="<text>", format="text", blocks=blocks)
    return analyze_document(document, report_year)


def contradictions(relations: Iterable[Relation]) -> list[Relation]:
    return [r for r in relations if r.verdict is Verdict.CONTRADICTION]


def _once(
    out: list[Relation], keep: Callable[[Relation], bool], drop: Callable[[Relation], bool]
) -> list[Relation]:
    """``out`` without the relations ``drop`` selects whose figures are exactly those of a
    relation ``keep`` selects: one finding for one reading told by two rules."""
    claimed = {frozenset(r.involved) for r in out if keep(r)}
    if not claimed:
        return out
    return [r for r in out if not (drop(r) and frozenset(r.involved) in claimed)]
