"""Session 30 round 2, coder stages: a later stage told with a verb no stage list names (issue 9).

1. A 其中 list whose parts are named by a kind alone (有效信件698件) may end before a clause
   opening with a state of handling and a verb (「已转有关部门办理344件」「已办结328件」): what
   became of the letters is another dimension and may be of one part only, so the parts are not
   summed against the whole in every reading (a false N101 error before).
2. A figure opening its clause after a comma with its verb of taking the matters in told after
   it (「，344件已转有关部门办理，」) is the stage an elided outcome right after it counts, as the
   verb-first wording is: the outcome above it is the N107 warning.
3. A clause of a verb of taking matters in alone (「，处理354.3万家次」) right after a figure that
   counts things by another such verb and a noun of its own (检查定点医药机构…家次) tells what
   became of those things: above them it is the N107 warning.
"""

from __future__ import annotations

import pytest
from relation_helpers import FLOW_CODES, errors, findings

STATE_AFTER_KINDS = [
    # consistent: no N101 — the states are of the valid letters, not more parts of the whole
    "本月共收到群众来信850件，其中有效信件512件，已转相关部门办理301件，已办结276件。",
    "全年收到网民留言2400条，其中实名留言1630条，已转交承办单位办理1420条，已办结1390条。",
]

COUNT_FIRST_STAGE = [
    # (contradiction, consistent twin)
    (
        "本月共收到群众来信850件，其中有效信件512件，301件已转相关部门办理，已办结316件。",
        "本月共收到群众来信850件，其中有效信件512件，301件已转相关部门办理，已办结276件。",
    ),
    (
        "全年受理网民留言2400条，1420条已交由承办单位办理，已办结1490条。",
        "全年受理网民留言2400条，1420条已交由承办单位办理，已办结1390条。",
    ),
]


@pytest.mark.parametrize("text", STATE_AFTER_KINDS)
def test_state_after_kinds_is_no_further_part(text: str) -> None:
    assert not errors(text), text


@pytest.mark.parametrize(("wrong", "right"), COUNT_FIRST_STAGE)
def test_stage_told_after_its_figure(wrong: str, right: str) -> None:
    found = findings(wrong, codes=FLOW_CODES)
    assert found, wrong
    assert not errors(wrong), wrong
    assert not findings(right, codes=FLOW_CODES), right
    assert not errors(right), right


HANDLED_ALONE = [
    # (contradiction, consistent twin)
    (
        "今年以来，全市共检查食品经营单位4620家次，处理4810家次，罚没款86.5万元。",
        "今年以来，全市共检查食品经营单位4620家次，处理410家次，罚没款86.5万元。",
    ),
    (
        "全年巡查河道点位540个，及时处理566个，清理垃圾32吨。",
        "全年巡查河道点位540个，及时处理56个，清理垃圾32吨。",
    ),
]


@pytest.mark.parametrize(("wrong", "right"), HANDLED_ALONE)
def test_handled_alone_after_its_intake(wrong: str, right: str) -> None:
    found = findings(wrong, codes=FLOW_CODES)
    assert found, wrong
    assert all(code == "N107" for code, _ in found), found
    assert not errors(wrong), wrong
    assert not findings(right, codes=FLOW_CODES), right
