"""Session 32, coder quiet: false errors on consistent statements (issue 9).

1. A 其中 list read under the nearest whole while its statement names another figure told
   before that whole (partition ``_named_other_whole``).
2. Items that give a share and then their count in a bracket are one breakdown: no item's
   count is another item's base; shares adding up to 100% make the counts' sum the whole
   (rates ``_bracketed_count_of``, ``_bracketed_breakdown``).
"""

from __future__ import annotations

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def _found(text: str, codes: tuple[str, ...]) -> list[tuple[str, Severity | None]]:
    return [
        (r.code, r.severity) for r in contradictions(analyze_text(text, 2024)) if r.code in codes
    ]


def _messages(text: str) -> list[str]:
    return [f"{r.code} {r.message}" for r in contradictions(analyze_text(text, 2024))]


# 1. the whole the parts' statement names
def test_part_naming_an_earlier_whole_is_not_read_under_the_last() -> None:
    text = (
        "共排查出交通隐患480处，消防隐患120处，重大安全隐患30处、燃气重大隐患2处。其中，"
        "交通隐患已整改450处，消防隐患已整改110处，重大隐患已整改28处。"
    )
    assert _found(text, ("N101", "N102")) == [], _messages(text)
    twin = text.replace("已整改110处", "已整改130处")
    assert _found(twin, ("N101",)) == [("N101", Severity.ERROR)], _messages(twin)


def test_respective_parts_naming_an_earlier_whole() -> None:
    text = (
        "截至9月底，全市办理行政处罚案件86件，实施查封扣押案件24件，行政拘留案件共31件。其中，"
        "2件查封扣押案件分别发生在3月和5月；行政拘留案件8月和9月较多，分别是9件和11件。"
    )
    # (said complete by 分别 and short of the named whole: a warning on it, no error)
    assert all(s is Severity.WARNING for _, s in _found(text, ("N101", "N102"))), _messages(text)


# 2. share, then its count in a bracket
def test_bracketed_counts_of_a_complete_split() -> None:
    text = "从咨询类别看，政策类占比58.2%（1164件），办事类占比41.8%（836件）。"
    assert _found(text, ("N104",)) == [], _messages(text)
    twin = text.replace("836件", "936件")
    found = _found(twin, ("N104",))
    assert found and all(f == ("N104", Severity.ERROR) for f in found), _messages(twin)
    assert any("936÷（1164＋936）＝44.6%" in m for m in _messages(twin)), _messages(twin)


def test_bracketed_counts_of_a_partial_split_say_nothing() -> None:
    # (shares adding up to less than 100%: the whole is unsaid, and no item is another's base)
    text = "从咨询类别看，政策类占比48.2%（1164件），办事类占比21.8%（526件）。"
    assert _found(text, ("N104",)) == [], _messages(text)
