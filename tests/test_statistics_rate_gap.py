"""A gap between two growth rates, one named by its set (快于城镇, 高于全省), session 34.

Every sentence is written for these tests from the general mechanism (places, measures and
numbers varied; none is taken from a statistics set). The expected verdicts were worked out
by hand:

* one paragraph: 乡村 9.2 − 城区 6.4 = 2.8 (3.8 fails, an error); 全市 5.1 − 某县 4.3 = 0.8
  below (1.2 fails, 低于); 某区 7.9 − 全市 6.2 = 1.7 with the alias 地区生产总值(GDP) (2.7
  fails).
* across paragraphs (a warning): 乡村 9.2 − 城区 6.4 = 2.8 (3.8 fails).
* silent: the right gaps; a rate compared with a time (高于上年); a gap whose clause states
  only 增速, against a named set's rate of another measure (the set's whole, not its 城区 part);
  two subject rates of the gap's name (ambiguous); a name with no rate stated.
"""

from __future__ import annotations

import pytest

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity

E, W = Severity.ERROR, Severity.WARNING


def found(text: str, year: int = 2023) -> list[tuple[str | None, Severity | None, str]]:
    return [(r.code, r.severity, r.message) for r in contradictions(analyze_text(text, year))]


def gap_findings(text: str) -> list[tuple[Severity | None, str]]:
    return [(s, m) for c, s, m in found(text) if c == "N108" and "个百分点与两个增速" in m]


ONE = (
    "2023年，某县城区居民人均消费支出为25480元，同比增长6.4%；乡村居民人均消费支出为"
    "14210元，同比增长9.2%，乡村居民人均消费支出增速快于城区{gap}个百分点。"
)
LOWER = (
    "2023年全市规模以上工业增加值同比增长5.1%。某县规模以上工业增加值同比增长4.3%，"
    "某县增速低于全市{gap}个百分点。"
)
ALIAS = (
    "2023年全市地区生产总值(GDP)4520.6亿元，同比增长6.2%。某区GDP为812.3亿元，同比增长"
    "7.9%，某区经济增长高于全市{gap}个百分点。"
)
ACROSS = (
    "2023年，某县城区居民人均消费支出为25480元，同比增长6.4%。乡村居民人均消费支出为"
    "14210元，同比增长9.2%。\n城乡消费差距缩小。2023年，某县乡村居民人均消费支出增速快于"
    "城区{gap}个百分点。"
)


@pytest.mark.parametrize(
    ("text", "severity", "shown"),
    [
        (ONE.format(gap="3.8"), E, "9.2%－6.4%＝2.8个百分点"),
        (LOWER.format(gap="1.2"), E, "5.1%－4.3%＝0.8个百分点"),
        (ALIAS.format(gap="2.7"), E, "7.9%－6.2%＝1.7个百分点"),
        (ACROSS.format(gap="3.8"), W, "9.2%－6.4%＝2.8个百分点"),
    ],
)
def test_rate_gap_reported(text: str, severity: Severity, shown: str) -> None:
    got = gap_findings(text)
    assert len(got) == 1, found(text)
    assert got[0][0] is severity
    assert shown in got[0][1]


@pytest.mark.parametrize(
    "text",
    [
        ONE.format(gap="2.8"),
        LOWER.format(gap="0.8"),
        ALIAS.format(gap="1.7"),
        ACROSS.format(gap="2.8"),
        # a time compared with, not a set
        "某县城区居民人均消费支出同比增长6.4%，增速高于上年1.5个百分点。",
        # 增速 alone: the set's whole (居民) is not the subject's measure (城区居民)
        "全省居民人均消费支出为21000元（全省增长5.0%）。城区居民人均消费支出为25480元，"
        "同比增长6.4%，增速高于全省0.6个百分点。",
        # no rate of the name stated
        "乡村居民人均消费支出同比增长9.2%，增速快于城区2.0个百分点。",
        # two rates the subject may be (甲乡 and 乙乡 both of the subject's name 乡村): silent
        "城区居民人均消费支出同比增长6.4%。甲乡村居民人均消费支出同比增长9.2%，乙乡村居民"
        "人均消费支出同比增长8.8%。乡村居民人均消费支出增速快于城区3.8个百分点。",
    ],
)
def test_rate_gap_silent(text: str) -> None:
    assert gap_findings(text) == [], found(text)
