"""A figure picked up again in a later paragraph under the same heading (issue 9).

A report often states a whole in one paragraph and its parts, rate, change or outcome in a
later one: 「全年收到行政复议申请213件，受理189件。」 … 「在受理的189件案件中，已审结194件…」.
Each relation rule judges one paragraph; this module finds the later paragraph that picks a
figure up again and reads it after the paragraph that stated it, with the same rules
(:func:`analyze_block`), keeping only what links a figure of each paragraph.

The earlier paragraph is the nearest one before it under the same heading that holds a
figure its first sentence repeats (the same number and unit: 「受理的189件中」), or else the
paragraph right before it (「上述案件中，…」「按审理程序区分，…」 name no figure). A figure
repeated is the earlier one: it is not counted again. A reading that spans two paragraphs is
never more than a warning, and only what links a figure of each paragraph is kept (what lies
within one paragraph its own reading reports). Every paragraph is read again at most once,
with one earlier paragraph, the pair of bounded length: the work stays linear.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import replace

from ...model import BlockKind, Document, Severity
from ..quantities import BlockQuantities, Lexicon, extract
from .common import Relation, Verdict, map_back

# the paragraphs a pick-up looks back over (under the same heading)
LOOK_BACK = 4
# the longest pair read together (characters): longer paragraphs are lists, not pick-ups
MAX_PAIR = 2400
_SENTENCE_END_RE = re.compile(r"[。！？!?；;]")
# a short line without a sentence end: a heading, which starts another subject
_HEADING_MAX = 40
# codes that already look across paragraphs by themselves
_OWN_REACH = frozenset({"N203"})


def _is_heading(text: str) -> bool:
    text = text.strip()
    return len(text) <= _HEADING_MAX and not text.endswith(("。", "；", ";", "！", "？"))


def _first_sentence(text: str) -> str:
    m = _SENTENCE_END_RE.search(text)
    return text[: m.end()] if m else text


def _keys(bq: BlockQuantities, end: int | None = None) -> set[tuple[str, str]]:
    """(number, unit) of the countable figures of a block (before ``end``)."""
    return {
        (str(q.value), q.unit)
        for q in bq.quantities
        if q.kind in ("count", "money", "measure", "time")
        and not q.quoted
        and (end is None or q.num_start < end)
    }


def pickup_relations(
    document: Document,
    extracted: Sequence[BlockQuantities],
    lex: Lexicon,
    analyze: Callable[[BlockQuantities, Lexicon], list[Relation]],
    pieces: Collection[int] = (),
) -> list[Relation]:
    """Relations between a figure of one paragraph and figures of a later paragraph under
    the same heading that picks it up (``analyze`` judges one block; ``pieces`` are blocks
    that continue a paragraph cut in the middle of a clause, read with it elsewhere)."""
    by_block = {bq.block: bq for bq in extracted}
    out: list[Relation] = []
    # body paragraphs under the current heading, most recent last (block, its quantities)
    recent: list[BlockQuantities] = []
    for block in document.blocks:
        if block.kind is not BlockKind.PARAGRAPH or block.index in pieces:
            continue
        if _is_heading(block.text):
            recent = []
            continue
        bq = by_block.get(block.index)
        if bq is None or not bq.quantities:
            continue
        earlier = _picked_from(bq, recent)
        if earlier is not None and len(earlier.text) + len(bq.text) <= MAX_PAIR:
            out.extend(_across(earlier, bq, lex, analyze))
        recent = [*recent, bq][-LOOK_BACK:]
    return out


def _picked_from(bq: BlockQuantities, recent: Sequence[BlockQuantities]) -> BlockQuantities | None:
    """The earlier paragraph ``bq`` picks a figure up from, if any."""
    if not recent:
        return None
    first = _first_sentence(bq.text)
    repeated = _keys(bq, len(first))
    for earlier in reversed(recent):
        if repeated & _keys(earlier):
            return earlier
    return recent[-1]


def _across(
    earlier: BlockQuantities,
    later: BlockQuantities,
    lex: Lexicon,
    analyze: Callable[[BlockQuantities, Lexicon], list[Relation]],
) -> list[Relation]:
    """The relations of the two paragraphs read as one text that link a figure of each."""
    pieces = [(earlier.block, earlier.text), (later.block, later.text)]
    # a figure the later paragraph repeats is the earlier one: its number is blanked (same
    # offsets), so no rule counts it twice
    stated = _keys(earlier)
    text = later.text
    first_end = len(_first_sentence(text))
    for q in later.quantities:
        if q.num_start < first_end and (str(q.value), q.unit) in stated:
            text = (
                text[: q.num_start]
                + "　" * (q.end - q.num_start - len(q.unit_text))
                + text[q.end - len(q.unit_text) :]
            )
    joined = extract(earlier.text + text, later.block, lex)
    cut = len(earlier.text)
    out = []
    for rel in analyze(joined, lex):
        if rel.verdict is not Verdict.CONTRADICTION or rel.code in _OWN_REACH:
            continue
        spans = [rel.span] + [(s.start, s.end) for s in rel.involved]
        if not (any(a < cut for a, _ in spans) and any(a >= cut for a, _ in spans)):
            continue  # within one paragraph: its own reading reports it
        # never more than a warning: the link between the paragraphs is a reading
        mapped = map_back(rel, pieces)
        out.append(
            replace(
                mapped,
                severity=Severity.WARNING,
                message=rel.message + "（所涉数字分处同一标题下的前后两段）",
            )
        )
    return out
