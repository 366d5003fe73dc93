"""Units, magnitudes and dates on shapes unseen sets missed (session 14, s14-units).

1. A year after the report's writing that opens a paragraph of counted work is no plan for
   naming the plan the work followed (「2024年，…紧紧围绕“事要解决”目标，全年共受理…」 in a
   report on 2022: relations/years.py ``date_relations`` and ``_certain_later``, N301).
2. Averages (relations/magnitude.py ``_average``, N205): 户均 divides by households or firms
   (惠及企业142家，户均…, numbers.toml ``magnitude.average-units``); 月人均 by the people and
   twelve months; a standard paid each per period (每人每月1,050元) is neither an average of
   the figures nor a total of them.
3. People above an approximate population (「常住人口约42万人」) by more than
   ``APPROX_POPULATION_FACTOR`` times it: no rounding of 约 explains them (N206).
4. A stock bounds the later counts of its noun (N206/N101): named after a 的-clause before the
   figure (「已配备法律顾问的村（社区）达到241个」 for 行政村（社区）), or a stock whose noun ends
   at 均/已 (「全市156个社区均已建立…」); not a count of a noun holding the stock's noun only as
   a modifier (社区网格, 村民小组), nor of units named after the figure with nothing of the
   stock's noun (56个子项 of 14个乡镇), nor a stock at the year's start (年初, numbers.toml
   ``magnitude.stock-at-start``), nor the year's new units (新建…5家) as a stock.

Every sentence is written for these tests; each verdict derived by hand (arithmetic in the
comment above it)."""

from __future__ import annotations

import pytest

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def _found(text: str, codes: tuple[str, ...], year: int = 2024) -> list[str]:
    return [
        f"{r.code} {r.message}"
        for r in contradictions(analyze_text(text, year))
        if r.severity is not None and r.code in codes
    ]


# --------------------------------------------------------------------------------------
# 1. a later year opening counted work, a plan it followed named in its sentence
# --------------------------------------------------------------------------------------

LATER_YEAR = [
    # 2024 >= 2022 + 2: the report on 2022 was written by March 2023
    (
        "2024年，区信访局紧紧围绕“事要解决”目标，全年共受理群众信访事项1,582件，按期办结率98.7%。",
        2022,
    ),
    # 2025 >= 2023 + 2
    (
        "2025年，县司法局围绕法治政府示范创建目标，全年共审查行政规范性文件46件，提出修改意见132条。",
        2023,
    ),
    # 2026 >= 2024 + 2; 按照…计划 followed, 共开展 done
    ("2026年，区市场监管局按照年度抽查计划，全年共开展“双随机”抽查217次，公示结果率100%。", 2024),
    # 2023 >= 2021 + 2; 对照…规划
    ("2023年，市生态环境局对照“十四五”规划，全年共办理环境行政处罚案件88件，罚款612万元。", 2021),
    # 2024 >= 2022 + 2; 聚焦…目标, 已办结
    ("2024年，区人社局聚焦“清零”目标，全年已办结欠薪案件316件，为劳动者追回工资2,140万元。", 2022),
    # 2025 >= 2023 + 2; 结合…计划, 累计
    ("2025年，镇政府结合年度普法计划，全年累计开展“法律进村”活动64场，受众5,300人次。", 2023),
    # 2022 >= 2020 + 2
    (
        "2022年，区应急管理局紧扣“零事故”目标，全年共开展安全生产执法检查1,046次，责令整改隐患2,310项。",
        2020,
    ),
    # 2027 >= 2025 + 2
    ("2027年，县税务局围绕“便民办税”目标，全年共受理纳税人咨询3.6万件，满意率99.1%。", 2025),
]

LATER_YEAR.append(
    # 2025 >= 2023 + 2; the frame 以…规划为引领 takes the plan as a guide, 共开展 done
    ("2025年，县人民政府坚持以“八五”普法规划为引领，全年共开展普法活动1,260场。", 2023)
)
LATER_YEAR.append(
    # 2025 >= 2023 + 2; 以…为目标, 共办理 done
    ("2025年，县人社局以“人社服务快办”为目标，全年共办理人社业务18.6万件，网办率87.3%。", 2023)
)

LATER_YEAR_RIGHT = [
    # the report year itself: 2022 in a report on 2022
    (
        "2022年，区信访局紧紧围绕“事要解决”目标，全年共受理群众信访事项1,582件，按期办结率98.7%。",
        2022,
    ),
    # a plan: 将 after the named target (the year of the plan)
    ("2024年，区信访局将紧紧围绕“事要解决”目标，力争全年信访事项按期办结率达到99%以上。", 2023),
    # the next clause plans (将), no work done
    (
        "2025年，县司法局围绕法治政府示范创建目标，将审查全部行政规范性文件，确保合法性审核率100%。",
        2024,
    ),
    # the plan part: 下一步 opens the sentence
    ("下一步，区市场监管局将按照2025年度抽查计划，全年开展“双随机”抽查不少于200次。", 2024),
    # an earlier year: 2021 in a report on 2023
    (
        "按照2021年印发的“十四五”生态环境保护规划，市生态环境局全年共办理环境行政处罚案件88件。",
        2023,
    ),
    # within the writing quarter: 截至2025年2月 in a report on 2024
    ("截至2025年2月，区人社局围绕“清零”目标，已办结欠薪案件316件，追回工资2,140万元。", 2024),
    # a target named in its own clause with 力争 (a plan, not a fact)
    ("2025年，镇政府结合年度普法计划，力争开展“法律进村”活动不少于60场。", 2024),
    # the same frame in a plan (将) for the next year
    ("2025年，县人民政府将坚持以“八五”普法规划为引领，开展普法活动1,260场。", 2024),
    # the next year's plan in a report on 2024
    ("2025年，区应急管理局将紧扣“零事故”目标，计划开展安全生产执法检查1,000次以上。", 2024),
]


@pytest.mark.parametrize(("text", "year"), LATER_YEAR)
def test_a_later_year_opening_counted_work_is_reported(text: str, year: int) -> None:
    assert _found(text, ("N301",), year), text


@pytest.mark.parametrize(("text", "year"), LATER_YEAR[:4])
def test_two_years_after_the_report_is_an_error(text: str, year: int) -> None:
    # (an error needs the report year stated as a year of its own: the title and heading)
    report = (
        f"区政府{year}年法治政府建设情况报告\n一、{year}年推进法治政府建设的主要举措和成效\n{text}"
    )
    found = [r for r in contradictions(analyze_text(report, year)) if r.code == "N301"]
    assert found and found[0].severity is Severity.ERROR, text


@pytest.mark.parametrize(("text", "year"), LATER_YEAR_RIGHT)
def test_plans_and_dates_within_reach_stay_silent(text: str, year: int) -> None:
    assert not _found(text, ("N301",), year), text


# --------------------------------------------------------------------------------------
# 2. averages: 户均 over firms, 月人均 over twelve months, standards paid each
# --------------------------------------------------------------------------------------

AVERAGE_WRONG = [
    # 23.6亿 / 142家 = 1,662万元; stated 166万元 (10x)
    "全年办理知识产权质押融资金额23.6亿元，惠及科技型中小企业142家，户均融资约166万元。",
    # 3.15亿 / 210家 = 150万元; stated 15万元
    "全年为小微企业发放纾困贷款3.15亿元，支持企业210家，户均贷款15万元。",
    # 6,827万 / 1.2万家 = 5,689元; stated 5,689万元
    "为1.2万家参保企业发放稳岗返还资金6,827万元，户均约5,689万元。",
    # 8,640万 / 4,800人 / 12 = 1,500元; stated 150元
    "全年发放城乡低保金8,640万元，月均保障对象4,800人，月人均救助水平约150元。",
    # 1.44亿 / 1.2万名 / 12 = 1,000元; stated 100元
    "全年为1.2万名城乡居民按月发放养老金共1.44亿元，月人均约100元。",
    # 2,736万 / 1,900人 / 12 = 1,200元; stated 12,000元
    "全年发放特困人员供养金2,736万元，月均供养1,900人，月人均1.2万元。",
    # 960万 / 80户 = 12万元; stated 1.2万元
    "全年发放家庭农场扶持资金960万元，扶持家庭农场80户，户均1.2万元。",
    # 4.8亿 / 300家 = 160万元; stated 16万元
    "全年撮合银企对接融资4.8亿元，惠及民营企业300家，户均融资约16万元。",
]

AVERAGE_WRONG.append(
    # a month's own total: 444万 / 7,400人 = 600元; stated 60元 (no twelve months to divide)
    "每月发放低保金444万元，保障对象7,400人，月人均60元。"
)

AVERAGE_RIGHT = [
    # 23.6亿 / 142家 = 1,661.97万 -> 约1,662万元
    "全年办理知识产权质押融资金额23.6亿元，惠及科技型中小企业142家，户均融资约1,662万元。",
    # 4,286.5万 / 3,412人 / 12 = 1,046.9元 -> 约1,047元; 每人每月1,050元 is a standard
    "全区低保标准提高至每人每月1,050元，全年发放低保金4,286.5万元，月均保障对象3,412人，月人均救助水平约1,047元。",
    # 1.87亿 / 2.16万名 / 12 = 721.45元 -> 约721元
    "全年为2.16万名城乡居民按月发放基础养老金共1.87亿元，月人均约721元。",
    # 9,216万 / 6,400人 / 12 = 1,200元
    "全年发放失业保险金9,216万元，月均领取人数6,400人，月人均领取约1,200元。",
    # 每人每年600元 is a standard; 49.7万 also pays the advisers
    "用于聘请法律顾问及“法律明白人”补贴49.7万元，其中“法律明白人”补贴按每人每年600元标准发放，共覆盖215人。",
    # 3,864,000 / 1,380户 = 2,800元 per household (per person 1,200元)
    "全年发放临时救助金386.4万元，救助困难群众1,380户、3,220人，户均救助2,800元。",
    # 1.26亿 / 1,683人 = 74,866元 -> 约7.5万元
    "全年发放创业担保贷款1.26亿元，扶持创业者1,683人，人均贷款约7.5万元。",
    # a month's own total: 444万 / 7,400人 = 600元 (not ÷12 = 50元)
    "每月发放低保金444万元，保障对象7,400人，月人均600元。",
    # 3.15亿 / 210家 = 150万元
    "全年为小微企业发放纾困贷款3.15亿元，支持企业210家，户均贷款150万元。",
]


@pytest.mark.parametrize("text", AVERAGE_WRONG)
def test_an_average_off_by_a_power_of_ten_is_reported(text: str) -> None:
    assert _found(text, ("N205",)), text


@pytest.mark.parametrize("text", AVERAGE_RIGHT)
def test_a_fitting_average_or_a_standard_stays_silent(text: str) -> None:
    assert not _found(text, ("N205",)), text


# --------------------------------------------------------------------------------------
# 3. people above an approximate population
# --------------------------------------------------------------------------------------

PEOPLE_WRONG = [
    # 413万 > 2 x 42万
    "全区常住人口约42万人，全年基本医疗保险参保人数达413万人，参保率稳定在98.3%。",
    # 27.4万 > 2 x 3.6万
    "全镇常住人口约3.6万人，签约家庭医生服务的居民达27.4万人，签约率76.1%。",
    # 56万 > 2 x 5.8万
    "街道常住人口约5.8万人，全年为辖区居民建立电子健康档案的居民达56万人。",
    # 128万 > 2 x 13万
    "全县户籍人口约13万人，城乡居民养老保险参保人数达128万人。",
    # 9.6万 > 2 x 1.2万
    "全乡常住人口约1.2万人，全年参加城乡居民医保的群众达9.6万人。",
    # 31万 > 2 x 3.2万
    "全镇常住人口约3.2万人，全年签订《文明养犬承诺书》的居民达31万人。",
    # 74万 > 2 x 7.5万
    "全区常住人口约7.5万人，全年接种流感疫苗的居民达74万人。",
    # 205万 > 2 x 21万
    "全县常住人口约21万人，参加基本医疗保险的城乡居民达205万人。",
]

PEOPLE_RIGHT = [
    # 41.3万 <= 42万
    "全区常住人口约42万人，全年基本医疗保险参保人数达41.3万人，参保率稳定在98.3%。",
    # 43.1万 > 42万 but below 2 x 42万: 约 may round it
    "全区常住人口约42万人，全年基本医疗保险参保人数达43.1万人。",
    # 人次: visits, 7.8万 / 3.6万 = 2.2 a resident
    "全镇常住人口约3.6万人，全年开展法治宣传活动46场，受众达7.8万人次。",
    # a reach beyond the area (辐射周边)
    "街道常住人口约5.8万人，依托服务中心辐射周边乡镇，全年服务群众达16万人。",
    # online views: a medium
    "全县户籍人口约13万人，全年通过网络直播开展普法，观看群众达128万人。",
    # 流动人口 named
    "全乡常住人口约1.2万人，另有流动人口约0.8万人，全年服务群众1.9万人。",
    # 累计 over years
    "全镇常住人口约3.2万人，近三年来累计接受法律咨询的群众达8.1万人。",
    # 2.9万 <= 3.2万
    "全镇常住人口约3.2万人，全年签订《文明养犬承诺书》的居民达2.9万人。",
]


@pytest.mark.parametrize("text", PEOPLE_WRONG)
def test_people_far_above_an_approximate_population_are_reported(text: str) -> None:
    assert _found(text, ("N206", "N101")), text


@pytest.mark.parametrize("text", PEOPLE_RIGHT)
def test_people_within_reach_of_an_approximate_population_stay_silent(text: str) -> None:
    assert not _found(text, ("N206", "N101")), text


# --------------------------------------------------------------------------------------
# 4. a stock and later counts of its noun
# --------------------------------------------------------------------------------------

STOCK_WRONG = [
    # 241 > 214 村（社区）, named after its 的-clause
    "全县共有行政村（社区）214个，全面推行“一村（社区）一法律顾问”制度，已配备法律顾问的村（社区）达到241个。",
    # 173 > 156 社区 (the stock's noun ends at 均已)
    "全市156个社区均已建立城管社区工作室，实现城管进社区全覆盖；全年依托社区工作室在173个社区开展法律咨询服务。",
    # 31 > 27 养老机构, named after its 的-clause
    "全县现有养老机构27家，已完成消防安全标准化改造的养老机构达到31家。",
    # 37 > 34 农贸市场
    "全区共有农贸市场34个，全年对37个农贸市场开展食用农产品快速检测。",
    # 58 > 52 中小学校, named after its 的-clause
    "全区共有中小学校52所，已建立法治副校长制度的中小学校达到58所。",
    # 22 > 19 行政村
    "全镇辖行政村19个，全年在22个行政村建成村级法治文化广场。",
    # 93 > 86 村（社区）
    "全区共有村（社区）86个，实现村（社区）法律顾问全覆盖，配备法律顾问的村（社区）达93个。",
    # 16 > 14 社区 (累计 of the 示范社区 among them)
    "街道下辖社区14个，今年新增市级法治文化示范社区6个，辖区示范社区累计达到16个。",
    # 18 > 14 社区: the year's new members of the stock are within it too
    "街道下辖社区14个，今年新增市级法治文化示范社区18个。",
    # 35 > 32 养老机构 (a year-end stock holds the year's new ones)
    "全区共有养老机构32家，全年新建养老机构35家。",
    # 52 > 47 加油站 (the stock named after 辖区共有)
    "辖区共有加油站47座，全年对52座加油站开展执法检查。",
    # 241 > 214: the area's divisions all said to act (全部) are all it has
    "全县214个行政村（社区）全部配备法律顾问，配备法律顾问的村（社区）共241个。",
    # 241 > 214: a stock named 所有…共
    "全县所有行政村（社区）共214个，已配备法律顾问的241个村（社区）实现全覆盖。",
    # 14 > 12 街道 (公共 after the noun's verb is no end of the noun)
    "全区辖12个街道，全年在全部14个街道设立公共法律服务工作站。",
    # 173 > 156 社区, the stock after the count (a coverage claim naming it)
    "全年在173个社区开展“律师进社区”法律咨询服务，实现全市156个社区全覆盖。",
    # 68 > 62 学校, the stock after the count
    "全区已为68所学校配备法治副校长，全区中小学校共有62所。",
]

STOCK_RIGHT = [
    # 社区网格 are not 社区: 86 网格 in 9 社区
    "街道共有社区9个，划分社区网格86个，86个社区网格全部配备专职网格员。",
    # 村民小组 are not 行政村
    "全镇辖行政村12个、村民小组143个，在143个村民小组设立法治宣传栏。",
    # 子项 are not 乡镇
    "全县14个乡镇（街道）全部建成公共法律服务工作站，向乡镇（街道）下放行政许可事项23项（含56个子项）。",
    # a stock at the year's start: 24 + 5 = 29 at the year's end, 27 <= 29
    "年初全区共有养老机构24家，全年新建养老机构5家，年底达到29家；已完成标准化改造的养老机构27家。",
    # the year's new units are no stock: 27 > 5 fine
    "全区共有养老机构32家，全年新建养老机构5家，已完成标准化改造的养老机构27家。",
    # 214 of 214: full coverage
    "全县共有行政村（社区）214个，已配备法律顾问的村（社区）达到214个，实现全覆盖。",
    # 户 counts households: 1,720 <= 1,860
    "全社区共有居民1,860户，全年已为1,720户居民家庭发放《家庭法律明白卡》。",
    # 300 firms that all took part are not all the area's firms (no division): 326 checked
    "全区300家企业均参加了合规培训，全年对326家企业开展合规检查。",
    # 214 of 214 divisions all acting
    "全县214个行政村（社区）全部配备法律顾问，配备法律顾问的村（社区）共214个。",
    # the stock after the count: 143 <= 156
    "全年在143个社区开展“律师进社区”法律咨询服务，全市共有社区156个。",
    # the count before the stock over several years (2019年以来累计)
    "2019年以来累计在173个社区开展法律咨询服务，实现全市156个社区全覆盖。",
    # the count before the stock of another noun (社区网格) or area (全省)
    "全年在173个社区网格开展法律咨询服务，实现全市156个社区全覆盖。",
    "全年在全省173个社区开展法律咨询服务，实现全市156个社区全覆盖。",
    # 社区调解室 are not 社区 (a noun holding a verb-like word, 调解)
    "全区共有社区42个，共建成社区法律服务站42个、社区调解室58个。",
    # 工业企业 without 规模以上 may be a wider class than the stock
    "全市现有规模以上工业企业186家，全年对203家工业企业开展安全生产检查。",
    # 社区工作室 are not 社区: 12 new 工作室, 98 <= 156 社区
    "全市156个社区均已建立城管社区工作室，全年新建社区工作室12个，在98个社区开展法律咨询服务。",
]


@pytest.mark.parametrize("text", STOCK_WRONG)
def test_a_count_above_the_stock_of_its_noun_is_reported(text: str) -> None:
    assert _found(text, ("N206", "N101")), text


@pytest.mark.parametrize("text", STOCK_RIGHT)
def test_other_nouns_other_dates_and_new_units_stay_silent(text: str) -> None:
    assert not _found(text, ("N206", "N101")), text
