"""Quantity extraction: every number mention in a block, with its exact value and context.

A regex tokenizer runs over the block text as it is (never rewritten, so offsets are exact):

* Arabic numbers (full-width digits, thousands commas, letter-spaced ``1 0 3件``) with the
  magnitude words 万/亿 (``1.14万件`` = 11400, ``28101万次``);
* Chinese numerals only when a unit or measure word follows (``两起``, ``三张清单``,
  ``一百二十件``) or inside ``百分之…`` — so 一是, 统一, “八五”普法 and 十四五 are not numbers;
* approximations as intervals: ``5000余`` = [5000, 6000], ``百余`` = [100, 200],
  ``约16万`` = [15.5万, 16.5万], ``近万``, ``30多项``, ``超过…``, ``…左右``;
* percentages and ``个百分点`` (a difference, kept apart from rates);
* years and dates kept apart from counts (:class:`YearMention`).

Each :class:`Quantity` also carries the words it counts: the verb (last one from the verb
lexicon before the number: 收到/受理/办结 …) and the noun phrase (行政复议案件), found by
scanning back to the clause boundary; elided subjects (``受理83件``) inherit the noun of the
previous mention with the same unit. The lexicons live in ``fazhi_lint/analysis/numbers.toml``.
jieba is not used: its measure-word tags are unreliable and it costs ≈0.8 s to load, while
the lexicon decides the same boundaries exactly (see docs/PARSING-NOTES §3.4).
"""

from __future__ import annotations

import bisect
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import MISSING, dataclass, field, fields, replace
from decimal import Decimal
from functools import lru_cache
from typing import Any

if sys.version_info >= (3, 11):
    import re._parser as _sre_parse
else:  # pragma: no cover
    import sre_parse as _sre_parse

from .. import pattern_cache
from ..grammar import NUMBERS_DATA, YEAR_ASCII, unit_alternation, unit_kinds
from .cn_numbers import (
    NumeralError,
    arabic_to_decimal,
    cn_to_decimal,
    cn_to_int,
    decimals_of,
    trailing_zeros,
)

LEXICON_PATH = NUMBERS_DATA

_DIG = "0-9０-９"
_CN = "零〇○一二两三四五六七八九十百千万亿几"
# Where the words a number counts begin: clause punctuation and brackets.
_PRE_BOUNDARY_RE = re.compile(r"[，,；;：:。！？!?（）()【】\[\]\n\t]")
_AFTER_BOUNDARY = set('，,；;：:。！？!?（）()【】[]、“”"《》\n\t 　0123456789０１２３４５６７８９')
_SENTENCE_END = re.compile(r"[。！？!?\n]+")
_OPEN = "（(【["
REMARK_REACH = 24  # characters of a bracketed remark between a number and its words
_GLOSS_REACH = (
    9  # characters of a gloss in brackets inside a noun (（零售）, （社区）), brackets included
)
_DIGIT_RE = re.compile("[0-9０-９]")
_CLOSE = "）)】]"
_QUOTE_PAIRS = {"“": "”", "‘": "’", "《": "》", "「": "」", "『": "』", "〈": "〉"}
_OPEN_RE = re.compile(f"[{re.escape(_OPEN)}]")
_CLOSE_RE = re.compile(f"[{re.escape(_CLOSE)}]")
_MARK_RE = re.compile(
    f"[{re.escape(_OPEN + _CLOSE + ''.join(_QUOTE_PAIRS) + ''.join(_QUOTE_PAIRS.values()))}]"
)
_DIGIT_RUN = re.compile("[0-9]+")
# a Chinese numeral that counts something: a digit or 十 (十万 = 100000); 百/千/万/亿 alone
# (万元, 千家万户) are magnitude words, numbers only with an approximation (近万, 百余)
_CN_COUNTING = re.compile("[零〇○一二两三四五六七八九十几]")
# characters of template slots: XXX万元, ××件, *次
_PLACEHOLDER = set("XxＸｘ×*＊")
# what 数/几 may stand before: 数十, 数百万, 数亿
_ROUND_MAGNITUDES = ("十", "百", "千", "万", "十万", "百万", "千万", "亿", "十亿", "百亿", "千亿")
_NOT_DIGIT = re.compile("[^0-9０-９]")

ZERO = Decimal(0)


@dataclass(frozen=True)
class Quantity:
    """One number mention. Offsets are character offsets into the block text.

    ``value`` is the printed value in base units (``1.14万件`` -> 11400; ``89.08%`` -> 89.08);
    ``low``/``high`` bound the value meant (equal for exact numbers; ``5000余`` -> 5000..6000).
    ``kind``: count | money | percent | points | time | measure | multiple | bare.
    """

    block: int
    start: int  # whole mention, including an approximation word in front
    end: int  # … through the unit and any trailing 以上/左右
    num_start: int  # the number itself (digits, 万/亿, 余/多)
    num_end: int
    number: str  # the number as printed ("1.14万", "百余", "两")
    value: Decimal
    low: Decimal
    high: Decimal
    unit: str  # normalised unit: 件, 人, %, 个百分点, 元, "" for a bare number
    unit_text: str  # the unit as printed
    kind: str
    magnitude: int = 1
    decimals: int = 0
    approx: str = ""  # the approximation words, e.g. "余", "约", "近", "约…余"
    chinese: bool = False
    depth: int = 0  # bracket nesting depth
    quoted: bool = False  # inside “” or 《》
    sentence: int = 0
    pre: str = ""  # words before the number back to the clause boundary
    pre_start: int = 0
    verb: str = ""
    family: str = ""  # flow stage of the verb: received | accepted | rejected | concluded | other
    noun: str = ""  # what is counted (行政复议案件), possibly inherited
    phrase: str = ""  # the words before the number without year, fillers and markers
    inherited: bool = False
    after: str = ""  # noun after the unit (12个方面 -> 方面)
    total_marker: str = ""  # 共/共计/合计/总数... in front of the number
    change: bool = False  # a difference against another period (较上年增加20件), not a count
    # its verb read across a gloss in brackets inside its noun (「受理…经营（零售）许可申请142件」):
    # a reading of the words, so its stage serves a link the text states, not an unlinked pairing
    glossed: bool = False

    @property
    def text(self) -> str:
        return f"{self.number}{self.unit_text}"

    @property
    def granularity(self) -> Decimal:
        return granularity(self)


@dataclass(frozen=True)
class YearMention:
    """A year, date or year range (kept apart from counts)."""

    block: int
    start: int
    end: int
    year: int
    month: int | None = None
    day: int | None = None
    end_year: int | None = None  # for ranges 2021—2025年
    kind: str = "year"  # year | date | range | month | bare
    text: str = ""


@dataclass
class BlockQuantities:
    """Everything extracted from one block."""

    block: int
    text: str
    quantities: list[Quantity] = field(default_factory=list)
    years: list[YearMention] = field(default_factory=list)
    sentence_starts: list[int] = field(default_factory=list)
    # bracket positions, shared by extraction and the relations (see brackets())
    _brackets: tuple[list[int], list[int]] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    def brackets(self) -> tuple[list[int], list[int]]:
        """Positions of the opening and closing brackets of the text."""
        if self._brackets is None:
            self._brackets = bracket_positions(self.text)
        return self._brackets

    def sentence_of(self, offset: int) -> int:
        return bisect.bisect_right(self.sentence_starts, offset) - 1

    def sentence_span(self, index: int) -> tuple[int, int]:
        start = self.sentence_starts[index]
        end = (
            self.sentence_starts[index + 1]
            if index + 1 < len(self.sentence_starts)
            else len(self.text)
        )
        return start, end


# --------------------------------------------------------------------------------------
# lexicon
# --------------------------------------------------------------------------------------


def _alternation(words: Iterable[str]) -> str:
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w) for w in unique)


class Lexicon:
    """The data of numbers.toml, with the regular expressions built from it."""

    def __init__(self, data: dict[str, Any]):
        self.data = data
        clauses = data.get("clauses", {})
        if "carry-verbs" in clauses:
            # the carried-in stock is read by structure: the period before (year-before:
            # 上年, 上一年度, 上月) and a verb carrying cases on (carry-verbs: 结转, 转入, 转办) —
            # 「上一年度转办15件」 as 「上年结转15件」 (session 33)
            told = set(clauses["carry-in"])
            clauses["carry-in"] = [
                *clauses["carry-in"],
                *(
                    f"{t}{v}"
                    for t in clauses.get("year-before", ())
                    for v in clauses["carry-verbs"]
                    if f"{t}{v}" not in told
                ),
            ]
        units: dict[str, Any] = data["units"]
        self.unit_kind: dict[str, str] = unit_kinds(units)
        self.unit_re = unit_alternation(units)
        self.same_unit: dict[str, str] = {}
        for group, members in units.get("same", {}).items():
            for member in members:
                self.same_unit[member] = group
        self.kin_unit: dict[str, str] = {}  # count units of one class (件/项 of matters)
        for group, members in units.get("kin", {}).items():
            for member in members:
                self.kin_unit[member] = group
        num = data["numerals"]
        self.idioms: tuple[str, ...] = tuple(sorted(num["idioms"], key=len, reverse=True))
        # the first idiom (longest first) a text starts with, in one regex call
        self.idiom_re = re.compile("|".join(re.escape(i) for i in self.idioms) or "(?!)")
        self.count_after: tuple[str, ...] = tuple(num["count-after"])
        approx = data["approx"]
        self.pre_approx: list[tuple[str, str]] = sorted(
            (
                (word, kind)
                for kind in ("near", "about", "over", "under", "several")
                for word in approx[kind]
            ),
            key=lambda item: -len(item[0]),
        )
        self.approx_compounds = frozenset(approx.get("compounds", ()))
        # the verbs of change (增加, 减少, 净增): a clause of one of them alone before its figure
        # tells an amount of change (see ``_bare_change``)
        self.change_verbs = frozenset(data["rates"]["change"])
        # pre_approx by word, to find the entries a text ends with by lookup
        self._pre_by_word: dict[str, list[tuple[str, str]]] = {}
        for item in self.pre_approx:
            self._pre_by_word.setdefault(item[0], []).append(item)
        self._pre_lengths = sorted({len(w) for w in self._pre_by_word}, reverse=True)
        self.post_approx: list[tuple[str, str]] = sorted(
            (
                (word, kind.removeprefix("post-"))
                for kind in ("post-over", "post-about", "post-under")
                for word in approx[kind]
            ),
            key=lambda item: -len(item[0]),
        )
        # (the first characters of those words: a figure followed by none of them, nearly
        # every one, tries no word)
        self.post_approx_first = frozenset(word[0] for word, _ in self.post_approx)
        clauses = data["clauses"]
        self.fillers: tuple[str, ...] = tuple(sorted(clauses["fillers"], key=len, reverse=True))
        self.totals_re = re.compile(_alternation(clauses["totals"]))
        self.not_total: tuple[str, ...] = tuple(clauses["not-total"])
        self.noun_trailing: tuple[str, ...] = tuple(
            sorted(clauses["noun-trailing"], key=len, reverse=True)
        )
        # Repeated stripping as one regex call each (see _strip_leading/_strip_trailing). An
        # alternation tries its branches in order, so longest-first order picks the same word
        # the loop over the sorted words picks.
        self.fillers_re = re.compile(
            "(?:" + ("|".join(re.escape(w) for w in self.fillers) or "(?!)") + ")*"
        )
        # on the reversed text; a word may not take the whole rest (the lookahead)
        self.trailing_re = re.compile(
            "(?:"
            + ("|".join(re.escape(w[::-1]) + "(?=.)" for w in self.noun_trailing) or "(?!)")
            + ")*",
            re.DOTALL,
        )
        verbs = data["verbs"]
        self.verb_family: dict[str, str] = {}
        for family in ("rejected", "received", "accepted", "concluded", "other"):
            for verb in verbs.get(family, []):
                self.verb_family.setdefault(verb, family)
        # a verb that is the tail of another word there (公共收益 holds no 共收) is no verb
        after = verbs.get("not-after", {})
        # ... and a stage verb heading a noun of who acts (承办单位) is none either
        tails = _alternation(verbs.get("stage-noun-tails", ()))
        # ... nor one naming the state under way (受理中0件, 受理中的3件: still being handled)
        under_way = verbs.get("under-way-tail", "")
        if under_way:
            tails = rf"{tails}|{re.escape(under_way)}(?=\s*(?:[0-9{_CN}]|的|$))" if tails else ""
        self.verb_re = re.compile(
            "|".join(
                (f"(?<![{re.escape(after[w])}])" if w in after else "")
                + re.escape(w)
                + (f"(?!{tails})" if tails and self.verb_family[w] != "other" else "")
                for w in sorted(self.verb_family, key=lambda w: (-len(w), w))
            )
        )
        # words of a per-capita or average figure (人均, 每千人...), for the relations
        average = data.get("plausibility", {}).get("average", [])
        # (not the words that open with one and name a quality: 均衡性转移支付, 均等化)
        not_average = data.get("plausibility", {}).get("not-average", [])
        self.average_re = re.compile(
            (f"(?!{_alternation(not_average)})" if not_average else "")
            + f"(?:{_alternation(average)})"
            if average
            else "(?!)"
        )
        self.mention_re = self._mention_re()
        # a unit in brackets right before a number, as a table's header names it when its
        # row is pasted as text: 「合计（宗）144」「罚没金额（万元）4.1」
        self.bracket_unit_re = re.compile(
            rf"[（(](?P<mag>万亿|[万亿])?(?P<unit>{self.unit_re})[）)][ \u3000]?$"
        )

    def _mention_re(self) -> re.Pattern[str]:
        unit = self.unit_re
        arabic = rf"[{_DIG}]+(?:,[{_DIG}]{{3}})+(?:[.．][{_DIG}]+)?(?![{_DIG}])|[{_DIG}]+(?:[.．][{_DIG}]+)?"
        # letter-spaced digits (1 0 3件), or groups of three parted by a space as GB/T 15835
        # prints them (城建案件收1 002件, 共收行政一审案3 111件), a unit right after
        spaced = (
            rf"(?:[0-9](?:[ \u3000][0-9])+|[0-9]{{1,3}}(?:[ \u2009\u202f][0-9]{{3}})+)"
            rf"(?=[ \u3000]?(?:{unit}))"
        )
        pattern = (
            rf"(?P<pctcn>百分之(?P<pctval>[{_CN}点]+))"
            rf"|(?<![{_DIG}.．A-Za-z])(?:(?P<spaced>{spaced})|(?P<arabic>{arabic}))"
            # (a space may part the digits from 万/亿 when a unit follows: 「办结152.05 万件」)
            rf"(?:[ \u3000](?=(?:万亿|[万亿])[ \u3000]?(?:{unit})))?"
            # (余/多 may stand before 万/亿 as after it: 「380余万元」「300多万元」 = 「380万余元」)
            rf"(?:(?P<sufmag>余|多)(?=万亿|[万亿]))?"
            rf"(?P<mag>万亿|[万亿])?"
            # (a count written 「37万7483件」: the digits after 万 are its last four places)
            rf"(?:(?<=万)(?P<tail>[0-9]{{1,4}})(?![0-9.．,，])(?=[ \u3000]?(?:{unit})))?"
            rf"(?P<suf>余|多|几|来)?(?:[ \u3000]?(?P<unit>{unit}))?"
            rf"|(?<![{_CN}第])(?P<cn>[{_CN}]+)(?P<cnsuf>余|多|来)?(?P<cnunit>{unit})"
        )
        return re.compile(pattern)

    def approx_before(self, head: str) -> list[tuple[str, str]]:
        """The ``pre_approx`` entries whose word ``head`` ends with, in ``pre_approx`` order
        (longest first; one word per length can match)."""
        found: list[tuple[str, str]] = []
        for k in self._pre_lengths:
            if k <= len(head):
                found.extend(self._pre_by_word.get(head[len(head) - k :], ()))
        return found

    def kind_of(self, unit: str) -> str:
        return self.unit_kind.get(unit, "bare")

    def same_units(self, a: str, b: str) -> bool:
        if a == b:
            return True
        group = self.same_unit.get(a)
        # (部门/单位/家/个 name one set of things in several ways, yet 12个 beside 8家 may count
        # other things: only the groups of one thing counted alike are the same unit)
        return group is not None and group == self.same_unit.get(b) and group != "departments"

    def kin_units(self, a: str, b: str) -> bool:
        """Two count units of one class (numbers.toml units.kin): not the same unit."""
        group = self.kin_unit.get(a)
        return a != b and group is not None and group == self.kin_unit.get(b)


@lru_cache(maxsize=4)
def load_lexicon(path: str | None = None) -> Lexicon:
    with open(path or LEXICON_PATH, "rb") as handle:  # as tomllib.load reads it
        return Lexicon(pattern_cache.toml_loads(handle.read().decode()))


# --------------------------------------------------------------------------------------
# years and dates
# --------------------------------------------------------------------------------------

_YEAR_RANGE = re.compile(
    rf"(?<![0-9])({YEAR_ASCII})\s*年?\s*[—－\-–~～至到]+\s*({YEAR_ASCII})\s*年?(?:度)?"
)
_DATE = re.compile(
    rf"(?<![0-9.])({YEAR_ASCII})\s*年(?:度)?"
    r"(?:\s*([0-9]{1,2})\s*月(?:份)?(?:\s*([0-9]{1,2})\s*[日号])?)?"
)
_CN_YEAR = re.compile(r"([〇零○一二三四五六七八九]{4})年(?:度)?")
_ISO_DATE = re.compile(
    rf"(?<![0-9])({YEAR_ASCII})[-/.．]([0-9]{{1,2}})[-/.．]([0-9]{{1,2}})(?![0-9])"
)
_MONTH_DAY = re.compile(r"(?<![0-9.个])([0-9]{1,2})\s*月(?:份)?(?:\s*([0-9]{1,2})\s*[日号])?")
_CLOCK = re.compile(r"(?<![0-9])[0-9]{1,2}[:：][0-9]{2}(?![0-9])")


def digit_runs(text: str) -> list[int]:
    """Where the runs of ASCII digits of ``text`` begin."""
    return [m.start() for m in _DIGIT_RUN.finditer(text)]


def digit_runs_by_length(text: str) -> tuple[list[int], list[int]]:
    """Where the runs of ASCII digits of ``text`` of four digits begin, and those of one or
    two: a year pattern (YEAR_ASCII, four digits, then no digit) can begin only at the
    first, :data:`_SHORT` (one or two digits, then no digit) only at the second."""
    year_runs: list[int] = []
    short_runs: list[int] = []
    for run in _DIGIT_RUN.finditer(text):
        length = run.end() - run.start()
        if length == 4:
            year_runs.append(run.start())
        elif length <= 2:
            short_runs.append(run.start())
    return year_runs, short_runs


def at_digit_runs(
    pattern: re.Pattern[str], text: str, run_starts: list[int]
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose matches begin with an ASCII digit that
    no digit precedes (a look-behind says so): the first digit of a run. Trying it only
    there finds the same matches without trying it at every character of the text."""
    pos = 0
    for start in run_starts:
        if start >= pos and (m := pattern.match(text, start)) is not None:
            yield m
            pos = m.end()


# the year patterns tried at digit runs only (see at_digit_runs)
DIGIT_RUN_PATTERNS = (_YEAR_RANGE, _ISO_DATE, _DATE, _MONTH_DAY, _CLOCK)
# ... those of them that open with one or two digits (the others open with a year)
_SHORT = (_MONTH_DAY, _CLOCK)


class _Spans:
    """Non-overlapping [start, end) spans kept sorted: overlap tests in O(log n), so that a
    paragraph of thousands of dates is read in linear time (a list scan made it quadratic)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def __bool__(self) -> bool:
        return bool(self.starts)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.starts, start) - 1  # the last span starting at or before
        if i >= 0 and self.ends[i] > start:
            return True
        return i + 1 < len(self.starts) and self.starts[i + 1] < end

    def free(self, start: int, end: int) -> bool:
        return not self.overlaps(start, end)

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


def _find_years(text: str, block: int) -> list[YearMention]:
    found: list[YearMention] = []
    month: int | None
    day: int | None
    taken = _Spans()
    free = taken.free

    year_runs, short_runs = digit_runs_by_length(text)
    if not year_runs and not short_runs and "年" not in text:
        return found  # (_CN_YEAR needs 年)

    def digit_matches(pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        return at_digit_runs(pattern, text, short_runs if pattern in _SHORT else year_runs)

    for m in digit_matches(_YEAR_RANGE):
        first, last = int(m.group(1)), int(m.group(2))
        if last < first or last - first > 30:
            continue
        found.append(
            YearMention(
                block, m.start(), m.end(), first, end_year=last, kind="range", text=m.group(0)
            )
        )
        taken.add(m.start(), m.end())
    for m in digit_matches(_ISO_DATE):
        if not free(m.start(), m.end()):
            continue
        month, day = int(m.group(2)), int(m.group(3))
        if 1 <= month <= 12 and 1 <= day <= 31:
            found.append(
                YearMention(
                    block,
                    m.start(),
                    m.end(),
                    int(m.group(1)),
                    month,
                    day,
                    kind="date",
                    text=m.group(0),
                )
            )
            taken.add(m.start(), m.end())
    for m in digit_matches(_DATE):
        if not free(m.start(), m.end()):
            continue
        month = int(m.group(2)) if m.group(2) else None
        day = int(m.group(3)) if m.group(3) else None
        if month is not None and not 1 <= month <= 12:
            month = day = None
        found.append(
            YearMention(
                block,
                m.start(),
                m.end(),
                int(m.group(1)),
                month,
                day,
                kind="date" if month else "year",
                text=m.group(0),
            )
        )
        taken.add(m.start(), m.end())
    for m in _CN_YEAR.finditer(text) if "年" in text else ():
        if not free(m.start(), m.end()):
            continue
        try:
            year = cn_to_int(m.group(1))
        except NumeralError:
            continue
        if 1900 <= year <= 2100:
            found.append(YearMention(block, m.start(), m.end(), year, kind="year", text=m.group(0)))
            taken.add(m.start(), m.end())
    for m in digit_matches(_MONTH_DAY):
        if not free(m.start(), m.end()):
            continue
        month = int(m.group(1))
        day = int(m.group(2)) if m.group(2) else None
        if 1 <= month <= 12 and (day is None or 1 <= day <= 31):
            found.append(
                YearMention(block, m.start(), m.end(), 0, month, day, kind="month", text=m.group(0))
            )
            taken.add(m.start(), m.end())
    for m in digit_matches(_CLOCK):
        if free(m.start(), m.end()):
            taken.add(m.start(), m.end())
            found.append(YearMention(block, m.start(), m.end(), 0, kind="clock", text=m.group(0)))
    found.sort(key=lambda y: y.start)
    return found


# --------------------------------------------------------------------------------------
# extraction
# --------------------------------------------------------------------------------------


def granularity(q: Quantity) -> Decimal:
    """The place value of the last printed digit (5000 -> 1000, 44.7万 -> 1000, 百 -> 100)."""
    if q.decimals:
        return Decimal(1).scaleb(-q.decimals) * q.magnitude
    if q.chinese:
        value = int(q.value)
        zeros = 0
        while value and value % 10 == 0:
            value //= 10
            zeros += 1
        return Decimal(10) ** zeros
    digits = _NOT_DIGIT.sub("", q.number.replace("万", "").replace("亿", ""))
    return Decimal(10) ** trailing_zeros(digits) * q.magnitude if digits else Decimal(1)


def _interval(value: Decimal, g: Decimal, kind: str) -> tuple[Decimal, Decimal]:
    if kind == "over":
        return value, value + g
    if kind == "over-wide":
        return value, value + max(g, value)
    if kind == "about":
        return value - g / 2, value + g / 2
    if kind == "near":
        return value - g / 2, value
    if kind == "under":
        return max(ZERO, value - g), value
    return value, value


def bracket_positions(text: str) -> tuple[list[int], list[int]]:
    """Positions of opening and closing brackets."""
    return (
        [m.start() for m in _OPEN_RE.finditer(text)],
        [m.start() for m in _CLOSE_RE.finditer(text)],
    )


def _brackets(text: str) -> tuple[list[int], list[int], list[tuple[int, int]]]:
    """Open/close bracket positions and quoted ranges, in one pass over the marks."""
    opens: list[int] = []
    closes: list[int] = []
    quoted: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for m in _MARK_RE.finditer(text):  # other characters are neither brackets nor quotes
        ch, i = m.group(), m.start()
        if ch in _OPEN:
            opens.append(i)
        elif ch in _CLOSE:
            closes.append(i)
        elif ch in _QUOTE_PAIRS:
            stack.append((_QUOTE_PAIRS[ch], i))
        elif stack and ch == stack[-1][0]:
            _, start = stack.pop()
            # (a quote holding a full stop is speech reported, not a name or a title: its
            # figures are the text's own — 「“…共调处矛盾纠纷28797件，调处成功28952件。”这是…」)
            if text[start] == "《" or "。" not in text[start:i]:
                quoted.append((start, i))
    return opens, closes, quoted


def depth_at(opens: Sequence[int], closes: Sequence[int], pos: int) -> int:
    return max(0, bisect.bisect_left(opens, pos) - bisect.bisect_left(closes, pos))


def _strip_leading(lex: Lexicon, text: str) -> str:
    """Remove filler words (全年, 其中, 此外...) from the front, repeatedly."""
    m = lex.fillers_re.match(text)
    return text[m.end() :] if m else text


def _strip_trailing(lex: Lexicon, text: str) -> str:
    """Remove trailing words that are not the noun, repeatedly, never the whole text."""
    m = lex.trailing_re.match(text[::-1])
    return text[: len(text) - m.end()] if m else text


def _bare_change(lex: Lexicon, pre: str) -> bool:
    """Is a figure's clause nothing but a verb of change before its number (「地方收入完成
    51653万元，增加6455万元，增长14.28%」: 「增加」 alone)? It is the amount the figure of the
    clause before moved by, not a count of its own, though no 较/比 names the period (asked of
    counts and sums only: a bare 「增长4.7%」 stays a rate of its own; session 26, quiet)."""
    return pre.strip(" 　").rstrip("了") in lex.change_verbs


_CHANGE = re.compile(
    r"(?:同比|环比|较|比|相比|相较)[^，,；;。]{0,12}?"
    r"(?:增加|增长|增長|减少|減少|下降|降低|提高|提升|上升|回落|多出|多|少|增|减|減"
    # 增/减 and what flows (比上年减收1070万元, 较上年增支…, 增产): a change all the same
    # (not 「较上年新增的41名」: last year's new ones, a base)
    r"|[增减減][收支产產])了?$"
)
# the words of a figure that goes on a run of changes (「同比事故起数减少3起、死亡人数减少2人」
# 「同比分别减少2起、增加1人」): a joiner, a measure's name, a change verb of two characters
# (not 新增: 「新增12家」 is a count)
_CHANGE_GOES_ON = re.compile(
    r"^[、，,和及与以]*[^，,；;。：:0-9０-９%％]{0,8}?"
    r"(?:增加|增长|增長|减少|減少|下降|降低|提高|提升|上升|回落|增多|[增减減][收支产產])了?$"
)

# the marks alone between two figures of one enumeration (「增加1起、37人」)
_ENUMERATION_JOINERS = frozenset({"、", "和", "及"})

_LEADING_YEAR = re.compile(
    rf"^(?:截至|截止)?(?:{YEAR_ASCII}年(?:度)?(?:[0-9]{{1,2}}月(?:份)?(?:[0-9]{{1,2}}日)?)?"
    r"(?:底|末|内|以来|上半年|下半年|全年)?)+"
)


def total_marker(lex: Lexicon, pre: str) -> str:
    """The last total word (共, 合计...) in ``pre`` that is not part of a longer word."""
    if lex.totals_re.search(pre) is None:
        return ""  # the usual case
    covered: list[tuple[int, int]] = []
    for word in lex.not_total:
        start = pre.find(word)
        while start >= 0:
            covered.append((start, start + len(word)))
            start = pre.find(word, start + 1)
    marker = ""
    for m in lex.totals_re.finditer(pre):
        if any(m.start() < e and m.end() > s for s, e in covered):
            continue
        marker = m.group(0)
    return marker


def _clean(lex: Lexicon, text: str) -> str:
    text = _strip_leading(lex, text.strip(" 　"))
    if text[-2:] not in lex.approx_compounds:  # 已签约: the word's end is no filler
        text = _strip_trailing(lex, text)
    if lex.totals_re.fullmatch(text) or text in lex.noun_trailing:
        return ""
    return text


# two verbs of one figure joined (受理并转送, 受理后转交)
_JOINED_RE = re.compile(r"并|后|且|和|并予以")


def _words_before(lex: Lexicon, pre: str) -> tuple[str, str, str, str]:
    """(verb, family, noun, phrase) from the words in front of a number."""
    body = pre.strip(" 　")
    if year := _LEADING_YEAR.match(body):  # (anchored: at most one match, at the start)
        body = body[year.end() :]
    body = _strip_leading(lex, body)
    phrase = _clean(lex, body)
    verb = family = ""
    noun = phrase
    last = last_flow = None
    joined = -1  # where a second verb joined to an accepted one starts (受理并转送)
    for m in lex.verb_re.finditer(body):
        if lex.verb_family.get(m.group(0)) in _INTAKE and _opens_scope(body, m.start(), m.end()):
            continue  # the set of an intake the figure is drawn from, not its own verb
        last = m
        family = lex.verb_family.get(m.group(0), "other")
        if (
            family == "rejected"
            and last_flow is not None
            and lex.verb_family.get(last_flow.group(0)) == "accepted"
            and _JOINED_RE.fullmatch(body, last_flow.end(), m.start()) is not None
        ):
            # 「受理并转送责任单位1,088件」: accepted, then passed on; the first verb counts,
            # and the words after the second name where it went, not what is counted
            joined = m.start() - 1
            continue
        if (
            family in _INTAKE
            and last_flow is not None
            and _KIND_OF_APPLICATION_RE.match(body, m.end()) is not None
        ):
            # 「受理不动产首次登记申请862件」: a stage verb before 申请 names the kind of the
            # application the earlier verb counts, not a stage of its own
            last = last_flow
            continue
        if family != "other":
            last_flow, joined = m, -1
    chosen = last_flow or last
    if chosen is not None:
        verb = chosen.group(0)
        family = lex.verb_family.get(verb, "other")
        negated = negation_before(body, chosen.start()) if family in _INTAKE else -1
        if negated >= 0:
            # 「不予登记13件」「对不属于受理范围的177件」: the intake's negation is a refusal
            verb, family = body[negated : chosen.end()], "rejected"
        elif family == "received" and (decided := _decision_before(lex, body, chosen))[0]:
            # 「准予登记1,390件」「核准登记3,204户」「不予注销登记25件」: a decision granting
            # or refusing what was applied for (登记 names the thing), never an intake
            verb, family = decided[0] + verb, decided[1]
        if joined >= 0:
            phrase = _clean(lex, body[:joined])
        after = _clean(lex, body[chosen.end() : joined if joined >= 0 else len(body)])
        noun = after or _clean(lex, body[: negated if negated >= 0 else chosen.end() - len(verb)])
        if negated >= 0 and not body[negated : chosen.start()].endswith(NEGATIONS):
            noun = ""  # (对不属于受理范围的: the words around the verb name the scope, no noun)
    return verb, family, noun, phrase


# an intake verb naming the set its figure is drawn from (「受理事项中已作出准予许可决定389件」
# 「受理的申请中…」): the words after it, up to 中, then the figure's own predicate; a verb right
# before 中 is a state (正在办理中), and 集中, 中心, 中止… are words of their own
_SCOPE_END_RE = re.compile(
    r"(?:了?的[^，,；;。、：:]{0,8}?|了?[^，,；;。、：:的]{1,8}?)(?<!集)(?:当中|中)"
    r"(?!心|央|国|介|小|学|级|止|断|标|共|期|旬|医|华|外|层|型|长|途|转|文|部)"
    r"[，,]?[^，,；;。、：:]"
)


# … or the object of 对 (「对受理的申请已作出准予许可决定76件」): 的, a noun, then the predicate
_TOLD_OBJECT_RE = re.compile(r"了?的[^，,；;。、：:的]{1,8}?(?:已|均|都|全部|依法|共|累计)")


def _opens_scope(body: str, start: int, end: int) -> bool:
    """Does the stage verb at ``start:end`` name a scope its figure is drawn from?"""
    if _SCOPE_END_RE.match(body, end) is not None:
        return True
    return body[:start].endswith("对") and _TOLD_OBJECT_RE.match(body, end) is not None


# verbs of an intake, whose negation names what was refused, never what was taken in
_INTAKE = ("received", "accepted")
# after an intake verb that names a kind of application (「受理不动产首次登记申请」「受理医疗机构执业
# 登记和校验申请」): 申请, maybe after a second kind joined by 和/及/与/、 (not 申请人)
_KIND_OF_APPLICATION_RE = re.compile(r"(?:[和及与、][\u4e00-\u9fff]{1,4}?)?申请(?!人)")


def _decision_before(lex: Lexicon, body: str, verb: re.Match[str]) -> tuple[str, str]:
    """The words of a decision on an application before an intake verb in its clause, and
    the decision's family: a grant (numbers.toml ``clauses.grant-words`` and
    ``grant-decisions``: 准予, 同意, 核准…) concluded, a refusal (``refuse-words``: 不予…)
    rejected — at most ``_GRANT_GAP`` characters of the kind decided between (准予变更登记,
    不予注销登记), the two no verb of the lexicon together (予以受理 is one: accepted);
    ("", "") when there is none."""
    clauses = lex.data["clauses"]
    decisions = (
        ("concluded", (*clauses.get("grant-words", ()), *clauses.get("grant-decisions", ()))),
        ("rejected", tuple(clauses.get("refuse-words", ()))),
    )
    longest = max((len(w) for _, words in decisions for w in words), default=0)
    start = verb.start()
    gap = body[max(0, start - _GRANT_GAP - longest) : start]
    best = ("", "")
    for family, words in decisions:
        for g in words:
            at = gap.rfind(g)
            if at < 0 or g + verb.group(0) in lex.verb_family:
                continue
            between = gap[at + len(g) :]
            if (
                len(between) <= _GRANT_GAP
                and _WORDS_ONLY_RE.fullmatch(between)
                and not lex.verb_re.search(between)
                and (at, -len(g)) < (len(gap) - len(best[0]), 0)
            ):
                best = (g + between, family)
    return best


_GRANT_GAP = 4  # characters naming the kind decided between a decision word and its verb
_WORDS_ONLY_RE = re.compile(r"[\u4e00-\u9fff]*")
# in front of a verb: 不予受理, 未签约 (relations.common re-exports it)
NEGATIONS = ("不予", "未予", "不", "未", "非", "无")
# a scope said not to hold the figure: 不属于受理范围, 不符合立案条件, 不在…受理范围内
_NOT_IN_SCOPE_RE = re.compile(r"(?:不属于|不符合|不在)[\u4e00-\u9fff]{0,6}$")


def negation_before(body: str, at: int) -> int:
    """Where a negation of the verb at ``at`` starts in its clause (「不予登记」「不属于…受理
    范围的」), or -1: the one reading of a negated verb for every check."""
    clause = max(body.rfind(c, 0, at) for c in "，,；;：:、") + 1
    before = body[clause:at]
    for neg in sorted(NEGATIONS, key=len, reverse=True):
        if before.endswith(neg):
            return at - len(neg)
    m = _NOT_IN_SCOPE_RE.search(before)
    return clause + m.start() if m is not None else -1


def _after_noun(text: str, pos: int) -> str:
    i = pos
    while i < len(text) and text[i] in " 　":
        i += 1
    j = i
    while j < len(text) and j - i < 8 and text[j] not in _AFTER_BOUNDARY:
        j += 1
    return text[i:j]


# 其它 is another spelling of 其他 (the rest of a split: 「其它类诉求9791件」): read as that one
# word by every rule. Same length, so every position in the text stays where it was.
_VARIANT_SPELLINGS = (("其它", "其他"),)
# 转结 is another spelling of 结转 (「上一年度转结3件」「转结下年度继续办理」), not where 结
# opens a word of its own (流转结束, 移转结果, 中转结算), nor where 转 closes a 结转 before it
# (结转结存, 结转结案: the usual word followed by another)
_CARRY_VARIANT_RE = re.compile("(?<!结)转结(?![果束算构合论婚])")


@lru_cache(maxsize=1)
def _traditional_fold() -> tuple[re.Pattern[str], dict[int, int]]:
    """numbers.toml ``fold.traditional``: any one of the traditional characters, and each to
    its simplified form."""
    pairs = load_lexicon().data["fold"]["traditional"]
    table = {ord(pairs[i]): ord(pairs[i + 1]) for i in range(0, len(pairs) - 1, 2)}
    return re.compile("[" + re.escape("".join(map(chr, table))) + "]"), table


def fold_variants(text: str) -> str:
    """The text with variant spellings read as the usual word and traditional characters as
    their simplified forms (positions unchanged: one character for one; a simplified text,
    the usual one, is only searched)."""
    traditional, table = _traditional_fold()
    if traditional.search(text) is not None:
        text = text.translate(table)
    for variant, usual in _VARIANT_SPELLINGS:
        if variant in text:
            text = text.replace(variant, usual)
    if "转结" in text:
        text = _CARRY_VARIANT_RE.sub("结转", text)
    return text


# how far back a figure's clause is read for the comparison its words may have lost to a
# bracket (「与去年同期相比事故起数(shù)增加2起」: its own words are only 增加)
COMPARED_REACH = 30
_CLAUSE_MARK_RE = re.compile(r"[，,；;。：:！？!?]")


def _compared_clause(text: str, q: Quantity) -> bool:
    """Does ``q``'s clause compare it with another period (:data:`_CHANGE`) when its own
    words stop at a bracket inside the clause?"""
    lo = max(0, q.start - COMPARED_REACH)
    if text.find(")", lo, q.start) < 0 and text.find("）", lo, q.start) < 0:
        return False  # (the usual case: no bracket in the window, so none in the clause)
    marks = [m.end() for m in _CLAUSE_MARK_RE.finditer(text, lo, q.start)]
    clause = text[marks[-1] if marks else lo : q.start].strip(" 　")
    return (")" in clause or "）" in clause) and _CHANGE.search(clause) is not None


# the words that open a comparison with another period (not 较 alone: 较大事故)
_COMPARED_RE = re.compile(r"同比|环比|相比|相较|相較|[较較](?:上|去|同期)|比(?:上|去)年")


def _goes_on_changes(result: BlockQuantities, q: Quantity, pre: str) -> bool:
    """Is ``q`` another change of a run begun by a compared one in its sentence (「与去年同期
    相比事故起数增加2起，上升4.7%，死亡人数减少2人」)? Its own words name only a measure and a
    change verb, right after a change: a signed difference, not a count of its measure."""
    before = result.quantities
    if not before:
        return False
    last = before[-1]
    words = pre.strip(" 　")
    if words in _ENUMERATION_JOINERS:
        # 「同比增加1起、37人」: a figure named by a bare 、/和 after a change is the same
        # change verb's next figure (of another measure), never a count of its own
        return last.change and result.text[last.end : q.start].strip(" 　") == words
    if not _CHANGE_GOES_ON.search(words):
        return False
    if last.sentence != result.sentence_of(q.num_start):
        return False
    # (a comparison opened after the last figure: 「较大事故2起、死亡6人，与去年同期相比
    # 事故起数持平，死亡人数减少1人」)
    return last.change or _COMPARED_RE.search(result.text, last.end, q.start) is not None


def extract(text: str, block: int = 0, lexicon: Lexicon | None = None) -> BlockQuantities:
    """All number mentions and years in one block's text."""
    lex = lexicon or load_lexicon()
    text = fold_variants(text)
    result = BlockQuantities(block=block, text=text)
    result.sentence_starts = [0] + [
        m.end() for m in _SENTENCE_END.finditer(text) if m.end() < len(text)
    ]
    years = _find_years(text, block)
    result.years = years
    year_spans = _Spans()
    for y in years:
        year_spans.add(y.start, y.end)
    opens, closes, quoted = _brackets(text)
    quoted_index = _span_index(quoted) if quoted else ([], [])
    result._brackets = (opens, closes)
    boundaries: list[int] | None = None  # the clause boundaries, listed at the first figure
    last_end = 0  # end of the previous counted mention (words before a number start after it)
    for m in _mentions(lex, text):
        start, end = m.start(), m.end()
        if year_spans and year_spans.overlaps(start, end):
            continue
        q = _build(lex, text, m, block)
        if q is None:
            continue
        # words before the number: back to a clause boundary, not into the previous mention
        pre_start = q.start
        if pre_start > last_end:
            if boundaries is None:
                boundaries = [b.start() for b in _PRE_BOUNDARY_RE.finditer(text)]
            k = bisect.bisect_left(boundaries, pre_start) - 1  # the nearest one before
            pre_start = max(last_end, boundaries[k] + 1 if k >= 0 else 0)
        pre = text[pre_start : q.start]
        words = pre
        if (
            not pre.strip(" 　")
            and pre_start > last_end
            and text[pre_start - 1 : pre_start] in _CLOSE
        ):
            # 「未办结（正在办理中）55件」: a remark in brackets right before the number; the
            # number is named by the words before the bracket
            assert boundaries is not None
            k = bisect.bisect_left(opens, pre_start - 1) - 1  # the bracket's own opening
            if k >= 0 and pre_start - 1 - opens[k] <= REMARK_REACH:
                remark = text[opens[k] + 1 : pre_start - 1]
                j = bisect.bisect_left(boundaries, opens[k]) - 1
                start = max(last_end, boundaries[j] + 1 if j >= 0 else 0)
                if not _DIGIT_RE.search(remark) and start < opens[k]:
                    pre_start, pre, words = start, text[start : q.start], text[start : opens[k]]
        verb, family, noun, phrase = _words_before(lex, words)
        glossed = False
        if (
            not verb
            and q.kind == "count"
            and pre.strip(" 　")
            and pre_start > last_end
            and text[pre_start - 1 : pre_start] in _CLOSE
        ):
            # 「受理…烟花爆竹经营（零售）许可等行政许可申请142件」「收到村（社区）网格员上报的
            # 违法线索412条」: a short gloss in brackets inside the figure's noun, the verb before
            # it: the number is named by the words on both sides of the bracket
            assert boundaries is not None
            k = bisect.bisect_left(opens, pre_start - 1) - 1
            if k >= 0 and pre_start - 1 - opens[k] <= _GLOSS_REACH:
                gloss = text[opens[k] + 1 : pre_start - 1]
                j = bisect.bisect_left(boundaries, opens[k]) - 1
                start = max(last_end, boundaries[j] + 1 if j >= 0 else 0)
                if gloss and not _DIGIT_RE.search(gloss) and start < opens[k]:
                    joined = text[start : opens[k]] + pre
                    found = _words_before(lex, joined)
                    if found[0]:
                        words = joined
                        verb, family, noun, phrase = found
                        glossed = True
        depth = depth_at(opens, closes, q.num_start)
        is_quoted = bool(quoted) and _inside_any(quoted_index, q.num_start)
        # (``q`` is _build's own new figure, referenced nowhere else: its words are filled in
        # place, not copied into another instance)
        q.__dict__.update(
            depth=depth,
            quoted=is_quoted,
            sentence=result.sentence_of(q.num_start),
            pre=pre,
            pre_start=pre_start,
            verb=verb,
            family=family,
            noun=noun,
            phrase=phrase,
            after=_after_noun(text, q.end) if q.kind != "bare" else "",
            total_marker=total_marker(lex, pre) if q.kind != "bare" else "",
            change=bool(_CHANGE.search(pre.strip(" 　")))
            or (q.kind not in ("percent", "points") and _bare_change(lex, pre))
            or _compared_clause(text, q)
            or _goes_on_changes(result, q, pre),
            glossed=glossed,
        )
        result.quantities.append(q)
        if q.kind != "bare":
            last_end = q.end
    _share_units(lex, result)
    _compared_bare_units(result)
    _inherit_nouns(lex, result)
    _mark_bare_years(result)
    return result


# what joins two numbers of a list sharing the unit printed after the last: 「4125.49、4143.91
# 万元」「1627.86,2570.97万元」
_SHARED_UNIT_JOIN_RE = re.compile(r"\s*[、,，]\s*")
# the magnitudes a shared unit may carry (「…、4143.91万元」: 4125.49 is 万元 too)
_SHARED_MAGNITUDES = ("", "万", "亿", "万亿")


# 「环比第二季度（22429）增长31.89%」「较上年（641）下降4.8%」: a number alone in a bracket right
# after a comparison and the period it names, right before a change word (numbers.toml
# ``rates.change`` verbs of rise and fall: the same closed class as :data:`_CHANGE`)
_COMPARED_BRACKET_BEFORE_RE = re.compile(
    r"(?:同比|环比|较|比|相比|相较|与)[^，,；;。：:（()）0-9]{0,12}[（(]$"
)
_COMPARED_BRACKET_AFTER_RE = re.compile(
    r"[）)](?:相比|比较)?(?:分别)?"
    r"(?:增加|增长|增長|减少|減少|下降|降低|提高|提升|上升|回落|多|少|增|减|減)"
)
# how far before the bracket its comparison word may stand (the words of the period)
_COMPARED_BRACKET_REACH = 16
# the kinds of figure whose unit a bare base in a bracket takes
_COMPARED_KINDS = ("count", "money", "measure")
# a whole number that may be a year restated in the bracket
_YEAR_VALUES = (1949, 2100)


def _compared_bare_units(result: BlockQuantities) -> None:
    """「共接收投诉举报29581件，环比第二季度（22429）增长31.89%」: a bare number alone in a
    bracket after a comparison and its period and before a change word is the figure compared
    with, printed without the unit of the figure it is compared to: it takes the unit and
    magnitude of the latest countable figure before it in its sentence, outside the bracket."""
    qs = result.quantities
    text = result.text
    for i, q in enumerate(qs):
        if q.kind != "bare" or q.chinese or q.approx or q.depth < 1:
            continue
        if q.decimals == 0 and _YEAR_VALUES[0] <= q.value <= _YEAR_VALUES[1]:
            continue  # 「较上年（2022）」: the year compared with, restated
        if not _COMPARED_BRACKET_AFTER_RE.match(text, q.num_end):
            continue
        if not _COMPARED_BRACKET_BEFORE_RE.search(
            text, max(0, q.num_start - _COMPARED_BRACKET_REACH), q.num_start
        ):
            continue
        for j in range(i - 1, -1, -1):
            src = qs[j]
            if src.sentence != q.sentence:
                break
            if src.depth >= q.depth:
                continue
            if src.kind not in _COMPARED_KINDS or src.approx or src.chinese:
                break  # the figure compared to is a rate, or not printed exactly
            qs[i] = _with_unit_of(q, src, q.number + src.number.lstrip("0123456789.,"))
            break


def _with_unit_of(q: Quantity, src: Quantity, number: str, **changes: Any) -> Quantity:
    """The bare number ``q`` read in the unit and magnitude of ``src`` (the figure it shares its
    unit with), printed as ``number``."""
    value = q.value * src.magnitude
    return _replace(
        q,
        number=number,
        value=value,
        low=value,
        high=value,
        unit=src.unit,
        unit_text=src.unit_text,
        kind=src.kind,
        magnitude=src.magnitude,
        **changes,
    )


def _share_units(lex: Lexicon, result: BlockQuantities) -> None:
    """「收、支总计各是4125.49,4143.91万元」: a bare Arabic number joined by 、 or a comma right
    to the next number, printed alike (the same decimals) and carrying a unit, is of that unit
    and magnitude. Not a number opening its clause (「1、12项工作」 numbers a list)."""
    qs = result.quantities
    for i in range(len(qs) - 1):
        q, nxt = qs[i], qs[i + 1]
        if q.kind != "bare" or nxt.kind in ("bare", "percent", "points") or q.chinese:
            continue
        if nxt.chinese or nxt.approx or q.approx or q.decimals != nxt.decimals:
            continue
        if not _SHARED_UNIT_JOIN_RE.fullmatch(result.text, q.num_end, nxt.num_start):
            continue
        stripped = q.pre.rstrip(" 　")
        if not stripped or not ("\u4e00" <= stripped[-1] <= "\u9fff") or stripped.endswith("第"):
            continue
        suffix = nxt.number.lstrip("0123456789.")
        if suffix not in _SHARED_MAGNITUDES or not nxt.number[:1].isdigit():
            continue
        qs[i] = _with_unit_of(q, nxt, q.number + suffix, total_marker=total_marker(lex, q.pre))


# the marks two texts read as one are joined at (a full stop, or one read as a semicolon or
# a comma): each ends a clause, no number, unit, year or quote takes one in
_JOINTS = "。；，"


def extract_joined(
    first: BlockQuantities,
    first_text: str,
    second: BlockQuantities,
    block: int,
    lexicon: Lexicon | None = None,
) -> BlockQuantities:
    """``extract(first_text + second.text, block, lexicon)`` for two texts read as one (a
    paragraph and a later one, :mod:`.relations.pickup`), put together from their own
    extractions: ``first`` is that of ``first_text`` but for its last character, and both
    end with a joint mark (。；，).

    Every mention, year, bracket, quote and clause of either text then lies within it, and
    what extraction looks at across the joint is the joint mark itself: the sentences (the
    second text's first one goes on with the first's last one unless the joint is 。), the
    nouns elided in them (inherited across the joint), and the bracket depth and quotes (an
    unclosed bracket or quote of the first text reaches into the second). When the joint is
    not so clean (an unclosed bracket or quote, a sentence mark either side of the joint,
    「一起」 whose count reading looks back over its sentence), the text is extracted afresh.
    ``tests/test_extract_joined.py`` holds the two equal."""
    lex = lexicon or load_lexicon()
    first_text = fold_variants(first_text)
    text = first_text + second.text
    if not _clean_joint(first, first_text, second.text):
        return extract(text, block, lex)
    shift = len(first_text)
    ends_sentence = _SENTENCE_END.match(first_text, shift - 1) is not None
    result = BlockQuantities(block=block, text=text)
    result.sentence_starts = [
        *first.sentence_starts,
        *([shift] if ends_sentence else []),
        *(shift + s for s in second.sentence_starts[1:]),
    ]
    offset = len(first.sentence_starts) - (0 if ends_sentence else 1)
    result.quantities = [_replace(q, block=block) for q in first.quantities] + [
        _replace(
            q,
            block=block,
            start=q.start + shift,
            end=q.end + shift,
            num_start=q.num_start + shift,
            num_end=q.num_end + shift,
            pre_start=q.pre_start + shift,
            sentence=q.sentence + offset,
        )
        for q in second.quantities
    ]
    result.years = [replace(y, block=block) for y in first.years] + [
        replace(y, block=block, start=y.start + shift, end=y.end + shift) for y in second.years
    ]
    (opens, closes), (opens2, closes2) = first.brackets(), second.brackets()
    result._brackets = (
        [*opens, *(shift + i for i in opens2)],
        [*closes, *(shift + i for i in closes2)],
    )
    if not ends_sentence:  # the sentence goes on: a noun elided after the joint is inherited
        _compared_bare_units(result)  # (a unit from the first text, as extract finds it)
        _inherit_nouns(lex, result)
    return result


def _clean_joint(first: BlockQuantities, first_text: str, second_text: str) -> bool:
    """Can :func:`extract_joined` put the two extractions together (see there)?"""
    if not first_text or not second_text or len(first.text) != len(first_text):
        return False
    if first.text[-1] not in _JOINTS or first_text[-1] not in _JOINTS:
        return False
    if first.text[:-1] != first_text[:-1]:
        return False
    if len(first_text) >= 2 and _SENTENCE_END.match(first_text, len(first_text) - 2):
        return False  # 「！。」: the last sentence mark would change the first's sentences
    if _SENTENCE_END.match(second_text) or "一起" in second_text:
        return False
    opens, closes, quoted = _brackets(first_text)
    if len(opens) != len(closes):
        return False  # a bracket left open (or closed twice) changes the depth after it
    # a quote left open pairs with a closing mark of the second text
    return sum(first_text.count(mark) for mark in _QUOTE_PAIRS) == len(quoted)


def _span_index(spans: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """The starts of ``spans`` in order and the furthest end reached up to each one."""
    ordered = sorted(spans)
    reach: list[int] = []
    for _, end in ordered:
        reach.append(max(end, reach[-1]) if reach else end)
    return [start for start, _ in ordered], reach


def _inside_any(index: tuple[list[int], list[int]], pos: int) -> bool:
    """``any(s < pos < e for s, e in spans)`` in logarithmic time (``index``: _span_index)."""
    starts, reach = index
    k = bisect.bisect_left(starts, pos) - 1  # the last span that starts before ``pos``
    return k >= 0 and reach[k] > pos


def finditer_at(
    first: re.Pattern[str],
    pattern: re.Pattern[str],
    text: str,
    pos: int = 0,
    endpos: int | None = None,
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, pos, endpos)`` for a pattern whose every match is non-empty
    and begins with a character ``first`` matches.

    The regex engine tries a pattern that opens with a look-behind at every character;
    jumping between the possible first characters (a character class, which the engine
    scans for quickly) and matching there finds the same matches — look-behinds still see
    the whole text — several times faster on prose.
    """
    end = len(text) if endpos is None else endpos
    search, match = first.search, pattern.match
    while (start := search(text, pos, end)) is not None:
        m = match(text, start.start(), end)
        if m is None:
            pos = start.start() + 1
        else:
            yield m
            pos = m.end()


def scan(
    pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, pos, endpos)``, by :func:`finditer_at` when
    :func:`first_char_class` reads the characters every match begins with off the pattern
    (same matches)."""
    first = first_char_class(pattern)
    end = len(text) if endpos is None else endpos
    if first is None:
        return pattern.finditer(text, pos, end)
    return finditer_at(first, pattern, text, pos, end)


@lru_cache(maxsize=64)
def first_char_class(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A character class of every character a match of ``pattern`` can begin with, when
    the pattern never matches an empty string and its syntax says so: literals, classes
    of characters and ranges, groups, alternations, repeats and look-arounds. None for
    anything else (a category such as ``\\s``, a negated class, any character, case folding,
    a back reference, an empty match).

    The command line keeps the class in its cache file (fazhi_lint/pattern_cache.py),
    keyed by the pattern and the code that read it: parsing the period words' pattern
    again was some 8 M instructions of every start."""
    if not isinstance(pattern.pattern, str):
        return _first_char_class(pattern)
    if not _FIRST_FINGERPRINT:
        _FIRST_FINGERPRINT.append(pattern_cache.code_fingerprint((_first_char_class, _first_chars)))
    key = (_FIRST_FINGERPRINT[0], pattern.pattern, pattern.flags)
    kept = pattern_cache.recall("first-char", key)
    if type(kept) is str:  # "": none
        return re.compile(kept) if kept else None
    found = _first_char_class(pattern)
    pattern_cache.keep("first-char", key, "" if found is None else found.pattern)
    return found


_FIRST_FINGERPRINT: list[int] = []


def _first_char_class(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """:func:`first_char_class`, worked out from the pattern's syntax."""
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        tree = _sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # pragma: no cover - the pattern compiled, so it parses
        return None
    ranges: list[tuple[int, int]] = []
    if _first_chars(list(tree.data), ranges) is not False or not ranges:
        return None
    parts = (
        re.escape(chr(lo)) if lo == hi else f"{re.escape(chr(lo))}-{re.escape(chr(hi))}"
        for lo, hi in sorted(set(ranges))
    )
    return re.compile("[" + "".join(parts) + "]")


def _first_chars(items: list[Any], ranges: list[tuple[int, int]]) -> bool | None:
    """Add to ``ranges`` the first characters of a parsed sequence: False when it cannot
    match empty, True when it can, None when its start is not read (see above)."""
    for op, av in items:
        name = getattr(op, "name", "")
        if name == "LITERAL":
            ranges.append((av, av))
            return False
        if name == "IN":
            for inner, value in av:
                inner_name = getattr(inner, "name", "")
                if inner_name == "LITERAL":
                    ranges.append((value, value))
                elif inner_name == "RANGE":
                    ranges.append(value)
                else:
                    return None  # NEGATE, CATEGORY
            return False
        if name == "BRANCH":
            empty = False
            for alternative in av[1]:
                found = _first_chars(list(alternative), ranges)
                if found is None:
                    return None
                empty = empty or found
            if not empty:
                return False
        elif name == "SUBPATTERN":
            if av[1] & re.IGNORECASE:
                return None
            found = _first_chars(list(av[3]), ranges)
            if found is None or not found:
                return found
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            found = _first_chars(list(av[2]), ranges)
            if found is None:
                return None
            if av[0] > 0 and not found:
                return False
        elif name not in ("ASSERT", "ASSERT_NOT", "AT"):  # look-arounds and ^ take nothing
            return None
    return True


# Every mention begins with a digit or a Chinese numeral character (百分之 with 百): the
# branches of Lexicon._mention_re.
_MENTION_START = re.compile(f"[{_DIG}{_CN}]")


def _mentions(lex: Lexicon, text: str) -> Iterator[re.Match[str]]:
    return finditer_at(_MENTION_START, lex.mention_re, text)


# Extraction makes every Quantity in steps (the number, then its words). A frozen
# dataclass's __init__ sets each of its ~30 fields through object.__setattr__, which made
# construction and dataclasses.replace the largest cost of extraction; these two fill the
# instance dict directly (same fields, same values, several times faster).
_QUANTITY_DEFAULTS = {f.name: f.default for f in fields(Quantity) if f.default is not MISSING}


def _quantity(**values: Any) -> Quantity:
    """``Quantity(**values)``: the required fields must all be given."""
    new = object.__new__(Quantity)
    new.__dict__.update(_QUANTITY_DEFAULTS, **values)
    return new


def _replace(q: Quantity, **changes: Any) -> Quantity:
    """``dataclasses.replace(q, **changes)``."""
    new = object.__new__(Quantity)
    new.__dict__.update(q.__dict__, **changes)
    return new


def _build(lex: Lexicon, text: str, m: re.Match[str], block: int) -> Quantity | None:
    approx_parts: list[str] = []
    approx_kind = ""
    magnitude = 1
    chinese = False
    decimals = 0
    low_few = high_few = None
    if m.group("pctcn") is not None:
        number = m.group("pctcn")
        try:
            value = cn_to_decimal(m.group("pctval"))
        except NumeralError:
            return None
        unit, unit_text = "%", ""
        chinese = True
        decimals = len(m.group("pctval").partition("点")[2])
        num_start, num_end = m.start("pctcn"), m.end("pctcn")
        end = m.end()
    elif m.group("cn") is not None:
        number = m.group("cn")
        num_start = m.start("cn")
        if num_start > 0 and text[num_start - 1] in _CN + "第每":
            return None  # 第一, 每千人: an ordinal or a per-unit base, not a count
        if number == "一" and num_start > 0 and text[num_start - 1] in "上下":
            return None  # 结转下一年, 上一年度: the next or the last period, not a count
        if _rank(text, num_start, m.group("cnunit")):
            return None
        if num_start > 0 and text[num_start - 1] in _PLACEHOLDER:
            return None  # XXX万元, ××万人: a template slot, not a number
        if (
            not _CN_COUNTING.search(number)
            and not m.group("cnsuf")
            and not lex.approx_before(text[max(0, num_start - 4) : num_start])
        ):
            # magnitude words alone (万元, 千家万户, 亿元) are not numbers; only an
            # approximation makes them one (近万, 上万, 数万, 约万, 万余, 百余)
            return None
        idiom = lex.idiom_re.match(text[num_start : num_start + 8])
        if idiom and (idiom.group() != "一起" or not _counts_cases(lex, text, num_start)):
            return None
        try:
            if "几" in number:
                low_few = cn_to_decimal(number, few=1)
                high_few = cn_to_decimal(number, few=9)
                value = low_few
            else:
                value = cn_to_decimal(number)
        except NumeralError:
            return None
        chinese = True
        suffix = m.group("cnsuf") or ""
        if suffix:
            approx_parts.append(suffix)
            approx_kind = "over" if suffix in "余多" else "about"
        number += suffix
        num_end = m.end("cnsuf") if suffix else m.end("cn")
        unit_text = m.group("cnunit")
        unit = unit_text
        end = m.end()
    else:
        spaced = m.group("spaced")
        raw = spaced or m.group("arabic")
        if raw is None:
            return None
        raw_group = "spaced" if spaced else "arabic"
        num_start = m.start(raw_group)
        if (
            num_start > 0
            and text[num_start - 1] in "第每图表"
            and not _counted_forms(text[num_start - 1], m.group("unit"), raw)
        ):
            return None  # 第3次, 每千人, 图2.1, 表3.2: ordinals and references
        if _rank(text, num_start, m.group("unit")):
            return None
        try:
            value = arabic_to_decimal(raw)
        except NumeralError:
            return None
        decimals = decimals_of(raw)
        mag = m.group("mag") or ""
        tail = m.group("tail")
        if tail is not None:
            if not raw.isdigit():
                return None  # 「3.5万7483」: no number
            value = value * 10_000 + int(tail)  # exact to the unit: magnitude stays 1
        elif mag:
            magnitude = {"万": 10_000, "亿": 100_000_000, "万亿": 10_000 * 100_000_000}[mag]
            value = value * magnitude
        suffix = m.group("suf") or ""
        unit_text = m.group("unit") or ""
        if suffix and not unit_text and suffix != "余":
            suffix = ""  # 多/几/来 without a unit belong to the next word (30多 is rare bare)
        number_end = (
            m.end("suf")
            if suffix
            else m.end("tail")
            if tail is not None
            else m.end("mag")
            if mag
            else m.end(raw_group)
        )
        suffix = (m.group("sufmag") or "") + suffix  # 「380余万」: 余 before the 万
        if suffix:
            approx_parts.append(suffix)
            approx_kind = "about" if suffix == "来" else "over"
        number = text[num_start:number_end]
        num_end = num_start + len(number)
        unit = unit_text
        end = m.end() if unit_text else num_end
        if (
            not unit_text
            and not mag
            and not suffix
            and num_start
            and text[num_start - 1] in "）) \u3000"
        ):
            headed = lex.bracket_unit_re.search(text, max(0, num_start - 10), num_start)
            if headed:
                # (the number's own unit is the header's; its magnitude too: （万元）4.1)
                unit = unit_text = headed.group("unit")
                if headed.group("mag"):
                    magnitude = {"万": 10_000, "亿": 100_000_000, "万亿": 10**12}[
                        headed.group("mag")
                    ]
                    value = value * magnitude
    kind = lex.kind_of(unit) if unit else "bare"
    if unit in ("％",):
        unit = "%"
    if unit == "百分点":
        unit = "个百分点"
    if unit == "万元" or unit == "亿元":  # not in lexicon, kept for safety
        unit = "元"
    start = num_start
    # approximation words in front
    head = text[max(0, num_start - 4) : num_start]
    for word, kind_ in lex.approx_before(head):
        if text[max(0, num_start - len(word) - 1) : num_start] in lex.approx_compounds:
            continue  # 已签约389户: the end of a word, not an approximation
        if kind_ == "several":
            if not chinese or number not in _ROUND_MAGNITUDES:
                continue
            low_few = value * 2
            high_few = value * 9
            approx_parts.insert(0, word)
            start = num_start - len(word)
            break
        if word == "上" and not (chinese and number in ("百", "千", "万", "亿")):
            continue
        if word in ("超", "逾") and text[num_start - len(word) - 1 : num_start - len(word)] in (
            "高",
        ):
            continue
        approx_parts.insert(0, word)
        approx_kind = (approx_kind + "+" if approx_kind else "") + kind_
        start = num_start - len(word)
        break
    # approximation words after the unit
    tail = text[end : end + 3]
    if kind != "bare" and tail[:1] in lex.post_approx_first:
        for word, kind_ in lex.post_approx:
            if tail.startswith(word):
                if word == "多" and unit_text and kind != "time":
                    continue  # 多 after a unit only for durations (一年多)
                approx_parts.append(word)
                approx_kind = (approx_kind + "+" if approx_kind else "") + kind_
                end += len(word)
                break
    probe = _quantity(
        block=block,
        start=start,
        end=end,
        num_start=num_start,
        num_end=num_end,
        number=number,
        value=value,
        low=value,
        high=value,
        unit=unit,
        unit_text=unit_text,
        kind=kind,
        magnitude=magnitude,
        decimals=decimals,
        approx="".join(approx_parts),
        chinese=chinese,
    )
    if not approx_kind and low_few is None:
        return probe  # an exact number
    g = granularity(probe)
    low = high = value
    for part in approx_kind.split("+") if approx_kind else ():
        if part in ("over",) and any(
            w in probe.approx
            for w in ("超过", "多达", "超", "逾", "突破", "不少于", "至少", "以上", "有余")
        ):
            part = "over-wide"
        a, b = _interval(value, g, part)
        low, high = min(low, a), max(high, b)
    if low_few is not None and high_few is not None:
        # 十几 = [11, 19], 数十 = [20, 90]; a trailing 余/多 widens the top only
        low, high = low_few, max(high_few, high if approx_kind else high_few)
    return _replace(probe, low=low, high=high)


def _counts_cases(lex: Lexicon, text: str, pos: int) -> bool:
    """Is 「一起」 at ``pos`` a count (另一起, 败诉一起，) rather than 'together' (一起学习)?"""
    before = text[max(0, pos - 3) : pos]
    if any(before.endswith(w) for w in lex.count_after):
        return True
    nxt = text[pos + 2 : pos + 3]
    if nxt == "" or nxt in "，,。；;、）)":
        return True
    # 「…五起，其中三起…，一起正在审理」: after a clause break in a sentence counting 起
    sentence_start = max(text.rfind(ch, 0, pos) for ch in "。！？!?\n") + 1
    return before[-1:] in ("，", ",", "；", ";", "、") and bool(
        re.search(r"[0-9一二两三四五六七八九十]起", text[sentence_start:pos])
    )


def _inherit_nouns(lex: Lexicon, result: BlockQuantities) -> None:
    """``受理83件`` after ``收到行政复议案件111件``: the elided noun is the previous one's."""
    last_by_unit: dict[tuple[int, str], Quantity] = {}
    out: list[Quantity] = []
    for q in result.quantities:
        if q.kind == "bare":
            out.append(q)
            continue
        key = (q.sentence, q.unit)
        if not q.noun:
            prev = last_by_unit.get(key)
            if prev is not None and prev.noun:
                q = _replace(q, noun=prev.noun, inherited=True)
        last_by_unit[key] = q
        out.append(q)
    result.quantities = out


def _mark_bare_years(result: BlockQuantities) -> None:
    """A bare 4-digit number between 1949 and 2100 (「入选2024全国…」) is a year, not a count."""
    kept: list[Quantity] = []
    for q in result.quantities:
        if (
            q.kind == "bare"
            and not q.decimals
            and q.magnitude == 1
            and len(q.number) == 4
            and 1949 <= q.value <= 2100
        ):
            result.years.append(
                YearMention(
                    q.block, q.num_start, q.num_end, int(q.value), kind="bare", text=q.number
                )
            )
            continue
        kept.append(q)
    result.quantities = kept
    result.years.sort(key=lambda y: y.start)


def quantities_of(document: Any, clean: dict[int, Any] | None = None) -> list[BlockQuantities]:
    """Extraction for every body block of a document, computed afresh (the ``quantities``
    view of :mod:`fazhi_lint.analysis.views` computes it once per document); ``clean`` is
    the document's debris-free blocks (the ``clean`` view), found here when not given."""
    if clean is None:
        from .debris import clean_text, find_debris

        clean = clean_text(document, find_debris(document))
    lex = load_lexicon()
    # a whole line of web or conversion debris (「时间:2018-05-03 浏览次数:」) is page
    # furniture, not a statement of the report: T002 reports it, the statistics skip it
    chrome = {i for i, c in clean.items() if not c.block.text.strip()}
    return [
        extract(b.text, b.index, lex)
        for b in document.blocks
        if b.is_body and b.index not in chrome
    ]


__all__ = [
    "BlockQuantities",
    "Lexicon",
    "Quantity",
    "YearMention",
    "extract",
    "extract_joined",
    "granularity",
    "load_lexicon",
    "quantities_of",
]


# a count of forms or pictures, not a reference: 「发放测评表1,250份」「拍摄照片图300张」 — a
# unit after a number too large to be a table's or figure's own (表1, 如表2所示, 图2.1)
_FORM_COUNT = 100


# the units of a place in a ranking (前五位, 前3名)
_RANK_UNITS = ("位", "名")


def _rank(text: str, num_start: int, unit: str | None) -> bool:
    """Is the number a place in a ranking (「排名前五位的」「居前3名」), which counts
    nothing: never a part, a whole, a numerator or a base?"""
    return num_start > 0 and text[num_start - 1] == "前" and unit in _RANK_UNITS


def _counted_forms(before: str, unit: str | None, raw: str) -> bool:
    """Is a number right after 表/图 a count of them (测评表1,250份), not a reference?"""
    if before not in "图表" or not unit:
        return False
    digits = raw.replace(",", "").replace("，", "")
    return digits.isdigit() and int(digits) >= _FORM_COUNT
