"""A later stage pointing back at an earlier stage's set (session 12, s12-missA).

「经审查依法受理148件…。上述受理案件已审结152件」: the concluded figure's own words name the set
of the accepted cases told before (上述/以上/前述/这些 + the stage's verb + what it counts), so
it is judged against that figure, not the received one: more than it is N107 (an error; a
warning when the text speaks of carry-over).

Every sentence is written for these tests (none from a blind set); each verdict was derived by
hand (the arithmetic is in the comment above it)."""

from __future__ import annotations

import pytest
from relation_helpers import errors as _errors
from relation_helpers import findings as _any

WRONG = [
    # 152 > 148 accepted (163 received)
    "区政府共收到行政复议申请163件，经审查依法受理148件。上述受理案件已审结152件。",
    # 96 > 93
    "全年收到信息公开申请101件，受理93件，上述受理的申请已全部答复96件。",
    # 58 > 55
    "全年接收劳动争议调解申请60件，受理55件；以上受理案件已调解结案58件。",
    # 214 > 209
    "全年收到信访事项230件，受理209件。前述受理事项已办结214件，群众满意率96%。",
    # 41 > 38 (Chinese numerals)
    "全年收到行政裁决申请四十五件，受理三十八件，上述受理案件已办结四十一件。",
    # 127 > 120
    "全年收到投诉举报线索140条，受理120件，这些受理线索已核查办结127件。",
    # 33 > 31
    "全年收到赔偿申请36件，受理31件。上述受理申请中已审结33件。",
    # 88 > 84
    "全年收到听证申请90件，受理84件，以上受理的申请已办结88件。",
]

RIGHT = [
    # 146 ≤ 148
    "区政府共收到行政复议申请163件，经审查依法受理148件。上述受理案件已审结146件。",
    # 93 ≤ 93
    "全年收到信息公开申请101件，受理93件，上述受理的申请已全部答复93件。",
    # 55 ≤ 55
    "全年接收劳动争议调解申请60件，受理55件；以上受理案件已调解结案55件。",
    # 209 ≤ 209
    "全年收到信访事项230件，受理209件。前述受理事项已办结209件，群众满意率96%。",
    # 36 ≤ 38
    "全年收到行政裁决申请四十五件，受理三十八件，上述受理案件已办结三十六件。",
    # pointing back at the received set (not a stage before the concluded): 127 ≤ 140
    "全年收到投诉举报线索140条，受理120条，上述收到的线索已全部核查，核查属实127条。",
    # 29 ≤ 31
    "全年收到赔偿申请36件，受理31件。上述受理申请中已审结29件。",
    # 80 ≤ 84
    "全年收到听证申请90件，受理84件，以上受理的申请已办结80件。",
]


@pytest.mark.parametrize("text", WRONG)
def test_later_stage_above_the_set_it_names(text: str) -> None:
    assert {code for code, _ in _any(text)} & {"N101", "N103", "N107"}


@pytest.mark.parametrize("text", RIGHT)
def test_later_stage_within_the_set_it_names(text: str) -> None:
    assert not [f for f in _any(text) if f[0] in ("N101", "N103", "N107")]
    assert not _errors(text)
