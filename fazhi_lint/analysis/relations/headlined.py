"""A count in a headline against the names its first paragraph lists (N203, read by
:mod:`.announced`).

Session 33 (s33-announced). A headline — a paragraph with no sentence end, short — announces
how many of a place's units made a list: a numeral, a measure or none, a short noun and a verb
of making a list (numbers.toml ``announced.selection-verbs``: 上榜, 入选, 榜上有名…):
「淮安4个村(社区)上榜」「湖南4地上榜」「石家庄市3县上榜…」. The story's first paragraph then
names them, a 顿号 run right before a verb of the same class: 「我省邵阳邵东市、常德鼎城区、
郴州苏仙区、湘潭雨湖区上榜」「…涟水县涟城街道东门社区榜上有名」. That run is the headline's
list when it is clearly the one: the only run of names before such a verb in the paragraph, and
every other such verb there has a count of its own in its clause (「河北省共有7个县（市）入围，
其中…上榜」: the 7 is another, larger whole, and the 其中 run belongs to the headline); the
paragraph does not say the headline's number again (then the announcement rules read it
there), no name carries a figure (「A县3个村、B县2个村入选」: counts, not names), and a run
ending with 等 is open (only more names than announced contradict). 「A、B和C」 may name two or
three. The link from a headline to its story is a reading: a warning at most.

Class: real58 KV063, real61 KY056, real63 LA047 (three pages; each a contradiction found, its
consistent twin KV062, KY055, LA046 quiet).
Linear: the headline is matched once, the next paragraph scanned once.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from ..quantities import Lexicon

HEADLINE = 60  # characters of a headline at most
_SENTENCE_END_RE = re.compile(r"[。！？!?；;]")
_FIGURE_RE = re.compile(r"[0-9０-９]")
_JOINED_RE = re.compile("[和及与]")


@dataclass(frozen=True)
class Headlined:
    """A headline's count and the names its story lists."""

    num: str  # the numeral as written
    span: tuple[int, int]  # the count in the headline (numeral through noun)
    name: str  # the count as written (「4个村(社区)」)
    measure: str  # its measure, 个 when none is written (4县, 5地)
    items: tuple[str, ...]  # the names, 顿号 pieces of the run
    partial: bool  # the run ends with 等
    joined: bool  # the last name holds 和/及/与: it may name two


@dataclass(frozen=True)
class _Patterns:
    """The headline's count, the run of names and the verb, compiled once per lexicon."""

    headline: re.Pattern[str]
    listed: re.Pattern[str]
    verb: re.Pattern[str]


@lru_cache(maxsize=4)
def _patterns(lex: Lexicon) -> _Patterns | None:
    verbs = sorted(lex.data.get("announced", {}).get("selection-verbs", []), key=len, reverse=True)
    if not verbs:
        return None
    alt = "|".join(re.escape(v) for v in verbs)
    headline = re.compile(
        r"(?<![0-9０-９.．第一二两三四五六七八九十百千万])"
        r"(?P<num>[0-9]{1,2}|[一二两三四五六七八九十]{1,3})"
        r"(?P<meas>[个名家所位项支])?"
        r"(?P<noun>[\u4e00-\u9fff]{1,4}(?:[（(][\u4e00-\u9fff、]{1,6}[）)])?)"
        rf"(?=(?:{alt}))"
    )
    listed = re.compile(
        r"(?P<run>[^，,。；;：:！？!?\s、“”《》]{1,40}(?:、[^，,。；;：:！？!?\s、“”《》]{1,40})+)"
        rf"(?:均|都|也|同时)?(?={alt})"
    )
    return _Patterns(headline, listed, re.compile(alt))


def _clause_start(text: str, at: int) -> int:
    return max(text.rfind(c, 0, at) for c in "，,；;。：:！？!?\n") + 1


def headlined(text: str, body_of: Callable[[], str | None], lex: Lexicon) -> Headlined | None:
    """The count of a headline ``text`` and the names the paragraph after it (``body_of``,
    asked only for a headline with a count) lists."""
    head = text.strip()
    if not head or len(head) > HEADLINE or _SENTENCE_END_RE.search(head) is not None:
        return None
    pats = _patterns(lex)
    if pats is None:
        return None
    counts = list(pats.headline.finditer(text))
    if len(counts) != 1:
        return None
    m = counts[0]
    noun = m.group("noun")
    if m.group("meas") is None and len(noun) != 1:
        return None  # (a numeral without a measure counts a one-character noun: 4县, 5地)
    body = body_of()
    if body is None:
        return None
    runs = list(pats.listed.finditer(body))
    if len(runs) != 1:
        return None
    run = runs[0]
    # every other verb of the class in the paragraph holds a count in its clause
    for v in pats.verb.finditer(body):
        if run.start() <= v.start() <= run.end() + 2:
            continue
        if _FIGURE_RE.search(body, _clause_start(body, v.start()), v.start()) is None:
            return None
    if _said_again(body, m.group("num")):
        return None
    pieces = run.group("run").split("、")
    pieces[0] = pieces[0][-16:]
    if any(_FIGURE_RE.search(p) for p in pieces):
        return None
    last = pieces[-1]
    partial = last.endswith("等")
    if partial:
        pieces[-1] = last[:-1]
    joined = _JOINED_RE.search(pieces[-1]) is not None
    measure = m.group("meas") or "个"
    return Headlined(
        m.group("num"),
        (m.start("num"), m.end("noun")),
        m.group("num") + (m.group("meas") or "") + noun,
        measure,
        tuple(pieces),
        partial,
        joined,
    )


def _said_again(body: str, num: str) -> bool:
    """Does the paragraph say the headline's number as a count (digits, as written)?"""
    at = body.find(num)
    while at >= 0:
        before = body[at - 1 : at]
        after = body[at + len(num) : at + len(num) + 1]
        if not (before.isdigit() or after.isdigit()) and after not in ("年", "月", "日", "号"):
            return True
        at = body.find(num, at + 1)
    return False
