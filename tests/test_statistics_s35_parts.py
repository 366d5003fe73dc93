"""Session 35, coder parts: a flat run of five parts or more is no nest.

When the parts of a list exceed their whole, the judge tries a nested reading: the head adds
up to the whole and the last part, no larger than the one before, is a sub-part of it (seed
001's 办结 list: 39 + 64 = 103, the 31 settled during review are among the 64). In a long
list told as one flat run — five parts or more, each joined to the one before by the same mark
and nothing but its name, the last no rest, no case still open and none of a later year — the
last item is a sibling like the others (「其中年度工作报告1条,招标投标信息37条,…,机构职能1条」,
「审理结果是维持46件,驳回9件,…,终止13件,放弃申请2件」), and the sum above the whole stays an
N101. A change of mark (；, 。, a comma after 顿号) or a rest or open last item leaves the nested
reading as it was (「…本机关不掌握相关信息3件；被申请行政复议2件」, 「…其他处理76件,转接下年度
办理45件」).
"""

from __future__ import annotations

import pytest
from relation_helpers import findings

CONTRADICTIONS = [
    # (text, words the N101 message must hold)
    # categories of published items in one comma run, the last equal to the one before it
    (
        "2024年，区档案馆在门户网站发布信息62条，其中工作动态21条，通知公告15条，馆藏介绍9条，"
        "政策法规8条，办事指南5条，人事信息4条，机构概况2条。",
        ("64条", "62条", "21+15+9+8+5+4+2"),
    ),
    # the decisions of a review body in one run, the last smaller than the one before
    (
        "全年受理行政复议案件56件，审理结果为维持31件，驳回6件，撤销4件，确认违法2件，"
        "责令履行1件，终止12件，撤回申请3件。",
        ("59件", "56件", "31+6+4+2+1+12+3"),
    ),
    # a 顿号 run of kinds, the head adding up to the whole
    (
        "全年共受理群众来信来访117件，其中城建类38件、环保类27件、劳动保障类21件、教育类14件、"
        "医疗卫生类11件、交通类6件、住房类5件。",
        ("122件", "117件"),
    ),
]


@pytest.mark.parametrize(("text", "words"), CONTRADICTIONS)
def test_a_flat_run_above_its_whole(text: str, words: tuple[str, ...]) -> None:
    found = [m for c, m in findings(text) if c == "N101"]
    assert found, findings(text)
    assert any(all(w in m for w in words) for m in found), found


CONSISTENT = [
    # the flat runs above, adding up
    "2024年，区档案馆在门户网站发布信息64条，其中工作动态21条，通知公告15条，馆藏介绍9条，"
    "政策法规8条，办事指南5条，人事信息4条，机构概况2条。",
    "全年受理行政复议案件59件，审理结果为维持31件，驳回6件，撤销4件，确认违法2件，"
    "责令履行1件，终止12件，撤回申请3件。",
    # a last item past a semicolon: another statement, the head adds up
    "全年收到政府信息公开申请26件，均按期答复，其中予以公开11件、部分公开5件、不予公开2件、"
    "本机关不掌握相关信息6件、不予处理2件；被申请行政复议2件，经复议均维持。",
    # the last item carried to the next year, in a comma run of the form's answers
    "全年共办结政府信息公开申请180件，其中予以公开62件，部分公开14件，不予公开9件，"
    "无法提供71件，不予处理8件，其他处理16件，转接下年度办理12件。",
    # the last item still open (尚有) in the run
    "已审结行政复议案件96件，其中维持58件，驳回11件，撤销7件，确认违法4件，调解和解结案16件，"
    "尚有9件正在审理。",
    # a short list keeps the nested reading (a sub-part of the one before)
    "截至年底，已办结案件86件，其中通过案前调解结案30件，受理后审结56件，通过案中和解结案21件。",
]


@pytest.mark.parametrize("text", CONSISTENT)
def test_consistent_stays_silent(text: str) -> None:
    assert findings(text, codes=("N101", "N102")) == []
