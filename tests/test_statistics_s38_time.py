"""Session 38, coder time: figures over a period the day of telling has not reached (issue 9),
read from the structure that dates the text. Each rule with its own examples (written here,
not copied from a set), each contradiction beside a consistent twin.

1. A day opening the paragraph with a verb that tells (获悉, 了解到, 通报) dates what the
   paragraph goes on to give: a cut-off opening a later sentence past that day (an error after
   获悉：, a warning otherwise), and months from January opening a later sentence without a
   year (a warning).
2. A speech dated under its title giving this year's (今年) months or part not yet over.
3. A news dateline without its year and the whole (全年) or a part of the latest year the
   paragraph names, not over on the dateline's day (a warning).
4. A body naming itself a report on a part of a year in its opening sentence (现将…报告如下, a
   title fused with the first line) over months past the part (a warning).
"""

from __future__ import annotations

import pytest

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity

TITLE = "区司法局{y}年法治政府建设情况报告\n一、{y}年推进法治政府建设的主要举措和成效\n"


def _found(text: str, year: int, code: str = "N304") -> list[tuple[Severity | None, str]]:
    return [
        (r.severity, r.message)
        for r in contradictions(analyze_text(TITLE.format(y=year) + text, year))
        if r.code == code
    ]


# 1. a told day opening the paragraph
def test_a_cut_off_after_a_learnt_day_with_a_colon_is_an_error() -> None:
    text = (
        "5月12日，记者从市应急管理局获悉：全市安全生产形势平稳。"
        "截至5月20日，全市共发生生产安全事故12起，同比下降20%。"
    )
    found = _found(text, 2024)
    assert [s for s, _ in found] == [Severity.ERROR], found
    assert "截至5月20日" in found[0][1]
    assert "5月12日" in found[0][1]


def test_a_cut_off_after_a_learnt_day_without_a_colon_is_a_warning() -> None:
    text = (
        "5月12日，记者从市应急管理局了解到，全市安全生产形势平稳。"
        "截至5月20日，全市共发生生产安全事故12起。"
    )
    found = _found(text, 2024)
    assert [s for s, _ in found] == [Severity.WARNING], found
    assert "截至5月20日" in found[0][1]


@pytest.mark.parametrize(
    "text",
    [
        # the cut-off before the day
        "5月12日，记者从市应急管理局获悉：全市安全生产形势平稳。截至5月10日，全市共发生生产安全事故12起。",
        # a deadline, not a count so far
        "5月12日，记者从市应急管理局获悉：全市开展隐患排查。截至5月31日前，各地须完成排查企业120家。",
        # another year's cut-off
        "5月12日，记者从市应急管理局获悉：全市安全生产形势平稳。截至2023年6月底，全市共发生事故30起。",
        # another day named in between: the paragraph moves on
        "5月12日，记者从市应急管理局获悉：全市启动专项整治。5月25日，召开推进会。截至5月20日，共检查企业86家。",
        # the day does not open the paragraph: an event dated inside it
        "全市启动专项整治，5月12日，记者从市应急管理局获悉相关情况。截至5月20日，共检查企业86家。",
    ],
)
def test_a_cut_off_the_told_day_allows_is_silent(text: str) -> None:
    assert _found(text, 2024) == []


def test_months_without_a_year_after_a_learnt_day_are_a_warning() -> None:
    text = "9月10日，记者从市人社局获悉，全市就业形势总体稳定。1至9月，全市城镇新增就业3.2万人。"
    found = _found(text, 2024)
    assert [s for s, _ in found] == [Severity.WARNING], found
    assert "1至9月" in found[0][1]
    assert "9月10日" in found[0][1]


@pytest.mark.parametrize(
    "text",
    [
        "9月10日，记者从市人社局获悉，全市就业形势总体稳定。1至8月，全市城镇新增就业3.2万人。",
        # last year's months, named as such
        "9月10日，记者从市人社局获悉，全市就业形势总体稳定。去年1至9月，全市城镇新增就业3.2万人。",
        # the day opens no paragraph-long telling: an event
        "9月10日，全市就业工作推进会召开。1至9月，全市城镇新增就业3.2万人。",
    ],
)
def test_months_the_learnt_day_allows_are_silent(text: str) -> None:
    assert _found(text, 2024) == []


# 2. a speech's date against this year's months
def test_this_years_months_after_a_speech_date_are_a_warning() -> None:
    text = (
        "——2024年8月20日在区第十七届人民代表大会常务委员会第二十次会议上\n"
        "一是稳就业成效明显。今年1-9月，全区城镇新增就业2.1万人，完成全年目标的80%。"
    )
    found = _found(text, 2024)
    assert [s for s, _ in found] == [Severity.WARNING], found
    assert "今年1-9月" in found[0][1]
    assert "2024年8月20日" in found[0][1]


@pytest.mark.parametrize("months", ["今年1-7月", "今年上半年"])
def test_this_years_months_a_speech_date_allows_are_silent(months: str) -> None:
    text = (
        "——2024年8月20日在区第十七届人民代表大会常务委员会第二十次会议上\n"
        f"一是稳就业成效明显。{months}，全区城镇新增就业2.1万人，完成全年目标的80%。"
    )
    assert _found(text, 2024) == []


# 3. a yearless dateline against a whole or part of the latest year
def test_a_whole_year_after_a_yearless_dateline_is_a_warning() -> None:
    text = "新华社北京11月5日电 据统计，2024年全年全市共办理行政复议案件1200件。"
    found = _found(text, 2024)
    assert [s for s, _ in found] == [Severity.WARNING], found
    assert "2024年全年" in found[0][1]
    assert "11月5日" in found[0][1]


@pytest.mark.parametrize(
    "text",
    [
        "新华社北京11月5日电 据统计，2024年前三季度全市共办理行政复议案件1200件。",
        # an estimate of the year
        "新华社北京11月5日电 据测算，预计2024年全年全市办理行政复议案件1200件。",
        # a target, not a count
        "新华社北京11月5日电 2024年全年任务为办理行政复议案件1200件，目前已完成980件。",
        # the paragraph counts from the year before
        "新华社北京1月5日电 去年，即2024年全年全市共办理行政复议案件1200件。",
    ],
)
def test_a_period_the_yearless_dateline_allows_is_silent(text: str) -> None:
    assert _found(text, 2024) == []


# 4. a body naming itself a report on a part of the year
def test_months_past_the_part_a_body_reports_on_are_a_warning() -> None:
    text = (
        "受区政府委托，现将2024年上半年全区法治政府建设情况报告如下，请予审议。\n"
        "1-9月，全区共办理行政复议案件86件，同比增长12%。"
    )
    found = _found(text, 2024)
    assert [s for s, _ in found] == [Severity.WARNING], found
    assert "1-9月" in found[0][1]
    assert "上半年" in found[0][1]


@pytest.mark.parametrize(
    "text",
    [
        "受区政府委托，现将2024年上半年全区法治政府建设情况报告如下，请予审议。\n"
        "1-6月，全区共办理行政复议案件86件，同比增长12%。",
        # a cited notice, not the text itself
        "根据市政府关于2024年上半年法治政府建设情况的通报，全区进一步抓好整改。\n"
        "1-9月，全区共办理行政复议案件86件，同比增长12%。",
    ],
)
def test_months_the_part_allows_or_a_cited_part_are_silent(text: str) -> None:
    assert _found(text, 2024) == []


# 5. a year reviewed and a year planned, in that order
@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("区政府常务会议总结2024年工作，并对2024年法治政府建设工作进行安排部署。", "2024年"),
        (
            "报告分为三部分：一、2023年工作取得的成效；二、存在的问题；三、2023年主要工作任务。",
            "2023年",
        ),
        ("会议回顾了2024年工作，谋划了“十五五”开局和2023年重点任务。", "2023年"),
    ],
)
def test_a_planned_year_not_after_the_reviewed_one_is_an_error(text: str, shown: str) -> None:
    found = _found(text, 2024)
    assert [s for s, _ in found] == [Severity.ERROR], found
    assert "回顾的是" in found[0][1]
    assert f"部署的却是{shown}" in found[0][1]


@pytest.mark.parametrize(
    "text",
    [
        "区政府常务会议总结2024年工作，并对2025年法治政府建设工作进行安排部署。",
        "报告分为三部分：一、2023年工作取得的成效；二、存在的问题；三、2024年主要工作任务。",
        # a half-year reviewed, the other half planned
        "会议总结2024年上半年工作，部署2024年下半年重点任务。",
        # a year-closing act of the reviewed year arranged
        "会议总结2024年工作，并对2024年度述法工作进行安排部署。",
        # a span since a year, not the year
        "会议总结2021年以来工作，部署2024年重点任务。",
    ],
)
def test_a_plan_after_the_review_or_no_plan_is_silent(text: str) -> None:
    assert _found(text, 2024) == []


# 6. the report's own span named 起止时间 after the report itself
def test_the_reports_own_span_past_the_year_is_an_error() -> None:
    text = "本报告由总体情况、主动公开情况等五个部分组成，起止时间为2024年1月1日至2025年6月30日。"
    found = _found(text, 2024, "N301")
    assert [s for s, _ in found] == [Severity.ERROR], found
    assert "2024年1月1日至2025年6月30日" in found[0][1]


@pytest.mark.parametrize(
    "text",
    [
        "本报告由总体情况、主动公开情况等五个部分组成，起止时间为2024年1月1日至2024年12月31日。",
        # a project's span, not the report's
        "区数字法治平台建设项目起止时间为2023年7月1日至2024年12月31日，已完成一期工程。",
    ],
)
def test_a_span_in_the_year_or_not_the_reports_is_silent(text: str) -> None:
    assert _found(text, 2024, "N301") == []


# 7. a run of years (连续N年) after a later year's own statement is that statement's trend
def test_a_run_counted_from_the_founding_is_still_judged() -> None:
    text = "自2019年成立以来，区调解委员会已连续运行三年，全年化解纠纷320件。"
    found = _found(text, 2024)
    assert found, found
    assert "连续运行三年" in found[0][1]
    assert "2019年" in found[0][1]


def test_a_run_in_a_later_years_statement_is_silent() -> None:
    text = (
        "2019年以来，全区累计化解矛盾纠纷1200件；2024年全年化解纠纷320件，信访案件数连续三年下降。"
    )
    assert _found(text, 2024) == []
