"""The built-in checks, registered as a plugin through the ``fazhi_lint`` entry-point group.

One module per family; each check's docstring is its documentation (``fazhi-lint explain``).
Reading problems (``E``) are defined in :mod:`fazhi_lint.readers.errors` and published here
so that they are listed, explained, selected and ignored like every other check.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable

from ..model import Diagnostic
from ..plugins import Check, CheckContext, collect_checks, hookimpl
from ..readers.errors import INPUT_PROBLEMS

# Each family module and the code prefixes of the checks it defines: the registry imports a
# module only when a selected code may be in it (tests/test_registry.py keeps this true).
CHECK_MODULES: dict[str, tuple[str, ...]] = {
    "structure": ("S",),
    "headings": ("H",),
    "debris": ("T0",),
    "revisions": ("F0",),
    "numbers": ("N",),
    "phrases": ("P1",),
    "typography": ("T1",),
    "repetition": ("T2",),
    "wording": ("P2",),
    "privacy": ("F4",),
    "signature": ("F2",),
    "deadlines": ("F3",),
    "layout": ("F1",),
    "comparison": ("C",),
}


def family_modules() -> dict[str, tuple[str, ...]]:
    """``{module: code prefixes}`` of the built-in families (see :data:`CHECK_MODULES`)."""
    return {f"{__name__}.{name}": prefixes for name, prefixes in CHECK_MODULES.items()}


def _reported_by_reader(ctx: CheckContext) -> Iterable[Diagnostic]:
    return ()


def input_checks() -> list[Check]:
    return [
        Check(
            code=p.code,
            name=p.name,
            severity=p.severity,
            summary=p.summary,
            func=_reported_by_reader,
            explanation=p.explanation,
            plugin="fazhi_lint.readers",
        )
        for p in INPUT_PROBLEMS.values()
    ]


@hookimpl
def fazhi_lint_checks() -> list[Check]:
    found = input_checks()
    for name in CHECK_MODULES:
        found.extend(collect_checks(importlib.import_module(f"{__name__}.{name}")))
    return found
