"""A pointer (这/以上/上述 N) opening the clause or sentence right after one whose subject is a
顿号 list (session 34, announced2): more counted than the list names contradicts, as a warning.

The sentences are written for these tests from the general shape; none comes from a read set
(other bodies, nouns and figures)."""

from __future__ import annotations

from relation_helpers import codes, found

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def _severities(text: str) -> list[Severity]:
    return [r.severity for r in contradictions(analyze_text(text)) if r.code == "N203"]


def test_this_count_after_a_sentence_opened_by_its_subject_list() -> None:
    """「A、B、C均设在…。这四个窗口…」: the sentence before opens with three names."""
    bad = (
        "区公共法律服务中心、区劳动争议仲裁院、区行政复议受理室均设在区政务服务大厅。"
        "这四个窗口全年接待群众咨询3200人次。"
    )
    assert codes(bad) == ["N203"]
    message = found(bad)[0][1]
    assert "「这四个窗口」说有4个" in message
    assert "前一句开头列出的却是3项" in message
    assert "区行政复议受理室" in message and "均设在" not in message
    assert _severities(bad) == [Severity.WARNING]
    good = bad.replace("这四个窗口", "这三个窗口")
    assert codes(good) == []


def test_above_count_after_a_clause_opened_by_names_with_their_figures() -> None:
    """「甲县、乙县、丙县、丁县办理…分别为…，以上五县…」: the clause before opens with the
    names, their figures after 分别为."""
    bad = (
        "东山、西河、南岭、北坡办理行政复议案件分别为212件、187件、143件、96件，"
        "以上五县办案量占全市的58.4%。"
    )
    assert codes(bad) == ["N203"]
    message = found(bad)[0][1]
    assert "「以上五县」说有5个" in message
    assert "前一分句开头列出的却是4项" in message
    assert "北坡" in message
    good = bad.replace("以上五县", "以上四县")
    assert codes(good) == []


def test_subject_list_pointer_stays_silent_when_the_link_is_not_read() -> None:
    # fewer counted than named: 这三个 may be three of the four
    assert (
        codes(
            "区信访局、区司法局、区人社局、区住建局联合开展矛盾排查。这三个部门分别牵头一个专班。"
        )
        == []
    )
    # an open list (…等)
    assert (
        codes("区信访局、区司法局、区人社局等联合开展矛盾排查。这五个部门分别牵头一个专班。") == []
    )
    # the count is announced earlier in the paragraph: the pointer may resume it
    assert (
        codes(
            "全区组建5个专班。区信访局、区司法局、区人社局分别牵头开展矛盾排查。"
            "这五个专班全年化解纠纷120件。"
        )
        == []
    )
    # another list (the objects) in the clause before: the count may be of them
    assert (
        codes(
            "区信访局、区司法局、区人社局修订了接访规程、调解规则、仲裁办法、复议指引。"
            "这四项制度均已印发。"
        )
        == []
    )
    # a time after 这, and 以上 after a figure
    assert codes("区信访局、区司法局、区人社局联合开展排查。这两个月共化解纠纷15件。") == []
    assert codes("区信访局、区司法局、区人社局联合接访，3次以上来访的群众有12人。") == []
