"""Shared grammars: the small patterns several layers read (years, units), stated once.

This module sits beside :mod:`fazhi_lint.model`, below the readers and the analysis, and
imports nothing of the project, so a reader, an analysis view and a check all take a year or
a unit from the same place.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

#: The statistics lexicon (units, numerals, clauses…): data of :mod:`fazhi_lint.analysis`.
NUMBERS_DATA = Path(__file__).resolve().parent / "analysis" / "numbers.toml"

# -- years ------------------------------------------------------------------------------------

#: A standalone year (not an end of a range such as 2021—2025年): the digits are group 1.
YEAR_RE = re.compile(r"(?<![\d－—\-~～至到])((?:19|20)\d{2})\s*年(?!\s*[－—\-~～至到])")

# -- units ------------------------------------------------------------------------------------

#: The kinds of unit of numbers.toml ``[units]``, in the order a unit's kind is decided.
UNIT_KINDS = ("count", "money", "time", "measure", "percent", "points", "multiple")


def unit_kinds(units: Mapping[str, Any]) -> dict[str, str]:
    """unit -> its kind (the first kind listing it), from numbers.toml ``[units]``."""
    kinds: dict[str, str] = {}
    for kind in UNIT_KINDS:
        for unit in units.get(kind, []):
            kinds.setdefault(unit, kind)
    return kinds


def unit_alternation(units: Mapping[str, Any]) -> str:
    """A regex alternation of every unit, longest first, each with its ``not-before`` guard."""
    not_before: dict[str, str] = units.get("not-before", {})
    parts = []
    for unit in sorted(unit_kinds(units), key=lambda u: (-len(u), u)):
        guard = not_before.get(unit)
        piece = re.escape(unit)
        if guard:
            piece += f"(?![{re.escape(guard)}])"
        parts.append(piece)
    return "|".join(parts)


@lru_cache(maxsize=1)
def unit_pattern() -> str:
    """:func:`unit_alternation` of the built-in lexicon (for readers, which sit below it)."""
    with open(NUMBERS_DATA, "rb") as handle:
        return unit_alternation(tomllib.load(handle)["units"])
