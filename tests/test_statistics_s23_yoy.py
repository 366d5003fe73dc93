"""Year-on-year changes read from the structure of the paragraph (session 23, s23-yoy).

1. A series of years, each clause opening with its year and stating one figure and its change
   (「2022年…1250件，较上年增长8.7%；2023年…1400件，较上年增长12%」): each year's figure
   against the one figure of the clause of the year before — same span of the year, same thing.
2. A list of numbers sharing the unit printed after the last (「分别为120、80件」「各为860.5,
   912.3万元」) is a list of figures of that unit and magnitude, so a 分别/各 list of changes
   pairs with it item by item.

Every sentence is written for these tests (none from a fixture set); the arithmetic is in the
comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import errors, findings

CHANGE_CODES = ("N106", "N108")

# (text, figures the N108 message must name)
CONTRADICTIONS = [
    # 1. (1400 ÷ 1250 = 1.12: +12%, not +18.2%)
    (
        "2022年全县调解矛盾纠纷1250件，较上年增长8.7%；2023年全县调解矛盾纠纷1400件，较上年增长18.2%。",
        ("1250件", "1400件", "12%"),
    ),
    # 1. (598 ÷ 520 = 1.15: +15%, not +12%; the year tags after a lead-in clause)
    (
        "据统计，2022年，区法院受理行政案件520件；2023年，区法院受理行政案件598件，同比增长12%。",
        ("520件", "598件", "15%"),
    ),
    # 1. (three years: 990 ÷ 880 = 1.125: +12.5%, not +15%; 880 ÷ 800 = +10% fits)
    (
        "2020年，镇村两级调处纠纷800件；2021年，镇村两级调处纠纷880件，同比增长10%；"
        "2022年，镇村两级调处纠纷990件，同比增长15%。",
        ("880件", "990件", "12.5%"),
    ),
    # 1. (a money series, the later year first in a clause without a comma: 46.2 ÷ 42 = +10%)
    (
        "2023年本级行政执法经费安排42万元，同比增长5%；2024年本级行政执法经费安排46.2万元，同比增长12%。",
        ("42万元", "46.2万元", "10%"),
    ),
    # 2. (120 − 20 = 100; 20 ÷ 100 = 20%, not 25%; 16 ÷ 64 = 25% fits)
    (
        "全年行政复议、行政诉讼案件分别为120、80件，较上年分别增加20、16件，分别增长25%、25%。",
        ("120件", "100件", "20%"),
    ),
    # 2. (comma-joined, 各: 912.3 − 112.3 = 800; 112.3 ÷ 800 = 14.04%, not 12.04%)
    (
        "区本级一般公共预算收、支各为860.5,912.3万元。与上年相比，收、支各增加60.5,112.3万元，"
        "各增长7.56%、12.04%。",
        ("912.3万元", "800万元", "14.04%"),
    ),
]

CONSISTENT = [
    # 1. (1400 ÷ 1250 = +12%)
    "2022年全县调解矛盾纠纷1250件，较上年增长8.7%；2023年全县调解矛盾纠纷1400件，较上年增长12%。",
    # 1. (598 ÷ 520 = +15%)
    "据统计，2022年，区法院受理行政案件520件；2023年，区法院受理行政案件598件，同比增长15%。",
    # 1. (880 ÷ 800 = +10%, 990 ÷ 880 = +12.5%)
    "2020年，镇村两级调处纠纷800件；2021年，镇村两级调处纠纷880件，同比增长10%；"
    "2022年，镇村两级调处纠纷990件，同比增长12.5%。",
    # 1. trap: another thing in the year before (受理复议 / 审结诉讼): no base of the change
    "2022年，全市受理复议案件344件；2023年，全市审结诉讼案件386件，同比增长14.2%。",
    # 1. trap: the clause before names 2020, not the year before 2023: no base of 同比
    "2020年，全市受理复议案件344件；2023年，全市受理复议案件386件，同比增长14.2%。",
    # 1. trap: the year's end against the year's end (386 ÷ 344 = +12.2%)
    "2022年底，全市登记执业律师344名；2023年底，全市登记执业律师386名，同比增长12.2%。",
    # 2. (20 ÷ 100 = 20%, 16 ÷ 64 = 25%)
    "全年行政复议、行政诉讼案件分别为120、80件，较上年分别增加20、16件，分别增长20%、25%。",
    # 2. (60.5 ÷ 800 = 7.56%, 112.3 ÷ 800 = 14.04%)
    "区本级一般公共预算收、支各为860.5,912.3万元。与上年相比，收、支各增加60.5,112.3万元，"
    "各增长7.56%、14.04%。",
]


@pytest.mark.parametrize(("text", "figures"), CONTRADICTIONS)
def test_contradiction_found(text: str, figures: tuple[str, ...]) -> None:
    found = [m for c, m in findings(text, 2024) if c == "N108"]
    assert found, findings(text)
    assert any(all(f in m for f in figures) for m in found), found


@pytest.mark.parametrize("text", CONSISTENT)
def test_consistent_silent(text: str) -> None:
    assert findings(text, 2024, codes=CHANGE_CODES) == []


def test_series_across_a_full_stop_is_a_warning() -> None:
    # (180 ÷ 150 = +20%, not +25%): two sentences, each opening with its year
    text = "2022年，市级普法经费投入150万元。2023年，市级普法经费投入180万元，比上年增长25%。"
    assert [m for c, m in findings(text, 2024) if c == "N108"]
    assert not [m for c, m in errors(text, 2024) if c == "N108"]


def test_series_of_another_span_of_the_year_is_no_base() -> None:
    # 2023年上半年 against 2022年 (the whole year) is no pair of the series; 同比 of the half
    # year names a base the text does not give (a 14.2% growth of 344 is no 200)
    text = "2022年全区办理案件344件；2023年上半年全区办理案件200件，同比增长14.2%。"
    assert not [m for c, m in findings(text, 2024) if c == "N108" and "上一年份" in m]


def test_numbered_heading_keeps_no_shared_unit() -> None:
    # 「1、12项」: a number opening its clause numbers the list, it shares no unit
    from fazhi_lint.analysis.quantities import extract

    kinds = [q.kind for q in extract("1、12项工作全部完成").quantities]
    assert kinds.count("count") == 1


def test_series_runs_in_time_order() -> None:
    # the clause of the year before stands after the change: no series (27188 against 1803 of
    # another count)
    text = (
        "2023年，全省法院受理行政诉讼案件27188件，同比增长28.7%。"
        "据统计，2022年行政机关败诉案件1803件，比2021年的1124件增加60%。"
    )
    assert not [m for c, m in findings(text, 2024) if c == "N108" and "上一年份" in m]
