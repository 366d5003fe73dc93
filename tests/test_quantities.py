"""Quantity extraction: values, units, intervals, what is not a number, offsets, words counted."""

from __future__ import annotations

import random
from decimal import Decimal

import pytest

from fazhi_lint.analysis.cn_numbers import (
    NumeralError,
    arabic_to_decimal,
    cn_to_decimal,
    cn_to_int,
    count_or_none,
    fmt,
)
from fazhi_lint.analysis.quantities import Quantity, extract


def only(text: str) -> Quantity:
    found = [q for q in extract(text).quantities if q.kind != "bare"]
    assert len(found) == 1, [(q.number, q.unit) for q in found]
    return found[0]


def counted(text: str) -> list[tuple[str, str]]:
    return [(q.number, q.unit) for q in extract(text).quantities if q.kind != "bare"]


# -- Chinese numerals ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("一", 1),
        ("两", 2),
        ("十", 10),
        ("十五", 15),
        ("二十", 20),
        ("一百二十", 120),
        ("一百零五", 105),
        ("一千零一", 1001),
        ("两万三千", 23000),
        ("十万", 100_000),
        ("一亿零五百万", 105_000_000),
        ("三亿五千万", 350_000_000),
        ("二〇二三", 2023),
        ("壹佰贰拾", 120),
        ("万", 10_000),
        ("百", 100),
    ],
)
def test_cn_to_int(text: str, value: int) -> None:
    assert cn_to_int(text) == value


def test_cn_to_int_rejects_non_numerals() -> None:
    for bad in ("", "十四五", "二十三四", "统一"):
        with pytest.raises(NumeralError):
            cn_to_int(bad)


def test_count_or_none_reads_digits_and_numerals_and_refuses_the_rest() -> None:
    assert [count_or_none(t) for t in ("12", "十二", "两", "二〇二三")] == [12, 12, 2, 2023]
    # never raises: a word, an empty string, a superscript digit (str.isdigit but no int)
    assert [count_or_none(t) for t in ("若干", "", "统一", "²")] == [None] * 4


def test_cn_to_int_matches_cn2an_oracle() -> None:
    cn2an = pytest.importorskip("cn2an")
    rng = random.Random(20240101)
    values = [rng.randrange(0, 10**12) for _ in range(1500)] + list(range(0, 1200))
    for n in values:
        assert cn_to_int(cn2an.an2cn(n)) == n, n


def test_decimal_values_are_exact() -> None:
    assert cn_to_decimal("九十五点五") == Decimal("95.5")
    assert arabic_to_decimal("１２５") == Decimal(125)
    assert arabic_to_decimal("4,644") == Decimal(4644)
    assert fmt(Decimal("11400.00")) == "11400"
    assert fmt(Decimal("0.10")) == "0.1"


# -- values, units, magnitude ----------------------------------------------------------------


def test_magnitude_words() -> None:
    q = only("成功调解案件1.14万件")
    assert q.value == Decimal(11400) and isinstance(q.value, Decimal)
    assert q.unit == "件" and q.kind == "count" and q.magnitude == 10_000
    q = only("涉及金额1.16亿元")
    assert q.value == Decimal(116_000_000) and q.unit == "元" and q.kind == "money"
    q = only("开展矛盾纠纷排查28101万次")
    assert q.value == Decimal(281_010_000) and q.number == "28101万"


def test_percent_and_points_are_different_kinds() -> None:
    assert only("人员参与率89.08%").kind == "percent"
    q = only("较去年提高16.7个百分点")
    assert q.kind == "points" and q.unit == "个百分点" and q.value == Decimal("16.7")
    q = only("驻点率达百分之八十九")
    assert q.kind == "percent" and q.value == 89 and q.chinese
    assert only("覆盖率6.4％").unit == "%"


def test_chinese_numerals_need_a_unit() -> None:
    assert counted("其中两起已答复解决") == [("两", "起")]
    q = only("柔性执法“三张清单”")
    assert q.value == 3 and q.after == "清单" and q.quoted
    assert only("办理案件一百二十件").value == 120
    # not numbers: 一是, 统一, “八五”普法, 十四五, 一方面, 一起学习, 第一次, 一站式
    for text in (
        "一是统一思想",
        "深入开展“八五”普法",
        "十四五期间",
        "一方面加强监督",
        "大家一起学习",
        "第一次全体会议",
        "一站式服务",
        "四个意识",
    ):
        assert counted(text) == [], text


def test_yi_qi_counts_when_it_counts_cases() -> None:
    assert counted("其中两起已审结，另一起尚在审查") == [("两", "起"), ("一", "起")]
    assert counted("共七起，其中胜诉五起，败诉一起，撤诉一起。") == [
        ("七", "起"),
        ("五", "起"),
        ("一", "起"),
        ("一", "起"),
    ]
    assert counted("共五起，其中三起已审结，一起正在审理中") == [
        ("五", "起"),
        ("三", "起"),
        ("一", "起"),
    ]


def test_years_dates_and_ordinals_are_not_counts() -> None:
    result = extract(
        "2024年共收到案件111件，5月16日召开会议，《纲要（2021—2025年）》，2024-03-18 10:29，"
        "第33次会议，入选2024全国政法智能化建设典型案例，二〇二三年"
    )
    assert [(q.number, q.unit) for q in result.quantities if q.kind != "bare"] == [("111", "件")]
    kinds = {(y.kind, y.year) for y in result.years}
    assert ("year", 2024) in kinds and ("range", 2021) in kinds and ("date", 2024) in kinds
    assert ("bare", 2024) in kinds and ("year", 2023) in kinds
    assert any(y.kind == "month" and y.month == 5 and y.day == 16 for y in result.years)


def test_durations_are_time() -> None:
    q = only("连续10年开展网上学法")
    assert q.kind == "time" and q.unit == "年"


def test_letter_spaced_full_width_and_thousands() -> None:
    q = only("已办结 1 0 3 件")
    assert q.value == 103 and q.unit == "件"
    assert only("受理１２５件").value == 125
    assert only("接听4,644人次").value == 4644
    assert only("下发通知书11 份").value == 11


def test_thousands_separators_with_decimals() -> None:
    q = only("本年收入合计2,940.05万元")
    assert q.value == Decimal("29400500") and q.decimals == 2 and q.number == "2,940.05万"
    assert only("支出12,345.6元").value == Decimal("12345.6")
    # a comma that does not group thousands separates two numbers
    assert counted("第1,2项，1,2345件") == [("2", "项"), ("2345", "件")]


def test_magnitude_words_alone_are_not_numbers() -> None:
    # a template slot (XXX万元) and words (千家万户, 万元) are no numbers
    assert counted("本年收入合计XXX万元，其中：财政拨款收入XX万元，占XX%") == []
    assert counted("项目预算××万元，投入＊万元") == []
    assert counted("走进千家万户，投资万元以上") == []
    assert counted("百万元级项目，亿元") == []
    # with an approximation they are numbers
    assert only("近万人").high == 10_000
    assert (only("上万人次").low, only("万余人").low) == (10_000, 10_000)
    assert only("数万元").high == 90_000
    assert only("上亿元").low == 100_000_000
    assert only("数亿元").high == 900_000_000
    assert only("约万件").value == 10_000
    # a digit or 十 in front makes them numbers: 十万, 两万, 三千
    assert [q.value for q in extract("十万元，两万人，三千家，一亿元").quantities] == [
        100_000,
        20_000,
        3000,
        100_000_000,
    ]


# -- approximations as intervals ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("5000余人次", 5000, 6000),
        ("百余场次", 100, 200),
        ("30多项", 30, 40),
        ("约16万件", 155_000, 165_000),
        ("近万人", 5000, 10_000),
        ("十几件", 11, 19),
        ("数十家", 20, 90),
        ("44.7万余次", 447_000, 448_000),
        ("6万余件", 60_000, 70_000),
        ("一千二百余名", 1200, 1300),
        ("111件", 111, 111),
    ],
)
def test_intervals(text: str, low: int, high: int) -> None:
    q = only(text)
    assert (q.low, q.high) == (Decimal(low), Decimal(high)), (q.low, q.high)


def test_approximation_words_are_recorded() -> None:
    assert only("约5000余人次").approx == "约余"
    assert only("超过2000人以上").approx == "超过以上"
    assert only("约16万件左右").approx == "约左右"


# -- offsets and the words a number counts ----------------------------------------------------------


def test_offsets_are_exact_in_the_original_text() -> None:
    text = "　开展矛盾纠纷排查28101万次，预防矛盾纠纷1518余件，约16万件左右。"
    for q in extract(text).quantities:
        assert text[q.num_start : q.num_end] == q.number
        assert text[q.start : q.end].startswith(("约", q.number))


def test_verb_noun_and_total_marker() -> None:
    qs = extract("2024年共收到行政复议案件111件，受理83件，不予受理28件，已办结103件。").quantities
    received, accepted, rejected, concluded = qs
    assert (received.verb, received.family, received.noun) == ("收到", "received", "行政复议案件")
    assert received.total_marker == "共"
    assert accepted.family == "accepted" and accepted.noun == "行政复议案件" and accepted.inherited
    assert rejected.family == "rejected"
    assert concluded.family == "concluded"


def test_total_marker_ignores_gong_inside_words() -> None:
    q = only("组织各类公共法律服务150余次")
    assert q.total_marker == ""
    assert only("权责总数884项").total_marker == "总数"


def test_depth_and_sentences() -> None:
    qs = extract(
        "行政处罚共13943件（普通程序1157件，简易程序12786件）。其中，罚款50件。"
    ).quantities
    assert [q.depth for q in qs] == [0, 1, 1, 0]
    assert [q.sentence for q in qs] == [0, 0, 0, 1]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("全年共受理案件37万7483件", 377483),
        ("常住人口12万3456人", 123456),
        ("接听来电3万0526个", 30526),
    ],
)
def test_digits_after_wan_are_the_last_four_places(text: str, value: int) -> None:
    # 「37万7483件」 is one count, exact to the unit — not 37万 and a count of 7483
    q = only(text)
    assert q.value == value
    assert q.magnitude == 1 and q.end == len(text)


def test_digits_after_wan_without_a_unit_are_another_number() -> None:
    # (no unit after the digits: 「37万，7483」 are two numbers, as before)
    values = [q.value for q in extract("经费37万元，7483人参加").quantities]
    assert values == [Decimal(370000), Decimal(7483)]
