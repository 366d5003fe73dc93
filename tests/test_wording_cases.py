"""The labelled wording cases (fixtures/wording/cases.toml): positives fire, traps stay silent.

Each case is the body of a small report; the score is the share of cases handled right. The
figure before the wording work was recorded in fixtures/wording/README.md.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from fazhi_lint.config import Config
from fazhi_lint.engine import Linter
from fazhi_lint.model import Diagnostic
from fazhi_lint.readers import read_bytes

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CASES = Path(__file__).resolve().parents[1] / "fixtures" / "wording" / "cases.toml"
# Document-level or out-of-scope findings are not scored (P101 is about the whole report).
UNSCORED = ("P101",)


@dataclass(frozen=True)
class Case:
    number: int
    kind: str
    text: str
    expect: tuple[str, ...]
    forbid: tuple[str, ...]
    year: int
    file: str

    @property
    def trap(self) -> bool:
        return not self.expect


def load_cases() -> list[Case]:
    raw = tomllib.loads(CASES.read_text(encoding="utf-8"))["case"]
    return [
        Case(
            number=i,
            kind=c["kind"],
            text=c["text"],
            expect=tuple(c.get("expect", ())),
            forbid=tuple(c.get("forbid", ())),
            year=int(c.get("year", 2023)),
            file=c.get("file", "报告.txt"),
        )
        for i, c in enumerate(raw, 1)
    ]


@cache
def linter() -> Linter:
    return Linter(Config(select=("P", "T"), profile="national"))


def findings(case: Case) -> list[Diagnostic]:
    title = f"某区司法局{case.year}年度法治政府建设情况报告"
    document = read_bytes(f"{title}\n{case.text}\n".encode(), case.file)
    found = linter().lint_document(document)
    return [
        d
        for d in found
        if d.code not in UNSCORED and (d.location.block is None or d.location.block > 0)
    ]


def verdict(case: Case) -> tuple[bool, list[str]]:
    codes = [d.code for d in findings(case)]
    if case.trap:
        return not codes, codes
    hit = all(any(c.startswith(e) for c in codes) for e in case.expect)
    clean = not any(c.startswith(f) for c in codes for f in case.forbid)
    return hit and clean, codes


def score() -> tuple[int, int, list[tuple[Case, list[str]]]]:
    cases = load_cases()
    wrong = []
    for case in cases:
        ok, codes = verdict(case)
        if not ok:
            wrong.append((case, codes))
    return len(cases) - len(wrong), len(cases), wrong


def test_half_the_cases_are_traps() -> None:
    cases = load_cases()
    traps = sum(c.trap for c in cases)
    assert traps * 3 >= len(cases), (traps, len(cases))


@pytest.mark.parametrize("case", load_cases(), ids=lambda c: f"{c.number:02d}-{c.kind}")
def test_case(case: Case) -> None:
    ok, codes = verdict(case)
    assert ok, (case.text, case.expect, codes)


if __name__ == "__main__":  # pragma: no cover - the scoring command in the README
    right, total, wrong = score()
    for case, codes in wrong:
        print(f"{case.number:02d} {case.kind:16} expect={list(case.expect)} got={codes}")
        print("   ", case.text.replace("\n", " / ")[:90])
    print(f"{right}/{total} right")
