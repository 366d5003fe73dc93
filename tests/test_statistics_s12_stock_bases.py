"""Figures above a stock the paragraph states (session 12, s12-missB; relations/magnitude.py
``_bases`` and ``_exceeds``, N206).

1. The stock's kinds in a bracket of its noun before its count (「共有行政村（社区）142个」) are
   kinds it names: a later 「151个村（社区）」 counts the same union, not a wider one.
2. An area's figure its sentence says is reached in full (「对全区412家医疗卫生机构开展…检查
   全覆盖」) is the area's stock, named after its count: a later figure of that noun's head
   (「责令整改的机构463家」) cannot exceed it.

Every sentence is written for these tests; each verdict derived by hand (arithmetic in the
comment above it)."""

from __future__ import annotations

import pytest

from fazhi_lint.analysis.relations import analyze_text, contradictions


def _over(text: str, year: int = 2024) -> list[str]:
    return [
        r.message
        for r in contradictions(analyze_text(text, year))
        if r.severity is not None and r.code in ("N206", "N101")
    ]


WRONG = [
    # 151 > 142 村（社区）
    "全县共有行政村（社区）142个，全年为151个村（社区）配备法律顾问，实现全覆盖。",
    # 97 > 93 村（居）
    "全镇共有村（居）93个，全年在97个村（居）建成人民调解室，实现调解组织全覆盖。",
    # 64 > 58 镇（街道）
    "全市共有镇（街道）58个，今年为64个镇（街道）配备专职调解员，实现全覆盖。",
    # 463 > 412 机构 (the area's 412 reached in full)
    "区卫生健康监督所对全区412家医疗卫生机构开展依法执业检查全覆盖，检查中责令限期整改的机构463家。",
    # 236 > 218 企业 (the area's 218 reached in full)
    "区应急管理局对全区218家危化品企业开展安全检查全覆盖，督促整改隐患的企业236家。",
    # 91 > 86 学校
    "县教育局对全县86所中小学校开展校园安全检查，实现全覆盖，发现问题的学校91所。",
    # 57 > 49 养老机构
    "区民政局对全区49家养老机构开展消防安全检查，覆盖率100%，下达整改通知的养老机构57家。",
    # 133 > 128 企业 (the stock's 100% said in its clause)
    "市场监管局对全市128家食品生产企业开展飞行检查全覆盖，约谈问题企业133家。",
]

RIGHT = [
    # 151 <= 158
    "全县共有行政村（社区）158个，全年为151个村（社区）配备法律顾问。",
    # a wider union than the stock names: 村（社区、园区）
    "全县共有行政村（社区）142个，全年为151个村（社区、园区）配备法律顾问。",
    # 家次 are visits, not institutions: 1236家次 > 412家 fine
    "区卫生健康监督所对全区412家医疗卫生机构开展依法执业检查全覆盖，全年检查1236家次。",
    # no claim of full reach: 412 may be some of the area's institutions
    "区卫生健康监督所对全区412家医疗卫生机构开展依法执业检查，督促完成自查的机构463家。",
    # another noun: 从业人员 are not 企业
    "区应急管理局对全区218家危化品企业开展安全检查全覆盖，培训从业人员2360名。",
    # 463 <= 512: fits
    "区卫生健康监督所对全区512家医疗卫生机构开展依法执业检查全覆盖，检查中责令限期整改的机构463家。",
    # another area's count: 全市 after 全区
    "区教育局对全区86所中小学校开展校园安全检查全覆盖，配合市局检查全市学校412所。",
    # a group besides the stock (另有)
    "区民政局对全区49家养老机构开展消防安全检查全覆盖，另有民办托育机构57家纳入检查。",
]


@pytest.mark.parametrize("text", WRONG)
def test_a_figure_above_the_stock_is_reported(text: str) -> None:
    assert _over(text), text


@pytest.mark.parametrize("text", RIGHT)
def test_figures_within_the_stock_or_of_other_things_are_not(text: str) -> None:
    assert not _over(text), text
