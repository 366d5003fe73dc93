"""Shapes found by reading published reports and web copies of them (each a false alarm the
tool raised there): a dated page-information line is furniture for the statistics too; a
province's standard wording of the inspection formula is not a garble; the leaders' duty given
inside the results part is present; a bracket that restates a count at another granularity is
not a breakdown of it."""

from __future__ import annotations

import pytest
from docx_factory import build_docx, p

from fazhi_lint.config import Config
from fazhi_lint.engine import Linter
from fazhi_lint.model import Diagnostic
from fazhi_lint.readers import read_bytes

WEB_COPY = [
    "某市人民政府关于2017年度法治政府建设情况的报告",
    "时间:2018-05-03  浏览次数:",
    "2017年，我市深入推进法治政府建设，全年审查规范性文件12件。",
    "一、主要举措和成效",
    "开展学习12次。",
]
FORMULA = [
    "某市司法局2023年度法治政府建设情况报告",
    "2023年，市司法局认真学习贯彻习近平法治思想和习近平总书记视察广东重要讲话、重要指示精神。",
    "一、主要举措和成效",
    "开展学习62次。",
]


def lint(lines: list[str], fmt: str, select: tuple[str, ...]) -> list[Diagnostic]:
    if fmt == "txt":
        data, name = "\n".join(lines).encode(), "报告.txt"
    else:
        data, name = build_docx("".join(p(line) for line in lines)), "报告.docx"
    document = read_bytes(data, name)
    return Linter(Config(select=select)).lint_document(document)


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_a_dated_page_line_is_debris_and_not_a_statement_of_the_report(fmt: str) -> None:
    found = lint(WEB_COPY, fmt, ("N", "T002"))
    assert [d.code for d in found] == ["T002"], found
    # the same date written in the report's own text is still read against the report year
    late = [*WEB_COPY[:2], "截至2018年5月3日，全市共审查规范性文件12件。"]
    assert "N301" in {d.code for d in lint(late, fmt, ("N",))}


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_the_and_or_comma_forms_of_the_inspection_formula_are_accepted(fmt: str) -> None:
    assert lint(FORMULA, fmt, ("P102",)) == []
    garbled = [FORMULA[0], FORMULA[1].replace("视察广东", "视查广东"), *FORMULA[2:]]
    assert [d.code for d in lint(garbled, fmt, ("P102",))] == ["P102"]


C3_INSIDE = [
    "某县2024年度法治政府建设情况报告",
    "2024年，我县深入学习贯彻习近平法治思想。",
    "一、2024年推进法治政府建设的主要举措和成效",
    "{c3}",
    "（二）全面提升法治思维。专题学法14次，落实安全生产主体责任。",
    "二、存在的不足和原因",
    "执法队伍专业化水平不高，原因是培训不足。",
    "三、2025年主要安排",
    "继续推进法治政府建设。",
]


@pytest.mark.parametrize("fmt", ["txt", "docx"])
@pytest.mark.parametrize(
    "c3",
    [
        "（一）严格履行第一职责。县长听取法治政府建设工作汇报4次。",
        "（一）加强组织领导。一是健全领导机制；二是压实法治建设第一责任人职责，县长带头学法。",
    ],
)
def test_the_leaders_duty_given_inside_the_results_part_is_present(fmt: str, c3: str) -> None:
    lines = [line.format(c3=c3) for line in C3_INSIDE]
    assert [d for d in lint(lines, fmt, ("S101",))] == []
    # without it (「主体责任」 of another duty is not this content) the part is missing
    without = [line.format(c3="（一）加强组织领导。健全领导机制。") for line in C3_INSIDE]
    missing = lint(without, fmt, ("S101",))
    assert [d.code for d in missing] == ["S101"] and "C3" in missing[0].message


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_a_bracket_restating_the_count_at_another_granularity_is_not_a_breakdown(
    fmt: str,
) -> None:
    title = "某市2024年度法治政府建设情况报告"
    restated = [title, "全年办理行政许可事项21个（47个子项），全部实现网上办理。"]
    assert lint(restated, fmt, ("N",)) == []
    # a named part in the bracket is a breakdown, checked against the whole
    named = [title, "全年作出行政处罚139件（普通程序1157件）。"]
    assert [d.code for d in lint(named, fmt, ("N",))] == ["N101"]
    split = [title, "全年作出行政处罚1394件（普通程序1157件，简易程序12786件）。"]
    assert "N101" in {d.code for d in lint(split, fmt, ("N",))}


def test_a_copy_masked_with_stars_is_a_damaged_copy_and_markdown_bold_is_not() -> None:
    masked = [
        "某街道2025年法治政府建设年度报告",
        "****年，某街道深入学习贯彻习近平法治思想，召开法治建设专题会议*次。",
        "一、****年推进法治政府建设的主要举措和成效",
        "*.加强组织领导。调整法治建设领导小组。",
        "成文日期：**********",
    ]
    assert [d.code for d in lint(masked, "txt", ("T003",))] == ["T003"]
    bold = (
        "# 某区2024年度法治政府建设情况报告\n\n**一、主要举措和成效**\n\n"
        "全年**审查规范性文件**12件，**开展培训**3次，**办理**案件8件。\n"
    )
    document = read_bytes(bold.encode(), "报告.md")
    assert Linter(Config(select=("T003",))).lint_document(document) == []


def test_a_wrong_year_in_the_results_title_is_one_finding() -> None:
    lines = [
        "某街道2025年法治政府建设情况报告",
        "2025年，街道深入推进法治政府建设，现将情况报告如下。",
        "一、2024年推进法治政府建设的主要举措和成效",
        "全年审查规范性文件12件。",
    ]
    assert [d.code for d in lint(lines, "txt", ("S105", "N301"))] == ["S105"]
    # with the structure checks not selected, the statistics' year check still says it
    assert [d.code for d in lint(lines, "txt", ("N301",))] == ["N301"]


@pytest.mark.parametrize(
    "lines",
    [
        ["全年办理行政复议案件（略）件，其中调解（略）件。", "培训（ 略 ）人次。"],
        ["*.加强组织领导。", "*、完善制度建设。", "*．严格执法监督。"],
    ],
)
def test_each_form_of_masking_alone_makes_a_damaged_copy(lines: list[str]) -> None:
    # the forms are looked for one by one in the whole text: each must still count alone
    title = "某街道2025年法治政府建设年度报告"
    assert [d.code for d in lint([title, *lines], "txt", ("T003",))] == ["T003"]
    # fewer than three masked places are not a damaged copy
    assert lint([title, lines[0], "全年审查规范性文件12件。"], "txt", ("T003",)) == []
