"""Near-duplicate text across reports: word shingles (jieba), sentence similarity (rapidfuzz)
and MinHash/LSH candidate search for batches (datasketch).

All three libraries are imported lazily, on the first call that needs them, so that a plain
``fazhi-lint check`` never pays for them (jieba alone costs about 0.7 s to load). jieba's
dictionary cache is written to the user cache folder (:func:`cache_dir`), never next to the
installed package or in the current folder.

A sentence is compared as a sequence of words in which every number is the same placeholder
``#``: a sentence copied from last year with its figures updated is still a copy, and a
reordered clause changes few word pairs (shingles) and little of the token-sorted similarity.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..grammar import IDEOGRAPH_RE
from ..pattern_cache import cache_dir  # the user cache folder (one home)
from .sentences import normalize

NUMBER_TOKEN = "#"
_HAS_DIGIT = re.compile(r"[0-9０-９]")
_NUMERAL_ONLY = re.compile(r"^[0-9０-９.．%％零〇一二两三四五六七八九十百千万亿余多]+$")
_IDEOGRAPH = IDEOGRAPH_RE

SIMILAR = 85.0  # rapidfuzz token-sort ratio from which two sentences are near-copies


@lru_cache(maxsize=1)
def _jieba() -> Any:
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    folder = cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / ".write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError:  # a read-only profile: the system temporary folder instead
        folder = Path(tempfile.gettempdir())
    tokenizer = jieba.Tokenizer()
    tokenizer.tmp_dir = str(folder)
    tokenizer.initialize()
    return tokenizer


def words(text: str) -> list[str]:
    """The words of ``text`` (punctuation dropped), every number replaced by ``#``."""
    out: list[str] = []
    for token in _jieba().lcut(normalize(text), HMM=False):
        if _HAS_DIGIT.search(token) or (_NUMERAL_ONLY.match(token) and len(token) > 1):
            if not out or out[-1] != NUMBER_TOKEN:
                out.append(NUMBER_TOKEN)
        else:
            out.append(token)
    return out


def shingles(tokens: Sequence[str], size: int = 2) -> set[str]:
    """Word ``size``-grams of a token sequence (the tokens themselves when shorter)."""
    if len(tokens) < size:
        return set(tokens)
    return {"\x1f".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


def ideographs(text: str) -> int:
    return len(_IDEOGRAPH.findall(text))


def similarity(a: Sequence[str], b: Sequence[str]) -> float:
    """0–100: how alike two word sequences are, word order aside (rapidfuzz token sort)."""
    from rapidfuzz import fuzz

    return float(fuzz.token_sort_ratio(" ".join(a), " ".join(b)))


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


class MinHashIndex:
    """Candidate pairs of similar shingle sets among many (datasketch MinHash LSH).

    Linear in the number of sets for the usual corpus: each set is hashed once (in bulk) and
    only sets falling into the same band are paired; every candidate is then verified exactly.
    """

    def __init__(self, sets: Sequence[Iterable[str]], threshold: float = 0.5, num_perm: int = 64):
        from datasketch import MinHash, MinHashLSH

        self.lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        encoded = [[s.encode("utf-8") for s in shingle_set] for shingle_set in sets]
        self._hashes: list[Any] = MinHash.bulk(encoded, num_perm=num_perm) if encoded else []
        with self.lsh.insertion_session() as session:
            for key, m in enumerate(self._hashes):
                session.insert(key, m)

    def candidates(self, key: int) -> list[int]:
        return [k for k in self.lsh.query(self._hashes[key]) if k != key]
