"""Session 34 round 2, coder shares: the rows of a split told one per sentence or one per
line (issue 9), each row a count and its share, the last row the rest of the split.

1. Within a paragraph, one sentence a row (partition ``_row_chains``): judged only when the
   last row opens with the rest (其他/其余), every row's count over its share gives one whole
   (all rows but one), and no first rows make 100% already. An error.
2. One paragraph a line (module ``rows``): the same reading across the lines, a warning.
"""

from __future__ import annotations

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def _found(text: str, code: str = "N102") -> list[tuple[Severity | None, str]]:
    return [
        (r.severity, r.message) for r in contradictions(analyze_text(text, 2024)) if r.code == code
    ]


# 2000 requests: 1200 + 500 + 240 + 60; shares 60%, 25%, 12%, 3%
SENTENCES = (
    "窗口受理群众来件1200件，占比60.0%。来电反映500件，占比{b}%。"
    "来信反映240件，占比12.0%。其他渠道60件，占比3.0%。"
)


def test_sentence_rows_of_a_closed_split_that_add_up_are_quiet() -> None:
    assert not _found(SENTENCES.format(b="25.0"))


def test_sentence_rows_above_100_are_an_error() -> None:
    found = _found(SENTENCES.format(b="28.0"))
    assert [s for s, _ in found] == [Severity.ERROR], found
    assert "103%" in found[0][1] and "60.0%＋28.0%＋12.0%＋3.0%" in found[0][1], found


def test_sentence_rows_not_closed_by_the_rest_are_quiet() -> None:
    # overlapping classes may follow each other: no rest, no split
    text = SENTENCES.format(b="28.0").replace("其他渠道", "重复来件")
    assert not _found(text)


def test_two_splits_told_one_after_the_other_are_quiet() -> None:
    # 直办 + 转办 make 100% already: the rows after them split the whole again
    text = (
        "直接办理1200件，占比60.0%。转交办理800件，占比40.0%。"
        "咨询类1500件，占比75.0%。其他类500件，占比25.0%。"
    )
    assert not _found(text)


LINES = "（一）来件分类情况\n窗口受理1200件 占比 60.0%\n来电500件 占比 {b}%\n来信240件 占比 12.0%\n其他60件 占比 3.0%"


def test_line_rows_that_add_up_are_quiet() -> None:
    assert not _found(LINES.format(b="25.0"))


def test_line_rows_above_100_are_a_warning_naming_the_rows() -> None:
    found = _found(LINES.format(b="29.0"))
    assert [s for s, _ in found] == [Severity.WARNING], found
    assert "104%" in found[0][1] and "逐行列出的4项" in found[0][1], found


def test_line_rows_without_the_rest_are_quiet() -> None:
    assert not _found(LINES.format(b="29.0").replace("其他60件", "重复60件"))
