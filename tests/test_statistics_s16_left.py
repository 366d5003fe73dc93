"""Session 16 (s16-left): false errors on main and the true contradictions of their shapes.

* A split by nature (clauses.exhaustive) whose first part names a 的-clause the whole does not
  (「其中面向企业的线上培训38场、线下培训45场」), or a pair of outcomes (胜诉/败诉) under a whole
  of no decided items (应诉案件), exhausts a sub-set only (partition.py ``_pair_of_subset``):
  its parts may fall short of the whole; above it they still contradict.
* A rate named by position never counts a remainder (其余5个正在推进): the part done beside it
  is its numerator (rates.py ``_REMAINDER_RE``); a name negating a doing (未解决问题占比)
  counts that remainder (``_negated_remainders``).
* The level a share's change reaches (「…占比由10.3%下降到4.9%」) is judged only against a
  numerator named by nearly all of the share's head (``_level_named``).
* Outcomes naming one verb by its degrees (予以公开/部分公开), none negating it, after a claim
  of all answered, leave the refusals unnamed (partition.py ``_granted_degrees``).
* A 其中 list ends before a figure negating the whole's words (不属于本部门职责 after 属于…的)
  or a clause whose subject is the previous part's object (转办相关部门… 相关部门已反馈…).
* A share naming its whole (占全市社区总数的) reads a figure of that noun told earlier in the
  paragraph (``_named_whole_earlier``); a 100% rate in its numerator's statement, all bases in
  earlier statements, is all of its own set (``_all_of_its_statement``); an instance count whose
  clause acts on an object before a colon is not listed by that colon (announced.py
  ``_instances_act_on``).

Every sentence is written for these tests; the arithmetic in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import errors, findings

SPLIT = ("N101", "N102")

PAIR_OF_SUBSET = [
    # 19 + 2 = 21 <= 31: 胜诉/败诉 of the judged cases only
    "全年办理行政应诉案件31件，其中一审判决胜诉19件、败诉2件，败诉原因主要为程序瑕疵。",
    # 38 + 4 = 42 <= 57
    "全年共应对行政诉讼案件57件，其中一审判决胜诉38件、败诉4件，其余案件尚在审理中。",
    # 25 + 3 = 28 <= 40
    "全年办理以区政府为被告的行政诉讼案件40件，其中胜诉25件、败诉3件。",
    # 86 + 54 = 140 <= 1260: 男/女 of the newly certified
    "全区现有行政执法人员1,260人，其中今年新取得执法证件的男性86人、女性54人。",
    # 38 + 45 = 83 <= 126: 线上/线下 of the sessions for enterprises
    "全年开展法治专题培训126场，其中面向民营企业的线上培训38场、线下培训45场。",
    # the pair in the other order: 45 + 38 = 83 <= 126
    "全年开展法治专题培训126场，其中面向民营企业的线下培训45场、线上培训38场。",
    # 120 + 95 = 215 <= 300
    "全年受理投诉举报300件，其中涉及食品安全的线上受理120件、线下受理95件。",
    # 16 + 9 = 25 <= 64
    "全年作出行政处罚决定64件，其中对个体工商户的普通程序16件、简易程序9件。",
]

PAIR_OF_SUBSET_WRONG = [
    # 24 + 9 = 33 > 31
    "全年办理行政应诉案件31件，其中一审判决胜诉24件、败诉9件。",
    # 17 + 6 = 23 != 22 judged
    "全年办理行政应诉案件46件，已作出一审判决的22件中，胜诉17件、败诉6件。",
    # 审结 whole: 39 + 4 = 43 != 45
    "全年审结行政诉讼案件45件，其中胜诉39件、败诉4件。",
    # 1032 + 813 = 1845 != 1850 (no qualifier)
    "全区共有人民调解员1,850名，其中男性1,032名、女性813名。",
    # 81 + 40 = 121 != 126 (no qualifier)
    "全年开展法治宣传活动126场，其中线下活动81场、线上活动40场。",
    # 700 + 610 = 1310 > 1260 (qualified pair above the whole)
    "全区现有行政执法人员1,260人，其中今年新取得执法证件的男性700人、女性610人。",
    # 70 + 60 = 130 > 126
    "全年开展法治专题培训126场，其中面向民营企业的线上培训70场、线下培训60场。",
    # 判决 whole: 30 + 5 = 35 != 36
    "全年法院一审判决的行政诉讼案件36件，其中胜诉30件、败诉5件。",
]


@pytest.mark.parametrize("text", PAIR_OF_SUBSET)
def test_a_pair_of_a_sub_set_need_not_reach_the_whole(text: str) -> None:
    assert not errors(text), errors(text)


@pytest.mark.parametrize("text", PAIR_OF_SUBSET_WRONG)
def test_a_pair_still_contradicts_above_its_whole_or_of_its_own_set(text: str) -> None:
    assert findings(text, codes=SPLIT)


REMAINDER_BESIDE_RATE = [
    # 41 / 46 = 89.13%
    "全年共排查发现问题46个，已推动解决41个，其余5个正在推进，整改完成率89.1%。",
    # 198 / 213 = 92.96%
    "全年受理群众投诉举报213件，已办结198件，其余15件正在调查核实中，办结率93.0%。",
    # 58 / 64 = 90.625%
    "梳理行政执法问题清单64项，已完成整改58项，剩余6项正在推进，整改完成率90.6%。",
    # 156 / 171 = 91.23%
    "全年排查整治违法用地问题171个，已销号156个，其余15个列入下年度整改计划，销号率91.2%。",
    # 41 / 46 = 89.13%, with a 其中 part before (28 <= 46)
    "共排查发现问题46个，其中涉及执法程序的28个，已推动解决41个，其余5个正在推进，整改完成率89.1%。",
    # 41 / 46 = 89.13%
    "全年共排查发现问题46个，已整改到位41个，其余5个正在推进中，整改完成率89.1%。",
    # 未解决: 6 / 52 = 11.54%
    "全年共排查发现校园周边安全问题52个，已推动解决46个，其余6个正在推进，未解决问题占比11.5%。",
    # 268 / 281 = 95.37%
    "全年受理政务服务投诉281件，已办结268件，其余13件正在调查处理中，按期办结率95.4%。",
]

REMAINDER_BESIDE_RATE_WRONG = [
    # 41 / 46 = 89.13%, 5 / 46 = 10.87%: 85.1 fits neither
    "全年共排查发现问题46个，已推动解决41个，其余5个正在推进，整改完成率85.1%。",
    # 46 / 52 = 88.46%, 6 / 52 = 11.54%: 85.1 fits neither
    "全年共排查发现校园周边安全问题52个，已推动解决46个，其余6个正在推进，问题整改完成率85.1%。",
    # 117 / 128 = 91.41% != 93.4
    "全年共排查安全隐患128处，已整改到位117处，其余11处正在限期整改，隐患整改率为93.4%。",
    # 69 / 75 = 92.0% != 93.0
    "全年排查发现执法不规范问题75个，已整改69个，其余6个正在整改，整改率为93.0%。",
    # 未解决: 6 / 52 = 11.54%, 46 / 52 = 88.46%: 12.5 fits neither
    "全年共排查发现校园周边安全问题52个，已推动解决46个，其余6个正在推进，未解决问题占比12.5%。",
    # 47 + 7 = 54 != 52 (the rest still counts in the split)
    "全年收到意见建议52条，已采纳办理47条，其余7条正在研究论证，办理率90.4%。",
    # 92 + 14 = 106 != 104
    "全年收到行政执法监督线索104条，已核查办结92条，其余14条正在核查，办结率88.5%。",
    # 198 / 213 = 92.96% != 95.0
    "全年受理群众投诉举报213件，已办结198件，其余15件正在调查核实中，办结率95.0%。",
]


@pytest.mark.parametrize("text", REMAINDER_BESIDE_RATE)
def test_a_remainder_is_no_numerator_of_a_completion_rate(text: str) -> None:
    assert not errors(text), errors(text)


@pytest.mark.parametrize("text", REMAINDER_BESIDE_RATE_WRONG)
def test_a_rate_beside_a_remainder_that_fits_no_reading(text: str) -> None:
    assert findings(text, codes=("N101", "N102", "N104"))


LEVEL_OF_A_CHANGE = [
    # the share of those revoked for procedure (a base unsaid), not 2 / 2 nor 2 / 412
    "全市行政复议机关共审结案件412件，其中撤销2件、确认违法2件，因程序违法被撤销的案件占比由10.3%下降到4.9%。",
    "全年行政诉讼一审败诉2件，被撤销2件，因程序违法被撤销的案件占比由10.3%下降到4.9%。",
    "全年被复议机关撤销的行政行为2件，均系程序违法；因程序违法被撤销的案件占比由10.3%下降到4.9%。",
    # 612 / 1482 = 41.30%
    "全年作出行政处罚决定1,482件，其中适用听证程序37件、简易程序612件，简易程序案件占比由38.5%上升至41.3%。",
    # 3 / 71 = 4.23%
    "全年办理行政应诉案件71件，败诉3件，败诉率由6.1%下降到4.2%。",
    # the share of those with legal review (unsaid base), 5 and 5 named otherwise
    "全年制定重大行政决策5件，听取意见5件，经过专家论证的决策占比由40%提高到60%。",
    # the level reached of another thing than the counts (unsaid base)
    "全年撤销违法行政行为3件，纠正3件，因证据不足被纠正的案件占比由12.5%降至6.8%。",
    # 41 / 326 = 12.58% is another share: the share of 程序违法 revocations is unsaid
    "全年办理行政复议案件326件，依法纠错41件，因程序违法被撤销的案件占比由8.7%下降到5.2%。",
]

LEVEL_OF_A_CHANGE_WRONG = [
    # 612 / 1482 = 41.30% != 45.1
    "全年作出行政处罚决定1,482件，其中适用简易程序案件612件，简易程序案件占比由38.5%上升至45.1%。",
    # 3 / 71 = 4.23% != 5.2
    "全年办理行政应诉案件71件，败诉3件，败诉率由6.1%下降到5.2%。",
    # 10.3 - 4.9 = 5.4, not 5.6 个百分点
    "全年行政诉讼败诉案件5件，败诉案件占比由10.3%下降到4.9%，下降了5.6个百分点。",
    # 810 / 860 = 94.19% != 96.2
    "全年办理行政许可事项860件，其中网上办理810件，网上办理占比由90.5%提高到96.2%。",
    # 480 / 520 = 92.31% != 95.3
    "全年组织执法人员参加考试520人，考试合格480人，考试合格率由91.2%提高到95.3%。",
    # 18 / 200 = 9.0% != 7.5
    "全年受理行政复议申请200件，其中被纠错18件，被纠错案件占比由11.2%下降到7.5%。",
    # 0.3 个百分点 off: 96.4 - 92.1 = 4.3, not 4.6
    "群众满意率由92.1%提高到96.4%，提高了4.6个百分点。",
    # 155 / 160 = 96.88% != 98.5
    "全年受理投诉160件，办结155件，办结率由95.2%提高到98.5%。",
]


@pytest.mark.parametrize("text", LEVEL_OF_A_CHANGE)
def test_the_level_a_share_reaches_is_no_share_of_other_figures(text: str) -> None:
    assert not errors(text), errors(text)


@pytest.mark.parametrize("text", LEVEL_OF_A_CHANGE_WRONG)
def test_a_reached_level_against_its_own_named_figures(text: str) -> None:
    assert findings(text, codes=("N104", "N106", "N108"))


GRANTED_SIDE = [
    # 57 + 21 = 78 <= 128: 不予公开 etc. unnamed
    "全年共收到政府信息公开申请128件，均已按期答复，其中予以公开57件、部分公开21件。",
    # 64 + 12 = 76 <= 90
    "全年受理政府信息公开申请90件，已全部办结，其中予以公开64件、部分公开12件。",
    # 30 + 9 = 39 <= 46
    "全年收到政府信息公开申请46件，均已依法答复，其中同意公开30件、部分公开9件。",
    # 33 + 8 = 41 <= 50
    "全年收到信息公开申请50件，均已答复，其中全部公开33件、部分公开8件。",
    # 40 + 9 = 49 <= 70
    "全年受理复议申请70件，均已审结，其中全部支持40件、部分支持9件。",
    # 18 + 5 = 23 <= 30
    "全年收到政府信息公开申请30件，均按时答复，其中主动公开18件、部分公开5件。",
    # 100 + 20 = 120 <= 150
    "全年受理申请150件，已全部答复完毕，其中予以公开100件、部分公开20件。",
    # 11 + 3 = 14 <= 20
    "全年共受理依申请公开20件，均已办结，其中予以公开11件、部分公开3件。",
]

GRANTED_SIDE_WRONG = [
    # 57 + 21 + 52 = 130 != 128
    "全年共收到政府信息公开申请128件，均已按期答复，其中予以公开57件、部分公开21件、不予公开52件。",
    # 1241 + 21 = 1262 != 1264 (办结 is the claim's own verb)
    "区税务局全年受理纳税人投诉1,264件，均已办结，其中按期办结1,241件、超期办结21件。",
    # 130 + 80 = 210 != 212 (ways of 结案)
    "全年受理劳动争议案件212件，均已审结，其中调解结案130件、裁决结案80件。",
    # a part above the whole: 131 > 128
    "全年共收到政府信息公开申请128件，均已按期答复，其中予以公开131件、部分公开21件。",
    # 100 + 40 = 140 > 120
    "全年受理申请120件，已全部答复完毕，其中予以公开100件、部分公开40件。",
    # 64 + 12 + 15 = 91 != 90
    "全年受理政府信息公开申请90件，已全部办结，其中予以公开64件、部分公开12件、不予公开15件。",
    # 40 + 9 + 22 = 71 != 70
    "全年受理复议申请70件，均已审结，其中维持40件、撤销9件、驳回22件。",
    # 33 + 8 + 10 = 51 != 50
    "全年收到信息公开申请50件，均已答复，其中全部公开33件、部分公开8件、不予公开10件。",
]


@pytest.mark.parametrize("text", GRANTED_SIDE)
def test_granted_degrees_of_one_verb_are_no_complete_split(text: str) -> None:
    assert not errors(text), errors(text)
    assert not findings(text, codes=SPLIT), findings(text, codes=SPLIT)


@pytest.mark.parametrize("text", GRANTED_SIDE_WRONG)
def test_granted_degrees_with_the_refused_or_above_the_whole(text: str) -> None:
    assert findings(text, codes=SPLIT)


LIST_ENDS = [
    # 143 <= 158; 58 is beside 158 (158 + 58 = 216)
    "全年共接到群众来信来访216件次，经甄别属于本部门职责的158件，对其中已调查核实的143件全部出具书面答复意见；不属于本部门职责的58件均已转交有权处理机关。",
    # 279 <= 286 <= 312: 反馈 of the 转办
    "全年处置网络舆情线索312条，其中转办相关部门286条，相关部门已反馈办理结果279条，其余线索正在跟踪办理。",
    # 90 <= 120; 40 beside (符合/不符合)
    "全年收到申请160件，符合受理条件的120件，其中已办结90件；不符合受理条件的40件已告知申请人。",
    # 50 <= 60 <= 75
    "全年排查企业75家，其中移交执法机构60家，执法机构已立案查处50家。",
    # 30 <= 44; 20 beside (44 + 20 = 64)
    "全年接收线索64条，属于本机关管辖的44条，其中已核查30条；不属于本机关管辖的20条已移送。",
    # 70 <= 80 <= 100
    "全年开展执法检查100次，其中交办乡镇80次，乡镇已反馈整改结果70次。",
    # 18 <= 25 <= 30
    "全年收集问题线索30条，其中转交街道25条，街道均已核实18条。",
    # 200 <= 260; 90 beside
    "全年收到举报350件，属实的260件，其中立案200件；不属实的90件已答复举报人。",
]

LIST_ENDS_WRONG = [
    # 163 > 158
    "全年共接到群众来信来访216件次，经甄别属于本部门职责的158件，对其中已调查核实的163件全部出具书面答复意见；不属于本部门职责的58件均已转交。",
    # 反馈 319 > 转办 286
    "全年处置网络舆情线索312条，其中转办相关部门286条，相关部门已反馈办理结果319条。",
    # 320 > 312
    "全年处置网络舆情线索312条，其中转办相关部门320条，相关部门已反馈办理结果279条。",
    # 90 + 40 = 130 != 120: the split of the whole itself (已办结/未办结)
    "全年受理申请120件，其中已办结90件、未办结40件。",
    # 128 > 120
    "全年收到申请160件，符合受理条件的120件，其中已办结128件；不符合受理条件的40件已告知申请人。",
    # 符合 120 + 不符合 45 = 165 != 160
    "全年收到申请160件，其中符合受理条件的120件、不符合受理条件的45件。",
    # 80 > 75
    "全年排查企业75家，其中移交执法机构80家，执法机构已立案查处50家。",
    # 属实 260 + 不属实 95 = 355 != 350
    "全年收到举报350件，其中属实的260件、不属实的95件。",
]


@pytest.mark.parametrize("text", LIST_ENDS)
def test_a_list_ends_before_a_complement_or_a_taken_up_object(text: str) -> None:
    assert not findings(text, codes=SPLIT), findings(text, codes=SPLIT)


@pytest.mark.parametrize("text", LIST_ENDS_WRONG)
def test_the_list_still_fails_inside_or_across_its_whole(text: str) -> None:
    assert findings(text, codes=("N101", "N102", "N103", "N107"))


NAMED_WHOLE_EARLIER = [
    # 9 / 214 = 4.21%
    "全市共有行政村1286个、社区214个，已实现村（社区）法律顾问全覆盖；全年新创建市级民主法治示范村（社区）38个，其中社区9个，占全市社区总数的4.2%。",
    # 12 / 150 = 8.0%
    "全区共有行政村150个、社区46个；全年新评定法治示范村（社区）20个，其中行政村12个，占全区行政村总数的8.0%。",
    # 7 / 88 = 7.95%
    "全县共有规模以上企业88家；全年开展法治体检的企业31家，其中规模以上企业7家，占全县规模以上企业总数的8.0%。",
    # 5 / 64 = 7.81%
    "全区共有学校64所、幼儿园102所；全年新命名法治宣传教育示范校（园）15所，其中学校5所，占全区学校总数的7.8%。",
    # 3 / 25 = 12.0%
    "全县共有乡镇25个；全年新建公共法律服务站11个，其中乡镇站3个，占全县乡镇总数的12.0%。",
    # 6 / 120 = 5.0%
    "全市共有律师事务所120家；全年新增公益法律服务机构17家，其中律师事务所6家，占全市律师事务所总数的5.0%。",
    # 4 / 32 = 12.5%
    "全区共有街道32个；全年创建“枫桥式”司法所10个，其中街道司法所4个，占全区街道总数的12.5%。",
    # 8 / 400 = 2.0%
    "全县共有网格400个；全年评选优秀调解网格25个，其中城区网格8个，占全县网格总数的2.0%。",
]

NAMED_WHOLE_EARLIER_WRONG = [
    # 9 / 214 = 4.21%, 9 / 38 = 23.7%: 5.2 fits neither
    "全市共有行政村1286个、社区214个；全年新创建市级民主法治示范村（社区）38个，其中社区9个，占全市社区总数的5.2%。",
    # 12 / 150 = 8.0%, 12 / 20 = 60%: 9.0 neither
    "全区共有行政村150个、社区46个；全年新评定法治示范村（社区）20个，其中行政村12个，占全区行政村总数的9.0%。",
    # 7 / 88 = 7.95%, 7 / 31 = 22.6%: 9.5 neither
    "全县共有规模以上企业88家；全年开展法治体检的企业31家，其中规模以上企业7家，占全县规模以上企业总数的9.5%。",
    # 5 / 64 = 7.81%, 5 / 15 = 33.3%: 6.8 neither
    "全区共有学校64所、幼儿园102所；全年新命名法治宣传教育示范校（园）15所，其中学校5所，占全区学校总数的6.8%。",
    # 3 / 25 = 12.0%, 3 / 11 = 27.3%: 15.0 neither
    "全县共有乡镇25个；全年新建公共法律服务站11个，其中乡镇站3个，占全县乡镇总数的15.0%。",
    # 6 / 120 = 5.0%, 6 / 17 = 35.3%: 6.0 neither
    "全市共有律师事务所120家；全年新增公益法律服务机构17家，其中律师事务所6家，占全市律师事务所总数的6.0%。",
    # 4 / 32 = 12.5%, 4 / 10 = 40%: 14.5 neither
    "全区共有街道32个；全年创建“枫桥式”司法所10个，其中街道司法所4个，占全区街道总数的14.5%。",
    # 8 / 400 = 2.0%, 8 / 25 = 32%: 3.0 neither
    "全县共有网格400个；全年评选优秀调解网格25个，其中城区网格8个，占全县网格总数的3.0%。",
]


@pytest.mark.parametrize("text", NAMED_WHOLE_EARLIER)
def test_a_share_of_a_named_whole_told_earlier(text: str) -> None:
    assert not errors(text), errors(text)


@pytest.mark.parametrize("text", NAMED_WHOLE_EARLIER_WRONG)
def test_a_share_of_a_named_whole_that_fits_no_reading(text: str) -> None:
    assert findings(text, codes=("N104",))


ALL_OF_ITS_STATEMENT = [
    # 28 of the 28 heard; 38 and 42 in the statement before the ；
    "全年收到以区政府为被告的起诉42件，法院审结38件，其中败诉3件；行政机关负责人出庭应诉28件，出庭率100%。",
    "全年应诉案件57件，审结49件；负责人出庭应诉31件，出庭应诉率100%。",
    "全年办理行政复议案件60件。组织公开听证12件，听证率100%。",
    "全年作出行政处罚决定300件；其中重大执法决定18件，均经法制审核，法制审核率100%。",
    "全年受理投诉500件，办结480件；回访群众120人次，回访率100%。",
    "全区共有执法人员860名；参加年度培训考试的820名，考试参与率100%。",
    "全年审查规范性文件45件，纠正2件；向市政府报备15件，报备率100%。",
    "全年办理涉企案件210件；开展行政指导60件，指导率100%。",
]

ALL_OF_ITS_STATEMENT_WRONG = [
    # a flow stage: 38 / 42 = 90.5% != 100
    "全年受理行政复议申请42件；办结38件，办结率100%。",
    # 790 / 806 = 98.0% != 100 (one statement)
    "参加考试806人，合格790人，合格率100%。",
    # 28 / 38 = 73.7% != 100 (one statement)
    "全年审结行政诉讼案件38件，行政机关负责人出庭应诉28件，出庭应诉率100%。",
    # 455 / 460 != 100
    "全年受理投诉460件，办结455件，办结率100%。",
    # 18 / 20 != 100 (one statement)
    "全年作出重大执法决定20件，经法制审核18件，法制审核率100%。",
    # 31 / 33 = 93.9% != 100
    "全年受理申请33件；受理后办结31件，办结率100%。",
    # 97.5 vs 39 / 40 = 97.5 fits, but 96.0 does not
    "全年审结案件40件，其中调解结案39件，调解率96.0%。",
    # 12 / 15 = 80% != 100
    "全年接收信访事项15件，按期答复12件，按期答复率100%。",
]


@pytest.mark.parametrize("text", ALL_OF_ITS_STATEMENT)
def test_a_full_rate_of_its_own_statement(text: str) -> None:
    assert not errors(text), errors(text)


@pytest.mark.parametrize("text", ALL_OF_ITS_STATEMENT_WRONG)
def test_a_full_rate_against_its_stated_base(text: str) -> None:
    assert findings(text, codes=("N104",))


INSTANCES_ACT_ON = [
    # 两轮 rounds; three problems listed
    "开展两轮专项督查推动问题整改落实到位：一是执法主体不明确；二是执法程序不规范；三是执法文书不统一。",
    "组织三次集中检查发现突出问题：一是台账不全；二是公示不及时；三是文书不规范；四是档案缺失。",
    "开展两轮案卷评查查找执法短板：一是证据收集不充分；二是法律适用不准确；三是裁量说理不足。",
    "举办四场专题培训解决基层执法难题：一是程序意识；二是证据规范。",
    "召开两次联席会议研究解决重点问题：一是信息共享；二是联合执法；三是案件移送。",
    "开展三轮明察暗访推动作风转变：一是窗口服务；二是执法态度。",
    "组织两批执法骨干赴外地学习借鉴先进经验：一是数字执法；二是柔性执法；三是包容审慎监管。",
    "开展五次专项清理推进制度完善：一是废止文件；二是修改文件。",
]

INSTANCES_ACT_ON_WRONG = [
    # 5 listed as 4
    "全年开展了5次专项行动，即：扫黑除恶专项行动、安全生产专项行动、食品安全专项行动、消防安全专项行动。",
    # 三轮 with two ordinals
    "组织三轮专项督查：一是3月督查执法主体；二是6月督查执法程序。",
    # 四场 with three
    "举办四场专题讲座：一是宪法专题；二是民法典专题；三是行政诉讼法专题。",
    # 两批 with three
    "分两批开展执法人员轮训：第一批…；第二批…；第三批…。",
    # 三次 with two names
    "开展三次集中宣传，分别是宪法宣传周和民法典宣传月。",
    # 两轮 with three
    "开展两轮案卷评查：一是3月评查；二是7月评查；三是11月评查。",
    # 3 items for 四项
    "制定四项配套制度：一是合法性审核制度；二是公平竞争审查制度；三是备案审查制度。",
    # 五类 with four
    "形成五类阵地，分别是法治广场、法治长廊、法治书屋和法治驿站。",
]


@pytest.mark.parametrize("text", INSTANCES_ACT_ON)
def test_an_instance_count_acting_on_an_object_is_not_listed(text: str) -> None:
    assert not findings(text, codes=("N203",)), findings(text, codes=("N203",))


@pytest.mark.parametrize("text", INSTANCES_ACT_ON_WRONG)
def test_an_announced_count_against_its_list(text: str) -> None:
    assert findings(text, codes=("N203",))
