"""A share of the year's target against the time progress of its months (N304).

「1-6月，……全市一般公共预算支出1025.5亿元，完成年初预算36.7%，快于序时进度3.4个百分点」:
the time progress (序时进度, 时间进度) of the months counted from January is the part of the
year they cover — 1—N月 is N/12 of it (by months) or the days to the end of month N over 365
(by days). A share of the year's budget, plan, target or task (完成年初预算36.7%, 占预算的53.5%,
目标任务完成率50.76%) said to be ahead of or behind it by P 个百分点 must differ from it by
that much under one of the two counts; said ahead or behind with no gap, it must lie on that
side. The months are the period that opens a sentence of the paragraph before the statement
(「1-6月，」「今年1-9月份，」「上半年，」「前三季度，」: the last such opening before it); a part
of the year named elsewhere (「好于一季度」) is a comparison, not the statement's period.

An error when the period opens the statement's own sentence (the sentence states which months
it counts); a warning when it opens an earlier sentence of the paragraph (the reader infers
that the statement continues it). Class (session 37): real75 LM041, real67 LE020 (found), the
consistent real75 1—4月, real67 LE019 (上半年 53.5%, 超过时间进度3.5个百分点), real42 KB011
and real QI024 (超过了序时进度 with no gap) stay silent.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from ...model import Severity, Span
from ..quantities import BlockQuantities
from .common import Relation, Verdict

# the statement: a share, a direction against the time progress, maybe its gap
_PROGRESS_RE = re.compile(
    r"(?P<x>[0-9]{1,3}(?:\.[0-9]{1,3})?)\s*[%％]\s*[，,、]?\s*"
    r"(?P<dir>快于|超过|超出|高于|领先|超|慢于|低于|落后于?|滞后于?|"
    r"快於|超過|高於|領先|慢於|低於|落後於?|滯後於?)\s*了?\s*"
    r"(?:序时|时间|时序|序時|時間|時序)(?:进度|進度)"
    r"(?:\s*(?P<p>[0-9]{1,3}(?:\.[0-9]{1,3})?)\s*(?:个|個)?(?:百分点|百分點))?"
)
_BEHIND = frozenset({"慢于", "低于", "落后", "落后于", "滞后", "滞后于"}) | frozenset(
    {"慢於", "低於", "落後", "落後於", "滯後", "滯後於"}
)
# the share is of the year's budget, plan, target or task (read right before the figure)
_OF_YEAR_RE = re.compile(r"预算|計劃|计划|目标|目標|任务|任務|預算")
_OF_YEAR_REACH = 12
# a period opening a sentence (after its year or 今年), a comma after it
_OPENING_RE = re.compile(
    r"(?:^|[。；;！？!?\n])\s*(?:今年|本年|[0-9]{4}年(?:度)?)?\s*"
    r"(?:(?:1|一)\s*(?:月份?)?\s*[-－—–~～至到]\s*(?P<n>[0-9]{1,2})\s*月份?"
    r"|(?P<part>上半年|前三季度|一季度|第一季度))\s*[，,]"
)
_PART_MONTHS = {"上半年": 6, "前三季度": 9, "一季度": 3, "第一季度": 3}
# days from 1 January to the end of each month (a common year)
_DAYS_TO = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365)


def _half_unit(number: str) -> Decimal:
    """Half the last printed digit of ``number`` (the rounding it may carry)."""
    places = len(number.split(".")[1]) if "." in number else 0
    return Decimal(5) / Decimal(10) ** (places + 1)


def time_progress_relations(extracted: Sequence[BlockQuantities]) -> list[Relation]:
    out: list[Relation] = []
    for bq in extracted:
        text = bq.text
        if "进度" not in text and "進度" not in text:
            continue
        if not any(w in text for w in ("序时", "时间", "时序", "序時", "時間", "時序")):
            continue
        out.extend(_progress_in(bq))
    return out


def _progress_in(bq: BlockQuantities) -> list[Relation]:
    text = bq.text
    out: list[Relation] = []
    openings = list(_OPENING_RE.finditer(text))
    if not openings:
        return out
    for m in _PROGRESS_RE.finditer(text):
        if _OF_YEAR_RE.search(text, max(0, m.start() - _OF_YEAR_REACH), m.start()) is None:
            continue
        before = [o for o in openings if o.end() <= m.start("x")]
        if not before:
            continue
        opening = before[-1]
        months = (
            int(opening.group("n")) if opening.group("n") else _PART_MONTHS[opening.group("part")]
        )
        if not 1 <= months <= 12:
            continue
        x = Decimal(m.group("x"))
        by_months = Decimal(months * 100) / 12
        by_days = Decimal(_DAYS_TO[months] * 100) / 365
        behind = m.group("dir") in _BEHIND
        tol = _half_unit(m.group("x")) + Decimal("0.06")
        p_text = m.group("p")
        if p_text is not None:
            p = Decimal(p_text)
            tol += _half_unit(p_text)
            stated = -p if behind else p
            if any(abs(x - base - stated) <= tol for base in (by_months, by_days)):
                continue
        elif behind:
            if any(x <= base + tol for base in (by_months, by_days)):
                continue
        elif any(x >= base - tol for base in (by_months, by_days)):
            continue
        period_start = opening.start()
        while text[period_start] in "。；;！？!?\n \t":
            period_start += 1
        period = text[period_start : opening.end() - 1].strip()
        same_sentence = bq.sentence_of(opening.end() - 1) == bq.sentence_of(m.start("x"))
        gap = x - by_months
        side = "快" if gap >= 0 else "慢"
        told = text[m.start("dir") : m.end()]
        message = (
            f"“{period}”的序时进度为{_shown(by_months)}%（{months}÷12），"
            f"完成{m.group('x')}%比序时进度{side}{_shown(abs(gap))}个百分点"
            f"（按天数计{_DAYS_TO[months]}÷365＝{_shown(by_days)}%，"
            f"{'快' if x >= by_days else '慢'}{_shown(abs(x - by_days))}个百分点），"
            f"与“{told}”不符"
        )
        out.append(
            Relation(
                "date",
                Verdict.CONTRADICTION,
                bq.block,
                (m.start("x"), m.end("x")),
                (
                    Span(bq.block, m.start("x"), m.end("x")),
                    Span(bq.block, m.start("dir"), m.end()),
                    Span(bq.block, period_start, opening.end() - 1),
                ),
                code="N304",
                severity=Severity.ERROR if same_sentence else Severity.WARNING,
                message=message,
                suggestion="核对所写月份、完成比例或快慢的百分点",
            )
        )
    return out


def _shown(value: Decimal) -> str:
    """``value`` to one decimal place, without a trailing .0."""
    shown = f"{value.quantize(Decimal('0.1'))}"
    return shown[:-2] if shown.endswith(".0") else shown
