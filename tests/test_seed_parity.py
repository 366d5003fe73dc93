"""The seed reports give the findings written by hand in fixtures/expected/, in every format.

For every seed NNN the .txt, the -literal.docx (typed heading numbers) and the -autonum.docx
(Word automatic numbering) are linted with the S, H and T checks:

* every ``[[expect]]`` of fixtures/expected/NNN.toml is found in each format;
* no ``[[absent]]`` is found in any format;
* the S and H findings, as a multiset of (code, excerpt), are the same in all three formats
  (only the locations differ).

The expectations come from reading the seeds, not from program output (fixtures/README.md).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import pytest

from fazhi_lint.config import Config
from fazhi_lint.engine import Linter
from fazhi_lint.model import Diagnostic

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SEEDS = FIXTURES / "seeds"
MISC = FIXTURES / "misc"
EXPECTED = FIXTURES / "expected"
SEED_IDS = sorted(p.stem for p in EXPECTED.glob("[0-9][0-9][0-9].toml"))
FORMATS = ("txt", "literal.docx", "autonum.docx")
SELECT = ("S", "H", "T", "P2")
CODE_RE = re.compile(r"^[A-Z][0-9]{0,3}$")


def seed_path(seed: str, fmt: str) -> Path:
    return SEEDS / (f"{seed}.txt" if fmt == "txt" else f"{seed}-{fmt}")


def load_expected(seed: str) -> dict[str, list[dict[str, Any]]]:
    with open(EXPECTED / f"{seed}.toml", "rb") as handle:
        data = tomllib.load(handle)
    return {"expect": data.get("expect", []), "absent": data.get("absent", [])}


@lru_cache(maxsize=1)
def linter() -> Linter:
    return Linter(Config(select=SELECT))


@cache
def findings(path: Path) -> tuple[Diagnostic, ...]:
    if not path.exists():
        pytest.skip(f"{path.name} not built (run python fixtures/build_fixtures.py)")
    return tuple(linter().lint_path(path).diagnostics)


def matches(diagnostic: Diagnostic, spec: dict[str, Any]) -> bool:
    """``code`` is a code or a prefix; ``excerpt`` is in the excerpt or the context;
    ``message`` is in the message."""
    if not diagnostic.code.startswith(spec["code"]):
        return False
    excerpt = spec.get("excerpt")
    if excerpt and excerpt not in diagnostic.excerpt and excerpt not in diagnostic.context:
        return False
    message = spec.get("message")
    return not (message and message not in diagnostic.message)


def describe(found: tuple[Diagnostic, ...]) -> str:
    lines = [
        f"  {d.code} {d.location.human(d.offset)} {d.excerpt[:30]!r}: {d.message}" for d in found
    ]
    return "\n".join(lines) or "  (nothing)"


CASES = [(seed, fmt) for seed in SEED_IDS for fmt in FORMATS]


# -- the expectation files themselves (these run without any check) -------------------------


def test_every_seed_has_expectations() -> None:
    assert SEED_IDS == ["000", "001", "002", "003", "004"]


@pytest.mark.parametrize("seed", SEED_IDS)
def test_expectations_are_well_formed(seed: str) -> None:
    """Codes look like codes, every entry says why, every excerpt is text of the seed."""
    spec = load_expected(seed)
    assert spec["expect"], "a seed with no expected finding teaches nothing"
    text = seed_path(seed, "txt").read_text(encoding="utf-8")
    for entry in spec["expect"] + spec["absent"]:
        assert CODE_RE.match(entry["code"]), entry
        assert entry.get("why"), entry
        assert set(entry) <= {"code", "excerpt", "message", "why"}, entry
        if "excerpt" in entry:
            assert entry["excerpt"] in text, f"{entry['excerpt']!r} is not in {seed}.txt"
    expected_codes = {e["code"] for e in spec["expect"]}
    for entry in spec["absent"]:
        clash = [
            c for c in expected_codes if c.startswith(entry["code"]) or entry["code"].startswith(c)
        ]
        assert not clash, f"{entry['code']} is both expected and absent"


# -- findings ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("seed", "fmt"), CASES)
def test_reads_and_checks_cleanly(seed: str, fmt: str) -> None:
    """No reading problem (E…) and no crashed check (E999) on any seed file."""
    found = findings(seed_path(seed, fmt))
    errors = tuple(d for d in found if d.code.startswith("E"))
    assert not errors, describe(errors)


@pytest.mark.parametrize(("seed", "fmt"), CASES)
def test_expected_findings_are_found(seed: str, fmt: str) -> None:
    found = findings(seed_path(seed, fmt))
    missing = [e for e in load_expected(seed)["expect"] if not any(matches(d, e) for d in found)]
    assert not missing, (
        f"{seed}-{fmt}: expected but not found:\n"
        + "\n".join(f"  {e['code']} {e.get('excerpt', '')!r}: {e['why']}" for e in missing)
        + f"\nfound:\n{describe(found)}"
    )


@pytest.mark.parametrize(("seed", "fmt"), CASES)
def test_absent_findings_are_not_found(seed: str, fmt: str) -> None:
    found = findings(seed_path(seed, fmt))
    wrong = [(e, d) for e in load_expected(seed)["absent"] for d in found if matches(d, e)]
    assert not wrong, f"{seed}-{fmt}: findings that should not be there:\n" + "\n".join(
        f"  {d.code} {d.excerpt[:30]!r}: {d.message}\n    (expected absent: {e['why']})"
        for e, d in wrong
    )


def structure_and_headings(found: tuple[Diagnostic, ...]) -> Counter[tuple[str, str]]:
    return Counter((d.code, d.excerpt) for d in found if d.code[0] in "SH")


@pytest.mark.parametrize("seed", SEED_IDS)
def test_formats_agree(seed: str) -> None:
    """The same S and H findings (code, excerpt) whether the report is .txt or .docx."""
    reference = structure_and_headings(findings(seed_path(seed, "txt")))
    for fmt in FORMATS[1:]:
        other = structure_and_headings(findings(seed_path(seed, fmt)))
        assert other == reference, (
            f"{seed}: {fmt} differs from .txt\n"
            f"  only in .txt: {sorted((reference - other).elements())}\n"
            f"  only in {fmt}: {sorted((other - reference).elements())}"
        )


# -- the same report in other encodings and as Markdown ----------------------------------------

ENCODED = [("003", "003-gb18030.txt"), ("000", "000-utf16.txt")]


@pytest.mark.parametrize(("seed", "name"), ENCODED)
def test_encoded_copies_give_identical_findings(seed: str, name: str) -> None:
    """GB18030 and UTF-16 copies: same findings at the same lines and columns."""

    def key(d: Diagnostic) -> tuple[Any, ...]:
        return (d.code, d.excerpt, d.location.line, d.location.column, d.span, d.message)

    original = sorted(map(key, findings(seed_path(seed, "txt"))))
    assert sorted(map(key, findings(MISC / name))) == original


def test_markdown_copy_gives_the_same_structure_and_heading_findings() -> None:
    reference = structure_and_headings(findings(seed_path("001", "txt")))
    assert structure_and_headings(findings(MISC / "001.md")) == reference


def test_web_copy_gives_the_same_structure_and_heading_findings() -> None:
    """Seed 002 is a scrape of a web page; the page itself (misc/002-web.html, chrome and
    all) must be judged like the scraped text: same S and H findings."""
    reference = structure_and_headings(findings(seed_path("002", "txt")))
    assert structure_and_headings(findings(MISC / "002-web.html")) == reference
