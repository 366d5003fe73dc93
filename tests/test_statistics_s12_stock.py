"""The year's stock told with more around it (session 12, s12-missA).

新收 + 上年结转 = 审结 + 未结 when all four are stated:

1. a 其中 list under the concluded figure (「审结298件，其中裁决结案173件、调解结案125件，尚
   未审结的31件」) is passed over as a whole — its later items (「、调解结案…」) are no new
   concluded figure that would end the stock before the open one;
2. across two paragraphs, a figure of the later one equal to one of the earlier is no
   restatement of it when its place in the stock differs from every equal one there
   (「另有上年结转案件9件。」 … 「尚有9件在审」): what is still open is not what came in.

Traps: the same shapes balancing; a figure repeated with its own place (「上年结转的8件已全部
审结」 names the carried-in cases again). Every sentence is written for these tests (none from
a blind set); each verdict was derived by hand (the arithmetic is in the comment above it)."""

from __future__ import annotations

import pytest
from relation_helpers import errors as _errors
from relation_helpers import findings as _any

WRONG = [
    # 1. in 305+22 = 327, out 298+31 = 329
    "全年新收劳动争议仲裁案件305件，上年结转22件。全年审结298件，其中裁决结案173件、调解结案125件，尚未审结的31件。",
    # 1. in 412+18 = 430, out 418+25 = 443 (the list of three parts goes on with 和)
    "全年新收行政复议案件412件，上年结转18件；审结418件，其中维持261件、撤销39件和驳回118件，年底未审结25件。",
    # 1. across paragraphs: in 205+14 = 219, out 210+11 = 221
    "全年街道调委会新受理矛盾纠纷205件，上年结转14件。\n全年办结210件，其中调解成功196件、终止调解14件，尚在调解中的11件。",
    # 2. carry 8 and open 8: in 64+8 = 72, out 66+8 = 74
    "全年收到政府信息公开申请71件，受理64件，不予受理7件，另有上年结转申请8件。\n全年共办结66件，尚有8件在办理中。",
    # 2. carry 12 and open 12: in 150+12 = 162, out 152+12 = 164
    "全年新收行政诉讼案件150件，另有上年结转案件12件。\n全年审结152件，尚有12件在审。",
    # 2. carry 7, open 7, and a 其中 list: in 96+7 = 103, out 98+7 = 105
    "全年新收仲裁案件96件，上年结转7件。\n全年审结98件，其中调解结案61件、裁决结案37件，尚有7件在审理中。",
    # 2. carry 5 and open 5: in 57+5 = 62, out 59+5 = 64
    "全年受理行政裁决申请57件，上年结转5件。\n截至年底办结59件，尚有5件正在办理。",
    # 1. in 87+6 = 93, out 79+11 = 90 (below)
    "全年新收行政赔偿案件87件，上年结转6件；审结79件，其中决定赔偿31件、不予赔偿48件，尚未审结的11件。",
]

RIGHT = [
    # 1. in 305+22 = 327, out 296+31 = 327
    "全年新收劳动争议仲裁案件305件，上年结转22件。全年审结296件，其中裁决结案173件、调解结案123件，尚未审结的31件。",
    # 1. in 412+18 = 430, out 405+25 = 430
    "全年新收行政复议案件412件，上年结转18件；审结405件，其中维持261件、撤销39件和驳回105件，年底未审结25件。",
    # 1. across paragraphs: in 205+14 = 219, out 208+11 = 219
    "全年街道调委会新受理矛盾纠纷205件，上年结转14件。\n全年办结208件，其中调解成功194件、终止调解14件，尚在调解中的11件。",
    # 2. carry 8 and open 8: in 64+8 = 72, out 64+8 = 72
    "全年收到政府信息公开申请71件，受理64件，不予受理7件，另有上年结转申请8件。\n全年共办结64件，尚有8件在办理中。",
    # 2. carry 12 and open 12: in 150+12 = 162, out 150+12 = 162
    "全年新收行政诉讼案件150件，另有上年结转案件12件。\n全年审结150件，尚有12件在审。",
    # 2. the carried-in cases named again with their own place (8 = 8): no stock of four
    #    figures stated; 59 concluded of 57+8 = 65 came in
    "全年受理行政裁决申请57件，上年结转8件。\n上年结转的8件已全部办结，全年共办结59件。",
    # 2. carry 7, open 7: in 96+7 = 103, out 96+7 = 103
    "全年新收仲裁案件96件，上年结转7件。\n全年审结96件，其中调解结案59件、裁决结案37件，尚有7件在审理中。",
    # a 其中 list of the intake (not of the concluded): in 87+6 = 93, out 82+11 = 93
    "全年新收行政赔偿案件87件，其中涉及征收31件、其他56件，上年结转6件；审结82件，尚未审结的11件。",
]


@pytest.mark.parametrize("text", WRONG)
def test_stock_that_does_not_balance(text: str) -> None:
    assert {code for code, _ in _any(text)} & {"N101", "N102", "N107"}


@pytest.mark.parametrize("text", RIGHT)
def test_stock_that_balances(text: str) -> None:
    assert not _any(text)
    assert not _errors(text)
