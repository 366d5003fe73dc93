"""Session 34's warm cuts (s34-speed, issue 12) give what the long way gave, on random inputs:
partition's first verb of a figure's words found by one search of the verbs' alternation
(:func:`partition._first_verb`) instead of a ``find`` of each verb, and funnel's nearest stage
word (:func:`funnel.nearest_stage_word`) gated by one search for any stage word."""

from __future__ import annotations

import random

from draws import draws

from fazhi_lint.analysis.quantities import Lexicon, load_lexicon
from fazhi_lint.analysis.relations import funnel, partition


def _first_verb_by_find(words: str) -> str:
    """The first verb as it was found before: a ``find`` of each verb, longest first."""
    best, at = "", len(words)
    for v in partition._verbs():
        i = words.find(v)
        if 0 <= i < at:
            best, at = v, i
    return best


def _nearest_by_rfind(lex: Lexicon, words: str) -> tuple[int, int, int, str] | None:
    """The nearest stage word as it was found before: a ``rfind`` of each, no gate."""
    best: tuple[int, int, int, str] | None = None
    for word, rank in funnel._stage_words(lex)[0]:
        at = words.rfind(word)
        if at < 0:
            continue
        key = (at + len(word), len(word), rank, word)
        if best is None or key[:2] > best[:2]:
            best = key
    return best


def test_the_first_verb_is_the_one_the_finds_gave() -> None:
    verbs = list(partition._verbs())
    assert len(verbs) > 100 and "" not in verbs
    filler = [*"依法受理审结办结的案件中共已对其，、。立案查处申请1230件", "不予受理", "依法"]
    rng = random.Random(34011)
    found = 0
    for _ in range(draws(6000)):
        parts = rng.choices(filler, k=rng.randint(0, 14))
        for _ in range(rng.randint(0, 3)):
            parts.insert(rng.randint(0, len(parts)), rng.choice(verbs))
        text = "".join(parts)
        want = _first_verb_by_find(text)
        assert partition._first_verb(text) == want, text
        found += bool(want)
    assert found >= draws(1000)


def test_the_nearest_stage_word_is_the_one_the_rfinds_gave() -> None:
    lex = load_lexicon()
    stage_words = [w for w, _ in funnel._stage_words(lex)[0]]
    assert len(stage_words) > 10 and "" not in stage_words
    filler = [*"收到受理办结审结已未不予的案件中共对其，、件12", "不予受理", "上年"]
    rng = random.Random(34012)
    found = none = 0
    for _ in range(draws(6000)):
        parts = rng.choices(filler, k=rng.randint(0, 14))
        if rng.random() < 0.5:
            for _ in range(rng.randint(1, 3)):
                parts.insert(rng.randint(0, len(parts)), rng.choice(stage_words))
        text = "".join(parts)
        want = _nearest_by_rfind(lex, text)
        assert funnel.nearest_stage_word(lex, text) == want, text
        found += want is not None
        none += want is None
    assert found >= draws(1000) and none >= draws(500)
