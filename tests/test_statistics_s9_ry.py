"""Rates and year-on-year changes, session 9 (helper s9-ry).

Every sentence is written for these tests from the general mechanism (bodies, nouns and
numbers varied; none is taken from a statistics set). The expected verdicts were worked out
by hand:

* 多出 as a change after the period compared with (「比上年多出65件」), like 多: the base is
  the current figure less the amount. 520 − 65 = 455, 65 ÷ 455 = 14.3% (15.0% fails);
  3,150 − 350 = 2,800, 12.5% (10.0% fails); 84 − 24 = 60, 40% (30% fails); 312 − 52 = 260,
  20% (25% fails); 96.5 − 16.5 = 80万, 20.6% (16.5% fails); 1,248 − 208 = 1,040, 20% (16.7%
  fails); 63 − 9 = 54, 16.7% (12.5% fails); 4,200 − 600 = 3,600, 16.7% (14.3% fails, the
  current figure in the sentence before: a warning). Silent: the right figures, and 多出
  after anything but a period (比计划多出20场).
"""

from __future__ import annotations

import pytest

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity

E, W = Severity.ERROR, Severity.WARNING


def found(text: str, year: int = 2023) -> list[tuple[str | None, Severity | None, str]]:
    return [(r.code, r.severity, r.message) for r in contradictions(analyze_text(text, year))]


def codes(text: str, wanted: tuple[str, ...], year: int = 2023) -> list[tuple[str, Severity]]:
    return [(c, s) for c, s, _ in found(text, year) if c in wanted and c and s]


# --- 1. 多出 after the period compared with ----------------------------------------------------

MORE_BY_WRONG = [
    ("全年受理劳动仲裁案件520件，比上年多出65件，增幅为15.0%。", E),
    ("区市场监管局全年办结投诉举报3,150件，较去年多出350件，增长了10.0%。", E),
    ("全镇新增人民调解员84名，比上年多出24名，增幅30%。", E),
    ("全年开展送法下乡活动312场次，比上年多出52场次，增长25%。", E),
    ("全年发放法律援助补贴96.5万元，比上年多出16.5万元，增幅为16.5%。", E),
    ("区司法局全年审查合同1,248份，较上年多出208份，同比增长16.7%。", E),
    ("全年备案审查规范性文件63件，比上年同期多出9件，增长12.5%。", E),
    ("全年办理公证事项4,200件。公证事项数比上年多出600件，增幅为14.3%。", W),
]

MORE_BY_RIGHT = [
    "全年受理劳动仲裁案件520件，比上年多出65件，增幅为14.3%。",
    "区市场监管局全年办结投诉举报3,150件，较去年多出350件，增长了12.5%。",
    "全镇新增人民调解员84名，比上年多出24名，增幅40%。",
    "全年开展送法下乡活动312场次，比上年多出52场次，增长20%。",
    "全年发放法律援助补贴96.5万元，比上年多出16.5万元，增幅为20.6%。",
    "区司法局全年审查合同1,248份，较上年多出208份，同比增长20%。",
    "全年备案审查规范性文件63件，比上年同期多出9件，增长16.7%。",
    "全年办理公证事项4,200件。公证事项数比上年多出600件，增幅为16.7%。",
    # 多出 against a plan is no change of a period
    "全年完成普法培训120场，比计划多出20场，超出计划16.7%以上。",
]


@pytest.mark.parametrize(("text", "severity"), MORE_BY_WRONG)
def test_more_by_reported(text: str, severity: Severity) -> None:
    assert codes(text, ("N108",)) == [("N108", severity)], found(text)


@pytest.mark.parametrize("text", MORE_BY_RIGHT)
def test_more_by_silent(text: str) -> None:
    assert codes(text, ("N108", "N106")) == [], found(text)
