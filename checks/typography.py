"""``T1xx`` — punctuation and typography (GB/T 15834-2011 标点符号用法, GB/T 15835-2011).

Noise is the danger of these checks, so they follow three rules:

* **One habit, one finding.** Typing with a half-width input method, joining ranges with a
  hyphen, spacing around numbers or putting 顿号 between book titles are habits: each of
  T101, T102, T107, T108, T109 and T110 gives *one* finding per document, located at the
  first place, with the count in the message and in ``data["count"]``, every other place in
  ``Diagnostic.related`` and every correction in ``data["fixes"]`` (a list of
  ``{"block", "start", "end", "replacement"}``). ``fix`` is set only when there is a single
  place (the fix then corrects the whole finding). Slips that happen once — an unbalanced
  quote, a paragraph ending in a comma, doubled punctuation, a placeholder — are one finding
  each, until a document has more than ten of one check (T104, T106, T111): that is a
  broken conversion or an unfilled template, reported as one finding with the count.
* **Legitimate uses are not flagged.** Half-width marks are fine inside numbers and times
  (1,000 · 3.5 · 8:00), Latin runs and URLs, and in heading labels (「1.」 is the standard
  form; 「(一)」 is H105's business); the text of web-page and conversion debris (T001/T002)
  is left to those checks.
* **Every finding says what to write instead** (``suggestion``), and a machine-applicable
  ``fix`` when the correction is certain.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from fazhi_lint.analysis import prefilter
from fazhi_lint.analysis.masks import SPACES, TextView, next_char, prev_char
from fazhi_lint.analysis.placeholders import (
    PLACEHOLDER_FIRST,
    PLACEHOLDERS,
    placeholder_context,
    slot_context,
)
from fazhi_lint.analysis.quantities import finditer_at
from fazhi_lint.grammar import IDEOGRAPH_RE, is_ascii_digit, is_cjk, is_cjk_punct, is_ideograph
from fazhi_lint.model import Block, BlockKind, Diagnostic, Severity, Span
from fazhi_lint.plugins import SLIP_LIMIT, CheckContext, check, snippet

MAX_RELATED = 500  # related spans kept on an aggregated finding
SHOWN_PLACES = 3  # places quoted in an aggregated message

# -- character classes ------------------------------------------------------------------------


_IDEOGRAPH_RE = IDEOGRAPH_RE


def has_ideograph(text: str) -> bool:
    """``any(is_ideograph(c) for c in text)``, in one regex call."""
    return _IDEOGRAPH_RE.search(text) is not None


def _is_latin(ch: str) -> bool:
    return bool(ch) and ch.isascii() and ch.isalpha()


_QUOTE_MARK_RE = re.compile("[“”《》]")


def _quote_depths(text: str) -> list[bool]:
    """For each position: is it inside “…” or 《…》 (ignoring imbalance)?"""
    inside = [False] * len(text)
    dq = book = 0
    state = False  # the value of the positions since the last mark
    last = 0
    for m in _QUOTE_MARK_RE.finditer(text):  # only the marks change the state
        i = m.start()
        if state:
            inside[last:i] = [True] * (i - last)
        ch = m.group()
        if ch == "“":
            dq += 1
        elif ch == "”":
            dq = max(0, dq - 1)
        elif ch == "《":
            book += 1
        else:
            book = max(0, book - 1)
        state = dq > 0 or book > 0
        inside[i] = state
        last = i + 1
    if state:
        inside[last:] = [True] * (len(text) - last)
    return inside


# -- shared reporting helpers -------------------------------------------------------------------


@dataclass(frozen=True)
class Place:
    """One place of an aggregated finding: ``block.text[start:end]`` → ``replacement``."""

    block: Block
    start: int
    end: int
    replacement: str
    kind: str = ""


def _clip(text: str, limit: int = 24) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def where(block: Block, start: int) -> str:
    return block.location.human(start)


def _fixes(places: Iterable[Place]) -> list[dict[str, Any]]:
    return [
        {"block": p.block.index, "start": p.start, "end": p.end, "replacement": p.replacement}
        for p in places
    ]


def aggregate(
    ctx: CheckContext,
    places: list[Place],
    what: str,
    advice: str,
    *,
    breakdown: str = "",
    severity: Severity | None = None,
    extra: dict[str, Any] | None = None,
) -> Iterator[Diagnostic]:
    """One finding for all ``places`` of a habit, at the first place.

    The message reads 「全文共N处{what}{breakdown}；{advice}。如第3段「…」、第5段「…」」.
    """
    if not places:
        return
    places = sorted(places, key=lambda p: (p.block.index, p.start))
    first = places[0]
    count = len(places)
    shown = "、".join(
        f"{where(p.block, p.start)}「{snippet(p.block, p.start, p.end)}」"
        for p in places[:SHOWN_PLACES]
    )
    more = "等" if count > SHOWN_PLACES else ""
    if count > 1:
        message = f"全文共{count}处{what}{breakdown}；{advice}。如{shown}{more}"
    else:
        message = f"{what}{breakdown}：{shown}；{advice}"
    corrected = snippet(first.block, first.start, first.end, first.replacement)
    suggestion = corrected if count == 1 else f"{corrected}（其余{count - 1}处同样修改）"
    data: dict[str, Any] = {"count": count, "fixes": _fixes(places)}
    if extra:
        data.update(extra)
    yield ctx.diagnostic(
        message,
        first.block,
        first.start,
        first.end,
        suggestion=suggestion,
        fix=first.replacement if count == 1 else None,
        related=[Span(p.block.index, p.start, p.end) for p in places[1:MAX_RELATED]],
        severity=severity,
        data=data,
    )


@dataclass(frozen=True)
class Slip:
    """A one-off finding (T106, T111) before it is reported."""

    block: Block
    start: int
    end: int
    message: str
    suggestion: str
    fix: str | None = None
    data: dict[str, Any] = field(default_factory=dict)


def report_slips(
    ctx: CheckContext, slips: list[Slip], what: str, advice: str
) -> Iterator[Diagnostic]:
    """One finding per slip, or one summary when a document has more than ``SLIP_LIMIT``."""
    if len(slips) <= SLIP_LIMIT:
        for slip in slips:
            yield ctx.diagnostic(
                slip.message,
                slip.block,
                slip.start,
                slip.end,
                suggestion=slip.suggestion,
                fix=slip.fix,
                data=slip.data,
            )
        return
    first = slips[0]
    shown = "、".join(
        f"{where(x.block, x.start)}「{snippet(x.block, x.start, x.end)}」"
        for x in slips[:SHOWN_PLACES]
    )
    yield ctx.diagnostic(
        f"全文共{len(slips)}处{what}；{advice}。如{shown}等",
        first.block,
        first.start,
        first.end,
        suggestion=first.suggestion,
        related=[Span(x.block.index, x.start, x.end) for x in slips[1:MAX_RELATED]],
        data={
            "count": len(slips),
            "fixes": [
                {"block": x.block.index, "start": x.start, "end": x.end, "replacement": x.fix}
                for x in slips
                if x.fix is not None
            ],
        },
    )


# -- T101 half-width punctuation -----------------------------------------------------------------

_FULL = {
    ",": "，",
    ";": "；",
    ":": "：",
    "?": "？",
    "!": "！",
    "(": "（",
    ")": "）",
}
_MARK_ZH = {
    ",": "逗号",
    ";": "分号",
    ":": "冒号",
    "?": "问号",
    "!": "叹号",
    "()": "括号",
    '"': "引号",
    "'": "单引号",
    "<>": "书名号",
    ".": "句号",
    "...": "省略号",
    "--": "破折号",
}
_INTERPUNCT_LIKE = ".．•・‧∙"
_INTERPUNCT_LIKE_RE = re.compile(f"[{re.escape(_INTERPUNCT_LIKE)}]")
_ANGLE_RE = re.compile(r"<([^<>\n]{1,60})>")
_HALF_WIDTH_RE = re.compile(r"[,;:?!()\"'<.\-]")  # the marks half_width_places looks at
_LIST_LABEL_RE = re.compile(
    r"[ \t\u3000]*[(（]?(?:[0-9]{1,2}|[a-zA-Z]|[一二三四五六七八九十]{1,3})[)）](?=[ \t\u3000]*\S)"
)


_PAREN_RE = re.compile("[(（)）]")


def _paren_pairs(text: str) -> dict[int, int]:
    """Matching round brackets of either width: position -> partner position."""
    partner: dict[int, int] = {}
    stack: list[int] = []
    for m in _PAREN_RE.finditer(text):
        i, ch = m.start(), m.group()
        if ch in "(（":
            stack.append(i)
        elif ch in ")）" and stack:
            j = stack.pop()
            partner[i], partner[j] = j, i
    return partner


def _final_comma(view: TextView, block: Block) -> int | None:
    """Position of a comma ending a body paragraph (T105's finding), else None."""
    if block.kind != BlockKind.PARAGRAPH or block.index in view.headings:
        return None
    if block.index in view.title:
        return None
    stripped = block.text.rstrip(SPACES + "\r\n")
    if not has_ideograph(stripped):
        return None  # code, a list of values: not a Chinese sentence
    if stripped and stripped[-1] in "，,、":
        return len(stripped) - 1
    return None


def half_width_places(view: TextView, block: Block) -> list[Place]:
    text = block.text
    if not has_ideograph(text):
        return []
    places: list[Place] = []
    idx = block.index
    final = _final_comma(view, block)
    # bracket pairs and quote depths are computed on first use: most paragraphs need neither
    pairs_: dict[int, int] | None = None
    inside_: list[bool] | None = None

    def pairs() -> dict[int, int]:
        nonlocal pairs_
        if pairs_ is None:
            pairs_ = _paren_pairs(text)
        return pairs_

    def inside(i: int) -> bool:
        nonlocal inside_
        if inside_ is None:
            inside_ = _quote_depths(text)
        return inside_[i]

    flagged_parens: set[int] = set()
    dq_seen = sq_seen = 0
    label = _LIST_LABEL_RE.match(text)
    i = label.end() if label else 0  # 「1)」「a)」「(1)」 list labels: the H checks' business
    n = len(text)
    while i < n:
        found = _HALF_WIDTH_RE.search(text, i)  # the other characters are never reported
        if found is None:
            break
        i = found.start()
        ch = text[i]
        if view.masked(idx, i):
            i += 1
            continue
        if ch == ":" and (text[i + 1 : i + 2] == ":" or text[i - 1 : i] == ":"):
            i += 1  # 「::」 is code or markup, not Chinese punctuation
            continue
        prev, nxt = prev_char(text, i), next_char(text, i)
        before = text[i - 1] if i > 0 else ""
        if ch in ",;":
            if i == final:
                i += 1
                continue
            if (is_cjk(prev) or is_cjk(nxt)) and not (is_ascii_digit(prev) and is_ascii_digit(nxt)):
                places.append(Place(block, i, i + 1, _FULL[ch], ch))
        elif ch == ":":
            if (is_cjk(prev) or is_cjk(nxt)) and not (is_ascii_digit(prev) and is_ascii_digit(nxt)):
                places.append(Place(block, i, i + 1, _FULL[ch], ch))
        elif ch in "?!":
            if is_cjk(prev) or (is_cjk(nxt) and not _is_latin(prev) and not is_ascii_digit(prev)):
                places.append(Place(block, i, i + 1, _FULL[ch], ch))
        elif ch in "()":
            # the marks right next to it, not across a space: 「Word (2016) 版」 is Latin text
            after = text[i + 1] if i + 1 < n else ""
            partner = pairs().get(i)
            inner = text[min(i, partner) + 1 : max(i, partner)] if partner is not None else ""
            if is_cjk(before) or is_cjk(after) or has_ideograph(inner):
                flagged_parens.add(i)
        elif ch == '"':
            if is_cjk(prev) or is_cjk(nxt):
                places.append(Place(block, i, i + 1, "”" if dq_seen % 2 else "“", '"'))
            dq_seen += 1
        elif ch == "'":
            if (is_cjk(prev) or is_cjk(nxt)) and not (_is_latin(before) and _is_latin(nxt)):
                places.append(Place(block, i, i + 1, "’" if sq_seen % 2 else "‘", "'"))
            sq_seen += 1
        elif ch == "<":
            m = _ANGLE_RE.match(text, i)
            if m and has_ideograph(m.group(1)) and not view.masked(idx, i, m.end()):
                open_, close = ("〈", "〉") if inside(i) else ("《", "》")
                places.append(Place(block, i, m.end(), f"{open_}{m.group(1)}{close}", "<>"))
                i = m.end()
                continue
        elif ch == ".":
            run = i
            while run < n and text[run] == ".":
                run += 1
            if run - i >= 2:
                if is_cjk(prev) or is_cjk(next_char(text, run - 1)):
                    places.append(Place(block, i, run, "……", "..."))
                i = run
                continue
            if i == final:
                i += 1
                continue
            if is_ideograph(before) or before in "”’）》":
                after = text[i + 1] if i + 1 < n else ""
                if is_ideograph(before) and is_ideograph(after) and inside(i):
                    pass  # 「美好生活.民法典相伴」: an interpunct, T110's business
                elif after and is_ascii_digit(after):
                    pass  # 「第3.5」-like numbering; not a sentence end
                else:
                    places.append(Place(block, i, i + 1, "。", "."))
        elif ch == "-" and text.startswith("--", i) and not text.startswith("---", i):
            if is_ideograph(prev) and is_ideograph(next_char(text, i + 1)):
                places.append(Place(block, i, i + 2, "——", "--"))
            i += 2
            continue
        i += 1
    # round brackets: correct both members of a pair when one of them is in Chinese text;
    # a pair written with two half-width marks is one place (「(31条)」 → 「（31条）」)
    done: set[int] = set()
    for i in sorted(flagged_parens):
        if i in done:
            continue
        partner = pairs().get(i)
        members = [j for j in (i, partner) if j is not None and text[j] in "()"]
        members = [j for j in members if not view.masked(idx, j)]
        done.update(members)
        if len(members) == 2:
            a, b = sorted(members)
            inner = text[a + 1 : b]
            places.append(Place(block, a, b + 1, f"（{inner}）", "()"))
        else:
            for j in members:
                places.append(Place(block, j, j + 1, _FULL[text[j]], "()"))
    return sorted(places, key=lambda p: p.start)


def _breakdown(places: list[Place]) -> str:
    counts = Counter(p.kind for p in places)
    parts = []
    for kind, number in counts.most_common():
        shown = {"()": "()", "<>": "<>", "...": "..."}.get(kind, kind)
        parts.append(f"{_MARK_ZH.get(kind, kind)}“{shown}”{number}处")
    return "（" + "、".join(parts) + "）"


@check(
    "T101",
    "half-width-punctuation",
    Severity.WARNING,
    '中文语句中使用了半角标点（, ; : ( ) ? ! " 等），全文汇总为一条',
)
def half_width_punctuation(ctx: CheckContext) -> Iterator[Diagnostic]:
    """中文语句中使用了半角（ASCII）标点。

    检查什么：紧挨中文的 ``, ; : ? ! ( ) " '``，当作书名号用的 ASCII ``<…>``，当作省略号的 ``...``，当作破折号的
    ``--``，以及结束中文句子的半角点 ``.``。用半角输入法录入的文件会有成百上千处，因此全文汇总为**一条**：
    位置是第一处，各标点的次数写在消息里，每一处都在 ``related`` 中，每一处的改法在 ``data["fixes"]`` 中。

    为什么：GB/T 15834-2011 规定中文使用全角标点；半角标点更窄，破坏排版，也显得录入草率。

    不报告：数字、时间和比例中的标点（1,000 · 3.5 · 8:00 · 3:1）；拉丁字母或数字之间的标点
    （``Microsoft Word (2016)``）；网址和电子邮件地址中的标点；标题编号（「1.」是标准形式；半角的「(一)」由 H105
    报告）；网页或转换残留（T001/T002）；段末的逗号（由 T105 说明改法）。引号或书名号内写成 ``.`` 的间隔号由 T110 报告。

    错误示例：2023年,在市委市政府的坚强领导下,市司法局坚持依法行政(2021—2025年)。
    正确示例：2023年，在市委市政府的坚强领导下，市司法局坚持依法行政（2021—2025年）。
    """
    view = ctx.views.masks
    places: list[Place] = []
    for block in view.blocks:
        places.extend(half_width_places(view, block))
    yield from aggregate(
        ctx,
        places,
        "在中文中使用了半角标点",
        "应使用全角标点（，；：？！（）“”《》……——）",
        breakdown=_breakdown(places),
        extra={"by_mark": dict(Counter(p.kind for p in places))},
    )


# -- T102 / T103 range connectors ---------------------------------------------------------------


@check(
    "T102",
    "range-connector",
    Severity.WARNING,
    "起止范围用了连字符（2023-2025年），应为一字线“—”或浪纹线“～”，全文汇总为一条",
)
def range_connector(ctx: CheckContext) -> Iterator[Diagnostic]:
    """起止范围用连字符（或全角连字符、半字线、``~``、``--``）连接。

    检查什么：年份范围「2023-2025年」「（2021－2025年）」、时间范围「8:00-12:00」「3月1日-5日」和数值范围
    「3-5个工作日」「15-30%」。时间、日期和序号的范围用一字线「—」；数值范围用浪纹线「～」，并且两端都带单位
    （「15%～30%」）。全文汇总为一条。

    为什么：GB/T 15834-2011（连接号）把短横线留给复合名称、电话号码和数字日期；范围的两端用「—」或「～」连接。

    不报告：ISO 日期（2024-03-18）、电话号码（022-12345678）、标准编号（GB/T 9704-2012）、型号和复合名称
    （一汽-大众）中的连字符，以及前一个数不小于后一个数的情形。

    错误示例：《天津市滨海新区提升行政执法质量三年行动计划（2023-2025年）实施方案》
    正确示例：《天津市滨海新区提升行政执法质量三年行动计划（2023—2025年）实施方案》
    """
    places = [
        Place(use.block, use.fix[0], use.fix[1], use.fix[2], use.connector)
        for use in ctx.views.ranges
        if use.fix is not None
    ]
    yield from aggregate(
        ctx,
        places,
        "起止范围用了连字符或半角符号",
        "时间、序号的起止用一字线“—”，数值范围用浪纹线“～”",
    )


@check(
    "T103",
    "range-connector-inconsistent",
    Severity.INFO,
    "同一报告中年份范围的连接号不统一（既用“—”又用“～”）",
)
def range_connector_inconsistent(ctx: CheckContext) -> Iterator[Diagnostic]:
    """同一报告中年份范围时而用「—」，时而用「～」连接。

    检查什么：GB/T 15834-2011 允许年份范围用这两种连接号（首选一字线），但一份报告应当统一。位置在用较少的
    那种连接号写的第一处；建议写法是报告中用得最多的连接号。

    为什么：同一份报告中写法不一，显得拼凑、不严谨。

    不报告：连字符由 T102 报告，不计入本检查。

    错误示例：《法治政府建设实施纲要（2021—2025年）》……《“八五”普法规划（2021～2025年）》
    正确示例：《法治政府建设实施纲要（2021—2025年）》……《“八五”普法规划（2021—2025年）》
    """
    uses = [u for u in ctx.views.ranges if u.years and u.fix is None]
    kinds = Counter("—" if u.connector in "—―" else "～" for u in uses)
    if len(kinds) < 2:
        return
    (major, major_n), (minor, minor_n) = kinds.most_common()
    if major_n == minor_n:
        major, minor = "—", "～"  # a tie: the 一字线 is the preferred form
    odd = [u for u in uses if ("—" if u.connector in "—―" else "～") == minor]
    first = odd[0]
    s = first.block.text.find(first.connector, first.start)
    yield ctx.diagnostic(
        f"年份范围的连接号不统一：{kinds['—']}处用“—”，{kinds['～']}处用“～”；"
        f"全文应统一，建议都用“{major}”",
        first.block,
        s,
        s + len(first.connector),
        suggestion=major,
        related=[Span(u.block.index, u.start, u.end) for u in odd[1:]],
        data={"count": len(odd), "connectors": dict(kinds)},
        fix=major if len(odd) == 1 else None,
    )


# -- T104 unbalanced quotes, book-title marks and brackets ------------------------------------

_OPENERS = {
    "“": "dq",
    "‘": "sq",
    "《": "book",
    "〈": "ibook",
    "（": "paren",
    "(": "paren",
    "【": "lent",
    "「": "corner",
    "『": "wcorner",
    "〔": "tort",
}
_CLOSERS = {
    "”": "dq",
    "’": "sq",
    "》": "book",
    "〉": "ibook",
    "）": "paren",
    ")": "paren",
    "】": "lent",
    "」": "corner",
    "』": "wcorner",
    "〕": "tort",
}
_FAMILY_ZH = {
    "dq": "引号",
    "sq": "单引号",
    "book": "书名号",
    "ibook": "单书名号",
    "paren": "括号",
    "lent": "方头括号",
    "corner": "直角引号",
    "wcorner": "双直角引号",
    "tort": "六角括号",
}
_OPEN_OF = {
    "dq": "“",
    "sq": "‘",
    "book": "《",
    "ibook": "〈",
    "paren": "（",
    "lent": "【",
    "corner": "「",
    "wcorner": "『",
    "tort": "〔",
}
_CLOSE_OF = {
    "dq": "”",
    "sq": "’",
    "book": "》",
    "ibook": "〉",
    "paren": "）",
    "lent": "】",
    "corner": "」",
    "wcorner": "』",
    "tort": "〕",
}
_MARKS_RE = re.compile(f"[{re.escape(''.join(_OPENERS) + ''.join(_CLOSERS))}]")
_ENUM_LABEL_RE = re.compile(r"(?:^|[\s，。；：、,;:])[0-9a-zA-Z一二三四五六七八九十]{1,2}$")
_SENTENCE_END = "。！？!?；;"


@dataclass(frozen=True)
class Imbalance:
    """A bracket or quotation mark without its partner in a paragraph."""

    block: Block
    pos: int
    family: str
    kind: str  # unclosed | unopened | reversed


def imbalances(view: TextView, block: Block) -> list[Imbalance]:
    text = block.text
    stack: list[tuple[str, int]] = []
    found: list[Imbalance] = []
    if not has_ideograph(text):
        return found  # code, Latin text: not Chinese punctuation
    for mark in _MARKS_RE.finditer(text):  # the other characters are skipped anyway
        i, ch = mark.start(), mark.group()
        if view.masked(block.index, i):
            continue
        if ch in _OPENERS:
            family = _OPENERS[ch]
            if family in ("dq", "sq") and stack and stack[-1][0] == family:
                if _next_quote(text, i, family) == _CLOSE_OF[family]:
                    # 「“小巨人企业414家，制造业“单项冠军”」: the first quote was never closed
                    found.append(Imbalance(block, stack.pop()[1], family, "unclosed"))
                    stack.append((family, i))
                else:
                    # 「“按协议“的字样」: an opening quote where the closing one belongs
                    found.append(Imbalance(block, i, family, "reversed"))
                    stack.pop()
                continue
            stack.append((family, i))
        elif ch in _CLOSERS:
            family = _CLOSERS[ch]
            if stack and stack[-1][0] == family:
                stack.pop()
            elif any(f == family for f, _ in stack):
                while stack and stack[-1][0] != family:
                    f, p = stack.pop()
                    found.append(Imbalance(block, p, f, "unclosed"))
                stack.pop()
            elif family == "paren" and _ENUM_LABEL_RE.search(text[:i]):
                continue  # 「1）」「a)」 enumeration labels inside a paragraph
            elif family in ("dq", "sq") and i > 0 and text[i - 1].isdigit():
                continue  # 「20’」「5”」: feet and inches, not a quotation mark
            elif family in ("dq", "sq") and _next_quote(text, i, family) == ch:
                # 「构建”数据层—特征层”」: a closing quote where the opening one belongs
                found.append(Imbalance(block, i, family, "reversed-open"))
                stack.append((family, i))
            else:
                found.append(Imbalance(block, i, family, "unopened"))
    for family, pos in stack:
        found.append(Imbalance(block, pos, family, "unclosed"))
    return sorted(found, key=lambda f: f.pos)


@check(
    "T104",
    "unbalanced-marks",
    Severity.WARNING,
    "引号、书名号或括号在段内不配对（缺前引号、缺后括号、引号跨段断开）",
)
def unbalanced_marks(ctx: CheckContext) -> Iterator[Diagnostic]:
    """引号、书名号或括号在段内不配对。

    检查什么：有后标点而没有前标点（「联合区工商联成立河北区民营企业法治体检中心”」）、有前标点而没有闭合、
    该用后引号「”」处用了前引号「“」，以及被拆到两段的引语（一段以「“」结尾，下一段以「十项行动”」开头：
    一条，建议把两段合并）。半角和全角圆括号可以互相配对（宽度问题由 T101 报告）。

    为什么：GB/T 15834-2011 用成对的标点标示引语、书名和注释；单个标点让读者猜引语或书名从哪里开始、到哪里结束。

    不报告：段内的标题编号和列举编号（「1）」「a)」）；按标准方式跨多段的引语（每段以「“」开头，只有最后一段
    闭合）；英尺和英寸（「20’」）；没有汉字的段落（代码）；表格中文字折到同列下一行的单元格。PDF 的段落由行重建，
    跨两段断开的标点为提示：断开可能是读取造成的。一份文件中超过十处不配对的标点合并为一条，给出数量。

    错误示例：联合区工商联成立河北区民营企业法治体检中心”，组建由10名律师组成的法律服务团。
    正确示例：联合区工商联成立“河北区民营企业法治体检中心”，组建由10名律师组成的法律服务团。
    """
    view = ctx.views.masks
    found = {b.index: imbalances(view, b) for b in view.blocks}
    paragraphs = [b for b in view.blocks if b.kind == BlockKind.PARAGRAPH and b.text.strip()]
    joined: set[tuple[int, int]] = set()
    diagnostics: list[Diagnostic] = []
    # a table cell wrapped over several lines (PDF tables): the lines continue each other
    open_tail: dict[tuple[int | None, int | None], Imbalance] = {}
    for cell in (b for b in view.blocks if b.kind == BlockKind.TABLE_CELL):
        key = (cell.location.table, cell.location.cell)
        items = found[cell.index]
        head = [f for f in items if f.kind == "unopened"]
        pending = open_tail.get(key)
        if pending is not None and head and head[0].family == pending.family:
            joined.update({(pending.block.index, pending.pos), (cell.index, head[0].pos)})
            open_tail.pop(key)
        unclosed = [f for f in items if f.kind == "unclosed"]
        if unclosed:
            open_tail[key] = unclosed[-1]
    for block, nxt in itertools.pairwise(paragraphs):
        tail = [f for f in found[block.index] if f.kind == "unclosed"]
        head = [f for f in found[nxt.index] if f.kind == "unopened"]
        if not tail or not head:
            continue
        opener, closer = tail[-1], head[0]
        after = block.text[opener.pos + 1 :]
        before = nxt.text[: closer.pos]
        if (
            opener.family != closer.family
            or any(c in _SENTENCE_END for c in after)
            or any(c in _SENTENCE_END for c in before)
        ):
            continue
        # a PDF's paragraphs are rebuilt from lines: the break may be the reader's
        pdf = ctx.document.format == "pdf" and ctx.severity == ctx.check.severity
        joined.update({(block.index, opener.pos), (nxt.index, closer.pos)})
        name = _FAMILY_ZH[opener.family]
        merged = block.text.rstrip() + nxt.text.lstrip()
        cut = len(block.text.rstrip())
        diagnostics.append(
            ctx.diagnostic(
                f"{name}在两段之间断开：本段末尾的「{block.text[opener.pos]}」与下一段"
                f"（{where(nxt, closer.pos)}）开头的「{nxt.text[closer.pos]}」是一对，"
                "疑为误分段；应合并为一段",
                block,
                opener.pos,
                opener.pos + 1,
                suggestion=f"合并为一段：{_clip(merged[max(0, cut - 12) : cut + 16], 40)}",
                related=[Span(nxt.index, closer.pos, closer.pos + 1)],
                severity=Severity.INFO if pdf else None,
                data={"kind": "split"},
            )
        )
    singles: list[Imbalance] = []
    for block in view.blocks:
        for item in found[block.index]:
            if (block.index, item.pos) in joined:
                continue
            if item.kind == "unclosed" and _continued_quotation(view, block, item):
                continue
            singles.append(item)
    if len(singles) > SLIP_LIMIT:
        # a document-wide problem (one glyph used for both quotes, a broken conversion)
        singles.sort(key=lambda i: (i.block.index, i.pos))
        first = singles[0]
        kinds = Counter(_FAMILY_ZH[i.family] for i in singles)
        breakdown = "、".join(f"{name}{n}处" for name, n in kinds.most_common())
        yield from diagnostics
        yield ctx.diagnostic(
            f"全文共{len(singles)}处引号、书名号或括号不配对（{breakdown}），疑为整体录入或转换问题；"
            f"如{where(first.block, first.pos)}「{snippet(first.block, first.pos, first.pos + 1)}」"
            f"（{_imbalance_text(first.kind, first.family)}），请逐处核对",
            first.block,
            first.pos,
            first.pos + 1,
            suggestion=_imbalance_advice(first.kind, first.family),
            related=[Span(i.block.index, i.pos, i.pos + 1) for i in singles[1:MAX_RELATED]],
            data={"count": len(singles)},
        )
        return
    for item in singles:
        kind, family = item.kind, item.family
        shown = snippet(item.block, item.pos, item.pos + 1, pad=12)
        diagnostics.append(
            ctx.diagnostic(
                f"{_imbalance_text(kind, family)}：「{shown}」",
                item.block,
                item.pos,
                item.pos + 1,
                suggestion=_imbalance_advice(kind, family),
                fix=_imbalance_advice(kind, family) if kind.startswith("reversed") else None,
                data={"kind": kind},
            )
        )
    yield from sorted(diagnostics, key=lambda d: d.sort_key())


def _next_quote(text: str, i: int, family: str) -> str:
    """The next quotation mark of the family after position ``i`` ("" if none)."""
    marks = (_OPEN_OF[family], _CLOSE_OF[family])
    for ch in text[i + 1 :]:
        if ch in marks:
            return ch
    return ""


def _continued_quotation(view: TextView, block: Block, item: Imbalance) -> bool:
    """A quotation over several paragraphs: each opens with 「“」, only the last closes."""
    if item.family not in ("dq", "corner") or block.text[: item.pos].strip():
        return False
    later = [b for b in view.blocks if b.index > block.index and b.text.strip()]
    return bool(later) and later[0].text.lstrip().startswith(block.text[item.pos])


def _imbalance_text(kind: str, family: str) -> str:
    name = _FAMILY_ZH[family]
    opener, closer = _OPEN_OF[family], _CLOSE_OF[family]
    if kind == "unopened":
        return f"{name}不配对：有「{closer}」，段内前面没有对应的「{opener}」"
    if kind == "unclosed":
        return f"{name}不配对：有「{opener}」，段内后面没有对应的「{closer}」"
    if kind == "reversed-open":
        return f"{name}方向错误：此处应为「{opener}」"
    return f"{name}方向错误：此处应为「{closer}」"


def _imbalance_advice(kind: str, family: str) -> str:
    if kind == "unopened":
        return f"在{_FAMILY_ZH[family]}内容的开头补上「{_OPEN_OF[family]}」，或删除多余的「{_CLOSE_OF[family]}」"
    if kind == "unclosed":
        return f"在{_FAMILY_ZH[family]}内容的结尾补上「{_CLOSE_OF[family]}」，或删除多余的「{_OPEN_OF[family]}」"
    if kind == "reversed-open":
        return _OPEN_OF[family]
    return _CLOSE_OF[family]


# -- T105 paragraph ending in a comma ---------------------------------------------------------


@check(
    "T105",
    "paragraph-ends-with-comma",
    Severity.WARNING,
    "段落以逗号或顿号结尾",
)
def paragraph_ends_with_comma(ctx: CheckContext) -> Iterator[Diagnostic]:
    """正文段落以逗号（「，」「,」）或顿号（「、」）结尾。

    检查什么：段落的最后一个字符是逗号或顿号：要么句子被截断，要么段落被误拆，要么句号打错了。建议以「。」
    结束段落；下一段明显是这句话的延续时，应把两段合并。

    为什么：段落以逗号结尾，读者不知道这句话是否写完，常见于删改后未整理的文字。

    不报告：标题、报告标题和表格单元格。

    错误示例：打造群众身边法治“风景线”，推动全民法治意识进一步增强,
    正确示例：打造群众身边法治“风景线”，推动全民法治意识进一步增强。
    """
    view = ctx.views.masks
    for block in view.blocks:
        pos = _final_comma(view, block)
        if pos is None or view.masked(block.index, pos):
            continue
        yield ctx.diagnostic(
            f"段落以“{block.text[pos]}”结尾：「{snippet(block, pos, pos + 1, pad=14)}」；"
            "句子未写完或标点有误，段末应为句号（如与下一段是同一句，应合并两段）",
            block,
            pos,
            pos + 1,
            suggestion="。",
            fix="。",
        )


# -- T106 doubled punctuation -------------------------------------------------------------------

_DOUBLE_RE = re.compile(r"[，。、；：,;:？！?!](?:[ \u3000]?[，。、；：,;:？！?!])+")
_RANK = {
    "。": 5,
    "？": 5,
    "！": 5,
    "?": 5,
    "!": 5,
    "；": 4,
    ";": 4,
    "：": 3,
    ":": 3,
    "，": 2,
    ",": 2,
    "、": 1,
}
_TO_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！"}


@check(
    "T106",
    "doubled-punctuation",
    Severity.WARNING,
    "标点重复或连用（，， 。。 ，。 、，）",
)
def doubled_punctuation(ctx: CheckContext) -> Iterator[Diagnostic]:
    """两个或更多句中、句末标点连用：「，，」「。。」「，。」「；。」「、，」。

    检查什么：标点重复或连用。建议保留最强的标点（句号/问号/叹号 > 分号 > 冒号 > 逗号 > 顿号）；「。。。」是
    打错的省略号「……」。一份文件中超过十处时合并为一条，给出数量。

    为什么：标点连用多是录入或删改时的疏忽，读起来断断续续。

    不报告：GB/T 15834-2011 允许的叹号与问号连用（「？！」）、「……」和「——」，以及只由半角标点组成的连用（由 T101 报告）。

    错误示例：完成备案审查146件，，开展涉及行政复议的规章清理工作。。
    正确示例：完成备案审查146件，开展涉及行政复议的规章清理工作。
    """
    view = ctx.views.masks
    slips: list[Slip] = []
    for block in view.blocks:
        for m in _DOUBLE_RE.finditer(block.text):
            marks = [c for c in m.group() if not c.isspace()]
            if all(c in "？！?!" for c in marks) or all(c.isascii() for c in marks):
                continue  # 「？！」 is allowed; half-width runs are T101's
            if view.masked(block.index, m.start(), m.end()):
                continue
            if len(marks) >= 3 and all(c == "。" for c in marks):
                replacement = "……"
            else:
                best = max(marks, key=lambda c: _RANK.get(c, 0))
                replacement = _TO_FULL.get(best, best)
            slips.append(
                Slip(
                    block,
                    m.start(),
                    m.end(),
                    f"标点重复“{m.group()}”：「{snippet(block, m.start(), m.end(), pad=10)}」",
                    replacement,
                    replacement,
                )
            )
    yield from report_slips(ctx, slips, "标点重复", "只保留一个标点")


# -- T107 stray spaces ------------------------------------------------------------------------

_SPACE_RUN_RE = re.compile(r"[ \t\u00a0\u3000]+")
PHRASE_RUN = 4  # a single space between two runs of at least this many ideographs separates phrases


def _ideograph_run(text: str, pos: int, step: int, limit: int = PHRASE_RUN) -> int:
    """Ideographs from ``pos`` in direction ``step``, counted up to ``limit`` (no further:
    a paragraph of long runs is then read once, not once per space)."""
    count = 0
    while count < limit and 0 <= pos < len(text) and is_ideograph(text[pos]):
        count += 1
        pos += step
    return count


_PROSE_MARK_RE = re.compile("[，。；！？]")
_DOT_LEADER_RE = re.compile(r"[…．.·]{4,}")
_SECTION_NUMBER_RE = re.compile(r"(?:^|[。；！？\s])\d{1,3}(?:\.\d{1,3})*\.?$|\d\.\d+$")
_CAPTION_RE = re.compile(
    r"[ \t\u3000]*(?:(?:附件|附表|附图|表|图|式)[ \t\u3000]*[0-9一二三四五六七八九十.\-－—]{1,6}"
    r"|[0-9]{1,3}(?:\.[0-9]{1,3})*\.?)"
)


def stray_spaces(view: TextView, block: Block) -> list[Place]:
    text = block.text
    places: list[Place] = []
    runs = _SPACE_RUN_RE.findall(text.strip())
    if not runs:
        return places  # spaces only around the text (skipped below): nothing to report
    if len(runs) > len(_PROSE_MARK_RE.findall(text)):
        # more spaces than sentence marks: 「省长 王予波」「目 次」, a table row flattened
        # into a line, a contents line — layout, not prose
        return places
    caption = _CAPTION_RE.match(text)
    core_start = len(text) - len(text.lstrip())
    core_end = len(text.rstrip())
    label_end = view.label_end.get(block.index, -1)
    if _DOT_LEADER_RE.search(text):
        return places  # a contents line with a dot leader
    for m in _SPACE_RUN_RE.finditer(text):
        s, e = m.span()
        if s <= core_start or e >= core_end or s == label_end:
            continue
        if caption and s == caption.end():
            continue  # 「表1 示例数据」
        if _SECTION_NUMBER_RE.search(text[max(0, s - 12) : s]):
            continue  # 「…不脱落。7 公文格式」「5.2.3 行数」: a section number run into the text
        run = m.group()
        if len(run) - run.count("\u3000") > 2 or run.count("\u3000") > 1:
            continue  # layout spacing (signature lines, aligned fields)
        prev, nxt = text[s - 1], text[e]
        if view.masked(block.index, s - 1, e + 1):
            continue
        cjk_prev = is_ideograph(prev) or is_cjk_punct(prev)
        cjk_next = is_ideograph(nxt) or is_cjk_punct(nxt)
        if not (
            (cjk_prev and (cjk_next or is_ascii_digit(nxt))) or (is_ascii_digit(prev) and cjk_next)
        ):
            continue
        if is_ideograph(prev) and is_ideograph(nxt):
            left = _ideograph_run(text, s - 1, -1)
            right = _ideograph_run(text, e, 1)
            if left >= PHRASE_RUN and right >= PHRASE_RUN:
                continue  # 「乡村振兴 法治同行」: a space separating two parallel phrases
            if left == 1 and right == 1:
                continue  # 「指 导 教 师」「张  三」: letter spacing of a label or a name
        places.append(Place(block, s, e, "", "space"))
    return places


@check(
    "T107",
    "stray-space",
    Severity.WARNING,
    "中文文字中夹有多余空格（如“向 58个 项目”），全文汇总为一条",
)
def stray_space(ctx: CheckContext) -> Iterator[Diagnostic]:
    """中文文字中夹有多余空格：字与字之间、数字前后、全角标点之后。

    检查什么：「向 58个 项目」「11 份」「大力支持下， 2023年」「工作 。」。中文排版不留空格；全角标点本身已带
    间距。全文汇总为一条；每一处的修复都是删除空格。

    为什么：多余的空格多是从别处复制或排版时留下的，打印出来像漏了字。

    不报告：缩进和行末空格、标题编号后的空格、三个及以上连续空格（署名和日期行的排版）、拉丁词旁的空格
    （「Word 文档」），以及两个都不少于四个字的短语之间的单个空格——这是分隔标语或标题两半的常见写法
    （「乡村振兴 法治同行」）。

    错误示例：检查组对49名关键岗位人员进行了考查，向 58个 项目开展普法宣传。
    正确示例：检查组对49名关键岗位人员进行了考查，向58个项目开展普法宣传。
    """
    view = ctx.views.masks
    places = [p for block in view.blocks for p in stray_spaces(view, block)]
    yield from aggregate(ctx, places, "中文中夹有多余空格", "中文排版不加空格，应删除")


# -- T108 / T109 顿号 between book titles / quoted items ----------------------------------------

_TITLE_LIST_RE = re.compile(r"《[^《》\n]{1,80}》(?:[ \u3000]*、[ \u3000]*《[^《》\n]{1,80}》)+")
_QUOTE_LIST_RE = re.compile(r"“[^“”\n]{1,30}”(?:[ \u3000]*、[ \u3000]*“[^“”\n]{1,30}”)+")


def _list_places(view: TextView, pattern: re.Pattern[str], close: str) -> list[Place]:
    places: list[Place] = []
    for block in view.blocks:
        for m in pattern.finditer(block.text):
            if view.masked(block.index, m.start(), m.end()):
                continue
            fixed = re.sub(rf"{close}[ \u3000]*、[ \u3000]*", close, m.group())
            places.append(Place(block, m.start(), m.end(), fixed, "list"))
    return places


@check(
    "T108",
    "book-title-dunhao",
    Severity.WARNING,
    "并列的书名号之间用了顿号（《A》、《B》），全文汇总为一条",
)
def book_title_dunhao(ctx: CheckContext) -> Iterator[Diagnostic]:
    """并列的书名号之间用了顿号：「《人民日报》、《法治日报》」。

    检查什么：GB/T 15834-2011（4.5.3.5）：标有书名号的并列成分之间通常不用顿号，书名号已经把它们隔开了。
    全文汇总为一条。

    为什么：多余的顿号不符合国家标准的用法，也让并列的书名显得拖沓。

    不报告：书名之间还有别的文字时保留顿号（「《A》（2020年修订）、《B》」）。

    错误示例：《天津司法简报》、《河北区改革动态》刊发我区经验做法。
    正确示例：《天津司法简报》《河北区改革动态》刊发我区经验做法。
    """
    places = _list_places(ctx.views.masks, _TITLE_LIST_RE, "》")
    yield from aggregate(ctx, places, "并列书名号之间用了顿号", "并列的书名号之间不用顿号")


@check(
    "T109",
    "quoted-items-dunhao",
    Severity.INFO,
    "并列的引号成分之间用了顿号（“A”、“B”），全文汇总为一条",
)
def quoted_items_dunhao(ctx: CheckContext) -> Iterator[Diagnostic]:
    """并列的引号成分之间用了顿号：「“两节”、“两会”」。

    检查什么：GB/T 15834-2011（4.5.3.5）对并列的引号成分与书名号同样处理：引号已把它们隔开，通常省略顿号。
    全文汇总为一条。

    为什么：标准说的是“通常”，而公文中用顿号也很常见，所以这是提示。

    错误示例：紧盯“两节”、“两会”、夏季达沃斯论坛等重点时段。
    正确示例：紧盯“两节”“两会”、夏季达沃斯论坛等重点时段。
    """
    places = _list_places(ctx.views.masks, _QUOTE_LIST_RE, "”")
    yield from aggregate(ctx, places, "并列引号成分之间用了顿号", "并列的引号成分之间通常不用顿号")


# -- T110 间隔号 -----------------------------------------------------------------------------

_EVENT_DATE_RE = re.compile(r"“(\d{1,2})([.．])(\d{1,2})(?=[\u4e00-\u9fff])")
_NOT_EVENT = set("万亿千百十元倍个件人次%％年月日天时分秒小级岁项家条")


def interpunct_places(view: TextView, block: Block) -> list[Place]:
    text = block.text
    inside: list[bool] | None = None  # computed on first use
    places: list[Place] = []
    for dot in _INTERPUNCT_LIKE_RE.finditer(text):
        i, ch = dot.start(), dot.group()
        if i == 0 or i + 1 >= len(text):
            continue
        if view.masked(block.index, i):
            continue
        if not (is_ideograph(text[i - 1]) and is_ideograph(text[i + 1])):
            continue
        if ch in ".．":
            if inside is None:
                inside = _quote_depths(text)
            if not inside[i]:
                continue  # outside quotes and titles a point between characters is a full stop (T101)
        places.append(Place(block, i, i + 1, "·", "interpunct"))
    for m in _EVENT_DATE_RE.finditer(text):
        month, day = int(m.group(1)), int(m.group(3))
        after = text[m.end()]
        if not (1 <= month <= 12 and 1 <= day <= 31) or after in _NOT_EVENT:
            continue
        if view.masked(block.index, m.start(2)):
            continue
        places.append(Place(block, m.start(2), m.end(2), "·", "date"))
    return places


@check(
    "T110",
    "interpunct",
    Severity.WARNING,
    "间隔号写成了点号（“美好生活.民法典相伴”“3.15”），全文汇总为一条",
)
def interpunct(ctx: CheckContext) -> Iterator[Diagnostic]:
    """该用间隔号「·」的地方用了句点、圆点或日文中点。

    检查什么：引号和书名号内两个汉字之间的 ``.``、``．``、``•``、``・``（「“美好生活.民法典相伴”」），任何位置
    汉字之间的「•」「・」；以及由月、日构成的活动名称（「“3.15消费者权益日”」「“4.26知识产权”」）。
    GB/T 15834-2011（间隔号）用「·」分隔这类名称的各部分（「“3·15”消费者权益日」）。

    为什么：间隔号写成点号，读者会把它当作句号或小数点。

    不报告：后跟单位的小数（「“3.5亿元”」），以及引号外汉字之间的点（那是打错的句号，由 T101 报告）。

    错误示例：开展“美好生活.民法典相伴”主题宣传活动；开展“3.15消费者权益日”宣传。
    正确示例：开展“美好生活·民法典相伴”主题宣传活动；开展“3·15”消费者权益日宣传。
    """
    view = ctx.views.masks
    places = [p for block in view.blocks for p in interpunct_places(view, block)]
    yield from aggregate(ctx, places, "间隔号写成了点号", "间隔号应为“·”")


# -- T111 placeholders --------------------------------------------------------------------------


@check(
    "T111",
    "placeholder-left",
    Severity.WARNING,
    "文中留有占位符或空缺（XX项、××、*次、（—年）、空括号）",
)
def placeholder_left(ctx: CheckContext) -> Iterator[Diagnostic]:
    """文中留有模板占位符或空缺。

    检查什么：「XX项」「××区」「2024年xx月」、量词前的星号（「*次」「**家」）、空的括号、引号或书名号
    （「（）」「《》」「“”」）、空年份「（—年）」、空日期「年　月　日」、待填的横线（「____」），以及「待填写」
    「此处插入」这类标记，还有未加标记就被清空的空位：量词前没有数字（「扩大到项，」「网点个，」）、段落以「年，」开头、
    年份区间丢了连接号（「（20212025年）」）。每处一条：每个空都需要填写自己的值——除非一份文件中超过十处，那是没填的模板：此时
    一条给出数量和所有位置（``related``）。

    为什么：占位符说明某个数字或名称从未填写；发布的报告因此什么也没说，或说得荒唐。

    不报告：单独的「X」（「X光」）、数字之间的「×」（乘号）、不在量词前的星号（Markdown 强调）、「XXL」这类
    拉丁词，以及被引用或在句子之外的空标点（「用六角括号“〔〕”括入」）；以量词开头的词（「扩大到项目」「网点个数」）、
    「各个」「整个」、「年内，」。

    错误示例：全年共办理行政复议案件XX件，其中调解结案*件。
    正确示例：全年共办理行政复议案件111件，其中调解结案39件。
    """
    view = ctx.views.masks
    index = ctx.views.body_index  # view.blocks are the body blocks
    present = [p for p in PLACEHOLDERS if index.may_match(p[1], PLACEHOLDER_FIRST.get(p[0]))]
    slips: list[Slip] = []
    for block in view.blocks:
        taken: list[tuple[int, int]] = []
        for kind, pattern, what in present:
            first = PLACEHOLDER_FIRST.get(kind)
            found = (
                prefilter.finditer(pattern, block.text)
                if first is None
                else finditer_at(first, pattern, block.text)
            )
            for m in found:
                s, e = m.span()
                if view.masked(block.index, s, e) or any(s < b and a < e for a, b in taken):
                    continue
                if kind == "x-run" and not placeholder_context(block.text, s, e):
                    continue
                if kind == "empty-marks" and not slot_context(block.text, s, e):
                    continue  # 「用六角括号“〔〕”括入」「() 用于……」: the marks themselves
                taken.append((s, e))
                slips.append(
                    Slip(
                        block,
                        s,
                        e,
                        f"文中留有{what}「{snippet(block, s, e, pad=8)}」，应填入实际内容",
                        "填入实际的数字或名称",
                        data={"kind": kind},
                    )
                )
    slips.sort(key=lambda x: (x.block.index, x.start))
    yield from report_slips(ctx, slips, "占位符或空缺", "疑为未填写完的模板，应逐处填入实际内容")
