"""Session 30, coder shares: a rate or share paired with the wrong whole or numerator (issue 9).

1. A figure followed by its own share of a whole it names (「…5200条，占诉求总量的52.0%」) is a
   part of that whole: the figures after it, each with a share of the same whole or a bare
   share, are its siblings, never its parts (partition ``_sibling_shares``).
2. A bare share after a list opener (其中, a colon) is of the figure that opened the list, not
   of the whole the share before the opener named (partition ``share_relations``).
3. Shares of one whole whose counts add up to it and whose printed shares add up to exactly
   100%: the last carries the others' rounding (rates ``_forced_complements``).
4. A Chinese numeral inside a rate's own name (三类案件未结率) names kinds, no numerator
   (rates ``_named_in_rate``).
5. A numerator read by a stage alike (答复 for 办结) that, with the figure right after it,
   splits the base exactly is one way of handling; the rate's act has no figure
   (rates ``_route_numerator``).
6. A figure with its own share of a named whole before a later share of that whole is not the
   later share's numerator (rates ``_numerator_has_own_share``).
7. The words both answers of a decision open with (决定起诉 / 决定不起诉) frame it: the rate of
   one answer is over the two (rates ``_decision_pair_fits``).
8. A 其中 part whose own rate fits over a larger figure told before the whole, not over the
   whole, was measured against that figure: a reading without it (partition
   ``_without_rate_nested``).
9. Shares told with their subjects alone (「B问题占33.3%」) after one naming its whole in the
   same shape are of that whole (partition ``_parallel_subject_share``).
"""

from __future__ import annotations

import pytest
from relation_helpers import findings

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity

CODES = ("N101", "N102", "N104")


def _found(text: str) -> list[tuple[str, Severity | None, str]]:
    return [
        (r.code, r.severity, r.message)
        for r in contradictions(analyze_text(text, 2024))
        if r.code in CODES
    ]


# (contradiction, its consistent twin, code, severity, figures the message names)
PAIRS = [
    (  # 1: siblings each with a share of the named whole
        "全年受理咨询类诉求5200条，占诉求总量的52.0%；投诉类诉求3100条，占诉求总量的31.0%；"
        "其他诉求1700条，占诉求总量的18.0%。",
        "全年受理咨询类诉求5200条，占诉求总量的52.0%；投诉类诉求3100条，占诉求总量的31.0%；"
        "其他诉求1700条，占诉求总量的17.0%。",
        "N102",
        Severity.ERROR,
        ("52.0%", "31.0%", "18.0%", "101%"),
    ),
    (  # 1: bare shares after the first, named one
        "质量问题420件，占投诉总量的42.0%；售后服务问题300件，占30.0%；其他问题290件，占29.0%。",
        "质量问题420件，占投诉总量的42.0%；售后服务问题300件，占30.0%；其他问题280件，占28.0%。",
        "N102",
        Severity.ERROR,
        ("42.0%", "30.0%", "29.0%", "101%"),
    ),
    (  # 2: the shares after 其中 are of the list's whole
        "受理投诉1000件，占全市投诉总量的40.0%，其中质量问题420件，占42.0%；售后服务问题300件，"
        "占30.0%；其他问题380件，占38.0%。",
        "受理投诉1000件，占全市投诉总量的40.0%，其中质量问题420件，占42.0%；售后服务问题300件，"
        "占30.0%；其他问题280件，占28.0%。",
        "N101",
        Severity.ERROR,
        ("420", "300", "380", "1000"),
    ),
    (  # 3: the complement share carries its sibling's truncation
        "全年新增主动公开信息10000条。其中，市级部门4996条，占总量的49.9%；各区政府5004条，"
        "占总量的50.6%。",
        "全年新增主动公开信息10000条。其中，市级部门4996条，占总量的49.9%；各区政府5004条，"
        "占总量的50.1%。",
        "N104",
        Severity.ERROR,
        ("50.6%", "5004", "10000"),
    ),
    (  # 5: a rate its numerator's own words name still reads it
        "共受理群众诉求3.20万件，即时答复2.40万件，转办0.80万件，即时答复率80.5%。",
        "共受理群众诉求3.20万件，即时答复2.40万件，转办0.80万件，全口径办结率98.50%。",
        "N104",
        Severity.ERROR,
        ("80.5%", "2.40万", "3.20万"),
    ),
    (  # 6: the later share over the stated whole, the sibling no numerator of it
        "完成一般公共预算收入8000万元。其中，完成税收收入5200万元，增长3.1%，税收占一般公共预算"
        "收入的比重为65.0%；完成非税收入2800万元，增长2.0%，非税收入占一般公共预算收入比重为45.0%。",
        "完成税收收入5200万元，增长3.1%，税收占一般公共预算收入的比重为65.0%；完成非税收入2800"
        "万元，增长2.0%，非税收入占一般公共预算收入比重为35.0%。",
        "N104",
        Severity.WARNING,
        ("45.0%", "8000万"),
    ),
    (  # 7: the frame 决定 before both answers
        "共决定起诉681人；决定不起诉209人，不起诉率25.5%。",
        "共决定起诉681人；决定不起诉209人，不起诉率23.5%。",
        "N104",
        Severity.ERROR,
        ("25.5%", "209", "681"),
    ),
    (  # 8: a part measured against the intake, the other part within the concluded
        "共受理群众诉求20000件，办结16000件，其中直接解答群众诉求9000件，直接解答率45%，"
        "回访17000件。",
        "共受理群众诉求20000件，办结16000件，其中直接解答群众诉求9000件，直接解答率45%，"
        "回访8000件。",
        "N101",
        Severity.ERROR,
        ("17000", "16000"),
    ),
    (  # 5: a share's name (占比) names no act — the noun before it is what the share counts
        "梳理行政许可事项240项，其中即办件150项、承诺件90项，即办件占比为65.5%。",
        "梳理行政许可事项240项，其中即办件150项、承诺件90项，即办件占比为62.5%。",
        "N104",
        Severity.ERROR,
        ("65.5%", "150", "240"),
    ),
    (  # 9: the first share is of the run
        "从投诉类别看，质量问题占投诉总量的33.3%，售后服务问题占33.3%，其他问题占38.3%。",
        "从投诉类别看，质量问题占投诉总量的33.3%，售后服务问题占33.3%，其他问题占33.3%。",
        "N102",
        Severity.ERROR,
        ("33.3%", "38.3%", "104.9%"),
    ),
]


@pytest.mark.parametrize(("text", "twin", "code", "severity", "figures"), PAIRS)
def test_rate_and_whole_paired(
    text: str, twin: str, code: str, severity: Severity, figures: tuple[str, ...]
) -> None:
    hits = [(s, m) for c, s, m in _found(text) if c == code]
    assert any(s is severity and all(f in m for f in figures) for s, m in hits), _found(text)
    assert not findings(twin, 2024, CODES), _found(twin)


# 4: a numeral in Chinese characters in the rate's name is no numerator; outside it, it is
def test_numeral_in_rate_name_is_no_numerator() -> None:
    assert not findings("全院三类未结案件共150件，三类案件未结率为20.5%。", 2024, CODES)
    found = _found("共受理案件八件，办结七件，办结率为90%。")
    assert any(c == "N104" and s is Severity.ERROR and "七÷八" in m for c, s, m in found), found


# 3: a complement carries no rounding when the figures are approximate (多): still judged
def test_approximate_figures_carry_no_complement() -> None:
    text = "全市共有调解员6.7万人，其中乡镇调解员3.3万多人，占51%，街道调解员3.4万多人，占49%。"
    assert any(c == "N104" and s is Severity.ERROR for c, s, _ in _found(text)), _found(text)
