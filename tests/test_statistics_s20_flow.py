"""Case flow in the phrasing of published reports (session 20, s20-flow).

* a time word of numbers.toml ``clauses.carry-over-times`` (上年, 去年, 累计) speaks of cases
  carried in only in a clause of the case flow (「累计受理」「上年未结」「包括上年…的案件」); in a
  clause of other work (「累计走访企业3907家次」) or as the time of a whole statement (「去年全市
  法院共受理…」) it explains no concluded figure above the intake
  (relations/common.py ``_without_idle_times``);
* the body a matter was sent to (「向公安机关移送」) acting on it (「公安机关立案」) is the next
  stage of a named chain (relations/flow.py ``_recipient_stage``): it cannot count more;
* the two routes of a hotline's intake (直接答复/直办/自行处理 against 转办/派单/交办,
  numbers.toml ``clauses.exhaustive``) split it completely, and an answer of the chain
  (按期回复) counts both halves (relations/flow.py ``_other_half``).

Every sentence is written for these tests; each verdict derived by hand (arithmetic in the
comment above it)."""

from __future__ import annotations

import pytest
from relation_helpers import FLOW_CODES, findings


def _found(text: str) -> list[tuple[str, str]]:
    return findings(text, codes=FLOW_CODES)


# --- time words that speak of no carry-over ---------------------------------------------------

IDLE_TIME_WRONG = [
    # 累计 is of the visits (家次): 9 concluded > 7 collected
    ("累计走访企业1260家次；收集办理企业诉求7件，已办结9件。", "9件", "7件"),
    # 累计 of the trainings (场次): 58 > 52
    ("全年累计开展法治培训36场次，受理群众投诉52件，办结58件。", "58件", "52件"),
    # 去年 is the time of the whole statement: 418 > 409
    ("去年，全区行政复议机构共受理复议申请409件，审结418件。", "418件", "409件"),
    # the same after a lead and a colon: 2751 > 2706
    ("会议通报情况：去年全市法院共受理一审行政案件2706件，审结2751件。", "2751件", "2706件"),
]


@pytest.mark.parametrize(("text", "done", "came"), IDLE_TIME_WRONG)
def test_idle_time_word_leaves_excess_found(text: str, done: str, came: str) -> None:
    found = _found(text)
    assert any(code == "N107" and done in msg and came in msg for code, msg in found), found


IDLE_TIME_RIGHT = [
    # 上年未结 14 carried in: 96 + 14 = 110 ≥ 103
    "上年未结案件14件，全年受理96件，审结103件。",
    # 累计受理 is the caseload with earlier years: 103 ≤ 118
    "全年受理96件，累计受理118件，审结103件。",
    # the concluded include last year's: 71 + 19 = 90 from 83 and last year's appeals
    "区政府被诉案件83件，其中一审审结71件，二审审结19件，二审案件中包括上年一审后上诉的案件。",
    # 连同上年未完成整改的 adds last year's: 240 + 12 = 252 ≥ 247 + 5
    "全年排查发现问题240项，连同上年未完成整改的12项，年内整改到位247项，剩余5项正在整改。",
]


@pytest.mark.parametrize("text", IDLE_TIME_RIGHT)
def test_time_word_of_the_flow_still_explains(text: str) -> None:
    assert _found(text) == []


# --- the body sent a matter acting on it ----------------------------------------------------

RECIPIENT_WRONG = [
    # 立案 41 > 移送 37
    ("市场监管局向公安机关移送涉嫌犯罪案件37件，公安机关立案41件。", "41件", "37件"),
    # 立案 19 > 移送 16 (由 before the body)
    ("县生态环境局向公安机关移送环境违法案件16件，由公安机关立案19件。", "19件", "16件"),
    # 立案 9 > 移送 8 (another body)
    ("区人社局向检察机关移送案件线索8件，检察机关立案9件。", "9件", "8件"),
]


@pytest.mark.parametrize(("text", "later", "earlier"), RECIPIENT_WRONG)
def test_recipient_files_more_than_sent(text: str, later: str, earlier: str) -> None:
    found = findings(text, codes=("N107",))
    assert any(f"立案{later}" in msg and f"移送的{earlier}" in msg for _, msg in found), found


RECIPIENT_RIGHT = [
    # 33 ≤ 37
    "市场监管局向公安机关移送涉嫌犯罪案件37件，公安机关立案33件。",
    # another body files (法院 not the recipient): no chain, 41 of its own
    "市场监管局向公安机关移送涉嫌犯罪案件37件，人民法院受理行政诉讼41件。",
]


@pytest.mark.parametrize("text", RECIPIENT_RIGHT)
def test_recipient_within_sent(text: str) -> None:
    assert findings(text, codes=("N107",)) == []


# --- the two routes of a hotline's intake -----------------------------------------------------

ROUTES_WRONG = [
    # 1210 + 395 = 1605 ≠ 1590
    ("热线共受理群众诉求1590件，其中直接答复1210件，转办395件。", "1605件", "1590件"),
    # 820 + 177 = 997 ≠ 987
    ("平台共受理市民诉求987件，自行处理820件，派单177件，按时办结率99%。", "997件", "987件"),
    # 64 + 39 = 103 ≠ 96
    ("留言板共受理诉求96件，其中前台直接办结64件，网络转办39件。", "103件", "96件"),
]


@pytest.mark.parametrize(("text", "parts", "whole"), ROUTES_WRONG)
def test_routes_do_not_add_up(text: str, parts: str, whole: str) -> None:
    found = findings(text, codes=("N101",))
    assert any(parts in msg and whole in msg for _, msg in found), found


ROUTES_RIGHT = [
    # 1210 + 380 = 1590
    "热线共受理群众诉求1590件，其中直接答复1210件，转办380件。",
    # 820 + 167 = 987
    "平台共受理市民诉求987件，自行处理820件，派单167件，按时办结率99%。",
]


@pytest.mark.parametrize("text", ROUTES_RIGHT)
def test_routes_add_up(text: str) -> None:
    assert findings(text, codes=("N101",)) == []


# --- an answer of the chain counts both halves ------------------------------------------------


def test_answer_counts_both_routes() -> None:
    # 交办 612 + 直办 23 = 635 answered
    text = "本月共受理热线工单635件。交办相关责任单位612件，热线办直办23件；按期回复635件。"
    assert _found(text) == []


def test_answer_above_both_routes_found() -> None:
    # 641 answered > 635 received
    text = "本月共受理热线工单635件。交办相关责任单位612件，热线办直办23件；按期回复641件。"
    found = _found(text)
    assert any("641件" in msg and "635件" in msg for _, msg in found), found
