"""Session 26's warm shortcut (issue 12) gives what the long way gave, compared on random
inputs: partition's ``_named_split`` passes over a pair or set of ``clauses`` whose first word
none of the parts holds (before, each was counted part by part)."""

from __future__ import annotations

import random

from draws import draws

from fazhi_lint.analysis.quantities import load_lexicon
from fazhi_lint.analysis.relations import partition


def _long_way(lex, phrases, key):  # type: ignore[no-untyped-def]
    return any(
        partition._named_split_by(combo, phrases)
        for combo in partition._combos_of(lex, key, len(phrases))
    )


def test_named_split_answers_what_the_part_by_part_count_answered() -> None:
    lex = load_lexicon()
    rng = random.Random(26)
    found = 0
    for key in ("exhaustive", "outcome-spaces", "origin-splits"):
        words = [w for combo in lex.data["clauses"].get(key, ()) for w in combo]
        others = ["案件", "程序", "审理", "的", "不", "未", "、", ""]
        for _ in range(draws(2000)):
            phrases = [
                "".join(rng.choice(words if rng.random() < 0.4 else others) for _ in range(3))
                for _ in range(rng.choice((1, 2, 2, 3)))
            ]
            got = partition._named_split(lex, phrases, key)
            assert got == _long_way(lex, phrases, key), (key, phrases)
            found += got
    assert found  # (the inputs reach splits that are named, not only ones that are not)
