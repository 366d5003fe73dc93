"""Session 27's second warm shortcut (issue 12) gives what the long way gave, compared on
random paragraphs and on the case texts of a read set: ``analyze_block`` asks the net, member,
funnel, outcome, decision, paired-list and repeat rules only about a paragraph where two
countable figures share a unit class (``analyze._summable_pair``), and the containment rule
reads its scopes, 从中 clauses, categories and dimensions only where two of its figures may be
compared (``containment._class_pair``); elsewhere each finds nothing."""

from __future__ import annotations

import random
from pathlib import Path

import tomllib
from draws import draws
from test_statistics_s27_warm import _paragraph

from fazhi_lint.analysis.quantities import BlockQuantities, Lexicon, extract, load_lexicon
from fazhi_lint.analysis.relations import analyze, containment
from fazhi_lint.analysis.relations.carried_inside import carried_inside_relations
from fazhi_lint.analysis.relations.decisions import decision_relations
from fazhi_lint.analysis.relations.funnel import funnel_relations
from fazhi_lint.analysis.relations.members import member_relations
from fazhi_lint.analysis.relations.net import net_relations
from fazhi_lint.analysis.relations.outcomes import outcome_relations
from fazhi_lint.analysis.relations.paired_lists import paired_list_relations
from fazhi_lint.analysis.relations.parallel import parallel_relations

_SETS = Path(__file__).resolve().parents[1] / "fixtures" / "statistics"


def _gated(bq: BlockQuantities, lex: Lexicon) -> list[object]:
    return [
        *net_relations(bq, lex),
        *carried_inside_relations(bq, lex),
        *member_relations(bq, lex),
        *funnel_relations(bq, lex, set()),
        *outcome_relations(bq, lex, set()),
        *decision_relations(bq, lex, set()),
        *paired_list_relations(bq, lex, set()),
        *parallel_relations(bq),
    ]


def _compared(bq: BlockQuantities, lex: Lexicon) -> list[object]:
    qs = [q for q in bq.quantities if containment._usable(q, lex)]
    return [
        *containment._scoped(bq, lex, qs),
        *containment._drawn(bq, lex, qs),
        *containment._categories(bq, lex, qs),
        *containment._by_dimension(bq, lex, qs),
    ]


def _texts() -> list[str]:
    rng = random.Random(272)
    texts = [_paragraph(rng) for _ in range(draws(600))]
    # (a part above the set it is drawn from, for the side where the rule finds something)
    texts += [
        "全年受理行政复议案件47件。在受理的案件中，从中立案查处52件。",
        "收到群众来信47件，从中立案查处52起。",
    ]
    paths = [_SETS / "flow.toml", _SETS / "partitions.toml", *sorted(_SETS.glob("real19/*.toml"))]
    for path in paths:
        cases = tomllib.loads(path.read_text(encoding="utf-8")).get("case", [])
        texts.extend(line for c in cases for line in c.get("text", "").splitlines() if line)
    return texts


def test_the_gated_rules_find_nothing_where_the_gates_skip() -> None:
    lex = load_lexicon()
    skipped = compared = found = 0
    for text in _texts():
        bq = extract(text, 0, lex)
        if len(bq.quantities) < 2:
            continue
        if not analyze._summable_pair(bq, lex):
            skipped += 1
            assert _gated(bq, lex) == [], text
        qs = [q for q in bq.quantities if containment._usable(q, lex)]
        if containment._class_pair(lex, qs):
            found += bool(_compared(bq, lex))
        else:
            compared += 1
            assert _compared(bq, lex) == [], text
    # (the inputs reach both sides: paragraphs left out, and ones where a rule finds something)
    assert skipped and compared and found


def test_comparable_figures_share_a_class() -> None:
    lex = load_lexicon()
    classes = containment._unit_class(lex)
    assert classes["件"] == classes["起"]
    assert classes["亩"] == classes["公顷"]
    assert classes.get("人次", "人次") != classes.get("人", "人")
