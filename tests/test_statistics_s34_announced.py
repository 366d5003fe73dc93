"""Announced counts, session 34 (s34-announced): each shape with a consistent twin.

Written for these tests from the general shapes (other bodies, names and figures than the
read sets' cases they generalise)."""

from __future__ import annotations

from relation_helpers import codes, found

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def _severities(text: str) -> list[Severity]:
    return [r.severity for r in contradictions(analyze_text(text)) if r.code == "N203"]


# --- a count of 部分 after the sections of a report, with no lead word -----------------------

_PARTS = (
    "概况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、"
    "行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项"
)


def test_sections_counted_by_bu_fen_with_no_lead_word() -> None:
    """「本年报共有A、B…六部分」「现按照A、B…六个部分编制」: the clause's 顿号 run is the list
    (a 顿号 between 行政复议 and 行政诉讼情况 joins one section)."""
    bad = f"本年报共有{_PARTS}七部分。"
    assert codes(bad) == ["N203"]
    message = found(bad)[0][1]
    assert "「七部分」说有7部分" in message and "却是6项" in message
    assert "本年报共有" not in message  # (the clause's lead is no section)
    assert codes(f"本年报共有{_PARTS}六部分。") == []
    worse = f"镇政府现按照{_PARTS}五个部分编写年度报告。"
    assert codes(worse) == ["N203"]
    assert "「五个部分」" in found(worse)[0][1]
    assert codes(worse.replace("五个部分", "六个部分")) == []


def test_sections_closed_by_deng_only_more_named_contradict() -> None:
    """「…等四部分」 naming five: more than counted; 「…等九部分」 naming five may leave the rest out
    (not when the last named is the rest, 其他需要报告的事项: then the list is whole)."""
    listed = _PARTS.replace("政府信息公开行政复议、行政诉讼情况", "行政复议和行政诉讼情况")
    listed = listed.replace("、其他需要报告的事项", "")
    assert codes(f"本年报共有{listed}等四部分。") == ["N203"]
    assert codes(f"本年报共有{listed}等九部分。") == []


# --- 这N right after the 顿号 list it counts -----------------------------------------------------


def test_this_count_in_apposition_to_its_list() -> None:
    """「甲、乙、丙、丁这5县」: the names and their count in one clause."""
    bad = "本次评选中，平江、浏阳、宁乡、湘阴这5县各有3个村入选。"
    assert codes(bad) == ["N203"]
    assert "「这5县」说有5个" in found(bad)[0][1] and "却是4项" in found(bad)[0][1]
    assert _severities(bad) == [Severity.WARNING]
    assert codes(bad.replace("这5县", "这4县")) == []
    more = "南湖区、秀洲区、海盐县、平湖市、桐乡市这4个县市区均完成了评估。"
    assert codes(more) == ["N203"]
    assert codes(more.replace("这4个", "这5个")) == []


def test_this_count_after_a_list_that_ends_the_clause_before() -> None:
    """「…分别为A市、B省…，这6个省市…」: fewer names than the count contradict; more may be
    pointed at in part (the last ones), and names of another kind are not its list."""
    bad = "案件来源排名前四的分别为江苏省、浙江省、上海市、安徽省，这5个省市合计占比达62%。"
    assert codes(bad) == ["N203"]
    assert "「这5个省市」" in found(bad)[0][1]
    assert codes(bad.replace("这5个", "这4个")) == []
    assert codes(bad.replace("这5个省市", "这3个省市")) == []
    assert codes("重点抽查了食品、药品、化妆品，这5家企业均已整改。") == []


def test_this_count_of_a_time_is_no_count_of_names() -> None:
    assert codes("持续推进法治宣传、依法行政、矛盾化解这两年来成效明显。") == []


# --- a count of parts of the work, the enumeration in the next sentence -----------------------


def test_work_parts_listed_by_the_enumeration_of_the_next_sentence() -> None:
    """「推出三项举措提升…能力。一是…二是…」: the measures are what the enumeration lists,
    whatever its items say (a verb of an aim after the counted noun: it ends there)."""
    bad = (
        "区市场监管局推出三项举措提升审批效能和服务企业能力。一是压缩开办时间，实现一日办结。"
        "二是推行告知承诺，减少证明材料。三是开展上门服务，帮助企业解决难题。"
        "四是强化信用监管，落实分级分类。"
    )
    assert codes(bad) == ["N203"]
    assert "「三项举措提升」说有3项" in found(bad)[0][1]
    assert _severities(bad) == [Severity.WARNING]
    assert codes(bad.replace("三项举措", "四项举措")) == []
