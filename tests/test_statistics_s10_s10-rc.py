"""Recall in whole/parts, flow and year-on-year, session 10 (helper s10-rc).

Nine readings, each by the structure of its sentence:

1. a split announced by a dimension that leaves no rest (按层级分, 从年龄结构看, numbers.toml
   ``clauses.closed-dimensions``) or by bands from 「…以下」 to 「…以上」; a count naming a
   part's subject (「13个乡镇作出631件」) no longer ends the list;
2. the stage of a figure told by its verb after it (「对符合条件的1541件申请予以受理」) and a
   grant of an application (准予登记) judged against what was received;
3. a rate named by a word of change (压缩率) as the level a 个百分点 change compares, and a
   year restated in a bracket right after a change against last year (「（2022年为5.3%）」);
4. one member above the whole of its class (区级各部门共… / 区人社局…; numbers.toml
   ``members``);
5. a 顿号 list closed by 合计/共计/总计 sums its items;
6. a total that counts the figures it sums (以上两类案件合计…, 两项合计…);
7. a total word before the intake verb (合计收案…) after new and carried-in figures;
8. a 倍 change with the level reached after it (「增长一倍，达到1040件（上年为620件）」);
9. outcomes under a scope of the concluded that no figure counts (审结的案件中，维持…) above the
   accepted (a warning; silence when the text speaks of a carry-over).

Every sentence is written for these tests (none comes from a blind set); each verdict was
derived by hand, the arithmetic in the comment."""

from __future__ import annotations

import pytest
from relation_helpers import found

Y = 2023


def _all(text: str) -> list[tuple[str, str]]:
    return found(text, Y)


# --- 1. a split by a closed dimension --------------------------------------------------------

DIMENSION_WRONG = [
    # 1538 + 2566 = 4104 != 4126
    "全市共办理行政许可事项4126件；按层级分，市级部门办理1538件，各区县办理2566件。",
    # 420 + 1236 + 1641 = 3297 != 3310
    "全区共调处矛盾纠纷3310件，从层级看，区级调委会调处420件，街道调委会调处1236件，社区调委会调处1641件。",
    # 64 + 97 + 61 = 222 > 218
    "全局在编执法人员218名，从年龄结构看，35岁以下的64名，36岁至50岁的97名，50岁以上的61名。",
    # 3 + 11 + 27 = 41 != 43
    "全市共创建法治示范点43个，按级别分，省级示范点3个，市级示范点11个，县级示范点27个。",
    # 415 + 536 = 951 != 962 (18个 names the subject of 536件)
    "全县共受理信访事项962件；按层级分，县直部门受理415件，18个乡镇受理536件。",
    # 42 + 151 = 193 > 186 (9个 names the subject)
    "全市共组织行政执法人员培训186期；分层级统计，市级组织42期，9个区县组织151期。",
    # bands 117 + 143 + 131 = 391 != 382
    "全市法律援助律师共382名，从执业年限看，5年以下的117名，5年至10年的143名，10年以上的131名。",
    # 58 + 171 + 39 = 268 != 275
    "全县行政复议申请人共计275人，按年龄分，30岁以下58人，30岁至60岁171人，60岁以上39人。",
]

DIMENSION_RIGHT = [
    # 1538 + 2566 = 4104
    "全市共办理行政许可事项4104件；按层级分，市级部门办理1538件，各区县办理2566件。",
    # an open dimension (类型): 1120 + 986 + 412 = 2518 < 3310 is some types only
    "全区共调处纠纷3310件，从纠纷类型看，婚姻家庭纠纷1120件，邻里纠纷986件，合同纠纷412件。",
    # the first two of a ranking
    "全区共调处纠纷3310件，按层级分，数量排在前两位的分别是社区调委会1641件、街道调委会1236件。",
    # 64 + 97 + 57 = 218
    "全局在编执法人员218名，从年龄结构看，35岁以下的64名，36岁至50岁的97名，50岁以上的57名。",
    # 415 + 547 = 962
    "全县共受理信访事项962件；按层级分，县直部门受理415件，18个乡镇受理547件。",
    # 356 + 612 + 235 = 1203; 其中女性 is no band
    "全县共有人民调解员1203名，从年龄结构看，40岁以下的356名，40岁至60岁的612名，60岁以上的235名，其中女性调解员418名。",
    # two bands only (117 + 131 < 382): the middle band is not named, no claim
    "全市法律援助律师共382名，从执业年限看，5年以下的117名，10年以上的131名。",
    # 等 leaves the levels open: 1538 + 1866 < 4126
    "全市共办理行政许可事项4126件；按层级分，市级部门办理1538件、区县部门办理1866件等。",
]


@pytest.mark.parametrize("text", DIMENSION_WRONG)
def test_dimension_split_wrong(text: str) -> None:
    assert any(c in ("N101", "N102") for c, _ in _all(text)), _all(text)


@pytest.mark.parametrize("text", DIMENSION_RIGHT)
def test_dimension_split_right(text: str) -> None:
    assert _all(text) == []


# --- 2. a stage told after the figure; a grant ------------------------------------------------

STAGE_AFTER_WRONG = [
    # accepted 326 > received 318
    "全年共收到行政复议申请318件。经审查，对符合法定条件的326件申请予以受理。",
    # accepted 211 > received 204
    "镇司法所全年接到调解申请204件，对其中符合受理条件的211件予以受理。",
    # accepted 161 > received 152, next paragraph
    "全年共接收政府信息公开申请152件。\n对申请内容明确的161件申请依法予以受理，均在法定期限内答复。",
    # granted 1375 > received 1362
    "全年受理个体工商户登记申请1362件，准予登记1375件。",
    # decided 548 > received 536
    "区法律援助中心全年接到群众援助申请536件，对符合条件的548件申请作出给予法律援助的决定。",
    # granted 2163 > received 2140
    "全年受理婚姻登记申请2140件，依法准予登记2163件。",
    # accepted 78 > received 73
    "区市场监管局全年收到企业年报信息更正申请73件，对材料齐全的78件予以受理。",
    # accepted 1934 > received 1920, next paragraph
    "全年收到网上信访事项1920件。\n对属于本机关职权范围的1934件信访事项依法予以受理。",
]

STAGE_AFTER_RIGHT = [
    # 296 + 22 = 318
    "全年共收到行政复议申请318件。经审查，对符合法定条件的296件申请予以受理，对22件作出不予受理决定。",
    "镇司法所全年接到调解申请204件，对其中符合受理条件的198件予以受理。",
    "全年受理个体工商户登记申请1362件，准予登记1340件。",
    "区法律援助中心全年接到群众援助申请560件，对符合条件的548件申请作出给予法律援助的决定。",
    # the 12 refused are not accepted: 72 + 12 = 84
    "全年收到申请84件，对不符合受理条件的12件申请依法不予受理，其余72件均已受理。",
    # 3198 + 62 = 3260
    "全年受理企业登记申请3260件，同意登记3198件，退回补正62件。",
    "全年收到申请95件。对其中的40件申请予以受理后当场办结。",
    "全年共接收政府信息公开申请152件。\n对申请内容明确的141件申请依法予以受理，均在法定期限内答复。",
]


@pytest.mark.parametrize("text", STAGE_AFTER_WRONG)
def test_stage_after_wrong(text: str) -> None:
    # (「对其中…的211件」 draws the figure from the intake: N101 says it as well)
    assert any(c in ("N101", "N103", "N107") for c, _ in _all(text)), _all(text)


@pytest.mark.parametrize("text", STAGE_AFTER_RIGHT)
def test_stage_after_right(text: str) -> None:
    assert _all(text) == []


# --- 3. a rate named by a word of change; a year in a bracket -----------------------------------

CHANGE_WRONG = [
    # 97.6 - 95.8 = 1.8 pp, not 2.8
    "全县矛盾纠纷调解成功率达到97.6%，较上年提高2.8个百分点（2022年为95.8%）。",
    # 512 / 468 - 1 = 9.40%, not 14.2%
    "全年行政复议申请量为512件，较上年增长14.2%（2022年为468件）。",
    # 71.5 - 66.2 = 5.3 pp, not 6.3
    "全区审批时限压缩率达到71.5%，较上年提高6.3个百分点（上年为66.2%）。",
    # 48.2 - 45.1 = 3.1 pp, not 4.1
    "全市行政处罚案件平均办理时限压缩率为48.2%，比上年提升4.1个百分点（上年为45.1%）。",
    # 35.4 - 28.2 = 7.2 pp, not 8.2
    "全区涉企检查频次下降率为35.4%，较上年提高8.2个百分点（上年为28.2%）。",
    # 5.3 - 3.1 = 2.2 pp, not 1.2
    "全县行政诉讼败诉率为3.1%，比上年下降1.2个百分点（2022年为5.3%）。",
    # 1 - 1288 / 1416 = 9.04%, not 6.5%
    "全年受理劳动争议案件1288件，同比下降6.5%（2022年为1416件）。",
    # 11.6 - 9.2 = 2.4 pp, not 3.4
    "全市新登记市场主体增长率为11.6%，较上年提高3.4个百分点（上年为9.2%）。",
    # the rate named in the bracket: 12.6 - 10.8 = 1.8 pp, not 2.8
    "全年行政复议纠错率为12.6%，较上年提高2.8个百分点（2022年纠错率为10.8%）。",
]

CHANGE_RIGHT = [
    "全县矛盾纠纷调解成功率达到97.6%，较上年提高1.8个百分点（2022年为95.8%）。",
    "全年行政复议申请量为512件，较上年增长9.4%（2022年为468件）。",
    "全区审批时限压缩率达到71.5%，较上年提高5.3个百分点（上年为66.2%）。",
    # no prior stated
    "全区审批时限压缩率达到71.5%，较上年提高5.3个百分点，企业开办时间压缩至1个工作日。",
    "全县行政诉讼败诉率为3.1%，比上年下降2.2个百分点（2022年为5.3%）。",
    "全年受理劳动争议案件1288件，同比下降9.0%（2022年为1416件）。",
    "全市新登记市场主体增长率为11.6%，较上年提高2.4个百分点（上年为9.2%）。",
    # compared with a named year, restated in the bracket
    "全县行政诉讼败诉率为3.1%，比2021年下降2.2个百分点（2021年为5.3%）。",
    "全年行政复议纠错率为12.6%，较上年提高1.8个百分点（2022年：10.8%）。",
]


@pytest.mark.parametrize("text", CHANGE_WRONG)
def test_change_wrong(text: str) -> None:
    assert any(c == "N108" for c, _ in _all(text)), _all(text)


@pytest.mark.parametrize("text", CHANGE_RIGHT)
def test_change_right(text: str) -> None:
    assert _all(text) == []


# --- 4. one member above the whole of its class -------------------------------------------------

MEMBER_WRONG = [
    # 327 > 312
    "全县各乡镇全年共开展法治宣传活动312场次。\n青石镇结合赶集日开展法治宣传活动327场次，发放资料1.2万份。",
    # 2914 > 2860
    "全市各执法部门全年共办理行政处罚案件2860件。市市场监督管理局全年办理行政处罚案件2914件，罚没款1.3亿元。",
    # 4381 > 4120
    "全区各街道共受理群众法律咨询4120人次。\n南湖街道依托公共法律服务站受理群众法律咨询4381人次。",
    # 183 > 176
    "全县各部门共清理规范性文件176件。县教育局清理规范性文件183件。",
    # 1266 > 1240
    "全市各级行政机关共收到行政复议申请1240件。市公安局收到行政复议申请1266件。",
    # 301 > 286
    "全区各社区全年共调解邻里纠纷286件。\n阳光社区调解委员会全年调解邻里纠纷301件。",
    # 64 > 58
    "全系统各单位共组织执法人员培训58期。市交通运输综合执法支队组织执法人员培训64期。",
    # 219 > 212
    "全县各镇共建成村级法律服务站点212个。河口镇建成村级法律服务站点219个。",
]

MEMBER_RIGHT = [
    "全县各乡镇全年共开展法治宣传活动312场次。\n青石镇结合赶集日开展法治宣传活动57场次，发放资料1.2万份。",
    # a centre is no 街道
    "全区各街道共受理群众法律咨询4120人次。\n区公共法律服务中心受理群众法律咨询4381人次。",
    # another thing (消费投诉举报)
    "全市各执法部门全年共办理行政处罚案件2860件。市市场监督管理局全年办理消费投诉举报3914件。",
    # cumulated since 2019
    "全县各部门共清理规范性文件176件。县教育局2019年以来累计清理规范性文件183件。",
    "全区各社区全年共调解邻里纠纷286件。阳光社区调解邻里纠纷42件，较上年增加5件。",
    # no class whole (乡镇一级): the county bureau is no township
    "全县乡镇一级共作出行政处罚决定236件。县城市管理局作出行政处罚决定418件。",
    # another unit
    "全县各镇共建成村级法律服务站点212个。河口镇服务群众219人次。",
    # an average, no total
    "全县各乡镇平均开展法治宣传活动31场次。青石镇开展法治宣传活动57场次。",
    # a bureau of another level (市) than the whole's departments (区级)
    "区级各部门共开展普法活动426场次。市司法局指导全区开展普法活动1200场次。",
    "全县各部门共清理规范性文件176件。市教育局清理规范性文件183件。",
]


@pytest.mark.parametrize("text", MEMBER_WRONG)
def test_member_above_whole_wrong(text: str) -> None:
    assert any(c == "N101" for c, _ in _all(text)), _all(text)


@pytest.mark.parametrize("text", MEMBER_RIGHT)
def test_member_above_whole_right(text: str) -> None:
    assert _all(text) == []


# --- 5. a 顿号 list closed by 合计 -----------------------------------------------------------

TRAILING_WRONG = [
    # 186 + 243 + 97 = 526 != 536
    "全年办理继承公证186件、委托公证243件、声明公证97件，合计536件。",
    # 1.2 + 3.6 = 4.8 != 5.1
    "全年发放普法读本1.2万册、宣传折页3.6万册，合计5.1万册。",
    # 212 + 168 + 94 = 474 != 484
    "全年调解婚姻家庭纠纷212件、邻里纠纷168件、物业纠纷94件，总计484件。",
    # 46 + 58 = 104 != 114
    "全年开展送法进企业活动46场、送法进校园活动58场，合计114场。",
    # 1320 + 846 = 2166 != 2206
    "全年检查餐饮单位1320家次、食品销售单位846家次，共计2206家次。",
    # 42 + 37 = 79 != 89
    "全年组织旁听庭审42次、以案释法讲座37次，合计89次。",
    # 68 + 41 = 109 != 119
    "全年审核政府合同68份、规范性文件41份，共计119份。",
    # 36.5 + 12.3 = 48.8 != 49.8
    "区级安排普法经费36.5万元、街道配套12.3万元，合计49.8万元。",
    # clauses that each name the total's verb: 212 + 168 + 94 = 474 != 484
    "全年调解婚姻纠纷212件，调解邻里纠纷168件，调解物业纠纷94件，合计调解484件。",
]

TRAILING_RIGHT = [
    "全年办理继承公证186件、委托公证243件、声明公证97件，合计526件。",
    # 等: examples only
    "全年办理继承公证186件、委托公证243件等，合计536件。",
    # a total of every kind (各类)
    "全年办理继承公证186件、委托公证243件、声明公证97件，共计各类公证536件。",
    "全年开展送法进企业活动46场、送法进校园活动58场等各类活动，合计114场。",
    "全年调解婚姻家庭纠纷212件、邻里纠纷168件、物业纠纷94件，总计474件。",
    "全年检查餐饮单位1320家次、食品销售单位846家次，共计2166家次。",
    "区级安排普法经费36.5万元、街道配套12.3万元，合计48.8万元。",
    # approximate total
    "全年发放普法读本1.2万册、宣传折页3.6万册，合计约4.8万册。",
    "全年调解婚姻纠纷212件，调解邻里纠纷168件，调解物业纠纷94件，合计调解474件。",
    # clauses of other verbs (办结) are no list of what 合计调解 sums
    "全年调解婚姻纠纷212件，办结邻里纠纷168件，合计调解484件。",
]


@pytest.mark.parametrize("text", TRAILING_WRONG)
def test_trailing_total_wrong(text: str) -> None:
    assert any(c in ("N101", "N102") for c, _ in _all(text)), _all(text)


@pytest.mark.parametrize("text", TRAILING_RIGHT)
def test_trailing_total_right(text: str) -> None:
    assert _all(text) == []


# --- 6. a total that counts what it sums ---------------------------------------------------------

COUNTED_WRONG = [
    # 187 + 46 = 233 != 243
    "全年审结一审案件187件、二审案件46件。以上两类案件合计243件。",
    # 58.0 + 42.5 = 100.5 != 96.5
    "区级财政安排经费58.0万元、街道自筹资金42.5万元，两项合计96.5万元。",
    # 326 + 518 + 14 = 858 != 868
    "全年检查企业326家、个体工商户518家、农贸市场14家，以上三类合计868家。",
    # 412 + 265 + 18 = 695 != 705
    "全年办理法律援助民事案件412件、刑事案件265件、行政案件18件。上述三类案件共计705件。",
    # 2.3 + 0.8 = 3.1 != 3.4 (even at the rounding's edge: 2.35 + 0.85 = 3.2 < 3.35)
    "全年发放宣传资料2.3万份、宣传品0.8万份，两项共计3.4万份。",
    # 46 + 312 = 358 != 368
    "全年新增村（社区）法律顾问46名、法律明白人312名，两类人员合计368名。",
    # 24 + 67 = 91 != 81
    "全年开展线上普法直播24场、线下普法讲座67场，两种形式合计81场。",
    # 36 + 9 + 57 = 102 != 112
    "区司法局审核行政规范性文件36件、重大行政决策事项9件、政府合同57件，以上三项共计112件。",
]

COUNTED_RIGHT = [
    "全年审结一审案件187件、二审案件46件。以上两类案件合计233件。",
    "全年检查企业326家、个体工商户518家、农贸市场14家，以上三类合计858家。",
    "全年办理法律援助民事案件412件、刑事案件265件、行政案件18件。上述三类案件共计695件。",
    "区司法局审核行政规范性文件36件、重大行政决策事项9件、政府合同57件，以上三项共计102件。",
    # three figures for 两类: which two is not said, silence
    "全年审结一审案件187件、二审案件46件、再审案件5件。以上两类案件合计233件。",
    # no total
    "全年受理案件420件，办结398件。以上两项工作均按期完成。",
    "全年发放宣传资料2.3万份、宣传品0.8万份，两项合计3.1万份，同比增长12%。",
    "全年开展线上普法直播24场、线下普法讲座67场，两种形式合计91场。",
]


@pytest.mark.parametrize("text", COUNTED_WRONG)
def test_counted_total_wrong(text: str) -> None:
    assert any(c in ("N101", "N102") for c, _ in _all(text)), _all(text)


@pytest.mark.parametrize("text", COUNTED_RIGHT)
def test_counted_total_right(text: str) -> None:
    assert _all(text) == []


# --- 7. 合计收案 after new and carried-in figures ---------------------------------------------

CASELOAD_WRONG = [
    # 46 + 318 = 364 != 354
    "上年结转46件，本年新收318件，合计收案354件。",
    # 12 + 205 = 217 != 227
    "旧存案件12件，新收案件205件，合计受理227件，审结209件。",
    # 9 + 87 = 96 != 106
    "上年结转行政复议案件9件，新收复议申请87件，合计收到106件。",
    # 31 + 642 = 673 != 683
    "年初积存信访事项31件，年内新接收642件，合计登记683件。",
    # 8 + 152 = 160 != 170
    "上年结转8件，本年新立案152件，总计立案170件。",
    # 14 + 96 = 110 != 112
    "上年结转案件14件，新收案件96件，共计收案112件。",
    # 23 + 411 = 434 != 444
    "上年未结案件23件，本年新收案件411件，合计受理案件444件。",
    # 17 + 263 = 280 != 270
    "上年结转劳动争议案件17件，本年新收案件263件，合计收案270件。",
]

CASELOAD_RIGHT = [
    "上年结转46件，本年新收318件，合计收案364件。",
    "旧存案件12件，新收案件205件，合计受理217件，审结209件。",
    "上年结转行政复议案件9件，新收复议申请87件，合计收到96件。",
    "年初积存信访事项31件，年内新接收642件，合计登记673件。",
    "上年结转8件，本年新立案152件，总计立案160件。",
    "上年结转案件14件，新收案件96件，共计收案110件。",
    "上年未结案件23件，本年新收案件411件，合计受理案件434件。",
    "上年结转劳动争议案件17件，本年新收案件263件，合计收案280件。",
]


@pytest.mark.parametrize("text", CASELOAD_WRONG)
def test_caseload_sum_wrong(text: str) -> None:
    assert any(c in ("N101", "N102") for c, _ in _all(text)), _all(text)


@pytest.mark.parametrize("text", CASELOAD_RIGHT)
def test_caseload_sum_right(text: str) -> None:
    assert _all(text) == []


# --- 8. a 倍 change with the level reached after it, its base in a bracket -------------------

TIMES_AFTER_WRONG = [
    # 1040 / 620 = 1.68, not 2
    "全年办理公证事项较上年增长一倍，达到1040件（上年为620件）。",
    # 1240 / 620 = 2, not 2.5
    "全年受理法律援助案件较上年增长了1.5倍，达到1240件（上年为620件）。",
    # 150 / 60 = 2.5, not 3
    "全区开展法治讲座场次较上年增长2倍，达到150场（上年为60场）。",
    # 356 / 214 = 1.66, not 2
    "全县线上调解案件数量较上年增长一倍，达到356件（上年为214件）。",
    # 12.6 / 4.2 = 3, not 4 (增长3倍 is four times the base)
    "全市电子证照调用量较上年增长3倍，达到12.6万次（上年为4.2万次）。",
    # 2.1 / 1.4 = 1.5, not 2
    "全年公共法律服务热线接听量比上年增长一倍，达到2.1万人次（上年为1.4万人次）。",
    # 318 / 120 = 2.65, not 2.2
    "全区企业合规指导次数较上年增长1.2倍，增加到318次（上年为120次）。",
    # 496 / 186 = 2.67, not 2
    "全县非诉讼调解案件较上年增长一倍，升至496件（上年为186件）。",
]

TIMES_AFTER_RIGHT = [
    # 1240 / 620 = 2
    "全年办理公证事项较上年增长一倍，达到1240件（上年为620件）。",
    # 1550 / 620 = 2.5
    "全年受理法律援助案件较上年增长了1.5倍，达到1550件（上年为620件）。",
    # 180 / 60 = 3
    "全区开展法治讲座场次较上年增长2倍，达到180场（上年为60场）。",
    # 16.8 / 4.2 = 4
    "全市电子证照调用量较上年增长3倍，达到16.8万次（上年为4.2万次）。",
    # 264 / 120 = 2.2
    "全区企业合规指导次数较上年增长1.2倍，增加到264次（上年为120次）。",
    # 2.8 / 1.4 = 2
    "全年公共法律服务热线接听量比上年增长一倍，达到2.8万人次（上年为1.4万人次）。",
    # no base stated
    "全年办理公证事项较上年增长一倍，达到1240件。",
    # 近一倍: 1160 / 620 = 1.87
    "全年办理公证事项较上年增长近一倍，达到1160件（上年为620件）。",
]


@pytest.mark.parametrize("text", TIMES_AFTER_WRONG)
def test_times_level_after_wrong(text: str) -> None:
    assert any(c == "N108" for c, _ in _all(text)), _all(text)


@pytest.mark.parametrize("text", TIMES_AFTER_RIGHT)
def test_times_level_after_right(text: str) -> None:
    assert _all(text) == []


# --- 9. what became of the concluded, their number not stated, above what came in ------------

OUTCOMES_WRONG = [
    # 98 + 21 + 19 + 15 = 153 > 147
    "全年依法受理行政复议案件147件。审结的案件中，决定维持原行政行为98件，决定撤销、变更或确认违法21件，驳回复议申请19件，终止审理15件。",
    # 64 + 13 + 14 = 91 > 88
    "全年受理行政复议申请88件。审结的案件中，维持64件，撤销13件，驳回14件。",
    # 132 + 29 + 51 = 212 > 205
    "区法院全年受理行政诉讼案件205件。审结的案件中，判决驳回诉讼请求132件，撤销行政行为29件，原告撤诉51件。",
    # 268 + 121 + 30 = 419 > 412
    "全年依法受理劳动仲裁案件412件。审结的案件中，调解结案268件、裁决结案121件、撤诉结案30件。",
    # 22 + 9 + 8 = 39 > 36
    "全年受理行政裁决申请36件。审结的案件中，支持申请人请求22件，部分支持9件，不予支持8件。",
    # 362 + 94 + 71 = 527 > 520
    "市政府全年受理复议案件520件。在审结的案件中，维持原行政行为362件，确认违法或撤销94件，终止审理71件。",
    # no accepted figure: the received 64 bounds 41 + 12 + 14 = 67
    "全年收到行政复议申请64件。审结的案件中，维持41件，撤销12件，终止14件。",
    # 39 + 9 + 11 = 59 > 57
    "全年受理政府信息公开行政复议案件57件。审结的案件中，维持39件，责令履行9件，驳回11件。",
]

OUTCOMES_RIGHT = [
    # 98 + 21 + 9 + 15 = 143 <= 147
    "全年依法受理行政复议案件147件。审结的案件中，决定维持原行政行为98件，决定撤销、变更或确认违法21件，驳回复议申请9件，终止审理15件。",
    # last year's cases may be among the concluded
    "全年受理行政复议案件147件，上年结转12件。审结的案件中，维持98件，撤销21件，驳回19件，终止15件。",
    "全年受理行政复议申请88件。审结的案件中，维持54件，撤销13件，驳回14件。",
    "区法院全年受理行政诉讼案件205件。审结的案件中，判决驳回诉讼请求132件，撤销行政行为29件。",
    "全年受理行政裁决申请36件。审结的案件中，支持申请人请求的22件，驳回申请的11件。",
    "全年受理行政复议申请64件。审结的案件中，维持41件，撤销12件，终止8件。",
    # fewer outcomes than accepted: some still open, no claim
    "全年依法受理劳动仲裁案件412件。审结的案件中，调解结案268件、裁决结案121件。",
    # the scope's figures count people, not cases
    "全年受理行政复议申请64件。审结的案件中，涉及群众112人，维持41件。",
]


@pytest.mark.parametrize("text", OUTCOMES_WRONG)
def test_outcomes_of_uncounted_concluded_wrong(text: str) -> None:
    assert any(c == "N101" for c, _ in _all(text)), _all(text)


@pytest.mark.parametrize("text", OUTCOMES_RIGHT)
def test_outcomes_of_uncounted_concluded_right(text: str) -> None:
    assert _all(text) == []
