"""The shortcuts that make the statistics, debris, phrase and typography checks fast must
never change what they find: each is compared here with the plain computation it replaces."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fazhi_lint.analysis.debris import load_patterns, necessary_regex, pattern_sets
from fazhi_lint.analysis.quantities import (
    DIGIT_RUN_PATTERNS,
    _mentions,
    at_digit_runs,
    digit_runs,
    finditer_at,
    load_lexicon,
)
from fazhi_lint.analysis.sentences import CLAUSE_END, SENTENCE_END, split
from fazhi_lint.checks.phrases import _bigram_index, phrase_data
from fazhi_lint.checks.typography import _quote_depths
from fazhi_lint.profiles import load_profile

SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"
CHROME = [
    "来源：天津市司法局 发布时间：2024-03-18 10:29，2021—2025年、3月5日8:30",
    "【打印本页】【关闭窗口】",
    "分享到：微信 微博",
    "当前位置：首页 > 政务公开",
    "— 3 —",
    "[bookmark: _GoBack]着力保障",
    'HYPERLINK "http://x.gov.cn" 司法局',
    "请使用IE9以上版本浏览器访问本站",
    "&nbsp;正文",
    "锟斤拷锟斤拷",
]


def _paragraphs() -> list[str]:
    lines = [
        line
        for path in sorted(SEEDS.glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    if not lines:
        pytest.skip("no seed texts")
    return [*lines, *CHROME, "“美好生活.民法典相伴”……（一）", "", "。。", "……。”"]


def test_leading_gaps_dropped_only_in_front() -> None:
    assert necessary_regex(r"[^。\r\n]{0,20}?(?:建议|请)您?浏览器") == r"(?:建议|请)您?浏览器"
    assert necessary_regex(r"\{?\s*HYPERLINK\s+x|\s*PAGE") == r"HYPERLINK\s+x|PAGE"
    assert necessary_regex(r"(a)\1") == r"(a)\1"  # nothing to drop in front of a group
    assert necessary_regex(r"(?x) \s* a | b") == r"(?x) \s* a | b"  # verbose: left alone


def test_debris_shortcuts_find_every_match() -> None:
    texts = _paragraphs()
    inline, line = pattern_sets("text")
    for pattern in load_patterns():
        for text in texts:
            for m in pattern.regex.finditer(text):
                assert pattern.may_match(text), (pattern.id, text)
                assert pattern.quick.search(text), (pattern.id, text)
                group = inline if pattern.scope == "inline" else line
                if pattern in group.patterns:
                    assert group.anywhere is not None and group.anywhere.search(text)
                    assert group.here is not None and group.here.match(text, m.start())


def test_mentions_and_years_as_finditer() -> None:
    lex = load_lexicon()
    for text in _paragraphs():
        assert [m.span() for m in _mentions(lex, text)] == [
            m.span() for m in lex.mention_re.finditer(text)
        ]
        for year in DIGIT_RUN_PATTERNS:
            assert [m.span() for m in at_digit_runs(year, text, digit_runs(text))] == [
                m.span() for m in year.finditer(text)
            ]
    first, pattern = re.compile("[0-9]"), re.compile(r"(?<![0-9])[0-9]+件")
    text = "共12件，其中3件；123件"
    assert list(map(re.Match.span, finditer_at(first, pattern, text))) == [
        m.span() for m in pattern.finditer(text)
    ]


def _split_reference(text: str, ends: str) -> list[tuple[int, int]]:
    """The sentence splitter without its jumps (character by character)."""
    from fazhi_lint.analysis.sentences import CLOSERS, _append

    spans: list[tuple[int, int]] = []
    n, start, i = len(text), 0, 0
    while i < n:
        ch, end = text[i], None
        if ch in ends:
            end = i + 1
            while end < n and text[end] in ends and text[end] not in "，,":
                end += 1
        elif ch == "…" and i + 1 < n and text[i + 1] == "…":
            end = i + 2
            while end < n and text[end] == "…":
                end += 1
            if end < n and text[end] in ends:
                end += 1
            elif not (end < n and text[end] in CLOSERS):
                i = end
                continue
        if end is None:
            i += 1
            continue
        while end < n and text[end] in CLOSERS:
            end += 1
        _append(spans, text, start, end)
        start = i = end
    _append(spans, text, start, n)
    return spans


def test_split_jumps_between_terminators() -> None:
    for text in _paragraphs():
        for ends in (SENTENCE_END, CLAUSE_END, ""):
            assert split(text, ends) == _split_reference(text, ends), text


def test_bigram_index_holds_every_phrase_bigram() -> None:
    data = phrase_data(load_profile("national"))
    for text in _paragraphs():
        full: dict[str, list[int]] = {}
        for i in range(len(text) - 1):
            if text[i : i + 2] in data.grams:
                full.setdefault(text[i : i + 2], []).append(i)
        assert _bigram_index(text, data) == full


def test_quote_depths_per_character() -> None:
    for text in [*_paragraphs(), "“a《b》”c”d“"]:
        dq = book = 0
        expected = []
        for ch in text:
            dq = dq + 1 if ch == "“" else max(0, dq - 1) if ch == "”" else dq
            book = book + 1 if ch == "《" else max(0, book - 1) if ch == "》" else book
            expected.append(dq > 0 or book > 0)
        assert _quote_depths(text) == expected


def test_placeholders_found_from_their_first_characters() -> None:
    from fazhi_lint.analysis.placeholders import PLACEHOLDER_FIRST, PLACEHOLDERS

    samples = [*_paragraphs(), "共XX件，××区，2024年xx月，*次，**家，a*b, ____ 与 ＿＿，XXL 与 X光"]
    for kind, pattern, _ in PLACEHOLDERS:
        first = PLACEHOLDER_FIRST.get(kind)
        if first is None:
            continue
        for text in samples:
            assert [m.span() for m in finditer_at(first, pattern, text)] == [
                m.span() for m in pattern.finditer(text)
            ], (kind, text)


@given(
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 30)), max_size=12),
    st.integers(-2, 95),
)
def test_inside_any_quoted_span_by_bisection(spans: list[tuple[int, int]], pos: int) -> None:
    from fazhi_lint.analysis.quantities import _inside_any, _span_index

    pairs = [(s, s + length) for s, length in spans]  # nested and overlapping too
    assert _inside_any(_span_index(pairs), pos) == any(s < pos < e for s, e in pairs)
