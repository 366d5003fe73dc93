"""Session 18 (s18-left43units): a figure restated in another unit (折合/约合/合/相当于).

The restated figure was converted and rounded to its last printed digit, an integer too
(326亩 = 21.73公顷 may be written 22公顷); a restatement off by a power of ten (折合约217公顷)
is a slip of the decimal point even when it says 约 (relations/magnitude.py ``_restated``,
factors in numbers.toml ``magnitude.conversions``: 亩 = 666.6667平方米, 公顷 = 10000平方米).

Every sentence is written for these tests; the arithmetic in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import errors
from relation_helpers import findings as _any

SLIPS = [
    # 326亩 / 15 = 21.73公顷; 217 = 21.7 × 10
    "督促当事人履行恢复义务，全年完成补植复绿面积326亩，折合约217公顷，栽植苗木2.4万株。",
    # 645亩 / 15 = 43公顷; 4.3 = 43 / 10
    "全年依法拆除违法占地建筑物，恢复耕地面积645亩，折合约4.3公顷，相关责任人均已依法处理。",
    # 1230亩 / 15 = 82公顷; 820 = 82 × 10
    "开展打击毁林专项行动，收回被违法占用的林地1230亩，折合820公顷，已全部移交属地管护。",
    # 158亩 / 15 = 10.53公顷; 105 ≈ 10.5 × 10
    "全年督促整改非法采砂点位，修复河滩地158亩，折合约105公顷，整改销号率100%。",
    # 18.6公里 = 18600米; 1860 = 18600 / 10
    "全年新建和改造山区巡查步道18.6公里，折合约1860米，实现重点林区巡查全覆盖。",
    # 42吨 = 42000公斤; 4200 = 42000 / 10
    "全年集中销毁查扣的假冒伪劣农资42吨，折合约4200公斤，未发生二次污染。",
]

TRAPS = [
    # 326 / 15 = 21.73 → 21.7
    "督促当事人履行恢复义务，全年完成补植复绿面积326亩，折合约21.7公顷，栽植苗木2.4万株。",
    # 326 / 15 = 21.73 → 22 (an integer restatement, rounded)
    "督促当事人履行恢复义务，全年完成补植复绿面积326亩，折合22公顷，栽植苗木2.4万株。",
    # 645 / 15 = 43
    "全年依法拆除违法占地建筑物，恢复耕地面积645亩，折合43公顷，相关责任人均已依法处理。",
    # 1230 / 15 = 82
    "开展打击毁林专项行动，收回被违法占用的林地1230亩，约合82公顷，已全部移交属地管护。",
    # 158 / 15 = 10.53 → 11
    "全年督促整改非法采砂点位，修复河滩地158亩，折合11公顷，整改销号率100%。",
    # 18.6 × 1000 = 18600
    "全年新建和改造山区巡查步道18.6公里，折合18600米，实现重点林区巡查全覆盖。",
    # 42 × 1000 = 42000
    "全年集中销毁查扣的假冒伪劣农资42吨，折合42000公斤，未发生二次污染。",
]


@pytest.mark.parametrize("text", SLIPS)
def test_restated_slip_found(text: str) -> None:
    assert any(code == "N201" for code, _ in errors(text)), text


@pytest.mark.parametrize("text", TRAPS)
def test_restated_trap_silent(text: str) -> None:
    assert _any(text, codes=("N201",)) == [], text


def test_rounded_integer_is_no_warning() -> None:
    # 158 / 15 = 10.53: printed 10 it is off (10.53 is not in [9.5, 10.5)) but no slip
    found = _any("全年修复河滩地158亩，折合10公顷，整改销号率100%。", codes=("N201",))
    assert [code for code, _ in found] == ["N201"]
    assert errors("全年修复河滩地158亩，折合10公顷，整改销号率100%。") == []


def test_message_names_both_figures() -> None:
    messages = [m for code, m in errors(SLIPS[0]) if code == "N201"]
    assert messages and "326亩" in messages[0] and "217公顷" in messages[0]


# --- a list item named by a party value (涉外, 涉企, 涉农) is a kind, not a turn to topics ---
# (partition.py ``_readings``; a topic turn, 「…，涉及公安30件」, may still end the list)

TOPIC_ITEM_MISSES = [
    # 14320 + 43200 = 57520 > 18640 (涉外 part alone 43200 > 18640)
    "全市公证机构全年办理公证事项18640件，其中国内民事类14320件、涉外类4.32万件，群众满意率99%。",
    # 118 + 215 = 333 > 326
    "全年受理行政复议申请326件，其中市场监管类案件118件、涉农案件215件，均在法定期限内审结。",
    # 780 + 536 = 1316 > 1260
    "全年受理法律援助申请1260件，其中刑事类780件、涉农民工欠薪类536件，挽回经济损失2300余万元。",
    # 4.1万 + 5.2万 = 9.3万 > 8.6万
    "全年办结12345热线工单8.6万件，其中城市管理类4.1万件、涉企诉求5.2万件，按时办结率98.6%。",
    # 58 + 41 = 99 > 96
    "全年审查行政合同96件，其中政府采购合同58件、涉企合同41件，提出修改意见230条。",
]

TOPIC_ITEM_TRAPS = [
    # 14320 + 4320 = 18640
    "全市公证机构全年办理公证事项18640件，其中国内民事类14320件、涉外类4320件，群众满意率99%。",
    # 680 + 536 = 1216 <= 1260: a partial list
    "全年受理法律援助申请1260件，其中刑事类680件、涉农民工欠薪类536件，挽回经济损失2300余万元。",
    # 40 + 24 = 64; 涉及公安机关30件 after a comma: another split (topics) of the 64
    "全年作出行政复议决定64件，其中维持40件、纠错24件，涉及公安机关30件。",
    # 4.1万 + 2.2万 = 6.3万 <= 8.6万
    "全年办结12345热线工单8.6万件，其中城市管理类4.1万件、涉企诉求2.2万件，按时办结率98.6%。",
    # 61 + 34 = 95; 42 of the 95 concern 市场监管 (after a comma)
    "全年审结行政复议案件95件，其中维持61件、撤销34件，涉及市场监管部门的42件。",
    # 176 + 64 = 240 <= 318; 279 reached agreement (an outcome of the 318, no part of the list)
    "全年受理医疗纠纷调解申请318件，其中涉及公立医院的纠纷176件、涉及基层医疗机构的纠纷64件，经调解达成协议279件。",
]


@pytest.mark.parametrize("text", TOPIC_ITEM_MISSES)
def test_topic_item_in_list_found(text: str) -> None:
    assert any(code == "N101" for code, _ in errors(text)), text


@pytest.mark.parametrize("text", TOPIC_ITEM_TRAPS)
def test_topic_item_trap_silent(text: str) -> None:
    assert _any(text, codes=("N101", "N102")) == [], text


# --- a standard paid to each member of a set (每个村, 每校, 每家) times the members' count ---
# (magnitude.py ``_standard_products``: the count of members may stand before the standard,
# named by the member's noun right after it; only a power-of-ten slip is read)

STANDARD_SLIPS = [
    # 96 × 1.2万 = 115.2万; stated 11.52万 (÷10)
    "全县96个行政村（社区）均配备法律顾问，县财政按照每个村（社区）每年1.2万元的标准安排顾问经费，共计11.52万元。",
    # 218 × 1.5万 = 327万; stated 32.7万
    "全县为218个行政村各配备1名法律顾问，按照每个村每年1.5万元的标准落实顾问补贴，全年共计支出补贴32.7万元。",
    # 46 × 8000 = 368000 = 36.8万; stated 3.68万
    "为全区46所中小学校聘请法治副校长，按每校每年8000元标准安排工作经费，全年累计拨付经费3.68万元。",
    # 37 × 5000 = 18.5万; stated 185万 (×10)
    "全市建成37家公共法律服务工作站，按照每家每年5000元的标准给予运行补助，全年发放补助185万元。",
    # 23 × 1500 × 12 = 414000 = 41.4万; stated 4.14万
    "全镇23个村（社区）设立人民调解委员会，按每个村每月1500元的标准发放调解补贴，全年拨付4.14万元。",
]

STANDARD_TRAPS = [
    # 96 × 1.2万 = 115.2万
    "全县96个行政村（社区）均配备法律顾问，县财政按照每个村（社区）每年1.2万元的标准安排顾问经费，共计115.2万元。",
    # 218 × 1.5万 = 327万
    "全县218个行政村均配备法律顾问，按照每个村每年1.5万元的标准落实顾问补贴，全年共计支出补贴327万元。",
    # 46 × 8000 = 36.8万
    "为全区46所中小学校聘请法治副校长，按每校每年8000元标准安排工作经费，全年累计拨付经费36.8万元。",
    # 37 × 5000 = 18.5万; 17万 is no power-of-ten shift (some stations opened in the year)
    "全市建成37家公共法律服务工作站，按照每家每年5000元的标准给予运行补助，全年发放补助17万元。",
    # 23 × 1500 × 12 = 41.4万
    "全镇23个村（社区）设立人民调解委员会，按每个村每月1500元的标准发放调解补贴，全年拨付41.4万元。",
]


def _standard_findings(text: str) -> list[str]:
    return [m for _, m in _any(text, codes=("N205",)) if m.startswith("每")]


@pytest.mark.parametrize("text", STANDARD_SLIPS)
def test_member_standard_slip_found(text: str) -> None:
    assert _standard_findings(text), text


@pytest.mark.parametrize("text", STANDARD_TRAPS)
def test_member_standard_trap_silent(text: str) -> None:
    assert _standard_findings(text) == [], text


def test_member_standard_message_shows_product() -> None:
    # 154 × 2万 = 308万 against 30.8万
    text = (
        "全区154个村（社区）共聘请法律顾问186名；区财政按照每个村（社区）每年2万元的标准"
        "安排法律顾问经费，共计30.8万元。"
    )
    assert any("154个" in m and "308万元" in m for m in _standard_findings(text))
