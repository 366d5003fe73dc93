"""Session 34 round 2 (s34-time2): a period whose end is not after its start, read on the date
grammar (issue 9, time), each rule with its own examples (written here, not copied from a set),
each contradiction beside a consistent twin.

1. A run of years in brackets (grammar ``BRACKETED_YEAR_RANGE``) ending before it starts
   (「（2025—2021年）」, an error) or in the year it starts (「（2023-2023）」, a warning).
2. A start (从/自 a day 开始/起) and a cut-off of the same month before it: in one statement
   (an error, as with both years named), or opening the next sentence (a warning).
"""

from __future__ import annotations

import re

import pytest

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.analysis.relations.dates import _BRACKETED_RUN
from fazhi_lint.grammar import BRACKETED_YEAR_RANGE
from fazhi_lint.model import Severity

TITLE = "区司法局{y}年法治政府建设情况报告\n一、{y}年推进法治政府建设的主要举措和成效\n"


def _n304(text: str, year: int = 2024) -> list[tuple[Severity | None, str]]:
    return [
        (r.severity, r.message)
        for r in contradictions(analyze_text(TITLE.format(y=year) + text, year))
        if r.code == "N304"
    ]


# 1. bracketed runs of years
YEAR_RUNS_WRONG = [
    ("对照《乡村振兴促进规划（2027—2023年）》，推进农村法治建设。", Severity.ERROR, "2023年早于"),
    ("落实市委法治建设规划(2026-2022)的要求，完善制度体系。", Severity.ERROR, "2022年早于"),
    ("依据全县普法规划（2024-2024年）部署，开展宣传活动12场。", Severity.WARNING, "同为2024年"),
]
YEAR_RUNS_RIGHT = [
    "对照《乡村振兴促进规划（2023—2027年）》，推进农村法治建设。",
    "落实市委法治建设规划(2022-2026)的要求，完善制度体系。",
    "依据全县2024年普法工作要点（2024年），开展宣传活动12场。",
    "开展跨年度专项行动（2023年12月—2024年2月），排查隐患46处。",
]


@pytest.mark.parametrize(("text", "severity", "words"), YEAR_RUNS_WRONG)
def test_year_run_not_after_its_start(text: str, severity: Severity, words: str) -> None:
    found = _n304(text)
    assert [s for s, _ in found] == [severity], found
    assert words in found[0][1]


@pytest.mark.parametrize("text", YEAR_RUNS_RIGHT)
def test_year_run_forward_is_quiet(text: str) -> None:
    assert _n304(text) == []


# 2. a start and a cut-off of the same month
CUT_OFF_WRONG = [
    # next sentence: 9月3日 < 9月18日, a warning
    (
        "自9月18日起，区市场监管局在全区开展食品安全专项整治。截至9月3日，共检查经营主体412家，"
        "责令整改37家。",
        Severity.WARNING,
        ("9月3日", "9月18日"),
    ),
    # one statement: 11月2日 < 11月25日, an error
    (
        "从11月25日开始，县应急局组织开展冬季安全生产大排查，截至11月2日，排查企业186家。",
        Severity.ERROR,
        ("11月2日", "11月25日"),
    ),
]
CUT_OFF_RIGHT = [
    # the cut-off after the start
    "自9月18日起，区市场监管局在全区开展食品安全专项整治。截至9月30日，共检查经营主体412家。",
    # a winter run across the new year (months differ, no year): quiet
    "从11月25日开始，县应急局组织开展冬季安全生产大排查。截至1月10日，排查企业186家。",
    # the cut-off two sentences later, after other work
    "自9月18日起，区市场监管局开展食品安全专项整治。此前已开展春季检查。截至9月3日，共检查412家。",
    # no start: a day of the work, then an earlier cut-off
    "9月18日，区市场监管局召开食品安全工作会议。截至9月3日，共检查经营主体412家。",
]


@pytest.mark.parametrize(("text", "severity", "days"), CUT_OFF_WRONG)
def test_cut_off_before_start(text: str, severity: Severity, days: tuple[str, str]) -> None:
    found = _n304(text)
    assert [s for s, _ in found] == [severity], found
    assert all(d in found[0][1] for d in days)


@pytest.mark.parametrize("text", CUT_OFF_RIGHT)
def test_cut_off_after_start_is_quiet(text: str) -> None:
    assert _n304(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "实施纲要 （2023-2023） 和规划(2021—2025年)，又见　（2025 年—2021年）。",
        "（（2020-2019））  (2023 - 2024) 无括号2021-2020",
        "",
    ],
)
def test_the_bracketed_run_is_searched_from_its_bracket_with_the_same_years(text: str) -> None:
    # the grammar's pattern opens with \s*; searched from the bracket, the years' places are
    # the same (only they are read)
    def spans(p: re.Pattern[str]) -> list[tuple[int, int]]:
        return [(m.start(1), m.end(3)) for m in p.finditer(text)]

    assert spans(_BRACKETED_RUN) == spans(re.compile(BRACKETED_YEAR_RANGE))
