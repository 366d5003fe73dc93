"""Session 18 (s18-realfix8): the false warnings and the miss of 45 published reports (s18-real7).

* a whole count's own year-on-year rate that no whole prior can give (relations/change.py
  ``_no_whole_prior``): 「新收…案件96件，同比增加67.4%」 (96 ÷ 1.674 = 57.35; 57 → 68.42%,
  58 → 65.52%), rounded or truncated at the printed precision — a note (info) when the count
  is 20 or more and the rate has three figures (no prior is stated: the slip is inferred),
  silent when coarser; silent for 约/余 counts, money and decimals, a rate's change,
  个百分点 and truncated rates (66.6% for 3 → 1);
* a run of level names written together before a count of levels (「县乡村三级联动」: 县、乡、
  村) is that count's list (relations/announced.py ``_level_run``), so another item of the 顿号
  list before it is not one of the levels;
* a stage verb right before 中 and a figure names the state under way (「受理中0件」: pending),
  not the accepted figure (numbers.toml ``verbs.under-way-tail``);
* a quarter or half-year qualifying the noun of a review that is the subject of the dated
  action (「第二季度安全生产考核工作将于7月开展」) is the period reviewed: its review follows it
  (relations/dates.py ``_PART_REVIEWED``); a quarter opening its clause as the time of the work
  is still held to its months.

Every sentence is written for these tests; the arithmetic in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import FLOW_CODES, errors
from relation_helpers import findings as _any

YOY_MISSES = [
    # 143 ÷ 1.274 = 112.24; 112 → +27.68%, 113 → +26.55%
    "全年共办理法律援助案件143件，同比增长27.4%，为受援群众挽回经济损失386万元。",
    # 238 ÷ 0.814 = 292.38; 292 → −18.49%, 293 → −18.77%
    "全年受理消费投诉238件，同比下降18.6%，投诉办结率保持在100%。",
    # 57 ÷ 1.238 = 46.04; 46 → +23.91%, 47 → +21.28%
    "全镇参加法律明白人培训57人，同比增加23.8%，实现每个行政村至少两名法律明白人。",
    # 312 ÷ 0.847 = 368.36; 368 → −15.22%, 369 → −15.45%
    "全年开展安全生产执法检查312次，同比下降15.3%，主要是推行“综合查一次”减少了重复检查。",
    # 175 ÷ 0.878 = 199.32; 199 → −12.06%, 200 → −12.50%
    "全年新收劳动人事争议仲裁案件175件，同比减少12.2%，调解结案率达到61%。",
    # 96 ÷ 1.674 = 57.35; 57 → +68.42%, 58 → +65.52%
    "上半年新收行政复议案件96件,同比增加67.4%,复议诉讼比达6.86:1。",
    # 64 ÷ 1.372 = 46.65; 46 → +39.13%, 47 → +36.17%
    "全年办理公证事项64件，较上年增长37.2%，均在法定期限内出证。",
    # 129 ÷ 0.781 = 165.17; 165 → −21.82%, 166 → −22.29%
    "全年发生道路交通事故129起，比上年下降21.9%，未发生较大以上事故。",
]

YOY_TRAPS = [
    # 约: the count is approximate, its prior unknown
    "全年共办理法律援助案件约140件，同比增长27.4%，受援群众满意率为98.2%。",
    # 余: the count is approximate
    "全年诉前调解成功纠纷230余件，同比增长18.6%，诉前调解成为化解矛盾的主渠道。",
    # 58 → 84: 26 ÷ 58 = 44.83% → 44.8
    "全年受理群众来信84件，同比增长44.8%，按期办结率100%。",
    # 16 → 25: 9 ÷ 16 = 56.25% → 56.3 (half up)
    "全年调处邻里纠纷25件，同比增长56.3%，调处成功率达96%。",
    # 3 → 1: 66.67%, printed truncated as 66.6; 4 → 1: 75%
    "上半年全县发生生产安全事故1起，死亡1人，同比分别下降66.6%和75%。",
    # money with decimals (143.6 ÷ 1.274 = 112.7万元): no whole prior needed
    "全年法治建设专项经费143.6万元，同比增长27.4%，主要用于法律顾问聘请和普法阵地建设。",
    # 1.2万件: a scaled count, its last digits unknown
    "全年办理12345热线工单1.2万件，同比增长27.4%，按时办结率99.6%。",
    # 57 → 96: 39 ÷ 57 = 68.42% → 68.4
    "上半年新收行政复议案件96件，同比增加68.4%，复议诉讼比达6.86:1。",
    # 158 → 208: 50 ÷ 158 = 31.65% → 31.6
    "全年办理行政许可事项208件，同比增长31.6%，按时办结率100%。",
    # 82 → 62: 20 ÷ 82 = 24.39% → 24.4
    "全年发生火灾事故62起，同比下降24.4%，未造成人员死亡。",
]


def _n108(text: str) -> list[str]:
    return [c for c, _ in _any(text, codes=("N108",))]


@pytest.mark.parametrize("text", YOY_MISSES)
def test_no_whole_prior_found_as_note(text: str) -> None:
    # found, as a note: no prior is stated, the slip is inferred
    assert _n108(text) == ["N108"], text
    assert not [c for c, _ in errors(text) if c == "N108"], text


@pytest.mark.parametrize("text", YOY_TRAPS)
def test_no_whole_prior_trap_silent(text: str) -> None:
    assert _n108(text) == [], text


def test_rate_change_and_points_silent() -> None:
    # a rate's change (92.3 ÷ 1.153 = 80.05%) and 个百分点: no count, no whole prior to find
    text = "全年群众诉求办结率为92.3%，同比提高15.3%，群众满意率96.4%，同比提高2.7个百分点。"
    assert _n108(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # 5 ÷ 1.3 = 3.85; 4 → +25%, 3 → +66.67%: a two-figure rate on a count of 5 may be loose
        "全年发生安全生产事故5起，同比增长30%，均为一般事故。",
        # 96 ÷ 0.962 = 99.79; 99 → −3.03%, 100 → −4%: a rate of two figures
        "全年查处违法建设案件96起，同比下降3.8%，拆除违法建筑面积1.2万平方米。",
        # 17 ÷ 1.236 = 13.75; 13 → +30.77%, 14 → +21.43%: impossible, but a count under 20
        "全年办理国家赔偿案件17件，同比增长23.6%。",
    ],
)
def test_coarse_rate_or_small_count_silent(text: str) -> None:
    assert _n108(text) == [], text


def test_no_whole_prior_message_shows_the_nearest_priors() -> None:
    text = YOY_MISSES[5]
    assert any("57.35" in m and "上年57→68.42%" in m for _, m in _any(text, codes=("N108",)))


def test_a_stated_prior_is_judged_by_its_own_reading() -> None:
    # 57 stated: 39 ÷ 57 = 68.42% != 67.4%: the error of the stated pair, not the note
    text = "上半年新收行政复议案件96件，较上年同期的57件增加67.4%。"
    assert [c for c, _ in errors(text) if c == "N108"] == ["N108"]


LEVEL_MISSES = [
    # 县乡村 = 县、乡、村: 3 levels, not 2
    "建立县乡村两级联动机制，全年化解纠纷412件。",
    # 省市县乡 = 4, not 3
    "建立省市县乡三级联动机制，全年开展联合执法检查36次。",
    # the run inside a bracketed list: 县乡村 = 3, not 2
    "建立3项工作机制（多元化解联调、县乡村两级联动、分析研判预警），推动纠纷源头治理。",
    # 市县乡村 = 4, not 3
    "推动建立市县乡村三级联动机制，全年化解信访积案27件。",
    # 区县乡镇村 = 区县、乡镇、村: 3, not 4
    "推动建立区县乡镇村四级联动机制，全年化解矛盾纠纷315件。",
    # 县乡 = 2, not 3
    "建立县乡三级联动机制，全年开展联合调解58次。",
    # a 3项 bracket list of four items, one of them a run of levels
    "建立3项工作机制（纠纷排查预警、县乡村三级联动、诉调对接、信息报送），推动矛盾纠纷源头治理。",
    # the levels written with 、: 县、乡、村 = 3, not 2 (the old reading, kept)
    "建立县、乡、村两级联动机制，全年化解纠纷412件。",
]

LEVEL_TRAPS = [
    # 3 items in the bracket; 县乡村 = three levels
    "建立3项矛盾化解机制（部门联席会商、县乡村三级联动、定期研判通报），全年化解各类纠纷412件。",
    # 县乡村 = 3
    "建立县乡村三级联动机制，全年化解纠纷412件。",
    # 省市县乡 = 4
    "建立省市县乡四级联动机制，全年开展联合执法检查36次。",
    # 市县乡村 = 4
    "推动建立市县乡村四级联动机制，全年化解信访积案27件。",
    # 区县 and 乡镇 are one level each: 区县、乡镇、村 = 3
    "推动建立区县乡镇村三级联动机制，全年化解矛盾纠纷315件。",
    # 县乡 = 2
    "建立县乡两级联动机制，全年开展联合调解58次。",
    # 5 items in the bracket, one a run of levels
    "成立5个工作专班（综合协调、县乡村三级联动、督查督办、宣传引导、后勤保障），统筹推进专项治理。",
    # 镇村 = 2
    "健全镇村两级联动机制，全年排查化解矛盾纠纷96件。",
]


@pytest.mark.parametrize("text", LEVEL_MISSES)
def test_level_run_mismatch_found(text: str) -> None:
    assert [c for c, _ in _any(text, codes=("N203",))], text


@pytest.mark.parametrize("text", LEVEL_TRAPS)
def test_level_run_trap_silent(text: str) -> None:
    assert _any(text, codes=("N203",)) == [], text


PENDING_MISSES = [
    # 办结 29 > 受理 26
    "全年共受理劳动保障监察投诉26件，已办结29件，办理中2件。",
    # 6 + 3 + 27 = 36 != 34
    "共接到医疗服务投诉34件，其中不予受理6件、受理中3件、已办结27件。",
    # 办结 16 > 受理 15
    "全年受理政府信息公开申请15件，其中办理中2件，已办结16件。",
    # 4 + 5 + 16 = 25 != 23
    "共收到投诉举报23件，其中不予受理4件、受理中5件、已办结16件。",
    # 办结 33 > 受理 31, a pending figure between
    "全年共受理投诉举报31件，其中受理中2件，已办结33件。",
    # 办结 44 > 受理 41
    "全年共受理消费投诉41件，其中受理中3件，已办结44件。",
    # 办结 61 > 受理 58
    "共受理行政许可申请58件，受理中4件，办结61件。",
    # 办结 30 > 受理 27, the pending figure after
    "全年受理信访事项27件，已办结30件，尚在受理中1件。",
]

PENDING_TRAPS = [
    # 4 + 5 + 14 = 23
    "共收到投诉举报23件，其中不予受理4件、受理中5件、已办结14件。",
    # 0 + 0 + 9 + 8 = 17: 受理中 0 is the pending figure
    "今年1-3月共接举报件17件，其中未受理0件、受理中0件、已办结9件、不受理8件。",
    # 1 + 0 + 7 + 6 = 14
    "共接举报件14件，其中未受理1件、受理中0件、已办结7件、不受理6件。",
    # 3 + 28 + 5 = 36
    "共收到政府信息公开申请36件，其中受理中3件，已办结28件，不予受理5件。",
    # 2 + 41 + 9 = 52
    "共接到群众投诉52件，其中受理中2件、已办结41件、不予受理9件。",
    # 0 + 12 + 7 = 19
    "本季度共接收信访件19件，其中受理中0件，已办结12件，不予受理7件。",
    # 4 + 20 + 4 = 28
    "共接收举报线索28件，其中受理中4件、已办结20件、转交其他部门4件。",
    # 6 + 39 = 45
    "共收到群众诉求45件，其中受理中6件，已办结39件。",
]


@pytest.mark.parametrize("text", PENDING_MISSES)
def test_pending_state_contradiction_found(text: str) -> None:
    assert [c for c, _ in _any(text, codes=FLOW_CODES)], text


@pytest.mark.parametrize("text", PENDING_TRAPS)
def test_pending_state_trap_silent(text: str) -> None:
    assert _any(text, codes=FLOW_CODES) == [], text


QUARTER_MISSES = [
    # the quarter opens the clause as the time of the work: 8月 is not in 4–6月
    "第二季度，我局于8月组织开展了危险化学品企业专项检查，检查企业37家。",
    # 4月 is not in 7–12月
    "下半年，街道于2022年4月组织开展了消防安全专项整治。",
    # 11月 is not in 7–9月
    "第三季度，县应急管理局于11月开展安全生产大检查，排查隐患126处。",
    # a comma after the quarter: the time of the work, though a review follows
    "第一季度，我局于5月组织召开安全生产考核工作会议，通报考核结果。",
    # a review dated before the quarter it reviews ends cannot be: 3月 < 4–6月
    "第二季度安全生产考核工作于3月开展，考核结果纳入年度目标责任制考核。",
    # 9月 is not in 1–6月
    "上半年，我县于9月完成安全生产执法评估，评估结果全市通报。",
    # 5月 is before 7–9月
    "第三季度消防安全考核工作于5月开展，对排名靠后的街道进行约谈。",
    # 在 8月: not in 10–12月
    "第四季度，我局在8月开展执法检查，查处违法行为9起。",
]

QUARTER_TRAPS = [
    # the quarter names the period assessed; the assessment follows the quarter
    "第一季度安全生产执法评估已于4月完成，第二季度安全生产考核工作将于7月开展，考核结果纳入年度目标责任制考核。",
    # a notice on the third quarter issued in October
    "第三季度消防安全检查情况通报于10月印发，对排名靠后的3个街道进行约谈。",
    # 定于 7月: the second quarter's assessment
    "第二季度目标责任考核定于7月中旬进行，各乡镇要提前做好迎检准备。",
    # the half-year's summary after the half-year
    "上半年工作总结将于7月上报县委县政府。",
    # the half-year's appraisal after it
    "上半年绩效考评已于7月完成，考评结果在全县通报。",
    # the quarter's results, published in the next quarter
    "第二季度安全生产考核评估结果于7月底通报，我县排名全市第三。",
    # within the quarter: no question
    "第二季度，我局于5月组织开展了危险化学品企业专项检查，检查企业37家。",
    # the review of the third quarter, in October
    "第三季度执法质量考评将于10月开展，重点评查行政处罚案卷。",
]


@pytest.mark.parametrize("text", QUARTER_MISSES)
def test_quarter_outside_found(text: str) -> None:
    assert [c for c, _ in _any(text, year=2022, codes=("N304",))], text


@pytest.mark.parametrize("text", QUARTER_TRAPS)
def test_quarter_reviewed_trap_silent(text: str) -> None:
    assert _any(text, year=2022, codes=("N304",)) == [], text
