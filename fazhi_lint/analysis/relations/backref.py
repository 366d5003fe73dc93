"""A split declared complete after a reference back to its whole (issue 9, session 9).

「全年共受理调解申请168件，调解成功161件。」 … 「上述纠纷全部由三级调解组织分级调处，其中街道
…61件，…94件，…11件。」 and 「…立案查处违法案件214件…」 … 「以上立案案件分为四类：医疗卫生类126件、
公共场所类61件、生活饮用水类19件、职业卫生类11件。」: a statement opening with a reference back
(上述, 以上, 前述, 这些: numbers.toml ``containment.back``) and a noun, that says how many parts
its set falls into (分为四类, 全部由三级…; numbers.toml ``clauses.declared-split``) and lists
exactly as many figures of one measure word after 其中 or a colon, says those figures are all
of the set: their sum is the whole it points back to.

The whole is a figure before the statement (in its paragraph, else in the few paragraphs
before it under the same heading, the nearest first) in the parts' class of units, named by
the words of the reference (the noun and the words up to the list: 立案案件 ↔ 立案查处违法案件,
调解组织…调处 ↔ 调解申请) by a pair of characters in a row; every such figure of the nearest
paragraph holding one is a reading, and the split is a contradiction only when it fits none.
A split said to be mainly (主要分为) or of a part (其中…中) is no declared split; a count of
parts other than the figures listed is silence. Always a warning: which figure the reference
names is read from shared words.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from decimal import Decimal
from functools import lru_cache

from ...model import Document, Severity
from ..quantities import BlockQuantities, Lexicon, Quantity
from .common import Relation, Verdict, bounds, show, span_of
from .kinds import _bigrams
from .rest import _countable, summed_figures

LOOK_BACK = 4  # paragraphs before the statement under its heading where the whole is looked for
MAX_BACK = 24  # figures of each of them read (their last ones)
_SENTENCE_END_RE = re.compile(r"[。！？!?]")
_COUNT = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


@lru_cache(maxsize=4)
def _opening_re(lex: Lexicon) -> re.Pattern[str]:
    """「上述X全部由三级…，其中」「以上X分为四类：」 at a statement's start (after a time frame
    at most): the noun, the words up to the list and where the list starts."""
    back = "|".join(re.escape(w) for w in lex.data["containment"]["back"])
    kinds = "|".join(
        re.escape(w) for w in sorted(lex.data["clauses"]["declared-split"], key=len, reverse=True)
    )
    numerals = "".join(_COUNT)
    return re.compile(
        rf"(?:(?:截至|截止|到)?(?:年底|年末|目前)[，,])?(?:{back})"
        rf"(?P<noun>[\u4e00-\u9fff]{{1,12}}?)"
        rf"(?P<mid>(?:全部|均|都|共|可|分为|共分为)[^。！？!?；;：:0-9０-９]{{0,30}}?"
        rf"(?P<n>[{numerals}])(?:{kinds})[^。！？!?；;：:0-9０-９]{{0,30}}?)"
        rf"(?P<open>其中[：:，,]?|[：:])"
    )


def backref_relations(
    document: Document,
    extracted: Sequence[BlockQuantities],
    lex: Lexicon,
    found: Sequence[Relation],
) -> list[Relation]:
    """Declared splits after a reference back, against the whole they point to (``found``:
    what the other rules report already, left out)."""
    from .pickup import with_recent

    if "declared-split" not in lex.data["clauses"]:
        return []
    told = summed_figures(found)
    back = tuple(lex.data["containment"]["back"])
    out: list[Relation] = []
    for bq, recent in with_recent(document, extracted, LOOK_BACK):
        if any(w in bq.text for w in back):
            out.extend(_splits(lex, bq, recent, told))
    return out


def _statement_starts(text: str) -> list[int]:
    return [0, *(m.end() for m in _SENTENCE_END_RE.finditer(text))]


def _splits(
    lex: Lexicon,
    bq: BlockQuantities,
    recent: Sequence[BlockQuantities],
    told: set[tuple[int, int, int]],
) -> list[Relation]:
    from .containment import _comparable

    out: list[Relation] = []
    text = bq.text
    qs = [q for q in bq.quantities if _countable(lex, q)]
    at = [q.num_start for q in qs]
    opening = _opening_re(lex)
    partial = lex.data["clauses"]["partial"]
    for start in _statement_starts(text):
        m = opening.match(text, start)
        if m is None or any(w in text[m.start("noun") : m.start("n")] for w in partial):
            continue  # 「以上案件主要分为三类」: the main kinds, not all
        if "中" in m["noun"]:
            continue  # 「上述案件中的涉企案件分为两类」: a part of the set is split
        stop = _SENTENCE_END_RE.search(text, m.end())
        end = stop.start() if stop else len(text)
        listed = qs[bisect.bisect_left(at, m.end()) : bisect.bisect_left(at, end)]
        if not listed:
            continue
        unit = listed[0].unit
        parts = [q for q in listed if q.unit == unit]
        if len(parts) != _COUNT[m["n"]]:
            continue  # as many figures as the parts said, or no declared split
        largest = max(bounds(p)[0] for p in parts)
        # (the words as printed: 案件, a filler when figures are linked by their nouns
        # alone, is what 「上述案件」 names)
        words = _bigrams(m["noun"] + m["mid"])
        wholes: list[Quantity] = []
        for earlier, upto in [(bq, start), *((e, len(e.text)) for e in reversed(recent))]:
            k = bisect.bisect_left(earlier.quantities, upto, key=lambda q: q.num_start)
            wholes = [
                q
                for q in earlier.quantities[max(0, k - MAX_BACK) : k]
                if _countable(lex, q)
                and _comparable(lex, q, parts[0]) is not None
                and bounds(q)[1] >= largest
                and words & _bigrams(q.phrase + q.verb)
            ]
            if wholes:
                break
        if not wholes:
            continue
        if all((s.block, s.num_start, s.end) in told for s in (*wholes[-1:], *parts)):
            continue
        said = text[m.start() : m.start("open")].rstrip("，,")
        rel = _judge(wholes, parts, said, wholes[0].block != bq.block)
        if rel is not None:
            out.append(rel)
    return out


def _judge(
    wholes: Sequence[Quantity], parts: Sequence[Quantity], said: str, across: bool
) -> Relation | None:
    low = sum((bounds(q)[0] for q in parts), Decimal(0))
    high = sum((bounds(q)[1] for q in parts), Decimal(0))
    if any(bounds(w)[0] <= high and low <= bounds(w)[1] for w in wholes):
        return None  # one reading of the whole fits
    # the reading closest to adding up is reported
    whole = min(reversed(wholes), key=lambda w: abs(w.value - (low + high) / 2))
    total = show(sum((q.value for q in parts), Decimal(0)), whole)
    relation = "多于" if low > bounds(whole)[1] else "不等于"
    where = "（总数在前文）" if across else ""
    named = "＋".join(q.text for q in parts)
    return Relation(
        "partition",
        Verdict.CONTRADICTION,
        parts[-1].block,
        (parts[-1].num_start, parts[-1].end),
        tuple(span_of(q) for q in (whole, *parts)),
        code="N101" if low > bounds(whole)[1] else "N102",
        severity=Severity.WARNING,
        message=f"“{said}”列出的各部分{named}＝{total}，{relation}所指总数"
        f"{whole.phrase}{whole.text}{where}",
        suggestion="核对总数与各部分的数字",
    )
