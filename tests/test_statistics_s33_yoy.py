"""Session 33, coder yoy: changes against last year read by structure (issue 9), each rule
with its own examples.

1. A change restated as an amount in a later sentence that opens with the period compared
   with (「与去年同期相比，来电总量增加了350件」), against the figure stated before with its own
   同比 percentage (module ``restated_amount``): a warning.
2. A 其中 split whose parts add up to an earlier figure than the one right before 其中
   (「受理…1200件，同比增长20%；审结1100件，…。其中，市本级受理500件…；区县受理700件…」) is that
   figure's split (split_changes ``_earlier_splits``): an error, as the split rule's.
"""

from __future__ import annotations

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def _found(text: str, code: str = "N108", year: int = 2024) -> list[tuple[Severity | None, str]]:
    return [
        (r.severity, r.message) for r in contradictions(analyze_text(text, year)) if r.code == code
    ]


# 1. an amount restated sentences after the figure's own percentage
RESTATED = (
    "本季度共受理群众来电3150件，同比增长12.5%，环比下降3.1%。其中反映城市管理问题2800件，"
    "占来电总量的88.9%；其他问题350件，占来电总量的11.1%。与去年同期相比，来电总量{w}。"
)


def test_an_amount_that_fits_the_percentage_is_quiet() -> None:
    # 3150 ÷ 1.125 = 2800: 350 more
    assert not _found(RESTATED.format(w="增加了350件"))


def test_an_amount_of_the_other_direction_is_a_warning() -> None:
    found = _found(RESTATED.format(w="减少了350件"))
    assert [s for s, _ in found] == [Severity.WARNING], found
    assert "3150件÷（1＋12.5%）＝2800件" in found[0][1], found
    assert "文中写作减少350件" in found[0][1], found


def test_an_amount_of_the_wrong_size_is_a_warning() -> None:
    found = _found(RESTATED.format(w="增加了150件"))
    assert [s for s, _ in found] == [Severity.WARNING], found
    assert "应增加约350件" in found[0][1], found


# the sentence may open with 同比 alone, no 上年/去年/同期 anywhere in the paragraph
RESTATED_BARE = (
    "全年办理法律援助案件1350件，同比增长12.5%。其中民事案件900件，刑事案件450件。同比{w}。"
)


def test_an_amount_after_a_bare_tongbi_that_fits_is_quiet() -> None:
    # 1350 ÷ 1.125 = 1200: 150 more
    assert not _found(RESTATED_BARE.format(w="增加150件"))


def test_an_amount_after_a_bare_tongbi_of_the_wrong_size_is_a_warning() -> None:
    found = _found(RESTATED_BARE.format(w="增加250件"))
    assert [s for s, _ in found] == [Severity.WARNING], found
    assert "应增加约150件" in found[0][1], found


def test_the_other_periods_percentage_is_not_read() -> None:
    # only a 环比 percentage after the figure: no 同比 to restate
    text = (
        "本季度共受理群众来电3150件，环比增长12.5%。其中反映城市管理问题2800件。与去年同期相比，"
        "来电总量增加了150件。"
    )
    assert not _found(text)


def test_two_figures_with_their_own_percentage_leave_the_amount_open() -> None:
    # the amount's words name neither figure better: no reading
    text = (
        "本季度共受理来电3150件，同比增长12.5%；受理来信1200件，同比增长20%。与去年同期相比，"
        "增加了150件。"
    )
    assert not _found(text)


# 2. a split of an earlier whole
EARLIER = (
    "全年受理行政复议申请1200件，同比增长20%；审结1100件，同比增长10%。其中，市本级受理500件，"
    "同比增长25%；区县受理700件，同比增长{r}%。"
)


def test_a_split_of_the_earlier_whole_that_fits_is_quiet() -> None:
    # 500 ÷ 1.25 + 700 ÷ 1.167 = 400 + 600 = 1000 = 1200 ÷ 1.2
    assert not _found(EARLIER.format(r="16.7"))


def test_a_split_of_the_earlier_whole_that_does_not_fit_is_an_error() -> None:
    # 500 ÷ 1.25 + 700 ÷ 1.4 = 400 + 500 = 900, not 1200 ÷ 1.2 = 1000
    found = _found(EARLIER.format(r="40"))
    assert [s for s, _ in found] == [Severity.ERROR], found
    assert "1200件÷（1＋20%）" in found[0][1], found
    assert "700件÷（1＋40%）" in found[0][1], found


def test_parts_that_add_up_to_no_earlier_figure_are_not_read() -> None:
    text = (
        "全年受理行政复议申请1200件，同比增长20%；审结1100件，同比增长10%。其中，市本级受理500件，"
        "同比增长25%；区县受理650件，同比增长26.7%。"
    )
    assert not _found(text)
