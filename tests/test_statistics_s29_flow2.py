"""Session 29 round 2, coder flow2: the outcomes of the year's stock (issue 9).

1. 另 alone before a count whose clause tells it is still open (「另3件结转下一年度办理」) opens
   the open rest as 另有 does: the concluded and the open figures are judged against what
   came in (「受理60件，已答复58件，另3件结转下一年度办理」 cannot be).
2. The fates of the year's stock may open the sentence after the new and the carried-in
   figures by pointing back at them (「对上述申请，予以公开…」), after at most one remark
   clause of no figure closing the sentence before; across two paragraphs the reading is a
   warning (as every reading over two paragraphs). (Over two paragraphs the older reading of
   办结 + the open figure alone, passing over a fate between them, is still given: a warning.)
3. (time) The next year opening its clause with what is measured and its figure, the figure
   closing the clause or followed by its change (「2025年全区地区生产总值520.3亿元，比上年增长
   5.2%」 in a report on 2024), dates the year's value as 「2025年，」 does: a warning (N301). Not
   a figure its clause goes on to act on (「2025年中央财政资金500万元已提前下达」), nor a plan.
"""

from __future__ import annotations

import pytest
from relation_helpers import FLOW_CODES, errors, findings

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity

OPEN_AFTER_ANOTHER = [
    # (contradiction, consistent twin)
    (
        "全年共受理政府信息公开申请60件，已答复58件，另3件结转下一年度办理。",
        "全年共受理政府信息公开申请60件，已答复58件，另2件结转下一年度办理。",
    ),
    (
        "区司法局受理行政复议申请45件（其中新收40件，上年结转5件），审结41件，维持30件，"
        "撤销6件，驳回5件，另6件结转下年度继续办理。",
        "区司法局受理行政复议申请45件（其中新收40件，上年结转5件），审结41件，维持30件，"
        "撤销6件，驳回5件，另4件结转下年度继续办理。",
    ),
]

POINTED_BACK = [
    (
        "全年收到政府信息公开申请120件，另有上年结转申请4件，主要涉及征地拆迁等。对上述申请，"
        "予以公开70件，部分公开20件，无法提供25件，不予处理3件，结转下年度继续办理8件。",
        "全年收到政府信息公开申请120件，另有上年结转申请4件，主要涉及征地拆迁等。对上述申请，"
        "予以公开70件，部分公开20件，无法提供25件，不予处理3件，结转下年度继续办理6件。",
    ),
    (
        "全年新收信访事项300件，上年结转12件。对以上信访事项，办结290件，转交有关部门15件，"
        "结转下年度办理10件。",
        "全年新收信访事项300件，上年结转12件。对以上信访事项，办结290件，转交有关部门12件，"
        "结转下年度办理10件。",
    ),
]


@pytest.mark.parametrize(("wrong", "right"), OPEN_AFTER_ANOTHER)
def test_another_count_still_open_is_the_open_rest(wrong: str, right: str) -> None:
    assert errors(wrong), wrong
    assert all(code in FLOW_CODES for code, _ in errors(wrong))
    assert not findings(right, codes=FLOW_CODES), right


@pytest.mark.parametrize(("wrong", "right"), POINTED_BACK)
def test_fates_pointing_back_at_the_stock(wrong: str, right: str) -> None:
    found = [m for code, m in errors(wrong) if code == "N102"]
    assert found, wrong
    assert "收结不平衡" in found[0]
    assert not findings(right, codes=FLOW_CODES), right


@pytest.mark.parametrize(("wrong", "right"), POINTED_BACK[:1])
def test_fates_pointing_back_over_two_paragraphs_warn(wrong: str, right: str) -> None:
    first, second = wrong.split("。", 1)
    found = [
        r
        for r in contradictions(analyze_text(first + "。\n" + second, 2024))
        if r.code == "N102" and r.severity is not None
    ]
    assert found, wrong
    assert all(r.severity is Severity.WARNING for r in found)
    first, second = right.split("。", 1)
    assert not [
        r
        for r in contradictions(analyze_text(first + "。\n" + second, 2024))
        if r.code in FLOW_CODES and r.severity is not None
    ]


NEXT_YEAR_VALUES = [
    # (contradiction in a report on 2024, consistent twin)
    (
        "根据地区生产总值统一核算结果，2025年全区地区生产总值(GDP)520.3亿元，比上年增长5.2%。",
        "根据地区生产总值统一核算结果，2024年全区地区生产总值(GDP)520.3亿元，比上年增长5.2%。",
    ),
    ("2025年全区常住人口86.2万人，城镇化率61.5%。", "2024年全区常住人口86.2万人，城镇化率61.5%。"),
]

NEXT_YEAR_NOT_VALUES = [
    "2025年中央财政资金500万元已提前下达。",
    "2025年市级法律援助经费300万元纳入预算。",
    "2025年全区地区生产总值预期增长5%左右，一般公共预算收入力争达到30亿元。",
]


def _n301(text: str) -> list[Severity | None]:
    return [r.severity for r in contradictions(analyze_text(text, 2024)) if r.code == "N301"]


@pytest.mark.parametrize(("wrong", "right"), NEXT_YEAR_VALUES)
def test_next_year_value_is_dated_wrong(wrong: str, right: str) -> None:
    assert _n301(wrong) == [Severity.WARNING], wrong
    assert not _n301(right), right


@pytest.mark.parametrize("text", NEXT_YEAR_NOT_VALUES)
def test_next_year_attribute_or_plan_is_quiet(text: str) -> None:
    assert not _n301(text), text
