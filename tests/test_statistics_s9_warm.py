"""Announced counts led back to (session 9, the warm-lint work): 「这些X分别是…」「上述X包括…」
later in the paragraph or at the start of the next one. The lead is now looked for only in a
window that holds the counted noun's head word (every lead kept has it in its noun): these
cases hold the verdicts the reading gave before that shortcut.

Every sentence is written for these tests (none comes from a blind set); each verdict was
derived by hand by counting the items named. The lists are cut by 、 only (no 和, which may join
two modifiers of one item), so each count is unambiguous."""

from __future__ import annotations

import pytest

from fazhi_lint.analysis.relations import analyze_text, contradictions


def _found(text: str) -> list[str]:
    return [r.message for r in contradictions(analyze_text(text, 2024)) if r.code == "N203"]


WRONG = [
    # 5 announced, 3 named
    "街道组建了5支巡查队伍。这些队伍分别是：东片巡查队、西片巡查队、南片巡查队。",
    # 4 announced, 6 named after 包括 (more than announced even for a partial list)
    "市场监管局制定了4项抽查细则。上述细则包括：食品抽查细则、药品抽查细则、特种设备抽查细则、"
    "计量器具抽查细则、广告抽查细则、价格抽查细则。",
    # 6 announced, 2 named in the next paragraph
    "区司法局新设了六个法律援助联络点。\n这些联络点分别是：城关联络点、河口联络点。",
    # 2 announced, 4 named
    "县农业农村局开展了两轮禁渔巡查。这些巡查分别是：春季巡查、夏季巡查、秋季巡查、冬季巡查。",
]

RIGHT = [
    # 3 announced, 3 named
    "街道组建了3支巡查队伍。这些队伍分别是：东片巡查队、西片巡查队、南片巡查队。",
    # 4 announced, 4 named in the next paragraph
    "区卫健委培育了四个健康教育基地。\n这些基地分别是：城东基地、城西基地、江北基地、江南基地。",
    # 2 announced, 2 named after 上述
    "税务分局推出了2项便民措施。上述措施包括：延时服务、预约办税。",
    # the list that follows names other things (no word of the counted noun's head): no reading
    "交通运输局修订了5项管理办法。这些队伍分别是：东片巡查队、西片巡查队。",
]


@pytest.mark.parametrize("text", WRONG)
def test_a_lead_back_to_an_announcement_that_lists_another_number(text: str) -> None:
    assert _found(text), text


@pytest.mark.parametrize("text", RIGHT)
def test_a_lead_back_to_an_announcement_that_lists_as_many(text: str) -> None:
    assert _found(text) == [], text
