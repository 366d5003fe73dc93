"""Session 31 round 2, coder units: shares of a complete split and unit slips (issue 9).

1. A part's change against last year told after its share (「占受理总量的31.32%，同比增加
   23.45%」) and a share in a bracket nested in a part (「（其中：15-59岁人口…占64.77%）」) do not
   end the run of shares of one whole (partition ``share_relations``).
2. The three industries named together and their shares told as three percentages (贡献率,
   比重, 占比) add up to 100 (structure ``_place_shares``).
3. A rate per thousand of the population (出生率) against its count and the stated population
   (ratios ``population_rate_relations``): twofold off is a slip of 万 or of a digit (a warning).
"""

from __future__ import annotations

from relation_helpers import errors, findings

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def _severities(text: str, codes: tuple[str, ...]) -> list[Severity | None]:
    return [r.severity for r in contradictions(analyze_text(text, 2024)) if r.code in codes]


# 1. changes and nested shares between the shares of one whole
CHANGES_BETWEEN = (
    "全年共受理来电来信12000件。其中，咨询类6000件，占受理总量的{a}%，同比增长3.5%；"
    "求助类4000件，占受理总量的33.3%，同比下降2.1%；投诉类2000件，占受理总量的16.7%，"
    "同比增长8.0%。"
)


def test_shares_with_changes_between_above_hundred_found() -> None:
    text = CHANGES_BETWEEN.format(a="55.0")
    found = findings(text, 2024, ("N101", "N102"))
    assert any("55.0%＋33.3%＋16.7%" in m for _, m in found), found


def test_shares_with_changes_between_adding_up_quiet() -> None:
    text = CHANGES_BETWEEN.format(a="50.0")
    assert not findings(text, 2024, ("N101", "N102")), text


NESTED = (
    "年末全市常住人口中，0-14岁人口为120万人，占常住人口的15.00%；15-64岁人口为560万人，"
    "占常住人口的70.00%（其中：15-59岁人口为500万人，占常住人口的62.50%）；65岁及以上人口"
    "为120万人，占常住人口的{c}%。"
)


def test_nested_share_skipped_siblings_above_hundred_found() -> None:
    found = findings(NESTED.format(c="16.00"), 2024, ("N101", "N102"))
    assert any("15.00%＋70.00%＋16.00%" in m for _, m in found), found


def test_nested_share_not_summed() -> None:
    assert not findings(NESTED.format(c="15.00"), 2024, ("N101", "N102"))


# 2. the three industries' shares
def test_industry_contributions_not_hundred_error() -> None:
    text = "第一、二、三产业分别拉动经济增长0.5、2.0、3.5个百分点，对经济增长的贡献率分别为8%、33%、64%。"
    found = errors(text)
    assert any(code == "N102" and "8%＋33%＋64%" in m for code, m in found), found


def test_industry_contributions_hundred_quiet() -> None:
    text = "第一、二、三产业分别拉动经济增长0.5、2.0、3.5个百分点，对经济增长的贡献率分别为8%、33%、59%。"
    assert not findings(text, 2024, ("N101", "N102"))


def test_three_industries_shares_with_he() -> None:
    bad = "三次产业增加值占全县生产总值的比重分别为12.5%、40.3%和49.2%。"
    good = "三次产业增加值占全县生产总值的比重分别为12.5%、40.3%和47.2%。"
    assert Severity.ERROR in _severities(bad, ("N102",))
    assert not findings(good, 2024, ("N101", "N102"))


def test_other_list_before_shares_not_read() -> None:
    text = "三次产业稳步增长，消费、投资、净出口对经济增长的贡献率分别为50%、45%和15%。"
    assert not _severities(text, ("N102",))


# 3. a birth rate against its count and the population
def test_birth_rate_off_by_wan_warned() -> None:
    text = "年末全市常住人口520万人。全年出生人口0.41万人，出生率为7.90‰；死亡人口3.9万人，死亡率为7.50‰。"
    found = findings(text, 2024, ("N104",))
    assert any("0.41万人÷520万人" in m for _, m in found), found
    assert Severity.ERROR not in _severities(text, ("N104",))


def test_birth_rate_fitting_population_quiet() -> None:
    text = "年末全市常住人口520万人。全年出生人口4.1万人，出生率为7.90‰；死亡人口3.9万人，死亡率为7.50‰。"
    assert not findings(text, 2024, ("N104",))


def test_urban_population_not_the_base() -> None:
    text = "年末全市常住人口520万人，其中城镇常住人口52万人。全年出生人口4.1万人，出生率为7.90‰。"
    assert not findings(text, 2024, ("N104",))


def test_change_after_the_wholes_own_share_ends_the_run() -> None:
    text = (
        "全年税收收入完成5,000万元，占年初预算103.20%，同比增长6.5%，从征收部门来看：国税完成"
        "3,000万元，占年初预算101.10%，占税收收入的60.00%；地税完成2,000万元，占年初预算"
        "106.50%，占税收收入的40.00%。"
    )
    assert not findings(text, 2024, ("N101", "N102"))
