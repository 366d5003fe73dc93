"""A gap between two growth rates, one of them named by its set (issue 9, year_on_year).

「农村居民人均可支配收入为13873元，同比增长8.5%。…城镇居民人均可支配收入为31727元，同比
增长6.0%。…农村居民人均可支配收入增速快于城镇3.5个百分点」 (8.5 − 6.0 = 2.5, KJ036);
「全省生产总值(GDP)…同比增长6.3%。」 … 「长春2023年GDP为7002.06亿，同比增长6.6%。…长春的经济
增长高于全省0.5个百分点」 (6.6 − 6.3 = 0.3, LD019): a 个百分点 figure right after
快于/高于/低于/慢于 and a name (城镇, 全省) is the difference of two rates, the subject's own
and the rate of the set the name names.

Each growth rate (a % right after 增长/增速/增幅) carries a label: its clause's words before it,
the clause before joined when its own holds nothing but words of change (「…31727元，同比增长
6.0%」), the figures' brackets (「(全省32128元)」) and the figures, years and units left out.
The compared rate is one whose label holds the name and whose words after the name (its
measure: 居民人均可支配收入; 生产总值 or its bracketed alias GDP) end the subject rate's label;
what stands before that measure in the subject's label (农村, 长春) is the subject's own name,
which the words before the comparison word must hold (at the end of their words before the
measure when they state it: 「商洛农村居民…」 reads 农村, not 商洛 of another rate). A gap
whose clause states nothing before its comparison word but 增速 reads the rate right before it
in its sentence, and then only a compared rate of the very measure of its label (no name of
its own is stated to set the two apart). Both sides must come out one rate each; else
silent. The rates are looked for in the gap's paragraph and the paragraphs before it under the
same heading. Both rates and the gap in one paragraph: an error; across paragraphs the link
is by words: a warning.

Session 37 (s37-yoy): the compared rate named in full, measure and all (「增速高于城镇居民人均可
支配收入2.2个百分点」「高于地方一般公共预算支出增幅7.7个百分点」): a rate whose label holds that
whole name, with at most a verb after it (完成), against the rate right before the gap in its
sentence (:func:`_whole_name`); and the 比 form 「农村居民人均可支配收入增速比城镇居民的高2.7个
百分点」, read as 高于城镇居民. Found: own26 QZC102, real71 LI054 and LI092 (two pages); every
read case with 个百分点 rescanned (948 texts): no other finding.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from ...model import Document, Severity
from ..cn_numbers import fmt
from ..quantities import BlockQuantities, Quantity
from .common import Relation, Verdict, bounds, span_of
from .pickup import heading_figures

# 「快于城镇3.5个百分点」「高于全省平均水平0.5个百分点」: the comparison word, the name compared
# with, the gap
_GAP_RE = re.compile(
    r"(快于|高于|低于|慢于)(?P<name>[\u4e00-\u9fff]{2,8}?)(?:的?平均水平|的?平均|的?水平)?"
    r"(?P<gap>[0-9]+(?:\.[0-9]+)?)个百分点"
    # 「高于城镇居民人均可支配收入2.2个百分点」「高于地方一般公共预算支出增幅7.7个百分点」: the
    # name of the compared rate with its measure (session 37)
    r"|(?P<fword>快于|高于|低于|慢于)(?P<full>[\u4e00-\u9fff]{4,16}?)(?:的?(?:增速|增幅|增长率))?"
    r"(?P<fgap>[0-9]+(?:\.[0-9]+)?)个百分点"
    # 「农村居民人均可支配收入增速比城镇居民的高2.7个百分点」: 比 the name, then the direction
    r"|(?<![占之])比(?P<than>[\u4e00-\u9fff]{2,8}?)(?:的?平均水平|的?平均|的?水平)?"
    r"(?:的?(?:增速|增幅|增长率))?的?(?P<dir>高|低|快|慢)(?P<tgap>[0-9]+(?:\.[0-9]+)?)个百分点"
)
# the direction words of the 比 form, as the words of the 于 form
_THAN_WORD = {"高": "高于", "快": "快于", "低": "低于", "慢": "慢于"}
_GAP_WORDS = ("快于", "高于", "低于", "慢于", "比")  # (比: 「比城镇居民的高2.7个百分点」)
# a name of another time, not of a set (高于上年, 快于前三季度): the change readings' business
_TIME_NAME_RE = re.compile(r"年|季度|月|期|前|初|末|去|以来")
# the words a growth rate follows
_GROWTH_RE = re.compile(r"(增长|增速|增幅|增长率)(?:为|达|达到|是|了)?$")
_CLAUSE_MARKS = "，,；;。：:"
_SENTENCE_MARKS = "。；;！？!?"
# a bracket holding a figure closed before the rate: an aside about another figure
_FIGURE_BRACKET_RE = re.compile(r"[（(][^（()）]*[0-9][^（()）]*[)）]")
_ALIAS_RE = re.compile(r"[（(]([^（()）0-9]{2,12})[)）]")
# what a label leaves out: figures with their years and units, words of change and link,
# punctuation
_NOISE_RE = re.compile(
    r"[0-9０-９.．%％]+(?:年度?|亿元|万元|亿|万|元|个)?|同比|比上年|较上年|增长率?|增速|增幅|"
    r"达到|实现|[为达是了的]|[，,、；;：:（()）\s“”\"]"
)
MAX_RATES = 40  # growth rates kept per heading window
NAME_CHARS = 2  # a subject's own name is at least this long


def _clean(text: str) -> str:
    return _NOISE_RE.sub("", text)


def _clause_start(text: str, pos: int, marks: str) -> int:
    i = pos
    while i > 0 and text[i - 1] not in marks:
        i -= 1
    return i


def _label(bq: BlockQuantities, q: Quantity) -> tuple[str, str] | None:
    """A growth rate's label, raw and cleaned, or None when ``q`` is no growth rate."""
    text = bq.text
    m = _GROWTH_RE.search(text, max(0, q.start - 8), q.start)
    if m is None or q.kind != "percent" or q.quoted:
        return None
    start = _clause_start(text, m.start(), _CLAUSE_MARKS)
    raw = text[start : m.start()]
    sentence = _clause_start(text, m.start(), _SENTENCE_MARKS)
    while not _clean(_FIGURE_BRACKET_RE.sub("", raw)) and start > sentence:
        start = _clause_start(text, start - 1, _CLAUSE_MARKS)
        raw = text[start : m.start()]
    raw = _FIGURE_BRACKET_RE.sub("", raw)
    cleaned = _clean(raw)
    return (raw, cleaned) if cleaned else None


def _measures(raw: str, name: str) -> list[str]:
    """The words after ``name`` in a compared rate's label, and with a bracketed alias
    (「生产总值(GDP)」) the alias alone; empty when the label does not hold the name."""
    at = raw.rfind(name)
    if at < 0:
        return []
    after = raw[at + len(name) :]
    out = [_clean(_ALIAS_RE.sub("", after))]
    alias = _ALIAS_RE.search(after)
    if alias is not None:
        out.append(_clean(alias.group(1)))
    return [m for m in out if len(m) >= NAME_CHARS]


# what may follow a compared rate's whole name in its label: a verb of the figure (完成, 实现)
_AFTER_WHOLE_NAME = 2


def _whole_name(cleaned: str, name: str) -> list[str]:
    """A compared rate's label that holds the whole name the gap gives (measure and all:
    「城镇居民人均可支配收入」), with at most a verb after it: [""] (the measure is the name's own),
    else []."""
    at = cleaned.rfind(name)
    if at < 0 or len(cleaned) - at - len(name) > _AFTER_WHOLE_NAME:
        return []
    return [""]


def rate_gap_relations(document: Document, extracted: Sequence[BlockQuantities]) -> list[Relation]:
    """Each 个百分点 gap against a subject's rate and the named set's rate (the module's text)."""
    # the cheap test first: no paragraph with a gap word and 个百分点, nothing to read
    if not any("个百分点" in bq.text and any(w in bq.text for w in _GAP_WORDS) for bq in extracted):
        return []
    out: list[Relation] = []
    rates: list[tuple[BlockQuantities, Quantity, str, str]] = []
    for bq in heading_figures(document, extracted):
        if bq is None:
            rates = []
            continue
        text = bq.text
        gaps = (
            list(_GAP_RE.finditer(text))
            if "个百分点" in text and any(w in text for w in _GAP_WORDS)
            else []
        )
        own = []
        for q in bq.quantities:
            if q.kind == "percent":
                found = _label(bq, q)
                if found is not None:
                    own.append((bq, q, *found))
        for g in gaps:
            before = [r for r in own if r[1].end <= g.start()]
            found_rel = _judge(bq, g, [*rates, *before])
            if found_rel is not None:
                out.append(found_rel)
        rates = [*rates, *own][-MAX_RATES:]
    return out


def _judge(
    bq: BlockQuantities,
    g: re.Match[str],
    rates: list[tuple[BlockQuantities, Quantity, str, str]],
) -> Relation | None:
    text = bq.text
    full = g.group("full") is not None
    than = g.group("than") is not None
    name = g.group("full") or g.group("than") or g.group("name")
    word = _THAN_WORD[g.group("dir")] if than else (g.group("fword") if full else g.group(1))
    gap_at = g.start("fgap") if full else g.start("tgap") if than else g.start("gap")
    if _TIME_NAME_RE.search(name):
        return None
    gap_q = next((q for q in bq.quantities if q.num_start == gap_at and q.kind == "points"), None)
    if gap_q is None:
        return None
    clause = _clause_start(text, g.start(), _CLAUSE_MARKS)
    subject = _clean(text[clause : g.start()])
    # the compared rates: the name in the label, each with its measures
    compared = [
        (r, m)
        for r in rates
        if not (r[0] is bq and r[1].num_start >= g.start())
        for m in (_whole_name(r[3], name) if full else _measures(r[2], name))
    ]
    if not compared:
        return None
    pairs: set[tuple[int, int, int, int]] = set()
    chosen: list[tuple[Quantity, Quantity]] = []
    if not subject:
        # 「…同比增长6.0%，增速高于全省0.6个百分点」: the rate right before, in its sentence
        sentence = _clause_start(text, g.start(), _SENTENCE_MARKS)
        mine = [r for r in rates if r[0] is bq and sentence <= r[1].start < g.start()]
        if not mine:
            return None
        a = mine[-1]
        for b, measure in compared:
            if b[1] is not a[1] and (a[3] == measure or (full and name not in a[2])):
                chosen.append((a[1], b[1]))
    elif not full:
        for a in rates:
            if name in a[2]:
                continue
            for b, measure in compared:
                if b[1] is a[1] or not a[3].endswith(measure):
                    continue
                own_name = a[3][: len(a[3]) - len(measure)]
                if len(own_name) < NAME_CHARS or name in own_name:
                    continue
                at = subject.rfind(measure)
                if at >= 0:
                    if not subject[:at].endswith(own_name):
                        continue
                elif own_name not in subject:
                    continue
                chosen.append((a[1], b[1]))
    for a_q, b_q in chosen:
        pairs.add((a_q.block, a_q.num_start, b_q.block, b_q.num_start))
    if len(pairs) != 1:
        return None
    a_q, b_q = chosen[0]
    up = word in ("快于", "高于")
    a_low, a_high = bounds(a_q)
    b_low, b_high = bounds(b_q)
    low, high = (a_low - b_high, a_high - b_low) if up else (b_low - a_high, b_high - a_low)
    unit = Decimal(1).scaleb(-gap_q.decimals)
    if high >= gap_q.low - unit / 2 and low < gap_q.high + unit:
        return Relation(
            "change",
            Verdict.CONSISTENT,
            bq.block,
            (gap_q.num_start, gap_q.end),
            (span_of(gap_q), span_of(a_q), span_of(b_q)),
        )
    first, second = (a_q, b_q) if up else (b_q, a_q)
    said = f"比{name}{g.group('dir')}" if than else f"{word}{name}"
    across = a_q.block != bq.block or b_q.block != bq.block
    return Relation(
        "change",
        Verdict.CONTRADICTION,
        bq.block,
        (gap_q.num_start, gap_q.end),
        (span_of(gap_q), span_of(a_q), span_of(b_q)),
        code="N108",
        severity=Severity.WARNING if across else Severity.ERROR,
        message=(
            f"{said}{gap_q.text}与两个增速之差不符：{'前文段落' if across else ''}"
            f"所列本项增长{a_q.text}，{name}增长{b_q.text}，"
            f"{first.text}－{second.text}＝{fmt(first.value - second.value)}个百分点"
        ),
        suggestion="核对两个增速与百分点差",
        data={"stated": str(gap_q.value), "readings": 1},
    )
