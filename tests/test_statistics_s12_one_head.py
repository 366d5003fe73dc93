"""Parts whose names end alike after different words are kinds of one measure (session 12, lead;
relations/partition.py ``_one_head``): one of them equal to the whole is still a part, not the
whole restated by what was done to every item, so the kinds must add up. Found by the random
property test (「采购金额为0.03万元，其中货物采购金额0.02万元、工程采购金额0.02万元、服务采购
金额0.03万元」 was read as 0.02 + 0.02 ≈ 0.03 with the third the whole again).

Every sentence is written for these tests; each verdict derived by hand (arithmetic in the
comment above it)."""

from __future__ import annotations

import pytest
from relation_helpers import errors

WRONG = [
    # 0.02 + 0.02 + 0.03 = 0.07 > 0.03 万元
    "本部门2024年度政府采购金额为0.03万元，其中：货物采购金额0.02万元、工程采购金额0.02万元、"
    "服务采购金额0.03万元。",
    # 0.4 + 0.3 + 1.2 = 1.9 > 1.2 万元
    "全年培训经费支出1.2万元，其中：师资培训经费0.4万元、场地培训经费0.3万元、资料培训经费1.2万元。",
    # 0.05 + 0.12 = 0.17 > 0.12 亿元
    "全年执法装备投入0.12亿元，其中：市级装备投入0.05亿元、区级装备投入0.12亿元。",
    # 1.1 + 2.3 + 0.6 = 4.0 > 2.3 万元
    "全年法律援助补贴2.3万元，其中刑事案件补贴1.1万元、民事案件补贴2.3万元、行政案件补贴0.6万元。",
    # 0.8 + 0.8 = 1.6 > 0.8 万元
    "全年普法宣传经费0.8万元，其中线上宣传经费0.8万元、线下宣传经费0.8万元。",
    # 0.25 + 0.31 + 0.31 = 0.87 > 0.31 万元
    "全年复议工作经费0.31万元，其中办案工作经费0.25万元、听证工作经费0.31万元、宣传工作经费0.31万元。",
    # 0.6 + 1.5 = 2.1 > 1.5 万元
    "全年公职律师聘用费用1.5万元，其中：市级聘用费用0.6万元，区级聘用费用1.5万元。",
    # 0.02 + 0.04 + 0.04 = 0.10 > 0.04 万元
    "全年印刷费支出0.04万元，其中：文件印刷费0.02万元、手册印刷费0.04万元、海报印刷费0.04万元。",
]

RIGHT = [
    # 会前学法 is done at every meeting (24 of 24): no split, 11 of the 24 in the first half
    "全年共召开政府常务会议24次，其中上半年11次；会前学法24次。",
    # 的-clauses: what was done to every decision (13 of 13), some experts' review (11)
    "全年作出重大行政决策13项，其中经公众参与的决策13项、经专家论证的决策11项。",
    # attributes an item may share: 13 of 13 reviewed, 9 of 13 heard
    "全年作出重大行政决策13项，其中经合法性审查的13项、经风险评估的9项。",
    # 0.02 + 0.01 = 0.03: kinds that add up
    "本部门2024年度政府采购金额为0.03万元，其中：货物采购金额0.02万元、服务采购金额0.01万元。",
    # 0.4 + 0.8 = 1.2: kinds that add up
    "全年培训经费支出1.2万元，其中：师资培训经费0.4万元、场地培训经费0.8万元。",
    # a partial 其中 list of kinds, below the whole: 0.05 < 0.12
    "全年执法装备投入0.12亿元，其中市级装备投入0.05亿元。",
    # names with no common ending: 会前学法 at all 12 meetings restates the whole
    "全年召开执法协调会12次，其中专题会议5次；会前学法12次。",
    # 1.1 + 0.6 = 1.7 ≤ 2.3 with no claim of completeness (a partial list)
    "全年法律援助补贴2.3万元，其中刑事案件补贴1.1万元、行政案件补贴0.6万元。",
]


@pytest.mark.parametrize("text", WRONG)
def test_kinds_of_one_measure_must_add_up(text: str) -> None:
    assert any(code == "N101" for code, _ in errors(text)), text


@pytest.mark.parametrize("text", RIGHT)
def test_the_whole_restated_or_kinds_that_add_up_stay_silent(text: str) -> None:
    assert errors(text) == [], text
