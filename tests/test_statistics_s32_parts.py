"""Session 32, coder parts: a 其中 list whose parts mix measure words of one class (issue 9).

「公开政府信息47条，其中部门文件22件，通知公告16条…」: the writer varied the counter of one kind
of published item (条, 篇, 件, 份: numbers.toml ``units.listed``); with the whole in one of them
and every part in another named by its noun alone, the parts are one list of that whole.
"""

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


MIXED = [
    # (the text with {n}, the value of {n} that adds up)
    (
        "2024年，镇政府主动公开政府信息60条，其中规范性文件{n}件，工作动态30条，通知公告12条，人事信息3条。",
        15,
    ),
    (
        "全年在门户网站发布信息90篇，其中政策解读{n}条，部门动态50篇，财政预决算8篇，其他信息12篇。",
        20,
    ),
    ("本年度公开信息38条，其中会议纪要{n}份、工作计划9条、工作总结5条、其他信息4条。", 20),
]


@pytest.mark.parametrize(("text", "n"), MIXED)
def test_mixed_measure_words_adding_up_are_quiet(text: str, n: int) -> None:
    assert _n10x(text.format(n=n)) == []


@pytest.mark.parametrize(("text", "n"), MIXED)
def test_mixed_measure_words_above_the_whole_err(text: str, n: int) -> None:
    found = _n10x(text.format(n=n + 6))
    assert found == [("N101", Severity.ERROR)]


def test_message_names_each_measure_word() -> None:
    text = MIXED[0][0].format(n=21)
    messages = [r.message for r in contradictions(analyze_text(text, 2024)) if r.code == "N101"]
    assert messages and "21件+30条+12条+3条" in messages[0]


def test_a_part_said_more_of_is_another_way_of_classing() -> None:
    # (the part in the other measure word goes on with words of its own: those documents are
    # published through the channels listed after it, not beside them)
    text = (
        "全年主动公开政务信息900条。其中，行政文件9件，全部纳入主动公开范围；"
        "通过政务公开网站公开信息755条、通过信息公开栏公开信息145条。"
    )
    assert _n10x(text) == []


def test_a_part_with_a_verb_counts_other_things() -> None:
    # (涉及问题 counts issues raised, not the letters: no part of the whole)
    text = "共办理群众来信50件，其中投诉信件30件，涉及问题25条。"
    assert _n10x(text) == []


def test_a_whole_in_no_measure_word_of_the_parts_is_left() -> None:
    # (the whole counted in 件, every part in 条: nothing shows the counter was varied)
    text = "共公开信息30件，其中工作动态20条，通知公告15条。"
    assert all(code != "N101" or sev is not Severity.ERROR for code, sev in _n10x(text))


def test_a_statement_past_a_semicolon_is_no_part() -> None:
    # (parts parted by 、, then a figure in 条 past a semicolon: a statement of its own)
    text = (
        "区政策文件库共收录文件500件，其中区政府文件300件、区政府办文件80件、部门文件120件；"
        "惠企政策专题收录政策事项40条。"
    )
    assert _n10x(text) == []


def test_a_part_going_on_with_its_share_is_no_item_of_a_mixed_list() -> None:
    # (the part in the whole's measure word goes on with a share, the next figure in 份 counts
    # questionnaires: no list of one kind of item)
    text = (
        "全年受理涉税投诉300件，办结300件；其中涉及发票的90件，占全部投诉的30.0%，"
        "满意度测评回收有效问卷1500份，满意率为98.0%。"
    )
    assert _n10x(text) == []
