"""The program's way out (fazhi_lint.cli.run): the exit functions run and the output is
whole, with the exit status of main, without tearing the interpreter down; a thread that
is still running gets the ordinary exit, which waits for it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

from fazhi_lint import cli

ROOT = Path(__file__).resolve().parents[1]
REPORT = "2024年法治政府建设情况报告\n一、主要举措\n共办理案件12件，其中办结13件。\n"


def program(*args: str, cache: Path, code: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "FAZHI_LINT_PATTERN_CACHE": str(cache), "FAZHI_LINT_PLUGIN_CACHE": "0"}
    command = [sys.executable, "-m", "fazhi_lint", *args]
    if code is not None:
        command = [sys.executable, "-c", code, *args]
    return subprocess.run(
        command,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=ROOT,
        timeout=300,
    )


def test_the_output_is_whole_and_the_status_is_mains(tmp_path: Path) -> None:
    folder = tmp_path / "收文 目录"
    folder.mkdir()
    for i in range(30):  # more output than one buffer
        (folder / f"报告{i:02d}.txt").write_text(REPORT * 20, encoding="utf-8")
    done = program("check", str(folder), "--format", "json", "--jobs", "1", cache=tmp_path)
    assert done.returncode == 1, done.stderr  # findings: 1, as main returns
    files = json.loads(done.stdout)["files"]
    assert len(files) == 30 and all(f["diagnostics"] for f in files)
    quiet = program("check", str(folder), "--exit-zero", "-q", cache=tmp_path)
    assert quiet.returncode == 0
    bad = program("check", str(folder), "--format", "no-such-format", cache=tmp_path)
    assert bad.returncode == 2 and "未知的输出格式" in bad.stderr


def test_the_exit_functions_run(tmp_path: Path) -> None:
    report = tmp_path / "报告.txt"
    report.write_text(REPORT, encoding="utf-8")
    cache = tmp_path / "缓存"
    done = program("check", str(report), "-q", "--exit-zero", cache=cache)
    assert done.returncode == 0, done.stderr
    # the pattern cache is written by an exit function
    assert [p.suffix for p in cache.iterdir()] == [".bin"]


def test_a_running_thread_gets_the_ordinary_exit(tmp_path: Path) -> None:
    report = tmp_path / "报告.txt"
    report.write_text(REPORT, encoding="utf-8")
    marker = tmp_path / "线程已结束"
    code = (
        "import sys, threading, time, pathlib\n"
        "from fazhi_lint import cli\n"
        "def late():\n"
        "    time.sleep(0.5)\n"
        f"    pathlib.Path({str(marker)!r}).write_text('done')\n"
        "threading.Thread(target=late).start()\n"
        "sys.argv = ['fazhi-lint', *sys.argv[1:]]\n"
        "cli.run()\n"
    )
    done = program("check", str(report), "-q", cache=tmp_path, code=code)
    assert done.returncode == 1, done.stderr
    assert marker.read_text() == "done"  # the thread was waited for


def test_quick_exit_only_without_other_threads() -> None:
    assert cli._quick_exit_is_safe()
    release = threading.Event()
    worker = threading.Thread(target=release.wait)
    worker.start()
    try:
        assert not cli._quick_exit_is_safe()
    finally:
        release.set()
        worker.join()
    daemon = threading.Thread(target=release.wait, daemon=True)  # set already: ends at once
    daemon.start()
    daemon.join()
    assert cli._quick_exit_is_safe()
