"""A document's drafts dated out of the order drafting goes (N304).

A draft passes its stages in one order (numbers.toml ``drafts.stages``: 初稿, then a draft for
discussion or comment, then the one sent for review, then the final text). A paragraph that
dates two stages of its document, each by a date opening the clause that forms it
(「2025年2月6日形成《报告》初稿。……2025年1月13日形成《报告》讨论稿」), cannot date a later
stage before an earlier one (of the same document when both name theirs). A month with no year takes the year of the date before it in the
paragraph. One pass over each paragraph's dates: linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ...model import Document, Severity, Span
from ..quantities import BlockQuantities, Lexicon, YearMention, quantities_of
from .common import Relation, Verdict

_REACH = 24  # characters after a date its verb and stage are looked for in (its clause)
_CLAUSE_END_RE = re.compile(r"[，,；;。！？]")
_TITLE_RE = re.compile(r"《[^《》]*》")  # the document a stage belongs to, when named


@lru_cache(maxsize=4)
def _drafting(lex: Lexicon) -> tuple[dict[str, int], re.Pattern[str], re.Pattern[str]] | None:
    """numbers.toml ``drafts``: each stage word's rank, the verb-and-stage pattern, and a
    search for any stage word (a literal alternation: found where any word stands); None
    without stages. Built once per lexicon, not per document."""
    stages: list[list[str]] = lex.data.get("drafts", {}).get("stages", [])
    if not stages:
        return None
    verbs = lex.data.get("drafts", {}).get("verbs", [])
    rank = {w: i for i, words in enumerate(stages) for w in words}
    stage_re = re.compile(
        rf"(?:{'|'.join(map(re.escape, verbs))})[^，,；;。]{{0,14}}?"
        rf"(?P<stage>{'|'.join(sorted(map(re.escape, rank), key=len, reverse=True))})"
    )
    words = sorted(rank, key=lambda w: (-len(w), w))
    any_stage_re = re.compile("|".join(map(re.escape, words)) if words else "(?!)")
    return rank, stage_re, any_stage_re


def draft_relations(
    extracted: Sequence[BlockQuantities] | None, document: Document, lex: Lexicon
) -> list[Relation]:
    """Stages of one document's drafting dated out of their order (warnings)."""
    drafting = _drafting(lex)
    if drafting is None:
        return []
    rank, stage_re, any_stage_re = drafting
    out: list[Relation] = []
    for bq in extracted or quantities_of(document):
        if any_stage_re.search(bq.text) is None:
            continue  # (no stage word: what ``any(w in text for w in rank)`` said, one search)
        dated: list[tuple[int, tuple[int, int, int], YearMention, str, str]] = []
        year: int | None = None
        for y in bq.years:
            if y.kind == "date" and y.month:
                year = y.year
            elif not (y.kind == "month" and y.month and year is not None):
                continue
            end = min(len(bq.text), y.end + _REACH)
            stop = _CLAUSE_END_RE.search(bq.text, y.end, end)
            m = stage_re.match(bq.text, y.end, stop.start() if stop else end)
            if m is None or year is None or y.month is None:
                continue
            title = _TITLE_RE.search(m.group())
            doc = title.group() if title else ""
            dated.append(
                (rank[m.group("stage")], (year, y.month, y.day or 1), y, m.group("stage"), doc)
            )
        for i, (r, date, y, stage, doc) in enumerate(dated):
            earlier = next(
                (
                    d
                    for d in dated[:i]
                    if d[0] < r and d[1] > date and (not d[4] or not doc or d[4] == doc)
                ),
                None,
            )
            if earlier is None:
                continue
            out.append(
                Relation(
                    "date",
                    Verdict.CONTRADICTION,
                    bq.block,
                    (y.start, y.end),
                    (
                        Span(bq.block, y.start, y.end),
                        Span(bq.block, earlier[2].start, earlier[2].end),
                    ),
                    code="N304",
                    severity=Severity.WARNING,
                    message=(
                        f"{stage}的日期“{y.text}”早于{earlier[3]}的日期“{earlier[2].text}”："
                        f"{stage}是在{earlier[3]}之后形成的"
                    ),
                    suggestion="核对各稿形成的日期",
                )
            )
    return out
