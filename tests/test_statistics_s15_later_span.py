"""An earlier year's figure before a span from a later start up to now (session 15,
s15-nouns): 「2021年，全市…办理行政复议案件1,480件；自2022年1月…以来，市人民政府累计办理
1,390件」 tells the time before the span as a contrast — not data carried over (N301 stays
silent: relations/years.py ``_later_span``). The span must start after the earlier year and
no later than the report year (自/从 before its start, or 以来 after it in its clause); a span
that takes in the earlier year (2020年以来 after 2021年) or a later year with no span leaves the
warning.

Every sentence is written for these tests; each verdict derived by hand (the years compared
in the comment above it)."""

from __future__ import annotations

import pytest
from relation_helpers import found

STALE = [
    # 2021 in a report on 2023, nothing after it
    ("2021年，全市办理法律援助案件1,620件，群众满意率98%。", 2023),
    # a span from 2020 takes in 2021: no contrast
    ("2021年，全市办理法律援助案件1,620件；2020年以来，全市累计办理法律援助案件4,305件。", 2023),
    # a span from 2021 itself: the earlier year is inside it
    ("2021年，全区受理行政复议申请312件；自2021年7月以来累计受理行政复议申请655件。", 2023),
    # a span from a year after the report year is no span up to now
    ("2022年，全县审查规范性文件46件；自2025年起实行备案审查新规。", 2023),
    # an earlier year named after it, no span from a later start
    ("2021年，全区调解矛盾纠纷1,230件，较2020年增长8.2%，调解成功率97%。", 2023),
    # 2020 in a report on 2022, the later words a plan
    ("2020年，全市组织执法人员培训42场，参训人员3,100人次。", 2022),
    # the earlier year after the span: no contrast told before it
    (
        "自2022年1月以来，市人民政府累计办理行政复议案件1,390件。2021年，全市办理行政复议案件1,480件。",
        2023,
    ),
    # 2021 opening a count, a later 以来 of another clause far from its year
    (
        "2021年，全县查处违法建设案件88件；2022年全县开展专项整治行动，推动长效管理机制建立以来成效明显。",
        2023,
    ),
]

SILENT = [
    # KM19's shape: a span from 2022 in a report on 2022
    (
        "2021年，全市各级行政复议机关共办理行政复议案件1,480件；自2022年1月全面实行“一级政府只设立"
        "一个行政复议机关”以来，市人民政府累计办理行政复议案件1,390件，综合纠错率13.2%。",
        2022,
    ),
    # a span from 2022 in a report on 2023
    (
        "2021年，全省各级行政复议机关共办理行政复议案件1,620件；自2022年1月本市实行行政复议体制改革"
        "以来，市人民政府累计办理行政复议案件1,305件。",
        2023,
    ),
    # 以来 after the start year
    ("2021年，全市办理法律援助案件1,620件；2022年以来，全市累计办理法律援助案件2,305件。", 2023),
    # 从 before the start year
    ("2020年，全区受理投诉举报2,140件；从2021年起，全区累计受理投诉举报5,320件。", 2022),
    # the span starts in the report year itself
    ("2023年，全县审查规范性文件46件；自2024年3月新规施行以来，全县审查规范性文件31件。", 2024),
    # a span from a month of a later year
    ("2022年，全区调解矛盾纠纷1,230件；2023年6月以来，全区累计调解矛盾纠纷1,116件。", 2024),
    # the report year opening its own statement (the comparison already read)
    ("2022年，全区办理行政复议案件86件；2023年，全区办理行政复议案件92件。", 2023),
    # 以来 after the start year, a 年度 figure told before
    ("2021年，全市共有法律顾问412名；自2022年推行“一村一顾问”以来，累计新增法律顾问238名。", 2023),
]


@pytest.mark.parametrize(("text", "year"), STALE)
def test_an_earlier_year_without_a_later_span_is_reported(text: str, year: int) -> None:
    assert [c for c, _ in found(text, year)] == ["N301"], text


@pytest.mark.parametrize(("text", "year"), SILENT)
def test_an_earlier_year_before_a_later_span_is_silent(text: str, year: int) -> None:
    assert "N301" not in [c for c, _ in found(text, year)], text
