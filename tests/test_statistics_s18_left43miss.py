"""Session 18 (s18-left43miss): misses of set 43.

* a run of figures each right after its own year (「2022年21件、2023年27件、2024年34件」) is a
  year list like one with 分别: a change naming two of its years is read against their figures
  (relations/change.py ``_tagged_years``);
* the year after 到 of a level reached (「由2023年的64场次增加到2024年的96场次」) is the level's
  own time, not a period compared with (change.py ``_pairs``); 「两年间」 is no figure
  (numbers.toml ``numerals.idioms``);
* a measure character after no word of quantity is part of a noun (事项, 项目): the announcing
  clause may run past it to 分别是 (relations/announced.py ``_LATE_OPENER_RE``).

Every sentence is written for these tests; the arithmetic in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import findings

YEAR_LIST_MISSES = [
    # 80 / 64 - 1 = 25.0%, stated 18.5%
    "全县办理食品安全举报线索2022年58件、2023年64件、2024年80件，2024年较2023年增长18.5%。",
    # 100 / 125 - 1 = -20.0%, stated 12.0%
    "受理违法建设投诉2021年140件、2022年125件、2023年100件，2023年比2022年下降12.0%。",
    # 45 / 36 - 1 = 25.0%, stated 20.0%
    "开展安全生产执法检查2022年30次、2023年36次、2024年45次，2024年较上年增长20.0%。",
    # 63 / 42 - 1 = 50.0%, stated 40.0%
    "办理法律援助案件2021年35件、2022年42件和2023年63件，2023年较2022年增长40.0%。",
]
YEAR_LIST_TRAPS = [
    # 80 / 64 - 1 = 25.0%
    "全县办理食品安全举报线索2022年58件、2023年64件、2024年80件，2024年较2023年增长25.0%。",
    # 100 / 125 - 1 = -20.0%
    "受理违法建设投诉2021年140件、2022年125件、2023年100件，2023年比2022年下降20.0%。",
    # 45 / 36 - 1 = 25.0%
    "开展安全生产执法检查2022年30次、2023年36次、2024年45次，2024年较上年增长25.0%。",
    # 63 / 35 - 1 = 80.0%: 2023 against 2021, as named
    "办理法律援助案件2021年35件、2022年42件和2023年63件，2023年较2021年增长80.0%。",
]
REACHED_MISSES = [
    # 96 / 64 = 1.5 times, 翻了一番 says 2
    "普法活动由2023年的64场次增加到2024年的96场次，实现翻了一番。",
    # 240 / 150 - 1 = 60%, stated 70%
    "文化市场执法检查由2023年的150家次增加到2024年的240家次，增幅达到70%。",
    # 95.1 - 83.5 = 11.6 points, stated 10.6
    "行政许可网上办理率由2022年的83.5%提高到2024年的95.1%，两年间提高了10.6个百分点。",
    # 310 / 124 - 1 = 150%, stated 120%
    "调解案件数由2022年的124件增加到2024年的310件，三年间增长120%。",
]
REACHED_TRAPS = [
    # 128 / 64 = 2
    "普法活动由2023年的64场次增加到2024年的128场次，实现翻了一番。",
    # 240 / 150 - 1 = 60%
    "文化市场执法检查由2023年的150家次增加到2024年的240家次，增幅达到60%。",
    # 95.1 - 83.5 = 11.6 points
    "行政许可网上办理率由2022年的83.5%提高到2024年的95.1%，两年间提高了11.6个百分点。",
    # 310 / 124 - 1 = 150%
    "调解案件数由2022年的124件增加到2024年的310件，三年间增长150%。",
]
LISTED_MISSES = [
    # 3 announced, 4 named
    "全年市政府对3项重大行政决策事项组织召开听证会，分别是城市生活垃圾处理收费标准调整、中心城区停车收费管理办法修订、公办幼儿园保育教育费调整、老旧小区改造补助标准调整。",
    # 2 announced, 3 named
    "全年对2项涉企收费事项开展成本监审，分别是城市供水价格、管道天然气配气价格、污水处理费。",
    # 4 announced, 5 named
    "对4个重点建设项目开展法律风险评估，分别是城南污水处理厂、东湖大桥、体育中心、人民医院新院区、会展中心。",
    # 3 announced, 2 named
    "对3项市级重大民生事项组织开展专家论证，分别是农贸市场升级改造和公共自行车系统建设。",
]
LISTED_TRAPS = [
    # 4 announced, 4 named
    "全年市政府对4项重大行政决策事项组织召开听证会，分别是城市生活垃圾处理收费标准调整、中心城区停车收费管理办法修订、公办幼儿园保育教育费调整、老旧小区改造补助标准调整。",
    # 3 announced, 3 named
    "全年对3项涉企收费事项开展成本监审，分别是城市供水价格、管道天然气配气价格、污水处理费。",
    # 5 announced, 5 named
    "对5个重点建设项目开展法律风险评估，分别是城南污水处理厂、东湖大桥、体育中心、人民医院新院区、会展中心。",
    # 2 announced, 2 named
    "对2项市级重大民生事项组织开展专家论证，分别是农贸市场升级改造和公共自行车系统建设。",
]


@pytest.mark.parametrize("text", YEAR_LIST_MISSES + REACHED_MISSES)
def test_change_found(text: str) -> None:
    assert any(code in ("N108", "N106") for code, _ in findings(text))


@pytest.mark.parametrize("text", YEAR_LIST_TRAPS + REACHED_TRAPS)
def test_change_consistent(text: str) -> None:
    assert findings(text) == []


@pytest.mark.parametrize("text", LISTED_MISSES)
def test_listed_found(text: str) -> None:
    assert any(code == "N203" for code, _ in findings(text))


@pytest.mark.parametrize("text", LISTED_TRAPS)
def test_listed_consistent(text: str) -> None:
    assert findings(text) == []
