"""Session 14 (s14-flow): a scope naming the intake stage (「全年受理的信访事项中」) is the set
taken in this year, not the caseload with last year's carried-in cases beside it: a share
told of it is over the accepted figure alone, and a part of it may not exceed that figure
(relations/partition.py ``_caseload_totals``).

Every sentence is written for these tests; the arithmetic in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import errors as _errors
from relation_helpers import findings as _any

SCOPE_WRONG = [
    # 284 ÷ 652 = 43.56% ≠ 45.1 (and 284 ÷ 683 = 41.58%)
    "全年受理信访事项652件，连同上年结转的31件，年内办结671件，余12件在办理期限内；全年受理的信访事项中，涉及物业服务的284件，占45.1%。",
    # a part of the 418 accepted: 426 > 418 (≤ 418 + 22 = 440, the caseload)
    "全年受理劳动争议案件418件，加上上年结转22件，审结429件，余11件在审理中；受理的案件中，涉及欠薪的426件。",
    # 97 ÷ 351 = 27.64% ≠ 29.6 (97 ÷ 370 = 26.2%)
    "区市场监管局全年受理投诉351件，连同上年结转19件，办结362件，尚有8件在办；受理的投诉中，涉及预付式消费的97件，占29.6%。",
    # 540 of the 523 accepted
    "全年受理行政复议申请523件，上年结转17件，审结528件，尚有12件在审理中；受理的申请中，涉及行政处罚的540件。",
    # 61 ÷ 208 = 29.33% ≠ 31.3
    "镇调委会全年受理纠纷208件，连同上年结转6件，调结209件，余5件正在调解；受理的纠纷中，邻里纠纷61件，占31.3%。",
    # 1,204 of the 1,196 accepted
    "全年受理12345工单1,196件，连同上年结转44件，办结1,221件，尚有19件在办；全年受理的工单中，涉及城市管理的1,204件。",
    # 33 ÷ 147 = 22.45% ≠ 23.9
    "县政府全年受理行政应诉案件147件，加上上年结转9件，审结150件，尚有6件在审；受理的案件中，一审败诉的33件，占23.9%。",
    # 75 ÷ 260 = 28.85% ≠ 30.4
    "区司法局全年受理法律援助案件260件，连同上年结转12件，结案265件，余7件在办；受理的案件中，农民工讨薪案件75件，占30.4%。",
]

SCOPE_RIGHT = [
    # 284 ÷ 652 = 43.56% → 43.6
    "全年受理信访事项652件，连同上年结转的31件，年内办结671件，余12件在办理期限内；全年受理的信访事项中，涉及物业服务的284件，占43.6%。",
    # 97 ÷ 351 = 27.64% → 27.6
    "区市场监管局全年受理投诉351件，连同上年结转19件，办结362件，尚有8件在办；受理的投诉中，涉及预付式消费的97件，占27.6%。",
    # 61 ÷ 208 = 29.33% → 29.3
    "镇调委会全年受理纠纷208件，连同上年结转6件，调结209件，余5件正在调解；受理的纠纷中，邻里纠纷61件，占29.3%。",
    # 33 ÷ 147 = 22.45% → 22.4 (truncated or rounded 22.4)
    "县政府全年受理行政应诉案件147件，加上上年结转9件，审结150件，尚有6件在审；受理的案件中，一审败诉的33件，占22.4%。",
    # the concluded (671) hold last year's: scope 办结, not the intake; 280 ≤ 671
    "全年受理信访事项652件，连同上年结转的31件，年内办结671件，余12件在办理期限内；办结的信访事项中，群众满意的280件。",
    # 410 ≤ 418
    "全年受理劳动争议案件418件，加上上年结转22件，审结429件，余11件在审理中；受理的案件中，涉及欠薪的410件。",
    # 75 ÷ 260 = 28.85% → 28.8 (truncation) and 28.9 (rounding): 28.8 fits
    "区司法局全年受理法律援助案件260件，连同上年结转12件，结案265件，余7件在办；受理的案件中，农民工讨薪案件75件，占28.8%。",
    # 1,190 ≤ 1,196
    "全年受理12345工单1,196件，连同上年结转44件，办结1,221件，尚有19件在办；全年受理的工单中，涉及城市管理的1,190件。",
]


@pytest.mark.parametrize("text", SCOPE_WRONG)
def test_a_scope_of_the_intake_is_this_years_set(text: str) -> None:
    assert _any(text, codes=("N101", "N104"))


@pytest.mark.parametrize("text", SCOPE_RIGHT)
def test_shares_and_parts_of_the_intake_that_fit(text: str) -> None:
    assert not _errors(text)
