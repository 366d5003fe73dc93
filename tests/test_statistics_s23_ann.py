"""Session 23 (s23-ann): the parts of a whole listed, then counted (N203, relations/parts_listed.py).

「本报告包括A，B…等五部分组成」「全文分A、B…六个部分」「主要从A，B…等六个方面汇报」: any lead
of numbers.toml ``announced.part-leads`` (or none before 组成/构成), pieces split at commas and
顿号, every count from the comma level to the all-mark level fits; a 顿号 whose right side alone
ends with the head the parts share joins one part (a count equal to the strings is a warning);
a 和 after a whole part splits two; 等 closes the list after 组成 or when its last part is the
rest (其他…), else a larger count may count unnamed parts.

Every sentence is written for these tests (other bodies, nouns, orders and marks than the
fixtures); the arithmetic in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import findings

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity

CODES = ("N203",)

MISSES = [
    # 分为 + commas: 5 pieces (6 if 及 splits the last), 七 ∉ {5, 6}
    (
        "本年度报告分为工作概况，主动公开情况，依申请公开情况，复议诉讼情况，存在问题及改进措施七个部分。",
        7,
        "5或6",
    ),
    # 由…组成, 顿号: 6 pieces (the last 与 may split one more: 6 or 7), 五 ∉ {6, 7}
    (
        "本报告由工作概述、主动公开信息情况、依申请公开信息情况、信息公开收费情况、行政复议和行政诉讼情况、"
        "存在问题与改进措施等五部分组成。",
        5,
        "6或7",
    ),
    # 包括 + commas + 等, the last part the rest (其他): closed; 5 pieces, 七 ∉ {5}
    (
        "本报告包括总体情况，主动公开情况，依申请公开情况，复议诉讼情况，其他事项等七项内容。",
        7,
        "5",
    ),
    # 从 + commas + 等 (open), but more named (4) than counted (三)
    ("局机关主要从执法主体，执法程序，执法文书，执法监督等三个方面开展案卷评查。", 3, "4"),
    # 涵盖 + 顿号; 和 after a whole part (…情况和其他…) splits two: 4 parts, 三 ∉ {4}
    ("年报涵盖总体情况、主动公开情况、依申请公开情况和其他需要报告的事项三个部分。", 3, "4"),
    # a year in the first part is no figure: 4 pieces, 三大部分 ∉ {4}
    (
        "本报告包括2023年度工作总体情况，规章制度建设情况，执法监督情况，存在的不足等三大部分。",
        3,
        "4",
    ),
    # 共分 + 顿号: 3 parts, 两部分
    ("报告共分组织领导情况、制度建设情况、队伍建设情况两部分。", 2, "3"),
    # a lead in an earlier clause (由…编制) passed over for 包括 opening a comma piece: 3 parts, 四
    ("本报告由区政府办公室编制，包括工作概况、主动公开情况、依申请公开情况四部分。", 4, "3"),
    # 顿号 joining 行政复议、行政诉讼情况 (one part): 5 or 6 (问题及改进情况 may split), 四 below
    (
        "全文由概况、主动公开情况、依申请公开情况、行政复议、行政诉讼情况、问题及改进情况四部分组成。",
        4,
        "5或6",
    ),
]


@pytest.mark.parametrize(("text", "n", "listed"), MISSES)
def test_parts_counted_wrong(text: str, n: int, listed: str) -> None:
    found = findings(text, codes=CODES)
    assert len(found) == 1, found
    message = found[0][1]
    assert f"说有{n}" in message and f"却是{listed}项" in message, message


def test_joining_comma_counted_as_split_is_a_warning() -> None:
    # six 顿号 strings, five or six parts (行政复议、行政诉讼情况 is one part): 七 only if the
    # joining 顿号 split it too — a warning naming the joined words
    text = "全文由概况、主动公开情况、依申请公开情况、行政复议、行政诉讼情况、问题及改进情况七部分组成。"
    found = [r for r in contradictions(analyze_text(text, 2024)) if r.code == "N203"]
    assert len(found) == 1 and found[0].severity is Severity.WARNING, found
    assert "行政复议、行政诉讼情况" in found[0].message


def test_comma_list_miscounted_is_an_error() -> None:
    text = MISSES[0][0]
    found = [r for r in contradictions(analyze_text(text, 2024)) if r.code == "N203"]
    assert [r.severity for r in found] == [Severity.ERROR]


FITS = [
    # 5 comma pieces, 五
    "本年度报告分为工作概况，主动公开情况，依申请公开情况，复议诉讼情况，存在问题及改进措施五个部分。",
    # 6 pieces (7 if 与 splits), 六
    "本报告由工作概述、主动公开信息情况、依申请公开信息情况、信息公开收费情况、行政复议和行政诉讼情况、"
    "存在问题与改进措施等六部分组成。",
    # 5 pieces, the rest last, 五项内容
    "本报告包括总体情况，主动公开情况，依申请公开情况，复议诉讼情况，其他事项等五项内容。",
    # trap: 等 with no 组成 and no rest: 4 named of 五 aspects may leave one unnamed
    "局机关主要从执法主体，执法程序，执法文书，执法监督等五个方面开展案卷评查。",
    # 4 parts (和 after 情况 splits two), 四
    "年报涵盖总体情况、主动公开情况、依申请公开情况和其他需要报告的事项四个部分。",
    # trap: comma pieces holding 顿号 (复议、诉讼 one part, or two): 6 or 7, 六
    "全文包括总体情况，主动公开政府信息情况，收到和处理申请情况，被申请行政复议、提起行政诉讼情况，"
    "存在的主要问题及改进情况，其他需要报告的事项六大部分。",
    # trap: 部分 inside a part (部分公开情况) is no lead; 包括 opens 4 parts
    "本报告包括总体情况、部分公开情况、不予公开情况、复议诉讼情况等四个部分。",
    # the lead in an earlier clause passed over: 3 parts, 三
    "本报告由区政府办公室编制，包括工作概况、主动公开情况、依申请公开情况三部分。",
    # 共分 three parts
    "报告共分组织领导情况、制度建设情况、队伍建设情况三部分。",
    # trap: 节 of 节点 is no count of sections (a quoted compound's own counts)
    "广场划分为入口、中庭、出口区域，沿线设置宣传栏、石刻、雕塑等三个节点。",
]


@pytest.mark.parametrize("text", FITS)
def test_parts_counted_right(text: str) -> None:
    assert findings(text, codes=CODES) == []
