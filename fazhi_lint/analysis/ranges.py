"""Ranges written in the body: years (2023—2025年), times (8:00—12:00), dates (3月1日—5日)
and numbers (3～5个工作日, 15%～30%), with the connector as written and, when it is a hyphen
or another wrong mark, the correction after GB/T 15834-2011 (T102 reports those; T103 compares
the connectors of the year ranges). :func:`find_ranges` computes them afresh; the view
``ranges`` of :mod:`fazhi_lint.analysis.views` keeps them per document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..grammar import YEAR_DIGITS, is_cjk
from ..model import Block
from .masks import TextView, prev_char
from .prefilter import finditer

_YEAR_RANGE_RE = re.compile(
    rf"(?<![\d.\-－–])({YEAR_DIGITS})(\s*年)?(\s*)(——|--|[-－–‐‑−﹣~]|[—―～])(\s*)({YEAR_DIGITS})(?![\d])"
    r"(?!\s*[-－–]\s*\d)"
)
_TIME_RANGE_RE = re.compile(
    r"(?<![\d:])(\d{1,2}[:：]\d{2})(\s*)([-－–‐‑−﹣~]|--)(\s*)(\d{1,2}[:：]\d{2})(?![\d])"
)
_DATE_RANGE_RE = re.compile(r"(?<=[年月日号])(\s*)([-－–‐‑−﹣~]|--)(\s*)(?=\d{1,4}\s*[年月日号])")
_NUM_RANGE_RE = re.compile(
    r"(?<![A-Za-z0-9_.\-－–/:：#表图式])(\d+(?:\.\d+)?)([%％])?(\s*)([-－–‐‑−﹣~]|--)(\s*)(\d+(?:\.\d+)?)"
    r"(?![\d.])(?!\s*[-－–]\s*\d)(?=([%％]|[\u4e00-\u9fff]))"
)
_ANY_DIGIT_RE = re.compile(r"\d")  # \d as in the range patterns (any Unicode digit)
# every connector the range patterns above accept: a text without one holds no range
_ANY_CONNECTOR_RE = re.compile("[-－–‐‑−﹣~—―～]")
_TIME_UNITS = ("月", "日", "号", "时", "点", "年", "周", "届", "期", "季度", "世纪", "批", "次会")


@dataclass(frozen=True)
class RangeUse:
    """A range written in a block: its connector and, when the connector is wrong, the fix
    (``block.text[start:end]`` → replacement)."""

    fix: tuple[int, int, str] | None  # a wrong connector to correct (T102), else None
    connector: str  # the connector as written
    block: Block
    start: int
    end: int
    years: bool


def _is_zero_led(number: str) -> bool:
    return len(number) > 1 and number[0] == "0" and number[1] != "."


def range_uses(view: TextView, block: Block) -> list[RangeUse]:
    """The ranges of ``block`` outside what ``view`` masks."""
    text = block.text
    found: list[RangeUse] = []
    if not _ANY_DIGIT_RE.search(text) or not _ANY_CONNECTOR_RE.search(text):
        return found  # every range below has a digit and a connector
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return not view.masked(block.index, s, e) and not any(s < te and ts < e for ts, te in taken)

    for m in finditer(_YEAR_RANGE_RE, text):
        y1, y2 = int(m.group(1)), int(m.group(6))
        if not (y1 < y2 <= y1 + 50) or not free(m.start(), m.end()):
            continue
        after = text[m.end() :].lstrip(" \t\u3000")
        if not (
            m.group(2)
            or after.startswith("年")
            or is_cjk(prev_char(text, m.start()))
            or is_cjk(after[:1])
        ):
            continue  # 「(Smith: 1929-1958)」: a range in Latin text
        conn = m.group(4)
        s, e = m.start(4), m.end(4)
        taken.append((m.start(), m.end()))
        wrong = conn not in "—―～" or conn == "——"
        fix = (s, e, "—") if wrong else None
        found.append(RangeUse(fix, conn, block, m.start(), m.end(), True))
    for m in finditer(_TIME_RANGE_RE, text):
        if free(m.start(), m.end()):
            taken.append((m.start(), m.end()))
            s, e = m.start(3), m.end(3)
            fix = (s, e, "—")
            found.append(RangeUse(fix, m.group(3), block, m.start(), m.end(), False))
    for m in finditer(_DATE_RANGE_RE, text):
        s, e = m.start(2), m.end(2)
        if free(s, e):
            taken.append((s, e))
            found.append(RangeUse((s, e, "—"), m.group(2), block, s, e, False))
    for m in finditer(_NUM_RANGE_RE, text):
        a, pct, _, conn, _, b = m.groups()[:6]
        if _is_zero_led(a) or _is_zero_led(b) or not free(m.start(), m.end()):
            continue
        if float(a) >= float(b):
            continue
        unit = text[m.end() :].lstrip()
        ordinal = m.start() > 0 and text[m.start() - 1] == "第"
        if ordinal or unit.startswith(_TIME_UNITS):
            s, e = m.start(4), m.end(4)
            fix = (s, e, "—")
        elif unit.startswith(("%", "％")) and not pct:
            # 15-30% -> 15%～30%: keep the unit on both ends (GB/T 15835)
            s, e = m.start(4), m.end(4)
            fix = (m.start(3), m.end(5), "%～")
        else:
            s, e = m.start(4), m.end(4)
            fix = (s, e, "～")
        taken.append((m.start(), m.end()))
        found.append(RangeUse(fix, conn, block, m.start(), m.end(), False))
    return found


def find_ranges(view: TextView) -> list[RangeUse]:
    """Every range of the body, in reading order."""
    return [use for block in view.blocks for use in range_uses(view, block)]
