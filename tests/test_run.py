"""The engine's selection policy and the run object (fazhi_lint/run.py) the CLI and the desk
share: the API reports what the command line reports."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from fazhi_lint import Config, lint_path
from fazhi_lint.baseline import Baseline, fingerprint
from fazhi_lint.cli import main
from fazhi_lint.engine import Linter
from fazhi_lint.run import Run

REPORT = "某区2024年度法治政府建设情况报告\n三、主要举措和成效\n正文写得很好。\n"


def test_an_unreadable_file_is_reported_whatever_is_selected(tmp_path: Path) -> None:
    missing = tmp_path / "没有这个文件.docx"
    result = lint_path(missing, Config(select=("H",)))
    assert [d.code for d in result.diagnostics] == ["E001"]
    # the command line says the same
    assert main(["check", str(missing), "--select", "H", "--no-config"]) == 1


def test_the_reading_problems_go_only_when_asked(tmp_path: Path) -> None:
    missing = tmp_path / "没有这个文件.docx"
    assert lint_path(missing, Config(select=("H",), ignore=("E001",))).diagnostics == []
    # a selection naming an E code itself keeps only what it names
    assert Linter(Config(select=("H", "E006"))).is_enabled("E006")
    assert not Linter(Config(select=("H", "E006"))).is_enabled("E001")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(REPORT.replace("三、", "一、"), encoding="utf-8")
    (tmp_path / "c.doc").write_bytes(b"not a document")
    return tmp_path


def test_a_run_reports_what_the_command_line_reports(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = Config(select=("H",))
    run = Run(Linter(config), jobs=1)
    found = run.discover([str(folder)])
    streamed = list(run.lint(found.files, skipped=found.skipped))
    assert streamed == run.results == run.everything
    by_file = {Path(r.path).name: [d.code for d in r.diagnostics] for r in run.results}
    assert by_file["a.txt"] == ["H101"]  # 「三、」 where 「一、」 belongs
    assert by_file["b.txt"] == []
    assert run.failed()

    main(["check", str(folder), "--select", "H", "--format", "json", "--no-config", "--jobs", "1"])
    data = json.loads(capsys.readouterr().out)
    cli = {Path(f["path"]).name: [d["code"] for d in f["diagnostics"]] for f in data["files"]}
    assert cli == by_file


def test_a_run_sets_the_baseline_aside_and_keeps_everything(folder: Path) -> None:
    first = Run(Linter(Config(select=("H",))), jobs=1)
    (result,) = first.lint([str(folder / "a.txt")])
    assert result.diagnostics
    known = Counter(fingerprint(d, d.path or result.path) for d in result.diagnostics)
    run = Run(Linter(Config(select=("H",))), jobs=1, baseline=Baseline(known))
    (again,) = run.lint([str(folder / "a.txt")])
    assert again.diagnostics == []
    assert run.hidden == len(result.diagnostics)
    assert run.everything[0].diagnostics == result.diagnostics  # for --write-baseline
    assert not run.failed()


def test_lint_one_is_the_desks_door(folder: Path) -> None:
    run = Run(Linter(Config(select=("H",))), jobs=1)
    assert run.lint_one(str(folder / "b.txt")).diagnostics == []
    assert [d.code for d in run.lint_one(str(folder / "gone.docx")).diagnostics] == ["E001"]
