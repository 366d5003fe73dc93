"""Year-on-year changes, session 37: a count cut from one level to another and its rate of
cutting (削减/精简/压减, 精简率/削减率), read as any fall from 由/从 a base to a level is.

Every text is written for these tests from the general mechanism (labels, figures and layouts
varied; none is taken from a statistics set). The expected verdicts were worked out by hand:

* 由640项削减至208项，精简率为67.5%: (640 − 208) ÷ 640 = 67.5% (silent); printed 76.5% an error
  showing the arithmetic.
* 从96个精简到60个，精简37.5%: (96 − 60) ÷ 96 = 37.5%; printed 35.7% an error.
* 由上年的22.5个工作日压缩至13.5个工作日，压减40%: (22.5 − 13.5) ÷ 22.5 = 40% (silent).
* a direction the figures contradict: 由48项精简到75项 (the verb says fewer, the figures more).
* 精简为 a level reached, not an amount of change: 由120项精简为84项，精简30% silent.
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


def test_cut_rate_off_is_an_error_with_its_arithmetic() -> None:
    found = n108("全面清理区级审批事项，由640项削减至208项，精简率为76.5%。")
    assert len(found) == 1
    severity, message = found[0]
    assert severity is E
    assert "76.5%" in message and "（640－208）÷640＝67.5%" in message


def test_cut_rate_right_is_silent() -> None:
    assert n108("全面清理区级审批事项，由640项削减至208项，精简率为67.5%。") == []
    assert n108("全面清理区级审批事项，由640项削减至208项，削减率达67.5%。") == []


def test_simplified_to_and_its_percentage() -> None:
    found = n108("证明材料从96个精简到60个，精简35.7%。")
    assert [s for s, _ in found] == [E]
    assert "（96－60）÷96＝37.5%" in found[0][1]
    assert n108("证明材料从96个精简到60个，精简37.5%。") == []


def test_pressed_down_time_limit_is_silent_when_right() -> None:
    text = "平均审批时限由上年的22.5个工作日压缩至13.5个工作日，压减40%。"
    assert n108(text) == []


def test_cut_verb_against_rising_figures() -> None:
    found = n108("部门权责清单事项由48项精简到75项。")
    assert [s for s, _ in found] == [E]
    assert "实为增加" in found[0][1]
    assert n108("部门权责清单事项由75项精简到48项。") == []


def test_cut_to_a_level_with_wei_is_no_amount_of_change() -> None:
    assert n108("中介服务事项由120项精简为84项，精简30%。") == []


# A base printed without its unit in a bracket after the period compared with: 「环比上季度
# （18640）增长12.5%」 — 20970 against 18640 is (20970 − 18640) ÷ 18640 = 12.50%.
QUARTER = "第四季度，全市12345热线共受理群众诉求20970件，环比第三季度（18640）增长{r}。"


def test_unitless_bracket_base_is_compared() -> None:
    found = n108(QUARTER.format(r="15.2%"))
    assert [s for s, _ in found] == [E]
    assert "（20970－18640）÷18640＝12.5" in found[0][1]
    assert n108(QUARTER.format(r="12.5%")) == []


def test_unitless_bracket_base_of_money_takes_its_magnitude() -> None:
    text = "非税收入完成3560万元，比上年同期（3200）增长{r}。"
    found = n108(text.format(r="8.5%"))
    assert [s for s, _ in found] == [E]
    assert "（3560万－3200万）÷3200万" in found[0][1]
    assert n108(text.format(r="11.25%")) == []


def test_unitless_bracket_after_a_rate_or_a_year_is_left() -> None:
    # the figure compared to is a rate: the bracket is no count
    assert n108("共审结案件860件，调解率62.4%，较上年（58.1）提高4.3个百分点。") == []
    # a year restated in the bracket is no base
    assert n108("共办理案件2350件，较上年（2022）增长5%。") == []


# A sum of money split into parts that add up to it, each change a bare percentage (a
# bulletin's plain form, possibly at comparable prices): the whole's change is a weighted
# average of its parts' and lies between them. 520.6 = 248.3 + 272.3.
SPLIT = (
    "上半年，全区税收收入520.6亿元，增长{w}。其中：区本级税收收入248.3亿元，增长2.1%；"
    "县（市）税收收入272.3亿元，下降1.6%。"
)


def test_money_split_whole_change_outside_its_parts_is_an_error() -> None:
    found = n108(SPLIT.format(w="3.5%"))
    assert [s for s, _ in found] == [E]
    message = found[0][1]
    assert "520.6亿元增长3.5%" in message and "高于各分项中最高的增幅" in message
    assert "248.3亿元增长2.1%" in message and "272.3亿元下降1.6%" in message
    assert "248.3亿元＋272.3亿元＝520.6亿元" in message


def test_money_split_whole_change_between_its_parts_is_silent() -> None:
    assert n108(SPLIT.format(w="0.3%")) == []
    # a change at the edge of a part's, within the printed precision
    assert n108(SPLIT.format(w="2.1%")) == []


def test_money_parts_that_miss_the_whole_are_not_a_split() -> None:
    text = (
        "全区税收收入520.6亿元，增长3.5%。其中：区本级税收收入238.3亿元，增长2.1%；"
        "县（市）税收收入272.3亿元，下降1.6%。"
    )
    assert n108(text) == []


def gap_found(text: str) -> list[tuple[Severity | None, str]]:
    import tempfile
    from pathlib import Path

    from fazhi_lint import Config, lint_path

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "r.txt"
        path.write_text("2023年度法治政府建设情况报告\n" + text + "\n", encoding="utf-8")
        result = lint_path(path, Config(select=("N",)))
    return [(d.severity, d.message) for d in result.diagnostics if "增速之差" in d.message]


# Gaps of growth rates with the compared rate named in full, or in the 比 form:
# 乡村 7.4 − 城区 5.1 = 2.3; 社会保障支出 21.5 − 一般公共预算支出 13.8 = 7.7.
WHOLE = (
    "城区居民人均消费支出28650元，同比增长5.1%；乡村居民人均消费支出16320元，同比增长7.4%，"
    "增速高于城区居民人均消费支出{g}个百分点。"
)
THAN = (
    "城区居民人均消费支出28650元，同比增长5.1%；乡村居民人均消费支出16320元，同比增长7.4%。"
    "乡村居民人均消费支出增速比城区居民的高{g}个百分点。"
)


def test_gap_against_a_rate_named_in_full() -> None:
    found = gap_found(WHOLE.format(g="3.3"))
    assert [s for s, _ in found] == [E]
    assert "7.4%－5.1%＝2.3个百分点" in found[0][1]
    assert gap_found(WHOLE.format(g="2.3")) == []


def test_gap_in_the_bi_form() -> None:
    found = gap_found(THAN.format(g="1.3"))
    assert [s for s, _ in found] == [E]
    assert "比城区居民高1.3个百分点" in found[0][1] and "＝2.3个百分点" in found[0][1]
    assert gap_found(THAN.format(g="2.3")) == []


def test_gap_against_a_whole_named_spending_rate() -> None:
    text = (
        "全市一般公共预算支出完成318.6亿元，同比增长13.8%。社会保障和就业支出完成52.4亿元，"
        "同比增长21.5%，高于一般公共预算支出增幅{g}个百分点。"
    )
    found = gap_found(text.format(g="8.7"))
    assert [s for s, _ in found] == [E]
    assert "21.5%－13.8%＝7.7个百分点" in found[0][1]
    assert gap_found(text.format(g="7.7")) == []


def test_gap_against_a_time_or_two_matching_rates_is_left() -> None:
    # 比上年高: a time, the change readings' business
    assert gap_found("全年收入增长7.4%，增速比上年的高2.3个百分点。") == []
    # two rates whose label holds the name: no single reading
    text = (
        "城区居民人均消费支出28650元，同比增长5.1%；按新口径，城区居民人均消费支出28410元，"
        "同比增长4.2%；乡村居民人均消费支出16320元，同比增长7.4%，增速高于城区居民人均消费"
        "支出3.3个百分点。"
    )
    assert gap_found(text) == []


# A table whose column of the year before is named 上年同期, not by its number:
# 甲 (648 − 600) ÷ 600 = 8.00%, 乙 (276 − 300) ÷ 300 = −8.00%, 丙 (1100 − 1000) ÷ 1000 = 10.00%.
PRIOR_HEAD = (
    "类别 | 2023年（件） | 上年同期 | 同比（%） |\n"
    "甲类诉求 | 648 | 600 | ↑8.00% |\n"
    "乙类诉求 | 276 | 300 | ↓{b} |\n"
    "丙类诉求 | 1100 | 1000 | ↑10.00% |\n"
)


def test_change_column_against_a_prior_head_without_its_year() -> None:
    found = n108(PRIOR_HEAD.format(b="6.00%"))
    assert [s for s, _ in found] == [E]
    assert "乙类诉求" in found[0][1] and "（276－300）÷300＝-8" in found[0][1]
    assert n108(PRIOR_HEAD.format(b="8.00%")) == []


# Statements parted by a semicolon, each with its own three lists in order:
# 一般事故 48 + 12 = 60, 12 ÷ 60 = 20.0%; 9 + 6 = 15, 6 ÷ 15 = 40.0%;
# 较大事故 4 + 2 = 6, 2 ÷ 6 = 33.3%; 受伤 10 + 5 = 15, 5 ÷ 15 = 33.3%.
STATEMENTS = (
    "全年发生一般事故48起、死亡9人，同比减少12起、6人，分别下降20.0%和40.0%；"
    "发生较大事故4起、受伤10人，同比减少2起、5人，分别下降33.3%和{r}。"
)


def test_each_statement_of_a_sentence_reads_its_own_lists() -> None:
    found = n108(STATEMENTS.format(r="38.5%"))
    assert [s for s, _ in found] == [E]
    assert "38.5%" in found[0][1] and "10人＋5人＝基期15人" in found[0][1]
    assert n108(STATEMENTS.format(r="33.3%")) == []
