"""Session 23's linear back-searches (issue 12): each shortcut compared with the long way it
replaced, on random inputs and on the seed paragraphs."""

from __future__ import annotations

import random
from pathlib import Path

from draws import draws

from fazhi_lint.analysis.quantities import BlockQuantities, extract, load_lexicon
from fazhi_lint.analysis.relations import own_sum, partition, trend
from fazhi_lint.analysis.relations.common import char_before

SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"


def _seed_blocks() -> list[BlockQuantities]:
    lex = load_lexicon()
    lines = {
        line
        for path in sorted(SEEDS.glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    return [extract(line, 0, lex) for line in sorted(lines)]


def test_the_character_before_is_the_last_of_the_stripped_prefix() -> None:
    rng = random.Random(23001)
    for _ in range(draws(3000)):
        text = "".join(rng.choices(" 　（(件9a，", k=rng.randint(0, 12)))
        pos = rng.randint(0, len(text))
        for skipped in (" 　", " 　（("):
            assert char_before(text, pos, skipped) == text[:pos].rstrip(skipped)[-1:]


def test_a_sentence_s_figures_and_years_are_those_read_one_by_one() -> None:
    for bq in _seed_blocks():
        figures, years = trend._by_sentence(bq)
        for s in range(len(bq.sentence_starts)):
            assert figures.get(s, []) == [q for q in bq.quantities if q.sentence == s]
            assert years.get(s, []) == [y for y in bq.years if bq.sentence_of(y.start) == s]


def test_a_share_s_clause_figures_are_those_read_one_by_one() -> None:
    for bq in _seed_blocks():
        text = bq.text
        for q in bq.quantities:
            start = max(text.rfind(ch, 0, q.num_start) for ch in "，,；;。：:") + 1
            old = [p for p in bq.quantities if start <= p.num_start < q.num_start]
            assert own_sum._clause_figures(bq, q) == old


def test_a_sentence_opening_with_a_marker_is_found_by_bisection() -> None:
    rng = random.Random(23002)
    for _ in range(draws(2000)):
        text = "".join(rng.choices("。 　其中a", k=rng.randint(1, 30)))
        bq = BlockQuantities(block=0, text=text)
        bq.sentence_starts = [0] + [i + 1 for i, ch in enumerate(text[:-1]) if ch == "。"]
        starts = sorted(rng.sample(range(len(text)), rng.randint(0, min(5, len(text)))))
        for k in range(len(bq.sentence_starts)):
            if k + 1 < len(bq.sentence_starts):
                n_start = bq.sentence_starts[k + 1]
                lead = len(text[n_start:]) - len(text[n_start:].lstrip(" 　"))
                old = any(s == n_start + lead for s in starts)
            else:
                old = False
            assert partition._broken_down_next(bq, k, starts) == old
