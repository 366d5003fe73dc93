"""「“A、B、C”四位一体」: a count of parts in one against the quoted run right before it (N203).

「创新打造“高效援助+精准普法+多元解纷”四位一体惠民体系」 names three parts and counts four;
「按照“受理、转办、…、考评”十位一体的…流程」 nine and counts ten. A numeral with 位一体 (written
without quotes of its own) counts the members the quote written right against it lists —
the same reading as a quoted run right before a count of 个/大 (:mod:`.announced`: 「“A+B+C”
三级学习体系」), which 位一体 never reached: it is no measure and noun of the candidates. The run
is split by 顿号, plus signs or dashes into two pieces at least; a 和/及/与 in a piece may join
two members (one more reading). A warning, as that reading's.

Session 38, the class: real72 LJ046/LJ047, real74 LL037/LL038, own10 PA25, blind13 M045 (the
consistent ones quiet). Linear: gated by 位一, one regex pass.
"""

from __future__ import annotations

import re

from ...model import Severity, Span
from ..cn_numbers import count_or_none
from ..quantities import BlockQuantities
from .common import Relation, Verdict

_RUN_MAX = 120  # characters of the quoted run
_UNITY_RE = re.compile(
    rf"[“「](?P<run>[^“”「」]{{3,{_RUN_MAX}}})[”」]"
    r"(?P<num>[两二三四五六七八九十]{1,2}|[2-9]|1[0-9])位一[体體]"
)
_SEP_RE = re.compile(r"[、+＋—–]+")
_AND_RE = re.compile(r"以及|(?<!参)与(?!会)|和(?!谐)|(?<![普涉危波])及(?!时)")


def unity_relations(bq: BlockQuantities) -> list[Relation]:
    """N203 (a warning) for 「“A、B、C”四位一体」 whose quote lists another number of parts."""
    text = bq.text
    out: list[Relation] = []
    for m in _UNITY_RE.finditer(text):
        pieces = [p for p in _SEP_RE.split(m.group("run")) if p.strip()]
        if len(pieces) < 2 or len(pieces) != len(_SEP_RE.findall(m.group("run"))) + 1:
            continue  # a run with an empty piece (“互联网+”) lists nothing
        num = m.group("num")
        n = count_or_none(num)
        if n is None:
            continue
        joined = sum(1 for p in pieces if _AND_RE.search(p))
        if len(pieces) <= n <= len(pieces) + joined:
            continue
        span = (m.start("num"), m.end())
        out.append(
            Relation(
                "announced",
                Verdict.CONTRADICTION,
                bq.block,
                span,
                (Span(bq.block, *span), Span(bq.block, *m.span("run"))),
                code="N203",
                severity=Severity.WARNING,
                message=f"「{text[span[0] : span[1]]}」说有{n}项，紧挨着的引号内列出的却是"
                f"{len(pieces)}项：" + "；".join(pieces),
                suggestion="核对名称中的数字与所列项目的数量是否一致",
                data={"announced": n, "listed": len(pieces)},
            )
        )
    return out
