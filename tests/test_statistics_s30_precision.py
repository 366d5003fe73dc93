"""Session 30, coder precision: figures read with the precision and the kind they are printed
with (issue 9), each rule with its own examples, every contradiction with a consistent twin.

1. An amount of money printed in 万 or 亿 without decimals (45218万元) is 元 rounded to the 万
   (common ``bounds``): sums and differences of such figures carry the rounding of each, as
   figures printed with decimals always did. A count (件, 人) stays exact.
2. A change told as an average per year (年均增长, 年平均增长率, 年均增加; numbers.toml
   ``rates.per-year-averages``) compounds or divides over the years between two figures: it is
   not their simple change.
3. A number printed without its unit between figures of one unit (「调处3190，」) counts what
   they count: it is the nearest figure before a rate's numerator, a base the rate may be of.
4. A figure equal to the whole whose words are only a word pointing back (「这86件纠纷」) tells
   the whole again, no part of it.
5. Figures followed in their clause by a ranking (「分别以30件、21件、14件位居前三位」) are the
   largest few of a split by another dimension, not the rest of the 其中 list before them.
6. 立为 (「经审查，立为提案的有221件」) is a filing verb, the stage 立案 names.
"""

from __future__ import annotations

import pytest
from relation_helpers import FLOW_CODES, errors, findings

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def _severity(text: str, code: str, year: int = 2024) -> Severity | None:
    found = [r.severity for r in contradictions(analyze_text(text, year)) if r.code == code]
    return max(found, default=None)


# 1. money in 万 is rounded: the parts' changes may miss the whole's by the rounding
TAX = (
    "全年实现税收收入45218万元，比上年增收{total}万元。其中，增值税完成20417万元，比上年增收"
    "1105万元；企业所得税完成15326万元，比上年增收887万元；个人所得税完成9475万元，比上年增收"
    "323万元。"
)


def test_rounded_money_changes_may_miss_by_their_rounding() -> None:
    # 1105 + 887 + 323 = 2315 against 2316: within the half 万 of each figure
    assert not findings(TAX.format(total=2316), 2024, ("N108",))


def test_rounded_money_changes_far_apart_still_err() -> None:
    assert _severity(TAX.format(total=2416), "N108") is Severity.ERROR


def test_counts_stay_exact() -> None:
    text = TAX.replace("万元", "件").replace("实现税收收入", "受理案件").format(total=2316)
    assert _severity(text, "N108") is Severity.ERROR


# 2. an average per year is no simple change
@pytest.mark.parametrize(
    "change", ["年均增长12.1%", "年平均增长率为12.1%", "年均增加426人", "平均每年增加426人"]
)
def test_average_per_year_is_not_the_simple_change(change: str) -> None:
    text = f"全市律师人数为4862人，与2015年的2731人相比，增加2131人，{change}。"
    assert not findings(text, 2024, ("N108",)), change


@pytest.mark.parametrize("change", ["增长12.1%", "增加426人"])
def test_the_simple_change_is_still_judged(change: str) -> None:
    text = f"全市律师人数为4862人，比上年的2731人{change}。"
    assert _severity(text, "N108") is Severity.ERROR


# 3. a unitless count beside figures of its unit
MEDIATION = "共受理劳动争议案件3215件，调处3190，调解成功2987件，调解成功率{rate}。"


def test_unitless_count_is_a_rates_base() -> None:
    # 2987 ÷ 3190 = 93.64%
    assert not findings(MEDIATION.format(rate="93.64%"), 2024, ("N104",))


def test_rate_fitting_no_base_still_errs() -> None:
    assert _severity(MEDIATION.format(rate="95.64%"), "N104") is Severity.ERROR


# 4. the whole told again after a word pointing back
def test_whole_pointed_back_at_is_no_part() -> None:
    text = "受理交通事故纠纷86件，其中涉及人身损害的案件23件，这86件纠纷的调解金额达412万元。"
    assert not findings(text, 2024, ("N101", "N102"))


def test_parts_beside_the_restated_whole_still_add_up() -> None:
    text = (
        "受理交通事故纠纷86件，其中涉及人身损害的23件，仅涉财产损失的73件，"
        "该86件纠纷的调解金额达412万元。"
    )
    found = errors(text)
    assert any(code == "N101" and "23+73" in m for code, m in found), found


# 5. a ranking told after its figures
RANKED = (
    "全市法院共受理环境资源案件87件，其中刑事案件12件，民事案件{civil}件，甲、乙、丙三区法院"
    "分别以30件、21件、14件位居前三位。"
)


def test_ranking_after_its_figures_is_another_split() -> None:
    assert not findings(RANKED.format(civil=75), 2024, ("N101", "N102"))


def test_list_before_the_ranking_still_adds_up() -> None:
    found = errors(RANKED.format(civil=85))
    assert any(code == "N101" and "12+85" in m for code, m in found), found


# 6. 立为 files what was received
PROPOSALS = "共收到委员提交的提案238件，其中联名提案90多件，经审查，立为提案的有{filed}件。"


def test_filed_as_proposal_is_a_stage() -> None:
    assert not findings(PROPOSALS.format(filed=221), 2024, FLOW_CODES)


def test_more_filed_than_received_errs() -> None:
    assert _severity(PROPOSALS.format(filed=248), "N103") is Severity.ERROR
