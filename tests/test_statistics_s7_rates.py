"""Rates, shares and units, session 7 (issue 9): a rate whose numerator is in its own
sentence and whose base was stated paragraphs before; shares of a distribution that cannot
be complete.

Every sentence is written for these tests from the general mechanism (bodies, nouns and
numbers varied; none is taken from a statistics set). The expected verdicts were worked out
by hand:

* rates across paragraphs: 1,100 ÷ 1,250 = 88%, 9 ÷ 86 = 10.47%, 112 ÷ 1,860 = 6.02%,
  296 ÷ 320 = 92.5%, 2,280 ÷ 2,400 = 95%, 494 ÷ 520 = 95%, 3,300 ÷ 3,600 = 91.67%,
  1,026 ÷ 1,080 = 95%, 720 ÷ 800 = 90%, 2.3万 ÷ 2.5万 = 92% (at most 2.35 ÷ 2.45 = 95.9%),
  2,187 ÷ 2,316 = 94.43%, 7 ÷ 64 = 10.94%; traps: 15,006 ÷ 15,230 = 98.53%,
  396 ÷ 420 = 94.3% and 396 ÷ 415 = 95.4% (two bases, neither named: silent), 2,940 ÷ 3,000
  = 98%, 2 ÷ 3 = 66.67%.

A link across a full stop or a paragraph is a warning.
"""

from __future__ import annotations

import pytest

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity

E, W = Severity.ERROR, Severity.WARNING


def found(text: str) -> list[tuple[str | None, Severity | None, str]]:
    return [(r.code, r.severity, r.message) for r in contradictions(analyze_text(text, 2024))]


RATES_ACROSS = [
    "组织全市执法人员参加公共法律知识考试，实际参考2,316人。\n举办专题培训班4期，培训3,050人次。\n"
    "考试合格2,187人，合格率为96.4%。",
    "全年审结一审行政诉讼案件64件。\n制发意见书3份。\n败诉7件，败诉率为12.5%。",
    "区司法局组织执法人员参加行政执法资格考试，实际参考1,250人。\n"
    "全年开展执法监督检查36次，发现问题线索84条。\n考试合格1,100人，合格率为90%。",
    "全年区政府作为被告的一审行政诉讼案件审结86件。\n制发行政复议意见书5份、建议书3份。\n"
    "其中败诉9件，败诉率为12.5%。",
    "区市场监管局全年抽检食品1,860批次。\n开展食品安全宣传活动42场，发放资料1.2万份。\n"
    "检出不合格112批次，不合格率为7.2%。",
    "街道受理人民调解申请三百二十件。\n组织调解员培训两期。\n调解成功二百九十六件，调解成功率为95%。",
    "区人社局全年受理劳动人事争议仲裁案件2,400件。另据统计，结案2,280件，结案率为97.5%。",
    "区税务局全年受理纳税人投诉案件520件，开展税法宣传进企业活动36场。\n办结494件，办结率98%。",
    "区卫健委对辖区医疗机构开展监督检查，共检查1,080户次。\n发放宣传册3,000份。\n"
    "检查合格1,026户次，合格率为97.5%。",
    "区生态环境局全年受理环境信访件八百件。\n组织执法培训六次，培训执法人员一百二十人。\n"
    "按期办结七百二十件，按期办结率为92%。",
    "组织全区领导干部参加年度学法考试，参考人数2.5万人。\n举办法治讲座18场次，听讲4.1万人次。\n"
    "考试合格2.3万人，合格率达98%。",
    # within one paragraph, across sentences
    "组织全市执法人员参加公共法律知识考试，实际参考2,316人。举办专题培训班4期，培训3,050人次。"
    "考试合格2,187人，合格率为96.4%。",
    # the rate before its numerator
    "全年审结一审行政诉讼案件64件。\n制发意见书3份。\n败诉率为12.5%，败诉7件。",
    # a bare share, the numerator in brackets, a share noun, the rate alone in its sentence
    "全年审结一审行政诉讼案件64件。\n制发意见书3份。\n败诉案件7件，占12.5%。",
    "全年审结一审行政诉讼案件64件。\n制发意见书3份。\n败诉率12.5%（7件）。",
    "全年审结一审行政诉讼案件64件。\n制发意见书3份。\n败诉7件，败诉案件占比12.5%。",
    "全年审结一审行政诉讼案件64件。\n制发意见书3份。\n败诉7件。败诉率为12.5%。",
    "全年审结一审行政诉讼案件64件。\n制发意见书3份。\n行政机关败诉7件，败诉比例为12.5%。",
    # the sentence names the set the base counts (在处罚案件中 ← 行政处罚决定180件): 45 ÷ 180 = 25%
    "全年共作出行政处罚决定180件。\n坚持处罚与教育相结合，在处罚案件中，适用简易程序的45件，占30%。",
    # several bases of one case flow, none named: the stage right before the numerator's
    # (审结 ← 受理: 352 ÷ 386 = 91.19%; 352 ÷ 420 = 83.81%)
    "全年收到行政复议申请420件，依法受理386件。\n开展培训2次。\n审结352件，结案率95%。",
]

RATES_ACROSS_TRAPS = [
    # fits
    "组织全市执法人员参加公共法律知识考试，实际参考2,316人。\n举办专题培训班4期，培训3,050人次。\n"
    "考试合格2,187人，合格率为94.4%。",
    "全年审结一审行政诉讼案件64件。\n制发意见书3份。\n败诉7件，败诉率为10.9%。",
    "区司法局组织执法人员参加行政执法资格考试，实际参考1,250人。\n"
    "全年开展执法监督检查36次，发现问题线索84条。\n考试合格1,100人，合格率为88%。",
    # only a figure of another unit class before (人次 is not 人)
    "举办专题培训班4期，培训3,050人次。\n开展法治宣传活动12场。\n考试合格2,187人，合格率为96.4%。",
    # the rate's own scope (热线工单方面) picks the base, not the nearer figure of another thing
    "受理12345热线工单15,230件。\n依托网格平台立案事件27,410件，结案27,002件，结案率98.5%。\n"
    "热线工单方面，全年办结15,006件，办结率98.5%。",
    # two possible bases, neither named by the rate's sentence
    "全区受理行政复议申请420件，提起行政诉讼案件415件。\n组织培训2次。\n办结396件，办结率为97%。",
    # a figure of another year
    "2023年受理投诉举报1,000件。\n开展专项整治3次。\n办结980件，办结率为99%。",
    # an approximation that fits
    "全年受理群众来信来访近3000件。\n召开联席会议4次。\n办结2,940件，办结率为98%。",
    # the base stated in the rate's own sentence
    "受理复议申请120件。\n组织学习3次。\n审结案件100件，其中维持80件，维持率为80%。",
    # rounding of 2/3
    "区城管局全年受理占道经营投诉三件。\n开展整治行动五次。\n办结两件，办结率为66.7%。",
    "区城管局全年受理占道经营投诉三件。\n开展整治行动五次。\n办结两件，办结率为67%。",
    # no earlier figure can hold the numerator
    "全区培训网格员120人。\n开展巡查200次。\n考核合格1,180人，合格率为98.3%。",
    # the figure counts less than the rate's name (出庭应诉率 of 应诉案件, not of 出庭)
    "2024年共收到行政复议案件111件，受理83件。\n"
    "2024年共办理行政应诉案件12件，已结案8件，行政负责人出庭应诉率100%。",
    # 整改率 counts over the units found with hazards, not over all units checked
    "全区应急管理部门全年检查生产经营单位3,600家。\n约谈企业负责人45人。\n"
    "完成隐患整改3,300家，整改率为95.6%。",
    # a single earlier figure that shares no word with the rate's sentence
    "全区劳动力人口8.2万人。\n开展培训12期。\n新增就业1,200人，就业率96%。",
    # the rate's sentence names a set (新招录执法人员中) the earlier figure does not
    "全区共有执法人员3,200人。\n开展培训12期。\n新招录执法人员中，考试合格186人，合格率93%。",
    # either stage of the flow fits
    "全年收到行政复议申请420件，依法受理386件。\n开展培训2次。\n审结352件，结案率91.2%。",
    "全年收到行政复议申请420件，依法受理386件。\n开展培训2次。\n审结352件，结案率83.8%。",
    # the name counts less than the figure (按期办结率 of all 办结)
    "区信访局全年登记信访事项1,260件，按规定受理1,180件。\n组织接访日活动24次。\n"
    "办结1,121件，按期办结率98.6%。",
    # bare shares that fit, or whose base no earlier figure names
    "全年审结一审行政诉讼案件64件。\n制发意见书3份。\n败诉案件7件，占10.9%。",
    "全年审结一审行政诉讼案件64件。\n制发意见书3份。\n败诉7件。败诉率为10.9%。",
    "全年受理行政复议申请120件。\n开展培训3次。\n其中网上申请45件，占37.5%。",
    "受理群众来信1,200件，来访800件。\n开展培训3次。\n网上信访600件，占40%。",
    "全年办理行政许可3,600件。\n开展培训3次。\n网上办理2,880件，占比80%。",
]


@pytest.mark.parametrize("text", RATES_ACROSS)
def test_rate_against_a_base_stated_before(text: str) -> None:
    got = [(c, s) for c, s, _ in found(text)]
    assert ("N104", W) in got or ("N104", E) in got, found(text)


@pytest.mark.parametrize("text", RATES_ACROSS_TRAPS)
def test_rate_across_traps(text: str) -> None:
    assert not [f for f in found(text) if f[0] == "N104"], found(text)


def test_rate_across_takes_the_base_its_sentence_names() -> None:
    # 15,006 ÷ 15,230 = 98.53%, not 97.5%; the nearer 27,410 is another thing's (事件)
    text = (
        "受理12345热线工单15,230件。\n依托网格平台立案事件27,410件，结案27,002件，结案率98.5%。\n"
        "热线工单方面，全年办结15,006件，办结率97.5%。"
    )
    (msg,) = [m for c, _, m in found(text) if c == "N104"]
    assert "15,006÷15,230" in msg and "27,410" not in msg


def test_rate_across_message_names_its_figures() -> None:
    text = RATES_ACROSS[0]
    (msg,) = [m for c, _, m in found(text) if c == "N104"]
    assert "2,187÷2,316" in msg and "94.4%" in msg and "合格率96.4%" in msg


# shares of a distribution (从…看, 按…划分, …构成为：) closed by 和 with nothing left out:
# 52.3 + 31.4 + 9.1 = 92.8, 41.2 + 27.5 + 18.3 = 87, 38 + 49 = 87, 40 + 21 + 18 = 79,
# 46.5 + 28.1 + 15.2 = 89.8, 62.5 + 21.9 + 9.4 = 93.8, 61.3 + 22.5 + 6.8 = 90.6 (warnings);
# 62.3 + 31.4 + 9.1 = 102.8, 55.6 + 38.2 + 12.4 = 106.2, 48.6 + 39.0 + 21.0 = 108.6 (errors)
DISTRIBUTIONS = [
    (
        W,
        "全年受理政府信息公开申请1,200件。从来源看，网上申请、窗口申请和邮寄申请分别占52.3%、31.4%和9.1%。",
    ),
    (
        E,
        "全年受理政府信息公开申请1,200件。从来源看，网上申请、窗口申请和邮寄申请分别占62.3%、31.4%和9.1%。",
    ),
    (
        W,
        "区市场监管局全年办理投诉举报案件4,300件。按案件类型划分，食品类、药品类及特种设备类"
        "分别占41.2%、27.5%、18.3%。",
    ),
    (W, "区公安分局全年查处治安案件860起。从发案时段看，白天和夜间分别占38%和49%。"),
    (
        E,
        "区人社局受理劳动争议仲裁案件1,350件。从争议类型上看，劳动报酬、解除劳动合同与工伤待遇争议"
        "分别占55.6%、38.2%和12.4%。",
    ),
    (
        W,
        "街道全年调解矛盾纠纷五百余件。从纠纷类别来看，邻里纠纷占40%，家庭纠纷占21%，和物业纠纷占18%。",
    ),
    (
        W,
        "区税务局全年受理纳税咨询2.6万件。按咨询渠道统计，12366热线、办税服务厅和电子税务局"
        "分别占46.5%、28.1%和15.2%。",
    ),
    (
        W,
        "区卫健委全年受理医疗投诉320件。\n从投诉对象看，公立医院、民营医院和基层医疗卫生机构"
        "分别占62.5%、21.9%和9.4%。",
    ),
    (
        E,
        "区生态环境局全年办理环境信访件1,050件。信访事项构成为：大气污染、噪声污染和水污染"
        "分别占48.6%、39.0%和21.0%。",
    ),
    (
        W,
        "区城管局全年受理市民诉求1.8万件。从诉求来源看，12345热线、数字城管及媒体曝光"
        "分别占61.3%、22.5%、6.8%。",
    ),
]

DISTRIBUTIONS += [
    # 占比分别为 / 所占比例分别是; one 占 per item closed by 和 (45 + 20 + 15 = 80)
    (W, "从来源看，网上申请、窗口申请和邮寄申请占比分别为52.3%、31.4%和9.1%。"),
    (W, "从来源看，网上申请、窗口申请和邮寄申请所占比例分别是52.3%、31.4%和9.1%。"),
    (W, "按办理结果分，予以公开的占45%、部分公开的占20%和不予公开的占15%。"),
    (W, "从年龄结构上看，35岁以下、36至50岁和50岁以上的执法人员分别占31.5%、46.2%和12.3%。"),
]

DISTRIBUTION_TRAPS = [
    "从来源看，网上申请、窗口申请和邮寄申请占比分别为59.5%、31.4%和9.1%。",
    "按办理结果分，予以公开的占65%、部分公开的占20%和不予公开的占15%。",
    # adds up
    "全年受理政府信息公开申请1,200件。从来源看，网上申请、窗口申请和邮寄申请分别占59.5%、31.4%和9.1%。",
    # a list left open (等), a 其中 part, 主要集中在, the rest named after
    "全年受理政府信息公开申请1,200件。从来源看，网上申请、窗口申请等分别占52.3%、31.4%。",
    "全年受理政府信息公开申请1,200件。其中，网上申请、窗口申请和邮寄申请分别占52.3%、31.4%和9.1%。",
    "全年受理政府信息公开申请1,200件。从来源看，主要集中在网上申请、窗口申请和邮寄申请，"
    "分别占52.3%、31.4%和9.1%。",
    "全年受理政府信息公开申请1,200件。从来源看，网上申请、窗口申请和邮寄申请分别占52.3%、31.4%和9.1%，"
    "其他渠道占7.2%。",
    # no distribution introduced; no closing 和
    "全年受理政府信息公开申请1,200件。网上申请、窗口申请和邮寄申请分别占52.3%、31.4%和9.1%。",
    "全年受理政府信息公开申请1,200件。从来源看，网上申请占52.3%，窗口申请占31.4%，邮寄申请占9.1%。",
    # each rate of its own whole
    "从执法领域看，市场监管、生态环境和交通运输领域案件办结率分别为92.3%、91.4%和99.1%。",
    "从受理情况看，网上受理率和当场办结率分别达98.6%和85.2%。",
    # rounding of thirds
    "从考核结果看，优秀、良好和合格等次分别占33.3%、33.3%和33.4%。",
    # a share not in % (四成) among them: not all shares are read
    "街道全年调解矛盾纠纷五百余件。从纠纷类别来看，邻里纠纷占四成，家庭纠纷占21%，和物业纠纷占18%。",
    # the last share outside the 分别 list completes it
    "从年龄结构看，35岁以下和35岁至50岁的执法人员分别占41.5%和36.2%，50岁以上的占22.3%。",
]


@pytest.mark.parametrize(("severity", "text"), DISTRIBUTIONS)
def test_distribution_shares_must_be_complete(severity: Severity, text: str) -> None:
    assert ("N102", severity) in [(c, s) for c, s, _ in found(text)], found(text)


@pytest.mark.parametrize("text", DISTRIBUTION_TRAPS)
def test_distribution_traps(text: str) -> None:
    assert not [f for f in found(text) if f[0] in ("N101", "N102")], found(text)


def test_distribution_message_shows_the_sum() -> None:
    (msg,) = [m for c, _, m in found(DISTRIBUTIONS[0][1]) if c == "N102"]
    assert "92.8%" in msg and "52.3%＋31.4%＋9.1%" in msg


# 「占…的X%」 with the whole inside the 占 clause, in another magnitude (万/亿): 532.6万 ÷ 4.7亿
# = 1.13%, 1,150 ÷ 1.2万 = 9.58%, 3,260万 ÷ 6.8亿 = 4.79%, 860万 ÷ 1.72亿 = 5%, 2.4万 ÷ 12万 =
# 20%, 486万 ÷ 0.54亿 = 9%, 840 ÷ 8,400 = 10%, 4,500 ÷ 0.5万 = 90%, 12.6万 ÷ 126万 = 10%;
# 320万 ÷ 1.6亿 = 2% (the whole in brackets); 1,260万 ÷ 3.15亿 = 4% (the numerator in the
# sentence before, pointed at by 这一数字: a warning)
SHARES_OF_NAMED_WHOLE = [
    (E, "全年查处违法所得532.6万元，占全市罚没收入总额4.7亿元的11.3%。"),
    (E, "办结行政复议案件1,150件，占全年受理总数1.2万件的85.8%。"),
    (E, "区税务局全年办理退税3,260万元，占全区税收收入总额6.8亿元的48%。"),
    (E, "区市场监管局罚没款860万元，占全区罚没收入1.72亿元的50%。"),
    (E, "全年受理网上申请2.4万件，占全部申请总量12万件的2%。"),
    (E, "全区法律援助经费支出486万元，占司法行政经费总额0.54亿元的90%。"),
    (E, "街道共化解矛盾纠纷八百四十件，占全年排查总量八千四百件的百分之一。"),
    (E, "全年新增就业4,500人，占全年目标任务0.5万人的9%。"),
    (E, "区城管局拆除违法建设12.6万平方米，占全区存量违建总面积126万平方米的1%。"),
    (E, "全区应急管理罚没收入320万元，占全区罚没总收入（1.6亿元）的20%。"),
    # the base's figure before its noun, 在…中占, 相当于, the share's noun after 的
    (E, "全年查处违法所得532.6万元，在全市罚没收入总额4.7亿元中占11.3%。"),
    (E, "全年查处违法所得532.6万元，约占全年4.7亿元罚没收入的11.3%。"),
    (E, "区司法局全年受理法律援助申请1,860件，占全市8,600件申请总量的2.2%。"),
    (E, "全年查处违法所得532.6万元，相当于全市罚没收入总额4.7亿元的11.3%。"),
    (E, "全年查处违法所得532.6万元，占全市罚没收入总额（4.7亿元）的比重为11.3%。"),
    (E, "区人社局追发工资2,350万元，占全年追发总额2.35亿元的比例达100%。"),
    (W, "区医保局追回医保基金1,260万元。这一数字占全年医保基金支出总额3.15亿元的40%。"),
    (W, "区医保局追回医保基金1,260万元。\n这一数字占全年医保基金支出总额3.15亿元的40%。"),
]

SHARES_OF_NAMED_WHOLE_TRAPS = [
    "全年查处违法所得532.6万元，占全市罚没收入总额4.7亿元的1.13%。",
    "办结行政复议案件1,150件，占全年受理总数1.2万件的9.6%。",
    "区税务局全年办理退税3,260万元，占全区税收收入总额6.8亿元的4.8%。",
    "全年受理网上申请2.4万件，占全部申请总量12万件的20%。",
    "全区法律援助经费支出486万元，占司法行政经费总额0.54亿元的9%。",
    "区医保局追回医保基金1,260万元。这一数字占全年医保基金支出总额3.15亿元的4%。",
    "全年新增就业4,500人，占全年目标任务0.5万人的90%。",
    "全年查处违法所得532.6万元，在全市罚没收入总额4.7亿元中占1.13%。",
    "区司法局全年受理法律援助申请1,860件，占全市8,600件申请总量的21.6%。",
    "全年查处违法所得532.6万元，占全市罚没收入总额（4.7亿元）的比重为1.1%。",
    "区人社局追发工资2,350万元，占全年追发总额2.35亿元的比例达10%。",
    # the share may speak of the figure before the 其中 part (1,860 ÷ 8,600 = 21.6%); the
    # whole inside the 占 clause is no part of the 其中 list
    "受理申请1,860件，其中网上申请1,200件，占全市8,600件申请总量的21.6%。",
    "受理申请1,860件，其中网上申请1,200件，占全市申请总量8,600件的21.6%。",
    # a ratio to last year's figure, not a share
    "全年完成投资4.2亿元，相当于上年5亿元的84%。",
    # a change of the share, not the share
    "全年罚没收入532.6万元，占全市罚没收入总额4.7亿元的比例较上年提高1.1个百分点。",
    "全区应急管理罚没收入320万元，占全区罚没总收入（1.6亿元）的2%。",
    # a bracket of last year is no base
    "区应急局罚没收入320万元，占全区罚没总收入（上年1.6亿元）的20%。",
    # a change, not a share
    "全年罚没收入532.6万元，较上年增长11.3%，占全市罚没收入总额的比例有所提高。",
]


@pytest.mark.parametrize(("severity", "text"), SHARES_OF_NAMED_WHOLE)
def test_share_of_a_named_whole(severity: Severity, text: str) -> None:
    assert ("N104", severity) in [(c, s) for c, s, _ in found(text)], found(text)


@pytest.mark.parametrize("text", SHARES_OF_NAMED_WHOLE_TRAPS)
def test_share_of_a_named_whole_traps(text: str) -> None:
    assert not [f for f in found(text) if f[0] in ("N101", "N104")], found(text)


def test_share_of_two_possible_subjects_is_a_warning() -> None:
    # 1,200 ÷ 8,600 = 13.95% and 1,860 ÷ 8,600 = 21.63%: neither is 31.6%, and the share
    # may speak of either figure
    text = "受理申请1,860件，其中网上申请1,200件，占全市申请总量8,600件的31.6%。"
    assert [(c, s) for c, s, _ in found(text)] == [("N104", W)], found(text)


# a count of the same people/things larger than the stock stated before it (万 slips):
# 81.5万 > 8.4万 students, 5.6万 > 2.3万 户, 47,628 > 4,860 执法人员, 3,136 > 320 家,
# 11.8万 > 1.2万 家, 12万 > 1.2万 居民 (「辖区有居民」: an area that has a stock)
COUNTS_OVER_A_STOCK = [
    "全区现有在校学生8.4万人。\n开展普法宣传活动120场。\n学生参与率达97%，参与学生达81.5万人。",
    "全区现有在校学生8.4万人。\n开展普法宣传活动120场。\n参与学生达81.5万人，学生参与率达97%。",
    "全县共有个体工商户2.3万户。\n开展“双随机”抽查86次。\n"
    "个体工商户参加线上法治培训的达到5.6万户，参训率97%。",
    "全县有个体工商户2.3万户。\n开展抽查86次。\n个体工商户参加线上法治培训的达到5.6万户。",
    "全市持证执法人员共有4,860人。\n全年组织执法案卷评查2次。\n执法人员参训率为98%，参训执法人员达47,628人。",
    "区卫健委辖区内共有医疗机构320家。\n开展“法律进医院”活动18次。\n"
    "已签订依法执业承诺书的医疗机构有3,136家，签订率98%。",
    "全区纳入监管的企业共1.2万家。\n开展执法检查420次。\n完成安全生产承诺公告的企业11.8万家，承诺率98.3%。",
    "街道辖区有居民1.2万人。组织居民法律知识竞赛，参赛居民达12万人，参与率为95%。",
    "街道辖区有居民一万二千人。\n组织法律知识竞赛3场。\n参赛居民达十二万人，参与率为百分之九十五。",
]

COUNTS_OVER_A_STOCK_TRAPS = [
    "全区现有在校学生8.4万人。\n开展普法宣传活动120场。\n学生参与率达97%，参与学生达8.15万人。",
    # visits may exceed the people; other people added; another area
    "全区现有在校学生8.4万人。\n开展普法宣传活动120场。\n参与学生12.6万人次。",
    "全区现有在校学生8.4万人。\n开展普法宣传活动120场。\n覆盖师生及家长15万人。",
    "全区现有在校学生8.4万人。\n开展普法宣传活动120场。\n全市参与学生达81.5万人。",
    "全市持证执法人员共有4,860人。\n全年组织执法案卷评查2次。\n执法人员参训率为98%，参训执法人员达4,763人。",
    "全区纳入监管的企业共1.2万家。\n开展执法检查420次。\n完成安全生产承诺公告的企业1.18万家，承诺率98.3%。",
    "全县有个体工商户2.3万户。\n开展抽查86次。\n个体工商户参加线上法治培训的达到2.2万户。",
    "街道辖区有居民1.2万人。组织居民法律知识竞赛，参赛居民达1.1万人，参与率为92%。",
]


@pytest.mark.parametrize("text", COUNTS_OVER_A_STOCK)
def test_count_over_a_stock(text: str) -> None:
    assert {c for c, _, _ in found(text)} & {"N101", "N104", "N206"}, found(text)


@pytest.mark.parametrize("text", COUNTS_OVER_A_STOCK_TRAPS)
def test_count_over_a_stock_traps(text: str) -> None:
    assert not [f for f in found(text) if f[0] in ("N101", "N104", "N206")], found(text)


# a part narrowed by a 的-clause, paragraphs after its whole, larger than it: 64 > 58 重点监管
# (危化品)企业, 92 > 86 养老机构, 4,350 > 4,200 持证餐饮服务单位, 52 > 46 物业服务企业, 241 > 236
# 规模以上工业企业, 1,400 > 1,320 持证人员, 196 > 180 法治副校长
PARTS_OVER_A_QUALIFIED_WHOLE = [
    "全区纳入重点监管的危化品企业共58家。\n开展执法检查120次。\n已完成双重预防机制建设的重点监管企业有64家。",
    "全区纳入重点监管的危化品企业共58家。开展执法检查120次。已完成双重预防机制建设的重点监管企业有64家。",
    "全市登记在册的养老机构有86家。\n开展消防安全培训12场。\n通过消防验收的养老机构达到92家。",
    "区市场监管局辖区内持证餐饮服务单位共4,200户。\n组织食品安全抽检1,860批次。\n"
    "实现“明厨亮灶”的持证餐饮服务单位4,350户。",
    "街道共有小区物业服务企业46家。\n调处物业纠纷83起。\n签订依法服务承诺书的物业服务企业52家。",
    "全县登记的规模以上工业企业共计236家。\n开展普法进企业活动24场。\n建立合规管理制度的规模以上工业企业有241家。",
    "全区现有执法证件持证人员1,320名。\n组织案卷评查两次。\n参加年度轮训的持证人员一千四百名。",
    "全区现有学校法治副校长180名。\n开展法治课堂800余次。\n年内到校授课达4次以上的法治副校长有196名。",
]

PARTS_OVER_A_QUALIFIED_WHOLE_TRAPS = [
    # another set (工贸企业, 各类企业), visits (家次), another year, another area
    "全区纳入重点监管的危化品企业共58家。\n开展执法检查120次。\n已完成双重预防机制建设的工贸企业有64家。",
    "全区纳入重点监管的危化品企业共58家。\n开展执法检查120次。\n已完成双重预防机制建设的各类企业有64家。",
    "全区纳入重点监管的危化品企业共58家。\n开展执法检查120次。\n检查重点监管企业64家次。",
    "2023年全区纳入重点监管的危化品企业共58家。\n开展执法检查120次。\n"
    "已完成双重预防机制建设的重点监管企业有64家。",
    "全区纳入重点监管的危化品企业共58家。\n开展执法检查120次。\n"
    "全市已完成双重预防机制建设的重点监管企业有640家。",
    # fewer than the whole
    "全区纳入重点监管的危化品企业共58家。\n开展执法检查120次。\n已完成双重预防机制建设的重点监管企业有52家。",
    "全市登记在册的养老机构有86家。\n开展消防安全培训12场。\n通过消防验收的养老机构达到80家。",
    "全区现有学校法治副校长180名。\n开展法治课堂800余次。\n法治副校长累计到校授课960人次。",
]


@pytest.mark.parametrize("text", PARTS_OVER_A_QUALIFIED_WHOLE)
def test_part_over_a_qualified_whole(text: str) -> None:
    assert {c for c, _, _ in found(text)} & {"N101", "N206"}, found(text)


@pytest.mark.parametrize("text", PARTS_OVER_A_QUALIFIED_WHOLE_TRAPS)
def test_part_over_a_qualified_whole_traps(text: str) -> None:
    assert not [f for f in found(text) if f[0] in ("N101", "N206")], found(text)
