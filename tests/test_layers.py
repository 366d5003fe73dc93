"""The import direction: model ← readers ← analysis ← checks ← engine ← reporters/CLI/desk.

Read statically (``ast``), every import of the package counts, a function-level (lazy) one
included: a module may import from its own layer or a lower one, never from a higher one, and
the imports form no cycle. Imports under ``if TYPE_CHECKING:`` are type annotations, not
dependencies, and are left out.
"""

from __future__ import annotations

import ast
from functools import lru_cache
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "fazhi_lint"
ROOT = "fazhi_lint"
# the built-in checks: the top-level folder checks/, installed as fazhi_lint.checks
# (pyproject.toml, package-dir)
CHECKS_FOLDER = PACKAGE.parent / "checks"
CHECKS = "fazhi_lint.checks"

# lowest first; a module belongs to the first layer with a prefix that names it or a parent
LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "model",
        (
            "fazhi_lint.model",
            "fazhi_lint.config",
            "fazhi_lint.grammar",
            "fazhi_lint.civil_date",
            "fazhi_lint.profiles",
            "fazhi_lint.lifeline",
            "fazhi_lint.safe_write",
            "fazhi_lint.discovery",
            "fazhi_lint.pattern_cache",
            "fazhi_lint.plugin_index",
            "fazhi_lint.deferred",
            "fazhi_lint.data_files",
        ),
    ),
    ("readers", ("fazhi_lint.readers",)),
    ("analysis", ("fazhi_lint.analysis",)),
    ("checks", ("fazhi_lint.plugins", "fazhi_lint.checks")),
    (
        "engine",
        (
            "fazhi_lint.registry",
            "fazhi_lint.engine",
            "fazhi_lint.run",
            "fazhi_lint.batch",
            "fazhi_lint.baseline",
            "fazhi_lint.comparison",
        ),
    ),
    (
        "front",
        (
            "fazhi_lint.reporters",
            "fazhi_lint.annotate",
            "fazhi_lint.readview",
            "fazhi_lint.cli",
            "fazhi_lint.desk",
            "fazhi_lint.__main__",
        ),
    ),
)
# the package itself: its __init__ re-exports the engine's API; its submodules import only
# ``__version__`` from it (``from fazhi_lint import __version__``), which is no layer
PACKAGE_ITSELF = "fazhi_lint"


def _module_name(path: Path) -> str:
    if path.is_relative_to(CHECKS_FOLDER):
        relative = path.relative_to(CHECKS_FOLDER).with_suffix("").parts
        parts: tuple[str, ...] = (*CHECKS.split("."), *relative)
    else:
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@lru_cache(maxsize=1)
def modules() -> dict[str, Path]:
    files = sorted(PACKAGE.rglob("*.py")) + sorted(CHECKS_FOLDER.rglob("*.py"))
    return {_module_name(p): p for p in files}


def layer_of(module: str) -> int:
    for number, (_, prefixes) in enumerate(LAYERS):
        if any(module == p or module.startswith(p + ".") for p in prefixes):
            return number
    raise AssertionError(f"{module} is in no layer: add it to LAYERS in {__file__}")


def _type_checking_nodes(tree: ast.AST) -> set[int]:
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped.update(id(inner) for inner in ast.walk(node))
    return skipped


def imports_of(module: str, typed: bool = False) -> dict[str, int]:
    """The project's modules ``module`` imports at run time (with ``typed``, for the type
    checker too) -> the line of the first import."""
    path = modules()[module]
    source = path.read_text(encoding="utf-8")
    return parse_imports(source, module, path.name == "__init__.py", typed)


def parse_imports(
    source: str, module: str, is_package: bool = False, typed: bool = False
) -> dict[str, int]:
    package = module if is_package else module.rpartition(".")[0]
    tree = ast.parse(source)
    skipped = set() if typed else _type_checking_nodes(tree)
    known = modules()
    found: dict[str, int] = {}
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        targets: list[str] = []
        if isinstance(node, ast.ImportFrom):
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1])
                target = f"{base}.{node.module}" if node.module else base
            else:
                target = node.module or ""
            for alias in node.names:
                child = f"{target}.{alias.name}"
                targets.append(child if child in known else target)
        elif isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        for target in targets:
            if target in known and target != module:
                found.setdefault(target, node.lineno)
    return found


def test_every_module_has_a_layer() -> None:
    for module in modules():
        if module != PACKAGE_ITSELF:
            layer_of(module)


def test_no_import_up_a_layer() -> None:
    wrong = []
    for module in modules():
        if module == PACKAGE_ITSELF:
            continue
        mine = layer_of(module)
        for target, line in imports_of(module).items():
            if target == PACKAGE_ITSELF:
                continue
            if layer_of(target) > mine:
                wrong.append(
                    f"{modules()[module].relative_to(PACKAGE.parent)}:{line}: {module} "
                    f"({LAYERS[mine][0]}) imports {target} ({LAYERS[layer_of(target)][0]})"
                )
    assert not wrong, "imports up a layer:\n" + "\n".join(wrong)


def test_no_check_module_imports_another() -> None:
    """The check families share code through the analysis views and helpers below them, never
    by importing one another (a family is imported only when its codes are selected)."""
    wrong = [
        f"{module} imports {target} (line {line})"
        for module in modules()
        if module.startswith(CHECKS + ".")
        for target, line in imports_of(module).items()
        if target.startswith(CHECKS + ".")
    ]
    assert not wrong, "a check module imports another:\n" + "\n".join(wrong)


def test_the_package_names_the_checks_only_by_string() -> None:
    """Nothing in fazhi_lint/ imports ``fazhi_lint.checks`` statically, not even for a type
    annotation: the registry imports the families by name (importlib), so the checks can live
    in their own folder and mypy, which cannot follow the install's mapping of that folder,
    reads them as a package of their own (pyproject.toml, ``[tool.mypy]``)."""
    wrong = [
        f"{module} imports {target} (line {line})"
        for module in modules()
        if not (module == CHECKS or module.startswith(CHECKS + "."))
        for target, line in imports_of(module, typed=True).items()
        if target == CHECKS or target.startswith(CHECKS + ".")
    ]
    assert not wrong, "\n".join(wrong)


def test_no_import_cycle() -> None:
    graph = {m: set(imports_of(m)) - {PACKAGE_ITSELF} for m in modules()}
    cycles = _cycles(graph)
    assert not cycles, "import cycles:\n" + "\n".join(" → ".join(c) for c in cycles)


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


@pytest.mark.parametrize(
    ("graph", "expected"),
    [
        ({"a": {"b"}, "b": {"c"}, "c": set()}, []),
        ({"a": {"b"}, "b": {"c"}, "c": {"a"}}, [["a", "b", "c"]]),
        ({"a": {"b"}, "b": {"a"}, "c": {"d"}, "d": {"c"}}, [["a", "b"], ["c", "d"]]),
    ],
)
def test_cycle_finder(graph: dict[str, set[str]], expected: list[list[str]]) -> None:
    assert sorted(_cycles(graph)) == expected


def test_the_checker_sees_lazy_imports_but_not_type_annotations() -> None:
    """A function-level import is a dependency like any other (the old outline → checks one);
    one under ``if TYPE_CHECKING:`` is not."""
    lazy = "def f():\n    from ..checks.debris import page_chrome\n    return page_chrome\n"
    found = parse_imports(lazy, "fazhi_lint.analysis.outline")
    assert found == {"fazhi_lint.checks.debris": 2}
    assert layer_of("fazhi_lint.checks.debris") > layer_of("fazhi_lint.analysis.outline")
    typed = "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from ..plugins import ReaderSpec\n"
    assert parse_imports(typed, "fazhi_lint.readers", is_package=True) == {}
    sibling = "from .typography import snippet\n"
    assert parse_imports(sibling, "fazhi_lint.checks.wording") == {
        "fazhi_lint.checks.typography": 1
    }
    plain = "from ..plugins import ReaderSpec\nfrom . import errors\n"
    assert parse_imports(plain, "fazhi_lint.readers", is_package=True) == {
        "fazhi_lint.plugins": 1,
        "fazhi_lint.readers.errors": 2,
    }
