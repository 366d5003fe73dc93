"""Session 27, coder flow: general decisions on the year's stock, taken on counts (issue 9).

1. 转结 is another spelling of 结转 (quantities.fold_variants): 「上一年度转结3件」 is carried in,
   「转结下年度」 carried out.
2. A stock carried from last year (结转上年未办结申请11件, 上年未审结的) is no comparison base
   of a change (change.py).
3. A year named between two figures of the stock (「2023年结转132件」「结转2025年138件」) is
   no figure: the stock told clause by clause is still read (flow._ONE_CLAUSE_RE); a carry out
   of the text's own year into a later one (「2025年结转至2026年继续办理1件」) is open.
4. The carried-in part bracketed inside the concluded figure (「答复98件（含上年结转8件，另有
   5件结转下年度继续办理）」): new + carried-in = concluded + open, a warning either way
   (:mod:`fazhi_lint.analysis.relations.carried_inside`).
5. A count inside the 的-phrase between an intake verb and its object (「收到187个申请人提出的
   申请583件」) is who asked, not what came in: the object's figure is the new one.
"""

from __future__ import annotations

import pytest
from relation_helpers import findings

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity

FLOW = ("N101", "N102", "N107")

CONTRADICTIONS = [
    # (text, report year, code, figures the message names)
    # 4. the carried-in part bracketed inside the concluded, the open part in the bracket
    (
        "本年度共收到群众政府信息公开申请120件。全年办结申请118件（含上年度结转申请9件，"
        "另有14件申请结转下年度继续办理），均在法定时限内答复。",
        2024,
        "N102",
        ("120件", "9件", "118件", "14件"),
    ),
    # … the open part after the bracket, carried on by 顺延
    (
        "全年县司法局受理公开申请47件，作出答复50件（包括上年结转的6件），另有5件依法顺延至下一年度答复。",
        2024,
        "N102",
        ("47件", "6件", "50件", "5件"),
    ),
    # … the open part a pending figure of its own, short of what came in
    (
        "2023年，市场监管局受理信息公开申请212件，办结203件（含上年结转11件），结转下年8件。",
        2023,
        "N102",
        ("212件", "11件", "203件", "8件"),
    ),
    # 3. a year named before the carried-in figure and after the carry-out
    (
        "全年收到依申请公开事项865件，2022年结转41件；全年答复812件，结转2024年87件。",
        2023,
        "N102",
        ("865件", "41件", "812件", "87件"),
    ),
    (
        "本年度新收申请76件，2023年度结转5件；本年度办结70件，结转2025年度9件。",
        2024,
        "N102",
        ("76件", "5件", "70件", "9件"),
    ),
    # 3. carried out of the text's own year into the next, short of what came in
    (
        "2024年局机关共收到政府信息公开申请14件，共答复10件，2024年结转至2025年继续办理2件。",
        2024,
        "N101",
        ("10", "2", "14件"),
    ),
    # 1. 转结 spelled either way: the stock balances only with the carried-in figure
    (
        "全年收到政府信息公开申请64件，上年度转结4件，已办结66件，转结下年度继续办理5件。",
        2024,
        "N102",
        ("64件", "4件", "66件", "5件"),
    ),
    (
        "本年共受理申请31件，上年转结申请2件，办结申请30件，另有4件转结下年度办理。",
        2024,
        "N102",
        ("31件", "2件", "30件", "4件"),
    ),
    # 5. a count inside the 的-phrase before the verb's object names who asked
    (
        "全年共受理32个单位报送的备案文件118件，上年结转3件，审查办结116件，尚在审查中7件。",
        2024,
        "N102",
        ("118件", "3件", "116件", "7件"),
    ),
    (
        "2023年，区政府收到96名申请人提出的政府信息公开申请240件，结转上年未办结申请6件，"
        "全年作出答复238件，结转下年继续答复12件。",
        2023,
        "N102",
        ("240件", "6件", "238件", "12件"),
    ),
]

CONSISTENT = [
    # 4. balanced, with the open part in the bracket, after it, or as a pending figure
    "本年度共收到群众政府信息公开申请120件。全年办结申请118件（含上年度结转申请9件，"
    "另有11件申请结转下年度继续办理），均在法定时限内答复。",
    "全年县司法局受理公开申请47件，作出答复50件（包括上年结转的6件），另有3件依法顺延至下一年度答复。",
    "2023年，市场监管局受理信息公开申请212件，办结211件（含上年结转11件），结转下年12件。",
    # (a bracketed part of the concluded that is no carried-in one: nothing read)
    "全年受理申请90件，办结86件（含网上办结40件），另有4件结转下年度办理。",
    # 3. years named between, balanced
    "全年收到依申请公开事项865件，2022年结转41件；全年答复819件，结转2024年87件。",
    "本年度新收申请76件，2023年度结转5件；本年度办结72件，结转2025年度9件。",
    "2024年局机关共收到政府信息公开申请14件，共答复12件，2024年结转至2025年继续办理2件。",
    # (carried in from the year before, by its year: 2023年结转至2024年 in a text on 2024)
    "2024年全年共收到申请30件，2023年结转至2024年3件，全年办结29件，结转下年度4件。",
    # 1. 转结, balanced; 流转结束 is no carry
    "全年收到政府信息公开申请64件，上年度转结4件，已办结63件，转结下年度继续办理5件。",
    "本年共受理申请31件，上年转结申请2件，办结申请29件，另有4件转结下年度办理。",
    "工单流转结束后，共回访群众120人，其中满意118人，基本满意2人。",
    "全年共受理32个单位报送的备案文件118件，上年结转3件，审查办结116件，尚在审查中5件。",
    "2023年，区政府收到96名申请人提出的政府信息公开申请240件，结转上年未办结申请6件，"
    "全年作出答复234件，结转下年继续答复12件。",
]

# 2. a carried stock is no base of a change
CHANGE_CONSISTENT = [
    "2024年，全区各级行政机关收到申请人提出的政府信息公开申请642件，结转上年未办结申请13件，"
    "全年作出答复640件，结转下年继续答复15件，收到申请数量同比增长75%。",
    "全年收到申请300件，上年未办结申请9件，全年作出答复298件，结转下年11件，收到申请数同比增长20%。",
]


@pytest.mark.parametrize(("text", "year", "code", "figures"), CONTRADICTIONS)
def test_contradiction_found(text: str, year: int, code: str, figures: tuple[str, ...]) -> None:
    got = findings(text, year)
    assert any(c == code and all(f in m for f in figures) for c, m in got), got


@pytest.mark.parametrize("text", CONSISTENT)
def test_consistent_silent(text: str) -> None:
    assert findings(text, 2024, codes=FLOW) == []


@pytest.mark.parametrize("text", CHANGE_CONSISTENT)
def test_carried_stock_is_no_base(text: str) -> None:
    assert findings(text, 2024, codes=("N108",)) == []


def test_change_against_last_year_still_read() -> None:
    text = "2024年，全区收到申请583件，上年收到申请300件，同比增长75%。"
    assert [c for c, _ in findings(text, 2024)] == ["N108"]


def test_carried_inside_is_a_warning() -> None:
    text = CONTRADICTIONS[0][0]
    got = [
        r.severity
        for r in contradictions(analyze_text(text, 2024))
        if r.code == "N102" and "办结中所含上年结转" in r.message
    ]
    assert got == [Severity.WARNING]


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("上一年度转结3件", "上一年度结转3件"),  # the variant spelling
        ("结转结案3件", "结转结案3件"),  # 转 closes the 结转 before it: no variant
        ("上年结转结转下年", "上年结转结转下年"),  # a doubled word stays as written
        ("流转结束", "流转结束"),  # 结 opens a word of its own
    ],
)
def test_carry_variant_folds_only_a_word_of_its_own(text: str, folded: str) -> None:
    from fazhi_lint.analysis.quantities import fold_variants

    assert fold_variants(text) == folded
