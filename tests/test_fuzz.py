"""The short, fixed-seed version of ``make fuzz`` (scripts/fuzz.py) in the default suite.

40 mutants of the bundled fixtures (.docx, .pdf, .txt, .html; big mutations scaled down) are
checked in one CLI batch: no traceback, no E999, no file over its time limit, no input
modified, and a complete, parseable JSON report that names every file.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
COUNT = 40
SEED = 11
LIMIT = 60  # seconds per file (the CLI's --timeout)


def _fuzz_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("fazhi_fuzz", ROOT / "scripts" / "fuzz.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["fazhi_fuzz"] = module
    spec.loader.exec_module(module)
    return module


def test_mutants_are_reproducible() -> None:
    fuzz = _fuzz_module()
    sources = fuzz.fixtures()
    first = [fuzz.mutant(random.Random(SEED), sources)[2] for _ in range(3)]
    again = [fuzz.mutant(random.Random(SEED), sources)[2] for _ in range(3)]
    assert first == again


def test_forty_mutants_through_the_cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fuzz = _fuzz_module()
    monkeypatch.setattr(fuzz, "SCALE", 0.02)
    sources = fuzz.fixtures()
    assert set(sources) == {"docx", "pdf", "text", "html"}
    rng = random.Random(SEED)
    inputs = tmp_path / "输入 文件"
    inputs.mkdir()
    digests: dict[Path, str] = {}
    kinds = set()
    for i in range(COUNT):
        kind, _, data = fuzz.mutant(rng, sources)
        kinds.add(kind)
        path = inputs / f"{i:02d}{fuzz.MUTATORS[kind][0]}"
        path.write_bytes(data)
        digests[path] = hashlib.sha256(data).hexdigest()
    assert kinds == {"docx", "pdf", "text", "html"}
    out = tmp_path / "report.json"
    command = [sys.executable, "-m", "fazhi_lint", "check", str(inputs), "--format", "json"]
    command += ["-o", str(out), "--jobs", "1", "--timeout", str(LIMIT), "--exit-zero"]
    command += ["--ignore", "N"]  # the statistics relations have their own hostile cases
    done = subprocess.run(command, capture_output=True, timeout=COUNT * LIMIT, check=False)
    stderr = done.stderr.decode("utf-8", errors="replace")
    assert "Traceback" not in stderr, stderr[-3000:]
    assert done.returncode == 0, stderr[-3000:]
    report = json.loads(out.read_text(encoding="utf-8"))
    assert sorted(Path(f["path"]).name for f in report["files"]) == sorted(p.name for p in digests)
    for entry in report["files"]:
        for d in entry["diagnostics"]:
            assert d["code"] != "E999", (entry["path"], d["message"])
            assert not (d["code"] == "E007" and "仍未完成" in d["message"]), entry["path"]
    for path, digest in digests.items():
        assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
