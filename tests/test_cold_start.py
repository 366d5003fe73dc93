"""A cold ``fazhi-lint check 报告.docx`` (issue 12) without what a check of a file does not
use: inspect (fazhi_lint/deferred.py), the plugin manager when the built-in checks are the
only plugin (Registry.from_plugins), the parsers of the other commands (build_parser), the
pattern cache's test of its compiler on a start that compiles nothing afresh, and the
parse of a pattern whose first characters the cache file keeps (first_char_class)."""

from __future__ import annotations

import importlib
import inspect
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from fazhi_lint import deferred, pattern_cache, plugin_index
from fazhi_lint.cli import build_parser
from fazhi_lint.plugins import check, docstring
from fazhi_lint.registry import Registry, make_plugin_manager

ROOT = Path(__file__).resolve().parents[1]
REPORT = ROOT / "fixtures" / "seeds" / "001-autonum.docx"

# -- deferred modules ---------------------------------------------------------------------

MODULE = """
import sys
sys.modules["{name}_runs"] = getattr(sys.modules.get("{name}_runs"), "n", 0) + 1
VALUE = 42

def twice(x):
    return 2 * x
"""


@pytest.fixture
def deferrable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A module of this test, which counts its runs in ``sys.modules[name + "_runs"]``."""
    name = "fazhi_deferred_probe"
    (tmp_path / f"{name}.py").write_text(MODULE.format(name=name), encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    importlib.invalidate_caches()
    yield name
    sys.modules.pop(name, None)
    sys.modules.pop(name + "_runs", None)


def runs(name: str) -> int:
    found = sys.modules.get(name + "_runs")
    return found if isinstance(found, int) else 0


def test_a_deferred_module_runs_at_the_first_name_used(deferrable: str) -> None:
    assert deferred.defer(deferrable)
    module = importlib.import_module(deferrable)  # as ``import name``: nothing runs
    assert runs(deferrable) == 0
    assert module.__name__ == deferrable and module.__spec__ is not None
    assert module.VALUE == 42
    assert runs(deferrable) == 1
    assert module.twice(4) == 8 and module.VALUE == 42
    assert runs(deferrable) == 1  # once
    assert sys.modules[deferrable] is module
    with pytest.raises(AttributeError):
        module.missing  # noqa: B018


def test_from_import_runs_it(deferrable: str) -> None:
    assert deferred.defer(deferrable)
    namespace: dict[str, object] = {}
    exec(f"from {deferrable} import VALUE", namespace)
    assert namespace["VALUE"] == 42 and runs(deferrable) == 1


def test_a_forwarded_function_runs_it_at_its_first_call(deferrable: str) -> None:
    assert deferred.defer(deferrable, ("twice",))
    module = sys.modules[deferrable]
    forward = module.twice  # what ``from name import twice`` takes on another's import
    assert runs(deferrable) == 0
    assert forward(5) == 10
    assert runs(deferrable) == 1
    assert module.twice is not forward and module.twice(6) == 12  # the module's own
    assert forward(7) == 14 and runs(deferrable) == 1


def test_a_module_already_imported_or_not_found_is_left_alone(deferrable: str) -> None:
    importlib.import_module(deferrable)
    assert not deferred.defer(deferrable)
    assert not deferred.defer("fazhi_no_such_module_anywhere")
    assert "fazhi_no_such_module_anywhere" not in sys.modules
    assert not deferred.defer("_thread")  # built in: not a file to run later


PROBE = """
import json, sys
import fazhi_lint.cli as cli
status = cli.main(["check", sys.argv[1], "--exit-zero", "-q", "--format", "json"])
from fazhi_lint.registry import default_registry
print(json.dumps({"status": status, "ast": "ast" in sys.modules,
                  "inspect run": "signature" in vars(sys.modules["inspect"]),
                  "manager": default_registry()._pm is not None,
                  "pluggy": "pluggy" in sys.modules,
                  "datetime": "datetime" in sys.modules,
                  "bz2 or lzma run": any("decompress" in vars(sys.modules.get(m, sys))
                                         for m in ("bz2", "lzma"))}))
"""


def test_a_check_of_a_docx_file_never_runs_inspect(tmp_path: Path) -> None:
    """Not by dataclasses, pluggy, lxml (``from inspect import getfullargspec``) or the
    registry; the plugin index in a folder of this test, filled by a first run."""
    env = {
        **os.environ,
        plugin_index.ENV: str(tmp_path),
        pattern_cache.ENV: str(tmp_path),
    }
    seen = []
    for _ in range(2):
        done = subprocess.run(
            [sys.executable, "-c", PROBE, str(REPORT)],
            capture_output=True,
            text=True,
            encoding="utf-8",
            cwd=ROOT,
            env=env,
            timeout=300,
        )
        assert done.returncode == 0, done.stderr
        seen.append(json.loads(done.stdout.strip().splitlines()[-1]))
    assert seen[1] == {
        "status": 0,
        "ast": False,
        "inspect run": False,
        "manager": False,
        "pluggy": False,
        "datetime": False,  # the dates come from _datetime (fazhi_lint/civil_date.py)
        "bz2 or lzma run": False,
    }


ZIP_PROBE = """
import io, sys
from fazhi_lint import deferred
deferred.defer_all()
import shutil, zipfile  # import both, shutil to learn whether they are there
assert shutil._BZ2_SUPPORTED and shutil._LZMA_SUPPORTED
assert "decompress" not in vars(sys.modules["bz2"])  # not run yet
for method in (zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=method) as archive:
        archive.writestr("word/document.xml", "法治" * 1000)
    with zipfile.ZipFile(buffer) as archive:
        assert archive.read("word/document.xml").decode() == "法治" * 1000
print("ok")
"""


def test_deferred_bz2_and_lzma_run_at_their_first_use() -> None:
    """A zip member packed with bzip2 or LZMA is read as before: the deferred module runs
    when zipfile first asks it for its decompressor."""
    done = subprocess.run(
        [sys.executable, "-c", ZIP_PROBE],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr


# -- the registry without the plugin manager ------------------------------------------------


@pytest.fixture
def index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv(plugin_index.ENV, str(tmp_path))
    monkeypatch.setattr(plugin_index, "_ENABLED", [True])
    yield tmp_path


def contents(registry: Registry) -> tuple[object, ...]:
    return (
        [(c.code, c.name, c.plugin, c.explanation) for c in registry.checks],
        registry.readers,
        registry.reporters,
        registry.profile_dirs,
    )


def test_the_builtin_alone_is_collected_without_the_manager(index: Path) -> None:
    make_plugin_manager()  # fills the index
    records = plugin_index.current_records()
    assert records is not None and {r[1] for r in records} <= {"fazhi_lint.checks"}
    alone = Registry.from_plugins()
    assert alone._pm is None  # not built
    plugin_index.disable()
    try:
        managed = Registry.from_plugins()
    finally:
        plugin_index.enable()
    assert contents(alone) == contents(managed)
    pm = alone.pm  # built when asked for, as from_plugins would have built it
    assert pm is not None and pm.is_registered(importlib.import_module("fazhi_lint.checks"))
    assert alone.pm is pm
    # the built-in module implements its hook through the manager too (its hookimpl is
    # applied when the markers are made: fazhi_lint.plugins.deferred_hookimpl)
    [impl] = pm.hook.fazhi_lint_checks.get_hookimpls()
    assert impl.plugin_name == "builtin"
    assert sorted(c.code for c in impl.function()) == sorted(c.code for c in managed.checks)


def test_the_markers_and_specs_are_pluggys_and_mark_the_builtin_hook() -> None:
    """What ``fazhi_lint.plugins`` makes on first use is what pluggy's markers make: a
    manager of its own (as a third party builds one) finds the specs and the built-in hook."""
    import pluggy

    from fazhi_lint import plugins

    builtin = importlib.import_module("fazhi_lint.checks")
    assert isinstance(plugins.hookimpl, pluggy.HookimplMarker)
    assert isinstance(plugins.hookspec, pluggy.HookspecMarker)
    pm = pluggy.PluginManager(plugins.PROJECT)
    pm.add_hookspecs(plugins.HookSpecs)
    assert sorted(n for n in vars(pm.hook) if not n.startswith("_")) == [
        "fazhi_lint_checks",
        "fazhi_lint_profile_dirs",
        "fazhi_lint_readers",
        "fazhi_lint_reporters",
    ]
    pm.register(builtin)
    [impl] = pm.hook.fazhi_lint_checks.get_hookimpls()
    assert impl.function is builtin.fazhi_lint_checks
    with pytest.raises(AttributeError):
        plugins.no_such_name  # noqa: B018


def test_without_a_current_index_the_manager_is_built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(plugin_index.ENV, str(tmp_path / "empty"))
    monkeypatch.setattr(plugin_index, "_ENABLED", [True])
    assert plugin_index.current_records() is None
    monkeypatch.setattr(plugin_index, "_ENABLED", [])
    assert plugin_index.current_records() is None
    assert Registry.from_plugins()._pm is not None


# -- docstrings without inspect -------------------------------------------------------------


@pytest.mark.parametrize(
    "doc",
    [
        "",
        "x",
        "  x\n   y\n  z",
        "\n    a\n      b\n\n    c\n    ",
        "a\n\tb\n\t\tc",
        "a\n\u3000b\n  c",
        "  \n  \n",
        "a\n \n  b\n",
        "\n\n",
        "a\r\n  b\r\n",
        "x\n    y\n  \u3000z",
        "错误示例：\n    一、\n      （一）\n正确示例：x",
    ],
)
def test_docstring_is_inspects(doc: str) -> None:
    def func() -> None:
        pass

    func.__doc__ = doc
    assert docstring(func) == (inspect.getdoc(func) or "")


def test_docstring_of_a_function_without_one_asks_inspect() -> None:
    class Base:
        def method(self) -> None:
            """Inherited."""

    class Child(Base):
        def method(self) -> None:
            pass

    assert docstring(Child.method) == (inspect.getdoc(Child.method) or "")
    assert docstring(lambda: None) == ""


def test_every_builtin_explanation_is_as_inspect_gives_it() -> None:
    for item in Registry.from_plugins(make_plugin_manager(load_entry_points=False)).checks:
        if item.plugin.startswith("fazhi_lint.checks"):
            made = check(item.code, item.name, item.severity, item.summary)(item.func)
            assert made.explanation == item.explanation
            assert item.explanation == inspect.cleandoc(inspect.getdoc(item.func) or "")


# -- the parser of the command named --------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["check", "a.docx", "--select", "N,H", "--format", "json", "-j", "2", "--no-progress"],
        ["check", "a.docx", "b", "--previous", "c.docx", "--timeout", "0"],
        ["read", "a.docx", "--format", "json"],
        ["rules", "--format", "json"],
        ["explain", "H101"],
        ["profiles"],
        ["serve", "--port", "9000", "--no-browser"],
    ],
)
def test_the_parser_of_one_command_reads_its_line_as_the_whole_parser(argv: list[str]) -> None:
    assert vars(build_parser(argv[0]).parse_args(argv)) == vars(build_parser().parse_args(argv))


def test_the_help_of_a_command_is_the_same(capsys: pytest.CaptureFixture[str]) -> None:
    helps = []
    for parser in (build_parser("check"), build_parser()):
        with pytest.raises(SystemExit):
            parser.parse_args(["check", "--help"])
        helps.append(capsys.readouterr().out)
    assert helps[0] == helps[1] and "--exit-zero" in helps[0]


def test_an_option_of_another_command_is_still_suggested(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from fazhi_lint.cli import main

    assert main(["check", "x.docx", "--no-browse"]) == 2
    assert "--no-browser" in capsys.readouterr().err  # serve's, as before


# -- the pattern cache ----------------------------------------------------------------------


def test_a_start_that_finds_every_pattern_never_tests_the_compiler(tmp_path: Path) -> None:
    import re

    path = tmp_path / "patterns.bin"
    pattern_cache.uninstall()
    try:
        first = pattern_cache.install(path)
        assert first is not None
        first.compile("[一-龥]+(?P<n>\\d+)号", 0)
        assert first._sound is True  # compiled afresh: tested first
        pattern_cache.uninstall()
        second = pattern_cache.install(path)
        assert second is not None
        got = second.compile("[一-龥]+(?P<n>\\d+)号", 0)
        assert second._sound is None and second.hits == 1
        assert got == re._compiler.compile("[一-龥]+(?P<n>\\d+)号", 0)  # type: ignore[attr-defined]
    finally:
        pattern_cache.uninstall()


def test_a_compiler_that_fails_the_test_compiles_everything_afresh_by_re(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pattern_cache.uninstall()
    try:
        cache = pattern_cache.install(tmp_path / "patterns.bin")
        assert cache is not None
        monkeypatch.setattr(cache, "fresh", lambda *a: (None, None))
        compiled = cache.compile("a[bc]+d", 0)
        assert cache._sound is False and compiled.fullmatch("abcd")
        assert not cache._new  # nothing kept
    finally:
        pattern_cache.uninstall()


def test_the_first_characters_of_a_pattern_come_from_the_cache(tmp_path: Path) -> None:
    import re

    from fazhi_lint.analysis import quantities

    pattern = re.compile("(?:上半年|下半年|第[一二三四]季度)")
    expected = quantities._first_char_class(pattern)
    assert expected is not None
    pattern_cache.uninstall()
    quantities.first_char_class.cache_clear()
    try:
        cache = pattern_cache.install(tmp_path / "patterns.bin")
        assert cache is not None
        assert quantities.first_char_class(pattern) == expected
        pattern_cache.uninstall()
        quantities.first_char_class.cache_clear()
        cache = pattern_cache.install(tmp_path / "patterns.bin")
        assert cache is not None
        hits = cache.hits
        assert quantities.first_char_class(pattern) == expected
        assert cache.hits > hits
        nothing = re.compile(r"\s+x")
        assert quantities.first_char_class(nothing) is None
        assert quantities.first_char_class(nothing) is None
    finally:
        pattern_cache.uninstall()
        quantities.first_char_class.cache_clear()


# -- modules a check of a file does not run ---------------------------------------------------


def test_the_copy_of_a_zip_entry_is_copy_copys() -> None:
    """The reader copies a ZipInfo slot by slot (no copy and weakref on every start)."""
    import copy
    import io
    import zipfile

    from fazhi_lint.readers.safety import _copy_info

    data = io.BytesIO()
    with zipfile.ZipFile(data, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", "<w:document/>" * 50)
    info = zipfile.ZipFile(data).getinfo("word/document.xml")
    ours, theirs = _copy_info(info), copy.copy(info)
    assert ours is not info and type(ours) is type(theirs)
    slots = [s for c in type(info).__mro__ for s in getattr(c, "__slots__", ())]
    assert slots
    for slot in slots:
        assert hasattr(ours, slot) == hasattr(theirs, slot)
        if hasattr(ours, slot):
            assert getattr(ours, slot) == getattr(theirs, slot)
    ours.file_size = 1
    assert info.file_size != 1


def test_the_days_of_a_month_are_calendars() -> None:
    """The date rules count a month's days without importing calendar."""
    import calendar

    from fazhi_lint.analysis.relations.dates import _month_days

    for year in range(1, 10000):
        for month in range(1, 13):
            assert _month_days(year, month) == calendar.monthrange(year, month)[1]
    for month in (0, 13):
        with pytest.raises(ValueError):
            _month_days(2024, month)
        with pytest.raises(ValueError):
            calendar.monthrange(2024, month)


def test_an_explanation_from_the_cache_is_the_one_computed(tmp_path: Path) -> None:
    """A check's explanation comes from the cache file by its docstring, as computed."""
    from fazhi_lint.plugins import _explanation, explanation_of

    def rule() -> None:
        """第一行说明。

            缩进的正文，含\t制表符。

        错误示例：
            「某文」
        """

    funcs = [rule, *(c.func for c in Registry.from_plugins().checks)]
    computed = [_explanation(f) for f in funcs]
    path = tmp_path / "patterns.bin"
    pattern_cache.uninstall()
    try:
        first = pattern_cache.install(path)
        assert first is not None
        assert [explanation_of(f) for f in funcs] == computed
        assert first.misses >= len({f.__doc__ for f in funcs if isinstance(f.__doc__, str)})
        pattern_cache.uninstall()
        second = pattern_cache.install(path)
        assert second is not None
        assert [explanation_of(f) for f in funcs] == computed
        assert second.misses == 0
        assert second.hits >= len([f for f in funcs if isinstance(f.__doc__, str)])
    finally:
        pattern_cache.uninstall()
