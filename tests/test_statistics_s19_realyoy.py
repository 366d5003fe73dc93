"""Session 19 (s19-realyoy): a steady direction claimed over years (逐年上升, 年年攀升, 连续两年
下降, 三连升, 持续减少) against the series of those years' figures in its sentence
(relations/trend.py): figures each right after their own year, or a year range with 分别为/依次为
and as many figures as it has years; the years put in order; a step against the claim beyond
both figures' printed precision is an N108 finding (持续: a warning), a plateau is not.

Every sentence is written for these tests; the arithmetic in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import errors, findings

TREND_WRONG = [
    # 86.1 (2022) → 85.6 (2023): a fall under 逐年提高
    "近四年，全区行政执法案卷评查优秀率逐年提高，2021年为82.4%，2022年为86.1%，2023年为85.6%，"
    "2024年为90.2%。",
    # 2020..2024 = five years, five figures: 388 (2021) → 395 (2022) a rise under 逐年下降
    "2020年至2024年全县信访总量分别为412件、388件、395件、351件和326件，呈逐年下降态势。",
    # 连续两年 = the last step: 48 (2023) → 52 (2024) a rise
    "从2022年的63件，到2023年的48件，再到2024年的52件，区政府行政复议被纠错案件数连续两年下降。",
    # 三连升 over 2021..2024: 96.8 → 96.1 a fall
    "全市法律援助受援人满意率三连升，2021年至2024年依次为95.2%、96.8%、96.1%和97.5%。",
    # 91.3 (2022) → 90.7 (2023) under 年年攀升
    "镇人民调解委员会调解成功率年年攀升，2022年度为91.3%，2023年度为90.7%，2024年度为93.6%。",
    # 97 (2023) → 95 (2024) under 逐年提升
    "全区行政机关负责人出庭应诉率逐年提升，2022年达到88%，2023年达到97%，2024年达到95%。",
    # 连续三年 = the last two steps: 9.8 (2022) → 10.4 (2023) a rise
    "行政诉讼案件败诉率连续三年下降，2021年为12.5%，2022年为9.8%，2023年为10.4%，2024年为6.1%。",
    # the years in reverse order: 2022 98.7, 2023 99.5, 2024 99.2 — 99.2 < 99.5
    "政务服务“好差评”好评率逐年上升，2024年为99.2%，2023年为99.5%，2022年为98.7%。",
    # 持续减少 (a warning): 1720 (2023) → 1795 (2024)
    "区市场监管局受理的投诉举报件持续减少，2022年为1864件，2023年为1720件，2024年为1795件。",
]

TREND_FIT = [
    # 82.4 < 84.1 < 86.1 < 90.2
    "近四年，全区行政执法案卷评查优秀率逐年提高，2021年为82.4%，2022年为84.1%，2023年为86.1%，"
    "2024年为90.2%。",
    # a plateau is no reversal: 96, 97, 97, 98
    "2021年至2024年群众满意率分别为96%、97%、97%和98%，满意率逐年上升。",
    # reverse order, rising by year: 98.7 < 99.2 < 99.5
    "政务服务“好差评”好评率逐年上升，2024年为99.5%，2023年为99.2%，2022年为98.7%。",
    # 连续两年: 9.4 → 7.1 → 5.3 fall; the rise 6.2 → 9.4 before them is not claimed
    "从2021年的6.2%，到2022年的9.4%，再到2023年的7.1%，2024年的5.3%，复议纠错率连续两年下降。",
    # the sentence tells of the turn itself (但…反弹)
    "全区信访总量2021年至2024年分别为512件、468件、497件和431件，总体呈逐年下降趋势，但2023年有所反弹。",
    # another figure (89件) between the claim and the series: the claim is about 新收案件
    "新收案件逐年减少，全年新收89件，复议纠错率2022年为8.2%，2023年为10.5%，2024年为9.1%。",
    # two years only: a pair, read by the change rule (97.1 − 95.6 = 1.5)
    "行政复议满意率由2023年的95.6%提高到2024年的97.1%，连续两年提高1.5个百分点以上。",
    # rounding: 96.5% (2022) against 96% (2023, 95.5..96.5) may be no fall
    "全区政务公开测评得分率逐年提高，2022年为96.5%，2023年为96%，2024年为97.2%。",
    # a range whose figures are fewer than its years (2020..2024 = 5, four listed): not a series
    "2020年至2024年累计受理分别为412件、388件、395件和351件，案件数量逐年下降。",
]


@pytest.mark.parametrize("text", TREND_WRONG)
def test_a_steady_claim_against_its_years(text: str) -> None:
    assert "N108" in [c for c, _ in findings(text)], findings(text)


@pytest.mark.parametrize("text", TREND_WRONG[:-1])
def test_a_steady_claim_is_an_error(text: str) -> None:
    assert "N108" in [c for c, _ in errors(text)], findings(text)


def test_persisting_is_a_warning() -> None:
    assert "N108" not in [c for c, _ in errors(TREND_WRONG[-1])], errors(TREND_WRONG[-1])


@pytest.mark.parametrize("text", TREND_FIT)
def test_a_steady_claim_that_holds(text: str) -> None:
    assert "N108" not in [c for c, _ in findings(text)], findings(text)


def test_the_message_names_both_years() -> None:
    msg = next(m for c, m in findings(TREND_WRONG[0]) if c == "N108")
    assert "2023年85.6%低于2022年的86.1%" in msg, msg


# --- a prior named with its period and a noun of amount (较2020年该类案件量42件) ------------

NAMED_PRIOR_WRONG = [
    # 85 ÷ 52 = 1.63: not 增长一倍 (2×)
    "以公安分局为被申请人的行政处罚类案件85件，较2022年该类案件量52件增长了一倍。",
    # (126 − 98) ÷ 98 = 28.6%, not 23.6%
    "区人社局办理劳动保障监察案件126件，较2023年同类案件量98件增长23.6%。",
    # (64 − 80) ÷ 80 = −20%: a fall stated as 增长20%
    "全年受理工伤认定申请64件，比上年受理量80件增长20%。",
    # (1482 − 1310) ÷ 1310 = 13.1%, not 11.3%
    "全年办理12345热线工单1482件，较2023年工单总量1310件上升11.3%。",
    # (47 − 36) ÷ 36 = 30.6%, not 36.0%
    "镇综合行政执法队立案查处违法建设47起，较上年同期立案数36起增加36.0%。",
    # (312 − 260) ÷ 260 = 20%, not 25%
    "全年开展“法律进企业”活动312场，比2023年活动场数260场增长25%。",
    # 2 × 58 = 116 ≠ 96: 翻了一番 does not hold
    "全区新增村级法律顾问服务站96个，较2023年该类站点数58个翻了一番。",
    # (540 − 600) ÷ 600 = −10%, not −15%
    "全年调解各类矛盾纠纷540件，较上年调处量600件下降15%。",
]

NAMED_PRIOR_FIT = [
    # 85 ÷ 42 = 2.02 (增长了一倍)
    "以公安分局为被申请人的行政处罚类案件85件，较2022年该类案件量42件增长了一倍。",
    # (126 − 102) ÷ 102 = 23.5%
    "区人社局办理劳动保障监察案件126件，较2023年同类案件量102件增长23.5%。",
    # 35 > 20: 持续提高, no amount
    "以市场监管局为被申请人的复议案件35件，较2023年该类案件量20件持续提高。",
    # (1482 − 1331) ÷ 1331 = 11.3%
    "全年办理12345热线工单1482件，较2023年工单总量1331件上升11.3%。",
    # 减少38件 is the change, not a base: 38 ÷ (85 + 38) = 30.9%
    "全年受理行政复议申请85件，较2023年减少案件数38件，下降30.9%。",
    # 比2023年增加52件: the change again, 52 ÷ (230 − 52) = 29.2%
    "全年受理政府信息公开申请230件，比2023年增加52件，增长29.2%。",
    # (47 − 38) ÷ 38 = 23.7%
    "镇综合行政执法队立案查处违法建设47起，较上年同期立案数38起增加23.7%。",
    # (540 − 600) ÷ 600 = −10%
    "全年调解各类矛盾纠纷540件，较上年调处量600件下降10%。",
]


@pytest.mark.parametrize("text", NAMED_PRIOR_WRONG)
def test_a_named_prior_is_the_base(text: str) -> None:
    assert "N108" in [c for c, _ in findings(text)], findings(text)


@pytest.mark.parametrize("text", NAMED_PRIOR_FIT)
def test_a_named_prior_that_fits(text: str) -> None:
    assert "N108" not in [c for c, _ in findings(text)], findings(text)


# --- a prior year's clause whose year lost its 年 (「2023总共…66件，2024年总共…」) --------------

BARE_YEAR_WRONG = [
    # (151 − 76) ÷ 76 = 98.68%, not 128.78%
    "2023总共需办理复议案件76件，2024年总共需办理复议案件151件，同比增长128.78%。",
    # (252 − 210) ÷ 210 = 20%, not 25%
    "2023受理政府信息公开申请210件，2024年受理政府信息公开申请252件，同比增长25%。",
    # (1460 − 1314) ÷ 1460 = 10%, not 12%
    "2023共调解矛盾纠纷1460件，2024年共调解矛盾纠纷1314件，同比下降12%。",
    # (432 − 386) ÷ 386 = 11.9%, not 13.9%
    "2023全年办理法律援助案件386件，2024年办理法律援助案件432件，同比增长13.9%。",
    # (27 − 18) ÷ 18 = 50%, not 40%
    "2023组织执法人员培训18场，2024年组织执法人员培训27场，同比增长40%。",
    # (95 − 76) ÷ 95 = 20%, not 25%
    "2023查处违法建设案件95起，2024年查处违法建设案件76起，同比下降25%。",
    # (80 − 64) ÷ 64 = 25%, not 20%
    "2023出具法律意见书64份，2024年出具法律意见书80份，同比增长20%。",
    # (65 − 52) ÷ 52 = 25%, not 20%
    "2023审查规范性文件52件，2024年审查规范性文件65件，同比增长20%。",
]

BARE_YEAR_FIT = [
    # (151 − 66) ÷ 66 = 128.79% (128.78 truncated)
    "2023总共需办理复议案件66件，2024年总共需办理复议案件151件，同比增长128.78%。",
    # (252 − 210) ÷ 210 = 20%
    "2023受理政府信息公开申请210件，2024年受理政府信息公开申请252件，同比增长20%。",
    # (1460 − 1314) ÷ 1460 = 10%
    "2023共调解矛盾纠纷1460件，2024年共调解矛盾纠纷1314件，同比下降10%，调解成功率为96.5%。",
    # (432 − 386) ÷ 386 = 11.9%
    "2023全年办理法律援助案件386件，2024年办理法律援助案件432件，同比增长11.9%。",
    # (27 − 18) ÷ 18 = 50%
    "2023组织执法人员培训18场，2024年组织执法人员培训27场，同比增长50%。",
    # (95 − 76) ÷ 95 = 20%
    "2023查处违法建设案件95起，2024年查处违法建设案件76起，同比下降20%。",
    # (80 − 64) ÷ 64 = 25%
    "2023出具法律意见书64份，2024年出具法律意见书80份，同比增长25%。",
    # 2023件 is a count, no year: 1980 ÷ 2023 = 97.87%
    "全年受理群众诉求2023件，办结1980件，办结率为97.87%。",
]


@pytest.mark.parametrize("text", BARE_YEAR_WRONG)
def test_a_year_without_its_nian_opens_the_prior_clause(text: str) -> None:
    # an error, not the info a figure with no prior gets (80 ÷ 1.2 = 66.67, no whole prior)
    assert "N108" in [c for c, _ in errors(text)], findings(text)


@pytest.mark.parametrize("text", BARE_YEAR_FIT)
def test_a_year_without_its_nian_that_fits(text: str) -> None:
    assert "N108" not in [c for c, _ in findings(text)], findings(text)
