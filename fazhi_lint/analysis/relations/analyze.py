"""The driver: every rule over every block of a document, cached per report year."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from ...model import Block, BlockKind, Document
from ..quantities import BlockQuantities, Lexicon, load_lexicon, quantities_of
from .announced import announced_relations
from .change import change_relations
from .common import Relation, Verdict
from .flow import flow_relations
from .magnitude import magnitude_relations
from .partition import partition_groups, partition_relations, share_relations, unit_slips
from .plausibility import missing_units, plausibility_relations
from .rates import points_relations, rate_relations
from .tables import table_relations
from .years import SectionRange, year_relations


def analyze_block(
    bq: BlockQuantities,
    lex: Lexicon | None = None,
    next_blocks: Callable[[], Iterable[str]] | None = None,
) -> list[Relation]:
    """Every relation judged within one block (``next_blocks`` yields the following texts)."""
    lex = lex or load_lexicon()
    if not bq.quantities:  # every rule but the announced counts needs a number
        return announced_relations(bq, lex, next_blocks)
    groups = partition_groups(bq, lex)
    out = partition_relations(groups)
    out.extend(share_relations(bq, lex))
    out.extend(unit_slips(groups, lex))
    out.extend(flow_relations(bq, lex))
    out.extend(rate_relations(bq, lex, groups))
    changes = change_relations(bq, lex)
    # a % / 个百分点 slip shown with the two rates' arithmetic replaces the wording-only one
    shown = {r.span for r in changes if r.code == "N106"}
    out.extend(r for r in points_relations(bq, lex) if r.span not in shown)
    out.extend(changes)
    # a sum above the whole that the flow rule reports (受理98 + 不予受理27 > 收到120) once
    flows = {frozenset(r.involved) for r in out if r.code == "N103"}
    if flows:
        out = [r for r in out if not (r.code == "N101" and frozenset(r.involved) in flows)]
    out.extend(plausibility_relations(bq, lex))
    out.extend(magnitude_relations(bq, lex))
    out.extend(missing_units(bq))
    out.extend(announced_relations(bq, lex, next_blocks))
    return out


def analyze_document(
    document: Document,
    report_year: int | None = None,
    sections: Sequence[SectionRange] | None = None,
) -> list[Relation]:
    """All relations in a document (cached per report year)."""
    key = (report_year, tuple(sections or ()))
    store: dict[tuple[int | None, tuple[SectionRange, ...]], list[Relation]] = (
        document.cache.setdefault("relations", {})
    )
    cached = store.get(key)
    if cached is not None:
        return list(cached)
    lex = load_lexicon()
    extracted = quantities_of(document)
    texts = {b.index: b.text for b in document.blocks}
    order = [b.index for b in document.blocks]
    position = {index: i for i, index in enumerate(order)}
    out: list[Relation] = []
    for bq in extracted:
        if document.blocks and document.blocks[position[bq.block]].kind is BlockKind.TABLE_CELL:
            continue
        start = position[bq.block] + 1

        def following(start: int = start) -> Iterable[str]:
            return (texts[order[j]] for j in range(start, min(len(order), start + 400)))

        out.extend(analyze_block(bq, lex, following))
    out.extend(table_relations(document))
    if sections:
        out.extend(year_relations(document, report_year, sections, extracted))
    store[key] = out
    return list(out)


def analyze_text(text: str, report_year: int | None = None) -> list[Relation]:
    """Convenience for tests and exploration: one block per line."""
    lines = [line for line in text.splitlines() if line.strip()]
    blocks = [Block(index=i, text=line) for i, line in enumerate(lines)]
    document = Document(path="<text>", format="text", blocks=blocks)
    return analyze_document(document, report_year)


def contradictions(relations: Iterable[Relation]) -> list[Relation]:
    return [r for r in relations if r.verdict is Verdict.CONTRADICTION]
