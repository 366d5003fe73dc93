"""The outline of a report: title, reporting year, opening paragraph, headings and sections.

Computed once per document by the ``outline`` view (:mod:`fazhi_lint.analysis.views`).

How headings are found
----------------------
1. A numbering label at the start of a body paragraph (literal, or Word's automatic numbering
   rendered by the reader: ``Block.label``) makes the paragraph a heading. Its *nominal level*
   is the level its form stands for (「一、」 1, 「（一）」 2, 「1.」 3, 「（1）」 4, 「①」 5;
   look-alikes take the level they imitate, see :data:`labels.CANONICAL_LEVEL`). A labelled
   paragraph that goes on after its first sentence is a *run-in* heading: the first sentence
   is its title.
2. A paragraph whose style is a heading style (style name 「heading N」/「标题 N」, or an outline
   level) is a heading even without a number.
3. An unnumbered, heading-shaped paragraph (short, no sentence punctuation, followed by more
   text) becomes a heading only where the numbering proves one is missing (below).

How structural levels are resolved
----------------------------------
Levels start from the nominal ones; sections nest by level (a heading closes every open
section at its level or deeper). Then, from the top level down:

* **Mixed style.** When the siblings at level *k* under one parent start above 1 or have a
  gap, and headings of another scheme sit in that parent exactly where the missing numbers
  belong, with exactly those values in order, those headings are level *k* (「1、」 beside
  「二、」「三、」; 「（1）」「（2）」 beside 「（三）」). To avoid adopting an ordinary deeper list,
  the adopted headings must either open the parent (the gap is at its start and the first of
  them is the first numbered heading there) or be the only headings of their scheme in the
  whole document.

Then, from the deepest level up:

* **Lost numbers.** A heading-shaped unnumbered paragraph (or a heading-styled unnumbered one)
  standing in the gap of a numbered sequence takes the missing number's level and number
  (``lost_number``), when the candidates in the gap are exactly as many as the missing
  numbers — or, failing that, when exactly that many of them are followed by a restart of the
  deeper numbering 「（一）」 (corroboration).
* **Unnumbered parts.** A deeper sequence that restarts at 1 right after a heading-shaped
  paragraph, with no gap to explain, gets that paragraph as an unnumbered heading one level up.

Chapter labels (「第一部分」「第一章」) are level 1, or level 0 when the document also numbers
「一、」 headings (which then sit inside the parts).

Skipped levels (「一、」 then 「1.」) are legal and kept. A heading deeper than any heading
above it stays at its nominal level (「（一）」 directly under the title): the H checks report it.

Never headings: table cells and text boxes, table-of-contents lines (style 「toc N」 or a
dot leader and page number), web-page furniture («分享到», «来源：…»), and the title.

Title, opening, year, annexes
-----------------------------
The title is the first line naming a report (「报告」) among the first blocks, after web-page
furniture; a .docx title is a centred, large (≥18 pt) or Title-styled paragraph. A title
broken over two lines is joined without a separator. The opening is the first body paragraph
after it. The reporting year comes from the title, else from the opening (a year that ends
an outline's range, 「2021—2025年」, is not one). An annex («附件1», «名词解释») starts its own
numbering: its headings are in ``annexes``/``annex_headings``, outside ``root``.

Not headings either: rows of a table printed without ruling lines (a second label or a column
of figures on the line, and their short labelled neighbours); numbered list items — a restart
at 1 announced by 「：」, right under a heading of the same form, after bullet items, or in a
separate Word list (its own numId), and a list whose first item stands inline after 「：」 in the
paragraph before; decimal clause numbers («3.1», «7.3.4»). An unnumbered title of an appended
document («其他相关情况说明») followed by a restart at 「一、」 starts its own part, like an annex.

Profile keys (``[headings]`` table, all optional): ``max-heading-chars`` (40),
``title-search-blocks`` (20), ``max-title-chars`` (60), ``max-gap`` (10),
``appended-title-words`` (说明, 报告, 方案, 清单, 名词解释). The title words are
``[title] required``.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from ..grammar import HAN, HAN_RE, YEAR_DIGITS, YEAR_RE
from ..model import Block, BlockKind, Document
from ..profiles import Profile
from .debris import page_chrome
from .labels import (
    CANONICAL_LEVEL,
    HALF_WIDTH_OF,
    LabelMatch,
    format_label,
    parse_label,
    skip_debris,
)

SCHEMES: tuple[str, ...] = (*CANONICAL_LEVEL, "none")
MAX_LEVEL = 9

# Defaults of the profile keys read here (``profile.get("headings.<key>")``).
DEFAULT_MAX_HEADING_CHARS = 40  # an unnumbered heading is at most this long
DEFAULT_TITLE_SEARCH_BLOCKS = 20  # the title is among the first blocks (web pages: after menus)
DEFAULT_MAX_TITLE_CHARS = 60
DEFAULT_MAX_GAP = 10  # a larger jump in numbering is not resolved as missing headings
# an unnumbered line ending in one of these, followed by a restart at 「一、」, titles an appended
# document («其他相关情况说明», «XX项目实施方案»)
_DEFAULT_APPENDED_TITLE_WORDS = ("说明", "报告", "方案", "清单", "名词解释")

_SPACE = " \t\u3000\u00a0"
_SENTENCE_END = "。！？!?"
_SENTENCE_END_RE = re.compile(f"[{_SENTENCE_END}]")
_NOT_HEADING_END = "。；;！!？?，,、：:…"
_CJK_RE = HAN_RE
_CN_YEAR_RE = re.compile(r"([〇零一二三四五六七八九]{4})\s*年")
_DATE_RE = re.compile(
    r"^(?:\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|\d{4}[-./]\d{1,2}[-./]\d{1,2}.*)$"
)
# A line that is a dated record or a labelled field, never part of a title: a full date
# (「2026年01月21日」「2025-01-21」) or 「发文时间：」「索引号：」「来源：」 (the label is short).
_FULL_DATE_RE = re.compile(r"\d{4}\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*\d{1,2}")
_FIELD_RE = re.compile(rf"^[{HAN}]{{2,6}}\s*[:：]")
# An annex starts: «附件», «附件1», «附件2 名词解释», «附：», «名词解释».
_ANNEX_RE = re.compile(
    r"^(?:(?:附件|附表|附录)\s*[0-9０-９一二三四五六七八九十]{0,3}(?:$|[\s:：、．.].{0,30}$)"
    r"|附\s*[:：].{0,30}$|名词解释\s*$)"
)
# A table-of-contents line: «一、总体情况……1», «第1章 绪论\t3».
_TOC_LINE_RE = re.compile(r"(?:[.．…·。]{3,}|\t)\s*[0-9０-９ivxIVX]+\s*$|[.．…·]{4,}\s*$")
_TOC_STYLE_RE = re.compile(r"^\s*(?:toc|目录)\s*\d*\s*$", re.IGNORECASE)
_CONTINUED_RE = re.compile(r"^([0-9]{1,2})\s?([.．])(?=[0-9]+[^0-9.．\s])")
_HEADING_STYLE_RE = re.compile(r"^\s*(?:heading|标题)\s*([1-9])\s*$", re.IGNORECASE)
_TITLE_STYLE_RE = re.compile(r"^\s*(?:title|标题)\s*$", re.IGNORECASE)


# The resolution passes below each repeat one repair (a mixed-up level, a lost number, an
# unnumbered part) until nothing changes. A report needs a handful; a hostile file of
# thousands of headings would repeat them thousands of times over thousands of headings.
MAX_REPAIRS = 64

# -- public model ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Heading:
    """A heading paragraph (or the first sentence of a run-in paragraph).

    ``level`` is the structural level after resolving mixed styles and lost numbers
    (1 = top); ``nominal_level`` the level implied by the label's form alone (None when
    unnumbered). For a heading that lost its number, ``number`` is the number its position
    implies and ``expected_label`` the label it should carry.
    """

    block: Block
    level: int
    nominal_level: int | None
    scheme: str
    label: str
    label_span: tuple[int, int]
    number: int | None
    title: str
    title_span: tuple[int, int]
    run_in: bool
    automatic: bool
    inferred: bool
    style_level: int | None = None  # level named by the paragraph style / outline level
    mixed: bool = False  # level taken from its siblings (mixed style), not from its form
    lost_number: bool = False  # unnumbered, standing where a number is missing
    expected_label: str | None = None  # the label a lost-number heading should carry

    @property
    def numbered(self) -> bool:
        """True when the paragraph carries a numbering label."""
        return self.nominal_level is not None

    @property
    def index(self) -> int:
        return self.block.index


@dataclass(eq=False)
class Section:
    """A heading and everything up to the next heading at its level or shallower.

    ``start``/``end`` are block indices ``[start, end)``: the heading's block up to the
    block before the next same-or-shallower heading. The root (``heading`` None, level 0)
    spans the document after the title.
    """

    heading: Heading | None
    level: int
    start: int
    end: int
    children: list[Section] = field(default_factory=list)
    parent: Section | None = field(default=None, repr=False)

    def blocks(self, document: Document) -> list[Block]:
        return document.blocks[self.start : self.end]

    def body_text(self, document: Document) -> str:
        """The text of the section's blocks (its heading included), joined with newlines."""
        return "\n".join(b.text for b in self.blocks(document))

    def walk(self) -> Iterator[Section]:
        """This section and all its descendants, in document order (preorder, self first)."""
        yield self
        for child in self.children:
            yield from child.walk()

    def contains(self, block_index: int) -> bool:
        return self.start <= block_index < self.end


@dataclass
class Outline:
    """Title, year, opening, headings and the section tree of one document."""

    title_blocks: list[Block]
    title_text: str | None
    opening: Block | None
    report_year: int | None
    headings: list[Heading]
    root: Section
    # annexes («附件1 …», «名词解释») after the body: their own numbering, outside ``root``
    annexes: list[Section] = field(default_factory=list)
    annex_headings: list[Heading] = field(default_factory=list)
    # where the report year was read: title | opening | heading | date (None: no year found)
    year_source: str | None = None
    _by_block: dict[int, Heading] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._by_block = {h.block.index: h for h in (*self.headings, *self.annex_headings)}

    def level(self, n: int) -> list[Section]:
        """All sections whose heading is at structural level ``n``, in document order."""
        return [s for s in self.root.walk() if s.heading is not None and s.level == n]

    def top_sections(self) -> list[Section]:
        return list(self.root.children)

    def heading_for(self, block_index: int) -> Heading | None:
        return self._by_block.get(block_index)

    def section_of(self, block_index: int) -> Section:
        """The innermost section containing the block (the root for title and chrome).

        A block in an annex gets the annex's root or one of its sections.
        """
        section = self.root
        for annex in self.annexes:
            if annex.contains(block_index):
                section = annex
        while True:
            for child in section.children:
                if child.contains(block_index):
                    section = child
                    break
            else:
                return section

    def sections(self) -> list[Section]:
        """Every section with a heading in the body, in document order."""
        return [s for s in self.root.walk() if s.heading is not None]

    def roots(self) -> list[Section]:
        """The body's root followed by the root of each annex."""
        return [self.root, *self.annexes]

    def all_headings(self) -> list[Heading]:
        """Headings of the body and of the annexes, in document order."""
        return [*self.headings, *self.annex_headings]


def build_outline(document: Document, profile: Profile) -> Outline:
    """The document's outline, computed afresh: :func:`fazhi_lint.analysis.views.outline_of`
    computes it once per document."""
    _label_at.cache_clear()  # kept for one document's outline (each text is read 3 times)
    try:
        return _build(document, profile)
    finally:
        _label_at.cache_clear()


@lru_cache(maxsize=1024)
def _label_at(text: str, pos: int = 0) -> LabelMatch | None:
    """:func:`parse_label` (a pure function of the text), once per text while one outline is
    built."""
    return parse_label(text, pos)


# -- building -------------------------------------------------------------------------------


@dataclass
class _Item:
    """A heading (or heading candidate) while levels are being resolved."""

    block: Block
    level: int
    nominal: int | None
    scheme: str
    number: int | None
    label: str
    label_span: tuple[int, int]
    title_span: tuple[int, int]
    run_in: bool
    automatic: bool
    style_level: int | None
    inferred: bool = False
    mixed: bool = False
    lost: bool = False
    expected_label: str | None = None
    next_index: int | None = None  # the next paragraph's block index (candidates)

    @property
    def pos(self) -> int:
        return self.block.index

    def freeze(self) -> Heading:
        s, e = self.title_span
        return Heading(
            block=self.block,
            level=self.level,
            nominal_level=self.nominal,
            scheme=self.scheme,
            label=self.label,
            label_span=self.label_span,
            number=self.number,
            title=self.block.text[s:e],
            title_span=self.title_span,
            run_in=self.run_in,
            automatic=self.automatic,
            inferred=self.inferred,
            style_level=self.style_level,
            mixed=self.mixed,
            lost_number=self.lost,
            expected_label=self.expected_label,
        )


@dataclass
class _Settings:
    """The profile's settings of the outline."""

    max_heading_chars: int
    title_search_blocks: int
    max_title_chars: int
    max_gap: int
    title_words: tuple[str, ...] = ("法治政府建设", "报告")
    appended_title_words: tuple[str, ...] = _DEFAULT_APPENDED_TITLE_WORDS


def _settings(profile: Profile) -> _Settings:
    def num(key: str, default: int) -> int:
        value = profile.get(f"headings.{key}", default)
        return (
            int(value)
            if isinstance(value, (int, float)) and not isinstance(value, bool)
            else default
        )

    return _Settings(
        max_heading_chars=num("max-heading-chars", DEFAULT_MAX_HEADING_CHARS),
        title_search_blocks=num("title-search-blocks", DEFAULT_TITLE_SEARCH_BLOCKS),
        max_title_chars=num("max-title-chars", DEFAULT_MAX_TITLE_CHARS),
        max_gap=num("max-gap", DEFAULT_MAX_GAP),
        title_words=tuple(str(w) for w in profile.get("title.required", []) or ())
        or ("法治政府建设", "报告"),
        appended_title_words=tuple(
            str(w) for w in profile.get("headings.appended-title-words", []) or ()
        )
        or _DEFAULT_APPENDED_TITLE_WORDS,
    )


def _build(document: Document, profile: Profile) -> Outline:
    settings = _settings(profile)
    blocks = document.blocks
    title_blocks = _find_title(blocks, settings)
    title_text = "".join(b.text.strip(_SPACE) for b in title_blocks) or None
    body_start = title_blocks[-1].index + 1 if title_blocks else 0
    skip = {b.index for b in title_blocks}
    paragraphs = [b for b in blocks if b.kind == BlockKind.PARAGRAPH]
    following: dict[int, Block | None] = {}
    preceding: dict[int, Block | None] = {}
    for i, block in enumerate(paragraphs):
        following[block.index] = paragraphs[i + 1] if i + 1 < len(paragraphs) else None
        preceding[block.index] = paragraphs[i - 1] if i > 0 else None

    # the body, then each annex («附件1», «名词解释»): numbering restarts in an annex
    bounds = [body_start]
    seen_label = False
    top_seen = 0  # the highest 「一、」-level number since the last bound
    for i, block in enumerate(paragraphs):
        if block.index < body_start or block.index in skip:
            continue
        found = _label_at(block.text)
        if _ANNEX_RE.match(_strip(block.text)) and seen_label:
            bounds.append(block.index)
            top_seen = 0
        elif (
            top_seen > 1
            and found is None
            and _appended_title(block, paragraphs[i + 1 : i + 4], settings)
        ):
            bounds.append(block.index)  # «…情况说明» with its own 「一、」: an appended document
            top_seen = 0
        elif found is not None:
            seen_label = True
            if found.nominal_level == 1 and found.scheme != "chapter":
                top_seen = max(top_seen, found.number)
    bounds.append(len(blocks))

    opening: Block | None = None
    parts: list[tuple[list[Heading], Section]] = []
    for part, (start, end) in enumerate(pairwise(bounds)):
        items: list[_Item] = []
        candidates: list[_Item] = []
        for block in blocks[start:end]:
            if block.index in skip or block.kind != BlockKind.PARAGRAPH:
                continue
            if _is_chrome(block.text) or is_toc_entry(block):
                continue
            if _CLAUSE_RE.match(_strip(block.text)):
                continue  # «1.4.1 图片»: clause numbering, not the GB/T 9704 hierarchy
            if part > 0 and block.index == start:
                continue  # the annex marker itself
            item = _heading_item(block) or _continued_label(block, items)
            if item is not None:
                items.append(item)
                continue
            if (
                part == 0
                and opening is None
                and not items
                and _is_body_paragraph(block.text, settings)
            ):
                opening = block
                continue
            nxt = following.get(block.index)
            if nxt is not None and _heading_shaped(block.text, settings):
                candidate = _unnumbered_item(block, level=0, style_level=None, inferred=True)
                candidate.next_index = nxt.index
                candidates.append(candidate)
        items = _drop_table_rows(
            items, [b for b in blocks[start:end] if b.kind == BlockKind.PARAGRAPH]
        )
        items = _drop_clause_chapters(
            items, [b for b in blocks[start:end] if b.kind == BlockKind.PARAGRAPH]
        )
        items = _drop_lists(items, preceding)
        _chapters_above_level_one(items)
        _resolve_mixed(items, settings)
        _resolve_lost(items, candidates, settings)
        _resolve_unnumbered_parts(items, candidates)
        frozen = [item.freeze() for item in items]
        parts.append((frozen, _section_tree(frozen, start, end)))

    headings, root = parts[0]
    year, year_source = _report_year(title_text, opening)
    if year is None:
        year, year_source = _year_from_headings(headings, profile)
    if year is None:
        year, year_source = _year_from_date(blocks, bounds[1] if len(bounds) > 2 else len(blocks))
    return Outline(
        title_blocks=title_blocks,
        title_text=title_text,
        opening=opening,
        report_year=year,
        year_source=year_source,
        headings=headings,
        root=root,
        annexes=[tree for _, tree in parts[1:]],
        annex_headings=[h for hs, _ in parts[1:] for h in hs],
    )


# -- title, opening, year -----------------------------------------------------------------------


def _strip(text: str) -> str:
    return text[skip_debris(text) :].strip(_SPACE)


def _is_chrome(text: str) -> bool:
    """Web-page furniture and metadata lines (the word list is debris.toml's, see T002)."""
    t = text.strip(_SPACE)
    if len(t) > 80:
        return False
    if not _CJK_RE.search(t) and len(t) <= 3:
        return True  # «X», «>>», a lone page number
    return page_chrome(t)


def is_furniture(text: str) -> bool:
    """A web-page chrome line or a metadata record (「发文时间：2026年01月21日」「索引号：…」)."""
    t = _strip(text)
    return _is_chrome(t) or (
        len(t) <= 80 and _FIELD_RE.match(t) is not None and _FULL_DATE_RE.search(t) is not None
    )


def _metadata(text: str) -> bool:
    """A dated record or a labelled field: never (part of) the title."""
    return _FULL_DATE_RE.search(text) is not None or _FIELD_RE.match(text) is not None


def _unpunctuated(text: str) -> bool:
    t = text.rstrip(_SPACE)
    return bool(t) and t[-1] not in _NOT_HEADING_END and "。" not in t


def _title_like(block: Block, settings: _Settings) -> bool:
    t = _strip(block.text)
    return (
        block.kind == BlockKind.PARAGRAPH
        and 4 <= len(t) <= settings.max_title_chars
        and "报告" in t
        and _unpunctuated(t)
        and _label_at(t) is None
        and not _is_chrome(t)
        and not _metadata(t)
    )


def _title_fragment(block: Block, settings: _Settings) -> bool:
    """A short line that can be the first half of a title broken over two lines."""
    t = _strip(block.text)
    return (
        block.kind == BlockKind.PARAGRAPH
        and 2 <= len(t) <= settings.max_title_chars
        and _CJK_RE.search(t) is not None
        and _unpunctuated(t)
        and _label_at(t) is None
        and not _is_chrome(t)
        and not _DATE_RE.match(t)
        and not _metadata(t)
    )


def _styled_title(block: Block) -> bool:
    style = block.style
    if style.style_name and _TITLE_STYLE_RE.match(style.style_name):
        return True
    return style.alignment == "center" and (style.size_pt or 0) >= 18


def _find_title(blocks: list[Block], settings: _Settings) -> list[Block]:
    """The block(s) of the title: before the first heading, within the first few blocks."""
    window: list[Block] = []
    for block in blocks:
        if block.kind != BlockKind.PARAGRAPH:
            continue
        if len(window) >= settings.title_search_blocks or _label_at(block.text) is not None:
            break
        window.append(block)
    # .docx: centred, large (or Title-styled) paragraphs; a title may continue on the next line
    styled: list[list[Block]] = []
    for block in window:
        if not (_styled_title(block) and _title_fragment(block, settings)):
            continue
        if styled and _adjacent(styled[-1][-1], block) and len(styled[-1]) < 3:
            styled[-1].append(block)
        else:
            styled.append([block])
    # a line that names a report (contains 报告), maybe with its first half on the line before;
    # on a web page a menu item («法治政府建设年度报告») may come first. The title is the line
    # that carries the profile's title words (法治政府建设 + 报告); then prefer a line with a
    # year, then a heading-styled one (<h1>). A .docx title is a centred, large one.
    found: list[list[Block]] = [run for run in styled if any("报告" in b.text for b in run)]
    styled_runs = len(found)
    for i, block in enumerate(window):
        if not _title_like(block, settings):
            continue
        if i > 0 and _adjacent(window[i - 1], block) and _joins(window[i - 1], block, settings):
            found.append([window[i - 1], block])
        else:
            found.append([block])
    if found:

        def score(k: int) -> tuple[bool, bool, bool, bool]:
            run = found[k]
            text = re.sub(r"\s+", "", "".join(b.text for b in run))
            named = all(word in text for word in settings.title_words)
            dated = YEAR_RE.search(text) is not None or _CN_YEAR_RE.search(text) is not None
            styled_run = k < styled_runs
            return (
                named,
                styled_run,
                dated,
                _style_level(run[-1]) is not None or _styled_title(run[-1]),
            )

        best = max(score(k) for k in range(len(found)))
        return next(found[k] for k in range(len(found)) if score(k) == best)
    if styled:
        return styled[0]
    # no line names a report: the first short unpunctuated line that looks like a title
    for block in window[:3]:
        t = _strip(block.text)
        if _is_chrome(t):
            continue
        if (
            _title_fragment(block, settings)
            and _style_level(block) is None  # a heading-styled line is a heading
            and re.search(r"法治|年度|\d{4}年|情况|总结", t)
        ):
            return [block]
        break
    return []


def _adjacent(a: Block, b: Block) -> bool:
    if a.location.line is not None and b.location.line is not None:
        return b.location.line - a.location.line <= 2  # one blank line at most
    return b.index == a.index + 1


def _joins(first: Block, second: Block, settings: _Settings) -> bool:
    """Whether ``first`` is the first half of the title ending in ``second``."""
    a, b = _strip(first.text), _strip(second.text)
    if not _title_fragment(first, settings) or "报告" in a:
        return False
    if len(a) + len(b) > settings.max_title_chars + 10:
        return False
    return (
        len(b) <= 10
        or b.startswith(("关于", "情况", "政府", "建设", "工作"))
        or re.search(r"\d{4}|法治|年度|人民政府|司法局|委员会", a) is not None
    )


def _is_body_paragraph(text: str, settings: _Settings) -> bool:
    t = _strip(text)
    if _label_at(t) is not None or _is_chrome(t):
        return False
    return len(t) > settings.max_heading_chars or any(ch in t for ch in "，。；,;")


def _year_of(text: str) -> int | None:
    match = YEAR_RE.search(text)
    if match:
        return int(match.group(1))
    cn = _CN_YEAR_RE.search(text)
    if cn:
        digits = "".join(
            str("〇一二三四五六七八九".find(c) if c != "零" else 0) for c in cn.group(1)
        )
        year = int(digits)
        if 1900 <= year < 2100:
            return year
    return None


def _report_year(title: str | None, opening: Block | None) -> tuple[int | None, str | None]:
    """The year named by the title, else by the opening sentence, and which of them said it."""
    for text, source in (
        (title, "title"),
        (opening.text if opening is not None else None, "opening"),
    ):
        if not text:
            continue
        year = _year_of(text)
        if year is not None:
            return year, source
    return None, None


def _year_from_headings(headings: list[Heading], profile: Profile) -> tuple[int | None, str | None]:
    """The year a top-level heading of the results or shortcomings names («一、2024年工作情况»).

    Which heading is which comes from the profile's sections (year = "report"); a heading of
    the plan names the next year and is not used.
    """
    from .section_specs import classify, specs_from

    specs = specs_from(profile)
    top = min((h.level for h in headings), default=0)
    for heading in headings:
        if heading.level != top:
            continue
        key = classify(specs, heading.title, None)
        if key is None or specs[key].year != "report":
            continue
        year = _year_of(heading.title)
        if year is not None:
            return year, "heading"
    return None, None


# The date a report is signed (成文日期) is in the first months of the following year; a date in
# the last two months is a report on the year that ends.
_SIGNED_LAST_MONTHS = 11
_SIGNED_FIRST_MONTHS = 6
_SIGNED_DATE_RE = re.compile(rf"^({YEAR_DIGITS})\s*年\s*(\d{{1,2}})\s*月(?:\s*\d{{1,2}}\s*日)?$")
_SIGNATURE_BLOCKS = 6  # the date is among the last paragraphs of the body


def _year_from_date(blocks: list[Block], end: int) -> tuple[int | None, str | None]:
    """The report year implied by the 成文日期 that closes the body («2025年1月20日» → 2024)."""
    body = [b for b in blocks[:end] if b.kind == BlockKind.PARAGRAPH and _strip(b.text)]
    for block in reversed(body[-_SIGNATURE_BLOCKS:]):
        match = _SIGNED_DATE_RE.match(_strip(block.text))
        if not match:
            continue
        year, month = int(match.group(1)), int(match.group(2))
        if 1 <= month <= _SIGNED_FIRST_MONTHS:
            return year - 1, "date"
        if _SIGNED_LAST_MONTHS <= month <= 12:
            return year, "date"
        return None, None
    return None, None


# -- headings -------------------------------------------------------------------------------


def _style_level(block: Block) -> int | None:
    style = block.style
    if style.style_name:
        match = _HEADING_STYLE_RE.match(style.style_name)
        if match:
            return int(match.group(1))
    if style.outline_level is not None and 0 <= style.outline_level < MAX_LEVEL:
        return style.outline_level + 1
    return None


def _label_of(block: Block) -> tuple[LabelMatch | None, bool]:
    """The block's label and whether it comes from automatic numbering."""
    if block.label is not None and block.label.text.strip(_SPACE):
        lab = block.label
        start = block.text.find(lab.text) if not block.text.startswith(lab.text) else 0
        if start >= 0 and start <= 2:
            found = _label_at(block.text, start)
            if found is not None and found.start <= start + 1:
                return found, lab.automatic
        found = _label_at(lab.text)
        if found is not None:
            # rendered label not found in the text: describe it, pointing at the text start
            return (
                LabelMatch(found.scheme, found.number, found.text, 0, 0, skip_debris(block.text)),
                lab.automatic,
            )
    return _label_at(block.text), False


def _title_span(text: str, start: int) -> tuple[tuple[int, int], bool]:
    """Title range from ``start`` and whether the paragraph runs on after it (run-in)."""
    end = len(text.rstrip(_SPACE))
    stop = _SENTENCE_END_RE.search(text, start, end)
    if stop is not None:
        i = stop.start()
        rest = text[i + 1 : end].strip(_SPACE + "”’）)")
        if rest:
            return (start, i), True
        end = i
    while end > start and text[end - 1] in _SPACE + "。：:":
        end -= 1
    return (start, end), False


def _heading_item(block: Block) -> _Item | None:
    style_level = _style_level(block)
    found, automatic = _label_of(block)
    if found is not None:
        span, run_in = _title_span(block.text, found.body_start)
        return _Item(
            block=block,
            level=found.nominal_level,
            nominal=found.nominal_level,
            scheme=found.scheme,
            number=found.number,
            label=found.text,
            label_span=(found.start, found.end),
            title_span=span,
            run_in=run_in,
            automatic=automatic,
            style_level=style_level,
        )
    if style_level is not None and _strip(block.text):
        return _unnumbered_item(block, style_level, style_level, inferred=False)
    return None


def _unnumbered_item(block: Block, level: int, style_level: int | None, inferred: bool) -> _Item:
    start = skip_debris(block.text)
    span, run_in = _title_span(block.text, start)
    return _Item(
        block=block,
        level=level,
        nominal=None,
        scheme="none",
        number=None,
        label="",
        label_span=(start, start),
        title_span=span,
        run_in=run_in,
        automatic=False,
        style_level=style_level,
        inferred=inferred,
    )


def is_toc_entry(block: Block) -> bool:
    """A table-of-contents line: style 「toc N」, or a dot leader (and page number) at the end."""
    name = block.style.style_name
    if name and _TOC_STYLE_RE.match(name):
        return True
    return len(block.text) <= 120 and _TOC_LINE_RE.search(block.text) is not None


def _continued_label(block: Block, items: list[_Item]) -> _Item | None:
    """「3．10种有色金属」 between 「2.」 and 「4.」: a label followed by a number.

    A label 「1.」 followed by a digit is normally a decimal («1.14万件»); it is taken as a
    label only when the heading before it is the previous number of the same form.
    """
    start = skip_debris(block.text)
    match = _CONTINUED_RE.match(block.text, start)
    if not match or not items:
        return None
    previous = items[-1]
    number = int(match.group(1))
    if previous.scheme not in ("ar-dot", "ar-fullwidth-dot") or previous.number != number - 1:
        return None
    scheme = "ar-dot" if match.group(2) == "." else "ar-fullwidth-dot"
    label_end = match.end()
    span, run_in = _title_span(block.text, label_end)
    level = CANONICAL_LEVEL[scheme]
    return _Item(
        block=block,
        level=level,
        nominal=level,
        scheme=scheme,
        number=number,
        label=block.text[match.start() : label_end],
        label_span=(match.start(), label_end),
        title_span=span,
        run_in=run_in,
        automatic=False,
        style_level=_style_level(block),
    )


def _heading_shaped(text: str, settings: _Settings) -> bool:
    """Short, no sentence punctuation, Chinese text: may be a heading that lost its number."""
    t = _strip(text)
    return (
        2 <= len(t) <= settings.max_heading_chars
        and _CJK_RE.search(t) is not None
        and _unpunctuated(t)
        and "；" not in t
        and not _DATE_RE.match(t)
        and not _is_chrome(t)
    )


# -- labelled lines that are not headings ------------------------------------------------------

# A table row printed without ruling lines: a second label after a gap («十一、城乡社区支出
# 3845.25 十二、农林水支出») or a column of figures («二、事业收入  1200.00»).
_ROW_SECOND_LABEL_RE = re.compile(
    r"\s(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）|[0-9]{1,2}[.．、](?![0-9]))"
)
_ROW_FIGURE_RE = re.compile(r"(?:^|\s)[0-9][0-9,]*(?:\.[0-9]+)?(?=\s|$)")
_ROW_MAX_CHARS = 30  # a labelled neighbour cell: short, like «十三、交通运输支出»
_ROW_FRAGMENT_CHARS = 4  # the end of a wrapped cell on a line of its own: «款»「支出」
_LIST_BULLETS = "•◦▪▫●○■□◆◇·-*–—"


def _strong_row(text: str) -> bool:
    """A line of a table: a second label after a gap, or a column of figures, no sentence."""
    found = _label_at(text)
    rest = text[found.end :] if found is not None else text
    if _SENTENCE_END_RE.search(rest) or "，" in rest:
        return False
    figures = len(_ROW_FIGURE_RE.findall(rest))
    if found is None:
        return figures >= 2  # «总计 2,961.68 总计 2,961.68»
    return bool(_ROW_SECOND_LABEL_RE.search(rest)) or figures >= 1


def _weak_row(block: Block, item: _Item | None) -> bool:
    """A short cell line next to a row: «十三、交通运输支出», or a wrapped cell's end «支出»."""
    t = _strip(block.text)
    if not t or not _unpunctuated(t):
        return False
    if item is not None:
        rest = _strip(block.text[item.label_span[1] :])
        return len(rest) <= _ROW_MAX_CHARS
    return len(t) <= _ROW_FRAGMENT_CHARS


def _drop_table_rows(items: list[_Item], part: list[Block]) -> list[_Item]:
    """Rows of a table printed without ruling lines are not headings.

    A row is a line with a second label after a gap or a column of figures; the short cell
    lines next to it (labelled ones whose figures are empty, and the ends of wrapped cells)
    belong to the same table.
    """
    at = {item.pos: item for item in items}
    strong = [_strong_row(b.text) for b in part]
    if not any(strong):
        return items
    rows: set[int] = set()
    for k, is_row in enumerate(strong):
        if not is_row:
            continue
        rows.add(k)
        for step in (1, -1):
            j = k + step
            while 0 <= j < len(part) and j not in rows:
                if not (strong[j] or _weak_row(part[j], at.get(part[j].index))):
                    break
                rows.add(j)
                j += step
    dropped = {part[k].index for k in rows}
    return [item for item in items if item.pos not in dropped]


_CLAUSE_RE = re.compile(
    r"^([0-9]{1,2})\s?[.．]\s?[0-9]{1,2}(?:[.．][0-9]{1,2})*[.．]?(?=[\s\u3000]|$)"
)


def _drop_clause_chapters(items: list[_Item], part: list[Block]) -> list[_Item]:
    """«2.» that opens «2.1» «2.2»: a chapter of clause numbering, not a 「1.」 heading.

    Clause numbers («3.1», «7.3.4», «3. 1») are not the GB/T 9704 hierarchy; the outline never
    takes them for labels, nor the chapter numbers they continue.
    """
    chapters: set[int] = set()
    clause_lists: set[str] = set()  # Word lists whose deeper levels print «1.1.»
    for block in part:
        match = _CLAUSE_RE.match(_strip(block.text))
        if not match:
            continue
        if block.label is not None and block.label.automatic and block.label.num_id:
            clause_lists.add(block.label.num_id)
        else:
            chapters.add(int(match.group(1)))
    if not chapters and not clause_lists:
        return items

    def chapter(item: _Item) -> bool:
        if item.scheme not in ("ar-dot", "ar-fullwidth-dot"):
            return False
        label = item.block.label
        if item.automatic and label is not None:
            return label.num_id in clause_lists
        return item.number in chapters

    return [item for item in items if not chapter(item)]


def _list_cue(restart: _Item, before: _Item, preceding: dict[int, Block | None]) -> bool:
    """Whether a restart at 1 under one parent begins a list rather than repeating a heading.

    A list is announced by a paragraph ending in 「：」 («具体包括：»), opens right under a
    heading of its own form («1. 列表缩进» followed by «1.» «2.»), follows another list's
    items (a bullet line), or is a separate Word list (its own numId).
    """
    if restart.automatic and before.automatic:
        a, b = restart.block.label, before.block.label
        if a is not None and b is not None and a.num_id != b.num_id:
            return True
    prev = preceding.get(restart.pos)
    if prev is None:
        return False
    text = _strip(prev.text).rstrip(_SPACE)
    if prev.index == before.pos:
        return True  # right under the heading it would repeat: a list in its body
    return text.endswith(("：", ":")) or text.startswith(tuple(_LIST_BULLETS))


def _inline_first(item: _Item, preceding: dict[int, Block | None]) -> bool:
    """«具体包括： 1. 本部» then «2. 法律援助中心»: the list began inside the paragraph before."""
    if item.number is None or item.number < 2:
        return False
    prev = preceding.get(item.pos)
    if prev is None:
        return False
    label = format_label(item.scheme, item.number - 1)
    return re.search(rf"[：:；;]\s*{re.escape(label)}", prev.text) is not None


def _drop_lists(items: list[_Item], preceding: dict[int, Block | None]) -> list[_Item]:
    """Numbered list items are not the heading hierarchy (see :func:`_list_cue`).

    One pass: sections nest by level (a stack), and each (parent, level, form) remembers its
    last heading; a list found there runs on while its numbers do.
    """
    kept: list[_Item] = []
    stack: list[_Item] = []
    last: dict[tuple[int, int, str], _Item] = {}
    dropping: tuple[int, str, int] | None = None  # the list's level, form, next number
    for item in items:
        if dropping is not None:
            level, scheme, expected = dropping
            if item.level < level:
                dropping = None
            elif item.level == level and item.scheme == scheme:
                if item.number == expected:
                    dropping = (level, scheme, expected + 1)
                    continue
                dropping = None
        while stack and stack[-1].level >= item.level:
            stack.pop()
        key = (id(stack[-1]) if stack else -1, item.level, item.scheme)
        before = last.get(key)
        number = item.number
        previous = before.number if before is not None else None
        if (
            number is not None
            and before is not None
            and previous is not None
            and number <= previous
        ):
            if number == 1 and _list_cue(item, before, preceding):
                dropping = (item.level, item.scheme, 2)
                continue
        elif number is not None and previous != number - 1 and _inline_first(item, preceding):
            dropping = (item.level, item.scheme, number + 1)
            continue
        last[key] = item
        stack.append(item)
        kept.append(item)
    return kept


def _appended_title(block: Block, after: list[Block], settings: _Settings) -> bool:
    """An unnumbered title of an appended document («其他相关情况说明») that restarts at 「一、」."""
    t = _strip(block.text)
    if not (
        4 <= len(t) <= settings.max_title_chars
        and _unpunctuated(t)
        and not _is_chrome(t)
        and t.endswith(settings.appended_title_words)
    ):
        return False
    for nxt in after[:3]:
        found = _label_at(nxt.text)
        if found is not None:
            return found.nominal_level == 1 and found.number == 1 and found.scheme != "chapter"
    return False


# -- level resolution ---------------------------------------------------------------------------


def _parents(items: list[_Item]) -> list[int]:
    """Index of each item's parent (-1 for the root) when sections nest by level."""
    parents: list[int] = []
    stack: list[int] = []
    for i, item in enumerate(items):
        while stack and items[stack[-1]].level >= item.level:
            stack.pop()
        parents.append(stack[-1] if stack else -1)
        stack.append(i)
    return parents


def _children(items: list[_Item]) -> tuple[list[int], dict[int, list[int]]]:
    parents = _parents(items)
    kids: dict[int, list[int]] = {}
    for i, p in enumerate(parents):
        kids.setdefault(p, []).append(i)
    return parents, kids


def runs(numbers: list[int]) -> list[list[int]]:
    """Split a sequence of positions into runs at restarts (a number not above its predecessor).

    ``numbers`` are the numbers in order; the result holds indices into it.
    """
    result: list[list[int]] = []
    for i, n in enumerate(numbers):
        if result and n > numbers[result[-1][-1]]:
            result[-1].append(i)
        else:
            result.append([i])
    return result


def _gaps(
    items: list[_Item], sibs: list[int], max_gap: int
) -> list[tuple[int | None, int, list[int]]]:
    """Missing numbers among numbered siblings: (previous sibling or None, next sibling, missing)."""
    numbers = [items[i].number or 0 for i in sibs]
    found: list[tuple[int | None, int, list[int]]] = []
    for r, run in enumerate(runs(numbers)):
        first = sibs[run[0]]
        if r == 0 and 1 < numbers[run[0]] <= max_gap + 1:
            found.append((None, first, list(range(1, numbers[run[0]]))))
        for a, b in pairwise(run):
            na, nb = numbers[a], numbers[b]
            if 1 < nb - na <= max_gap + 1:
                found.append((sibs[a], sibs[b], list(range(na + 1, nb))))
    return found


def _siblings(items: list[_Item], kids: dict[int, list[int]], parent: int, level: int) -> list[int]:
    return [
        i for i in kids.get(parent, []) if items[i].level == level and items[i].number is not None
    ]


def _chapters_above_level_one(items: list[_Item]) -> None:
    """「第一部分」 with 「一、」 inside it: the parts are level 0, above the 「一、」 headings."""
    if any(i.scheme == "chapter" for i in items) and any(
        i.nominal == 1 and i.scheme != "chapter" for i in items
    ):
        for item in items:
            if item.scheme == "chapter":
                item.level = item.nominal = 0


def _resolve_mixed(items: list[_Item], settings: _Settings) -> None:
    levels = sorted({i.level for i in items})
    for level in levels:
        for _ in range(min(len(items) + 1, MAX_REPAIRS)):
            if not _mixed_step(items, level, settings):
                break


def _mixed_step(items: list[_Item], level: int, settings: _Settings) -> bool:
    _, kids = _children(items)
    scheme_count = Counter(it.scheme for it in items)
    for parent in sorted(kids):
        sibs = _siblings(items, kids, parent, level)
        if not sibs:
            continue
        sib_schemes = {items[i].scheme for i in sibs}
        for lo, hi, missing in _gaps(items, sibs, settings.max_gap):
            region_start = lo if lo is not None else parent
            region = range(region_start + 1, hi)
            by_scheme: dict[str, list[int]] = {}
            for j in region:
                it = items[j]
                if it.number is None or it.mixed or it.level == level or it.scheme in sib_schemes:
                    continue
                by_scheme.setdefault(it.scheme, []).append(j)
            first_numbered = next((j for j in region if items[j].number is not None), None)
            options: list[list[int]] = []
            for scheme, chosen in by_scheme.items():
                if [items[j].number for j in chosen] != missing:
                    continue
                opens_parent = lo is None and chosen[0] == first_numbered
                only_ones = scheme_count[scheme] == len(chosen)  # no other item has it
                if opens_parent or only_ones:
                    options.append(chosen)
            if options:
                chosen = min(options, key=lambda js: js[0])
                for j in chosen:
                    items[j].level = level
                    items[j].mixed = True
                return True
    return False


def _insert(items: list[_Item], item: _Item) -> None:
    """Insert ``item`` keeping ``items`` in document order (the passes rely on it)."""
    items.insert(bisect.bisect_left(items, item.pos, key=lambda it: it.pos), item)


def _between(ordered: list[_Item], lo_pos: int, hi_pos: int) -> list[_Item]:
    """The items of ``ordered`` (in document order) strictly between two block positions."""
    start = bisect.bisect_right(ordered, lo_pos, key=lambda it: it.pos)
    end = bisect.bisect_left(ordered, hi_pos, lo=start, key=lambda it: it.pos)
    return ordered[start:end]


def _first_numbered(items: list[_Item], parents: list[int]) -> dict[tuple[int, int], int]:
    """For each (parent, level): the index of its first numbered item."""
    first: dict[tuple[int, int], int] = {}
    for j, it in enumerate(items):
        if it.number is not None:
            first.setdefault((parents[j], it.level), j)
    return first


def _restart_follows(
    candidate: _Item,
    items: list[_Item],
    parents: list[int],
    level: int,
    first: dict[tuple[int, int], int],
) -> bool:
    """The paragraph right after ``candidate`` restarts a deeper numbering at 1 in its parent."""
    nxt = bisect.bisect_right(items, candidate.pos, key=lambda it: it.pos)
    if nxt == len(items) or items[nxt].pos != candidate.next_index:
        return False
    it = items[nxt]
    if it.number != 1 or it.level <= level:
        return False
    return first.get((parents[nxt], it.level), nxt) < nxt


def _sibling_scheme(items: list[_Item], sibs: list[int]) -> str:
    schemes = [items[i].scheme for i in sibs if items[i].nominal == items[i].level]
    schemes = schemes or [items[i].scheme for i in sibs]
    best = max(set(schemes), key=lambda s: (schemes.count(s), s == _canonical(s)))
    return HALF_WIDTH_OF.get(best, best)


def _canonical(scheme: str) -> str:
    return HALF_WIDTH_OF.get(scheme, scheme)


def _resolve_lost(items: list[_Item], candidates: list[_Item], settings: _Settings) -> None:
    levels = sorted({i.level for i in items if i.number is not None}, reverse=True)
    for level in levels:
        for _ in range(min(len(candidates) + len(items) + 1, MAX_REPAIRS)):
            if not _lost_step(items, candidates, level, settings):
                break


def _lost_step(
    items: list[_Item], candidates: list[_Item], level: int, settings: _Settings
) -> bool:
    parents, kids = _children(items)
    first = _first_numbered(items, parents)
    for parent in sorted(kids):
        sibs = _siblings(items, kids, parent, level)
        if not sibs:
            continue
        for lo, hi, missing in _gaps(items, sibs, settings.max_gap):
            lo_pos = items[lo].pos if lo is not None else (items[parent].pos if parent >= 0 else -1)
            hi_pos = items[hi].pos
            pool = [c for c in _between(candidates, lo_pos, hi_pos) if c.level == 0]
            styled = [
                it
                for it in _between(items, lo_pos, hi_pos)
                if it.number is None and it.style_level is not None and it.level == level
            ]
            chosen: list[_Item] | None = None
            if styled and len(styled) == len(missing):
                chosen = styled
            elif len(pool) == len(missing):
                chosen = pool
            else:
                corroborated = [
                    c for c in pool if _restart_follows(c, items, parents, level, first)
                ]
                if len(corroborated) == len(missing):
                    chosen = corroborated
            if not chosen:
                continue
            scheme = _sibling_scheme(items, sibs)
            for item, number in zip(chosen, missing, strict=False):
                item.level = level
                item.number = number
                item.lost = True
                item.expected_label = format_label(scheme, number)
                if item not in items:
                    _insert(items, item)
            return True
    return False


def _resolve_unnumbered_parts(items: list[_Item], candidates: list[_Item]) -> None:
    """A restart at 「（一）」 right after a heading-shaped paragraph: that paragraph is a part."""
    for _ in range(min(len(candidates) + 1, MAX_REPAIRS)):
        _, kids = _children(items)
        changed = False
        for parent in sorted(kids):
            levels = sorted({items[i].level for i in kids[parent]})
            for level in levels:
                sibs = _siblings(items, kids, parent, level)
                numbers = [items[i].number or 0 for i in sibs]
                for run in runs(numbers)[1:]:
                    restart = items[sibs[run[0]]]
                    before = sibs[run[0] - 1]
                    # the heading right before the restart (items are in document order)
                    previous_pos = items[sibs[run[0]] - 1].pos
                    pool = [
                        c for c in _between(candidates, previous_pos, restart.pos) if c.level == 0
                    ]
                    new_level = items[parent].level if parent >= 0 else level - 1
                    if restart.number != 1 or len(pool) != 1 or new_level < 1:
                        continue
                    if pool[0].next_index != restart.pos:
                        continue
                    if items[before].pos > pool[0].pos:
                        continue
                    pool[0].level = new_level
                    _insert(items, pool[0])
                    changed = True
                    break
                if changed:
                    break
            if changed:
                break
        if not changed:
            return


# -- sections -------------------------------------------------------------------------------


def _section_tree(headings: list[Heading], start: int, end: int) -> Section:
    root = Section(heading=None, level=0, start=start, end=end)
    stack: list[Section] = [root]
    for heading in headings:
        while len(stack) > 1 and stack[-1].level >= heading.level:
            closed = stack.pop()
            closed.end = heading.block.index
        parent = stack[-1]
        section = Section(
            heading=heading, level=heading.level, start=heading.block.index, end=end, parent=parent
        )
        parent.children.append(section)
        stack.append(section)
    return root
