"""Session 30, coder yoy: year-on-year readings (issue 9), each rule with its own examples.

1. A 个千分点 change right after the rate of the period compared with, both in ‰, with this
   period's rate right before the comparison: their difference (change ``_permille_points``),
   an error when it does not fit (one reading, inside one sentence).
2. 「增加A或B%」: the percentage after 或 is the amount's change told relatively, read against
   that amount and the figure before it only (change ``_or_joined``), an error.
3. A sentence of changes only, each naming its measure (「受伤人数同比下降…」, the i-th name of a
   、 list for the i-th of a 分别 list), right after a sentence opening with the period compared
   with (去年同期…): against the one figure naming that measure in that sentence and the one in
   the sentence before it (change ``_named_across``), a warning (across full stops).
"""

from __future__ import annotations

import pytest

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def _n108(text: str, year: int = 2024) -> list[tuple[Severity | None, str]]:
    return [
        (r.severity, r.message)
        for r in contradictions(analyze_text(text, year))
        if r.code == "N108"
    ]


# 1. ‰ rates and 个千分点
PERMILLE = "全县人口自然增长率为3.6‰，较上年的2.8‰提高{d}个千分点。"


def test_permille_points_mismatch_is_an_error() -> None:
    found = _n108(PERMILLE.format(d="1.8"))
    assert [s for s, _ in found] == [Severity.ERROR], found
    assert "3.6‰－2.8‰＝0.8个千分点" in found[0][1], found


def test_permille_points_that_fit_are_quiet() -> None:
    assert not _n108(PERMILLE.format(d="0.8"))


def test_permille_points_direction_against_rates() -> None:
    text = "2023年婴儿死亡率降至4.15‰，与2022年的4.62‰相比，上升0.47个千分点。"
    found = _n108(text)
    assert [s for s, _ in found] == [Severity.ERROR], found
    assert not _n108(text.replace("上升", "下降"))


def test_permille_without_base_is_not_read() -> None:
    # the base is not stated: nothing to compare
    assert not _n108("全年出生率为7.9‰，比上年下降1.3个千分点。")


# 2. 增加A或B%
OR_JOINED = "全年受理劳动争议案件4,620件，较上年增加420件或{p}%。"


def test_or_joined_percentage_against_its_amount() -> None:
    found = _n108(OR_JOINED.format(p="12.0"))
    assert [s for s, _ in found] == [Severity.ERROR], found
    assert "420÷4200＝10%" in found[0][1], found


def test_or_joined_percentage_that_fits_is_quiet() -> None:
    assert not _n108(OR_JOINED.format(p="10.0"))


def test_or_joined_with_minguo_years_reads_the_amount_only() -> None:
    # 112年 / 111年 are years, not figures compared
    text = "112年調解案件計3,300件，較111年減少300件或8.3%；調解人數計5,500人，亦較111年增加500人或10.0%。"
    assert not _n108(text, 2024)
    found = _n108(text.replace("或10.0%", "或12.0%"), 2024)
    assert [s for s, _ in found] == [Severity.ERROR], found


# 3. a sentence of changes against the prior sentence and this period's sentence
NAMED = (
    "2023年，全区共发生道路交通事故120起、死亡18人、受伤96人、直接经济损失52.5万元。"
    "上年同期发生道路交通事故150起，死亡{dead}人、受伤120人，直接经济损失60万元。"
    "事故起数同比下降20%，受伤人数同比{word}20%，死亡人数、直接经济损失同比分别下降{p}%、12.5%。"
)


def test_named_changes_fit_their_measures() -> None:
    assert not _n108(NAMED.format(dead="24", word="下降", p="25"))


def test_named_change_against_other_prior_is_a_warning() -> None:
    found = _n108(NAMED.format(dead="30", word="下降", p="25"))
    assert [s for s, _ in found] == [Severity.WARNING], found
    assert "（30－18）÷30＝40%" in found[0][1] and "死亡人数" in found[0][1], found


def test_named_change_in_the_wrong_direction_is_a_warning() -> None:
    found = _n108(NAMED.format(dead="24", word="上升", p="25"))
    assert [s for s, _ in found] == [Severity.WARNING], found
    assert "受伤人数" in found[0][1], found


@pytest.mark.parametrize(
    "text",
    [
        # two figures of this period name the measure: no one pair
        "全年调解纠纷300件、调解成功纠纷280件。上年调解纠纷250件。调解纠纷同比增长30%。",
        # the sentence of changes states a figure of its own
        "全年受理投诉200件。上年受理投诉160件。今年办结投诉190件，受理投诉同比增长30%。",
    ],
)
def test_named_change_not_read_without_one_pair(text: str) -> None:
    assert all(s is not Severity.ERROR for s, _ in _n108(text)), _n108(text)
