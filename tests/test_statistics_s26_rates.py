"""Session 26, coder rates: three decisions on counts (issue 9; the counts are in the module
docstring of :mod:`fazhi_lint.analysis.relations.rates`).

1. A qualifier of aggregation or scope (平均, 当期; numbers.toml ``rates.loose-qualifiers``)
   that no figure repeats no longer silences the reading over the statement's figures — a
   warning.
2. A figure after another rate in the clause group is no term of the first rate: a rate with
   no figure before it in its sentence reads the sentence before.
3. The bare shares of a list whose others imply one base the paragraph states before them:
   the share that does not fit it is reported (a warning), two agreeing shares sufficing.
"""

from __future__ import annotations

import pytest
from relation_helpers import findings

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity

CONTRADICTIONS = [
    # (text, figures the message names)
    (
        "全年各乡镇共受理调解申请480件，调解成功432件，平均调解成功率为95.5%。",
        ("95.5%", "432", "480"),
    ),
    ("本季度全市共发现安全隐患260处，已整改247处，平均整改率达到99.2%。", ("99.2%", "247", "260")),
    (
        "今年共受理劳动争议仲裁案件150件，审结141件。当期结案率为97.3%，调解率61.2%，"
        "为职工追回欠薪85.6万元。",
        ("97.3%", "141", "150"),
    ),
    (
        "全年受理信访事项320件，办结300件。办结率98.1%，满意率96.4%，涉及金额45.2万元。",
        ("98.1%", "300", "320"),
    ),
    (
        "全年共收到群众诉求860件。主要涉及城市管理、市场监管、社会保障等方面，其中城市管理类"
        "诉求301件，占比35.0%；市场监管类诉求215件，占比27.5%；社会保障类诉求172件，占比20.0%。",
        ("27.5%", "215", "860"),
    ),
    (
        "2023年全区主动公开政府信息共计1200条。涵盖规划计划、行政执法、财政信息等，其中规划"
        "计划信息96条，占比8.00%；行政执法信息420条，占比38.50%；财政信息300条，占比25.00%。",
        ("38.50%", "420", "1200"),
    ),
    (
        "2023年，我局共办理行政许可1200件。其中，网上办理780件，占比65.0%；窗口办理300件，"
        "占比25.0%；邮寄办理120件，占比12.0%。",
        ("12.0%", "120", "1200"),
    ),
    (
        "全年共受理投诉1500件，较上年有所下降。从渠道看，电话投诉600件，占比40.0%；网络投诉"
        "525件，占比30.0%；来信来访300件，占比20.0%。",
        ("30.0%", "525", "1500"),
    ),
]

CONSISTENT = [
    "全年各乡镇共受理调解申请480件，调解成功456件，平均调解成功率为95.0%。",
    "本季度全市共发现安全隐患260处，已整改247处，平均整改率达到95.0%。",
    "今年共受理劳动争议仲裁案件150件，审结146件。当期结案率为97.3%，调解率61.2%，"
    "为职工追回欠薪85.6万元。",
    "全年受理信访事项320件，办结314件。办结率98.1%，满意率96.4%，涉及金额45.2万元。",
    "全年共收到群众诉求860件。主要涉及城市管理、市场监管、社会保障等方面，其中城市管理类"
    "诉求301件，占比35.0%；市场监管类诉求215件，占比25.0%；社会保障类诉求172件，占比20.0%。",
    "2023年全区主动公开政府信息共计1200条。涵盖规划计划、行政执法、财政信息等，其中规划"
    "计划信息96条，占比8.00%；行政执法信息420条，占比35.00%；财政信息300条，占比25.00%。",
    # no whole stated and no set named: two agreeing shares are not enough
    "按类别分，城市管理类诉求301件，占比35.0%；市场监管类诉求215件，占比27.5%；"
    "社会保障类诉求172件，占比20.0%。",
    # a figure of another unit before the run is no whole of it
    "全市共有社区120个。其中，城市管理类诉求301件，占比35.0%；市场监管类诉求215件，"
    "占比27.5%；社会保障类诉求172件，占比20.0%。",
    # an averaged rate with no figures of its own
    "各乡镇平均调解成功率为95.5%，较上年有所提高。",
    # a rate opening its sentence, the sentence before naming nothing it counts
    "全年共收到群众诉求860件，满意率99.5%。当期结案率为97.3%，调解率61.2%。",
]


@pytest.mark.parametrize(("text", "figures"), CONTRADICTIONS)
def test_contradiction_found(text: str, figures: tuple[str, ...]) -> None:
    found = findings(text, 2024, ("N104",))
    assert found, text
    assert any(all(f in message for f in figures) for _, message in found), found


@pytest.mark.parametrize("text", CONSISTENT)
def test_consistent_silent(text: str) -> None:
    assert findings(text, 2024, ("N104",)) == []


@pytest.mark.parametrize("k", [0, 1, 4, 5])
def test_unforced_readings_are_warnings(k: int) -> None:
    """A loose qualifier set aside, and a base only the sibling shares imply, are readings the
    text does not force: never an error."""
    text = CONTRADICTIONS[k][0]
    rels = [r for r in contradictions(analyze_text(text, 2024)) if r.code == "N104"]
    assert rels and all(r.severity is Severity.WARNING for r in rels)
