"""A slogan counting rises and falls against the rises and falls it goes on to list (N203).

「呈现“五涨三降”的运行态势。其中：A价格上涨2.6%，…；B价格下降0.2%…」, 「实现“六降一升”（A、B、
C、D、E下降，F上升）」, 「呈现四降两升的趋势…。其中A、B和C都比去年同期下降，但D和E…上升」: a
numeral and a direction, then a numeral and the opposite direction (升/涨 against 降/跌, 增
against 减), announce how many of the items that follow rose and how many fell. The items are
read from the gloss the sentence ties to the slogan: a bracket right after it, the rest of its
sentence (after 即 or straight on), or the next sentence when it opens with 其中 or 即. A piece
of the gloss (split by commas and semicolons outside brackets) whose verb is a rise or a fall
counts the names before that verb: its 顿号 pieces, one more when a 和/及/与 may join two names
or lie inside one (「其他用品和服务类」), none or one when the piece names nothing itself.

Reported only when no reading of any gloss fits and the list is plainly the slogan's: one
direction's count fits and the other's does not, or the items add up to the slogan's total with
another split (「五涨三降」 against six rises and two falls). Silent on a gloss that cannot be read
as the list: a direction word used as an attribute (「占比提高的三个市」) or a noun (降幅, 增速), a
third direction (持平), a subset (较大的, 之一, 部分, 等), a piece that both rises and falls, or a
slogan with a third term (「三降三升五不出」).

Session 38, the class (found in no read set before): real76 LN036 (“五漲三降”, the items'
own clauses after 其中), real74 LL042 (“六降一升” and its bracket), real37 QG051 (四降两升, 其中 a
顿号 list per direction); the consistent twins in real37 (QG026, QG057), real42 and real62 stay
silent. Linear: one regex pass gated by a fall's character, each gloss bounded by its sentence.
"""

from __future__ import annotations

import re

from ...model import Severity, Span
from ..cn_numbers import count_or_none
from ..quantities import BlockQuantities
from .common import Relation, Verdict
from .ranking import top_spans

_MAX_GLOSS = 400  # characters of a gloss read after the slogan
_NUM = "[一二两兩三四五六七八九十]|[1-9]"
_UP = "升漲涨增"
_DOWN = "降跌减減"
_SLOGAN_RE = re.compile(
    r"(?<![0-9０-９.．一二两兩三四五六七八九十百千万第])"
    rf"(?P<n1>{_NUM})(?P<d1>[{_UP}{_DOWN}])(?P<n2>{_NUM})(?P<d2>[{_UP}{_DOWN}])"
    r"(?![”」\"]?(?:[0-9一二两兩三四五六七八九十]|[\u4e00-\u9fff]?[0-9一二两兩三四五六七八九十]))"
)
_UP_VERB = r"上升|上涨|上漲|增长|增長|增加|提高|提升|回升"
_DOWN_VERB = r"下降|下跌|降低|减少|減少|回落|下滑"
_VERB_RE = re.compile(rf"(?P<up>{_UP_VERB})|(?P<down>{_DOWN_VERB})")
# a direction word that is no predicate of the piece: an attribute (提高的), a noun (降幅)
_NOT_PREDICATE_RE = re.compile(r"[的幅速率势趋]")
# a gloss that names some of the items only, or a third direction
_NOT_WHOLE_RE = re.compile(
    r"较大|较快|较多|最大|最快|最多|之一|部分|持平|等|其余|其他[\u4e00-\u9fff]{0,4}[均都]"
)
_LEAD_RE = re.compile(
    r"[\s　]*(?:其中|即|具体(?:来说|而言|是|为|表现为)?|但|而|同时)?[：:，,\s　]*"
    rf"(?:(?:{_NUM})[{_UP}{_DOWN}][：:])?"
)
_NEXT_LEAD_RE = re.compile(r"[\s　]*(?:其中|即|具体(?:来说|而言|是|为|表现为)?)[：:，,]?")
# a piece that opens with a part of the item before it, or that names nothing itself
_SUB_ITEM_RE = re.compile(r"[\s　]*(?:其中|尤其|特别是|含)")
_NO_NAME_RE = re.compile(r"比|较|同比|环比|與|与|分别|均|都|也|有所|明显|大幅|略有|进一步|$")
_BRACKET_REACH = 12  # characters between the slogan and a bracket glossing it (「”的治理成效（」)
_SHOWN = 60  # characters of an item's names shown in a message
# the words after an item's names that lead to its verb (「…案件比去年同期有所」)
_ADVERBS_RE = re.compile(
    r"(?:都|均|也)?(?:同比|环比|比|较|(?<!参)与)[^、]*$|(?:都|均|也|有所|明显)$"
)
_AND_RE = re.compile(r"以及|(?<!参)与(?!会)|和(?!谐)|(?<![普涉危波])及(?!时)")
_QUOTED_RE = re.compile(r"“[^”]*”|「[^」]*」|《[^》]*》")
_SENTENCE_ENDS = "。！？!?\n"
_WORDS = {
    "升": "上升",
    "涨": "上涨",
    "漲": "上漲",
    "增": "增加",
    "降": "下降",
    "跌": "下跌",
    "减": "减少",
    "減": "減少",
}


def _sentence_end(text: str, start: int) -> int:
    depth = 0
    for i in range(start, min(len(text), start + _MAX_GLOSS)):
        ch = text[i]
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth = max(0, depth - 1)
        elif depth == 0 and ch in _SENTENCE_ENDS:
            return i
    return min(len(text), start + _MAX_GLOSS)


# (rises low, rises high, falls low, falls high, the pieces read) of one gloss
_Reading = tuple[int, int, int, int, list[tuple[int, int, bool]]]


def _read_gloss(text: str, start: int, end: int) -> _Reading | None:
    """The rises and falls a gloss lists, or None when it is no list of them."""
    if start >= end or _NOT_WHOLE_RE.search(text, start, end):
        return None
    spans, _ = top_spans(text, start, end - start, "，,；;", ends="")
    ups = [0, 0]
    downs = [0, 0]
    pieces: list[tuple[int, int, bool]] = []
    ended = 0  # the piece the list ended before
    for i, (s, e) in enumerate(spans):
        verbs = list(_VERB_RE.finditer(text, s, e))
        if not verbs:
            if pieces:
                ended = i
                break  # the list ended: the sentence goes on about something else
            continue
        if len({bool(v.group("up")) for v in verbs}) > 1:
            return None  # a piece that both rises and falls
        if any(_NOT_PREDICATE_RE.match(text, w.end()) for w in verbs):
            return None
        up = bool(verbs[0].group("up"))
        lead = _LEAD_RE.match(text, s, verbs[0].start())
        at = lead.end() if lead else s
        if pieces and _SUB_ITEM_RE.match(text, s, verbs[0].start()):
            return None  # 「A下降5%，其中A1下降8%」: a part of an item, no item of its own
        if _NO_NAME_RE.match(text, at, verbs[0].start()):
            return None  # 「A 12万人，比上年减少2万人」: the piece goes on about a named item
        # the 顿号 pieces up to each verb are its names (「A、B下降，C上升」「A上升5%、B上升3%」)
        plain = _QUOTED_RE.sub(lambda q: "名" * len(q.group()), text[at:e])
        names = 0
        first = 0
        side = ups if up else downs
        for a, b in top_spans(plain, 0, len(plain), "、", ends="")[0]:
            verb = _VERB_RE.search(plain, a, b)
            if verb is None:
                if not names:
                    first = a
                names += 1 if plain[a:b].strip() else 0
                continue
            if not names:
                first = a
            before = plain[a : verb.start()].strip(" 　")
            if before:
                names += 1
            side[0] += names
            side[1] += max(names, 1) + (1 if _AND_RE.search(before) else 0)
            pieces.append((at + first, at + verb.start(), up))
            names = 0
    if ended and any(_VERB_RE.search(text, s, e) for s, e in spans[ended + 1 :]):
        return None  # pieces of rises and falls after the list ended: no one list
    if not pieces:
        return None
    return ups[0], ups[1], downs[0], downs[1], pieces


def _glosses(text: str, after: int) -> list[tuple[int, int]]:
    """Where the items of a slogan ending at ``after`` may be listed."""
    at = after
    while at < len(text) and text[at] in '”」"':
        at += 1
    bracket = next(
        (i for i in range(at, min(len(text), at + _BRACKET_REACH)) if text[i] in "（(，,；;。：:"),
        None,
    )
    if bracket is not None and text[bracket] in "（(":
        at = bracket
        depth = 0
        for i in range(at, min(len(text), at + _MAX_GLOSS)):
            if text[i] in "（(":
                depth += 1
            elif text[i] in "）)":
                depth -= 1
                if depth == 0:
                    return [(at + 1, i)]
        return []
    out: list[tuple[int, int]] = []
    end = _sentence_end(text, at)
    spans, _ = top_spans(text, at, end - at, "，,；;", ends="")
    colon = next((i for i in range(*spans[0]) if text[i] in "：:"), None)
    if colon is not None:
        out.append((colon + 1, end))  # 「“三升两降”：A、B、C上升，D、E下降」
    elif len(spans) > 1:
        out.append((spans[1][0], end))
    if end < len(text) and text[end] in "。！？!?":
        lead = _NEXT_LEAD_RE.match(text, end + 1)
        if lead is not None:
            out.append((lead.end(), _sentence_end(text, lead.end())))
    return out


def _names(text: str, pieces: list[tuple[int, int, bool]], up: bool) -> str:
    return "；".join(
        _ADVERBS_RE.sub("", text[s:e].strip(" 　"))[:_SHOWN] for s, e, u in pieces if u is up
    )


def moves_listed_relations(bq: BlockQuantities) -> list[Relation]:
    """N203 for a slogan of rises and falls (“五涨三降”) against the items its gloss lists."""
    text = bq.text
    if not any(ch in text for ch in _DOWN):
        return []
    out: list[Relation] = []
    for m in _SLOGAN_RE.finditer(text):
        d1, d2 = m.group("d1"), m.group("d2")
        if (d1 in _UP) == (d2 in _UP):
            continue  # 「一增再增」 is no split: the two directions must be opposite
        n1, n2 = count_or_none(m.group("n1")), count_or_none(m.group("n2"))
        if n1 is None or n2 is None:
            continue
        rises, falls = (n1, n2) if d1 in _UP else (n2, n1)
        readings = [r for s, e in _glosses(text, m.end()) if (r := _read_gloss(text, s, e))]
        if not readings:
            continue
        fits = any(ul <= rises <= uh and dl <= falls <= dh for ul, uh, dl, dh, _ in readings)
        if fits:
            continue
        sure = next(
            (
                r
                for r in readings
                if (r[0] <= rises <= r[1]) != (r[2] <= falls <= r[3])
                or r[0] + r[2] <= rises + falls <= r[1] + r[3]
            ),
            None,
        )
        if sure is None:
            continue
        ul, uh, dl, dh, pieces = sure
        up_n = str(ul) if ul == uh else f"{ul}至{uh}"
        down_n = str(dl) if dl == dh else f"{dl}至{dh}"
        span = (m.start(), m.end())
        slogan = m.group(0)
        up_word = _WORDS[d1 if d1 in _UP else d2]
        down_word = _WORDS[d2 if d1 in _UP else d1]
        out.append(
            Relation(
                "announced",
                Verdict.CONTRADICTION,
                bq.block,
                span,
                (Span(bq.block, *span), *(Span(bq.block, s, e) for s, e, _ in pieces)),
                code="N203",
                severity=Severity.ERROR,
                message=f"「{slogan}」说{rises}项{up_word}、{falls}项{down_word}，所列的却是"
                f"{up_n}项{up_word}（{_names(text, pieces, True) or '无'}）、"
                f"{down_n}项{down_word}（{_names(text, pieces, False) or '无'}）",
                suggestion="核对口号中的升降项数与所列项目是否一致",
                data={"announced": rises + falls, "listed": ul + dl},
            )
        )
    return out
