"""The shortcuts in the .docx reader and the outline must give what the plain code gave.

Each is compared with the computation it replaced (kept here as the reference) on
generated strings that exercise the edge cases: every kind of Unicode blank, zero-width
marks, label look-alikes, sentence ends.
"""

from __future__ import annotations

import random
import re

from fazhi_lint.analysis import labels
from fazhi_lint.analysis.outline import _SENTENCE_END, _SPACE, _title_span
from fazhi_lint.readers import docx

ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
BLANKS = [chr(c) for c in range(0x3001) if chr(c).isspace()] + list(ZERO_WIDTH)
PIECES = [*BLANKS, "a", "1", "一", "、", "。", "（", "）", "(", ")", "第", "章", "部分", "十"]
PIECES += ["\n", "．", ".", "，", "[bookmark: x]", "①", "⑴", "⒈", "２", "百", "〇", "？", "”", ":"]


def _strings(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choices(PIECES, k=rng.randint(0, 12))) for _ in range(count)]


OLD_EDGES = re.compile(f"^[\\s{ZERO_WIDTH}]+|[\\s{ZERO_WIDTH}]+$")
OLD_TRAILING = re.compile(f"[\\s{ZERO_WIDTH}]+$")


def test_strip_helpers_equal_the_old_patterns() -> None:
    for text in [*_strings(3000, 1), "", " ", "a\n", " \u3000a\u200b \n", "\n\n"]:
        assert docx._strip_edges(text) == OLD_EDGES.sub("", text), repr(text)
        assert docx._strip_trailing(text) == OLD_TRAILING.sub("", text), repr(text)


def test_run_lengths_count_the_characters_of_a_class() -> None:
    one_cjk = re.compile(f"[{docx._CJK_CLASS}]")
    one_alnum = re.compile("[A-Za-z0-9]")
    for text in [*_strings(2000, 2), "𠀀𠀁a", "Ab12（一）"]:
        assert sum(map(len, docx._CJK_RUN.findall(text))) == len(one_cjk.findall(text))
        assert sum(map(len, docx._ASCII_ALNUM_RUN.findall(text))) == len(one_alnum.findall(text))


def _parse_label_reference(text: str, pos: int = 0) -> labels.LabelMatch | None:
    """parse_label as it was: every pattern tried in order (skip_debris without its shortcut)."""

    def skip(text: str, pos: int = 0) -> int:
        while pos < len(text) and text[pos] in labels._SPACE:
            pos += 1
        match = labels.DEBRIS_RE.match(text, pos)
        if match:
            pos = match.end()
            while pos < len(text) and text[pos] in labels._SPACE:
                pos += 1
        return pos

    start = skip(text, pos)
    if start >= len(text):
        return None
    ch = text[start]
    for scheme, table in (
        ("circled", labels._CIRCLED),
        ("ar-paren-glyph", labels._PAREN_GLYPH),
        ("ar-dot-glyph", labels._DOT_GLYPH),
    ):
        if ch in table:
            end = start + 1
            if scheme == "circled" and end < len(text) and text[end] in "、.．":
                end += 1
            return labels.LabelMatch(
                scheme, table[ch], text[start:end], start, end, skip(text, end)
            )
    for scheme, pattern in labels._PATTERNS:
        match = pattern.match(text, start)
        if not match:
            continue
        number = labels.parse_number(match.group("n"))
        if number is None or not 0 < number <= labels.MAX_NUMBER:
            continue
        end = match.end()
        if scheme == "chapter":
            if end < len(text) and text[end] in "：:、.．":
                end += 1
            elif end < len(text) and text[end] not in labels._SPACE and "。" in text[end:]:
                continue
        return labels.LabelMatch(scheme, number, text[start:end], start, end, skip(text, end))
    return None


LABELS = [
    "一、总体情况",
    "（一）加强领导",
    "(二)完善制度",
    "（3）强化监督",
    "1.推进改革",
    "1．推进",
    "１、全角",
    "10、十项",
    "第一部分：成绩",
    "第1章为绪论。",
    "第 二 章 总则",
    "三、四季度",
    "5、6月份",
    "1.14万件",
    "一是加强",
    "①、落实",
    "⑴ 提高",
    "⒈ 完善",
    "[bookmark: _GoBack]（五）其他",
    "  \u3000二. 工作",
    "十，继续",
    "百、上限",
    "〇一、前导零",
]


def test_parse_label_equals_trying_every_pattern() -> None:
    found = 0
    for text in [*LABELS, *_strings(4000, 3)]:
        expected = _parse_label_reference(text)
        assert labels.parse_label(text) == expected, repr(text)
        assert labels.parse_label(text, 1) == _parse_label_reference(text, 1), repr(text)
        found += expected is not None
    assert found > 100  # the generated strings do contain labels


def _title_span_reference(text: str, start: int) -> tuple[tuple[int, int], bool]:
    end = len(text.rstrip(_SPACE))
    for i in range(start, end):
        if text[i] in _SENTENCE_END:
            rest = text[i + 1 : end].strip(_SPACE + "”’）)")
            if rest:
                return (start, i), True
            end = i
            break
    while end > start and text[end - 1] in _SPACE + "。：:":
        end -= 1
    return (start, end), False


def test_title_span_equals_the_character_loop() -> None:
    for text in [*LABELS, *_strings(3000, 4), "标题。正文！", "标题？”", "。"]:
        for start in range(0, min(len(text), 4) + 1):
            assert _title_span(text, start) == _title_span_reference(text, start), repr(text)
