"""Session 10 (helper s10-rd): figures that contradict through structures no check read before.

Member products (N205): a count of members, a 每 naming them right after it, what each member
got, then a total (共/合计…) of that unit in the sentence — the total is the product. Fewer
than the product, or the product shifted by a power of ten, is an error; more (others may have
got some) a warning. Sentences written for these tests; each product worked out by hand."""

from __future__ import annotations

import pytest

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity

E, W = Severity.ERROR, Severity.WARNING


def found(text: str, year: int = 2023) -> list[tuple[str | None, Severity | None, str]]:
    return [(r.code, r.severity, r.message) for r in contradictions(analyze_text(text, year))]


def codes(text: str, wanted: tuple[str, ...], year: int = 2023) -> list[tuple[str, Severity]]:
    return [(c, s) for c, s, _ in found(text, year) if c in wanted and c and s]


# (text, severity): the total against members × each one's figure
PRODUCTS_WRONG = [
    # 315 × 1 = 315, printed 3150 (a digit too many)
    ("2023年，市民政局为全市315家养老机构每家配送1台应急呼叫设备，共配送应急呼叫设备3150台。", E),
    # 4200 × 1 = 4200, printed 420: fewer than the households served
    ("2023年，区司法局向辖区4200户困难家庭每户发放一份法律援助告知书，共发放420份。", E),
    # 27 × 2 = 54, printed 64: more (others may have got some)
    ("2023年，县司法局为全县27个乡镇每个乡镇配备2名公职律师，共配备公职律师64名。", W),
    # 36 × 50 = 1800, printed 1.8万
    ("2023年，区教育局为全区36所中小学每校购置法治读物50册，共购置法治读物1.8万册。", E),
    # 12 × 3万 = 36万元, printed 3.6万元
    ("2023年，街道为12个社区每个社区划拨普法经费3万元，共划拨普法经费3.6万元。", E),
    # 1.2万 × 1 = 12000, printed 1200
    ("2023年，县教育局为全县1.2万名在校学生每人发放1本《青少年法治读本》，共发放1200本。", E),
    # 86 × 2 = 172, printed 182
    ("2023年，市市场监管局对全市86家重点企业每家开展2次合规指导，共开展合规指导182次。", W),
    # 9 × 1 = 9, printed 6: fewer than the villages
    ("2023年，镇政府为全镇9个行政村每村聘请1名法律顾问，共聘请法律顾问6名。", E),
    # Chinese numerals: 一千二百户 × 一张 = 1200, printed 12万
    ("2023年，乡政府为全乡一千二百户农户每户赠送一张法律服务联系卡，共赠送12万张。", E),
]

PRODUCTS_RIGHT = [
    "2023年，市民政局为全市315家养老机构每家配送1台应急呼叫设备，共配送应急呼叫设备315台。",
    # 27 × 2 + 10 = 64: another figure added before the total
    "2023年，县司法局为全县27个乡镇每个乡镇配备2名公职律师，并为县直部门另配备10名，共配备公职律师64名。",
    # two things for each, the total in a third unit
    "2023年，区司法局向辖区4200户困难家庭每户发放法律援助告知书一份、联系卡一张，共发放宣传品8400份。",
    # a bound, not what each got: 2160 ≥ 36 × 50
    "2023年，区教育局为全区36所中小学每校购置法治读物不少于50册，共购置法治读物2160册。",
    # 12 × 3万 = 36万元
    "2023年，街道为12个社区平均每个社区划拨普法经费3万元，共划拨普法经费36万元。",
    "2023年，县教育局为全县1.2万名在校学生每人发放1本《青少年法治读本》，共发放1.2万本。",
    "2023年，市市场监管局对全市86家重点企业每家开展2次合规指导，共开展合规指导172次。",
    # the total counts something else (人次)
    "2023年，镇政府为全镇9个行政村每村聘请1名法律顾问，全年律师共提供法律咨询560人次。",
    # 12 × 1 = 12 with bracketed member names
    "2023年，镇政府为全镇12个村（社区）每个村（社区）建设1个法治文化广场，共建成法治文化广场12个。",
    # 每 naming no members of the count before it (每月): no product read
    "2023年，区城管局抽调执法人员40名，每月开展联合执法行动2次，共开展联合执法行动24次。",
    # a stock (共有, 目前) or a sum over years (累计) is no total of what was given
    "2023年，司法局为全县12个乡镇每个乡镇配备1名专职人民调解员，全县共有人民调解员120名。",
    "2023年，区教育局为全区36所学校每校配备1名法治副校长，目前全区共有法治副校长58名。",
    "2023年，街道为8个社区每个社区建成1个调解室，累计建成调解室24个。",
    # more than the product under another verb: other work may be in it
    "2023年，镇政府为12个村每村安排普法经费2万元，全年共投入普法经费56万元。",
]


@pytest.mark.parametrize(("text", "severity"), PRODUCTS_WRONG)
def test_member_product_reported(text: str, severity: Severity) -> None:
    assert codes(text, ("N205",)) == [("N205", severity)], found(text)


@pytest.mark.parametrize("text", PRODUCTS_RIGHT)
def test_member_product_silent(text: str) -> None:
    assert codes(text, ("N205", "N206", "N201")) == [], found(text)


# Part of the year against the whole year (N302): a whole-year figure whose noun puts a
# qualifier inside the part's noun (办理刑事法律援助案件 of 办理法律援助案件) counts a narrower
# kind: it need not hold the part. The same noun still must.
YEAR_BELOW_PART = [
    "2023年，市司法局1至9月共办理公证事项3120件，全年共办理公证事项2980件。",
    "2023年，县市场监管局上半年查处价格违法案件46件，全年查处价格违法案件41件。",
    "2023年，区信访局前三季度受理网上信访事项812件，全年受理网上信访事项790件。",
    "2023年，区人社局1至10月共受理劳动仲裁案件530件，全年共受理劳动仲裁案件512件。",
    "2023年，县公安局上半年查处酒驾案件210起，全年查处酒驾案件196起。",
    "2023年，区城管局1—6月拆除违法建设148处，全年拆除违法建设139处。",
    "2023年，区卫健委前三季度开展监督检查960户次，全年开展监督检查902户次。",
    "2023年，区税务局一季度办理涉税咨询1.2万件，全年办理涉税咨询1.1万件。",
]

YEAR_NARROWER_THAN_PART = [
    "2023年，县司法局1至10月共办理法律援助案件642件，全年共办理刑事法律援助案件615件。",
    "2023年，市司法局1至9月共办理公证事项3120件，全年共办理涉外公证事项980件。",
    "2023年，县市场监管局上半年查处违法案件146件，全年查处食品违法案件141件。",
    "2023年，区信访局前三季度受理信访事项812件，全年受理重复信访事项90件。",
    "2023年，区人社局1至10月共受理劳动仲裁案件530件，全年共受理集体劳动仲裁案件42件。",
    "2023年，区城管局1—6月拆除违法建设148处，全年拆除农村违法建设139处。",
    "2023年，区卫健委前三季度开展监督检查960户次，全年开展医疗美容监督检查302户次。",
    "2023年，区税务局一季度办理涉税咨询1.2万件，全年办理跨境涉税咨询1.1万件。",
]


@pytest.mark.parametrize("text", YEAR_BELOW_PART)
def test_year_below_part_reported(text: str) -> None:
    assert [c for c, _ in codes(text, ("N302",))] == ["N302"], found(text)


@pytest.mark.parametrize("text", YEAR_NARROWER_THAN_PART)
def test_year_narrower_than_part_silent(text: str) -> None:
    assert codes(text, ("N302",)) == [], found(text)


# Rates (N104): a bracket after the rate that takes figures out of its base leaves the base
# unstated; a rate named by the thing its numerator figure counts (重大合同审核率 of 212件重大
# 合同) has that figure as its base, not the wider whole before it.
RATE_BASE_UNSTATED = [
    # 516 - 30 = 486 publishable, how many published not stated
    "2023年，县市场监管局作出行政处罚决定516件，决定书网上公示率为100%（依法不予公示的30件除外）。",
    "2023年，区政府收到政府信息公开申请420件，按期答复率100%（不含申请人撤回的12件）。",
    "2023年，区司法局审查规范性文件86件，报备率100%（内部管理类文件6件不纳入）。",
    "2023年，县住建局受理投诉1260件，办结率99.2%（转入下年办理的31件不计入）。",
    # the population named by the rate: 212 are all the 重大合同 (100%)
    "2023年，区政府签订合同和协议共230件，区司法局对其中212件重大合同开展合法性审核，重大合同审核率100%。",
    "2023年，县政府作出行政决策48项，对其中9项重大决策开展风险评估，重大决策评估率100%。",
    "2023年，区教育局检查校外培训机构160家，对其中42家学科类机构实行资金监管，学科类机构监管率100%。",
    "2023年，县人社局检查用人单位520家，对其中86家建筑企业开展工资专户检查，建筑企业检查率100%。",
    # the thing named before the numerator (经…的重大执法决定412件), the rate's whole name
    "2023年，全县作出行政处罚决定2346件；重大执法决定法制审核覆盖率100%，经法制审核的重大执法决定412件。",
    "2023年，区政府制发文件560件，规范性文件合法性审核率100%，经审核的规范性文件48件。",
    "2023年，县政府受理申请1200件，重大决策风险评估率100%，开展风险评估的重大决策7项。",
]

RATE_BASE_STATED_WRONG = [
    # 486 / 516 = 94.19%
    "2023年，县市场监管局作出行政处罚决定516件，网上公示486件，公示率为100%。",
    # 396 / 420 = 94.29%
    "2023年，区政府收到政府信息公开申请420件，按期答复396件，按期答复率98.6%。",
    # 612 / 650 = 94.15%
    "2023年，区仲裁院受理案件650件，审结612件（结案率96.2%）。",
    # 1184 / 1280 = 92.5%
    "2023年，县公安局接报行政案件1280起，查处1184起，查处率为95.8%。",
    # 150 / 230 = 65.2%
    "2023年，区司法局审核合同230件，其中提出修改意见的150件，意见提出率72.4%。",
    # 48 / 320 = 15%
    "2023年，区卫健委抽查医疗机构320家，发现问题的48家，问题检出率为12%。",
    # 1350 / 1500 = 90%
    "2023年，区住建局受理物业投诉1500件，其中已办结1350件，办结率达95%。",
    # 56 / 64 = 87.5%
    "2023年，县政府应诉案件64件，行政机关负责人出庭应诉的56件，出庭应诉率达到95%。",
    # the base names the thing too: 412 / 420 = 98.1%
    "2023年，全县作出重大执法决定420件，经法制审核的重大执法决定412件，重大执法决定法制审核率100%。",
]


@pytest.mark.parametrize("text", RATE_BASE_UNSTATED)
def test_rate_base_unstated_silent(text: str) -> None:
    assert codes(text, ("N104",)) == [], found(text)


@pytest.mark.parametrize("text", RATE_BASE_STATED_WRONG)
def test_rate_base_stated_reported(text: str) -> None:
    assert [c for c, _ in codes(text, ("N104",))] == ["N104"], found(text)


# Announced counts (N203): a clause of purpose (or 主要内容如下) and a colon between the count
# and its enumeration (「制定三项制度，推动决策规范化：一是…；二是…」). A purpose clause is a
# reading (a warning); 如下 points at the list (an error). A lead that names a set of its own
# (以下工作, 几个方面, a count) is no link.
LEAD_THEN_ENUMERATION = [
    (
        "2023年，县政府出台四项便民措施，切实减轻群众办事负担：一是推行告知承诺措施；二是推行“一窗通办”措施；三是推行延时服务措施。",
        W,
    ),
    (
        "2023年，区司法局建立两项工作机制，提升调解质效：一是建立诉调对接机制；二是建立专家会诊机制；三是建立回访机制。",
        W,
    ),
    (
        "2023年，市场监管局制定五项监管制度，主要内容如下：一是建立信用分级制度；二是建立抽查制度；三是建立约谈制度；四是建立公示制度。",
        E,
    ),
    ("2023年，县教育局实施三项专项行动，具体如下：一是开展校园安全排查；二是开展防欺凌教育。", E),
    (
        "2023年，街道推出三项服务举措，打通服务群众“最后一公里”：（一）设立驿站的举措；（二）组建志愿队的举措。",
        W,
    ),
    (
        "2023年，区人社局落实四项欠薪治理措施，从源头预防欠薪：第一，推行“工资专户”；第二，推行“实名制管理”；第三，推行“保证金制度”。",
        W,
    ),
    (
        "2023年，县卫健委出台两项规范，主要内容如下：一是规范医疗广告审查；二是规范处方点评；三是规范病历书写。",
        E,
    ),
    (
        "2023年，区城管局完善三项执法制度，规范执法行为：一是完善执法公示制度；二是完善法制审核制度；三是完善案卷评查制度；四是完善执法回访制度。",
        W,
    ),
]

LEAD_THEN_ENUMERATION_FITS = [
    "2023年，县政府出台三项便民措施，切实减轻群众办事负担：一是推行证明事项告知承诺；二是推行“一窗通办”；三是推行延时服务。",
    "2023年，区司法局建立两项工作机制，提升调解质效：一是建立诉调对接机制；二是建立专家会诊机制。",
    "2023年，市场监管局制定四项监管制度，主要内容如下：一是建立信用分级制度；二是建立抽查制度；三是建立约谈制度；四是建立公示制度。",
    # the lead names a set of its own (以下工作): its enumeration is of that set
    "2023年，县教育局实施三项专项行动，重点抓好以下工作：一是开展校园安全排查；二是开展防欺凌教育。",
    "2023年，街道推出三项服务举措，从几个方面推进：一是设立法律服务驿站；二是组建调解志愿队。",
    # the lead holds a count of its own
    "2023年，区人社局落实四项欠薪治理措施，围绕两类重点企业：一是建筑企业；二是劳动密集型企业。",
    "2023年，县卫健委出台三项规范，涉及医疗机构126家：一是规范医疗广告审查；二是规范处方点评。",
    # a purpose clause whose items are not all of the counted kind (三是开展年度考核: a 要求)
    "2023年，区政府出台两项制度，明确工作要求：一是建立督办制度；二是建立通报制度；三是开展年度考核。",
    # the enumeration of the right length in the other ordinal styles
    "2023年，区城管局完善三项执法制度，规范执法行为：（一）完善执法公示制度；（二）完善法制审核制度；（三）完善案卷评查制度。",
]


@pytest.mark.parametrize(("text", "severity"), LEAD_THEN_ENUMERATION)
def test_lead_then_enumeration_reported(text: str, severity: Severity) -> None:
    assert codes(text, ("N203",)) == [("N203", severity)], found(text)


@pytest.mark.parametrize("text", LEAD_THEN_ENUMERATION_FITS)
def test_lead_then_enumeration_silent(text: str) -> None:
    assert codes(text, ("N203",)) == [], found(text)


# Visits over a population (N206): an approximate population (「常住人口约21.8万人」) bounds
# the visits (人次) of its paragraph at twelve a resident, and 全年…累计 sums over the report
# year (not over years) — the population stated in an earlier paragraph bounds it too.
VISITS_OVER_POPULATION = [
    # 2100万 > 12 × 21.8万 = 261.6万
    "2023年，全县常住人口约21.8万人。县司法局在各乡镇设置线下咨询点，现场接受法律咨询的群众达到2100万人次。",
    # 96万 > 12 × 1.1万 = 13.2万
    "全镇户籍人口约1.1万人。\n2023年，镇司法所开展“法治夜校”活动，全年线下普法受众达到96万人次。",
    # 390万 > 12 × 4.8万 = 57.6万
    "街道常住人口约4.8万人。\n2023年，街道在各社区举办宣讲，全年累计参加群众达到390万人次。",
    # 268万 > 12 × 3.6万 = 43.2万
    "社区所在街道常住人口近3.6万人。\n2023年，街道开展“法律体检进家庭”活动，年内累计服务群众268万人次。",
    # 150万 > 12 × 9.3万 = 111.6万
    "2023年，全乡常住人口约9.3万人，乡政府组织法律服务队进村入户，全年累计走访群众150万人次。",
    # 85万 > 12 × 6.2万 = 74.4万
    "全镇常住人口约6.2万人。\n2023年，镇政府组织“送法下乡”文艺演出，全年累计观众85万人次。",
    # 310万 > 12 × 2.5万 = 30万
    "2023年，全街道常住人口约2.5万人，街道开展法律明白人培训，全年参训群众310万人次。",
    # 1200万 > 12 × 40万 = 480万
    "全区常住人口约40万人。\n2023年，区司法局组织法治文艺巡演，本年度累计现场观众1200万人次。",
]

VISITS_WITHIN_POPULATION = [
    # 26万 ≤ 12 × 21.8万
    "2023年，全县常住人口约21.8万人。县司法局在各乡镇设置线下咨询点，现场接受法律咨询的群众达到26万人次。",
    # online views may reach beyond the residents
    "全镇户籍人口约1.1万人。\n2023年，镇司法所开通普法公众号，全年推文累计阅读量96万人次。",
    # 累计 over years since 2018, not one year
    "街道常住人口约4.8万人。\n2018年以来，街道在各社区举办宣讲，累计参加群众达到90万人次。",
    # 3.9万 ≤ 12 × 4.8万
    "街道常住人口约4.8万人。\n2023年，街道在各社区举办宣讲，全年累计参加群众达到3.9万人次。",
    # people from beyond the area (辐射周边)
    "2023年，全乡常住人口约9.3万人，乡集市法律服务站辐射周边乡镇，全年累计服务群众150万人次。",
    # 60万 ≤ 12 × 6.2万 = 74.4万
    "全镇常住人口约6.2万人。\n2023年，镇政府组织“送法下乡”文艺演出，全年累计观众60万人次。",
    # a population of people (not visits) against an approximate population: not bounded here
    "2023年，全街道常住人口约2.5万人，街道开展法律明白人培训，覆盖辖区群众2.6万人。",
    # 累计 over several years (近三年)
    "全区常住人口约40万人。\n近三年来，区司法局组织法治文艺巡演，累计现场观众1200万人次。",
    # people beyond the residents stated with the population (流动人口)
    "全镇常住人口约2.1万人，另有流动人口0.8万人。\n2023年，全年累计服务群众30万人次。",
]


@pytest.mark.parametrize("text", VISITS_OVER_POPULATION)
def test_visits_over_population_reported(text: str) -> None:
    assert [c for c, _ in codes(text, ("N206",))] == ["N206"], found(text)


@pytest.mark.parametrize("text", VISITS_WITHIN_POPULATION)
def test_visits_within_population_silent(text: str) -> None:
    assert codes(text, ("N206",)) == [], found(text)


# Rates in words (N104, a warning): 「满意率达七成以上」「约占三分之二」「八成五」 after a rate's
# name or 占 are percentages of the interval they name (成: tenths, ±half a tenth; 分之: ±a
# fifth of the fraction; 以上/超过 up to 100%), judged on their nearest terms only: every
# figure in the sentence, the numerator in the clause before. Shares of a list (分别…三成、两成)
# are not read.
WORDED_RATES_WRONG = [
    # 138 / 230 = 60% < 70%
    "2023年，区信访局办理网上信访事项230件，群众评价满意的138件，满意率达七成以上。",
    # 48 / 90 = 53.3%, not about 2/3 (60%–73.3%)
    "2023年，局机关办理行政处罚案件90件，其中适用简易程序的48件，约占三分之二。",
    # 176 / 200 = 88% < 90%
    "2023年，镇政府受理矛盾纠纷二百件，成功化解一百七十六件，化解成功率达到九成以上。",
    # 672 / 840 = 80%, not 84.5%–85.5%
    "2023年，市交通局查处超限车辆840辆次，其中卸载的672辆次，卸载率为八成五。",
    # 45 / 150 = 30%, not about half of it... 四分之三以上 = 75%–100%
    "2023年，县人社局受理欠薪投诉150件，当场化解的45件，当场化解率达四分之三以上。",
    # 210 / 600 = 35%, not 近五成 (45%–50%)
    "2023年，区司法局办理法律援助案件600件，其中刑事案件210件，占比近五成。",
    # 95 / 100 = 95%, not 七成左右 (65%–75%)
    "2023年，街道调解纠纷100件，调解成功的95件，调解成功率七成左右。",
    # 30 / 120 = 25%, not 超过三分之一 (33.3%–100%)
    "2023年，县市场监管局抽检食品120批次，不合格的30批次，不合格率超过三分之一。",
]

WORDED_RATES_RIGHT = [
    # 168 / 230 = 73%
    "2023年，区信访局办理网上信访事项230件，群众评价满意的168件，满意率达七成以上。",
    # 60 / 90 = 66.7%
    "2023年，局机关办理行政处罚案件90件，其中适用简易程序的60件，约占三分之二。",
    # 182 / 200 = 91%
    "2023年，镇政府受理矛盾纠纷二百件，成功化解一百八十二件，化解成功率达到九成以上。",
    # 714 / 840 = 85%
    "2023年，市交通局查处超限车辆840辆次，其中卸载的714辆次，卸载率为八成五。",
    # shares of a list whose terms are not stated
    "2023年，调委会调处纠纷412起，其中婚姻家庭、邻里、土地纠纷分别约占总数的三成、两成和一成半。",
    # the numerator of the share (其中…事项) is not stated
    "2023年，区人社局公布行政许可事项21个（47个子项），全部实现网上可办，其中“全程网办”事项占比达到九成以上。",
    # 99 / 100 = 99% within 九成以上
    "2023年，街道调解纠纷100件，调解成功的99件，调解成功率九成以上。",
    # a change in words is no rate (增长三成)
    "2023年，县市场监管局抽检食品120批次，较上年增长三成，不合格的6批次。",
]


@pytest.mark.parametrize("text", WORDED_RATES_WRONG)
def test_worded_rate_reported(text: str) -> None:
    assert codes(text, ("N104",)) == [("N104", W)], found(text)


@pytest.mark.parametrize("text", WORDED_RATES_RIGHT)
def test_worded_rate_silent(text: str) -> None:
    assert codes(text, ("N104",)) == [], found(text)


# A quoted name counting its members (“N位一体”, “N方…”, “N员…”: numbers.toml
# ``announced.member-measures``) after 由…组成的 and their list (N203, a warning): the list
# names its members. Set phrases alone, names counting no members (“三治融合”) and lists of
# the right length stay silent.
MEMBERS_BEFORE_NAME_WRONG = [
    "2023年，街道组建由民警、网格员、调解员、律师组成的“三位一体”巡防队伍，化解纠纷86件。",
    "2023年，县政府建立由法院、检察院、公安局、司法局、信访局组成的“四方联动”化解机制。",
    "2023年，园区成立由企业、商会和律师组成的“四方协商”平台，全年协商事项42件。",
    "2023年，镇政府组建由村干部、网格员、辅警、志愿者、律师、调解员组成的“五员”服务队。",
    # an open list naming more members than the name counts
    "2023年，区司法局推行由律师、公证员、调解员、仲裁员等组成的“三位一体”公共法律服务模式。",
    "2023年，区司法局推行由律师、公证员组成的“三位一体”公共法律服务模式。",
    "2023年，县人社局建立由人社、住建、公安、法院、检察、工会共同构成的“五方会商”机制。",
    "2023年，社区组建由楼栋长、物业经理、业委会成员和民警组成的“五方议事”小组，议事48次。",
    "2023年，县市场监管局组建由执法人员、技术专家、消费者代表和媒体记者组成的“三方”监督团。",
]

MEMBERS_BEFORE_NAME_RIGHT = [
    "2023年，街道组建由民警、网格员和调解员组成的“三位一体”巡防队伍，化解纠纷86件。",
    "2023年，县政府建立由法院、检察院、公安局和司法局组成的“四方联动”化解机制。",
    # a name that counts no members (three ways of governing)
    "2023年，镇政府组建由村干部、网格员、辅警和志愿者组成的“三治融合”服务队。",
    # a set phrase with no list before it
    "2023年，县政府牢固树立“四个意识”，组建“三位一体”法律服务队。",
    # an open list (等) naming fewer
    "2023年，区司法局推行由律师、公证员等组成的“三位一体”公共法律服务模式。",
    # 和 joining the last two may join one member's two words: no sure count
    "2023年，街道组建由民警、网格员、调解员和律师组成的“三位一体”巡防队伍。",
    "2023年，县人社局建立由人社、住建、公安、法院、检察共同构成的“五方会商”机制。",
    "2023年，社区组建由楼栋长、物业经理、业委会成员、民警和居民代表组成的“五方议事”小组。",
    "2023年，镇政府组建由村干部、网格员、辅警、志愿者和律师组成的“五员”服务队。",
]


@pytest.mark.parametrize("text", MEMBERS_BEFORE_NAME_WRONG)
def test_members_before_name_reported(text: str) -> None:
    assert codes(text, ("N203",)) == [("N203", W)], found(text)


@pytest.mark.parametrize("text", MEMBERS_BEFORE_NAME_RIGHT)
def test_members_before_name_silent(text: str) -> None:
    assert codes(text, ("N203",)) == [], found(text)


# A 和 inside a body's name (区住房和城乡建设局) before a count is no list of two items
# (N203): 「区住房和城乡建设局重点推进四项工作」 names no items before 四项.
BODY_AND_BEFORE_COUNT = [
    "2023年，区住房和城乡建设局重点推进四项工作。",
    "2023年，县人力资源和社会保障局着力完善三项机制。",
    "2023年，市自然资源和规划局全面落实五项措施。",
    "2023年，区文化和旅游局持续开展三类专项检查。",
    "2023年，县农业农村和水利局扎实推进四个方面工作。",
    "2023年，市发展和改革委员会牵头制定三项制度。",
    "2023年，区卫生和健康委员会重点抓好五个环节。",
    "2023年，县科学技术和工业信息化局认真落实三项要求。",
]

AND_LIST_BEFORE_COUNT = [
    # 2 named, 3 announced
    "2023年，区政府聚焦安全生产和食品药品三大领域开展执法检查。",
    "2023年，县司法局围绕征地拆迁和劳动争议三类重点矛盾开展排查。",
    "2023年，市场监管局聚焦特种设备和产品质量三大领域加强监管。",
    "2023年，街道围绕物业管理和邻里纠纷三类矛盾开展调解。",
    "2023年，区城管局聚焦违法建设和占道经营三大领域开展整治。",
    "2023年，县人社局围绕欠薪治理和劳动仲裁三个方面推进改革。",
    "2023年，区生态环境局聚焦大气污染和水污染三大领域开展执法。",
    "2023年，镇政府围绕土地流转和宅基地管理三类纠纷开展排查。",
]


@pytest.mark.parametrize("text", BODY_AND_BEFORE_COUNT)
def test_body_and_before_count_silent(text: str) -> None:
    assert codes(text, ("N203",)) == [], found(text)


@pytest.mark.parametrize("text", AND_LIST_BEFORE_COUNT)
def test_and_list_before_count_reported(text: str) -> None:
    assert [c for c, _ in codes(text, ("N203",))] == ["N203"], found(text)


# What is done each month (each quarter) against the year's total (N205, a warning): 每月
# (每季度) and a figure, then 全年…共 and a total of its unit in the sentence.
PERIODIC_WRONG = [
    # 2 × 12 = 24, not 36
    "2023年，区城管局每月开展两次违法建设集中拆除行动，全年共开展集中拆除行动36次。",
    # 1 × 12 = 12, not 10
    "2023年，县政府每月召开1次常务会议学法，全年共组织会前学法10次。",
    # 3 × 4 = 12, not 16
    "2023年，区司法局每季度开展3场法治讲座，全年共开展法治讲座16场。",
    # 4 × 12 = 48, not 40
    "2023年，街道每个月组织4次法律咨询活动，全年共组织法律咨询活动40次。",
    # 1 × 4 = 4, not 6
    "2023年，县市场监管局每季度发布1期执法典型案例，全年共发布典型案例6期。",
    # 2 × 12 = 24, not 20
    "2023年，镇司法所每月走访两次重点人员，全年共走访20次。",
    # 5 × 12 = 60, not 50
    "2023年，区卫健委每月抽查5家医疗机构，全年共抽查医疗机构50家。",
    # 6 × 4 = 24, not 30
    "2023年，县税务局每季度组织6场纳税人培训，全年共组织纳税人培训30场。",
]

PERIODIC_RIGHT = [
    "2023年，区城管局每月开展两次违法建设集中拆除行动，全年共开展集中拆除行动24次。",
    # began within the year
    "2023年，县政府自3月起每月召开1次常务会议学法，全年共组织会前学法10次。",
    # more besides (另)
    "2023年，区司法局每季度开展3场法治讲座，另开展专题讲座4场，全年共开展法治讲座16场。",
    # a minimum, not what was done
    "2023年，街道每个月至少组织4次法律咨询活动，全年共组织法律咨询活动56次。",
    # per person each month: a standard, not the year's work
    "2023年，县市场监管局执法人员人均每月办案2件，全年共办理案件1200件。",
    # a total of another unit
    "2023年，镇司法所每月走访两次重点人员，全年共走访重点人员36人。",
    # no 全年 on the total
    "2023年，区卫健委每月抽查5家医疗机构，共抽查医疗机构50家。",
    # 6 × 4 = 24
    "2023年，县税务局每季度组织6场纳税人培训，全年共组织纳税人培训24场。",
    # a wider total than the monthly work (法律援助活动 of 法律援助进社区活动, 各类检查)
    "2023年，区司法局每月开展2次法律援助进社区活动，全年共开展法律援助活动38次，其中进社区24次。",
    "2023年，县市场监管局每季度开展1次专项检查，全年共开展各类检查126次。",
]


@pytest.mark.parametrize("text", PERIODIC_WRONG)
def test_periodic_reported(text: str) -> None:
    assert codes(text, ("N205",)) == [("N205", W)], found(text)


@pytest.mark.parametrize("text", PERIODIC_RIGHT)
def test_periodic_silent(text: str) -> None:
    assert codes(text, ("N205",)) == [], found(text)
