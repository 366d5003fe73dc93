"""Baselines: record today's findings, report only new ones later."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from fazhi_lint.baseline import (
    FORMAT,
    Baseline,
    BaselineError,
    build,
    fingerprint,
    load_baseline,
    normalize_path,
    write_baseline,
)
from fazhi_lint.cli import main
from fazhi_lint.engine import FileResult
from fazhi_lint.model import Diagnostic, Location, Severity

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "fixtures" / "seeds" / "000.txt"


def finding(context: str, start: int, end: int, block: int = 2, code: str = "T001") -> Diagnostic:
    return Diagnostic(
        code=code,
        name="conversion-debris",
        severity=Severity.WARNING,
        message=f"残留{block}",
        location=Location(block=block, line=block + 1, column=1),
        span=(start, end),
        excerpt=context[start:end],
        context=context,
    )


def test_fingerprint_ignores_place_and_spacing_but_not_text_code_or_file() -> None:
    lead = "依法行政工作其前文字"  # ten characters: more than the hashed window
    text = lead + "[bookmark: _GoBack]其后文字"
    a = finding(text, 10, 29, block=2)
    moved = finding(text, 10, 29, block=40)  # a paragraph inserted above
    spaced = finding(lead + " [bookmark: _GoBack]其后文字", 11, 30, block=2)
    far_edit = finding("新增的句子。" + text, 16, 35)  # the start of the paragraph changed
    near_edit = finding("依法行政工作其前改字[bookmark: _GoBack]其后文字", 10, 29)
    base = fingerprint(a, "报告.txt")
    assert fingerprint(moved, "报告.txt") == base
    assert fingerprint(spaced, "报告.txt") == base  # whitespace does not count
    assert fingerprint(far_edit, "报告.txt") == base  # outside the window
    assert fingerprint(near_edit, "报告.txt") != base
    assert fingerprint(finding(text, 10, 29, code="T002"), "报告.txt") != base
    assert fingerprint(a, "别的.txt") != base
    assert fingerprint(a, "./报告.txt") == base  # the same file named differently


def test_document_level_findings_hash_the_message_without_digits() -> None:
    one = Diagnostic("S101", "missing", Severity.ERROR, "缺少第3部分（共12处）")
    two = Diagnostic("S101", "missing", Severity.ERROR, "缺少第3部分（共14处）")
    other = Diagnostic("S101", "missing", Severity.ERROR, "缺少第一责任人部分")
    assert fingerprint(one, "a.txt") == fingerprint(two, "a.txt") != fingerprint(other, "a.txt")


def test_normalize_path(tmp_path: Path) -> None:
    inside = tmp_path / "docs" / "报告.docx"
    assert normalize_path(str(inside), str(tmp_path)) == "docs/报告.docx"
    outside = normalize_path("/elsewhere/x.txt", str(tmp_path))
    assert outside == os.path.abspath("/elsewhere/x.txt").replace(os.sep, "/")
    assert normalize_path("<stdin>") == "<stdin>"


def test_counts_are_consumed() -> None:
    text = "重复的[bookmark: _GoBack]段落"
    d = finding(text, 3, 22)
    result = FileResult("a.txt", "text", [d])
    data = build([result])
    baseline = Baseline()
    baseline.counts.update(entry["fingerprint"] for entry in data["findings"])
    twice = FileResult("a.txt", "text", [d, finding(text, 3, 22, block=9)])
    kept, dropped = baseline.filter(twice)
    assert dropped == 1 and len(kept.diagnostics) == 1  # the copy is new


def test_load_rejects_what_is_not_a_baseline(tmp_path: Path) -> None:
    path = tmp_path / "b.json"
    with pytest.raises(BaselineError, match="不存在"):
        load_baseline(path)
    path.write_text("{", encoding="utf-8")
    with pytest.raises(BaselineError, match="JSON"):
        load_baseline(path)
    path.write_text('{"format": "other"}', encoding="utf-8")
    with pytest.raises(BaselineError, match="不是 fazhi-lint 基线"):
        load_baseline(path)
    path.write_text(json.dumps({"format": FORMAT, "version": 99, "findings": []}), encoding="utf-8")
    with pytest.raises(BaselineError, match="版本"):
        load_baseline(path)
    path.write_text(
        json.dumps({"format": FORMAT, "version": 1, "findings": [{}]}), encoding="utf-8"
    )
    with pytest.raises(BaselineError, match="fingerprint"):
        load_baseline(path)


def test_cli_write_then_only_new_findings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = tmp_path / "repo"
    (repo / "docs").mkdir(parents=True)
    report = repo / "docs" / "报告.txt"
    shutil.copyfile(SEED, report)
    monkeypatch.chdir(repo)
    baseline = repo / ".fazhi-lint-baseline.json"

    status = main(["check", "docs", "--no-config", "--write-baseline", str(baseline), "-q"])
    assert status == 0  # recording is not failing
    data = json.loads(baseline.read_text(encoding="utf-8"))
    recorded = len(data["findings"])
    assert recorded >= 3 and all(e["path"] == "docs/报告.txt" for e in data["findings"])
    capsys.readouterr()

    # nothing new: exit 0, and the hidden findings are mentioned
    status = main(["check", "docs", "--no-config", "--baseline", str(baseline), "--format", "json"])
    captured = capsys.readouterr()
    assert status == 0
    assert json.loads(captured.out)["summary"]["findings"] == 0
    assert f"已有的 {recorded} 个问题未列出" in captured.err

    # run from elsewhere with another spelling of the path: the same findings
    monkeypatch.chdir(repo / "docs")
    status = main(["check", "报告.txt", "--no-config", "--baseline", str(baseline), "-q"])
    assert status == 0
    capsys.readouterr()

    # a new defect (and an old one moved down by an inserted paragraph) -> only the new one
    monkeypatch.chdir(repo)
    text = report.read_text(encoding="utf-8").splitlines()
    text.insert(3, "新增一段文字，其中有残留标记[bookmark: _GoBack]。")
    report.write_text("\n".join(text) + "\n", encoding="utf-8")
    status = main(["check", "docs", "--no-config", "--baseline", str(baseline), "--format", "json"])
    out = json.loads(capsys.readouterr().out)
    assert status == 1
    found = [d for f in out["files"] for d in f["diagnostics"]]
    assert len(found) == 1 and found[0]["code"] == "T001"
    assert "新增一段文字" in found[0]["context"]


def test_cli_bad_baseline_is_exit_two(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["check", str(SEED), "--no-config", "--baseline", str(tmp_path / "none.json")])
    assert status == 2 and "基线文件不存在" in capsys.readouterr().err


def test_write_baseline_roundtrip(tmp_path: Path) -> None:
    text = "正文[bookmark: _GoBack]正文"
    results = [FileResult(str(tmp_path / "a.txt"), "text", [finding(text, 2, 21)])]
    target = tmp_path / "baseline.json"
    assert write_baseline(target, results) == 1
    loaded = load_baseline(target)
    kept, dropped = loaded.filter(results[0])
    assert dropped == 1 and kept.diagnostics == []
