"""The built-in checks, registered as a plugin through the ``fazhi_lint`` entry-point group.

One module per family; each check's docstring is its documentation (``fazhi-lint explain``).
Which code prefixes each module defines is :data:`fazhi_lint.plugins.CHECK_MODULES`, so that
the registry imports a family only when a selected code may be in it.
Reading problems (``E``) are defined in :mod:`fazhi_lint.readers.errors` and published here
so that they are listed, explained, selected and ignored like every other check.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable

from fazhi_lint.model import Diagnostic
from fazhi_lint.plugins import (
    CHECK_MODULES,
    Check,
    CheckContext,
    collect_checks,
    deferred_hookimpl,
)
from fazhi_lint.readers.errors import INPUT_PROBLEMS


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


__all__ = ["CHECK_MODULES", "fazhi_lint_checks", "input_checks"]


@deferred_hookimpl
def fazhi_lint_checks() -> list[Check]:
    found = input_checks()
    for name in CHECK_MODULES:
        found.extend(collect_checks(importlib.import_module(f"{__name__}.{name}")))
    return found
