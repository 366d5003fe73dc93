"""The N checks through the engine: seeds acceptance, messages, spans, severities, year logic."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

import fazhi_lint.checks.numbers as numbers
from fazhi_lint.analysis.relations import SectionRange, Verdict, analyze_text, year_relations
from fazhi_lint.config import Config, RuleSettings
from fazhi_lint.engine import Linter
from fazhi_lint.model import Block, Diagnostic, Document, Location, Severity
from fazhi_lint.plugins import CheckContext, collect_checks
from fazhi_lint.profiles import load_profile
from fazhi_lint.readers import read_path
from fazhi_lint.registry import Registry

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "../shared/seeds"


def registry() -> Registry:
    return Registry(collect_checks(numbers))


def linter(config: Config | None = None) -> Linter:
    return Linter(config or Config(), registry=registry())


def seed(prefix: str) -> Path:
    if not SEEDS.is_dir():
        pytest.skip("seed reports not available")
    found = sorted(SEEDS.glob(f"{prefix}_*.txt"))
    if not found:
        pytest.skip(f"seed {prefix} not available")
    return found[0]


def lint_text(text: str, config: Config | None = None) -> list[Diagnostic]:
    return linter(config).lint_bytes(text.encode("utf-8"), "报告.txt").diagnostics


# -- the checks as documented rules ----------------------------------------------------------------


def test_every_check_is_documented() -> None:
    checks = registry().checks
    codes = [c.code for c in checks]
    assert codes == sorted(codes)
    assert {
        "N101",
        "N102",
        "N103",
        "N104",
        "N105",
        "N106",
        "N107",
        "N108",
        "N201",
        "N202",
        "N203",
        "N204",
        "N205",
        "N206",
        "N301",
        "N302",
    } <= set(codes)
    for item in checks:
        assert "错误示例" in item.explanation and "正确示例" in item.explanation, item.code
        assert item.summary


# The documented examples of every rule (N301 included) are run by tests/test_rule_examples.py.


# -- seeds (the acceptance floor) --------------------------------------------------------------------


def test_seed_001_parts_exceed_total() -> None:
    result = linter().lint_path(seed("001"))
    found = [d for d in result.diagnostics if d.code == "N101"]
    assert len(found) == 1
    d = found[0]
    assert d.severity is Severity.ERROR
    assert d.excerpt == "145份"
    assert "分项合计155份（19+80+33+23）" in d.message and "总数145份" in d.message
    marked = {d.context[s.start : s.end] for s in d.related}
    assert marked == {"145份", "19份", "80份", "33份", "23份"}


def test_seed_000_unit_slip() -> None:
    result = linter().lint_path(seed("000"))
    slips = [d for d in result.diagnostics if d.code == "N201"]
    assert [d.excerpt for d in slips] == ["28101万次"]
    assert slips[0].severity is Severity.WARNING


def test_seed_errors_are_only_the_real_one() -> None:
    """No consistent statistic of the seeds is reported at error severity."""
    errors = []
    for prefix in ("000", "001", "002", "003", "004"):
        for d in linter().lint_path(seed(prefix)).diagnostics:
            if d.severity is Severity.ERROR:
                errors.append((prefix, d.code, d.excerpt))
    assert errors == [("001", "N101", "145份")]


@pytest.mark.parametrize(
    ("prefix", "snippet"),
    [
        ("001", "已办结103件"),
        ("001", "参与率89.08%"),
        ("001", "履责率71.61%"),
        ("001", "归集执法信息1273条"),
        ("001", "提出整改意见426条"),
        ("003", "共计67513件"),
        ("003", "共13943件"),
        ("004", "调解案件770起"),
        ("004", "调解75起"),
        ("004", "案件3起"),
    ],
)
def test_seed_consistent_statistics_are_judged_consistent(prefix: str, snippet: str) -> None:
    document = read_path(seed(prefix))
    from fazhi_lint.analysis.relations import analyze_document

    relations = analyze_document(document)
    block = next(b for b in document.blocks if snippet in b.text)
    offset = block.text.index(snippet)
    near = [
        r
        for r in relations
        if r.block == block.index and offset <= r.span[0] < offset + len(snippet) + 2
    ]
    assert near, f"no relation judged at {snippet}"
    assert all(r.verdict is Verdict.CONSISTENT for r in near), near


# -- severities and configuration ---------------------------------------------------------------------


def test_configured_severity_applies() -> None:
    config = Config(rules={"N101": RuleSettings(severity=Severity.WARNING)})
    found = lint_text("全年审查规范性文件47件，其中区政府文件21件，部门文件31件。", config)
    assert [(d.code, d.severity) for d in found] == [("N101", Severity.WARNING)]


def test_weak_completeness_is_a_warning() -> None:
    found = lint_text("收到行政诉讼案件4起，其中2起已胜诉，另1起发回重审。")
    assert [(d.code, d.severity) for d in found] == [("N102", Severity.WARNING)]
    found = lint_text("共培训执法人员860人次，其中新任执法人员215人次，其余为在岗执法人员625人次。")
    assert [(d.code, d.severity) for d in found] == [("N102", Severity.ERROR)]


def test_messages_show_the_arithmetic() -> None:
    (d,) = lint_text("截至年底，全区行政执法人员284人，其中参与执法253人，人员参与率89.80%。")
    assert d.code == "N104" and "253÷284＝89.08%" in d.message and d.excerpt == "89.80%"
    (d,) = lint_text("全年共收到行政复议申请76件，受理83件。")
    assert d.code == "N103" and "83件" in d.message and "76件" in d.message


def test_findings_in_tables() -> None:
    blocks = []
    rows = [["类别", "件数"], ["刑事", "725"], ["民事", "1093"], ["合计", "1826"]]
    for r, row in enumerate(rows, start=1):
        for c, cell in enumerate(row, start=1):
            i = len(blocks)
            from fazhi_lint.model import BlockKind

            blocks.append(
                Block(
                    i,
                    cell,
                    kind=BlockKind.TABLE_CELL,
                    location=Location(block=i, table=1, row=r, cell=c),
                )
            )
    document = Document("t.docx", "docx", blocks=blocks)
    found = linter().lint_document(document)
    assert [(d.code, d.excerpt) for d in found] == [("N102", "1826")]
    assert "725+1093" in found[0].message
    assert {s.block for s in found[0].related} == {3, 5, 7}


# -- tables of budget PDFs ----------------------------------------------------------------------------


def pdf_tables(*tables: tuple[int, list[list[str]]]) -> Document:
    """A PDF document made of tables (page, rows), one after the other with nothing between.
    As the PDF reader does, a row lists only its printed cells."""
    from fazhi_lint.model import BlockKind

    blocks: list[Block] = [Block(0, "部门预算表", location=Location(block=0, page=1, line=1))]
    for t, (page, rows) in enumerate(tables, start=1):
        for r, row in enumerate(rows, start=1):
            for c, cell in enumerate(row, start=1):
                i = len(blocks)
                blocks.append(
                    Block(
                        i,
                        cell,
                        kind=BlockKind.TABLE_CELL,
                        location=Location(block=i, page=page, line=r, table=t, row=r, cell=c),
                    )
                )
    return Document("budget.pdf", "pdf", blocks=blocks)


BUDGET_HEAD = [["功能分类科目名称", "合计", "基本支出", "项目支出"], ["类款项"]]
# 类 / 款 / 项 rows, the codes split over cells; the amounts are the last three cells
BUDGET_ROWS = [
    ["210", "卫生健康支出", "1149678.00", "1149678.00", "0.00"],
    ["210", "11", "行政事业单位医疗", "1149678.00", "1149678.00", "0.00"],
    ["210", "11", "01", "行政单位医疗", "1149678.00", "1149678.00", "0.00"],
    ["221", "住房保障支出", "4521559.00", "4521559.00", "0.00"],
    ["221", "02", "住房改革支出", "4521559.00", "4521559.00", "0.00"],
    ["221", "02", "01", "住房公积金", "2087959.00", "2087959.00", "0.00"],
    ["221", "02", "03", "购房补贴", "2433600.00", "2433600.00", "0.00"],
]


def test_pdf_table_rows_are_aligned_by_their_trailing_amounts() -> None:
    total = ["合计", "5671237.00", "5671237.00", "0.00"]
    document = pdf_tables((1, [*BUDGET_HEAD, *BUDGET_ROWS, total]))
    assert linter().lint_document(document) == []
    wrong = ["合计", "5681237.00", "5671237.00", "0.00"]
    found = linter().lint_document(pdf_tables((1, [*BUDGET_HEAD, *BUDGET_ROWS, wrong])))
    assert [(d.code, d.excerpt) for d in found] == [("N102", "5681237.00")]
    assert "按科目层级" in found[0].message and "1149678.00+4521559.00" in found[0].message


def test_pdf_table_rows_with_unplaceable_cells_are_not_judged() -> None:
    # a row printing two amounts of three: which column is empty cannot be told
    rows = [
        ["201", "一般公共服务支出", "264.87", "62.63", "202.24"],
        ["2013901", "行政运行", "51.32", "51.32"],
        ["2013999", "其他社会工作事务支出", "202.24", "202.24"],
        ["合计", "999.99", "888.88", "777.77"],
    ]
    document = pdf_tables((1, [*BUDGET_HEAD, *rows]))
    assert linter().lint_document(document) == []


def test_pdf_table_continued_on_the_next_page() -> None:
    # the reader gives a table broken by a page as one table, its repeated header dropped
    # (tests/test_statistics_s12_pdftab.py): the 合计 is judged against every row
    first, rest = BUDGET_ROWS[:4], BUDGET_ROWS[4:]
    total = ["合计", "5671237.00", "5671237.00", "0.00"]
    document = pdf_tables((1, [*BUDGET_HEAD, *first, *rest, total]))
    assert linter().lint_document(document) == []
    wrong = ["合计", "5671237.00", "5671237.00", "10.00"]
    document = pdf_tables((1, [*BUDGET_HEAD, *first, *rest, wrong]))
    assert [d.excerpt for d in linter().lint_document(document)] == ["10.00"]


def test_pdf_table_beginning_with_data_may_miss_rows() -> None:
    # the rows above are on an earlier page that was not read as the same table
    rows = [*BUDGET_ROWS[3:], ["合计", "96282213.44", "25741666.44", "70540547.00"]]
    assert linter().lint_document(pdf_tables((3, rows))) == []
    # ... but rows adding up to more than the total under every reading still contradict it
    rows = [*BUDGET_ROWS[3:], ["合计", "4000000.00", "4521559.00", "0.00"]]
    found = linter().lint_document(pdf_tables((3, rows)))
    assert [(d.code, d.excerpt) for d in found] == [("N102", "4000000.00")]


# -- year logic ---------------------------------------------------------------------------------------


REPORT = """XX区司法局2024年度法治政府建设情况报告
2024年，我局坚持以习近平新时代中国特色社会主义思想为指导，现将有关情况报告如下。
一、2023年推进法治政府建设的主要举措和成效
2024年，共收到行政复议案件111件，受理83件。
二、存在的不足和原因
行政执法质效有待进一步提升。
三、2024年工作安排
2024年，我局将继续深化行政复议体制改革。
"""


def _context(document: Document, outline: object) -> CheckContext:
    item = registry().resolve("N301")
    assert item is not None
    ctx = CheckContext(document, item, load_profile("national"), {}, item.severity)
    if outline is not None:  # a stub in place of the outline view
        ctx.views.provide("outline", outline)
    return ctx


def _document(text: str) -> Document:
    lines = [ln for ln in text.splitlines() if ln.strip()]
    return Document(
        "r.txt",
        "text",
        blocks=[Block(i, ln, location=Location(block=i, line=i + 1)) for i, ln in enumerate(lines)],
    )


def test_year_logic_on_a_plain_document() -> None:
    document = _document(REPORT)
    ctx = _context(document, None)  # the outline view finds the year and the parts
    found = list(numbers.year_mismatch.func(ctx))
    assert [(d.excerpt, d.location.block) for d in found] == [
        ("2023年", 2),
        ("2024年", 6),
        ("2024年", 7),
    ]
    assert all(d.severity is Severity.WARNING for d in found)


def test_year_logic_degrades_without_a_report_year() -> None:
    document = _document(REPORT)
    stub = SimpleNamespace(report_year=None, title_text=None, top_sections=lambda: [])
    ctx = _context(document, stub)
    assert list(numbers.year_mismatch.func(ctx)) == []
    assert year_relations(document, None, [SectionRange("C1", 2, 5)]) == []


def test_year_logic_through_the_real_outline() -> None:
    found = [d for d in lint_text(REPORT) if d.code == "N301"]
    assert {d.excerpt for d in found} >= {"2023年"}
    assert all(d.severity is Severity.WARNING for d in found)


def test_analyze_text_helper() -> None:
    relations = analyze_text("全年共收到行政复议申请126件，其中受理108件，不予受理12件，告知6件。")
    assert any(r.kind == "partition" and r.verdict is Verdict.CONSISTENT for r in relations)


GOVERNMENT_WORK_REPORT = """2025年XX市政府工作报告
——2025年1月15日在XX市第十六届人民代表大会第五次会议上
一、2024年工作回顾
2024年，全市共办理人大代表建议和政协提案1200件，办结率100%。
二、2025年主要任务
2025年，我们将坚持稳中求进工作总基调。
"""


def test_a_report_named_for_the_year_it_is_delivered_in() -> None:
    # 「2025年政府工作报告」 reviews 2024 and plans 2025: the headings agree with it
    assert [d for d in lint_text(GOVERNMENT_WORK_REPORT) if d.code == "N301"] == []
    # the same headings under a report named for the year it reports on are a mismatch
    rule_of_law = GOVERNMENT_WORK_REPORT.replace(
        "2025年XX市政府工作报告", "XX市2025年度法治政府建设情况报告"
    )
    found = [d.excerpt for d in lint_text(rule_of_law) if d.code == "N301"]
    assert found[:1] == ["2024年"]


def test_work_year() -> None:
    from fazhi_lint.analysis.relations.years import next_year_heading, work_year

    assert work_year("2025年上海市政府工作报告", 2025) == 2024
    assert work_year("XX区2024年度法治政府建设情况报告", 2024) == 2024
    assert work_year("XX县人民政府2024年度政府工作报告落实情况的报告", 2024) == 2024
    assert work_year(None, 2024) == 2024 and work_year("政府工作报告", None) is None
    assert next_year_heading("2025年主要任务", 2024)
    assert not next_year_heading("2024年工作回顾和2025年主要任务", 2024)
