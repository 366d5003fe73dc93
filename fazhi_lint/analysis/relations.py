"""Relations between the numbers of a report, each judged consistent / contradiction / unknown.

Only contradictions become findings; "unknown" is the honest answer whenever the wording does
not pin down which numbers belong together. Interval arithmetic handles approximations
(``5000余`` = [5000, 6000]). Rules, in the order of :func:`analyze_block`:

* whole and parts (``共 X，其中 a、b、c``; parenthesised breakdowns; a sentence opening with
  其中 that names the parts of the previous sentence's totals; trailing ``共计``; nested lists
  checked against their own parent) — N101 parts exceed the total, N102 a complete partition
  that does not add up;
* flow (收到 ≥ 受理 ≥ … ; 办结 may exceed 受理 when cases closed before acceptance) — N103, N107;
* rates against their own numerator and denominator (statcheck-style rounding tolerance) — N104;
  capped rates above 100% — N105; a rate's change given in % instead of 个百分点 — N106;
* plausibility: unit slips (28101万次) — N201; contradictory approximations — N202;
* announced counts against the items listed — N203;
* tables: a 合计/小计 row against the rows above it — N102;
* years against the report year (see :func:`year_relations`) — N301.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ..model import Block, BlockKind, Document, Severity, Span
from .cn_numbers import NumeralError, arabic_to_decimal, cn_to_int, fmt
from .quantities import (
    BlockQuantities,
    Lexicon,
    Quantity,
    depth_at,
    extract,
    load_lexicon,
    quantities_of,
)


class Verdict(str, enum.Enum):
    CONSISTENT = "consistent"
    CONTRADICTION = "contradiction"
    UNKNOWN = "unknown"


# relation kind -> codes it can produce
KINDS = {
    "partition": ("N101", "N102"),
    "flow": ("N103", "N107"),
    "rate": ("N104",),
    "rate-cap": ("N105",),
    "points": ("N106",),
    "unit-slip": ("N201",),
    "approx": ("N202",),
    "announced": ("N203",),
    "missing-unit": ("N204",),
    "year": ("N301",),
}
KIND_OF_CODE = {code: kind for kind, codes in KINDS.items() for code in codes}


@dataclass(frozen=True)
class Relation:
    """The judgement of one relation between numbers."""

    kind: str
    verdict: Verdict
    block: int
    span: tuple[int, int]  # the primary number (a total, a rate...)
    involved: tuple[Span, ...] = ()
    code: str = ""
    severity: Severity | None = None  # for contradictions: the severity it deserves
    message: str = ""
    suggestion: str | None = None
    data: dict[str, Any] = field(default_factory=dict, compare=False)


COUNTABLE = ("count", "money", "measure", "time")
_MARKER_RE = re.compile(r"其中(?:[：:，,]\s*)?|分别为|分别是|分为|包括[：:]?")
_STRONG_TOTAL = ("共计", "合计", "总计", "一共", "总共")
_FLOW = ("received", "accepted", "rejected", "concluded")
_RATE_TRAIL = re.compile(
    r"(?:均为|均达到|均达|分别为|保持在|稳定在|保持|达到了|达到|已达|高达|约为|约|近|超过|为|达|是|在|仅)+$"
)
_SHARE_RE = re.compile(r"占[^，,；;。]{0,20}的?$")


def _span(q: Quantity) -> Span:
    return Span(q.block, q.num_start, q.end)


def _show(value: Decimal, like: Quantity) -> str:
    """A value in the magnitude and unit of ``like`` (155 -> 155份; 11400 -> 1.14万件)."""
    mag = ""
    if like.magnitude > 1 and value % like.magnitude != value:
        scaled = value / like.magnitude
        mag = {10_000: "万", 100_000_000: "亿"}.get(like.magnitude, "")
        if mag:
            return f"{fmt(scaled)}{mag}{like.unit_text}"
    return f"{fmt(value)}{like.unit_text}"


def describe(q: Quantity) -> str:
    """What a number counts, for messages: the words after the first verb (下达责令整改通知书
    -> 责令整改通知书), else the phrase."""
    lex = load_lexicon()
    phrase = q.phrase
    marker = lex.totals_re.search(phrase)
    start = marker.end() if marker else 0
    m = lex.verb_re.search(phrase, start)
    while m and phrase[m.end() : m.end() + 1] in ("组", "队", "员", "人", "机", "部", "局", "站"):
        m = lex.verb_re.search(phrase, m.end())
    if m and phrase[m.end() :]:
        return phrase[m.end() :]
    return q.noun or phrase


def _lcs(a: str, b: str) -> int:
    """Length of the longest common substring."""
    if not a or not b:
        return 0
    best = 0
    prev = [0] * (len(b) + 1)
    for ch in a:
        cur = [0] * (len(b) + 1)
        for j, other in enumerate(b, start=1):
            if ch == other:
                cur[j] = prev[j - 1] + 1
                if cur[j] > best:
                    best = cur[j]
        prev = cur
    return best


def _nouns_compatible(a: Quantity, b: Quantity) -> bool:
    x, y = a.noun, b.noun
    if not x or not y or a.inherited or b.inherited:
        return True
    if x in y or y in x:
        return True
    return _lcs(x[-4:], y[-4:]) >= 2


# --------------------------------------------------------------------------------------
# whole and parts
# --------------------------------------------------------------------------------------


@dataclass
class Group:
    total: Quantity
    parts: list[Quantity]
    origin: str  # 其中 | paren | trailing | sentence | 分别为
    complete: str = ""  # "" | weak | strong
    marker: int = -1
    pooled: list[Quantity] = field(default_factory=list)  # several totals judged together


def _sum(parts: Sequence[Quantity]) -> tuple[Decimal, Decimal]:
    return sum((p.low for p in parts), Decimal(0)), sum((p.high for p in parts), Decimal(0))


def _fits(parts: Sequence[Quantity], low: Decimal, high: Decimal) -> bool:
    s_low, s_high = _sum(parts)
    return s_low <= high and s_high >= low


def _nested_explained(parts: Sequence[Quantity], total: Quantity) -> bool:
    """A prefix adds up to the total and the rest are sub-parts of it (seed 001's 办结 list:
    39 + 64 = 103, and the 31 settled during review are part of the 64)."""
    if len(parts) < 3:
        return False
    head, last = parts[:-1], parts[-1]
    return _fits(head, total.low, total.high) and last.high <= head[-1].low


def _evaluate(group: Group, allow_nested: bool = True) -> tuple[Verdict, str]:
    total, parts = group.total, group.parts
    if group.pooled:
        t_low = sum((t.low for t in group.pooled), Decimal(0))
        t_high = sum((t.high for t in group.pooled), Decimal(0))
    else:
        t_low, t_high = total.low, total.high
    s_low, s_high = _sum(parts)
    if s_low > t_high:
        if allow_nested and not group.pooled and _nested_explained(parts, total):
            return Verdict.CONSISTENT, "nested"
        if _mixed_dimensions(parts):
            return Verdict.UNKNOWN, "overlapping"  # 涉企 96 and 简易程序 128 of 215 may overlap
        return Verdict.CONTRADICTION, "N101"
    if s_high < t_low:
        if group.complete:
            return Verdict.CONTRADICTION, "N102"
        return Verdict.UNKNOWN, "partial"
    return Verdict.CONSISTENT, ""


def _same_unit(lex: Lexicon, a: Quantity, b: Quantity) -> bool:
    return a.kind == b.kind and lex.same_units(a.unit, b.unit)


def _closing(text: str, start: int, depth: int, opens: list[int], closes: list[int]) -> int:
    for c in closes:
        if c >= start and depth_at(opens, closes, c) == depth:
            return c
    return len(text)


def _complete_flag(lex: Lexicon, total: Quantity, parts: Sequence[Quantity], marker: str) -> str:
    clauses = lex.data["clauses"]
    if marker.startswith(("分别", "分为")):
        return "strong"
    for p in parts[1:]:
        raw = p.pre.lstrip(" 　，,、；;")
        if raw.startswith(("其余", "剩余", "其他")):
            return "strong"
        if raw.startswith(("另", "另外")):
            return "weak"
    phrases = [p.phrase for p in parts]
    for combo in clauses["exhaustive"]:
        if len(parts) == len(combo) and all(any(word in ph for ph in phrases) for word in combo):
            return "strong"
    return ""


def _list_parts(
    lex: Lexicon,
    candidates: Sequence[Quantity],
    total: Quantity | None = None,
    breaks: Sequence[int] = (),
) -> list[Quantity]:
    """Cut a run of parts where the wording moves on (a new flow stage, a new total)."""
    parts: list[Quantity] = []
    family: str | None = None
    for q in candidates:
        f = q.family if q.family in _FLOW else ""
        if parts and q.total_marker in _STRONG_TOTAL:
            break
        if (
            parts
            and total is not None
            and q.low == total.low
            and q.high == total.high
            and any(parts[-1].num_start < b < q.num_start for b in breaks)
        ):
            break  # 「其中听证案件26件，听证率5%，经法制审核的案件520件」: the whole restated
        if family is None:
            family = f
        elif f != family and {f, family} != {"accepted", "rejected"}:
            break
        parts.append(q)
    return parts


def _bq_brackets(bq: BlockQuantities) -> tuple[list[int], list[int]]:
    opens = [i for i, ch in enumerate(bq.text) if ch in "（(【["]
    closes = [i for i, ch in enumerate(bq.text) if ch in "）)】]"]
    return opens, closes


def _in_title(text: str, pos: int) -> bool:
    left = text.rfind("《", 0, pos)
    return left >= 0 and text.find("》", left) > pos


def partition_groups(bq: BlockQuantities, lex: Lexicon) -> list[Group]:
    text = bq.text
    opens, closes = _bq_brackets(bq)
    qs = [q for q in bq.quantities if q.kind in COUNTABLE and not q.quoted and not _per(lex, q)]
    groups: list[Group] = []
    markers = [m for m in _MARKER_RE.finditer(text) if not _in_title(text, m.start())]
    percents = [q.num_start for q in bq.quantities if q.kind == "percent"]
    for i, m in enumerate(markers):
        d = depth_at(opens, closes, m.start())
        s_index = bq.sentence_of(m.start())
        s_start, s_end = bq.sentence_span(s_index)
        region_end = s_end if d == 0 else min(s_end, _closing(text, m.end(), d, opens, closes))
        for m2 in markers[i + 1 :]:
            if m2.start() >= region_end:
                break
            if depth_at(opens, closes, m2.start()) == d:
                region_end = m2.start()
                break
        inside = [q for q in qs if m.end() <= q.num_start < region_end]
        region = [q for q in inside if q.depth == d]
        if not region:
            continue
        # bracketed annotations in another unit form a parallel list: 19份(31条)；80份(251条)
        region += [
            q for q in inside if q.depth == d + 1 and not any(_same_unit(lex, q, r) for r in region)
        ]
        region.sort(key=lambda q: q.num_start)
        initial = not text[s_start : m.start()].strip(" 　，,；;")
        units: list[Quantity] = []
        for q in region:
            if not any(_same_unit(lex, q, u) for u in units):
                units.append(q)
        for unit_q in units:
            same = [q for q in region if _same_unit(lex, q, unit_q)]
            if len({q.depth for q in same}) > 1:
                continue
            if initial and d == 0:
                if s_index == 0:
                    continue
                p_start, p_end = bq.sentence_span(s_index - 1)
                cands = [
                    q
                    for q in qs
                    if p_start <= q.num_start < p_end
                    and q.depth == 0
                    and _same_unit(lex, q, unit_q)
                ]
                if not cands:
                    continue
                parts = _list_parts(lex, same, cands[0] if len(cands) == 1 else None, percents)
                if len(cands) == 1:
                    groups.append(
                        Group(
                            cands[0],
                            parts,
                            "sentence",
                            _complete_flag(lex, cands[0], parts, m.group(0)),
                            m.start(),
                        )
                    )
                    continue
                groups.extend(_assign(lex, cands, parts, m.start()))
                continue
            before = [
                q
                for q in qs
                if q.num_start < m.start()
                and q.depth <= d
                and q.sentence == s_index
                and _same_unit(lex, q, unit_q)
            ]
            if not before:
                continue
            total = before[-1]
            parts = _list_parts(lex, same, total, percents)
            if parts:
                groups.append(
                    Group(
                        total,
                        parts,
                        "其中",
                        _complete_flag(lex, total, parts, m.group(0)),
                        m.start(),
                    )
                )
    grouped_parts = {id(p) for g in groups for p in g.parts}
    # a bare breakdown in the next sentence: 共办理…512件。刑事案件186件，民事案件301件…
    marked = {bq.sentence_of(m.start()) for m in markers}
    for s_index in range(1, len(bq.sentence_starts)):
        if s_index in marked:
            continue
        items = [q for q in qs if q.sentence == s_index and q.depth == 0]
        prev = [q for q in qs if q.sentence == s_index - 1 and q.depth == 0]
        if len(items) < 2 or not prev or any(id(q) in grouped_parts for q in items):
            continue
        total = prev[-1]
        if not total.total_marker or not all(_same_unit(lex, q, total) for q in items):
            continue
        if any(q.verb or q.total_marker or not q.phrase or len(q.phrase) > 8 for q in items):
            continue
        groups.append(Group(total, items, "implicit", "", bq.sentence_starts[s_index]))
    # parenthesised breakdowns: 行政处罚共13943件（普通程序1157件，简易程序12786件）
    for q in qs:
        k = q.end
        while k < len(text) and k - q.end < 6 and text[k] not in "（(，,；;。：:、":
            k += 1
        if k >= len(text) or text[k] not in "（(":
            continue
        inner_depth = q.depth + 1
        close = _closing(text, k + 1, inner_depth, opens, closes)
        bracket = text[k + 1 : close]
        if bracket.startswith("其中") or re.search(r"同比|上年|去年|较|比上|增长|下降|含", bracket):
            continue
        parts = [
            p
            for p in qs
            if k < p.num_start < close and p.depth == inner_depth and _same_unit(lex, p, q)
        ]
        if parts and id(parts[0]) not in grouped_parts:
            groups.append(Group(q, parts, "paren", _complete_flag(lex, q, parts, ""), k))
    # trailing totals: A 10件、B 20件，共计30件
    for idx, q in enumerate(qs):
        raw = q.pre.strip(" 　")
        raw = re.sub(r"^(?:全年|今年|本年度|以上|上述)", "", raw)
        if not raw.startswith(("共计", "合计", "总计", "一共", "总共", "共")) or len(raw) > 6:
            continue
        if q.family in _FLOW:
            continue
        prev = [
            p
            for p in qs[:idx]
            if p.sentence == q.sentence and p.depth == q.depth and _same_unit(lex, p, q)
        ]
        run: list[Quantity] = []
        for p in reversed(prev):
            if p.total_marker or p.family in _FLOW or id(p) in grouped_parts:
                break
            run.insert(0, p)
        if len(run) >= 2:
            groups.append(Group(q, run, "trailing", "", q.num_start))
    return groups


def _assign(
    lex: Lexicon, totals: list[Quantity], parts: list[Quantity], marker: int
) -> list[Group]:
    """Parts named in a later sentence, several candidate totals: match them by their words."""
    by_total: dict[int, list[Quantity]] = {}
    confident = True
    for p in parts:
        scores = [_lcs(p.phrase, t.phrase or t.noun) for t in totals]
        best = max(scores)
        if best < 2 or scores.count(best) > 1:
            confident = False
            break
        by_total.setdefault(scores.index(best), []).append(p)
    if confident:
        return [
            Group(totals[i], ps, "sentence", _complete_flag(lex, totals[i], ps, ""), marker)
            for i, ps in sorted(by_total.items())
        ]
    return [Group(totals[0], parts, "sentence", "", marker, pooled=list(totals))]


def _partition_relations(groups: list[Group]) -> list[Relation]:
    verdicts = [_evaluate(g) for g in groups]
    # nested lists: an inner list may have swallowed parts of its parent list
    for i, g in enumerate(groups):
        if verdicts[i][0] is not Verdict.CONTRADICTION:
            continue
        for j, outer in enumerate(groups):
            if j == i or not any(p is g.total for p in outer.parts):
                continue
            for k in range(1, len(g.parts)):
                head, tail = g.parts[:k], g.parts[k:]
                trial_inner = Group(g.total, head, g.origin)
                trial_outer = Group(outer.total, outer.parts + tail, outer.origin)
                if (
                    _evaluate(trial_inner, False)[0] is not Verdict.CONTRADICTION
                    and _evaluate(trial_outer, False)[0] is not Verdict.CONTRADICTION
                ):
                    verdicts[i] = (Verdict.CONSISTENT, "nested")
                    verdicts[j] = (Verdict.CONSISTENT, "nested")
                    break
    out: list[Relation] = []
    for g, (verdict, code) in zip(groups, verdicts, strict=True):
        out.append(_partition_relation(g, verdict, code))
    return out


def _mixed_dimensions(parts: Sequence[Quantity]) -> bool:
    """Do the parts name categories of different dimensions (涉企 vs 简易程序)?"""
    dimensions: dict[str, list[str]] = load_lexicon().data["clauses"].get("dimensions", {})
    seen: list[set[str]] = []
    for p in parts:
        words = p.phrase + p.after
        groups = {name for name, terms in dimensions.items() if any(t in words for t in terms)}
        if groups:
            seen.append(groups)
    return any(a.isdisjoint(b) for i, a in enumerate(seen) for b in seen[i + 1 :])


def _breakdown(parts: Sequence[Quantity]) -> str:
    return "+".join(p.number for p in parts)


def _partition_relation(g: Group, verdict: Verdict, code: str) -> Relation:
    total = g.total
    involved = tuple(_span(q) for q in [*(g.pooled or [total]), *g.parts])
    severity = Severity.ERROR
    if verdict is not Verdict.CONTRADICTION:
        return Relation(
            "partition",
            verdict,
            total.block,
            (total.num_start, total.end),
            involved,
            data={"note": code, "origin": g.origin},
        )
    s_low, s_high = _sum(g.parts)
    approx = s_low != s_high
    noun = describe(total)
    named = f"总数{total.text}（{noun}）" if noun else f"总数{total.text}"
    if g.pooled:
        t_text = "＋".join(t.text for t in g.pooled)
        t_sum = sum((t.high for t in g.pooled), Decimal(0))
        message = (
            f"分项合计{'至少' if approx else ''}{_show(s_low, total)}（{_breakdown(g.parts)}），"
            f"超过前句各项总数之和{_show(t_sum, total)}（{t_text}）"
        )
    elif code == "N101":
        diff = s_low - total.high
        if len(g.parts) > 1:
            message = (
                f"分项合计{'至少' if approx else ''}{_show(s_low, total)}"
                f"（{_breakdown(g.parts)}），与{named}不符，多出{_show(diff, total)}"
            )
        else:
            message = f"分项{g.parts[0].text}大于{named}"
        if g.origin == "implicit":
            severity = Severity.WARNING
            message += "（分项在下一句列出，未用“其中”，请核对是否为总数的分项）"
    else:
        diff = total.low - s_high
        message = (
            f"分项合计{'至多' if approx else ''}{_show(s_high, total)}（{_breakdown(g.parts)}），"
            f"与{named}不符，少{_show(diff, total)}"
        )
        if g.complete != "strong":
            severity = Severity.WARNING
            message += "（“另”字表明分项应已列全）"
    return Relation(
        "partition",
        verdict,
        total.block,
        (total.num_start, total.end),
        involved,
        code="N101" if g.pooled else code,
        severity=severity,
        message=message,
        suggestion="核对总数与各分项数字，或说明分项之间的包含关系",
        data={
            "origin": g.origin,
            "total": str(total.value),
            "parts": [str(p.value) for p in g.parts],
        },
    )


# --------------------------------------------------------------------------------------
# flow: received >= accepted; concluded vs accepted/received
# --------------------------------------------------------------------------------------


def _flow_relations(bq: BlockQuantities, lex: Lexicon) -> list[Relation]:
    out: list[Relation] = []
    clauses = lex.data["clauses"]
    text = bq.text
    carry = any(w in text for w in clauses["carry-over"])
    pre_acc = any(w in text for w in clauses["pre-acceptance"])
    flows = [
        q
        for q in bq.quantities
        if q.family in _FLOW and q.kind == "count" and not q.quoted and not _per(lex, q)
    ]
    for idx, q in enumerate(flows):
        earlier = [p for p in flows[:idx] if p.unit == q.unit and _nouns_compatible(p, q)]
        received = [p for p in earlier if p.family == "received"]
        last_r = received[-1] if received else None
        since = [p for p in earlier if last_r is None or p.num_start > last_r.num_start]
        if q.family == "accepted" and last_r is not None:
            if q.low > last_r.high:
                out.append(
                    _flow(q, last_r, "N103", Severity.ERROR, f"受理{q.text}多于收到的{last_r.text}")
                )
            else:
                out.append(_flow(q, last_r, "", None, ""))
        elif q.family == "rejected" and last_r is not None:
            accepted = [p for p in since if p.family == "accepted"]
            if accepted:
                a = accepted[-1]
                if a.low + q.low > last_r.high:
                    out.append(
                        _flow(
                            q,
                            last_r,
                            "N103",
                            Severity.ERROR,
                            f"受理{a.text}与不予受理等{q.text}合计"
                            f"{_show(a.low + q.low, q)}，多于收到的{last_r.text}",
                            extra=(a,),
                        )
                    )
        elif q.family == "concluded":
            accepted = [p for p in since if p.family == "accepted"]
            last_a = accepted[-1] if accepted else None
            if last_r is not None:
                if q.low > last_r.high and not carry:
                    out.append(
                        _flow(
                            q,
                            last_r,
                            "N107",
                            Severity.WARNING,
                            f"办结{q.text}多于收到的{last_r.text}，且未说明是否含上年结转",
                        )
                    )
                else:
                    out.append(_flow(q, last_r, "", None, ""))
            elif last_a is not None:
                if q.low > last_a.high and not carry and not pre_acc:
                    out.append(
                        _flow(
                            q,
                            last_a,
                            "N107",
                            Severity.WARNING,
                            f"办结{q.text}多于受理的{last_a.text}，且未说明上年结转或案前化解",
                        )
                    )
                else:
                    out.append(_flow(q, last_a, "", None, ""))
    return out


def _flow(
    q: Quantity,
    ref: Quantity,
    code: str,
    severity: Severity | None,
    message: str,
    extra: tuple[Quantity, ...] = (),
) -> Relation:
    verdict = Verdict.CONTRADICTION if code else Verdict.CONSISTENT
    return Relation(
        "flow",
        verdict,
        q.block,
        (q.num_start, q.end),
        tuple(_span(x) for x in (q, ref, *extra)),
        code=code,
        severity=severity,
        message=message,
        suggestion="核对收到、受理、办结数字；如含上年结转或案前化解，请在文中说明"
        if code
        else None,
    )


# --------------------------------------------------------------------------------------
# rates
# --------------------------------------------------------------------------------------


def rate_word(q: Quantity) -> str:
    """The rate a percentage states (参与率, 占比, 占…的), or ""."""
    pre = q.pre.strip(" 　")
    pre = _RATE_TRAIL.sub("", pre)
    m = re.search(r"[\u4e00-\u9fff]{0,8}(?:率|占比|比例|比重|覆盖面)$", pre)
    if m:
        return m.group(0)
    m = _SHARE_RE.search(q.pre.strip(" 　"))
    if m:
        return m.group(0)
    return ""


def _per(lex: Lexicon, q: Quantity) -> bool:
    """A per-capita or average figure (每千人6.5批次, 人均5件) or a change against another
    period (较上年增加20件) is not a count of things."""
    return q.change or any(w in q.pre for w in lex.data["plausibility"]["average"])


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


def _rate_relations(bq: BlockQuantities, lex: Lexicon, groups: list[Group]) -> list[Relation]:
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
                    (_span(q),),
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
            if p.kind == "count" and p.sentence == q.sentence and not p.quoted and not _per(lex, p)
        ]
        if not earlier:
            continue
        numerator: Quantity | None = None
        if stem:
            stem_family = lex.verb_family.get(stem, "")
            for p in reversed(earlier):
                if _subsequence(stem, _words(p)) or (
                    stem_family in _FLOW and p.family == stem_family
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
            if p.total_marker or (p.family in stage and _nouns_compatible(p, numerator)):
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
                    (_span(q), _span(numerator), _span(results[0][1])),
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
                (_span(q), _span(numerator), _span(w)),
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
    if whole.high <= 0 or whole.low <= 0:
        return True, ""
    r_low = part.low / whole.high * 100
    r_high = part.high / whole.low * 100
    unit = Decimal(1).scaleb(-rate.decimals)
    lo = rate.low - unit / 2
    hi = rate.high + unit  # rounding half up, or truncation
    ok = r_low < hi and r_high >= lo
    shown = (part.value / whole.value * 100).quantize(unit if rate.decimals else Decimal("0.01"))
    return ok, fmt(shown)


def _points_relations(bq: BlockQuantities, lex: Lexicon) -> list[Relation]:
    """「覆盖率为54.8%，较去年同期提高16.7%」: a rate's change belongs in 个百分点."""
    out: list[Relation] = []
    rates = lex.data["rates"]
    change = "|".join(sorted(rates["change"], key=len, reverse=True))
    change_re = re.compile(rf"(?:{change})了?$")
    comparison = tuple(rates["comparison"])
    qs = [q for q in bq.quantities if not q.quoted]
    for idx, q in enumerate(qs):
        if q.kind != "percent":
            continue
        pre = q.pre.strip(" 　")
        if not change_re.search(pre):
            continue
        subject_is_rate = bool(re.search(r"(率|占比|比例|比重)", pre))
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
            if count_before and re.search(r"(?:增长|增加|减少)了?$", pre):
                continue
        about = rate_word(prior_rate) if prior_rate is not None else "比率"
        spans = (_span(q),) + ((_span(prior_rate),) if prior_rate else ())
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


# --------------------------------------------------------------------------------------
# plausibility
# --------------------------------------------------------------------------------------


def _plausibility_relations(bq: BlockQuantities, lex: Lexicon) -> list[Relation]:
    out: list[Relation] = []
    plaus = lex.data["plausibility"]
    discrete = set(plaus["discrete"])
    average = tuple(plaus["average"])
    max_digits = int(plaus["max-digits-before-wan"])
    exempt = set(plaus["wan-exempt-kinds"])
    for q in bq.quantities:
        if q.kind == "bare" or q.quoted:
            continue
        digits = re.sub(r"[^0-9０-９.．]", "", q.number)
        int_digits = len(re.split(r"[.．]", digits)[0]) if digits else 0
        # unit slip: 28101万次
        if (
            q.magnitude >= 10_000
            and not q.chinese
            and int_digits > max_digits
            and q.kind not in exempt
        ):
            mag = "万" if q.magnitude == 10_000 else "亿"
            out.append(
                Relation(
                    "unit-slip",
                    Verdict.CONTRADICTION,
                    q.block,
                    (q.num_start, q.end),
                    (_span(q),),
                    code="N201",
                    severity=Severity.WARNING,
                    message=(
                        f"「{q.text}」在“{mag}”前有{int_digits}位整数（即{_big(q.value)}{q.unit_text}），"
                        "数量级不合常理，疑似单位或数字错误"
                    ),
                    suggestion=f"核对原始数据：是否应为“{digits}{q.unit_text}”或“{_big(q.value)}{q.unit_text}”",
                )
            )
        # a fraction of a discrete thing: 3.5起
        elif (
            q.decimals
            and q.magnitude == 1
            and q.unit in discrete
            and not q.chinese
            and not any(w in bq.text[bq.sentence_starts[q.sentence] : q.num_start] for w in average)
        ):
            out.append(
                Relation(
                    "unit-slip",
                    Verdict.CONTRADICTION,
                    q.block,
                    (q.num_start, q.end),
                    (_span(q),),
                    code="N201",
                    severity=Severity.WARNING,
                    message=f"「{q.text}」以小数计数不可分的事物，疑似漏写“万”或小数点错位",
                    suggestion="核对该数字",
                )
            )
        # approximation misuse
        rel = _approx_problem(q)
        if rel is not None:
            out.append(rel)
    return out


_NUMBER_NAMES = ("第", "号", "热线", "电话", "代码", "编号", "版", "期", "届", "次会议")


def _missing_units(bq: BlockQuantities) -> list[Relation]:
    """「重大行政决策1件，行政许可1513，行政处罚4件」: a number in a list whose neighbours
    carry units, itself without one."""
    out: list[Relation] = []
    text = bq.text
    qs = bq.quantities
    for i, q in enumerate(qs):
        if q.kind != "bare" or q.quoted or q.decimals or q.magnitude > 1:
            continue
        if q.num_start == 0 or not re.match(r"[\u4e00-\u9fff]", text[q.num_start - 1]):
            continue
        if text[q.num_end : q.num_end + 1] not in ("，", "；", ",", ";", "。"):
            continue
        if any(text[max(0, q.num_start - 4) : q.num_start].endswith(w) for w in _NUMBER_NAMES):
            continue
        neighbours = []
        if i > 0:
            prev = qs[i - 1]
            gap = text[prev.end : q.num_start]
            if (
                prev.kind == "count"
                and prev.sentence == q.sentence
                and re.fullmatch(r"[，,；;][^，,；;。]{1,12}", gap)
            ):
                neighbours.append(prev)
        if i + 1 < len(qs):
            nxt = qs[i + 1]
            gap = text[q.num_end : nxt.num_start]
            if (
                nxt.kind == "count"
                and nxt.sentence == q.sentence
                and re.fullmatch(r"[，,；;][^，,；;。]{1,12}", gap)
            ):
                neighbours.append(nxt)
        units = {n.unit for n in neighbours}
        if not neighbours or len(units) != 1:
            continue
        unit = units.pop()
        out.append(
            Relation(
                "missing-unit",
                Verdict.CONTRADICTION,
                q.block,
                (q.num_start, q.num_end),
                (_span(q), *(_span(n) for n in neighbours)),
                code="N204",
                severity=Severity.WARNING,
                message=f"「{q.pre[-8:]}{q.number}」缺少单位，前后并列的数字都带“{unit}”",
                suggestion=f"补上单位，如“{q.number}{unit}”",
            )
        )
    return out


def _big(value: Decimal) -> str:
    if value >= 100_000_000:
        return f"{fmt((value / 100_000_000).quantize(Decimal('0.01')))}亿"
    if value >= 10_000:
        return f"{fmt((value / 10_000).quantize(Decimal('0.01')))}万"
    return fmt(value)


_NEAR_WORDS = ("约", "大约", "近", "将近", "接近", "大概")
_OVER_WORDS = ("超过", "超", "逾", "多达", "不少于", "至少")


def _approx_problem(q: Quantity) -> Relation | None:
    approx = q.approx
    if not approx:
        return None
    has_suffix_over = any(s in q.number for s in ("余", "多")) or approx.endswith(
        ("以上", "有余", "多")
    )
    # contradictory combinations: 约……余, 近……多, 超过……以上, 约……左右
    head = next((w for w in _NEAR_WORDS if approx.startswith(w)), "")
    over = next((w for w in _OVER_WORDS if approx.startswith(w)), "")
    if head and (has_suffix_over or approx.endswith(("左右", "上下"))):
        tail = (
            "左右"
            if approx.endswith("左右")
            else ("上下" if approx.endswith("上下") else ("余" if "余" in approx else "多/以上"))
        )
        return _approx_rel(
            q,
            f"「{q.text}」同时用“{head}”和“{tail}”表示概数，语义重复或矛盾",
            f"只保留其一，如“{head}{q.number.rstrip('余多')}{q.unit_text}”",
            Severity.WARNING,
        )
    if over and approx.endswith(("以上", "有余")):
        return _approx_rel(
            q, f"「{q.text}」同时用“{over}”和“以上”，语义重复", "只保留其一", Severity.WARNING
        )
    if ("余" in q.number or "多" in q.number) and not q.chinese:
        g = q.granularity
        if q.decimals:
            return _approx_rel(
                q,
                f"「{q.text}」在小数后用“余/多”表示概数，数字精确而“余”模糊，表述矛盾",
                "去掉“余”，或改为整数概数",
                Severity.INFO,
            )
        if g == 1 and q.value >= 10:
            return _approx_rel(
                q,
                f"「{q.text}」末位数字不是0却加“余/多”，精确数字与概数表述矛盾",
                f"写作“{fmt(q.value)}{q.unit_text}”或取整后加“余”",
                Severity.WARNING,
            )
    return None


def _approx_rel(q: Quantity, message: str, suggestion: str, severity: Severity) -> Relation:
    return Relation(
        "approx",
        Verdict.CONTRADICTION,
        q.block,
        (q.num_start, q.end),
        (_span(q),),
        code="N202",
        severity=severity,
        message=message,
        suggestion=suggestion,
    )


# --------------------------------------------------------------------------------------
# announced counts: 「涵盖A、B、C、D、E五个领域」「4个部门（A、B、C、D）」「三张清单：……」
# --------------------------------------------------------------------------------------

_ANNOUNCE_RE = re.compile(
    r"(?<![0-9第一二两三四五六七八九十百])(?P<num>[0-9]{1,2}|[一二两三四五六七八九十]{1,3})"
    r"(?P<meas>个|张|项|大|条|类|种|部|批|支|家|份|件|名)(?=[\u4e00-\u9fff])"
)
_ORDINALS = "一二三四五六七八九十"


def _cn_or_int(text: str) -> int | None:
    try:
        return int(text) if text.isdigit() else cn_to_int(text)
    except (NumeralError, ValueError):
        return None


def _split_items(segment: str) -> list[str]:
    items: list[str] = []
    depth = 0
    quote = 0
    current = ""
    for ch in segment:
        if ch in "（(《“‘【":
            depth += 1
        elif ch in "）)》”’】":
            depth = max(0, depth - 1)
        if ch == "、" and depth == 0 and quote == 0:
            items.append(current)
            current = ""
            continue
        current += ch
    items.append(current)
    return [i for i in (x.strip(" 　") for x in items) if i]


def _announced_relations(
    bq: BlockQuantities, lex: Lexicon, next_blocks: Callable[[], Iterable[str]] | None = None
) -> list[Relation]:
    out: list[Relation] = []
    text = bq.text
    idioms = lex.idioms
    for m in _ANNOUNCE_RE.finditer(text):
        n = _cn_or_int(m.group("num"))
        if n is None or not 2 <= n <= 20:
            continue
        num_start = m.start("num")
        # set phrases (四个意识, 三项制度) are checked only against a list that follows them
        idiom = any(text.startswith(i, num_start) for i in idioms)
        quoted = idiom or (num_start > 0 and text[num_start - 1] in "“‘「")
        after = m.end("meas")
        noun_end = after
        while (
            noun_end < len(text)
            and noun_end - after < 4
            and re.match(r"[\u4e00-\u9fff]", text[noun_end])
            and text[noun_end] not in "的和及与等"
        ):
            noun_end += 1
        name = text[num_start:noun_end]
        span = (num_start, noun_end)
        found: list[tuple[int, str]] = []  # (count, how)
        # (A) a list right before the numeral: 涵盖A、B、C五个领域 / “强基”“聚力”四大工程
        start = num_start
        while start > 0 and text[start - 1] not in "，,；;：:。！？!?（(\n":
            start -= 1
        segment = text[start:num_start]
        partial = segment.endswith("等")
        seg = segment[:-1] if partial else segment
        if not quoted and seg:
            quotes = re.findall(r"“[^”]{1,12}”", seg)
            tail = seg[seg.find("“") :] if "“" in seg else ""
            if len(quotes) >= 2 and tail == "".join(quotes):
                found.append((len(quotes), "前列"))
            elif "、" in seg and noun_end > after:
                items = _split_items(seg)
                last = items[-1] if items else ""
                if (
                    len(items) >= 2
                    and len(last) <= 10
                    and not re.search(r"[的了0-9]|分别|新增|累计|达到|共", last)
                    and not lex.verb_re.search(last)
                    and all(len(i) <= 16 for i in items[1:])
                ):
                    count = len(items)
                    alt = count + 1 if re.search(r"[和及与]", last) else count
                    found.append((alt if alt == n else count, "前列"))
        # (B) a bracketed list right after the noun: 4个部门（A、B、C、D）
        k = noun_end
        while k < len(text) and k - noun_end < 4 and text[k] not in "（(，,。；;：:、":
            k += 1
        if k < len(text) and text[k] in "（(":
            close = text.find("）" if text[k] == "（" else ")", k)
            if close > k:
                inside = text[k + 1 : close]
                items = _split_items(inside)
                if len(items) >= 2 and not re.search(r"[0-9]|等|含|其中", inside):
                    found.append((len(items), "括号"))
        # (C) a colon list: 三张清单：A、B、C。 / 从三个方面：一是……二是……三是……
        colon = noun_end
        while colon < len(text) and colon - noun_end < 6 and text[colon] not in "：:，,。；;":
            colon += 1
        if colon < len(text) and text[colon] in "：:":
            rest = text[colon + 1 :]
            ordinals = _count_ordinals(rest)
            if ordinals:
                found.append((ordinals, "列举"))
            elif rest.strip():
                stop = rest.find("。")
                body = rest if stop < 0 else rest[:stop]
                items = (
                    [x for x in body.split("；") if x.strip()]
                    if "；" in body
                    else _split_items(body)
                )
                if len(items) >= 2 and all(len(i) <= 20 for i in items) and not body.endswith("等"):
                    count = len(items)
                    # 「A、B和C」: the last item may join two with 和/及/与
                    if re.search(r"[和及与]", items[-1]) and count + 1 == n:
                        count += 1
                    found.append((count, "冒号"))
            elif next_blocks is not None:
                labels = _count_labels(next_blocks())
                if labels:
                    found.append((labels, "后文"))
        for count, how in found:
            if count == n or (partial and how == "前列" and count <= n):
                out.append(Relation("announced", Verdict.CONSISTENT, bq.block, span))
                continue
            where = {
                "前列": "前面列出",
                "括号": "括号中列出",
                "冒号": "冒号后列出",
                "列举": "随后列举",
                "后文": "随后各段列出",
            }[how]
            out.append(
                Relation(
                    "announced",
                    Verdict.CONTRADICTION,
                    bq.block,
                    span,
                    (Span(bq.block, span[0], span[1]),),
                    code="N203",
                    severity=Severity.WARNING,
                    message=f"「{name}」说有{n}{m.group('meas')}，{where}的却是{count}项",
                    suggestion="核对数量词与所列项目是否一致",
                )
            )
            break
    return out


def _count_ordinals(rest: str) -> int:
    """一是……二是……三是…… (consecutive from 一); 0 when absent."""
    count = 0
    for i, ch in enumerate(_ORDINALS, start=1):
        if re.search(rf"(?<![一二三四五六七八九十]){ch}是|第{ch}[，,、是]", rest):
            count = i
        else:
            break
    return count if count >= 2 else 0


_LABEL_RE = re.compile(
    r"^\s*(?:([一二三四五六七八九十]+)、|（([一二三四五六七八九十]+)）|([一二三四五六七八九十]+)是"
    r"|([0-9]+)[.．、](?![0-9])|（([0-9]+)）)"
)
_LABEL_LEVEL = (1, 2, 2, 3, 4)  # 一、 （一） 一是 1. （1）
_OTHER_HEADING_RE = re.compile(r"^\s*(?:[0-9]+(?:\.[0-9]+)+|第[一二三四五六七八九十]+[章节部分])")


def _count_labels(blocks: Iterable[str]) -> int:
    """Numbered paragraphs after an announcement (「以下四个方面：」 then （一）…（四）).

    Paragraphs between them — unnumbered, or numbered one level deeper — are skipped; a
    shallower label, a restart or a numeric/chapter heading ends the list."""
    count = 0
    level = 0
    for text in blocks:
        m = _LABEL_RE.match(text)
        if not m:
            if _OTHER_HEADING_RE.match(text) or count == 0:
                break
            continue
        group = next(i for i, g in enumerate(m.groups()) if g)
        this = _LABEL_LEVEL[group]
        if level and this > level:
            continue  # a sub-item
        if level and this < level:
            break
        value = _cn_or_int(m.group(group + 1))
        if value != count + 1:
            break
        level, count = this, count + 1
    return count if count >= 2 else 0


# --------------------------------------------------------------------------------------
# tables
# --------------------------------------------------------------------------------------

_TOTAL_LABEL = re.compile(r"^(?:合\s*计|总\s*计|共\s*计|总数|全年合计|小\s*计)$")
_NA = {"", "-", "—", "——", "/", "／", "不适用", "无", "–"}
_CELL_NUMBER = re.compile(r"^\s*([0-9０-９][0-9０-９,]*(?:[.．][0-9０-９]+)?)\s*$")


@dataclass
class Cell:
    text: str
    block: int
    start: int  # offset of the text within its block
    value: Decimal | None = None
    end: int = 0


def _parse_cell(cell: Cell) -> Cell:
    m = _CELL_NUMBER.match(cell.text)
    if m:
        try:
            cell.value = arabic_to_decimal(m.group(1))
            cell.start += m.start(1)
            cell.end = cell.start + len(m.group(1))
        except NumeralError:
            cell.value = None
    return cell


def _tables(document: Document) -> list[list[list[Cell]]]:
    tables: list[list[list[Cell]]] = []
    grid: dict[int, dict[int, dict[int, Cell]]] = {}
    for b in document.blocks:
        loc = b.location
        if b.kind is BlockKind.TABLE_CELL and loc.table is not None:
            rows = grid.setdefault(loc.table, {})
            cells = rows.setdefault(loc.row or 0, {})
            c = loc.cell or 0
            if c in cells:
                cells[c].text += b.text  # several paragraphs in one cell
            else:
                cells[c] = Cell(b.text, b.index, 0)
    for _, rows in sorted(grid.items()):
        width = max((max(r) for r in rows.values() if r), default=0)
        table = []
        for _, cells in sorted(rows.items()):
            table.append([_parse_cell(cells.get(i, Cell("", -1, 0))) for i in range(1, width + 1)])
        tables.append(table)
    # text tables: consecutive lines with tab or | separators
    run: list[Block] = []

    def flush() -> None:
        if len(run) >= 3:
            table = []
            for b in run:
                cells: list[Cell] = []
                pos = 0
                for piece in re.split(r"(\t+|\s*\|\s*| {2,}|\u3000{2,})", b.text):
                    if piece and not re.fullmatch(r"\t+|\s*\|\s*| {2,}|\u3000{2,}", piece):
                        cells.append(_parse_cell(Cell(piece, b.index, pos)))
                    pos += len(piece)
                table.append(cells)
            tables.append(table)
        run.clear()

    for b in document.blocks:
        if b.kind is BlockKind.PARAGRAPH and (b.text.count("\t") >= 2 or b.text.count("|") >= 2):
            run.append(b)
        else:
            flush()
    flush()
    return tables


def _table_relations(document: Document) -> list[Relation]:
    out: list[Relation] = []
    for table in _tables(document):
        if not table:
            continue
        header = table[0]
        for r, row in enumerate(table):
            if not row or not _TOTAL_LABEL.match(row[0].text.strip()):
                continue
            subtotal = row[0].text.strip().replace(" ", "") == "小计"
            data_rows: list[list[Cell]] = []
            for prev in reversed(table[1:r]):
                label = prev[0].text.strip() if prev else ""
                if _TOTAL_LABEL.match(label):
                    if subtotal or label.replace(" ", "") != "小计":
                        break
                    continue  # 合计 sums the data rows, not the subtotals
                data_rows.insert(0, prev)
            if len(data_rows) < 2:
                continue
            for c in range(1, len(row)):
                total = row[c]
                if total.value is None:
                    continue
                head = header[c].text if c < len(header) else ""
                if re.search(r"率|%|％|占比|比例|平均|均", head):
                    continue
                cells = [dr[c] for dr in data_rows if c < len(dr)]
                if any(x.value is None and x.text.strip() not in _NA for x in cells):
                    continue
                values = [x for x in cells if x.value is not None]
                if len(values) < 2:
                    continue
                s = sum((x.value for x in values if x.value is not None), Decimal(0))
                involved = tuple(
                    Span(x.block, x.start, x.end) for x in [total, *values] if x.block >= 0
                )
                if s == total.value:
                    out.append(
                        Relation(
                            "partition",
                            Verdict.CONSISTENT,
                            total.block,
                            (total.start, total.end),
                            involved,
                        )
                    )
                    continue
                col = f"“{head.strip()}”列" if head.strip() else f"第{c + 1}列"
                out.append(
                    Relation(
                        "partition",
                        Verdict.CONTRADICTION,
                        total.block,
                        (total.start, total.end),
                        involved,
                        code="N102",
                        severity=Severity.ERROR,
                        message=(
                            f"表格{row[0].text.strip()}行{col}：各行合计{fmt(s)}"
                            f"（{'+'.join(x.text.strip() for x in values)}），与{row[0].text.strip()}{fmt(total.value)}不符"
                        ),
                        suggestion="核对表格合计行与各行数字",
                    )
                )
    return out


# --------------------------------------------------------------------------------------
# years
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SectionRange:
    """A top-level section: its role (C1…C5 or ""), heading block and block range [start, end)."""

    role: str
    start: int
    end: int
    title: str = ""


def year_relations(
    document: Document,
    report_year: int | None,
    sections: Sequence[SectionRange],
    extracted: Sequence[BlockQuantities] | None = None,
) -> list[Relation]:
    """Years against the report year. Without a report year, nothing is judged."""
    if report_year is None or not sections:
        return []
    by_block = {bq.block: bq for bq in (extracted or quantities_of(document))}
    out: list[Relation] = []
    for sec in sections:
        if sec.role not in ("C1", "C2", "C3", "C4"):
            continue
        expected = report_year + 1 if sec.role == "C4" else report_year
        what = (
            "下一年度安排"
            if sec.role == "C4"
            else ("存在的不足" if sec.role == "C2" else "本年度工作")
        )
        heading = by_block.get(sec.start)
        if heading is not None:
            for y in heading.years:
                if (
                    y.kind in ("year", "date")
                    and y.year != expected
                    and not _is_reference(heading.text, y.start)
                ):
                    out.append(
                        _year_rel(
                            y,
                            heading,
                            f"标题中的{y.text}与报告年度不符：这一部分应写{expected}年的{what}（报告年度{report_year}年）",
                        )
                    )
                    break
        for b in range(sec.start + 1, sec.end):
            bq = by_block.get(b)
            if bq is None:
                continue
            for y in bq.years:
                if y.kind not in ("year", "date"):
                    continue
                s_start, _ = bq.sentence_span(bq.sentence_of(y.start))
                lead = bq.text[s_start : y.start].strip(" 　")
                if lead not in ("", "在", "于", "截至", "截止"):
                    continue
                tail = bq.text[y.end : y.end + 3]
                if not re.match(r"^(?:底|末|全年|以来|上半年|下半年)?[，,我全各本共]", tail):
                    continue
                sentence = bq.sentence_of(y.start)
                has_count = any(
                    q.sentence == sentence and q.kind in COUNTABLE for q in bq.quantities
                )
                if sec.role == "C4":
                    sentence_text = bq.text[y.end : bq.sentence_span(sentence)[1]]
                    future = bool(re.search(r"将|计划|拟|要|力争|预计", sentence_text))
                    if y.kind == "year" and (
                        (y.year != expected and y.year != report_year)
                        or (y.year == report_year and future)
                    ):
                        out.append(
                            _year_rel(
                                y,
                                bq,
                                f"下一年度安排部分以“{y.text}”开头，报告年度为{report_year}年，安排应针对{expected}年",
                            )
                        )
                    continue
                if y.year < report_year and has_count and y.kind == "year" and lead in ("", "在"):
                    out.append(
                        _year_rel(
                            y,
                            bq,
                            f"“{y.text}”的统计出现在本年度工作部分，报告年度为{report_year}年，疑为沿用往年数据",
                        )
                    )
                elif y.year > report_year + 1 or (
                    y.year == report_year + 1 and (y.month or 12) > 6
                ):
                    out.append(
                        _year_rel(
                            y,
                            bq,
                            f"“{y.text}”晚于报告年度{report_year}年，已完成的工作不应发生在报告发布之后",
                        )
                    )
    return out


def _is_reference(text: str, pos: int) -> bool:
    before = text[max(0, pos - 2) : pos]
    return any(before.endswith(w) for w in ("较", "比", "与", "到", "至", "《", "（", "("))


def _year_rel(y: Any, bq: BlockQuantities, message: str) -> Relation:
    return Relation(
        "year",
        Verdict.CONTRADICTION,
        bq.block,
        (y.start, y.end),
        (Span(bq.block, y.start, y.end),),
        code="N301",
        severity=Severity.WARNING,
        message=message,
        suggestion="核对年份是否写错或沿用了往年材料",
    )


def classify_sections(
    blocks: Sequence[Block],
    profile_sections: dict[str, Any] | None,
    report_year: int | None = None,
) -> list[SectionRange]:
    """Fallback section finder: top-level headings 「一、…」 classified by profile keywords."""
    heads: list[tuple[int, str]] = []
    for b in blocks:
        if b.kind is not BlockKind.PARAGRAPH:
            continue
        if re.match(r"^\s*[一二三四五六七八九十]+\s*、", b.text) and len(b.text) <= 40:
            heads.append((b.index, b.text))
    out: list[SectionRange] = []
    last = (blocks[-1].index + 1) if blocks else 0
    for i, (start, title) in enumerate(heads):
        end = heads[i + 1][0] if i + 1 < len(heads) else last
        out.append(SectionRange(role_of(title, profile_sections, report_year), start, end, title))
    return out


def role_of(
    title: str, profile_sections: dict[str, Any] | None, report_year: int | None = None
) -> str:
    """The required content (C1…C5) a top-level heading names, by the profile's keywords.

    In a report on year Y a heading naming Y+1 (and not Y) is the plan, unless it names
    problems or the first-responsible-person duty (a higher priority)."""
    if not profile_sections:
        return ""
    best, best_priority = "", -1
    years = {int(y) for y in re.findall(r"((?:19|20)[0-9]{2})\s*年", title)}
    if report_year is not None and report_year + 1 in years and report_year not in years:
        best = next(
            (
                k
                for k, v in profile_sections.items()
                if isinstance(v, dict) and v.get("year") == "next"
            ),
            "",
        )
        if best:
            best_priority = int(profile_sections[best].get("priority", 0))
    for role, spec in profile_sections.items():
        if not isinstance(spec, dict):
            continue
        if any(re.search(p, title) for p in spec.get("exclude", [])):
            continue
        if any(re.search(p, title) for p in spec.get("keywords", [])):
            priority = int(spec.get("priority", 0))
            if priority > best_priority:
                best, best_priority = role, priority
    return best


# --------------------------------------------------------------------------------------
# driver
# --------------------------------------------------------------------------------------


def analyze_block(
    bq: BlockQuantities,
    lex: Lexicon | None = None,
    next_blocks: Callable[[], Iterable[str]] | None = None,
) -> list[Relation]:
    """Every relation judged within one block (``next_blocks`` yields the following texts)."""
    lex = lex or load_lexicon()
    groups = partition_groups(bq, lex)
    out = _partition_relations(groups)
    out.extend(_flow_relations(bq, lex))
    out.extend(_rate_relations(bq, lex, groups))
    out.extend(_points_relations(bq, lex))
    out.extend(_plausibility_relations(bq, lex))
    out.extend(_missing_units(bq))
    out.extend(_announced_relations(bq, lex, next_blocks))
    return out


def analyze_document(
    document: Document,
    report_year: int | None = None,
    sections: Sequence[SectionRange] | None = None,
) -> list[Relation]:
    """All relations in a document (cached per report year)."""
    key = (report_year, tuple(sections or ()))
    store: dict[tuple[int | None, tuple[SectionRange, ...]], list[Relation]] = (
        document.cache.setdefault("relations", {})
    )
    cached = store.get(key)
    if cached is not None:
        return list(cached)
    lex = load_lexicon()
    extracted = quantities_of(document)
    texts = {b.index: b.text for b in document.blocks}
    order = [b.index for b in document.blocks]
    position = {index: i for i, index in enumerate(order)}
    out: list[Relation] = []
    for bq in extracted:
        if document.blocks and document.blocks[position[bq.block]].kind is BlockKind.TABLE_CELL:
            continue
        start = position[bq.block] + 1

        def following(start: int = start) -> Iterable[str]:
            return (texts[order[j]] for j in range(start, min(len(order), start + 400)))

        out.extend(analyze_block(bq, lex, following))
    out.extend(_table_relations(document))
    if sections:
        out.extend(year_relations(document, report_year, sections, extracted))
    store[key] = out
    return list(out)


def analyze_text(text: str, report_year: int | None = None) -> list[Relation]:
    """Convenience for tests and exploration: one block per line."""
    blocks = [Block(index=i, text=line) for i, line in enumerate(text.splitlines()) if line.strip()]
    blocks = [Block(index=i, text=b.text) for i, b in enumerate(blocks)]
    document = Document(path="<text>", format="text", blocks=blocks)
    return analyze_document(document, report_year)


def contradictions(relations: Iterable[Relation]) -> list[Relation]:
    return [r for r in relations if r.verdict is Verdict.CONTRADICTION]


__all__ = [
    "KINDS",
    "KIND_OF_CODE",
    "Relation",
    "SectionRange",
    "Verdict",
    "analyze_block",
    "analyze_document",
    "analyze_text",
    "classify_sections",
    "contradictions",
    "extract",
    "role_of",
    "year_relations",
]
