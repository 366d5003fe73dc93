"""Session 32 round 2, coder sumshare: a share of one item of a list whose whole is the sum.

The items of one list — counts of one unit, most with a share of their own (占比 X%, 占…的
X%), in one sentence or several of a paragraph — whose whole the text does not state: when
the list is complete (an item 其他/其余 closes it, the paragraph states the sum before it, or
the sum fits every other share of it), the whole is the sum of the items, and a share the sum
does not give is reported as a warning (``_listed_sum_share``). A partial list, shares of
wholes of different names, and shares that the sum gives at their printed rounding stay quiet.
"""

from __future__ import annotations

import pytest

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def _listed(text: str) -> list[Severity | None]:
    return [
        r.severity
        for r in contradictions(analyze_text(text, 2024))
        if r.code == "N104" and "所列各项之和" in r.message
    ]


CASES = [
    # (the text with {s}, the share that fits, one that does not)
    (
        "上半年受理的矛盾纠纷中，婚姻家庭类纠纷120件，占全部纠纷的{s}%，较上年减少5件；"
        "邻里类纠纷300件，占全部纠纷的37.5%；其他纠纷380件。",
        "15.0",
        "12.0",
    ),
    (
        "全年评估的乡镇中，18个乡镇评为优秀，占比{s}%。24个乡镇评为良好，占比40.00%。"
        "15个乡镇评为合格，占比25.00%。3个乡镇评为不合格，占比5.00%。",
        "30.00",
        "33.00",
    ),
    (
        "热线受理诉求中，咨询类2000件，占比{s}%。投诉类1500件，占比30%。"
        "求助类1000件，占比20%。其余500件为建议类。",
        "40",
        "38",
    ),
]


@pytest.mark.parametrize(("text", "right", "wrong"), CASES)
def test_share_of_the_sum_fits(text: str, right: str, wrong: str) -> None:
    assert _listed(text.format(s=right)) == []


@pytest.mark.parametrize(("text", "right", "wrong"), CASES)
def test_share_off_the_sum_warns(text: str, right: str, wrong: str) -> None:
    assert _listed(text.format(s=wrong)) == [Severity.WARNING]


def test_partial_list_is_quiet() -> None:
    # two items and no closing item: the whole may hold more
    text = "婚姻家庭类纠纷120件，占全部纠纷的12.0%；邻里类纠纷300件，占全部纠纷的37.5%。"
    assert _listed(text) == []


def test_shares_of_wholes_of_other_names_are_quiet() -> None:
    text = (
        "行政处罚案件中，简易程序120件，占简易程序案件的50%；普通程序300件，"
        "占全部案件的37.5%；其他案件380件。"
    )
    assert _listed(text) == []


def test_rounded_shares_fit() -> None:
    # 1/3 printed as 33.3% and 33.4%: both within their printed precision of the sum 3
    text = "甲类1件，占比33.3%；乙类1件，占比33.3%；丙类1件，占比33.4%。"
    assert _listed(text) == []
