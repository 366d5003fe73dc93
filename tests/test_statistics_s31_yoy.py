"""Session 31, coder yoy: changes read against the figures the sentence structure names
(issue 9), each rule with its own examples.

1. The three industries' pulls (拉动 …个百分点) add up to the growth of the total stated before
   them (module ``pulls``): an error when the paragraph states one such growth.
2. A change over the years of a series, no base named (「三年来…增长…%」「两年累计提高…个百分点」),
   against the series' first and last figures (trend ``span_change_relations``): a warning.
3. A share structure 由 one ratio 到 another, then, in the next sentence, each place's change
   by its short name (一产/二产/三产) (structure ``_share_changes``): a warning across the full
   stop; a fall is read with its bounds in order.
4. A change whose paragraph restates its period compared with after it (「；（2022年…1起…）」) is
   not read against the paragraph before (pickup ``_OWN_BASE_AFTER_RE``).
5. A rate's rise of more than 100% with no rate stated is its relative change, no 个百分点 slip
   (rates ``points_relations``).
"""

from __future__ import annotations

import pytest

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def _found(text: str, code: str, year: int = 2024) -> list[tuple[Severity | None, str]]:
    return [
        (r.severity, r.message) for r in contradictions(analyze_text(text, year)) if r.code == code
    ]


# 1. pulls
PULLS = (
    "2023年，全县实现地区生产总值356.20亿元，按可比价格计算，比上年增长{g}%。其中，第一产业"
    "增加值48.31亿元，增长3.9%；第二产业增加值142.77亿元，增长6.3%；第三产业增加值165.12亿元，"
    "增长6.6%。第一、二、三产业分别拉动经济增长0.5、2.4、3.2个百分点。"
)


def test_pulls_that_do_not_add_up_to_the_growth_are_an_error() -> None:
    found = _found(PULLS.format(g="7.1"), "N108")
    assert [s for s, _ in found] == [Severity.ERROR], found
    assert "0.5＋2.4＋3.2＝6.1个百分点" in found[0][1], found


def test_pulls_that_add_up_are_quiet() -> None:
    assert not _found(PULLS.format(g="6.1"), "N108")


SPLIT_PULLS = (
    "全年实现地区生产总值(GDP)212.4亿元，同比下降{g}%。第一产业拉动GDP增长0.3个百分点，"
    "第二、三产业分别拉动-3.1和0.6个百分点。"
)


def test_pulls_told_clause_by_clause_with_a_fall() -> None:
    assert not _found(SPLIT_PULLS.format(g="2.2"), "N108")
    found = _found(SPLIT_PULLS.format(g="3.2"), "N108")
    assert [s for s, _ in found] == [Severity.ERROR], found


def test_a_part_of_an_industry_pulling_is_not_read() -> None:
    text = (
        "全年地区生产总值增长5.0%。第二产业拉动GDP增长2.0个百分点，其中工业拉动1.6个百分点，"
        "第三产业拉动2.2个百分点。"
    )
    assert not _found(text, "N108")


# 2. a change over the span of a series
SERIES = (
    "2020年至2023年，全市人民调解组织调解纠纷分别为：2020年1200件，2021年1500件，2022年1800件，"
    "2023年2400件。三年来调解量稳步增长{p}%。"
)


def test_span_change_against_first_and_last_of_series_warns() -> None:
    found = _found(SERIES.format(p="150"), "N108")
    assert [s for s, _ in found] == [Severity.WARNING], found
    assert "（2400－1200）÷1200＝100%" in found[0][1], found


def test_span_change_that_fits_is_quiet() -> None:
    assert not _found(SERIES.format(p="100"), "N108")


def test_span_change_of_another_number_of_years_is_not_read() -> None:
    # 十年来 is not the span of the series: its base is not listed
    assert not _found(SERIES.format(p="150").replace("三年来", "十年来"), "N108")


POINTS_SERIES = "群众满意率分别为：2021年80.5%，2022年85.0%，2023年90.5%。两年累计提高{p}个百分点。"


def test_span_change_in_points() -> None:
    assert not _found(POINTS_SERIES.format(p="10"), "N108")
    found = _found(POINTS_SERIES.format(p="12"), "N108")
    assert [s for s, _ in found] == [Severity.WARNING], found
    assert "90.5－80.5＝10个百分点" in found[0][1], found


def test_span_change_read_by_the_change_rule_is_told_once() -> None:
    # 从…提高到… names the pair: the change rule reads it (an error), this rule is silent
    text = "群众满意率从2021年的80.5%、2022年的85.0%提高到2023年的90.5%，两年累计提高12个百分点。"
    found = _found(text, "N108")
    assert [s for s, _ in found] == [Severity.ERROR], found


# 3. a structure's changes by short names in the next sentence
STRUCTURE = (
    "三次产业结构由2022年的10.5:40.2:49.3调整为9.8:41.0:49.2。一产下降0.7个百分点，二产上升"
    "{d}个百分点，三产下降0.1个百分点。"
)


def test_short_named_share_change_against_the_ratios() -> None:
    found = _found(STRUCTURE.format(d="1.8"), "N108")
    assert Severity.WARNING in [s for s, _ in found], found
    assert any("41.0－40.2＝0.8个百分点" in m for _, m in found), found


def test_short_named_share_changes_that_fit_are_quiet() -> None:
    assert not _found(STRUCTURE.format(d="0.8"), "N108")


def test_a_fall_of_a_share_within_one_sentence_is_read() -> None:
    text = "三次产业结构由上年的12.0:45.0:43.0调整为11.0:44.5:44.5，第二产业比重下降{d}个百分点。"
    assert not _found(text.format(d="0.5"), "N108")
    found = _found(text.format(d="1.5"), "N108")
    assert [s for s, _ in found] == [Severity.ERROR], found


# 4. a change with its own base after it in its paragraph
OWN_BASE = (
    "1.甲镇共受理矛盾纠纷12件，化解10件，受理量同比下降25%，化解量同比下降28.6%；（2023年同期受理16件，化解14件）；\n"
    "2.乙镇共受理矛盾纠纷6件，化解6件，受理量同比上升{p}%，化解量同比上升200%；（2023年同期受理2件，化解2件）；"
)


def test_change_with_its_own_base_is_not_read_across_paragraphs() -> None:
    assert not _found(OWN_BASE.format(p="200"), "N108")


# 5. a rate's rise above 100%
@pytest.mark.parametrize("p", ["150", "886.4"])
def test_rate_rise_above_a_hundred_is_relative(p: str) -> None:
    assert not _found(f"规范性文件审查报备率同比增长{p}%，未发现超期报备文件。", "N106")


def test_rate_rise_below_a_hundred_still_warns() -> None:
    found = _found("规范性文件审查报备率同比增长16.4%，未发现超期报备文件。", "N106")
    assert [s for s, _ in found] == [Severity.WARNING], found
