"""Session 20 (s20-unitstime): a report's own dates against the period it reports on.

A report's signature (a date alone among its last paragraphs, or closing its last sentence
after the body's name) and its page's header dates (发布日期, 成文日期, 公文生成日期 …) are the
report's own dates. A report on a whole year (its text says so: 「2023年度」「全年」「2023年，」
「现将2023年…」) dated before that year's December, or one on a shorter span (上半年, 第二季度,
1-4月) dated before the span's last month, is reported (N301); so is a header publishing the
report before it was written (N304). December (or the span's last month) is left alone, so are
plans (要点, 计划), and a signature is no fact: a notice signed in April after its year is fine.

Every text is written for these tests; the dates compared in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import findings

OWN_DATE_EARLY = [
    # signed 2023-03-05 for the whole of 2023 (2023年度)
    (
        2023,
        "县司法局关于2023年度法律援助工作情况的公示\n"
        "2023年度，县法律援助中心共办理法律援助案件412件，发放办案补贴63.5万元。\n"
        "县司法局\n2023年3月5日",
        "2023年3月5日",
    ),
    # signature closing the last sentence: 2024-02-20 for 全年 2024
    (
        2024,
        "区市场监管局2024年行政执法情况报告\n"
        "全年共办理行政处罚案件286件，罚没金额1,240.6万元。 区市场监督管理局 2024年2月20日",
        "2024年2月20日",
    ),
    # header 公文生成日期 2022-06-30 for 「现将2022年…情况进行公示」
    (
        2022,
        "镇人民政府2022年法治政府建设情况报告\n"
        "公文生成日期：2022-06-30\n"
        "现将2022年本镇行政复议应诉情况进行公示，全年共收到复议申请17件。",
        "2022-06-30",
    ),
    # 发布日期 in the year before the report year (2020 for 2021)
    (
        2021,
        "市生态环境局2021年度行政执法统计年报\n"
        "发布日期：2020-01-28\n"
        "2021年，全局共作出行政处罚决定93件，罚没款金额1,086.2万元。",
        "2020-01-28",
    ),
    # a half-year report (上半年) dated in May, before June ended
    (
        2023,
        "街道上半年矛盾纠纷排查化解情况报告\n"
        "发布时间：2023-05-16\n"
        "上半年，街道共排查矛盾纠纷236件，化解229件。",
        "2023-05-16",
    ),
    # a first-quarter notice (第一季度) published in February
    (
        2025,
        "县信访局第一季度信访工作情况通报\n"
        "印发日期：2025年2月11日\n"
        "2025年第一季度，全县共受理信访事项58件，按期办结56件。",
        "2025年2月11日",
    ),
]

OUT_OF_ORDER = [
    # published 2024-01-09 before written 2024-01-15
    (
        2023,
        "区司法局2023年度工作报告\n成文日期：2024-01-15 发布日期：2024-01-09\n"
        "2023年，区司法局共审查规范性文件41件。",
        "2024-01-09",
        "2024-01-15",
    ),
    # 【成文日期】 in brackets, published a month earlier
    (
        2024,
        "县应急管理局2024年法治政府建设情况报告\n"
        "[ 成文日期 ] 2025-03-02 [ 发布日期 ] 2025-02-02\n"
        "全年共开展安全生产执法检查1,318家次。",
        "2025-02-02",
        "2025-03-02",
    ),
]

FINE = [
    # signed in the first quarter after the year
    (
        2023,
        "县司法局关于2023年度法律援助工作情况的公示\n"
        "2023年度，县法律援助中心共办理法律援助案件412件。\n县司法局\n2024年3月5日",
    ),
    # signed in April after the year: late, but a signature states no fact
    (
        2024,
        "市法律援助中心2024年度工作信息公示\n"
        "2024年度，中心共受理指派法律援助案件1,856件。\n市法律援助中心\n2025年4月28日",
    ),
    # signed in December of the year itself: year-end summaries are written then
    (
        2024,
        "镇人民政府2024年工作总结报告\n"
        "2024年，全镇共调处矛盾纠纷312件。\n镇人民政府\n2024年12月20日",
    ),
    # a plan for the year, issued in its March
    (
        2025,
        "县人民政府2025年法治政府建设工作要点\n印发日期：2025年3月10日\n"
        "2025年，全县将重点推进行政执法规范化建设。",
    ),
    # a batch notice in its year: the text names no whole year, only a batch and two months
    (
        2022,
        "县法律援助中心2022年法治政府建设情况报告\n"
        "2022年第二批次案件办案补贴31,200元;2022年7月至2022年8月值班补贴6,600元。\n"
        "县法律援助中心 2022年9月2日",
    ),
    # a half-year report dated in July, after June
    (
        2023,
        "街道上半年矛盾纠纷排查化解情况报告\n发布时间：2023-07-06\n"
        "上半年，街道共排查矛盾纠纷236件，化解229件。",
    ),
    # written before published, both after the year
    (
        2023,
        "区司法局2023年度工作报告\n成文日期：2024-01-15 发布日期：2024-01-19\n"
        "2023年，区司法局共审查规范性文件41件。",
    ),
    # a 1-4月 bulletin published in June
    (
        2021,
        "全市1-4月行政处罚案件办理情况通报\n发布日期：2021-06-03\n"
        "1-4月，全市共下达处罚决定书1,932份，罚款金额1.16亿元。",
    ),
]


@pytest.mark.parametrize(("year", "text", "date"), OWN_DATE_EARLY)
def test_own_date_before_the_period_ends(year: int, text: str, date: str) -> None:
    got = findings(text, year, ("N301",))
    assert any(f"“{date}”早于所报告的期间结束" in m for _, m in got), got


@pytest.mark.parametrize(("year", "text", "published", "written"), OUT_OF_ORDER)
def test_published_before_written(year: int, text: str, published: str, written: str) -> None:
    got = findings(text, year, ("N304",))
    assert any(published in m and f"“{written}”" in m and "成文之前发布" in m for _, m in got), got


@pytest.mark.parametrize(("year", "text"), FINE)
def test_own_dates_in_order(year: int, text: str) -> None:
    assert findings(text, year, ("N301", "N304")) == []
