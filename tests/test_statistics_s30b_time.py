"""Session 30 round 2, coder time: the text's own date against the dates and periods it gives
(issue 9, N304 warnings).

1. A news dateline without its year (「新华社杭州5月6日电」) and a cut-off in its paragraph naming
   the latest year the paragraph names, later in that year than the dateline: read in that
   year the figures run past the day they are told on (the dateline may be of a later year:
   a warning). Not when the paragraph counts from another year (去年, 上年).
2. A speech dated under its title (「——2021年7月20日在…人大常委会第…次会议上」) giving accounts
   its date had not reached: a year's final accounts (决算) before the year is over, a year's
   budget execution before the year began, figures of a part of the year not yet over. Not an
   estimate or a plan (预计, 左右, 将…), not a whole year's review.
"""

from __future__ import annotations

import pytest

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def _n304(text: str, year: int = 2021) -> list[Severity | None]:
    return [r.severity for r in contradictions(analyze_text(text, year)) if r.code == "N304"]


DATELINE_CUT_OFFS = [
    # (contradiction, consistent twin)
    (
        "新华社杭州5月6日电（记者 李明）记者从浙江省市场监管局获悉，截至2021年6月底，全省"
        "登记在册市场主体812.5万户，同比增长11.2%。",
        "新华社杭州5月6日电（记者 李明）记者从浙江省市场监管局获悉，截至2021年4月底，全省"
        "登记在册市场主体812.5万户，同比增长11.2%。",
    ),
    (
        "人民网成都9月2日电 四川省政府新闻办今天召开发布会。全省共受理政务服务事项3.2万件。"
        "截至2021年9月15日，办结率达到98.6%。",
        "人民网成都9月2日电 四川省政府新闻办今天召开发布会。全省共受理政务服务事项3.2万件。"
        "截至2021年8月15日，办结率达到98.6%。",
    ),
]

DATELINE_OTHER_YEAR = [
    # a January dateline about last year's year-end: the dateline is of the next year
    "新华社北京1月8日电 记者从司法部获悉，截至2020年底，全国共有律师事务所3.4万家，"
    "比去年增长4.1%。",
]


@pytest.mark.parametrize(("wrong", "right"), DATELINE_CUT_OFFS)
def test_yearless_dateline_before_the_cut_off_warns(wrong: str, right: str) -> None:
    assert _n304(wrong) == [Severity.WARNING], wrong
    assert not _n304(right), right


@pytest.mark.parametrize("text", DATELINE_OTHER_YEAR)
def test_yearless_dateline_of_another_year_is_quiet(text: str) -> None:
    assert not _n304(text, 2020), text


SPEECH_ACCOUNTS = [
    (
        "——2021年7月20日在市第十五届人民代表大会常务委员会第三十次会议上\n"
        "2021年市级财政决算草案已编制完成，一般公共预算收入决算数86520万元。",
        "——2022年7月20日在市第十五届人民代表大会常务委员会第三十次会议上\n"
        "2021年市级财政决算草案已编制完成，一般公共预算收入决算数86520万元。",
    ),
    (
        "关于2022年预算执行情况和2023年预算草案的报告\n"
        "——2021年12月20日在县第九届人民代表大会第三次会议上\n"
        "全县一般公共预算收入完成52000万元，同比增长6.5%。",
        "关于2022年预算执行情况和2023年预算草案的报告\n"
        "——2022年12月20日在县第九届人民代表大会第三次会议上\n"
        "全县一般公共预算收入完成52000万元，同比增长6.5%。",
    ),
    (
        "——2021年7月28日在区第八届人大常委会第十二次会议上\n"
        "2021年上半年，全区实现地区生产总值215亿元，同比增长9.1%。"
        "2021年前三季度，一般公共预算收入完成12.6亿元，同比增长7.4%。",
        "——2021年7月28日在区第八届人大常委会第十二次会议上\n"
        "2021年上半年，全区实现地区生产总值215亿元，同比增长9.1%。"
        "2021年1-6月，一般公共预算收入完成12.6亿元，同比增长7.4%。",
    ),
]

SPEECH_QUIET = [
    # an estimate of the year not yet over, and a whole year reviewed in October
    "——2021年10月15日在县第十八届人民代表大会第一次会议上\n"
    "2021年工作回顾\n"
    "2021年全县实现生产总值305亿元左右（预计数），增长8%。"
    "2021年前三季度，一般公共预算收入预计完成8.9亿元，增长8%。",
]


@pytest.mark.parametrize(("wrong", "right"), SPEECH_ACCOUNTS)
def test_speech_date_before_its_accounts_warns(wrong: str, right: str) -> None:
    assert _n304(wrong) == [Severity.WARNING], wrong
    assert not _n304(right), right


@pytest.mark.parametrize("text", SPEECH_QUIET)
def test_speech_estimates_and_reviews_are_quiet(text: str) -> None:
    assert not _n304(text), text
