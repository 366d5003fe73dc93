"""Session 10 (helper s10-rf): recall in flow, second pass — shapes of case flow no check read.

* the outcomes after the whole across a semicolon (「接收诉求318件，按职责分流办理；已办结296件，
  正在办理的17件」) and a figure whose clause is a pending state alone (「正在办理12件」): the
  run of outcomes and the open part should make up the whole (N101 warning);
* two verbs of one figure joined (「受理并转送责任单位1,088件」) count the accepted; a count told
  as added to what came in (另计, 另有) lifts the intake the accepted is judged against (N103);
* a 其中 part of the accepted (「其中网上受理5,127件」) is not what a concluded figure that names
  nothing of its own counts: it is judged against the whole (N107).

Sentences written for these tests; each sum worked out by hand in the comment beside it."""

from __future__ import annotations

import pytest
from relation_helpers import FLOW_CODES

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def found(text: str, year: int = 2023) -> list[tuple[str | None, Severity | None, str]]:
    return [(r.code, r.severity, r.message) for r in contradictions(analyze_text(text, year))]


def flow_findings(text: str) -> list[tuple[str | None, Severity | None, str]]:
    return [f for f in found(text) if f[0] in FLOW_CODES and f[1] is not None]


# ---- outcomes after the whole across a semicolon; a pending clause alone -------------------

OUTCOMES_WRONG = [
    # 389 + 17 = 406 < 412
    "2023年，街道全年接收群众诉求412件，按属地原则分派社区处理；已办结389件，正在办理的17件。",
    # 251 + 20 = 271 > 265
    "2023年，区城管局全年接收噪声投诉265件，均录入平台；已办结251件，正在办理的20件。",
    # 790 + 15 = 805 < 812
    "2023年，县信访局全年受理来信812件，逐件登记建档；已办结790件，尚在办理的15件。",
    # 140 + 12 = 152 < 156 (the open figure's clause is its state alone)
    "2023年，区人社局全年受理劳动保障投诉156件，已办结140件，正在办理12件。",
    # 58 + 8 = 66 > 63
    "2023年，市医保局全年接收待遇申诉63件，逐件转相关科室核实；已办结58件，尚未办结8件。",
    # 39 + 5 = 44 < 47
    "2023年，镇政府全年受理土地纠纷调处申请47件；调处办结39件，正在办理的5件。",
    # 1150 + 62 = 1212 > 1206
    "2023年，区教育局全年接收入学政策投诉1,206件，统一分办；已办结1,150件，正在办理的62件。",
    # 296 + 17 = 313 < 318
    "2023年，区退役军人事务局全年接收来信来访诉求318件，按职责分流至相关部门办理；已办结并反馈结果296件，正在办理的17件均在时限内。",
]

OUTCOMES_RIGHT = [
    # 395 + 17 = 412
    "2023年，街道全年接收群众诉求412件，按属地原则分派社区处理；已办结395件，正在办理的17件。",
    # 144 + 12 = 156
    "2023年，区人社局全年受理劳动保障投诉156件，已办结144件，正在办理12件。",
    # 265 + 10 carried in = 275 = 258 + 17
    "2023年，区城管局全年接收噪声投诉265件，加上上年结转的10件；已办结258件，正在办理的17件。",
    # 797 + 15 = 812
    "2023年，县信访局全年受理来信812件，逐件登记建档；已办结797件，尚在办理的15件。",
    # the outcomes of a part (其中) after the semicolon: 1200 + 30 are not all of 3000
    "2023年，区市场监管局全年受理投诉3,000件；其中已办结网购投诉1,200件，正在办理的网购投诉30件。",
    # 330 + 20 = 350 accepted (the 130 settled before acceptance counted apart)
    "2023年，区法院全年收到纠纷480件，诉前化解130件；立案受理350件，已审结330件，正在审理的20件。",
    # 150 + 6 = 156
    "2023年，区人社局全年受理投诉156件，已办结150件，正在办理6件，涉及劳动者230人。",
    # 58 + 5 = 63
    "2023年，市医保局全年接收待遇申诉63件，逐件转相关科室核实；已办结58件，尚未办结5件。",
]


@pytest.mark.parametrize("text", OUTCOMES_WRONG)
def test_outcomes_not_making_up_the_whole(text: str) -> None:
    assert flow_findings(text), found(text)


@pytest.mark.parametrize("text", OUTCOMES_RIGHT)
def test_outcomes_making_up_the_whole(text: str) -> None:
    assert not flow_findings(text), found(text)


# ---- 受理并转送: the accepted verb; 另计/另有: an added intake ---------------------------------

INTAKE_WRONG = [
    # accepted 652 > registered 640
    "2023年，县信访局全年登记来访事项640件，经审查受理并转送责任单位652件。",
    # accepted 1402 > received 1380
    "2023年，市信访局全年收到网上信访件1,380件，依法受理并转送有关地方1,402件。",
    # accepted 103 > received 96
    "2023年，区政务服务中心全年接收投诉件96件，受理后转送职能部门103件。",
    # 560 + 10 = 570 < 575
    "2023年，县法院全年收到起诉材料560件，另有网上提交的10件；受理575件。",
    # 620 + 45 = 665 < 671
    "2023年，区行政审批局全年接收备案申请620件，退回补正后重新提交的申请另计45件；受理671件。",
    # 330 + 5 = 335 < 341
    "2023年，区人社局全年收到仲裁申请330件，另计邮寄申请5件；受理341件。",
    # accepted 226 > received 218
    "2023年，县住建局全年收到投诉举报218件，受理并转送属地乡镇226件。",
    # 75 + 6 = 81 < 83
    "2023年，镇政府全年收到矛盾纠纷调处申请75件，另有村委会移交的6件；受理83件。",
]

INTAKE_RIGHT = [
    # 621 <= 640
    "2023年，县信访局全年登记来访事项640件，经审查受理并转送责任单位621件。",
    # 90 <= 96
    "2023年，区政务服务中心全年接收投诉件96件，受理后转送职能部门90件。",
    # 560 + 30 = 590 >= 575
    "2023年，县法院全年收到起诉材料560件，另有网上提交的30件；受理575件。",
    # 620 + 45 = 665 >= 631
    "2023年，区行政审批局全年接收备案申请620件，退回补正后重新提交的申请另计45件；受理并完成备案631件，未完成的34件。",
    # 330 + 15 = 345 >= 341
    "2023年，区人社局全年收到仲裁申请330件，另计邮寄申请15件；受理341件。",
    # 75 + 9 = 84 >= 83
    "2023年，镇政府全年收到矛盾纠纷调处申请75件，另有村委会移交的9件；受理83件。",
    # 转送 alone is still a refusal here: 1102 + 278 = 1380
    "2023年，市信访局全年收到信访件1,380件，依法受理1,102件，转送有权处理机关278件。",
    # 218 = 218
    "2023年，县住建局全年收到投诉举报218件，受理并转送属地乡镇218件。",
]


@pytest.mark.parametrize("text", INTAKE_WRONG)
def test_accepted_more_than_came_in(text: str) -> None:
    assert any(c == "N103" for c, _, _ in flow_findings(text)), found(text)


@pytest.mark.parametrize("text", INTAKE_RIGHT)
def test_accepted_within_what_came_in(text: str) -> None:
    assert not flow_findings(text), found(text)


def test_joined_verbs_keep_the_accepted_error() -> None:
    # 652 > 640: the accepted figure of 受理并转送 read as 受理, an error like 「受理652件」
    text = "2023年，县信访局全年登记来访事项640件，经审查受理并转送责任单位652件。"
    assert ("N103", Severity.ERROR) in [(c, s) for c, s, _ in flow_findings(text)]


# ---- a 其中 part of the accepted is not the base of a bare concluded figure ---------------

# (text, the whole's figure the message names)
PART_WRONG = [
    # 8306 > 8214
    ("2023年，区市场监管局全年受理投诉举报8,214件，其中网上受理5,127件，办结8,306件。", "8,214件"),
    # 131 > 126
    ("2023年，县税务局全年受理纳税服务投诉126件，其中网上受理98件，办结131件。", "126件"),
    # 1436 > 1420
    ("2023年，区司法局全年受理法律援助申请1,420件，其中线上受理610件，办结1,436件。", "1,420件"),
    # 2318 > 2305
    ("2023年，市人社局全年受理仲裁案件2,305件，其中简易程序受理1,120件，结案2,318件。", "2,305件"),
    # 920 > 906
    ("2023年，县信访局全年受理信访事项906件，其中网上受理512件，办结920件。", "906件"),
    # 311 > 305
    ("2023年，区卫健委全年受理投诉305件，其中窗口受理120件，办结311件。", "305件"),
    # 9900 > 9840
    ("2023年，区医保局全年受理备案申请9,840件，其中线上受理8,268件，办结9,900件。", "9,840件"),
    # 420 > 412
    ("2023年，区城管局全年受理案件412件，其中简易程序受理180件，办结420件。", "412件"),
]

PART_RIGHT = [
    # 8106 <= 8214 (more than the part 5127, which is not its base)
    "2023年，区市场监管局全年受理投诉举报8,214件，其中网上受理5,127件，办结8,106件，办结率为98.7%。",
    "2023年，县税务局全年受理纳税服务投诉126件，其中网上受理98件，办结123件。",
    "2023年，区司法局全年受理法律援助申请1,420件，其中线上受理610件，办结1,365件。",
    "2023年，市人社局全年受理仲裁案件2,305件，其中简易程序受理1,120件，结案2,218件。",
    "2023年，县信访局全年受理信访事项906件，其中网上受理512件，办结889件。",
    "2023年，区卫健委全年受理投诉305件，其中窗口受理120件，办结301件。",
    "2023年，区医保局全年受理备案申请9,840件，其中线上受理8,268件，办结9,790件。",
    "2023年，区城管局全年受理案件412件，其中简易程序受理180件，办结398件。",
]


@pytest.mark.parametrize(("text", "whole"), PART_WRONG)
def test_concluded_more_than_the_whole(text: str, whole: str) -> None:
    hits = [m for c, _, m in flow_findings(text) if c == "N107"]
    assert hits and all(whole in m for m in hits), found(text)


@pytest.mark.parametrize("text", PART_RIGHT)
def test_concluded_more_than_a_part_only(text: str) -> None:
    assert not flow_findings(text), found(text)


def test_a_part_with_its_own_concluded_figure() -> None:
    # 7402 > 7315: the concluded figure names the part's things (投诉), judged against it
    text = (
        "2023年，全年通过12315平台受理消费者投诉举报8926件，办结8851件。"
        "其中受理投诉7315件，已办结的投诉7402件；受理举报1611件，已办结1449件。"
    )
    assert any(c == "N107" and "7315" in m for c, _, m in flow_findings(text)), found(text)


# ---- a share naming its whole (占…的), the whole's figure in the clause after it -----------

SHARE_AFTER_WRONG = [
    # 23 / 176 = 13.07%, printed 16.3%
    "2023年，市政府作出的行政复议决定中，纠错决定23件，占全部复议决定的16.3%，全年作出复议决定176件。",
    # 312 / 780 = 40.0%, printed 45.0%
    "2023年，区市场监管局办理的投诉中，调解成功312件，占全部投诉的45.0%，全年受理投诉780件。",
    # 96 / 400 = 24.0%, printed 28.5%
    "2023年，县司法局办理的法律援助案件中，刑事案件96件，占全部援助案件的28.5%，全年办理法律援助案件400件。",
    # 58 / 145 = 40.0%, printed 52.0%
    "2023年，区人社局查处的案件中，欠薪案件58件，占查处案件总数的52.0%，全年查处劳动保障违法案件145件。",
    # 1260 / 8400 = 15.0%, printed 18.2%
    "2023年，市城管局办理的热线工单中，噪声扰民工单1,260件，占全部工单的18.2%，全年办理热线工单8,400件。",
    # 512 / 812 = 63.05%, printed 70.1%
    "2023年，县信访局收到的信访事项中，网上信访512件，占信访总量的70.1%，全年收到信访事项812件。",
    # 37 / 148 = 25.0%, printed 30.0%
    "2023年，区卫健委作出的行政处罚中，简易程序处罚37件，占全部处罚决定的30.0%，全年作出行政处罚决定148件。",
    # 86.4 / 288 = 30.0%, printed 40.0%
    "2023年，区医保局追回的基金中，协议扣款86.4万元，占追回基金总额的40.0%，全年追回医保基金288万元。",
]

SHARE_AFTER_RIGHT = [
    # 23 / 176 = 13.07% -> 13.1%
    "2023年，市政府作出的行政复议决定中，纠错决定23件，占全部复议决定的13.1%，全年作出复议决定176件。",
    # 312 / 780 = 40%
    "2023年，区市场监管局办理的投诉中，调解成功312件，占全部投诉的40%，全年受理投诉780件。",
    # 96 / 400 = 24.0%
    "2023年，县司法局办理的法律援助案件中，刑事案件96件，占全部援助案件的24.0%，全年办理法律援助案件400件。",
    # 58 / 145 = 40.0%
    "2023年，区人社局查处的案件中，欠薪案件58件，占查处案件总数的40.0%，全年查处劳动保障违法案件145件。",
    # 1260 / 8400 = 15.0%
    "2023年，市城管局办理的热线工单中，噪声扰民工单1,260件，占全部工单的15%，全年办理热线工单8,400件。",
    # 512 / 812 = 63.05% -> 63%
    "2023年，县信访局收到的信访事项中，网上信访512件，占信访总量的63%，全年收到信访事项812件。",
    # 86.4 / 288 = 30.0%
    "2023年，区医保局追回的基金中，协议扣款86.4万元，占追回基金总额的30%，全年追回医保基金288万元。",
    # the base is the figure before (42 / 120 = 35%); the clause after counts other things
    "2023年，区教育局全年受理投诉120件，其中收费投诉42件，占全部投诉的35%，督促退费事项98件。",
]


def _rate_findings(text: str) -> list[tuple[str | None, Severity | None, str]]:
    return [f for f in found(text) if f[0] == "N104"]


@pytest.mark.parametrize("text", SHARE_AFTER_WRONG)
def test_share_against_the_whole_told_after(text: str) -> None:
    assert [s for _, s, _ in _rate_findings(text)] == [Severity.WARNING], found(text)


@pytest.mark.parametrize("text", SHARE_AFTER_RIGHT)
def test_share_fitting_the_whole_told_after(text: str) -> None:
    assert not _rate_findings(text), found(text)


# ---- a 其中 part's share told before its count (「其中…占比为X%，共为N件」) -------------------

SHARE_THEN_COUNT_WRONG = [
    # 532 / 1630 = 32.64%, printed 38.2%
    "2023年，区司法局全年受理法律援助申请1,630件，其中刑事法律援助案件占比为38.2%，共为532件。",
    # 270 / 900 = 30.0%, printed 35%
    "2023年，县市场监管局全年受理投诉举报900件，其中网购投诉占比35%，共270件。",
    # 48 / 320 = 15.0%, printed 12.5%
    "2023年，区人社局全年立案查处劳动保障案件320件，其中欠薪案件占比为12.5%，计48件。",
    # 1450 / 5800 = 25.0%, printed 52.0%
    "2023年，市12345热线全年受理诉求5,800件，其中物业类诉求占比达52.0%，共计1,450件。",
    # 66 / 240 = 27.5%, printed 22.5%
    "2023年，镇人民调解委员会全年调处纠纷240件，其中婚姻家庭纠纷比例为22.5%，有66件。",
    # 9 / 60 = 15.0%, printed 18.0%
    "2023年，区政府全年收到行政复议申请60件，其中涉及征收的占18.0%，共9件。",
    # 3150 / 4200 = 75.0%, printed 57.0%
    "2023年，县行政审批局全年办理审批事项4,200件，其中即办件占比为57.0%，共为3,150件。",
    # 12.6 / 84 = 15.0%, printed 21.0%
    "2023年，区城管局全年罚没款84万元，其中违法建设罚款占比21.0%，计12.6万元。",
]

SHARE_THEN_COUNT_RIGHT = [
    # 532 / 1630 = 32.64% -> 32.6%
    "2023年，区司法局全年受理法律援助申请1,630件，其中刑事法律援助案件占比为32.6%，共为532件。",
    # 270 / 900 = 30%
    "2023年，县市场监管局全年受理投诉举报900件，其中网购投诉占比30%，共270件。",
    # 48 / 320 = 15%
    "2023年，区人社局全年立案查处劳动保障案件320件，其中欠薪案件占比为15%，计48件。",
    # 1450 / 5800 = 25.0%
    "2023年，市12345热线全年受理诉求5,800件，其中物业类诉求占比达25.0%，共计1,450件。",
    # 66 / 240 = 27.5%
    "2023年，镇人民调解委员会全年调处纠纷240件，其中婚姻家庭纠纷比例为27.5%，有66件。",
    # 9 / 60 = 15%
    "2023年，区政府全年收到行政复议申请60件，其中涉及征收的占15%，共9件。",
    # 3150 / 4200 = 75% (truncated 74.9 is no fit; 75.0 printed)
    "2023年，县行政审批局全年办理审批事项4,200件，其中即办件占比为75.0%，共为3,150件。",
    # 12.6 / 84 = 15.0%
    "2023年，区城管局全年罚没款84万元，其中违法建设罚款占比15.0%，计12.6万元。",
]


@pytest.mark.parametrize("text", SHARE_THEN_COUNT_WRONG)
def test_part_share_before_its_count_wrong(text: str) -> None:
    assert _rate_findings(text), found(text)


@pytest.mark.parametrize("text", SHARE_THEN_COUNT_RIGHT)
def test_part_share_before_its_count_right(text: str) -> None:
    assert not _rate_findings(text), found(text)


# ---- a share scoped by a stage (受理的…中，X的占r%) told before the sentence of its figures ----

SCOPED_AHEAD_WRONG = [
    # 26110 / 46200 = 56.52%, printed 62.4%
    "2023年，市自然资源局全年受理的不动产登记申请中，即时办结的占62.4%。全年受理不动产登记申请46,200件，即时办结26,110件。",
    # 180 / 600 = 30.0%, printed 36%
    "2023年，区司法局受理的调解申请中，当场调解成功的占36%。全年受理调解申请600件，当场调解成功180件。",
    # 45 / 150 = 30.0%, printed 40.0%
    "2023年，县政府收到的复议申请中，涉及征收补偿的占40.0%。全年收到复议申请150件，涉及征收补偿45件。",
    # 1,200 / 4,800 = 25.0%, printed 28.0%
    "2023年，区政务服务中心办理的审批事项中，全程网办的占28.0%。全年办理审批事项4,800件，全程网办1,200件。",
    # 72 / 240 = 30.0%, printed 20.0%
    "2023年，市信访局受理的信访事项中，涉及拖欠工资的占20.0%。全年受理信访事项240件，涉及拖欠工资72件。",
    # 18 / 90 = 20.0%, printed 25%
    "2023年，区城管局立案的案件中，适用简易程序的占比25%。全年立案90件，适用简易程序18件。",
    # 330 / 1,100 = 30.0%, printed 33.3%
    "2023年，县人社局接收的投诉中，涉及社保缴费的占33.3%。全年接收投诉1,100件，涉及社保缴费330件。",
    # 64 / 320 = 20.0%, printed 16.0%
    "2023年，镇政府受理的建房申请中，需现场踏勘的占16.0%。全年受理建房申请320户，需现场踏勘64户。",
]

SCOPED_AHEAD_RIGHT = [
    # 26110 / 46200 = 56.52% -> 56.5%
    "2023年，市自然资源局全年受理的不动产登记申请中，即时办结的占56.5%。全年受理不动产登记申请46,200件，即时办结26,110件。",
    # 180 / 600 = 30%
    "2023年，区司法局受理的调解申请中，当场调解成功的占30%。全年受理调解申请600件，当场调解成功180件。",
    # 45 / 150 = 30%
    "2023年，县政府收到的复议申请中，涉及征收补偿的占30.0%。全年收到复议申请150件，涉及征收补偿45件。",
    # 1,200 / 4,800 = 25%
    "2023年，区政务服务中心办理的审批事项中，全程网办的占25.0%。全年办理审批事项4,800件，全程网办1,200件。",
    # 72 / 240 = 30%
    "2023年，市信访局受理的信访事项中，涉及拖欠工资的占30.0%。全年受理信访事项240件，涉及拖欠工资72件。",
    # 18 / 90 = 20%
    "2023年，区城管局立案的案件中，适用简易程序的占比20%。全年立案90件，适用简易程序18件。",
    # 330 / 1,100 = 30%
    "2023年，县人社局接收的投诉中，涉及社保缴费的占30%。全年接收投诉1,100件，涉及社保缴费330件。",
    # the next sentence counts another stage's things only (no figure of the part): silent
    "2023年，镇政府受理的建房申请中，需现场踏勘的占16.0%。全年组织培训村级协管员320人次，发放宣传资料64份。",
]


@pytest.mark.parametrize("text", SCOPED_AHEAD_WRONG)
def test_scoped_share_against_the_next_sentence_wrong(text: str) -> None:
    assert _rate_findings(text), found(text)


@pytest.mark.parametrize("text", SCOPED_AHEAD_RIGHT)
def test_scoped_share_against_the_next_sentence_right(text: str) -> None:
    assert not _rate_findings(text), found(text)
