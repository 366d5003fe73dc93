"""Session 19 (s19-realtime): an annual report's statistics period against its year (N301).

「报告中所列数据统计期限为2026年1月1日到12月31日」 in a report on 2025: the period (统计期限,
统计时间, 统计时限, 统计周期, 统计范围 …) and its two ends right after it (an end without its
year takes the start's: 「自2023年1月1日起，至12月31日止」) must lie in the report year — a start
or end in another year, or a run of 24 months, is reported; an end before 31 December inside
the year, a report naming a shorter span (a quarter, 1—4月), 截至 dates of the next year's first
quarter and a span of earlier years quoted as history without the period's noun are not.

Every sentence is written for these tests; the dates compared in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import findings

PERIOD_WRONG = [
    # start 2026 > report year 2025; 12月31日 takes 2026 from the start
    (2025, "本年度报告中所列数据统计期限为2026年1月1日到12月31日。"),
    # end 2025-12-31 > 2024-12-31: 2024-01..2025-12 = 24 months
    (2024, "本报告中所列数据的统计期限自2024年1月1日起至2025年12月31日止。"),
    # start 2023 > 2022, end 12月31日 carried (2023): the whole of the next year
    (2022, "本报告所列数据的统计时间自2023年1月1日起，至12月31日止。"),
    # start 2020 < 2021: 2020-01..2021-12 = 24 months
    (2021, "报告中所列数据的统计时限为2020年1月1日至2021年12月31日。"),
    # both ends 2022 ≠ 2023: the year before, named whole
    (2023, "本年度报告所列数据的统计周期为2022年1月1日至2022年12月31日。"),
    # end 2024-08-31 > 2023-12-31 (past the first quarter of 2024): 20 months
    (2023, "相关数据统计时段为：2023年1月1日—2024年8月31日，涉及政务公开事项6大类。"),
    # traditional characters: 統計期限 from 2019 in a report on 2020 (year carried: 2019-12-31)
    (2020, "本報告中所列數據的統計期限為2019年1月1日至12月31日止。"),
    # end 2026-06-30 > 2025-12-31: 18 months
    (2025, "年报所列数据统计区间从2025年1月1日到2026年6月30日。"),
    # start 2024 > 2023 with an end of 2024 too: a 2023 report counting 2024
    (2023, "全文由六个部分组成，报告中使用的数据统计期限为2024年1月1日至2024年12月31日。"),
]

PERIOD_FINE = [
    # ends 2024-03-31, within the first quarter of 2024: counted until the report was written
    (2023, "报告中所列数据统计期限为2023年1月1日至2024年3月31日。"),
    # 2024-01-01..2024-12-31 = the report year
    (2024, "本年度报告中所列数据统计期限为2024年1月1日至12月31日。"),
    # ends 12月28日 inside 2023: a period cut a few days short, still in the year
    (2023, "报告中所列数据统计时间为2023年1月1日至2023年12月28日。"),
    # a quarter named before the period: 2024-04-01..2024-06-30 is the second quarter
    (
        2024,
        "现将2024年第二季度热线运行情况通报如下，本期数据统计时间为2024年4月1日至2024年6月30日。",
    ),
    # 1-4月 named: 2025-01-01..2025-04-30 inside 2025
    (2025, "2025年1-4月全区行政执法数据统计期限为2025年1月1日至4月30日，共办理处罚案件431件。"),
    # a span of earlier years quoted as history, without a period noun
    (2023, "五年来，2019年1月至2023年12月，全县累计办理行政复议案件506件，纠错率保持在9%左右。"),
    # 截至 a date in the first quarter of 2024 for a report on 2023: not a period
    (2023, "截至2024年2月29日，我局已办结全部依申请公开事项，无逾期答复。"),
    # the period (= 2022) then next year's plan (2023): the plan year is not the period's end
    (2022, "本报告所列数据统计期限自2022年1月1日起，至12月31日止。2023年，我局将新增公开专栏3个。"),
    # the period fits; the publication 2024年1月18日 follows in its own sentence
    (2023, "报告中所列数据统计期限为2023年1月1日到12月31日。本报告于2024年1月18日在门户网站公开。"),
    # a plan's span in a title, not a statistics period
    (
        2025,
        "认真落实《法治政府建设实施纲要（2021—2025年）》，数据统计期限为2025年1月1日至2025年12月31日。",
    ),
]


@pytest.mark.parametrize(("year", "text"), PERIOD_WRONG)
def test_statistics_period_outside_the_report_year_is_reported(year: int, text: str) -> None:
    got = findings(text, year, codes=("N301",))
    assert [c for c, _ in got] == ["N301"], got
    # the message names the period and the report year
    assert "统计期限" in got[0][1] and f"{year}年" in got[0][1], got


@pytest.mark.parametrize(("year", "text"), PERIOD_FINE)
def test_statistics_period_of_the_report_year_or_a_named_span_is_silent(
    year: int, text: str
) -> None:
    assert findings(text, year, codes=("N301",)) == []


def test_statistics_period_starting_after_january_unnamed_is_a_warning() -> None:
    # 2023-07-01..2023-12-31 in an annual report that names no half: 6 months of 12
    from fazhi_lint.analysis.relations import analyze_text, contradictions
    from fazhi_lint.model import Severity

    text = "本年度报告中所列数据统计期限从2023年7月1日到12月31日止。"
    got = [r for r in contradictions(analyze_text(text, 2023)) if r.code == "N301"]
    assert [r.severity for r in got] == [Severity.WARNING], got
    assert "共6个月" in got[0].message, got


def test_period_past_the_first_quarter_is_reported_once() -> None:
    # end 2024-06-30 is both a later date and the period's end: one finding, the period's
    text = "本报告所列数据的统计周期为2023年1月1日至2024年6月30日。"
    got = findings(text, 2023, codes=("N301",))
    assert len(got) == 1 and "统计期限" in got[0][1], got


# ------------------------------------------------------------------------------------------
# this year's months counted up to a month not yet over on the day the text names (N304)
# ------------------------------------------------------------------------------------------

MONTHS_NOT_OVER = [
    # today 12-18; 今年1-12月 ends 12-31 > 12-18
    (
        2020,
        "今天（12月18日），市司法局召开新闻发布会。今年1-12月，全市办理行政复议案件125件，直接纠错11件。",
    ),
    # today 11-20; 1至11月 ends 11-30 > 11-20
    (2023, "今天(11月20日)，区政府新闻办举行发布会，通报今年1至11月全区受理劳动争议案件362件。"),
    # today 6-10; 1—6月 ends 6-30 > 6-10
    (2024, "今日（6月10日），县应急管理局通报：今年1—6月，全县开展安全生产执法检查1260次。"),
    # today 2022-09-05 (bracket year); 1-9月 ends 9-30 > 9-5
    (2022, "今天（2022年9月5日）召开通气会。今年1-9月，全区共受理12345热线诉求8.6万件。"),
    # today 10-8; 今年一至十二月 ends 12-31 > 10-8
    (2021, "今天（10月8日），市市场监管局发布消息，今年一至十二月共查处价格违法案件48件。"),
    # the months in the next paragraph: today 3-15; 1—3月 ends 3-31 > 3-15
    (
        2025,
        "今天（3月15日），市信访局召开发布会。\n今年1—3月，全市共受理信访事项1327件，办结率98.6%。",
    ),
    # today 12-2; 1-12月 ends 12-31 > 12-2
    (
        2019,
        "今天（12月2日）上午，市人社局介绍，今年1-12月全市共追讨欠薪2.3亿元，惠及劳动者1.1万人。",
    ),
    # today 8-1; 1至8月 ends 8-31 > 8-1
    (2024, "今日(8月1日)，区司法局通报，今年1至8月全区人民调解组织共调解矛盾纠纷2156件。"),
]

MONTHS_OVER = [
    # today 12-18; 1-11月 ends 11-30 < 12-18: over
    (
        2020,
        "今天（12月18日），市司法局召开新闻发布会。今年1-11月，全市办理行政复议案件125件，直接纠错11件。",
    ),
    # today 7-5; 1—6月 ends 6-30 < 7-5
    (2024, "今日（7月5日），县应急管理局通报：今年1—6月，全县开展安全生产执法检查1260次。"),
    # today 9-30 = the last day of 9月: 1-9月 is over that day
    (2022, "今天（9月30日）召开通气会。今年1-9月，全区共受理12345热线诉求8.6万件。"),
    # no day named as today: nothing to compare
    (2020, "12月18日，市司法局召开新闻发布会。今年1-12月，全市办理行政复议案件125件。"),
    # 1-12月 before the day, in its own sentence ahead: not counted after it is named
    (2021, "今年1-12月目标为办理案件200件。今天（10月8日），市市场监管局发布消息。"),
    # no figure counted over the months: a plan for the year
    (2023, "今天（11月20日），区政府召开会议，部署今年1至12月的安全生产工作。"),
    # the day five paragraphs earlier: too far to date the months
    (
        2024,
        "今天（6月10日），县政府召开会议。\n一、概况。\n二、执法。\n三、复议。\n四、调解。\n今年1—6月，全县开展执法检查1260次。",
    ),
    # today 4-1; 1-3月 ended 3-31
    (2025, "今天（4月1日），市信访局召开发布会。今年1—3月，全市共受理信访事项1327件。"),
]


@pytest.mark.parametrize(("year", "text"), MONTHS_NOT_OVER)
def test_months_not_over_on_the_day_named_are_reported(year: int, text: str) -> None:
    got = findings(text, year, codes=("N304",))
    assert [c for c, _ in got] == ["N304"], got
    assert "尚未结束" in got[0][1], got


@pytest.mark.parametrize(("year", "text"), MONTHS_OVER)
def test_months_over_or_undated_are_silent(year: int, text: str) -> None:
    assert [m for c, m in findings(text, year, codes=("N304",)) if "尚未结束" in m] == []


# ------------------------------------------------------------------------------------------
# 将《…》报送: 将 before a document sent is 把, so a date after the report was written is a fact
# ------------------------------------------------------------------------------------------

SENT_LATE = [
    # 2025-04-24 > 2025-03 (report on 2024 written by the end of March 2025)
    (2024, "经区委、区政府主要负责人审核签字后，2025年4月24日将《报告》报送市委市政府。"),
    # 2024-05-10 > 2024-03
    (2023, "按照规定流程，2024年5月10日将《法治政府建设情况报告》报送上级政府。"),
    # 2026-06-02 > 2026-03
    (2025, "经常务会议审议通过后，2026年6月2日将《年度报告》呈报省政府。"),
    # 2023-07-15 > 2023-03
    (2022, "在广泛征求意见的基础上，2023年7月15日将《报告》上报市委依法治市办。"),
    # 2024-04-30 > 2024-03
    (2023, "修改完善后，2024年4月30日将《报告》提交县人大常委会。"),
    # 2022-08-01 > 2022-03
    (2021, "按照程序，2022年8月1日将《实施情况报告》印发各乡镇。"),
    # 2025-05-20 > 2025-03
    (2024, "由主要负责人签发，2025年5月20日将《报告》抄送市司法局。"),
    # 2025-04-08 > 2025-03
    (2024, "经集体讨论，2025年4月8日将《2024年度工作报告》报请市政府审定。"),
]

SENT_FINE = [
    # 2025-02-24 is within the first quarter of 2025
    (2024, "经区委、区政府主要负责人审核签字后，2025年2月24日将《报告》报送市委市政府。"),
    # a plan: 计划 before the date
    (2024, "我们计划于2025年6月将《条例（草案）》提交市人大常委会审议。"),
    # 将 as "will" before a verb: a plan
    (2024, "2025年6月将启动《条例》立法后评估工作。"),
    # a deadline: 前
    (2023, "要求各单位于2024年5月底前将《自查报告》报送区司法局。"),
    # 将 before a title and a verb of study, not sent: still read as a plan
    (2024, "2025年5月将《条例》纳入领导干部学法清单。"),
    # the report year itself
    (2024, "2024年10月12日将《整改报告》报送市委巡察办。"),
    # the plan part (下一步) of the report
    (2024, "下一步，我局将于2025年6月将《实施意见》报送市政府。"),
    # 拟 before the date
    (2024, "拟于2025年7月将《办法》提请区政府常务会议审议。"),
]


@pytest.mark.parametrize(("year", "text"), SENT_LATE)
def test_document_sent_after_the_report_was_written_is_reported(year: int, text: str) -> None:
    got = findings(text, year, codes=("N301",))
    assert [c for c, _ in got] == ["N301"], got
    assert "晚于报告的撰写时间" in got[0][1], got


@pytest.mark.parametrize(("year", "text"), SENT_FINE)
def test_documents_sent_in_time_or_planned_are_silent(year: int, text: str) -> None:
    assert findings(text, year, codes=("N301",)) == []
