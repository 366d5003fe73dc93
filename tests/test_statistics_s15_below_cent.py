"""A sum of money in plain 元 written with more places than the 分 (session 15, s15-nouns):
「实施预防性处罚205.1026元」 holds no real amount — with four places it is a 万元 figure whose
unit lost its 万 (relations/plausibility.py ``_below_cent``, N201, a warning naming the likely
unit). Not a 万元 or 亿元 figure, an average (人均…元), a price per unit (每吨…元, 元/吨, 单价,
收费标准) or a Chinese numeral.

Every sentence is written for these tests; each verdict derived by hand (the places are
counted in the comment above it)."""

from __future__ import annotations

import pytest
from relation_helpers import findings

WRONG = [
    # 4 places in 元: 318.4562 → 318.4562万元
    ("全年立案查处安全生产违法行为58起，实施行政处罚318.4562元，责令停产整顿企业6家。", "万元"),
    # 3 places
    ("全年执结涉民生案件1,062件，执行到位标的额5,216.385元。", "万元"),
    # 4 places, after a verb of paying
    ("督促违法企业缴纳罚款121.5826元，移送公安机关案件3件。", "万元"),
    # 3 places, a 追回 amount
    ("为412名农民工追回欠薪86.731元，结案率98.3%。", "万元"),
    # 6 places: beyond a 万元 figure's 元 too, a 亿元 figure
    ("全年全区罚没收入上缴财政12.345678元，均纳入预算管理。", "亿元"),
    # 4 places with a thousands separator
    ("全年为群众挽回经济损失1,286.4375元，办理法律援助案件312件。", "万元"),
    # 3 places, a subsidy paid out (no average word)
    ("向困难当事人发放司法救助金37.125元，救助对象42人。", "万元"),
    # 4 places, the second of two sums
    ("全年收缴罚没款356万元，其中当场收缴罚款8.2519元。", "万元"),
]

RIGHT = [
    # 万元 with four places: to the 元
    "全年实施行政处罚205.1026万元，已缴纳罚款121.5826万元。",
    # 亿元 with four places
    "全年涉案金额2.3715亿元，止付冻结资金0.8624亿元。",
    # 元 with two places: to the 分
    "全年发放法律援助补贴386,215.36元，受援人员1,236人。",
    # an average per person: a division leaves places
    "受援群众人均获得援助补贴1,236.475元，较上年增长6.2%。",
    # a price per ton told before the amount
    "城镇污水处理费按每吨0.9525元标准征收。",
    # a price per ton told after it
    "水资源税按0.3125元/吨执行，全年征收水资源税86万元。",
    # a unit price
    "招标采购的执法记录仪单价3,125.125元，共采购32台。",
    # a fee standard
    "调解员案件补贴标准为每件150.555元。",
    # a Chinese numeral amount
    "全年实施行政处罚一千二百元，已全部缴纳。",
    # an average per household
    "户均获得补偿金额12,563.125元。",
]


@pytest.mark.parametrize(("text", "unit"), WRONG)
def test_below_cent_found(text: str, unit: str) -> None:
    found = findings(text, codes=("N201",))
    assert found, text
    assert any("不足1分" in m and "疑为“" in m and unit in m for _, m in found), found


@pytest.mark.parametrize("text", RIGHT)
def test_money_places_fine(text: str) -> None:
    assert not [m for _, m in findings(text, codes=("N201",)) if "不足1分" in m], text
