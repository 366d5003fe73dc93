"""`H` — headings: the numbering hierarchy, its sequence and the form of its labels.

GB/T 9704-2012 numbers headings 「一、」 → 「（一）」 → 「1.」 → 「（1）」. Every check here reads the
outline (:mod:`fazhi_lint.analysis.outline`), where mixed styles and lost numbers are already
resolved into structural levels, so one defect gives one finding: a heading that lost its
number is reported by H106, not also as a gap (H101); a 「1、」 among 「二、」「三、」 is reported
by H104, not also as a gap or an inversion.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from itertools import pairwise

from fazhi_lint.analysis.labels import CANONICAL_SCHEME, HALF_WIDTH_OF, SCHEME_EXAMPLE, format_label
from fazhi_lint.analysis.outline import Heading, Outline, Section
from fazhi_lint.model import Diagnostic, Severity, Span
from fazhi_lint.plugins import CheckContext, check

_STANDARD = "GB/T 9704-2012"
_LEVEL_ZH = {0: "篇章", 1: "一级", 2: "二级", 3: "三级", 4: "四级", 5: "五级"}


def _level_zh(level: int) -> str:
    return _LEVEL_ZH.get(level, f"{level}级")


def _shown(heading: Heading) -> str:
    """How to name a heading in a message: its label, else the label it should have."""
    if heading.label:
        return _q(heading.label)
    if heading.expected_label:
        return _q(heading.expected_label)
    return f"“{heading.title[:12]}”"


def _q(label: str) -> str:
    """A label inside a message: bracketed labels read well bare, others are quoted."""
    if label.startswith(("（", "(", "“")):
        return label
    return f"“{label}”"


def _span(heading: Heading) -> tuple[int, int]:
    start, end = heading.label_span
    if end > start:
        return start, end
    return heading.title_span


def _canon(scheme: str) -> str:
    return HALF_WIDTH_OF.get(scheme, scheme)


def _auto_hint(heading: Heading) -> str:
    return "（该编号为自动编号，请在编号格式中修改）" if heading.automatic else ""


def _sibling_groups(outline: Outline) -> Iterator[tuple[Section, int, list[Heading]]]:
    """For every parent and every level among its children: the numbered children at that level."""
    for parent in (s for root in outline.roots() for s in root.walk()):
        levels: dict[int, list[Heading]] = {}
        for child in parent.children:
            heading = child.heading
            if heading is not None and heading.number is not None:
                levels.setdefault(child.level, []).append(heading)
        for level, heads in sorted(levels.items()):
            yield parent, level, heads


def _parent_name(parent: Section) -> str:
    return f"{_shown(parent.heading)}下" if parent.heading is not None else "正文中"


def _label_as(heading: Heading, number: int, like: Heading | None = None) -> str:
    """``number`` written in the form of ``heading`` (or of ``like`` when it has no label)."""
    for h in (heading, like):
        if h is not None and h.numbered:
            return format_label(h.scheme, number)
    expected = heading.expected_label
    if expected:
        return expected
    return str(number)


# -- H101 / H102 ----------------------------------------------------------------------------------


@check(
    "H101",
    "heading-number-gap",
    Severity.ERROR,
    "标题编号不连续（跳号，或同级第一个标题不从一开始）",
    options={"restart-per-parent": True},
)
def heading_number_gap(ctx: CheckContext) -> Iterator[Diagnostic]:
    """检查什么：同一上级标题下，同级标题的编号跳号。同级标题应从“一”或“1”起连续编号：
    「（一）（二）（三）」，而不是「（一）（二）（四）」。同级第一个标题不从一开始也报告。

    为什么：跳号让读者以为漏了一部分，或删除内容后没有重新编号；审核时编号错乱的报告会被退回
    （GB/T 9704-2012 第7.3.3条）。

    不报告：缺少的编号以另一种样式出现（由 H104 报告），或标题丢了编号（由 H106 报告）；第三级及以下
    在全文各上级标题下一贯跨上级连续编号（「（一）1.2.（二）3.4.」，新的一级标题下可重新从 1 开始），
    这是有的单位规定的编号方式；只有部分上级标题下连续、部分重新编号时才报告。

    错误示例：
        天津市某区2024年度法治政府建设情况报告
        一、主要举措和成效
        （一）推进依法行政
        （二）严格规范执法
        （四）深化普法宣传

    正确示例：
        天津市某区2024年度法治政府建设情况报告
        一、主要举措和成效
        （一）推进依法行政
        （二）严格规范执法
        （三）深化普法宣传

    选项：
        ``restart-per-parent``（默认 true）：第三级及以下的编号「1.」在每个上级「（一）」「（二）」下重新
        从 1 开始。有的单位跨上级连续编号「1.」，此时设为 false：期望连续编号，重新从 1 开始反而报告。
    """
    restart = bool(ctx.options.get("restart-per-parent", True))
    outline = ctx.outline
    continuous_levels: set[int] = set()
    if not restart:
        continuous_levels = {h.level for h in outline.all_headings() if h.level >= 3}
    starts: dict[int, list[tuple[Section, list[Heading]]]] = {}
    for parent, level, heads in _sibling_groups(outline):
        if level in continuous_levels:
            continue
        first = heads[0]
        if first.number is not None and first.number > 1:
            starts.setdefault(level, []).append((parent, heads))
        yield from _gaps_within(ctx, heads)
    # first headings above one: per level, continuous numbering across parents is one finding
    for level, groups in starts.items():
        yield from _bad_starts(ctx, outline, level, groups)
    for level in sorted(continuous_levels):
        yield from _continuous(ctx, outline, level)


def _in_other_blocks(
    ctx: CheckContext, like: Heading, numbers: range, start: int, end: int
) -> bool:
    """True when every missing number's label opens a non-heading block in ``[start, end)``.

    Report-style documents put part headings inside or between tables (a PDF table row, a
    Word table cell), or run an item into the previous paragraph after its full stop: the
    number is there, only not where headings are looked for, so it is not reported as missing.
    """
    labels = {_label_as(like, n) for n in numbers}
    heads = {h.block.index for h in ctx.outline.all_headings()}
    found = {
        label
        for block in ctx.document.blocks[start:end]
        if block.index not in heads
        for label in labels
        if block.text.startswith(label)
    }
    # 「……财务规则。（八）负责……」: the item is there, run into the previous paragraph (H108)
    found.update(_run_in(ctx, labels - found, max(start - 1, 0), end))
    return found == labels


def _run_in(
    ctx: CheckContext, labels: set[str], start: int, end: int
) -> dict[str, tuple[int, int]]:
    """Labels found right after a full stop inside blocks ``[start, end)``: (block, offset)."""
    places: dict[str, tuple[int, int]] = {}
    for block in ctx.document.blocks[start:end]:
        for label in labels:
            for stop in "。；;":
                at = block.text.find(stop + label)
                if at >= 0 and label not in places:
                    places[label] = (block.index, at + 1)
    return places


def _gaps_within(ctx: CheckContext, heads: list[Heading]) -> Iterator[Diagnostic]:
    for prev, cur in pairwise(heads):
        assert prev.number is not None and cur.number is not None
        if cur.number > prev.number + 1 and not _in_other_blocks(
            ctx, cur, range(prev.number + 1, cur.number), prev.block.index + 1, cur.block.index
        ):
            expected = _label_as(cur, prev.number + 1, prev)
            missing = cur.number - prev.number - 1
            more = f"（缺{missing}个编号）" if missing > 1 else ""
            yield ctx.diagnostic(
                f"标题编号不连续：{_shown(prev)}之后应为{_q(expected)}，实际为{_shown(cur)}{more}",
                cur.block,
                *_span(cur),
                suggestion=expected,
                data={"expected": prev.number + 1, "found": cur.number},
            )


def _sequences(outline: Outline, level: int) -> list[tuple[Section, list[Heading]]]:
    return [(p, heads) for p, lvl, heads in _sibling_groups(outline) if lvl == level]


def _bad_starts(
    ctx: CheckContext, outline: Outline, level: int, groups: list[tuple[Section, list[Heading]]]
) -> Iterator[Diagnostic]:
    sequences = _sequences(outline, level)
    continuing: list[tuple[Section, list[Heading]]] = []
    for i, (parent, heads) in enumerate(sequences):
        if not any(parent is p for p, _ in groups):
            continue
        first = heads[0]
        prev_last = sequences[i - 1][1][-1].number if i > 0 else None
        if level >= 3 and prev_last is not None and first.number == prev_last + 1:
            continuing.append((parent, heads))
            continue
        assert first.number is not None
        start = parent.heading.block.index + 1 if parent.heading is not None else 0
        if _in_other_blocks(ctx, first, range(1, first.number), start, first.block.index):
            continue
        expected = _label_as(first, 1)
        yield ctx.diagnostic(
            f"标题编号不连续：{_parent_name(parent)}第一个{_level_zh(level)}标题应为{_q(expected)}，"
            f"实际为{_shown(first)}",
            first.block,
            *_span(first),
            suggestion=expected,
            data={"expected": 1, "found": first.number},
        )
    if continuing and _runs_on_by_design(sequences, continuing):
        return  # the document numbers this level on across parents throughout: its style
    if continuing:
        parent, heads = continuing[0]
        first = heads[0]
        expected = _label_as(first, 1)
        count = f"共{len(continuing)}处" if len(continuing) > 1 else ""
        yield ctx.diagnostic(
            f"{_level_zh(level)}标题编号跨上级标题连续编排{count}：{_parent_name(parent)}"
            f"从{_shown(first)}开始，按每个上级标题重新编号应为{_q(expected)}"
            "（如本单位规定连续编号，可设置 restart-per-parent = false）",
            first.block,
            *_span(first),
            suggestion=expected,
            related=[Span(h.block.index, *_span(h)) for _, hs in continuing[1:] for h in hs[:1]],
            data={"expected": 1, "found": first.number, "count": len(continuing)},
        )


def _top_of(section: Section) -> Section:
    while section.parent is not None and section.parent.parent is not None:
        section = section.parent
    return section


def _runs_on_by_design(
    sequences: list[tuple[Section, list[Heading]]],
    continuing: list[tuple[Section, list[Heading]]],
) -> bool:
    """True when every parent of a level continues the previous parent's numbers, restarting
    at one only where a new top-level part begins (「（一）1.2.（二）3.4.」 throughout): a
    house style some units prescribe, not a numbering slip. A document that restarts under
    some parents and runs on under others within one part is inconsistent and reported."""
    runs_on = {id(parent) for parent, _ in continuing}
    for i, (parent, heads) in enumerate(sequences[1:], start=1):
        if id(parent) in runs_on:
            continue
        if heads[0].number == 1 and _top_of(parent) is not _top_of(sequences[i - 1][0]):
            continue  # a new part starts its own numbering
        return False
    return True


def _continuous(ctx: CheckContext, outline: Outline, level: int) -> Iterator[Diagnostic]:
    """restart-per-parent = false: numbering runs on across parents.

    A new top-level part may restart at one or continue; within a part, a restart is reported.
    """

    def top_of(section: Section) -> Section:
        while section.parent is not None and section.parent.parent is not None:
            section = section.parent
        return section

    previous: Heading | None = None
    previous_parent: Section | None = None
    previous_top: Section | None = None
    for parent, heads in _sequences(outline, level):
        top = top_of(parent)
        for cur in heads:
            assert cur.number is not None
            new_part = top is not previous_top and cur is heads[0]
            if previous is None or previous.number is None:
                if cur.number != 1:
                    expected = _label_as(cur, 1)
                    yield ctx.diagnostic(
                        f"标题编号不连续：{_parent_name(parent)}第一个{_level_zh(level)}标题应为"
                        f"{_q(expected)}，实际为{_shown(cur)}",
                        cur.block,
                        *_span(cur),
                        suggestion=expected,
                    )
            elif new_part and cur.number == 1:
                pass  # a new top-level part restarts
            elif cur.number == previous.number and parent is previous_parent:
                pass  # a repeat under one parent: H102
            elif cur.number != previous.number + 1:
                expected = _label_as(cur, previous.number + 1, previous)
                what = "编号应跨上级标题连续" if cur.number == 1 else "标题编号不连续"
                yield ctx.diagnostic(
                    f"{what}：{_shown(previous)}之后应为{_q(expected)}，实际为{_shown(cur)}",
                    cur.block,
                    *_span(cur),
                    suggestion=expected,
                    data={"expected": previous.number + 1, "found": cur.number},
                )
            previous, previous_parent = cur, parent
        previous_top = top


@check(
    "H102",
    "heading-number-repeat",
    Severity.ERROR,
    "同一上级标题下标题编号重复或回退",
)
def heading_number_repeat(ctx: CheckContext) -> Iterator[Diagnostic]:
    """检查什么：同一上级标题下编号重复使用，或编号倒退。同一上级下每个编号只用一次，且依次递增：
    「（二）」之后又是「（二）」是重复；同一个「一、」下「（五）」之后出现「（一）」，通常是漏了一个上级
    标题（它丢了编号、没有被识别），或者编辑后没有更新编号。

    为什么：编号重复或重新开始会使层次含混，读者无法判断引用的是哪一部分。

    错误示例：
        天津市某区2024年度法治政府建设情况报告
        一、主要举措和成效
        （一）推进依法行政
        （二）严格规范执法
        （二）深化普法宣传

    正确示例：
        天津市某区2024年度法治政府建设情况报告
        一、主要举措和成效
        （一）推进依法行政
        （二）严格规范执法
        （三）深化普法宣传
    """
    for parent, level, heads in _sibling_groups(ctx.outline):
        for prev, cur in pairwise(heads):
            assert prev.number is not None and cur.number is not None
            if cur.number == prev.number:
                expected = _label_as(cur, prev.number + 1, prev)
                yield ctx.diagnostic(
                    f"标题编号重复：{_shown(prev)}之后又是{_shown(cur)}，应为{_q(expected)}",
                    cur.block,
                    *_span(cur),
                    suggestion=expected,
                )
            elif cur.number < prev.number:
                hint = "，可能缺少一个上一级标题" if cur.number == 1 else ""
                yield ctx.diagnostic(
                    f"标题编号回退：{_parent_name(parent)}{_shown(prev)}之后出现{_shown(cur)}"
                    f"{hint}",
                    cur.block,
                    *_span(cur),
                    data={"previous": prev.number, "found": cur.number, "level": level},
                )


# -- H103 -----------------------------------------------------------------------------------------


@check(
    "H103",
    "heading-level-inverted",
    Severity.WARNING,
    "下级标题之上没有上级标题（层级倒置）",
)
def heading_level_inverted(ctx: CheckContext) -> Iterator[Diagnostic]:
    """检查什么：下级标题之上没有上级标题（层级倒置）。可以越级（「一、」下直接写「1.」），但不能倒置：
    在其他地方使用「一、」的报告中，位于标题之下、第一个「一、」之前的「（一）」或「1.」没有上级。
    连续的一组这样的标题只报告一次。

    为什么：读者无法判断这些标题属于哪一部分；通常是忘了写一级标题，或一级标题丢了编号。

    错误示例：
        XX区2024年度法治政府建设情况报告
        （一）健全依法决策机制
        （二）严格规范公正文明执法
        二、存在的不足和原因

    正确示例：
        XX区2024年度法治政府建设情况报告
        一、主要举措和成效
        （一）健全依法决策机制
    """
    outline = ctx.outline
    numbered = [h for h in outline.headings if h.numbered or h.lost_number]
    if not numbered:
        return
    top = min(h.level for h in numbered)
    run: list[Heading] = []
    for section in outline.root.children:
        heading = section.heading
        if (
            heading is not None
            and heading.level > top
            and (heading.numbered or heading.lost_number)
        ):
            run.append(heading)
            continue
        if run:
            yield _inverted(ctx, outline, run, top)
            run = []
    if run:
        yield _inverted(ctx, outline, run, top)


def _inverted(ctx: CheckContext, outline: Outline, run: list[Heading], top: int) -> Diagnostic:
    first = run[0]
    example = next((h for h in outline.headings if h.level == top and h.numbered), None)
    uses = f"本文{_level_zh(top)}标题使用“{example.label}”，" if example else ""
    more = f"等{len(run)}个标题" if len(run) > 1 else ""
    return ctx.diagnostic(
        f"标题层级倒置：{uses}但{_shown(first)}{more}之前没有{_level_zh(top)}标题，"
        f"{_level_zh(first.level)}标题直接位于文首",
        first.block,
        *_span(first),
        related=[Span(h.block.index, *_span(h)) for h in run[1:]],
        data={"level": first.level, "top": top, "count": len(run)},
    )


# -- H104 / H105 / H107: label forms --------------------------------------------------------------


def level_forms(outline: Outline) -> dict[int, str]:
    """The label scheme each structural level uses.

    The standard (GB/T 9704) scheme when at least a third of the level uses it, else the
    majority scheme; the standard one when the level has no heading of its own form.

    Half-width variants count as their full-width scheme (their parentheses are H105's job);
    headings placed at a level by their siblings (mixed style) do not vote.
    """
    counts: dict[int, Counter[str]] = {}
    for h in outline.all_headings():
        if h.numbered and not h.mixed and h.nominal_level == h.level:
            counts.setdefault(h.level, Counter())[_canon(h.scheme)] += 1
    forms: dict[int, str] = {}
    for level in {h.level for h in outline.all_headings()}:
        counter = counts.get(level)
        canonical = CANONICAL_SCHEME.get(level, "")
        if counter and 3 * counter.get(canonical, 0) >= sum(counter.values()):
            forms[level] = canonical  # the standard form, used by a third or more, wins
        elif counter:
            forms[level] = max(counter, key=lambda s: (counter[s], s == canonical))
        elif canonical:
            forms[level] = canonical
    return forms


def _odd(heading: Heading, forms: dict[int, str]) -> bool:
    form = forms.get(heading.level)
    return heading.numbered and form is not None and _canon(heading.scheme) != form


@check(
    "H104",
    "heading-mixed-style",
    Severity.WARNING,
    "同级标题编号样式不一致（如“1、”与“二、”并列）",
    options={"aggregate-above": 10},
)
def heading_mixed_style(ctx: CheckContext) -> Iterator[Diagnostic]:
    """检查什么：标题编号形式与同级其他标题不同。同一级标题应使用同一种编号形式。先写「1、主要举措及成效」
    再写「二、……」「三、……」，是一级标题混用两种形式；「（1）」「（2）」之后接「（三）」「（四）」，
    是二级标题混用。大纲按同级标题的位置确定这类标题的层级，本检查指出每个不一致的标题，并给出应有的编号。

    为什么：编号形式表示层级（GB/T 9704-2012：「一、」「（一）」「1.」「（1）」）；形式混用会让一级标题看起来像三级标题。

    不报告：只是括号为半角的情形，由 H105 报告。

    错误示例：
        1、主要举措及成效
        （1）带头学习习近平法治思想
        （二）加强党对法治建设的领导
        二、存在的不足和原因

    正确示例：
        一、主要举措及成效
        （一）带头学习习近平法治思想
        （二）加强党对法治建设的领导
        二、存在的不足和原因

    选项：
        ``aggregate-above``（默认 10）：同一级中超过这么多个标题使用同一种不一致的形式时，合并为一条，附上所有位置。
    """
    outline = ctx.outline
    forms = level_forms(outline)
    limit = ctx.options.get("aggregate-above", 10)
    singles: dict[tuple[int, str], list[tuple[Heading, list[str]]]] = {}
    for _parent, level, heads in _sibling_groups(outline):
        odd = [h for h in heads if _odd(h, forms)]
        if not odd:
            continue
        form = forms[level]
        if len(odd) == len(heads) and len({h.scheme for h in odd}) == 1 and not odd[0].mixed:
            # consistent within its parent, different from the same level elsewhere: one finding
            first = odd[0]
            others = [h for h in outline.all_headings() if h.level == level and not _odd(h, forms)]
            example = others[0].label if others else SCHEME_EXAMPLE.get(form, "")
            expected = format_label(form, first.number or 1)
            yield ctx.diagnostic(
                f"同级标题编号样式不一致：此处{len(heads)}个{_level_zh(level)}标题使用“{first.label}”"
                f"式编号，全文其他同级标题使用“{example}”式，应为“{expected}”{_auto_hint(first)}",
                first.block,
                *_span(first),
                suggestion=expected,
                related=[Span(h.block.index, *_span(h)) for h in odd[1:]],
                data={"expected_scheme": form, "found_scheme": first.scheme},
            )
            continue
        regular = [h.label for h in heads if not _odd(h, forms)][:2]
        if not regular:
            regular = [
                h.label for h in outline.all_headings() if h.level == level and not _odd(h, forms)
            ][:2]
        for h in odd:
            singles.setdefault((level, h.scheme), []).append((h, regular))
    for (level, scheme), found in singles.items():
        form = forms[level]
        if isinstance(limit, int) and len(found) > limit:
            first, regular = found[0]
            example = regular[0] if regular else SCHEME_EXAMPLE.get(form, "")
            yield ctx.diagnostic(
                f"同级标题编号样式不一致：{_level_zh(level)}标题中有{len(found)}处使用"
                f"“{SCHEME_EXAMPLE.get(scheme, first.label)}”式编号（如“{first.label}”），"
                f"与同级其他标题的“{example}”式不同，应统一为“{SCHEME_EXAMPLE.get(form, '')}”式"
                f"{_auto_hint(first)}",
                first.block,
                *_span(first),
                suggestion=format_label(form, first.number or 1),
                related=[Span(h.block.index, *_span(h)) for h, _ in found[1:]],
                data={"expected_scheme": form, "found_scheme": scheme, "count": len(found)},
            )
            continue
        for h, regular in found:
            siblings = (
                "“" + "”“".join(regular) + "”" if regular else f"“{SCHEME_EXAMPLE.get(form, '')}”"
            )
            expected = format_label(form, h.number or 1)
            yield ctx.diagnostic(
                f"同级标题编号样式不一致：“{h.label}”与同级标题{siblings}样式不同，"
                f"应为“{expected}”{_auto_hint(h)}",
                h.block,
                *_span(h),
                suggestion=expected,
                data={"expected_scheme": form, "found_scheme": h.scheme},
            )


@check(
    "H105",
    "heading-half-width-parens",
    Severity.WARNING,
    "标题编号使用半角括号，如“(一)”应为“（一）”",
    options={"aggregate-above": 10},
)
def heading_half_width_parens(ctx: CheckContext) -> Iterator[Diagnostic]:
    """检查什么：标题编号使用半角括号：「(一)」「(1)」「（一)」。GB/T 9704-2012 规定二级、四级标题编号用全角括号：
    「（一）」「（1）」。转换为半角标点的文本（常见于网页）会显示为「(一)」。每个这样的标题报告一条。

    为什么：中文里的半角括号破坏排版（GB/T 15834-2011，GB/T 9704-2012 第7.3.3条）。

    错误示例：
        天津市某区2024年度法治政府建设情况报告
        一、主要举措和成效
        (一)坚持党的绝对领导,切实增强战略定力。
        (二)深化普法宣传。

    正确示例：
        天津市某区2024年度法治政府建设情况报告
        一、主要举措和成效
        （一）坚持党的绝对领导，切实增强战略定力。
        （二）深化普法宣传。

    选项：
        ``aggregate-above``（默认 10）：超过这么多个标题使用半角括号时，合并为一条，附上所有位置。
    """
    limit = ctx.options.get("aggregate-above", 10)
    found = [h for h in ctx.outline.all_headings() if h.numbered and h.scheme in HALF_WIDTH_OF]
    if not found:
        return
    if isinstance(limit, int) and len(found) > limit:
        first = found[0]
        expected = format_label(HALF_WIDTH_OF[first.scheme], first.number or 1)
        yield ctx.diagnostic(
            f"全文共{len(found)}个标题编号使用半角括号（如“{first.label}”），应使用全角括号，如"
            f"“{expected}”",
            first.block,
            *_span(first),
            suggestion=expected,
            related=[Span(h.block.index, *_span(h)) for h in found[1:]],
            data={"count": len(found)},
        )
        return
    for h in found:
        expected = format_label(HALF_WIDTH_OF[h.scheme], h.number or 1)
        yield ctx.diagnostic(
            f"标题编号使用了半角括号“{h.label}”，应为全角“{expected}”{_auto_hint(h)}",
            h.block,
            *_span(h),
            suggestion=expected,
        )


@check(
    "H106",
    "heading-lost-number",
    Severity.ERROR,
    "标题缺少编号（按位置应有编号）",
)
def heading_lost_number(ctx: CheckContext) -> Iterator[Diagnostic]:
    """检查什么：标题丢了编号：按位置应有编号的地方是一个没有编号的标题。「（一）（二）」之后是一行没有编号的
    「着力推进严格规范公正文明执法工作」，接着是「（四）（五）」，这一行就是丢失的「（三）」。这一行须像标题
    （较短、没有句中标点），且正好处在空缺处，每个缺号只认一个候选（或其后的下级编号从「（一）」重新开始）。
    这种情况报告为本检查，而不报告为跳号（H101）。

    为什么：标题还在，编号没了——通常是 Word 自动编号被删除或复制时丢失——后面的编号看起来就断了。

    错误示例：
        天津市某区2024年度法治政府建设情况报告
        一、主要举措和成效
        （一）全面加强党的领导
        （二）充分发挥推进法治政府建设牵头推动作用
        着力推进严格规范公正文明执法工作
        （四）创新开展普法依法治理工作

    正确示例：
        天津市某区2024年度法治政府建设情况报告
        一、主要举措和成效
        （一）全面加强党的领导
        （二）充分发挥推进法治政府建设牵头推动作用
        （三）着力推进严格规范公正文明执法工作
        （四）创新开展普法依法治理工作
    """
    for h in ctx.outline.all_headings():
        if not h.lost_number or h.numbered:
            continue
        expected = h.expected_label or str(h.number)
        yield ctx.diagnostic(
            f"此标题缺少编号，按位置应为“{expected}”（{_level_zh(h.level)}标题）",
            h.block,
            *h.title_span,
            suggestion=f"{expected}{h.title}",
            data={"expected": expected, "number": h.number, "level": h.level},
        )


@check(
    "H107",
    "heading-label-form",
    Severity.INFO,
    "标题编号形式不规范（如“一.”“1、”“１．”，应为“一、”“1.”）",
)
def heading_label_form(ctx: CheckContext) -> Iterator[Diagnostic]:
    """检查什么：编号形式前后一致、但不是标准形式。GB/T 9704-2012 规定各级编号为「一、」「（一）」「1.」「（1）」。
    所有三级标题都用「1、」，一级标题用「一.」或「一，」，或使用全角点「1．」，虽然一致但不规范：每一级报告一条。
    个别编号使用全角数字（「１.」）或中间有空格（「1 、」），在出现处报告。

    为什么：标准形式是审核人员期望看到的；不规范是格式缺陷，前后一致时较轻微。

    不报告：已作为混用（H104）或半角括号（H105）报告的编号不重复报告；「第一部分」可以接受。

    错误示例：
        天津市某区2024年度法治政府建设情况报告
        一、主要举措和成效
        1、提供组织保障。
        2、细化责任分工。

    正确示例：
        天津市某区2024年度法治政府建设情况报告
        一、主要举措和成效
        1.提供组织保障。
        2.细化责任分工。
    """
    outline = ctx.outline
    forms = level_forms(outline)
    reported: set[int] = set()
    for level, form in sorted(forms.items()):
        canonical = CANONICAL_SCHEME.get(level)
        if canonical is None or form == canonical or form == "chapter":
            continue
        using = [
            h
            for h in outline.all_headings()
            if h.level == level and h.numbered and _canon(h.scheme) == form and not h.mixed
        ]
        if not using:
            continue
        first = using[0]
        expected = format_label(canonical, first.number or 1)
        yield ctx.diagnostic(
            f"{_level_zh(level)}标题编号使用“{SCHEME_EXAMPLE.get(form, first.label)}”式"
            f"（共{len(using)}处），{_STANDARD}规定为“{SCHEME_EXAMPLE[canonical]}”式，"
            f"此处应为“{expected}”{_auto_hint(first)}",
            first.block,
            *_span(first),
            suggestion=expected,
            related=[Span(h.block.index, *_span(h)) for h in using[1:]],
            data={"level": level, "found_scheme": form, "expected_scheme": canonical},
        )
        reported.update(h.index for h in using)
    for h in outline.all_headings():
        if not h.numbered or h.index in reported or _odd(h, forms) or h.scheme in HALF_WIDTH_OF:
            continue
        problems: list[str] = []
        fixed = format_label(h.scheme, h.number or 1)
        if any("０" <= ch <= "９" for ch in h.label):
            problems.append("使用了全角数字")
        if any(ch in " \u3000\t" for ch in h.label):
            problems.append("编号中间有空格")
        if problems:
            yield ctx.diagnostic(
                f"标题编号“{h.label}”{'、'.join(problems)}，应为“{fixed}”{_auto_hint(h)}",
                h.block,
                *_span(h),
                suggestion=fixed,
            )


# -- H108 ----------------------------------------------------------------------------------------


@check(
    "H108",
    "heading-run-into-paragraph",
    Severity.WARNING,
    "编号条目接在上一段末尾，没有另起一段",
)
def heading_run_into_paragraph(ctx: CheckContext) -> Iterator[Diagnostic]:
    """检查什么：编号条目写在上一段末尾，没有另起一段。「（八）」紧接在「（七）」那一段的句号之后、在同一行时，
    浏览标题的人看到的编号是（七）→（九），这一条的开头也被埋没了。该编号正是两个同级标题之间缺少的那个，
    其余编号完整；标题跳号检查（H101）不会把它报告为缺号。

    为什么：条目接在上一段末尾，编号看起来断了，这一条也难以找到。

    错误示例：
        天津市某区财政局2024年度法治政府建设情况报告
        一、主要职责
        （七）负责本区会计管理工作，组织实施各项会计准则。（八）负责本区非税收入管理。
        （九）拟订本区国库管理制度。

    正确示例：
        天津市某区财政局2024年度法治政府建设情况报告
        一、主要职责
        （七）负责本区会计管理工作，组织实施各项会计准则。
        （八）负责本区非税收入管理。
        （九）拟订本区国库管理制度。
    """
    blocks = ctx.document.blocks
    for _parent, _level, heads in _sibling_groups(ctx.outline):
        for prev, cur in pairwise(heads):
            assert prev.number is not None and cur.number is not None
            if cur.number <= prev.number + 1:
                continue
            labels = {_label_as(cur, n, prev) for n in range(prev.number + 1, cur.number)}
            places = _run_in(ctx, labels, prev.block.index, cur.block.index)
            for label, (index, offset) in sorted(places.items(), key=lambda item: item[1]):
                yield ctx.diagnostic(
                    f"编号{_q(label)}接在上一段末尾，没有另起一段；按编号它是{_shown(prev)}"
                    f"与{_shown(cur)}之间的同级条目",
                    blocks[index],
                    offset,
                    offset + len(label),
                    suggestion=f"在{_q(label)}前另起一段",
                )
