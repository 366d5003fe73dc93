"""Containment, session 6 (issue 9): the period and the kind of the set a part is drawn from,
a category bigger than its whole, inventories stated as a sum of kinds, people above the
population, a figure of the text against the table it repeats. Every sentence is invented
for these tests (bodies, nouns and verbs no rule lists); each verdict was derived by hand:
the part, the whole it is drawn from, and which is larger. None comes from the blind sets."""

from __future__ import annotations

import pytest

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def _found(text: str) -> list[tuple[str, Severity | None, str]]:
    return [(r.code, r.severity, r.message) for r in contradictions(analyze_text(text))]


def _codes(text: str, *codes: str) -> list[tuple[str, Severity | None, str]]:
    return [f for f in _found(text) if f[0] in codes]


# ---------------------------------------------------------------------------------------
# (1) period scope: a part of a named sub-period is not drawn from another period's whole
# ---------------------------------------------------------------------------------------

# consistent: the part and the set its scope names are of different periods
OTHER_PERIOD = [
    "上半年共受理劳动仲裁案件146件。\n加强调解工作。\n下半年，受理的仲裁案件中调解结案162件。",
    "上半年共受理劳动仲裁案件146件。下半年，受理的仲裁案件中调解结案162件。",
    "一季度区市场监管局受理投诉举报86件。\n全年，受理的投诉举报中，属实的93件。",
    "上半年区信访局登记信访事项212件，下半年登记信访事项250件。下半年，登记的信访事项中"
    "属于法定途径的230件。",
    "1—9月，区城管局受理市民诉求工单4,120件。\n深化接诉即办改革。\n"
    "全年，受理的诉求工单中，群众满意的4,360件。",
    "上半年区税务局收到涉税投诉58件。\n第四季度，收到的涉税投诉中，属实的61件。",
    "第一季度检查生产经营单位120家。\n推进安全生产专项整治。\n下半年，检查的生产经营单位中，"
    "责令整改的有133家。",
    "上半年区卫健委接到医疗服务投诉38起。下半年，对接到的投诉，经核实属实的41起。",
]

# contradictory: the same period, or the part names none (drawn from the stated set)
SAME_PERIOD = [
    (
        "上半年共受理劳动仲裁案件146件。\n加强调解工作。\n上半年，受理的仲裁案件中调解结案162件。",
        "162件",
        "146件",
        Severity.WARNING,
    ),
    (
        "上半年共受理劳动仲裁案件146件。受理的仲裁案件中调解结案162件。",
        "162件",
        "146件",
        Severity.ERROR,
    ),
    (
        "全年区市场监管局受理投诉举报86件。上半年，受理的投诉举报中，属实的93件。",
        "93件",
        "86件",
        Severity.ERROR,
    ),
    (
        "下半年区信访局登记信访事项212件。下半年，登记的信访事项中属于法定途径的230件。",
        "230件",
        "212件",
        Severity.ERROR,
    ),
]


@pytest.mark.parametrize("text", OTHER_PERIOD)
def test_a_part_of_another_period_is_not_drawn_from_the_set(text: str) -> None:
    assert _codes(text, "N101") == []


@pytest.mark.parametrize(("text", "part", "whole", "severity"), SAME_PERIOD)
def test_a_part_of_the_same_period_above_its_set(
    text: str, part: str, whole: str, severity: Severity
) -> None:
    hits = [f for f in _codes(text, "N101") if part in f[2] and whole in f[2]]
    assert hits and hits[0][1] is severity, _found(text)


def test_period_at_reads_the_sentence_then_a_topic() -> None:
    from fazhi_lint.analysis.quantities import load_lexicon
    from fazhi_lint.analysis.relations.containment import period_at, periods_fit

    lex = load_lexicon()
    text = "上半年，受理案件146件。受理的案件中审结98件；下半年受理120件。"
    assert period_at(lex, text, text.index("98")) == "上半年"  # the topic of the paragraph
    assert period_at(lex, text, text.index("120")) == "下半年"
    assert period_at(lex, "较上半年增加12件", 2 + 3 + 2) is None  # a comparison base
    assert periods_fit("whole", "上半年") and periods_fit(None, "上半年")
    assert periods_fit("上半年", None)
    assert not periods_fit("上半年", "下半年") and not periods_fit("上半年", "whole")


# ---------------------------------------------------------------------------------------
# (2) best match: a scope naming a distinguishing thing the whole lacks is not of it
# ---------------------------------------------------------------------------------------

OTHER_KIND = [
    "全年受理行政诉讼案件146件。\n加强行政应诉工作。\n在行政复议案件中，维持原决定162件。",
    "全年受理行政诉讼案件146件。在行政复议案件中，维持原决定162件。",
    "区人社局全年受理劳动监察投诉88件。\n优化营商环境。\n在劳动仲裁案件中，调解结案95件。",
    "区市场监管局全年查处食品安全案件74起。\n强化执法监督。\n在药品安全案件中，移送公安12起、"
    "罚款结案80起。",
    "区司法局全年办理民事法律援助案件410件。\n在刑事法律援助案件中，通知辩护案件430件。",
    "全年受理行政案件52件。在行政复议案件中，纠错57件。",
    "区城管局全年办理违法建设工单1,230件。\n在市容环境工单中，按时办结1,310件。",
    "全年审核行政规范性文件42件。\n在重大行政决策事项中，开展合法性审查45件。",
]

SAME_KIND_BEST = [
    # two earlier sets: the one whose distinguishing words the scope names is the whole
    (
        "全年受理行政诉讼案件300件，受理行政复议案件146件。\n加强应诉。\n"
        "在行政复议案件中，维持原决定162件。",
        "162件",
        "146件",
    ),
    (
        "区人社局受理劳动监察投诉388件、劳动仲裁案件95件。\n在劳动仲裁案件中，调解结案101件。",
        "101件",
        "95件",
    ),
    (
        "全年受理行政复议案件146件。\n加强应诉。\n在行政复议案件中，维持原决定162件。",
        "162件",
        "146件",
    ),
    (
        "全年受理劳动人事争议仲裁案件88件。\n在受理的仲裁案件中，调解结案95件。",
        "95件",
        "88件",
    ),
]


@pytest.mark.parametrize("text", OTHER_KIND)
def test_a_scope_of_another_kind_is_not_the_whole(text: str) -> None:
    assert _codes(text, "N101") == []


@pytest.mark.parametrize(("text", "part", "whole"), SAME_KIND_BEST)
def test_the_whole_of_the_kind_the_scope_names(text: str, part: str, whole: str) -> None:
    hits = [f for f in _codes(text, "N101") if part in f[2] and whole in f[2]]
    assert hits, _found(text)


def test_names_other_kind() -> None:
    from fazhi_lint.analysis.relations.containment import names_other_kind

    assert names_other_kind("行政复议案件", "全年受理行政诉讼案件")
    assert names_other_kind("行政复议案件", "全年受理行政案件")
    assert not names_other_kind("受理的仲裁案件", "受理劳动仲裁案件")
    assert not names_other_kind("信访事项", "受理群众来信来访事项")
    assert not names_other_kind("行政复议案件", "受理复议申请")
    assert not names_other_kind("投诉", "受理投诉")


# ---------------------------------------------------------------------------------------
# (3) a category of the whole bigger than the whole
# ---------------------------------------------------------------------------------------

CATEGORY = [
    (
        "全年受理信访事项1,204件。\n加强信访源头治理。\n"
        "从反映问题看，征地拆迁类信访事项最为集中，达1,311件。",
        "1,311件",
        "1,204件",
        Severity.WARNING,
    ),
    (
        "全年办理12345工单2.6万件。\n推进接诉即办改革，开展培训6场。\n"
        "按诉求分类，噪音扰民类工单2.9万件。",
        "2.9万件",
        "2.6万件",
        Severity.WARNING,
    ),
    (
        "区市场监管局全年受理投诉举报3,420件，从投诉内容看，预付式消费类投诉举报达3,518件。",
        "3,518件",
        "3,420件",
        Severity.ERROR,
    ),
    (
        "区生态环境局全年查处环境违法案件112件。\n深化排污许可改革，核发许可证46张。\n"
        "强化执法监督。\n从案件类型看，水污染类违法案件一百二十件。",
        "一百二十件",
        "112件",
        Severity.WARNING,
    ),
    (
        "区应急管理局全年排查安全隐患856处。从行业看，危化品领域安全隐患902处。",
        "902处",
        "856处",
        Severity.WARNING,
    ),
    (
        "区人社局全年受理劳动争议案件640件。\n健全调解仲裁机制。\n"
        "其中，追索劳动报酬类劳动争议案件最多，共658件。",
        "658件",
        "640件",
        Severity.WARNING,
    ),
    (
        "区城管局全年办理市民投诉工单5,836件。\n推行“非接触式”执法。\n"
        "按投诉内容分，占道经营类工单5,902件，居首位。",
        "5,902件",
        "5,836件",
        Severity.WARNING,
    ),
    (
        "区医保局全年追回医保基金380万元，从违规类型看，过度诊疗类医保基金追回412万元。",
        "412万元",
        "380万元",
        Severity.ERROR,
    ),
    (
        "区教育局全年受理校外培训投诉208件。\n开展专项整治行动。\n"
        "学科类校外培训投诉215件，非学科类93件。",
        "215件",
        "208件",
        Severity.WARNING,
    ),
]

CATEGORY.append(
    (
        "全年受理信访事项1,204件。\n加强源头治理，开展培训6场。\n依法行政。\n"
        "从反映内容看，城乡建设方面的信访事项1,311件。",
        "1,311件",
        "1,204件",
        Severity.WARNING,
    )
)

CATEGORY_TRAPS = [
    # a field of work (方面) naming no category of the whole's noun
    "全年受理信访事项1,204件。\n在信访工作方面，全年接待来访群众1,311人。",
    "全年受理信访事项1,204件。\n在规范执法方面，全年开展执法检查1,311次。",
    # below the whole, a partial list of categories
    "全年受理信访事项1,204件。\n加强信访源头治理。\n从反映问题看，征地拆迁类信访事项最为集中，达311件。",
    "全年办理12345工单2.6万件。\n按诉求分类，噪音扰民类工单0.9万件、市政设施类工单0.7万件。",
    # another thing sharing only generic characters
    "全年受理信访事项1,204件。\n加强源头治理。\n征地拆迁类矛盾纠纷达1,311件。",
    "区市场监管局全年查处食品安全案件74起。\n从案件类型看，药品安全类案件80起。",
    # another period, cumulative, last year
    "上半年受理信访事项604件。\n加强源头治理。\n全年，征地拆迁类信访事项达711件。",
    "全年受理信访事项1,204件。\n加强源头治理。\n上年，征地拆迁类信访事项达1,311件。",
    "全年受理信访事项1,204件。\n近三年累计受理征地拆迁类信访事项3,311件。",
    # visits against items, an approximate category, another body
    "全年受理信访事项1,204件。\n征地拆迁类信访事项接待群众1,311人次。",
    "全年受理投诉举报3,420件。从投诉内容看，预付式消费类投诉举报近3,400件。",
    "区司法局全年办理法律援助案件410件。\n全市民事类法律援助案件达4,300件。",
    # approximate wholes (余, 约, 近): the category fits within their interval
    "全年受理信访事项1,200余件。\n加强源头治理。\n从反映问题看，征地拆迁类信访事项1,250件。",
    "全年办理12345工单约2.6万件。\n按诉求分类，噪音扰民类工单2.62万件。",
    "区人社局全年受理劳动争议案件近700件。\n其中，追索劳动报酬类劳动争议案件最多，共690件。",
    # a category of another body's whole
    "区司法局全年办理法律援助案件410件。\n从案件类型看，全市民事类法律援助案件4,300件。",
    # a category of a whole counted in another unit class (人 vs 件)
    "全年受理劳动争议案件640件。\n追索劳动报酬类劳动争议涉及劳动者1,658人。",
]


@pytest.mark.parametrize(("text", "part", "whole", "severity"), CATEGORY)
def test_a_category_above_its_whole(text: str, part: str, whole: str, severity: Severity) -> None:
    hits = [f for f in _codes(text, "N101") if part in f[2] and whole in f[2]]
    assert hits and hits[0][1] is severity, _found(text)


@pytest.mark.parametrize("text", CATEGORY_TRAPS)
def test_a_category_trap_stays_silent(text: str) -> None:
    assert _codes(text, "N101", "N103") == []


# ---------------------------------------------------------------------------------------
# (4) an inventory stated as a sum of its kinds: a count naming the kinds in brackets
# ---------------------------------------------------------------------------------------

UNION = [
    (
        "全区辖8个镇和5个街道。\n加强基层法治建设，开展培训12场。\n推进依法行政。\n"
        "在全区14个镇（街道）建成法治文化阵地。",
        "14个",
        "13个",
    ),
    (
        "全县有行政村96个、社区21个。\n推进法律顾问全覆盖，培训12场。\n依法行政。\n"
        "为全县121个村（社区）配备法律顾问。",
        "121个",
        "117个",
    ),
    ("全县有行政村96个、社区21个。为全县121个村（社区）配备法律顾问。", "121个", "117个"),
    (
        "全镇下辖行政村十二个、社区四个。\n持续深化基层依法治理。\n十七个村（社区）建成法治文化阵地。",
        "十七个",
        "16个",
    ),
    (
        "全市共有律师事务所12家、基层法律服务所30家。\n开展执业检查，发现问题38个。\n"
        "推动45家律所（法律服务所）建立公益法律服务制度。",
        "45家",
        "42家",
    ),
    (
        "全区现有中学18所和小学42所。\n深入推进法治进校园。\n为全区63所中学（小学）配备法治副校长。",
        "63所",
        "60所",
    ),
    (
        "全县辖11个乡和6个镇。\n推进综合行政执法改革，赋权事项126项。\n"
        "18个乡（镇）完成综合执法队伍组建。",
        "18个",
        "17个",
    ),
    (
        "全区共有社区32个、行政村50个。\n开展民主法治示范创建。\n"
        "全区85个村（社区）建立“一村一法律顾问”制度。",
        "85个",
        "82个",
    ),
]

UNION_TRAPS = [
    "全区辖8个镇和5个街道。\n加强基层法治建设，开展培训12场。\n推进依法行政。\n"
    "在全区13个镇（街道）建成法治文化阵地。",
    "全县有行政村96个、社区21个。\n推进法律顾问全覆盖。\n实现117个村（社区）法律顾问全覆盖。",
    "全县有行政村96个、社区21个。为全县110个村（社区）配备法律顾问。",
    "全区下辖5个街道、8个镇，在全区13个镇（街道）建成法治文化阵地。",
    # another body, another period, cumulative, visits, another thing
    "全县有行政村96个、社区21个。\n全市共有1,210个村（社区）配备法律顾问。",
    "全县有行政村96个、社区21个。\n近三年累计为121个村（社区）开展法治体检。",
    "全县有行政村96个、社区21个。\n全年走访村（社区）320个次。",
    "全县有行政村96个、社区21个。\n全年为村（社区）调解组织培训调解员121名。",
    # approximate inventories
    "全县有行政村近百个、社区21个。\n为全县118个村（社区）配备法律顾问。",
]


@pytest.mark.parametrize(("text", "part", "whole"), UNION)
def test_a_count_above_the_sum_of_the_kinds_listed(text: str, part: str, whole: str) -> None:
    hits = [
        (c, s) for c, s, m in _found(text) if c in ("N101", "N206") and part in m and whole in m
    ]
    assert hits and all(s is Severity.WARNING for _, s in hits), _found(text)


@pytest.mark.parametrize("text", UNION_TRAPS)
def test_a_union_trap_stays_silent(text: str) -> None:
    assert _codes(text, "N101", "N206") == []


# ---------------------------------------------------------------------------------------
# (5) people of an area above its population
# ---------------------------------------------------------------------------------------

POPULATION = [
    (
        "全镇常住人口2.4万人。\n加强普法宣传。\n普法宣传覆盖全镇群众3.1万人。",
        "3.1万人",
        "2.4万人",
        Severity.WARNING,
    ),
    ("全镇常住人口2.4万人，普法宣传覆盖全镇群众3.1万人。", "3.1万人", "2.4万人", Severity.ERROR),
    (
        "全镇常住人口2.4万人。\n加强普法，开展活动12场。\n依法行政。\n为辖区居民3.1万人提供法律服务。",
        "3.1万人",
        "2.4万人",
        Severity.WARNING,
    ),
    (
        "本街道户籍人口18,600人。\n深化“枫桥经验”。\n全街道居民19,200人签订文明公约。",
        "19,200人",
        "18,600人",
        Severity.WARNING,
    ),
    (
        "全县总人口三十二万人。\n开展“法律明白人”培养工程，培养骨干1,200名。\n"
        "全县群众三十五万人参与宪法知识竞答。",
        "三十五万人",
        "三十二万人",
        Severity.WARNING,
    ),
    (
        "全乡常住人口9,800人，全年为全乡村民10,300人办理法律服务联系卡。",
        "10,300人",
        "9,800人",
        Severity.ERROR,
    ),
    (
        "全区常住人口46.2万人。\n卫健委开展健康法治宣传。\n全区老年人48万人纳入普法对象。",
        "48万人",
        "46.2万人",
        Severity.WARNING,
    ),
    (
        "全镇常住人口2.4万人。\n镇综治中心开展矛盾排查。\n全镇群众2.6万人参与平安建设问卷调查。",
        "2.6万人",
        "2.4万人",
        Severity.WARNING,
    ),
]

POPULATION_TRAPS = [
    "全镇常住人口2.4万人。\n加强普法。\n普法宣传覆盖全镇群众3.1万人次。",
    "本街道常住人口2.4万人。\n加强普法。\n普法宣传覆盖全区群众31万人。",
    "全镇常住人口2.4万人，另有流动人口1.2万人。\n普法宣传覆盖全镇群众3.1万人。",
    "全镇常住人口2.4万人。\n法治宣传辐射周边群众3.1万人。",
    "全镇常住人口2.4万人。\n线上普法直播吸引群众3.1万人观看。",
    "全镇常住人口2.4万人。\n近三年累计服务全镇群众5.1万人。",
    "全镇常住人口约2.4万人。\n普法宣传覆盖全镇群众2.45万人。",
    "全镇常住人口2.4万余人。\n普法宣传覆盖全镇群众2.46万人。",
    "全镇常住人口2.4万人。\n普法宣传覆盖全镇群众2.1万人。",
    "全镇常住人口2.4万人。\n全年接待来访群众3.1万人次。",
    "全镇常住人口2.4万人。\n开展法治讲座，全镇参加学习的机关干部1,300人。",
]


@pytest.mark.parametrize(("text", "part", "whole", "severity"), POPULATION)
def test_people_above_the_population(text: str, part: str, whole: str, severity: Severity) -> None:
    hits = [f for f in _codes(text, "N206") if part in f[2] and whole in f[2]]
    assert hits and hits[0][1] is severity, _found(text)


@pytest.mark.parametrize("text", POPULATION_TRAPS)
def test_a_population_trap_stays_silent(text: str) -> None:
    assert _codes(text, "N101", "N206") == []


# ---------------------------------------------------------------------------------------
# (6) a figure of the text repeated from the table after it, differing
# ---------------------------------------------------------------------------------------


def _table(*rows: str) -> str:
    return "\n".join(row.replace("|", "\t") for row in rows)


TEXT_TABLE = [
    (
        "开展生态环境执法，全年查处环境违法案件112件，其中，水污染类违法案件27件。\n"
        + _table("类别|件数", "水污染类|25", "大气污染类|40", "固体废物类|47"),
        "27件",
        "25",
    ),
    (
        "全年查处水污染类违法案件27件，较上年增加5件。\n"
        + _table("类别|件数", "水污染类|25", "大气污染类|40"),
        "27件",
        "25",
    ),
    (
        "区市场监管局全年查处违法案件326件。\n从案件类型看，食品安全类案件98件，药品类案件41件。\n"
        + _table("案件类型|件数（件）", "食品安全类|89", "药品类|41", "特种设备类|60"),
        "98件",
        "89",
    ),
    (
        "全年办理法律援助案件1,260件，其中刑事案件412件，民事案件800件。\n"
        + _table("案件类别|办理数量", "刑事案件|421", "民事案件|800", "行政案件|39", "合计|1,260"),
        "412件",
        "421",
    ),
    (
        "区人社局全年受理劳动争议案件640件，追索劳动报酬争议三百一十件。\n"
        + _table(
            "争议类型|件数", "追索劳动报酬争议|301", "解除劳动合同争议|209", "工伤待遇争议|130"
        ),
        "三百一十件",
        "301",
    ),
    (
        "全区共调解矛盾纠纷2,315件，婚姻家庭纠纷512件。\n"
        + _table("纠纷类型|件数", "婚姻家庭纠纷|521", "邻里纠纷|894", "合同纠纷|900"),
        "512件",
        "521",
    ),
    (
        "区城管局全年办理违法建设工单1,230件。\n"
        + _table("工单类型|件数", "违法建设|1,320", "市容环境|2,041", "占道经营|860"),
        "1,230件",
        "1,320",
    ),
    (
        "区税务局全年受理纳税服务投诉78件，办税效率类投诉36件。\n"
        + _table("投诉类别|件数", "办税效率类|34", "服务态度类|22", "系统运行类|22"),
        "36件",
        "34",
    ),
]

TEXT_TABLE_TRAPS = [
    "开展生态环境执法，全年查处环境违法案件112件，上年水污染类违法案件27件。\n"
    + _table("类别|件数", "水污染类|25", "大气污染类|40", "固体废物类|47"),
    "开展生态环境执法，近三年累计查处水污染类违法案件27件。\n"
    + _table("类别|件数", "水污染类|25", "大气污染类|40", "固体废物类|47"),
    "开展生态环境执法，上半年查处水污染类违法案件27件。\n"
    + _table("类别|件数", "水污染类|25", "大气污染类|40", "固体废物类|47"),
    "全年查处环境违法案件112件，其中水污染类违法案件近30件。\n"
    + _table("类别|件数", "水污染类|25", "大气污染类|40", "固体废物类|47"),
    "全年查处水污染类违法案件25件，大气污染类违法案件40件。\n"
    + _table("类别|件数", "水污染类|25", "大气污染类|40"),
    "全年办理法律援助案件1,260件，其中刑事案件421件。\n"
    + _table("案件类别|办理数量", "刑事案件|421", "民事案件|800", "行政案件|39", "合计|1,260"),
    "全区共调解矛盾纠纷2,315件，婚姻家庭纠纷500余件。\n"
    + _table("纠纷类型|件数", "婚姻家庭纠纷|521", "邻里纠纷|894", "合同纠纷|900"),
    "区税务局全年受理纳税服务投诉78件，同比办税效率类投诉增加36件。\n"
    + _table("投诉类别|件数", "办税效率类|34", "服务态度类|22", "系统运行类|22"),
]


@pytest.mark.parametrize(("text", "figure", "cell"), TEXT_TABLE)
def test_a_text_figure_against_its_table_row(text: str, figure: str, cell: str) -> None:
    hits = [f for f in _codes(text, "N401") if figure in f[2] and cell in f[2]]
    assert hits and hits[0][1] is Severity.ERROR, _found(text)


@pytest.mark.parametrize("text", TEXT_TABLE_TRAPS)
def test_a_text_table_trap_stays_silent(text: str) -> None:
    assert _codes(text, "N401") == []
