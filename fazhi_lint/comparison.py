"""Comparisons between reports (the ``C1xx`` checks): this year's against last year's
(``check --previous FILE``) and the reports of one batch against each other (``--compare``).

Both run after the per-file checks, on documents read again in the main process, and add
their findings to the per-file results (:func:`add_previous`, :func:`add_batch`). The
similarity libraries (jieba, rapidfuzz, datasketch) are imported only here, through
:mod:`fazhi_lint.analysis.similarity`.
"""

from __future__ import annotations

import itertools
import os
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

from .baseline import PASSAGE_KEY
from .model import Block, BlockKind, Diagnostic, Document, Location, Severity, Span
from .pattern_cache import toml_loads
from .plugins import Check

# the comparison checks' data, beside them in checks/ (installed as fazhi_lint.checks: read by
# package name, since the folder is not beside this module in a checkout)
SETTINGS_PACKAGE, SETTINGS_FILE = "fazhi_lint.checks", "comparison.toml"
ROLES = ("C1", "C2", "C3", "C4")
SHORT_LINE = 50  # a paragraph this short without a sentence end is a heading or caption
MAX_PLAN_ITEMS = 100  # a plan with more items is not a list of plans (keeps the check linear)
QUOTE = 60  # characters of the other place's text quoted in a message


def _rule(code: str) -> Check:
    """A comparison check (C1xx) as the registry knows it: code, name, default severity."""
    from .registry import default_registry

    found = default_registry().resolve(code)
    if found is None:  # pragma: no cover - the built-in family declares every C code
        raise LookupError(code)
    return found


@lru_cache(maxsize=1)
def settings() -> dict[str, Any]:
    from importlib import resources

    text = resources.files(SETTINGS_PACKAGE).joinpath(SETTINGS_FILE).read_text(encoding="utf-8")
    return toml_loads(text)


# -- what is compared ------------------------------------------------------------------


@dataclass
class Unit:
    """A sentence (or a paragraph, for batches) with its words and word shingles."""

    block: int
    start: int
    end: int
    text: str
    role: str
    words: list[str] = field(default_factory=list)
    shingles: set[str] = field(default_factory=set)
    key: str = ""


def roles_of(document: Document, profile: Any) -> dict[int, str]:
    """Block index -> the required content (C1–C4) whose part holds it."""
    from .analysis.views import outline_of, sections_of

    try:
        outline = outline_of(document, profile)
        smap = sections_of(document, profile)
    except Exception:  # no outline: nothing is assigned to a part
        return {}
    n = len(document.blocks)
    ranges: list[tuple[int, int, str]] = []
    starts = sorted((m.position, k) for k, ms in smap.found.items() for m in ms)
    for key, matches in smap.found.items():
        for m in matches:
            if m.section is not None:
                ranges.append((m.section.start, m.section.end, key))
            else:
                after = [p for p, _ in starts if p > m.position]
                ranges.append((m.position, min(after, default=n), key))
    later = [m.position for k in ("C2", "C4") for m in smap.found.get(k, [])]
    limit = min(later, default=n)
    for section in smap.thematic:  # thematic parts before the problems hold the year's work
        if section.start < limit:
            ranges.append((section.start, section.end, "C1"))
    del outline
    roles: dict[int, str] = {}
    # innermost range wins: wider ranges first, narrower ones overwrite
    for start, end, key in sorted(ranges, key=lambda r: -(r[1] - r[0])):
        if key not in ROLES:
            continue
        for index in range(start, min(end, n)):
            roles[index] = key
    return roles


def candidate_blocks(document: Document, profile: Any) -> list[tuple[Block, int]]:
    """Body paragraphs worth comparing, each with where its text starts (after a run-in
    heading's title): no title, headings, table cells or short caption-like lines."""
    from .analysis.sentences import SENTENCE_END
    from .analysis.views import outline_of

    skip: set[int] = set()
    run_in: dict[int, int] = {}
    try:
        outline = outline_of(document, profile)
        skip.update(b.index for b in outline.title_blocks)
        for heading in outline.all_headings():
            if heading.run_in:
                run_in[heading.index] = heading.title_span[1]
            else:
                skip.add(heading.index)
    except Exception:
        pass
    out: list[tuple[Block, int]] = []
    for block in document.blocks:
        if block.kind != BlockKind.PARAGRAPH or block.index in skip:
            continue
        text = block.text.strip()
        if len(text) <= SHORT_LINE and not any(c in SENTENCE_END for c in text):
            continue
        out.append((block, run_in.get(block.index, 0)))
    return out


def is_report(document: Document, profile: Any) -> bool:
    """Only reports of the profile's kind are compared (a 部门决算 sent by mistake is not)."""
    from .analysis.views import kind_of

    if not document.readable:
        return False
    try:
        return kind_of(document, profile).is_report
    except Exception:
        return False


def sentence_units(document: Document, profile: Any, min_chars: int) -> list[Unit]:
    from .analysis.sentences import normalize, split
    from .analysis.similarity import ideographs, shingles, words

    roles = roles_of(document, profile)
    units: list[Unit] = []
    for block, begin in candidate_blocks(document, profile):
        for start, end in split(block.text):
            # a run-in heading's title (「（二）深入学习宣传贯彻习近平法治思想。」) is the
            # report's outline, not its text: only what follows it is compared
            start = max(start, begin)
            if end <= start:
                continue
            text = block.text[start:end]
            if ideographs(text) < min_chars:
                continue
            tokens = words(text)
            units.append(
                Unit(
                    block.index,
                    start,
                    end,
                    text,
                    roles.get(block.index, ""),
                    tokens,
                    shingles(tokens),
                    normalize(text),
                )
            )
    return units


# -- against last year -----------------------------------------------------------------


@dataclass(frozen=True)
class Match:
    current: Unit
    previous: Unit
    score: float


def match_sentences(current: Sequence[Unit], previous: Sequence[Unit]) -> list[Match]:
    """Each current sentence that copies (or nearly copies) a previous one, with the best one.

    Candidates come from an inverted index of word shingles; at most a few per sentence are
    scored with rapidfuzz, so the work grows with the text, not with its square.
    """
    from .analysis.similarity import SIMILAR, similarity

    exact = {u.key: u for u in reversed(previous)}
    index: dict[str, list[int]] = defaultdict(list)
    for i, unit in enumerate(previous):
        for s in unit.shingles:
            index[s].append(i)
    limit = max(50, len(previous) // 10)  # a shingle in very many sentences says nothing
    found: list[Match] = []
    for unit in current:
        same = exact.get(unit.key)
        if same is not None:
            found.append(Match(unit, same, 100.0))
            continue
        counts: Counter[int] = Counter()
        for s in unit.shingles:
            posting = index.get(s)
            if posting and len(posting) <= limit:
                counts.update(posting)
        need = 0.3 * len(unit.shingles)
        best: Match | None = None
        for i, shared in counts.most_common(3):
            if shared < need:
                break
            score = similarity(unit.words, previous[i].words)
            if score >= SIMILAR and (best is None or score > best.score):
                best = Match(unit, previous[i], score)
        if best is not None:
            found.append(best)
    return found


def compare_previous(current: Document, previous: Document, profile: Any) -> list[Diagnostic]:
    """The C101–C104 findings of ``current`` against last year's report ``previous``."""
    from .analysis.section_specs import specs_from

    min_chars = int(settings()["sentences"]["min-chars"])
    cur_units = sentence_units(current, profile, min_chars)
    prev_units = sentence_units(previous, profile, min_chars)
    matches = match_sentences(cur_units, prev_units)
    specs = specs_from(profile)
    out: list[Diagnostic] = []
    prev_name = Path(previous.path).name

    # C101: shares per part
    totals = Counter(u.role for u in cur_units)
    copied = Counter(m.current.role for m in matches)
    shares: dict[str, dict[str, Any]] = {}
    parts: list[str] = []
    for role in ROLES:
        if not totals[role]:
            continue
        share = copied[role] / totals[role]
        shares[role] = {"copied": copied[role], "sentences": totals[role], "share": share}
        name = specs[role].short if role in specs else role
        parts.append(f"{name} {share:.0%}（{copied[role]}/{totals[role]}句）")
    if cur_units:
        whole = len(matches) / len(cur_units) if cur_units else 0.0
        shares["all"] = {"copied": len(matches), "sentences": len(cur_units), "share": whole}
        parts.append(f"全文 {whole:.0%}（{len(matches)}/{len(cur_units)}句）")
    if matches:
        out.append(
            _diagnostic(
                _rule("C101").code,
                _rule("C101").name,
                _rule("C101").severity,
                f"与上年报告（{prev_name}）相比，照搬或基本照搬的句子所占比例：" + "；".join(parts),
                current,
                None,
                data={"previous": previous.path, "shares": shares},
            )
        )

    # C102: copied paragraphs, grouped by this year's paragraph
    by_block: dict[int, list[Match]] = defaultdict(list)
    for m in matches:
        by_block[m.current.block].append(m)
    sentences_in_block = Counter(u.block for u in cur_units)
    for block_index, group in sorted(by_block.items()):
        block = current.blocks[block_index]
        role = group[0].current.role
        severity, why = _copy_severity(role, group)
        prev_blocks = sorted({m.previous.block for m in group})
        prev_block = previous.blocks[prev_blocks[0]]
        where = "、".join(previous.blocks[b].location.human() for b in prev_blocks[:5])
        quote = _quote(group[0].previous.text)
        out.append(
            _diagnostic(
                _rule("C102").code,
                _rule("C102").name,
                severity,
                f"本段{len(group)}句（共{sentences_in_block[block_index]}句）与上年报告"
                f"（{prev_name}{where}）相同或基本相同{why}。上年原文：「{quote}」",
                current,
                block,
                group[0].current.start,
                group[-1].current.end,
                related=[Span(block_index, m.current.start, m.current.end) for m in group[1:]],
                suggestion="按本年度实际情况重写，不照搬上年报告",
                data={
                    "previous": {
                        "path": previous.path,
                        "location": prev_block.location.to_dict(),
                        "blocks": prev_blocks,
                        "text": [m.previous.text for m in group],
                    },
                    "section": role,
                    "similarity": [round(m.score, 1) for m in group],
                },
            )
        )

    out.extend(_plans_not_reported(current, previous, profile))
    if _consecutive(current, previous, profile):
        out.extend(_yearly_figures(current, previous, profile))
    return out


def _consecutive(current: Document, previous: Document, profile: Any) -> bool:
    """False when both report years are known and ``previous`` is not the year before:
    its figures are then not last year's and a stated change cannot be checked against them."""
    from .analysis.views import outline_of

    try:
        now = outline_of(current, profile).report_year
        before = outline_of(previous, profile).report_year
    except Exception:
        return True
    return now is None or before is None or before == now - 1


def _copy_severity(role: str, group: Sequence[Match]) -> tuple[Severity, str]:
    if role == "C2":
        return Severity.WARNING, "：上年的不足和原因原样照搬"
    if role == "C4":
        return Severity.WARNING, "：上年的下一年度安排原样照搬"
    if role == "C1":
        if _same_figures(group):
            return Severity.WARNING, "，其中的数字也与上年相同"
        return Severity.INFO, ""
    return Severity.INFO, ""


def _figures(text: str) -> list[tuple[Decimal, str]]:
    from .analysis.quantities import extract

    """The yearly counts and amounts of a sentence (a rate of 100% recurs legitimately)."""
    return sorted(
        (q.value, q.unit) for q in extract(text).quantities if q.kind in ("count", "money")
    )


def _same_figures(group: Sequence[Match]) -> bool:
    """True when the copied sentences state figures and every one is last year's."""
    stated = False
    for m in group:
        now, before = _figures(m.current.text), _figures(m.previous.text)
        if now != before:
            return False
        stated = stated or bool(now)
    return stated


def _plans_not_reported(current: Document, previous: Document, profile: Any) -> list[Diagnostic]:
    from .analysis.sentences import split
    from .analysis.similarity import words
    from .analysis.views import outline_of

    conf = settings()["plans"]
    generic = set(conf["generic"])
    coverage = float(conf["min-coverage"])
    prev_roles = roles_of(previous, profile)
    cur_roles = roles_of(current, profile)
    if "C1" not in cur_roles.values():
        return []  # this year's work not found: nothing to look in
    try:
        prev_heads = {h.index: h for h in outline_of(previous, profile).all_headings()}
    except Exception:
        prev_heads = {}
    plan_blocks = [b for b in previous.blocks if b.is_body and prev_roles.get(b.index) == "C4"]
    if not plan_blocks:
        return []
    first = plan_blocks[0].index
    if first in prev_heads:
        plan_blocks = plan_blocks[1:]  # the part's own heading
    sub = [b for b in plan_blocks if b.index in prev_heads]
    items: list[tuple[Block, int, int]] = []
    if sub:
        for b in sub:
            s, e = prev_heads[b.index].title_span
            items.append((b, s, e))
    else:
        for b in plan_blocks:
            pieces = split(b.text)
            if pieces:
                items.append((b, pieces[0][0], pieces[0][1]))

    def content(tokens: list[str]) -> set[str]:
        return {w for w in tokens if len(w) >= 2 and w not in generic and w != "#"}

    def pairs(tokens: list[str]) -> set[tuple[str, str]]:
        """Consecutive words, both of them the plan's own (not generic)."""
        own = content(tokens)
        return {(a, b) for a, b in itertools.pairwise(tokens) if a in own and b in own}

    cur_blocks = [b for b in current.blocks if b.is_body and cur_roles.get(b.index) == "C1"]
    block_tokens = [words(b.text) for b in cur_blocks]
    block_words = [content(t) for t in block_tokens]
    block_pairs = [pairs(t) for t in block_tokens]
    following = range(len(block_words))
    windows = [
        block_words[i] | (block_words[i + 1] if i + 1 < len(block_words) else set())
        for i in following
    ]
    window_pairs = [
        block_pairs[i] | (block_pairs[i + 1] if i + 1 < len(block_pairs) else set())
        for i in following
    ]
    index: dict[str, list[int]] = defaultdict(list)
    for i, ws in enumerate(windows):
        for w in ws:
            index[w].append(i)
    out: list[Diagnostic] = []
    name = Path(previous.path).name
    for block, s, e in items[:MAX_PLAN_ITEMS]:
        text = block.text[s:e].strip()
        tokens = words(text)
        own, linked = content(tokens), pairs(tokens)
        if len(own) < 2:
            continue
        counts: Counter[int] = Counter()
        for w in own:
            counts.update(index.get(w, ()))
        # reported on: most of the plan's own words in one place, two of them side by side
        best = 0.0
        for i, shared in counts.items():
            if shared / len(own) >= coverage and (not linked or linked & window_pairs[i]):
                best = max(best, shared / len(own))
        if best:
            continue
        best = max(counts.values(), default=0) / len(own)
        out.append(
            _diagnostic(
                _rule("C103").code,
                _rule("C103").name,
                _rule("C103").severity,
                f"上年报告（{name}{block.location.human(s)}）安排的「{_quote(text)}」"
                "在本年的工作情况中没有提及，请核实落实情况",
                current,
                None,
                suggestion="在本年工作情况中说明这项安排的落实情况",
                data={
                    "previous": {
                        "path": previous.path,
                        "location": block.location.to_dict(s),
                        "text": text,
                    },
                    "coverage": round(best, 2),
                },
            )
        )
    return out


def _yearly_figures(current: Document, previous: Document, profile: Any) -> list[Diagnostic]:
    from .analysis.quantities import Quantity
    from .analysis.views import quantities_of

    decrease = tuple(settings()["figures"]["decrease"])
    cur_roles = roles_of(current, profile)
    prev_roles = roles_of(previous, profile)

    def key(q: Quantity) -> tuple[str, str, str]:
        return (q.verb, q.noun, q.unit)

    def countable(q: Quantity) -> bool:
        return q.kind == "count" and not q.change and bool(q.noun) and q.low == q.high

    prev_values: dict[tuple[str, str, str], set[Decimal]] = defaultdict(set)
    prev_where: dict[tuple[str, str, str], Quantity] = {}
    use_prev_roles = "C1" in prev_roles.values()
    for bq in quantities_of(previous):
        if use_prev_roles and prev_roles.get(bq.block) != "C1":
            continue
        for q in bq.quantities:
            if countable(q):
                prev_values[key(q)].add(q.value)
                prev_where.setdefault(key(q), q)
    out: list[Diagnostic] = []
    name = Path(previous.path).name
    use_cur_roles = "C1" in cur_roles.values()
    for bq in quantities_of(current):
        if use_cur_roles and cur_roles.get(bq.block) != "C1":
            continue
        qs = bq.quantities
        for q, c in itertools.pairwise(qs):
            if not countable(q) or not c.change or c.sentence != q.sentence:
                continue
            values = prev_values.get(key(q))
            if not values or len(values) != 1:
                continue
            before = next(iter(values))
            sign = -1 if any(w in c.pre for w in decrease) else 1
            if c.unit == q.unit:
                implied = q.value - sign * c.value
                if implied == before:
                    continue
                said = f"{implied.normalize():f}{q.unit_text}"
            elif c.unit == "%" and before:
                actual = (q.value / before - 1) * 100 * sign
                step = Decimal(1).scaleb(-c.decimals)
                if abs(actual - c.value) <= step:
                    continue
                said = (
                    f"约{(q.value / (1 + sign * c.value / 100)).quantize(Decimal(1))}{q.unit_text}"
                )
            else:
                continue
            block = current.blocks[bq.block]
            where = prev_where[key(q)]
            prev_block = previous.blocks[where.block]
            out.append(
                _diagnostic(
                    _rule("C104").code,
                    _rule("C104").name,
                    _rule("C104").severity,
                    f"本年{q.phrase}{q.text}，{c.pre}{c.text}，据此上年应为{said}；"
                    f"但上年报告（{name}{prev_block.location.human(where.start)}）写的是"
                    f"{before.normalize():f}{q.unit_text}",
                    current,
                    block,
                    q.start,
                    c.end,
                    suggestion="核对本年数字、变化数和上年报告的数字，三者应相符",
                    data={
                        "previous": {
                            "path": previous.path,
                            "location": prev_block.location.to_dict(where.start),
                            "value": str(before),
                            "text": prev_block.text[where.start : where.end],
                        }
                    },
                )
            )
    return out


# -- across a batch --------------------------------------------------------------------


@dataclass
class Paragraph:
    doc: int
    block: Block
    begin: int
    chars: int
    shingles: set[str]


def compare_batch(
    documents: Sequence[Document], profile: Any, warning_chars: int = 150
) -> dict[int, list[Diagnostic]]:
    """Passages shared between different documents: document index -> C105 findings.

    Each passage is reported once, on the first document (in the given order) holding it.
    """
    from .analysis.sentences import SENTENCE_END, normalize
    from .analysis.similarity import MinHashIndex, ideographs, jaccard, shingles, words

    conf = settings()["batch"]
    min_chars, min_jaccard = int(conf["min-chars"]), float(conf["min-jaccard"])
    paragraphs: list[Paragraph] = []
    for d, document in enumerate(documents):
        if not is_report(document, profile):
            continue
        for block, begin in candidate_blocks(document, profile):
            text = block.text[begin:]
            n = ideographs(text)
            if n >= min_chars and any(c in SENTENCE_END for c in text):  # prose, not a row
                paragraphs.append(Paragraph(d, block, begin, n, shingles(words(text), 3)))
    parent = list(range(len(paragraphs)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        a, b = root(i), root(j)
        if a != b:
            parent[max(a, b)] = min(a, b)

    exact: dict[str, int] = {}
    for i, p in enumerate(paragraphs):
        j = exact.setdefault(normalize(p.block.text[p.begin :]), i)
        if j != i:
            union(i, j)
    index = MinHashIndex([p.shingles for p in paragraphs], threshold=min_jaccard * 0.8)
    for i, p in enumerate(paragraphs):
        for j in index.candidates(i):
            q = paragraphs[j]
            if j <= i or q.doc == p.doc or root(i) == root(j):
                continue  # already one passage: a text shared by every report stays linear
            if jaccard(p.shingles, q.shingles) >= min_jaccard:
                union(i, j)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(paragraphs)):
        groups[root(i)].append(i)
    shared = [g for g in groups.values() if len({paragraphs[i].doc for i in g}) > 1]
    # consecutive shared paragraphs held by the same reports are one passage
    shared.sort(key=lambda g: min((paragraphs[i].doc, paragraphs[i].block.index) for i in g))
    passages: list[list[list[int]]] = []
    last: dict[frozenset[int], tuple[int, dict[int, int]]] = {}
    for g in shared:
        docs = frozenset(paragraphs[i].doc for i in g)
        at = {d: min(paragraphs[i].block.index for i in g if paragraphs[i].doc == d) for d in docs}
        prior = last.get(docs)
        if prior is not None and all(0 < at[d] - prior[1][d] <= 2 for d in docs):
            passages[prior[0]].append(g)
            ends = {
                d: max(paragraphs[i].block.index for i in g if paragraphs[i].doc == d) for d in docs
            }
            last[docs] = (prior[0], ends)
            continue
        ends = {
            d: max(paragraphs[i].block.index for i in g if paragraphs[i].doc == d) for d in docs
        }
        last[docs] = (len(passages), ends)
        passages.append([g])
    out: dict[int, list[Diagnostic]] = defaultdict(list)
    for passage in passages:
        members = [paragraphs[i] for g in passage for i in g]
        members.sort(key=lambda p: (p.doc, p.block.index))
        home = members[0].doc
        own = [p for p in members if p.doc == home]
        chars = sum(p.chars for p in own)
        severity = Severity.WARNING if chars >= warning_chars else Severity.INFO
        places: list[dict[str, Any]] = []
        listed: list[str] = []
        for d in sorted({p.doc for p in members}):
            held = [p for p in members if p.doc == d]
            doc = documents[d]
            where = "、".join(p.block.location.human() for p in held[:5])
            if len(held) > 5:
                where += f"等{len(held)}段"
            listed.append(f"{Path(doc.path).name}{where}")
            places.append(
                {
                    "path": doc.path,
                    "locations": [p.block.location.to_dict() for p in held],
                    "blocks": [p.block.index for p in held],
                }
            )
        first = own[0]
        identity = passage_id(
            [[p.block.text[p.begin :] for p in members if p.doc == d] for d in docs_of(members)]
        )
        out[home].append(
            _diagnostic(
                _rule("C105").code,
                _rule("C105").name,
                severity,
                f"这段文字（约{chars}字）在{len(places)}份报告中相同或基本相同："
                + "；".join(listed),
                documents[home],
                first.block,
                first.begin,
                len(first.block.text),
                related=[Span(p.block.index, p.begin, len(p.block.text)) for p in own[1:]],
                suggestion="各单位只写本单位的工作情况，不互相照搬",
                data={"places": places, "chars": chars, PASSAGE_KEY: identity},
            )
        )
    return out


def docs_of(members: Sequence[Paragraph]) -> list[int]:
    return sorted({p.doc for p in members})


def passage_id(texts_by_report: Sequence[Sequence[str]]) -> str:
    """A shared passage's identity for baselines and the desk's verdicts: its text as the
    reports hold it, normalised (ideographs, letters and digits only), the smallest of the
    reports' versions; never the file names, their order or which report it is filed on."""
    import hashlib

    from .analysis.sentences import normalize

    versions = ["\n".join(normalize(t) for t in texts) for texts in texts_by_report if texts]
    canonical = min(versions, default="")
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:32]


# -- hooks for the command line --------------------------------------------------------


def _diagnostic(
    code: str,
    name: str,
    severity: Severity,
    message: str,
    document: Document,
    block: Block | None,
    start: int | None = None,
    end: int | None = None,
    *,
    related: Iterable[Span] = (),
    suggestion: str | None = None,
    data: dict[str, Any] | None = None,
) -> Diagnostic:
    if block is None:
        return Diagnostic(code, name, severity, message, document.path, Location(), data=data or {})
    s = 0 if start is None else start
    e = len(block.text) if end is None else end
    return Diagnostic(
        code,
        name,
        severity,
        message,
        document.path,
        block.location,
        (s, e),
        block.text[s:e],
        block.text,
        suggestion,
        tuple(related),
        data or {},
    )


def _quote(text: str) -> str:
    text = text.strip()
    return text if len(text) <= QUOTE else text[: QUOTE - 1] + "…"


def _settle(linter: Any, found: Iterable[Diagnostic]) -> list[Diagnostic]:
    """Selection, configured severity and the severity threshold, as for every check."""
    kept: list[Diagnostic] = []
    for d in found:
        if not linter.is_enabled(d.code):
            continue
        configured, _ = linter.settings[d.code]
        check = linter.registry.resolve(d.code)
        if check is not None and configured != check.severity:
            d = replace(d, severity=configured)  # the configuration overrides the default
        if d.severity >= linter.config.min_severity:
            kept.append(d)
    return kept


def _with(result: Any, document: Document, extra: list[Diagnostic]) -> Any:
    from .engine import RelatedBlock

    if not extra:
        return result
    blocks = dict(result.blocks)
    for d in extra:
        for span in d.related:
            if span.block != d.location.block and 0 <= span.block < len(document.blocks):
                b = document.blocks[span.block]
                blocks.setdefault(span.block, RelatedBlock(b.text, b.location))
    diagnostics = sorted([*result.diagnostics, *extra], key=Diagnostic.sort_key)
    return replace(result, diagnostics=diagnostics, blocks=blocks)


def _read(linter: Any, result: Any) -> Document:
    """The document behind a checked file, read again in this process for the comparison.
    A file the workers could not read or check within their limits (any E finding: corrupt,
    a bomb, over time or memory) or skipped is never read here, where no limit applies."""
    from .readers import read_path

    path = result.path
    if (
        not os.path.isfile(path)  # standard input: not read again, not compared
        or result.format == "skipped"
        or any(d.code.startswith("E") for d in result.diagnostics)
    ):
        return Document(path, "unknown")
    return read_path(path, plugin_readers=linter.registry.readers)


PREVIOUS_CODES = ("C101", "C102", "C103", "C104")


def wants_previous(linter: Any) -> bool:
    return any(linter.is_enabled(c) for c in PREVIOUS_CODES)


def previous_findings(linter: Any, current: Document, previous: Document) -> list[Diagnostic]:
    """The enabled C101–C104 findings of ``current`` against last year's ``previous``
    (nothing when either is unreadable or ``current`` is not a report of the profile's kind).
    Messages name last year's report by ``previous.path``'s last component."""
    if not wants_previous(linter) or not previous.readable:
        return []
    if not is_report(current, linter.profile):
        return []
    return _settle(linter, compare_previous(current, previous, linter.profile))


def add_previous(linter: Any, result: Any, previous: Document) -> Any:
    """``result`` with the C101–C104 findings against last year's report added."""
    if not wants_previous(linter) or not previous.readable:
        return result
    current = _read(linter, result)
    return _with(result, current, previous_findings(linter, current, previous))


def add_batch(linter: Any, results: list[Any]) -> list[Any]:
    """``results`` with the C105 findings (passages shared between the reports) added."""
    if not linter.is_enabled("C105") or len(results) < 2:
        return results
    documents = [_read(linter, r) for r in results]
    found = batch_findings(linter, documents)
    return [_with(r, documents[i], found.get(i, [])) for i, r in enumerate(results)]


def batch_findings(linter: Any, documents: Sequence[Document]) -> dict[int, list[Diagnostic]]:
    """The enabled C105 findings of a batch (document index -> findings), with the
    configured ``warning-chars``, severity and threshold."""
    if not linter.is_enabled("C105") or len(documents) < 2:
        return {}
    _, options = linter.settings["C105"]
    found = compare_batch(documents, linter.profile, int(options.get("warning-chars", 150)))
    return {i: _settle(linter, ds) for i, ds in found.items()}
