"""The three industries' pulls on growth against the growth they add up to (N108).

「全区实现地区生产总值1218.08亿元，增长4.4%。…第一、二、三产业分别拉动GDP0.2、2.6、1.6个百分点」:
a pull (拉动) is an industry's share of the total's growth in 个百分点, so the pulls of the
three industries (三次产业, 第一、二、三产业, or one clause per industry: 「第一产业拉动GDP增长0.7
个百分点，第二、三产业分别拉动增长2.1和2.4个百分点」) add up to the growth of 地区生产总值
(GDP) stated before them in the paragraph, within the rounding of every printed figure. The
industries are read from the words before 拉动 (the ordinals of 第…产业), the figures from the
list after it; a clause naming no industry (「其中工业拉动…」, a part) is no pull of the split.
The growth is the last change (增长/下降 X%) right after a name of the total before the pulls,
with no industry, 其中 or average (两年平均) between. An error when the paragraph states one
such growth, a warning when it states several (which one the pulls split is a reading).

Session 31 (s31-yoy), decided on counts over every read set (real19–42 | real43–48 | real49–54 | real55–57 | blind1–44 | own10–26: found, at error,
false errors, warnings on consistent). The class is in real50 (two pages: KJ001 consistent
0.7+2.1+2.4 = 5.2, KJ037/KJ038 0.15−5.64+1.34 = −4.15 against 下降4.1% / a changed 下降1.4%),
real55 (KQ059/KQ060: 4.4 against a changed 4.9%) and real56 (KS035, no growth stated: not
read): 0 | 0 | +1 found at error (KJ038) | +1 found at error (KQ060) | 0 | 0; no false error,
no consistent case warned. Left: a total's growth outside the range of its parts' growth
(KS088, 居民人均可支配收入 against 城镇/农村: a per-head average can grow faster than both its
parts when people move from the countryside to the towns, so it is no contradiction), and a
total's growth against its parts' levels and growth rates (KQ076: last year's parts derived
from each part's level and rate, then summed — three derived figures a reading, too deep for
the precision printed).
"""

from __future__ import annotations

import re
from decimal import Decimal

from ...model import Severity, Span
from ..cn_numbers import fmt
from ..quantities import BlockQuantities
from .common import Relation, Verdict

# the clauses of a paragraph
_PULL_CLAUSE_RE = re.compile(r"[^，,；;。\n]+")
# the industries a clause's pull is of: 三次产业 / 三大产业, or the ordinals of 第…产业
_ALL_THREE_RE = re.compile(r"三次产业|三大产业")
_ORDINALS_RE = re.compile(r"第([一二三](?:[、和及与]第?[一二三])*)产业")
# the pulls after 拉动: a list of figures closed by 个百分点
_PULL_FIGURES_RE = re.compile(
    r"(-?[0-9]+(?:\.[0-9]+)?(?:\s*(?:、|和|及|与)\s*-?[0-9]+(?:\.[0-9]+)?)*)\s*个百分点"
)
_PULL_NUMBER_RE = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")
# the total's growth: its name, then its change in the same clause run (no 。；)
_TOTAL_GROWTH_RE = re.compile(
    r"(?:地区生产总值|生产总值|GDP)(?P<gap>[^。；;：:]{0,40}?)(?P<dir>增长|下降)"
    r"(?P<v>[0-9]+(?:\.[0-9]+)?)%"
)
# what may not stand between the total's name and its change: a part, an average, a pull
_GROWTH_GAP_BAR_RE = re.compile(r"产业|其中|平均|拉动|增加值")
_ORDINAL_OF = {"一": 1, "二": 2, "三": 3}


def _half(text: str) -> Decimal:
    """Half a unit of the last printed digit of ``text``."""
    decimals = len(text.split(".", 1)[1]) if "." in text else 0
    return Decimal(1).scaleb(-decimals) / 2


def _industries(subject: str) -> list[int]:
    if _ALL_THREE_RE.search(subject):
        return [1, 2, 3]
    named = _ORDINALS_RE.findall(subject)
    if not named:
        return []
    return [_ORDINAL_OF[c] for c in named[-1] if c in _ORDINAL_OF]


def pull_relations(bq: BlockQuantities) -> list[Relation]:
    """The industries' pulls of a paragraph against the total's growth stated before them."""
    text = bq.text
    if "拉动" not in text or "个百分点" not in text:
        return []
    out: list[Relation] = []
    held: dict[int, tuple[str, int, int]] = {}  # industry -> (figure, start, end)
    first = -1
    last_sentence = -1
    for clause in _PULL_CLAUSE_RE.finditer(text):
        at = text.find("拉动", clause.start(), clause.end())
        if at < 0:
            continue
        sentence = bq.sentence_of(at)
        if held and sentence > last_sentence + 1:
            held, first = {}, -1
        last_sentence = sentence
        industries = _industries(text[clause.start() : at])
        figures = _PULL_FIGURES_RE.search(text, at, clause.end())
        if not industries or figures is None:
            continue
        numbers = list(_PULL_NUMBER_RE.finditer(figures.group(1)))
        if len(numbers) != len(industries) or any(i in held for i in industries):
            held, first = {}, -1
            if len(numbers) != len(industries):
                continue
        if not held:
            first = clause.start()
        base = figures.start(1)
        for i, n in zip(industries, numbers, strict=True):
            held[i] = (n.group(), base + n.start(), base + n.end())
        if len(held) == 3:
            r = _judge(bq, held, first)
            if r is not None:
                out.append(r)
            held, first = {}, -1
    return out


def _judge(
    bq: BlockQuantities, held: dict[int, tuple[str, int, int]], first: int
) -> Relation | None:
    text = bq.text
    growths = [
        m
        for m in _TOTAL_GROWTH_RE.finditer(text, 0, first)
        if not _GROWTH_GAP_BAR_RE.search(m.group("gap"))
    ]
    if not growths:
        return None
    g = growths[-1]
    growth = Decimal(g.group("v")) * (-1 if g.group("dir") == "下降" else 1)
    pulls = [held[i] for i in (1, 2, 3)]
    total = sum((Decimal(p[0]) for p in pulls), Decimal(0))
    tolerance = _half(g.group("v")) + sum((_half(p[0]) for p in pulls), Decimal(0))
    if abs(total - growth) <= tolerance:
        return None
    terms = "＋".join(p[0] if not p[0].startswith("-") else f"（{p[0]}）" for p in pulls)
    said = f"{g.group('dir')}{g.group('v')}%"
    return Relation(
        "change",
        Verdict.CONTRADICTION,
        bq.block,
        (g.start("v"), g.end()),
        (
            Span(bq.block, g.start("v"), g.end()),
            *(Span(bq.block, p[1], p[2]) for p in pulls),
        ),
        code="N108",
        severity=Severity.ERROR if len(growths) == 1 else Severity.WARNING,
        message=(
            f"地区生产总值{said}与三次产业的拉动不符：第一、二、三产业分别拉动"
            f"{'、'.join(p[0] for p in pulls)}个百分点，合计{terms}＝{fmt(total)}个百分点，"
            f"而不是{fmt(growth)}%"
        ),
        suggestion="核对总量的增速与各产业拉动的百分点",
    )
