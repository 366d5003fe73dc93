"""What every relation rule shares: the verdicts, the :class:`Relation` record and the
helpers that name and compare numbers."""

from __future__ import annotations

import bisect
import enum
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import lru_cache
from typing import Any

from ...model import Severity, Span
from ..cn_numbers import fmt
from ..quantities import NEGATIONS, BlockQuantities, Lexicon, Quantity, load_lexicon


class Verdict(str, enum.Enum):
    CONSISTENT = "consistent"
    CONTRADICTION = "contradiction"
    UNKNOWN = "unknown"


# relation kind -> codes it can produce
KINDS = {
    "partition": ("N101", "N102"),
    "flow": ("N103", "N107"),
    "rate": ("N104",),
    "rate-cap": ("N105",),
    "points": ("N106",),
    "change": ("N108",),
    "unit-slip": ("N201",),
    "approx": ("N202",),
    "announced": ("N203",),
    "missing-unit": ("N204",),
    "average": ("N205",),
    "base": ("N206",),
    "year": ("N301",),
    "period": ("N302",),
    "date": ("N303", "N304"),
    "table-text": ("N401",),
}
KIND_OF_CODE = {code: kind for kind, codes in KINDS.items() for code in codes}


@dataclass(frozen=True)
class Relation:
    """The judgement of one relation between numbers."""

    kind: str
    verdict: Verdict
    block: int
    span: tuple[int, int]  # the primary number (a total, a rate...)
    involved: tuple[Span, ...] = ()
    code: str = ""
    severity: Severity | None = None  # for contradictions: the severity it deserves
    message: str = ""
    suggestion: str | None = None
    data: dict[str, Any] = field(default_factory=dict, compare=False)


COUNTABLE = ("count", "money", "measure", "time")  # kinds that can be parts of a total
# the year's new units (新建养老机构5家, 新增示范社区6个): members of the year-end stock,
# never a stock of their own; a change of the year (years.py)
NEW_UNITS_RE = re.compile(r"新增|新建|新设|新成立|新培育|新发展|新招录|新聘")
FLOW_STAGES = ("received", "accepted", "rejected", "concluded")  # verb families of a case flow


def merged_classes(groups: Iterable[Sequence[str]]) -> dict[str, str]:
    """Each unit of ``groups`` mapped to one name of its class (its least unit): the groups
    sharing a unit are one class (条 of writings and of filed items)."""
    out: dict[str, str] = {}
    for members in groups:
        if not members:
            continue
        names = {out[u] for u in members if u in out} | {min(members)}
        name = min(names)
        for unit, old in list(out.items()):
            if old in names:
                out[unit] = name
        for unit in members:
            out[unit] = name
    return out


def shares_class(
    qs: Iterable[Quantity], classes: dict[str, str], kinds: Sequence[str] | None = None
) -> bool:
    """Do two of the figures (of ``kinds``, when given) share a kind and a unit class of
    ``classes`` (a unit outside every class its own)? One pass over the figures."""
    seen: set[tuple[str, str]] = set()
    for q in qs:
        if kinds is None or q.kind in kinds:
            key = (q.kind, classes.get(q.unit, q.unit))
            if key in seen:
                return True
            seen.add(key)
    return False


def earlier_stage(w: Quantity, n: Quantity) -> bool:
    """Is the base's verb of an earlier stage of a case flow than the numerator's (受理 ←
    办结)? A refusal (不予受理, 告知, 退回) is the sibling of acceptance, not its later stage:
    only what was received comes before it."""
    if n.family not in FLOW_STAGES or w.family not in FLOW_STAGES or w.family == "rejected":
        return False
    if n.family == "rejected":
        return w.family == "received"
    return FLOW_STAGES.index(w.family) < FLOW_STAGES.index(n.family)


def bounds(q: Quantity) -> tuple[Decimal, Decimal]:
    """The values a printed number may stand for, its rounding included.

    A number printed with decimals (251.25万元, 2319.21) was rounded to its last printed
    digit: it stands for anything within half a unit of that digit (0.00 for less than half a
    unit, never below zero). An integer (351件, 3万元) is taken as exact; approximations
    (5000余) carry their own interval."""
    if q.low != q.high or not q.decimals:
        return q.low, q.high
    half = Decimal(1).scaleb(-q.decimals) * q.magnitude / 2
    return max(Decimal(0), q.value - half) if q.value >= 0 else q.value - half, q.value + half


def rate_check(part: Quantity, whole: Quantity, rate: Quantity) -> tuple[bool, str]:
    """Is the stated rate a rounding (or truncation) of part/whole at its printed precision?"""
    # operands printed with decimals (1.2万件) were rounded too: widen them (see bounds)
    p_low, p_high = bounds(part)
    w_low, w_high = bounds(whole)
    if w_high <= 0 or w_low <= 0:
        return True, ""
    r_low = p_low / w_high * 100
    r_high = p_high / w_low * 100
    unit = Decimal(1).scaleb(-rate.decimals)
    lo = rate.low - unit / 2
    hi = rate.high + unit  # rounding half up, or truncation
    ok = r_low < hi and r_high >= lo
    shown = (part.value / whole.value * 100).quantize(unit if rate.decimals else Decimal("0.01"))
    return ok, fmt(shown)


def span_of(q: Quantity) -> Span:
    return Span(q.block, q.num_start, q.end)


# the written name of a figure's magnitude (its multiplier), for messages: 1.14万件, 0.75亿元
MAGNITUDE_NAMES = {10_000: "万", 100_000_000: "亿"}


def show(value: Decimal, like: Quantity) -> str:
    """A value in the magnitude and unit of ``like`` (155 -> 155份; 11400 -> 1.14万件)."""
    mag = ""
    if like.magnitude > 1 and value % like.magnitude != value:
        scaled = value / like.magnitude
        mag = MAGNITUDE_NAMES.get(like.magnitude, "")
        if mag:
            return f"{fmt(scaled)}{mag}{like.unit_text}"
    return f"{fmt(value)}{like.unit_text}"


def describe(q: Quantity) -> str:
    """What a number counts, for messages: the words after the first verb (下达责令整改通知书
    -> 责令整改通知书), else the phrase."""
    lex = load_lexicon()
    phrase = q.phrase
    marker = lex.totals_re.search(phrase)
    start = marker.end() if marker else 0
    m = lex.verb_re.search(phrase, start)
    while m and phrase[m.end() : m.end() + 1] in ("组", "队", "员", "人", "机", "部", "局", "站"):
        m = lex.verb_re.search(phrase, m.end())
    if m and phrase[m.end() :]:
        return phrase[m.end() :]
    if q.inherited and phrase:
        return phrase  # 审结141件 after 上年结转8件: its own words, not the borrowed noun
    # (「其中投诉5,347件、举报1,465件」: a listed item's words open with the list's mark)
    return (q.noun or phrase).lstrip("、，,；;")


SHOWN_ITEM = 12  # characters of a listed item a message shows before cutting it with …


def shown_items(items: Sequence[str]) -> str:
    """Listed items for a message, joined by ；, each cut to SHOWN_ITEM characters."""
    return "；".join(i if len(i) <= SHOWN_ITEM else i[: SHOWN_ITEM - 1] + "…" for i in items)


def common_substring(a: str, b: str) -> int:
    """Length of the longest common substring.

    Asked for nearly every pair of noun phrases the rules compare: each start in the shorter
    string extends the best length found so far while that longer piece is still in the other
    (a substring test in C), instead of a table of every pair of characters built in Python.
    The longest common substring starting at ``i`` is found when it is longer than the best
    so far; otherwise nothing changes: the result is the table's maximum."""
    if len(a) > len(b):
        a, b = b, a
    best = i = 0
    n = len(a)
    while i + best < n:  # (a start with fewer than best + 1 characters left finds nothing longer)
        while i + best < n and a[i : i + best + 1] in b:
            best += 1
        i += 1
    return best


def nouns_compatible(a: Quantity, b: Quantity) -> bool:
    """Could two numbers count the same things (行政复议案件 / 复议案件)?"""
    x, y = a.noun, b.noun
    if not x or not y or a.inherited or b.inherited or _elided(a) or _elided(b):
        return True
    if x in y or y in x:
        return True
    return common_substring(x[-4:], y[-4:]) >= 2


def _elided(q: Quantity) -> bool:
    """Does the number's clause end with its verb (按期答复426件次), so the words before the
    verb qualify it and what it counts is left to the sentence?"""
    return bool(q.verb) and q.phrase.endswith(q.verb)


def last_mark(text: str, marks: str, start: int, end: int) -> int:
    """The position of the last character of ``marks`` in ``text[start:end]``, or -1: what
    a search for 「a mark, then no mark up to the end」 finds, by bisection in the marks'
    positions, listed once per text (the clause before a figure is read by several rules
    for every figure)."""
    found = mark_positions(text, marks)
    i = bisect.bisect_left(found, end) - 1
    return found[i] if i >= 0 and found[i] >= start else -1


def clause_tail(text: str, marks: str, start: int, end: int) -> str:
    """``text[start:end]`` after its last character of ``marks``: what a search of
    ``[^marks]*$`` in that stretch matches (a search that tries the pattern at every
    character of the stretch and runs each try to its end), by :func:`last_mark`."""
    k = last_mark(text, marks, start, end)
    return text[k + 1 if k >= 0 else start : end]


def char_before(text: str, pos: int, skipped: str = " 　") -> str:
    """The last character of ``text[:pos]`` that is not in ``skipped``, or "": what
    ``text[:pos].rstrip(skipped)[-1:]`` gives without copying the prefix (a copy per figure
    or per match was quadratic on a long paragraph)."""
    while pos > 0 and text[pos - 1] in skipped:
        pos -= 1
    return text[pos - 1] if pos > 0 else ""


@lru_cache(maxsize=1)
def check_clause_re() -> re.Pattern[str]:
    """A clause opening with a check of what was counted before it (numbers.toml
    ``containment.checked``: 经审查, 经调查…), its checker named between 经 and the verb too
    (「，经提案委员会审查，」): what follows tells what the check kept."""
    verbs = sorted(
        {w.removeprefix("经") for w in load_lexicon().data["containment"]["checked"]},
        key=lambda w: (-len(w), w),
    )
    return re.compile(
        rf"[，,；;]\s*经[\u4e00-\u9fff]{{0,10}}?(?:{'|'.join(map(re.escape, verbs))})[，,]"
    )


@lru_cache(maxsize=16)
def rest_words(*kinds: str) -> tuple[str, ...]:
    """numbers.toml ``rest`` words of the kinds named (``left`` 其余/剩余…, ``other`` 其他/其它,
    ``added`` 另/另外), longest first: the one home of every rule's words for the rest of a list."""
    data = load_lexicon().data["rest"]
    return tuple(sorted({w for k in kinds for w in data[k]}, key=lambda w: (-len(w), w)))


def rest_alternation(*kinds: str) -> str:
    """:func:`rest_words` as a regex alternation (no group), for a pattern compiled once."""
    return "|".join(map(re.escape, rest_words(*kinds)))


@lru_cache(maxsize=64)
def mark_positions(text: str, marks: str) -> list[int]:
    """Where the characters of ``marks`` stand in ``text``, in order (listed once per text
    and set of marks: several rules read the clauses of every paragraph)."""
    # (each mark's places listed once per text, whatever set of marks asks: the rules ask a
    # paragraph for some five sets, most of them holding ，；。)
    places = _places_of_marks(text)
    found: list[int] = []
    for mark in set(marks):
        at = places.get(mark)
        if at is None:
            at = places[mark] = _places_of(text, mark)
        found += at
    found.sort()
    return found


@lru_cache(maxsize=64)
def _places_of_marks(text: str) -> dict[str, list[int]]:
    """Where each mark asked of ``text`` so far stands (filled by :func:`mark_positions`)."""
    return {}


def _places_of(text: str, mark: str) -> list[int]:
    """Where the character ``mark`` stands in ``text``, in order."""
    # (found by str.find, which skips to it in C, where a class of marks is tried at every
    # character: faster when marks are rare, as fast when they are many)
    found: list[int] = []
    append, find = found.append, text.find
    at = find(mark)
    while at >= 0:
        append(at)
        at = find(mark, at + 1)
    return found


@lru_cache(maxsize=64)
def clause_starts(text: str, marks: str, thousands: bool = True) -> list[int]:
    """0 and the position after each character of ``marks`` in ``text``: where the clauses
    the marks cut it into start. With ``thousands=False`` a thousands separator
    (:func:`thousands_at`) cuts nothing. The list is shared: not to be changed."""
    return [0] + [
        p + 1 for p in mark_positions(text, marks) if thousands or not thousands_at(text, p)
    ]


def thousands_at(text: str, i: int) -> bool:
    """Is the character at ``i`` a thousands separator (a comma between digits)?"""
    return (
        text[i] == "," and 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()
    )


@lru_cache(maxsize=16)
def verbs_of(lex: Lexicon, family: str) -> tuple[str, ...]:
    """The lexicon's verbs of one family (``lex.verb_family``), in its order: listed once per
    lexicon, not by walking every verb for every figure."""
    return tuple(v for v, f in lex.verb_family.items() if f == family)


# an average word inside a name: a quoted name (「通过“每日甘州”」), an item of a 、 list
# whose words go on with a noun (「今日定西、每日头条等媒体」; not 「1200件、月均300件」 nor
# 「、每日接待群众」, an average and its verb), or one a 、 or a closing quote ends within a
# few characters (「每日头条、抖音」)
_QUOTE_BEFORE = "“‘《「"
_NAME_AFTER_RE = re.compile(r"[\u4e00-\u9fff]{1,3}[、”’》」]")
_NAME_GOES_ON_RE = re.compile(r"[\u4e00-\u9fff]{2}")


def in_name(words: str, start: int, end: int) -> bool:
    """Is the average word at ``words[start:end]`` part of a name (每日头条, “每日甘州”), not
    a figure per day or per member?"""
    before = words[start - 1] if start > 0 else ""
    if before and before in _QUOTE_BEFORE:
        return True
    if before == "、" and _NAME_GOES_ON_RE.match(words, end) is not None:
        return load_lexicon().verb_re.match(words, end) is None
    return _NAME_AFTER_RE.match(words, end) is not None


def per_or_change(lex: Lexicon, q: Quantity) -> bool:
    """A per-capita or average figure (每千人6.5批次, 人均5件) or a change against another
    period (较上年增加20件) is not a count of things."""
    if q.change:
        return True
    # asked by most rules for every figure: kept per lexicon by the words before it
    memo: dict[str, bool] | None = lex.__dict__.get("_per_words")
    if memo is None or len(memo) > _PER_WORDS_KEPT:
        memo = lex.__dict__["_per_words"] = {}
    found = memo.get(q.pre)
    if found is None:
        found = memo[q.pre] = any(
            not in_name(q.pre, m.start(), m.end()) for m in lex.average_re.finditer(q.pre)
        )
    return found


_PER_WORDS_KEPT = 8192


def per_past_bracket(lex: Lexicon, text: str, q: Quantity) -> bool:
    """:func:`per_or_change`, or a figure whose own words stop at a bracket that closes
    the words naming each member it counts (「实现每个村（社区）至少3名」: the words before the
    figure run on through the bracket, and a 每 there makes it a figure per member)."""
    if per_or_change(lex, q):
        return True
    start = q.pre_start
    if start <= 0 or text[start - 1] not in "）)":
        return False
    return (
        lex.average_re.search(clause_tail(text, "，,；;。：:", max(0, start - 30), start))
        is not None
    )


# 上年 after a word of comparison (较上年增长, 比上年, 与上年相比): the base of a change, no
# case carried over (but 连同上年遗留问题 brings last year's in)
# a comma, half- or full-width: where a clause of a sentence ends
COMMA_RE = re.compile("[，,]")
_COMPARED_YEAR_RE = re.compile(r"(?:较|比|与|(?<!连)同)(?:上年度|上一年|上年|去年|往年|历年)")


# what goes on from a bare 「无结转」 when the carry denied is into a later period
_CARRY_ONWARD = r"(?![下至到入]|[0-9０-９]{4}年度?(?:继续|办理|处理))"


@lru_cache(maxsize=4)
def _carry_denial_re(lex: Lexicon) -> re.Pattern[str]:
    clauses = lex.data["clauses"]
    new = clauses.get("all-new", {})

    def alt(words: Sequence[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"

    rest = f"(?:{alt(new.get('years', ()))})新?(?:{alt(new.get('intakes', ()))})"
    # (each lead a branch of its own, tried in the same order: every branch then opens with
    # a literal, and the engine skips to where one can begin instead of trying every character)
    leads = sorted(new.get("leads", ()), key=len, reverse=True)
    # (a denial ending on the carry word itself, 「无结转」, denies a carry OUT when a next
    # period or a later year goes on from it: 「无结转下年度继续办理」「无结转2024年继续办理件」
    # — session 33, s33-flow)
    words = clauses.get("no-carry", ())
    bare = [w for w in words if w.endswith("结转")]
    told = [w for w in words if not w.endswith("结转")]
    # (each bare word a branch of its own with the look after it, as (?:a|b)X is aX|bX tried in
    # the same order: a group there would cost the engine its skip, session 33 s33b-warmback)
    out_bare = [re.escape(w) + _CARRY_ONWARD for w in sorted(bare, key=len, reverse=True)]
    return re.compile("|".join([alt(told), *out_bare, *(re.escape(w) + rest for w in leads)]))


def carry_denials(lex: Lexicon, text: str) -> list[int]:
    """Where the text denies a carry-over into the year (numbers.toml ``clauses.no-carry``:
    无上年结转; ``clauses.all-new``: 均为当年新发生案件): the figures are this year's alone."""
    return [m.start() for m in _carry_denial_re(lex).finditer(text)]


def denies_carry(lex: Lexicon, text: str) -> bool:
    return _carry_denial_re(lex).search(text) is not None


def names_carry_over(lex: Lexicon, text: str) -> bool:
    """Does the text name cases carried over (numbers.toml ``clauses.carry-over``: 结转, 上年
    …), other than 上年 as the base of a comparison (较上年增长7.3%)?"""
    words = lex.data["clauses"]["carry-over"]
    if not any(w in text for w in words):
        return False
    plain = _COMPARED_YEAR_RE.sub("", text)
    # (cases carried OUT to next year, 「5件结转至下一年度办理」, came in this year: a pending
    # word of numbers.toml ``clauses.pending`` holding 结转 is no carry-over into the year)
    plain = _carried_out_re(lex).sub("", plain)
    # (a time word in a clause of other work, or the time of the whole statement: no carry-over)
    plain = _without_idle_times(lex, plain)
    return any(w in plain for w in words)


_CLAUSE_MARKS_RE = re.compile("[，,；;。！？!?]")
_STATEMENT_OPEN = "。！？!?；;：:"  # what a statement follows (its time word opens it)
# words of a clause telling cases of another time held in or added to this year's (「二审案件中
# 包括上年一审判决后上诉的案件」「连同上年未完成整改的15项」): a time word there is a carry-over
_HOLDS_WORDS = ("含", "包括", "包含", "连同", "加上", "未")
_TIME_CLAUSE_REACH = 120  # characters either side of a time word read for its clause


@lru_cache(maxsize=4)
def _running_sums(lex: Lexicon) -> frozenset[str]:
    """numbers.toml ``clauses.carry-over-sums`` (累计): a running sum, whose intake holds every
    case carried in wherever it stands."""
    return frozenset(lex.data["clauses"].get("carry-over-sums", ()))


@lru_cache(maxsize=4)
def _idle_times_res(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The time words of numbers.toml ``clauses.carry-over-times``; the words of the case flow
    (the verbs of the flow stages, the carried-in and the pending words, a word of inclusion,
    addition or of work not done);
    the opening of a statement's time: up to its intake verb, no 的 and no state of cases
    (not 「上年受理的案件中…」「上年未结…」)."""
    clauses = lex.data["clauses"]
    verbs = lex.data["verbs"]

    def alt(words: Sequence[str]) -> str:
        return (
            "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w))) or "(?!)"
        )

    states = [*clauses["carry-in"], *clauses["pending"]]
    flow = [*(w for f in FLOW_STAGES for w in verbs.get(f, ())), *states, *_HOLDS_WORDS]
    intake = alt([*verbs.get("received", ()), *verbs.get("accepted", ())])
    frame = rf"(?:(?!{alt(states)}|的)[^，,；;。！？!?])*?(?:{intake})(?!的|{alt(states)})"
    return (
        re.compile(alt(clauses.get("carry-over-times", ()))),
        re.compile(alt(flow)),
        re.compile(frame),
    )


def _without_idle_times(lex: Lexicon, text: str) -> str:
    """``text`` without the words of numbers.toml ``clauses.carry-over-times`` that say nothing
    of cases carried in: in a clause holding no word of the case flow (「累计走访企业3907家次」),
    or opening a statement as its time, its intake verb following (「去年上海法院共受理一审行政
    案件1990件」). One pass over the time words, each reading its own clause."""
    times, flow, frame = _idle_times_res(lex)
    if times.search(text) is None:
        return text
    keep: list[str] = []
    at = 0
    for m in times.finditer(text):
        floor = max(0, m.start() - _TIME_CLAUSE_REACH)
        start = max(text.rfind(c, floor, m.start()) for c in "，,；;。！？!?") + 1 or floor
        end_m = _CLAUSE_MARKS_RE.search(text, m.end(), m.end() + _TIME_CLAUSE_REACH)
        end = end_m.start() if end_m else min(len(text), m.end() + _TIME_CLAUSE_REACH)
        clause = text[start:end]
        opening = char_before(text, m.start())
        # (a running sum, 累计, before its intake verb makes that intake the sum so far after
        # a comma too: 「截至2022年12月，累计受理…203062件，办结…」)
        idle = flow.search(clause) is None or (
            (not opening or opening in _STATEMENT_OPEN or m.group(0) in _running_sums(lex))
            and frame.match(text, m.end(), end) is not None
        )
        if idle:
            keep.append(text[at : m.start()])
            at = m.end()
    keep.append(text[at:])
    return "".join(keep)


def carried_out_re(lex: Lexicon) -> re.Pattern[str]:
    """The pending words of numbers.toml ``clauses.pending`` holding a carry word (结转下年,
    结转至下一年): cases carried OUT into the next year, still open at this year's end."""
    return _carried_out_re(lex)


@lru_cache(maxsize=4)
def _carried_out_re(lex: Lexicon) -> re.Pattern[str]:
    words = lex.data["clauses"]["carry-over"]
    out = [w for w in lex.data["clauses"]["pending"] if any(c in w for c in words)]
    return re.compile("|".join(re.escape(w) for w in sorted(out, key=len, reverse=True)) or "(?!)")


def map_back(rel: Relation, pieces: list[tuple[int, str]]) -> Relation:
    """A relation found on pieces read as one text (a paragraph cut by a PDF page, two
    paragraphs read together), with its spans in the pieces' own blocks."""

    def locate(start: int, end: int) -> Span:
        offset = 0
        for index, text in pieces:
            if start < offset + len(text) or index == pieces[-1][0]:
                return Span(index, start - offset, min(end - offset, len(text)))
            offset += len(text)
        return Span(pieces[-1][0], start, end)  # pragma: no cover

    primary = locate(*rel.span)
    return replace(
        rel,
        block=primary.block,
        span=(primary.start, primary.end),
        involved=tuple(locate(sp.start, sp.end) for sp in rel.involved),
    )


@lru_cache(maxsize=1)
def link_filler_re() -> re.Pattern[str]:
    """Words any figure may carry that name nothing it counts (全年, 累计, 较上年, 案件…:
    numbers.toml ``rates.link-filler``), left out when the nouns of two figures are compared."""
    words = load_lexicon().data["rates"].get("link-filler", [])
    alternation = "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
    return re.compile(alternation or "(?!)")


# 「办理按日连续处罚、查封扣押、限产停产等配套办法案件41件」: a kind named by its examples
_EXAMPLES_KIND_RE = re.compile(
    r"、[^，,；;。]{1,30}?等(?:各类|各种|各项)?(?P<kind>[\u4e00-\u9fff]{2,12})$"
)


def kind_by_examples(pre: str, noun: str) -> bool:
    """Does a figure count a kind of ``noun`` named by a list of its examples (「按日连续处罚、
    查封扣押、限产停产等配套办法案件」 of 案件), not ``noun`` itself? Such a figure is no whole
    of a split of ``noun`` by another dimension (污染类型)."""
    m = _EXAMPLES_KIND_RE.search(pre)
    if m is None or not noun:
        return False
    kind = m.group("kind")
    return kind != noun and kind.endswith(noun)


def category_head(phrases: Sequence[str]) -> str:
    """The noun every phrase names after its category (大气污染类案件, 水污染类案件: 案件), or
    ""."""
    heads = {p.rsplit("类", 1)[1] if "类" in p else "" for p in phrases}
    head = heads.pop() if len(heads) == 1 else ""
    return head if len(head) >= 2 else ""


@lru_cache(maxsize=1)
def _means_re() -> re.Pattern[str]:
    words = load_lexicon().data["clauses"].get("means", ())
    alternation = "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
    return re.compile(
        rf"(?:{alternation})(?P<what>[\u4e00-\u9fff]{{2}})" if alternation else "(?!)"
    )


def by_means(q: Quantity, words: str = "") -> bool:
    """Does a figure count only what was done by some means (「通过网络庭审审结案件86件」:
    numbers.toml ``clauses.means``) that ``words`` (a scope, a rate's whole) do not name (网络)?
    Such a figure is a subset of its stage, not the stage's whole."""
    if q.total_marker:
        return False  # 「通过12315平台共受理投诉6,204件」: all of them, by one channel
    m = _means_re().search(q.pre)
    return m is not None and m.group("what") not in words


def not_the_concluded(text: str, word: str, n: Quantity, w: Quantity) -> bool:
    """Is a base no whole of the concluded cases a share of them is taken of? A figure of the
    cases concluded one way (「以调解、和解等方式结案1555件」: numbers.toml
    ``rates.manner-of-concluding``) is a share of all concluded, not of those received or
    accepted (an earlier stage: 「新收74.96万件」)."""
    if n.family != "concluded" or w.family not in FLOW_STAGES[:2]:
        return False
    manner = load_lexicon().data["rates"].get("manner-of-concluding", ())
    words = clause_tail(text, "，,；;。", max(0, n.num_start - 30), n.num_start)
    return any(m in words for m in manner)


@lru_cache(maxsize=1)
def respective_words() -> tuple[str, ...]:
    """The words that open a run of shares paired in order with the figures listed before
    (分别占, 各占: numbers.toml ``rates.respective``)."""
    return tuple(load_lexicon().data["rates"].get("respective", ("分别占",)))


# a clause naming the set the figures after it are drawn from: 「新招录执法人员中，」「商品类投诉
# 较多的前五类依次为：」「服务类投诉中，排名前三的依次为」 — their shares are of that set
SET_SCOPE_RE = re.compile(
    r"(?:^|(?<=[，,；;。：:\n]))[ 　]*在?(?P<set>[\u4e00-\u9fff]{2,12}?)"
    r"(?:中[，,]|(?:较多|最多|居前|排名|排在)[^，,；;。]{0,10}?(?:依次|分别)(?:为|是)[：:]?)"
)
# characters of a topic or a set's name that name nothing counted (的, 率, 全年, 其中…)
TOPIC_FILLER = frozenset("的了和与及率比例重占百分数量总目前全年已达到为是共其中在方面对于")


# the words that open a noun referring back to a set named before (该类工单, 上述案件)
REFERS_BACK_RE = re.compile(r"^(?:该|此|这|上述|前述|以上)")


def drawn_set(text: str, lo: int, hi: int) -> str:
    """The set the last clause between ``lo`` and ``hi`` says figures are drawn from
    (:data:`SET_SCOPE_RE`: 「商品类投诉中，」), or "" — also for one referring back (「在上述
    案件中，」: the set named before, not one of its own)."""
    found = [m.group("set") for m in SET_SCOPE_RE.finditer(text, lo, hi)]
    return found[-1] if found and not REFERS_BACK_RE.match(found[-1]) else ""


def unnamed_chars(name: str, words: str) -> set[str]:
    """The characters of ``name`` that name something (no filler) and ``words`` lack."""
    return set(link_filler_re().sub("", name)) - TOPIC_FILLER - set(words)


def set_unnamed(text: str, lo: int, hi: int, words: str) -> bool:
    """Does a clause between ``lo`` and ``hi`` name a set (:func:`drawn_set`) whose name
    ``words`` (a base's) do not hold: 「新招录执法人员中，」 against 「报名参加考试1,236人」?
    Then the base is another set than the one the figures are drawn from."""
    found = drawn_set(text, lo, hi)
    return bool(found) and bool(unnamed_chars(found, words))


# the longest base a run of shares names between its respective word and the shares
# (「分别占服务类投诉总量的27.5%、14.7%」)
MAX_RESPECTIVE_BASE = 12


@lru_cache(maxsize=1)
def _respective_end_re() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in respective_words())
    # (a base may open with a service's number: 「分别占12315系统受理诉求总量的」)
    return re.compile(
        rf"(?:{words})(?:{_SERVICE_NUMBER}?[^\s，,；;。：:、%％0-9０-９]{{1,{MAX_RESPECTIVE_BASE}}}的)?$"
    )


# a hotline's or a system's number opening a name (12345热线, 12315平台): digits glued to the
# words of the name, no unit — a name, not a figure
_SERVICE_NUMBER = r"(?:[0-9０-９]{3,6}(?=[\u4e00-\u9fff]))"


def respective_end(pre: str) -> str:
    """The respective word ``pre`` ends with (「…，分别占」「…，各占」), with the base the run
    names after it (「分别占服务类投诉总量的」: the shares still pair in order with the
    figures listed before), or ""."""
    m = _respective_end_re().search(pre)
    return m.group(0) if m else ""


# what is not a word of a name: punctuation, ellipses, dashes
_NOT_WORD_RE = re.compile(r"[^\u4e00-\u9fff0-9A-Za-z、“”]")
# what separates the items of a counted noun (占道经营、跨门经营等违法行为) and its head
_ITEM_SPLIT_RE = re.compile(r"[、，,；;和及与或（）()“”\s]|等")


@lru_cache(maxsize=1)
def _generic_re() -> re.Pattern[str]:
    """The words that name no particular counted thing: the link fillers
    (numbers.toml ``rates.link-filler``) and ``nouns.generic`` (违法, 行为…)."""
    data = load_lexicon().data
    words = [*data["rates"].get("link-filler", []), *data.get("nouns", {}).get("generic", [])]
    alternation = "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))
    return re.compile(alternation or "(?!)")


@lru_cache(maxsize=4096)
def distinguishing(noun: str) -> tuple[str, ...]:
    """The pieces of a counted noun that tell it from others: its items and its head
    (split at 、 and 等), each without the generic words (违法, 案件, 工作…); pieces of one
    character left are dropped (「违法行」 of a cut 违法行为 names nothing)."""
    generic = _generic_re()
    pieces = (generic.sub("", _NOT_WORD_RE.sub("", piece)) for piece in _ITEM_SPLIT_RE.split(noun))
    return tuple(p for p in pieces if len(p) >= 2)


@lru_cache(maxsize=65536)
def narrower(a: str, b: str) -> bool:
    """Does ``a`` name a narrower kind of ``b``: ``b`` inside it with words of its own
    that tell things apart (「酒驾醉驾等严重交通违法行为」 of 「交通违法行为」; not 「各类违法
    行为」 of 「违法行为」), or ``b`` with such words put inside it (「办理刑事法律援助案件」 of
    「办理法律援助案件」: the verb before, the noun after the qualifier)?"""
    if not b or b == a:
        return False
    if b not in a:
        head = len(common_prefix(a, b))
        tail = len(common_suffix(a[head:], b[head:]))
        if head < 2 or tail < 2 or head + tail != len(b):
            return False
        return bool(distinguishing(a[head : len(a) - tail]))
    rest = a.replace(b, "|", 1)
    return bool(distinguishing(rest))


def common_prefix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


def common_suffix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return a[len(a) - n :]


@lru_cache(maxsize=65536)
def same_thing(first: str, second: str) -> bool:
    """Could two counted nouns name the same thing? ``second`` is the later mention.

    A noun left out (全年共查处402起) or one inside the other (复议案件 / 行政复议案件) is the
    same thing; otherwise the nouns must share two characters in a row among their
    distinguishing pieces (:func:`distinguishing`): 「占道经营、跨门经营等违法行为」 and
    「违法建设案件」 share only the generic 违法, so they count different things. A later
    mention with only generic words (案件) may refer back to the earlier one; an earlier
    generic noun (违法行为) followed by a particular one (违法建设案件) names a wider class.
    Nouns with the same head (食品安全违法案件 / 药品安全违法案件) are compared by the words
    before it (食品 / 药品: other things)."""
    if not first or not second or first in second or second in first:
        return True
    head = common_suffix(first, second)
    if len(head) >= 2:
        # the same head (…安全违法案件, …宣传活动): the words before it must agree, one
        # inside the other or sharing two characters (食品/药品, 出口/增值税留抵 do not)
        x, y = (_generic_re().sub("", n[: len(n) - len(head)]) for n in (first, second))
        if not y:
            return True  # the later names only the head: a reference back
        if not x:
            return False
        if other_heads(x, y):
            return False  # 消费者权益 / 消费者价格: one class's words, then other kinds
        return x in y or y in x or common_substring(x, y) >= 2
    a, b = distinguishing(first), distinguishing(second)
    if not b:
        return True  # the later mention names nothing particular: a reference back
    if not a:
        return False  # a class first, one kind of it later
    return any(x in y or y in x or common_substring(x, y) >= 2 for x in a for y in b)


def other_kind(x: str, y: str) -> bool:
    """Do two counted nouns name other kinds of one head (价格类投诉 / 产品质量类投诉, 行政复议案件
    / 行政诉讼案件): a head of two characters at least in common, qualifiers of
    :func:`other_heads` before it?"""
    head = len(common_suffix(x, y))
    return head >= 2 and other_heads(x[: len(x) - head], y[: len(y) - head])


def other_heads(x: str, y: str) -> bool:
    """Do two qualifiers of one head noun name different kinds of it: past a 的-clause and
    without the generic words (行政, 违法…: numbers.toml ``nouns.generic``, ``link-filler``),
    neither inside the other, and the last two characters of each — the word nearest the head,
    which tells the kind (行政复议 / 行政诉讼 of 案件, 欠薪 / 劳动争议 of 投诉) — share none? A
    shortened mention keeps that word or is inside the other (劳动争议仲裁 / 仲裁, 法律援助 /
    法援), so it is never taken for another kind. Words holding a verb of the lexicon are a
    stage of the thing, not a kind (审结, 维持原…); a list of kinds ending in a class word
    (医疗美容、非法行医等领域) is told by its items (:func:`distinguishing`)."""
    lex = load_lexicon()
    a, b = (_generic_re().sub("", _NOT_WORD_RE.sub("", w.rsplit("的", 1)[-1])) for w in (x, y))
    if not a or not b or a in b or b in a:
        return False
    if _ITEM_SPLIT_RE.search(a) or _ITEM_SPLIT_RE.search(b):
        return False  # a list of kinds (医疗美容、非法行医等领域): its items tell, not its end
    if lex.verb_re.search(a) or lex.verb_re.search(b):
        return False
    if a[-1] == b[-1] and len(a) >= 2 and len(b) >= 2 and a[-2] not in b and b[-2] not in a:
        # 民事 / 刑事, 一审 / 二审, 市级 / 区级: one pattern (…事, …审), the character before it
        # tells the kind — other kinds, though they share their last character
        return True
    return not set(a[-2:]) & set(b[-2:])


def _reordered(qualifier: str, other_tail: str) -> bool:
    """Is a qualifier's last word (its two characters nearest the shared core) what the other
    noun says after that core (「依申请信息公开」 against 「政府信息公开申请」: 申请 after 信息公开)?
    Then the two name one thing with its words in another order, never two kinds of it."""
    return len(qualifier) >= 2 and qualifier[-2:] in other_tail


def other_qualifiers(x: str, y: str) -> bool:
    """Do two counted nouns name one thing (法律援助, 应诉) with qualifiers of other kinds right
    before it (:func:`other_heads`), whatever each goes on with: 「刑事法律援助申请」 and
    「民事法律援助」 (the noun cut at the verb 援助), 「一审行政应诉」 and 「二审应诉案件」? The
    shared run is the longest both hold, of two characters at least; a noun with nothing
    before it (法律援助案件, 仲裁) refers back, never another kind. A shared verb alone
    (有权处理机关 / 出具处理意见: 处理) is no thing — what it acts on may differ — unless the
    words before it name two sides of a split by nature (线上调解申请 / 线下调解案件:
    numbers.toml ``clauses.exhaustive``)."""
    n = common_substring(x, y)
    if n < 2:
        return False
    core = next(x[i : i + n] for i in range(len(x) - n + 1) if x[i : i + n] in y)
    qx, qy = x[: x.find(core)], y[: y.find(core)]
    if not qx or not qy:
        return False
    if _reordered(qx, y[y.find(core) + n :]) or _reordered(qy, x[x.find(core) + n :]):
        return False  # 依申请信息公开 / 信息公开申请: one thing, its words in another order
    lex = load_lexicon()
    if core in lex.verb_family:
        return any(
            a != b and qx.endswith(a) and qy.endswith(b)
            for combo in lex.data["clauses"]["exhaustive"]
            for a in combo
            for b in combo
        )
    return other_heads(qx, qy)


# the words that end a noun printed right after a measure word: a scope's ending (「23家机构
# 中」) or 的 (「12个部门的」)
_MEASURED_END_RE = re.compile(r"(?:当中|之中|中|里|内|的)$")
# what opens words after a measure word that are no noun: adverbs and prepositions of a
# predicate (「15.8万人全部纳入」「19家已建立」「3个均已完成」)
_NOT_NOUN_LEAD = tuple("全均都已共分各另又并再也还尚正在被由对向将把从按经为是有予")
_MEASURED_CAP = 8  # quantities._after_noun reads at most this many characters
_PER_RE = re.compile(
    r"每(?:个|家|名|位|所|户|件|场|次|项|条|份|张|座)?(?P<noun>[\u4e00-\u9fff]{1,6})$"
)
_PER_STOP_RE = re.compile(r"平均|均|约|达|为|有|共")


def measured_noun(q: Quantity, text: str) -> str:
    """The noun a count's measure word counts, printed right after it and closed there (「12个
    街道（镇）、147个村（社区）」: 街道, 村; 「在23家机构中，」: 机构), or "" when the words
    after the measure are no noun closed by a clause mark, a bracket or the list mark before
    the next figure: a verb or an adverb of a predicate (「19家建立…」「15.8万人全部纳入」), a
    relative clause (「12家存在虚报、瞒报…问题的企业」), words running on past what
    :func:`quantities._after_noun` reads. ``text`` is the block's text."""
    if q.kind != "count" or not q.after:
        return ""
    at = text.find(q.after, q.end, q.end + 3 + len(q.after))  # (spaces may stand before it)
    if at < 0:
        return ""
    after = q.after
    lead = _PREDICATE_LEAD_RE.search(after, 1)
    if lead is not None:
        # 「21个县直部门全部完成…」: an adverb of the predicate closes the noun
        return _measured_noun(after[: lead.start()])
    if len(after) >= _MEASURED_CAP:
        return ""
    close = at + len(after)
    mark = text[close : close + 1]
    closed = bool(mark) and mark in _NOUN_CLOSE
    if not closed and not (mark == "、" and _FIGURE_NEXT_RE.match(text, close + 1)):
        return ""
    return _measured_noun(after)


# adverbs that open the predicate after a counted noun (「21个县直部门全部完成」「9个村均已」)
_PREDICATE_LEAD_RE = re.compile("全部|均已|均|都已|都|已经|已")
# what closes a noun after a measure word: a clause mark or a bracket of its kinds
_NOUN_CLOSE = "，,。；;：:（("
# a figure right after a list mark (「12个乡镇、4.6万户」), maybe after a word of the area
_FIGURE_NEXT_RE = re.compile(r"[\u4e00-\u9fff]{0,3}?[0-9０-９一二两三四五六七八九十]")


@lru_cache(maxsize=16384)
def _measured_noun(after: str) -> str:
    noun = _MEASURED_END_RE.sub("", after)
    if not noun or noun.startswith(_NOT_NOUN_LEAD) or _NOT_WORD_RE.search(noun):
        return ""
    if load_lexicon().verb_re.match(noun):
        return ""  # 「19家建立，」: the verb of its clause
    return noun


def per_noun(q: Quantity) -> str:
    """The noun an average is per, named after 每 in its words (「平均每个网格服务约380户」:
    网格), cut at its verb; "" when its words name none (人均, 件均)."""
    return _per_noun(q.pre)


# a period after 每 (每年, 每月): a rate in time, not the thing a figure is per
_PER_PERIOD_RE = re.compile(r"个?(?:年度?|学年|月|季度|周|天|日|学期)")


@lru_cache(maxsize=16384)
def _per_noun(pre: str) -> str:
    at = pre.rfind("每")
    if at < 0:
        return ""
    words = pre[at:]
    if _PER_PERIOD_RE.match(words, 1):
        # 「每个行政村每年8000元」: the member named by the 每 before the period (none: "")
        return _per_noun(pre[:at])
    m = load_lexicon().verb_re.search(words, 1)
    if m is not None:
        words = words[: m.start()]
    stop = _PER_STOP_RE.search(words, 1)
    if stop is not None:
        words = words[: stop.start()]
    found = _PER_RE.fullmatch(words)
    return found.group("noun") if found else ""


def counted_noun(q: Quantity, text: str) -> tuple[str, str]:
    """What a figure counts and where that was read, sure sources first: the noun after its
    measure word (``measure``: 「12个街道」), the noun an average is per (``per``: 「每个网格
    …380户」), else the words of its clause without its body, time words and its own verb
    (``clause``: :func:`counted_thing`; 「已有19家建立…」 names no noun there, the verb is not
    what is counted). ("", "") when none is known. ``text`` is the block's text."""
    noun = measured_noun(q, text)
    if noun:
        return noun, "measure"
    noun = per_noun(q)
    if noun:
        return noun, "per"
    noun = "" if q.inherited else counted_thing(q)
    return (noun, "clause") if noun else ("", "")


def different_things(a: str, b: str) -> bool:
    """Do two counted nouns clearly name different things: both known, no character in
    common (街道 / 社区; not 村 / 行政村), and neither a class word of numbers.toml
    ``nouns.kinds`` whose kinds the other names (单位 / 部门, 主体 / 企业)?"""
    return _different_things(a, b) if a and b else False


@lru_cache(maxsize=16384)
def _different_things(a: str, b: str) -> bool:
    if set(a) & set(b):
        return False
    kinds = load_lexicon().data.get("nouns", {}).get("kinds", {})
    for cls, members in kinds.items():
        for x, y in ((a, b), (b, a)):
            if cls in x and any(m in y for m in members):
                return False
    return True


# a body's name: up to twelve characters closed by the word of an office (东城街道,
# 区市场监管局, 镇政府, 市医疗保障局)
BODY_NAME = (
    r"[\u4e00-\u9fff]{1,12}?(?:街道|镇|乡|局|分局|委|委员会|办|办公室|中心|院|所|协会|政府"
    r"|大队|支队|队|站|公司|部门|法院|检察院)"
)
# a body named as the subject of a figure's clause (东城街道, 区市场监管局, 镇政府)
_BODY_RE = re.compile(rf"({BODY_NAME})(?:共|累计|共计|合计|依法|全年|年内)*$")
# the time words a clause may open with before its subject (上半年市政府…)
_TIME_WORDS_RE = re.compile(
    r"[0-9]{4}\s*年度?|全年|年内|本年度?|今年|去年|上半年|下半年|前三季度|第?[一二三四]季度"
    r"|[0-9一二三四五六七八九十]{1,2}\s*(?:月份?)?\s*[-－—–~～至到]\s*[0-9一二三四五六七八九十]{1,2}\s*月份?"
    r"|前[0-9一二三四五六七八九十]{1,2}个月|截[至止][^，,]{0,10}?(?:底|末|日)|以来"
)
# light verbs of carrying out: their object is the act or thing done (开展…检查, 完成…巡查,
# 组织…演练); two of them before the same thing count the same acts
DOING_VERBS = ("开展", "组织", "进行", "实施", "举办", "完成")
_DOING = "|".join(DOING_VERBS)
# a body opening a clause whose verb comes after a light verb (区人社局开展…检查)
_BODY_FIRST_RE = re.compile(rf"({BODY_NAME})(?:共|累计|共计|依法|全年|年内)*(?={_DOING})")
# a body opening a clause, followed by a total or a word of two characters at least; not
# one after 对 or 向, which name the object or the addressee (「共对镇政府规范性文件开展…审查」
# 「向区法院移送…」; 向阳街道 is a name)
_BODY_OPENING_RE = re.compile(
    r"^(?!(?:共计|合计|累计|共|依法|已)?[对向](?:[省市区县镇乡]|各|全|本|街道))"
    r"[\u4e00-\u9fff]{1,10}?(?:街道|镇|乡|局|分局|委|委员会|办公室|中心|协会|政府|大队|支队"
    r"|法院|检察院)(?=共|累计|依法|[\u4e00-\u9fff]{2})"
)
# a subject that names the whole area (全区, 全市…): it holds every body of it
_ALL_AREA_RE = re.compile(r"^全(?:区|市|县|镇|乡|街|省|旗)")


def opens_with_body(words: str) -> bool:
    """Do the words open with a body that goes on to act (「城乡建设局重点推进」)?"""
    return _BODY_OPENING_RE.match(words) is not None


def named_body(q: Quantity) -> str:
    """The body a figure's clause names before its verb (「东城街道受理…」: 东城街道), or ""
    when it names none or the whole area (全区…)."""
    return _named_body(q.pre, q.verb)


@lru_cache(maxsize=16384)
def _named_body(pre: str, verb: str) -> str:
    if not verb:
        return ""
    head = pre[: pre.rfind(verb)] if verb in pre else ""
    head = _TIME_WORDS_RE.sub("", re.split(r"[，,；;：:。]", head)[-1])
    m = _BODY_RE.search(head) or _BODY_FIRST_RE.match(head)
    if m is None or _ALL_AREA_RE.match(m.group(1)):
        return ""
    return m.group(1)


# a focus frame around a part of the year (「仅第四季度就开展…」): the part is already large
# among the whole just named (:data:`FOCUS_FRAME_RE`); its 仅…就, the period left out, name
# nothing of the doer or the thing
_FOCUS = r"仅(?:仅)?就?|(?:单|光|只)就"
FOCUS_FRAME_RE = re.compile(r"(?:仅|单|光|只)[^，,；;。：:]{1,10}?就")
# words around a clause's subject that name no body or place (totals, adverbs)
_SUBJECT_FILLER_RE = re.compile(
    rf"^(?:共计|合计|累计|总计|共|依法|已经|已|另|同时|此外|{_FOCUS})+|(?:共计|合计|累计|总计|共|依法|已经|已|又|还|再|均|都)+$"
)


def clause_subject(q: Quantity) -> str:
    """The words of a figure's clause before its verb, without time words and totals: the
    body or place that counts (「上半年城区受理…」: 城区; 「全年各乡镇受理…」: 各乡镇), or ""."""
    return _clause_subject(q.pre, q.verb)


def subject_before(pre: str, verb: str) -> str:
    """:func:`clause_subject` of the words ``pre`` read with ``verb`` as their verb (a verb
    of another figure's clause standing in them)."""
    return _clause_subject(pre, verb)


@lru_cache(maxsize=16384)
def _clause_subject(pre: str, verb: str) -> str:
    if not verb or verb not in pre:
        return ""
    head = re.split(r"[，,；;：:。]", pre[: pre.rfind(verb)])[-1]
    head = _NOT_WORD_RE.sub("", _TIME_WORDS_RE.sub("", head))
    return _SUBJECT_FILLER_RE.sub("", head)


def area_wide(q: Quantity) -> bool:
    """Does the figure's clause count over the whole area (「全区受理…」「全市共有…」)?"""
    head = q.pre[: q.pre.rfind(q.verb)] if q.verb and q.verb in q.pre else q.pre
    head = _TIME_WORDS_RE.sub("", re.split(r"[，,；;：:。]", head)[-1])
    return _ALL_AREA_RE.match(head) is not None


def same_body(a: Quantity, b: Quantity) -> bool:
    """Could two figures be counted by the same body? Both name one and the names differ
    (东城街道 / 西城街道, 区市场监管局 / 区消费者协会): no. A figure that names none
    (全区…, or the subject left out) may be any."""
    x, y = named_body(a), named_body(b)
    if not x or not y:
        return True
    return x in y or y in x


# words that open what a figure counts and name nothing of it: totals, the whole area, and
# light verbs whose object is the thing (开展…检查, 组织…活动)
_THING_LEAD_RE = re.compile(
    rf"^(?:共计|合计|累计|总计|共|依法|{_FOCUS}|全(?:区|市|县|镇|乡|街|省|旗)|{_DOING}"
    # 已 before a total or a light verb (「已累计完成…」; not 已结, which tells 已结 from 未结)
    rf"|已(?:经)?(?=共计|合计|累计|总计|共|{_DOING}))+"
)


def counted_thing(q: Quantity) -> str:
    """What a figure counts (:func:`_counted_thing`), computed once per wording."""
    return _counted_thing(q.phrase, q.pre, q.verb)


@lru_cache(maxsize=16384)
def _counted_thing(phrase: str, pre: str, verb: str) -> str:
    """What a figure counts, in the words of its clause: its phrase without the body that
    counts (东城街道), the time words, totals and light verbs (开展, 组织), and without its
    own verb when the verb opens it (查处违法建设案件: 违法建设案件). 「开展劳动保障监察执法
    检查」 and 「开展“双随机”抽查检查」 keep the words that tell them apart."""
    body = _named_body(pre, verb)
    if body and body in phrase:
        phrase = phrase[phrase.find(body) + len(body) :]
    phrase = _NOT_WORD_RE.sub("", _TIME_WORDS_RE.sub("", phrase))
    if not body:  # no verb the lexicon knows: a body opening the clause (区医保局共追回…)
        phrase = _BODY_OPENING_RE.sub("", phrase)
    phrase = _THING_LEAD_RE.sub("", phrase)
    if verb and phrase.startswith(verb):
        phrase = _THING_LEAD_RE.sub("", phrase[len(verb) :])
    return phrase


def index_of(bq: BlockQuantities) -> dict[int, int]:
    """Position of each quantity in the block's list, computed once per block."""
    cached: dict[int, int] | None = bq.__dict__.get("_index_of")
    if cached is None:
        cached = {id(x): k for k, x in enumerate(bq.quantities)}
        bq.__dict__["_index_of"] = cached
    return cached


def number_starts(bq: BlockQuantities) -> list[int]:
    """The number starts of the block's quantities (in text order), computed once per block:
    what a bisection for the figures between two positions needs."""
    cached: list[int] | None = bq.__dict__.get("_number_starts")
    if cached is None:
        cached = [x.num_start for x in bq.quantities]
        bq.__dict__["_number_starts"] = cached
    return cached


def nearer_count_past_clause(bq: BlockQuantities, far: Quantity, at: int) -> bool:
    """Whether a clause boundary (；) follows ``far`` before ``at`` and, after it, a figure of
    the same measure (kind) as ``far`` in another unit stands nearer to ``at``: what is told at
    ``at`` (a 其中 list, an outcome) is of that nearer figure, not of ``far``
    (「接收…留言15件；接听群众来电8947个，其中转办2274件，办结1715件」). Only the figures
    between are read (by bisection)."""
    clauses = clause_starts(bq.text, "；;")
    k = bisect.bisect_right(clauses, far.end)
    if k == len(clauses) or clauses[k] > at:
        return False
    starts = number_starts(bq)
    lo, hi = bisect.bisect_left(starts, clauses[k]), bisect.bisect_left(starts, at)
    return any(
        q.kind == far.kind and q.unit != far.unit and q.depth <= far.depth and not q.change
        for q in bq.quantities[lo:hi]
    )


# the words of a share's clause before its base (「占全市」「约占全年」「相当于全区」「在全市罚没
# 收入总额」) and after it (「罚没收入总额的比重为」「中占」)
OCCUPY_BEFORE_RE = re.compile(r"(?:占|相当于)[\u4e00-\u9fff“”]{0,12}[（(]?$")
OCCUPY_AFTER_RE = re.compile(
    r"[）)]?[\u4e00-\u9fff“”]{0,8}?的(?:比重|比例|比率|份额)?(?:为|达到|达|是|约为|约)?"
)
WITHIN_BEFORE_RE = re.compile(r"在[\u4e00-\u9fff“”]{0,12}[（(]?$")
WITHIN_AFTER_RE = re.compile(
    r"[）)]?[\u4e00-\u9fff“”]{0,8}?中(?:约|共)?占(?:比)?(?:为|达到|达|是|约)?"
)
_SHARE_CLAUSE_SPLIT_RE = re.compile("[，,；;。（）()]")

# the marks a figure's own clause starts after (a comma, semicolon, colon, 、 or full stop)
CLAUSE_SPLIT_RE = re.compile("[，,；;：:、。]")


def own_clause(q: Quantity) -> str:
    """The words of a figure's own clause, before it (after the last comma, 、 or colon)."""
    return CLAUSE_SPLIT_RE.split(q.pre)[-1].lstrip(" 　")


def is_share_base(q: Quantity, bq: BlockQuantities) -> bool:
    """Is the figure the whole a share's clause names (「占全市8,600件申请总量的21.6%」「在罚没
    收入总额4.7亿元中占11.3%」)? It is no part of a list."""
    qs = bq.quantities
    i = index_of(bq).get(id(q), -1)
    if i < 0 or i + 1 >= len(qs) or qs[i + 1].kind != "percent":
        return False
    text = bq.text
    after = text[q.end : qs[i + 1].num_start]
    start = max(0, q.num_start - 24)
    clause = _SHARE_CLAUSE_SPLIT_RE.split(text[start : q.num_start])[-1]
    return bool(
        (OCCUPY_BEFORE_RE.search(clause) and OCCUPY_AFTER_RE.fullmatch(after))
        or (WITHIN_BEFORE_RE.search(clause) and WITHIN_AFTER_RE.fullmatch(after))
    )


# the bodies or level a statement counts over: 「各街道」「各执法部门」「区级」「街道层面」「村居层面」
_SCOPE_TERM_RE = re.compile(
    r"各[\u4e00-\u9fff]{0,4}?(?:街道|镇|乡|村|社区|部门|单位|机关)"
    r"|(?:区|县|市|镇|乡|街道|村|社区|村居)(?:级|层面)"
)
# the whole area named (全区, 全县, 全镇)
_WHOLE_AREA_NAMED_RE = re.compile(r"全[省市州区县旗镇乡]")
# the opening of a bracket saying what the figure before it includes (「401人（含内退95人）」
# 「答复64件（含上年结转4件）」; not 含有, 含量, 含义, 含金)
INCLUDED_WORDS = r"(?:含|包含|包括)"
INCLUDED_OPEN = r"[（(]\s*" + INCLUDED_WORDS + r"(?![有量义金])"
# the opening of a bracket naming part of the figure before it (「36.2万件(其中投诉类7.1万件…)」)
AMONG_OPEN = r"[（(]\s*其中"
# an area named whole or as one's own (全市, 本区): the level a figure is counted over
WHOLE_AREA_RE = re.compile(r"[全本]([省市州区县旗镇乡])")


def other_area(own: str, base: str) -> bool:
    """Do the words of a figure and of the figure it is compared with name two areas, the
    last each names (本区 … 上年全市…): figures of different scopes."""
    mine = WHOLE_AREA_RE.findall(own)
    theirs = WHOLE_AREA_RE.findall(base)
    return bool(mine) and bool(theirs) and mine[-1] != theirs[-1]


def other_scope(own: str, base: str) -> bool:
    """Do the words of a figure (``own``) and of the base it is compared with count over
    different bodies or levels: both name some and they differ (「全区各街道共有…386名」 …
    「区级各执法部门共有…1072名」), or the base names the bodies of an area and the figure
    the whole area alone (「全区执法人员合计1458名」 against 各街道)?"""
    mine = set(_SCOPE_TERM_RE.findall(own))
    theirs = set(_SCOPE_TERM_RE.findall(base))
    if mine and theirs:
        return mine != theirs
    if theirs and not mine:
        return _WHOLE_AREA_NAMED_RE.search(own) is not None
    return False


# a figure's own share right after it (「72件，占45.6%」「政务信息公开指南1条，占比8%」): the figure is
# an item of a list of shares of one whole
OWN_SHARE_RE = re.compile(r"\s*[，,]?\s*(?:占比|占)(?:为|达|约)?\s*[0-9０-９.．]+\s*[%％]")

# 应 of a due (应出庭, 应当由…办理, 应在年内办结), not of a word that holds the character
# (响应, 对应, 适应, 供应, 反应, 相应, 回应, 答应, 应诉, 应急, 应用, 应对, 应届)
DUE_WORD_RE = re.compile(r"(?<![响对适供反相回答理])应(?:当|该)?(?![诉急用对届])")
_DUE_VERB = 2  # characters of a verb the due and the done share (出庭, 办结, 建成)
# the words of a figure said to be done (实际参训, 已设立)
_DONE_MARK_RE = re.compile("实际|已")


def done_of_due(lex: Lexicon, due: Quantity, q: Quantity) -> bool:
    """Does ``q`` (told after ``due``, in its sentence) do what ``due``'s words say was due —
    「应当由负责人出庭应诉的23件，负责人实际出庭应诉19件」「应建成…的47个，已建成44个」? Its
    words hold a verb of the words after the due's 应 (or say 实际/已 and share two characters
    with them: 应参训/实际参训, 应设立/已设立) and no 应 of their own: the figure is the due figure's later
    stage, not its sibling."""
    if q.sentence != due.sentence or q.num_start <= due.num_start or q.unit != due.unit:
        return False
    m = DUE_WORD_RE.search(due.pre)
    if m is None or due.pre[: m.start()].endswith("不") or DUE_WORD_RE.search(q.pre):
        return False
    if any(n in q.pre for n in NEGATIONS):
        return False  # 「未检查9家」: what was not done
    owed = due.pre[m.end() :]
    if any(v.group(0) in q.pre for v in lex.verb_re.finditer(owed)):
        return True
    if not owed:
        return False
    # 应考/实际参考, 应到/实到: a verb of one character, said after 实际 or right after 实
    actual = q.pre.find("实际")
    if (actual >= 0 and owed[0] in q.pre[actual + 2 :]) or "实" + owed[0] in q.pre:
        return True
    return _DONE_MARK_RE.search(q.pre) is not None and common_substring(owed, q.pre) >= _DUE_VERB


def is_due(q: Quantity) -> bool:
    """Do a figure's words say what was due (「应考人员286人」「应当由…出庭的7件」)?"""
    if "应" not in q.pre:
        return False  # every due word holds 应 (tested first: most figures have none)
    m = DUE_WORD_RE.search(q.pre)
    return m is not None and not q.pre[: m.start()].endswith("不")


# 「房管、人事各3件」「专职、兼职和志愿者各四十人」: 各 (各有) right before a count, after the names it
# is said of; the names are split at 、, and the last piece (or the only one) at its closing
# 和/及/与 — which may also join two words of one name (「劳动和社会保障」), so a piece holding
# one leaves the count of names open by one
_EACH_RE = re.compile(r"各有?[\s　]*$")
_EACH_LEAD_RE = re.compile(r"^(?:其中|分别|包括|涉及|共有|共|有)[，,：:\s　]*")
_EACH_NAME = 16  # characters of one name (longer: a clause, not a name)
_EACH_MAX = 12  # names one 各 may distribute over


@lru_cache(maxsize=1024)
def _names_before_each(pre: str) -> tuple[int, int]:
    m = _EACH_RE.search(pre)
    if m is None:
        return 1, 1
    words = _EACH_LEAD_RE.sub("", pre[: m.start()])
    if not words or re.search(r"[0-9０-９，,；;：:。（）()]", words):
        return 1, 1
    pieces = words.split("、")
    if any(not p or len(p) > _EACH_NAME for p in pieces) or len(pieces) > _EACH_MAX:
        return 1, 1
    last = pieces[-1]
    joined = sum(last.count(c) for c in "和及与")
    if len(pieces) == 1:
        # 「大气类和水类案件各80件」: one 和 splits two names; none, 「每村各2名」, no list
        return (2, 2) if joined == 1 and last[0] not in "和及与" else (1, 1)
    # 「卫生、地震和公路管理各1件」: three names, or two if 地震和公路管理 is one
    return len(pieces), len(pieces) + min(joined, 1)


def each_times(q: Quantity) -> tuple[int, int]:
    """How many names a count said of each of them stands for (「房管、人事各3件」: 2, the
    figure counts 3 twice in a sum), as the fewest and the most the names' marks allow; (1, 1)
    for a figure of one thing."""
    if "各" not in q.pre:
        return 1, 1
    return _names_before_each(q.pre)
