"""Session 36 (s36-time): a work report delivered before the end of the year it reviews
(delivered.py, N304), and the narrowed dateline reading of session 35 (snapshot.py).

Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from relation_helpers import _contradictions, findings

CONTRADICTIONS = [
    # a review of the delivery day's own year, done figures, delivered in March
    (
        "——2021年3月2日在某县第九届人民代表大会第三次会议上\n2021年工作回顾\n"
        "全年共受理各类案件8642件，审结8210件，同比分别上升4.1%和3.8%。",
        2021,
        "ERROR",
        ("2021年3月2日", "8642件"),
    ),
    # a year opening the first paragraph, the date in Chinese numerals
    (
        "——二〇一九年二月十五日在某市第五届人民代表大会第二次会议上\n"
        "2019年，全市检察机关依法履职。共批准逮捕各类犯罪嫌疑人1320人，提起公诉2105人。",
        2019,
        "ERROR",
        ("2019年2月15日", "1320人"),
    ),
    # a review of a year not yet begun, inline after the title
    (
        "某区人民法院工作报告——2020年12月20日在某区人民代表大会会议上。2021年工作回顾："
        "2021年，全区法院新收案件5230件，结案5108件。",
        2021,
        "ERROR",
        ("2021年还没有开始", "5230件"),
    ),
    # the day's own year reviewed with estimates in January: a warning
    (
        "——2022年1月6日在某县第十届人民代表大会第一次会议上\n一、2022年工作回顾\n"
        "预计全年完成地区生产总值126亿元，增长6%。",
        2022,
        "WARNING",
        ("2022年1月6日", "126亿元"),
    ),
]

CONSISTENT = [
    # the usual report: delivered in January on the year before
    (
        "——2022年1月6日在某县第十届人民代表大会第一次会议上\n一、2021年工作回顾\n"
        "全年共受理各类案件8642件，审结8210件。",
        2021,
    ),
    # a congress meeting in the last quarter reviews its own year
    (
        "——2021年11月2日在某县第九届人民代表大会第一次会议上\n2021年工作回顾\n"
        "全年共受理各类案件8642件，审结8210件。",
        2021,
    ),
    # the plan of the day's year after the review of the year before
    (
        "——2023年2月8日在某市第六届人民代表大会第二次会议上\n2023年工作安排\n"
        "全年新建公共法律服务站30个，培训人民调解员1200人次。",
        2023,
    ),
    # a year counted so far, to a standing committee in the summer
    (
        "——2023年8月28日在某区人大常委会第十次会议上\n2023年以来，全区共办理行政复议案件96件。",
        2023,
    ),
]


@pytest.mark.parametrize(("text", "year", "severity", "needles"), CONTRADICTIONS)
def test_review_delivered_before_year_ends(
    text: str, year: int, severity: str, needles: tuple[str, ...]
) -> None:
    found = [r for r in _contradictions(text, year) if r.code == "N304"]
    assert found, text
    assert any(all(n in (r.message or "") for n in needles) for r in found), [
        r.message for r in found
    ]
    assert {r.severity.name for r in found if r.severity is not None} == {severity}


@pytest.mark.parametrize(("text", "year"), CONSISTENT)
def test_review_after_year_or_no_review_is_silent(text: str, year: int) -> None:
    assert findings(text, year, ("N304",)) == []


def test_meeting_held_then_year_to_date_is_silent() -> None:
    # a meeting without telling figures, then the writer's own year-to-date figure
    text = "9月5日，市政府召开调度会。今年1至10月，全市共受理信访事项412件。"
    assert findings(text, 2024, ("N304",)) == []
    # the same when the meeting reports them
    told = "9月5日，市政府召开调度会，通报今年1至10月全市共受理信访事项412件。"
    assert [r for r in _contradictions(told, 2024) if r.code == "N304"]


def test_period_so_far_is_silent() -> None:
    text = "2024年5月9日，县司法局召开通报会，通报上半年以来全县累计调解纠纷318件。"
    assert findings(text, 2024, ("N304",)) == []
    twin = text.replace("上半年以来", "上半年")
    assert [r for r in _contradictions(twin, 2024) if r.code == "N304"]
