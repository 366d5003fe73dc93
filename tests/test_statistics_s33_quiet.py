"""Session 33, coder quiet: fewer false errors (issue 9), each rule with its own examples.

1. A share that names its whole by a noun (占任务数的, 占考核目标的) read over a base whose own
   words lack that noun's telling characters (年初预算数…) is a reading the text allows, not
   one it forces — each part may have a target of its own left unsaid: a warning at most; the
   same share naming the base's own noun stays an error.
2. The carried-in stock read by structure (a year-before word and a carry verb: 上一年度转办).
3. A leap day printed without a year, dated by the report alone: possible when the report year
   or the next (when reports are written) is a leap year — nothing said; an error only when
   neither is.
"""

from __future__ import annotations

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def _found(text: str, year: int = 2024) -> list[tuple[str, Severity | None]]:
    return [(r.code, r.severity) for r in contradictions(analyze_text(text, year))]


def test_share_of_a_whole_the_base_does_not_name_is_warning() -> None:
    text = (
        "上半年全县非税收入完成8000万元，占年初预算数20000万元的40.0%。其中教育收费完成3000万元，"
        "占任务数的45.0%；罚没收入完成5000万元，占任务数的38.0%。"
    )
    found = _found(text)
    assert ("N104", Severity.ERROR) not in found, found
    assert ("N104", Severity.WARNING) in found, found


def test_share_of_the_named_whole_is_still_an_error() -> None:
    text = "全县非税收入20000万元，其中教育收费完成3000万元，占非税收入的25.0%。"
    assert ("N104", Severity.ERROR) in _found(text), _found(text)


def test_share_of_the_named_whole_that_fits_is_quiet() -> None:
    text = "全县非税收入20000万元，其中教育收费完成3000万元，占非税收入的15.0%。"
    assert not [f for f in _found(text) if f[0] == "N104"], _found(text)


# 2. the carried-in stock read by structure: a year-before word and a carry verb
def test_outcomes_of_received_and_carried_in_by_transfer_are_quiet() -> None:
    text = (
        "2024年，本单位共收到政府信息公开申请120件，上一年度转办6件。办理结果为：予以公开70件，"
        "部分公开20件，不予公开10件，无法提供21件，结转下年度继续办理5件。"
    )
    assert not [f for f in _found(text) if f[0] in ("N101", "N102")], _found(text)


def test_outcomes_above_received_and_carried_in_are_found() -> None:
    text = (
        "2024年，本单位共收到政府信息公开申请120件，上一年度转办6件。办理结果为：予以公开70件，"
        "部分公开20件，不予公开10件，无法提供31件，结转下年度继续办理5件。"
    )
    assert [f for f in _found(text) if f[0] in ("N101", "N102", "N107")], _found(text)


# 3. a leap day without its year, dated by the report alone (its year or the next)
def test_unyeared_leap_day_of_the_next_leap_year_says_nothing() -> None:
    text = "据市统计局2月29日发布的统计公报，全市常住人口为120万人。"
    assert not [f for f in _found(text, 2023) if f[0] == "N303"], _found(text, 2023)


def test_unyeared_leap_day_when_neither_year_leaps_is_an_error() -> None:
    text = "据市统计局2月29日发布的统计公报，全市常住人口为120万人。"
    found = [f for f in _found(text, 2021) if f[0] == "N303"]
    assert found == [("N303", Severity.ERROR)], _found(text, 2021)


def test_leap_day_of_a_printed_year_stays_an_error() -> None:
    text = "2023年2月29日，市统计局发布统计公报，全市常住人口为120万人。"
    assert ("N303", Severity.ERROR) in _found(text, 2023), _found(text, 2023)


def test_month_without_its_thirty_first_stays_an_error() -> None:
    text = "据市统计局6月31日发布的统计公报，全市常住人口为120万人。"
    assert ("N303", Severity.ERROR) in _found(text, 2023), _found(text, 2023)
