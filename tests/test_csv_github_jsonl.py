"""CSV for Excel, GitHub Actions annotations, JSON Lines."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from fazhi_lint.cli import main
from fazhi_lint.discovery import discover
from fazhi_lint.engine import FileResult
from fazhi_lint.model import Diagnostic, Location, Severity
from fazhi_lint.reporters import ReportOptions, get_reporter, get_streaming, reporting_unit
from fazhi_lint.reporters.csv_reporter import HEADER
from fazhi_lint.reporters.github import annotation, escape_data, escape_property

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "fixtures" / "seeds"


def text_finding(message: str = "标题编号不连续：（二）之后是（四）") -> Diagnostic:
    context = "（四）推进依法行政"
    return Diagnostic(
        code="H101",
        name="heading-number-gap",
        severity=Severity.ERROR,
        message=message,
        location=Location(block=5, line=12, column=3),
        span=(0, 3),
        excerpt="（四）",
        context=context,
        suggestion="改为（三）",
    )


def docx_finding() -> Diagnostic:
    return Diagnostic(
        code="T001",
        name="conversion-debris",
        severity=Severity.WARNING,
        message="文档转换残留「[bookmark: _GoBack]」",
        location=Location(block=6, paragraph=7),
        span=(3, 22),
        excerpt="[bookmark: _GoBack]",
        context="（2）[bookmark: _GoBack]着力保障",
    )


# -- CSV --------------------------------------------------------------------------------------


def test_csv_has_a_bom_crlf_and_one_row_per_finding() -> None:
    results = [
        FileResult(
            "甲.txt",
            "text",
            [text_finding()],
            {"title": "2023年区司法局法治政府建设情况报告", "year": 2023},
        ),
        FileResult("乙.txt", "text", []),
        FileResult("丙.docx", "docx", [docx_finding(), docx_finding()]),
    ]
    out = io.StringIO(newline="")
    get_reporter("csv")(results, out, ReportOptions())
    raw = out.getvalue().encode("utf-8")
    assert raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in raw and raw.count(b"\r\n") == 4  # header + 3 findings
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert tuple(rows[0]) == HEADER
    body = [dict(zip(HEADER, row, strict=True)) for row in rows[1:]]
    assert [r["文件"] for r in body] == ["甲.txt", "丙.docx", "丙.docx"]
    first = body[0]
    assert first["报告单位"] == "区司法局" and first["年度"] == "2023"
    assert first["代码"] == "H101" and first["级别"] == "错误" and first["类别"] == "标题"
    assert first["行号"] == "12" and first["位置"] == "第12行第3列"
    assert first["摘录"] == "（四）" and first["建议"] == "改为（三）"
    assert first["上下文"] == "（四）推进依法行政"
    assert body[1]["段落"] == "7" and body[1]["行号"] == ""
    assert len(first["指纹"]) == 32


def test_csv_neutralises_formulas() -> None:
    d = text_finding(message='=HYPERLINK("x")')
    out = io.StringIO()
    get_reporter("csv")([FileResult("a.txt", "text", [d])], out, ReportOptions())
    rows = list(csv.reader(io.StringIO(out.getvalue().lstrip("\ufeff"))))
    assert rows[1][HEADER.index("问题")] == '\'=HYPERLINK("x")'


def test_csv_from_the_cli_opens_as_utf8_sig(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "问题清单.csv"
    status = main(["check", str(SEEDS), "--format", "csv", "-o", str(target), "--no-config"])
    assert status == 1
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[0][0] == "文件"
    assert {Path(r[0]).name for r in rows[1:]} >= {"000.txt", "000-autonum.docx", "004.txt"}
    assert all(len(r) == len(HEADER) for r in rows)


# -- GitHub -----------------------------------------------------------------------------------


def test_github_annotation_for_a_text_file() -> None:
    line = annotation(text_finding(), "docs/报告.txt")
    assert line.startswith(
        "::error file=docs/报告.txt,line=12,col=3,endColumn=5,title=H101 heading-number-gap::"
    )
    assert line.endswith("标题编号不连续：（二）之后是（四）%0A建议：改为（三）")
    assert "\n" not in line


def test_github_annotation_for_a_word_file_names_the_paragraph() -> None:
    line = annotation(docx_finding(), "报告.docx")
    assert line.startswith("::warning file=报告.docx,title=T001 conversion-debris::第7段第4字：")
    info = Diagnostic("S106", "x-y", Severity.INFO, "提示", location=Location())
    assert annotation(info, "a.txt").startswith("::notice file=a.txt,title=S106 x-y::全文：提示")


def test_github_escaping() -> None:
    assert escape_data("100%\r\n") == "100%25%0D%0A"
    assert escape_property("a:b,c%") == "a%3Ab%2Cc%25"
    d = text_finding(message="多行\n消息: 50%")
    line = annotation(d, "x,y:z.txt")
    assert "file=x%2Cy%3Az.txt" in line and "多行%0A消息: 50%25" in line


def test_github_from_the_cli(capsys: pytest.CaptureFixture[str]) -> None:
    status = main(
        [
            "check",
            str(SEEDS / "003.txt"),
            str(SEEDS / "003-literal.docx"),
            "--format",
            "github",
            "--no-config",
        ]
    )
    out = capsys.readouterr().out.splitlines()
    assert status == 1 and out
    assert all(line.startswith(("::error ", "::warning ", "::notice ")) for line in out)
    assert any(",line=" in line for line in out if "003.txt" in line)
    assert not any(",line=" in line for line in out if "003-literal.docx" in line)


# -- JSON Lines --------------------------------------------------------------------------------


def test_jsonl_one_object_per_finding() -> None:
    results = [
        FileResult("甲.txt", "text", [text_finding(), text_finding("另一条")]),
        FileResult("乙.txt", "text", []),
        FileResult("丙.docx", "docx", [docx_finding()]),
    ]
    out = io.StringIO()
    get_reporter("jsonl")(results, out, ReportOptions())
    lines = out.getvalue().splitlines()
    assert len(lines) == 3
    items = [json.loads(line) for line in lines]
    assert [i["path"] for i in items] == ["甲.txt", "甲.txt", "丙.docx"]
    assert items[0]["code"] == "H101" and items[0]["span"] == {"start": 0, "end": 3}
    assert items[2]["location"]["paragraph"] == 7 and items[2]["format"] == "docx"
    assert all(len(i["fingerprint"]) == 32 for i in items)
    assert "（四）" in lines[0]  # Chinese kept as is


def test_jsonl_streams_from_the_cli(capsys: pytest.CaptureFixture[str]) -> None:
    assert get_streaming("jsonl") is not None and get_streaming("json") is None
    status = main(["check", str(SEEDS), "--format", "jsonl", "--no-config"])
    lines = capsys.readouterr().out.splitlines()
    assert status == 1
    items = [json.loads(line) for line in lines]
    paths = [i["path"] for i in items]
    # grouped by file (each file's lines together), files in input order
    order = list(dict.fromkeys(paths))
    assert len(order) == len([p for i, p in enumerate(paths) if i == 0 or paths[i - 1] != p])
    expected = [p for p in discover([str(SEEDS)]).files if p in set(paths)]
    assert order == expected and len(order) >= 10


@pytest.mark.parametrize(
    ("title", "unit"),
    [
        ("天津市司法局关于2023年度法治政府建设情况的报告", "天津市司法局"),
        ("滨海新区司法局2024年法治政府建设情况报告", "滨海新区司法局"),
        ("2023年区司法局法治政府建设情况报告", "区司法局"),
        ("中共某区委 某区人民政府关于2023年度法治政府建设情况的报告", "中共某区委 某区人民政府"),
        ("关于天津经开区2024年法治政府建设情况的报告", "天津经开区"),
        ("法治政府建设情况报告", ""),
        ("2023年度法治政府建设工作报告", ""),
        ("工作总结", ""),
        (None, ""),
    ],
)
def test_reporting_unit_from_the_title(title: str | None, unit: str) -> None:
    assert reporting_unit(title) == unit
