"""Session 30 round 2, coder units: unit slips inside a sum and the shares of a table whose
first row is the whole, each rule with its own examples and a consistent twin.

1. A measure total, 其中 or 分别 after it, its parts in one measure but one in another unit of
   it (米 among 公里, 平方米 among 亩…): the parts add up exactly once that one is read in the
   total's unit, not once converted — an error (N201); with no 其中/分别 but a 共计 total, or
   meeting the total only within rounding, a warning.
2. Money parts before a total named by 总计/合计 in their sentence, one printed without the
   total's 万 (「…4409元…，收入总计…万元」): a warning (N201).
3. A table with no 合计 row whose first row is the whole (its share 100 or blank) and whose
   other rows are splits opened by 其中 rows: each split adding up to the whole is read for its
   shares (N104, an error as for a 合计 row).
"""

from __future__ import annotations

import pytest
from relation_helpers import findings

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def _found(text: str, code: str) -> list[tuple[Severity | None, str]]:
    return [
        (r.severity, r.message) for r in contradictions(analyze_text(text, 2024)) if r.code == code
    ]


# 1. a measure part in another unit of the total's measure
def test_metres_among_kilometres_after_qizhong_is_an_error() -> None:
    text = "全市新建绿道86.4公里，其中滨河绿道31.25公里、山地绿道42.7米、社区绿道12.45公里。"
    got = _found(text, "N201")
    assert got and got[0][0] is Severity.ERROR, got
    assert "42.7米" in got[0][1] and "86.4公里" in got[0][1] and "31.25" in got[0][1], got


def test_metres_among_kilometres_that_convert_are_quiet() -> None:
    text = "全市新建绿道86.4公里，其中滨河绿道31.25公里、山地绿道42700米、社区绿道12.45公里。"
    assert not _found(text, "N201")


def test_all_parts_in_the_totals_unit_are_no_unit_slip() -> None:
    text = "全市新建绿道86.4公里，其中滨河绿道31.25公里、山地绿道42.7公里、社区绿道12.45公里。"
    assert not _found(text, "N201")


def test_mixed_units_of_a_partial_list_are_quiet() -> None:
    # the parts do not meet the total either way: a list that leaves parts out
    text = "全市新建绿道86.4公里，其中滨河绿道31.25公里、山地绿道800米。"
    assert not _found(text, "N201")


def test_area_unit_slip_under_a_total_marker_without_qizhong_is_a_warning() -> None:
    text = "共计完成造林面积1260亩：荒山造林730亩、退耕还林315平方米、村庄绿化215亩。"
    got = _found(text, "N201")
    assert got and got[0][0] is Severity.WARNING, got


# 2. money parts before a 总计 total
def test_yuan_among_wan_yuan_before_the_total_is_a_warning() -> None:
    text = (
        "本级收入52316万元，上级补助收入18742万元，下级上解收入2615元，上年结余3307万元，"
        "调入资金9120万元，收入总计86100万元。"
    )
    got = _found(text, "N201")
    assert got and got[0][0] is Severity.WARNING and "2615元" in got[0][1], got


def test_wan_yuan_parts_before_the_total_are_quiet() -> None:
    text = (
        "本级收入52316万元，上级补助收入18742万元，下级上解收入2615万元，上年结余3307万元，"
        "调入资金9120万元，收入总计86100万元。"
    )
    assert not findings(text, 2024, ("N201",))


# 3. a table whose first row is the whole
_TABLE = (
    "项目 | 人数(人) | 比重(%) |\n"
    "参训人员 | 4800 | 100 |\n"
    "其中:机关 | 3000 | 62.5 |\n"
    "事业单位 | 1800 | 37.5 |\n"
    "其中:男性 | 2640 | 55.0 |\n"
    "女性 | 2160 | {share} |"
)


@pytest.mark.parametrize(("share", "wrong"), [("45.0", False), ("48.0", True)])
def test_share_of_a_split_under_a_whole_first_row(share: str, wrong: bool) -> None:
    got = _found(_TABLE.format(share=share), "N104")
    if wrong:
        assert got and got[0][0] is Severity.ERROR and "2160÷4800" in got[0][1], got
    else:
        assert not got, got


def test_first_row_with_a_share_of_its_own_is_no_whole() -> None:
    text = (
        "项目 | 人数(人) | 比重(%) |\n"
        "机关 | 4800 | 60 |\n"
        "其中:科级 | 3000 | 62.5 |\n"
        "其他 | 1800 | 30.0 |"
    )
    assert not _found(text, "N104")
