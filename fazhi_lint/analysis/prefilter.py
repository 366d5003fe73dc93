"""One search over the whole body before a search per paragraph: a pattern that matches in no
paragraph is not tried paragraph by paragraph.

Many checks run each of their patterns over each body paragraph (rules × paragraphs calls),
and most patterns match nowhere in a given report. :class:`TextIndex` holds the paragraphs'
texts joined by line breaks; :meth:`TextIndex.may_match` searches that once and answers False
only when the pattern cannot match in any paragraph, so a check may skip the per-paragraph
search for it and find exactly what it found before.

The joined search may find more than the paragraphs hold (a match running across a line
break: the check then searches the paragraphs as before), never less: ``^`` and ``$`` are
read at line breaks (the pattern is searched with ``re.MULTILINE``), and a pattern whose
meaning at a paragraph's edge could change with a line break beside it (``\\A``, ``\\Z``, a
negative look-around that can match a line break) is never filtered (``may_match`` says
True).
"""

from __future__ import annotations

import heapq
import importlib
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any, NamedTuple

from .. import pattern_cache

SEPARATOR = "\n"
_MULTILINE = int(re.MULTILINE)  # a plain int: no enum arithmetic per pattern


@lru_cache(maxsize=2048)
def _multiline(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """``pattern`` with ``^``/``$`` at line breaks, or None when a line break beside a
    paragraph could hide one of its matches (then it is never filtered)."""
    source = pattern.pattern
    if not isinstance(source, str) or r"\A" in source or r"\Z" in source:
        return None
    if "(?>" in source or _POSSESSIVE_RE.search(source):
        return None  # an atomic group could take a line break and not give it back
    if _negative_lookarounds_may_see_break(source):
        return None
    try:
        return re.compile(source, pattern.flags | _MULTILINE)
    except re.error:  # pragma: no cover - a pattern that compiled once compiles again
        return None


_POSSESSIVE_RE = re.compile(r"[*+?}]\+")
_NEGATIVE_RE = re.compile(r"\(\?<?!")
# inside a negative look-around, what can match a line break: a negated class, any
# character, a class escape (\s, \S, \W, \D…) or a literal line break
_MAY_MATCH_BREAK_RE = re.compile(r"\[\^|(?<!\\)\.|\\[sSWDBn]|\n")


def _negative_lookarounds_may_see_break(source: str) -> bool:
    for m in _NEGATIVE_RE.finditer(source):
        depth, i = 1, m.end()
        escaped = in_class = False
        while i < len(source) and depth:
            c = source[i]
            if escaped:
                escaped = False
            elif c == "\\":
                escaped = True
            elif in_class:
                in_class = c != "]"
            elif c == "[":
                in_class = True
            elif c == "(":
                depth += 1
            elif c == ")":
                depth -= 1
            i += 1
        if _MAY_MATCH_BREAK_RE.search(source, m.end(), i):
            return True
    return False


# -- the first character of a pattern that opens with a look-behind ----------------------------


def _sre_modules() -> tuple[Any, Any]:
    """The regex parser's constants and parser (``re._constants`` from Python 3.11 on)."""
    try:
        return importlib.import_module("re._constants"), importlib.import_module("re._parser")
    except ImportError:  # pragma: no cover - Python 3.10
        return importlib.import_module("sre_constants"), importlib.import_module("sre_parse")


_sre, _sre_parse = _sre_modules()
_ZERO_WIDTH = (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT)
# the classes a match may begin with that are few enough in prose to jump between (an
# ideograph, a non-space, a word character are too common: the engine's own scan is faster)
_CATEGORIES = {_sre.CATEGORY_DIGIT: r"\d", _sre.CATEGORY_SPACE: r"\s"}
_WIDE = 256  # the widest range of code points of such a class
_Items = list[tuple[Any, Any]]
_First = tuple[list[str], bool]  # class fragments, and whether the part can match nothing


def _first_of_sequence(items: _Items) -> _First | None:
    fragments: list[str] = []
    for op, av in items:
        got = _first_of(op, av)
        if got is None:
            return None
        fragments += got[0]
        if not got[1]:
            return fragments, False
    return fragments, True


def _first_of(op: Any, av: Any) -> _First | None:
    """The characters a match of one parsed item can begin with (None: not worked out)."""
    if op in _ZERO_WIDTH:
        return [], True
    if op is _sre.LITERAL:
        return [re.escape(chr(av))], False
    if op is _sre.IN:
        fragments = []
        for o, a in av:
            if o is _sre.LITERAL:
                fragments.append(re.escape(chr(a)))
            elif o is _sre.RANGE and a[1] - a[0] <= _WIDE:
                fragments.append(f"{re.escape(chr(a[0]))}-{re.escape(chr(a[1]))}")
            elif o is _sre.CATEGORY and a in _CATEGORIES:
                fragments.append(_CATEGORIES[a])
            else:
                return None  # a negated class, a wide range, a charset bitmap…
        return fragments, False
    if op is _sre.BRANCH:
        fragments, empty = [], False
        for branch in av[1]:
            got = _first_of_sequence(branch)
            if got is None:
                return None
            fragments += got[0]
            empty = empty or got[1]
        return fragments, empty
    if op is _sre.SUBPATTERN:
        _, add_flags, del_flags, items = av
        return None if add_flags or del_flags else _first_of_sequence(items)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
        low, _, items = av
        got = _first_of_sequence(items)
        return None if got is None else (got[0], got[1] or low == 0)
    return None  # any character, a negated literal, a back-reference…


def _engine_skips(items: _Items) -> bool:
    """Does the regex engine itself skip to where a match can begin? It does for a pattern
    opening with a literal, a character class, or branches that each open with a literal
    (through groups); for anything else (a look-around, an anchor, a repeat, branches
    opening with a class or a group) it tries the pattern at every character."""
    while items and items[0][0] is _sre.SUBPATTERN:
        items = list(items[0][1][3])
    if not items:
        return False
    op, av = items[0]
    if op in (_sre.LITERAL, _sre.IN):
        return True
    if op is _sre.BRANCH:
        return all(b and b[0][0] is _sre.LITERAL for b in av[1])
    return False


def _required_of_sequence(items: _Items) -> frozenset[str]:
    """Characters every match of a parsed sequence holds (a literal it cannot skip)."""
    found: set[str] = set()
    for op, av in items:
        found |= _required_of(op, av)
    return frozenset(found)


def _required_of(op: Any, av: Any) -> frozenset[str]:
    if op is _sre.LITERAL:
        return frozenset(chr(av))
    if op is _sre.SUBPATTERN:
        return _required_of_sequence(av[3])
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[0] >= 1:
        return _required_of_sequence(av[2])
    if op is _sre.BRANCH:  # what every branch holds
        branches = [_required_of_sequence(b) for b in av[1]]
        return frozenset.intersection(*branches) if branches else frozenset()
    return frozenset()  # a class, an optional part, a look-around (not part of the match)…


# -- strings one of which every match needs (in the text searched) ---------------------------
# A character every match holds says little in Chinese prose (法, 成, 第 are everywhere); a
# word it holds (法制日报, 会议, 周年 or 连续) says much more, and ``str.__contains__`` finds it
# far faster than the engine tries the pattern at each possible first character.

_NEEDLES_KEPT = 6  # more strings to look for cost more than the search they would save
_Needles = tuple[str, ...]


def _better(a: _Needles | None, b: _Needles | None) -> _Needles | None:
    """The more telling of two sets of strings (one of which every match needs): the one
    whose shortest string is longer, then the one with fewer strings."""
    if a is None or b is None:
        return a if b is None else b
    return a if (min(map(len, a)), -len(a)) >= (min(map(len, b)), -len(b)) else b


def _needles_of_sequence(items: _Items, looks: bool = True) -> _Needles | None:
    """Strings one of which the text holds wherever the parsed sequence matches: a run of
    literals it cannot skip, or what one of its parts needs (a group, a repeat taken at least
    once, branches that each need some string, a positive look-around: what it looks at must
    be in the text too; with ``looks=False`` only strings inside the match); None when
    nothing is known."""
    best: _Needles | None = None
    run: list[str] = []
    for op, av in items:
        if op is _sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            best = _better(best, ("".join(run),))
            run = []
        best = _better(best, _needles_of(op, av, looks))
    if run:
        best = _better(best, ("".join(run),))
    return best


def _needles_of(op: Any, av: Any, looks: bool = True) -> _Needles | None:
    if op is _sre.SUBPATTERN:
        _, add_flags, del_flags, items = av
        return None if add_flags or del_flags else _needles_of_sequence(items, looks)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
        return _needles_of_sequence(av[2], looks) if av[0] >= 1 else None
    if op is _sre.ASSERT:  # a positive look-ahead or look-behind
        return _needles_of_sequence(av[1]) if looks else None
    if op is _sre.BRANCH:  # each branch needs one of its strings
        found: list[str] = []
        for branch in av[1]:
            got = _needles_of_sequence(branch, looks)
            if got is None:
                return None
            found += got
        return tuple(dict.fromkeys(found))
    return None  # a class, any character, a negative look-around, an anchor…


def _needles(items: _Items) -> _Needles:
    """The strings of :func:`_needles_of_sequence` worth looking for before a search (none:
    look for nothing): few, and not one character alone (a required character already)."""
    got = _needles_of_sequence(items)
    if got is None or len(got) > _NEEDLES_KEPT or (len(got) == 1 and len(got[0]) == 1):
        return ()
    return got


def _holds_needle(text: str, needles: _Needles) -> bool:
    """Does ``text`` hold one of ``needles`` (True when there are none)?"""
    return not needles or any(n in text for n in needles)


class _Analysis(NamedTuple):
    skips: bool  # the engine skips to where a match can begin by itself
    first: re.Pattern[str] | None  # the characters every match begins with (or None)
    required: frozenset[str]  # characters every match holds
    needles: _Needles = ()  # strings one of which the text holds wherever it matches
    # the most characters a match spans, when every match holds a character of ``required``
    # (or one of ``anchors``) and spans at most _ANCHOR_WIDTH (0 otherwise): :func:`_anchored`
    width: int = 0
    anchors: _Needles = ()  # strings one of which every match holds (not in a look-around)
    # the text a look-behind opening the pattern requires right before every match, when
    # matches are tried at ``first``'s characters and that text is rarer than they are
    # (see :func:`_behind_literal`; "" otherwise): :func:`_after`
    behind: str = ""
    # the characters one of which stands right before every match, when the pattern opens
    # with a look-behind of one character class or a line start (``^``: a line break, or
    # the start); "" otherwise: :meth:`TextIndex.may_match` tries no other start
    lead: str = ""


_UNKNOWN = _Analysis(True, None, frozenset())
# by id: hashing a pattern hashes its compiled code, long for a combined pattern; the
# pattern is kept in the entry, so an id reused by another pattern is not mistaken for it
_ANALYSES: dict[int, tuple[re.Pattern[str], _Analysis]] = {}


def _analysis(pattern: re.Pattern[str]) -> _Analysis:
    """What a pattern's parse says about where its matches can be (see :class:`_Analysis`)."""
    entry = _ANALYSES.get(id(pattern))
    if entry is None or entry[0] is not pattern:
        if len(_ANALYSES) > 4096:
            _ANALYSES.clear()
        entry = (pattern, _analyse_kept(pattern))
        _ANALYSES[id(pattern)] = entry
    return entry[1]


# -- the analysis kept across runs ---------------------------------------------------------
# Parsing ~75 patterns again on every start is some 8 ms of a cold run: the command line's
# cache file (fazhi_lint/pattern_cache.py) keeps each analysis, keyed by the pattern's text
# and flags and by a fingerprint of the code that worked it out (so that another version
# of this module never reads an analysis it did not make).

_KIND = "prefilter"


def _fingerprint() -> int:
    """:func:`fazhi_lint.pattern_cache.code_fingerprint` of the analysing functions and of the
    tables they read."""
    return pattern_cache.code_fingerprint(
        (
            _analyse,
            _required_of_sequence,
            _required_of,
            _better,
            _needles_of_sequence,
            _needles_of,
            _needles,
            _first_of_sequence,
            _first_of,
            _engine_skips,
            _behind_literal,
            _lead_of,
            _lead_of_item,
        ),
        repr((_WIDE, sorted(_CATEGORIES.values()), _UNKNOWN, _NEEDLES_KEPT, _ANCHOR_WIDTH)),
    )


_FINGERPRINT: list[int] = []


def _analyse_kept(pattern: re.Pattern[str]) -> _Analysis:
    """:func:`_analyse`, through the cache file when the command line installed it."""
    source = pattern.pattern
    if not isinstance(source, str):
        return _analyse(pattern)
    if not _FINGERPRINT:
        _FINGERPRINT.append(_fingerprint())
    key = (_FINGERPRINT[0], source, pattern.flags)
    kept = pattern_cache.recall(_KIND, key)
    if type(kept) is tuple and len(kept) == 9:
        skips, first, first_flags, required, needles, width, anchors, behind, lead = kept
        if (
            type(skips) is bool
            and type(behind) is str
            and type(lead) is str
            and type(width) is int
            and type(anchors) is tuple
            and all(type(a) is str for a in anchors)
            and (first is None or type(first) is str)
            and type(first_flags) is int
            and type(required) is str
            and type(needles) is tuple
            and all(type(n) is str for n in needles)
        ):
            try:
                compiled = None if first is None else re.compile(first, first_flags)
            except re.error:
                pass
            else:
                return _Analysis(
                    skips, compiled, frozenset(required), needles, width, anchors, behind, lead
                )
    found = _analyse(pattern)
    first_source = None if found.first is None else found.first.pattern
    # the flags it was compiled with (Pattern.flags adds UNICODE to a str pattern's)
    first_flags = 0 if found.first is None else int(found.first.flags) & ~int(re.UNICODE)
    kept = (
        found.skips,
        first_source,
        first_flags,
        "".join(sorted(found.required)),
        found.needles,
        found.width,
        found.anchors,
        found.behind,
        found.lead,
    )
    pattern_cache.keep(_KIND, key, kept)
    return found


def _analyse(pattern: re.Pattern[str]) -> _Analysis:
    if not isinstance(pattern.pattern, str) or pattern.flags & (re.IGNORECASE | re.LOCALE):
        return _UNKNOWN
    try:
        parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # an unusual pattern is searched as it is
        return _UNKNOWN
    items = list(parsed)
    if parsed.state.flags & (re.IGNORECASE | re.LOCALE):
        return _UNKNOWN
    required = _required_of_sequence(items)
    needles = _needles(items)
    widest = parsed.getwidth()[1]  # (look-arounds span nothing: they are outside the match)
    inside = () if required else _needles_of_sequence(items, looks=False)
    anchors = inside if inside and len(inside) <= _NEEDLES_KEPT else ()
    width = widest if (required or anchors) and widest <= _ANCHOR_WIDTH else 0
    got = _first_of_sequence(items)
    if got is None or got[1] or not got[0]:
        return _Analysis(_engine_skips(items), None, required, needles, width, anchors)
    first = re.compile("[" + "".join(got[0]) + "]", pattern.flags & re.ASCII)
    behind = _behind_literal(items, got[0])
    lead = _lead_of(items)
    return _Analysis(_engine_skips(items), first, required, needles, width, anchors, behind, lead)


# the most characters a lead (see _Analysis.lead) may list: more cost more per start tried
# than the starts they spare
_LEAD_KEPT = 12


def _lead_of(items: _Items) -> str:
    """:attr:`_Analysis.lead` of a parsed pattern: what its opening item (through groups)
    requires right before a match — 「(?<=[。；])」「^」「(?:(?<=^)|(?<=[。；]))」; "" when it
    opens otherwise."""
    lead = _lead_of_item(*items[0]) if items else ""
    return lead if len(lead) <= _LEAD_KEPT else ""


def _lead_of_item(op: Any, av: Any) -> str:
    if op is _sre.AT and av in (_sre.AT_BEGINNING, _sre.AT_BEGINNING_LINE):
        return "\n"  # (searched with re.MULTILINE: a line start; the text's start is tried too)
    if op is _sre.ASSERT and av[0] == -1 and len(av[1]) == 1:
        o, a = av[1][0]
        if o is _sre.LITERAL:
            return chr(a)
        if o is _sre.AT:
            return _lead_of_item(o, a)
        if o is _sre.IN and a and all(m is _sre.LITERAL for m, _ in a):
            return "".join(chr(c) for _, c in a)
        return ""
    if op is _sre.SUBPATTERN and not (av[1] or av[2]) and av[3]:
        return _lead_of_item(*av[3][0])  # (the group's opening is the pattern's)
    if op is _sre.BRANCH:  # a lead opening every branch
        leads = [_lead_of_item(*b[0]) if b else "" for b in av[1]]
        return "" if not all(leads) else "".join(dict.fromkeys("".join(leads)))
    return ""


def _behind_literal(items: _Items, first: list[str]) -> str:
    """The literal text of a positive look-behind the pattern opens with (「(?<=第)…」: every
    match starts right after a 第), when it is likely rarer in prose than the characters
    a match begins with (``first``, class fragments): two characters or more, or the
    first characters more than one; "" otherwise. (A look-behind inside a top-level
    alternation is no opening item: the parse of ``a|b`` is one BRANCH.)"""
    if not items or items[0][0] is not _sre.ASSERT or items[0][1][0] != -1:
        return ""
    inside = list(items[0][1][1])
    if not inside or any(op is not _sre.LITERAL for op, _ in inside):
        return ""
    text = "".join(chr(av) for _, av in inside)
    if len(text) < 2 and len(first) == 1 and len(first[0]) == 1:
        return ""  # one character before one character: no fewer tries
    return text


def first_characters(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A class of the characters every match of ``pattern`` begins with, when the regex
    engine would try the pattern at every character (it opens with a look-behind, an
    anchor, a repeat or branches of groups) and those characters can be worked out and are
    few (no wide range, no \\w, \\S…); None otherwise. Every match is then non-empty and
    begins with one of them: :func:`finditer` and :func:`search` jump between them."""
    found = _analysis(pattern)
    return None if found.skips else found.first


def finditer(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``: none when a character every match holds is missing from
    ``text`` (or each of the strings one of which it needs), and tried only where a match can begin when the engine would try every
    character (:func:`first_characters`): the same matches."""
    found = _analysis(pattern)
    for c in found.required:
        if c not in text:
            return iter(())  # a character every match holds is not in the text
    if not _holds_needle(text, found.needles):
        return iter(())  # none of the strings one of which every match needs is in it
    if found.width:
        return _anchored(found, pattern, text)
    if found.skips or found.first is None:
        return pattern.finditer(text)
    if found.behind:
        return _after(found.behind, pattern, text)
    return _jump(found.first, pattern, text)


# the widest match :func:`_anchored` reads around a required character: more would try the
# pattern at too many starts before each one
_ANCHOR_WIDTH = 32


def _anchored(found: _Analysis, pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` tried only in the ``found.width`` characters up to each
    occurrence of a character every match holds (of those, the one the text holds least
    often), or else of each of the strings one of which every match holds: a match spans
    at most that many characters and holds one, so it starts in such a stretch. Starts are
    tried left to right, once each, and after a match from its end (at the pattern's first
    characters when known): the matches ``finditer`` finds, where the engine (or
    :func:`_jump`) would try the pattern at every digit or numeral of the text."""
    if found.required:
        anchors = _positions(text, min(sorted(found.required), key=text.count))
    else:
        anchors = heapq.merge(*(_positions(text, a) for a in found.anchors))
    width = found.width
    first = None if found.skips else found.first
    match = pattern.match
    pos = 0  # every start before ``pos`` is tried, or inside a match
    for at in anchors:
        if at < pos:
            continue  # (its stretch is tried, or inside a match)
        start = max(pos, at - width + 1)
        got = None
        if first is not None:
            while start <= at and (c := first.search(text, start, at + 1)) is not None:
                got = match(text, c.start())
                if got is not None:
                    break
                start = c.start() + 1
        else:
            while start <= at and (got := match(text, start)) is None:
                start += 1
        if got is not None:
            yield got
            pos = got.end()  # (past ``at``: a match ending before it was tried at an earlier one)
        else:
            pos = at + 1


def _positions(text: str, needle: str) -> Iterator[int]:
    """Where ``needle`` starts in ``text``, in order (overlapping occurrences too)."""
    at = text.find(needle)
    while at >= 0:
        yield at
        at = text.find(needle, at + 1)


def may_hold(pattern: re.Pattern[str], text: str) -> bool:
    """False only when ``pattern`` cannot match in ``text``: a character every match holds is
    missing, or each of the strings one of which every match needs (the test
    :func:`finditer` makes first, for a caller that searches otherwise)."""
    found = _analysis(pattern)
    for c in found.required:
        if c not in text:
            return False
    return _holds_needle(text, found.needles)


def _jump(first: re.Pattern[str], pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` tried where ``first`` finds a possible first character (as
    :func:`fazhi_lint.analysis.quantities.finditer_at` does; not imported from there: the
    quantities read the debris, which read this module)."""
    pos = 0
    search, match = first.search, pattern.match
    while (start := search(text, pos)) is not None:
        m = match(text, start.start())
        if m is None:
            pos = start.start() + 1
        else:
            yield m
            pos = m.end()


def _after(behind: str, pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` (each non-empty, opening with a look-behind of ``behind``)
    tried only right after each occurrence of ``behind`` (overlapping ones too), left to
    right and after a match from its end: where :func:`_jump` would try them, less the
    starts the look-behind refuses."""
    pos = 0
    size = len(behind)
    find, match = text.find, pattern.match
    at = find(behind)
    while at >= 0:
        start = at + size
        if start >= pos:
            m = match(text, start)
            if m is not None:
                yield m
                pos = m.end()
        at = find(behind, at + 1)


def search(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``pattern.search(text)`` as :func:`finditer` tries it: the same first match."""
    return next(finditer(pattern, text), None)


# a class of first characters is looked for character by character (``str.__contains__``
# and ``str.find``, far faster than the engine's scan of a class over a whole report) when
# it lists at most so many characters
_FIRST_LITERALS = 10


@lru_cache(maxsize=512)
def _first_literals(first: re.Pattern[str]) -> tuple[str, ...]:
    """The characters of the class ``first`` when it lists a few literal ones or short
    ranges and nothing else (no category, not negated); () otherwise."""
    try:
        items = list(_sre_parse.parse(first.pattern, first.flags))
    except Exception:  # pragma: no cover - a class compiled once parses again
        return ()
    if first.flags & re.IGNORECASE or len(items) != 1 or items[0][0] not in (_sre.IN, _sre.LITERAL):
        return ()
    op, av = items[0]
    chars: list[str] = []
    for o, a in [(op, av)] if op is _sre.LITERAL else av:
        if o is _sre.LITERAL:
            chars.append(chr(a))
        elif o is _sre.RANGE and a[1] - a[0] < _FIRST_LITERALS:
            chars.extend(map(chr, range(a[0], a[1] + 1)))
        else:
            return ()
    return tuple(chars) if len(chars) <= _FIRST_LITERALS else ()


def _holds_first(text: str, first: re.Pattern[str]) -> bool:
    """False only when ``text`` holds none of the characters of the class ``first``."""
    chars = _first_literals(first)
    return not chars or any(c in text for c in chars)


# a search the engine makes itself (it skips to where a match can begin) is made
# through :func:`_match_at_any` only while it tries at most one start in so many characters:
# past that, the engine's own scan is cheaper
_CHARS_PER_START = 24


def _match_at_any(
    pattern: re.Pattern[str], text: str, chars: tuple[str, ...], lead: str, budget: int | None
) -> bool | None:
    """Does ``pattern`` match at an occurrence of one of ``chars`` (the characters every
    match begins with) that follows one of ``lead`` or starts the text (``lead`` "": any)?
    Each found by ``str.find``, in no particular order: whether a match exists, not which.
    None when more than ``budget`` (when given) starts were to be tried."""
    find, match = text.find, pattern.match
    for c in chars:
        at = find(c)
        while at >= 0:
            if not lead or not at or text[at - 1] in lead:
                if budget is not None:
                    budget -= 1
                    if budget < 0:
                        return None
                if match(text, at) is not None:
                    return True
            at = find(c, at + 1)
    return False


class TextIndex:
    """The texts of some paragraphs joined by line breaks, for :meth:`may_match`."""

    def __init__(self, texts: Iterable[str]):
        self.text = SEPARATOR.join(texts)
        # by id, with the pattern kept (see _analysis)
        self._answers: dict[int, tuple[re.Pattern[str], bool]] = {}

    def may_match(self, pattern: re.Pattern[str], first: re.Pattern[str] | None = None) -> bool:
        """False only when ``pattern`` matches in none of the texts (searched once).
        ``first``: what each match begins with, for a pattern that opens with a look-behind
        (searched as :func:`~fazhi_lint.analysis.quantities.finditer_at` does)."""
        entry = self._answers.get(id(pattern))
        if entry is not None and entry[0] is pattern:
            return entry[1]
        joined = _multiline(pattern)
        found = _analysis(pattern)
        first = first or first_characters(pattern)
        # the characters a match begins with, looked for one by one (also where the engine
        # skips to them by itself, as long as they are not too many in the texts)
        chars = _first_literals(first or found.first) if (first or found.first) else ()
        budget = None if first else len(self.text) // _CHARS_PER_START
        if not first and len(chars) < 2:
            chars = ()  # (one character a match opens with: the engine finds it as fast)
        if joined is None:
            answer = True
        elif not all(c in self.text for c in found.required):
            answer = False  # a character every match holds is nowhere in the texts
        elif not _holds_needle(self.text, found.needles):
            answer = False  # nor one of the strings one of which every match needs
        elif (
            chars
            and not found.behind
            and ((got := _match_at_any(joined, self.text, chars, found.lead, budget)) is not None)
        ):
            answer = got
        elif first is None:
            answer = joined.search(self.text) is not None
        elif not _holds_first(self.text, first):
            answer = False  # no character a match can begin with is in the texts
        elif found.behind:  # tried only after its look-behind's text, as finditer
            answer = next(_after(found.behind, joined, self.text), None) is not None
        else:
            answer = next(_jump(first, joined, self.text), None) is not None
        self._answers[id(pattern)] = (pattern, answer)
        return answer


__all__ = ["TextIndex", "finditer", "first_characters", "may_hold", "search"]
