"""Unit and magnitude slips in money splits and averages (session 20, s20-unitstime continued;
relations/magnitude.py ``_sum_slip`` with ``_slip_of_parts`` and ``_sum_before``, ``_average``
with numbers.toml ``magnitude.average-nouns``, ``_done_above_whole`` with 投入总额).

* a money split whose total is stated: only figures of the total's class are its parts (the
  counts between the amounts are none); the part of the lowest magnitude read at the other
  parts' magnitude too; totals and parts printed with decimals may differ by their rounding
  when they carry three digits or more; the parts may start after a later 其中 or 一是.
* a total named by 共计 after its parts whose digits are their sum at another magnitude.
* 「案件平均罚款金额」: a member noun before 平均 is an average word; decisions counted in 份.
* spending of a fund (支出) ten times or more what was put into it (投入总额).

Every sentence is written for these tests; each verdict derived by hand (arithmetic in the
comment above it)."""

from __future__ import annotations

import pytest
from relation_helpers import findings


def _found(text: str, codes: tuple[str, ...]) -> list[tuple[str, str]]:
    return findings(text, codes=codes)


# --- a split with one part printed at a lower magnitude ---------------------------------------

SPLIT_WRONG = [
    # 3.18亿 + 0.4621亿(4621元 read as 万) + 1.2亿 ... : 3.18+0.4621+1.2755 = 4.9176 ≈ 4.92亿
    # (rounding 0.005+); counts (宗) between the amounts are no parts
    (
        "全年各执法单位办理案件2.3万宗，涉及金额4.92亿元。其中，行政处罚6120宗，罚没金额"
        "3.18亿元；行政征收820宗，征收金额4621.37元；行政给付1.6万宗，给付金额12755.4万元。",
        "4621.37元",
    ),
    # 52.6 + 18.35 + 7.9 = 78.85亿 = total; 18.35万 is the slip (亿 of the other parts)
    (
        "全年筹集民生资金78.85亿元，其中中央补助52.6亿元、省级安排18.35万元、市县配套7.9亿元。",
        "18.35万元",
    ),
    # parts after a later 其中: 6.42亿 received, 5.1亿 spent (no part); 4.38+1.27+0.77 =
    # 6.42 with 4.38万 read as 亿
    (
        "上半年共收到直达资金6.42亿元，支出5.1亿元。其中专项转移支付4.38万元，"
        "一般性转移支付1.27亿元，共同财政事权转移支付0.77亿元。",
        "4.38万元",
    ),
    # 一是…二是… after the total: 12,480万 = 9,315.6 + 2,704.4 + 460 with 2,704.4元 as 万
    (
        "全区共收到上级转移支付资金12,480万元。一是教育补助资金9,315.6万元，"
        "二是卫生健康补助资金2,704.4元，三是农业补助资金460万元。",
        "2,704.4元",
    ),
]


@pytest.mark.parametrize(("text", "slip"), SPLIT_WRONG)
def test_split_slip_found(text: str, slip: str) -> None:
    got = _found(text, ("N201",))
    assert got, text
    assert any(f"「{slip}」" in m for _, m in got), got


SPLIT_FINE = [
    # 3.18 + 0.46 + 1.28 = 4.92亿 as printed
    "全年各执法单位办理案件2.3万宗，涉及金额4.92亿元。其中，行政处罚6120宗，罚没金额3.18亿元；"
    "行政征收820宗，征收金额4621.37万元；行政给付1.6万宗，给付金额12755.4万元。",
    # parts 6.15+2.71+1.03 = 9.89 vs 9.88 printed: the parts' rounding
    "全年共收到直达资金9.88亿元，其中专项转移支付6.15亿元，一般性转移支付2.71亿元，共同财政事权转移支付1.03亿元。",
    # a partial list (其中 one part in 元 is the real figure: 850元 does not fit any reading)
    "全年共投入普法经费126.5万元，其中购买普法读物85万元，制作宣传展板850元。",
    # two-digit parts: 12 + 7 + 18 ≠ 36亿 in any reading within the rounding — nothing read
    "全年共筹集资金36亿元，其中中央补助12亿元，省级安排7万元，市县配套18亿元。",
]


@pytest.mark.parametrize("text", SPLIT_FINE)
def test_split_fine(text: str) -> None:
    assert _found(text, ("N201",)) == [], text


# --- a total after its parts, named by 共计 ---------------------------------------------------


def test_total_after_parts_shifted() -> None:
    # 156400 + 21800 + 2600 = 180800元; the total printed 180800万元
    text = (
        "本季度归档案件结案补贴156400元；值班律师补贴21800元；案卷评查补贴2600元，"
        "此次共计发放补贴180800万元。"
    )
    got = _found(text, ("N201",))
    assert got and "180800万元" in got[0][1] and "18.08万元" in got[0][1], got


def test_total_after_parts_fine() -> None:
    text = (
        "本季度归档案件结案补贴156400元；值班律师补贴21800元；案卷评查补贴2600元，"
        "此次共计发放补贴180800元。"
    )
    assert _found(text, ("N201",)) == []


# --- 案件平均 ---------------------------------------------------------------------------------

AVERAGE_WRONG = [
    # 9.35亿 / 12480 = 7.49万 each, printed 7.49亿
    ("全年共下达处罚决定书12480份，罚款金额9.35亿元，案件平均罚款金额7.49亿元。", "7.49亿元"),
    # 9.35万 / 12480 = 7.49元 each, printed 7.49万
    ("全年共下达处罚决定书12480份，罚款金额9.35万元，案件平均罚款金额7.49万元。", "7.49万元"),
    # 4.2亿 / 6000件 = 7万 each, printed 7元
    ("全年办理行政处罚案件6000件，罚没金额4.2亿元，案件平均罚没金额7元。", "7元"),
]


@pytest.mark.parametrize(("text", "average"), AVERAGE_WRONG)
def test_case_average_found(text: str, average: str) -> None:
    got = _found(text, ("N205",))
    assert got and f"平均数{average}" in got[0][1], got


AVERAGE_FINE = [
    "全年共下达处罚决定书12480份，罚款金额9.35亿元，案件平均罚款金额7.49万元。",
    "全年办理行政处罚案件6000件，罚没金额4.2亿元，案件平均罚没金额7万元。",
    # 户平均 of 320户: 256万 / 320 = 8000元
    "全年帮扶困难家庭320户，发放救助资金256万元，户平均救助8000元。",
]


@pytest.mark.parametrize("text", AVERAGE_FINE)
def test_case_average_fine(text: str) -> None:
    assert _found(text, ("N205",)) == [], text


# --- spending against what was put in --------------------------------------------------------


def test_spent_above_put_in() -> None:
    # 612.4亿 spent of 705.3万 put in: 10^4 times
    text = "全年法律援助业务经费投入总额为705.3万元，业务经费支出总额为612.4亿元。"
    got = _found(text, ("N206",))
    assert got and "612.4亿元" in got[0][1] and "705.3万元" in got[0][1], got


@pytest.mark.parametrize(
    "text",
    [
        "全年法律援助业务经费投入总额为705.3万元，业务经费支出总额为612.4万元。",
        # spending of another scope (全市财政) is no spending of the fund
        "全年法律援助业务经费投入总额为705.3万元，全市一般公共预算支出总额为612.4亿元。",
    ],
)
def test_spent_fine(text: str) -> None:
    assert _found(text, ("N206",)) == [], text


def test_case_average_of_durations_not_read() -> None:
    # 「案件平均办理周期由9.2天缩短至5.6天」: both are averages of each case's days, no total
    text = "全年受理行政案件2617件，快速办结1874件，案件平均办理周期由9.2天缩短至5.6天。"
    assert _found(text, ("N205",)) == []
