"""Year-on-year changes, session 36: a change column read from its rows, and a 个百分点 gap
against a base rate the comparison prints.

Every text is written for these tests from the general mechanism (labels, figures and layouts
varied; none is taken from a statistics set). The expected verdicts were worked out by hand:

* change column, header-free, rows in pipes: 甲 (520 − 400) ÷ 400 = 30.00%, 乙 (330 − 300) ÷
  300 = 10.00%, 丙 (270 − 300) ÷ 300 = −10.00%; 乙 printed as 13.00% is off (a warning).
* the same rows pasted with spaces (a PDF's label glued to its figure), and rows under a first
  row whose extra cell (a label merged over the rows) sets it apart, arrows as signs.
* a header whose change column says 增/减幅 and whose columns are months, no 环比.
* silent: the right rows; a column of shares (no two rows agree with a change); a row whose
  percent two other figures of it give.
* gap: 城镇化率60.2% 较全省（57.45%）高2.75个百分点 (an error when 3.75); 自给率31.6% 低于全市
  自给率（48.3%）16.7个百分点 (error when 18.7); a comparison opening its sentence against the
  sentence before: 4.12% 比上期的3.28%，提高了0.84个百分点 (a warning when 0.48); silent when any
  percent before fits, and when no direction is stated.
"""

from __future__ import annotations

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity

E, W = Severity.ERROR, Severity.WARNING


def n108(text: str, year: int = 2023) -> list[tuple[Severity | None, str]]:
    return [
        (r.severity, r.message)
        for r in contradictions(analyze_text(text, year))
        if r.code == "N108"
    ]


PIPES = (
    "二、各类事项受理情况\n"
    "甲类事项 | 520 | 400 | {a} |\n"
    "乙类事项 | 330 | 300 | {b} |\n"
    "丙类事项 | 270 | 300 | {c} |\n"
)


def test_pipe_rows_off_change_is_a_warning_with_its_arithmetic() -> None:
    found = n108(PIPES.format(a="30.00%", b="13.00%", c="-10.00%"))
    assert len(found) == 1
    severity, message = found[0]
    assert severity is W
    assert "乙类事项" in message and "13.00%" in message
    assert "（330－300）÷300＝10.00%" in message


def test_pipe_rows_consistent_stay_silent() -> None:
    assert n108(PIPES.format(a="30.00%", b="10.00%", c="-10.00%")) == []
    # an unsigned size of the fall is read as the fall
    assert n108(PIPES.format(a="30.00%", b="10.00%", c="10.00%")) == []


def test_share_column_is_not_read_as_a_change() -> None:
    text = (
        "三、构成\n"
        "甲类 | 520 | 480 | 46.02% |\n"
        "乙类 | 330 | 300 | 29.20% |\n"
        "丙类 | 280 | 320 | 24.78% |\n"
    )
    assert n108(text) == []


def test_row_whose_percent_other_figures_give_is_silent() -> None:
    # 乙: 13.00% is not 330 against 300, but 339 against 300 (another pair of the row)
    text = (
        "四、对比\n"
        "甲类 | 520 | 400 | 120 | 30.00% |\n"
        "乙类 | 330 | 300 | 339 | 13.00% |\n"
        "丙类 | 270 | 300 | -30 | -10.00% |\n"
    )
    assert n108(text) == []


SPACED = (
    "五、受理情况对比表\n"
    "建议 6120　5100　1020　{a}\n"
    "意见 2442　2220　222　{b}\n"
    "求助 3105　3450　-345　-10.00%\n"
)


def test_spaced_rows_label_glued_to_figure() -> None:
    found = n108(SPACED.replace("建议 ", "建议").format(a="20.00%", b="12.00%"))
    assert len(found) == 1 and found[0][0] is W
    assert "（2442－2220）÷2220＝10.00%" in found[0][1]
    assert n108(SPACED.format(a="20.00%", b="10.00%")) == []


def test_merged_first_cell_shifts_a_row() -> None:
    text = (
        "六、高发事项\n"
        "高发前三 | 占道经营 | 1800 | 1500 | ↑20.00% |\n"
        "乱贴广告 | 900 | 1200 | ↓15.00% |\n"
        "噪声扰民 | 660 | 600 | ↑10.00% |\n"
        "油烟污染 | 420 | 350 | ↑20.00% |\n"
    )
    found = n108(text)
    assert len(found) == 1 and "乱贴广告" in found[0][1]
    assert "（900－1200）÷1200＝-25.00%" in found[0][1]
    assert n108(text.replace("↓15.00%", "↓25.00%")) == []


def test_month_header_with_slash_change_column() -> None:
    text = (
        "七、月度受理\n"
        "来源 | 3月受理数(件) | 4月受理数(件) | 增/减幅(%) |\n"
        "热线 | 800 | 880 | 10.00% |\n"
        "网站 | 240 | 300 | 25.00% |\n"
        "来信 | 40 | 30 | -20.00% |\n"
    )
    found = n108(text)
    assert len(found) == 1 and "来信" in found[0][1] and "-25.00%" in found[0][1]
    assert n108(text.replace("-20.00%", "-25.00%")) == []


def test_gap_against_bracketed_base_rate() -> None:
    text = "2023年末，某市城镇化率达到60.2%，较全省城镇化率（57.45%）高{gap}个百分点。"
    found = n108(text.format(gap="3.75"))
    assert len(found) == 1 and found[0][0] is E
    assert "60.2－57.45＝2.75个百分点" in found[0][1]
    assert n108(text.format(gap="2.75")) == []


def test_gap_below_a_bracketed_base_rate() -> None:
    text = (
        "1-6月，某县财政自给率为31.6%，虽比上年提高1.2个百分点，但低于全市同期自给率"
        "（48.3%）{gap}个百分点。"
    )
    found = n108(text.format(gap="18.7"))
    assert len(found) == 1 and found[0][0] is E
    assert "48.3－31.6＝16.7个百分点" in found[0][1]
    assert n108(text.format(gap="16.7")) == []


def test_gap_opening_its_sentence_against_the_sentence_before() -> None:
    text = "本期检出率为4.12%。比上期的3.28%，提高了{gap}个百分点。"
    found = n108(text.format(gap="0.48"))
    assert len(found) == 1 and found[0][0] is W
    assert "4.12－3.28＝0.84个百分点" in found[0][1]
    assert n108(text.format(gap="0.84")) == []


def test_gap_silent_when_another_rate_fits_or_no_direction() -> None:
    # 6.5 − 6.0 = 0.5: the 全市 rate, not the last one (工业 8%), fits
    text = "全市增长6.5%，其中工业增长8%，全市增速比全省（6.0%）高0.5个百分点。"
    assert n108(text) == []
    assert n108("合格率为92.5%，较上年（90.1%）2.4个百分点。") == []
