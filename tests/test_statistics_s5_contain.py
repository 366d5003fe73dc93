"""Containment (issue 9, session 5): a figure drawn from a set the text names never exceeds
that set. Every sentence is invented for these tests (bodies, nouns and verbs no rule lists);
each verdict was derived by hand: the part, the whole it is drawn from, and which is larger.
None comes from the blind sets."""

from __future__ import annotations

import pytest

from fazhi_lint.analysis.relations import Relation, analyze_text, contradictions
from fazhi_lint.model import Severity


def _found(text: str) -> list[tuple[str, Severity | None, str]]:
    return [(r.code, r.severity, r.message) for r in contradictions(analyze_text(text))]


# (text, code, severity, the part and the whole the message must name)
SCOPE = [
    # a scope naming the whole by shared characters: 排查出的线索 <-> 排查隐患线索 (排查, 线索)
    ("区市场监管局排查隐患线索154条。对排查出的线索，已督促整改到位161条。", "161条", "154条"),
    ("全年接到群众投诉215件。上述投诉中，经核实属实的231件。", "231件", "215件"),
    (
        "区司法局全年审核规范性文件42件。在审核的规范性文件中，提出修改意见的达45件。",
        "45件",
        "42件",
    ),
    (
        "区生态环境局全年检查排污单位420家，对检查发现问题的排污单位，责令整改436家。",
        "436家",
        "420家",
    ),
    ("区税务局全年收到纳税人涉税投诉78件，这些投诉中，属实并已整改的81件。", "81件", "78件"),
    (
        "区医保局查处违规使用医保基金案件52起，对查处的案件，追回医保基金380万元，"
        "移送公安机关57起。",
        "57起",
        "52起",
    ),
    ("全区中小学校共开展法治教育活动1260场。上述活动中，线上活动1300场。", "1300场", "1260场"),
    (
        "区信访局全年受理信访事项1,286件。上述信访事项中，属于法定途径分类处理的1,302件。",
        "1,302件",
        "1,286件",
    ),
    ("区应急管理局全年排查隐患线索154条。对上述线索，已督促整改到位161条。", "161条", "154条"),
    (
        "区城管局全年办结市民诉求工单5836件。在已办结的工单中，群众满意的6012件。",
        "6012件",
        "5836件",
    ),
    # the scope leaves no room for a carry-over: the error replaces the flow rule's warning
    (
        "区信访局全年登记群众来信来访事项624件。对登记的信访事项，已按期办结631件。",
        "631件",
        "624件",
    ),
    (
        "区住建局全年办理建筑工程施工许可152件。在办理的施工许可中，实行告知承诺制的160件。",
        "160件",
        "152件",
    ),
    # money and area, in another magnitude or unit of the same class
    ("区交通局全年罚没款842.5万元。上述罚没款中，重大案件罚没款1.3亿元。", "1.3亿元", "842.5万元"),
    (
        "全县基本农田38.2万亩。上述基本农田中，已划定永久保护的基本农田3万公顷。",
        "3万公顷约合45万亩",
        "38.2万亩",
    ),
]

# a whole stated in the scope itself: 「全镇26个村中，…」
STATED = [
    ("全镇26个村中，已有28个村建成法治文化阵地。", "28个", "26个村"),
    ("全区141所学校中，152所学校配备法治副校长。", "152所", "141所学校"),
    ("全县37家县直部门中，41家部门完成行政规范性文件清理。", "41家", "37家县直部门"),
    ("区卫健委在辖区56家医疗机构中开展依法执业检查，发现问题的有61家。", "61家", "56家医疗机构"),
    ("全区12个街道中，有13个街道设立公共法律服务工作站。", "13个", "12个街道"),
    (
        "区人社局在全区63家重点企业中开展劳动用工体检，发现问题的企业有七十家。",
        "七十家",
        "63家重点企业",
    ),
    ("全市12家三级医院当中，13家已建立法律顾问制度。", "13家", "12家三级医院"),
    ("全区41个村（社区）中，已有43个建成“法律之家”。", "43个", "41个村（社区）"),
    (
        "全年受理行政复议申请45件。\n依法加强行政复议规范化建设。\n上述45件复议案件中，已审结48件。",
        "48件",
        "45件复议案件",
    ),
]

# 「从中」: drawn from the figure right before it (N103, a later stage above the earlier one)
DRAWN = [
    ("全年收到举报线索86件，从中立案93件。", "93件", "86件"),
    ("区公安分局接报警情三百二十起，从中查处治安案件三百五十起。", "三百五十起", "三百二十起"),
    ("全年共排查矛盾纠纷156件，从中调处化解162件。", "162件", "156件"),
    ("区市场监管局全年受理投诉举报1250件，从中发现违法线索并立案1302件。", "1302件", "1250件"),
    ("全区税务部门受理涉税举报64件，从中查实并立案处理70件。", "70件", "64件"),
    ("区应急管理局接到安全生产举报47起，从中立案查处52起。", "52起", "47起"),
    ("区教育局收到校外培训投诉208件，从中核实违规办学213件。", "213件", "208件"),
    ("街道综合执法队收到群众反映问题线索93件，从中立案查处96件。", "96件", "93件"),
]

# 「经调查…的」: the outcome of checking the set stated before it in the sentence (N101)
CHECKED = [
    ("区市场监管局全年收到举报线索86件，经调查属实的93件。", "93件", "86件"),
    (
        "区人社局受理欠薪投诉二百一十件，经核查属实的二百三十件，已全部督促整改。",
        "二百三十件",
        "二百一十件",
    ),
    ("全年收到信访事项315件，经核实属于法定途径的322件。", "322件", "315件"),
    ("区税务局受理涉税举报64件，经审查符合立案条件的70件。", "70件", "64件"),
    ("区卫健委接到医疗服务投诉58起，经复核属实的61起。", "61起", "58起"),
    ("区城管局受理违法建设举报132宗，经排查属于违法建设的140宗。", "140宗", "132宗"),
    ("区教育局收到校外培训举报45件，经查存在违规办学行为的52件。", "52件", "45件"),
    ("区公安分局受理群众报警求助1,260起，经核实属于治安案件的1,318起。", "1,318起", "1,260起"),
]

# a part by a dimension with the whole's verb: a reading by the verb, a warning
DIMENSION = [
    ("全年立案查处违法行为63起。从领域看，食品安全领域立案查处71起。", "71起", "63起"),
    (
        "区城管局全年办理行政处罚案件412件，按案件类型分，市容环境类办理430件。",
        "430件",
        "412件",
    ),
    ("区应急管理局全年检查生产经营单位386家。从行业看，危化品行业检查392家。", "392家", "386家"),
    (
        "区人社局全年受理劳动争议调解案件208件。分区域看，城区受理215件、农村受理47件。",
        "215件",
        "208件",
    ),
    ("区税务局全年办理行政复议案件十二件。从税种看，增值税类办理十五件。", "十五件", "十二件"),
    ("区公安分局全年查处治安案件1420起。按发案区域划分，城区查处1436起。", "1436起", "1420起"),
    (
        "区生态环境局全年下达行政处罚决定书86份。从违法类型看，超标排放下达决定书92份。",
        "92份",
        "86份",
    ),
    ("区医保局全年追回医保基金380万元。从机构类型看，民营医院追回412万元。", "412万元", "380万元"),
    (
        "区交通运输局全年查处道路运输违法行为312起。从违法类型看，非法营运立案查处320起。",
        "320起",
        "312起",
    ),
]

# across paragraphs with an unrelated paragraph between (one per line): warnings
ACROSS = [
    (
        "区市场监管局全年排查食品安全隐患线索154条。\n坚持问题导向，压实企业主体责任。\n"
        "对排查出的线索，已督促整改到位161条。",
        "161条",
        "154条",
    ),
    (
        "全年接到群众投诉215件。\n健全投诉处理机制，畅通诉求渠道。\n上述投诉中，经核实属实的231件。",
        "231件",
        "215件",
    ),
    (
        "区司法局全年审核规范性文件42件。\n组织召开依法行政工作会议3次，开展法治培训12场。\n"
        "在审核的规范性文件中，提出修改意见的达45件。",
        "45件",
        "42件",
    ),
    (
        "全年立案查处违法行为63起。\n加强执法监督，规范行政裁量。\n"
        "从领域看，食品安全领域立案查处71起。",
        "71起",
        "63起",
    ),
    (
        "区城管局全年受理市民诉求工单5836件，同比增长12%。\n推行“接诉即办”工作机制。\n"
        "开展培训6场，参训人员320人次。\n这些诉求工单中，已按时办结6012件。",
        "6012件",
        "5836件",
    ),
]

# a count of the units of an inventory the report states (共有/现有/下辖), within a paragraph or
# in a later one of its heading: a warning (this reader's N101 or the magnitude rule's N206)
STOCKS = [
    ("全区共有执业律师412名，全年组织律师参加公益法律服务，参与律师达430名。", "430名", "412名"),
    (
        "全县有乡镇（街道）14个。\n推进基层综合行政执法改革，全年开展执法培训6场。\n"
        "全县16个乡镇（街道）全部完成赋权事项评估。",
        "16个",
        "14个",
    ),
    (
        "全县共有行政村112个。\n全年开展法治宣传活动260场，发放资料3万份。\n"
        "为117个村配备法律顾问，实现全覆盖。",
        "117个",
        "112个",
    ),
    (
        "全区现有中小学校141所。\n深入推进法治进校园，开展法治讲座320场次。\n"
        "全区152所学校配备了法治副校长。",
        "152所",
        "141所",
    ),
    (
        "全市共有人民调解委员会86个。\n全年调解矛盾纠纷2,315件，调解成功率98.6%。\n"
        "91个调解委员会完成规范化建设。",
        "91个",
        "86个",
    ),
    (
        "全区共有规上企业1,260家。\n开展“法治体检”活动，走访企业3,100家次。\n"
        "为1,318家企业出具法治体检报告。",
        "1,318家",
        "1,260家",
    ),
    (
        "全镇下辖社区十二个。\n持续深化基层依法治理。\n十五个社区建成法治文化阵地。",
        "十五个",
        "十二个",
    ),
    ("全县共有网格员620名。\n组织网格员参加法律知识培训，培训网格员650名。", "650名", "620名"),
    (
        "全区有养老服务机构38家。\n开展养老服务领域安全隐患排查，检查机构120家次。\n"
        "对全区42家养老机构开展消防安全评估。",
        "42家",
        "38家",
    ),
]

# a split by a dimension of a whole stated two paragraphs before (a paragraph with figures
# between): a warning
ACROSS_DIMENSION = [
    (
        "全年立案查处违法行为63起，罚没款120万元。\n加强执法监督，全年开展执法检查1,260次。\n"
        "从领域看，食品安全领域立案查处71起。",
        "71起",
        "63起",
    ),
    (
        "区城管局全年办理行政处罚案件412件。\n规范行政裁量权基准，修订裁量基准12项。\n"
        "按案件类型分，市容环境类办理430件、违法建设类办理80件。",
        "430件",
        "412件",
    ),
]

# consistent: each one a trap a naive reader would fall into
TRAPS = [
    # the scope names another thing than the nearest figure
    "全年接待来访咨询62件，受理行政复议申请145件。受理的复议案件中，已审结98件。",
    # visits against persons or households
    "全区有执法人员320名。上述执法人员中，参加培训1150人次。",
    "全镇共有农户860户。这些农户中，走访入户2300户次。",
    "全镇26个村中，共走访群众1200人次。",
    # cumulative over years, another period
    "全年接到群众投诉215件。上述投诉中属实的96件，历年累计办理投诉3120件。",
    "全年受理仲裁申请318件。受理的仲裁案件中，已结案301件，上年为335件。",
    "全年立案查处违法行为63起。从领域看，上年食品安全领域立案查处71起。",
    "区应急管理局全年检查生产经营单位386家。从行业看，各行业累计检查3920家次。",
    # approximate wholes or parts
    "全区百余所学校中，已有152所配备法治副校长。",
    "全镇近百个村中，98个村建成法治文化阵地。",
    "区城管局全年办理行政处罚案件412件，按案件类型分，市容环境类办理400余件。",
    "区人社局全年受理劳动争议调解案件208件。分区域看，城区受理近200件。",
    # equal, smaller, a part of another unit, a split of another body
    "全年审核规范性文件42件。在审核的规范性文件中，提出修改意见的42件。",
    "全区立案查处违法行为63起。从领域看，本部门食品安全领域立案查处71起。",
    "全年立案查处违法行为63起。从领域看，食品安全领域检查经营主体710家次。",
    "全年立案查处违法行为63起。从领域看，食品安全领域立案查处31起、药品领域立案查处20起。",
    "排查隐患线索154条，发现问题182个。对排查出的问题，已整改到位175个。",
    "全镇26个村中，开展法治宣传活动300场。",
    "推进30个城中村改造，完成32个。",
    "开展培训12场，从中选拔骨干45人。",
    "全年受理行政复议申请45件。受理的复议案件中，已审结43件，另办理上年结转案件12件。",
    "全年检查企业386家。检查的企业中，发现问题的企业121家，整改到位118家。",
    "全区共有律师事务所32家。上述律所中，共有执业律师412人。",
    "区市场监管局全年受理投诉举报1250件，上年受理1380件。受理的投诉举报中，办结1236件。",
    "区卫健委全年开展医疗机构监督检查1320家次。检查中，发现问题的医疗机构138家。",
    "区医保局全年追回医保基金380万元。从机构类型看，民营医院追回112万元。",
    "县司法局组织评估，评估结果分为优秀、合格、不合格三个等次，其中优秀31个、合格152个。",
    # a figure inside a clause that is not a set: a state, an act, a clause of its own
    "全镇26个村中，已建成法治文化阵地28个。",
    "全区已完成对38个执法单位的行政执法案卷专项评查，发现并整改问题87个。",
    "对不符合条件的3件不予批准，其余审批事项全部办结45件。",
    "全年办结群众信访事项170件，群众对办理结果满意的161件，涉及群众230人。",
    # an activity's scope: people sent in inspections, a scope naming no figure
    "全年开展执法检查1200次。在执法检查中，共出动执法人员3600人次。",
    "在这些案件中，已审结45件。",
    # money over several years
    "全年罚没款总额842.5万元。上述罚没款中，2021—2023年重大案件罚没款1.3亿元。",
    "全年罚没款总额842.5万元。上述罚没款中，近三年重大案件罚没款1.3亿元。",
    # another period than the whole's
    "上半年立案查处违法行为63起。从领域看，全年食品安全领域立案查处71起。",
    # a check's outcome: below its whole, or beside a carry-over, or of a listed part
    "全年收到举报线索86件，经调查属实的43件。",
    "全年收到申请86件，上年结转12件，经审查符合条件的93件。",
    "受理投诉215件，其中电话投诉30件，经核实属实的96件。",
    "全年开展培训12场，经考试合格的45人。",
    # an inventory against visits, another body, another thing, a union, years, fewer
    "全县共有行政村112个。全年走访农户1170户次，为100个村提供法律服务。",
    "全县共有行政村112个。\n全年累计为各村提供法律服务130次，117个村民小组建立调解小组。",
    "全区共有执业律师412名。全市律师参与公益法律服务达1,430名。",
    "全区共有执业律师412名。全年律师代理各类案件4,300件。",
    "全镇共有行政村18个、社区3个，21个村（社区）均已配备法律顾问。",
    "全镇下辖行政村12个、社区4个。全年为16个村（社区）开展法律体检。",
    "全县共有行政村112个。全年新建村级调解组织117个，118个村民小组建立调解小组。",
    "全年受理行政复议申请45件，受理法律援助申请1,560件。受理的复议案件中，审结43件。",
    "全年办理行政处罚案件412件，其中简易程序办理38件。从领域看，市场监管领域办理200件。",
    "全区现有中小学校141所。近三年累计开展法治讲座152所次。",
    "全县共有行政村112个。全年开展送法进村活动117场。",
    "全区现有社区矫正对象126名，全年新接收社区矫正对象142名，解除矫正98名。",
    "全区现有中小学校141所。全年开展法治讲座152场次，覆盖学生3.2万人次。",
    # across paragraphs: a split that fits its whole
    "区城管局全年办理行政处罚案件412件。\n规范行政裁量权基准，修订裁量基准12项。\n"
    "按案件类型分，市容环境类办理230件、违法建设类办理80件。",
    # across paragraphs: the later scope names another thing
    "全年接待群众法律咨询312件。\n推进公共法律服务体系建设。\n受理的复议案件中，已审结98件。",
]


def _one(text: str, part: str, whole: str, code: str, severity: Severity) -> None:
    hits = [(c, s, m) for c, s, m in _found(text) if c == code and part in m and whole in m]
    assert hits, _found(text)
    assert hits[0][1] is severity, hits


@pytest.mark.parametrize(("text", "part", "whole"), SCOPE + STATED + CHECKED)
def test_a_part_above_the_set_its_scope_names_is_an_error(text: str, part: str, whole: str) -> None:
    _one(text, part, whole, "N101", Severity.ERROR)


@pytest.mark.parametrize(("text", "part", "whole"), DRAWN)
def test_a_figure_drawn_from_the_one_before_it_is_not_more(
    text: str, part: str, whole: str
) -> None:
    _one(text, part, whole, "N103", Severity.ERROR)


@pytest.mark.parametrize(("text", "part", "whole"), DIMENSION)
def test_a_part_by_a_dimension_above_the_whole_of_its_verb_is_a_warning(
    text: str, part: str, whole: str
) -> None:
    _one(text, part, whole, "N101", Severity.WARNING)


@pytest.mark.parametrize(("text", "part", "whole"), ACROSS + ACROSS_DIMENSION)
def test_across_paragraphs_the_link_is_a_warning(text: str, part: str, whole: str) -> None:
    _one(text, part, whole, "N101", Severity.WARNING)


@pytest.mark.parametrize(("text", "part", "whole"), STOCKS)
def test_a_count_above_the_inventory_of_its_units_is_a_warning(
    text: str, part: str, whole: str
) -> None:
    hits = [
        (c, s) for c, s, m in _found(text) if c in ("N101", "N206") and part in m and whole in m
    ]
    assert hits == [(hits[0][0], Severity.WARNING)], _found(text)


@pytest.mark.parametrize("text", TRAPS)
def test_traps_stay_silent(text: str) -> None:
    assert _found(text) == []


# consistent, and the containment reader is silent (another rule reads them otherwise)
SILENT = [
    # 「全市受理的复议案件中」 names the city's cases, not the bureau's 45
    "区司法局受理行政复议申请45件。全市受理的复议案件中，已审结1302件。",
    # the year's figure under a scope of a half-year's set: another period
    "上半年受理仲裁申请150件。受理的仲裁申请中，全年已结案318件。",
    # lectures held in the activities are not activities
    "全年开展普法活动215场。在普法活动中，共开展法治讲座320场。",
]


@pytest.mark.parametrize("text", SILENT)
def test_the_containment_reader_is_silent(text: str) -> None:
    assert not [
        r for r in contradictions(analyze_text(text)) if r.data.get("origin") == "containment"
    ]


def test_a_stated_link_leaves_one_finding_at_error() -> None:
    found = _found("区信访局全年登记群众来信来访事项624件。对登记的信访事项，已按期办结631件。")
    assert [(c, sev) for c, sev, _ in found] == [("N101", Severity.ERROR)]


def test_the_message_shows_the_scope_and_both_figures() -> None:
    (code, severity, message), *_ = _found("全年接到群众投诉215件。上述投诉中，经核实属实的231件。")
    assert (code, severity) == ("N101", Severity.ERROR)
    assert "上述投诉中" in message and "231件＞215件" in message


def test_several_sets_the_scope_may_name_all_smaller() -> None:
    # two earlier figures match 受理的…申请 equally: a contradiction only above both
    fits = "上半年受理仲裁申请150件，下半年受理仲裁申请170件。受理的仲裁申请中，已结案160件。"
    assert not [
        r for r in contradictions(analyze_text(fits)) if r.data.get("origin") == "containment"
    ]


def test_told_answers_whether_a_finding_already_involves_the_figures() -> None:
    from fazhi_lint.analysis.relations.common import Verdict
    from fazhi_lint.analysis.relations.containment import Told
    from fazhi_lint.model import Span

    def rel(*spans: Span) -> Relation:
        return Relation("partition", Verdict.CONTRADICTION, 0, (0, 1), spans)

    a, b, c = Span(0, 0, 3), Span(0, 5, 8), Span(1, 0, 3)
    told = Told([rel(a, b, c)])
    assert told.covers(rel(a, c))
    assert not told.covers(rel(a, Span(2, 0, 1)))
    assert not Told([rel(a), rel(b)]).covers(rel(a, b))  # two findings, not one
