"""Session 31, coder parts: parts that exceed their whole when told in shapes the whole/parts
relation did not read, each rule with its own examples, each contradiction beside a
consistent twin.

1. A heading of results opening a sentence (「其中答复结果为」「处理结果中，」) lists the outcomes
   of the sentence before, as 其中 does; the heading's own stage word (答复) is no stage the
   next item leaves.
2. Items told number first (「其中5件已办结，3件为…」) say what became of so many of the
   whole: siblings, never a sub-part of the item before.
3. 收到 beside 上年结转 splits a year's cases by origin (numbers.toml ``origin-splits``).
4. Items told in the whole's several measures of one unit (交易额 and 节约金额 of each item)
   pair with the whole of their own measure word.
"""

from __future__ import annotations

import pytest

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity

PARTS = ("N101", "N102")


def _severities(text: str) -> list[Severity | None]:
    return [r.severity for r in contradictions(analyze_text(text, 2024)) if r.code in PARTS]


# 1. a heading of results
@pytest.mark.parametrize(
    "text",
    [
        "全年共受理政府信息公开申请12件，均在法定期限内答复。其中答复结果为予以公开的5件，"
        "部分公开2件，信息不存在{n}件。",
        "本年度共收到依申请公开12件，无上年结转。处理结果中，予以公开5件，"
        "无法提供的{n}件，结转下年度办理2件。",
    ],
)
def test_results_heading_lists_outcomes(text: str) -> None:
    assert Severity.ERROR in _severities(text.format(n=7)), text
    assert not _severities(text.format(n=5)), text


# 2. number-first items
@pytest.mark.parametrize(
    "text",
    [
        "全年共受理政府信息公开申请15件，其中4件予以公开，{n}件为本机关不掌握相关信息，"
        "重复申请2件，申请人撤回1件。",
        "接到依申请公开事项8件；均未收取费用。其中，5件已答复并告知申请人；"
        "{n}件属于过程性信息，不予公开；1件属于部分公开。",
    ],
)
def test_number_first_items_are_siblings(text: str) -> None:
    n_bad, n_ok = (9, 8) if "15件" in text else (3, 2)
    assert Severity.ERROR in _severities(text.format(n=n_bad)), text
    assert not _severities(text.format(n=n_ok)), text


def test_verb_first_sub_part_still_nested() -> None:
    # an item told verb first after a split that adds up may be a sub-part of the one before
    text = "已办结50件，其中调解结案20件，审结30件，审结中通过和解结案12件。"
    assert not _severities(text), text


# 3. 收到 beside 上年结转
@pytest.mark.parametrize("carried, bad", [(1, False), (3, True)])
def test_received_and_carried_in_split_the_handled(carried: int, bad: bool) -> None:
    text = f"全年共办理政府信息公开申请6件（其中当年收到5件，上年结转{carried}件），均已按期答复。"
    assert (Severity.ERROR in _severities(text)) is bad, text


# 4. items told in the whole's several measures
def test_items_pair_with_the_whole_of_their_measure() -> None:
    text = (
        "全年完成交易120项，交易金额5.2亿元，节约金额0.30亿元，其中：工程项目交易70项，"
        "交易额4.1亿元，节约金额0.18亿元；采购项目交易50项，交易额1.1亿元，节约金额0.12亿元。"
    )
    assert not _severities(text), text


# 5. 均衡/均等/均匀 name a quality: the figure after them is no average
def test_balanced_transfer_is_a_count_of_money() -> None:
    text = (
        "上级补助收入900万元（含均衡性转移支付收入300万元、县级基本财力保障收入500万元、"
        "其他补助收入{n}万元）。"
    )
    assert not _severities(text.format(n=100)), text
    assert Severity.ERROR in _severities(text.format(n=150)), text


# 6. a 含 bracket's items joined by 、 may end at a comma (the bracket closing too late)
def test_enumerated_run_of_a_holds_bracket() -> None:
    text = (
        "转移支付收入1200万元，其中：一般转移支付收入900万元（含均衡性转移支付收入300万元、"
        "结算补助收入{n}万元，专项转移支付收入300万元），上年结余50万元。"
    )
    assert not _severities(text.format(n=600)), text
    assert Severity.ERROR in _severities(text.format(n=650)), text
