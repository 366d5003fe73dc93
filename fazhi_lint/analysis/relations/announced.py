"""Announced counts against the items listed (N203): 「涵盖A、B、C、D、E五个领域」,
「4个部门（A、B、C、D）」, 「三张清单：……」, 「从三个方面：一是……」 and numbered paragraphs
after an announcing colon."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from ...model import Severity, Span
from ..cn_numbers import NumeralError, cn_to_int
from ..quantities import BlockQuantities, Lexicon, finditer_at
from .common import Relation, Verdict

_ANNOUNCE_RE = re.compile(
    r"(?<![0-9第一二两三四五六七八九十百])(?P<num>[0-9]{1,2}|[一二两三四五六七八九十]{1,3})"
    r"(?P<meas>个|张|项|大|条|类|种|部|批|支|家|份|件|名)(?=[\u4e00-\u9fff])"
)
_ANNOUNCE_FIRST = re.compile("[0-9一二两三四五六七八九十]")  # where an _ANNOUNCE_RE match begins
_ORDINALS = "一二三四五六七八九十"
_IDEOGRAPH_RE = re.compile(r"[\u4e00-\u9fff]")


def _cn_or_int(text: str) -> int | None:
    try:
        return int(text) if text.isdigit() else cn_to_int(text)
    except (NumeralError, ValueError):
        return None


def _split_items(segment: str) -> list[str]:
    items: list[str] = []
    depth = 0
    current = ""
    for ch in segment:
        if ch in "（(《“‘【":
            depth += 1
        elif ch in "）)》”’】":
            depth = max(0, depth - 1)
        if ch == "、" and depth == 0:
            items.append(current)
            current = ""
            continue
        current += ch
    items.append(current)
    return [i for i in (x.strip(" 　") for x in items) if i]


def announced_relations(
    bq: BlockQuantities, lex: Lexicon, next_blocks: Callable[[], Iterable[str]] | None = None
) -> list[Relation]:
    out: list[Relation] = []
    text = bq.text
    idioms = lex.idiom_re
    for m in finditer_at(_ANNOUNCE_FIRST, _ANNOUNCE_RE, text):
        n = _cn_or_int(m.group("num"))
        if n is None or not 2 <= n <= 20:
            continue
        num_start = m.start("num")
        # set phrases (四个意识, 三项制度) are checked only against a list that follows them
        idiom = idioms.match(text, num_start) is not None
        quoted = idiom or (num_start > 0 and text[num_start - 1] in "“‘「")
        after = m.end("meas")
        noun_end = after
        while (
            noun_end < len(text)
            and noun_end - after < 4
            and _IDEOGRAPH_RE.match(text[noun_end])
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
