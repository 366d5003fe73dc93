"""A day's (or month's) average above the whole year's figure of its unit and words in its
sentence (session 12, s12-missB; relations/magnitude.py ``_average``, N205 warning):
「全年政务数据共享交换量3.2万条，日均交换数据87万余条」 — the year holds every day, so its
figure cannot be below the average (a 万 written for 亿).

Every sentence is written for these tests; each verdict derived by hand (arithmetic in the
comment above it)."""

from __future__ import annotations

import pytest

from fazhi_lint.analysis.relations import analyze_text, contradictions


def _above(text: str, year: int = 2024) -> list[str]:
    return [
        r.message
        for r in contradictions(analyze_text(text, year))
        if r.severity is not None and r.code == "N205" and "多于全年总数" in r.message
    ]


WRONG = [
    # day 87万 > year 3.2万 (87万 × 365 = 3.18亿)
    "全年政务数据共享交换量3.2万条，日均交换数据87万余条，有力支撑“一网通办”。",
    # day 4.6万 > year 1.7万 次 of 访问
    "全年政务服务网站访问量1.7万次，日均访问4.6万次，群众办事更加便捷。",
    # month 2.4万 > year 1.9万 件 of 办件
    "全年一体化平台办件1.9万件，月均办件2.4万件，全程网办率92.1%。",
    # day 1.3万 > year 0.8万 人次 of 接待
    "全年政务大厅接待办事群众0.8万人次，日均接待群众1.3万人次。",
    # day 560 > year 420 件 of 调解
    "全年人民调解组织调解纠纷420件，日均调解纠纷560件，调解成功率98.2%。",
    # working-day 3.1万 > year 2.8万 件 of 受理
    "全年政务服务中心受理事项2.8万件，工作日均受理事项3.1万件。",
    # day 9万 > year 6.5万 条 of 推送
    "全年预警信息推送6.5万条，日均推送预警信息9万条。",
    # month 1.2万 > year 0.95万 份 of 发放
    "全年发放普法宣传资料0.95万份，月均发放宣传资料1.2万份。",
]

RIGHT = [
    # year 3.2亿 >= day 87万
    "全年政务数据共享交换量3.2亿条，日均交换数据87万余条，有力支撑“一网通办”。",
    # other words: 来电 (year) / 来访群众 (day), and another unit
    "全年受理群众来电3.2万件，日均接待来访群众87人次。",
    # a year's figure without 全年 in its clause (the stock of a day's work)
    "平台累计注册用户1.7万人，日均新增注册用户2.4万人次。",
    # year 1.9万 >= month 0.16万
    "全年一体化平台办件1.9万件，月均办件0.16万件，全程网办率92.1%。",
    # another sentence: not its year
    "全年政务大厅接待办事群众0.8万人次。窗口日均接待群众1.3万人次，为近年新高。",
    # another unit: 元 against 件
    "全年人民调解组织调解纠纷420件，日均调解涉及金额560万元。",
    # year 2.8万 >= working-day 112
    "全年政务服务中心受理事项2.8万件，工作日均受理事项112件。",
    # 65000 / 365 = 178.08 -> 178: the average fits its year
    "全年预警信息推送6.5万条，日均推送预警信息178条。",
]


@pytest.mark.parametrize("text", WRONG)
def test_an_average_above_the_year_is_reported(text: str) -> None:
    assert _above(text), text


@pytest.mark.parametrize("text", RIGHT)
def test_averages_within_the_year_or_of_other_figures_are_not(text: str) -> None:
    assert not _above(text), text
