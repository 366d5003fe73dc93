"""Session 16 (s16-realfix4): misreadings of 47 more published reports, fixed by general rules.

- A count of households after a population word (「认定低保边缘家庭人口1774户5053人」) is no
  number of people: no bound on the paragraph's head counts (magnitude.py ``_is_population``).
- A share naming a whole of people (占户籍人口的, 占参保人数的: numbers.toml
  ``magnitude.population`` and ``rates.people-wholes``) is never the quotient of figures not
  counted in persons (two sums of money before it: rates.py ``_names_people``).

Every sentence is written for these tests; the arithmetic in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import findings

# --- 1. a subgroup's households are no population ----------------------------------------
HOUSEHOLDS_FIT = [
    # 620户 households of one subgroup; 8630, 1240, 1890 persons of other groups
    "全县保障困难群众1.1万人。其中保障农村低保对象4215户8630人，认定低保边缘家庭人口620户1585人，供养特困人员1240人，实施临时救助1890人次。",
    # 415户 of 边缘家庭; 3960, 860, 1020, 730 other groups
    "全区救助困难群众9800人，其中城市低保对象2150户3960人，监测边缘家庭人口415户1210人，新增低保对象860人，退出低保对象1020人，特困供养人员730人。",
    # 302户 of 脱贫监测; 2100 and 950 persons of other groups
    "纳入监测的脱贫人口302户866人，全年开展技能培训2100人，转移就业950人。",
    # 88户 of 易地搬迁; 420 and 315 persons
    "全镇易地搬迁人口88户297人，组织务工420人，发放补贴315人。",
    # 1200户 of 低保家庭; 3400 and 2600 persons
    "全市低保家庭人口1200户2650人，全年发放价格临时补贴3400人，慰问困难群众2600人。",
    # 56户 of 残疾人家庭; 180 persons
    "辖区残疾人家庭人口56户131人，全年上门服务180人。",
    # 740户 of 特困家庭; 1500 persons
    "认定特困家庭人口740户985人，开展入户走访1500人。",
    # 95户 of 留守家庭; 260 and 130 persons
    "摸排留守家庭人口95户214人，组织关爱活动参与260人，结对帮扶130人。",
]
HOUSEHOLDS_MISS = [
    # people 4100 > population 3200人
    "全镇户籍人口3200人。全年开展技能培训4100人。",
    # 9800 > 8600
    "全乡常住人口8600人，全年组织义诊服务9800人。",
    # 1.2万 > 1.05万
    "辖区常住人口1.05万人，全年接受法治宣传教育1.2万人。",
    # 5200 > 4800
    "全村户籍人口4800人，全年参加体检5200人。",
    # 15000 > 13600
    "全镇总人口13600人，全年服务群众15000人。",
    # 2300 > 2100
    "本社区常住人口2100人，全年参加培训2300人。",
    # 7300 > 6900
    "全乡户籍人口6900人，全年开展健康随访7300人。",
    # 31000 > 28000
    "全镇常住人口2.8万人，全年完成体检3.1万人。",
]


@pytest.mark.parametrize("text", HOUSEHOLDS_FIT)
def test_households_are_no_population(text: str) -> None:
    assert not findings(text, codes=("N206",))


@pytest.mark.parametrize("text", HOUSEHOLDS_MISS)
def test_population_of_people_still_bounds(text: str) -> None:
    assert findings(text, codes=("N206",))


# --- 2. a share of people is no quotient of money ----------------------------------------
PEOPLE_SHARE_FIT = [
    # 户籍人口 unstated; 1.62亿 / 2.35亿 = 68.9% would be money
    "全年发放各类救助金2.35亿元，其中：保障低保对象1.2万户2.1万人1.62亿元，低保人数占户籍人口的4.2%，发放特困供养金3100万元。",
    # 常住人口 unstated; 0.9亿 / 1.3亿 = 69.2%
    "全年发放救助资金1.3亿元。其中：保障低保对象6100人0.9亿元，低保人数占常住人口的2.1%。",
    # 参保人数 unstated; 3120 / 4860 = 64.2% of money
    "全年支付医保基金4860万元，其中住院报销3120万元，住院人次占参保人数的12.5%。",
    # 户籍人口 unstated; 540 / 900 = 60%
    "全年发放临时救助金900万元，其中支出型救助540万元，受助人数占户籍人口的0.8%。",
    # 从业人员 unstated; 2.1亿 / 3.5亿 = 60%
    "全年发放稳岗返还资金3.5亿元，其中中小企业2.1亿元，受益职工占从业人员的31%。",
    # 总人口 unstated; 800 / 1000 = 80%
    "全年投入资金1000万元，其中医疗救助800万元，受助对象占总人口的1.6%。",
    # 在校人数 unstated; 260 / 400 = 65%
    "全年发放资助金400万元，其中生活补助260万元，受助学生占在校人数的9.5%。",
    # 户籍人口 unstated; 4400 / 5500 = 80%
    "全年发放养老补贴5500万元，其中高龄津贴4400万元，享受人数占户籍人口的5.3%。",
]
PEOPLE_SHARE_MISS = [
    # 2.1万 / 48万 = 4.375%, not 3.2%
    "全县户籍人口48万人，保障低保对象2.1万人，低保人数占户籍人口的3.2%。",
    # 1.62 / 2.35 = 68.9%, not 75.2% (a share of money stays judged)
    "全年发放各类救助金2.35亿元，其中低保金1.62亿元，占救助金总额的75.2%。",
    # 540 / 900 = 60%, not 70%
    "全年发放临时救助金900万元，其中支出型救助540万元，占比70%。",
    # 3120 / 4860 = 64.2%, not 72%
    "全年支付医保基金4860万元，其中住院报销3120万元，占基金支出的72%。",
    # 800 / 1000 = 80%, not 85%
    "全年投入资金1000万元，其中医疗救助800万元，占投入资金的85%。",
    # 260 / 400 = 65%, not 56%
    "全年发放资助金400万元，其中生活补助260万元，占比56%。",
    # 4400 / 5500 = 80%, not 88%
    "全年发放养老补贴5500万元，其中高龄津贴4400万元，占比88%。",
    # 2.1 / 3.5 = 60%, not 66%
    "全年发放稳岗返还资金3.5亿元，其中中小企业2.1亿元，占比66%。",
]


@pytest.mark.parametrize("text", PEOPLE_SHARE_FIT)
def test_people_share_not_from_money(text: str) -> None:
    assert not findings(text, codes=("N104",))


@pytest.mark.parametrize("text", PEOPLE_SHARE_MISS)
def test_shares_still_judged(text: str) -> None:
    assert findings(text, codes=("N104",))


# --- 3. two breakdowns of one total -------------------------------------------------------
# A split opened by its dimension without a mark (「按照案件类型分A20起，…」) is a split; a
# second one opened after a comma (「，按照违法主体划分：」) ends the first: both split the
# whole, no item of one is a whole of the other (partition.py ``_DIMENSION_RE``,
# ``_next_dimension``, ``dimension_list_start``); a dimension's classes are siblings, none a
# sub-part of the one before (no "nested" reading).
TWO_SPLITS_FIT = [
    # 14+9+7+4+2 = 36; 6+30 = 36
    "全年共查处土地违法案件36宗，按违法类型分非法占用耕地14宗，未批先建9宗，非法转让土地7宗，破坏永久基本农田4宗，违规采矿2宗，按照违法主体划分：单位违法6宗，个人违法30宗。",
    # 8+6+4+3 = 21; 3+18 = 21
    "全年立案查处林业行政案件21起，按照案件类型分滥伐林木8起，非法占用林地6起，非法收购木材4起，失火3起，按照查处对象划分：法人3起，自然人18起。",
    # 25+12+9+3 = 49; 7+42 = 49
    "全年共立案49件，按案由分食品安全25件，价格违法12件，计量违法9件，广告违法3件，按违法主体分：企业7件，个体工商户42件。",
    # 18+8+12+5+3 = 46; 4+42 = 46
    "全年全县共发生林草行政案件46起，其中非法占用林地18起，毁坏林木8起，滥伐林木12起，盗伐林木5起，野外违规用火3起，按照违法主体划分：单位违法案件4起，个人违法案件42起。",
    # 20+6+16+3+8+1+1+1 = 56; 5+51 = 56
    "全市共发生林草行政案件56起，按照案件类型分擅自改变林地用途20起，毁坏林地6起，滥伐林木16起，盗伐林木3起，防火期野外用火8起，过失失火1起，非法移植树木1起，非法使用草地1起，按照违法主体划分：企业法人违法案件5起，公民违法案件51起。",
    # 13+7+6 = 26; 5+21 = 26
    "全年共查处违法建设案件26宗，按建设性质分住宅加建13宗，商铺搭建7宗，厂房扩建6宗，按当事人类别分：单位5宗，个人21宗。",
    # 20+9+4 = 33; 3+30 = 33
    "全年查处交通运输违法案件33起，按违法类型分超限超载20起，非法营运9起，违规占道4起，按违法主体分：运输企业3起，个体车主30起。",
    # 11+5+3 = 19; 2+17 = 19
    "2024年共办理农业行政处罚案件19件，按照案件类别分农资质量案件11件，动物防疫案件5件，渔业案件3件，按当事人性质分：企业2件，农户17件。",
]
TWO_SPLITS_MISS = [
    # 17+8+12+5+3+2 = 47 > 46 (4+42 = 46)
    "全年全县共发生林草行政案件46起，按照案件类型分非法占用林地17起，毁坏林木8起，滥伐林木12起，盗伐林木5起，野外违规用火3起，非法收购木材2起，按照违法主体划分：单位违法案件4起，个人违法案件42起。",
    # 4+41 = 45 < 46 (18+8+12+5+3 = 46)
    "全年全县共发生林草行政案件46起，其中非法占用林地18起，毁坏林木8起，滥伐林木12起，盗伐林木5起，野外违规用火3起，按照违法主体划分：单位违法案件4起，个人违法案件41起。",
    # 20+6+16+3+8+2+1+1 = 57 > 56 (5+51 = 56): the last class no sub-part of the one before
    "全市共发生林草行政案件56起，按照案件类型分擅自改变林地用途20起，毁坏林地6起，滥伐林木16起，盗伐林木3起，防火期野外用火8起，过失失火2起，非法移植树木1起，非法使用草地1起，按照违法主体划分：企业法人违法案件5起，公民违法案件51起。",
    # 14+9+7+4+3 = 37 > 36 (6+30 = 36)
    "全年共查处土地违法案件36宗，按违法类型分非法占用耕地14宗，未批先建9宗，非法转让土地7宗，破坏永久基本农田4宗，违规采矿3宗，按照违法主体划分：单位违法6宗，个人违法30宗。",
    # 8+6+4+3+1 = 22 > 21 (3+18 = 21)
    "全年立案查处林业行政案件21起，按照案件类型分滥伐林木8起，非法占用林地6起，非法收购木材4起，失火3起，其他1起，按照查处对象划分：法人3起，自然人18起。",
    # 25+12+9+4 = 50 > 49
    "全年共立案49件，按案由分食品安全25件，价格违法12件，计量违法9件，广告违法4件，按违法主体分：企业7件，个体工商户42件。",
    # 13+7+8 = 28 > 26
    "全年共查处违法建设案件26宗，按建设性质分住宅加建13宗，商铺搭建7宗，厂房扩建8宗，按当事人类别分：单位5宗，个人21宗。",
    # 21+9+4 = 34 > 33
    "全年查处交通运输违法案件33起，按违法类型分超限超载21起，非法营运9起，违规占道4起，按违法主体分：运输企业3起，个体车主30起。",
]


@pytest.mark.parametrize("text", TWO_SPLITS_FIT)
def test_two_splits_of_one_whole(text: str) -> None:
    assert not findings(text, codes=("N101", "N102", "N206"))


@pytest.mark.parametrize("text", TWO_SPLITS_MISS)
def test_two_splits_still_judged(text: str) -> None:
    assert findings(text, codes=("N101", "N102"))


# --- 4. a rate's change told as a topic ----------------------------------------------------
# 「占比变化：呈下降趋势，下降了2.3%」: the rate opens the statement (rate word + 变化/呈), only a
# trend and a comparison stand between: a rate's change (rates.py ``_rate_topic``).
TOPIC_POINTS = [
    # 18.4% -> 16.1%: 2.3 个百分点
    "交通出行类工单10月为214件，占比18.4%；11月为188件，占比16.1%。占比变化：呈下降趋势，下降了2.3%。",
    # 23.6 -> 20.5: 3.1 个百分点
    "物业管理类工单由295件下降到259件。占比变化：占比呈下降趋势，下降了3.1%。",
    # a rate's change in %, topic 办结率
    "办结率变化：同比上升2.4%。",
    # 满意率 topic
    "满意率呈上升趋势，较上年提高1.5%。",
    # 比重 topic
    "涉企案件比重变化：较上月下降0.8%。",
    # 占比 topic with 环比
    "城市管理类工单占比变化：环比上升1.9%。",
    # 比例 topic
    "调解成功比例呈下降态势，同比下降4.2%。",
    # 回访率 topic
    "回访率变化：上升了3%。",
]
TOPIC_COUNTS = [
    # a count's change: (214-188)/214 = 12.15%
    "交通出行类工单10月为214件，占比18.4%；11月为188件，占比16.1%。数量变化：呈下降趋势，下降了12.1%。",
    # another subject (受理量) after the rate's trend
    "办结率呈上升趋势，受理量较上年增长8%。",
    # a figure between the topic and the change
    "满意率呈上升趋势，回访群众1200人，较上年增长8%。",
    # points already
    "占比变化：呈下降趋势，下降了2.3个百分点。",
    # a count topic
    "工单总量变化：环比下降6.5%。",
    # the rate's level, not a change
    "办结率变化不大，保持在98%。",
    # amount of money changes
    "罚没款数额变化：同比增长12%。",
    # another subject after 率呈
    "结案率呈稳定态势，案件数量同比下降9%。",
]


@pytest.mark.parametrize("text", TOPIC_POINTS)
def test_rate_topic_change_wants_points(text: str) -> None:
    assert findings(text, codes=("N106",))


@pytest.mark.parametrize("text", TOPIC_COUNTS)
def test_other_changes_not_points(text: str) -> None:
    assert not findings(text, codes=("N106",))


# --- 5. fines per person fined --------------------------------------------------------------
# 罚款 over the 人次 fined (numbers.toml magnitude.per-head): above 5000万元 each, 元 written 万元.
FINES_ABSURD = [
    # 562400.8万 / 56 = 10042.9万 each
    "全年共计行政处罚56人次，罚款合计562400.8万元，恢复林地11.97公顷。",
    # 386520.5万 / 48 = 8052.5万
    "全年共计行政处罚48人次，罚款合计386520.5万元，补种树木2150株。",
    # 129800万 / 12 = 10816.7万
    "全年行政处罚12人次，罚款合计129800万元。",
    # 75600万 / 9 = 8400万
    "全年处罚违法当事人9人次，罚款75600万元。",
    # 31.2亿 / 30 = 1.04亿
    "全年行政处罚30人次，罚款31.2亿元。",
    # 250400万 / 40 = 6260万
    "依法行政处罚40人次，共处罚款250400万元。",
    # 98500万 / 15 = 6566.7万
    "全年林业行政处罚15人次，罚款合计98500万元。",
    # 660000万 / 88 = 7500万
    "全年行政处罚88人次，罚款合计660000万元，责令恢复植被3.2公顷。",
]
FINES_PLAUSIBLE = [
    # 38.65万 / 48 = 8052元
    "全年共计行政处罚48人次，罚款合计38.65万元，补种树木2150株。",
    # 1.8亿 / 32 = 562.5万 (large firms, below the bound)
    "全年行政处罚32人次，罚款1.8亿元。",
    # 1.2亿 / 320 = 37.5万
    "全年行政处罚320人次，罚款合计1.2亿元。",
    # 2850万 / 135 = 21.1万
    "全年处罚违法人员135人次，罚没款合计2850万元。",
    # 562400.8元 / 56 = 10043元
    "全年共计行政处罚56人次，罚款合计562400.8元。",
    # 96万 / 12 = 8万
    "全年行政处罚12人次，罚款合计96万元。",
    # 4.5亿 / 10 = 4500万 (at the bound's side)
    "全年行政处罚10人次，罚款4.5亿元。",
    # 900万 / 15 = 60万
    "全年林业行政处罚15人次，罚款合计900万元。",
]


@pytest.mark.parametrize("text", FINES_ABSURD)
def test_fines_per_person_fined_bounded(text: str) -> None:
    assert findings(text, codes=("N205",))


@pytest.mark.parametrize("text", FINES_PLAUSIBLE)
def test_plausible_fines_pass(text: str) -> None:
    assert not findings(text, codes=("N205",))
