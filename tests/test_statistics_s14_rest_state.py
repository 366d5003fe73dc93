"""A 其余 whose words before its figure tell a state under way (session 14, s14-flow3):
「撤销的112件，维持的1186件，其余尚在调查核实中的有14件」 — the 中 of 尚在…中 is no scope (unlike
「其余案件中有20件」), so the rest completes the split of the whole before it
(relations/partition.py ``_COMPLEMENT_RE``).

Every sentence is written for these tests; each verdict derived by hand, the arithmetic in
the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import errors as _errors
from relation_helpers import findings as _any

WRONG = [
    # 112 + 1186 + 14 = 1312 ≠ 1305
    "全年共受理处罚申诉1305件，予以撤销的112件，维持原处罚的1186件，其余尚在调查核实中的有14件。",
    # 872 + 41 + 29 = 942 ≠ 946 (Chinese numerals)
    "全年受理变更申请九百四十六件，准予变更的八百七十二件，不予变更的四十一件，其余尚在审查中的有二十九件。",
    # 530 + 62 + 17 = 609 ≠ 604
    "全年受理劳动争议案件604件，调解结案530件，裁决结案62件，其余仍在审理中的17件。",
    # 85 + 9 = 94 ≠ 97
    "全年收到行政赔偿申请97件，决定赔偿85件，其余正在审查中的有9件。",
    # 201 + 33 + 8 = 242 ≠ 239
    "全年受理复议案件239件，维持201件，撤销33件，其余还在审理中的8件。",
    # 64 + 11 = 75 ≠ 72
    "共排查矛盾纠纷72起，化解64起，其余尚在调处中的11起。",
    # 1,420 + 96 = 1,516 ≠ 1,508
    "全年接收信访事项1,508件，已办结1,420件，其余仍在办理过程中的96件。",
    # 38 + 5 + 4 = 47 ≠ 45
    "全年收到听证申请45件，举行听证38件，撤回5件，其余正在组织中的4件。",
]

RIGHT = [
    # 112 + 1179 + 14 = 1305
    "全年共受理处罚申诉1305件，予以撤销的112件，维持原处罚的1179件，其余尚在调查核实中的有14件。",
    # a scope: 其余案件中 names a part of the rest (7 of 7 is no split of 1305)
    "全年共受理申诉1305件，撤销112件，维持1186件，其余案件中有7件已移送。",
    # a scope of the rest: 其余的信访件中 (12 among them)
    "全年接收信访事项1,508件，已办结1,420件，其余的信访件中12件已进入复查程序。",
    # 530 + 62 + 12 = 604
    "全年受理劳动争议案件604件，调解结案530件，裁决结案62件，其余仍在审理中的12件。",
    # 85 + 12 = 97
    "全年收到行政赔偿申请97件，决定赔偿85件，其余正在审查中的有12件。",
    # 64 + 8 = 72
    "共排查矛盾纠纷72起，化解64起，其余尚在调处中的8起。",
    # the rest of another whole (上年结转 told): 201 + 33 + 8 = 242 = 239 + 3
    "全年受理复议案件239件，加上上年结转的3件，维持201件，撤销33件，其余还在审理中的8件。",
    # 38 + 5 + 2 = 45
    "全年收到听证申请45件，举行听证38件，撤回5件，其余正在组织中的2件。",
]


# (the 604 case is found by the flow's open rest as a warning: the concluded outcomes and the
# rest still open are read as a stock there, 530 + 62 + 17 = 609 > 604)
WARNED = {"全年受理劳动争议案件604件，调解结案530件，裁决结案62件，其余仍在审理中的17件。"}


@pytest.mark.parametrize("text", WRONG)
def test_a_rest_under_way_completes_the_split(text: str) -> None:
    found = _any(text, codes=("N101", "N102")) if text in WARNED else _errors(text)
    assert [c for c, _ in found if c in ("N101", "N102")], found


@pytest.mark.parametrize("text", RIGHT)
def test_consistent_or_scoped_rests_raise_nothing(text: str) -> None:
    assert _any(text, codes=("N101", "N102")) == [], _any(text)
