"""Session 15 (s15-misc4): averages over the months and over the events.

* 人均每月 / 户均每月 (the month written after 均) is one person's (household's) month, read
  over twelve months like 月人均 (relations/magnitude.py ``_average``, ``_PER_MONTH_AFTER_RE``),
  unless the total is a month's own (每月发放…).
* 平均每场听众约120人 is the people of each event (场, 期…): the events' count times it is the
  人次 total, stated before or after the average (``_total_unit`` ``per_event``).

Every sentence is written for these tests; the arithmetic in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import findings as _any

MONTHLY_THAT_FIT = [
    # 10,864,000 / 1,245 / 12 = 727.2
    "全年向1,245户困难家庭发放最低生活保障金1,086.4万元，户均每月约727元。",
    # 6,387,000 / 438 / 12 = 1,215.2
    "全年为438名特困供养人员发放供养金638.7万元，人均每月约1,215元，集中供养率达到42.5%。",
    # 9,030,000 / 2,150 / 12 = 350.0
    "全年为2,150名城乡困难群众发放医疗救助金903万元，人均每月约350元。",
    # 2,764,800 / 160 / 12 = 1,440
    "全年为160名散居孤儿发放基本生活费276.48万元，人均每个月1,440元。",
    # a month's own total: 每月发放 444,000 / 600 = 740 (no twelve)
    "每月向600户低保家庭发放低保金44.4万元，户均每月740元。",
    # 月户均 written before: 3,096,000 / 860 / 12 = 300
    "全年向860户边缘家庭发放生活补助309.6万元，月户均300元。",
    # a yearly average: 2,370,000 / 1,580 = 1,500
    "全年向1,580户优抚对象家庭发放冬季取暖补贴237万元，户均1,500元。",
]

MONTHLY_THAT_DO_NOT_FIT = [
    # 15,286,000 / 2,316 / 12 = 550.0, not 650
    "全年向2,316户困难家庭发放最低生活保障金1,528.6万元，户均每月约650元。",
    # 5,868,000 / 326 / 12 = 1,500.0, not 1,800
    "全年为326名孤儿发放基本生活费586.8万元，人均每月约1,800元，实现应保尽保。",
    # 10,864,000 / 1,245 / 12 = 727.2, not 827
    "全年向1,245户困难家庭发放最低生活保障金1,086.4万元，户均每月约827元。",
    # 4,147,200 / 480 / 12 = 720, not 7,200 (a power of ten)
    "全年为480名特困人员发放供养金414.72万元，人均每月7,200元。",
    # 9,030,000 / 2,150 / 12 = 350.0, not 410
    "全年为2,150名城乡困难群众发放医疗救助金903万元，人均每月约410元。",
    # 3,096,000 / 860 / 12 = 300, not 360
    "全年向860户边缘家庭发放生活补助309.6万元，户均每个月360元。",
]


@pytest.mark.parametrize("text", MONTHLY_THAT_FIT)
def test_a_monthly_average_over_twelve_months(text: str) -> None:
    assert not _any(text, codes=("N205",))


@pytest.mark.parametrize("text", MONTHLY_THAT_DO_NOT_FIT)
def test_a_monthly_average_that_misses(text: str) -> None:
    assert _any(text, codes=("N205",))


PER_EVENT_THAT_FIT = [
    # 58 × 85 = 4,930 ≈ 约4,900 (both 约)
    "镇人民政府全年组织送法下乡活动58场，平均每场约85名群众参加，累计受众约4,900人次。",
    # 45 × 320 = 14,400 = 1.44万
    "区教育局全年开展“宪法进校园”活动45场，场均覆盖师生320人，共覆盖师生1.44万人次。",
    # the average is of hours: 36 × 2 = 72 is no audience
    "全年举办领导干部法治讲座36场，平均每场时长约2小时，累计受众约5,400人次。",
    # 24 × 60 = 1,440
    "全年举办行政执法人员专题培训班24期，每期平均培训学员约60人，累计培训1,440人次。",
    # 86 × 120 = 10,320 ≈ 约1.03万
    "开展“法律进村居”反诈宣讲活动86场，平均每场听众约120人，累计现场受众约1.03万人次。",
    # 32 × 150 = 4,800 ≈ 约5,000 (4% off, within 约)
    "全年举办“法治大讲堂”32期，平均每期听众约150人，累计受众约5,000人次。",
]

PER_EVENT_THAT_DO_NOT_FIT = [
    # 64 × 150 = 9,600 = 0.96万, not 9.6万 (10×)
    "区司法局全年开展“法律进社区”巡回宣讲64场，平均每场参加群众约150人，累计受众约9.6万人次。",
    # 120 × 45 = 5,400, not 540 (10× low)
    "县妇联全年开展“民法典进家庭”宣讲活动120场，平均每场约45人参加，累计受众约540人次。",
    # 24 × 60 = 1,440, not 2.9万 (20×)
    "全年举办行政执法人员专题培训班24期，每期平均培训学员约60人，累计培训约2.9万人次。",
    # 86 × 120 = 10,320, not 10.3万 (10×)
    "开展“法律进村居”反诈宣讲活动86场，平均每场听众约120人，累计现场受众约10.3万人次。",
    # 40 × 200 = 8,000, not 8万 (10×)
    "全年开展“送法进企业”活动40场，平均每场约200名职工参加，累计受众约8万人次。",
    # 32 × 150 = 4,800, not 4.8万 (10×)
    "全年举办“法治大讲堂”32期，平均每期听众约150人，累计受众约4.8万人次。",
]


@pytest.mark.parametrize("text", PER_EVENT_THAT_FIT)
def test_a_per_event_average_against_its_total(text: str) -> None:
    assert not _any(text, codes=("N205",))


@pytest.mark.parametrize("text", PER_EVENT_THAT_DO_NOT_FIT)
def test_a_per_event_average_that_misses_its_total(text: str) -> None:
    assert _any(text, codes=("N205",))


# shares paired by 分别 with names that end in the rest (其他…): a complete split, 100% in all
SHARES_WITH_REST_THAT_FIT = [
    # 52.4 + 27.3 + 8.1 + 12.3 = 100.1 (rounding)
    "从诉求渠道看，12345热线、信访转办、网络问政和其他渠道受理的诉求分别占全年诉求总量的52.4%、27.3%、8.1%、12.3%。",
    # 44.5 + 30.2 + 25.3 = 100
    "市场监管、城市管理和其他领域罚没款分别占全年罚没款总额的44.5%、30.2%、25.3%。",
    # an open list (其余 said after, no 其他 among the names): 38.6 + 24.1 + 15.2 = 77.9
    "从处罚领域看，食品安全、特种设备、广告监管领域的行政处罚案件分别占全年处罚案件总数的38.6%、24.1%、15.2%，其余分散在价格、计量等领域。",
    # 等其他: an open list of three names for four shares, no split named (sum 93)
    "市场监管、生态环境、交通运输等其他领域罚没款分别占全年罚没款总额的41.2%、18.6%、15.7%、17.5%。",
    # no 其他: three named fields of more (sum 77.9)
    "市场监管、城市管理、交通运输领域的行政处罚案件分别占全年处罚案件总数的38.6%、24.1%、15.2%。",
    # 33.3 + 33.3 + 33.3 = 99.9 (rounding)
    "线索来源中，群众举报、媒体曝光和其他来源分别占33.3%、33.3%、33.3%。",
]

SHARES_WITH_REST_THAT_DO_NOT_FIT = [
    # 41.2 + 18.6 + 15.7 + 17.5 = 93.0
    "市场监管、生态环境、交通运输和其他领域罚没款分别占全年罚没款总额的41.2%、18.6%、15.7%、17.5%。",
    # 46.3 + 28.5 + 12.9 + 9.8 = 97.5
    "从案件来源看，群众举报、日常巡查、部门移送和其他来源的案件分别占全年立案总数的46.3%、28.5%、12.9%、9.8%。",
    # 31.2 + 27.6 + 14.9 + 22.1 = 95.8
    "住房城乡建设、自然资源、人力资源社会保障和其他领域的行政复议案件分别占全年行政复议案件总数的31.2%、27.6%、14.9%、22.1%。",
    # 44.5 + 30.2 + 29.3 = 104.0
    "市场监管、城市管理和其他领域罚没款分别占全年罚没款总额的44.5%、30.2%、29.3%。",
    # 52.4 + 27.3 + 8.1 + 10.3 = 98.1
    "12345热线、信访转办、网络问政和其他渠道受理的诉求分别占全年诉求总量的52.4%、27.3%、8.1%、10.3%。",
    # 61.5 + 26.4 = 87.9 (one name and the rest)
    "全年办理的行政复议案件中，行政处罚类和其他类案件分别占61.5%、26.4%。",
]


@pytest.mark.parametrize("text", SHARES_WITH_REST_THAT_FIT)
def test_shares_of_names_ending_in_the_rest(text: str) -> None:
    assert not _any(text, codes=("N101", "N102"))


@pytest.mark.parametrize("text", SHARES_WITH_REST_THAT_DO_NOT_FIT)
def test_shares_of_names_ending_in_the_rest_that_miss(text: str) -> None:
    assert _any(text, codes=("N102",))


# a stock of units (下辖/共有 N个) and how many of them already are something (已有M个), then a
# rate with no words of its own (创建率): M ÷ N, at most a warning
STOCK_RATES_THAT_FIT = [
    # 10 / 12 = 83.3%
    "全镇下辖12个行政村，截至年底已有10个村被命名为市级以上“民主法治示范村”，创建率达83.3%。",
    # 24 / 28 = 85.7%
    "全区共有社区28个，截至年底已有24个社区被命名为市级以上“民主法治示范社区”，创建率达85.7%。",
    # 12 / 16 = 75% (the 其中 part 5 is not the numerator: 5 / 16 = 31.25%)
    "全镇下辖16个行政村，截至年底已有12个村被命名为县级以上民主法治示范村，其中市级示范村5个，创建率达75%。",
    # 7 / 9 = 77.8%
    "全乡辖9个村，目前已有7个村创成省级“美丽乡村”，创建率为77.8%。",
    # 18 / 20 = 90%
    "全县现有乡镇20个，年内已有18个乡镇被评为法治建设示范乡镇，创建率达90%。",
    # 30 / 32 = 93.75% printed 93.8%
    "全街道共有社区32个，截至年底已经有30个社区被命名为“绿色社区”，创建率达93.8%。",
]

STOCK_RATES_THAT_DO_NOT_FIT = [
    # 10 / 12 = 83.3%, not 91.7%
    "全镇下辖12个行政村，截至年底已有10个村被命名为市级以上“民主法治示范村”，创建率达91.7%。",
    # 23 / 28 = 82.1%, not 85.7%
    "全区共有社区28个，截至年底已有23个社区被命名为市级以上“民主法治示范社区”，创建率达85.7%。",
    # 7 / 9 = 77.8%, not 87.8%
    "全乡辖9个村，目前已有7个村创成省级“美丽乡村”，创建率为87.8%。",
    # 18 / 20 = 90%, not 95%
    "全县现有乡镇20个，年内已有18个乡镇被评为法治建设示范乡镇，创建率达95%。",
    # 30 / 32 = 93.75%, not 96.9%
    "全街道共有社区32个，截至年底已经有30个社区被命名为“绿色社区”，创建率达96.9%。",
    # 12 / 16 = 75%, not 80%
    "全镇下辖16个行政村，截至年底已有12个村被命名为县级以上民主法治示范村，创建率达80%。",
]


@pytest.mark.parametrize("text", STOCK_RATES_THAT_FIT)
def test_a_rate_of_some_of_a_stock(text: str) -> None:
    assert not _any(text, codes=("N104",))


@pytest.mark.parametrize("text", STOCK_RATES_THAT_DO_NOT_FIT)
def test_a_rate_of_some_of_a_stock_that_misses(text: str) -> None:
    assert _any(text, codes=("N104",))


# a 顿号 list of kinds, then past a comma a clause with a verb of its own naming its figure by
# a 的-clause (查处存在…问题的机构71家): what an action found, no further kind — the list may end
LISTS_BEFORE_A_FINDING_THAT_FIT = [
    # 42 + 97 + 183 = 322 ≤ 386 (partial); 322 + 71 = 393 would exceed it
    "全年共现场检查定点医药机构386家，其中民营医院42家、个体诊所97家、定点零售药店183家，查处存在违规使用医保基金问题的机构71家。",
    # 96 + 58 + 31 = 185 ≤ 214; 185 + 47 = 232 would exceed it
    "全年检查在建工地214处，其中房建工地96处、市政工地58处、水利工地31处，下达整改通知书责令整改存在扬尘防治不到位问题的工地47处。",
    # 238 + 197 + 85 = 520 = whole; 520 + 63 = 583
    "全年抽查食品经营户520户，其中餐饮单位238户、食品销售单位197户、食品小作坊85户，立案查处存在销售过期食品问题的经营户63户。",
    # 64 + 51 = 115 ≤ 130; 115 + 22 = 137
    "全年检查加油站130座，其中城区加油站64座、乡镇加油站51座，约谈存在油气回收装置未正常运行问题的加油站22座。",
    # 31 + 18 + 9 = 58 ≤ 60; 58 + 14 = 72
    "全年抽查建设工程项目60个，其中房屋建筑项目31个、市政项目18个、水利项目9个，依法处罚存在违法分包问题的项目14个。",
    # 210 + 95 = 305 = whole; 305 + 40 = 345
    "全年检查物业服务企业305家，其中住宅物业企业210家、非住宅物业企业95家，责令整改存在消防通道堵塞问题的企业40家。",
]

LISTS_BEFORE_A_FINDING_THAT_DO_NOT_FIT = [
    # 19 + 156 + 104 = 279 > 268
    "全年检查各类医疗机构268家，其中乡镇卫生院19家、村卫生室156家、民营诊所104家，责令整改存在病历书写不规范问题的机构37家。",
    # 142 + 97 + 183 = 422 > 386
    "全年共现场检查定点医药机构386家，其中民营医院142家、个体诊所97家、定点零售药店183家，查处存在违规使用医保基金问题的机构71家。",
    # 126 + 58 + 41 = 225 > 214
    "全年检查在建工地214处，其中房建工地126处、市政工地58处、水利工地41处，下达整改通知书责令整改存在扬尘防治不到位问题的工地47处。",
    # 84 + 61 = 145 > 130
    "全年检查加油站130座，其中城区加油站84座、乡镇加油站61座，约谈存在油气回收装置未正常运行问题的加油站22座。",
    # 31 + 28 + 9 = 68 > 60
    "全年抽查建设工程项目60个，其中房屋建筑项目31个、市政项目28个、水利项目9个，依法处罚存在违法分包问题的项目14个。",
    # 城镇/农村 split the whole: 230 + 95 = 325 ≠ 305
    "全年检查物业服务企业305家，其中城镇物业企业230家、农村物业企业95家，责令整改存在消防通道堵塞问题的企业40家。",
]


@pytest.mark.parametrize("text", LISTS_BEFORE_A_FINDING_THAT_FIT)
def test_a_list_of_kinds_ends_before_a_finding(text: str) -> None:
    assert not _any(text, codes=("N101", "N102"))


@pytest.mark.parametrize("text", LISTS_BEFORE_A_FINDING_THAT_DO_NOT_FIT)
def test_a_list_of_kinds_that_misses_before_a_finding(text: str) -> None:
    assert _any(text, codes=("N101", "N102"))


# figures joined by 和/、 to a figure per member or per period are per member too
# (标准分别提高至每人每月780元和620元): no part of a total
PER_MEMBER_RUNS_THAT_FIT = [
    # 3,850 + 8,750 = 12,600万元 = 1.26亿元
    "全年累计发放城乡低保金1.26亿元，其中城市低保金3,850万元、农村低保金8,750万元，城市、农村低保标准分别提高至每人每月780元和620元。",
    # 860 + 1,600 = 2,460万元
    "全年发放临时救助资金2,460万元，其中城镇860万元、农村1,600万元，城镇、农村临时救助标准分别提高至每人每次1,500元和1,200元。",
    # 1,284 + 1,842 = 3,126万元
    "全年发放残疾人两项补贴3,126万元，其中困难残疾人生活补贴1,284万元、重度残疾人护理补贴1,842万元，补贴标准分别为每人每月95元、120元和150元。",
    # 980 + 190 = 1,170 (per-member parts of a per-member whole are no count either)
    "特困人员基本生活费提高至每人每月1,170元，由基本生活标准每人每月980元和照料护理补贴每人每月190元两部分组成。",
    # 4,500 + 2,100 = 6,600万元
    "全年发放高龄津贴6,600万元，其中城市4,500万元、农村2,100万元，80至89周岁、90周岁以上老人分别按每人每月100元和300元发放。",
    # 1.8 + 0.6 = 2.4亿元
    "全年发放养老服务补贴2.4亿元，其中居家养老1.8亿元、机构养老0.6亿元，护理补贴分别为每人每月200元、400元。",
]

PER_MEMBER_RUNS_THAT_DO_NOT_FIT = [
    # 城市/农村: 8,460 + 14,100 = 22,560万元 ≠ 2.34亿元
    "全年发放城乡低保金2.34亿元，其中城市低保金8,460万元、农村低保金1.41亿元，城市、农村低保标准分别提高至每人每月860元和690元。",
    # 城镇/农村: 860 + 1,500 = 2,360 ≠ 2,460万元
    "全年发放临时救助资金2,460万元，其中城镇860万元、农村1,500万元，城镇、农村临时救助标准分别提高至每人每次1,500元和1,200元。",
    # 城市/农村: 4,500 + 2,300 = 6,800 ≠ 6,600万元
    "全年发放高龄津贴6,600万元，其中城市4,500万元、农村2,300万元，80至89周岁、90周岁以上老人分别按每人每月100元和300元发放。",
    # 居家/机构: 1.8 + 0.8 = 2.6 ≠ 2.4亿元 (two kinds that 分别为 names as all)
    "全年发放养老服务补贴2.4亿元，居家养老、机构养老补贴分别为1.8亿元、0.8亿元，护理补贴分别为每人每月200元、400元。",
    # 城市/农村: 3,850 + 8,950 = 12,800万元 ≠ 1.26亿元
    "全年累计发放城乡低保金1.26亿元，其中城市低保金3,850万元、农村低保金8,950万元，城市、农村低保标准分别提高至每人每月780元和620元。",
    # 城市/农村: 5,200 + 7,300 = 12,500万元 ≠ 1.26亿元 (standards in 元 before the split)
    "城市、农村低保标准分别提高至每人每月780元和620元，全年累计发放城乡低保金1.26亿元，其中城市低保金5,200万元、农村低保金7,300万元。",
]


@pytest.mark.parametrize("text", PER_MEMBER_RUNS_THAT_FIT)
def test_figures_joined_to_a_per_member_figure(text: str) -> None:
    assert not _any(text, codes=("N101", "N102", "N201"))


@pytest.mark.parametrize("text", PER_MEMBER_RUNS_THAT_DO_NOT_FIT)
def test_a_split_beside_per_member_figures_that_misses(text: str) -> None:
    assert _any(text, codes=("N101", "N102", "N201"))
