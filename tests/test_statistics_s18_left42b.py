"""Session 18 round 2 (s18-left42b): rates, announced counts and part-year figures of set 42.

* a rate of a name whose opposite (numbers.toml ``rates.opposite-names``: 好评 / 差评) or whose
  timing qualifier's opposite (超期 for 按期) names a part of a whole in a bracket right after
  the rate (「好评率达99.87%（共收到评价226418条，其中差评395条）」) is at most
  (whole － part) ÷ whole (relations/rates.py ``_opposite_bound``, ``_aside_after``);
* a rate of equipping (配备率, 安装率: ``rates.equipping``) right after a count of equipment in
  another unit than the holders counted in the clause before is at most pieces ÷ holders
  (``_equipped_bound``, a warning);
* 分别于 + the times of counted acts (次, 场, 轮) gives each act its time: the list of times
  is closed (relations/announced.py ``_dated``);
* a quoted compound count (“一中心、三平台”) glossed after 即 over several clauses, each naming
  items of its terms (``_run_on_gloss``);
* 量 and an adverb closing a verbless name (中心办件量已达) are no words of the measure, and a
  two-character name closing the other's names the same measure (relations/periods.py);
* a share whose subject narrows a figure's words by a modifier (简易注销 / 注销登记) takes that
  figure as its whole, never as its numerator (rates.py ``_narrowed``).

Every sentence is written for these tests; the arithmetic in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import findings

RATE = ("N104", "N105")
ANNOUNCED = ("N203",)
PERIOD = ("N302",)

COMPLEMENT_MISSES = [
    # (226418 - 395) / 226418 = 99.83% < 99.87%
    "好评率达99.87%（全年共收到评价226418条，其中差评395条），差评均已回访核实。",
    # (5120 - 96) / 5120 = 98.13% < 98.6%
    "窗口服务好评率为98.6%（全年收到评价5120条，其中差评96条），服务质量稳步提升。",
    # (12640 - 412) / 12640 = 96.74% < 97.5%
    "争议案件按期结案率97.5%（全年共受理案件12640件，其中超期结案412件），调解工作成效明显。",
    # (860 - 52) / 860 = 93.95% < 95.1%
    "行政许可按时办结率达95.1%（全年受理许可申请860件，其中逾期办结52件），审批效率提高。",
    # (326 - 41) / 326 = 87.42% < 90.2%
    "行政诉讼胜诉率90.2%（全年审结行政诉讼案件326件，其中败诉41件），依法行政水平提升。",
    # (3400 - 120) / 3400 = 96.47% < 97.0%  (the opposite before the rate, as before)
    "全年共收到群众评价3400条，其中差评120条，好评率达97.0%。",
]

COMPLEMENT_TRAPS = [
    # (226418 - 395) / 226418 = 99.83% -> 99.83% fits
    "好评率达99.83%（全年共收到评价226418条，其中差评395条），差评均已回访核实。",
    # (5120 - 96) / 5120 = 98.13% -> 98.1% fits
    "窗口服务好评率为98.1%（全年收到评价5120条，其中差评96条），服务质量稳步提升。",
    # (12640 - 188) / 12640 = 98.51% -> 98.5% fits
    "争议案件按期结案率98.5%（全年共受理案件12640件，其中超期结案188件），调解工作成效明显。",
    # (860 - 52) / 860 = 93.95%: 93.0% is below the bound (some may still be open)
    "行政许可按时办结率达93.0%（全年受理许可申请860件，其中逾期办结52件），审批效率提高。",
    # (326 - 41) / 326 = 87.42% -> 87.4% fits
    "行政诉讼胜诉率87.4%（全年审结行政诉讼案件326件，其中败诉41件），依法行政水平提升。",
    # 差评率 is the opposite's own rate: 120 / 3400 = 3.53% -> 3.5% fits
    "差评率为3.5%（全年共收到群众评价3400条，其中差评120条）。",
]

EQUIPPED_MISSES = [
    # 1792 / 1864 = 96.14% < 98.6%
    "全局一线现场执法民警1,864名，目前已配备执法记录仪1,792台，人均配备率达到98.6%。",
    # 1408 / 1520 = 92.63% < 95.2%
    "全县营运客车1520辆，已安装北斗卫星定位终端1408台，车辆终端安装率达到95.2%。",
    # 2716 / 2980 = 91.14% < 93.8%
    "全局在岗执法队员2980人，为一线队员配发执法记录仪2716部，人均配备率达93.8%。",
    # 455 / 520 = 87.5% < 90.4%
    "全市执法车辆520辆，已配置车载视频终端455套，终端配置率为90.4%。",
    # 288 / 310 = 92.90% < 96.0%
    "全县网格员310名，已配发移动巡查终端288部，终端配发率96.0%。",
    # 73 / 81 = 90.12% < 93.5%
    "全区派出所执法办案区81个，已安装智能管控系统73套，系统安装率达93.5%。",
]

EQUIPPED_TRAPS = [
    # 1792 / 1864 = 96.14% -> 96.1% fits
    "全局一线现场执法民警1,864名，目前已配备执法记录仪1,792台，人均配备率达到96.1%。",
    # 386 / 412 = 93.69% -> 93.7% fits
    "全市在册人民调解员412名，已配发移动调解终端386部，终端配发率为93.7%。",
    # 455 / 520 = 87.5%: 85.0% below the bound (a holder may have two)
    "全市执法车辆520辆，已配置车载视频终端455套，终端配置率为85.0%。",
    # 1408 / 1520 = 92.63% -> 92.6% fits
    "全县营运客车1520辆，已安装北斗卫星定位终端1408台，车辆终端安装率达到92.6%。",
    # the holders' clause is not the one right before the pieces: 38 / 40 = 95% fits, 310 unrelated
    "全县网格员310名，分布在40个社区，其中38个社区已配发移动巡查终端，终端配发率95.0%。",
    # 配备 not said of the pieces: 300 台 were bought, 96% is of something else
    "全局民警1,864名，全年采购执法记录仪300台，人均配备率达到98.6%。",
]

DATED_MISSES = [
    # 6 次, five months listed
    "全年开展了6次专项业务培训，分别于2月、4月、6月、9月和11月组织实施，参训人员累计520人次。",
    # 5 场, four days listed
    "全年共举办5场政府开放日活动，分别于5月18日、7月6日、9月20日和11月15日举行。",
    # 4 轮, three months
    "全年组织开展4轮执法交叉检查，分别于3月、7月和10月完成，共检查企业382家。",
    # 3 次, two quarters
    "全年召开3次联席会议，分别于第一季度和第三季度召开，研究解决问题14个。",
    # 两次, three months
    "全年开展两次集中督查，分别于4月、8月和11月进行，共督查单位27家。",
    # 4 期, five months
    "举办4期执法人员轮训班，分别于3月、5月、7月、9月和11月开班，轮训执法人员312人次。",
]

DATED_TRAPS = [
    # 3 次, three months
    "全年召开3次行政复议委员会案审会议，分别于4月、8月和12月召开，共审议案件19件。",
    # 两次, two halves of the year
    "全年开展两次医疗机构依法执业专项督查，分别于上半年和第四季度组织实施。",
    # 4 次, places (分别在): members may share a place — fewer places do not contradict
    "全年开展4次专项督查，分别在东城、西城和南城开展，共检查商户96家。",
    # 5 次, five months listed
    "全年开展了5次专项业务培训，分别于2月、4月、6月、9月和11月组织实施，参训人员累计520人次。",
    # 3 项 成果 (no count of times): results may share a time
    "形成3项制度成果，分别于6月和12月印发实施。",
    # 4 场, four days
    "全年共举办4场政府开放日活动，分别于5月18日、7月6日、9月20日和11月15日举行。",
]

GLOSS_MISSES = [
    # 三平台: two platforms named
    "打造“一中心、三平台”执法办案管理格局，即建成1个执法办案管理中心，同步上线案件管理平台和执法监督平台，全年办理案件2,413起。",
    # 四清单: three lists
    "构建“一库、四清单”监管体系，即建立执法人员名录库，编制权责清单、检查事项清单和免罚清单，全年开展双随机抽查126次。",
    # 三机制: two mechanisms
    "打造“一平台、三机制”执法监管格局，即建成1个卫片执法监管平台，同步建立问题发现机制和整改销号机制，全年核查图斑2,318个。",
    # 两基地: three bases
    "建设“一中心、两基地”培训体系，即建成1个执法培训中心，同步建成实战训练基地、网上练兵基地和法治教育基地，全年轮训民警1,046人次。",
    # 两中心: one centre
    "形成“两中心、一平台”服务格局，即建成矛盾纠纷调处中心，上线智慧调解平台，全年化解纠纷3,120件。",
    # 三库: two libraries
    "建设“一平台、三库”，即搭建行政执法监督平台，建立执法主体库和执法人员库，全年录入数据1.2万条。",
]

GLOSS_TRAPS = [
    # 一中心 1, 两基地 2
    "建设“一中心、两基地”执法培训体系，即建成1个执法能力培训中心，同步建成实战训练基地和网上练兵基地，全年轮训民警1,046人次。",
    # 一窗 names 窗口 (no item ends with 窗): no count per term is read
    "推行“一窗、两端、三联动”服务模式，即设立综合受理窗口，开通电脑端和手机端，实现部门联审、区镇联办、线上线下联动，全年办件9.2万件。",
    # a third platform named later in the sentence: no certain count
    "打造“一中心、三平台”格局，即建成1个管理中心，上线案件管理平台和执法监督平台，信用监管平台同步试运行。",
    # 一库 1, 三清单 3
    "构建“一库、三清单”监管体系，即建立执法人员名录库，编制权责清单、检查事项清单和免罚清单，全年开展双随机抽查126次。",
    # 两中心 2, 一平台 1
    "形成“两中心、一平台”服务格局，即建成矛盾纠纷调处中心和诉讼服务中心，上线智慧调解平台，全年化解纠纷3,120件。",
    # 两中心 over two clauses (调处中心, 诉讼服务中心), 一平台 in the third: 2, 1
    "形成“两中心、一平台”服务格局，即建成1个调处中心，同步建成诉讼服务中心，上线智慧调解平台，全年化解纠纷3,120件。",
]

HALF_MISSES = [
    # 全年 11.9万 < 上半年 12.4万
    "上半年，中心办件量已达12.4万件，同比增长15.3%；全年共办件11.9万件，网办率88.2%。",
    # 全年 3.6万 < 上半年 4.1万 (办件量 / 办件)
    "上半年，大厅办件量4.1万件；全年办件3.6万件，群众满意率99%以上。",
    # 全年 820 < 上半年 905
    "上半年，热线接件量已达905件；全年共接件820件。",
    # 全年 2.2万 < 前三季度 2.5万
    "前三季度，窗口收件量已达2.5万件；全年共收件2.2万件。",
    # 全年 160 < 上半年 178
    "上半年，中心调解量累计达178件；全年调解160件，调解成功率96%。",
    # 全年 5100 < 上半年 5600
    "上半年，平台受理量已达5600件；全年共受理5100件。",
]

HALF_TRAPS = [
    # 全年 21.9万 >= 上半年 12.4万
    "上半年，中心办件量已达12.4万件，同比增长15.3%；全年共办件21.9万件，网办率88.2%。",
    # two places: 城区 / 乡镇
    "上半年，城区办件量12.4万件；全年乡镇共办件11.9万件。",
    # 全年 7.3万 >= 4.1万
    "上半年，大厅办件量4.1万件；全年办件7.3万件，群众满意率99%以上。",
    # different measures: 接件 / 办结 (no shared name)
    "上半年，热线接件量已经达到905件；全年共办结投诉820件。",
    # 全年 2.9万 >= 2.5万
    "前三季度，窗口收件量已达2.5万件；全年共收件2.9万件。",
    # 上年上半年: another year's part
    "上年上半年，平台受理量已达5600件；全年共受理5100件。",
]

NARROW_MISSES = [
    # 1290 / 2175 = 59.31% != 68.5%: the part stated, the share wrong
    "全年共办理注销登记2175户，其中简易注销1290户，简易注销占比达到68.5%。",
    # 456 / 812 = 56.16% != 61.2%
    "全年共办理行政许可812件，其中网上办理456件，网上办理占比61.2%。",
    # 37 / 130 = 28.46% != 31.5%
    "全年办结行政复议案件130件，其中调解结案37件，调解结案占比31.5%。",
    # 64 / 410 = 15.61% != 18.6%
    "全年查处违法案件410件，其中从轻处罚64件，从轻处罚占比18.6%。",
    # 812 / 1380 = 58.84% != 62.0%
    "全年受理投诉举报1380件，其中线上投诉812件，线上投诉占比62.0%。",
    # 25 / 96 = 26.04% != 29.0%
    "全年作出行政处罚决定96件，其中不予处罚25件，不予处罚占比29.0%。",
]

NARROW_TRAPS = [
    # 68.5% of 注销 2175 (the 简易 count not given); 3862 is 上半年 new registrations
    "上半年，全区新登记市场主体3862户；全年共办理注销登记2175户，简易注销占比达到68.5%。",
    # 72.1% of 812 permits done online (count not given); 1200 is another figure
    "上半年受理咨询1200件；全年共办理行政许可812件，网上办理占比72.1%。",
    # 38.0% of 130 concluded by mediation (not given); 260 earlier figure
    "全年接待来访群众260人次；办结行政复议案件130件，调解结案占比38.0%。",
    # 1290 / 2175 = 59.31% -> 59.3% fits
    "全年共办理注销登记2175户，其中简易注销1290户，简易注销占比达到59.3%。",
    # 15.0% of 410 (从轻 not given); 320 is another count
    "一季度排查隐患320处；全年查处违法案件410件，从轻处罚占比15.0%。",
    # 58.0% of 1380 (线上 not given); 2000 calls
    "全年接听热线来电2000个；受理投诉举报1380件，线上投诉占比58.0%。",
]


@pytest.mark.parametrize("text", COMPLEMENT_MISSES)
def test_complement_bound_found(text: str) -> None:
    assert findings(text, codes=RATE), text


@pytest.mark.parametrize("text", COMPLEMENT_TRAPS)
def test_complement_bound_trap_silent(text: str) -> None:
    assert findings(text, codes=RATE) == []


def test_complement_bound_names_the_opposite() -> None:
    # (226418 - 395) / 226418 = 99.83%
    [(_, message)] = findings(COMPLEMENT_MISSES[0], codes=RATE)
    assert "99.83%" in message and "差评" in message


@pytest.mark.parametrize("text", EQUIPPED_MISSES)
def test_equipped_bound_found(text: str) -> None:
    assert findings(text, codes=RATE), text


@pytest.mark.parametrize("text", EQUIPPED_TRAPS)
def test_equipped_bound_trap_silent(text: str) -> None:
    assert findings(text, codes=RATE) == []


@pytest.mark.parametrize("text", DATED_MISSES)
def test_dated_list_found(text: str) -> None:
    assert findings(text, codes=ANNOUNCED), text


@pytest.mark.parametrize("text", DATED_TRAPS)
def test_dated_list_trap_silent(text: str) -> None:
    assert findings(text, codes=ANNOUNCED) == []


@pytest.mark.parametrize("text", GLOSS_MISSES)
def test_run_on_gloss_found(text: str) -> None:
    assert findings(text, codes=ANNOUNCED), text


@pytest.mark.parametrize("text", GLOSS_TRAPS)
def test_run_on_gloss_trap_silent(text: str) -> None:
    assert findings(text, codes=ANNOUNCED) == []


@pytest.mark.parametrize("text", HALF_MISSES)
def test_half_year_measure_found(text: str) -> None:
    assert findings(text, codes=PERIOD), text


@pytest.mark.parametrize("text", HALF_TRAPS)
def test_half_year_measure_trap_silent(text: str) -> None:
    assert findings(text, codes=PERIOD) == []


@pytest.mark.parametrize("text", NARROW_MISSES)
def test_narrowed_share_still_judged(text: str) -> None:
    assert findings(text, codes=RATE), text


@pytest.mark.parametrize("text", NARROW_TRAPS)
def test_narrowed_share_trap_silent(text: str) -> None:
    assert findings(text, codes=RATE) == []
