"""Session 33, coder announced: counts announced against the names listed (issue 9), each rule
with its own examples.

1. A headline's count before a verb of making a list (「我县3个村上榜」) against the 顿号 run of
   names before a verb of the same class in the story's first paragraph: a warning when they
   differ; the same number, a 等 run naming fewer, a paragraph that says the count again or a
   second run of names stay quiet.
"""

from __future__ import annotations

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def _found(text: str, year: int = 2024) -> list[tuple[str, Severity | None]]:
    return [(r.code, r.severity) for r in contradictions(analyze_text(text, year))]


_BODY = "日前，省司法厅公布了第五批省级法治示范村名单，我县东湖村、西岭村、南坪村入选。"


def test_headline_count_above_names_is_warning() -> None:
    text = "第五批省级法治示范村名单公布 我县4个村入选\n" + _BODY
    assert ("N203", Severity.WARNING) in _found(text), _found(text)


def test_headline_count_matching_names_is_quiet() -> None:
    text = "第五批省级法治示范村名单公布 我县3个村入选\n" + _BODY
    assert not _found(text), _found(text)


def test_headline_count_without_measure_below_names_is_warning() -> None:
    body = "省农业农村厅近日公示名单，我市清河区、白塔县、柳林县、石门县榜上有名。"
    text = "全省示范县创建名单公示 我市3地上榜\n" + body
    assert ("N203", Severity.WARNING) in _found(text), _found(text)
    assert not _found("全省示范县创建名单公示 我市4地上榜\n" + body)


def test_headline_names_after_larger_count_are_its_list() -> None:
    body = "近日，名单公布，全省共有9个县（市）入围，其中我市平安县、长乐县上榜。"
    assert ("N203", Severity.WARNING) in _found("我市3县上榜省级旅游强县\n" + body)
    assert not _found("我市2县上榜省级旅游强县\n" + body)


def test_headline_names_open_with_deng_are_quiet() -> None:
    text = "我县5个村入选省级示范村\n日前名单公布，我县东湖村、西岭村等入选。"
    assert not _found(text), _found(text)


def test_headline_count_said_again_is_left_to_the_sentence() -> None:
    text = "我县4个村入选省级示范村\n日前名单公布，我县4个村入选，其中东湖村、西岭村入选。"
    assert not any(c == "N203" for c, _ in _found(text)), _found(text)


def test_headline_two_runs_of_names_are_quiet() -> None:
    text = (
        "我县5个村上榜示范村名单\n"
        "日前名单公布，我县东湖村、西岭村上榜国家级名单，南坪村、北山村、中和村上榜省级名单。"
    )
    assert not _found(text), _found(text)
