"""The triple of a change — this period's figure, the amount of change, the rate — read in any
order within one statement (session 24, s24-yoy).

1. The amount after the rate (「完成372037万元，较上年同期增长9.96%，增支32770万元」): the base is
   the figure less the amount, as when the amount comes first; the amount must follow in the
   same statement (no semicolon between) with no figure of its unit between the rate and it
   (「…增长10%，办结1480件，增加160件」: the 160 is the 1480's).
2. 增/减 with what flows (增收, 减收, 增支, 减支, 增产, 减产) is a word of change: the figure after
   「比上年减收」 is the amount of change, never last year's figure, and an amount of change is
   never a part of a current total nor of another amount of change (a part's increase may
   exceed the whole's).
3. 斤 is a unit of weight (粮食产量5.2亿斤).

Every sentence is written for these tests (none from a fixture set); the arithmetic is in the
comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import errors, findings

# (text, figures the N108 message must name)
CONTRADICTIONS = [
    # 1. (96 ÷ (860 − 96) = 12.6%, not 15.5%)
    ("全年办理法律援助案件860件，较上年增长15.5%，增加96件。", ("860", "96", "12.6%")),
    # 1. (another figure between, of another unit: 41 ÷ 371 = 11.1%, not 8.2%)
    (
        "全区受理行政复议申请412件，同比上升8.2%，比全市平均高出3.1个百分点，增加41件。",
        ("412", "41", "11.1%"),
    ),
    # 1. (a fall, the rate first: 8 ÷ 26 = 30.8%, not 25%)
    ("全年发生安全生产事故18起，同比下降25%，减少8起。", ("18", "8", "30.8%")),
    # 1. (环比, the next clause after a semicolon another figure's: 2105 ÷ 21545 = 9.8%, not 6.3%)
    ("受理群众诉求23650件，环比增长6.3%，增加2105件；办结23120件。", ("23650", "2105", "9.8%")),
    # 1. (净增 after the rate: 25 ÷ 190 = 13.2%, not 10.2%)
    ("全市律师事务所达到215家，比上年增长10.2%，净增25家。", ("215", "25", "13.2%")),
    # 2. (减收 before the rate: 0.72 ÷ 9.28 = 7.8%, not 9.8%)
    ("区税务局组织税收收入8.56亿元，比上年减收0.72亿元，下降9.8%。", ("8.56亿", "0.72亿", "7.8%")),
    # 2. (增支 before the rate: 4120 ÷ 52200 = 7.9%, not 9.1%)
    ("全县民生支出完成56320万元，同比增支4120万元，增长9.1%。", ("56320万", "4120万", "7.9%")),
    # 2./3. (增产 in 斤: 0.3 ÷ 4.9 = 6.1%, not 8.5%)
    ("全镇粮食产量5.2亿斤，比上年增产0.3亿斤，增长8.5%。", ("5.2亿", "0.3亿", "6.1%")),
    # 1./2. (增收 after the rate: 1850 ÷ 20150 = 9.2%, not 12.2%)
    ("非税收入完成22000万元，较上年同期增长12.2%，增收1850万元。", ("22000万", "1850万", "9.2%")),
]

CONSISTENT = [
    # the twins: 96 ÷ 764 = 12.57%; 41 ÷ 371 = 11.05%; 8 ÷ 26 = 30.77%; 25 ÷ 190 = 13.16%
    "全年办理法律援助案件860件，较上年增长12.6%，增加96件。",
    "全区受理行政复议申请412件，同比上升11.1%，比全市平均高出3.1个百分点，增加41件。",
    "全年发生安全生产事故18起，同比下降30.8%，减少8起。",
    "全市律师事务所达到215家，比上年增长13.2%，净增25家。",
    # 0.72 ÷ 9.28 = 7.76%; 4120 ÷ 52200 = 7.89%; 0.3 ÷ 4.9 = 6.12%; 1850 ÷ 20150 = 9.18%
    "区税务局组织税收收入8.56亿元，比上年减收0.72亿元，下降7.8%。",
    "全县民生支出完成56320万元，同比增支4120万元，增长7.9%。",
    "全镇粮食产量5.2亿斤，比上年增产0.3亿斤，增长6.1%。",
    "非税收入完成22000万元，较上年同期增长9.2%，增收1850万元。",
    # the amount after the rate is the next figure's (1480 − 160 = 1320: no rate of its own)
    "全年受理投诉1520件，同比增长10%，办结1480件，增加160件。",
    # the amount before the semicolon is the first statement's; the second rate has none
    "受理群众诉求23650件，环比增长9.8%，增加2105件；办结23120件，同比增长5%。",
    # the amount after the rate compares with last year, the rate with the legal limit
    "平均办理时限为6.5个工作日，比法定时限压缩67.5%，比上年进一步压缩1.2个工作日。",
    # a part's increase exceeds the whole's: the amounts of change are no parts of a total
    "全区一般公共预算收入完成35210万元，比上年增收860万元。其中：税收收入21430万元，比上年"
    "增收2310万元；非税收入13780万元，比上年减收1450万元。",
    # 增收 amounts of two accounts, each with its rate (1200 ÷ 10800 = 11.1%; 300 ÷ 5700 = 5.3%)
    "地方收入完成12000万元，较上年增长11.1%，增收1200万元。其中：税收收入6000万元，较上年增长"
    "5.3%，增收300万元。",
]


@pytest.mark.parametrize(("text", "shown"), CONTRADICTIONS)
def test_change_triple_contradiction(text: str, shown: tuple[str, ...]) -> None:
    found = [(code, message) for code, message in errors(text) if code == "N108"]
    assert found, errors(text)
    message = found[0][1]
    for figure in shown:
        assert figure in message, message


@pytest.mark.parametrize("text", CONSISTENT)
def test_change_triple_consistent(text: str) -> None:
    assert findings(text, codes=("N101", "N102", "N106", "N108")) == []
