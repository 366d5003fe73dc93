"""Nothing lost: every output is written atomically, never onto an input, never through a
symlink; a bad baseline is exit 2 naming the file (issue 11, items 1, 3 and 6)."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from docx_factory import build_docx, p

from fazhi_lint import safe_write
from fazhi_lint.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEED_TEXT = (ROOT / "fixtures" / "seeds" / "000.txt").read_bytes()
POSIX = os.name == "posix"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(["check", "--no-config", "--color", "never", *args])
    out, err = capsys.readouterr()
    return status, out, err


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def small_docx(text: str = "一、总体情况") -> bytes:
    return build_docx(p("2023年某区法治政府建设情况报告") + p(text) + p("全年办理案件12件。"))


# -- item 1: -o, --write-baseline ------------------------------------------------------------


def test_output_onto_the_input_is_refused_and_the_input_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "a.txt"
    source.write_bytes(SEED_TEXT)
    for spelled in (str(source), str(tmp_path / "." / "x" / ".." / "a.txt")):
        status, _, err = run(capsys, str(source), "-o", spelled)
        assert status == 2
        assert "a.txt" in err and "覆盖" in err
        assert source.read_bytes() == SEED_TEXT
    assert leftovers(tmp_path) == []


def test_read_output_onto_the_input_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "a.txt"
    source.write_bytes(SEED_TEXT)
    status = main(["read", str(source), "-o", str(source)])
    _, err = capsys.readouterr()
    assert status == 2
    assert "a.txt" in err
    assert source.read_bytes() == SEED_TEXT
    assert leftovers(tmp_path) == []


def test_an_input_in_a_folder_cannot_be_the_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inbox = tmp_path / "收文"
    inbox.mkdir()
    (inbox / "甲.txt").write_bytes(SEED_TEXT)
    status, _, err = run(capsys, str(inbox), "-o", str(inbox / "甲.txt"))
    assert status == 2 and "甲.txt" in err
    assert (inbox / "甲.txt").read_bytes() == SEED_TEXT


@pytest.mark.skipif(not POSIX, reason="hard links and symlinks need POSIX here")
def test_a_hard_link_or_symlink_to_an_input_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "a.txt"
    source.write_bytes(SEED_TEXT)
    os.link(source, tmp_path / "hard.txt")
    (tmp_path / "soft.txt").symlink_to(source)
    for output in ("hard.txt", "soft.txt"):
        status, _, err = run(capsys, str(source), "-o", str(tmp_path / output))
        assert status == 2 and output in err
        assert source.read_bytes() == SEED_TEXT


@pytest.mark.skipif(not POSIX, reason="symlinks need POSIX here")
def test_an_output_that_is_a_symlink_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "a.txt"
    source.write_bytes(SEED_TEXT)
    victim = tmp_path / "elsewhere.txt"
    victim.write_text("别人的文件", encoding="utf-8")
    (tmp_path / "out.json").symlink_to(victim)
    status, _, err = run(capsys, str(source), "--format", "json", "-o", str(tmp_path / "out.json"))
    assert status == 2 and "符号链接" in err and "out.json" in err
    assert victim.read_text(encoding="utf-8") == "别人的文件"


def test_write_baseline_onto_an_input_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "a.txt"
    source.write_bytes(SEED_TEXT)
    status, _, err = run(capsys, str(source), "--write-baseline", str(source))
    assert status == 2 and "基线文件" in err
    assert source.read_bytes() == SEED_TEXT


@pytest.mark.parametrize("failure", [KeyboardInterrupt, RuntimeError])
def test_an_interrupted_or_failing_report_leaves_the_previous_output(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    failure: type[BaseException],
) -> None:
    from fazhi_lint import reporters

    source = tmp_path / "a.txt"
    source.write_bytes(SEED_TEXT)
    output = tmp_path / "结果.json"
    status, _, _ = run(capsys, str(source), "--format", "json", "-o", str(output))
    assert status == 1
    previous = output.read_bytes()
    json.loads(previous)

    def broken(results: object, stream: object, options: object) -> None:
        stream.write('{"files": [')  # type: ignore[attr-defined]
        raise failure("中途失败")

    monkeypatch.setitem(reporters.REPORTERS, "json", broken)
    status, _, err = run(capsys, str(source), "--format", "json", "-o", str(output))
    assert output.read_bytes() == previous
    assert leftovers(tmp_path) == []
    if failure is KeyboardInterrupt:
        assert status == 130
    else:
        assert status == 2
        assert "json" in err and "RuntimeError" in err and "原有文件保持不变" in err


def test_a_completed_output_replaces_the_previous_one_keeping_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "报告 结果.txt"
    target.write_text("旧", encoding="utf-8")
    if POSIX:
        os.chmod(target, 0o640)
    safe_write.write_text(target, "新\n")
    assert target.read_text(encoding="utf-8") == "新\n"
    if POSIX:
        assert target.stat().st_mode & 0o777 == 0o640
    assert leftovers(tmp_path) == []


@pytest.mark.skipif(not POSIX, reason="symlinks need POSIX here")
def test_a_symlink_planted_at_the_temporary_name_is_never_followed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("不能动", encoding="utf-8")
    names = iter(["planted", "fresh"])
    monkeypatch.setattr(safe_write, "_token", lambda: next(names))
    (tmp_path / ".out.txt.planted.tmp").symlink_to(victim)
    safe_write.write_text(tmp_path / "out.txt", "报告")
    assert victim.read_text(encoding="utf-8") == "不能动"
    assert (tmp_path / "out.txt").read_text(encoding="utf-8") == "报告"
    assert (tmp_path / ".out.txt.planted.tmp").is_symlink()  # left alone


# -- item 3: --annotate ------------------------------------------------------------------------


def test_annotate_into_a_subfolder_of_the_inputs_overwrites_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inbox = tmp_path / "收文"
    (inbox / "区县").mkdir(parents=True)
    (inbox / "报告.docx").write_bytes(small_docx("一、总体情况"))
    (inbox / "区县" / "报告.docx").write_bytes(small_docx("一、主要举措"))
    before = {p: digest(p) for p in inbox.rglob("*.docx")}
    status, _, err = run(capsys, str(inbox), "-q", "--annotate", str(inbox / "区县"))
    assert status in (0, 1), err
    assert {p: digest(p) for p in before} == before
    copies = sorted(str(p.relative_to(inbox)) for p in inbox.rglob("*.批注.docx"))
    assert copies == [
        os.path.join("区县", "区县", "报告.批注.docx"),
        os.path.join("区县", "报告.批注.docx"),
    ]


def test_annotate_never_writes_onto_a_checked_copy(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inbox = tmp_path / "收文"
    inbox.mkdir()
    (inbox / "报告.docx").write_bytes(small_docx())
    status, _, err = run(capsys, str(inbox), "-q", "--annotate", str(inbox))
    assert status in (0, 1), err
    copy = inbox / "报告.批注.docx"
    first = digest(copy)
    # a second run checks the copy too: it is an input now and must not be replaced
    status, _, err = run(capsys, str(inbox), "-q", "--annotate", str(inbox))
    assert status == 2
    assert "报告.批注.docx" in err and "覆盖" in err
    assert digest(copy) == first
    assert (inbox / "报告.批注.批注.docx").is_file()


@pytest.mark.skipif(not POSIX, reason="symlinks need POSIX here")
def test_annotate_refuses_a_symlink_planted_at_the_copy(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "报告.docx"
    source.write_bytes(small_docx())
    out = tmp_path / "批注"
    out.mkdir()
    victim = tmp_path / "victim.docx"
    victim.write_bytes(b"keep")
    (out / "报告.批注.docx").symlink_to(victim)
    status, _, err = run(capsys, str(source), "-q", "--annotate", str(out))
    assert status == 2 and "符号链接" in err
    assert victim.read_bytes() == b"keep"
    assert leftovers(out) == []


def test_copy_names_never_collide() -> None:
    from fazhi_lint.annotate import target_paths

    targets = target_paths(["收文/A.docx", "收文/a.docx", "收文/乙/a.docx", "收文/a.docx"], "out")
    assert targets == {
        "收文/A.docx": Path("out/A.批注.docx"),
        "收文/a.docx": Path("out/a.批注(2).docx"),
        "收文/乙/a.docx": Path("out/乙/a.批注.docx"),
    }


# -- item 6 (brief item 5): baselines ------------------------------------------------------


def check_with_baseline(baseline: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """In a child process with a time limit: a FIFO must not hang the test run."""
    source = tmp_path / "a.txt"
    source.write_bytes(SEED_TEXT)
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "fazhi_lint",
            "check",
            "--no-config",
            str(source),
            "--baseline",
            baseline,
        ],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )


def baseline_text(version: str = "1", findings: str = "[]") -> str:
    return f'{{"format": "fazhi-lint-baseline", "version": {version}, "findings": {findings}}}'


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (baseline_text(version="9" * 5000), "数字过长"),
        (baseline_text(version="1e400"), "不受支持"),
        (baseline_text(version="NaN"), "NaN"),
        (baseline_text(findings="[" * 200_000 + "]" * 200_000), "嵌套过深"),
        (baseline_text(version='"1"'), "不受支持"),
        ("\ufeff" + baseline_text(), "JSON"),
        (baseline_text(findings='[{"fingerprint": 1}]'), "fingerprint"),
    ],
    ids=["5000-digits", "huge-float", "nan", "deep", "string-version", "bom", "bad-entry"],
)
def test_a_bad_baseline_is_exit_2_naming_the_file(
    content: str, said: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    baseline = tmp_path / "基线.json"
    baseline.write_text(content, encoding="utf-8")
    source = tmp_path / "a.txt"
    source.write_bytes(SEED_TEXT)
    status, _, err = run(capsys, str(source), "--baseline", str(baseline))
    assert status == 2, err
    assert "基线.json" in err and said in err
    assert "Traceback" not in err


def test_a_baseline_over_the_size_limit_is_refused_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fazhi_lint import baseline as module

    monkeypatch.setattr(module, "MAX_BYTES", 100)
    path = tmp_path / "基线.json"
    path.write_text(baseline_text(findings="[" + ", ".join(['{"fingerprint": "x"}'] * 10) + "]"))
    with pytest.raises(module.BaselineError, match="过大"):
        module.load_baseline(path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_baseline_is_refused_without_waiting(tmp_path: Path) -> None:
    fifo = tmp_path / "基线.fifo"
    os.mkfifo(fifo)
    done = check_with_baseline(str(fifo), tmp_path)
    assert done.returncode == 2
    assert "基线.fifo" in done.stderr and "普通文件" in done.stderr


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_dev_zero_and_a_folder_are_refused_as_baselines(tmp_path: Path) -> None:
    done = check_with_baseline("/dev/zero", tmp_path)
    assert done.returncode == 2 and "/dev/zero" in done.stderr and "普通文件" in done.stderr
    (tmp_path / "文件夹").mkdir()
    done = check_with_baseline(str(tmp_path / "文件夹"), tmp_path)
    assert done.returncode == 2 and "文件夹" in done.stderr
