"""The whole-body pre-filter (fazhi_lint.analysis.prefilter): never says "no match" for a
pattern that matches in one of the texts, and says it for one that matches in none."""

from __future__ import annotations

import re

import pytest

from fazhi_lint.analysis.placeholders import (
    PLACEHOLDER_FIRST,
    PLACEHOLDERS,
    has_placeholder,
    placeholder_possible,
)
from fazhi_lint.analysis.prefilter import TextIndex

TEXTS = ["全年办理案件120件。", "年，全区开展普法活动", "XX件", "法治宣传教育"]


@pytest.mark.parametrize(
    "pattern",
    [
        r"^年",  # anchored at a paragraph's start: found after the line break
        r"活动$",  # anchored at a paragraph's end
        r"(?<![A-Za-z])XX(?![A-Za-z])",  # negative look-arounds at both edges
        r"办理案件\d+件",
        r"法治宣传",
    ],
)
def test_a_pattern_that_matches_some_text_may_match(pattern: str) -> None:
    regex = re.compile(pattern)
    assert any(regex.search(t) for t in TEXTS)
    assert TextIndex(TEXTS).may_match(regex)


@pytest.mark.parametrize("pattern", [r"^全区", r"法制宣传", r"行政复议\d+件", r"件$件"])
def test_a_pattern_that_matches_no_text_is_filtered(pattern: str) -> None:
    regex = re.compile(pattern)
    assert not any(regex.search(t) for t in TEXTS)
    assert not TextIndex(TEXTS).may_match(regex)


@pytest.mark.parametrize(
    "pattern",
    [
        r"件(?!\s)",  # a negative look-ahead that a line break could fail
        r"(?<![^。])年",  # a negated class in a negative look-behind
        r"活动\Z",
        r"(?>活动)",
        r"案件\d++件",
    ],
)
def test_a_pattern_a_line_break_could_hide_is_never_filtered(pattern: str) -> None:
    # 「…120件。」 ends a text: 件(?!\s) has its match there, but a joined search must not be
    # trusted to see it; these patterns always answer True
    assert TextIndex(["无关的文字"]).may_match(re.compile(pattern))


def test_a_negative_lookbehind_at_a_paragraph_start_still_matches() -> None:
    # per paragraph 「年」 opens the text (nothing before it); joined, a line break precedes it
    regex = re.compile(r"(?<![^。])年")  # never filtered (see above)
    assert regex.search("年，全区") and TextIndex(["甲", "年，全区"]).may_match(regex)
    regex = re.compile(r"(?<!全)年")  # a literal class: filtered, and found
    assert TextIndex(["全", "年，全区"]).may_match(regex)


def test_first_character_search_finds_the_same() -> None:
    x_run = next(p for kind, p, _ in PLACEHOLDERS if kind == "x-run")
    first = PLACEHOLDER_FIRST["x-run"]
    assert TextIndex(["共办理XX件"]).may_match(x_run, first)
    assert not TextIndex(["共办理12件", "X光检查"]).may_match(x_run, first)


def test_placeholder_possible_agrees_with_each_sentence() -> None:
    filled = ["全年共办理行政复议案件111件。", "其中调解结案39件；维持原行政行为52件。"]
    assert not any(has_placeholder(t) for t in filled)
    assert not placeholder_possible(TextIndex(filled))
    template = [*filled, "全年共办理行政复议案件XX件，其中调解结案*件。"]
    assert has_placeholder(template[-1])
    assert placeholder_possible(TextIndex(template))
