"""The changes of a complete split against the change of its whole, and unit slips of counts
and measures (session 25, s25-yoy).

1. A whole whose parts add up to it, each figure with a change of its own right after it (a
   difference in its unit or a percentage, in the clause or in a bracket right after the figure):
   last year's parts add up to last year's whole (relations/split_changes.py, N108).
2. A part printed in another magnitude than the whole of counts or measures (「263.3万平方米…53.3
   平方米」) whose sum is exact once read in the whole's magnitude: N201, as for money.

Every sentence is written for these tests (none from a fixture set); the arithmetic is in the
comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import errors, findings

# (text, figures the N108 message must name)
SPLIT_CONTRADICTIONS = [
    # differences: parts last year 880 + 300 = 1180, whole 1320 − 120 = 1200
    (
        "全区共调解矛盾纠纷1320件，较上年增加120件；其中村级调解组织调解980件，较上年增加100件，"
        "镇级调解中心调解340件，较上年增加40件。",
        ("1180", "1200"),
    ),
    # percentages, falls: 210 ÷ 0.84 + 350 ÷ 0.8974 = 640.02; 560 ÷ 0.845 = 662.72
    (
        "市场监管局全年立案查处各类违法案件560起，同比下降15.5%，其中食品安全类案件210起，同比下降"
        "16%；其他案件350起，同比下降10.26%。",
        ("640.02", "662.72"),
    ),
    # the whole after its parts' sentence is no matter: 1483 + 707 = 2190 against 2208
    (
        "全县就业人员212.2万人，比上年末减少8.6万人。其中，城镇就业人员142.5万人，比上年末减少5.8"
        "万人，乡村就业人员69.7万人，比上年末减少1万人。",
        ("219", "220.8"),
    ),
    # each part's change in a bracket right after it: 4260 + 1390 + 610 = 6260; 6600 − 420 = 6180
    (
        "全年办理政务服务事项6600件（比上年增加420件）。其中市级窗口办理4800件（比上年增加540件），"
        "区级窗口办理1200件（比上年减少190件），街道窗口办理600件（比上年减少10件）。",
        ("6260", "6180"),
    ),
    # money in 万元, one part falls: 820 + 310 = 1130; 1160 − 50 = 1110
    (
        "普法经费支出1160万元，较上年增加50万元，其中区级财政安排860万元，较上年增加40万元，部门"
        "自筹300万元，较上年减少10万元。",
        ("1130", "1110"),
    ),
    # three parts in %: 96 ÷ 1.2 + 54 ÷ 0.9 + 30 ÷ 1.5 = 160; 180 ÷ 1.25 = 144
    (
        "全年受理行政复议申请180件，同比增长25%，其中行政处罚类96件，同比增长20%；信息公开类54件，"
        "同比下降10%；其他类30件，同比增长50%。",
        ("160", "144"),
    ),
    # 万人次: 3.5万 ÷ 0.875 + 5万 ÷ 1.667 = 7万; 8.5万 ÷ 1.314 = 6.47万
    (
        "开展法治宣传活动受众8.5万人次，同比增长31.4%。其中线下受众3.5万人次，同比下降12.5%；"
        "线上受众5万人次，同比增长66.7%。",
        ("7万人次", "6.47万人次"),
    ),
    # a percentage of the whole, differences of the parts: 440 + 270 = 710; 750 ÷ 1.2 = 625
    (
        "全年查处违法建设750宗，同比增长20%，其中新增违建500宗，比上年增加60宗，存量违建250宗，"
        "比上年减少20宗。",
        ("710", "625"),
    ),
]

SPLIT_CONSISTENT = [
    # the twins that add up: 880 + 320 = 1200; 210 ÷ 0.84 + 350 ÷ 0.8974 = 640.02 ≈ 560 ÷ 0.874
    "全区共调解矛盾纠纷1320件，较上年增加120件；其中村级调解组织调解980件，较上年增加100件，"
    "镇级调解中心调解340件，较上年增加20件。",
    "市场监管局全年立案查处各类违法案件560起，同比下降12.6%，其中食品安全类案件210起，同比下降"
    "16%；其他案件350起，同比下降10.26%。",
    # 4260 + 1390 + 610 = 6260 = 6600 − 340
    "全年办理政务服务事项6600件（比上年增加340件）。其中市级窗口办理4800件（比上年增加540件），"
    "区级窗口办理1200件（比上年减少190件），街道窗口办理600件（比上年减少10件）。",
    # a part compared with last month (环比): another period, not read
    "全年办理公证4200件，比上年增加300件，其中国内公证3100件，比上年增加200件，涉外公证1100件，"
    "环比增加150件。",
    # parts that miss the whole (a partial list): not a complete split, not read
    "全年办理公证4200件，比上年增加300件，其中国内公证3100件，比上年增加200件，涉外公证900件，"
    "比上年增加150件。",
    # a part without a change of its own: not read
    "全年受理投诉1800件，同比增长20%，其中网络投诉1200件，同比增长50%；电话投诉600件。",
    # approximate parts: not read
    "全年培训执法人员3000余人次，比上年增加500人次，其中新任执法人员800余人次，比上年增加300"
    "人次，在岗人员2200余人次，比上年增加100人次。",
    # percentages that truncate: 96 ÷ 1.2 + 54 ÷ 0.9 + 30 ÷ 1.5 = 160 = 180 ÷ 1.125
    "全年受理行政复议申请180件，同比增长12.5%，其中行政处罚类96件，同比增长20%；信息公开类54件，"
    "同比下降10%；其他类30件，同比增长50%。",
]

# unit slips of counts and measures (N201)
SLIPS = [
    # 万 dropped from a part of 万平方米: 180万 + 46.5万 = 226.5万
    "全年拆除违法建设226.5万平方米，其中城区拆除180万平方米，镇村拆除46.5平方米。",
    # 万 dropped from a part of 万人次: 8.2万 + 3.1万 = 11.3万
    "全年法治宣传覆盖群众11.3万人次，其中线下活动8.2万人次，线上直播3.1人次。",
]
SLIPS_CONSISTENT = [
    # mixed magnitudes written right: 180万 + 46.5万
    "全年拆除违法建设226.5万平方米，其中城区拆除180万平方米，镇村拆除465000平方米。",
    # mixed magnitudes written right: 8.2万 + 31000 = 11.3万
    "全年法治宣传覆盖群众11.3万人次，其中线下活动8.2万人次，线上直播31000人次。",
]


@pytest.mark.parametrize(("text", "shown"), SPLIT_CONTRADICTIONS)
def test_split_changes_contradiction(text: str, shown: tuple[str, ...]) -> None:
    found = [message for code, message in errors(text) if code == "N108"]
    assert found, errors(text)
    assert any(all(figure in m for figure in shown) for m in found), found


@pytest.mark.parametrize("text", SPLIT_CONSISTENT)
def test_split_changes_consistent(text: str) -> None:
    assert findings(text, codes=("N101", "N102", "N106", "N108")) == []


@pytest.mark.parametrize("text", SLIPS)
def test_unit_slip_of_counts(text: str) -> None:
    assert any(code == "N201" for code, _ in findings(text, codes=("N201",))), findings(text)


@pytest.mark.parametrize("text", SLIPS_CONSISTENT)
def test_unit_slip_of_counts_consistent(text: str) -> None:
    assert findings(text, codes=("N101", "N102", "N201")) == []


# 3. a bracket of parts (「（其中…」) between a level reached and the change: the change compares
# the two levels, not the parts (text, the arithmetic the N108 message must show)
BRACKETED_PARTS = [
    # (25366 − 18405) ÷ 18405 = 37.8%, not 33.8%
    (
        "执业律师由上年的18405人增长到25366人（其中专职律师23323人、兼职律师667人），增长33.8%。",
        "37.8%",
    ),
    # (452 − 360) ÷ 360 = 25.6%, not 20.6%
    (
        "全区受理行政复议申请由2023年的360件增加到2024年的452件（其中行政处罚类210件），增长20.6%。",
        "25.6%",
    ),
    # a fall: (2400 − 2160) ÷ 2400 = 10%, not 12%
    (
        "全市办理公证由上年的2400件减少到2160件（其中涉外公证380件、国内公证1780件），下降12%。",
        "10%",
    ),
]
BRACKETED_PARTS_CONSISTENT = [
    "执业律师由上年的18405人增长到25366人（其中专职律师23323人、兼职律师667人），增长37.8%。",
    "全区受理行政复议申请由2023年的360件增加到2024年的452件（其中行政处罚类210件），增长25.6%。",
    "全市办理公证由上年的2400件减少到2160件（其中涉外公证380件、国内公证1780件），下降10%。",
    # a bracket holding last year's figure is the base, not an aside: 1417 ÷ 1268 − 1 = 11.8%
    "全年受理投诉1417件（上年1268件），增长11.8%。",
]


@pytest.mark.parametrize(("text", "shown"), BRACKETED_PARTS)
def test_change_after_a_bracket_of_parts(text: str, shown: str) -> None:
    found = [message for code, message in errors(text) if code == "N108"]
    assert found and shown in found[0], errors(text)


@pytest.mark.parametrize("text", BRACKETED_PARTS_CONSISTENT)
def test_change_after_a_bracket_of_parts_consistent(text: str) -> None:
    assert findings(text, codes=("N101", "N102", "N106", "N108")) == []
