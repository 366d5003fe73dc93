"""A whole said to be acted on in full, then those brought to an end and those still under way
(session 14, s14-flow3): 「经核实属实的38件，已全部转交相关部门处理，目前办结31件、正在处理9件」 —
the two figures are the two sides of the whole (relations/partition.py ``_acted_on_groups``):
more is an error, fewer a warning (another state may go unnamed). Not without a word of all,
when the text counts a carry-in, when another figure of the unit follows in the statement,
or when one of the two is not a done or an open figure.

Every sentence is written for these tests; each verdict derived by hand, the arithmetic in
the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import errors as _errors
from relation_helpers import findings as _any

WRONG = [
    # 31 + 9 = 40 > 38
    "经核实属实的38件，已全部转交相关部门处理，目前办结31件、正在处理9件，群众满意度稳步提升。",
    # 118 + 19 = 137 > 132
    "街道对排查出的消防隐患132处全部下达整改通知书，截至年底已整改到位118处、正在整改的19处。",
    # 47 + 8 = 55 > 52
    "全年接到食品安全投诉举报52件，全部立案调查，目前已办结47件、正在调查8件。",
    # 206 + 31 = 237 > 229
    "市局收到人大代表建议229件，均已交由承办单位办理，截至11月底已办结206件，尚在办理31件。",
    # 64 + 12 = 76 > 71
    "全年发现违法建设71处，均已下达限期拆除通知，已拆除完毕64处、正在拆除12处。",
    # 15 + 4 = 19 > 17
    "巡查中发现问题线索17条，全部移交纪检部门处理，目前已办结15条，仍在核查4条。",
    # 88 + 25 = 113 > 109
    "全年受理群众诉求109件，都已分派到责任科室，已办结88件、正在办理25件。",
    # 305 + 42 = 347 > 340
    "县里梳理历史遗留问题340个，一律建立销号台账，目前已销号305个、正在化解的42个。",
]

SHORT = [
    # 31 + 5 = 36 < 38: fewer is a warning (another state may be unnamed)
    "经核实属实的38件，已全部转交相关部门处理，目前办结31件、正在处理5件。",
]

RIGHT = [
    # 31 + 7 = 38
    "经核实属实的38件，已全部转交相关部门处理，目前办结31件、正在处理7件，群众满意度稳步提升。",
    # the done and open figures told before the clause of all, of the year's older cases
    "今年办结积案47件、正在办理的积案8件；全年新接到投诉举报52件，全部录入系统。",
    # not all (未全部): 31 + 9 = 40 > 38 but nothing says every one was acted on
    "经核实属实的38件，尚未全部转交相关部门，目前办结31件、正在处理9件。",
    # carry-in named: the open and done may hold last year's (47 + 8 = 55 > 52)
    "全年新接到投诉举报52件，加上上年结转的6件，全部立案调查，目前已办结47件、正在调查8件。",
    # a third state follows in the statement: 31 + 9 + 2 > 38 is not judged as two sides
    "经核实属实的38件，已全部转交相关部门处理，目前办结31件、正在处理9件、移送2件。",
    # no open figure: a partial 其中 list (9 + 5 = 14 < 64)
    "对核查属实的64条线索全部立案查处，其中已移送司法机关9件、责令停产停业5件。",
    # another unit: 次 against 个 (120 inspections, 45 + 12 problems)
    "全年开展执法检查120次，全部录入执法平台，发现问题已整改45个、正在整改12个。",
    # past a full stop: a new statement about other things (47 + 8 > 52 unrelated)
    "全年接到投诉举报52件，全部登记在册。去年以来督办的积案中，已办结47件、正在办理8件。",
    # 118 + 14 = 132
    "街道对排查出的消防隐患132处全部下达整改通知书，截至年底已整改到位118处、正在整改的14处。",
]


@pytest.mark.parametrize("text", WRONG)
def test_done_and_open_beyond_the_whole_acted_on_is_an_error(text: str) -> None:
    assert [c for c, _ in _errors(text)] == ["N101"], _errors(text)


@pytest.mark.parametrize("text", SHORT)
def test_done_and_open_short_of_the_whole_is_a_warning(text: str) -> None:
    assert _errors(text) == []
    assert [c for c, _ in _any(text, codes=("N102",))] == ["N102"]


@pytest.mark.parametrize("text", RIGHT)
def test_consistent_or_unstated_splits_raise_nothing(text: str) -> None:
    assert _any(text, codes=("N101", "N102")) == [], _any(text)
