"""Session 37, coder time: the report's own period and the year's closing acts read by
structure (issue 9), and a share of the year's target against the time progress of its months.
Each rule with its own examples (written here, not copied from a set), each contradiction
beside a consistent twin.

1. The statistics period named 数据的时间期限/时间范围 (years ``_PERIOD_NOUN_RE``).
2. A carry-in named with its target, the report year (「含2024年结转至本年度2件」 in a report on
   2024: years ``_CARRY_INTO_OWN_RE``).
3. A later year's review carried out (「组织开展2025年度述法工作」 in a report on 2024: years
   ``_review_performed``), not its design (部署…工作, …工作方案).
4. 序时进度 / 时间进度 against the months that open the sentence (progress.py, N304).
"""

from __future__ import annotations

import pytest

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity

TITLE = "区司法局{y}年法治政府建设情况报告\n一、{y}年推进法治政府建设的主要举措和成效\n"


def _found(text: str, year: int, code: str) -> list[tuple[Severity | None, str]]:
    return [
        (r.severity, r.message)
        for r in contradictions(analyze_text(TITLE.format(y=year) + text, year))
        if r.code == code
    ]


# 1. the statistics period, named with 时间 and a noun of extent
def test_a_period_named_time_extent_past_the_year_is_an_error() -> None:
    text = "本报告中所列数据的时间期限为2024年1月1日至2025年12月31日。"
    found = _found(text, 2024, "N301")
    assert [s for s, _ in found] == [Severity.ERROR], found
    assert "2024年1月1日至2025年12月31日" in found[0][1]
    assert "共24个月" in found[0][1]


@pytest.mark.parametrize(
    "text",
    [
        "本报告中所列数据的时间期限为2024年1月1日至2024年12月31日。",
        "本报告所列数据的时间范围为2024年1月1日至12月31日。",
    ],
)
def test_a_period_named_time_extent_in_the_year_is_silent(text: str) -> None:
    assert _found(text, 2024, "N301") == []


# 2. a carry-in named with its target
def test_a_carry_into_this_year_from_this_year_is_a_warning() -> None:
    text = "全年共受理依申请公开32件（含2024年结转至本年度2件），均按时答复。"
    found = _found(text, 2024, "N301")
    assert [s for s, _ in found] == [Severity.WARNING], found
    assert "2024年结转至本年度" in found[0][1]
    assert "应为2023年结转" in found[0][1]


@pytest.mark.parametrize(
    "text",
    [
        "全年共受理依申请公开32件（含2023年结转至本年度2件），均按时答复。",
        # a carry-out to the next year is another reading
        "全年共受理依申请公开32件，其中2024年结转至2025年办理2件。",
    ],
)
def test_a_carry_into_this_year_from_the_year_before_is_silent(text: str) -> None:
    assert _found(text, 2024, "N301") == []


# 3. a later year's review carried out
def test_a_later_years_review_carried_out_is_reported() -> None:
    text = "组织开展2025年度述法工作，全区42名党政主要负责人现场述法。"
    found = _found(text, 2024, "N301")
    assert [s for s, _ in found] == [Severity.ERROR], found
    assert "2025年度述法" in found[0][1]
    assert "报告年度为2024年" in found[0][1]


@pytest.mark.parametrize(
    "text",
    [
        # the year under review
        "组织开展2024年度述法工作，全区42名党政主要负责人现场述法。",
        # its design or its deployment, which come before the year
        "部署2025年度述法工作，明确述法对象和方式。",
        "组织开展2025年度述法工作方案的起草，征求各单位意见。",
    ],
)
def test_a_review_in_its_year_or_its_design_is_silent(text: str) -> None:
    assert _found(text, 2024, "N301") == []


# 4. the time progress of the months that open the sentence
def test_time_progress_that_the_months_refute_in_one_sentence_is_an_error() -> None:
    text = "1-9月，全区一般公共预算支出52.3亿元，完成年度预算的58.2%，超过序时进度2.4个百分点。"
    found = _found(text, 2024, "N304")
    assert [s for s, _ in found] == [Severity.ERROR], found
    message = found[0][1]
    assert "“1-9月”的序时进度为75%（9÷12）" in message
    assert "完成58.2%比序时进度慢16.8个百分点" in message
    assert "273÷365" in message
    assert "超过序时进度2.4个百分点" in message


def test_time_progress_after_an_earlier_sentences_months_is_a_warning() -> None:
    text = "今年1—3月，全区财政运行平稳。全区一般公共预算收入完成19.6亿元，占预算的34.1%，快于时间进度4.1个百分点。"
    found = _found(text, 2024, "N304")
    assert [s for s, _ in found] == [Severity.WARNING], found
    assert "“今年1—3月”的序时进度为25%（3÷12）" in found[0][1]


def test_time_progress_behind_with_no_gap_on_the_wrong_side_is_reported() -> None:
    text = "上半年，全县共办理法律援助案件812件，年度目标任务完成率52.4%，落后于序时进度。"
    found = _found(text, 2024, "N304")
    assert [s for s, _ in found] == [Severity.ERROR], found
    assert "“上半年”的序时进度为50%（6÷12）" in found[0][1]


@pytest.mark.parametrize(
    "text",
    [
        # by months: 58.2 − 50 = 8.2
        "1-6月，全区一般公共预算支出52.3亿元，完成年度预算的58.2%，超过序时进度8.2个百分点。",
        # by days: 4 months are 120 of 365 days, 32.9%; 30.1 is 2.8 behind
        "1—4月，全区一般公共预算收入12.2亿元，完成年度预算的30.1%，慢于序时进度2.8个百分点。",
        # a direction alone, on its side
        "上半年，全县共办理法律援助案件812件，年度目标任务完成率52.4%，超过了序时进度。",
        # a part of the year named as a comparison, not the statement's months
        "今年1-6月份，主要财政指标好于一季度。全市一般公共预算收入完成47.9亿元，占预算的53.1%，"
        "超过时间进度3.1个百分点。",
        # no months opening a sentence: the base is not stated
        "全市一般公共预算收入完成47.9亿元，占预算的53.1%，超过时间进度9.1个百分点。",
        # a share that is not of the year's target
        "1-9月，全市规上工业增加值增长6.3%，高于时间进度2.1个百分点。",
    ],
)
def test_time_progress_that_fits_or_has_no_stated_months_is_silent(text: str) -> None:
    assert _found(text, 2024, "N304") == []


# 5. a run of years and its count of 年度 right after it (dates ``_YEARS_RIGHT_AFTER_RE``)
def test_more_years_than_the_run_holds_is_an_error() -> None:
    text = "本次评估的612件案例涵盖2008～2019年13个年度，覆盖全省各市。"
    found = _found(text, 2024, "N304")
    assert [s for s, _ in found] == [Severity.ERROR], found
    assert "“13个年度”与所写年份不符" in found[0][1]
    assert "2019－2008＋1＝12" in found[0][1]


@pytest.mark.parametrize(
    "text",
    [
        "本次评估的612件案例涵盖2008～2019年12个年度，覆盖全省各市。",
        # fewer years, the bracket naming the one left out
        "本次评估的612件案例涵盖2008～2019年11个年度（2012年未收集案例），覆盖全省各市。",
    ],
)
def test_a_run_and_its_count_of_years_that_fit_are_silent(text: str) -> None:
    assert _found(text, 2024, "N304") == []


# 6. a span opened by a year, summed up by a count opening a later sentence
def test_a_span_summed_up_with_the_wrong_count_of_years_is_a_warning() -> None:
    text = "据统计，2021年以来，全区持续深化行政执法规范化建设。六年来，共办理行政执法案件8120件。"
    found = _found(text, 2024, "N304")
    assert [s for s, _ in found] == [Severity.WARNING], found
    assert "“六年来”与起始年份不符：从2021年到2024年是3或4年" in found[0][1]


@pytest.mark.parametrize(
    "text",
    [
        "据统计，2021年以来，全区持续深化行政执法规范化建设。四年来，共办理行政执法案件8120件。",
        # another year named between them: the count may sum up another span
        "2021年以来，全区持续深化规范化建设，2023年出台指引。六年来，全区累计培训9000人次。",
        # the count does not open its sentence
        "2021年以来，全区持续深化规范化建设。全区近六年来共办理案件8120件。",
    ],
)
def test_a_span_and_a_count_that_fit_or_are_not_tied_are_silent(text: str) -> None:
    assert _found(text, 2024, "N304") == []


# 7. a letter's sign-off inside the paragraph that sends the report (signed ``_SIGNOFF_RE``)
def test_a_sign_off_before_the_years_end_is_a_warning() -> None:
    text = (
        "市政府办公室：现将我局2024年政府信息公开工作年度报告报送贵室。区市场监督管理局，"
        "2024年2月6日。本报告所列数据统计期限自2024年1月1日至2024年12月31日。"
    )
    found = _found(text, 2024, "N301")
    assert [s for s, _ in found] == [Severity.WARNING], found
    assert "落款日期“2024年2月6日”早于所报告的期间结束" in found[0][1]


@pytest.mark.parametrize(
    "text",
    [
        "市政府办公室：现将我局2024年政府信息公开工作年度报告报送贵室。区市场监督管理局，"
        "2025年2月6日。本报告所列数据统计期限自2024年1月1日至2024年12月31日。",
        # a date in the narrative, not a sign-off sentence
        "区市场监督管理局于2024年2月6日召开年度工作会议，部署全年政务公开工作。",
    ],
)
def test_a_sign_off_after_the_year_or_a_narrated_date_is_silent(text: str) -> None:
    assert _found(text, 2024, "N301") == []


# 8. a day opening the paragraph with a verb of publishing, this year's months opening a later
#    sentence (dates ``_months_not_over``, inferred: a warning)
def test_months_not_over_on_the_day_the_paragraph_opens_with_are_a_warning() -> None:
    text = (
        "11月20日，市司法局召开专题新闻发布会，通报行政执法监督工作情况。"
        "今年1—11月，全市共办理行政执法监督案件1234件，同比增长8.2%。"
    )
    found = _found(text, 2024, "N304")
    assert [s for s, _ in found] == [Severity.WARNING], found
    assert "“今年1—11月”的数字在11月20日" in found[0][1]
    assert "11月尚未结束" in found[0][1]


@pytest.mark.parametrize(
    "text",
    [
        "11月20日，市司法局召开专题新闻发布会，通报行政执法监督工作情况。"
        "今年1—10月，全市共办理行政执法监督案件1234件，同比增长8.2%。",
        # months of a named year: the day may be of another year
        "11月20日，市司法局召开专题新闻发布会，通报行政执法监督工作情况。"
        "2023年1—11月，全市共办理行政执法监督案件1234件，同比增长8.2%。",
    ],
)
def test_months_over_or_of_a_named_year_are_silent(text: str) -> None:
    assert _found(text, 2024, "N304") == []
