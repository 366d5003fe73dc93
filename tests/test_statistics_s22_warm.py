"""Session 22's warm shortcuts (issue 12) give what the long way gave: each gate is compared with
the ungated rule, and the rewritten arithmetic with the former one, on random inputs."""

from __future__ import annotations

import random

from draws import draws

from fazhi_lint.analysis.quantities import extract, load_lexicon
from fazhi_lint.analysis.relations import flow, magnitude, parallel, settled, trend
from fazhi_lint.analysis.relations.common import bounds

# words of the approval and named chains, figures, units and clause marks
_CHAIN_ALPHABET = [
    "申报",
    "受理",
    "初审",
    "批准",
    "认定",
    "交办",
    "反馈",
    "回复",
    "排查",
    "整改",
    "督办",
    "办结",
    "移送",
    "公安机关",
    "立案",
    "满意",
    "办理",
    "回访",
    "向",
    "其中",
    "另有",
    "件",
    "家",
    "个",
    "12",
    "57",
    "230",
    "250",
    "，",
    "；",
    "。",
    "、",
    "的",
]


def _ungated_chains(lex, bq):  # type: ignore[no-untyped-def]
    """flow._approval_chains without its paragraph gate (the walk it skips)."""
    approval = lex.data["clauses"].get("approval-stages", ())
    named = lex.data["clauses"].get("named-stages", ())
    return [
        *flow._chain_walk(
            lex, bq, approval, lambda own, after: flow._approval_stage_of(lex, own), False
        ),
        *flow._chain_walk(
            lex, bq, [*approval, *named], lambda c, a: flow._named_stage_of(lex, c, a), True
        ),
    ]


def test_approval_chains_gate_keeps_every_chain() -> None:
    lex = load_lexicon()
    rng = random.Random(22001)
    found = 0
    for _ in range(3000):
        text = "".join(rng.choices(_CHAIN_ALPHABET, k=rng.randint(2, 24)))
        bq = extract(text, 0, lex)
        got = flow._approval_chains(lex, bq)
        assert got == _ungated_chains(lex, bq), text
        found += bool(got)
    assert found  # the inputs reach the walk's findings


def test_approval_chains_gate_by_hand() -> None:
    lex = load_lexicon()
    text = "申报建设用地项目57个，经初审通过52个，最终获批准核准59个。"
    bq = extract(text, 0, lex)
    assert flow._approval_chains(lex, bq)
    assert flow._two_stages_named(lex, text)
    assert not flow._two_stages_named(lex, "受理案件57件，办结52件。")


def test_parallel_and_trend_gates() -> None:
    rng = random.Random(22002)
    alphabet = ["其中", "其", "中", "逐年", "年年", "连续", "三", "连升", "持续", "上升"]
    alphabet += ["下降", "2021年", "2022年", "2023年", "为", "12件", "15件", "9件", "，", "。"]
    lex = load_lexicon()
    for _ in range(draws(3000)):
        text = "".join(rng.choices(alphabet, k=rng.randint(1, 20)))
        assert (trend.TREND_RE.search(text) is None) or any(w in text for w in trend._TREND_WORDS)
        if "其中" not in text:
            bq = extract(text, 0, lex)
            assert parallel.parallel_relations(bq) == []


def _former_shift(x, q) -> str:  # type: ignore[no-untyped-def]
    for factor, word in settled._SHIFTS:
        for small, big in ((q, x), (x, q)):
            low, high = bounds(big)
            s_low, s_high = bounds(small)
            if s_low * factor <= high and s_high * factor >= low and small.value > 0:
                return word
    return ""


def test_settled_shift_with_scaled_bounds() -> None:
    lex = load_lexicon()
    rng = random.Random(22003)
    numbers = ["98.45", "9845", "98", "857.16", "8571600", "0", "1120", "11.2", "380", "3300"]
    suffixes = ["万元", "元", "亿元", "余万元", "多元", "件", "万件"]
    for _ in range(draws(2000)):
        text = "，".join(
            rng.choice(numbers) + rng.choice(suffixes) for _ in range(rng.randint(2, 5))
        )
        qs = extract(text, 0, lex).quantities
        for x in qs:
            for q in qs:
                assert settled._shift(x, q) == _former_shift(x, q), text
                scaled = settled._shift(x, q, settled._scaled(x), settled._scaled(q))
                assert scaled == _former_shift(x, q), text
    debt, paid = extract("欠缴98.45万元，收回98.45元", 0, lex).quantities
    assert settled._shift(debt, paid) == "万"


def test_per_head_gate_keeps_sums_of_money() -> None:
    lex = load_lexicon()
    bq = extract("为120名困难职工发放生活补贴共计9600万元。", 0, lex)
    assert magnitude._per_head(bq, lex)  # a sum of money: read as before
    assert magnitude._per_head(extract("为120名困难职工发放补贴9600件。", 0, lex), lex) == []


def test_settled_gate_keeps_every_pair() -> None:
    lex = load_lexicon()
    rng = random.Random(22004)
    words = ["欠缴", "土地出让金", "收回", "全部缴清", "追缴", "耕地占用税", "，", "。", "另"]
    figures = ["98.45万元", "98.45元", "3300多元", "2000万余元", "161.04万元", "12件", "120件"]
    found = 0
    for _ in range(draws(2000)):
        text = "".join(rng.choice(words + figures) for _ in range(rng.randint(2, 14)))
        bq = extract(text, 0, lex)
        got = settled.settled_shifts(bq, lex)
        assert got == settled._walk(bq, lex), text  # the walk without the gate
        found += bool(got)
    assert found
