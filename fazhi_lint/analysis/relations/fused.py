"""A slogan whose numeral is fused to the word each item opens with (N203, read by
:mod:`.announced`).

「推进法律六进工作要求，深入推进法律进机关、进学校、…、进单位的宣传教育」「开展法律“巡展、巡讲、
巡演”活动…“法治三巡”」: a numeral right before one character that is no measure word (六进,
三巡) names as many items as a 顿号 run near it whose pieces after the first each open with that
character (进机关, 进学校; 巡展, 巡讲) — the first piece carries the clause's lead and holds the
character somewhere (深入推进法律进机关). The run is looked for in the slogan's sentence and the
next one (「加强“法律六进”，…。1、…深化“法律进机关、进乡村…”」) or the one before, within
``REACH`` characters either way; three pieces at least, each after the first at most ``PIECE``
characters. A run of another number of pieces is a warning: the link between the slogan and the
run is a reading (the text may go on about some of the items only). A run of as many pieces, or
a slogan with no run, says nothing. Linear: each clause near a slogan is split once.

Session 29 (s29-lists), measured on the sets before the run of the whole (a class of eight misses
over six harvests): found real21 QR082 (法治四巡 against 巡展、巡讲、巡演), own20 ARB08 and
ARB10 (法律六进/七进 against seven/eight 进X), own22 ANY013 (“法律六进” in the sentence before
its quoted run); their consistent twins (QR081, ARB07, ARB09) silent; real19–51 no consistent
case warned but real26 QW055 (「进机关、进社区、进农村等」 of “六进”), silenced: a run
ending with 等 fewer than counted leaves items unnamed. Slogans whose items do not repeat the fused character (三下乡: 文化、科技、卫生;
四落实; 三审: 初审、复核、终审) are left to a later session.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..cn_numbers import NumeralError, cn_to_int
from ..quantities import load_lexicon

REACH = 160  # characters either side of the slogan read for its run
PIECE = 16  # characters of a piece after the first
MIN_PIECES = 3


@lru_cache(maxsize=1)
def _fused_re() -> re.Pattern[str]:
    """A numeral fused to one character that is no measure word, numeral or time word
    (numbers.toml ``announced.fused-not``); not part of a longer numeral or an ordinal (第三进)."""
    excluded = re.escape(load_lexicon().data["announced"]["fused-not"])
    return re.compile(
        r"(?<![0-9０-９一二两三四五六七八九十百千万第])(?P<num>[两三四五六七八九十]{1,2})"
        rf"(?P<ch>(?![{excluded}])[\u4e00-\u9fff])"
    )


# the marks that end a clause holding a run (a 顿号 run never crosses them)
_CLAUSE_RE = re.compile(r"[^，,。；;：:！？!?“”‘’「」『』（）()\n]+")
_SENTENCE_ENDS = "。！？!?\n"


def _runs(text: str, start: int, end: int, ch: str) -> Iterator[tuple[int, int, list[str]]]:
    """The 顿号 runs in ``text[start:end]`` whose pieces after the first open with ``ch``."""
    for clause in _CLAUSE_RE.finditer(text, start, end):
        body = clause.group(0)
        if "、" not in body:
            continue
        pieces = body.split("、")
        if (
            len(pieces) >= MIN_PIECES
            and ch in pieces[0]
            and all(p.startswith(ch) and len(p) > 1 for p in pieces[1:-1])
            and pieces[-1].startswith(ch)
            and all(len(p) <= PIECE for p in pieces[1:-1])
        ):
            yield clause.start(), clause.end(), pieces


def _sentence_bounds(text: str, at: int) -> tuple[int, int]:
    """The start of the sentence before ``at``'s and the end of the one after it."""
    start = max(text.rfind(c, 0, at) for c in _SENTENCE_ENDS)
    start = max(text.rfind(c, 0, start) for c in _SENTENCE_ENDS) if start > 0 else start
    ends = [e for e in (text.find(c, at) for c in _SENTENCE_ENDS) if e >= 0]
    end = min(ends) if ends else len(text)
    ends = [e for e in (text.find(c, end + 1) for c in _SENTENCE_ENDS) if e >= 0]
    end = min(ends) if ends else len(text)
    return start + 1, end


def fused_slogans(text: str) -> Iterator[tuple[int, int, int, tuple[int, int], list[str]]]:
    """Each fused slogan with a run near it: (count, slogan start, slogan end, run span,
    the run's pieces). A slogan with runs of several lengths near it is passed over."""
    for m in _fused_re().finditer(text):
        try:
            n = cn_to_int(m.group("num"))
        except NumeralError:
            continue
        if not 2 <= n <= 20:
            continue
        lo, hi = _sentence_bounds(text, m.start())
        lo, hi = max(lo, m.start() - REACH), min(hi, m.end() + REACH)
        found = [
            r
            for r in _runs(text, lo, hi, m.group("ch"))
            if not (r[0] <= m.start() < r[1])  # (the slogan inside a piece is no run of it)
        ]
        if len({len(p) for _, _, p in found}) != 1:
            continue
        s, e, pieces = found[0]
        if len(pieces) < n and "等" in pieces[-1]:
            continue  # (「进机关、进社区、进农村等」 of “六进”: 等 leaves items unnamed)
        # (the first piece from its last such character: 深入推进法律进机关 -> 进机关)
        ch = m.group("ch")
        first = pieces[0].rfind(ch)
        yield n, m.start(), m.end(), (s + first, e), [pieces[0][first:], *pieces[1:]]
