"""Session 14's shortcuts for the relations view (issue 12) give what the slower forms gave:
each new form is compared with the old one, kept here, on random inputs, and on a few cases
worked out by hand."""

from __future__ import annotations

import random
import re

from draws import draws

from fazhi_lint.analysis.quantities import finditer_at, load_lexicon
from fazhi_lint.analysis.relations import announced, periods


def _ordinals_by_pattern(
    text: str, after: int, end: int, measure: str, head: str
) -> list[tuple[int, str]]:
    """The former form: one pattern compiled per measure and head."""
    if head:
        word = rf"(?:{re.escape(measure)})?[\u4e00-\u9fff]{{0,3}}?{re.escape(head)}"
    else:
        word = re.escape(measure)
    pattern = re.compile(rf"第([一二三四五六七八九十]{{1,2}}){word}")
    return [(m.start(), m.group(1)) for m in pattern.finditer(text, after, end)]


def test_ordinals_are_what_the_pattern_finds() -> None:
    # 第 and numerals often, the measure and head words' characters, other ideographs, marks
    alphabet = "第第一二十三项组督导队分，。ab"
    rng = random.Random(14)
    for _ in range(draws(20000)):
        text = "".join(rng.choices(alphabet, k=rng.randint(0, 16)))
        measure = rng.choice(["", "项", "组", "分队", "a"])
        head = rng.choice(["", "", "组", "导组", "分队", "队"])
        after = rng.randint(0, len(text))
        end = rng.randint(after, len(text))
        got = list(announced._ordinals(text, after, end, measure, head))
        assert got == _ordinals_by_pattern(text, after, end, measure, head), (
            text,
            after,
            end,
            measure,
            head,
        )


def test_ordinals_by_hand() -> None:
    text = "设立4个督导组，第一督导组负责甲，第二组负责乙，第十一小督导组负责丙。"
    # 第一 + 督 + 导组 (one ideograph before the head 导组... the shortest: 第一督导组 at 8)
    found = list(announced._ordinals(text, 0, len(text), "个", "导组"))
    assert [n for _, n in found] == ["一", "十一"]
    assert found[0][0] == text.index("第一")
    # the head 组 right after the numeral: 第二组 counts too (0 ideographs between)
    assert [n for _, n in announced._ordinals(text, 0, len(text), "个", "组")] == [
        "一",
        "二",
        "十一",
    ]
    # no head: 第N followed by the measure itself (第一次, 第二次), 第三项 is another measure
    said = "开展督查三次，第一次在春季，第二次在秋季，第三项另行安排。"
    assert [n for _, n in announced._ordinals(said, 0, len(said), "次", "")] == ["一", "二"]
    # the end bounds the search: 第二次 lies past it
    cut = said.index("第二次") + 2
    assert [n for _, n in announced._ordinals(said, 0, cut, "次", "")] == ["一"]


def test_head_list_is_the_pattern_search() -> None:
    # names ending with the head 清单 / 单清, joined by 、 和 以及, marks that end a clause
    alphabet = ["清单", "单清", "清", "单", "权力", "、", "和", "以及", "，", "。", "等", "1"]
    rng = random.Random(141)
    for _ in range(draws(20000)):
        text = "".join(rng.choices(alphabet, k=rng.randint(0, 12)))
        head = rng.choice(["清单", "单清"])
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        got = announced._head_list(text, start, end, head)
        want = announced._head_list_re(head).search(text, start, end)
        assert (got and got.span()) == (want and want.span()), (text, start, end, head)


def test_head_list_by_hand() -> None:
    text = "全面公布权力清单、责任清单和负面清单，"
    # three names ending with 清单: 权力清单 (4 chars from 4), 责任清单, 负面清单 up to the comma
    found = announced._head_list(text, 0, len(text), "清单")
    assert found is not None and found.group(0) == "全面公布权力清单、责任清单和负面清单"
    # the head once only: no list, whatever follows
    assert announced._head_list("公布权力清单和制度，", 0, 10, "清单") is None


def _period_spans(text: str) -> list[tuple[int, int, str | None]]:
    return [(m.start(), m.end(), m.lastgroup) for m in periods.period_marks(load_lexicon(), text)]


def _period_spans_by_pattern(text: str) -> list[tuple[int, int, str | None]]:
    """The former form: the pattern's own finditer (tried at every character)."""
    pattern = periods._words(load_lexicon()).pattern
    return [(m.start(), m.end(), m.lastgroup) for m in pattern.finditer(text)]


def test_period_marks_are_what_the_pattern_finds() -> None:
    # digits, numerals, spaces, the marks after them (月 年 季 至 a dash) and words around
    alphabet = [
        "1",
        "2",
        "0",
        "一",
        "三",
        "十",
        " ",
        "月",
        "年",
        "季度",
        "至",
        "—",
        "-",
        "份",
        "底",
        "以来",
        "前",
        "个月",
        "截至",
        "全年",
        "上半年",
        "起",
        "自",
        "日",
        "件",
    ]
    rng = random.Random(143)
    for _ in range(draws(20000)):
        text = "".join(rng.choices(alphabet, k=rng.randint(0, 14)))
        assert _period_spans(text) == _period_spans_by_pattern(text), text


def test_period_marks_by_hand() -> None:
    text = "2023年以来，1-6月受理12件，一季度3件，全年共办理30件，其中3月份5件。"
    found = [text[s:e] for s, e, _ in _period_spans(text)]
    # 2023年以来 (since), 1-6月 (months), 一季度 and 全年 (words), 3月份 (one month); the
    # counts 12件, 3件, 30件, 5件 open no period
    assert found == ["2023年以来", "1-6月", "一季度", "全年", "3月份"]
    assert _period_spans(text) == _period_spans_by_pattern(text)


def test_period_starts_of_a_long_digit_run_are_the_patterns_own() -> None:
    """A run of digits far longer than any period's (the look-ahead of ``_first_of`` reads at
    most ``_DIGITS_BEFORE_MARK`` of them): the jumps find exactly the pattern's own matches,
    with a month, a year and a range after runs of every length around the bound."""
    words = periods._words(load_lexicon())
    assert words.first is not None
    bound = periods._DIGITS_BEFORE_MARK
    for n in (1, 2, 4, bound - 1, bound, bound + 1, 3 * bound, 5_000):
        for tail in ("月", "年", "至6月", "个", "", " 月份"):
            text = "截至" + "1" * n + tail + "，上半年受理2023年1-6月" + "二" * n + "月"
            expected = [m.span() for m in words.pattern.finditer(text)]
            assert [m.span() for m in finditer_at(words.first, words.pattern, text)] == expected
