"""Session 24's second warm shortcut (issue 12) gives what the long way gave, compared on random
inputs: ``TextIndex.may_match`` trying a pattern only at its few first characters (found by
``str.find``, ranges spelled out), and only where the one-class look-behind or line start
(``^``) the pattern opens with allows, answers what one search of the joined texts answers;
flow's gate of the approval chains, one search of all stage words, answers what a substring
test of each word answered."""

from __future__ import annotations

import random
import re

import pytest

from fazhi_lint.analysis import prefilter
from fazhi_lint.analysis.prefilter import TextIndex
from fazhi_lint.analysis.quantities import load_lexicon
from fazhi_lint.analysis.relations import flow

# each pattern with pieces of text it is made of (single characters rarely make a match)
_CASES = [
    (
        r"(?:(?<=^)|(?<=[。；]))[0-2]\d(?=年)|(?<=[在于])[0-2]\d(?=年度)",
        ["。", "；", "\n", "在", "于", "20", "19", "1", "3", "年", "年度", "，", "全"],
    ),
    (r"^[ \u3000]*年(?=[，,、]|以来)", ["\n", " ", "\u3000", "年", "，", "、", "以来", "全区"]),
    (r"(?<=[一二三〇])[0０O○](?=[一二三〇0０O○]{0,2}年)", [*"一二三〇0０O○年五月"]),
    (
        r"(?<![0-9])(?:19|20)\d{2}(?:19|20)\d{2}(?=[ \u3000]*年)",
        [*"1 年至", "20", "19", "2019", "2022"],
    ),
    (r"（[ \u3000]*）|\([ \u3000]*\)|《[ \u3000]*》", [*"（）()《》 \u3000法"]),
    (r"(?:增加到|增至|共计|合计)[项件个](?=[，。；]|$)", ["增至", "共计", *"项件个，。；\n合到"]),
    (r"((?<=。)|^)面(?=推进|加强)", ["。", "\n", "面", "推进", "加强", "全"]),
    (r"(?<=第)(?:\d{1,3}|[一二三]{1,4})(?=会议)", ["第", "1", "2", "一", "三", "会议", "次"]),
    (
        r"[（(][ \u3000]*[—\-][ \u3000]*年[ \u3000]*[）)]",
        ["（—", "(-", "（", "—", " ", "\u3000", "年", "年）", "年)", "）"],
    ),
    (r"年[ \u3000]+月|月[ \u3000]+日", [*"年月日 \u3000"]),
    (r"(?<=[年月])底", [*"年月底末"]),
]


def test_the_shortcuts_are_taken() -> None:
    analyses = [prefilter._analysis(re.compile(p)) for p, _ in _CASES]
    assert sum(bool(a.lead) for a in analyses) >= 5
    assert analyses[0].lead == "\n。；在于"
    assert prefilter._first_literals(re.compile("[0-2]")) == ("0", "1", "2")


@pytest.mark.parametrize("seed", range(3))
def test_may_match_answers_what_the_joined_search_answers(seed: int) -> None:
    rng = random.Random(seed)
    found = 0
    for source, pieces in _CASES:
        pattern = re.compile(source)
        joined = prefilter._multiline(pattern)
        assert joined is not None
        for _ in range(150):
            texts = [
                "".join(rng.choices(pieces, k=rng.randint(0, 12))) for _ in range(rng.randint(1, 3))
            ]
            index = TextIndex(texts)
            expected = joined.search(index.text) is not None
            assert index.may_match(pattern) == expected, (source, texts)
            found += expected
    assert found > 300  # (matches are found, not only refused)


def _two_stages_named_before(lex, text: str) -> bool:  # type: ignore[no-untyped-def]
    """The gate before session 24's second warm round: a substring test of each word."""
    chains = (
        *lex.data["clauses"].get("approval-stages", ()),
        *lex.data["clauses"].get("named-stages", ()),
    )
    return any(sum(any(w in text for w in ws) for ws in stages) >= 2 for stages in chains)


def test_two_stages_named_answers_what_the_substring_tests_answered() -> None:
    lex = load_lexicon()
    clauses = lex.data["clauses"]
    words = [
        w for key in ("approval-stages", "named-stages") for c in clauses[key] for s in c for w in s
    ]
    pieces = [*words, *{w[:1] for w in words}, *{w[1:] for w in words}, "，", "。", "案件", "12件"]
    rng = random.Random(24)
    found = 0
    for _ in range(4000):
        text = "".join(rng.choices(pieces, k=rng.randint(0, 6)))
        expected = _two_stages_named_before(lex, text)
        assert flow._two_stages_named(lex, text) == expected, text
        found += expected
    assert 400 < found < 3600
