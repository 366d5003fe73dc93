"""An ordinal that names a congress or a plenum (党的二十大, 十九届, 三中全会) counts nothing.

「全面准确学习领会党的二十大精神。一是…；二是…；三是…。」 was read as 20 announced and three
listed (a false N203 on a published report). The names are data (numbers.toml
``numerals.ordinal-names``); a real count beside them is still checked. Sentences written for
these tests, verdicts by hand.
"""

from __future__ import annotations

import pytest
from relation_helpers import errors

SILENT = [
    "全面准确学习领会党的二十大精神。一是加强政治建设；二是加强思想建设；三是加强组织建设。",
    "深入学习贯彻党的十九大精神，一是健全学习制度；二是开展专题研讨。",
    "学习贯彻党的二十届三中全会精神：一是深化改革；二是完善制度；三是强化监督；四是优化服务。",
    "认真贯彻党的十八大以来的决策部署，一是推进依法行政；二是规范执法行为。",
    "学习宣传贯彻党的十九届六中全会精神，一是组织宣讲；二是开展培训；三是推动落实。",
    "把学习贯彻党的二十大精神作为首要政治任务：一是理论学习，二是宣讲宣传。",
    "深入贯彻党的二十届四中全会精神，一是谋划“十五五”法治建设；二是完善依法决策机制。",
    "贯彻落实党的十八届四中全会关于全面推进依法治国的部署，一是健全制度；二是强化监督。",
]

KEPT = [
    # three announced, two listed
    "学习贯彻党的二十大精神，制定三项配套制度：一是学习制度；二是督查制度。",
    # four announced, three listed
    "贯彻党的十九大精神，开展四项专项行动：一是清理证明事项；二是规范涉企检查；三是整治执法乱象。",
    # two announced, three listed
    "学习党的二十届三中全会精神，形成两项成果：一是修订议事规则；二是出台决策程序；三是完善清单。",
    # five announced, four listed
    "落实党的十八大以来部署，推出五项便民措施：一是延时服务；二是预约办理；三是帮办代办；四是容缺受理。",
    # three announced, two listed (the ordinal before does not stand in for them)
    "围绕党的二十大部署，建立三项机制：一是联席会议机制；二是信息共享机制。",
    # six announced, five listed
    "贯彻十九届六中全会精神，完善六项制度：一是议事制度；二是决策制度；三是督办制度；四是考核制度；五是问责制度。",
    # four announced, three listed
    "贯彻党的二十届四中全会精神，明确四项重点：一是科学立法；二是严格执法；三是公正司法。",
    # three announced, four listed
    "学习十八届四中全会决定，落实三项任务：一是健全制度；二是规范执法；三是强化监督；四是推进普法。",
]


@pytest.mark.parametrize("text", SILENT)
def test_an_ordinal_name_counts_nothing(text: str) -> None:
    assert errors(text) == []


@pytest.mark.parametrize("text", KEPT)
def test_a_count_beside_it_is_still_checked(text: str) -> None:
    assert "N203" in [code for code, _ in errors(text)], errors(text)
