"""Session 33 round 2, coder overlap: figures after a whole that are no complete split of it
(issue 9), each rule with its own examples.

1. Kinds that make the whole to the unit, then a figure telling what became of the items
   (「其中来信70件，来访50件；信访事项已办结110件」): the state of the whole, no further part.
2. A bare state after them (「立案50件，已结案60件」) may be of the part before it: still summed.
"""

from __future__ import annotations

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def _found(text: str, year: int = 2024) -> list[tuple[str, Severity | None]]:
    return [(r.code, r.severity) for r in contradictions(analyze_text(text, year))]


def _split_codes(text: str) -> list[tuple[str, Severity | None]]:
    return [f for f in _found(text) if f[0] in ("N101", "N102")]


# 1. a state after kinds that make the whole
def test_state_after_exact_kinds_is_quiet() -> None:
    text = "2024年，本局共受理信访事项120件，其中来信70件，来访50件；信访事项已办结110件，办结率91.7%。"
    assert not _split_codes(text), _found(text)


def test_kinds_above_whole_before_state_is_error() -> None:
    text = "2024年，本局共受理信访事项120件，其中来信70件，来访60件；信访事项已办结110件，办结率91.7%。"
    assert ("N101", Severity.ERROR) in _found(text), _found(text)


# 2. a bare state after kinds that make the whole may be of the part before it: still summed
def test_bare_state_after_exact_kinds_is_error() -> None:
    text = "2024年，本局共受理举报事项120件，其中当场处理70件，立案50件，已结案60件。"
    assert ("N101", Severity.ERROR) in _found(text), _found(text)


def test_state_of_whole_within_whole_is_quiet() -> None:
    text = "2024年，本局共受理举报事项120件，其中当场处理70件，立案50件；举报事项已办结100件。"
    assert not _split_codes(text), _found(text)
