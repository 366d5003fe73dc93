"""A whole year's figure against the figure of a part of that year (N302).

「上半年受理行政复议案件56件……全年受理行政复议案件52件」: a count over the whole year cannot
be smaller than the count of the same thing over its first half (or first three quarters,
or the months 1–9). Each number takes the period named last before it in its sentence
(numbers.toml ``periods``); a period of another year (去年上半年, 2023年全年) or one named as
a comparison base (较上半年) does not count. A part of the year that holds another is
judged the same way (前三季度 ⊃ 上半年, 1—9月 ⊃ 1—6月; one month alone, 「12月份」「6月，」 —
not a date 6月18日, a cut-off 6月底 or a start 6月起 — is a part too), and parts that tile the year (上半年
and 下半年, 前三季度 and 第四季度, four quarters) must add up to the whole year's figure. Two numbers measure the same thing
when they have the same unit, the same verb and nouns that share characters (or one elides
its noun and repeats the other's verb: 「前三季度开展专题培训9场，全年共开展7场」), or, with no
verb the lexicon knows, the same words before them once their periods are left out.
「截至2020年11月底」 counts from January (a period of that year only); 「截至2022年底」 is the
whole year; 「2019年以来」 (an earlier year) holds the whole report year, so a cumulative count
since then cannot be smaller than the year's (a warning). Figures named with fewer words in
the same order (派发工单 / 向各承办单位派发群众诉求工单) measure the same thing; a part of the
year stated in a later paragraph with fewer words before the whole year's noun (「全年完成老旧小区
违法建设拆除整治186处」 … 「1至9月已累计完成违法建设拆除整治213处」) names the same thing
again (a warning). A whole year's count of work done with a light verb (「全年共开展了3次…检查」)
and, in the next paragraph, halves or quarters named by a light verb and the measure alone
(「上半年组织两次，…；下半年组织两次」) must add up to it (a warning).
A year then a verb and its object up to a figure (「2024年出台规范性文件27件」) names the whole
of that year; the same verbless words before two figures with nothing after either name one
measure, and so does a thing named with fewer words after a verb both share (全年共组织旁听庭审
/ 1—11月共组织行政执法人员旁听庭审). A figure per member (「每个村（社区）至少3名」, its 每
before a bracket) is no count of a period.
Parts listed with their period alone after one that names the measure (「第一季度受理申请86件、
第二季度93件、…」) count what it counts; 「今年」 is the whole report year. A count said to be
累计 up to the end of a year (截至2023年底) cannot be smaller at the end of a later year (a
warning, :func:`_cumulative_fall`).
An act counted by itself (「上半年已完成联合检查126次」「全年共开展联合检查118次」) measures what
its words before the verb name; two light verbs of carrying out (开展/完成/组织…) count the same
acts; a verb of one figure inside a longer name in the other's words (政务服务便民热线工单: 服务)
leaves the words after the verb they share to compare; other doers before the light verb
(城区 / 各乡镇, 全区 / 区应急局) keep two figures apart.
A verb held with its total (共收到) is the bare verb's act (收到). A part named by 其中 whose
period lies outside the period of the figure before it (「第一季度…46次，其中5月…12次」) is
reported (N304, a warning: :func:`_outside_parent`).
Changes (较上年增加), averages and rates are not counts of the period. Work is linear: one
pass per paragraph to give each number its period, then each number against at most
``_MAX_PAIRS`` part-year numbers of its paragraph and the next one.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache

from ...model import Severity
from ..quantities import (
    BlockQuantities,
    Lexicon,
    Quantity,
    finditer_at,
    first_char_class,
    load_lexicon,
    scan,
)
from .common import (
    COUNTABLE,
    DOING_VERBS,
    FLOW_STAGES,
    FOCUS_FRAME_RE,
    Relation,
    Verdict,
    area_wide,
    bounds,
    clause_subject,
    common_prefix,
    common_substring,
    counted_thing,
    describe,
    different_things,
    named_body,
    narrower,
    per_or_change,
    per_past_bracket,
    same_body,
    same_thing,
    show,
    span_of,
    subject_before,
)

_MAX_PAIRS = 64  # part-year numbers kept per paragraph (bounded work per whole-year number)


@dataclass(frozen=True)
class _Scoped:
    """A figure with the period it counts (the whole year or a part of it)."""

    q: Quantity
    period: str  # "whole" or the part's name (上半年, 前三季度, 1-9月)
    label: str  # the words as printed
    year: int | None = None  # a year named with the period (2023年上半年); None: the report's
    far: bool = False  # from a paragraph before the previous one (a link by words: a warning)


@dataclass(frozen=True)
class _PeriodWords:
    """The words that name a period, and those that name the whole year."""

    pattern: re.Pattern[str]
    whole: frozenset[str]
    first: re.Pattern[str] | None = None  # where a match may begin (:func:`_first_of`)


_CACHE: dict[int, _PeriodWords] = {}

_MONTHS_RE = (
    r"(?:1|一)\s*(?:月(?:份)?)?\s*[-－—–~～至到]\s*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})\s*月(?:份)?"
    r"|前\s*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})\s*个月"
    # 「截至2020年11月底」「截止10月31日」: what was counted since the year began
    r"|截[至止](?:到|至)?\s*(?:[0-9]{4}\s*年)?\s*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})\s*月"
    r"(?=底|末|份|\s*[0-9]{1,2}\s*日|[，,])"
)
# months of the year from a later month (4—6月, 7至12月份, 10-12月): a part of the year
_LATER_MONTHS_RE = (
    r"(?<![0-9])(?:[2-9]|1[01]|[二三四五六七八九]|十一?)\s*(?:月份?)?\s*[-－—–~～至到]\s*"
    r"(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})\s*月(?:份)?"
)
# one month of the year alone (「12月份办理…」「6月，…」): not a date (6月18日), a cut-off or a
# start (6月底, 6月起, 6月以来), nor the end of a range (1至6月)
_ONE_MONTH_RE = (
    r"(?<![0-9至到—\-－–~～])(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])\s*月份?"
    r"(?!\s*[0-9]{1,2}\s*[日号]|\s*[一二三四五六七八九十]+\s*[日号]|底|末|初|中旬|上旬|下旬|起|以来"
    r"|前|后|之前|之后|开始|至|到|[-－—–~～])"
)
# 「截至2022年底」: the whole of that year
_YEAR_END_RE = r"截[至止](?:到|至)?\s*[0-9]{4}\s*年(?:底|末)"
# 「2019年以来」「自2019年起」: the years since one before the report's, this one with them
# 「自2021年开展行政复议规范化建设以来」: 自/从 opens the span, 以来 closes it, in one clause
_BARE_SINCE_RE = r"(?:自|从)?[0-9]{4}\s*年(?:度)?(?:以来|起至今)"
_SINCE_RE = _BARE_SINCE_RE + r"|(?:自|从)[0-9]{4}\s*年(?:度)?[^，,。；;：:0-9０-９]{1,24}?以来"
# a span named by an event (自2016年成立以来) may be a body's own (区医调委): its count is held
# to the year's figures of its own paragraph only
_WORDED_SINCE = re.compile(rf"(?!(?:{_BARE_SINCE_RE})$)(?:自|从)[0-9]")
# the year inside a period (截至2020年11月底)
_YEAR_IN_RE = re.compile(r"([0-9]{4})\s*年")


def _words(lex: Lexicon) -> _PeriodWords:
    cached = _CACHE.get(id(lex))
    if cached is not None:
        return cached
    data = lex.data.get("periods", {})
    whole = list(data.get("whole", []))
    part = list(data.get("part", []))
    words = sorted(set(whole + part), key=lambda w: (-len(w), w))
    pattern = re.compile(
        rf"(?P<months>{_MONTHS_RE})|(?P<later>{_LATER_MONTHS_RE})|(?P<yearend>{_YEAR_END_RE})"
        rf"|(?P<since>{_SINCE_RE})|(?P<month>{_ONE_MONTH_RE})"
        rf"|(?P<word>{'|'.join(re.escape(w) for w in words) or '(?!)'})"
    )
    made = _PeriodWords(pattern, frozenset(whole), _first_of(pattern, words))
    _CACHE[id(lex)] = made
    return made


# before a period word: another year (去年上半年, 2023年全年) or a comparison base (较上半年)
_OTHER_YEAR_RE = re.compile(
    r"(?:去年|上年|前年|上一年|同期|[0-9]{4}\s*年度?|较|比|与|同比|相比|环比)$"
)


_CN_MONTHS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_MONTHS.update({"十": 10, "十一": 11, "十二": 12})


def _period_of(
    text: str, m: re.Match[str], words: _PeriodWords, report_year: int | None
) -> str | None:
    """The period of the report year a match names (None: another year's, or a base)."""
    found = _period_and_year(text, m, words, report_year)
    return None if found is None or found[1] is not None else found[0]


def _period_and_year(
    text: str, m: re.Match[str], words: _PeriodWords, report_year: int | None
) -> tuple[str, int | None] | None:
    """The period a match names and the year it names with it (None: the report year or no
    year): 「2023年上半年」 and 「2023年全年」 are parts of one year whatever the report's."""
    before = text[max(0, m.start() - 6) : m.start()]
    if m.group("month") and _RANGE_END_RE.search(text, max(0, m.start() - 12), m.start()):
        # 「2017年7月至2019年9月」: the month ends a span over years, no month of one year
        return None
    other = _OTHER_YEAR_RE.search(before)
    named: int | None = None
    if other:
        year = re.search(r"([0-9]{4})", other.group())
        back = _YEARS_BACK.get(other.group())
        if other.start() > 0 and _COMPARED_RE.search(before[: other.start()]):
            return None  # a comparison base (较2023年上半年)
        if year is None and back is not None and report_year is not None:
            # 「去年上半年…」「去年全年…」: parts of the year before, against each other
            named = report_year - back
        elif year is None:
            return None  # a comparison period (同期), or 去年 with no report year
        elif report_year is None or int(year.group(1)) != report_year:
            named = int(year.group(1))
    period = _period_name(m, words, report_year)
    return None if period is None else (period, named)


# before a month: the mark and the year of a range's end (「…至2019年9月」)
_RANGE_END_RE = re.compile(r"[至到—\-－–~～]\s*[0-9]{4}\s*年\s*$")
# words naming a year by its distance back from the report year
_YEARS_BACK = {"去年": 1, "上年": 1, "上一年": 1, "前年": 2}
# before a year: the year is the base of a comparison (较2023年上半年)
_COMPARED_RE = re.compile(r"(?:较|比|与|同比|相比|环比)$")


def _period_name(m: re.Match[str], words: _PeriodWords, report_year: int | None) -> str | None:
    if m.group("yearend") or m.group("since"):
        year = _YEAR_IN_RE.search(m.group())
        if year is None or report_year is None:
            return None
        if m.group("yearend"):
            return "whole" if int(year.group(1)) == report_year else None
        return "since" if int(year.group(1)) < report_year else None
    if m.group("months"):
        year = _YEAR_IN_RE.search(m.group("months"))
        if year and (report_year is None or int(year.group(1)) != report_year):
            return None  # another year's months (截至2023年9月), or a year not known
        # the last month named (1月至9月: 9)
        ends = re.findall(r"([0-9]{1,2}|[一二三四五六七八九十]{1,2})\s*个?月", m.group("months"))
        raw = ends[-1] if ends else ""
        month = int(raw) if raw.isdigit() else _CN_MONTHS.get(raw, 0)
        return "whole" if month == 12 else m.group("months")
    if m.group("later"):
        return m.group("later") if _months(m.group("later")) is not None else None
    if m.group("month"):
        raw = re.match(r"[0-9]+|[一二三四五六七八九十]+", m.group("month"))
        month = (
            0
            if raw is None
            else (int(raw.group()) if raw.group().isdigit() else _CN_MONTHS.get(raw.group(), 0))
        )
        return f"{_ONE_MONTH}{month}" if 1 <= month <= 12 else None
    return "whole" if m.group("word") in words.whole else m.group("word")


# a year opening a statement (「2024年，全区共受理…」) names the whole of that year
_YEAR_OPENING_RE = re.compile(r"^(?:度)?(?:全年)?[，,]|^(?:度)?全年|^(?:度)?[共全]")


@lru_cache(maxsize=64)
def period_marks(lex: Lexicon, text: str) -> tuple[re.Match[str], ...]:
    """The period words of a text (:func:`_words`), listed once per text: the period rules
    and the flow rule both read every one of a paragraph (the pattern opens with digits and
    numerals, found everywhere, and its spaces leave its width unbounded)."""
    words = _words(lex)
    if words.first is None:
        return tuple(scan(words.pattern, text))  # (jumping to the words' first characters)
    return tuple(finditer_at(words.first, words.pattern, text))


# the digits and numerals a period may open with (months, ranges, years, 一季度)
_PERIOD_DIGITS = "0-9一二三四五六七八九十"
# what follows the digits of a period of the pattern's own forms (spaces between): 月 of a
# month, 年 of a year, a range's mark (1至6月, 4—6月)
_AFTER_DIGITS = "月年\\-－—–~～至到"
# the most digits and numerals a period's match holds before its 月, 年 or range mark (a year's
# four, 十二's two; the lexicon's words a few): the look-ahead of _first_of reads no further,
# so a run of 100,000 digits is not read to its end again at each of its digits (quadratic)
_DIGITS_BEFORE_MARK = 16


def _first_of(pattern: re.Pattern[str], words: Sequence[str]) -> re.Pattern[str] | None:
    """Where a match of the period pattern may begin, more narrowly than its first
    characters: prose holds digits and numerals everywhere, and a period opening with them
    has, after them and spaces, 月, 年 or a range's mark (the pattern's forms) or the next
    character of a word of the lexicon that opens so (一季度: 季). Every match begins where
    this matches, so trying the pattern there alone finds the same matches, without a try
    at every digit of a paragraph. None when the pattern's first characters are unknown."""
    first = first_char_class(pattern)
    if first is None:
        return None
    digit = re.compile(f"[{_PERIOD_DIGITS}]")
    after = set()
    for w in words:
        if digit.match(w):
            rest = w.lstrip(_PERIOD_DIGITS.replace("0-9", "0123456789")).lstrip()
            if not rest:
                return first  # (a word of digits alone: no narrower test)
            after.add(rest[0])
    follow = _AFTER_DIGITS + "".join(sorted(re.escape(c) for c in after))
    return re.compile(
        rf"(?={first.pattern})(?:[{_PERIOD_DIGITS}]"
        rf"(?=[{_PERIOD_DIGITS}]{{0,{_DIGITS_BEFORE_MARK}}}\s*[{follow}])"
        rf"|(?![{_PERIOD_DIGITS}]).)",
        re.DOTALL,
    )


def _scoped(bq: BlockQuantities, lex: Lexicon, report_year: int | None) -> list[_Scoped]:
    """The numbers of a paragraph with the period named last before them in their sentence."""
    words = _words(lex)
    text = bq.text
    marks = [
        (m.start(), _period_and_year(text, m, words, report_year), m.group())
        for m in period_marks(lex, text)
    ]
    # the report year, or another one the paragraph also names a part of (「2023年上半年…」
    # 「2023年，…共受理」): the parts of one year against its whole, whatever the report's
    named = {p[1] for _, p, _ in marks if p is not None and p[1] is not None}
    opening = [
        (y.start, ("whole", None if y.year == report_year else y.year), y.text)
        for y in bq.years
        if y.kind == "year"
        and (y.year == report_year or y.year in named)
        and (_YEAR_OPENING_RE.match(text[y.end : y.end + 4]) or _year_acts(lex, text, y.end))
        and not _OTHER_YEAR_RE.search(text[max(0, y.start - 3) : y.start])
    ]
    if opening:
        marks.extend(opening)
        marks.sort(key=lambda mark: mark[0])
    if not marks:
        return []
    out: list[_Scoped] = []
    i = 0
    current: tuple[tuple[str, int | None] | None, str] | None = None
    current_sentence = -1
    for q in bq.quantities:
        if q.sentence != current_sentence:
            current, current_sentence = None, q.sentence
        while i < len(marks) and marks[i][0] < q.start:
            if bq.sentence_of(marks[i][0]) == q.sentence:
                current = (marks[i][1], marks[i][2])
            i += 1
        if current is None or current[0] is None:
            continue
        if q.kind not in COUNTABLE or q.quoted or per_past_bracket(lex, text, q):
            continue
        out.append(_Scoped(q, current[0][0], current[1], current[0][1]))
    return out


# a year then a verb of the lexicon and its object up to a figure, in one clause (「2024年出台
# 规范性文件27件」): what was done in that year; not a 的-clause (「2024年出台的文件中…」)
_YEAR_ACT_RE = re.compile(r"[^，,；;。：:的（()）]{1,16}?[0-9０-９零〇一二两三四五六七八九十]")


def _year_acts(lex: Lexicon, text: str, end: int) -> bool:
    return lex.verb_re.match(text, end) is not None and _YEAR_ACT_RE.match(text, end) is not None


_LEAD_RE = re.compile(r"^(?:共计|合计|累计|总计|共|计)")
# 量 (the amount of what precedes it) and adverbs closing a verbless name before its verb
# (中心办件量已达12.4万件): no words of the measure
_TAIL_RE = re.compile(r"量?(?:已经|已|共计|合计|累计|总计|共)*$")


def _same_measure(lex: Lexicon, a: Quantity, b: Quantity) -> bool:
    if a.kind != b.kind or not lex.same_units(a.unit, b.unit):
        return False
    if a.verb != b.verb:
        # a verb the lexicon holds with its total (共收到, kept whole so that 共收 does not
        # take the 收 of 收到) is the same act as the bare verb (「全年共收到申请112件。上半年
        # 收到126件」): compare the verbs without the total
        a, b = (replace(q, verb=_LEAD_RE.sub("", q.verb) or q.verb) for q in (a, b))
    if not same_body(a, b):
        return False  # 东城街道受理… / 西城街道受理…: two bodies' counts
    if _after_shared_verb(a, b):
        return True
    if different_things(clause_subject(a), clause_subject(b)):
        return False  # 上半年城区受理… / 全年各乡镇受理…: two places' counts
    x, y = a.noun, b.noun
    if not a.verb and not b.verb:
        # no verb the lexicon knows (追回医保基金…万元): the same words before both figures,
        # their periods and 共 left out (上半年共查办…案件 / 前三季度共查办…案件)
        pattern = _words(lex).pattern
        x, y = (_TAIL_RE.sub("", _LEAD_RE.sub("", pattern.sub("", n))) for n in (x, y))
        if _OBJECT_LEAD_RE.match(x) and _OBJECT_LEAD_RE.match(y):
            # 「上半年共对全区1,380家普查对象开展抽查」 / 「全年共对全区64家统计调查对象开展执法
            # 检查」: words before that only lead to an object name no measure; what each
            # counts, and the action done to it, follow the figure
            if not a.after and not b.after:
                # nothing follows either figure in its clause (「前三季度共为劳动者追讨欠薪1862
                # 万元，」): the words before name the whole measure, the same words the same one
                return x == y and len(x) >= _SURE_WORDS
            return _same_after(a.after, b.after)
        short, long_ = sorted((x, y), key=len)
        # or the longer adds qualifiers to the same words (区热线办共派发工单 / 区热线办共向
        # 各承办单位派发群众诉求工单): the same thing counted, named more fully once; the same
        # two words (一季度办件量 / 上半年累计办件) name one measure too
        # (办件 closing 中心办件量已: the same measure, its doer named once; 量 and an adverb
        # before the figure's verb 达 being no words of the measure)
        return (
            (len(short) >= 3 and long_.endswith(short))
            or (len(short) >= 2 and long_.endswith(short))
            or (len(short) >= 2 and x == y)
            or (len(short) >= 4 and short[-2:] == long_[-2:] and _in_order(short, long_))
        )
    if bool(a.verb) != bool(b.verb):
        # one figure's verb is a word the lexicon knows inside a longer name (承办单位), the
        # other's words are all unknown: the verbless words, in order in the other's
        bare, other = (a, b) if not a.verb else (b, a)
        pattern = _words(lex).pattern
        short = _LEAD_RE.sub("", pattern.sub("", bare.noun))
        words = re.split(r"[，,；;。：:]", pattern.sub("", other.pre))[-1]
        return len(short) >= 4 and words.endswith(short[-2:]) and _in_order(short, words)
    if a.verb != b.verb and a.verb in DOING_VERBS and b.verb in DOING_VERBS:
        # two light verbs of carrying out (「已完成联合巡查132次」 / 「共开展联合巡查118次」):
        # what each counts is the thing after it
        things = counted_thing(a), counted_thing(b)
        if all(things) and not _other_doers(a, b):
            return same_thing(*things)
    if a.verb != b.verb:
        # an elided repetition (前三季度开展专题培训9场，全年共开展7场): the one figure's
        # verb stands among the words of the other, whose noun it borrows
        # or its clause ends with its verb (全年共办理1210件) and that verb stands before the
        # other's, a verb inside a name (上半年共办理法律援助案件612件: 援助)
        # or the one names its thing with fewer words after its verb, both standing in the
        # other's (全年共组织旁听庭审 / 1—11月共组织行政执法人员旁听庭审: 执法 inside a name)
        return bool(a.verb and b.verb) and any(
            (q.inherited and q.noun == o.noun and q.verb in o.pre)
            or (q.phrase.endswith(q.verb) and q.verb in o.pre[: o.pre.rfind(o.verb)])
            or (
                len(q.noun) >= 3
                and not q.inherited
                and o.pre.endswith(q.noun)
                and q.verb in o.pre[: len(o.pre) - len(q.noun)]
            )
            for q, o in ((a, b), (b, a))
        )
    # the same verb: the same counted thing, by the nouns' distinguishing words (查处占道经营
    # 等违法行为 / 查处违法建设案件 share only 违法), the later mention may refer back
    first, second = sorted((a, b), key=lambda q: (q.block, q.start))
    things = counted_thing(first), counted_thing(second)
    if (
        all(things)
        and (a.phrase.endswith(a.verb) or b.phrase.endswith(b.verb))
        and not _other_doers(a, b)
    ):
        # the act itself counted (「上半年已完成联合检查126次」「全年累计完成随机抽查检查387
        # 户次」): the words before the verb are the thing, not a noun of the verb's object
        return same_thing(*things)
    # (a period word taken for the noun of an elided figure, 「二季度受理1300件」, names nothing)
    pattern = _words(lex).pattern
    return same_thing(pattern.sub("", first.noun), pattern.sub("", second.noun)) and same_thing(
        counted_thing(first), counted_thing(second)
    )


# a light verb opening the words of a whole's thing (共办理行政应诉案件): names no thing
_LIGHT_LEAD_RE = re.compile(r"^(?:共计|共|累计)?(?:办理|处理|承办|开展|组织|完成)")
_HEAD = 2  # characters of a thing's last word (轮训, 人员)


def _reworded(whole: Quantity, part: Quantity) -> bool:
    """Do a whole year's figure and a part-year one of its paragraph count the same thing
    named in other words? Either the whole's thing, without a light verb before it, closes the
    part's (「共办理行政应诉案件」 / 「作为被告的行政应诉案件」: the part is the same thing or a
    narrower one, and the year holds it), or each thing's last word stands in the other's
    (「执法人员…轮训」 / 「轮训执法人员」: object and act in the other order)."""
    if whole.block != part.block or whole.unit != part.unit or not same_body(whole, part):
        return False
    w, p = counted_thing(whole), counted_thing(part)
    bare = _LIGHT_LEAD_RE.sub("", w)
    if len(bare) >= 4 and bare != w and p.endswith(bare):
        return True
    short, long_ = sorted((w, p), key=len)
    return (
        len(short) >= 2 * _HEAD
        and w[-_HEAD:] != p[-_HEAD:]
        and w[-_HEAD:] in p
        and p[-_HEAD:] in w
        and set(short) <= set(long_)  # (no word of its own: 药品 / 食品 are other things)
    )


def _other_doers(a: Quantity, b: Quantity) -> bool:
    """Do two figures' clauses name different doers before a light verb of carrying out
    (「上半年城区开展联合检查…」 / 「全年各乡镇共开展联合检查…」)? The subject is read before
    the first such verb when one stands before the figure's own verb (检查 closing an act),
    without the object a preposition names (「区应急局共对企业开展…」). The whole area and
    one body in it (全区 / 区应急局) are other doers too: the body's count is a part; so are
    two named doers neither of which holds the other (东城街道 / 西城街道)."""
    x, y = (_OBJECT_TAIL_RE.sub("", subject_before(q.pre, _doing_verb(q))) for q in (a, b))
    return bool(x and y) and x not in y and y not in x


# a preposition and its object closing a subject (「区应急局共对企业」): not the doer
_OBJECT_TAIL_RE = re.compile(r"(?:对于|对|向|为|给|针对)[^，,；;]*$")


def _doing_verb(q: Quantity) -> str:
    own = q.pre.rfind(q.verb) if q.verb else -1
    at = [(k, v) for v in DOING_VERBS if 0 <= (k := q.pre.find(v)) < own]
    return min(at)[1] if at else q.verb


def _after_shared_verb(a: Quantity, b: Quantity) -> bool:
    """Does one figure's verb stand in the other's words before that one's own verb, the
    words after it naming the same measure (「共办理12345政务服务便民热线工单」, 服务 a verb
    inside a name, / 「共办理12345热线工单」)? The words after the shared verb are each
    figure's thing: equal, or the shorter's characters in order in the longer with the same
    last two characters (the same thing named with more qualifiers once)."""
    for q, o in ((a, b), (b, a)):
        if not q.verb or not o.verb or q.verb == o.verb:
            continue
        own = o.pre.rfind(o.verb)
        k = o.pre.rfind(q.verb, 0, own) if own > 0 else -1
        if k < 0:
            continue
        if different_things(subject_before(o.pre, q.verb), subject_before(q.pre, q.verb)):
            continue  # 上半年城区办理… / 全年各乡镇办理…: two places' counts
        x = _SPLIT_RE.split(o.pre[k + len(q.verb) :])[-1]
        y = _SPLIT_RE.split(q.pre[q.pre.rfind(q.verb) + len(q.verb) :])[-1]
        short, long_ = sorted((x, y), key=len)
        if len(short) >= 4 and short[-2:] == long_[-2:] and _in_order(short, long_):
            return True
    return False


_SPLIT_RE = re.compile(r"[，,；;。：:]")


# verbless words before a figure that open with a preposition leading to its object
# (对全区…, 向…, 为…): the figure is the object of an action named after it
_OBJECT_LEAD_RE = re.compile(r"^(?:对于|对|向|为|给|针对)")


def _same_after(x: str, y: str) -> bool:
    """Do the words after two figures (the thing counted and the action done to it) name the
    same measure: equal, or one the other with qualifiers in front (3 characters at least)?"""
    x, y = (re.split(r"[，,；;。：:]", w)[0] for w in (x, y))
    short, long_ = sorted((x, y), key=len)
    return len(short) >= 3 and long_.endswith(short)


def _bare_after(lex: Lexicon, bq: BlockQuantities, whole: Quantity, part: Quantity) -> bool:
    """Is the part a bare period figure right after the whole in its sentence (「全年共受理
    案件300件，上半年160件，下半年150件」), nothing between them but period words, other
    figures of the whole's unit and commas? It counts what the whole counts."""
    if (
        part.block != whole.block
        or part.block != bq.block
        or part.num_start <= whole.end
        or part.verb
        or part.unit != whole.unit
        or bq.sentence_of(part.num_start) != bq.sentence_of(whole.num_start)
    ):
        return False
    words = _words(lex).pattern
    if _LEAD_RE.sub("", words.sub("", part.pre.strip(" 　"))).strip("其中，,、 "):
        return False
    # (the figures of the sentence before the whole: a bounded walk back from it)
    s_start = bq.sentence_span(bq.sentence_of(whole.num_start))[0]
    k = bisect.bisect_left(bq.quantities, whole.num_start, key=lambda q: q.num_start)
    if any(
        q.unit == whole.unit and s_start <= q.num_start < whole.num_start
        for q in bq.quantities[max(0, k - _BARE_BACK) : k]
    ) or (k > _BARE_BACK and bq.quantities[k - _BARE_BACK - 1].num_start >= s_start):
        return False  # 「受理300件，办结280件，上半年…」: which figure the periods split is a guess
    between = words.sub("", bq.text[whole.end : part.num_start])
    return _BARE_BETWEEN_RE.fullmatch(between.replace(whole.unit, "")) is not None


def _bare_total_after(lex: Lexicon, bq: BlockQuantities, whole: Quantity, part: Quantity) -> bool:
    """Is the whole year's figure a bare total after its period figures in their sentence
    (「上半年查处占道经营案件320件，下半年415件，全年共计753件」), nothing before it but period
    words and 共计, nothing between them but other bare period figures, commas and period
    words? It counts what the parts count."""
    if (
        part.block != whole.block
        or whole.block != bq.block
        or whole.num_start <= part.end
        or whole.verb
        or part.unit != whole.unit
        or bq.sentence_of(part.num_start) != bq.sentence_of(whole.num_start)
    ):
        return False
    words = _words(lex).pattern
    if _LEAD_RE.sub("", words.sub("", whole.pre.strip(" 　"))).strip("，,、 "):
        return False
    between = _TOTAL_WORDS_RE.sub("", words.sub("", bq.text[part.end : whole.num_start]))
    return _BARE_BETWEEN_RE.fullmatch(between.replace(whole.unit, "")) is not None


_TOTAL_WORDS_RE = re.compile("共计|合计|总计")
_BARE_BACK = 8  # figures before the whole looked at; a sentence with more is no plain split
# between a whole and its bare period figures: commas, figures, 共/其中/分别 and nothing else
_BARE_BETWEEN_RE = re.compile(
    r"(?:[，,、；;\s]|其中|分别|共|为|[0-9０-９.,，零〇一二两三四五六七八九十百千万亿]+)*"
)


def _in_order(short: str, long_: str) -> bool:
    """Are the characters of ``short`` found in ``long_`` in the same order?"""
    it = iter(long_)
    return all(ch in it for ch in short)


def period_relations(
    extracted: Sequence[BlockQuantities], lex: Lexicon, report_year: int | None = None
) -> list[Relation]:
    out: list[Relation] = []
    # the part-year figures of the paragraphs before, under the same heading (a bounded
    # window): the previous paragraph's as they are, earlier ones marked far (a warning)
    window: deque[list[_Scoped]] = deque(maxlen=_WINDOW - 1)  # before the previous one, far
    previous: list[_Scoped] = []
    for bq in extracted:
        if _HEADING_RE.match(bq.text):
            window.clear()
            previous = []
        scoped = _scoped(bq, lex, report_year) if bq.quantities else []
        before = [*(s for paragraph in window for s in paragraph), *previous]
        parts = [s for s in (*before, *scoped) if s.period != "whole"][-_MAX_PAIRS:]
        years = [s for s in (*before, *scoped) if s.period == "whole"][-_MAX_PAIRS:]
        # the whole year, and a part of the year holding another (前三季度 ⊃ 上半年); the
        # years since an earlier one hold the whole report year
        for whole in (s for s in scoped if _months(s.period) is not None):
            fits = False
            for part in (*parts, *years) if whole.period == "since" else parts:
                if part is whole or not _contains(whole.period, part.period):
                    continue
                if part.year != whole.year:
                    continue  # parts of another year (2023年上半年 / 全年)
                if part.far and not _named(whole, part):
                    continue
                if (
                    whole.period == "since"
                    and part.q.block != whole.q.block
                    and _WORDED_SINCE.match(whole.label)
                ):
                    continue  # (a span named by an event: its paragraph's figures only)
                grown = False
                if not (
                    _same_measure(lex, whole.q, part.q)
                    or _bare_after(lex, bq, whole.q, part.q)
                    or _bare_total_after(lex, bq, whole.q, part.q)
                ):
                    # (a link by the words alone, in one paragraph: a warning, as 增至 is)
                    grown = _grown_stock(whole, part) or _reworded(whole.q, part.q)
                    if not grown:
                        continue
                if whole.q.high >= part.q.low:
                    fits = True
                    continue  # another part of the year may still be larger
                if not grown and _levels(whole, part):
                    continue  # a level at two cut-offs (执业律师共有…) may fall
                if _narrower_whole(whole.q, part.q):
                    continue
                out.append(_contradiction(bq, whole, part, warning=grown or part.far))
                break
            else:
                if fits:
                    out.append(
                        Relation(
                            "period", Verdict.CONSISTENT, bq.block, (whole.q.start, whole.q.end)
                        )
                    )
                    rel = _tiles(bq, lex, whole, parts)
                    if rel is not None:
                        out.append(rel)
        out.extend(_earlier_wholes(lex, before, scoped))
        out.extend(_outside_parent(bq, scoped))
        if "累计" in bq.text and "截" in bq.text:
            out.extend(_cumulative_fall(bq, lex, report_year))
        if previous and scoped:
            out.extend(_elided_tiles(bq, lex, previous, scoped))
        if scoped or bq.quantities:
            window.append([replace(s, far=True) for s in previous])
            previous = scoped
    return out


# 其中 opening a figure's clause, then its period: the figure is one of those just counted
_AMONG_PERIOD_RE = re.compile(r"(?:^|[，,；;：:])\s*其中\s*$")


def _outside_parent(bq: BlockQuantities, scoped: Sequence[_Scoped]) -> list[Relation]:
    """「第一季度共开展执法检查46次，其中5月开展联合检查12次」: a part named by 其中 counts
    within the period of the figure before it in its sentence; a period outside that one
    (5月 is not in 一季度) cannot be its part (N304, a warning: one of the periods is miswritten).
    One look per figure at the figure before it (linear)."""
    out: list[Relation] = []
    for a, b in itertools.pairwise(scoped):
        if a.q.sentence != b.q.sentence or a.period == b.period or a.year != b.year:
            continue
        outer, inner = _months(a.period), _months(b.period)
        if outer is None or inner is None or a.period == "since":
            continue
        mark = bq.text.rfind(b.label, a.q.end, b.q.num_start)
        if mark < 0 or not _AMONG_PERIOD_RE.search(bq.text[a.q.end : mark]):
            continue
        if outer[0] <= inner[0] and inner[1] <= outer[1]:
            continue
        out.append(
            Relation(
                "date",
                Verdict.CONTRADICTION,
                bq.block,
                (b.q.num_start, b.q.end),
                (span_of(a.q), span_of(b.q)),
                code="N304",
                severity=Severity.WARNING,
                message=(
                    f"“其中{b.label}”的{b.q.text}列在{a.label}的{a.q.text}之下，"
                    f"但{b.label}不在{a.label}之内"
                ),
                suggestion=f"核对{a.label}与{b.label}是否写错",
            )
        )
    return out


# a cut-off at the end of a named year (截至2023年底, 截止2024年末), and the words of a
# cumulative count after it in its sentence (累计建成…)
_YEAR_END_CUT_RE = re.compile(
    r"(?:截至|截止|截止到|到)\s*([0-9]{4})\s*年\s*(?:底|末|12月31日|12月底)"
)
_CUMULATIVE = "累计"
_MAX_CUTS = 8  # cumulative figures compared per paragraph (bounded work)


def _cumulative_fall(bq: BlockQuantities, lex: Lexicon, report_year: int | None) -> list[Relation]:
    """「截至2023年底，累计建成工作室23个；截至2024年底，累计建成工作室19个」: a count
    accumulated up to the end of a year cannot be smaller at the end of a later year (a
    warning: what is counted may have been merged or closed). Each cut-off takes the first
    figure after it in its sentence whose own words say 累计; two such figures are compared
    when they measure the same thing."""
    text = bq.text
    starts = [q.num_start for q in bq.quantities]
    found: list[tuple[int, Quantity]] = []
    for m in _YEAR_END_CUT_RE.finditer(text):
        year = int(m.group(1))
        k = bisect.bisect_left(starts, m.end())
        if k >= len(bq.quantities):
            continue
        q = bq.quantities[k]
        if (
            q.sentence != bq.sentence_of(m.start())
            or _CUMULATIVE not in text[m.end() : q.num_start]
            or q.kind not in COUNTABLE
            or q.quoted
            or q.approx
            or per_or_change(lex, q)
        ):
            continue
        found.append((year, q))
        if len(found) >= _MAX_CUTS:
            break
    out: list[Relation] = []
    for (y1, a), (y2, b) in itertools.combinations(found, 2):
        if y1 == y2 or not _same_measure(lex, a, b):
            continue
        early, late = (a, b) if y1 < y2 else (b, a)
        if bounds(late)[1] >= bounds(early)[0]:
            continue
        ly, ey = max(y1, y2), min(y1, y2)
        out.append(
            Relation(
                "period",
                Verdict.CONTRADICTION,
                bq.block,
                (late.num_start, late.end),
                (span_of(late), span_of(early)),
                code="N302",
                severity=Severity.WARNING,
                message=(
                    f"截至{ly}年底累计{describe(late) or ''}{late.text}，少于截至{ey}年底累计的"
                    f"{early.text}：累计数只增不减，后一年底的数字不应更少"
                ),
                suggestion=f"核对截至{ey}年底与截至{ly}年底的累计数字",
            )
        )
    return out


def _earlier_wholes(
    lex: Lexicon, before: Sequence[_Scoped], scoped: Sequence[_Scoped]
) -> list[Relation]:
    """A whole year stated in a paragraph before, a part of it in this one (「全年受理…398
    件。」…「一季度受理…412件」): the part's paragraph is where it is reported."""
    wholes = [s for s in before if s.period not in ("since",) and _months(s.period)][-_MAX_PAIRS:]
    if not wholes:
        return []
    out: list[Relation] = []
    for part in [s for s in scoped if s.period != "whole"][:_MAX_PAIRS]:
        for whole in wholes:
            if whole.q.high >= part.q.low or whole.year != part.year:
                continue  # the cheap tests first: most pairs fit
            if not _contains(whole.period, part.period):
                continue
            if whole.far and not _named(whole, part):
                continue
            if not _same_measure(lex, whole.q, part.q) or _levels(whole, part):
                continue
            elided = False
            if _narrower_whole(whole.q, part.q):
                elided = _elided_later(whole.q, part.q)
                if not elided:
                    continue
            out.append(_contradiction(None, whole, part, warning=whole.far or elided, at_part=True))
            break
    return out


def _narrower_whole(whole: Quantity, part: Quantity) -> bool:
    """The part counts over the whole area (全区受理…) and the whole names one body (区市场
    监管局受理…), or the whole counts a narrower kind of the part's thing (全年查处酒驾醉驾等
    严重交通违法行为 / 上半年查处交通违法行为): the year's figure need not hold the part."""
    if named_body(whole) and area_wide(part):
        return True
    if (
        part.block == whole.block
        and part.start > whole.start
        and FOCUS_FRAME_RE.search(re.split(r"[，,；;。]", part.pre)[-1]) is not None
    ):
        # 「全年在全区中小学开展法治讲座45场，仅第三季度就开展法治讲座48场」: a part in a
        # focus frame after the whole, named with fewer words, is a part of what was just named
        return False
    return narrower(counted_thing(whole), counted_thing(part))


def _elided_later(whole: Quantity, part: Quantity) -> bool:
    """Is the part, stated after the whole, the whole's thing named with fewer words
    (「全年完成老旧小区违法建设拆除整治186处。」 then 「1至9月已完成违法建设拆除整治213处」):
    the whole's own words only a modifier before the part's noun (no list: 等, 、) and the
    part's noun long enough to name one thing? A later mention drops what was said before;
    the link is a reading (a warning)."""
    if named_body(whole) and area_wide(part):
        return False
    wt, pt = counted_thing(whole), counted_thing(part)
    # the modifier may stand after a verb both share (办理城区占道经营… / 办理占道经营…)
    head = len(common_prefix(wt, pt)) if not wt.endswith(pt) else 0
    tail = len(pt) - head
    return (
        len(pt) - head >= 4
        and wt.startswith(pt[:head])
        and wt.endswith(pt[head:])
        and not re.search("[等、，,和及与]", wt[head : len(wt) - tail])
    )


def _named(whole: _Scoped, part: _Scoped) -> bool:
    """Do both figures name what they count? Paragraphs apart, a figure that leaves it out
    (「全年共受理2987件」) is not linked to a part by its verb alone."""
    return bool(counted_thing(whole.q)) and bool(counted_thing(part.q))


_WINDOW = 4  # paragraphs before a whole-year figure whose part-year figures it is held to
# a numbered heading (一、 （二） 第三部分) opens another subject: the window starts again
_HEADING_RE = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+\s*、|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+(?:章|节|部分))"
)


# runs of periods that together make the year, or a part of it from January
_TILINGS = (
    ((1, 6), (7, 12)),
    ((1, 9), (10, 12)),
    ((1, 3), (4, 6), (7, 9), (10, 12)),
    ((1, 3), (4, 6)),
    ((1, 6), (7, 9)),
    ((1, 3), (4, 6), (7, 9)),
)


def _elided_tiles(
    bq: BlockQuantities, lex: Lexicon, previous: Sequence[_Scoped], scoped: Sequence[_Scoped]
) -> list[Relation]:
    """「全年共开展了3次统计执法专项检查。」 then 「上半年组织两次，…；下半年组织两次，…」:
    parts of the year in the next paragraph that name nothing but their period, a light verb
    (numbers.toml ``containment.light-verbs``) and a measure tell how the one whole-year
    figure of that measure the paragraph before states, of work done with a light verb,
    divides (a warning: a reading)."""
    light = tuple(lex.data.get("containment", {}).get("light-verbs", ()))
    wholes = [s for s in previous if s.period == "whole" and s.year is None and not s.far]
    pattern = _words(lex).pattern
    out: list[Relation] = []
    for unit in dict.fromkeys(w.q.unit for w in wholes):
        of_unit = [w for w in wholes if w.q.unit == unit]
        if (
            len(of_unit) != 1
            or not any(v in of_unit[0].q.pre for v in light)
            or of_unit[0].q.family in FLOW_STAGES
        ):
            continue  # which of several figures the parts divide is a guess; work done with
            # a light verb (开展…检查, 组织…培训), not a stage of a case flow (受理, 办结)
        parts = [
            s
            for s in scoped
            if s.period != "whole"
            and s.q.unit == unit
            and s.q.verb in light
            and not _LEAD_RE.sub("", pattern.sub("", s.q.noun)).strip()
        ]
        if len(parts) >= 2 and not any(s.period == "whole" and s.q.unit == unit for s in scoped):
            rel = _tiles(bq, lex, of_unit[0], parts, linked=True)
            if rel is not None:
                out.append(rel)
    return out


def _tiles(
    bq: BlockQuantities,
    lex: Lexicon,
    whole: _Scoped,
    parts: Sequence[_Scoped],
    linked: bool = False,
) -> Relation | None:
    """「上半年受理320件，下半年受理290件，全年受理598件」: parts of the year that together
    make the whole (two halves, four quarters) add up to it (``linked``: the parts are known
    to count what the whole counts)."""
    span = _months(whole.period)
    if span is None or span[0] != 1:
        return None
    by_months: dict[tuple[int, int], _Scoped] = {}
    pattern = _words(lex).pattern
    measured: Quantity | None = None  # the last part read as the whole's measure
    for p in sorted(parts, key=lambda s: s.q.num_start):
        months = _months(p.period)
        same = (
            linked
            or _same_measure(lex, whole.q, p.q)
            or _bare_after(lex, bq, whole.q, p.q)
            or _bare_total_after(lex, bq, whole.q, p.q)
        )
        if (
            not same
            and measured is not None
            and p.q.pre.startswith("、")
            and not _LEAD_RE.sub("", pattern.sub("", p.q.noun)).strip("、 ")
            and not p.q.after
            and measured.unit == p.q.unit
            and measured.sentence == p.q.sentence
        ):
            # 「第一季度受理申请86件、第二季度93件、…」: a listed part naming nothing but its
            # period counts what the part before it counts
            same = True
        measured = p.q if same else None
        if months is not None and months not in by_months and p.year == whole.year and same:
            by_months[months] = p
    for tiling in _TILINGS:
        # the whole year, or a part of it from January (上半年 = 一季度 + 二季度)
        if (tiling[0][0], tiling[-1][1]) != span:
            continue
        if not all(t in by_months for t in tiling):
            continue
        pieces = [by_months[t] for t in tiling]
        if any(p.q.approx for p in pieces) or whole.q.approx:
            return None
        low = sum((bounds(p.q)[0] for p in pieces), Decimal(0))
        high = sum((bounds(p.q)[1] for p in pieces), Decimal(0))
        w_low, w_high = bounds(whole.q)
        if low <= w_high and high >= w_low:
            return None
        name = "全年" if whole.period == "whole" else whole.label
        return _sum_against(
            bq, whole, pieces, f"与{name}的{whole.q.text}不符：各时段合起来就是{name}"
        )
    return _disjoint_sum(bq, whole, span, by_months)


def _disjoint_sum(
    bq: BlockQuantities,
    whole: _Scoped,
    span: tuple[int, int],
    by_months: dict[tuple[int, int], _Scoped],
) -> Relation | None:
    """「第一季度受理1300件」「第二季度受理1250件」「全年共受理2400件」: parts of the year that
    do not overlap cannot add up to more than the year. The largest sum of such parts is
    found over the (few, bounded) distinct periods named; cut-offs (截至9月: a level may be
    meant) and approximations are left out."""
    spans = sorted(
        (m, p)
        for m, p in by_months.items()
        if span[0] <= m[0] and m[1] <= span[1] and m != span
        if not p.q.approx and not _CUT_OFF_RE.match(p.label)
    )
    if len(spans) < 2 or whole.q.approx:
        return None
    # the heaviest run of periods that do not overlap (weighted interval scheduling)
    best: list[tuple[Decimal, tuple[_Scoped, ...]]] = []
    for i, (m, p) in enumerate(spans):
        low = bounds(p.q)[0]
        chosen: tuple[Decimal, tuple[_Scoped, ...]] = (low, (p,))
        for j in range(i):
            if spans[j][0][1] < m[0] and best[j][0] + low > chosen[0]:
                chosen = (best[j][0] + low, (*best[j][1], p))
        best.append(chosen)
    total, pieces = max(best, key=lambda b: b[0])
    if len(pieces) < 2 or total <= bounds(whole.q)[1]:
        return None
    name = "全年" if whole.period == "whole" else whole.label
    return _sum_against(
        bq,
        whole,
        pieces,
        f"多于{name}的{whole.q.text}：这几个时段互不重叠、都在{name}之内，合计不能超过{name}",
    )


def _sum_against(
    bq: BlockQuantities, whole: _Scoped, pieces: Sequence[_Scoped], verdict: str
) -> Relation:
    """The N302 warning that the periods ``pieces`` add up to what ``whole`` cannot hold:
    「一季度X＋二季度Y＝Z，」 then ``verdict``."""
    listed = "＋".join(f"{p.label}{p.q.text}" for p in pieces)
    return Relation(
        "period",
        Verdict.CONTRADICTION,
        bq.block,
        (whole.q.num_start, whole.q.end),
        (span_of(whole.q), *(span_of(p.q) for p in pieces)),
        code="N302",
        severity=Severity.WARNING,
        message=f"{listed}＝{_bare(sum((p.q.value for p in pieces), Decimal(0)), whole.q)}，{verdict}",
        suggestion="核对各时段与全年的数字",
    )


_ONE_MONTH = "单月:"  # the name of the period of one month (单月:6)
_FIRST_HALF = ("上半年", "上半年度", "前半年", "前两季度", "前两个季度", "二季度末")
_THREE_QUARTERS = ("前三季度", "一至三季度", "三季度末")


@lru_cache(maxsize=256)
def _months(period: str) -> tuple[int, int] | None:
    """The months of the year a period covers (上半年 -> 1..6, 1-9月 -> 1..9)."""
    if period == "whole":
        return 1, 12
    if period == "since":  # from a year before: holds the whole report year
        return 0, 12
    if period.startswith(_ONE_MONTH):  # one month alone
        month = int(period[len(_ONE_MONTH) :])
        return month, month
    between = _BETWEEN_RE.match(period)
    if between:  # 4—6月: from its first month to its last
        first, last = (int(g) if g.isdigit() else _CN_MONTHS.get(g, 0) for g in between.groups())
        return (first, last) if 1 <= first <= last <= 12 else None
    if period in ("第一季度", "一季度"):
        return 1, 3
    if period in ("第二季度", "二季度"):
        return 4, 6
    if period in ("第三季度", "三季度"):
        return 7, 9
    if period in ("第四季度", "四季度"):
        return 10, 12
    if period in ("下半年", "下半年度"):
        return 7, 12
    if period.endswith(_FIRST_HALF) or re.search(r"6\s*月", period):
        return 1, 6
    if period.endswith(_THREE_QUARTERS) or re.search(r"9\s*月", period):
        return 1, 9
    m = re.search(r"([0-9]{1,2}|[一二三四五六七八九十]{1,2})\s*个?月", period)
    if m:
        raw = m.group(1)
        month = int(raw) if raw.isdigit() else _CN_MONTHS.get(raw, 0)
        if 1 <= month <= 12:
            return 1, month
    return None


_BETWEEN_RE = re.compile(
    r"^\s*([0-9]{1,2}|十[一二]?|[一二三四五六七八九])\s*(?:月份?)?\s*[-－—–~～至到]\s*"
    r"([0-9]{1,2}|十[一二]?|[一二三四五六七八九])\s*月"
)


def _contains(whole: str, part: str) -> bool:
    a, b = _months(whole), _months(part)
    return a is not None and b is not None and a != b and a[0] <= b[0] and a[1] >= b[1]


def _bare(value: Decimal, like: Quantity) -> str:
    """A value in the magnitude of ``like``, without its unit (3.16万, 52)."""
    return show(value, like).removesuffix(like.unit_text)


# the later figure says the count grew to it (「截至年底…增至16个」)
_GREW_TO_RE = re.compile(
    r"(?:增至|增加至|增加到|增长至|增长到|提高至|提高到|提升至|提升到|扩大到|扩大至)$"
)
_CUT_OFF_RE = re.compile(r"截[至止]")


# a figure that states a level (what there is at a moment), not a count of what happened
_LEVEL_RE = re.compile(r"(?:已有|共有|现有|拥有|尚有|在册|在职|在岗|(?<=[区县市镇乡街村])有)")
_CUMULATIVE_RE = re.compile(r"累计|新增|共计")


def _levels(whole: _Scoped, part: _Scoped) -> bool:
    """Two cut-offs (截至9月 / 截至年底) and a figure that states a level at one of them
    (「全市执业律师共有316名」), or a level stated at both of any two periods, or a total
    stock (总数达…): a level may fall between them; only counts of what happened since
    January (受理, 累计建成…) cannot."""
    if any(_TOTAL_RE.search(q.pre) is not None for q in (whole.q, part.q)):
        return True  # 「全年市场主体总数达2900户」: a stock at the year's end, not a count
    if not (_CUT_OFF_RE.match(whole.label) and _CUT_OFF_RE.match(part.label)):
        # a level stated for a part of the year and for the year (「上半年…共有执业律师320
        # 名」「全年…共有316名」): the words say what there is, not what happened
        return all(_stated_level(q) for q in (whole.q, part.q))
    return any(_stated_level(q) for q in (whole.q, part.q))


def _stated_level(q: Quantity) -> bool:
    return _LEVEL_RE.search(q.pre) is not None and _CUMULATIVE_RE.search(q.pre) is None


# a stock named as a total (总数, 总量, 保有量)
_TOTAL_RE = re.compile(r"(?:总数|总量|保有量|存量)(?:达到?|为|是|有)?$")


def _grown_stock(whole: _Scoped, part: _Scoped) -> bool:
    """「截至10月底，全区已有18个街道工作站通过验收」…「截至年底，通过验收的街道工作站增至
    16个」: two cut-offs, the later one says the count grew to its figure, and the counted
    noun of the earlier (named after its figure) stands before the later one. The nouns are
    matched by shared characters only, so the verdict is a warning."""
    if not (_CUT_OFF_RE.match(whole.label) and _CUT_OFF_RE.match(part.label)):
        return False
    if not _GREW_TO_RE.search(whole.q.pre) or whole.q.kind != part.q.kind:
        return False
    if whole.q.unit != part.q.unit:
        return False
    noun = re.split(r"[^\u4e00-\u9fff]", part.q.after)[0] or part.q.noun
    return len(noun) >= 3 and common_substring(noun, whole.q.pre) >= 3


def _contradiction(
    bq: BlockQuantities | None,
    whole: _Scoped,
    part: _Scoped,
    warning: bool = False,
    at_part: bool = False,
) -> Relation:
    """The finding, at the whole's figure (or at the part's, ``at_part``: the whole was
    stated in a paragraph before)."""
    at = part.q if at_part or bq is None else whole.q
    if (
        whole.q.block != part.q.block
        and not (whole.q.verb and part.q.verb)
        and not _sure_words(whole.q, part.q)
    ):
        # paragraphs apart, two figures linked by a few shared words alone (对全区…), no
        # verb the lexicon knows on one of them: which thing each counts is a reading
        warning = True
    told = whole.label  # the period as the text words it, before a year is put in front
    named = whole.year
    if named is not None:  # 「2023年全年」 in a report on another year: say which year
        whole = replace(whole, label=_with_year(whole.label, named))
        part = replace(part, label=_with_year(part.label, named))
    what = (describe(part.q) if whole.q.inherited else describe(whole.q)) or describe(part.q)
    verb = "" if whole.q.verb in what else whole.q.verb
    # the figure's own words may hold its period (「1—4月的财政收入」): name it once
    head = whole.label
    if told in what:
        what, head = what.replace(told, whole.label, 1), ""
    return Relation(
        "period",
        Verdict.CONTRADICTION,
        at.block if bq is None else bq.block,
        (at.num_start, at.end),
        (span_of(whole.q), span_of(part.q)),
        code="N302",
        # a cumulative count since an earlier year is a reading of 以来: a warning
        severity=Severity.WARNING if whole.period == "since" or warning else Severity.ERROR,
        message=(
            f"{head}{verb}{what}{whole.q.text}，少于{part.label}的"
            f"{part.q.text}（{_bare(whole.q.high, whole.q)} < {_bare(part.q.low, part.q)}）："
            f"{'全年' if whole.period == 'whole' else whole.label}的数字包含{part.label}，"
            "不可能更少"
            + ("（两个数字分处不同段落，按事项名称对应）" if whole.q.block != part.q.block else "")
        ),
        suggestion=f"核对{whole.label}与{part.label}的数字",
    )


_SURE_WORDS = 4  # characters of a name that link two verbless figures paragraphs apart surely
_YEAR_WORD_RE = re.compile(r"[0-9]{4}\s*年度?")


def _sure_words(a: Quantity, b: Quantity) -> bool:
    """Do the words before two figures, without periods, years, 共 and a preposition leading
    to an object (对全区…), name one thing: the shorter, of 4 characters at least, in order
    in the longer (区热线办派发工单 / 区热线办向各承办单位派发群众诉求工单)?"""
    pattern = _words(load_lexicon()).pattern
    x, y = (
        _OBJECT_LEAD_RE.sub("", _LEAD_RE.sub("", _YEAR_WORD_RE.sub("", pattern.sub("", q.pre))))
        for q in (a, b)
    )
    short, long_ = sorted((x, y), key=len)
    return len(short) >= _SURE_WORDS and _in_order(short, long_)


def _with_year(label: str, year: int) -> str:
    return label if _YEAR_IN_RE.match(label) else f"{year}年{label}"


def counted_months(
    lex: Lexicon, text: str, start: int, end: int, report_year: int | None
) -> list[tuple[int, int, int]]:
    """The periods of ``text[start:end]`` that figures are counted over: (their year, first
    month, last month) for each period mark with a figure after it in its sentence (「11月，
    全市发生各类事故49起」「1-11月…601起」「第一季度…61起」; a year not named is the report's).
    Spans since an earlier year and comparison bases are left out."""
    return [c[:3] for c in counted_periods(lex, text, start, end, report_year)]


def counted_periods(
    lex: Lexicon,
    text: str,
    start: int,
    end: int,
    report_year: int | None,
    *,
    figures: bool = True,
) -> list[tuple[int, int, int, re.Match[str]]]:
    """:func:`counted_months` with each period's mark: (year, first month, last month, mark);
    with ``figures`` False, a period with no figure after it too (what a verb publishes)."""
    words = _words(lex)
    out: list[tuple[int, int, int, re.Match[str]]] = []
    marks = period_marks(lex, text)
    for k, m in enumerate(marks):
        if m.start() < start or m.end() > end:
            continue
        if k + 1 < len(marks) and not text[m.end() : marks[k + 1].start()].strip():
            continue  # (「今年4月份」: the year of the month right after it, no span of its own)
        found = _period_and_year(text, m, words, report_year)
        if found is None or found[0] == "since":
            continue
        months = _months(found[0])
        year = found[1] if found[1] is not None else report_year
        if months is None or year is None:
            continue
        if figures and not _FIGURE_AFTER_RE.match(text, m.end()):
            continue
        out.append((year, months[0], months[1], m))
    return out


# a figure after a period in its sentence (「11月，全市发生各类事故49起」)
_FIGURE_AFTER_RE = re.compile(r"[^。；;！？!?\n]{0,40}?[0-9０-９]")
