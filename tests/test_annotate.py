"""Annotated copies: each finding a Word comment on the flagged text; the original untouched."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from docx_factory import build_docx, p, r, tbl, tc

from fazhi_lint.annotate import AUTHOR, annotate_docx, annotate_results, body_paragraphs
from fazhi_lint.cli import main
from fazhi_lint.engine import Linter
from fazhi_lint.model import BlockKind, Diagnostic, Location, Severity
from fazhi_lint.readers import read_path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "fixtures" / "seeds"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def anchored_text(docx: Path) -> dict[str, str]:
    """Comment id -> the text between its commentRangeStart and commentRangeEnd."""
    from lxml import etree

    root = etree.fromstring(zipfile.ZipFile(docx).read("word/document.xml"))
    open_ranges: dict[str, list[str]] = {}
    done: dict[str, str] = {}
    for element in root.iter():
        if element.tag == W + "commentRangeStart":
            open_ranges[element.get(W + "id")] = []
        elif element.tag == W + "commentRangeEnd":
            done[element.get(W + "id")] = "".join(open_ranges.pop(element.get(W + "id")))
        elif element.tag == W + "t" and element.text:
            for parts in open_ranges.values():
                parts.append(element.text)
        elif element.tag == W + "tab":
            for parts in open_ranges.values():
                parts.append("\t")
    assert not open_ranges, "every range is closed"
    return done


def comments(docx: Path) -> dict[str, tuple[str, list[str]]]:
    """Comment id -> (author, paragraphs)."""
    from lxml import etree

    root = etree.fromstring(zipfile.ZipFile(docx).read("word/comments.xml"))
    found = {}
    for comment in root.iter(W + "comment"):
        paragraphs = [
            "".join(t.text or "" for t in para.iter(W + "t")) for para in comment.iter(W + "p")
        ]
        found[comment.get(W + "id")] = (comment.get(W + "author"), paragraphs)
    return found


def references(docx: Path) -> list[str]:
    from lxml import etree

    root = etree.fromstring(zipfile.ZipFile(docx).read("word/document.xml"))
    return [e.get(W + "id") for e in root.iter(W + "commentReference")]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- a crafted document ------------------------------------------------------------------------

TITLE = "2023年某区法治政府建设情况报告"
BODY = (
    p(TITLE)
    + p()
    + tbl([tc(p("项目")), tc(p("办理数量"))])
    + p(
        r("全年办理", rpr="<w:b/>"),
        '<w:hyperlink r:id="rIdX">' + r("行政复议") + "</w:hyperlink>",
        '<w:del w:id="90" w:author="a"><w:r><w:delText>已删除</w:delText></w:r></w:del>',
        r("案件"),
        r(extra="<w:tab/>"),
        r("155件，同比增长"),
        r("12%"),
        "。",
    )
    + p(
        '<w:commentRangeStart w:id="0"/>',
        r("原有批注的段落"),
        '<w:commentRangeEnd w:id="0"/>',
        r(extra='<w:commentReference w:id="0"/>'),
    )
)
OLD_COMMENT = '<w:comment w:id="0" w:author="审阅人"><w:p>' + r("请核实") + "</w:p></w:comment>"


@pytest.fixture
def crafted(tmp_path: Path) -> Path:
    path = tmp_path / "原件.docx"
    path.write_bytes(build_docx(BODY, comments=OLD_COMMENT))
    return path


def finding(block_text: str, location: Location, excerpt: str, code: str = "N101") -> Diagnostic:
    start = block_text.index(excerpt)
    return Diagnostic(
        code=code,
        name="some-check",
        severity=Severity.ERROR,
        message=f"关于「{excerpt}」的问题",
        location=location,
        span=(start, start + len(excerpt)),
        excerpt=excerpt,
        context=block_text,
        suggestion="请核对",
    )


def test_comments_land_on_the_flagged_text(crafted: Path, tmp_path: Path) -> None:
    document = read_path(crafted)
    blocks = {b.text: b for b in document.blocks}
    body = next(b for b in document.blocks if b.text.startswith("全年办理"))
    cell = blocks["办理数量"]
    diagnostics = [
        finding(body.text, body.location, "行政复议案件"),  # across runs, a hyperlink, a deletion
        finding(body.text, body.location, "12%"),  # a whole run
        finding(body.text, body.location, "办理行"),  # starts and ends inside runs
        finding(cell.text, cell.location, "数量", code="N102"),  # a table cell
        Diagnostic(
            "S101", "missing-section", Severity.ERROR, "缺少第一责任人部分"
        ),  # whole document
    ]
    before = digest(crafted)
    target = tmp_path / "out" / "批注.docx"
    outcome = annotate_docx(crafted, diagnostics, target)
    assert digest(crafted) == before
    assert outcome.comments == 5 and outcome.whole_paragraph == 1

    anchors = anchored_text(target)
    notes = comments(target)
    assert notes["0"] == ("审阅人", ["请核实"])  # the existing comment is kept
    assert anchors["0"] == "原有批注的段落"
    mine = {cid: lines for cid, (author, lines) in notes.items() if author == AUTHOR}
    assert len(mine) == 5 and "0" not in mine and all(int(cid) > 90 for cid in mine)
    by_message = {lines[1]: cid for cid, lines in mine.items()}
    for d in diagnostics[:4]:
        assert anchors[by_message[d.message]] == d.excerpt, d.excerpt
    assert anchors[by_message["缺少第一责任人部分"]] == TITLE
    assert mine[by_message["缺少第一责任人部分"]][2] == "（针对全文）"
    assert mine[by_message[diagnostics[0].message]] == [
        "【错误】N101 some-check",
        "关于「行政复议案件」的问题",
        "建议：请核对",
    ]
    assert sorted(references(target)) == sorted(anchors)

    # the copy reads back the same, plus the comments
    copy = read_path(target)
    assert [b.text for b in copy.blocks] == [b.text for b in document.blocks]
    assert [b.location for b in copy.blocks] == [b.location for b in document.blocks]
    assert copy.meta["comment_count"] == 6
    texts = [b.text for b in copy.furniture if b.kind == BlockKind.COMMENT]
    assert "关于「行政复议案件」的问题" in texts and "请核实" in texts
    # splitting runs kept their formatting
    from lxml import etree

    root = etree.fromstring(zipfile.ZipFile(target).read("word/document.xml"))
    bold = [
        "".join(t.text or "" for t in run.iter(W + "t"))
        for run in root.iter(W + "r")
        if run.find(f"{W}rPr/{W}b") is not None
    ]
    assert "".join(bold) == "全年办理"


def test_paragraph_numbering_matches_the_reader(crafted: Path) -> None:
    from lxml import etree

    document = read_path(crafted)
    root = etree.fromstring(zipfile.ZipFile(crafted).read("word/document.xml"))
    paragraphs = body_paragraphs(root.find(W + "body"))
    assert len(paragraphs) == document.meta["paragraph_count"]
    for block in document.blocks:
        element = paragraphs[block.location.paragraph - 1]
        text = "".join(t.text or "" for t in element.iter(W + "t"))
        assert text.replace("\t", "") == block.text.replace(" ", ""), block.text


def test_a_span_on_an_automatic_number_marks_the_whole_paragraph(tmp_path: Path) -> None:
    source = SEEDS / "000-autonum.docx"
    result = Linter().lint_path(source)
    labelled = [d for d in result.diagnostics if d.code == "H104"]
    assert labelled, "seed 000 mixes 「1、」 with 「二、」"
    target = tmp_path / "copy.docx"
    outcome = annotate_docx(source, labelled[:1], target)
    assert outcome.whole_paragraph == 1
    (anchor,) = anchored_text(target).values()
    d = labelled[0]
    assert anchor.strip() == d.context[len(d.excerpt) :].strip()  # the label is not in the runs
    (note,) = comments(target).values()
    assert any(line.startswith("位置：") and d.excerpt in line for line in note[1])


def test_seed_reports_through_the_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    inbox = tmp_path / "收文"
    inbox.mkdir()
    for name in ("000-literal.docx", "002-literal.docx", "003-autonum.docx", "003.txt"):
        shutil.copyfile(SEEDS / name, inbox / name)
    (inbox / "损坏.docx").write_bytes(b"PK\x03\x04broken")
    before = {p.name: (digest(p), p.stat().st_mtime_ns) for p in inbox.iterdir()}
    out = tmp_path / "批注"
    status = main(
        ["check", str(inbox), "--annotate", str(out), "--no-config", "-q", "--format", "json"]
    )
    capsys.readouterr()
    assert status == 1
    assert {p.name: (digest(p), p.stat().st_mtime_ns) for p in inbox.iterdir()} == before
    assert sorted(p.name for p in out.iterdir()) == [
        "000-literal.批注.docx",
        "002-literal.批注.docx",
        "003-autonum.批注.docx",
    ]

    linter = Linter()
    for name in ("000-literal.docx", "002-literal.docx", "003-autonum.docx"):
        original = linter.lint_path(inbox / name)
        copy = out / name.replace(".docx", ".批注.docx")
        anchors = anchored_text(copy)
        notes = {
            lines[1]: cid for cid, (author, lines) in comments(copy).items() if author == AUTHOR
        }
        assert len(notes) == len({d.message for d in original.diagnostics})
        assert read_path(copy).meta["comment_count"] == len(original.diagnostics)
        for d in original.diagnostics:
            anchor = anchors[notes[d.message]]
            if d.span is None:
                assert anchor  # on the first paragraph with text
            elif (
                d.location.part == "body"
                and d.excerpt.strip()
                and not (
                    d.span[0] == 0
                    and d.context.startswith(d.excerpt)
                    and name.endswith("autonum.docx")
                )
            ):
                assert anchor == d.excerpt, (name, d.code, d.excerpt, anchor)
        # the checks see the same document (comments aside)
        again = linter.lint_path(copy)
        assert [replace(d, path="") for d in again.diagnostics if d.code[0] != "F"] == [
            replace(d, path="") for d in original.diagnostics if d.code[0] != "F"
        ]


def test_results_skip_files_that_are_not_word(tmp_path: Path) -> None:
    linter = Linter()
    results = [linter.lint_path(SEEDS / "001.txt"), linter.lint_path(SEEDS / "001-literal.docx")]
    report = annotate_results(results, tmp_path / "out")
    assert [Path(a.target).name for a in report.written] == ["001-literal.批注.docx"]
    assert report.skipped == [str(SEEDS / "001.txt")]


def test_never_overwrites_the_original(crafted: Path) -> None:
    from fazhi_lint.annotate import AnnotateError

    with pytest.raises(AnnotateError, match="不能覆盖原文件"):
        annotate_docx(crafted, [], crafted)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_the_copy_with_its_comments(crafted: Path, tmp_path: Path) -> None:
    source = tmp_path / "seed.docx"
    shutil.copyfile(SEEDS / "000-literal.docx", source)
    result = Linter().lint_path(source)
    target = tmp_path / "annotated" / "seed.docx"
    annotate_docx(source, result.diagnostics, target)
    out = tmp_path / "odt"
    run = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
            "--headless",
            "--convert-to",
            "odt",
            "--outdir",
            str(out),
            str(target),
        ],
        capture_output=True,
        timeout=180,
    )
    converted = out / "seed.odt"
    assert converted.is_file(), run.stderr.decode("utf-8", "replace")
    content = zipfile.ZipFile(converted).read("content.xml").decode("utf-8")
    assert content.count(f"<dc:creator>{AUTHOR}</dc:creator>") == len(result.diagnostics)
    assert content.count("<office:annotation-end") == len(result.diagnostics)
    debris = next(d for d in result.diagnostics if d.code == "T001")
    assert debris.message in content.replace("&quot;", '"')
