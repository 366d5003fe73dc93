"""Session 11 (helper s11-aut): announced counts, units and magnitude, time on unseen shapes.

Time: a whole year's figure against the part of the year named by the same words (no verb the
lexicon knows, nothing after either figure) or by fewer words after one verb (N302); a clause
opened by a quarter or a half dated with a month outside it, a run 「自…以来，已运行N个月」
longer than up to the report's writing, an ordinal quarter past the fourth (N303/N304).
Announced counts (N203): a quoted name counting levels against the levels its sentence names,
a quoted name of a repeated word (“五统一”) against its gloss, 这N项 pointing back at an
enumeration, 分N批次 against its ordinals, a quoted name whose clause runs on to a colon, a
compound name (“一规划两方案”) against a gloss of titles. Magnitude (N205/N206/N102/N201):
members × each = total with a total naming its thing after its unit, a per-person minimum
times the people shifted by a power of ten, people on the roll bounding later counts of them,
一般程序/简易程序 a complete pair, a conversion factor's last digit.

Every sentence is written for these tests (none from a blind set); each verdict worked out by
hand (the arithmetic is in the comment or the tuple)."""

from __future__ import annotations

import pytest

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity

E, W = Severity.ERROR, Severity.WARNING


def codes(text: str, wanted: tuple[str, ...], year: int = 2024) -> list[tuple[str, Severity]]:
    return [
        (r.code, r.severity)
        for r in contradictions(analyze_text(text, year))
        if r.code in wanted and r.severity is not None
    ]


# --- 1. N302: the same measure over the year and a part of it -----------------------------

PERIOD_WRONG = [
    # verbless, the same words, nothing after either figure: 1736万 < 1862万
    "前三季度共为劳动者追讨欠薪1862万元，全年共为劳动者追讨欠薪1736万元，涉及劳动者912人。",
    "上半年共为小微企业减免房租412万元，全年共为小微企业减免房租386万元。",
    "前三季度共为困难群众发放临时救助金96.5万元，全年共为困难群众发放临时救助金88.2万元。",
    "上半年共向社会公开执法信息2460条，全年共向社会公开执法信息2315条。",
    # fewer words after the shared verb (执法 inside a name): 39 < 46
    "1—11月，全区共组织行政执法人员旁听庭审46场；全年共组织旁听庭审39场，参加人员2860人次。",
    "上半年共开展安全生产执法检查612次；全年共开展执法检查580次。",
    "前三季度共办理群众来信来访事项1280件，全年共办理来访事项1216件。",
    "1—10月全县共受理行政许可申请事项3124件，全年共受理许可申请事项2980件。",
]
PERIOD_RIGHT = [
    "前三季度共为劳动者追讨欠薪1262万元，全年共为劳动者追讨欠薪1736万元，涉及劳动者912人。",
    # the same words, but each figure counts what follows it (对…开展)
    "上半年共对全区1380家企业开展抽查，全年共对全区64家重点企业开展执法检查。",
    # the whole names a narrower thing than the part
    "1—11月，全区共组织旁听庭审46场；全年共组织新入职人员旁听庭审39场。",
    "全年共组织执法人员旁听庭审39场；1—11月组织新入职人员旁听庭审12场。",
    # a per-member figure past a bracket: no count of the year
    "上半年全市新培育“法律明白人”1260名，全年新培育“法律明白人”2980名，实现每个村（社区）至少3名。",
    "上半年新建调解室86个，全年新建调解室142个，做到每个乡镇（街道）至少2个。",
    "上半年共为小微企业减免房租212万元，全年共为个体工商户减免房租186万元。",
    "前三季度共办理群众来信事项1280件，全年共办理来访事项1216件。",
]


@pytest.mark.parametrize("text", PERIOD_WRONG)
def test_period_measure_wrong(text: str) -> None:
    assert codes(text, ("N302",)), text


@pytest.mark.parametrize("text", PERIOD_RIGHT)
def test_period_measure_right(text: str) -> None:
    assert codes(text, ("N302",)) == [], text


# --- 2. N304: a clause opened by a quarter or a half dated outside it -----------------------

DATED_WRONG = [
    "下半年，街道于2024年4月组织开展了“民法典进社区”系列宣讲，覆盖居民3200余人次。",
    "第四季度，我局于2024年8月集中开展了冬春火灾防控执法检查，检查企业213家。",
    "第三季度，我局于2024年11月开展了危化品企业执法检查，检查企业46家。",
    "上半年，委机关于2024年9月组织医疗机构依法执业培训，参训186人次。",
    "第一季度，区司法局于2024年5月举办人民调解员培训班，培训调解员152名。",
    "第二季度，县市场监管局在2024年10月开展校园周边食品安全检查，检查商户96家。",
    "上半年，区城管局于2024年12月组织开展占道经营专项整治，清理摊点312处。",
    "下半年，区教育局于2024年3月启动“宪法进校园”活动，覆盖学校42所。",
]
DATED_RIGHT = [
    "下半年，街道于2024年10月组织开展了“民法典进社区”系列宣讲，覆盖居民3200余人次。",
    "第四季度，我局于2024年11月集中开展冬春火灾防控执法检查，检查企业213家。",
    # a reference, not the work's date
    "第四季度，我局对2024年3月出台的《安全生产行政执法规程》开展实施评估，发现问题9个。",
    # another year's month
    "第一季度，我局于2025年2月启动新一轮价格监督检查。",
    "上半年，区文旅局在2024年1月至6月期间开展文化市场执法检查212家次。",
    # not a clause opened by the period
    "较上半年，区城管局于2024年10月新增执法车辆6台。",
    "第三季度，县水务局于2024年8月开展河道采砂专项执法，立案查处5件。",
    "2023年下半年出台的制度，区政府于2024年5月组织了实施评估。",
]


@pytest.mark.parametrize("text", DATED_WRONG)
def test_dated_outside_period_wrong(text: str) -> None:
    assert codes(text, ("N304",)) == [("N304", W)], text


@pytest.mark.parametrize("text", DATED_RIGHT)
def test_dated_outside_period_right(text: str) -> None:
    assert codes(text, ("N304",)) == [], text


# --- 3. N304: a run since a start, longer than up to the report's writing -----------------

# report on 2024: written by 31 March 2025
SINCE_WRONG = [
    # July 2024 → March 2025 is 9 months at most
    "自2024年7月“非现场执法”系统上线以来，已累计运行14个月，查处违法停车2468起。",
    "自2024年5月“一网通办”专区启用以来，已累计运行15个月，累计办件2.6万件。",
    "自2024年9月公共法律服务热线开通以来，已运行12个月，接听来电8600余个。",
    "自2024年3月调解中心挂牌以来，已运行20个月，调处纠纷412件。",
    "从2024年10月智慧执法平台试运行以来，已累计运行10个月。",
    "自2024年1月起实施“首违不罚”清单以来，已实施两年，免罚市场主体326户。",
    "自2024年6月法律援助工作站设立以来，已运行13个月，受理援助申请96件。",
    "自2024年11月行政复议受理窗口启用至今，已运行8个月，接收申请46件。",
]
SINCE_RIGHT = [
    "自2023年7月“非现场执法”系统上线以来，已累计运行18个月，查处违法停车4268起。",
    "自2022年3月“一网通办”专区启用以来，已累计运行33个月，累计办件12.6万件。",
    "自2024年7月“非现场执法”系统上线以来，已累计运行9个月。",
    "自2024年1月起实施“首违不罚”清单以来，已实施一年，免罚市场主体326户。",
    "自2024年6月法律援助工作站设立以来，已运行6个月，受理援助申请96件。",
    # approximate length
    "自2024年5月平台上线以来，已运行近一年，累计办件2.6万件。",
    "自2021年9月公共法律服务热线开通以来，已运行三年，接听来电8600余个。",
    "自2024年11月行政复议受理窗口启用至今，已运行2个月，接收申请46件。",
]


@pytest.mark.parametrize("text", SINCE_WRONG)
def test_since_run_wrong(text: str) -> None:
    assert ("N304", W) in codes(text, ("N304",)), text


@pytest.mark.parametrize("text", SINCE_RIGHT)
def test_since_run_right(text: str) -> None:
    assert codes(text, ("N304",)) == [], text


# --- 4. N303: an ordinal quarter past the fourth; N304: 本年度 glossed ---------------------

QUARTER_WRONG = [
    "第一季度检查医疗机构126家次，第二季度检查148家次，第五季度检查131家次。",
    "2024年第五季度开展道路运输执法检查，检查车辆213辆次。",
    "第六季度组织执法案卷评查，评查案卷86卷。",
    "第五季度，区人社局开展农民工工资支付专项检查。",
    "全年分季度开展督查，第五季度督查单位12个。",
    "2024年第七季度，县司法局开展人民调解员轮训。",
    "第八季度完成规范性文件清理。",
    "自第一季度至第五季度，共开展执法检查46次。",
]
QUARTER_RIGHT = [
    "第一季度检查医疗机构126家次，第二季度检查148家次，第四季度检查131家次。",
    "第四季度开展道路运输执法检查，检查车辆213辆次。",
    "连续五个季度开展执法案卷评查，评查案卷86卷。",
    "第三季度，区人社局开展农民工工资支付专项检查。",
    "全年分四个季度开展督查，督查单位12个。",
    "2024年第二季度，县司法局开展人民调解员轮训。",
    "五季度以来累计完成规范性文件清理。",
    "自第一季度至第四季度，共开展执法检查46次。",
]


@pytest.mark.parametrize("text", QUARTER_WRONG)
def test_no_quarter_wrong(text: str) -> None:
    assert ("N303", E) in codes(text, ("N303",)), text


@pytest.mark.parametrize("text", QUARTER_RIGHT)
def test_no_quarter_right(text: str) -> None:
    assert codes(text, ("N303",)) == [], text


GLOSS_WRONG = [  # (text, report year): 本年度 is the report year
    ("本年度（2023年），区政府共召开常务会议学法6次，组织旁听庭审2次。", 2022),
    ("本年度（2024年），县司法局共办理法律援助案件412件。", 2023),
    ("本年度（2025年），我局共审核行政规范性文件12件。", 2024),
    ("本年度（2022年），区市场监管局共查办案件526件。", 2021),
    ("本年度（2021年），街道共调处矛盾纠纷86起。", 2020),
    ("本年度（2024年），区政府共办理人大代表建议46件。", 2023),
    ("本年度（2023年），区卫健委共开展监督检查1260户次。", 2022),
    ("本年度（2025年），县税务局共办理首违不罚事项326户次。", 2024),
]
GLOSS_RIGHT = [
    ("本年度（2022年），区政府共召开常务会议学法6次，组织旁听庭审2次。", 2022),
    ("本年度（2024年），县司法局将继续深化公共法律服务体系建设。", 2023),
    ("今年（2025年），我局共审核行政规范性文件3件。", 2024),
    ("本年度（2021年），区市场监管局共查办案件526件。", 2021),
    ("本年度（2021年），街道计划新建调解室3个。", 2020),
    ("明年（2025年），区政府将全面推行行政执法质效评价。", 2024),
    ("本年度（2023年），区卫健委拟开展监督检查1260户次。", 2022),
    ("本年度（2024年），县税务局共办理首违不罚事项326户次。", 2024),
]


@pytest.mark.parametrize(("text", "year"), GLOSS_WRONG)
def test_this_year_glossed_wrong(text: str, year: int) -> None:
    assert codes(text, ("N304",), year), text


@pytest.mark.parametrize(("text", "year"), GLOSS_RIGHT)
def test_this_year_glossed_right(text: str, year: int) -> None:
    assert codes(text, ("N304",), year) == [], text


# --- 5. N203: a quoted name counting levels against the levels its sentence names ----------

LEVELS_WRONG = [
    # four levels named right before “三级…”
    "构建县、乡镇、村（社区）、村民小组“三级联调”工作机制，全年调处各类纠纷1296件。",
    "建立市、区、街道、社区“三级联动”应急指挥体系，处置突发事件86起。",
    "推行区、街道“三级联审”制度，审查重大行政决策12件。",
    "完善省、市、县、乡、村“四级联创”机制，培育民主法治示范村38个。",
    # another count of levels in the sentence, its own list fitting it
    "推行“三级联调”工作模式，由社区、街道、区级职能部门和区联席会议四级力量逐级调处，化解积案46件。",
    "推行“两级联审”机制，由区、街道、社区三级审查小组逐级把关，全年审查重大事项38件。",
    "落实“四级包保”责任，由县、乡、村三级干部分片负责，排查隐患312处。",
    "实行“五级书记抓法治”，由市、县、乡、村四级书记共同签订责任书。",
]
LEVELS_RIGHT = [
    "构建县、乡镇、村（社区）“三级联调”工作机制，全年调处各类纠纷1042件。",
    "建立区、街道、社区“三级联动”应急指挥体系，处置突发事件86起。",
    "推行市、县、乡、村“四级联创”，建成民主法治示范村（社区）86个。",
    "深化“三级联调”，全区12个街道、146个社区实现调解组织全覆盖。",
    "推行“三级联调”工作模式，由社区、街道和区级职能部门三级力量逐级调处。",
    "推行区、街道“两级联审”制度，审查重大行政决策12件。",
    "落实“四级包保”责任，排查隐患312处，整改到位298处。",
    "实行“五级书记抓法治”，全市签订责任书1260份。",
]


@pytest.mark.parametrize("text", LEVELS_WRONG)
def test_level_names_wrong(text: str) -> None:
    assert ("N203", W) in codes(text, ("N203",)), text


@pytest.mark.parametrize("text", LEVELS_RIGHT)
def test_level_names_right(text: str) -> None:
    assert codes(text, ("N203",)) == [], text


# --- 6. N203: a quoted name of a repeated two-character word against its gloss -------------

WORD_NAMES_WRONG = [
    "全面落实执法办案“五统一”要求，即统一执法主体、统一执法程序、统一执法文书、统一执法标准。",
    "坚持“两个确保”：确保税收执法合法合规、确保纳税人权益不受侵害、确保执法风险可控。",
    "推进政务“四公开”，即决策公开、执行公开、结果公开。",
    "落实“三同步”要求，即同步研判、同步部署、同步落实、同步督查。",
    "推行“三统一”管理，即统一着装、统一标识。",
    "严格“四不准”纪律，即不准吃拿卡要、不准泄露案情、不准违规执法。",
    "开展“三走访”活动，即走访企业、走访社区、走访学校、走访村组。",
    "实行“两公示”制度，即事前公示、事中公示、事后公示。",
]
WORD_NAMES_RIGHT = [
    "全面落实执法办案“四统一”要求，即统一执法主体、统一执法程序、统一执法文书、统一执法标准。",
    "坚持“两个确保”：确保税收执法合法合规、确保纳税人权益不受侵害。",
    "推进政务“三公开”，即决策公开、执行公开、结果公开，全年公开信息1260条。",
    "深入开展“八五普法”，推进普法进机关、普法进乡村、普法进社区、普法进学校、普法进企业。",
    "坚定拥护“两个确立”、坚决做到“两个维护”。",
    "推行“三统一”管理，即统一着装、统一标识、统一证件。",
    "严格“四不准”纪律，全年开展警示教育6次。",
    "开展“三走访”活动，走访企业86家。",
]


@pytest.mark.parametrize("text", WORD_NAMES_WRONG)
def test_word_names_wrong(text: str) -> None:
    assert ("N203", W) in codes(text, ("N203",)), text


@pytest.mark.parametrize("text", WORD_NAMES_RIGHT)
def test_word_names_right(text: str) -> None:
    assert codes(text, ("N203",)) == [], text


# --- 7. N203: 这N项 pointing back at an enumeration; 分N批次 against its ordinals ----------

BACK_WRONG = [
    # 这 with more than listed
    "一是加强领导；二是强化督查。这三项措施落实后，全年追发工资1472万元。",
    "一是健全制度；二是规范程序；三是强化监督。这四项举措实施以来，纠错率下降2.1个百分点。",
    "一是开展执法培训；二是组织案卷评查。这三项工作均已纳入年度考核。",
    "一是建立台账；二是分类处置；三是跟踪问效。这五项机制运行良好。",
    # 分N批次 against more ordinals
    "分两批次开展农资打假专项检查，第一批次检查农资门店86家，第二批次检查97家，第三批次回头看32家。",
    "分三批次组织执法人员轮训，第一批次培训86人，第二批次培训92人，第三批次培训78人，第四批次培训45人。",
    "分两批次下达整改通知，第一批次12份，第二批次9份，第三批次7份。",
    "分三批次开展典型案例评选，第一批次5件，第二批次6件，第三批次4件，第四批次3件。",
]
BACK_RIGHT = [
    "一是加强领导；二是强化督查。这两项措施落实后，全年追发工资1472万元。",
    # 这两项 after four items may be the last two
    "一是规范执法程序；二是严格执法监督；三是强化执法保障；四是加强队伍建设。这两项工作均已纳入年度考核。",
    "一是健全制度；二是规范程序；三是强化监督。这三项举措实施以来，纠错率下降2.1个百分点。",
    "一是建立台账；二是分类处置；三是跟踪问效。上述三项机制运行良好。",
    "分两批次开展农资打假专项检查，第一批次检查农资门店86家，第二批次检查97家。",
    "分三批次组织执法人员轮训，第一批次培训86人，第二批次培训92人，第三批次培训78人。",
    # fewer ordinals named than announced: the sentence goes on about some only
    "分三批次下达整改通知，第一批次12份，第二批次9份。",
    "新建工作站5个。这5个工作站均配备了专职人员。",
]


@pytest.mark.parametrize("text", BACK_WRONG)
def test_back_and_batches_wrong(text: str) -> None:
    assert codes(text, ("N203",)), text


@pytest.mark.parametrize("text", BACK_RIGHT)
def test_back_and_batches_right(text: str) -> None:
    assert codes(text, ("N203",)) == [], text


# --- 8. N203: a quoted name whose clause runs on to a colon; names of titles ---------------

COLON_TITLES_WRONG = [
    "围绕“四个一批”目标推进劳动保障监察规范化建设：一是培育一批诚信企业；二是曝光一批典型案件；"
    "三是惩戒一批失信单位。",
    "围绕“三个聚焦”部署全年市场监管执法重点任务：一是聚焦食品安全；二是聚焦药品安全；"
    "三是聚焦特种设备安全；四是聚焦产品质量安全。",
    "落实“五项机制”推动行政复议工作提质增效：一是繁简分流；二是调解和解；三是听证审理；四是专家论证。",
    "实施“两大工程”全面提升基层依法治理能力水平：一是法治乡村建设工程；二是法律明白人培育工程；"
    "三是公共法律服务提升工程。",
    "区政府印发“一规划两方案”，即《法治政府建设规划（2021—2025年）》《法治政府建设实施方案》"
    "《行政执法监督工作方案》《依法行政考核办法》，逐项明确责任单位。",
    "出台“一办法两细则”，即《行政执法公示办法》《执法全过程记录细则》。",
    "制定“两清单一指引”，即《轻微违法行为免罚清单》《首违不罚清单》《从轻处罚清单》"
    "《行政裁量指引》。",
    "建立“一库两册”，即《法律顾问库》《执法手册》《普法手册》《调解手册》。",
]
COLON_TITLES_RIGHT = [
    "围绕“三个一批”目标推进劳动保障监察规范化建设：一是培育一批诚信企业；二是曝光一批典型案件；"
    "三是惩戒一批失信单位。",
    "围绕“四个聚焦”部署全年市场监管执法重点任务：一是聚焦食品安全；二是聚焦药品安全；"
    "三是聚焦特种设备安全；四是聚焦产品质量安全。",
    # an instance count: what the rounds found may follow the colon
    "开展两轮专项督查推动问题整改落实，督查发现的问题主要有：一是执法主体不明确；二是程序不规范；三是文书不统一。",
    "区政府印发“一规划两方案”，即《法治政府建设规划（2021—2025年）》《法治政府建设实施方案》"
    "《行政执法监督工作方案》，逐项明确责任单位。",
    "出台“一办法两细则”，即《行政执法公示办法》《执法全过程记录细则》《重大执法决定法制审核细则》。",
    "制定“两清单一指引”，即《轻微违法行为免罚清单》《首违不罚清单》《行政裁量指引》。",
    # a partial opener: examples only
    "建立“一库两册”，主要包括《法律顾问库》《执法手册》等。",
    "实施“两大工程”，全面提升基层依法治理能力水平。",
]


@pytest.mark.parametrize("text", COLON_TITLES_WRONG)
def test_colon_and_titles_wrong(text: str) -> None:
    assert ("N203", W) in codes(text, ("N203",)), text


@pytest.mark.parametrize("text", COLON_TITLES_RIGHT)
def test_colon_and_titles_right(text: str) -> None:
    assert codes(text, ("N203",)) == [], text


# --- 9. N205: members × each = total --------------------------------------------------------

PRODUCT_WRONG = [  # (text, severity)
    # 12 × 5 = 60, the total 65 names 执法队员 after its unit: more, a warning
    ("组建12个综合执法小组，每组5名执法队员，共计65名执法队员下沉街道一线。", W),
    # 6 × 8 = 48 < 54 named the same way
    ("设立6个执法中队，每个中队配备8名执法队员，全区执法队员共计54名。", W),
    # 3 × 5万 = 15万 > 12万: fewer than the product (after a comma: a warning)
    ("区政府共聘请法律顾问3名，每名法律顾问年服务费5万元，全年共支付法律顾问费用12万元。", W),
    # 4 × 6万 = 24万 > 18万
    ("县政府聘请常年法律顾问4名，每名法律顾问年服务费6万元，全年共支付法律顾问费用18万元。", W),
    # 9 × 2 = 18 > 16
    ("全区设立调解工作室9个，每个工作室配备2名专职调解员，共计16名专职调解员。", W),
    # 15 × 4 = 60 < 72 (名 of 网格员 named after the total)
    ("划分15个网格，每个网格配备4名网格员，共计72名网格员参与排查。", W),
    # 5 × 3000 = 15000 > 1.2万
    ("聘请社会监督员5名，每名社会监督员年补贴3000元，全年共支付社会监督员补贴1.2万元。", W),
    # 7 × 10 = 70 < 84
    ("组建7支普法志愿服务队，每队10名志愿者，共计84名志愿者参与宣讲。", W),
]
PRODUCT_RIGHT = [
    "组建12个综合执法小组，每组5名执法队员，共计60名执法队员下沉街道一线。",
    "区政府共聘请法律顾问3名，每名法律顾问年服务费5万元，全年共支付法律顾问费用15万元。",
    # each one's figure per month: the total is over the months too (3 × 4 × 12 = 144)
    "聘请法律顾问3名，每名法律顾问每月到岗4天，全年共计到岗144天。",
    # others added: 60 + 18 = 78
    "组建12个执法小组，每组5名执法队员，另抽调18名协管员配合，共计78人下沉一线。",
    # a stock of all the staff, not the product
    "设立6个执法中队，每个中队配备8名执法队员，全区共有执法人员62名。",
    "全区设立调解工作室9个，每个工作室配备2名专职调解员，共计18名专职调解员。",
    # a bound for each, not what each got
    "划分15个网格，每个网格配备不少于4名网格员，共计72名网格员参与排查。",
    "组建7支普法志愿服务队，每队10名志愿者，共计70名志愿者参与宣讲。",
]


@pytest.mark.parametrize(("text", "severity"), PRODUCT_WRONG)
def test_products_wrong(text: str, severity: Severity) -> None:
    assert ("N205", severity) in codes(text, ("N205",)), text


@pytest.mark.parametrize("text", PRODUCT_RIGHT)
def test_products_right(text: str) -> None:
    assert codes(text, ("N205",)) == [], text


# --- 10. N206: a per-person minimum times the people, shifted by a power of ten -------------

MINIMUM_WRONG = [
    # 1460 × 60 = 87600 = 8.76万; 876万 is 100 times
    "全县持证执法人员1460人，每人参加公共法律知识培训不少于60学时，累计培训876万学时。",
    # 2350 × 40 = 94000; 94万 is 10 times (the people after the minimum, named by 每名)
    "要求每名公务员年度学法不少于40学时，全县2350名公务员全年累计完成在线学法94万学时。",
    # 1240 × 24 = 29760 = 2.976万; 297.6万 is 100 times
    "全县共有人民调解员1240名，每名调解员年度培训不少于24学时，全年累计培训297.6万学时。",
    # 386 × 30 = 11580; 1158学时 is a tenth
    "全局执法人员386人，每人年度培训不少于30学时，全年共完成培训1158学时。",
    # 2680 × 16 = 42880 = 4.288万; 428.8万 is 100 times
    "全市2680名网格员，每人每年参加业务培训不少于16学时，累计培训428.8万学时。",
    # 915 × 12 = 10980; 109.8万 is 100 times
    "全区915名村（社区）干部每人每年学法不少于12学时，全年累计学法109.8万学时。",
    # 734 × 36 = 26424; 264.24万 is 100 times
    "每名法律明白人年度培训不少于36学时，全县734名法律明白人累计培训264.24万学时。",
    # 1852 × 20 = 37040; 3704学时 is a tenth
    "全区教师1852人，每人每年接受法治教育不少于20学时，全年累计3704学时。",
]
MINIMUM_RIGHT = [
    "全县持证执法人员1460人，每人参加公共法律知识培训不少于60学时，累计培训8.76万学时。",
    "要求每名公务员年度学法不少于40学时，全县2350名公务员全年累计完成在线学法9.4万学时。",
    # more than the minimum times the people, not a power of ten
    "每名执法人员年度培训不少于60学时，全市1460名执法人员全年累计完成培训9.3万学时。",
    # round figures may meet a tenfold by chance: 2500 × 4 = 1万, 10万学时 an average of 40
    "全县2500名公务员每人每年学法不少于4学时，全年累计学法10万学时。",
    "全县共有人民调解员1240名，每名调解员年度培训不少于24学时，全年累计培训3.1万学时。",
    # no minimum: an average
    "全局执法人员386人，人均培训30学时，全年共完成培训11580学时。",
    # the people are another group than the 每名 names
    "每名法律明白人年度培训不少于36学时，全县734个村（社区）累计培训264.24万学时。",
    "全区教师1852人，每人每年接受法治教育不少于20学时，全年累计4.1万学时。",
]


@pytest.mark.parametrize("text", MINIMUM_WRONG)
def test_minimum_shift_wrong(text: str) -> None:
    assert ("N206", W) in codes(text, ("N206",)), text


@pytest.mark.parametrize("text", MINIMUM_RIGHT)
def test_minimum_shift_right(text: str) -> None:
    assert codes(text, ("N206",)) == [], text


# --- 11. N206: people on the roll bound later counts of them --------------------------------

ROLL_WRONG = [
    "全局在编在岗执法人员386人，全年组织执法人员参加综合法律知识培训，参训执法人员达到412人。",
    "局机关在职干部职工86人，全年参加法治培训的干部职工达到92人，培训覆盖率100%。",
    "全队在编执法队员126人，全年持证上岗的执法队员达到131人。",
    "中心在岗工作人员58人，全年参加业务轮训的工作人员达到64人。",
    "全县在册人民调解员1240名，全年参加培训的人民调解员达到1306名。",
    "全所在编执法民警42人，全年参加执法资格考试的执法民警达到45人。",
    "全院在职法官助理73人，全年参加业务竞赛的法官助理达到76人。",
    "全区在岗网格员2680名，全年配备执法记录仪的网格员达到2712名。",
]
ROLL_RIGHT = [
    "全局在编在岗执法人员386人，全年参训执法人员达到1158人次，培训考试合格率100%。",
    "全局在编在岗执法人员386人，参训执法人员达到372人。",
    # two groups on the roll: 112 ≤ 86 + 45
    "局机关在编人员86人，聘用人员45人，全年参加业务培训的人员达到112人。",
    "全队在编执法队员126人，全年持证上岗的执法队员达到126人。",
    "中心在岗工作人员58人，全年参加业务轮训的工作人员达到58人次以上。",
    "全县在册人民调解员1240名，全年参加培训的人民调解员达到1206名。",
    "全所在编民警42人，全年参加执法资格考试的辅警达到45人。",
    "全区在岗网格员2680名，全年配备执法记录仪2712台。",
]


@pytest.mark.parametrize("text", ROLL_WRONG)
def test_on_roll_wrong(text: str) -> None:
    assert ("N206", W) in codes(text, ("N206",)), text


@pytest.mark.parametrize("text", ROLL_RIGHT)
def test_on_roll_right(text: str) -> None:
    assert codes(text, ("N206",)) == [], text


# --- 12. N102: 一般程序 and 简易程序 a complete pair; N201: 亩 and 公顷 --------------------

PAIR_WRONG = [
    # 68.5 + 29.5 = 98
    "全年办理交通运输行政处罚案件864件，按程序分，适用一般程序的案件占比68.5%，适用简易程序的案件占比29.5%。",
    # 743 + 534 = 1277 ≠ 1286
    "全年共查办违法案件1286件。在1286件案件中，适用一般程序办理的743件，适用简易程序办理的534件。",
    # 2346 + 1280 = 3626 ≠ 3576
    "全年办理行政案件3576起，其中适用一般程序2346起、简易程序1280起。",
    # 61.2 + 36.4 = 97.6
    "全年作出行政处罚决定412件，其中一般程序案件占61.2%，简易程序案件占36.4%。",
]
PAIR_RIGHT = [
    "全年办理交通运输行政处罚案件864件，按程序分，适用一般程序的案件占比68.5%，适用简易程序的案件占比31.5%。",
    "全年共查办违法案件1286件。在1286件案件中，适用一般程序办理的752件，适用简易程序办理的534件。",
    # three procedures: 2346 + 1230 + 568 = 4144
    "全年办理行政案件4144起，其中适用一般程序2346起、简易程序1230起、快速办理程序568起。",
    # one part only
    "全年作出行政处罚决定412件，其中一般程序案件占61.2%，罚没款186.3万元。",
]
ACRE_WRONG = [
    # 126 / 15 = 8.4 hectares
    "共拆除复耕违法占地126亩（约12.6公顷），立案查处土地违法案件23件。",
    # 45 / 15 = 3 hectares
    "全年整治违法用地45亩（30公顷）。",
    # 15 × 4.2 = 63 亩
    "收回闲置土地4.2公顷（630亩）。",
    # 240 / 15 = 16 hectares
    "完成违法占用耕地整改240亩（1.6公顷）。",
]
ACRE_RIGHT = [
    "全年开展违法用地专项整治，共拆除复耕违法占地90亩（6公顷）。",
    "全年整治违法用地45亩（3公顷）。",
    "收回闲置土地4.2公顷（63亩）。",
    "完成违法占用耕地整改240亩（16公顷）。",
]


@pytest.mark.parametrize("text", PAIR_WRONG)
def test_procedure_pair_wrong(text: str) -> None:
    assert codes(text, ("N101", "N102")), text


@pytest.mark.parametrize("text", PAIR_RIGHT)
def test_procedure_pair_right(text: str) -> None:
    assert codes(text, ("N101", "N102")) == [], text


@pytest.mark.parametrize("text", ACRE_WRONG)
def test_acre_wrong(text: str) -> None:
    assert codes(text, ("N201",)), text


@pytest.mark.parametrize("text", ACRE_RIGHT)
def test_acre_right(text: str) -> None:
    assert codes(text, ("N201",)) == [], text


# --- 13. N302: a year then a verb and its object names the whole of that year ---------------

YEAR_ACTS_WRONG = [
    # since 2021: 23 < this year's 27
    "自2021年以来，区政府累计出台行政规范性文件23件，2024年出台规范性文件27件。",
    # the year's 52 < the first half's 56
    "2024年受理行政复议案件52件；上半年受理行政复议案件56件。",
    "2024年办理法律援助案件318件，上半年办理法律援助案件346件。",
    "2024年查处违法建设案件126件；前三季度查处违法建设案件141件。",
    "2019年以来累计审查合同协议412份，2024年审查合同协议436份。",
    "2024年化解矛盾纠纷1260件，1—9月化解矛盾纠纷1314件。",
    "2024年发放法律援助补贴86.2万元，上半年发放法律援助补贴91.5万元。",
    "2024年培训执法人员620人次，上半年培训执法人员680人次。",
]
YEAR_ACTS_RIGHT = [
    "自2021年以来，区政府累计出台行政规范性文件63件，2024年出台规范性文件27件。",
    "2024年受理行政复议案件52件；上半年受理行政复议案件26件。",
    # a 的-clause: the documents of that year, a subset counted otherwise
    "2024年出台的规范性文件中，已有12件完成评估；上半年出台规范性文件16件。",
    # another year
    "2023年办理法律援助案件318件，上半年办理法律援助案件146件。",
    "2024年查处违法建设案件126件；前三季度查处占道经营案件141件。",
    "2019年以来累计审查合同协议1412份，2024年审查合同协议436份。",
    "2024年调处矛盾纠纷1260件，1—9月调处矛盾纠纷914件。",
    "2024年培训执法人员620人次，上半年培训网格员680人次。",
]


@pytest.mark.parametrize("text", YEAR_ACTS_WRONG)
def test_year_acts_wrong(text: str) -> None:
    assert codes(text, ("N302",)), text


@pytest.mark.parametrize("text", YEAR_ACTS_RIGHT)
def test_year_acts_right(text: str) -> None:
    assert codes(text, ("N302",)) == [], text


# --- 14. N205: money below its per-head floor over the smallest of several counts -----------

FLOOR_WRONG = [
    # 1480 / 426 = 3.47元 a worker, under 100
    "检查用人单位1268户，涉及劳动者2.6万人，为426名劳动者追发工资1480元。",
    # 2360 / 38 = 62.1
    "涉及职工1860人，为38名农民工追回欠薪2360元。",
    # 5200 / 186 = 27.96
    "全年走访企业312家，覆盖员工1.2万人，为186名劳动者追讨工资5200元。",
    # 860 / 12 = 71.7
    "调解劳动争议46件，涉及劳动者320人，为其中12名劳动者追回劳动报酬860元。",
    # single count: 1520 / 860 = 1.77
    "全年为860名农民工追讨欠薪1520元。",
    # 3900 / 52 = 75
    "约谈欠薪企业18家，涉及工人2400人，为52名工人追发工资3900元。",
    # 7800 / 96 = 81.25
    "受理举报投诉126件，涉及劳动者1500名，为96名劳动者追发工资7800元。",
    # 4600 / 73 = 63.0
    "督办欠薪线索39条，涉及人员3100人，为73名劳动者追回工资4600元。",
]
FLOOR_RIGHT = [
    "检查用人单位1268户，涉及劳动者2.6万人，为426名劳动者追发工资1480万元。",
    "涉及职工1860人，为38名农民工追回欠薪23.6万元。",
    # over the smallest count the money is above the floor
    "全年走访企业312家，覆盖员工1.2万人，为18名劳动者追讨工资5200元。",
    "调解劳动争议46件，涉及劳动者320人，为其中12名劳动者追回劳动报酬8600元。",
    "全年为860名农民工追讨欠薪1520万元。",
    # no wage: another kind of money
    "约谈欠薪企业18家，涉及工人2400人，发放宣传资料经费3900元。",
    "受理举报投诉126件，涉及劳动者1500名，为96名劳动者追发工资78万元。",
    "督办欠薪线索39条，涉及人员3100人，为73名劳动者追回工资46万元。",
]


@pytest.mark.parametrize("text", FLOOR_WRONG)
def test_per_head_floor_wrong(text: str) -> None:
    assert ("N205", W) in codes(text, ("N205",)), text


@pytest.mark.parametrize("text", FLOOR_RIGHT)
def test_per_head_floor_right(text: str) -> None:
    assert codes(text, ("N205",)) == [], text


# --- 15. N205: a standard per person per period × periods × people, shifted -----------------

STANDARD_WRONG = [
    # 300 × 12 × 86 = 309600 = 30.96万; 309.6万 is ten times
    "按照每名人民调解员每月补贴300元的标准，全年为86名专职人民调解员发放补贴309.6万元。",
    # 800 × 12 × 126 = 1209600 = 120.96万; 12.096万 a tenth
    "按照每名网格员每月补助800元的标准，全年为126名专职网格员发放补助12.096万元。",
    # 1500 × 4 × 38 = 228000 = 22.8万; 228万 ten times
    "按每名法律明白人每季度补贴1500元的标准，全年为38名法律明白人发放补贴228万元。",
    # 2400 × 1 × 215 = 516000 = 51.6万; 5.16万 a tenth
    "按照每名村法律顾问每年补助2400元的标准，为215名村法律顾问发放补助5.16万元。",
    # 450 × 12 × 64 = 345600 = 34.56万; 3456万 a hundred times
    "按照每名协管员每月补助450元的标准，全年为64名协管员发放补助3456万元。",
    # 600 × 12 × 47 = 338400 = 33.84万; 3.384万 a tenth
    "按照每名信息员每月补贴600元的标准，全年为47名信息员发放补贴3.384万元。",
    # 350 × 12 × 152 = 638400 = 63.84万; 638.4万 ten times
    "按照每名调解员每月补贴350元的标准，全年为152名调解员发放补贴638.4万元。",
    # 1200 × 4 × 93 = 446400 = 44.64万; 4.464万 a tenth
    "按每名监督员每季度补助1200元的标准，全年为93名监督员发放补助4.464万元。",
]
STANDARD_RIGHT = [
    "按照每名人民调解员每月补贴300元的标准，全年为86名专职人民调解员发放补贴30.96万元。",
    "按照每名网格员每月补助800元的标准，全年为126名专职网格员发放补助120.96万元。",
    # some paid for part of the year: less than the product, no power of ten
    "按照每名网格员每月补助800元的标准，全年为126名专职网格员发放补助110.4万元。",
    "按每名法律明白人每季度补贴1500元的标准，全年为38名法律明白人发放补贴22.8万元。",
    "按照每名村法律顾问每年补助2400元的标准，为215名村法律顾问发放补助51.6万元。",
    # no standard named: a rate of one payment
    "每名协管员每月补助450元，全年为64名协管员发放补助3456万元以上。",
    # round figures: 500 × 12 × 10 = 6万 and 60万 may meet by chance
    "按照每名信息员每月补贴500元的标准，全年为10名信息员发放补贴60万元。",
    "按照每名调解员每月补贴350元的标准，全年为152名调解员发放补贴63.84万元。",
]


@pytest.mark.parametrize("text", STANDARD_WRONG)
def test_standard_products_wrong(text: str) -> None:
    assert ("N205", W) in codes(text, ("N205",)), text


@pytest.mark.parametrize("text", STANDARD_RIGHT)
def test_standard_products_right(text: str) -> None:
    assert codes(text, ("N205",)) == [], text
