"""Session 24 (s24-time): a date that bounds the data against the period the text says they cover,
and a decision's two answers against an intake.

* a cut-off in brackets on a heading (「二、案件处理情况（截至2024年6月30日）」) dates the figures
  under it up to the next heading: a month they count that had not begun by then is an error
  (N304); a year written right before a month (今年4月份) is that month's year, no span of its
  own;
* a page's publication date (「发布时间:2021-08-11」) before the last day its own figures are
  counted to, named by its day (「7月1日-8月31日」, 「截至8月31日」, 「截至8月底」) is an error
  (N304); a planning sentence, a day after publication, or a month without its day keeps silence;
* the statistics period named 统计日期 (「所列数据统计日期自2022年1月1日起至2023年12月31日止」)
  is read as 统计期限 is (N301); 「现将…2021年度…年度报告向社会公布」 names the report's own year
  as 「…报告如下」 does (N301);
* a decision and its refusal (批准/不批准, 准予/不予) are the answers of what was decided: under an
  intake (受理) their shortfall is the undecided rest, no N102; a pending pair (办结/未办结), the
  intake's own decision (受理/不予受理 under 收到) and a split called complete (分别为) still are.

Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from relation_helpers import findings

CONTRADICTIONS = [
    # a heading's cut-off over a table of a later month
    (
        "三、投诉处理情况（截至2023年8月31日）\n类别 | 9月(件) | 8月(件) | 办结数(件)\n"
        "噪声扰民 | 214 | 198 | 210\n占道经营 | 96 | 88 | 95",
        2023,
        "N304",
        "2023年9月尚未开始",
    ),
    # the cut-off on a numbered sub-heading, a paragraph of a later month under it
    (
        "（二）行政复议办理情况（数据截止2023年3月31日）\n今年4月份，市司法局共收到行政复议申请26件，"
        "已审结19件。",
        2023,
        "N304",
        "2023年4月尚未开始",
    ),
    # a short heading with no number, 统计至, quarter figures after its end
    (
        "执法检查开展情况(统计至2022年6月30日)\n第三季度，全县共开展执法检查326次，发现问题41个。",
        2022,
        "N304",
        "2022年9月尚未开始",
    ),
    # a page published before the last day of the span its figures count
    (
        "暑期全市法律援助工作综述\n发布时间：2023-08-05\n来源：市司法局\n"
        "暑期(7月1日至8月31日)，全市法律援助中心共接待来访群众1520人次，办理案件386件。",
        2023,
        "N304",
        "早于文中数字所统计到的2023年8月31日",
    ),
    # a cut-off after the page's date
    (
        "上半年行政执法工作通报\n发布日期：2024-06-20\n截至2024年6月30日，全区共办理行政处罚案件"
        "842件，罚没款317万元。",
        2024,
        "N304",
        "早于文中数字所统计到的2024年6月30日",
    ),
    # a month's end as the cut-off, the year from the page
    (
        "发布时间:2022-09-12\n截至9月底，全镇累计调解矛盾纠纷276起，调解成功率98.2%。",
        2022,
        "N304",
        "2022年9月30日",
    ),
    # a statistics period named 统计日期, running over two years
    (
        "本年度报告所列数据统计日期自2023年1月1日起至2024年12月31日止。",
        2023,
        "N301",
        "止于2024年",
    ),
    # the report published as another year's
    (
        "根据有关要求，现将本局2022年度政府信息公开工作年度报告予以公布。",
        2023,
        "N301",
        "2022年度",
    ),
]

CONSISTENT = [
    # the heading's cut-off after the month the table counts
    (
        "三、投诉处理情况（截至2023年9月30日）\n类别 | 9月(件) | 8月(件) | 办结数(件)\n"
        "噪声扰民 | 214 | 198 | 210",
        2023,
        ("N304",),
    ),
    # 今年 before the month: the month is April, inside the cut-off
    (
        "（二）行政复议办理情况（数据截止2023年4月30日）\n今年4月份，市司法局共收到行政复议申请26件，"
        "已审结19件。",
        2023,
        ("N304",),
    ),
    # a page published after the span it counts
    (
        "暑期全市法律援助工作综述\n发布时间：2023-09-05\n来源：市司法局\n"
        "暑期(7月1日至8月31日)，全市法律援助中心共接待来访群众1520人次，办理案件386件。",
        2023,
        ("N304",),
    ),
    # a plan for a span after the page's date
    (
        "发布日期：2024-06-20\n7月1日至8月31日，全区将开展夏季治安专项行动，计划检查重点场所300家。",
        2024,
        ("N304",),
    ),
    # the statistics period of the report year, named 统计日期
    ("本年度报告所列数据统计日期自2023年1月1日起至2023年12月31日止。", 2023, ("N301",)),
    # the report's own year
    (
        "根据有关要求，现将本局2023年度政府信息公开工作年度报告向社会公布。",
        2023,
        ("N301",),
    ),
    # a decision and its refusal under an intake: the rest is still undecided
    (
        "今年以来，我院受理审查逮捕案件188件，其中批准逮捕132件，不批准逮捕41件。",
        2024,
        ("N102",),
    ),
    (
        "全年受理行政许可申请1320件，其中准予许可1206件；不予许可83件，不予许可率6.4%。",
        2024,
        ("N102",),
    ),
]

# still reported: a pending pair, the intake's own decision, a split called complete
STILL = [
    ("全年受理投诉举报560件，其中已办结520件，未办结30件。", 2024, "N102", "少10件"),
    ("全年收到政府信息公开申请96件，其中受理80件，不予受理12件。", 2024, "N102", "少4件"),
    (
        "全年受理行政许可申请120件，分别为准予许可100件、不予许可10件。",
        2024,
        "N102",
        "少10件",
    ),
    # the answers adding up to more than the intake are still too many
    ("本季度受理审查逮捕案件271件，其中批准逮捕181件，不批准逮捕93件。", 2024, "N101", "多出3件"),
]


@pytest.mark.parametrize(("text", "year", "code", "shown"), CONTRADICTIONS)
def test_contradiction_found(text: str, year: int, code: str, shown: str) -> None:
    got = findings(text, year, (code,))
    assert any(shown in message for _, message in got), got


@pytest.mark.parametrize(("text", "year", "codes"), CONSISTENT)
def test_consistent_silent(text: str, year: int, codes: tuple[str, ...]) -> None:
    assert findings(text, year, codes) == []


@pytest.mark.parametrize(("text", "year", "code", "shown"), STILL)
def test_still_reported(text: str, year: int, code: str, shown: str) -> None:
    got = findings(text, year, (code,))
    assert any(shown in message for _, message in got), got
