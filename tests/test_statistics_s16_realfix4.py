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
