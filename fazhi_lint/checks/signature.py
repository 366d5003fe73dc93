"""``F2xx``, the signature and date at the end of a report (落款, 成文日期).

GB/T 9704-2012 §7.3.5: the signing body (发文机关署名) and the date of writing (成文日期) close
the document; the date is written in Arabic numerals with the year in full and month and day
without leading zeros. A report on year N is written in year N+1, never in the future, and is
signed by the body its title names. The ending and the date are found by :func:`ending`, which
the deadline checks (``deadlines.py``) reuse.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from ..grammar import YEAR_MENTION_RE
from ..model import Block, Diagnostic, Document, Severity
from ..plugins import CheckContext, check

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

DATA_FILE = "signature.toml"
_CN_DIGITS = "〇一二三四五六七八九"
_CN_ZERO = "零○Ｏ0"
# A date of writing in any of the forms reports use; `arabic`, `cn` tell which.
DATE_RE = re.compile(
    r"(?P<arabic>(?P<y>[0-9０-９]{2,4})\s*年\s*(?P<m>[0-9０-９]{1,2})\s*月\s*(?P<d>[0-9０-９]{1,2})\s*日)"
    r"|(?P<cn>(?P<cy>[〇零○Ｏ一二三四五六七八九]{4})\s*年\s*(?P<cm>[一二三四五六七八九十]{1,2})\s*月"
    r"\s*(?P<cd>[一二三四五六七八九十]{1,3})\s*日)"
)
_ISO_RE = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})[-./年]([0-9]{1,2})[-./月]([0-9]{1,2})日?")
_PUNCT_RE = re.compile(
    r"[：:，,。；;！？]"
)  # a signature line is a name, not a sentence  # formats that carry the signed original


@lru_cache(maxsize=1)
def data() -> dict[str, Any]:
    text = resources.files(__package__).joinpath(DATA_FILE).read_text(encoding="utf-8")
    return tomllib.loads(text)


def _cn_small(text: str) -> int:
    """一 … 三十一 → 1 … 31."""
    if text == "十":
        return 10
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (_CN_DIGITS.index(tens) if tens else 1) * 10 + (
            _CN_DIGITS.index(ones) if ones else 0
        )
    return _CN_DIGITS.index(text)


@dataclass(frozen=True)
class WrittenDate:
    """A date as written: where, the parsed value (None when impossible) and its form."""

    block: Block
    start: int
    end: int
    year: int
    month: int
    day: int
    chinese: bool
    zero_padded: bool
    short_year: bool

    @property
    def value(self) -> dt.date | None:
        try:
            return dt.date(self.year, self.month, self.day)
        except ValueError:
            return None

    @property
    def canonical(self) -> str:
        return f"{self.year}年{self.month}月{self.day}日"


def parse_date(block: Block, match: re.Match[str]) -> WrittenDate:
    if match.group("arabic"):
        y, m, d = (match.group(k).translate(_WIDE) for k in ("y", "m", "d"))
        year = int(y) + (2000 if len(y) == 2 else 0)
        return WrittenDate(
            block,
            match.start(),
            match.end(),
            year,
            int(m),
            int(d),
            chinese=False,
            zero_padded=(len(m) == 2 and m[0] == "0") or (len(d) == 2 and d[0] == "0"),
            short_year=len(y) < 4,
        )
    cy = "".join("0" if c in _CN_ZERO else str(_CN_DIGITS.index(c)) for c in match.group("cy"))
    return WrittenDate(
        block,
        match.start(),
        match.end(),
        int(cy),
        _cn_small(match.group("cm")),
        _cn_small(match.group("cd")),
        chinese=True,
        zero_padded=False,
        short_year=False,
    )


_WIDE = str.maketrans("０１２３４５６７８９", "0123456789")


@dataclass(frozen=True)
class Ending:
    """The signature block (None when missing) and the date of writing (None when missing)."""

    signature: Block | None
    signature_text: str
    date: WrittenDate | None


def _last_paragraphs(document: Document, count: int) -> list[Block]:
    found: list[Block] = []
    for block in reversed(document.blocks):
        if block.is_body and block.kind.value != "table_cell" and block.text.strip():
            found.append(block)
            if len(found) >= count:
                break
    return found[::-1]


def ending(document: Document) -> Ending:
    """The signature and date among the last paragraphs (cached per document)."""
    cached = document.cache.get("signature.ending")
    if isinstance(cached, Ending):
        return cached
    cfg = data()
    suffix = re.compile(cfg["body-suffixes"])
    limit = int(cfg["max-chars"])
    tail = _last_paragraphs(document, int(cfg["search-blocks"]))
    date: WrittenDate | None = None
    signature: Block | None = None
    signature_text = ""
    for i in range(len(tail) - 1, -1, -1):
        block = tail[i]
        text = block.text.strip()
        if len(text) > limit:
            break  # prose: the ending comes after the last long paragraph
        match = DATE_RE.search(block.text)
        if match and date is None and len(text) <= limit:
            before = block.text[: match.start()].strip()
            if before and suffix.search(before):
                signature, signature_text = block, before
            elif not before or not any(ch in before for ch in "，。；"):
                date = parse_date(block, match)
                if signature is None and i > 0:
                    prev = tail[i - 1].text.strip()
                    if (
                        len(prev) <= limit
                        and not _PUNCT_RE.search(prev)
                        and suffix.search(prev.replace(" ", ""))
                    ):
                        signature, signature_text = tail[i - 1], prev
            if date is None:
                date = parse_date(block, match)
            break
        if (
            signature is None
            and not _PUNCT_RE.search(text)
            and suffix.search(text.replace(" ", "").replace("\u3000", ""))
        ):
            signature, signature_text = block, text
    result = Ending(signature, signature_text, date)
    document.cache["signature.ending"] = result
    return result


def title_body(title: str | None) -> str | None:
    """The body a title names («XX区司法局2024年法治政府建设情况报告» → «XX区司法局»)."""
    if not title:
        return None
    marker = re.search(r"关于|法治政府建设|法治建设", title)
    if marker is None:
        return None  # not a title of this genre: no body to compare
    head = title[: marker.start()]
    head = YEAR_MENTION_RE.sub("", head)
    head = re.sub(r"[\s\u3000《》“”\"'（）()]", "", head)
    return head or None


def _normal(name: str) -> str:
    name = re.sub(r"[\s\u3000]", "", name)
    for noise in data()["name-noise"]:
        name = name.replace(noise, "")
    return name


def same_body(title_name: str, signature: str) -> bool:
    a, b = _normal(title_name), _normal(signature)
    if not a or not b:
        return True
    return a in b or b in a or any(part and part in b for part in re.split(r"[、和及]", a))


@check("F201", "signature-missing", Severity.INFO, "报告末尾没有发文机关署名或成文日期")
def signature_missing(ctx: CheckContext) -> Iterator[Diagnostic]:
    """检查什么：报告末尾没有发文机关署名（落款）和成文日期。最后几段中，在最后一段正文之后，既没有
    写机关名称的行（……人民政府、……局、……委员会），也没有「2025年3月6日」这样的日期行。默认为
    提示，因为公开的文本常常去掉落款；要求必须有落款的审核人可以在配置中提高级别。

    为什么：GB/T 9704-2012 第7.3.5条规定每份公文末尾有发文机关署名和成文日期；没有它们，审核人
    无法知道是谁报告、何时成文。

    错误示例（最后一段正文之后直接结束，没有署名和日期）：
        某区司法局2024年度法治政府建设情况报告
        一、主要举措和成效
        全年办理行政复议案件12件，依法作出处理决定。

    正确示例（正文之后署机关名称，下一行写成文日期）：
        某区司法局2024年度法治政府建设情况报告
        一、主要举措和成效
        全年办理行政复议案件12件，依法作出处理决定。
        某区司法局
        2025年3月6日
    """
    end = ending(ctx.document)
    if end.signature is not None and end.date is not None:
        return
    if end.signature is None and end.date is None:
        what = "发文机关署名和成文日期"
    elif end.signature is None:
        what = "发文机关署名"
    else:
        what = "成文日期"
    anchor = end.date.block if end.date else end.signature
    yield ctx.diagnostic(
        f"报告末尾没有{what}（落款）：GB/T 9704-2012 第7.3.5条要求正文之后署发文机关名称和成文日期",
        anchor,
        suggestion="在正文之后署发文机关全称，下一行写成文日期，如「2025年3月6日」",
    )


@check("F202", "date-format", Severity.WARNING, "成文日期的写法不合公文格式")
def date_format(ctx: CheckContext) -> Iterator[Diagnostic]:
    """检查什么：成文日期没有写成「2025年3月6日」的形式：用汉字数字（「二〇二五年三月六日」）、
    带前导零（「2025年03月06日」）或年份简写（「25年3月6日」）。

    为什么：GB/T 9704-2012 第7.3.5条规定成文日期用阿拉伯数字将年、月、日标全，年份应标全称，
    月、日不编虚位（即1不编为01）；2012年版标准取代了1999年版用汉字数字的写法。

    错误示例：
        某区司法局2024年度法治政府建设情况报告
        一、主要举措和成效
        全年办理行政复议案件12件，依法作出处理决定。
        某区司法局
        2025年03月06日

    正确示例：
        某区司法局2024年度法治政府建设情况报告
        一、主要举措和成效
        全年办理行政复议案件12件，依法作出处理决定。
        某区司法局
        2025年3月6日
    """
    date = ending(ctx.document).date
    if date is None or not (date.chinese or date.zero_padded or date.short_year):
        return
    written = date.block.text[date.start : date.end]
    if date.chinese:
        why = "用了汉字数字"
    elif date.short_year:
        why = "年份没有写全"
    else:
        why = "月、日前补了0"
    fix = date.canonical if date.value is not None else None
    yield ctx.diagnostic(
        f"成文日期「{written}」{why}：GB/T 9704-2012 第7.3.5条规定用阿拉伯数字写全年份，月、日不编虚位",
        date.block,
        date.start,
        date.end,
        suggestion=f"改为「{fix}」" if fix else None,
        fix=fix,
    )


@check("F203", "date-implausible", Severity.WARNING, "成文日期与报告年度不符或晚于今天")
def date_implausible(ctx: CheckContext) -> Iterator[Diagnostic]:
    """检查什么：成文日期不存在、不晚于报告年度，或晚于今天。不存在的日期（「2025年2月30日」，为错误）；
    在报告所述年度之内或之前的日期（关于2024年的报告，落款「2024年12月」或更早）；晚于今天的日期。

    为什么：关于第N年的报告在该年结束后撰写（《法治政府建设与责任落实督察工作规定》第二十四条：
    第N+1年4月1日前）；早于此或在将来的日期，是年份写错了。

    错误示例：
        某区司法局2024年度法治政府建设情况报告
        一、主要举措和成效
        全年办理行政复议案件12件，依法作出处理决定。
        某区司法局
        2023年3月6日

    正确示例：
        某区司法局2024年度法治政府建设情况报告
        一、主要举措和成效
        全年办理行政复议案件12件，依法作出处理决定。
        某区司法局
        2025年3月6日
    """
    date = ending(ctx.document).date
    if date is None:
        return
    written = date.block.text[date.start : date.end]
    value = date.value
    if value is None:
        yield ctx.diagnostic(
            f"成文日期「{written}」不存在",
            date.block,
            date.start,
            date.end,
            severity=Severity.ERROR,
        )
        return
    year = ctx.outline.report_year
    if year is not None and value.year <= year:
        yield ctx.diagnostic(
            f"成文日期「{written}」不晚于报告年度{year}年：关于{year}年的报告应在{year + 1}年成文",
            date.block,
            date.start,
            date.end,
            suggestion=f"核对年份，通常为{year + 1}年",
        )
    elif value > dt.date.today():
        yield ctx.diagnostic(
            f"成文日期「{written}」晚于今天（{dt.date.today():%Y-%m-%d}）",
            date.block,
            date.start,
            date.end,
            suggestion="核对成文日期",
        )


@check("F204", "signature-body-mismatch", Severity.WARNING, "落款机关与标题中的机关不一致")
def signature_body_mismatch(ctx: CheckContext) -> Iterator[Diagnostic]:
    """检查什么：落款的机关不是标题中的机关。末尾的发文机关署名与标题中年份之前的机关
    （「XX区司法局2024年法治政府建设情况报告」→ XX区司法局）没有共同的名称（忽略「中共」「人民」
    和省级前缀；较短的名称包含在较长的名称中视为一致）。

    为什么：GB/T 9704-2012 第7.3.5条：署名为发文机关全称，即标题中的机关；不一致通常说明报告是
    从另一机关的报告模板复制来的。

    错误示例：
        某区司法局2024年度法治政府建设情况报告
        一、主要举措和成效
        全年办理行政复议案件12件，依法作出处理决定。
        某区人民政府
        2025年3月6日

    正确示例：
        某区司法局2024年度法治政府建设情况报告
        一、主要举措和成效
        全年办理行政复议案件12件，依法作出处理决定。
        某区司法局
        2025年3月6日
    """
    end = ending(ctx.document)
    if end.signature is None:
        return
    named = title_body(ctx.outline.title_text)
    if not named or same_body(named, end.signature_text):
        return
    start = end.signature.text.find(end.signature_text)
    yield ctx.diagnostic(
        f"落款「{end.signature_text}」与标题中的机关「{named}」不一致",
        end.signature,
        start if start >= 0 else None,
        start + len(end.signature_text) if start >= 0 else None,
        suggestion="核对标题和落款的机关全称是否一致",
    )


def iso_dates(text: str) -> Iterator[dt.date]:
    """Dates written 2025-03-28, 2025.3.28 or 2025年3月28日 in a line."""
    for m in _ISO_RE.finditer(text):
        try:
            yield dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            continue
