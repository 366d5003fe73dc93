"""Sentences (and clauses) with exact character offsets, shared by the checks.

A sentence ends at 「。」「！」「？」「；」 (or their half-width forms ``! ? ;``), or at
「……」 when the next character starts a new sentence, plus any closing quotes or brackets
that follow the terminator (「……工作。”」 keeps its 「”」). The end of a block always ends
a sentence. A half-width point ``.`` never ends a sentence: it is a decimal point, a heading
label 「1.」 or a typing slip that the T checks report.

Offsets are ``str`` indices into ``Block.text``; ``start``/``end`` exclude the whitespace
around the sentence. The ``sentences`` view (:mod:`fazhi_lint.analysis.views`) holds the sentences of every
body block, computed once per document.

:func:`normalize` gives the comparison key the repetition check uses: only ideographs,
letters and digits are kept (punctuation, quotes, brackets and spaces are dropped), so that
「“法律明白人”培养工程」 and 「法律明白人培养工程」 compare equal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..grammar import IDEOGRAPHS
from ..model import Block, Document

SENTENCE_END = "。！？；!?;"
CLAUSE_END = SENTENCE_END + "，,：:"
# closing marks that belong to the sentence they follow: 「……。”」「……。）」
CLOSERS = "”’」』）)》〉】〕]"
_SPACE = " \t\u3000\u00a0\r\n"
_KEEP_RE = re.compile(f"[{IDEOGRAPHS}A-Za-z0-9０-９Ａ-Ｚａ-ｚ]")
_DROP_RE = re.compile(f"[^{IDEOGRAPHS}A-Za-z0-9０-９Ａ-Ｚａ-ｚ]+")


@dataclass(frozen=True)
class Sentence:
    """One sentence of a block: ``block`` is ``Block.index``; ``text == block.text[start:end]``."""

    block: int
    start: int
    end: int
    text: str

    @property
    def key(self) -> str:
        """The normalised text (ideographs, letters and digits only)."""
        return normalize(self.text)


def normalize(text: str) -> str:
    """Keep only ideographs, letters and digits: the key used to compare sentences."""
    return _DROP_RE.sub("", text)


def split(text: str, ends: str = SENTENCE_END) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence of ``text`` (terminator and closers included).

    ``ends`` are the terminators; pass :data:`CLAUSE_END` to split into clauses too.
    Empty pieces (only spaces or punctuation) are dropped.
    """
    spans: list[tuple[int, int]] = []
    n = len(text)
    start = 0
    i = 0
    stops = _stops(ends)
    while i < n:
        # jump to the next character that may end a sentence (the others only move on)
        stop = stops.search(text, i)
        if stop is None:
            break
        i = stop.start()
        ch = text[i]
        end: int | None = None
        if ch in ends:
            end = i + 1
            while end < n and text[end] in ends and text[end] not in "，,":  # 「？！」「。。」
                end += 1
        elif ch == "…" and i + 1 < n and text[i + 1] == "…":
            # 「……」 ends a sentence only when a new one starts right after it
            end = i + 2
            while end < n and text[end] == "…":
                end += 1
            if end < n and text[end] in ends:
                end += 1
            elif not (end < n and text[end] in CLOSERS):
                i = end
                continue
        if end is None:
            i += 1
            continue
        while end < n and text[end] in CLOSERS:
            end += 1
        _append(spans, text, start, end)
        start = i = end
    _append(spans, text, start, n)
    return spans


@lru_cache(maxsize=8)
def _stops(ends: str) -> re.Pattern[str]:
    """A terminator, or the first 「…」 of 「……」."""
    return re.compile(f"[{re.escape(ends)}]|…(?=…)" if ends else "…(?=…)")


def _append(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start] in _SPACE:
        start += 1
    while end > start and text[end - 1] in _SPACE:
        end -= 1
    if end > start and _KEEP_RE.search(text, start, end):
        spans.append((start, end))


def sentences_in(block: Block, ends: str = SENTENCE_END) -> list[Sentence]:
    return [Sentence(block.index, s, e, block.text[s:e]) for s, e in split(block.text, ends)]


def split_sentences(document: Document) -> list[Sentence]:
    """The sentences of every body block, in reading order (the ``sentences`` view caches
    them)."""
    found: list[Sentence] = []
    for block in document.blocks:
        if block.is_body:
            found.extend(sentences_in(block))
    return found
