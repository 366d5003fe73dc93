"""``P`` — mandated phrases and canonical wording, as data in the profile's ``[phrases]``.

The lists live in the profile (``fazhi_lint/profiles/national.toml``; a regional profile
appends with ``extend-<key>``), so reviewers edit wording without touching code:

``phrases.required``      P101: phrases a report on the given years must contain.
``phrases.canonical``     P102: canonical phrases whose near misses are garbled wording.
``phrases.lead-ins``      P102: formulas (「贯彻落实」) checked where they introduce one of
                          ``phrases.lead-in-objects`` (「习近平」「党的」); accepted regional
                          forms one character away (「贯通落实」) are ``lead-in-variants``.
``phrases.citations``     P103: plans cited with their editions (「纲要（2021—2025年）」).
``phrases.outdated``      P104: outdated or wrong wording and what replaces it.
``phrases.request-phrases`` P105: phrases asking for approval (「妥否，请批示」).
``phrases.enumerations``  P106: fixed enumerations (四个意识……) with members and verbs.

Year-aware entries carry ``from-year``/``until-year`` (inclusive) and are compared with the
report year found by the outline; with no report year, year-bound entries are skipped.
An entry's ``severity`` applies unless the user configured a severity for the check.

How near misses are found (P102)
--------------------------------
Fast and precise, in three steps per paragraph:

1. **Anchors.** Each canonical phrase votes with its character bigrams on where it could
   start (the q-gram lemma: a match within *k* edits keeps at least ``len - 1 - 2k`` of the
   phrase's bigrams). Only positions with enough votes become candidate windows, so a report
   is scanned with a few dictionary look-ups per phrase.
2. **Alignment.** In each window the phrase is aligned to the text with a restricted edit
   distance: a character dropped, replaced, swapped with its neighbour or doubled costs 1;
   a *different* inserted character is not a garble (「视察天津时的重要讲话精神」 is a
   legitimate longer form) and is never accepted; 顿号 and commas are free. The first and
   the last character of the phrase must be there, so shorter legitimate forms
   (「习近平总书记重要讲话精神」, 「法治建设第一责任人职责」) never match. A ``{slot}``
   (「视察{地名}」) matches 1..``slot-max`` Chinese characters at no cost.
3. **Decision.** A window that matches the phrase or one of its ``variants`` exactly is fine;
   one within ``max-distance`` (1, or 2 for phrases of ten characters or more) of the phrase
   is reported with the phrase, slot filled in, as the suggestion.

Lead-ins are simpler: right before 「习近平」「党的」「党中央」, the text must end with a listed
formula or with something that is not within one edit of one (「贯彻落习近平」 → 「贯彻落实」).
The first character of the formula must be present. 「学」 alone is a verb, so a formula
ending in 「学习」 that lost its 「习」 is a slip only before 「习近平」 (「深入学习近平」, the two
「习」 run together), not before 「党的」 (「深入学党的创新理论」).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any

from fazhi_lint.analysis.debris import CleanBlock
from fazhi_lint.analysis.prefilter import finditer
from fazhi_lint.analysis.views import clean_blocks
from fazhi_lint.grammar import BRACKETED_YEAR_RANGE, HAN_EXT, is_ideograph
from fazhi_lint.model import Block, Diagnostic, Severity, Span
from fazhi_lint.plugins import CheckContext, check, snippet
from fazhi_lint.profiles import Profile

INF = 1 << 20
DEFAULT_SLOT_MAX = 6
_FREE = set("、，,")  # separators whose presence or absence costs nothing
_SLOT_RE = re.compile(r"(\{[^{}]*\})")
_CHAR_CLASS = f"[{HAN_EXT}]"


# -- profile data -----------------------------------------------------------------------------


class PhraseDataError(ValueError):
    """The profile's [phrases] data is malformed (a usage error)."""


@dataclass(frozen=True)
class Pattern:
    """A phrase; ``None`` in ``tokens`` is a slot (「视察{地名}」)."""

    text: str
    tokens: tuple[str | None, ...]

    @property
    def fixed_len(self) -> int:
        return sum(1 for t in self.tokens if t is not None and t not in _FREE)

    @cached_property
    def has_slot(self) -> bool:
        return None in self.tokens

    @cached_property
    def gram_set(self) -> frozenset[str]:
        return frozenset(g for _, grams in self.part_grams for g in grams)

    @cached_property
    def part_grams(self) -> tuple[tuple[int, tuple[str, ...]], ...]:
        """Each fixed run with its token offset and its bigrams (what the anchors count)."""
        return tuple(
            (offset, tuple(run[i : i + 2] for i in range(len(run) - 1)))
            for offset, run in self.parts()
        )

    def parts(self) -> list[tuple[int, str]]:
        """The fixed runs and their token offsets."""
        runs: list[tuple[int, str]] = []
        current: list[str] = []
        start = 0
        for i, token in enumerate(self.tokens):
            if token is None:
                if current:
                    runs.append((start, "".join(current)))
                current = []
                start = i + 1
            else:
                current.append(token)
        if current:
            runs.append((start, "".join(current)))
        return runs

    def regex(self, slot_max: int) -> re.Pattern[str]:
        out = []
        for token in self.tokens:
            if token is None:
                out.append(f"{_CHAR_CLASS}{{1,{slot_max}}}")
            elif token in _FREE:
                out.append("[、，,]?")
            else:
                out.append(re.escape(token))
        return re.compile("".join(out))

    def fill(self, slot: str) -> str:
        return "".join(slot if t is None else t for t in self.tokens)

    @cached_property
    def must(self) -> str:
        """The longest run of tokens every match of :meth:`regex` holds literally (slots and
        optional separators left out): a text without it has no exact occurrence."""
        runs = "".join("\0" if t is None or t in _FREE else t for t in self.tokens).split("\0")
        return max(runs, key=len)


def parse_pattern(text: str) -> Pattern:
    tokens: list[str | None] = []
    for piece in _SLOT_RE.split(text):
        if not piece:
            continue
        if piece.startswith("{") and piece.endswith("}"):
            tokens.append(None)
        else:
            tokens.extend(piece)
    if not tokens or tokens[0] is None or tokens[-1] is None:
        raise PhraseDataError(f"phrase {text!r}: must start and end with a character")
    if tokens.count(None) > 1:
        raise PhraseDataError(f"phrase {text!r}: at most one {{slot}}")
    pattern = Pattern(text, tuple(tokens))
    if any(len(run) < 2 for _, run in pattern.parts()):
        raise PhraseDataError(f"phrase {text!r}: a slot needs two characters on each side")
    return pattern


@dataclass(frozen=True)
class Canonical:
    """A canonical phrase of the profile with its variants and their patterns."""

    pattern: Pattern
    variants: tuple[Pattern, ...]
    max_distance: int
    regexes: tuple[re.Pattern[str], ...]

    @property
    def text(self) -> str:
        return self.pattern.text


@dataclass(frozen=True)
class Enumeration:
    """A fixed list of the profile (its members and the verbs that introduce it)."""

    name: str
    members: tuple[str, ...]
    verbs: tuple[str, ...]


@dataclass(frozen=True)
class PhraseData:
    """The phrase data of a profile, prepared once."""

    canonical: tuple[Canonical, ...]
    lead_ins: tuple[str, ...]
    lead_in_variants: tuple[str, ...]
    lead_in_objects: tuple[str, ...]
    slot_max: int
    enumerations: tuple[Enumeration, ...]

    @cached_property
    def lead_in_lengths(self) -> tuple[tuple[int, dict[str, tuple[str, ...]]], ...]:
        """The lengths a slip of a lead-in may have (one shorter, as long, one longer; at
        least 3), longest first, each with the lead-ins of that reach by first character
        in their order (what :func:`_lead_in_slips` tries before an object)."""
        by_length: dict[int, dict[str, list[str]]] = {}
        for word in self.lead_ins:
            for k in (len(word) - 1, len(word), len(word) + 1):
                if k >= 3:
                    by_length.setdefault(k, {}).setdefault(word[0], []).append(word)
        return tuple(
            (k, {c: tuple(words) for c, words in by_length[k].items()})
            for k in sorted(by_length, reverse=True)
        )

    @cached_property
    def grams(self) -> frozenset[str]:
        """The bigrams the anchors look up (those of the canonical phrases' fixed runs)."""
        return frozenset(g for c in self.canonical for _, gs in c.pattern.part_grams for g in gs)

    @cached_property
    def entries_by_gram(self) -> dict[str, frozenset[int]]:
        """Each bigram of :attr:`grams` with the positions in ``canonical`` of the phrases
        that have it."""
        found: dict[str, set[int]] = {}
        for number, entry in enumerate(self.canonical):
            for gram in entry.pattern.gram_set:
                found.setdefault(gram, set()).add(number)
        return {gram: frozenset(numbers) for gram, numbers in found.items()}

    @cached_property
    def gram_start(self) -> re.Pattern[str] | None:
        """Where a bigram worth indexing can begin: a first character of :attr:`grams`
        followed by a second one (a character class the regex engine scans for quickly)."""
        if not self.grams:
            return None
        firsts = "".join(sorted({g[0] for g in self.grams}))
        seconds = "".join(sorted({g[1] for g in self.grams}))
        return re.compile(f"[{re.escape(firsts)}](?=[{re.escape(seconds)}])")


def _default_distance(pattern: Pattern) -> int:
    return 2 if pattern.fixed_len >= 10 else 1


_DATA_CACHE: dict[tuple[str, ...], PhraseData] = {}


def phrase_data(profile: Profile) -> PhraseData:
    key = (profile.name, *profile.sources)
    cached = _DATA_CACHE.get(key)
    if cached is not None:
        return cached
    table = profile.get("phrases", {}) or {}
    slot_max = int(table.get("slot-max", DEFAULT_SLOT_MAX))
    enumerations = tuple(
        Enumeration(
            str(item["name"]),
            tuple(item.get("members", ())),
            tuple(item.get("verbs", ())),
        )
        for item in table.get("enumerations", ()) or ()
    )
    entries: list[Canonical] = []
    texts = [(dict(item), False) for item in table.get("canonical", ()) or ()]
    # long members of the fixed enumerations are canonical phrases too
    texts += [
        ({"text": member}, True)
        for enum in enumerations
        for member in enum.members
        if len(member) >= 10
    ]
    seen: set[str] = set()
    for item, _ in texts:
        text = item.get("text")
        if not isinstance(text, str) or text in seen:
            continue
        seen.add(text)
        pattern = parse_pattern(text)
        variants = tuple(parse_pattern(v) for v in item.get("variants", ()) or ())
        distance = int(item.get("max-distance", _default_distance(pattern)))
        regexes = tuple(p.regex(slot_max) for p in (pattern, *variants))
        entries.append(Canonical(pattern, variants, distance, regexes))
    data = PhraseData(
        canonical=tuple(entries),
        lead_ins=tuple(table.get("lead-ins", ()) or ()),
        lead_in_variants=tuple(table.get("lead-in-variants", ()) or ()),
        lead_in_objects=tuple(table.get("lead-in-objects", ()) or ()),
        slot_max=slot_max,
        enumerations=enumerations,
    )
    _DATA_CACHE[key] = data
    return data


def _entry_severity(ctx: CheckContext, item: dict[str, Any]) -> Severity:
    """The entry's severity, unless the user configured one for the check."""
    if ctx.severity != ctx.check.severity or "severity" not in item:
        return ctx.severity
    return Severity.parse(item["severity"])


def _applies(item: dict[str, Any], year: int | None) -> bool:
    low, high = item.get("from-year"), item.get("until-year")
    if low is None and high is None:
        return True
    if year is None:
        return False
    return (low is None or year >= int(low)) and (high is None or year <= int(high))


def _report_year(ctx: CheckContext) -> int | None:
    return ctx.outline.report_year


@lru_cache(maxsize=1024)
def _literal(text: str) -> re.Pattern[str]:
    """A regex finding ``text`` literally, compiled once (not per paragraph)."""
    return re.compile(re.escape(text))


def _clean_blocks(ctx: CheckContext) -> dict[int, CleanBlock]:
    """Blocks with web or conversion debris, read without it (the ``clean`` view)."""
    return clean_blocks(ctx.document)


def _body(ctx: CheckContext) -> list[Block]:
    return [b for b in ctx.document.blocks if b.is_body]


# -- the aligner --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Alignment:
    """The cheapest alignment of a canonical phrase with a stretch of text."""

    cost: int
    start: int
    end: int
    slot: str


def _same(a: str, b: str) -> bool:
    return a == b or (a in _FREE and b in _FREE)


def align(
    tokens: Sequence[str | None],
    text: str,
    starts: range,
    stop: int,
    slot_max: int,
    limit: int,
) -> Alignment | None:
    """The cheapest alignment of ``tokens`` to ``text[s:e]``, ``s`` in ``starts``, ``e <= stop``.

    The first and last tokens must match the first and last characters. Costs: a token
    missing, replaced, or swapped with its neighbour, or a text character doubled: 1 each;
    separators (、，) missing or extra: 0; any other extra character: impossible. A slot
    token consumes 1..slot_max ideographs for free. Returns None above ``limit``.
    """
    m = len(tokens)
    best: Alignment | None = None
    first, last = tokens[0], tokens[-1]
    for s in starts:
        if s < 0 or s >= stop or text[s] != first:
            continue
        window = text[s:stop]
        n = len(window)
        # rows[i][j]: (cost, slot_start, slot_end) aligning tokens[:i] with window[:j]
        rows: list[list[tuple[int, int, int]]] = []
        row0 = [(INF, -1, -1)] * (n + 1)
        row1 = [(INF, -1, -1)] * (n + 1)
        row1[1] = (0, -1, -1)
        for j in range(2, n + 1):
            c = window[j - 1]
            if c in _FREE or c == window[j - 2]:
                extra = 0 if c in _FREE else 1
                row1[j] = (row1[j - 1][0] + extra, -1, -1)
        rows.append(row0)
        rows.append(row1)
        for i in range(2, m + 1):
            token = tokens[i - 1]
            above = rows[i - 1]
            row = [(INF, -1, -1)] * (n + 1)
            if token is None:
                for j in range(2, n + 1):
                    best_cell = (INF, -1, -1)
                    for k in range(1, slot_max + 1):
                        if j - k < 1 or not is_ideograph(window[j - k]):
                            break
                        cost = above[j - k][0]
                        if cost < best_cell[0]:
                            best_cell = (cost, j - k, j)
                    row[j] = best_cell
            else:
                free_token = token in _FREE
                for j in range(1, n + 1):
                    c = window[j - 1]
                    # the token missing from the text
                    cell = (above[j][0] + (0 if free_token else 1), above[j][1], above[j][2])
                    # match or replacement
                    diag = above[j - 1]
                    cost = diag[0] + (0 if _same(c, token) else 1)
                    if cost < cell[0]:
                        cell = (cost, diag[1], diag[2])
                    # an extra character in the text: a separator, or a doubled character
                    if j >= 2 and (c in _FREE or c == window[j - 2]):
                        left = row[j - 1]
                        cost = left[0] + (0 if c in _FREE else 1)
                        if cost < cell[0]:
                            cell = (cost, left[1], left[2])
                    # two neighbours swapped
                    if (
                        i >= 3
                        and j >= 2
                        and tokens[i - 2] is not None
                        and token != tokens[i - 2]
                        and c == tokens[i - 2]
                        and window[j - 2] == token
                    ):
                        two = rows[i - 2][j - 2]
                        if two[0] + 1 < cell[0]:
                            cell = (two[0] + 1, two[1], two[2])
                    row[j] = cell
            rows.append(row)
            if min(r[0] for r in row) > limit and min(r[0] for r in above) > limit:
                break
        else:
            final = rows[m]
            for j in range(1, n + 1):
                cost = final[j][0]
                if cost > limit or window[j - 1] != last:
                    continue
                if best is None or (cost, -j) < (best.cost, -(best.end - s)):
                    slot = window[final[j][1] : final[j][2]] if final[j][1] >= 0 else ""
                    best = Alignment(cost, s, s + j, slot)
    return best


def _may_align(tokens: Sequence[str | None], reach: str, limit: int) -> bool:
    """False when :func:`align` cannot succeed within ``reach``: its last token must end the
    match, and each token whose character does not occur costs at least one edit."""
    last = tokens[-1]
    if last is None or last not in reach:
        return False
    absent = 0
    for token in tokens:
        if token is not None and token not in _FREE and token not in reach:
            absent += 1
            if absent > limit:
                return False
    return True


def _bigram_index(text: str, data: PhraseData) -> dict[str, list[int]]:
    """Positions of the phrases' bigrams in ``text`` (other bigrams are never looked up)."""
    index: dict[str, list[int]] = {}
    if data.gram_start is None:
        return index
    grams = data.grams
    for m in data.gram_start.finditer(text):
        i = m.start()
        gram = text[i : i + 2]
        if gram in grams:
            index.setdefault(gram, []).append(i)
    return index


def _exact_of(text: str, entry: Canonical) -> list[tuple[int, int]]:
    """Where the phrase or one of its variants occurs as it should."""
    return [
        m.span()
        for option, regex in zip((entry.pattern, *entry.variants), entry.regexes, strict=True)
        if option.must in text
        for m in regex.finditer(text)
    ]


def _exact_spans(text: str, data: PhraseData) -> list[tuple[int, int]]:
    """Where any canonical phrase or variant occurs as it should."""
    return [span for entry in data.canonical for span in _exact_of(text, entry)]


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


def _candidates(pattern: Pattern, index: dict[str, list[int]], distance: int) -> set[int]:
    """Estimated start positions (token offsets) where the pattern may occur."""
    found: set[int] = set()
    if index.keys().isdisjoint(pattern.gram_set):
        return found  # each part needs at least one of its bigrams
    for offset, grams in pattern.part_grams:
        need = max(1, len(grams) - 2 * distance)
        if sum(map(index.__contains__, grams)) < need:
            continue  # too few of its bigrams occur anywhere in the paragraph
        votes: dict[int, int] = {}  # a plain dict: Counter's __missing__ is a Python call
        get = votes.get
        for o, gram in enumerate(grams):
            shift = o + offset
            for pos in index.get(gram, ()):
                key = pos - shift
                votes[key] = get(key, 0) + 1
        # a dropped or extra character shifts the grams after it: count nearby estimates
        if need == 1:
            found.update(votes)  # every estimate has a vote of its own
            continue
        nearby = range(-distance, distance + 1)
        for pos in votes:
            if sum([get(pos + k, 0) for k in nearby]) >= need:
                found.add(pos)
    return found


@dataclass(frozen=True)
class Garble:
    """A stretch of text that is a canonical phrase written wrong."""

    block: Block
    start: int
    end: int
    found: str
    expected: str
    cost: int
    phrase: str
    certain: bool = True  # every slip in it is a single edit


def _describe(found: str, expected: str) -> str:
    if len(found) < len(expected):
        return "漏字"
    if len(found) > len(expected):
        return "多字"
    if sorted(found) == sorted(expected):
        return "字序颠倒"
    return "错字"


def _possible(data: PhraseData, grams: Collection[str]) -> set[int]:
    """The phrases that may have a candidate in a paragraph whose bigrams are among ``grams``
    (all those of a document): a part of the phrase needs as many of its bigrams as
    :func:`_candidates` asks of one paragraph, and a paragraph has no more than all of them."""
    possible = set()
    for number in set().union(*(data.entries_by_gram[gram] for gram in grams)):
        entry = data.canonical[number]
        d = entry.max_distance
        if any(
            sum(map(grams.__contains__, part)) >= max(1, len(part) - 2 * d)
            for _, part in entry.pattern.part_grams
        ):
            possible.add(number)
    return possible


def near_misses(
    block: Block,
    data: PhraseData,
    index: dict[str, list[int]] | None = None,
    possible: Collection[int] | None = None,
) -> list[Garble]:
    """The near misses of the canonical phrases in ``block`` (``index``: its
    :func:`_bigram_index`, when computed already; ``possible``: the phrases that may occur in
    the document, :func:`_possible`)."""
    text = block.text
    if len(text) < 2:
        return []
    if index is None:
        index = _bigram_index(text, data)
    exact: list[tuple[int, int]] | None = None  # every phrase's, computed on first need
    own: dict[int, list[tuple[int, int]]] = {}  # one phrase's, computed on first need
    found: list[Garble] = []
    # only phrases with a bigram in the paragraph can have a candidate (each needs one)
    present = set().union(*(data.entries_by_gram[gram] for gram in index))
    if possible is not None:
        present.intersection_update(possible)
    for number, entry in enumerate(data.canonical):
        if number not in present:
            continue
        pattern = entry.pattern
        d = entry.max_distance
        span = len(pattern.tokens) + (data.slot_max if pattern.has_slot else 0) + 2 * d
        for est in sorted(_candidates(pattern, index, d)):
            # a candidate from a part after the slot may start up to slot_max earlier
            back = data.slot_max if pattern.has_slot else 0
            starts = range(max(0, est - d - back), min(len(text), est + d + 1))
            stop = min(len(text), est + span + 1)
            spans = own.get(number)
            if spans is None:
                spans = own[number] = _exact_of(text, entry)
            if any(s in starts and e <= stop for s, e in spans):
                # an exact occurrence of an option lies in the window (the usual case: the
                # phrase written correctly): the best alignment costs 0 (a slot's characters
                # are ideographs to both), which is no slip; skip the alignments
                continue
            if exact is None:
                exact = _exact_spans(text, data)
            options = (pattern, *entry.variants)
            if all(
                _inside(s, exact)
                for option in options
                for s in starts
                if s < stop and text[s] == option.tokens[0]
            ):
                # every alignment would start inside an exact occurrence and be dropped
                # below; skip the alignments
                continue
            results = []
            reach = text[starts.start : stop]  # every window align looks at lies in here
            for option in options:
                if not _may_align(option.tokens, reach, d):
                    continue
                hit = align(option.tokens, text, starts, stop, data.slot_max, d)
                if hit is not None:
                    results.append((hit.cost, option is not pattern, option, hit))
            if not results:
                continue
            results.sort(key=lambda r: (r[0], r[1]))
            cost, _, option, hit = results[0]
            if cost == 0 or any(hit.start < e and s < hit.end for s, e in exact):
                continue
            expected = option.fill(hit.slot)
            found.append(
                Garble(
                    block,
                    hit.start,
                    hit.end,
                    text[hit.start : hit.end],
                    expected,
                    cost,
                    entry.text,
                    cost == 1,
                )
            )
    found.extend(_lead_in_slips(block, data))
    return _merge(_dedupe(found))


def _global_distance(a: str, b: str) -> int:
    """Edit distance (drop, replace, swap, doubled character) between ``a`` and ``b``."""
    rows = [[INF] * (len(b) + 1) for _ in range(len(a) + 1)]
    rows[0][0] = 0
    for i in range(len(a) + 1):
        for j in range(len(b) + 1):
            if i == j == 0:
                continue
            best = INF
            if i > 0:
                best = min(best, rows[i - 1][j] + 1)  # b lacks a[i-1]
            if j > 0 and j >= 2 and b[j - 1] == b[j - 2]:
                best = min(best, rows[i][j - 1] + 1)  # b doubles a character
            if i > 0 and j > 0:
                best = min(best, rows[i - 1][j - 1] + (0 if a[i - 1] == b[j - 1] else 1))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                best = min(best, rows[i - 2][j - 2] + 1)
            rows[i][j] = best
    return rows[len(a)][len(b)]


def _may_be_one_edit(a: str, b: str) -> bool:
    """False when no single edit of :func:`_global_distance` (a character dropped, replaced,
    swapped with its neighbour or doubled) turns ``a`` into ``b``: each changes the length
    by at most one and leaves all but at most two characters of the longer in a common
    opening and a common ending (a test of a few comparisons before the table of edits)."""
    if abs(len(a) - len(b)) > 1:
        return False
    n = min(len(a), len(b))
    p = 0
    while p < n and a[p] == b[p]:
        p += 1
    s = 0
    while s < n and a[-1 - s] == b[-1 - s]:
        s += 1
    return p + s >= max(len(a), len(b)) - 2


def _lead_in_slips(block: Block, data: PhraseData) -> list[Garble]:
    text = block.text
    found: list[Garble] = []
    if not data.lead_ins:
        return found
    accepted = (*data.lead_ins, *data.lead_in_variants)
    for obj in data.lead_in_objects:
        if obj not in text:
            continue
        for m in _literal(obj).finditer(text):
            p = m.start()
            if text.endswith(accepted, 0, p):
                continue  # a formula, or an accepted regional form of one (「贯通落实」)
            # the longest piece one edit from a lead-in, the first lead-in on a tie: tried
            # longest first, only the lead-ins whose first character opens the piece
            best: tuple[int, str] | None = None
            for k, by_first in data.lead_in_lengths:
                if k > p:
                    continue
                for word in by_first.get(text[p - k], ()):
                    piece = text[p - k : p]
                    if not all(is_ideograph(c) for c in piece):
                        break  # (the same piece for every lead-in of this length)
                    if piece == word[:-1] and piece[-1] == "学" and not obj.startswith("习"):
                        continue  # 「学」 alone is a verb (「深入学党的创新理论」)
                    if _may_be_one_edit(word, piece) and _global_distance(word, piece) == 1:
                        best = (k, word)
                        break
                if best is not None:
                    break
            if best is not None:
                k, word = best
                found.append(Garble(block, p - k, p, text[p - k : p], word, 1, word))
    return found


def _dedupe(items: list[Garble]) -> list[Garble]:
    items = sorted(items, key=lambda g: (g.cost, -(g.end - g.start), g.start))
    kept: list[Garble] = []
    for item in items:
        if not any(item.start < k.end and k.start < item.end for k in kept):
            kept.append(item)
    return sorted(kept, key=lambda g: g.start)


def _merge(items: list[Garble]) -> list[Garble]:
    """Adjacent slips (「贯彻落」+「习近平总书记察天津…」) become one finding."""
    merged: list[Garble] = []
    for item in items:
        if merged and merged[-1].end == item.start:
            last = merged[-1]
            merged[-1] = Garble(
                item.block,
                last.start,
                item.end,
                last.found + item.found,
                last.expected + item.expected,
                last.cost + item.cost,
                f"{last.phrase}、{item.phrase}",
                last.certain and item.certain,
            )
        else:
            merged.append(item)
    return merged


# -- P101 -------------------------------------------------------------------------------------


@check(
    "P101",
    "required-phrase-missing",
    Severity.WARNING,
    "报告未出现规定的表述（如“习近平法治思想”）",
)
def required_phrase_missing(ctx: CheckContext) -> Iterator[Diagnostic]:
    """报告全文没有出现配置方案对该报告年度规定的表述。

    检查什么：全国方案要求 2020 年及以后的报告出现「习近平法治思想」（警告），2022—2027 年的报告出现
    「党的二十大」（提示）。``phrases.required`` 的每一项给出表述、可接受的 ``alternatives``、适用年份
    （``from-year``、``until-year``）、级别和理由。空格和换行不计；找不到报告年度时，与年份有关的项目不检查。

    为什么：年度报告要说明本单位如何学习贯彻这一时期的指导思想；漏写的报告会被退回。

    不报告：标题中没有「法治」的文件（如政府工作报告、预算报告）不受这些要求约束。

    错误示例：
        天津市某区2023年度法治政府建设情况报告
        2023年，我区坚持以习近平新时代中国特色社会主义思想为指导，扎实推进法治政府建设。

    正确示例：
        天津市某区2023年度法治政府建设情况报告
        2023年，我区坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，全面贯彻党的二十大精神。
    """
    year = _report_year(ctx)
    title = ctx.outline.title_text or ""
    if "法治" not in title:
        return  # not (recognisably) a report on building the rule of law
    joined = re.sub(r"\s+", "", "".join(b.text for b in _body(ctx)))
    if not joined:
        return
    for item in ctx.profile.get("phrases.required", []) or []:
        if not _applies(item, year):
            continue
        phrase = str(item["text"])
        options = [phrase, *item.get("alternatives", ())]
        if any(option in joined for option in options):
            continue
        why = item.get("why")
        yield ctx.diagnostic(
            f"全文未出现“{phrase}”" + (f"：{why}" if why else ""),
            suggestion=item.get("suggestion") or f"写明“{phrase}”",
            severity=_entry_severity(ctx, item),
            data={"phrase": phrase, "year": year},
        )


# -- P102 ----------------------------------------------------------------------------------------


@check(
    "P102",
    "garbled-canonical-phrase",
    Severity.WARNING,
    "规范表述有漏字、错字或字序颠倒（如“习近平总书记察天津重要讲话精神”）",
)
def garbled_canonical_phrase(ctx: CheckContext) -> Iterator[Diagnostic]:
    """规范表述差一点：漏字、多字、字序颠倒或错字。

    检查什么：「习近平总书记察天津重要讲话精神」（漏“视”）、「习近平新时代特色社会主义思想」（漏“中国”）、
    「习近平法制思想」（“治”错为“制”），以及「习近平」「党的」前面漏字的套语（「贯彻落习近平」）。规范表述取自
    配置方案的 ``phrases.canonical``（以及 ``phrases.enumerations`` 中较长的成员）；建议写法是规范表述，保留原文中的地名。

    为什么：这些表述在公文中须一字不差地引用；写错会被看作对指导思想本身不严肃，审核时会被退回。

    不报告：规范表述本身和列出的 ``variants``；更长或更短的合法写法——插入词语不算错（「视察天津时的重要讲话精神」），
    且首尾字必须都在（「习近平总书记重要讲话精神」「法治建设第一责任人职责」）；同词根的不同表述
    （「习近平经济思想」）。匹配规则详见模块说明。

    错误示例：
        天津市某区2024年度法治政府建设情况报告
        深入学习贯彻落习近平总书记察天津重要讲话精神。

    正确示例：
        天津市某区2024年度法治政府建设情况报告
        深入学习贯彻落实习近平总书记视察天津重要讲话精神。
    """
    data = phrase_data(ctx.profile)
    clean = _clean_blocks(ctx)
    read = []  # (block, its clean view, the text read, its bigrams)
    for block in _body(ctx):
        view = clean.get(block.index)  # read without debris (a watermark mid-phrase)
        text = view.block if view is not None else block
        read.append((block, view, text, _bigram_index(text.text, data)))
    # the phrases no paragraph can hold a candidate of (too few of their bigrams anywhere)
    possible = _possible(data, set().union(*(index for *_, index in read)))
    for block, view, text, index in read:
        for g in near_misses(text, data, index, possible):
            kind = _describe(g.found, g.expected)
            start, end = view.span(g.start, g.end) if view is not None else (g.start, g.end)
            yield ctx.diagnostic(
                f"规范表述疑有{kind}：「{g.found}」应为「{g.expected}」",
                block,
                start,
                end,
                suggestion=g.expected,
                fix=g.expected if g.certain and view is None else None,
                data={"phrase": g.phrase, "distance": g.cost},
            )


# -- P103 ---------------------------------------------------------------------------------------

_YEARS_RE = BRACKETED_YEAR_RANGE


def _editions(item: dict[str, Any]) -> list[tuple[int, int]]:
    found = []
    for edition in item.get("editions", ()) or ():
        years = re.findall(r"\d{4}", str(edition))
        if len(years) == 2:
            found.append((int(years[0]), int(years[1])))
    return found


@check(
    "P103",
    "plan-citation-years",
    Severity.ERROR,
    "引用纲要、规划的年份有误或已过期（如“纲要（2022—2025年）”）",
)
def plan_citation_years(ctx: CheckContext) -> Iterator[Diagnostic]:
    """引用纲要、规划时年份不是该文件的任何一版，或引用了已过期的版本。

    检查什么：《法治政府建设实施纲要（2022—2025年）》——没有这一版（已有版本为2015—2020年、2021—2025年）：
    报告为错误，建议写法是覆盖报告年度的版本年份。报告年度比所引版本的截止年份晚两年以上、且已有更新版本
    覆盖该年度时（2023年度报告引用《…纲要（2015—2020年）》），报告为警告：引用了被取代的版本。带地方前缀的
    版本（《天津市法治政府建设实施纲要（2021—2025年）》）同样检查。年份正确但漏了「年」（「纲要（2021—2025）」）为警告并给出修正；
    报告中从未写明版本、只以标题引用有多个版本的规划（《法治政府建设实施纲要》）也为警告。
    规划及其版本是数据：配置方案中的 ``phrases.citations``。

    为什么：引用的文件版本不存在或已过期，说明照抄旧材料或笔误，读者会对报告的严谨产生怀疑。

    不报告：年份之间的连接号用得对不对，由 T102 检查。

    错误示例：
        天津市某区2024年度法治政府建设情况报告
        深入贯彻落实《法治政府建设实施纲要（2022—2025年）》。

    正确示例：
        天津市某区2024年度法治政府建设情况报告
        深入贯彻落实《法治政府建设实施纲要（2021—2025年）》。
    """
    year = _report_year(ctx)
    for item in ctx.profile.get("phrases.citations", []) or []:
        editions = _editions(item)
        name = str(item.get("name", ""))
        if not editions or not name:
            continue
        regex = re.compile(re.escape(name) + _YEARS_RE)
        if len(editions) > 1:
            yield from _cited_without_years(ctx, name, editions, regex, year)
        for block in _body(ctx):
            for m in regex.finditer(block.text):
                y1, y2 = int(m.group(1)), int(m.group(3))
                s, e = m.start(1), m.end(3)
                current = [ed for ed in editions if year is not None and ed[0] <= year <= ed[1]]
                if (y1, y2) not in editions:
                    target = (current or _closest(editions, (y1, y2)))[0]
                    fixed = f"{target[0]}{m.group(2)}{target[1]}"
                    yield ctx.diagnostic(
                        f"《{name}》的年份“{y1}—{y2}年”有误：该文件的版本为"
                        + "、".join(f"（{a}—{b}年）" for a, b in editions),
                        block,
                        s,
                        e,
                        suggestion=fixed,
                        fix=fixed if current else None,
                        data={"cited": [y1, y2], "editions": editions},
                    )
                elif "年" not in m.group()[m.end(3) - m.start() :]:
                    # the edition is right but its 「年」 was lost: 「纲要（2021—2025）」
                    yield ctx.diagnostic(
                        f"《{name}》的年份“{y1}—{y2}”后缺少“年”：文件名称中的年份写作"
                        f"（{y1}—{y2}年）",
                        block,
                        s,
                        e,
                        suggestion=f"{m.group()[m.start(1) - m.start() : m.end(3) - m.start()]}年",
                        fix=f"{m.group()[m.start(1) - m.start() : m.end(3) - m.start()]}年",
                        severity=Severity.WARNING if ctx.severity == ctx.check.severity else None,
                        data={"cited": [y1, y2], "missing": "年"},
                    )
                elif year is not None and year >= y2 + 2 and current and current[0] != (y1, y2):
                    a, b = current[0]
                    fixed = f"{a}{m.group(2)}{b}"
                    yield ctx.diagnostic(
                        f"{year}年度的报告引用了已到期的《{name}（{y1}—{y2}年）》；"
                        f"现行版本为（{a}—{b}年）（如系回顾性引用可忽略）",
                        block,
                        s,
                        e,
                        suggestion=fixed,
                        severity=Severity.WARNING if ctx.severity == ctx.check.severity else None,
                        data={"cited": [y1, y2], "current": [a, b]},
                    )


def _cited_without_years(
    ctx: CheckContext,
    name: str,
    editions: list[tuple[int, int]],
    with_years: re.Pattern[str],
    year: int | None,
) -> Iterator[Diagnostic]:
    """《…纲要》 cited by title without its years, where the report never names the edition:
    a plan with several editions is cited with its years (one finding, at the first place)."""
    bare = _literal_title(name)
    closed = name + "》"  # in every match: a paragraph without it is not searched
    places = [(b, m) for b in _body(ctx) if closed in b.text for m in bare.finditer(b.text)]
    if not places or any(with_years.search(b.text) for b in _body(ctx)):
        return
    current = [ed for ed in editions if year is not None and ed[0] <= year <= ed[1]]
    block, m = places[0]
    shown = "、".join(f"（{a}—{b}年）" for a, b in editions)
    example = f"《{name}（{current[0][0]}—{current[0][1]}年）》" if current else None
    yield ctx.diagnostic(
        f"引用《{name}》未写明版本年份：该文件有{shown}等版本，全文未写明所引的是哪一版"
        + (f"（全文共{len(places)}处）" if len(places) > 1 else ""),
        block,
        m.start(),
        m.end(),
        suggestion=f"首次引用时写明年份，如{example}" if example else "首次引用时写明年份",
        severity=Severity.WARNING if ctx.severity == ctx.check.severity else None,
        related=[Span(b.index, x.start(), x.end()) for b, x in places[1:]],
        data={"name": name, "editions": editions},
    )


@lru_cache(maxsize=64)
def _literal_title(name: str) -> re.Pattern[str]:
    """《name》 (with any prefix such as a place name) closed right after the name."""
    return re.compile(f"《[^《》]{{0,12}}?{re.escape(name)}》")


def _closest(editions: list[tuple[int, int]], cited: tuple[int, int]) -> list[tuple[int, int]]:
    return sorted(editions, key=lambda ed: (abs(ed[0] - cited[0]) + abs(ed[1] - cited[1]), -ed[1]))


# -- P104 ---------------------------------------------------------------------------------------


def _wording_regex(item: dict[str, Any]) -> re.Pattern[str] | None:
    if "regex" in item:
        return re.compile(str(item["regex"]))
    text = item.get("text")
    if not isinstance(text, str) or not text:
        return None
    return re.compile("".join("[、，,]?" if c in _FREE else re.escape(c) for c in text))


@check(
    "P104",
    "outdated-wording",
    Severity.WARNING,
    "过时或不规范的表述（如2015年纲要的目标表述、“三个自信”、“法制政府”）",
)
def outdated_wording(ctx: CheckContext) -> Iterator[Diagnostic]:
    """已被替换（自某报告年度起）或本身就不正确的表述。

    检查什么（全国方案）：2021年及以后的报告中仍用2015年纲要的目标「……廉洁高效、守法诚信」（现为
    「……智能高效、廉洁诚信、人民满意」）；「三个自信」（2016年起为四个）；把「法治政府」写成「法制政府」；
    以及提示级别的：2021年及以后的报告中的「全面依法治国新理念新思想新战略」（现为「习近平法治思想」）、
    2023年及以后的报告中学习「党的十九大精神」。清单是配置方案中的 ``phrases.outdated``：``text``（顿号可省）
    或 ``regex``、``replacement``、``from-year``、``severity`` 和理由。

    为什么：过时的表述说明沿用了旧材料，没有跟上现行的提法。

    错误示例：
        天津市某区2023年度法治政府建设情况报告
        加快建设职能科学、权责法定、执法严明、公开公正、廉洁高效、守法诚信的法治政府。

    正确示例：
        天津市某区2023年度法治政府建设情况报告
        加快建设职能科学、权责法定、执法严明、公开公正、智能高效、廉洁诚信、人民满意的法治政府。
    """
    year = _report_year(ctx)
    for item in ctx.profile.get("phrases.outdated", []) or []:
        if not _applies({"from-year": item.get("from-year")}, year):
            continue
        regex = _wording_regex(item)
        if regex is None or not ctx.views.body_index.may_match(regex):
            continue
        replacement = item.get("replacement")
        target = str(replacement) if replacement else None
        why = item.get("why")
        hits = [(b, m) for b in _body(ctx) for m in finditer(regex, b.text)]
        if not hits:
            continue
        # one wording used throughout is one finding, at its first place
        block, m = hits[0]
        found = m.group()
        count = f"（全文共{len(hits)}处）" if len(hits) > 1 else ""
        fix = target if target is not None and "regex" not in item and len(hits) == 1 else None
        yield ctx.diagnostic(
            f"表述“{found}”已过时或不规范{count}"
            + (f"，应为“{target}”" if target else "")
            + (f"：{why}" if why else ""),
            block,
            m.start(),
            m.end(),
            suggestion=target or "改用现行的规范表述",
            fix=fix,
            severity=_entry_severity(ctx, item),
            related=[Span(b.index, x.start(), x.end()) for b, x in hits[1:]],
            data={"wording": found, "count": len(hits)},
        )


# -- P105 ---------------------------------------------------------------------------------------


@check(
    "P105",
    "request-in-report",
    Severity.WARNING,
    "报告中夹带请示性语句（如“妥否，请批示”）",
)
def request_in_report(ctx: CheckContext) -> Iterator[Diagnostic]:
    """报告中夹带请示性语句：「妥否，请批示」「请予审批」「特此请示」。

    检查什么：《党政机关公文处理工作条例》区分报告（汇报工作，不要求答复）和请示（请求指示、批准），
    规定报告中不得夹带请示事项。这些语句是配置方案中的 ``phrases.request-phrases``（正则表达式）。

    为什么：报告夹带请示事项，收文机关不会作答复处理，请示的事项因此落空，也不符合公文规范。

    不报告：标题为“请示”的文件。

    错误示例：
        天津市某区2024年度法治政府建设情况报告
        以上报告，妥否，请批示。

    正确示例：
        天津市某区2024年度法治政府建设情况报告
        特此报告。
    """
    title = ctx.outline.title_text or ""
    if "请示" in title:
        return
    patterns = [re.compile(p) for p in ctx.profile.get("phrases.request-phrases", []) or []]
    patterns = [p for p in patterns if ctx.views.body_index.may_match(p)]
    if not patterns:
        return
    for block in _body(ctx):
        hits = sorted(
            (m for pattern in patterns for m in finditer(pattern, block.text)),
            key=lambda m: (m.start(), -m.end()),
        )
        end = -1
        for m in hits:
            if m.start() < end:
                continue  # the same request matched by a shorter pattern
            end = m.end()
            yield ctx.diagnostic(
                f"报告中出现请示性语句“{m.group()}”：报告不得夹带请示事项，需要批示的事项应另行请示",
                block,
                m.start(),
                m.end(),
                suggestion="删除请示性语句，结尾可用“特此报告。”",
            )


# -- P106 -----------------------------------------------------------------------------------------

_LIST_GAP_RE = re.compile(r"^[、，,和与及“”\"\s]*$")
_QUOTE_BEFORE = "“\"‘'「 \u3000"


@check(
    "P106",
    "enumeration-misquoted",
    Severity.WARNING,
    "固定提法（四个意识、四个自信、两个维护、两个确立）列举不全、顺序不对或搭配错误",
)
def enumeration_misquoted(ctx: CheckContext) -> Iterator[Diagnostic]:
    """固定提法列举不全、顺序不对，或用了另一个提法的动词。

    检查什么：列举了某一提法的部分成员而非全部（「增强政治意识、大局意识、核心意识」缺看齐意识），或成员齐全
    但顺序不同；以及提法前用了另一个提法的动词（「增强“四个自信”」——固定搭配是增强“四个意识”、坚定
    “四个自信”、做到“两个维护”、深刻领悟“两个确立”）。这些提法是数据（``phrases.enumerations``：名称、
    依次列出的成员、动词）；较长成员的错字由 P102 检查。

    为什么：固定提法须完整、按序、搭配正确地引用，写错是政治性差错。

    错误示例：
        天津市某区2024年度法治政府建设情况报告
        增强“四个自信”、坚定“四个意识”，牢固树立政治意识、大局意识、核心意识。

    正确示例：
        天津市某区2024年度法治政府建设情况报告
        增强“四个意识”、坚定“四个自信”，牢固树立政治意识、大局意识、核心意识、看齐意识。
    """
    data = phrase_data(ctx.profile)
    wrong_verbs = []  # each enumeration with the verbs of the others, longest first
    for enum in data.enumerations:
        others = {v for e in data.enumerations if e is not enum for v in e.verbs}
        wrong_verbs.append((enum, sorted(others - set(enum.verbs), key=len, reverse=True)))
    # what the body holds at all (searched once): a list needs two members, a verb slip the name
    index = ctx.views.body_index
    present = []  # (enumeration, its wrong verbs, whether two of its members occur)
    for enum, wrong in wrong_verbs:
        listed = sum(index.may_match(_literal(m)) for m in enum.members) >= 2
        if listed or index.may_match(_literal(enum.name)):
            present.append((enum, wrong, listed))
    if not present:
        return
    for block in _body(ctx):
        text = block.text
        for enum, wrong, listed in present:
            if listed:
                yield from _member_lists(ctx, block, enum)
            for m in _literal(enum.name).finditer(text):
                k = m.start()
                while k > 0 and text[k - 1] in _QUOTE_BEFORE:
                    k -= 1
                before = text[:k]
                if any(before.endswith(v) for v in enum.verbs):
                    continue
                verb = next((v for v in wrong if before.endswith(v)), None)
                if verb is None or not enum.verbs:
                    continue
                yield ctx.diagnostic(
                    f"搭配不当：“{verb}”不与“{enum.name}”搭配，应为“{enum.verbs[0]}“{enum.name}””",
                    block,
                    k - len(verb),
                    k,
                    suggestion=enum.verbs[0],
                    fix=enum.verbs[0],
                    data={"enumeration": enum.name, "verb": verb},
                )


def _member_lists(ctx: CheckContext, block: Block, enum: Enumeration) -> Iterator[Diagnostic]:
    text = block.text
    hits = sorted(
        (m.start(), m.end(), member)
        for member in enum.members
        for m in _literal(member).finditer(text)
    )
    groups: list[list[tuple[int, int, str]]] = []
    for hit in hits:
        if groups and _LIST_GAP_RE.match(text[groups[-1][-1][1] : hit[0]]):
            groups[-1].append(hit)
        else:
            groups.append([hit])
    for group in groups:
        names = [h[2] for h in group]
        if len(group) < 2 or len(set(names)) != len(names):
            continue
        start, end = group[0][0], group[-1][1]
        full = "、".join(enum.members)
        missing = [m for m in enum.members if m not in names]
        if missing:
            message = f"“{enum.name}”列举不全，缺少" + "、".join(f"“{m}”" for m in missing)
        elif names != list(enum.members):
            message = f"“{enum.name}”的列举顺序与规范表述不一致"
        else:
            continue
        yield ctx.diagnostic(
            f"{message}：「{snippet(block, start, end, pad=4)}」；规范表述为“{full}”",
            block,
            start,
            end,
            suggestion=full,
            data={"enumeration": enum.name, "missing": missing},
        )
