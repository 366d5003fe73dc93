"""Output formats: the terminal excerpt and caret alignment, the JSON shape and its schema."""

from __future__ import annotations

import io
import json
import re
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fazhi_lint import reporters
from fazhi_lint.engine import FileResult
from fazhi_lint.model import Diagnostic, Location, Severity, Span
from fazhi_lint.readers.errors import input_diagnostic
from fazhi_lint.reporters import ReportOptions, summarize, summary_line
from fazhi_lint.reporters.json_reporter import SCHEMA_PATH, build
from fazhi_lint.reporters.terminal import char_width, make_excerpt, text_width

ANSI = re.compile(r"\x1b\[[0-9;]*m")


def diag(
    text: str,
    start: int,
    end: int,
    *,
    code: str = "X101",
    severity: Severity = Severity.WARNING,
    location: Location | None = None,
    suggestion: str | None = None,
    related: tuple[Span, ...] = (),
    path: str = "报告.txt",
    message: str = "发现问题",
) -> Diagnostic:
    return Diagnostic(
        code=code,
        name="no-foo",
        severity=severity,
        message=message,
        path=path,
        location=location or Location(block=2, line=3, column=1),
        span=(start, end),
        excerpt=text[start:end],
        context=text,
        suggestion=suggestion,
        related=related,
    )


def render(results: list[FileResult], **options: Any) -> str:
    stream = io.StringIO()
    options.setdefault("color", "never")
    options.setdefault("width", 100)
    reporters.get_reporter("text")(results, stream, ReportOptions(**options))
    return stream.getvalue()


# -- the excerpt -------------------------------------------------------------------------


def caret_columns(marks: str, char: str = "^") -> tuple[int, int]:
    first = marks.index(char)
    return first, len(marks.rstrip()) if char == "^" else marks.rindex(char) + 1


def test_char_width() -> None:
    assert char_width("a") == 1
    assert char_width("中") == 2
    assert char_width("，") == 2  # full-width comma
    assert char_width("\u3000") == 2  # ideographic space
    assert char_width("\u0301") == 0  # combining accent


def test_caret_under_ascii_span() -> None:
    excerpt = make_excerpt("abc foo def", (4, 7))
    assert excerpt.text == "abc foo def"
    assert excerpt.marks == "    ^^^"


def test_caret_aligned_for_cjk() -> None:
    text = "一、加强（三）法治"
    excerpt = make_excerpt(text, (4, 7))  # 「（三）」
    assert excerpt.text == text
    # four double-width characters before the span, three in it
    assert excerpt.marks == " " * 8 + "^" * 6


def test_empty_span_gets_one_caret() -> None:
    excerpt = make_excerpt("甲乙丙", (1, 1))
    assert excerpt.marks == "  ^"
    end = make_excerpt("甲乙丙", (3, 3))
    assert end.marks == "      ^"


def test_long_paragraph_is_trimmed_around_the_span() -> None:
    text = "前" * 200 + "错字" + "后" * 200
    excerpt = make_excerpt(text, (200, 202), max_width=200)
    assert excerpt.text.startswith("…") and excerpt.text.endswith("…")
    assert excerpt.text.count("前") == 30 and excerpt.text.count("后") == 30
    assert excerpt.marks == " " * (1 + 60) + "^" * 4


def test_excerpt_measures_only_the_characters_near_the_span(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a finding in a very long paragraph: the excerpt looks at the span and the context
    # around it, not at every character of the paragraph (linear in the window, not in n)
    from fazhi_lint.reporters import terminal

    seen: list[str] = []
    original = terminal.visible

    def counting(char: str) -> str:
        seen.append(char)
        return original(char)

    monkeypatch.setattr(terminal, "visible", counting)
    text = "前" * 100_000 + "错字" + "后" * 100_000
    excerpt = make_excerpt(text, (100_000, 100_002), max_width=200)
    assert excerpt.text.count("前") == 30 and excerpt.text.count("后") == 30
    assert excerpt.marks == " " * (1 + 60) + "^" * 4
    assert len(seen) <= 2 + 2 * 30


def test_window_fits_a_narrow_width() -> None:
    text = "前" * 200 + "错字" + "后" * 200
    excerpt = make_excerpt(text, (200, 202), max_width=40)
    assert text_width(excerpt.text) <= 40
    assert "错字" in excerpt.text
    start, end = caret_columns(excerpt.marks)
    assert excerpt.text[0] == "…"
    assert end - start == 4


def test_span_longer_than_the_line_is_clipped() -> None:
    text = "长" * 300
    excerpt = make_excerpt(text, (10, 290), max_width=50)
    assert text_width(excerpt.text) <= 50
    assert excerpt.text.endswith("…")
    assert set(excerpt.marks.strip()) == {"^"}


def test_related_spans_in_the_same_block_get_dashes() -> None:
    text = "合计145份，其中19份、80份、33份、23份"
    excerpt = make_excerpt(text, (2, 5), related=[(9, 11), (13, 15)])
    assert excerpt.marks.count("-") == 4  # 「19」 and 「80」: two columns each
    first = excerpt.marks.index("^")
    assert first == text_width(text[:2])
    assert excerpt.marks.index("-") == text_width(text[:9])


def test_invisible_characters_are_shown() -> None:
    text = "项目\u200b名称\t结束"
    excerpt = make_excerpt(text, (2, 3))
    assert "\u200b" not in excerpt.text and "\t" not in excerpt.text
    assert len(excerpt.text) == len(text)
    assert excerpt.marks == "    ^"


cjk_or_ascii = st.text(
    alphabet=st.sampled_from(list("abc 12，。、（）一二三法治政府\u3000“”…\t")), max_size=120
)


@given(cjk_or_ascii, st.integers(0, 130), st.integers(0, 40), st.integers(20, 120))
def test_caret_always_under_the_span(text: str, start: int, length: int, width: int) -> None:
    start = min(start, len(text))
    end = min(len(text), start + length)
    excerpt = make_excerpt(text, (start, end), max_width=width)
    assert text_width(excerpt.text) <= max(width, 10)
    first = excerpt.marks.index("^")
    # the caret starts at the display column of the span's first character
    shown_before = excerpt.text[: (1 if excerpt.start else 0) + (start - excerpt.start)]
    assert first == text_width(shown_before)


# -- the terminal reporter ---------------------------------------------------------------


def test_terminal_finding_layout() -> None:
    text = "（二）加强行政执法foo监督"
    d = diag(text, 9, 12, suggestion="删除“foo”")
    out = render([FileResult("报告.txt", "text", [d])])
    lines = out.splitlines()
    assert lines[0] == "报告.txt:3:10: X101 [警告] 发现问题"
    assert lines[1] == "  3 | " + text
    caret = lines[2]
    assert caret.startswith("    | ")
    assert caret[len("    | ") :] == " " * text_width(text[:9]) + "^^^"
    assert lines[3] == "    = 建议：删除“foo”"
    assert lines[-1] == "共发现 1 个问题（错误 0，警告 1，提示 0），涉及 1 个文件"


def test_docx_location_and_document_level_finding() -> None:
    where = Location(block=11, paragraph=12)
    d = diag("一、总体情况", 2, 4, location=where, path="报告.docx")
    whole = input_diagnostic("E001", "文件不存在", "缺失.docx")
    out = render(
        [FileResult("缺失.docx", "unknown", [whole]), FileResult("报告.docx", "docx", [d])]
    )
    assert "缺失.docx: E001 [错误] 文件不存在" in out.splitlines()
    assert "报告.docx:第12段第3字: X101 [警告] 发现问题" in out.splitlines()
    assert "共发现 2 个问题（错误 1，警告 1，提示 0），涉及 2 个文件" in out


def test_no_findings_summary_and_quiet() -> None:
    results = [FileResult("a.txt", "text", []), FileResult("b.txt", "text", [])]
    assert render(results).strip() == "未发现问题（已检查 2 个文件）"
    assert render(results, quiet=True) == ""
    quiet = render([FileResult("a.txt", "text", [diag("foo", 0, 3)])], quiet=True)
    assert "共发现" not in quiet and "X101" in quiet


def test_no_show_source_is_one_line_per_finding() -> None:
    d = diag("abc foo", 4, 7)
    out = render([FileResult("a.txt", "text", [d])], show_source=False, quiet=True)
    assert out.splitlines() == ["报告.txt:3:5: X101 [警告] 发现问题"]


def test_color_modes(monkeypatch: pytest.MonkeyPatch) -> None:
    results = [FileResult("a.txt", "text", [diag("abc foo", 4, 7, severity=Severity.ERROR)])]
    assert not ANSI.search(render(results, color="never"))
    colored = render(results, color="always")
    assert "\x1b[" in colored and "31" in colored  # red for an error
    assert ANSI.sub("", colored) == render(results, color="never")
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    assert not ANSI.search(render(results, color="auto"))  # StringIO is not a terminal
    monkeypatch.setenv("NO_COLOR", "1")
    assert not re.search(r"\x1b\[[0-9;]*3[0-7]m", render(results, color="auto"))


def test_markup_in_messages_is_printed_literally() -> None:
    d = diag("x [bookmark: _GoBack] y", 2, 21, message="残留 [bookmark: _GoBack] 与 [red]")
    out = render([FileResult("a.txt", "text", [d])])
    assert "残留 [bookmark: _GoBack] 与 [red]" in out
    assert "x [bookmark: _GoBack] y" in out


def test_very_long_lines_fit_the_width() -> None:
    text = "很长的段落" * 500
    d = diag(text, 1000, 1010, message="问" * 300)
    out = render([FileResult("a.txt", "text", [d])], width=60)
    lines = out.splitlines()
    assert lines[0].endswith("问" * 300)  # the header is never cut
    assert text_width(lines[1]) <= 60 and text_width(lines[2]) <= 60


def test_statistics() -> None:
    findings = [diag("foo", 0, 3), diag("foo", 0, 3), diag("x", 0, 1, code="E006")]
    out = render([FileResult("a.txt", "text", findings)], statistics=True)
    lines = out.splitlines()
    assert re.match(r"2  X101  \[警告\]  no-foo", lines[0])
    assert re.match(r"1  E006  \[警告\]  no-foo", lines[1])
    assert lines[-1].startswith("共发现 3 个问题")


def test_summary_counts() -> None:
    results = [
        FileResult("a", "text", [diag("x", 0, 1, severity=Severity.ERROR), diag("x", 0, 1)]),
        FileResult("b", "text", [diag("x", 0, 1, severity=Severity.INFO, code="T101")]),
        FileResult("c", "text", []),
    ]
    summary = summarize(results)
    assert summary == {
        "files": 3,
        "files_with_findings": 2,
        "findings": 3,
        "by_severity": {"error": 1, "warning": 1, "info": 1},
        "by_code": {"T101": 1, "X101": 2},
    }
    assert summary_line(summary) == "共发现 3 个问题（错误 1，警告 1，提示 1），涉及 2 个文件"


# -- JSON ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def validator() -> Any:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def sample_results() -> list[FileResult]:
    text = "合计145份，其中19份、80份"
    located = Diagnostic(
        code="N101",
        name="sum-exceeds-total",
        severity=Severity.ERROR,
        message="分项合计99份，与总数145份不符",
        path="报告.docx",
        location=Location(block=4, paragraph=5, table=1, row=2, cell=3, cell_paragraph=1),
        span=(2, 5),
        excerpt="145",
        context=text,
        suggestion="核对总数",
        related=(Span(4, 9, 11), Span(7, 0, 2)),
        data={"total": 145, "parts": (19, 80), "codes": {"a"}},
    )
    return [
        FileResult("报告.docx", "docx", [located], {"title": "2024年度报告", "year": 2024}),
        FileResult("缺失.pdf", "unknown", [input_diagnostic("E001", "文件不存在", "缺失.pdf")]),
        FileResult("a.txt", "text", [diag("abc foo", 4, 7)], {"encoding": "utf-8"}),
    ]


def test_json_report_validates_and_keeps_chinese(validator: Any) -> None:
    stream = io.StringIO()
    reporters.get_reporter("json")(sample_results(), stream, ReportOptions())
    raw = stream.getvalue()
    assert "分项合计99份" in raw  # ensure_ascii=False
    data = json.loads(raw)
    validator.validate(data)
    assert data["schema_version"] == 1
    assert data["tool"]["name"] == "fazhi-lint"
    first = data["files"][0]["diagnostics"][0]
    assert first["location"]["table"] == 1 and first["location"]["human"] == "表1第2行第3列第3字"
    assert first["span"] == {"start": 2, "end": 5}
    assert first["related"][1] == {"block": 7, "start": 0, "end": 2}
    assert first["data"]["codes"] == ["a"]
    unreadable = data["files"][1]
    assert unreadable["format"] == "unknown"
    assert unreadable["diagnostics"][0]["span"] is None
    assert unreadable["diagnostics"][0]["location"]["block"] is None
    text_loc = data["files"][2]["diagnostics"][0]["location"]
    assert (text_loc["line"], text_loc["column"]) == (3, 5)
    assert data["summary"]["by_code"] == {"E001": 1, "N101": 1, "X101": 1}


def test_schema_rejects_drift(validator: Any) -> None:
    data = build(sample_results())
    data = json.loads(json.dumps(data, default=list))
    data["files"][0]["diagnostics"][0]["severity"] = "fatal"
    assert not validator.is_valid(data)
    data = json.loads(json.dumps(build(sample_results()), default=list))
    data["files"][0]["diagnostics"][0]["unexpected"] = 1
    assert not validator.is_valid(data)


def test_empty_run_is_valid_json(validator: Any) -> None:
    stream = io.StringIO()
    reporters.get_reporter("json")([], stream, ReportOptions())
    data = json.loads(stream.getvalue())
    validator.validate(data)
    assert data["files"] == [] and data["summary"]["findings"] == 0


# -- the registry ---------------------------------------------------------------------------


def test_registry_lists_and_rejects(monkeypatch: pytest.MonkeyPatch) -> None:
    assert reporters.available()[:2] == ["text", "json"]
    with pytest.raises(reporters.UnknownFormatError, match=r"jsn.*是否要用 json"):
        reporters.get_reporter("jsn")
    monkeypatch.setattr(reporters, "REPORTERS", dict(reporters.REPORTERS))
    with pytest.raises(ValueError, match="already registered"):
        reporters.register("json", lambda results, stream, options: None)

    def count(results: Any, stream: Any, options: Any) -> None:
        stream.write(str(sum(len(r.diagnostics) for r in results)))

    reporters.register("count", count)
    out = io.StringIO()
    reporters.get_reporter("count")(sample_results(), out, ReportOptions())
    assert out.getvalue() == "3"


def test_plugin_reporters_hook(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reporters, "REPORTERS", dict(reporters.REPORTERS))

    class Hook:
        @staticmethod
        def fazhi_lint_reporters() -> list[dict[str, Any]]:
            return [{"csv": lambda r, s, o: s.write("csv")}, {"json": lambda r, s, o: None}]

    class Manager:
        hook = Hook()

    reporters.load_plugin_reporters(Manager())
    assert "csv" in reporters.available()
    out = io.StringIO()
    reporters.get_reporter("json")([], out, ReportOptions())
    assert out.getvalue().startswith("{")  # a plugin cannot take over a built-in format

    class Bare:
        hook = object()

    reporters.load_plugin_reporters(Bare())  # no such hook: nothing happens


def test_long_suggestion_is_clipped_with_its_length() -> None:
    d = diag("abc foo", 4, 7, suggestion="改" * 500)
    out = render([FileResult("a.txt", "text", [d])], width=60)
    line = next(line for line in out.splitlines() if "建议" in line)
    assert line.endswith("…（共500字）")
    assert text_width(line) <= 2 * 60


def test_documented_example_is_valid(validator: Any) -> None:
    doc = (SCHEMA_PATH.parents[2] / "docs" / "json-schema.md").read_text(encoding="utf-8")
    example = re.search(r"```json\n(.*?)```", doc, re.S)
    assert example is not None
    data = json.loads(example.group(1))
    validator.validate(data)
    assert data["summary"]["findings"] == sum(len(f["diagnostics"]) for f in data["files"])


def _rich_render(results: list[FileResult], monkeypatch: pytest.MonkeyPatch, **options: Any) -> str:
    """The text report through rich's console (colors off), as before the plain writer."""
    from fazhi_lint.reporters import terminal

    with monkeypatch.context() as patched:
        patched.setattr(terminal, "report_console", terminal.make_console)
        return render(results, **options)


@pytest.mark.parametrize(
    "options",
    [
        {},
        {"show_source": False},
        {"statistics": True},
        {"quiet": True},
        {"width": 44},
        {"color": "auto", "width": None},
    ],
)
def test_plain_text_report_is_what_rich_writes(
    monkeypatch: pytest.MonkeyPatch, options: dict[str, Any]
) -> None:
    """Without colors the report is written without rich, character for character the same:
    CJK widths, tabs after wide characters, control codes rich drops, the summary table."""
    monkeypatch.setenv("COLUMNS", "90")
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.delenv("TTY_COMPATIBLE", raising=False)
    long_text = "第一段" * 40 + "行政复议\t案件收到120件，其中受理98件。" + "尾" * 50
    first = [
        diag(long_text, 123, 127, suggestion="补上（三）\t或改为（四）", related=(Span(2, 0, 3),)),
        diag(
            "标题\x07编号\r不连续",
            0,
            2,
            code="H101",
            severity=Severity.ERROR,
            message="铃\x07声\t后",
        ),
        diag("a\tb", 0, 1, location=Location(block=1, page=3), severity=Severity.INFO),
    ]
    results = [
        FileResult(
            "报告 一.txt",
            "text",
            first,
            {"title": "天津市司法局关于2023年度法治政府建设情况的报告", "year": 2023},
        ),
        FileResult(
            "另一份/很长的文件夹名称/报告二.docx",
            "docx",
            [input_diagnostic("E001", "无法读取", "x.docx")],
        ),
        FileResult("空.txt", "text", []),
    ]
    for chosen in (results, results[:1], results[2:]):
        plain = render(chosen, **options)
        assert "\x1b" not in plain
        assert plain == _rich_render(chosen, monkeypatch, **options)


def test_plain_writer_only_without_colors(monkeypatch: pytest.MonkeyPatch) -> None:
    from fazhi_lint.reporters.terminal import PlainConsole, report_console

    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.delenv("TTY_COMPATIBLE", raising=False)
    assert isinstance(report_console(io.StringIO(), "never"), PlainConsole)
    assert isinstance(report_console(io.StringIO(), "auto"), PlainConsole)  # not a terminal
    assert not isinstance(report_console(io.StringIO(), "always"), PlainConsole)
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert not isinstance(report_console(io.StringIO(), "auto"), PlainConsole)


def test_text_report_streams_file_by_file() -> None:
    """A batch's text report is written file by file (the findings of a file as soon as it is
    done, the summary table and the closing line after the last): the same text as at once."""
    results = [
        FileResult("甲.txt", "text", [diag("第一段文字", 0, 2), diag("第二段", 1, 2, code="H101")]),
        FileResult("乙.docx", "docx", []),
        FileResult("丙.txt", "text", [diag("第三段文字", 2, 4, severity=Severity.ERROR)]),
    ]
    per_file = reporters.get_streaming("text")
    end = reporters.get_streaming_end("text")
    assert per_file is not None and end is not None
    for options in ({}, {"quiet": True}, {"show_source": False}):
        opts = ReportOptions(color="never", width=100, **options)
        stream = io.StringIO()
        written = []
        for result in results:
            per_file(result, stream, opts)
            written.append(stream.getvalue())
        end(results, stream, opts)
        whole = render(results, **options)
        assert stream.getvalue() == whole
        assert written[0] and written[0] == whole[: len(written[0])]  # out before the rest
    assert reporters.get_streaming_end("json") is None
