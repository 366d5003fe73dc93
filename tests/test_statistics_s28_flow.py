"""Session 28, coder flow: the open rest of a whole is tied to it only by the sentence (issue 9).

The concluded and the open figures are two parts of what was accepted (flow._open_rest):
「受理50件，审结48件，未结5件」 cannot be (an error).

1. An open figure whose own clause names a set of its own before its pending word, one the
   whole's noun does not hold (「执行案件未结15件」 after 受理民事案件, 「督办件在办30件」 after
   受理群众诉求), is the open part of that set: the sentence does not tie it to the whole, so
   no sum is judged (at the base each consistent sentence of this kind below was a false
   error). A set sharing a word of the whole's noun with no other qualifier before it
   (信访件 of 信访事项, 行政诉讼案件 of 行政复议案件) may be the whole: a warning.
2. An open figure told as the stock at the period's end (「期末未结131件」「年底未结案件9件」:
   numbers.toml ``clauses.stock-closing``) may hold cases carried in before the period, which
   the text neither names nor denies: a warning.
A figure told by its state alone (未结5件, 尚有5件正在审理中, 处于办结时限内正在办理, 结转下年度
继续办理10件) or naming the whole's own set (复议案件未结, 信访事项在办) is still the whole's
open rest: an error.
"""

from __future__ import annotations

import pytest
from relation_helpers import FLOW_CODES, errors, findings

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity

CONTRADICTIONS = [
    # (text, figures the message names)
    ("全年受理行政复议案件50件，审结48件，未结5件。", ("48件", "5件", "50件")),
    # the named set is the whole's own (复议案件 in 行政复议案件)
    ("全年受理行政复议案件50件，审结48件，复议案件未结5件。", ("48件", "5件", "50件")),
    ("区市场监管局受理投诉举报320件，办结301件，尚有25件正在调查中。", ("301件", "25件", "320件")),
    ("全年受理政府信息公开申请88件，答复80件，结转下年度继续办理10件。", ("80件", "10件", "88件")),
    # the rest of the whole named so, at the period's end
    ("全年受理行政许可申请930件，办结921件，年底其余12件正在审查。", ("921件", "12件", "930件")),
    (
        "11月份，受理省派工单3120件，已处理完毕2750件，处于办结时限内正在办理395件。",
        ("2750件", "395件", "3120件"),
    ),
    ("信访局全年受理信访事项640件，办结612件，信访事项在办31件。", ("612件", "31件", "640件")),
    ("受理行政复议申请75件，审结70件，复议申请未办结8件。", ("70件", "8件", "75件")),
    (
        "12345热线受理群众诉求2,400件，已办结2,310件，正在办理中104件。",
        ("2,310件", "104件", "2,400件"),
    ),
]

WARNINGS = [
    # a set sharing a word of the whole's noun: maybe the whole in other words
    ("全年受理行政复议案件50件，审结48件，行政诉讼案件未结5件。", ("48件", "5件", "50件")),
    ("信访局全年受理信访事项640件，办结612件，信访件在办31件。", ("612件", "31件", "640件")),
    # the stock at the period's end
    ("共受理劳动争议案件126件，审结119件，年底未结案件9件。", ("119件", "9件", "126件")),
    ("一季度共受理审查起诉案件280件，审结170件，期末未结131件。", ("170件", "131件", "280件")),
]

CONSISTENT = [
    # the open figure names another kind of case than the whole
    "区法院受理民事案件300件，审结290件，执行案件未结15件。",
    "共受理信息公开申请88件，答复80件，行政复议案件正在办理10件。",
    # … or a set the whole does not name (a part, or things from elsewhere)
    "全年受理群众诉求500件，办结480件，督办件在办30件。",
    "受理投诉举报320件，办结301件，其他渠道转来的线索在办25件。",
    "区人社局受理劳动仲裁案件210件，结案196件，工伤认定申请在办20件。",
    # balanced stocks stay silent
    "受理劳动争议案件126件，审结119件，年底未结7件。",
    "受理行政复议申请75件，审结70件，尚有5件正在审理中。",
    "全年受理诉求2,400件，已办结2,310件，正在办理中90件。",
]


@pytest.mark.parametrize(("text", "figures"), CONTRADICTIONS)
def test_open_rest_of_the_whole_is_judged(text: str, figures: tuple[str, ...]) -> None:
    found = [m for code, m in errors(text) if code == "N101"]
    assert found, text
    assert all(f in found[0] for f in figures), found[0]


@pytest.mark.parametrize(("text", "figures"), WARNINGS)
def test_open_part_not_forced_is_a_warning(text: str, figures: tuple[str, ...]) -> None:
    found = [
        r
        for r in contradictions(analyze_text(text, 2024))
        if r.code == "N101" and r.severity is not None
    ]
    assert found, text
    assert all(r.severity is Severity.WARNING for r in found), found
    assert all(f in found[0].message for f in figures), found[0].message


@pytest.mark.parametrize("text", CONSISTENT)
def test_open_part_of_another_set_is_not_the_whole_s(text: str) -> None:
    assert not findings(text, codes=FLOW_CODES), text
