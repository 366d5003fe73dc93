"""Announced counts (issue 9, session 4), each shape with a consistent twin.

The sentences are written for these tests from the general shapes; none comes from a blind
set (other bodies, nouns, verbs and figures)."""

from __future__ import annotations

from relation_helpers import codes, found

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def _severities(text: str) -> list[Severity]:
    return [r.severity for r in contradictions(analyze_text(text)) if r.code == "N203"]


# --- the list opens the next paragraph ------------------------------------------------------


def test_a_count_whose_list_opens_the_next_paragraph_with_an_announcing_word() -> None:
    """「…建立四支队伍，…。」 then 「分别是A、B和C，…」: the next paragraph lists them."""
    bad = (
        "聚焦基层矛盾化解，街道组建四支专业调解队伍，吸纳退休法官和执业律师参与。\n"
        "分别是婚姻家庭调解队、物业纠纷调解队和劳动争议调解队，全年调处纠纷218件。"
    )
    assert codes(bad) == ["N203"]
    assert "下一段列出的却是3项" in found(bad)[0][1]
    assert _severities(bad) == [Severity.WARNING]
    good = bad.replace("物业纠纷调解队和", "物业纠纷调解队、医疗纠纷调解队和")
    assert codes(good) == []


def test_a_count_with_a_colon_list_in_the_next_paragraph() -> None:
    bad = (
        "年内修订5项局机关内部管理制度，经局务会审议通过后印发施行。\n"
        "具体包括：公文处理办法、财务报销规定、车辆使用管理办法、值班值守制度。"
    )
    assert codes(bad) == ["N203"]
    assert codes(bad.replace("值班值守制度", "值班值守制度、保密工作制度")) == []


def test_the_next_paragraph_list_stays_silent_when_it_is_open_or_belongs_elsewhere() -> None:
    # an open list (…等) with fewer items
    assert (
        codes("全年开展普法下乡活动6场，受到群众欢迎。\n包括法治讲座、模拟法庭等，效果良好。") == []
    )
    # another count after the announcement, with its own list: the next list is not read
    two = (
        "全年开展6场普法下乡活动，覆盖4个社区（东城、西城、南湖、北山）。\n"
        "分别是法治讲座、模拟法庭和普法演出。"
    )
    assert codes(two) == []
    # 「…，主要做法如下。」: the next paragraph is what 如下 announces
    ahead = "街道从服务与监管两个层面推进改革，主要做法如下。\n一是优化流程，二是压减材料，三是强化监管。"
    assert codes(ahead) == []
    # 即日起 opens no list
    assert codes("全年开展专项检查6次，发现问题隐患若干。\n即日起，A、B、C、D、E均纳入检查。") == []


def test_a_count_alone_in_its_paragraph_then_an_ordinal_enumeration() -> None:
    """The only figure of a paragraph announces the 一是…四是 of the next one, whose items
    name what was counted (制度): a warning."""
    bad = (
        "围绕营商环境优化，年内制定三项配套制度，进一步规范涉企检查行为。\n"
        "一是建立涉企检查备案制度，二是推行“综合查一次”制度，三是实行轻微违法免罚制度，"
        "四是建立企业诉求直通车制度。"
    )
    assert codes(bad) == ["N203"]
    assert _severities(bad) == [Severity.WARNING]
    assert codes(bad.replace("三项", "四项")) == []
    # a paragraph with other figures: the enumeration may be of something else, unless
    # every item names what was counted (制度; session 7: a quoted name is not enough)
    busy = bad.replace("年内制定三项配套制度", "年内制定三项配套制度，检查企业120户")
    assert codes(busy) == ["N203"]
    assert codes(busy.replace("，三是实行轻微违法免罚制度", "，三是实行“轻微免罚”")) == []
    # items that tell how the work was done, not what was counted
    how = (
        "区政府建立健全三项工作制度，推动各项任务落地见效。\n"
        "一是加强组织领导，二是强化督促检查，三是严格考核问责，四是注重宣传引导。"
    )
    assert codes(how) == []


# --- quoted names ---------------------------------------------------------------------------


def test_a_quoted_name_with_a_figure_against_its_colon_list() -> None:
    """「“三个全覆盖”」 and 「“四个100%”」 are counted by their numeral."""
    bad = (
        "全区实现了行政复议工作“四个100%”：应诉率100%、答复率100%、"
        "办结率100%、公开率100%、回访率100%。"
    )
    assert codes(bad) == ["N203"]
    assert "「四个100%」说有4个" in found(bad)[0][1]
    assert codes(bad.replace("、回访率100%", "")) == []


def test_n_wei_yi_ti_names_its_parts() -> None:
    """「“三位一体”…，分别是A、B、C和D」 names four parts for three."""
    bad = "探索“三位一体”普法工作模式，分别是以案释法、法律进村、线上课堂和志愿服务，成效明显。"
    assert codes(bad) == ["N203"]
    assert codes(bad.replace("、线上课堂和志愿服务", "和线上课堂")) == []


# --- lists of names after 分别…了 with a modifier -----------------------------------------


def test_quoted_titles_after_a_common_modifier() -> None:
    """「分别学习了新修订的《A》和《B》」 names two titles for a count of three."""
    bad = "局党组全年开展理论中心组学法4次，分别学习了新出台的《甲条例》《乙办法》和《丙规定》。"
    assert codes(bad) == ["N203"]
    assert codes(bad.replace("4次", "3次")) == []


def test_qi_is_a_measure_of_sessions() -> None:
    """「举办…六期」 then 「六期…分别为A、B…」."""
    bad = "全年举办法治专题培训班，领导干部全员参训。\n六期培训的主题分别为：行政许可、行政处罚、行政强制、行政复议和行政诉讼。"
    assert codes(bad) == ["N203"]
    assert codes(bad.replace("行政复议和行政诉讼", "行政复议、行政诉讼和国家赔偿")) == []
    # 二期工程 and 第三期 count nothing
    assert codes("二期工程于年内完工，第三期分别为A、B。") == []


def test_a_duty_for_each_member_after_a_count_of_one_and_a_count_of_several() -> None:
    """「1个专班加3个工作组，分别负责A和B」: the list pairs with the several, not with the one."""
    bad = "成立“1+3”工作专班，即1个协调办公室加3个专项工作小组，分别负责线索移送和案件会商，运转顺畅。"
    assert codes(bad) == ["N203"]
    assert "说有3个" in found(bad)[0][1]
    good = bad.replace("线索移送和案件会商", "线索移送、案件会商和督查督办")
    assert codes(good) == []
    # one member may hold two duties joined by 及/和: 「分别负责A、B及C」 may be two
    assert codes("下设2个专项组，分别负责法治督察、法治宣传及考核评估工作。") == []
    assert codes("下设4个专项组，分别负责法治督察、法治宣传及考核评估工作。") == ["N203"]
    # two counts of several: the list may belong to either
    assert codes(bad.replace("1个协调办公室", "2个协调办公室").replace("“1+3”", "专门")) == []


def test_one_title_after_the_colon_ends_the_list() -> None:
    """「两个文件：《A》。」 names one; 「…：《A》《B》。」 names two."""
    bad = "年内以区政府名义出台了两个规范性文件：《区级储备粮管理办法》。"
    assert codes(bad) == ["N203"]
    assert codes(bad.replace("》。", "》《区级储备粮轮换细则》。")) == []
    # the sentence goes on: the list may go on too
    assert codes(bad.replace("》。", "》，另有一个正在审核。")) == []


def test_fen_bie_zai_pairs_each_with_a_place() -> None:
    bad = "全年开展三次联合执法行动，分别在城东片区、城西片区、城南片区和城北片区。"
    assert codes(bad) == ["N203"]
    assert codes(bad.replace("三次", "四次")) == []
    # short names joined by 和 may be one item: no verdict
    assert codes("全年开展三次联合执法行动，分别在东片、西片、南片和北片。") == []
