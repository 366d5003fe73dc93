"""Year-on-year changes read by the structure of the clause (session 27, s27-yoy).

1. A change right after the figure it changes, nothing between but the comparison and the verb
   (a bracket that closes before it allowed), is that figure's own: a rise larger than the
   figure puts last year below zero, a fall of 100% or more leaves nothing, a fall in 个百分点
   larger than 100% less the rate puts last year above 100% (relations/prior_sign.py, N108).
2. A change in a clause of its own that names a measure of its own (审批效率, 办事效率) which
   shares no two characters with the words of the pair it fits the other way round speaks of a
   measure that moves against the pair (time saved as efficiency gained): its size is checked,
   not its direction (relations/change.py ``_names_other_measure``).
3. A numerator whose own bracket says it holds the cases carried in (「（含上年旧存）」) is over
   a base the text does not state: the intake only bounds its rate from above (relations/rates.py
   ``_holds_carry_in``, merged with s27-quiet's reading of the same bracket).

Every sentence is written for these tests (none from a fixture set); the arithmetic is in the
comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import errors, findings

# (text, figures the N108 message must name)
CONTRADICTIONS = [
    # 38 − 45 = −7: a rise larger than the figure, a bracket of parts between
    ("全年共收到行政复议申请38件（其中线上申请22件），较上年增加45件。", ("38件", "45件", "-7")),
    # 120 − 150 = −30, 起 and 同比
    ("司法所调解矛盾纠纷120起，同比增加150起，调解成功率98%。", ("120起", "150起", "-30")),
    # a rate: 76.5 − 80.2 = −3.7%
    ("行政机关负责人出庭应诉率为76.5%，较上年提高80.2个百分点。", ("76.5%", "80.2", "-3.7")),
    # money: 36 − 40 = −4万元
    ("全年政务公开专项经费36万元，比上年增加40万元。", ("36万元", "40万元", "-4万元")),
    # counted in 件 and 宗 (one class of matters): 85 − 92 = −7
    ("办理法律援助案件85件，比2023年增加92宗。", ("85件", "92宗", "-7")),
    # a fall in points: 62.3 + 45 = 107.3% last year
    ("群众满意度为62.3%，比上年下降45个百分点。", ("62.3%", "45个百分点", "107.3%")),
    # a fall of 100% of a figure above zero
    ("全年发生较大火灾事故12起，同比下降100%。", ("12起", "100%")),
    # the other measure's size does not fit: (20 − 12) ÷ 20 = 40%, not 30%
    ("平均办理时限由20天缩短至12天，办事效率提升30%。", ("30%", "40%")),
]

CONSISTENT = [
    # 38 − 15 = 23
    "全年共收到行政复议申请38件（其中线上申请22件），较上年增加15件。",
    # a rise as large as the figure: last year none
    "全年办结投诉举报430件，较上年增加430件。",
    # 96.5 − 20.2 = 76.3%
    "行政机关负责人出庭应诉率为96.5%，较上年提高20.2个百分点。",
    # a growth rate may have been below zero last year: 3.2 − 5.1 = −1.9%
    "全区地区生产总值增速为3.2%，较上年提高5.1个百分点。",
    # nothing left: a fall of 100% to zero
    "全年发生较大火灾事故0起，同比下降100%。",
    # 92.3 + 5 = 97.3%
    "群众满意度为92.3%，比上年下降5个百分点。",
    # time saved as efficiency gained: (20 − 12) ÷ 20 = 40%
    "平均办理时限由20天缩短至12天，办事效率提升40%。",
    # (5 − 2) ÷ 5 = 60%
    "企业开办时间由5个工作日压缩至2个工作日，审批效能提升60%。",
    # a rise of another thing, named in its own clause: no figure of it
    "全年新收行政复议案件64件，行政应诉案件比上年增加91件。",
]


@pytest.mark.parametrize(("text", "figures"), CONTRADICTIONS)
def test_change_out_of_range_or_size(text: str, figures: tuple[str, ...]) -> None:
    found = [m for c, m in findings(text, codes=("N108",))]
    assert found, text
    assert any(all(f in m for f in figures) for m in found), found


@pytest.mark.parametrize("text", CONSISTENT)
def test_consistent_change_is_silent(text: str) -> None:
    assert not findings(text, codes=("N106", "N108")), text


def test_rise_above_its_figure_is_an_error() -> None:
    found = errors("本年度共办理政府信息公开申请57件（均已按时答复），比上年度增加63件。")
    assert [c for c, _ in found] == ["N108"]
    assert "57件" in found[0][1] and "63件" in found[0][1] and "-6件" in found[0][1]


def test_numerator_with_carried_in_cases_has_no_base() -> None:
    # 1150 ÷ 1200 = 95.8%: the numerator holds last year's stock, a base the text leaves out;
    # 88.5% is below the bound, so it fits
    text = "本院新收各类案件1200件；审结1150件（含上年旧存），结案率为88.5%。"
    assert not errors(text)


def test_numerator_without_carried_in_is_still_read() -> None:
    # 1150 ÷ 1200 = 95.8% at most (a carry-in would lower it), not 98.5%
    text = "本院新收各类案件1200件；审结1150件，结案率为98.5%。"
    assert any(c == "N104" for c, _ in findings(text))
