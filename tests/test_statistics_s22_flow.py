"""A decision read from the structure of its clauses (session 22, s22-flow).

A verb and its negation (逮捕 / 不捕, 准予许可 / 不予许可, 批准逮捕 / 不批捕) are the two answers of
one decision: together they cannot exceed the intake told before them. A passive 被X right
after a figure of the same unit counts what befell that figure's things. A 新收 intake (its
word reaching over a 、 list of kinds) names this year's new cases: older ones may be
concluded or still open beside it. A second verb after a stage word (立案查处) names no thing.
Every sentence is written for these tests; each verdict derived by hand (arithmetic in the
comment above it)."""

from __future__ import annotations

import pytest
from relation_helpers import FLOW_CODES, findings


def _found(text: str) -> list[tuple[str, str]]:
    return findings(text, codes=FLOW_CODES)


WRONG = [
    # 批准 36 + 不批准 9 = 45 > 受理 43
    ("全年共受理提请批准逮捕案件43件，经审查，批准逮捕36件，不批准逮捕9件。", "45件", "43件"),
    # 逮捕 18 + 不捕 14 = 32 > 30 (the verb's last character after 不)
    ("区检察院共受理审查逮捕犯罪嫌疑人30人。经审查，逮捕18人，不捕14人。", "32人", "30人"),
    # 准予 212 + 不予 7 = 219 > 受理 215 (审批 of another sentence before)
    ("窗口收到排污许可申请230件，受理215件。准予许可212件，不予许可7件。", "219件", "215件"),
    # 起诉 57 + 不起诉 12 = 69 > 审结 66 (the latest stage told: 审结)
    (
        "受理审查起诉案件72件。审结审查起诉案件66件。提起公诉57件，不起诉12件。",
        "69件",
        "66件",
    ),
    # 同意 41 + 不同意 6 = 47 > 45, the decision's verb no list names
    ("共收到临时救助申请45户，经调查核实，同意救助41户，不同意救助6户。", "47户", "45户"),
    # passive: 被采纳 96 > 提出 88
    ("全年审计提出审计建议88条，被采纳96条，推动建章立制23项。", "96条", "88条"),
    # passive: 被录用 19 > 参加面试 17
    ("参加公开遴选面试17人，被录用19人。", "19人", "17人"),
    # 发现 → 立案查处: 立案 63 > 发现 61 (查处 a second verb, no thing of its own)
    ("全年执法检查中发现违法建设行为61件，立案查处63件，拆除违建面积1.2万平方米。", "63件", "61件"),
]


@pytest.mark.parametrize("text,more,less", WRONG)
def test_a_decision_above_what_it_decided_is_reported(text: str, more: str, less: str) -> None:
    got = _found(text)
    assert any(more in m and less in m for _, m in got), got


RIGHT = [
    # 36 + 7 = 43 = 受理
    "全年共受理提请批准逮捕案件43件，经审查，批准逮捕36件，不批准逮捕7件。",
    # 18 + 12 = 30
    "区检察院共受理审查逮捕犯罪嫌疑人30人。经审查，逮捕18人，不捕12人。",
    # 18 + 12 = 30, the 其中 parts of the intake not taken for it
    "区检察院共受理审查逮捕犯罪嫌疑人30人，其中未成年人4人、女性6人。经审查，逮捕18人，不捕12人。",
    # 212 + 3 = 215; the received 230 is not what was decided on
    "窗口收到排污许可申请230件，受理215件。准予许可212件，不予许可3件。",
    # 不到 is no answer of 受理 (no verb of the clause before after it)
    "全年受理投诉86件，不到去年的一半，办结84件。",
    # passive at most its active: 被采纳 80 ≤ 88
    "全年审计提出审计建议88条，被采纳80条，推动建章立制23项。",
    # a pair of another unit from the intake: 人 against 件
    "共受理审查逮捕案件20件，经审查，逮捕18人，不捕9人。",
]


@pytest.mark.parametrize("text", RIGHT)
def test_a_decision_that_holds_is_silent(text: str) -> None:
    assert _found(text) == []


NEW_INTAKE = [
    # 审结 + 未结 = 1385 above 新收 1206: the new intake holds no old cases (新收 over a 、
    # list of kinds), so no error; 审结 above 新收 untold stays a warning (s11 gate)
    "全年新收民事一审、二审案件1 206件，审结1 288件；截至年底，尚有未结案件97件。",
    # 审结 + 未结 = 131 above 新收 120, 新收 over a 、 list of three kinds
    "全年新收行政一审、二审、再审案件120件，审结118件，尚有未结案件13件。",
]


@pytest.mark.parametrize("text", NEW_INTAKE)
def test_concluded_and_open_above_a_new_intake_is_no_error(text: str) -> None:
    from relation_helpers import errors

    assert [e for e in errors(text) if e[0] in FLOW_CODES] == []


def test_a_pair_after_a_review_opening_is_an_error() -> None:
    from fazhi_lint.analysis.relations import analyze_text, contradictions
    from fazhi_lint.model import Severity

    # (其中 parts of the intake before the review: the pair is not a split of them; 18 + 14 =
    # 32 > 30, the intake the largest of the stage figures)
    text = "区检察院共受理审查逮捕犯罪嫌疑人30人，其中未成年人4人、女性6人。经审查，逮捕18人，不捕14人。"
    rels = contradictions(analyze_text(text, 2024))
    pair = [r for r in rels if "同一决定" in r.message]
    assert pair and pair[0].severity is Severity.ERROR
    assert "18人" in pair[0].message and "不捕14人" in pair[0].message
