"""`S` — structure: the required contents, their order, the title and the report year.

What a report must contain comes from the profile (``[sections.*]`` in national.toml): the
regulation's items C1–C4, matched by meaning (see :mod:`fazhi_lint.analysis.sections`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from fazhi_lint.analysis.section_specs import years_in
from fazhi_lint.analysis.sections import SectionMap
from fazhi_lint.analysis.views import kind_of, other_report, sections_of
from fazhi_lint.grammar import RANGE_JOIN, YEAR_DIGITS
from fazhi_lint.model import Diagnostic, Severity
from fazhi_lint.plugins import CheckContext, check

_REGULATION = "《法治政府建设与责任落实督察工作规定》第二十五条"
# Where the outline read the report year (Outline.year_source), as a reviewer names it.
YEAR_SOURCE_ZH = {"title": "标题", "opening": "导语", "heading": "部分标题", "date": "成文日期"}


def _sections(ctx: CheckContext) -> SectionMap:
    return sections_of(ctx.document, ctx.profile)


def _other_report(ctx: CheckContext) -> str | None:
    """The kind of report named by a title that is not ours (e.g. 政府信息公开工作年度报告).

    One root cause, one finding: S104 says the file is another kind of report, and the
    section checks stay silent instead of listing every content such a report lacks.
    """
    return other_report(ctx.document, ctx.profile)


def _not_ours(ctx: CheckContext) -> bool:
    """Another kind of report (S104) or no report at all (S100): said once, nothing more."""
    return not kind_of(ctx.document, ctx.profile).is_report


@check(
    "S100",
    "not-a-report",
    Severity.INFO,
    "文件不是法治政府建设报告（没有报告标题，也没有报告的结构），未作报告检查",
)
def not_a_report(ctx: CheckContext) -> Iterator[Diagnostic]:
    """文件显然不是报告：没有报告标题，也没有报告的结构。

    检查什么：文件夹检查或 pre-commit 钩子也会遇到不是报告的文件：说明文件、目录、通知。这样的文件标题中
    没有「法治政府建设」和「报告」（配置方案的标题用词），没有一个标题写明必备内容，开头也没有讲到某一年的
    这项工作。它只得到这一条提示，而不是一串结构和标题错误；把文档当作报告来读的检查（S、H、P 和年份检查）
    不对它运行。要让这类文件根本不参加检查，请在 ``exclude`` 设置中列出它们。

    为什么：对非报告文件报告“缺少必备内容”之类的错误都是误报，只会淹没真正的问题。

    不报告：标题缺字的报告（由 S104 报告），或至少有一项必备内容单独成标题的报告。

    错误示例：
        # 使用说明
        本仓库存放各单位报送的材料。

    正确示例：
        天津市某区2024年度法治政府建设情况报告
        一、主要举措和成效
        2024年，我区扎实推进法治政府建设。
    """
    if kind_of(ctx.document, ctx.profile).kind != "none":
        return
    yield ctx.diagnostic(
        "未识别到法治政府建设报告的标题（含“法治政府建设”“报告”）和必备内容的标题，"
        "该文件不像是法治政府建设年度报告，未对其作结构、标题编号和用语检查；"
        "如该文件不需检查，可在配置的 exclude 中排除。"
    )


# When this many required contents are missing, the file is probably not a report of this kind:
# one finding lists them instead of one finding each.
_MANY_MISSING = 3


@check(
    "S101",
    "missing-required-section",
    Severity.ERROR,
    "缺少规定的必备内容（主要举措和成效、不足和原因、第一责任人职责、下一年度安排）",
)
def missing_required_section(ctx: CheckContext) -> Iterator[Diagnostic]:
    """报告缺少规定的必备内容（C1—C4）。

    检查什么：年度报告须包括报告年度的：主要举措和成效（C1）；存在的不足和原因（C2）；党政主要负责人履行
    推进法治建设第一责任人职责的情况（C3）；下一年度的主要安排（C4）。某部分由标题按意思写明即算存在——
    关键词和同义词取自配置方案，所以「工作成效及举措」「存在问题和不足」都能匹配——没有标题的报告，
    看段落开头。C3 可以是 C1 下的一个小节。

    为什么：这些内容是《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）要求的；缺项的报告会被退回。

    错误示例：
        天津市某区2024年度法治政府建设情况报告
        一、主要举措和成效
        全年推进依法行政。
        二、存在的不足和原因
        执法队伍素质有待提升，原因是培训不足。
        三、2025年工作安排
        继续推进法治政府建设。

    正确示例：
        天津市某区2024年度法治政府建设情况报告
        一、主要举措和成效
        全年推进依法行政。
        二、党政主要负责人履行推进法治建设第一责任人职责情况
        区长带头学法。
        三、存在的不足和原因
        执法队伍素质有待提升，原因是培训不足。
        四、2025年主要工作安排
        继续推进法治政府建设。
    """
    if _not_ours(ctx):
        return
    sections = _sections(ctx)
    missing = [
        (key, spec)
        for key, spec in sections.specs.items()
        if spec.required and key not in sections.found
    ]
    if len(missing) >= _MANY_MISSING:
        names = "、".join(f"“{spec.short}”（{key}）" for key, spec in missing)
        yield ctx.diagnostic(
            f"缺少{len(missing)}项必备内容：{names}；该文件可能不是法治政府建设年度报告。"
            f"{_REGULATION}要求报告举措成效、不足和原因、第一责任人职责情况和下一年度安排。",
            data={"sections": [key for key, _ in missing]},
        )
        return
    for key, spec in missing:
        yield ctx.diagnostic(
            f"缺少必备内容“{spec.short}”（{key}）：未找到相应的标题或段落。"
            f"{_REGULATION}要求报告“{spec.name}”。",
            data={"section": key},
        )


@check(
    "S102",
    "causes-missing",
    Severity.WARNING,
    "“存在的不足”部分只列问题，没有分析原因",
)
def causes_missing(ctx: CheckContext) -> Iterator[Diagnostic]:
    """“存在的不足”部分只列问题，没有分析原因。

    检查什么：规定要求写“存在的不足和原因”：不足，以及不足的原因。题为「存在问题和不足」、正文却从不分析
    原因（没有「原因」「根源」「究其」等，见配置方案的 ``causes``）的部分是不完整的。

    为什么：只列问题不析原因，下一年度的安排就没有针对性；审核时会要求补写。

    错误示例：
        天津市某区2024年度法治政府建设情况报告
        一、主要举措和成效
        全年推进依法行政。
        二、存在问题和不足
        法治政府建设还需进一步深入；普法依法治理实效性还需进一步提升。
        三、2025年工作安排
        继续推进法治政府建设。

    正确示例：
        天津市某区2024年度法治政府建设情况报告
        一、主要举措和成效
        全年推进依法行政。
        二、存在的不足和原因
        普法依法治理实效性还需进一步提升。原因分析：一是宣传形式单一；二是基层力量不足。
        三、2025年工作安排
        继续推进法治政府建设。
    """
    if _not_ours(ctx):
        return
    sections = _sections(ctx)
    spec = sections.specs.get("C2")
    match = sections.first("C2")
    if spec is None or match is None or not spec.causes:
        return
    text = match.section.body_text(ctx.document) if match.section is not None else match.block.text
    if any(word in text for word in spec.causes):
        return
    heading = ctx.outline.heading_for(match.block.index)
    start, end = heading.title_span if heading else (0, len(match.block.text))
    yield ctx.diagnostic(
        f"“{spec.short}”部分只列举了问题和不足，没有分析原因；规定要求报告“不足和原因”。",
        match.block,
        start,
        end,
        suggestion="补充原因分析，并可将标题改为“存在的不足和原因”",
    )


@check(
    "S103",
    "section-order",
    Severity.WARNING,
    "必备内容顺序不当（应为举措成效 → 不足和原因 → 下一年度安排）",
)
def section_order(ctx: CheckContext) -> Iterator[Diagnostic]:
    """必备内容的顺序不当。

    检查什么：主要举措和成效（C1）在存在的不足和原因（C2）之前，C2 又在下一年度安排（C4）之前。第一责任人
    部分（C3）可以在最前面或嵌在 C1 中，但不能在安排之后。顺序由配置方案的 ``[order]`` 规定。

    为什么：按规定的顺序写，审核人员才能按图索骥；顺序颠倒常是拼凑材料的痕迹。

    错误示例：
        天津市某区2024年度法治政府建设情况报告
        一、2025年工作安排
        继续推进法治政府建设。
        二、主要举措和成效
        全年推进依法行政。
        三、存在的不足和原因
        执法队伍素质有待提升，原因是培训不足。

    正确示例：
        天津市某区2024年度法治政府建设情况报告
        一、主要举措和成效
        全年推进依法行政。
        二、存在的不足和原因
        执法队伍素质有待提升，原因是培训不足。
        三、2025年工作安排
        继续推进法治政府建设。
    """
    if _not_ours(ctx):
        return
    sections = _sections(ctx)
    order = ctx.profile.get("order.sequence", []) or []
    present = [(key, sections.first(key)) for key in order]
    placed = [(key, m) for key, m in present if m is not None]
    for (before_key, before), (after_key, after) in itertools.pairwise(placed):
        if after.position < before.position:
            first, second = sections.specs[before_key], sections.specs[after_key]
            yield ctx.diagnostic(
                f"“{second.short}”（{after_key}）出现在“{first.short}”（{before_key}）之前；"
                f"应先写{first.short}，再写{second.short}。",
                after.block,
                data={"sections": [before_key, after_key]},
            )
    plan = sections.first("C4")
    for key in ctx.profile.get("order.not-after-C4", []) or []:
        match = sections.first(key)
        if plan is not None and match is not None and match.position > plan.position:
            yield ctx.diagnostic(
                f"“{sections.specs[key].short}”（{key}）出现在下一年度安排之后；"
                "应放在报告开头或作为主要举措和成效的一部分。",
                match.block,
            )


_TITLE_YEAR_RE = re.compile(rf"{YEAR_DIGITS}\s*年")


@check(
    "S104",
    "title-incomplete",
    Severity.ERROR,
    "标题缺少年度、“法治政府建设”或“报告”",
)
def title_incomplete(ctx: CheckContext) -> Iterator[Diagnostic]:
    """报告标题缺少年度、「法治政府建设」或「报告」。

    检查什么：标题应写明报告年度和事由：「XX区2024年度法治政府建设情况报告」「XX人民政府关于2023年度法治政府建设
    情况的报告」。分两行的标题算作一个。

    为什么：标题缺项，收文单位无法确认这是哪一年、什么事项的报告。

    不报告：「政府信息公开工作年度报告」是另一种法定报告。

    错误示例：
        法治政府建设情况报告

    正确示例：
        天津经济技术开发区管委会2024年度法治政府建设情况报告
    """
    if kind_of(ctx.document, ctx.profile).kind == "none":
        return  # S100
    outline = ctx.outline
    if not outline.title_blocks or not outline.title_text:
        yield ctx.diagnostic("未识别到报告标题；标题应写明年度和“法治政府建设……报告”。")
        return
    title = outline.title_text
    compact = re.sub(r"\s+", "", title)
    first = outline.title_blocks[0]
    other = _other_report(ctx)
    if other:
        yield ctx.diagnostic(f"标题“{title}”是{other}，不是法治政府建设年度报告。", first)
        return
    missing: list[str] = []
    if not _TITLE_YEAR_RE.search(compact):
        missing.append("年度（如“2024年度”）")
    for word in ctx.profile.get("title.required", []) or []:
        if word not in compact:
            missing.append(f"“{word}”")
    if missing:
        yield ctx.diagnostic(
            f"标题“{title}”缺少{'、'.join(missing)}；"
            "应写明报告单位、年度和“法治政府建设情况报告”。",
            first,
            data={"missing": missing},
        )


_OPENING_YEAR_RES = (
    re.compile(rf"^({YEAR_DIGITS})\s*年(?!\s*{RANGE_JOIN})"),  # 「2024年，我局……」
    re.compile(rf"现将[^。]{{0,20}}?({YEAR_DIGITS})\s*年"),  # 「现将2024年……报告如下」
)


@check(
    "S105",
    "report-year-inconsistent",
    Severity.ERROR,
    "标题、导语和各部分标题中的报告年度不一致",
)
def report_year_inconsistent(ctx: CheckContext) -> Iterator[Diagnostic]:
    """标题、导语和各部分标题中的报告年度不一致。

    检查什么：Y 年度的报告在标题和开头写 Y，在举措成效（C1）和不足（C2）部分的标题中（如写年份）写 Y，
    在下一年度安排（C4）的标题中写 Y+1。

    为什么：年份对不上，多半是从上一年的报告中复制来的文字没有改。

    错误示例：
        天津市某区2024年度法治政府建设情况报告
        2023年，我局坚持依法行政。
        一、主要举措和成效
        全年推进依法行政。
        二、2024年工作安排
        继续推进法治政府建设。

    正确示例：
        天津市某区2024年度法治政府建设情况报告
        2024年，我局坚持依法行政。
        一、主要举措和成效
        全年推进依法行政。
        二、2025年工作安排
        继续推进法治政府建设。
    """
    if _not_ours(ctx):
        return
    outline = ctx.outline
    title_years = years_in(outline.title_text or "")
    year = title_years[0][0] if title_years else outline.report_year
    if year is None:
        return
    source = "标题" if title_years else YEAR_SOURCE_ZH.get(outline.year_source or "", "导语")
    if title_years and outline.opening is not None:
        text = outline.opening.text
        for pattern in _OPENING_YEAR_RES:
            found = pattern.search(text)
            if found and int(found.group(1)) != year:
                yield ctx.diagnostic(
                    f"导语写的是{found.group(1)}年，与标题中的{year}年度不一致。",
                    outline.opening,
                    found.start(1),
                    found.end(1),
                    suggestion=str(year),
                )
                break
    sections = _sections(ctx)
    expected = {"report": year, "next": year + 1}
    for key, spec in sections.specs.items():
        if spec.year not in expected:
            continue
        for match in sections.found.get(key, []):
            if match.how != "heading":
                continue
            heading = ctx.outline.heading_for(match.block.index)
            if heading is None:
                continue
            want = expected[spec.year]
            for found_year, start, end in years_in(heading.title):
                if found_year != want:
                    offset = heading.title_span[0]
                    relation = "下一年度" if spec.year == "next" else "报告年度"
                    yield ctx.diagnostic(
                        f"“{spec.short}”的标题写的是{found_year}年，但{source}表明报告年度为"
                        f"{year}年，此处应为{relation}{want}年。",
                        match.block,
                        offset + start,
                        offset + end,
                        suggestion=str(want),
                    )


@check(
    "S106",
    "implicit-section-title",
    Severity.WARNING,
    "“主要举措和成效”只有主题式标题，没有明确的部分标题",
)
def implicit_section_title(ctx: CheckContext) -> Iterator[Diagnostic]:
    """“主要举措和成效”只有主题式标题，没有一个标题写明它。

    检查什么：举措和成效只写在主题式标题下（「二、深入统筹谋划，全力推进……」「三、聚焦职能优势……」）的报告
    是有 C1 的，但审核人员要猜它从哪里开始。这是警告，不是缺少必备内容。只在报告的其他部分有自己的部分标题
    （「三、存在的问题」「四、2024年工作安排」）、而 C1 只在主题式标题下时报告。「一、2024年法治政府建设基本情况」
    「总体情况」「工作回顾」「工作总结」这类标题算写明了 C1（配置方案的 ``[sections.C1] keywords``）。

    为什么：部分标题让审核人员一眼找到必备内容；没有标题就只能逐段阅读。

    不报告：没有部分标题的报告，或报告的开头部分。

    错误示例：
        天津市某局2023年度法治政府建设情况报告
        一、突出主体责任，强化组织领导
        全年召开专题会议4次。
        二、深入统筹谋划，全力推进全市法治政府建设
        全年推进依法行政。
        三、存在的问题及原因分析
        执法队伍素质有待提升，原因是培训不足。
        四、2024年工作安排
        继续推进法治政府建设。

    正确示例：
        天津市某局2023年度法治政府建设情况报告
        一、2023年推进法治政府建设的主要举措和成效
        （一）突出主体责任，强化组织领导
        （二）深入统筹谋划，全力推进全市法治政府建设
        二、存在的问题及原因分析
        执法队伍素质有待提升，原因是培训不足。
        三、2024年工作安排
        继续推进法治政府建设。
    """
    if _not_ours(ctx):
        return
    sections = _sections(ctx)
    titled = any(m.how == "heading" for ms in sections.found.values() for m in ms)
    for key, matches in sections.found.items():
        for match in matches:
            # only where the other parts have titles of their own and this one has thematic
            # headings: a report (or an opening) without part titles is not reported
            if match.how == "implicit" and match.section is not None and titled:
                spec = sections.specs[key]
                heading = ctx.outline.heading_for(match.block.index)
                start, end = heading.title_span if heading else (None, None)
                yield ctx.diagnostic(
                    f"“{spec.short}”（{key}）没有明确的部分标题，只写在主题式标题之下；"
                    f"建议设置如“{spec.short}”的标题，便于审阅。",
                    match.block,
                    start,
                    end,
                )
