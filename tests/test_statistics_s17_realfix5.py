"""Session 17 (s17-realfix5): misreadings of 49 more published reports, fixed by general rules.

1. A part written in a kindred count unit (件 among 项: numbers.toml ``units.kin``) between two
   parts of a 、-list is still a part (partition.py ``_kin_parts``).
2. A trailing 共 whose words (before its figure, or the noun after its measure word) do not name
   the head noun the items share counts another activity (partition.py
   ``_names_other_activity``).
3. A count of 级 counts the run of level names before it, not a first item naming none
   (announced.py ``_levels_only``; numbers.toml ``announced.level-names``).
4. A 其中 list after a head whole and its exact split (共19件，17件…，2件…) breaks the head
   whole down (partition.py ``_split_head``); the split's last part stays another total.
5. An amount's change given in 个百分点 (rates.py ``_points_of_amount``, N106).
6. A 其中 list naming again every class the whole's sentence names (涵盖A、B、C…等领域) is all of
   the whole (partition.py ``_mark_covered``); a sentence of no figure between the whole and a
   sentence opening with 其中 is passed over.
7. A bare number between two parts of a list that runs straight into the next part's name
   (「重点领域信息公开32村务公开264条」) lost its unit: a part in the list's unit
   (partition.py ``_lost_unit``).

Every sentence is written for these tests; the arithmetic in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import findings

# --- 1. a part in 件 among parts in 项 ------------------------------------------------------
KIN_FIT = [
    # 15+203+21+9+3+6+2 = 259
    "梳理本局行政权力事项259项，其中行政许可15项、行政处罚203项、行政强制21项、行政检查9项、行政征收3件、行政确认6项、其他行政权力2项。",
    # 48+6+11+2 = 67
    "全年共办理政务服务事项67项，其中即办事项48项、承诺事项6件、联办事项11项、上报事项2项。",
    # 31+9+4 = 44
    "梳理公共服务事项44项，其中依申请类31项、主动服务类9件、其他类4项。",
    # 120+35+8+12 = 175
    "全年办理行政许可事项175项，其中建设类120项、交通类35件、水利类8项、其他12项。",
    # 56+14+6 = 76
    "清理规范性文件涉及事项76项，其中保留56项、修改14件、废止6项。",
    # 22+7+3+1 = 33
    "承接下放审批事项33项，其中市级下放22项、省级下放7件、部门调整3项、其他1项。",
]
KIN_MISS = [
    # 12+160+14+7+4+5 = 202 != 206
    "本局共保留行政权力事项206项，其中行政许可12项、行政处罚160项、行政强制14项、行政征收7件、行政检查4项、其他权力5项。",
    # 31+9+4 = 44 != 48
    "梳理公共服务事项48项，其中依申请类31项、主动服务类9件、其他类4项。",
    # 120+35+8+12 = 175 != 180
    "全年办理行政许可事项180项，其中建设类120项、交通类35件、水利类8项、其他12项。",
    # 56+14+6 = 76 != 72 (no first parts add to 72 either: 56, 70)
    "清理规范性文件涉及事项72项，其中保留56项、修改14件、废止6项。",
    # 22+7+3+1 = 33 != 35
    "承接下放审批事项35项，其中市级下放22项、省级下放7件、部门调整3项、其他1项。",
    # 30+41+5+12 = 88 > 86 (first parts: 30, 71, 76)
    "梳理行政权力事项86项，其中行政许可30项、行政处罚41项、行政征收5件、行政检查12项。",
]


@pytest.mark.parametrize("text", KIN_FIT)
def test_kindred_unit_part_counts(text: str) -> None:
    assert not findings(text, codes=("N101", "N102"))


@pytest.mark.parametrize("text", KIN_MISS)
def test_kindred_unit_part_still_summed(text: str) -> None:
    assert findings(text, codes=("N101", "N102"))


# --- 2. a trailing 共 of another activity --------------------------------------------------
OTHER_ACTIVITY_FIT = [
    # trainings 2 + 3; 共 4 spot checks of websites
    "开展业务培训2次，赴省、市开展集中培训3次，全年共开展4次政府网站抽查。",
    # 讲座 5 + 3; 共 6 rounds of 督查
    "举办法治讲座5次，组织专题讲座3次，全年共开展6次执法督查。",
    # 培训 4 + 3; 共 5 次 评估
    "组织岗前培训4次，开展业务培训3次，全年共完成5次第三方评估。",
    # 宣讲 6 + 4; 共 8 次 检查
    "开展政策宣讲6次、入户宣讲4次，全年共开展8次安全检查。",
    # 会议 3 + 2; 共 4 次 调研
    "召开专题会议3次、推进会议2次，全年共组织4次实地调研。",
    # 演练 2 + 2; 共 3 次 排查
    "开展应急演练2次，组织消防演练2次，全年共开展3次隐患排查。",
]
OTHER_ACTIVITY_MISS = [
    # 2 + 3 = 5 > 4 trainings
    "开展业务培训2次、集中培训3次，全年共开展4次培训。",
    # 2 + 3 = 5 > 4
    "开展业务培训2次、集中培训3次，全年共开展培训4次。",
    # 5 + 4 = 9 > 8 checks
    "开展执法检查5次、专项检查4次，全年共开展检查8次。",
    # 5 + 3 = 8 > 7
    "举办法治讲座5次，组织专题讲座3次，全年共举办讲座7次。",
    # 6 + 4 = 10 > 9
    "开展政策宣讲6次、入户宣讲4次，全年共开展9次宣讲。",
    # 4 + 3 = 7 > 6
    "组织岗前培训4次，开展业务培训3次，全年共组织6次培训。",
]


@pytest.mark.parametrize("text", OTHER_ACTIVITY_FIT)
def test_total_of_another_activity(text: str) -> None:
    assert not findings(text, codes=("N101", "N102"))


@pytest.mark.parametrize("text", OTHER_ACTIVITY_MISS)
def test_total_of_the_same_activity(text: str) -> None:
    assert findings(text, codes=("N101", "N102"))


# --- 3. a count of levels after a first item naming none -------------------------------------
LEVELS_FIT = [
    # 三级 = 国家、省、市; 镇政府网站 is another channel
    "公开渠道以镇政府网站、国家、省、市三级政务服务平台为主。",
    # 三级 = 县、乡、村
    "群众可通过信息公开栏、县、乡、村三级便民服务网络查阅文件。",
    # 三级 = 中央、省、市
    "提供本年度公开发布的政府发文、中央、省、市三级为主的政府公报。",
    # 两级 = 镇、村
    "依托便民服务大厅、镇、村两级服务站点办理事项。",
    # 四级 = 省、市、县、乡
    "通过门户网站、省、市、县、乡四级政务服务网公开信息。",
    # 三级 = 市、区、街道
    "借助政务微博、市、区、街道三级宣传阵地开展普法。",
]
LEVELS_MISS = [
    # 三级 but 4 levels
    "建成县、乡、村、组三级政务服务体系。",
    # 两级 but 4 levels
    "依托市、区、街道、社区两级平台推进政务公开。",
    # 三级 but 4 levels after a channel
    "通过门户网站、省、市、县、乡三级政务服务网公开信息。",
    # 两级 but 3 levels after a channel
    "依托便民服务大厅、县、镇、村两级服务站点办理事项。",
    # 三级 but 2 levels
    "构建县、乡三级调解网络。",
    # 四级 but 3 levels after a channel
    "借助政务微博、市、区、街道四级宣传阵地开展普法。",
]


@pytest.mark.parametrize("text", LEVELS_FIT)
def test_levels_after_another_item(text: str) -> None:
    assert not findings(text, codes=("N203",))


@pytest.mark.parametrize("text", LEVELS_MISS)
def test_levels_miscounted(text: str) -> None:
    assert findings(text, codes=("N203",))


# --- 4. a 其中 list after the head whole and its exact split ---------------------------------
HEAD_SPLIT_FIT = [
    # 23+5 = 28; 9+6+7+6 = 28
    "本年度新收到政府信息公开申请共28件，23件为网上申请，5件为当面申请，其中9件予以公开，6件部分公开，7件不予公开，6件无法提供。",
    # 11+3 = 14; 5+2+4+3 = 14
    "新收到依申请公开14件，11件网上申请，3件信函申请，其中5件予以公开，2件部分公开，4件不予公开，3件无法提供。",
    # 17+2 = 19; 4+3+4+8 = 19
    "全年新收到依申请公开共19件，17件线上申请，2件邮寄信函申请，其中4件予以公开，3件部分公开，4件不予公开，8件无法提供。",
    # 30+6+4 = 40; 25+9+6 = 40
    "全年受理申请40件，网上申请30件，信函申请6件，当面申请4件，其中予以公开25件，部分公开9件，无法提供6件。",
    # 11+3 = 14; the 其中 splits the 3 by letter: 2+1 = 3
    "新收到依申请公开14件，11件网上申请，3件信函申请，其中2件予以公开，1件不予公开。",
    # 50+12 = 62; 40+15+7 = 62
    "收到群众来信62件，网上来信50件，书面来信12件，其中咨询类40件，投诉类15件，建议类7件。",
]
HEAD_SPLIT_MISS = [
    # 11+3 = 14; 5+2+4+5 = 16 > 14
    "新收到依申请公开共14件，11件网上申请，3件信函申请，其中5件予以公开，2件部分公开，4件不予公开，5件无法提供。",
    # 23+5 = 28; 9+6+7+9 = 31 > 28
    "本年度新收到政府信息公开申请共28件，23件为网上申请，5件为当面申请，其中9件予以公开，6件部分公开，7件不予公开，9件无法提供。",
    # 17+2 = 19; 4+3+4+10 = 21 > 19
    "全年新收到依申请公开共19件，17件线上申请，2件邮寄信函申请，其中4件予以公开，3件部分公开，4件不予公开，10件无法提供。",
    # 30+6+4 = 40; 25+9+8 = 42 > 40
    "全年受理申请40件，网上申请30件，信函申请6件，当面申请4件，其中予以公开25件，部分公开9件，无法提供8件。",
    # 50+12 = 62; 40+15+9 = 64 > 62
    "收到群众来信62件，网上来信50件，书面来信12件，其中咨询类40件，投诉类15件，建议类9件。",
    # 20+6 = 26 != 24: the split itself
    "全年收到政府信息公开申请24件，其中网上申请20件，信函申请6件。",
]


@pytest.mark.parametrize("text", HEAD_SPLIT_FIT)
def test_list_after_head_split(text: str) -> None:
    assert not findings(text, codes=("N101", "N102"))


@pytest.mark.parametrize("text", HEAD_SPLIT_MISS)
def test_list_after_head_split_still_judged(text: str) -> None:
    assert findings(text, codes=("N101", "N102"))


# --- 5. an amount's change in 个百分点 -------------------------------------------------------
AMOUNT_POINTS_FIT = [
    # points of a rate
    "残疾人就业率达到68.5%，较上年提高2.4个百分点。",
    # money changes in %, rate change in points
    "全年投入康复经费1280万元，较上年增长4.6%；就业率71.2%，较上年提高3个百分点。",
    # points of a 比重 whose base is money
    "民生支出268亿元，占一般公共预算支出的比重为78.3%，较上年提高1.5个百分点。",
    # the clause names its rate (占比)
    "投入教育经费3.2亿元，占比较上年提高1.2个百分点。",
    # a count's change in %
    "全年受理案件1236件，较上年增长11.2%。",
    # a rate after a count
    "审结案件120件，结案率95.2%，同比提高2.1个百分点。",
]
AMOUNT_POINTS_MISS = [
    # money + 个百分点
    "全年投入残疾人康复经费1280万元，较上年增加4.6个百分点。",
    # money + 个百分点
    "发放临时救助资金632万元，比上年增长2.1个百分点。",
    # count + 个百分点
    "全年受理劳动争议案件860件，同比增长3.5个百分点。",
    # money + 个百分点
    "2024年全县残疾人事业经费投入3961万元，较2023年增加3.3个百分点。",
    # money + 个百分点 (decrease)
    "全年“三公”经费支出85万元，较上年下降6.2个百分点。",
    # count + 个百分点
    "全年办理法律援助案件1480件，较上年增加4个百分点。",
]


@pytest.mark.parametrize("text", AMOUNT_POINTS_FIT)
def test_points_of_rates(text: str) -> None:
    assert not findings(text, codes=("N106",))


@pytest.mark.parametrize("text", AMOUNT_POINTS_MISS)
def test_points_of_an_amount(text: str) -> None:
    assert findings(text, codes=("N106",))


# --- 6. a list covering every class its whole's sentence names -----------------------------
COVERED_FIT = [
    # 6+3+40+12+5+2+8+224 = 300
    "全年主动公开政府信息300条，涵盖决策公开、执行公开、管理公开、服务公开、结果公开和村务公开等领域，其中公示公告6条、决策公开类3条，执行公开类40条，管理公开类12条，服务公开类5条，结果公开类2条，重点领域信息公开8条，村务公开224条。",
    # classes A, B, C named; only A and B listed: 40 + 30 = 70 of 120, an open list
    "全年发布信息120条，内容包括政策解读、工作动态和通知公告等方面，其中政策解读40条，工作动态30条。",
    # 50+30+20 = 100 after a sentence of no figure
    "全年发布信息100条，涵盖政策解读、工作动态和通知公告等栏目。内容及时准确。其中政策解读50条、工作动态30条、通知公告20条。",
    # covered, 45+25+30 = 100
    "累计公开信息100条，涵盖财政预算、重大项目和民生保障等领域，其中财政预算类45条，重大项目类25条，民生保障类30条。",
    # two classes only (may be an example): 30 + 20 = 50 of 80, no claim
    "全年公开信息80条，涵盖财政预算和民生保障等领域，其中财政预算30条，民生保障20条。",
    # a figureless sentence, then an open list below the whole: 60 + 50 = 110 of 120
    "全年受理案件120件。工作成效明显。其中刑事案件60件、民事案件50件。",
]
COVERED_MISS = [
    # 6+3+40+12+5+2+8+180 = 256 != 300
    "全年主动公开政府信息300条，涵盖决策公开、执行公开、管理公开、服务公开、结果公开和村务公开等领域，其中公示公告6条、决策公开类3条，执行公开类40条，管理公开类12条，服务公开类5条，结果公开类2条，重点领域信息公开8条，村务公开180条。",
    # 50+30+10 = 90 != 100 after a sentence of no figure
    "全年发布信息100条，涵盖政策解读、工作动态和通知公告等栏目。内容及时准确。其中政策解读50条、工作动态30条、通知公告10条。",
    # 45+25+20 = 90 != 100
    "累计公开信息100条，涵盖财政预算、重大项目和民生保障等领域，其中财政预算类45条，重大项目类25条，民生保障类20条。",
    # 40+30+20 = 90 != 120
    "全年发布信息120条，内容包括政策解读、工作动态和通知公告等方面，其中政策解读40条，工作动态30条，通知公告20条。",
    # 80 + 50 = 130 > 120 past a sentence of no figure
    "全年受理案件120件。工作成效明显。其中刑事案件80件、民事案件50件。",
    # 8+4+52+1+9+3+10+32+264 = 383 != 463 (the 46 shape, with its units)
    "累计主动公开政府信息463条，内容涵盖决策公开、执行公开、管理公开、服务公开、结果公开、重点领域信息公开和村务公开等多个领域。全方位展示了政府工作的重点与成效。其中发布公示公告8条、决策公开类4条，执行公开类：工作动态52条，计划总结1条，管理公开类9条，服务公开类3条，结果公开类10条，重点领域信息公开32条，村务公开264条。",
]


@pytest.mark.parametrize("text", COVERED_FIT)
def test_covered_list_fits_or_stays_open(text: str) -> None:
    assert not findings(text, codes=("N101", "N102"))


@pytest.mark.parametrize("text", COVERED_MISS)
def test_covered_list_falls_short(text: str) -> None:
    assert findings(text, codes=("N101", "N102"))


# --- 7. a bare number that lost its unit inside a list ---------------------------------------
LOST_UNIT_FIT = [
    # 10+32+258 = 300
    "全年公开信息300条，分别为结果公开类10条，重点领域信息公开32村务公开258条。",
    # 20+15+65 = 100
    "共办理事项100件，分别为许可类20件、确认类15备案类65件。",
    # 40+12+48 = 100 (the bare 12 read as 12条)
    "全年发布信息100条，分别为政策解读40条，工作动态12通知公告48条。",
    # a year is no lost unit: 2024 stands in a name; 30 + 20 = 50
    "全年公开信息50条，其中2024年度预算信息30条，其他20条。",
    # a bare number after a part, with a mark before the next name: 8 + 12 = 20 of 40, open list
    "全年受理申请40件，其中网上申请8件，第3批次，当面申请12件。",
    # 60 + 40 = 100; the bare 5 inside a bracket is no part
    "全年培训100人，分别为执法人员60人（5个单位），其他人员40人。",
]
LOST_UNIT_MISS = [
    # 10+32+258 = 300 != 320
    "全年公开信息320条，分别为结果公开类10条，重点领域信息公开32村务公开258条。",
    # 20+15+65 = 100 != 110
    "共办理事项110件，分别为许可类20件、确认类15备案类65件。",
    # 40+12+48 = 100 != 96
    "全年发布信息96条，分别为政策解读40条，工作动态12通知公告48条。",
    # 8+4+52+1+9+3+10+32+264 = 383 != 463 (the 46 text)
    "累计主动公开政府信息463条，内容涵盖决策公开、执行公开、管理公开、服务公开、结果公开、重点领域信息公开和村务公开等多个领域。全方位展示了政府工作的重点与成效。其中发布公示公告8条、决策公开类4条，执行公开类：工作动态52条，计划总结1条，管理公开类9条，服务公开类3条，结果公开类10条，重点领域信息公开32村务公开264条。",
    # 30+25+50 = 105 > 100
    "全年办理业务100件，其中咨询类30件，投诉类25建议类50件。",
    # 12+9+30 = 51 > 48
    "全年受理申请48件，其中网上申请12件、信函申请9当面申请30件。",
]


@pytest.mark.parametrize("text", LOST_UNIT_FIT)
def test_lost_unit_part_counts(text: str) -> None:
    assert not findings(text, codes=("N101", "N102"))


@pytest.mark.parametrize("text", LOST_UNIT_MISS)
def test_lost_unit_part_still_judged(text: str) -> None:
    assert findings(text, codes=("N101", "N102"))
