"""Session 31, cold start (s31-cold): what the cuts keep exactly as it was."""

from __future__ import annotations

import random
from typing import Any

from fazhi_lint.analysis.quantities import load_lexicon
from fazhi_lint.analysis.relations import flow


def _stages_by_scan(chains: Any) -> dict[str, list[tuple[int, int]]]:
    """``flow._stage_words``' table as it was built before: every stage word tried on every
    word (``startswith``)."""
    named = [
        (w, c, k) for c, stages in enumerate(chains) for k, ws in enumerate(stages) for w in ws
    ]
    words = sorted({w for w, _, _ in named}, key=lambda w: (-len(w), w))
    return {w: [(c, k) for v, c, k in named if w.startswith(v)] for w in words}


class _Lex:
    """What ``_stage_words`` reads of a lexicon (hashable by identity, as a ``Lexicon``)."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data


def _table(data: dict[str, Any]) -> dict[str, list[tuple[int, int]]]:
    flow._stage_words.cache_clear()
    try:
        _, stages_of = flow._stage_words(_Lex(data))  # type: ignore[arg-type]
        return stages_of
    finally:
        flow._stage_words.cache_clear()


def test_the_stage_table_by_prefix_lookup_is_the_scanned_one() -> None:
    clauses = load_lexicon().data["clauses"]
    chains = (*clauses.get("approval-stages", ()), *clauses.get("named-stages", ()))
    found = _table({"clauses": clauses})
    expected = _stages_by_scan(chains)
    assert found == expected
    assert list(found) == list(expected)  # the same words in the same order
    assert any(len(pairs) > 1 for pairs in found.values())  # words holding shorter ones


def test_the_stage_table_on_random_chains() -> None:
    rng = random.Random(31)
    letters = "受理办结审批核准立案结案调解"
    for _ in range(400):
        chains = [
            [
                [
                    "".join(rng.choice(letters) for _ in range(rng.randint(1, 4)))
                    for _ in range(rng.randint(0, 3))
                ]
                for _ in range(rng.randint(1, 4))
            ]
            for _ in range(rng.randint(0, 3))
        ]
        half = rng.randint(0, len(chains))
        data = {"clauses": {"approval-stages": chains[:half], "named-stages": chains[half:]}}
        found = _table(data)
        expected = _stages_by_scan(chains)
        assert found == expected
        assert list(found) == list(expected)
