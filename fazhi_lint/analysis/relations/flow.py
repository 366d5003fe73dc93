"""Case flow: received >= accepted (+ rejected) (N103); concluded against accepted or
received (N107), which may legitimately exceed them when the text mentions cases carried
over from last year or settled before acceptance."""

from __future__ import annotations

from ...model import Severity
from ..quantities import BlockQuantities, Lexicon, Quantity
from .common import (
    FLOW_STAGES,
    Relation,
    Verdict,
    bounds,
    nouns_compatible,
    per_or_change,
    show,
    span_of,
)


def flow_relations(bq: BlockQuantities, lex: Lexicon) -> list[Relation]:
    out: list[Relation] = []
    flows = [
        q
        for q in bq.quantities
        if q.family in FLOW_STAGES
        and q.kind == "count"
        and not q.quoted
        and not per_or_change(lex, q)
    ]
    if not flows:
        return out
    clauses = lex.data["clauses"]
    text = bq.text
    carry = any(w in text for w in clauses["carry-over"])
    pre_acc = any(w in text for w in clauses["pre-acceptance"])
    for idx, q in enumerate(flows):
        earlier = [p for p in flows[:idx] if p.unit == q.unit and nouns_compatible(p, q)]
        received = [p for p in earlier if p.family == "received"]
        last_r = received[-1] if received else None
        since = [p for p in earlier if last_r is None or p.num_start > last_r.num_start]
        if q.family == "accepted" and last_r is not None:
            if bounds(q)[0] > bounds(last_r)[1]:
                out.append(
                    _flow(q, last_r, "N103", Severity.ERROR, f"受理{q.text}多于收到的{last_r.text}")
                )
            else:
                out.append(_flow(q, last_r, "", None, ""))
        elif q.family == "rejected" and last_r is not None:
            accepted = [p for p in since if p.family == "accepted"]
            if accepted:
                a = accepted[-1]
                if bounds(a)[0] + bounds(q)[0] > bounds(last_r)[1]:
                    out.append(
                        _flow(
                            q,
                            last_r,
                            "N103",
                            Severity.ERROR,
                            f"受理{a.text}与不予受理等{q.text}合计"
                            f"{show(a.low + q.low, q)}，多于收到的{last_r.text}",
                            extra=(a,),
                        )
                    )
        elif q.family == "concluded":
            accepted = [p for p in since if p.family == "accepted"]
            last_a = accepted[-1] if accepted else None
            if last_r is not None:
                if bounds(q)[0] > bounds(last_r)[1] and not carry:
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
                if bounds(q)[0] > bounds(last_a)[1] and not carry and not pre_acc:
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
        tuple(span_of(x) for x in (q, ref, *extra)),
        code=code,
        severity=severity,
        message=message,
        suggestion="核对收到、受理、办结数字；如含上年结转或案前化解，请在文中说明"
        if code
        else None,
    )
