"""Session 32 round 2, coder timeunits (issue 9).

1. A list opened by a colon after a total (「具体情况为：」「分部门情况是：」) is read as the
   total's parts again, so a part printed without the others' 万 is found (magnitude
   ``_sum_slip``, a warning).
2. A part of the year counted from January (一季度, 上半年, 前三季度) opening a clause of
   figures told on a day before the part is over — an error; a run of days begun by that day
   and ending after it, reported as done — a warning (dates ``_parts_not_over``). A news lead
   「X月X日消息」 is a dateline as 「X月X日电」 is.
"""

from __future__ import annotations

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def _found(text: str, year: int, code: str) -> list[tuple[Severity | None, str]]:
    return [
        (r.severity, r.message) for r in contradictions(analyze_text(text, year)) if r.code == code
    ]


# 1. a unit slip in a list opened by a colon
def test_colon_list_part_without_wan_is_warning() -> None:
    text = (
        "全年全县罚没收入4817.6万元，同比增长3.1%。分单位情况是：市场监管局1203.5万元；"
        "生态环境局2980.4万元；城管局633.7元。"
    )
    found = _found(text, 2023, "N201")
    assert any(s == Severity.WARNING and "633.7元" in m for s, m in found), found
    twin = text.replace("633.7元", "633.7万元")
    assert not _found(twin, 2023, "N201"), twin


def test_colon_list_with_small_item_that_does_not_fit_is_silent() -> None:
    # the small item in 元 is genuinely small: no reading of it adds up to the total
    text = (
        "全年全县罚没收入4183.9万元，同比增长3.1%。分单位情况是：市场监管局1203.5万元；"
        "生态环境局2980.4万元；城管局500元。"
    )
    assert not _found(text, 2023, "N201"), text


# 2. a part of the year told before it is over
def test_quarter_told_before_its_end_is_error() -> None:
    text = "3月6日，记者从全县工作调度会上获悉，一季度，全县累计办理行政复议案件126件，纠错9件。"
    found = _found(text, 2022, "N304")
    assert any(s == Severity.ERROR and "一季度" in m for s, m in found), found
    twin = text.replace("3月6日", "4月6日")
    assert not _found(twin, 2022, "N304"), twin


def test_quarter_so_far_is_silent() -> None:
    text = "3月6日，记者从全县工作调度会上获悉，一季度以来，全县累计办理行政复议案件126件。"
    assert not _found(text, 2022, "N304"), text


def test_half_after_dateline_is_error() -> None:
    text = "新华社长沙6月18日电 上半年，全省法院共受理行政案件1.2万件，审结1.1万件。"
    found = _found(text, 2022, "N304")
    assert any(s == Severity.ERROR and "上半年" in m for s, m in found), found
    twin = text.replace("6月18日", "7月18日")
    assert not _found(twin, 2022, "N304"), twin


def test_run_reported_done_on_a_day_inside_it_is_warning() -> None:
    text = "市司法局8月12日消息，从7月1日至8月31日，全市开展了法律援助专项行动，成效明显。"
    found = _found(text, 2022, "N304")
    assert found and all(s == Severity.WARNING for s, _ in found), found
    twin = text.replace("8月12日", "9月12日")
    assert not _found(twin, 2022, "N304"), twin


def test_run_still_going_is_silent() -> None:
    for text in (
        "市司法局8月12日消息，从7月1日至8月31日，全市将开展法律援助专项行动。",
        "市司法局8月12日消息，从7月1日至8月31日，全市开展法律援助专项行动，截至目前已办理案件36件。",
    ):
        assert not _found(text, 2022, "N304"), text
