"""``T`` family: debris left by conversions (T001) and by copying a web page (T002).

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
import html
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from typing import Any

from ..model import Block, Diagnostic, Document, Severity, Span
from ..plugins import CheckContext, check

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

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
    text = resources.files(__package__).joinpath(DATA_FILE).read_text(encoding="utf-8")
    return tomllib.loads(text)


@lru_cache(maxsize=1)
def load_patterns() -> tuple[DebrisPattern, ...]:
    return parse_patterns(_data(), validate=False)


@dataclass
class Finding:
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
    if patterns.anywhere is not None and patterns.anywhere.search(text) is None:
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


_CJK_RE = re.compile("[\u3400-\u9fff\uf900-\ufaff]")


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


def scan(document: Document) -> list[Finding]:
    """All debris findings of a document (both codes), cached on the document."""
    cached = document.cache.get("debris")
    if cached is not None:
        return list(cached)
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
    document.cache["debris"] = tuple(findings)
    return findings


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


def clean_blocks(document: Document) -> dict[int, CleanBlock]:
    """The blocks that carry debris, read without it (by block index); cached."""
    cached = document.cache.get("debris-clean")
    if cached is not None:
        return cached
    cuts: dict[int, list[tuple[int, int]]] = {}
    for finding in scan(document):
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
    document.cache["debris-clean"] = result
    return result


def _diagnostics(ctx: CheckContext, code: str) -> Iterator[Diagnostic]:
    for finding in scan(ctx.document):
        if finding.code != code:
            continue
        yield ctx.diagnostic(
            finding.message,
            finding.block,
            finding.start,
            finding.end,
            suggestion=finding.suggestion,
            fix=finding.fix,
            data={"patterns": finding.patterns},
        )


@check(
    "T001",
    "conversion-debris",
    Severity.WARNING,
    "文档转换留下的标记（书签、域代码、图片占位符、乱码）",
)
def conversion_debris(ctx: CheckContext) -> Iterator[Diagnostic]:
    """文档转换（Word/PDF 转文本）在文字中留下的标记。

    检查什么：``[bookmark: _GoBack]`` 及其他 ``[bookmark: …]``、图片占位符（``[image: …]``）、以文字形式留下的
    Word 域代码（``HYPERLINK "…"``、``PAGE \\* MERGEFORMAT``、``TOC \\o "1-3"``、``PAGEREF _Toc…``）、转换软件
    试用版的水印（"Evaluation Warning…"）、乱码（U+FFFD、「锟斤拷」）以及单独成行的页码（「— 3 —」）。每处一条，
    位置只标记标记本身；建议写明要删除什么（没有别的文字时为「删除此行」），可自动应用的修复会删除该标记。

    为什么：这些标记不是报告的内容。提交或公开的报告中仍有这些标记，说明转换时不仔细，读者一眼就能看出来。
    这些模式是数据，见 ``fazhi_lint/checks/debris.toml``。

    错误示例：（2） [bookmark: _GoBack]着力保障科学民主依法决策有效推进。
    正确示例：（2） 着力保障科学民主依法决策有效推进。
    """
    return _diagnostics(ctx, "T001")


def _outside_article(ctx: CheckContext) -> Iterator[Diagnostic]:
    """One summary finding for the unflagged blocks of a web page outside its article."""
    document = ctx.document
    article = document.meta.get("article_blocks")
    if document.format != "html" or not article:
        return
    first, last = article
    flagged = {f.block.index for f in scan(document)}
    outside = [
        b
        for i, b in enumerate(document.blocks)
        if (i < first or i > last) and b.index not in flagged
    ]
    if not outside:
        return
    shown = "".join(f"「{_clip(b.text, 12)}」" for b in outside[:4])
    more = "等" if len(outside) > 4 else ""
    yield ctx.diagnostic(
        f"网页正文（第{first + 1}—{last + 1}段）之外还有 {len(outside)} 段页面内容"
        f"（{shown}{more}，如导航、栏目、页脚），不属于报告正文；提交或转载报告时请删除",
        outside[0],
        severity=Severity.INFO,
        related=[Span(b.index, 0, len(b.text)) for b in outside[1:]],
        data={"blocks": [b.index for b in outside]},
    )


@check(
    "T002",
    "web-page-debris",
    Severity.WARNING,
    "从网页复制带入的页面内容（分享到、来源/发布时间、打印本页等）",
    options={"outside-article": True},
)
def web_page_debris(ctx: CheckContext) -> Iterator[Diagnostic]:
    """从发布的网页复制时一并带入的页面内容。

    检查什么：只由网页页面元素构成的段落：「分享到：」「建议升级浏览器版本」、单独的关闭按钮（「X」「×」）、
    「来源：XX局 发布时间：2024-03-18」「今天是…星期…」「【打印本页】【关闭窗口】」「【字体：大 中 小】」
    「扫一扫在手机打开当前页」「网站地图」「版权所有」「网站标识码」「上一篇/下一篇」「阅读次数」「责任编辑：」、
    面包屑导航（「当前位置：首页 > …」）；以及出现在任何位置的 HTML 实体（``&nbsp;``）和以文字形式留下的标签。

    为什么：从网页复制的报告带着网站的导航和元数据；留在提交或转载的报告中，会被当作正文，并打乱结构
    （第一个标题上方的「来源」行、末尾的「分享到」）。

    不报告：来源、分享、关闭等词也会出现在报告正文中，所以只有整段都由这些元素构成时才算；较弱的元素
    （单独的「来源：…」、「作者：…」）还需要同一行有另一个元素，或前后两段内有页面元素行。

    错误示例：来源:  天津市司法局 发布时间:  2024-03-18 10:29
    正确示例：2024年3月18日，市司法局召开法治政府建设工作推进会。

    选项：
        ``outside-article``（默认 true）：对读取器已定位正文的网页（HTML），正文以外其余的段落（导航、栏目、
        页脚）汇总为一条提示；设为 false 则不报告。
    """
    yield from _diagnostics(ctx, "T002")
    if ctx.options.get("outside-article", True):
        yield from _outside_article(ctx)


# -- T003 damaged copies ------------------------------------------------------------------------


@dataclass(frozen=True)
class DamagedSigns:
    masked: re.Pattern[str]
    masked_min: int
    pinyin: re.Pattern[str]
    pinyin_min: int
    traditional: frozenset[str]
    traditional_min: int
    traditional_share: float
    question_run: int
    question_share: float


@lru_cache(maxsize=1)
def damaged_signs() -> DamagedSigns:
    table = _data()["damaged-copy"]
    return DamagedSigns(
        masked=re.compile(table["masked"]),
        masked_min=int(table["masked-min"]),
        pinyin=re.compile(table["pinyin"]),
        pinyin_min=int(table["pinyin-min"]),
        traditional=frozenset(table["traditional"]),
        traditional_min=int(table["traditional-min"]),
        traditional_share=float(table["traditional-share"]),
        question_run=int(table["question-run"]),
        question_share=float(table["question-share"]),
    )


_IDEOGRAPH = re.compile("[\u4e00-\u9fff]")
_VISIBLE = re.compile("[^\\s\u3000]")


def damaged(document: Document) -> tuple[str, Block, int] | None:
    """Why the document is a damaged copy (a Chinese reason, the first block showing it, the
    count), or None. Linear in the text; cached on the document."""
    if "damaged" in document.cache:
        return document.cache["damaged"]
    signs = damaged_signs()
    blocks = [b for b in document.blocks if b.text.strip()]
    result: tuple[str, Block, int] | None = None
    run = re.compile(f"^[ \u3000]*(?:[?？][ \u3000]*){{{signs.question_run},}}")
    questions = visible = ideographs = traditional = 0
    masked: list[tuple[Block, int]] = []
    pinyin: list[tuple[Block, int]] = []
    first_traditional: Block | None = None
    for block in blocks:
        text = block.text
        questions += text.count("?") + text.count("？")
        visible += len(_VISIBLE.findall(text))
        ideographs += len(_IDEOGRAPH.findall(text))
        here = sum(1 for ch in text if ch in signs.traditional)
        if here and first_traditional is None:
            first_traditional = block
        traditional += here
        if n := len(signs.masked.findall(text)):
            masked.append((block, n))
        if n := len(signs.pinyin.findall(text)):
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
        and traditional >= signs.traditional_share * ideographs
    ):
        result = ("正文被转换成了繁体字", first_traditional, traditional)
    document.cache["damaged"] = result
    return result


@check(
    DAMAGED_CODE,
    "damaged-copy",
    Severity.ERROR,
    "文件是损坏或改动过的副本（数字被“（略）”遮盖、加注拼音、转为繁体、文字变成“?”）",
)
def damaged_copy(ctx: CheckContext) -> Iterator[Diagnostic]:
    """检查什么：文件不是报送的报告原件，而是损坏或被改动过的副本。数字被「（略）」遮盖（三处或以上），
    词语后加了拼音注音（「坚持（jiān chí）」，三处或以上），文本被转换成繁体（只存在于繁体中的字
    至少10个且占汉字的5%），以及编码转换中字符变成了「?」（前三行中有一行以「? ? ?」开头，或
    全部可见字符的五分之一）。整个文件报告一次；其他检查在该文件上的发现不列出（它们描述的是损坏，
    不是报告）。这些迹象和阈值是数据：``fazhi_lint/checks/debris.toml`` 中的 ``[damaged-copy]``。

    不报告：单独一处指向附件的「（略）」或「（此处略）」；名称中的一两个繁体字；句子中的问号。

    为什么：审核损坏的副本浪费审核人的时间，还可能因错误的原因通过或退回报告；报送单位应当发送
    实际报送的文件。

    错误示例：
        全年办理行政复议案件（略）件，纠错（略）件，行政应诉案件（略）件。

    正确示例：
        全年办理行政复议案件12件，纠错2件，行政应诉案件15件。
    """
    found = damaged(ctx.document)
    if found is None:
        return
    reason, block, count = found
    yield ctx.diagnostic(
        f"此文件是损坏或改动过的副本：{reason}（共{count}处），不是报送的原件；"
        "其他检查结果已略去，请取得原始文件后重新检查",
        block,
        suggestion="取得报送单位的原始文件（.docx 或 .pdf）后重新检查",
        data={"reason": reason, "count": count},
    )
