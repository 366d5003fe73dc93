"""The registry (fazhi_lint/registry.py): one plugin manager for the four hooks, read once, and
the built-in check families imported only when selected."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pluggy

from fazhi_lint.config import Config
from fazhi_lint.engine import Linter
from fazhi_lint.plugins import CHECK_MODULES, ENTRY_POINT_GROUP, HookSpecs, collect_checks, hookimpl
from fazhi_lint.registry import (
    _CODE_OR_PREFIX,
    Registry,
    default_registry,
    family_modules,
    make_plugin_manager,
)

ROOT = Path(__file__).resolve().parents[1]


def test_the_family_table_says_where_each_code_is() -> None:
    """Every check of a family module has one of its prefixes and none of another module's."""
    for module, prefixes in family_modules().items():
        checks = collect_checks(importlib.import_module(module))
        assert checks, module
        for item in checks:
            owners = [m for m, own in family_modules().items() if item.code.startswith(own)]
            assert owners == [module], f"{item.code} of {module} is claimed by {owners}"
            assert item.code.startswith(prefixes)


def test_no_builtin_name_looks_like_a_code() -> None:
    """A key shaped like a code or prefix (H, h1, T001) is looked up by code only."""
    for item in default_registry().checks:
        assert not _CODE_OR_PREFIX.match(item.name), item.name


def test_selecting_a_family_imports_only_that_family() -> None:
    registry = Registry.from_plugins()
    assert len(registry.pending) == len(CHECK_MODULES)
    assert [c.code for c in registry.matching("E")][:2] == ["E001", "E002"]
    assert len(registry.pending) == len(CHECK_MODULES)  # reading problems need no family
    headings = registry.matching("H")
    assert headings and all(c.code.startswith("H") for c in headings)
    assert "fazhi_lint.checks.headings" not in registry.pending
    assert "fazhi_lint.checks.numbers" in registry.pending
    assert registry.resolve("T101") is not None  # only typography more
    assert set(family_modules()) - set(registry.pending) == {
        "fazhi_lint.checks.headings",
        "fazhi_lint.checks.typography",
    }
    assert registry.resolve("parts-exceed-total") is not None  # a name: every family
    assert registry.pending == []


def test_a_run_with_one_family_selected_never_imports_the_others(tmp_path: Path) -> None:
    report = tmp_path / "报告.txt"
    report.write_text("某区2024年度法治政府建设情况报告\n三、主要举措\n正文。\n", encoding="utf-8")
    script = (
        "import json, sys\n"
        "from fazhi_lint import Config, lint_path\n"
        f"r = lint_path({str(report)!r}, Config(select=('H',)))\n"
        "print(json.dumps([sorted(m for m in sys.modules if m.startswith('fazhi_lint.checks.')),"
        " [d.code for d in r.diagnostics]]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=ROOT
    )
    modules, codes = json.loads(done.stdout)
    assert "H101" in codes or "H106" in codes
    # the headings family alone: every output is masked through the analysis view ``privacy``
    assert modules == ["fazhi_lint.checks.headings"]


def test_the_command_line_with_one_family_imports_only_that_family(tmp_path: Path) -> None:
    report = tmp_path / "报告.txt"
    report.write_text("某区2024年度法治政府建设情况报告\n三、主要举措\n正文。\n", encoding="utf-8")
    script = (
        "import json, sys\n"
        "from fazhi_lint.cli import main\n"
        f"main(['check', {str(report)!r}, '--select', 'H', '--exit-zero', '--no-config',"
        f" '--format', 'json', '--output', {str(tmp_path / 'out.json')!r}])\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith('fazhi_lint.checks.'))))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=ROOT
    )
    modules = json.loads(done.stdout.strip().splitlines()[-1])
    # the configuration's default ``select = ["ALL"]`` is validated without importing anything
    assert "fazhi_lint.checks.headings" in modules
    assert not {"fazhi_lint.checks.numbers", "fazhi_lint.checks.typography"} & set(modules)


class _Plugin:
    """A plugin using all four hooks."""

    def __init__(self, folder: Path):
        self.folder = folder

    @hookimpl
    def fazhi_lint_checks(self) -> list[Any]:
        return []

    @hookimpl
    def fazhi_lint_profile_dirs(self) -> list[str]:
        return [str(self.folder)]

    @hookimpl
    def fazhi_lint_readers(self) -> list[Any]:
        return []

    @hookimpl
    def fazhi_lint_reporters(self) -> dict[str, Any]:
        return {"count": lambda results, stream, options: stream.write(str(len(results)))}


def test_one_manager_collects_the_four_hooks(tmp_path: Path) -> None:
    (tmp_path / "plugin-made.toml").write_text(
        'name = "plugin-made"\nextends = "national"\n', encoding="utf-8"
    )
    pm = make_plugin_manager(load_entry_points=False)
    pm.register(_Plugin(tmp_path), name="four")
    registry = Registry.from_plugins(pm)
    assert registry.pm is pm
    assert registry.profile_dirs == [str(tmp_path)]
    assert set(registry.reporters) == {"count"}
    assert registry.resolve("H101") is not None  # the built-ins are there too
    # the engine finds a profile from a plugin's folder through the same registry
    linter = Linter(Config(profile="plugin-made", select=("H",)), registry)
    assert linter.profile.name == "plugin-made"


def test_a_broken_plugin_is_an_error_not_silence(tmp_path: Path) -> None:
    class Broken:
        @hookimpl
        def fazhi_lint_profile_dirs(self) -> list[str]:
            raise RuntimeError("broken plugin")

    pm = pluggy.PluginManager("fazhi_lint")
    pm.add_hookspecs(HookSpecs)
    pm.register(Broken())
    try:
        Registry.from_plugins(pm)
    except RuntimeError as exc:
        assert "broken plugin" in str(exc)
    else:  # pragma: no cover
        raise AssertionError("a broken plugin must not be swallowed")


def test_the_default_registry_is_read_once() -> None:
    assert default_registry() is default_registry()
    assert ENTRY_POINT_GROUP == "fazhi_lint"


def _builtin_like(explanation: str) -> Any:
    from fazhi_lint.model import Severity
    from fazhi_lint.plugins import Check

    return Check(
        "X901",
        "example-probe",
        Severity.INFO,
        "测试",
        lambda ctx: [],
        explanation=explanation,
        plugin="fazhi_lint.checks.probe",
    )


def test_a_builtin_check_without_its_examples_is_refused() -> None:
    """The quick title test lets a built-in with both example sections in, and hands the rest
    to the full parse, which refuses it; a plugin's check needs no examples."""
    import pytest

    from fazhi_lint.plugins import has_example_titles, parse_explanation

    good = "检查什么：x。\n\n错误示例（2024年度报告）：\n    甲\n\n正确示例: 乙\n"
    Registry([_builtin_like(good)])
    for bad in ("检查什么：x。\n\n错误示例：甲\n", "正确示例：乙\n讲到错误示例：时", ""):
        assert not has_example_titles(bad)
        with pytest.raises(ValueError, match="lacks"):
            Registry([_builtin_like(bad)])
    legacy = "What it finds: x.\n\nBad: 甲\n\nGood: 乙\n"  # English titles: the full parse
    assert not has_example_titles(legacy) and parse_explanation(legacy).good_example
    Registry([_builtin_like(legacy)])
    plugin = _builtin_like("")
    object.__setattr__(plugin, "plugin", "someone_else.plugin")
    Registry([plugin])
    for item in default_registry().checks:  # the quick test agrees with the parse
        sections = item.sections
        assert has_example_titles(item.explanation) == bool(
            sections.bad_example and sections.good_example
        ), item.code


def test_the_quick_title_test_is_the_patterns_search() -> None:
    """has_example_titles tries the title pattern only where a title's word stands: the same
    answer as searching the pattern everywhere, on every built-in explanation and on texts
    made of titles, colons, brackets and line breaks."""
    import itertools

    from fazhi_lint.plugins import _EXAMPLE_TITLES_RE, has_example_titles

    def searched(text: str) -> bool:
        return len({m.group(1) for m in _EXAMPLE_TITLES_RE.finditer(text)}) == 2

    texts = [item.explanation for item in default_registry().checks]
    pieces = ("错误示例", "正确示例", "：", ":", "\n", "（注）", "（", "x")
    texts += ["".join(p) for n in range(6) for p in itertools.product(pieces, repeat=n)]
    assert any(searched(t) for t in texts) and not all(searched(t) for t in texts)
    for text in texts:
        assert has_example_titles(text) == searched(text), text
