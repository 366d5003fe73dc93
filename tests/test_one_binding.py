"""No module binds a top-level name twice.

A module-level pattern or word list defined a second time further down silently replaces the
first at every call, the calls written beside the first definition included: they then read a
pattern other than the one printed above them, and the first definition is dead code. Read
statically (``ast``); ``typing.overload`` stubs are the one allowed repeat.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted([*(ROOT / "fazhi_lint").rglob("*.py"), *(ROOT / "checks").rglob("*.py")])


def _is_overload(node: ast.stmt) -> bool:
    return isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and any(
        (isinstance(d, ast.Name) and d.id == "overload")
        or (isinstance(d, ast.Attribute) and d.attr == "overload")
        for d in node.decorator_list
    )


def _bound_names(node: ast.stmt) -> list[str]:
    if isinstance(node, ast.Assign):
        return [t.id for t in node.targets if isinstance(t, ast.Name)]
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
        return [node.target.id] if node.value is not None else []
    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
        return [] if _is_overload(node) else [node.name]
    return []


def rebound(source: str) -> dict[str, list[int]]:
    """The top-level names bound more than once, with the lines that bind them."""
    lines: dict[str, list[int]] = {}
    for node in ast.parse(source).body:
        for name in _bound_names(node):
            lines.setdefault(name, []).append(node.lineno)
    return {name: at for name, at in lines.items() if len(at) > 1}


def test_the_reader_of_bindings_sees_a_second_pattern_and_passes_overloads() -> None:
    source = (
        "import re\nfrom typing import overload\n"
        "_A_RE = re.compile('[，,]')\n"
        "def f(t): return _A_RE.search(t)\n"
        "@overload\ndef g(x: int) -> int: ...\n@overload\ndef g(x: str) -> str: ...\n"
        "def g(x): return x\n"
        "_A_RE = re.compile('[，,。]')\n"
    )
    assert rebound(source) == {"_A_RE": [3, 10]}


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_top_level_name_is_bound_twice(path: Path) -> None:
    assert rebound(path.read_text("utf-8")) == {}
