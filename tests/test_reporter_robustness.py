"""No text reaching a reporter is unencodable, no file name reaches the terminal raw
(issue 11, items 4 and 11)."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote

import pytest
from docx_factory import build_docx, p, r

from fazhi_lint.cli import BUILTIN_FORMATS, main
from fazhi_lint.readers import read_bytes

ROOT = Path(__file__).resolve().parents[1]
SEED_TEXT = (ROOT / "fixtures" / "seeds" / "000.txt").read_bytes()
SURROGATE_SYM = '<w:sym w:font="Symbol" w:char="D800"/>'


def surrogate_docx() -> bytes:
    return build_docx(
        p("2023年某区法治政府建设情况报告")
        + p("一、总体情况")
        + p(r("全年办理案件12件", extra=SURROGATE_SYM), "，同比增长。")
    )


def test_a_lone_surrogate_becomes_a_replacement_character() -> None:
    document = read_bytes(surrogate_docx(), "符号.docx")
    texts = [b.text for b in document.blocks]
    assert any("12件\ufffd" in text for text in texts), texts
    assert not any("\ud800" in text for text in texts)


def parse(fmt: str, text: str) -> None:
    """Fails unless ``text`` is a complete report in ``fmt``."""
    if fmt in ("json", "sarif"):
        json.loads(text)
    elif fmt == "jsonl":
        for line in text.splitlines():
            json.loads(line)
    elif fmt == "csv":
        rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
        assert len({len(row) for row in rows}) == 1
    elif fmt == "html":
        assert text.rstrip().endswith("</html>")


@pytest.mark.parametrize("fmt", BUILTIN_FORMATS)
def test_a_lone_surrogate_passes_through_every_format(
    fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inbox = tmp_path / "收文"
    inbox.mkdir()
    (inbox / "a-符号.docx").write_bytes(surrogate_docx())
    (inbox / "b-其后.txt").write_bytes(SEED_TEXT)  # the file after it is still reported
    output = tmp_path / f"结果.{fmt}"
    status = main(
        ["check", "--no-config", str(inbox), "--format", fmt, "-o", str(output), "--jobs", "1"]
    )
    err = capsys.readouterr().err
    assert status == 1, err
    text = output.read_text(encoding="utf-8")
    parse(fmt, text)
    assert "\ufffd" in text or fmt in ("github",) or "12件" not in text
    if fmt != "github":  # github annotations list findings only
        assert "b-其后.txt" in unquote(text)  # SARIF has URIs
    # and to stdout
    status = main(["check", "--no-config", str(inbox), "--format", fmt, "--jobs", "1"])
    out = capsys.readouterr().out
    assert status == 1
    parse(fmt, out)


CLI = [sys.executable, "-m", "fazhi_lint", "check", "--no-config"]
HOSTILE = "报告\x1b[31m红\x07\x1b]0;title\x07.txt"


@pytest.mark.skipif(os.name != "posix", reason="such file names need POSIX")
def test_control_characters_in_file_names_reach_the_terminal_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inbox = tmp_path / "收文"
    inbox.mkdir()
    (inbox / HOSTILE).write_bytes(SEED_TEXT)
    (inbox / "正常.txt").write_bytes(SEED_TEXT)
    undecodable = os.fsdecode(os.fsencode(str(inbox)) + b"/\xff\xfe.txt")
    Path(undecodable).write_bytes(SEED_TEXT)
    status = main(
        ["check", "--no-config", str(inbox), "--color", "never", "--progress", "--jobs", "1"]
    )
    out, err = capsys.readouterr()
    assert status == 1
    for stream in (out, err):
        assert "\x1b" not in stream and "\x07" not in stream
        assert "\udcff" not in stream
    assert "报告\\x1b[31m红\\x07" in out  # the finding headers
    assert "\\xff\\xfe.txt" in out
    assert "汇总（3 个文件）" in out
    summary = out[out.index("汇总") :]
    assert "title\\x07.txt" in summary  # the summary table (paths cut at the left)
    # an error message naming such a file
    status = main(["check", "--no-config", str(inbox), "--baseline", str(inbox / HOSTILE) + "x"])
    err = capsys.readouterr().err
    assert status == 2 and "\x1b" not in err and "\\x1b[31m" in err


def test_printable_escapes_what_a_terminal_would_obey() -> None:
    from fazhi_lint.reporters import printable

    assert printable("收文/报告.docx") == "收文/报告.docx"
    assert printable("a\x1b[2Jb\x9bc\u202ed\udcff") == "a\\x1b[2Jb\\x9bc\\u202ed\\xff"
    assert printable("行\n尾\t") == "行\\x0a尾\\x09"


def test_options_end_at_a_double_dash(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = Path.cwd()
    os.chdir(tmp_path)
    try:
        Path("-oreport.txt").write_bytes(SEED_TEXT)
        Path("report.txt").write_text("保留", encoding="utf-8")
        status = main(["check", "--no-config", "--color", "never", "--", "-oreport.txt"])
        out = capsys.readouterr().out
        assert status == 1
        assert out.startswith("-oreport.txt:")
        assert Path("report.txt").read_text(encoding="utf-8") == "保留"
    finally:
        os.chdir(old)
    assert sys.stdout is not None


# -- standard input is checked within the limits (issue 11, item 8) --------------------------


def test_standard_input_honours_the_time_limit(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A large report on stdin against a tiny limit: E012, as for a file, and the run ends."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SEED_TEXT * 200)))
    status = main(
        ["check", "--no-config", "-", "--stdin-filename", "来稿.txt", "--timeout", "0.01"]
    )
    out = capsys.readouterr().out
    assert status == 1
    assert "来稿.txt: E012" in out and "秒仍未完成" in out


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the memory limit needs Linux")
def test_standard_input_honours_the_memory_limit(tmp_path: Path) -> None:
    """In a fresh interpreter: memory a test run has already mapped would hide the limit.
    The limit counts address space, so memory the process mapped and freed before the file
    (compiling patterns when the pattern cache is cold) is slack: the input is made far larger
    than any such slack (11 MB of text), so that checking it must map more than 1 MB."""
    big = tmp_path / "big.txt"
    big.write_bytes(SEED_TEXT * 1000)
    with big.open("rb") as stdin:
        done = subprocess.run(
            [*CLI, "-", "--stdin-filename", "来稿.txt", "--max-memory", "1"],
            stdin=stdin,
            capture_output=True,
            timeout=300,
        )
    out = done.stdout.decode("utf-8")
    assert done.returncode == 1, done.stderr.decode("utf-8", "replace")
    assert "来稿.txt: E0" in out and "内存" in out  # E012 (limit) or E007 (reader: 内存不足)
    assert b"Traceback" not in done.stderr
