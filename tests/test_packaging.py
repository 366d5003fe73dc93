"""What a reviewer installs without make: the wheel built by ``python -m build``.

The wheel is built from a copy of the sources (so the checkout gets no build/ folder), then
installed with ``pip --target`` into an empty folder and run from there in a fresh interpreter:
it must carry every data file the package reads (profiles, rule data, the JSON schema, the
desk's templates), register the built-in checks through its own entry point, and put no
top-level module other than ``fazhi_lint`` into site-packages: the checks, built from the
top-level folder checks/, are ``fazhi_lint/checks/`` in the wheel.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

pytest.importorskip("build")

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "fixtures" / "seeds" / "003.txt"
# the built-in checks: the top-level folder checks/, installed as fazhi_lint/checks/
CHECKS = ROOT / "checks"


def _files(folder: Path) -> list[Path]:
    return [
        p
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
    ]


def tracked_package_files() -> list[str]:
    """Every file of the package in this checkout, except bytecode, as named in the wheel."""
    files = [p.relative_to(ROOT).as_posix() for p in _files(ROOT / "fazhi_lint")]
    return files + ["fazhi_lint/checks/" + p.relative_to(CHECKS).as_posix() for p in _files(CHECKS)]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    source = tmp_path_factory.mktemp("source")
    for folder in ("fazhi_lint", "checks"):
        shutil.copytree(
            ROOT / folder,
            source / folder,
            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
        )
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    out = tmp_path_factory.mktemp("dist")
    done = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(source)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    (built,) = out.glob("fazhi_lint-*-py3-none-any.whl")
    return built


def test_the_wheel_carries_every_package_file_and_nothing_else_top_level(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        top_level = archive.read(
            next(n for n in names if n.endswith(".dist-info/top_level.txt"))
        ).decode()
        entry_points = archive.read(
            next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
        ).decode()
    missing = [f for f in tracked_package_files() if f not in names]
    assert missing == [], f"not in the wheel: {missing}"
    # the checks and their data files are fazhi_lint.checks; no top-level `checks` package
    assert {"fazhi_lint/checks/__init__.py", "fazhi_lint/checks/wording.toml"} <= names
    assert not any(n.startswith("checks/") for n in names)
    assert top_level.split() == ["fazhi_lint"]
    roots = {n.split("/")[0] for n in names}
    assert all(r == "fazhi_lint" or r.endswith(".dist-info") for r in roots), roots
    assert "[fazhi_lint]" in entry_points and "fazhi_lint.checks" in entry_points
    assert "fazhi-lint = fazhi_lint.cli:run" in entry_points


def test_the_installed_wheel_runs_from_a_clean_folder(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site packages 安装"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(target),
            str(wheel),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    env = {**os.environ, "PYTHONPATH": str(target), "PYTHONIOENCODING": "utf-8"}
    cwd = tmp_path / "工作 目录"
    cwd.mkdir()
    where = subprocess.run(
        [sys.executable, "-c", "import fazhi_lint; print(fazhi_lint.__file__)"],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=60,
    )
    assert Path(where.stdout.strip()).is_relative_to(target), where.stdout
    report = cwd / "某区 报告.txt"
    report.write_bytes(SEED.read_bytes())
    checked = subprocess.run(
        [
            sys.executable,
            "-m",
            "fazhi_lint",
            "check",
            "--no-config",
            "--select",
            "H106",
            "--color",
            "never",
            report.name,
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=cwd,
        timeout=120,
    )
    # seed 003 has three headings that lost their number (fixtures/expected/003.toml)
    assert checked.returncode == 1, checked.stderr
    assert checked.stdout.count("H106") == 3, checked.stdout
    rules = subprocess.run(
        [sys.executable, "-m", "fazhi_lint", "rules"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=cwd,
        timeout=120,
    )
    assert rules.returncode == 0
    for code in ("S101", "H101", "N101", "P101", "T101", "F001"):
        assert code in rules.stdout
