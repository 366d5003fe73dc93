"""The end of a report: the signing body (发文机关署名) and the date of writing (成文日期).

GB/T 9704-2012 §7.3.5: both close the document. :func:`find_ending` looks for them among the
last paragraphs (the view ``ending`` of :mod:`fazhi_lint.analysis.views` keeps them per
document); the signature checks (F2xx) judge them, the deadline checks (F3xx) compare the date
and the layout checks (F1xx) leave those lines out of the body text. The limits of the search
are data in ``ending.toml`` beside this module. The helpers below read dates written as
2025-03-28 and the body a title names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .. import civil_date as dt
from ..data_files import read_text
from ..grammar import YEAR_ASCII, YEAR_MENTION_RE
from ..model import Block, Document
from ..pattern_cache import toml_loads

DATA_FILE = "ending.toml"
_CN_DIGITS = "〇一二三四五六七八九"
_CN_ZERO = "零○Ｏ0"
# A date of writing in any of the forms reports use; `arabic`, `cn` tell which.
DATE_RE = re.compile(
    r"(?P<arabic>(?P<y>[0-9０-９]{2,4})\s*年\s*(?P<m>[0-9０-９]{1,2})\s*月\s*(?P<d>[0-9０-９]{1,2})\s*日)"
    r"|(?P<cn>(?P<cy>[〇零○Ｏ一二三四五六七八九]{4})\s*年\s*(?P<cm>[一二三四五六七八九十]{1,2})\s*月"
    r"\s*(?P<cd>[一二三四五六七八九十]{1,3})\s*日)"
)
_ISO_RE = re.compile(rf"(?<![0-9])({YEAR_ASCII})[-./年]([0-9]{{1,2}})[-./月]([0-9]{{1,2}})日?")
_PUNCT_RE = re.compile(
    r"[：:，,。；;！？]"
)  # a signature line is a name, not a sentence  # formats that carry the signed original


@lru_cache(maxsize=1)
def data() -> dict[str, Any]:
    text = read_text(__package__, DATA_FILE)
    return toml_loads(text)


def _cn_small(text: str) -> int:
    """一 … 三十一 → 1 … 31."""
    if text == "十":
        return 10
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (_CN_DIGITS.index(tens) if tens else 1) * 10 + (
            _CN_DIGITS.index(ones) if ones else 0
        )
    return _CN_DIGITS.index(text)


@dataclass(frozen=True)
class WrittenDate:
    """A date as written: where, the parsed value (None when impossible) and its form."""

    block: Block
    start: int
    end: int
    year: int
    month: int
    day: int
    chinese: bool
    zero_padded: bool
    short_year: bool

    @property
    def value(self) -> dt.date | None:
        try:
            return dt.date(self.year, self.month, self.day)
        except ValueError:
            return None

    @property
    def canonical(self) -> str:
        return f"{self.year}年{self.month}月{self.day}日"


def parse_date(block: Block, match: re.Match[str]) -> WrittenDate:
    if match.group("arabic"):
        y, m, d = (match.group(k).translate(_WIDE) for k in ("y", "m", "d"))
        year = int(y) + (2000 if len(y) == 2 else 0)
        return WrittenDate(
            block,
            match.start(),
            match.end(),
            year,
            int(m),
            int(d),
            chinese=False,
            zero_padded=(len(m) == 2 and m[0] == "0") or (len(d) == 2 and d[0] == "0"),
            short_year=len(y) < 4,
        )
    cy = "".join("0" if c in _CN_ZERO else str(_CN_DIGITS.index(c)) for c in match.group("cy"))
    return WrittenDate(
        block,
        match.start(),
        match.end(),
        int(cy),
        _cn_small(match.group("cm")),
        _cn_small(match.group("cd")),
        chinese=True,
        zero_padded=False,
        short_year=False,
    )


_WIDE = str.maketrans("０１２３４５６７８９", "0123456789")


@dataclass(frozen=True)
class Ending:
    """The signature block (None when missing) and the date of writing (None when missing)."""

    signature: Block | None
    signature_text: str
    date: WrittenDate | None


def _last_paragraphs(document: Document, count: int) -> list[Block]:
    found: list[Block] = []
    for block in reversed(document.blocks):
        if block.is_body and block.kind.value != "table_cell" and block.text.strip():
            found.append(block)
            if len(found) >= count:
                break
    return found[::-1]


def find_ending(document: Document) -> Ending:
    """The signature and date among the last paragraphs (the view ``ending`` keeps them)."""
    cfg = data()
    suffix = re.compile(cfg["body-suffixes"])
    limit = int(cfg["max-chars"])
    tail = _last_paragraphs(document, int(cfg["search-blocks"]))
    date: WrittenDate | None = None
    signature: Block | None = None
    signature_text = ""
    for i in range(len(tail) - 1, -1, -1):
        block = tail[i]
        text = block.text.strip()
        if len(text) > limit:
            break  # prose: the ending comes after the last long paragraph
        match = DATE_RE.search(block.text)
        if match and date is None and len(text) <= limit:
            before = block.text[: match.start()].strip()
            if before and suffix.search(before):
                signature, signature_text = block, before
            elif not before or not any(ch in before for ch in "，。；"):
                date = parse_date(block, match)
                if signature is None and i > 0:
                    prev = tail[i - 1].text.strip()
                    if (
                        len(prev) <= limit
                        and not _PUNCT_RE.search(prev)
                        and suffix.search(prev.replace(" ", ""))
                    ):
                        signature, signature_text = tail[i - 1], prev
            if date is None:
                date = parse_date(block, match)
            break
        if (
            signature is None
            and not _PUNCT_RE.search(text)
            and suffix.search(text.replace(" ", "").replace("\u3000", ""))
        ):
            signature, signature_text = block, text
    return Ending(signature, signature_text, date)


def title_body(title: str | None) -> str | None:
    """The body a title names («XX区司法局2024年法治政府建设情况报告» → «XX区司法局»)."""
    if not title:
        return None
    marker = re.search(r"关于|法治政府建设|法治建设", title)
    if marker is None:
        return None  # not a title of this genre: no body to compare
    head = title[: marker.start()]
    head = YEAR_MENTION_RE.sub("", head)
    head = re.sub(r"[\s\u3000《》“”\"'（）()]", "", head)
    return head or None


def iso_dates(text: str) -> Iterator[dt.date]:
    """Dates written 2025-03-28, 2025.3.28 or 2025年3月28日 in a line."""
    for m in _ISO_RE.finditer(text):
        try:
            yield dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            continue


def parse_received(value: str) -> dt.date:
    """``2025-03-05`` (also 2025.3.5, 2025/3/5, 2025年3月5日); ValueError when not a date."""
    found = list(iso_dates(value.strip()))
    if len(found) != 1:
        raise ValueError(f"不是日期：{value!r}（应为 2025-03-05）")
    return found[0]
