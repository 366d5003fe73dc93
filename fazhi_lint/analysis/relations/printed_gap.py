"""A 个百分点 gap against a rate the comparison prints itself (issue 9, year_on_year).

「城镇化率达到58.1%，较全国城镇化率（57.35%）要高1.75个百分点」 (58.1 − 57.35 = 0.75),
「县级财政自给率仅为21.4%，…远低于今年同期全区财政自给率（53.2%）33.9个百分点」
(53.2 − 21.4 = 31.8), 「年平均增长率为1.97%。比2000年到2010年的年平均增长率的1.39%，提高了
0.85个百分点」 (1.97 − 1.39 = 0.58): the comparison names its base and prints that base's rate
in a bracket or after 的, then the gap. The other side is the rate the comparison follows: the
last percent before it in its sentence, or, when the comparison opens its sentence (「比…」),
in the sentence before. Any percent there that fits is a reading that fits: silent. A
contradiction is an error when the sentence holds one percent before the comparison (the
pairing is stated), else a warning that names the rate it assumed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from ...model import Severity, Span
from ..cn_numbers import decimals_of, fmt
from ..quantities import BlockQuantities
from .common import Relation, Verdict

_NUM = r"[0-9]+(?:\.[0-9]+)?"
# the comparison word, the base's name, its printed rate, a direction word, the gap
_PRINTED_GAP = re.compile(
    r"(?P<cmp>(?<![占对對排相])(?:高[于於]|低[于於]|快[于於]|慢[于於])|相比|(?<![占对對排])[较較比])"
    r"(?P<what>[^，。；;,！？%％]{0,24}?)"
    rf"(?:[（(]\s*(?P<b1>{_NUM})\s*[%％]\s*[)）]|的(?P<b2>{_NUM})\s*[%％])"
    r"[，,]?\s*(?:要|还|還|又)?"
    r"(?P<dir>高出|低出|高|低|提高|降低|下降|上升|增加|减少|減少|快|慢|多|少)?了?"
    rf"(?P<gap>{_NUM})\s*[个個]百分[点點]"
)
_UP = ("高", "快")  # 高于, 快于 and the direction words 高/高出/提高
_UP_DIR = ("高出", "高", "提高", "上升", "增加", "快", "多")
_PERCENT = re.compile(rf"({_NUM})\s*[%％]")
_SENTENCE_MARKS = "。；;！？!?"


def _sentence_start(text: str, pos: int) -> int:
    i = pos
    while i > 0 and text[i - 1] not in _SENTENCE_MARKS:
        i -= 1
    return i


def _half(number: str) -> Decimal:
    return Decimal(1).scaleb(-decimals_of(number)) / 2


def _fits(a: str, b: str, gap: str, up: bool) -> bool:
    """Whether ``a`` − ``b`` (``b`` − ``a`` when not ``up``) is ``gap`` within the printed
    precisions (the gap rounded or truncated)."""
    va, vb, vg = Decimal(a), Decimal(b), Decimal(gap)
    diff = va - vb if up else vb - va
    slack = _half(a) + _half(b)
    unit = _half(gap) * 2
    return diff + slack >= vg - unit / 2 and diff - slack < vg + unit


def printed_gap_relations(
    extracted: Sequence[BlockQuantities], found: Sequence[Relation] = ()
) -> list[Relation]:
    """Each gap whose comparison prints its base rate, against the rate it follows; a gap
    another reading judged already (consistent or not) is left to it."""
    out: list[Relation] = []
    judged = {(r.block, r.span[0]) for r in found}
    for bq in extracted:
        text = bq.text
        # the cheap test first: a gap in points and a printed percent
        if "百分" not in text or ("%" not in text and "％" not in text):
            continue
        for g in _PRINTED_GAP.finditer(text):
            if (bq.block, g.start("gap")) in judged:
                continue
            relation = _judge(bq, g)
            if relation is not None:
                out.append(relation)
    return out


def _judge(bq: BlockQuantities, g: re.Match[str]) -> Relation | None:
    text = bq.text
    cmp_word, direction = g.group("cmp"), g.group("dir")
    if cmp_word[0] in "高低快慢":
        if direction:
            return None  # 「高于…（x%）高y个百分点」: no reading of its own
        up = cmp_word[0] in _UP
    elif direction:
        up = direction in _UP_DIR
    else:
        return None  # 「较…（x%）y个百分点」: no direction stated
    base = g.group("b1") or g.group("b2")
    gap = g.group("gap")
    start = _sentence_start(text, g.start())
    before = [m for m in _PERCENT.finditer(text, start, g.start())]
    across = False
    if not before:
        # 「比…的1.39%，提高了0.85个百分点」 opening its sentence: the sentence before
        if text[start : g.start()].strip() or start == 0:
            return None
        across = True
        before = list(_PERCENT.finditer(text, _sentence_start(text, start - 1), start - 1))
        if not before:
            return None
    if any(_fits(m.group(1), base, gap, up) for m in before):
        return None  # a reading that fits
    subject = before[-1]
    a = Decimal(subject.group(1))
    b = Decimal(base)
    first, second = (subject.group(1), base) if up else (base, subject.group(1))
    diff = a - b if up else b - a
    b_at = g.start("b1") if g.group("b1") else g.start("b2")
    gap_end = g.end()
    severity = Severity.ERROR if len(before) == 1 and not across else Severity.WARNING
    word = cmp_word + (direction or "")
    return Relation(
        "change",
        Verdict.CONTRADICTION,
        bq.block,
        (g.start("gap"), gap_end),
        (
            Span(bq.block, g.start("gap"), gap_end),
            Span(bq.block, subject.start(), subject.end()),
            Span(bq.block, b_at, b_at + len(base) + 1),
        ),
        code="N108",
        severity=severity,
        message=(
            f"“{word}{gap}个百分点”与所比两个比率之差不符："
            f"{'前句' if across else ''}所列本项{subject.group(1)}%，比较基数{base}%，"
            f"{first}－{second}＝{fmt(diff)}个百分点"
        ),
        suggestion="核对两个比率与百分点差",
        data={"stated": gap, "readings": 1},
    )
