"""The HTML report: self-contained, the summary table, findings with highlighted spans, rules.

The page's behaviour in a real browser (sorting, filters, the rule dialog) is tested in
test_browser.py; here the generated markup is checked with the standard library's parser.
"""

from __future__ import annotations

import io
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from fazhi_lint.cli import load_plugins, main
from fazhi_lint.engine import FileResult, Linter, RelatedBlock
from fazhi_lint.model import Diagnostic, Location, Severity, Span
from fazhi_lint.reporters import ReportOptions, get_reporter
from fazhi_lint.reporters.html import highlight, render

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "fixtures" / "seeds"


class Page(HTMLParser):
    """Collects what the tests look at: tags with attributes, marks, resources, ids."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.ids: set[str] = set()
        self.marks: list[tuple[str, str]] = []  # (class, text)
        self._mark: list[str] | None = None
        self._mark_class = ""
        self.stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        data = dict(attrs)
        self.tags.append((tag, data))
        if data.get("id"):
            self.ids.add(str(data["id"]))
        if tag == "mark":
            self._mark = []
            self._mark_class = data.get("class") or ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark" and self._mark is not None:
            self.marks.append((self._mark_class, "".join(self._mark)))
            self._mark = None

    def handle_data(self, data: str) -> None:
        if self._mark is not None:
            self._mark.append(data)


def parse(text: str) -> Page:
    page = Page()
    page.feed(text)
    page.close()
    return page


def diag(
    code: str,
    context: str,
    start: int,
    end: int,
    severity: Severity = Severity.WARNING,
    block: int = 3,
    related: tuple[Span, ...] = (),
    **extra: object,
) -> Diagnostic:
    return Diagnostic(
        code=code,
        name="some-check",
        severity=severity,
        message=f"{code} 的问题说明",
        location=Location(block=block, paragraph=block + 1),
        span=(start, end),
        excerpt=context[start:end],
        context=context,
        related=related,
        **extra,  # type: ignore[arg-type]
    )


@pytest.fixture(scope="module")
def seed_html() -> str:
    _, registry = load_plugins()
    linter = Linter(registry=registry)
    results = [linter.lint_path(p) for p in sorted(SEEDS.glob("00[0-4]*"))]
    return render(results, ReportOptions(registry=registry))


def test_self_contained(seed_html: str) -> None:
    page = parse(seed_html)
    assert not [t for t, a in page.tags if t in ("link", "img", "iframe", "object", "embed")]
    assert not [a for t, a in page.tags if "src" in a]
    hrefs = [str(a["href"]) for t, a in page.tags if t == "a" and a.get("href")]
    assert hrefs and all(h.startswith("#") for h in hrefs)
    assert "url(" not in seed_html and "@import" not in seed_html
    assert re.search(r"<script[^>]*\ssrc=", seed_html) is None
    assert seed_html.startswith("<!DOCTYPE html>") and 'charset="utf-8"' in seed_html


def test_summary_table_has_one_row_per_file_with_unit_and_year(seed_html: str) -> None:
    page = parse(seed_html)
    rows = [a for t, a in page.tags if t == "tr" and a.get("data-file")]
    assert len(rows) == 15
    units = {a["data-unit"] for a in rows}
    assert {"滨海新区司法局", "天津市司法局", "区司法局", "天津市滨海新区大港街", ""} <= units
    assert {a["data-year"] for a in rows} == {"2023", "2024"}
    # each row links to its file's section
    for row in rows:
        assert row["data-file"] in page.ids
    headers = [a.get("data-key") for t, a in page.tags if t == "th" and a.get("data-key")]
    assert headers == ["index", "path", "unit", "year", "errors", "warnings", "infos", "worst"]


def test_findings_are_filterable_and_highlighted(seed_html: str) -> None:
    page = parse(seed_html)
    findings = [a for t, a in page.tags if t == "li" and "finding" in (a.get("class") or "")]
    assert findings
    assert all(
        a.get("data-family") and a.get("data-severity") in ("error", "warning", "info")
        for a in findings
    )
    families = {a.get("value") for t, a in page.tags if t == "input" and a.get("name") == "family"}
    assert families == {a["data-family"] for a in findings}
    # the debris marker of seed 000 is highlighted exactly
    assert ("primary", "[bookmark: _GoBack]") in page.marks
    # heading findings mark the other headings of the same level as related places
    assert any(cls == "related" for cls, _ in page.marks)


def test_statistics_arithmetic_is_shown(seed_html: str) -> None:
    if "N101" not in seed_html:
        pytest.skip("the statistics checks are not installed in this tree")
    assert re.search(r"分项合计\d+[^<]*（\d+(\+\d+)+）", seed_html)


def test_every_code_used_has_its_explanation_one_click_away(seed_html: str) -> None:
    page = parse(seed_html)
    used = {a["data-code"] for t, a in page.tags if t == "li" and a.get("data-code")}
    for code in used:
        assert f"rule-{code}" in page.ids
    links = {str(a["data-rule"]) for t, a in page.tags if t == "a" and a.get("data-rule")}
    assert used <= links
    # the explanation text itself is embedded (not just the summary)
    _, registry = load_plugins()
    h104 = registry.by_code["H104"]
    first_line = h104.sections.get("检查什么").splitlines()[0].replace("``", "`")
    assert first_line.split("`")[0][:20] in seed_html.replace("&#x27;", "'").replace("&quot;", '"')
    assert '<dialog id="rule-dialog"' in seed_html
    # in its fixed sections, the examples as preformatted text
    assert "<h4>检查什么</h4>" in seed_html and "<h4>为什么</h4>" in seed_html
    assert '<pre class="example bad">' in seed_html and '<pre class="example good">' in seed_html


def test_highlight_marks_span_related_and_escapes() -> None:
    text = "<b>前言</b>。" + "甲" * 100 + "分项合计155份" + "乙" * 100
    start = text.index("155")
    html = highlight(text, (start, start + 4), [(start - 4, start - 2)])
    page = parse(f"<p>{html}</p>")
    assert ("primary", "155份") in page.marks
    assert ("related", "分项") in page.marks
    assert "<b>" not in html and html.startswith("…") and html.endswith("…")
    # an empty span still shows where it is
    empty = highlight("abc", (1, 1))
    assert 'class="primary empty"' in empty and empty.index("empty") > empty.index("a")
    # related spans far away do not blow up the window
    far = highlight("x" * 2000, (10, 12), [(1900, 1905)])
    assert len(far) < 400


def test_related_places_in_other_paragraphs_are_listed() -> None:
    context = "（四）推进依法行政"
    d = diag("H101", context, 0, 3, related=(Span(7, 0, 3), Span(3, 5, 7)))
    blocks = {7: RelatedBlock("（二）加强执法监督", Location(block=7, paragraph=8))}
    result = FileResult(
        "报告.docx", "docx", [d], {"title": "2023年某区司法局法治政府建设情况报告"}, blocks
    )
    page = parse(render([result], ReportOptions()))
    assert ("primary", "（四）") in page.marks
    assert ("related", "依法") in page.marks  # same paragraph
    assert ("related", "（二）") in page.marks  # the other paragraph
    assert "第8段" in render([result], ReportOptions())


def test_clean_and_unreadable_files_and_empty_run() -> None:
    clean = FileResult(
        "好.txt", "text", [], {"title": "2024年甲区法治政府建设情况报告", "year": 2024}
    )
    broken = FileResult(
        "坏.docx",
        "unknown",
        [Diagnostic("E005", "corrupt-file", Severity.ERROR, "文件已损坏", path="坏.docx")],
    )
    out = io.StringIO()
    get_reporter("html")([clean, broken], out, ReportOptions())
    page = parse(out.getvalue())
    assert "未发现问题。" in out.getvalue() and "文件已损坏" in out.getvalue()
    assert len([a for t, a in page.tags if t == "tr" and a.get("data-file")]) == 2
    out = io.StringIO()
    get_reporter("html")([], out, ReportOptions())
    assert "共 0 个文件" in out.getvalue()


def test_cli_writes_one_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "report.html"
    status = main(
        [
            "check",
            str(SEEDS / "000.txt"),
            str(SEEDS / "003.txt"),
            "--format",
            "html",
            "-o",
            str(target),
            "--no-config",
        ]
    )
    assert status == 1 and capsys.readouterr().out == ""
    text = target.read_text(encoding="utf-8")
    assert text.count('data-file="f') >= 4 and "000.txt" in text and "003.txt" in text
