"""Session 35 round 2 (s35-time2): a paragraph opened by the day of a telling event (a
meeting, a report, a measurement, a review) whose figures are counted over a period that ends
after that day (snapshot.py ``_dateline_relations``, N304).

An error when the dateline's sentence, or a later sentence of its paragraph after a dateline
that reports (汇报, 通报, 测算, 据…), states the period with a figure as done (共, 已, 累计…), the
day has its year and the period does not end inside the day's own month; a warning when the day
has no year, the figures are in the next paragraph that goes on telling (据了解, 本次…), or the
period ends in the day's own month (a statistics month may close early). Silent: a period over
by the day, a plan or a deadline, a cut-off told in a later sentence (results added later), a
meeting named after a period (「第二季度工作例会」) with another period's figures.

Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from relation_helpers import _contradictions, findings

CONTRADICTIONS = [
    # a measurement of a holiday whose span of days ends the day after it
    (
        "2023年10月5日，据市统计局初步测算，国庆假期（10月1日-8日），全市共接待游客326.4万人次，"
        "实现旅游收入21.8亿元。",
        2023,
        "ERROR",
        ("2023年10月5日", "2023年10月8日"),
    ),
    # a report to a meeting, then figures counted to a day after the meeting
    (
        "2021年9月16日，县人民检察院检察长在县人大常委会会议上作专题报告。2020年1月1日至"
        "2021年12月31日，全院共受理审查起诉案件612件，起诉498件。",
        2021,
        "ERROR",
        ("2021年9月16日", "2021年12月31日"),
    ),
    # a meeting telling months not yet begun
    (
        "2022年5月12日，市司法局召开全市行政复议工作通报会，通报了1-7月全市共收到行政复议"
        "申请587件。",
        2022,
        "ERROR",
        ("2022年5月12日", "2022年7月31日"),
    ),
    # a meeting inside the half-year's last month, its figures in the next paragraph
    (
        "6月3日，区司法局召开法治宣传教育工作推进会，部署下一阶段工作。\n"
        "据了解，今年上半年全区开展法治讲座214场，发放宣传资料3.6万份。",
        2022,
        "WARNING",
        ("上半年", "2022年6月30日"),
    ),
    # a review without its year (may be the next year's): a warning
    (
        "11月20-22日，市司法局组织开展公证质量检查评查活动。\n"
        "本次检查对2023年1月1日至11月30日办结的公证卷宗1260份进行了抽查。",
        2023,
        "WARNING",
        ("2023年11月30日",),
    ),
]

CONTRADICTIONS += [
    # a notice signed inside the month whose figures it gives
    (
        "一、9月工作情况\n9月共办理法律援助案件86件，其中刑事案件31件。\n县司法局\n2024年9月12日",
        2024,
        "WARNING",
        ("落款日期为2024年9月12日", "2024年9月30日"),
    ),
]

CONSISTENT = [
    # the same notice signed after the month
    (
        "一、9月工作情况\n9月共办理法律援助案件86件，其中刑事案件31件。\n县司法局\n2024年10月12日",
        2024,
    ),
    # a month without its year later than the signature's: maybe the year before's
    (
        "一、12月工作情况\n12月共办理法律援助案件86件，其中刑事案件31件。\n县司法局\n2025年1月8日",
        2025,
    ),
    # the same holiday, over before the measurement
    (
        "2023年10月9日，据市统计局初步测算，国庆假期（10月1日-8日），全市共接待游客326.4万人次，"
        "实现旅游收入21.8亿元。",
        2023,
    ),
    # a meeting after the months it tells
    (
        "2022年8月12日，市司法局召开全市行政复议工作通报会，通报了1-7月全市共收到行政复议"
        "申请587件。",
        2022,
    ),
    # a meeting setting a deadline
    (
        "2022年5月12日，市司法局召开全市行政复议工作推进会，要求7月底前办结积案35件。",
        2022,
    ),
    # a meeting that starts the work, a cut-off told later with the results
    (
        "2022年3月1日，市司法局召开专项行动部署会。截至2022年6月30日，全市共排查矛盾纠纷1285件。",
        2022,
    ),
    # a meeting named after the quarter, the figures the previous quarter's
    (
        "2022年4月6日，记者从全市第二季度安全生产工作例会上获悉，一季度，全市累计检查"
        "生产经营单位1824家。",
        2022,
    ),
    # a span of days opening the paragraph that runs into another month: a period, no event
    (
        "7月1日-8月31日，市民服务热线共接听来电39666个，其中8月1日至8月31日接听21004个。",
        2022,
    ),
]


@pytest.mark.parametrize(("text", "year", "severity", "needles"), CONTRADICTIONS)
def test_dateline_before_period_ends(
    text: str, year: int, severity: str, needles: tuple[str, ...]
) -> None:
    found = [r for r in _contradictions(text, year) if r.code == "N304"]
    assert found, text
    assert any(all(n in (r.message or "") for n in needles) for r in found), [
        r.message for r in found
    ]
    assert {r.severity.name for r in found if r.severity is not None} == {severity}


@pytest.mark.parametrize(("text", "year"), CONSISTENT)
def test_dateline_after_period_or_no_count_is_silent(text: str, year: int) -> None:
    assert findings(text, year, ("N304",)) == []
