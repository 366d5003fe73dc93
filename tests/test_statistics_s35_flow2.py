"""Session 35 round 2 (s35-flow2): a short gloss in brackets inside a figure's noun
(「…经营（零售）许可申请」「执法部门（机构）…案件」「村（社区）…」) no longer cuts the figure
from the verb told before the bracket: the number is named by the words on both sides of it,
so an intake stays an intake and the outcomes told after it are summed against it. Only when
the words after the bracket name no verb of their own, the gloss holds no digit and is short.

Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from relation_helpers import errors, findings

from fazhi_lint.analysis.quantities import extract


def test_the_verb_before_a_gloss_names_the_figure() -> None:
    q = extract("全年共受理药品经营（零售）许可申请64件，准予许可60件。").quantities[0]
    assert q.verb == "受理" and q.family == "accepted", (q.verb, q.family)
    assert "（零售）" not in q.noun and q.noun.startswith("药品经营"), q.noun


def test_the_words_after_the_bracket_keep_their_own_verb() -> None:
    q = extract("全镇村（社区）网格员上报隐患线索57条。").quantities[0]
    assert q.verb == "上报", q.verb


def test_a_gloss_with_a_digit_is_no_part_of_the_noun() -> None:
    q = extract("全年受理申请（2024年度）案件30件。").quantities[0]
    assert q.verb != "受理", (q.verb, q.noun)


CONTRADICTIONS = [
    (
        "全年共受理药品经营（零售）许可申请64件，依法作出准予许可决定55件，不予许可6件，申请人撤回申请5件。",
        "66件",
        ("55", "6", "5", "64件"),
    ),
    (
        "区司法局全年收到各镇（街道）调解组织报送的矛盾纠纷120件，调解成功104件，调解不成功19件。",
        "123件",
        ("104", "19", "120件"),
    ),
]


@pytest.mark.parametrize(("text", "total", "figures"), CONTRADICTIONS)
def test_outcomes_over_an_intake_with_a_gloss(
    text: str, total: str, figures: tuple[str, ...]
) -> None:
    hits = [m for c, m in errors(text) if c == "N101"]
    assert any(total in m and all(f in m for f in figures) for m in hits), findings(text)


CONSISTENT = [
    "全年共受理药品经营（零售）许可申请64件，依法作出准予许可决定55件，不予许可4件，申请人撤回申请5件。",
    "区司法局全年收到各镇（街道）调解组织报送的矛盾纠纷120件，调解成功104件，调解不成功16件。",
    # the two answers of the decision that make the whole
    "全年共受理药品经营（零售）许可申请64件，依法作出准予许可决定60件，不予许可4件。",
]


@pytest.mark.parametrize("text", CONSISTENT)
def test_consistent(text: str) -> None:
    assert not [(c, m) for c, m in findings(text) if c.startswith("N")], findings(text)
