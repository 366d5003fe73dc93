"""Session 31, coder rates: a rate or share whose numerator and denominator the sentence
states, in shapes the rates relation did not read (issue 9).

1. A share naming its whole between 占 and 比重 without 的 (「占全市从业人员比重为」) names a
   whole, not a subject of its own: the figure before is its numerator (rates
   ``_numerators``).
2. A share whose whole is too long for a rate's name (「占全县规模以上工业营业收入的比重达」) is
   read from its 占 (rates ``rate_word``).
3. 「占X的」 and 「占X的比重」 name one whole: items each followed by one of the two forms are a
   breakdown, not each other's bases (rates ``same_share_name``).
4. Two shares printed with nothing between (「分别占…的41.2%38.5%」) are a run (rates
   ``_share_run``).
5. A named whole of another area (占全省…) is not over a figure of the report's area (全市…)
   (rates ``_whole_of_other_area``).
6. A ratio of a named pair (城乡…收入比) is the first term's figure over the second's
   (ratios ``stated_ratio_relations``).
7. A rate that is the difference of two rates (自然增长率 = 出生率 − 死亡率) (ratios
   ``rate_difference_relations``).
"""

from __future__ import annotations

import pytest

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def _found(text: str, codes: tuple[str, ...] = ("N104",)) -> list[tuple[str, Severity | None]]:
    return [
        (r.code, r.severity) for r in contradictions(analyze_text(text, 2024)) if r.code in codes
    ]


def _messages(text: str) -> list[str]:
    return [r.message for r in contradictions(analyze_text(text, 2024)) if r.code == "N104"]


# 1. 占X比重 without 的
def test_share_whole_named_without_de_is_read() -> None:
    text = "年末全市从业人员420万人，其中第三产业从业人员231万人，占全市从业人员比重为58.0%。"
    assert _found(text) == [("N104", Severity.ERROR)], _messages(text)
    assert any("231万÷420万＝55%" in m for m in _messages(text))
    twin = "年末全市从业人员420万人，其中第三产业从业人员231万人，占全市从业人员比重为55.0%。"
    assert _found(twin) == [], _messages(twin)


def test_subject_before_zhan_still_its_own() -> None:
    # (a subject of the share's own clause before 占: the figure before is not its numerator)
    text = "全年受理案件420件，其中调解结案231件，网上立案占比为40.0%。"
    assert _found(text) == [], _messages(text)


# 2. a long whole after 占
def test_long_named_whole_read_from_zhan() -> None:
    text = (
        "全县规模以上工业营业收入820.50亿元，增长5.1%，其中装备制造业营业收入312.60亿元，"
        "增长7.2%，占全县规模以上工业营业收入的比重达40.10%。"
    )
    assert _found(text) == [("N104", Severity.ERROR)], _messages(text)
    twin = text.replace("40.10%", "38.10%")
    assert _found(twin) == [], _messages(twin)


# 3. one whole in two forms
def test_items_with_two_forms_of_one_share_are_siblings() -> None:
    text = (
        "0-14岁人口为312万人，占常住人口的15.60%；15-64岁人口1402万人，占常住人口的比重为"
        "70.10%；65岁及以上人口286万人，占常住人口的比重为14.30%。"
    )
    assert _found(text) == [], _messages(text)


# 4. shares printed with nothing between
def test_glued_shares_pair_in_order() -> None:
    text = (
        "本季度共接到投诉1200件。从类型看，价格投诉(494件)和质量投诉(462件)较多，"
        "分别占投诉总量的41.2%38.5%。"
    )
    assert _found(text) == [], _messages(text)


# 5. a whole of another area
def test_whole_of_wider_area_is_not_the_reports_figure() -> None:
    text = (
        "全市法院共受理各类案件52310件，同比上升3.2%。中院本级受理各类案件8120件"
        "（占全省中级法院案件总数的21.40%），同比下降1.1%。"
    )
    assert _found(text) == [], _messages(text)


def test_whole_of_same_area_is_still_read() -> None:
    text = "全市共受理各类案件52310件。其中民事案件30120件，占全市案件总数的60.10%。"
    assert _found(text) != [], _messages(text)
    twin = "全市共受理各类案件52310件。其中民事案件30120件，占全市案件总数的57.58%。"
    assert _found(twin) == [], _messages(twin)


# 6. a ratio of a named pair
@pytest.mark.parametrize(
    ("ratio", "wrong"),
    [
        ("城乡居民人均可支配收入比值为2.48", False),
        ("城乡居民人均可支配收入比值为2.58", True),
        ("城乡收入比为2.48:1", False),
        ("城乡收入比为2.38:1", True),
    ],
)
def test_pair_ratio_is_first_over_second(ratio: str, wrong: bool) -> None:
    text = (
        "城镇居民人均可支配收入45210元，增长4.8%；农村居民人均可支配收入18240元，增长6.9%。"
        f"{ratio}，比上年缩小0.05。"
    )
    expected = [("N104", Severity.ERROR)] if wrong else []
    assert _found(text) == expected, _messages(text)
    if wrong:
        assert any("45210÷18240＝2.48" in m for m in _messages(text))


def test_ratio_of_earlier_year_is_not_read() -> None:
    text = (
        "城镇居民人均可支配收入45210元；农村居民人均可支配收入18240元。"
        "城乡收入比由上年的2.53:1缩小为2.48:1。"
    )
    assert _found(text) == [], _messages(text)


# 7. a rate that is the difference of two rates
@pytest.mark.parametrize(
    ("natural", "wrong"),
    [("1.86‰", False), ("2.06‰", True), ("-1.86‰", True)],
)
def test_natural_growth_is_birth_less_death(natural: str, wrong: bool) -> None:
    text = (
        f"全年出生人口31.2万人，人口出生率为7.45‰；死亡人口23.4万人，人口死亡率为5.59‰；"
        f"人口自然增长率为{natural}。"
    )
    expected = [("N104", Severity.ERROR)] if wrong else []
    assert _found(text) == expected, _messages(text)


def test_negative_natural_growth_fits() -> None:
    text = "全年出生率为5.21‰，死亡率为8.90‰，自然增长率为-3.69‰。"
    assert _found(text) == [], _messages(text)
    twin = "全年出生率为5.21‰，死亡率为8.90‰，自然增长率为-3.96‰。"
    assert _found(twin) == [("N104", Severity.ERROR)], _messages(twin)


def test_rounded_terms_within_their_places() -> None:
    # (8.3 − 7.7 = 0.6 against 0.5: each printed to one place, within half a unit each)
    text = "全年出生率为8.3‰，死亡率为7.7‰，人口自然增长率为0.5‰。"
    assert _found(text) == [], _messages(text)
