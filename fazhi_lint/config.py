"""Configuration: ``[tool.fazhi-lint]`` in pyproject.toml or a ``.fazhi-lint.toml``.

Discovery walks up from the checked path (or the working directory); the nearest file
that configures fazhi-lint wins (a pyproject.toml without a ``[tool.fazhi-lint]`` table is
skipped). Command-line options override the file. A bad key or value is a
:class:`ConfigError` naming the file and the key (the CLI exits 2).

Example::

    [tool.fazhi-lint]
    profile = "national"          # or "tianjin", or a path to a .toml profile
    select = ["ALL"]              # codes, families ("H") or names
    ignore = ["T101"]
    fail-on = "warning"           # exit 1 when a finding is at least this severe ("never": exit 0)
    severity = "info"             # do not show findings below this
    exclude = ["drafts/old/*"]    # globs relative to this file's folder (see discovery.py)
    jobs = 4                      # files checked in parallel (0: one per CPU)

    [tool.fazhi-lint.rules.heading-number-gap]   # by name or code
    severity = "warning"
    restart-per-parent = false
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .model import Severity
from .pattern_cache import toml_error, toml_loads

CONFIG_FILES = (".fazhi-lint.toml", "fazhi-lint.toml", "pyproject.toml")
TOP_KEYS = {
    "profile",
    "select",
    "ignore",
    "extend-select",
    "fail-on",
    "severity",
    "exclude",
    "rules",
    "jobs",
}


class ConfigError(Exception):
    """Bad configuration; the message names the file and the key."""


@dataclass(frozen=True)
class RuleSettings:
    """The settings of one rule in the configuration: severity and options."""

    severity: Severity | None = None
    options: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Config:
    """The configuration in effect: profile, selection, severities, excluded paths."""

    profile: str = "national"
    select: tuple[str, ...] = ("ALL",)
    ignore: tuple[str, ...] = ()
    fail_on: Severity = Severity.WARNING
    min_severity: Severity = Severity.INFO
    exclude: tuple[str, ...] = ()
    rules: dict[str, RuleSettings] = field(default_factory=dict)  # key: code or name as written
    source: str | None = None  # the file it came from
    fail_never: bool = False  # ``fail-on = "never"`` / ``--exit-zero``: findings never fail the run
    jobs: int | None = None  # parallel workers (0: one per CPU; None: the engine decides)

    def with_overrides(self, **changes: Any) -> Config:
        return replace(self, **{k: v for k, v in changes.items() if v is not None})

    @property
    def root(self) -> Path | None:
        """The folder of the configuration file: ``exclude`` globs are relative to it."""
        return Path(self.source).resolve().parent if self.source else None

    def fails(self, severity: Severity) -> bool:
        """True when a finding of this severity makes the run fail (exit 1)."""
        return not self.fail_never and severity >= self.fail_on


def find_config_file(start: Path) -> Path | None:
    """The nearest configuration file at or above ``start``."""
    start = start.resolve()
    directory = start if start.is_dir() else start.parent
    for folder in (directory, *directory.parents):
        for name in CONFIG_FILES:
            candidate = folder / name
            try:
                if candidate.is_file() and _configures_us(candidate):
                    return candidate
            except OSError:  # an unreadable folder on the way up is not ours to judge
                continue
    return None


def _configures_us(path: Path) -> bool:
    if path.name != "pyproject.toml":
        return True
    try:
        data = toml_loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, toml_error()):
        return False
    return "fazhi-lint" in data.get("tool", {})


def load_config(path: Path | None) -> Config:
    """Load a configuration file; None gives the defaults."""
    if path is None:
        return Config()
    try:
        data = toml_loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: 无法读取配置文件：{exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: 配置文件不是 UTF-8 编码") from exc
    except toml_error() as exc:
        raise ConfigError(f"{path}: TOML 语法错误：{exc}") from exc
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("fazhi-lint", {})
        prefix = "tool.fazhi-lint"
    else:
        table = data
        prefix = ""
    return parse_config(table, source=str(path), prefix=prefix)


def parse_config(table: dict[str, Any], source: str = "<config>", prefix: str = "") -> Config:
    def where(key: str) -> str:
        return f"{source}: [{prefix}] {key}" if prefix else f"{source}: {key}"

    if not isinstance(table, dict):
        raise ConfigError(f"{source}: [{prefix}] 应为表（table）")
    for key in table:
        if key not in TOP_KEYS:
            known = "、".join(sorted(TOP_KEYS))
            hint = ""
            if key == "tool" and not prefix:
                hint = "；此文件中的配置项直接写在顶层，不需要 [tool.fazhi-lint] 表头"
            raise ConfigError(f"{where(key)}: 未知配置项（可用：{known}）{hint}")

    def str_list(key: str, default: tuple[str, ...]) -> tuple[str, ...]:
        if key not in table:
            return default
        value = table[key]
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{where(key)}: 应为字符串列表")
        return tuple(value)

    def severity(key: str, default: Severity, *, never: bool = False) -> Severity:
        if key not in table:
            return default
        value = table[key]
        if never and isinstance(value, str) and value.strip().lower() == "never":
            return default
        try:
            if not isinstance(value, str):
                raise ValueError(value)
            return Severity.parse(value)
        except ValueError:
            choices = "error、warning、info" + ("、never" if never else "")
            raise ConfigError(
                f"{where(key)}: 无效的严重级别 {value!r}（可用：{choices}）"
            ) from None

    jobs = table.get("jobs")
    if jobs is not None and (isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 0):
        raise ConfigError(f"{where('jobs')}: 应为非负整数（0 表示按 CPU 数），实际为 {jobs!r}")
    fail_on_raw = table.get("fail-on")
    fail_never = isinstance(fail_on_raw, str) and fail_on_raw.strip().lower() == "never"

    profile = table.get("profile", "national")
    if not isinstance(profile, str):
        raise ConfigError(f"{where('profile')}: 应为配置方案名称或 .toml 文件路径")
    if profile.endswith(".toml") and not Path(profile).is_absolute():
        profile = str(Path(source).parent / profile) if source != "<config>" else profile

    rules: dict[str, RuleSettings] = {}
    raw_rules = table.get("rules", {})
    if not isinstance(raw_rules, dict):
        raise ConfigError(f"{where('rules')}: 应为表（table）")
    for rule_key, settings in raw_rules.items():
        if not isinstance(settings, dict):
            raise ConfigError(f"{where('rules.' + rule_key)}: 应为表（table）")
        sev: Severity | None = None
        options: dict[str, Any] = {}
        for option, value in settings.items():
            if option == "severity":
                try:
                    if not isinstance(value, str):
                        raise ValueError(value)
                    sev = Severity.parse(value)
                except ValueError:
                    raise ConfigError(
                        f"{where('rules.' + rule_key + '.severity')}: 无效的严重级别 {value!r}"
                    ) from None
            else:
                options[option] = value
        rules[rule_key] = RuleSettings(severity=sev, options=options)

    select = str_list("select", ("ALL",)) + str_list("extend-select", ())
    return Config(
        profile=profile,
        select=select,
        ignore=str_list("ignore", ()),
        fail_on=severity("fail-on", Severity.WARNING, never=True),
        min_severity=severity("severity", Severity.INFO),
        exclude=str_list("exclude", ()),
        rules=rules,
        source=source,
        fail_never=fail_never,
        jobs=jobs,
    )
