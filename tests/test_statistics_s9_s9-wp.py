"""Whole/parts and flow across sentences and paragraphs, session 9 (helper s9-wp).

1. A 其中 part was taken in at its total's stage: 「接收投诉举报6,812件，其中投诉…、举报1,465件」
   … 「对接收的举报线索，立案1,502件」 names the 举报 part (the scope says its words and not its
   sibling's), and 「对接收的投诉依法审查后，」 names 接收的投诉 (what is done to the set after
   its head is not its noun) — :mod:`fazhi_lint.analysis.relations.containment`.
2. A split declared complete after a reference back (「以上立案案件分为四类：…」「上述纠纷全部由
   三级调解组织分级调处，其中…」): as many figures as the parts said add up to the whole the
   reference names — :mod:`fazhi_lint.analysis.relations.backref`.
3. The outcomes of an intake said to be all concluded (「截至年底，已全部结案：…」) when the
   intake's statement compares with the year before (较上年增长7.3%): 上年 there is the base of a
   change, no carry-over — :func:`fazhi_lint.analysis.relations.common.names_carry_over`.
4. An outcome or a grant by its verb class after the figure it decides on: 「其中…受理调解的296
   起，经调解达成协议的302起」 (the outcome names the accepted part's activity), 「受理法律援助
   申请1,136件」 … 「决定给予法律援助1,142件」 (a grant of the applications' object) —
   :func:`fazhi_lint.analysis.relations.flow._elided_outcomes`.
5. The levels of an area listed with 分别 (「镇、村两级人民调解委员会分别化解矛盾纠纷97起、349
   起」) after the whole area's figure for the same verb and noun (「全镇全年共排查化解各类矛盾纠纷
   436起」): their sum is it — :func:`fazhi_lint.analysis.relations.partition._area_of_levels`.

Several cases put a paragraph of other figures between the whole and its split.
Every sentence is written for these tests (none comes from a blind set), each with the verdict
worked out by hand in its comment. Paragraphs are separated by newlines."""

from __future__ import annotations

import pytest
from relation_helpers import found

_SUMS = ("N101", "N102", "N103", "N107")


def _codes(text: str) -> list[tuple[str, str]]:
    return [(c, m) for c, m in found(text) if c in _SUMS]


# --- 1. a 其中 part at its total's stage, named by a scope --------------------------------

PART_STAGE_WRONG = [
    # 来访 815 received; accepted 822 > 815
    "全年共收到群众来信来访1,230件，其中来信415件、来访815件。对收到的来访事项，依法受理来访822件。",
    # across paragraphs: 举报 238 received; 241 investigated > 238
    "区人社局全年接收劳动保障监察举报投诉960件，其中举报238件、投诉722件。\n"
    "对接收的举报，逐件核查，立案查处241件。",
    # the scope's head followed by what is done to it: 登记的信访事项 500; accepted 512 > 500
    "全年登记信访事项500件。对登记的信访事项认真甄别后，依法受理信访事项512件。",
    # the part's own words in the scope (涉企): accepted 86 of them; concluded 90 > 86
    "全年受理行政复议申请300件，其中涉企申请86件、其他申请214件。对受理的涉企申请，已审结90件。",
    # clues found 163 by reports; rectified 170 > 163
    "全区共接到安全生产隐患线索420条，其中群众举报线索163条、执法检查发现线索257条。"
    "对接到的群众举报线索，经核实后整改到位170条。",
    # across paragraphs, the head then 依法审核后: 网上申请 780; disclosed 785 > 780
    "全年共收到政府信息公开申请1,050件，其中网上申请780件、信函申请270件。\n"
    "对收到的网上申请依法审核后，予以公开的785件。",
    # work orders of the complaint kind 5,500; closed 5,560 > 5,500
    "全年接收热线工单8,600件，其中咨询类3,100件、投诉类5,500件。对接收的投诉类工单，已办结5,560件。",
    # a verb inside the set's noun (执法检查线索) is no end of it; 逐件核查后 is: 310 > 300
    "全年登记执法检查线索300条。对登记的执法检查线索逐件核查后，已整改到位310条。",
    # land-dispute clues 236; resolved 240 > 236
    "全年共排查出矛盾纠纷线索356条，其中邻里纠纷线索120条、土地纠纷线索236条。"
    "对排查出的土地纠纷线索，已化解240条。",
]

PART_STAGE_CONSISTENT = [
    # the scope names the whole list (投诉举报): 4,500 <= 6,000
    "全年共接收投诉举报6,000件，其中投诉4,000件、举报2,000件。对接收的投诉举报，依法受理4,500件。",
    # 810 <= 815
    "全年共收到群众来信来访1,230件，其中来信415件、来访815件。对收到的来访事项，依法受理来访810件。",
    # another stage (收到) than the total's (受理): the 涉企申请 received may be more than 86
    "全年受理行政复议申请300件，其中涉企申请86件。对收到的涉企申请，已审结90件。",
    # both siblings named: the whole 960
    "全年共接收投诉举报960件，其中举报238件、投诉722件。对接收的举报投诉，立案查处241件。",
    # a verb after the head, within the part: 800 <= 815
    "全年共收到群众来信来访1,230件，其中来信415件、来访815件。"
    "对收到的来访事项依法分类处理后，办结来访事项800件。",
    # the list's total was handled (办理), not taken in (接收): the scope names no figure
    "全年共办理投诉举报6,000件，其中投诉4,000件、举报2,000件。对接收的举报线索，立案查处2,100件。",
    # the head trimmed, the part fits: 512 <= 520
    "全年登记信访事项520件。对登记的信访事项认真甄别后，依法受理信访事项512件。",
    # the same, fits: 296 <= 300
    "全年登记执法检查线索300条。对登记的执法检查线索逐件核查后，已整改到位296条。",
    # across paragraphs, fits: 235 <= 238
    "区人社局全年接收劳动保障监察举报投诉960件，其中举报238件、投诉722件。\n"
    "对接收的举报，逐件核查，立案查处235件。",
]


@pytest.mark.parametrize("text", PART_STAGE_WRONG)
def test_part_at_total_stage_wrong(text: str) -> None:
    assert _codes(text), text


@pytest.mark.parametrize("text", PART_STAGE_CONSISTENT)
def test_part_at_total_stage_consistent(text: str) -> None:
    assert _codes(text) == [], text


# --- 2. a split declared complete after a reference back ----------------------------------

BACK_SPLIT_WRONG = [
    # 31 + 27 + 30 = 88, not the 86 cases handled (figures of other things after it)
    "全年共办理行政复议案件86件，纠错率12.8%，涉及金额320万元。\n"
    "复议决定书网上公开率100%。\n"
    "上述复议案件分为三类：治安类31件、市场监管类27件、自然资源类30件。",
    # 201 + 118 + 97 + 40 = 456, not 452
    "区城管局全年立案查处违法行为452起，罚没款136.2万元，拆除违法建设2.1万平方米。\n"
    "执法决定公开率100%。\n"
    "以上立案案件可分为四类：占道经营类201起、违法建设类118起、环境卫生类97起、渣土运输类40起。",
    # in one paragraph: 118 + 125 = 243, not 245
    "全年受理劳动争议调解申请245件。"
    "上述争议全部由两级调解组织受理，其中镇调解中心调处118件，村调解委员会调处125件。",
    # after a time frame: 402 + 150 + 81 = 633, not 630
    "全年共受理信访事项630件，按期办结率98.6%，走访群众1,200人次。\n"
    "截至年底，上述信访事项均已按三种方式办结：答复办结402件，转送办结150件，调解办结81件。",
    # 68 + 91 + 72 + 86 = 317, not 312
    "全年共开展法治宣传活动312场次，发放宣传资料5.6万份，受众群众12万人次。\n"
    "群众满意率达98.5%。\n"
    "以上活动分为四类：进机关活动68场次、进学校活动91场次、进企业活动72场次、进社区活动86场次。",
    # a paragraph of a rate between: 1,105 + 382 + 41 = 1,528, not 1,520
    "全市共办结法律援助案件1,520件，受援群众1,610人，挽回经济损失2,860万元。\n"
    "法律援助便民服务不断优化，群众满意率99.1%。\n"
    "上述案件分为三类：民事案件1,105件、刑事案件382件、行政案件41件。",
    # 2,100 + 740 = 2,840, not 2,860
    "区市场监管局全年抽查检查市场主体2,860户次，发现问题企业312家，责令整改305家。\n"
    "抽查结果公示率100%。\n"
    "以上检查分为两种方式：双随机抽查2,100户次，重点检查740户次。",
    # 1,302 + 2,871 + 51 = 4,224, not 4,216
    "全年新增各类市场主体4,216户，新增注册资本58.3亿元。\n网上办理率达到92.3%。\n前述市场主体分为三类：企业1,302户、个体工商户2,871户、农民专业合作社51户。",
]

BACK_SPLIT_CONSISTENT = [
    # 31 + 25 + 30 = 86
    "全年共办理行政复议案件86件，纠错率12.8%，涉及金额320万元。\n"
    "上述复议案件分为三类：治安类31件、市场监管类25件、自然资源类30件。",
    # 30 + 24 + 30 = 84: the concluded cases (a reading the reference names)
    "全年受理复议申请90件，审结复议案件84件。\n"
    "上述复议案件分为三类：治安类30件、市场监管类24件、自然资源类30件。",
    # 主要分为: not all of them (201 + 118 + 97 = 416 < 452)
    "区城管局全年立案查处违法行为452起。\n"
    "以上立案案件主要分为三类：占道经营类201起、违法建设类118起、环境卫生类97起。",
    # four kinds said, two listed: no declared split of the figures
    "区城管局全年立案查处违法行为452起。\n以上立案案件分为四类，其中占道经营类201起、违法建设类118起。",
    # no whole of the parts' unit named before (执法检查560次)
    "全年开展执法检查560次。\n上述案件分为两类：一般案件40件、重大案件8件。",
    # a split of the part (网上信访 410 = 260 + 150)
    "全年共受理信访事项630件，其中网上信访410件。\n上述网上信访分为两类：投诉类260件、求决类150件。",
    # an approximate whole: 310 + 720 + 195 = 1,225 within 1,200余
    "全年共调处矛盾纠纷1,200余件。\n"
    "上述纠纷全部由三级调解组织调处，其中镇级调处310件，村级调处720件，网格调处195件。",
    # a part of the set is split (涉企案件 of the 100): 30 + 20 = 50 is not all of them
    "全年共办理行政处罚案件100件，罚没款56万元。\n上述案件中的涉企案件分为两类：一般程序30件、简易程序20件。",
    "全年共办理行政处罚案件100件，罚没款56万元。\n上述案件中涉企案件分为两类：一般程序30件、简易程序20件。",
    # 2,100 + 760 = 2,860
    "区市场监管局全年抽查检查市场主体2,860户次，发现问题企业312家，责令整改305家。\n"
    "以上检查分为两种方式：双随机抽查2,100户次，重点检查760户次。",
]


@pytest.mark.parametrize("text", BACK_SPLIT_WRONG)
def test_back_split_wrong(text: str) -> None:
    assert _codes(text), text


@pytest.mark.parametrize("text", BACK_SPLIT_CONSISTENT)
def test_back_split_consistent(text: str) -> None:
    assert _codes(text) == [], text


def test_back_split_is_a_warning_with_its_arithmetic() -> None:
    rels = [
        r
        for r in __import__("relation_helpers").found(BACK_SPLIT_WRONG[1])
        if r[0] in ("N101", "N102")
    ]
    assert rels and "456" in rels[0][1] and "452" in rels[0][1]


# --- 3. all concluded after an intake compared with the year before ------------------------

ALL_DONE_WRONG = [
    # 287 + 331 = 618, not 612
    "全年受理劳动人事争议仲裁案件612件，较上年增长4.1%。"
    "截至年底，案件已全部审结：裁决结案287件，调解结案331件。",
    # 98 + 21 + 31 = 150, not 146
    "全年受理行政复议申请146件，比上年减少9件。截至年底已全部办结：维持原行政行为98件，撤销21件，驳回申请31件。",
    # 790 + 52 = 842, not 835
    "全年新收信访事项835件，同比下降6.2%，较上年减少55件。截至年底，已全部办结：按期答复办结790件，转送办结52件。",
    # 301 + 67 + 49 = 417, not 420 (all concluded, three outcomes listed)
    "全年受理政府信息公开申请420件，较上年增长12.3%。"
    "截至年底，申请已全部办结：予以公开301件，部分公开67件，不予公开49件。",
    # 176 + 15 = 191, not 188
    "全年立案查处环境违法案件188起，较上年增加14起。截至年底，已全部结案：作出行政处罚决定176起，撤销立案15起。",
    # 497 + 38 = 535, not 530
    "全区共受理工伤认定申请530件，较上年增长8%。截至年底已全部办结：作出认定决定497件，终止认定38件。",
    # 1,372 + 115 = 1,487, not 1,480
    "全年受理人民调解案件1,480件，较上年增长3.5%。截至年底，已全部办结：调解成功1,372件，终结调解115件。",
    # 2,804 + 412 = 3,216, not 3,210
    "全年受理消费者投诉3,210件，较上年增长9.8%。截至年底，投诉已全部办结：调解成功2,804件，终止调解412件。",
    # 2,593 + 53 = 2,646, not 2,640
    "全年受理行政许可申请2,640件，较上年增长5.6%。截至年底已全部办结：准予许可2,593件，变更许可53件。",
]

ALL_DONE_CONSISTENT = [
    # 281 + 331 = 612
    "全年受理劳动人事争议仲裁案件612件，较上年增长4.1%。"
    "截至年底，案件已全部审结：裁决结案281件，调解结案331件。",
    # a carry-over named: 290 + 331 = 621 <= 612 + 15
    "全年受理劳动人事争议仲裁案件612件，上年结转案件15件。"
    "截至年底，案件已全部审结：裁决结案290件，调解结案331件。",
    # a carry-over named beside the comparison: 98 + 21 + 32 = 151 = 146 + 5
    "全年受理行政复议申请146件，比上年减少9件，另有上年结转5件。"
    "截至年底已全部办结：维持原行政行为98件，撤销21件，驳回申请32件。",
    # 98 + 21 + 27 = 146
    "全年受理行政复议申请146件，比上年减少9件。截至年底已全部办结：维持原行政行为98件，撤销21件，驳回申请27件。",
    # nothing said of all being concluded: 417 of 420 is a partial list
    "全年受理政府信息公开申请420件，较上年增长12.3%。截至年底，予以公开301件，部分公开67件，不予公开49件。",
    # 1,372 + 108 = 1,480
    "全年受理人民调解案件1,480件，较上年增长3.5%。截至年底，已全部办结：调解成功1,372件，调解不成功108件。",
    # 2,599 + 41 = 2,640
    "全年受理行政许可申请2,640件，较上年增长5.6%。截至年底已全部办结：准予许可2,599件，不予许可41件。",
    # 176 + 12 = 188
    "全年立案查处环境违法案件188起，较上年增加14起。截至年底，已全部结案：作出行政处罚决定176起，撤销立案12起。",
]


@pytest.mark.parametrize("text", ALL_DONE_WRONG)
def test_all_done_after_comparison_wrong(text: str) -> None:
    assert _codes(text), text


@pytest.mark.parametrize("text", ALL_DONE_CONSISTENT)
def test_all_done_after_comparison_consistent(text: str) -> None:
    assert _codes(text) == [], text


# --- 4. an outcome or a grant after the figure it decides on ---------------------------------

DECIDED_WRONG = [
    # the outcome names the accepted part's activity (调解): 518 > 512
    "全年共摸排各类矛盾纠纷540起，其中符合条件并受理调解的512起，经调解达成协议的518起。",
    # an outcome of the 的 form after an intake: 236 > 230
    "全年受理医疗纠纷调解申请230件，经调解达成协议的236件。",
    # a grant of the applications' object, the next sentence: 2,425 > 2,418
    "全年受理法律援助申请2,418件。经审查，决定给予法律援助2,425件。",
    # across paragraphs: 3,268 > 3,260
    "区人社局全年受理失业保险金申领申请3,260件，同比增长4.2%。\n经审核，准予失业保险金申领3,268件。",
    # in the intake's sentence: 1,570 > 1,562
    "全年受理行政许可申请1,562件，依法准予行政许可1,570件。",
    # 同意 as the grant: 851 > 845
    "全年受理临时救助申请845件，经审核同意临时救助851件。",
    # the refusal beside the grant does not explain it (告知 of reasons): 618 > 612
    "全年受理农村低保申请612户，经审核，决定给予农村低保618户，对不符合条件的书面告知理由。",
    # 达成调解协议 after a 其中 part that accepted mediation: 91 > 88
    "全年排查劳资纠纷线索96条，其中依法受理调解的88条，经调解达成调解协议的91条。",
]

DECIDED_CONSISTENT = [
    # 498 <= 512
    "全年共摸排各类矛盾纠纷540起，其中符合条件并受理调解的512起，经调解达成协议的498起。",
    # 2,395 <= 2,418
    "全年受理法律援助申请2,418件。经审查，决定给予法律援助2,395件。",
    # a carry-over named: the grants may hold last year's applications
    "全年受理法律援助申请2,418件，另有上年结转申请15件。经审查，决定给予法律援助2,425件。",
    # a grant of another object (生活补贴): not of the applications
    "全年受理法律援助申请2,418件，给予困难群众生活补贴2,450件。",
    # 280 + 16 = 296
    "全年受理调解申请296起，经调解达成协议的280起，未达成协议的16起。",
    # the accepted part counts another activity (信访事项) than the outcome (调解)
    "全年共接待群众来访420批次，其中受理信访事项的135件，经调解达成协议的142件。",
    # the figure right before the grant is a part of the applications, not what was decided on
    "全年受理法律援助申请2,418件，其中涉及农民工的申请315件。经审查，决定给予法律援助2,400件。",
    # 予以受理 is a stage of its own: 112 <= 120
    "全年收到行政复议申请120件，依法予以受理112件。",
]


@pytest.mark.parametrize("text", DECIDED_WRONG)
def test_decided_outcome_wrong(text: str) -> None:
    assert _codes(text), text


@pytest.mark.parametrize("text", DECIDED_CONSISTENT)
def test_decided_outcome_consistent(text: str) -> None:
    assert _codes(text) == [], text


# --- 5. the levels of an area after the area's figure ----------------------------------------

LEVELS_WRONG = [
    # 190 + 82 = 272, not 268
    "全区全年共受理行政复议申请268件。\n区、街两级复议机构分别受理行政复议申请190件、82件。",
    # 410 + 862 = 1,272, not 1,260
    "全县全年共开展法治宣传活动1,260场次。县、乡两级普法办分别开展法治宣传活动410场次、862场次。",
    # 3,120 + 5,280 = 8,400, not 8,420
    "全市共办理公证事项8,420件。\n市、县两级公证机构分别办理公证事项3,120件、5,280件。",
    # 312 + 731 = 1,043, not 1,035
    "全镇共排查安全隐患1,035处，整改率98%。镇、村两级网格员分别排查安全隐患312处、731处。",
    # three levels: 186 + 705 + 1,263 = 2,154, not 2,146
    "全区全年共化解矛盾纠纷2,146件。区、街道、社区三级调解组织分别化解矛盾纠纷186件、705件、1,263件。",
    # 18,420 + 33,790 = 52,210, not 52,310
    "全市全年共查处交通违法行为52,310起。\n市、区两级交管部门分别查处交通违法行为18,420起、33,790起。",
    # 2,415 + 4,451 = 6,866, not 6,830
    "全县共为群众提供法律咨询6,830人次。县、镇两级公共法律服务平台分别提供法律咨询2,415人次、4,451人次。",
    # 29 + 48 = 77, not 74
    "全乡全年共调处土地纠纷74起。\n乡、村两级调解委员会分别调处土地纠纷29起、48起。",
]

LEVELS_CONSISTENT = [
    # 190 + 78 = 268
    "全区全年共受理行政复议申请268件。\n区、街两级复议机构分别受理行政复议申请190件、78件。",
    # the whole is one body's (区司法局), not the area's: the levels may hold more
    "区司法局全年共受理行政复议申请268件。区、街两级复议机构分别受理行政复议申请190件、82件。",
    # another verb (整改 of the 排查): 312 + 701 = 1,013 <= 1,035
    "全镇共排查安全隐患1,035处。镇、村两级网格员分别整改安全隐患312处、701处。",
    # the parts count other things (场)
    "全区全年共化解矛盾纠纷2,146件。区、街道、社区三级调解组织分别开展法治宣传186场、705场、1,263场。",
    # the levels below the area (县、镇 of 全市): the city's own work is not among them
    "全市共办理公证事项8,420件。县、镇两级公证机构分别办理公证事项3,120件、5,280件。",
    # two counters, no levels: no whole of theirs named
    "全区共受理申请268件。区、街两个窗口分别受理申请190件、82件。",
    # 186 + 705 + 1,263 = 2,154
    "全区全年共化解矛盾纠纷2,154件。区、街道、社区三级调解组织分别化解矛盾纠纷186件、705件、1,263件。",
    # 29 + 45 = 74
    "全乡全年共调处土地纠纷74起。\n乡、村两级调解委员会分别调处土地纠纷29起、45起。",
]


@pytest.mark.parametrize("text", LEVELS_WRONG)
def test_levels_of_area_wrong(text: str) -> None:
    assert _codes(text), text


@pytest.mark.parametrize("text", LEVELS_CONSISTENT)
def test_levels_of_area_consistent(text: str) -> None:
    assert _codes(text) == [], text
