"""``F4xx``, before publication: what a report must not put on a website.

A report on 法治政府建设 is published (规定第二十四条), so anything in it that identifies a
person or carries a secrecy marking is a leak waiting to happen: resident ID numbers (F401,
check digit verified), mobile numbers (F402), bank card numbers (F403, Luhn verified),
secrecy markings (F404) and personal names next to case details (F405).

Every output masks what these checks find: :func:`mask_diagnostics` runs over *all* findings
of a file (whichever check raised them) and replaces each sensitive value in the message,
excerpt, context, suggestion, fix and data with a masked form of the same length, so that no
report, JSON, CSV, HTML or SARIF file re-publishes the number. The patterns and the mask are
data in ``privacy.toml`` beside this module.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import Any

from ..model import Block, Diagnostic, Document, Severity
from ..plugins import CheckContext, check

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

DATA_FILE = "privacy.toml"
CACHE_KEY = "privacy.findings"

_ID_RE = re.compile(
    r"(?<![0-9０-９A-Za-z])[1-8][0-9]{5}(?:18|19|20)[0-9]{2}(?:0[1-9]|1[0-2])"
    r"(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx](?![0-9０-９A-Za-z])"
)


@dataclass(frozen=True)
class Found:
    """One sensitive value: its kind (the check code), block, span and masked text."""

    code: str
    block: Block
    start: int
    end: int
    masked: str

    @property
    def raw(self) -> str:
        return self.block.text[self.start : self.end]


@lru_cache(maxsize=1)
def data() -> dict[str, Any]:
    text = resources.files(__package__).joinpath(DATA_FILE).read_text(encoding="utf-8")
    return tomllib.loads(text)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, Any]:
    d = data()
    names = d["names"]
    roles = sorted(names["roles"], key=len, reverse=True)
    placeholder = re.escape(names["placeholders"])
    surname = f"[{re.escape(names['surnames'])}]"
    name_re = re.compile(
        f"(?:{'|'.join(map(re.escape, roles))})[:：]?"
        f"({surname}[^{placeholder}\\W\\d_a-zA-Z]{{1,2}}?)(?={names['after']})"
    )
    standalone = "|".join(map(re.escape, d["secrecy"]["standalone"]))
    return {
        "mobile": re.compile(d["mobile"]["regex"]),
        "card": re.compile(d["bank-card"]["regex"]),
        "secrecy": re.compile("|".join(f"(?:{p})" for p in d["secrecy"]["anywhere"])),
        "standalone": re.compile(
            rf"^[\s【\[（(〔「]*(?:{standalone})(?:[\s★·]*[^\s]{{0,6}})?[\s】\]）)〕」]*$"
        ),
        "names": name_re,
        "not-after": re.compile("|".join(map(re.escape, d["bank-card"]["not-after"]))),
    }


def mask(text: str) -> str:
    """``text`` with all but the first and last few characters replaced (same length)."""
    cfg = data()["mask"]
    head, tail, char = int(cfg["keep-head"]), int(cfg["keep-tail"]), str(cfg["mask-char"])
    if len(text) <= head + tail:
        return text[:1] + char * (len(text) - 1)
    return (
        text[:head]
        + "".join(c if c in " -\u00a0" else char for c in text[head:-tail])
        + (text[-tail:])
    )


def id_checksum_ok(number: str) -> bool:
    """GB 11643-1999: the 18th character is the check character of the first 17 digits."""
    cfg = data()["id-number"]
    total = sum(int(c) * w for c, w in zip(number[:17], cfg["weights"], strict=True))
    return str(cfg["check-chars"])[total % 11] == number[17].upper()


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


def _scanned_blocks(document: Document) -> Iterable[Block]:
    yield from document.blocks
    yield from document.furniture


def _free(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    return all(end <= a or start >= b for a, b in taken)


def findings(document: Document) -> list[Found]:
    """Every sensitive value in the document (computed once per document)."""
    cached = document.cache.get(CACHE_KEY)
    if cached is not None:
        return list(cached)
    pats = _patterns()
    card_cfg = data()["bank-card"]
    window = int(card_cfg["not-after-window"])
    max_standalone = int(data()["secrecy"]["standalone-max-chars"])
    found: list[Found] = []
    for block in _scanned_blocks(document):
        text = block.text
        taken: list[tuple[int, int]] = []

        if any(ch.isdigit() for ch in text):
            for m in _ID_RE.finditer(text):
                if id_checksum_ok(m.group()):
                    found.append(Found("F401", block, m.start(), m.end(), mask(m.group())))
                    taken.append(m.span())
            for m in pats["card"].finditer(text):
                digits = re.sub(r"\D", "", m.group())
                if not (card_cfg["min-digits"] <= len(digits) <= card_cfg["max-digits"]):
                    continue
                if not _free(taken, *m.span()) or not luhn_ok(digits):
                    continue
                if pats["not-after"].search(text[max(0, m.start() - window) : m.start()]):
                    continue
                found.append(Found("F403", block, m.start(), m.end(), mask(m.group())))
                taken.append(m.span())
            for m in pats["mobile"].finditer(text):
                if _free(taken, *m.span()):
                    found.append(Found("F402", block, m.start(), m.end(), mask(m.group())))
                    taken.append(m.span())
        for m in pats["secrecy"].finditer(text):
            found.append(Found("F404", block, m.start(), m.end(), m.group()))
        stripped = text.strip()
        if (
            stripped
            and len(stripped) <= max_standalone
            and pats["standalone"].match(stripped)
            and not pats["secrecy"].search(text)
        ):
            start = text.index(stripped)
            found.append(Found("F404", block, start, start + len(stripped), stripped))
        for m in pats["names"].finditer(text):
            name = m.group(1)
            if any(name.startswith(w) for w in data()["names"]["not-name-starts"]):
                continue
            masked = name[0] + "*" * (len(name) - 1)
            found.append(Found("F405", block, m.start(1), m.end(1), masked))
    document.cache[CACHE_KEY] = tuple(found)
    return found


_KIND = {
    "F401": "居民身份证号码",
    "F402": "手机号码",
    "F403": "银行卡号",
    "F405": "与案件情况相连的个人姓名",
}


def _report(ctx: CheckContext, code: str) -> Iterator[Diagnostic]:
    for f in findings(ctx.document):
        if f.code != code:
            continue
        if code == "F404":
            message = (
                f"出现密级或内部标志「{f.raw.strip()}」：涉及国家秘密或标注内部的材料不得公开发布，"
                "年度报告公开前须确认已脱密或删除该内容"
            )
            suggestion = "核实定密情况；可公开的报告删除该标志，涉密内容不得写入公开文本"
        elif code == "F405":
            message = (
                f"案件情况旁出现个人姓名「{f.masked}」：公开的年度报告不应披露当事人等个人信息"
            )
            suggestion = "改为「当事人张某」或删去姓名"
        else:
            message = (
                f"出现{_KIND[code]}「{f.masked}」：属于个人信息，公开的年度报告不得包含，"
                "发布前必须删除（输出中已遮盖）"
            )
            suggestion = f"删除该{_KIND[code]}，或仅保留已遮盖的形式"
        yield ctx.diagnostic(message, f.block, f.start, f.end, suggestion=suggestion)


@check("F401", "id-number-published", Severity.ERROR, "文中出现居民身份证号码")
def id_number_published(ctx: CheckContext) -> Iterator[Diagnostic]:
    """检查什么：报告中出现居民身份证号码。形如居民身份证号码的18位号码（行政区划代码、真实的出生
    日期、顺序码），且校验码正确（GB 11643-1999），以免把其他长数字当成身份证号码。该号码在
    fazhi-lint 的所有输出中都被遮盖。

    为什么：《个人信息保护法》第二十八条将身份证号码列为敏感个人信息；《政府信息公开条例》
    第十五条规定不公开个人隐私。已公开的报告一旦带有身份证号码，就无法从网上收回。

    错误示例：
        对当事人（身份证号11010519491231002X）作出行政处罚。

    正确示例：
        对当事人张某作出行政处罚。
    """
    yield from _report(ctx, "F401")


@check("F402", "mobile-number-published", Severity.ERROR, "文中出现手机号码")
def mobile_number_published(ctx: CheckContext) -> Iterator[Diagnostic]:
    """检查什么：报告中出现内地手机号码（11位，13x–19x）。以13–19开头的11位数字，也包括写成
    138-1234-5678 或带空格的形式，且不是更长数字的一部分。该号码在所有输出中都被遮盖。

    为什么：个人手机号码是个人信息（《个人信息保护法》）；公开的报告给出办公电话或热线（12345），
    不给个人的手机号码。

    错误示例：
        联系人：王某，电话13812345678。

    正确示例：
        联系电话：022-12345678（办公电话）。
    """
    yield from _report(ctx, "F402")


@check("F403", "bank-card-published", Severity.ERROR, "文中出现银行卡号")
def bank_card_published(ctx: CheckContext) -> Iterator[Diagnostic]:
    """检查什么：报告中出现银行卡号（16–19位数字，Luhn 校验位正确）。16–19位连续数字（可能每四位
    一组），通过 Luhn 校验，且不是有效的身份证号码、统一社会信用代码或紧接其前写明名称的其他公开
    代码。该号码在所有输出中都被遮盖。

    为什么：金融账户是敏感个人信息（《个人信息保护法》第二十八条），不得公开。

    错误示例：
        执行款已划入申请人账户6222 0212 3456 7890 128。

    正确示例：
        执行款已划入申请人账户。
    """
    yield from _report(ctx, "F403")


@check("F404", "secrecy-marking", Severity.ERROR, "文中有密级或“内部资料”标志")
def secrecy_marking(ctx: CheckContext) -> Iterator[Diagnostic]:
    """检查什么：准备公开的报告中有密级标志或“内部资料”标志。任何位置的「绝密★」「机密★1年」
    「秘密★」（GB/T 9704-2012 第7.2.2条，密级和保密期限），「内部资料　注意保存」「请勿外传」，
    以及单独由「秘密」「内部资料」「内部文件」构成的段落（句子中的这些词——「编印内部资料12期」——
    不报告）。

    为什么：《法治政府建设与责任落实督察工作规定》第二十四条规定报告“除涉及党和国家秘密的内容外”
    应当公开；带密级标志的文件不得上网，准备公开的报告也不得带有标志。

    错误示例（标题上方单独一行「内部资料」）：
        内部资料
        某区司法局2024年度法治政府建设情况报告

    正确示例（公开文本不带密级标志；涉密内容另行报送）：
        某区司法局2024年度法治政府建设情况报告
    """
    yield from _report(ctx, "F404")


@check("F405", "name-with-case-details", Severity.ERROR, "案件当事人等个人姓名未隐去")
def name_with_case_details(ctx: CheckContext) -> Iterator[Diagnostic]:
    """检查什么：案件角色词（当事人、申请人、被告人……）之后紧跟个人全名。角色词之后是人名（常见
    姓氏加一至两个不是 某/×/X 的字），再接案件的分界（逗号、诉、因、涉嫌、一案……）。该姓名在所有
    输出中都被遮盖。

    为什么：公开报告中的案例会让人被认出；通行做法（及《政府信息公开条例》第十五条）是写
    「张某」或略去姓名。

    错误示例：
        申请人王小明因不服区市场监管局行政处罚申请行政复议。

    正确示例：
        申请人王某因不服区市场监管局行政处罚申请行政复议。
    """
    yield from _report(ctx, "F405")


# -- masking every output -----------------------------------------------------------------
def _mask_value(value: Any, sub: re.Pattern[str], table: dict[str, str]) -> Any:
    if isinstance(value, str):
        return sub.sub(lambda m: table[m.group()], value)
    if isinstance(value, dict):
        return {k: _mask_value(v, sub, table) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(_mask_value(v, sub, table) for v in value)
    return value


def masking_table(document: Document) -> dict[str, str]:
    """Raw sensitive text → its masked form, for every value F401–F403 and F405 find."""
    if not document.readable:
        return {}
    table = {f.raw: f.masked for f in findings(document) if f.code != "F404" and f.raw}
    return {raw: masked for raw, masked in table.items() if raw != masked}


def masked_blocks(document: Document) -> dict[str, str]:
    """Block text → the same text with its sensitive spans masked in place (same length)."""
    if not document.readable:
        return {}
    by_block: dict[int, tuple[Block, list[Found]]] = {}
    for f in findings(document):
        if f.code != "F404":
            by_block.setdefault(id(f.block), (f.block, []))[1].append(f)
    result: dict[str, str] = {}
    for block, found in by_block.values():
        chars = list(block.text)
        for f in found:
            chars[f.start : f.end] = list(f.masked)
        result[block.text] = "".join(chars)
    return result


class Masker:
    """Masks a document's sensitive values in any text an output may print."""

    def __init__(self, document: Document):
        self.table = masking_table(document)
        self.blocks = masked_blocks(document) if self.table else {}
        self.sub = (
            re.compile("|".join(map(re.escape, sorted(self.table, key=len, reverse=True))))
            if self.table
            else None
        )

    def __bool__(self) -> bool:
        return self.sub is not None

    def text(self, value: Any) -> Any:
        """A string (or the strings inside a dict/list) with every sensitive value masked."""
        if self.sub is None:
            return value
        if isinstance(value, str) and value in self.blocks:
            return self.blocks[value]
        return _mask_value(value, self.sub, self.table)

    def diagnostic(self, d: Diagnostic) -> Diagnostic:
        if self.sub is None:
            return d
        context = self.text(d.context)
        excerpt = d.excerpt
        if d.span is not None and d.context and d.excerpt == d.context[d.span[0] : d.span[1]]:
            excerpt = context[d.span[0] : d.span[1]]
        return replace(
            d,
            message=self.text(d.message),
            excerpt=self.text(excerpt),
            context=context,
            suggestion=self.text(d.suggestion),
            fix=self.text(d.fix),
            data=self.text(d.data),
        )


def mask_diagnostics(document: Document, diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """Every finding with the document's sensitive values masked (whichever check found it)."""
    masker = Masker(document)
    if not masker:
        return diagnostics
    return [masker.diagnostic(d) for d in diagnostics]
