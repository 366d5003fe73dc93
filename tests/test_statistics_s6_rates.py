"""Rates and year-on-year change, session 6 (issue 9): open rate nouns, rates stated
sentences or paragraphs after their figures, bracketed bases with 分别.

Every sentence is written for these tests from the general mechanism (bodies, nouns and
numbers varied; none is taken from a statistics set). The expected verdicts were worked out
by hand:

* open rate nouns: 107 ÷ 860 = 12.44%, 61 ÷ 214 = 28.50%, 210 ÷ 1500 = 14%, 62 ÷ 85 =
  72.94%, 296 ÷ 320 = 92.5%, 150 ÷ 600 = 25%, 81 ÷ 540 = 15%, 90 ÷ 1250 = 7.2%, 46 ÷ 200 =
  23%; (860 − 107) ÷ 860 = 87.56% (a rate of what passed); 55 ÷ 214 = 25.70% and 55 ÷ 61 =
  90.16% (two readings, either fits); 8 ÷ 12 = 66.67% (66.7% and 67% both fit);
* rates paragraphs later: 91 ÷ 96 = 94.79%, 25 ÷ 28 = 89.29%, 118 ÷ 126 = 93.65%,
  27 ÷ 32 = 84.38%, 45 ÷ 48 = 93.75%, 34 ÷ 40 = 85%, 494 ÷ 520 = 95%, 9 ÷ 12 = 75%,
  2 ÷ 3 = 66.67%; (91 + 5) ÷ 96 = 100%;
* year on year: 40 ← 46 is −13.04%, 7 ← 9 is −22.22% (over the current 7: 28.57%),
  11 ← 9 is +22.2% (a rise, not a fall), 5.2万 ← 4.6万 is +13.0%, 83 ← 95 is −12.63%,
  1,280 ← 1,000 is +28%, 64 ← 80 is −20% (over 64: 25%), 1,050 ← 1,236 is −15.05% (over
  1,050: 17.71%), 44 ← 40 is +10%, 860 ← 792 is +8.59% (over 860: 7.9%), 1,030 ← 978 is
  +5.32%, 96 ← 120 is −20% (over 96: 25%), 三 ← 五 is −40% (over 三: 66.7%), 2 ← 3 is
  −33.3%, 320 ← 250 is +28% (over 320: 21.9%), 1,320 ← 1,200 is +10%.

A link across a full stop or a paragraph is a warning; an error only within one sentence
(or an explicit 分别 mapping in it).
"""

from __future__ import annotations

import pytest

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity

E, W = Severity.ERROR, Severity.WARNING


def found(text: str) -> list[tuple[str | None, Severity | None, str]]:
    return [(r.code, r.severity, r.message) for r in contradictions(analyze_text(text, 2024))]


# (code, severity, text): None = nothing of N104/N108 may be reported
OPEN_NOUNS = [
    ("N104", E, "区市场监管局抽检食品860批次，发现不合格的107批次，问题检出比例为14.2%。"),
    (None, None, "区市场监管局抽检食品860批次，发现不合格的107批次，问题检出比例为12.4%。"),
    ("N104", E, "全年审查合同214份，提出修改意见的61份，意见提出比例为25.8%。"),
    (None, None, "全年审查合同214份，提出修改意见的61份，意见提出比例为28.5%。"),
    ("N104", E, "区人社局审核培训补贴申请1500份，审核中退回补正的210份，退件比例为12%。"),
    (None, None, "区人社局审核培训补贴申请1500份，审核中退回补正的210份，退件比例为14%。"),
    ("N104", E, "街道收到群众意见建议85条，采纳的62条，意见采纳百分比为79.2%。"),
    (None, None, "街道收到群众意见建议85条，采纳的62条，意见采纳百分比为72.9%。"),
    ("N104", E, "街道共排查矛盾纠纷320起，其中成功化解的296起，化解比率为95.2%。"),
    (None, None, "街道共排查矛盾纠纷320起，其中成功化解的296起，化解比率为92.5%。"),
    ("N104", W, "应急管理局检查企业600家。其中存在隐患的150家。隐患企业占比为20%。"),
    (None, None, "应急管理局检查企业600家。其中存在隐患的150家。隐患企业占比为25%。"),
    (
        "N104",
        E,
        "区卫健委开展医疗机构监督检查五百四十户次，对存在问题的八十一户次下达监督意见书，"
        "问题发现率为18%。",
    ),
    (
        None,
        None,
        "区卫健委开展医疗机构监督检查五百四十户次，对存在问题的八十一户次下达监督意见书，"
        "问题发现率为15%。",
    ),
    ("N104", E, "区税务局全年审核退税申请1,250件，审核中发现疑点的90件，疑点比重为8.2%。"),
    (None, None, "区税务局全年审核退税申请1,250件，审核中发现疑点的90件，疑点比重为7.2%。"),
    ("N104", E, "公安分局核查网络谣言线索二百条，查证属实的四十六条，线索查实比率为32%。"),
    (None, None, "公安分局核查网络谣言线索二百条，查证属实的四十六条，线索查实比率为23%。"),
]

OPEN_NOUN_TRAPS = [
    # a rate of what passed, the part counting what failed
    "区市场监管局抽检食品860批次，发现不合格的107批次，食品抽检达标比例为87.6%。",
    # a percentage of something else
    "全年审查合同214份，提出修改意见的61份，合同审查数量同比增长12.4%。",
    # a rate with no stated pair
    "全年办理行政执法案件1,200件，群众满意比例为98%。",
    # two possible pairs, one fits (55 ÷ 214; 55 ÷ 61)
    "全年审查合同214份，提出修改意见的61份，采纳修改意见的55份，意见采纳比例为25.7%。",
    "全年审查合同214份，提出修改意见的61份，采纳修改意见的55份，意见采纳比例为90.2%。",
    # a rate of the whole, not of the part
    "全年办理执法案件3,600件，其中网上办理3,000件，执法案件办结率为99%。",
    # rounding 8 ÷ 12
    "区教育局抽查学校12所，其中发现问题的8所，问题发现比例为66.7%。",
    "区教育局抽查学校12所，其中发现问题的8所，问题发现比例为67%。",
    # a survey's degree is no share of the listed figures
    "全年举办培训班32期，其中线上培训的12期，参训人员满意比例为98%。",
    # an approximate whole (近900: 107 ÷ 860 fits)
    "区市场监管局抽检食品近900批次，发现不合格的107批次，问题检出比例为12.4%。",
    # last year's figure in brackets is no term of a rate
    "区信访局全年受理信访事项1,512件，较上年（1,647件）下降8.2%，网上信访占比为68.1%。",
]

LATER = [
    (
        "N104",
        "全区96个社区中已有91个建成公共法律服务工作室。\n全区开展普法讲座120场。\n"
        "目前社区公共法律服务工作室建成率达97.9%。",
    ),
    (
        "N104",
        "全镇共有行政村28个，其中25个已配备村法律顾问。\n镇司法所全年开展人民调解员培训6期。\n"
        "村法律顾问配备率达到92.9%。",
    ),
    (
        "N104",
        "全县126所中小学校中已有118所聘请了法治副校长。\n县教育局组织开展宪法晨读活动。\n"
        "全县中小学法治副校长聘任率为96.8%。",
    ),
    (
        "N104",
        "街道辖区32个小区中有27个成立了业主委员会。\n街道全年召开联席会议12次。\n"
        "小区业委会组建率为87.5%。",
    ),
    (
        "N104",
        "区属48家国有企业中，已有45家设立总法律顾问。\n区国资委组织开展合规培训3场。\n"
        "国有企业总法律顾问设立比例为95.8%。",
    ),
    (
        "N104",
        "全区96个社区中已有91个建成公共法律服务工作室。全区开展普法讲座120场。"
        "社区公共法律服务工作室建成率达97.9%。",
    ),
    (
        "N104",
        "全区共有农贸市场40个，其中已完成标准化改造的34个。\n城管执法局全年开展执法培训。\n"
        "农贸市场标准化改造完成率为90%。",
    ),
    (
        "N104",
        "全区定点医药机构共有520家，其中已接入智能监管系统的494家。\n"
        "区医保局开展打击欺诈骗保专项行动。\n定点医药机构智能监管接入率达97%。",
    ),
    (
        "N104",
        "全镇十二个村中已有九个建成法治文化广场。\n镇综治办开展平安建设宣传。\n"
        "村级法治文化广场建成率达到80%。",
    ),
]

LATER_TRAPS = [
    # the same with the rates that fit
    "全区96个社区中已有91个建成公共法律服务工作室。\n全区开展普法讲座120场。\n"
    "目前社区公共法律服务工作室建成率达94.8%。",
    "全镇共有行政村28个，其中25个已配备村法律顾问。\n镇司法所全年开展人民调解员培训6期。\n"
    "村法律顾问配备率达到89.3%。",
    "全县126所中小学校中已有118所聘请了法治副校长。\n县教育局组织开展宪法晨读活动。\n"
    "全县中小学法治副校长聘任率为93.7%。",
    "全镇十二个村中已有九个建成法治文化广场。\n镇综治办开展平安建设宣传。\n"
    "村级法治文化广场建成率达到75%。",
    # another set
    "全区96个社区中已有91个建成公共法律服务工作室。\n全区开展普法讲座120场。\n"
    "全市社区公共法律服务工作室建成率达97.9%。",
    # another year
    "全区96个社区中已有91个建成公共法律服务工作室。\n全区开展普法讲座120场。\n"
    "2023年社区公共法律服务工作室建成率为97.9%。",
    "全区96个社区中已有91个建成公共法律服务工作室。\n全区开展普法讲座120场。\n"
    "上年社区公共法律服务工作室建成率为90.6%。",
    # another thing of the same set
    "全区96个社区中已有91个建成公共法律服务工作室。\n全区开展普法讲座120场。\n"
    "目前社区网格员配备率达97.9%。",
    # the rest done since, in the pair's paragraph and in another one
    "全区96个社区中已有91个建成公共法律服务工作室，其余5个已于12月底前建成。\n"
    "全区开展普法讲座120场。\n目前社区公共法律服务工作室建成率达100%。",
    "全区96个社区中已有91个建成公共法律服务工作室。\n"
    "全区开展普法讲座120场。其余5个社区的工作室已于12月底前建成。\n"
    "目前社区公共法律服务工作室建成率达100%。",
    # rounding 2 ÷ 3
    "全镇3个社区中已有2个建成法律服务工作室。\n镇司法所开展普法讲座20场。\n"
    "社区法律服务工作室建成率达66.7%。",
    "全镇3个社区中已有2个建成法律服务工作室。\n镇司法所开展普法讲座20场。\n"
    "社区法律服务工作室建成率达67%。",
]

YEAR_ON_YEAR = [
    (
        "N108",
        E,
        "全年发生火灾事故40起、受伤11人，与上年（发生46起、受伤9人）相比，分别下降13.0%和22.2%。",
    ),
    ("N108", E, "全年发生火灾事故40起、受伤7人，上年分别为46起和9人，分别下降13.0%和28.6%。"),
    (
        "N108",
        E,
        "全年查处交通违法行为5.2万起、事故伤亡83人，比上年（4.6万起、95人）分别增长13.0%、"
        "增长12.6%。",
    ),
    (
        "N108",
        E,
        "全年医保基金追回金额1,280万元、处理违规机构64家，2023年分别为1,000万元和80家，"
        "分别增长28%和下降25%。",
    ),
    ("N108", E, "全年受理行政复议案件1,050件，较上年的1,236件下降17.7%。"),
    ("N108", E, "全年税务行政复议申请44件，较上年（40件）减少10%。"),
    (
        "N108",
        E,
        "全年受理信访事项1,512件、网上信访事项1,030件，分别较上年下降8.2%和增长5.8%"
        "（上年分别为1,647件、978件）。",
    ),
    (
        "N108",
        E,
        "全年办理环境违法案件96件、罚没款560万元，分别下降25%和增长12%（2023年为120件、500万元）。",
    ),
    ("N108", E, "全年校园安全事故三起，与上年（五起）相比下降66.7%。"),
    (
        "N108",
        W,
        "区人社局全年受理劳动争议仲裁案件860件，上年为792件。\n"
        "区人社局组织开展劳动用工法治体检50次。\n仲裁案件数量同比增长7.9%。",
    ),
    (
        "N108",
        W,
        "全年受理行政复议申请320件，2023年为250件。\n区复议局组织听证12次。\n受理量较上年增长22%。",
    ),
    (
        "N108",
        W,
        "全年发生火灾事故40起、受伤7人（上年分别为46起、9人）。"
        "火灾起数和受伤人数分别下降13.0%和28.6%。",
    ),
    (
        "N108",
        W,
        "全年发生火灾事故40起、受伤7人，上年分别为46起、9人。\n区应急局开展消防演练30场。\n"
        "两项数据同比分别下降15.0%和22.2%。",
    ),
    (
        "N108",
        W,
        "全年办理行政处罚案件1,320件，上年为1,200件。区执法局开展执法培训8期。"
        "行政处罚案件数量同比下降10%。",
    ),
]

YEAR_ON_YEAR_TRAPS = [
    "全年发生火灾事故40起、受伤7人，与上年（发生46起、受伤9人）相比，分别下降13.0%和22.2%。",
    "全年发生火灾事故40起、受伤7人，上年分别为46起和9人，分别下降13.0%和22.2%。",
    "全年查处交通违法行为5.2万起、事故伤亡83人，比上年（4.6万起、95人）分别增长13.0%、下降12.6%。",
    "全年医保基金追回金额1,280万元、处理违规机构64家，2023年分别为1,000万元和80家，"
    "分别增长28%和下降20%。",
    "全年办理环境违法案件96件、罚没款560万元，分别下降20%和增长12%（2023年为120件、500万元）。",
    # no prior figure; a prior figure of another thing
    "全年办理行政执法案件820件，同比增长12.4%。",
    "全年办理行政执法案件820件，同比增长12.4%，上年查处的食品案件为300件。",
    # 个百分点 used correctly
    "全年行政复议纠错率为12.5%，较上年提高2.1个百分点（上年为10.4%）。",
    # rounding
    "全年办理法律援助案件1,236件，较上年的1,050件增长17.7%。",
    "全年发生较大事故2起，较上年（3起）下降33.3%。",
    "全年发生较大事故2起，较上年（3起）下降33%。",
    "全年校园安全事故三起，与上年（五起）相比下降40%。",
    "全年受理12345热线工单2.6万件，去年同期为2.4万件，同比增长8.3%。",
    # the change stated later, fitting
    "全年发生火灾事故40起、受伤7人（上年分别为46起、9人）。"
    "火灾起数和受伤人数分别下降13.0%和22.2%。",
    "全年发生火灾事故40起、受伤7人，上年分别为46起、9人。\n区应急局开展消防演练30场。\n"
    "两项数据同比分别下降13.0%和22.2%。",
    "全年办理行政处罚案件1,320件，上年为1,200件。区执法局开展执法培训8期。"
    "行政处罚案件数量同比增长10%。",
    "全年受理行政复议申请320件，2023年为250件。\n区复议局组织听证12次。\n受理量较上年增长28%。",
]


@pytest.mark.parametrize(("code", "severity", "text"), OPEN_NOUNS)
def test_open_rate_nouns(code: str | None, severity: Severity | None, text: str) -> None:
    rels = [r for r in found(text) if r[0] in ("N104", "N108")]
    if code is None:
        assert rels == []
    else:
        assert [(c, s) for c, s, _ in rels] == [(code, severity)], rels
        assert "÷" in rels[0][2]


@pytest.mark.parametrize("text", OPEN_NOUN_TRAPS)
def test_open_rate_noun_traps(text: str) -> None:
    assert [r for r in found(text) if r[0] in ("N104", "N108")] == []


@pytest.mark.parametrize(("code", "text"), LATER)
def test_rate_stated_later(code: str, text: str) -> None:
    rels = [r for r in found(text) if r[0] == code]
    assert len(rels) == 1, rels
    assert rels[0][1] is Severity.WARNING  # a link by words across a full stop
    assert "÷" in rels[0][2]


@pytest.mark.parametrize("text", LATER_TRAPS)
def test_rate_stated_later_traps(text: str) -> None:
    assert [r for r in found(text) if r[0] in ("N104", "N108")] == []


@pytest.mark.parametrize(("code", "severity", "text"), YEAR_ON_YEAR)
def test_year_on_year(code: str, severity: Severity, text: str) -> None:
    rels = [r for r in found(text) if r[0] in ("N104", "N108")]
    assert [(c, s) for c, s, _ in rels] == [(code, severity)], rels


@pytest.mark.parametrize("text", YEAR_ON_YEAR_TRAPS)
def test_year_on_year_traps(text: str) -> None:
    assert [r for r in found(text) if r[0] is not None and r[0].startswith("N1")] == []


def test_messages_show_the_arithmetic_and_what_went_wrong() -> None:
    (rel,) = found(
        "全年发生火灾事故40起、受伤11人，与上年（发生46起、受伤9人）相比，分别下降13.0%和22.2%。"
    )
    assert "实为增长" in rel[2] and "（11－9）÷9" in rel[2]
    (rel,) = found("全年受理行政复议案件1,050件，较上年的1,236件下降17.7%。")
    assert "（1,236－1,050）÷1,236＝15" in rel[2]
    assert "以本期数为基数" in rel[2] and "÷1,050＝17.7%" in rel[2]
    (rel,) = found(
        "全区96个社区中已有91个建成公共法律服务工作室。\n全区开展普法讲座120场。\n"
        "目前社区公共法律服务工作室建成率达97.9%。"
    )
    assert "91÷96＝94.8%" in rel[2]
