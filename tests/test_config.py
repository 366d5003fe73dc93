"""Configuration files: discovery, parsing, errors that name the file and the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from fazhi_lint.config import (
    Config,
    ConfigError,
    RuleSettings,
    find_config_file,
    load_config,
    parse_config,
)
from fazhi_lint.model import Severity


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_nearest_file_wins_and_foreign_pyproject_is_skipped(tmp_path: Path) -> None:
    top = write(tmp_path / ".fazhi-lint.toml", 'ignore = ["T101"]\n')
    write(tmp_path / "a" / "pyproject.toml", '[project]\nname = "x"\n')  # not ours
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    assert find_config_file(deep) == top.resolve()
    assert find_config_file(deep / "报告.docx") == top.resolve()  # a file that does not exist

    ours = write(tmp_path / "a" / "b" / "pyproject.toml", "[tool.fazhi-lint]\nignore = []\n")
    assert find_config_file(deep / "报告.docx") == ours.resolve()


def test_file_names_in_priority_order(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", "[tool.fazhi-lint]\n")
    plain = write(tmp_path / "fazhi-lint.toml", "")
    assert find_config_file(tmp_path) == plain.resolve()
    dotted = write(tmp_path / ".fazhi-lint.toml", "")
    assert find_config_file(tmp_path) == dotted.resolve()


def test_pyproject_table_is_parsed(tmp_path: Path) -> None:
    path = write(
        tmp_path / "pyproject.toml",
        """
[tool.fazhi-lint]
profile = "national"
select = ["S", "H"]
extend-select = ["T101"]
ignore = "H107"
fail-on = "error"
severity = "warning"
exclude = ["归档/*"]
jobs = 2

[tool.fazhi-lint.rules.heading-number-gap]
severity = "info"
restart-per-parent = false
""",
    )
    config = load_config(path)
    assert config.select == ("S", "H", "T101")
    assert config.ignore == ("H107",)
    assert config.fail_on is Severity.ERROR and not config.fail_never
    assert config.min_severity is Severity.WARNING
    assert config.exclude == ("归档/*",)
    assert config.jobs == 2
    assert config.rules["heading-number-gap"] == RuleSettings(
        severity=Severity.INFO, options={"restart-per-parent": False}
    )
    assert config.source == str(path)
    assert config.root == tmp_path.resolve()


def test_defaults_without_a_file() -> None:
    config = load_config(None)
    assert config == Config()
    assert config.root is None
    assert config.fails(Severity.WARNING) and not config.fails(Severity.INFO)


def test_fail_on_never() -> None:
    config = parse_config({"fail-on": "never"})
    assert config.fail_never
    assert not config.fails(Severity.ERROR)


@pytest.mark.parametrize(
    ("table", "key", "fragment"),
    [
        ({"selct": ["H"]}, "selct", "未知配置项"),
        ({"fail-on": "fatal"}, "fail-on", "无效的严重级别"),
        ({"severity": 3}, "severity", "无效的严重级别"),
        ({"select": "H", "ignore": [1]}, "ignore", "应为字符串列表"),
        ({"jobs": -1}, "jobs", "非负整数"),
        ({"jobs": True}, "jobs", "非负整数"),
        ({"profile": 7}, "profile", "配置方案"),
        ({"rules": ["H101"]}, "rules", "应为表"),
        ({"rules": {"H101": "off"}}, "rules.H101", "应为表"),
        ({"rules": {"H101": {"severity": "loud"}}}, "rules.H101.severity", "无效的严重级别"),
    ],
)
def test_bad_values_name_file_and_key(table: dict[str, object], key: str, fragment: str) -> None:
    with pytest.raises(ConfigError) as info:
        parse_config(table, source="/x/pyproject.toml", prefix="tool.fazhi-lint")
    message = str(info.value)
    assert message.startswith("/x/pyproject.toml: [tool.fazhi-lint] " + key)
    assert fragment in message


def test_syntax_error_names_the_file(tmp_path: Path) -> None:
    path = write(tmp_path / ".fazhi-lint.toml", "select = [\n")
    with pytest.raises(ConfigError, match=r"\.fazhi-lint\.toml: TOML 语法错误"):
        load_config(path)


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / ".fazhi-lint.toml"
    path.write_bytes('ignore = ["标题"]'.encode("gbk"))
    with pytest.raises(ConfigError, match="UTF-8"):
        load_config(path)


def test_tool_table_in_dedicated_file_gets_a_hint(tmp_path: Path) -> None:
    path = write(tmp_path / ".fazhi-lint.toml", '[tool.fazhi-lint]\nselect = ["H"]\n')
    with pytest.raises(ConfigError, match="顶层"):
        load_config(path)


def test_relative_profile_path_is_relative_to_the_config_file(tmp_path: Path) -> None:
    path = write(tmp_path / "conf" / ".fazhi-lint.toml", 'profile = "regimes/city.toml"\n')
    config = load_config(path)
    assert Path(config.profile) == tmp_path / "conf" / "regimes" / "city.toml"
    # a profile name stays a name
    assert parse_config({"profile": "national"}).profile == "national"


def test_with_overrides_keeps_unset_values() -> None:
    config = parse_config({"ignore": ["H107"], "fail-on": "error"})
    changed = config.with_overrides(fail_on=None, min_severity=Severity.ERROR)
    assert changed.fail_on is Severity.ERROR and changed.ignore == ("H107",)
    assert changed.min_severity is Severity.ERROR
