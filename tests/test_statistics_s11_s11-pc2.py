"""Links a sentence does not make, in worded quantities, money and tables (session 11, s11-pc2).

Mechanisms, each with its own contradictions and consistent traps (every sentence was written
for these tests; each change, sum and rate was worked out by hand in the comment):

* a change after a semicolon speaks of the figure right before it: a base restated in an
  earlier statement for another thing (「行政复议…上年同期为286件；行政诉讼…92件，同比下降…」)
  is not its base (change.py ``_counts_other``);
* a figure said to be beside a table (另, 此外: numbers.toml ``containment.beside-table``) is
  neither its 合计 row nor one of its rows (tables.py ``_other_scope``);
* shares of counts that repeat the noun of the scope their sentence opens with
  (「23个部门中，21个部门…，占91.3%；18个部门…，占78.3%」) are read by the words after that
  noun: different actions, shares that may overlap (partition.py ``_shares_of_attributes``);
* a success rate (numbers.toml ``rates.success``) whose numerator is a 其中 part of the
  concluded counting the attempts of one way that succeeded (其中经调解达成协议的…) has its
  base, the attempts, unsaid (rates.py ``_attempts_unsaid``).
"""

from __future__ import annotations

import pytest
from relation_helpers import table_document

from fazhi_lint.analysis.relations import analyze_document, analyze_text, contradictions
from fazhi_lint.model import Severity


def _codes(text: str, code: str, year: int = 2024) -> list[Severity | None]:
    return [r.severity for r in contradictions(analyze_text(text, year)) if r.code == code]


# --- 1. a change after a semicolon, a base of another thing before it --------------------

CHANGE_TRAPS = [
    # 复议 312 vs 286 is +9.1%; the fall of 12.4% is 诉讼's (92 ← 105), its base not given
    "全区行政复议案件新收三百一十二件，上年同期为二百八十六件；行政诉讼案件一审新收九十二件，"
    "同比下降12.4%。",
    # 投诉 8,620 vs 7,950 (+8.4%); 举报线索 +15.3% against a prior not given
    "全年受理消费投诉8,620件，上年为7,950件；核查举报线索1,240件，同比增长15.3%。",
    # 法律援助 1,236 vs 1,110 (+11.4%); 公证 +9.6% of its own prior
    "办理法律援助案件1,236件，上年同期为1,110件；办理公证事项5,436件，同比增长9.6%。",
    # 规范性文件 42 vs 38 (+10.5%); 合同 +12.0%
    "审查规范性文件四十二件，上年为三十八件；审查行政合同一百八十六件，同比增长12.0%。",
    # 来访 1.36 vs 1.28万 (+6.3%); 热线 +8.3%
    "接待来访群众1.36万人次，上年为1.28万人次；接听热线电话2.6万人次，同比增长8.3%。",
    # 宣传资料 3.2 vs 2.8万 (+14.3%); 读本 +22.2%
    "全年发放宣传资料3.2万份，上年同期为2.8万份；印发普法读本1.1万份，同比增长22.2%。",
    # 违法建设 320 vs 365 (-12.3%); 占道经营 -8.5% of its own prior
    "查处违法建设案件三百二十件，上年同期为三百六十五件；查处占道经营案件五百四十件，同比下降8.5%。",
    # 行政处罚 1,008 vs 1,120 (-10.0%); 行政强制 +5.2%
    "作出行政处罚决定一千零八件，上年为一千一百二十件；实施行政强制措施二百一十件，同比增长5.2%。",
]

CHANGE_WRONG = [
    # 312 vs 286: +9.1%, not 12.4%
    "全区行政复议案件新收三百一十二件，上年同期为二百八十六件，同比增长12.4%。",
    # 312 → 286: -8.3%, not 12.4%
    "上年受理投诉三百一十二件；今年受理投诉二百八十六件，同比下降12.4%。",
    # 92 vs 105: -12.4%, not 18.4%
    "行政诉讼案件一审新收九十二件，上年同期为一百零五件，同比下降18.4%。",
    # 320 vs 365: -12.3%, not 15.3%
    "全年查处违法建设案件三百二十件，上年同期为三百六十五件，同比下降15.3%。",
    # 38 → 42: +10.5%, not 15.5%
    "上年审查规范性文件三十八件；今年审查规范性文件四十二件，同比增长15.5%。",
    # 1,110 → 1,236: +11.4%, not 13.4%
    "上年办理法律援助案件1,110件；今年办理法律援助案件1,236件，同比增长13.4%。",
    # 2.8 → 3.2万: +14.3%, not 18.3%
    "全年发放宣传资料3.2万份，上年同期为2.8万份，同比增长18.3%。",
    # 1,120 → 1,008: -10.0%, not 12.0%
    "作出行政处罚决定一千零八件，上年为一千一百二十件，同比下降12.0%。",
]


@pytest.mark.parametrize("text", CHANGE_TRAPS)
def test_change_of_another_statement_trap(text: str) -> None:
    assert Severity.ERROR not in _codes(text, "N108"), text


@pytest.mark.parametrize("text", CHANGE_WRONG)
def test_change_of_its_own_statement_wrong(text: str) -> None:
    assert Severity.ERROR in _codes(text, "N108"), text


# --- 2. a figure beside a table --------------------------------------------------------


# 412 + 385 + 296 = 1093 disputes; 401 + 370 + 288 = 1059 settled
_MEDIATION = [
    ["街道", "调解纠纷（件）", "调解成功（件）"],
    ["城关街道", "412", "401"],
    ["滨江街道", "385", "370"],
    ["新华街道", "296", "288"],
    ["合计", "1093", "1059"],
]
# 126 + 88 + 42 = 256 cases; 1860 + 640 + 920 = 3420 inspections
_ENFORCEMENT = [
    ["领域", "检查（次）", "立案（件）"],
    ["市场监管", "1860", "126"],
    ["生态环境", "640", "88"],
    ["应急管理", "920", "42"],
    ["合计", "3420", "256"],
]

TABLE_TRAPS = [
    (
        _MEDIATION,
        "各街道人民调解情况如下表。",
        "除表列外，区级行业性专业性调解组织另调解纠纷二百一十六件。",
    ),
    (_MEDIATION, "各街道人民调解情况如下表。", "此外，区级医疗纠纷调解委员会调解纠纷八十六件。"),
    (
        _MEDIATION,
        "各街道人民调解情况见下表。",
        "区劳动争议调解中心另调解纠纷一百零二件，调解成功九十八件。",
    ),
    (_MEDIATION, "各街道人民调解情况见下表。", "表外，交通事故纠纷调解室全年调解纠纷三百件。"),
    (
        _ENFORCEMENT,
        "各领域行政执法情况见下表。",
        "全年另有跨部门联合执法案件三十八件，未计入下表。",
    ),
    (_ENFORCEMENT, "各领域行政执法情况见下表。", "此外，开展联合检查二百一十次，立案十二件。"),
    (_ENFORCEMENT, "各领域行政执法情况见下表。", "另开展“双随机、一公开”检查五百六十次。"),
    (_ENFORCEMENT, "各领域行政执法情况见下表。", "综合行政执法局另立案查处案件九十件。"),
]

TABLE_WRONG = [
    # the text's total 1,039 against the 合计 1093
    (_MEDIATION, "各街道人民调解情况如下表。", "全年共调解纠纷1039件。"),
    # 1,095 against 1093
    (_MEDIATION, "各街道人民调解情况如下表。", "全年各街道共调解纠纷1095件，调解成功1059件。"),
    # 1,069 settled against 1059
    (_MEDIATION, "各街道人民调解情况如下表。", "全年共调解成功1069件。"),
    # 城关街道 421 against its row 412
    (_MEDIATION, "各街道人民调解情况如下表。", "其中城关街道调解纠纷421件，数量居各街道之首。"),
    # 266 cases against 256
    (_ENFORCEMENT, "各领域行政执法情况见下表。", "全年共立案266件。"),
    # 3,240 inspections against 3420
    (_ENFORCEMENT, "各领域行政执法情况见下表。", "全年共检查3240次。"),
    # 市场监管 162 against 126
    (_ENFORCEMENT, "各领域行政执法情况见下表。", "其中市场监管领域立案162件。"),
    # 应急管理 24 against 42
    (_ENFORCEMENT, "各领域行政执法情况见下表。", "应急管理领域立案24件，同比有所下降。"),
]


def _table_codes(rows: list[list[str]], before: str, after: str) -> list[Severity | None]:
    found = contradictions(analyze_document(table_document(rows, before, after), 2024))
    return [r.severity for r in found if r.code == "N401"]


@pytest.mark.parametrize(("rows", "before", "after"), TABLE_TRAPS)
def test_figure_beside_table_trap(rows: list[list[str]], before: str, after: str) -> None:
    assert _table_codes(rows, before, after) == [], after


@pytest.mark.parametrize(("rows", "before", "after"), TABLE_WRONG)
def test_figure_of_table_wrong(rows: list[list[str]], before: str, after: str) -> None:
    assert Severity.ERROR in _table_codes(rows, before, after), after


# --- 3. shares of counts repeating the scope's noun ------------------------------------

SHARE_TRAPS = [
    # 21/23 = 91.3%, 18/23 = 78.3%: two duties, a department may do both
    "全区二十三个政府部门中，二十一个部门主要负责人履行了述法义务，占91.3%；十八个部门聘请了"
    "法律顾问，占78.3%。",
    # 17/19 = 89.5%, 15/19 = 78.9%
    "全镇十九个村中，十七个村建成法治文化广场，占89.5%；十五个村配备了法律明白人，占78.9%。",
    # 40/46 = 87.0%, 35/46 = 76.1%
    "全区四十六个单位中，四十个单位开展了合法性审核培训，占87.0%；三十五个单位建立了公职律师"
    "制度，占76.1%。",
    # 98/103 = 95.1%, 90/103 = 87.4%
    "全区一百零三个社区中，九十八个社区设立了法律服务室，占95.1%；九十个社区组建了调解队伍，"
    "占87.4%。",
    # 11/12 = 91.7%, 10/12 = 83.3%
    "全区十二个街道中，十一个街道完成了综合执法改革，占91.7%；十个街道公布了权责清单，占83.3%。",
    # 26/30 = 86.7%, 24/30 = 80.0%
    "全区三十所学校中，二十六所学校配齐了法治副校长，占86.7%；二十四所学校开设了法治课程，"
    "占80.0%。",
    # 52/60 = 86.7%, 45/60 = 75.0%
    "全区六十家重点企业中，五十二家企业签订了合规承诺书，占86.7%；四十五家企业建立了合规台账，"
    "占75.0%。",
    # 8/9 = 88.9%, 7/9 = 77.8%
    "全县九个乡镇中，八个乡镇建成了公共法律服务站，占88.9%；七个乡镇开通了远程视频调解，占77.8%。",
]

SHARE_WRONG = [
    # a complete split by nature: 62.3 + 41.2 = 103.5 (N102)
    "全年办理行政处罚案件中，适用一般程序的案件占62.3%，适用简易程序的案件占41.2%。",
    # 男/女: 58.6 + 45.4 = 104.0 (N102)
    "全年培训执法人员中，男性占58.6%，女性占45.4%。",
    # 线上/线下: 63.5 + 41.5 = 105.0 (N102)
    "全年政务服务事项办件量中，线上办理占63.5%，线下办理占41.5%。",
    # a rest: 72.4 + 31.6 = 104.0 (N102)
    "全年审结的复议案件中，维持的占72.4%，其余占31.6%。",
    # 一审/二审: 71.3 + 33.7 = 105.0 (N102)
    "全年行政诉讼案件中，一审案件占71.3%，二审案件占33.7%。",
    # 城镇/农村: 55.6 + 48.4 = 104.0 (N102)
    "全年法律援助受援人中，城镇居民占55.6%，农村居民占48.4%。",
    # 办结/未办结: 96.8 + 5.2 = 102.0 (N102)
    "全年受理的投诉中，已办结的占96.8%，未办结的占5.2%。",
    # 国内/境外: 90.2 + 12.8 = 103.0 (N102)
    "全年登记的市场主体中，内资企业占90.2%，外资企业占12.8%。",
]


@pytest.mark.parametrize("text", SHARE_TRAPS)
def test_shares_of_attributes_trap(text: str) -> None:
    found = [r for r in contradictions(analyze_text(text, 2024)) if r.code in ("N101", "N102")]
    assert found == [], text


@pytest.mark.parametrize("text", SHARE_WRONG)
def test_shares_of_a_split_wrong(text: str) -> None:
    found = [r for r in contradictions(analyze_text(text, 2024)) if r.code in ("N101", "N102")]
    assert found, text


# --- 4. a success rate whose attempts are unsaid ----------------------------------------

SUCCESS_TRAPS = [
    # 5,860 succeeded of those mediated (5,860 / 0.623 = 9,406, not given)
    "全年接收投诉举报1.26万件；办结1.23万件，办结率97.6%；其中经调解达成协议的5,860件，"
    "调解成功率为62.3%。",
    # 312 of the concluded reached agreement by mediation; 调解成功率 of those mediated (unsaid)
    "全年审结劳动争议案件846件，其中经调解达成协议的312件，调解成功率为71.2%。",
    "全年办结消费纠纷2,140件，其中通过调解达成和解的1,205件，调解成功率为86.4%。",
    "全年化解信访矛盾460件，其中经调解达成一致的210件，调解成功率为92.1%。",
    "全年审结医疗纠纷案件126件，其中经人民调解达成协议的58件，调解成功率为81.7%。",
    "全年办结物业纠纷980件，其中经和解达成协议的230件，和解成功率为64.0%。",
    "全年办结土地承包纠纷87件，其中经调解达成协议的40件，调解成功率为88.9%。",
    "全年审结行政复议案件310件，其中经调解达成和解的45件，调解成功率为73.8%。",
]

SUCCESS_WRONG = [
    # 600 / 640 = 93.8%, not 98.2%
    "全年受理矛盾纠纷640件，其中调解成功600件，调解成功率为98.2%。",
    # 537 / 912 = 58.9%, not 63.9% (调解结案: a way of concluding)
    "全年共审结劳动人事争议案件912件，其中调解结案537件，调解成功率为63.9%。",
    # 300 / 640 = 46.9%, not 58.2%
    "全年审结案件640件，其中调解结案300件，调解结案率为58.2%。",
    # 319 / 327 = 97.6%, not 99.1%
    "全年排查化解矛盾纠纷327件，调解成功319件，调解成功率达99.1%。",
    # 398 / 412 = 96.6%, not 98.6%
    "全年共受理各类矛盾纠纷412件，调解成功398件，调解成功率98.6%。",
    # 1,890 / 2,140 = 88.3%, not 91.3%
    "全年受理消费纠纷2,140件，其中调解成功1,890件，调解成功率为91.3%。",
    # 401 / 460 = 87.2%, not 82.7%
    "全年受理信访事项460件，其中化解成功401件，化解成功率为82.7%。",
    # 76 / 87 = 87.4%, not 78.4%
    "全年受理土地承包纠纷87件，调处成功76件，调处成功率为78.4%。",
]


@pytest.mark.parametrize("text", SUCCESS_TRAPS)
def test_success_rate_attempts_unsaid_trap(text: str) -> None:
    assert _codes(text, "N104") == [], text


@pytest.mark.parametrize("text", SUCCESS_WRONG)
def test_success_rate_wrong(text: str) -> None:
    assert Severity.ERROR in _codes(text, "N104"), text


# --- 5. a bare total of the year after its halves or quarters ----------------------------

PERIOD_TOTAL_WRONG = [
    # 320 + 415 = 735, not 753
    "上半年查处占道经营案件三百二十件，下半年四百一十五件，全年共计七百五十三件。",
    # 120 + 130 + 140 + 150 = 540, not 560
    "一季度受理投诉120件，二季度130件，三季度140件，四季度150件，全年共计560件。",
    # 56 + 61 = 117, not 107
    "上半年审查规范性文件56件，下半年61件，全年合计107件。",
    # 1,260 + 1,380 = 2,640, not 2,460
    "上半年接待来访群众1,260人次，下半年1,380人次，全年共2,460人次。",
    # 12.6 + 14.3 = 26.9万元, not 29.6
    "上半年发放法律援助补贴12.6万元，下半年14.3万元，全年共计29.6万元。",
    # 三 + 五 = 八, not 九
    "上半年召开常务会议学法三次，下半年五次，全年共计九次。",
    # 41 + 38 = 79, not 97
    "上半年组织旁听庭审41人次，下半年38人次，全年总计97人次。",
    # 210 + 198 + 205 + 230 = 843, not 834
    "第一季度办理公证事项210件，第二季度198件，第三季度205件，第四季度230件，全年共计834件。",
]

PERIOD_TOTAL_TRAPS = [
    # 320 + 415 = 735
    "上半年查处占道经营案件三百二十件，下半年四百一十五件，全年共计七百三十五件。",
    # 120 + 130 + 140 + 150 = 540
    "一季度受理投诉120件，二季度130件，三季度140件，四季度150件，全年共计540件。",
    # a whole of another stage (办结) after the halves of 受理: no sum
    "上半年受理投诉320件，下半年415件，全年共计办结720件。",
    # two measures before the halves: which one they split is a guess
    "上半年受理投诉320件，办结300件，下半年受理415件，全年共计753件。",
    # an approximate total
    "上半年审查规范性文件56件，下半年61件，全年共计约120件。",
    # 12.6 + 14.3 = 26.9万元
    "上半年发放法律援助补贴12.6万元，下半年14.3万元，全年共计26.9万元。",
    # a cumulative total since 2019, not the year's
    "上半年培训执法人员320人次，下半年415人次，2019年以来累计培训4,860人次。",
    # 上年 halves against this year's total: another year
    "上年上半年查处案件320件，下半年415件；今年全年共计查处案件802件。",
]


@pytest.mark.parametrize("text", PERIOD_TOTAL_WRONG)
def test_period_total_after_parts_wrong(text: str) -> None:
    assert _codes(text, "N302"), text


@pytest.mark.parametrize("text", PERIOD_TOTAL_TRAPS)
def test_period_total_after_parts_trap(text: str) -> None:
    assert _codes(text, "N302") == [], text
