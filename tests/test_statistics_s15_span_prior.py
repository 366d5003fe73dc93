"""A change whose prior figure follows it in a bracket that names another span — a quarter,
a month, a half-year (「第四季度受理3862件，环比减少5.3%（第三季度为4106件）」) — is read against
that figure, as 「（上年为…）」 is (session 15, s15-misc3: relations/change.py
``in_prior_bracket`` and ``_pairs``; N108). Not a bracket that opens with 其中/含 (a part of
this period), not this period itself (全年), and a quarter's figure is still not the base of a
change of the whole year.

Every sentence is written for these tests; each verdict derived by hand (the arithmetic is in
the comment above it)."""

from __future__ import annotations

import pytest
from relation_helpers import findings

WRONG = [
    # 3862 / 4106 - 1 = -5.94%, stated -5.3%
    "第四季度全区12345热线共受理涉及行政执法的诉求3862件，环比减少5.3%（第三季度为4106件），办结率99.4%。",
    # 1274 / 1158 - 1 = +10.02%, stated 6.8%
    "第二季度全区受理劳动保障监察投诉1,274件，环比增长6.8%（第一季度为1,158件）。",
    # 1046 / 965 - 1 = +8.39%, stated 6.4%
    "12月份受理群众来电1,046件，环比增长6.4%（11月为965件），按时办结率100%。",
    # 528 / 612 - 1 = -13.73%, stated -11.7%
    "下半年办理行政处罚案件528件，环比下降11.7%（上半年为612件）。",
    # 2.86 / 2.41 - 1 = +18.67%, stated 16.7%
    "三季度全市新登记市场主体2.86万户，环比增长16.7%（二季度为2.41万户）。",
    # 318 / 296 - 1 = +7.43%, stated 9.3%
    "本月受理行政复议申请318件，环比增长9.3%（上月为296件）。",
    # 41 / 52 - 1 = -21.15%, stated -12.5%
    "第三季度发生安全生产事故41起，环比减少12.5%（第二季度共52起），未发生较大事故。",
    # 3,115 / 2,870 - 1 = +8.54%, stated 5.8%
    "四季度办理不动产登记3,115件，环比增长5.8%（三季度办理2,870件）。",
]

RIGHT = [
    # 3862 / 4106 - 1 = -5.94% -> 5.9%
    "第四季度全区12345热线共受理涉及行政执法的诉求3862件，环比减少5.9%（第三季度为4106件），办结率99.4%。",
    # 1274 / 1158 - 1 = +10.02% -> 10.0%
    "第二季度全区受理劳动保障监察投诉1,274件，环比增长10.0%（第一季度为1,158件）。",
    # 1046 / 965 - 1 = +8.39% -> 8.4%
    "12月份受理群众来电1,046件，环比增长8.4%（11月为965件），按时办结率100%。",
    # 528 / 612 - 1 = -13.73% -> 13.7%
    "下半年办理行政处罚案件528件，环比下降13.7%（上半年为612件）。",
    # a part of this year in the bracket, not a base: 12.0% has no stated prior
    "全年受理投诉举报2,400件，同比增长12.0%（其中第四季度为700件）。",
    # a quarter's figure is no base of the whole year's change: 12.0% has no stated prior
    "全年受理投诉举报2,400件，同比增长12.0%（第四季度受理700件）。",
    # 318 / 296 - 1 = +7.43% -> 7.4%
    "本月受理行政复议申请318件，环比增长7.4%（上月为296件）。",
    # 2.86 / 2.41 - 1 = +18.67% -> 18.7%
    "三季度全市新登记市场主体2.86万户，环比增长18.7%（二季度为2.41万户）。",
    # the prior of last year still read: 2389 / 2315 - 1 = +3.20%
    "全年办理企业开办登记2,389件，较上年增长3.2%（上年为2,315件）。",
]


@pytest.mark.parametrize("text", WRONG)
def test_change_against_bracketed_span_found(text: str) -> None:
    assert "N108" in [c for c, _ in findings(text)], (text, findings(text))


@pytest.mark.parametrize("text", RIGHT)
def test_change_against_bracketed_span_fine(text: str) -> None:
    assert not findings(text, codes=("N108", "N106")), (text, findings(text))
