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

from fazhi_lint.analysis.relations import analyze_document, analyze_text, contradictions
from fazhi_lint.model import Block, BlockKind, Document, Location, Severity

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
    if delta == 0:
        assert found == [], text
    else:
        # (the categories all end with one head, 纠纷: siblings, so no nested reading — the
        # last is no sub-part of the one before; session 23)
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


# -- rounding: amounts printed to 0.01万元 -------------------------------------------------------------

AMOUNT_ITEMS = ["货物采购金额", "工程采购金额", "服务采购金额", "其他采购金额", "咨询服务金额"]


def amount_sentence(total: Decimal, parts: list[Decimal]) -> str:
    items = "、".join(f"{AMOUNT_ITEMS[i]}{p:.2f}万元" for i, p in enumerate(parts))
    return f"本部门2024年度政府采购金额为{total:.2f}万元，其中：{items}。"


cents = Decimal("0.01")


@SETTINGS
@given(true_parts=st.lists(st.integers(0, 10**7), min_size=2, max_size=5))
def test_rounded_amounts_raise_no_error(true_parts: list[int]) -> None:
    # the true amounts in 元; the report prints each, and the total, rounded to 0.01万元
    printed = [(Decimal(p) / 10_000).quantize(cents, rounding=ROUND_HALF_UP) for p in true_parts]
    total = (Decimal(sum(true_parts)) / 10_000).quantize(cents, rounding=ROUND_HALF_UP)
    text = amount_sentence(total, printed)
    assert errors(text) == [], text


@SETTINGS
@given(
    parts=st.lists(st.integers(1, 10**6), min_size=2, max_size=5),
    excess=st.integers(1, 10**4),
)
def test_amounts_beyond_rounding_are_an_error(parts: list[int], excess: int) -> None:
    printed = [Decimal(p) / 100 for p in parts]  # 0.01万元 steps
    # the parts exceed the total by more than their rounding: (n + 1) half units
    slack = (len(parts) + 1) * Decimal("0.005")
    total = sum(printed) - slack - Decimal(excess) / 100
    assume(total > 0)
    head = printed[:-1]
    assume(not (len(printed) >= 3 and abs(sum(head) - total) <= slack and printed[-1] <= head[-1]))
    text = amount_sentence(total.quantize(cents), printed)
    assert "N101" in errors(text), text


# -- tables: 类/款/项 hierarchies ---------------------------------------------------------------------

leaf_values = st.integers(1, 10**6)


@st.composite
def subject_forest(draw: st.DrawFn) -> list[tuple[str, int]]:
    """Rows (code, value) of a budget table in document order: 类 (3 digits), 款 (5), 项 (7),
    each 类 and 款 the sum of the rows under it."""
    rows: list[tuple[str, int]] = []
    for a in range(draw(st.integers(1, 3))):
        code = str(201 + 3 * a)
        kuan: list[tuple[str, int, list[tuple[str, int]]]] = []
        for b in range(draw(st.integers(1, 3))):
            items = [
                (f"{code}{b + 1:02d}{c + 1:02d}", draw(leaf_values))
                for c in range(draw(st.integers(1, 3)))
            ]
            kuan.append((f"{code}{b + 1:02d}", sum(v for _, v in items), items))
        rows.append((code, sum(v for _, v, _ in kuan)))
        for k_code, k_value, items in kuan:
            rows.append((k_code, k_value))
            rows.extend(items)
    return rows


def table_document(rows: list[list[str]], fmt: str) -> Document:
    blocks: list[Block] = []
    for r, row in enumerate(rows, start=1):
        for c, cell in enumerate(row, start=1):
            i = len(blocks)
            blocks.append(
                Block(
                    i,
                    cell,
                    kind=BlockKind.TABLE_CELL,
                    location=Location(block=i, page=1, table=1, row=r, cell=c),
                )
            )
    return Document(f"t.{fmt}", fmt, blocks=blocks)


def table_errors(document: Document) -> list[str]:
    return [
        r.code
        for r in contradictions(analyze_document(document))
        if r.severity is not None and r.severity >= Severity.ERROR
    ]


def budget_rows(forest: list[tuple[str, int]], total: Decimal, split: bool) -> list[list[str]]:
    """The table: a Word grid (code | name | amount), or a PDF row (codes split over cells)."""
    out = [["科目编码", "科目名称", "金额"]]
    for code, value in forest:
        amount = f"{Decimal(value) / 100:.2f}"
        if split:
            codes = [code[:3], *(code[i : i + 2] for i in range(3, len(code), 2))]
            out.append([*codes, f"科目{code}", amount])
        else:
            out.append([code, f"科目{code}", amount])
    out.append(["合计", "", f"{total:.2f}"] if not split else ["合计", f"{total:.2f}"])
    return out


@SETTINGS
@given(forest=subject_forest(), split=st.booleans(), coded=st.booleans())
def test_hierarchical_tables_add_up(
    forest: list[tuple[str, int]], split: bool, coded: bool
) -> None:
    total = Decimal(sum(v for code, v in forest if len(code) == 3)) / 100
    rows = budget_rows(forest, total, split)
    if not coded:  # the hierarchy only in the numbers: no code cells
        rows = [[r[-2], r[-1]] if r[0] != "合计" else ["合计", r[-1]] for r in rows]
    document = table_document(rows, "pdf" if split else "docx")
    assert table_errors(document) == [], rows


@SETTINGS
@given(
    forest=subject_forest(),
    split=st.booleans(),
    above=st.booleans(),
    shift=st.integers(1, 10**4),
)
def test_a_total_no_reading_reaches_is_an_error(
    forest: list[tuple[str, int]], split: bool, above: bool, shift: int
) -> None:
    # every reading adds some of the rows, at least one: a total above the sum of all rows,
    # or below the smallest row (beyond rounding), is wrong whichever rows are subtotals
    values = [Decimal(v) / 100 for _, v in forest]
    rounding = (len(values) + 1) * Decimal("0.005")  # every row and the total rounded
    if above:
        total = sum(values) + rounding + Decimal(shift) / 100
    else:
        total = min(values) - 2 * Decimal("0.005") - Decimal(shift) / 100
        assume(total > 0)
    rows = budget_rows(forest, total, split)
    document = table_document(rows, "pdf" if split else "docx")
    assert "N102" in table_errors(document), rows
