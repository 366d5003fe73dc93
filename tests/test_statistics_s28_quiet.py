"""Session 28, coder quiet: an error only when the text forces the reading (issue 9).

One general severity decision in :mod:`fazhi_lint.analysis.relations.sure`, taken on counts
over every read set (see that module's text): a rate (N104) for which the rule tried several
pairs of figures and none fits names no numerator and base of its own — a warning that says
so, not an error (still found). A rate read against one pair stays an error.

Measured and dropped (counts in sure.py): a sum with an approximate figure (「约120个」「近900件」)
as a warning — such sums above their approximate total stay errors, asserted here too.
"""

from __future__ import annotations

import pytest

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity

CONTRADICTIONS = [
    # (text, code, severity, figures the message names)
    # 1. several readings, none fits: a warning naming every figure tried
    (
        "全年收到行政复议申请86件，受理72件，审结65件，结案率95.6%。",
        "N104",
        Severity.WARNING,
        ("95.6%", "65÷86", "65÷72"),
    ),
    (
        "全县共收到投诉举报2360件，办结2211件，按时办结2105件，按时办结率88.1%。",
        "N104",
        Severity.WARNING,
        ("88.1%", "2105÷2360", "2105÷2211"),
    ),
    (
        "区市场监管局全年接收消费投诉1860件，立案调查1204件，结案1150件，结案率82.3%。",
        "N104",
        Severity.WARNING,
        ("82.3%", "1150÷1860", "1150÷1204"),
    ),
    # … one reading: still an error
    (
        "街道共排查矛盾纠纷412件，成功化解398件，其中当场化解156件，化解成功率91.2%。",
        "N104",
        Severity.ERROR,
        ("91.2%", "398÷412"),
    ),
    (
        "本年度受理劳动人事争议案件530件，审结498件，调解结案301件，调解率48.5%。",
        "N104",
        Severity.ERROR,
        ("48.5%", "301÷498"),
    ),
    (
        "全镇排查安全隐患1286处，已整改1152处，整改率93.1%。",
        "N104",
        Severity.ERROR,
        ("93.1%", "1152÷1286"),
    ),
    # a sum over an approximate total beyond the approximation's interval: still an error
    (
        "全区现有调解组织约120个，其中村级调委会98个、行业性调委会31个、企业调委会17个。",
        "N101",
        Severity.ERROR,
        ("98+31+17", "120个"),
    ),
    (
        "共受理群众来信近900件，其中咨询类512件、投诉类406件、建议类88件。",
        "N101",
        Severity.ERROR,
        ("512+406+88", "900件"),
    ),
    (
        "全年办理法律援助案件1300多件，其中民事案件960件、刑事案件420件、行政案件35件。",
        "N101",
        Severity.ERROR,
        ("960+420+35", "1300多件"),
    ),
    # … and with exact figures
    (
        "共受理群众来信900件，其中咨询类512件、投诉类406件、建议类88件。",
        "N101",
        Severity.ERROR,
        ("512+406+88", "900件"),
    ),
]

CONSISTENT = [
    # a reading of the several fits
    "全年收到行政复议申请86件，受理72件，审结65件，结案率90.3%。",
    "全县共收到投诉举报2360件，办结2211件，按时办结2105件，按时办结率95.2%。",
    "区市场监管局全年接收消费投诉1860件，立案调查1204件，结案1150件，结案率95.5%。",
    "街道共排查矛盾纠纷412件，成功化解398件，其中当场化解156件，化解成功率96.6%。",
    "本年度受理劳动人事争议案件530件，审结498件，调解结案301件，调解率60.4%。",
    # approximate totals whose parts stay within them
    "全区现有调解组织约120个，其中村级调委会78个、行业性调委会21个、企业调委会17个。",
    "共受理群众来信近900件，其中咨询类412件、投诉类306件、建议类88件。",
    "全年办理法律援助案件1300多件，其中民事案件860件、刑事案件420件、行政案件35件。",
    "全市共有律师事务所40余家，其中合伙所28家、个人所9家。",
    "今年以来，共开展普法活动200余场，其中进企业80场、进社区95场。",
]


@pytest.mark.parametrize(("text", "code", "severity", "shown"), CONTRADICTIONS)
def test_contradiction_at_its_severity(
    text: str, code: str, severity: Severity, shown: tuple[str, ...]
) -> None:
    found = [r for r in contradictions(analyze_text(text, 2024)) if r.code == code]
    assert found, text
    assert {r.severity for r in found} == {severity}, [r.message for r in found]
    message = found[0].message
    for figure in shown:
        assert figure in message, (figure, message)


@pytest.mark.parametrize("text", CONSISTENT)
def test_consistent_is_silent(text: str) -> None:
    found = [
        (r.code, r.message)
        for r in contradictions(analyze_text(text, 2024))
        if r.code.startswith("N")
    ]
    assert found == [], found


def test_several_readings_warning_says_why() -> None:
    """The warning of a rate read several ways says that the text names no pair."""
    text = CONTRADICTIONS[0][0]
    (rate,) = [r for r in contradictions(analyze_text(text, 2024)) if r.code == "N104"]
    assert "多种可能的取法" in rate.message
    assert "文中未明示" in rate.message
