"""Rates and year-on-year changes, session 9 (helper s9-ry).

Every sentence is written for these tests from the general mechanism (bodies, nouns and
numbers varied; none is taken from a statistics set). The expected verdicts were worked out
by hand:

* 多出 as a change after the period compared with (「比上年多出65件」), like 多: the base is
  the current figure less the amount. 520 − 65 = 455, 65 ÷ 455 = 14.3% (15.0% fails);
  3,150 − 350 = 2,800, 12.5% (10.0% fails); 84 − 24 = 60, 40% (30% fails); 312 − 52 = 260,
  20% (25% fails); 96.5 − 16.5 = 80万, 20.6% (16.5% fails); 1,248 − 208 = 1,040, 20% (16.7%
  fails); 63 − 9 = 54, 16.7% (12.5% fails); 4,200 − 600 = 3,600, 16.7% (14.3% fails, the
  current figure in the sentence before: a warning). Silent: the right figures, and 多出
  after anything but a period (比计划多出20场).
* days counted (「有效监测天数365天」, a number of days named 天数) are terms of a rate over
  days: 298 ÷ 365 = 81.6% (83.6% fails); 45 ÷ 250 = 18% (20% fails); 132 ÷ 330 = 40% (45%
  fails); 340 ÷ 366 = 92.9% (95.9% fails); 56 ÷ 280 = 20% (25% fails); 301 ÷ 362 = 83.1%
  (85.1% fails); 90 ÷ 300 = 30% (33.3% fails); 25 ÷ 250 = 10% (12.5% fails). Silent: the
  right rates, and a rate of something else beside days (整改率, 参训率).
* due and done stated by 应/实 and a one-character verb that the rate's name ends with
  (「应考860人，实考845人，参考率…」): 845 ÷ 860 = 98.3% (99.1% fails); 120 ÷ 126 = 95.2%
  (98.4% fails); 551 ÷ 580 = 95.0% (96.0% fails); 205 ÷ 212 = 96.7% (98.2% fails); 132 ÷
  138 = 95.7% (97.8% fails); 1,378 ÷ 1,420 = 97.0% (98.8% fails); 91 ÷ 96 = 94.8% (96.9%
  fails); 3,198 ÷ 3,260 = 98.1% (99.6% fails). Silent: the right rates, and a rate whose
  name's head is not the verb (考试合格率 beside 应考/实考).
* a 个百分点 change against a sentence of last year's rate (「上年…率为…」「据统计，2022年…」,
  its own sentence or paragraph) and the rate of that name stated before it: 14.6 − 11.2 =
  3.4 (4.4 fails); 92.5 − 86.0 = 6.5 (5.5 fails); 97.2 − 95.8 = 1.4 (2.4 fails); 2.6 − 1.8
  = 0.8 fallen (1.2 fails); 96.5 − 93.0 = 3.5 (2.5 fails); 98.2 − 95.4 = 2.8 (3.8 fails);
  96.4 − 94.9 = 1.5 (0.5 fails); 99.1 − 97.6 = 1.5 (0.5 fails). Warnings (a link by words).
  Silent: the right differences, another rate last year (败诉率 for 纠错率), a year that is
  not the one before the report's (2021年 in a report on 2023), a current rate of an earlier
  year, a change against another year (较2021年).
* 翻番 (or 增长一倍) whose sentence states only the base (「与上年的320件相比，…翻了一番」),
  against the current figure of the same thing in the sentences or paragraphs before: 580 ÷
  320 = 1.81; 96 ÷ 60 = 1.6; 46 ÷ 30 = 1.53; 4,800 ÷ 3,000 = 1.6; 38 ÷ 25 = 1.52; 12.6 ÷ 8.4
  = 1.5; 264 ÷ 150 = 1.76; 1,360 ÷ 800 = 1.7; 38 ÷ 25 = 1.52 two paragraphs after: none
  doubled (warnings). Silent: bases of half the current figure (290, 48, 23, 2,400, 19, 6.3,
  132, 680, 19), another thing (公证业务 after
  法律援助案件), another unit (人次 after 场).
* a direction without an amount after a list of last year's figures (「较上年的52起、28人实现
  “双下降”」「与上年的27起、79万元相比均有所下降」「较上年的398件有所减少」), each figure
  against this year's of its unit: 31 > 28 (双下降 fails); 86 > 79万元; 412 > 398 (减少
  fails); 186 > 172 (the current figures in the paragraph before: a warning); 4.8% > 4.2%
  (下降 fails); 93.6% < 95.1% (提升 fails); 2,310 < 2,480 (增加 fails, the sentence before:
  a warning); 520 < 540 (增长 fails; units repeat: a warning); 120 > 105万元 two paragraphs
  before (a warning). Silent: the figures moving the
  stated way (26 < 28, 71 < 79, 386 < 398, 186 < 192 and 1,240 < 1,380, 3.8 < 4.2, 96.3 >
  95.1, 2,610 > 2,480, 560 > 540 and 512 > 498), an amount after the verb (分别下降11.5%和
  7.1%: 6 ÷ 52, 2 ÷ 28), a direction of another thing (平均处置时间明显缩短), 98 < 105万元,
  a subject paragraphs before that the list's clause does not name (信访事项 after 违法案件),
  a reading that fits among the figures of the unit (1,200 > 1,100 beside a part of 56).
* the rest of a 其中 list named by the rate's stem (「其中差评260条，其余均为满意评价」) is its
  numerator: (32,500 − 260) ÷ 32,500 = 99.2% (99.6% fails); (860 − 17) ÷ 860 = 98.0% (98.8%
  fails); (148 − 9) ÷ 148 = 93.9% (96.6% fails); (1,250 − 38) ÷ 1,250 = 97.0% (98.5% fails);
  (2,180 − 64 − 9) ÷ 2,180 = 96.7% (98.1% fails); (420 − 35) ÷ 420 = 91.7% (93.5% fails);
  (316 − 18) ÷ 316 = 94.3% (96.2% fails); (9,640 − 210) ÷ 9,640 = 97.8% (99.5% fails).
  Warnings (a reading the name implies). Silent: the right rates, a rest named otherwise (中评
  和好评 for 满意率; 窗口办理 for 网上办理率, whose own reading stays an error), a rest with
  its own figure.
"""

from __future__ import annotations

import pytest

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity

E, W = Severity.ERROR, Severity.WARNING


def found(text: str, year: int = 2023) -> list[tuple[str | None, Severity | None, str]]:
    return [(r.code, r.severity, r.message) for r in contradictions(analyze_text(text, year))]


def codes(text: str, wanted: tuple[str, ...], year: int = 2023) -> list[tuple[str, Severity]]:
    return [(c, s) for c, s, _ in found(text, year) if c in wanted and c and s]


# --- 1. 多出 after the period compared with ----------------------------------------------------

MORE_BY_WRONG = [
    ("全年受理劳动仲裁案件520件，比上年多出65件，增幅为15.0%。", E),
    ("区市场监管局全年办结投诉举报3,150件，较去年多出350件，增长了10.0%。", E),
    ("全镇新增人民调解员84名，比上年多出24名，增幅30%。", E),
    ("全年开展送法下乡活动312场次，比上年多出52场次，增长25%。", E),
    ("全年发放法律援助补贴96.5万元，比上年多出16.5万元，增幅为16.5%。", E),
    ("区司法局全年审查合同1,248份，较上年多出208份，同比增长16.7%。", E),
    ("全年备案审查规范性文件63件，比上年同期多出9件，增长12.5%。", E),
    ("全年办理公证事项4,200件。公证事项数比上年多出600件，增幅为14.3%。", W),
]

MORE_BY_RIGHT = [
    "全年受理劳动仲裁案件520件，比上年多出65件，增幅为14.3%。",
    "区市场监管局全年办结投诉举报3,150件，较去年多出350件，增长了12.5%。",
    "全镇新增人民调解员84名，比上年多出24名，增幅40%。",
    "全年开展送法下乡活动312场次，比上年多出52场次，增长20%。",
    "全年发放法律援助补贴96.5万元，比上年多出16.5万元，增幅为20.6%。",
    "区司法局全年审查合同1,248份，较上年多出208份，同比增长20%。",
    "全年备案审查规范性文件63件，比上年同期多出9件，增长16.7%。",
    "全年办理公证事项4,200件。公证事项数比上年多出600件，增幅为16.7%。",
    # 多出 against a plan is no change of a period
    "全年完成普法培训120场，比计划多出20场，超出计划16.7%以上。",
]


@pytest.mark.parametrize(("text", "severity"), MORE_BY_WRONG)
def test_more_by_reported(text: str, severity: Severity) -> None:
    assert codes(text, ("N108",)) == [("N108", severity)], found(text)


@pytest.mark.parametrize("text", MORE_BY_RIGHT)
def test_more_by_silent(text: str) -> None:
    assert codes(text, ("N108", "N106")) == [], found(text)


# --- 2. days counted as the terms of a rate over days -----------------------------------------

DAYS_WRONG = [
    "全年有效监测天数365天，其中空气质量优良天数298天，优良天数比例为83.6%。",
    "区法院全年审判工作天数250天，其中开展巡回审判的天数为45天，巡回审判天数占比为20%。",
    "街道综合执法队全年执勤天数为330天，其中夜间执勤天数132天，夜间执勤天数占比45%。",
    "全年监测天数366天，水质达标天数为340天，达标天数比例为95.9%。",
    "县水务局全年河道巡查天数280天，其中联合巡查天数56天，联合巡查天数比例为25%。",
    "全年有效监测天数362天，其中优良天数为301天。优良天数比例为85.1%。",
    "区图书馆全年开放天数300天，其中延时服务天数为90天，延时服务天数占比达到33.3%。",
    "区政务服务中心全年对外办公天数250天，其中周末预约办公天数25天，周末办公天数占比12.5%。",
]

DAYS_RIGHT = [
    "全年有效监测天数365天，其中空气质量优良天数298天，优良天数比例为81.6%。",
    "区法院全年审判工作天数250天，其中开展巡回审判的天数为45天，巡回审判天数占比为18%。",
    "街道综合执法队全年执勤天数为330天，其中夜间执勤天数132天，夜间执勤天数占比40%。",
    "全年监测天数366天，水质达标天数为340天，达标天数比例为92.9%。",
    "县水务局全年河道巡查天数280天，其中联合巡查天数56天，联合巡查天数比例为20%。",
    "全年有效监测天数362天，其中优良天数为301天。优良天数比例为83.1%。",
    "区图书馆全年开放天数300天，其中延时服务天数为90天，延时服务天数占比达到30%。",
    "区政务服务中心全年对外办公天数250天，其中周末预约办公天数25天，周末办公天数占比10%。",
    # a rate of something other than days beside counted days
    "县水务局全年河道巡查天数280天，发现问题126个，问题整改率100%。",
    "全年组织集中培训天数12天，执法人员参训率为98.5%。",
]


@pytest.mark.parametrize("text", DAYS_WRONG)
def test_counted_days_reported(text: str) -> None:
    assert [c for c, _ in codes(text, ("N104",))] == ["N104"], found(text)


@pytest.mark.parametrize("text", DAYS_RIGHT)
def test_counted_days_silent(text: str) -> None:
    assert codes(text, ("N104",)) == [], found(text)


# --- 3. 应X / 实X with a one-character verb -----------------------------------------------------

DUE_ONE_WRONG = [
    "区人社局组织执法资格考试，应考860人，实考845人，参考率为99.1%。",
    "全区召开村（社区）法律顾问工作推进会，应到126人，实到120人，到会率98.4%。",
    "全年罚没收入中，应缴580万元，实缴551万元，缴纳率为96.0%。",
    "街道组织网格员业务测试，应测212人，实测205人，参测率为98.2%。",
    "年度述法考核中，应述138个单位，实述132个，述法率为97.8%。",
    "全镇组织兵役登记，应登1,420人，实登1,378人，登记率98.8%。",
    "区教育局组织法治副校长培训，应训96人，实训91人，参训率为96.9%。",
    "特种设备年度检验中，应检3,260台，实检3,198台，检验率99.6%。",
]

DUE_ONE_RIGHT = [
    "区人社局组织执法资格考试，应考860人，实考845人，参考率为98.3%。",
    "全区召开村（社区）法律顾问工作推进会，应到126人，实到120人，到会率95.2%。",
    "全年罚没收入中，应缴580万元，实缴551万元，缴纳率为95.0%。",
    "街道组织网格员业务测试，应测212人，实测205人，参测率为96.7%。",
    "年度述法考核中，应述138个单位，实述132个，述法率为95.7%。",
    "全镇组织兵役登记，应登1,420人，实登1,378人，登记率97.0%。",
    "区教育局组织法治副校长培训，应训96人，实训91人，参训率为94.8%。",
    "特种设备年度检验中，应检3,260台，实检3,198台，检验率98.1%。",
    # the head of the name is not the verb: no reading of 应考/实考
    "区人社局组织执法资格考试，应考860人，实考845人，考试合格率为99.2%。",
    "区人社局组织执法资格考试，应考860人，实考845人，参考率98.3%，考试合格率100%。",
]


@pytest.mark.parametrize("text", DUE_ONE_WRONG)
def test_due_one_reported(text: str) -> None:
    assert codes(text, ("N104",)) == [("N104", E)], found(text)


@pytest.mark.parametrize("text", DUE_ONE_RIGHT)
def test_due_one_silent(text: str) -> None:
    assert codes(text, ("N104",)) == [], found(text)


# --- 4. a 个百分点 change against a sentence of last year's rate ----------------------------------

PRIOR_RATE_WRONG = [
    "全区行政复议纠错率为14.6%。上年全区行政复议纠错率为11.2%。与上年相比，纠错率提高了4.4个百分点。",
    "2023年，区市场监管局推进“双随机、一公开”监管，抽查事项覆盖率达到92.5%。\n数据显示，2022年"
    "全区抽查事项覆盖率为86.0%。\n与上年相比，抽查事项覆盖率提升了5.5个百分点。",
    "全镇矛盾纠纷调解成功率为97.2%，创历年新高。\n去年全镇矛盾纠纷调解成功率为95.8%。\n"
    "调解成功率较上年提高了2.4个百分点。",
    "区城管局执法投诉率为1.8%。\n上年区城管局执法投诉率为2.6%。\n执法投诉率同比下降了1.2个百分点。",
    "2023年，区人社局劳动人事争议仲裁结案率达到96.5%。\n全年开展仲裁庭审观摩活动12场。\n"
    "据统计，2022年仲裁结案率为93.0%。\n与上年相比，仲裁结案率提高2.5个百分点。",
    "全区政务服务事项网上可办率达到98.2%。\n2022年全区政务服务事项网上可办率为95.4%。\n"
    "网上可办率比上年提高了3.8个百分点。",
    "区税务局纳税人满意度为96.4%。\n回顾上年，纳税人满意度为94.9%。\n纳税人满意度较上年提高0.5个百分点。",
    "全区法律援助案件群众满意率达99.1%。\n上年法律援助案件群众满意率为97.6%，部分案件回访不及时。\n"
    "群众满意率较上年提升了0.5个百分点。",
]

PRIOR_RATE_RIGHT = [
    "全区行政复议纠错率为14.6%。上年全区行政复议纠错率为11.2%。与上年相比，纠错率提高了3.4个百分点。",
    "2023年，区市场监管局推进“双随机、一公开”监管，抽查事项覆盖率达到92.5%。\n数据显示，2022年"
    "全区抽查事项覆盖率为86.0%。\n与上年相比，抽查事项覆盖率提升了6.5个百分点。",
    "全镇矛盾纠纷调解成功率为97.2%，创历年新高。\n去年全镇矛盾纠纷调解成功率为95.8%。\n"
    "调解成功率较上年提高了1.4个百分点。",
    "区城管局执法投诉率为1.8%。\n上年区城管局执法投诉率为2.6%。\n执法投诉率同比下降了0.8个百分点。",
    "2023年，区人社局劳动人事争议仲裁结案率达到96.5%。\n全年开展仲裁庭审观摩活动12场。\n"
    "据统计，2022年仲裁结案率为93.0%。\n与上年相比，仲裁结案率提高3.5个百分点。",
    "全区政务服务事项网上可办率达到98.2%。\n2022年全区政务服务事项网上可办率为95.4%。\n"
    "网上可办率比上年提高了2.8个百分点。",
    "区税务局纳税人满意度为96.4%。\n回顾上年，纳税人满意度为94.9%。\n纳税人满意度较上年提高1.5个百分点。",
    "全区法律援助案件群众满意率达99.1%。\n上年法律援助案件群众满意率为97.6%，部分案件回访不及时。\n"
    "群众满意率较上年提升了1.5个百分点。",
    # another rate last year
    "全区行政复议纠错率为14.6%。上年全区行政复议败诉率为11.2%。与上年相比，纠错率提高了4.4个百分点。",
    "全区行政复议纠错率为14.6%。\n上年全区行政复议败诉率为11.2%。\n与上年相比，行政复议纠错率提高了4.4个百分点。",
    # 2021 is not the year before a report on 2023
    "全区政务服务事项网上可办率达到98.2%。\n2021年全区政务服务事项网上可办率为95.4%。\n"
    "网上可办率比上年提高了3.8个百分点。",
    # the rate before last year's is of the year before it
    "2021年全区网上可办率为90.1%。2022年全区网上可办率为95.4%。网上可办率比上年提高了3.8个百分点。",
    # a change against another year than the one stated
    "全区网上可办率达到98.2%。上年全区网上可办率为95.4%。网上可办率较2021年提高了3.8个百分点。",
]


@pytest.mark.parametrize("text", PRIOR_RATE_WRONG)
def test_prior_rate_sentence_reported(text: str) -> None:
    assert codes(text, ("N108", "N106")) == [("N108", W)], found(text)


@pytest.mark.parametrize("text", PRIOR_RATE_RIGHT)
def test_prior_rate_sentence_silent(text: str) -> None:
    assert codes(text, ("N108", "N106")) == [], found(text)


# --- 5. 翻番 whose sentence states only the base ----------------------------------------------

DOUBLED_WRONG = [
    "全年办理法律援助案件580件。与上年的320件相比，法律援助案件数量翻了一番。",
    "区司法局全年开展“法律进企业”活动96场次。同上年的60场次相比，“法律进企业”活动场次实现翻番。",
    "全镇聘请村居法律顾问46名。\n与上年的30名相比，村居法律顾问人数翻了一番。",
    "区市场监管局受理消费投诉4,800件。\n全年为消费者挽回经济损失320万元。\n"
    "与上年的3,000件相比，消费投诉数量翻了一番。",
    "全年新增公共法律服务工作站38个。与上年的25个相比，法律服务工作站数量增长了一倍。",
    "全区发放法治宣传资料12.6万份。与上年的8.4万份相比，宣传资料发放量翻了一番。",
    "街道调处邻里纠纷264件。\n与上年的150件相比，邻里纠纷调处数翻番。",
    "全年办理行政许可事项1,360件。\n全年开展执法检查85次。\n与上年的800件相比，行政许可事项办理量翻了一番。",
    "全年新建公共法律服务工作站38个。\n全年开展法律咨询1,200次。\n"
    "与上年的25个相比，法律服务工作站数量增长了一倍。",
]

DOUBLED_RIGHT = [
    "全年办理法律援助案件580件。与上年的290件相比，法律援助案件数量翻了一番。",
    "区司法局全年开展“法律进企业”活动96场次。同上年的48场次相比，“法律进企业”活动场次实现翻番。",
    "全镇聘请村居法律顾问46名。\n与上年的23名相比，村居法律顾问人数翻了一番。",
    "区市场监管局受理消费投诉4,800件。\n全年为消费者挽回经济损失320万元。\n"
    "与上年的2,400件相比，消费投诉数量翻了一番。",
    "全年新增公共法律服务工作站38个。与上年的19个相比，法律服务工作站数量增长了一倍。",
    "全区发放法治宣传资料12.6万份。与上年的6.3万份相比，宣传资料发放量翻了一番。",
    "街道调处邻里纠纷264件。\n与上年的132件相比，邻里纠纷调处数翻番。",
    "全年办理行政许可事项1,360件。\n全年开展执法检查85次。\n与上年的680件相比，行政许可事项办理量翻了一番。",
    "全年新建公共法律服务工作站38个。\n全年开展法律咨询1,200次。\n"
    "与上年的19个相比，法律服务工作站数量增长了一倍。",
    # another thing doubled
    "全年办理法律援助案件580件。与上年的320件相比，公证业务数量翻了一番。",
    # another unit
    "全年开展普法讲座96场。与上年的60人次相比，听讲人次翻了一番。",
    # the current figure after it in its sentence (172 × 2 = 344), not the one before
    "全年新聘村居法律顾问300名。法律顾问人数较上年的172名翻了一番，达到344名。",
]


@pytest.mark.parametrize("text", DOUBLED_WRONG)
def test_doubled_base_only_reported(text: str) -> None:
    assert codes(text, ("N108",)) == [("N108", W)], found(text)


@pytest.mark.parametrize("text", DOUBLED_RIGHT)
def test_doubled_base_only_silent(text: str) -> None:
    assert codes(text, ("N108",)) == [], found(text)


# --- 6. a direction without an amount after last year's figures --------------------------------

DIRECTION_WRONG = [
    ("全年发生道路交通事故46起、受伤31人，较上年的52起、28人实现“双下降”。", E),
    ("全区发生火灾事故23起、直接财产损失86万元，与上年的27起、79万元相比均有所下降。", E),
    ("全年受理信访事项412件，较上年的398件有所减少。", E),
    (
        "区人社局全年受理欠薪投诉186件、涉及金额1,240万元。\n"
        "欠薪投诉件数和涉及金额较上年的172件、1,380万元实现双下降。",
        W,
    ),
    ("全区行政诉讼败诉率为4.8%，较上年的4.2%有所下降。", E),
    ("全年群众满意度为93.6%，较上年的95.1%进一步提升。", E),
    ("全年办理行政许可事项2,310件、办结率99.5%。许可事项数量较上年的2,480件有所增加。", W),
    ("街道调处矛盾纠纷520件、调解成功506件，较上年的540件、498件均有所增长。", W),
    # a paragraph between: 120 > 105万元
    (
        "全年查处食品安全违法案件86件、罚没款项120万元。\n全年开展食品安全宣传活动45场。\n"
        "食品安全违法案件和罚没款项较上年的92件、105万元实现双下降。",
        W,
    ),
]

DIRECTION_RIGHT = [
    "全年发生道路交通事故46起、受伤26人，较上年的52起、28人实现“双下降”。",
    "全区发生火灾事故23起、直接财产损失71万元，与上年的27起、79万元相比均有所下降。",
    "全年受理信访事项386件，较上年的398件有所减少。",
    "区人社局全年受理欠薪投诉186件、涉及金额1,240万元。\n"
    "欠薪投诉件数和涉及金额较上年的192件、1,380万元实现双下降。",
    "全区行政诉讼败诉率为3.8%，较上年的4.2%有所下降。",
    "全年群众满意度为96.3%，较上年的95.1%进一步提升。",
    "全年办理行政许可事项2,610件、办结率99.5%。许可事项数量较上年的2,480件有所增加。",
    "街道调处矛盾纠纷560件、调解成功512件，较上年的540件、498件均有所增长。",
    # an amount after the verb: the relative reading, which fits
    "全年发生道路交通事故46起、受伤26人，较上年的52起、28人分别下降11.5%和7.1%。",
    # the direction is of another thing
    "全年发生道路交通事故46起，较上年的40起，事故平均处置时间明显缩短。",
    "全年查处食品安全违法案件86件、罚没款项98万元。\n全年开展食品安全宣传活动45场。\n"
    "食品安全违法案件和罚没款项较上年的92件、105万元实现双下降。",
    # each figure of the unit is a reading: 1,200 > 1,100 fits (56 is a part)
    "全区法院全年办理行政案件1,200件，其中上年结转56件，较上年的1,100件有所增加。",
    # another subject paragraphs before (86 > 80, but of 违法案件, not 信访事项)
    "全年查处食品安全违法案件86件。\n全年开展食品安全宣传活动45场。\n信访事项较上年的80件有所减少。",
]


@pytest.mark.parametrize(("text", "severity"), DIRECTION_WRONG)
def test_direction_only_reported(text: str, severity: Severity) -> None:
    assert codes(text, ("N108",)) == [("N108", severity)], found(text)


@pytest.mark.parametrize("text", DIRECTION_RIGHT)
def test_direction_only_silent(text: str) -> None:
    assert codes(text, ("N108",)) == [], found(text)


# --- 7. the rest of a 其中 list named by the rate's stem ----------------------------------------

REST_WRONG = [
    "区税务局全年收到纳税人评价32,500条，其中差评260条，其余均为满意评价，纳税人满意率为99.6%。",
    "全年办结信访事项860件，其中逾期办结12件、退回重办5件，其余均按期办结，按期办结率为98.8%。",
    "全年审查行政规范性文件148件，其中退回修改9件，其余均一次性通过审查，一次性通过率为96.6%。",
    "街道受理矛盾纠纷1,250件，其中移交司法程序38件，其余全部调解成功，调解成功率为98.5%。",
    "全年回访当事人2,180人，其中表示基本满意的64人、不满意的9人，其余均表示满意，满意率为98.1%。",
    "全年执法检查企业420家，其中发现问题需整改的35家，其余均检查合格，检查合格率为93.5%。",
    "全区受理政府信息公开申请316件，其中因信息不存在答复7件、转办11件，其余均依申请公开，"
    "依申请公开率为96.2%。",
    "全年接收热线工单9,640件，其中重复工单210件，其余均按时办结，按时办结率99.5%。",
]

REST_RIGHT = [
    "区税务局全年收到纳税人评价32,500条，其中差评260条，其余均为满意评价，纳税人满意率为99.2%。",
    "全年办结信访事项860件，其中逾期办结12件、退回重办5件，其余均按期办结，按期办结率为98.0%。",
    "全年审查行政规范性文件148件，其中退回修改9件，其余均一次性通过审查，一次性通过率为93.9%。",
    "街道受理矛盾纠纷1,250件，其中移交司法程序38件，其余全部调解成功，调解成功率为97.0%。",
    "全年回访当事人2,180人，其中表示基本满意的64人、不满意的9人，其余均表示满意，满意率为96.7%。",
    "全年执法检查企业420家，其中发现问题需整改的35家，其余均检查合格，检查合格率为91.7%。",
    "全区受理政府信息公开申请316件，其中因信息不存在答复7件、转办11件，其余均依申请公开，"
    "依申请公开率为94.3%。",
    "全年接收热线工单9,640件，其中重复工单210件，其余均按时办结，按时办结率97.8%。",
    # the rest is named otherwise than the rate
    "区税务局全年收到纳税人评价32,500条，其中差评260条，其余为中评和好评，纳税人满意率为99.6%。",
    # the rest named by another qualifier (窗口 for 网上办理率): 8,860 ÷ 12,000 = 73.8%
    "全年办理政务服务事项12,000件，其中网上办理8,860件，其余为窗口办理，网上办理率为73.8%。",
    # the rest with a figure of its own
    "区税务局全年收到纳税人评价32,500条，其中差评260条，其余32,240条均为满意评价，纳税人满意率为99.2%。",
]


@pytest.mark.parametrize("text", REST_WRONG)
def test_rest_named_reported(text: str) -> None:
    if "逾期办结12件" in text:
        # (s17: 逾期办结12件 of 办结860件 bounds 按期办结率 at (860－12)÷860 = 98.6% < 98.8%,
        # a certain contradiction stated by the text: an error, rates._opposite_bound)
        assert codes(text, ("N104",)) == [("N104", Severity.ERROR)], found(text)
        return
    assert codes(text, ("N104",)) == [("N104", W)], found(text)


@pytest.mark.parametrize("text", REST_RIGHT)
def test_rest_named_silent(text: str) -> None:
    assert codes(text, ("N104",)) == [], found(text)


def test_rest_of_another_qualifier_is_no_reading() -> None:
    # 8,860 ÷ 12,000 = 73.8%: the rest (窗口办理) is not what 网上办理率 counts, so the
    # direct reading stays an error
    text = "全年办理政务服务事项12,000件，其中网上办理8,860件，其余为窗口办理，网上办理率为78.4%。"
    assert codes(text, ("N104",)) == [("N104", E)], found(text)
