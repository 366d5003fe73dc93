"""Year-on-year readings for the shapes of own18 s18-yoy (session 18, issue 9, round 2).

1. 门 counts courses (开设法治课程18门): a count unit like 项/个, so a change of courses is
   read (numbers.toml ``units.count``; 门户/门类/门诊/三门峡… are not courses).
2. A minus sign after a word of change turns it round: 「同比增长-5.3%」 is a fall of 5.3%
   (change ``_signed``).
3. Three years or more named in turn, then 分别 and their figures in the same order: a change
   after them naming its pair of years (「2024年较2023年」「2024年比上年」) is read against those
   two figures only (change ``_year_list``).
4. 较上年 with last year's figure in a sentence before: 上年 is the year before the one the
   change's own statement names, not an earlier year the text names (change ``_prior_pair``).
5. A clause opening with a year and its verb before a clause of a later year
   (「2023年受理投诉480件，2024年受理投诉560件，增长12.7%」) states the base, as 「上年受理…」
   does (change ``_BASE_RE``); not a span from or within that year (2019年以来, 2023年底,
   2023年上半年).

Every sentence is written for these tests; each verdict derived by hand, the arithmetic in the
comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import findings

# ---- 1. 门 counts courses -------------------------------------------------------------------
COURSES_WRONG = [
    # 24 / 15 = 1.6 times, not doubled
    "全年开设法治课程24门，比上年的15门增长一倍。",
    # 12 / 9 - 1 = 33.3%, not 50.0%
    "开设法治选修课12门，较上年的9门增长50.0%。",
    # 36 - 30 = 6, not 8
    "全年开设普法网课36门，比上年增加8门（上年为30门）。",
    # 14 / 12 - 1 = 16.7%, not 40%
    "新增法律实务课程14门，同比增长40%（上年为12门）。",
    # 20 / 16 - 1 = 25%, not 20%
    "开设行政执法培训课程20门，较上年的16门增长20%。",
    # 9 / 6 = 1.5 times, not doubled
    "建设法治精品课程9门，较上年的6门增长一倍。",
    # 15 > 12: went up 25%, not 下降
    "开设宪法学习课程15门，比上年的12门下降25%。",
    # 42 / 35 - 1 = 20%, not 25.0%
    "开设法治教育课程42门，比上年的35门增长25.0%。",
]
COURSES_RIGHT = [
    # 24 / 12 = 2: doubled
    "全年开设法治课程24门，比上年的12门增长一倍。",
    # 12 / 9 - 1 = 33.33% -> 33.3%
    "开设法治选修课12门，较上年的9门增长33.3%。",
    # 36 - 30 = 6
    "全年开设普法网课36门，比上年增加6门（上年为30门）。",
    # 14 / 12 - 1 = 16.67% -> 16.7%
    "新增法律实务课程14门，同比增长16.7%（上年为12门）。",
    # 门 in 一门式 counts nothing; 12 / 10 - 1 = 20%
    "推行“一门式”办理，设立综合窗口12个，较上年的10个增长20%。",
    # 42 / 35 - 1 = 20%
    "开设法治教育课程42门，比上年的35门增长20.0%。",
    # 15 / 12 - 1 = 25%
    "开设宪法学习课程15门，比上年的12门增长25%。",
    # no prior figure stated
    "全年开设法治课程30门，同比增长20%。",
]


@pytest.mark.parametrize("text", COURSES_WRONG)
def test_a_change_of_courses_counted_with_men_is_judged(text: str) -> None:
    assert findings(text, 2024, ("N108",))


@pytest.mark.parametrize("text", COURSES_RIGHT)
def test_a_fitting_change_of_courses_is_silent(text: str) -> None:
    assert findings(text, 2024) == []


# ---- 2. a minus sign after the word of change ----------------------------------------------
SIGNED_WRONG = [
    # 214 / 231 - 1 = -7.4%, not -5.3%
    "全年查处涉烟违法案件214件，同比增长-5.3%（上年为231件）。",
    # 1824 / 1949 - 1 = -6.4%, not -4.4%
    "全年受理用户申诉1824件，同比增长-4.4%（上年为1949件）。",
    # 360 / 400 - 1 = -10.0%, not -8.0%
    "全年办理行政许可360件，较上年的400件增长-8.0%。",
    # 95 / 100 - 1 = -5%, not -15%
    "全年收到投诉举报95件，比上年的100件增长-15%。",
    # 86 / 100 - 1 = -14%, not -4% (full-width minus)
    "全年罚没款收入86万元，较上年的100万元增长－4%。",
    # 66 / 60 - 1 = +10%: a rise, not -10%
    "全年受理复议申请66件，较上年的60件增长-10%。",
    # 92.0 / 95.0 - 1 = -3.2%, 92.0 - 95.0 = -3.0 points: neither is -5.0
    "行政许可按时办结率为92.0%，较上年的95.0%增长-5.0%。",
    # 72 / 80 - 1 = -10%, not -12%
    "全年发放法律援助补贴72万元，比上年的80万元增幅为-12%。",
]
SIGNED_RIGHT = [
    # 1824 / 1949 - 1 = -6.41% -> -6.4%
    "全年受理用户申诉1824件，同比增长-6.4%（上年为1949件）。",
    # 360 / 400 - 1 = -10.0%
    "全年办理行政许可360件，较上年的400件增长-10.0%。",
    # 95 / 100 - 1 = -5%
    "全年收到投诉举报95件，比上年的100件增长-5%。",
    # 86 / 100 - 1 = -14%
    "全年罚没款收入86万元，较上年的100万元增长－14%。",
    # 214 / 231 - 1 = -7.36% -> -7.4%
    "全年查处涉烟违法案件214件，同比增长-7.4%（上年为231件）。",
    # 72 / 80 - 1 = -10%
    "全年发放法律援助补贴72万元，比上年的80万元增幅为-10%。",
    # no prior figure stated
    "全年受理行政复议案件140件，同比增长-3.2%。",
    # 66 / 60 - 1 = +10%, no sign
    "全年受理复议申请66件，较上年的60件增长10%。",
]


@pytest.mark.parametrize("text", SIGNED_WRONG)
def test_a_signed_change_that_does_not_fit_is_a_contradiction(text: str) -> None:
    assert findings(text, 2024, ("N106", "N108"))


@pytest.mark.parametrize("text", SIGNED_RIGHT)
def test_a_fitting_signed_change_is_silent(text: str) -> None:
    assert findings(text, 2024) == []


# ---- 3. three years or more with 分别 ------------------------------------------------------
YEARS_WRONG = [
    # 2024 vs 2023: 71 / 58 - 1 = 22.4%, not 26.4%
    "2022年、2023年、2024年分别开展统计执法检查46次、58次、71次，2024年较2023年增长26.4%。",
    # 2024 vs 2022: 71 / 46 - 1 = 54.3%, not 22.4%
    "2022年、2023年、2024年分别开展统计执法检查46次、58次、71次，2024年较2022年增长22.4%。",
    # 2024 vs 上年 2023: 12.0 - 11.2 = 0.8 points, not 1.8
    "2021年、2022年、2023年、2024年行政复议纠错率分别为8.1%、9.6%、11.2%、12.0%，"
    "2024年比上年提高1.8个百分点。",
    # 2023 vs 2022: 171 / 150 - 1 = 14.0%, not 12.0%
    "2021年、2022年、2023年分别受理行政复议申请120件、150件、171件，2023年比上年增长12.0%。",
    # 2024 vs 2023: 120 / 96 - 1 = 25.0%, not 20.0%
    "2022年、2023年、2024年分别投入法治建设经费80万元、96万元、120万元，2024年较2023年增长20.0%。",
    # 2023 vs 2020: 140 / 100 - 1 = 40%, not 30%
    "2020年、2021年、2022年、2023年分别办理公证事项100件、110件、121件、140件，2023年较2020年增长30%。",
    # 2024 vs 2023: 95.0 - 92.0 = 3.0 points, not 5.0
    "2022年、2023年、2024年群众满意率分别为90.0%、92.0%、95.0%，2024年较2023年提高5.0个百分点。",
    # 2024 vs 2023: 282 / 300 - 1 = -6.0%, not -12.4%
    "2022年、2023年、2024年分别发生火灾322起、300起、282起，2024年较2023年下降12.4%。",
]
YEARS_RIGHT = [
    # 5.6 / 4.8 - 1 = 16.67% -> 16.7% (against 2022 it would be 33.3%)
    "2022年、2023年、2024年分别办理公积金提取业务4.2万笔、4.8万笔、5.6万笔，2024年比2023年增长16.7%。",
    # 71 / 46 - 1 = 54.35% -> 54.3%
    "2022年、2023年、2024年分别开展统计执法检查46次、58次、71次，2024年较2022年增长54.3%。",
    # 12.0 - 11.2 = 0.8 points
    "2021年、2022年、2023年、2024年行政复议纠错率分别为8.1%、9.6%、11.2%、12.0%，"
    "2024年比上年提高0.8个百分点。",
    # 171 / 150 - 1 = 14.0%
    "2021年、2022年、2023年分别受理行政复议申请120件、150件、171件，2023年比上年增长14.0%。",
    # 120 / 96 - 1 = 25.0%
    "2022年、2023年、2024年分别投入法治建设经费80万元、96万元、120万元，2024年较2023年增长25.0%。",
    # 140 / 100 - 1 = 40%
    "2020年、2021年、2022年、2023年分别办理公证事项100件、110件、121件、140件，2023年较2020年增长40%。",
    # a yearly average names no pair: (71 / 46) ** 0.5 - 1 = 24.2%
    "2022年、2023年、2024年分别开展统计执法检查46次、58次、71次，年均增长24.2%。",
    # 282 / 300 - 1 = -6.0%
    "2022年、2023年、2024年分别发生火灾322起、300起、282起，2024年较2023年下降6.0%。",
]


@pytest.mark.parametrize("text", YEARS_WRONG)
def test_a_change_naming_two_years_of_a_year_list_is_judged_against_them(text: str) -> None:
    found = findings(text, 2024, ("N106", "N108"))
    assert found and found[0][0] in ("N106", "N108")


@pytest.mark.parametrize("text", YEARS_RIGHT)
def test_a_fitting_or_unpaired_change_after_a_year_list_is_silent(text: str) -> None:
    assert findings(text, 2024) == []


# ---- 4. 上年 is the year before the statement's own year -----------------------------------
PRIOR_WRONG = [
    # 47 / 38 - 1 = 23.7%, not 27.3%
    "2023年，全市共查处统计违法案件38件。2024年，全市查处统计违法案件47件，较上年增长27.3%。",
    # 1320 / 1380 - 1 = -4.3%: a fall, not 增长6.5%
    "2022年，全区受理消费投诉1380件。2023年受理消费投诉1320件，较上年增长6.5%。",
    # 946 / 860 - 1 = 10.0%, not 12%
    "2021年，全县调解矛盾纠纷860件。2022年调解矛盾纠纷946件，较上年增长12%。",
    # 94.0 - 91.5 = 2.5 points, not 3.5
    "2023年，政务服务群众满意率为91.5%。2024年政务服务群众满意率为94.0%，较上年提高3.5个百分点。",
    # 9120 - 8650 = 470, not 570
    "2023年，全市办理公证事项8650件。2024年办理公证事项9120件，较上年增加570件。",
    # 较2022年 names that year: 48 / 36 - 1 = 33.3%, not 14.3%
    "2022年，全局发布重大气象信息专报36期。2024年发布重大气象信息专报48期，较2022年增长14.3%。",
    # 150 / 120 - 1 = 25%, not 20%
    "2023年，全县查处违法建设案件120件。2024年查处违法建设案件150件，较上年增长20%。",
    # 60 / 48 - 1 = 25%, not 20%
    "2023年，全区审查规范性文件48件。2024年审查规范性文件60件，较上年增长20%。",
]
PRIOR_RIGHT = [
    # 上年 = 2023, not stated (42 would fit: 48 / 42 - 1 = 14.3%); 2022's 36 is not the base
    "2022年，全局发布重大气象信息专报36期。2024年发布重大气象信息专报48期，较上年增长14.3%。",
    # 上年 = 2023, not stated; 2022's 1380 is not the base
    "2022年，全区受理消费投诉1380件。2024年受理消费投诉1320件，较上年增长6.5%。",
    # 上年 = 2023, not stated; 2021's 860 is not the base
    "2021年，全县调解矛盾纠纷860件。2024年调解矛盾纠纷946件，较上年下降3.2%。",
    # 上年 = 2023, not stated; 2022's 91.5% is not the base
    "2022年，政务服务群众满意率为91.5%。2024年政务服务群众满意率为94.0%，较上年提高0.5个百分点。",
    # 上年 = 2023, not stated; 2022's 8650 is not the base
    "2022年，全市办理公证事项8650件。2024年办理公证事项9120件，较上年增加120件。",
    # 47 / 38 - 1 = 23.68% -> 23.7%
    "2023年，全市共查处统计违法案件38件。2024年，全市查处统计违法案件47件，较上年增长23.7%。",
    # 150 / 120 - 1 = 25%
    "2023年，全县查处违法建设案件120件。2024年查处违法建设案件150件，较上年增长25%。",
    # 上年 = 2023, not stated; 2021's 48 is not the base
    "2021年，全区审查规范性文件48件。2024年审查规范性文件60件，较上年增长5.3%。",
]


@pytest.mark.parametrize("text", PRIOR_WRONG)
def test_last_years_figure_in_a_sentence_before_is_the_base(text: str) -> None:
    assert findings(text, 2024, ("N106", "N108"))


@pytest.mark.parametrize("text", PRIOR_RIGHT)
def test_an_earlier_years_figure_is_no_base_of_shang_nian(text: str) -> None:
    assert findings(text, 2024) == []


# ---- 5. a clause opening with an earlier year states the base ---------------------------------
YEAR_CLAUSE_WRONG = [
    # 560 / 480 - 1 = 16.7%, not 12.7%
    "2023年受理消费投诉480件，2024年受理消费投诉560件，增长12.7%。",
    # 56000 / 48000 - 1 = 16.7%, not 12.7%
    "2023年办理公积金提取业务48000笔，2024年办理56000笔，同比增长12.7%。",
    # 203 / 156 - 1 = 30.1%, not 31.1%
    "2023年查处违法建设案件156件，2024年查处违法建设案件203件，比上年增长31.1%。",
    # 126 / 108 - 1 = 16.7%, not 12.5%
    "2023年发布气象灾害预警信息108条，2024年发布126条，增长12.5%。",
    # 54 < 60: a fall of 10%, not 增长
    "2023年组织消防执法检查60次，2024年组织消防执法检查54次，增长10%。",
    # 86.5 / 72.4 - 1 = 19.5%, not 17.5%
    "2023年收缴罚没款72.4万元，2024年收缴罚没款86.5万元，增长17.5%。",
    # 94.0 - 91.5 = 2.5 points, not 3.5
    "2023年政务服务满意率为91.5%，2024年政务服务满意率为94.0%，提高3.5个百分点。",
    # 946 - 860 = 86, not 96
    "2023年调解矛盾纠纷860件，2024年调解矛盾纠纷946件，增加96件。",
]
YEAR_CLAUSE_RIGHT = [
    # 560 / 480 - 1 = 16.67% -> 16.7%
    "2023年受理消费投诉480件，2024年受理消费投诉560件，增长16.7%。",
    # a cumulative since 2019 is no base; the prior is not stated (240 would fit: 9.58%)
    "2019年以来累计受理消费投诉1286件，2024年受理消费投诉263件，同比增长9.6%。",
    # the same without 累计: 以来 opens a span, not last year's figure
    "2019年以来受理消费投诉1286件，2024年受理消费投诉263件，同比增长9.6%。",
    # a stock at the end of 2023 is no base of this year's new ones (prior not stated)
    "2023年底累计注册志愿者2100人，2024年新增注册志愿者320人，同比增长6.7%。",
    # a half of 2023 is no base of the whole of 2024 (prior not stated)
    "2023年上半年受理消费投诉210件，2024年受理消费投诉560件，同比增长12.7%。",
    # 126 / 108 - 1 = 16.67% -> 16.7%
    "2023年发布气象灾害预警信息108条，2024年发布126条，增长16.7%。",
    # 94.0 - 91.5 = 2.5 points
    "2023年政务服务满意率为91.5%，2024年政务服务满意率为94.0%，提高2.5个百分点。",
    # 946 - 860 = 86
    "2023年调解矛盾纠纷860件，2024年调解矛盾纠纷946件，增加86件。",
]


@pytest.mark.parametrize("text", YEAR_CLAUSE_WRONG)
def test_a_clause_of_an_earlier_year_is_the_base_of_the_change(text: str) -> None:
    assert findings(text, 2024, ("N106", "N108"))


@pytest.mark.parametrize("text", YEAR_CLAUSE_RIGHT)
def test_a_fitting_change_or_a_span_of_an_earlier_year_is_silent(text: str) -> None:
    assert findings(text, 2024) == []
