"""Session 36 round 2 (s36-time3): a page dated by a header line of its date and its source
(signed.dated_with_source, read by snapshot.py, N304), and a review heading's year against the
year the paragraph right under it opens with (delivered.headed_year_relations, N301).

Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from relation_helpers import _contradictions, findings

PAGE_DATED = [
    # the page's date in words before its source, a cut-off at a month's end after it
    (
        "2023年05月18日 来源：某某日报\n"
        "记者从市司法局获悉，今年以来全市法律援助工作稳步推进。截至8月底，全市共办理法律援助"
        "案件1264件。",
        2023,
        ("2023年5月18日", "2023年8月31日", "截至8月底"),
    ),
    # the date with its time, a span of days ending after it
    (
        "2021年3月2日 09:30 来源：区融媒体中心\n"
        "春节期间(2月11日-3月6日)，全区12345热线共受理群众诉求3105件。",
        2021,
        ("2021年3月2日", "2021年3月6日"),
    ),
]

PAGE_DATED_SILENT = [
    # the cut-off before the page's date
    "2023年05月18日 来源：某某日报\n截至4月底，全市共办理法律援助案件1264件。",
    # a plan to a later day is no count
    "2023年05月18日 来源：某某日报\n全市计划截至8月底办理法律援助案件1500件。",
    # a date line without its source is not read as the page's date here
    "2023年05月18日\n截至8月底，全市共办理法律援助案件1264件。",
]


@pytest.mark.parametrize(("text", "year", "needles"), PAGE_DATED)
def test_page_dated_with_source_before_its_data_end(
    text: str, year: int, needles: tuple[str, ...]
) -> None:
    found = [r for r in _contradictions(text, year) if r.code == "N304"]
    assert found, text
    assert any(all(n in (r.message or "") for n in needles) for r in found), [
        r.message for r in found
    ]
    assert {r.severity.name for r in found if r.severity is not None} == {"ERROR"}


@pytest.mark.parametrize("text", PAGE_DATED_SILENT)
def test_page_dated_after_its_data_end_is_silent(text: str) -> None:
    assert [m for _, m in findings(text, 2023, ("N304",)) if "页面日期" in m] == []


HEADED = [
    # a sub-heading of the year's work, a paragraph opening with the next year
    (
        "2022年主要工作\n2023年，在县委正确领导和县人大有力监督下，全县法院各项工作稳步推进。"
        "一年来，全县法院共受理各类案件6420件，审结6188件。",
        2023,
        ("2022年主要工作", "2023年，"),
    ),
    # a numbered heading of this year's measures, the paragraph naming the year after
    (
        "一、2019年推进法治政府建设的主要举措和成效\n"
        "2020年,在市委市政府的坚强领导下,我局深入推进依法行政,行政执法水平不断提高。",
        2019,
        ("2019年", "2020年，"),
    ),
]

HEADED_SILENT = [
    # the same year under its heading
    "2023年工作回顾\n2023年，在县委正确领导下，全县法院共受理各类案件6420件。",
    # last year's figures opening the section: a comparison's base, no review
    "一、2023年推进法治政府建设的主要举措和成效\n2022年，全区共受理行政复议案件86件。",
    # a plan heading over a plan paragraph
    "2024年工作安排\n2023年，在县委领导下，全县法院共受理各类案件6420件。",
    # a plan paragraph under a review heading
    "2023年主要工作\n2024年，我们将继续深化诉源治理，力争万人成讼率下降5%。",
    # a heading over a span of years
    "2023年工作回顾及过去五年主要成就\n2019年，在县委正确领导下，全县法院共受理案件5120件。",
    # another paragraph between the heading and the year's opening
    "2023年工作回顾\n一年来，全县法院各项工作稳步推进。\n2022年，在县委领导下，全县法院共受理案件5120件。",
]


@pytest.mark.parametrize(("text", "year", "needles"), HEADED)
def test_review_heading_year_against_opening_year(
    text: str, year: int, needles: tuple[str, ...]
) -> None:
    found = [
        r for r in _contradictions(text, year) if r.code == "N301" and "标题" in (r.message or "")
    ]
    assert found, text
    assert any(all(n in (r.message or "") for n in needles) for r in found), [
        r.message for r in found
    ]
    assert {r.severity.name for r in found if r.severity is not None} == {"ERROR"}


@pytest.mark.parametrize("text", HEADED_SILENT)
def test_review_heading_and_opening_agree_or_differ_in_kind(text: str) -> None:
    assert [m for _, m in findings(text, 2023, ("N301",)) if "其下段落" in m] == []
