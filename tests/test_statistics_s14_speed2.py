"""Session 14's second round of shortcuts for the relations view (issue 12) gives what the
slower forms gave: each new form is compared with the old one, kept here, on random inputs,
and on a few cases worked out by hand."""

from __future__ import annotations

import random
import re

from draws import draws

from fazhi_lint.analysis.quantities import at_digit_runs, digit_runs
from fazhi_lint.analysis.relations import dates


def _impossible_by_digit_runs(text: str) -> list[tuple[int, int]]:
    """The former form of the impossible quarters and months: the whole quarter pattern
    searched, _NO_MONTH tried at every run of digits."""
    out = [(m.start(), m.end()) for m in dates._NO_QUARTER_RE.finditer(text)]
    for m in at_digit_runs(dates._NO_MONTH, text, digit_runs(text)):
        if m.group()[0] in "0123456789" and "年" in m.group() and not m.group("q"):
            out.append((m.start(), m.end()))
    return out


class _Block:
    def __init__(self, text: str) -> None:
        self.text = text
        self.block = None


def _impossible(text: str) -> list[tuple[int, int]]:
    found = dates._impossible_months(_Block(text))  # type: ignore[arg-type]
    return [r.span for r in found]


def test_impossible_months_are_what_the_digit_runs_find() -> None:
    # digits near the limits (1, 3, 0, 9, 5), 年 月 度 第 季度 五, spaces (\s), a full-width digit
    alphabet = ["1", "2", "3", "0", "9", "5", "年", "年", "月", "月", " ", "\u3000", "度", "第"]
    alphabet += ["季度", "第", "五", "份", "２", "，", "2023"]
    rng = random.Random(142)
    for _ in range(draws(30000)):
        text = "".join(rng.choices(alphabet, k=rng.randint(0, 18)))
        assert _impossible(text) == _impossible_by_digit_runs(text), text


def test_impossible_months_by_hand() -> None:
    # 2023年13月: 13 > 12, reported from 2023 (0) to 月 (8)
    assert _impossible("2023年13月开展") == [(0, 8)]
    # a year of five digits (12023) opens no year; 13月 alone is a count of months
    assert _impossible("12023年13月") == []
    # spaces between the parts (\s*): 2023 年 00 月, 0 to 11
    assert _impossible("2023 年 00 月") == [(0, 11)]
    # 2023年12月 is a month; 2023年13月份3 reads 13月份 before a digit: no date
    assert _impossible("2023年12月，2023年13月份3") == []
    # the second of two years before one month: 2023年2024年13月 from 2024 (5) to 月 (13)
    assert _impossible("2023年2024年13月") == [(5, 13)]
    assert re.fullmatch(dates._YEAR_NO_MONTH, "年 13 月")
    # quarters: 第五季度 alone (0 to 4); 12023年度 第6季度 from 2023 (1) to 季度 (12: 1+4
    # digits, 年, 度, a space, 第, 6, 季度 = 1+4+1+1+1+1+1+2)
    assert _impossible("第五季度") == [(0, 4)]
    assert _impossible("12023年度 第6季度") == [(1, 12)]
    # 年 then 季度 of another quarter: 第五季度第六季度 is two, 0-4 and 4-8
    assert _impossible("第五季度第六季度") == [(0, 4), (4, 8)]


def test_part_glosses_are_what_the_pattern_finds() -> None:
    # the parts' characters, numerals, brackets, months and dashes, marks the look-behind reads
    alphabet = ["第", "三", "1", "4", "季度", "上", "半年", "度", "（", "(", "）", "月", "至", "—"]
    alphabet += ["7", "12", "十", " ", "前", "、"]
    rng = random.Random(1414)
    for _ in range(draws(30000)):
        text = "".join(rng.choices(alphabet, k=rng.randint(0, 16)))
        got = [m.span() for m in dates._part_glosses(text)]
        assert got == [m.span() for m in dates._PART_GLOSS.finditer(text)], text


def test_part_glosses_by_hand() -> None:
    # 第三季度（4月至6月）: one match from 第 (0) to the closing bracket (11 characters)
    assert [m.span() for m in dates._part_glosses("第三季度（4月至6月）")] == [(0, 11)]
    # 上半年（7—12月）after 前: the look-behind refuses 上 (1); nothing else starts a match
    assert [m.span() for m in dates._part_glosses("前上半年（7—12月）")] == []
    # 三季度（7至9月） without 第: 9 characters (0 to 9), then 下半年（1至6月）: 9 more (9 to 18)
    text = "三季度（7至9月）下半年（1至6月）"
    assert [m.span() for m in dates._part_glosses(text)] == [(0, 9), (9, 18)]
