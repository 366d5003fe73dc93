"""A bracket after a figure that states a rate per member (「经费7.2万元（每个行政村每年8000
元，全乡共9个行政村）」) explains the figure; it does not restate it in other units (session 15,
s15-misc3: relations/magnitude.py ``_restated`` leaves a bracketed figure named by 每/人均/平均
to the average rules, N205). A bracket that does restate the figure (「12.6万元（126000元）」)
is still held to it (N201), and a rate per member that does not fit the total and the count
is still found by the average rule (N205).

Every sentence is written for these tests; each verdict derived by hand (the arithmetic is in
the comment above it)."""

from __future__ import annotations

import pytest
from relation_helpers import findings

WRONG = [
    # restatement: 3.6万元 = 36000元, bracket 3600元 (a lost zero)
    ("全年拨付社区矫正工作经费3.6万元（3600元），全部用于教育帮扶。", "N201"),
    # restatement: 126.5万元 = 1265000元, bracket 126500元
    ("全年支付政府法律顾问服务费126.5万元（126500元），较上年略有增加。", "N201"),
    # restatement in 亿元: 1.25亿元 = 12500万元, bracket 1250万元
    ("全区行政事业性收费减免1.25亿元（1250万元），惠及市场主体3,126户。", "N201"),
    # per member: 18 × 6000元 = 10.8万元, stated 12.6万元
    (
        "全年落实村（社区）法律顾问补贴12.6万元（每个村（社区）每年6000元，全镇共18个村（社区）），实现全覆盖。",
        "N205",
    ),
    # per member: 24 × 1500元 = 3.6万元, stated 4.2万元
    ("发放人民调解员以案定补经费4.2万元（每名调解员平均1500元，共24名调解员）。", "N205"),
    # per session: 12 × 150人次 = 1800人次, stated 2160人次
    (
        "全年举办执法人员公共法律知识培训2160人次（每期150人次，共举办12期），考试合格率100%。",
        "N205",
    ),
    # per session: 9 × 3500元 = 3.15万元, stated 3.6万元
    ("全年投入法治讲座经费3.6万元（每场讲座3500元，共9场）。", "N205"),
    # per unit: 15 × 2万元 = 30万元, stated 32万元
    ("县政府及部门全年支付常年法律顾问费32万元（每家单位每年2万元，共15家单位）。", "N205"),
]

RIGHT = [
    # 9 × 8000元 = 72000元 = 7.2万元
    "全年落实村法律顾问经费7.2万元（每个行政村每年8000元，全乡共9个行政村），提供法律意见32条。",
    # 18 × 1.2万元 = 21.6万元
    "全年落实村（社区）法律顾问补贴21.6万元（每个村（社区）每年1.2万元，全镇共18个村（社区））。",
    # 60 × 600元 = 36000元 = 3.6万元
    "全年下拨社区普法活动补助资金3.6万元（每场活动补助600元，共补助60场）。",
    # 8 × 2万元 = 16万元
    "全年支付常年法律顾问服务费16万元（每家单位每年2万元，共聘请8家律师事务所）。",
    # 350元 × 100人 = 3.5万元
    "全年组织基层执法人员轮训，培训费用3.5万元（人均350元，共100人）。",
    # 12 × 4500元 = 5.4万元 (平均 per month)
    "全年发放公益性岗位调解员补贴5.4万元（平均每月4500元）。",
    # a restatement that fits: 12.6万元 = 126000元
    "全年拨付普法宣传经费12.6万元（126000元），专款专用。",
    # 20 × 1500元 = 3万元 (人均 after the count)
    "全年为20名法律明白人发放补贴3万元（人均1500元）。",
    # 6 × 0.8万元 = 4.8万元 (per 工作站)
    "投入基层立法联系点经费4.8万元（每个联系点0.8万元，共6个联系点）。",
]


@pytest.mark.parametrize(("text", "code"), WRONG)
def test_per_unit_or_restatement_found(text: str, code: str) -> None:
    assert code in [c for c, _ in findings(text)], (text, findings(text))


@pytest.mark.parametrize("text", RIGHT)
def test_per_unit_bracket_fine(text: str) -> None:
    assert not findings(text, codes=("N201", "N205")), text
