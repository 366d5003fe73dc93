"""Session 33's warm shortcuts (issue 12) give what the long way gave, on random inputs: the
announcing sentence a pointing-back lead is read against (:func:`announced._led_back`), now
bounded only when a lead needs it, and the ranking words looked for in a paragraph by one
search instead of a substring test per word (:func:`partition.partition_relations`)."""

from __future__ import annotations

import random

from draws import draws

from fazhi_lint.analysis.relations import announced, partition

_PIECES = [
    *"，,；;。！？!?\n（）()“”《》、甲乙丙丁的修订制度包括",
    "。",
    "（",
    "）",
    "修订的",
    "制度",
]


def _said_the_long_way(text: str, count_at: int | None, lead_at: int | None) -> str:
    """What ``_led_back`` read before: both bounds computed at its start, then cut."""
    said_from = announced._sentence_start(text, count_at) if count_at is not None else 0
    said_to = (
        announced._top_end(text, count_at, announced._SENTENCE_END) if count_at is not None else 0
    )
    return text[said_from : min(said_to, lead_at) if lead_at is not None else said_to]


def test_the_announcing_sentence_read_late_is_the_one_read_first() -> None:
    rng = random.Random(3333)
    for _ in range(draws(3000)):
        text = "".join(rng.choices(_PIECES, k=rng.randint(0, 60)))
        count_at = rng.choice([None, rng.randint(0, len(text))])
        lead_at = rng.choice([None, rng.randint(0, len(text) + 5)])
        got = announced._said(text, count_at, lead_at)
        assert got == _said_the_long_way(text, count_at, lead_at), (text, count_at, lead_at)


def test_the_ranking_search_finds_a_paragraph_the_word_loop_finds() -> None:
    words = partition._ranking_words()
    assert words  # numbers.toml ``clauses.ranking``
    filler = [*"前排名位居最较多的集中三两五十几其中共件", "，", "。"]
    rng = random.Random(3334)
    found = 0
    for _ in range(draws(4000)):
        pieces = rng.choices(filler, k=rng.randint(0, 30))
        if rng.random() < 0.3:
            pieces.insert(rng.randint(0, len(pieces)), rng.choice(words))
        text = "".join(pieces)
        slow = any(w in text for w in words)
        assert (partition._ranking_re().search(text) is not None) == slow, text
        found += slow
    assert found >= draws(400)
