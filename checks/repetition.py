"""``T2xx`` — text repeated verbatim in two places of one report.

Sentences come from :mod:`fazhi_lint.analysis.sentences` and are compared by their
normalised key (ideographs, letters and digits only), so quotes, brackets and commas do not
hide a copy: 「召开社区“法律明白人”培养工程推进会」 equals 「召开社区法律明白人培养工程推进
会」. Headings, the title and table cells are not compared (a table legitimately repeats
its labels; headings are the H checks' business), nor are table rows printed as lines (two
column gaps: tabs or runs of spaces) and a template's placeholder sentences (「（此处填写……）」,
T111's finding): repetition there is not copied prose. A document with more such sentences
than T111's limit is an unfilled template and gets no T201 finding at all.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from fazhi_lint.analysis.placeholders import has_placeholder, placeholder_possible
from fazhi_lint.analysis.prefilter import finditer
from fazhi_lint.analysis.sentences import (
    CLAUSE_END,
    SENTENCE_END,
    Sentence,
    normalize,
    split,
)
from fazhi_lint.analysis.views import other_report, sentences_of
from fazhi_lint.grammar import IDEOGRAPHS
from fazhi_lint.model import Block, BlockKind, Diagnostic, Severity, Span
from fazhi_lint.plugins import SLIP_LIMIT, CheckContext, check

DEFAULT_MIN_CHARS = 15  # shorter sentences repeat legitimately (「严格落实重大行政决策程序」)
DEFAULT_MIN_CONTAINED = 20  # a sentence of this length found inside another one is a copy
DEFAULT_MIN_CLAUSE = 30  # a clause this long shared by two sentences is a copy
SHORT_LINE = 50  # a paragraph this short with no sentence end is a heading or a caption
# a gap between the columns of a table row printed as one line: a tab or two spaces or more
# between two visible characters (found from its first space: prefilter.finditer)
_COLUMN_GAP_RE = re.compile(r"(?<=[^\s\u3000])(?:\t|[ \u3000]{2,})(?=[^\s\u3000])")
_SENTENCE_END_SET = frozenset(SENTENCE_END)  # (one C loop over a line's characters)
PASSAGE_GAP = 2  # copies of consecutive paragraphs (within this many blocks) are one passage


def _gaps(text: str) -> int:
    """Column gaps in ``text`` (two are enough to tell a table row)."""
    count = 0
    for _ in finditer(_COLUMN_GAP_RE, text):
        count += 1
        if count == 2:
            break
    return count


@dataclass(frozen=True)
class Repeat:
    """A sentence written again later in the document."""

    first: Sentence  # the earlier occurrence
    again: Sentence  # the later one
    exact: bool


def _candidates(ctx: CheckContext) -> list[Sentence]:
    document = ctx.document
    skip: set[int] = set()
    run_in: dict[int, tuple[int, int]] = {}
    outline = ctx.outline
    skip.update(b.index for b in outline.title_blocks)
    for heading in outline.all_headings():
        if heading.run_in:
            run_in[heading.index] = heading.title_span
        else:
            skip.add(heading.index)
    kinds = {b.index: b.kind for b in document.blocks}
    for block in document.blocks:
        text = block.text.strip()
        if len(text) <= SHORT_LINE and _SENTENCE_END_SET.isdisjoint(text):
            skip.add(block.index)  # a heading, caption or table-of-contents line
        elif _gaps(text) >= 2:
            skip.add(block.index)  # a table row printed as a line (a PDF without ruling lines)
    kept: list[Sentence] = []
    templated = 0
    # no placeholder anywhere in the body: none in any sentence (searched once)
    templates = placeholder_possible(ctx.views.body_index)
    for sentence in sentences_of(document):
        if sentence.block in skip or kinds.get(sentence.block) != BlockKind.PARAGRAPH:
            continue
        if templates and has_placeholder(sentence.text):
            templated += 1
            if templated > SLIP_LIMIT:
                return []  # an unfilled template (T111 says so): its repeated wording is not a copy
            continue  # an unfilled template sentence (T111's finding), not copied prose
        title = run_in.get(sentence.block)
        if title is not None and sentence.start < title[1] and title[0] < sentence.end:
            continue  # the title sentence of a run-in heading
        kept.append(sentence)
    return kept


def find_repeats(
    sentences: list[Sentence],
    min_chars: int,
    min_contained: int,
    min_clause: int = DEFAULT_MIN_CLAUSE,
    formulas: tuple[str, ...] = (),
) -> list[Repeat]:
    """Every later sentence that repeats an earlier one.

    Three ways: the same key; one key contained in the other (the shorter has at least
    ``min_contained`` characters); or a clause of at least ``min_clause`` characters shared,
    after removing the canonical ``formulas`` from the clause (a formula repeated is not a
    copy).
    """
    sized = [(s, key, n) for s in sentences if (n := _ideographs(key := s.key)) >= min_chars]
    keyed = [(s, key) for s, key, _ in sized]
    repeats: dict[int, Repeat] = {}
    first_of: dict[str, int] = {}
    for i, (sentence, key) in enumerate(keyed):
        j = first_of.setdefault(key, i)
        if j != i:
            repeats[i] = Repeat(keyed[j][0], sentence, True)
    # containment: a long sentence copied inside another one (or the other way round)
    joined = ""
    starts: list[int] = []
    for _, key in keyed:
        starts.append(len(joined))
        joined += key + "\x00"
    for i, (_, key, size) in enumerate(sized):
        if size < min_contained or i in repeats:
            continue
        pos = joined.find(key)
        while pos != -1:
            j = bisect.bisect_right(starts, pos) - 1
            if j != i and keyed[j][1] != key:
                earlier, later = (j, i) if j < i else (i, j)
                if later not in repeats:
                    repeats[later] = Repeat(keyed[earlier][0], keyed[later][0], False)
                break
            pos = joined.find(key, pos + 1)
    # a long clause shared by two sentences
    owner: dict[str, int] = {}
    # a clause's ideographs lie between two clause ends: a sentence with no stretch of
    # min_clause characters without one has no clause long enough (one C split: a search
    # for the stretch would scan each run again from every character of it)
    stretch = max(min_clause, 1)
    for i, (sentence, _, size) in enumerate(sized):
        if size < min_clause or max(map(len, _CLAUSE_END_RE.split(sentence.text))) < stretch:
            continue  # a clause has no more characters than its sentence
        for start, end in split(sentence.text, CLAUSE_END):
            if end - start < min_clause:
                continue  # too short to hold min_clause characters
            key = normalize(_strip_formulas(sentence.text[start:end], formulas))
            if _ideographs(key) < min_clause:
                continue
            j = owner.setdefault(key, i)
            if j != i and i not in repeats:
                repeats[i] = Repeat(keyed[j][0], sentence, False)
    return [repeats[i] for i in sorted(repeats)]


_CLAUSE_END_RE = re.compile(f"[{re.escape(CLAUSE_END)}]")


_NOT_IDEOGRAPHS_RE = re.compile(f"[^{IDEOGRAPHS}]+")


def _ideographs(key: str) -> int:
    """Characters that count towards the length thresholds: Chinese characters only
    (what is left when the rest is removed: one string, not a list of characters)."""
    return len(_NOT_IDEOGRAPHS_RE.sub("", key))


def _strip_formulas(text: str, formulas: tuple[str, ...]) -> str:
    for formula in formulas:
        if formula in text:
            text = text.replace(formula, "")
    return text


def _formulas(ctx: CheckContext) -> tuple[str, ...]:
    """The profile's canonical phrases without slots, longest first."""
    texts: list[str] = []
    for item in ctx.profile.get("phrases.canonical", []) or []:
        for text in (item.get("text"), *(item.get("variants", ()) or ())):
            if isinstance(text, str) and "{" not in text:
                texts.append(text)
    for item in ctx.profile.get("phrases.enumerations", []) or []:
        texts.extend(str(m) for m in item.get("members", ()) or ())
    return tuple(sorted(set(texts), key=lambda t: (-len(t), t)))  # not by the hash seed


def _clip(text: str, limit: int = 30) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


@check(
    "T201",
    "repeated-sentences",
    Severity.WARNING,
    "同一报告中有句子或段落重复出现（复制粘贴）",
    options={
        "min-chars": DEFAULT_MIN_CHARS,
        "min-contained": DEFAULT_MIN_CONTAINED,
        "min-clause": DEFAULT_MIN_CLAUSE,
    },
)
def repeated_sentences(ctx: CheckContext) -> Iterator[Diagnostic]:
    """同一报告中有句子在两处逐字重复。

    检查什么：不少于 ``min-chars`` 个汉字（15；标点、引号、空格、拉丁字母和数字不计）的句子在后文再次出现；
    不少于 ``min-contained`` 个字（20）的句子被复制到更长的句子中；两个句子共有不少于 ``min-clause`` 个字（30）的
    分句——配置方案中的规范表述（「职能科学、权责法定……人民满意」）不计入，因为重复一个规范表述不算复制。
    一处复制的段落算一条：同一段从前面某段复制来的各句合为一组，复制件和原文都按顺序接续（一段接一段）的
    各组合为一段。位置在第一个重复的句子；其余重复句和前文出处为相关位置。

    为什么：把一部分的文字复制到另一部分（种子报告003在“第一责任人”部分重复了普法段落），使报告冗长，
    也说明拼凑后未经审读。

    不报告：标题、报告标题（以及接排标题的标题句）、表格单元格，以及没有句末标点的短段落（图注、目录行）；
    按行打印的表格行（两处列间隔：制表符或连续空格，无框线的 PDF 表格即如此）和模板的占位句
    （「（此处填写……）」「原因：XXXX。」，由 T111 报告）。完全不检查：未填写的模板（占位句多于 T111 的上限）
    和被识别为其他类型报告的文件（决算、政府工作报告：由 S104 报告一次）。

    错误示例：
        （四）创新开展普法依法治理工作
        召开社区“法律明白人”培养工程推进会，组织全区“法律明白人”参加专题培训和网上学习。
        （五）稳步推进“八五”普法规划实施
        召开社区“法律明白人”培养工程推进会，组织全区“法律明白人”参加专题培训和网上学习。

    正确示例：
        （四）创新开展普法依法治理工作
        召开社区“法律明白人”培养工程推进会，组织全区“法律明白人”参加专题培训和网上学习。
        （五）稳步推进“八五”普法规划实施
        如前所述，“法律明白人”培养工程已全面铺开。

    选项：
        ``min-chars``（默认 15）：逐字重复的句子至少这么多个汉字才报告。
        ``min-contained``（默认 20）：被包含在更长句子中的句子至少这么多个字才报告。
        ``min-clause``（默认 30）：两个句子共有的分句至少这么多个字才报告。
    """
    min_chars = int(ctx.options.get("min-chars", DEFAULT_MIN_CHARS))
    min_contained = int(ctx.options.get("min-contained", DEFAULT_MIN_CONTAINED))
    min_clause = int(ctx.options.get("min-clause", DEFAULT_MIN_CLAUSE))
    if other_report(ctx.document, ctx.profile) is not None:
        return  # another kind of report (S104's one finding): its repetitions are not ours
    repeats = find_repeats(_candidates(ctx), min_chars, min_contained, min_clause, _formulas(ctx))
    blocks: dict[int, Block] = {b.index: b for b in ctx.document.blocks}
    for passage in passages(repeats):
        lead = passage[0]
        block = blocks[lead.again.block]
        earlier = blocks[lead.first.block]
        again_blocks = sorted({r.again.block for r in passage})
        first_blocks = sorted({r.first.block for r in passage})
        same = again_blocks == first_blocks
        place = "本段前文" if same else earlier.location.human(lead.first.start)
        count = len(passage)
        how = "完全相同" if all(r.exact for r in passage) else "基本相同"
        if len(again_blocks) > 1:
            last = blocks[again_blocks[-1]]
            where = f"本段起至{last.location.human(0)}共{len(again_blocks)}段中有{count}句"
        else:
            where = f"有{count}句"
        yield ctx.diagnostic(
            f"{where}与{place}起的内容{how}，疑为重复粘贴：「{_clip(lead.again.text)}」",
            block,
            lead.again.start,
            lead.again.end,
            suggestion="删除重复的内容，或改写为概括性表述",
            related=[Span(r.again.block, r.again.start, r.again.end) for r in passage[1:]]
            + [Span(r.first.block, r.first.start, r.first.end) for r in passage],
            data={
                "count": count,
                "blocks": again_blocks,
                "first_blocks": first_blocks,
                "sentences": [r.again.text for r in passage],
            },
        )


def passages(repeats: list[Repeat], gap: int = PASSAGE_GAP) -> list[list[Repeat]]:
    """Repeats grouped into passages: one finding per passage copied as a whole.

    Repeats of one paragraph from one earlier paragraph form a group; groups follow each
    other into one passage when both the copies and the originals run on in order (the next
    copy within ``gap`` blocks of the last one, and its original after the last original,
    within ``gap`` blocks of it).
    """
    groups: dict[tuple[int, int], list[Repeat]] = {}
    for repeat in repeats:
        groups.setdefault((repeat.again.block, repeat.first.block), []).append(repeat)
    result: list[list[Repeat]] = []
    last: tuple[int, int] | None = None
    for (again, first), items in sorted(groups.items()):
        if (
            result
            and last is not None
            and 0 < again - last[0] <= gap
            and 0 < first - last[1] <= gap
            and first < again
        ):
            result[-1].extend(items)
        else:
            result.append(list(items))
        last = (again, first)
    return result
