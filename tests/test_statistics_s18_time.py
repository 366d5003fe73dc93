"""Session 18 (s18-time): dates and periods.

* 「截至2025年年底」「截止2025年年末」: the year named again before its end (年年底, 年年末) is the
  year's December, as 「2025年底」 is: a fact dated then in a report on 2024 is later than the
  report was written (N301); the same suffix makes a deadline (年年底前) or a plan's year;
* a date opening its clause, then its subject and a verb of launching (「2024年3月，县交通运输局
  启动…行动，至2024年1月底结束」) is the start of the work the statement later ends: an end told
  as the end of that work (至/到 … 结束, … 前完成) before it is a contradiction (N304); a cut-off
  of figures (截至), work done before it (此前, 前期), a completion qualifying a noun
  (「…前办结的案卷」) and 开展 (carried out, no launch) are not.

* a range of years opening a statement of counted work done (累计, 共, 已) that runs past the
  report year (「2022—2024年，县农业农村局累计查办…」 in a report on 2023) is reported (N301, a
  warning): titles, brackets, plans and a report whose title names a span of years are not;
* 「截至次年6月底」「截止到翌年5月」 with no year named before it in its paragraph is a date of
  the year after the report year, read as 「截至2024年6月底」 would be (N301).

Every sentence is written for these tests; the dates compared in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import findings

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity

YEAR_END_LATE = [
    # 2025年年底 = 2025-12 > 2025-03 (report on 2024 written by the end of March 2025)
    (
        2024,
        "持续推进老旧小区改造，截至2025年年底，全市已累计完成老旧小区改造项目312个，惠及居民4.6万户。",
    ),
    # 2025年年末 = 2025-12 > 2025-03
    (
        2024,
        "截止2025年年末，全区已累计建成村（社区）公共法律服务工作室126个，实现村（社区）全覆盖。",
    ),
    # 到2026年年底 with 已累计 (done by then) = 2026-12 > 2025-03
    (2024, "到2026年年底，全市已累计完成行政执法人员轮训3860人次，培训覆盖率达到100%。"),
    # 2023年年底 = 2023-12 > 2023-03 (report on 2022)
    (2022, "截至2023年年底，我县已全部完成乡镇综合行政执法改革，下放执法事项共计126项。"),
    # 二〇二五年年底 = 2025-12 > 2025-03
    (2024, "截至二〇二五年年底，全区已聘任村（社区）法律顾问143名，实现法律顾问全覆盖。"),
    # 2025年年末 = 2025-12 > 2025-03, a count stated as of then
    (2024, "截至2025年年末，全县共有执业律师218名、基层法律服务工作者64名，公证员9名。"),
    # 2022年年底 = 2022-12 > 2022-03 (report on 2021)
    (
        2021,
        "截至2022年年底，我局已对全部38项行政许可事项实行告知承诺制，累计办理告知承诺事项2146件。",
    ),
    # 2026年年底 = 2026-12 > 2026-03 (report on 2025)
    (2025, "截至2026年年底，全市已建成行政复议服务点48个，受理行政复议申请共计1362件。"),
]

YEAR_END_FINE = [
    # 2024年年底 = the end of the report year itself: allowed
    (2024, "截至2024年年底，全市已累计完成老旧小区改造项目312个，惠及居民4.6万户。"),
    # 计划于…年年底前: a deadline of a plan
    (2024, "对排查出的问题建立整改台账，计划于2025年年底前全部完成整改，确保问题清零。"),
    # 力争到…年年底: a target
    (2024, "力争到2025年年底实现全区村（社区）法律顾问服务全覆盖，群众满意度稳定在95%以上。"),
    # 确保…年年底前: a deadline
    (2024, "对督察反馈的12个问题，确保2025年年底前整改到位，逐项对账销号。"),
    # 2023年年末 is before the report year's end
    (2024, "截至2023年年末，全县共有执业律师196名，本年度新增执业律师22名。"),
    # 到…年年底，…将…: a plan
    (
        2024,
        "到2025年年底，全区将实现行政执法全过程记录系统全覆盖，执法音像记录设备配备率达到100%。",
    ),
    # 下一步 … 2025年年底前: next year's plan in a report on 2024
    (2024, "下一步，我局将健全行政执法协调监督体系，2025年年底前完成执法监督平台建设。"),
    # 年初 is not read as a month: 2025年年初 (January 2025) is within the first quarter
    (2024, "截至2025年年初，全区已有86个村（社区）完成法治文化阵地建设，占总数的86%。"),
]

LAUNCH_ENDED_BEFORE = [
    # start 2024-03 (启动 after its subject), end 至2024-01-31 结束: 01-31 < 03-01
    (
        2024,
        "2024年3月，县交通运输局启动道路运输市场秩序专项整治行动，至2024年1月底结束，期间共检查客货运车辆2180台次。",
    ),
    # start 2023-09 (部署), end 至2023-06-30 完成: 06-30 < 09-01
    (
        2023,
        "2023年9月，区司法局部署开展行政执法案卷集中评查，至2023年6月底全部完成，共评查案卷412卷。",
    ),
    # start 2024-10 (启动), 2024-08-31 前已…完成: 08-31 < 10-01
    (
        2024,
        "2024年10月，市市场监管局启动食品安全“守底线”专项行动，2024年8月底前已全部完成整改，共检查经营户1326户。",
    ),
    # start 2022-05 (动员部署), end 至2022-03 结束: 03-31 < 05-01
    (
        2022,
        "2022年5月，县委依法治县办动员部署法治乡村示范创建工作，至2022年3月结束，命名示范村12个。",
    ),
    # start 2024-07 (开始), end 至2024-02 结束: 02-29 < 07-01
    (
        2024,
        "2024年7月，街道开始推行“街巷吹哨”执法协作机制，至2024年2月结束试点，处置问题线索318条。",
    ),
    # start 2023-11 (启动), end 到2023-10-31 收官: 10-31 < 11-01
    (
        2023,
        "2023年11月，我局启动安全生产执法“百日攻坚”行动，到2023年10月底收官，查处违法行为97起。",
    ),
    # start 2024-06-10 (启动), end 至2024-05-31 结束: 05-31 < 06-10
    (2024, "2024年6月10日，区应急管理局启动汛期安全隐患排查，至2024年5月31日结束，排查隐患243处。"),
    # start 2025-04 (启动), 2025-03-31 前…完成: 03-31 < 04-01
    (
        2025,
        "2025年4月，全市启动“双随机”抽查全覆盖行动，于2025年3月底前全部完成，抽查经营主体2846户。",
    ),
]

LAUNCH_FINE = [
    # start 2024-03, end 2024-10-31: 10-31 >= 03-01
    (
        2024,
        "2024年3月，县交通运输局启动道路运输市场秩序专项整治行动，至2024年10月底结束，期间共检查客货运车辆2180台次。",
    ),
    # 开展 after the subject is no launch: the earlier 完成 is preparation
    (
        2024,
        "2024年3月，县局开展道路运输市场秩序专项整治，2024年1月底前已完成前期摸排，共检查车辆2180台次。",
    ),
    # a semicolon parts the statements: the completion is other work
    (
        2023,
        "2023年11月，区司法局启动行政执法案卷评查；2023年6月已完成全区执法人员资格清理，注销证件37件。",
    ),
    # start 2023-11, end 2024-01-31 (the next year): 2024-01-31 >= 2023-11-01
    (
        2023,
        "2023年11月，市场监管局启动冬春季食品安全专项检查，至2024年1月底结束，共检查经营户1326户。",
    ),
    # 「2023年12月底前办结的案卷」: a completion qualifying a noun ends nothing
    (
        2024,
        "2024年5月，区司法局启动行政执法案卷评查，对2023年12月底前办结的案卷412卷逐一评查，评出优秀案卷23卷。",
    ),
    # 截至 … 共有: a cut-off of figures, not the end of the launched work
    (
        2024,
        "2024年4月，县局部署开展安全生产大检查，截至2024年3月底，全县共有规上工业企业186家，已全部纳入检查范围。",
    ),
    # 2024年1月出台的《…》: no end
    (
        2024,
        "2024年6月，区司法局启动“法治体检”活动，与2024年1月出台的《民营企业法律服务工作方案》相衔接，服务企业86家。",
    ),
    # 此前 … 完成: work done before the launch, told as such
    (
        2024,
        "2024年3月，县局启动农资打假专项行动，此前于2024年1月底完成前期排查，全年查办案件41件。",
    ),
]


@pytest.mark.parametrize(("year", "text"), YEAR_END_LATE)
def test_year_end_after_the_report_is_reported(year: int, text: str) -> None:
    got = findings(text, year, codes=("N301",))
    assert [c for c, _ in got] == ["N301"], got
    assert "年年" in got[0][1] or "〇年年" in got[0][1], got  # the date shown as written


@pytest.mark.parametrize(("year", "text"), YEAR_END_FINE)
def test_year_end_deadlines_and_earlier_ends_are_silent(year: int, text: str) -> None:
    assert findings(text, year, codes=("N301",)) == []


def test_next_steps_year_end_of_the_report_year_is_a_plan_for_the_past() -> None:
    # 下一步 … 于2024年年底前 in a report on 2024: the plan should be for 2025
    text = "下一步，我局将持续深化执法改革，计划于2024年年底前完成全市非现场监管系统建设。"
    assert [c for c, _ in findings(text, 2024, codes=("N301",))] == ["N301"]


@pytest.mark.parametrize(("year", "text"), LAUNCH_ENDED_BEFORE)
def test_launch_after_its_subject_ended_before_it_is_reported(year: int, text: str) -> None:
    got = findings(text, year, codes=("N304",))
    assert [c for c, _ in got] == ["N304"], got
    assert "早于开始时间" in got[0][1], got


@pytest.mark.parametrize(("year", "text"), LAUNCH_FINE)
def test_launch_after_its_subject_with_other_dates_is_silent(year: int, text: str) -> None:
    assert findings(text, year, codes=("N304",)) == []


RANGE_PAST = [
    # range to 2024 opening a statement of 累计 work, report on 2023: 2024 > 2023
    (
        2023,
        "2022—2024年，县农业农村局累计查办农资打假案件158件，移送司法机关7件，全县农资质量抽检合格率稳定在98%以上。",
    ),
    # 2021年至2023年 … 累计, report on 2022: 2023 > 2022
    (2022, "2021年至2023年，全区累计办理行政复议案件386件，纠错率保持在12%左右。"),
    # 2023—2025年间 … 共, report on 2024: 2025 > 2024
    (2024, "2023—2025年间，市司法局共办理法律援助案件5620件，为受援人挽回经济损失3860万元。"),
    # 2022-2024年 … 已累计, report on 2023: 2024 > 2023
    (2023, "2022-2024年，我局已累计完成行政执法案卷评查1260卷，评出优秀案卷86卷。"),
    # 2020—2022年 … 共, report on 2021: 2022 > 2021
    (2021, "2020—2022年，全县共化解各类矛盾纠纷4128件，调解成功率保持在97%以上。"),
    # 2023～2025年 … 累计, report on 2024: 2025 > 2024
    (2024, "2023～2025年，区应急管理局累计检查生产经营单位3215家次，督促整改隐患8762项。"),
    # 2023—2026年期间 … 累计, report on 2025: 2026 > 2025
    (2025, "2023—2026年期间，全市累计培训行政执法人员1.2万人次，执法证件持证率100%。"),
    # 2024—2025年 … 累计, report on 2024: 2025 > 2024
    (2024, "2024—2025年，全市累计审查行政规范性文件214件，纠正违法条款17条。"),
]

RANGE_FINE = [
    # range ending in the report year 2023
    (2023, "2021—2023年，县农业农村局累计查办农资打假案件158件，移送司法机关7件。"),
    # the range is inside a title 《…（2024—2026年）》
    (
        2023,
        "坚持规划引领，市委、市政府印发《市法治政府建设规划（2024—2026年）》，已分解重点任务32项。",
    ),
    # 将: a plan for 2024-2026
    (2023, "2024—2026年，我局将按照规划要求，累计培训执法人员3000人次以上。"),
    # the range is in brackets, naming the campaign
    (2023, "全面实施行政执法三年行动（2023—2025年），已组织执法检查126次，查处违法行为43起。"),
    # the range qualifies 培训计划 (it does not open the statement)
    (2023, "制定2023—2025年执法队伍培训计划，已完成首批执法人员轮训420人次。"),
    # 力争: a target
    (2023, "2024—2026年，力争累计建成法治文化阵地30处，实现村（社区）全覆盖。"),
    # an earlier range 2019-2021
    (2023, "2019—2021年，全县累计化解信访积案126件，2023年又化解积案23件。"),
    # the plan part (下一步) has begun in the paragraph
    (2023, "下一步，我局将持续推进执法规范化建设。2024—2026年，累计培训执法人员3000人次以上。"),
]

NEXT_YEAR_LATE = [
    # 截至次年6月底, no year before: 2024-06 > 2024-03 (report on 2023)
    (
        2023,
        "对医疗机构依法执业专项检查中发现的问题，督促责任单位建立整改台账，截至次年6月底，发现的54个问题已全部整改到位。",
    ),
    # 截止到翌年5月: 2025-05 > 2025-03 (report on 2024)
    (
        2024,
        "持续推进涉企行政检查规范化，截止到翌年5月，全区已对126家企业实行“综合查一次”，减少检查频次412次。",
    ),
    # 到次年4月底 … 已全部办结: 2022-04 > 2022-03 (report on 2021)
    (2021, "对排查出的历史遗留问题逐项销号，到次年4月底，已全部办结信访积案37件，息访率100%。"),
    # 截至第二年7月: 2025-07 > 2025-03 (report on 2024)
    (2024, "深化“一网通办”改革，截至第二年7月，全市已有政务服务事项1862项实现全程网办。"),
    # 截至次年9月: 2026-09 > 2026-03 (report on 2025)
    (2025, "截至次年9月，全区已建成村（社区）调解室126个，调解员持证上岗率100%。"),
    # 截至次年8月31日: 2025-08-31 > 2025-03 (report on 2024)
    (2024, "截至次年8月31日，全区已累计受理行政复议申请1386件，办结1302件。"),
    # 截止次年4月: 2024-04 > 2024-03 (report on 2023)
    (2023, "健全行政裁量权基准制度，截止次年4月，全市已有46个执法部门公布裁量基准。"),
    # 到翌年10月 … 已建成: 2023-10 > 2023-03 (report on 2022)
    (2022, "到翌年10月，全县已建成“一站式”矛盾纠纷调处化解中心16个，实现乡镇全覆盖。"),
]

NEXT_YEAR_FINE = [
    # 计划于次年6月底前: a plan's deadline, no as-of word
    (
        2023,
        "对医疗机构依法执业专项检查中发现的54个问题，已整改到位41个，其余13个计划于次年6月底前全部整改到位。",
    ),
    # 截至次年2月底: 2024-02 within the first quarter
    (2023, "对督察反馈问题建立台账，截至次年2月底，已整改到位41个，其余13个正在推进。"),
    # 次年 after 2021年 in its paragraph: 2022-06, within a report on 2022
    (2022, "2021年出台《实施办法》，截至次年6月底，已办理事项1260件。"),
    # 截至次年3月底: 2024-03-31, the last day allowed
    (2023, "截至次年3月底，全县已完成行政执法人员证件换发412本，注销过期证件37本。"),
    # 当年12月底: the report year itself
    (2023, "截至当年12月底，全县已完成行政执法人员证件换发412本，注销过期证件37本。"),
    # 到次年6月底 … 将: a target
    (2023, "到次年6月底，全市将实现行政执法全过程记录系统全覆盖。"),
    # 次年6月 … 将 with no as-of word: a plan
    (2023, "次年6月，县司法局将组织开展行政执法案卷集中评查，评查范围覆盖全部执法部门。"),
    # 截至次年1月: within the first quarter
    (2023, "截至次年1月，全县已完成行政执法人员证件换发412本，注销过期证件37本。"),
]


@pytest.mark.parametrize(("year", "text"), RANGE_PAST)
def test_range_running_past_the_report_year_is_a_warning(year: int, text: str) -> None:
    got = [r for r in contradictions(analyze_text(text, year)) if r.code == "N301" and r.severity]
    assert [r.severity for r in got] == [Severity.WARNING], got
    assert "累计的工作延续到" in got[0].message


@pytest.mark.parametrize(("year", "text"), RANGE_FINE)
def test_ranges_in_titles_plans_or_ending_in_time_are_silent(year: int, text: str) -> None:
    assert findings(text, year, codes=("N301",)) == []


def test_report_on_a_span_of_years_named_in_its_title_is_silent() -> None:
    # the title names 2022—2024: a report on several years, read as one of them (2023)
    text = (
        "某县2022—2024年法治政府建设情况报告\n"
        "2022—2024年，全县累计化解矛盾纠纷4128件，调解成功率保持在97%以上。"
    )
    assert findings(text, 2023, codes=("N301",)) == []


@pytest.mark.parametrize(("year", "text"), NEXT_YEAR_LATE)
def test_next_year_month_as_of_after_the_report_is_reported(year: int, text: str) -> None:
    got = findings(text, year, codes=("N301",))
    assert [c for c, _ in got] == ["N301"], got
    assert f"（{year + 1}年）" in got[0][1], got  # the relative year shown as the year it names


@pytest.mark.parametrize(("year", "text"), NEXT_YEAR_FINE)
def test_next_year_deadlines_and_early_months_are_silent(year: int, text: str) -> None:
    assert findings(text, year, codes=("N301",)) == []
