"""Units and magnitudes (issue 9, session 4), each shape with a consistent twin.

The sentences are written for these tests from the general shapes; none comes from a blind
set (other bodies, nouns, verbs and figures)."""

from __future__ import annotations

from relation_helpers import codes, found

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity

# --- shares of a complete split -------------------------------------------------------------


def test_shares_closed_by_the_rest_without_zhan() -> None:
    """「A的占41.2%、B的占30.5%，其余33.3%为…」: 其余 completes the split (105%)."""
    bad = "在受理的投诉举报中，反映食品质量的占41.2%、价格欺诈的占30.5%，其余33.3%为合同纠纷等其他问题。"
    assert codes(bad) == ["N102"]
    assert "105" in found(bad)[0][1]
    assert codes(bad.replace("33.3%", "28.3%")) == []


def test_shares_whose_last_item_names_the_others() -> None:
    """「…，C及其他类型占4.2%」 is the rest: the split is complete (96%)."""
    bad = "全部调解案件中，婚姻家庭纠纷占46.3%，邻里纠纷占45.5%，物业纠纷及其他类型纠纷占4.2%。"
    assert codes(bad) == ["N102"]
    assert codes(bad.replace("4.2%", "8.2%")) == []
    # without the rest the list may be partial: 96% is no contradiction
    assert codes(bad.replace("物业纠纷及其他类型纠纷", "物业纠纷")) == []


def test_a_share_of_a_whole_named_once_then_a_share_of_the_same_thing() -> None:
    """「A的补贴占补贴总额的71.5%，B的补贴占31.4%」: two shares of one whole above 100%."""
    bad = "从资金流向看，对村级组织的补贴占补贴总额的71.5%，对个人的补贴占31.4%，资金均已拨付到位。"
    rels = [r for r in contradictions(analyze_text(bad)) if r.code == "N101"]
    assert len(rels) == 1 and rels[0].severity is Severity.WARNING
    assert codes(bad.replace("31.4%", "28.5%")) == []
    # another thing counted after the whole named: not the same whole
    other = "本市企业户数占全省的62%，线上办理业务占58%。"
    assert codes(other) == []


# --- a 万元 sum across paragraphs ----------------------------------------------------------


def test_yuan_inside_a_wan_yuan_sum_picked_up_by_the_next_paragraph() -> None:
    """「…投入普法资金238万元。」 then 「上述资金中，A 150万元，B 88元」: a warning."""
    bad = (
        "全县将普法经费列入年度预算，全年累计投入普法资金238万元，用于阵地建设和宣传品制作。\n"
        "上述资金中，县级财政安排150万元，乡镇配套88元，均已按进度拨付。"
    )
    rels = [r for r in contradictions(analyze_text(bad)) if r.code == "N201"]
    assert len(rels) == 1 and rels[0].severity is Severity.WARNING
    assert "150万＋88恰为238万" in rels[0].message
    assert codes(bad.replace("88元", "88万元")) == []
