"""The comparison checks C101–C105: against last year's report and within a batch.

The fixtures are built by fixtures/build_previous.py; their expected.toml files are computed
there from the construction (which paragraphs were copied, which plans dropped).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from fazhi_lint.cli import main

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
PREVIOUS = ROOT / "fixtures" / "previous"
BATCH = ROOT / "fixtures" / "batch"


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[dict]]:
    code = main(["check", "--no-config", "--format", "json", "--jobs", "1", *args])
    out = capsys.readouterr().out
    data = json.loads(out)
    files = data["files"] if isinstance(data, dict) else data
    return code, files


def findings(files: list[dict], code: str) -> list[dict]:
    return [d for f in files for d in f["diagnostics"] if d["code"] == code]


@pytest.fixture(scope="module")
def expected_previous() -> dict:
    with open(PREVIOUS / "expected.toml", "rb") as handle:
        return tomllib.load(handle)


@pytest.fixture()
def previous_run(capsys: pytest.CaptureFixture[str]) -> list[dict]:
    _, files = run_json(
        capsys,
        str(PREVIOUS / "2023.txt"),
        "--previous",
        str(PREVIOUS / "2022.txt"),
        "--select",
        "C",
    )
    return files


def test_fixtures_are_what_the_script_builds(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "fixtures"))
    try:
        import build_previous
    finally:
        sys.path.pop(0)
    build_previous.main(["--out", str(tmp_path)])
    for folder in ("previous", "batch"):
        built = sorted(p.name for p in (tmp_path / folder).iterdir())
        committed = sorted(p.name for p in (ROOT / "fixtures" / folder).iterdir())
        assert built == committed
        for name in built:
            assert (tmp_path / folder / name).read_bytes() == (
                ROOT / "fixtures" / folder / name
            ).read_bytes(), name


def test_copied_shares_per_section_within_five_points(
    previous_run: list[dict], expected_previous: dict
) -> None:
    (summary,) = findings(previous_run, "C101")
    shares = summary["data"]["shares"]
    for role, share in expected_previous["shares"].items():
        assert abs(shares[role]["share"] - share) <= 0.05, (role, shares[role], share)
    assert summary["location"]["block"] is None


def test_copied_problems_and_plans_are_warnings(previous_run: list[dict]) -> None:
    copies = findings(previous_run, "C102")
    by_section: dict[str, set[str]] = {}
    for d in copies:
        by_section.setdefault(d["data"]["section"], set()).add(d["severity"])
        assert d["data"]["previous"]["path"].endswith("2022.txt")
        assert d["data"]["previous"]["text"]
    assert by_section["C2"] == {"warning"}
    assert by_section["C4"] == {"warning"}
    # C1: unchanged figures warn, updated figures only inform
    assert by_section["C1"] == {"warning", "info"}
    assert "C3" not in by_section  # nothing of C3 was copied
    for d in copies:
        if d["data"]["section"] == "C1" and d["severity"] == "warning":
            assert "数字也与上年相同" in d["message"]


def test_plans_not_reported_on(previous_run: list[dict], expected_previous: dict) -> None:
    listed = [d["data"]["previous"]["text"] for d in findings(previous_run, "C103")]
    assert sorted(listed) == sorted(expected_previous["plans"]["not-reported"])
    assert all(d["severity"] == "info" for d in findings(previous_run, "C103"))


def test_yearly_figure_contradicting_last_year(
    previous_run: list[dict], expected_previous: dict
) -> None:
    found = findings(previous_run, "C104")
    assert len(found) == len(expected_previous["figures"]["contradicted"])
    (d,) = found
    assert expected_previous["figures"]["contradicted"][0] in d["message"]
    assert "90件" in d["message"] and "86件" in d["message"]
    assert d["severity"] == "warning"
    assert d["excerpt"].startswith("120件")
    for agreeing in expected_previous["figures"]["agreeing"]:
        assert all(agreeing not in x["message"] for x in found)


def test_same_report_as_its_own_previous_is_all_copied(
    capsys: pytest.CaptureFixture[str],
) -> None:
    report = str(PREVIOUS / "2023.txt")
    _, files = run_json(capsys, report, "--previous", report, "--select", "C101,C104")
    (summary,) = findings(files, "C101")
    assert all(v["share"] == 1.0 for v in summary["data"]["shares"].values())
    assert not findings(files, "C104")  # the same year: its figures are not last year's


def test_batch_groups_found_and_nothing_else(capsys: pytest.CaptureFixture[str]) -> None:
    with open(BATCH / "expected.toml", "rb") as handle:
        expected = tomllib.load(handle)["group"]
    _, files = run_json(capsys, str(BATCH), "--compare", "--select", "C105")
    found = findings(files, "C105")
    got = sorted(
        (tuple(sorted(Path(p["path"]).name for p in d["data"]["places"])), len(p_blocks))
        for d in found
        for p_blocks in [d["data"]["places"][0]["blocks"]]
    )
    want = sorted((tuple(sorted(g["reports"])), g["paragraphs"]) for g in expected)
    assert got == want
    for d in found:  # every place of the group is named in the message
        for place in d["data"]["places"]:
            assert Path(place["path"]).name in d["message"]


def test_without_compare_no_batch_findings(capsys: pytest.CaptureFixture[str]) -> None:
    _, files = run_json(capsys, str(BATCH), "--select", "C105")
    assert not findings(files, "C105")


def test_previous_needs_exactly_one_file(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["check", "--no-config", str(BATCH), "--previous", str(PREVIOUS / "2022.txt")])
    assert code == 2
    assert "--previous" in capsys.readouterr().err


def test_previous_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code = main(
        ["check", "--no-config", str(PREVIOUS / "2023.txt"), "--previous", str(tmp_path / "无.txt")]
    )
    assert code == 2
    assert "不存在" in capsys.readouterr().err


def test_plain_check_imports_no_similarity_library() -> None:
    script = (
        "import sys\n"
        "from fazhi_lint.cli import main\n"
        "try:\n"
        f"    main(['check', '--no-config', '--exit-zero', '--jobs', '1', {str(PREVIOUS / '2023.txt')!r}])\n"
        "except SystemExit:\n"
        "    pass\n"
        "loaded = [m for m in ('jieba', 'rapidfuzz', 'datasketch') if m in sys.modules]\n"
        "print('LOADED=' + ','.join(loaded))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=300, check=True
    ).stdout
    assert "LOADED=\n" in out, out


def test_cache_dir_fallbacks(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import builtins

    from fazhi_lint.analysis import similarity

    real_import = builtins.__import__

    def no_platformdirs(name: str, *args, **kwargs):  # type: ignore[no-untyped-def]
        if name == "platformdirs":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_platformdirs)
    monkeypatch.setattr(similarity.sys, "platform", "win32")
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "本地 数据"))
    assert similarity.cache_dir() == tmp_path / "本地 数据" / "fazhi-lint" / "Cache"
    monkeypatch.setattr(similarity.sys, "platform", "linux")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert similarity.cache_dir() == tmp_path / "fazhi-lint"


def test_words_mask_numbers_and_similarity_ignores_order() -> None:
    from fazhi_lint.analysis.similarity import similarity, words

    a = words("2024年完成行政规范性文件合法性审核218件，审核率达到100%。")
    b = words("审核率达到100%，2023年完成行政规范性文件合法性审核190件。")
    assert "218" not in a and "#" in a
    assert similarity(a, b) >= 85
    c = words("组织开展行政执法人员培训，提升执法人员业务能力。")
    assert similarity(a, c) < 85


def test_documents_that_are_not_reports_are_not_compared(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    shared = (PREVIOUS / "2023.txt").read_text(encoding="utf-8").splitlines()[10]
    for name in ("说明 甲.txt", "说明 乙.txt"):  # no report title, no parts: a note
        (tmp_path / name).write_text(f"使用说明\n{shared}\n", encoding="utf-8")
    _, files = run_json(capsys, str(tmp_path), "--compare", "--select", "C105")
    assert not findings(files, "C105")
    report = (BATCH / "report-04.txt").read_text(encoding="utf-8")
    for name in ("甲 报告.txt", "乙 报告.txt"):  # the same report twice: everything shared
        (tmp_path / name).write_text(report, encoding="utf-8")
    _, files = run_json(capsys, str(tmp_path), "--compare", "--select", "C105")
    found = findings(files, "C105")
    assert found and all(len(d["data"]["places"]) == 2 for d in found)
    assert {Path(p["path"]).name for d in found for p in d["data"]["places"]} == {
        "甲 报告.txt",
        "乙 报告.txt",
    }


def test_unreadable_previous_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    broken = tmp_path / "上年 报告.docx"
    broken.write_bytes(b"PK\x03\x04 not a zip")
    code = main(["check", "--no-config", str(PREVIOUS / "2023.txt"), "--previous", str(broken)])
    assert code == 2
    assert "无法读取上年报告" in capsys.readouterr().err


def test_missing_similarity_library_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib.util

    real = importlib.util.find_spec

    def without_jieba(name: str, *args, **kwargs):  # type: ignore[no-untyped-def]
        return None if name == "jieba" else real(name, *args, **kwargs)

    monkeypatch.setattr(importlib.util, "find_spec", without_jieba)
    code = main(["check", "--no-config", str(BATCH), "--compare"])
    assert code == 2
    assert "fazhi-lint[compare]" in capsys.readouterr().err


def test_a_file_the_workers_could_not_check_is_never_read_again(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The batch comparison reads the reports again in the main process, where no time or
    memory limit applies: a file with an E finding (corrupt, a bomb, over its limits) or one
    that was skipped must not be read there."""
    from fazhi_lint import comparison
    from fazhi_lint.config import Config
    from fazhi_lint.engine import FileResult, Linter
    from fazhi_lint.model import Diagnostic, Location, Severity

    good = sorted(BATCH.glob("*.txt"))[:2]
    bad = tmp_path / "超时.docx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    linter = Linter(Config(select=("C105",)))
    limit = Diagnostic("E012", "over the limit", Severity.ERROR, str(bad), Location())
    results = [FileResult(str(p), "text", []) for p in good]
    results.append(FileResult(str(bad), "docx", [limit]))
    read: list[str] = []
    import fazhi_lint.readers as readers  # comparison imports read_path from here when it reads

    original = readers.read_path

    def spy(path: object, **kwargs: object) -> object:
        read.append(str(path))
        return original(path, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(readers, "read_path", spy)
    out = comparison.add_batch(linter, results)
    assert len(out) == 3
    assert str(bad) not in read
    assert sorted(read) == sorted(str(p) for p in good)
