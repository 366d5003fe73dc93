"""Reporting regimes as data: a profile is a TOML file; a regional one extends another.

``national.toml`` follows the central regulation. A province or city writes
``extends = "national"`` and overrides or adds only what differs. Tables merge key by key;
any other value (lists included) replaces the parent's. A list key written as
``extend-<key>`` appends to the parent's ``<key>`` instead.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from .pattern_cache import toml_error, toml_loads

BUILTIN_DIR = Path(__file__).with_name("profiles")
DEFAULT_PROFILE = "national"


class ProfileError(Exception):
    """A profile cannot be found or is malformed (a usage error: exit 2)."""


@dataclass(frozen=True)
class Profile:
    """A named profile: its merged data and the files it came from."""

    name: str
    data: dict[str, Any]
    sources: tuple[str, ...] = field(default=())

    def get(self, dotted: str, default: Any = None) -> Any:
        """``profile.get("sections.C1.keywords")``."""
        node: Any = self.data
        for part in dotted.split("."):
            if not isinstance(node, dict) or part not in node:
                return default
            node = node[part]
        return node

    @property
    def description(self) -> str:
        return str(self.data.get("description", self.name))


def profile_dirs(extra: Iterable[str | Path] = ()) -> list[Path]:
    """Where profiles are looked up: ``extra`` first (the folders plugins contribute, given by
    :mod:`fazhi_lint.registry`), then the built-in folder."""
    return [*(Path(d) for d in extra), BUILTIN_DIR]


def available_profiles(extra: Iterable[str | Path] = ()) -> dict[str, Path]:
    found: dict[str, Path] = {}
    for directory in profile_dirs(extra):
        if directory.is_dir():
            for file in sorted(directory.glob("*.toml")):
                found.setdefault(file.stem, file)
    return found


def load_profile(
    name_or_path: str = DEFAULT_PROFILE, extra_dirs: Iterable[str | Path] = ()
) -> Profile:
    return _load(str(name_or_path), tuple(str(d) for d in extra_dirs), ())


@lru_cache(maxsize=32)
def _load(name_or_path: str, extra_dirs: tuple[str, ...], chain: tuple[str, ...]) -> Profile:
    path = Path(name_or_path)
    if not (path.suffix == ".toml" and path.is_file()):
        known = available_profiles(extra_dirs)
        if name_or_path not in known:
            names = "、".join(sorted(known)) or "（无）"
            raise ProfileError(f"找不到配置方案 {name_or_path!r}；可用：{names}")
        path = known[name_or_path]
    key = str(path.resolve())
    if key in chain:
        raise ProfileError(f"配置方案循环继承：{' → '.join([*chain, key])}")
    try:
        data = toml_loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, toml_error()) as exc:
        raise ProfileError(f"配置方案 {path} 无法读取：{exc}") from exc
    parent_name = data.pop("extends", None)
    sources: tuple[str, ...] = (str(path),)
    if parent_name:
        parent = _load(str(parent_name), extra_dirs, (*chain, key))
        unknown = unknown_keys(parent.data, data)
        if unknown:
            raise ProfileError(
                f"配置方案 {path} 中有 {parent.name} 没有的键：{'、'.join(unknown)}"
                "（拼写错误？新增列表项请写 extend-<键>）"
            )
        data = merge(parent.data, data)
        sources = parent.sources + sources
    return Profile(name=data.get("name", path.stem), data=data, sources=sources)


# Keys any profile may set, whatever its parent says.
OWN_KEYS = frozenset({"name", "description", "extends"})


def unknown_keys(base: dict[str, Any], override: dict[str, Any], where: str = "") -> list[str]:
    """The keys of a regional profile that its parent does not know (dotted), so a typo such as
    ``extend-canonicl`` is an error instead of a silently ignored setting. A table whose values
    are all tables (``sections``: C1, C2, …), or that is empty, is a collection open to new
    entries; any other table is a record whose keys the parent fixes."""
    found: list[str] = []
    collection = all(isinstance(v, dict) for v in base.values())
    for key, value in override.items():
        dotted = f"{where}{key}"
        if not where and key in OWN_KEYS:
            continue
        if key.startswith("extend-"):
            if not isinstance(base.get(key[len("extend-") :]), list):
                found.append(dotted)
        elif key not in base:
            if not collection:
                found.append(dotted)
        elif isinstance(value, dict) and isinstance(base[key], dict):
            found.extend(unknown_keys(base[key], value, f"{dotted}."))
    return found


def merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    """Deep-merge ``override`` into a copy of ``base`` (see module doc for the rules)."""
    result = dict(base)
    for key, value in override.items():
        if key.startswith("extend-"):
            target = key[len("extend-") :]
            result[target] = [*result.get(target, []), *value]
        elif isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = merge(result[key], value)
        else:
            result[key] = value
    return result
