"""Batches in worker processes: input order, time and memory limits, crashes, the CLI.

The misbehaving files are simulated by patching ``Linter.lint_path`` in the parent: the
workers are forked, so they run the patched method. Those tests need ``fork`` (Linux); the
time limit needs ``signal.setitimer`` and the crash test ``SIGKILL`` (POSIX). Each such test
is skipped where its platform feature is missing (Windows), the others run everywhere.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import time
from pathlib import Path

import pytest
from report_samples import BAD, build_inbox

from fazhi_lint import batch
from fazhi_lint.batch import BatchLimits, lint_files
from fazhi_lint.cli import main
from fazhi_lint.config import Config
from fazhi_lint.discovery import discover
from fazhi_lint.engine import FileResult, Linter

needs_fork = pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(),
    reason="the patched Linter reaches the workers only when they are forked",
)
needs_timer = pytest.mark.skipif(
    not hasattr(signal, "setitimer"), reason="the per-file time limit needs signal.setitimer"
)


@pytest.fixture
def linter(tmp_path: Path) -> Linter:
    profile = tmp_path / "mini.toml"
    profile.write_text('name = "mini"\ntitle = "测试方案"\n', encoding="utf-8")
    return Linter(Config(profile=str(profile)))


def make_files(folder: Path, names: list[str]) -> list[str]:
    paths = []
    for name in names:
        path = folder / name
        path.write_text(f"{name}\n2023年某区法治政府建设情况报告\n", encoding="utf-8")
        paths.append(str(path))
    return paths


def patch_lint(monkeypatch: pytest.MonkeyPatch, behaviour: dict[str, object]) -> None:
    """Files whose name starts with a key misbehave as told; the others are linted normally."""
    original = Linter.lint_path

    def lint_path(self: Linter, path: str) -> FileResult:
        name = Path(path).name
        for prefix, action in behaviour.items():
            if name.startswith(prefix):
                result = action(path)  # type: ignore[operator]
                if isinstance(result, FileResult):
                    return result
        return original(self, path)

    monkeypatch.setattr(Linter, "lint_path", lint_path)


def codes(result: FileResult) -> list[str]:
    return [d.code for d in result.diagnostics]


@needs_fork
def test_results_come_in_input_order_whatever_finishes_first(
    linter: Linter, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = ["a-slow.txt", "b.txt", "c.txt", "d.txt", "e.txt"]
    paths = make_files(tmp_path, names)
    patch_lint(monkeypatch, {"a-slow": lambda path: time.sleep(0.6)})
    finished: list[int] = []
    results = list(
        lint_files(linter, paths, jobs=2, on_done=lambda index, result: finished.append(index))
    )
    assert [r.path for r in results] == paths
    assert sorted(finished) == list(range(len(paths)))
    assert finished[-1] == 0, "the slow first file finished last, yet came out first"
    assert all(r.format == "text" for r in results)


@needs_fork
@needs_timer
def test_a_python_loop_past_the_time_limit_becomes_e007(
    linter: Linter, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = make_files(tmp_path, ["a.txt", "loop.txt", "c.txt"])

    def spin(path: str) -> None:
        while True:
            pass

    patch_lint(monkeypatch, {"loop": spin})
    started = time.monotonic()
    results = list(lint_files(linter, paths, jobs=2, limits=BatchLimits(timeout=0.5)))
    assert time.monotonic() - started < 20
    assert codes(results[1]) == ["E012"]
    message = results[1].diagnostics[0].message
    assert "0.5 秒" in message and "--timeout" in message
    assert results[1].format == "unknown"
    assert "E012" not in codes(results[0]) + codes(results[2])
    assert results[0].format == results[2].format == "text"


@needs_fork
@needs_timer
def test_a_worker_stuck_beyond_the_grace_period_is_killed(
    linter: Linter, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = make_files(tmp_path, ["stuck.txt", "b.txt", "c.txt"])

    def stuck(path: str) -> None:  # ignores the timer, as C code would
        signal.signal(signal.SIGALRM, signal.SIG_IGN)
        time.sleep(60)

    patch_lint(monkeypatch, {"stuck": stuck})
    started = time.monotonic()
    results = list(lint_files(linter, paths, jobs=1, limits=BatchLimits(timeout=0.3, grace=0.3)))
    assert time.monotonic() - started < 20
    assert codes(results[0]) == ["E012"] and "秒" in results[0].diagnostics[0].message
    # the replacement worker checked the rest
    assert [r.format for r in results[1:]] == ["text", "text"]


@needs_fork
def test_memory_past_the_limit_becomes_e007(
    linter: Linter, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not Path("/proc/self/statm").exists():
        pytest.skip("needs /proc to measure the address space")
    paths = make_files(tmp_path, ["a.txt", "hog.txt", "c.txt"])

    def hog(path: str) -> None:
        chunks = [bytearray(64 * 1024 * 1024) for _ in range(16)]  # 1 GiB
        raise AssertionError(f"allocated {len(chunks)} chunks despite the limit")

    patch_lint(monkeypatch, {"hog": hog})
    results = list(lint_files(linter, paths, jobs=2, limits=BatchLimits(memory_mb=256)))
    assert codes(results[1]) == ["E012"]
    assert "256 MB" in results[1].diagnostics[0].message
    assert results[0].format == results[2].format == "text"


@needs_fork
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
def test_a_dying_worker_becomes_e999_and_is_replaced(
    linter: Linter, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = make_files(tmp_path, ["a.txt", "crash.txt", "c.txt", "d.txt"])
    patch_lint(monkeypatch, {"crash": lambda path: os.kill(os.getpid(), signal.SIGKILL)})
    results = list(lint_files(linter, paths, jobs=1))
    assert codes(results[1]) == ["E999"]
    assert "SIGKILL" in results[1].diagnostics[0].message
    assert [results[i].format for i in (0, 2, 3)] == ["text", "text", "text"]


@needs_fork
def test_an_exception_outside_the_engine_is_e999_and_the_worker_goes_on(
    linter: Linter, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = make_files(tmp_path, ["bug.txt", "b.txt"])

    def bug(path: str) -> None:
        raise KeyError("boom")

    patch_lint(monkeypatch, {"bug": bug})
    results = list(lint_files(linter, paths, jobs=1))
    assert codes(results[0]) == ["E999"] and "KeyError" in results[0].diagnostics[0].message
    assert results[1].format == "text"


@needs_fork
@needs_timer
def test_ignoring_e012_drops_the_limit_finding(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    profile = tmp_path / "mini.toml"
    profile.write_text('name = "mini"\n', encoding="utf-8")
    linter = Linter(Config(profile=str(profile), ignore=("E012",)))
    paths = make_files(tmp_path, ["loop.txt"])

    def spin(path: str) -> None:
        while True:
            pass

    patch_lint(monkeypatch, {"loop": spin})
    (result,) = lint_files(linter, paths, limits=BatchLimits(timeout=0.3))
    assert result.diagnostics == []


def test_stopping_early_stops_the_workers(linter: Linter, tmp_path: Path) -> None:
    paths = make_files(tmp_path, [f"{i}.txt" for i in range(6)])
    iterator = lint_files(linter, paths, jobs=2)
    first = next(iterator)
    assert first.path == paths[0]
    iterator.close()  # runs the generator's cleanup
    assert not [p for p in multiprocessing.active_children() if p.is_alive()]


def test_jobs_resolution() -> None:
    assert batch.resolve_jobs(3) == 3
    assert batch.resolve_jobs(0) == batch.resolve_jobs(None) == batch.cpu_count() >= 1


# -- the command line ---------------------------------------------------------------------


@needs_fork
@needs_timer
def test_cli_jobs_and_limits_options(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = make_files(tmp_path, ["a.txt", "loop.txt"])

    def spin(path: str) -> None:
        while True:
            pass

    patch_lint(monkeypatch, {"loop": spin})
    status = main(
        ["check", *paths, "--jobs", "2", "--timeout", "0.5", "--format", "json", "--no-config"]
    )
    data = json.loads(capsys.readouterr().out)
    assert status == 1
    assert [f["diagnostics"][0]["code"] for f in data["files"] if f["format"] == "unknown"] == [
        "E012"
    ]
    assert main(["check", paths[0], "--jobs", "-1"]) == 2
    assert "非负整数" in capsys.readouterr().err


def test_acceptance_inbox_one_run_every_bad_file_an_e_finding(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The floor of issue #6: fixtures in every format plus the bad files, one run, exit 1."""
    inbox = tmp_path / "收文"
    files = build_inbox(inbox)
    status = main(["check", str(inbox), "--format", "json", "--no-config"])
    data = json.loads(capsys.readouterr().out)
    assert status == 1
    by_name = {Path(f["path"]).name: f for f in data["files"]}
    assert set(by_name) == {f.name for f in files}
    for name, expected in BAD.items():
        if name not in by_name:
            continue  # the encrypted PDF needs reportlab
        found = {d["code"] for d in by_name[name]["diagnostics"]}
        assert found & expected, (name, found)
        assert all(code.startswith("E") for code in found), (name, found)
    for name, entry in by_name.items():
        if name not in BAD:
            assert entry["format"] != "unknown", name
            assert not any(d["code"].startswith("E") for d in entry["diagnostics"]), name
    expected_order = discover([str(inbox)]).files
    assert [f["path"] for f in data["files"]] == expected_order


def test_spawned_workers_build_their_own_linter(
    linter: Linter, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where fork is unavailable (Windows, macOS) workers are spawned from the configuration."""
    monkeypatch.setattr(batch, "_context", lambda: multiprocessing.get_context("spawn"))
    paths = make_files(tmp_path, ["a.txt", "b.txt", "c.txt"])
    results = list(lint_files(linter, paths, jobs=2, limits=BatchLimits(timeout=60)))
    assert [r.path for r in results] == paths
    assert [r.format for r in results] == ["text", "text", "text"]


def _run_on_a_terminal(args: list[str], env: dict[str, str]) -> str:
    """Run the CLI with stdin/stdout/stderr on a pseudo-terminal; returns what it showed."""
    import pty
    import subprocess
    import sys

    master, slave = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "fazhi_lint", *args],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=env,
        close_fds=True,
    )
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    process.wait(timeout=60)
    os.close(master)
    return b"".join(chunks).decode("utf-8", "replace")


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_progress_bar_only_on_a_terminal_outside_ci(tmp_path: Path) -> None:
    paths = make_files(tmp_path, [f"{i}.txt" for i in range(4)])
    out = tmp_path / "out.json"
    args = ["check", *paths, "--format", "json", "-o", str(out), "--no-config"]
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "NO_COLOR")}
    env["TERM"] = "xterm"
    shown = _run_on_a_terminal(args, env)
    assert (
        "检查中" in shown and json.loads(out.read_text(encoding="utf-8"))["summary"]["files"] == 4
    )
    assert "检查中" not in _run_on_a_terminal(args, {**env, "CI": "true"})
    assert "检查中" not in _run_on_a_terminal([*args, "--no-progress"], env)
    assert "检查中" not in _run_on_a_terminal([*args, "-q"], env)


def test_no_progress_bar_when_piped(tmp_path: Path) -> None:
    import subprocess
    import sys

    paths = make_files(tmp_path, [f"{i}.txt" for i in range(4)])
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    env["PYTHONUTF8"] = "1"  # so that the Chinese asserted below survives a Windows code page
    run = subprocess.run(
        [sys.executable, "-m", "fazhi_lint", "check", *paths, "--no-config"],
        capture_output=True,
        encoding="utf-8",
        env=env,
        timeout=60,
    )
    assert "检查中" not in run.stderr and "汇总" not in run.stderr


def test_cli_defaults_follow_the_batch_module() -> None:
    from fazhi_lint import cli

    assert cli.DEFAULT_TIMEOUT == batch.DEFAULT_TIMEOUT
    assert cli.DEFAULT_MEMORY_MB == batch.DEFAULT_MEMORY_MB


# -- one file in this process (the command line checking one file) ----------------------------


def _no_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a worker was started for one file")

    monkeypatch.setattr(batch._Pool, "spawn", refuse)


def test_one_file_in_process_starts_no_worker(
    linter: Linter, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not batch.can_lint_here(BatchLimits()):
        pytest.skip("this platform cannot enforce the limits in-process")
    _no_workers(monkeypatch)
    (path,) = make_files(tmp_path, ["a.txt"])
    done: list[int] = []
    (result,) = lint_files(linter, [path], in_process=True, on_done=lambda i, r: done.append(i))
    assert result.format == "text" and done == [0]
    assert result.to_dict() == linter.lint_path(path).to_dict()


@needs_timer
def test_one_file_in_process_keeps_the_time_limit(
    linter: Linter, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _no_workers(monkeypatch)
    paths = make_files(tmp_path, ["loop.txt"])

    def spin(path: str) -> None:
        while True:
            pass

    patch_lint(monkeypatch, {"loop": spin})
    handler = signal.getsignal(signal.SIGALRM)
    started = time.monotonic()
    (result,) = lint_files(linter, paths, limits=BatchLimits(timeout=0.3), in_process=True)
    assert time.monotonic() - started < 20
    assert codes(result) == ["E012"] and "0.3 秒" in result.diagnostics[0].message
    assert signal.getsignal(signal.SIGALRM) == handler  # this process's handler is back
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_one_file_in_process_keeps_the_memory_limit(
    linter: Linter, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not Path("/proc/self/statm").exists():
        pytest.skip("needs /proc to measure the address space")
    import resource

    _no_workers(monkeypatch)
    paths = make_files(tmp_path, ["hog.txt"])

    def hog(path: str) -> None:
        chunks = [bytearray(64 * 1024 * 1024) for _ in range(16)]  # 1 GiB
        raise AssertionError(f"allocated {len(chunks)} chunks despite the limit")

    patch_lint(monkeypatch, {"hog": hog})
    before = resource.getrlimit(resource.RLIMIT_AS)
    (result,) = lint_files(linter, paths, limits=BatchLimits(memory_mb=256), in_process=True)
    assert codes(result) == ["E012"] and "256 MB" in result.diagnostics[0].message
    assert resource.getrlimit(resource.RLIMIT_AS) == before  # lifted again


def test_one_file_in_process_bug_is_e999(
    linter: Linter, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not batch.can_lint_here(BatchLimits()):
        pytest.skip("this platform cannot enforce the limits in-process")
    _no_workers(monkeypatch)
    paths = make_files(tmp_path, ["bug.txt"])

    def bug(path: str) -> None:
        raise KeyError("boom")

    patch_lint(monkeypatch, {"bug": bug})
    (result,) = lint_files(linter, paths, in_process=True)
    assert codes(result) == ["E999"] and "KeyError" in result.diagnostics[0].message


def test_several_files_still_go_to_workers(
    linter: Linter, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _no_workers(monkeypatch)
    paths = make_files(tmp_path, ["a.txt", "b.txt"])
    with pytest.raises(AssertionError, match="a worker was started"):
        list(lint_files(linter, paths, jobs=1, in_process=True))
