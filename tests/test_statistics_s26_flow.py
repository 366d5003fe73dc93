"""Session 26, coder flow: two general decisions, taken on counts (issue 9).

1. A difference told as a figure (:mod:`fazhi_lint.analysis.relations.net`): a stock since it
   began (累计接收 − 解除 = 目前在册) and a period's net (收入 − 支出 = 当期结余), whatever
   is counted; a level above what came in less what went out is an error, one below it a
   warning (goings-out the text does not name); a balance of a period an error both ways.
2. The stock split by state (:mod:`fazhi_lint.analysis.relations.flow`): a sentence opening
   with 其中 and a plain concluded figure, after new + carried-in figures and their sum, splits
   that stock into concluded and still open (a warning: told over two sentences).
"""

from __future__ import annotations

import pytest
from relation_helpers import findings

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity

CONTRADICTIONS = [
    # (text, code, figures the message names)
    (
        "自2019年开展工作以来，全县累计接收安置帮教对象1860人，累计解除帮教1410人，"
        "目前在册帮教对象520人。",
        "N102",
        ("1860人", "1410人", "450人", "520人"),
    ),
    (
        "三年来，全市累计新增登记市场主体4.6万户，注销1.2万户，现有市场主体3.9万户。",
        "N102",
        ("4.6万户", "1.2万户", "3.4万户", "3.9万户"),
    ),
    (
        "社区矫正法施行以来，全区累计接收社区矫正对象612人，累计解除矫正401人。"
        "截至目前，全区在册社区矫正对象231人。",
        "N102",
        ("612人", "401人", "211人", "231人"),
    ),
    (
        "2023年，全区工伤保险基金收入3.62亿元，支出2.87亿元，当期结余0.95亿元，累计结余12.4亿元。",
        "N102",
        ("3.62亿元", "2.87亿元", "0.75亿元", "0.95亿元"),
    ),
    (
        "本年度机关事业单位养老保险基金总收入18,640.5万元；总支出17,902.3万元；当年结存836.2万元。",
        "N102",
        ("18,640.5万元", "17,902.3万元", "738.2万元", "836.2万元"),
    ),
    (
        "2024年，失业保险基金收入5210万元，同比增长3.1%；支出4830万元，同比下降2.4%。"
        "2024年失业保险基金当期结余480万元。",
        "N102",
        ("5210万元", "4830万元", "380万元", "480万元"),
    ),
    (
        "2023年，本院旧存执行案件86件，新收执行案件942件，共计1028件。其中已结案件870件，"
        "未结案件98件。",
        "N102",
        ("942件", "86件", "870件", "98件"),
    ),
    (
        "全年新收行政复议申请164件，上年结转9件，共计173件。其中办结的149件，尚未办结的14件。",
        "N102",
        ("164件", "9件", "149件", "14件"),
    ),
]

CONSISTENT = [
    "自2019年开展工作以来，全县累计接收安置帮教对象1860人，累计解除帮教1410人，目前在册帮教对象450人。",
    "三年来，全市累计新增登记市场主体4.6万户，注销1.2万户，现有市场主体3.4万户。",
    "社区矫正法施行以来，全区累计接收社区矫正对象612人，累计解除矫正401人。"
    "截至目前，全区在册社区矫正对象211人。",
    "2023年，全区工伤保险基金收入3.62亿元，支出2.87亿元，当期结余0.75亿元，累计结余12.4亿元。",
    "本年度机关事业单位养老保险基金总收入18,640.5万元；总支出17,902.3万元；当年结存738.2万元。",
    # the stock at a date (累计结余, 年末滚存结余) is no period's net
    "2024年，失业保险基金收入5210万元，支出4830万元，年末滚存结余2.6亿元。",
    # a comings-in of the year alone (no start): the level holds last year's stock
    "全年新接收社区矫正对象120人，解除矫正98人，目前在册社区矫正对象305人。",
    "2023年，本院旧存执行案件86件，新收执行案件942件，共计1028件。其中已结案件870件，"
    "未结案件158件。",
    # a part of the stock by kind, not by state
    "全年新收行政复议申请164件，上年结转9件，共计173件。其中涉企案件办结42件，尚未办结的14件。",
]


@pytest.mark.parametrize(("text", "code", "figures"), CONTRADICTIONS)
def test_contradiction_found(text: str, code: str, figures: tuple[str, ...]) -> None:
    got = findings(text, 2024)
    assert any(c == code and all(f in m for f in figures) for c, m in got), got


@pytest.mark.parametrize("text", CONSISTENT)
def test_consistent_silent(text: str) -> None:
    assert findings(text, 2024, codes=("N101", "N102", "N107")) == []


def _n102(text: str) -> list[Severity | None]:
    return [r.severity for r in contradictions(analyze_text(text, 2024)) if r.code == "N102"]


def test_level_below_is_a_warning() -> None:
    # 收监, 死亡: goings-out the text does not name may explain a level below in − out
    text = "试点以来，全省累计接收社区服刑人员22.7万人，解除矫正19.2万人，目前在册3.1万人。"
    assert _n102(text) == [Severity.WARNING]


def test_level_above_and_period_net_are_errors() -> None:
    above = "试点以来，全省累计接收社区服刑人员22.7万人，解除矫正19.2万人，目前在册4.5万人。"
    net = "基金收入30922.17亿元，支出24597.24亿元，当期结存6342.93亿元。"
    assert _n102(above) == [Severity.ERROR]
    assert _n102(net) == [Severity.ERROR]


def test_state_split_across_sentences_is_a_warning() -> None:
    text = "该院案件旧存110件，新收503件，共计613件。其中已结案件336件，未结案件27件。"
    assert _n102(text) == [Severity.WARNING]
