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


@pytest.fixture(scope="module")
def previous_run(tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    # one run for the module's readers (none changes it), written to a file: capsys is the
    # test's own
    output = tmp_path_factory.mktemp("previous") / "run.json"
    main(
        [
            *("check", "--no-config", "--format", "json", "--jobs", "1"),
            *(str(PREVIOUS / "2023.txt"), "--previous", str(PREVIOUS / "2022.txt")),
            *("--select", "C", "--output", str(output)),
        ]
    )
    data = json.loads(output.read_text(encoding="utf-8"))
    files: list[dict] = data["files"] if isinstance(data, dict) else data
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
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "本地 数据"))
    assert similarity.cache_dir() == tmp_path / "本地 数据" / "fazhi-lint" / "Cache"
    monkeypatch.setattr(sys, "platform", "linux")
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


# -- C105 in baselines and the ledger: a shared passage is known by its text --------------

NEW_SHARED = (
    "本年度建成全区统一的行政执法案卷电子评查系统，对各执法部门上传的全部执法案卷逐卷开展电子评查，"
    "发现问题的案卷当场退回并限期补正，评查结果在全区通报并纳入年度法治建设考核。"
)


def _batch_copy(folder: Path, *, renamed: bool, shared_by: tuple[str, ...] = ()) -> Path:
    """The batch fixture copied into ``folder``: with ``renamed`` every report gets a name
    that sorts in the reverse order (the group is then filed on another report); the reports
    in ``shared_by`` get one more shared paragraph in their results part."""
    folder.mkdir()
    for source in sorted(BATCH.glob("report-*.txt")):
        number = int(source.stem.split("-")[1])
        name = f"收文{21 - number:02d}-{source.stem}.txt" if renamed else source.name
        text = source.read_text(encoding="utf-8")
        if source.name in shared_by:
            head, sep, rest = text.partition("\n一、")
            line_end = rest.index("\n")
            text = head + sep + rest[: line_end + 1] + NEW_SHARED + "\n" + rest[line_end + 1 :]
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_a_baseline_hides_known_shared_passages_and_shows_a_new_one(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    baseline = tmp_path / "baseline.json"
    code = main(
        ["check", "--no-config", "--jobs", "1", "--quiet", str(BATCH), "--compare",
         "--select", "C105", "--write-baseline", str(baseline)]
    )  # fmt: skip
    capsys.readouterr()
    assert code == 0
    recorded = json.loads(baseline.read_text(encoding="utf-8"))["findings"]
    assert [e["code"] for e in recorded].count("C105") == 2  # the two groups

    # the same passages in files renamed and listed in another order: all known
    moved = _batch_copy(tmp_path / "moved", renamed=True)
    _, files = run_json(capsys, str(moved), "--compare", "--select", "C105")
    assert len(findings(files, "C105")) == 2
    homes = {Path(f["path"]).name for f in files if findings([f], "C105")}
    assert homes <= {"收文17-report-04.txt", "收文05-report-16.txt"}  # filed elsewhere now
    _, files = run_json(
        capsys, str(moved), "--compare", "--select", "C105", "--baseline", str(baseline)
    )
    assert not findings(files, "C105")

    # a passage shared by two other reports is new: only it is shown
    grown = _batch_copy(
        tmp_path / "grown", renamed=True, shared_by=("report-02.txt", "report-11.txt")
    )
    _, files = run_json(
        capsys, str(grown), "--compare", "--select", "C105", "--baseline", str(baseline)
    )
    (new,) = findings(files, "C105")
    assert sorted(Path(p["path"]).name for p in new["data"]["places"]) == [
        "收文10-report-11.txt",
        "收文19-report-02.txt",
    ]
    assert new["excerpt"].startswith("本年度建成全区统一的行政执法案卷电子评查系统")


def test_a_shared_passage_is_named_by_its_text_not_its_files() -> None:
    from fazhi_lint.comparison import passage_id

    a = ["区司法局牵头开展行政执法案卷评查，共评查案卷120卷。", "评查结果纳入考核。"]
    b = ["区司法局牵头开展行政执法案卷评查，共评查案卷120卷", "评查结果纳入考核"]  # punctuation
    assert passage_id([a, b]) == passage_id([b, a]) == passage_id([a])
    assert passage_id([a]) != passage_id([["区司法局牵头开展行政执法案卷评查，共评查案卷130卷。"]])


def test_shared_passages_go_into_the_ledger_with_verdicts(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from fazhi_lint.desk.ledger import Ledger

    ledger_dir = tmp_path / "台账"
    moved = _batch_copy(tmp_path / "moved", renamed=True)
    for folder in (BATCH, moved):  # the same passages, filed on other reports the second time
        main(["check", "--no-config", "--jobs", "1", "--quiet", str(folder), "--compare",
              "--select", "C105", "--ledger", str(ledger_dir)])  # fmt: skip
    capsys.readouterr()
    with Ledger(ledger_dir) as ledger:
        runs: list[list[tuple[str, str]]] = [[], []]
        for row in ledger.submissions():
            for f in ledger.findings(row["id"]):
                if f["code"] == "C105":
                    runs[row["batch_id"] - 1].append((row["name"], f["fingerprint"]))
        assert [len(r) for r in runs] == [2, 2]
        assert {n for n, _ in runs[0]} == {"report-04.txt"}
        assert {n for n, _ in runs[1]} == {"收文05-report-16.txt"}
        assert sorted(f for _, f in runs[0]) == sorted(f for _, f in runs[1])
        row = next(r for r in ledger.submissions() if r["name"] == "report-04.txt")
        finding = next(f for f in ledger.findings(row["id"]) if f["code"] == "C105")
        ledger.set_verdict(finding["id"], "误报", "模板要求的统一表述")
        (again,) = [f for f in ledger.findings(row["id"]) if f["id"] == finding["id"]]
        assert again["verdict"] == "误报"


def _report(year: int, paragraphs: list[str]) -> str:
    return "\n".join(
        [
            f"天津市河西区司法局{year}年法治政府建设情况报告",
            f"{year}年，区司法局坚持以习近平新时代中国特色社会主义思想为指导，扎实推进法治政府建设。",
            f"一、{year}年推进法治政府建设的主要举措和成效",
            *paragraphs,
            "二、存在的不足和原因",
            f"{year}年基层执法人员数量仍然不足，执法装备保障有待加强，原因是编制调整尚未到位。",
            f"三、{year + 1}年推进法治政府建设的主要安排",
            f"{year + 1}年将继续推进行政执法协调监督工作体系建设，完善基层执法队伍配备。",
            "",
        ]
    )


def test_a_run_in_headings_title_is_not_a_copied_sentence(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The same subsection titles year after year are the report's outline, not copying:
    only the text after a run-in title is compared (found on published reports)."""
    before = tmp_path / "2023.txt"
    before.write_text(
        _report(2023, [
            "（一）深入学习宣传贯彻习近平法治思想。将习近平法治思想纳入区委理论学习中心组和党校各类主体班培训内容，列入全区普法规划重点宣传内容。",
            "（二）切实履行推进法治建设第一责任人职责。开展党政主要负责人年终述法活动，区委常委会现场听取三个单位主要负责人述法。",
        ]),
        encoding="utf-8",
    )  # fmt: skip
    after = tmp_path / "2024.txt"
    after.write_text(
        _report(2024, [
            "（一）深入学习宣传贯彻习近平法治思想。将习近平法治思想纳入区管主要领导干部培训班的培训内容，打造区级习近平法治思想学习宣传阵地。",
            "（二）切实履行推进法治建设第一责任人职责。四十五个党政工作部门共三百余人完成书面述法，选取三个单位完成现场述法。",
        ]),
        encoding="utf-8",
    )  # fmt: skip
    _, files = run_json(capsys, str(after), "--previous", str(before), "--select", "C101,C102")
    assert not [d for d in findings(files, "C102") if d["data"]["section"] in ("C1", "C3")]
    (summary,) = findings(files, "C101")
    for role in ("C1", "C3"):  # one sentence after each title; the titles are not counted
        assert summary["data"]["shares"][role] == {"copied": 0, "sentences": 1, "share": 0.0}
