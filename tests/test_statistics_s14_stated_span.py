"""Session 14 (s14-misc2): spans a sentence states.

* A day average over a span the sentence states before it — a range of dates
  (「第28周（7月8日—7月14日）」), a week, one month alone (「3月份」) — is over the days of that
  span, not of a year (relations/magnitude.py ``_stated_days``).
* A count since an earlier year named with words between 自/从 and 以来 (「自2021年开展…建设
  以来」) holds the whole report year: it cannot be smaller than the year's figure of the same
  thing (relations/periods.py ``_SINCE_RE``; a warning, as every 以来 reading).
* A multiple in words (增长一倍, 翻番) compares units of one group of numbers.toml
  ``units.same`` (320场次 against 190场, 150人 against 80名) (relations/change.py
  ``_same_unit``).

Every sentence is written for these tests; the arithmetic in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import findings

DAY_AVERAGE_WRONG = [
    # 8470 ÷ 7 = 1210, not 1410
    "2024年第15周（4月8日—4月14日），区12345热线共受理群众诉求8,470件，日均1,410件。",
    # 42350 ÷ 7 = 6050, not 6500
    "第32周（8月5日—8月11日），市12345热线共受理市民诉求42,350件，日均6,500件。",
    # 18910 ÷ 31 = 610, not 680
    "3月份，区政务服务中心共办理各类审批服务事项18,910件，日均680件。",
    # 9030 ÷ 30 = 301, not 351
    "11月份，市不动产登记中心共办理登记业务9,030件，日均351件。",
    # 4.2万 ÷ 7 = 6000, not 5200
    "本周，市民热线共受理来电4.2万件，日均5,200件，较上周下降2.1%。",
    # 10月1日—10月10日 is 10 days: 2580 ÷ 10 = 258, not 215
    "10月1日至10月10日，区交警大队共处理交通违法行为2,580起，日均215起。",
    # 6月1日—7月15日 is 30 + 15 = 45 days: 9000 ÷ 45 = 200, not 250
    "6月1日至7月15日集中整治期间，全区共查处占道经营行为9,000起，日均250起。",
    # 第40周 is 7 days: 3150 ÷ 7 = 450, not 405
    "第40周，县12345热线共受理群众诉求3,150件，日均405件。",
]

DAY_AVERAGE_RIGHT = [
    # 71184 ÷ 7 = 10169.1
    "2024年第28周(7月8日—7月14日),12345政务服务热线共受理市民诉求71184件,日均10169件,较上周下降0.24%。",
    # 42350 ÷ 7 = 6050
    "第32周（8月5日—8月11日），市12345热线共受理市民诉求42,350件，日均6,050件。",
    # 18910 ÷ 31 = 610
    "3月份，区政务服务中心共办理各类审批服务事项18,910件，日均610件，群众满意率99.6%。",
    # 9030 ÷ 30 = 301
    "11月份，市不动产登记中心共办理登记业务9,030件，日均301件。",
    # 4.2万 ÷ 7 = 6000
    "本周，市民热线共受理来电4.2万件，日均6,000件，较上周下降2.1%。",
    # 2580 ÷ 10 = 258
    "10月1日至10月10日，区交警大队共处理交通违法行为2,580起，日均258起。",
    # 9000 ÷ 45 = 200
    "6月1日至7月15日集中整治期间，全区共查处占道经营行为9,000起，日均200起。",
    # 2月 of a leap year: 2900 ÷ 29 = 100
    "2月份，市政务服务中心共办理审批事项2,900件，日均100件。",
    # the whole year named after the month (3月起…全年): 36500 ÷ 365 = 100
    "3月起推行“周末不打烊”，全年共办理审批服务事项36,500件，日均100件。",
]


@pytest.mark.parametrize("text", DAY_AVERAGE_WRONG)
def test_a_day_average_over_a_stated_span_that_does_not_fit(text: str) -> None:
    assert findings(text, codes=("N205",))


@pytest.mark.parametrize("text", DAY_AVERAGE_RIGHT)
def test_a_day_average_over_a_stated_span(text: str) -> None:
    assert not findings(text, codes=("N205",))


SINCE_WRONG = [
    # 3870 since 2020 < 4105 of 2024 alone
    "自2020年启动“援法惠民”工程以来，全市累计办理法律援助案件3,870件。2024年，全市办理法律援助案件4,105件。",
    # 1126 since 2021 < 1315 of 2024
    "自2021年开展行政复议规范化建设以来，全市累计审结行政复议案件1,126件。2024年，全市审结行政复议案件1,315件。",
    # 212 since 2019 < 240 of 2024
    "从2019年推行证明事项告知承诺制以来，全县累计清理证明事项212项；2024年，全县清理证明事项240项。",
    # 640 since 2022 < 702 of 2024
    "自2022年组建法律顾问团以来，累计审查合同640份。2024年，审查合同702份，提出修改意见1,130条。",
    # 98 since 2021 < 105 of 2024
    "自2021年设立行政争议调解中心以来，累计调解行政争议98件；2024年，调解行政争议105件。",
    # 1.2万 since 2020 < 1.5万 of 2024
    "自2020年开通“法援通”平台以来，累计受理群众法律咨询1.2万人次。2024年，受理群众法律咨询1.5万人次。",
    # 57 since 2018 < 61 of 2024
    "自2018年建立重大行政决策目录管理制度以来，累计公布重大行政决策事项57项；2024年，全县公布重大行政决策事项61项。",
    # 380 since 2023 < 410 of 2024
    "自2023年实施包容审慎监管以来，累计办理轻微违法不予处罚案件380件。2024年，办理轻微违法不予处罚案件410件。",
]

SINCE_RIGHT = [
    # 4105 + earlier years = 13870 ≥ 4105
    "自2020年启动“援法惠民”工程以来，全市累计办理法律援助案件13,870件。2024年，全市办理法律援助案件4,105件。",
    # 2126 ≥ 1315
    "自2021年开展行政复议规范化建设以来，全市累计审结行政复议案件2,126件。2024年，全市审结行政复议案件1,315件。",
    # different things: 纠错 since 2021 (156) vs 审结 of 2024 (1315)
    "自2021年开展行政复议规范化建设以来，全市纠错行政复议案件156件。2024年，全市审结行政复议案件1,315件。",
    # a clause mark between 年 and 以来: no span named (「自2019年起，…以来」 reads no since)
    "2019年，全县启动证明事项清理，此后以来累计清理证明事项212项；2024年，全县清理证明事项240项。",
    # 926 ≥ 410
    "自2023年实施包容审慎监管以来，累计办理轻微违法不予处罚案件926件。2024年，办理轻微违法不予处罚案件410件。",
    # a 2024 figure of another body (区司法局) than the 累计 (全市): no relation
    "自2022年组建法律顾问团以来，全市累计审查合同640份。2024年，区司法局审查合同702份。",
    # since 2024 itself (the report year): no earlier year, no whole to hold
    "自2024年3月开通“法援通”平台以来，累计受理群众法律咨询1.2万人次，全年受理群众法律咨询1.5万人次。",
    # a body's own span (自2016年成立以来) in another paragraph than the area's year figure:
    # 391 of the 区医调委 is no count of 全区 (3356)
    "2024年，全区各级人民调解组织共受理各类矛盾纠纷3,412件，调解成功3,356件。\n"
    "其中，区医疗纠纷人民调解委员会受理医疗纠纷87件，调解成功79件。\n"
    "区医调委自2016年成立以来，累计受理医疗纠纷412件，调解成功391件。",
    # 67 ≥ 61
    "自2018年建立重大行政决策目录管理制度以来，累计公布重大行政决策事项67项；2024年，全县公布重大行政决策事项61项。",
]


@pytest.mark.parametrize("text", SINCE_WRONG)
def test_a_count_since_an_earlier_year_below_the_year(text: str) -> None:
    assert findings(text, codes=("N302",))


@pytest.mark.parametrize("text", SINCE_RIGHT)
def test_a_count_since_an_earlier_year_that_holds_the_year(text: str) -> None:
    assert not findings(text, codes=("N302",))


DOUBLED_WRONG = [
    # 320 ÷ 190 = 1.68, not 2
    "全年开展校园法治讲座三百二十场次，讲座场次较上年的一百九十场增长了一倍。",
    # 56 ÷ 35 = 1.6
    "全年举办法治讲座56场次，较上年的35场翻了一番。",
    # 130 ÷ 80 = 1.63
    "全年培训网格员130人，较上年的80名增长一倍。",
    # 27 ÷ 16 = 1.69
    "全年开展模拟法庭活动27场，较上年的16场次增长了一倍。",
    # 150 ÷ 90 = 1.67
    "全年选聘法律明白人150名，较上年的90人翻了一番。",
    # 44 ÷ 30 = 1.47
    "全年组织旁听庭审44场次，较上年的30场增长一倍。",
    # 340 ÷ 200 = 1.7
    "全年为企业开展法治体检340场次，较上年的200场翻番。",
    # 75 ÷ 45 = 1.67
    "全年组织法律顾问培训75人，较上年的45名增长了一倍。",
]

DOUBLED_RIGHT = [
    # 380 ÷ 190 = 2
    "全年开展校园法治讲座三百八十场次，讲座场次较上年的一百九十场增长了一倍。",
    # 70 ÷ 35 = 2
    "全年举办法治讲座70场次，较上年的35场翻了一番。",
    # 160 ÷ 80 = 2
    "全年培训网格员160人，较上年的80名增长一倍。",
    # 32 ÷ 16 = 2
    "全年开展模拟法庭活动32场，较上年的16场次增长了一倍。",
    # 186 ÷ 90 = 2.07: 翻了一番多
    "全年选聘法律明白人186名，较上年的90人翻了一番多。",
    # 人次 and 场: attendances are no events; no ratio read (58 ÷ 30 = 1.93 would fit too)
    "全年组织旁听庭审60场次，较上年的30场增长一倍，参加旁听1,200人次。",
    # 400 ÷ 200 = 2
    "全年为企业开展法治体检400场次，较上年的200场翻番。",
    # 89 ÷ 45 = 1.98: 近一倍 is a worded change, any ratio near 2 fits
    "全年组织法律顾问培训89人，较上年的45名增长近一倍。",
]


@pytest.mark.parametrize("text", DOUBLED_WRONG)
def test_a_doubling_against_units_of_one_group(text: str) -> None:
    assert findings(text, codes=("N108",))


@pytest.mark.parametrize("text", DOUBLED_RIGHT)
def test_a_doubling_that_fits_units_of_one_group(text: str) -> None:
    assert not findings(text, codes=("N108",))
