"""JSON: everything the linter found, in a stable, documented shape.

The shape is described by ``fazhi_lint/schema/report.schema.json`` (JSON Schema 2020-12) and
documented with an example in docs/json-schema.md. ``schema_version`` changes only when a
field is removed or changes meaning; new optional fields may appear within a version.
Output is UTF-8 text with Chinese kept as is (``ensure_ascii=False``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from . import ReportOptions, summarize

if TYPE_CHECKING:
    from ..engine import FileResult

SCHEMA_VERSION = 1
SCHEMA_PATH = Path(__file__).resolve().parents[1] / "schema" / "report.schema.json"
TOOL_NAME = "fazhi-lint"


def build(results: Sequence[FileResult]) -> dict[str, Any]:
    """The report as plain data (what :func:`report` serializes)."""
    from .. import __version__

    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": TOOL_NAME, "version": __version__},
        "files": [result.to_dict() for result in results],
        "summary": summarize(results),
    }


def report(results: Sequence[FileResult], stream: TextIO, options: ReportOptions) -> None:
    json.dump(build(results), stream, ensure_ascii=False, indent=2, default=_fallback)
    stream.write("\n")


def _fallback(value: Any) -> Any:
    """Values a check put in ``data``/``meta`` that JSON has no type for."""
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=str)
    if hasattr(value, "to_dict"):
        return value.to_dict()
    return str(value)
