"""The statistics relations of a text, for the tests written from the general shapes:
``found`` (code and message of every contradiction) and ``codes`` (the codes alone)."""

from __future__ import annotations

from fazhi_lint.analysis.relations import analyze_text, contradictions


def found(text: str, year: int | None = None) -> list[tuple[str, str]]:
    return [(r.code, r.message) for r in contradictions(analyze_text(text, year))]


def codes(text: str, year: int | None = None) -> list[str]:
    return [code for code, _ in found(text, year)]
