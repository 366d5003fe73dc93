"""Session 26, coder lists: announced counts (N203) whose noun is not written after them.

1. A count closing its sentence with no noun after its measure (「…、行政检查五类。」) counts
   the 顿号 list right before it (the noun is elided: the items are what it counts) — not a
   list whose clause holds a figure (「商务楼宇6栋、中小学4所。」: counts of their own).
2. A count in a bracket after its noun, right before a colon (「县（市、区）政府（17个）：」),
   counts the list after the colon.
3. A space between digits and their measure (「等8 个一级指标」) is no end of the count.
"""

from __future__ import annotations

import pytest
from relation_helpers import findings

CONTRADICTIONS = [
    # (text, the count as the message quotes it, the items it found)
    ("检查事项分为消防、用电、燃气、食品安全三类。", "说有3类", "4项"),
    (
        "今年新设立的调解组织有交通事故、医疗纠纷、劳动争议、物业纠纷、婚姻家庭4个；",
        "说有4个",
        "5项",
    ),
    ("参加联合执法的单位是区市场监管局、区城管局和区公安分局四家。", "说有4家", "3项"),
    ("试点乡镇（6个）：城关镇、河口镇、新桥镇、石门镇、柳林镇。", "说有6个", "5项"),
    ("二、重点督办事项（3项）：供水改造；道路修缮；垃圾清运；停车管理。", "说有3项", "4项"),
    ("一、示范单位（4家）:区司法局、区税务局、区医保局。", "说有4家", "3项"),
    ("全年开展的专项行动有扫黑除恶、食品安全、安全生产 4 项行动。", "说有4项", "3项"),
    (
        "本报告分为总体情况、主动公开、依申请公开、复议诉讼、存在问题、其他事项等5 个部分。",
        "说有5个",
        "6项",
    ),
]

CONSISTENT = [
    "检查事项分为消防、用电、燃气、食品安全四类。",
    "今年新设立的调解组织有交通事故、医疗纠纷、劳动争议、物业纠纷、婚姻家庭5个；",
    "参加联合执法的单位是区市场监管局、区城管局和区公安分局三家。",
    "试点乡镇（5个）：城关镇、河口镇、新桥镇、石门镇、柳林镇。",
    "二、重点督办事项（4项）：供水改造；道路修缮；垃圾清运；停车管理。",
    "全年开展的专项行动有扫黑除恶、食品安全、安全生产 3 项行动。",
    "本报告分为总体情况、主动公开、依申请公开、复议诉讼、存在问题、其他事项等6 个部分。",
    # counts of their own in the list's clause: the closing count is one of them
    "辖区内有商务楼宇6栋、中小学4所。",
    "全年办理行政许可、行政处罚共3件。",
    "公示的执法类别暂定为许可、处罚、强制、检查四种",
]


@pytest.mark.parametrize(("text", "count", "items"), CONTRADICTIONS)
def test_count_against_its_list(text: str, count: str, items: str) -> None:
    found = findings(text, codes=("N203",))
    assert found, text
    message = found[0][1]
    assert count in message and items in message


@pytest.mark.parametrize("text", CONSISTENT)
def test_consistent_stays_silent(text: str) -> None:
    assert findings(text, codes=("N203",)) == []
