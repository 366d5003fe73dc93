"""A difference told as a figure: what came in less what went out is what is left (issue 9,
session 26).

Two readings, each from the words of a figure's own clause (numbers.toml ``clauses``), never
from the nouns counted:

* a stock since it began: a coming-in counted since a start (``stock-since``: 累计 in its
  clause, or 以来 before it in its statement — the opening is nought), a going-out after it
  (``stock-out``) and a level now after that (``stock-now``: 目前在册, 现有, 截至目前) of the
  same unit, the level in the statement of the going-out or the next: in − out = level
  (「试点以来，累计接收社区服刑人员22.7万人，解除矫正19.2万人，目前在册3.5万人」). A level
  above what came in less what went out cannot be (an error); one below it may be explained
  by goings-out the text does not name (收监, 死亡: a warning);
* a period's net: an income (``net-in``), an expense (``net-out``) and a balance
  (``net-balance``, not after ``net-not``: 累计结存 is the stock at a date) of money, in
  that order, the balance in the statement of the expense or the next: income − expense =
  balance, both ways an error (the balance of a period is that difference by definition).

A figure of the same unit between them that is neither (a part, a second income) leaves the
reading alone; a figure in brackets or quotes, a change (比上年增长) or a rate is no figure of
the stock. One pass over a block's figures, each read up to :data:`REACH` figures on.

Decided on counts (s26-flow) over the read sets against the base (aea12eb): real19–38 +1
found (real37 QG020), 0 warnings on consistent cases (QG019, real24 QU044 balance); real39–42
+1 found (real40 QO027), 0 on consistent (QO026, QO028); invented (blind1–44, own) +1 found
(own20 QZA112), 0 on consistent (QZA111, own11 PD018); seeds + corpus snapshot unchanged.

Session 31 (s31-flow): a population's natural change — births (numbers.toml ``vital-in``),
deaths (``vital-out``) and the natural increase (``vital-net``), the next three counts of one
unit: births − deaths = natural increase by definition, an error either way; a fall (出生 <
死亡) is judged by its size, the sign may be printed (-828人) or told in words. real56 KS053
found at error (103万 − 68万 ≠ 自然增长人口53万); its consistent twin KS052 and the other
births/deaths paragraphs of the read sets (real50 KJ018/KJ027/KJ064, 自然增加人口695人) quiet.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from ...model import Severity
from ..cn_numbers import fmt
from ..quantities import BlockQuantities, Lexicon, Quantity
from .common import (
    MAGNITUDE_NAMES,
    Relation,
    Verdict,
    bounds,
    last_mark,
    per_or_change,
    span_of,
)

REACH = 8  # figures read after a coming-in (an income) for its going-out and level
_MARKS = "，,；;。：:（(）)、！？!?"  # the marks closing a figure's own clause back
_STATEMENT_MARKS = "。！？!?"
# a clause opening with a part of the figure before it (其中, 含): no figure of the stock
_PART_LEAD_RE = re.compile(r"^\s*(?:其中|含|包括|包含)")


@lru_cache(maxsize=4)
def _words(lex: Lexicon) -> dict[str, re.Pattern[str]]:
    clauses = lex.data["clauses"]

    def one_of(key: str) -> re.Pattern[str]:
        words = sorted(clauses.get(key, ()), key=len, reverse=True)
        return re.compile("|".join(map(re.escape, words)) or "(?!)")

    keys = (
        *("stock-in", "stock-out", "stock-since", "stock-now", "stock-opening"),
        *("net-in", "net-out", "net-balance", "net-not"),
        *("vital-in", "vital-out", "vital-net"),
    )
    return {key: one_of(key) for key in keys}


def _own_clause(text: str, q: Quantity) -> str:
    return text[last_mark(text, _MARKS, 0, q.num_start) + 1 : q.num_start]


def _statement_start(text: str, pos: int) -> int:
    return last_mark(text, _STATEMENT_MARKS, 0, pos) + 1


def _figure(lex: Lexicon, q: Quantity) -> bool:
    return not (q.quoted or q.depth or q.change or per_or_change(lex, q))


def net_relations(bq: BlockQuantities, lex: Lexicon) -> list[Relation]:
    words = _words(lex)
    text = bq.text
    # most blocks tell no going-out: one search each before any figure is read
    stock = words["stock-out"].search(text) is not None and words["stock-in"].search(text)
    net = words["net-out"].search(text) is not None and words["net-in"].search(text)
    vital = words["vital-net"].search(text) is not None and words["vital-out"].search(text)
    if not (stock or net or vital):
        return []
    qs = [q for q in bq.quantities if q.kind in ("count", "money") and _figure(lex, q)]
    out: list[Relation] = []
    for i, first in enumerate(qs):
        clause = _own_clause(text, first)
        if _PART_LEAD_RE.match(clause):
            continue
        if first.kind == "count" and words["stock-in"].search(clause):
            since = words["stock-since"].search(clause) or words["stock-since"].search(
                text, _statement_start(text, first.num_start), first.num_start
            )
            if since is None or words["stock-opening"].search(text[: first.num_start]):
                continue  # not since a start, or an opening told (年初在册: flow.py)
            rel = _read(lex, bq, qs[i + 1 : i + 1 + REACH], first, "stock")
        elif first.kind == "money" and words["net-in"].search(clause):
            rel = _read(lex, bq, qs[i + 1 : i + 1 + REACH], first, "net")
        elif vital and first.kind == "count" and words["vital-in"].search(clause):
            rel = _read(lex, bq, qs[i + 1 : i + 1 + REACH], first, "vital")
        else:
            continue
        if rel is not None:
            out.append(rel)
    return out


def _read(
    lex: Lexicon, bq: BlockQuantities, later: list[Quantity], came: Quantity, reading: str
) -> Relation | None:
    """The going-out and the level after ``came``, judged; None when the figures after it are
    not exactly one going-out then one level of its unit."""
    words = _words(lex)
    text = bq.text
    out_key, level_key = {
        "stock": ("stock-out", "stock-now"),
        "net": ("net-out", ""),
        "vital": ("vital-out", ""),
    }[reading]
    went: Quantity | None = None
    for q in later:
        if q.unit != came.unit or q.kind != came.kind:
            continue
        clause = _own_clause(text, q)
        if went is None:
            if q.sentence != came.sentence or _PART_LEAD_RE.match(clause):
                return None
            if not words[out_key].search(clause):
                return None
            went = q
            continue
        if q.sentence > went.sentence + 1 or _PART_LEAD_RE.match(clause):
            return None
        if reading == "stock":
            # the words of now: from the statement's start (「截至目前，全区在册…」) or from
            # the going-out figure, whichever is later, to the level's figure
            start = max(went.end, _statement_start(text, q.num_start))
            told = text[start : q.num_start]
            if words["stock-in"].search(told) or words["stock-out"].search(told):
                return None
            if not words[level_key].search(told):
                return None
        elif reading == "vital":
            # 「…死亡人口68万人，死亡率5.36‰；自然增长人口35万人」: the next count of the
            # unit is the natural increase, or the reading stops
            if not words["vital-net"].search(clause):
                return None
        else:
            m = words["net-balance"].search(clause)
            if m is None or words["net-not"].search(clause, 0, m.start()):
                return None
        return _judge(came, went, q, reading)
    return None


def _judge(came: Quantity, went: Quantity, left: Quantity, reading: str) -> Relation | None:
    low = bounds(came)[0] - bounds(went)[1]
    high = bounds(came)[1] - bounds(went)[0]
    if reading == "vital" and high < 0:
        # 「出生人口1206人，死亡人口2034人，自然增长-828人」: a fall, its sign read or not (负增长,
        # 减少 in words): the size is judged
        low, high = -high, -low
    if low <= bounds(left)[1] and high >= bounds(left)[0]:
        return None
    value = came.value - went.value
    spans = tuple(span_of(x) for x in (left, came, went))
    if reading == "stock":
        below = bounds(left)[1] < low
        message = (
            f"存量不平衡：累计增加{came.text}－累计减少{went.text}＝{_show(value, left)}，"
            f"与现有的{left.text}不符"
        )
        severity = Severity.WARNING if below else Severity.ERROR
        if below:
            message += "（如有文中未列的其他减少情形，请说明）"
    elif reading == "vital":
        message = (
            f"人口自然变动不平衡：出生{came.text}－死亡{went.text}＝{_show(value, left)}，"
            f"与自然增长{left.text}不符"
        )
        severity = Severity.ERROR
    else:
        message = (
            f"收支不平衡：收入{came.text}－支出{went.text}＝{_show(value, left)}，"
            f"与结余{left.text}不符"
        )
        severity = Severity.ERROR
    return Relation(
        "partition",
        Verdict.CONTRADICTION,
        left.block,
        (left.num_start, left.end),
        spans,
        code="N102",
        severity=severity,
        message=message,
        suggestion="核对增加、减少与现有（收入、支出与结余）数字",
    )


def _show(value: Decimal, like: Quantity) -> str:
    """A value in the magnitude and unit of the figure it is set against (0.75亿元, not
    75000000元: the difference of two 亿元 figures may be below one 亿)."""
    mag = MAGNITUDE_NAMES.get(like.magnitude, "")
    if mag:
        return f"{fmt(value / like.magnitude)}{mag}{like.unit_text}"
    return f"{fmt(value)}{like.unit_text}"
