"""A funnel told clause by clause in verbs no list names (session 21, s21-flow).

The stage of a figure is read from the characters of the verb nearest before it (numbers.toml
``funnel``: intake < accepted < outcome morphemes); a figure of a later stage in the clause
right after one of an earlier stage, of the same unit, cannot exceed it unless the text gives
it another source or scope (relations/funnel.py). Every sentence is written for these tests;
each verdict derived by hand (arithmetic in the comment above it)."""

from __future__ import annotations

import pytest
from relation_helpers import FLOW_CODES, findings


def _found(text: str) -> list[tuple[str, str]]:
    return findings(text, codes=FLOW_CODES)


WRONG = [
    # 摸排 (intake) 312 → 立案 (accepted) 315: 315 > 312
    ("全年共摸排行政执法监督线索312条，立案315条，制发监督意见书41份。", "315条", "312条"),
    # 发现 → 立案: 58 > 52
    ("区纪委监委全年共发现问题线索52件，立案58件，给予党纪政务处分37人。", "58件", "52件"),
    # 接案调处 (accepted) 245 → 成功化解 (outcome) 251
    ("全年各调委会共接案调处邻里纠纷245起，成功化解251起，涉及金额316万元。", "251起", "245起"),
    # 提起 (intake) 37 → 胜诉 (outcome) 39
    ("全年代理政府提起民事诉讼37件，胜诉39件，挽回经济损失1200万元。", "39件", "37件"),
    # 排查 (intake) 1420 → 化解 (outcome) 1433, a noun of its own repeated
    ("各网格共排查各类矛盾隐患1420个，化解矛盾隐患1433个，化解率100%。", "1433个", "1420个"),
    # 收集 → 答复: 96 > 90
    ("通过“局长信箱”收集企业诉求90件，答复96件，群众满意度逐步提升。", "96件", "90件"),
    # 登记 → 受理 across a semicolon: 134 > 128
    ("窗口共登记法律援助申请128件；受理134件，指派律师承办121件。", "134件", "128件"),
    # 派单 → 办结, 万 figures: 2.31万 > 2.28万
    ("热线平台全年派单2.28万件，办结2.31万件，按期办结率98.6%。", "2.31万件", "2.28万件"),
]


@pytest.mark.parametrize("text,later,earlier", WRONG)
def test_a_later_stage_above_the_earlier_is_reported(text: str, later: str, earlier: str) -> None:
    got = _found(text)
    assert any(later in m and earlier in m for _, m in got), got


RIGHT = [
    # 312 ≥ 305
    "全年共摸排行政执法监督线索312条，立案305条，制发监督意见书41份。",
    # 52 ≥ 48
    "区纪委监委全年共发现问题线索52件，立案48件，给予党纪政务处分37人。",
    # 审结 > 立案 explained by carry-over in the sentence
    "全年立案审查政府信息公开申请88件，加上上年结转的9件，审结93件。",
    # the later figure is a 其中 part of something else: no funnel
    "全年受理举报线索210件，其中答复实名举报人215人次。",
    # two figures in different units: 件 and 人次
    "全年受理群众来访84件，答复群众196人次。",
    # the earlier figure is the last item of a 其中 list; 办结 counts the whole (40 + 62 = 102)
    "接收投诉102件，其中：初查不受理40件、正式受理62件，已办结97件。",
    # the later verb is denied (未结): no outcome
    "全年受理复议申请45件，未结47件的情形未出现，办结41件。",
    # an earlier figure of a later stage (化解) than the next (排查): order, not size
    "全年化解纠纷310件，排查隐患420处，立案1件。",
    # 累计 gives the later figure another scope
    "本年度发现违法线索35条，累计立案40条。",
]


@pytest.mark.parametrize("text", RIGHT)
def test_a_funnel_that_holds_or_is_scoped_is_silent(text: str) -> None:
    got = [(c, m) for c, m in _found(text) if "前一环节" in m]
    assert got == [], got


def test_an_explicit_chain_is_an_error() -> None:
    from fazhi_lint.analysis.relations import analyze_text, contradictions
    from fazhi_lint.model import Severity

    rels = contradictions(analyze_text("共发现线索52件，立案58件。", 2024))
    one = [r for r in rels if "前一环节" in r.message]
    assert one and one[0].severity is Severity.ERROR


def test_another_kind_in_the_later_clause_is_not_judged() -> None:
    # 违纪案件 is not the 线索 of the clause before: another set, no funnel
    got = _found("共收集问题线索10件，立案查处党员干部违纪案件11件。")
    assert [m for _, m in got if "前一环节" in m] == []
