"""Property-based tests: consistent statistics never raise an error; one wrong number does.

Sentences are generated in the seeds' style from random partitions, rates and flows. The
perturbation tests exclude (with ``assume``) the one documented reading that legitimately
absorbs an excess: the last part of a list of three or more being a sub-part of the one
before it when the others add up exactly (seed 001's 办结 list).
"""

from __future__ import annotations

import os
from decimal import ROUND_HALF_UP, Decimal

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity

CATEGORIES = [
    "婚姻家庭纠纷",
    "邻里纠纷",
    "物业纠纷",
    "劳动争议纠纷",
    "损害赔偿纠纷",
    "合同纠纷",
    "征地拆迁纠纷",
    "交通事故纠纷",
    "医疗纠纷",
    "消费纠纷",
]
UNITS = ["件", "起", "人次", "家", "份", "条", "项"]
HEADS = [
    ("全年共调解", "各类矛盾纠纷"),
    ("今年以来共受理", "群众诉求"),
    ("全年共计排查", "风险隐患"),
    ("累计办理", "涉法事项"),
    ("全区共登记", "行政执法信息"),
]
SEPARATORS = ["，", "、", "；"]

# FAZHI_HYPOTHESIS_EXAMPLES=3000 for a deeper run
SETTINGS = settings(
    max_examples=int(os.environ.get("FAZHI_HYPOTHESIS_EXAMPLES", "120")), deadline=None
)


def errors(text: str) -> list[str]:
    return [
        r.code
        for r in contradictions(analyze_text(text))
        if r.severity is not None and r.severity >= Severity.ERROR
    ]


def partition_sentence(total: str, parts: list[str], unit: str, head: int, sep: str) -> str:
    verb, noun = HEADS[head % len(HEADS)]
    items = sep.join(f"{CATEGORIES[i % len(CATEGORIES)]}{p}{unit}" for i, p in enumerate(parts))
    return f"{verb}{noun}{total}{unit}，其中{items}。"


def nested_reading(parts: list[int], total: int) -> bool:
    """The reading the rules accept for an excess: head adds up, the last part sits in the one before."""
    return len(parts) >= 3 and sum(parts[:-1]) == total and parts[-1] <= parts[-2]


partitions = st.lists(st.integers(min_value=1, max_value=20_000), min_size=2, max_size=6)


@SETTINGS
@given(
    parts=partitions,
    unit=st.sampled_from(UNITS),
    head=st.integers(0, 10),
    sep=st.sampled_from(SEPARATORS),
    slack=st.integers(0, 500),
)
def test_consistent_partitions_raise_no_error(
    parts: list[int], unit: str, head: int, sep: str, slack: int
) -> None:
    total = sum(parts) + slack  # a 其中 list may name only some of the parts
    text = partition_sentence(str(total), [str(p) for p in parts], unit, head, sep)
    assert errors(text) == [], text


@SETTINGS
@given(
    parts=partitions,
    unit=st.sampled_from(UNITS),
    head=st.integers(0, 10),
    sep=st.sampled_from(SEPARATORS),
    which=st.integers(0, 5),
    delta=st.integers(1, 5000),
)
def test_one_part_too_large_is_an_error(
    parts: list[int], unit: str, head: int, sep: str, which: int, delta: int
) -> None:
    total = sum(parts)
    bad = list(parts)
    bad[which % len(bad)] += delta
    assume(not nested_reading(bad, total))
    text = partition_sentence(str(total), [str(p) for p in bad], unit, head, sep)
    assert "N101" in errors(text), text


@SETTINGS
@given(
    parts=partitions,
    unit=st.sampled_from(UNITS),
    head=st.integers(0, 10),
    sep=st.sampled_from(SEPARATORS),
    delta=st.integers(1, 5000),
)
def test_total_too_small_is_an_error(
    parts: list[int], unit: str, head: int, sep: str, delta: int
) -> None:
    total = sum(parts) - delta
    assume(total > 0 and not nested_reading(parts, total))
    text = partition_sentence(str(total), [str(p) for p in parts], unit, head, sep)
    assert "N101" in errors(text), text


# -- Chinese numerals (a converter written independently of cn_numbers) --------------------------

_CN = "零一二三四五六七八九"


def to_chinese(n: int) -> str:
    assert 1 <= n <= 99
    tens, ones = divmod(n, 10)
    if tens == 0:
        return "两" if n == 2 else _CN[n]
    head = "" if tens == 1 else _CN[tens]
    return f"{head}十{_CN[ones] if ones else ''}"


@SETTINGS
@given(
    parts=st.lists(st.integers(1, 30), min_size=2, max_size=4),
    unit=st.sampled_from(["起", "件", "项", "名"]),
    delta=st.integers(0, 3),
)
def test_chinese_numeral_partitions(parts: list[int], unit: str, delta: int) -> None:
    total = sum(parts) - delta
    assume(total >= 1 and total <= 99)
    text = (
        f"全年发生行政诉讼案件{to_chinese(total)}{unit}，其中"
        + "，".join(f"{CATEGORIES[i]}{to_chinese(p)}{unit}" for i, p in enumerate(parts))
        + "。"
    )
    found = errors(text)
    if delta == 0 or nested_reading(parts, total):
        assert found == [], text
    else:
        assert "N101" in found, text


# -- approximations -----------------------------------------------------------------------------------


@SETTINGS
@given(
    base=st.integers(1, 90),
    scale=st.sampled_from([10, 100, 1000]),
    fractions=st.lists(st.integers(1, 100), min_size=2, max_size=5),
)
def test_parts_within_an_approximate_total(base: int, scale: int, fractions: list[int]) -> None:
    total = base * scale  # 「X余」 = [X, X + scale)
    budget = total + scale - 1
    weights = sum(fractions)
    parts = [max(1, budget * f // weights) for f in fractions]
    assume(sum(parts) <= budget)
    text = (
        f"全年开展普法宣传活动{total}余场，其中"
        + "，".join(f"{CATEGORIES[i]}{p}场" for i, p in enumerate(parts))
        + "。"
    )
    assert errors(text) == [], text


# -- rates ----------------------------------------------------------------------------------------------

RATE_PAIRS = [
    ("参与执法", "参与率"),
    ("完成整改", "整改率"),
    ("实现达标", "达标率"),
    ("按要求公示", "公示率"),
]


def rate_sentence(whole: int, part: int, rate: Decimal, pair: int, unit: str) -> str:
    verb, word = RATE_PAIRS[pair % len(RATE_PAIRS)]
    return f"全区共有执法单位{whole}{unit}，其中{verb}的{part}{unit}，{word}{rate}%。"


def rounded(part: int, whole: int, decimals: int) -> Decimal:
    exact = Decimal(part) / Decimal(whole) * 100
    return exact.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


@SETTINGS
@given(
    whole=st.integers(2, 5000),
    share=st.floats(0, 1),
    decimals=st.sampled_from([0, 1, 2]),
    pair=st.integers(0, 3),
    unit=st.sampled_from(["个", "家", "人"]),
)
def test_consistent_rates_raise_no_error(
    whole: int, share: float, decimals: int, pair: int, unit: str
) -> None:
    part = max(1, min(whole, round(whole * share)))
    rate = rounded(part, whole, decimals)
    text = rate_sentence(whole, part, rate, pair, unit)
    assert errors(text) == [], text


@SETTINGS
@given(
    whole=st.integers(2, 5000),
    share=st.floats(0, 1),
    decimals=st.sampled_from([0, 1, 2]),
    pair=st.integers(0, 3),
    shift=st.integers(2, 3000).flatmap(lambda k: st.sampled_from([k, -k])),
)
def test_a_wrong_rate_is_an_error(
    whole: int, share: float, decimals: int, pair: int, shift: int
) -> None:
    part = max(1, min(whole, round(whole * share)))
    step = Decimal(1).scaleb(-decimals)
    rate = rounded(part, whole, decimals) + shift * step
    exact = Decimal(part) / Decimal(whole) * 100
    # outside both the rounding and the truncation window, and still a possible rate
    assume(Decimal(0) <= rate <= Decimal(100) and abs(rate - exact) > step)
    text = rate_sentence(whole, part, rate, pair, "个")
    assert "N104" in errors(text), text


# -- flow ---------------------------------------------------------------------------------------------------


@SETTINGS
@given(received=st.integers(1, 5000), share=st.floats(0, 1), delta=st.integers(0, 500))
def test_flow_accepted_against_received(received: int, share: float, delta: int) -> None:
    accepted = round(received * share) if delta == 0 else received + delta
    text = f"全年共收到行政复议申请{received}件，受理{accepted}件，已全部审结。"
    found = errors(text)
    if delta == 0:
        assert found == [], text
    else:
        assert "N103" in found, text
