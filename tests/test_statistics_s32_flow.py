"""Session 32, coder flow: balances of a flow (issue 9), each rule with its own examples.

1. The concluded figure with its carried-in part in its bracket and no open figure told
   (「新受理40件，办结47件（含上年结转3件）」): the concluded less the carried-in part are this
   year's cases, not more than the new ones — a warning; fewer is quiet (the open part is
   untold).
2. What was fixed named by the found figure's noun after the fix verb (「发现安全隐患60处，督促整改
   安全隐患72处」) is of what was found — more is a warning; a bracket saying it holds more
   (含复查整改) or a carry-over keeps it quiet.
3. A clause denying any carry into the next year (「无结转下年度办理件」) says nothing is left
   open: the answered figure must be all that was received (a warning).
4. The part carried into the next year told in the concluded figure's bracket (「完成45件(结转至
   下年度办理3件)」) is the open part: concluded + open below what was received is a warning.
"""

from __future__ import annotations

from relation_helpers import findings

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def _found(text: str, year: int = 2024) -> list[tuple[str, Severity | None]]:
    return [(r.code, r.severity) for r in contradictions(analyze_text(text, year))]


# 1. the carried-in part in the concluded figure's bracket, no open figure
def test_concluded_less_carried_in_above_new_is_warning() -> None:
    text = "2024年，本局新受理政府信息公开申请40件，依法办结47件（含上年度结转3件），无行政复议。"
    assert ("N102", Severity.WARNING) in _found(text), _found(text)


def test_concluded_less_carried_in_within_new_is_quiet() -> None:
    text = "2024年，本局新受理政府信息公开申请40件，依法办结47件（含上年度结转9件），无行政复议。"
    assert not findings(text, 2024, ("N101", "N102", "N107")), _found(text)


def test_concluded_less_carried_in_short_of_new_is_quiet() -> None:
    # the open part is untold: fewer concluded is no contradiction
    text = "2024年，本局新受理政府信息公开申请40件，依法办结30件（含上年度结转3件），无行政复议。"
    assert not findings(text, 2024, ("N101", "N102", "N107")), _found(text)


# 2. the fix named by the found figure's noun
def test_fixed_with_found_noun_above_found_is_warning() -> None:
    text = "专项行动中，共检查商户36家，发现安全隐患60处，督促整改安全隐患72处，约谈负责人5人。"
    assert ("N107", Severity.WARNING) in _found(text), _found(text)


def test_fixed_with_found_noun_below_found_is_quiet() -> None:
    text = "专项行动中，共检查商户36家，发现安全隐患60处，督促整改安全隐患52处，约谈负责人5人。"
    assert not findings(text, 2024, ("N101", "N107")), _found(text)


def test_fixed_holding_rechecks_is_quiet() -> None:
    text = (
        "专项行动中，共检查商户36家，发现安全隐患60处，督促整改安全隐患72处（含复查整改），"
        "约谈负责人5人。"
    )
    assert not findings(text, 2024, ("N101", "N107")), _found(text)


def test_fixed_with_other_noun_is_quiet() -> None:
    text = "专项行动中，共检查商户36家，发现安全隐患60处，督促整改消防通道72处，约谈负责人5人。"
    assert not findings(text, 2024, ("N101", "N107")), _found(text)


# 3. no carry into the next year: nothing left open
def test_no_carry_out_and_fewer_answered_is_warning() -> None:
    text = "2024年，本街道共收到依申请公开件6件，已答复4件，无结转下年度继续办理件。"
    assert ("N102", Severity.WARNING) in _found(text), _found(text)


def test_no_carry_out_and_all_answered_is_quiet() -> None:
    text = "2024年，本街道共收到依申请公开件6件，已答复6件，无结转下年度继续办理件。"
    assert not findings(text, 2024, ("N101", "N102", "N107")), _found(text)


# 4. the carried-out part in the concluded figure's bracket
def test_bracketed_carry_out_short_of_received_is_warning() -> None:
    text = "2024年，共收到依申请公开信息共58件，完成45件（结转至下年度办理3件）。"
    assert ("N101", Severity.WARNING) in _found(text), _found(text)


def test_bracketed_carry_out_balanced_is_quiet() -> None:
    text = "2024年，共收到依申请公开信息共58件，完成55件（结转至下年度办理3件）。"
    assert not findings(text, 2024, ("N101", "N102", "N107")), _found(text)
