"""The rows of a split printed a line each (issue 9): 「(一)诉求分类情况」 then 「投诉3751件
占比82.13%」「表扬298件 占比6.53%」…「其他2件 占比0.04%」, every line a paragraph of its own
holding one count and its share. Each paragraph alone has one share and no split; read
together, one sentence a line, they are the rows :func:`.partition.share_relations` judges
(its row chains: complete when the last row is the rest, one whole behind every row's count
and share). Found across paragraphs, the finding is a warning at most (:mod:`.pickup`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ...model import BlockKind, Document, Severity
from ..quantities import BlockQuantities, Lexicon, extract
from .common import Relation, map_back
from .partition import share_relations

MAX_ROW_CHARS = 40  # a row line: its label, its count and its share
MIN_ROWS = 3
MAX_ROWS = 24
# a line that holds one count and its share, nothing after the share
_ROW_RE = re.compile(
    r"[^。；;]{1,20}?[0-9０-９][^。；;]*?占比?\s*[0-9０-９.．]+\s*[%％]\s*[。；;]?\s*$"
)


def _row_line(bq: BlockQuantities | None) -> bool:
    if bq is None or len(bq.text) > MAX_ROW_CHARS or "占" not in bq.text:
        return False
    qs = bq.quantities
    return (
        len(qs) == 2
        and qs[0].kind == "count"
        and qs[1].kind == "percent"
        and _ROW_RE.fullmatch(bq.text) is not None
    )


def row_line_relations(
    document: Document, extracted: Sequence[BlockQuantities], lex: Lexicon
) -> list[Relation]:
    """Runs of consecutive paragraphs that are a row each, read as one paragraph of
    sentences; what the share rule finds there, at warning."""
    # the cheap test first: most documents hold no short paragraph with 占
    if not any(len(bq.text) <= MAX_ROW_CHARS and "占" in bq.text for bq in extracted):
        return []
    by_block = {bq.block: bq for bq in extracted}
    out: list[Relation] = []
    run: list[int] = []
    previous = -1  # the index of the block before, in document order
    for block in document.blocks:
        row = block.kind is BlockKind.PARAGRAPH and _row_line(by_block.get(block.index))
        if row and run and run[-1] == previous and len(run) < MAX_ROWS:
            run.append(block.index)
        else:
            if len(run) >= MIN_ROWS:
                out.extend(_read_rows(run, by_block, lex))
            run = [block.index] if row else []
        previous = block.index
    if len(run) >= MIN_ROWS:
        out.extend(_read_rows(run, by_block, lex))
    return out


def _read_rows(
    run: Sequence[int], by_block: dict[int, BlockQuantities], lex: Lexicon
) -> list[Relation]:
    texts = [by_block[i].text.rstrip("。；; 　") for i in run]
    pieces = [(i, t + "。") for i, t in zip(run, texts, strict=True)]
    joined = extract("".join(t for _, t in pieces), run[0], lex)
    found = []
    for r in share_relations(joined, lex):
        r = map_back(r, pieces)
        if len({sp.block for sp in r.involved}) < 2:
            continue  # (within one line: that line's own reading)
        found.append(
            replace(
                r,
                severity=Severity.WARNING,
                message=f"{r.message}（按逐行列出的{len(run)}项读作同一总体的完整划分）",
            )
        )
    return found
