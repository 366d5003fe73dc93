"""Announced counts, session 35 (s35-announced): each shape with a consistent twin.

Written for these tests from the general shapes (other bodies, names and figures than the
read sets' cases they generalise)."""

from __future__ import annotations

from relation_helpers import codes, found

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def _severities(text: str) -> list[Severity]:
    return [r.severity for r in contradictions(analyze_text(text)) if r.code == "N203"]


# --- a 顿号 run right against a slogan whose items do not repeat its character ------------------


def test_run_right_before_a_fused_slogan() -> None:
    """「场地、师资、教材三到位」: the run before the slogan is its items (a warning)."""
    bad = "各村（社区）法治学校做到场地、师资、教材四到位。"
    assert codes(bad) == ["N203"]
    message = found(bad)[0][1]
    assert "「四到位」说有4项" in message and "却是3项" in message
    assert "师资" in message and "教材" in message
    assert _severities(bad) == [Severity.WARNING]
    assert codes(bad.replace("四到位", "三到位")) == []


def test_run_tied_to_a_quoted_slogan_by_a_joining_verb_and_de() -> None:
    """「A、B、C相结合的“四防联控”」「A、B、C、D、E的 “四统一”」 (a space before the quote)."""
    bad = "推行人防、物防、技防相结合的“四防联控”模式，全年未发生重大案件。"
    assert codes(bad) == ["N203"]
    assert "「四防联控」说有4项" in found(bad)[0][1]
    assert codes(bad.replace("四防", "三防")) == []
    more = "实现标识、服装、证件、装备、文书的 “四统一”。"
    assert codes(more) == ["N203"]
    assert "却是5项" in found(more)[0][1]
    assert codes(more.replace("四统一", "五统一")) == []


def test_quoted_run_right_before_a_fused_count() -> None:
    """「通过“A、B、C”四维发力」: the quote holds the run its count is of."""
    bad = "我局通过“清单化管理、闭环式督办、常态化评估”四维推进，实现整改全覆盖。"
    assert codes(bad) == ["N203"]
    assert "「四维推进」说有4项" in found(bad)[0][1] and "却是3项" in found(bad)[0][1]
    assert codes(bad.replace("四维", "三维")) == []


def test_run_against_a_slogan_stays_silent_when_it_may_be_open_or_of_two_kinds() -> None:
    """等 or a closing 和 may leave items out or join two; a name counting two kinds at once
    (“四官一律”, “两随机一公开”) is no count of the run; a run far longer than the count is
    of something else."""
    assert codes("做到场地、师资、教材等四到位。") == []
    assert codes("做到场地、师资和教材四到位。") == []
    assert codes("推行随机抽取对象、随机选派人员、结果公开的“两随机一公开”监管。") == []
    assert codes("组织甲村、乙村、丙村、丁村、戊村、己村两委干部参加培训。") == []
    # (「红十字」: a word holding a numeral, after a one-character piece)
    assert codes("支持工会、共青团、妇联、科协、残联、红十字会等群团组织依法履职。") == []
    assert codes("做好文史、地方志、档案、气象、慈善、红十字等工作。") == []


# --- a closing 和 between names all of one size, before a count of parts ----------------------


def test_closing_he_of_names_of_one_size_names_two_parts() -> None:
    """「从A、B、C和D三个方面」 with four-character names throughout: 和 closes the list (four
    parts); with sides of another size (「监督和保障」) the last may be one part."""
    bad = "会上，局长从执法办案、基层治理、队伍管理和作风建设三个方面作了部署。"
    assert codes(bad) == ["N203"]
    message = found(bad)[0][1]
    assert "「三个方面」说有3个" in message and "却是4项" in message
    assert "队伍管理；作风建设" in message
    assert _severities(bad) == [Severity.ERROR]
    assert codes(bad.replace("三个方面", "四个方面")) == []
    assert codes("本文从理论基础、制度演进、实践困境和完善路径等三个方面展开。") == ["N203"]
    assert codes("本文从理论基础、制度演进、实践困境和完善路径等四个方面展开。") == []
    assert codes("从制度建设、队伍建设、监督和保障三个方面推进。") == []
    assert codes("从制度建设、队伍建设、监督和保障四个方面推进。") == []
    assert codes("从制度建设、队伍建设、监督及保障四个方面推进。") == []


# --- 「…的有N个，分别是」 after counts that frame it in the clauses before --------------------------


def test_count_after_you_is_listed_after_framing_counts() -> None:
    """「在6个区和12个街道中，…的有4个，分别是A、B、C」: the clause of 有 says what is counted;
    the counts before it frame it. A month (「5月底」) is a date, no other count."""
    bad = "在全市6个区和12个街道中，年度考核优秀的有4个，分别是东城街道、西湖街道、南山街道。"
    assert codes(bad) == ["N203"]
    assert "「4个」说有4个" in found(bad)[0][1] and "却是3项" in found(bad)[0][1]
    assert codes(bad.replace("有4个", "有3个")) == []
    dated = "按照5月底节点要求，需由我区牵头的任务有3个，分别为：一是建设公园1处；二是改造道路2条。"
    assert codes(dated) == ["N203"]
    assert codes(dated.replace("有3个", "有2个")) == []
    # (counts in the clause of 有 itself may be what the list is of: nothing said)
    assert codes("全区有行政单位1家、事业单位4家，分别是甲局、乙中心、丙站。") == []
