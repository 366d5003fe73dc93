"""The 个百分点 changes of a complete split's shares add up to zero (N108).

「第一、二、三产业增加值所占比重分别为7.9%、42.0%、50.1%。与上年相比，第一产业比重下降0.3个百分
点，第二产业提高4.6个百分点，第三产业下降4.3个百分点」 and 「苏南地区…占…59.6%，比2018年末提高1.8个
百分点；苏中地区48.9万个，占16.8%，下降0.8个百分点；苏北地区68.5万个，占23.6%，下降0.1个百分
点」: when the shares of one whole add up to 100% (within the rounding of every share), last year's
shares did too, so the shares' changes in 个百分点 add up to zero — whatever was split and
whatever the parts are called. The structure read is the order of the figures only: each share
followed by its own 个百分点 change (share, change, share, change…), or a list of shares
followed by as many changes (share, share, share, change, change, change). A share is a % figure
whose clause says 占 / 比重 / 比例, or a % figure joined to one by 、/和/及 alone; a figure in %
of any other kind ends the run. The split is the shortest run of such pairs from the first that
adds up to 100% (a part of a part after it, 「其中65岁及以上…」, is left out).

Tolerance: last year's printed shares add up to 100% within half a last digit each, and each
printed change is within half its last digit of the true change, so the sum of the changes may
differ from (sum of this year's shares − 100) by the half-units of every share and every change.
Not read: changes that name different periods compared with (比上年 / 比2018年末), or shares that
name different wholes (占总人口 / 占城镇人口). An error for three parts or more; two shares that
add up to 100% may do so by chance (a rate and a share), a warning.

Session 32 (s32-yoy), the class is in real47 (KG075, three regions), real57 (KT071, three age
groups, with a 其中 part after them) and real59 (KW006, the three industries, a list then the
changes). Found at error, before → after: real43–48 +1 (KG075), real55–57 +1 (KT071), real58–60
+1 (KW006); false errors 0 and warnings on consistent unchanged in every group scored
(real32–60, blind1–44); the seed + corpus snapshot unchanged. The consistent twins (the same
paragraphs with the printed changes) stay quiet, KG075's within the slack of six half-units.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ...grammar import YEAR_ASCII
from ...model import Severity
from ..cn_numbers import fmt
from ..quantities import BlockQuantities, Lexicon, Quantity
from .change import stated_direction
from .common import Relation, Verdict, span_of

# a share's clause: 占 (占总人口的, 占比), 比重, 比例 before the figure
_SHARE_WORD_RE = re.compile("占|比重|比例")
# only a list join between two shares (「7.9%、42.0%、50.1%」「42.0%和50.1%」)
_SHARE_JOIN_RE = re.compile(r"\s*(?:、|和|及|与|，|,)\s*")
# the whole a share names (「占总人口的」「占全省…法人单位数的」)
_WHOLE_RE = re.compile(r"占([^，,；;。：:%％0-9]{1,20}?)(?:的)?(?:比重|比例)?(?:为|是|达)?$")
# the period a change names (比上年, 较2018年末, 与上年相比)
_PERIOD_NAMED_RE = re.compile(
    rf"(?:比|较|与|同比|相比)\s*((?:上年|去年|上一年|{YEAR_ASCII}年)(?:末|底|同期)?|上月|上季度)"
)
_HUNDRED = Decimal(100)
_MIN_PARTS = 2
_ERROR_PARTS = 3


def _half(q: Quantity) -> Decimal:
    return Decimal(5) / (Decimal(10) ** (q.decimals + 1))


def _is_share(bq: BlockQuantities, q: Quantity, prev: Quantity | None) -> bool:
    if q.kind != "percent" or q.change or q.approx:
        return False
    if _SHARE_WORD_RE.search(q.pre):
        return True
    if prev is None or prev.kind != "percent" or prev.change:
        return False
    return _SHARE_JOIN_RE.fullmatch(bq.text[prev.end : q.start]) is not None


def _period(bq: BlockQuantities, start: int, d: Quantity) -> str:
    named = [m.group(1) for m in _PERIOD_NAMED_RE.finditer(bq.text, start, d.num_start)]
    return named[-1] if named else ""


def _pairs(tokens: list[tuple[str, Quantity]]) -> list[tuple[Quantity, Quantity]]:
    """The (share, change) pairs of a run of tokens: S C S C… or S…S C…C; else none."""
    kinds = "".join(k for k, _ in tokens)
    n = len(tokens) // 2
    if len(tokens) % 2 or n < _MIN_PARTS:
        return []
    if kinds == "SC" * n:
        return [(tokens[2 * i][1], tokens[2 * i + 1][1]) for i in range(n)]
    if kinds == "S" * n + "C" * n:
        return [(tokens[i][1], tokens[n + i][1]) for i in range(n)]
    return []


def _runs(bq: BlockQuantities, lex: Lexicon) -> list[list[tuple[str, Quantity]]]:
    runs: list[list[tuple[str, Quantity]]] = [[]]
    prev: Quantity | None = None
    for q in bq.quantities:
        if q.kind == "points" and q.depth == 0:
            if stated_direction(bq, lex, q):
                runs[-1].append(("C", q))
            else:
                runs.append([])
        elif q.kind == "percent" and q.depth == 0:
            if _is_share(bq, q, prev):
                runs[-1].append(("S", q))
            else:
                runs.append([])
        if q.kind in ("percent", "points"):
            prev = q
    # (a change before the run's first share is some other rate's)
    return [r[next((i for i, (k, _) in enumerate(r) if k == "S"), len(r)) :] for r in runs if r]


def _longest_alternating(run: list[tuple[str, Quantity]]) -> list[tuple[str, Quantity]]:
    """The run itself, or its leading S C S C… part when it goes on otherwise."""
    kinds = "".join(k for k, _ in run)
    n = 0
    while kinds[2 * n : 2 * n + 2] == "SC":
        n += 1
    return run[: 2 * n] if n >= _MIN_PARTS else run


def share_move_relations(bq: BlockQuantities, lex: Lexicon) -> list[Relation]:
    out: list[Relation] = []
    for run in _runs(bq, lex):
        pairs = _pairs(_longest_alternating(run))
        if not pairs:
            continue
        # the shortest leading run of pairs that adds up to 100%
        total = Decimal(0)
        half = Decimal(0)
        split: list[tuple[Quantity, Quantity]] = []
        for s, c in pairs:
            total += s.value
            half += _half(s)
            split.append((s, c))
            if len(split) >= _MIN_PARTS and abs(total - _HUNDRED) <= half:
                break
        else:
            continue
        out.extend(_judged(bq, lex, split, total, half))
    return out


def _judged(
    bq: BlockQuantities,
    lex: Lexicon,
    split: list[tuple[Quantity, Quantity]],
    total: Decimal,
    half: Decimal,
) -> list[Relation]:
    wholes = set()
    for s, _ in split:
        m = _WHOLE_RE.search(s.pre)
        if m and m.group(1).strip("的"):
            wholes.add(m.group(1).strip("的"))
    if len(wholes) > 1:
        return []
    periods = {p for p in (_period(bq, s.end, c) for s, c in split) if p}
    if len(periods) > 1:
        return []
    signed: list[Decimal] = []
    for _, c in split:
        direction = stated_direction(bq, lex, c)
        if not direction or c.approx:
            return []
        signed.append(direction * c.value)
    moved = sum(signed, Decimal(0))
    slack = half + sum((_half(c) for _, c in split), Decimal(0))
    if abs(moved - (total - _HUNDRED)) <= slack:
        return []
    shares = "＋".join(f"{s.number}%" for s, _ in split)
    places = max(s.decimals for s, _ in split)
    shown = fmt(total.quantize(Decimal(1).scaleb(-places))) if places else fmt(total)
    changes = "".join(("＋" if v >= 0 else "－") + fmt(abs(v)) for v in signed).lstrip("＋")
    first, last = split[0][0], split[-1][1]
    severity = Severity.ERROR if len(split) >= _ERROR_PARTS else Severity.WARNING
    return [
        Relation(
            "change",
            Verdict.CONTRADICTION,
            bq.block,
            (first.num_start, last.end),
            tuple(span_of(q) for pair in split for q in pair),
            code="N108",
            severity=severity,
            message=(
                f"各部分占比{shares}＝{shown}%，是同一总体的完整划分，上期各部分占比之和也应为"
                f"100%，各部分比重的变化之和应约为{fmt(total - _HUNDRED)}个百分点；文中所列变化"
                f"{changes}＝{fmt(moved)}个百分点"
            ),
            suggestion="核对各部分比重的变化幅度",
            data={"shares": str(total), "moved": str(moved)},
        )
    ]
