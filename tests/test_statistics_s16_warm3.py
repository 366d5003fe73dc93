"""Session 16's third round of warm shortcuts (issue 12) gives what the slower forms gave:
each rewritten or guarded form is compared with the former one, kept here, on random inputs,
and on a few cases worked out by hand."""

from __future__ import annotations

import random
import re

from draws import draws

from fazhi_lint.analysis.quantities import extract, load_lexicon
from fazhi_lint.analysis.relations import flow, magnitude

# --------------------------------------------------------------------------------------
# flow._OTHER_TIME_RE: the month's digits before the look back at the character before them
# --------------------------------------------------------------------------------------

# the former pattern (a look back opening the month's branch, tried at every character)
_FORMER_OTHER_TIME_RE = re.compile(
    r"上年|去年|前年|上一年|同期|上半年|季度|(?<![0-9０-９])(?:[1-9]|1[01]|[１-９])月"
)
_TIME_ALPHABET = "上去前一同期半季度年月底截至0112９１２\n，"


def test_other_time_pattern_finds_what_the_former_one_found() -> None:
    rng = random.Random(16123)
    for _ in range(draws(20000)):
        text = "".join(rng.choices(_TIME_ALPHABET, k=rng.randint(0, 14)))
        old = _FORMER_OTHER_TIME_RE.search(text) is not None
        assert (flow._OTHER_TIME_RE.search(text) is not None) == old, repr(text)
        # the search in a stretch of the text, as _at_other_time makes it
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        old = _FORMER_OTHER_TIME_RE.search(text, lo, hi) is not None
        assert (flow._OTHER_TIME_RE.search(text, lo, hi) is not None) == old, (text, lo, hi)


def test_other_time_by_hand() -> None:
    assert flow._OTHER_TIME_RE.search("截至6月底")  # 6月: a month before the twelfth
    assert flow._OTHER_TIME_RE.search("截至11月底")  # 11月: also (1 then 1)
    assert not flow._OTHER_TIME_RE.search("截至12月31日")  # 12月: the year's end
    # 2月 inside 12月 is no month of its own: the digit before it (1) belongs to it
    assert not flow._OTHER_TIME_RE.search("12月")
    assert flow._OTHER_TIME_RE.search("较上年")


# --------------------------------------------------------------------------------------
# magnitude: a paragraph without 每 or 均 has no average, and _average is not asked
# --------------------------------------------------------------------------------------

_AVERAGE_PIECES = [
    "全年共办理案件",
    "1240件",
    "投入经费",
    "186万元",
    "件均",
    "人均",
    "每人",
    "平均",
    "补贴约",
    "1500元",
    "受援人",
    "320名",
    "，",
    "。",
    "日",
    "均已办结",
]


def test_no_average_without_its_words_on_random_paragraphs() -> None:
    lex = load_lexicon()
    rng = random.Random(16124)
    for _ in range(800):
        text = "".join(rng.choices(_AVERAGE_PIECES, k=rng.randint(1, 12)))
        bq = extract(text, 0, lex)
        figures = [q for q in bq.quantities if not q.quoted and q.kind != "bare"]
        found = [magnitude._average(bq, lex, q, figures, figures) for q in figures]
        if "每" not in text and "均" not in text:
            # what the guard in magnitude_relations relies on: none would be found
            assert found == [None] * len(figures), text


def test_average_still_found_by_hand() -> None:
    # 186万元 over 1240件 = 1,500元 each; 件均1500万元 is ten thousand times that: the
    # paragraph holds 均, so the average is read (and reported as a slip)
    lex = load_lexicon()
    text = "全年投入经费186万元，共办理1240件，件均补贴约1500万元。"
    assert any(r.code == "N205" for r in magnitude.magnitude_relations(extract(text, 0, lex), lex))
