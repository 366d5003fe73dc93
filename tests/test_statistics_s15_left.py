"""Session 15 (s15-left): false alarms and misses the round-1 helpers met on main.

* A clause opening with 另/另外/此外 and an action of its own (另在村设立…, 另外组织…) adds a
  figure beside the whole, never a part of it (relations/partition.py ``_beside_between``);
  另有…/另3件 and an outcome negating a part's (另调解不成功6件) still name the rest.
* Two names of a split by nature (窗口/网上) inside a longer 顿号 list (窗口、网上、热线) are
  some members of that list, not a split of their own (``_list_goes_on``).
* Two qualifiers of one thing (刑事/民事 法律援助, 一审/二审 行政诉讼) name other kinds of it
  whatever follows it (common.py ``other_qualifiers``, ``other_heads``): no N107 across them.
* A list naming one grade of a graded scale per part (一般/较大/重大/特别重大), with the grades
  it leaves out said to be zero (未发生重大及以上事故), is all of its whole (``_grades_closed``).

Every sentence is written for these tests; the arithmetic in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import errors, findings

SPLIT = ("N101", "N102")

BESIDE = [
    # 3 <= 23; 另…设立 27 stations beside (3 + 27 = 30 > 23 if read as a part)
    "全镇建成矛盾纠纷调解室23个，其中镇级示范调解室3个；另在辖区规模以上企业设立行业性调解工作站27个。",
    # 5 <= 32; 86 points beside (5 + 86 = 91 > 32)
    "全区建成公共法律服务站32个，其中省级示范站5个；另在村设立一般服务点86个。",
    # the same after a comma
    "全区建成公共法律服务站32个，其中省级示范站5个，另在村设立一般服务点86个。",
    # 310 + 420 = 730 <= 1260; 2150 beside (730 + 2150 > 1260)
    "全年培训行政执法人员1,260人次，其中新入职人员集中培训310人次、业务骨干专题培训420人次；另外组织线上学法考试，参考人员2,150人次。",
    # 9 <= 12; 146 beside (此外)
    "全区建成街道公共法律服务工作站12个，其中达到省级示范标准的9个；此外，在村（社区）设立公共法律服务室146个。",
    # 36 <= 48; 312 beside
    "全区聘请法律顾问48名，其中执业律师36名，另为各村（社区）配备“法律明白人”312名。",
    # 45 <= 120; 90 beside (45 + 90 = 135 > 120)
    "全年开展执法检查120次，其中部门联合检查45次；另对重点企业开展“回头看”检查90次。",
    # 520 <= 860; 390 beside (520 + 390 = 910 > 860)
    "全年办理行政许可事项860件，其中即办件520件，另外通过“跨省通办”专窗受理异地事项390件。",
]

BESIDE_BUT_WRONG = [
    # 12 + 79 = 91 > 86, whatever the 另 clause adds
    "全县建成村级法律服务点86个，其中市级示范点12个、标准化服务点79个；另在工业园区设立企业法律服务站5个。",
    # 182 + 19 + 16 = 217 > 214
    "集中清理规范性文件214件，其中继续保留182件、修改19件、宣布废止16件；另对12件部门文件提出清理建议。",
    # 成功 45 + 不成功 6 = 51 > 50: an outcome and its negation, whatever word leads it
    "全年受理邻里纠纷50件，其中调解成功45件，另调解不成功6件。",
    # 45 + 6 = 51 > 50 (另有: one more part)
    "全年受理邻里纠纷50件，其中调解成功45件，另有6件调解不成功。",
    # 98 + 25 = 123 > 120
    "全年办结消费投诉120件，其中调解成功98件、终止调解25件；另在平台公示典型案例6件。",
    # a part above the whole: 51 > 48
    "全区聘请法律顾问48名，其中执业律师51名，另聘请法学专家5名。",
    # 35 > 32
    "全区建成公共法律服务站32个，其中省级示范站35个；另在村设立一般服务点86个。",
    # 2100 + 1560 = 3660 > 3600
    "全年发放就业创业补贴3,600万元，其中创业担保贷款贴息2,100万元、社会保险补贴1,560万元，另外发放一次性扩岗补助420万元。",
]


@pytest.mark.parametrize("text", BESIDE)
def test_a_figure_said_beside_the_whole_is_no_part(text: str) -> None:
    assert not errors(text), errors(text)


@pytest.mark.parametrize("text", BESIDE_BUT_WRONG)
def test_parts_that_miss_their_whole_beside_a_beside_figure(text: str) -> None:
    assert findings(text, codes=SPLIT)


LIST_GOES_ON = [
    # 60 + 50 + 40 = 150 (窗口/网上 are two of three channels)
    "全年受理投诉150件，按来源分，窗口60件、网上50件、热线40件。",
    "全年受理投诉150件，其中窗口60件、网上50件、热线40件。",
    "全年受理投诉150件，窗口60件、网上50件、热线40件。",
    # 4120 + 2860 + 730 = 7710
    "全年办理政务服务事项7,710件，网上受理4,120件、窗口受理2,860件、自助终端受理730件。",
    # 1200 + 860 + 140 = 2200
    "全年开展普法培训2,200人次，线上培训1,200人次、线下培训860人次、送教上门140人次。",
    # 83 + 12 + 5 = 100
    "全年办理行政诉讼案件100件，其中一审案件83件、二审案件12件、再审案件5件。",
    # 60 + 50 + 40 = 150; 120 + 30 = 150
    "受理投诉150件，按来源分，窗口60件、网上50件、热线40件；按处理结果分：调解成功120件、终止调解30件。",
    # 96 + 41 + 13 = 150
    "全年收到政府信息公开申请150件，其中网上申请96件、窗口申请41件、信函申请13件。",
]

PAIR_THAT_MISSES = [
    # 60 + 50 + 41 = 151 > 150
    "全年受理投诉150件，按来源分，窗口60件、网上50件、热线41件。",
    # 窗口/网上 alone: 60 + 50 = 110 != 150
    "全年受理投诉150件，按来源分，窗口60件、网上50件。",
    # 线上/线下: 96 + 109 = 205 != 215
    "开展普法活动215场，线上活动96场，线下活动109场。",
    # 83 + 12 + 7 = 102 > 101
    "全年办理行政诉讼案件101件，其中一审案件83件、二审案件12件、再审案件7件。",
    # 4120 + 2860 + 730 = 7710 > 7700
    "全年办理政务服务事项7,700件，网上受理4,120件、窗口受理2,860件、自助终端受理730件。",
    # 男/女: 1032 + 813 = 1845 != 1850
    "全区共有人民调解员1,850名，其中男性1,032名、女性813名。",
    # 网上/窗口: 96 + 41 = 137 != 140
    "全年收到政府信息公开申请140件，其中网上申请96件、窗口申请41件。",
    # 城镇/农村: 240 + 310 = 550 != 560
    "全年为560户困难家庭提供法律援助，其中城镇240户、农村310户。",
]


@pytest.mark.parametrize("text", LIST_GOES_ON)
def test_a_pair_inside_a_longer_list_is_no_split(text: str) -> None:
    assert not errors(text), errors(text)


@pytest.mark.parametrize("text", PAIR_THAT_MISSES)
def test_a_split_by_nature_that_misses_its_whole(text: str) -> None:
    assert findings(text, codes=SPLIT)


OTHER_KINDS = [
    # 刑事 56 received, 民事 360 concluded: other kinds
    "受理刑事法律援助申请56件，办结民事法律援助360件。",
    "全年受理民事法律援助申请300件，办结刑事法律援助案件320件。",
    "全年共收到民事法律援助申请300件，刑事法律援助案件办结320件。",
    "区法律援助中心全年受理刑事法律援助案件92件，办结民事法律援助案件318件。",
    # 一审 50 received, 二审 60 concluded
    "全年受理一审行政诉讼案件50件，办结二审行政诉讼60件。",
    "全年受理一审行政应诉案件50件，审结二审行政应诉60件。",
    "全年新收一审行政应诉案件47件，审结二审行政应诉案件53件。",
    # 市级 40 received, 区级 52 concluded
    "全年受理市级行政复议申请40件，办结区级行政复议案件52件。",
]

SAME_KIND_EXCESS = [
    # 刑事: 60 concluded > 56 received
    "受理刑事法律援助申请56件，办结刑事法律援助60件。",
    # 一审: 61 > 58
    "全年受理一审行政诉讼案件58件，审结一审行政诉讼61件。",
    # 民事: 271 > 264
    "全年受理民事法律援助案件264件、刑事法律援助案件58件，办结民事法律援助案件271件。",
    # 刑事: 97 > 92
    "全年共受理刑事法律援助案件92件，办结刑事法律援助案件97件。",
    # 419 > 412 (the same noun, cut at 援助)
    "全年受理法律援助申请412件，办结法律援助419件。",
    # 91 > 85
    "全年受理行政复议申请85件，办结行政复议案件91件。",
    # 二审: 34 > 30 (受理: 新收 names the new intake alone, its excess no finding — s36)
    "全年受理二审行政诉讼案件30件，审结二审行政诉讼34件。",
    # 民事: 126 > 120
    "全年受理民事法律援助申请120件，办结民事法律援助案件126件。",
]


@pytest.mark.parametrize("text", OTHER_KINDS)
def test_two_qualifiers_of_one_thing_are_other_kinds(text: str) -> None:
    assert not findings(text, codes=("N107", "N103")), findings(text)


@pytest.mark.parametrize("text", SAME_KIND_EXCESS)
def test_more_concluded_than_received_of_one_kind(text: str) -> None:
    assert findings(text, codes=("N107", "N103"))


GRADES_CLOSED = [
    # 一般 37 + 较大 2 = 39 != 41 (重大, 特别重大 = 0)
    "全区全年发生生产安全事故41起，其中一般事故37起、较大事故2起，未发生重大及以上事故。",
    # 一般 25 = 25 != 27 (较大以上 = 0)
    "全县全年共发生道路交通事故27起，其中一般事故25起，未发生较大以上道路交通事故。",
    # 7 + 1 = 8 != 9
    "全年共处置突发环境事件9起，其中一般突发环境事件7起、较大突发环境事件1起，未发生重大、特别重大突发环境事件。",
    # 58 + 3 = 61 != 62
    "全年共发生生产安全事故62起，其中一般事故58起，较大事故3起，未发生重大以上事故。",
    # 58 + 5 = 63 > 62
    "全年共发生生产安全事故62起，其中一般事故58起，较大事故5起，未发生重大以上事故。",
    # 14 != 15
    "全年发生火灾事故15起，其中一般火灾事故14起，未发生较大及以上火灾事故。",
    # 2 + 1 = 3 != 4
    "全县共发生森林火灾4起，其中一般森林火灾2起、较大森林火灾1起，未发生重大和特别重大森林火灾。",
    # 29 + 1 = 30 != 31
    "全年发生生产安全事故31起，其中一般事故29起、较大事故1起，没有发生重大以上事故。",
]

GRADES_OPEN = [
    # 44 + 2 = 46
    "全年发生生产安全事故46起，其中一般事故44起、较大事故2起，未发生重大以上事故。",
    # split by vehicle, no grade: 12 + 9 = 21 <= 38
    "全年辖区发生道路运输事故38起，其中涉及货运车辆事故12起、电动自行车事故9起，未发生较大以上事故。",
    # 重大 not said to be zero: 48 + 2 = 50 <= 51
    "全年发生生产安全事故51起，其中一般事故48起，较大事故2起，未发生特别重大事故。",
    # 较大 not said to be zero: 25 <= 27
    "全县全年发生道路交通事故27起，其中一般事故25起，未发生重大以上事故。",
    # 未造成人员死亡 negates no grade: 1 <= 83
    "全年共接报火灾事故83起，其中较大火灾事故1起，未造成人员死亡。",
    # 7 + 1 = 8
    "全年共处置突发环境事件8起，其中一般突发环境事件7起、较大突发环境事件1起，未发生重大、特别重大突发环境事件。",
    # 14 = 14
    "全年发生火灾事故14起，均为一般火灾事故，其中居民住宅火灾9起，未发生较大及以上火灾事故。",
    # 29 + 1 = 30
    "全年发生生产安全事故30起、死亡7人，其中一般事故29起、较大事故1起，没有发生重大以上事故。",
]


@pytest.mark.parametrize("text", GRADES_CLOSED)
def test_grades_named_and_grades_said_zero_are_all(text: str) -> None:
    assert findings(text, codes=SPLIT)


@pytest.mark.parametrize("text", GRADES_OPEN)
def test_a_grade_left_open_or_no_grades(text: str) -> None:
    assert not findings(text, codes=SPLIT), findings(text)


# --- a whole in 起 all acted on, its outcomes in 件 (成功/不成功): one case per item ------------

OUTCOMES_OF_ITEMS_WRONG = [
    # 76 + 11 = 87 != 89
    "交警大队全年受理道路交通事故损害赔偿纠纷89起，已全部调处完毕，其中调解成功的76件，调解不成功、引导当事人诉讼解决的11件。",
    # 197 + 14 = 211 != 214
    "派出所全年受理邻里纠纷214起，已全部调处完毕，其中调解成功197件，调解不成功14件。",
    # 58 + 7 = 65 > 63
    "镇人民调解委员会全年受理婚姻家庭纠纷63起，已全部调解完毕，其中达成调解协议的58件，未达成调解协议的7件。",
    # 29 + 4 = 33 > 32 (a figure in 人 between)
    "全年受理劳动争议纠纷32起，涉及劳动者118人，已全部调处完毕，其中调解成功29件、调解不成功4件。",
    # 40 + 3 = 43 != 45
    "全年受理物业服务纠纷45起，均已调处结束，其中调解成功40件，调解不成功3件。",
    # 准予 21 + 不予 2 = 23 != 24 (宗)
    "全年收到不动产登记更正申请24宗，已全部审查完毕，其中准予更正21件，不予更正2件。",
    # 17 + 4 = 21 > 20
    "全年接到消费纠纷线索20条，已全部核查办理，其中投诉属实的17件，投诉不属实的4件。",
    # 102 + 9 = 111 != 113
    "全年受理医疗纠纷113起，已全部调处完毕，其中调解成功102件，调解不成功9件，涉及赔偿金额386万元。",
]

OUTCOMES_OF_ITEMS_FIT = [
    # 39 + 7 = 46
    "区医疗纠纷人民调解委员会全年受理医疗纠纷46起，已全部调处完毕，其中调解成功39件，调解不成功7件。",
    # 认定书 and 移送 name no outcome and its negation: other counts of the 57 fires
    "全年发生火灾57起，已全部调查处理完毕，制作火灾事故认定书49件，移送公安机关涉嫌失火罪案件6件。",
    # 29 + 3 = 32; 41 agreements another count
    "全年受理劳动争议纠纷32起，涉及劳动者118人，已全部调处完毕，其中调解成功29件、调解不成功3件，共制作调解协议书41份。",
    # not said to be all acted on: 76 + 11 = 87 <= 89
    "全年受理道路交通事故损害赔偿纠纷89起，其中调解成功的76件，调解不成功的11件。",
    # 件 parts that name no pair: 12 + 9 = 21 <= 30
    "全年受理邻里纠纷30起，已全部调处完毕，其中涉及宅基地的12件，涉及相邻通行的9件。",
    # 准予 22 + 不予 2 = 24
    "全年收到不动产登记更正申请24宗，已全部审查完毕，其中准予更正22件，不予更正2件。",
    # 17 + 3 = 20
    "全年接到消费纠纷线索20条，已全部核查办理，其中投诉属实的17件，投诉不属实的3件。",
    # 40 + 5 = 45
    "全年受理物业服务纠纷45起，均已调处结束，其中调解成功40件，调解不成功5件。",
]


@pytest.mark.parametrize("text", OUTCOMES_OF_ITEMS_WRONG)
def test_outcomes_in_jian_of_a_whole_in_qi_all_acted_on(text: str) -> None:
    assert findings(text, codes=SPLIT)


@pytest.mark.parametrize("text", OUTCOMES_OF_ITEMS_FIT)
def test_outcomes_in_jian_that_fit_or_count_other_things(text: str) -> None:
    assert not errors(text), errors(text)


# --- a rest after a comma closes a dimension's 顿号 list --------------------------------------

REST_AFTER_COMMA_WRONG = [
    # 871 + 264 + 97 + 4 = 1236 != 1243
    "全年共调解矛盾纠纷1,243件，按调解层级分，村（社区）调委会调解871件、镇（街道）调委会调解264件、专业性调委会调解97件，其他组织调解4件。",
    # 52 + 31 + 9 = 92 != 95
    "全年受理行政复议申请95件，按被申请人分，区政府部门52件、街道办事处31件，其他9件。",
    # 140 + 66 + 21 = 227 > 220
    "全年开展执法检查220次，按检查领域分，食品安全140次、药品安全66次，其他领域21次。",
    # 33 + 18 + 6 = 57 != 60
    "全年调处纠纷60件，按纠纷类型分，婚姻家庭33件、邻里纠纷18件，其余类型6件。",
    # 410 + 260 + 35 = 705 != 700
    "全年受理12345工单700件，按诉求类型分，咨询类410件、求助类260件，其他类35件。",
    # 25 + 12 + 4 = 41 != 43
    "全年办理信访事项43件，按来源分，来信25件、来访12件，其他渠道4件。",
    # 8 + 5 + 2 = 15 != 16
    "全年审查合同16份，按合同类型分，采购合同8份、租赁合同5份，其他合同2份。",
    # 61 + 27 + 10 = 98 != 100
    "全年接受法律咨询100人次，按咨询方式分，电话咨询61人次、现场咨询27人次，其他方式10人次。",
]

REST_AFTER_COMMA_FIT = [
    # 871 + 264 + 97 + 4 = 1236
    "全年共调解矛盾纠纷1,236件，按调解层级分，村（社区）调委会调解871件、镇（街道）调委会调解264件、专业性调委会调解97件，其他组织调解4件。",
    # 52 + 31 + 12 = 95
    "全年受理行政复议申请95件，按被申请人分，区政府部门52件、街道办事处31件，其他12件。",
    # 140 + 66 + 14 = 220
    "全年开展执法检查220次，按检查领域分，食品安全140次、药品安全66次，其他领域14次。",
    # 33 + 18 + 9 = 60
    "全年调处纠纷60件，按纠纷类型分，婚姻家庭33件、邻里纠纷18件，其余类型9件。",
    # 410 + 260 + 30 = 700
    "全年受理12345工单700件，按诉求类型分，咨询类410件、求助类260件，其他类30件。",
    # 25 + 12 + 6 = 43
    "全年办理信访事项43件，按来源分，来信25件、来访12件，其他渠道6件。",
    # 8 + 5 + 3 = 16
    "全年审查合同16份，按合同类型分，采购合同8份、租赁合同5份，其他合同3份。",
    # 61 + 27 + 12 = 100
    "全年接受法律咨询100人次，按咨询方式分，电话咨询61人次、现场咨询27人次，其他方式12人次。",
]


@pytest.mark.parametrize("text", REST_AFTER_COMMA_WRONG)
def test_a_rest_after_a_comma_closes_the_list(text: str) -> None:
    assert findings(text, codes=SPLIT)


@pytest.mark.parametrize("text", REST_AFTER_COMMA_FIT)
def test_a_rest_after_a_comma_that_fits(text: str) -> None:
    assert not errors(text), errors(text)


# --- a shortened mention (援助案件 of 法律援助案件: a verb and the ending alone) is no other kind --

SHORTENED_EXCESS = [
    # 419 > 412
    "全年受理法律援助案件412件，办结援助案件419件。",
    # 96 > 90
    "全年受理行政复议案件90件，审结复议案件96件。",
    # 57 > 52
    "全年受理劳动人事争议仲裁案件52件，审结仲裁案件57件。",
    # 133 > 128
    "全年受理消费者权益投诉128件，办结投诉133件。",
    # 75 > 70
    "全年受理政府信息公开申请70件，答复公开申请75件。",
    # 44 > 41
    "全年受理人民调解案件41件，办结调解案件44件。",
    # 212 > 205
    "全年受理行政执法监督案件205件，办结监督案件212件。",
    # 31 > 29
    "全年受理国家赔偿案件29件，审结赔偿案件31件。",
]

SHORTENED_FIT_OR_OTHER = [
    # 409 <= 412
    "全年受理法律援助案件412件，办结援助案件409件。",
    # 行政复议 vs 行政诉讼: other kinds (96 > 90 is no excess)
    "全年受理行政复议案件90件，审结行政诉讼案件96件。",
    # 刑事 vs 民事
    "全年受理刑事法律援助案件52件，办结民事法律援助案件57件。",
    # 128 = 128
    "全年受理消费者权益投诉128件，办结投诉128件。",
    # 信息公开 vs 复议 of one head 申请: other kinds
    "全年受理政府信息公开申请70件，办结行政复议申请75件。",
    # 40 <= 41
    "全年受理人民调解案件41件，办结调解案件40件。",
    # 一审 vs 二审
    "全年受理一审行政诉讼案件58件，审结二审行政诉讼案件61件。",
    # carried over: 31 of 29 + 上年结转 4
    "全年受理国家赔偿案件29件，上年结转4件，审结赔偿案件31件。",
]


@pytest.mark.parametrize("text", SHORTENED_EXCESS)
def test_a_shortened_mention_counts_the_same_things(text: str) -> None:
    assert findings(text, codes=("N107", "N103"))


@pytest.mark.parametrize("text", SHORTENED_FIT_OR_OTHER)
def test_a_shortened_mention_that_fits_or_another_kind(text: str) -> None:
    assert not findings(text, codes=("N107", "N103")), findings(text)


# --- 无上年旧存 denies a carry-over: concluded above new cases is an error ----------------------

NO_STOCK_EXCESS = [
    # 61 > 58, no stock carried in
    "全年新收一审行政诉讼案件58件，审结一审行政诉讼案件61件，无上年旧存。",
    # 130 > 127
    "全年新收行政非诉审查案件127件，无旧存，审结130件。",
    # 45 > 42
    "全年新收国家赔偿案件42件，上年无旧存，全年审结45件。",
    # 88 > 86
    "全年新收执行案件86件，执结88件，旧存为零。",
    # 19 > 17
    "全年新收行政赔偿案件17件，无上年未结，审结19件。",
    # 240 > 233
    "全年新收二审行政案件233件，审结240件，无上年旧存。",
    # 61 > 57
    "全年新收行政复议案件57件，上年无未结，办结61件。",
    # 12 > 10
    "全年新收司法救助案件10件，办结12件，无上年旧存。",
]

STOCK_NAMED = [
    # 58 + 上年旧存 5 = 63 >= 61
    "全年新收一审行政诉讼案件58件，上年旧存5件，审结一审行政诉讼案件61件。",
    # 127 >= 120
    "全年新收行政非诉审查案件127件，无旧存，审结120件。",
    # 42 >= 42
    "全年新收国家赔偿案件42件，上年无旧存，全年审结42件。",
    # 86 + 旧存 4 = 90 >= 88
    "全年新收执行案件86件，旧存4件，执结88件。",
    # 17 >= 15
    "全年新收行政赔偿案件17件，无上年未结，审结15件。",
    # 233 + 10 = 243 >= 240
    "全年新收二审行政案件233件，上年旧存10件，审结240件。",
    # 57 >= 55
    "全年新收行政复议案件57件，上年无未结，办结55件。",
    # 10 >= 9
    "全年新收司法救助案件10件，办结9件，无上年旧存。",
]


@pytest.mark.parametrize("text", NO_STOCK_EXCESS)
def test_concluded_above_new_cases_with_no_stock(text: str) -> None:
    assert findings(text, codes=("N107", "N103"))


@pytest.mark.parametrize("text", STOCK_NAMED)
def test_concluded_within_new_cases_and_stock(text: str) -> None:
    assert not errors(text), errors(text)


# --- the outcomes read after an intake said all answered are of the intake's kind -------------

OTHER_KIND_AFTER_INTAKE = [
    # 简易程序 intake, 一般程序 concluded: other kinds
    "全年受理简易程序交通事故网上快处申请1,120起，办结一般程序交通事故案件1,436起，复核申请均已作出答复。",
    # 刑事 intake, 民事 concluded
    "全年受理刑事法律援助申请56件，办结民事法律援助案件63件，均已办结归档。",
    # 一审 intake, 二审 concluded
    "全年受理一审行政诉讼案件47件，审结二审行政诉讼案件53件，均已依法作出裁判。",
    # 市级 intake, 区级 concluded
    "全年受理市级行政复议申请40件，办结区级行政复议案件52件，均已全部办结。",
    # 线上 intake, 线下 concluded
    "全年受理线上调解申请80件，办结线下调解案件96件，均已办理完毕。",
    # 民事 intake, 刑事 concluded (a figure after)
    "全年受理民事法律援助申请300件，办结刑事法律援助案件320件，均已全部办结，挽回损失120万元。",
    # 一审 intake, 二审 concluded
    "全年收到一审行政应诉案件30件，审结二审行政应诉案件35件，均已全部审结。",
    # 简易 intake, 普通 concluded
    "全年受理简易程序行政处罚案件210件，办结普通程序行政处罚案件260件，均已全部办结。",
]

SAME_KIND_AFTER_INTAKE = [
    # 1436 > 1120 of one kind
    "全年受理简易程序交通事故网上快处申请1,120起，办结简易程序交通事故案件1,436起，均已作出答复。",
    # 63 > 56
    "全年受理刑事法律援助申请56件，办结刑事法律援助案件63件，均已办结归档。",
    # 53 > 47
    "全年受理一审行政诉讼案件47件，审结一审行政诉讼案件53件，均已依法作出裁判。",
    # 52 > 40
    "全年受理市级行政复议申请40件，办结市级行政复议案件52件，均已全部办结。",
    # 96 > 80
    "全年受理线上调解申请80件，办结线上调解案件96件，均已办理完毕。",
    # 320 > 300
    "全年受理民事法律援助申请300件，办结民事法律援助案件320件，均已全部办结。",
    # 35 > 30
    "全年收到一审行政应诉案件30件，审结一审行政应诉案件35件，均已全部审结。",
    # 260 > 210
    "全年受理简易程序行政处罚案件210件，办结简易程序行政处罚案件260件，均已全部办结。",
]


@pytest.mark.parametrize("text", OTHER_KIND_AFTER_INTAKE)
def test_outcomes_of_another_kind_are_not_the_intakes(text: str) -> None:
    assert not findings(text, codes=("N101", "N102", "N103", "N107")), findings(text)


@pytest.mark.parametrize("text", SAME_KIND_AFTER_INTAKE)
def test_outcomes_of_the_intakes_kind_above_it(text: str) -> None:
    assert findings(text, codes=("N101", "N102", "N103", "N107"))


# --- a refusal said after a figure of no verb (另有18件因…不予受理) is the other side of the
# accepted before it: the list does not end between them -----------------------------------

REFUSED_AFTER_EXCESS = [
    # 985 + 18 = 1003 > 1000
    "全年共收到行政许可申请1,000件，其中依法受理985件，另有18件因材料不全不予受理。",
    # the refusal a clause later
    "全年共收到行政许可申请案卷1,000件，其中依法受理的985件，另有18件因不属于本机关职责范围，依法作出不予受理决定。",
    # 212 + 9 = 221 > 220
    "全年收到行政复议申请220件，其中受理212件，另有9件因超过申请期限不予受理。",
    # 61 + 5 = 66 > 64
    "全年收到劳动人事争议仲裁申请64件，其中立案受理61件，另有5件因不属于受案范围决定不予受理。",
    # 143 + 8 = 151 > 150
    "全年接收政府信息公开申请150件，其中依法受理143件，另有8件因申请内容不明确不予受理。",
    # 37 + 4 = 41 > 40
    "全年收到行政赔偿申请40件，其中受理37件，另有4件经审查不予立案。",
    # 88 + 3 = 91 > 90
    "全年收到国家赔偿申请90件，其中受理88件，另有3件因申请人主体不适格不予受理。",
    # 504 + 12 = 516 > 510
    "全年收到群众投诉举报510件，其中依法受理504件，另有12件因不属于本部门管辖不予受理并告知。",
]

REFUSED_AFTER_FIT = [
    # 985 + 15 = 1000
    "全年共收到行政许可申请1,000件，其中依法受理985件，另有15件因材料不全不予受理。",
    # 982 + 18 = 1000
    "全年共收到行政许可申请案卷1,000件，其中依法受理的982件，另有18件因不属于本机关职责范围，依法作出不予受理决定。",
    # 212 + 8 = 220
    "全年收到行政复议申请220件，其中受理212件，另有8件因超过申请期限不予受理。",
    # 61 + 3 = 64
    "全年收到劳动人事争议仲裁申请64件，其中立案受理61件，另有3件因不属于受案范围决定不予受理。",
    # 143 + 7 = 150
    "全年接收政府信息公开申请150件，其中依法受理143件，另有7件因申请内容不明确不予受理。",
    # 37 + 3 = 40
    "全年收到行政赔偿申请40件，其中受理37件，另有3件经审查不予立案。",
    # no refusal after it: 另有 names a part of another kind? 88 + 5 = 93 > 90 only if a part —
    # here 5 counts people consulted, another unit
    "全年收到国家赔偿申请90件，其中受理88件，另有5人来电咨询赔偿程序。",
    # 504 + 6 = 510
    "全年收到群众投诉举报510件，其中依法受理504件，另有6件因不属于本部门管辖不予受理并告知。",
]


@pytest.mark.parametrize("text", REFUSED_AFTER_EXCESS)
def test_accepted_and_refused_after_it_exceed_what_came_in(text: str) -> None:
    assert findings(text, codes=("N101", "N102", "N103"))


@pytest.mark.parametrize("text", REFUSED_AFTER_FIT)
def test_accepted_and_refused_after_it_that_fit(text: str) -> None:
    assert not errors(text), errors(text)
