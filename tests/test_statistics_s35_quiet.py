"""Session 35, coder quiet: pairings the sentence does not state (issue 9), each rule with its
own examples — a contradiction still found and a consistent twin that stays silent.

1. A stated difference followed at once by its own percentage (「减少6起，下降33.3%」) is not the
   difference of a later percentage whose clause names a thing of its own (死亡人数同比下降…).
2. A percentage right after a level of another unit (「增加3.2万家，提交申请40.4万件，同比增长
   12%」) speaks of that level, not of the difference before it.
3. A whole that is one item of a run joined by 、/和 (「对19个市县、19个省直部门和19家企业…」)
   may be the run together: consistent when the run's sum fits; parts above the run's sum too
   are an error told against the run; otherwise a warning naming the item read as the whole.
4. A share of 同类 (the numerator's own class) is no share of a whole its listed sibling of
   another class lies in too.
"""

from __future__ import annotations

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def _found(text: str, year: int = 2024) -> list[tuple[str, Severity | None, str]]:
    return [(r.code, r.severity, r.message) for r in contradictions(analyze_text(text, year))]


def _codes(text: str, *codes: str) -> list[tuple[str, Severity | None, str]]:
    return [f for f in _found(text) if f[0] in codes]


# 1. a difference with its own percentage
def test_later_percentage_of_another_subject_is_quiet() -> None:
    text = "全年共发生火灾事故20起，较上年的25起减少5起，下降20.0%，直接财产损失同比下降12.5%。"
    assert not _codes(text, "N108"), _found(text)


def test_own_percentage_of_the_difference_still_checked() -> None:
    text = "全年共发生火灾事故20起，较上年的25起减少5起，下降25.0%，直接财产损失同比下降12.5%。"
    found = _codes(text, "N108")
    assert any(s == Severity.ERROR and m.startswith("下降25.0%") for _, s, m in found), found


def test_difference_without_own_percentage_still_read() -> None:
    # (no percentage of its own after the difference: the later one is read against it)
    text = "全年共发生火灾事故20起，较上年减少5起，事故起数同比下降30.0%。"
    found = _codes(text, "N108")
    assert any(s == Severity.ERROR and "5÷25" in m for _, s, m in found), _found(text)


# 2. a level of another unit between the difference and the percentage
def test_percentage_after_level_of_other_unit_is_quiet() -> None:
    text = "全年新登记市场主体1.2万户，较上年增加0.3万户，注册资本金86.5亿元，同比增长9%。"
    assert not _codes(text, "N108"), _found(text)


def test_percentage_right_after_its_difference_still_checked() -> None:
    text = "全年新登记市场主体1.2万户，较上年增加0.3万户，同比增长9%，注册资本金86.5亿元。"
    found = _codes(text, "N108")
    assert any(s == Severity.ERROR and "0.3万÷9000" in m for _, s, m in found), found


# 3. a whole that is one item of a run
def test_rest_of_a_run_of_wholes_is_quiet() -> None:
    text = (
        "全年对12个乡镇、8个县直部门和5家国有企业开展法治建设考核，"
        "评定7个单位为优秀等次，其余18个单位为合格等次。"
    )
    assert not _codes(text, "N101", "N102"), _found(text)


def test_rest_of_a_run_that_does_not_fit_is_found() -> None:
    text = (
        "全年对12个乡镇、8个县直部门和5家国有企业开展法治建设考核，"
        "评定7个单位为优秀等次，其余20个单位为合格等次。"
    )
    found = _codes(text, "N101", "N102")
    assert any(s == Severity.ERROR and "25个（12个＋8个＋5家）" in m for _, s, m in found), found


def test_list_under_one_item_of_a_run_is_a_warning() -> None:
    text = (
        "受理量居前三位的乡镇为：城关镇120件、新集镇96件、河口镇80件，"
        "其他乡镇受理情况分别为：双河镇75件、白沙镇60件、青山镇42件。"
    )
    found = _codes(text, "N101", "N102")
    assert all(s == Severity.WARNING for _, s, _ in found), found
    assert all("并列" in m and "80件" in m for _, _, m in found), found


def test_whole_standing_alone_still_an_error() -> None:
    text = "全年受理行政复议申请80件，其中维持45件，撤销20件，确认违法12件，驳回10件。"
    found = _codes(text, "N101", "N102")
    assert any(s == Severity.ERROR for _, s, _ in found), _found(text)


# 4. a share of the numerator's own class (同类) is not of the whole of several classes
def test_same_class_share_over_listed_classes_is_quiet() -> None:
    text = (
        "第三季度共处置警情42.0万起，其中火灾扑救9.6万起、社会救助21.3万起，"
        "分别占全年同类警情的26%和40.2%。"
    )
    assert not _codes(text, "N104"), _found(text)


def test_share_of_all_over_listed_classes_still_checked() -> None:
    text = (
        "第三季度共处置警情42.0万起，其中火灾扑救9.6万起、社会救助21.3万起，"
        "分别占全部警情的26%和40.2%。"
    )
    found = _codes(text, "N104")
    assert any(s == Severity.ERROR and "9.6万÷42.0万" in m for _, s, m in found), found


def test_same_class_share_over_its_own_class_still_checked() -> None:
    text = "全年共处置火灾扑救警情36.9万起，其中第三季度处置9.6万起，占全年同类警情的35%。"
    found = _codes(text, "N104")
    assert any(s == Severity.ERROR and "9.6万÷36.9万" in m for _, s, m in found), found
