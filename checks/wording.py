"""``P201``/``P202`` — confusable words and garbled fixed expressions, as context rules.

The rules are data (``wording.toml`` beside this module; see its header for the fields): the
wrong text as a regular expression whose look-arounds give the context that makes it wrong
(「截止」 before a date, 「做出」 before 决定/部署/贡献, 「第33会议」 without 次), the fix, the reason
and a source. Each rule is matched on every body paragraph read without web or conversion
debris (a site watermark injected mid-sentence does not cut a word in two; see
:func:`fazhi_lint.analysis.debris.clean_blocks`). Plain regular expressions suffice for these
contexts, so no word segmenter is loaded: the checks cost a few regex scans per paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from fazhi_lint.analysis.prefilter import finditer
from fazhi_lint.analysis.views import clean_blocks, sections_of
from fazhi_lint.analysis.views import other_report as other_kind
from fazhi_lint.data_files import read_text
from fazhi_lint.grammar import YEAR_DIGITS
from fazhi_lint.model import Block, Diagnostic, Severity, Span
from fazhi_lint.pattern_cache import toml_loads
from fazhi_lint.plugins import CheckContext, check, snippet

DATA_FILE = "wording.toml"
CODES = ("P201", "P202")
_KEYS = {
    "id",
    "code",
    "regex",
    "fix",
    "certain",
    "what",
    "why",
    "source",
    "from-year",
    "severity",
}


@dataclass(frozen=True)
class Rule:
    """One wording rule of the data file: its pattern, fix and explanation."""

    id: str
    code: str
    regex: re.Pattern[str]
    fix: str
    certain: bool
    what: str
    why: str
    source: str
    from_year: int | None = None
    severity: Severity | None = None

    def replacement(self, found: str) -> str:
        return self.fix.replace("{m}", found)


def parse_rules(data: dict[str, Any], source: str = DATA_FILE) -> tuple[Rule, ...]:
    """Validate and compile the rule table; errors name the rule."""
    items = data.get("rule")
    if not isinstance(items, list) or not items:
        raise ValueError(f"{source}: no [[rule]] entries")
    seen: set[str] = set()
    rules = []
    for number, item in enumerate(items, start=1):
        where = f"{source}: rule #{number} ({item.get('id', '?')})"
        unknown = set(item) - _KEYS
        if unknown:
            raise ValueError(f"{where}: unknown keys {sorted(unknown)}")
        rid = item.get("id")
        if not isinstance(rid, str) or not rid or rid in seen:
            raise ValueError(f"{where}: missing or duplicate id")
        seen.add(rid)
        if item.get("code") not in CODES:
            raise ValueError(f"{where}: code must be one of {CODES}")
        for key in ("regex", "fix", "what", "why", "source"):
            if not isinstance(item.get(key), str):
                raise ValueError(f"{where}: {key} is required")
        try:
            compiled = re.compile(item["regex"])
        except re.error as exc:
            raise ValueError(f"{where}: bad regex: {exc}") from exc
        if compiled.match(""):
            raise ValueError(f"{where}: regex matches the empty string")
        year = item.get("from-year")
        try:
            severity = Severity.parse(item["severity"]) if "severity" in item else None
        except (KeyError, ValueError) as exc:
            raise ValueError(f"{where}: bad severity") from exc
        rules.append(
            Rule(
                id=rid,
                code=item["code"],
                regex=compiled,
                fix=item["fix"],
                certain=bool(item.get("certain", True)),
                what=item["what"],
                why=item["why"],
                source=item["source"],
                from_year=int(year) if year is not None else None,
                severity=severity,
            )
        )
    return tuple(rules)


@lru_cache(maxsize=1)
def load_rules() -> tuple[Rule, ...]:
    text = read_text(__package__, DATA_FILE)
    return parse_rules(toml_loads(text))


def _report_year(ctx: CheckContext) -> int | None:
    return ctx.outline.report_year


def other_report(ctx: CheckContext) -> bool:
    """A file recognised as another kind of report (a 政府工作报告 or a 决算 sent by mistake) gets
    one finding for that (S104); the wording checks stay silent on it."""
    return other_kind(ctx.document, ctx.profile) is not None


def _findings(ctx: CheckContext, code: str) -> Iterator[Diagnostic]:
    if other_report(ctx):
        return
    year = _report_year(ctx)
    rules = [
        r
        for r in load_rules()
        if r.code == code and (r.from_year is None or (year is not None and year >= r.from_year))
    ]
    index = ctx.views.clean_body_index  # the texts searched below, joined
    rules = [r for r in rules if index.may_match(r.regex)]
    if not rules:
        return
    clean = clean_blocks(ctx.document)
    for block in ctx.document.blocks:
        if not block.is_body:
            continue
        view = clean.get(block.index)
        read: Block = view.block if view is not None else block
        for rule in rules:
            for m in finditer(rule.regex, read.text):
                found = m.group()
                fixed = rule.replacement(found)
                s, e = view.span(m.start(), m.end()) if view is not None else m.span()
                yield ctx.diagnostic(
                    f"{rule.what}：「{snippet(read, m.start(), m.end())}」"
                    f"应为「{snippet(read, m.start(), m.end(), fixed)}」。{rule.why}"
                    f"（依据：{rule.source}）",
                    block,
                    s,
                    e,
                    suggestion=fixed if fixed else f"删除「{found}」",
                    fix=fixed if rule.certain and view is None else None,
                    severity=rule.severity if ctx.severity == ctx.check.severity else None,
                    data={"rule": rule.id, "found": found, "replacement": fixed},
                )


@check(
    "P201",
    "confusable-word",
    Severity.WARNING,
    "易混、易错词语（截止/截至、做出/作出、其它、布署、二0二四年、23年、法制/法治）",
)
def confusable_word(ctx: CheckContext) -> Iterator[Diagnostic]:
    """检查什么：公文校对人员会标出的用词：用在错误语境中的正确词，或错误写法。「截止2023年底」
    （时间点之前用“截至”），「做出部署」「做出决定」（公务行为前用“作出”；在贡献、承诺、评价之前
    为提示，因为公开文本写法不一），「其它」（其他），「部暑」「布署」（部署），汉字年份中写错的零
    「二0二四年」「二O二四年」（〇），截成两位的年份「23年全区……」（2023年），固定写作“法治”的
    表述中的「法制」（法治思维、法治宣传、法治督察、法治副校长），以及关于2021年及以后年份的报告中的
    《法制日报》（2020年8月1日更名为《法治日报》）。每条规则写明出处；规则是数据，见
    ``checks/wording.toml``（错误文字、使它成为错误的上下文、改法）。

    「其它」为提示：词典仍收录它指事物；“其他”是本工具采用的规范写法。

    不报告：「截止日期」「报名截止」「至12月31日截止」；「做出成绩」和其他具体宾语；「全部暑期」；
    「发布署名文章」；「二〇二四年」；「工作23年」「23年来」（表示时长）；「法制审核」「法制机构」
    （仍为“法制”：指法律制度，不是法治）；被识别为其他类型报告的文件中的任何内容（由 S104 报告
    一次）。

    为什么：这些是审核人最先标出的笔误；每一处都很小，但有这些笔误的报告读起来像未经校对。

    错误示例：
        某区司法局2023年度法治政府建设情况报告
        截止2023年底，区政府做出部署，清理规章及其它文件。

    正确示例：
        某区司法局2023年度法治政府建设情况报告
        截至2023年底，区政府作出部署，清理规章及其他文件。
    """
    return _findings(ctx, "P201")


@check(
    "P202",
    "garbled-expression",
    Severity.WARNING,
    "固定表述、机构或会议名称残缺、多字（第33会议、区委人大常委会、面推进）",
)
def garbled_expression(ctx: CheckContext) -> Iterator[Diagnostic]:
    """检查什么：固定表述、机关名称或会议名称中丢字、重字或错字。「第33会议」（第33次会议），
    「区委人大常委会」（区人大常委会：人大不隶属于区委），「区委党委」（区委本身就是党委），
    句首的「面推进」（全面推进），「取得了一定成仍存在……」（“成效”被截断）和「存在和不足」
    （存在问题和不足）。这些表述及其上下文是数据，见 ``checks/wording.toml``；与配置
    方案中规范表述相近的写法（「习近平法制思想」）由 P102 报告。

    不报告：「第三会议室」，「第33次常务会议」，「区委常委会会议」，「市教委党委」，
    「从制度层面推进」（“面”是“层面”的一部分），「取得了一定成效」；被识别为其他类型报告的文件中的
    任何内容。

    为什么：名称写错，读起来像作者不了解该机关或会议；读者会在这句话上停下来。

    错误示例：
        某区司法局2023年度法治政府建设情况报告
        区委人大常委会会议听取了报告；区政府第33会议审议通过了实施方案。

    正确示例：
        某区司法局2023年度法治政府建设情况报告
        区人大常委会会议听取了报告；区政府第33次常务会议审议通过了实施方案。
    """
    return _findings(ctx, "P202")


# -- P203 ---------------------------------------------------------------------------------------

_THIS_YEAR_RE = re.compile(r"今年(?!度)")
# words that put a sentence in the future: there 「今年」 is the year of writing, rightly
_FUTURE_RE = re.compile(r"将|计划|拟|力争|争取|预计|打算|目标是")
_DATE_LINE_RE = re.compile(
    rf"^[ \u3000]*({YEAR_DIGITS})[ \u3000]*年[ \u3000]*\d{{1,2}}[ \u3000]*月[ \u3000]*\d{{1,2}}[ \u3000]*日[ \u3000]*$"
)
# 「上一年度」 naming the year reported on: a heading (or a short opening line) that starts with it
# (「一、上一年度推进法治政府建设的主要举措和成效」). In a sentence 「较上年度增长」 compares
# with the year before the report year and says nothing about when the report was written.
_LAST_YEAR_RE = re.compile(r"^[^，。；,;]{0,8}?(上一?年度)")
_LAST_YEAR_MAX = 40  # longer blocks are sentences, not headings
_SENTENCE_END = "。；！？;!?"


def _written_next_year(blocks: list[Block], year: int) -> tuple[Block, str] | None:
    """Where the report shows it was written in the year after ``year``: a date line of that
    year (the 落款), or a heading that calls the year reported on 「上一年度」."""
    for block in reversed(blocks):
        m = _DATE_LINE_RE.match(block.text)
        if m is not None and int(m.group(1)) == year + 1:
            return block, f"落款日期为{year + 1}年"
    for block in blocks:
        if len(block.text) > _LAST_YEAR_MAX or "。" in block.text:
            continue  # a sentence, not a heading
        m = _LAST_YEAR_RE.search(block.text)
        if m is not None:
            return block, f"标题以“{m.group(1)}”指{year}年"
    return None


def _plan_blocks(ctx: CheckContext) -> set[int]:
    """Blocks of the next year's plan (C4): there 「今年」 is the year of writing."""
    found = sections_of(ctx.document, ctx.profile).found.get("C4", [])
    plan: set[int] = set()
    last = len(ctx.document.blocks)
    for match in found:
        if match.section is not None:
            plan.update(range(match.section.start, match.section.end))
        else:
            plan.update(range(match.block.index, last))
    return plan


def _sentence(text: str, start: int, end: int) -> str:
    a = max((text.rfind(c, 0, start) for c in _SENTENCE_END), default=-1) + 1
    ends = [i for i in (text.find(c, end) for c in _SENTENCE_END) if i >= 0]
    return text[a : min(ends) if ends else len(text)]


@check(
    "P203",
    "relative-year-word",
    Severity.WARNING,
    "报告写于次年，却用“今年”指报告年度（与落款日期或标题中的“上一年度”矛盾）",
)
def relative_year_word(ctx: CheckContext) -> Iterator[Diagnostic]:
    """检查什么：在次年撰写的报告中，用「今年」指所报告的年度。关于2023年的报告，落款日期为2024年，
    或有标题把所报告的年度称为「上一年度」（「一、上一年度推进法治政府建设的主要举措和成效」），
    却写「今年以来，我局……」来说2023年的工作。2024年撰写时，「今年」指2024年：读者分不清数字属于
    哪一年。在第一处报告一次，其他各处列入 ``related``。

    不报告：下一年度工作计划（C4）中或说将来的句子中的「今年」（「今年，我们将……」），此时它正确
    地指撰写之年；「今年度」；没有这种落款日期或标题的报告（在当年撰写时，「今年」是对的；句中的
    「较上年度增长」是与前一年比较，不能说明什么）；没有识别出年度的报告；其他类型的报告。

    为什么：年度报告在次年春天阅读，并存档多年；相对的时间词必须落到报告年度上。

    错误示例（2023年度报告，落款2024年3月5日）：
        某区司法局2023年度法治政府建设情况报告
        一、主要举措和成效
        今年以来，我局坚持依法行政，全年办理行政复议案件12件。
        某区司法局
        2024年3月5日

    正确示例：
        某区司法局2023年度法治政府建设情况报告
        一、主要举措和成效
        2023年，我局坚持依法行政，全年办理行政复议案件12件。
        某区司法局
        2024年3月5日
    """
    year = _report_year(ctx)
    if year is None or other_report(ctx):
        return
    blocks = [b for b in ctx.document.blocks if b.is_body]
    evidence = _written_next_year(blocks, year)
    if evidence is None:
        return
    plan = _plan_blocks(ctx)
    places: list[tuple[Block, int, int]] = []
    for block in blocks:
        if block.index in plan:
            continue
        for m in _THIS_YEAR_RE.finditer(block.text):
            if _FUTURE_RE.search(_sentence(block.text, m.start(), m.end())):
                continue
            places.append((block, m.start(), m.end()))
    if not places:
        return
    block, s, e = places[0]
    count = f"（全文共{len(places)}处）" if len(places) > 1 else ""
    where_block, why = evidence
    yield ctx.diagnostic(
        f"报告写于{year + 1}年（{why}），此处“今年”却指报告年度{count}：读者会理解为"
        f"{year + 1}年，应写明“{year}年”",
        block,
        s,
        e,
        suggestion=f"{year}年",
        related=[Span(b.index, a, z) for b, a, z in places[1:]]
        + [Span(where_block.index, 0, len(where_block.text))],
        data={"year": year, "count": len(places)},
    )
