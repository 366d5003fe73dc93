"""Rates and shares on unseen text (session 18, s18-rates).

1. A figure concluded one way that ends with the rate's own verb, under a rate name that names
   no way (「经调解化解79起」 for 化解率), may count all the rate counts: it is still read over
   the received or accepted figure, as a warning (rates ``_own_verb_one_way``). A rate naming
   the way (调撤率, 调解结案率) keeps the concluded as its only base.
2. A 分别 list of k figures right after a list of k figures of its unit, each item at most its
   pair, pairs with that list item by item: no parts of the earlier list's last figure
   (partition ``_parallel_list``). A 分别 list after a single total (or one item larger than
   its pair) is still a split of it.
3. 「占比分别为」「占比分别是」「比例分别为」「比重分别为」 open a run of shares paired in order with
   the figures listed before, as 分别占 does (numbers.toml ``rates.respective``; 分别是 and
   依次为 end a rate's name as 分别为 does).
4. The items of one list before a share (one unit, joined by 、/和) may be all of its whole when
   no figure states it: an item the share names over their sum is a reading that only accepts
   (rates ``_listed_sum_fits``); a share that fits no reading is still found.

Every sentence is written for these tests; each verdict derived by hand, the arithmetic in
the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import errors, findings, judged

RATES = ("N104",)
PARTS = ("N101",)

# ---- 1. a figure concluded one way, named by the rate's own verb ------------------------------
ONE_WAY_FOUND = [
    # 79 ÷ 87 = 90.8%, not 93.1%
    "全年受理涉水矛盾纠纷87起，经调解化解79起，化解率为93.1%。",
    # 200 ÷ 240 = 83.3%, not 88.0%
    "受理劳动争议案件240件，经调解结案200件，结案率为88.0%。",
    # 141 ÷ 156 = 90.4%, not 93.6%
    "受理信访事项156件，通过调解化解141件，化解率为93.6%。",
    # 290 ÷ 312 = 92.9%, not 95.2% (排查, no intake: an error before too)
    "排查矛盾纠纷312起，以调解方式化解290起，化解率为95.2%。",
    # 950 ÷ 1,024 = 92.8%, not 94.6%
    "受理消费纠纷1,024件，经和解办结950件，办结率为94.6%。",
    # 63 ÷ 68 = 92.6%, not 95.6%
    "受理邻里纠纷68起，经人民调解化解63起，化解率为95.6%。",
    # 40 ÷ 45 = 88.9%, not 91.1%
    "受理物业纠纷45件，经调解化解40件，纠纷化解率91.1%。",
    # 44 ÷ 52 = 84.6%, not 88.5%
    "受理行政争议案件52件，经协调和解化解44件，化解率为88.5%。",
    # the way named by the rate: of the concluded, 150 ÷ 180 = 83.3%, not 86.0%
    "受理纠纷200件，办结180件，其中经调解结案150件，调解结案率为86.0%。",
]


@pytest.mark.parametrize("text", ONE_WAY_FOUND)
def test_one_way_own_verb_found(text: str) -> None:
    assert findings(text, codes=RATES)


@pytest.mark.parametrize("text", [t for t in ONE_WAY_FOUND[:8] if "排查" not in t])
def test_one_way_own_verb_only_a_warning(text: str) -> None:
    # (the way may be only some of what was done: a guess, never an error)
    assert not [c for c, _ in errors(text) if c in RATES]


PLAIN_AND_ONE_WAY = [
    # 1,264 ÷ 1,318 = 95.9%, not 91.2%: the plain 结案 reading stays an error beside 调解结案812件
    "全年受理劳动人事争议仲裁案件1,318件，结案1,264件，仲裁结案率91.2%，调解结案812件，调解率64.2%。",
    # 150 ÷ 160 = 93.75%, not 90.0%: 化解150起 beside 经调解化解120起
    "受理矛盾纠纷160起，化解150起，其中经调解化解120起，化解率为90.0%。",
]


@pytest.mark.parametrize("text", PLAIN_AND_ONE_WAY)
def test_plain_reading_stays_an_error(text: str) -> None:
    assert [c for c, _ in judged(text) if c in RATES]


ONE_WAY_SILENT = [
    # 81 ÷ 87 = 93.10%
    "全年受理涉水矛盾纠纷87起，经调解化解81起，化解率为93.1%。",
    # 60 ÷ 64 = 93.75%
    "受理纠纷64起，经调解化解60起，化解率为93.75%。",
    # 96 ÷ 120 = 80.0%
    "受理纠纷120起，经调解化解96起，化解率为80.0%。",
    # 调撤率 names the way: a share of all concluded (unstated), not 1555 ÷ 8250 = 18.8%
    "新收案件10059件，受理8250件，以调解、和解等方式结案1555件，调撤率23.2%。",
    # 调解成功率: its base is the attempts, unsaid
    "办结1.23万件，其中经调解达成协议的5,860件，调解成功率为62.3%。",
    # 调解结案率 names the way: of the concluded (unstated), not 150 ÷ 200 = 75.0%
    "受理纠纷200件，经调解结案150件，调解结案率为85.0%。",
    # 调撤率 names the way: not 120 ÷ 300 = 40.0%
    "受理争议案件300件，以调解方式结案120件，调撤率为45.0%。",
    # 234 ÷ 240 = 97.5%
    "受理劳动争议案件240件，经调解化解234件，化解率为97.5%。",
]


@pytest.mark.parametrize("text", ONE_WAY_SILENT)
def test_one_way_silent(text: str) -> None:
    assert not findings(text, codes=RATES)


# ---- 2. a 分别 list paired with the list before it ------------------------------------------
PARALLEL_SILENT = [
    # 1,116 ≤ 1,120, 633 ≤ 640, 392 ≤ 402: pairs, not parts of 402
    "分别检查零售户1,120户、640户、402户，持证户分别为1,116户、633户、392户。",
    # 318 ≤ 320, 180 ≤ 185
    "城区、乡镇分别受理申请320件、185件，办结分别为318件、180件。",
    # 80 ≤ 86, 51 ≤ 54
    "两个园区分别入驻企业86家、54家，签约法律顾问的分别为80家、51家。",
    # 1,120 + 640 + 402 = 2,162; then pairs with the three named items
    "共检查零售户2,162户，其中城区1,120户、乡镇640户、农村402户，持证户分别为1,116户、633户、392户。",
    # 40 ≤ 47, 12 ≤ 15
    "一审、二审分别审结案件47件和15件，其中维持的分别为40件和12件。",
    # 57 ≤ 60, 46 ≤ 48
    "市、县两级分别抽查案卷60卷、48卷，合格案卷分别为57卷、46卷。",
    # 120 ≤ 126, 95 ≤ 98, 77 ≤ 77
    "三个街道分别排查隐患126处、98处和77处，整改完成的分别为120处、95处和77处。",
    # 620 ≤ 650, 401 ≤ 420
    "城区、郊区分别发放问卷650份、420份，回收有效问卷分别为620份、401份。",
]


@pytest.mark.parametrize("text", PARALLEL_SILENT)
def test_parallel_lists_silent(text: str) -> None:
    assert not findings(text, codes=PARTS)


PARTS_FOUND = [
    # 1,120 + 640 + 412 = 2,172 ≠ 2,162
    "检查零售户2,162户，城区、乡镇、农村分别为1,120户、640户、412户。",
    # 195 > 120 (not within its pair): a split of a figure before, 320 + 195 = 515
    "受理申请505件、咨询120件，城区、乡镇分别为320件、195件。",
    # 47 + 17 = 64 ≠ 62
    "全年审结案件62件，一审、二审分别为47件、17件。",
    # 215 + 442 = 657 ≠ 647
    "共审核合同647份，市级、县级分别为215份和442份。",
    # 126 + 98 + 87 = 311 ≠ 301
    "排查隐患301处，三个街道分别为126处、98处和87处。",
    # 60 + 58 = 118 > 108
    "抽查案卷108卷，其中市级、区级分别为60卷、58卷。",
    # 210 > 96: no pairing; 210 + 98 = 308 > 96
    "受理投诉318件、举报96件，线上、线下分别为210件、98件。",
    # subjects of its own (城区、郊区) split the figure before: 650 + 401 = 1,051 > 620
    "发放问卷1,200份、回收问卷620份，城区、郊区分别为650份、401份。",
    # subjects of its own: 60 + 50 = 110 > 98 (no pairing with 120 and 98)
    "抽查案卷120卷、评查合格98卷，市级和区级分别为60卷、50卷。",
]


@pytest.mark.parametrize("text", PARTS_FOUND)
def test_split_after_total_found(text: str) -> None:
    assert findings(text, codes=PARTS)


# ---- 3. 占比分别为 and its kin pair the shares in order --------------------------------------
RESPECTIVE_FOUND = [
    # 3 ÷ 42 = 7.1%, not 9.1%
    "对全市42家机关单位开展档案行政执法检查，检查结果为合格、基本合格、不合格的单位分别为30家、9家、3家，占比分别为71.4%、21.4%、9.1%。",
    # 50 ÷ 250 = 20.0%, not 22.0%
    "受理投诉共计250件，其中质量类、价格类、服务类分别为120件、80件、50件，占比分别为48.0%、32.0%、22.0%。",
    # 64 ÷ 160 = 40.0%, not 42.0%
    "审核合同160份，其中市级、区级分别为96份、64份，比例分别为60.0%、42.0%。",
    # 8 ÷ 80 = 10.0%, not 12.0%
    "检查单位80家，合格、不合格的分别为72家、8家，占比分别是90.0%、12.0%。",
    # 140 ÷ 400 = 35.0%, not 37.0%
    "办理许可事项400件，即办件、承诺件分别为260件、140件，比重分别为65.0%、37.0%。",
    # 18 ÷ 120 = 15.0%, not 17.0%
    "调解纠纷120起，调解成功、未成功的分别为102起、18起，分别占比为85.0%、17.0%。",
    # 20 ÷ 500 = 4.0%, not 6.0%
    "回收问卷500份，满意、基本满意、不满意的分别为410份、70份、20份，占比分别为82.0%、14.0%、6.0%。",
    # 138 ÷ 230 = 60.0%, not 62.0%
    "发放执法证件230张，市级、县级分别为92张、138张，占比分别为40.0%、62.0%。",
]


@pytest.mark.parametrize("text", RESPECTIVE_FOUND)
def test_respective_shares_found(text: str) -> None:
    assert findings(text, codes=RATES)


RESPECTIVE_SILENT = [
    # 30 ÷ 42 = 71.43, 9 ÷ 42 = 21.43, 3 ÷ 42 = 7.14
    "对全市42家机关单位开展档案行政执法检查，检查结果为合格、基本合格、不合格的单位分别为30家、9家、3家，占比分别为71.4%、21.4%、7.1%。",
    # 120 ÷ 250 = 48, 80 ÷ 250 = 32, 50 ÷ 250 = 20
    "受理投诉共计250件，其中质量类、价格类、服务类分别为120件、80件、50件，占比分别为48.0%、32.0%、20.0%。",
    # 21 ÷ 63 = 33.33 each (sum 99.9 by rounding)
    "回访缓缴单位63家，恢复缴存、再次缓缴、停缴的分别为21家、21家、21家，占比分别为33.3%、33.3%、33.3%。",
    # 48 ÷ 71 = 67.61; 23 ÷ 71 = 32.394, truncated 32.3
    "受理申请71件，线上、线下分别为48件、23件，占比分别为67.6%、32.3%。",
    # 72 ÷ 80 = 90, 8 ÷ 80 = 10
    "检查单位80家，合格、不合格的分别为72家、8家，占比分别是90.0%、10.0%。",
    # 260 ÷ 400 = 65, 140 ÷ 400 = 35
    "办理许可事项400件，即办件、承诺件分别为260件、140件，比重分别为65.0%、35.0%。",
    # of the concluded: 120 ÷ 240 = 50.0, 80 ÷ 240 = 33.3
    "受理投诉250件，办结240件，其中质量类、价格类分别为120件、80件，占办结量的比例分别为50.0%、33.3%。",
    # 410 ÷ 500 = 82, 70 ÷ 500 = 14, 20 ÷ 500 = 4
    "回收问卷500份，满意、基本满意、不满意的分别为410份、70份、20份，占比分别为82.0%、14.0%、4.0%。",
]


@pytest.mark.parametrize("text", RESPECTIVE_SILENT)
def test_respective_shares_silent(text: str) -> None:
    assert not findings(text, codes=RATES)


# ---- 4. a share of a whole that is the sum of the listed items ------------------------------
SUM_OF_LIST_SILENT = [
    # 178 ÷ (178 + 23 + 9 = 210) = 84.76%
    "园区全年新设立企业中，内资企业178家、外资企业23家、港澳台资企业9家，内资企业占比为84.8%。",
    # 312 ÷ (312 + 88 = 400) = 78.0%
    "全年新受理的申请中，线上申请312件、窗口申请88件，线上申请占比为78.0%。",
    # 45 ÷ (45 + 30 + 25 = 100) = 45.0%
    "全年查处的违法行为中，无证经营45起、超范围经营30起、虚假宣传25起，无证经营占比45.0%。",
    # 420 ÷ (420 + 180 = 600) = 70.0%
    "本年度培训对象为执法人员420人次、辅助人员180人次，执法人员占比为70.0%。",
    # 14 ÷ (14 + 4 + 2 = 20) = 70.0%
    "新聘法律顾问中，律师14名、高校教师4名、公职律师2名，律师占比为70.0%。",
    # 52 ÷ (52 + 28 + 20 = 100) = 52.0%
    "受理的复议申请中，市场监管类52件、自然资源类28件、其他类20件，市场监管类占比52.0%。",
    # 96 ÷ (96 + 64 + 40 = 200) = 48.0%
    "全年调解的纠纷中，婚姻家庭纠纷96起、邻里纠纷64起、其他纠纷40起，婚姻家庭纠纷占比48.0%。",
    # 1,260 ÷ (1,260 + 340 + 400 = 2,000) = 63.0%
    "年内接收档案中，文书档案1,260卷、科技档案340卷、会计档案400卷，文书档案占比为63.0%。",
]


@pytest.mark.parametrize("text", SUM_OF_LIST_SILENT)
def test_share_of_listed_sum_silent(text: str) -> None:
    assert not findings(text, codes=RATES)


SUM_OF_LIST_FOUND = [
    # 178 ÷ 210 = 84.8%, not 86.8%
    "园区全年新设立企业中，内资企业178家、外资企业23家、港澳台资企业9家，内资企业占比为86.8%。",
    # 312 ÷ 400 = 78.0%, not 80.0%
    "全年新受理的申请中，线上申请312件、窗口申请88件，线上申请占比为80.0%。",
    # 45 ÷ 100 = 45.0%, not 48.0%
    "全年查处的违法行为中，无证经营45起、超范围经营30起、虚假宣传25起，无证经营占比48.0%。",
    # 420 ÷ 600 = 70.0%, not 72.0%
    "本年度培训对象为执法人员420人次、辅助人员180人次，执法人员占比为72.0%。",
    # 14 ÷ 20 = 70.0%, not 75.0%
    "新聘法律顾问中，律师14名、高校教师4名、公职律师2名，律师占比为75.0%。",
    # 12 ÷ (36 + 12 = 48) = 25.0%, not 28.0%
    "审查的文件包括规范性文件36件、重大决策12件，重大决策占比28.0%。",
    # 210 ÷ 300 = 70.0%, not 72.0%
    "全年受理的投诉中，质量投诉210件、服务投诉90件，质量投诉占比为72.0%。",
    # 1,260 ÷ 2,000 = 63.0%, not 65.0%
    "年内接收档案中，文书档案1,260卷、科技档案340卷、会计档案400卷，文书档案占比为65.0%。",
]


@pytest.mark.parametrize("text", SUM_OF_LIST_FOUND)
def test_share_of_listed_sum_found(text: str) -> None:
    assert findings(text, codes=RATES)
