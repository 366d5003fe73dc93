"""A figure picked up again in a later paragraph under the same heading (issue 9).

The paragraphs are written for these tests from the general shapes; none comes from a blind
set."""

from __future__ import annotations

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def found(text: str, year: int | None = None) -> list[tuple[str, Severity | None, int]]:
    return [(r.code, r.severity, r.block) for r in contradictions(analyze_text(text, year))]


def test_parts_in_the_next_paragraph_of_a_whole_stated_before() -> None:
    """The whole in one paragraph, an exhaustive split of it in the next: a warning that
    points at both paragraphs."""
    bad = (
        "全年共受理劳动人事争议案件264件，均在法定期限内审结。\n"
        "按审理程序区分，适用普通程序审理的171件，适用简易程序审理的88件。"
    )
    rels = [r for r in contradictions(analyze_text(bad)) if r.code == "N102"]
    assert len(rels) == 1
    assert rels[0].severity is Severity.WARNING
    assert {s.block for s in rels[0].involved} == {0, 1}
    assert "两段" in rels[0].message
    assert found(bad.replace("88件", "93件")) == []


def test_a_reference_back_without_the_figure() -> None:
    """「上述案件中，…」 opens the later paragraph: its parts cannot exceed the whole."""
    bad = (
        "全年共受理消费投诉举报3120件，均已按期办结。\n"
        "上述投诉举报中，食品类投诉1480件，网购类投诉1350件，预付卡类投诉460件。"
    )
    assert [c for c, _, _ in found(bad)] == ["N101"]
    assert found(bad.replace("460件", "260件")) == []


def test_the_figure_repeated_is_not_counted_twice() -> None:
    """「在上述3120件中」 names the whole again: it is not one of the parts."""
    good = (
        "全年共受理消费投诉举报3120件，均已按期办结。\n"
        "在上述3120件中，食品类投诉1480件，网购类投诉1350件，预付卡类投诉260件。"
    )
    assert found(good) == []


def test_a_heading_between_the_paragraphs_starts_another_subject() -> None:
    """Under another heading the earlier whole is not picked up."""
    text = (
        "全年共受理劳动人事争议案件264件，均在法定期限内审结。\n"
        "（二）加强调解组织建设\n"
        "按审理程序区分，适用普通程序审理的171件，适用简易程序审理的88件。"
    )
    assert found(text) == []
