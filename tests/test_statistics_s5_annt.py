"""Announced counts, time and unit/magnitude slips in any shape (issue 9, session 5).

Every sentence is written for these tests (none comes from a blind set); each carries the
verdict derived by hand: the count of the items listed, the date against the writing of the
report (a report on year Y is written by the end of March of Y+1), the money per person.
``None`` means nothing of the mechanism's codes may be reported."""

from __future__ import annotations

import pytest
from relation_helpers import found

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def _codes(text: str, year: int | None, prefix: str) -> list[str]:
    return [c for c, _ in found(text, year) if c.startswith(prefix)]


# --- announced counts (N203) ----------------------------------------------------------------

ANNOUNCED_WRONG = [
    # colon list: 4 announced, 3 listed
    "区司法局制定了4项清单：权力清单、责任清单和负面清单。",
    # bracket list: 3 announced, 4 named
    "街道组建3支队伍（法律顾问队、人民调解队、网格巡查队、志愿服务队），覆盖全部社区。",
    # the next sentence, led by 这N类X: 5 announced, 3 listed
    "市场监管局梳理出五类重点问题。这五类问题分别是虚假宣传、价格欺诈和无证经营。",
    # 分别设在: 4 stations, 3 places
    "镇政府设立四个调解工作站，分别设在东村、西村和南村。",
    # 其一…其四 over the following paragraphs: 3 announced, 4 listed
    "人社局重点抓好以下三项工作。\n其一，推进欠薪治理；\n其二，规范劳动仲裁；\n"
    "其三，强化监察执法；\n其四，加强普法宣传。",
    # 一是…三是 in the sentence: 2 announced, 3 listed
    "生态环境局聚焦两个方面开展执法：一是大气污染防治，二是水污染防治，三是土壤污染防治。",
    # （一）…（五） paragraphs: 6 announced, 5 listed
    "应急管理局开展了6项专项行动。\n（一）危化品安全整治。\n（二）消防安全排查。\n"
    "（三）燃气安全检查。\n（四）建筑施工安全治理。\n（五）道路交通安全整治。",
    # a lead with a count after an unrelated sentence: 3 announced, 2 listed
    "公安分局建立了三个机制。\n为加强执法监督，分局开展了专项检查。\n"
    "这三个机制分别是案件审核机制和执法过错追究机制。",
    # 即: 2 kinds, 3 named
    "教育局开展两类培训，即校长法治培训、教师法治培训和学生法治辅导员培训。",
    # a lead without a count (上述X) in the next sentence: 5 announced, 3 listed
    "信访局建立了5项工作制度。上述制度包括领导接访制度、积案化解制度和信访督查制度。",
    # a lead without a count two paragraphs on, an unrelated paragraph between: 4 vs 5
    "城管局梳理出四类执法事项。\n全年共办理执法案件326件。\n"
    "这些事项分别是市容管理、环境卫生、园林绿化、市政设施和燃气管理。",
    # quoted names after 分别是: 3 announced, 2 named
    "司法所培育了3个品牌调解室，分别是“老娘舅”调解室、“和事佬”调解室。",
    # titles after a colon: 2 announced, 3 titles
    "区政府印发了两份文件：《行政执法公示办法》《执法全过程记录办法》《重大执法决定法制审核办法》。",
    # a quoted set phrase with a colon list: 3 announced, 4 listed
    "全面推行“三项制度”：行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度和执法责任制。",
    # 一是…四是 paragraphs after the only count of a paragraph: 5 announced, 4 listed
    "我局重点推进了五个方面的工作。\n一是完善制度建设。\n二是强化执法监督。\n三是深化普法宣传。"
    "\n四是化解矛盾纠纷。",
    # a lead without a count after a paragraph of figures: 6 announced, 5 listed
    "区医保局开展打击欺诈骗保六大行动。\n全年追回医保基金1200万元。\n上述行动包括定点医院专项检查、"
    "定点药店专项检查、村卫生室专项检查、门诊部专项检查和诊所专项检查。",
    # a lead (以上X) after a paragraph of figures, the counted noun longer than four characters
    "全区建立了6个矛盾纠纷调处中心。\n2023年，全区共调处纠纷1260件。\n"
    "以上中心分别设在城关镇、河口镇、新集镇、马庄乡和李集乡。",
    # 第一…第四 paragraphs: 3 announced, 4 listed
    "为推进依法行政，区政府确定了三个重点。\n第一，完善重大行政决策程序。\n第二，规范行政执法行为。"
    "\n第三，强化行政复议监督。\n第四，加强法治队伍建设。",
    # a heading without a closing mark, then numbered paragraphs: 4 announced, 3 listed
    "（三）扎实推进四项改革\n1.深化“放管服”改革，压减审批时限。\n2.推进综合行政执法改革，整合执法队伍。"
    "\n3.推进“证照分离”改革，实现全覆盖。",
    # 第一支…第四支 over paragraphs: 3 announced, 4 listed
    "镇政府组建了3支法治宣传队伍。\n第一支是由镇村干部组成的宣讲队。\n第二支是由律师组成的法律服务队。"
    "\n第三支是由志愿者组成的志愿宣传队。\n第四支是由学生组成的青年宣传队。",
    # a sentence opening with the counted noun itself, a paragraph on: 3 announced, 4 listed
    "市场监管局聚焦民生领域，组织开展了3个专项行动。\n全年共检查经营主体2860户次。\n"
    "专项行动具体为：食品安全专项整治行动、特种设备安全专项行动、价格监督检查专项行动、广告监测专项行动。",
    # a count pointing back (上述/以上) at the enumeration before it: 3 listed, 4 announced
    "区司法局着力强化执法监督：一是开展案卷评查；二是开展专项检查；三是开展执法考评。通过上述四项措施，"
    "执法质量明显提升。",
    "区税务局优化办税服务，第一，推行延时服务；第二，推行预约办理。以上三项举措获得纳税人好评。",
    # headings 一、二、 over paragraphs: 3 announced, 2 listed
    "卫健委围绕以下三个方面推进执法规范化建设：\n一、完善执法制度\n制定《执法办案规定》等文件5件。"
    "\n二、加强执法监督\n开展执法检查12次。",
]

ANNOUNCED_RIGHT = [
    "区司法局制定了4项清单：权力清单、责任清单、负面清单和“互联网+监管”清单。",
    "街道组建3支队伍（法律顾问队、人民调解队、网格巡查队），覆盖全部社区。",
    # an open list: fewer items than announced is fine
    "市场监管局梳理出五类重点问题，主要包括虚假宣传、价格欺诈等。",
    # 其中: a highlight of a few
    "镇政府设立四个调解工作站，其中东村、西村两个站点设在村委会。",
    # three items, the first with a sub-list of four
    "人社局重点抓好以下三项工作。\n（一）推进欠薪治理。一是建立台账；二是开展约谈；三是公开曝光；"
    "四是联合惩戒。\n（二）规范劳动仲裁。\n（三）强化监察执法。",
    # a 、 inside quotes is not a separator
    "卫健委制定五方面措施：规范执法程序、完善裁量基准、推行“双随机、一公开”、加强执法培训、"
    "落实执法全过程记录。",
    # the figures after a count of kinds are instances, not a list of the kinds
    "教育局开展两类培训，覆盖全区56所学校、3200名教师。",
    # a bracket of items with 、 inside: one item each
    "税务局推出五项措施：一是延时服务（含周末、节假日）；二是预约办理；三是容缺受理；四是上门辅导；"
    "五是网上申报。",
    # the lead agrees
    "信访局建立了3项工作制度。上述制度包括领导接访制度、积案化解制度和信访督查制度。",
    "城管局梳理出四类执法事项。\n全年共办理执法案件326件。\n"
    "这些事项分别是市容管理、环境卫生、园林绿化和市政设施。",
    # a lead that is open (等)
    "信访局建立了5项工作制度。上述制度包括领导接访制度、积案化解制度等。",
    # a lead about another thing (问题, not 制度)
    "信访局建立了5项工作制度。这些群众反映的问题主要包括拖欠工资和物业纠纷。",
    # 其中 after a count of teams
    "司法局组建了4支服务队伍，其中“法润”宣讲团和“律师进社区”服务队成效突出。",
    # a long title holding 和
    "区政府印发了三份文件：《关于加强行政执法协调监督工作的意见》《执法全过程记录办法》和"
    "《重大执法决定法制审核办法》。",
    # a set phrase used as a name
    "区政府推进“三项制度”落实，完成执法案卷评查120卷。",
    # items that carry their own counts: instances of the classes, four classes
    "建立4类调解组织，包括人民调解委员会36个、行业性专业性调解组织8个、个人调解工作室5个和"
    "企业调解组织12个。",
    # a lead that lists something else about the things counted (their members' origins)
    "下设3个工作组。这些工作组的成员分别来自区司法局、区公安分局、区市场监管局、区人社局和各街道。",
    # a lead that names no list
    "制定了三项制度。上述制度的落实情况纳入年度考核。",
    # a lead two announcements point to: it may list both
    "建立了3项制度，出台了5项配套制度。上述制度包括A制度、B制度、C制度、D制度、E制度、F制度、"
    "G制度和H制度。",
    # the heading's four items
    "（三）扎实推进四项改革\n1.深化“放管服”改革，压减审批时限。\n2.推进综合行政执法改革，整合执法队伍。"
    "\n3.推进“证照分离”改革，实现全覆盖。\n4.深化行政复议体制改革。",
    # a paragraph that goes on after its count: the 一是… that follow tell how, not which
    "今年以来，我局着力构建五项工作机制，取得明显成效。\n一是加强组织领导。二是强化督促检查。"
    "三是注重宣传引导。",
    # a sentence opening with a shorter noun (行动) is not the counted noun
    "市场监管局组织开展了3个专项行动。行动包括日常巡查、随机抽查、交叉检查和联合检查。",
    # the count pointing back agrees; sub-points ① inside the third item are not the items
    "区司法局着力强化执法监督：一是开展案卷评查；二是开展专项检查；三是开展执法考评。通过上述三项措施，"
    "执法质量明显提升。",
    "区司法局着力强化执法监督：一是开展案卷评查；二是开展专项检查；三是开展执法考评，包括①交叉评查"
    "②网上评查。上述三项措施成效明显。",
    # 以上 after a figure with nothing enumerated before it
    "全年受理案件120件。以上两类案件均按期办结。",
    # duties after 分别负责: one team may hold the two duties joined by 和
    "组建3支队伍。这些队伍分别负责普法宣传、矛盾调解、法律咨询和法治体检。",
]


@pytest.mark.parametrize("text", ANNOUNCED_WRONG)
def test_announced_count_against_the_list_in_any_shape(text: str) -> None:
    assert _codes(text, None, "N203") == ["N203"]


@pytest.mark.parametrize("text", ANNOUNCED_RIGHT)
def test_announced_count_traps_stay_silent(text: str) -> None:
    assert _codes(text, None, "N203") == []


def test_a_lead_further_on_is_a_warning_naming_both_counts() -> None:
    text = "信访局建立了5项工作制度。上述制度包括领导接访制度、积案化解制度和信访督查制度。"
    (rel,) = [r for r in contradictions(analyze_text(text)) if r.code == "N203"]
    assert rel.severity is Severity.WARNING
    assert "5项工作制度" in rel.message and "3项" in rel.message


def test_qi_yi_ordinals_are_certain() -> None:
    """「其一…其四」 counted against 「三项」: ordinals admit one count, an error."""
    text = (
        "人社局重点抓好以下三项工作。\n其一，推进欠薪治理；\n其二，规范劳动仲裁；\n"
        "其三，强化监察执法；\n其四，加强普法宣传。"
    )
    (rel,) = [r for r in contradictions(analyze_text(text)) if r.code == "N203"]
    assert rel.severity is Severity.ERROR
    assert "4项" in rel.message


# --- time (N30x) ------------------------------------------------------------------------------

TIME_WRONG = [
    # a plan glossed with the report year
    ("下一年度，即2023年，我局将继续深化依法行政。", 2023),
    ("下一阶段，区司法局将在2022年持续推进“八五”普法。", 2023),
    ("明年，即2022年，将重点推进执法规范化建设。", 2023),
    ("来年也就是2021年，区政府将全面推行行政执法“三项制度”。", 2021),
    # a cut-off after the first quarter of the next year
    ("截至2024年6月底，全区已建成法治文化阵地56个。", 2023),
    ("统计数据截至2024年5月31日，全年共受理行政复议案件86件。", 2023),
    # a statement about a time after the writing, said to be done
    ("自2025年秋季学期起，全区中小学已全部开设法治教育课程。", 2023),
    ("从2024年7月起，全镇各村均已配备专职人民调解员。", 2023),
    ("区综合执法局自2024年7月1日起已实现执法全过程记录全覆盖。", 2023),
    # the time of publication glossed with a date after the first quarter
    ("截至本报告发布时（2024年7月），已办结全部积案。", 2023),
    # work since a founding, dated before it
    ("区法治宣传中心于2023年5月成立，成立以来，于2023年1月至3月开展送法下乡活动12场。", 2023),
    ("《实施方案》于2023年6月印发后，各单位于2023年3月至5月完成了任务分解。", 2023),
    ("区中心于2023年5月成立。成立以来，于2023年1月至3月开展送法活动。", 2023),
    # a count said to have grown to a figure below the one of an earlier cut-off
    (
        "截至2023年10月底，全区已有18个街道工作站通过规范化验收。\n截至2023年底，全区通过规范化验收的"
        "街道工作站增至16个。",
        2023,
    ),
    (
        "截至2023年6月底，全县累计建成村级调解室85个。截至2023年底，全县累计建成村级调解室79个。",
        2023,
    ),
    ("公共法律服务中心自2023年9月组建以来，于2023年2月至6月累计接待群众咨询1500人次。", 2023),
    (
        "《行政执法公示办法》于2022年10月印发实施。印发以来，各部门于2022年3月至6月完成公示信息"
        "更新。",
        2022,
    ),
]

TIME_RIGHT = [
    ("下一年度，即2024年，我局将继续深化依法行政。", 2023),
    ("截至2023年底，全区已建成法治文化阵地56个。", 2023),
    ("截至2024年2月，全区已建成法治文化阵地56个。", 2023),
    ("截至2024年3月31日，全区已建成法治文化阵地56个。", 2023),
    ("自2020年以来，累计培训执法人员3000人次。", 2023),
    ("认真落实“十四五”规划和2035年远景目标纲要。", 2023),
    ("全年受理行政复议案件86件，较2022年增长12%。", 2023),
    ("区法治宣传中心于2023年3月成立，成立以来，于2023年5月至12月开展送法下乡活动12场。", 2023),
    # a start after the writing, planned
    ("自2024年9月起，全区中小学将全部开设法治教育课程。", 2023),
    # a start in the first quarter of the next year, done
    ("自2024年1月起，全镇各村均已配备专职人民调解员。", 2023),
    ("截至本报告发布时（2024年3月），已办结全部积案。", 2023),
    ("将于2024年9月起全面开设法治课。", 2023),
    ("自2019年成立以来，中心于2020年3月至2023年12月累计接待群众1.2万人次。", 2023),
    # a decision, already taken, about a time to come
    ("自2024年4月起，我市已将法治建设纳入绩效考核。", 2023),
    ("自2024年7月起，全区已经将执法记录仪配备到每名执法人员。", 2023),
    # a rule's effective date after the writing, known in advance
    ("自2024年4月1日起施行的《条例》已纳入领导干部学法清单。", 2023),
    ("《条例》自2024年5月1日起施行，我局已提前组织学习。", 2023),
    # a part of the work since the founding, after it
    (
        "区行政复议中心于2023年6月挂牌运行，成立以来共办理复议案件42件，其中2023年10月至12月"
        "办理30件。",
        2023,
    ),
    # 以来 of another start, not of the founding
    ("区中心于2023年5月成立，2022年以来，于2022年3月至6月开展调研。", 2023),
    ("区政府2023年6月出台《实施方案》后，各单位于2023年7月至9月完成了任务分解。", 2023),
    ("《实施方案》于2023年6月印发，此前于2023年3月至5月完成了调研起草。", 2023),
    ("截至2024年一季度末，全区已建成法治文化阵地56个。", 2023),
    # a level at two cut-offs may fall; a count grown to a larger figure is fine
    ("截至2023年9月，全市已有执业律师320名。截至2023年底，全市执业律师共有316名。", 2023),
    (
        "截至2023年10月底，全区已有18个街道工作站通过规范化验收。\n截至2023年底，全区通过规范化验收的"
        "街道工作站增至21个。",
        2023,
    ),
    # the preparation before the founding is not work since it
    ("区法治宣传中心于2023年5月成立，此前于2023年1月至3月完成筹备工作。", 2023),
]


@pytest.mark.parametrize(("text", "year"), TIME_WRONG)
def test_time_against_the_writing_and_the_founding(text: str, year: int) -> None:
    assert _codes(text, year, "N30"), found(text, year)


@pytest.mark.parametrize(("text", "year"), TIME_RIGHT)
def test_time_traps_stay_silent(text: str, year: int) -> None:
    assert _codes(text, year, "N30") == []


def test_work_since_a_founding_names_both_dates() -> None:
    text = "区法治宣传中心于2023年5月成立，成立以来，于2023年1月至3月开展送法下乡活动12场。"
    (rel,) = [r for r in contradictions(analyze_text(text, 2023)) if r.code == "N304"]
    assert rel.severity is Severity.WARNING
    assert "2023年5月" in rel.message and "2023年1月至3月" in rel.message


# --- units and magnitudes (N201, N205) ----------------------------------------------------

UNITS_WRONG = [
    ("普法经费356万元，其中区级安排210万元、部门自筹146元。", "N201"),
    ("全年投入法律援助经费85万元。其中财政拨款60万元，社会捐助25元。", "N201"),
    ("全年安排人民调解经费120万元，包括以奖代补经费80万元、培训经费40元。", "N201"),
    # the parts over the next sentences, each with its purpose
    (
        "全年普法经费共计356万元。区级财政安排210万元，用于阵地建设。部门自筹146元，用于宣传品制作。",
        "N201",
    ),
    (
        "医保局全年投入基金监管经费合计85万元。其中，市级补助60万元，用于智能监控系统建设。区级配套"
        "25元，用于专项检查。",
        "N201",
    ),
    ("为120名困难职工发放生活补贴共计9600万元。", "N205"),
    ("为32名法律援助律师发放办案补贴共计4800万元。", "N205"),
    ("街道为86户困难家庭发放临时救助金共计5160万元。", "N205"),
    ("人社局为46名农民工追回欠薪共计9200万元。", "N205"),
    # an amount per person stated directly
    ("为困难群众发放临时救助补贴，人均3000万元。", "N205"),
    # parts after 来源为 / 分别用于, no 共计
    ("投入资金356万元。资金来源为：区级财政210万元，部门自筹146元。", "N201"),
    ("全年经费356万元，分别用于法治宣传210万元、执法培训146元。", "N201"),
    ("全年查处违法案件3件，罚没款共计2.4亿元。", "N205"),
    # legal aid paid per case, and to each person aided
    ("全年办理法律援助案件32件，发放办案补贴共计960万元。", "N205"),
    ("为26名受援人发放司法救助援助金共计520万元。", "N205"),
]

UNITS_RIGHT = [
    "为120名困难职工发放生活补贴共计36000元，人均补贴300元。",
    "全区生产总值达1250亿元，同比增长5.2%。",
    "近五年累计投入法治建设资金3.6亿元。",
    "普法经费356万元，其中区级安排210万元、部门自筹146万元。",
    "为120名困难职工发放生活补贴共计96万元。",
    "人社局为460名农民工追回欠薪共计920万元。",
    "全年查处违法案件15件，罚没款共计3600万元。",
    "为困难群众发放临时救助补贴，人均3000元。",
    # a lawyer's subsidies over many cases: per lawyer, only the wide bound of 补贴
    "为32名法律援助律师发放办案补贴共计400万元。",
    "全年法律援助经费1200万元，办理援助案件30件。",
    # 500000元 is 50万元: the parts add up as printed
    "区财政投入法律援助经费共计85.6万元，其中中央补助资金35.6万元、区级配套资金500000元。",
    # an average of another kind of money (a loss recovered) is not bounded
    "全年为受援人挽回经济损失3800万元，人均挽回损失120万元。",
    # two counts of people: no single reading
    "为120名困难职工和35名退役军人发放补贴共计960万元。",
    # the parts over the next sentences add up as printed; a later small amount is no part
    "全年普法经费共计356万元。区级财政安排210万元，用于阵地建设。部门自筹146万元，用于宣传品制作。"
    "另购置图书花费300元。",
    # rewards can be large: not bounded
    "为58名见义勇为人员发放奖励金共计1740万元。",
    # a total over years
    "2019年以来，累计为320名困难群众发放救助金8600万元。",
]


@pytest.mark.parametrize(("text", "code"), UNITS_WRONG)
def test_unit_slips_and_money_per_head(text: str, code: str) -> None:
    assert code in _codes(text, None, "N2"), found(text)


@pytest.mark.parametrize("text", UNITS_RIGHT)
def test_unit_traps_stay_silent(text: str) -> None:
    assert _codes(text, None, "N20") == []


def test_money_per_head_shows_the_arithmetic() -> None:
    ((code, message),) = found("为120名困难职工发放生活补贴共计9600万元。")
    assert code == "N205"
    assert "9600万元" in message and "120名" in message and "80万元" in message
    assert "误写" in message


def test_a_quote_moved_before_a_paragraph_label_by_a_pdf_reader() -> None:
    """A PDF reader may move a line's quotation marks to its start (「“（二）…三项制”」): the
    label is still read, so the enumeration is counted to its end."""
    head = "区政府从以下三个方面推动法治政府建设提质增效，全年考核得分位列全市前列。\n"
    one = "（一）健全依法决策机制。年内完成决策后评估2项。\n"
    two = "“（二）规范行政执法行为。全面推行行政执法三项制”\n度，全年评查案卷316卷。"
    assert _codes(head + one + two, None, "N203") == ["N203"]
    three = "\n（三）强化行政复议监督。"
    assert _codes(head + one + two + three, None, "N203") == []
