"""The statistics relations of a text, for the tests written from the general shapes:
``found`` (code and message of every contradiction), ``codes`` (the codes alone), ``errors``
(code and message of the N errors) and ``findings`` (of every reported severity, maybe of
some codes only)."""

from __future__ import annotations

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def found(text: str, year: int | None = None) -> list[tuple[str, str]]:
    return [(r.code, r.message) for r in contradictions(analyze_text(text, year))]


def codes(text: str, year: int | None = None) -> list[str]:
    return [code for code, _ in found(text, year)]


def errors(text: str, year: int = 2024) -> list[tuple[str, str]]:
    return [
        (r.code, r.message)
        for r in contradictions(analyze_text(text, year))
        if r.code.startswith("N") and r.severity is Severity.ERROR
    ]


def findings(text: str, year: int = 2024, codes: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    return [
        (r.code, r.message)
        for r in contradictions(analyze_text(text, year))
        if r.severity is not None and (not codes or r.code in codes)
    ]
