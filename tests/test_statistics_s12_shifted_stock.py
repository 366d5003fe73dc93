"""A figure above a stock the paragraph states that is the stock's own digits shifted by a
power of ten, its head noun named (session 12, s12-missB; relations/magnitude.py ``_exceeds``,
N206 warning): 「在校学生4.7万人」 … 「受教育学生达47万人」 — a 万 or decimal slip whatever
qualifies the head (受教育 / 在校).

Every sentence is written for these tests; each verdict derived by hand (arithmetic in the
comment above it)."""

from __future__ import annotations

import pytest

from fazhi_lint.analysis.relations import analyze_text, contradictions


def _shifted(text: str, year: int = 2024) -> list[str]:
    return [
        r.message
        for r in contradictions(analyze_text(text, year))
        if r.severity is not None and r.code == "N206"
    ]


WRONG = [
    # 47万 = 4.7万 × 10 students
    "全县共有中小学校86所、在校学生4.7万人。全年开展讲座412场，受教育学生达47万人。",
    # 3200 = 320 × 10 执法人员
    "全区共有持证执法人员320名。全年组织集中轮训，参训执法人员达3200名。",
    # 18.6万 = 1.86万 × 10 农户
    "全镇共有农户1.86万户。全年入户宣传覆盖农户达18.6万户。",
    # 5600 = 56 × 100 企业
    "全区共有规模以上工业企业56家。全年开展安全检查，受检企业达5600家。",
    # 129 = 12.9 × 10 万人 of 职工
    "全市共有参保职工12.9万人。全年开展工伤预防宣传，受益职工达129万人。",
    # 4100 = 410 × 10 网格员
    "全县共有专职网格员410名。全年培训上岗网格员达4100名。",
    # 2.3万 = 2300 × 10 商户
    "辖区共有沿街商户2300户。全年签订门前责任书的商户达2.3万户。",
    # 6300 = 63 × 100 村民小组
    "全乡共有村民小组63个。全年完成议事规则修订的村民小组达6300个。",
]

RIGHT = [
    # 4.2万 <= 4.7万
    "全县共有中小学校86所、在校学生4.7万人。全年开展讲座412场，受教育学生达4.2万人。",
    # visits (人次), not people: 47万人次 of 4.7万 students is ten each
    "全县共有中小学校86所、在校学生4.7万人。全年开展讲座412场，受教育学生达47万人次。",
    # another head: 家长, not 学生
    "全县共有在校学生4.7万人。全年开展家长学校活动，参与家长达47万人。",
    # another area: 全市 after 全县
    "全县共有持证执法人员320名。全市参训执法人员达3200名。",
    # a group besides the stock (另有)
    "全区共有持证执法人员320名，另有辅助执法人员3200名。",
    # a flow of the year (新招收): may exceed a stock
    "全县共有在校学生4.7万人。全年新招收学生47万人次参加研学。",
    # 5.1万 is no shift of 4.7万 and 受教育 names another class
    "全县共有在校学生4.7万人。全年受教育学生达5.1万人次。",
    # 320 <= 3200
    "全区共有持证执法人员3200名。全年组织集中轮训，参训执法人员达320名。",
]


@pytest.mark.parametrize("text", WRONG)
def test_a_shifted_stock_is_reported(text: str) -> None:
    assert _shifted(text), text


@pytest.mark.parametrize("text", RIGHT)
def test_figures_within_or_of_other_things_are_not(text: str) -> None:
    assert not _shifted(text), text
