"""Session 36 (s36-flow): flow readings.

1. An intake whose verb is read across a gloss in brackets inside its noun (「受理以…乡镇（街道）
   为被告的…案件」) is a reading of the words: its stage bounds the outcomes the text links to it
   (对受理的…), not an outcome told after it with no link (审结 more than 受理 may hold cases
   carried in).

Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from relation_helpers import errors, findings


def test_glossed_intake_bounds_its_linked_outcomes() -> None:
    text = (
        "全年共受理食品经营（餐饮）许可申请88件，对受理的申请，作出准予许可决定80件，"
        "不予许可6件，申请人撤回4件。"
    )
    hits = [m for c, m in errors(text) if c == "N101"]
    assert any("90件" in m and "88件" in m for m in hits), findings(text)


GLOSSED_CONSISTENT = [
    "截至6月底，全区法院共受理以区政府、镇（街道）为被告的一审行政案件64件，审结66件。",
    "全年收到各村（社区）上报的矛盾纠纷线索212条，办结215条，回访满意率98%。",
]


@pytest.mark.parametrize("text", GLOSSED_CONSISTENT)
def test_glossed_intake_no_unlinked_pairing(text: str) -> None:
    assert not [(c, m) for c, m in findings(text) if c == "N107"], findings(text)


# 2. 新收 names this year's new intake alone: what is concluded may have come in before, so
#    审结 above 新收 is no finding; the caseload told before it in its sentence (共受理…，新收…)
#    holds the cases carried in and bounds the concluded.

NEW_INTAKE_CONSISTENT = [
    # (the 新收 twins of sentences s11-gate and s15-left keep at 受理)
    "全年新收二审行政诉讼案件30件，审结二审行政诉讼34件。",
    "全年共新收行政诉讼案件45件。\n全年共审结行政诉讼案件52件，其中胜诉46件、败诉6件。\n应诉能力不断增强。",
    "全年全区法院共新收行政诉讼案件1260件，同比上升5.2%；审结1288件，同比上升3.1%。",
    "中院新收各类案件5230件，其中民事案件3100件，刑事案件900件；审结案件5390件，"
    "未结案件610件，同比下降8.4%。",
    "全年共受理执行案件3520件，其中新收3310件，已结3490件，执结率99.1%。",
]


@pytest.mark.parametrize("text", NEW_INTAKE_CONSISTENT)
def test_concluded_over_new_intake_is_silent(text: str) -> None:
    assert not [(c, m) for c, m in findings(text) if c == "N107"], findings(text)


def test_concluded_over_the_caseload_before_new_intake() -> None:
    text = "全年共受理执行案件3520件，其中新收3310件，已结3568件，执结率99.1%。"
    hits = [m for c, m in findings(text) if c == "N107"]
    assert any("3568件" in m and "3520件" in m and "3310件" in m for m in hits), findings(text)


# 3. A caseload told first with its two origins right after it — this year's new cases and
#    those carried in, a split by nature — adds up to it.

ORIGINS_CONTRADICTIONS = [
    # in a bracket right after the caseload: its own parts, an error
    (
        "全年共办理行政复议案件86件（其中新收79件，上年结转9件），同比增长12%。",
        "ERROR",
        ("79件", "9件", "88件", "86件"),
    ),
    (
        "全年办理政府信息公开申请15件（2023年结转2件，2024年受理14件）。",
        "ERROR",
        ("14件", "2件", "16件", "15件"),
    ),
    # listed after a comma: a reading, a warning
    (
        "全年共受理执行案件1520件，新收1388件，旧存142件，执结1402件。",
        "WARNING",
        ("1388件", "142件", "1530件", "1520件"),
    ),
]


@pytest.mark.parametrize(("text", "severity", "figures"), ORIGINS_CONTRADICTIONS)
def test_caseload_against_its_origins(text: str, severity: str, figures: tuple[str, ...]) -> None:
    from fazhi_lint.analysis.quantities import extract, load_lexicon
    from fazhi_lint.analysis.relations.flow import _caseload_origins

    lex = load_lexicon()
    hits = _caseload_origins(lex, extract(text, lexicon=lex))
    assert any(
        r.code == "N102"
        and r.severity is not None
        and r.severity.name == severity
        and all(f in r.message for f in figures)
        for r in hits
    ), [(r.severity, r.message) for r in hits]
    # (the partition may tell the same sum first: 「86件（其中…79件，…9件）」)
    found = findings(text)
    assert any(c in ("N101", "N102") and figures[-1] in m for c, m in found), found


ORIGINS_CONSISTENT = [
    "全年共办理行政复议案件86件（其中新收77件，上年结转9件），同比增长12%。",
    "全年办理政府信息公开申请15件（2023年结转2件，2024年受理13件）。",
    "全年共受理执行案件1520件，新收1378件，旧存142件，执结1402件。",
]


@pytest.mark.parametrize("text", ORIGINS_CONSISTENT)
def test_caseload_with_its_origins_is_silent(text: str) -> None:
    assert not [(c, m) for c, m in findings(text) if c in ("N101", "N102", "N107")], findings(text)
