"""Expanding PATH... into files: recursion, skipped folders, lock files, exclude globs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from fazhi_lint.discovery import ExcludeMatcher, discover, is_supported


def touch(root: Path, *names: str) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("正文", encoding="utf-8")


def rel(root: Path, files: list[str]) -> list[str]:
    return [Path(f).relative_to(root).as_posix() for f in files]


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    touch(
        tmp_path,
        "b.docx",
        "a.txt",
        "说明.md",
        "notes.markdown",
        "page.HTML",
        "scan.pdf",
        "template.dotx",
        "old.htm",
        "data.csv",  # unsupported extension
        "image.png",
        "~$b.docx",  # Word lock file
        ".hidden.txt",
        "sub/deep/c.txt",
        "sub/d.docx",
        ".git/e.txt",
        ".cache/f.txt",
        "node_modules/g.md",
        "env/h.txt",  # a virtualenv under another name
        "env/pyvenv.cfg",
    )
    return tmp_path


def test_folder_walk_finds_supported_files_sorted(tree: Path) -> None:
    found = discover([str(tree)])
    assert rel(tree, found.files) == [
        "a.txt",
        "b.docx",
        "notes.markdown",
        "old.htm",
        "page.HTML",
        "scan.pdf",
        "sub/d.docx",
        "sub/deep/c.txt",
        "template.dotx",
        "说明.md",
    ]
    assert found.excluded == [] and found.errors == []


def test_explicit_files_are_checked_whatever_their_extension(tree: Path) -> None:
    csv = str(tree / "data.csv")
    missing = str(tree / "nope.docx")
    found = discover([csv, missing])
    assert found.files == sorted([csv, missing])


def test_numbers_sort_by_value(tmp_path: Path) -> None:
    touch(tmp_path, "10.txt", "2.txt", "1.txt", "附件11.docx", "附件9.docx")
    found = discover([str(tmp_path)])
    assert rel(tmp_path, found.files) == ["1.txt", "2.txt", "10.txt", "附件9.docx", "附件11.docx"]


def test_duplicates_are_collapsed(tree: Path) -> None:
    found = discover([str(tree / "sub"), str(tree / "sub" / "d.docx"), str(tree / "sub/../sub")])
    assert rel(tree, found.files) == ["sub/d.docx", "sub/deep/c.txt"]


def test_relative_paths_stay_relative(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tree)
    found = discover(["."])
    assert "a.txt" in found.files
    assert os.path.join("sub", "deep", "c.txt") in found.files
    assert not any(f.startswith("./") for f in found.files)


def test_exclude_name_pattern_anywhere(tree: Path) -> None:
    found = discover([str(tree)], exclude=["*.pdf", "deep"], root=tree)
    names = rel(tree, found.files)
    assert "scan.pdf" not in names
    assert "sub/deep/c.txt" not in names
    assert "sub/d.docx" in names


def test_exclude_anchored_pattern(tree: Path) -> None:
    found = discover([str(tree)], exclude=["sub/*"], root=tree)
    names = rel(tree, found.files)
    assert "sub/d.docx" not in names
    assert "sub/deep/c.txt" not in names  # the folder matched: everything below it goes
    assert "a.txt" in names


def test_exclude_double_star(tree: Path) -> None:
    found = discover([str(tree)], exclude=["**/*.txt"], root=tree)
    names = rel(tree, found.files)
    assert "a.txt" not in names and "sub/deep/c.txt" not in names
    assert "b.docx" in names


def test_exclude_applies_to_explicit_paths(tree: Path) -> None:
    target = str(tree / "scan.pdf")
    found = discover([target, str(tree / "a.txt")], exclude=["*.pdf"], root=tree)
    assert found.excluded == [target]
    assert rel(tree, found.files) == ["a.txt"]


def test_anchored_pattern_does_not_match_same_name_elsewhere(tmp_path: Path) -> None:
    touch(tmp_path, "drafts/old/x.txt", "keep/drafts/old/y.txt")
    found = discover([str(tmp_path)], exclude=["drafts/old/*"], root=tmp_path)
    assert rel(tmp_path, found.files) == ["keep/drafts/old/y.txt"]


def test_matcher_question_mark_and_class() -> None:
    root = Path("/r")
    matcher = ExcludeMatcher(["draft?.txt", "[ab].md"], root)
    assert matcher.matches("/r/x/draft1.txt")
    assert not matcher.matches("/r/x/draft12.txt")
    assert matcher.matches("/r/a.md") and not matcher.matches("/r/c.md")
    assert not ExcludeMatcher([], root)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("报告.docx", True),
        ("REPORT.PDF", True),
        ("~$报告.docx", False),
        (".draft.txt", False),
        ("table.xlsx", False),
        ("x.markdown", True),
    ],
)
def test_is_supported(name: str, expected: bool) -> None:
    assert is_supported(name) is expected


# -- files a folder scan does not check are listed, each with what to do (E013) ------------


def test_folder_walk_lists_what_it_skips(tree: Path) -> None:
    found = discover([str(tree)])
    # the lock file, hidden files and skipped folders stay silent; the rest is listed
    # lock file, hidden files, skipped folders (.git, node_modules, the virtualenv) stay silent
    assert rel(tree, found.skipped) == ["data.csv", "image.png"]


def test_excluded_and_explicit_files_are_not_listed_as_skipped(tmp_path: Path) -> None:
    touch(tmp_path, "报告.ofd", "归档/旧.zip", "Thumbs.db")
    found = discover([str(tmp_path)], exclude=["归档"], root=tmp_path)
    assert rel(tmp_path, found.skipped) == ["报告.ofd"]
    explicit = discover([str(tmp_path / "报告.ofd")])
    assert explicit.skipped == [] and len(explicit.files) == 1


def test_docm_is_picked_up_like_docx() -> None:
    assert is_supported("报告.docm") and is_supported("模板.DOTM")
