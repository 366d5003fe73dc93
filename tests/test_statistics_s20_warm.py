"""Session 20's warm shortcut (issue 12) gives what the long way gave: ``analyze_block``
no longer runs the rules that relate two figures (partition groups, flow, change,
containment, members, shares) on a paragraph holding one figure; each of them, run anyway, finds nothing in
such a paragraph of the labelled statistics cases, and the block's relations are the same
with and without the shortcut."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from fazhi_lint.analysis.quantities import extract, load_lexicon
from fazhi_lint.analysis.relations import analyze
from fazhi_lint.analysis.relations.change import change_relations
from fazhi_lint.analysis.relations.containment import containment_relations
from fazhi_lint.analysis.relations.flow import flow_relations
from fazhi_lint.analysis.relations.members import member_relations
from fazhi_lint.analysis.relations.partition import partition_groups

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

_SETS = Path(__file__).resolve().parents[1] / "fixtures" / "statistics"


def _one_figure_lines() -> list[str]:
    """Every line of the first labelled sets' cases that holds exactly one figure."""
    lex = load_lexicon()
    lines: list[str] = []
    for path in sorted(_SETS.glob("blind[1-9]/*.toml")):
        for case in tomllib.loads(path.read_text(encoding="utf-8")).get("case", []):
            for line in str(case.get("text", "")).splitlines():
                if line.strip() and len(extract(line, 0, lex).quantities) == 1:
                    lines.append(line)
    return lines


@pytest.fixture(scope="module")
def one_figure_lines() -> list[str]:
    lines = _one_figure_lines()
    assert len(lines) > 100  # the sets are there and hold such lines
    return lines


def test_rules_of_two_figures_find_nothing_in_one(one_figure_lines: list[str]) -> None:
    lex = load_lexicon()
    for line in one_figure_lines:
        bq = extract(line, 0, lex)
        assert partition_groups(bq, lex) == [], line
        assert flow_relations(bq, lex) == [], line
        assert change_relations(bq, lex) == [], line
        assert containment_relations(bq, lex) == [], line
        assert member_relations(bq, lex) == [], line


def test_a_block_of_one_figure_reads_as_before(
    one_figure_lines: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    lex = load_lexicon()
    shortcut = [analyze.analyze_block(extract(line, 0, lex), lex) for line in one_figure_lines]
    # the long way: every rule run whatever the count of figures
    monkeypatch.setattr(analyze, "len", lambda items: max(2, len(items)), raising=False)
    long_way = [analyze.analyze_block(extract(line, 0, lex), lex) for line in one_figure_lines]
    assert shortcut == long_way
