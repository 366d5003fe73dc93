"""Session 26's second warm shortcuts (issue 12) give what the long way gave, compared on
random inputs: the ranking rule's pattern tried at its first characters only
(``quantities.scan``, where ``finditer`` tried it at every character), and the plan part's
words looked for by one search (where each word was a substring test of its own)."""

from __future__ import annotations

import random

from draws import draws

from fazhi_lint.analysis.quantities import scan
from fazhi_lint.analysis.relations import ranking, years

# the characters the patterns read, and some prose around them
_RANK_CHARS = "排名在位居于列前提之此以目当事会赛节0123两二三四五六十季月年个类的为：，、。案件镇街"
_PLAN_CHARS = "下一步年度明来新的阶段今后接未工作将继续，。"


def test_ranking_scan_finds_what_finditer_found() -> None:
    rng = random.Random(262)
    found = 0
    for _ in range(draws(3000)):
        text = "".join(rng.choice(_RANK_CHARS) for _ in range(rng.randint(0, 40)))
        long_way = [m.groupdict() | {"span": m.span()} for m in ranking._RANK_RE.finditer(text)]
        shortcut = [m.groupdict() | {"span": m.span()} for m in scan(ranking._RANK_RE, text)]
        assert shortcut == long_way, text
        found += len(long_way)
    assert found  # (the inputs reach ranks, not only texts without one)


def test_plan_words_search_answers_what_the_word_tests_answered() -> None:
    rng = random.Random(263)
    found = 0
    for _ in range(draws(3000)):
        text = "".join(rng.choice(_PLAN_CHARS) for _ in range(rng.randint(0, 30)))
        long_way = any(w in text for w in years._PLAN_WORDS)
        assert (years._PLAN_WORD_RE.search(text) is not None) == long_way, text
        found += long_way
    assert found
