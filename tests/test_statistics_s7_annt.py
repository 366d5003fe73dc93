"""Announced counts and time, session 7 (issue 9): an announcement whose items are told in the
following paragraphs (一是…, （一）…, 第一…, 首先…其次…), slogans of 一-items (“三个一”) glossed
in the same or a later sentence or paragraph, a 和 inside one item of a list that matches its
count, a figure dated two years after the report year stated as done work, a target 到…实现,
and an earlier year's figure that a later comparison (较上年, 同比) takes as its base.

Every sentence is written for these tests (none comes from a blind set), for varied bodies;
each verdict was derived by hand: counting the items named, or doing the arithmetic of the
comparison (a report on year Y is written in the first quarter of Y+1)."""

from __future__ import annotations

import pytest
from relation_helpers import codes

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def _n(text: str, year: int | None = None, code: str = "N203") -> list[str]:
    return [c for c in codes(text, year) if c == code]


def _findings(text: str, year: int | None = None, code: str = "N203") -> list[tuple[Severity, str]]:
    return [
        (r.severity, r.message)
        for r in contradictions(analyze_text(text, year))
        if r.code == code and r.severity is not None
    ]


# --- 1. an announcement, then its items in the following paragraphs --------------------------

FOLLOWING_WRONG = [
    # 5 announced, 4 told over two paragraphs (一是…四是)
    "区市场监管局出台五项配套制度。\n一是建立抽查清单制度；二是建立信用修复制度。\n"
    "三是建立首违不罚制度；四是建立约谈提醒制度。",
    # the announcement ends with a colon
    "区卫健委推出五项便民举措：\n一是推行预约诊疗；二是推行检查结果互认。\n"
    "三是推行床旁结算；四是推行一站式服务。",
    # 第一，… one paragraph each: 3 for 四个
    "区城管局围绕四个方面规范执法。\n第一，规范执法程序。\n第二，规范自由裁量。\n第三，规范文书制作。",
    # 1. 2. 3. for 4项
    "区教育局推出4项措施：\n1.开展法治副校长培训；\n2.开展宪法晨读活动；\n3.开展模拟法庭竞赛。",
    # （一）… each with a figure of its own: 4 for 五项
    "区医保局推出五项改革举措。\n（一）推进支付方式改革。全年结算病例12万例。\n"
    "（二）推进异地就医直接结算。\n（三）推进医保基金监管。\n（四）推进医保经办服务下沉。",
    # 其一、其二 for 三项
    "区应急管理局实施三项工程。\n其一，风险监测预警工程；其二，安全生产标准化工程。",
    # 首先…其次…再次 one paragraph each, then an unrelated paragraph: 3 for 四项
    "街道聚焦四项重点任务。\n首先，完善矛盾纠纷排查机制。\n其次，健全人民调解网络。\n"
    "再次，加强法律顾问服务。\n全年共调处纠纷300件。",
    # 首先…最后 in one paragraph: 4 for 五项
    "区信访局推行五项工作制度。\n首先，落实领导干部接访下访制度。其次，落实信访事项督办制度。"
    "再次，落实积案化解包案制度。最后，落实信访事项公开听证制度。",
    # another figure in the announcing paragraph, items that name what was counted (机制)
    "区人社局建立四项工作机制，全年化解欠薪案件120件。\n"
    "一是建立欠薪预警机制；二是建立联合惩戒机制；三是建立信用评价机制。",
    # Chinese numerals in the count, Arabic figures elsewhere, 第一/第二 inside one paragraph
    "区税务局部署六项专项行动。\n第一，开展发票专项整治行动；第二，开展出口退税专项检查行动；"
    "第三，开展个税汇算专项辅导行动；第四，开展社保费征缴专项行动；第五，开展“春风行动”。",
    # an earlier sentence with a figure, the announcement last in its paragraph
    "全年办理行政复议案件120件。区司法局出台五项配套制度。\n"
    "一是建立案件繁简分流制度；二是建立听证审理制度。\n三是建立调解和解制度；四是建立纠错督办制度。",
    # 一要…二要…
    "区公安分局从四个方面推进执法规范化：\n一要严格执法程序，二要规范执法行为，三要强化执法监督。",
    # a quoted count ending its paragraph with a colon
    "区民政局聚焦“三项重点”：\n一是养老服务监管；二是社会救助规范。",
    # 具体如下 after the count, （一）… in the next paragraphs
    "区交通局制定了四项措施，具体如下：\n（一）加强路政巡查。\n（二）规范超限检测。\n（三）推进信用监管。",
    # the first item holds a figure of its own; 3 for 四项
    "区财政局健全四项工作机制，确保各项任务落实落地。\n一是建立预算绩效评价机制。全年评价项目86个。\n"
    "二是建立内控监督机制。\n三是建立资产管理机制。",
    # a paragraph per item after an announcement that goes on in its sentence
    "区司法局出台五项配套制度，进一步规范行政执法行为。\n（一）行政执法公示制度。\n"
    "（二）执法全过程记录制度。\n（三）重大执法决定法制审核制度。\n（四）执法责任追究制度。",
    "区司法局出台5项配套制度，进一步规范行政执法行为。\n1.行政执法公示制度。\n"
    "2.执法全过程记录制度。\n3.重大执法决定法制审核制度。\n4.执法责任追究制度。",
    # a heading-like line without a closing mark, then 一是…
    "区医保局推出5项改革举措\n一是推进支付方式改革；二是推进异地就医直接结算；"
    "三是推进医保基金监管；四是推进经办服务下沉。",
    # a quoted count ending its paragraph, items that name its noun (行动)
    "区城管局实施“五项行动”。\n一是“净街”行动；二是“清障”行动；三是“亮化”行动；四是“绿化”行动。",
    # one unrelated paragraph between the count and its enumeration, items naming 制度/机制
    "区市场监管局出台五项配套制度。\n全年检查各类市场主体3,260户次。\n"
    "一是建立抽查清单制度；二是建立信用修复制度；三是建立首违不罚制度；四是建立约谈提醒制度。",
    "区人社局建立五项工作机制，有力保障了农民工权益。\n全年为农民工追回工资2,860万元。\n"
    "（一）欠薪预警机制。\n（二）联合惩戒机制。\n（三）信用评价机制。",
    # the next sentence glosses the count: 3 for 四项
    "区司法局建立四项机制。具体来说，就是联席会议机制、案件会商机制、信息共享机制。",
]

FOLLOWING_RIGHT = [
    # the series completes after an unrelated paragraph (五是)
    "区税务局出台五项配套制度。\n一是建立首违不罚清单制度；二是建立纳税信用修复制度。\n"
    "三是建立约谈提醒制度；四是建立执法公示制度。\n全年办理退税业务3200笔。\n"
    "五是建立执法全过程记录制度。",
    # a second series belongs to another announcement
    "区生态环境局建立五项制度。\n一是环评审批告知承诺制度；二是排污许可证后监管制度；"
    "三是执法正面清单制度；四是“双随机”抽查制度；五是信用评价制度。\n"
    "同时建立三项机制：一是联合执法机制；二是信息共享机制；三是案件移送机制。",
    # the count of a subset: 其中三项
    "镇政府制定六项措施，其中三项已落实。\n一是开展法律明白人培训；二是建立村级调解室；三是推行村规民约审查。",
    # the series matches
    "区城管局围绕三个方面规范执法。\n第一，规范执法程序。\n第二，规范自由裁量。\n第三，规范文书制作。",
    "街道聚焦三项重点任务。\n首先，完善矛盾纠纷排查机制。\n其次，健全人民调解网络。\n"
    "最后，加强法律顾问服务。\n全年共调处纠纷300件。",
    # a busy paragraph whose next enumeration tells how, not what was counted
    "区司法局建立三项机制，全年调处纠纷1200件。\n一是加强组织领导；二是强化督促检查；三是严格考核问责；四是注重宣传引导。",
    # 首先 in a paragraph that does not follow an announcement
    "区应急管理局全年开展执法检查560次。\n首先，加强组织领导。其次，强化督促检查。",
    # the announcing paragraph goes on after its count: the next paragraph is not its list
    "区卫健委推出五项便民举措，全年服务群众12万人次。群众满意度达98%。\n首先，推行预约诊疗。其次，推行床旁结算。",
    # a set phrase ending its paragraph, items that do not name it
    "区政府牢固树立“四个意识”。\n一是加强理论学习；二是压实工作责任；三是强化督促检查。",
    # one unrelated paragraph between: the series fits, its items do not name the count,
    # or the paragraph between announces a count of its own
    "区市场监管局出台四项配套制度。\n全年检查各类市场主体3,260户次。\n"
    "一是建立抽查清单制度；二是建立信用修复制度；三是建立首违不罚制度；四是建立约谈提醒制度。",
    "区司法局出台五项配套制度。\n全年检查各类市场主体3,260户次。\n一是加强组织领导；二是强化督促检查。",
    "区司法局出台五项配套制度。\n同时建立三项工作机制。\n一是联席会议机制；二是信息共享机制；三是案件移送机制。",
    # 一是 inside a quotation further in the paragraph
    "区司法局部署四项重点工作。\n会议强调，“一是要提高站位，二是要压实责任”。",
    # 主要工作如下: the list is of the work, not of the count
    "区司法局建立三项机制，主要工作如下。\n一是加强组织领导；二是强化督促检查；三是严格考核问责；四是注重宣传引导。",
    # 首先是…最后是 then 此外: the series closed at 最后
    "区统计局推出三项改革举措，成效明显。\n首先是推行“统计一套表”；其次是推进联网直报；"
    "最后是建立数据质量追溯机制；此外，还开展了执法检查。",
    # a subset (其中包括), 即日起, and a count whose next sentence lists its parts with figures
    "区司法局建立四项机制。其中包括联席会议机制、案件会商机制。",
    "区司法局出台五项制度。即日起，各科室严格执行。",
    "区人社局全年新建调解组织12个。包括企业调解组织5个、行业调解组织7个。",
    "区司法局建立三项机制。包括联席会议机制、案件会商机制、信息共享机制。",
]


@pytest.mark.parametrize("text", FOLLOWING_WRONG)
def test_an_announcement_then_too_few_items_in_the_following_paragraphs(text: str) -> None:
    assert _n(text) == ["N203"]


@pytest.mark.parametrize("text", FOLLOWING_RIGHT)
def test_items_in_the_following_paragraphs_that_fit_or_belong_elsewhere(text: str) -> None:
    assert _n(text) == []


def test_a_sequence_over_paragraphs_is_a_warning_and_shows_its_items() -> None:
    found = _findings(FOLLOWING_WRONG[6])
    assert [s for s, _ in found] == [Severity.WARNING]
    message = found[0][1]
    assert "4项" in message and "3项" in message and "其次，健全人民调解网络" in message


def test_a_quoted_count_linked_by_its_noun_only_is_a_warning() -> None:
    text = next(t for t in FOLLOWING_WRONG if "五项行动" in t)
    assert [s for s, _ in _findings(text)] == [Severity.WARNING]
    colon = next(t for t in FOLLOWING_WRONG if "三项重点" in t)
    assert [s for s, _ in _findings(colon)] == [Severity.ERROR]


def test_a_label_alone_is_shown_with_its_clause() -> None:
    ((_, message),) = _findings(FOLLOWING_WRONG[2])
    assert "第一，规范执法程序" in message and "第三，规范文书制作" in message


# --- 2. slogans counted by their 一-items ------------------------------------------------------

SLOGAN_WRONG = [
    "区司法局推行“三个一”工作法，即一套清单、一张流程图。",
    # the gloss in the next sentence
    "街道推行“四个一”服务模式。具体来说，就是一张联系卡、一个微信群、一名法律顾问。",
    # the gloss in the next paragraph
    "区人社局推行“五个一”服务机制。\n主要包括：一张服务清单、一个咨询窗口、一套办事指南、一支帮办队伍。",
    # a dash and 顿号 items
    "区政府推进“三个一”改革——一网通办、一窗受理。",
    # 包括, then a clause that is not an item ends the list
    "区市场监管局推行“三个一”工作法，包括一本台账、一套制度，全年检查企业320家。",
    # items as clauses with their verbs: 2 for 三
    "区生态环境局推行“三个一”工作机制：一张清单明确检查事项，一套流程规范执法行为，确保执法规范。",
    # more items than announced
    "区医保局推行“两个一”服务，即一窗受理、一次办结、一网通办。",
    # counts of other slogans glossed in the next sentence
    "区应急管理局建立“四张清单”。具体来说，就是风险清单、责任清单、任务清单。",
    "区市场监管局推行“五个全覆盖”。即监管对象全覆盖、抽查事项全覆盖、执法人员全覆盖、结果公示全覆盖。",
    # the items before the name
    "区司法局推行一套清单、一张流程图“三个一”工作法。",
    # a quoted count glossed by the next paragraph
    "区应急管理局建立“四张清单”制度。\n即风险清单、责任清单、任务清单。",
    # 一枚: 3 for 两
    "区政府实行“两个一”制度，一个窗口对外、一枚印章管审批、一套流程办到底。",
    # the gloss in the next paragraph, items inside clauses: 4 for 三
    "区司法局实施“三个一”工程。\n即每个村配备一名法律顾问，每个社区建立一个调解室，"
    "每个网格组建一支普法队伍，每户发放一本法律手册。",
    # Arabic numeral in the name
    "区税务局推行“4个一”服务：一张清单、一个窗口、一套流程，全年服务纳税人1.2万户次。",
]

SLOGAN_RIGHT = [
    "区司法局推行“三个一”工作法，即一套清单、一张流程图、一个台账。",
    "街道推行“四个一”服务模式。具体来说，就是一张联系卡、一个微信群、一名法律顾问、一本服务手册。",
    # no gloss
    "区城管局推行“三个一”工作法，打造一流执法队伍。",
    "区卫健委推行“三个一”：一次挂号、一次缴费、一次取药。",
    "区人社局推行“三个一”，即一窗受理、一网通办、一次办好，全年办理业务3.2万件。",
    "区城管局推行“五个一”执法模式，包括一套执法标准、一张执法清单、一个执法平台、一支执法队伍、"
    "一本执法手册。",
    "区应急管理局建立“三张清单”。具体来说，就是风险清单、责任清单、任务清单。",
    "区公安分局深化“三个一”机制建设，全年受理警情1.2万起。",
    "区司法局推行一本台账、一套清单、一张流程图“三个一”工作法。",
    "区应急管理局建立“三张清单”制度。\n即风险清单、责任清单、任务清单。",
    "镇政府推行“三个一”，就是每村一名法律顾问、每村一个调解室、每村一支普法队伍。",
    # 一 inside other words: 一体化, 一站式 are no items
    "区政务服务中心推行“三个一”：一体化平台、一站式服务、一网通办。",
    # the next paragraph repeats the name with its gloss: judged there
    "区人社局推行“三个一”工作法。\n“三个一”即一张清单、一套流程、一个台账。",
]


@pytest.mark.parametrize("text", SLOGAN_WRONG)
def test_a_slogan_with_fewer_or_more_items_than_its_number(text: str) -> None:
    assert _n(text) == ["N203"]


@pytest.mark.parametrize("text", SLOGAN_RIGHT)
def test_a_slogan_with_all_its_items_or_no_gloss(text: str) -> None:
    assert _n(text) == []


def test_a_slogan_is_reported_once_as_a_warning() -> None:
    found = _findings(SLOGAN_WRONG[0])
    assert [s for s, _ in found] == [Severity.WARNING]
    assert "一套清单" in found[0][1] and "一张流程图" in found[0][1]


# --- 3. a 和 inside one item of a list that matches its count ---------------------------------

AND_INSIDE_RIGHT = [
    "区司法局建立四项机制：联席会议机制、分类处理机制、多元化解机制、法律援助和司法救助衔接机制。",
    "区信访局建立三项制度：信访事项督办制度、信访积案化解制度、领导接访和下访制度。",
    "区应急管理局完善三项预案：防汛预案、地震预案、危险化学品泄漏与火灾处置预案。",
    "区教育局推行三项措施：校园安全排查措施、欺凌防治措施、心理健康教育及危机干预措施。",
    "区医保局建立3项机制，即基金监管机制、信用评价机制、异地就医结算和备案机制。",
]

AND_INSIDE_WRONG = [
    # the 和 joins two items that each carry the head: 4 named for 三项
    "区司法局建立三项机制：联席会议机制、分类处理机制、多元化解机制和法律援助机制。",
    # 2 items for 三项, one holding 与
    "区人社局建立三项机制：劳动监察与仲裁衔接机制、欠薪预警机制。",
    # a list without a shared head: two long sides of 和 are two items, 5 for 四项
    "区城管局开展四项整治：占道经营整治、违章搭建整治、噪声扰民整治、渣土运输专项整治行动和户外广告设施清理行动。",
]


@pytest.mark.parametrize("text", AND_INSIDE_RIGHT)
def test_and_inside_an_item_sharing_the_head_does_not_split_it(text: str) -> None:
    assert _n(text) == []


@pytest.mark.parametrize("text", AND_INSIDE_WRONG)
def test_and_between_whole_items_still_counts(text: str) -> None:
    assert _n(text) == ["N203"]


# --- 4. a figure dated after the report year, stated as done --------------------------------

HEAD = "一、{y}年推进法治政府建设的主要举措和成效\n"

LATER_WRONG = [
    "2024年，我局共开展“双随机、一公开”检查76次，发现问题12个。",
    "区人社局2024年共受理劳动争议案件512件，结案率96.5%。",
    "2024年度，全区共办理行政复议案件128件。",
    "在2024年，镇政府共组织法治培训12场。",
    "据统计，2024年全区共查处食品安全案件86起。",
    "全年办理信访事项420件。2024年，区信访局共化解信访积案36件。",
    "区城管局全年查处违建120处。\n区教育局持续推进法治校园建设。\n2024年，区城管局共拆除违法建设1,260平方米。",
    "二〇二四年，区卫健委共开展卫生监督检查1260户次。",
    "2024年上半年，区医保局共追回医保基金320万元。",
    "我局于2024年共开展安全生产执法检查560次。",
    # a plan named as what the work followed, in an earlier clause
    "按照年度执法检查计划，2024年我局共开展“双随机、一公开”检查76次。",
    "围绕法治政府建设目标，2024年区政府共出台规范性文件8件。",
    "区司法局严格落实整改期限要求，2024年共督办整改问题27个。",
    # the subject, the date and the verb of the counted work
    "区应急局2024年检查企业1,286家次。",
    "2024年以来，全区共受理行政复议申请128件。",
    # 拟 qualifying a noun (拟废止的文件) plans nothing
    "截至2023年5月底，拟废止和修改的文件已全部完成清理程序并向社会公布。",
]

LATER_RIGHT = [
    "2024年，区税务局将开展执法检查80次。",
    "计划到2025年，全区建成公共法律服务站60个。",
    "到2025年底实现村（社区）法律顾问全覆盖。",
    "到2025年底实现公共法律服务全覆盖，目前已建成站点40个。",
    "力争2024年行政复议纠错率下降到5%以下。",
    "截至2023年3月底，全区已办结行政复议案件92件。",
    "区司法局印发《2021—2025年法治宣传教育规划》，全年开展普法活动86场。",
    "自2024年1月1日起施行的《条例》共有条文56条。",
    "预计2024年全区行政复议案件将超过200件。",
    "区司法局2024年工作要点明确了12项重点任务，将于年初印发。",
    "截至2023年6月底，拟出台的3件规范性文件将全部完成审查。",
    "我局计划，2024年开展执法检查80次。",
    "区司法局2024年法治宣传教育计划明确了12项任务。",
    "按照规划，2024年全区建成公共法律服务站60个。",
    "区政府2024年拟出台规范性文件8件。",
    "区人社局2024年度培训计划安排培训12场。",
    "截至2023年6月底，区司法局拟完成合法性审查120件。",
]


@pytest.mark.parametrize("text", LATER_WRONG)
def test_a_figure_dated_after_the_report_year(text: str) -> None:
    assert _n(HEAD.format(y=2022) + text, 2022, "N301") == ["N301"]


@pytest.mark.parametrize("text", LATER_RIGHT)
def test_plans_targets_and_titles_after_the_report_year(text: str) -> None:
    assert _n(HEAD.format(y=2022) + text, 2022, "N301") == []


def test_a_whole_later_year_opening_counted_work_is_an_error() -> None:
    sure = _findings(HEAD.format(y=2022) + LATER_WRONG[0], 2022, "N301")
    assert [s for s, _ in sure] == [Severity.ERROR]
    assert "2024年" in sure[0][1] and "2022年" in sure[0][1]
    # the report year never stated on its own (only the caller's year), or a range of years
    # reaching past it (a report on several years): a warning
    assert [s for s, _ in _findings(LATER_WRONG[0], 2022, "N301")] == [Severity.WARNING]
    several = HEAD.format(y=2022) + "2021年至2023年，全区累计办理复议案件360件。\n" + LATER_WRONG[0]
    got = _findings(several, 2022, "N301")
    assert [s for s, _ in got] == [Severity.WARNING, Severity.WARNING], got
    # (s18-time: the range, counted work running past the report year, is a warning of its own)
    assert "2021年至2023年" in got[0][1] and "“2024年”" in got[1][1], got
    # (a range inside a title or a bracket does not count)
    titled = (
        HEAD.format(y=2022) + "落实《法治政府建设实施纲要（2021—2025年）》。\n" + LATER_WRONG[0]
    )
    assert [s for s, _ in _findings(titled, 2022, "N301")] == [Severity.ERROR]
    # the next year (the report may be late) or a part of a year: a warning
    for text in (LATER_WRONG[0].replace("2024", "2023"), LATER_WRONG[8]):
        assert [s for s, _ in _findings(HEAD.format(y=2022) + text, 2022, "N301")] == [
            Severity.WARNING
        ]


# --- 5. an earlier year's figure as the base of a later comparison ----------------------------

COMPARED_RIGHT = [
    "2022年，全区各级河长共巡查河道2,860公里。\n"
    "2023年，全区持续推进河湖长制，全年巡查3,214公里，较上年增加354公里。",
    "2022年，全区共受理行政复议申请188件。\n区司法局持续加强复议规范化建设，组织业务培训6场。\n"
    "全区受理行政复议申请203件，同比增长8.0%。",
    "2022年，全区共办理法律援助案件412件。\n全年开展普法活动86场。\n"
    "区司法局今年办理法律援助案件465件，比上年多53件。",
    "2022年，全市共受理消费投诉1.64万件。本年度全市受理消费投诉1.52万件，同比下降7.3%。",
    "2022年，全区共查办农资违法案件31件。\n本年度查办农资违法案件65件，较上年增长一倍以上。",
    # the comparison in the earlier year's own sentence
    "2022年，全区共受理行政复议申请188件，本年度受理203件，同比增长8.0%。",
    # 与2022年相比, 比上年度, 个百分点
    "2022年，区市场监管局共查办案件1,120件。\n与2022年相比，本年度查办案件1,232件，增长10.0%。",
    "2022年，全区共发放法律援助补贴86.5万元。\n全年发放法律援助补贴92.3万元，比上年度增加5.8万元。",
    "2022年，全区共调解矛盾纠纷3,680件，调解成功率97.2%。\n"
    "全年调解矛盾纠纷3,912件，调解成功率98.1%，比上年提高0.9个百分点。",
    # what was added to an earlier stock: the change of the stock is not judged
    "2022年，全区共建成村级调解室120个。\n全年新建调解室36个，较上年末增长30%。",
    "2022年，全区交通事故死亡28人。\n全年交通事故死亡人数同比下降14.3%，为24人。",
]

COMPARED_WRONG = [
    # no comparison picks it up
    "2022年，全区各级河长共巡查河道2,860公里。\n区水务局全年开展河道保洁行动12次。",
    # a comparison whose arithmetic does not fit the earlier figure
    "2022年，全区各级河长共巡查河道2,860公里。\n全年巡查3,214公里，较上年增加374公里。",
    "2022年，全市共收到政府信息公开申请2,046件。\n本年度全市共收到申请2,318件，同比增长11.7%。",
    "2022年，全区共查办农资违法案件31件。\n本年度查办农资违法案件48件，较上年增长一倍以上。",
    "2022年，全区共受理行政复议申请188件，本年度受理203件，同比增长9.0%。",
    # the comparison is more than three paragraphs on
    "2022年，全区共受理行政复议申请188件。\n组织业务培训6场。\n开展执法检查12次。\n"
    "举办讲座4场。\n全区受理行政复议申请203件，同比增长8.0%。",
]


@pytest.mark.parametrize("text", COMPARED_RIGHT)
def test_an_earlier_year_compared_later_is_context(text: str) -> None:
    assert _n(HEAD.format(y=2023) + text, 2023, "N301") == []


@pytest.mark.parametrize("text", COMPARED_WRONG)
def test_an_earlier_year_left_unexplained(text: str) -> None:
    assert _n(HEAD.format(y=2023) + text, 2023, "N301") == ["N301"]


def test_a_comparison_that_does_not_fit_shows_its_arithmetic() -> None:
    ((_, message),) = _findings(HEAD.format(y=2023) + COMPARED_WRONG[2], 2023, "N301")
    assert "2,318件" in message and "2,046件" in message and "13.3%" in message
    assert "11.7%" in message
