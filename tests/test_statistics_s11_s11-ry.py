"""Rates and year-on-year changes on unseen shapes, session 11 (s11-ry).

Every sentence is written for these tests from the mechanism (bodies, nouns, verbs and
numbers varied; none is taken from a statistics set or from fixtures/statistics/own11/
s11-ry.toml). The verdicts were worked out by hand:

* a base after a change, named by last year and the verb only or in a clause opening with
  last year: 342 ÷ 298 = +14.8% (12.5% fails); 1,260 ÷ 1,050 = +20% (15% fails); 486 ÷ 520
  = −6.5% (8.0% fails); 96 ÷ 40 = 2.4 times (增加了2倍 = 3 times, or 2, fails); 64 ÷ 38 =
  +68% (一倍以上 fails); 518 ÷ 236 = 2.19 times (2倍 fails beyond 5%); 615 ÷ 480 = +28.1%
  (25% fails); 212 ÷ 196 = +8.2% (6.0% fails); 245 ÷ 138 = 1.78 times (增加了一倍
  fails; 上年同期受理了, the verb with 了). Silent: the right figures (14.8%, −6.5%,
  120 ÷ 40 = 3, 80 ÷ 38 = 2.1, 472 ÷ 236 = 2, 8.2%, 276 ÷ 138 = 2), another stage (上年办结) or another
  thing (上年仲裁结案).
* a 个百分点 change against last year's rate in the next sentence: 38.5 − 33.1 = 5.4 (6.2
  fails); 2.4 − 1.8 = 0.6 (0.9); 42.6 − 38.3 = 4.3 (5.3); 68.0 − 57.5 = 10.5 (12.5);
  97.2 − 95.8 = 1.4 (1.8); 6.3 − 4.1 = 2.2 (2.7); 91.4 − 86.9 = 4.5 (3.6); 95.0 − 93.0 =
  2.0 (1.5). Silent: the right points, another rate next, a sentence not opening with last
  year, a base in the change's own sentence.
* 翻番 before its 由…到… pair: 4,120 ÷ 2,350 = 1.75; 152 ÷ 86 = 1.77; 150 ÷ 45 = 3.3 (翻两番
  = 4); 736 ÷ 412 = 1.79; 98 ÷ 64 = 1.53; 205 ÷ 120 = 1.71; 3.1 ÷ 1.2 = 2.58; 540 ÷ 315 =
  1.71. Silent: 4,720 ÷ 2,350 = 2.01, 172 ÷ 86 = 2, 180 ÷ 45 = 4, 824 ÷ 412 = 2, 130 ÷ 64 =
  2.03, 242 ÷ 120 = 2.02, a pair in the next sentence or after ；, a pair of another thing
  named before its 由 (窗口办件量).
* a base with its own change right after it is not the base of a later change that names
  a thing of its own (火灾直接经济损失, 受援人数…): 18 ÷ 24 = −25% and 6 ÷ 18 = 33.3% is no
  reading of 「损失同比下降33.3%」. Still reported: the first change wrong (−20% for −25%,
  +20% for +25%, +25% for +20%, +18% for +20%, −14.3% for −12.5%), a second change with
  no subject (960 ÷ 800 = +20%, 16.7% fails), 2.4万 ÷ 2万 = +20% (16.7% fails).
* a due and a done figure by another verb (应参加…, 实际完成…; 应述法…, 实际到场…): 398 ÷ 412 = 96.6% (97.8%
  fails); 36 ÷ 38 = 94.7% (97.4%); 52 ÷ 56 = 92.9% (94.6%); 221 ÷ 240 = 92.1% (94.2%);
  45 ÷ 48 = 93.75% (95.8%); 80 ÷ 86 = 93.0% (95.3%); 1,198 ÷ 1,260 = 95.1% (96.5%); 125 ÷
  132 = 94.7% (96.2%) — each a warning. Silent: the right rates, and a rate of another name.
* an item of a list that is only 、 and its figure is the numerator's sibling, not its
  base: 「覆盖全区11个街道、126个社区，…达标率为100%」 is no 11 ÷ 126. Still reported: the
  base before the numerator (118 ÷ 126 = 93.7%, 96.0% fails; 36 ÷ 240 = 15.0%, 16.0% fails;
  280 ÷ 300 = 93.3%, 95.0% fails; 285 ÷ 300 = 95.0%, 97.0% fails; 812 ÷ 860 = 94.4%,
  97.1% fails; 500 ÷ 520 = 96.2%, 98.1% fails; 45 ÷ 48 = 93.75%, 97.0% fails).
* 全覆盖 against a stock: an area's stock taken by 中 (65 of 68 schools, 119 of 126
  villages, 21 of 23, 13 of 15), or a claim before the stock by the figure's verb (136 of
  142, 35 of 38, 24 of 27, 60 of 64): fewer than all, a warning. Silent: all of them, no
  claim, the rest left out (另有4家…未纳入检查, 未发现问题的35座).
"""

from __future__ import annotations

import pytest

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity

E, W = Severity.ERROR, Severity.WARNING


def found(text: str, codes: tuple[str, ...]) -> list[tuple[str, Severity | None, str]]:
    return [
        (r.code, r.severity, r.message)
        for r in contradictions(analyze_text(text, 2024))
        if r.code in codes and r.severity is not None
    ]


CHANGE = ("N106", "N108")
RATE = ("N104", "N105")
COVER = ("N206",)

# --- 1. a base after the change, named by last year and the verb only ------------------------

BASE_AFTER = [
    "区人社局全年受理劳动保障监察举报案件342件，同比增长12.5%；上年受理298件。",
    "县应急管理局全年开展执法检查1260家次，同比增长15%，上年检查1050家次。",
    "区医保局追回医保基金486万元，同比下降8.0%，上年追回520万元。",
    "全年办理不动产登记纠纷调处案件96件，比上年增加了2倍，上年办理40件。",
    "全年开展送法进企业活动64场，比上年增长一倍以上，上年开展38场。",
    "区城管局查处占道经营案件是上年的2倍，达到518件，上年仅查处236件。",
    "全年调解劳动争议案件增长25%，达到615件，上年调解480件。",
    "全年审查行政合同212份，同比增长6.0%；上年审查196份。",
    "全年受理行政复议案件245件，较上年增加了一倍，上年同期受理了138件。",
]

BASE_AFTER_SILENT = [
    "区人社局全年受理劳动保障监察举报案件342件，同比增长14.8%；上年受理298件。",
    "全年受理投诉举报520件，同比增长18%，上年办结400件。",
    "区医保局追回医保基金486万元，同比下降6.5%，上年追回520万元。",
    "全年办理不动产登记纠纷调处案件120件，比上年增加了2倍，上年办理40件。",
    "全年开展送法进企业活动80场，比上年增长一倍以上，上年开展38场。",
    "区城管局查处占道经营案件是上年的2倍，达到472件，上年仅查处236件。",
    "全年调解劳动争议案件增长25%，达到615件，上年仲裁结案320件。",
    "全年审查行政合同212份，同比增长8.2%；上年审查196份。",
    "全年受理行政复议案件276件，较上年增加了一倍，上年同期受理了138件。",
]


@pytest.mark.parametrize("text", BASE_AFTER)
def test_base_after_reported(text: str) -> None:
    assert found(text, CHANGE), text


@pytest.mark.parametrize("text", BASE_AFTER_SILENT)
def test_base_after_silent(text: str) -> None:
    assert found(text, CHANGE) == [], text


# --- 2. 个百分点 against last year's rate in the next sentence ---------------------------------

POINTS_NEXT = [
    "今年全区行政执法案卷优秀率为38.5%，较上年提高6.2个百分点。上年优秀率为33.1%。",
    "区市场监管局食品抽检不合格率为1.8%，同比下降0.9个百分点。上年不合格率为2.4%。",
    "全县行政复议调解和解率达到42.6%，比上年提高5.3个百分点。去年调解和解率为38.3%。",
    "区政务服务中心即办件占比达到68.0%，较上年提升12.5个百分点。上年即办件占比为57.5%。",
    "街道人民调解协议履行率为97.2%，较上年上升1.8个百分点。上年协议履行率为95.8%，为近年最低。",
    "全区行政诉讼案件一审败诉率为4.1%，同比下降2.7个百分点。上年一审败诉率为6.3%。",
    "区税务局非接触式办税率达到91.4%，同比提高3.6个百分点。上年非接触式办税率为86.9%。",
    "镇综合执法队案件按期办结率为93.0%，较上年下降1.5个百分点。上年按期办结率为95.0%。",
]

POINTS_NEXT_SILENT = [
    "今年全区行政执法案卷优秀率为38.5%，较上年提高5.4个百分点。上年优秀率为33.1%。",
    "区市场监管局食品抽检不合格率为1.8%，同比下降0.6个百分点。上年不合格率为2.4%。",
    "全县行政复议调解和解率达到42.6%，比上年提高5.3个百分点。上年纠错率为15.2%。",
    "区政务服务中心即办件占比达到68.0%，较上年提升10.5个百分点。全年办件中网上办理占比为57.5%。",
    "街道人民调解协议履行率为97.2%，较上年上升1.4个百分点。上年协议履行率为95.8%，为近年最低。",
    "全区行政诉讼案件一审败诉率为4.1%，较上年的6.3%下降2.2个百分点。上年一审败诉率为6.3%。",
    "区税务局非接触式办税率达到91.4%，同比提高4.5个百分点。去年非接触式办税率为86.9%。",
    "镇综合执法队案件按期办结率为93.0%，较上年下降2.0个百分点。上年同期按期办结率为95.0%。",
]


@pytest.mark.parametrize("text", POINTS_NEXT)
def test_points_next_sentence_reported(text: str) -> None:
    got = found(text, CHANGE)
    assert [(c, s) for c, s, _ in got] == [("N108", W)], got


@pytest.mark.parametrize("text", POINTS_NEXT_SILENT)
def test_points_next_sentence_silent(text: str) -> None:
    assert found(text, CHANGE) == [], text


# --- 3. 翻番 before its 由…到… pair ----------------------------------------------------------

DOUBLED_FROM_TO = [
    "全区公共法律服务工作站接待咨询量实现翻番，由上年的2350人次增加到今年的4120人次。",
    "全镇法律明白人队伍翻了一番，从上年的86名增加到152名。",
    "区级行政执法音像记录设备配备数量翻了两番，由上年的45台增加到150台。",
    "线上调解案件数量翻了一番，由2023年的412件增至2024年的736件。",
    "律师参与信访接待场次实现翻番，由上年的64场提高到98场。",
    "全区合同审查数量翻番，从上年的120份增加至今年的205份。",
    "法治宣传志愿者人数翻了一番，由去年的1.2万人增加到今年的3.1万人。",
    "行政执法证件持证人数实现翻番，由上年的315人增长到540人。",
]

DOUBLED_FROM_TO_SILENT = [
    "全区公共法律服务工作站接待咨询量实现翻番，由上年的2350人次增加到今年的4720人次。",
    "全镇法律明白人队伍翻了一番，从上年的86名增加到172名。",
    "区级行政执法音像记录设备配备数量翻了两番，由上年的45台增加到180台。",
    "线上调解案件数量翻了一番，由2023年的412件增至2024年的824件。",
    "律师参与信访接待场次实现翻番，由上年的64场提高到130场。",
    "全区合同审查数量翻番，从上年的120份增加至今年的242份。",
    "法治宣传志愿者人数翻了一番。培训场次由去年的12场增加到今年的15场。",
    "调解组织数量翻了一番；专职调解员由上年的120名增加到150名。",
    "网上办件量翻了一番，窗口办件量由上年的1200件减少到800件。",
]


@pytest.mark.parametrize("text", DOUBLED_FROM_TO)
def test_doubled_from_to_reported(text: str) -> None:
    assert found(text, CHANGE), text


@pytest.mark.parametrize("text", DOUBLED_FROM_TO_SILENT)
def test_doubled_from_to_silent(text: str) -> None:
    assert found(text, CHANGE) == [], text


# --- 4. a base with its own change is not a later change's of another thing -----------------

OWN_CHANGE_WRONG = [
    "全年发生火灾事故18起，较上年的24起下降20%，火灾直接经济损失同比下降33.3%。",
    "全年受理消费投诉1500件，较上年的1200件增长20%，挽回经济损失金额同比增长20%。",
    "全年办理法律援助案件960件，较上年的800件增加160件，增长16.7%。",
    "全年查处交通违法行为8.4万起，较上年的7万起增长25%，其中酒驾醉驾案件同比下降16.7%。",
    "全年开展执法检查3600次，较上年的3000次增长18%，发现问题数量同比增长16.7%。",
    "全年新登记市场主体2.4万户，较上年的2万户增长16.7%。",
    "全年办结政务服务事项12万件，较上年的10万件增长25%，其中即办件数量同比增长16.7%。",
    "全年受理信访事项420件，较上年的480件下降14.3%，集体访批次同比下降14.3%。",
]

OWN_CHANGE_SILENT = [
    "全年发生火灾事故18起，较上年的24起下降25%，火灾直接经济损失同比下降33.3%。",
    "全年受理消费投诉1500件，较上年的1200件增长25%，挽回经济损失金额同比增长20%。",
    "全年查处交通违法行为8.4万起，较上年的7万起增长20%，其中酒驾醉驾案件同比下降16.7%。",
    "全年办理法律援助案件960件，较上年的800件增长20%，受援人数同比增长16.7%。",
    "全年受理信访事项420件，较上年的480件下降12.5%，集体访批次同比下降14.3%。",
    "全年开展执法检查3600次，较上年的3000次增长20%，发现问题数量同比增长16.7%。",
    "全年新登记市场主体2.4万户，较上年的2万户增长20%，注销户数同比增长16.7%。",
    "全年办结政务服务事项12万件，较上年的10万件增长20%，其中即办件数量同比增长16.7%。",
]


@pytest.mark.parametrize("text", OWN_CHANGE_WRONG)
def test_own_change_reported(text: str) -> None:
    assert found(text, CHANGE), text


@pytest.mark.parametrize("text", OWN_CHANGE_SILENT)
def test_own_change_silent(text: str) -> None:
    assert found(text, CHANGE) == [], text


# --- 5. due and done by another verb --------------------------------------------------------

DUE_OTHER_DONE = [
    "应参加年度考法人员412人，实际完成考试的398人，参考率为97.8%。",
    "应备案的规范性文件38件，实际按时报送36件，备案率为97.4%。",
    "应签订行政执法责任书的单位56个，实际签署52个，签订率为94.6%。",
    "辖区应评估的企业240家，实际提交报告的221家，评估率为94.2%。",
    "应旁听庭审的领导干部48人，实际到庭的45人，旁听率95.8%。",
    "应述法的领导干部86人，实际到场的80人，述法率为95.3%。",
    "应录入执法监督平台的案件1260件，实际上传1198件，录入率为96.5%。",
    "应缴纳行政事业性收费的单位132家，实际按期缴清的125家，缴纳率为96.2%。",
]

DUE_OTHER_DONE_SILENT = [
    "应参加年度考法人员412人，实际完成考试的398人，参考率为96.6%。",
    "应备案的规范性文件38件，实际按时报送36件，备案率为94.7%。",
    "应签订行政执法责任书的单位56个，实际签署52个，签订率为92.9%。",
    "辖区应开展安全评估的企业240家，实际提交评估报告的221家，其中合格的208家，合格率为94.1%。",
    "应旁听庭审的领导干部48人，实际到庭的45人，旁听率93.8%。",
    "应述法的领导干部86人，实际到场的80人，述法率为93.0%。",
    "应录入执法监督平台的案件1260件，实际上传1198件，录入率为95.1%。",
    "应缴纳行政事业性收费的单位132家，实际按期缴清的125家，缴纳率为94.7%。",
]


@pytest.mark.parametrize("text", DUE_OTHER_DONE)
def test_due_other_done_reported(text: str) -> None:
    got = found(text, RATE)
    assert [(c, s) for c, s, _ in got] == [("N104", W)], got


@pytest.mark.parametrize("text", DUE_OTHER_DONE_SILENT)
def test_due_other_done_silent(text: str) -> None:
    assert found(text, RATE) == [], text


# --- 6. an item that is only 、 and its figure: the numerator's sibling -----------------------

SIBLING_SILENT = [
    "人民调解组织覆盖全区11个街道、126个社区，调解组织规范化建设达标率为100%。",
    "普法讲师团巡讲覆盖8个镇、96个村，普法宣传覆盖率达到100%。",
    "全年检查12家医院、240家诊所，医疗机构检查覆盖率为100%。",
    "监督检查覆盖全县15个乡镇、210个行政村，监督覆盖率100%。",
    "全年检查了4个农贸市场、52个摊区，检查覆盖率达到100%。",
    "法律服务进驻3个产业园、47个商圈，服务覆盖率达到100%。",
    "网格巡查覆盖7个街道、85个小区，巡查覆盖率达到100%。",
    "法治体检走访6个园区、180家企业，企业走访率为100%。",
]

BASE_FIRST_WRONG = [
    "全区共有社区126个，其中已建成法律服务站的118个，覆盖率为96.0%。",
    "检查企业240家、发现隐患企业36家，隐患发现率为16.0%。",
    "受理投诉300件、办结280件，办结率为95.0%。",
    "全区126个社区中，已有118个配备法律顾问，配备率为96.0%。",
    "排查隐患企业300家、整改到位285家，整改率为97.0%。",
    "培训执法人员860人次、考试合格812人次，合格率为97.1%。",
    "排查矛盾纠纷520起、化解500起，化解率98.1%。",
    "审查规范性文件48件、合同312份，规范性文件审查通过率为97.0%，其中通过审查的45件。",
]


@pytest.mark.parametrize("text", SIBLING_SILENT)
def test_listed_sibling_silent(text: str) -> None:
    assert found(text, RATE) == [], text


@pytest.mark.parametrize("text", BASE_FIRST_WRONG)
def test_base_first_still_reported(text: str) -> None:
    assert found(text, RATE), text


# --- 7. 全覆盖 against an area's stock --------------------------------------------------------

COVERAGE_SHORT = [
    "全区68所中小学校中，已有65所聘任法治副校长，实现法治副校长配备全覆盖。",
    "全县126个行政村中，已有119个建立村级调解委员会，实现村级调解组织全覆盖。",
    "全镇23个社区中，已有21个设立法律服务点，实现法律服务点全覆盖。",
    "全市15个乡镇中，已有13个完成综合执法改革，实现综合执法改革全覆盖。",
    "对全区建筑施工企业开展安全执法检查全覆盖，全区共有建筑施工企业142家，年内检查136家。",
    "对辖区加油站开展专项检查全覆盖，全区共有加油站38座，全年检查35座。",
    "对全县养老机构开展消防检查全覆盖，全县现有养老机构27家，年内检查24家。",
    "对全区网吧开展执法检查全覆盖，全区共有网吧64家，年内检查60家，其余4家已停业。",
]

COVERAGE_SILENT = [
    "全区68所中小学校中，已有68所聘任法治副校长，实现法治副校长配备全覆盖。",
    "全县126个行政村中，已有119个建立村级调解委员会，其余7个村正在筹建。",
    "全区共有危化品经营单位87家，年内执法检查83家，另有4家因停业未纳入检查，在营单位检查覆盖率100%。",
    "对全区建筑施工企业开展安全执法检查全覆盖，全区共有建筑施工企业142家，年内检查142家，其中重点企业36家。",
    "全区共有加油站38座，全年检查38座，未发现问题的35座，实现检查全覆盖。",
    "全县现有养老机构27家，年内检查27家，发现隐患的9家已全部整改，实现消防检查全覆盖。",
    "全市15个乡镇中，已有13个完成综合执法改革，另有2个正在推进。",
    "全区64家网吧中，年内检查64家，实现执法检查全覆盖。",
]


@pytest.mark.parametrize("text", COVERAGE_SHORT)
def test_coverage_short_reported(text: str) -> None:
    got = found(text, COVER)
    assert got and all(s is W for _, s, _ in got), got


@pytest.mark.parametrize("text", COVERAGE_SILENT)
def test_coverage_silent(text: str) -> None:
    assert found(text, COVER) == [], text


# --- 8. a base of last year that takes a part by 的…中 is no base of the whole ---------------
# (1,420 ÷ 1,260 = +12.7%, 8.0% fails; 700 ÷ 630 = +11.1%, 9.6% fails; 236 ÷ 260 = −9.2%,
# 5.2% fails; 318 ÷ 300 = +6%, 12.0% fails; 980 ÷ 900 = +8.9%, 6.5% fails; 5.6万 ÷ 4.6万 =
# +19% to +24%, 15.0% fails; 2,140 ÷ 2,000 = +7%, 4.0% fails; 860 ÷ 780 = +10.3%, 5.0% fails)

PART_BASE_WRONG = [
    "全年办理法律援助案件1420件，同比增长8.0%，上年办理1260件。",
    "今年受理的投诉中涉及预付式消费的700件，同比增长9.6%，上年受理的投诉中涉及预付式消费的630件。",
    "全年审结行政诉讼案件236件，同比下降5.2%；上年审结260件。",
    "全年查处食品安全案件318件，较上年的300件增长12.0%。",
    "全年受理劳动仲裁案件980件，同比增长6.5%（上年为900件）。",
    "全年办结12345工单5.6万件，同比增长15.0%；去年办结4.6万件。",
    "全年调解纠纷2140件，同比增长4.0%，上年调解2000件。",
    "全年受理的申请中依申请公开的860件，同比增长5.0%，上年受理的申请中依申请公开的780件。",
]

PART_BASE_SILENT = [
    "今年受理消费投诉2860件，同比增长9.6%；上年受理的投诉中涉及预付式消费的630件。",
    "全年办理法律援助案件1420件，同比增长8.0%，上年办理的案件中刑事案件510件。",
    "全年审结行政诉讼案件236件，同比下降5.2%；上年审结的案件中败诉18件。",
    "全年查处食品安全案件318件，同比增长12.0%，上年查处的案件中移送司法机关9件。",
    "全年受理劳动仲裁案件980件，同比增长6.5%，上年受理的案件中集体争议42件。",
    "全年办结12345工单5.6万件，同比增长15.0%；去年办结的工单中涉企诉求8600件。",
    "全年调解纠纷2140件，同比增长4.0%，上年调解的纠纷中婚姻家庭类610件。",
    "全年办理公证事项5630件，同比增长6.5%，去年办理的公证事项中涉外公证1180件。",
]


@pytest.mark.parametrize("text", PART_BASE_WRONG)
def test_part_base_reported(text: str) -> None:
    assert found(text, CHANGE), text


@pytest.mark.parametrize("text", PART_BASE_SILENT)
def test_part_base_silent(text: str) -> None:
    assert found(text, CHANGE) == [], text


# --- 9. a rate before its figures, read with the later stage its verb is of ------------------
# (827 ÷ 874 = 94.6%, 96.8% fails; 589 ÷ 612 = 96.2%, 99.1% fails; 221 ÷ 240 = 92.1%, 95.0%
# fails; 1,267 ÷ 1,320 = 96.0%, 98.5% fails; 2,338 ÷ 2,450 = 95.4%, 97.2% fails; 208 ÷ 215 =
# 96.7%, 93.0% fails; 181 ÷ 186 = 97.3%, 100% fails; 3,260 ÷ 3,406 = 95.7%, 92.0% fails —
# each a warning, the figures being told after the rate. Silent: the right rates, with a
# part the stem names (调解结案530件) beside the stage's figure, and a rate of an earlier stage
# (受理率) that no later-stage figure is read for.)

STAGED_AHEAD = [
    "本年度劳动人事争议仲裁结案率为96.8%。全年受理劳动争议案件874件，审结827件。",
    "全年信访事项办结率达到99.1%。全年共受理信访事项612件，按期答复589件。",
    "本年度行政复议案件审结率为95.0%。全年受理行政复议申请240件，办结221件。",
    "矛盾纠纷化解率为98.5%。全年排查受理矛盾纠纷1320件，调处办结1267件。",
    "全年投诉举报按期办结率为97.2%。全年受理投诉举报2450件，按期答复2338件。",
    "本年度劳动保障监察案件结案率为93.0%。全年立案查处劳动保障监察案件215件，办结208件。",
    "全年政府信息公开申请答复率为100%。全年共收到政府信息公开申请186件，办结181件。",
    "全年人民调解结案率为92.0%。各级调解组织共受理纠纷3406件，办结3260件。",
]

STAGED_AHEAD_SILENT = [
    "本年度劳动人事争议仲裁结案率为94.6%。全年受理劳动争议案件874件，审结827件。",
    "本年度仲裁结案率为94.6%。全年受理劳动争议案件874件，审结827件，其中调解结案530件。",
    "本年度行政复议案件审结率为92.1%。全年受理行政复议申请240件，办结221件。",
    "全年信访事项办结率达到96.2%。全年共受理信访事项612件，按期答复589件。",
    "本年度劳动保障监察案件结案率为96.7%。全年立案查处劳动保障监察案件215件，办结208件。",
    "全年人民调解结案率为95.7%。各级调解组织共受理纠纷3406件，办结3260件。",
    "本年度行政许可受理率为98.0%。全年收到申请1200件，办结1150件。",
    "全年投诉举报按期办结率为95.4%。全年受理投诉举报2450件，按期答复2338件。",
]


@pytest.mark.parametrize("text", STAGED_AHEAD)
def test_staged_ahead_reported(text: str) -> None:
    got = found(text, RATE)
    assert got and all(s is W for _, s, _ in got), got


@pytest.mark.parametrize("text", STAGED_AHEAD_SILENT)
def test_staged_ahead_silent(text: str) -> None:
    assert found(text, RATE) == [], text


# --- 10. a ratio whose base is the next sentence's, opening with last year -------------------
# (45 ÷ 30 = 1.5; 12 ÷ 8 = 1.5; 68 ÷ 40 = 1.7 (增加了1倍 = 2); 1,500 ÷ 480 = 3.1 (翻两番 = 4);
# 310 ÷ 120 = 2.6 (是上年的2倍); 860 ÷ 520 = 1.65; 12万 ÷ 7.5万 = 1.6; 126 ÷ 80 = 1.6 — each a
# warning. Silent: 60 ÷ 30, 16 ÷ 8, 80 ÷ 40, 1,920 ÷ 480 = 4, 240 ÷ 120 = 2, another thing
# next (送法下乡活动), a next sentence that is no restatement (其中…), another unit (万元).)

RATIO_NEXT = [
    "全年开展法治讲座45场，比上年增长一倍。上年开展法治讲座30场。",
    "全年新建法治文化广场12个，数量翻了一番。上年新建法治文化广场8个。",
    "全年聘请公职律师68名，比上年增加了1倍。上年聘请公职律师40名。",
    "今年培育学法用法示范户1500户，数量翻了两番。去年培育学法用法示范户480户。",
    "全年办理涉外公证事项310件，是上年的2倍。上年办理涉外公证事项120件。",
    "全年开展行政执法案卷评查860卷，较上年增长一倍。上年评查行政执法案卷520卷。",
    "全年发放法治宣传资料12万份，同比翻了一番。上年发放法治宣传资料7.5万份。",
    "全区新增村级法律顾问126名，比上年增加一倍。上年新增村级法律顾问80名。",
]

RATIO_NEXT_SILENT = [
    "全年开展法治讲座60场，比上年增长一倍。上年开展法治讲座30场。",
    "全年新建法治文化广场16个，数量翻了一番。上年新建法治文化广场8个。",
    "全年聘请公职律师80名，比上年增加了1倍。上年聘请公职律师40名。",
    "今年培育学法用法示范户1920户，数量翻了两番。去年培育学法用法示范户480户。",
    "全年办理涉外公证事项240件，是上年的2倍。上年办理涉外公证事项120件。",
    "全年开展法治讲座45场，比上年增长一倍。上年开展送法下乡活动30场。",
    "全年发放法治宣传资料12万份，同比翻了一番。其中发放民法典读本7.5万份。",
    "全区新增村级法律顾问126名，比上年增加一倍。上年新增村级法律顾问的经费为80万元。",
]


@pytest.mark.parametrize("text", RATIO_NEXT)
def test_ratio_next_sentence_reported(text: str) -> None:
    got = found(text, CHANGE)
    assert got and all(s is W for _, s, _ in got), got


@pytest.mark.parametrize("text", RATIO_NEXT_SILENT)
def test_ratio_next_sentence_silent(text: str) -> None:
    assert found(text, CHANGE) == [], text


# --- 11. a ratio between last year's figure before it and the level reached after it ---------
# (45 ÷ 30 = 1.5; 4,100 ÷ 2,400 = 1.71; 310 ÷ 186 = 1.67; 72 ÷ 24 = 3 (翻两番 = 4); 360 ÷ 150 =
# 2.4 (增加了2倍 = 3, or 2); 700 ÷ 420 = 1.67; 2,000 ÷ 1,200 = 1.67; 150 ÷ 96 = 1.56. Silent:
# 60 ÷ 30, 4,800 ÷ 2,400, 372 ÷ 186, 96 ÷ 24 = 4, 450 ÷ 150 = 3, 2,400 ÷ 1,200, 192 ÷ 96, and
# a change whose clause names another thing (公证办件量) or a narrower one (网上投诉) than the
# base before it — no reading, whatever the figures.)

LEVEL_AFTER_BASE = [
    "上年开展法治讲座30场，今年增长一倍，达到45场。",
    "上年全区办理公证事项2400件，今年翻了一番，达到4100件。",
    "去年全镇调解纠纷186件，今年增长了一倍，达到310件。",
    "上年聘用法律顾问24名，今年翻了两番，达到72名。",
    "上年全区建成法治宣传栏150个，今年增加了2倍，达到360个。",
    "上年办理法律援助案件420件，今年翻番，达到700件。",
    "上年培训网格员1200人次，今年增长一倍，达到2000人次。",
    "上年审查行政合同96份，今年翻了一番，达到150份。",
]

LEVEL_AFTER_BASE_SILENT = [
    "上年开展法治讲座30场，今年增长一倍，达到60场。",
    "上年全区办理公证事项2400件，今年翻了一番，达到4800件。",
    "去年全镇调解纠纷186件，今年增长了一倍，达到372件。",
    "上年聘用法律顾问24名，今年翻了两番，达到96名。",
    "上年全区建成法治宣传栏150个，今年增加了2倍，达到450个。",
    "上年办理法律援助案件420件，今年公证办件量翻番，达到700件。",
    "上年受理投诉300件，今年网上投诉增长一倍，达到450件。",
    "上年办理法律援助案件420件，今年公证办件量增长50%，达到700件。",
    "上年培训网格员1200人次，今年增长一倍，达到2400人次。",
    "上年审查行政合同96份，今年翻了一番，达到192份。",
]


@pytest.mark.parametrize("text", LEVEL_AFTER_BASE)
def test_level_after_base_reported(text: str) -> None:
    assert found(text, CHANGE), text


@pytest.mark.parametrize("text", LEVEL_AFTER_BASE_SILENT)
def test_level_after_base_silent(text: str) -> None:
    assert found(text, CHANGE) == [], text


# --- 12. a rate in words before its numerator, named by the stem of the rate's name ----------
# (近九成 = 85–90%: 252 ÷ 356 = 70.8%, 1,150 ÷ 1,480 = 77.7% fail; 七成以上 = 70–100%: 232 ÷ 356 =
# 65.2% fails; 九成 = 85–95%: 198 ÷ 240 = 82.5% fails; 超过八成: 4,200 ÷ 5,600 = 75% fails;
# 九成五以上: 548 ÷ 620 = 88.4% fails; 约三成 = 25–35%: 12 ÷ 85 = 14.1% fails; 约两成 = 15–25%:
# 16 ÷ 150 = 10.7% fails — each a warning. Silent: 312 ÷ 356 = 87.6%, 262 ÷ 356 = 73.6%,
# 八成 for 82.5%, 4,620 ÷ 5,600 = 82.5%, 1,310 ÷ 1,480 = 88.5%, 596 ÷ 620 = 96.1%, 约一成 for
# 9 ÷ 85 = 10.6% and 16 ÷ 150 = 10.7%.)

WORDED_BEFORE = [
    "全年调解成功率近九成。共受理纠纷356件，调解成功252件。",
    "调解成功率达到七成以上，全年受理纠纷356件，调解成功232件。",
    "合格率达九成（参考人数240人，合格198人）。",
    "网上办理率超过八成。全年办理事项5600件，其中网上办理4200件。",
    "案件办结率近九成。全年受理举报投诉1480件，办结1150件。",
    "行政处罚决定公示率达到九成五以上（作出处罚决定620件，公示548件）。",
    "听证率约为三成。全年作出重大行政处罚决定85件，其中组织听证的12件。",
    "复议纠错率约两成。全年审结行政复议案件150件，纠错16件。",
]

WORDED_BEFORE_SILENT = [
    "全年调解成功率近九成。共受理纠纷356件，调解成功312件。",
    "调解成功率达到七成以上，全年受理纠纷356件，调解成功262件。",
    "合格率达八成（参考人数240人，合格198人）。",
    "网上办理率超过八成。全年办理事项5600件，其中网上办理4620件。",
    "案件办结率近九成。全年受理举报投诉1480件，办结1310件。",
    "行政处罚决定公示率达到九成五以上（作出处罚决定620件，公示596件）。",
    "听证率约为一成。全年作出重大行政处罚决定85件，其中组织听证的9件。",
    "复议纠错率约一成。全年审结行政复议案件150件，纠错16件。",
]


@pytest.mark.parametrize("text", WORDED_BEFORE)
def test_worded_before_numerator_reported(text: str) -> None:
    got = found(text, RATE)
    assert got and all(s is W for _, s, _ in got), got


@pytest.mark.parametrize("text", WORDED_BEFORE_SILENT)
def test_worded_before_numerator_silent(text: str) -> None:
    assert found(text, RATE) == [], text
