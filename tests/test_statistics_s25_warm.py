"""Session 25's warm shortcut (issue 12) gives what the long way gave, compared on random
inputs: flow's approval chains walk the approval stages only where the paragraph names two
stages of one approval chain (before, any chain named twice let both walks run)."""

from __future__ import annotations

import random
from functools import partial

from draws import draws

from fazhi_lint.analysis.quantities import extract, load_lexicon
from fazhi_lint.analysis.relations import flow


def _both_walks(lex, bq):  # type: ignore[no-untyped-def]
    """Flow's approval chains as before the shortcut: both walks once any chain is named twice."""
    approval = lex.data["clauses"].get("approval-stages", ())
    named = lex.data["clauses"].get("named-stages", ())
    if not flow._two_stages_named(lex, bq.text):
        return []
    return [
        *flow._chain_walk(
            lex, bq, approval, lambda own, after: flow._approval_stage_of(lex, own), False
        ),
        *flow._chain_walk(lex, bq, [*approval, *named], partial(flow._named_stage_of, lex), True),
    ]


def test_the_approval_walk_is_left_only_where_it_finds_nothing() -> None:
    lex = load_lexicon()
    clauses_of = lex.data["clauses"]
    words = [
        w
        for key in ("approval-stages", "named-stages")
        for c in clauses_of[key]
        for s in c
        for w in s
    ]
    others = ["其中", "案件", "项目", "公安机关", "已", "的", "、", ""]
    rng = random.Random(25)
    found = skipped = 0
    for _ in range(draws(3000)):
        # clauses of words and a figure (「申报项目57件，初审52件」), now and then two sentences
        clauses = [
            "".join(rng.choices([*words, *others], k=rng.randint(1, 3)))
            + f"{rng.randint(1, 99)}{rng.choice('件件件个')}"
            for _ in range(rng.randint(2, 5))
        ]
        text = "".join(c + rng.choice("，，，、；。") for c in clauses)
        bq = extract(text, 0, lex)
        expected = _both_walks(lex, bq)
        assert flow._approval_chains(lex, bq) == expected, text
        found += bool(expected)
        twice = flow._chains_named_twice(lex, bq.text)
        skipped += bool(twice) and min(twice) >= len(clauses_of["approval-stages"])
    # findings made, and walks left out (a quarter of the inputs in the fast lane: 100 scaled)
    assert found > draws(100) and skipped > draws(100), (found, skipped)
