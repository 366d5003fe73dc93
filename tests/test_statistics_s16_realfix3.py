"""Session 16 (s16-realfix3): misreadings of 48 more published reports, fixed by general rules.

- A 合计/共计 naming a class of outcomes (纠错: numbers.toml ``rates.numerator-words``) sums
  the items naming one of its members only, also inside a 其中 list (partition.py
  ``_class_members``): 维持 beside them is no correction.
- 出庭应诉率 counts the suits a head attended: a figure of 应诉案件 is its base, not its
  numerator (numbers.toml ``rates.qualifiers``).
- A list carried on in the next sentence by bare items of its unit (「…其他240条。互联网…信息
  17041条。」) is one list (partition.py ``_continued_items``).
- A figure a share is taken of (「完成任务数120条的147.5%」) is a target, no whole of a 其中
  list (partition.py ``_RATIO_BASE_RE``).
- 批 counts batches (of visits), no stock a sibling can exceed (magnitude.py ``_EVENT_UNITS``);
  批 and 批次 are one unit (numbers.toml ``units.same.batches``).
- A day average after a stated quarter, half or month range is over that span's days
  (magnitude.py ``_period_days``).
- 同比增幅/减幅 after 「N件，占Y%」 is the count's change (rates.py ``_COUNT_CHANGE_RE``); 减幅
  is a change word like 降幅 (numbers.toml ``rates.change``).
- 「由A、B…N部分组成」 is counted against its own list first (announced.py ``_composition``).

Every sentence is written for these tests; the arithmetic in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import findings

# --- 1. a total naming a class of outcomes -----------------------------------------------
CLASS_FIT = [
    # 纠错 9 + 6 + 3 = 18 (维持52 aside)
    "全年办结行政复议案件96件，其中维持原行政行为52件，撤销9件、确认违法6件、责令履行3件，合计纠错18件。",
    # 5 + 2 + 4 = 11 (驳回14, 维持28 aside)
    "审结复议案件73件，其中驳回申请14件、维持28件、撤销5件、变更2件、确认违法4件，直接纠错合计11件。",
    # 7 + 2 = 9 (维持40 aside)
    "全年审结案件60件，作出维持决定40件，撤销7件，确认违法2件，合计纠错9件，纠错率15%。",
    # 3 + 1 + 2 = 6 (维持20)
    "办结复议案件33件，其中维持20件，变更3件，责令履行1件，撤销2件，共计纠错6件。",
    # 12 + 4 = 16 (维持61)
    "全年审结行政复议案件90件，其中维持61件、撤销12件、确认违法4件，合计直接纠错16件。",
    # 2 + 2 + 1 = 5 (维持17)
    "全年审结案件30件，维持17件，撤销2件、变更2件、责令履行1件，合计纠错5件。",
    # 8 + 3 = 11 (驳回6)
    "全年审结复议案件45件，其中驳回申请6件，撤销8件，确认违法3件，合计纠错11件。",
    # 4 + 4 = 8 (维持35)
    "审结行政复议案件52件，维持35件，撤销4件、确认违法4件，合计纠错8件。",
]
CLASS_MISS = [
    # 6 + 1 + 3 + 2 = 12, stated 13
    "全年审结行政复议案件73件，其中维持30件，撤销6件、变更1件、确认违法3件、责令履行2件，合计直接纠错13件。",
    # 3 + 4 + 1 + 2 = 10, stated 11
    "全年办结复议案件58件，其中维持34件、驳回申请7件，撤销3件、确认违法4件、变更1件、责令履行2件，以上共计纠错11件。",
    # 9 + 6 + 3 = 18, stated 21
    "全年办结行政复议案件96件，其中维持原行政行为52件，撤销9件、确认违法6件、责令履行3件，合计纠错21件。",
    # 7 + 2 = 9, stated 10
    "全年审结案件60件，作出维持决定40件，撤销7件，确认违法2件，合计纠错10件。",
    # 3 + 1 + 2 = 6, stated 8
    "办结复议案件33件，其中维持20件，变更3件，责令履行1件，撤销2件，共计纠错8件。",
    # 12 + 4 = 16, stated 14
    "全年审结行政复议案件90件，其中维持61件、撤销12件、确认违法4件，合计直接纠错14件。",
    # 2 + 2 + 1 = 5, stated 7
    "全年审结案件30件，维持17件，撤销2件、变更2件、责令履行1件，合计纠错7件。",
    # 4 + 4 = 8, stated 9
    "审结行政复议案件52件，维持35件，撤销4件、确认违法4件，合计纠错9件。",
]


@pytest.mark.parametrize("text", CLASS_FIT)
def test_class_total_sums_its_members_only(text: str) -> None:
    assert not findings(text, codes=("N101", "N102"))


@pytest.mark.parametrize("text", CLASS_MISS)
def test_class_total_still_judged(text: str) -> None:
    assert findings(text, codes=("N101", "N102"))


# --- 2. 出庭应诉率 over a count of suits -----------------------------------------------------
ATTEND_FIT = [
    # 出庭 unstated: 37/58 relates two kinds of case
    "全年办理行政复议案件58件，办理行政应诉案件37件，行政机关负责人出庭应诉率达100%。",
    # 42 应诉 is the base, 出庭 unstated
    "该局办理行政复议案件63件，办结54件；办理行政应诉案件42件，行政机关负责人出庭应诉率达100%。",
    # 31 应诉, 出庭 unstated
    "全年新收行政应诉案件31件，审结26件，负责人出庭应诉率为100%。",
    # 出庭 28 of 28 应诉 = 100
    "全年办理行政应诉案件28件，行政机关负责人出庭应诉28件，出庭应诉率100%。",
]
ATTEND_MISS = [
    # 35/37 = 94.6, stated 100
    "全年应诉行政诉讼案件37件，行政机关负责人出庭应诉35件，出庭应诉率达100%。",
    # 20/25 = 80, stated 90
    "全年办理行政应诉案件25件，负责人出庭应诉20件，出庭应诉率为90%。",
    # 44/48 = 91.7, stated 97.9
    "全年行政应诉案件48件，行政机关负责人出庭应诉44件，出庭应诉率97.9%。",
    # 15/18 = 83.3, stated 88.3
    "全年应诉案件18件，行政机关负责人出庭应诉15件，出庭应诉率88.3%。",
]


@pytest.mark.parametrize("text", ATTEND_FIT)
def test_attendance_rate_not_over_unrelated_counts(text: str) -> None:
    assert not findings(text, codes=("N104",))


@pytest.mark.parametrize("text", ATTEND_MISS)
def test_attendance_rate_still_judged(text: str) -> None:
    assert findings(text, codes=("N104",))


# --- 3. a list carried on in the next sentence ---------------------------------------------
CONTINUED_FIT = [
    # 3340 + 8429 + 2049 + 240 = 14058; + 17041 = 31099
    "全区公开各类政府信息31099条。其中，区政府网站3340条、政务新媒体8429条、部门新媒体2049条，其他传统媒体240条。审批平台信息17041条。",
    # 1203 + 6611 + 985 + 152 = 8951; + 9593 = 18544
    "全年主动公开政府信息共计18544条，其中机构信息1203条、政务动态6611条、通知公告985条、人事信息152条。政策文件及解读类信息9593条。",
    # 218 + 311 = 529; + 118 = 647
    "全年共办理信访事项647件次，其中来信218件次、走访311件次。网上信访118件次。",
    # 420 + 96 = 516; + 34 = 550
    "全年发放宣传资料550份，其中社区折页420份、企业手册96份。海报34份。",
    # 12 + 30 = 42; + 8 + 10 = 60
    "全年开展执法检查60次，其中专项检查12次、日常检查30次。联合检查8次，夜间检查10次。",
    # 56 + 19 + 7 = 82; + 18 = 100
    "全年办理法律援助案件100件，其中民事案件56件、刑事案件19件、行政案件7件。其他案件18件。",
    # 760 + 240 = 1000; + 500 = 1500
    "全年受理热线诉求1500件，其中咨询类760件、求助类240件。投诉类500件。",
    # 120 + 80 = 200; + 50 = 250
    "全年培训执法人员250人次，其中区级培训120人次、街道培训80人次。线上培训50人次。",
]
CONTINUED_MISS = [
    # 3340 + 8429 + 2049 + 240 + 17041 = 31099, stated 31199
    "全区公开各类政府信息31199条。其中，区政府网站3340条、政务新媒体8429条、部门新媒体2049条，其他传统媒体240条。审批平台信息17041条。",
    # 218 + 311 + 128 = 657, stated 647 (one sentence, 分别为)
    "全年共办理信访事项647件次，分别为来信218件次、走访311件次、网上信访128件次。",
    # 420 + 96 + 43 = 559 > 550
    "全年发放宣传资料550份，其中社区折页420份、企业手册96份。海报43份。",
    # 56 + 19 + 7 + 21 = 103, stated 100
    "全年办理法律援助案件100件，其中民事案件56件、刑事案件19件、行政案件7件。其他案件21件。",
    # 760 + 240 + 560 = 1560, stated 1500
    "全年受理热线诉求1500件，分别为咨询类760件、求助类240件、投诉类560件。",
    # 3340 + 8429 + 2049 + 240 = 14058, stated 14158 (the next sentence is another whole)
    "全区公开各类政府信息14158条，分别为区政府网站3340条、政务新媒体8429条、部门新媒体2049条、其他媒体240条。",
    # 1203 + 6611 + 985 + 152 + 9539 = 18490, stated 18544 (其余 closes)
    "全年主动公开政府信息共计18544条，其中机构信息1203条、政务动态6611条、通知公告985条、人事信息152条，其余为政策文件9539条。",
    # 120 + 80 + 70 = 270 > 250
    "全年培训执法人员250人次，其中区级班120人次、街道班80人次。线上班70人次。",
]


# items carried on over several sentences, each with its share of the whole
SHARES_FIT = [
    # 103/1310 = 7.86, 95/1310 = 7.25, 47/1310 = 3.59, 119/1310 = 9.08
    "本月共受理诉求1310件。其中人社类103件，占7.86%。住建类95件，占7.25%。卫健类47件，占3.59%。农林类119件，占9.08%。",
    # 300/1200 = 25, 240/1200 = 20, 180/1200 = 15
    "全年受理投诉1200件。其中物业类300件，占25%。交通类240件，占20%。餐饮类180件，占15%。",
]
SHARES_MISS = [
    # 147/1310 = 11.22, stated 3.59 (the third sentence on)
    "本月共受理诉求1310件。其中人社类103件，占7.86%。住建类95件，占7.25%。卫健类147件，占3.59%。农林类119件，占9.08%。",
    # 180/1200 = 15, stated 18
    "全年受理投诉1200件。其中物业类300件，占25%。交通类240件，占20%。餐饮类180件，占18%。",
]


@pytest.mark.parametrize("text", SHARES_FIT)
def test_shares_of_items_carried_on(text: str) -> None:
    assert not findings(text, codes=("N101", "N102", "N104"))


@pytest.mark.parametrize("text", SHARES_MISS)
def test_shares_of_items_carried_on_still_judged(text: str) -> None:
    assert findings(text, codes=("N104",))


@pytest.mark.parametrize("text", CONTINUED_FIT)
def test_list_carried_on_past_the_full_stop(text: str) -> None:
    assert not findings(text, codes=("N101", "N102"))


@pytest.mark.parametrize("text", CONTINUED_MISS)
def test_list_carried_on_still_judged(text: str) -> None:
    assert findings(text, codes=("N101", "N102"))


# --- 4. a target is no whole of a 其中 list ---------------------------------------------------
TARGET_FIT = [
    # parts 94 + 11 + 13 + 12 + 6 = 136 ≤ 177; 177/120 = 147.5%
    "全镇共公开政府信息177条，完成市级下达任务数120条的147.5%，其中动态类信息94条、财政预决算类11条、救助类13条、公示类12条、执法类6条。",
    # 121 + 37 + 19 + 11 = 188 ≤ 203; 203/150 = 135.3%
    "全年公开信息203条，完成年度任务数150条的135.3%，其中工作动态121条、通知公告37条、政策文件19条、财政信息11条。",
    # 80 + 45 = 125 ≤ 130; 130/100 = 130%
    "全年开展普法活动130场，完成目标任务100场的130%，其中进社区80场、进企业45场。",
    # 线下/线上 split the whole: 340 + 260 = 600; 600/500 = 120%
    "全年培训网格员600人次，为计划培训500人次的120%，其中线下培训340人次、线上培训260人次。",
]
TARGET_MISS = [
    # 121 + 37 + 19 + 11 + 9 + 1 + 16 = 214, stated 203 (其余 closes)
    "全年主动公开政府信息203条，完成市级下达任务数150条的135.3%，其中工作动态121条、通知公告37条、政策文件19条、财政信息11条、人事任免9条、年报1条，其余信息16条。",
    # 80 + 60 = 140 > 130
    "全年开展普法活动130场，完成目标任务100场的130%，其中进社区80场、进企业60场。",
    # 350 + 300 = 650 > 600
    "全年培训网格员600人次，为计划培训500人次的120%，其中线下培训350人次、线上培训300人次。",
    # 236 + 108 + 95 = 439 > 412 (the target 300 aside)
    "年度目标任务为培训执法人员300人次，实际培训412人次，其中乡镇队员236人次、站所人员108人次、村级协管员95人次。",
]


@pytest.mark.parametrize("text", TARGET_FIT)
def test_target_is_no_whole_of_the_list(text: str) -> None:
    assert not findings(text, codes=("N101", "N102"))


@pytest.mark.parametrize("text", TARGET_MISS)
def test_list_of_the_achieved_still_judged(text: str) -> None:
    assert findings(text, codes=("N101", "N102"))


# --- 5. batches of visits, no stock --------------------------------------------------------
BATCH_FIT = [
    # three levels, 5 is no whole of 21 or 64
    "今年以来，全县进京访5批5人次、赴省访21批26人次、到市访64批81人次。",
    "上半年，全县进京访2批、赴省访9批、到市访30批，同比均有下降。",
]
BATCH_MISS = [
    # 3 + 17 + 61 = 81 > 78 (分别为: the levels split the whole)
    "上半年共发生越级上访78批，分别为进京访3批、赴省访17批、到市访61批。",
    # 3 + 17 + 61 = 81 > 78批次 (批 = 批次)
    "上半年共发生越级上访78批次，其中进京访3批、赴省访17批、到市访61批。",
    # 40 + 25 = 65 > 60批次
    "全年抽检食品60批次，其中蔬菜40批、肉类25批。",
]


@pytest.mark.parametrize("text", BATCH_FIT)
def test_batches_of_visits_are_no_stock(text: str) -> None:
    assert not findings(text, codes=("N206",))


@pytest.mark.parametrize("text", BATCH_MISS)
def test_levels_of_visits_still_summed(text: str) -> None:
    assert findings(text, codes=("N101", "N102"))


# --- 6. a day average over a stated span ----------------------------------------------------
DAYS_FIT = [
    # Q1 2025: 90 days, 20693/90 = 229.9
    ("2025年第一季度，12345热线话务总数为20693个，日均230个。", 2025),
    # Q1 2025: 18270/90 = 203.0
    ("2025年第一季度，县热线共受理群众诉求18270件，日均受理约203件。", 2025),
    # H1 2025: 181 days, 36540/181 = 201.9
    ("1—6月，县热线共受理群众诉求36540件，日均202件。", 2025),
    # 上半年 2025: 36540/181 = 201.9
    ("上半年，县热线共受理群众诉求36540件，日均202件。", 2025),
    # Jan-Apr 2023: 120 days, 4800/120 = 40
    ("2023年1至4月，全县共受理环境投诉4800件，日均40件。", 2023),
    # Q3: 92 days, 9200/92 = 100
    ("第三季度，中心共办理业务9200件，日均办理100件。", 2024),
    # 前三季度 2025: 273 days, 27300/273 = 100
    ("前三季度，全区共受理诉求27300件，日均100件。", 2025),
    # Q4: 92 days, 4600/92 = 50
    ("第四季度，热线共接听来电4600个，日均50个。", 2024),
]
DAYS_MISS = [
    # H1 2025: 36540/181 = 201.9, stated 260
    ("2025年上半年，县热线共受理群众诉求36540件，日均受理约260件。", 2025),
    # Q1 2025: 20693/90 = 229.9, stated 280
    ("2025年第一季度，12345热线话务总数为20693个，日均280个。", 2025),
    # Jan-Apr 2023: 4800/120 = 40, stated 48
    ("2023年1至4月，全县共受理环境投诉4800件，日均48件。", 2023),
    # Q3: 9200/92 = 100, stated 120
    ("第三季度，中心共办理业务9200件，日均办理120件。", 2024),
    # a month: 3100/31 = 100, stated 130
    ("2024年3月，县热线共受理群众诉求3100件，日均130件。", 2024),
    # 前三季度 2025: 27300/273 = 100, stated 130
    ("前三季度，全区共受理诉求27300件，日均130件。", 2025),
    # Q4: 4600/92 = 50, stated 70
    ("第四季度，热线共接听来电4600个，日均70个。", 2024),
    # 上半年 2025: 36540/181 = 201.9, stated 230
    ("上半年，县热线共受理群众诉求36540件，日均230件。", 2025),
]


@pytest.mark.parametrize(("text", "year"), DAYS_FIT)
def test_day_average_over_the_stated_span(text: str, year: int) -> None:
    assert not findings(text, year, codes=("N205",))


@pytest.mark.parametrize(("text", "year"), DAYS_MISS)
def test_day_average_over_the_stated_span_still_judged(text: str, year: int) -> None:
    assert findings(text, year, codes=("N205",))


# --- 7. a count's change after its share --------------------------------------------------
COUNT_CHANGE_FIT = [
    # shares 312/1520 = 20.53, 205/1520 = 13.49; 263 → 312 = +18.63%, 191 → 205 = +7.33%
    "本月共受理工单1520件，其中城乡建设类312件，占20.53%，同比增幅18.63%；交通运输类205件，占13.49%，同比增幅7.33%。",
    # 218/1310 = 16.64; 103 → 218 = +111.65%
    "本月共受理诉求1310件。其中公共服务类218件，占16.64%，同比增幅111.65%。",
    # 5/1310 = 0.38; 4 → 5 = +25%
    "本月共受理诉求1310件。其他咨询5件，占0.38%，同比增幅25%。",
    # 1310 = 1411 − 101: 101/1411 = 7.16%
    "本月共受理诉求1310件，同比减少101件，减幅7.16%。",
]
COUNT_CHANGE_MISS = [
    # 101/1411 = 7.16, stated 6.44
    "本月共受理诉求1310件，同比减少101件，减幅6.44%。",
    # 118/1638 = 7.20, stated 8.21
    "本月共受理群众工单1520件，同比减少118件，减幅8.21%。",
    # a rate's change: 满意率 96.2% 同比提高3% (个百分点 expected)
    "本月回访群众820人，满意率96.2%，较上年提高3%。",
]


@pytest.mark.parametrize("text", COUNT_CHANGE_FIT)
def test_count_change_after_a_share(text: str) -> None:
    assert not findings(text, 2023, codes=("N106", "N108"))


@pytest.mark.parametrize("text", COUNT_CHANGE_MISS)
def test_count_and_rate_changes_still_judged(text: str) -> None:
    assert findings(text, 2023, codes=("N106", "N108"))


# --- 8. a composition against its own list --------------------------------------------------
COMPOSED_FIT = [
    # 5 named = 五
    "本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、存在的主要问题及改进情况、其他需要报告的事项五部分组成。",
    # a 、 inside one part: 7 pieces for 六 parts
    "本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项共六个部分组成。",
    # members, not parts: 等 leaves them open
    "领导小组由县司法局、县公安局等12个部门组成。",
    # 3 named = 三
    "方案由指导思想、工作目标、保障措施三部分构成。",
]
COMPOSED_MISS = [
    # 5 named, 六
    "本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、存在问题及改进情况、其他需要报告的事项等六部分组成。",
    # 3 named, 四
    "方案由指导思想、工作目标、保障措施四部分构成。",
    # 4 named, 五
    "工作方案由总体要求、职责分工、办理程序、保障措施五个方面组成。",
]


@pytest.mark.parametrize("text", COMPOSED_FIT)
def test_composition_matches_its_list(text: str) -> None:
    assert not findings(text, codes=("N203",))


@pytest.mark.parametrize("text", COMPOSED_MISS)
def test_composition_short_of_its_count(text: str) -> None:
    assert findings(text, codes=("N203",))
