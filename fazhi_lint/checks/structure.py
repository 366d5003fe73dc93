"""`S` — structure: the required contents, their order, the title and the report year.

What a report must contain comes from the profile (``[sections.*]`` in national.toml): the
regulation's items C1–C4, matched by meaning (see :mod:`fazhi_lint.analysis.sections`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from ..analysis.kind import kind_of
from ..analysis.sections import SectionMap, sections_of, years_in
from ..model import Diagnostic, Severity
from ..plugins import CheckContext, check

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
    kind = kind_of(ctx.document, ctx.profile)
    return kind.name if kind.kind == "other" else None


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
    """Finds a file that is plainly not a report: no title, no report shape.

    A folder scan or a pre-commit hook also meets files that are not reports: a README, an
    index, a notice. Such a file has no title carrying «法治政府建设» and «报告» (the profile's
    title words), no heading that names a required content, and no opening that speaks of the
    subject in a year. It gets this one 提示-level finding instead of a list of structure and
    heading errors; the checks that read a document as a report (S, H, P, year checks) do not
    run on it. To keep such files out of the run altogether, list them in the ``exclude``
    setting.

    Not reported: a report whose title lacks a word (S104 says so) or a report with at least one
    required content under a heading of its own.

    错误示例:
        # 使用说明
        本仓库存放各单位报送的材料……

    正确示例:
        （报告以外的文件不交给检查，或在配置中写 exclude = ["README.md"]）
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
    """Finds a required content (C1–C4) that the report does not contain.

    The annual report must cover, for the year reported on: the main measures and results (C1);
    the shortcomings and their causes (C2); how the principal party and government leaders
    performed their duty as first responsible person for building the rule of law (C3); and the
    main arrangements for the next year (C4). A part counts as present when a heading names it
    by meaning — keywords and synonyms from the profile, so «工作成效及举措» and «存在问题和不足»
    match — or, in a report without headings, when a paragraph opens with it. C3 may be a
    subsection of C1.

    Why: these items are required by 《法治政府建设与责任落实督察工作规定》 (厅字〔2019〕28号);
    reviewers return reports that lack one.

    错误示例:
        一、主要举措和成效 …… 二、存在的不足和原因 …… 三、2025年工作安排 ……
        （没有党政主要负责人履行推进法治建设第一责任人职责的情况）

    正确示例:
        一、主要举措和成效 …… 二、党政主要负责人履行推进法治建设第一责任人职责情况 ……
        三、存在的不足和原因 …… 四、2025年主要工作安排 ……
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
    """Finds a shortcomings part (C2) that names problems but never their causes.

    The regulation asks for «存在的不足和原因»: the shortcomings *and their causes*. A part titled
    «存在问题和不足» whose text never analyses why (no «原因», «根源», «究其»…, words listed in
    the profile's ``causes``) is incomplete.

    错误示例:
        三、存在问题和不足
        ……法治政府建设还需进一步深入；普法依法治理实效性还需进一步提升。

    正确示例:
        三、存在的不足和原因
        ……主要表现在……。原因分析：一是……；二是……。
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
    """Finds required contents out of order.

    The measures and results (C1) come before the shortcomings and causes (C2), which come
    before the next year's plan (C4). The first-responsible-person part (C3) may come first or
    nest in C1, but not after the plan. The order is the profile's ``[order]``.

    错误示例:
        一、2025年工作安排 …… 二、主要举措和成效 …… 三、存在的不足和原因 ……

    正确示例:
        一、主要举措和成效 …… 二、存在的不足和原因 …… 三、2025年工作安排 ……
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


_TITLE_YEAR_RE = re.compile(r"(?:19|20)\d{2}\s*年")


@check(
    "S104",
    "title-incomplete",
    Severity.ERROR,
    "标题缺少年度、“法治政府建设”或“报告”",
)
def title_incomplete(ctx: CheckContext) -> Iterator[Diagnostic]:
    """Finds a report title that lacks the year, «法治政府建设» or «报告».

    The title names the reporting year and the subject: «XX区2024年度法治政府建设情况报告»,
    «XX人民政府关于2023年度法治政府建设情况的报告». A title split over two lines counts as one.
    A 「政府信息公开工作年度报告」 is a different statutory report.

    错误示例:
        法治政府建设情况报告

    正确示例:
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
    re.compile(r"^((?:19|20)\d{2})\s*年(?!\s*[－—\-~～至到])"),  # 「2024年，我局……」
    re.compile(r"现将[^。]{0,20}?((?:19|20)\d{2})\s*年"),  # 「现将2024年……报告如下」
)


@check(
    "S105",
    "report-year-inconsistent",
    Severity.ERROR,
    "标题、导语和各部分标题中的报告年度不一致",
)
def report_year_inconsistent(ctx: CheckContext) -> Iterator[Diagnostic]:
    """Finds a reporting year that disagrees between the title, the opening and the headings.

    A report on year Y says Y in its title and opening, names Y (if any year) in the headings of
    the measures (C1) and shortcomings (C2), and Y+1 in the heading of the plan (C4). A
    mismatch usually means text copied from last year's report.

    错误示例:
        2024年度法治政府建设情况报告 …… 2023年，我局坚持…… …… 四、2024年工作安排

    正确示例:
        2024年度法治政府建设情况报告 …… 2024年，我局坚持…… …… 四、2025年工作安排
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
    """Finds a required content present only under thematic headings, with no title naming it.

    A report whose measures and results are written under thematic headings only
    («二、深入统筹谋划，全力推进……», «三、聚焦职能优势……») contains C1, but a reviewer has to
    guess where it begins. This is a warning, not a missing section. Reported only where the
    report gives its other parts titles of their own (「三、存在的问题」「四、2024年工作安排」)
    and C1 stands under thematic headings: a report without part titles, or the opening of
    one, is not reported. Results titles such as «一、2024年法治政府建设基本情况», «总体情况»,
    «工作回顾», «工作总结» name C1 (the profile's ``[sections.C1] keywords``).

    错误示例:
        一、突出主体责任…… 二、深入统筹谋划，全力推进全市法治政府建设 …… 四、存在的问题及原因分析

    正确示例:
        一、2023年推进法治政府建设的主要举措和成效 （一）深入统筹谋划…… （二）聚焦职能优势……
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
