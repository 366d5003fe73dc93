"""Template placeholders and empty slots: 「XX件」「*次」「（）」「（—年）」「年　月　日」「____」
「待填写」, and numbers dropped before a measure word (「扩大到项，」).

T111 reports them (skipping what the view ``masks`` hides); T201 leaves a sentence that holds
one alone, since an unfilled template is not a repeated passage (:func:`has_placeholder`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..grammar import YEAR_DIGITS, is_ascii_digit, is_cjk, is_ideograph
from .quantities import finditer_at

if TYPE_CHECKING:
    from .prefilter import TextIndex

PLACEHOLDERS: tuple[tuple[str, re.Pattern[str], str], ...] = (
    ("x-run", re.compile(r"(?<![A-Za-z])(?:[xX×Ｘｘ]{2,})(?![A-Za-z])"), "“XX”“××”占位符"),
    (
        "star",
        re.compile(
            r"(?<![*＊A-Za-z0-9])[*＊]{1,3}(?=[ \u3000]?[次件项人个家场名条份元万亿%％户起])"
        ),
        "“*”占位符",
    ),
    (
        "empty-marks",
        re.compile(
            r"（[ \u3000]*）|\([ \u3000]*\)|《[ \u3000]*》|“[ \u3000]*”|【[ \u3000]*】|〔[ \u3000]*〕"
        ),
        "空的括号或引号",
    ),
    ("empty-year", re.compile(r"[（(][ \u3000]*[—–\-－][ \u3000]*年[ \u3000]*[）)]"), "年份空缺"),
    ("date-slot", re.compile(r"年[ \u3000]+月|月[ \u3000]+日"), "日期空缺"),
    ("underline", re.compile(r"_{3,}|＿{2,}"), "待填写的下划线"),
    (
        "todo",
        re.compile(r"待填写|待补充|此处[^，。；]{0,4}?(?:填写|补充|插入)|TODO|TBD"),
        "待填写标记",
    ),
    # a number dropped between a verb of quantity and its measure word: 「扩大到项，」
    (
        "missing-number",
        re.compile(
            r"(?:扩大到|增加到|增至|减少到|减至|达到|提高到|共计|累计|合计|共有|总计)"
            r"[项件个家场名次条份户所起](?=[，。；、,;）)]|$)"
        ),
        "数字空缺",
    ),
    # a noun counted with 个 but no number: 「网点个，」 (「各个」「这个」「整个」 are words)
    (
        "missing-count",
        re.compile(
            r"(?<=[\u4e00-\u9fff])(?<![零一二三四五六七八九十百千万亿两几多余数每各这那整某单半逐干哪])个(?=[，。；、,;])"
        ),
        "数字空缺",
    ),
    # a paragraph opening with the year's number missing: 「年，全区……」「年以来，」
    ("missing-year", re.compile(r"^[ \u3000]*年(?=[，,、]|以来)"), "年份空缺"),
    # a year range whose connector was lost: 「（20212025年）」
    (
        "range-glued",
        re.compile(rf"(?<![0-9]){YEAR_DIGITS}{YEAR_DIGITS}(?=[ \u3000]*年)"),
        "年份连接号缺失",
    ),
)


# Where the placeholders that open with a look-behind begin (the character class right
# after it): they are tried only there, not at every character (see finditer_at).
PLACEHOLDER_FIRST = {
    "x-run": re.compile("[xX×Ｘｘ]"),
    "star": re.compile("[*＊]"),
    "underline": re.compile("[_＿]"),
}


# what :func:`has_placeholder` looks for (the other kinds are slips inside real prose)
_TEMPLATE_KINDS = tuple(
    (kind, pattern)
    for kind, pattern, _ in PLACEHOLDERS
    if kind not in ("empty-marks", "missing-count", "missing-year", "range-glued")
)


def placeholder_possible(index: TextIndex) -> bool:
    """False when no body text holds what :func:`has_placeholder` looks for: then it is
    False for every sentence of the body, which need not be tried one by one. (A sentence
    starts after a sentence end, a closing mark or a space, and ends at one or at the end of
    its block, so a placeholder in a sentence is one in its block too.)"""
    return any(index.may_match(p, PLACEHOLDER_FIRST.get(kind)) for kind, p in _TEMPLATE_KINDS)


def has_placeholder(text: str) -> bool:
    """Whether ``text`` holds a template placeholder (「此处填写」「XX件」「____」…) that T111
    would report: such a sentence is an unfilled template, not prose (T201 leaves it alone)."""
    for kind, pattern in _TEMPLATE_KINDS:
        first = PLACEHOLDER_FIRST.get(kind)
        found = pattern.finditer(text) if first is None else finditer_at(first, pattern, text)
        for m in found:
            if kind != "x-run" or placeholder_context(text, *m.span()):
                return True
    return False


def slot_context(text: str, start: int, end: int) -> bool:
    """Empty marks inside a sentence (「共办理（）件」), not quoted or standing alone."""
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    if before in '“「‘"' and after in '”」’"':
        return False
    return is_ideograph(before) or is_ascii_digit(before) or is_ideograph(after)


def placeholder_context(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    return (
        is_cjk(before)
        or is_cjk(after)
        or is_ascii_digit(before)
        or is_ascii_digit(after)
        or not (before or after)
    )
