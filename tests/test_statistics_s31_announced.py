"""Session 31, coder announced: a list closed by 和 right against a quoted count (issue 9).

A 顿号 list whose last two names a closing 和 joins, written right against a quoted count
(「A、B和C“三统一”」), names three: a last name ending with a verb no longer than half again
the longest other is one more name like the others (``_parallel_acts`` counts the two sides of
the 和), not a clause of its own — as it already was with three 顿号 pieces. A message counts
such a name in 项 when the character after its numeral is no measure (「“四规范”说有4项」).
"""

from __future__ import annotations

import pytest

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def _n203(text: str) -> list[Severity | None]:
    return [r.severity for r in contradictions(analyze_text(text, 2024)) if r.code == "N203"]


LISTS = [
    # (the text with {n}, the number of names)
    ("全面推行审批材料、办理流程和结果反馈“{n}规范”，方便企业群众。", 3),
    ("落实工作经费、人员配备和业务考核“{n}保障”，推进基层建设。", 3),
    ("建立健全日常巡查、问题交办、跟踪督办和结果评议“{n}机制”，确保落实。", 4),
]
NUMERALS = "零一二三四五六七八九"


@pytest.mark.parametrize(("text", "names"), LISTS)
def test_names_joined_by_and_counted(text: str, names: int) -> None:
    assert _n203(text.format(n=NUMERALS[names])) == []


@pytest.mark.parametrize(("text", "names"), LISTS)
def test_one_more_than_named_warns(text: str, names: int) -> None:
    assert _n203(text.format(n=NUMERALS[names + 1])) == [Severity.WARNING]


def test_one_fewer_fits_the_and_joining_two() -> None:
    # (after two 顿号 pieces the closing 和 may join two words of one name: one fewer is a
    # reading; after three pieces or more it closes the list, and one fewer warns)
    assert _n203(LISTS[0][0].format(n="二")) == []
    assert _n203(LISTS[2][0].format(n="三")) == [Severity.WARNING]


def test_a_clause_after_the_names_is_no_name() -> None:
    # (the last side of the 和 twice as long as the others, ending with a verb: a clause)
    text = "围绕学校、医院和商场周边开展集中整治检查“四统一”，确保实效。"
    assert _n203(text) == []


def test_message_counts_a_quoted_name_in_items() -> None:
    found = [
        r.message
        for r in contradictions(analyze_text(LISTS[0][0].format(n="四"), 2024))
        if r.code == "N203"
    ]
    assert found and "说有4项" in found[0] and "3项" in found[0]
