"""Rates and shares, round 2 (session 17, s17-rates2).

1. A 100% rate with a fitting reading over its own set — its numerator said to be all of its
   kind (「开庭审理的31件均由负责人出庭应诉」), or the rate's name opening with what the figure
   counts and ending with an action the figure's clause does not say (「参加年度考试的628人，
   考试合格率100%」) — is consistent by that reading: no finding, not even a warning (sure
   ``_FITTING``). A 100% rate whose numerator's clause says the rate's action (「经法制审核的
   二十件」) is still judged.
2. A statement opening with the set it speaks of (「；在网上办理的业务中，」) begins shares of
   that set: they do not add up with the shares before it (partition ``_SCOPE_OPEN_RE``).
   Shares of one whole told in the same statements still add up.
3. A share of money (「发放办案补贴128.0万元，其中民事案件补贴占比47.5%」: the sum's head noun in
   the rate's name) has no count for its terms (rates ``_share_of_money``). A share of counts,
   or of money with a money numerator, is still judged.

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
