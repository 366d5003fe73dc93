"""Rates and shares, round 2 (session 17, s17-rates2).

1. A 100% rate with a fitting reading over its own set — its numerator said to be all of its
   kind (「开庭审理的31件均由负责人出庭应诉」), or the rate's name opening with what the figure
   counts and ending with an action the figure's clause does not say (「参加年度考试的628人，
   考试合格率100%」) — is consistent by that reading: no finding, not even a warning (sure
   ``_FITTING``). A 100% rate whose numerator's clause says the rate's action (「经法制审核的
   二十件」), or a character of it (「已取得执法证件的1262名，执法证件持证率100%」), is still
   judged.
2. A statement opening with the set it speaks of (「；在网上办理的业务中，」) begins shares of
   that set: they do not add up with the shares before it (partition ``_SCOPE_OPEN_RE``).
   Shares of one whole told in the same statements still add up.
3. A share of money (「发放办案补贴128.0万元，其中民事案件补贴占比47.5%」: the sum's head noun in
   the rate's name) has no count for its terms (rates ``_share_of_money``). A share of counts,
   or of money with a money numerator, is still judged.
4. A bare 完成率 whose statement says 完成 with an action on a set of items (完成清理, 完成整改:
   numbers.toml ``rates.capped-completions``) is a share of that set, capped at 100% (rates
   ``_capped_by_its_statement``); a plan's completion (完成检查) may exceed it.
5. Verbs of one deed (numbers.toml ``rates.stem-kin``: 检出/发现/查出, 采纳/采用): a figure told
   with a kin verb of the rate's stem, the nearest before the rate, is what the rate counts
   when no other reading finds a numerator (a warning, the rule's reading).
6. A share opening its sentence with its whole named (「网上办理的事项占全部受理事项的72.5%。」),
   before any figure, is read against the next sentence's figures (a warning); the subject's
   opening must be said of the numerator (城区学校 is no reading of 农村学校占…).
7. A rate of survey answers (满意率, 认可率: numbers.toml ``clauses.survey-answers``) takes no
   figure whose words say no answer as its numerator by position.

Every sentence is written for these tests; each verdict derived by hand, the arithmetic in
the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import findings as _any

RATES = ("N104",)
SUMS = ("N101", "N102")

# ---- 1. a 100% rate over its own set ----------------------------------------------------------
FULL_SET_SILENT = [
    # 628 ÷ 628 = 100% (the pass rate of those who sat; 628 ÷ 640 is not its reading)
    "全县持有执法证件人员640人，参加年度考试的628人，考试合格率100%。",
    # 15 ÷ 15 = 100% (over the major decisions, not the 310)
    "全年作出行政许可决定三百一十件，其中属于重大行政许可决定的十五件，重大行政许可决定法制审核率为100%。",
    # 31 ÷ 31 = 100% (均由负责人出庭应诉)
    "区政府作为被告的行政诉讼案件56件，审结49件，开庭审理的31件均由负责人出庭应诉，行政机关负责人出庭应诉率100%。",
    # 18 ÷ 18 = 100% (the documents touching market actors)
    "全年制发行政规范性文件42件，其中涉及市场主体经济活动的18件，涉及市场主体文件公平竞争审查率100%。",
    # 2,096 ÷ 2,096 = 100% (均完成)
    "全市应参加年度培训的执法人员2,150人，实际参训的2,096人均完成规定学时，学时达标率100%。",
    # 14 ÷ 14 = 100% (全部组织听证)
    "全年办理行政复议案件88件，其中决定听证审理的14件全部组织听证，听证率100%。",
    # 23 ÷ 23 = 100%
    "全年作出行政处罚决定二百零六件，其中属于重大执法决定的二十三件，重大执法决定集体讨论率达到100%。",
    # 196 ÷ 196 = 100% (均配备)
    "全县村（社区）共218个，已建成法律服务室的196个均配备法律顾问，法律顾问配备率100%。",
]

FULL_SET_WRONG = [
    # 20 ÷ 23 = 87.0% ≠ 100% (the numerator's clause says 法制审核)
    "全年作出行政处罚决定二百零六件，其中属于重大执法决定的二十三件，经法制审核的二十件，重大执法决定法制审核率达到100%。",
    # 610 ÷ 628 = 97.1% ≠ 100%
    "全县持有执法证件人员640人，参加年度考试的628人，考试合格的610人，考试合格率100%。",
    # 115 ÷ 120 = 95.8% ≠ 100%
    "全年受理行政复议申请120件，办结115件，办结率100%。",
    # 26 ÷ 31 = 83.9% ≠ 100%
    "区政府作为被告的行政诉讼案件56件，开庭审理的31件，负责人出庭应诉26件，出庭应诉率100%。",
    # 39 ÷ 42 = 92.9% ≠ 100%
    "全年制发行政规范性文件42件，已报送备案的39件，报备率100%。",
    # 43 ÷ 45 = 95.6% ≠ 100%
    "全年收到人大代表建议45件，已办复43件，办复率100%。",
    # 291 ÷ 300 = 97.0% ≠ 100%
    "全年抽查执法案卷300卷，评查合格的291卷，案卷合格率100%。",
    # 1,198 ÷ 1,240 = 96.6% ≠ 100%
    "组织执法人员参加培训1,240人，考核合格1,198人，考核合格率100%。",
    # 628 ÷ 640 = 98.1% ≠ 100% (持证 said by 领取证件: no fitting set reading)
    "全镇共有综合执法人员640名，其中已领取行政执法证件的628名，执法证件持证率100%。",
]


@pytest.mark.parametrize("text", FULL_SET_SILENT)
def test_a_full_rate_over_its_own_set_is_silent(text: str) -> None:
    assert _any(text, codes=RATES) == [], _any(text)


@pytest.mark.parametrize("text", FULL_SET_WRONG)
def test_a_full_rate_whose_numerator_says_its_action_is_judged(text: str) -> None:
    assert [c for c, _ in _any(text, codes=RATES)] == ["N104"], _any(text)


# ---- 2. a statement opening with a set of its own ----------------------------------------------
SCOPE_SILENT = [
    # 7.5 ÷ 8.6 = 87.2%; 64.0% of the online ones: 87.2 + 64.0 is no sum
    "全年办理社保业务8.6万件，其中网上办理7.5万件，占87.2%；在网上办理的业务中，通过移动端完成的占64.0%。",
    # 378 ÷ 420 = 90.0%; 72.5% of the concluded ones
    "全年受理行政复议申请420件，其中受理后审结的378件，占90.0%；在审结案件中，作出维持决定的占72.5%。",
    # 3,040 ÷ 3,200 = 95.0%; 68.0% of the settled ones
    "全年调解纠纷3,200件，调解成功3,040件，占95.0%；在调解成功的纠纷中，达成书面协议的占68.0%。",
    # 2,600 ÷ 6,500 = 40.0%; 71.5% of the foreign ones (40.0 + 71.5 = 111.5)
    "全年办理公证事项6,500件，其中涉外公证2,600件，占40.0%；在涉外公证事项中，涉及留学的占71.5%。",
    # 540 ÷ 900 = 60.0%; 55.0% of those mediated (115.0)
    "全年受理劳动仲裁案件900件，其中以调解结案的540件，占60.0%；在调解结案的案件中，当庭履行的占55.0%。",
    # 52.0 + 40.5 + 7.5 = 100; 60.0% of the criminal cases' money
    "全年发放法律援助补贴480万元，刑事案件占52.0%，民事案件占40.5%，行政案件占7.5%；在刑事案件补贴中，值班律师补贴占60.0%。",
    # 1,050 ÷ 1,500 = 70.0%; 58.0% of the online ones (128.0)
    "全年处理信访事项1,500件，其中网上信访1,050件，占70.0%；在网上信访事项中，通过手机端提交的占58.0%。",
    # 200 ÷ 250 = 80.0%; 35.0% of the general-procedure ones (115.0)
    "全年查处违法案件250件，其中一般程序案件200件，占80.0%；在一般程序案件中，经法制审核的占35.0%。",
]

SCOPE_WRONG = [
    # 87.2 + 24.0 = 111.2% > 100% of one whole
    "全年办理社保业务8.6万件，其中网上办理的占87.2%；窗口办理的占24.0%。",
    # 72.5 + 35.0 = 107.5%
    "全年受理行政复议申请420件，作出维持决定的占72.5%；作出撤销决定的占35.0%。",
    # 45.0 + 38.0 + 26.0 = 109.0%
    "全年调解纠纷3,200件，婚姻家庭纠纷占45.0%；邻里纠纷占38.0%；合同纠纷占26.0%。",
    # 70.0 + 40.0 = 110.0%
    "全年办理公证事项6,500件，其中国内公证占70.0%；涉外公证占40.0%。",
    # 60.0 + 52.0 = 112.0%
    "全年受理劳动仲裁案件900件，以调解结案的占60.0%；以裁决结案的占52.0%。",
    # 70.0 + 41.0 = 111.0%
    "全年处理信访事项1,500件，网上信访占70.0%；来访占41.0%。",
    # 80.0 + 35.0 = 115.0%
    "全年查处违法案件250件，一般程序案件占80.0%；简易程序案件占35.0%。",
    # 55.0 + 51.0 = 106.0%
    "全年受理投诉举报5,600件，其中电话投诉占55.0%；网络投诉占51.0%。",
]


@pytest.mark.parametrize("text", SCOPE_SILENT)
def test_shares_of_a_set_opened_by_its_own_statement_are_no_sum(text: str) -> None:
    assert _any(text, codes=SUMS) == [], _any(text)


@pytest.mark.parametrize("text", SCOPE_WRONG)
def test_shares_of_one_whole_still_add_up(text: str) -> None:
    assert [c for c, _ in _any(text, codes=SUMS)] in (["N101"], ["N102"]), _any(text)


# ---- 3. a share of money ----------------------------------------------------------------------
MONEY_SILENT = [
    # 47.5% of the 128.0万元; 350 ÷ 640 = 54.7%, 250 ÷ 640 = 39.1% are counts (250+350+40 = 640)
    "全年办理法律援助案件640件，其中刑事案件250件、民事案件350件、行政案件40件；全年发放办案补贴128.0万元，其中民事案件补贴占比47.5%。",
    # 32.6% of the 950万元; 168 ÷ 420 = 40.0% is a count
    "全年查处违法案件420件，其中食品案件168件；罚没款共计950万元，其中食品案件罚没款占32.6%。",
    # 61.8% of the 86.5万元; 21 ÷ 36 = 58.3% is a count
    "全年受理国家赔偿申请36件，决定赔偿21件；支付赔偿金86.5万元，其中人身自由赔偿金占比61.8%。",
    # 38.0% of the 46.0万元; 27 ÷ 150 = 18.0% is a count
    "全年办理行政复议案件150件，其中纠错案件27件；全年复议工作经费46.0万元，其中案件审理经费占比38.0%。",
    # 88.0% of the 2.3亿元; 760 ÷ 820 = 92.7% is a count
    "全年执行案件820件，执结760件；执行到位金额2.3亿元，其中执结案件到位金额占比88.0%。",
    # 35.0% of the 60.0万元; 120 ÷ 300 = 40.0% is a count
    "全年办理法律援助案件300件，其中农民工案件120件；发放援助补贴60.0万元，其中农民工案件补贴占比35.0%。",
    # 76.0% of the 520万元; 210 ÷ 1,800 = 11.7% is a count
    "全年开展执法检查1,800次，查处案件210件；收缴罚款520万元，其中查处案件罚款占比76.0%。",
    # 71.0% of the 2,860万元; 390 ÷ 460 = 84.8% is a count
    "全年受理劳动保障监察案件460件，其中欠薪案件390件；追回欠薪2,860万元，其中建筑领域欠薪占比71.0%。",
]

MONEY_WRONG = [
    # 350 ÷ 640 = 54.7% ≠ 47.5% (a share of counts)
    "全年办理法律援助案件640件，其中刑事案件250件、民事案件350件、行政案件40件，民事案件占比47.5%。",
    # 70.0 ÷ 128.0 = 54.7% ≠ 47.5% (money over money)
    "全年发放办案补贴128.0万元，其中民事案件补贴70.0万元，占比47.5%。",
    # 168 ÷ 420 = 40.0% ≠ 32.6%
    "全年查处违法案件420件，其中食品案件168件，占比32.6%；罚没款共计950万元。",
    # 380 ÷ 950 = 40.0% ≠ 32.6%
    "罚没款共计950万元，其中食品案件罚没款380万元，占32.6%。",
    # 21 ÷ 36 = 58.3% ≠ 61.8%
    "全年受理国家赔偿申请36件，其中决定赔偿21件，占比61.8%；支付赔偿金86.5万元。",
    # 760 ÷ 820 = 92.7% ≠ 88.0%
    "全年执行案件820件，执结760件，执结率88.0%；执行到位金额2.3亿元。",
    # 2,310 ÷ 2,860 = 80.8% ≠ 71.0%
    "追回欠薪2,860万元，其中建筑领域欠薪2,310万元，占比71.0%。",
    # 350 ÷ 640 = 54.7% ≠ 47.5%: the money before is not named by the share (补贴 not in it)
    "全年发放办案补贴128.0万元；办理法律援助案件640件，其中民事案件350件，民事案件占比47.5%。",
]


@pytest.mark.parametrize("text", MONEY_SILENT)
def test_a_share_of_money_has_no_count_for_its_terms(text: str) -> None:
    assert _any(text, codes=RATES) == [], _any(text)


@pytest.mark.parametrize("text", MONEY_WRONG)
def test_a_share_of_counts_or_of_money_over_money_is_judged(text: str) -> None:
    assert [c for c, _ in _any(text, codes=RATES)] == ["N104"], _any(text)


# ---- 4. a bare 完成率 of an action on a set of items is capped --------------------------------
CAP = ("N105",)
CAPPED_OVER = [
    # 49 ÷ 46 = 106.5%: more cleared than the 46 to clear
    "全年梳理行政规范性文件清理任务46件，已完成清理49件，完成率106.5%。",
    # 35 ÷ 32 = 109.4%
    "督察反馈问题32个，已完成整改35个，完成率109.4%。",
    # 13 ÷ 12 = 108.3%
    "列入年度计划的规章修订项目12件，已完成修订13件，完成率108.3%。",
    # 90 ÷ 84 = 107.1%
    "上级交办信访事项84件，已完成办结90件，完成率107.1%。",
    # 228 ÷ 215 = 106.0%
    "排查出安全隐患215处，已完成销号228处，完成率106.0%。",
    # 44 ÷ 40 = 110.0%
    "开展自查事项40项，已完成自查44项，完成率110.0%。",
    # 81 ÷ 75 = 108.0%
    "需要核查的投诉线索75条，已完成核查81条，完成率108.0%。",
    # 548 ÷ 520 = 105.4%
    "群众诉求工单520件，已完成答复548件，完成率105.4%。",
]

PLAN_OVER = [
    # 681 ÷ 620 = 109.8%: a plan of inspections exceeded
    "计划开展执法检查620家次，实际完成检查681家次，完成率109.8%。",
    # 46 ÷ 40 = 115.0%
    "年度培训计划40期，实际完成培训46期，完成率115.0%。",
    # 324 ÷ 300 = 108.0%
    "计划抽查企业300家，已完成抽查324家，完成率108.0%。",
    # 30 ÷ 32 = 93.75 -> 93.8%: under 100
    "督察反馈问题32个，已完成整改30个，完成率93.8%。",
    # 92 ÷ 80 = 115.0%
    "年度普法宣传任务80场，已完成宣传活动92场，完成率115.0%。",
    # the rate has a name of its own (执法检查计划), in another statement than 完成清理
    "规章清理工作方面，已完成清理12件；年度执法检查计划完成率达到112.5%。",
    # 巡查计划 named; 完成整改 in the statement before
    "已完成整改问题32个；全年巡查计划完成率108.0%。",
    # 560 ÷ 500 = 112.0%: 调解 is no action on a listed set
    "计划调解纠纷500件，实际完成调解560件，完成率112.0%。",
]


@pytest.mark.parametrize("text", CAPPED_OVER)
def test_a_bare_completion_of_a_capped_action_cannot_exceed_100(text: str) -> None:
    assert [c for c, _ in _any(text, codes=CAP)] == ["N105"], _any(text)


@pytest.mark.parametrize("text", PLAN_OVER)
def test_a_plan_completion_may_exceed_100(text: str) -> None:
    assert _any(text, codes=CAP) == [], _any(text)


# ---- 5. verbs of one deed (numbers.toml rates.stem-kin) ----------------------------------------
KIN_WRONG = [
    # 27 ÷ 900 = 3.0% ≠ 4.0% (检出率 ← 发现)
    "抽检样品900批次，发现标签不规范的27批次，检出率为4.0%。",
    # 12 ÷ 160 = 7.5% ≠ 9.5% (检出率 ← 查出)
    "抽查执法案卷160卷，查出程序不规范的12卷，问题检出率为9.5%。",
    # 30 ÷ 240 = 12.5% ≠ 15.0% (发现率 ← 检出)
    "排查重点企业240家，检出存在隐患的企业30家，风险发现率为15.0%。",
    # 6 ÷ 80 = 7.5% ≠ 10.0% (检出率 ← 发现)
    "抽查规范性文件80件，发现违反上位法的6件，差错检出率10.0%。",
    # 96 ÷ 150 = 64.0% ≠ 68.0% (采纳率 ← 采用)
    "收到立法意见建议150条，采用96条，建议采纳率为68.0%。",
    # 21 ÷ 420 = 5.0% ≠ 6.0% (检出率 ← 查出)
    "对420户经营主体开展检查，查出无照经营的21户，违规检出率为6.0%。",
    # 40 ÷ 2,000 = 2.0% ≠ 3.0%
    "抽检食品样品2,000批次，发现不达标的40批次，检出率为3.0%。",
    # 208 ÷ 320 = 65.0% ≠ 70.0% (采用率 ← 采纳)
    "征集群众意见320条，采纳208条，意见采用率为70.0%。",
]

KIN_RIGHT = [
    # 27 ÷ 900 = 3.0%
    "抽检样品900批次，发现标签不规范的27批次，检出率为3.0%。",
    # 12 ÷ 160 = 7.5%
    "抽查执法案卷160卷，查出程序不规范的12卷，问题检出率为7.5%。",
    # 30 ÷ 240 = 12.5%
    "排查重点企业240家，检出存在隐患的企业30家，风险发现率为12.5%。",
    # 6 ÷ 80 = 7.5%
    "抽查规范性文件80件，发现违反上位法的6件，差错检出率7.5%。",
    # 96 ÷ 150 = 64.0%
    "收到立法意见建议150条，采用96条，建议采纳率为64.0%。",
    # 21 ÷ 420 = 5.0%
    "对420户经营主体开展检查，查出无照经营的21户，违规检出率为5.0%。",
    # 40 ÷ 2,000 = 2.0%
    "抽检食品样品2,000批次，发现不达标的40批次，检出率为2.0%。",
    # 208 ÷ 320 = 65.0%
    "征集群众意见320条，采纳208条，意见采用率为65.0%。",
    # 55 ÷ 60 = 91.67 -> 91.7%: 发现 is no numerator of 整改率
    "抽查企业500家，发现问题隐患的企业60家，已整改55家，整改率91.7%。",
]


@pytest.mark.parametrize("text", KIN_WRONG)
def test_a_numerator_told_with_a_kin_verb_is_read(text: str) -> None:
    assert [c for c, _ in _any(text, codes=RATES)] == ["N104"], _any(text)


@pytest.mark.parametrize("text", KIN_RIGHT)
def test_a_numerator_told_with_a_kin_verb_fits(text: str) -> None:
    assert _any(text, codes=RATES) == [], _any(text)


# ---- 6. a share opening its sentence, told of the next sentence's figures ----------------------
AHEAD_WRONG = [
    # 510 ÷ 850 = 60.0% ≠ 62.0%
    "调解结案的纠纷占全部受理纠纷的62.0%。全年共受理矛盾纠纷850件，其中调解结案的510件。",
    # 450 ÷ 600 = 75.0% ≠ 80.0%
    "线上申请的事项占全部申请事项的80.0%。全年共收到政府信息公开申请600件，其中线上申请的450件。",
    # 160 ÷ 320 = 50.0% ≠ 45.0%
    "一般程序案件占全部处罚案件的45.0%。全年共办理行政处罚案件320件，其中一般程序案件160件。",
    # 42 ÷ 140 = 30.0% ≠ 35.0%
    "女性律师占全县执业律师的35.0%。全县共有执业律师140人，其中女性律师42人。",
    # 600 ÷ 1,250 = 48.0% ≠ 40.0%
    "涉企行政检查占全部行政检查的40.0%。全年开展行政检查1,250次，其中涉企行政检查600次。",
    # 120 ÷ 200 = 60.0% ≠ 55.0%
    "书面答复的申请占全部办结申请的55.0%。全年办结复议申请200件，其中书面答复的120件。",
    # 840 ÷ 2,400 = 35.0% ≠ 30.0%
    "电话投诉占全部投诉的30.0%。全年受理消费投诉2,400件，其中电话投诉840件。",
    # 38 ÷ 95 = 40.0% ≠ 42.0%
    "城区学校占全部中小学校的42.0%。全区共有中小学校95所，其中城区学校38所。",
]

AHEAD_RIGHT = [
    # 510 ÷ 850 = 60.0%
    "调解结案的纠纷占全部受理纠纷的60.0%。全年共受理矛盾纠纷850件，其中调解结案的510件。",
    # 450 ÷ 600 = 75.0%
    "线上申请的事项占全部申请事项的75.0%。全年共收到政府信息公开申请600件，其中线上申请的450件。",
    # 160 ÷ 320 = 50.0%
    "一般程序案件占全部处罚案件的50.0%。全年共办理行政处罚案件320件，其中一般程序案件160件。",
    # 42 ÷ 140 = 30.0%
    "女性律师占全县执业律师的30.0%。全县共有执业律师140人，其中女性律师42人。",
    # 农村 is not said of 38 (城区): (95 − 38) ÷ 95 = 60.0% unsaid — no reading
    "农村学校占全部中小学校的60.0%。全区共有中小学校95所，其中城区学校38所。",
    # 简易程序 not said of 160 (一般程序): no reading
    "简易程序案件占全部处罚案件的50.0%。全年共办理行政处罚案件320件，其中一般程序案件160件。",
    # a figure already in the sentence before the share: read as before (840 ÷ 2,400 = 35.0%)
    "全年受理消费投诉2,400件，电话投诉占全部投诉的35.0%。其中电话投诉840件。",
    # 电话 not said of 网络投诉: no reading
    "电话投诉占全部投诉的30.0%。全年受理消费投诉2,400件，其中网络投诉1,200件。",
    # 200 ÷ 500 = 40.0%: the subject after the scope's 中
    "法律援助案件中刑事案件占全部案件的40.0%。全年办理法律援助案件500件，其中刑事案件200件。",
]


@pytest.mark.parametrize("text", AHEAD_WRONG)
def test_a_share_before_its_figures_is_read_ahead(text: str) -> None:
    assert [c for c, _ in _any(text, codes=RATES)] == ["N104"], _any(text)


@pytest.mark.parametrize("text", AHEAD_RIGHT)
def test_a_share_read_ahead_fits_or_names_no_figure(text: str) -> None:
    assert _any(text, codes=RATES) == [], _any(text)


# ---- 7. a rate of survey answers counts answers -------------------------------------------------
SURVEY_SILENT = [
    # 483-like: 126 aided are no answers
    "全年办理法律援助案件860件，其中为残疾人提供援助的126件，受援人满意率98.5%。",
    # 1,036 first visits are no answers
    "全年接待来访群众1,420人次，其中首次来访的1,036人次，来访群众满意率96.2%。",
    # 420 handled across areas are no answers
    "全年办理政务服务事项5,600件，其中跨区域通办的420件，办事群众满意率99.1%。",
    # 85 visits at home are no answers
    "全年开展公证服务3,200件，为老年人上门办证的85件，当事人满意率99.4%。",
    # 44 with minors are no answers
    "全年调解婚姻家庭纠纷310件，其中涉及未成年人的44件，当事人满意率97.8%。",
    # 1,630 with losses recovered are no answers
    "全年受理消费者投诉2,150件，为消费者挽回损失的1,630件，投诉人满意率95.0%。",
    # 96 helped are no answers (认可)
    "全年开展法治体检服务企业240家，其中帮助整改问题的96家，企业认可率98.0%。",
    # 420 called back are no answers (好评)
    "全年回访案件当事人500人，其中电话回访的420人，好评率97.0%。",
]

SURVEY_WRONG = [
    # 820 ÷ 860 = 95.3% ≠ 98.5%
    "全年回访受援人860人，其中表示满意的820人，受援人满意率98.5%。",
    # 1,080 ÷ 1,150 = 93.9%, 1,080 ÷ 1,200 = 90.0%; neither 96.5%
    "发放满意度调查问卷1,200份，回收有效问卷1,150份，其中满意的1,080份，满意率为96.5%。",
    # 372 ÷ 400 = 93.0% ≠ 96.0%
    "回访来访群众400人次，满意的372人次，满意率96.0%。",
    # 4,850 ÷ 5,000 = 97.0% ≠ 98.5%
    "征求办事群众评价5,000条，其中好评4,850条，好评率98.5%。",
    # 228 ÷ 240 = 95.0% ≠ 97.5%
    "对240家企业开展回访，表示认可的228家，认可率97.5%。",
    # 296 ÷ 310 = 95.5% ≠ 97.8%
    "回访当事人310人，满意296人，满意率97.8%。",
    # 60 ÷ 2,000 = 3.0% ≠ 2.0%
    "收到群众评价2,000条，其中差评60条，差评率2.0%。",
    # 582 ÷ 600 = 97.0% ≠ 98.0%
    "随机回访群众600人，表示满意或基本满意的582人，满意率98.0%。",
]


@pytest.mark.parametrize("text", SURVEY_SILENT)
def test_a_survey_rate_takes_no_figure_of_no_answer_by_position(text: str) -> None:
    assert _any(text, codes=RATES) == [], _any(text)


@pytest.mark.parametrize("text", SURVEY_WRONG)
def test_a_survey_rate_with_its_answers_stated_is_judged(text: str) -> None:
    assert [c for c, _ in _any(text, codes=RATES)] == ["N104"], _any(text)
