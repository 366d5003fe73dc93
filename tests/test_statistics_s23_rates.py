"""Rates and year-on-year changes read from the structure of the sentence (session 23, s23-rates).

1. A derived base (this period's figure ∓ the stated change) when the change's sentence opens
   with the comparison: the words 较/比 governs up to the change name what is compared with
   (「较上年预算执行数减少9.6万元」), not a subject, so the sentence continues the figure
   before it.
2. Each clause of a sentence states its own amount (「…减少12起，下降20%；死亡人数减少3人，
   下降50%」); a clause that opens with the comparison continues the subject of the sentence's
   first clause (「公务接待费较上年决算数减少…；较年初预算数减少5.4万元，下降25%」).
3. A completion rate names what it completes (完成预算的, 完成年度目标的): the two figures
   before it, the first's clause naming the plan; uncapped (完成全年任务的150%).
4. A rate that fits a base the sentence allows is not reported: the nearest figure before its
   numerator (the thing handled), the first after it in its sentence, a 件/人 pair's other
   unit (a negated sibling summed).
5. A numerator matched by the flow stage of the rate's name alone (承办率 ← 受理量) is a
   guess: a warning at most.
6. A numerator outside a 其中 list whose words name the rate's stem (办结16443件, 办结率) is
   what the rate counts: parts of the list (channels) summed are no reading of it.

Every sentence is written for these tests (none from a fixture set); the arithmetic is in the
comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import errors, findings

# (text, code, figures the message must name)
CONTRADICTIONS = [
    # 1. (1560 − 260 = 1300; 260 ÷ 1300 = 20%, not 25%)
    (
        "全年办理法律援助案件1560件，主要为农民工讨薪案件。比上年增加260件，增长25%。",
        "N108",
        ("1560", "1300", "20%"),
    ),
    # 1. (86.4 + 9.6 = 96; 9.6 ÷ 96 = 10%, not 12%)
    (
        "区司法局全年普法经费支出86.4万元，用于宣传阵地建设。较上年预算执行数减少9.6万元，下降12%。",
        "N108",
        ("86.4万", "96万", "10%"),
    ),
    # 1. (3120 − 520 = 2600; 520 ÷ 2600 = 20%, not 25%)
    (
        "街道综治中心全年化解矛盾纠纷3120件，多为邻里纠纷。较上年同期增加520件，增长25%。",
        "N108",
        ("3120", "2600", "20%"),
    ),
    # 2. (deaths: 5 + 3 = 8; 3 ÷ 8 = 37.5%, not 50%; 12 ÷ 60 = 20% and 4 ÷ 16 = 25% fit)
    (
        "全年共发生火灾事故48起，死亡5人，受伤12人。与上年相比，火灾起数减少12起，下降20%；"
        "死亡人数减少3人，下降50%；受伤人数减少4人，下降25%。",
        "N108",
        ("5＋3", "37.5%"),
    ),
    # 2. (12.6 + 5.4 = 18; 5.4 ÷ 18 = 30%, not 25%; 1.4 ÷ 14 = 10% fits)
    (
        "2024年度区本级公务接待费决算12.6万元。经对比，区本级公务接待费较上年决算数减少1.4万元，"
        "下降10%；较年初预算数减少5.4万元，下降25%。",
        "N108",
        ("12.6万", "18万", "30%"),
    ),
    # 3. (62 ÷ 80 = 77.5%, not 82.5%)
    (
        "全年法律顾问服务经费预算为80万元，实际支出决算为62万元，完成预算的82.5%。",
        "N104",
        ("62万", "80万", "77.5%"),
    ),
    # 3. (1320 ÷ 1500 = 88%, not 92%)
    (
        "年度目标为培训基层干部1500人次，全年培训1320人次，完成年度目标的92%。",
        "N104",
        ("1320", "1500", "88%"),
    ),
    # 4. (480 ÷ 600 = 80%, 480 ÷ 2400 = 20%: no base gives 85%)
    (
        "共受理消费者信息2400件，其中咨询1500件；投诉600件，已办结480件，办结率85%；"
        "举报300件，已办结150件，办结率50%。",
        "N104",
        ("480", "600"),
    ),
    # 6. (5012 ÷ 5230 = 95.8%, not 98.8%; the channels are no sum of the concluded)
    (
        "全年受理群众诉求5230件，其中电话4120件、网络856件、来信254件，办结5012件，办结率98.8%。",
        "N104",
        ("5012", "5230", "95.8%"),
    ),
    # 4. (persons 50 ÷ 200 = 25%, cases 30 ÷ 150 = 20%: none gives 22%)
    (
        "经审查后批准逮捕120件150人，不批准逮捕30件50人，不捕率为22%。",
        "N104",
        ("30", "120"),
    ),
]

CONSISTENT = [
    # 1. (260 ÷ 1300 = 20%)
    "全年办理法律援助案件1560件，主要为农民工讨薪案件。比上年增加260件，增长20%。",
    # 1. (9.6 ÷ 96 = 10%)
    "区司法局全年普法经费支出86.4万元，用于宣传阵地建设。较上年预算执行数减少9.6万元，下降10%。",
    # 1. (520 ÷ 2600 = 20%)
    "街道综治中心全年化解矛盾纠纷3120件，多为邻里纠纷。较上年同期增加520件，增长20%。",
    # 2. (12 ÷ 60 = 20%, 3 ÷ 8 = 37.5%, 4 ÷ 16 = 25%)
    "全年共发生火灾事故48起，死亡5人，受伤12人。与上年相比，火灾起数减少12起，下降20%；"
    "死亡人数减少3人，下降37.5%；受伤人数减少4人，下降25%。",
    # 2. (1.4 ÷ 14 = 10%, 5.4 ÷ 18 = 30%)
    "2024年度区本级公务接待费决算12.6万元。经对比，区本级公务接待费较上年决算数减少1.4万元，"
    "下降10%；较年初预算数减少5.4万元，下降30%。",
    # 2. (the budget and the final figure of one subject before a change of the final one:
    #    0.5 ÷ (9.5 + 0.5) = 5%; over the budget 12 it would be 4%)
    "年初预算为12.00万元，支出决算为9.50万元。决算数比上年减少0.50万元，下降5%。",
    # 3. (62 ÷ 80 = 77.5%)
    "全年法律顾问服务经费预算为80万元，实际支出决算为62万元，完成预算的77.5%。",
    # 3. (24 ÷ 30 = 80%; the items' own budgets are not stated: 6 ÷ 30, 18 ÷ 30 are no reading)
    "全年“三公”经费年初预算为30万元，支出决算为24万元，完成预算的80%，其中：公务接待费决算为6万元，"
    "完成预算的75%；公务用车运行维护费决算为18万元，完成预算的81.8%。",
    # 3. (a plan may be exceeded)
    "全年受理法律援助案件3447件，完成全年任务的150%。",
    # 4. (480 ÷ 600 = 80%, 150 ÷ 300 = 50%: the thing handled, not the total 2400)
    "共受理消费者信息2400件，其中咨询1500件；投诉600件，已办结480件，办结率80%；"
    "举报300件，已办结150件，办结率50%。",
    # 4. (120 ÷ 300 = 40%: the 办结 figure after the rate; 120 ÷ 320 = 37.5%, 120 ÷ 260 = 46.2%)
    "本季度共接收投诉320件，受理260件；调解成功120件，调解成功率40%；办结300件，按期办结率95%。",
    # 6. (5012 ÷ 5230 = 95.83%)
    "全年受理群众诉求5230件，其中电话4120件、网络856件、来信254件，办结5012件，办结率95.8%。",
    # 6. (listed outcomes summed: (23 + 58) ÷ 84 = 96.4%)
    "评查案卷84卷，其中优秀23卷、合格58卷、不合格3卷，合格率96.4%。",
    # 4. (persons: 50 ÷ (150 + 50) = 25%)
    "经审查后批准逮捕120件150人，不批准逮捕30件50人，不捕率为25%。",
]


@pytest.mark.parametrize(("text", "code", "figures"), CONTRADICTIONS)
def test_contradiction_found(text: str, code: str, figures: tuple[str, ...]) -> None:
    found = [(c, m) for c, m in findings(text) if c == code]
    assert found, findings(text)
    assert any(all(f in m for f in figures) for _, m in found), found


@pytest.mark.parametrize("text", CONSISTENT)
def test_consistent_silent(text: str) -> None:
    assert findings(text, codes=("N104", "N105", "N106", "N108")) == []


def test_class_only_numerator_is_a_warning_at_most() -> None:
    # 承办 and 受理 are of one flow stage, but no word of the name counts 9000: a guess
    text = (
        "共提供服务10000件，其中总受理量9000件、总派单量3000件；从办理情况看，"
        "在线解答率为60%，成员单位承办率为40%。"
    )
    assert errors(text) == []
