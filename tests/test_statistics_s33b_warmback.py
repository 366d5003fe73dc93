"""Session 33's second warm cut (s33b-warmback, issue 12) gives what the long way gave, on
random inputs: the carry denial (:func:`common._carry_denial_re`) with each bare 结转 word a
branch of its own, against the grouped form it replaced, and the carry-in words other than 结转
looked for in a figure's words by one search (:func:`partition._carry_in_words_re`) instead of a
substring test per word."""

from __future__ import annotations

import random
import re
from collections.abc import Sequence

from draws import draws

from fazhi_lint.analysis.quantities import load_lexicon
from fazhi_lint.analysis.relations import common, partition


def _grouped_denial() -> re.Pattern[str]:
    """The carry denial as it was built before: the bare words in one group, then the look."""
    clauses = load_lexicon().data["clauses"]
    new = clauses.get("all-new", {})

    def alt(words: Sequence[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"

    rest = f"(?:{alt(new.get('years', ()))})新?(?:{alt(new.get('intakes', ()))})"
    leads = sorted(new.get("leads", ()), key=len, reverse=True)
    words = clauses.get("no-carry", ())
    bare = [w for w in words if w.endswith("结转")]
    told = [w for w in words if not w.endswith("结转")]
    out_bare = f"(?:{alt(bare)})" + common._CARRY_ONWARD if bare else "(?!)"
    return re.compile("|".join([alt(told), out_bare, *(re.escape(w) + rest for w in leads)]))


def test_the_carry_denial_matches_where_the_grouped_form_matched() -> None:
    lex = load_lexicon()
    clauses = lex.data["clauses"]
    assert any(w.endswith("结转") for w in clauses["no-carry"])
    pieces = [
        *clauses["no-carry"],
        *clauses.get("all-new", {}).get("leads", ()),
        *"下至到入年度新收案件，。无上结转0123",
        "2024年",
        "2024年度继续",
        "办理",
        "处理",
        "当年",
    ]
    old, new = _grouped_denial(), common._carry_denial_re(lex)
    rng = random.Random(33021)
    found = 0
    for _ in range(draws(4000)):
        text = "".join(rng.choices(pieces, k=rng.randint(0, 12)))
        want = [m.span() for m in old.finditer(text)]
        assert [m.span() for m in new.finditer(text)] == want, text
        found += bool(want)
    assert found >= draws(400)


def test_the_carry_in_search_finds_the_words_the_loop_finds() -> None:
    lex = load_lexicon()
    words = [w for w in lex.data["clauses"]["carry-in"] if w != "结转"]
    assert len(words) > 30  # the derived year-before × carry-verbs words among them
    filler = [*"上年度一月季去往以前结转入办在未审末底旧存的件其中共受理", "，"]
    rng = random.Random(33022)
    found = 0
    for _ in range(draws(4000)):
        parts = rng.choices(filler, k=rng.randint(0, 20))
        if rng.random() < 0.3:
            parts.insert(rng.randint(0, len(parts)), rng.choice(words))
        text = "".join(parts)
        slow = any(w in text for w in words)
        assert (partition._carry_in_words_re(lex).search(text) is not None) == slow, text
        found += slow
    assert found >= draws(400)
