"""Numbers implausible on their own: unit slips (28101万次, 3.5起, 205.1026元: below a 分) —
N201; contradictory or misused approximations (约5000余, 1518余件) — N202; a number without the
unit its listed neighbours carry — N204.

Session 31 (s31-flow): a province named by its own name before a figure in its sentence
(广东省, 广西壮族自治区: :data:`_PROVINCE_NAMED_RE`) is a wide scope as 全省 is — the rule does
not know the body's scale otherwise (real56 KS052: 「广东省常住人口达到12706万人」 quiet; with
magnitude.py's population tail 达到, no N206 against its own 城镇 part either)."""

from __future__ import annotations

import re
from decimal import Decimal

from ...model import Severity
from ..cn_numbers import fmt
from ..quantities import BlockQuantities, Lexicon, Quantity
from .common import Relation, Verdict, clause_tail, span_of

# what joins two figures of one list: 「1.2个和3.5个百分点」「2.5至3.5个百分点」
_LIST_JOINER_RE = re.compile(r"\s*(?:和|及|与|、|，|至|到|-|—|～|~)\s*")


def _unit_elided(bq: BlockQuantities, q: Quantity, i: int) -> bool:
    """Is ``q``'s unit the start of a longer unit the next figure of its list carries whole
    (「分别提高1.2个和3.5个百分点」: 1.2 counts 个百分点, not 个)?"""
    if i + 1 >= len(bq.quantities):
        return False
    nxt = bq.quantities[i + 1]
    return (
        len(nxt.unit_text) > len(q.unit_text)
        and nxt.unit_text.startswith(q.unit_text)
        and _LIST_JOINER_RE.fullmatch(bq.text[q.end : nxt.num_start]) is not None
    )


def plausibility_relations(bq: BlockQuantities, lex: Lexicon) -> list[Relation]:
    out: list[Relation] = []
    plaus = lex.data["plausibility"]
    discrete = set(plaus["discrete"])
    average = tuple(plaus["average"])
    max_digits = int(plaus["max-digits-before-wan"])
    exempt = set(plaus["wan-exempt-kinds"])
    wide_words = tuple(plaus.get("wide-scope", ()))
    # units whose figures run to 亿 at a national or provincial scope (全国, 全省, 普查) its
    # sentence names: the later figures of the unit in the paragraph count at that scope too
    # (「全国…从业人员38323.6万人……第二产业的从业人员为17255.8万人」)
    wide_units: set[str] = set()
    for i, q in enumerate(bq.quantities):
        if q.kind == "bare" or q.quoted:
            continue
        digits = _NOT_DIGIT_RE.sub("", q.number)
        int_digits = len(_POINT_RE.split(digits)[0]) if digits else 0
        # unit slip: 28101万次
        if (
            q.magnitude >= 10_000
            and not q.chinese
            and int_digits > max_digits
            and q.kind not in exempt
            and not _wide_scope(bq, q, wide_words, wide_units)
        ):
            mag = "万" if q.magnitude == 10_000 else "亿"
            out.append(
                Relation(
                    "unit-slip",
                    Verdict.CONTRADICTION,
                    q.block,
                    (q.num_start, q.end),
                    (span_of(q),),
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
            and not _unit_elided(bq, q, i)
        ):
            out.append(
                Relation(
                    "unit-slip",
                    Verdict.CONTRADICTION,
                    q.block,
                    (q.num_start, q.end),
                    (span_of(q),),
                    code="N201",
                    severity=Severity.WARNING,
                    message=f"「{q.text}」以小数计数不可分的事物，疑似漏写“万”或小数点错位",
                    suggestion="核对该数字",
                )
            )
        else:
            rel = _below_cent(bq, q, average + tuple(plaus.get("unit-price", ())))
            if rel is not None:
                out.append(rel)
        # approximation misuse
        rel = _approx_problem(q)
        if rel is not None:
            out.append(rel)
    return out


def _wide_scope(bq: BlockQuantities, q: Quantity, words: tuple[str, ...], units: set[str]) -> bool:
    """Does ``q`` count at a national or provincial scope: its sentence names one before it,
    or an earlier figure of its unit did (``units`` keeps those units)?"""
    if q.unit in units:
        return True
    start = bq.sentence_starts[q.sentence] if bq.sentence_starts else 0
    before = bq.text[start : q.num_start]
    if any(w in before for w in words) or _PROVINCE_NAMED_RE.search(before):
        units.add(q.unit)
        return True
    return False


# a province named by its own name (广东省, 广西壮族自治区) before a figure in its sentence: the
# figures count at a provincial scope (「2023年末广东省常住人口达到12706万人」), as after 全省
_PROVINCE_NAMED_RE = re.compile(
    r"[\u4e00-\u9fff](?<![全本节反自外各该])(?:省|自治区)(?![级委长内外份属直])"
)


# places of a sum of money in 元 (the 分, a hundredth, is the smallest coin); a 万元 or 亿元
# figure counts to the 元 with 4 or 8 places
_YUAN_PLACES = 2
_LARGER_MONEY = ((4, "万元"), (8, "亿元"))
# after an amount, a unit it is priced per (元/吨, 元每千克): a unit price
_PER_UNIT_AFTER_RE = re.compile(r"\s*(?:/|／|每)")


def _below_cent(bq: BlockQuantities, q: Quantity, per_words: tuple[str, ...]) -> Relation | None:
    """「实施预防性处罚205.1026元」: a sum in plain 元 with more places than the 分 holds no
    real amount; with 4 places it is a 万元 figure (8: 亿元) whose unit lost its 万. Not an
    average or a price per unit (人均…元, 每吨0.9525元, 0.3125元/吨), whose division leaves
    places, nor a Chinese numeral."""
    if (
        q.kind != "money"
        or q.unit_text != "元"
        or q.magnitude != 1
        or q.chinese
        or q.decimals <= _YUAN_PLACES
        or _PER_UNIT_AFTER_RE.match(bq.text, q.end)
    ):
        return None
    clause = clause_tail(bq.text, "，,；;。：:", max(0, q.num_start - _CLAUSE_REACH), q.num_start)
    if any(w in clause for w in per_words):
        return None
    unit = next((u for places, u in _LARGER_MONEY if q.decimals <= places), "")
    return Relation(
        "unit-slip",
        Verdict.CONTRADICTION,
        q.block,
        (q.num_start, q.end),
        (span_of(q),),
        code="N201",
        severity=Severity.WARNING,
        message=f"「{q.text}」以“元”计有{q.decimals}位小数，不足1分的金额并不存在"
        + (f"，疑为“{q.number}{unit}”" if unit else "，疑似单位或小数点错误"),
        suggestion=f"核对单位：是否应为“{q.number}{unit or '万元'}”",
    )


# characters of a figure's clause read back for an average or price word (linear work)
_CLAUSE_REACH = 40
_NOT_DIGIT_RE = re.compile(r"[^0-9０-９.．]")
_POINT_RE = re.compile(r"[.．]")
_IDEOGRAPH_RE = re.compile(r"[\u4e00-\u9fff]")
_LIST_GAP_RE = re.compile(r"[，,；;][^，,；;。]{1,12}")  # between two items of one list
# a rate named right before a figure (再犯罪率为0, 发案率0)
_NUMBER_NAMES = ("第", "号", "热线", "电话", "代码", "编号", "版", "期", "届", "次会议")


# a rate's name and its copula right before a bare 0 (「万台死亡率为0」「发生率保持0」)
_RATE_OF_ZERO_RE = re.compile(
    r"(?:率|比例|比重|占比)(?:均|仍|继续)?(?:为|是|达|保持为|保持在|保持|降至|降为|控制在)?$"
)


def missing_units(bq: BlockQuantities) -> list[Relation]:
    """「重大行政决策1件，行政许可1513，行政处罚4件」: a number in a list whose neighbours
    carry units, itself without one. Not a change figure (「死亡1人，同比增加1」): it restates
    the measure before it, whose unit it leaves unsaid, and is no item of the list."""
    out: list[Relation] = []
    text = bq.text
    qs = bq.quantities
    for i, q in enumerate(qs):
        if q.kind != "bare" or q.quoted or q.decimals or q.magnitude > 1 or q.change:
            continue
        if q.num_start == 0 or not _IDEOGRAPH_RE.match(text[q.num_start - 1]):
            continue
        if text[q.num_end : q.num_end + 1] not in ("，", "；", ",", ";", "。"):
            continue
        if any(text[max(0, q.num_start - 4) : q.num_start].endswith(w) for w in _NUMBER_NAMES):
            continue
        if q.value == 0 and _RATE_OF_ZERO_RE.search(text, 0, q.num_start):
            continue  # 「特种设备万台死亡率为0」: a rate of nothing needs no %
        neighbours = []
        if i > 0:
            prev = qs[i - 1]
            gap = text[prev.end : q.num_start]
            if prev.kind == "count" and prev.sentence == q.sentence and _LIST_GAP_RE.fullmatch(gap):
                neighbours.append(prev)
        if i + 1 < len(qs):
            nxt = qs[i + 1]
            gap = text[q.num_end : nxt.num_start]
            if nxt.kind == "count" and nxt.sentence == q.sentence and _LIST_GAP_RE.fullmatch(gap):
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
                (span_of(q), *(span_of(n) for n in neighbours)),
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
        (span_of(q),),
        code="N202",
        severity=severity,
        message=message,
        suggestion=suggestion,
    )
