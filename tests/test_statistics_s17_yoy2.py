"""Year-on-year and part-of-year readings for the misses left after s17-yoy (session 17,
s17-yoy2).

1. 翻番 with no figure before it: the level reached opens the next clause and last year's
   figure is restated in a bracket right after it (「较上年翻了一番，达到80次（上年为48次）」;
   change ``_ratio``).
2. A part of the year in a 仅…就 focus frame after the whole (「全年…开展法治讲座45场，仅第三
   季度就开展法治讲座48场」) is a part of what was just named, even when the whole names it
   with more words (periods ``_narrower_whole``; common ``_FOCUS``).
3. A base with its own change right after it, then a new statement after a semicolon opening
   with a level of its kind (「比上年的1,810件增加236件；审结1,958件，同比增长11.2%」): the
   later percentage is that level's, its prior unsaid (change ``_pairs``).
4. A 个百分点 change of last year whose base is the next sentence, opening with the year
   before the report's and restating the rate (「2019年该比例为64.1%」; rates_across
   ``_next_sentence_base``): a warning. An earlier year is no base of 较上年.
5. 「相对增长20%」: 相对 is an adverb of the change, naming nothing (change
   ``_CHANGE_WORDS_RE``).
6. A 环比 change whose next clause opens with the span just before its own (三季度 after 四季度,
   5月 after 6月) and counts the same thing with the same verb (change
   ``_span_before_after``): a warning.

Every sentence is written for these tests; each verdict derived by hand, the arithmetic in the
comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import findings

# ---- 1. 翻番, the level reached, the base in a bracket --------------------------------------
DOUBLED_WRONG = [
    # 80 / 48 = 1.67, not 2
    (2023, "全县涉企行政检查次数较上年翻了一番，达到80次（上年为48次）。"),
    # 1,350 / 820 = 1.65
    (2024, "全区食品安全抽检批次较上年翻了一番，达到1350批次（上年为820批次）。"),
    # 2,160 / 760 = 2.84, not 4 (翻两番)
    (2024, "全年受理城市管理类投诉较上年翻了两番，达到2,160件（上年为760件）。"),
    # 57 / 36 = 1.58
    (2022, "全镇人民调解员参加业务培训人数较上年翻了一番，达到57名（上年为36名）。"),
    # 316 / 210 = 1.50
    (2024, "全区公共法律服务工作站接待咨询量比上年翻了一番，增至316人次（上年为210人次）。"),
    # 4,820 / 3,150 = 1.53
    (2023, "全市“互联网+监管”平台录入检查行为较上年翻了一番，达到4,820条（上年为3,150条）。"),
    # 96 / 61 = 1.57
    (2024, "全县法治文化阵地数量较上年翻了一番，达到96个（上年为61个）。"),
    # 742.5 / 480 = 1.55
    (2024, "全年法律援助经费投入较上年翻了一番，达到742.5万元（上年为480万元）。"),
]
DOUBLED_RIGHT = [
    # 264 / 131 = 2.02
    (2023, "全年查处违法建设行为较上年翻了一番，达到264起（上年为131起），拆除面积3.2万平方米。"),
    # 98 / 48 = 2.04
    (2023, "全县涉企行政检查次数较上年翻了一番，达到98次（上年为48次）。"),
    # 3,060 / 760 = 4.03
    (2024, "全年受理城市管理类投诉较上年翻了两番，达到3,060件（上年为760件）。"),
    # 1,710 / 820 = 2.09
    (2024, "全区食品安全抽检批次较上年翻了一番，达到1710批次（上年为820批次）。"),
    # 翻了一番多: 2.6 is between 2 and 3
    (2024, "全区公共法律服务工作站接待咨询量比上年翻了一番多，达到546人次（上年为210人次）。"),
    # the bracket names no prior period: 32 is another thing, nothing judged
    (2024, "全县法治文化阵地数量较上年翻了一番，达到96个（其中新建32个）。"),
    # no bracket: the base is not stated
    (2024, "全县法治文化阵地数量较上年翻了一番，达到96个，覆盖全部行政村。"),
    # 1,000 / 480 = 2.08 (money in 万元)
    (2024, "全年法律援助经费投入较上年翻了一番，达到1,000万元（上年为480万元）。"),
]


@pytest.mark.parametrize(("year", "text"), DOUBLED_WRONG)
def test_doubling_against_the_level_reached_and_the_bracketed_prior(year: int, text: str) -> None:
    found = findings(text, year)
    assert [c for c, _ in found] == ["N108"], found
    assert "倍" in found[0][1]


@pytest.mark.parametrize(("year", "text"), DOUBLED_RIGHT)
def test_doubling_that_fits_or_has_no_prior_is_silent(year: int, text: str) -> None:
    assert findings(text, year) == []


# ---- 2. a part in a 仅…就 focus frame ----------------------------------------------------
FOCUS_WRONG = [
    # 48 > 45
    "全年在全区中小学开展法治讲座45场，仅第三季度就开展法治讲座48场，覆盖师生2.3万人次。",
    # 436 > 412
    "全年组织开展安全生产、消防、燃气等领域行政执法检查412次，仅第四季度就开展执法检查436次。",
    # 341 > 326
    "全年在全区各类生产经营单位组织开展应急演练326场次，仅第二季度就组织开展应急演练341场次。",
    # 1,290 > 1,185
    "全年在各镇街设立流动服务点办理公证事项1,185件，仅上半年就办理公证事项1,290件。",
    # 73 > 68
    "全年对辖区内校外培训机构开展联合检查68次，仅第三季度就开展联合检查73次。",
    # 260 > 254
    "全年依托“法律明白人”开展入户宣讲254场，光上半年就开展入户宣讲260场。",
    # 1,044 > 988
    "全年在重点路段查处交通违法行为988起，仅四季度就查处交通违法行为1,044起。",
    # 57 > 52
    "全年在全市范围组织旁听庭审52场次，仅仅第二季度就组织旁听庭审57场次。",
]
FOCUS_RIGHT = [
    # 38 <= 45
    "全年在全区中小学开展法治讲座45场，仅第三季度就开展法治讲座38场，覆盖师生2.3万人次。",
    # another thing in the frame: 培训 / 演练
    "全年在全区各类生产经营单位组织开展应急演练326场次，仅第二季度就组织开展安全培训341场次。",
    # another thing: 入户宣讲 / 法律咨询
    "全年依托“法律明白人”开展入户宣讲254场，仅上半年就提供法律咨询260人次。",
    # 412 >= 236
    "全年组织开展安全生产、消防、燃气等领域行政执法检查412次，仅第四季度就开展执法检查236次。",
    # the part of the prior year: 去年 is another year
    "全年对辖区内校外培训机构开展联合检查68次，而去年仅第三季度就开展联合检查73次。",
    # 988 >= 512
    "全年在重点路段查处交通违法行为988起，仅四季度就查处交通违法行为512起。",
    # another unit: 人次 / 场
    "全年在全区中小学开展法治讲座45场，仅第三季度就覆盖师生480人次。",
    # the whole year stated after the part with its own words, no frame: another count
    "上半年在城区开展联合检查73次，全年在各乡镇开展联合检查68次。",
]


@pytest.mark.parametrize("text", FOCUS_WRONG)
def test_a_part_in_a_focus_frame_above_the_whole_is_a_contradiction(text: str) -> None:
    found = findings(text, 2024, ("N302",))
    assert len(found) == 1, found


@pytest.mark.parametrize("text", FOCUS_RIGHT)
def test_a_part_in_a_focus_frame_within_the_whole_or_of_another_thing_is_silent(
    text: str,
) -> None:
    assert findings(text, 2024) == []


# ---- 3. a base and its change, then a new level after a semicolon -------------------------------
SEMICOLON_RIGHT = [
    # 2,046 - 1,810 = 236; 审结's prior is unsaid (1,958/1,810 - 1 = 8.2% would be 受理's base)
    "全年受理行政复议申请2,046件，比上年的1,810件增加236件；审结1,958件，同比增长11.2%。",
    # 1,930 - 1,702 = 228; 办结 +12.1% has no prior
    "全年受理政务服务投诉1,930件，比上年的1,702件增加228件；办结1,911件，同比增长12.1%。",
    # 640 - 575 = 65; 调解成功 +9.0% has no prior
    "全年受理劳动争议仲裁案件640件，较上年的575件增加65件；调解成功412件，同比增长9.0%。",
    # 312 - 286 = 26; 撤销 -15% has no prior
    "全年审查规范性文件312件，较上年的286件增加26件；纠正问题文件17件，同比下降15.0%。",
    # 8,420 - 9,010 = -590; 回访 +6.5% no prior
    "全年接收群众来信8,420件，比上年的9,010件减少590件；回访来信人5,380人次，同比增长6.5%。",
    # 156 - 131 = 25; 听证 +30% no prior
    "全年作出行政处罚决定156件，比上年的131件增加25件；组织听证13场，同比增长30%。",
    # 1,210 - 1,050 = 160; 结案 +4.4% no prior
    "全年办理法律援助案件1,210件，比上年的1,050件增加160件；结案1,188件，同比增长4.4%。",
    # 74 - 62 = 12; 出庭 +5.1% no prior
    "全年发生行政诉讼案件74件，比上年的62件增加12件；负责人出庭应诉71件，同比增长5.1%。",
]
SEMICOLON_WRONG = [
    # 2,046 - 1,810 = 236, stated 246
    "全年受理行政复议申请2,046件，比上年的1,810件增加246件；审结1,958件，同比增长11.2%。",
    # no new level after the semicolon: (2,046 - 1,810)/1,810 = 13.0%, stated 15.2
    "全年受理行政复议申请2,046件，比上年的1,810件增加236件；同比增长15.2%。",
    # one clause: 236/1,810 = 13.0%, stated 15.2
    "全年受理行政复议申请2,046件，比上年的1,810件增加236件，增长15.2%。",
    # the new level with its own base: 1,958/1,790 - 1 = 9.4%, stated 11.2
    "全年受理行政复议申请2,046件，比上年的1,810件增加236件；审结1,958件，比上年的1,790件增长11.2%。",
    # 1,930 - 1,702 = 228, stated 238
    "全年受理政务服务投诉1,930件，比上年的1,702件增加238件；办结1,911件，同比增长12.1%。",
    # one clause: 65/575 = 11.3%, stated 15.3
    "全年受理劳动争议仲裁案件640件，较上年的575件增加65件，增长15.3%。",
    # one clause: 25/131 = 19.1%, stated 23.1
    "全年作出行政处罚决定156件，比上年的131件增加25件，增长23.1%。",
    # one clause: 160/1,050 = 15.2%, stated 18.2
    "全年办理法律援助案件1,210件，比上年的1,050件增加160件，增长18.2%。",
]


@pytest.mark.parametrize("text", SEMICOLON_RIGHT)
def test_a_percentage_of_a_new_level_after_a_semicolon_takes_no_earlier_base(text: str) -> None:
    assert findings(text) == []


@pytest.mark.parametrize("text", SEMICOLON_WRONG)
def test_the_first_statements_change_and_a_stated_base_are_still_judged(text: str) -> None:
    found = findings(text)
    assert [c for c, _ in found] == ["N108"], found


# ---- 4. last year's rate in the next sentence, named by its year ---------------------------
NEXT_YEAR_WRONG = [
    # 68.4 - 64.1 = 4.3, stated 5.3
    (2020, "全市律师办理法律援助案件占比达到68.4%，较上年提高5.3个百分点。2019年该比例为64.1%。"),
    # 14.6 - 12.5 = 2.1, stated 3.1
    (2022, "全市行政复议案件纠错率为14.6%，较上年提高3.1个百分点。2021年该比例为12.5%。"),
    # 92.4 - 85.3 = 7.1, stated 8.7
    (
        2023,
        "全县行政机关负责人出庭应诉率达到92.4%，比上年提高8.7个百分点。2022年全县出庭应诉率为85.3%。",
    ),
    # 11.0 - 8.8 = 2.2, stated 下降3.2
    (2024, "行政诉讼败诉率为8.8%，较上年下降3.2个百分点。2023年该比率为11.0%。"),
    # 97.5 - 93.0 = 4.5, stated 3.5
    (2024, "政务服务事项网上可办率达到97.5%，较上年提高3.5个百分点。2023年该比例为93.0%。"),
    # 76.2 - 70.9 = 5.3, stated 6.3; 上年 opens the sentence
    (2024, "行政调解成功率达到76.2%，较上年提高6.3个百分点。上年该比例为70.9%。"),
    # 41.0 - 36.6 = 4.4, stated 5.4
    (2021, "重大行政决策公开征求意见率为41.0%，比上年提高5.4个百分点。2020年这一比例为36.6%。"),
    # 99.1 - 95.4 = 3.7, stated 2.7
    (2024, "全区执法案卷合格率达到99.1%，较上年提高2.7个百分点。2023年全区执法案卷合格率为95.4%。"),
]
NEXT_YEAR_RIGHT = [
    # 68.4 - 64.1 = 4.3
    (2020, "全市律师办理法律援助案件占比达到68.4%，较上年提高4.3个百分点。2019年该比例为64.1%。"),
    # 2020 in a report on 2022 is two years back: no base of 较上年
    (2022, "全市行政复议案件纠错率为14.6%，较上年提高2.1个百分点。2020年该比例为10.2%。"),
    # 92.4 - 85.3 = 7.1
    (
        2023,
        "全县行政机关负责人出庭应诉率达到92.4%，比上年提高7.1个百分点。2022年全县出庭应诉率为85.3%。",
    ),
    # the next sentence names another rate
    (
        2023,
        "全县行政机关负责人出庭应诉率达到92.4%，比上年提高8.7个百分点。2022年全县行政复议纠错率为85.3%。",
    ),
    # 8.8 = 11.0 - 2.2
    (2024, "行政诉讼败诉率为8.8%，较上年下降2.2个百分点。2023年该比率为11.0%。"),
    # 较2022年: the next sentence's 2023 is not the change's base
    (2024, "政务服务事项网上可办率达到97.5%，较2022年提高3.5个百分点。2023年该比例为93.0%。"),
    # 上年同期: a part of the year, not the change's
    (2024, "行政调解成功率达到76.2%，较上年提高6.3个百分点。上年同期该比例为70.9%。"),
    # a year after the report's: no base
    (2024, "全区执法案卷合格率达到99.1%，较上年提高2.7个百分点。2025年力争该比例达到100%。"),
]


@pytest.mark.parametrize(("year", "text"), NEXT_YEAR_WRONG)
def test_last_years_rate_in_the_next_sentence_is_the_base(year: int, text: str) -> None:
    found = findings(text, year)
    assert [c for c, _ in found] == ["N108"], found


@pytest.mark.parametrize(("year", "text"), NEXT_YEAR_RIGHT)
def test_a_fitting_or_other_years_rate_in_the_next_sentence_is_silent(year: int, text: str) -> None:
    assert findings(text, year) == []


# ---- 5. 相对 before a % change ------------------------------------------------------------
RELATIVE_WRONG = [
    # 50/40 - 1 = 25%, points 10: 20 neither (20 = 10/50, the base slip)
    "行政执法案卷优秀率由40%提高到50%，相对增长20%。",
    # 75/60 - 1 = 25%, points 15: 30 neither
    "行政处罚案件听证告知率由60%提高到75%，相对提高30%。",
    # 1 - 12/16 = 25%, points 4: 20 neither
    "行政复议纠错率由16%下降到12%，相对下降20%。",
    # 90/72 - 1 = 25%, stated 15
    "群众满意率由72%提高到90%，相对提高15%。",
]
RELATIVE_RIGHT = [
    # 75/60 - 1 = 25%
    "行政处罚案件听证告知率由60%提高到75%，相对提高25%。",
    # 50/40 - 1 = 25%
    "行政执法案卷优秀率由40%提高到50%，相对增长25%。",
    # 1 - 12/16 = 25%
    "行政复议纠错率由16%下降到12%，相对下降25%。",
    # 90/72 - 1 = 25%
    "群众满意率由72%提高到90%，相对提高25%。",
]


@pytest.mark.parametrize("text", RELATIVE_WRONG)
def test_a_relative_change_that_fits_neither_reading_is_a_contradiction(text: str) -> None:
    found = findings(text)
    assert [c for c, _ in found] == ["N108"], found


@pytest.mark.parametrize("text", RELATIVE_RIGHT)
def test_a_relative_change_that_fits_is_silent(text: str) -> None:
    assert findings(text) == []


# ---- 6. 环比 with the span before in the next clause -----------------------------------------
SPAN_WRONG = [
    # 8,642/8,215 - 1 = 5.2%, stated 6.7
    "四季度共受理群众诉求工单8642件，环比增长6.7%，三季度受理8215件，按时办结率98%以上。",
    # 36,520/34,180 - 1 = 6.8%, stated 9.4
    "二季度共接听群众来电36520个，环比增长9.4%，一季度接听来电34180个。",
    # 1 - 1,320/1,560 = 15.4%, stated 12.0
    "6月共受理投诉1,320件，环比下降12.0%，5月受理1,560件。",
    # 2,910/2,480 - 1 = 17.3%, stated 14.3
    "三季度办理不动产登记2,910件，环比增长14.3%，二季度办理2,480件。",
    # 1 - 415/468 = 11.3%, stated 8.3
    "第四季度共查处交通违法行为415起，环比下降8.3%，第三季度查处交通违法行为468起。",
    # 634/590 - 1 = 7.5%, stated 9.5
    "十一月共调解矛盾纠纷634件，环比增长9.5%，十月调解590件。",
    # 1,188/1,020 - 1 = 16.5%, stated 18.5
    "第二季度共受理劳动仲裁申请1,188件，环比增长18.5%，第一季度受理1,020件。",
    # 260/200 - 1 = 30%, stated 20
    "二季度共发放法律援助补贴260万元，环比增长20%，一季度发放200万元。",
]
SPAN_RIGHT = [
    # 8,642/8,215 - 1 = 5.2%
    "四季度共受理群众诉求工单8642件，环比增长5.2%，三季度受理8215件，按时办结率98%以上。",
    # 三季度 is not the span before 一季度's neighbour: 二季度 after 四季度 is two back
    "四季度共受理群众诉求工单8642件，环比增长6.7%，二季度受理8215件。",
    # another verb: 办结 / 接听
    "二季度共接听群众来电36520个，环比增长9.4%，一季度办结来电34180个。",
    # another thing: 回访群众 / 接听群众来电
    "二季度共接听群众来电36520个，环比增长9.4%，一季度回访群众34180个。",
    # 1 - 1,320/1,560 = 15.4% -> 15.3 (truncation)
    "6月共受理投诉1,320件，环比下降15.3%，5月受理1,560件。",
    # 同比, not 环比: the quarter after is no base
    "三季度办理不动产登记2,910件，同比增长14.3%，二季度办理2,480件。",
    # another thing after the span: 举报 / 投诉
    "6月共受理投诉1,320件，环比下降12.0%，5月受理举报1,560件。",
    # 634/590 - 1 = 7.46% -> 7.5
    "十一月共调解矛盾纠纷634件，环比增长7.5%，十月调解590件。",
]


@pytest.mark.parametrize("text", SPAN_WRONG)
def test_the_span_just_before_in_the_next_clause_is_the_base_of_a_sequential_change(
    text: str,
) -> None:
    found = findings(text)
    assert [c for c, _ in found] == ["N108"], found


@pytest.mark.parametrize("text", SPAN_RIGHT)
def test_a_fitting_change_or_another_span_or_thing_is_silent(text: str) -> None:
    assert findings(text) == []


# ---- 7. a part of the year split from the year's count is no numerator of a rate ----------
SPLIT_RATE_RIGHT = [
    # 263 + 278 = 541; 42.1% is of 评查, not 278/541 = 51.4%
    "上半年全县受理法律援助申请263件，全年共受理法律援助申请541件，其中下半年受理278件，法律援助案件质量评查优秀率达到42.1%。",
    # 610 + 590 = 1,200; 95.0% is 按期办结率, not 590/1,200 = 49.2%
    "全年共办理政务服务事项1,200件，其中下半年办理590件，事项按期办结率为95.0%。",
    # 46 + 30 = 76; 88.2% is 案卷合格率, not 30/76 = 39.5%
    "全年共评查行政执法案卷76卷，其中第四季度评查30卷，执法案卷合格率为88.2%。",
    # 2,000 in a year, 1,100 in H2; 92.5% is 满意率 of 回访, not 55%
    "全年共受理群众来电2,000个，其中下半年受理1,100个，回访满意率达到92.5%。",
]
SPLIT_RATE_WRONG = [
    # a rate that names the half: 278/541 = 51.4%, stated 55.4
    "全年共受理法律援助申请541件，其中下半年受理278件，下半年受理占比为55.4%。",
    # a part that is a subset, not a period: 320/400 = 80%, stated 85
    "全年共受理行政复议申请400件，其中经调解撤回320件，调解撤回率为85%。",
]


@pytest.mark.parametrize("text", SPLIT_RATE_RIGHT)
def test_a_half_of_the_year_is_no_numerator_of_a_rate(text: str) -> None:
    assert findings(text, 2022) == []


@pytest.mark.parametrize("text", SPLIT_RATE_WRONG)
def test_a_rate_naming_the_half_or_a_real_subset_is_still_judged(text: str) -> None:
    found = findings(text, 2022)
    assert [c for c, _ in found] == ["N104"], found


# ---- 8. what is found, named by a noun of its own, is not the reviewed items ---------------
FOUND_OTHER_RIGHT = [
    # 56 problems in 38 departments
    "对38个市直部门的数据安全管理情况开展专项检查，发现并整改问题56个。",
    # 73 hazards in 41 enterprises
    "对41家危化品企业开展安全检查，发现隐患73处。",
    # 29 clues in 18 units
    "对18个单位的财务收支情况开展审计检查，发现问题线索29条。",
    # 64 irregularities in 52 case files (件 / 件): 问题 is its own noun
    "对52件行政处罚案卷进行评查，发现并督促整改问题64件。",
]
FOUND_OTHER_WRONG = [
    # 51 > 46 documents, a 的-phrase of the documents
    "对46件规范性文件逐件审查，发现存在合法性问题的51件。",
    # 51 > 46, nothing named after 发现
    "对46件规范性文件逐件审查，发现51件。",
    # 问题文件 shares 文件 with the reviewed: 51 > 46
    "对46件规范性文件逐件审查，发现问题文件51件。",
    # 问题部门 shares 部门: 41 > 38
    "对38个市直部门开展专项检查，发现并整改问题部门41个。",
]


@pytest.mark.parametrize("text", FOUND_OTHER_RIGHT)
def test_things_found_with_a_noun_of_their_own_are_not_the_reviewed_items(text: str) -> None:
    assert findings(text, 2022) == []


@pytest.mark.parametrize("text", FOUND_OTHER_WRONG)
def test_found_items_of_the_reviewed_set_above_it_keep_the_warning(text: str) -> None:
    found = findings(text, 2022)
    assert [c for c, _ in found] == ["N107"], found


# ---- 9. the same two words before period figures name one measure -------------------------
SAME_WORDS_WRONG = [
    # 4.2 + 4.6 = 8.8 ≠ 7.8
    "一季度办件量4.2万件，二季度办件量4.6万件，上半年累计办件7.8万件。",
    # 1.6 + 1.9 = 3.5 ≠ 3.8
    "一季度发案量1.6万起，二季度发案量1.9万起，上半年累计发案3.8万起。",
]
SAME_WORDS_RIGHT = [
    # 4.2 + 4.6 = 8.8
    "一季度办件量4.2万件，二季度办件量4.6万件，上半年累计办件8.8万件。",
    # another measure in the second quarter: 咨询 / 办件
    "一季度办件量4.2万件，二季度咨询量4.6万件，上半年累计办件7.8万件。",
]


@pytest.mark.parametrize("text", SAME_WORDS_WRONG)
def test_quarters_named_by_the_same_words_add_up_to_the_half(text: str) -> None:
    found = findings(text, 2024)
    assert [c for c, _ in found] == ["N302"], found


@pytest.mark.parametrize("text", SAME_WORDS_RIGHT)
def test_quarters_that_add_up_or_count_another_thing_are_silent(text: str) -> None:
    assert findings(text, 2024) == []
