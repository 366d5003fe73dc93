"""Session 31, coder time: periods read as intervals against each other (issue 9).

1. A run of whole years given with the number of years it lasts (a count glossed by the run
   in brackets, or 「N年来/间」 after it) is counted with both ends (dates ``_years_counted``).
2. A change from one year's figure to another's whose years do not fit the report year
   (dates ``_change_years``, a warning).
3. A cut-off before the year's last months opening the clause of that year's 全年 figures
   (dates ``_cut_off_whole_year``).
"""

from __future__ import annotations

import pytest

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def _n304(text: str, year: int) -> list[tuple[Severity | None, str]]:
    return [
        (r.severity, r.message)
        for r in contradictions(analyze_text(text, year))
        if r.code == "N304"
    ]


# 1. a run of years and its count
def test_glossed_run_longer_than_its_count_is_error() -> None:
    text = "五年规划期间（2018—2024年），全市累计建成公共法律服务站86个。"
    found = _n304(text, 2024)
    assert any(s == Severity.ERROR and "2018年至2024年" in m for s, m in found), found
    twin = "五年规划期间（2020—2024年），全市累计建成公共法律服务站86个。"
    assert not _n304(twin, 2024), twin


def test_glossed_run_counted_between_its_ends_is_warning() -> None:
    text = "近两年（2021—2023年）全县共调处矛盾纠纷1200件。"
    found = _n304(text, 2023)
    assert found and all(s == Severity.WARNING for s, _ in found), found
    twin = "近三年（2021—2023年）全县共调处矛盾纠纷1200件。"
    assert not _n304(twin, 2023), twin


def test_count_after_run_in_next_sentence() -> None:
    text = "2019年至2023年，区法院共受理行政案件920件。六年来，行政机关负责人出庭率逐年提高。"
    found = _n304(text, 2023)
    assert any(s == Severity.ERROR and "六年来" in m for s, m in found), found
    twin = "2019年至2023年，区法院共受理行政案件920件。五年来，行政机关负责人出庭率逐年提高。"
    assert not _n304(twin, 2023), twin


def test_ordinal_year_is_no_count() -> None:
    text = "《法治政府建设规划（2021—2025年）》实施第二年（2021—2025年），各项任务有序推进。"
    assert not [m for _, m in _n304(text, 2022) if "首尾都算" in m], text


# 2. a change between years
def test_change_from_year_after_report_year_is_warning() -> None:
    text = "行政复议纠错率从2025年12.5%下降至8.1%，调解和解率上升至36%。"
    found = _n304(text, 2024)
    assert any(s == Severity.WARNING and "起点年份2025年" in m for s, m in found), found
    twin = "行政复议纠错率从2023年12.5%下降至8.1%，调解和解率上升至36%。"
    assert not _n304(twin, 2024), twin


def test_change_to_year_after_report_year_is_warning() -> None:
    text = "行政机关负责人出庭应诉率从2020年61.2%提高到2025年98.6%。"
    found = _n304(text, 2024)
    assert any(s == Severity.WARNING and "终点年份2025年" in m for s, m in found), found
    twin = "行政机关负责人出庭应诉率从2020年61.2%提高到2024年98.6%。"
    assert not _n304(twin, 2024), twin


# 3. a cut-off and the whole year
def test_mid_year_cut_off_of_named_whole_year_is_error() -> None:
    text = "截至9月30日，2024年全年通过区政府网站主动公开政府信息312条。"
    found = _n304(text, 2024)
    assert any(s == Severity.ERROR and "9月" in m for s, m in found), found
    twin = "截至12月31日，2024年全年通过区政府网站主动公开政府信息312条。"
    assert not _n304(twin, 2024), twin


@pytest.mark.parametrize(
    "text",
    [
        "截至6月底，全年任务完成过半，共办理法律援助案件412件。",
        "截至2025年2月底，2024年度受理的行政复议案件已全部审结，全年共审结41件。",
        "截至11月底，镇政府已收到司法建议7份，全年收到9份。",
    ],
)
def test_cut_off_not_of_whole_year_figures_is_quiet(text: str) -> None:
    assert not [m for _, m in _n304(text, 2024) if "全年（1月1日" in m], text


# 4. the work year beside the report's statistics period (years ``_work_year_beside_period``)
def test_work_year_before_statistics_period_is_warning() -> None:
    text = (
        "根据《条例》编制本报告。2023年，区司法局认真贯彻落实《条例》，各项工作有序开展。"
        "本报告所列数据统计期限为2024年1月1日至2024年12月31日。"
    )
    found = [
        (r.severity, r.message)
        for r in contradictions(analyze_text(text, 2024))
        if r.code == "N301" and "统计期限为2024年" in r.message
    ]
    assert found and all(s == Severity.WARNING for s, _ in found), found
    twin = text.replace("2023年，", "2024年，")
    assert not [r for r in contradictions(analyze_text(twin, 2024)) if r.code == "N301"], twin


# 5. a title naming part of a year over months past it (dates ``_title_part_months``)
def test_months_past_titled_quarter_is_warning() -> None:
    text = "区司法局2024年第一季度工作情况通报\n1-5月，全区共办理法律援助案件86件。"
    found = _n304(text, 2024)
    assert any(s == Severity.WARNING and "1-5月" in m for s, m in found), found
    twin = "区司法局2024年第一季度工作情况通报\n1-3月，全区共办理法律援助案件86件。"
    assert not _n304(twin, 2024), twin
