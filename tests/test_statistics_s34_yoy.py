"""Session 34, coder yoy: the changes of a complete split told in a statistical bulletin's
plain form (issue 9).

A part's change may be told by a verb of change and a percentage alone, in the clause right
after the part (「其中，城镇…37.6亿人次，增长94.9%；农村…11.3亿人次，增长88.5%」): that is the
part's change against the period its whole's change names, and the parts' figures over their
changes add up to the whole's last year (split_changes ``_bare_own_change``). Counts and
physical measures only: a sum of money's bare growth may be at comparable prices.
"""

from __future__ import annotations

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def _found(text: str, code: str = "N108", year: int = 2024) -> list[tuple[Severity | None, str]]:
    return [
        (r.severity, r.message) for r in contradictions(analyze_text(text, year)) if r.code == code
    ]


# last year 2100 + 900 = 3000, this year 2400 + 1200 = 3600: the whole grew by 20.0%
COUNTS = (
    "全年办理公证事项3600件，比上年增长{w}。其中，国内公证2400件，增长14.3%；"
    "涉外公证1200件，增长33.3%。"
)


def test_bare_changes_of_the_parts_that_make_the_wholes_are_quiet() -> None:
    assert not _found(COUNTS.format(w="20.0%"))


def test_bare_changes_of_the_parts_against_another_whole_change_are_an_error() -> None:
    found = _found(COUNTS.format(w="25.0%"))
    assert [s for s, _ in found] == [Severity.ERROR], found
    message = found[0][1]
    assert "2400件÷（1＋14.3%）≈2099.74件" in message, message
    assert "1200件÷（1＋33.3%）≈900.23件" in message, message
    assert "3600件÷（1＋25.0%）≈2880件" in message, message


# a physical measure, every change bare (the whole's too), one part falling
MEASURES = (
    "全年完成造林面积12.0万亩，增长{w}，其中：人工造林8.4万亩，下降16.0%；"
    "封山育林3.6万亩，增长80.0%。"
)


def test_bare_changes_of_a_measure_that_fit_are_quiet() -> None:
    # last year 8.4 ÷ 0.84 = 10.0 and 3.6 ÷ 1.8 = 2.0: 12.0 against 12.0, no change
    assert not _found(MEASURES.format(w="0.0%"))


def test_bare_changes_of_a_measure_that_miss_the_whole_are_an_error() -> None:
    found = _found(MEASURES.format(w="9.1%"))
    assert [s for s, _ in found] == [Severity.ERROR], found
    message = found[0][1]
    assert "8.4万亩÷（1－16.0%）≈10万亩" in message, message
    assert "3.6万亩÷（1＋80.0%）≈2万亩" in message, message
    assert "12.0万亩÷（1＋9.1%）≈11万亩" in message, message


def test_bare_changes_of_sums_of_money_are_not_read() -> None:
    # a value's bare growth may be at comparable prices: the printed values do not make it
    text = (
        "全年实现营业收入3600万元，比上年增长25.0%。其中，主营业务收入2400万元，增长14.3%；"
        "其他业务收入1200万元，增长33.3%。"
    )
    assert not _found(text)


def test_a_bare_change_after_another_figure_is_not_the_parts() -> None:
    # 「增长14.3%」 stands after the part's share, not right after the part: not its change
    text = (
        "全年办理公证事项3600件，比上年增长25.0%。其中，国内公证2400件，占66.7%，增长14.3%；"
        "涉外公证1200件，占33.3%，增长33.3%。"
    )
    assert not [m for _, m in _found(text) if "各分项的增减" in m]


# 2. 自然增长率 = 出生率 − 死亡率 this year and last: the changes obey it too (ratios
# ``_moves_of_difference``). This year 9.6 − 7.1 = 2.5; last year 9.9 − 6.8 = 3.1.
VITAL = (
    "全年出生人口4.8万人，出生率为9.6‰，比上年下降0.3个千分点；死亡人口3.55万人，死亡率为"
    "7.1‰，比上年上升0.3个千分点；人口自然增长率为2.5‰，比上年{w}。"
)


def test_changes_that_keep_the_difference_are_quiet() -> None:
    assert not _found(VITAL.format(w="下降0.6个千分点"))


def test_a_change_of_the_difference_off_its_terms_changes_is_an_error() -> None:
    found = _found(VITAL.format(w="上升0.6个千分点"))
    assert [s for s, _ in found] == [Severity.ERROR], found
    message = found[0][1]
    assert "自然增长率的变化＋0.6个千分点" in message, message
    assert "出生率变化－0.3个千分点减死亡率变化＋0.3个千分点＝－0.6个千分点" in message, message


def test_changes_against_different_periods_are_not_read() -> None:
    text = (
        "出生率为9.6‰，比上年下降0.3个千分点；死亡率为7.1‰，比2020年上升0.3个千分点；"
        "人口自然增长率为2.5‰，比上年上升0.6个千分点。"
    )
    assert not [m for _, m in _found(text) if "出生率变化" in m]
