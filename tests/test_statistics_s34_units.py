"""Unit and magnitude slips inside a sum, session 34 (s34-units; relations/magnitude.py
``_sum_slip`` with ``_point_slip`` and ``_sum_before``).

* parts all printed with their total's 万/亿, one of them with its decimal point slipped: the
  parts add up to the total exactly once that one's digits are shifted by a power of ten;
* a statistics bulletin's split opened by 分产业看/分行业看/按来源分 after its total: the
  figures after it are the total's parts as after 其中;
* a total after an addition chain (「A。加上B，C，以及D，收入总量为E」): the sentence before a
  sentence opening by 加上 gives a part too; a figure right after 其中 following a part is that
  part's own part, not one of the total's.

Every sentence is written for these tests; each verdict derived by hand (arithmetic in the
comment above it)."""

from __future__ import annotations

import pytest
from relation_helpers import findings


def _found(text: str) -> list[tuple[str, str]]:
    return findings(text, codes=("N201",))


SLIPS = [
    # 5,416.2 + 3,087.5 = 8,503.7 ≠ 12,629.7万; 5,416.2 + 7,213.5 = 12,629.7 (721.35 shifted)
    (
        "全年共收到上级补助资金12,629.7万元。其中，中央补助资金5,416.2万元，省级补助资金721.35万元。",
        "721.35万元",
        ("5416.2＋721.35", "7213.5万元", "12,629.7"),
    ),
    # 2,318.4 + 46,082 (4,608.2 printed with a digit too many) vs 6,926.6亿: 2,318.4 + 4,608.2
    (
        "全市税收收入6,926.6亿元，分税种看，增值税2,318.4亿元，其他各税46,082亿元。",
        "46,082亿元",
        ("2318.4＋46082", "4608.2亿元", "6,926.6"),
    ),
    # 分行业看 opens the split: 38.42 + 0.002716 (27.16万) + 23.07 ≈ 61.49亿 ≠ 88.65亿; read
    # as 亿: 38.42 + 27.16 + 23.07 = 88.65亿
    (
        "全年规模以上服务业营业收入88.65亿元。分行业看，交通运输业38.42亿元；"
        "信息服务业27.16万元；租赁和商务服务业23.07亿元。",
        "27.16万元",
        ("38.42＋27.16＋23.07",),
    ),
    # 加上 opens the sentence: 2,847.6 + 612.3 + 58.4 + 205.7 = 3,724亿 with 58.4万 read as 亿
    (
        "全区一般公共预算收入2,847.6亿元，完成预算的101.2%。加上上级补助收入612.3亿元，"
        "上年结转58.4万元，以及调入资金205.7亿元，收入总计为3,724亿元。",
        "58.4万元",
        ("2847.6＋612.3＋58.4＋205.7",),
    ),
    # the 其中 figure (945万) is the 上级补助's own part: 3,216 + 1,572 + 85 + 47 = 4,920万
    # with 85元 read as 万
    (
        "全乡一般公共预算收入3,216万元，加上级补助收入1,572万元，其中：专项补助收入945万元，"
        "上年结余85元，调入资金47万元，收入合计为4,920万元。",
        "85元",
        ("3216＋1572＋85＋47",),
    ),
]


@pytest.mark.parametrize(("text", "slip", "figures"), SLIPS)
def test_slip_in_sum_found(text: str, slip: str, figures: tuple[str, ...]) -> None:
    got = _found(text)
    assert got, text
    message = next((m for _, m in got if f"「{slip}」" in m), "")
    assert message, got
    # each figure named, whichever reading words the message (with or without the parts'
    # units and thousands separators: the 加上 chain is also read by partition's addition)
    plain = message.replace(",", "")
    for figure in figures:
        for number in figure.replace(",", "").split("＋"):
            assert number in plain, (number, message)


FINE = [
    # adds up as printed: 5,416.2 + 7,213.5 = 12,629.7万
    "全年共收到上级补助资金12,629.7万元。其中，中央补助资金5,416.2万元，省级补助资金7,213.5万元。",
    # a partial list: 5,416.2 + 721.35 ≠ 12,629.7 in any single shift (no reading fits exactly)
    "全年共收到上级补助资金12,629.7万元。其中，中央补助资金5,416.2万元，省级补助资金721.36万元。",
    # three-digit figures: 412 + 58 shifted meets 992 by chance too often — not read
    "全年共收到上级补助资金992万元。其中，中央补助资金412万元，省级补助资金58万元。",
    # 分行业看 split adding up as printed: 38.42 + 27.16 + 23.07 = 88.65亿
    "全年规模以上服务业营业收入88.65亿元。分行业看，交通运输业38.42亿元；"
    "信息服务业27.16亿元；租赁和商务服务业23.07亿元。",
    # the addition chain adds up as printed: 2,847.6 + 612.3 + 58.4 + 205.7 = 3,724亿
    "全区一般公共预算收入2,847.6亿元，完成预算的101.2%。加上上级补助收入612.3亿元，"
    "上年结转58.4亿元，以及调入资金205.7亿元，收入总计为3,724亿元。",
    # with the 其中 part left out, 3,216 + 1,572 + 85 + 47 = 4,920万 as printed
    "全乡一般公共预算收入3,216万元，加上级补助收入1,572万元，其中：专项补助收入945万元，"
    "上年结余85万元，调入资金47万元，收入合计为4,920万元。",
]


@pytest.mark.parametrize("text", FINE)
def test_sum_fine(text: str) -> None:
    assert _found(text) == [], text


def test_a_part_in_a_smaller_magnitude_is_read_in_the_totals_not_appended_to() -> None:
    # 2,847.6 + 612.3 + 58.4 + 205.7 = 3,724亿 once 58.4万 is read as 58.4亿: the 万 is the
    # slip (written instead of 亿), not a 亿 left out — the message must not read 58.4万亿
    text = (
        "全区一般公共预算收入2,847.6亿元，完成预算的101.2%。加上上级补助收入612.3亿元，"
        "上年结转58.4万元，以及调入资金205.7亿元，收入总计为3,724亿元。"
    )
    messages = [m for _, m in _found(text) if "「58.4万元」" in m]
    assert messages, _found(text)
    assert all("万亿" not in m for m in messages), messages
    assert any("“万”应为“亿”" in m or "58.4亿" in m for m in messages), messages
