"""False errors on consistent cases, session 36 (s36-quiet): each reading with its twin.

Written for these tests from the general shapes (other bodies, names and figures than the
read sets' cases they generalise)."""

from __future__ import annotations

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def _n101(text: str) -> list[tuple[Severity, str]]:
    return [(r.severity, r.message) for r in contradictions(analyze_text(text)) if r.code == "N101"]


# --- parts that add up exactly to a figure nearer to them than the whole the rule took -----------


def test_parts_adding_up_to_the_nearer_figure_take_it_as_their_whole() -> None:
    """「登记赔偿申请4件，…；另受理投诉案件40件，已办结31件，尚未办结9件」: 31+9 = 40, the
    nearer figure, is their whole — no contradiction with the 4 before it."""
    text = "全年登记国家赔偿申请4件，均已作出决定；另受理投诉案件40件，已办结31件，尚未办结9件。"
    assert [s for s, _ in _n101(text)].count(Severity.ERROR) == 0
    budget = (
        "全年收入安排18000万元（其中：本级15000万元，园区3000万元），"
        "比年初预算数增加2500万元（其中：本级2100万元，园区400万元），增长16.1%。"
    )
    assert [s for s, _ in _n101(budget)].count(Severity.ERROR) == 0


def test_parts_missing_the_nearer_figure_stay_an_error() -> None:
    """The same with a mistyped part (31→33): 33+9 = 42 is no figure of the text."""
    text = "全年登记国家赔偿申请4件，均已作出决定；另受理投诉案件40件，已办结33件，尚未办结9件。"
    errors = [m for s, m in _n101(text) if s is Severity.ERROR]
    assert errors and "42件（33+9）" in errors[0] and "总数40件" in errors[0]
