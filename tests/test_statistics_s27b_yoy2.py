"""A change whose base is the current figure less a stated amount (session 27b, s27b-yoy2).

1. 新增 right after a comparison and the period it names (「比上一年度新增」「较去年同期新增」「同比
   新增」) is a word of change, as 增加 is: the percentage after it is the amount over the current
   figure less the amount. Alone 新增 counts new things, and 「较上年新增的41名」 is a base.
2. An amount of change printed in 万/亿 without its unit (「新增7.68万」) counts what the current
   figure read against it counts.
3. A paragraph that states only the amount and the percentage reads its current figure in the
   paragraphs before, the one its clause names (a warning).
4. 「减少89件(次)」: a measure word in a bracket right after a unit is read with it (件次).

Every sentence is written for these tests (none from a fixture set); the arithmetic is in the
comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import findings

# (text, figures the N108 message must name)
CONTRADICTIONS = [
    # 150 ÷ (650 − 150) = 30%, not 13%
    ("全年共受理行政复议案件650件，比上年新增150件，增长13%。", ("13%", "150", "500", "30%")),
    # 40 ÷ (240 − 40) = 20%, not 25%: 同比新增, 起
    ("全县调处矛盾纠纷240起，同比新增40起，增幅为25%。", ("25%", "200", "20%")),
    # 12 ÷ (96 − 12) = 14.3%, not 12.5%: 较去年同期新增, 名
    ("全市现有公职律师96名，较去年同期新增12名，增长12.5%。", ("12.5%", "84", "14.3%")),
    # 300 ÷ (1800 − 300) = 20%, not 16.7%: 比2023年新增
    ("年内办理公证事项1800件，比2023年新增300件，增长16.7%。", ("16.7%", "1500", "20%")),
    # a bare 万 amount: 1.2万 ÷ (8.4万 − 1.2万) = 16.7%, not 14.3%
    ("全区共有市场主体8.4万户，比上年增加1.2万，增长14.3%。", ("14.3%", "7.2万", "16.7%")),
    # both at once, the current figure in the sentence before: 2万 ÷ (12万 − 2万) = 20%
    ("全省执法人员达到12万人。执法人员总数比上一年度新增2万，涨幅为15%。", ("15%", "10万", "20%")),
    # 新增 and a bare 万 of money-free count, the rate before the amount's clause ends: 0.5万 ÷ 2万
    ("全年接听热线电话2.5万人次，较上年新增0.5万，增长20.5%。", ("20.5%", "2万", "25%")),
    # the amount of the current figure in the sentence before: 60 ÷ (360 − 60) = 20%, not 10%
    ("全市登记社会组织360家。社会组织数量较上年末新增60家，增长10%。", ("10%", "300", "20%")),
    # the current figure in the paragraph before: 3万 ÷ (18万 − 3万) = 20%, not 超25%
    (
        "截至年底，全省共有人民调解员18万多人，调解组织2.1万个。\n人民调解员人数比上年新增3万，增幅超25%。",
        ("25%", "15万", "20%"),
    ),
    # the same with a unit, the paragraph before naming two things: 45 ÷ (345 − 45) = 15%
    (
        "全区共有行政执法人员345名，执法证件年审率100%。\n执法人员较上年增加45名，增长12%。",
        ("12%", "300", "15%"),
    ),
    # 件(次): 89 ÷ (195 + 89) = 31.3%, not 37%
    ("共受理群众来信来访195件次，同比减少89件(次)，下降37%。", ("37%", "284", "31.3%")),
    # 人(次), a rise: 60 ÷ (460 − 60) = 15%, not 13%
    ("接待来访群众460人次，同比增加60人（次），增长13%。", ("13%", "400", "15%")),
]

CONSISTENT = [
    # 150 ÷ 500 = 30%
    "全年共受理行政复议案件650件，比上年新增150件，增长30%。",
    # 40 ÷ 200 = 20%
    "全县调处矛盾纠纷240起，同比新增40起，增幅为20%。",
    # 12 ÷ 84 = 14.3%
    "全市现有公职律师96名，较去年同期新增12名，增长14.3%。",
    # 1.2万 ÷ 7.2万 = 16.7%
    "全区共有市场主体8.4万户，比上年增加1.2万，增长16.7%。",
    # 2万 ÷ 10万 = 20%
    "全省执法人员达到12万人。执法人员总数比上一年度新增2万，涨幅为20%。",
    # 新增 alone counts new things: the 13% compares this year's new ones with last year's
    "全年共有执业律师650名，新增律师150名，增长13%。",
    # last year's new ones are a base: 218 ÷ 176 − 1 = 23.9%
    "全镇累计培育法治示范户1260户，其中2024年新增218户，较上年新增的176户增长23.9%。",
    # a year before 新增 with no comparison: a count of new ones
    "全市共有社会组织360家，2024年新增60家，占总数的16.7%。",
    # 超: above 13%, 5.68万 ÷ 59.48万 = 9.5%… here 7.68万 ÷ 57.48万 = 13.4%
    "全国共有执业律师65.16万人。执业律师人数比上一年度新增7.68万，涨幅超13%。",
    # across paragraphs: 3万 ÷ 15万 = 20%, above 18%
    "截至年底，全省共有人民调解员18万多人，调解组织2.1万个。\n人民调解员人数比上年新增3万，增幅超18%。",
    # the paragraph before counts another thing in another unit: no reading
    "全区共办理行政复议案件345件。\n执法人员较上年增加45名，增长12%。",
    # 89 ÷ 284 = 31.3%
    "共受理群众来信来访195件次，同比减少89件(次)，下降31.3%。",
]


@pytest.mark.parametrize(("text", "figures"), CONTRADICTIONS)
def test_derived_base_of_a_new_or_bare_amount(text: str, figures: tuple[str, ...]) -> None:
    found = [m for c, m in findings(text, codes=("N108",))]
    assert found, text
    assert any(all(f in m for f in figures) for m in found), found


@pytest.mark.parametrize("text", CONSISTENT)
def test_consistent_derived_base_is_silent(text: str) -> None:
    assert not findings(text, codes=("N106", "N108")), text
