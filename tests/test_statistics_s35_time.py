"""Session 35 (s35-time): a page published before the last month of a part of the year its
figures are counted over has ended (snapshot.py ``_published_before_months``, N304).

「发布时间:2023-06-08」 over 「2023年上半年，…新收各类案件…」: an error when the last month had
not begun on the day of publication, a warning inside it (a statistics month may close early).
A header line of a date and a time with no label before 来源 is the page's date too, and the
paragraph under the header opened by 今日 and a publishing verb publishes its period even with
no figure after it (「今日，…通报各地2020年1-4月…情况」). Silent: a
period over before the day, a whole year (signed.py's), a plan, a cut-off naming the day its
month closed (「截止2012年11月20日」), a month with its day.

Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from relation_helpers import _contradictions, findings

CONTRADICTIONS = [
    # a half-year's figures on a page published inside its last month
    (
        "全市行政复议工作情况\n发布时间：2022-06-10 08:30 来源：市司法局\n"
        "2022年上半年，全市共收到行政复议申请412件，同比增长6.2%；办结378件。",
        2022,
        "WARNING",
        "统计到2022年6月30日：发布时该月尚未结束",
    ),
    # January–May on a page published in April: May had not begun
    (
        "发布日期：2021-04-26\n今年1-5月，全县法律援助机构共办理案件215件，挽回经济损失83万元。",
        2021,
        "ERROR",
        "5月尚未开始",
    ),
    # a quarter under an unlabelled date line before 来源
    (
        "2023年第三季度执法数据公开\n2023-09-14 10:05:00  来源:区市场监管局\n"
        "三季度共立案查处违法案件57件，罚没款46.3万元。",
        2023,
        "WARNING",
        "统计到2023年9月30日",
    ),
    # the page's day publishing a span of months not yet begun, no figure in the sentence
    (
        "全省安全生产执法情况\n发布日期：2022-05-06\n今日，省应急管理厅通报了2022年1-7月全省"
        "安全生产执法检查情况。",
        2022,
        "ERROR",
        "7月尚未开始",
    ),
]

CONSISTENT = [
    # the same half-year published after it ended
    (
        "全市行政复议工作情况\n发布时间：2022-07-10 08:30 来源：市司法局\n"
        "2022年上半年，全市共收到行政复议申请412件，同比增长6.2%；办结378件。",
        2022,
    ),
    # the text names the day its month closed, before the page's date
    (
        "1-11月案件情况通报\n发布时间：2019-11-23\n截止2019年11月20日，1-11月全院共受理案件"
        "3120件，结案2874件。",
        2019,
    ),
    # the page's day publishing months already over
    (
        "全省安全生产执法情况\n发布日期：2022-08-06\n今日，省应急管理厅通报了2022年1-7月全省"
        "安全生产执法检查情况。",
        2022,
    ),
    # a plan for the next months
    (
        "发布日期：2021-04-26\n今年1-5月，全县计划组织法律援助进社区活动30场。",
        2021,
    ),
    # the page's whole year is signed.py's, not read here
    (
        "发布时间：2024-12-20\n全年共办理行政许可事项1206件，按时办结率100%。",
        2024,
    ),
]


@pytest.mark.parametrize(("text", "year", "severity", "needle"), CONTRADICTIONS)
def test_published_before_part_of_year_ends(
    text: str, year: int, severity: str, needle: str
) -> None:
    found = [r for r in _contradictions(text, year) if r.code == "N304"]
    assert found, text
    assert any(needle in (r.message or "") for r in found), [r.message for r in found]
    assert any(r.severity is not None and r.severity.name == severity for r in found)


@pytest.mark.parametrize(("text", "year"), CONSISTENT)
def test_published_after_or_bounded_is_silent(text: str, year: int) -> None:
    assert findings(text, year, ("N304",)) == []
