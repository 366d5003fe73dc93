"""The first N of a ranking against the members it names (N203).

「排名前五的省份为：A、B、C、D、E」 announces exactly five members: a ranking of the first N
names N of them (the count is its own: no 等 makes 前五 open). The members are read

* after the rank and a word that gives them (为/是/依次为/主要涉及…, or a colon): the ordinals
  (（1）…（5）), else the 分号 pieces (「住建局99件；公安局77件」, commas inside a piece are its
  own: 「西津街道办事处，转办23件」), else the pieces joined by > (「食品（18%）>交通工具13%>…」),
  else the 顿号 list of the first clause, its last 和/及 joining two members when the left one
  is complete (ends with its bracket or figure: 「杨林寨乡（97.8分）和三塘镇（97.8分）」) or
  perhaps (「宠物及宠物用品」 may be one); else the comma pieces that each name a member with
  its figure in the first one's unit (「餐饮住宿类97件，美容美发类52件，…，分别占…」), up to the
  first other piece; the ranked noun may carry a short bracket (「前十的县（市、区）为：」);
* before the rank, as the 顿号 list of its clause (「A、B、…、J受理量排名前十位」): a list
  before may name some of the first N only (「A、B进入前十」), so only more of them contradict.

Not reported: a list ending with 等 that names no more than N (the first few quoted);
members tied with the N-th (「前三位：…杨林寨乡（97.8分）和三塘镇（97.8分）」: four for three);
fewer than N named is a warning (the rest of the ranking may be printed apart, in a table), and
only when the list ends its sentence (a paragraph ending on the list with no stop may go on past a
page break); a semicolon ends the first clause too (two rankings in one sentence, each its list);
a piece opening with 其余/其他/此外… ends the list (the others, not the first N); a rank of a
period (前三季度, 前4月) or without a word of ranking (排名, 位居, 居…, or 位/名 after it).
Half-width punctuation (, ; : ( )) of PDFs reads as the full-width forms. Linear: one scan of
the paragraph, each list bounded by its sentence and ``_MAX_LIST`` characters.
"""

from __future__ import annotations

import re

from ...grammar import CLOSE_BRACKETS, OPEN_BRACKETS, SENTENCE_ENDS
from ...model import Severity, Span
from ..cn_numbers import count_or_none
from ..quantities import BlockQuantities, scan
from .common import Relation, Verdict, shown_items

_MAX_LIST = 400  # characters of a ranking's list read after it
_REACH = 200  # characters of the clause before a rank read for a list before it
_HEAD = 12  # characters of the ranked noun between the rank and the word giving the list

_RANK_RE = re.compile(
    r"(?P<cue>排名|排在|排位|位居|位于|位列|名列|居于|居)?"
    r"(?<![提之此以目当事会赛节])前(?P<num>[0-9]{1,2}|[一二两三四五六七八九十]{1,3})"
    r"(?P<meas>位|名|类)?(?![0-9一二两三四五六七八九十季月年周天日个期批轮次])"
)
_OPEN_RE = re.compile(
    # (the ranked noun may carry a short bracket of its kinds: 「前十的县（市、区）为：」)
    rf"(?:的)?(?P<head>(?:[^\s，,。；;：:、（()）“”《》0-9０-９]|[（(][^（()）\s]{{1,{_HEAD}}}[）)])"
    rf"{{0,{_HEAD}}}?)"
    r"(?P<open>(?:依次|分别|主要)?(?:为|是|有|涉及|包括)[：:，,]?|[：:])"
)
_OPEN_BR = OPEN_BRACKETS
_CLOSE_BR = CLOSE_BRACKETS
_END = SENTENCE_ENDS
_ORDINAL_RE = re.compile(r"[（(](?P<n>[0-9]{1,2})[）)]|(?P<c>[①②③④⑤⑥⑦⑧⑨⑩])")
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
# a piece opening with the rest of the ranking or other matters: the first N end before it
_REST_RE = re.compile(
    r"[，,\s]*(?:其余|另有|另外|此外|同时|以上|上述|剩余|余下|合计|共计|总体"
    # (其他 is a member when a name and its figure follow: 「其他…违法行为325件」)
    r"|其[他它](?!(?:(?![均都皆])[\u4e00-\u9fff]){2,}?[0-9０-９]))"
)
_FIGURE_RE = re.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)?")
# a last member joined by 和/及: complete on the left when it ends with its bracket or figure
_AND_RE = re.compile(r"以及|[和及与]")
_COMPLETE_LEFT_RE = re.compile(r"(?:[）)]|[0-9０-９][^\u4e00-\u9fff]{0,2}[\u4e00-\u9fff]?)\s*$")
_PARTIAL_RE = re.compile(r"等(?:等)?[\u4e00-\u9fff]{0,4}$")
_COUNT_RE = re.compile(r"[0-9０-９]|[一二两三四五六七八九十]+[个项家名类条所批种场次级]")


def top_spans(
    text: str, start: int, limit: int, seps: str, ends: str = SENTENCE_ENDS
) -> tuple[list[tuple[int, int]], int]:
    """The pieces (start, end) of ``text`` from ``start`` between separators outside brackets,
    up to a sentence end outside brackets (one of ``ends``) or ``limit`` characters; and the
    position the scan stopped at (the pieces' end)."""
    spans: list[tuple[int, int]] = []
    depth = 0
    begin = start
    end = min(len(text), start + limit)
    for i in range(start, end):
        ch = text[i]
        if ch in _OPEN_BR:
            depth += 1
        elif ch in _CLOSE_BR:
            depth = max(0, depth - 1)
        elif depth == 0 and ch in ends:
            end = i
            break
        elif depth == 0 and ch in seps:
            spans.append((begin, i))
            begin = i + 1
    spans.append((begin, end))
    return spans, end


def _top_split(text: str, seps: str) -> list[str]:
    """The pieces of ``text`` between separators outside brackets."""
    return [text[a:b] for a, b in top_spans(text, 0, len(text), seps, ends="")[0]]


def _depth(text: str, pos: int) -> int:
    """How many brackets are open at ``pos`` of ``text``."""
    depth = 0
    for ch in text[:pos]:
        if ch in _OPEN_BR:
            depth += 1
        elif ch in _CLOSE_BR:
            depth = max(0, depth - 1)
    return depth


def _sentence(text: str, start: int) -> str:
    """The rest of the sentence from ``start`` (outside brackets), at most ``_MAX_LIST``."""
    return text[start : top_spans(text, start, _MAX_LIST, "")[1]]


def _until_rest(pieces: list[str]) -> list[str]:
    out: list[str] = []
    for p in pieces:
        if out and _REST_RE.match(p):
            break
        out.append(p)
    return [p for p in out if p.strip(" 　，,")]


def _members(region: str) -> tuple[list[str], bool]:
    """The members a ranking's list names, and whether the last one may be two (和)."""
    ordinals = [m for m in _ORDINAL_RE.finditer(region)]
    if ordinals and region.lstrip().startswith(ordinals[0].group(0)):
        values = [
            int(m.group("n")) if m.group("n") else _CIRCLED.index(m.group("c")) + 1
            for m in ordinals
        ]
        run = 0
        for v in values:
            if v != run + 1:
                break
            run = v
        if run >= 2:
            return [f"（{i}）" for i in range(1, run + 1)], False
    # the first clause ends at a comma or a semicolon: 「…为：A、B、C、D、E；罚款金额排名前五的为：
    # F、G…」 is two rankings, each its own 顿号 list
    first = _top_split(region, "，,；;")[0]
    if len(_top_split(first, "、")) < 2:
        if len(_top_split(region, "；;")) >= 2:
            return _until_rest(_top_split(region, "；;")), False
        if len(_top_split(region, ">＞")) >= 2:
            return _until_rest(_top_split(region, ">＞")), False
        figured = _figured_pieces(region)
        if len(figured) >= 2:
            return figured, False
    pieces = [p for p in _top_split(first, "、") if p.strip()]
    if len(pieces) < 2:
        return pieces, False
    last = pieces[-1]
    joined = [
        a
        for a in _AND_RE.finditer(last)
        if _top_split(last[: a.start()], "、")[-1] and _depth(last, a.start()) == 0
    ]
    if joined:
        a = joined[-1]
        left = last[: a.start()]
        if _COMPLETE_LEFT_RE.search(left):
            return [*pieces[:-1], left, last[a.end() :]], False
        return pieces, True
    return pieces, False


# a comma piece that is one member: a name, then its figure and unit ending the piece
# (「餐饮住宿类97件，美容美发类52件」); a name holding a word of change or share is a
# comment on the member before it (「同比增长12件」「占比30%」), not a member
_FIGURED_RE = re.compile(
    r"\s*(?P<name>[^0-9０-９，,]{1,24}?)[0-9０-９]+(?:[.．][0-9０-９]+)?"
    r"(?P<unit>[^0-9０-９\u4e00-\u9fff，,]?[\u4e00-\u9fff%％]{0,2})\s*"
)
_NOT_A_NAME_RE = re.compile(r"同比|环比|较|比上|增|减|下降|上升|占|其中|合计|共计|累计")


def _figured_pieces(region: str) -> list[str]:
    """The comma pieces from the start of ``region`` that each name one member with its
    figure in the first one's unit (「依次为A类97件，B类52件，C类49件，分别占…」: three);
    the run stops at the first other piece."""
    out: list[str] = []
    unit = None
    for piece in _until_rest(_top_split(region, "，,")):
        m = _FIGURED_RE.fullmatch(piece)
        if m is None or _NOT_A_NAME_RE.search(m.group("name")):
            break
        if unit is None:
            unit = m.group("unit")
        elif m.group("unit") != unit:
            break
        out.append(piece)
    return out


def _tied(members: list[str], n: int) -> int:
    """How many members after the N-th give the N-th's figure (a tie shares its rank)."""
    if len(members) <= n:
        return 0
    nth = _FIGURE_RE.search(members[n - 1])
    if nth is None:
        return 0
    t = 0
    for m in members[n:]:
        f = _FIGURE_RE.search(m)
        if f is None or f.group(0) != nth.group(0):
            break
        t += 1
    return t


def _relation(
    bq: BlockQuantities, span: tuple[int, int], n: int, members: list[str], fewer: bool
) -> Relation:
    shown = shown_items(members[:12])
    return Relation(
        "announced",
        Verdict.CONTRADICTION,
        bq.block,
        span,
        (Span(bq.block, span[0], span[1]),),
        code="N203",
        severity=Severity.WARNING if fewer else Severity.ERROR,
        message=f"「{bq.text[span[0] : span[1]]}」说排名前{n}，列出的却是{len(members)}项：{shown}",
        suggestion="核对排名的名次数与所列项目是否一致",
        data={"announced": n, "listed": len(members)},
    )


def ranking_relations(bq: BlockQuantities) -> list[Relation]:
    """N203 for the first N of a ranking against the members named after or before it."""
    text = bq.text
    if "前" not in text:
        return []
    out: list[Relation] = []
    # (tried at 前 and the cues' first characters only: the optional cue makes the engine
    # try the pattern at every character)
    for m in scan(_RANK_RE, text):
        if (
            not m.group("cue")
            and m.group("meas") not in ("位", "名")
            and text[m.end() : m.end() + 1] != "的"
        ):
            # 前三 without a word of ranking: a period or an order, not a rank (「前四的镇街
            # 为…」: the first N as an attribute of what is ranked is a rank by itself)
            continue
        n = count_or_none(m.group("num"))
        if n is None or not 2 <= n <= 30:
            continue
        span = (m.start("num") - 1, m.end())
        opened = _OPEN_RE.match(text, m.end())
        if opened is not None:
            region = _sentence(text, opened.end())
            # a list the paragraph ends on with no stop may go on past a page or a cut (PDF):
            # fewer than N named is told only of a list that ends its sentence
            stop = opened.end() + len(region)
            # (a 分号 ends the list as a full stop does: the next clause is another matter,
            # 「前四的镇街为A、B、C；前三的部门为…」)
            closed = stop < len(text) and text[stop] in (*_END, "；", ";")
            members, maybe_two = _members(region)
            if len(members) < 2:
                continue
            partial = _PARTIAL_RE.search(members[-1].rstrip(" 　")) is not None
            k = len(members)
            if k > n + _tied(members, n):
                out.append(_relation(bq, span, n, members, fewer=False))
            elif k + (1 if maybe_two else 0) < n and not partial and closed:
                out.append(_relation(bq, span, n, members, fewer=True))
            else:
                out.append(Relation("announced", Verdict.CONSISTENT, bq.block, span))
            continue
        # a list before the rank, in its clause: only more members than N contradict
        if text[m.end() : m.end() + 1] not in ("", *_END, "，", ",", "；", ";"):
            continue
        floor = max(0, m.start() - _REACH)
        start = max(floor - 1, *(text.rfind(c, floor, m.start()) for c in "，,。；;：:\n")) + 1
        clause = text[start : m.start()]
        pieces = [p for p in _top_split(clause, "、") if p.strip()]
        if len(pieces) < 3 or _COUNT_RE.search(clause):
            continue
        if len(pieces) > n:
            out.append(_relation(bq, span, n, pieces, fewer=False))
    return out
