"""Session 33, coder parts: sub-totals told record by record, and a second closed split of
one whole after a first one (issue 9)."""

from __future__ import annotations

import pytest

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def _n10x(text: str) -> list[tuple[str, Severity | None]]:
    return [
        (r.code, r.severity)
        for r in contradictions(analyze_text(text, 2024))
        if r.code in ("N101", "N102")
    ]


RECORDS = [
    # (the text with {n}, the value of {n} that adds up)
    (
        "全年共受理行政复议申请120件。分季度看：一季度共计25件；二季度共计{n}件；"
        "三季度共计30件；四季度共计25件。",
        40,
    ),
    (
        "全县共检查企业86家次。城关镇共检查企业{n}家次，发现隐患12条；河西乡共检查企业20家次，"
        "发现隐患5条；东坝镇共检查企业26家次，未发现隐患。",
        40,
    ),
    (
        "全区发放执法证件64张。交通局发放执法证件{n}张，下发整改通知2份；"
        "市场监管局发放执法证件30张；城管局发放执法证件10张。",
        24,
    ),
]


@pytest.mark.parametrize(("text", "n"), RECORDS)
def test_records_adding_up_are_quiet(text: str, n: int) -> None:
    assert _n10x(text.format(n=n)) == []


@pytest.mark.parametrize(("text", "n"), RECORDS)
def test_records_above_the_whole_are_found(text: str, n: int) -> None:
    found = _n10x(text.format(n=n + 5))
    assert [code for code, _ in found] == ["N101"]


@pytest.mark.parametrize(("text", "n"), RECORDS)
def test_records_short_of_the_whole_say_nothing(text: str, n: int) -> None:
    # (records may leave some out: only an excess is sure)
    assert _n10x(text.format(n=n - 5)) == []


def test_records_of_other_years_are_no_parts() -> None:
    text = "今年共办理信访件150件。2023年共计办理90件；2022年共计办理80件。"
    assert _n10x(text) == []


SECOND_SPLIT = [
    (
        "年末全县户籍人口52000人，其中城镇人口30000人，乡村人口22000人；男性{n}人，女性25600人。",
        26400,
    ),
    (
        "全年办理行政处罚案件300件，其中简易程序120件，普通程序180件；"
        "线上办理{n}件，线下办理110件。",
        190,
    ),
]


@pytest.mark.parametrize(("text", "n"), SECOND_SPLIT)
def test_second_split_adding_up_is_quiet(text: str, n: int) -> None:
    assert _n10x(text.format(n=n)) == []


@pytest.mark.parametrize(("text", "n"), SECOND_SPLIT)
def test_second_split_off_the_whole_errs(text: str, n: int) -> None:
    assert _n10x(text.format(n=n + 30)) == [("N101", Severity.ERROR)]
    assert _n10x(text.format(n=n - 30)) == [("N102", Severity.ERROR)]


def test_second_split_under_a_scope_is_of_that_scope() -> None:
    text = "全年办理行政应诉案件60件，其中一审45件、二审15件；在一审案件中，胜诉40件、败诉5件。"
    assert _n10x(text) == []
    text = "全年办理行政应诉案件60件，其中一审45件、二审15件；在一审案件中，胜诉30件、败诉5件。"
    assert _n10x(text) == []


def test_bracketed_list_closes_at_its_bracket() -> None:
    text = "全年受理工单120万件，其中疫情相关工单30.5万件（其中咨询类{a}万件、投诉类10.2万件），办结率99%。"
    assert _n10x(text.format(a="20.3")) == []
    found = _n10x(text.format(a="21.3"))
    assert [code for code, _ in found] == ["N101"]
