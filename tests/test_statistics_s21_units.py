"""Session 21 (s21-units): 万 slips between figures the sentence ties, and the quiet shapes.

* a sum owed and the same sum settled or named again, printed a 万 (or 亿) apart — its
  digits alike, or one a rounding of the other (380余万元 … 387.43元) — is a unit slip (N201),
  an error when the later clause settles the debt in full (全部缴清, 如数收回);
* what was settled of a debt, more than ten times the debt and under it once read without
  its 万, is a slip (N201);
* 余/多 before 万/亿 (「380余万元」「300多万元」) is one approximate figure;
* 累计 right after a count sums that count's members: money per case or per person is judged
  (「行政处罚37起，累计罚款…万元」); a sum over several years still meets the floor;
* a count after a national or provincial scope (全国, 全省, 普查) may run to 亿人;
* a 其中 part never bounds its sibling as a stock; a sentence broken down by the 其中 after it
  is a whole of its own, no item carried on from the list before.

Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from relation_helpers import _contradictions, findings

from fazhi_lint.analysis.quantities import extract


def _n(text: str, code: str) -> list[str]:
    return [m for c, m in findings(text, codes=(code,))]


SLIPS = [
    # owed 356.8万元, paid in full printed as 356.8元: error
    (
        "经查，某建材公司欠缴城市基础设施配套费356.8万元。区住建局收到检察建议后依法催缴，"
        "该公司已将欠缴的城市基础设施配套费356.8元全部缴清。",
        "356.8元",
        "ERROR",
    ),
    # the same tax named again, 万 added to a figure in 元
    (
        "区税务局开展专项清查，共查补12户企业欠缴的房产税47.26万元。年底前，"
        "已追缴12户企业欠缴的房产税472600万元。",
        "472600万元",
        "WARNING",
    ),
    # an approximate debt and its exact figure, 万 dropped
    (
        "经核查，该公司拖欠水资源费610余万元。检察机关建议县水利局依法收缴该公司拖欠的水资源费614.35元。",
        "614.35元",
        "WARNING",
    ),
    # settled in full (如数), 万 dropped on the second
    (
        "某物业公司拖欠38名保洁人员工资共计21.6万元。经劳动保障监察大队督促，"
        "被拖欠的工资21.6元已如数支付到位。",
        "21.6元",
        "ERROR",
    ),
]


@pytest.mark.parametrize(("text", "shown", "severity"), SLIPS)
def test_settled_sum_a_wan_apart(text: str, shown: str, severity: str) -> None:
    got = [
        (c, m)
        for c, m in findings(text, codes=("N201",))
        if shown in m and "万" in m.split("相差")[-1]
    ]
    assert got, findings(text)
    sev = {
        r.severity.name
        for r in _contradictions(text, 2024)
        if r.code == "N201" and shown in r.message
    }
    assert severity in sev


def test_settled_above_debt() -> None:
    text = (
        "全县共有4家企业欠缴国有土地使用权出让金2600多元。检察院发出检察建议后，"
        "县自然资源局已向其中2家企业追缴土地使用权出让金1800万余元。"
    )
    got = _n(text, "N201")
    assert any("1800万余元" in m and "2600多元" in m for m in got), got


QUIET_SLIPS = [
    # owed in 元, recovered in 万元, the two agree (partial recovery)
    "某公司拖欠46名农民工工资共计1368250元。经多方协调，追回的132万元工资已发放到农民工手中。",
    # the same sum twice in the same unit
    "经查，该企业欠缴土地出让金289.5万元。县自然资源局依法催缴，该企业已缴清欠缴的土地出让金289.5万元。",
    # an approximate debt, part of it recovered
    "全县6家企业欠缴国有土地出让金3100多万元，已向其中3家企业追缴土地出让金1900余万元。",
    # round figures of different sums (no shared digits read as one)
    "对个人罚款5000元，对单位处以罚款5000万元以下的，依法告知听证权利。",
]


@pytest.mark.parametrize("text", QUIET_SLIPS)
def test_no_slip_between_agreeing_sums(text: str) -> None:
    assert not [m for m in _n(text, "N201") if "相差" in m or "倍" in m], findings(text)


@pytest.mark.parametrize(
    ("printed", "low", "high"),
    [
        ("380余万元", 3_800_000, 3_900_000),
        ("300多万元", 3_000_000, 4_000_000),
        ("12余亿元", 1_200_000_000, 1_300_000_000),
    ],
)
def test_approximation_before_wan(printed: str, low: int, high: int) -> None:
    (q,) = extract(f"拖欠税款{printed}。").quantities
    assert q.kind == "money" and q.low == low and q.high == high and q.approx


def test_cumulative_fines_per_case() -> None:
    text = "全年开展专项检查9次，依法行政处罚26起，累计罚款985300.5万元，没收违法所得3.2万元。"
    got = _n(text, "N205")
    assert any("985300.5万元" in m and "26起" in m for m in got), got


def test_cumulative_fines_plausible() -> None:
    text = "全年开展专项检查9次，依法行政处罚26起，累计罚款98.53万元，没收违法所得3.2万元。"
    assert not _n(text, "N205")


def test_floor_holds_for_approximate_sums() -> None:
    text = "县人社局全年为1480名农民工追回被拖欠工资260余元。"
    got = _n(text, "N205")
    assert any("260余元" in m and "1480名" in m for m in got), got


def test_floor_quiet_for_approximate_sums() -> None:
    text = "县人社局全年为1480名农民工追回被拖欠工资2600余万元。"
    assert not _n(text, "N205")


def test_cumulative_before_count_sums_more() -> None:
    text = "累计为企业挽回损失，全年依法行政处罚26起，罚款985300.5万元。"
    assert _n(text, "N205") == []


def test_national_people_in_hundreds_of_millions() -> None:
    text = "年末全国城镇就业人员47340.5万人，其中女性就业人员20152.6万人。"
    assert not _n(text, "N201")


def test_county_people_in_hundreds_of_millions() -> None:
    text = "年末全县城镇就业人员47340.5万人，比上年增加1.2万人。"
    assert any("47340.5万人" in m for m in _n(text, "N201"))


def test_qizhong_parts_are_no_stock() -> None:
    text = "截至年底，全市共有网格员2.4万人，其中，专职网格员5310人，兼职网格员18620人。"
    assert not _n(text, "N206")
    assert not findings(text)


def test_qizhong_parts_still_summed() -> None:
    text = "截至年底，全市共有网格员2.4万人，其中，专职网格员5310人，兼职网格员28620人。"
    assert any("2.4万人" in m for m in _n(text, "N101"))


def test_whole_broken_down_next_is_no_item() -> None:
    text = (
        "年末全市参保人员386.4万人。其中职工参保212.5万人；居民参保173.9万人。"
        "城镇参保人员251.2万人，比上年增加3.1万人。其中在职人员180.6万人；退休人员70.6万人。"
    )
    assert not findings(text)


def test_list_still_carried_on() -> None:
    text = "年末全市参保人员386.4万人。其中职工参保212.5万人；居民参保183.9万人。"
    assert any("386.4万人" in m for m in _n(text, "N101"))
