"""Session 22 (s22-time2): the next year's counted work, and parts of a span over years.

* a year after the report year opening a clause of counted work — its verb right after it and
  the verb's figure in the same clause (「2024年组织…集中学法4次」 in a report on 2023) — dates
  the year's figures as 「2024年，」 does (N301); a plan word, a 的-clause (2024年出台的…) or a
  clause with no figure keeps silence;
* the parts that 其中 opens after the figure of a span over years (「2021年3月至2023年6月…。
  其中，…2023年1月至9月…」) lie within it: a part whose months run past its end or begin
  before its start, or a year wholly outside it, is reported (N304, a warning); a bare year
  the span begins or ends in names its months within the span.

Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from relation_helpers import findings

CONTRADICTIONS = [
    # 2024 study sessions in a report on 2023
    ("全年工作稳步推进。2024年组织领导干部集中学法6次，覆盖全体班子成员。", 2023, "N301", "2024年"),
    # a verb and its figure right after the next year, no comma
    ("2024年审查规范性文件18件，全部按期报送备案。", 2023, "N301", "2024年"),
    ("法治宣传持续深化，2025年举办普法讲座26场。", 2024, "N301", "2025年"),
    # the last part's months run past the span's end
    (
        "2021年3月至2023年6月，全市共办理法律援助案件4820件。其中，2021年3月至12月办理1210件；"
        "2022年办理2150件；2023年1月至9月办理1460件。",
        2023,
        "N304",
        "止于2023年9月",
    ),
    # a part beginning before the span's start
    (
        "2019年7月至2022年6月，累计受理行政复议申请1865件。其中，2019年1月至12月受理402件，"
        "2020年受理611件。",
        2022,
        "N304",
        "始于2019年1月",
    ),
    # a year wholly before the span
    (
        "2020年1月至2022年12月，全区共调解纠纷9321件。其中，2019年调解2870件；2021年调解3300件。",
        2022,
        "N304",
        "2019年整个在此期间之外",
    ),
    # 今年 is the report year, in the span's own sentence
    (
        "2020年10月至2023年3月，共查处违法案件503起，其中今年1月至5月查处87起。",
        2023,
        "N304",
        "止于2023年5月",
    ),
]

CONSISTENT = [
    # a plan for the next year
    ("2024年计划组织领导干部集中学法6次。", 2023, ("N301",)),
    ("2024年力争办理法律援助案件100件以上。", 2023, ("N301",)),
    # a 的-clause names documents by their year (and 将 plans)
    ("2024年出台的3件规范性文件将于年内完成评估。", 2023, ("N301",)),
    # a clause with no figure, the year's work counted before it
    ("2023年组织集中学法4次，2024年继续组织学法活动。", 2023, ("N301",)),
    # the parts within the span, 今年 the report year
    (
        "2021年3月至2023年6月，全市共办理法律援助案件4820件。其中，2021年3月至12月办理1210件；"
        "2022年办理2150件；今年1月至6月办理1460件。",
        2023,
        ("N304",),
    ),
    # bare years the span begins and ends in
    (
        "2017年7月至2019年9月，共立案9170件。其中，2017年立案1100件；2018年立案5000件；"
        "2019年立案3070件。",
        2019,
        ("N304",),
    ),
    # 其中 opens a kind, not a period; the later date is another sentence's
    (
        "2020年1月至2022年12月，全区共调解纠纷9321件，其中婚姻家庭纠纷2870件。"
        "2023年3月，区司法局组织调解员培训2次。",
        2022,
        ("N304",),
    ),
    # a span with no figure of its own
    ("2019年7月至2021年6月开展专项整治。其中，2022年查处案件12起。", 2022, ("N304",)),
]


@pytest.mark.parametrize(("text", "year", "code", "word"), CONTRADICTIONS)
def test_found(text: str, year: int, code: str, word: str) -> None:
    got = findings(text, year, (code,))
    assert got, text
    assert any(word in message for _, message in got), got


@pytest.mark.parametrize(("text", "year", "codes"), CONSISTENT)
def test_silent(text: str, year: int, codes: tuple[str, ...]) -> None:
    assert findings(text, year, codes) == [], text
