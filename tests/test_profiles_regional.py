"""The tianjin profile extends national; a profile file can add phrases with extend-<key>."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from fazhi_lint.checks.phrases import near_misses, phrase_data
from fazhi_lint.config import Config
from fazhi_lint.engine import Linter
from fazhi_lint.model import Block, Diagnostic
from fazhi_lint.profiles import available_profiles, load_profile
from fazhi_lint.readers import read_bytes

REPO = Path(__file__).resolve().parents[1]
TITLE = "天津市河北区司法局2024年度法治政府建设情况报告\n"


def lint(text: str, profile: str, *codes: str) -> list[Diagnostic]:
    document = read_bytes((TITLE + text).encode(), "报告.txt")
    return Linter(Config(select=codes, profile=profile)).lint_document(document)


def test_tianjin_extends_national() -> None:
    assert "tianjin" in available_profiles()
    tianjin = load_profile("tianjin")
    national = load_profile("national")
    assert tianjin.name == "tianjin"
    assert [Path(s).stem for s in tianjin.sources] == ["national", "tianjin"]
    texts = [item["text"] for item in tianjin.get("phrases.canonical")]
    national_texts = [item["text"] for item in national.get("phrases.canonical")]
    assert texts[: len(national_texts)] == national_texts  # appended, not replaced
    assert "习近平总书记视察天津重要讲话精神" in texts and "四个善作善成" in texts
    assert "四个善作善成" not in national_texts
    # what tianjin does not mention is inherited unchanged
    assert tianjin.get("phrases.required") == national.get("phrases.required")
    assert tianjin.get("sections") == national.get("sections")


def test_tianjin_phrases_are_checked_only_under_tianjin() -> None:
    text = "认真落实“四个善做善成”重要要求。\n"
    (d,) = lint(text, "tianjin", "P102")
    assert d.suggestion == "四个善作善成" and d.fix == "四个善作善成"
    assert lint(text, "national", "P102") == []


def test_the_place_template_and_the_tianjin_phrase_agree() -> None:
    text = "深入贯彻落实习近平总书记察天津重要讲话精神"
    for name in ("national", "tianjin"):
        data = phrase_data(load_profile(name))
        found = [(g.found, g.expected) for g in near_misses(Block(0, text), data)]
        assert found == [("习近平总书记察天津重要讲话精神", "习近平总书记视察天津重要讲话精神")]


def test_a_profile_file_appends_required_phrases(tmp_path: Path) -> None:
    custom = tmp_path / "binhai.toml"
    custom.write_text(
        'extends = "tianjin"\n'
        'name = "binhai"\n'
        'description = "滨海新区"\n'
        "[[phrases.extend-required]]\n"
        'text = "法治滨海"\n'
        "from-year = 2024\n"
        'severity = "info"\n',
        encoding="utf-8",
    )
    found = lint("深入学习贯彻习近平法治思想和党的二十大精神。\n", str(custom), "P101")
    assert [(d.data["phrase"], d.severity.label) for d in found] == [("法治滨海", "info")]
    profile = load_profile(str(custom))
    assert [Path(s).stem for s in profile.sources] == ["national", "tianjin", "binhai"]


def test_profiles_command_lists_tianjin() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "fazhi_lint", "profiles", "--format", "json"],
        capture_output=True,
        encoding="utf-8",  # the child writes UTF-8 (PYTHONUTF8), whatever the Windows code page
        env={**os.environ, "PYTHONUTF8": "1"},
        check=True,
        cwd=REPO,
    ).stdout
    rows = {row["name"]: row for row in json.loads(out)}
    assert rows["tianjin"]["extends"] == ["national"]
    assert "天津" in rows["tianjin"]["title"]


def test_a_misspelt_key_in_a_regional_profile_is_an_error_naming_it(tmp_path: Path) -> None:
    import pytest

    from fazhi_lint.profiles import ProfileError

    cases = {
        '[[phrases.extend-canonicl]]\ntext = "四个善作善成"\n': "phrases.extend-canonicl",
        '[headings]\nappended-title-wrds = ["说明"]\n': "headings.appended-title-wrds",
        'titel = "x"\n': "titel",
    }
    for number, (body, key) in enumerate(cases.items()):
        path = tmp_path / f"bad{number}.toml"
        path.write_text('extends = "national"\n' + body, encoding="utf-8")
        with pytest.raises(ProfileError, match=key.replace(".", r"\.")):
            load_profile(str(path))
    # new entries of a collection (a section by its id) and appended lists are not typos
    good = tmp_path / "good.toml"
    good.write_text(
        'extends = "national"\nname = "good"\n'
        '[sections.C9]\nname = "其他"\n'
        '[[phrases.extend-canonical]]\ntext = "四个善作善成"\n',
        encoding="utf-8",
    )
    profile = load_profile(str(good))
    assert profile.get("sections.C9.name") == "其他"


def test_a_misspelt_profile_key_stops_the_cli_with_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "地区 方案.toml"
    bad.write_text('extends = "national"\n[phrases]\nextend-canonicl = []\n', encoding="utf-8")
    report = tmp_path / "报告.txt"
    report.write_text(TITLE, encoding="utf-8")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "fazhi_lint",
            "check",
            "--no-config",
            "--profile",
            str(bad),
            str(report),
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert done.returncode == 2
    assert "extend-canonicl" in done.stderr
