"""Precision on long, mixed paragraphs, session 10 (s10-pc): structural misreadings found by
the helper's own paragraphs (fixtures/statistics/own10/s10-pc.toml).

1. A 其中 list of 的-clauses each naming another procedure an item went through (经专家论证的
   11项，经风险评估的12项: numbers.toml ``clauses.procedure-leads``) names attributes that may
   overlap, not a split; one head or lead shared (经审查合格的 / 经审查不合格的, 通过网上办理的 /
   通过窗口办理的) or an outcome (经调解结案的) still splits the whole.
2. A 其中 list of one unit (万元) ends at a semicolon for figures of another unit (件) that
   follow it: those open a statement of their own, no part of a whole before 其中.
3. A rate opening a statement of its own after a semicolon, with a subject of its own, is not
   read as the share of the figure before the semicolon unless its name says what sets that
   figure apart (two characters in a row).
4. A change right after a figure of another unit than the pairs of an earlier sentence
   (平均办理用时12.4个工作日，压缩58.7%) speaks of that figure, not of the pairs.

Every sentence is written for these tests (none comes from a blind set); each carries the
arithmetic done by hand."""

from __future__ import annotations

import pytest
from relation_helpers import found

_PARTS = ("N101", "N102")
_RATE = ("N104",)
_CHANGE = ("N106", "N108")
_FLOW = ("N101", "N102", "N103", "N107")


def _codes(text: str, family: tuple[str, ...]) -> list[tuple[str, str]]:
    return [(c, m) for c, m in found(text) if c in family]


# --- 1. lists of procedures gone through ---------------------------------------------------

PROCEDURE_CONSISTENT = [
    # 11 + 9 = 20 > 15, each <= 15: a decision may be both
    "县政府全年作出重大行政决策15项，其中经专家论证的11项，经风险评估的9项，均经集体讨论决定。",
    # 18 + 22 = 40 > 22, each <= 22
    "市司法局审核行政规范性文件22件，其中经公开征求意见的18件、经合法性审核的22件。",
    # 27 + 12 = 39 > 31, each <= 31
    "区政府签订行政协议31份，其中经法律顾问审查的27份，通过集体讨论的12份。",
    # 10 + 8 = 18 > 12, each <= 12
    "全镇实施民生实事项目12项，其中经群众票决的10项，经第三方评估的8项。",
    # 7 + 5 = 12 > 9, each <= 9
    "全县拟订地方标准9项，其中经过专家评审的7项、经过公开听证的5项。",
    # 19 + 24 = 43 > 26, each <= 26
    "县应急局编制应急预案26件，其中经演练检验的19件，经专家评审的24件。",
    # 14 + 6 = 20 > 14, each <= 14
    "区住建局作出重大行政处罚决定14件，其中经法制审核的14件，经集体讨论的6件。",
    # 12 + 10 = 22 > 12, each <= 12
    "全年行政规范性文件共12件，其中经公开征求意见的10件，经集体讨论的10件。",
]

PROCEDURE_WRONG = [
    # 19 > 17: an attribute is at most its whole
    "重大行政决策共17项，其中经专家论证的11项、经风险评估的19项。",
    # 40 + 15 = 55 > 50: 合格 / 不合格 of one 审查 split the whole
    "审查合同50份，其中经审查合格的40份，经审查不合格的15份。",
    # 50 + 40 = 90 > 80: one head 办理, two ways
    "受理申请80件，其中通过网上办理的50件，通过窗口办理的40件。",
    # 30 + 40 = 70 > 60: outcomes
    "办结案件60件，其中经调解结案的30件，经判决结案的40件。",
    # 50 + 40 = 90 > 80: an outcome (达成) among them
    "受理纠纷80件，其中经调解达成协议的50件，经仲裁裁决的40件。",
    # 13 > 12
    "全年制定行政规范性文件12件，其中经公开征求意见的13件，经集体讨论的9件。",
    # 30 + 20 = 50 > 45: one procedure, two decisions
    "审结复议案件45件，其中经复议维持的30件，经复议撤销的20件。",
    # 42 + 33 = 75 > 70: 属实 / 不属实
    "处理信访事项70件，其中经核查属实的42件，经核查不属实的33件。",
]


@pytest.mark.parametrize("text", PROCEDURE_CONSISTENT)
def test_procedure_list_is_not_summed(text: str) -> None:
    assert _codes(text, _PARTS) == []


@pytest.mark.parametrize("text", PROCEDURE_WRONG)
def test_split_or_excess_still_reported(text: str) -> None:
    assert _codes(text, _PARTS)


# --- 2. a list of another unit ends at a semicolon -----------------------------------------

OTHER_UNIT_CONSISTENT = [
    # 3.2 + 9.4 = 12.6; 420件 opens a statement of its own (not a part of the 38件)
    "县司法局办理公证事项38件，收取公证费12.6万元，其中减免3.2万元、实收9.4万元；受理法律援助申请420件，全部审结。",
    # 50 + 35 = 85; 1,260件 and 1,238件 are not parts of anything before 其中
    "区市场监管局抽检食品90批次，安排抽检经费85万元，其中省级补助50万元、区级配套35万元；全年受理投诉举报1260件，办结1238件。",
    # 30.5 + 18 = 48.5
    "镇政府调处纠纷26件，落实奖补资金48.5万元，其中村级奖补30.5万元、个人奖励18万元；接待群众来访320人次，解答咨询410人次。",
    # 6,200万 + 3,100万 = 9,300万 = 0.93亿; 590件 > 19件 is no part of it
    "审议规范性文件19件，争取专项经费0.93亿元，其中中央资金6200万元、省级资金0.31亿元；收到申请590件，受理562件，办结539件。",
    # 1.9 + 0.7 = 2.6
    "区城管局立案查处违法建设案件17件，拆除面积2.6万平方米，其中拆除违建厂房1.9万平方米、违建住宅0.7万平方米；处理市民投诉880件。",
    # 2.1 + 1.1 = 3.2
    "县税务局开展税法宣传活动24场，减税降费3.2亿元，其中减税2.1亿元、降费1.1亿元；办理涉税事项4.6万件，网上办理4.1万件。",
    # 90.1 + 6.3 = 96.4
    "市交通局组织执法培训8期，罚没款合计96.4万元，其中罚款90.1万元、没收违法所得6.3万元；查处超限运输车辆1150辆，卸载货物3.2万吨。",
    # 20 + 16 = 36
    "街道开展普法讲座12场，投入资金36万元，其中街道自筹20万元、社会捐助16万元；服务群众2300人次，发放资料5600份。",
]

OTHER_UNIT_WRONG = [
    # 70 + 60 = 130 > 120 (the list itself runs before the semicolon)
    "办理行政执法案件120件，其中一般程序70件、简易程序60件；罚没款80万元。",
    # 180 + 130 = 310 > 300
    "街道收到群众诉求300件，资金投入80万元，其中环境卫生类180件、物业管理类130件；办结率98%。",
    # 90 + 70 = 160 > 150
    "全年查处案件150件，其中食品类90件、药品类70件；罚没款120万元。",
    # 120 + 100 = 220 > 210
    "办理法律援助案件210件，其中刑事案件120件、民事案件100件；投入经费65万元，其中省级30万元、市级20万元。",
    # 60 + 50 = 110 > 95
    "受理投诉95件，罚款金额28万元，其中价格投诉60件、质量投诉50件。",
    # 40 + 30 = 70 > 64
    "出具法律意见书64份，其中合同类40份、决策类30份；审核经费投入12万元。",
    # 200 + 160 = 360 > 340
    "受理劳动争议案件340件，其中劳动报酬类200件、社会保险类160件；涉案金额1900万元，其中追回1200万元。",
    # 110 + 90 = 200 > 180
    "开展执法检查180次，其中联合检查110次、专项检查90次；检查企业860家。",
]


@pytest.mark.parametrize("text", OTHER_UNIT_CONSISTENT)
def test_figures_after_another_units_list_are_no_parts(text: str) -> None:
    assert _codes(text, _PARTS) == []


@pytest.mark.parametrize("text", OTHER_UNIT_WRONG)
def test_list_before_the_semicolon_still_read(text: str) -> None:
    assert _codes(text, _PARTS)


# --- 3. a rate with a subject of its own after a semicolon ---------------------------------

RATE_OWN_STATEMENT_CONSISTENT = [
    # 6 ÷ 342 = 1.8%: 好评率 is of 政务服务, not of the 信访事项类 opinions
    "出具法律意见书342份，其中重大决策类162份、行政协议类174份、信访事项类6份；政务服务好评率达到90.4%。",
    # 3,100 ÷ 5,400 = 57.4%: the coverage is of inspections of firms, not of 超速
    "查处交通违法行为5400起，其中酒驾120起、超速3100起；道路运输企业安全检查覆盖率95.2%。",
    # 18 ÷ 310 = 5.8%: 公平竞争审查 is not 废止
    "清理规范性文件310件，其中修改26件、废止18件；公平竞争审查覆盖率100%。",
    "审查合同120份，其中采购合同70份、租赁合同38份、其他合同12份；行政机关负责人出庭应诉率100%。",
    "受理信访事项260件，其中来信90件、来访170件；12345热线按时回复率98.6%。",
    "培训执法人员860人次，其中新任执法人员140人次；执法证件年审通过率99.1%。",
    "开展法治讲座48场，其中进企业21场、进学校17场；群众法治知识知晓率91.3%。",
    "调解矛盾纠纷1200件，其中婚姻家庭类410件、邻里类520件；村（社区）法律顾问覆盖率100%。",
]

RATE_OWN_STATEMENT_WRONG = [
    # 107 ÷ 860 = 12.4% != 15.4% (不合格 names the part)
    "抽检食品860批次，其中发现不合格的107批次；不合格检出比例为15.4%。",
    # 301 ÷ 312 = 96.5% != 94.5% (法律顾问 names the part)
    "全区312个村中已配备法律顾问的301个；法律顾问覆盖率为94.5%。",
    # a bare generic rate still reads the figure before: 96.5% != 94.5%
    "全区312个村中已配备法律顾问的301个；覆盖率为94.5%。",
    # 150 ÷ 600 = 25% != 30%
    # (a name opening with the numerator's own thing, 「远程检查覆盖率」, may be that population's
    # rate and is left alone: rates._population_named; the whole's noun first names the share)
    "检查企业600家，其中远程检查150家；企业远程检查覆盖率30%。",
    # 120 ÷ 200 = 60% != 50%
    "审结案件200件，其中调解结案120件；调解结案率50%。",
    # 18 ÷ 21 = 85.7% != 90.5%
    "全镇21个村中已建成法治文化广场18个；法治文化广场覆盖率90.5%。",
    # 378 ÷ 420 = 90.0% != 92.0%
    "排查企业420家，其中完成合规整改的378家；合规整改完成率92.0%。",
    # 35 ÷ 500 = 7.0% != 9.0%
    "送检样品500批次，其中检出农药残留超标的35批次；农药残留超标率9.0%。",
    # 560 ÷ 800 = 70.0% != 75.0%
    "受理投诉800件，其中调解成功的560件；调解成功率75.0%。",
]


@pytest.mark.parametrize("text", RATE_OWN_STATEMENT_CONSISTENT)
def test_rate_of_its_own_subject_is_silent(text: str) -> None:
    assert _codes(text, _RATE) == []


@pytest.mark.parametrize("text", RATE_OWN_STATEMENT_WRONG)
def test_rate_named_by_the_part_still_reported(text: str) -> None:
    assert _codes(text, _RATE)


# --- 4. a change right after a figure of another unit --------------------------------------

CHANGE_OWN_FIGURE_CONSISTENT = [
    # 2,005 ÷ 1,675 = +19.7%; 58.7% is of the 12.4 working days (30 → 12.4: 58.7%)
    "办理法律援助案件2005件，较上年的1675件增长19.7%。法定办理时限30个工作日，平均办理用时12.4个工作日，压缩58.7%。",
    # 3,600 ÷ 3,000 = +20.0%; 35.2% is of the 8.5 days
    "受理行政许可申请3600件，较上年的3000件增长20.0%。平均审批时间8.5天，缩短35.2%。",
    # 4,200 ÷ 3,500 = +20%; 23.3% is of the 2.3 working days
    "全年办理公证事项4200件，上年为3500件。平均出证时间2.3个工作日，同比缩短23.3%。",
    # 480 ÷ 400 = +20.0%
    "查处违法案件480件，较上年的400件增长20.0%。群众投诉平均办结时长5.6天，下降41.7%。",
    # 260 ÷ 200 = +30%
    "受理复议申请260件，上年同期为200件。案件平均审理周期42天，同比缩短16.0%。",
    # 1,500 ÷ 1,200 = +25.0%
    "全年调解纠纷1500件，较上年的1200件增长25.0%。人均调解时长3.2小时，减少20.0%。",
    # 180 ÷ 150 = +20%
    "审结行政诉讼案件180件，上年为150件。平均庭审时间1.8小时，同比压缩10.0%。",
    # 7.2 ÷ 6 = +20.0%
    "办理不动产登记7.2万件，较上年的6万件增长20.0%。一般登记办理时限3个工作日，压缩50.0%。",
]

CHANGE_ACROSS_WRONG = [
    # (312 − 286) ÷ 312 = 8.3% != 19.3%
    "全年办理法律援助案件286件。上年同期为312件。同比下降19.3%。",
    # 1,200 ÷ 1,000 = +20% != 30%
    "全年受理消费投诉1200件，上年为1000件。同比增长30.0%。",
    # (46 − 40) ÷ 46 = 13.0% != 23.0% (9 → 7: 22.2% fits)
    "全年发生火灾事故40起、受伤7人（上年分别为46起、9人）。火灾起数和受伤人数分别下降23.0%和22.2%。",
    # 150 ÷ 120 = +25% != 35%
    "全年查处无证经营案件150件。上年同期为120件。同比增长35.0%。",
    # 4,200 ÷ 3,500 = +20% != 30%
    "全年办理公证事项4200件，上年为3500件。同比增长30.0%。",
    # 1,500 ÷ 1,200 = +25% != 20%
    "全年调解纠纷1500件。上年为1200件。同比增长20.0%。",
    # 260 ÷ 200 = +30% != 40%
    "全年受理复议申请260件，上年同期为200件。同比增长40.0%。",
    # 900 ÷ 1,000 = −10% != −20%
    "全年接待来访群众900人次。上年为1000人次。同比下降20.0%。",
]


@pytest.mark.parametrize("text", CHANGE_OWN_FIGURE_CONSISTENT)
def test_change_of_its_own_figure_is_silent(text: str) -> None:
    assert _codes(text, _CHANGE) == []


@pytest.mark.parametrize("text", CHANGE_ACROSS_WRONG)
def test_change_across_sentences_still_reported(text: str) -> None:
    assert _codes(text, _CHANGE)


# --- 5. a clause opening with a time or frame word ends a 其中 list ------------------------

OPENER_CONSISTENT = [
    # 50 + 40 = 90 <= 120 (the 60 of 举报 is no part)
    "受理投诉120件，其中价格类50件、质量类40件，同时受理举报60件。",
    # 30 + 35 = 65 <= 80
    "审结案件80件，其中调解结案30件、判决结案35件，此外办理执行案件40件。",
    # 120 + 150 = 270 <= 300
    "接待来访群众300人次，其中集体访120人次、个人访150人次，全年另接待来信群众90人次。",
    # 12 + 20 = 32 <= 45
    "全区建成法治示范村45个，其中省级12个、市级20个，目前在建示范村18个。",
    # 120 + 50 = 170 <= 200
    "出具法律意见书200份，其中合同类120份、决策类50份，同时审核合同90份。",
    # 70 + 40 = 110 <= 150
    "查处违法案件150件，其中食品类70件、药品类40件，截至年底移送公安机关案件45件。",
    # 120 + 200 = 320 <= 500
    "培训执法人员500人，其中新任执法人员120人、骨干人员200人，本年度新增持证人员230人。",
    # 600 + 300 = 900 <= 1,000
    "办理行政许可1000件，其中即办件600件、承诺件300件，今年新增告知承诺件150件。",
]

OPENER_WRONG = [
    "受理投诉120件，其中价格类70件、质量类60件，同时受理举报60件。",  # 130 > 120
    "审结案件80件，其中调解结案50件、判决结案35件，此外办理执行案件40件。",  # 85 > 80
    "接待来访群众300人次，其中集体访160人次、个人访150人次，全年另接待来信群众90人次。",  # 310
    "全区建成法治示范村45个，其中省级22个、市级25个，目前在建示范村18个。",  # 47 > 45
    "出具法律意见书200份，其中合同类150份、决策类60份，同时审核合同90份。",  # 210 > 200
    "查处违法案件150件，其中食品类90件、药品类70件，截至年底移送公安机关案件45件。",  # 160
    "培训执法人员500人，其中新任执法人员320人、骨干人员200人，本年度新增持证人员230人。",  # 520
    "办理行政许可1000件，其中即办件700件、承诺件350件，今年新增告知承诺件150件。",  # 1,050
]


@pytest.mark.parametrize("text", OPENER_CONSISTENT)
def test_opener_ends_the_list(text: str) -> None:
    assert _codes(text, _PARTS) == []


@pytest.mark.parametrize("text", OPENER_WRONG)
def test_list_before_the_opener_still_read(text: str) -> None:
    assert _codes(text, _PARTS)


# --- 2b. the same after a comma, when 其中 breaks down a figure of another unit ------------

OTHER_UNIT_COMMA_CONSISTENT = [
    # 46 + 44 = 90; 123件 is no part of the 17件
    "审议规范性文件17件，全部经过合法性审查，全局现有执法人员90人，其中35岁以下46人、36至50岁44人，受理网上申请123件。",
    # 50 + 30 = 80; 310件 is no part of the 26件
    "办理复议案件26件，投入经费80万元，其中市级50万元、区级30万元，受理咨询310件。",
    # 20 + 40 = 60
    "调处纠纷35件，聘请调解员60名，其中专职20名、兼职40名，回访案件120件。",
    # 5 + 7 = 12
    "审查合同48份，组织培训12场，其中线上5场、线下7场，出具审查意见书96份。",
    # 900 + 600 = 1,500
    "办理公证事项70件，接待群众1500人次，其中现场900人次、线上600人次，办理证明事项180件。",
    # 160 + 80 = 240
    "受理信访事项52件，化解资金240万元，其中财政资金160万元、企业筹资80万元，录入系统数据198件。",
    # 6 + 3 = 9
    "清理文件40件，投入宣传经费9万元，其中印制资料6万元、制作视频3万元，发放资料读本560件。",
    # 160 + 50 = 210
    "审核执法决定33件，覆盖企业210家，其中民营企业160家、国有企业50家，办理案件260件。",
]

OTHER_UNIT_COMMA_WRONG = [
    "办理案件50件，涉案金额300万元，其中一般程序30件、简易程序25件。",  # 55 > 50
    "审查合同80份，涉及金额1.2亿元，其中采购合同50份、工程合同35份。",  # 85 > 80
    "调处纠纷120件，涉及群众900人，其中婚姻纠纷70件、邻里纠纷60件。",  # 130 > 120
    "查办案件64件，罚没款210万元，其中一般程序40件、简易程序30件。",  # 70 > 64
    "培训执法人员300人，培训时长40小时，其中新任人员180人、在岗人员150人。",  # 330 > 300
    "办理登记事项500件，收费12万元，其中首次登记300件、变更登记220件。",  # 520 > 500
    "接访群众260人次，化解资金80万元，其中集体访140人次、个人访130人次。",  # 270 > 260
    "受理投诉95件，罚款金额28万元，其中价格投诉60件、质量投诉50件。",  # 110 > 95
]


@pytest.mark.parametrize("text", OTHER_UNIT_COMMA_CONSISTENT)
def test_figures_after_another_units_list_comma(text: str) -> None:
    assert _codes(text, _PARTS) == []


@pytest.mark.parametrize("text", OTHER_UNIT_COMMA_WRONG)
def test_list_right_after_the_marker_still_read(text: str) -> None:
    assert _codes(text, _PARTS)


# --- 6. 分别 pairing stages of a flow ------------------------------------------------------

STAGES_CONSISTENT = [
    "清理规范性文件45件，拟修改的7件、拟废止的7件，其余继续有效；全年受理和办结行政许可事项分别为762件和597件。",
    "审议文件12件；受理和办结复议案件分别为90件和84件。",
    "排查隐患9处，整改文件8件；收到和受理申请分别为400件和380件。",
    "作出处罚决定5件；受理和审结行政诉讼案件分别为60件和52件。",
    "清理文件30件，其中废止8件；受理、办结信访事项分别为210件和205件。",
    "公布清单3件；新收和审结案件分别为140件和133件。",
    "拟废止的6件；收到和办结投诉分别为88件和80件。",
    "修订制度10件；受理和办结政府信息公开申请分别为56件和56件。",
]

KINDS_RESPECTIVE_WRONG = [
    "共受理案件120件；其中行政案件和民事案件分别为70件和60件。",  # 130 > 120
    "共受理案件120件，行政案件和民事案件分别为70件和60件。",  # 130 > 120
    "受理投诉80件，价格投诉和质量投诉分别为50件和40件。",  # 90 > 80
    "接待群众300人次，来信和来访分别为160人次和150人次。",  # 310 > 300
    "检查企业200家，国有企业和民营企业分别为90家和120家。",  # 210 > 200
    "办理许可400件，即办件和承诺件分别为250件和160件。",  # 410 > 400
    "审查合同60份，采购合同和工程合同分别为35份和30份。",  # 65 > 60
    "办理行政执法案件90件，一般程序和简易程序分别为50件和45件。",  # 95 > 90
]


@pytest.mark.parametrize("text", STAGES_CONSISTENT)
def test_stages_paired_are_no_parts(text: str) -> None:
    assert _codes(text, _PARTS) == []


@pytest.mark.parametrize("text", KINDS_RESPECTIVE_WRONG)
def test_kinds_paired_still_parts(text: str) -> None:
    assert _codes(text, _PARTS)


# --- 3b. a rate opening with 同时 / 此外 ---------------------------------------------------

RATE_OPENER_CONSISTENT = [
    "审查案件50起，其中重大案件7起，同时执法案卷合格率87.4%。",  # 7 ÷ 50 = 14%: another thing
    "受理复议申请257起，其中涉企案件9起，同时行政复议纠错率8.5%。",
    "检查单位819个，其中重点单位50个，同时执法案卷合格率81.1%。",
    "调解纠纷300件，其中涉老纠纷25件，此外群众满意率97.0%。",
    "培训人员420人，其中新进人员36人，同时考试通过率98.1%。",
    "清理文件210件，其中部门文件40件，此外公平竞争审查率100%。",
    "查处案件180件，其中涉企案件60件，同时行政处罚决定公示率100%。",
    "办理援助案件520件，其中刑事案件130件，同时受援人满意率99.2%。",
]

RATE_OPENER_WRONG = [
    "审查案件50起，其中重大案件7起，同时重大案件占比12%。",  # 7 ÷ 50 = 14%
    "调解纠纷300件，其中调解成功270件，同时调解成功率95.0%。",  # 90%
    "检查企业600家，其中远程检查150家，同时远程检查覆盖率30%。",  # 25%
    "抽检样品500批次，其中不合格35批次，此外不合格率9.0%。",  # 7%
    "受理投诉800件，其中调解成功的560件，同时调解成功率75.0%。",  # 70%
    "审结案件200件，其中调解结案120件，同时调解结案率50%。",  # 60%
    "回访当事人400人，其中表示满意的380人，同时满意率92.0%。",  # 95%
    "全镇21个村中已建成法治文化广场18个，此外法治文化广场覆盖率90.5%。",  # 85.7%
]


@pytest.mark.parametrize("text", RATE_OPENER_CONSISTENT)
def test_rate_after_opener_of_another_thing(text: str) -> None:
    assert _codes(text, _RATE) == []


@pytest.mark.parametrize("text", RATE_OPENER_WRONG)
def test_rate_after_opener_naming_the_part(text: str) -> None:
    assert _codes(text, _RATE)


# --- 7. a span, its length and its start stand in one statement ---------------------------

_DATES = ("N304",)

DATES_CONSISTENT = [
    # 4/16 .. 7/5 = 15 + 31 + 30 + 5 = 81 days
    "同时4月16日至7月5日开展专项整治，为期81天；此外，1至8月共受理网上申请868件，9月起全面推行电子证照。",
    # 4/16 .. 7/4 = 80 days; 7/1 starts another statement
    "自2025年7月1日起施行新修订的执法程序规定，并于8月底前完成首轮培训；此外，收到申请1110件；4月16日至7月4日开展专项整治，为期80天。",
    # 8月起 and 7月底前 stand in different statements
    "1至7月共受理网上申请811件，8月起全面推行电子证照；自2024年6月1日起施行新修订的执法程序规定，并于7月底前完成首轮培训。",
    # 3/1 .. 5/31 = 31 + 30 + 31 = 92 days
    "2023年3月1日至5月31日开展集中整治，为期92天；6月起转入常态化监管，并于10月底前完成复查。",
    "2024年5月10日起开展排查，为期30天；此外，9月1日至9月30日开展回头看。",
    "2022年8月1日起试行新规，9月底前完成培训；自2022年3月起开展的清理工作已于6月底完成。",
    # 2/6 .. 3/17 = 23 + 17 = 40 days
    "2023年2月6日至3月17日开展执法练兵，为期40天；7月1日至7月31日开展案卷评查。",
    # 10/8 .. 11/6 = 24 + 6 = 30 days
    "2021年10月8日至11月6日开展专项行动，历时30天；12月1日起施行新的裁量基准。",
]

DATES_WRONG = [
    "2024年4月16日至7月5日开展专项整治，为期91天；此外，受理申请868件。",  # 81
    "2023年3月1日至5月31日开展集中整治，为期82天；6月起转入常态化监管。",  # 92
    "2023年2月6日至3月17日开展执法练兵，为期30天；7月1日起开展案卷评查。",  # 40
    "2021年10月8日至11月6日开展专项行动，历时40天；12月1日起施行新的裁量基准。",  # 30
    "自2024年6月1日起施行新规定，并于5月底前完成首轮培训；受理申请80件。",  # end before start
    "2022年8月1日起试行新规，并于7月底前完成培训；此外，审结案件40件。",  # end before start
    "2025年1月10日至2月8日开展调研，为期20天；此外，形成报告3份。",  # 22 + 8 = 30
    "2022年9月5日至9月24日开展督查，为期30天；此外，发现问题12个。",  # 20
]


@pytest.mark.parametrize("text", DATES_CONSISTENT)
def test_dates_of_other_statements_not_joined(text: str) -> None:
    assert _codes(text, _DATES) == []


@pytest.mark.parametrize("text", DATES_WRONG)
def test_span_in_its_statement_still_read(text: str) -> None:
    assert _codes(text, _DATES)


# --- 4b. a change after a semicolon, right after a figure of another unit -----------------

CHANGE_IN_SENTENCE_CONSISTENT = [
    "开展抽查2319次，较上年的1827次增长26.9%；此外，行政复议纠错率为87.4%，比上年下降1.6个百分点；此外，平均办理用时21.4个工作日，压缩28.7%。",
    "受理申请3600件，较上年的3000件增长20.0%；平均审批时间8.5天，缩短35.2%。",
    "办理公证4200件，上年为3500件；平均出证时间2.3个工作日，同比缩短23.3%。",
    "查处案件480件，较上年的400件增长20.0%；投诉平均办结时长5.6天，下降41.7%。",
    "受理复议申请260件，上年同期为200件；案件平均审理周期42天，同比缩短16.0%。",
    "调解纠纷1500件，较上年的1200件增长25.0%；人均调解时长3.2小时，减少20.0%。",
    "审结诉讼案件180件，上年为150件；平均庭审时间1.8小时，同比压缩10.0%。",
    "办理登记7.2万件，较上年的6万件增长20.0%；登记办理时限3个工作日，压缩50.0%。",
]

CHANGE_IN_SENTENCE_WRONG = [
    "受理案件500件，上年为400件；同比增长35%。",  # 25%
    "受理案件500件，上年为400件；审结480件，同比增长35%。",  # 25% (or 20%)
    "办理公证4200件，上年为3500件；同比增长30.0%。",  # 20%
    "调解纠纷1500件，较上年的1200件增长35.0%；人均调解时长3.2小时。",  # 25%
    "受理复议申请260件，上年同期为200件；同比增长40.0%。",  # 30%
    "接待群众900人次，上年为1000人次；同比下降20.0%。",  # 10%
    "查处案件480件，较上年的400件增长30.0%；平均办结时长5.6天。",  # 20%
    "审结诉讼案件180件，上年为150件；同比增长30.0%。",  # 20%
]


@pytest.mark.parametrize("text", CHANGE_IN_SENTENCE_CONSISTENT)
def test_change_of_a_later_figure_is_silent(text: str) -> None:
    assert _codes(text, _CHANGE) == []


@pytest.mark.parametrize("text", CHANGE_IN_SENTENCE_WRONG)
def test_change_in_sentence_still_reported(text: str) -> None:
    assert _codes(text, _CHANGE)


# --- 8. a stock joined by 同时 / 此外 starts afresh ----------------------------------------

STOCK_JOINED_CONSISTENT = [
    # 10 + 50 = 60 = 45 + 15; the 380 of 信访 is no part of that stock
    "办结信访事项380件，同时上年结转复议案件10件，本年新收50件，审结45件，结转下年15件。",
    # 21 + 130 = 151 = 128 + 23
    "审结民事案件900件，同时上年结转行政复议案件21件，本年新收130件，审结128件，结转下年23件。",
    # 40 + 300 = 340 = 310 + 30
    "办结投诉举报1250件，此外上年结转劳动争议案件40件，本年新收300件，结案310件，结转下年30件。",
    # 15 + 180 = 195 = 170 + 25
    "办结咨询事项620件，同时上年结转仲裁案件15件，本年受理180件，结案170件，结转下年25件。",
    # 8 + 60 = 68 = 58 + 10
    "办结政务服务事项5000件，同时上年结转复议案件8件，本年新收60件，审结58件，结转下年10件。",
    # 30 + 210 = 240 = 200 + 40
    "审结刑事案件700件，此外上年结转行政诉讼案件30件，本年新收210件，审结200件，结转下年40件。",
    # 12 + 96 = 108 = 100 + 8
    "办结12345工单3400件，同时上年结转信访事项12件，本年新收96件，办结100件，结转下年8件。",
    # 4 + 20 = 24 = 22 + 2
    "审结执行案件560件，同时上年结转行政赔偿案件4件，本年新收20件，审结22件，结转下年2件。",
]

STOCK_JOINED_WRONG = [
    "上年结转行政复议案件34件，本年新收92件，同时审结65件，结转下年71件。",  # 126 != 136
    "办结信访事项380件，同时上年结转复议案件10件，本年新收50件，审结45件，结转下年25件。",  # 60 != 70
    "审结民事案件900件，同时上年结转行政复议案件21件，本年新收130件，审结128件，结转下年33件。",  # 151 != 161
    "办结投诉举报1250件，此外上年结转劳动争议案件40件，本年新收300件，结案310件，结转下年40件。",  # 340 != 350
    "办结咨询事项620件，同时上年结转仲裁案件15件，本年受理180件，结案170件，结转下年35件。",  # 195 != 205
    "办结政务服务事项5000件，同时上年结转复议案件8件，本年新收60件，审结58件，结转下年20件。",  # 68 != 78
    "审结刑事案件700件，此外上年结转行政诉讼案件30件，本年新收210件，审结200件，结转下年50件。",  # 240 != 250
    "办结12345工单3400件，同时上年结转信访事项12件，本年新收96件，办结100件，结转下年18件。",  # 108 != 118
]


@pytest.mark.parametrize("text", STOCK_JOINED_CONSISTENT)
def test_stock_after_a_join_starts_afresh(text: str) -> None:
    assert _codes(text, _FLOW) == []


@pytest.mark.parametrize("text", STOCK_JOINED_WRONG)
def test_stock_after_a_join_still_balanced(text: str) -> None:
    assert _codes(text, _FLOW)
