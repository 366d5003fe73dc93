"""The place of a figure in a case flow, read from the structure of its clauses (session 22,
s22-flow2).

An outcome's manner words (成功, 已, 依法) name no kind of thing of their own (「成功化解纠纷」
counts the 矛盾纠纷 accepted); an outcome told as a number of (「调处成功数」) is an outcome whose
noun is elided; the fates told in the sentence after a 其中 list are of the set counted whole
that opened it; the fates told after an open part given first (「受理38件，未结17件，撤诉6件，
…」) are read by their place, whatever their verbs, and a closure word (驳回, 撤回) counted by a
figure of the sentence explains no excess; two 、 lists of one statement, intakes then
decisions, pair in order. Every sentence is written for these tests; each verdict derived by
hand (arithmetic in the comment above it)."""

from __future__ import annotations

import pytest
from relation_helpers import FLOW_CODES, findings


def _found(text: str) -> list[tuple[str, str]]:
    return findings(text, codes=FLOW_CODES)


WRONG = [
    # 成功化解 74 > 受理 71: 成功 and 化解 say how it ended, 纠纷 is the accepted 矛盾纠纷
    ("今年以来，全镇排查走访群众312户，受理各类矛盾纠纷71件，成功化解纠纷74件。", "74件", "71件"),
    # 依法办结 130 > 受理 126, 依法 names no kind
    ("区市场监管局受理消费投诉举报126件，依法办结投诉130件。", "130件", "126件"),
    # 调解成功数 560 > 受理 548
    ("全年各级调委会受理矛盾纠纷548件，调解成功数560件，涉及金额300万元。", "560件", "548件"),
    # fates after the list's whole: 50 + 6 = 56 > 共排查 54
    (
        "全年共排查矛盾纠纷54件，其中婚姻家庭纠纷20件，邻里纠纷34件。已调解成功50件，正在调解中的6件。",
        "56件",
        "54件",
    ),
    # open part first, then fates by place: 9 + 4 + 3 + 2 = 18 > 受理 16
    ("县法院受理行政诉讼案件16件，未结9件，撤诉4件，裁定驳回起诉3件，移送2件。", "18件", "16件"),
    # the same with 中止 and 移送管辖 (no stage word at all): 5 + 6 + 2 + 1 = 14 > 12
    (
        "仲裁委受理劳动争议案件12件，尚未审结5件，撤回申请6件，中止2件，移送管辖1件。",
        "14件",
        "12件",
    ),
    # paired lists: 起诉 1,220 > 移送审查起诉 1,180 at its place
    (
        "全年受理审查逮捕1056人、移送审查起诉1180人，经审查批准逮捕812人、提起公诉1220人。",
        "1220人",
        "1180人",
    ),
    # paired lists, the first pair over: 准予 48 > 受理 45
    (
        "受理建设工程规划许可申请45件、施工许可申请63件，审查后准予规划许可48件、施工许可60件。",
        "48件",
        "45件",
    ),
]


@pytest.mark.parametrize("text,more,less", WRONG)
def test_a_figure_read_by_its_place_above_its_whole_is_reported(
    text: str, more: str, less: str
) -> None:
    got = _found(text)
    assert any(more in m and less in m for _, m in got), got


RIGHT = [
    # 成功化解 69 ≤ 受理 71
    "今年以来，全镇排查走访群众312户，受理各类矛盾纠纷71件，成功化解纠纷69件。",
    # 调解成功数 540 ≤ 548
    "全年各级调委会受理矛盾纠纷548件，调解成功数540件，涉及金额300万元。",
    # 48 + 6 = 54 = 共排查
    "全年共排查矛盾纠纷54件，其中婚姻家庭纠纷20件，邻里纠纷34件。已调解成功48件，正在调解中的6件。",
    # a 其中 list of stages (受理 / 不予受理) before the fates: they are of the accepted 70
    "全年共收到政府信息公开申请80件，其中受理70件，不予受理10件。已办结60件，另有10件正在办理中。",
    # 7 + 4 + 3 + 2 = 16 = 受理
    "县法院受理行政诉讼案件16件，未结7件，撤诉4件，裁定驳回起诉3件，移送2件。",
    # open part first then a concluded total and its parts: the run stops at 审结 (no sum)
    "县法院受理行政诉讼案件16件，未结6件，撤诉4件，审结6件，判决维持5件，判决撤销1件。",
    # fewer fates than accepted after an open part told first: some may go unnamed
    "县法院受理行政诉讼案件16件，未结6件，撤诉4件，裁定驳回起诉3件。",
    # paired lists in order, each within its intake
    "全年受理审查逮捕1056人、移送审查起诉1180人，经审查批准逮捕812人、提起公诉1120人。",
    # lists of unequal length are not paired (批准 1,100 is not of the 1,056 by place)
    "全年受理审查逮捕1056人、移送审查起诉1180人、申诉12人，经审查批准逮捕812人、提起公诉1100人。",
    # a carry-over told in the statement: the paired lists are left alone
    "受理提请批捕案件90件、移送起诉案件120件（含上年结转），批准逮捕95件、提起公诉110件。",
]


@pytest.mark.parametrize("text", RIGHT)
def test_a_consistent_flow_read_by_place_is_not_reported(text: str) -> None:
    assert _found(text) == []
