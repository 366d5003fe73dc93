"""Collects the plugins: one pluggy manager, the checks, readers and profile folders it yields.

:mod:`fazhi_lint.plugins` is the contract (hookspecs, :class:`~fazhi_lint.plugins.Check`);
this module reads the ``fazhi_lint`` entry points and indexes what they contribute.
"""

from __future__ import annotations

import importlib.metadata
from collections.abc import Iterable, Iterator

import pluggy

from .plugins import ENTRY_POINT_GROUP, PROJECT, Check, HookSpecs, ReaderSpec


def make_plugin_manager(load_entry_points: bool = True) -> pluggy.PluginManager:
    """A plugin manager with the built-ins and every installed ``fazhi_lint`` plugin.

    The built-in checks are loaded through the entry point when the package is installed;
    when running from a source tree without metadata they are registered directly.
    """
    pm = pluggy.PluginManager(PROJECT)
    pm.add_hookspecs(HookSpecs)
    if load_entry_points:
        pm.load_setuptools_entrypoints(ENTRY_POINT_GROUP)
    from . import checks as builtin

    if not pm.is_registered(builtin):
        pm.register(builtin, name="builtin")
    return pm


def iter_entry_points() -> Iterator[importlib.metadata.EntryPoint]:
    yield from importlib.metadata.entry_points(group=ENTRY_POINT_GROUP)


class Registry:
    """Every known check, indexed by code and name."""

    def __init__(self, checks: Iterable[Check]):
        self.checks: list[Check] = []
        self.readers: list[ReaderSpec] = []
        self.profile_dirs: list[str] = []  # folders of profiles contributed by plugins
        self.by_code: dict[str, Check] = {}
        self.by_name: dict[str, Check] = {}
        for item in checks:
            if item.plugin.startswith("fazhi_lint"):
                missing = [t for t in ("错误示例", "正确示例") if not item.sections.get(t)]
                if missing:  # a built-in rule documents itself by examples that are tested
                    raise ValueError(f"built-in check {item.code} lacks {'、'.join(missing)}")
            if item.code in self.by_code:
                other = self.by_code[item.code]
                raise ValueError(
                    f"check code {item.code} defined twice ({other.plugin}, {item.plugin})"
                )
            if item.name in self.by_name:
                raise ValueError(f"check name {item.name} defined twice")
            self.checks.append(item)
            self.by_code[item.code] = item
            self.by_name[item.name] = item
        self.checks.sort(key=lambda c: c.code)

    def resolve(self, key: str) -> Check | None:
        """A check by code (``H101``) or name (``heading-number-gap``)."""
        return self.by_code.get(key.upper()) or self.by_name.get(key)

    def matching(self, selector: str) -> list[Check]:
        """Checks matched by a selector: ``ALL``, a family/prefix (``H``, ``H1``), a code or name."""
        if selector.upper() == "ALL":
            return list(self.checks)
        exact = self.resolve(selector)
        if exact is not None:
            return [exact]
        prefix = selector.upper()
        return [c for c in self.checks if c.code.startswith(prefix)]

    @classmethod
    def from_plugins(cls, pm: pluggy.PluginManager | None = None) -> Registry:
        pm = pm or make_plugin_manager()
        found: list[Check] = []
        for result in pm.hook.fazhi_lint_checks():
            found.extend(result or [])
        registry = cls(found)
        for readers in pm.hook.fazhi_lint_readers():
            registry.readers.extend(readers or [])
        for dirs in pm.hook.fazhi_lint_profile_dirs():
            registry.profile_dirs.extend(str(d) for d in dirs or [])
        return registry
