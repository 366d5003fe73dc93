"""A figure picked up again in a later paragraph under the same heading (issue 9).

A report often states a whole in one paragraph and its parts, rate, change or outcome in a
later one: 「全年收到行政复议申请213件，受理189件。」 … 「在受理的189件案件中，已审结194件…」.
Each relation rule judges one paragraph; this module finds the later paragraph that picks a
figure up again and reads it after the paragraph that stated it, with the same rules
(:func:`analyze_block`), keeping only what links a figure of each paragraph.

The earlier paragraph is the nearest one before it under the same heading that holds a
figure its first sentence repeats (the same number and unit: 「受理的189件中」), or else, for a
paragraph opening with a reference back or a dimension (「截至年底，上述…」「从适用程序看，」),
the one whose figure of the unit of its first figure shares most words with its opening (the
nearest such one when none shares two characters), or else the paragraph right before it. A figure
repeated is the earlier one: it is not counted again. A reading that spans two paragraphs is
never more than a warning, and only what links a figure of each paragraph is kept (what lies
within one paragraph its own reading reports). The pair is read as two sentences; when the
later paragraph goes on with the earlier one (it opens no item 「4.」「（三）」「一是」 and no
statement 「全年」「2024年」「截至」), also as one sentence (the full stop read as a
semicolon), so a list of parts or shares begun before keeps its whole; and when it opens by
naming the set counted last in the earlier one and no other count there (「上述争议中，」
「在转办的工单中，」), also as that count's 其中 list. Every paragraph is read again at most
once, with one earlier paragraph, in at most three readings of bounded length: the work
stays linear. A paragraph after one that ends its sentence, opening with a title of its own
(a short first sentence without a figure, numbered or not: 「2.提升执法监督平台功能。」) and
naming no figure again, is not read with it (see :func:`_new_item`): it starts a subject of
its own.

The paragraph's own reading is judged in that context too. A contradiction it reports alone
that the two paragraphs read together do not report within the later paragraph was a
reading without the figures it needs (「反映其他事项的115件，占18.5%」 whose whole 620件
stands in the paragraph before): read together it fits, or it involves a figure of the
earlier paragraph and is reported as such; it is dropped. One in a paragraph that opens by
pointing back (「上述案件中」「审结案件中，」「其中」「这些」) without repeating a figure is
kept at warning, since the figures it names may be the earlier ones.

Session 31 (s31-yoy): a change whose own paragraph restates the period compared with after
it (「3.烈山区共发生3起事故,…事故起数同比上升200%,…;(2021年1-8月份共发生1起事故,死亡1人);」,
:data:`_OWN_BASE_AFTER_RE`: a bracket opening with a year, or 上年/去年 opening a clause, with
a figure) has its base there: a reading across paragraphs that takes no figure after the
change in its paragraph (the item before's bracket) is dropped; one that takes the restated
base, its current figure in the paragraph before (「退税3.62亿元。」…「同比增长18.5%（上年为3.12
亿元）」, blind10 V042, blind7 S085 and four more of blind1–44), is kept. Counts (real19–42 | real43–48 | real49–54 | real55–57 | blind1–44 | own10–26): warnings
on consistent 0 | 0 | 0 | −1 (real57 KT005) | 0 | 0; nothing else changed (a first version
without the second condition lost those six blind finds).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import replace
from decimal import Decimal

from ...model import BlockKind, Document, Severity
from ..quantities import (
    BlockQuantities,
    Lexicon,
    Quantity,
    extract,
    extract_joined,
    load_lexicon,
)
from .common import (
    Relation,
    Verdict,
    common_substring,
    counted_noun,
    link_filler_re,
    map_back,
    respective_words,
    same_thing,
)
from .flow import speaks_of_carry_over, stock_role, stock_source
from .kinds import names_other_kind
from .partition import _DIMENSION_RE, _statement_openers, opens_axis
from .rates import _ITEM_OPENING_RE

# after a change, the period it compares with restated in its own paragraph: a bracket
# opening with a year, or 上年/去年 opening a clause, with a figure in that clause
_OWN_BASE_AFTER_RE = re.compile(
    r"(?:[（(]\s*(?:19|20)[0-9]{2}\s*年|(?:^|(?<=[，,；;。（(]))\s*(?:上年|去年|上一年度?))"
    r"[^，,；;。）)]{0,30}?[0-9]"
)
# the paragraphs a pick-up looks back over (under the same heading)
LOOK_BACK = 4
# the longest pair read together (characters): longer paragraphs are lists, not pick-ups
MAX_PAIR = 2400
_SENTENCE_END_RE = re.compile(r"[。！？!?；;]")
# a short line without a sentence end: a heading, which starts another subject
_HEADING_MAX = 40
# codes that already look across paragraphs by themselves
_OWN_REACH = frozenset({"N203"})
# a paragraph that opens by pointing back at figures stated before it: 上述/这些/其中/以上,
# 「在…中，」 or 「…的N件中，」 / 「…案件中，」 within its first clause
_POINTS_BACK_RE = re.compile(
    r"^(?:上述|这些|其中|以上|前述|在[^，,。；]{0,30}中[，,]|[^，,。；]{0,30}中[，,])"
)


def _is_heading(text: str) -> bool:
    text = text.strip()
    return len(text) <= _HEADING_MAX and not text.endswith(("。", "；", ";", "！", "？"))


_HEADING_FIGURES = "relations.heading_figures"  # the key of the list in Document.cache


def with_recent(
    document: Document, extracted: Sequence[BlockQuantities], look_back: int
) -> Iterator[tuple[BlockQuantities, list[BlockQuantities]]]:
    """Each body paragraph with figures and the (at most ``look_back``) ones before it under
    the same heading: the window a reading across paragraphs looks back into."""
    recent: list[BlockQuantities] = []
    for bq in heading_figures(document, extracted):
        if bq is None:
            recent = []
            continue
        yield bq, recent
        recent = [*recent, bq][-look_back:]


def heading_figures(
    document: Document, extracted: Sequence[BlockQuantities], skip: Collection[int] = ()
) -> list[BlockQuantities | None]:
    """The body paragraphs that hold figures, in order, and None where a heading starts: every
    reading across paragraphs keeps its window under one heading, so it empties it on None.
    Listed once per document and extraction (seven readings across paragraphs walk it); the
    list is shared: not to be changed."""
    skipped = frozenset(skip)
    kept = document.cache.get(_HEADING_FIGURES)
    if kept is not None and kept[0] is extracted and kept[1] == skipped:
        found: list[BlockQuantities | None] = kept[2]
        return found
    by_block = {bq.block: bq for bq in extracted}
    found = []
    for block in document.blocks:
        if block.kind is not BlockKind.PARAGRAPH or block.index in skipped:
            continue
        if _is_heading(block.text):
            found.append(None)
            continue
        bq = by_block.get(block.index)
        if bq is not None and bq.quantities:
            found.append(bq)
    # (the extraction is kept with the list: its identity says the list is its own)
    document.cache[_HEADING_FIGURES] = (extracted, skipped, found)
    return found


def _first_sentence(text: str) -> str:
    m = _SENTENCE_END_RE.search(text)
    return text[: m.end()] if m else text


def _keys(bq: BlockQuantities, end: int | None = None) -> frozenset[tuple[str, str]]:
    """(number, unit) of the countable figures of a block (before ``end``); those of the
    whole block are kept with it (a paragraph is looked back at by up to :data:`LOOK_BACK`
    later ones, each figure's number written out again each time)."""
    if end is None:
        cached: frozenset[tuple[str, str]] | None = bq.__dict__.get("_pickup_keys")
        if cached is None:
            cached = bq.__dict__["_pickup_keys"] = _keys_before(bq, None)
        return cached
    return _keys_before(bq, end)


def _keys_before(bq: BlockQuantities, end: int | None) -> frozenset[tuple[str, str]]:
    return frozenset(
        (str(q.value), q.unit)
        for q in bq.quantities
        if q.kind in ("count", "money", "measure", "time")
        and not q.quoted
        and (end is None or q.num_start < end)
    )


def pickup_relations(
    document: Document,
    extracted: Sequence[BlockQuantities],
    lex: Lexicon,
    analyze: Callable[[BlockQuantities, Lexicon], list[Relation]],
    pieces: Collection[int] = (),
    standalone: list[Relation] | None = None,
) -> list[Relation]:
    """Relations between a figure of one paragraph and figures of a later paragraph under
    the same heading that picks it up (``analyze`` judges one block; ``pieces`` are blocks
    that continue a paragraph cut in the middle of a clause, read with it elsewhere).

    ``standalone`` (the relations each paragraph gave alone) is judged in place: a
    contradiction of a later paragraph that its reading with the earlier one does not repeat
    is removed, one of a paragraph that points back is made a warning."""
    out: list[Relation] = []
    # the paragraphs with a contradiction of their own that a pair reading judges
    mine = {
        rel.block
        for rel in standalone or ()
        if rel.verdict is Verdict.CONTRADICTION and rel.code not in _OWN_REACH
    }
    # (code, span) of the contradictions each later paragraph shows when read in context
    seen: dict[int, set[tuple[str, tuple[int, int]]]] = {}
    pointing: set[int] = set()
    # the figures of a later paragraph that name an earlier one again (「转办的1840件中」)
    named: dict[int, list[tuple[int, int]]] = {}
    # body paragraphs under the current heading, most recent last (block, its quantities)
    recent: list[BlockQuantities] = []
    # the body paragraph after each, under the same heading (its text)
    following: dict[int, str] = {}
    for bq in heading_figures(document, extracted, pieces):
        if bq is None:
            recent = []
            continue
        if recent:
            following[recent[-1].block] = bq.text
        earlier = _picked_from(bq, recent)
        if earlier is not None and len(earlier.text) + len(bq.text) <= MAX_PAIR:
            if _new_item(bq, earlier, mine):
                recent = [*recent, bq][-LOOK_BACK:]
                continue
            within: set[tuple[str, tuple[int, int]]] = set()
            out.extend(_across(earlier, bq, lex, analyze, within))
            seen[bq.block] = within
            named[bq.block] = [(q.num_start, q.end) for q in _repeated(bq, earlier)]
            if _POINTS_BACK_RE.match(bq.text.strip()) and not _repeats(bq, earlier):
                pointing.add(bq.block)
        recent = [*recent, bq][-LOOK_BACK:]
    # 「全年共审结…93件…」 read with 「新收…86件」 before it: more concluded than came in, a
    # warning unless carry-over is told — also in the paragraph right after the pair
    # (「审结的案件中包含上年结转的11件」)
    out = [
        rel
        for rel in out
        if not (
            rel.code == "N107"
            and rel.severity is Severity.WARNING
            and speaks_of_carry_over(lex, following.get(rel.block, ""))
        )
    ]
    if standalone is not None:
        kept = []
        for rel in standalone:
            # (a rule that looks across paragraphs by itself, N203, is not read in pairs:
            # its findings are neither confirmed nor dropped here)
            if (
                rel.verdict is Verdict.CONTRADICTION
                and rel.block in seen
                and rel.code not in _OWN_REACH
            ):
                if (rel.code, rel.span) not in seen[rel.block] and not _names_again(
                    rel, named[rel.block]
                ):
                    continue  # the earlier paragraph holds the figures that make it fit
                if rel.block in pointing and rel.severity is Severity.ERROR:
                    rel = replace(rel, severity=Severity.WARNING)
            kept.append(rel)
        standalone[:] = kept
        # 「…举报3618件…」 … 「受理消费者举报3618件，…增加433件，举报量增长12%」: a finding the
        # paragraph reports by itself (its own copy of the figure named again) is not
        # reported a second time from the pair
        own = {(rel.block, rel.code, rel.span) for rel in kept}
        out = [rel for rel in out if (rel.block, rel.code, rel.span) not in own]
    return out


# a paragraph opening a numbered item of a list: 「2.」「3、」「（三）」「(4)」「一是」「二、」 (not a
# year: 「2024年」 opens a statement that may compare with the paragraph before)
_NUMBERED_ITEM_RE = re.compile(
    r"^[ 　]*(?:[0-9０-９]{1,2}[ 　]*[.．、](?![0-9０-９])|[（(][一二三四五六七八九十0-9０-９]{1,3}[）)]"
    r"|[一二三四五六七八九十]{1,3}[是、])"
)


def _new_item(bq: BlockQuantities, earlier: BlockQuantities, mine: Collection[int]) -> bool:
    """Does ``bq`` open with a title of its own, numbered or not (「2.提升执法监督平台功能。」
    「人力社保部门坚持公正文明执法，完善和谐劳动关系治理体系。」: a short first sentence
    without a figure), and so start a subject of its own? Not when the paragraph before it
    does not end its sentence (it may go on with it), when it names a figure of ``earlier``
    again, when it or what follows its title points back or names the dimension of a split
    (「上述案件均已办结。」「按审理程序区分，」), or when it has a contradiction of its own to
    judge (``mine``). Such a paragraph read with the one before it links none of its figures
    to that one's (none of 421 such pairs across the seed reports, the corpus and the
    statistics sets 1-16 did), so the pair is not read: the pair readings are the costliest
    part of the statistics view."""
    if bq.block in mine or not earlier.text.rstrip().endswith(_ENDS):
        return False
    item = _NUMBERED_ITEM_RE.match(bq.text)
    opened = item.end() if item else 0
    rest = bq.text[opened:]
    title = _first_sentence(rest)
    end = opened + len(title)
    return (
        title.endswith("。")
        and len(title) <= _HEADING_MAX
        # no figure, in digits or in words (「一百四十件」「百分之九十五」)
        and _DIGIT_RE.search(title) is None
        and not any(opened <= q.num_start < end for q in bq.quantities)
        and not _opens_back(rest)
        and not _opens_back(rest[len(title) :])
        and not _repeats(bq, earlier)
    )


_ENDS = ("。", "！", "？", "!", "?")
_DIGIT_RE = re.compile(r"[0-9０-９%％]")


# 「上述争议中，」「以上案件中，」「这些工单中，」「在转办的工单中，」「在上述纠纷中，」: a
# paragraph opening by naming a set of the paragraph before it
_BACK_REFERENCE_RE = re.compile(
    r"^(?:在?(?:上述|以上|前述|这些)|在)(?P<noun>[\u4e00-\u9fff]{1,10}?)(?<![其集])(?:中|当中)[，,]"
)


def _shares_noun(noun: str, q: Quantity) -> bool:
    """Does the set named (「争议」「转办的工单」) share two characters in a row with what the
    figure counts or its verb (「涉企行政争议」「转办」)?"""
    words = q.phrase + q.verb
    if any(noun[i : i + 2] in words for i in range(len(noun) - 1)):
        return not names_other_kind(noun, q.phrase + q.after)  # not 行政复议 for 行政诉讼
    return False


def _goes_on(text: str) -> bool:
    """Does a paragraph go on with the sentence before it, rather than open an item or a
    statement of its own (「8.」「（三）」「一是」「2024年度…」「全年…」「截至…」「行政管理类别：」)?"""

    opening = text.lstrip(" 　")
    return not (
        _ITEM_OPENING_RE.search(opening[:12])
        or opening.startswith(_statement_openers())
        or _LABEL_OPENING_RE.match(opening)
    )


# a paragraph opened by a label of its own and a colon (「案件类型情况：」「行政管理类别：」):
# a breakdown of its own, not the sentence before it going on — a name only: no word that
# points back or leads to a list (上述…分别为：, 其中：, 主要包括：), no 为/是/的, no numeral
# (「审查结论分为三种情形：」 announces the items of the whole before it)
_LABEL_OPENING_RE = re.compile(
    r"(?![\u4e00-\u9fff]{0,10}?(?:上述|以上|这些|前述|其中|主要|包括|具体|分别|以下|如下))"
    r"(?:(?![为是的一二两三四五六七八九十])[\u4e00-\u9fff]){4,10}[：:]"
)


def _repeated(later: BlockQuantities, earlier: BlockQuantities) -> list[Quantity]:
    """The figures of the first sentence of ``later`` that repeat one of ``earlier`` — not a
    figure whose place in the year's stock differs from every equal one there (「另有上年结转
    案件9件。」 … 「尚有9件在审」「其中终止调解9件」: what is still open or concluded is not
    what was carried in)."""
    stated = _keys(earlier)
    first_end = len(_first_sentence(later.text))
    same = [
        q for q in later.quantities if q.num_start < first_end and (str(q.value), q.unit) in stated
    ]
    if not same:
        return same
    lex = load_lexicon()
    # the earlier figures of each repeated value, gathered in one pass
    keys = {(q.value, q.unit) for q in same}
    equal: dict[tuple[Decimal, str], list[Quantity]] = {}
    for p in earlier.quantities:
        if (p.value, p.unit) in keys:
            equal.setdefault((p.value, p.unit), []).append(p)

    def other_place(q: Quantity) -> bool:
        role = stock_role(lex, q, later.text)
        theirs = {stock_role(lex, p, earlier.text) for p in equal.get((q.value, q.unit), ())}
        # (the carried-in cases are named again by their carry-over words: 「上年结转的14件」)
        return (bool(role) and not theirs & {"", role}) or (theirs == {"carry"} and role != "carry")

    def other_thing(q: Quantity) -> bool:
        # 「…服装鞋帽类49件…」 … 「…文化娱乐体育服务类49件，分别占…的27.5%、14.7%、13.9%」: a
        # figure a 分别 run of shares pairs with by its place, equal to an earlier one that
        # counts another thing, is no figure named again
        stop = _SENTENCE_END_RE.search(later.text, q.end)
        rest = later.text[q.end : stop.start() if stop else len(later.text)]
        if not any(w in rest for w in respective_words()):
            return False
        noun = counted_noun(q, later.text)[0]
        return not any(
            same_thing(counted_noun(p, earlier.text)[0], noun)
            for p in equal.get((q.value, q.unit), ())
        )

    return [q for q in same if not other_place(q) and not other_thing(q)]


def _names_again(rel: Relation, named: Sequence[tuple[int, int]]) -> bool:
    """Does a paragraph's own finding use a figure it names again (「转办的1840件中，已办结
    1722件，在办132件」)? Its reading then stands by itself: the whole is named in it."""
    spans = [rel.span] + [(s.start, s.end) for s in rel.involved if s.block == rel.block]
    return any(a < e and s < b for a, b in spans for s, e in named)


def _repeats(bq: BlockQuantities, earlier: BlockQuantities) -> bool:
    """Does the first sentence of ``bq`` name a figure of ``earlier`` (「受理的189件中」)?"""
    return bool(_repeated(bq, earlier))


def _picked_from(bq: BlockQuantities, recent: Sequence[BlockQuantities]) -> BlockQuantities | None:
    """The earlier paragraph ``bq`` picks a figure up from, if any."""
    if not recent:
        return None
    first = _first_sentence(bq.text)
    repeated = _keys(bq, len(first))
    # 「按信件类型分类：…」 after 「其中按信访目的分类：…」: another split of the whole that one
    # splits, not of one of its items (an equal number there is no figure named again)
    axis = opens_axis(bq.text)
    for earlier in reversed(recent):
        if axis and opens_axis(earlier.text):
            continue
        if repeated & _keys(earlier):
            return earlier
    if _opens_back(bq.text):
        # 「从适用程序看，…」「截至年底，上述申诉…」 after a paragraph on something else (培训12场):
        # the nearest paragraph that counts in the unit of the first figure here
        first_q = next(
            (q for q in bq.quantities if q.kind in ("count", "money") and not q.quoted), None
        )
        lex = load_lexicon()
        if first_q is not None:
            # the paragraph whose figure of that unit shares most words with the opening
            # clause (受理 in 「按受理渠道区分」 and 「受理劳动人事争议案件」), else the nearest
            opening = first[: first_q.end][-_OPENING_WORDS:]
            best, best_score = None, 1
            for earlier in reversed(recent):
                if axis and opens_axis(earlier.text):
                    continue  # (as above)
                scores = [
                    common_substring(opening, q.phrase + q.verb)
                    for q in earlier.quantities[-_FIGURES_COMPARED:]
                    # (名 and 人 count the same people: numbers.toml same-unit)
                    if lex.same_units(q.unit, first_q.unit)
                    and q.kind == first_q.kind
                    and not q.quoted
                ]
                if not scores:
                    continue
                if best is None:
                    best = earlier  # the nearest, unless another shares more
                if max(scores) > best_score:
                    best, best_score = earlier, max(scores)
            if best is not None:
                return best

    return (
        _named_in(bq, len(first), recent)
        or stock_source(load_lexicon(), bq, recent)  # 「截至年底，已办结…，尚有…在办」
        or recent[-1]
    )


# figures of each side compared by their nouns when a paragraph names no earlier figure again
NAMED_FIRST = 12
NAMED_EARLIER = 60
# pairs of characters in a row shared with an earlier figure's nouns that make a link (one:
# 「信访」「复议」)
NAMED_SHARED = 1


def _link_words(q: Quantity) -> str:
    """What a figure counts, without the words any figure of a report may carry (全年, 共,
    累计, 较上年…: numbers.toml ``rates.link-filler``)."""
    return link_filler_re().sub("", q.phrase + q.verb)


def _named_in(
    bq: BlockQuantities, end: int, recent: Sequence[BlockQuantities]
) -> BlockQuantities | None:
    """The earlier paragraph (of ``recent``, not the one right before) whose figures share
    most of the nouns of this paragraph's first sentence, by the same unit or a rate on
    either side (「复议申请较上年的1,000件增长10%」 ← 「全年受理复议申请1,200件。」 with an
    unrelated paragraph between; 「办结率达99%。」 … 「受理信访事项450件，按期办结420件。」),
    or with the set the paragraph opens with (「在行政复议案件中，」), in any unit: chosen only
    when it shares more pairs of characters in a row than the paragraph right before.
    Linear: each paragraph's pairs of characters are indexed once, by unit."""
    if len(recent) < 2:
        return None
    mine = [
        (q, _bigrams(_link_words(q)))
        for q in bq.quantities
        if q.num_start < end and not q.quoted and q.kind in _LINKED_KINDS
    ][:NAMED_FIRST]
    # 「在行政复议案件中，」: the set the paragraph opens with names its whole, in any unit
    opening = _SCOPE_OPENING_RE.match(bq.text.strip())
    scope = _bigrams(link_filler_re().sub("", opening["noun"])) if opening else set()
    if not mine and not scope:
        return None

    def score(earlier: BlockQuantities) -> int:
        by_unit, rates, counted = _bigram_index(earlier)
        best = len(scope & counted)
        for q, own in mine:
            if q.kind == "percent":
                shared = own & (counted | rates)
            else:
                shared = own & (by_unit.get(q.unit, set()) | rates)
            best = max(best, len(shared))
        return best

    nearest = score(recent[-1])
    found, top = None, max(nearest, NAMED_SHARED - 1)
    for earlier in reversed(recent[:-1]):
        s = score(earlier)
        if s > top:
            found, top = earlier, s
    return found


def _bigrams(words: str) -> set[str]:
    return {words[i : i + 2] for i in range(len(words) - 1)}


def _bigram_index(bq: BlockQuantities) -> tuple[dict[str, set[str]], set[str], set[str]]:
    """The pairs of characters a paragraph's last figures are named by: by unit, those of
    its rates, and those of all its counted figures (computed once per paragraph)."""
    cached: tuple[dict[str, set[str]], set[str], set[str]] | None = bq.__dict__.get("_bigrams")
    if cached is None:
        by_unit: dict[str, set[str]] = {}
        rates: set[str] = set()
        counted: set[str] = set()
        theirs = [q for q in bq.quantities if not q.quoted and q.kind in _LINKED_KINDS]
        for e in theirs[-NAMED_EARLIER:]:
            pairs = _bigrams(_link_words(e))
            if e.kind == "percent":
                rates |= pairs
            else:
                by_unit.setdefault(e.unit, set()).update(pairs)
                counted |= pairs
        cached = bq.__dict__["_bigrams"] = (by_unit, rates, counted)
    return cached


_LINKED_KINDS = frozenset({"count", "money", "measure", "percent"})
_SCOPE_OPENING_RE = re.compile(r"(?:在|从)?(?P<noun>[^，,。；;]{2,30}?)(?:中|当中)[，,]")


_OPENING_WORDS = 40  # characters of the later paragraph compared with the earlier figures
_FIGURES_COMPARED = 12  # figures of each earlier paragraph compared (its last ones)


# a time frame before a reference back: 「截至年底，上述…」「年底前，这些…」
_FRAME_RE = re.compile(r"^(?:截至|截止|到)?(?:年底|年末|目前|12月底|12月31日)(?:前|时)?[，,]")


def _opens_back(text: str) -> bool:
    """Does a paragraph open by pointing back (上述/这些/…中，) or by naming the dimension a
    split follows (从…看，按…分，), after a time frame at most?"""

    opening = text.lstrip(" 　")
    frame = _FRAME_RE.match(opening)
    if frame:
        opening = opening[frame.end() :]
    return bool(
        _POINTS_BACK_RE.match(opening) or _DIMENSION_RE.match(opening) or _ASPECT_RE.match(opening)
    )


# an aspect named as the paragraph's topic: 「在经费构成上，」「在审理程序上，」「经费使用方面，」
_ASPECT_RE = re.compile(r"(?:在[^，,。；;]{2,12}?(?:上|方面)|[^，,。；;]{2,10}方面)[，,]")


def _across(
    earlier: BlockQuantities,
    later: BlockQuantities,
    lex: Lexicon,
    analyze: Callable[[BlockQuantities, Lexicon], list[Relation]],
    within: set[tuple[str, tuple[int, int]]],
) -> list[Relation]:
    """The relations of the two paragraphs read as one text that link a figure of each
    (``within`` receives the code and span of those that lie in the later paragraph only)."""
    pieces = [(earlier.block, earlier.text), (later.block, later.text)]
    # a figure the later paragraph repeats is the earlier one: its number is blanked (same
    # offsets), so no rule counts it twice
    text = later.text
    for q in _repeated(later, earlier):
        text = (
            text[: q.num_start]
            + "　" * (q.end - q.num_start - len(q.unit_text))
            + text[q.end - len(q.unit_text) :]
        )
    # two readings: the paragraphs as two sentences, and, when the later one goes on with
    # the earlier (no item or statement of its own), the earlier one's last full stop read
    # as a semicolon (same length, same offsets), so that a list of parts or shares begun
    # before it keeps its whole; the paragraph's own findings are judged by the last one. A
    # rate one reading finds consistent is not reported from the other (a rate that fits
    # when the list goes on is not a contradiction because the other reading cut it)
    readings = [(earlier.text, text)]
    if earlier.text.endswith("。") and _goes_on(later.text):
        readings.append((earlier.text[:-1] + "；", text))
    judge = len(readings) - 1
    # a later paragraph opening 「上述争议中，」 with a noun of the earlier paragraph's last
    # count, and of no other count there, names that count's whole: it is also read as its
    # 其中 list (same offsets)
    back = _BACK_REFERENCE_RE.match(text)
    last = [q for q in earlier.quantities if q.kind in ("count", "money") and not q.quoted]
    named = [q for q in last if back and _shares_noun(back["noun"], q)]
    if back and earlier.text.endswith("。") and last and named == last[-1:]:
        pad = "　" * (back.end() - len("其中，"))
        readings.append((earlier.text[:-1] + "，", pad + "其中，" + text[back.end() :]))
    cut = len(earlier.text)
    out: dict[tuple[str, tuple[int, int]], Relation] = {}
    fits: set[tuple[str, tuple[int, int]]] = set()
    spans_of: dict[tuple[str, tuple[int, int]], tuple[str, tuple[int, int]]] = {}
    # each reading's figures are put together from the paragraphs' own (each body text is
    # extracted once; the later paragraph's own extraction when nothing was blanked)
    bodies = {later.text: later}
    for k, (head, body) in enumerate(readings):
        judging = k == judge
        if body not in bodies:
            bodies[body] = extract(body, later.block, lex)
        joined = extract_joined(earlier, head, bodies[body], later.block, lex)
        for rel in analyze(joined, lex):
            if rel.verdict is Verdict.CONSISTENT and rel.kind == "rate":
                fits.add((rel.kind, rel.span))
            if rel.verdict is not Verdict.CONTRADICTION or rel.code in _OWN_REACH:
                continue
            if rel.data.get("worded"):
                continue  # a rate in words (七成以上) is read on its nearest terms only
            spans = [rel.span] + [(s.start, s.end) for s in rel.involved]
            mapped = map_back(rel, pieces)
            if all(a >= cut for a, _ in spans):
                if judging:
                    within.add((rel.code, mapped.span))
                continue  # within the later paragraph: its own reading reports it
            if not any(a >= cut for a, _ in spans):
                continue  # within the earlier paragraph
            if (
                rel.code == "N108"
                and mapped.block == later.block
                and _OWN_BASE_AFTER_RE.search(later.text, mapped.span[1]) is not None
                and not any(
                    s.block == later.block and s.start >= mapped.span[1] for s in mapped.involved
                )
            ):
                # 「…事故起数同比上升200%…；（2021年1-8月份共发生1起事故，死亡1人）」: a change
                # whose paragraph restates its period compared with after it has a base of
                # its own there, not in the paragraph before (a reading that takes that base,
                # its current figure before: 「…同比增长18.5%（上年为3.12亿元）」, is kept)
                continue
            # never more than a warning: the link between the paragraphs is a reading
            out.setdefault(
                (rel.code, rel.span),
                replace(
                    mapped,
                    severity=Severity.WARNING,
                    message=rel.message + "（所涉数字分处同一标题下的前后两段）",
                ),
            )
            spans_of[(rel.code, rel.span)] = (rel.kind, rel.span)
    return [r for key, r in out.items() if spans_of[key] not in fits]
