"""Outcomes of a set named again, all concluded (session 12, s12-missA).

「…受理8734件，对…72件不予受理。受理的申请已全部办结，办理结果分别为：准予许可8592件、不予许可
87件、撤回终止41件」: a sentence that names an intake stage's set again by a 的-clause (受理的
申请) and says all of it is concluded lists the outcomes of the latest figure of that stage
before it — they add up to it, not to the total of the sentence before (收到).

Traps: the outcomes adding up; a carry-in stated; a list said to be some (主要, 等); a set
named that is not all concluded. Every sentence is written for these tests (none from a blind
set); each verdict was derived by hand (the arithmetic is in the comment above it)."""

from __future__ import annotations

import pytest
from relation_helpers import errors as _errors
from relation_helpers import findings as _any

WRONG = [
    # 412+23+9 = 444, not 447 (受理 447 of 收到 460)
    "全年收到行政许可申请460件，受理447件，不予受理13件。受理的申请已全部办结，其中准予许可412件、不予许可23件、撤回9件。",
    # 286+31+12 = 329, not 326
    "全年收到复议申请340件，受理326件，对不符合条件的14件不予受理。受理的案件均已审结，结果分别为：维持286件、撤销31件、驳回12件。",
    # 95+7 = 102, not 104
    "全年接收信息公开申请110件，受理104件，不予受理6件。受理的申请已全部答复，予以公开95件，不予公开7件。",
    # 156+14+6 = 176, not 178
    "全年收到行政裁决申请185件，受理178件。受理的案件已全部办结，办理结果为：支持申请人156件、驳回申请14件、终止6件。",
    # 73+5 = 78, not 80
    "全年收到赔偿申请86件，依法受理80件。受理的申请均已作出决定，其中准予赔偿73件、不予赔偿5件。",
    # 230+18+4 = 252, not 249 (above)
    "全年收到登记申请260件，受理249件，不予受理11件。受理的申请已全部办结，准予登记230件、不予登记18件、撤回4件。",
    # 61+3 = 64, not 66
    "全年收到听证申请70件，受理66件。受理的申请已全部办结，其中组织听证61件、不予听证3件。",
    # 8592+87+41 = 8720, not 8734
    "全年接收许可申请8806件，受理8734件，不予受理72件。受理的申请已全部办结，办理结果分别为：准予许可8592件、不予许可87件、撤回终止41件。",
]

RIGHT = [
    # 412+23+12 = 447
    "全年收到行政许可申请460件，受理447件，不予受理13件。受理的申请已全部办结，其中准予许可412件、不予许可23件、撤回12件。",
    # 286+28+12 = 326
    "全年收到复议申请340件，受理326件，对不符合条件的14件不予受理。受理的案件均已审结，结果分别为：维持286件、撤销28件、驳回12件。",
    # 97+7 = 104
    "全年接收信息公开申请110件，受理104件，不予受理6件。受理的申请已全部答复，予以公开97件，不予公开7件。",
    # a carry-in stated: the outcomes may hold last year's cases (156+14+10 = 180 > 178)
    "全年收到行政裁决申请185件，受理178件，上年结转4件。受理的案件已全部办结，办理结果为：支持申请人156件、驳回申请14件、终止10件。",
    # some outcomes only (主要): 73 < 80
    "全年收到赔偿申请86件，依法受理80件。受理的申请均已作出决定，主要为准予赔偿73件。",
    # 230+15+4 = 249
    "全年收到登记申请260件，受理249件，不予受理11件。受理的申请已全部办结，准予登记230件、不予登记15件、撤回4件。",
    # not said to be all concluded: 61 < 66 may leave some open
    "全年收到听证申请70件，受理66件。受理的申请中，已组织听证61件。",
    # 8592+87+55 = 8734
    "全年接收许可申请8806件，受理8734件，不予受理72件。受理的申请已全部办结，办理结果分别为：准予许可8592件、不予许可87件、撤回终止55件。",
]


@pytest.mark.parametrize("text", WRONG)
def test_outcomes_of_the_named_set_do_not_add_up(text: str) -> None:
    assert {code for code, _ in _any(text)} & {"N101", "N102"}


@pytest.mark.parametrize("text", RIGHT)
def test_outcomes_of_the_named_set_add_up_or_are_some(text: str) -> None:
    assert not [f for f in _any(text) if f[0] in ("N101", "N102")]
    assert not _errors(text)
