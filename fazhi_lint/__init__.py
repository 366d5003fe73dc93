"""fazhi-lint: a compliance checker for 法治政府建设年度报告.

Public API::

    from fazhi_lint import lint_path, lint_bytes, Config
    result = lint_path("报告.docx")
    for d in result.diagnostics:
        print(d.code, d.severity.label, d.location.human(d.offset), d.message)

Names are imported on first use, so that ``fazhi-lint --help`` stays fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "Config": "config",
    "FileResult": "engine",
    "Linter": "engine",
    "lint_bytes": "engine",
    "lint_path": "engine",
    "Block": "model",
    "BlockKind": "model",
    "Diagnostic": "model",
    "Document": "model",
    "Label": "model",
    "Location": "model",
    "Severity": "model",
    "Span": "model",
    "Style": "model",
}

__all__ = [
    "Block",
    "BlockKind",
    "Config",
    "Diagnostic",
    "Document",
    "FileResult",
    "Label",
    "Linter",
    "Location",
    "Severity",
    "Span",
    "Style",
    "__version__",
    "lint_bytes",
    "lint_path",
]

if TYPE_CHECKING:
    from .config import Config
    from .engine import FileResult, Linter, lint_bytes, lint_path
    from .model import (
        Block,
        BlockKind,
        Diagnostic,
        Document,
        Label,
        Location,
        Severity,
        Span,
        Style,
    )


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'fazhi_lint' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value
