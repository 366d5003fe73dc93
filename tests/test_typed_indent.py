"""Indentation typed as blanks (「　　」, spaces, a tab) instead of a first-line indent: the readers
keep the text as it was read and record the blanks (``Style.leading_whitespace``); F104 accepts
two full-width spaces (GB/T 9704 §7.3.3 asks for 左空二字, which they print) and reports any
other kind or count, in .docx and .txt."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx_factory import build_docx, p, r, read, style

from fazhi_lint.config import Config
from fazhi_lint.engine import Linter
from fazhi_lint.model import Diagnostic, Severity

BODY = (
    "2024年，示例区司法局坚持以习近平新时代中国特色社会主义思想为指导，深入推进法治政府建设，"
    "各项工作取得新成效。"
)
FANGSONG = '<w:rFonts w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/>'
INDENT = '<w:ind w:firstLineChars="200" w:firstLine="640"/>'
NO_INDENT = '<w:ind w:firstLineChars="0" w:firstLine="0"/>'


def report(*leads: str, indent: str = "") -> bytes:
    """A title and one body paragraph per entry of ``leads``, each typed after those blanks
    ("\\t" is a ``w:tab``); ``indent`` is the body style's ``w:ind``."""
    styles = style("Normal", "Normal", default=True, rpr=FANGSONG) + style(
        "Body", "Body Text", based_on="Normal", ppr=indent
    )
    paragraphs = [p("示例区司法局2024年度法治政府建设情况报告", ppr='<w:jc w:val="center"/>')]
    for lead in leads:
        runs = [r(extra="<w:tab/>")] if lead == "\t" else [r(lead + BODY if lead else BODY)]
        if lead == "\t":
            runs.append(r(BODY))
        paragraphs.append(p(*runs, style="Body"))
    return build_docx("".join(paragraphs), styles=styles)


def f104(data: bytes, name: str = "report.docx") -> list[Diagnostic]:
    return Linter(Config(select=("F104",))).lint_document(read(data, name))


def test_reader_keeps_the_text_and_records_the_blanks() -> None:
    document = read(report("\u3000\u3000", "    ", "\t", ""))
    body = document.blocks[1:]
    assert [b.text for b in body] == [BODY] * 4
    assert [b.style.leading_whitespace for b in body] == ["\u3000\u3000", "    ", "\t", ""]


def test_two_full_width_spaces_are_the_indent() -> None:
    assert f104(report(*["\u3000\u3000"] * 4)) == []
    # two em spaces (U+2003, WPS) are as wide as two characters in any font too
    assert f104(report(*["\u2003\u2003"] * 4)) == []
    (finding,) = f104(report("\u2003\u2003", "\u2003", "\u2003", "\u2003\u2003"))
    assert "1个长空格" in finding.message


def test_no_indent_and_no_blanks_is_still_reported() -> None:
    (finding,) = f104(report("", "", "", "", indent=NO_INDENT))
    assert "首行缩进不是2个字符" in finding.message


@pytest.mark.parametrize(
    ("lead", "shown"),
    [
        ("    ", "4个半角空格"),
        ("\t", "1个制表符"),
        ("\u3000", "1个全角空格"),
        ("\u3000\u3000\u3000", "3个全角空格"),
        ("\u3000  ", "1个全角空格和2个半角空格"),
    ],
)
def test_other_blanks_are_reported_by_kind_and_count(lead: str, shown: str) -> None:
    (finding,) = f104(report("\u3000\u3000", lead, lead, "\u3000\u3000"))
    assert finding.message.startswith(f"正文有2段行首用{shown}代替首行缩进，应为首行缩进2字符或")
    assert finding.severity == Severity.WARNING
    assert finding.data["count"] == 2


def test_blanks_on_top_of_the_indent_are_too_much() -> None:
    findings = f104(report("\u3000\u3000", "", "", "", indent=INDENT))
    (finding,) = findings
    assert "首行缩进2字符之外又输入2个全角空格" in finding.message
    assert "第2段" in finding.message


def test_one_finding_per_kind_of_blank() -> None:
    findings = f104(report("    ", "    ", "\t", "\u3000\u3000"))
    assert sorted(d.data["typed"] for d in findings) == ["1个制表符", "4个半角空格"]


def test_a_profile_may_refuse_typed_indentation(tmp_path: Path) -> None:
    profile = tmp_path / "strict.toml"
    profile.write_text(
        'extends = "national"\nname = "strict"\n[layout]\ntyped-indent = ""\n', "utf-8"
    )
    config = Config(select=("F104",), profile=str(profile))
    (finding,) = Linter(config).lint_document(read(report(*["\u3000\u3000"] * 4)))
    assert "2个全角空格代替首行缩进" in finding.message


# --------------------------------------------------------------------------------------------
# .txt


def text_report(*leads: str) -> bytes:
    lines = ["示例区司法局2024年度法治政府建设情况报告", *(lead + BODY for lead in leads)]
    return "\n".join(lines).encode("utf-8")


def test_text_reader_records_the_blanks() -> None:
    document = read(text_report("\u3000\u3000", "    ", "\t"), "report.txt")
    assert [b.style.leading_whitespace for b in document.blocks[1:]] == [
        "\u3000\u3000",
        "    ",
        "\t",
    ]
    assert [b.text for b in document.blocks[1:]] == [BODY] * 3


def test_text_file_two_characters_of_blanks_pass_others_are_a_note() -> None:
    # in a text editor four half-width spaces are as wide as two full-width ones
    assert f104(text_report("\u3000\u3000", "    ", "\u3000\u3000", "    "), "report.txt") == []
    (finding,) = f104(text_report("\u3000\u3000", "\t", "\u3000\u3000", "   "), "report.txt")[:1]
    assert finding.severity == Severity.INFO
    found = f104(text_report("\u3000\u3000", "\t", "\u3000\u3000", "   "), "report.txt")
    assert sorted(d.data["typed"] for d in found) == ["1个制表符", "3个半角空格"]


def test_text_copy_without_indentation_is_not_judged() -> None:
    assert f104(text_report("", "", "", "\t"), "report.txt") == []
