"""General rules added for issue 9 after blind set 1 (stats-c), each with a consistent twin.

The sentences are written for these tests; none comes from a blind set."""

from __future__ import annotations

from fazhi_lint.analysis.relations import analyze_text, contradictions


def found(text: str) -> list[tuple[str, str]]:
    return [(r.code, r.message) for r in contradictions(analyze_text(text))]


def codes(text: str) -> list[str]:
    return [code for code, _ in found(text)]


def test_a_rate_may_count_several_listed_parts() -> None:
    """合格率 of a 优秀/合格/不合格 split counts 优秀 + 合格: (23+58)÷84 = 96.4%."""
    good = "全年评查行政执法案卷84卷，其中优秀23卷、合格58卷、不合格3卷，合格率96.4%。"
    bad = "全年评查行政执法案卷84卷，其中优秀23卷、合格58卷、不合格3卷，合格率90.4%。"
    assert codes(good) == []
    assert codes(bad) == ["N104"]
    # another shape: a 达标率 over three grades, two of them counting
    good2 = "抽查企业台账120家，其中优良45家、达标70家、不达标5家，达标率95.8%。"
    assert codes(good2) == []
    assert codes(good2.replace("95.8%", "92.5%")) == ["N104"]


def test_last_years_figures_in_a_bracket_are_bases_not_parts() -> None:
    """「（上年分别为80件、50件）」 restates last year: no sum against this year's figures,
    and each change is met by its own pair (90 against 80, 45 against 50)."""
    good = (
        "全年新收行政复议案件90件、行政应诉案件45件，"
        "分别较上年增长12.5%、下降10.0%（上年分别为80件、50件）。"
    )
    assert codes(good) == []
    bad = good.replace("下降10.0%", "下降30.0%")
    assert codes(bad) == ["N108"]
    # with a stated whole before the list: the bracket is still no breakdown of it
    whole = (
        "全年办理审批事项和备案事项共1350件，其中审批事项900件、备案事项450件，"
        "分别较上年增长12.5%、下降10.0%（上年分别为800件、500件）。"
    )
    assert codes(whole) == []
    assert codes("全年办理审批事项1200件（上年为1000件），较上年增长20%。") == []
    assert codes("全年办理审批事项1200件（上年为1000件），较上年增长25%。") == ["N108"]
