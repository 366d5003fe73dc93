"""Granularity of a rate of a small stated base (issue 9, session 25).

「组织全镇116名在编干部…参加法治理论考试，参考率达99.41%」「共收到公开政府信息申请1件，已全部
答复，办结率90%」: a rate of members of a set (a capped …率, :func:`.rates._is_capped`) whose
numerator the text does not state can still only be k/n of the set's n items. When the rate's
sentence holds exactly one figure before it, a count of whole items stated exactly (116名,
1件: :func:`.own_sum._counts_of`), that figure is the set the sentence speaks of, and a printed
rate that no whole k gives at its printed precision (99.41% of 116: 115/116 = 99.14%) is
impossible whatever the numerator.

Only rates the rate rule left unjudged (no numerator it could read) are looked at, once each;
100% and 0% always fit. One pass over the block's figures.

Measured over every read set (session 25, decision 1): the bare reading (the one count of the
sentence is the base) fired on 12 consistent cases (the count was the numerator: 「纠错13件，
纠错率14.1%」). With the tie of :func:`_the_set` (a whole stated as one, the rate's name not in
the count's own clause, a short name or one the count's words name): real19–38 +2
contradictions found (QS028, QX032), 0 consistent cases warned, 0 false errors; invented sets
(blind1–44, own*) no change; seeds + corpus no finding. Kept as a warning: the base is the only
whole of the sentence, not one the rate names."""

from __future__ import annotations

from decimal import Decimal

from ...model import Severity
from ..cn_numbers import fmt
from ..quantities import BlockQuantities, Lexicon, Quantity, _replace
from .common import WHOLE_AREA_RE, Relation, Verdict, common_substring, rate_check, span_of
from .own_sum import _counts_of, _no_count_gives
from .rates import _is_capped, rate_word

# the largest base a rate's granularity is judged on: beyond it every printed precision of
# two decimals has a fitting k (a step of 1/n below 0.01% needs n > 10,000), and a larger set
# is rarely the only figure of its sentence
MAX_BASE = 2000


def _nearest(base: Quantity, q: Quantity) -> list[str]:
    """The two whole counts k closest to the rate, shown as k/n = r%."""
    n = base.value
    k = int(q.value * n / 100)
    shown = []
    unit = Decimal(1).scaleb(-max(q.decimals, 1))
    for c in (k, k + 1):
        if 0 <= c <= n:
            shown.append(f"{c}÷{fmt(n)}＝{fmt((Decimal(c) / n * 100).quantize(unit))}%")
    return shown


_CLAUSE_MARKS = "，,；;。：:"
SHORT_NAME = 3  # characters of a rate's name (without 率) that name no thing of their own


def _the_set(text: str, base: Quantity, word: str) -> bool:
    """Is the count the set the rate is of, not its numerator? Not inside a bracket (「（共71
    人）」 qualifies a noun); no two characters of the rate's name in a row in the words of the count's own
    clause before it (「纠错13件，纠错率…」「调解成功62件，成功率…」: the count is what the rate
    counts); a name longer than a verb (存量违法建设台账销号率) names a thing the count's words
    must name too."""
    if base.depth:
        return False
    name = word.removesuffix("率")
    start = max(text.rfind(ch, 0, base.num_start) for ch in _CLAUSE_MARKS) + 1
    clause = text[start : base.num_start]
    if common_substring(name, clause) >= min(2, len(name)):
        return False
    if not base.total_marker and WHOLE_AREA_RE.search(clause) is None:
        return False  # 「检查在建项目241个，覆盖率…」: a figure done, not a whole stated
    return len(name) <= SHORT_NAME or common_substring(name, base.pre + base.unit_text) >= 2


def granular_relations(bq: BlockQuantities, lex: Lexicon, out: list[Relation]) -> list[Relation]:
    """Rates of a small stated base that no whole count gives (see the module docstring)."""
    judged = {r.span for r in out if r.kind in ("rate", "rate-cap")}
    qs = bq.quantities
    found: list[Relation] = []
    before: list[Quantity] = []  # the figures of the current sentence so far
    sentence = -1
    for q in qs:
        if q.sentence != sentence:
            sentence, before = q.sentence, []
        if q.kind != "percent" or q.quoted or q.change or (q.num_start, q.end) in judged:
            before.append(q)
            continue
        counts = [p for p in before if p.kind != "percent"]
        before.append(q)
        if len(counts) != 1 or any(p.kind == "percent" for p in before[:-1]):
            continue
        base = counts[0]
        if not _counts_of(base) or base.value > MAX_BASE or q.value in (0, 100):
            continue
        word = rate_word(q)
        if (
            not word.endswith("率")
            or not _is_capped(lex, word)
            or not _the_set(bq.text, base, word)
        ):
            continue
        if not _no_count_gives(base, q):
            continue
        whole = _replace(base, value=base.value)
        if rate_check(whole, base, q)[0]:
            continue
        found.append(
            Relation(
                "rate",
                Verdict.CONTRADICTION,
                q.block,
                (q.num_start, q.end),
                (span_of(q), span_of(base)),
                code="N104",
                severity=Severity.WARNING,
                message=(
                    f"{word}{q.text}不可能出自{base.text}：以{base.number}为基数，比率只能是"
                    f"整数个除以{base.number}（{'；'.join(_nearest(base, q))}），"
                    f"{q.text}无法得到"
                ),
                suggestion=f"核对{word}，或核对{base.text}",
                data={"stated": str(q.value), "denominator": str(base.value)},
            )
        )
    return found
