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
    # a part inside the rest (「其他纠纷中物业纠纷占」) does not close the split
    assert codes(bad.replace("物业纠纷及其他类型纠纷", "其他纠纷中物业纠纷")) == []
    # the rest named with a list of its kinds still closes it
    assert codes(bad.replace("物业纠纷及其他类型纠纷", "其余物业、相邻关系等纠纷")) == ["N102"]


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


# --- a figure pointed back at with another magnitude ---------------------------------------


def test_a_figure_pointed_back_at_in_another_magnitude() -> None:
    """「…追回欠薪1,845万元」 then 「在上述追回的1,845元欠薪中」: one figure, two magnitudes."""
    bad = (
        "全年为农民工追回被拖欠工资1,845万元，涉及劳动者3,120人。"
        "在上述追回的1,845元欠薪中，通过调解方式追回的占六成以上。"
    )
    messages = [m for c, m in found(bad) if c == "N201"]
    assert len(messages) == 1 and "1,845万元" in messages[0] and "1,845元" in messages[0]
    assert codes(bad.replace("1,845元", "1,845万元")) == []
    # the same digits without a pointer back: another figure
    assert codes(bad.replace("在上述追回的1,845元欠薪中", "另有1,845元欠薪尚在协调")) == []


def test_the_pointed_back_figure_across_two_paragraphs_is_a_warning() -> None:
    bad = (
        "全年办理法律援助案件挽回经济损失3,260万元，惠及困难群众4,100余人。\n"
        "在上述挽回的3,260元经济损失中，劳动争议类占比超过一半。"
    )
    rels = [r for r in contradictions(analyze_text(bad)) if r.code == "N201"]
    assert len(rels) == 1 and rels[0].severity is Severity.WARNING


# --- a count above the base the paragraph states -------------------------------------------


def test_a_base_after_the_area_and_shared() -> None:
    """「全县共有58个村（社区）」 bounds 「…示范村（社区）63个」; 全县 is the area, not the noun."""
    bad = "全县共有58个村（社区），累计创建法治示范村（社区）63个，覆盖面持续扩大。"
    messages = [m for c, m in found(bad) if c == "N206"]
    assert messages and "63个" in messages[0] and "58个" in messages[0]
    assert codes(bad.replace("63个", "43个")) == []


def test_households_stated_with_the_population_bound_the_households_reached() -> None:
    """「常住人口3.8万人、1.3万户」 then 「入户走访居民家庭13万户」: more than exist."""
    bad = "镇常住人口3.8万人、1.3万户，全年组织网格员入户走访居民家庭13万户，宣传反诈知识。"
    messages = [m for c, m in found(bad) if c == "N206"]
    assert messages and "13万户" in messages[0] and "1.3万户" in messages[0]
    assert codes(bad.replace("13万户", "1.3万户")) == []
    # 户 of businesses is another thing
    assert codes("镇常住人口3.8万人、1.3万户，全年登记各类市场主体1.6万户。") == []


def test_a_figure_counting_the_object_of_its_verb_is_not_bounded_by_the_base() -> None:
    """「共有46个社区……为社区工作者出具法律意见书70份/个」: what is counted is the object of
    the verb (意见书), not the 社区 the clause also names."""
    assert codes("全区共有46个社区，全年为社区居委会审核合同协议70个。") == []
    assert codes("街道下辖46个社区，全年为社区居委会审核合同协议70个。") == []
    # the object names the base: still bounded
    bad = "全区共有46个社区，累计建成省级民主法治示范社区52个。"
    assert "N206" in codes(bad)


def test_a_reach_that_is_the_population_shifted_by_a_power_of_ten() -> None:
    """覆盖 may reach beyond the area, but not by the population's own digits shifted: 「常住
    人口31.4万人……覆盖群众314万人」 is a 万 or decimal slip."""
    bad = "全县常住人口31.4万人，全年开展送法下乡活动覆盖群众314万人。"
    assert "N206" in codes(bad)
    # another reach above the population: repeated reach (人次, 52 / 31.4 = 1.7 a resident) or
    # online, no verdict (people, 人, of the population's own sentence naming no other area or
    # medium are its residents and bounded by it: s17-units, AUR15)
    assert codes(bad.replace("314万人", "52万人次")) == []
    assert codes(bad.replace("开展送法下乡活动覆盖群众314万人", "通过线上直播覆盖群众52万人")) == []
    assert "N206" in codes(bad.replace("314万人", "52万人"))
    assert codes(bad.replace("314万人", "31.4万人")) == []


def test_the_noun_after_the_figure_ends_the_base_noun() -> None:
    """「共有行政村86个……为860个村配备…」: 村 is the 行政村 of the base."""
    bad = "全县共有行政村86个，全年为860个村配备了村级法律顾问。"
    assert "N206" in codes(bad)
    assert codes(bad.replace("860个村", "86个村")) == []
