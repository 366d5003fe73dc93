"""The labelled statistics set (fixtures/statistics/*.toml): precision and recall per relation type.

Every case is a paragraph (or a table, or a short report) with the verdict a careful reviewer
gives per relation type. The table printed by ``pytest -s`` (or ``python -m
tests.test_statistics_labelled``) shows, per type, precision and recall at error severity and
at any severity. Targets: at error severity recall >= 0.95 and precision >= 0.98.
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from fazhi_lint.analysis.relations import (
    KIND_OF_CODE,
    KINDS,
    analyze_document,
    contradictions,
)
from fazhi_lint.analysis.views import statistics_sections
from fazhi_lint.model import Block, BlockKind, Document, Location, Severity
from fazhi_lint.profiles import load_profile

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "statistics"
TYPES = list(KINDS)
VERDICTS = ("error", "warning", "ok")


@dataclass
class Case:
    id: str
    source: str
    expect: dict[str, str]
    text: str | None = None
    table: list[list[str]] | None = None
    report_year: int | None = None
    note: str = ""
    found: dict[str, Severity] = field(default_factory=dict)
    messages: list[str] = field(default_factory=list)


def load_cases() -> list[Case]:
    cases: list[Case] = []
    for path in sorted(FIXTURES.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for raw in data.get("case", []):
            cases.append(
                Case(
                    id=raw["id"],
                    source=path.name,
                    expect=dict(raw.get("expect", {})),
                    text=raw.get("text"),
                    table=raw.get("table"),
                    report_year=raw.get("report_year"),
                    note=raw.get("note", ""),
                )
            )
    return cases


def document_of(case: Case) -> Document:
    blocks: list[Block] = []
    if case.text is not None:
        for number, line in enumerate(case.text.splitlines(), start=1):
            if line.strip():
                i = len(blocks)
                blocks.append(Block(i, line.strip(), location=Location(block=i, line=number)))
    if case.table is not None:
        for r, row in enumerate(case.table, start=1):
            for c, cell in enumerate(row, start=1):
                i = len(blocks)
                blocks.append(
                    Block(
                        i,
                        cell,
                        kind=BlockKind.TABLE_CELL,
                        location=Location(block=i, table=1, row=r, cell=c),
                    )
                )
    return Document(path=f"{case.source}#{case.id}", format="text", blocks=blocks)


def run_case(case: Case) -> Case:
    document = document_of(case)
    sections = None
    if case.report_year is not None:  # the parts as production reads them (the outline)
        _, sections = statistics_sections(document, load_profile("national"), case.report_year)
    for rel in contradictions(analyze_document(document, case.report_year, sections)):
        kind = KIND_OF_CODE[rel.code]
        severity = rel.severity or Severity.WARNING
        case.found[kind] = max(case.found.get(kind, Severity.INFO), severity)
        case.messages.append(f"{rel.code} {severity.label}: {rel.message}")
    return case


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def score(cases: list[Case]) -> tuple[dict[str, Score], dict[str, Score], list[str]]:
    """Per type: (error-level score, any-severity score, list of mistakes)."""
    at_error = {t: Score() for t in TYPES}
    at_any = {t: Score() for t in TYPES}
    mistakes: list[str] = []
    for case in cases:
        for t in TYPES:
            label = case.expect.get(t, "ok")
            found = case.found.get(t)
            err_pred = found is not None and found >= Severity.ERROR
            any_pred = found is not None
            s = at_error[t]
            if label == "error" and err_pred:
                s.tp += 1
            elif label == "error":
                s.fn += 1
            elif err_pred:
                s.fp += 1
            a = at_any[t]
            positive = label in ("error", "warning")
            if positive and any_pred:
                a.tp += 1
            elif positive:
                a.fn += 1
            elif any_pred:
                a.fp += 1
            wrong = (label == "error") != err_pred or positive != any_pred
            if wrong:
                got = found.label if found is not None else "nothing"
                mistakes.append(
                    f"{case.source}:{case.id} {t}: expected {label}, got {got} {case.messages}"
                )
    return at_error, at_any, mistakes


def table(cases: list[Case]) -> str:
    at_error, at_any, mistakes = score(cases)
    labels = Counter(
        (t, case.expect.get(t, "ok")) for case in cases for t in TYPES if t in case.expect
    )
    lines = [
        f"labelled statistics set: {len(cases)} cases",
        f"{'type':12} {'err+':>4} {'warn+':>5} {'ok':>3} | {'P@error':>7} {'R@error':>7} | "
        f"{'P@any':>6} {'R@any':>6}",
    ]
    for t in TYPES:
        e, a = at_error[t], at_any[t]
        lines.append(
            f"{t:12} {labels[(t, 'error')]:>4} {labels[(t, 'warning')]:>5} {labels[(t, 'ok')]:>3} | "
            f"{e.precision:7.3f} {e.recall:7.3f} | {a.precision:6.3f} {a.recall:6.3f}"
        )
    total_e = Score(*(sum(getattr(at_error[t], k) for t in TYPES) for k in ("tp", "fp", "fn")))
    total_a = Score(*(sum(getattr(at_any[t], k) for t in TYPES) for k in ("tp", "fp", "fn")))
    lines.append(
        f"{'all':12} {'':>4} {'':>5} {'':>3} | {total_e.precision:7.3f} {total_e.recall:7.3f} | "
        f"{total_a.precision:6.3f} {total_a.recall:6.3f}"
    )
    if mistakes:
        lines.append("mistakes:")
        lines.extend(f"  {m}" for m in mistakes)
    return "\n".join(lines)


@pytest.fixture(scope="module")
def evaluated() -> list[Case]:
    return [run_case(c) for c in load_cases()]


def test_set_is_large_and_well_formed() -> None:
    cases = load_cases()
    assert len(cases) >= 150
    ids = [c.id for c in cases]
    assert len(ids) == len(set(ids)), "duplicate case ids"
    for case in cases:
        assert (case.text is None) != (case.table is None), case.id
        for t, verdict in case.expect.items():
            assert t in TYPES, f"{case.id}: unknown relation type {t}"
            assert verdict in VERDICTS, f"{case.id}: unknown verdict {verdict}"
    texts = [c.text for c in cases if c.text]
    assert len(texts) == len(set(texts)), "duplicate texts"
    kinds = Counter(t for c in cases for t, v in c.expect.items() if v != "ok")
    for t in ("partition", "flow", "rate", "rate-cap"):
        assert kinds[t] >= 3, f"too few contradictions of type {t}"


def test_error_severity_targets(evaluated: list[Case]) -> None:
    print()
    print(table(evaluated))
    at_error, _, _ = score(evaluated)
    for t, s in at_error.items():
        assert s.recall >= 0.95, f"{t}: recall at error severity {s.recall:.3f}"
        assert s.precision >= 0.98, f"{t}: precision at error severity {s.precision:.3f}"


def test_heuristic_findings_are_mostly_right(evaluated: list[Case]) -> None:
    _, at_any, _ = score(evaluated)
    for t, s in at_any.items():
        assert s.precision >= 0.9, f"{t}: precision at any severity {s.precision:.3f}"
        assert s.recall >= 0.9, f"{t}: recall at any severity {s.recall:.3f}"


def test_clean_cases_are_silent(evaluated: list[Case]) -> None:
    noisy = [
        (c.id, c.messages)
        for c in evaluated
        if c.source == "clean.toml" and set(c.found) - {t for t, v in c.expect.items() if v != "ok"}
    ]
    assert not noisy


if __name__ == "__main__":  # pragma: no cover
    print(table([run_case(c) for c in load_cases()]))
    _: Any = None
