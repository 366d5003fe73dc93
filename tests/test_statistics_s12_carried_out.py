"""Cases carried OUT to next year are no carry-over into the year (session 12, s12-missA).

「受理46件，审结43件，另有5件结转至下一年度办理」: 结转 here says what is left of this year's
intake (a pending word of numbers.toml ``clauses.pending``), not that cases came in from last
year — so it explains no excess: concluded + still open may not exceed the intake (N101).

Traps: the same shapes adding up; a real carry-in beside the carry-out (上年结转) explains an
excess. Every sentence is written for these tests (none from a blind set); each verdict was
derived by hand (the arithmetic is in the comment above it)."""

from __future__ import annotations

import pytest
from relation_helpers import errors as _errors
from relation_helpers import findings as _any

WRONG = [
    # 43+5 = 48 > 46
    "县政府全年受理行政复议申请46件，审结43件，另有5件结转至下一年度办理。",
    # 118+9 = 127 > 124
    "全年受理劳动争议仲裁案件124件，审结118件，9件结转下一年度继续审理。",
    # 305+14 = 319 > 316
    "全年受理信访事项316件，办结305件，另有14件转入下一年度办理。",
    # 61+4 = 65 > 63
    "全年受理行政裁决申请63件，已办结61件，4件结转到下一年度。",
    # 212+11 = 223 > 220
    "全年受理政府信息公开申请220件，答复212件，11件因在答复期限内结转下年。",
    # 87+6 = 93 > 90 (the scope names the accepted)
    "全年收到复议申请97件，受理90件，受理的案件中审结87件，另有6件结转至下一年度审理。",
    # 140+12 = 152 > 150
    "全年受理投诉举报150件，办结140件，12件顺延至下一年度办理。",
    # 33+3 = 36 > 35
    "全年受理行政赔偿申请35件，审结33件，另有3件结转至下一年审理。",
]

RIGHT = [
    # 41+5 = 46
    "县政府全年受理行政复议申请46件，审结41件，另有5件结转至下一年度办理。",
    # 115+9 = 124
    "全年受理劳动争议仲裁案件124件，审结115件，9件结转下一年度继续审理。",
    # a carry-in beside: 316+3 = 319 = 305+14
    "全年受理信访事项316件，上年结转3件，办结305件，另有14件转入下一年度办理。",
    # 59+4 = 63
    "全年受理行政裁决申请63件，已办结59件，4件结转到下一年度。",
    # 209+11 = 220
    "全年受理政府信息公开申请220件，答复209件，11件因在答复期限内结转下年。",
    # 84+6 = 90
    "全年收到复议申请97件，受理90件，受理的案件中审结84件，另有6件结转至下一年度审理。",
    # a carry-in named (上年结转的8件): 150+8 = 158 = 146+12
    "全年受理投诉举报150件，加上上年结转的8件，办结146件，12件顺延至下一年度办理。",
    # 32+3 = 35
    "全年受理行政赔偿申请35件，审结32件，另有3件结转至下一年审理。",
]


@pytest.mark.parametrize("text", WRONG)
def test_carried_out_explains_no_excess(text: str) -> None:
    assert {code for code, _ in _any(text)} & {"N101", "N102", "N107"}


@pytest.mark.parametrize("text", RIGHT)
def test_carried_out_that_balances(text: str) -> None:
    assert not _any(text)
    assert not _errors(text)
