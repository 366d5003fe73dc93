"""The statistics relations of a text, for the tests written from the general shapes:
``found`` (code and message of every contradiction), ``codes`` (the codes alone), ``errors``
(code and message of the N errors) and ``findings`` (of every reported severity, maybe of
some codes only); ``table_document`` builds a paragraph, a table and a paragraph."""

from __future__ import annotations

from functools import lru_cache

from fazhi_lint.analysis.relations import Relation, analyze_text, contradictions
from fazhi_lint.model import Block, BlockKind, Document, Location, Severity

# the texts whose contradictions are kept: a module's tests ask of one sentence more than one
# thing (``found`` in one test, ``errors`` in the next: ~450 of the lane's 13,800 readings
# were repeats, session 19); a module's cases run one after another, so a few hundred suffice
KEPT_TEXTS = 512

# the codes a flow (intake → decision → outcome) contradiction may be reported under
FLOW_CODES = ("N101", "N102", "N103", "N107")


@lru_cache(maxsize=KEPT_TEXTS)
def _contradictions(text: str, year: int | None) -> tuple[Relation, ...]:
    """The same reading ``analyze_text`` gives (it keeps no state between texts); the frozen
    relations never leave this module, the helpers return new lists of their fields."""
    return tuple(contradictions(analyze_text(text, year)))


def found(text: str, year: int | None = None) -> list[tuple[str, str]]:
    return [(r.code, r.message) for r in _contradictions(text, year)]


def codes(text: str, year: int | None = None) -> list[str]:
    return [code for code, _ in found(text, year)]


def errors(text: str, year: int = 2024) -> list[tuple[str, str]]:
    return [
        (r.code, r.message)
        for r in _contradictions(text, year)
        if r.code.startswith("N") and r.severity is Severity.ERROR
    ]


# the reason a rate read against several pairs of figures, none fitting, is a warning
# (relations/sure.py, session 28): the text names no pair
SEVERAL_READINGS = "多种可能的取法"


def judged(text: str, year: int = 2024) -> list[tuple[str, str]]:
    """The N errors, and the N104 warnings of a rate read against several pairs of figures
    none of which fits (an error before session 28: the finding is the same, its severity
    says the text names no pair)."""
    return [
        (r.code, r.message)
        for r in _contradictions(text, year)
        if r.code.startswith("N")
        and (
            r.severity is Severity.ERROR
            or (
                r.code == "N104"
                and r.severity is Severity.WARNING
                and SEVERAL_READINGS in r.message
            )
        )
    ]


def findings(text: str, year: int = 2024, codes: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    return [
        (r.code, r.message)
        for r in _contradictions(text, year)
        if r.severity is not None and (not codes or r.code in codes)
    ]


def table_document(rows: list[list[str]], before: str, after: str) -> Document:
    """A .docx-like document: a paragraph, one table of ``rows`` (cells as blocks), a paragraph."""
    blocks: list[Block] = [
        Block(index=0, text=before, kind=BlockKind.PARAGRAPH, location=Location(block=0))
    ]
    for r, row in enumerate(rows, 1):
        for c, text in enumerate(row, 1):
            i = len(blocks)
            blocks.append(
                Block(
                    index=i,
                    text=text,
                    kind=BlockKind.TABLE_CELL,
                    location=Location(block=i, part="body", table=1, row=r, cell=c, page=1),
                )
            )
    i = len(blocks)
    blocks.append(Block(index=i, text=after, kind=BlockKind.PARAGRAPH, location=Location(block=i)))
    return Document(path="<docx>", format="docx", blocks=blocks)
