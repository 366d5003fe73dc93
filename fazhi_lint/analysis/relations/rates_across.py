"""A rate stated sentences or paragraphs after the figures it is computed from (issue 9).

「全区96个社区中已有91个建成公共法律服务工作室。」 … (another paragraph) … 「目前社区公共法律
服务工作室建成率达97.9%。」 (91 ÷ 96 = 94.8%): a rate that its own paragraph gives no reading
(:func:`.rates.rate_relations` found no figures it counts) is read against the part/whole
pairs stated before it in its paragraph and the paragraphs before it under the same heading
(at most :data:`LOOK_BACK`). A pair is found by the sentence's structure, not by a list of
nouns: 「N个X中(已)有M个…」, 「共有N个X，其中M个…」 or a 的-clause after its whole
(「审查合同214份，提出修改意见的61份」). The rate is linked to the pair whose part's words
share most characters with its name (at least two, 社区/建成/工作室), the part's words being
what sets it apart (建成…工作室): a rate of another thing of the same set (网格员配备率) stays
silent.

The rate fits when any pair of its name fits, also with what the text says was done since
(「其余5个已于12月底前建成」: (91＋5) ÷ 96). A rate of another set (全市 against 全区) or of
another year (2023年…建成率, 上年…) is not read against the pair, nor is a rate whose
numerator's sentence names a span of months (「2015年5月至当年底，…出庭应诉率为38%」) read
against the year's figures stated before it. A link made by shared
words only is a guess: never more than a warning. A warning a paragraph pick-up
(:mod:`.pickup`) gave on a rate that a pair here fits, or that names another set or year than
the pair, is dropped.

A percentage change stated after the figures it compares is read the same way
(:func:`changes_across`): 「全年发生火灾事故40起、受伤7人（上年分别为46起、9人）。」 …
「火灾起数和受伤人数分别下降13.0%和22.2%。」 Two more readings cross paragraphs under a
heading: a 个百分点 change against the nearest pair of rates that names the same rate
(:func:`points_across`), and a change whose sentence states its current figure against a
figure of last year of the same thing stated paragraphs later (:func:`priors_across`); both
are warnings. A change that names nothing (「同比下降9.3%」) is read against the pair of the
sentence right before it only (「…286件。上年同期为312件。同比下降9.3%。」). A 个百分点 change
is also read against a sentence of last year's rate and the rate of that name before it
(「据统计，2022年…出庭应诉率为88.5%」, :func:`_prior_sentence_pair`), and 翻番 whose sentence
states only its base against the current figure paragraphs before (:func:`_ratios_across`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal
from typing import Any

from ...grammar import YEAR_ASCII
from ...model import Document, Severity, Span
from ..cn_numbers import fmt
from ..quantities import BlockQuantities, Lexicon, Quantity, _replace
from .change import (
    _DOUBLED_RE,
    _LIST_JOINS,
    _PERIOD_WORDS_RE,
    _PRIOR_OPENING_RE,
    _YEAR_IN_TEXT_RE,
    _YEAR_PAIR_RE,
    _change_clause,
    _change_word_re,
    _comparison_sentence,
    _context,
    _difference_bounds,
    _direction_only,
    _fits,
    _forced_relative,
    _is_base,
    _listed_changes,
    _multiple_ratio,
    _other_span_of_year,
    _period,
    _rate_reading,
    _same_unit,
    _sentence_figures,
    _signed,
    _words_before,
    derived_across,
    is_comparison_base,
    names_prior_before,
    other_thing,
    prior_year_marked,
    ratio_base_only,
)
from .common import (
    FLOW_STAGES,
    TOPIC_FILLER,
    Relation,
    Verdict,
    by_means,
    clause_tail,
    common_substring,
    counted_thing,
    earlier_stage,
    index_of,
    link_filler_re,
    not_the_concluded,
    per_or_change,
    set_unnamed,
    span_of,
)
from .partition import balanced_share
from .pickup import LOOK_BACK, heading_figures
from .rates import (
    _CLAUSE_AFTER_RE,
    _bracket_follows,
    _counts_the_subject,
    _is_capped,
    _name_words,
    _numerators,
    _open_name,
    _previous_clause,
    _rate_check,
    _sentence_scope,
    _stem,
    _subsequence,
    _without_later_parts,
    rate_word,
)
from .respective import respective_listed

# the pairs of each paragraph looked at (its last ones) and the rates judged per paragraph
MAX_PAIRS = 24
MAX_RATES = 24
# shared characters (not fillers) between a rate's name and a part's words that link them
LINK_CHARS = 2
# the figures of a paragraph (its last ones) searched for pairs
SCANNED = 200

_PART_OPENING_RE = re.compile(r"(?:中[，,]?(?:已经|已|共|均)?有?|其中[\u4e00-\u9fff]{0,12}|的)$")
_REST_RE = re.compile(r"(?:其余|剩余|另有|另外)(?:的)?$")
_SCOPE_RE = re.compile(r"全(省|市|州|区|县|旗|镇|乡|街道)|(省|市|区|县|镇|街道)(?:级|属|域)")
_YEAR_RE = re.compile(rf"{YEAR_ASCII}(?=年)|上年|去年|上一年|前一年")
_CLAUSE_START_RE = re.compile(r"[，,；;。：:（）()]")
# (覆盖: a coverage rate, 抽查覆盖率, counts what was done over all there are, like 率 itself)
_NAME_FILLER = frozenset("的了和与及率比例重占百分数量总目前全年已达到为是覆盖")


class _Pair:
    """A part and its whole by structure, with the words of the part's clause."""

    __slots__ = ("after", "bq", "of_whole", "part", "scope", "whole", "words", "years")

    def __init__(
        self, bq: BlockQuantities, part: Quantity, whole: Quantity, words: str, after: str
    ) -> None:
        self.bq = bq
        self.after = after
        self.of_whole = frozenset(whole.pre + whole.after + whole.noun)
        self.part = part
        self.whole = whole
        self.words = words
        start, _ = bq.sentence_span(whole.sentence)
        head = bq.text[start : part.num_start]
        self.scope = _scope(head)
        self.years = frozenset(_YEAR_RE.findall(head))


def _scope(text: str) -> str:
    """The administrative level a text names last (全区 -> 区), or ""."""
    found = [m.group(1) or m.group(2) for m in _SCOPE_RE.finditer(text)]
    return found[-1] if found else ""


def _pairs(lex: Lexicon, bq: BlockQuantities) -> list[_Pair]:
    """The part/whole pairs a paragraph states by structure (computed once per paragraph)."""
    cached: list[_Pair] | None = bq.__dict__.get("_rate_pairs")
    if cached is not None:
        return cached

    out: list[_Pair] = []
    counts = [
        q
        for q in bq.quantities
        if q.kind in ("count", "measure") and not q.quoted and not per_or_change(lex, q)
    ]
    # the last figures only (a bounded window: pairs are looked for near a rate)
    for i in range(max(1, len(counts) - SCANNED), len(counts)):
        part = counts[i]
        start, _ = bq.sentence_span(part.sentence)
        opening = bq.text[max(start, part.num_start - 24) : part.num_start]
        clause = _CLAUSE_START_RE.split(opening)[-1]
        if not (_PART_OPENING_RE.search(opening) or "其中" in clause):
            continue
        whole = counts[i - 1]
        if (
            whole.sentence not in (part.sentence, part.sentence - 1)
            or whole.kind != part.kind
            or not lex.same_units(whole.unit, part.unit)
            or whole.high < part.low
            or whole.value <= 0
            or whole.depth != part.depth
        ):
            continue
        m = _CLAUSE_AFTER_RE.search(bq.text, part.end, part.end + 40)
        after = bq.text[part.end : m.start() if m else part.end + 40]
        # what sets the part apart: its clause's words that do not name the whole
        # (「96个社区中已有91个建成…工作室」 -> 已有…建成…工作室, not 社区)
        of_whole = set(whole.pre + whole.after + whole.noun)
        own = "".join(ch for ch in clause + after if ch not in of_whole)
        out.append(_Pair(bq, part, whole, own, after))
    bq.__dict__["_rate_pairs"] = out = out[-MAX_PAIRS:]
    return out


def _rests(lex: Lexicon, bq: BlockQuantities) -> list[Quantity]:
    """「其余5个已于12月底前建成」: figures of what is left of a set, done since."""
    cached: list[Quantity] | None = bq.__dict__.get("_rate_rests")
    if cached is None:
        cached = [
            q
            for q in bq.quantities
            if q.kind == "count" and not q.quoted and _REST_RE.search(q.pre.strip(" 　"))
        ][-MAX_PAIRS:]
        bq.__dict__["_rate_rests"] = cached
    return cached


def _link(name: str, pair: _Pair) -> tuple[int, bool]:
    """How many characters of a rate's name the words that set a pair's part apart hold,
    and whether they hold at least half of what the name says beyond the pair's whole
    (配备率 of 「学校心理健康教师」 shares 配备 with 「配备专职法治副校长的71所」 but not what is
    equipped: another thing of the same set)."""
    own = set(name) - _NAME_FILLER - pair.of_whole
    shared = len(own & set(pair.words))
    return shared, bool(own) and shared * 2 >= len(own)


def rates_across(
    document: Document,
    extracted: Sequence[BlockQuantities],
    lex: Lexicon,
    relations: list[Relation],
    report_year: int | None = None,
) -> list[Relation]:
    """The rates no reading judged, against the pairs stated before them (see the module
    docstring); ``relations`` (those found so far) loses the cross-paragraph warnings on a
    rate that a pair here fits or that names another set or year."""

    judged = {
        (r.block, r.span) for r in relations if r.kind in ("rate", "rate-cap", "change", "points")
    }
    # the rates judged only by readings across paragraphs (warnings), which a reading by
    # the rate's own sentence may replace
    at_rate: dict[tuple[int, tuple[int, int]], list[Relation]] = {}
    for r in relations:
        if r.kind in ("rate", "rate-cap", "change", "points"):
            at_rate.setdefault((r.block, r.span), []).append(r)
    across_only = {
        k
        for k, rs in at_rate.items()
        if all(
            r.code == "N104"
            and r.severity is Severity.WARNING
            and any(s.block != r.block for s in r.involved)
            for r in rs
        )
    }
    out: list[Relation] = []
    explained: set[tuple[int, tuple[int, int]]] = set()
    unlinked: dict[tuple[int, tuple[int, int]], set[Span]] = {}
    recent: list[BlockQuantities] = []
    for bq in heading_figures(document, extracted):
        if bq is None:
            recent = []
            continue
        rates = [q for q in bq.quantities if q.kind == "percent" and not q.quoted][:MAX_RATES]
        for q in rates:
            word = rate_word(q)
            key = (q.block, (q.num_start, q.end))
            if word.rstrip("的") in ("占", "占比") and not q.change:
                # 「败诉案件7件，占12.5%」: a bare share of the figure right before it
                found = _numerator_across(lex, bq, q, word, recent, report_year)
                if found is True:
                    explained.add(key)
                elif isinstance(found, Relation) and key not in judged:
                    out.append(found)
                continue
            if not word or word.startswith("占") or not _is_capped(lex, word) or q.change:
                continue
            name = _open_name(word)
            if len(name) < 2:
                continue
            clause_start = max(
                (m.end() for m in _CLAUSE_START_RE.finditer(bq.text, 0, q.num_start)), default=0
            )
            own = bq.text[clause_start : q.num_start]
            scope, years = _scope(own), frozenset(_YEAR_RE.findall(own))
            # a rate whose sentence states figures of a pair's unit before it speaks of
            # those (「全区126个村（社区）已全部建成…，建成率达100%」), not of the pair
            own_units = {
                p.unit
                for p in _sentence_figures(bq).get(q.sentence, [])
                if p.num_start < q.num_start and p.kind in ("count", "measure")
            }
            candidates = [
                p
                for earlier in [*recent, bq]
                for p in _pairs(lex, earlier)
                if (earlier is not bq or p.part.sentence < q.sentence)
                and p.part.unit not in own_units
                # (刑事案件118件 for 刑事案件胜诉率: the set the rate is of, not what it counts)
                and not _counts_the_subject(word, p.part)
            ]
            links = [(_link(name, p), p) for p in candidates]
            scored = [(s, p) for (s, covered), p in links if s >= LINK_CHARS and covered]
            if not scored:
                # a pair that shares a few words with the name but not what it counts: a
                # reading of it found elsewhere (a paragraph pick-up) is of another thing
                others = {span_of(p.part) for (s, _), p in links if s >= LINK_CHARS}
                if others:
                    unlinked[key] = others
                else:
                    found = _numerator_across(lex, bq, q, word, recent, report_year)
                    if found is True:
                        explained.add(key)  # also drops a pick-up's reading across paragraphs
                    elif isinstance(found, Relation) and key not in judged:
                        out.append(found)
                    elif isinstance(found, Relation) and key in across_only:
                        # a pick-up read the rate against the paragraph before; this reading
                        # takes the base its sentence names (热线工单方面 ← 工单15,230件)
                        explained.add(key)
                        out.append(found)
                continue
            top = max(s for s, _ in scored)
            best = [p for s, p in scored if s == top]
            other_set = [
                p
                for p in best
                if (scope and p.scope and scope != p.scope)
                or (years and not years <= p.years and not _this_year(years, report_year))
                or (p.years and not years and not _this_year(p.years, report_year))
            ]
            if other_set:
                explained.add(key)  # a rate of another set or year: no reading of this pair
                continue
            fits = False
            readings = []
            # every pair the name links may be the one it counts: any that fits accepts it
            # (the best linked is the one reported)
            for p in [*best, *(p for _, p in scored if not any(p is b for b in best))]:
                ok, value = _rate_check(p.part, p.whole, q)
                if ok or any(
                    _rate_check(_plus(p.part, r), p.whole, q)[0]
                    for r in _later_rests(lex, p, recent, bq, q)
                ):
                    fits = True
                    break
                if any(p is b for b in best):
                    readings.append((p, value))
            if fits:
                explained.add(key)
                continue
            if key in judged or len(readings) != 1:
                continue
            p, value = readings[0]
            where = "同一段" if p.bq is bq else "前文段落"
            out.append(
                Relation(
                    "rate",
                    Verdict.CONTRADICTION,
                    q.block,
                    (q.num_start, q.end),
                    (span_of(q), span_of(p.part), span_of(p.whole)),
                    code="N104",
                    severity=Severity.WARNING,
                    message=(
                        f"{word}{q.text}与{where}所列数字不符：{p.part.number}÷{p.whole.number}"
                        f"＝{value}%（{p.whole.text}中{p.part.text}{p.after[:16]}）"
                    ),
                    suggestion=f"核对{word}，或核对{p.part.text}与{p.whole.text}",
                    data={
                        "numerator": str(p.part.value),
                        "denominator": str(p.whole.value),
                        "stated": str(q.value),
                    },
                )
            )
        recent = [*recent, bq][-LOOK_BACK:]
    if explained or unlinked:
        relations[:] = [
            r
            for r in relations
            if not (
                r.code == "N104"
                and r.severity is Severity.WARNING
                and any(s.block != r.block for s in r.involved)
                and (
                    (r.block, r.span) in explained
                    or bool(unlinked.get((r.block, r.span), set()) & set(r.involved))
                )
            )
        ]
    return out


# figures of each earlier paragraph (its last ones) read as a rate's possible base
BASES = 16
# figures on either side of a rate read for its numerator
NEAR = 48
# characters of a rate's sentence before its numerator read as the scope it speaks of
TOPIC_REACH = 40
_TOPIC_FILLER = TOPIC_FILLER


def _numerator_across(
    lex: Lexicon,
    bq: BlockQuantities,
    q: Quantity,
    word: str,
    recent: list[BlockQuantities],
    report_year: int | None,
) -> Relation | bool | None:
    """「实际参考2,316人。」 … (another paragraph) … 「考试合格2,187人，合格率为96.4%。」: a rate
    whose sentence states what it counts (the stem of its name: 合格 ← 合格2,187人) but no
    figure that holds it, read against the figures stated before it (its paragraph's earlier
    sentences and the paragraphs before it under the same heading): those of the numerator's
    kind and unit class (人 is not 人次) that are not smaller. The rate fits when any of them
    fits, or speaks of a set its sentence names (「新招录执法人员中，」) that the base does not
    (True: no reading across paragraphs is kept); else, when one of them is the base by structure — the only one, or the only
    one that shares most characters (two at least) with the words of the rate's sentence
    before its numerator (「热线工单方面，」 ← 受理12345热线工单15,230件) — a warning. A
    figure of another year or of a smaller set (a 的-clause or 其中 part) is no base."""

    bare = word.rstrip("的") in ("占", "占比")
    stem = _stem(word)
    name = _open_name(word) if not bare else ""
    if len(stem) < 2 and not bare:
        return None
    # the figures around the rate only (its sentence and the one before): a bounded window
    at = index_of(bq).get(id(q), 0)
    counts = [
        p
        for p in bq.quantities[max(0, at - NEAR) : at + NEAR]
        if p.kind in ("count", "money", "measure")
        and p.sentence in (q.sentence, q.sentence - 1)
        and not p.quoted
        and not per_or_change(lex, p)
        and not is_comparison_base(p, bq)
    ]
    scope = _sentence_scope(bq, q, counts)
    # the rate alone in its sentence reads the sentence before (「败诉7件。败诉率为12.5%。」)
    alone = not any(p.sentence == q.sentence and p.num_start < q.num_start for p in counts)
    # 配备率 (numbers.toml ``rates.equipping``): a name that need not repeat the words of its
    # numerator, the figure of the clause right before it (「已有137所学校聘请了法治副校长，
    # 配备率达97.9%」)
    generic = next((g for g in lex.data["rates"].get("equipping", ()) if word.endswith(g)), "")
    candidates = _numerators(lex, bq, q, word, scope, {})
    previous = [p for p in scope if p.num_start < q.num_start][-1:]
    if generic and previous and not any(p is previous[0] for p in candidates):
        candidates = [*candidates, previous[0]]
    numerators = [
        n
        for n in candidates
        if (n.sentence == q.sentence or (alone and not bare and n.sentence == q.sentence - 1))
        and n.value > 0
        and _figure(n)
        and (
            (bare and n.depth == q.depth and n.num_start < q.num_start)
            # 「败诉率12.5%（7件）」: the figure in the bracket right after the rate
            or (n.depth == q.depth + 1 and _bracket_follows(bq.text, q, n))
            or (
                n.depth == q.depth
                and (
                    _subsequence(stem, _name_words(n, bq.text))
                    or common_substring(name, _name_words(n, bq.text)) >= 2
                    # 结案率 ← 审结352件: the same stage of a case flow
                    or (n.family in FLOW_STAGES and lex.verb_family.get(stem, "") == n.family)
                    or (
                        generic
                        and n.num_start < q.num_start
                        and n.sentence == q.sentence
                        and _previous_clause(bq.text, n, q)
                    )
                )
            )
        )
    ]
    if len(numerators) > 1:
        # 「仲裁结案549件，仲裁结案率98.7%，其中调解结案312件」: a figure after the rate that a
        # 其中 opens is a part of the one before it, not what the rate counts
        kept = _without_later_parts(bq.text, q, numerators)
        scope = [p for p in scope if not any(p is n for n in numerators if n not in kept)]
        numerators = kept
    if len(numerators) != 1:
        return None
    n = numerators[0]
    if any(p is not n and p.kind == n.kind and lex.same_units(p.unit, n.unit) for p in scope):
        # a base in its own sentence (judged by its own reading), or parts of the figure
        # (「办理行政应诉案件12件，已结案8件…出庭应诉率100%」: 12件 may be the base)
        return None
    start, _ = bq.sentence_span(q.sentence)
    clause = bq.text[max(start, n.num_start - TOPIC_REACH) : n.num_start]
    said = _CLAUSE_START_RE.split(clause)[-1] + _name_words(n, bq.text)
    same_stage = n.family in FLOW_STAGES and lex.verb_family.get(stem, "") == n.family
    unsaid: set[str] = set()
    if not bare and not n.depth and not same_stage:
        # 结案率 ← 审结352件: the same stage of a case flow names what it counts
        unsaid = set(link_filler_re().sub("", name)) - _NAME_FILLER - set(said) - set(generic)
    n_start, _ = bq.sentence_span(n.sentence)
    if _MONTH_SPAN_RE.search(bq.text, n_start, n.num_start):
        # 「2015年5月至当年底，…出庭应诉383件，出庭应诉率38%」: the figures of a span of
        # months are not drawn from the year's figures stated before (another set)
        return True
    bases: list[Quantity] = []
    clause_after: dict[int, str] = {}  # the rest of a base's clause (报名并参加考试)
    of_other_year = False
    listed: set[int] = set()  # the figures of a 分别 list of several subjects
    for earlier in [*recent, bq]:
        # the last figures before the numerator's sentence only (a bounded window)
        stop = len(earlier.quantities)
        if earlier is bq:
            stop = index_of(bq).get(id(n), 0)
        found = [
            p
            for p in earlier.quantities[max(0, stop - SCANNED) : stop]
            if (earlier is not bq or p.sentence < n.sentence)
            and p.kind == n.kind
            and not p.quoted
            and p.depth == 0
            and lex.same_units(p.unit, n.unit)
            and p.high >= n.low
            and p.value > 0
            and _figure(p)
            and not per_or_change(lex, p)
            and not is_comparison_base(p, earlier)
        ]
        listed |= respective_listed(earlier)
        this_year = [p for p in found if not _other_year(earlier, p, report_year)]
        of_other_year = of_other_year or len(this_year) < len(found)
        bases.extend(this_year[-BASES:])
        for p in this_year[-BASES:]:
            clause_after[id(p)] = _clause_rest(earlier.text, p)
    # no base of the concluded a share of them is taken of (新收 for 调撤率), nor a figure of
    # another paragraph done by some means the rate does not name (「通过调解、和解方式结案3.7万
    # 件」 for 纠错率): a subset of its stage, not its whole
    bases = [
        w for w in bases if not not_the_concluded(bq.text, word, n, w) and not by_means(w, word)
    ]
    if unsaid:
        # the figure counts less than the name says (出庭应诉率 ← 应诉案件12件) unless the base
        # names the rest: 「发现隐患4,215处」 … 「已整改到位4,087处，隐患整改率98.0%」 (the
        # thing counted is named once, with the whole)
        bases = [w for w in bases if not unsaid - set(_base_words(w) + clause_after[id(w)])]
        if not bases:
            return None
    if not bases:
        # 「2023年受理投诉1,000件。」 in a report on 2024: the only figures it could be drawn
        # from are of another year, so no reading across paragraphs is kept (True)
        return True if of_other_year else None
    if any(_rate_check(n, w, q)[0] for w in bases):
        return True
    topic = bq.text[max(start, n.num_start - TOPIC_REACH) : n.num_start]
    topic = "".join(ch for ch in topic + word if ch not in _TOPIC_FILLER)
    scored = [
        (common_substring(topic, _base_words(w) + clause_after.get(id(w), "")), w) for w in bases
    ]
    top = max(s for s, _ in scored)
    best = [w for s, w in scored if s == top]
    if len(bases) > 1 and (top < LINK_CHARS or len(best) != 1):
        # no base named by the sentence: the last figure of the stage of a case flow right
        # before the numerator's (审结 ← 受理 ← 收到) is the one it is drawn from
        w_staged = _previous_stage(n, bases)
        if w_staged is None:
            return None
        best = [w_staged]
    w = best[0] if len(bases) > 1 else bases[0]
    if len(bases) == 1 and top < 1 and not earlier_stage(w, n):
        # a single figure that shares no word with the rate's sentence and is no earlier
        # stage of its flow (「全区劳动力人口8.2万人」 … 「新增就业1,200人，就业率96%」)
        return None
    if set_unnamed(bq.text, start, n.num_start, _base_words(w)):
        # 「新招录执法人员中，考试合格186人」: a set the base does not name; a reading of
        # it found elsewhere (a paragraph pick-up) is of another set too
        return True
    if _PART_OPENING_RE.search(w.pre.strip(" 　")) or "其中" in w.pre or id(w) in listed:
        # a part of a set stated before: the base is the set, not the part — and so is one
        # subject's figure of a 分别 list of several (济南、临沂…分别为3595件、3125件…)
        return None
    n_words = _name_words(n, bq.text)
    if (
        generic
        and not _subsequence(stem, n_words)
        and common_substring(name, n_words) < 2
        and common_substring(n_words, _base_words(w) + clause_after.get(id(w), "")) < 2
    ):
        # a numerator read by its position only, whose things the base does not name
        # (已有30所幼儿园… against 中小学校84所)
        return None
    if balanced_share(bq, q, n.value, w.value):
        return True  # a complete split whose rounding the writer balanced onto this share
    _, value = _rate_check(n, w, q)
    where = "前文段落" if w.block != q.block else "前文"
    return Relation(
        "rate",
        Verdict.CONTRADICTION,
        q.block,
        (q.num_start, q.end),
        (span_of(q), span_of(n), span_of(w)),
        code="N104",
        severity=Severity.WARNING,
        message=(
            f"{word}{q.text}与其分子及{where}所述总数不符：{n.number}÷{w.number}＝{value}%"
            f"（{n.text}为{w.text}中的一部分）"
        ),
        suggestion=f"核对{word}，或核对{n.text}与{w.text}",
        data={"numerator": str(n.value), "denominator": str(w.value), "stated": str(q.value)},
    )


# a span of months named before a figure in its sentence: 「5月至当年底」「7月以来」「3月起」
_MONTH_SPAN_RE = re.compile(
    r"(?<![0-9])(?:[1-9]|1[0-2]|[一二三四五六七八九十]|十[一二])月(?:[0-9]{1,2}日)?"
    r"(?:份)?(?:至|到|—|－|~|～|起|以来|开始)"
)


# the set a sentence opens by naming (「新招录执法人员中，」「在参考人员中，」)


def _previous_stage(n: Quantity, bases: list[Quantity]) -> Quantity | None:
    """The last of the bases whose verb is of the latest stage of a case flow before the
    numerator's (:data:`.common.FLOW_STAGES`), when every base is a stage of the flow."""
    if n.family not in FLOW_STAGES or any(w.family not in FLOW_STAGES for w in bases):
        return None  # a figure of another kind among them may be the base
    rank = FLOW_STAGES.index(n.family)
    staged = [
        (FLOW_STAGES.index(w.family), i, w)
        for i, w in enumerate(bases)
        if w.family in FLOW_STAGES[:rank] and w.family != "rejected"
    ]
    return max(staged, key=lambda x: (x[0], x[1]))[2] if staged else None


def _figure(p: Quantity) -> bool:
    """A counted figure, not a small number word naming classes (三类, 两项)."""
    return any(ch.isdigit() for ch in p.number) or p.value >= 10


def _base_words(w: Quantity) -> str:
    return w.pre[-TOPIC_REACH:] + w.verb + w.noun + w.after[:12]


# characters of a base's clause read after it (「共有1,236名行政执法人员报名并参加考试」: the
# predicate after the counted noun names what was done)
CLAUSE_REST = 20


def _clause_rest(text: str, w: Quantity) -> str:
    """The words of a figure's clause after it, up to the next clause mark."""
    m = _CLAUSE_START_RE.search(text, w.end, w.end + CLAUSE_REST)
    return text[w.end : m.start() if m else w.end + CLAUSE_REST]


def _other_year(bq: BlockQuantities, p: Quantity, report_year: int | None) -> bool:
    """Does the figure's clause name another year than the report's (上年, 2023年)?"""
    start, _ = bq.sentence_span(p.sentence)
    clauses = _CLAUSE_START_RE.split(bq.text[start : p.num_start])
    years = frozenset(_YEAR_RE.findall(clauses[-1]))
    if not years and _OPENING_YEAR_RE.match(clauses[0]):
        # 「2023年，街道排查隐患486处」: a year opening the sentence dates all its clauses
        years = frozenset(_YEAR_RE.findall(clauses[0]))
    return bool(years) and not _this_year(years, report_year)


# a sentence's first clause that is only a time: 「2023年，」「2023年度，」「上年，」
_OPENING_YEAR_RE = re.compile(rf"(?:在)?(?:{YEAR_ASCII}年度?|上年|去年)(?:全年|以来|内)?$")


def _this_year(years: frozenset[str], report_year: int | None) -> bool:
    return report_year is not None and years == {str(report_year)}


def _later_rests(
    lex: Lexicon,
    pair: _Pair,
    recent: list[BlockQuantities],
    bq: BlockQuantities,
    q: Quantity,
) -> list[Quantity]:
    """The figures of the rest of the pair's set stated after its part and before the rate
    (「其余5个已于12月底前建成」), in its unit."""
    found = []
    started = False
    for earlier in [*recent, bq]:
        if earlier is pair.bq:
            started = True
        if not started:
            continue
        for r in _rests(lex, earlier):
            if earlier is pair.bq and r.num_start <= pair.part.num_start:
                continue
            if earlier is bq and r.num_start >= q.num_start:
                continue
            if lex.same_units(r.unit, pair.part.unit):
                found.append(r)
    return found


def _plus(part: Quantity, rest: Quantity) -> Quantity:
    return _replace(
        part,
        value=part.value + rest.value,
        low=part.low + rest.low,
        high=part.high + rest.high,
        number=f"（{part.number}＋{rest.number}）",
        decimals=max(part.decimals, rest.decimals),
    )


# sentences before a change (its paragraph's and the paragraphs' before it) searched for the
# figures it compares, and the changes judged per paragraph
ACROSS_SENTENCES = 6
MAX_CHANGES = 24


def changes_across(
    document: Document,
    extracted: Sequence[BlockQuantities],
    lex: Lexicon,
    relations: list[Relation],
    report_year: int | None = None,
) -> list[Relation]:
    """「全年发生火灾事故40起、受伤7人（上年分别为46起、9人）。」 … 「火灾起数和受伤人数分别
    下降13.0%和22.2%。」: percentage changes whose sentence states no figure of its own,
    against the nearest sentence before them (in their paragraph or the paragraphs before it
    under the same heading, :data:`ACROSS_SENTENCES` sentences at most) that states figures
    of this period and of the period compared with. With 分别 the i-th change pairs the i-th
    pair (as many changes as pairs); a single change pairs a single pair whose figure shares
    two characters with what the change's clause names (行政处罚案件数量 ← 办理行政处罚案件).
    A change already judged is left alone; a reading across a full stop is a warning."""
    judged = {(r.block, r.span) for r in relations if r.kind in ("change", "points")}
    change_re = _change_word_re(lex)
    out: list[Relation] = []
    recent: list[BlockQuantities] = []
    for bq in heading_figures(document, extracted):
        if bq is None:
            recent = []
            continue
        changes = [
            (q, m)
            for q in bq.quantities[: MAX_CHANGES * 4]
            if q.kind == "percent" and not q.quoted
            for m in [change_re.search(_context(bq, q))]
        ]
        marked = _listed_changes(bq, changes)
        by_sentence: dict[int, list[tuple[Quantity, Any]]] = {}
        for q, m in marked:
            if m is not None:
                by_sentence.setdefault(q.sentence, []).append((q, m))
        for sentence, run in list(by_sentence.items())[:MAX_CHANGES]:
            if all((bq.block, (d.num_start, d.end)) in judged for d, _ in run):
                continue
            pairs, where = _nearest_comparison(bq, lex, sentence, recent)
            if not pairs:
                # 「…共有执业律师65.16万多人。」 ¶ 「…比上一年度新增7.68万，涨幅超13%。」: the
                # current figure of a stated amount in a paragraph before (session 27b)
                if len(run) == 1 and recent and any(q.change for q in bq.quantities):
                    rel = derived_across(bq, lex, run[0][0], _signed(run[0][1]), recent)
                    if rel is not None:
                        out.append(rel)
                continue
            units = {c.unit for c, _ in pairs}
            if any(
                q.kind in ("count", "money", "measure")
                and (q.unit in units or q.kind == "money")
                and not q.change
                for q in _sentence_figures(bq).get(sentence, [])
            ):
                continue  # the sentence states figures of its own: judged by its own reading
            if _counted_right_before(bq, run[0][0], units):
                continue
            respective = "分别" in _change_clause(bq, run[0][0])
            if len(run) != len(pairs) or (len(run) > 1 and not respective):
                continue
            if len(run) == 1:
                subject = link_filler_re().sub("", _change_clause(bq, run[0][0]))
                subject = change_re.sub("", subject)
                current = pairs[0][0]
                if common_substring(
                    subject, current.phrase + current.verb + current.noun
                ) < 2 and not (
                    # 「…286件。上年同期为312件。同比下降9.3%。」: a change that names nothing
                    # right after the sentence that states the pair
                    len(subject) < 2
                    and where == "前文"
                    and _comparison_sentence(bq, lex, sentence - 1) == pairs
                ):
                    continue
            for (d, m), (current, base) in zip(run, pairs, strict=True):
                if (bq.block, (d.num_start, d.end)) in judged:
                    continue
                rel = _forced_relative(d, _signed(m), current, base)
                if rel.verdict is Verdict.CONTRADICTION:
                    rel = replace(
                        rel,
                        severity=Severity.WARNING,
                        message=rel.message + f"（所比较的数字在{where}）",
                    )
                out.append(rel)
        out.extend(_ratios_across(bq, lex, recent, relations))
        recent = [*recent, bq][-LOOK_BACK:]
    out.extend(points_across(document, extracted, lex, relations, report_year))
    out.extend(priors_across(document, extracted, lex, relations, out, report_year))
    return out


def _counted_right_before(bq: BlockQuantities, d: Quantity, units: set[str]) -> bool:
    """Does a figure of another unit than the pairs compared stand right before a change,
    in its sentence with at most one comma between (「平均办理用时12.4个工作日，压缩58.7%」):
    the change speaks of that figure, whose base the text does not give, not of the pairs
    of a sentence before."""
    before = [
        q
        for q in _sentence_figures(bq).get(d.sentence, [])
        if q.num_start < d.num_start and not q.change and q.kind != "percent"
    ]
    if not before:
        return False
    last = before[-1]
    between = bq.text[last.end : d.num_start]
    return (
        last.kind in ("count", "measure", "money", "time")
        and any(ch.isdigit() for ch in last.number)  # not 「两项数据同比分别下降…」
        and last.unit not in units
        and len(re.findall("[，,]", between)) <= 1
        and not re.search("[；;。]", between)
    )


def _ratios_across(
    bq: BlockQuantities, lex: Lexicon, recent: list[BlockQuantities], relations: list[Relation]
) -> list[Relation]:
    """「全年培育“法律明白人”296名。」 … (other paragraphs) … 「与上年的172名相比，“法律明白人”
    数量翻了一番。」: 翻番 whose sentence states only its base and whose paragraph states no
    current figure of it, against the current figure in the paragraphs before under the same
    heading (:func:`.change.ratio_base_only`); a figure a reading already links is left
    alone. A direction without an amount after last year's figures
    (:func:`.change._direction_only`) likewise. Warnings."""

    by_sentence = _sentence_figures(bq)
    out: list[Relation] = []
    if recent:
        # 「…17起、死亡9人。」 … 「…较2022年的19起、8人实现“双下降”。」 with paragraphs between
        judged = {(r.block, r.span) for r in relations if r.kind == "change"}
        nearest = list(reversed(recent))
        for figures in list(by_sentence.values())[: MAX_CHANGES * 4]:
            out.extend(
                r
                for r in _direction_only(bq, lex, figures, by_sentence, nearest)
                if (r.block, r.span) not in judged
            )
    # 翻番, and 增长/增加/提高 N倍 (N + 1 times the base)
    stated: list[tuple[re.Match[str] | Quantity, Decimal, int]] = [
        (m, Decimal(4) if "两" in m.group(0) else Decimal(2), m.start())
        for m in _DOUBLED_RE.finditer(bq.text)
    ]
    if any(q.kind == "multiple" for q in bq.quantities):
        change_re = _change_word_re(lex)
        for d in bq.quantities:
            m = change_re.search(_context(bq, d)) if d.kind == "multiple" else None
            if m is not None and _signed(m) > 0:
                stated.append((d, _multiple_ratio(d, m.group(1))[0], d.num_start))
    if not stated:
        return out
    linked = {x for r in relations if r.kind == "change" for x in r.involved}
    for where, ratio, pos in stated:
        figures = by_sentence.get(bq.sentence_of(pos), [])
        if any(span_of(f) in linked for f in figures if f.num_start < pos):
            continue
        if ratio_base_only(bq, lex, where, ratio, figures, by_sentence) is not None:
            continue  # read within its paragraph
        rel = ratio_base_only(bq, lex, where, ratio, figures, {}, list(reversed(recent)))
        if rel is not None:
            out.append(rel)
    return out


# changes awaiting a prior figure stated paragraphs later (the latest kept)
MAX_PENDING = 24


def priors_across(
    document: Document,
    extracted: Sequence[BlockQuantities],
    lex: Lexicon,
    relations: list[Relation],
    found: Sequence[Relation] = (),
    report_year: int | None = None,
) -> list[Relation]:
    """「全年受理投诉1,874件，同比增长3.2%。…」 … (other paragraphs) … 「…。上年同期受理投诉
    1,902件。」: a percentage change that no reading judged, whose sentence states its current
    figure, against a figure of last year (a sentence opening with 上年/去年/上一年度, or an
    earlier year than the text names before) stated in a later paragraph under the same
    heading (within :data:`~.pickup.LOOK_BACK` paragraphs; a year opening it counts when the
    change's paragraph names no year and it is the year before ``report_year``) that counts
    the same thing: the
    two figures' words share two characters in a row and nothing sets them apart
    (:func:`.change.other_thing`). A change of a rate (「纠错率为14.6%，较上年增长3.4%」) is
    read against a rate of last year that names it (「上年纠错率为11.2%」): the relative
    change, or the % / 个百分点 slip. A link across paragraphs: a warning; the wording-only
    % / 个百分点 warning on a change read here is dropped from ``relations``."""

    # a % / 个百分点 warning from the wording alone (no pair of rates) leaves a change unread
    judged = {
        (r.block, r.span)
        for r in [*relations, *found]
        if r.kind == "change" or (r.kind == "points" and len(r.involved) >= 3)
    }
    change_re = _change_word_re(lex)
    out: list[Relation] = []
    reread: set[tuple[int, tuple[int, int]]] = set()
    # (paragraph, change, its word, its current figure, paragraphs seen since)
    pending: list[tuple[BlockQuantities, Quantity, Any, Quantity, int]] = []
    for bq in heading_figures(document, extracted):
        if bq is None:
            pending = []
            continue
        pending = [(b, d, m, c, age + 1) for b, d, m, c, age in pending if age < LOOK_BACK]
        by_sentence = _sentence_figures(bq)
        for k, figures in list(by_sentence.items())[: MAX_CHANGES * 4]:
            if not pending:
                break
            start, stop = bq.sentence_span(k)
            opening = _PRIOR_OPENING_RE.match(bq.text, start)
            if opening is None:
                continue
            begin = opening.end() + (
                1 if bq.text[opening.end() : opening.end() + 1] in "，," else 0
            )
            end = next(
                (i for i in range(begin, min(stop, begin + 60)) if bq.text[i] in "，,；;。：:"),
                min(stop, begin + 60),
            )
            bases = [
                q
                for q in figures[:MAX_FIGURES_ACROSS]
                if q.num_start < end
                and q.kind in ("count", "money", "measure", "percent")
                and not per_or_change(lex, q)
            ]
            for base in bases[:1]:
                thing = _PERIOD_WORDS_RE.sub("", counted_thing(base))
                rate = _RATE_IN_CLAUSE_RE.search(_words_before(bq, base))
                for i in range(len(pending) - 1, -1, -1):
                    earlier, d, m, current, _ = pending[i]
                    clause = _change_clause(earlier, d)
                    if base.kind == "percent":
                        if (
                            current.kind != "percent"
                            or rate is None
                            or not _names_rate(
                                _RATE_HEAD_RE.sub("", _PERIOD_WORDS_RE.sub("", rate.group(0))),
                                _words_before(earlier, current),
                            )
                        ):
                            continue
                    elif (
                        current.kind != base.kind
                        or (current.kind != "money" and not _same_unit(current.unit, base.unit))
                        or other_thing(current, base)
                        or common_substring(counted_thing(current), thing) < 2
                        or _other_span_of_year(clause, bq.text[start : base.start])
                        or current.value == base.value
                    ):
                        continue
                    named = _period(clause)
                    if opening["year"] is not None and (
                        named not in ("", "上年", f"{opening['year']}年")
                        or (
                            not prior_year_marked(opening)
                            and not any(
                                int(y) > int(opening["year"])
                                for y in _YEAR_IN_TEXT_RE.findall(earlier.text, 0, d.start)
                            )
                            # a change in a paragraph that names no year speaks of the
                            # report year: the year before it is the period compared with
                            and not (
                                report_year is not None
                                and int(opening["year"]) == report_year - 1
                                and _YEAR_IN_TEXT_RE.search(earlier.text, 0, d.start) is None
                            )
                        )
                    ):
                        continue
                    if opening["year"] is None and named not in ("", "上年"):
                        continue
                    del pending[i]
                    if base.kind == "percent":
                        read = _rate_reading(
                            d,
                            _signed(m),
                            current,
                            base,
                            f"以后文段落的{base.text}为基数",
                        )
                        if read is None:
                            break
                        rel = read
                        reread.add((d.block, (d.num_start, d.end)))
                    else:
                        rel = _forced_relative(d, _signed(m), current, base)
                        if rel.verdict is Verdict.CONTRADICTION:
                            rel = replace(
                                rel,
                                severity=Severity.WARNING,
                                message=rel.message + f"（以后文段落的{base.text}为基数）",
                            )
                    out.append(rel)
                    break
        # this paragraph's changes with a current figure of their own and no reading
        for figures in list(by_sentence.values())[: MAX_CHANGES * 4]:
            figures = figures[:MAX_FIGURES_ACROSS]
            worded = {
                id(d): change_re.search(_context(bq, d)) for d in figures if d.kind == "percent"
            }
            if not any(worded.values()):
                continue  # no change in % in the sentence: none waits for a prior figure
            # one walk per sentence: the last figure of this period so far, and whether a
            # figure of the period compared with came before
            latest: Quantity | None = None
            latest_rate: Quantity | None = None
            based = False
            for d in figures:
                if d.kind != "percent":
                    if d.kind in ("count", "money", "measure", "time"):
                        if _is_base(bq, d):
                            based = True
                        elif d.kind != "time" and not per_or_change(lex, d):
                            latest = d
                    continue
                m = worded[id(d)]
                if m is None:
                    if _is_base(bq, d):
                        based = True
                    elif not d.change:
                        latest_rate = d
                    continue
                compared = latest or latest_rate
                if based or compared is None or (bq.block, (d.num_start, d.end)) in judged:
                    continue
                if not names_prior_before(bq, d):
                    pending.append((bq, d, m, compared, 0))
        pending = pending[-MAX_PENDING:]
    # as within a paragraph: the wording-only warning gives way to a reading of the two rates
    # (a % / 个百分点 slip shown with its arithmetic, or a consistent reading)
    reread |= {
        (r.block, r.span)
        for r in [*relations, *found, *out]
        if (r.code == "N106" and len(r.involved) >= 3)
        or (r.kind in ("change", "points") and r.verdict is Verdict.CONSISTENT)
    }
    if reread:
        relations[:] = [
            r
            for r in relations
            if not (r.code == "N106" and len(r.involved) < 3 and (r.block, r.span) in reread)
        ]
    return out


# the figures of a sentence looked at for changes and priors across paragraphs
MAX_FIGURES_ACROSS = 40


# the sentences of a paragraph searched for rate pairs (its last ones) and the 个百分点
# changes judged per paragraph
POINTS_SENTENCES = 12
_RATE_IN_CLAUSE_RE = re.compile(r"[\u4e00-\u9fff“”\"]{1,10}?(?:率|占比|比例|比重|满意度|知晓度)")
_RATE_HEAD_RE = re.compile(r"率|占比|比例|比重|[“”\"]")


def _names_rate(name: str, words: str) -> bool:
    """Does a rate's name (审核覆盖率) name the rate of a clause (「基金智能审核覆盖率由…」)?
    Two characters in a row in common, and the words that qualify it (审核 of 审核覆盖,
    心理教师 of 心理教师配备) too when it has them."""
    if common_substring(name, words) < 2:
        return False
    qualifier = name[:-2]
    return len(qualifier) < 2 or common_substring(qualifier, words) >= 2


_TO_END_RE = re.compile(r"(?:到|至)$")


def _rate_pairs(bq: BlockQuantities, sentence: int) -> list[tuple[Quantity, Quantity, str]]:
    """The (current, base, words) rate pairs a sentence states: 「由上年的72.5%提高到81.0%」
    (a base, then the rate reached) and 「网上可办率为81.0%，上年为72.5%」 (a rate, then its
    base); ``words`` are those of the clause before the pair's first figure."""

    cache: dict[int, list[tuple[Quantity, Quantity, str]]] = bq.__dict__.setdefault(
        "_rate_pairs_by_sentence", {}
    )
    if sentence in cache:
        return cache[sentence]
    rates = [q for q in _sentence_figures(bq).get(sentence, []) if q.kind == "percent"][:MAX_PAIRS]
    out = []
    for i, b in enumerate(rates):
        if b.change or not _is_base(bq, b):
            continue
        nxt = rates[i + 1] if i + 1 < len(rates) else None
        if nxt is not None and _TO_END_RE.search(_context(bq, nxt)) and not nxt.change:
            first, current = b, nxt
        else:
            before = [q for q in rates[:i] if not q.change and not _is_base(bq, q)]
            if not before and i == 0 and sentence > 0:
                # 「网上可办率为81.0%。上年为72.5%。」: the rate in the sentence before
                before = [
                    q
                    for q in _sentence_figures(bq).get(sentence - 1, [])[-MAX_PAIRS:]
                    if q.kind == "percent" and not q.change and not _is_base(bq, q)
                ]
            if not before:
                continue
            first = current = before[-1]
        words = _clause_words(bq, first)
        # 「纠错率为14.6%。上年…败诉率为11.2%。」: a base that names a rate of its own is that
        # rate's, not the one before it
        if first is not b and _other_rate(_context(bq, b), words):
            continue
        out.append((current, b, words))
    # 「2022年、2023年网上可办率分别为72.5%和81.0%」: two years in turn and their rates
    for x, y in itertools.pairwise(rates):
        if x.change or y.change or bq.text[x.end : y.start].strip(" 　") not in _LIST_JOINS:
            continue
        start, _ = bq.sentence_span(sentence)
        years = _YEAR_PAIR_RE.search(bq.text, max(start, x.start - 60), x.start)
        if years is None or years["a"] == years["b"]:
            continue
        later_first = int(years["a"]) > int(years["b"])
        out.append((x if later_first else y, y if later_first else x, years.group(0)))
    cache[sentence] = out
    return out


_CLAUSE_WORDS_BEFORE = "，,；;。：:"  # the marks a clause's words before a figure run back to
_RATE_END_RE = re.compile(r"(?:率|度|占比|比例|比重)$")


def _clause_words(bq: BlockQuantities, q: Quantity) -> str:
    return clause_tail(bq.text, _CLAUSE_WORDS_BEFORE, max(0, q.num_start - 40), q.num_start)


def _other_rate(base_words: str, words: str) -> bool:
    """Does the clause of a base name a rate whose head (the two characters before 率: 败诉
    of 上年行政复议败诉率) the words of the current rate's clause do not hold?"""

    own = _RATE_IN_CLAUSE_RE.search(base_words)
    if own is None:
        return False
    head = _RATE_END_RE.sub("", _PERIOD_WORDS_RE.sub("", own.group(0)))[-2:]
    return len(head) == 2 and head not in words


def points_across(
    document: Document,
    extracted: Sequence[BlockQuantities],
    lex: Lexicon,
    relations: list[Relation],
    report_year: int | None = None,
) -> list[Relation]:
    """「全区网上可办率由上年的72.5%提高到81.0%。」 … (other paragraphs) … 「与上年相比，
    网上可办率提高了9.5个百分点。」: a 个百分点 change that no reading judged (its sentence and
    the one before state no pair of rates), against the nearest pair of rates before it
    under the same heading (its paragraph's earlier sentences, then the
    :data:`~.pickup.LOOK_BACK` paragraphs before) whose clause names the rate the change
    names (two characters in common beyond 率): a change of another rate stays silent. When
    no sentence states a pair, a sentence that opens with the period compared with and states
    the rate (「据统计，2022年全区…出庭应诉率为88.5%」, :func:`_prior_sentence_pair`) is the
    base and the latest rate of that name before it the current one. The link is by words
    across sentences: a warning."""

    judged = {(r.block, r.span) for r in relations if r.kind in ("change", "points")}
    change_re = _change_word_re(lex)
    out: list[Relation] = []
    recent: list[BlockQuantities] = []
    for bq in heading_figures(document, extracted):
        if bq is None:
            recent = []
            continue
        points = [
            (q, m)
            for q in bq.quantities[: MAX_CHANGES * 4]
            if q.kind == "points" and not q.quoted
            for m in [change_re.search(_context(bq, q))]
            if m is not None
        ][:MAX_CHANGES]
        for d, m in points:
            if (bq.block, (d.num_start, d.end)) in judged:
                continue
            after = _next_sentence_base(bq, d, report_year)
            if after is not None:
                out.append(_points_verdict(d, m, after, "后文", "比率"))
                continue
            named = _RATE_IN_CLAUSE_RE.search(_change_clause(bq, d))
            if named is None:
                continue
            name = _RATE_HEAD_RE.sub("", named.group(0))
            if any(
                q.kind == "percent" and q.num_start < d.num_start
                for q in _sentence_figures(bq).get(d.sentence, [])
            ):
                continue  # the change's own sentence states rates: its own reading
            found = None
            where = "前文"
            for earlier in [bq, *reversed(recent)]:
                last = d.sentence - 1 if earlier is bq else len(earlier.sentence_starts) - 1
                for k in range(last, max(-1, last - POINTS_SENTENCES), -1):
                    pairs = [p for p in _rate_pairs(earlier, k) if _names_rate(name, p[2])]
                    if pairs:
                        found = (earlier, pairs[-1])
                        break
                if found:
                    where = "前文" if earlier is bq else "前文段落"
                    break
            if found is None:
                found, where = _prior_sentence_pair(bq, d, name, recent, report_year)
            if found is None:
                continue
            earlier, (current, base, _words) = found
            own, theirs = _period(_change_clause(bq, d)), _period(_context(earlier, base))
            if own and theirs and own != theirs:
                continue  # 「较2021年提高…」 against a pair of last year
            out.append(_points_verdict(d, m, (current, base), where, named.group(0)))
        recent = [*recent, bq][-LOOK_BACK:]
    return out


# the sentences before a 个百分点 change searched for a sentence of last year's rate, and
# before that for the current rate
PRIOR_SENTENCES = 8


# a rate restated by reference in a sentence of its own (「2019年该比例为64.1%」)
_RATE_BACK_RE = re.compile(r"(?:该|此|这一|上述)项?(?:比例|比率|比重|占比|指标|数据|率)")


def _next_sentence_base(
    bq: BlockQuantities, d: Quantity, report_year: int | None
) -> tuple[Quantity, Quantity] | None:
    """「…占比达到68.4%，较上年提高5.3个百分点。2019年该比例为64.1%。」: a 个百分点 change of
    last year right after a rate of its sentence (nothing but its own clause between), whose
    base no reading of its sentence gave, against the sentence right after it when that opens
    with the year before the report's (or 上年, 去年) and, in its first clause, states a rate
    the change's rate names or refers back to (该比例): (current, base) or None. An
    earlier year (2018年 in a report on 2020) is no base of 较上年."""
    own = _period(_change_clause(bq, d))
    if own not in ("", "上年"):
        return None
    rates = [
        q
        for q in _sentence_figures(bq).get(d.sentence, [])
        if q.kind == "percent" and q.num_start < d.num_start and not q.change
    ]
    if not rates or _is_base(bq, rates[-1]):
        return None
    current = rates[-1]
    between = bq.text[current.end : d.num_start]
    if sum(between.count(c) for c in "，,") > 1 or any(c in between for c in "；;。：:"):
        return None
    k = d.sentence + 1
    if k >= len(bq.sentence_starts):
        return None
    start, stop = bq.sentence_span(k)
    opening = _PRIOR_OPENING_RE.match(bq.text, start)
    if opening is None or opening["span"]:
        return None
    year = opening["year"]
    if year is not None and (report_year is None or int(year) != report_year - 1):
        return None
    clause_end = next((j for j in range(opening.end(), stop) if bq.text[j] in "，,；;。：:"), stop)
    bases = [
        q
        for q in _sentence_figures(bq).get(k, [])
        if q.kind == "percent" and not q.change and opening.end() <= q.num_start < clause_end
    ]
    if len(bases) != 1:
        return None
    base = bases[0]
    words = bq.text[opening.end() : base.num_start]
    named = _RATE_IN_CLAUSE_RE.search(_clause_words(bq, current))
    if _RATE_BACK_RE.search(words) is None and not (
        named is not None and _names_rate(_RATE_HEAD_RE.sub("", named.group(0)), words)
    ):
        return None
    return current, base


def _points_verdict(
    d: Quantity, m: re.Match[str], pair: tuple[Quantity, Quantity], where: str, named: str
) -> Relation:
    """A 个百分点 change against a pair of rates linked across sentences (a warning)."""
    current, base = pair
    direction = _signed(m)
    low, high = _difference_bounds(current, base)
    spans = (span_of(d), span_of(base), span_of(current))
    if _fits(low, high, d, direction):
        return Relation("change", Verdict.CONSISTENT, d.block, (d.num_start, d.end), spans)
    word = "提高" if direction > 0 else "下降"
    diff = current.value - base.value
    if diff < 0:
        shown = f"{base.text}－{current.text}＝下降{fmt(-diff)}个百分点"
    else:
        shown = f"{current.text}－{base.text}＝提高{fmt(diff)}个百分点"
    return Relation(
        "change",
        Verdict.CONTRADICTION,
        d.block,
        (d.num_start, d.end),
        spans,
        code="N108",
        severity=Severity.WARNING,
        message=(
            f"{word}{d.text}与{where}所列{named}的变化不符：基期{base.text}，"
            f"本期{current.text}，{shown}"
        ),
        suggestion="核对两个比率与百分点差",
        data={"stated": str(d.value), "readings": 1},
    )


def _prior_sentence_pair(
    bq: BlockQuantities,
    d: Quantity,
    name: str,
    recent: list[BlockQuantities],
    report_year: int | None,
) -> tuple[tuple[BlockQuantities, tuple[Quantity, Quantity, str]] | None, str]:
    """「全区…出庭应诉率达到96.8%。」 … 「据统计，2022年全区…出庭应诉率为88.5%。」 … 「与上年
    相比，出庭应诉率提高了7.3个百分点。」: the nearest sentence before the change (in its
    paragraph, then the paragraphs before) that opens with the period compared with (上年,
    去年, or a year marked as such: :func:`.change.prior_year_marked`, a later year named
    before it, or the year before ``report_year``) and states, in its first clause, a rate
    the change names; the current rate is the latest rate of that name stated before it that
    is no base and opens no such sentence. ((earlier paragraph, (current, base, words)),
    where) or (None, "")."""

    own = _period(_change_clause(bq, d))
    sentences: list[tuple[BlockQuantities, int]] = [(bq, k) for k in range(d.sentence - 1, -1, -1)]
    for earlier in reversed(recent):
        sentences.extend((earlier, k) for k in range(len(earlier.sentence_starts) - 1, -1, -1))
    sentences = sentences[:PRIOR_SENTENCES]
    for i, (para, k) in enumerate(sentences):
        start, stop = para.sentence_span(k)
        opening = _PRIOR_OPENING_RE.match(para.text, start)
        if opening is None:
            continue
        year = opening["year"]
        if own not in ("", "上年") and own != (f"{year}年" if year else "上年"):
            return None, ""
        begin = opening.end() + (1 if para.text[opening.end() : opening.end() + 1] in "，," else 0)
        clause_end = next((j for j in range(begin, stop) if para.text[j] in "，,；;。：:"), stop)
        rates = [
            q
            for q in _sentence_figures(para).get(k, [])
            if q.kind == "percent" and not q.change and begin <= q.num_start < clause_end
        ]
        if not rates:
            continue
        base = rates[0]
        words = para.text[begin : base.num_start]
        if not _names_rate(name, words) or _other_rate(words, name):
            continue
        for later, j in sentences[i + 1 :]:
            s0, _ = later.sentence_span(j)
            other = _PRIOR_OPENING_RE.match(later.text, s0)
            if other is not None and (
                other["year"] is None or year is None or int(other["year"]) <= int(year)
            ):
                break  # another sentence of the period compared with: no current rate
            found = [
                q
                for q in _sentence_figures(later).get(j, [])
                if q.kind == "percent"
                and not q.change
                and not _is_base(later, q)
                and _names_rate(name, clause := _clause_words(later, q))
                and not _other_rate(clause, name)
            ]
            if not found:
                continue
            current = found[-1]
            if year is not None:
                named = [
                    int(y)
                    for y in (
                        *_YEAR_IN_TEXT_RE.findall(later.text, 0, current.start),
                        *_YEAR_IN_TEXT_RE.findall(para.text, 0, start),
                    )
                ]
                if any(
                    int(y) <= int(year)
                    for y in _YEAR_IN_TEXT_RE.findall(later.text, s0, current.start)
                ):
                    return None, ""  # the current rate is of that year or before
                if not (
                    prior_year_marked(opening)
                    or any(y > int(year) for y in named)
                    or (report_year is not None and int(year) == report_year - 1)
                ):
                    return None, ""
            where = "前文" if later is bq else "前文段落"
            return (para, (current, base, words)), where
        return None, ""
    return None, ""


def _nearest_comparison(
    bq: BlockQuantities, lex: Lexicon, sentence: int, recent: list[BlockQuantities]
) -> tuple[list[tuple[Quantity, Quantity]], str]:
    """The pairs of the nearest sentence before ``sentence`` that states figures of two
    periods (see :func:`_comparison_sentence`), and where it stands."""
    looked = 0
    for k in range(sentence - 1, -1, -1):
        pairs = _comparison_sentence(bq, lex, k)
        if pairs:
            return pairs, "前文"
        looked += 1
        if looked >= ACROSS_SENTENCES:
            return [], ""
    for earlier in reversed(recent):
        for k in range(len(earlier.sentence_starts) - 1, -1, -1):
            pairs = _comparison_sentence(earlier, lex, k)
            if pairs:
                return pairs, "前文段落"
            looked += 1
            if looked >= ACROSS_SENTENCES:
                return [], ""
    return [], ""
