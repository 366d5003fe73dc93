"""The pre-commit hook, proven with the real pre-commit tool in a temporary git repository.

``test_hook_blocks_a_defective_report_and_passes_a_clean_one`` installs the hook from this
repository's ``.pre-commit-hooks.yaml`` (id, name, entry, files, exclude, types exactly as
published) as a ``repo: local`` hook with ``language: system`` pointing at the installed
``fazhi-lint``, so it runs offline in seconds; ``git commit`` must fail on a defective report
and succeed on a clean one.

``test_try_repo`` runs ``pre-commit try-repo`` against a snapshot of this repository, the way
a writer would adopt the hook (``language: python``: pre-commit builds a virtualenv and
installs the package from the package index). It takes a minute or two and needs the index,
set ``FAZHI_LINT_TRY_REPO=0`` to skip it.
"""

from __future__ import annotations

import io
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

yaml = pytest.importorskip("yaml")
pytest.importorskip("pre_commit")

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "fixtures" / "seeds"

CLEAN_REPORT = """天津市某区司法局2023年法治政府建设情况报告
2023年，区司法局坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，认真学习贯彻党的二十大精神，全面落实《法治政府建设实施纲要（2021—2025年）》，现将2023年法治政府建设情况报告如下。
一、2023年推进法治政府建设的主要举措和成效
（一）完善依法行政制度体系
全年审核行政规范性文件18件，合法性审核率达到100%。
（二）推进严格规范公正文明执法
组织行政执法人员培训3期，参训人员共计210人次。
二、党政主要负责人履行推进法治建设第一责任人职责情况
局党组书记、局长认真履行推进法治建设第一责任人职责，主持召开专题会议4次，研究部署法治政府建设重点任务。
三、存在的不足和原因
一是法治宣传的针对性还需加强，原因是基层普法力量不足；二是执法监督的信息化水平有待提高，原因是系统建设起步较晚。
四、2024年推进法治政府建设的主要安排
（一）持续完善制度建设
加强行政规范性文件管理，确保合法性审核全覆盖。
（二）加强执法监督
推进行政执法监督平台建设，提升执法监督效能。"""


def clean_docx() -> bytes:
    """CLEAN_REPORT laid out after GB/T 9704 (A4, margins, fonts, indent, 「— 1 —」)."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    def fonts(run_or_style: Any, east_asia: str, size: float) -> None:
        run_or_style.font.size = Pt(size)
        rpr = run_or_style.element.get_or_add_rPr()
        rpr.get_or_add_rFonts().set(qn("w:eastAsia"), east_asia)

    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    fonts(document.styles["Normal"], "仿宋_GB2312", 16)
    footer = section.footer.paragraphs[0]
    footer.add_run("— ")
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), " PAGE ")
    footer._p.append(field)
    footer.add_run(" —")
    for run in footer.runs:
        run.font.size = Pt(14)
    for number, line in enumerate(CLEAN_REPORT.splitlines()):
        paragraph = document.add_paragraph()
        run = paragraph.add_run(line)
        if number == 0:
            paragraph.alignment = 1  # centred
            fonts(run, "方正小标宋简体", 22)
            continue
        paragraph.paragraph_format.first_line_indent = Pt(32)
        if line[:2] in ("一、", "二、", "三、", "四、"):
            fonts(run, "黑体", 16)
        elif line.startswith("（"):
            fonts(run, "楷体_GB2312", 16)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def git(repo: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["git", *args],
        cwd=repo,
        capture_output=True,
        encoding="utf-8",
        errors="replace",
        check=check,
        env=git_env(),
    )


def git_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT"))}
    env.update(
        GIT_AUTHOR_NAME="撰稿人",
        GIT_AUTHOR_EMAIL="writer@example.invalid",
        GIT_COMMITTER_NAME="撰稿人",
        GIT_COMMITTER_EMAIL="writer@example.invalid",
        GIT_CONFIG_NOSYSTEM="1",
        PYTHONUTF8="1",  # hooks and pre-commit print UTF-8 whatever the Windows code page
        HOME=os.environ.get("FAZHI_TEST_HOME", env.get("HOME", "/tmp")),
    )
    return env


def make_repo(path: Path) -> Path:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    path.mkdir()
    git(path, "init", "-q", "-b", "main")
    git(path, "config", "commit.gpgsign", "false")
    return path


def pre_commit(repo: Path, *args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = git_env()
    env["PRE_COMMIT_HOME"] = str(home)
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", *args],
        cwd=repo,
        capture_output=True,
        encoding="utf-8",
        errors="replace",
        env=env,
        timeout=600,
    )


def published_hook() -> dict[str, object]:
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "fazhi-lint" and hook["language"] == "python"
    return dict(hook)


def test_the_clean_report_is_clean(tmp_path: Path) -> None:
    from fazhi_lint import lint_bytes
    from fazhi_lint.model import Severity

    result = lint_bytes(clean_docx(), "报告.docx")
    assert result.format == "docx"
    assert not [d for d in result.diagnostics if d.severity >= Severity.WARNING], result.diagnostics


def test_hook_blocks_a_defective_report_and_passes_a_clean_one(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "稿件")
    hook = published_hook()
    entry = shlex.split(str(hook["entry"]))
    assert entry[0] == "fazhi-lint"
    local = {
        **hook,
        "language": "system",
        "entry": shlex.join([sys.executable, "-m", "fazhi_lint", *entry[1:]]),
    }
    config = {"repos": [{"repo": "local", "hooks": [local]}]}
    (repo / ".pre-commit-config.yaml").write_text(
        yaml.safe_dump(config, allow_unicode=True), encoding="utf-8"
    )
    home = tmp_path / "pre-commit-home"
    installed = pre_commit(repo, "install", home=home)
    assert installed.returncode == 0, installed.stderr
    git(repo, "add", ".pre-commit-config.yaml")
    git(repo, "commit", "-q", "-m", "配置")

    # a defective report: the commit is refused, the findings are shown
    shutil.copyfile(SEEDS / "003-literal.docx", repo / "2023年报告.docx")
    (repo / "~$2023年报告.docx").write_bytes(b"lock file")  # excluded by the hook
    (repo / "说明.csv").write_text("a,b", encoding="utf-8")  # not a report
    git(repo, "add", "-A")
    refused = git(repo, "commit", "-m", "初稿", check=False)
    output = refused.stdout + refused.stderr
    assert refused.returncode != 0, output
    assert "Failed" in output and "H106" in output and "2023年报告.docx" in output
    assert "~$" not in output and "说明.csv" not in output  # neither was checked

    # the clean report passes
    git(repo, "rm", "-q", "--cached", "2023年报告.docx")
    (repo / "2023年报告.docx").unlink()
    (repo / "报告.docx").write_bytes(clean_docx())
    git(repo, "add", "-A")
    accepted = git(repo, "commit", "-m", "定稿", check=False)
    output = accepted.stdout + accepted.stderr
    assert accepted.returncode == 0, output
    assert "Passed" in output
    assert git(repo, "log", "--format=%s").stdout.split() == ["定稿", "配置"]


def test_hook_takes_a_file_named_like_an_option_as_a_file(tmp_path: Path) -> None:
    """A committed ``-oreport.txt`` is checked, not read as ``-o report.txt`` (issue 11)."""
    hook = published_hook()
    entry = shlex.split(str(hook["entry"]))
    assert entry[-1] == "--"
    repo = make_repo(tmp_path / "稿件")
    local = {
        **hook,
        "language": "system",
        "entry": shlex.join([sys.executable, "-m", "fazhi_lint", *entry[1:]]),
    }
    config = {"repos": [{"repo": "local", "hooks": [local]}]}
    (repo / ".pre-commit-config.yaml").write_text(
        yaml.safe_dump(config, allow_unicode=True), encoding="utf-8"
    )
    (repo / "report.txt").write_text(CLEAN_REPORT, encoding="utf-8")
    (repo / "-oreport.txt").write_text(CLEAN_REPORT + "\n\n\n一、重复的标题", encoding="utf-8")
    git(repo, "add", "--", ".")
    home = tmp_path / "pre-commit-home"
    ran = pre_commit(repo, "run", "--all-files", home=home)
    output = ran.stdout + ran.stderr
    assert (repo / "report.txt").read_text(encoding="utf-8") == CLEAN_REPORT, output
    assert "-oreport.txt" in output  # its findings are shown under its own name


def _snapshot(destination: Path) -> Path:
    """This working tree (tracked and untracked, not ignored) committed in a fresh repo."""
    listed = (
        subprocess.run(
            ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            cwd=ROOT,
            capture_output=True,
            check=True,
        )
        .stdout.decode("utf-8")
        .split("\0")
    )
    repo = make_repo(destination)
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file():
            target = repo / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "snapshot")
    return repo


@pytest.mark.skipif(os.environ.get("FAZHI_LINT_TRY_REPO") == "0", reason="FAZHI_LINT_TRY_REPO=0")
def test_try_repo(tmp_path: Path) -> None:
    hook_repo = _snapshot(tmp_path / "fazhi-lint")
    writer = make_repo(tmp_path / "稿件")
    shutil.copyfile(SEEDS / "003-literal.docx", writer / "2023年报告.docx")
    (writer / "报告.docx").write_bytes(clean_docx())
    git(writer, "add", "-A")
    home = tmp_path / "pre-commit-home"
    failing = pre_commit(
        writer, "try-repo", str(hook_repo), "fazhi-lint", "--files", "2023年报告.docx", home=home
    )
    assert failing.returncode == 1, failing.stdout + failing.stderr
    assert "H106" in failing.stdout
    passing = pre_commit(
        writer, "try-repo", str(hook_repo), "fazhi-lint", "--files", "报告.docx", home=home
    )
    assert passing.returncode == 0, passing.stdout + passing.stderr
    assert "Passed" in passing.stdout
