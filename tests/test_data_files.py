"""Data files read beside the modules (fazhi_lint.data_files): the text importlib.resources
gives, for a package on disk and for one in a zip archive; a missing file raises as before;
a cold check of a .docx no longer imports importlib.resources."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
import zipfile
from importlib import resources
from pathlib import Path

import pytest

from fazhi_lint.data_files import read_text

ROOT = Path(__file__).resolve().parents[1]

# every data file the modules read through read_text
DATA = [
    ("fazhi_lint.analysis", "debris.toml"),
    ("fazhi_lint.analysis", "ending.toml"),
    ("fazhi_lint.analysis", "privacy.toml"),
    ("fazhi_lint.checks", "signature.toml"),
    ("fazhi_lint.checks", "layout.toml"),
    ("fazhi_lint.checks", "wording.toml"),
    ("fazhi_lint.readers", "skipped.toml"),
]


@pytest.mark.parametrize(("package", "name"), DATA)
def test_the_text_importlib_resources_gives(package: str, name: str) -> None:
    expected = resources.files(package).joinpath(name).read_text(encoding="utf-8")
    assert expected.strip()
    assert read_text(package, name) == expected


def test_a_package_in_a_zip_archive_goes_through_importlib_resources(tmp_path: Path) -> None:
    archive = tmp_path / "打包 的.zip"
    text = '# 数据\nwords = ["依法行政"]\r\nend = 1\n'
    with zipfile.ZipFile(archive, "w") as out:
        out.writestr("zipped_data_pkg/__init__.py", "")
        out.writestr("zipped_data_pkg/data.toml", text.encode("utf-8"))
    sys.path.insert(0, str(archive))
    try:
        module = importlib.import_module("zipped_data_pkg")
        assert not os.path.isfile(module.__file__ or "")  # no folder on disk to read from
        expected = resources.files("zipped_data_pkg").joinpath("data.toml").read_text("utf-8")
        assert read_text("zipped_data_pkg", "data.toml") == expected
        assert "依法行政" in expected
    finally:
        sys.path.remove(str(archive))
        sys.modules.pop("zipped_data_pkg", None)


def test_a_missing_file_raises_as_importlib_resources_does() -> None:
    with pytest.raises(FileNotFoundError):
        read_text("fazhi_lint.analysis", "no-such-file.toml")


def test_a_cold_check_does_not_import_importlib_resources(tmp_path: Path) -> None:
    probe = (
        "import sys, io, contextlib\n"
        "from fazhi_lint.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    main(['check', sys.argv[1], '--exit-zero'])\n"
        "print(sorted(m for m in sys.modules if m.startswith('importlib.resources')))\n"
    )
    env = {
        **os.environ,
        "FAZHI_LINT_PATTERN_CACHE": str(tmp_path),
        "FAZHI_LINT_PLUGIN_CACHE": str(tmp_path),
    }
    target = ROOT / "fixtures" / "seeds" / "001-autonum.docx"
    for _ in range(2):  # the second run: the plugin index is there (no metadata scan)
        done = subprocess.run(
            [sys.executable, "-c", probe, str(target)],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
            cwd=tmp_path,
            timeout=300,
        )
        assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
