"""Session 29's warm shortcuts (issue 12) give what the long way gave, on random inputs: a
paragraph's mark places listed once per text and mark (whatever set of marks asks, in whatever
order the sets come), and the patterns compiled once instead of at every call (the body a matter
was sent to, a kind after its measure word, a figure's words after it, quoted names, a
heading's marks)."""

from __future__ import annotations

import random
import re

from draws import draws

from fazhi_lint.analysis.quantities import load_lexicon

_ALPHABET = [*"，,；;。：:《》（）()、-]^\\甲乙1！？!?", "，，", "。"]


def test_mark_positions_of_several_sets_on_one_text_are_what_a_class_finds() -> None:
    from fazhi_lint.analysis.relations.common import mark_positions

    rng = random.Random(2929)
    for _ in range(draws(800)):
        text = "".join(rng.choices(_ALPHABET, k=rng.randint(0, 40)))
        # the same text asked for several sets, some twice, in a random order
        sets = ["".join(rng.choices(_ALPHABET[:22], k=rng.randint(1, 8))) for _ in range(5)]
        for marks in rng.choices(sets, k=8):
            slow = [m.start() for m in re.finditer(f"[{re.escape(marks)}]", text)]
            got = mark_positions(text, marks)
            assert got == slow, (text, marks)
            assert got == sorted(set(got))


def test_compiled_patterns_find_what_the_patterns_built_per_call_found() -> None:
    from fazhi_lint.analysis.relations import flow, kinds, union
    from fazhi_lint.analysis.relations.announced import _QUOTED_NAMES_RE
    from fazhi_lint.analysis.relations.years import _is_heading

    lex = load_lexicon()
    chains = lex.data["clauses"].get("named-stages", ())
    compiled = flow._sent_to_res(lex)
    assert len(compiled) == len(chains)
    for (first, *_later), pattern in zip(chains, compiled, strict=True):
        words = "|".join(re.escape(w) for w in first)
        assert pattern.pattern == rf"向({flow._RECIPIENT_CHARS})(?:{words})"
    pieces = ["和", "、", "及", "与", "甲", "乙", "“", "”", "《", "》", "，", "。", "；", "1", " "]
    rng = random.Random(2930)
    for _ in range(draws(3000)):
        s = "".join(rng.choices(pieces, k=rng.randint(0, 14)))
        m = re.match(rf"{union._HAN}{{1,4}}", s)
        got = union._KIND_AFTER_RE.match(s)
        assert (got.group(0) if got else None) == (m.group(0) if m else None)
        if m:
            assert union._JOIN_SPLIT_RE.split(m.group(0)) == re.split("和|、|及|与", m.group(0))
        tail = re.match(rf"{kinds._WORD}{{0,12}}", s)
        got = kinds._SAID_TAIL_RE.match(s)
        assert (got.group(0) if got else None) == (tail.group(0) if tail else None)
        assert _QUOTED_NAMES_RE.findall(s) == re.findall(r"“[^”]{1,40}”|《[^》]{1,40}》", s)
        stripped = s.strip()
        slow = (
            len(stripped) <= 40
            and not re.search(r"[。；;]", stripped)
            and bool(_heading_like(stripped) or not re.search(r"[，,]", stripped))
        )
        assert _is_heading(s) == slow


def _heading_like(text: str) -> bool:
    from fazhi_lint.analysis.relations.years import _HEADING_LIKE_RE

    return _HEADING_LIKE_RE.match(text) is not None
