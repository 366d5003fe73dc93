"""Session 19 (s19-realyoy): a steady direction claimed over years (逐年上升, 年年攀升, 连续两年
下降, 三连升, 持续减少) against the series of those years' figures in its sentence
(relations/trend.py): figures each right after their own year, or a year range with 分别为/依次为
and as many figures as it has years; the years put in order; a step against the claim beyond
both figures' printed precision is an N108 finding (持续: a warning), a plateau is not.

Every sentence is written for these tests; the arithmetic in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import errors, findings

TREND_WRONG = [
    # 86.1 (2022) → 85.6 (2023): a fall under 逐年提高
    "近四年，全区行政执法案卷评查优秀率逐年提高，2021年为82.4%，2022年为86.1%，2023年为85.6%，"
    "2024年为90.2%。",
    # 2020..2024 = five years, five figures: 388 (2021) → 395 (2022) a rise under 逐年下降
    "2020年至2024年全县信访总量分别为412件、388件、395件、351件和326件，呈逐年下降态势。",
    # 连续两年 = the last step: 48 (2023) → 52 (2024) a rise
    "从2022年的63件，到2023年的48件，再到2024年的52件，区政府行政复议被纠错案件数连续两年下降。",
    # 三连升 over 2021..2024: 96.8 → 96.1 a fall
    "全市法律援助受援人满意率三连升，2021年至2024年依次为95.2%、96.8%、96.1%和97.5%。",
    # 91.3 (2022) → 90.7 (2023) under 年年攀升
    "镇人民调解委员会调解成功率年年攀升，2022年度为91.3%，2023年度为90.7%，2024年度为93.6%。",
    # 97 (2023) → 95 (2024) under 逐年提升
    "全区行政机关负责人出庭应诉率逐年提升，2022年达到88%，2023年达到97%，2024年达到95%。",
    # 连续三年 = the last two steps: 9.8 (2022) → 10.4 (2023) a rise
    "行政诉讼案件败诉率连续三年下降，2021年为12.5%，2022年为9.8%，2023年为10.4%，2024年为6.1%。",
    # the years in reverse order: 2022 98.7, 2023 99.5, 2024 99.2 — 99.2 < 99.5
    "政务服务“好差评”好评率逐年上升，2024年为99.2%，2023年为99.5%，2022年为98.7%。",
    # 持续减少 (a warning): 1720 (2023) → 1795 (2024)
    "区市场监管局受理的投诉举报件持续减少，2022年为1864件，2023年为1720件，2024年为1795件。",
]

TREND_FIT = [
    # 82.4 < 84.1 < 86.1 < 90.2
    "近四年，全区行政执法案卷评查优秀率逐年提高，2021年为82.4%，2022年为84.1%，2023年为86.1%，"
    "2024年为90.2%。",
    # a plateau is no reversal: 96, 97, 97, 98
    "2021年至2024年群众满意率分别为96%、97%、97%和98%，满意率逐年上升。",
    # reverse order, rising by year: 98.7 < 99.2 < 99.5
    "政务服务“好差评”好评率逐年上升，2024年为99.5%，2023年为99.2%，2022年为98.7%。",
    # 连续两年: 9.4 → 7.1 → 5.3 fall; the rise 6.2 → 9.4 before them is not claimed
    "从2021年的6.2%，到2022年的9.4%，再到2023年的7.1%，2024年的5.3%，复议纠错率连续两年下降。",
    # the sentence tells of the turn itself (但…反弹)
    "全区信访总量2021年至2024年分别为512件、468件、497件和431件，总体呈逐年下降趋势，但2023年有所反弹。",
    # another figure (89件) between the claim and the series: the claim is about 新收案件
    "新收案件逐年减少，全年新收89件，复议纠错率2022年为8.2%，2023年为10.5%，2024年为9.1%。",
    # two years only: a pair, read by the change rule (97.1 − 95.6 = 1.5)
    "行政复议满意率由2023年的95.6%提高到2024年的97.1%，连续两年提高1.5个百分点以上。",
    # rounding: 96.5% (2022) against 96% (2023, 95.5..96.5) may be no fall
    "全区政务公开测评得分率逐年提高，2022年为96.5%，2023年为96%，2024年为97.2%。",
    # a range whose figures are fewer than its years (2020..2024 = 5, four listed): not a series
    "2020年至2024年累计受理分别为412件、388件、395件和351件，案件数量逐年下降。",
]


@pytest.mark.parametrize("text", TREND_WRONG)
def test_a_steady_claim_against_its_years(text: str) -> None:
    assert "N108" in [c for c, _ in findings(text)], findings(text)


@pytest.mark.parametrize("text", TREND_WRONG[:-1])
def test_a_steady_claim_is_an_error(text: str) -> None:
    assert "N108" in [c for c, _ in errors(text)], findings(text)


def test_persisting_is_a_warning() -> None:
    assert "N108" not in [c for c, _ in errors(TREND_WRONG[-1])], errors(TREND_WRONG[-1])


@pytest.mark.parametrize("text", TREND_FIT)
def test_a_steady_claim_that_holds(text: str) -> None:
    assert "N108" not in [c for c, _ in findings(text)], findings(text)


def test_the_message_names_both_years() -> None:
    msg = next(m for c, m in findings(TREND_WRONG[0]) if c == "N108")
    assert "2023年85.6%低于2022年的86.1%" in msg, msg

