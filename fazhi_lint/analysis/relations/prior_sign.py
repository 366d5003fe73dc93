"""A rise larger than the level it rose to: last year's figure would be below zero (N108).

「共受理信息公开申请64件（其中…），比2023年度增加91件」 and 「出庭应诉率达84.9%，同比上升92个
百分点」: when a change follows the figure it changes with nothing between but the comparison
(同比 / 较上年 / 比2023年 and the verb of rise, a bracket that closes before it), the change is
that figure's own — the structure ties them, no noun is compared — and the figure of the other
period is the figure less the change. A count, an amount or a rate cannot be below zero, so a
rise larger than the figure it reached is impossible whatever was counted. Read only where no
other reading of the change judged it (a base stated, a derived one, a sentence before).

Not read: a fall (any base fits it); a % rise (any base fits it); a rate that may be negative
(a growth rate: 增长率, 增速 — numbers.toml ``rates.uncapped`` — or a rate named by a word of
change); a figure that is itself a change, a base or approximate; units that do not count one
thing (件 against 人; a unit of one class, 件/项/件次, counts one thing in one clause).

A fall is read the same way: a fall of 100% or more of a figure above zero (it would be zero),
a fall in 个百分点 of a rate larger than 100% less the rate (last year above 100%).

Measured (session 27, s27-yoy) on every read set, real19–42 | real43–45 | invented (blind1–44,
own10–26, the top-level sets): contradictions found that no rule found 1 | 4 | 0 (KA044;
KD078, KD080, KD082, KD083 — the rise larger than its level; the falls found none), consistent
cases it fires on 0 | 0 | 0; snapshot of seeds + corpus: no change. An error: the structure
ties the change to its figure and the arithmetic needs no base.
"""

from __future__ import annotations

import re

from ...model import Severity, Span
from ..cn_numbers import fmt
from ..quantities import BlockQuantities, Lexicon, Quantity
from .common import Relation, Verdict, show, span_of

# what may open the words between a figure and its own change: a closed bracket (the figure's
# parts, 「64件（其中…4件）」) and a comma; the comparison and the word of change after it are
# the caller's (:func:`.change.change_relations` matched them)
_OPENING_RE = re.compile(r"\s*(?:[（(][^（()）]*[）)])?\s*[，,]?\s*")

_AMOUNTS = ("count", "money", "measure")
_KINDS = {"count": "count", "money": "money", "measure": "measure", "points": "percent"}


def _capped_rate(lex: Lexicon, q: Quantity) -> bool:
    """A rate that cannot be negative: not a growth rate (增长率, 增速…)."""
    words = q.pre + q.phrase + q.noun
    return not any(u in words for u in lex.data["rates"]["uncapped"])


def _same_thing_unit(lex: Lexicon, a: Quantity, b: Quantity) -> bool:
    if a.kind in ("money", "points", "percent"):
        return True
    return a.unit == b.unit or lex.same_units(a.unit, b.unit) or lex.kin_units(a.unit, b.unit)


def _tied(
    text: str, level: Quantity, d: Quantity, change: re.Match[str], compared: re.Pattern[str]
) -> bool:
    """Do only an opening (:data:`_OPENING_RE`), a comparison with the other period
    (``compared``: 同比, 较上年, 比2023年度) and the change's own word of change (``change``, as
    the caller matched it before ``d``) stand between ``level`` and ``d``?"""
    between = text[level.end : d.num_start]
    rest = between[_OPENING_RE.match(between).end() :].rstrip()  # type: ignore[union-attr]
    word = change.group(0)
    return rest.endswith(word) and compared.fullmatch(rest[: len(rest) - len(word)]) is not None


def below_zero_prior(
    bq: BlockQuantities,
    lex: Lexicon,
    d: Quantity,
    direction: int,
    sentence: list[Quantity],
    change: re.Match[str],
    compared: re.Pattern[str],
) -> Relation | None:
    """The N108 error of a change ``d`` that puts the figure right before it, its own, at a
    prior out of range: below zero (a rise larger than the figure), or a rate above 100% (a
    fall in 个百分点 larger than what the rate leaves), or none (a fall of 100% or more of a
    figure above zero); or None."""
    want = _KINDS.get(d.kind, "count" if d.kind == "percent" and direction < 0 else None)
    if direction == 0 or want is None or d.approx:
        return None
    # the figure right before the change at its bracket level (a backward scan: the change's
    # figures stand after it)
    level = next(
        (q for q in reversed(sentence) if q.end <= d.num_start and q.depth == d.depth), None
    )
    if level is None:
        return None
    if (
        (level.kind != want and not (d.kind == "percent" and level.kind in _AMOUNTS))
        or level.change
        or level.approx
        or not _same_thing_unit(lex, d, level)
        or (level.kind == "percent" and not _capped_rate(lex, level))
        or not _tied(bq.text, level, d, change, compared)
    ):
        return None
    if d.kind == "percent":
        if d.low < 100 or level.value <= 0:
            return None
        arithmetic = f"{level.text}比上期下降{d.text}"
        why = f"降幅达到100%时本期数应为零，不可能是{level.text}"
    elif direction > 0:
        if d.low <= level.high:
            return None
        prior = level.value - d.value
        arithmetic = f"{level.text}比上期增加{d.text}，上期应为" + (
            f"{level.number}%－{d.number}个百分点＝{fmt(prior)}%"
            if d.kind == "points"
            else f"{show(level.value, level)}－{show(d.value, d)}＝{show(prior, level)}"
        )
        why = "增加量大于本期数，上期不可能小于零"
    else:
        if d.kind != "points" or level.value + d.low <= 100:
            return None
        arithmetic = (
            f"{level.text}比上期下降{d.text}，上期应为{level.number}%＋{d.number}个百分点＝"
            f"{fmt(level.value + d.value)}%"
        )
        why = "比率不可能超过100%"
    return Relation(
        "change",
        Verdict.CONTRADICTION,
        d.block,
        (d.num_start, d.end),
        (span_of(level), Span(d.block, d.num_start, d.end)),
        code="N108",
        severity=Severity.ERROR,
        message=f"{arithmetic}：{why}",
        suggestion="核对变化量或本期数字",
        data={"current": str(level.value), "stated": str(d.value)},
    )
