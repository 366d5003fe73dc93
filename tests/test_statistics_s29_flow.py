"""Session 29, coder flow: flow and time (issue 9), each rule with its own examples.

Flow:
1. 其他处理 / 结转下一年处理 beside 不予处理 is no decision and its negation (partition
   ``_negated_pair``): the rest of a list told by its verb, or a case still open, affirms no
   act — a figure told before them in a flat list of outcomes is not their whole.
2. The open-government form's 结果纠正 sums decisions (as 纠错 does, numbers.toml
   ``clauses.outcome-sums``): 「结果纠正0件」 is no set named by its noun alone whose results
   follow it.
3. The fates told after a semicolon that closes the 其中 list of what came in are of the
   figure that opened the list (flow ``_open_fates``, a warning as before) — unless their own
   clause names a set (…内的投诉, …中): then they are of a part.
4. A sentence opening with 其中 whose two figures are a fate of any verb and the part carried
   into the next year splits the stock of the sentence before by state (flow
   ``_state_split_sentence``, a warning as every stock told over two sentences).
Time (N301):
5. An earlier year opening a statement with a verb and a total in its own clause (「2024年
   发布…共计71条」 in a report on 2025) is the year's figures dated with that year (a warning);
   not a span from it (至今, 以来) nor a running total (累计).
6. The report's statistics period named 数据时限 / 数据期限 (without 的, maybe with 均为) is read
   as 数据的期限 was.
"""

from __future__ import annotations

import pytest
from relation_helpers import FLOW_CODES, errors, findings

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def _severities(text: str, year: int, codes: tuple[str, ...]) -> list[Severity | None]:
    return [r.severity for r in contradictions(analyze_text(text, year)) if r.code in codes]


# 1. a flat list of outcomes: no whole among its members
QUIET_REST = [
    "已答复95件，其中同意公开41件，部分公开9件，不同意公开5件，无法提供的30件，不予处理4件，"
    "其他处理6件，另3件结转下一年处理。",
    "已办结64件，予以公开20件，无法提供的25件，不予处理8件，其他处理9件，另2件结转下一年处理。",
]


@pytest.mark.parametrize("text", QUIET_REST)
def test_rest_and_carried_out_affirm_no_act(text: str) -> None:
    assert not findings(text, 2024, ("N101", "N102")), text


def test_decision_and_negation_still_split_their_whole() -> None:
    found = errors("共收到举报线索40件，其中依法处理31件，不予处理12件。")
    assert any(code == "N101" and "31+12" in m and "40件" in m for code, m in found), found


# 2. 结果纠正 sums decisions: no set named by its noun alone
def test_corrected_result_is_no_bare_set() -> None:
    text = "因政府信息公开引发行政复议3件，其中结果纠正0件，结果维持3件，尚未审结0件。"
    assert not findings(text, 2024, FLOW_CODES), text


def test_results_above_the_review_count_still_err() -> None:
    found = errors("收到行政复议申请3件，其中结果纠正0件，结果维持4件，尚未审结0件。")
    assert any(code == "N101" and "3件" in m and "0+4+0" in m for code, m in found), found


# 3. the fates after a semicolon closing the 其中 list of the intake
def test_fates_after_semicolon_list_are_of_the_intake() -> None:
    text = "受理申请150件，其中网上申请120件、信函申请30件；已办理146件，结转下年度继续办理7件。"
    found = findings(text, 2024, ("N101",))
    assert found and all(f in found[0][1] for f in ("146", "7件", "150件")), found
    assert _severities(text, 2024, ("N101",)) == [Severity.WARNING]


SEMICOLON_QUIET = [
    "受理申请150件，其中网上申请120件、信函申请30件；已办理143件，结转下年度继续办理7件。",
    # the fates' own clause names a part of the list: they are of that part
    "全年收到噪声投诉820件，其中属于本部门职责的700件，对其余120件已转交有关部门；本部门职责内的"
    "投诉已办结680件，尚在办理20件。",
]


@pytest.mark.parametrize("text", SEMICOLON_QUIET)
def test_fates_after_semicolon_list_quiet(text: str) -> None:
    assert not findings(text, 2024, FLOW_CODES), text


# 4. 其中 + a fate of any verb + the carried-out part: the stock split by state
STATE_SPLIT = [
    "新收政府信息公开申请64件，上年结转5件。其中，答复政府信息公开申请66件，均按期答复，"
    "结转下年度继续办理4件。",
    "本年新收申请52件，结转上年度办理2件。其中，已办结申请50件，结转下年度继续办理3件。",
]


@pytest.mark.parametrize("text", STATE_SPLIT)
def test_state_split_sentence_goes_on_with_the_stock(text: str) -> None:
    found = findings(text, 2024, ("N102",))
    assert found and "两者应相等" in found[0][1], found
    assert _severities(text, 2024, ("N102",)) == [Severity.WARNING]


STATE_SPLIT_QUIET = [
    # balanced
    "新收政府信息公开申请64件，上年结转5件。其中，答复政府信息公开申请65件，均按期答复，"
    "结转下年度继续办理4件。",
    # a kind, not a fate, beside the carried-out part: no state split read
    "本年新收申请52件，结转上年度办理2件。其中，网上申请40件，结转下年度继续办理3件。",
    # three figures after 其中: a list, not the two states
    "本年新收申请52件，结转上年度办理2件。其中，答复30件，告知18件，结转下年度继续办理3件。",
]


@pytest.mark.parametrize("text", STATE_SPLIT_QUIET)
def test_state_split_quiet(text: str) -> None:
    assert not findings(text, 2024, ("N102",)), text


# 5. an earlier year opening its statement with a verb and a total
def test_earlier_year_total_is_warned() -> None:
    text = "2024年发布主动公开信息共计71条，其中政策解读12条。"
    found = findings(text, 2025, ("N301",))
    assert found and "2024年" in found[0][1] and "2025年" in found[0][1], found
    assert _severities(text, 2025, ("N301",)) == [Severity.WARNING]


EARLIER_QUIET = [
    "2018年至今累计发布主动公开信息1200条，其中政策解读120条。",
    # a running total to that year's end: background
    "2024年“送法进万家”活动累计开展普法讲座320场，覆盖群众5万人次。",
    "2025年发布主动公开信息共计71条，其中政策解读12条。",
    "2024年出台的规范性文件共12件，均已报送备案。",
]


@pytest.mark.parametrize("text", EARLIER_QUIET)
def test_earlier_year_quiet(text: str) -> None:
    assert not findings(text, 2025, ("N301",)), text


# 6. the statistics period named 数据时限 / 数据期限
PERIODS = [
    "本报告所列数据时限均为2022年1月1日至2022年12月31日。全年主动公开信息71条。",
    "年报所列数据期限从2022年1月1日起至2022年12月31日止。全年主动公开信息71条。",
]


@pytest.mark.parametrize("text", PERIODS)
def test_statistics_period_named_without_de(text: str) -> None:
    found = findings(text, 2023, ("N301",))
    assert found and "2022年1月1日至2022年12月31日" in found[0][1], found
    assert "2023年" in found[0][1]


@pytest.mark.parametrize("text", PERIODS)
def test_statistics_period_of_the_report_year_quiet(text: str) -> None:
    assert not findings(text.replace("2022", "2023"), 2023, ("N301",))
