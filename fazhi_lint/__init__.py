"""fazhi-lint: a compliance checker for 法治政府建设年度报告.

Public API::

    from fazhi_lint import lint_path, lint_bytes, Config
    result = lint_path("报告.docx")
    for d in result.diagnostics:
        print(d.code, d.severity.label, d.location.human(d.offset), d.message)
"""

from __future__ import annotations

from .config import Config
from .engine import FileResult, Linter, lint_bytes, lint_path
from .model import Block, BlockKind, Diagnostic, Document, Label, Location, Severity, Span, Style

__version__ = "0.1.0"

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
