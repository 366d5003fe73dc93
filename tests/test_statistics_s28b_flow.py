"""Session 28 round 2, coder flow: the carry-over balance of a year (or a month) told clause
by clause (issue 9).

新收 + 上年结转 = the outcomes + 结转下年度 (flow._balance_by_position), and 新收 + 上月未办结 =
本月共有 (flow._balance, a stated caseload). Three guards kept the code silent on the shape
every 政府信息公开工作年度报告 prints:

1. a bracket right after the intake (「受理36件(其中:自然人申请32件、企业申请2件)，上年结转9件」)
   broke the clause chain between the new and the carried-in figure: the bracket is the
   figure's own remark, the clause after it is the next one;
2. the open figure as the last item of the outcomes' 顿号 list (「予以公开3件、无法提供12件、
   结转下年度办理4件」) was not read as the next clause;
3. the period before of a monthly or quarterly statement (上月未办结, 上季度未办结) was read as
   still open, not as carried in, and 「本月共有工单2138件」 was no stated caseload.
"""

from __future__ import annotations

import pytest
from relation_helpers import FLOW_CODES, errors, findings

CONTRADICTIONS = [
    # (text, figures the message names)
    (
        "2024年，本机关共收到政府信息公开申请52件（其中网上申请40件、信函申请12件），上年结转3件，"
        "予以公开20件、部分公开10件、不予公开5件、无法提供14件、结转下年度继续办理4件。",
        ("52件", "3件", "4件"),
    ),
    (
        "全年新收申请80件（较上年增加5件），上年度结转2件，予以公开40件，部分公开11件，"
        "不予处理21件，结转下年度办理8件。",
        ("80件", "2件", "8件"),
    ),
    (
        "2024年县自然资源局受理依申请公开事项27件（均为自然人申请），上年结转5件，"
        "予以公开9件、部分公开6件、不予公开2件、无法提供11件、结转下年度办理2件。",
        ("27件", "5件", "2件"),
    ),
    (
        "本年度收到申请61件(其中当面申请8件)，上年结转1件，予以公开30件、不予处理20件、"
        "其他处理5件、结转下年度继续办理4件。",
        ("61件", "1件", "4件"),
    ),
    # the monthly stock: 新收 + 上月未办结 = 本月共有
    (
        "本季度共接收群众来信412件，上季度未办结来信37件，本季度共有来信459件。",
        ("412件", "37件", "459件"),
    ),
    (
        "11月，平台受理诉求3120件，环比上升4.2%；上月未办结诉求150件，本月共有诉求3370件。",
        ("3120件", "150件", "3370件"),
    ),
    (
        "6月份接收转办件2008件，上月未办结件96件，本月共有转办件2114件。",
        ("2008件", "96件", "2114件"),
    ),
    (
        "3月，热线受理工单5120件，同比增长3.1%；上个月未办结工单410件，本月共有工单5503件。",
        ("5120件", "410件", "5503件"),
    ),
]

CONSISTENT = [
    "2024年，本机关共收到政府信息公开申请52件（其中网上申请40件、信函申请12件），上年结转3件，"
    "予以公开20件、部分公开10件、不予公开5件、无法提供14件、结转下年度继续办理6件。",
    "全年新收申请80件（较上年增加5件），上年度结转2件，予以公开40件，部分公开11件，"
    "不予处理21件，结转下年度办理10件。",
    "2024年县自然资源局受理依申请公开事项27件（均为自然人申请），上年结转5件，"
    "予以公开9件、部分公开6件、不予公开2件、无法提供11件、结转下年度办理4件。",
    "本年度收到申请61件(其中当面申请8件)，上年结转1件，予以公开30件、不予处理20件、"
    "其他处理5件、结转下年度继续办理7件。",
    "本季度共接收群众来信412件，上季度未办结来信37件，本季度共有来信449件。",
    "11月，平台受理诉求3120件，环比上升4.2%；上月未办结诉求150件，本月共有诉求3270件。",
    "6月份接收转办件2008件，上月未办结件96件，本月共有转办件2104件。",
    # 共有 of no stock beside it is no caseload
    "全市共有律师事务所50家，上年新设律师事务所5家。",
]


@pytest.mark.parametrize(("text", "figures"), CONTRADICTIONS)
def test_carry_over_balance_found(text: str, figures: tuple[str, ...]) -> None:
    found = [(code, message) for code, message in errors(text) if code in FLOW_CODES]
    assert found, text
    code, message = found[0]
    assert code == "N102"
    for figure in figures:
        assert figure in message, (figure, message)


@pytest.mark.parametrize("text", CONSISTENT)
def test_consistent_balance_silent(text: str) -> None:
    assert not [f for f in findings(text) if f[0].startswith("N")], text
