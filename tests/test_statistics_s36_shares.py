"""Session 36, coder shares.

(The pair test of bare shares named by their counts: tests/test_statistics_s35_shares.py.)

2. Shares printed as a row under the row of their counts (a table on its side, spaced or
   barred: :mod:`.share_rows`), each against its count over the 合计 column or, when the
   last column is the rest (其他), over the counts' sum.
3. A table flattened into one paragraph (「指标 | 年末数 | 比重(%) | 常住人口 | … |」) read for
   its share column; counts printed with decimals may be off by half their last digit.
"""

from __future__ import annotations

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def _found(text: str, code: str) -> list[tuple[Severity | None, str]]:
    return [
        (r.severity, r.message) for r in contradictions(analyze_text(text, 2024)) if r.code == code
    ]


# --- 2. a row of shares under a row of counts ------------------------------------------

SPACED = "三、来电诉求分类\n类别 投诉 咨询 求助 建议 其他\n件数 1200 2400 300 60 40\n占比 30 60 {c} 1.5 1"


def test_spaced_share_row_off_its_count_is_an_error() -> None:
    # 300 / 4000 = 7.5%
    found = _found(SPACED.format(c="9.5"), "N104")
    assert [s for s, _ in found] == [Severity.ERROR], found
    assert "9.5" in found[0][1] and "300÷4000＝7.5%" in found[0][1], found


def test_spaced_share_row_that_fits_is_quiet() -> None:
    assert not _found(SPACED.format(c="7.5"), "N104")


def test_spaced_share_row_without_rest_or_total_is_not_judged() -> None:
    # the listed kinds may be the largest only: no whole to read the shares against
    text = "类别 投诉 咨询 求助 建议\n件数 1200 2400 300 60\n占比 30 60 9.5 1.5"
    assert not _found(text, "N104")


BARRED = (
    "表3 行政执法案件类型\n"
    "类型 | 行政处罚 | 行政强制 | 行政检查 | 行政许可 | 合计 |\n"
    "数量 | 520 | 130 | {n} | 100 | 1000 |\n"
    "占比 | 52.0% | 13.0% | 25.0% | 10.0% | 100% |"
)


def test_barred_share_row_against_the_total_column() -> None:
    # 270 / 1000 = 27.0%, printed 25.0% (the counts no longer add up to 合计 either)
    found = _found(BARRED.format(n="270"), "N104")
    assert [s for s, _ in found] == [Severity.ERROR], found
    assert "270÷1000＝27%" in found[0][1], found


def test_barred_share_row_that_fits_is_quiet() -> None:
    assert not _found(BARRED.format(n="250"), "N104")


def test_share_row_of_another_whole_is_not_judged() -> None:
    # every share is off the total: they are shares of something else (增幅), no slip
    text = (
        "类型 | 行政处罚 | 行政强制 | 行政检查 | 合计 |\n"
        "数量 | 520 | 130 | 350 | 1000 |\n"
        "占比 | 12.0% | 33.0% | 55.0% | 100% |"
    )
    assert not _found(text, "N104")


# --- 3. a table flattened into a paragraph ---------------------------------------------

FLAT = (
    "全镇户籍人口情况如下。表2 户籍人口构成 指 标 | 人数(万人) | 比重(%) | 户籍人口 | 12.40 | | "
    "其中:男性 | 6.38 | 51.45 | 女性 | 6.02 | 48.55 | 其中:0-17岁 | 2.16 | 17.42 | "
    "18-59岁 | 7.35 | {b} | 60岁及以上 | 2.89 | 23.31 |"
)


def test_flattened_table_share_off_is_an_error() -> None:
    # 7.35 / 12.40 = 59.27%
    found = _found(FLAT.format(b="62.27"), "N104")
    assert [s for s, _ in found] == [Severity.ERROR], found
    assert "7.35÷12.40＝59.27%" in found[0][1], found


def test_flattened_table_that_fits_is_quiet() -> None:
    # 2.89 / 12.40 = 23.306..: printed 23.31, and 6.02/12.40 = 48.548.. printed 48.55
    assert not _found(FLAT.format(b="59.27"), "N104")


def test_rounded_counts_may_give_the_share() -> None:
    # 6.28 / 53.48 = 11.743%, printed 11.75: 6.285 / 53.48 = 11.752% (counts rounded to 0.01)
    text = (
        "表1 年末人口 指 标 | 年末数(万人) | 比重(%) | 常住人口 | 53.48 | | 其中:城镇 | 34.76 | 65 | "
        "乡村 | 18.72 | 35 | 其中:0-14岁 | 8.97 | 16.77 | 15-64岁 | 38.23 | 71.48 | "
        "65岁及以上 | 6.28 | 11.75 |"
    )
    assert not _found(text, "N104")
