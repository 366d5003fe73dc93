"""Session 33, coder time: dates and periods read by structure (issue 9), each rule with its
own examples (written here, not copied from a set), each contradiction beside a consistent twin.

1. A carry-over's year (years ``_carried_into_past``): 转 alone as the carry verb when the
   handling it is carried to follows its year (「剩余3件转2021年办理」); a carry-out past the
   next year (「结转2026年继续办理」 in a report on 2024); a carry-in counted inside the year's
   figure from the report year itself (「办结58件（含2024年结转2件）」 in a report on 2024).
2. The report naming its own year with the verb first (「现向社会公布本局2022年度…报告」 in a
   report on 2023: years ``_OWN_REPORT_RE``).
3. A signature before the year's end judged against a year, its subject and a total in one
   clause (「2023年区法律援助中心共受理…」: signed ``_WHOLE_YEAR``).
"""

from __future__ import annotations

import pytest

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity

TITLE = "区司法局{y}年法治政府建设情况报告\n一、{y}年推进法治政府建设的主要举措和成效\n"


def _time(text: str, year: int) -> list[tuple[Severity | None, str]]:
    return [
        (r.severity, r.message)
        for r in contradictions(analyze_text(TITLE.format(y=year) + text, year))
        if r.code == "N301"
    ]


# 1. carry-over years
CARRY_WRONG = [
    # 转 alone, into the report year itself
    ("2021年，本局共收到依申请公开36件，办结33件，剩余3件转2021年办理。", 2021, "转2021年"),
    # past the next year
    ("全年办理依申请公开25件，结转2026年继续办理2件。", 2024, "结转2026年"),
    # a carry-in counted inside the year's figure, from the year itself
    ("依法办结政府信息公开申请58件（含2024年结转2件），均在法定期限内答复。", 2024, "2024年结转"),
]
CARRY_RIGHT = [
    ("2021年，本局共收到依申请公开36件，办结33件，剩余3件转2022年办理。", 2021),
    ("全年办理依申请公开25件，结转2025年继续办理2件。", 2024),
    ("依法办结政府信息公开申请58件（含2023年结转2件），均在法定期限内答复。", 2024),
    # the year left named before the verb: an inflow from the year before
    ("办结12件，其中包括2023年结转2024年的申请3件。", 2024),
    # 转 as another verb
    ("及时转发2024年度重点工作安排，督促各科室办理。", 2024),
    # a carry-out from the year itself, not counted inside a figure
    ("2024年结转至2025年继续办理1件。", 2024),
]


@pytest.mark.parametrize(("text", "year", "shown"), CARRY_WRONG)
def test_a_carry_over_into_the_wrong_year_is_a_warning(text: str, year: int, shown: str) -> None:
    found = _time(text, year)
    assert [s for s, _ in found] == [Severity.WARNING], found
    assert shown in found[0][1], found
    assert f"报告年度{year}年" in found[0][1], found


@pytest.mark.parametrize(("text", "year"), CARRY_RIGHT)
def test_a_carry_over_into_the_next_year_is_quiet(text: str, year: int) -> None:
    assert _time(text, year) == [], text


# 2. the report names its own year, the verb first
OWN = "根据有关要求，现向社会公布本局{y}年度政府信息公开工作情况。全年主动公开信息120条。"


def test_the_report_published_as_another_year_is_a_warning() -> None:
    found = _time(OWN.format(y=2022), 2023)
    assert [s for s, _ in found] == [Severity.WARNING], found
    assert "2022年度" in found[0][1] and "报告年度2023年" in found[0][1], found


def test_the_report_published_as_its_own_year_is_quiet() -> None:
    assert _time(OWN.format(y=2023), 2023) == []


# 3. a signature before the end of the year whose total the report gives
SIGNED = "{y}年区法律援助中心共受理法律援助案件860件，结案率为98.5%。\n区法律援助中心\n{d}\n"


def test_a_year_total_signed_before_the_year_ends_is_a_warning() -> None:
    found = _time(SIGNED.format(y=2023, d="2023年2月20日"), 2023)
    assert [s for s, _ in found] == [Severity.WARNING], found
    assert "2023年2月20日" in found[0][1] and "2023年12月" in found[0][1], found


def test_a_year_total_signed_after_the_year_is_quiet() -> None:
    assert _time(SIGNED.format(y=2023, d="2024年2月20日"), 2023) == []


def test_a_part_of_the_year_signed_within_the_year_is_quiet() -> None:
    text = "2023年上半年区法律援助中心共受理法律援助案件430件。\n区法律援助中心\n2023年7月20日\n"
    assert _time(text, 2023) == []
