"""Session 9 (set 18's false errors and its warning on a consistent case), three layers:

1. whole/parts: after a semicolon, a clause opening with 对/针对 that names its figure by a
   的-clause (「；对逾期未整改的12家企业依法处罚」) is the object of an action stated after
   the figure, a statement of its own, not one more part of the 其中 list before; and a
   list ended there still nests a part a rate draws from an earlier part.
2. periods (N302): verbless words before two figures that only lead to an object (「对全区
   1,380家普查对象开展抽查」) name no measure; what each counts follows the figure. Paragraphs
   apart, a verbless link on fewer than four shared characters is a warning.
3. averages (N205): a change of an average (「案均补贴较上年提高200元」) is no average.

Every sentence is written for these tests, each verdict derived by hand in its comment."""

from __future__ import annotations

import pytest

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def _found(text: str, prefix: str) -> list[tuple[str, Severity, str]]:
    return [
        (r.code, r.severity, r.message)
        for r in contradictions(analyze_text(text, 2025))
        if r.code.startswith(prefix)
    ]


# --- 1. an object clause after a semicolon ends the 其中 list ------------------------------

OBJECT_CLAUSE_CONSISTENT = [
    # 1,830 registered: 1,512 inspected, 1,466 passed (1,466 / 1,512 = 96.96% -> 97.0%),
    # the 39 not inspected for two years are an object of a new statement
    "全县登记在册的民办培训机构1830家，其中按规定接受年度检查的1512家，检查合格的1466家，"
    "合格率为97.0%；对连续两年未接受检查的39家机构依法注销办学许可。",
    # 946 enterprises: 812 self-checked, 790 passed (790 / 812 = 97.29% -> 97.3%)
    "全区纳入安全生产监管的企业946家，其中完成隐患自查的812家，自查合格的790家，合格率97.3%；"
    "对逾期未完成自查的61家企业下达责令限期整改通知书。",
    # 3,260 licences: 2,984 renewed, 2,911 approved (2,911 / 2,984 = 97.55% -> 97.6%)
    "全市有效期内的食品经营许可证3260张，其中申请延续的2984张，准予延续的2911张，准予率97.6%；"
    "对到期未申请延续的118张许可证依法办理注销手续。",
    # 520 villages: 468 reported, 455 on time (455 / 468 = 97.22% -> 97.2%)
    "全县建有村级调解委员会的行政村520个，其中按时报送调解台账的468个，台账规范的455个，"
    "规范率97.2%；针对多次未报送台账的17个村开展约谈督导。",
    # the 对-clause without a rate before it: 2,140 cases, 1,980 closed on time
    "区市场监管局全年办理投诉举报2140件，其中按期办结的1980件；"
    "对涉及同一经营者的35件投诉实行集中调解。",
    # no 其中 rate, a narrower object after: 710 firms, 655 filed
    "全区应报送年度报告的个体工商户710户，其中按期报送的655户；"
    "对长期未经营的82户依法标记为异常状态。",
    # 针对: 430 schools, 401 checked, 392 passed (392 / 401 = 97.76% -> 97.8%)
    "全市纳入校园安全排查的学校430所，其中完成排查的401所，排查合格的392所，合格率97.8%；"
    "针对排查中发现隐患的9所学校逐一挂牌督办。",
    # the 对-clause in one paragraph with another after (2,600 = 2,600)
    "全区共有网格员2600名，其中专职网格员1450名、兼职网格员1150名；"
    "对年度考核不合格的23名网格员予以调整。",
]

OBJECT_CLAUSE_WRONG = [
    # 分别为 before the semicolon: 520 + 300 = 820 != 800
    "全县登记在册的社会团体800家，其中行业协会和学术团体分别为520家、300家；"
    "对连续两年未年检的26家团体依法撤销登记。",
    # 其中 A、B by nature (线上/线下): 1,200 + 700 = 1,900 != 1,800
    "全区全年受理行政许可申请1800件，其中线上受理1200件、线下受理700件；"
    "对材料不全的64件申请一次性告知补正。",
    # 男/女: 340 + 190 = 530 != 520
    "全市注册的法律援助志愿者520名，其中男性340名、女性190名；"
    "对长期未参加服务的31名志愿者予以清退。",
    # parts larger than the whole (2,315 > 2,100)
    "全市登记在册的养老机构2100家，其中参加年度评估的2315家；"
    "对连续两年未参加评估的47家机构依法处理。",
    # 其余: 610 + 280 + 90 = 980 != 960
    "全县共有公共法律服务工作室960个，其中村级工作室610个、社区工作室280个，其余90个设在园区；"
    "对未按要求值班的12个工作室通报批评。",
    # 普通/简易程序: 410 + 160 = 570 != 560
    "区城管执法局全年办理行政处罚案件560件，其中普通程序410件、简易程序160件；"
    "对涉及多次违法的28件案件从重处罚。",
    # 一审/二审: 230 + 95 = 325 != 315
    "全区行政机关全年应诉案件315件，其中一审案件230件、二审案件95件；"
    "对败诉的14件案件逐一开展复盘分析。",
    # 城镇/农村: 5,100 + 2,300 = 7,400 != 7,300
    "全县享受最低生活保障的困难群众7300人，其中城镇低保对象5100人、农村低保对象2300人；"
    "对多次核查不符合条件的46人停发低保金。",
]


@pytest.mark.parametrize("text", OBJECT_CLAUSE_CONSISTENT)
def test_object_clause_consistent(text: str) -> None:
    assert _found(text, "N10") == []


@pytest.mark.parametrize("text", OBJECT_CLAUSE_WRONG)
def test_object_clause_wrong(text: str) -> None:
    assert _found(text, "N10"), text


# --- 2. a figure led to its object names what it counts after it --------------------------

OBJECT_LEAD_CONSISTENT = [
    # 上半年 checks of one kind, 全年 of another: different measures (680 > 52 is no slip)
    "2025年上半年共对全市680家重点企业开展安全生产隐患排查，隐患全部整改到位。\n"
    "全年共对全市52家危化品企业开展执法检查，立案查处违法案件6件。",
    "2025年上半年，共对全县1,240户经营主体开展信用信息核查。\n"
    "全年共对全县96户经营主体实施重点监管，列入异常名录11户。",
    "上半年共向全区3,600名网格员发放法治宣传资料。\n"
    "全年共向全区210名网格员颁发优秀网格员证书，表彰先进典型。",
    "上半年共为全市2,480名新市民办理居住证登记。\n"
    "全年共为全市150名新市民提供法律援助服务，挽回经济损失86万元。",
    # in one paragraph, two sentences
    "上半年共对全区420家医疗机构开展依法执业自查。全年共对全区38家医疗机构开展重点抽查，"
    "发现问题线索12条。",
    "上半年共对全镇1,050户农户开展防汛安全宣传。全年共对全镇64户农户开展危房鉴定，"
    "全部落实安置措施。",
    # the year larger: consistent anyway (860 >= 720)
    "上半年共对全市720家餐饮单位开展油烟排放检查。\n全年共对全市860家餐饮单位开展油烟排放检查。",
    "上半年共对全县310所学校开展食堂食品安全检查。\n全年共对全县310所学校开展食堂食品安全检查。",
]

OBJECT_LEAD_WRONG = [
    # the same object and the same action after the figures: 全年 < 上半年
    "上半年共对全市720家餐饮单位开展油烟排放检查。\n全年共对全市650家餐饮单位开展油烟排放检查。",
    "上半年共对全县310所学校开展食堂食品安全检查。\n全年共对全县290所学校开展食堂食品安全检查。",
    "上半年共向全区3,600名网格员发放法治宣传资料。\n全年共向全区3,100名网格员发放法治宣传资料。",
    "上半年共为全市2,480名新市民办理居住证登记。\n全年共为全市2,150名新市民办理居住证登记。",
    "上半年共对全区420家医疗机构开展依法执业检查。全年共对全区380家医疗机构开展依法执业检查。",
    "前三季度共对全镇1,050户农户开展防汛安全宣传。\n全年共对全镇980户农户开展防汛安全宣传。",
    "1至9月共对全县1,240户经营主体开展信用信息核查。\n全年共对全县1,180户经营主体开展信用信息核查。",
    "上半年共对全市680家重点企业开展隐患排查。\n全年共对全市600家重点企业开展隐患排查。",
]


@pytest.mark.parametrize("text", OBJECT_LEAD_CONSISTENT)
def test_object_lead_consistent(text: str) -> None:
    assert _found(text, "N302") == []


@pytest.mark.parametrize("text", OBJECT_LEAD_WRONG)
def test_object_lead_wrong(text: str) -> None:
    assert _found(text, "N302"), text


def test_short_verbless_link_across_paragraphs_is_a_warning() -> None:
    # linked by 对全区 alone paragraphs apart (3 characters): a reading, never an error
    text = "上半年共对全区720家开展检查。\n全年共对全区650家开展检查。"
    assert all(s is Severity.WARNING for _, s, _ in _found(text, "N302"))


# --- 3. a change of an average is no average -----------------------------------------------

CHANGE_CONSISTENT = [
    # 196万元 / 743件 = 2,638元: the 200元 is how much the average grew
    "全年法律援助经费196万元。全年办理法律援助案件743件，案均补贴标准较上年提高200元。",
    "全年发放困难群众救助金860万元，救助2,150人次，人均救助水平较上年提高150元。",
    "全区投入普法经费120万元，常住人口48万人，人均普法经费比上年增加0.5元。",
    "全年调解矛盾纠纷3,400件，调解员186名，人均调解量同比增加3件。",
    "全年支出法律顾问经费96万元，服务村（社区）120个，村均经费较上年增长1,000元。",
    "全年受理行政复议案件420件，办案人员12名，人均办案数较上年减少4件。",
    "全年发放见义勇为奖励资金54万元，奖励36人，人均奖励金额比上年提高2,000元。",
    "全年办结信访事项1,260件，件均办理时长较上年缩短，日均办理量较上年增加0.6件。",
]

CHANGE_WRONG = [
    # 1,960,000元 / 743件 = 2,637.95元 != 26,380元 (ten times: a slip), the change beside
    "全年法律援助经费196万元，全年办理法律援助案件743件，案均补贴26,380元，较上年提高200元。",
    # 860万元 / 2,150 = 4,000元 != 400元 (a power-of-ten slip)
    "全年发放困难群众救助金860万元，救助困难群众2,150人，人均救助400元，较上年提高150元。",
    # 120万元 / 48万人 = 2.5元 != 25元
    "全区投入普法经费120万元，常住人口48万人，人均普法经费25元。",
    # 3,400 / 186 = 18.3件 != 183件
    "全年调解矛盾纠纷3,400件，调解员186名，人均调解183件，同比增加3件。",
    # 96万元 / 120户 = 8,000元 != 800元
    "全年发放临时生活补贴96万元，惠及困难家庭120户，户均补贴800元，较上年增长1,000元。",
    # 420 / 12 = 35件 != 350件
    "全年受理行政复议案件420件，办案人员12名，人均办案350件，较上年减少4件。",
    # 54万元 / 36人 = 15,000元 != 1,500元
    "全年发放见义勇为奖励资金54万元，奖励36人，人均奖励1,500元，比上年提高2,000元。",
    # 3,650件 / 365天 = 10件 != 100件
    "全年办结信访事项3,650件，日均办理100件，较上年增加0.6件。",
]


@pytest.mark.parametrize("text", CHANGE_CONSISTENT)
def test_change_of_average_consistent(text: str) -> None:
    assert _found(text, "N205") == []


@pytest.mark.parametrize("text", CHANGE_WRONG)
def test_change_of_average_wrong(text: str) -> None:
    assert _found(text, "N205"), text


# --- 4. a reason between the figure still open and its state -------------------------------

REASON_WRONG = [
    # 1,180 + 35 = 1,215 != 1,206 received
    "区信访局全年受理群众来信来访1,206件，已办结1,180件，尚有35件因涉及多个部门职责正在协调处理。",
    # 412 + 16 = 428 != 420
    "区人社局全年受理劳动人事争议仲裁案件420件，审结412件，仍有16件由于当事人申请鉴定尚在审理。",
    # 2,630 + 52 = 2,682 != 2,675, across paragraphs with 上述
    "区市场监管局全年接收消费投诉2,675件，主要涉及预付式消费和网络购物。\n"
    "截至年底，上述投诉已办结2,630件，尚有52件因经营者下落不明仍在核查。",
    # 88 + 9 = 97 != 95
    "县自然资源局全年立案查处违法用地案件95件，已结案88件，另有9件因涉及权属争议正在调查。",
    # 301 + 12 = 313 != 310
    "区住建局全年受理物业纠纷投诉310件，办结301件，尚有12件因业主意见分歧较大仍处于调解阶段。",
    # 640 + 25 = 665 != 656
    "区司法局全年受理法律援助申请656件，办结640件，尚有25件因案情复杂正在办理。",
    # 1,530 + 44 = 1,574 != 1,566
    "街道综合执法队全年受理群众举报1,566件，已办结1,530件，尚有44件因涉及历史遗留问题正在协调。",
    # 73 + 6 = 79 != 78
    "县生态环境局全年受理环境信访举报78件，办结73件，尚有6件因需第三方检测仍在调查。",
]

REASON_CONSISTENT = [
    # the same, balanced (1,180 + 26 = 1,206, 412 + 8 = 420, …)
    "区信访局全年受理群众来信来访1,206件，已办结1,180件，尚有26件因涉及多个部门职责正在协调处理。",
    "区人社局全年受理劳动人事争议仲裁案件420件，审结412件，仍有8件由于当事人申请鉴定尚在审理。",
    "区市场监管局全年接收消费投诉2,675件，主要涉及预付式消费和网络购物。\n"
    "截至年底，上述投诉已办结2,630件，尚有45件因经营者下落不明仍在核查。",
    "县自然资源局全年立案查处违法用地案件95件，已结案88件，另有7件因涉及权属争议正在调查。",
    "区住建局全年受理物业纠纷投诉310件，办结301件，尚有9件因业主意见分歧较大仍处于调解阶段。",
    "区司法局全年受理法律援助申请656件，办结640件，尚有16件因案情复杂正在办理。",
    # a reason with an ended state (终止): no figure still open, nothing to balance
    "街道综合执法队全年受理群众举报1,566件，已办结1,530件，另有44件因举报人撤回已终止办理。",
    # a reason and a state of another time (上半年): not the year's open figure
    "县生态环境局全年受理环境信访举报78件，办结73件，上半年曾有12件因需第三方检测仍在调查。",
]


@pytest.mark.parametrize("text", REASON_WRONG)
def test_reason_before_open_state_wrong(text: str) -> None:
    assert _found(text, "N10"), text


@pytest.mark.parametrize("text", REASON_CONSISTENT)
def test_reason_before_open_state_consistent(text: str) -> None:
    assert _found(text, "N10") == []


def test_run_of_fates_after_a_rest_breaks_the_rest_down() -> None:
    # 1,380 received: 52 referred, the other 1,328 accepted; 1,301 + 27 = 1,328 (balanced)
    text = (
        "全年共收到群众食品安全投诉1,380件，经核实不属于本部门管辖的已移送有关部门52件，"
        "其余1,328件全部受理并交稽查大队核查，截至年底已办结1,301件，另有27件因需检验检测正在调查处理。"
    )
    assert _found(text, "N10") == []
