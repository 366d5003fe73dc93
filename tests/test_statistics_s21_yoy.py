"""Session 21 (s21-yoy): year-on-year changes read from the structure of the sentence (N108).

* the direction of 由/从 A …至/到 B against the two figures also when a time stands between
  由 and A or between 到 and B (「从2019年全年的15%提高到2020年全年的12.65%」「由1月的…上升至
  12月的…」「由五年前的…增至…」);
* a series 「2021年…为A，2022年下降至B」: a clause that is only a later time and a verb
  reaching a level is a step from the figure before it, whose words name an earlier time;
* a sentence that opens with the comparison and its stated change (「比上年同期增加1491件，
  同比增长28.18%」) continues the figure that ends the sentence before (a warning);
* a change whose sentence adjusts its base (排除/剔除/扣除…后, 可比口径) is checked against
  none of the sentence's figures.

Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from relation_helpers import findings

CODES = ("N108",)


def _n108(text: str) -> list[tuple[str, str]]:
    return findings(text, codes=CODES)


FOUND = [
    # from/to with times on both sides: 32.4% → 28.1% is a fall, not 提高
    (
        "全区行政复议直接纠错率从2022年全年的32.4%提高到2023年全年的28.1%。",
        ("32.4%", "28.1%", "减少"),
    ),
    # months on both sides
    ("全市诉前调解成功率由3月的61.5%上升至11月的58.2%，成效逐步显现。", ("61.5%", "58.2%", "减少")),
    # years ago before the level left
    ("全县公共法律服务工作站数量由三年前的412个增至398个。", ("412个", "398个", "减少")),
    # a fall that rises, with a time after 至
    ("群众投诉办结时长从上年的12天缩短至今年的15天。", ("12天", "15天", "增加")),
    # series: the second step goes up against 下降至
    (
        "近年来全区行政诉讼败诉率逐年走低，2022年，全区败诉率为14.6%，2023年下降至11.3%，2024年下降至12.9%。",
        ("11.3%", "12.9%", "增加"),
    ),
    # series: the first step goes up against 降至
    ("2022年，全镇信访件次为326件，2023年降至341件。", ("326件", "341件", "增加")),
    # series in months
    ("3月，全街道网格事件办结率为88.5%，6月提高到86.2%。", ("88.5%", "86.2%", "减少")),
]


@pytest.mark.parametrize(("text", "parts"), FOUND)
def test_direction_against_two_levels(text: str, parts: tuple[str, ...]) -> None:
    got = _n108(text)
    assert got, text
    assert all(p in got[0][1] for p in parts), got


def test_opening_comparison_continues_sentence_before() -> None:
    text = "全年共办理法律援助案件2380件。比上年增加380件，同比增长率为21.5%。"
    got = _n108(text)
    assert got, text
    assert "2380" in got[0][1] and "380" in got[0][1] and "19%" in got[0][1], got


QUIET = [
    # from/to in the stated direction, times on both sides
    "全区行政复议直接纠错率从2022年全年的22.4%提高到2023年全年的28.1%。",
    "全市诉前调解成功率由3月的51.5%上升至11月的58.2%，成效逐步显现。",
    "全县公共法律服务工作站数量由三年前的312个增至398个。",
    # a series that keeps its direction
    "2022年，全区败诉率为14.6%，2023年下降至11.3%，2024年下降至9.9%。",
    # a later clause with a noun of its own is no step of the series
    "2022年，全镇信访件次为326件，2023年新收案件下降至341件。",
    # the time before the first figure is later than the step: no series
    "2024年，全镇调解纠纷326件，2023年降至341件。",
    # the opening comparison whose change fits (380 ÷ 2000 = 19%)
    "全年共办理法律援助案件2380件。比上年增加380件，同比增长率为19%。",
    # a base adjusted by the sentence: the stated figures are not what 下降 compares
    "全年共受理12345热线工单58210件，剔除疫情防控类诉求后，受理量与上年的60120件相比下降9.6%。",
    # on a comparable basis (可比口径) the figures given are not the base
    "全年行政事业性收费收入1.36亿元，按可比口径较上年的1.28亿元增长3.1%。",
]


@pytest.mark.parametrize("text", QUIET)
def test_quiet_when_a_reading_fits_or_base_not_given(text: str) -> None:
    assert _n108(text) == [], text
