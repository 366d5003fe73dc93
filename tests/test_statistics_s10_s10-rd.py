"""Session 10 (helper s10-rd): figures that contradict through structures no check read before.

Member products (N205): a count of members, a 每 naming them right after it, what each member
got, then a total (共/合计…) of that unit in the sentence — the total is the product. Fewer
than the product, or the product shifted by a power of ten, is an error; more (others may have
got some) a warning. Sentences written for these tests; each product worked out by hand."""

from __future__ import annotations

import pytest

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity

E, W = Severity.ERROR, Severity.WARNING


def found(text: str, year: int = 2023) -> list[tuple[str | None, Severity | None, str]]:
    return [(r.code, r.severity, r.message) for r in contradictions(analyze_text(text, year))]


def codes(text: str, wanted: tuple[str, ...], year: int = 2023) -> list[tuple[str, Severity]]:
    return [(c, s) for c, s, _ in found(text, year) if c in wanted and c and s]


# (text, severity): the total against members × each one's figure
PRODUCTS_WRONG = [
    # 315 × 1 = 315, printed 3150 (a digit too many)
    ("2023年，市民政局为全市315家养老机构每家配送1台应急呼叫设备，共配送应急呼叫设备3150台。", E),
    # 4200 × 1 = 4200, printed 420: fewer than the households served
    ("2023年，区司法局向辖区4200户困难家庭每户发放一份法律援助告知书，共发放420份。", E),
    # 27 × 2 = 54, printed 64: more (others may have got some)
    ("2023年，县司法局为全县27个乡镇每个乡镇配备2名公职律师，共配备公职律师64名。", W),
    # 36 × 50 = 1800, printed 1.8万
    ("2023年，区教育局为全区36所中小学每校购置法治读物50册，共购置法治读物1.8万册。", E),
    # 12 × 3万 = 36万元, printed 3.6万元
    ("2023年，街道为12个社区每个社区划拨普法经费3万元，共划拨普法经费3.6万元。", E),
    # 1.2万 × 1 = 12000, printed 1200
    ("2023年，县教育局为全县1.2万名在校学生每人发放1本《青少年法治读本》，共发放1200本。", E),
    # 86 × 2 = 172, printed 182
    ("2023年，市市场监管局对全市86家重点企业每家开展2次合规指导，共开展合规指导182次。", W),
    # 9 × 1 = 9, printed 6: fewer than the villages
    ("2023年，镇政府为全镇9个行政村每村聘请1名法律顾问，共聘请法律顾问6名。", E),
    # Chinese numerals: 一千二百户 × 一张 = 1200, printed 12万
    ("2023年，乡政府为全乡一千二百户农户每户赠送一张法律服务联系卡，共赠送12万张。", E),
]

PRODUCTS_RIGHT = [
    "2023年，市民政局为全市315家养老机构每家配送1台应急呼叫设备，共配送应急呼叫设备315台。",
    # 27 × 2 + 10 = 64: another figure added before the total
    "2023年，县司法局为全县27个乡镇每个乡镇配备2名公职律师，并为县直部门另配备10名，共配备公职律师64名。",
    # two things for each, the total in a third unit
    "2023年，区司法局向辖区4200户困难家庭每户发放法律援助告知书一份、联系卡一张，共发放宣传品8400份。",
    # a bound, not what each got: 2160 ≥ 36 × 50
    "2023年，区教育局为全区36所中小学每校购置法治读物不少于50册，共购置法治读物2160册。",
    # 12 × 3万 = 36万元
    "2023年，街道为12个社区平均每个社区划拨普法经费3万元，共划拨普法经费36万元。",
    "2023年，县教育局为全县1.2万名在校学生每人发放1本《青少年法治读本》，共发放1.2万本。",
    "2023年，市市场监管局对全市86家重点企业每家开展2次合规指导，共开展合规指导172次。",
    # the total counts something else (人次)
    "2023年，镇政府为全镇9个行政村每村聘请1名法律顾问，全年律师共提供法律咨询560人次。",
    # 12 × 1 = 12 with bracketed member names
    "2023年，镇政府为全镇12个村（社区）每个村（社区）建设1个法治文化广场，共建成法治文化广场12个。",
    # 每 naming no members of the count before it (每月): no product read
    "2023年，区城管局抽调执法人员40名，每月开展联合执法行动2次，共开展联合执法行动24次。",
]


@pytest.mark.parametrize(("text", "severity"), PRODUCTS_WRONG)
def test_member_product_reported(text: str, severity: Severity) -> None:
    assert codes(text, ("N205",)) == [("N205", severity)], found(text)


@pytest.mark.parametrize("text", PRODUCTS_RIGHT)
def test_member_product_silent(text: str) -> None:
    assert codes(text, ("N205", "N206", "N201")) == [], found(text)
