"""Session 23 (s23-flow): a date that bounds the data against the period the text says the
data cover.

* two statements of the report's own statistics period that disagree (「所列数据统计期限为…至
  …12月31日」 then 「所列数据自…起至…9月30日止」) — N301, an error;
* the report's own date (a page header, a date line under the title, in brackets or of a
  month only) before the stated last day of its statistics period, or before the year's last
  month — N301, a warning;
* a note dating the data (「以上为…统计数据」「统计时间：…」「数据截至…」) before the first
  day of the latest month the figures before it are counted over — N304, an error; live data
  (实时) taken inside that month, a warning; another note inside that month is left alone (a
  statistics month may close on a cut-off day).

Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from relation_helpers import findings

CONTRADICTIONS = [
    # the period stated twice, the second ending on 30 September
    (
        "本报告所列数据的统计期限为2023年1月1日至2023年12月31日。\n"
        "本年度报告所列数据自2023年1月1日起至2023年9月30日止。",
        2023,
        "N301",
        "统计期限前后不一",
    ),
    # another noun of the period (统计时限, 统计期限) and a November end
    (
        "报告中所列数据的统计时限自2022年1月1日起至2022年12月31日止。\n"
        "附件所列数据统计期限为2022年1月1日至2022年11月30日。",
        2022,
        "N301",
        "2022年11月30日",
    ),
    # a header date in December, before the stated last day of the period
    (
        "县民政局2023年政府信息公开工作年度报告\n发布日期：2023-12-26\n"
        "本报告所列数据的统计期限为2023年1月1日至2023年12月31日。全年共受理申请14件。",
        2023,
        "N301",
        "统计期限截止日",
    ),
    # a date line in brackets under the title, months before the year ends
    (
        "区财政局2021年度政府信息公开工作报告\n（2021年2月10日）\n"
        "现将2021年度政府信息公开工作情况报告如下。本报告统计期限为2021年1月1日至12月31日。",
        2021,
        "N301",
        "2021年2月10日",
    ),
    # a date line of a month only
    (
        "市交通运输局2020年法治政府建设情况报告\n2020年4月\n2020年，全局共办理行政许可1320件。",
        2020,
        "N301",
        "2020年4月",
    ),
    # a bracketed note before the quarter began
    (
        "第三季度，全区共受理12345工单5610件，办结5598件。（统计时间：2022年6月28日）",
        2022,
        "N304",
        "9月尚未开始",
    ),
    # a note paragraph of its own under a month's figures, a month earlier
    (
        "10月份，县市场监管局共受理投诉举报418件，同比下降3.2%。\n"
        "注：以上为全国12315平台2023年9月30日统计数据。",
        2023,
        "N304",
        "10月尚未开始",
    ),
    # live data taken inside the month its figures cover (a warning): the month was not over
    (
        "11月，全县共发生道路交通事故26起，死亡3人。\n说明：以上为事故直报系统11月9日实时数据。",
        2021,
        "N304",
        "尚未结束",
    ),
    # months from January counted to May, the data dated in April
    (
        "1-5月，全市办理法律援助案件1864件，同比增长6.1%。数据截至2024年4月20日。",
        2024,
        "N304",
        "5月",
    ),
]

CONSISTENT = [
    # the same period stated twice, the second end without its year
    (
        "本报告所列数据的统计期限为2023年1月1日至2023年12月31日。\n"
        "附表数据统计期限自2023年1月1日起至12月31日止。",
        2023,
        ("N301",),
    ),
    # published after the period
    (
        "县民政局2023年政府信息公开工作年度报告\n发布日期：2024-01-18\n"
        "本报告所列数据的统计期限为2023年1月1日至2023年12月31日。全年共受理申请14件。",
        2023,
        ("N301",),
    ),
    # a December header with no stated last day (a year-end summary)
    (
        "县民政局2023年工作总结报告\n发布日期：2023-12-26\n2023年，全局共受理救助申请214件。",
        2023,
        ("N301",),
    ),
    # a date line after the year reported
    (
        "区财政局2021年度政府信息公开工作报告\n（2022年1月25日）\n"
        "现将2021年度政府信息公开工作情况报告如下。本报告统计期限为2021年1月1日至12月31日。",
        2021,
        ("N301",),
    ),
    # a note after the month ended
    ("9月份，区市场监管局共受理投诉362件，办结351件。（统计时间：2023年10月9日）", 2023, ("N304",)),
    # a note inside the month: a statistics month closing on the 26th
    ("7月份，热线共受理群众诉求2140件，办结2107件。（统计时间：2022年7月26日）", 2022, ("N304",)),
    # a note of January without its year under December's figures: the next year's
    ("12月，全区发生生产安全事故5起、死亡2人。\n说明：以上是1月6日实时数据。", 2022, ("N304",)),
    # a statistics time that is a range: a period, not the moment the data were taken
    (
        "本数据统计时间为2023年1月1日至2023年6月30日。上半年共受理行政复议申请41件。",
        2023,
        ("N304",),
    ),
]


@pytest.mark.parametrize(("text", "year", "code", "word"), CONTRADICTIONS)
def test_found(text: str, year: int, code: str, word: str) -> None:
    got = findings(text, year, (code,))
    assert got, text
    assert any(word in message for _, message in got), got


@pytest.mark.parametrize(("text", "year", "codes"), CONSISTENT)
def test_silent(text: str, year: int, codes: tuple[str, ...]) -> None:
    assert findings(text, year, codes) == [], text
