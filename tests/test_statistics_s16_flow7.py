"""Session 16 (s16-flow7): more closed than filed when the text rules the carry-over out, and
a review's outcome made by its form (作出…意见).

* with no carry-over (numbers.toml ``clauses.no-carry``), a figure closed by a verb that closes
  only what was filed or accepted (结案, 审结, 执结: ``clauses.filed-closing``) cannot exceed the
  accepted figure told after what was received, whatever more was received (relations/flow.py
  ``_closes_filed``); what was answered or handled (办结) may be of the received;
* 「作出复查意见52件」「作出审查结论」 is an outcome of the review by its form, as 作出…决定 is
  (flow.py ``_DECIDED_RE``): more than were accepted, with no carry-over, is an error.

Every sentence is written for these tests; the arithmetic in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import errors
from relation_helpers import findings as _any

CODES = ("N101", "N102", "N103", "N107")

FILED_MISSES = [
    # 立案 39, 结案 43 > 39, no carry-over
    "全年共接到涉水违法问题线索58件，经调查核实立案查处39件，年内结案43件（本年度无上年结转案件）。",
    # 立案 126, 结案 131 > 126 (无上年结转)
    "全年接收交通违法举报线索402条，立案调查126件，全年结案131件，无上年结转案件。",
    # 受理 64, 审结 66 > 64 (均为当年新收)
    "全年收到行政复议申请81件，依法受理64件，审结66件，上述案件均为当年新收。",
    # 立案 18, 结案 20 > 18 (不含上年结转)
    "全年接到价格违法举报97件，其中立案查处18件，当年结案20件（不含上年结转）。",
    # 立案 52, 执结 55 > 52
    "全年收到强制执行申请70件，经审查立案执行52件，执结55件，无上年结转案件。",
    # 立案 230, 结案 236 > 230
    "全年接收安全生产举报线索611条，立案查处230件，结案236件，上年度无结转案件。",
    # 受理 45, 审结 47 > 45
    "共收到行政裁决申请52件，依法受理45件，年内审结47件，均为本年度新收案件。",
    # 立案 9, 结案 11 > 9
    "全年接到违法排污举报46件，立案查处9件，结案11件，没有上年结转案件。",
]

FILED_TRAPS = [
    # 办结 250 of the 264 received (answered complaints): 办结 is no filed closing
    "全年共接到举报投诉264件，经核查立案查处71件，办结投诉举报250件（无上年结转案件）。",
    # 结案 69 <= 71
    "全年共接到举报投诉264件，经核查立案查处71件，当年结案69件（无上年结转案件）。",
    # carry-over told: 39 + 6 = 45 >= 43
    "全年接到问题线索58件，立案查处39件，结案43件（含上年结转6件），尚有2件正在办理。",
    # no denial of a carry-over: 43 > 39 is at most a warning, never an error
    "全年接到问题线索58件，立案查处39件，结案43件，收缴罚没款86.5万元。",
    # closed before acceptance told (不予受理): no error
    "全年收到申请81件，受理64件，不予受理17件，审结64件，均为当年新收。",
    # 审结 64 = 受理 64
    "全年收到行政复议申请81件，依法受理64件，审结64件，上述案件均为当年新收。",
    # 答复 75 of the 81 received (a reply is no filed closing)
    "全年收到政府信息公开申请81件，受理64件，答复75件，均为当年新收申请。",
    # 执结 50 <= 52
    "全年收到强制执行申请70件，经审查立案执行52件，执结50件，无上年结转案件。",
]

DECIDED_MISSES = [
    # 受理 47, 作出复查意见 52 > 47, no carry-over
    "全年受理信访事项复查申请38件，均为本年度新收申请；已作出复查意见41件，复查意见全部按期送达。",
    # 受理 120, 作出审查意见 126 > 120
    "全年受理规范性文件备案审查申请120件，均为当年受理，作出审查意见126件。",
]

DECIDED_TRAPS = [
    # 作出复查意见 45 + 在办 2 = 47
    "全年受理信访事项复查申请47件，无上年结转；已作出复查意见45件，2件正在办理。",
    # 作出审查结论 118 <= 120
    "全年受理规范性文件备案审查申请120件，均为当年受理，作出审查结论118件。",
]


@pytest.mark.parametrize("text", FILED_MISSES + DECIDED_MISSES)
def test_more_closed_than_filed_is_an_error(text: str) -> None:
    assert [c for c, _ in errors(text) if c in CODES]


@pytest.mark.parametrize("text", FILED_TRAPS + DECIDED_TRAPS)
def test_closed_within_filed_is_no_error(text: str) -> None:
    assert not [c for c, _ in errors(text) if c in CODES]


def test_without_a_denied_carry_over_it_stays_a_warning_at_most() -> None:
    # 43 > 39 with nothing said of a carry-over: last year's cases may be closed this year
    text = "全年接到问题线索58件，立案查处39件，结案43件，收缴罚没款86.5万元。"
    assert not [c for c, _ in errors(text) if c == "N107"]
    assert _any(text, codes=CODES) is not None
