"""Consistent shapes that were reported as errors after the session-4 merge (each with a
contradictory twin that must still be found). Sentences written for these tests."""

from __future__ import annotations

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def found(text: str) -> list[tuple[str, Severity | None]]:
    return [(r.code, r.severity) for r in contradictions(analyze_text(text))]


def test_carried_in_cases_explain_more_concluded_than_new_with_some_still_open() -> None:
    ok = "全年新受理劳动人事争议仲裁案件58件，连同上年结转的9件，共结案61件，尚有6件正在办理。"
    assert found(ok) == []
    # without the carry-over the figures cannot hold (61 + 6 > 58)
    bad = "全年受理劳动人事争议仲裁案件58件，共结案61件，尚有6件正在办理。"
    assert any(s == Severity.ERROR for _, s in found(bad))
    # with it, the year's stock must still balance: 58 + 9 = 67 ≠ 61 + 8
    assert found(ok.replace("6件", "8件")) != []


def test_the_negation_of_the_wholes_own_verb_is_its_sibling_not_its_part() -> None:
    ok = "全年共审结行政复议案件88件，尚未审结7件，审结的案件中维持原行政行为的51件。"
    assert found(ok) == []
    bad = "全年共收到政府信息公开申请214件，其中予以公开132件、不予公开90件。"
    assert [c for c, _ in found(bad)] == ["N101"]


def test_a_rate_may_count_two_listed_categories_together() -> None:
    ok = "年度考核共评议执法人员420人，评定优秀63人、合格341人，优秀合格率为96.2%。"
    assert found(ok) == []  # (63 + 341) / 420 = 96.19%
    bad = ok.replace("96.2%", "98.2%")
    assert [c for c, _ in found(bad)] == ["N104"]
