"""What a report must not put on a website: ID, mobile and bank card numbers, secrecy
markings and names next to case details (the F4xx checks report them), and the masks every
output applies to them.

:func:`find_sensitive` computes the values afresh (the view ``privacy`` of
:mod:`fazhi_lint.analysis.views` keeps them per document); :class:`Masker` masks them in any
text an output may print, whichever check raised the finding. The patterns and the mask are
data in ``privacy.toml`` beside this module.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from ..data_files import read_text
from ..model import Block, Diagnostic, Document
from ..pattern_cache import toml_loads
from .prefilter import finditer

DATA_FILE = "privacy.toml"

_DECIMAL_RE = re.compile(r"\d")
_ID_RE = re.compile(
    r"(?<![0-9０-９A-Za-z])[1-8][0-9]{5}(?:18|19|20)[0-9]{2}(?:0[1-9]|1[0-2])"
    r"(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx](?![0-9０-９A-Za-z])"
)


# a look-behind made of characters, escapes and classes only (no group inside)
_LEADING_LOOKBEHIND = re.compile(r"\(\?<[!=](?:\[(?:\\.|[^\]\\])*\]|\\.|[^()\[\\])*\)")


def _without_lookbehind(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """``pattern`` without the look-behind it opens with (None if it opens with none): it
    matches wherever ``pattern`` does, and the engine skips to where it can begin by itself,
    so one search tells whether ``pattern`` can match at all."""
    m = _LEADING_LOOKBEHIND.match(pattern.pattern)
    if m is None:
        return None
    try:
        return re.compile(pattern.pattern[m.end() :], pattern.flags)
    except re.error:
        return None


_ID_POSSIBLE = _without_lookbehind(_ID_RE)


@dataclass(frozen=True)
class Found:
    """One sensitive value: its kind (the check code), block, span and masked text."""

    code: str
    block: Block
    start: int
    end: int
    masked: str

    @property
    def raw(self) -> str:
        return self.block.text[self.start : self.end]


@lru_cache(maxsize=1)
def data() -> dict[str, Any]:
    text = read_text(__package__, DATA_FILE)
    return toml_loads(text)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, Any]:
    d = data()
    names = d["names"]
    roles = sorted(names["roles"], key=len, reverse=True)
    placeholder = re.escape(names["placeholders"])
    surname = f"[{re.escape(names['surnames'])}]"
    name_re = re.compile(
        f"(?:{'|'.join(map(re.escape, roles))})[:：]?"
        f"({surname}[^{placeholder}\\W\\d_a-zA-Z]{{1,2}}?)(?={names['after']})"
    )
    standalone = "|".join(map(re.escape, d["secrecy"]["standalone"]))
    mobile = re.compile(d["mobile"]["regex"])
    card = re.compile(d["bank-card"]["regex"])
    return {
        "mobile": mobile,
        "mobile-possible": _without_lookbehind(mobile),
        "card": card,
        "card-possible": _without_lookbehind(card),
        "secrecy": re.compile("|".join(f"(?:{p})" for p in d["secrecy"]["anywhere"])),
        "standalone": re.compile(
            rf"^[\s【\[（(〔「]*(?:{standalone})(?:[\s★·]*[^\s]{{0,6}})?[\s】\]）)〕」]*$"
        ),
        "names": name_re,
        "not-after": re.compile("|".join(map(re.escape, d["bank-card"]["not-after"]))),
    }


def mask(text: str) -> str:
    """``text`` with all but the first and last few characters replaced (same length)."""
    cfg = data()["mask"]
    head, tail, char = int(cfg["keep-head"]), int(cfg["keep-tail"]), str(cfg["mask-char"])
    if len(text) <= head + tail:
        return text[:1] + char * (len(text) - 1)
    return (
        text[:head]
        + "".join(c if c in " -\u00a0" else char for c in text[head:-tail])
        + (text[-tail:])
    )


def id_checksum_ok(number: str) -> bool:
    """GB 11643-1999: the 18th character is the check character of the first 17 digits."""
    cfg = data()["id-number"]
    total = sum(int(c) * w for c, w in zip(number[:17], cfg["weights"], strict=True))
    return str(cfg["check-chars"])[total % 11] == number[17].upper()


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


def _scanned_blocks(document: Document) -> Iterable[Block]:
    yield from document.blocks
    yield from document.furniture


def _free(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    return all(end <= a or start >= b for a, b in taken)


def _numbers(
    pattern: re.Pattern[str], possible: re.Pattern[str] | None, text: str
) -> Iterable[re.Match[str]]:
    if possible is not None and possible.search(text) is None:
        return ()
    return finditer(pattern, text)


def find_sensitive(document: Document) -> tuple[Found, ...]:
    """Every sensitive value in the document (the view ``privacy`` keeps them)."""
    pats = _patterns()
    card_cfg = data()["bank-card"]
    window = int(card_cfg["not-after-window"])
    max_standalone = int(data()["secrecy"]["standalone-max-chars"])
    found: list[Found] = []
    for block in _scanned_blocks(document):
        text = block.text
        taken: list[tuple[int, int]] = []

        # each number pattern needs a decimal digit (one search, not a loop over characters);
        # each opens with a look-behind: tried only at its first digits (prefilter.finditer)
        # and where the pattern without its look-behind is nowhere, the pattern is not either
        if _DECIMAL_RE.search(text):
            for m in _numbers(_ID_RE, _ID_POSSIBLE, text):
                if id_checksum_ok(m.group()):
                    found.append(Found("F401", block, m.start(), m.end(), mask(m.group())))
                    taken.append(m.span())
            for m in _numbers(pats["card"], pats["card-possible"], text):
                digits = re.sub(r"\D", "", m.group())
                if not (card_cfg["min-digits"] <= len(digits) <= card_cfg["max-digits"]):
                    continue
                if not _free(taken, *m.span()) or not luhn_ok(digits):
                    continue
                if pats["not-after"].search(text[max(0, m.start() - window) : m.start()]):
                    continue
                found.append(Found("F403", block, m.start(), m.end(), mask(m.group())))
                taken.append(m.span())
            for m in _numbers(pats["mobile"], pats["mobile-possible"], text):
                if _free(taken, *m.span()):
                    found.append(Found("F402", block, m.start(), m.end(), mask(m.group())))
                    taken.append(m.span())
        for m in finditer(pats["secrecy"], text):
            found.append(Found("F404", block, m.start(), m.end(), m.group()))
        stripped = text.strip()
        if (
            stripped
            and len(stripped) <= max_standalone
            and pats["standalone"].match(stripped)
            and not pats["secrecy"].search(text)
        ):
            start = text.index(stripped)
            found.append(Found("F404", block, start, start + len(stripped), stripped))
        for m in pats["names"].finditer(text):
            name = m.group(1)
            if any(name.startswith(w) for w in data()["names"]["not-name-starts"]):
                continue
            masked = name[0] + "*" * (len(name) - 1)
            found.append(Found("F405", block, m.start(1), m.end(1), masked))
    return tuple(found)


# -- masking every output -----------------------------------------------------------------
def _mask_value(value: Any, sub: re.Pattern[str], table: dict[str, str]) -> Any:
    if isinstance(value, str):
        return sub.sub(lambda m: table[m.group()], value)
    if isinstance(value, dict):
        return {k: _mask_value(v, sub, table) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(_mask_value(v, sub, table) for v in value)
    return value


def masking_table(found: Iterable[Found]) -> dict[str, str]:
    """Raw sensitive text → its masked form, for every value F401–F403 and F405 find."""
    table = {f.raw: f.masked for f in found if f.code != "F404" and f.raw}
    return {raw: masked for raw, masked in table.items() if raw != masked}


def masked_blocks(found: Iterable[Found]) -> dict[str, str]:
    """Block text → the same text with its sensitive spans masked in place (same length)."""
    by_block: dict[int, tuple[Block, list[Found]]] = {}
    for f in found:
        if f.code != "F404":
            by_block.setdefault(id(f.block), (f.block, []))[1].append(f)
    result: dict[str, str] = {}
    for block, found in by_block.values():
        chars = list(block.text)
        for f in found:
            chars[f.start : f.end] = list(f.masked)
        result[block.text] = "".join(chars)
    return result


class Masker:
    """Masks a document's sensitive values (its view ``privacy``) in any text an output may
    print, whichever check raised the finding."""

    def __init__(self, found: Iterable[Found]):
        found = tuple(found)
        self.table = masking_table(found)
        self.blocks = masked_blocks(found) if self.table else {}
        self.sub = (
            re.compile("|".join(map(re.escape, sorted(self.table, key=len, reverse=True))))
            if self.table
            else None
        )

    def __bool__(self) -> bool:
        return self.sub is not None

    def text(self, value: Any) -> Any:
        """A string (or the strings inside a dict/list) with every sensitive value masked."""
        if self.sub is None:
            return value
        if isinstance(value, str) and value in self.blocks:
            return self.blocks[value]
        return _mask_value(value, self.sub, self.table)

    def diagnostic(self, d: Diagnostic) -> Diagnostic:
        if self.sub is None:
            return d
        context = self.text(d.context)
        excerpt = d.excerpt
        if d.span is not None and d.context and d.excerpt == d.context[d.span[0] : d.span[1]]:
            excerpt = context[d.span[0] : d.span[1]]
        return replace(
            d,
            message=self.text(d.message),
            excerpt=self.text(excerpt),
            context=context,
            suggestion=self.text(d.suggestion),
            fix=self.text(d.fix),
            data=self.text(d.data),
        )
