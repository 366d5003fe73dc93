"""The shared grammars (fazhi_lint/grammar.py), the E codes and the family table, each stated
once."""

from __future__ import annotations

import re

import pytest

from fazhi_lint import batch, grammar
from fazhi_lint.cli import build_parser
from fazhi_lint.model import FAMILIES, FAMILY_NAMES, family_order
from fazhi_lint.readers import errors
from fazhi_lint.registry import default_registry


@pytest.mark.parametrize("dash", [*grammar.DASHES, "至", "到"])
def test_a_year_ending_a_range_is_not_a_standalone_year(dash: str) -> None:
    text = f"《某区法治政府建设规划（2021{dash}2025年）》印发于2021年"
    found = [m.group(1) for m in grammar.YEAR_RE.finditer(text)]
    assert found == ["2021"]  # the publication year, not either end of the range
    bracketed = re.search(grammar.BRACKETED_YEAR_RANGE, text)
    assert bracketed is not None
    assert (bracketed.group(1), bracketed.group(2), bracketed.group(3)) == ("2021", dash, "2025")


def test_year_mentions_and_ideographs() -> None:
    assert grammar.YEAR_MENTION_RE.sub("", "2024年度某区二〇二四年报告") == "某区报告"
    assert grammar.YEAR_RE.search("1899年") is None
    assert grammar.is_ideograph("法") and grammar.is_ideograph("\u3400")
    assert not grammar.is_ideograph("A") and not grammar.is_ideograph("，")
    assert grammar.IDEOGRAPH_RE.fullmatch("\uf900") and not grammar.HAN_RE.fullmatch("\uf900")


def test_the_unit_grammar_is_the_lexicons() -> None:
    from fazhi_lint.analysis.quantities import load_lexicon

    assert grammar.unit_pattern() == load_lexicon().unit_re
    units = {"count": ["件", "件次"], "money": ["元"], "not-before": {"元": "素"}}
    assert grammar.unit_alternation(units) == "件次|件|元(?![素])"
    assert grammar.unit_kinds(units) == {"件": "count", "件次": "count", "元": "money"}


def test_every_e_code_is_named_once() -> None:
    named = {
        value
        for key, value in vars(errors).items()
        if key.isupper() and isinstance(value, str) and re.fullmatch(r"E\d{3}", value)
    }
    assert named == set(errors.INPUT_PROBLEMS)
    assert errors.INPUT_PROBLEMS[errors.CHECK_LIMIT_EXCEEDED].name == "check-limit-exceeded"
    assert batch.LIMIT_CODE == errors.CHECK_LIMIT_EXCEEDED
    assert batch.CRASH_CODE == errors.INTERNAL_ERROR
    help_text = build_parser()._subparsers._group_actions[0].choices["check"].format_help()  # type: ignore[union-attr]
    assert f"{errors.CHECK_LIMIT_EXCEEDED} 问题" in help_text


def test_one_family_table() -> None:
    letters = {c.family for c in default_registry().checks}
    assert letters <= set(FAMILY_NAMES)
    assert {k: zh for k, (zh, _) in FAMILY_NAMES.items()} == FAMILIES
    assert sorted(["E", "X", "S"], key=family_order) == ["S", "E", "X"]
