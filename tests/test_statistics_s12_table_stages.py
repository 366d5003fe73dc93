"""A case-flow table's stages in order, row by row (session 12, s12-missA).

In a table whose columns are the stages of a flow (收到 | 受理 | 受理件中已办结), each row's
later stage does not exceed the one before it: 受理 ≤ 收到 (N103), 办结 ≤ 受理 (N107) — the
concluded only when the header counts it within the accepted (「受理件中已办结」) or a pending
column says what is left (a bare 办结 may hold last year's cases); never judged beside a
carried-in column.

Every table is written for these tests (none from a blind set); each verdict was derived by
hand (the arithmetic is in the comment above it)."""

from __future__ import annotations

import pytest
from relation_helpers import errors as _errors
from relation_helpers import findings as _any

HEAD = "各类事项的办理情况见下表。\n"

WRONG = [
    # 行政裁决: concluded 23 > accepted 21
    HEAD + "事项\t收到件数\t受理件数\t受理件中已办结\n行政复议\t96\t90\t84\n行政裁决\t24\t21\t23",
    # 信息公开: accepted 241 > received 233
    HEAD + "事项\t收到件数\t受理件数\n行政复议\t96\t90\n信息公开\t233\t241",
    # 劳动仲裁: concluded 418 > accepted 402 (a pending column: nothing carried in)
    HEAD + "类别\t受理\t审结\t未结\n劳动仲裁\t402\t418\t7\n人事仲裁\t36\t30\t6",
    # 调解: accepted 67 > received 64, the second row
    HEAD + "渠道\t收到\t受理\t不予受理\n窗口\t120\t112\t8\n网上\t64\t67\t3",
    # 受理件中办结 41 > 受理 39 (the second row)
    HEAD + "事项\t受理件数\t受理件中办结\n投诉\t128\t120\n举报\t39\t41",
    # 受理案件中审结 33 > 受理 31
    HEAD + "案件类型\t受理案件\t受理案件中审结\n一审\t31\t33\n二审\t12\t11",
    # three rows, the third off: 19 > 17
    HEAD
    + "事项\t收到件数\t受理件数\t受理件中已办结\nA类\t40\t38\t36\nB类\t22\t20\t20\nC类\t18\t17\t19",
    # accepted 12 > received 10 in the first row
    HEAD + "来源\t收到\t受理\n来信\t10\t12\n来访\t45\t40",
]

RIGHT = [
    # every row in order
    HEAD + "事项\t收到件数\t受理件数\t受理件中已办结\n行政复议\t96\t90\t84\n行政裁决\t24\t21\t21",
    # 241 ≤ 245
    HEAD + "事项\t收到件数\t受理件数\n行政复议\t96\t90\n信息公开\t245\t241",
    # a carried-in column explains 418 > 402 (402 + 23 = 418 + 7)
    HEAD + "类别\t上年结转\t新收\t审结\t未结\n劳动仲裁\t23\t402\t418\t7\n人事仲裁\t4\t36\t34\t6",
    # 64 ≤ 67 (收到 67, 受理 64, 不予受理 3)
    HEAD + "渠道\t收到\t受理\t不予受理\n窗口\t120\t112\t8\n网上\t67\t64\t3",
    # a bare 办结 column may hold last year's cases: 131 > 128 is not judged
    HEAD + "事项\t受理件数\t办结件数\n投诉\t128\t131\n举报\t57\t52",
    # with a 合计 row: 31+12 = 43 accepted, 29+11 = 40 concluded, every row in order
    HEAD + "案件类型\t受理案件\t受理案件中审结\n一审\t31\t29\n二审\t12\t11\n合计\t43\t40",
    # columns of no stage order (涉及人数 may exceed cases)
    HEAD + "事项\t受理件数\t涉及人数\nA类\t40\t96\nB类\t22\t51",
    # a rate column is no stage: 98.5 > 67
    HEAD + "事项\t受理件数\t办结件数\t办结率\nA类\t67\t66\t98.5%\nB类\t20\t20\t100%",
]


@pytest.mark.parametrize("text", WRONG)
def test_table_row_stage_above_the_one_before(text: str) -> None:
    assert {code for code, _ in _any(text)} & {"N103", "N107"}


@pytest.mark.parametrize("text", RIGHT)
def test_table_rows_in_stage_order(text: str) -> None:
    assert not [f for f in _any(text) if f[0] in ("N103", "N107")]
    assert not _errors(text)
