"""The year's stock with its carried-in part told inside the concluded figure's bracket (issue
9, session 27): 「受理95件。答复98件（含上年度结转申请8件，另有5件申请结转下年度继续办理）」
「收到161件，当年办结168件（含上年结转14件），结转下一年17件」.

What came in is the new figure and the cases carried in; what became of them is the concluded
figure and the part carried on into the next year. The bracket 「（含上年结转N件）」 right after
the concluded figure names the carried-in cases that were concluded — all of them, as a
report of the year's stock tells it, but the text does not force it: some carried-in cases may
still be open, so new + carried-in ≠ concluded + open is a warning either way.

The reading, by the sentence's structure and the flow roles (:func:`.flow.stock_role`), never
by the nouns: a carried-in figure (numbers.toml ``clauses.carry-in``) opening a bracket
(含, 包括, 包含) right after a concluded figure of its unit; the new figure the latest one of
its unit before it, in its statement or the one before, with nothing between but figures of
no place in the stock (a 其中 split of the new figure by who asked); the open figure the next
one of the unit after the bracketed one, in the bracket or after it in the statement: a
pending figure, or a count after 另有/尚有/还有/仍有 whose own clause carries it into the next
year (``clauses.pending`` holding a carry word: 顺延到下年度, 结转下年度). No carried-in figure
of its own (上年结转12件, read by :mod:`.flow`) beside the new one. One pass over a block's
figures, gated by a search for the bracket's lead.

Decided on counts (s27-flow) over every read set against the base (0ade73a): real19–42 +2
found (real38 QQ022, real39 QI016), real43–45 +2 found (real43 KC018, real44 KD018), invented
sets (blind1–44, own) no change; no warning on a consistent case, no false error; the seeds +
corpus + fixtures snapshot unchanged. The class recurs in three harvests (real36–38, real39–42,
real43–45). Every one of the four goes the way the text does not force (more went than came
in), so the reading stays a warning.

Session 32 (s32-flow): with no open figure told, the open part is at least nought, so the
concluded less its carried-in part (this year's cases concluded) cannot pass the new figure
(「新受理…86件，…，依法依规办结93件(含上年度结转5件)」: 88 > 86) — judged only when one statement
tells the new and the concluded figures (blind10 V024 took a 312件 of another paragraph as the
new figure and was warned without that guard). Fewer concluded is quiet. real59 +1 found (KW020);
the class is in real31 (QJ025, 60 + 4 = 64), real36 (QC082, 177 − 3 ≤ 176) and real59 (KW019)
as consistent cases, all quiet. Against base32: real58–60 found +1, no other group changed (at
error, false errors, warnings on consistent unchanged everywhere).

Session 33 (s33-flow): the bracket may open with 其中 and tell its count carried in after it
(「办结31件（其中1件为2022年结转本年度办理）」: 为/系/属/是 and a carried-in word of numbers.toml
``clauses.carry-in`` before the bracket closes, no carry into a later period among them,
:func:`_told_carried`) — the same part as 「（含2022年结转1件）」, read the same way. Taken with
the bare 「无结转」 of :mod:`.common` read by its direction (「无结转下年度继续办理」 denies the
carry out, not in): real61 KY051 (30 received, 31 concluded of which 1 carried in — a false
error N101 + N107 at base33) is quiet, its twin KY052 (32 concluded) stays found, from error to
warning (32 − 1 = 31 > 30). Counts per group in the s33-flow report (check_all
/work/hold/s33-flow/after against base33).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...model import Severity
from ..quantities import BlockQuantities, Lexicon, Quantity
from .common import (
    AMONG_OPEN,
    INCLUDED_OPEN,
    Relation,
    Verdict,
    bounds,
    carried_out_re,
    show,
    span_of,
)
from .flow import stock_role

_INCLUDED_RE = re.compile(INCLUDED_OPEN)
# the bracket opened by 其中 whose count is told carried in by the words after it, up to the
# bracket's close (「办结31件（其中1件为2022年结转本年度办理）」)
_AMONG_OPEN_RE = re.compile(AMONG_OPEN)
_TOLD_AS_RE = re.compile(r"[为系属是]")
_OPEN_LEAD_RE = re.compile(r"(?:另有|尚有|还有|仍有|另)$")
_CLAUSE_END_RE = re.compile(r"[，,；;。！？!?）)]")
MAX_BETWEEN = 6  # figures of no stock role read back from the concluded to the new one


def carried_inside_relations(bq: BlockQuantities, lex: Lexicon) -> list[Relation]:
    text = bq.text
    included = ("含" in text or "包" in text) and _INCLUDED_RE.search(text) is not None
    among = "其中" in text and _AMONG_OPEN_RE.search(text) is not None
    if not (included or among):
        return []
    qs = [q for q in bq.quantities if q.kind == "count" and not q.quoted and not q.change]
    out: list[Relation] = []
    for i, carry in enumerate(qs):
        if carry.depth < 1 or i == 0:
            continue
        done = qs[i - 1]
        if (
            done.depth != carry.depth - 1
            or done.unit != carry.unit
            # the bracket opens right after the concluded figure with 含 (「98件（含上年…」)
            # or with 其中, the count then told carried in after it (「其中1件为上年结转」)
            or (
                _INCLUDED_RE.match(text, done.end) is None
                and _AMONG_OPEN_RE.match(text, done.end) is None
            )
            or _CLAUSE_END_RE.search(text, done.end, carry.num_start) is not None
        ):
            continue
        if stock_role(lex, done, text) != "concluded":
            continue
        if stock_role(lex, carry, text) != "carry" and not _told_carried(lex, text, carry):
            continue
        new = _new_before(lex, text, qs, i - 1)
        if new is None:
            continue
        # (no open figure told: it is at least nought, so only more concluded than came in
        # is read — 「新受理86件，办结93件（含上年度结转5件）」: 88 of this year's > 86 — when one
        # statement tells the new and the concluded figures)
        still = _open_after(lex, text, qs, i, done)
        if still is None and new.sentence != done.sentence:
            continue
        rel = _judge(new, carry, done, still)
        if rel is not None:
            out.append(rel)
    return out


def _told_carried(lex: Lexicon, text: str, carry: Quantity) -> bool:
    """「（其中1件为2022年结转本年度办理）」: a count of a 其中 bracket told carried in by the
    words after it — 为/系 and a carried-in word (numbers.toml ``clauses.carry-in``) before the
    bracket closes, no carry into a later period (结转下年度) among them."""
    if _AMONG_OPEN_RE.search(text, max(0, carry.num_start - 4), carry.num_start) is None:
        return False
    if _TOLD_AS_RE.match(text, carry.end) is None:
        return False
    stop = _CLAUSE_END_RE.search(text, carry.end)
    tail = text[carry.end : stop.start() if stop else len(text)]
    if carried_out_re(lex).search(tail) or _into_next_year_re(lex).search(tail):
        return False
    return any(w in tail for w in lex.data["clauses"]["carry-in"])


def _new_before(lex: Lexicon, text: str, qs: list[Quantity], k: int) -> Quantity | None:
    done = qs[k]
    for j in range(k - 1, max(-1, k - 1 - MAX_BETWEEN), -1):
        p = qs[j]
        if p.unit != done.unit:
            continue
        if p.sentence < done.sentence - 1:
            return None
        role = stock_role(lex, p, text)
        if role == "new" and p.depth == 0:
            return p
        if role or p.depth:
            return None  # a carried-in, concluded or open figure of its own: another reading
    return None


def _open_after(
    lex: Lexicon, text: str, qs: list[Quantity], k: int, done: Quantity
) -> Quantity | None:
    nxt = next((q for q in qs[k + 1 :] if q.unit == done.unit), None)
    if nxt is None or nxt.sentence != done.sentence:
        return None
    role = stock_role(lex, nxt, text)
    if role == "pending":
        return nxt
    if role or not _OPEN_LEAD_RE.search(nxt.pre.rstrip(" 　")):
        return None
    stop = _CLAUSE_END_RE.search(text, nxt.end)
    tail = text[nxt.end : stop.start() if stop else len(text)]
    if carried_out_re(lex).search(tail) or _into_next_year_re(lex).search(tail):
        return nxt
    return None


@lru_cache(maxsize=4)
def _into_next_year_re(lex: Lexicon) -> re.Pattern[str]:
    """The pending words of numbers.toml ``clauses.pending`` naming the next year (顺延到下年,
    延期至下一年): the cases go on into it, still open at this year's end."""
    words = sorted((w for w in lex.data["clauses"]["pending"] if "下" in w), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)) or "(?!)")


def _judge(
    new: Quantity, carry: Quantity, done: Quantity, still: Quantity | None
) -> Relation | None:
    in_low = bounds(new)[0] + bounds(carry)[0]
    in_high = bounds(new)[1] + bounds(carry)[1]
    came = show(new.value + carry.value, new)
    if still is None:
        # the open part untold: the concluded cannot pass what came in
        if bounds(done)[0] <= in_high:
            return None
        message = (
            f"办结{done.text}中含上年结转{carry.text}，其余{show(done.value - carry.value, done)}"
            f"（{done.number}−{carry.number}）为本年新收案件，多于新收的{new.text}"
            f"（新收{new.text}＋上年结转{carry.text}＝{came}，少于办结{done.text}）"
        )
        return Relation(
            "partition",
            Verdict.CONTRADICTION,
            done.block,
            (done.num_start, done.end),
            tuple(span_of(x) for x in (done, new, carry)),
            code="N102",
            severity=Severity.WARNING,
            message=message,
            suggestion="核对新收、办结与其中所含上年结转数字",
            data={"came": str(new.value + carry.value), "went": str(done.value)},
        )
    out_low = bounds(done)[0] + bounds(still)[0]
    out_high = bounds(done)[1] + bounds(still)[1]
    if out_low <= in_high and out_high >= in_low:
        return None
    went = show(done.value + still.value, done)
    more = out_low > in_high
    message = (
        f"收结不平衡：新收{new.text}＋办结中所含上年结转{carry.text}＝{came}，"
        f"办结{done.text}＋结转下年{still.text}＝{went}，两者应相等"
        + ("（如上年结转的案件尚有未办结的，请说明）" if more else "")
    )
    return Relation(
        "partition",
        Verdict.CONTRADICTION,
        done.block,
        (done.num_start, done.end),
        tuple(span_of(x) for x in (done, new, carry, still)),
        code="N102",
        severity=Severity.WARNING,
        message=message,
        suggestion="核对新收、上年结转、办结与结转下年数字",
        data={"came": str(new.value + carry.value), "went": str(done.value + still.value)},
    )
