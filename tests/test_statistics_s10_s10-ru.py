"""Recall in units_magnitude and announced, session 10 round 2 (s10-ru): shapes from the
helper's own semi-blind set (fixtures/statistics/own10/s10-ru.toml), rewritten here with other
bodies, nouns and figures.

1. Products of members and what each got: 各 right after the counted noun (「14个街道各设立3名」),
   a 每 opening the clause after the noun (「组建9个执法小组，每组6人」, a warning), and a total
   word before a bracket (「共配备村（居）法律顾问82名」).
2. Averages over a count named by its noun (「8个县……平均每县」) or through a bracket that
   qualifies it (「平均每个县（市、区）」).
3. Bases: a clause opening on another group (另有) and a base whose noun is qualified by three
   characters or more (规模以上工业企业) against a figure naming only its head (企业) bound nothing.
4. Announced counts against 分号 pieces after a colon, each one clause, no comma.
5. Announced counts: a 顿号 piece lacking the head noun before a short piece that ends with it
   (「危险化学品生产、储存企业」) may be one item.

Every expectation is labelled by the arithmetic in its comment, done by hand."""

from __future__ import annotations

import pytest
from relation_helpers import found

_MAG = ("N101", "N201", "N205", "N206")
_ANN = ("N203",)


def _codes(text: str, family: tuple[str, ...]) -> list[tuple[str, str]]:
    return [(c, m) for c, m in found(text) if c in family]


# --- 1. products of members ------------------------------------------------------------------

PRODUCT_WRONG = [
    # 12 × 3 = 36 ≠ 33
    "县人民法院在12个乡镇各设立3个诉讼服务点，共设立诉讼服务点33个。",
    # 25 × 2 = 50 ≠ 40
    "区总工会在25个园区各聘请2名劳动法律监督员，共聘请劳动法律监督员40名。",
    # 18 × 4 = 72 ≠ 27 (fewer)
    "市退役军人事务局为18个服务站各配发4台自助终端，合计配发自助终端27台。",
    # 7 × 5 = 35 ≠ 53 (more, the same noun again)
    "县税务局在7个分局各设立5名公职律师，全县公职律师共计53名。",
    # 6 × 8 = 48 ≠ 40 (每 opening the next clause: a warning)
    "区应急管理局组建6个检查组，每组8人，合计出动检查人员40人。",
    # 11 × 3 = 33 ≠ 30
    "镇综治中心划分11个网格，每格3名网格员，共配备网格员30名。",
    # 40 × 2 = 80 ≠ 60 (a total word before the bracket)
    "县司法所为40个村（居）每个村（居）安排2名法律明白人，共培养村（居）法律明白人60名。",
    # 15 × 6 = 90 ≠ 96 (the total names the same noun)
    "区消防救援大队在15个社区各培训6名微型消防站队员，全区微型消防站队员共计96名。",
]

PRODUCT_RIGHT = [
    # 12 × 3 = 36
    "县人民法院在12个乡镇各设立3个诉讼服务点，共设立诉讼服务点36个。",
    # 25 × 2 = 50; 50 + 6 = 56 with 另
    "区总工会在25个园区各聘请2名劳动法律监督员，另在总工会机关聘请6名，共聘请劳动法律监督员56名。",
    # 各类: a kind, not each member
    "市退役军人事务局在18个服务站各类窗口张贴公示4张，全年共接待来访人员2700人次。",
    # 6 × 8 = 48
    "区应急管理局组建6个检查组，每组8人，合计出动检查人员48人。",
    # 11 × 3 = 33
    "镇综治中心划分11个网格，每格3名网格员，共配备网格员33名。",
    # 40 × 2 = 80, through brackets
    "县司法所为40个村（居）每个村（居）安排2名法律明白人，共培养村（居）法律明白人80名。",
    # 不少于: a bound, 90 ≤ 97
    "区消防救援大队在15个社区各培训不少于6名微型消防站队员，全区微型消防站队员共计97名。",
    # the total counts another thing (检查), no product to compare
    "县市场监督管理局组建4个执法组，每组5人，全年共开展检查126次。",
]


@pytest.mark.parametrize("text", PRODUCT_WRONG)
def test_product_contradicted(text: str) -> None:
    assert _codes(text, ("N205",)), text


@pytest.mark.parametrize("text", PRODUCT_RIGHT)
def test_product_consistent(text: str) -> None:
    assert not _codes(text, _MAG), text


def test_product_after_comma_is_a_warning() -> None:
    rels = found("区应急管理局组建6个检查组，每组8人，合计出动检查人员40人。")
    assert rels and "6×8人＝48人" in rels[0][1]


# --- 2. averages over a count named by its noun ----------------------------------------------

AVERAGE_WRONG = [
    # 156.8 ÷ 8 = 19.6 ≠ 29.6
    "省司法厅在8个县（市、区）开展公共法律服务试点，总投入156.8万元，平均每个县（市、区）投入29.6万元。",
    # 84 ÷ 6 = 14 ≠ 41
    "市人社局在6个县开展劳动保障监察，共检查用人单位84家，平均每县检查41家。",
    # 270 ÷ 9 = 30 ≠ 45
    "区民政局在9个街道推进婚姻登记便民服务，共办理登记270对，平均每个街道（乡镇）办理45对。",
    # 96 ÷ 12 = 8 ≠ 18
    "县农业农村局对12个镇开展农资执法检查，共抽检农资样品96批次，平均每镇抽检18批次。",
    # 48 ÷ 4 = 12 ≠ 21
    "市档案局在4个区开展档案执法检查，共检查机关单位48家，平均每区检查21家。",
    # 350 ÷ 7 = 50 ≠ 70
    "市中级人民法院在7个基层法院推行繁简分流，共分流案件350件，平均每个基层法院（法庭）分流70件。",
    # 63 ÷ 3 = 21 ≠ 12
    "区城管局在3个片区开展占道整治，共拆除违规广告牌63块，平均每个片区拆除12块。",
    # 150 ÷ 5 = 30 ≠ 50
    "县林业局在5个林场开展普法宣传，共发放资料150份，平均每个林场发放50份。",
]

AVERAGE_RIGHT = [
    # 156.8 ÷ 8 = 19.6
    "省司法厅在8个县（市、区）开展公共法律服务试点，总投入156.8万元，平均每个县（市、区）投入19.6万元。",
    # 84 ÷ 6 = 14
    "市人社局在6个县开展劳动保障监察，共检查用人单位84家，平均每县检查14家。",
    # 270 ÷ 9 = 30
    "区民政局在9个街道推进婚姻登记便民服务，共办理登记270对，平均每个街道（乡镇）办理30对。",
    # 96 ÷ 12 = 8
    "县农业农村局对12个镇开展农资执法检查，共抽检农资样品96批次，平均每镇抽检8批次。",
    # 48 ÷ 4 = 12
    "市档案局在4个区开展档案执法检查，共检查机关单位48家，平均每区检查12家。",
    # 350 ÷ 7 = 50
    "市中级人民法院在7个基层法院推行繁简分流，共分流案件350件，平均每个基层法院（法庭）分流50件。",
    # 63 ÷ 3 = 21
    "区城管局在3个片区开展占道整治，共拆除违规广告牌63块，平均每个片区拆除21块。",
    # 150 ÷ 5 = 30, approximately
    "县林业局在5个林场开展普法宣传，共发放资料约150份，平均每个林场发放30余份。",
]


@pytest.mark.parametrize("text", AVERAGE_WRONG)
def test_average_contradicted(text: str) -> None:
    assert _codes(text, ("N205",)), text


@pytest.mark.parametrize("text", AVERAGE_RIGHT)
def test_average_consistent(text: str) -> None:
    assert not _codes(text, _MAG), text


# --- 3. bases: another group, a qualified base -----------------------------------------------

BASE_WRONG = [
    # 233 > 215 村
    "全县共有行政村215个。县民政局推进村规民约修订，已有233个行政村完成修订。",
    # 61 > 57 所
    "全区共有幼儿园57所。区教育局为61所幼儿园配备了法治辅导员。",
    # 398 > 376 名 在编干部
    "县自然资源局现有在编干部376名，全年组织398名在编干部参加执法资格考试。",
    # 530 > 512 家 规上企业, named again in full
    "全市共有规模以上工业企业512家。市应急管理局对530家规模以上工业企业开展安全生产执法检查。",
    # 19 > 17 个 社区
    "街道下辖社区17个。街道办事处在19个社区建成法律服务室。",
    # 94 > 88 家 律师事务所
    "全市共有律师事务所88家。市律师协会组织94家律师事务所开展公益法律服务。",
    # 140 > 126 名 执法人员 (no 另)
    "区交通运输综合执法大队现有执法人员126名，全年有140名执法人员参加轮训。",
    # 36 > 32 所 中小学
    "全镇共有中小学32所。镇政府推动36所中小学建立校园调解室。",
]

BASE_RIGHT = [
    # 另有: auxiliaries besides the 在编 staff
    "县自然资源局现有在编干部376名，另有聘用人员402名，全年组织培训760人次。",
    # 另: 编外 besides 在编
    "区交通运输综合执法大队现有在编执法人员126名，另聘辅助执法人员140名。",
    # 规模以上工业企业 qualifies; 企业 alone may be any enterprise
    "全市共有规模以上工业企业512家。市应急管理局对530家企业开展安全生产执法检查。",
    # 规模以上服务业企业 against 企业
    "全区有规模以上服务业企业208家，区税务局为326家企业提供涉税法律咨询。",
    # 233 ≤ 215 + 40 communities: 阵地 not villages
    "全县共有行政村215个、社区40个。县民政局建成村（社区）法治阵地233个。",
    # 人次 above the staff
    "县自然资源局现有在编干部376名，全年共有980人次参加各类法律培训。",
    # 此外: another group
    "全区共有律师事务所88家，此外还有基层法律服务所96家。",
    # 重点排污单位 qualified by 4 chars; 单位 alone is wider
    "全市纳入重点监管的排污单位共142家，市生态环境局全年检查165家单位。",
]


@pytest.mark.parametrize("text", BASE_WRONG)
def test_base_contradicted(text: str) -> None:
    assert _codes(text, _MAG), text


@pytest.mark.parametrize("text", BASE_RIGHT)
def test_base_consistent(text: str) -> None:
    assert not _codes(text, _MAG), text


# --- 4. announced: 分号 pieces after a colon -------------------------------------------------

SEMICOLON_WRONG = [
    # 三项 vs 4 pieces
    "区司法局推进三项改革：深化公证体制改革；规范司法鉴定管理；完善仲裁委员会建设；推行律师调解。",
    # 四个 vs 5 pieces
    "市税务局聚焦四个环节：纳税申报；税款征收；发票管理；税务稽查；纳税服务。",
    # 两项 vs 3 pieces
    "县卫健局出台两项措施：建立医疗纠纷第三方调解机制；推行医疗责任保险；公开投诉处理流程。",
    # 五类 vs 4 pieces
    "区市场监管局明确五类重点对象：农贸市场；商场超市；校园周边商店；网络餐饮平台。",
    # 三个 vs 2 pieces
    "镇人民政府建立三个台账：矛盾纠纷排查台账；重点人员帮扶台账。",
    # 六项 vs 7 pieces
    "市住建局推行六项制度：招投标公开；合同备案；质量终身责任；工资专户；实名制管理；农民工维权；信用评价。",
    # 四方面 vs 3 pieces
    "县教育局强化四方面保障：经费保障；师资保障；场地保障。",
    # 两类 vs 3 pieces
    "区人社局明确两类重点企业：建筑施工企业；劳动密集型加工企业；餐饮连锁企业。",
]

SEMICOLON_RIGHT = [
    # 4 = 4
    "区司法局推进四项改革：深化公证体制改革；规范司法鉴定管理；完善仲裁委员会建设；推行律师调解。",
    # 5 = 5
    "市税务局聚焦五个环节：纳税申报；税款征收；发票管理；税务稽查；纳税服务。",
    # 3 = 3, commas inside pieces
    "县卫健局出台三项措施：建立医疗纠纷第三方调解机制，实现县镇全覆盖；推行医疗责任保险；公开投诉处理流程。",
    # 等: open
    "区市场监管局明确五类重点对象：农贸市场；商场超市；校园周边商店等。",
    # 2 = 2
    "镇人民政府建立两个台账：矛盾纠纷排查台账；重点人员帮扶台账。",
    # pieces after the list count other things (a sentence after the colon list)
    "市住建局推行两项制度：招投标公开制度、合同备案制度。全年受理投诉36件；办结35件。",
    # 3 = 3
    "县教育局强化三方面保障：经费保障；师资保障；场地保障。",
    # 主要有: examples (fewer items)
    "区人社局明确五类重点企业，主要有：建筑施工企业；劳动密集型加工企业；餐饮连锁企业。",
]


@pytest.mark.parametrize("text", SEMICOLON_WRONG)
def test_semicolon_list_contradicted(text: str) -> None:
    assert _codes(text, _ANN), text


@pytest.mark.parametrize("text", SEMICOLON_RIGHT)
def test_semicolon_list_consistent(text: str) -> None:
    assert not _codes(text, _ANN), text


# --- 5. announced: modifiers sharing a head noun ---------------------------------------------

SHARED_WRONG = [
    # 两类 vs 3 (each piece ends with 企业 in full)
    "县应急管理局明确两类监管对象，分别为危险化学品企业、冶金企业和粉尘涉爆企业。",
    # 两个 vs 3 places (开发区 and 高铁新城 share no head)
    "区司法局新建两个法律服务站，分别设在城东街道、开发区、高铁新城。",
    # 三类 vs 4
    "市交通局明确三类检查重点，分别为客运企业、货运企业、危货运输企业和驾培机构。",
    # 两项 vs 3
    "县文旅局出台两项制度，即演出审批制度、网吧巡查制度和文物安全制度。",
    # 三家 vs 4
    "区商务局约谈三家企业，即东方建材公司、南山物流公司、西岭食品公司和北辰置业公司。",
    # 两支 vs 3
    "镇政府组建两支队伍，分别为巡河队伍、护林队伍和禁毒宣传队伍。",
    # 四类 vs 5
    "市卫健委明确四类重点机构，包括医院、诊所、药店、体检中心和养老机构。",
    # 两所 vs 3
    "县教育局命名两所法治示范学校，分别是城关小学、实验中学和职业中学。",
]

SHARED_RIGHT = [
    # 生产、储存企业: one item; 2 = 2
    "县应急管理局明确两类监管对象，分别为危险化学品生产、储存企业和粉尘涉爆企业。",
    # 经营、使用单位: one item; 2 = 2
    "区市场监管局检查两类主体，分别为特种设备生产、使用单位和气瓶充装单位。",
    # 批发、零售企业: one item; 2 = 2
    "市商务局约谈两类企业，即成品油批发、零售企业和燃气经营企业。",
    # 3 = 3
    "县文旅局出台三项制度，即演出审批制度、网吧巡查制度和文物安全制度。",
    # 销售、维修网点 one item; 2 = 2
    "区商务局规范两类场所，分别为二手车销售、维修网点和报废汽车回收网点。",
    # 3 = 3
    "镇政府组建三支队伍，分别为巡河队伍、护林队伍和禁毒宣传队伍。",
    # 收运、处置企业 one item; 2 = 2
    "市城管局监管两类企业，分别为餐厨垃圾收运、处置企业和建筑垃圾消纳企业。",
    # 3 = 3
    "县教育局命名三所法治示范学校，分别是城关小学、实验中学和职业中学。",
]


@pytest.mark.parametrize("text", SHARED_WRONG)
def test_shared_head_contradicted(text: str) -> None:
    assert _codes(text, _ANN), text


@pytest.mark.parametrize("text", SHARED_RIGHT)
def test_shared_head_consistent(text: str) -> None:
    assert not _codes(text, _ANN), text


# --- 6. what of a named whole was done, above the whole --------------------------------------

DONE_WRONG = [
    # 8600亿 > 2.4亿 (亿 for 万)
    "区人民法院审判综合楼项目总投资2.4亿元，年内已完成投资8600亿元。",
    # 3.1亿 > 5800万
    "县矫正中心改造工程总投资5800万元，截至年底已完成投资3.1亿元。",
    # 760万 > 76万
    "市仲裁委员会信息化项目总预算76万元，年内已执行预算760万元。",
    # 1.8亿 > 1.8万 (万 for 亿)
    "智慧司法平台建设总投入1.8万元，已完成投入1.8亿元，平台已上线运行。",
    # 4500万 > 450万
    "镇法治文化公园总造价450万元，已支付工程造价4500万元。",
    # 9.6亿 > 9600万
    "县人民检察院技术用房项目总投资9600万元，全年到位投资9.6亿元。",
    # 230万 > 23万
    "村级法律服务室建设总经费23万元，已拨付经费230万元。",
    # 1.2亿 > 1200万
    "市公共法律服务中心项目总投资1200万元，年内完成投资1.2亿元，主体已完工。",
]

DONE_RIGHT = [
    # 8600万 < 2.4亿
    "区人民法院审判综合楼项目总投资2.4亿元，年内已完成投资8600万元。",
    # 3100万 < 5800万
    "县矫正中心改造工程总投资5800万元，截至年底已完成投资3100万元。",
    # 超: the budget was exceeded, said so
    "市仲裁委员会信息化项目总预算76万元，因需求调整实际执行82万元，超出部分已报批。",
    # 累计: over years
    "智慧司法平台建设总投入1.8亿元，自2019年以来累计完成投入2.1亿元。",
    # another noun (工程款 not 造价)
    "镇法治文化公园总造价450万元，全镇全年支付各类工程款4500万元。",
    # 9.6亿 ≥ 9.6亿
    "县人民检察院技术用房项目总投资9.6亿元，全年到位投资9.6亿元。",
    # 追加: the whole was added to
    "村级法律服务室建设总经费23万元，追加后已拨付经费26万元。",
    # another sentence
    "市公共法律服务中心项目总投资1200万元。全市全年完成固定资产投资1.2亿元。",
]


@pytest.mark.parametrize("text", DONE_WRONG)
def test_done_above_whole_contradicted(text: str) -> None:
    assert _codes(text, ("N206",)), text


@pytest.mark.parametrize("text", DONE_RIGHT)
def test_done_above_whole_consistent(text: str) -> None:
    assert not _codes(text, _MAG), text


# --- 7. quoted names sharing the head noun after the last one --------------------------------

QUOTED_TAIL_WRONG = [
    # 五次 vs 4 names
    "县公安局开展五次专项行动，即“雷霆”“净网”“护苗”“断卡”行动，破获案件31起。",
    # 三个 vs 4 names
    "区司法局打造三个调解品牌，即“老娘舅”“和事佬”“贴心人”“连心桥”工作室。",
    # 四项 vs 3 names
    "市检察院推出四项举措，即“检察开放日”“公益诉讼随手拍”“控申接待”机制，群众好评率98%。",
    # 两大 vs 3 names
    "镇政府实施两大行动，包括“清河”“护林”“净路”工程，投入资金86万元。",
    # 六个 vs 5 names
    "县法院创建六个服务站，分别为“枫桥”“石榴籽”“红枫”“金秤砣”“和美”法官工作站。",
    # 三类 vs 4 names
    "区市场监管局开展三类检查，即“双随机”“飞行”“交叉”“专项”检查，检查主体412户。",
    # 四场 vs 5 names
    "市律协举办四场讲座，即“民法典”“劳动法”“公司法”“婚姻法”“继承法”讲座。",
    # 两支 vs 3 names
    "县团委组建两支队伍，即“青禾”“晨曦”“向阳”志愿队，服务群众1200人次。",
]

QUOTED_TAIL_RIGHT = [
    # 4 = 4
    "县公安局开展四次专项行动，即“雷霆”“净网”“护苗”“断卡”行动，破获案件31起。",
    # 等: open
    "区司法局打造六个调解品牌，即“老娘舅”“和事佬”“贴心人”等工作室。",
    # 3 = 3
    "市检察院推出三项举措，即“检察开放日”“公益诉讼随手拍”“控申接待”机制，群众好评率98%。",
    # 3 = 3
    "镇政府实施三大行动，包括“清河”“护林”“净路”工程，投入资金86万元。",
    # 5 = 5
    "县法院创建五个服务站，分别为“枫桥”“石榴籽”“红枫”“金秤砣”“和美”法官工作站。",
    # 4 = 4
    "区市场监管局开展四类检查，即“双随机”“飞行”“交叉”“专项”检查，检查主体412户。",
    # 5 = 5
    "市律协举办五场讲座，即“民法典”“劳动法”“公司法”“婚姻法”“继承法”讲座。",
    # 3 = 3
    "县团委组建三支队伍，即“青禾”“晨曦”“向阳”志愿队，服务群众1200人次。",
]


@pytest.mark.parametrize("text", QUOTED_TAIL_WRONG)
def test_quoted_tail_contradicted(text: str) -> None:
    assert _codes(text, _ANN), text


@pytest.mark.parametrize("text", QUOTED_TAIL_RIGHT)
def test_quoted_tail_consistent(text: str) -> None:
    assert not _codes(text, _ANN), text


# --- 8. a pointing lead, 是 or 为 and a colon ------------------------------------------------

LEAD_IS_WRONG = [
    # 3 vs 4
    "县农业农村局全年培育了3个省级乡村治理示范村。\n这些示范村是：桃源村、杏林村、柳溪村、梅岭村。",
    # 2 vs 3
    "区人社局新设2个劳动争议调解中心。上述调解中心为：园区调解中心、商圈调解中心、物流港调解中心。",
    # 4 vs 3
    "市文旅局命名了4个法治文化基地。这些基地是：博物馆、图书馆、青少年宫。",
    # 5 vs 4
    "县司法局聘任了5名特邀监督员。上述监督员为：人大代表张某、政协委员李某、律师王某、教师赵某。",
    # 3 vs 2
    "镇政府修订了3项村规民约配套制度。\n以上制度是：红白理事会章程、议事协商规则。",
    # 6 vs 5
    "区城管局设立6个执法驿站。这些驿站为：湖滨驿站、车站驿站、广场驿站、公园驿站、码头驿站。",
    # 2 vs 3
    "市卫健委确定2家调解试点医院。上述医院是：市人民医院、市中医院、市妇幼保健院。",
    # 3 vs 4
    "县教育局遴选3所依法治校示范校。这些示范校为：一中、二中、实验小学、城南小学。",
]

LEAD_IS_RIGHT = [
    # 4 = 4
    "县农业农村局全年培育了4个省级乡村治理示范村。\n这些示范村是：桃源村、杏林村、柳溪村、梅岭村。",
    # 3 = 3
    "区人社局新设3个劳动争议调解中心。上述调解中心为：园区调解中心、商圈调解中心、物流港调解中心。",
    # no colon: 是 says something else of them
    "市文旅局命名了4个法治文化基地。这些基地是全市开展法治宣传的重要阵地。",
    # 等: open
    "县司法局聘任了5名特邀监督员。上述监督员为：人大代表张某、政协委员李某等。",
    # 2 = 2
    "镇政府修订了2项村规民约配套制度。\n以上制度是：红白理事会章程、议事协商规则。",
    # the lead names another noun (志愿者 not 驿站)
    "区城管局设立6个执法驿站。这些志愿者为：张某、李某、王某。",
    # 3 = 3
    "市卫健委确定3家调解试点医院。上述医院是：市人民医院、市中医院、市妇幼保健院。",
    # 4 = 4
    "县教育局遴选4所依法治校示范校。这些示范校为：一中、二中、实验小学、城南小学。",
]


@pytest.mark.parametrize("text", LEAD_IS_WRONG)
def test_lead_is_contradicted(text: str) -> None:
    assert _codes(text, _ANN), text


@pytest.mark.parametrize("text", LEAD_IS_RIGHT)
def test_lead_is_consistent(text: str) -> None:
    assert not _codes(text, _ANN), text


# --- 9. a total said to add to the figure before it, below it ---------------------------------

ADDED_WRONG = [
    # 1.42万 < 860万
    "县人民政府争取上级普法补助资金860万元，加上县级配套资金后合计投入1.42万元。",
    # 96 < 312
    "区法律援助中心受理民事案件312件，加上刑事案件后共受理96件。",
    # 5.3万 < 2.6亿
    "市财政安排法治政府建设经费2.6亿元，连同各区配套资金合计投入5.3万元。",
    # 47 < 128
    "镇政府聘请专职调解员128名，加上兼职调解员共计47名。",
    # 3.5万 < 1200万
    "县司法局获得中央转移支付资金1200万元，再加上省级补助后总计3.5万元。",
    # 208 < 2080
    "区城管局出动执法人员2080人次，加上街道协管人员后共出动208人次。",
    # 0.9万 < 90万
    "村集体投入法治广场建设资金90万元，加上社会捐赠后合计0.9万元。",
    # 15 < 150
    "全市新建法治文化阵地150个，连同改造提升的阵地共计15个。",
]

ADDED_RIGHT = [
    # 1420万 ≥ 860万
    "县人民政府争取上级普法补助资金860万元，加上县级配套资金后合计投入1420万元。",
    # 408 ≥ 312
    "区法律援助中心受理民事案件312件，加上刑事案件后共受理408件。",
    # 5.3亿 ≥ 2.6亿
    "市财政安排法治政府建设经费2.6亿元，连同各区配套资金合计投入5.3亿元。",
    # 175 ≥ 128
    "镇政府聘请专职调解员128名，加上兼职调解员共计175名。",
    # 0.35亿 = 3500万 ≥ 1200万
    "县司法局获得中央转移支付资金1200万元，再加上省级补助后总计0.35亿元。",
    # no 加上: 共出动 is another figure
    "区城管局出动执法人员2080人次，其中街道协管人员共出动208人次。",
    # another sentence
    "村集体投入法治广场建设资金90万元。加上社会捐赠的物资，全村合计受益群众0.9万人。",
    # another unit (个 against 场)
    "全市新建法治文化阵地150个，加上改造提升的阵地共开展活动15场。",
]


@pytest.mark.parametrize("text", ADDED_WRONG)
def test_total_below_added_contradicted(text: str) -> None:
    assert _codes(text, ("N206",)), text


@pytest.mark.parametrize("text", ADDED_RIGHT)
def test_total_below_added_consistent(text: str) -> None:
    assert not _codes(text, _MAG), text
