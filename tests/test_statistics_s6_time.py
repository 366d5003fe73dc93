"""Time (issue 9, session 6): dates after the report was written in every 截至 form, parts of
the year against the whole year across paragraphs, the same counted thing, and a plan dated
the report year.

Every sentence is written for these tests from the general shapes (bodies, nouns, verbs and
figures of their own); the verdict of each was derived by hand: a report on year Y is
written in the first quarter of Y+1, a whole year's count holds every part of it, and a
plan after the report's 下一步 part names the next year."""

from __future__ import annotations

import pytest
from relation_helpers import codes, found

from fazhi_lint.analysis.quantities import extract
from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.analysis.relations.common import (
    counted_thing,
    distinguishing,
    named_body,
    narrower,
    same_thing,
)
from fazhi_lint.model import Severity


def _n(text: str, year: int | None, code: str) -> list[str]:
    return [c for c in codes(text, year) if c == code]


def _severities(text: str, year: int | None, code: str) -> list[Severity]:
    return [r.severity for r in contradictions(analyze_text(text, year)) if r.code == code]


# --- 1. a date after the report was written, in every 截至 form -------------------------------

AFTER_WRITING = [
    # the plan of a later clause does not make the date a target
    "截至2025年6月底，区司法局共受理行政复议申请312件，下一步将继续加强复议规范化建设。",
    "全年共受理劳动争议案件300件。截至2025年5月末，区人社局累计审结312件，剩余案件将于年内全部审结。",
    "截止到2025年4月中旬，区市场监管局共办理投诉举报2160件，力争全年办结率保持在98%以上。",
    "到2025年7月底，全区累计培训应急管理执法人员860人次。",
    # in a bracket that dates the figures before it
    "全区共调处信访积案146件（数据截至2025年6月底）。",
    "区税务局共办理退税业务3200笔（统计截止到2025年8月31日）。",
    # a year and month in Chinese numerals
    "截至二〇二五年六月底，全镇共建成村级公共法律服务工作室18个。",
    # in the middle of its sentence, then a statement of what holds
    "区卫健委截至2025年9月共查处医疗违法案件86件，已全部办结。",
    "截至2025年第三季度末，街道已有18个社区完成法律顾问签约，计划年底前全部完成。",
    # a range of months of the next year, and a count since a later month
    "2025年1—5月，区公安分局共受理治安案件1320起。",
    "自2025年5月以来，区信访局共受理信访事项132件。",
    "全年共受理行政复议案件312件，至2025年5月已全部办结。",
]


@pytest.mark.parametrize("text", AFTER_WRITING)
def test_a_date_after_the_report_was_written(text: str) -> None:
    assert _n(text, 2024, "N301") == ["N301"]


def test_the_message_names_the_date_and_the_report_year() -> None:
    message = found(AFTER_WRITING[6], 2024)[0][1]
    assert "二〇二五年六月" in message and "2024年" in message and "2025年3月" in message


AFTER_WRITING_TRAPS = [
    "截至2025年2月底，区司法局共受理行政复议申请312件。",  # the first quarter: written then
    "截至2024年底，全区共建成法治文化阵地45个。",
    "我局计划于2025年6月底前完成全部整改。",  # a plan, a deadline
    "力争到2025年6月底，全区建成村级法治文化阵地200个。",
    "预计截至2025年6月底，全区将累计建成法治文化阵地200个。",
    "到2025年6月底，全区将建成法治文化阵地200个。",  # 将 in the clause the date governs
    "我局计划，到2025年6月底，全区建成法治文化阵地200个。",
    "《2025年6月底前完成的重点任务清单》已印发。",  # a title
    "全区共建成法治文化阵地200个（计划2025年6月底前完成验收）。",
    "下一步，到2025年6月底，全区建成法治文化阵地200个。",  # the plan part
    "截至今年6月底，全区共受理行政复议案件312件。",  # 今年: the year is not said
    "2025年1—3月，全区共受理行政复议案件132件。",  # the first quarter
    "自2025年5月1日起施行的《条例》明确了相关要求。",
]


@pytest.mark.parametrize("text", AFTER_WRITING_TRAPS)
def test_a_date_in_the_first_quarter_or_a_plan_is_not_after_writing(text: str) -> None:
    assert _n(text, 2024, "N301") == []


def test_a_closing_next_step_does_not_make_the_next_paragraph_a_plan() -> None:
    text = "全年共受理复议案件200件。下一步将继续规范办理。\n截至2025年6月底，全区共审结复议案件212件。"
    assert _n(text, 2024, "N301") == ["N301"]


def test_a_later_date_in_the_plan_part_of_the_report() -> None:
    text = "全年共受理行政复议案件300件。\n下一步工作打算\n截至2025年6月底，全区建成法治文化阵地200个。"
    assert _n(text, 2024, "N301") == []
    assert _n(
        text.replace("下一步工作打算", "区教育局开展法治进校园活动120场。"), 2024, "N301"
    ) == ["N301"]


# --- 2. a part of the year bigger than the whole year ---------------------------------------

PART_ABOVE_WHOLE = [
    # within a paragraph
    "一季度，区人社局受理劳动争议仲裁案件412件。全年受理劳动争议仲裁案件398件。",
    "前三季度，全区查处交通违法行为5.2万起。全年累计查处交通违法行为4.8万起。",
    "1—9月，区信访局受理群众来信来访1850件次。2024年，区信访局共受理群众来信来访1720件次。",
    "第四季度，区应急局开展安全检查560次。全年开展安全检查520次。",
    "下半年，区卫健委查处医疗违法案件八十六件。全年查处医疗违法案件八十件。",
    # the next paragraph
    "1至10月，全区办理法律援助案件960件。\n全年共办理法律援助案件900件。",
    # an unrelated paragraph between
    "1-6月，区税务局办理退税业务3200笔。\n区教育局开展法治进校园活动120场。\n全年累计办理退税业务3000笔。",
    "上半年，区医保局追回医保基金违规使用案件430起。\n区城管局完成违建拆除1.2万平方米。\n"
    "区民政局登记社会组织86家。\n全年区医保局共追回医保基金违规使用案件402起。",
    # the whole year first, its part after it
    "全年，区人社局共受理劳动争议仲裁案件398件。\n一季度受理劳动争议仲裁案件412件。",
    "全年共办理法律援助案件900件。\n区教育局开展法治进校园活动120场。\n1至10月办理法律援助案件960件。",
    # parts that do not overlap, together above the whole year
    "第一季度，区城管局受理群众投诉1300件。\n第二季度，区城管局受理群众投诉1250件。\n全年共受理群众投诉2400件。",
    "上半年区公安分局受理治安案件1100起，第三季度受理治安案件700起，全年共受理治安案件1750起。",
    # punctuation before the whole's words is no part of what it counts
    "上半年受理行政复议案件56件……全年共受理行政复议案件52件。",
    # months of the year from a later month
    "4—6月，区城管局开展专项整治，查处占道经营行为320起。全年查处占道经营行为300起。",
    "7至12月份，全区调解矛盾纠纷2100件。\n全年调解矛盾纠纷2000件。",
    "1—9月，区信访局受理来信来访1850件次。10—12月受理来信来访620件次。全年共受理来信来访2300件次。",
    "上半年受理消费投诉3216件。本年共受理消费投诉2987件。",
    "上半年，区市场监管局受理消费投诉3216件。全年，全区受理消费投诉2987件。",
    "去年上半年，区市场监管局受理消费投诉3216件，去年全年受理消费投诉2987件。",
    "上半年，区城管局查处各类违法行为1180起。全年查处违法行为1020起。",
    "上半年，区交警大队查处酒驾、醉驾等交通违法行为860起。\n全年查处酒驾、醉驾等交通违法行为820起。",
    "2024年，区医保局共追回违规使用医保基金案件402起。\n上半年追回违规使用医保基金案件430起。",
    # the same body named with its period words before it
    "上半年市政府共办理行政复议案件148件。全年市政府共办理行政复议案件136件。",
    # the year written with both, in a report on that year and on the next
    "2023年上半年，区市场监管局受理消费投诉3216件。\n区司法局组织普法活动40场。\n"
    "2023年全年，区市场监管局共受理消费投诉2987件。",
]


@pytest.mark.parametrize("text", PART_ABOVE_WHOLE)
def test_a_part_of_the_year_above_the_whole_year(text: str) -> None:
    year = 2023 if text.startswith("2023") else 2024
    assert _n(text, year, "N302") == ["N302"]


def test_a_named_year_is_compared_with_itself_in_a_report_on_another_year() -> None:
    text = (
        "2023年上半年，区市场监管局受理消费投诉3216件。2023年，区市场监管局共受理消费投诉2987件。"
    )
    rels = [r for r in contradictions(analyze_text(text, 2024)) if r.code == "N302"]
    assert len(rels) == 1 and "2023年上半年" in rels[0].message


def test_a_far_paragraph_is_a_warning_the_next_one_as_before() -> None:
    near = "1至10月，全区办理法律援助案件960件。\n全年共办理法律援助案件900件。"
    assert _severities(near, 2024, "N302") == [Severity.ERROR]
    assert _severities(PART_ABOVE_WHOLE[6], 2024, "N302") == [Severity.WARNING]


PART_TRAPS = [
    # different things under one verb and unit (the false error of the last unseen set)
    "上半年查处占道经营、跨门经营等违法行为1,180起。全年查处违法建设案件402起。",
    "上半年查处占道经营、跨门经营等违法行为1180起。\n全年查处违法建设案件402起。",
    "上半年受理行政复议案件56件。全年受理行政诉讼案件52件。",
    # a wider class first, one kind of it later
    "上半年，区城管局查处违法行为1180起。全年查处违法建设案件402起。",
    # another year's part, or a comparison base
    "2023年上半年，区市场监管局受理消费投诉3216件。全年共受理消费投诉2987件。",
    "上半年受理消费投诉1800件，较2023年上半年增长12%。全年共受理消费投诉3500件，2023年全年受理2987件。",
    # consistent figures, and a heading between them
    "前三季度，区税务局办理退税业务3200笔。\n全年累计办理退税业务4100笔。",
    "上半年全区受理消费投诉3216件。\n二、存在的问题\n全年共受理消费投诉2987件。",
    # the whole year first, a part of another thing or a smaller part after it
    "全年查处违法建设案件402起。\n上半年查处占道经营、跨门经营等违法行为1180起。",
    "全年共办理法律援助案件900件。\n区教育局开展法治进校园活动120场。\n1至10月办理法律援助案件860件。",
    # two bodies' counts (the subject of each clause names another body)
    "上半年，东城街道受理矛盾纠纷320件。全年，西城街道受理矛盾纠纷300件。",
    "上半年，区市场监管局受理消费投诉3216件。\n全年，区消费者协会受理消费投诉2987件。",
    # parts that do not overlap and fit; overlapping parts are not added up
    "第一季度，区城管局受理群众投诉1300件。第二季度受理群众投诉1050件。全年共受理群众投诉2400件。",
    "上半年受理群众投诉1300件，其中一季度受理600件。第三季度受理群众投诉500件。全年共受理群众投诉1900件。",
    # one head, other things before it (食品/药品, 出口/留抵, a light verb's object)
    "上半年查处食品安全违法案件86件。\n全年查处药品安全违法案件80件。",
    "上半年，区税务局办理出口退税1.2万笔。\n全年办理增值税留抵退税1.1万笔。",
    "上半年，区人社局开展劳动保障监察执法检查1200户次。\n全年开展“双随机”抽查检查1000户次。",
    "上半年，区司法局开展法治宣传活动86场。\n全年开展“法律进企业”宣传活动80场。",
    # levels, not counts of the period
    "上半年新增市场主体3200户。全年市场主体总数达2900户。",
    "上半年，全区共有执业律师320名。全年全区共有执业律师316名。",
    "1—9月，区信访局受理来信来访1850件次。10—12月受理来信来访450件次。全年共受理来信来访2300件次。",
    "4—6月，区城管局开展专项整治，查处占道经营行为320起。全年查处占道经营行为330起。",
    # paragraphs apart, a whole that does not name what it counts
    "上半年，区市场监管局受理消费投诉3216件。\n区司法局组织普法活动40场。\n全年共受理2987件。",
    "上半年受理消费投诉3300件，去年全年受理消费投诉2987件。",
    "上半年受理消费投诉1800件，去年同期为1600件。全年受理消费投诉3500件，去年全年受理2987件。",
    # the year's figure of a narrower kind of the part's thing
    "上半年，区交警大队查处交通违法行为13.1万起。\n全年查处酒驾醉驾等严重交通违法行为1860起。",
    "上半年，区城管局共查处占道经营、跨门经营、店外经营等各类违法行为1180起。\n"
    "区司法局开展法治宣传活动20场。\n全年依法查处违法建设案件402起，拆除违建面积1.2万平方米。",
    # the year's figure of one body, the part's of the whole area
    "上半年，全区受理消费投诉3216件。全年，区市场监管局受理消费投诉2987件。",
    # approximations that fit
    "一季度受理劳动争议案件近400件。全年受理劳动争议案件1600余件。",
]


@pytest.mark.parametrize("text", PART_TRAPS)
def test_another_thing_year_or_heading_is_not_a_part(text: str) -> None:
    assert _n(text, 2024, "N302") == []


def test_same_thing_by_distinguishing_words() -> None:
    assert distinguishing("占道经营、跨门经营等违法行为") == ("占道经营", "跨门经营")
    assert not same_thing("占道经营、跨门经营等违法行", "违法建设案件")
    assert not same_thing("行政复议案件", "行政诉讼案件")
    assert same_thing("劳动争议仲裁案件", "劳动争议案件")
    assert same_thing("违法建设案件", "案件")  # a later mention refers back
    assert same_thing("涉自然资源领域行政复议和诉讼案件", "此类案件")
    assert not same_thing("违法行为", "违法建设案件")  # a class, then one kind of it
    assert same_thing("交通违法行为", "违法行为")
    assert same_thing("", "违法建设案件")  # a noun left out
    assert not same_thing("食品安全违法案件", "药品安全违法案件")  # one head, other things
    assert same_thing("劳动人事争议案件", "劳动争议案件")
    assert not same_thing("治安案件", "刑事案件")
    assert narrower("酒驾醉驾等严重交通违法行为", "交通违法行为")
    assert not narrower("各类违法行为", "违法行为")


def test_counted_thing_leaves_out_body_time_and_light_verbs() -> None:
    bq = extract(
        "上半年，区人社局开展劳动保障监察执法检查1200户次，全年共查处违法建设案件40起。", 0
    )
    assert [counted_thing(q) for q in bq.quantities] == ["劳动保障监察执法检查", "违法建设案件"]


# --- 3. a plan dated the report year --------------------------------------------------------

PLAN_FOR_PAST = [
    "下一步，我局将继续深化法治建设。2023年，我局将重点抓好以下工作：一是加强执法监督；二是深化普法。",
    "全年共受理复议案件200件。\n下一步工作打算\n2023年，区司法局将重点抓好以下工作：一是加强执法监督。",
    "下一步，我们将聚焦三个方面。2023年，计划新建法治文化阵地10个。",
    "下一步，区生态环境局将重点抓好以下工作。\n2023年，我局将完善生态环境执法三项制度。",
    "下一步，我局将在2023年全面推行行政执法公示制度。",
    "明年，区教育局将持续推进依法治校。2023年，拟新建法治教育基地3个。",
    "下一步，区应急局将强化安全生产执法。2022年，力争实现执法检查全覆盖。",
    "三、下一步工作思路\n2023年，区医保局将聚焦基金监管，开展专项治理。",
    "下一步工作打算\n2023年重点抓好以下几方面工作：一是深化执法监督；二是加强普法。",
    "今后，区税务局将持续优化营商环境。2023年，我们将从以下几个方面着力：一是规范执法。",
    "下一步，区司法局将持续发力。2023年度，区司法局将重点推进三项工作。",
    "全年共受理复议案件200件。\n下一步工作打算\n我局计划于2023年底前完成全部执法人员轮训。",
    "下一步，我们将着力抓好以下工作：一是深化改革，2023年计划出台规范性文件3件；二是加强监督。",
    "下一步，区卫健委将继续努力。拟于2023年6月前完成机构改革。",
    "下一步工作打算\n一是加强执法监督，力争2023年行政复议纠错率下降5个百分点。",
]


@pytest.mark.parametrize("text", PLAN_FOR_PAST)
def test_a_plan_dated_the_report_year_or_earlier(text: str) -> None:
    assert _n(text, 2023, "N301") == ["N301"]


PLAN_TRAPS = [
    "2023年以来，我局持续深化法治建设，共受理复议案件200件。下一步将继续努力。",
    "我局将执法案卷评查结果纳入2023年度考核，全年共评查案卷120卷。",
    "全年共受理复议案件200件。下一步，2024年我局将重点抓好以下工作。",
    "下一步，我局将巩固2023年取得的成效，持续推进法治政府建设。",
    # 将 of 「将…纳入」 after the plan part began: what was done
    "下一步将继续努力。2023年，我局将执法案卷评查结果纳入年度考核。",
    "下一步将继续努力。2023年，区政府要求各部门落实行政执法三项制度。",
    "下一步将继续努力。2023年，全区共受理行政复议案件200件。",
    # a heading of another part ends the plan part
    "下一步工作打算\n一是加强执法监督。\n四、其他需要报告的情况\n2023年，我局将执法案卷评查结果纳入考核。",
    "下一步工作打算\n对标2023年考核中发现的问题，我局将逐项整改。",
    "下一步工作打算\n2023年以来，我局持续推进法治建设，将继续巩固成效。",
    "截至2023年底，区人社局已为农民工追回工资1200万元，为今后工作打下基础。",
    "下一步将继续努力。2023年，全区将近3000人参加学法考试。",
    "下一步工作打算\n一是巩固2023年专项整治成果。二是总结2023年经验做法。",
    "下一步工作打算\n在2023年工作的基础上，我局将持续深化法治建设。",
    "下一步工作打算\n我局将2023年度考核结果运用到干部选任中。",
    # a closing 下一步 of a paragraph on the year's work plans only that paragraph
    "全年共受理复议案件200件，下一步将继续规范办理。\n2023年，我局将行政执法公示制度落实到位，共公示信息1200条。",
]


@pytest.mark.parametrize("text", PLAN_TRAPS)
def test_the_report_year_in_a_retrospective_or_the_next_year_in_a_plan(text: str) -> None:
    assert _n(text, 2023, "N301") == []


def test_the_body_a_figure_is_counted_by() -> None:
    bq = extract("上半年市政府共办理行政复议案件148件，全年，全区共办理行政复议案件300件。", 0)
    assert [named_body(q) for q in bq.quantities] == ["市政府", ""]
