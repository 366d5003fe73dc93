"""JSON Lines: one finding per line, written as soon as its file is done.

Each line is one JSON object: the diagnostic's fields exactly as in the JSON report
(docs/json-schema.md) plus ``path``, ``format`` and ``fingerprint`` (see
:mod:`fazhi_lint.baseline`). Files without findings write nothing. A consumer can process a
long batch while it runs (``fazhi-lint check 收文/ --format jsonl | jq ...``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TextIO

from . import ReportOptions

if TYPE_CHECKING:
    from ..engine import FileResult


def lines(result: FileResult, options: ReportOptions) -> list[dict[str, Any]]:
    from ..baseline import numbered_fingerprints

    found = []
    for d, value, _ in numbered_fingerprints(result, options.root):
        item: dict[str, Any] = {"path": d.path or result.path, "format": result.format}
        item.update(d.to_dict())
        item["fingerprint"] = value
        found.append(item)
    return found


def report_file(result: FileResult, stream: TextIO, options: ReportOptions) -> None:
    for item in lines(result, options):
        stream.write(json.dumps(item, ensure_ascii=False, default=_fallback))
        stream.write("\n")
    stream.flush()


def report(results: Sequence[FileResult], stream: TextIO, options: ReportOptions) -> None:
    for result in results:
        report_file(result, stream, options)


def _fallback(value: Any) -> Any:
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=str)
    return str(value)
