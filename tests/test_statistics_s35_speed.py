"""Session 35's warm cuts (s35-speed, issue 12) give what the long way gave, on random inputs.

The settled sums (:mod:`.settled`, N201): a pair of figures is set aside by the exponents of
their bounds (:func:`settled._may_pair`) before the arithmetic of :func:`settled._shift` and
:func:`settled._above_owed`; every pair either of those holds for passes the gate, and the
walk finds what it found without it. Word lists tested one ``in`` each on every figure, now one
search of their alternation: flow's still-open words (:func:`flow._pending_re`, in
``_run_word``), partition's classing dimensions (:func:`partition._part_dimensions`) and the
drafting stages a paragraph must name before its dates are read (:func:`drafts._drafting`).
And the (number, unit) keys of a paragraph, kept with it for the later ones that look back
at it (:func:`pickup._keys`), and partition's longest common subsequence by the bits of one
integer (:func:`partition._common_subsequence`)."""

from __future__ import annotations

import random
from decimal import Decimal
from types import SimpleNamespace

import pytest
from draws import draws

from fazhi_lint.analysis.quantities import extract, load_lexicon
from fazhi_lint.analysis.relations import drafts, flow, partition, settled

_NUMBERS = [
    "98.45",
    "9845",
    "984500",
    "98.45万",
    "0.98",
    "1120",
    "1120万",
    "857.16万",
    "8571600万",
    "3300多",
    "2000万余",
    "380余万",
    "161.04",
    "161.04万",
    "1.6104亿",
    "16104",
    "5",
    "50",
    "12.3",
    "0.05",
    "7亿",
    "70000",
    "1.2万",
    "12000",
    "100余",
]
_UNITS = ["元", "元", "万元", "亿元", "件", "户"]
_WORDS = [
    "欠缴国有土地出让金",
    "成功收回欠缴的国有土地出让金",
    "已缴纳第二期出让款",
    "共查补耕地占用税",
    "追缴了耕地占用税",
    "全部缴清",
    "追缴土地出让金",
    "收回",
    "企业",
    "每人",
    "，",
    "，",
    "。",
    "；",
    "：",
    "（",
    "）",
]


def _text(rng: random.Random) -> str:
    """Figures of a few units, often one sum printed twice a 万 apart (or not), about one
    thing or another, with the words of owing and settling."""
    parts = []
    digits = rng.choice(["98.45", "857.16", "161.04", "1120", "3300", "12.3"])
    for _ in range(rng.randint(2, 7)):
        parts.append("".join(rng.choices(_WORDS, k=rng.randint(1, 3))))
        if rng.random() < 0.5:
            number = digits + rng.choice(["", "", "万", "亿", "余", "万余"])
        else:
            number = rng.choice(_NUMBERS)
        parts.append(number + rng.choice(_UNITS))
        parts.append(rng.choice("，；。、"))
    return "".join(parts)


def test_every_pair_the_arithmetic_reads_passes_the_exponents() -> None:
    lex = load_lexicon()
    rng = random.Random(35011)
    passed = held = 0
    for _ in range(draws(1500)):
        bq = extract(_text(rng), 0, lex)
        qs = [q for q in bq.quantities if q.value > 0 and not q.change]
        for x in qs:
            for q in qs:
                if x is q:
                    continue
                money = q.kind == "money"
                shift = x.value != q.value and bool(settled._shift(x, q))
                above = money and settled._above_owed(x, q)
                gate = settled._may_pair(settled._exponents(x), settled._exponents(q), money)
                if shift or above:
                    held += 1
                    assert gate, (bq.text, x.text, q.text)
                passed += gate
    assert held >= draws(300)


def _figure(rng: random.Random) -> SimpleNamespace:
    """A figure of random magnitude and digits (up to 34 of them, past the context's 28),
    exact, rounded (decimals) or approximate (low < high)."""
    digits = rng.randint(1, 34)
    coefficient = rng.randint(1, 10**digits - 1)
    if rng.random() < 0.2:
        coefficient = 10**digits - 1  # all nines: a product rounded up carries
    value = Decimal(coefficient).scaleb(rng.randint(-6, 12))
    decimals = rng.choice([0, 0, 1, 2, 3])
    low = high = value
    if rng.random() < 0.3:
        high = value * Decimal(rng.choice(["1.1", "1.2", "1.5", "2"]))
    return SimpleNamespace(value=value, low=low, high=high, decimals=decimals, magnitude=1)


def test_every_pair_of_random_magnitudes_the_arithmetic_reads_passes() -> None:
    rng = random.Random(35015)
    held = 0
    for _ in range(draws(40000)):
        x, q = _figure(rng), _figure(rng)
        if rng.random() < 0.5:  # often some 10^4 or 10^8 apart, or 10 to 10^4
            q.value = q.low = x.value.scaleb(rng.choice([-8, -4, -3, -1, 1, 2, 4, 8]))
            q.high = q.value if rng.random() < 0.7 else q.value * 2
        for money in (False, True):
            shift = x.value != q.value and bool(settled._shift(x, q))  # type: ignore[arg-type]
            above = money and settled._above_owed(x, q)  # type: ignore[arg-type]
            exponents = settled._exponents(x), settled._exponents(q)  # type: ignore[arg-type]
            if shift or above:
                held += 1
                assert settled._may_pair(*exponents, money), (x, q, money)
    assert held >= draws(4000)


def test_the_walk_finds_what_it_found_without_the_gate(monkeypatch: pytest.MonkeyPatch) -> None:
    lex = load_lexicon()
    rng = random.Random(35012)
    texts = [_text(rng) for _ in range(draws(2000))]
    gated = [settled._walk(extract(t, 0, lex), lex) for t in texts]
    monkeypatch.setattr(settled, "_may_pair", lambda *_: True)
    found = 0
    for text, got in zip(texts, gated, strict=True):
        want = settled._walk(extract(text, 0, lex), lex)
        assert got == want, text
        found += bool(want)
    assert found >= draws(100)


def _draw_words(rng: random.Random, words: list[str], filler: list[str]) -> str:
    parts = rng.choices(filler, k=rng.randint(0, 12))
    if rng.random() < 0.5:
        for _ in range(rng.randint(1, 3)):
            word = rng.choice(words)
            if rng.random() < 0.3:  # a piece of a word, which is none
                cut = rng.randint(0, len(word))
                word = word[:cut] if rng.random() < 0.5 else word[cut:]
            parts.insert(rng.randint(0, len(parts)), word)
    return "".join(parts)


def test_the_pending_search_finds_what_the_word_tests_found() -> None:
    lex = load_lexicon()
    words = list(lex.data["clauses"]["pending"])
    assert len(words) > 10 and "" not in words
    filler = [*"尚未审结办理正在的案件中共已对其，、。1230件", "上年", "结转"]
    rng = random.Random(35013)
    found = none = 0
    for _ in range(draws(6000)):
        text = _draw_words(rng, words, filler)
        want = any(w in text for w in words)
        assert (flow._pending_re(lex).search(text) is not None) is want, text
        found += want
        none += not want
    assert found >= draws(1000) and none >= draws(1000)


def test_the_dimensions_found_are_those_the_word_tests_found() -> None:
    lex = load_lexicon()
    dims = lex.data["clauses"]["dimensions"]
    words = [w for values in dims.values() for w in values]
    assert len(dims) >= 2 and len(words) > 10 and "" not in words
    filler = [*"自然人法人维持撤销行政处罚的案件中共，、1230件", "其他"]
    rng = random.Random(35014)
    named = 0
    for _ in range(draws(3000)):
        phrases = [_draw_words(rng, words, filler) for _ in range(rng.randint(1, 4))]
        parts = [SimpleNamespace(phrase=p) for p in phrases]
        want = [
            frozenset(n for n, values in dims.items() if any(w in p for w in values))
            for p in phrases
        ]
        assert partition._part_dimensions(parts) == want, phrases  # type: ignore[arg-type]
        named += sum(bool(w) for w in want)
    assert named >= draws(1000)


def test_the_stage_search_finds_what_the_word_tests_found() -> None:
    lex = load_lexicon()
    drafting = drafts._drafting(lex)
    assert drafting is not None
    rank, _, any_stage_re = drafting
    words = list(rank)
    assert len(words) > 3 and "" not in words
    filler = [*"形成报告稿讨论征求意见送审定的年月日，。《》2025", "初稿"]
    rng = random.Random(35016)
    found = none = 0
    for _ in range(draws(6000)):
        text = _draw_words(rng, words, filler)
        want = any(w in text for w in words)
        assert (any_stage_re.search(text) is not None) is want, text
        found += want
        none += not want
    assert found >= draws(1000) and none >= draws(1000)


def test_the_kept_figure_keys_give_the_pair_readings_they_gave(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The (number, unit) keys of a paragraph kept with it (:func:`pickup._keys`) change no
    reading across paragraphs of the seed reports: the same relations as when every look
    back writes them out again."""
    from pathlib import Path

    from fazhi_lint.analysis.relations import analyze, pickup
    from fazhi_lint.readers import read_path

    bq = extract("受理申请189件，办结180件，其中维持120件、撤销30件。", 0, load_lexicon())
    assert pickup._keys(bq) is pickup._keys(bq) == pickup._keys_before(bq, None)
    seeds = sorted((Path(__file__).parent.parent / "fixtures" / "seeds").glob("*.txt"))
    assert len(seeds) >= 5
    kept = [analyze.analyze_document(read_path(p)) for p in seeds]
    monkeypatch.setattr(pickup, "_keys", lambda bq, end=None: pickup._keys_before(bq, end))
    again = [analyze.analyze_document(read_path(p)) for p in seeds]
    assert kept == again
    assert sum(len(r) for r in kept) >= 10


def _common_subsequence_by_rows(a: str, b: str) -> int:
    """The longest common subsequence as it was found before: the dynamic programme's row."""
    row = [0] * (len(b) + 1)
    for ch in a:
        prev = 0
        for j, other in enumerate(b):
            cur = row[j + 1]
            row[j + 1] = prev + 1 if ch == other else max(row[j + 1], row[j])
            prev = cur
    return row[-1]


def test_the_common_subsequence_is_the_one_the_rows_gave() -> None:
    rng = random.Random(35017)
    alphabets = [
        "ab",
        "abc",
        "abcdefg",
        "的案件行政复议受理申请",
        "行政复议案件共受理的申请中，、0123",
    ]
    for _ in range(draws(20000)):
        alphabet = rng.choice(alphabets)
        a = "".join(rng.choices(alphabet, k=rng.randint(0, 30)))
        b = "".join(rng.choices(alphabet, k=rng.randint(0, 30)))
        assert partition._common_subsequence(a, b) == _common_subsequence_by_rows(a, b), (a, b)
