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

Session 35 (s35-announced): a slogan with no such run near it is held to a 顿号 run ending right
against it — nothing between them but a verb of joining and 的 (相结合的), a space or an opening
quote: 「文化、科技、卫生“三下乡”」「阵地、人员、经费三落实」「人民调解、行政调解、司法调解相结合的
“三调联动”」「计划、教材、课时、师资、经费的 “五落实”」 — whatever the items' words (a warning). Not
when the run may be open or join two items (等, a 和 in the last piece, a bracket), when its
pieces after the first are no short names (a figure, more than ``AGAINST_PIECE`` characters), when
the slogan holds a second count (“四官一律”, “两随机一公开”: two kinds at once) or when one count
is more than twice the other, nor when the numeral is glued to a one-character piece (「…、慈善、
红十字」: a word holding it — two false warnings on corpus government work reports in the first
no-regression run) or the slogan is followed by 、 or 等 (an item of a list itself); a quote holding the whole run is read the same way (「通过“精准化服务、
数字化赋能、团队化协作”三维发力」: own23 ANZ015, own24 ANW031, one page). Class (three pages or more): own20 ARB22 (三下乡) and ARA06 (四落实,
five listed), own21 ANC023 (阵地、人员、经费四落实), real67 LE050 (四调联动); every consistent case
of that shape in the read sets (ARB21, ARA05, ANC022, LE049, QG054, KS085, RAK27…) counts as
many as it lists.
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
        if not found:
            adjacent = _run_against(text, m)
            if adjacent is not None:
                # (the slogan named whole in the message: 「四落实」, 「四调联动」)
                rest = _WORDS_RE.match(_name_rest(text, m))
                stop = m.end() + (rest.end() if rest is not None else 0)
                yield n, m.start(), stop, adjacent[0], adjacent[1]
            continue
        if len({len(p) for _, _, p in found}) != 1:
            continue
        s, e, pieces = found[0]
        if len(pieces) < n and "等" in pieces[-1]:
            continue  # (「进机关、进社区、进农村等」 of “六进”: 等 leaves items unnamed)
        # (the first piece from its last such character: 深入推进法律进机关 -> 进机关)
        ch = m.group("ch")
        first = pieces[0].rfind(ch)
        yield n, m.start(), m.end(), (s + first, e), [pieces[0][first:], *pieces[1:]]


# what may stand between a 顿号 run and the slogan that counts it: a verb of joining them and 的,
# a space, an opening quote (「人民调解、行政调解、司法调解相结合的“三调联动”」「计划、…、经费的
# “五落实”」「做到阵地、人员、经费三落实」)
_JOINT_RE = re.compile(
    r"(?P<close>[”」])?(?:相结合|相融合|相统一|相衔接|有机结合)?的?[ 　]*[“「]?$"
)
_JOINT_REACH = 10  # characters of that joint at most
_RUN_STOPS = "，,。；;：:！？!?\n“”「」"
AGAINST_PIECE = 10  # characters of a piece after the first in a run right against its slogan
_OWN_NUMERAL_RE = re.compile("[0-9０-９一二两三四五六七八九十]")
# a second count inside the slogan, a numeral before a word (一律 of “四官一律”; not the 一 that
# ends 统一 in “五统一”)
_SECOND_COUNT_RE = re.compile("[一二两三四五六七八九十][\u4e00-\u9fff]")
_JOINED_RE = re.compile("[和及与]")
_WORDS_RE = re.compile("[\u4e00-\u9fff]*")


def _name_rest(text: str, m: re.Match[str]) -> str:
    """The words of the slogan after its fused character: up to its closing quote when it is
    quoted (「“三调联动”」: 联动), else the next two characters (「三落实」: 实)."""
    start = m.start("num")
    if start > 0 and text[start - 1] in "“「":
        reach = m.end() + 9
        found = (text.find("”", m.end(), reach), text.find("」", m.end(), reach))
        close = min((i for i in found if i >= 0), default=-1)
        return text[m.end() : close] if close >= 0 else text[m.end() : m.end() + 8]
    return text[m.end() : m.end() + 2]


def _run_against(text: str, m: re.Match[str]) -> tuple[tuple[int, int], list[str]] | None:
    """A 顿号 run ending right against a fused slogan whose items need not repeat its character
    (「文化、科技、卫生“三下乡”」「阵地、人员、经费三落实」, or a quote holding the run:
    「“A、B、C”三维发力」; session 35): three pieces at least, the
    pieces after the first short names (no figure, no bracket, no 等, no 和 closing the last —
    a list that may be open or join two in one), the slogan one name (no second numeral in it:
    “四官一律”, “两随机一公开” count two kinds at once), neither count more than twice the other
    (a run far from its count is of something else)."""
    start = m.start("num")
    if _SECOND_COUNT_RE.search(_name_rest(text, m)):
        return None
    joint = _JOINT_RE.search(text, max(0, start - _JOINT_REACH), start)
    if joint is None:
        return None
    end = joint.start()
    begin = max(text.rfind(c, max(0, end - 160), end) for c in _RUN_STOPS) + 1
    if joint.group("close"):
        # 「通过“精准化服务、数字化赋能、团队化协作”三维发力」: the run is the whole quote
        if begin == 0 or text[begin - 1] not in "“「":
            return None
    elif begin > 0 and text[begin - 1] in "“”「」":
        return None  # (a quote inside the run: its start is not known)
    run = text[begin:end]
    pieces = run.split("、")
    if (
        len(pieces) < MIN_PIECES
        or not all(pieces)
        or any(
            len(p) > AGAINST_PIECE or _OWN_NUMERAL_RE.search(p) or re.search("[（()）等]", p)
            for p in pieces[1:]
        )
        or "等" in pieces[0]
        or _JOINED_RE.search(pieces[-1])
        # (a one-character piece glued to the numeral is a word holding it, 「…、慈善、红十字」;
        # a slogan followed by 、 or 等 is itself an item of a list, no count of the run)
        or (end == start and len(pieces[-1]) < 2)
        or text[m.end() + len(_name_rest(text, m)) :][:1] in ("、", "等")
        or text[m.end() : m.end() + 1] in ("、", "等")
    ):
        return None
    n = cn_to_int(m.group("num"))
    if max(n, len(pieces)) > 2 * min(n, len(pieces)):
        return None
    return (begin, end), pieces
