"""Debris left by conversions (T001) and by copying a web page (T002), and damaged copies (T003):
what the rules of :mod:`fazhi_lint.checks.debris` report, what the outline and the statistics
read past (:func:`page_chrome`, :func:`clean_blocks`).

The patterns are data (``debris.toml`` beside this module; see its header for the fields).
Two kinds of pattern:

* *inline* patterns (``[bookmark: _GoBack]``, ``HYPERLINK "…"``, ``&nbsp;``) are debris
  wherever they occur: one finding per occurrence, the span is the marker only and the
  suggestion is the paragraph with the marker removed;
* *line* patterns (「分享到」「来源：…」「打印本页」) are debris only when the whole paragraph
  is made of them, because the same words occur in report prose (资金来源、经验分享到基层).
  A paragraph made only of such items is one finding, suggestion 「删除此行」. Weak items
  (来源、作者) need company: another item on the line or a chrome line within two paragraphs.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from ..data_files import read_text
from ..grammar import HAN, IDEOGRAPH_RE
from ..model import Block, Document
from ..pattern_cache import toml_loads
from .prefilter import TextIndex, search

DATA_FILE = "debris.toml"
CODES = ("T001", "T002")
DAMAGED_CODE = "T003"
SCOPES = ("inline", "line")
STANDALONE = ("always", "near-chrome", "never")
FIXES = ("remove", "unescape", "none")
NEAR_DISTANCE = 2  # a weak chrome line needs a strong one within this many paragraphs
MAX_LINE_CHARS = 300  # longer paragraphs are prose, never whole-line chrome
MAX_INLINE_PER_BLOCK = 20  # findings of one code in one paragraph (the last sums up the rest)
# what may sit between chrome items on a chrome line
_SEPARATORS = re.compile(r"[\s|｜/\\【】\[\]()（）<>〈〉«»‹›·•‧・\-—–_=*:：,，、;；]*")
_BLANK = re.compile(r"[\s\u3000]*")


@dataclass(frozen=True)
class DebrisPattern:
    """One entry of debris.toml. Its regexes are compiled on first use: a paragraph is
    first ruled out by its scope's combined regex (:class:`PatternSet`), so most patterns
    are never run on their own, and compiling ~60 regexes with CJK classes one by one was
    the largest part of the command's start-up."""

    id: str
    code: str
    scope: str
    source: str  # the regular expression (a ``literal`` escaped)
    description: str
    action: str = "删除"
    standalone: str = "always"
    fix: str = "remove"
    skip_formats: frozenset[str] = frozenset()
    # a Latin line of code (no Chinese, other text around the match) is not debris for it:
    # 「DROP TABLE <table>;」 holds a syntax placeholder, not a left-over tag
    skip_code_lines: bool = False

    @functools.cached_property
    def regex(self) -> re.Pattern[str]:
        return re.compile(self.source)

    @functools.cached_property
    def quick_source(self) -> str:
        """Matches wherever ``source`` does, but faster (see :func:`necessary_regex`)."""
        return necessary_regex(self.source)

    @functools.cached_property
    def necessary(self) -> re.Pattern[str] | None:
        """``quick_source`` compiled, or None when it is ``source`` itself."""
        if self.quick_source == self.source:
            return None
        try:
            return re.compile(self.quick_source)
        except re.error:  # pragma: no cover - necessary_regex keeps valid syntax
            return None

    @property
    def quick(self) -> re.Pattern[str]:
        return self.necessary or self.regex

    def may_match(self, text: str) -> bool:
        """False only when ``regex`` cannot match ``text``."""
        return self.necessary is None or self.necessary.search(text) is not None


def parse_patterns(
    data: dict[str, Any], source: str = DATA_FILE, validate: bool = True
) -> tuple[DebrisPattern, ...]:
    """Validate the pattern table; errors name the pattern.

    ``validate=False`` leaves out compiling every regex to check it (the shipped table,
    which a test checks): each is compiled when first used.
    """
    items = data.get("pattern")
    if not isinstance(items, list) or not items:
        raise ValueError(f"{source}: no [[pattern]] entries")
    seen: set[str] = set()
    patterns: list[DebrisPattern] = []
    sources: list[tuple[str, str]] = []
    for number, item in enumerate(items, start=1):
        where = f"{source}: pattern #{number} ({item.get('id', '?')})"
        unknown = set(item) - {
            "id",
            "code",
            "scope",
            "regex",
            "literal",
            "description",
            "action",
            "standalone",
            "fix",
            "skip-formats",
            "skip-code-lines",
        }
        if unknown:
            raise ValueError(f"{where}: unknown keys {sorted(unknown)}")
        pid = item.get("id")
        if not isinstance(pid, str) or not pid or pid in seen:
            raise ValueError(f"{where}: missing or duplicate id")
        seen.add(pid)
        if item.get("code") not in CODES:
            raise ValueError(f"{where}: code must be one of {CODES}")
        if item.get("scope") not in SCOPES:
            raise ValueError(f"{where}: scope must be one of {SCOPES}")
        if ("regex" in item) == ("literal" in item):
            raise ValueError(f"{where}: give exactly one of regex or literal")
        source_re = item["regex"] if "regex" in item else re.escape(item["literal"])
        if not isinstance(source_re, str):
            raise ValueError(f"{where}: regex must be a string")
        sources.append((where, source_re))
        standalone = item.get("standalone", "always")
        fix = item.get("fix", "remove")
        if standalone not in STANDALONE or fix not in FIXES:
            raise ValueError(f"{where}: bad standalone or fix value")
        if not isinstance(item.get("description"), str):
            raise ValueError(f"{where}: description is required")
        patterns.append(
            DebrisPattern(
                id=pid,
                code=item["code"],
                scope=item["scope"],
                source=source_re,
                description=item["description"],
                action=item.get("action", "删除"),
                standalone=standalone,
                fix=fix,
                skip_formats=frozenset(item.get("skip-formats", ())),
                skip_code_lines=bool(item.get("skip-code-lines", False)),
            )
        )
    if validate:
        _validate(sources)
    return tuple(patterns)


def _validate(sources: list[tuple[str, str]]) -> None:
    """Every regex compiles and none matches the empty string (errors name the pattern)."""
    for where, source in sources:
        try:
            compiled = re.compile(source)
        except re.error as exc:
            raise ValueError(f"{where}: bad regex: {exc}") from exc
        if compiled.match(""):
            raise ValueError(f"{where}: regex matches the empty string")


def _alternatives(source: str) -> list[str] | None:
    """The top-level ``|`` branches of a regular expression, or None if it cannot tell."""
    branches: list[str] = []
    depth, start, i, n = 0, 0, 0, len(source)
    while i < n:
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i += 1
            if i < n and source[i] == "^":
                i += 1
            if i < n and source[i] == "]":
                i += 1  # a leading ] is literal
            while i < n and source[i] != "]":
                i += 2 if source[i] == "\\" else 1
            if i >= n:
                return None
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            branches.append(source[start:i])
            start = i + 1
        i += 1
    if depth != 0:
        return None
    branches.append(source[start:])
    return branches


# A leading atom (a class, an escape or a character) with a quantifier: 「[^。]{0,20}?」 「\{?」 「\s*」
_LEADING_QUANTIFIED = re.compile(
    r"(?:\[(?:\^)?\]?(?:\\.|[^\]\\])*\]|\\[A-Za-z\\{}\[\]().*+?|^$\-\"]|[^\\()\[|])"
    r"(?:[*+?]|\{[0-9]*,?[0-9]*\})\??"
)


# global inline flags, which stand at the start of a regex: (?x) makes it verbose
_VERBOSE = re.compile(r"\(\?[aiLmsu]*x")


def necessary_regex(source: str) -> str:
    """A regex that matches wherever ``source`` matches: each branch without its leading
    quantified atoms (「[^。\\r\\n]{0,20}?(?:建议|…)浏览器…」 → 「(?:建议|…)浏览器…」).

    Whatever the dropped atoms matched, the rest of the branch matched right after them, so
    text where this finds nothing cannot match ``source`` either. Without the leading gaps
    it starts with literal text, which the regex engine scans for quickly; ``source`` itself
    would be tried character by character at every position of every paragraph.
    """
    if _VERBOSE.match(source):
        return source  # spaces and comments would confuse the splitting below
    branches = _alternatives(source)
    if branches is None:
        return source
    out = []
    for branch in branches:
        rest = branch
        while (m := _LEADING_QUANTIFIED.match(rest)) and m.end() < len(rest):
            rest = rest[m.end() :]
        out.append(rest)
    return "|".join(out)  # compiled (and checked) where it is used: DebrisPattern.necessary


def _combined(sources: list[str]) -> re.Pattern[str] | None:
    """``(?:a)|(?:b)|…`` — matches where one of the sources matches — or None when they
    cannot be joined (group numbers shift: back-references; incompatible flags)."""
    if not sources or any(re.search(r"\\[1-9]|\(\?P=", src) for src in sources):
        return None
    try:
        return re.compile("|".join(f"(?:{src})" for src in sources))
    except re.error:
        return None


class PatternSet:
    """The patterns of one scope, with combined regexes that rule a paragraph out at once
    (one regex call instead of one per pattern), each compiled when first used."""

    def __init__(self, patterns: Iterable[DebrisPattern]):
        self.patterns = tuple(patterns)

    @functools.cached_property
    def here(self) -> re.Pattern[str] | None:
        """Matches at any position where a pattern matches."""
        return _combined([p.source for p in self.patterns])

    @functools.cached_property
    def anywhere(self) -> re.Pattern[str] | None:
        """Finds something in any text a pattern matches in."""
        quick = [p.quick_source for p in self.patterns]
        if quick == [p.source for p in self.patterns]:
            return self.here
        return _combined(quick) or self.here

    @classmethod
    def of(cls, patterns: Iterable[DebrisPattern]) -> PatternSet:
        return cls(patterns)


@lru_cache(maxsize=16)
def pattern_sets(document_format: str) -> tuple[PatternSet, PatternSet]:
    """The inline and the line patterns that apply to a document format."""
    patterns = [p for p in load_patterns() if document_format not in p.skip_formats]
    return (
        PatternSet.of(p for p in patterns if p.scope == "inline"),
        PatternSet.of(p for p in patterns if p.scope == "line"),
    )


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    """debris.toml, parsed once (the patterns and the signs of a damaged copy)."""
    text = read_text(__package__, DATA_FILE)
    return toml_loads(text)


@lru_cache(maxsize=1)
def load_patterns() -> tuple[DebrisPattern, ...]:
    return parse_patterns(_data(), validate=False)


@dataclass
class Finding:
    """A piece of debris found in a paragraph."""

    code: str
    block: Block
    start: int | None
    end: int | None
    message: str
    suggestion: str | None
    patterns: list[str] = field(default_factory=list)
    fix: str | None = None  # replacement for the span ("" deletes it)
    marks: tuple[tuple[int, int], ...] = ()  # the markers themselves, when the span sums up several


def _clip(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _inline(block: Block, patterns: PatternSet) -> Iterator[Finding]:
    text = block.text
    if patterns.anywhere is not None and search(patterns.anywhere, text) is None:
        return  # the common case: no marker anywhere in the paragraph
    taken: list[tuple[int, int]] = []  # sorted, never overlapping: a search finds a clash
    found: list[tuple[int, int, DebrisPattern, re.Match[str]]] = []
    code_line: bool | None = None  # computed when a pattern needs it
    for pattern in patterns.patterns:
        for m in pattern.regex.finditer(text):
            if pattern.skip_code_lines:
                if code_line is None:
                    code_line = _is_code_line(text, pattern)
                if code_line:
                    break
            s, e = m.start(), m.end()
            # field-code patterns may swallow the spaces around them: report the marker itself
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if s == e:
                continue
            i = bisect.bisect_left(taken, (s, e))
            if (i and taken[i - 1][1] > s) or (i < len(taken) and taken[i][0] < e):
                continue
            taken.insert(i, (s, e))
            found.append((s, e, pattern, m))
    # the text outside a marker is all separators when the marker starts within the leading
    # separators and ends within the trailing ones (computed once, not per marker)
    lead = _SEPARATORS.match(text).end()  # type: ignore[union-attr]  # matches always
    tail = len(text) - _SEPARATORS.match(text[::-1]).end()  # type: ignore[union-attr]
    # more than MAX_INLINE_PER_BLOCK markers of a code: all but one shown, then one for the
    # rest (each finding carries the whole paragraph: thousands would make a report of GBs)
    total = Counter(pattern.code for _, _, pattern, _ in found)
    shown: Counter[str] = Counter()
    rest: dict[str, list[tuple[int, int, DebrisPattern]]] = {}
    for s, e, pattern, _ in sorted(found, key=lambda f: f[0]):
        code = pattern.code
        if total[code] > MAX_INLINE_PER_BLOCK and shown[code] == MAX_INLINE_PER_BLOCK - 1:
            rest.setdefault(code, []).append((s, e, pattern))
            continue
        shown[code] += 1
        marker = text[s:e]
        fix: str | None = None
        if pattern.fix == "none":
            suggestion: str | None = None
        else:
            fix = ""
            if pattern.fix == "unescape":
                import html  # here: its entity table costs every start a millisecond

                fix = html.unescape(marker).replace("\u00a0", "")
            if s <= lead and e >= tail and _SEPARATORS.fullmatch(fix) is not None:
                suggestion = "删除此行"
            elif fix:
                suggestion = f"改为「{fix}」"
            else:
                suggestion = f"删除「{_clip(marker)}」"
        kind = "文档转换残留" if pattern.code == "T001" else "网页残留"
        yield Finding(
            pattern.code,
            block,
            s,
            e,
            f"{kind}「{_clip(marker)}」（{pattern.description}），不属于报告正文；{pattern.action}",
            suggestion,
            [pattern.id],
            fix,
        )
    for code, markers in rest.items():
        kind = "文档转换残留" if code == "T001" else "网页残留"
        first, last = markers[0], markers[-1]
        yield Finding(
            code,
            block,
            first[0],
            last[1],
            f"此段另有 {len(markers)} 处{kind}（如「{_clip(text[first[0] : first[1]])}」，"
            f"{first[2].description}），不属于报告正文；请逐一删除",
            None,
            sorted({p.id for _, _, p in markers}),
            marks=tuple((s, e) for s, e, _ in markers),
        )


_CJK_RE = IDEOGRAPH_RE


def _is_code_line(text: str, pattern: DebrisPattern) -> bool:
    """A line with no Chinese character and other text besides the pattern's matches."""
    if _CJK_RE.search(text) is not None:
        return False
    return _SEPARATORS.fullmatch(pattern.regex.sub("", text)) is None


def _line_items(text: str, patterns: PatternSet) -> list[DebrisPattern] | None:
    """The line patterns that together make up the whole of ``text``, or None."""
    if len(text) > MAX_LINE_CHARS:
        return None
    first = _SEPARATORS.match(text).end()  # type: ignore[union-attr]  # matches always
    if (
        patterns.here is not None
        and first < len(text)
        and not any(patterns.here.match(text, s) for s in range(first + 1))
    ):
        # The first non-separator character must lie in an item, which then starts at or
        # before it: a line whose beginning is no item (prose, usually) is not chrome.
        return None
    matches = [
        (m.start(), m.end(), order, pattern)
        for order, pattern in enumerate(patterns.patterns)
        if pattern.may_match(text)
        for m in pattern.regex.finditer(text)
        if m.end() > m.start()
    ]
    # longest match first, so that 「首页」 inside a breadcrumb or 「-03-」 inside a date
    # do not take the place of the item that contains them
    matches.sort(key=lambda m: (m[0] - m[1], m[2], m[0]))
    covered = [False] * len(text)
    chosen: list[tuple[int, DebrisPattern]] = []
    for s, e, _, pattern in matches:
        if any(covered[s:e]):
            continue
        covered[s:e] = [True] * (e - s)
        chosen.append((s, pattern))
    items: list[DebrisPattern] = []
    for _, pattern in sorted(chosen, key=lambda c: c[0]):
        if pattern not in items:
            items.append(pattern)
    if not items:
        return None
    residue = "".join(ch for ch, c in zip(text, covered, strict=True) if not c)
    if _SEPARATORS.fullmatch(residue) is None:
        return None
    return items


def page_chrome(text: str, document_format: str = "") -> bool:
    """True when ``text`` (one paragraph) is made only of web-page chrome or metadata items.

    The one home of the web-chrome word list: the outline asks this to keep 「来源：…」
    「发文时间：2026年01月21日」「索引号：…」 out of the title, the opening and the headings.
    A line of bare dates only (an item that is ``standalone = "never"``) is not chrome: it is
    a legitimate signature line.
    """
    _, line = pattern_sets(document_format)
    items = _line_items(text.strip(), line)
    return bool(items) and any(p.standalone != "never" for p in items)  # type: ignore[union-attr]


def find_debris(document: Document) -> tuple[Finding, ...]:
    """All debris findings of a document (both codes); the ``debris`` view caches them."""
    inline, line = pattern_sets(document.format)
    findings: list[Finding] = []
    lines: dict[int, list[DebrisPattern]] = {}
    blocks = document.blocks
    for position, block in enumerate(blocks):
        findings.extend(_inline(block, inline))
        items = _line_items(block.text.strip(), line)
        if items:
            lines[position] = items

    def strong(items: list[DebrisPattern]) -> bool:
        if any(p.standalone == "always" for p in items):
            return True
        return len(items) >= 2 and any(p.standalone != "never" for p in items)

    strong_at = {pos for pos, items in lines.items() if strong(items)}
    for position, items in sorted(lines.items()):
        if position not in strong_at:
            if not any(p.standalone == "near-chrome" for p in items):
                continue
            near = range(position - NEAR_DISTANCE, position + NEAR_DISTANCE + 1)
            if not any(other in strong_at for other in near if other != position):
                continue
        block = blocks[position]
        code = "T001" if all(p.code == "T001" for p in items) else "T002"
        kind = "文档转换残留" if code == "T001" else "网页残留内容"
        what = "、".join(dict.fromkeys(p.description for p in items))
        findings.append(
            Finding(
                code,
                block,
                None,
                None,
                f"{kind}「{_clip(block.text)}」（{what}），不属于报告正文；建议删除此行",
                "删除此行",
                [p.id for p in items],
                "",
            )
        )
    findings.sort(key=lambda f: (f.block.index, f.start or 0))
    return tuple(findings)


@dataclass(frozen=True)
class CleanBlock:
    """A block as the wording checks read it: inline debris (a site watermark injected
    mid-sentence, a bookmark) removed, and whole debris lines empty. ``origin[i]`` is the
    position in the original block of the clean text's character ``i`` (``origin[len]`` is
    the end)."""

    block: Block
    origin: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """``[start, end)`` of the clean text as a range of the original block."""
        return self.origin[start], self.origin[end - 1] + 1 if end > start else self.origin[start]


def clean_text(document: Document, findings: Iterable[Finding]) -> dict[int, CleanBlock]:
    """The blocks that carry debris (``findings``, see :func:`find_debris`), read without it,
    by block index; the ``clean`` view caches them."""
    cuts: dict[int, list[tuple[int, int]]] = {}
    for finding in findings:
        text = finding.block.text
        start = 0 if finding.start is None else finding.start
        end = len(text) if finding.end is None else finding.end
        cuts.setdefault(finding.block.index, []).append((start, end))
    by_index = {b.index: b for b in document.blocks}
    result: dict[int, CleanBlock] = {}
    for index, spans in cuts.items():
        block = by_index[index]
        keep = [True] * len(block.text)
        for s, e in spans:
            keep[s:e] = [False] * (e - s)
        origin = [i for i, k in enumerate(keep) if k]
        origin.append(len(block.text))
        text = "".join(ch for ch, k in zip(block.text, keep, strict=True) if k)
        result[index] = CleanBlock(replace(block, text=text), tuple(origin))
    return result


# -- T003 damaged copies ------------------------------------------------------------------------


@dataclass(frozen=True)
class DamagedSigns:
    """The patterns and thresholds of damaged text (masked, pinyin, traditional)."""

    masked: re.Pattern[str]  # any of the forms below
    masked_forms: tuple[re.Pattern[str], ...]  # each form of masking on its own
    masked_min: int
    pinyin: re.Pattern[str]
    pinyin_min: int
    traditional: re.Pattern[str]  # any one of the traditional characters
    traditional_min: int
    traditional_share: float
    question_run: int
    question_share: float


@lru_cache(maxsize=1)
def damaged_signs() -> DamagedSigns:
    table = _data()["damaged-copy"]
    forms = [table["masked"]] if isinstance(table["masked"], str) else list(table["masked"])
    return DamagedSigns(
        masked=re.compile("|".join(forms)),
        masked_forms=tuple(re.compile(form) for form in forms),
        masked_min=int(table["masked-min"]),
        pinyin=re.compile(table["pinyin"]),
        pinyin_min=int(table["pinyin-min"]),
        traditional=re.compile(f"[{re.escape(''.join(sorted(set(table['traditional']))))}]"),
        traditional_min=int(table["traditional-min"]),
        traditional_share=float(table["traditional-share"]),
        question_run=int(table["question-run"]),
        question_share=float(table["question-share"]),
    )


# what is not counted, in runs: a count is the length of what is left once they are removed
# (one string, not a list of every character)
_INVISIBLE_RUN = re.compile("[\\s\u3000]+")
_NOT_HAN_RUN = re.compile(f"[^{HAN}]+")


def find_damaged(document: Document) -> tuple[str, Block, int] | None:
    """Why the document is a damaged copy (a Chinese reason, the first block showing it, the
    count), or None. Linear in the text; the ``damaged`` view caches it."""
    signs = damaged_signs()
    blocks = [b for b in document.blocks if b.text.strip()]
    result: tuple[str, Block, int] | None = None
    run = re.compile(f"^[ \u3000]*(?:[?？][ \u3000]*){{{signs.question_run},}}")
    traditional = 0
    masked: list[tuple[Block, int]] = []
    pinyin: list[tuple[Block, int]] = []
    first_traditional: Block | None = None
    # the counts over the whole text at once (the line breaks joining the blocks are spaces,
    # neither visible nor ideographs); the signs counted block by block only where the whole
    # text holds one
    index = TextIndex(b.text for b in blocks)
    whole = index.text
    questions = whole.count("?") + whole.count("？")
    # the characters other than spaces, for the share of question marks: needed only when
    # there is one (no share of nothing reaches a positive threshold)
    counted = questions or signs.question_share <= 0
    visible = len(_INVISIBLE_RUN.sub("", whole)) if counted else 0
    # the masking forms one by one: each has a character the whole text must hold, which the
    # forms joined do not (one scan of the text each, instead of the regex tried everywhere)
    signed = [
        index.may_match(signs.traditional),
        any(index.may_match(form) for form in signs.masked_forms),
        index.may_match(signs.pinyin),
    ]
    for block in blocks if any(signed) else ():
        text = block.text
        here = len(signs.traditional.findall(text)) if signed[0] else 0
        if here and first_traditional is None:
            first_traditional = block
        traditional += here
        if signed[1] and (n := len(signs.masked.findall(text))):
            masked.append((block, n))
        if signed[2] and (n := len(signs.pinyin.findall(text))):
            pinyin.append((block, n))
    opening = next((b for b in blocks[:3] if run.match(b.text)), None)
    if opening is not None or (visible and questions >= signs.question_share * visible):
        first = opening or next(b for b in blocks if "?" in b.text or "？" in b.text)
        result = ("文字大量变成了“?”（编码转换时丢失）", first, questions)
    elif sum(n for _, n in masked) >= signs.masked_min:
        result = ("正文的数字等内容被“（略）”或星号遮盖", masked[0][0], sum(n for _, n in masked))
    elif sum(n for _, n in pinyin) >= signs.pinyin_min:
        result = ("正文加注了汉语拼音", pinyin[0][0], sum(n for _, n in pinyin))
    elif (
        first_traditional is not None
        and traditional >= signs.traditional_min
        # the characters of HAN, counted only for traditional ones enough to matter
        and traditional >= signs.traditional_share * len(_NOT_HAN_RUN.sub("", whole))
    ):
        result = ("正文被转换成了繁体字", first_traditional, traditional)
    return result
