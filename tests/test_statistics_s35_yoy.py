"""Session 35, coder yoy: a share's 个百分点 change against the stated changes of its part and
its whole (module ``share_change``): last year's share is (part − its change) ÷ (whole − its
change), the whole a stated figure or the sum of two parts stated together."""

from __future__ import annotations

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def _found(text: str, code: str = "N108", year: int = 2024) -> list[tuple[Severity | None, str]]:
    return [
        (r.severity, r.message) for r in contradictions(analyze_text(text, year)) if r.code == code
    ]


# 18.60 ÷ 52.40 = 35.50%; last year 17.70 ÷ 51.20 = 34.57%; 35.50 − 34.57 = 0.93
PART_WHOLE = (
    "全县参加基本医疗保险人数52.40万人，比上年增加1.20万人，其中参加职工医保人数18.60万人，"
    "增加0.90万人，职工医保参保人数占比35.50%，比上年提高{x}个百分点。"
)


def test_a_share_change_that_the_stated_changes_do_not_give_is_a_warning() -> None:
    found = _found(PART_WHOLE.format(x="1.93"))
    assert [s for s, _ in found] == [Severity.WARNING], found
    message = found[0][1]
    assert "35.50%＝18.60万人÷52.40万人" in message, message
    assert "17.7万人÷51.2万人＝34.57%" in message, message
    assert "35.50%－34.57%＝0.93个百分点" in message, message


def test_a_share_change_the_stated_changes_give_is_quiet() -> None:
    assert not _found(PART_WHOLE.format(x="0.93"))
    # the rounding of the four figures and the share: a last digit off either way still fits
    assert not _found(PART_WHOLE.format(x="0.92"))
    assert not _found(PART_WHOLE.format(x="0.94"))


# 56.30 ÷ (56.30 + 43.70) = 56.30%; last year 55.20 ÷ (55.20 + 45.00) = 55.09%: 1.21
TWO_PARTS = (
    "年末城镇常住人口56.30万人，比上年增加1.10万人；农村常住人口43.70万人，比上年减少1.30万人。"
    "城镇化率为56.30%，比上年提高{x}个百分点。"
)


def test_the_whole_as_the_sum_of_two_parts() -> None:
    found = _found(TWO_PARTS.format(x="2.21"))
    assert [s for s, _ in found] == [Severity.WARNING], found
    assert "（56.30万人＋43.70万人）" in found[0][1], found
    assert "＝55.09%" in found[0][1], found
    assert "＝1.21个百分点" in found[0][1], found
    assert not _found(TWO_PARTS.format(x="1.21"))


def test_a_share_of_another_whole_is_not_read() -> None:
    # 35.50% is not 18.60 ÷ 52.40 here (a share of the province): no reading, no finding
    text = PART_WHOLE.replace("职工医保参保人数占比35.50%", "职工医保参保人数占全省的3.55%")
    assert not _found(text.format(x="1.93"))
