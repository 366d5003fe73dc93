"""Session 37's warm cuts (s37-speed, issue 12) give what the long way gave, on random texts.

Word lists searched one ``find`` each, now one search of their alternation: flow's still-open
words after a figure (:func:`flow._still_going`), the named stages of a figure's clause
(:func:`flow._named_stage_of`: the first stage's first place, a later stage's word after it
with no 中 between) and the decision a figure's words name first
(:func:`flow._decision_of`: the first place, the least word there); containment's kind words
before a figure (``_KIND_WORD_RE``); partition's split-by-nature combos read part by part only
when every word of one stands in the parts (:func:`partition._named_split`), and the strongest
list mark of a gap (:func:`partition._mark_strength`) by a test of each mark."""

from __future__ import annotations

import random
from collections.abc import Sequence

from draws import draws

from fazhi_lint.analysis.quantities import load_lexicon
from fazhi_lint.analysis.relations import containment, flow, partition


def _text(rng: random.Random, words: Sequence[str], n: int = 8) -> str:
    """Words of the lists, pieces of them, 中 and marks, in random order."""
    pieces: list[str] = []
    for _ in range(rng.randint(0, n)):
        w = rng.choice(words)
        r = rng.random()
        if r < 0.2 and len(w) > 1:
            w = w[: rng.randint(1, len(w) - 1)]
        elif r < 0.35:
            w = rng.choice("中的，、；;,。案件已")
        pieces.append(w)
    return "".join(pieces)


def test_the_first_pending_word_is_the_least_find() -> None:
    lex = load_lexicon()
    words = list(lex.data["clauses"]["pending"])
    rng = random.Random(37001)
    found = 0
    for _ in range(draws(4000)):
        after = _text(rng, words)
        places = [at for w in words if (at := after.find(w)) >= 0]
        m = flow._pending_re(lex).search(after)
        assert (m.start() if m else None) == (min(places) if places else None), after
        found += m is not None
    assert found >= draws(1000)


def _named_stage_of_long(lex: object, clause: str, after: str) -> tuple[tuple[int, int], ...]:
    """:func:`flow._named_stage_of` as it was (a ``find`` of each word)."""
    chains = lex.data["clauses"].get("named-stages", ())  # type: ignore[attr-defined]
    base = len(lex.data["clauses"].get("approval-stages", ()))  # type: ignore[attr-defined]
    out: list[tuple[int, int]] = []
    for c, (first, *later) in enumerate(chains):
        at = min((i for i in (clause.find(w) for w in first) if i >= 0), default=-1)
        k = next(
            (
                k
                for k in range(len(later), 0, -1)
                if at >= 0
                and any(
                    (i := clause.find(w, at + 1)) > at and "中" not in clause[at:i]
                    for w in later[k - 1]
                )
            ),
            0,
        )
        if k or at >= 0 or any(w in after for w in first):
            out.append((base + c, k))
    return tuple(out)


def test_the_named_stages_are_those_of_a_find_of_each_word() -> None:
    lex = load_lexicon()
    words = [w for chain in lex.data["clauses"]["named-stages"] for ws in chain for w in ws]
    rng = random.Random(37002)
    named = later = 0
    for _ in range(draws(4000)):
        clause, after = _text(rng, words), _text(rng, words, 3)
        got = flow._named_stage_of(lex, clause, after)
        assert got == _named_stage_of_long(lex, clause, after), (clause, after)
        named += bool(got)
        later += any(k for _, k in got)
    assert named >= draws(1000) and later >= draws(200)


def test_the_decision_named_first_is_the_least_of_the_first_place() -> None:
    lex = load_lexicon()
    clauses = lex.data["clauses"]
    keys = ("form-answers", "one-decision", "closing-ways")
    words = [w for key in keys for w in clauses.get(key, ())]
    rng = random.Random(37003)
    hit = 0
    for _ in range(draws(4000)):
        text = _text(rng, words)
        for key in keys:
            hits = [(text.find(w), w) for w in clauses.get(key, ()) if w in text]
            m = flow._decision_words_re(lex, key).search(text)
            assert (m.group() if m else None) == (min(hits)[1] if hits else None), (key, text)
            hit += bool(hits)
    assert hit >= draws(1000)


def test_the_kind_words_are_found_in_the_stretch() -> None:
    rng = random.Random(37004)
    for _ in range(draws(4000)):
        text = _text(rng, ["类", "领域", "方面", "领", "域", "方", "面", "件"], 12)
        a, b = sorted(rng.randint(0, len(text) + 2) for _ in range(2))
        if rng.random() < 0.1:
            a, b = b + 1, b  # a stretch that is empty (its start past its end)
        long = any(w in text[a:b] for w in ("类", "领域", "方面"))
        assert (containment._KIND_WORD_RE.search(text, a, b) is not None) == long


def test_a_split_by_nature_is_named_as_part_by_part() -> None:
    lex = load_lexicon()
    key = "exhaustive"
    combos = [c for c in lex.data["clauses"].get(key, ()) if c]
    words = [w for c in combos for w in c]
    rng = random.Random(37005)
    named = 0
    for _ in range(draws(3000)):
        size = rng.choice([2, 2, 2, 3])
        if rng.random() < 0.5:
            same = [c for c in combos if len(c) == size]
            combo = rng.choice(same) if same else ()
            phrases = [_text(rng, words, 2) + w + _text(rng, words, 1) for w in combo]
            rng.shuffle(phrases)
        else:
            phrases = [_text(rng, words, 3) for _ in range(size)]
        long = any(
            partition._named_split_by(c, phrases)
            for c in partition._combos_of(lex, key, len(phrases))
            if not c or c[0] in "\n".join(phrases)
        )
        got = partition._named_split(lex, phrases, key)
        assert got == long, phrases
        named += got
    assert named >= draws(300)


def test_the_strongest_mark_of_a_gap() -> None:
    rng = random.Random(37006)
    strength = {"、": 1, "，": 2, ",": 2, "；": 3, ";": 3}
    for _ in range(draws(4000)):
        text = "".join(rng.choices("、，,；;。案件的 ", k=rng.randint(0, 12)))
        a, b = sorted(rng.randint(0, len(text)) for _ in range(2))
        long = max((strength[c] for c in text[a:b] if c in strength), default=0)
        assert partition._mark_strength(text, a, b) == long
