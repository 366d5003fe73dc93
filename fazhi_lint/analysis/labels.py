"""Numbering labels at the start of a paragraph and the numerals inside them.

A 公文 numbers its headings 「一、」 → 「（一）」 → 「1.」 → 「（1）」 (GB/T 9704-2012); real
reports also use look-alikes: 「1、」, 「一.」, 「(一)」, 「1．」, 「１、」, 「⑴」, 「第一部分」. This
module recognises all of them at the start of a text and says which *scheme* each is, so
the outline can tell structure from form and the checks can name the canonical label.

Only the start of a paragraph is ever examined: 「1.」 inside a sentence is not a label,
nor is 「1.14万件」 (a label 「1.」 must not be followed by a digit), 「2023年」, or the
enumeration words 「一是」「二是」.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Scheme -> the heading level its form stands for (GB/T 9704: 一、 1, （一） 2, 1. 3, （1） 4).
CANONICAL_LEVEL: dict[str, int] = {
    "chapter": 1,  # 第一章 / 第一部分
    "cn-dun": 1,  # 一、
    "cn-dot": 1,  # 一. / 一．
    "cn-comma": 1,  # 一， (a typing slip for 一、)
    "cn-paren": 2,  # （一）
    "cn-paren-half": 2,  # (一) or mixed （一)
    "ar-dot": 3,  # 1.
    "ar-dun": 3,  # 1、
    "ar-fullwidth-dot": 3,  # 1．
    "ar-dot-glyph": 3,  # ⒈ (one code point)
    "ar-paren": 4,  # （1）
    "ar-paren-half": 4,  # (1) or mixed （1)
    "ar-paren-glyph": 4,  # ⑴ (one code point)
    "circled": 5,  # ①
}

# The standard scheme of each level.
CANONICAL_SCHEME: dict[int, str] = {
    1: "cn-dun",
    2: "cn-paren",
    3: "ar-dot",
    4: "ar-paren",
    5: "circled",
}

# Schemes that only differ from a canonical one by half-width parentheses (H105's business).
HALF_WIDTH_OF: dict[str, str] = {"cn-paren-half": "cn-paren", "ar-paren-half": "ar-paren"}

SCHEME_EXAMPLE: dict[str, str] = {
    "chapter": "第一部分",
    "cn-dun": "一、",
    "cn-dot": "一.",
    "cn-comma": "一，",
    "cn-paren": "（一）",
    "cn-paren-half": "(一)",
    "ar-dot": "1.",
    "ar-dun": "1、",
    "ar-fullwidth-dot": "1．",
    "ar-dot-glyph": "⒈",
    "ar-paren": "（1）",
    "ar-paren-half": "(1)",
    "ar-paren-glyph": "⑴",
    "circled": "①",
    "none": "",
}

_CN_DIGIT = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN_CHARS = "〇零一二三四五六七八九十百"
_AR = "0-9０-９"
_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")

_CIRCLED = {chr(0x2460 + i): i + 1 for i in range(20)}  # ①..⑳
_CIRCLED.update({chr(0x3251 + i): 21 + i for i in range(15)})  # ㉑..㉟
_CIRCLED.update({chr(0x32B1 + i): 36 + i for i in range(15)})  # ㊱..㊿
_PAREN_GLYPH = {chr(0x2474 + i): i + 1 for i in range(20)}  # ⑴..⒇
_DOT_GLYPH = {chr(0x2488 + i): i + 1 for i in range(20)}  # ⒈..⒛

MAX_NUMBER = 100

# Word-to-text debris that may sit in front of a label: 「[bookmark: _GoBack]（五）…」.
DEBRIS_RE = re.compile(
    r"(?:\[(?:bookmark|BOOKMARK|Bookmark|image|comment|footnote)\b[^\]\n]*\]\s*)+"
)
_SPACE = " \t\u3000\u00a0"

_CN = f"[{_CN_CHARS}]{{1,4}}"
# after 「3.」: 「 1」 or 「 1.2 」 then a space or the end is the rest of a clause number 「3. 1」
_NOT_CLAUSE = r"(?![ \u3000][0-9]{1,2}(?:[.．][0-9]{1,2})*(?:[ \u3000]|$))"
_NUM = f"[{_AR}]{{1,2}}"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("chapter", re.compile(rf"第\s*(?P<n>{_CN}|{_NUM})\s*(?:章|部分)")),
    ("cn-paren", re.compile(rf"（\s*(?P<n>{_CN})\s*）")),
    ("cn-paren-half", re.compile(rf"[(（]\s*(?P<n>{_CN})\s*[)）]")),
    ("ar-paren", re.compile(rf"（\s*(?P<n>{_NUM})\s*）")),
    ("ar-paren-half", re.compile(rf"[(（]\s*(?P<n>{_NUM})\s*[)）]")),
    # 「三、四季度」「一、二月份」 enumerate numerals, they are not labels
    (
        "cn-dun",
        re.compile(rf"(?P<n>{_CN})[ \u3000]?、(?![{_CN_CHARS}]+(?:季度|月))"),
    ),
    ("cn-dot", re.compile(rf"(?P<n>{_CN})[ \u3000]?[.．](?![{_AR}])")),
    ("cn-comma", re.compile(rf"(?P<n>{_CN})[，,](?![{_CN_CHARS}{_AR}])")),
    ("ar-dun", re.compile(rf"(?P<n>{_NUM})[ \u3000]?、(?![{_AR}])")),  # not 「5、6月份」
    # not 「3. 1 总则」 either: a clause number printed with a space (GB/T 1.1 style)
    ("ar-dot", re.compile(rf"(?P<n>{_NUM})[ \u3000]?\.(?![{_AR}]){_NOT_CLAUSE}")),
    ("ar-fullwidth-dot", re.compile(rf"(?P<n>{_NUM})[ \u3000]?．(?![{_AR}]){_NOT_CLAUSE}")),
]

# The patterns that can match at a given first character, in the order of _PATTERNS (each
# pattern starts with a fixed set of characters), so that parse_label tries only those.
_FIRST_CHARS: dict[str, str] = {
    "chapter": "第",
    "cn-paren": "（",
    "cn-paren-half": "(（",
    "ar-paren": "（",
    "ar-paren-half": "(（",
    "cn-dun": _CN_CHARS,
    "cn-dot": _CN_CHARS,
    "cn-comma": _CN_CHARS,
    "ar-dun": "0123456789０１２３４５６７８９",
    "ar-dot": "0123456789０１２３４５６７８９",
    "ar-fullwidth-dot": "0123456789０１２３４５６７８９",
}


def _by_first_char() -> dict[str, list[tuple[str, re.Pattern[str]]]]:
    table: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
    for scheme, pattern in _PATTERNS:
        for char in _FIRST_CHARS[scheme]:
            table.setdefault(char, []).append((scheme, pattern))
    return table


_PATTERNS_BY_FIRST = _by_first_char()


@dataclass(frozen=True)
class LabelMatch:
    """A label found at the start of a text.

    ``start``/``end`` delimit the label as printed (without the space that may follow);
    ``body_start`` is where the heading text begins (after spaces and debris).
    """

    scheme: str
    number: int
    text: str
    start: int
    end: int
    body_start: int

    @property
    def nominal_level(self) -> int:
        return CANONICAL_LEVEL[self.scheme]

    @property
    def fullwidth_digits(self) -> bool:
        return any("０" <= ch <= "９" for ch in self.text)

    @property
    def inner_space(self) -> bool:
        """A space inside the label: 「1 、」, 「（ 一 ）」."""
        return any(ch in _SPACE for ch in self.text)


def cn_to_int(text: str) -> int | None:
    """一 → 1, 十一 → 11, 二十 → 20, 九十九 → 99, 百/一百 → 100, 一〇 → 10; None if malformed."""
    if not text or any(ch not in _CN_CHARS for ch in text):
        return None
    if "十" not in text and "百" not in text:
        # digit-by-digit (「一〇」 is rare but unambiguous), at most two digits
        if len(text) > 2:
            return None
        value = 0
        for ch in text:
            value = value * 10 + _CN_DIGIT[ch]
        return value if value > 0 and not (len(text) == 2 and text[0] in "〇零") else None
    if text in ("百", "一百"):
        return 100
    if "百" in text:
        return None
    head, _, tail = text.partition("十")
    if "十" in tail or len(head) > 1 or len(tail) > 1:
        return None
    if head and head not in _CN_DIGIT:
        return None
    tens = 1 if head == "" else _CN_DIGIT[head]
    if tens == 0:
        return None
    units = 0
    if tail:
        units = _CN_DIGIT[tail]
        if units == 0:
            return None
    return tens * 10 + units


def int_to_cn(number: int) -> str:
    """1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 100 → 一百 (1..100)."""
    digits = "〇一二三四五六七八九"
    if number <= 0 or number > 100:
        return str(number)
    if number == 100:
        return "一百"
    if number < 10:
        return digits[number]
    tens, units = divmod(number, 10)
    return ("" if tens == 1 else digits[tens]) + "十" + (digits[units] if units else "")


def parse_number(text: str) -> int | None:
    """A numeral as written in a label: Arabic (half- or full-width) or Chinese."""
    text = text.strip(_SPACE)
    if not text:
        return None
    if all(ch in "0123456789０１２３４５６７８９" for ch in text):
        return int(text.translate(_FULLWIDTH_DIGITS))
    return cn_to_int(text)


def skip_debris(text: str, pos: int = 0) -> int:
    """Position after leading spaces and Word debris markers starting at ``pos``."""
    size = len(text)
    while pos < size and text[pos] in _SPACE:
        pos += 1
    if pos < size and text[pos] == "[":  # DEBRIS_RE starts with "["
        match = DEBRIS_RE.match(text, pos)
        if match:
            pos = match.end()
            while pos < size and text[pos] in _SPACE:
                pos += 1
    return pos


def parse_label(text: str, pos: int = 0) -> LabelMatch | None:
    """The numbering label at ``text[pos:]`` (after spaces and debris), or None."""
    start = skip_debris(text, pos)
    if start >= len(text):
        return None
    ch = text[start]
    single: tuple[str, dict[str, int]] | None = None
    if ch in _CIRCLED:
        single = ("circled", _CIRCLED)
    elif ch in _PAREN_GLYPH:
        single = ("ar-paren-glyph", _PAREN_GLYPH)
    elif ch in _DOT_GLYPH:
        single = ("ar-dot-glyph", _DOT_GLYPH)
    if single is not None:
        scheme, table = single
        end = start + 1
        if scheme == "circled" and end < len(text) and text[end] in "、.．":
            end += 1  # 「①、」: the stray point belongs to the label
        return LabelMatch(scheme, table[ch], text[start:end], start, end, skip_debris(text, end))
    for scheme, pattern in _PATTERNS_BY_FIRST.get(ch, ()):
        match = pattern.match(text, start)
        if not match:
            continue
        number = parse_number(match.group("n"))
        if number is None or not 0 < number <= MAX_NUMBER:
            continue
        end = match.end()
        if scheme == "chapter":
            # 「第一部分：」 / 「第一章、」: a separator after a chapter label belongs to it
            if end < len(text) and text[end] in "：:、.．":
                end += 1
            elif end < len(text) and text[end] not in _SPACE and "。" in text[end:]:
                continue  # 「第1章为绪论。」: a sentence about a chapter, not a heading
        return LabelMatch(scheme, number, text[start:end], start, end, skip_debris(text, end))
    return None


def relabel(label: str, scheme: str, number: int) -> str:
    """``label`` renumbered to ``number``, keeping its wording: 「第1章」 → 「第2章」.

    Only chapter labels keep their own wording; other schemes are written by
    :func:`format_label`.
    """
    if scheme == "chapter":
        match = re.match(rf"(第\s*)({_CN}|{_NUM})(.*)$", label, re.S)
        if match:
            digits = match.group(2)
            value = (
                str(number) if digits[0] in "0123456789０１２３４５６７８９" else int_to_cn(number)
            )
            return f"{match.group(1)}{value}{match.group(3)}"
    return format_label(scheme, number)


def format_label(scheme: str, number: int) -> str:
    """The label of ``number`` written in ``scheme`` (half-width schemes as written)."""
    cn = int_to_cn(number)
    return {
        "chapter": f"第{cn}部分",
        "cn-dun": f"{cn}、",
        "cn-dot": f"{cn}.",
        "cn-comma": f"{cn}，",
        "cn-paren": f"（{cn}）",
        "cn-paren-half": f"({cn})",
        "ar-dot": f"{number}.",
        "ar-dun": f"{number}、",
        "ar-fullwidth-dot": f"{number}．",
        "ar-dot-glyph": chr(0x2487 + number) if 1 <= number <= 20 else f"{number}.",
        "ar-paren": f"（{number}）",
        "ar-paren-half": f"({number})",
        "ar-paren-glyph": chr(0x2473 + number) if 1 <= number <= 20 else f"（{number}）",
        "circled": _circled(number),
    }.get(scheme, str(number))


def canonical_label(level: int, number: int) -> str:
    """The GB/T 9704 label of ``number`` at heading ``level``: 1 → 「一、」, 2 → 「（一）」…"""
    return format_label(CANONICAL_SCHEME.get(level, "ar-paren"), number)


def _circled(number: int) -> str:
    for table in (_CIRCLED,):
        for glyph, value in table.items():
            if value == number:
                return glyph
    return f"（{number}）"
