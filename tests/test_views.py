"""The analysis views (fazhi_lint/analysis/views.py): computed once per document, a failing
view is one E999 naming it and the checks that need it are skipped."""

from __future__ import annotations

from typing import Any

import pytest

from fazhi_lint import Config, lint_bytes
from fazhi_lint.analysis import outline as outline_module
from fazhi_lint.analysis import sentences as sentences_module
from fazhi_lint.analysis.views import (
    ViewFailed,
    outline_of,
    statistics_sections,
    views_of,
)
from fazhi_lint.profiles import load_profile
from fazhi_lint.readers import read_bytes

REPORT = """天津市某区2024年度法治政府建设情况报告
一、2024年推进法治政府建设的主要举措和成效
全年办理行政复议案件12件，其中维持8件，纠错3件。[bookmark: _GoBack]
三、存在的不足和原因
一是法治宣传不够深入。
三、2025年工作安排
2025年，我区将继续推进法治政府建设。
"""


def _document(text: str = REPORT) -> Any:
    return read_bytes(text.encode("utf-8"), "报告.txt")


def test_a_view_is_computed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = sentences_module.split_sentences

    def counting(document: Any) -> Any:
        calls.append(1)
        return real(document)

    monkeypatch.setattr(sentences_module, "split_sentences", counting)
    document = _document()
    views = views_of(document)
    first = views.sentences
    assert views.sentences is first
    assert views_of(document) is views
    assert len(calls) == 1
    assert any("行政复议" in s.text for s in first)


def test_the_views_need_their_profile_only_where_they_use_it() -> None:
    document = _document()
    views = views_of(document)  # no profile: the text views work
    assert views.debris and views.debris[0].code == "T001"
    with pytest.raises(ViewFailed) as failed:
        _ = views.outline
    assert failed.value.view == "outline"
    profile = load_profile("national")
    again = views_of(_document(), profile)
    assert again.outline.report_year == 2024
    assert outline_of(again.document, profile) is again.outline


def _fail(*args: Any, **kwargs: Any) -> Any:
    raise RuntimeError("outline bug")


def test_a_failing_view_is_kept_and_its_dependents_fail_with_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[int] = []

    def failing(*args: Any) -> Any:
        calls.append(1)
        raise RuntimeError("outline bug")

    monkeypatch.setattr(outline_module, "build_outline", failing)
    views = views_of(_document(), load_profile("national"))
    for _ in range(2):
        with pytest.raises(ViewFailed) as failed:
            _ = views.outline
        assert failed.value.view == "outline"
    with pytest.raises(ViewFailed) as dependent:
        _ = views.sections  # built on the outline: fails with the outline's cause
    assert dependent.value.view == "outline"
    assert len(calls) == 1
    assert [f.view for f in views.failures()] == ["outline"]
    assert views.sentences  # a view that does not need the outline still works


def test_a_failing_view_is_one_e999_naming_it_and_its_checks_are_skipped(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = REPORT.encode("utf-8")
    config = Config(select=("H", "N", "T001"))
    before = lint_bytes(data, "报告.txt", config).diagnostics
    assert any(d.code == "H101" for d in before)  # 「三、」 where 「二、」 belongs
    assert not any(d.code == "E999" for d in before)

    monkeypatch.setattr(outline_module, "build_outline", _fail)
    after = lint_bytes(data, "报告.txt", config).diagnostics
    errors = [d for d in after if d.code == "E999"]
    assert len(errors) == 1, [d.message for d in errors]
    message = errors[0].message
    assert "分析视图 outline" in message and "RuntimeError: outline bug" in message
    assert "H101" in message and "N101" in message  # the checks that were skipped
    assert not any(d.code.startswith(("H", "N")) for d in after)
    # a check that does not read the outline still runs
    assert [d.code for d in after if d.code == "T001"] == ["T001"]


def test_the_golden_set_and_production_read_the_same_parts() -> None:
    profile = load_profile("national")
    year, parts = statistics_sections(_document(), profile)
    assert year == 2024
    assert [p.role for p in parts] == ["C1", "C2", "C4"]
    # a labelled case names its year: the same function, the same parts for that year
    assert statistics_sections(_document(), profile, 2024) == (year, parts)
    # a case without a title, labelled as a report on 2023 (the text alone says 2024): the
    # heading naming 2024 is the plan of a report on 2023, as production reads a titled one
    untitled = "一、主要举措和成效\n全年办理行政复议案件12件。\n二、存在的问题及原因分析\n" + (
        "行政检查作用发挥不够充分。\n三、2024年工作举措\n2024年，市司法局将继续推进。\n"
    )
    _, alone = statistics_sections(_document(untitled), profile)
    assert [p.role for p in alone] == ["C1", "C2", "C1"]
    _, labelled = statistics_sections(_document(untitled), profile, 2023)
    assert [p.role for p in labelled] == ["C1", "C2", "C4"]
    titled = "天津市某区2023年度法治政府建设情况报告\n" + untitled
    assert [p.role for p in statistics_sections(_document(titled), profile)[1]] == [
        "C1",
        "C2",
        "C4",
    ]


# -- the views that used to be caches inside rule modules --------------------------------------

SIGNED = (
    REPORT
    + "全年依法妥善处理行政争议，联系电话13812345678。\n"
    + "天津市某区人民政府\n2025年3月6日\n"
)


def _docx(text: str) -> bytes:
    import io

    import docx

    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("module", "function", "view", "select", "needs"),
    [
        ("ending", "find_ending", "ending", ("F2", "F3"), ("F201", "F301")),
        ("masks", "build_text_view", "masks", ("T1",), ("T101", "T111")),
        ("ranges", "find_ranges", "ranges", ("T102", "T103"), ("T102", "T103")),
        ("privacy", "find_sensitive", "privacy", ("F4",), ("F401", "F402")),
        ("roles", "find_roles", "roles", ("F1",), ("F101",)),
    ],
)
def test_each_view_that_raises_is_one_e999_naming_it(
    monkeypatch: pytest.MonkeyPatch,
    module: str,
    function: str,
    view: str,
    select: tuple[str, ...],
    needs: tuple[str, ...],
) -> None:
    import importlib

    name, data = "报告.txt", SIGNED.encode("utf-8")
    if view == "roles":  # the layout checks read .docx and .pdf only
        name, data = "报告.docx", _docx(SIGNED)
    config = Config(select=select)
    assert not any(d.code == "E999" for d in lint_bytes(data, name, config).diagnostics)

    def failing(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError(f"{view} bug")

    monkeypatch.setattr(importlib.import_module(f"fazhi_lint.analysis.{module}"), function, failing)
    after = lint_bytes(data, name, config).diagnostics
    errors = [d for d in after if d.code == "E999"]
    assert len(errors) == 1, [d.message for d in errors]
    assert f"分析视图 {view}（" in errors[0].message
    assert f"RuntimeError: {view} bug" in errors[0].message
    assert all(code in errors[0].message for code in needs)  # the checks it skipped
    assert not any(d.code in needs for d in after)


def test_a_failing_privacy_view_is_reported_even_when_no_f4_check_runs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every output masks what F4xx would find: when that cannot be computed, the reviewer is
    told, whichever checks are selected."""
    from fazhi_lint.analysis import privacy

    def failing(*args: Any) -> Any:
        raise RuntimeError("privacy bug")

    monkeypatch.setattr(privacy, "find_sensitive", failing)
    after = lint_bytes(SIGNED.encode("utf-8"), "报告.txt", Config(select=("H",))).diagnostics
    errors = [d for d in after if d.code == "E999"]
    assert len(errors) == 1 and "分析视图 privacy" in errors[0].message
    assert any(d.code == "H101" for d in after)  # the selected checks still ran


def test_the_ending_is_found_once_for_the_three_families_that_read_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from fazhi_lint.analysis import ending

    calls: list[int] = []
    real = ending.find_ending

    def counting(document: Any) -> Any:
        calls.append(1)
        return real(document)

    monkeypatch.setattr(ending, "find_ending", counting)
    result = lint_bytes(_docx(SIGNED), "报告.docx", Config(select=("F1", "F2", "F3")))
    assert not any(d.code == "E999" for d in result.diagnostics)
    assert len(calls) == 1
    document = read_bytes(SIGNED.encode("utf-8"), "报告.txt")
    found = views_of(document).ending
    assert found.signature is not None and found.signature.text == "天津市某区人民政府"
    assert found.date is not None and found.date.canonical == "2025年3月6日"
