"""The `H` heading checks, on synthetic reports and on the seed reports."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from fazhi_lint.checks import headings as module
from fazhi_lint.model import (
    Block,
    BlockKind,
    Diagnostic,
    Document,
    Label,
    Location,
    Severity,
    Style,
)
from fazhi_lint.plugins import Check, CheckContext, collect_checks
from fazhi_lint.profiles import Profile
from fazhi_lint.readers import read_bytes

SEEDS = Path(__file__).resolve().parents[1] / "../shared/seeds"
PROFILE = Profile("test", {})
CHECKS: dict[str, Check] = {c.code: c for c in collect_checks(module)}

TITLE = "某区司法局2024年度法治政府建设情况报告\n2024年，我局坚持以习近平法治思想为指导，现将有关情况报告如下。\n"
BODY = "全年办理行政复议案件12件，同比增长5%，均在法定期限内办结。\n"


def run(
    document: Document, select: str = "H", options: Mapping[str, Any] | None = None
) -> list[Diagnostic]:
    found: list[Diagnostic] = []
    for code, item in sorted(CHECKS.items()):
        if not code.startswith(select):
            continue
        ctx = CheckContext(
            document, item, PROFILE, {**item.options, **(options or {})}, item.severity
        )
        found.extend(item.func(ctx))
    return found


def lint(
    text: str, select: str = "H", options: Mapping[str, Any] | None = None
) -> list[Diagnostic]:
    return run(read_bytes(text.encode("utf-8"), "report.txt"), select, options)


def codes(diags: list[Diagnostic]) -> list[str]:
    return [d.code for d in diags]


def seed(prefix: str) -> list[Diagnostic]:
    found = sorted(SEEDS.glob(f"{prefix}_*.txt"))
    if not found:
        pytest.skip("seed reports not available")
    return run(read_bytes(found[0].read_bytes(), found[0].name))


GOOD = TITLE + (
    "一、主要举措和成效\n"
    "（一）依法全面履行职能。全年办理行政复议案件12件。\n"
    "1.提供组织保障。成立领导小组。\n"
    "2.细化责任分工。制定任务清单。\n"
    "（二）严格规范公正文明执法\n"
    + BODY
    + "二、党政主要负责人履行推进法治建设第一责任人职责情况\n"
    + BODY
    + "三、存在的不足和原因\n"
    + BODY
    + "四、2025年主要工作安排\n（一）深化行政执法改革。\n（二）加强普法宣传。\n"
)


# -- registry and documentation ---------------------------------------------------------------------


def test_all_checks_are_registered_and_documented() -> None:
    assert sorted(CHECKS) == ["H101", "H102", "H103", "H104", "H105", "H106", "H107", "H108"]
    for item in CHECKS.values():
        assert item.family == "H"
        assert "错误示例" in item.explanation and "正确示例" in item.explanation
        assert item.summary
    assert CHECKS["H101"].options == {"restart-per-parent": True}
    assert CHECKS["H101"].severity is Severity.ERROR
    assert CHECKS["H103"].severity is Severity.WARNING
    assert CHECKS["H104"].severity is Severity.WARNING
    assert CHECKS["H106"].severity is Severity.ERROR
    assert CHECKS["H107"].severity is Severity.INFO


def test_checks_run_through_the_linter() -> None:
    from fazhi_lint.config import Config
    from fazhi_lint.engine import Linter

    try:
        linter = Linter(Config(select=("H",)))
    except Exception as exc:  # the national profile is edited in parallel
        pytest.skip(f"linter not constructible: {exc}")
    text = TITLE + "一、主要举措\n（一）甲\n" + BODY + "（二）乙\n" + BODY + "（四）丁\n" + BODY
    result = linter.lint_bytes(text.encode(), "r.txt")
    assert [d.code for d in result.diagnostics] == ["H101"]


def test_clean_report_has_no_heading_findings() -> None:
    assert lint(GOOD) == []


# -- H101 gap ---------------------------------------------------------------------------------------


def test_gap_names_the_expected_label() -> None:
    diags = lint(
        TITLE + "一、主要举措\n（一）甲\n" + BODY + "（二）乙\n" + BODY + "（四）丁\n" + BODY
    )
    assert codes(diags) == ["H101"]
    d = diags[0]
    assert d.message == "标题编号不连续：（二）之后应为（三），实际为（四）"
    assert d.excerpt == "（四）" and d.suggestion == "（三）" and d.severity is Severity.ERROR


def test_gap_of_several_numbers() -> None:
    diags = lint(TITLE + "一、主要举措\n" + BODY + "四、工作安排\n" + BODY)
    assert codes(diags) == ["H101"]
    assert (
        "“一、”之后应为“二、”，实际为“四、”" in diags[0].message and "缺2个编号" in diags[0].message
    )


def test_sequence_not_starting_at_one() -> None:
    diags = lint(TITLE + "一、主要举措\n（二）乙\n" + BODY + "（三）丙\n" + BODY, "H101")
    assert codes(diags) == ["H101"]
    assert "第一个二级标题应为（一），实际为（二）" in diags[0].message


def test_level_three_numbering_run_on_throughout_is_the_documents_style() -> None:
    """「（一）1.2.（二）3.4.（三）5.」 under every parent: a house style some bodies prescribe
    (DOMAIN.md §2), consistent within the document, so not a numbering error (found as a false
    alarm on published reports)."""
    text = TITLE + (
        "一、主要举措\n（一）甲\n1.子\n"
        + BODY
        + "2.子\n"
        + BODY
        + "（二）乙\n3.子\n"
        + BODY
        + "4.子\n"
        + BODY
        + "（三）丙\n5.子\n"
        + BODY
    )
    assert codes(lint(text)) == []


def test_level_three_numbering_that_runs_on_under_some_parents_only_is_one_finding() -> None:
    text = TITLE + (
        "一、主要举措\n（一）甲\n1.子\n"
        + BODY
        + "2.子\n"
        + BODY
        + "（二）乙\n3.子\n"
        + BODY
        + "4.子\n"
        + BODY
        + "（三）丙\n1.子\n"
        + BODY
        + "（四）丁\n2.子\n"
        + BODY
    )
    diags = lint(text)
    assert codes(diags) == ["H101"]
    assert (
        "跨上级标题连续编排共2处" in diags[0].message and "restart-per-parent" in diags[0].message
    )
    assert diags[0].excerpt == "3." and len(diags[0].related) == 1


def test_level_three_continuous_numbering_accepted_when_configured() -> None:
    text = TITLE + (
        "一、主要举措\n（一）甲\n1.子\n"
        + BODY
        + "2.子\n"
        + BODY
        + "（二）乙\n3.子\n"
        + BODY
        + "4.子\n"
        + BODY
    )
    assert lint(text, options={"restart-per-parent": False}) == []


def test_restart_is_flagged_when_numbering_must_be_continuous() -> None:
    text = TITLE + (
        "一、主要举措\n（一）甲\n1.子\n"
        + BODY
        + "2.子\n"
        + BODY
        + "（二）乙\n1.子\n"
        + BODY
        + "2.子\n"
        + BODY
    )
    diags = lint(text, options={"restart-per-parent": False})
    assert codes(diags) == ["H101"]
    assert diags[0].message == "编号应跨上级标题连续：“2.”之后应为“3.”，实际为“1.”"
    # the default accepts the restart
    assert lint(text) == []


def test_continuous_numbering_may_restart_in_a_new_top_level_part() -> None:
    text = TITLE + (
        "一、主要举措\n（一）甲\n1.子\n"
        + BODY
        + "（二）乙\n2.子\n"
        + BODY
        + "二、工作安排\n（一）丙\n1.子\n"
        + BODY
    )
    assert lint(text, "H101", {"restart-per-parent": False}) == []


# -- H102 repeat ------------------------------------------------------------------------------------


def test_repeated_number() -> None:
    diags = lint(
        TITLE + "一、主要举措\n（一）甲\n" + BODY + "（二）乙\n" + BODY + "（二）丙\n" + BODY
    )
    assert codes(diags) == ["H102"]
    assert diags[0].message == "标题编号重复：（二）之后又是（二），应为（三）"


def test_restart_within_a_parent_hints_at_a_missing_parent() -> None:
    text = (
        TITLE + "一、主要举措\n（一）甲\n" + BODY + "（二）乙\n" + BODY + BODY + "（一）丙\n" + BODY
    )
    diags = lint(text)
    assert codes(diags) == ["H102"]
    assert "回退" in diags[0].message and "缺少一个上一级标题" in diags[0].message


# -- H103 inverted ----------------------------------------------------------------------------------


def test_level_two_before_any_level_one() -> None:
    text = (
        TITLE
        + "（一）健全机制\n"
        + BODY
        + "（二）严格执法\n"
        + BODY
        + "一、主要举措\n"
        + BODY
        + "二、存在问题\n"
        + BODY
    )
    diags = lint(text)
    assert codes(diags) == ["H103"]
    d = diags[0]
    assert d.excerpt == "（一）" and "等2个标题" in d.message and "“一、”" in d.message
    assert d.severity is Severity.WARNING and len(d.related) == 1


def test_skipped_level_is_not_inverted() -> None:
    assert lint(TITLE + "一、主要举措\n1.提供保障\n" + BODY + "2.细化分工\n" + BODY) == []


def test_document_without_level_one_is_not_inverted() -> None:
    assert lint(TITLE + "（一）健全机制\n" + BODY + "（二）严格执法\n" + BODY) == []


# -- H104 mixed style -------------------------------------------------------------------------------


def test_mixed_style_points_at_each_odd_heading() -> None:
    text = TITLE + (
        "1、 主要举措\n（1） 带头学习。学习12次。\n（2） 亲自部署。部署3次。\n（三）加强领导\n"
        + BODY
        + "二、存在问题\n"
        + BODY
        + "三、工作安排\n"
        + BODY
    )
    diags = lint(text)
    assert codes(diags) == ["H104", "H104", "H104"]
    assert [(d.excerpt, d.suggestion) for d in diags] == [
        ("1、", "一、"),
        ("（1）", "（一）"),
        ("（2）", "（二）"),
    ]
    assert "“二、”“三、”" in diags[0].message


def test_odd_form_within_a_level_three_sequence() -> None:
    text = TITLE + "一、主要举措\n1.甲\n" + BODY + "2、乙\n" + BODY + "3.丙\n" + BODY
    diags = lint(text)
    assert codes(diags) == ["H104"]
    assert diags[0].excerpt == "2、" and diags[0].suggestion == "2."


def test_many_odd_forms_are_aggregated() -> None:
    items = "".join(f"{i}{'．' if i % 2 else '.'}名词{i}：解释。\n" for i in range(1, 26))
    diags = lint(TITLE + "一、名词解释\n" + items, "H104")
    assert len(diags) == 1
    assert "13处" in diags[0].message and len(diags[0].related) == 12


# -- H105 half-width parentheses ------------------------------------------------------------------


def test_half_width_parentheses() -> None:
    text = TITLE + "一、主要举措\n(一)坚持党的领导,增强定力。\n(二)强化职责\n" + BODY
    diags = lint(text)
    assert codes(diags) == ["H105", "H105"]
    assert diags[0].message == "标题编号使用了半角括号“(一)”，应为全角“（一）”"
    assert diags[0].suggestion == "（一）" and diags[0].excerpt == "(一)"


def test_many_half_width_parentheses_are_one_finding() -> None:
    text = (
        TITLE
        + "一、主要举措\n"
        + "".join(f"({n})第{n}项\n{BODY}" for n in "一二三四五六七八九十")
        + "(十一)再一项\n"
        + BODY
    )
    diags = lint(text, "H105")
    assert len(diags) == 1 and "共11个" in diags[0].message and len(diags[0].related) == 10
    assert lint(text, "H105", {"aggregate-above": 20}).__len__() == 11


# -- H106 lost number -------------------------------------------------------------------------------


def test_lost_number_instead_of_gap() -> None:
    text = TITLE + (
        "一、主要举措\n（一）甲\n"
        + BODY
        + "（二）乙\n"
        + BODY
        + "着力推进严格规范公正文明执法工作\n"
        + BODY
        + "（四）丁\n"
        + BODY
    )
    diags = lint(text)
    assert codes(diags) == ["H106"]
    d = diags[0]
    assert d.message == "此标题缺少编号，按位置应为“（三）”（二级标题）"
    assert d.excerpt == "着力推进严格规范公正文明执法工作"
    assert d.suggestion == "（三）着力推进严格规范公正文明执法工作"


def test_ambiguous_candidates_leave_the_gap() -> None:
    text = TITLE + (
        "一、主要举措\n（一）甲\n"
        + BODY
        + "（二）乙\n"
        + BODY
        + "短行一\n"
        + BODY
        + "短行二\n"
        + BODY
        + "（四）丁\n"
        + BODY
    )
    assert codes(lint(text)) == ["H101"]


# -- H107 label form --------------------------------------------------------------------------------


def test_consistent_non_standard_form_is_one_info_per_level() -> None:
    text = (
        TITLE + "一、主要举措\n1、甲\n" + BODY + "2、乙\n" + BODY + "二、存在问题\n1、丙\n" + BODY
    )
    diags = lint(text)
    assert codes(diags) == ["H107"]
    d = diags[0]
    assert d.severity is Severity.INFO and "共3处" in d.message and "“1.”" in d.message
    assert len(d.related) == 2


def test_level_one_with_point_instead_of_dun() -> None:
    diags = lint(TITLE + "一.主要举措\n" + BODY + "二.存在问题\n" + BODY)
    assert codes(diags) == ["H107"] and diags[0].suggestion == "一、"


def test_full_width_digits_and_inner_space() -> None:
    text = TITLE + "一、主要举措\n１.甲\n" + BODY + "2 .乙\n" + BODY + "3.丙\n" + BODY
    diags = lint(text)
    assert codes(diags) == ["H107", "H107"]
    assert "全角数字" in diags[0].message and diags[0].suggestion == "1."
    assert "空格" in diags[1].message


def test_chapter_labels_are_accepted() -> None:
    text = TITLE + "第一部分 主要举措\n" + BODY + "第二部分 存在问题\n" + BODY
    assert lint(text) == []


# -- docx-like documents --------------------------------------------------------------------------


def _para(index: int, text: str, label: str | None = None, **style: Any) -> Block:
    return Block(
        index=index,
        text=text,
        kind=BlockKind.PARAGRAPH,
        location=Location(block=index, paragraph=index + 1),
        label=Label(label, automatic=True, num_id="1") if label else None,
        style=Style(**style),
    )


def test_automatic_labels_get_a_hint_and_styled_lost_heading() -> None:
    document = Document(
        path="r.docx",
        format="docx",
        blocks=[
            _para(0, "某区2024年度法治政府建设情况报告", alignment="center", size_pt=22),
            _para(1, "一、主要举措", "一、"),
            _para(2, "(一)依法决策", "(一)"),
            _para(3, "全年审核文件12件。"),
            _para(4, "存在的不足和原因", style_name="heading 1"),
            _para(5, "执法力量不足，原因是人员不够。"),
            _para(6, "三、工作安排", "三、"),
            Block(7, "四、表格里的编号", kind=BlockKind.TABLE_CELL, location=Location(block=7)),
        ],
    )
    diags = run(document)
    assert codes(diags) == ["H105", "H106"]
    assert "自动编号" in diags[0].message
    assert diags[1].location.paragraph == 5 and "“二、”" in diags[1].message


# -- seeds ------------------------------------------------------------------------------------------


def test_seed_000_mixed_style() -> None:
    diags = seed("000")
    assert [(d.code, d.excerpt, d.suggestion) for d in diags] == [
        ("H104", "1、", "一、"),
        ("H104", "（1）", "（一）"),
        ("H104", "（2）", "（二）"),
    ]


def test_seed_001_is_clean() -> None:
    assert seed("001") == []


def test_seed_002_half_width_parentheses_only() -> None:
    diags = seed("002")
    assert codes(diags) == ["H105"]
    assert "18" in diags[0].message and len(diags[0].related) == 17


def test_seed_003_three_lost_numbers() -> None:
    diags = seed("003")
    assert [(d.code, d.data["expected"], d.excerpt) for d in diags] == [
        ("H106", "（三）", "着力推进严格规范公正文明执法工作"),
        ("H106", "二、", "履行推进法治政府建设第一责任人情况"),
        ("H106", "三、", "存在问题和不足"),
    ]


def test_seed_004_mixed_style() -> None:
    diags = seed("004")
    assert [(d.code, d.excerpt, d.suggestion) for d in diags] == [
        ("H104", "1、", "一、"),
        ("H104", "2、", "二、"),
        ("H104", "（1）", "（一）"),
    ]


def _auto_numbered_docx(level_two_text: str) -> bytes:
    """A .docx whose headings are numbered by Word (numbering.xml), built with python-docx."""
    import io

    docx = pytest.importorskip("docx")
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from docx.shared import Pt

    numbering = f"""<w:numbering {nsdecls("w")}>
    <w:abstractNum w:abstractNumId="10"><w:multiLevelType w:val="multilevel"/>
     <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl>
     <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="{level_two_text}"/><w:suff w:val="nothing"/></w:lvl>
    </w:abstractNum>
    <w:num w:numId="7"><w:abstractNumId w:val="10"/></w:num></w:numbering>"""
    document = docx.Document()
    document.part.numbering_part._element = parse_xml(numbering)
    title = document.add_paragraph()
    title.add_run("某区2024年度法治政府建设情况报告").font.size = Pt(22)
    title.alignment = 1  # centre
    rows = [
        (None, "2024年，我局坚持依法行政，取得积极成效。"),
        (0, "主要举措"),
        (1, "依法决策"),
        (None, BODY.strip()),
        (1, "严格执法"),
        (None, BODY.strip()),
        (0, "存在问题"),
        (None, BODY.strip()),
    ]
    for ilvl, text in rows:
        paragraph = document.add_paragraph(text)
        if ilvl is not None:
            paragraph._p.get_or_add_pPr().append(
                parse_xml(
                    f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="7"/></w:numPr>'
                )
            )
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_word_automatic_numbering_end_to_end() -> None:
    from fazhi_lint.analysis.views import outline_of

    document = read_bytes(_auto_numbered_docx("（%2）"), "report.docx")
    if document.format != "docx":
        pytest.skip("docx reader not available")
    outline = outline_of(document, PROFILE)
    assert [(h.label, h.level, h.automatic) for h in outline.headings] == [
        ("一、", 1, True),
        ("（一）", 2, True),
        ("（二）", 2, True),
        ("二、", 1, True),
    ]
    assert run(document) == []
    half = read_bytes(_auto_numbered_docx("(%2)"), "report.docx")
    diags = run(half)
    assert codes(diags) == ["H105", "H105"] and "自动编号" in diags[0].message


def test_chapters_with_level_one_headings_inside() -> None:
    text = TITLE + (
        "第一部分 工作情况\n一、主要举措\n"
        + BODY
        + "二、主要成效\n"
        + BODY
        + "第二部分 存在问题\n一、执法不规范\n"
        + BODY
    )
    assert lint(text) == []
