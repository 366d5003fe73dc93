"""A sum of amounts no marker links, exact once one amount takes the magnitude word (元, 万元,
亿元) of the others (session 35, :mod:`fazhi_lint.analysis.relations.money_slip`).

Written for these tests from the class (the parts before their total; a total and its two
halves named by their state; a total split in the next sentence; a digit lost in converting),
each with a consistent twin that must stay silent."""

from __future__ import annotations

import pytest

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity

MARK = "按金额相加关系读取"


def slips(text: str) -> list[tuple[str, Severity | None, str]]:
    return [
        (r.code, r.severity, r.message)
        for r in contradictions(analyze_text(text))
        if MARK in r.message
    ]


CASES = [
    # the parts before their total, one in 万元 among 元
    (
        "全年办理简易程序案件36起，罚款8200元；办理普通程序案件3起，罚款4600万元，全年罚款"
        "合计12800元。",
        "全年办理简易程序案件36起，罚款8200元；办理普通程序案件3起，罚款4600元，全年罚款"
        "合计12800元。",
        ["8200元＋4600万元", "4600元", "12800元", "单位"],
    ),
    # a total and the two halves named by their state, one in 元 among 万元
    (
        "审计报告反映问题资金5326.48万元，报告日已整改32项，整改到位资金4102.35万元，正在整改8项，"
        "未整改资金1224.13元，出台9项制度。",
        "审计报告反映问题资金5326.48万元，报告日已整改32项，整改到位资金4102.35万元，正在整改8项，"
        "未整改资金1224.13万元，出台9项制度。",
        ["4102.35万元＋1224.13元", "1224.13万元", "5326.48万元"],
    ),
    # the total in one sentence, its split in the next
    (
        "2023年“三公”经费财政拨款预算数86.42万元，决算数80.15万元。2023年“三公”经费预算中，"
        "因公出国（境）费12万元，公务用车购置及运行费39.42元，公务接待费35万元。",
        "2023年“三公”经费财政拨款预算数86.42万元，决算数80.15万元。2023年“三公”经费预算中，"
        "因公出国（境）费12万元，公务用车购置及运行费39.42万元，公务接待费35万元。",
        ["39.42万元", "86.42万元"],
    ),
    # a digit lost in converting to another word: 5600万元 for 5.6亿元
    (
        "全年完成固定资产投资32.9亿元，其中政府投资27.3亿元，社会投资5600万元，并开展营商"
        "环境专项整治，为企业减负1.2亿元。",
        "全年完成固定资产投资32.9亿元，其中政府投资27.3亿元，社会投资5.6亿元，并开展营商"
        "环境专项整治，为企业减负1.2亿元。",
        ["27.3亿元＋5600万元", "5.6亿元", "32.9亿元", "位数"],
    ),
]


@pytest.mark.parametrize(("wrong", "right", "words"), CASES)
def test_money_slip_found_and_twin_silent(wrong: str, right: str, words: list[str]) -> None:
    found = slips(wrong)
    assert len(found) == 1, found
    code, severity, message = found[0]
    assert code == "N201"
    assert severity is Severity.WARNING  # the link is inferred: a warning, never an error
    for w in words:
        assert w in message, (w, message)
    assert not slips(right)


@pytest.mark.parametrize(
    "text",
    [
        # approximate figures: no exact sum to judge
        "全年罚没款逾1570万元，其中罚款约1200万元，没收违法所得370余元。",
        # a standard per person beside a total: not a part of it
        "按每人每月1500元的标准发放补贴，全年发放补贴36万元，其余资金1500万元用于设备购置。",
        # magnitudes that add up as printed
        "项目总投资1.2亿元，其中中央资金8000万元，省级资金4000万元，县级配套资金500元。",
        # a change is not a part
        "全年收入2.4亿元，较上年增加2000万元，其中税收1.8亿元。",
    ],
)
def test_money_slip_silent(text: str) -> None:
    assert not slips(text)
