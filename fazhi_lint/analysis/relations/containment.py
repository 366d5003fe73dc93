"""Containment: a figure drawn from a set the text names can never exceed that set (issue 9).

One reader finds where the text says, by its structure, that a figure B is drawn from a set A,
and one checker reports B > A (N101: a part above its whole; N103 for a later stage drawn
「从中」 from an earlier one). The structures read:

* a clause opening with a scope that names the set: 「受理的仲裁案件中，已结案326件」
  「对排查出的线索，已督促整改到位161条」「上述投诉中，经核实属实的231件」; the scope holds a
  figure of its own (「全镇26个村中，已有28个村…」「上述45件复议案件中」) or it is matched to an
  earlier figure by the character pairs they share and the class of their units, not by a
  list (受理的仲裁案件 ↔ 受理劳动仲裁申请: 受理, 仲裁; 件). The words before 的 in the scope
  (受理的, 排查出的, 审核的) name the stage: the earlier figure must hold them. Under a bare
  scope (「在普法活动中，」) a part naming a thing of its own (法治讲座) is not of the set;
* a scope whose figure names a set told before (session 13) — a demonstrative right before
  it (这, 该, 此: numbers.toml ``containment.demonstratives``) or its number said again in
  its unit class — is a scope even when 中 runs into the verb (「87件诉求中已调处化解92件」),
  and a verb in its noun then qualifies the set (「上述136件立案案件中」); a 「对X的Y」 scope
  may be told in the clause of its figures, up to the adverb opening their predicate
  (「对查实的线索已作出处罚的91条」: ``containment.scope-adverbs``);
* a scope naming a set by its stage and a head of two characters left to it (「立案调查的
  案件中」 after 「转为立案调查的86件」: a warning when the head is only left to it), or 对 and
  a set of no 的 (「对属实投诉，」: matched through the figure a 的-clause qualifies);
* a part listed under 其中 was taken in at its total's stage (「接收投诉举报6,812件，其中投诉
  5,347件、举报1,465件」 … 「对接收的举报线索，」 names the 举报: the scope says the part's words
  and not its sibling's, and the stage is said on the total); a 「对…的X依法审查后，」 scope
  names X, not what is done to it (session 9);
* a figure drawn 「从中」 from the figures before it in its sentence, or named as the outcome
  of a check of them (「…，经调查属实的93件」): above all of them;
* a split by a dimension (「从领域看，」「按案件类型分，」) whose part has the verb of an earlier
  figure (立案查处71起 after 立案查处违法行为63起): a warning, the verb being the only link;
* an inventory (「全县共有行政村112个」「辖区现有中小学校141所」) and a later count of the same
  units (「为117个村配备…」): a warning. A flow over the year (新接收, 受理) is not a count of
  the units, nor a union named in brackets (村（社区）) of one kind;
* an inventory listed as its kinds under one verb (「全区辖8个镇和5个街道」「全县有行政村96个、
  社区21个」) and a later count naming the kinds in brackets (「14个镇（街道）」「121个村（社
  区）」): above their sum, a warning; a listed kind is no part of the one before it;
* a category of a thing (「征地拆迁类信访事项」「食品领域投诉」「城建方面的信访事项」: a kind
  and the noun of an earlier whole, after a dimension clause or not) above that whole: in the
  whole's sentence an error, else a warning; a sibling kind (药品安全类案件 against 食品安全
  案件) is another set;
* items of one list are siblings, none the whole of another: after 其中, or after a colon
  that follows a figure (「发布信息84条：发布政府信息公开制度2份，…，预算决算类信息23份」,
  session 30: real33 QF006 quiet, real43 KC014 lost — found only as 「其他类信息1827条是110条
  中的一类」);
* people of an area (「覆盖全镇群众3.1万人」「辖区居民」: numbers.toml ``magnitude.residents``)
  above the population stated for it (「全镇常住人口2.4万人」), N206: in its sentence an error,
  else a warning; visits, people from beyond (流动人口, 辐射周边: ``magnitude.beyond``), years
  and another area (全区 after 本街道) are other sets.

Every figure after a scope to the end of its statement (；。) in the unit class of the set is
a part of it, until a clause adds beside it (另, 此外) or counts another period or a sum over
years (上年, 累计, 近三年, 2021—2023年: numbers.toml ``containment.elsewhere``). A part
naming another body (全市 after 全区, 本部门) or another period than its whole is not drawn
from it: each figure takes the period named last before it in its sentence, or one opening an
earlier sentence of its paragraph (「下半年，…」: :func:`period_at`); a part of 下半年 is not of
a set of 上半年, one of the year may be of 上半年 only when it names none. A scope naming a
distinguishing thing the set's words lack (行政复议案件 against 行政诉讼案件: 复议 where 诉讼
stands; generic words such as 行政 aside, numbers.toml ``containment.generic``) names another
set (:func:`names_other_kind`); among several sets the one sharing the scope's distinguishing
words best is read. The partition's scope groups and the pick-up's 其中 reading ask the same. Units of one class compare (件/起/宗; 元 in any magnitude;
亩/公顷/平方米); visits (人次, 户次) never compare with persons or households. An approximate
whole (近百个, 百余所) admits any figure within its interval. When several figures may be the
set, the part is a contradiction only when it exceeds every one of them.

A link within a paragraph through a scope, 从中 or 经…的 is an error. Across paragraphs,
:mod:`.pickup` reads a paragraph with the one it picks up (a warning), and
:func:`containment_across` looks back over the few paragraphs of the heading for the set a
scope names, the whole a dimension or category splits, the inventories and the populations
stated (warnings). An inventory is stated with 共有/现有/下辖, by a bare noun clause right after
one in another unit (「共有幼儿园48所，在园幼儿1.2万人」), or by the area alone before a
count of its divisions (「全镇18个行政村和社区均…」: numbers.toml ``containment.divisions``);
a population bounds the people and, at ``magnitude.visits-per-resident`` each, the visits.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache

from ...model import Document, Severity
from ..cn_numbers import fmt
from ..quantities import BlockQuantities, Lexicon, Quantity, load_lexicon, negation_before
from .common import (
    COMMA_RE,
    FLOW_STAGES,
    NEW_UNITS_RE,
    OWN_SHARE_RE,
    Relation,
    Verdict,
    bounds,
    by_means,
    category_head,
    clause_starts,
    describe,
    kind_by_examples,
    last_mark,
    merged_classes,
    other_scope,
    per_or_change,
    shares_class,
    show,
    span_of,
)
from .flow import open_between
from .funnel import stage_of
from .kinds import (
    _BRACKET_RE,
    _WORD,
    _bigrams,
    _said,
    _sibling,
    names_other_kind,
    period_at,
    periods_fit,
)
from .magnitude import _FLOW_WORDS_RE, names_group, subgroups, visits_over_population
from .partition import _DIMENSION_OPENERS, _DIMENSION_RE, dimension_list_start
from .pickup import heading_figures

_CLAUSE_START_MARKS = "，,；;。：:"
_CLAUSE_START_RE = re.compile(f"[{_CLAUSE_START_MARKS}]")
_STATEMENT_END_RE = re.compile(r"[；;。！？!?]")
_BESIDE_RE = re.compile(r"^[\s　]*(?:另外|另有|另|此外|同时还|还另)")
_ARABIC_RE = re.compile(r"[0-9０-９]")
_DIGIT_RE = re.compile(r"[0-9０-９零〇一二两三四五六七八九十百千万亿]")
# the instance of a trial (一审, 二审): a name of a set, no numeral counting it
_INSTANCE_RE = re.compile(r"[一二]审")
# the body a figure is counted for (全区, 本部门, 我局)
_BODY_RE = re.compile(
    r"(?:全|本)(?:区|市|县|镇|乡|街道|省|系统|部门|局|单位)|我(?:区|市|县|镇|乡|局|委|办)"
)


def _other_body(part: str, whole: str) -> bool:
    """Do the part's words name a body (全市, 本部门) the whole's words do not?"""
    return bool(set(_BODY_RE.findall(part)) - set(_BODY_RE.findall(whole)))


class Told:
    """The figures each reported contradiction involves, indexed by figure, so that whether
    one of them already involves all the figures of another is answered without a loop
    over every finding."""

    def __init__(self, relations: Sequence[Relation] = ()) -> None:
        self._by_span: dict[object, set[int]] = {}
        self._count = 0
        for rel in relations:
            self.add(rel)

    def add(self, rel: Relation) -> None:
        for span in rel.involved:
            self._by_span.setdefault(span, set()).add(self._count)
        self._count += 1

    def covers(self, rel: Relation) -> bool:
        """Does a relation added involve every figure ``rel`` involves?"""
        ids: set[int] | None = None
        for span in rel.involved:
            found = self._by_span.get(span, set())
            ids = set(found) if ids is None else ids & found
            if not ids:
                return False
        return bool(ids)


MAX_BACK = 24  # earlier figures a scope is matched against (the paragraph's recent ones)
MAX_PARTS = 12  # figures after a scope read as its parts


@lru_cache(maxsize=4)
def _data(
    lex: Lexicon,
) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, int], dict[str, tuple[str, Decimal]]]:
    """The scope regex, the 从中 regex, unit classes and area conversions of the lexicon."""
    data = lex.data["containment"]
    back = "|".join(re.escape(w) for w in sorted(data["back"], key=len, reverse=True))
    ends = "|".join(re.escape(w) for w in sorted(data["scope-ends"], key=len, reverse=True))
    adverbs = "|".join(
        re.escape(w) for w in sorted(data.get("scope-adverbs", ()), key=len, reverse=True)
    )
    # 「（在|对|从）（上述）words 中，」 or 「对（上述）words的words，」, or 「对（上述）words的X」 told
    # in the clause of its figures, up to the adverb opening their predicate (awords; after 对
    # or a word pointing back: the last character of either)
    tails = "".join(sorted({"对", *(w[-1] for w in data["back"])}))
    scope = re.compile(
        rf"[\s　]*(?:{_WORD}{{0,10}}?(?P<lead>在|对|从))?(?P<back>{back})?"
        rf"(?:(?P<words>(?:{_WORD}|（{_WORD}{{1,6}}）){{1,24}}?)(?:{ends})(?P<stop>[，,：:]?)"
        + (
            rf"|(?<=[{tails}])(?P<awords>[^，,；;。：:、！？!?（）()“”\n0-9０-９]{{1,16}}?的"
            rf"[\u4e00-\u9fff]{{1,6}}?)(?={adverbs})"
            if adverbs
            else ""
        )
        + rf"|(?P<dwords>{_WORD}{{1,24}}?)[，,])"
    )
    drawn = re.compile(
        "(?:" + "|".join(re.escape(w) for w in sorted(data["drawn"], key=len, reverse=True)) + ")"
    )
    classes: dict[str, int] = {}
    for i, members in enumerate(data["classes"]):
        for unit in members:
            classes[unit] = i
    area: dict[str, tuple[str, Decimal]] = {}
    for base, others in lex.data["magnitude"]["conversions"].items():
        area[base] = (base, Decimal(1))
        for unit, factor in others.items():
            area[unit] = (base, Decimal(str(factor)))
    return scope, drawn, classes, area


@lru_cache(maxsize=4)
def _scope_hint_re(lex: Lexicon) -> re.Pattern[str]:
    """What every scope of :func:`_data` holds: an ending (中, 当中…) or 对."""
    ends = lex.data["containment"]["scope-ends"]
    words = sorted({*ends, "对"}, key=lambda w: (-len(w), w))  # not the set's order: hash seed
    return re.compile("|".join(re.escape(w) for w in words))


def _comparable(lex: Lexicon, a: Quantity, b: Quantity) -> Decimal | None:
    """The factor turning ``b``'s values into ``a``'s unit when they count one class of
    things (件/起/宗; 亩/公顷), else None."""
    if a.kind != b.kind or a.kind not in ("count", "money", "measure"):
        return None
    if a.unit == b.unit or lex.same_units(a.unit, b.unit):
        return Decimal(1)
    _, _, classes, area = _data(lex)
    if a.kind == "count":
        ca, cb = classes.get(a.unit), classes.get(b.unit)
        return Decimal(1) if ca is not None and ca == cb else None
    if a.kind == "measure" and a.unit in area and b.unit in area:
        (ba, fa), (bb, fb) = area[a.unit], area[b.unit]
        return fb / fa if ba == bb else None
    return None


def _class_pair(lex: Lexicon, qs: Sequence[Quantity]) -> bool:
    """Could two of the figures be :func:`_comparable`? (One pass: each figure's kind and
    class, :func:`_unit_class`, against those seen.)"""
    return shares_class(qs, _unit_class(lex))


@lru_cache(maxsize=4)
def _unit_class(lex: Lexicon) -> dict[str, str]:
    """Each unit mapped to one name of the units :func:`_comparable` may relate it to: the
    groups of [units.same] (all of them: a wider class only lets more through), the
    containment classes and each area base with its conversions, the groups sharing a unit
    merged."""
    _, _, classes, area = _data(lex)
    groups: dict[object, list[str]] = {}
    for unit, group in lex.same_unit.items():
        groups.setdefault(("same", group), []).append(unit)
    for unit, i in classes.items():
        groups.setdefault(("class", i), []).append(unit)
    for unit, (base, _) in area.items():
        groups.setdefault(("area", base), []).append(unit)
    return merged_classes(groups.values())


_CLAUSE_MARKS = "，,；;。：:"
CLAUSE_REACH = 80  # characters a clause is read back over from a figure


def _clause_before(text: str, pos: int) -> str:
    """The words of the clause before ``pos`` (at most :data:`CLAUSE_REACH` characters back,
    so that a paragraph without punctuation is read in linear time)."""
    start = max(0, pos - CLAUSE_REACH)
    last = last_mark(text, _CLAUSE_MARKS, start, pos)
    return text[last + 1 if last >= 0 else start : pos]


# 「2021—2023年」「2021至2023年」: a figure over several years
_YEAR_RANGE_RE = re.compile(r"(?:19|20)\d\d\s*(?:年)?\s*[-—–~～至到]\s*(?:19|20)?\d\d\s*年")


def _year_sum_dropped(lex: Lexicon, words: str) -> str:
    """The words without a 累计 that sums over the report year (「全年…累计受众268万人次」:
    numbers.toml ``containment.within-year`` before it), which counts no other period."""
    for w in lex.data["containment"].get("within-year", ()):
        at = words.find(w)
        if at >= 0:
            words = words[:at] + words[at:].replace("累计", "")
    return words


def _elsewhere(lex: Lexicon, text: str, q: Quantity) -> bool:
    """Is a figure counted over another period or body, or summed over years?"""
    words = lex.data["containment"]["elsewhere"]
    clause = _year_sum_dropped(lex, _clause_before(text, q.num_start))
    return (
        any(w in clause for w in words)
        or bool(_BESIDE_RE.search(q.pre))
        or _YEAR_RANGE_RE.search(clause) is not None
    )


def _usable(q: Quantity, lex: Lexicon) -> bool:
    return (
        q.kind in ("count", "money", "measure")
        and not q.quoted
        and q.depth == 0
        and not per_or_change(lex, q)
    )


def containment_relations(bq: BlockQuantities, lex: Lexicon) -> list[Relation]:
    """Every figure drawn from a set the block names, judged against that set."""
    if "containment" not in lex.data or len(bq.quantities) < 2:
        return []
    qs = [q for q in bq.quantities if _usable(q, lex)]
    if len(qs) < 2:
        return []
    text = bq.text
    out: list[Relation] = []
    # each structure only where its words stand (a cheap test of the whole text first); the
    # first four relate a part to a whole of its class among these figures (:func:`_comparable`)
    paired = _class_pair(lex, qs)
    if paired and ("中" in text or "对" in text):
        out.extend(_scoped(bq, lex, qs))
    if paired and ("从中" in text or "经" in text):
        out.extend(_drawn(bq, lex, qs))
    if paired and ("类" in text or "领域" in text or "方面" in text):
        out.extend(_categories(bq, lex, qs))
    if paired and "各类" in text:
        told = Told(out)
        out.extend(r for r in _of_every_kind(bq, lex, qs) if not told.covers(r))
    if paired and ("看" in text or "分" in text or "统计" in text):
        told = Told(out)  # a category in the whole's sentence was read: an error
        out.extend(r for r in _by_dimension(bq, lex, qs) if not told.covers(r))
    if "有" in text or "辖" in text:
        out.extend(_over_inventory(bq, lex, qs, _inventories(bq, qs, lex)))
    if "人口" in text:
        out.extend(_over_population(bq, lex, qs, _populations(bq, qs, lex)))
    return out


@dataclass
class _Scope:
    """A clause opening with the set the figures after it are drawn from."""

    start: int  # where the scope's words start
    words: str  # 受理的仲裁案件, 上述投诉 (without 在/对/从 and 中)
    shown: str  # the scope as printed, for messages
    back: bool  # it points back (上述, 这些)
    parts: list[Quantity]  # the figures after it in its statement
    whole: Quantity | None = None  # the figure inside it (「全镇26个村中」)
    label: str = ""  # that figure with its noun (26个村)
    first: int = 0  # index of the first figure at or after the clause start
    bare: bool = False  # a bare noun (在普法活动中): no 的-clause, no 上述


# between two counts that a scope names together: 「24个行政村和8个社区中」
_UNION_JOIN_RE = re.compile(r"[\u4e00-\u9fff]{0,6}(?:和|、|及|以及|与)[\u4e00-\u9fff]{0,6}")


def _scopes(bq: BlockQuantities, lex: Lexicon, qs: Sequence[Quantity]) -> list[_Scope]:
    """Every scope clause of a block, with the figures drawn from it (:func:`_scopes_of`),
    kept with the block for the figures asked about: the scopes within the paragraph and
    those naming a set of an earlier one read the same clauses of the same figures. The list
    is shared: not to be changed."""
    kept = bq.__dict__.get("_scopes")
    if (
        kept is not None
        and kept[0] is lex
        and len(kept[1]) == len(qs)
        and all(a is b for a, b in zip(kept[1], qs, strict=True))
    ):
        return kept[2]
    found = _scopes_of(bq, lex, qs)
    bq.__dict__["_scopes"] = (lex, tuple(qs), found)
    return found


def _scopes_of(bq: BlockQuantities, lex: Lexicon, qs: Sequence[Quantity]) -> list[_Scope]:
    scope_re, _, _, _ = _data(lex)
    text = bq.text
    data = lex.data["containment"]
    out: list[_Scope] = []
    starts = clause_starts(text, _CLAUSE_START_MARKS)
    at = [q.num_start for q in qs]
    # a scope lies within its clause (its words hold no clause mark) and holds an ending
    # (中, 当中…) or the 对 of a 「对…的…，」 scope: a clause without one is not tried
    # (the clauses that hold one, in order: the clause of each hint)
    tried = sorted(
        {bisect.bisect_right(starts, m.start()) - 1 for m in _scope_hint_re(lex).finditer(text)}
    )
    first = 0  # index into qs of the first figure at or after the clause start
    for c in [starts[k] for k in tried]:
        while first < len(qs) and qs[first].num_start < c:
            first += 1
        m = scope_re.match(text, c)
        if m is None:
            continue
        told_in = m.group("awords") is not None  # 「对查实的线索已作出…的91条」
        key = "words" if m.group("words") is not None else "awords" if told_in else "dwords"
        words = m.group(key) or ""
        dui = key != "words"
        if dui:
            words = _set_words(lex, words)
        if dui and not (
            (m.group("lead") == "对" or (told_in and m.group("back")))
            and ("的" in words or m.group("back") or _bare_set(lex, text, m.start("lead"), words))
        ):
            continue  # a clause of a 「对…的…，」「对上述…，」 or 「对属实投诉，」 scope only
        span_text = text[m.start() : m.end() + 2]
        if any(w in span_text for w in data["not-scope"]) and not m.group("back"):
            continue
        inside = []
        k = max(0, first - 2)
        while k < len(qs) and qs[k].num_start < m.end():
            if qs[k].num_start >= m.start():
                inside.append(qs[k])
            k += 1
        # 「87件诉求中已调处化解92件」「这214处问题中」: the figure of the scope names a set
        # told before, by a demonstrative or by its number again
        again = bool(inside) and not dui and _named_again(lex, text, inside[-1], qs, at)
        if not dui and not (
            m.group("stop") or m.group("lead") or m.group("back") or "的" in words or again
        ):
            continue  # 「…中」 run into its verb (城中…, 工作中发现): no scope clause
        if "　" in words or any(w in words for w in data["elsewhere"]):
            # a figure repeated from another paragraph (blanked by the pick-up reading), or
            # 「全市受理的案件中」「上年结转的案件中」: another body's or period's set
            continue
        stop = _STATEMENT_END_RE.search(text, m.end())
        end = stop.start() if stop else len(text)
        after: list[Quantity] = []
        for k in range(first, len(qs)):
            q = qs[k]
            if q.num_start < m.end():
                continue
            if q.num_start >= end or len(after) >= MAX_PARTS:
                break
            if _elsewhere(lex, text, q):
                break  # 「另办结上年结转案件14件」: beside the scope, and all after it
            if after and _opens_scope(scope_re, text, after[-1].end, q.num_start):
                break  # a scope of its own
            after.append(q)
        if not after:
            continue
        shown = text[m.start() : m.end()].strip(" 　，,：:")
        scope = _Scope(
            m.start(key),
            words,
            shown,
            bool(m.group("back")),
            after,
            first=first,
            bare=not dui and not m.group("back") and "的" not in words,
        )
        if (
            len(inside) >= 2
            and inside[-2].unit == inside[-1].unit
            and _UNION_JOIN_RE.fullmatch(text, inside[-2].end, inside[-1].num_start)
        ):
            continue  # 「24个行政村和8个社区中，」: the set is both counts, not the last
        if inside:
            whole = inside[-1]
            noun = text[whole.end : m.end(key)]
            lead = bool(m.group("lead") or m.group("back"))
            if not _names_set(lex, noun, whole, lead, dui, again or bool(m.group("back"))):
                continue  # 「其余3起正在调查中」「对…的38个执法单位的案卷评查，」: no set
            if _elsewhere(lex, text, whole):
                continue
            scope.whole = whole
            scope.label = text[whole.num_start : m.end(key)]
            scope.parts = [q for q in after if _names_unit(lex, noun, text, q)]
        elif _DIGIT_RE.search(_INSTANCE_RE.sub("", words)):
            # (「一审案件中，」 names the first-instance cases: 一 is no count there)
            continue
        else:
            scope.parts = [q for q in after if _same_thing(lex, scope, text, q)]
        if scope.parts:
            out.append(scope)
    return out


def _scoped(bq: BlockQuantities, lex: Lexicon, qs: Sequence[Quantity]) -> list[Relation]:
    text = bq.text
    out: list[Relation] = []
    for scope in _scopes(bq, lex, qs):
        if scope.whole is not None:
            whole = scope.whole
            for q in scope.parts:
                f = _comparable(lex, whole, q)
                if f is not None and bounds(q)[0] * f > bounds(whole)[1]:
                    out.append(
                        _relation(whole, q, scope.shown, Severity.ERROR, [whole], label=scope.label)
                    )
            continue
        lo = max(0, scope.first - MAX_BACK)
        earlier = [(q, text) for q in qs[lo : scope.first] if q.num_start < scope.start]
        head = scope.words.rpartition("的")[2] or scope.words
        for q in scope.parts:
            wholes = _named(lex, scope, q, earlier, text)
            # a set named by its stage alone (「调解的纠纷中」 after 「纳入调解的205件」: 纠纷
            # left to it) is a reading: a warning
            loose = bool(wholes) and not any(
                p in _said(text, w) for w in wholes for p in _bigrams(head)
            )
            rel = _exceeds(
                lex,
                scope,
                q,
                wholes,
                Severity.WARNING if loose else Severity.ERROR,
                # (「审结27件，尚有5件正在审理；上述案件中，」: 上述 holds the open cases too)
                max(open_between(lex, bq, w, scope.start) for w in wholes)
                if scope.back and wholes
                else Decimal(0),
            )
            if rel is not None:
                out.append(rel)
    return out


def _exceeds(
    lex: Lexicon,
    scope: _Scope,
    part: Quantity,
    wholes: Sequence[Quantity],
    severity: Severity,
    open_beside: Decimal = Decimal(0),
    note: str = "",
) -> Relation | None:
    """The contradiction of a part above every whole its scope may name (with the cases
    ``open_beside`` it), if it is one."""
    if not wholes:
        return None
    factors = [(w, _comparable(lex, w, part)) for w in wholes]
    if all(x is not None and bounds(part)[0] * x > bounds(w)[1] + open_beside for w, x in factors):
        whole = max(wholes, key=lambda w: bounds(w)[1])
        if open_beside:
            note += f"（连同其后尚未办结的{fmt(open_beside)}{whole.unit}也不够）"
        return _relation(whole, part, scope.shown, severity, wholes, note=note)
    return None


_STATE_RE = re.compile(r"正在|尚在|仍在|尚未|仍未|已|未|的")


def _set_words(lex: Lexicon, words: str) -> str:
    """The set a 「对…的…，」 scope names, without what is done to it after its head
    (「对接收的投诉依法审查后，」 names 接收的投诉): the head ends at an adverb or a verb."""
    qualifier, of, head = words.rpartition("的")
    if not of or len(head) <= 2:
        return words
    # an adverb (依法, 及时) or, in a clause of time ending 后, a verb (甄别后, 审查后) ends the
    # head; a verb inside a noun (执法检查线索) does not
    found = [_ADVERB_RE.search(head, 2)]
    if head.endswith("后"):
        found.append(lex.verb_re.search(head, 2))
    cut = [m.start() for m in found if m]
    return qualifier + of + head[: min(cut)] if cut else words


def _bare_set(lex: Lexicon, text: str, at: int, words: str) -> bool:
    """Is 「对属实投诉，」 a scope: 对 opens its clause and the words (a few, no verb) name a
    set an earlier figure of the sentence qualifies (属实 of 「属实的218件」)? Which figure,
    :func:`_named` decides by the pairs of characters they share."""
    if not 2 <= len(words) <= 8 or lex.verb_re.search(words) is not None:
        return False
    return at == 0 or text[at - 1] in _CLAUSE_START_MARKS


def _names_set(
    lex: Lexicon, noun: str, whole: Quantity, lead: bool, dui: bool, again: bool = False
) -> bool:
    """Do the words after a figure inside a scope name the set it counts (「26个村中」
    「83户用人单位，」), not an act or a state (「3起正在调查中」「3件不予批准，」)? Without
    a noun the figure must be named by a 的-clause (「审结的98件中」) or a lead (在…中); a
    「对…的161件，」 without a noun is a clause of its own (群众对结果满意的161件). A figure
    named ``again`` (上述, 这, its number told before) names a set told already, so a verb
    in its noun qualifies the set (「上述136件立案案件中」), unless it opens the words as a
    state does (「12件在审理中」)."""
    if not noun:
        return not dui and (whole.pre.endswith("的") or lead)
    return (
        len(noun) <= 8
        and not _ARABIC_RE.search(noun)  # 三级医院: a numeral in a name
        and not _STATE_RE.search(noun)
        and (lex.verb_re.search(noun) is None or (again and not noun.startswith(_STATE_LEADS)))
    )


_STATE_LEADS = ("在", "处于", "进入")


def _named_again(
    lex: Lexicon, text: str, q: Quantity, qs: Sequence[Quantity], at: Sequence[int]
) -> bool:
    """Does a scope's figure name a set told before: a demonstrative right before it
    (numbers.toml ``containment.demonstratives``: 「这214处问题中」) or the same number in
    its unit class earlier in the block (「…立案调查136件。…136件立案案件中」)?"""
    before = text[max(0, q.start - 2) : q.start]
    if before.endswith(tuple(lex.data["containment"].get("demonstratives", ()))):
        return True
    k = bisect.bisect_left(at, q.num_start)  # (``at``: the figures' starts)
    return any(
        p.value == q.value and _comparable(lex, p, q) is not None
        for p in qs[max(0, k - MAX_BACK) : k]
    )


_TAIL_RE = re.compile(rf"{_WORD}{{0,4}}")
_FILLER_END = "有达共为计约近逾超"


_ADVERB_RE = re.compile(
    r"已|均|全部|都|共|正在|尚|未|还|也|先后|分别|累计|依法|及时|逐件|逐一|认真"
)


def _own_noun(lex: Lexicon, text: str, q: Quantity) -> str:
    """What a part names as its own thing: the noun right after its unit (28个村建成…), else
    the object after its verb (开展法治讲座320场 -> 法治讲座); none when the words before it
    qualify the set it is drawn from (经核实属实的231件, 发现问题的有61家)."""
    tail = _TAIL_RE.match(text, q.end)
    if (
        tail
        and tail.group(0)
        and not _ADVERB_RE.match(tail.group(0))
        and not lex.verb_re.match(tail.group(0))
    ):
        return tail.group(0)  # not 「13家已建立…」: an adverb after the unit names no thing
    pre = q.pre.rstrip(_FILLER_END)
    if not pre or pre.endswith("的"):
        return ""
    verbs = list(lex.verb_re.finditer(pre))
    return pre[verbs[-1].end() :] if verbs else ""


def _names_unit(lex: Lexicon, noun: str, text: str, q: Quantity) -> bool:
    """Does a part of a whole stated in the scope (「26个村中」) count the same things: its
    own noun, if any, shares a character with the scope's noun (已有28个村…; not 已建成法治
    文化阵地28个, which a village may hold several of)?"""
    own = _own_noun(lex, text, q)
    return not noun or not own or bool(set(noun) & set(own))


def _same_thing(lex: Lexicon, scope: _Scope, text: str, q: Quantity) -> bool:
    """Does a part under a bare scope (「在普法活动中，」: no 的, no 上述) count the scope's
    things: its own noun, if any, shares two characters in a row with the scope? 「开展法治讲座
    320场」 in the activities counts lectures held in them, not activities."""
    if not scope.bare:
        return True
    own = _own_noun(lex, text, q)
    return not own or bool(_bigrams(own) & _bigrams(scope.words))


def _opens_scope(scope_re: re.Pattern[str], text: str, start: int, end: int) -> bool:
    for m in _CLAUSE_START_RE.finditer(text, start, end):
        s = scope_re.match(text, m.end(), end)
        if s is not None and (
            s.group("stop") or s.group("lead") or s.group("back") or s.group("dwords")
        ):
            return True
    return False


def _named(
    lex: Lexicon,
    scope: _Scope,
    part: Quantity,
    earlier: Sequence[tuple[Quantity, str]],
    part_text: str,
) -> list[Quantity]:
    """The earlier figures (each with its block's text) a scope's words name: the best match
    by shared character pairs in the part's unit class, the pairs of the noun's modifier
    (复议 of 复议案件: what tells one set from another) counting twice; the stage before 的
    must be among them (受理的仲裁案件 -> 受理劳动仲裁申请). A figure of another period
    (上半年 for a part of 下半年) or of another kind (行政诉讼案件 for 行政复议案件) is not it."""
    words = scope.words
    qualifier, _, head = words.rpartition("的")
    need_stage = _bigrams(qualifier)
    head_pairs = _bigrams(head or words)
    pairs = _bigrams(words)
    telling = _bigrams(_BRACKET_RE.sub("", head or words)[:-2])
    part_period = period_at(lex, part_text, part.num_start)
    scored: list[tuple[int, Quantity]] = []
    before = ""  # the words of the figure before, in its block
    totals = _list_totals(earlier)
    for i, (q, text) in enumerate(earlier):
        said_before, before = before, _said(text, q)
        if q is part or _comparable(lex, q, part) is None or _elsewhere(lex, text, q):
            continue
        if _other_body(scope.words + part.pre, q.pre):
            continue  # 「全市受理的复议案件中」 after the bureau's own figure
        said = before
        if not qualifier and said.endswith("的") and said_before:
            # 「投诉418件，…属实的152件；对属实投诉，」: a 的-clause figure counts the things
            # of the figure before it (投诉), which a scope of no 的 names with its qualifier
            said += said_before
        # a part listed under 其中 was taken in at its total's stage (「接收投诉举报6,812件，
        # 其中投诉5,347件、举报1,465件」: the 举报 were 接收): the stage may be said there
        total = _said(text, earlier[totals[i]][0]) if i in totals else ""
        staged_by = [p for p in need_stage if _says(said, p) or (total and _says(total, p))]
        if need_stage and not staged_by:
            continue  # 「受理的申请中」 names what was accepted, not 「不予受理7件」
        if names_other_kind(words, said):
            continue
        if by_means(q, words):
            continue  # 「通过网络庭审审结案件86件」 is some of the concluded, not 「审结的案件」
        # (read after the words: the period is looked for back over the figure's sentence)
        if not periods_fit(period_at(lex, text, q.num_start), part_period):
            continue
        shared = sum(p in said for p in pairs) + sum(p not in said for p in staged_by)
        head_shared = any(p in said for p in head_pairs)
        if not head_shared and not (need_stage and len(head) <= 2):
            # 「立案调查的案件中」 after 「转为立案调查的86件」: a head of two characters (案件,
            # 投诉, 线索) is the set's noun left to its stage, which names the set
            continue
        # 「调解的纠纷中」 after 「纳入调解的205件」: the stage alone, all of it said, names
        # the set when its head (纠纷) is left to it
        staged = bool(need_stage) and not head_shared and all(p in said for p in need_stage)
        if shared >= 2 or (scope.back and shared >= 1) or staged:
            scored.append((shared + sum(p in said for p in telling), q))
    if not scored:
        return []
    best = max(s for s, _ in scored)
    named = [q for s, q in scored if s == best]
    if len(named) > 1:
        named = _without_list_totals(words, earlier, totals, named)
    return named


_LIST_JOIN_RE = re.compile(r"^[，,：:\s　]*(?:其中|、|和|及)[，,：:]?")


def _list_totals(earlier: Sequence[tuple[Quantity, str]]) -> dict[int, int]:
    """The 其中 lists among the earlier figures: for each listed part, the index of the
    figure it breaks down (「共接收6,812件，其中投诉5,347件、举报1,465件」: both parts of
    6,812). A part opens with 其中 right after its total, or joins the part before it with
    、/和/及, in the same sentence and unit."""
    totals: dict[int, int] = {}
    for i in range(1, len(earlier)):
        (p, p_text), (q, q_text) = earlier[i - 1], earlier[i]
        if p_text is not q_text or p.sentence != q.sentence or p.unit != q.unit:
            continue
        m = _LIST_JOIN_RE.match(q.pre)
        if m is None:
            continue
        if "其中" in m.group(0):
            totals[i] = i - 1
        elif i - 1 in totals:
            totals[i] = totals[i - 1]
    return totals


def _own_words(q: Quantity) -> str:
    """A listed part's words without the words that join it to the list (其中, 、)."""
    return _LIST_JOIN_RE.sub("", q.pre)


def _without_list_totals(
    words: str,
    earlier: Sequence[tuple[Quantity, str]],
    totals: dict[int, int],
    named: list[Quantity],
) -> list[Quantity]:
    """Of a total and one of its listed parts named alike by a scope, the part, when the
    scope says the part's own words and the total's words hold a sibling part's words the
    scope does not say (「对接收的举报线索，」 names 举报1,465件 of 「接收投诉举报6,812件，
    其中投诉…、举报1,465件」, not the 投诉 with them)."""
    index = {id(q): i for i, (q, _) in enumerate(earlier)}
    drop: set[int] = set()
    for q in named:
        i = index.get(id(q))
        if i is None or i not in totals:
            continue
        t = totals[i]
        own = _own_words(q)
        if len(own) < 2 or own not in words:
            continue
        total, text = earlier[t]
        siblings = [_own_words(s) for j, (s, _) in enumerate(earlier) if totals.get(j) == t]
        if any(len(w) >= 2 and w in _said(text, total) and w not in words for w in siblings):
            drop.add(id(total))
    return [q for q in named if id(q) not in drop]


def _says(said: str, pair: str) -> bool:
    """Do the words say ``pair`` at least once without a negation in front (受理 in 依法受理,
    not in 不予受理 nor in 不属于受理范围)? A qualifier that is negated itself keeps its
    negation in the pairs."""
    at = said.find(pair)
    while at >= 0:
        if negation_before(said, at) < 0:
            return True
        at = said.find(pair, at + 1)
    return False


LOOK_BACK = 4  # earlier paragraphs under the same heading a scope may name a figure of
_ACROSS_STOCK = "（所涉数字分处同一标题下的不同段落，请核对）"
_ACROSS = "（所涉数字分处同一标题下的不同段落，按“{scope}”对照前文，请核对）"


def containment_across(
    document: Document,
    extracted: Sequence[BlockQuantities],
    lex: Lexicon,
    found: Sequence[Relation],
) -> list[Relation]:
    """A scope naming a set its own paragraph does not state (「在审核的规范性文件中，…」 two
    paragraphs after 「审核规范性文件42件」): the set is looked for in the few paragraphs
    before it under the same heading, the nearest first; and a count of the units of an
    inventory an earlier paragraph of the heading states (「全县有乡镇（街道）14个」 …
    「全县16个乡镇（街道）全部完成…」). A link by shared words across paragraphs is a
    reading: a warning. What ``found`` already reports is left out."""

    if "containment" not in lex.data:
        return []
    told = Told([r for r in found if r.verdict is Verdict.CONTRADICTION])
    out: list[Relation] = []
    recent: list[tuple[BlockQuantities, list[Quantity]]] = []
    stocks: list[tuple[Quantity, str, str]] = []  # inventories of the heading's paragraphs
    pending: tuple[BlockQuantities, Sequence[Quantity]] | None = None
    pops: list[_Pop] = []  # populations stated in the heading's paragraphs
    for bq in heading_figures(document, extracted):
        if bq is None:
            recent, stocks, pending, pops = [], [], None, []
            continue
        qs = [q for q in bq.quantities if _usable(q, lex)]
        if pending is not None:
            # the inventories of the paragraph before, read once a later one may count them
            stocks = [*stocks, *_inventories(*pending, lex)][-MAX_STOCKS:]
            if "人口" in pending[0].text:
                pops = [*pops, *_populations(*pending, lex)][-MAX_POPULATIONS:]
            pending = None
        if recent and qs:
            for scope in _scopes(bq, lex, qs):
                if scope.whole is not None:
                    continue
                own = [
                    (q, bq.text)
                    for q in qs[max(0, scope.first - MAX_BACK) : scope.first]
                    if q.num_start < scope.start
                ]
                for q in scope.parts:
                    if _named(lex, scope, q, own[-MAX_BACK:], bq.text):
                        continue  # its own paragraph names the set
                    for earlier, eqs in reversed(recent):
                        wholes = _named(
                            lex, scope, q, [(w, earlier.text) for w in eqs[-MAX_BACK:]], bq.text
                        )
                        if not wholes:
                            continue
                        note = _ACROSS.format(scope=scope.shown)
                        rel = _exceeds(lex, scope, q, wholes, Severity.WARNING, note=note)
                        if rel is not None and not told.covers(rel):
                            out.append(rel)
                        break
        if recent and qs:
            # a split by a dimension of a whole stated in an earlier paragraph
            for rel in _by_dimension(bq, lex, qs, recent):
                if not told.covers(rel):
                    out.append(rel)
        if recent and qs and any(w in bq.text for w in ("类", "领域", "方面")):
            # a category of a whole stated in an earlier paragraph
            for rel in _categories(bq, lex, qs, recent):
                if rel.involved[0].block != bq.block and not told.covers(rel):
                    out.append(rel)
                    told.add(rel)
        if pops and qs:
            # people of an area above the population an earlier paragraph states for it
            for rel in _over_population(bq, lex, qs, pops, across=True):
                if not told.covers(rel):
                    out.append(rel)
            # visits above what its residents could make in a year
            for rel in _visits_over(bq, lex, qs, pops):
                if not told.covers(rel):
                    out.append(rel)
        if stocks and qs:
            # the units of an inventory stated in an earlier paragraph of the heading
            for rel in _over_inventory(bq, lex, qs, stocks, _ACROSS_STOCK):
                if not told.covers(rel):
                    out.append(rel)
        recent = [*recent, (bq, qs)][-LOOK_BACK:]
        pending = (bq, qs)
    return out


# the area a figure is counted for: 全镇, 本街道, 该县, 辖区
_AREA_RE = re.compile(r"(?:全|本|该|我)(?:区|市|县|镇|乡|街道|旗|社区|村)|辖区")
MAX_POPULATIONS = 4  # populations a count of people is compared with


def _area(words: str) -> str:
    """The area the words name, by its kind (全镇, 本镇, 该镇 -> 镇; 辖区 -> 辖区), or ""."""
    found = _AREA_RE.findall(words)
    return found[-1].lstrip("全本该我") if found else ""


def _populations(bq: BlockQuantities, qs: Sequence[Quantity], lex: Lexicon) -> list[_Pop]:
    """The populations a block states (「全镇常住人口2.4万人」), each with its area; none when
    the block says people come from beyond them (流动人口, 辐射周边)."""
    words = tuple(lex.data.get("magnitude", {}).get("population", ()))
    beyond = lex.data.get("magnitude", {}).get("beyond", ())
    if any(b in bq.text for b in beyond):
        return []  # 「另有流动人口1.2万人」: the residents are not all the people there
    out = []
    for q in qs:
        if q.kind != "count" or not lex.same_units(q.unit, "人") or q.change:
            continue
        clause = _clause_before(bq.text, q.num_start)
        before = _BRACKET_RE.sub("", clause).rstrip("仅约为达共计有")
        if words and before.endswith(words) and not _elsewhere(lex, bq.text, q):
            out.append(_Pop(q, _area(clause), clause.strip()))
    # (a group of the population, 「其中城镇人口12.82万人」, bounds only the people of its group)
    groups = subgroups(bq.text, [p.q for p in out], words)
    return [replace(p, group=groups.get(id(p.q))) for p in out][-MAX_POPULATIONS:]


@dataclass(frozen=True)
class _Pop:
    """A population figure and the area it counts."""

    q: Quantity
    area: str  # 镇, 街道, 辖区 or ""
    words: str  # 全镇常住人口
    group: str | None = None  # the group a smaller population names (城镇 of 城镇人口), or None


def _over_population(
    bq: BlockQuantities,
    lex: Lexicon,
    qs: Sequence[Quantity],
    pops: Sequence[_Pop],
    across: bool = False,
) -> list[Relation]:
    """People of an area (群众, 居民: numbers.toml ``magnitude.residents``) counted above the
    population stated for it (「全镇常住人口2.4万人」 … 「普法宣传覆盖全镇群众3.1万人」). Visits
    (人次) may exceed it; words that reach beyond the residents (流动人口, 辐射周边, 线上:
    ``magnitude.beyond``), a count over years (累计) or of another area (全区 after 本街道) are
    other sets; a count naming no area (「覆盖群众52万人」) may reach beyond it, unless it is
    in the population's own sentence (the residents that sentence counts are its people). In the
    population's sentence an error; elsewhere a warning (the link is the area named and the
    residents' noun)."""
    if not pops:
        return []
    data = lex.data.get("magnitude", {})
    residents = tuple(data.get("residents", ()))
    beyond = tuple(data.get("beyond", ()))
    text = bq.text
    out: list[Relation] = []
    for q in qs:
        if q.kind != "count" or not lex.same_units(q.unit, "人") or q.change:
            continue
        if any(p.q is q for p in pops):
            continue
        clause = _clause_before(text, q.num_start)
        words = clause + text[q.end : q.end + 6]
        if not any(r in words for r in residents) or any(b in words for b in beyond):
            continue
        start = bq.sentence_starts[q.sentence] if bq.sentence_starts else 0
        if any(b in text[start : q.num_start] for b in beyond) or _elsewhere(lex, text, q):
            continue
        area = _area(clause)
        for pop in reversed(pops):
            if pop.q.block == q.block and pop.q.num_start > q.num_start:
                continue
            if area and pop.area and area != pop.area and "辖区" not in (area, pop.area):
                continue  # 全区 after 本街道: another area's people
            if pop.group is not None and not names_group(pop.group, words):
                continue  # (城镇人口12.82万人 bounds no 男性25.79万人)
            one = pop.q.block == q.block and pop.q.sentence == q.sentence
            if not area and not one:
                # 「覆盖群众52万人」 after another sentence's population: a reach that may pass
                # the area's bounds; the residents of the population's own sentence, naming
                # no other area, are its people (「全区常住人口38.6万人，…覆盖群众41.2万人」)
                continue
            if bounds(q)[0] > bounds(pop.q)[1]:
                note = "" if one else "（按所述地区读作同一人口，请核对）"
                if across:
                    note = "（所涉数字分处同一标题下的不同段落，请核对）"
                words_shown = clause.lstrip("，,；;：: 　")
                out.append(
                    Relation(
                        "base",
                        Verdict.CONTRADICTION,
                        q.block,
                        (q.num_start, q.end),
                        (span_of(pop.q), span_of(q)),
                        code="N206",
                        severity=Severity.ERROR if one else Severity.WARNING,
                        message=(
                            f"“{words_shown}{q.text}”多于文中所述{pop.words}{pop.q.text}，"
                            f"一地的人数不应多于其人口（{q.text}＞{pop.q.text}）{note}"
                        ),
                        suggestion="核对人数与文中所述的人口，人次、流动人口等应予说明",
                        data={"origin": "containment"},
                    )
                )
            break
    return out


def _visits_over(
    bq: BlockQuantities, lex: Lexicon, qs: Sequence[Quantity], pops: Sequence[_Pop]
) -> list[Relation]:
    """Visits (人次) above ``magnitude.visits-per-resident`` times the population an earlier
    paragraph of the heading states (「常住人口约3.5万人」 … 「受众达56万人次」): the bound
    :mod:`.magnitude` applies within a paragraph; a figure naming another area than the
    population's, or counted over another period or years, is not held to it (a warning)."""
    data = lex.data.get("magnitude", {})
    reach = (
        *data.get("beyond", ()),
        *data.get("online", ()),
        *lex.data["containment"]["elsewhere"],
    )
    out: list[Relation] = []
    for q in qs:
        if q.unit != "人次" or q.change or _elsewhere(lex, bq.text, q):
            continue
        # (the whole sentence before it: 「近三年来开展讲座360场，受众达…」「全区开展…，受众…」)
        start = bq.sentence_starts[q.sentence] if bq.sentence_starts else 0
        sentence = _year_sum_dropped(lex, bq.text[start : q.num_start])
        on_site = any(w in sentence for w in data.get("offline", ()))
        if any(
            w in sentence for w in reach if not (on_site and w in data.get("online", ()))
        ) or _YEAR_RANGE_RE.search(sentence):
            # (on site, 线下 or 现场, a medium word such as 观看 takes no one beyond the area)
            continue
        area = _area(sentence)
        for pop in reversed(pops):
            if area and area != pop.area and "辖区" not in (area, pop.area):
                break  # 全区 after 本街道 (or after a population naming no area): another area's
            rel = visits_over_population(bq, lex, q, pop.q, _ACROSS_POPULATION)
            if rel is not None:
                out.append(rel)
            break
    return out


_ACROSS_POPULATION = "（人口在同一标题下的前文，请核对）"


def _drawn(bq: BlockQuantities, lex: Lexicon, qs: Sequence[Quantity]) -> list[Relation]:
    """「收到举报线索86件，从中立案93件」「…，经调查属实的93件」: a figure drawn from a figure
    before it in its sentence (从中; a check's outcome as a 的-clause). Which one is a
    reading: a contradiction only above every figure of its class before it there, and none
    when the sentence counts another period or body before it (上年结转…)."""
    _, drawn_re, _, _ = _data(lex)
    checks = tuple(lex.data["containment"]["checked"])
    elsewhere = lex.data["containment"]["elsewhere"]
    text = bq.text
    out: list[Relation] = []
    for i, q in enumerate(qs):
        if i == 0:
            continue
        stage = drawn_re.search(q.pre) is not None
        pre = q.pre.lstrip("，,；;：: 　")
        checked = pre.startswith(checks) and pre.rstrip(_FILLER_END).endswith("的")
        if not (stage or checked):
            continue
        before = [
            w
            for w in qs[max(0, i - MAX_PARTS) : i]
            if w.sentence == q.sentence and _comparable(lex, w, q) is not None
        ]
        start = bq.sentence_starts[q.sentence] if bq.sentence_starts else 0
        start = max(start, before[0].pre_start if before else 0, q.num_start - 400)
        if not before or any(w in text[start : q.num_start] for w in elsewhere):
            continue
        factors = [(w, _comparable(lex, w, q)) for w in before]
        if all(x is not None and bounds(q)[0] * x > bounds(w)[1] for w, x in factors):
            whole = max(before, key=lambda w: bounds(w)[1])
            if stage:
                out.append(_relation(whole, q, "从中", Severity.ERROR, before, code="N103"))
            else:
                words = pre.rstrip(_FILLER_END)
                out.append(_relation(whole, q, words, Severity.ERROR, before, inline=True))
    return out


def _relation(
    whole: Quantity,
    part: Quantity,
    scope: str,
    severity: Severity,
    wholes: Sequence[Quantity],
    code: str = "N101",
    note: str = "",
    label: str = "",
    inline: bool = False,
    inventory: bool = False,
    part_noun: str = "",
    category: str = "",
) -> Relation:
    noun = describe(whole)
    named = label or (f"{whole.text}（{noun}）" if noun else whole.text)
    compared = f"{part.text}＞{whole.text}"
    factor = _comparable(load_lexicon(), whole, part)
    if factor is not None and factor != 1 and whole.kind == "measure":
        step = whole.granularity
        converted = show((part.value * factor / step).quantize(Decimal(1)) * step, whole)
        compared = f"{part.text}约合{converted}＞{whole.text}"
    words = _after_scope(part.pre.lstrip("，,；;：: 　"), scope)
    if category:
        message = f"“{category}{part.text}”是{named}中的一类，却多于后者（{compared}）"
    elif inventory:
        message = (
            f"“{words}{part.text}{part_noun}”多于文中所述共有的{named}，"
            f"部分不应多于总数（{compared}）"
        )
    elif code == "N103" or inline:
        message = f"“{words}{part.text}”取自前述{named}，却多于后者（{compared}）"
    else:
        message = f"“{scope}”后的{words}{part.text}是{named}的一部分，却多于后者（{compared}）"
        if len(wholes) > 1:
            others = "、".join(w.text for w in wholes if w is not whole)
            message += f"；同样可读作其整体的{others}也都小于它"
    return Relation(
        "flow" if code == "N103" else "partition",
        Verdict.CONTRADICTION,
        whole.block,
        (whole.num_start, whole.end),
        (span_of(whole), span_of(part)),
        code=code,
        severity=severity,
        message=message + note,
        suggestion="核对总数与其中的分项，部分不应多于其所属的整体",
        data={"origin": "containment", "scope": scope},
    )


def _after_scope(words: str, scope: str) -> str:
    """A part's words without the scope they run on from when the scope is told in the
    part's clause (「87件诉求中已调处化解」 after 「87件诉求中」: 已调处化解)."""
    for i in range(len(scope) - 1):
        if words.startswith(scope[i:]):
            return words[len(scope) - i :]
    return words


def _acts(lex: Lexicon, q: Quantity) -> tuple[str, ...]:
    """The acts a figure counts: the verbs of its clause but the light ones (开展, 完成:
    numbers.toml ``containment.light-verbs``), or the two characters before the number when
    the clause ends with a verb no lexicon names (民营医院追回412万元 -> 追回)."""
    light = set(lex.data["containment"]["light-verbs"])
    verbs = tuple(v for v in (m.group(0) for m in lex.verb_re.finditer(q.pre)) if v not in light)
    if verbs:
        return verbs
    pre = q.pre.rstrip("的了共计达为有")
    return (pre[-2:],) if len(pre) >= 4 and not q.verb else ()


# a figure's clause going on as a share of an area's total: 「532件，占全区总量的9.81%」
_SHARE_OF_TOTAL_RE = re.compile(
    r"[，,]?占(?:[全本][省市州区县旗镇乡])?[\u4e00-\u9fff]{0,8}?(?:总量|总数|总和)的"
)


def _by_dimension(
    bq: BlockQuantities,
    lex: Lexicon,
    qs: Sequence[Quantity],
    before: Sequence[tuple[BlockQuantities, Sequence[Quantity]]] = (),
) -> list[Relation]:
    """「全年立案查处违法行为63起。从领域看，食品安全领域立案查处71起」: a figure after a clause
    naming a dimension (从领域看，按类型分，) with the verb of an earlier figure of its class
    is a part of that figure's whole. The link is the verb only: a warning. With ``before``
    (earlier paragraphs of the heading, oldest first), a part whose own paragraph holds no
    figure of its verb before the clause is looked for there, the nearest paragraph first."""

    periods = lex.data["containment"]["period-marks"]
    text = bq.text
    out: list[Relation] = []
    starts = clause_starts(text, _CLAUSE_START_MARKS)
    first = 0
    for c in starts:
        opening = text[c : c + 1]
        if opening not in _DIMENSION_OPENERS and not opening.isspace():
            continue  # a dimension clause opens with 从/按/分/就 (after spaces)
        # (the first figure at or after the clause: counted on only for a clause read, the
        # starts ascending)
        while first < len(qs) and qs[first].num_start < c:
            first += 1
        m = _DIMENSION_RE.match(text, c)
        if m is None or any(ch in m.group(0) for ch in periods):
            continue  # 「从全年看，」: a period, which periods.py compares
        stop = _STATEMENT_END_RE.search(text, m.end())
        end = stop.start() if stop else len(text)
        own = [
            q
            for q in qs[max(0, first - MAX_BACK) : first]
            if q.num_start < m.start() and not _elsewhere(lex, text, q)
        ]
        if not own and not before:
            continue
        for q in qs[first : first + MAX_PARTS]:
            if q.num_start >= end:
                break
            if q.num_start < m.end() or _elsewhere(lex, text, q):
                continue
            act = _acts(lex, q)
            if not act:
                continue
            clause = _clause_before(text, q.num_start)
            same = _same_act(lex, act, q, text, [(w, text) for w in own])
            where: dict[int, str] = {}  # the paragraph text of a whole found before
            if before:
                if same:
                    continue  # its own paragraph holds the whole: read there
                for earlier, eqs in reversed(before):
                    candidates = [
                        w
                        for w in eqs[-MAX_BACK:]
                        if not _elsewhere(lex, earlier.text, w)
                        and dimension_list_start(earlier.text, w) < 0  # (as below)
                    ]
                    same = _same_act(lex, act, q, text, [(w, earlier.text) for w in candidates])
                    if same:
                        where = {id(w): earlier.text for w in candidates}
                        break
            # (「…等配套办法案件41件」 is a kind of 案件, no whole of 「大气污染类案件76件」)
            head = category_head([q.phrase])
            same = [w for w in same if not kind_by_examples(w.pre, head)]
            # (「其中涉企案件208件；按程序分，…」: a 其中 part before the dimension's statement
            # is a part of the whole the dimension splits, not that whole)
            same = [
                w
                for w in same
                if not (
                    any(w is o for o in own)
                    and w.pre.lstrip(" 　，,").startswith("其中")
                    and last_mark(text, "；;。", w.end, m.start()) >= 0
                )
            ]
            # (「按来信目的分类：…建议类8件。按信件类型分类：…意见建议类15件」: an item of a
            # split by another dimension is no whole of this one; both split one whole)
            same = [
                w
                for w in same
                if not (any(w is o for o in own) and dimension_list_start(text, w) >= 0)
            ]
            # (「其次是杨家坪街道，共立案532件，占全区总量的9.81%」: a figure stated as a share
            # of the area's total is an item of one split of that total, no whole of another)
            same = [w for w in same if not _SHARE_OF_TOTAL_RE.match(where.get(id(w), text), w.end)]
            if not same:
                continue
            whole = same[-1]
            if _other_body(clause, whole.pre):
                continue  # 「本部门…」 after 「全区…」: a split of another whole
            factors = [(w, _comparable(lex, w, q)) for w in same]
            if all(x is not None and bounds(q)[0] * x > bounds(w)[1] for w, x in factors):
                scope = m.group(0).strip(" 　，,：:")
                note = "（按同一动词读作前述总数的分项，请核对）"
                if before:
                    note = (
                        "（按同一动词读作前文总数的分项，所涉数字分处同一标题下的不同段落，请核对）"
                    )
                out.append(_relation(whole, q, scope, Severity.WARNING, same, note=note))
    return out


_EVERY_KIND = "各类"
_EVERY_KIND_NOTE = "（按“{whole}”读作其中一类的总数，所涉数字分处不同句子，请核对）"


def _of_every_kind(bq: BlockQuantities, lex: Lexicon, qs: Sequence[Quantity]) -> list[Relation]:
    """「全年共受理各类案件71.49万件……。全年共受理一审民事、商事案件76.31万件」: a whole named
    as every kind of a thing (各类 and its noun) and, in a later sentence of its paragraph, a
    figure of the same verb whose noun is that noun with words that narrow it (一审民事、商事
    案件 of 案件): a kind of the thing, never above it. The link is the words alone: a warning
    naming both figures. Not a figure named 各类 itself (受理各类民事案件 beside 各类刑事案件),
    of another period, body or class, a change, or one counted elsewhere (累计, 上年)."""
    text = bq.text
    out: list[Relation] = []
    wholes = [
        w
        for w in qs
        if w.noun.startswith(_EVERY_KIND)
        and len(w.noun) >= len(_EVERY_KIND) + 2
        and w.verb
        and not w.change
    ]
    if not wholes:
        return out
    for q in qs:
        if q.change or not q.verb or _EVERY_KIND in q.noun or q.unit_text.endswith("次"):
            continue
        for w in wholes:
            thing = w.noun[len(_EVERY_KIND) :]
            if (
                w.sentence >= q.sentence
                or w.verb != q.verb
                or len(q.noun) <= len(thing)
                or not q.noun.endswith(thing)
                or _comparable(lex, w, q) is None
            ):
                continue
            if _elsewhere(lex, text, q) or _other_body(q.pre, w.pre):
                continue
            if not periods_fit(
                period_at(lex, text, w.num_start), period_at(lex, text, q.num_start)
            ):
                continue
            factor = _comparable(lex, w, q)
            if factor is None or not bounds(q)[0] * factor > bounds(w)[1]:
                continue
            note = _EVERY_KIND_NOTE.format(whole=w.noun)
            out.append(_relation(w, q, w.noun, Severity.WARNING, [w], note=note, inline=True))
            break
    return out


# 「征地拆迁类信访事项」「食品领域投诉」: a category of a thing, by its kind (2-8 characters, no
# numeral or quantifier: not 各类, 两类, 分类) and the noun after 类/领域
_CATEGORY_RE = re.compile(
    r"(?P<kind>[\u4e00-\u9fff]{2,8}?)(?<![各分这此该等门多几两同某本大小一二三四五六七八九十])"
    r"(?P<mark>类|领域|方面的)(?P<noun>[\u4e00-\u9fff]{0,8})"
)
_KIND_BAD_RE = re.compile(r"[各分这此该等门多几两同某本一二三四五六七八九十]")
# what is said of a category after its noun (最为集中, 占比, 达): the noun ends there
_SAID_OF_RE = re.compile(
    r"最|较|占|达|居|位居|排名|排在|共计|合计|数量|总量|有|的|是|均|约|近|分别|集中"
)
MAX_WHOLES = 4  # earlier wholes a category is judged against


def _category_noun(lex: Lexicon, text: str, q: Quantity, start: int) -> tuple[str, str] | None:
    """The noun of the category a figure is counted in (「征地拆迁类信访事项最为集中，达1,311件」
    -> 信访事项; 「按诉求分类，噪音扰民类工单2.9万件」 -> 工单): the words from ``start`` to the
    figure name a kind with 类/领域 and the thing counted after it (or after the figure's
    unit), with the kind (征地拆迁); None when they name no category."""
    words = text[start : q.num_start]
    found = None
    for m in _CATEGORY_RE.finditer(words):
        found = m
    if found is None or _KIND_BAD_RE.search(found.group("kind")):
        return None
    noun = _SAID_OF_RE.split(found.group("noun"), maxsplit=1)[0]
    noun = _head(lex, noun) if noun and not lex.verb_re.match(noun) else ""
    if not noun and found.group("mark") != "方面的":  # 「城建方面的信访事项」: named after it
        tail = re.match(rf"{_WORD}{{0,8}}", text[q.end : q.end + 8])
        noun = _head(lex, tail.group(0)) if tail else ""
    return (found.group("kind"), noun) if len(noun) >= 2 else None


# the words of a kind or field (类, 领域, 方面) a clause naming a category holds
_KIND_WORD_RE = re.compile("类|领域|方面")


def _categories(
    bq: BlockQuantities,
    lex: Lexicon,
    qs: Sequence[Quantity],
    before: Sequence[tuple[BlockQuantities, Sequence[Quantity]]] = (),
) -> list[Relation]:
    """「全年受理信访事项1,204件」 … 「从反映问题看，征地拆迁类信访事项最为集中，达1,311件」: a
    category of a thing (X类/X领域 and the thing's noun) counted above an earlier whole of that
    thing (its noun among the whole's words, or two pairs of characters shared; the same unit
    class, period and body; not a figure of another kind). The nearest whole is read, the
    part's own paragraph first, then ``before`` (earlier paragraphs of the heading, oldest
    first); when several fit equally, a contradiction only above every one. In one sentence
    an error, else a warning."""
    text = bq.text
    out: list[Relation] = []
    prev_end = 0
    listed_stage: tuple[int, str] | None = None  # the stage of the last category read
    listed_at = -2
    for i, q in enumerate(qs):
        start = prev_start = prev_end
        prev_end = q.end
        if q.kind not in ("count", "money") or q.unit_text.endswith("次") or q.change:
            continue
        reach = max(start, q.num_start - 60)
        if _KIND_WORD_RE.search(text, reach, q.num_start) is None:
            continue  # (the clause read below lies within this stretch)
        stop = max(text.rfind(ch, reach, q.num_start) for ch in "。；;！？!?")
        if stop < 0 and reach == start and i > 0:
            # 「其余12件为其他类型纠纷，经调解成功121件」: the words right after another figure
            # up to a comma are that figure's (its category), not this one's
            comma = COMMA_RE.search(text, start, q.num_start)
            stop = comma.start() if comma else stop
        start = max(reach, stop + 1)
        if not any(w in text[start : q.num_start] for w in ("类", "领域", "方面")):
            continue
        named = _category_noun(lex, text, q, start)
        if named is None or _elsewhere(lex, text, q):
            continue
        if any(w in text[start : q.num_start] for w in lex.data["containment"]["elsewhere"]):
            continue  # 「上年，征地拆迁类…」: another period's category
        period = period_at(lex, text, q.num_start)
        clause = text[start : q.num_start]
        own = [
            (w, text)
            for w in qs[max(0, i - MAX_BACK) : i]
            if w.num_start < start and not _listed_together(text, w, q)
        ]
        # the stage its own words tell (since the figure before), or the stage of the category
        # listed right before it (「立案办理A领域公益诉讼492件，B领域公益诉讼488件」)
        stage = stage_of(lex, text[prev_start : q.num_start]) or (
            listed_stage if listed_at == i - 1 else None
        )
        listed_stage, listed_at = stage, i
        for pool in (own, *([(w, b.text) for w in ws[-MAX_BACK:]] for b, ws in reversed(before))):
            wholes = _category_wholes(lex, q, named, clause, period, pool, stage)
            if wholes:
                break
        else:
            continue
        factors = [(w, _comparable(lex, w, q)) for w in wholes]
        if not all(x is not None and bounds(q)[0] * x > bounds(w)[1] for w, x in factors):
            continue
        whole = max(wholes, key=lambda w: bounds(w)[1])
        one = whole.block == q.block and whole.sentence == q.sentence
        note = "" if one else "（按所述类别读作前述总数的分项，请核对）"
        if whole.block != q.block:
            note = "（按所述类别读作前文总数的分项，所涉数字分处同一标题下的不同段落，请核对）"
        scope = text[start : q.num_start].strip(" 　，,：:")
        out.append(
            _relation(
                whole,
                q,
                scope,
                Severity.ERROR if one else Severity.WARNING,
                wholes,
                note=note,
                category=scope,
            )
        )
    return out


_STRONG_MARKS = "。；;！？!?"
_FIGURE_RE = re.compile(r"[0-9０-９]")
LIST_REACH = 300  # characters read back from a figure for the 其中 that opens its list


def _listed_together(text: str, w: Quantity, q: Quantity) -> bool:
    """Are two figures items of one 其中 list (「其中，人员招录信息3条，…，疫情信息8条，公共资源
    配置领域信息12条」): a 其中 opens the list in ``w``'s clause run before it (within
    :data:`LIST_REACH`) and no stronger mark than a comma parts them — siblings, the one no
    whole of the other. So are items each followed by a bare share of their whole (「指南1条，
    占8%；其他公文5条，占41%；…其他类信息2条，占17%」), whatever marks part them."""
    if OWN_SHARE_RE.match(text, w.end) and OWN_SHARE_RE.match(text, q.end):
        return True
    if q.num_start - w.end > LIST_REACH or any(
        ch in text[w.end : q.num_start] for ch in _STRONG_MARKS
    ):
        return False
    reach = max(0, w.num_start - LIST_REACH)
    start = max(max(text.rfind(ch, reach, w.num_start) for ch in _STRONG_MARKS) + 1, reach)
    if "其中" in text[start : w.num_start]:
        return True
    # 「发布信息84条：发布政府信息公开制度2份，部门文件3份，预算决算类信息23份，…」: a colon
    # after a figure (the list's whole told first) opens its items as 其中 does — siblings
    colon = max(text.rfind(ch, start, w.num_start) for ch in "：:")
    return colon > start and _FIGURE_RE.search(text, start, colon) is not None


# what lies between two items of one list: a mark and the next item's words, no sentence end
_NEXT_ITEM_RE = re.compile(r"[，,、][\u4e00-\u9fff]{1,12}")
_SUMMED_RE = re.compile(r"共|合计|总计|总数|总量|累计")


def _peer_of_category(text: str, previous: Quantity, w: Quantity) -> bool:
    """Is ``w`` the next item, in one list, after a figure counted in a category (X类/X领域),
    and no sum of the list (共, 合计)?"""
    return (
        ("类" in previous.pre or "领域" in previous.pre)
        and previous.block == w.block
        and previous.end <= w.num_start
        and _NEXT_ITEM_RE.fullmatch(text, previous.end, w.num_start) is not None
        and not _SUMMED_RE.search(text, previous.end, w.num_start)
    )


def _category_wholes(
    lex: Lexicon,
    q: Quantity,
    named: tuple[str, str],
    clause: str,
    period: str | None,
    pool: Sequence[tuple[Quantity, str]],
    stage: tuple[int, str] | None = None,
) -> list[Quantity]:
    """The best wholes of a category (its kind and noun) in ``pool`` (figures with their
    block's text). A whole of a sibling kind (食品安全案件 for 药品安全类案件: the words end
    alike past the noun, into the kind, and differ before) is not one, nor one told at
    another stage of a case flow than the category's sentence tells (``stage``, read by
    :func:`.funnel.stage_of`: 提起公益诉讼457件 … 立案办理食品药品安全领域公益诉讼492件)."""
    noun = named[1]
    scored: list[tuple[int, Quantity]] = []
    pairs = _bigrams(noun)
    previous: Quantity | None = None
    for w, wtext in pool:
        listed = previous is not None and _peer_of_category(wtext, previous, w)
        previous = w
        if w is q or _comparable(lex, w, q) is None or w.change or _elsewhere(lex, wtext, w):
            continue
        said = _said(wtext, w)
        if "类" in w.pre or "领域" in w.pre or kind_by_examples(w.pre, noun) or listed:
            # a category itself, not the whole — or the next item of a list of categories
            # (「行政处罚类17件，…，行政不作为2件」: its last item, named without 类)
            continue
        shared = sum(p in said for p in pairs)
        if not (noun in said or shared >= 2):
            continue
        if names_other_kind(noun, said) or _other_body(clause, w.pre):
            continue
        if _sibling(named, said):
            continue
        told = stage_of(lex, w.pre) if stage is not None else None
        if stage is not None and told is not None and told[0] != stage[0]:
            continue
        if not periods_fit(period_at(lex, wtext, w.num_start), period):
            continue
        scored.append((shared, w))
    if not scored:
        return []
    best = max(sc for sc, _ in scored)
    return [w for sc, w in scored if sc == best][-MAX_WHOLES:]


def _same_act(
    lex: Lexicon,
    act: tuple[str, ...],
    q: Quantity,
    text: str,
    earlier: Sequence[tuple[Quantity, str]],
) -> list[Quantity]:
    """The earlier figures (each with its block's text) of the part's act (one of its verbs
    in their words), class and period."""
    period = period_at(lex, text, q.num_start)
    reach = max(0, q.num_start - CLAUSE_REACH)
    start = max(reach, max(text.rfind(ch, reach, q.num_start) for ch in "，,；;。：:") + 1)
    named = _category_noun(lex, text, q, start) if "类" in text or "领域" in text else None
    return [
        w
        for w, wtext in earlier
        if any(a in w.pre for a in act)
        and _comparable(lex, w, q) is not None
        and periods_fit(period_at(lex, wtext, w.num_start), period)
        and not _sibling(named, _said(wtext, w))  # not 食品安全案件 for 药品安全类案件
    ]


# 「全县共有行政村112个」「辖区现有中小学校141所」「全镇下辖18个社区」: the units an area holds
_STOCK_RE = re.compile(
    r"(?:共有|现有|拥有|下辖|辖有|共辖|辖)(?P<noun>[\u4e00-\u9fff（）()]{0,10})$"
)
_AREA_OPEN_RE = re.compile(r"^(?:全|本|我|该)(?:区|市|县|镇|乡|街道|旗)|^辖区")
# (not 中有: 「全镇19个村中有17个建成…」 names a part of the set before it, not a stock)
_AREA_HAS_RE = re.compile(r"(?<!中)有(?P<noun>[\u4e00-\u9fff（）()]{0,10})$")
MAX_STOCKS = 8  # inventories a figure is compared with
# two kinds one count names (「18个行政村和社区均…」), no count of its own after the joiner
_TWO_KINDS_RE = re.compile(
    r"([\u4e00-\u9fff]{1,4}?)(?:和|及|、)([\u4e00-\u9fff]{1,4}?)"
    r"(?=已|均|全部|都|共|实现|[，,。；;])"
)
_AREA_ALONE_RE = re.compile(r"(?:全|本)(?:区|市|县|镇|乡|街道|旗)(?P<noun>)")
_AREA_BEFORE_RE = re.compile(r"(?:全|本)(?:区|市|县|镇|乡|街道|旗)$")
_BARE_STOCK_RE = re.compile(r"(?P<noun>[\u4e00-\u9fff]{2,8}?)(?:共|为|有|达)?")


def _head(lex: Lexicon, words: str) -> str:
    """The noun that opens ``words`` (律师参加公益服务 -> 律师): up to the first verb."""
    words = _BRACKET_RE.sub("", words)
    m = lex.verb_re.search(words, 1)  # 调解委员会完成…: a noun may open with a verb's characters
    return words[: m.start()] if m else words


def _inventories(
    bq: BlockQuantities, qs: Sequence[Quantity], lex: Lexicon
) -> list[tuple[Quantity, str, str]]:
    """The inventories a block states, each with the noun of the units it counts and the
    words of its clause."""
    out: list[tuple[Quantity, str, str]] = []
    text = bq.text
    at_start = tuple(lex.data.get("magnitude", {}).get("stock-at-start", ()))
    for i, q in enumerate(qs):
        if q.kind != "count" or q.unit_text.endswith("次") or q.change:
            continue
        near = text[max(0, q.num_start - 30) : q.num_start]
        if "有" not in near and "辖" not in near and not _AREA_BEFORE_RE.search(near):
            continue  # no 共有/现有/下辖 or area before it: not an inventory (a cheap test first)
        raw = _clause_before(bq.text, q.num_start)  # 「全县有乡镇（街道）14个」: brackets kept
        pre = _BRACKET_RE.sub("", raw)
        m = _STOCK_RE.search(pre)
        if m is None and _AREA_OPEN_RE.search(pre):
            m = _AREA_HAS_RE.search(pre)
        if m is None:
            # 「全镇18个行政村和社区均建立…」: the area alone before the count names all of
            # its units
            m = _AREA_ALONE_RE.fullmatch(pre.strip(" 　"))
        if (
            m is None
            and out
            and i > 0
            and out[-1][0] is qs[i - 1]
            and qs[i - 1].sentence == q.sentence
            and lex.verb_re.search(pre) is None
            # right after the stock before it, by a comma (not a part after 其中：, 、)
            and bq.text[qs[i - 1].end : q.num_start].lstrip("，, 　") == raw.strip(" 　")
            and bq.text[qs[i - 1].end : qs[i - 1].end + 1] in "，,"
            and "其中" not in pre
            # of another unit (学校 所, 学生 人): in the stock's own unit it may be a part of it
            and not lex.same_units(q.unit, qs[i - 1].unit)
        ):
            # the next stock of the statement, a clause of a bare noun and its count in
            # another unit (「全县共有幼儿园48所，在园幼儿1.2万人」)
            m = _BARE_STOCK_RE.fullmatch(pre.strip(" 　"))
            if m is not None:
                pre = out[-1][2] + "，" + pre  # its area is the statement's (全区共有…)
        if m is None or _elsewhere(lex, bq.text, q) or NEW_UNITS_RE.search(pre):
            continue  # (全年新建养老机构5家: the year's new units, no inventory)
        s_start = bq.sentence_starts[q.sentence] if bq.sentence_starts else 0
        if any(w in text[s_start : q.num_start] for w in at_start):
            continue  # 年初共有养老机构24家: new ones may join it (magnitude.stock-at-start)
        noun = m.group("noun")
        if not noun:  # 「全区共有74个村」: the noun after the count
            tail = re.match(rf"{_WORD}{{0,8}}", bq.text[q.end : q.end + 8])
            noun = _head(lex, tail.group(0)) if tail else ""
            noun = re.split(r"和|及|与|、|[0-9０-９]", noun)[0]  # 8个镇和5个街道: 镇
            noun = re.split(r"已|均|都|全部", noun)[0]  # 11个村已实现…: 村
            two = _TWO_KINDS_RE.match(bq.text, q.end)
            if noun and two is not None and two.group(1).endswith(noun):
                # 「18个行政村和社区」: one count of two kinds, named as 村（社区） names them
                noun = f"{two.group(1)}（{two.group(2)}）"
        if (
            noun
            and m.re is _AREA_ALONE_RE
            and not _BRACKET_RE.sub("", noun).endswith(
                tuple(lex.data["containment"].get("divisions", ()))
            )
        ):
            # (「全区300家企业参加培训」: the area's firms that took part, not all of them;
            # its villages, streets and towns are all there are: containment.divisions)
            continue
        if noun:
            # the kinds in brackets (乡镇（街道）) are kept: a count naming others is not of it
            around = raw[-len(noun) - 12 :] + bq.text[q.end : q.end + 12]
            kinds = "".join(dict.fromkeys(_BRACKET_RE.findall(around)))
            out.append((q, noun + kinds, pre))
            union = _listed(lex, text, qs, i, noun, bool(m.group("noun")))
            if union is not None:
                out.append((union, union.kinds, pre))
                # each listed kind is an inventory of its own too (「辖11个镇（街道）、142个
                # 村（社区）」: 142 villages), with the kinds in brackets after it
                at = {(x.block, x.num_start): x for x in qs[i + 1 : i + MAX_LISTED]}
                for where, kind in zip(
                    union.members[1:], union.kinds.split("、")[1:], strict=False
                ):
                    member = at.get(where)
                    if member is not None:
                        brackets = _BRACKET_RE.match(bq.text, member.end + len(kind))
                        out.append((member, kind + (brackets.group(0) if brackets else ""), pre))
    return out[-MAX_STOCKS * 4 :]


@dataclass(frozen=True)
class _Union(Quantity):
    """The sum of the inventories one verb lists (辖8个镇和5个街道: 13), its kinds joined by
    、 (镇、街道) and its items as printed (8个＋5个)."""

    kinds: str = ""
    items: str = ""
    members: tuple[tuple[int, int], ...] = ()  # the listed figures (block, where)


# the gap between two listed inventories: 「、社区」 (the noun before the count) or 「镇和」
_LIST_GAP_RE = re.compile(
    r"(?P<after>[\u4e00-\u9fff]{1,6}?)?(?:、|和|及|以及|，|,)(?P<before>[\u4e00-\u9fff]{0,8})"
)
MAX_LISTED = 6  # inventories one verb lists


def _listed(
    lex: Lexicon, text: str, qs: Sequence[Quantity], at: int, noun: str, before: bool
) -> _Union | None:
    """「全县有行政村96个、社区21个」「全区辖8个镇和5个街道」: the inventories listed after the
    first (``qs[at]``) under its verb, as their sum (each of its unit class; the noun before
    each count when the first names it before, else after)."""
    first = qs[at]
    kinds = [_BRACKET_RE.sub("", noun)]
    items = [first]
    prev = first
    for q in qs[at + 1 : at + MAX_LISTED]:
        # (a bracket of its kinds after the one before: 「11个镇（街道）、142个村」)
        gap = _LIST_GAP_RE.fullmatch(_BRACKET_RE.sub("", text[prev.end : q.num_start]))
        if gap is None or q.sentence != first.sentence or q.change or q.approx:
            break
        if q.unit_text.endswith("次") or _comparable(lex, first, q) != 1:
            break
        if before:
            kind = gap.group("before")
        else:
            tail = re.match(rf"{_WORD}{{0,8}}", text[q.end : q.end + 8])
            kind = _head(lex, _SAID_OF_RE.split(tail.group(0))[0]) if tail else ""
            kind = re.split("和|及|、", kind)[0]
        if not kind or lex.verb_re.match(kind) or q.unit_text != first.unit_text:
            break  # 「、开展培训12场」: a clause of its own
        if NEW_UNITS_RE.search(kind):
            break  # 「，全年新建养老机构5家」: the year's new units, no kind of the stock
        kinds.append(kind)
        items.append(q)
        prev = q
    if len(items) < 2 or first.approx:
        return None
    low = sum((q.low for q in items), Decimal(0))
    high = sum((q.high for q in items), Decimal(0))
    fields = {f: getattr(first, f) for f in first.__dataclass_fields__}
    fields.update(value=low, low=low, high=high, number=fmt(low), decimals=0)
    return _Union(
        **fields,
        kinds="、".join(kinds),
        items="＋".join(q.text for q in items),
        members=tuple((q.block, q.num_start) for q in items),
    )


_UNIT_NOUN_RE = re.compile(
    r"(?:[（(][^（）()，,；;。]{0,10}[）)]|[^，,；;。：:、！？!?“”\n（(]){0,12}"
)


def _unit_noun(lex: Lexicon, text: str, q: Quantity) -> tuple[list[str], str]:
    """The kinds a figure names in brackets right after it (村（社区）) and the noun it counts:
    the noun after its unit up to a verb, else the object of its verb."""
    # (a bracket of kinds may list them with 、: 「69个村（社区、农场）」)
    tail = _UNIT_NOUN_RE.match(text, q.end, q.end + 24)
    raw = tail.group(0)[:24] if tail else ""
    kinds = _BRACKET_RE.findall(raw)
    own = _head(lex, _BRACKET_RE.sub("", raw)) if raw else _own_noun(lex, text, q)
    return kinds, own


def _names_all(own: tuple[list[str], str], union: _Union) -> bool:
    """Does a figure naming kinds (村（社区）: 村, 社区) count every kind of a union and no
    other (行政村、社区)? A kind is named by its last character or a pair it shares."""
    named = [own[1], *(n for k in own[0] for n in k.strip("（）()").split("、"))]
    kinds = union.kinds.split("、")
    if len(named) != len(kinds) or not all(named):
        return False

    def same(a: str, b: str) -> bool:
        return a[-1] == b[-1] or bool(_bigrams(a) & _bigrams(b))

    return all(any(same(n, k) for k in kinds) for n in named) and all(
        any(same(n, k) for n in named) for k in kinds
    )


def _names_units(own: tuple[list[str], str], noun: str) -> bool:
    """Does a figure count the units of an inventory: its own noun is the inventory's head
    (村 of 行政村) or shares two characters in a row with it (执业律师 / 律师), and any kind it
    names in brackets is one the inventory names (not 村（社区） against 行政村)?"""
    kinds, words = own
    if any(k not in noun for k in kinds):
        return False
    noun = _BRACKET_RE.sub("", noun)
    if not words:
        return False
    if noun.endswith(words) and len(noun) - len(words) >= 3:
        return False  # 规模以上工业企业 … 416家企业: the bare head may count a wider class
    return noun.endswith(words) or words.endswith(noun) or bool(_bigrams(words) & _bigrams(noun))


def _bounded_by(lex: Lexicon, text: str, q: Quantity, said: str) -> bool:
    """Is a figure above an inventory of its units bounded by it: not counted over another
    period or years (累计), not a flow over the year (新接收), not of another body (全市)?"""

    clause = _clause_before(text, q.num_start)
    return not (
        _elsewhere(lex, text, q)
        or _FLOW_WORDS_RE.search(clause)
        or _other_body(clause, said)
        or other_scope(clause, said)
    )


# a bracket right after a figure's noun saying what else it counts (含, 包括)
_INCLUDES_OTHERS_RE = re.compile(r"[\u4e00-\u9fff]{0,8}[（(](?:含|包括|包含)")


def _over_inventory(
    bq: BlockQuantities,
    lex: Lexicon,
    qs: Sequence[Quantity],
    stocks: Sequence[tuple[Quantity, str, str]],
    note: str = "",
) -> list[Relation]:
    """Figures counting the units of an inventory stated before them (「全县共有行政村112个」
    … 「为117个村配备法律顾问」) above it. Visits (户次, 人次) are not units; a count over
    other periods or areas (累计, 全市) is another set. The link is the noun: a warning."""
    if not stocks:
        return []
    out: list[Relation] = []
    text = bq.text
    listed = {m for stock, _, _ in stocks if isinstance(stock, _Union) for m in stock.members}
    for q in qs:
        if q.kind != "count" or q.unit_text.endswith("次") or q.family in FLOW_STAGES:
            continue  # visits are not units; 受理, 办结: a flow over the year
        if (q.block, q.num_start) in listed:
            continue  # 「共有律师事务所12家、基层法律服务所30家」: a kind beside the other
        if _INCLUDES_OTHERS_RE.match(text, q.end):
            continue  # 「为872家企业（含规模以下企业）」: the figure says it counts more kinds
        own: tuple[list[str], str] | None = None  # what it counts, read once when needed
        for stock, noun, said in reversed(stocks[-MAX_STOCKS:]):
            if stock is q or (stock.block == q.block and stock.num_start >= q.num_start):
                continue
            if _comparable(lex, stock, q) is None:
                continue
            if own is None:
                own = _unit_noun(lex, text, q)
            if isinstance(stock, _Union):
                if not _names_all(own, stock):
                    continue  # 村（社区） counts a union of kinds, 村 one kind
            elif not _names_units(own, noun):
                continue
            # the nearest inventory of its units bounds it
            if bounds(q)[0] > bounds(stock)[1] and _bounded_by(lex, text, q, said):
                label = f"{noun}{stock.text}"
                if isinstance(stock, _Union):
                    label = f"{stock.kinds}共{stock.text}（{stock.items}）"
                shown = re.split("全部|均|已|都|共", own[1])[0]
                shown = "" if shown in q.pre else shown  # 参与律师达430名: named before it
                out.append(
                    _relation(
                        stock,
                        q,
                        "",
                        Severity.WARNING,
                        [stock],
                        label=label,
                        inventory=True,
                        part_noun=shown if len(shown) <= 4 else "",
                        note=note,
                    )
                )
            break
    return out
