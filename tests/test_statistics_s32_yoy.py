"""Session 32, coder yoy: changes against last year read by structure (issue 9), each rule
with its own examples.

1. The 个百分点 changes of a complete split's shares add up to zero (module ``share_moves``):
   the shares each followed by their change, or a list of shares and then as many changes.
2. The end of a year compared with (「比2022年末的…」) is the base's time, as 上年末 is (change
   ``_BASE_RE``).
3. A table's change column against its two period columns in either order (「2024年 | 去年
   2023年 | 同比」), a 环比 column against two months (「9月 | 8月 | 环比」), ↑/↓ as signs
   (tables ``_change_columns``).
"""

from __future__ import annotations

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def _found(text: str, code: str = "N108", year: int = 2024) -> list[tuple[Severity | None, str]]:
    return [
        (r.severity, r.message) for r in contradictions(analyze_text(text, year)) if r.code == code
    ]


# 1. shares of a complete split
INTERLEAVED = (
    "年末全市60岁及以上人口186.4万人，占常住人口的24.31%，比上年提高{a}个百分点；15-59岁人口"
    "452.7万人，占常住人口的59.04%，比上年下降0.63个百分点；0-14岁人口127.6万人，占常住人口的"
    "16.65%，比上年下降0.29个百分点。"
)


def test_share_changes_that_do_not_net_to_zero_are_an_error() -> None:
    found = _found(INTERLEAVED.format(a="1.12"))
    assert [s for s, _ in found] == [Severity.ERROR], found
    assert "24.31%＋59.04%＋16.65%" in found[0][1], found
    assert "＝0.2个百分点" in found[0][1], found


def test_share_changes_that_net_to_zero_are_quiet() -> None:
    assert not _found(INTERLEAVED.format(a="0.92"))


LISTED = (
    "全县三次产业结构比重分别为12.6%、38.1%、49.3%。与上年相比，第一产业比重下降0.4个百分点，"
    "第二产业比重{d}个百分点，第三产业比重提高1.1个百分点。"
)


def test_listed_shares_then_their_changes() -> None:
    found = _found(LISTED.format(d="下降0.2"))
    assert [s for s, _ in found] == [Severity.ERROR], found
    assert "－0.4－0.2＋1.1＝0.5个百分点" in found[0][1], found
    assert not _found(LISTED.format(d="下降0.7"))
    # rounding of three shares and three changes (half a last digit each): 0.2 off is within
    # the printed precision
    assert not _found(LISTED.format(d="下降0.5"))


def test_a_part_of_a_part_after_the_split_is_left_out() -> None:
    text = INTERLEAVED.format(a="0.92").replace(
        "。", "，其中65岁及以上人口占常住人口的17.02%，提高0.75个百分点。"
    )
    assert not _found(text)


def test_shares_that_do_not_add_up_to_the_whole_are_not_read() -> None:
    text = (
        "城镇人口占62.4%，比上年提高1.1个百分点；户籍人口城镇化率为48.3%，比上年提高0.9个百分点；"
        "外来人口占11.5%，下降0.2个百分点。"
    )
    assert not _found(text)


def test_two_shares_warn_only() -> None:
    text = "城镇人口占63.5%，比上年提高0.9个百分点；乡村人口占36.5%，比上年下降0.6个百分点。"
    assert [s for s, _ in _found(text)] == [Severity.WARNING]
    assert not _found(text.replace("下降0.6", "下降0.9"))


# 2. the end of a year compared with
def test_a_year_end_after_the_comparison_is_the_base() -> None:
    text = "年末全县户籍人口56.83万人，比2022年末的57.21万人减少{d}万人。"
    found = _found(text.format(d="0.48"))
    assert found and found[0][0] == Severity.ERROR, found
    assert "57.21" in found[0][1], found
    assert not _found(text.format(d="0.38"))


# 3. change columns
DESCENDING = (
    "类别 | 2024年(件) | 上年2023年(件) | 同比(%) |\n"
    "行政许可 | 3120 | 2860 | ↑9.09% |\n"
    "行政处罚 | 845 | 910 | ↓{p}% |\n"
    "行政检查 | 1532 | 1401 | ↑9.35% |"
)


def test_a_change_column_after_the_later_year_first() -> None:
    found = _found(DESCENDING.format(p="9.14"))
    assert found and found[0][0] == Severity.ERROR, found
    assert not _found(DESCENDING.format(p="7.14"))


MONTHS = (
    "类型 | 9月(件) | 8月(件) | 环比(%) |\n"
    "来电 | 4210 | 3875 | ↑8.65% |\n"
    "网络 | 1632 | 1810 | ↓{p}% |\n"
    "来信 | 88 | 80 | ↑10.00% |"
)


def test_a_sequential_column_against_two_months() -> None:
    found = _found(MONTHS.format(p="8.83"))
    assert found and found[0][0] == Severity.ERROR, found
    assert not _found(MONTHS.format(p="9.83"))


def test_a_year_on_year_column_of_two_months_is_not_read_as_sequential() -> None:
    # (同比 of two months one apart: no reading of the columns, not judged)
    assert not _found(MONTHS.format(p="8.83").replace("环比", "同比"))
