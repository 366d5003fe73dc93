"""Shared grammars: the small patterns several layers read (years, units), stated once.

This module sits beside :mod:`fazhi_lint.model`, below the readers and the analysis, and
imports nothing of the project, so a reader, an analysis view and a check all take a year or
a unit from the same place.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from .pattern_cache import toml_loads

#: The statistics lexicon (units, numerals, clauses…): data of :mod:`fazhi_lint.analysis`.
NUMBERS_DATA = Path(__file__).resolve().parent / "analysis" / "numbers.toml"

# -- Chinese characters -----------------------------------------------------------------------

#: The basic block of unified ideographs (for a character class: ``f"[{HAN}]"``).
HAN = "\u4e00-\u9fff"
#: Extension A and the basic block.
HAN_EXT = "\u3400-\u4dbf\u4e00-\u9fff"
#: Every ideograph a report may hold: extension A, the basic block, the compatibility block.
IDEOGRAPHS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
HAN_RE = re.compile(f"[{HAN}]")
IDEOGRAPH_RE = re.compile(f"[{IDEOGRAPHS}]")


def is_ideograph(ch: str) -> bool:
    """One character of :data:`IDEOGRAPHS`."""
    return bool(ch) and (
        "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff"
    )


_CJK_PUNCT = set("，。、；：？！“”‘’（）《》〈〉【】「」『』〔〕…—～·")


def is_cjk_punct(ch: str) -> bool:
    """A full-width (Chinese) punctuation mark."""
    return bool(ch) and (
        ch in _CJK_PUNCT or "\u3001" <= ch <= "\u303f" or "\uff01" <= ch <= "\uff5e"
    )


def is_cjk(ch: str) -> bool:
    """An ideograph or a full-width (Chinese) punctuation mark."""
    return is_ideograph(ch) or is_cjk_punct(ch)


def is_ascii_digit(ch: str) -> bool:
    """One of 0–9 (not a full-width or another script's digit)."""
    return bool(ch) and ch.isascii() and ch.isdigit()


# -- brackets and sentence ends (the list readings' scans) -----------------------------------

#: Brackets and quotes a list reading steps over: a separator inside them is not the list's.
OPEN_BRACKETS = "（(【[《“‘「"
#: Their closing forms, in the same order.
CLOSE_BRACKETS = "）)】]》”’」"
#: Where a sentence ends for a list read after a cue (。！？, the ASCII forms, a line break).
SENTENCE_ENDS = "。！？!?\n"

# -- years ------------------------------------------------------------------------------------

#: The digits of a year (1900–2099), no group.
YEAR_DIGITS = r"(?:19|20)\d{2}"
#: The same in ASCII digits only (the relations readings' years: a full-width ２０２４ is no year there).
YEAR_ASCII = r"(?:19|20)[0-9]{2}"
#: Last year named as the period compared with (上年度, 上年, 去年, 上一年), one group.
LAST_YEAR = "(?:上年度|上年|去年|上一年)"
#: A year in Chinese numerals (二〇二四).
CN_YEAR = "[〇零一二三四五六七八九]{4}"
#: The one dash set of year ranges (2021—2025年, 2021-2025, 2021～2025): hyphen, full-width
#: hyphen, en and em dash, horizontal bar, the Unicode hyphens and minus, tildes.
DASHES = "-－–—―‐‑−﹣~～"
#: What joins the two years of a range: a dash or 至/到.
RANGE_JOIN = f"[{re.escape(DASHES)}至到]"
#: A standalone year (not an end of a range such as 2021—2025年): the digits are group 1.
YEAR_RE = re.compile(rf"(?<![\d{re.escape(DASHES)}至到])({YEAR_DIGITS})\s*年(?!\s*{RANGE_JOIN})")
#: A year as a title or a heading names it: 2024年, 2024年度, 二〇二四年.
YEAR_MENTION_RE = re.compile(rf"{YEAR_DIGITS}\s*年度?|{CN_YEAR}\s*年度?")
#: A range of years in brackets (（2021—2025年）): the years are groups 1 and 3, the joint 2.
BRACKETED_YEAR_RANGE = (
    rf"\s*[（(]\s*({YEAR_DIGITS})\s*年?\s*({RANGE_JOIN}{{1,2}})\s*({YEAR_DIGITS})\s*年?\s*[）)]"
)

# -- units ------------------------------------------------------------------------------------

#: The kinds of unit of numbers.toml ``[units]``, in the order a unit's kind is decided.
UNIT_KINDS = ("count", "money", "time", "measure", "percent", "points", "multiple")


def unit_kinds(units: Mapping[str, Any]) -> dict[str, str]:
    """unit -> its kind (the first kind listing it), from numbers.toml ``[units]``."""
    kinds: dict[str, str] = {}
    for kind in UNIT_KINDS:
        for unit in units.get(kind, []):
            kinds.setdefault(unit, kind)
    return kinds


def unit_alternation(units: Mapping[str, Any]) -> str:
    """A regex alternation of every unit, longest first, each with its ``not-before`` guard."""
    not_before: dict[str, str] = units.get("not-before", {})
    parts = []
    for unit in sorted(unit_kinds(units), key=lambda u: (-len(u), u)):
        guard = not_before.get(unit)
        piece = re.escape(unit)
        if guard:
            piece += f"(?![{re.escape(guard)}])"
        parts.append(piece)
    return "|".join(parts)


@lru_cache(maxsize=1)
def unit_pattern() -> str:
    """:func:`unit_alternation` of the built-in lexicon (for readers, which sit below it)."""
    with open(NUMBERS_DATA, "rb") as handle:  # as tomllib.load reads it
        return unit_alternation(toml_loads(handle.read().decode())["units"])
