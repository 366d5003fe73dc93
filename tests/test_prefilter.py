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
from fazhi_lint.analysis.prefilter import TextIndex, finditer, first_characters, search

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


# -- first characters: the same matches, found faster -------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "first"),
    [
        (r"(?:(?<=^)|(?<=[。；]))[0-2]\d(?=年)|(?<=[在于])[0-2]\d", "[0-20-2]"),
        (r"(?<![原前])(?:[区市])(?:安监局|安全)", "[区市]"),
        (r"(?<=第)(?:\d{1,3}|[一二三]{1,4})(?=会)", r"[\d一二三]"),
        (r"(?<=[\u4e00-\u9fff])(?<![零一])个(?=[，。])", "[个]"),
        (r"\d+%", r"[\d]"),
    ],
)
def test_first_characters_of_a_pattern_the_engine_tries_everywhere(
    pattern: str, first: str
) -> None:
    found = first_characters(re.compile(pattern))
    assert found is not None and found.pattern == first


@pytest.mark.parametrize(
    "pattern",
    [
        "abc",  # the engine skips to a literal itself
        "[甲乙]件",  # and to a class
        "(?<=x)a*",  # may match nothing
        r"[\u4e00-\u9fff]+的",  # an ideograph: too common to jump between
        r"\w+x",
        r"(?<=。)[^，]",  # a negated class
    ],
)
def test_no_first_characters_where_they_would_not_help(pattern: str) -> None:
    assert first_characters(re.compile(pattern)) is None


def _project_patterns() -> list[re.Pattern[str]]:
    from checks.wording import load_rules
    from fazhi_lint.analysis.debris import damaged_signs, pattern_sets

    inline, line = pattern_sets("docx")
    signs = damaged_signs()
    found = [r.regex for r in load_rules()] + [p for _, p, _ in PLACEHOLDERS]
    found += [p.regex for p in (*inline.patterns, *line.patterns)]
    found += [signs.masked, signs.pinyin, signs.traditional]
    return [p for p in (*found, inline.anywhere, line.here) if p is not None]


def test_finditer_and_search_find_what_the_pattern_finds() -> None:
    from pathlib import Path

    seeds = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))]
    texts += ["截止23年底，二0二四年第3次常务会议，XX件，（略）（略）", "年　月　日 ____ 此处填写"]
    patterns = _project_patterns()
    assert sum(first_characters(p) is not None for p in patterns) >= 10  # the point of it
    for pattern in patterns:
        for text in texts:
            assert [m.span() for m in finditer(pattern, text)] == [
                m.span() for m in pattern.finditer(text)
            ], pattern.pattern
            got, expected = search(pattern, text), pattern.search(text)
            assert (got and got.span()) == (expected and expected.span()), pattern.pattern
            index = TextIndex(text.splitlines())
            if any(pattern.search(line) for line in text.splitlines()):
                assert index.may_match(pattern), pattern.pattern


@pytest.mark.parametrize(
    ("pattern", "required"),
    [
        (r"(?<![原前])(?:[区市])(?:工商局|工商行政管理局|食药监局)(?!更名)", "局"),
        (r"截止[到至]?(?=年)", "截止"),  # the look-ahead's 年 is not part of the match
        (r"a(?:bc|bd)+x?", "ab"),
        (r"(?:ab)?c", "c"),
        (r"[甲乙]+", ""),
    ],
)
def test_characters_every_match_holds(pattern: str, required: str) -> None:
    from fazhi_lint.analysis.prefilter import _analysis

    assert _analysis(re.compile(pattern)).required == frozenset(required)


def test_a_text_without_a_required_character_has_no_match_and_is_not_searched() -> None:
    regex = re.compile(r"(?<![原前])[区市](?:工商局|食药监局)")
    assert list(finditer(regex, "区工商所和区市场监管所")) == []
    assert not TextIndex(["区工商所", "市场监管"]).may_match(regex)
    assert [m.group() for m in finditer(regex, "原区工商局，现区工商局")] == ["区工商局"]


@pytest.mark.parametrize(
    ("pattern", "needles"),
    [
        (r"(?<=《)法制日报(?=》)", ("法制日报",)),  # the longest run of literals
        (r"(?<=取得)了?的?成", ("取得",)),  # a positive look-behind: in the text too
        (r"(?<=第)\d{1,3}(?=(?:常务|全体)?会议)", ("会议",)),  # an optional word skipped
        (r"\d+(?:个)?周年|连续\d+年", ("周年", "连续")),  # one string per branch
        (r"x(?:ab)+", ("ab",)),  # a repeat taken at least once
        (r"(?:ab)*cd", ("cd",)),  # not a repeat that may be skipped
        (r"(?!abc)de", ("de",)),  # not a negative look-around
        (r"a(?i:bc)d", ()),  # not under case folding
        (r"ab?c", ()),  # single characters: the required characters say it
        (r"a\d+|[bc]", ()),  # a branch that needs no string
    ],
)
def test_strings_one_of_which_every_match_needs(pattern: str, needles: tuple[str, ...]) -> None:
    from fazhi_lint.analysis.prefilter import _analyse

    assert _analyse(re.compile(pattern)).needles == needles


def test_a_text_without_any_needed_string_is_not_searched() -> None:
    from fazhi_lint.analysis.prefilter import may_hold

    regex = re.compile(r"(?<=《)法制日报(?=》)|成立\d+周年")
    plain = ["法治日报报道", "《法制》日报", "建立10周年"]  # no whole needed string
    for text in plain:
        assert regex.search(text) is None
        assert not may_hold(regex, text)
        assert list(finditer(regex, text)) == []
        assert not TextIndex([text]).may_match(regex)
    for text in ["见《法制日报》", "成立20周年"]:
        assert may_hold(regex, text)
        assert [m.span() for m in finditer(regex, text)] == [m.span() for m in regex.finditer(text)]
        assert TextIndex(["x", text]).may_match(regex)
