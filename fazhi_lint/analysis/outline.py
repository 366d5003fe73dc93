"""The outline of a report: title, reporting year, opening paragraph, headings and sections.

Computed once per document (``outline_of``) and cached in ``Document.cache["outline"]``.

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

Profile keys (``[headings]`` table, all optional): ``max-heading-chars`` (40),
``title-search-blocks`` (20), ``max-title-chars`` (60), ``max-gap`` (10).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import pairwise

from ..model import Block, BlockKind, Document
from ..profiles import Profile
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

_SPACE = " \t\u3000\u00a0"
_SENTENCE_END = "。！？!?"
_SENTENCE_END_RE = re.compile(f"[{_SENTENCE_END}]")
_NOT_HEADING_END = "。；;！!？?，,、：:…"
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")
# A standalone year (not an end of a range such as 2021—2025年).
YEAR_RE = re.compile(r"(?<![\d－—\-~～至到])((?:19|20)\d{2})\s*年(?!\s*[－—\-~～至到])")
_CN_YEAR_RE = re.compile(r"([〇零一二三四五六七八九]{4})\s*年")
_DATE_RE = re.compile(
    r"^(?:\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|\d{4}[-./]\d{1,2}[-./]\d{1,2}.*)$"
)
# Web-page furniture around a published copy («建议升级浏览器版本», «分享到», «来源：…»).
_CHROME_RE = re.compile(
    r"浏览器|分享到|今天是|来源\s*[:：]|发布时间|发布日期|发布机构|字号\s*[:：]|【\s*(?:打印|关闭|大|中|小)"
    r"|打印本页|关闭窗口|当前位置|首页\s*[>＞»]|浏览次数|阅读次数|访问量|点击[数量率]|扫一扫|索引号"
)
# An annex starts: «附件», «附件1», «附件2 名词解释», «附：», «名词解释».
_ANNEX_RE = re.compile(
    r"^(?:(?:附件|附表|附录)\s*[0-9０-９一二三四五六七八九十]{0,3}(?:$|[\s:：、．.].{0,30}$)"
    r"|附\s*[:：].{0,30}$|名词解释\s*$)"
)
# A table-of-contents line: «一、总体情况……1», «第1章 绪论\t3».
_TOC_LINE_RE = re.compile(r"(?:[.．…·。]{3,}|\t)\s*[0-9０-９ivxIVX]+\s*$")
_TOC_STYLE_RE = re.compile(r"^\s*(?:toc|目录)\s*\d*\s*$", re.IGNORECASE)
_CONTINUED_RE = re.compile(r"^([0-9]{1,2})\s?([.．])(?=[0-9])")
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


def outline_of(document: Document, profile: Profile) -> Outline:
    """The document's outline, computed on first use and cached in ``document.cache``."""
    cached = document.cache.get("outline")
    if isinstance(cached, Outline):
        return cached
    outline = _build(document, profile)
    document.cache["outline"] = outline
    return outline


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
    max_heading_chars: int
    title_search_blocks: int
    max_title_chars: int
    max_gap: int


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
    for i, block in enumerate(paragraphs):
        following[block.index] = paragraphs[i + 1] if i + 1 < len(paragraphs) else None

    # the body, then each annex («附件1», «名词解释»): numbering restarts in an annex
    bounds = [body_start]
    seen_label = False
    for block in paragraphs:
        if block.index < body_start or block.index in skip:
            continue
        if _ANNEX_RE.match(_strip(block.text)) and seen_label:
            bounds.append(block.index)
        elif not seen_label and parse_label(block.text) is not None:
            seen_label = True
    bounds.append(len(blocks))

    opening: Block | None = None
    parts: list[tuple[list[Heading], Section]] = []
    for part, (start, end) in enumerate(pairwise(bounds)):
        items: list[_Item] = []
        candidates: list[_Item] = []
        for block in blocks[start:end]:
            if block.index in skip or block.kind != BlockKind.PARAGRAPH:
                continue
            if _is_chrome(block.text) or _is_toc_entry(block):
                continue
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
        _chapters_above_level_one(items)
        _resolve_mixed(items, settings)
        _resolve_lost(items, candidates, settings)
        _resolve_unnumbered_parts(items, candidates)
        frozen = [item.freeze() for item in items]
        parts.append((frozen, _section_tree(frozen, start, end)))

    headings, root = parts[0]
    return Outline(
        title_blocks=title_blocks,
        title_text=title_text,
        opening=opening,
        report_year=_report_year(title_text, opening),
        headings=headings,
        root=root,
        annexes=[tree for _, tree in parts[1:]],
        annex_headings=[h for hs, _ in parts[1:] for h in hs],
    )


# -- title, opening, year -----------------------------------------------------------------------


def _strip(text: str) -> str:
    return text[skip_debris(text) :].strip(_SPACE)


def _is_chrome(text: str) -> bool:
    t = text.strip(_SPACE)
    if len(t) > 80:
        return False
    if not _CJK_RE.search(t) and len(t) <= 3:
        return True  # «X», «>>», a lone page number
    return bool(_CHROME_RE.search(t))


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
        and parse_label(t) is None
        and not _is_chrome(t)
    )


def _title_fragment(block: Block, settings: _Settings) -> bool:
    """A short line that can be the first half of a title broken over two lines."""
    t = _strip(block.text)
    return (
        block.kind == BlockKind.PARAGRAPH
        and 2 <= len(t) <= settings.max_title_chars
        and _CJK_RE.search(t) is not None
        and _unpunctuated(t)
        and parse_label(t) is None
        and not _is_chrome(t)
        and not _DATE_RE.match(t)
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
        if len(window) >= settings.title_search_blocks or parse_label(block.text) is not None:
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
    for run in styled:
        if any("报告" in b.text for b in run):
            return run
    # a line that names a report (contains 报告), maybe with its first half on the line before;
    # on a web page a menu item («法治政府建设年度报告») may come first: prefer a line with a
    # year, then a heading-styled one (<h1>)
    found: list[list[Block]] = []
    for i, block in enumerate(window):
        if not _title_like(block, settings):
            continue
        if i > 0 and _adjacent(window[i - 1], block) and _joins(window[i - 1], block, settings):
            found.append([window[i - 1], block])
        else:
            found.append([block])
    if found:

        def score(run: list[Block]) -> tuple[bool, bool]:
            text = "".join(b.text for b in run)
            dated = YEAR_RE.search(text) is not None or _CN_YEAR_RE.search(text) is not None
            return dated, _style_level(run[-1]) is not None or _styled_title(run[-1])

        best = max(score(run) for run in found)
        return next(run for run in found if score(run) == best)
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
    if parse_label(t) is not None or _is_chrome(t):
        return False
    return len(t) > settings.max_heading_chars or any(ch in t for ch in "，。；,;")


def _report_year(title: str | None, opening: Block | None) -> int | None:
    for text in (title, opening.text if opening is not None else None):
        if not text:
            continue
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
            found = parse_label(block.text, start)
            if found is not None and found.start <= start + 1:
                return found, lab.automatic
        found = parse_label(lab.text)
        if found is not None:
            # rendered label not found in the text: describe it, pointing at the text start
            return (
                LabelMatch(found.scheme, found.number, found.text, 0, 0, skip_debris(block.text)),
                lab.automatic,
            )
    return parse_label(block.text), False


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


def _is_toc_entry(block: Block) -> bool:
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
