"""Shortcuts taken for the warm lint's speed (session 10) give what the slower form gave."""

from __future__ import annotations

import random
import re

from fazhi_lint.analysis.relations.common import clause_tail
from fazhi_lint.checks.phrases import _global_distance, _may_be_one_edit


def test_clause_tail_is_the_search_of_no_mark_up_to_the_end() -> None:
    marks = "，,；;。：:（）()"
    pattern = re.compile(r"[^，,；;。：:（）()]*$")
    alphabet = [*marks, "a", "中", "文", "\n", " "]
    rng = random.Random(10)
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        found = pattern.search(text, start, end)
        assert clause_tail(text, marks, start, end) == (found.group(0) if found else "")


def test_one_edit_pretest_never_rejects_a_single_edit() -> None:
    alphabet = "贯彻落实学习深入"
    rng = random.Random(10)
    for _ in range(5000):
        word = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 6)))
        chars = list(word)
        i = rng.randrange(len(chars))
        edit = rng.randrange(4)
        if edit == 0:
            del chars[i]
        elif edit == 1:
            chars[i] = rng.choice(alphabet)
        elif edit == 2 and i + 1 < len(chars):
            chars[i], chars[i + 1] = chars[i + 1], chars[i]
        else:
            chars.insert(i, chars[i])
        piece = "".join(chars)
        if _global_distance(word, piece) == 1:
            assert _may_be_one_edit(word, piece)
    assert not _may_be_one_edit("贯彻落实", "深入学习")
    assert _may_be_one_edit("贯彻落实", "贯彻落")
