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
    per_or_change,
    span_of,
)
from .partition import Group

_RATE_TRAIL = re.compile(
    r"(?:均为|均达到|均达|分别为|保持在|稳定在|保持|达到了|达到|已达|高达|约为|约|近|超过|为|达|是|在|仅)+$"
)
_SHARE_RE = re.compile(r"占[^，,；;。]{0,20}的?$")


@lru_cache(maxsize=1)
def _rate_name_re() -> re.Pattern[str]:
    """A rate's name at the end of the words before a percentage: …率, 占比, 满意度
    (``rates.degree`` in numbers.toml)."""
    from ..quantities import load_lexicon

    names = [
        "率",
        "占比",
        "比例",
        "比重",
        "覆盖面",
        *load_lexicon().data["rates"].get("degree", []),
    ]
    alternation = "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))
    return re.compile(rf"[\u4e00-\u9fff]{{0,8}}(?:{alternation})$")


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
    m = _rate_name_re().search(pre)
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
    """Every rate of the block against the figures it may be computed from.

    The numerator is found by the rate's own words, wherever it stands in the sentence
    (before or after the rate, inside or outside brackets): the stem of the rate's name
    (合格率 ← 合格812人, 满意度 ← 表示满意的370份, 办结率 ← a number of the same flow stage),
    or the figure right before a bare 「占X%」/「占比X%」. Its possible denominators are the
    figures that may hold it: its 其中 parent, a total, an earlier flow stage, and any other
    figure in the same unit that is not smaller. Each (numerator, denominator) pair is one
    reading; the rate is consistent when any reading fits within the printed precision, and a contradiction when none does (the
    message names every reading when there are several)."""
    out: list[Relation] = []
    part_of: dict[int, Quantity] = {}
    for g in groups:
        if g.pooled:
            continue
        for p in g.parts:
            part_of.setdefault(id(p), g.total)
    quantities = [q for q in bq.quantities if not q.quoted]
    counts = [
        p
        for p in quantities
        if p.kind in ("count", "money", "measure") and not per_or_change(lex, p)
    ]
    for q in quantities:
        if q.kind != "percent":
            continue
        word = rate_word(q)
        if not word:
            word = _bracket_share(bq.text, q)
            if not word:
                continue
        capped = _is_capped(lex, word)
        if capped and q.low > 100:
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
        if q.change or _change_re(lex).search(q.pre.strip(" 　")):
            continue  # 较上年提高5%: a change, not a rate of two figures
        if word.startswith("占") and not word.startswith("占比") and not _bare_share(word):
            continue  # 占全区…的97.9%: the denominator is named, not counted here
        rel = _judge_rate(lex, bq, q, word, capped, counts, part_of)
        if rel is not None:
            out.append(rel)
    return out


def _bare_share(word: str) -> bool:
    """「占X%」「占的X%」: a share whose whole is not named after 占."""
    return word.rstrip("的") == "占"


_BRACKET_SHARE_RE = re.compile(r"[（(]\s*$")


def _bracket_share(text: str, q: Quantity) -> str:
    """「办结92件（87.6%）」: a bare percentage in brackets right after a figure is its share."""
    head = text[max(0, q.start - 2) : q.start]
    if not _BRACKET_SHARE_RE.search(head):
        return ""
    before = text[: q.start].rstrip(" 　（(")
    if before and (before[-1].isdigit() or before[-1] in "件人次个项份家起场元户名位条"):
        return "占"
    return ""


def _sentence_scope(bq: BlockQuantities, q: Quantity, counts: list[Quantity]) -> list[Quantity]:
    """The figures a rate may be computed from: those of its sentence, or when its sentence
    names none, those of the sentence before (「参考865人，合格812人。合格率97.1%。」)."""
    same = [p for p in counts if p.sentence == q.sentence]
    if any(p.num_start < q.num_start for p in same) or any(p.depth > q.depth for p in same):
        return same
    if same:
        return same
    return [p for p in counts if p.sentence == q.sentence - 1]


def _numerators(lex: Lexicon, q: Quantity, word: str, scope: list[Quantity]) -> list[Quantity]:
    """The figures the rate's name says it counts, nearest first."""
    by_distance = sorted(scope, key=lambda p: abs(p.num_start - q.num_start))
    if _bare_share(word) or word in ("占比", "比例", "比重"):
        before = [p for p in scope if p.num_start < q.num_start]
        return [before[-1]] if before else []
    stem = _stem(word)
    if not stem:
        return []
    stem_family = lex.verb_family.get(stem, "")
    qualifiers = [x for x in lex.data["rates"]["qualifiers"] if x in word]
    found = []
    for p in by_distance:
        words = _words(p)
        if not all(x in words for x in qualifiers):
            continue
        if _subsequence(stem, words) or (stem_family in FLOW_STAGES and p.family == stem_family):
            found.append(p)
    return found


def _stem(word: str) -> str:
    """The words a rate's name counts: 合格率 -> 合格, 满意度 -> 满意."""
    if word.endswith("率") and len(word) > 1:
        return word[:-1][-2:]
    for degree in _degree_words():
        if word.endswith(degree):
            return degree[:-1][-2:]
    return ""


@lru_cache(maxsize=1)
def _degree_words() -> tuple[str, ...]:
    from ..quantities import load_lexicon

    return tuple(load_lexicon().data["rates"].get("degree", []))


def _denominators(
    lex: Lexicon,
    numerator: Quantity,
    scope: list[Quantity],
    part_of: dict[int, Quantity],
    capped: bool,
) -> list[Quantity]:
    """Every figure of the scope the numerator may be a share of."""
    found: list[Quantity] = []
    whole = part_of.get(id(numerator))
    if whole is not None:
        found.append(whole)
    for p in scope:
        if p is numerator or any(p is w for w in found):
            continue
        if p.kind != numerator.kind or not lex.same_units(p.unit, numerator.unit):
            continue
        if capped and p.high < numerator.low:
            continue
        if p.value == 0:
            continue
        found.append(p)
    return found


def _judge_rate(
    lex: Lexicon,
    bq: BlockQuantities,
    q: Quantity,
    word: str,
    capped: bool,
    counts: list[Quantity],
    part_of: dict[int, Quantity],
) -> Relation | None:
    scope = _sentence_scope(bq, q, counts)
    if not scope:
        return None
    readings: list[tuple[Quantity, Quantity]] = []
    for numerator in _numerators(lex, q, word, scope):
        for w in _denominators(lex, numerator, scope, part_of, capped):
            readings.append((numerator, w))
    if not readings:
        return None
    results = [(_rate_check(n, w, q), n, w) for n, w in readings]
    for (ok, _), n, w in results:
        if ok:
            return Relation(
                "rate",
                Verdict.CONSISTENT,
                q.block,
                (q.num_start, q.end),
                (span_of(q), span_of(n), span_of(w)),
            )
    (_, value), numerator, w = results[0]
    if len(results) == 1:
        return Relation(
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
    shown = "；".join(f"{n.number}÷{d.number}＝{v}%" for (_, v), n, d in results[:6])
    spans = [span_of(q)]
    for _, n, d in results:
        for x in (n, d):
            if span_of(x) not in spans:
                spans.append(span_of(x))
    return Relation(
        "rate",
        Verdict.CONTRADICTION,
        q.block,
        (q.num_start, q.end),
        tuple(spans),
        code="N104",
        severity=Severity.ERROR,
        message=f"{word}{q.text}与文中数字的各种可能算法均不符：{shown}",
        suggestion=f"核对{word}及其分子分母",
        data={"stated": str(q.value), "readings": len(results)},
    )


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
