"""Session 20 (s20-time): dates a report's text cannot hold given when it was written.

* A document named with a year of its own (the year opening its title): a plan (要点, 计划,
  方案…) of a year after the one the report is written in, or a review (年度报告, 情况报告,
  工作总结…) of a year after the report year, cannot have guided or been used in the year's
  work (N301, warning). Spans, targets (2030年前), the plan section and planning clauses are
  left alone; so are plans of the next year (made at the turn of the year).
* A signature later than the page's publication date (N304).
* A document's drafts dated out of drafting order: a 讨论稿 before its 初稿 (N304).

Every text is written for these tests."""

from __future__ import annotations

import pytest
from relation_helpers import findings

CONTRADICTIONS = [
    # a 2026 plan guiding 2024 work (report written early 2025)
    (
        2024,
        "县农业农村局2024年法治政府建设情况报告\n"
        "2024年，我局对照《2026年全县依法行政工作要点》，共开展执法检查46次，办结案件21件。",
        "N301",
        "2026",
    ),
    # a 2025 implementation plan followed in 2023
    (
        2023,
        "区卫生健康委2023年法治政府建设情况报告\n"
        "一年来，委机关严格按照《区卫健委2025年普法依法治理实施方案》，组织法治讲座12场。",
        "N301",
        "2025",
    ),
    # 制定 a study plan for two years ahead, then holding its sessions this year
    (
        2022,
        "镇人民政府2022年法治政府建设情况报告\n"
        "制定《镇党委2024年理论学习中心组学法计划》，全年开展集中学法6次，旁听庭审2次。",
        "N301",
        "2024",
    ),
    # a review of 2024 (年度报告) circulated in 2023
    (
        2023,
        "市司法局2023年法治政府建设情况报告\n"
        "局党组会议专题听取《2024年行政复议工作年度报告》，研究整改措施8条。",
        "N301",
        "2024",
    ),
    # a 情况报告 of the next year reviewed by the government in the report year
    (
        2021,
        "县人民政府2021年法治政府建设情况报告\n"
        "县政府常务会议审议通过《全县2022年度法治政府建设情况报告》，并部署重点任务15项。",
        "N301",
        "2022",
    ),
    # a 工作总结 of a later year named as the basis of this year's assessment
    (
        2020,
        "区教育局2020年法治政府建设情况报告\n"
        "依据《区教育局2021年依法治校工作总结》，对全区38所学校开展法治考核。",
        "N301",
        "2021",
    ),
    # published on the 10th, signed on the 18th
    (
        2024,
        "区应急管理局2024年法治政府建设情况报告\n"
        "发布日期：2025-02-10\n"
        "2024年，全局共开展安全生产执法检查312次，立案查处违法行为27起。\n"
        "区应急管理局\n2025年2月18日",
        "N304",
        "2025年2月18日",
    ),
    # a header in a table's cells: published 03-01, signed 03-15
    (
        2023,
        "县市场监管局2023年法治政府建设情况报告\n"
        "成文日期 | 2024-02-26 | 发布日期 | 2024-03-01 |\n"
        "2023年，全局共办理行政处罚案件158件，罚没款236.4万元。\n"
        "县市场监督管理局\n2024年3月15日",
        "N304",
        "2024年3月15日",
    ),
    # a 征求意见稿 dated before the 初稿 of the same document
    (
        2024,
        "市人民政府2024年法治政府建设情况报告\n"
        "市司法局于2024年5月20日形成《办法》初稿，经专家论证后，2024年4月28日形成《办法》"
        "征求意见稿，并公开征求意见30日。",
        "N304",
        "征求意见稿",
    ),
    # a 送审稿 dated before the 修改稿 (a month with no year takes the year before it)
    (
        2022,
        "县人民政府2022年法治政府建设情况报告\n"
        "2022年3月10日完成《条例》修改稿，经合法性审查后于2月25日形成送审稿，提交县政府常务会议审议。",
        "N304",
        "送审稿",
    ),
]

CONSISTENT = [
    # the year's own work points and a five-year plan reaching past the report year
    (
        2024,
        "县农业农村局2024年法治政府建设情况报告\n"
        "2024年，我局对照《2024年全县依法行政工作要点》和《法治政府建设实施纲要(2021-2025年)》，"
        "共开展执法检查46次。",
    ),
    # the next year's plan: made at the turn of the year, it may be named
    (
        2023,
        "区卫生健康委2023年法治政府建设情况报告\n"
        "12月，委机关研究制定《区卫健委2024年普法依法治理实施方案》，明确重点任务9项。",
    ),
    # a target year, not the document's year
    (
        2022,
        "市生态环境局2022年法治政府建设情况报告\n"
        "印发《2030年前碳达峰行动方案》配套措施，开展专项执法检查24次。",
    ),
    # a span lost its dash (20212025年): a span, not a year
    (
        2023,
        "区人民政府2023年法治政府建设情况报告\n"
        "按照《区法治政府建设实施纲要(20212025年)》要求，全年审核行政规范性文件31件。",
    ),
    # a plan of two years ahead in the plan section
    (
        2024,
        "县司法局2024年法治政府建设情况报告\n"
        "一、2024年推进法治政府建设的主要举措和成效\n"
        "全年共审查合同42份。\n"
        "二、2025年推进法治政府建设的主要安排\n"
        "下一步，将研究起草《2026年全县法治政府建设工作要点》，统筹推进各项任务。",
    ),
    # the report year's own annual report reviewed; a 政府工作报告 delivered in the year after
    (
        2023,
        "市司法局2023年法治政府建设情况报告\n"
        "审议《2023年度法治政府建设情况报告》，学习《2024年政府工作报告》，部署任务6项。",
    ),
    # signed before it was published
    (
        2024,
        "区应急管理局2024年法治政府建设情况报告\n"
        "发布日期：2025-02-20\n"
        "2024年，全局共开展安全生产执法检查312次，立案查处违法行为27起。\n"
        "区应急管理局\n2025年2月18日",
    ),
    # drafts in their order
    (
        2024,
        "市人民政府2024年法治政府建设情况报告\n"
        "市司法局于2024年4月20日形成《办法》初稿，经专家论证后，2024年5月28日形成《办法》"
        "征求意见稿，并公开征求意见30日。",
    ),
    # two documents' drafts: a later stage of one before an earlier stage of the other
    (
        2022,
        "县人民政府2022年法治政府建设情况报告\n"
        "2022年3月10日形成《物业管理办法》送审稿；2022年6月2日形成《停车管理办法》初稿。",
    ),
]


@pytest.mark.parametrize(("year", "text", "code", "shown"), CONTRADICTIONS)
def test_a_date_the_report_cannot_hold_is_reported(
    year: int, text: str, code: str, shown: str
) -> None:
    got = [(c, m) for c, m in findings(text, year) if c == code]
    assert got, findings(text, year)
    assert any(shown in m for _, m in got), got


@pytest.mark.parametrize(("year", "text"), CONSISTENT)
def test_dates_the_report_may_hold_are_left_alone(year: int, text: str) -> None:
    got = [(c, m) for c, m in findings(text, year) if c in ("N301", "N304")]
    assert not got, got
