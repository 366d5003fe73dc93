"""Session 24's warm shortcuts (issue 12) give what the long way gave, compared on random inputs:
``TextIndex.may_match`` (a class of first characters looked for one by one, a look-behind's
text found first) answers what one search of the joined texts answers, and the carry-over
denials, one branch per lead, are found where the pattern of one group of leads found them."""

from __future__ import annotations

import random
import re

import pytest
from draws import draws

from fazhi_lint.analysis import prefilter
from fazhi_lint.analysis.placeholders import PLACEHOLDER_FIRST, PLACEHOLDERS
from fazhi_lint.analysis.prefilter import TextIndex
from fazhi_lint.analysis.quantities import load_lexicon
from fazhi_lint.analysis.relations import common


def _wording_patterns() -> list[re.Pattern[str]]:
    from checks.wording import load_rules

    return [r.regex for r in load_rules()]


def _alphabet(patterns: list[re.Pattern[str]]) -> list[str]:
    """The literal characters of the patterns' sources, and marks, digits and line breaks."""
    chars = {c for p in patterns for c in p.pattern if not c.isascii() or c.isalnum()}
    return sorted(chars | set("，。；、：（）()*＊_＿xX0129 \u3000\n"))


@pytest.mark.parametrize("seed", range(4))
def test_may_match_answers_what_the_joined_search_answers(seed: int) -> None:
    rng = random.Random(seed)
    patterns = [(p, None) for p in _wording_patterns()]
    patterns += [(p, PLACEHOLDER_FIRST.get(kind)) for kind, p, _ in PLACEHOLDERS]
    alphabet = _alphabet([p for p, _ in patterns])
    behind = sum(bool(prefilter._analysis(p).behind) for p, _ in patterns)
    firsts = [f or prefilter.first_characters(p) for p, f in patterns]
    literal = sum(bool(f and prefilter._first_literals(f)) for f in firsts)
    assert behind >= 3 and literal >= 3  # the shortcuts are taken
    for _ in range(60):
        texts = [
            "".join(rng.choices(alphabet, k=rng.randint(0, 80))) for _ in range(rng.randint(1, 4))
        ]
        for pattern, first in patterns:
            joined = prefilter._multiline(pattern)
            index = TextIndex(texts)
            expected = True if joined is None else joined.search(index.text) is not None
            assert index.may_match(pattern, first) == expected, (pattern.pattern, texts)


def _carry_denial_re_before(lex) -> re.Pattern[str]:  # type: ignore[no-untyped-def]
    """The pattern before session 24: the leads one group."""
    clauses = lex.data["clauses"]
    new = clauses.get("all-new", {})

    def alt(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"

    return re.compile(
        f"{alt(clauses.get('no-carry', ()))}"
        f"|(?:{alt(new.get('leads', ()))})(?:{alt(new.get('years', ()))})新?"
        f"(?:{alt(new.get('intakes', ()))})"
    )


def test_carry_denials_are_found_where_the_grouped_leads_found_them() -> None:
    lex = load_lexicon()
    clauses = lex.data["clauses"]
    new = clauses["all-new"]
    words = [*clauses["no-carry"], *new["leads"], *new["years"], *new["intakes"], "新", "上年"]
    words += ["结转", "均", "全部", "，", "。", "案件", "12件"]
    before, after = _carry_denial_re_before(lex), common._carry_denial_re(lex)
    rng = random.Random(24)
    found = 0
    for _ in range(draws(3000)):
        text = "".join(rng.choices(words, k=rng.randint(0, 8)))
        spans = [m.span() for m in before.finditer(text)]
        assert [m.span() for m in after.finditer(text)] == spans, text
        assert common.denies_carry(lex, text) == bool(spans)
        found += bool(spans)
    assert found > 300


_DECISION_WORDS = ["受理", "办结", "审结", "行政复议案件", "案件", "作出", "维持", "撤销", "纠错"]
_DECISION_WORDS += [
    "确认违法",
    "责令履行",
    "决定",
    "不予受理",
    "驳回",
    "调解",
    "尚在审理中",
    "其中",
]
_DECISION_WORDS += ["上年结转", "无上年结转", "（含上年结转4件）", "，", "，", "、", "。", "的"]


def test_decisions_over_gate_keeps_every_finding(monkeypatch: pytest.MonkeyPatch) -> None:
    """``flow._decisions_over`` lets a block go that has no three figures of one unit: the
    same relations as the walk without that gate (every unit counted three times)."""
    from fazhi_lint.analysis.quantities import extract
    from fazhi_lint.analysis.relations import flow

    lex = load_lexicon()
    rng = random.Random(7)
    cases = []
    for _ in range(draws(4000)):
        clauses = [
            "".join(rng.choices(_DECISION_WORDS, k=rng.randint(0, 3)))
            + rng.choice(["68", "49", "9", "6", "7", "120"])
            + rng.choice(["件", "件", "件", "个", "人"])
            + rng.choice(_DECISION_WORDS)
            for _ in range(rng.randint(1, 6))
        ]
        text = "".join(clauses)
        cases.append((text, [r.message for r in flow._decisions_over(lex, extract(text, 0, lex))]))
    # the rule finds something here (a quarter of the inputs in the fast lane: 10 scaled)
    assert sum(bool(found) for _, found in cases) >= draws(10)
    monkeypatch.setattr(flow, "Counter", lambda units: {"": 3})
    for text, found in cases:
        assert [r.message for r in flow._decisions_over(lex, extract(text, 0, lex))] == found, text
