"""A figure of no stage whose own next clause says all of it was accepted (session 14,
s14-flow3): 「属于本部门职责范围的34087件，已全部受理；受理的工单中按时办结的34236件」 — the figure
is what was accepted, so a figure counted among the accepted cannot exceed it
(relations/flow.py ``_all_accepted_after``, read by the partition's scope groups too). Not
when the clause says more than that it was accepted, is negated, or names no word of all.

Every sentence is written for these tests; each verdict derived by hand, the arithmetic in
the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import errors as _errors
from relation_helpers import findings as _any

WRONG = [
    # 4902 among the accepted 4816 > 4816
    "全年接收投诉工单5,230件，经分拣属于本单位职责的4,816件，已全部受理；受理的工单中按期办结4,902件。",
    # 34236 > 34087
    "全年接收热线工单38512件，属于本部门职责范围的34087件，已全部受理；受理的工单中按时办结的34236件。",
    # 612 > 598
    "全年收到复议申请640件，符合受理条件的598件，均予以受理；受理的案件中已审结612件。",
    # 87 > 85
    "收到法律援助申请91件，经审查符合条件的85件，全部依法受理；受理的申请中已办结87件。",
    # 1290 > 1268
    "全年收到群众来信1,305件，属于本级职权范围的1,268件，均已受理；受理的来信中按期办结1,290件。",
    # 233 > 230
    "区市场监管局收到举报线索246条，核查后符合立案条件的230条，已全部立案；立案的线索中已结案233条。",
    # 45 > 44
    "全年收到行政赔偿申请52件，符合法定条件的44件，一律予以受理；受理的申请中作出赔偿决定45件。",
    # 519 > 506
    "全年收到信息公开申请530件，属于本机关公开职责的506件，已经全部受理；受理的申请中已答复519件。",
]

RIGHT = [
    # 4802 ≤ 4816
    "全年接收投诉工单5,230件，经分拣属于本单位职责的4,816件，已全部受理；受理的工单中按期办结4,802件。",
    # the clause says more than acceptance (全部受理并转办): 4902 ≤ 5230 received; no stage read
    "全年接收投诉工单5,230件，属于本单位职责的4,816件，全部受理并转交各科室办理；受理的工单中按期办结4,902件。",
    # negated (未全部受理): the figure is not what was accepted; 612 ≤ 640
    "全年收到复议申请640件，符合条件的598件，尚未全部受理；受理的案件中已审结612件。",
    # no word of all (已受理): a part may be pending acceptance; 87 ≤ 91
    "收到法律援助申请91件，经审查符合条件的85件，已受理；受理的申请中已办结87件。",
    # the clause names another figure's fate: 转办 is no acceptance; 1290 ≤ 1305
    "全年收到群众来信1,305件，属于本级职权范围的1,268件，均已转办；转办的来信中按期办结1,290件，其余已答复。",
    # 230 accepted; 228 ≤ 230
    "区市场监管局收到举报线索246条，核查后符合立案条件的230条，已全部立案；立案的线索中已结案228条。",
    # a carry-in named: the accepted set holds last year's too (45 > 44 allowed)
    "全年收到行政赔偿申请52件，符合法定条件的44件，一律予以受理，加上上年结转的3件；受理的申请中作出赔偿决定45件。",
    # 506 = 506
    "全年收到信息公开申请530件，属于本机关公开职责的506件，已经全部受理；受理的申请中已答复506件。",
]


@pytest.mark.parametrize("text", WRONG)
def test_counted_among_the_wholly_accepted_cannot_exceed_it(text: str) -> None:
    assert [c for c, _ in _errors(text)] == ["N101"], _errors(text)


@pytest.mark.parametrize("text", RIGHT)
def test_consistent_or_unstaged_figures_raise_nothing(text: str) -> None:
    assert _any(text, codes=("N101", "N107")) == [], _any(text)
