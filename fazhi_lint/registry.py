"""Collects the plugins: one pluggy manager, read once, and everything its four hooks yield.

:mod:`fazhi_lint.plugins` is the contract (hookspecs, :class:`~fazhi_lint.plugins.Check`);
this module reads the ``fazhi_lint`` entry points and indexes what they contribute: checks
(by code and name), readers, reporters (output formats) and profile folders.

The built-in check families are imported only when a selected code can be in them: the table
:data:`fazhi_lint.plugins.CHECK_MODULES` says which code prefixes each family module defines
(``--select H`` imports ``headings`` alone). A plugin's checks are collected through its
``fazhi_lint_checks`` hook as they always were.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from . import plugin_index
from .plugins import (
    CHECK_MODULES,
    ENTRY_POINT_GROUP,
    PROJECT,
    Check,
    ReaderSpec,
    collect_checks,
    has_example_titles,
)

if TYPE_CHECKING:
    import importlib.metadata

    import pluggy

BUILTIN = f"{PROJECT}.checks"  # imported by name only: it may live outside this folder
# a code or a code prefix (``H``, ``H1``, ``h101``); anything else selects by name
_CODE_OR_PREFIX = re.compile(r"^[A-Za-z][0-9]{0,3}$")


def make_plugin_manager(load_entry_points: bool = True) -> pluggy.PluginManager:
    """A plugin manager with the built-ins and every installed ``fazhi_lint`` plugin.

    The built-in checks are loaded through the entry point when the package is installed;
    when running from a source tree without metadata they are registered directly.
    """
    if load_entry_points:  # as pluggy's load_setuptools_entrypoints (fazhi_lint/plugin_index.py)
        pm = plugin_index.load_entry_points(_new_manager, ENTRY_POINT_GROUP)
    else:
        pm = _new_manager()
    builtin = importlib.import_module(BUILTIN)
    if not pm.is_registered(builtin):
        pm.register(builtin, name="builtin")
    return pm


def _new_manager() -> pluggy.PluginManager:
    import pluggy  # here: a command line that needs no manager does not import it

    from .plugins import HookSpecs

    pm = pluggy.PluginManager(PROJECT)
    pm.add_hookspecs(HookSpecs)
    return pm


def iter_entry_points() -> Iterator[importlib.metadata.EntryPoint]:
    import importlib.metadata

    yield from importlib.metadata.entry_points(group=ENTRY_POINT_GROUP)


class Registry:
    """Every known check, indexed by code and name; and the readers, reporters and profile
    folders the plugins contribute.

    ``families`` maps a module to the code prefixes it defines; such a module is imported
    (and its checks added) the first time a code or selector that may fall in it is asked for.
    """

    def __init__(
        self,
        checks: Iterable[Check] = (),
        families: Mapping[str, Iterable[str]] | None = None,
    ):
        self._checks: list[Check] = []
        self._pending: dict[str, tuple[str, ...]] = {
            module: tuple(p.upper() for p in prefixes)
            for module, prefixes in (families or {}).items()
        }
        self.readers: list[ReaderSpec] = []
        self.reporters: dict[str, Any] = {}  # output formats contributed by plugins
        self.profile_dirs: list[str] = []  # folders of profiles contributed by plugins
        self._pm: pluggy.PluginManager | None = None
        self._pm_on_demand = False  # built by make_plugin_manager() when first asked for
        self._by_code: dict[str, Check] = {}
        self._by_name: dict[str, Check] = {}
        for item in checks:
            self._add(item)

    def _add(self, item: Check) -> None:
        # (titles found by a quick test: the docstring is parsed only when one seems missing)
        if item.plugin.startswith("fazhi_lint") and not has_example_titles(item.explanation):
            missing = [t for t in ("错误示例", "正确示例") if not item.sections.get(t)]
            if missing:  # a built-in rule documents itself by examples that are tested
                raise ValueError(f"built-in check {item.code} lacks {'、'.join(missing)}")
        if item.code in self._by_code:
            other = self._by_code[item.code]
            raise ValueError(
                f"check code {item.code} defined twice ({other.plugin}, {item.plugin})"
            )
        if item.name in self._by_name:
            raise ValueError(f"check name {item.name} defined twice")
        self._checks.append(item)
        self._by_code[item.code] = item
        self._by_name[item.name] = item

    @property
    def pm(self) -> pluggy.PluginManager | None:
        """The plugin manager the registry was collected from (see :meth:`from_plugins`)."""
        if self._pm is None and self._pm_on_demand:
            self._pm = make_plugin_manager()
        return self._pm

    @pm.setter
    def pm(self, value: pluggy.PluginManager | None) -> None:
        self._pm = value

    # -- lazy families -----------------------------------------------------------------------
    def _load(self, modules: Iterable[str]) -> None:
        for module in list(modules):
            if self._pending.pop(module, None) is None:
                continue
            for item in collect_checks(importlib.import_module(module)):
                self._add(item)

    def _load_prefix(self, prefix: str) -> None:
        """Import the families that may define a code starting with ``prefix``."""
        prefix = prefix.upper()
        self._load(
            m
            for m, own in self._pending.items()
            if any(p.startswith(prefix) or prefix.startswith(p) for p in own)
        )

    def load_all(self) -> None:
        self._load(list(self._pending))

    @property
    def pending(self) -> list[str]:
        """The family modules not imported yet."""
        return list(self._pending)

    # -- lookup ------------------------------------------------------------------------------
    @property
    def checks(self) -> list[Check]:
        """Every check, by code (imports every family)."""
        self.load_all()
        return sorted(self._checks, key=lambda c: c.code)

    @property
    def by_code(self) -> dict[str, Check]:
        self.load_all()
        return self._by_code

    @property
    def by_name(self) -> dict[str, Check]:
        self.load_all()
        return self._by_name

    def resolve(self, key: str) -> Check | None:
        """A check by code (``H101``) or name (``heading-number-gap``)."""
        if _CODE_OR_PREFIX.match(key):  # never a built-in name (tests/test_registry.py)
            self._load_prefix(key)
            return self._by_code.get(key.upper()) or self._by_name.get(key)
        found = self._by_name.get(key)
        if found is None and self._pending:
            self.load_all()
            found = self._by_name.get(key)
        return found

    def knows(self, selector: str) -> bool:
        """Whether ``selector`` selects anything (``ALL`` always does: no family is imported)."""
        return selector.upper() == "ALL" or bool(self.matching(selector))

    def matching(self, selector: str) -> list[Check]:
        """Checks matched by a selector: ``ALL``, a family/prefix (``H``, ``H1``), a code or name."""
        if selector.upper() == "ALL":
            return self.checks
        exact = self.resolve(selector)
        if exact is not None:
            return [exact]
        prefix = selector.upper()
        if _CODE_OR_PREFIX.match(selector):
            self._load_prefix(prefix)
        return sorted((c for c in self._checks if c.code.startswith(prefix)), key=lambda c: c.code)

    # -- collection --------------------------------------------------------------------------
    @classmethod
    def from_plugins(cls, pm: pluggy.PluginManager | None = None) -> Registry:
        """Everything the plugins of ``pm`` (by default: the built-ins and every installed
        plugin) contribute through the four hooks. A broken plugin raises.

        When the plugin index (:mod:`fazhi_lint.plugin_index`, the command line) says that
        the built-in checks are the only plugin, the registry is what the manager would give
        (the built-in module implements ``fazhi_lint_checks`` alone, collected by family),
        and the manager itself, whose registration inspects the signature of every hook
        (``inspect``: about 4 % of a cold check of one file), is built only when asked for
        (:attr:`pm`)."""
        if pm is None and _builtin_alone():
            registry = cls(
                importlib.import_module(BUILTIN).input_checks(), families=family_modules()
            )
            registry._pm_on_demand = True
            return registry
        pm = pm or make_plugin_manager()
        builtin = importlib.import_module(BUILTIN)
        if pm.is_registered(builtin):  # the built-in families are imported when selected
            registry = cls(builtin.input_checks(), families=family_modules())
            others = pm.subset_hook_caller("fazhi_lint_checks", remove_plugins=[builtin])
        else:
            registry = cls()
            others = pm.hook.fazhi_lint_checks
        registry.pm = pm
        for result in others():
            for item in result or []:
                registry._add(item)
        for readers in pm.hook.fazhi_lint_readers():
            registry.readers.extend(readers or [])
        for dirs in pm.hook.fazhi_lint_profile_dirs():
            registry.profile_dirs.extend(str(d) for d in dirs or [])
        for contributed in pm.hook.fazhi_lint_reporters():
            for name, reporter in dict(contributed or {}).items():
                registry.reporters.setdefault(name, reporter)
        return registry


def _builtin_alone() -> bool:
    """Whether the plugin index knows the entry points, and none but the built-in checks'
    (the manager registers the built-in module by itself when it has no entry point, and
    the first of several under one name: an editable install run from its own folder)."""
    records = plugin_index.current_records()
    return (
        records is not None
        and len({name for name, _, _ in records}) <= 1
        and all(value == BUILTIN for _, value, _ in records)
    )


def family_modules() -> dict[str, tuple[str, ...]]:
    """``{module: code prefixes}`` of the built-in families (see :data:`CHECK_MODULES`)."""
    return {f"{BUILTIN}.{name}": prefixes for name, prefixes in CHECK_MODULES.items()}


@lru_cache(maxsize=1)
def default_registry() -> Registry:
    """The registry of the installed plugins, collected once per process."""
    return Registry.from_plugins()
