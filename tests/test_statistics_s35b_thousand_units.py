"""Session 35 round 2, coder yoytab: units with 千 as their magnitude (issue 9, year-on-year).

1. 千公顷, 千吨, 千公里, 千平方米, 千立方米 are units of their own (numbers.toml ``units.measure``),
   converted to their plain forms by ``magnitude.conversions``: a level and its change in 千公顷
   are read together, so the stated growth is judged against both (real50 KJ034, real63
   LA054, real68 LF048's 万亩（千公顷） restatements).
2. A figure restated in brackets in another unit is rounded when printed in 万 or 亿, the
   restated one too (4610万亩 stands for [4609.5万, 4610.5万) 亩).
3. Parts above their whole whose stated differences miss the whole's stated difference as well
   are no split of that whole (partition ``_changes_disown``): the over-sum is not told.
"""

from __future__ import annotations

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def _found(text: str, code: str, year: int = 2023) -> list[tuple[Severity | None, str]]:
    return [
        (r.severity, r.message) for r in contradictions(analyze_text(text, year)) if r.code == code
    ]


# 1. 千 units read as one unit with their change
LEVEL = "全年棉花产量{v}千吨，比上年增加4.2千吨，增长{p}%。"


def test_thousand_unit_growth_mismatch_is_an_error() -> None:
    found = _found(LEVEL.format(v="52.6", p="18.0"), "N108")
    assert [s for s, _ in found] == [Severity.ERROR], found
    assert "52.6－4.2＝48.4千吨" in found[0][1], found
    assert "4.2÷48.4＝8.7%" in found[0][1], found


def test_thousand_unit_growth_that_fits_is_quiet() -> None:
    assert _found(LEVEL.format(v="52.6", p="8.7"), "N108") == []


def test_thousand_km_growth_mismatch_is_an_error() -> None:
    text = "年末公路通车里程12.84千公里，比上年增加0.36千公里，增长6.9%。"
    found = _found(text, "N108")
    assert [s for s, _ in found] == [Severity.ERROR], found
    assert "0.36÷12.48＝2.9%" in found[0][1], found


# 2. a restatement in 千公顷 of a figure in 万亩
def test_restated_wan_mu_in_thousand_hectares_within_rounding_is_quiet() -> None:
    text = "全市耕地面积1260万亩（840.0千公顷），比上年减少3万亩（2.0千公顷）。"
    assert _found(text, "N201") == []


def test_restated_wan_mu_in_thousand_hectares_off_by_ten_is_found() -> None:
    text = "全市耕地面积1260万亩（84.0千公顷），比上年减少3万亩（2.0千公顷）。"
    found = _found(text, "N201")
    assert found, found
    assert "1260万亩" in found[0][1] and "84.0千公顷" in found[0][1], found


# 3. a 其中 list whose parts and differences both miss the whole: siblings, not a split
SIBLINGS = (
    "全年蔬菜种植面积{w}千公顷，增加0.40千公顷，增长3.4%。其中叶菜种植面积9.10千公顷，增加0.30千公顷，"
    "增长3.4%；瓜果种植面积7.20千公顷，减少0.10千公顷，下降1.4%；食用菌种植面积{m}千公顷，"
    "增加{md}千公顷，增长{mp}%。"
)


def test_parts_and_differences_both_over_the_whole_are_quiet() -> None:
    # 9.10 + 7.20 + 2.60 > 12.10 and no selection of 0.30, −0.10, 0.60 makes 0.40: no split
    text = SIBLINGS.format(w="12.10", m="2.60", md="0.60", mp="30.0")
    assert _found(text, "N101") == []


def test_part_slip_with_differences_adding_up_is_still_found() -> None:
    # 0.30 − 0.10 + 0.20 = 0.40: a split by its differences, so 9.10 + 7.20 + 12.60 ≠ 18.90
    text = SIBLINGS.format(w="18.90", m="12.60", md="0.20", mp="1.6")
    found = _found(text, "N101")
    assert [s for s, _ in found] == [Severity.ERROR], found
    assert "28.9" in found[0][1] and "18.9" in found[0][1], found
