"""No orphans: when ``fazhi-lint`` is killed, its workers and their PDF extraction children
go with it (issue 11, item 9).

A batch of PDFs is started with ``--jobs 2`` in a child interpreter whose PDF extraction is
made slow (``extract`` sleeps: a PDF read in progress, as with a hostile file). Every process
of the run — the parent, two workers, their extraction children (forked, so they share the
parent's command line) — is found through ``/proc`` by a unique folder name on its command
line. The parent is then killed (SIGKILL, SIGTERM) or interrupted (SIGINT, Ctrl-C); within
5 seconds no process of the run may be left.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="finds the processes through /proc (Linux)"
)

ROOT = Path(__file__).resolve().parents[1]
PDF = ROOT / "fixtures" / "pdf" / "000-literal.pdf"

# the CLI, with PDF extraction made slow; workers and extraction children inherit the patch
RUNNER = """
import os, sys, time
import fazhi_lint.lifeline as lifeline
import fazhi_lint.readers.pdf as pdf
if os.environ.get("FAZHI_TEST_NO_PDEATHSIG"):  # the fallback of systems without prctl
    lifeline._parent_death_signal = lambda: False
def slow(*args, **kwargs):
    time.sleep(300)
pdf.extract = slow
from fazhi_lint.cli import main
sys.exit(main(sys.argv[1:]))
"""


COMMAND = [sys.executable, "-c", RUNNER, "check", "--no-config", "--no-progress"]


def processes(marker: str) -> list[int]:
    """Live (not zombie) processes whose command line contains ``marker``."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            cmdline = Path(f"/proc/{entry}/cmdline").read_bytes()
            state = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except (OSError, IndexError):
            continue
        if marker.encode() in cmdline and state != "Z":
            found.append(int(entry))
    return found


def wait_for(condition: object, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.1)
    return bool(condition())  # type: ignore[operator]


@pytest.mark.parametrize(
    ("how", "fallback"),
    [
        (signal.SIGKILL, False),
        (signal.SIGTERM, False),
        (signal.SIGINT, False),
        (signal.SIGKILL, True),  # the watchdog thread on the parent's sentinel
    ],
    ids=["SIGKILL", "SIGTERM", "SIGINT", "SIGKILL-without-prctl"],
)
def test_killing_the_parent_leaves_no_process_behind(
    how: signal.Signals, fallback: bool, tmp_path: Path
) -> None:
    marker = f"fazhi-orphan-{uuid.uuid4().hex}"
    inbox = tmp_path / marker
    inbox.mkdir()
    for number in range(4):
        (inbox / f"报告{number}.pdf").write_bytes(PDF.read_bytes())
    output = tmp_path / "结果.json"
    output.write_text("旧结果", encoding="utf-8")
    parent = subprocess.Popen(
        [*COMMAND, str(inbox), "--jobs", "2", "--format", "json", "-o", str(output)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, "FAZHI_TEST_NO_PDEATHSIG": "1" if fallback else ""},
    )
    # parent + 2 workers + 2 extraction children, all busy (without the prctl a worker has
    # a thread, so it reads PDFs in-process: no extraction children)
    expected = 3 if fallback else 5
    try:
        assert wait_for(lambda: len(processes(marker)) >= expected, 120), processes(marker)
        parent.send_signal(how)
        parent.wait(timeout=30)
        assert wait_for(lambda: not processes(marker), 5), processes(marker)
    finally:
        for pid in processes(marker):  # never leave them to the next test
            os.kill(pid, signal.SIGKILL)
        if parent.poll() is None:
            parent.kill()
        parent.wait()
    # the previous report is intact, and an orderly exit leaves no temporary file
    assert output.read_text(encoding="utf-8") == "旧结果"
    if how != signal.SIGKILL:
        assert parent.returncode == (143 if how == signal.SIGTERM else 130)
        assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
