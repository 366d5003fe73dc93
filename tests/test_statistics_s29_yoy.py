"""Session 29, coder yoy: year-on-year changes and the figures they are read with (issue 9).

Quiet (each a false error at the base):

1. 占比/之比 are nouns, no comparison: 「占比为95.56%」 is no base of the change before it.
2. 由…调整为/调减至… leaves the figure after 由 as the earlier level, no part of a list.
3. A whole number of 万 or 亿 beside parts of that magnitude printed to a decimal was rounded.
4. The changes of a split at comparable prices (按可比价格, 不变价) are of volumes: the parts'
   values over their changes need not add up to last year's whole.

Found:

5. 调增/调减 are words of change: 「由800万元调整为950万元，调增120万元」 (an error).
6. A part of a split whose change is told 持平 in words is read within 5 % either way: the
   rest of the split cannot make the whole's change (a warning).
7. A share structure 由 one ratio 为 another, then a place's share change in points (「第二产业
   比重提高1.5个百分点」): the difference of that place's terms (an error).
8. The share changes of every place of a complete structure net to nothing (an error).
"""

from __future__ import annotations

import pytest
from relation_helpers import errors, findings

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity

ERRORS = [
    # (text, figures the message names)
    ("全年项目资金由年初的800万元调整为950万元，调增120万元。", ("120万元", "950万", "800万")),
    ("专项经费由年初的600万元调整为420万元，调减200万元。", ("200万元", "420万", "600万")),
    (
        "全市产业结构由上年的8.4:41.3:50.3调整为8.1:42.0:49.9，第二产业比重提高1.5个百分点。",
        ("1.5", "41.3", "42.0", "0.7"),
    ),
    (
        "三次产业占比由2019年的10.2:45.6:44.2优化为9.5:43.1:47.4，第三产业占比提高了2.2个百分点。",
        ("2.2", "44.2", "47.4", "3.2"),
    ),
    (
        "三次产业结构为18.40:35.20:46.40，与上年比，第一产业所占比重下降0.60个百分点，"
        "第二、第三产业所占比重分别提高0.20和0.90个百分点。",
        ("0.60", "0.20", "0.90", "0.5"),
    ),
]

WARNINGS = [
    (
        "全市办理四类案件共1200件，同比增长10.0%。其中，甲类案件500件，同比增长2.0%；"
        "乙类案件400件，同比下降5.0%；丙类案件200件，同比增长1.0%；丁类案件100件，与上年基本持平。",
        ("100件", "基本持平", "1200件"),
    ),
]

CONSISTENT = [
    # 1. 占比 names a share, not a base
    "全县工业增加值同比下降12.0%。其中，采矿业增加值占比达90.10%，同比下降12.3%，"
    "特别是煤矿开采业占比为88.70%，同比下降12.1%。",
    # 2. the level left by 调整为 is no part of the list
    "基金预算由年初的9000万元调整为6000万元，其中：土地收入由年初预算的7000万元调整为"
    "4000万元，配套费1500万元、专项收入500万元不作调整。",
    # 3. a whole number of 万 rounded against parts printed to a decimal
    "全年地区生产总值846213万元。其中，第一产业增加值75342.4万元；第二产业增加值301448万元；"
    "第三产业增加值469423万元。",
    # 4. changes at comparable prices
    "全年实现地区生产总值150.5亿元，按可比价格计算，同比增长1.2%。其中，第一产业增加值"
    "30.12亿元，同比增长4.6%；第二产业增加值55.36亿元，同比下降2.8%；第三产业增加值"
    "65.02亿元，同比增长2.9%。",
    # 5./6./7./8. the twins of the findings
    "全年项目资金由年初的800万元调整为950万元，调增150万元。",
    "专项经费由年初的600万元调整为420万元，调减180万元。",
    "全市产业结构由上年的8.4:41.3:50.3调整为8.1:42.0:49.9，第二产业比重提高0.7个百分点。",
    "三次产业占比由2019年的10.2:45.6:44.2优化为9.5:43.1:47.4，第三产业占比提高了3.2个百分点。",
    "三次产业结构为18.40:35.20:46.40，与上年比，第一产业所占比重下降0.60个百分点，"
    "第二、第三产业所占比重分别提高0.20和0.40个百分点。",
    "全市办理四类案件共1200件，同比下降0.8%。其中，甲类案件500件，同比增长2.0%；"
    "乙类案件400件，同比下降5.0%；丙类案件200件，同比增长1.0%；丁类案件100件，与上年基本持平。",
]


@pytest.mark.parametrize(("text", "figures"), ERRORS)
def test_change_contradiction_is_an_error(text: str, figures: tuple[str, ...]) -> None:
    found = [m for code, m in errors(text) if code == "N108"]
    assert found, text
    assert all(f in found[0] for f in figures), found[0]


@pytest.mark.parametrize(("text", "figures"), WARNINGS)
def test_flat_part_is_a_warning(text: str, figures: tuple[str, ...]) -> None:
    found = [
        r
        for r in contradictions(analyze_text(text, 2024))
        if r.code == "N108" and r.severity is not None
    ]
    assert found, text
    assert all(r.severity is Severity.WARNING for r in found), found
    assert all(f in found[0].message for f in figures), found[0].message


@pytest.mark.parametrize("text", CONSISTENT)
def test_consistent_twin_is_quiet(text: str) -> None:
    assert not [f for f in findings(text) if f[0] in ("N101", "N102", "N108")], text
