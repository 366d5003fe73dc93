"""A sum owed and the same sum settled, printed a 万 (or 亿) apart (N201).

Two figures of one unit (money, or one count unit) about the same thing — their clauses
share a noun of two characters once the words of owing and settling are set aside — are the
same sum when the sentence ties them: a debt and what was paid of it (「欠缴国有土地出让金
98.45万元……成功收回……欠缴的国有土地出让金98.45元」), an instalment and its payment
(「出让价款857.16万元……已缴纳第二期出让款8571600万元」), or one figure named again
(「共查补……耕地占用税161.04万元……追缴了……耕地占用税161.04元」). Read so:

* the later figure, times 10^4 (or 10^8), falls inside what the earlier one may stand for
  (its rounding and its 余/多 included), or the other way round: one of the two lost or
  gained its 万 — an error when the later clause says the debt was settled in full
  (numbers.toml ``magnitude.settled.in-full``: 全部缴清, 如数收回), else a warning;
* what was settled (``magnitude.settled.verbs``) of a debt (``magnitude.settled.owed``) is
  more than ten times the debt and fits under it once read without its 万 (「欠缴…3300多元
  ……追缴土地出让金2000万余元」): no surcharge multiplies a debt tenfold — a warning.

Figures of one clause are never paired (a clause states one sum), nor a price or an
average (每, 人均, /吨). Each figure is compared with the last :data:`WINDOW` figures of its
unit before it: linear in the paragraph.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from ...model import Severity
from ..cn_numbers import fmt
from ..quantities import BlockQuantities, Lexicon, Quantity
from .common import Relation, Verdict, bounds, last_mark, span_of

WINDOW = 8  # earlier figures of the same unit a figure is compared with
# significant digits two figures must carry to be read as one sum without a tie of equality
_SIGNIFICANT = 3
_SHIFTS = ((Decimal(10_000), "万"), (Decimal(100_000_000), "亿"))
# a settled sum more than this many times its debt is not the debt with a surcharge
_SURCHARGE_FACTOR = Decimal(10)
_CLAUSE_MARKS = "，,；;。：:"
_CLAUSE_REACH = 40  # characters before a figure read as its clause
_QUOTE_REACH = 120  # characters before a quoted figure searched for its quote's opening
_AFTER_REACH = 10
_SENTENCE_REACH = 80  # characters of a debt's sentence before it read for its words  # characters after a figure's unit read as its noun
_REST_END_RE = re.compile(r"[，,；;。]")
_STOP_RE = re.compile(r"[，,；;。：:（）()、]")
# a price or an average: not a sum of its own
_PER_RE = re.compile(r"每|人均|户均|平均|均价|单价|标准")
_PER_AFTER_RE = re.compile(r"\s*(?:/|／|每)")
# characters that name no thing (the words of a sum's verb and its fillers)
_FILLER = frozenset("全年共计合总额金数达为的了和与及等各类项已于将其中该此上述这笔款费")


def _quoted_statement(text: str, q: Quantity) -> bool:
    """Is a quoted figure in a quoted statement (「“收到磋商函后，……共查补…161.04万元。”」: a
    clause mark between the quote's opening and the figure), not a name or a title?"""
    start = max(0, q.num_start - _QUOTE_REACH)
    opening = max(text.rfind("“", start, q.num_start), text.rfind('"', start, q.num_start))
    return opening >= 0 and last_mark(text, _CLAUSE_MARKS, opening, q.num_start) >= 0


def _clause(text: str, q: Quantity) -> str:
    start = max(0, q.num_start - _CLAUSE_REACH)
    k = last_mark(text, _CLAUSE_MARKS, start, q.num_start)
    return text[k + 1 if k >= 0 else start : q.num_start]


def _after(text: str, q: Quantity) -> str:
    m = _STOP_RE.search(text, q.end, q.end + _AFTER_REACH)
    return text[q.end : m.start() if m else q.end + _AFTER_REACH]


def _rest(text: str, q: Quantity) -> str:
    """The figure's clause after it (to the next clause mark)."""
    m = _REST_END_RE.search(text, q.end, q.end + _CLAUSE_REACH)
    return text[q.end : m.start() if m else q.end + _CLAUSE_REACH]


def _thing(words: str, drop: tuple[str, ...]) -> str:
    """The words with those of owing and settling blanked out, fillers blanked too."""
    for w in drop:
        words = words.replace(w, " ")
    return "".join(ch if ch not in _FILLER else " " for ch in words)


def _pairs(words: str) -> frozenset[str]:
    """The two-character pieces of the words (no blank in them): two figures name the same
    thing when they share one (a noun of two characters at least)."""
    return frozenset(words[i : i + 2] for i in range(len(words) - 1) if " " not in words[i : i + 2])


_Scaled = tuple[tuple[Decimal, Decimal], ...]


def _scaled(q: Quantity) -> _Scaled:
    """:func:`bounds` of the figure, then the bounds times each factor of :data:`_SHIFTS`
    (a figure is compared with up to :data:`WINDOW` others: computed once)."""
    low, high = bounds(q)
    return ((low, high), *((low * factor, high * factor) for factor, _ in _SHIFTS))


def _exponents(q: Quantity) -> tuple[int, int] | None:
    """The decimal exponents (``Decimal.adjusted``: floor(log10)) of the figure's
    :func:`bounds`, low and high; None unless both are finite and above zero."""
    low, high = bounds(q)
    if not (low > 0 and high > 0 and low.is_finite() and high.is_finite()):
        return None
    return low.adjusted(), high.adjusted()


def _may_pair(x: tuple[int, int] | None, q: tuple[int, int] | None, money: bool) -> bool:
    """Can :func:`_shift` find a magnitude word for two figures of these :func:`_exponents`
    (``x`` the earlier), or (``money``) :func:`_above_owed` hold? A test of exponents that
    every pair those hold for passes, so most pairs of a paragraph (no 万 apart) are set aside
    before their arithmetic. Two intervals above zero overlap only where their exponent ranges
    do; a bound times 10^d has the bound's exponent plus d (plus one more when the product is
    rounded up to the context's precision), and 10 times it exactly plus one.

    * a shift by 10^d (d = 4, 8) of ``q``: ``q_low·10^d <= x_high`` and ``q_high·10^d >=
      x_low``, so ``q_low + d <= x_high`` and ``q_high + d + 1 >= x_low`` in exponents —
      ``lo - 1 <= d <= hi`` with ``lo = x_low - q_high``, ``hi = x_high - q_low``; of ``x``:
      ``-hi - 1 <= d <= -lo``;
    * above the debt: ``q_low > 10·x_high`` and ``q_low / 10^4 <= x_high``, so ``x_high + 1
      <= q_low <= x_high + 4`` — ``-4 <= hi <= -1``."""
    if x is None or q is None:
        return True
    lo = x[0] - q[1]
    hi = x[1] - q[0]
    return (
        (lo <= 5 and hi >= 4)  # q shifted by 10^4
        or (lo <= 9 and hi >= 8)  # by 10^8
        or (lo <= -4 and hi >= -5)  # x shifted by 10^4
        or (lo <= -8 and hi >= -9)  # by 10^8
        or (money and -4 <= hi <= -1)
    )


def _shift(x: Quantity, q: Quantity, xs: _Scaled | None = None, qs: _Scaled | None = None) -> str:
    """The magnitude word (万, 亿) one of the two figures lost or gained, or "" (``xs`` and
    ``qs``: their :func:`_scaled` bounds, computed here when not given)."""
    xs, qs = xs or _scaled(x), qs or _scaled(q)
    for i, (_, word) in enumerate(_SHIFTS, 1):
        for small, s, b in ((q, qs, xs), (x, xs, qs)):
            low, high = b[0]
            s_low, s_high = s[i]
            # the small one read with the magnitude overlaps what the big one may stand for
            if s_low <= high and s_high >= low and small.value > 0:
                return word
    return ""


def settled_shifts(bq: BlockQuantities, lex: Lexicon) -> list[Relation]:
    # no two figures of one unit (most paragraphs): no pair to read
    return _walk(bq, lex) if _units_shared(bq) else []


def _units_shared(bq: BlockQuantities) -> bool:
    """Do two figures :func:`_walk` may pair (money or counts above zero, no change) share
    a unit?"""
    units = [
        q.unit
        for q in bq.quantities
        if q.kind in ("money", "count") and not q.change and q.value > 0
    ]
    return len(set(units)) < len(units)


_Words = tuple[str, ...]


@lru_cache(maxsize=4)
def _words(lex: Lexicon) -> tuple[_Words, _Words, _Words, _Words]:
    """numbers.toml ``magnitude.settled``'s words of owing, of settling, of settling in full,
    and all of them longest first (read once, not per paragraph)."""
    data = lex.data.get("magnitude", {}).get("settled", {})
    owed = tuple(data.get("owed", ()))
    verbs = tuple(data.get("verbs", ()))
    in_full = tuple(data.get("in-full", ()))
    drop = tuple(sorted({*owed, *verbs, *in_full}, key=len, reverse=True))
    return owed, verbs, in_full, drop


def _walk(bq: BlockQuantities, lex: Lexicon) -> list[Relation]:
    owed, verbs, in_full, drop = _words(lex)
    text = bq.text
    out: list[Relation] = []
    # unit -> earlier figures; the noun pieces of a figure's words are read only when a pair
    # passes the arithmetic first (most pairs are no 万 apart): [figure, its clause, its
    # sentence up to it, the clause's pieces, the sentence's pieces, its scaled bounds, its
    # bounds' exponents] with the pieces lazy
    seen: dict[str, list[list]] = {}
    for q in bq.quantities:
        if (
            (q.quoted and not _quoted_statement(text, q))
            or q.change
            or q.kind not in ("money", "count")
            or q.value <= 0
            or _PER_AFTER_RE.match(text, q.end)
        ):
            continue
        clause = _clause(text, q)
        if _PER_RE.search(clause):
            continue
        thing: frozenset[str] | None = None
        earlier = seen.setdefault(q.unit, [])
        scaled: _Scaled | None = None  # (computed for the first pair past the exponents)
        exponents = _exponents(q)
        money = q.kind == "money"
        for entry in reversed(earlier):
            if not _may_pair(entry[6], exponents, money):
                continue  # no 万 apart, nor above the debt: neither test below can hold
            x, x_clause, x_sentence = entry[0], entry[1], entry[2]
            if x.sentence == q.sentence and last_mark(text, _CLAUSE_MARKS, x.end, q.num_start) < 0:
                continue  # one clause states one sum
            if entry[5] is None:
                entry[5] = _scaled(x)
            if scaled is None:
                scaled = _scaled(q)
            shifted = x.value != q.value and bool(_shift(x, q, entry[5], scaled))
            above = q.kind == "money" and _above_owed(x, q)
            if not (shifted or above):
                continue
            if thing is None:
                thing = _pairs(_thing(clause + " " + _after(text, q), drop))
            rel = None
            if shifted:
                if entry[3] is None:
                    entry[3] = _pairs(_thing(x_clause + " " + _after(text, x), drop))
                if entry[3] & thing:
                    rel = _shifted_pair(x, q, clause, _rest(text, q), in_full)
            if rel is None and above:
                if entry[4] is None:
                    entry[4] = _pairs(_thing(x_sentence, drop))
                if entry[4] & thing:
                    rel = _settled_above_owed(x, q, x_clause, x_sentence, clause, owed, verbs)
            if rel is not None:
                out.append(rel)
                break
        s_start = bq.sentence_starts[q.sentence] if bq.sentence_starts else 0
        sentence = text[max(s_start, q.num_start - _SENTENCE_REACH) : q.num_start]
        earlier.append([q, clause, sentence, None, None, scaled, exponents])
        del earlier[:-WINDOW]
    return out


def _shifted_pair(
    x: Quantity, q: Quantity, clause: str, rest: str, in_full: tuple[str, ...]
) -> Relation | None:
    """The two figures the same sum a 万 (亿) apart; ``clause`` and ``rest`` are the later
    figure's clause before and after it (「…的土地出让金1120元全部缴清」: in full)."""
    word = _shift(x, q)
    if not word or x.value == q.value:
        return None
    full = any(w in clause + rest for w in in_full)
    if not _figures_shifted(x, q, 2 if full else _SIGNIFICANT):
        return None
    what = "款项" if q.kind == "money" else "数字"
    ratio = max(x.value, q.value) / min(x.value, q.value)
    return Relation(
        "unit-slip",
        Verdict.CONTRADICTION,
        q.block,
        (q.num_start, q.end),
        (span_of(q), span_of(x)),
        code="N201",
        severity=Severity.ERROR if full else Severity.WARNING,
        message=(
            f"前文为{x.text}，此处{'全额' if full else ''}对应的同一{what}写作{q.text}，"
            f"两者相差一个“{word}”（约{fmt(ratio.quantize(Decimal(1)))}倍）"
        ),
        suggestion=f"核对「{q.text}」与{x.text}的单位（元/万元）是否一致",
    )


def _figures_shifted(x: Quantity, q: Quantity, least: int) -> bool:
    """Do the two printed figures carry the same digits, or one of them a rounding of the
    other's (387.43 within 380余): ``least`` significant digits at least, so that no two
    round figures (企业净增15万户 … 企业15户) are read as one by chance; two when the clause
    settles the debt in full (the sentence says the sums are one)."""
    a, b = _digits(x), _digits(q)
    if len(a) < least or len(b) < least:
        return False
    return a.startswith(b) or b.startswith(a) or bool(x.approx or q.approx)


def _digits(q: Quantity) -> str:
    """The significant digits of an exact figure (1120万: 112); of an approximate one, its
    printed digits (380余万: 380 — the 余 rounds below the last of them)."""
    if q.approx:
        return "".join(ch for ch in q.number if ch.isdigit()).lstrip("0")
    return format(q.value.normalize(), "f").replace(".", "").strip("0")


def _above_owed(x: Quantity, q: Quantity) -> bool:
    """Is ``q`` more than ten times ``x`` and yet under it once read without its 万?"""
    x_high = bounds(x)[1]
    q_low = bounds(q)[0]
    return q_low > x_high * _SURCHARGE_FACTOR and q_low / 10_000 <= x_high


def _settled_above_owed(
    x: Quantity,
    q: Quantity,
    x_clause: str,
    x_sentence: str,
    clause: str,
    owed: tuple[str, ...],
    verbs: tuple[str, ...],
) -> Relation | None:
    # the debt's sentence owes and its clause settles nothing; the later one settles
    # (naming the debt as it does: 「追缴…欠缴的耕地占用税」)
    if q.kind != "money" or not any(w in x_sentence for w in owed):
        return None
    if any(w in x_clause for w in verbs) or not any(w in clause for w in verbs):
        return None
    if not _above_owed(x, q):
        return None
    return Relation(
        "unit-slip",
        Verdict.CONTRADICTION,
        q.block,
        (q.num_start, q.end),
        (span_of(q), span_of(x)),
        code="N201",
        severity=Severity.WARNING,
        message=(
            f"追缴（收回）的{q.text}是所欠{x.text}的{fmt((q.value / x.value).quantize(Decimal('1')))}倍，"
            "收回的款项不应多于欠款，疑为其中一处漏写或多写“万”"
        ),
        suggestion=f"核对{x.text}与{q.text}的单位（元/万元）",
    )
