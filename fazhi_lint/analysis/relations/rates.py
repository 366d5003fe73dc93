"""Rates: a percentage against its own numerator and denominator (N104, with the rounding
tolerance of its printed precision), capped rates above 100% (N105) and a rate's change
given in % instead of 个百分点 (N106)."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from ...model import Severity
from ..cn_numbers import fmt
from ..quantities import BlockQuantities, Lexicon, Quantity
from .common import (
    FLOW_STAGES,
    Relation,
    Verdict,
    bounds,
    nouns_compatible,
    per_or_change,
    span_of,
)
from .partition import Group

_RATE_TRAIL = re.compile(
    r"(?:均为|均达到|均达|分别为|保持在|稳定在|保持|达到了|达到|已达|高达|约为|约|近|超过|为|达|是|在|仅)+$"
)
_SHARE_RE = re.compile(r"占[^，,；;。]{0,20}的?$")
_RATE_NAME_RE = re.compile(r"[\u4e00-\u9fff]{0,8}(?:率|占比|比例|比重|覆盖面)$")
_RATE_SUBJECT_RE = re.compile(r"(率|占比|比例|比重)")
_COUNT_CHANGE_RE = re.compile(r"(?:增长|增加|减少)了?$")


@lru_cache(maxsize=4)
def _change_re(lex: Lexicon) -> re.Pattern[str]:
    """A change word (提高, 下降...) right before a number: 「较去年提高16.7%」."""
    change = "|".join(sorted(lex.data["rates"]["change"], key=len, reverse=True))
    return re.compile(rf"(?:{change})了?$")


def rate_word(q: Quantity) -> str:
    """The rate a percentage states (参与率, 占比, 占…的), or ""."""
    pre = q.pre.strip(" 　")
    pre = _RATE_TRAIL.sub("", pre)
    m = _RATE_NAME_RE.search(pre)
    if m:
        return m.group(0)
    m = _SHARE_RE.search(q.pre.strip(" 　"))
    if m:
        return m.group(0)
    return ""


def _words(q: Quantity) -> str:
    """Everything said about a number: the words before it, its verb and the noun after it."""
    return q.pre + q.unit_text + q.after + q.verb + ("" if q.inherited else q.noun)


def _is_capped(lex: Lexicon, word: str) -> bool:
    if not word:
        return False
    return not any(u in word for u in lex.data["rates"]["uncapped"])


def _subsequence(stem: str, text: str) -> bool:
    it = iter(text)
    return all(ch in it for ch in stem)


def rate_relations(bq: BlockQuantities, lex: Lexicon, groups: list[Group]) -> list[Relation]:
    out: list[Relation] = []
    part_of: dict[int, Quantity] = {}
    for g in groups:
        if g.pooled:
            continue
        for p in g.parts:
            part_of.setdefault(id(p), g.total)
    quantities = [q for q in bq.quantities if not q.quoted]
    for idx, q in enumerate(quantities):
        if q.kind != "percent":
            continue
        word = rate_word(q)
        if not word:
            continue
        if _is_capped(lex, word) and q.low > 100:
            out.append(
                Relation(
                    "rate-cap",
                    Verdict.CONTRADICTION,
                    q.block,
                    (q.num_start, q.end),
                    (span_of(q),),
                    code="N105",
                    severity=Severity.ERROR,
                    message=f"{word}{q.text}超过100%，该比率不可能超过100%",
                    suggestion="核对比率的分子和分母",
                )
            )
            continue
        if word.startswith("占") and not word.startswith("占比"):
            continue  # 占全区…的97.9%: the denominator is named, not counted here
        stem = word[:-1][-2:] if word.endswith("率") else ""
        qualifiers = [x for x in lex.data["rates"]["qualifiers"] if x in word]
        earlier = [
            p
            for p in quantities[:idx]
            if p.kind == "count"
            and p.sentence == q.sentence
            and not p.quoted
            and not per_or_change(lex, p)
        ]
        if not earlier:
            continue
        numerator: Quantity | None = None
        if stem:
            stem_family = lex.verb_family.get(stem, "")
            for p in reversed(earlier):
                if _subsequence(stem, _words(p)) or (
                    stem_family in FLOW_STAGES and p.family == stem_family
                ):
                    numerator = p
                    break
        elif word in ("占比", "比例", "比重"):
            numerator = earlier[-1]
        if numerator is None or not all(x in _words(numerator) for x in qualifiers):
            continue
        denominators: list[Quantity] = []
        whole = part_of.get(id(numerator))
        if whole is not None:
            denominators.append(whole)
        stage = {
            "accepted": ("received",),
            "rejected": ("received",),
            "concluded": ("accepted", "received"),
        }.get(numerator.family, ())
        for p in earlier:
            if p is numerator or p in denominators or p.unit != numerator.unit:
                continue
            if p.num_start >= numerator.num_start or p.high < numerator.low:
                continue
            if p.total_marker or (p.family in stage and nouns_compatible(p, numerator)):
                denominators.append(p)
        if not denominators:
            continue
        results = [(_rate_check(numerator, w, q), w) for w in denominators]
        if any(ok for (ok, _), _ in results):
            out.append(
                Relation(
                    "rate",
                    Verdict.CONSISTENT,
                    q.block,
                    (q.num_start, q.end),
                    (span_of(q), span_of(numerator), span_of(results[0][1])),
                )
            )
            continue
        (_, value), w = results[0]
        out.append(
            Relation(
                "rate",
                Verdict.CONTRADICTION,
                q.block,
                (q.num_start, q.end),
                (span_of(q), span_of(numerator), span_of(w)),
                code="N104",
                severity=Severity.ERROR,
                message=f"{word}{q.text}与其分子分母不符：{numerator.number}÷{w.number}＝{value}%",
                suggestion=f"核对{word}，或核对{numerator.text}与{w.text}",
                data={
                    "numerator": str(numerator.value),
                    "denominator": str(w.value),
                    "stated": str(q.value),
                },
            )
        )
    return out


def _rate_check(part: Quantity, whole: Quantity, rate: Quantity) -> tuple[bool, str]:
    """Is the stated rate a rounding (or truncation) of part/whole at its printed precision?"""
    # operands printed with decimals (1.2万件) were rounded too: widen them (see bounds)
    p_low, p_high = bounds(part)
    w_low, w_high = bounds(whole)
    if w_high <= 0 or w_low <= 0:
        return True, ""
    r_low = p_low / w_high * 100
    r_high = p_high / w_low * 100
    unit = Decimal(1).scaleb(-rate.decimals)
    lo = rate.low - unit / 2
    hi = rate.high + unit  # rounding half up, or truncation
    ok = r_low < hi and r_high >= lo
    shown = (part.value / whole.value * 100).quantize(unit if rate.decimals else Decimal("0.01"))
    return ok, fmt(shown)


def points_relations(bq: BlockQuantities, lex: Lexicon) -> list[Relation]:
    """「覆盖率为54.8%，较去年同期提高16.7%」: a rate's change belongs in 个百分点."""
    out: list[Relation] = []
    change_re = _change_re(lex)
    comparison = tuple(lex.data["rates"]["comparison"])
    qs = [q for q in bq.quantities if not q.quoted]
    for idx, q in enumerate(qs):
        if q.kind != "percent":
            continue
        pre = q.pre.strip(" 　")
        if not change_re.search(pre):
            continue
        subject_is_rate = bool(_RATE_SUBJECT_RE.search(pre))
        prior_rate = None
        if not subject_is_rate:
            for p in reversed(qs[:idx]):
                if p.sentence != q.sentence:
                    break
                if p.kind == "percent" and rate_word(p):
                    prior_rate = p
                    break
                if p.kind != "percent":
                    break
            if prior_rate is None or not pre.startswith(comparison):
                continue
            # 「收到申请96件，按时答复率100%，较上年增长30%」: 增长/增加 of a count named earlier
            count_before = any(p.sentence == q.sentence and p.kind == "count" for p in qs[:idx])
            if count_before and _COUNT_CHANGE_RE.search(pre):
                continue
        about = rate_word(prior_rate) if prior_rate is not None else "比率"
        spans = (span_of(q),) + ((span_of(prior_rate),) if prior_rate else ())
        out.append(
            Relation(
                "points",
                Verdict.CONTRADICTION,
                q.block,
                (q.num_start, q.end),
                spans,
                code="N106",
                severity=Severity.WARNING,
                message=(
                    f"「{pre[-6:]}{q.text}」说的是{about}"
                    f"{'（' + prior_rate.text + '）' if prior_rate else ''}的变化，"
                    "比率的增减通常以“个百分点”表述"
                ),
                suggestion=f"若指两个比率之差，写作“{q.number}个百分点”；若指相对增幅，请写明基数",
            )
        )
    return out
