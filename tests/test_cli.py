"""The command line: subcommands, options, configuration and exit codes."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from fazhi_lint import __version__
from fazhi_lint.cli import main

ROOT = Path(__file__).resolve().parents[1]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def profile(tmp_path: Path) -> str:
    """A minimal profile, so these tests do not depend on the national profile's contents."""
    path = tmp_path / "mini.toml"
    path.write_text('name = "mini"\ntitle = "测试方案"\n', encoding="utf-8")
    return str(path)


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    """A folder of unreadable reports: each gives an E finding whatever the checks do."""
    folder = tmp_path / "收文"
    folder.mkdir()
    (folder / "空白.txt").write_bytes(b"")  # E006
    (folder / "旧版.docx").write_bytes(b"PK\x03\x04broken")  # E005: a broken zip
    (folder / "~$旧版.docx").write_bytes(b"lock")  # skipped: Word lock file
    return folder


def check(capsys: pytest.CaptureFixture[str], profile: str, *args: str) -> tuple[int, str, str]:
    return run(capsys, "check", "--profile", profile, "--color", "never", *args)


# -- entry points ------------------------------------------------------------------------


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "--version")
    assert status == 0 and out.strip() == f"fazhi-lint {__version__}"


def test_help_exits_zero_and_bare_command_exits_two(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "--help")
    assert status == 0
    for command in ("check", "rules", "explain", "profiles"):
        assert command in out
    status, out, err = run(capsys)
    assert status == 2 and out == "" and "用法" in err


def test_check_help_lists_the_options(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "check", "--help")
    assert status == 0
    for option in (
        "--format",
        "--output",
        "--select",
        "--ignore",
        "--extend-select",
        "--severity",
        "--fail-on",
        "--exit-zero",
        "--statistics",
        "--profile",
        "--config",
        "--no-config",
        "--quiet",
        "--color",
        "--show-source",
    ):
        assert option in out


def test_bad_option_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "check", "x.txt", "--frobnicate")
    assert status == 2 and "--frobnicate" in err
    status, _, err = run(capsys, "check", "x.txt", "--fail-on", "fatal")
    assert status == 2


def test_python_dash_m_and_light_imports(tmp_path: Path) -> None:
    """``--help``/``--version`` must not import rich (a test below covers lxml)."""
    code = (
        "import sys; from fazhi_lint.cli import main; main(['--version']);"
        "main(['--help']); print(sorted({m.split('.')[0] for m in sys.modules} & {'rich'}))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, check=True
    )
    assert done.stdout.strip().endswith("[]")
    module = subprocess.run(
        [sys.executable, "-m", "fazhi_lint", "--version"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert module.returncode == 0 and module.stdout.strip() == f"fazhi-lint {__version__}"


def test_help_does_not_import_lxml(tmp_path: Path) -> None:
    code = (
        "import sys; from fazhi_lint.cli import main; main(['--help']);print('lxml' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, check=True
    )
    assert done.stdout.strip().endswith("False")


# -- check --------------------------------------------------------------------------------


def test_unreadable_file_is_a_finding_not_a_usage_error(
    capsys: pytest.CaptureFixture[str], profile: str, tmp_path: Path
) -> None:
    missing = tmp_path / "不存在.docx"
    status, out, err = check(capsys, profile, str(missing))
    assert status == 1, err
    assert f"{missing}: E001 [错误] 文件不存在" in out
    assert "共发现 1 个问题（错误 1，警告 0，提示 0），涉及 1 个文件" in out


def test_folder_is_walked_and_sorted(
    capsys: pytest.CaptureFixture[str], profile: str, inbox: Path
) -> None:
    status, out, _ = check(capsys, profile, str(inbox), "--format", "json")
    data = json.loads(out)
    paths = [Path(f["path"]).name for f in data["files"]]
    assert paths == sorted(["空白.txt", "旧版.docx"])
    codes = {Path(f["path"]).name: [d["code"] for d in f["diagnostics"]] for f in data["files"]}
    assert codes == {"空白.txt": ["E006"], "旧版.docx": ["E005"]}
    assert status == 1


def test_default_command_is_check(
    capsys: pytest.CaptureFixture[str], profile: str, inbox: Path
) -> None:
    status, out, _ = run(capsys, str(inbox / "空白.txt"), "--profile", profile)
    assert status == 1 and "E006" in out
    status, out, _ = run(capsys, "--format", "json", str(inbox), "--profile", profile)
    assert status == 1 and json.loads(out)["summary"]["findings"] == 2


def test_select_ignore_and_exit_codes(
    capsys: pytest.CaptureFixture[str], profile: str, inbox: Path
) -> None:
    # the two-file folder checked in one batch worker (a fork per run, eight runs); the folder
    # in several workers is test_folder_is_walked_and_sorted's
    folder = (str(inbox), "--jobs", "1")
    assert check(capsys, profile, *folder, "--ignore", "E005,E006")[0] == 0
    assert check(capsys, profile, *folder, "--ignore", "E005", "--ignore", "empty-file")[0] == 0
    status, out, _ = check(capsys, profile, *folder, "--select", "E006")
    assert status == 1 and "E006" in out and "E005" not in out
    assert check(capsys, profile, *folder, "--exit-zero")[0] == 0
    assert check(capsys, profile, *folder, "--fail-on", "never")[0] == 0
    assert check(capsys, profile, *folder, "--fail-on", "error")[0] == 1
    # selecting another family never hides a file that cannot be read
    status, out, _ = check(capsys, profile, *folder, "--select", "H,S")
    assert status == 1 and "E005" in out and "E006" in out
    status, out, _ = check(capsys, profile, *folder, "--select", "H", "--ignore", "E")
    assert status == 0
    status, _, err = check(capsys, profile, *folder, "--select", "E06")
    assert status == 2 and "E06" in err
    status, _, err = check(capsys, profile, *folder, "--ignore", "emtpy-file")
    assert status == 2 and "E006（empty-file）" in err


def test_severity_and_fail_on_with_a_downgraded_rule(
    capsys: pytest.CaptureFixture[str], profile: str, inbox: Path
) -> None:
    (inbox / ".fazhi-lint.toml").write_text(
        '[rules.empty-file]\nseverity = "info"\n', encoding="utf-8"
    )
    target = str(inbox / "空白.txt")
    status, out, _ = check(capsys, profile, target)
    assert status == 0 and "E006 [提示]" in out  # info is below the default fail-on (warning)
    assert check(capsys, profile, target, "--fail-on", "info")[0] == 1
    status, out, _ = check(capsys, profile, target, "--severity", "warning")
    assert status == 0 and "E006" not in out and "未发现问题" in out
    status, out, _ = check(capsys, profile, target, "--no-config")
    assert status == 1 and "E006 [错误]" in out


def test_config_discovery_from_the_first_path(
    capsys: pytest.CaptureFixture[str], profile: str, inbox: Path, tmp_path: Path
) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.fazhi-lint]\nignore = ["E006"]\nexclude = ["*.docx"]\n', encoding="utf-8"
    )
    status, out, _ = check(capsys, profile, str(inbox))
    assert status == 0 and "未发现问题（已检查 1 个文件）" in out
    # the command line's --select names E006 explicitly: the file's ignore no longer hides it
    status, out, _ = check(capsys, profile, str(inbox), "--select", "E006")
    assert status == 1 and "E006" in out


def test_bad_config_is_exit_two_naming_the_key(
    capsys: pytest.CaptureFixture[str], profile: str, inbox: Path
) -> None:
    config = inbox / ".fazhi-lint.toml"
    config.write_text('fail-on = "sometimes"\n', encoding="utf-8")
    status, out, err = check(capsys, profile, str(inbox))
    assert status == 2 and out == ""
    assert str(config) in err and "fail-on" in err
    assert check(capsys, profile, str(inbox), "--no-config")[0] == 1

    config.write_text('select = ["Q999"]\n', encoding="utf-8")
    status, _, err = check(capsys, profile, str(inbox))
    assert status == 2 and "Q999" in err and "select" in err


def test_explicit_config_file(
    capsys: pytest.CaptureFixture[str], profile: str, inbox: Path, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "conf.toml"
    elsewhere.write_text('ignore = ["E005", "E006"]\n', encoding="utf-8")
    assert check(capsys, profile, str(inbox), "--config", str(elsewhere))[0] == 0
    status, _, err = check(capsys, profile, str(inbox), "--config", str(tmp_path / "nope.toml"))
    assert status == 2 and "nope.toml" in err
    status, _, err = check(capsys, profile, str(inbox), "--config", "x", "--no-config")
    assert status == 2


def test_unknown_profile_is_exit_two(capsys: pytest.CaptureFixture[str], inbox: Path) -> None:
    status, _, err = run(capsys, "check", str(inbox), "--profile", "atlantis")
    assert status == 2 and "atlantis" in err


def test_output_file_and_formats(
    capsys: pytest.CaptureFixture[str], profile: str, inbox: Path, tmp_path: Path
) -> None:
    target = tmp_path / "out" / "report.json"
    target.parent.mkdir()
    status, out, _ = check(capsys, profile, str(inbox), "--format", "json", "-o", str(target))
    assert status == 1 and out == ""
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["summary"]["files"] == 2
    status, _, err = check(capsys, profile, str(inbox), "--format", "jsn")
    assert status == 2 and "json" in err
    status, _, err = check(capsys, profile, str(inbox), "-o", str(tmp_path / "no" / "dir.txt"))
    assert status == 2 and "无法写入" in err


def test_statistics_and_quiet(
    capsys: pytest.CaptureFixture[str], profile: str, inbox: Path
) -> None:
    status, out, _ = check(capsys, profile, str(inbox), "--statistics")
    lines = out.splitlines()
    assert status == 1
    assert lines[0].split()[:2] == ["1", "E005"] and lines[1].split()[:2] == ["1", "E006"]
    assert lines[-1].startswith("共发现 2 个问题")
    status, out, _ = check(capsys, profile, str(inbox), "--quiet", "--no-show-source")
    assert len(out.splitlines()) == 2 and "共发现" not in out


def test_nothing_to_check(capsys: pytest.CaptureFixture[str], profile: str, tmp_path: Path) -> None:
    empty = tmp_path / "空"
    empty.mkdir()
    status, out, err = check(capsys, profile, str(empty))
    assert status == 0 and "没有找到可检查的文件" in err
    assert "未发现问题（已检查 0 个文件）" in out


def test_stdin(
    capsys: pytest.CaptureFixture[str],
    profile: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "stdin", __import__("io").TextIOWrapper(__import__("io").BytesIO()))
    status, out, _ = check(capsys, profile, "-", "--stdin-filename", "来稿.txt")
    assert status == 1 and "来稿.txt: E006" in out


def test_pipe_to_a_closed_reader(inbox: Path, profile: str) -> None:
    """``fazhi-lint check ... | head -1`` must not end with a traceback."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    producer = subprocess.Popen(
        [sys.executable, "-m", "fazhi_lint", "check", str(inbox), "--profile", profile],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert producer.stdout is not None
    producer.stdout.close()
    _, err = producer.communicate(timeout=60)
    assert b"Traceback" not in err


# -- rules / explain / profiles ---------------------------------------------------------


def test_rules_grouped_by_family(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "rules", "--color", "never")
    assert status == 0
    assert "E 输入" in out
    line = next(line for line in out.splitlines() if "E001" in line)
    assert "file-unreadable" in line and "错误" in line
    status, out, _ = run(capsys, "rules", "--format", "json")
    rules = json.loads(out)
    assert {"code", "name", "severity", "summary", "family", "options"} <= set(rules[0])
    assert next(r["code"] for r in rules if r["family"] == "E") == "E001"


def test_explain(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "explain", "E003", "--color", "never")
    assert status == 0
    assert out.startswith("E003  legacy-word-format")
    assert "错误（error）" in out and "E 输入" in out and "错误示例" in out
    status, out, _ = run(capsys, "explain", "corrupt-file", "--format", "json")
    assert json.loads(out)["code"] == "E005"
    status, _, err = run(capsys, "explain", "corupt-file")
    assert status == 2 and "E005（corrupt-file）" in err
    status, _, err = run(capsys, "explain", "E")
    assert status == 2 and "一组检查" in err


def test_profiles(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "profiles", "--format", "json")
    assert status == 0
    rows = {row["name"]: row for row in json.loads(out)}
    assert Path(rows["national"]["source"]).name == "national.toml"
    status, out, _ = run(capsys, "profiles", "--color", "never")
    assert status == 0 and "national" in out


def test_pre_commit_hook_definition() -> None:
    text = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    assert "id: fazhi-lint" in text and "entry: fazhi-lint check" in text
    import re

    pattern = re.search(r"files: '(.+)'", text)
    assert pattern is not None
    regex = re.compile(pattern.group(1))
    for name in ("报告.docx", "a/b.PDF", "模板.dotx", "x.txt", "readme.md"):
        assert regex.search(name), name
    assert not regex.search("data.xlsx")


def test_real_json_output_matches_the_schema(
    capsys: pytest.CaptureFixture[str], inbox: Path
) -> None:
    """Every finding the current checks produce on the seed reports fits the documented schema."""
    jsonschema = pytest.importorskip("jsonschema")
    from fazhi_lint.profiles import ProfileError, load_profile
    from fazhi_lint.reporters.json_reporter import SCHEMA_PATH

    seeds = (ROOT / "../shared/seeds").resolve()
    paths = [str(p) for p in (ROOT / "fixtures", seeds, inbox) if p.is_dir()]
    try:
        load_profile("national")
    except ProfileError as exc:
        pytest.skip(f"the national profile does not load: {exc}")
    status, out, err = run(capsys, "check", *paths, "--format", "json", "--no-config")
    assert status in (0, 1), err
    data = json.loads(out)
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(data)
    assert data["summary"]["files"] == len(data["files"]) >= 2


def test_a_crash_on_one_file_does_not_stop_the_batch(
    capsys: pytest.CaptureFixture[str],
    profile: str,
    inbox: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from fazhi_lint.engine import Linter

    original = Linter.lint_path

    def flaky(self: Linter, path: str) -> object:
        if str(path).endswith(".docx"):
            raise RuntimeError("boom")
        return original(self, path)

    monkeypatch.setattr(Linter, "lint_path", flaky)
    status, out, _ = check(capsys, profile, str(inbox), "--format", "json")
    data = json.loads(out)
    codes = sorted(d["code"] for f in data["files"] for d in f["diagnostics"])
    assert codes == ["E006", "E999"] and status == 1


# -- a folder scan reports every file it does not check (E013) ------------------------------


def test_folder_scan_reports_each_skipped_file_with_what_to_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "收 文"
    (folder / "子目录").mkdir(parents=True)
    (folder / "报告.txt").write_text("2024年度法治政府建设情况报告\n", encoding="utf-8")
    for name in ("报告.ofd", "材料.zip", "说明.rtf", "子目录/扫描件.JPG", "旧稿.wps2"):
        (folder / name).write_bytes(b"x")
    (folder / "~$报告.docx").write_bytes(b"x")
    status = main(["check", str(folder), "--format", "json", "--no-config", "--select", "E"])
    data = json.loads(capsys.readouterr().out)
    notes = {
        Path(f["path"]).name: f["diagnostics"][0] for f in data["files"] if f["format"] == "skipped"
    }
    assert set(notes) == {"报告.ofd", "材料.zip", "说明.rtf", "扫描件.JPG", "旧稿.wps2"}
    assert all(n["code"] == "E013" and n["severity"] == "info" for n in notes.values())
    assert "请另存为 .docx 或 .pdf" in notes["报告.ofd"]["message"]
    assert "解压" in notes["材料.zip"]["message"]
    assert ".docx" in notes["说明.rtf"]["message"]
    assert "图片" in notes["扫描件.JPG"]["message"]
    assert ".wps2" in notes["旧稿.wps2"]["message"]  # an unknown extension is named
    assert status == 0  # notes do not fail the run
    args = ["check", str(folder), "--format", "json", "--no-config", "--select", "E"]
    assert main([*args, "--ignore", "E013"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [Path(f["path"]).name for f in data["files"]] == ["报告.txt"]


# -- command-line errors in Chinese, with "did you mean" ------------------------------------


@pytest.mark.parametrize(
    ("word", "suggested"), [("chek", "check"), ("rule", "rules"), ("explian", "explain")]
)
def test_a_mistyped_command_is_never_taken_for_a_path(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, word: str, suggested: str
) -> None:
    report = tmp_path / "报告.docx"
    status, out, err = run(capsys, word, str(report))
    assert status == 2 and out == ""
    assert f"未知命令 “{word}”；您是不是要输入 “{suggested}”？" in err
    assert "E001" not in err  # not read as a missing file


def test_an_existing_file_named_like_a_word_is_still_a_path(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "chek").write_text("2024年度法治政府建设情况报告\n", encoding="utf-8")
    status, _, err = run(capsys, "chek", "--select", "E", "--no-config")
    assert status == 0 and "未知命令" not in err
    status, _, err = run(capsys, "缺失的报告", "--select", "E", "--no-config")
    assert status == 1 and "未知命令" not in err  # a Chinese name is a path: E001


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            ["check", "x", "--formt", "json"],
            "无法识别的参数：--formt json；您是不是要输入 “--format”？",
        ),
        (["check", "x", "--selct=H"], "您是不是要输入 “--select”？"),
        (
            ["check", "x", "--severity", "warnign"],
            "选项 --severity：无效的取值 “warnign”（可选：error、warning、info）；"
            "您是不是要输入 “warning”？",
        ),
        (["check"], "缺少必需的参数：PATH"),
        (["explain"], "缺少必需的参数：CODE|NAME"),
        (["check", "x", "--jobs"], "选项 -j/--jobs：需要一个值"),
        (["check", "x", "--config", "a", "--no-config"], "--no-config：不能与 --config 同时使用"),
        (["rules", "--format", "yaml"], "无效的取值 “yaml”（可选：text、json）"),
    ],
)
def test_usage_errors_are_in_chinese(
    capsys: pytest.CaptureFixture[str], args: list[str], expected: str
) -> None:
    status, out, err = run(capsys, *args)
    assert status == 2 and out == ""
    assert expected in err, err
    assert err.startswith("用法：")
    message = err.splitlines()[-1]
    assert not re.search(r"\b(argument|invalid|expected|required|unrecognized)\b", message)


@pytest.mark.parametrize("command", [[], ["check"], ["read"], ["rules"], ["explain"], ["profiles"]])
def test_help_is_in_chinese(capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    status, out, _ = run(capsys, *command, "--help")
    assert status == 0 and out.startswith("用法：")
    assert "显示帮助并退出" in out and "选项" in out
    for english in ("usage:", "show this help", "positional arguments", "options:", "(default"):
        assert english not in out


def test_help_names_the_code_the_batch_gives_an_overrun(capsys: pytest.CaptureFixture[str]) -> None:
    """--timeout/--max-memory help must name the code the batch really reports."""
    from fazhi_lint.batch import LIMIT_CODE

    status, out, _ = run(capsys, "check", "--help")
    assert status == 0
    for option in ("--timeout", "--max-memory"):
        line = next(x for x in out.splitlines() if x.strip().startswith(option))
        assert LIMIT_CODE in line, line
        assert "E007" not in line
