"""Session 33, coder flow: carry-over words read by their direction (issue 9), each rule with
its own examples.

1. A bare denial of a carry (「无结转」) followed by a next period or a later year
   (「无结转下年度继续办理」「无结转2025年继续办理件」) denies a carry OUT of the year, not a carry
   in: it does not make more concluded than received an error (an untold carry-in may explain
   it — a warning at most); 「无上年结转」「无结转。」 still deny the carry-in.
2. The carried-in part told inside the concluded figure's 其中 bracket, after its count
   (「办结41件（其中1件为上年度结转）」), is read as 「（含上年度结转1件）」 is: the concluded
   less it cannot pass the new figure (a warning); within it is quiet.
"""

from __future__ import annotations

from relation_helpers import findings

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def _found(text: str, year: int = 2024) -> list[tuple[str, Severity | None]]:
    return [(r.code, r.severity) for r in contradictions(analyze_text(text, year))]


def _errors(text: str, year: int = 2024) -> list[tuple[str, Severity | None]]:
    return [f for f in _found(text, year) if f[1] is Severity.ERROR]


# 1. a denied carry into the next period is no denied carry-in
def test_no_carry_out_with_bracketed_carry_in_is_quiet() -> None:
    text = (
        "2024年，本机关共受理政府信息公开申请40件，办结41件（其中1件为2023年结转本年度办理），"
        "无结转下年度继续办理。"
    )
    assert not findings(text, 2024, ("N101", "N102", "N107")), _found(text)


def test_no_carry_out_into_named_year_is_no_error() -> None:
    text = "2024年，本机关共受理政府信息公开申请40件，办结41件，无结转2025年继续办理件。"
    assert not _errors(text), _found(text)


def test_no_carry_in_denied_is_still_error() -> None:
    text = "2024年，本机关共受理政府信息公开申请40件，办结41件，无上年结转。"
    assert ("N107", Severity.ERROR) in _found(text), _found(text)


def test_bare_no_carry_at_sentence_end_is_still_error() -> None:
    text = "2024年，本机关共受理政府信息公开申请40件，办结41件，无结转。"
    assert ("N107", Severity.ERROR) in _found(text), _found(text)


# 2. the carried-in part told after its count in the concluded figure's 其中 bracket
def test_among_bracket_carry_in_above_new_is_warning() -> None:
    text = (
        "2024年，本机关共受理政府信息公开申请40件，办结43件（其中1件为2023年结转本年度办理），"
        "无结转下年度继续办理。"
    )
    assert ("N102", Severity.WARNING) in _found(text), _found(text)
    assert not _errors(text), _found(text)


def test_among_bracket_carry_in_within_new_is_quiet() -> None:
    text = "2024年，本机关新收行政复议申请25件，审结27件（其中3件系上年结转案件），无行政诉讼。"
    assert not findings(text, 2024, ("N101", "N102", "N107")), _found(text)


def test_among_bracket_carry_in_twin_above_new_is_warning() -> None:
    text = "2024年，本机关新收行政复议申请25件，审结29件（其中3件系上年结转案件），无行政诉讼。"
    assert ("N102", Severity.WARNING) in _found(text), _found(text)


def test_among_bracket_of_a_kind_is_no_carry_in() -> None:
    # (the bracket's count is a kind of the concluded, not told carried in)
    text = "2024年，本机关新收行政复议申请25件，审结29件（其中3件为涉企案件），无行政诉讼。"
    assert ("N102", Severity.WARNING) not in _found(text), _found(text)
