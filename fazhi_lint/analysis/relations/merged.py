"""Items merged: what merging gave cannot outnumber what was merged (issue 9, session 37).

「裁判文书199份，合并同案裁判文书后获得案件214个」「共立案133件，并案处理后为143件」「…文书78份。
对同属一个案件的…文书进行整理、合并后，共获得案件84个」: a figure whose words before it tell
a merging done (numbers.toml ``clauses.merged``: 合并, 并案, 归并, then 后 within its clause) is
what the merging left of the count told right before the merging words, in its statement or
the one before: more than it cannot be, whatever the units (documents merged into cases).
A merging told as a count of its own (并案23件), as the way a figure came about (由112个合并而成)
or of money (资金合并后共计…, a sum) or of people is not read. The figure merged is read from
its place (the nearest count before), so only a merging clause right after that figure's own
clause is an error; across a statement it is a warning naming both figures.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...model import Severity
from ..quantities import BlockQuantities, Lexicon, Quantity
from .common import Relation, Verdict, bounds, per_or_change, span_of

# after the merging words: at most a short object (同案裁判文书, 处理) then 后, in one clause
_DONE_RE = re.compile(r"[^，,；;。！？!?0-9０-９]{0,16}?后")
# from 后 to the figure: no statement end, no figure
_TO_FIGURE_RE = re.compile(r"[^；;。！？!?0-9０-９]{0,30}")
_CLAUSE_MARKS_RE = re.compile(r"[，,：:]")
_STATEMENT_END_RE = re.compile(r"[。！？!?]")


@lru_cache(maxsize=4)
def _merge_re(lex: Lexicon) -> re.Pattern[str]:
    words = sorted(lex.data["clauses"].get("merged", ()), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)) or "(?!)")


@lru_cache(maxsize=4)
def _people(lex: Lexicon) -> frozenset[str]:
    return frozenset(lex.data["units"]["same"].get("people", ()))


def _figure(lex: Lexicon, q: Quantity) -> bool:
    return (
        q.kind == "count"
        and not (q.quoted or q.depth or q.change)
        and not per_or_change(lex, q)
        and q.unit not in _people(lex)
    )


def merged_relations(bq: BlockQuantities, lex: Lexicon) -> list[Relation]:
    text = bq.text
    pattern = _merge_re(lex)
    if pattern.search(text) is None:  # (most blocks merge nothing: one search)
        return []
    out: list[Relation] = []
    qs = bq.quantities
    for m in pattern.finditer(text):
        done = _DONE_RE.match(text, m.end())
        if done is None:
            continue
        to = _TO_FIGURE_RE.match(text, done.end())
        end = to.end() if to else done.end()
        later = next((q for q in qs if done.end() <= q.num_start <= end), None)
        earlier = next((q for q in reversed(qs) if q.end <= m.start()), None)
        if later is None or earlier is None or not (_figure(lex, later) and _figure(lex, earlier)):
            continue
        if later.sentence - earlier.sentence > 1:
            continue
        if bounds(later)[0] <= bounds(earlier)[1]:
            continue
        between = text[earlier.end : m.start()]
        # the merging clause right after the merged figure's own: the sentence names it
        adjacent = (
            _STATEMENT_END_RE.search(between) is None
            and len(_CLAUSE_MARKS_RE.findall(between)) <= 1
        )
        said = text[m.start() : done.end()]
        out.append(
            Relation(
                "flow",
                Verdict.CONTRADICTION,
                later.block,
                (later.num_start, later.end),
                (span_of(later), span_of(earlier)),
                code="N107",
                severity=Severity.ERROR if adjacent else Severity.WARNING,
                message=f"{said}的{later.text}多于合并前的{earlier.text}"
                f"（{later.value}＞{earlier.value}：合并只会使数目减少或不变）",
                suggestion="核对合并前后的数字",
            )
        )
    return out
