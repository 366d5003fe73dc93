"""Word automatic numbering (numbering.xml) rendered exactly as Word shows the label.

How the labels are computed (ECMA-376 §17.9; PARSING-NOTES §1.2–1.3):

* ``w:num`` (a numId) points at a ``w:abstractNum`` and may override levels
  (``w:lvlOverride``: a ``w:startOverride`` and/or a whole replacement ``w:lvl``).
  An abstractNum carrying ``w:numStyleLink`` is only a reference: the numbering style it
  names has a numId whose abstractNum (marked ``w:styleLink``) holds the real levels.
* **Counters are kept per abstractNum, not per numId**: several numIds on one abstractNum
  continue one sequence. A numId's ``startOverride`` restarts the overridden levels the
  first time that numId is used; afterwards the sequence is shared again.
* ``w:lvlRestart``: omitted → the level restarts whenever a shallower level is used;
  ``0`` → never restarts; ``k`` → restarts only when a level shallower than ``k``
  (1-based) is used. A value not shallower than the level itself is ignored (spec).
* ``w:isLgl``: every ``%n`` of this level's text is rendered as a decimal number.
* ``numFmt`` renders the counter; see :func:`format_number`.

The suffix after the label (``w:suff``) is never rendered as a tab character: Chinese
reports never want one in the text. :meth:`Numbering.next_label` returns the label and the
separator to put between it and the paragraph text:

* ``suff="nothing"``: ``""``, the label is glued to the text, as Word shows it;
* ``suff="space"``: ``" "``, the space Word shows;
* ``suff="tab"`` (the default when absent): Word shows a gap up to the next tab stop. It
  becomes ``""`` after a label that already ends in punctuation or a symbol (``一、``
  ``（一）`` ``①`` ``•``: that is how such labels are typed) and one space after a label
  ending in an ASCII character or a letter/ideograph (``1.`` ``1.2.1`` ``A`` ``第一章``), so
  that a decimal label never fuses with a number at the start of the text (``1.`` +
  ``2024年`` would read ``1.2024年``) and ``第一章 总则`` keeps its visible gap.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .ooxml import MC, VAL, W, attr_int

if TYPE_CHECKING:
    from lxml import etree

    from .docx_styles import StyleSheet

_VAL = VAL
MAX_LEVELS = 9
MAX_START = 32767  # Word's largest list start value ("起始编号")

# ---------------------------------------------------------------------------------------------
# number formats

_CN_DIGITS = "〇一二三四五六七八九"
_CN_ZERO_DIGITS = "零一二三四五六七八九"
_CN_UNITS = ("", "十", "百", "千")
_CN_BIG = ("", "万", "亿", "万亿")
_LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_LEGAL_UNITS = ("", "拾", "佰", "仟")
_LEGAL_TRAD_DIGITS = "零壹貳參肆伍陸柒捌玖"
_LEGAL_TRAD_BIG = ("", "萬", "億", "萬億")
_STEMS = "甲乙丙丁戊己庚辛壬癸"
_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"
_FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
_ROMAN = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)


def chinese_counting(n: int) -> str:
    """Word ``chineseCounting``: 一 … 十, 十一, 二十一; 100 and above digit by digit (一〇〇)."""
    if n <= 0:
        return str(n)
    if n < 10:
        return _CN_DIGITS[n]
    if n < 100:
        tens, units = divmod(n, 10)
        return (
            ("" if tens == 1 else _CN_DIGITS[tens])
            + "十"
            + ("" if not units else _CN_DIGITS[units])
        )
    return "".join(_CN_DIGITS[int(c)] for c in str(n))


def _group(n: int, digits: str, units: tuple[str, ...]) -> str:
    """0 < n < 10000 with positional units; inner zeros become one zero digit."""
    out = ""
    pending_zero = False
    for position, power in enumerate((1000, 100, 10, 1)):
        digit = n // power % 10
        if digit == 0:
            if out:
                pending_zero = True
            continue
        if pending_zero:
            out += digits[0]
            pending_zero = False
        out += digits[digit] + units[3 - position]
    return out


def _grouped(
    n: int, digits: str, units: tuple[str, ...], big: tuple[str, ...], short_ten: bool
) -> str:
    """Chinese positional numeral with 万/亿 groups and 零 (一百零五, 一千零一十)."""
    if n <= 0:
        return str(n)
    groups: list[int] = []
    while n:
        groups.append(n % 10000)
        n //= 10000
    if len(groups) > len(big):
        return str(sum(g * 10000**i for i, g in enumerate(groups)))
    out = ""
    gap = False
    for index in range(len(groups) - 1, -1, -1):
        value = groups[index]
        if value == 0:
            gap = bool(out)
            continue
        if out and (gap or value < 1000):
            out += digits[0]
        out += _group(value, digits, units) + big[index]
        gap = False
    if short_ten and out.startswith(digits[1] + units[1]):
        out = out[1:]  # 一十二 -> 十二 at the start of the numeral, as Word writes it
    return out


def chinese_counting_thousand(n: int) -> str:
    """Word ``chineseCountingThousand``: 十, 十一, 二十一, 一百零五, 一千零一十."""
    return _grouped(n, _CN_ZERO_DIGITS, _CN_UNITS, _CN_BIG, short_ten=True)


def chinese_legal_simplified(n: int) -> str:
    """Word ``chineseLegalSimplified``: 壹, 壹拾, 壹拾壹, 贰拾壹, 壹佰零伍."""
    return _grouped(n, _LEGAL_DIGITS, _LEGAL_UNITS, _CN_BIG, short_ten=False)


def _letters(n: int, base: str) -> str:
    if n <= 0:
        return str(n)
    return chr(ord(base) + (n - 1) % 26) * ((n - 1) // 26 + 1)  # Word: Z, AA, BB


def _roman(n: int) -> str:
    if not 0 < n < 4000:
        return str(n)
    out = []
    for value, numeral in _ROMAN:
        while n >= value:
            out.append(numeral)
            n -= value
    return "".join(out)


def _enclosed(n: int, first: int, count: int, fallback: str) -> str:
    if 1 <= n <= count:
        return chr(first + n - 1)
    return fallback.format(n)


def format_number(n: int, fmt: str, custom: str | None = None) -> str:
    """Render counter ``n`` in a Word ``numFmt``. Unknown formats fall back to decimal."""
    if fmt == "decimal":
        return str(n)
    if fmt == "chineseCountingThousand":
        return chinese_counting_thousand(n)
    if fmt == "chineseCounting":
        return chinese_counting(n)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese"):
        return _enclosed(n, 0x2460, 20, "{}")  # ① … ⑳, then decimal as Word does
    if fmt == "decimalZero":
        return f"{n:02d}" if 0 <= n < 10 else str(n)
    if fmt == "ideographTraditional":
        return _STEMS[(n - 1) % 10] if n > 0 else str(n)
    if fmt == "ideographZodiac":
        return _BRANCHES[(n - 1) % 12] if n > 0 else str(n)
    if fmt == "ideographDigital":
        return "".join(_CN_DIGITS[int(c)] for c in str(n)) if n >= 0 else str(n)
    if fmt == "chineseLegalSimplified":
        return chinese_legal_simplified(n)
    if fmt == "ideographLegalTraditional":
        return _grouped(n, _LEGAL_TRAD_DIGITS, _LEGAL_UNITS, _LEGAL_TRAD_BIG, short_ten=False)
    if fmt in ("taiwaneseCountingThousand", "japaneseCounting", "koreanCounting"):
        return chinese_counting_thousand(n)
    if fmt in ("taiwaneseCounting",):
        return chinese_counting(n)
    if fmt in ("taiwaneseDigital", "japaneseDigitalTenThousand"):
        return "".join(_CN_DIGITS[int(c)] for c in str(n)) if n >= 0 else str(n)
    if fmt in ("decimalFullWidth", "decimalFullWidth2"):
        return str(n).translate(_FULLWIDTH)
    if fmt == "decimalEnclosedParen":
        return _enclosed(n, 0x2474, 20, "({})")  # ⑴ … ⒇
    if fmt == "decimalEnclosedFullstop":
        return _enclosed(n, 0x2488, 20, "{}.")  # ⒈ … ⒛
    if fmt == "ideographEnclosedCircle":
        return _enclosed(n, 0x3280, 10, "{}")  # ㊀ … ㊉
    if fmt == "upperLetter":
        return _letters(n, "A")
    if fmt == "lowerLetter":
        return _letters(n, "a")
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt == "none":
        return ""
    if fmt == "custom" and custom:
        return _custom(n, custom)
    return str(n)  # decimalHalfWidth, ordinal, cardinalText, hex... as decimal


_CUSTOM_STARTS = {
    "一": "chineseCounting",
    "壹": "chineseLegalSimplified",
    "甲": "ideographTraditional",
    "子": "ideographZodiac",
    "①": "decimalEnclosedCircle",
    "１": "decimalFullWidth",
    "⑴": "decimalEnclosedParen",
    "A": "upperLetter",
    "a": "lowerLetter",
    "I": "upperRoman",
    "i": "lowerRoman",
}


def _custom(n: int, spec: str) -> str:
    """``w:numFmt w:val="custom" w:format="001, 002, 003, ..."`` (Word 2010+)."""
    first = spec.split(",")[0].strip()
    if first.isdigit() and first.isascii():
        return str(n).zfill(len(first))
    fmt = _CUSTOM_STARTS.get(first[:1])
    return format_number(n, fmt) if fmt else str(n)


# ---------------------------------------------------------------------------------------------
# numbering definitions

_SYMBOL_FONTS = ("symbol", "wingdings", "webdings")
_PLACEHOLDER = re.compile(r"%([1-9])")


@dataclass
class Level:
    """One ``w:lvl`` of an abstractNum (or of a lvlOverride)."""

    start: int = 1
    fmt: str = "decimal"
    custom: str | None = None
    text: str | None = None  # lvlText; None when absent
    restart: int | None = None  # lvlRestart
    is_lgl: bool = False
    suff: str = "tab"
    pstyle: str | None = None
    ppr: etree._Element | None = None  # the level's w:pPr (indentation of numbered paragraphs)
    font: str | None = None  # the label's font (rFonts ascii/hAnsi) for symbol bullets
    picture: bool = False  # lvlPicBulletId: a picture bullet


@dataclass
class AbstractNum:
    """An ``<w:abstractNum>`` of numbering.xml: its levels, parsed on first use."""

    raw: dict[int, etree._Element] = field(default_factory=dict)  # parsed on first use
    num_style_link: str | None = None
    style_link: str | None = None
    _levels: dict[int, Level] | None = None

    @property
    def levels(self) -> dict[int, Level]:
        if self._levels is None:
            self._levels = {ilvl: _parse_level(lvl) for ilvl, lvl in self.raw.items()}
        return self._levels


@dataclass
class Num:
    """A ``<w:num>``: the abstract numbering it uses and its overrides."""

    abstract_id: str
    start_overrides: dict[int, int] = field(default_factory=dict)
    level_overrides: dict[int, Level] = field(default_factory=dict)


@dataclass(frozen=True)
class RenderedLabel:
    """The label Word shows before a numbered paragraph (「一、」「（二）」)."""

    text: str
    separator: str  # "" or " " between the label and the paragraph text (see module doc)
    num_id: str
    level: int
    bullet: bool
    ppr: etree._Element | None = None


def _on(element: etree._Element) -> bool:
    return element.get(_VAL) not in ("0", "false", "off")


def _parse_level(lvl: etree._Element) -> Level:
    level = Level()
    for child in lvl:
        tag = child.tag
        if tag == W + "start":
            level.start = attr_int(child.get(_VAL), 1, 0, MAX_START)
        elif tag == W + "numFmt":
            level.fmt = child.get(_VAL) or "decimal"
            level.custom = child.get(W + "format")
        elif tag == MC + "AlternateContent":
            _alternate_numfmt(child, level)
        elif tag == W + "lvlText":
            level.text = "" if child.get(W + "null") in ("1", "true") else child.get(_VAL, "")
        elif tag == W + "lvlRestart":
            level.restart = attr_int(child.get(_VAL), None, 0, MAX_LEVELS)
        elif tag == W + "isLgl":
            level.is_lgl = _on(child)
        elif tag == W + "suff":
            level.suff = child.get(_VAL) or "tab"
        elif tag == W + "pStyle":
            level.pstyle = child.get(_VAL)
        elif tag == W + "pPr":
            level.ppr = child
        elif tag == W + "lvlPicBulletId":
            level.picture = True
        elif tag == W + "rPr":
            fonts = child.find(W + "rFonts")
            if fonts is not None:
                level.font = fonts.get(W + "ascii") or fonts.get(W + "hAnsi")
    return level


def _alternate_numfmt(alt: etree._Element, level: Level) -> None:
    """Word 2010 writes custom formats as mc:Choice (custom) with a mc:Fallback."""
    for branch in alt:
        fmt = branch.find(W + "numFmt")
        if fmt is None:
            continue
        value = fmt.get(_VAL) or "decimal"
        if branch.tag == MC + "Choice" and value == "custom" and fmt.get(W + "format"):
            level.fmt, level.custom = "custom", fmt.get(W + "format")
            return
        if branch.tag == MC + "Fallback":
            level.fmt, level.custom = value, None
            return


class Numbering:
    """Parsed numbering.xml plus the counters of one story (see module doc)."""

    def __init__(self, root: etree._Element | None, styles: StyleSheet | None = None):
        self.abstracts: dict[str, AbstractNum] = {}
        self.nums: dict[str, Num] = {}
        self._styles = styles
        if root is not None:
            self._parse(root)
        self._levels_cache: dict[str, tuple[str, dict[int, Level]] | None] = {}
        self.reset()

    def _parse(self, root: etree._Element) -> None:
        for element in root:
            if element.tag == W + "abstractNum":
                aid = element.get(W + "abstractNumId")
                if aid is None:
                    continue
                abstract = AbstractNum()
                for child in element:
                    if child.tag == W + "lvl":
                        ilvl = attr_int(child.get(W + "ilvl"), 0)
                        if 0 <= ilvl < MAX_LEVELS:
                            abstract.raw.setdefault(ilvl, child)
                    elif child.tag == W + "numStyleLink":
                        abstract.num_style_link = child.get(_VAL)
                    elif child.tag == W + "styleLink":
                        abstract.style_link = child.get(_VAL)
                self.abstracts[aid] = abstract
            elif element.tag == W + "num":
                num_id = element.get(W + "numId")
                ref = element.find(W + "abstractNumId")
                if num_id is None or ref is None or ref.get(_VAL) is None:
                    continue
                num = Num(abstract_id=ref.get(_VAL, ""))
                for override in element.iterchildren(W + "lvlOverride"):
                    ilvl = attr_int(override.get(W + "ilvl"), 0)
                    if not 0 <= ilvl < MAX_LEVELS:
                        continue
                    for child in override:
                        if child.tag == W + "startOverride":
                            value = attr_int(child.get(_VAL), None, 0, MAX_START)
                            if value is not None:
                                num.start_overrides[ilvl] = value
                        elif child.tag == W + "lvl":
                            num.level_overrides[ilvl] = _parse_level(child)
                self.nums[num_id] = num

    # -- definitions ------------------------------------------------------------------------

    def _resolve_abstract(self, aid: str) -> str | None:
        """Follow numStyleLink → numbering style → numId → abstractNum (loop-safe)."""
        seen: set[str] = set()
        while aid in self.abstracts and aid not in seen:
            seen.add(aid)
            link = self.abstracts[aid].num_style_link
            if not link or self._styles is None:
                return aid
            linked_num = self._styles.numbering_style_num_id(link)
            if linked_num is None or linked_num not in self.nums:
                return aid
            aid = self.nums[linked_num].abstract_id
        return aid if aid in self.abstracts and aid not in seen else None

    def levels(self, num_id: str) -> tuple[str, dict[int, Level]] | None:
        """(abstractNum id that holds the counters, effective levels) for a numId."""
        if num_id in self._levels_cache:
            return self._levels_cache[num_id]
        result: tuple[str, dict[int, Level]] | None = None
        num = self.nums.get(num_id)
        if num is not None:
            aid = self._resolve_abstract(num.abstract_id)
            if aid is not None:
                levels = dict(self.abstracts[aid].levels)
                levels.update(num.level_overrides)
                result = (aid, levels)
        self._levels_cache[num_id] = result
        return result

    def level_for_style(self, num_id: str, style_ids: list[str]) -> int | None:
        """The ilvl whose ``w:pStyle`` names one of the styles (nearest first)."""
        resolved = self.levels(num_id)
        if resolved is None:
            return None
        for style_id in style_ids:
            for ilvl, level in sorted(resolved[1].items()):
                if level.pstyle == style_id:
                    return ilvl
        return None

    def level(self, num_id: str, ilvl: int) -> Level | None:
        resolved = self.levels(num_id)
        return resolved[1].get(ilvl) if resolved else None

    # -- counters -------------------------------------------------------------------------

    def reset(self) -> None:
        """Start a new story: fresh counters (body, each header, footnotes...)."""
        self._counters: dict[str, list[int | None]] = {}
        self._seen: set[str] = set()

    def next_label(self, num_id: str, ilvl: int) -> RenderedLabel | None:
        """Advance the counters for a numbered paragraph and render its label."""
        resolved = self.levels(num_id)
        if resolved is None or not 0 <= ilvl < MAX_LEVELS:
            return None
        aid, levels = resolved
        num = self.nums[num_id]
        counters = self._counters.setdefault(aid, [None] * MAX_LEVELS)
        if num_id not in self._seen:
            self._seen.add(num_id)
            for overridden in num.start_overrides:
                counters[overridden] = None
        level = levels.get(ilvl)
        if level is None:
            return None

        def start(k: int) -> int:
            if k in num.start_overrides:
                return num.start_overrides[k]
            lvl = levels.get(k)
            return lvl.start if lvl is not None else 1

        current = counters[ilvl]
        counters[ilvl] = start(ilvl) if current is None else current + 1
        for deeper in range(ilvl + 1, MAX_LEVELS):
            restart = levels[deeper].restart if deeper in levels else None
            if restart is None or restart - 1 >= deeper:
                counters[deeper] = None  # default: any shallower level restarts it
            elif restart != 0 and ilvl < restart:
                counters[deeper] = None

        if level.fmt == "bullet" or level.picture:
            text = _bullet_text(level)
            if not text:
                return None
            return RenderedLabel(text, "", num_id, ilvl, True, level.ppr)
        template = level.text
        if template is None:
            template = f"%{ilvl + 1}."  # Word's behaviour for a missing lvlText is undefined
        if not template:
            return None

        def replace(match: re.Match[str]) -> str:
            k = int(match.group(1)) - 1
            value = counters[k]
            if value is None:
                value = start(k)
            lvl = levels.get(k)
            fmt = lvl.fmt if lvl is not None else "decimal"
            if level.is_lgl and fmt not in ("none", "bullet"):
                fmt = "decimal"
            if fmt == "bullet":
                return ""
            return format_number(value, fmt, lvl.custom if lvl is not None else None)

        text = _PLACEHOLDER.sub(replace, template)
        if not text.strip():
            return None
        return RenderedLabel(text, _separator(text[-1], level.suff), num_id, ilvl, False, level.ppr)


def _separator(last: str, suff: str) -> str:
    """What stands between a label ending in ``last`` and the text (see the module doc)."""
    if last.isspace() or suff == "nothing":
        return ""
    if suff == "space":
        return " "
    # tab, the default: a space only where the label would otherwise fuse with the text
    return " " if last.isascii() or unicodedata.category(last).startswith("L") else ""


def _bullet_text(level: Level) -> str:
    """The bullet character; Symbol/Wingdings private-use glyphs become '•'."""
    if level.picture:
        return "•"
    text = (level.text or "").strip()
    if not text:
        return ""
    font = (level.font or "").lower()
    if any(0xF000 <= ord(c) <= 0xF0FF for c in text) or font.startswith(_SYMBOL_FONTS):
        return "•"
    return text
