"""Session 32 round 2, coder lines: a count closed by a stop or a colon, then one name a line
(issue 9).

「全县共有五个村入选…。」 and then one short line per village: the lines are the count's list
when they are clearly one (at least three, closed, none closed by 等; most end with a character
of the counted noun, or all share a shape and the count is a total). A warning at most.
"""

from __future__ import annotations

import pytest

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def _n203(text: str) -> list[Severity | None]:
    return [r.severity for r in contradictions(analyze_text(text, 2024)) if r.code == "N203"]


VILLAGES = "\n".join(["城关镇东关村", "城关镇西街村", "河口镇新民村", "河口镇光明村"])
UNITS = "\n".join(["某县人民医院", "某县第一中学", "某县税务局", "某县城关镇政府"])
E, W = Severity.ERROR, Severity.WARNING
HEADS = [
    # (the sentence with {n}, the lines, their number, the severity of another count): every
    # line ending with the counted noun (村) is clearly the whole list, an error; lines of one
    # shape after a total of another noun (单位) may be, a warning
    ("全县共有{n}个村入选省级民主法治示范村。", VILLAGES, 4, E),
    ("全县共有{n}个村入选省级民主法治示范村，名单如下：", VILLAGES, 4, E),
    ("全县共有{n}个村入选省级民主法治示范村", VILLAGES, 4, E),
    ("本年度全县共{n}家单位获评法治建设先进单位，其中医疗卫生单位1家。", UNITS, 4, W),
]
NUMERALS = "零一二三四五六七八九"


@pytest.mark.parametrize(("head", "lines", "count", "severity"), HEADS)
def test_as_many_lines_as_said(head: str, lines: str, count: int, severity: Severity) -> None:
    assert _n203(head.format(n=NUMERALS[count]) + "\n" + lines) == []


@pytest.mark.parametrize(("head", "lines", "count", "severity"), HEADS)
@pytest.mark.parametrize("step", [-1, 1])
def test_other_number_of_lines_is_reported(
    head: str, lines: str, count: int, severity: Severity, step: int
) -> None:
    said = head.format(n=NUMERALS[count + step])
    assert _n203(said + "\n" + lines) == [severity]


def test_lines_of_the_noun_but_not_one_ending_warn() -> None:
    # (most lines end with 村, one with 社区: a reading, a warning)
    lines = VILLAGES + "\n河口镇滨河社区"
    assert _n203("全县共有四个村入选省级民主法治示范村。\n" + lines) == [Severity.WARNING]


@pytest.mark.parametrize(
    "head",
    [
        "全县共有五个村入选省级民主法治示范村，部分名单如下：",  # a part of the list
        "全县共培育民主法治示范村五个，如：",  # examples
        "全县共有五个村入选省级民主法治示范村，其中四个村位于山区。",  # a figure equals the lines
    ],
)
def test_a_part_of_the_list_is_no_contradiction(head: str) -> None:
    assert _n203(head + "\n" + VILLAGES) == []


def test_lines_closed_by_deng_are_examples() -> None:
    assert _n203("全县共有五个村入选省级民主法治示范村。\n" + VILLAGES + "等") == []


def test_lines_of_no_shape_after_no_total_say_nothing() -> None:
    # (names of several kinds, no common shape: the lines may be anything)
    mixed = "\n".join(["县人民医院", "县第一中学", "县税务局", "城关镇政府"])
    assert _n203("本年度全县共五家单位获评法治建设先进单位。\n" + mixed) == []
    # (a count that is no total, lines of one shape that are not its kind: headings)
    assert _n203("全年办结行政复议案件五件。\n工作开展情况\n工作存在问题\n工作下步打算") == []


def test_two_lines_are_no_list() -> None:
    # (a title and a subtitle after the count, not its list)
    assert _n203("全县共有五个村入选省级民主法治示范村。\n城关镇东关村\n城关镇西街村") == []


def test_far_fewer_lines_than_said_stay_a_warning() -> None:
    # (three villages after 「九个村」: maybe a few of them, not a slip of one)
    text = "全县共有九个村入选省级民主法治示范村。\n城关镇东关村\n城关镇西街村\n河口镇新民村"
    assert _n203(text) == [Severity.WARNING]
