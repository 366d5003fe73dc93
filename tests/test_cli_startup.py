"""Start-up of the command line (issue 12): the garbage collector is paused while the
command builds what lives to the end, and given back — in the program itself only."""

from __future__ import annotations

import argparse
import gc
import json
import subprocess
import sys
from pathlib import Path

import pytest

from fazhi_lint import cli

ROOT = Path(__file__).resolve().parents[1]

PROBE = """
import gc, json, sys
seen = {}
before = gc.isenabled()
import fazhi_lint.cli as cli
seen["after import"] = gc.isenabled()
original = cli._collect_from_here
def watch(freeze=True):
    seen.setdefault("paused while loading", not gc.isenabled())
    original(freeze)
cli._collect_from_here = watch
sys.argv = ["fazhi-lint", *sys.argv[1:]]
status = cli.main()
seen.update(status=status, enabled=gc.isenabled(), frozen=gc.get_freeze_count())
seen["young pass"] = gc.get_threshold()[0]
print(json.dumps(seen))
"""


def run_probe(*args: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_the_program_pauses_the_collector_then_freezes_and_resumes(tmp_path: Path) -> None:
    report = tmp_path / "报告 一.txt"
    report.write_text("2024年法治政府建设情况报告\n一、主要举措\n共办理案件12件。\n", "utf-8")
    seen = run_probe("check", str(report), "--exit-zero", "-q")
    assert seen["after import"] is True  # the import gives it back
    assert seen["paused while loading"] is True
    assert seen["status"] == 0 and seen["enabled"] is True
    assert isinstance(seen["frozen"], int) and seen["frozen"] > 10_000  # the start-up's objects
    assert seen["young pass"] == cli.YOUNG_PASS  # fewer passes while linting


def test_other_commands_resume_it_without_freezing() -> None:
    seen = run_probe("rules", "--format", "json")
    assert seen["status"] == 0 and seen["enabled"] is True and seen["frozen"] == 0
    # left as it was: a fresh interpreter's (this test run's own is raised in conftest.py)
    assert isinstance(seen["young pass"], int) and seen["young pass"] < cli.YOUNG_PASS


def test_a_callers_main_leaves_the_collector_alone(tmp_path: Path) -> None:
    report = tmp_path / "报告.txt"
    report.write_text("2024年法治政府建设情况报告\n", encoding="utf-8")
    frozen, threshold = gc.get_freeze_count(), gc.get_threshold()
    assert gc.isenabled()
    assert cli.main(["check", str(report), "--exit-zero", "-q"]) == 0
    # nothing frozen by it (what the test run froze may be freed meanwhile: conftest.py)
    assert gc.isenabled() and gc.get_freeze_count() <= frozen
    assert gc.get_threshold() == threshold
    gc.disable()  # a caller that runs without it keeps it off
    try:
        cli.main(["rules", "--format", "json"])
        assert not gc.isenabled()
    finally:
        gc.enable()


UNDOCUMENTED = """
import dataclasses, json, sys
import fazhi_lint.cli as cli
sys.argv = ["fazhi-lint", *sys.argv[1:]]
cli.main()
found = []
for name, module in list(sys.modules.items()):
    if not name.startswith(("fazhi_lint", "checks")):
        continue
    for value in list(vars(module).values()):
        if (
            isinstance(value, type)
            and dataclasses.is_dataclass(value)
            and value.__module__ == name
            and (value.__doc__ or "").startswith(value.__name__ + "(")
        ):
            found.append(f"{name}.{value.__qualname__}")
print(json.dumps(sorted(set(found))))
"""


def test_the_dataclasses_of_a_docx_check_have_docstrings() -> None:
    """dataclasses writes a missing docstring from ``inspect.signature`` of the class, about
    50 µs each on every start: every dataclass a .docx check creates brings its own."""
    report = ROOT / "fixtures" / "seeds" / "001-autonum.docx"
    done = subprocess.run(
        [sys.executable, "-c", UNDOCUMENTED, "check", str(report), "--exit-zero", "-q"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []


def test_the_parser_built_without_gettext_is_the_one_built_with_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """build_parser sets argparse's ``gettext`` aside while building: every command's help
    (group titles included) and usage read as with it, and argparse's own is given back for
    parsing."""
    translate = argparse._  # type: ignore[attr-defined]
    commands = [None, *cli.COMMANDS]
    shortcut = [cli.build_parser(c) for c in commands]
    assert argparse._ is translate  # type: ignore[attr-defined]
    monkeypatch.setattr(cli, "_same", translate)
    long_way = [cli.build_parser(c) for c in commands]
    for fast, slow in zip(shortcut, long_way, strict=True):
        assert fast.format_help() == slow.format_help()
        assert fast.format_usage() == slow.format_usage()
        for action in fast._actions:
            if isinstance(action, argparse._SubParsersAction):
                (other,) = (a for a in slow._actions if isinstance(a, argparse._SubParsersAction))
                for name, sub in action.choices.items():
                    assert sub.format_help() == other.choices[name].format_help()
