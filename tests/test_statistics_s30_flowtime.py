"""Session 30, coder flowtime: flow and time (issue 9), each rule with its own examples.

1. A 包括 list of words ending at a comma whose next clause opens with the total of those words
   (「另有辅助人员，包括书记员和法警，共58名」) counts what the list named: no part of the
   figure before the marker (partition ``_numeric_marker``).
2. What is left open at the year's end told with what came in and no concluded figure cannot
   exceed what came in and what was carried in (flow ``_judge_left_over``): an error with the
   carried-in figure stated or denied, a warning with it unsaid. The clause before a figure
   closed by a figure of its own (「上年结转2件，」) names that figure's time, not the next one's.
3. The text's own publication line (「本文首发于…」「本报告发布于…」) is a dateline, no dated
   work of the year (years N301).
"""

from __future__ import annotations

import pytest
from relation_helpers import errors, findings

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def _severities(text: str, year: int, codes: tuple[str, ...]) -> list[Severity | None]:
    return [r.severity for r in contradictions(analyze_text(text, year)) if r.code in codes]


# 1. a 包括 list of words and the total after it
WORDS_TOTAL = [
    "全院共有员额法官46名，另有辅助人员，包括书记员和法警，共58名。",
    "全市现有执业律师320名，律所其他工作人员，包括行政和财务人员，合计415名。",
]


@pytest.mark.parametrize("text", WORDS_TOTAL)
def test_words_listed_then_their_total_is_no_part(text: str) -> None:
    assert not findings(text, 2024, ("N101", "N102")), text


def test_listed_figures_after_includes_still_parts() -> None:
    found = errors("全院共有工作人员46名，包括员额法官30名、书记员20名。")
    assert any(code == "N101" and "30+20" in m for code, m in found), found


# 2. left open beyond what came in
def test_carried_out_above_intake_and_carried_in_is_error() -> None:
    text = "2024年，本机关收到政府信息公开申请4件，上年结转申请1件，结转下年度继续办理7件。"
    found = errors(text)
    assert any(code == "N101" and "7件" in m and "4件＋1件＝5件" in m for code, m in found), found


def test_carried_out_within_intake_and_carried_in_is_quiet() -> None:
    text = "2024年，本机关收到政府信息公开申请4件，上年结转申请1件，结转下年度继续办理3件。"
    assert not findings(text, 2024, ("N101", "N102", "N107")), text


def test_pending_above_intake_with_carry_in_denied_is_error() -> None:
    text = "全年新收行政复议案件6件，尚未审结9件，上年无结转案件。"
    assert Severity.ERROR in _severities(text, 2024, ("N101",)), text
    twin = "全年新收行政复议案件6件，尚未审结2件，上年无结转案件。"
    assert not findings(twin, 2024, ("N101", "N102")), twin


def test_pending_above_intake_carry_in_unsaid_is_warning() -> None:
    text = "全年新收行政复议案件6件，尚未审结9件。"
    assert _severities(text, 2024, ("N101",)) == [Severity.WARNING], text
    twin = "全年新收行政复议案件6件，尚未审结4件。"
    assert not findings(twin, 2024, ("N101",)), twin


# 3. the text's own publication line
def test_own_publication_line_is_no_dated_work() -> None:
    text = "本文首发于2025年9月12日《法治周刊》\n2024年，全市办理公证事项12万件。"
    assert not findings(text, 2024, ("N301",)), text


def test_document_published_later_still_dated_work() -> None:
    text = "《实施办法》发布于2025年9月12日，全年依据该办法办理案件12件。"
    assert findings(text, 2024, ("N301",)), text
