"""Session 22 (s22-rates2): rates and changes read by the structure of the clause.

* 连年 is a word of a steady direction; a list of years joined by 、/和 followed by 分别为 and as
  many figures is a series; a claim alone in its sentence reads the series opening one of the
  next two sentences when the words before that series name the claim's measure (a warning);
* a time named between 由 and the figure (由开业时、由成立时的) leaves the base of a 由…到… change;
* 涨幅 is a word of change, as 增幅;
* a rate named by one answer of a decision (不起诉率, 不捕率) is read over the two answers
  together (不起诉 ÷ (起诉＋不起诉)), a reading that only accepts;
* a figure joined by a bare 、/和 to a change figure (同比增加1起、37人) is the same change:
  never a part or a total of a breakdown.

Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from relation_helpers import findings

CONTRADICTIONS = [
    # 11.8 < 12.4 against 连年提高; the series two sentences after the claim (warning)
    (
        "全区行政复议纠错率连年提高。区司法局通过听证、实地调查等方式提升办案质量。"
        "2021年、2022年、2023年全区行政复议纠错率分别为12.4%、11.8%、15.6%。",
        "N108",
        ("11.8%", "12.4%"),
    ),
    # a list of years with 分别为 in the claim's sentence
    (
        "全市政务服务好评率逐年上升，2021年、2022年和2023年分别为98.1%、97.6%、99.2%。",
        "N108",
        ("97.6%", "98.1%"),
    ),
    # 76 > 71 against 连年下降
    (
        "全县行政应诉案件数连年下降，2020年、2021年、2022年分别为84件、71件、76件。",
        "N108",
        ("76件", "71件"),
    ),
    # (410-320)/320 = 28.1%, a time between 由 and the base
    ("窗口日均办件量由成立时的320件增加到410件，增长26.1%。", "N108", ("28.1%",)),
    # (5.5-2)/5.5 = 63.6%
    (
        "企业平均开办时间由改革前的5.5个工作日压缩到2个工作日，压缩了53.6%。",
        "N108",
        ("63.6%",),
    ),
    # 0.22/(1.82-0.22) = 13.8%, 涨幅 a word of change
    (
        "年末全市共有人民调解员1.82万人，比上年增加0.22万人，涨幅为16.2%。",
        "N108",
        ("13.8%",),
    ),
]

CONSISTENT = [
    # every step of the series rises
    "全区行政复议纠错率连年提高。区司法局通过听证、实地调查等方式提升办案质量。"
    "2021年、2022年、2023年全区行政复议纠错率分别为11.4%、11.8%、15.6%。",
    "全市政务服务好评率逐年上升，2021年、2022年和2023年分别为97.1%、97.6%、99.2%。",
    # the series names another measure than the claim (案件, not 纠错率)
    "全区行政复议纠错率连年提高。2021年、2022年、2023年全市行政复议案件分别为120件、98件、131件。",
    # (410-320)/320 = 28.1%
    "窗口日均办件量由成立时的320件增加到410件，增长28.1%。",
    # 0.22/1.60 = 13.75%
    "年末全市共有人民调解员1.82万人，比上年增加0.22万人，涨幅为13.75%。",
    # 44/(248+44) = 15.07%: the two answers of the decision are the rate's base
    "共起诉各类犯罪213件248人。共不起诉39件44人，其中相对不起诉38人，存疑不起诉6人，"
    "不起诉率（按人数）为15.1%。",
    # 88/(312+88) = 22%
    "批准逮捕312人，不批准逮捕88人，其中无逮捕必要不捕61人，证据不足不捕27人，不捕率为22%。",
    # the changes (同比增加1起、5人) are no parts: 11+8 ≤ 22
    "全市发生较大事故6起，死亡22人，同比增加1起、5人。其中：道路交通事故3起，死亡11人，"
    "同比减少1起、2人；建筑施工事故2起，死亡8人，同比增加2起、8人。",
]


@pytest.mark.parametrize(("text", "code", "figures"), CONTRADICTIONS)
def test_found(text: str, code: str, figures: tuple[str, ...]) -> None:
    got = findings(text, 2023, (code,))
    assert got, text
    assert any(all(f in message for f in figures) for _, message in got), got


@pytest.mark.parametrize("text", CONSISTENT)
def test_silent(text: str) -> None:
    assert findings(text, 2023) == [], text


def test_series_ahead_is_a_warning() -> None:
    """The series of a claim told in a later sentence is tied to it by a name: a warning."""
    from relation_helpers import errors

    text, _, _ = CONTRADICTIONS[0]
    assert errors(text, 2023) == []
    text, _, _ = CONTRADICTIONS[1]
    assert [code for code, _ in errors(text, 2023)] == ["N108"]
