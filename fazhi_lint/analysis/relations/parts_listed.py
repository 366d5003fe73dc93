"""The parts of a whole listed, then counted (N203, read by :mod:`.announced`).

「本报告包括总体情况，主动公开政府信息情况，…，其他需要报告的事项等五部分组成」「报告全文分A、B…
F六个部分」「年度报告内容包含A，B…等六项内容」「全文包括A，B…F五大部分」: after a word that
opens the parts of a whole (numbers.toml ``announced.part-leads``: 由, 包括, 分…), or with none
before a count followed by 组成/构成, a list of names runs up to a count of parts
(``announced.part-nouns``: 部分, 方面, 内容…, with 个/项/大 or no measure). The list is read in
every way its marks allow, from the fewest parts to the most:

* with commas (or semicolons) between its pieces, each comma piece is one part at least; a 顿号
  inside a piece joins two words of one part when the words before it lack the head most parts
  end with and those after it end with it (「政府信息公开行政复议、行政诉讼情况」: the head 情况
  is shared), any other 顿号 there may split the piece;
* without commas, each 顿号 piece is a part, except a piece ending with the head after one
  without it (the same joining 顿号); the piece before must carry at least as many words as
  the piece after has of its own (「行政复议、行政诉讼情况」「被申请行政复议、提起行政诉讼情况」,
  not 「概述、主动公开情况」) — whatever the length of the piece after (session 27: the length
  limit misread the six parts of real reports as seven, KA060 missed and KA079 a false error);
* the closing 和/及/与 of the last piece, its left side ending with that head, splits two whole
  parts (「…改进情况和其他需要报告的事项」); any other in the last piece may, and so may one after
  a whole part in a 顿号 piece; inside a comma piece before the last it joins words of one part
  (「依申请公开政府信息情况和不予公开政府信息的情况，」).

A count after 以下/如下/下列 has its parts after it (left to :mod:`.announced`).

A count that fits no reading contradicts the list: an error, or a warning when it equals a
reading that splits at a joining 顿号 (the writer may have counted the marks, the reviewer counts
the parts). 等 closes the list only when its last part is the rest (numbers.toml
``rest`` (numbers.toml), or 的其他 inside it: 其他需要报告的事项, 需要说明的其他事项 leave nothing
unnamed); otherwise only more parts named than counted contradict. Session 29 (s29-lists): 组成/
构成 after the count no longer closes a list ending with 等 by itself (「由总体情况、主动公开…、
收到和处理…申请情况等六个部分组成」 names three of six: real KJ057, a false error) — false errors
real19–42 | real43–48 | real49–51 | blind | own: 0 | 0 | 1→0 | 0 | 0, found unchanged (every
contradiction of that form in the sets counted one more part than a list ending with the rest).
Session 32 (s32b-announced): in a comma list, a 顿号 inside a comma piece after a word that
lacks the head the list's 顿号 words end with (情况; none when no two-character ending holds
half of them) joins two words of one part, as a 顿号 before the head already did (「…，依申请
公开，行政复议、诉讼和申诉，…，附表八部分组成」: seven parts, eight only if the writer counted
the mark — a warning); after a word ending with that head (「总体情况、主动公开…情况，…」, a
list split by both marks) it may still split whole parts. Class: the comma list of an annual
report's parts with one comma part holding 顿号 words — real49 KI051 (found, was missed; its
twin KI050 quiet), real26 QW051/QW073 (「因…申请投诉举报、行政复议、提起行政诉讼的情况」,
quiet at six) and real51 KL041 (mixed marks, quiet); found real49–51 26→27 of 36 (at warning;
at error 20, false errors 1, warnings on consistent 1 unchanged); every other read set
(real19–60, blind1–44, own10–26) and the seeds/corpus/fixtures snapshot unchanged.

The lead is the first lead word of the count's sentence whose list holds names only (no figure
but a year, no title mark, none longer than a part's name) — a lead word inside an earlier
clause (「由…编制，包括A、B…」) is passed over for a later one that opens a comma piece, right
after the comma or after a subject of a few characters (「由…编制，报告包括A、B…」); a lead
word inside a part's name (部分, 理由) comes after the true lead and is never reached. Three
pieces at least. Linear: the sentence before the count is scanned once per lead word in it,
and the lead words are few.

Session 33 (s33-quiet), tried and dropped: only a closing 和 splitting two whole parts, 及/与
only maybe (「…、重点领域信息公开及疫情防控专题专栏三个方面」 real63 LA019, a false error, went
quiet) — it lost real19 QN010 and own19 ANX20 (「…存在的主要问题及改进情况及其他需要报告的
事项」: 及 closing an annual report's parts list, found → missed). The same form after a count
in :func:`.announced._and_counts` (real61 KY049) lost blind20 YB51 (「…法制审核以及执法过错责任
追究」). LA019 left: the two readings of 及 differ by the head only of the right side here.

Session 35 (s35-announced): a 顿号 list whose names are all of one size, the two sides of a single
和 in its last piece that size too, is closed by that 和 (「从审判执行、立案信访、管理创新和队伍建设
三个方面」: four parts, not three or four) — the rule :func:`.announced._closing_and` already applies
to a list before a count of kinds (blind15 F003, blind17 N006), for parts only when the size is
exact (and never 及/与/以及, the session 33 losses). Found real54 KP077 and own24 ANW004 (their
twins KP076, ANW003 quiet); no other case of the read sets reads this way.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ...grammar import HAN, HAN_RE
from ..quantities import Lexicon
from .common import rest_words
from .summed import top_split

PART_NAME = 48  # characters of one part's name (longer: a clause, not a part)
PART_JOIN = 4  # characters before the head of a piece a 顿号 may join (lists after a count)
REACH = 300  # characters before the count read for its sentence
WHOLE_PARTS = "部分"  # the noun of the sections of a whole, whatever verb follows its count
_YEAR_RE = re.compile(r"(?:19|20)[0-9]{2}年度?")
_NOT_NAME_RE = re.compile(r"[0-9０-９《》〔〕：:]")
# a piece holding a count of its own (「一个中心、两条路线」): parts of something else
_OWN_COUNT_RE = re.compile(r"[一二两三四五六七八九十][个项条大类种家支张]")
_TAIL_RE = re.compile(r"[，,]?\s*(?:等|共计|合计|总计|共|这)*$")
_STOPS = "。！？!?\n"
_NOT_HAN_RE = re.compile(f"[^{HAN}]")
_AHEAD = ("以下", "如下", "下列")
# the words that open a clause listing a whole's parts without a lead word (「本报告共有」「现按照」)
_CLAUSE_LEAD_RE = re.compile("[^、]*?(?:共有|按照|依照|包括|有)(?=[^、]{2})")
# the rest named inside the last part (「需要说明的其他事项」)
_REST_INSIDE_RE = re.compile(r"的其[他它]")


@dataclass(frozen=True)
class PartsList:
    """A whole's parts listed before their count."""

    items: tuple[str, ...]  # the pieces as written (comma pieces, or 顿号 pieces without commas)
    counts: frozenset[int]  # the numbers of parts the list may name
    loose: frozenset[int]  # more, only when a joining 顿号 is read as a split
    closed: bool  # False: a 等 may leave parts unnamed (only fewer counted contradict)
    joined: tuple[str, ...]  # the pieces whose 顿号 joins two words of one part


@lru_cache(maxsize=4)
def composed_re(lex: Lexicon) -> re.Pattern[str]:
    """A count of parts, the word 内容 and the verb of making up after it (「六部分组成」「五大
    部分」「6项内容」「三个方面构成」)."""
    nouns = "|".join(sorted(lex.data["announced"].get("part-nouns", ()), key=len, reverse=True))
    return re.compile(
        rf"(?P<num>[0-9一二三四五六七八九十两]+)[个项大]?(?P<noun>{nouns})(?:内容)?"
        r"(?P<made>组成|构成)?(?!的)"
    )


@lru_cache(maxsize=4)
def _leads_re(lex: Lexicon) -> re.Pattern[str]:
    words = sorted(lex.data["announced"].get("part-leads", ()), key=lambda w: (-len(w), w))
    return re.compile("(?:" + "|".join(re.escape(w) for w in words) + ")[：:]?")


def _head(pieces: Sequence[str]) -> str:
    """The two characters most pieces end with (情况), when two at least and half of them do."""
    ends = Counter(p[-2:] for p in pieces if len(p) >= 2)
    if not ends:
        return ""
    head, times = ends.most_common(1)[0]
    return head if times >= 2 and 2 * times >= len(pieces) else ""


def joins_words(a: str, b: str, head: str) -> bool:
    """May the 顿号 between pieces ``a`` and ``b`` join two words of one part? ``b`` ends with
    the ``head`` most parts end with and ``a`` lacks it, ``a`` carrying at least the words ``b``
    has of its own (「行政复议、行政诉讼情况」; not 「概述、主动公开情况」)."""
    return bool(head) and a[-1:] != head[-1] and b.endswith(head) and len(a) >= len(b) - len(head)


def joined_parts(atoms: Sequence[str]) -> int:
    """The 顿号 of a run of part names that may each join two words of one part (the piece
    after it short: ``PART_JOIN`` characters before the head) — for a list after its count."""
    head = _head(atoms)
    return sum(
        1
        for a, b in itertools.pairwise(atoms)
        if joins_words(a, b, head) and len(b) - len(head) <= PART_JOIN
    )


def _and_left(item: str) -> str | None:
    """The words before the last 和/及/与/以及 of an item outside brackets and quotes."""
    depth = 0
    found = -1
    for i, ch in enumerate(item):
        if ch in "（(“「《":
            depth += 1
        elif ch in "）)”」》":
            depth = max(0, depth - 1)
        elif not depth and ch in "和及与" and 0 < i < len(item) - 1:
            found = i - 1 if item[i - 1 : i + 1] == "以及" else i
    return item[:found] if found > 0 else None


def _parallel_close(atoms: Sequence[str]) -> bool:
    """Does a 和 in the last 顿号 piece close a list of names all of one size, its two sides
    of that size too (「审判执行、立案信访、管理创新和队伍建设」: four parts, not three)? Only 和,
    once, between bare words (no 的, figure, mark or bracket): 及/与 join the words of one part
    more often (「重点领域信息公开及疫情防控专题专栏」), and sides of another size than the other
    names (「制度建设、队伍建设、监督和保障」) may be one part."""
    last = atoms[-1]
    if last.count("和") != 1 or _BARE_RE.search(last) or "以及" in last:
        return False
    left, right = last.split("和")
    sizes = {len(a) for a in atoms[:-1]} | {len(left), len(right)}
    return (
        len(atoms) >= 2
        and len(sizes) == 1
        and min(sizes) >= 2
        and not any(_BARE_RE.search(a) for a in atoms[:-1])
    )


# what makes a piece no bare name of one size with the others
_BARE_RE = re.compile(r"[的及与0-9０-９“”「」《》（）()\s]")


def _names_only(pieces: Sequence[str]) -> bool:
    return all(
        p
        and len(p) <= PART_NAME
        and not _NOT_NAME_RE.search(_YEAR_RE.sub("", p))
        and not _OWN_COUNT_RE.search(p)
        for p in pieces
    )


SUBJECT = 4  # characters of a subject between a comma and the lead of its clause (本报告)


def _opens_piece(body: str, at: int) -> bool:
    """Does the lead word at ``at`` open its comma piece, right after the comma or after a
    short subject (「由…编制，报告包括A、B…」「…，本年报由A、B…组成」)?"""
    comma = max(body.rfind(c, 0, at) for c in "，,；;")
    return comma >= 0 and at - comma - 1 <= SUBJECT and not _NOT_HAN_RE.search(body, comma + 1, at)


def _segment(body: str, made: bool, lex: Lexicon) -> str | None:
    """The list's text: after the first lead word whose list holds names only, or a later one
    opening a comma piece; with no lead, before 组成/构成 only, the 顿号 run of the last clause."""
    leads = list(_leads_re(lex).finditer(body))
    for k, lead in enumerate(leads):
        seg = body[lead.end() :]
        if len(seg) > REACH or not _names_only(top_split(seg, "，,；;、")):
            continue
        opening = next((m for m in leads[k + 1 :] if _opens_piece(body, m.start())), None)
        return body[opening.end() :] if opening is not None else seg
    if not made:
        return None
    clause = body[max(body.rfind(c) for c in "，,；;：:") + 1 :]
    if "、" not in clause or not _names_only(top_split(clause, "、")):
        return None
    # (the words before the first part, 「本报告共有」「现按照」, are no part: cut for the
    # message; the number of pieces is the same)
    opening = _CLAUSE_LEAD_RE.match(clause, 0, clause.find("、"))
    return clause[opening.end() :] if opening is not None else clause


def parts_list(text: str, num_start: int, lex: Lexicon) -> PartsList | None:
    """The parts listed before the count of parts at ``num_start``, or None when none are."""
    m = composed_re(lex).match(text, num_start)
    if m is None or (len(m.group("noun")) == 1 and HAN_RE.match(text, m.end())):
        return None  # (「三个节点」: 节 of a longer word, no section)
    # (a count of 部分 is of a whole's sections whatever verb follows: 「本报告共有A、B…等
    # 六部分」「现按照A、B…六个部分编制本报告」 — with no lead word, the 顿号 run of its clause)
    made = m.group("made") is not None or m.group("noun") == WHOLE_PARTS
    floor = max(0, num_start - REACH)
    start = max(floor - 1, *(text.rfind(c, floor, num_start) for c in _STOPS)) + 1
    before = text[start:num_start]
    tail = _TAIL_RE.search(before)
    assert tail is not None  # (the pattern matches the empty tail too)
    body = before[: tail.start()]
    if body.endswith(_AHEAD):
        return None  # 「重点在以下三个方面」: the parts follow the count
    seg = _segment(body, made, lex)
    if seg is None:
        return None
    pieces = top_split(seg, "，,；;")
    by_comma = len(pieces) >= 2
    atoms_of = [top_split(p, "、") for p in pieces]
    atoms = [a for group in atoms_of for a in group]
    if len(atoms) < 3 or not all(atoms):
        return None
    head = _head(pieces if by_comma else atoms)
    # (in a comma list, the head the 顿号 pieces end with: a 顿号 after a piece without it
    # joins words of one comma part — 「行政复议、诉讼和申诉，」; after one ending with it,
    # 「总体情况、主动公开…情况，」, it may split whole parts)
    atom_head = _head(atoms) if by_comma else ""
    low = len(pieces) if by_comma else len(atoms)
    maybe = 0  # marks that may split one part into two
    joined: list[str] = []
    shown = list(pieces if by_comma else atoms)  # the parts named in a message
    for group, piece in zip(atoms_of, pieces, strict=True):
        for a, b in itertools.pairwise(group):
            # (the piece before carries at least the words the piece after has of its own, the
            # head elided: 「行政复议、行政诉讼情况」; a short name, 概述 before 主动公开情况, or
            # one ending as the head does, 工作概况, is a part of its own)
            if joins_words(a, b, head) or (by_comma and not (atom_head and a.endswith(atom_head))):
                joined.append(f"{a}、{b}" if not by_comma else piece)
                if not by_comma:
                    low -= 1
                    at = shown.index(b)
                    shown[at - 1 : at + 1] = [f"{a}、{b}"]  # (one part, shown whole)
            elif by_comma:
                maybe += 1
    for k, atom in enumerate(atoms):
        left = _and_left(atom)
        if left is None or (by_comma and k < len(atoms) - 1):
            # (a 和 inside a comma piece before the last joins words of that one part:
            # 「依申请公开政府信息情况和不予公开政府信息的情况，」)
            continue
        whole = bool(head) and left.endswith(head)
        parallel = k == len(atoms) - 1 and not by_comma and _parallel_close(atoms)
        if k == len(atoms) - 1 and (whole or parallel):
            # the closing 和: 「…改进情况和其他需要报告的事项」, two whole parts — or names all of
            # one size, 「审判执行、立案信访、管理创新和队伍建设」 (session 35: shown apart)
            low += 1
            if parallel and shown[-1] == atom:
                shown[-1:] = atom.split("和")
        elif k == len(atoms) - 1 or whole:
            # (the last piece's other 和 may close the list; a 顿号 piece's 和 after a whole
            # part, 「主动公开…情况和收到处理…申请情况、」, may join two)
            maybe += 1
    counts = frozenset(range(low, low + maybe + 1))
    loose = frozenset(range(low + maybe + 1, low + maybe + len(joined) + 1))
    rest = rest_words("left", "other", "added")
    last = atoms[-1]
    last_own = last[len(_and_left(last) or "") :].lstrip("和及与以")
    # (等 leaves parts unnamed unless the last part is the rest: 「由总体情况、…申请情况等六个
    # 部分组成」 names three of six — 组成 alone does not close it; 「…、需要说明的其他事项等」 does)
    closed = (
        "等" not in before[tail.start() :]
        or last_own.startswith(rest)
        or _REST_INSIDE_RE.search(last_own) is not None
    )
    return PartsList(tuple(shown), counts, loose, closed, tuple(joined))
