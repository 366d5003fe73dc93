"""A slogan of rises and falls (“三升两降”) against the rises and falls it lists (session 38).

Written for these tests from the general shapes (other bodies, names and figures than the
read sets' cases they generalise: real76 LN036, real74 LL042, real37 QG051)."""

from __future__ import annotations

from relation_helpers import codes, found

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def _severities(text: str) -> list[Severity]:
    return [r.severity for r in contradictions(analyze_text(text)) if r.code == "N203"]


def test_items_with_their_own_clauses_after_qizhong_split_otherwise() -> None:
    """Seven items listed as four rises and three falls: 「三升四降」 adds up but splits wrong."""
    bad = (
        "全区七项主要经济指标呈现“三升四降”的走势。其中：规模以上工业增加值增长4.1%，"
        "固定资产投资增长2.3%，社会消费品零售总额增长5.6%，一般公共预算收入增长1.2%；"
        "进出口总额下降3.4%，实际利用外资下降8.8%，商品房销售面积下降12.5%。"
    )
    assert codes(bad) == ["N203"]
    assert _severities(bad) == [Severity.ERROR]
    message = found(bad)[0][1]
    assert "「三升四降」说3项上升、4项下降" in message
    assert "4项上升" in message and "3项下降" in message
    assert "固定资产投资" in message and "实际利用外资" in message
    good = bad.replace("三升四降", "四升三降")
    assert codes(good) == []


def test_a_bracket_gloss_one_side_short() -> None:
    """「“四降一升”（A、B、C下降，D上升）」: the rises fit, three falls for four."""
    bad = (
        "今年以来，镇综治中心推动矛盾纠纷就地化解，实现“四降一升”目标（矛盾纠纷总量、"
        "越级上访量、民转刑案件下降，群众安全感上升），基层治理效能持续提升。"
    )
    assert codes(bad) == ["N203"]
    message = found(bad)[0][1]
    assert "「四降一升」说1项上升、4项下降" in message
    assert "3项下降（矛盾纠纷总量、越级上访量、民转刑案件）" in message
    assert codes(bad.replace("四降一升", "三降一升")) == []


def test_a_list_in_the_next_sentence_after_qizhong_without_a_colon() -> None:
    """A clause between the slogan and 其中 says one item again: the 其中 list is read."""
    bad = (
        "上半年全市刑事案件呈现三降一升态势，盗窃案件降幅明显，治安形势平稳。"
        "其中诈骗案件、抢夺案件比去年同期下降，但网络赌博案件有所上升。"
    )
    assert codes(bad) == ["N203"]
    assert "「三降一升」说1项上升、3项下降" in found(bad)[0][1]
    assert codes(bad.replace("三降一升", "两降一升")) == []


def test_a_colon_after_the_slogan_opens_its_list() -> None:
    """「“两升三降”：A、B上升，C、D下降」: the list right after the colon, one fall short."""
    bad = "全年安全生产主要指标“两升三降”：隐患整改率、执法检查覆盖率上升，事故起数、死亡人数下降。"
    assert codes(bad) == ["N203"]
    assert "「两升三降」说2项上升、3项下降，所列的却是2项上升" in found(bad)[0][1]
    assert codes(bad.replace("两升三降", "两升两降")) == []


def test_silent_on_a_subset_a_third_direction_or_a_sub_item() -> None:
    """Lists that are not the slogan's list say nothing."""
    subset = (
        "各乡镇满意度“四升三降”。满意度提升较大的有：东山镇、西湖乡分别提高2.1、1.8个百分点；"
        "下降较大的有：南坪镇下降1.5个百分点。"
    )
    flat = "主要指标呈现“两升一降”，其中：税收收入增长3.2%，非税收入持平，政府性基金收入下降6.1%。"
    part = (
        "全年治安形势“一降两升”，刑事立案数下降9.1%，其中盗窃案件下降12.3%，"
        "破案率上升，群众安全感上升。"
    )
    third = "治理成效“三降三升五不出”，信访量、案件量、事故量下降，满意率上升。"
    for text in (subset, flat, part, third):
        assert codes(text) == [], text


def test_silent_when_the_clauses_repeat_one_item() -> None:
    """「A 12万人，比上年减少2万人，占比下降…」: two falls of one item, not two items."""
    text = (
        "年末人口结构“两降一升”。全市少儿人口52万人，比上年末减少2万人，占比下降0.4个百分点；"
        "劳动年龄人口210万人，比上年末减少1万人，占比下降0.3个百分点；老年人口61万人，"
        "比上年末增加3万人，占比提高0.7个百分点。"
    )
    assert codes(text) == []


def test_an_enumeration_whose_items_end_with_the_counted_noun() -> None:
    """「实行“四项工程”…。一是实施…提升工程。…」: each item's first clause ends with the counted
    noun past its first twelve characters — it names it all the same (a warning)."""
    bad = (
        "县应急管理局实行“四项工程”全面提升基层应急处置能力。一是实施基层应急队伍标准化建设提升工程。"
        "二是实施应急物资储备网络完善工程。三是实施风险隐患智能监测预警工程。"
    )
    assert codes(bad) == ["N203"]
    assert _severities(bad) == [Severity.WARNING]
    message = found(bad)[0][1]
    assert "「四项工程」说有4项" in message and "却是3项" in message
    assert codes(bad.replace("四项工程", "三项工程")) == []


def test_a_count_of_parts_in_one_against_the_quoted_run_before_it() -> None:
    """「“A+B+C”四位一体」「“A、B、…”N位一体」: the quote right before the count lists its parts."""
    bad = "镇综治中心构建“网格巡查+分级研判+联动处置”四位一体工作机制，全年化解纠纷316件。"
    assert codes(bad) == ["N203"]
    assert _severities(bad) == [Severity.WARNING]
    message = found(bad)[0][1]
    assert "「四位一体」说有4项" in message and "3项：网格巡查；分级研判；联动处置" in message
    assert codes(bad.replace("四位一体", "三位一体")) == []
    listed = "建立“信息采集、风险评估、预警发布、应急响应、复盘改进”六位一体的防汛工作闭环。"
    assert codes(listed) == ["N203"]
    assert codes(listed.replace("六位一体", "五位一体")) == []
    # a quote that is one name, not a list, before the count says nothing
    assert codes("深化“互联网+”三位一体政务服务模式，群众办事更加便捷。") == []


def test_a_plus_name_with_an_n_term_glossed_after_its_noun() -> None:
    """「“1+3+N”服务体系，即…」 and 「“1+6+20”工作格局（…）」: one count per term in the gloss."""
    bad = (
        "区司法局构建“1+3+N”服务体系，即建设1个区级公共法律服务中心、2个片区工作站、"
        "N个村居法律服务点，全年接待群众咨询1.2万人次。"
    )
    assert codes(bad) == ["N203"]
    assert "「1+3+N」与随后列出的数量1+2+N不符" in found(bad)[0][1]
    assert codes(bad.replace("2个片区工作站", "3个片区工作站")) == []
    bracket = (
        "全面推行“1+6+20”工作格局（1个指挥中心，五大专项行动，20项重点任务），"
        "推动基层治理提质增效。"
    )
    assert codes(bracket) == ["N203"]
    assert "1+5+20" in found(bracket)[0][1]
    assert codes(bracket.replace("五大专项行动", "六大专项行动")) == []
