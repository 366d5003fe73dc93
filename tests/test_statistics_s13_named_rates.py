"""Rates read by the structure that names their figures (session 13, s13-misc;
relations/rates.py ``_scoped_pair``, ``_plan_and_actual``, ``_subject_bases``,
``_paired_one``, ``_applied_to``).

1. A bare rate name (配备率, 建成率: two or three characters before 率) in the clause right after
   「X中，…的（Y）有N」 is the share of that part in X, whatever verb the part was counted by
   (配备 for 聘任): the structure names the pair (a warning when the name shares nothing with
   the part: 到岗率 may count the people). A longer name may count another thing.
2. A completion rate (完成率, 计划完成率, 执行率, 「完成（年度）计划的」) after a planned figure
   (its clause says 计划) and an actual one (its clause opens with 实际) is the actual over the
   planned; it may pass 100%.
3. A numerator whose clause repeats the noun another figure counts (「其中初次信访事项1936件。
   …初次信访事项一次性化解1781件」) is drawn from that figure: a base of the rate beside the
   others, across a full stop.
4. 应X… and 实X… of one verb character X (应考人数/实考) are the due and the done of a rate
   whose head holds X (参考率), not of one whose head does not (考试合格率).
5. Without a 应-figure, the last figure before 「实际+verb N」 whose clause holds the rate's
   verb (「对126家企业开展抽查…实际抽查101家」) is the set it was applied to (a warning).

Traps: the same shapes with the right rate, rates of another thing, a completion rate with no
actual figure. Every sentence is written for these tests; each verdict derived by hand (the
arithmetic is in the comment above it)."""

from __future__ import annotations

import pytest
from relation_helpers import errors as _errors
from relation_helpers import findings as _any

# --- 1. 「X中…的有N」 and a bare rate name ---------------------------------------------------

SCOPED_WRONG = [
    # 43/47 = 91.49, not 93.5
    "全区47个社区中，已挂牌成立人民调解委员会的社区有43个，覆盖率达93.5%。",
    # 118/125 = 94.40, not 96.4
    "全市125家养老机构中，已签订消防安全责任书的有118家，达标率为96.4%。",
    # 29/31 = 93.55, not 95.8
    "全县31个部门中，已公布行政执法事项清单的部门有29个，建制率为95.8%。",
    # 76/80 = 95.00, not 96.0 (配备 ≠ 聘请)
    "全镇80家企业中，已聘请常年法律顾问的企业有76家，配备率为96.0%。",
    # 57/63 = 90.48, not 92.5
    "全区63所幼儿园中，已接入校园安防平台的有57所，联网率为92.5%。",
    # 204/211 = 96.68, not 97.8
    "在211家农贸市场经营户中，已亮证经营的有204家，规范率达97.8%。",
    # 15/16 = 93.75, not 95.8
    "全县16个乡镇中，已设立综治中心的乡镇有15个，建成率为95.8%。",
    # 88/97 = 90.72, not 92.7
    "全市97个政务服务窗口中，已推行“好差评”的窗口有88个，实施率为92.7%。",
]

SCOPED_RIGHT = [
    # 43/47 = 91.49 -> 91.5
    "全区47个社区中，已挂牌成立人民调解委员会的社区有43个，覆盖率达91.5%。",
    # 118/125 = 94.40
    "全市125家养老机构中，已签订消防安全责任书的有118家，达标率为94.4%。",
    # a longer name counts another thing (no figure of it stated)
    "全县41个部门中，已公布执法事项清单的有38个，群众投诉办结率为99.2%。",
    # 40/47 = 85.11 -> 85.1 (the stations of the 其中 clause, not the 52 communities: 76.9)
    "全区52个社区中，已建成法律服务站的有47个，其中配备专职调解员的站点有40个，配备率为85.1%。",
    # a degree word: 满意率 is a survey's, not the part's
    "全市64个窗口中，已实现“一窗通办”的有61个，群众满意率为100%。",
    # 171/176 = 97.159, truncated to 97.1 (accepted)
    "全县176个村中，已完成“村改居”法律审查的有171个，完成率97.1%。",
    # 30/33 = 90.91 (the nearer set; 30/36 = 83.3)
    "全区36个部门中，已开通网上办事的有33个；在33个部门中，已实现全程网办的有30个，网办率为90.9%。",
    # 9/10 = 90.0
    "全镇10个村中，已建成法治文化长廊的村有9个，建成率为90%。",
]

# --- 2. a completion rate of a plan --------------------------------------------------------

PLAN_WRONG = [
    # 58/50 = 116.0, not 118.0
    "计划开展普法讲座50场，实际开展58场，完成计划的118.0%。",
    # 1240/1150 = 107.83, not 109.8
    "年度计划培训执法人员1150人次，实际培训1240人次，计划完成率为109.8%。",
    # 265/240 = 110.42, not 112.4
    "年初计划抽查企业240家，实际抽查265家，完成年度计划的112.4%。",
    # 87/80 = 108.75, not 106.8
    "计划审核合同80份，全年实际审核87份，完成率为106.8%。",
    # 1030/960 = 107.29, not 105.3
    "计划调处矛盾纠纷960件，实际调处1030件，完成计划的105.3%。",
    # 44/40 = 110.0, not 112
    "年度计划开展执法检查40次，实际开展44次，完成率达到112%。",
    # 318/300 = 106.0, not 108.0
    "计划走访企业300家，实际走访318家，完成计划任务的108.0%。",
    # 96/90 = 106.67, not 104.7
    "计划组织模拟法庭90场，实际组织96场，执行率为104.7%。",
]

PLAN_RIGHT = [
    # 52/48 = 108.33
    "计划开展普法讲座48场，实际开展52场，完成计划的108.3%。",
    # 1380/1200 = 115.0
    "年度计划培训网格员1200人次，实际培训1380人次，完成率115%。",
    # 33/30 = 110.0
    "年初计划开展送法进校园30场，全年实际开展33场，完成年度计划的110%。",
    # 126/120 = 105.0
    "计划抽检食品120批次，实际抽检126批次，计划完成率为105.0%。",
    # no actual figure: nothing to check
    "计划开展法治培训20场，完成率115%，参训人员反响良好。",
    # a rate of another thing after a plan and its actual figure
    "计划培训调解员650人次，实际培训710人次，考核合格率为98.6%。",
    # 49/45 = 108.89
    "计划开展联合执法45次，实际开展49次，完成计划的108.9%。",
    # 23/20 = 115.0
    "年度计划办理法律援助案件20件，实际办理23件，完成率为115%。",
    # two plans, their rates paired in order: 22/20 = 110.0, 320/300 = 106.67
    "计划新建调解室20个，实际建成22个；计划培训调解员300人，实际培训320人，完成率分别为110%和106.7%。",
]

# --- 3. a base whose noun the numerator repeats ---------------------------------------------

SUBJECT_WRONG = [
    # 812/887 = 91.54; 812/1406 = 57.75; 93.6 fits neither
    "全年受理投诉1406件，其中首次投诉887件。首次投诉一次性办结812件，一次性办结率为93.6%。",
    # 455/498 = 91.37; 455/960 = 47.40; 94.1 fits neither
    "全年受理审批申请960件，其中线上申请498件。线上申请当日办结455件，当日办结率为94.1%。",
    # 233/251 = 92.83; 233/702 = 33.19; 90.2 fits neither
    "全年办理行政处罚案件702件，其中简易程序案件251件；简易程序案件当场结案233件，当场结案率为90.2%。",
    # 1290/1372 = 94.02; 1290/3310 = 38.97; 96.4 fits neither
    "全年收到群众来信3310件，其中初次来信1372件。初次来信按期答复1290件，按期答复率为96.4%。",
    # 97/104 = 93.27; 97/280 = 34.64; 95.1 fits neither
    "全年受理民商事纠纷280件，其中涉企纠纷104件。涉企纠纷调解成功97件，调解成功率为95.1%。",
    # 388/405 = 95.80; 388/1020 = 38.04; 93.8 fits neither
    "全年走访服务对象1020人，其中重点人群405人。重点人群签约388人，签约率为93.8%。",
    # 640/688 = 93.02; 640/2210 = 28.96; 95.0 fits neither
    "全年受理诉前调解案件2210件，其中小额案件688件。小额案件速裁640件，速裁率为95.0%。",
    # 155/166 = 93.37; 155/600 = 25.83; 90.4 fits neither
    "全年受理许可申请600件，其中首次申请166件；首次申请一次性通过155件，一次性通过率为90.4%。",
]

SUBJECT_RIGHT = [
    # 812/887 = 91.54 -> 91.5
    "全年受理投诉1406件，其中首次投诉887件。首次投诉一次性办结812件，一次性办结率为91.5%。",
    # 455/498 = 91.37 -> 91.4
    "全年受理审批申请960件，其中线上申请498件。线上申请当日办结455件，当日办结率为91.4%。",
    # 233/251 = 92.83 -> 92.8
    "全年办理行政处罚案件702件，其中简易程序案件251件；简易程序案件当场结案233件，当场结案率为92.8%。",
    # 1290/1372 = 94.02 -> 94.0
    "全年收到群众来信3310件，其中初次来信1372件。初次来信按期答复1290件，按期答复率为94.0%。",
    # 97/104 = 93.27 -> 93.3
    "全年受理民商事纠纷280件，其中涉企纠纷104件。涉企纠纷调解成功97件，调解成功率为93.3%。",
    # 388/405 = 95.80 -> 95.8
    "全年走访服务对象1020人，其中重点人群405人。重点人群签约388人，签约率为95.8%。",
    # 640/688 = 93.02 -> 93.0
    "全年受理诉前调解案件2210件，其中小额案件688件。小额案件速裁640件，速裁率为93.0%。",
    # 155/166 = 93.37 -> 93.4
    "全年受理许可申请600件，其中首次申请166件；首次申请一次性通过155件，一次性通过率为93.4%。",
]


# --- 4. due and done stated by one verb (应考/实考) ------------------------------------------

PAIRED_WRONG = [
    # 432/438 = 98.63, not 97.2
    "组织执法人员参加年度考试，应考人数438人，实考432人，参考率97.2%。",
    # 842/860 = 97.91, not 96.8
    "开展营运车辆年度检验，应检车辆860辆，实检车辆842辆，检验率为96.8%。",
    # 1198/1250 = 95.84, not 97.6
    "应缴罚没款1250万元，实缴1198万元，缴纳率为97.6%。",
    # 221/230 = 96.09, not 97.4
    "应查企业230家，实查企业221家，检查率为97.4%。",
    # 154/160 = 96.25, not 97.5
    "应审案卷160卷，实审案卷154卷，评审率为97.5%。",
    # 1452/1500 = 96.80, not 97.9
    "应收问卷1500份，实收问卷1452份，回收率为97.9%。",
    # 93/96 = 96.875, not 95.8
    "应考人员96人，实考人员93人，参考率为95.8%。",
    # 61/64 = 95.31, not 96.9
    "应到人员64人，实到人员61人，到位率为96.9%。",
]

PAIRED_RIGHT = [
    # 432/438 = 98.63 -> 98.6
    "组织执法人员参加年度考试，应考人数438人，实考432人，参考率98.6%。",
    # 842/860 = 97.91 -> 97.9
    "开展营运车辆年度检验，应检车辆860辆，实检车辆842辆，检验率为97.9%。",
    # 1198/1250 = 95.84 -> 95.8
    "应缴罚没款1250万元，实缴1198万元，缴纳率为95.8%。",
    # 221/230 = 96.09 -> 96.1
    "应查企业230家，实查企业221家，检查率为96.1%。",
    # 420/432 = 97.22: 考试合格率 is no share of 实考 in 应考 (考 is not its head)
    "应考人数438人，实考432人，合格420人，考试合格率97.2%。",
    # 1452/1500 = 96.80 -> 96.8
    "应收问卷1500份，实收问卷1452份，回收率为96.8%。",
    # 93/96 = 96.875 -> 96.9
    "应考人员96人，实考人员93人，参考率为96.9%。",
    # 61/64 = 95.31 -> 95.3
    "应到人员64人，实到人员61人，到位率为95.3%。",
]


# --- 5. the set a verb was applied to, then what was actually done ---------------------------

APPLIED_WRONG = [
    # 101/126 = 80.16, not 85
    "对全区126家重点企业开展“双随机”抽查，抽查覆盖率达到85%，实际抽查企业101家。",
    # 79/87 = 90.80, not 96
    "对全县87所中小学开展法治教育督导，督导覆盖率为96%，实际督导学校79所。",
    # 152/170 = 89.41, not 92.4
    "对170个村（社区）开展法律顾问履职评估，评估覆盖率92.4%，实际评估152个。",
    # 63/72 = 87.50, not 90.3
    "对辖区72家养老机构开展消防检查，检查覆盖率90.3%，实际检查63家。",
    # 340/365 = 93.15, not 95.1
    "对365名执法人员开展执法能力测评，测评率95.1%，实际测评340名。",
    # 27/30 = 90.0, not 93.3
    "对30个部门开展法治督察，督察覆盖率93.3%，实际督察27个。",
    # 48/55 = 87.27, not 89.1
    "对55家重点排污单位开展执法监测，监测覆盖率89.1%，实际监测48家。",
    # 212/240 = 88.33, not 90.8
    "对240件行政处罚案卷开展评查，评查率为90.8%，实际评查案卷212件。",
]

APPLIED_RIGHT = [
    # 101/126 = 80.16 -> 80.2
    "对全区126家重点企业开展“双随机”抽查，抽查覆盖率达到80.2%，实际抽查企业101家。",
    # 79/87 = 90.80 -> 90.8
    "对全县87所中小学开展法治教育督导，督导覆盖率为90.8%，实际督导学校79所。",
    # 152/170 = 89.41 -> 89.4
    "对170个村（社区）开展法律顾问履职评估，评估覆盖率89.4%，实际评估152个。",
    # 63/72 = 87.5
    "对辖区72家养老机构开展消防检查，检查覆盖率87.5%，实际检查63家。",
    # a rate of another verb (合格), no figure of it
    "对365名执法人员开展执法能力测评，实际测评340名，测评合格率为98.2%。",
    # 27/30 = 90.0
    "对30个部门开展法治督察，督察覆盖率90%，实际督察27个。",
    # the figure before names no verb of the rate: 55 units listed, then 48 monitored
    "全区共有重点排污单位55家，全年监测覆盖率89.1%，实际监测48家次。",
    # 212/240 = 88.33 -> 88.3
    "对240件行政处罚案卷开展评查，评查率为88.3%，实际评查案卷212件。",
]


@pytest.mark.parametrize(
    "text", SCOPED_WRONG + PLAN_WRONG + SUBJECT_WRONG + PAIRED_WRONG + APPLIED_WRONG
)
def test_rate_against_the_pair_the_structure_names(text: str) -> None:
    findings = {code for code, _ in _any(text)}
    if text in APPLIED_WRONG or text in SCOPED_WRONG:
        # (readings of the structure alone: a warning when the name shares nothing with
        # the part, an error when it does)
        assert "N104" in findings, text
    else:
        assert "N104" in {code for code, _ in _errors(text)}, text


@pytest.mark.parametrize(
    "text", SCOPED_RIGHT + PLAN_RIGHT + SUBJECT_RIGHT + PAIRED_RIGHT + APPLIED_RIGHT
)
def test_rate_that_fits_or_names_another_thing(text: str) -> None:
    assert not [f for f in _any(text) if f[0] in ("N104", "N105")], text
    assert not _errors(text), text
