"""Session 31, coder flow: balances of a flow (issue 9), each rule with its own examples.

1. 存案 (the court's stock still open at the year's end) is a pending figure: with 新收, a
   bracketed 另有…旧存 and the concluded, the stock balances or it is N102; with 新收 alone
   (no carry-in told) the open and concluded figures may exceed it (this year's new intake
   holds no carried-in stock) — quiet.
2. The results named as a set (「处理结果中，」) head the outcomes of the stock told before, and
   a remark clause of no figure may stand between the new and the carried-in figures.
3. A carry word of no direction after the concluded figure (「已办结56件，结转4件」) carries
   out: with no carry-in told, more than what came in is a warning.
4. A share naming its whole's area (占全省…的) is over no figure placed in another area (全市);
   a change after a bracket holding a rate remark is the amount's, not the rate's.
5. A province named by its name is a wide scope for 万 figures; births − deaths = the natural
   increase.
"""

from __future__ import annotations

from relation_helpers import findings

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def _found(text: str, year: int = 2024) -> list[tuple[str, Severity | None]]:
    return [(r.code, r.severity) for r in contradictions(analyze_text(text, year))]


# 1. 存案 and a bracketed carry-in
def test_court_stock_with_bracketed_carry_in_unbalanced_is_error() -> None:
    text = (
        "2024年，全市法院新收案件52.40万件（另有上年旧存6.10万件），审执结53.30万件；存案7.20万件。"
    )
    assert ("N102", Severity.ERROR) in _found(text), _found(text)


def test_court_stock_with_bracketed_carry_in_balanced_is_quiet() -> None:
    text = (
        "2024年，全市法院新收案件52.40万件（另有上年旧存6.10万件），审执结53.30万件；存案5.20万件。"
    )
    assert not findings(text, 2024, ("N101", "N102", "N107")), _found(text)


def test_court_stock_against_new_intake_alone_is_quiet() -> None:
    text = "全市法院新收各类案件412000件，办结405000件，存案52000件，结案率为88.6%。"
    assert not findings(text, 2024, ("N101", "N102")), _found(text)


# 2. results named as a set, a remark between new and carried-in
def test_results_set_after_stock_unbalanced_is_error() -> None:
    text = (
        "全年共收到依申请公开12件，均为网上申请，上年度结转申请1件。处理结果中，予以公开7件，"
        "不予公开3件，结转至下一年度办理4件。"
    )
    assert ("N102", Severity.ERROR) in _found(text), _found(text)


def test_results_set_after_stock_balanced_is_quiet() -> None:
    text = (
        "全年共收到依申请公开12件，均为网上申请，上年度结转申请1件。处理结果中，予以公开7件，"
        "不予公开3件，结转至下一年度办理3件。"
    )
    assert not findings(text, 2024, ("N101", "N102")), _found(text)


# 3. a bare 结转 after the concluded figure
def test_bare_carry_after_concluded_above_intake_is_warning() -> None:
    text = "2024年，本机关共收到政府信息公开申请31件，涉及征地补偿等方面，已办结29件，结转5件。"
    assert ("N101", Severity.WARNING) in _found(text), _found(text)
    assert not any(s is Severity.ERROR for _, s in _found(text)), _found(text)


def test_bare_carry_after_concluded_within_intake_is_quiet() -> None:
    text = "2024年，本机关共收到政府信息公开申请31件，涉及征地补偿等方面，已办结26件，结转5件。"
    assert not findings(text, 2024, ("N101", "N102")), _found(text)


# 4. a share of another area's whole; a change after a bracketed rate
def test_share_of_other_area_whole_is_quiet() -> None:
    text = (
        "全市法院共受理各类案件52000件（占全省法院案件总数的31.20%），同比下降2.10%；"
        "中院本级受理各类案件6100件（占全省中级法院案件总数的28.40%），同比下降0.50%。"
    )
    assert not findings(text, 2024, ("N104", "N106")), _found(text)


def test_share_of_same_area_whole_still_judged() -> None:
    text = "全市法院共受理各类案件52000件，其中中院本级受理6100件，占全市法院案件总数的18.40%。"
    assert "N104" in [c for c, _ in _found(text)], _found(text)


# 5. a province's population; births less deaths
def test_province_population_in_wan_is_quiet() -> None:
    text = "2024年末江苏省常住人口达到12500万人，其中城镇常住人口9100万人。"
    assert not findings(text, 2024, ("N201", "N206")), _found(text)


def test_natural_increase_off_is_error() -> None:
    text = (
        "全年出生人口8.20万人，出生率7.10‰；死亡人口6.90万人，死亡率6.00‰；自然增长人口3.10万人。"
    )
    assert ("N102", Severity.ERROR) in _found(text), _found(text)


def test_natural_increase_right_is_quiet() -> None:
    text = (
        "全年出生人口8.20万人，出生率7.10‰；死亡人口6.90万人，死亡率6.00‰；自然增长人口1.30万人。"
    )
    assert not findings(text, 2024, ("N101", "N102")), _found(text)


def test_natural_fall_with_sign_is_quiet() -> None:
    text = "全年出生人口1306人，死亡人口2150人，自然增长-844人。"
    assert not findings(text, 2024, ("N101", "N102")), _found(text)
