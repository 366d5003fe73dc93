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
    "全区应急管理部门全年检查生产经营单位3,600家。\n约谈企业负责人45人。\n"
    "完成隐患整改3,300家，整改率为95.6%。",
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
]


@pytest.mark.parametrize("text", RATES_ACROSS)
def test_rate_against_a_base_stated_before(text: str) -> None:
    got = [(c, s) for c, s, _ in found(text)]
    assert ("N104", W) in got or ("N104", E) in got, found(text)


@pytest.mark.parametrize("text", RATES_ACROSS_TRAPS)
def test_rate_across_traps(text: str) -> None:
    assert not [f for f in found(text) if f[0] == "N104"], found(text)


def test_rate_across_message_names_its_figures() -> None:
    text = RATES_ACROSS[0]
    (msg,) = [m for c, _, m in found(text) if c == "N104"]
    assert "2,187÷2,316" in msg and "94.4%" in msg and "合格率96.4%" in msg
