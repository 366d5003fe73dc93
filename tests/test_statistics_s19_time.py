"""Session 19 (s19-time): the time kind on unseen text.

* a part of the year above the whole year's figure of the same measure, when one verb carries
  its total (「全年共收到申请一百零五件。上半年收到一百三十一件」: 共收到 and 收到 are the same
  act) or the figures count calls (「接听来电18.4万通，其中四季度接听来电19.6万通」: 通 is a
  unit of calls) (N302/N101);
* a rule that takes effect after the report year named, with the verb of applying it, as the
  ground of the year's counted work (「全年依据2024年7月1日起施行的《…》查处…46家」 in a report
  on 2023) (N301, a warning); a plan, work that readies for the rule and an earlier rule are not;
* 「第一季度共开展执法检查46次，其中5月开展联合检查12次」: a part named by 其中 outside the period
  of the figure before it (N304, a warning);
* 「现将本区2023年度法治政府建设情况报告如下」 in a report on 2025: the report names another
  year for itself (N301);
* a plan (下一步, 今后, 明年…) dated with the report year and then a body's full name and its
  plan verb (「下一步，2024年市医疗保障局将…」 in a report on 2024) (N301); a plan for the next
  year, a year that qualifies a noun, a year's work without 下一步 are not.

Every sentence is written for these tests; the arithmetic or the dates in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import findings

PART_ABOVE_YEAR = [
    # 上半年 131 > 全年 105 (共收到 / 收到: one act)
    (
        2023,
        "全年共收到政府信息公开申请一百零五件，办结率100%。上半年收到一百三十一件，下半年申请量有所回落。",
    ),
    # 前三季度 912 > 全年 860 (共接到 / 接到)
    (
        2024,
        "全年共接到群众投诉举报860件，按期办结率99%。前三季度接到912件，其中涉及噪声扰民的占四成。",
    ),
    # 第一季度 82 > 全年 76
    (
        2022,
        "全年共收到人大代表建议和政协提案76件，均已按期办结。第一季度收到82件，主要涉及城乡建设。",
    ),
    # 上半年 465 > 全年 420 (共收到 / 收到, the part in the same sentence)
    (2025, "全年区法律援助中心共收到法律援助申请四百二十件，其中上半年收到四百六十五件。"),
    # 第三季度 27.1万 > 全年 26.7万 (通: calls)
    (2024, "全年12345政务服务便民热线共接听来电26.7万通，其中第三季度接听来电27.1万通。"),
    # 下半年 8650 > 全年 8400 通
    (2023, "全年开展电话回访8400通，其中下半年开展电话回访8650通，群众满意率98.6%。"),
    # 1—9月 1.35万 > 全年 1.2万 通
    (2022, "全年共接听法律咨询电话1.2万通，1—9月接听法律咨询电话1.35万通，解答法律问题2.1万个。"),
    # 第四季度 3300 > 全年 3120 通
    (2024, "全年共拨打企业回访电话3120通，第四季度拨打企业回访电话3300通，收集意见建议86条。"),
]

PART_WITHIN_YEAR = [
    # 98 + 114 = 212: the halves add up to the year
    (2023, "全年共收到行政复议申请212件，较上年增长9%。上半年收到98件，下半年收到114件。"),
    # 前三季度 612 < 全年 860
    (
        2024,
        "全年共接到群众投诉举报860件，按期办结率99%。前三季度接到612件，其中涉及噪声扰民的占四成。",
    ),
    # 四季度 5.1万 < 全年 18.4万 通
    (2024, "全年热线共接听来电18.4万通，其中四季度接听来电5.1万通，主要集中在年底缴费期间。"),
    # 上半年 150 of another thing (政府信息公开申请) vs 全年 120 of 行政复议申请
    (
        2023,
        "全年共收到行政复议申请120件，依法受理109件。上半年收到政府信息公开申请150件，均按期答复。",
    ),
    # 去年上半年 126: another year's half
    (2023, "全年共收到行政复议申请112件。去年上半年收到126件，受案量有所回落。"),
    # 2019年以来 860 ≥ 全年 212: a cumulative figure is larger
    (2024, "全年共收到行政复议申请212件；2019年以来累计收到行政复议申请860件。"),
    # 上半年 5600 < 全年 1.2万 通
    (2022, "全年法律援助热线共接听来电1.2万通，上半年接听来电5600通，来电接通率98.5%。"),
    # 通过, 通报 after a figure: no calls (上半年 15 < 全年 37 of 项)
    (2024, "全年共有37项规范性文件通过合法性审查，上半年15项通过审查，通报典型问题4个。"),
]


@pytest.mark.parametrize(("year", "text"), PART_ABOVE_YEAR)
def test_part_of_the_year_above_its_whole_is_reported(year: int, text: str) -> None:
    got = findings(text, year, codes=("N302", "N101"))
    assert got, text


@pytest.mark.parametrize(("year", "text"), PART_WITHIN_YEAR)
def test_parts_within_the_year_or_of_other_things_are_silent(year: int, text: str) -> None:
    assert findings(text, year, codes=("N302", "N101")) == []


APPLIED_BEFORE_EFFECT = [
    # 2024-03-01 > 2023: the rule was not in force in the report year
    (2023, "全年依据2024年3月1日起施行的《市物业管理条例》查处物业服务企业违规行为37起。"),
    # 2023-01-01 > 2022
    (2022, "依照自2023年1月1日起施行的《县农村宅基地管理办法》，全年审批农村宅基地申请214宗。"),
    # 2025-05-01 > 2024
    (2024, "根据2025年5月1日起实施的《区餐饮油烟污染防治规定》，全年责令整改餐饮单位63家。"),
    # 2022-01-01 > 2021
    (2021, "全年适用2022年1月1日起施行的《市行政处罚裁量基准》作出行政处罚决定128件。"),
    # 2026-04-01 > 2025
    (2025, "全年运用自2026年4月1日起施行的《县行政执法监督办法》开展案卷评查，评查案卷315卷。"),
    # 2024-06-01 > 2023 (于…起正式施行)
    (2023, "依据于2024年6月1日起正式施行的《市城市绿化条例》，全年查处毁绿案件19起。"),
    # 2025-01-01 > 2024
    (2024, "全年根据2025年1月1日起施行的《县河道采砂管理办法》查处非法采砂案件8起，罚没款32万元。"),
    # 2023 > 2022 (a year alone)
    (2022, "全年依据2023年起施行的《区建筑垃圾管理规定》查处违规运输车辆142辆。"),
]

APPLIED_IN_FORCE_OR_NOT_APPLIED = [
    # a rule passed in 2024 that takes effect 2025-07-01, named as news, no work under it
    (
        2024,
        "2024年11月，省政府出台《省不动产登记条例实施办法》，自2025年7月1日起施行。我局组织学习培训3场。",
    ),
    # in force from 2024-01-01, the report year itself
    (2024, "全年依据2024年1月1日起施行的《市物业管理条例》查处物业服务企业违规行为37起。"),
    # a plan to apply it (下一步, 将)
    (2024, "下一步，将依据2025年3月1日起施行的《区餐饮油烟污染防治规定》开展专项检查2次。"),
    # readying for it (提前)
    (2024, "根据2025年1月1日起施行的《县行政执法监督办法》，提前梳理调整执法事项23项。"),
    # a rule of an earlier year
    (2023, "依据2021年施行的《行政处罚法》，全年办理首违不罚案件156件。"),
    # readying for it (衔接)
    (2024, "根据2025年2月1日起施行的《市城市绿化条例》，做好新旧制度衔接，清理文件17件。"),
    # 按照…要求: what the rule asks of the time before it takes effect
    (2024, "按照2025年1月1日起施行的《县河道采砂管理办法》要求，全面梳理采砂许可事项46项。"),
    # passed in 2023, in force from 2024-05-01, named as news
    (
        2023,
        "2023年12月，市人大常委会审议通过《市城市绿化条例》，于2024年5月1日起施行，全年共组织立法调研9次。",
    ),
]


@pytest.mark.parametrize(("year", "text"), APPLIED_BEFORE_EFFECT)
def test_rule_applied_before_it_took_effect_is_reported(year: int, text: str) -> None:
    got = findings(text, year, codes=("N301",))
    assert [c for c, _ in got] == ["N301"], text
    assert "施行前的年度不能适用该规定" in got[0][1]


@pytest.mark.parametrize(("year", "text"), APPLIED_IN_FORCE_OR_NOT_APPLIED)
def test_rule_in_force_planned_or_readied_for_is_silent(year: int, text: str) -> None:
    assert findings(text, year, codes=("N301",)) == []


PLAN_FOR_THE_REPORT_YEAR = [
    # 下一步 … 2023 in a report on 2023: the plan should be for 2024
    (2023, "下一步，2023年县市场监督管理局将持续加大食品安全抽检力度，力争抽检覆盖率达到100%。"),
    # 今后 … 2024 in a report on 2024
    (2024, "今后，2024年区司法局将进一步完善公共法律服务体系，推动村（社区）法律顾问全覆盖。"),
    # 下一步 … 2025 (要) in a report on 2025
    (2025, "下一步，2025年市生态环境局要聚焦重点行业执法，持续开展“双随机、一公开”监管。"),
    # 明年 … 2022 in a report on 2022
    (2022, "明年，2022年县人民政府办公室将牵头推进政务公开标准化规范化建设。"),
    # 下一阶段 … 2021 in a report on 2021
    (2021, "下一阶段，2021年区城市管理综合执法大队将重点整治占道经营、违规广告等问题。"),
    # 下一步 … 2023 (拟) in a report on 2023
    (2023, "下一步，2023年市住房和城乡建设局拟修订建筑市场信用评价办法，推动信用监管落地。"),
    # 新的一年 … 2024 in a report on 2024
    (2024, "新的一年，2024年镇人民政府将持续推进综合行政执法改革，进一步规范执法程序。"),
    # 下一步 … 2022 (计划) in a report on 2022
    (2022, "下一步，2022年区退役军人事务局计划开展政策宣讲进社区活动，覆盖全部社区。"),
]

PLAN_FOR_THE_NEXT_YEAR_OR_NOT_A_PLAN = [
    # 2025 in a report on 2024: the next year
    (2024, "下一步，2025年区应急管理局将继续加强安全生产执法检查，推动执法检查计划全覆盖。"),
    # this year's work as the base of the plan
    (2024, "下一步，区司法局将在2024年工作的基础上，持续深化公共法律服务体系建设。"),
    # no plan sentence: 将 = 把, the year's work
    (2024, "2024年，区市场监督管理局将食品安全工作纳入年度考核，全年开展抽检3200批次。"),
    # the year qualifies a noun (2024年专项整治成果)
    (2024, "下一步，市医疗保障局将巩固2024年专项整治成果，继续深化医保基金监管。"),
    # 2024 in a report on 2023: the next year
    (2023, "下一步，2024年县卫生健康委员会将持续深化医疗卫生领域“放管服”改革。"),
    # 2024年度考核中发现的问题: a noun of this year's work
    (2024, "下一步，区城市管理局将对照2024年度考核中发现的问题，逐项整改落实。"),
    # 2019年以来 the results to keep
    (2024, "今后，区政府将持续巩固2019年以来行政执法“三项制度”改革成果。"),
    # 2026 in a report on 2025
    (2025, "下一步，2026年市司法局将深入实施“九五”普法规划，推进法治宣传进万家。"),
]


@pytest.mark.parametrize(("year", "text"), PLAN_FOR_THE_REPORT_YEAR)
def test_plan_dated_with_the_report_year_is_reported(year: int, text: str) -> None:
    got = findings(text, year, codes=("N301",))
    assert [c for c, _ in got] == ["N301"], text
    assert f"安排应针对{year + 1}年" in got[0][1]


@pytest.mark.parametrize(("year", "text"), PLAN_FOR_THE_NEXT_YEAR_OR_NOT_A_PLAN)
def test_plan_for_the_next_year_or_this_years_work_is_silent(year: int, text: str) -> None:
    assert findings(text, year, codes=("N301",)) == []


AMONG_OUTSIDE_ITS_PERIOD = [
    # 5月 is not in 第一季度 (months 1-3)
    (2024, "第一季度共开展执法检查46次，其中5月开展联合检查12次，查处违规行为9起。"),
    # 第三季度 (7-9) is not in 上半年 (1-6)
    (2024, "上半年共受理行政复议申请58件，其中第三季度受理21件。"),
    # 10月 is not in 1—9月
    (2023, "1—9月全县共调解矛盾纠纷1120件，其中10月调解136件。"),
    # 第四季度 (10-12) is not in 前三季度 (1-9)
    (2022, "前三季度共办理法律援助案件426件，其中第四季度办理118件。"),
    # 2月 is not in 第二季度 (4-6)
    (2025, "第二季度共组织行政执法人员培训9场，其中2月组织3场。"),
    # 3月 is not in 下半年 (7-12)
    (2024, "下半年共查处违法建设案件64起，其中3月查处11起，拆除面积2300平方米。"),
    # 8月 is not in 1—6月
    (2023, "1—6月共发放法律援助补贴86万元，其中8月发放12万元。"),
    # 11月 is not in 第三季度 (7-9)
    (2021, "第三季度共受理信访事项214件，其中11月受理63件，均已按期办结。"),
]

AMONG_WITHIN_ITS_PERIOD = [
    # 3月 is in 第一季度
    (2024, "第一季度共开展执法检查46次，其中3月开展联合检查12次，查处违规行为9起。"),
    # 第二季度 is in 上半年
    (2024, "上半年共受理行政复议申请58件，其中第二季度受理31件。"),
    # 第四季度 is in the whole year
    (2024, "全年共受理行政复议申请158件，其中第四季度受理41件。"),
    # no 其中: 5月 is another period, not a part of 第一季度
    (2024, "第一季度共开展执法检查46次；5月开展联合检查12次，查处违规行为9起。"),
    # 其中第三季度 is among 下半年, the figure right before it
    (2024, "上半年共受理行政复议申请58件，下半年受理100件，其中第三季度受理41件。"),
    # 上半年 is in 前三季度
    (2022, "前三季度共办理法律援助案件426件，其中上半年办理280件。"),
    # 12月 is in 第四季度
    (2023, "第四季度共调解矛盾纠纷230件，其中12月调解86件。"),
    # 5月 and 6月 are in 第二季度 (4 + 5 = 9)
    (2025, "第二季度共组织行政执法人员培训9场，其中5月组织4场，6月组织5场。"),
]


@pytest.mark.parametrize(("year", "text"), AMONG_OUTSIDE_ITS_PERIOD)
def test_among_part_outside_the_period_before_it_is_reported(year: int, text: str) -> None:
    got = findings(text, year, codes=("N304",))
    assert [c for c, _ in got] == ["N304"], text
    assert "不在" in got[0][1]


@pytest.mark.parametrize(("year", "text"), AMONG_WITHIN_ITS_PERIOD)
def test_among_part_within_the_period_before_it_is_silent(year: int, text: str) -> None:
    assert findings(text, year, codes=("N304",)) == []


OWN_YEAR_MISNAMED = [
    # 2023 named for a report on 2025
    (
        2025,
        "现将本区2023年度法治政府建设情况报告如下：全年制定行政规范性文件12件，全部按程序备案。",
    ),
    # 2022 for a report on 2024
    (2024, "现将我局2022年法治政府建设工作情况报告如下。"),
    # 2024 (a later year) for a report on 2023, 汇报如下 after a ground in 《》
    (
        2023,
        "根据《法治政府建设与责任落实督察工作规定》，现将县司法局2024年度法治政府建设情况汇报如下：",
    ),
    # 现就 … 2021 for a report on 2022
    (2022, "现就2021年度推进法治政府建设工作情况报告如下。"),
    # 特将 … 2020 for a report on 2021
    (2021, "为全面总结工作，特将镇政府2020年度法治建设情况报告如下："),
    # 2023 for a report on 2024, the plan's year after it
    (2024, "现将2023年工作总结和2025年工作计划报告如下。"),
    # 2019 for a report on 2020
    (2020, "按照市委依法治市办要求，现将区人民政府2019年法治政府建设情况报告如下。"),
    # 2024 for a report on 2025
    (2025, "现将市生态环境局2024年度法治政府建设工作开展情况报告如下："),
]

OWN_YEAR_RIGHT_OR_UNNAMED = [
    # its own year
    (2024, "现将本区2024年度法治政府建设情况报告如下：全年制定行政规范性文件12件。"),
    # its own year first, then the plan's year
    (2024, "现将2024年工作总结和2025年工作计划报告如下。"),
    # a year inside 《》 only
    (2024, "根据《2023年度法治政府建设考核办法》要求，现将有关情况报告如下。"),
    # the year after 报告如下 opens the year's work (the data-carried-over reading is another's)
    (2024, "现将有关情况报告如下：2024年，我局共办理行政复议案件47件。"),
    # no year
    (2023, "现将我县法治政府建设情况报告如下。"),
    # its own year, 现就 … 汇报如下
    (2022, "现就2022年度推进法治政府建设工作情况汇报如下。"),
    # its own year with the plan's year first named after it
    (2025, "现将2025年度法治政府建设情况及2026年工作安排报告如下："),
    # no 现将: a sentence about another report
    (2024, "2023年度法治政府建设情况报告已按时报送并向社会公开。"),
]


@pytest.mark.parametrize(("year", "text"), OWN_YEAR_MISNAMED)
def test_report_naming_another_year_for_itself_is_reported(year: int, text: str) -> None:
    got = findings(text, year, codes=("N301",))
    assert [c for c, _ in got] == ["N301"], text
    assert f"与报告年度{year}年不符" in got[0][1]


@pytest.mark.parametrize(("year", "text"), OWN_YEAR_RIGHT_OR_UNNAMED)
def test_report_naming_its_own_year_or_none_is_silent(year: int, text: str) -> None:
    assert findings(text, year, codes=("N301",)) == []
