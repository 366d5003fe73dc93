"""Plugin proof: a third-party package found through the ``fazhi_lint`` entry-point group.

The plugin is written to a temporary folder as an installed distribution would be
(a module plus ``*.dist-info/METADATA`` and ``entry_points.txt``); putting the folder on
``sys.path`` is all importlib.metadata needs to discover it.
"""

from __future__ import annotations

import importlib.metadata
import json
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from fazhi_lint import engine
from fazhi_lint.cli import main
from fazhi_lint.config import Config, ConfigError, RuleSettings
from fazhi_lint.engine import Linter
from fazhi_lint.model import Severity
from fazhi_lint.registry import Registry, make_plugin_manager

MODULE = "fazhi_foo_plugin"

PLUGIN_SOURCE = '''
from fazhi_lint.model import Severity
from fazhi_lint.plugins import check, collect_checks, hookimpl


@check("X101", "no-foo", Severity.WARNING, "正文中出现禁用词", options={"word": "foo"})
def no_foo(ctx):
    """Flags every occurrence of a banned word (``word``, default ``foo``).

    错误示例: 这里有 foo
    正确示例: 这里没有
    """
    word = ctx.options["word"]
    for block in ctx.document.blocks:
        start = block.text.find(word)
        while start >= 0:
            yield ctx.diagnostic(
                f"出现禁用词“{word}”", block, start, start + len(word), suggestion=f"删除“{word}”"
            )
            start = block.text.find(word, start + len(word))


@hookimpl
def fazhi_lint_checks():
    return collect_checks(globals())
'''


@pytest.fixture
def plugin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    site = tmp_path / "site"
    site.mkdir()
    (site / f"{MODULE}.py").write_text(PLUGIN_SOURCE, encoding="utf-8")
    info = site / "fazhi_foo_plugin-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: fazhi-foo-plugin\nVersion: 1.0\n", encoding="utf-8"
    )
    (info / "entry_points.txt").write_text(f"[fazhi_lint]\nfoo = {MODULE}\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(site))
    engine.default_registry.cache_clear()
    yield tmp_path
    sys.modules.pop(MODULE, None)
    engine.default_registry.cache_clear()


@pytest.fixture
def profile(tmp_path: Path) -> str:
    """A minimal profile, so these tests do not depend on the national profile's contents."""
    path = tmp_path / "mini.toml"
    path.write_text('name = "mini"\ntitle = "测试方案"\n', encoding="utf-8")
    return str(path)


@pytest.fixture
def report(tmp_path: Path) -> Path:
    path = tmp_path / "报告.txt"
    path.write_text("第一段没有问题。\n这里有 foo，还有 bar 和 foo。\n", encoding="utf-8")
    return path


def test_plugin_manager_loads_the_entry_point(plugin: Path) -> None:
    pm = make_plugin_manager()
    names = dict(pm.list_name_plugin())
    assert names["foo"].__name__ == MODULE
    dists = {p.__name__: d.project_name for p, d in pm.list_plugin_distinfo()}
    assert dists[MODULE] == "fazhi-foo-plugin"
    assert "builtin" in names  # the built-ins are there too


def test_builtins_come_through_the_entry_point() -> None:
    declared = [ep for ep in importlib.metadata.entry_points(group="fazhi_lint")]
    if not any(ep.name == "builtin" for ep in declared):
        pytest.skip("fazhi-lint is not installed (no entry-point metadata)")
    pm = make_plugin_manager()
    import fazhi_lint.checks

    assert dict(pm.list_name_plugin())["builtin"] is fazhi_lint.checks
    dists = {p.__name__: d.project_name for p, d in pm.list_plugin_distinfo()}
    assert dists["fazhi_lint.checks"] == "fazhi-lint"


def test_the_checks_folder_is_installed_as_fazhi_lint_checks() -> None:
    """The built-in checks are the top-level folder checks/ of the checkout, found by the
    (editable) install as ``fazhi_lint.checks`` with their data files; the wheel's side is
    tests/test_packaging.py."""
    import importlib.resources

    import fazhi_lint.checks
    import fazhi_lint.checks.wording

    root = Path(__file__).resolve().parents[1]
    assert Path(fazhi_lint.checks.__file__ or "").resolve() == root / "checks" / "__init__.py"
    assert Path(fazhi_lint.checks.wording.__file__).resolve().parent == root / "checks"
    assert (importlib.resources.files("fazhi_lint.checks") / "wording.toml").is_file()
    assert fazhi_lint.checks.wording.load_rules()  # reads its data file beside it
    assert not (root / "fazhi_lint" / "checks").exists()


def test_registry_lists_the_plugin_check_beside_the_builtins(plugin: Path) -> None:
    registry = Registry.from_plugins()
    item = registry.resolve("no-foo")
    assert item is not None and item.code == "X101"
    assert item.plugin == MODULE and item.severity is Severity.WARNING
    assert "E001" in registry.by_code
    assert item.explanation.startswith("Flags every occurrence")


def test_a_lint_run_finds_it(plugin: Path, profile: str, report: Path) -> None:
    linter = Linter(Config(profile=profile, select=("X101",)), Registry.from_plugins())
    result = linter.lint_path(report)
    assert [(d.code, d.severity, d.excerpt, d.span) for d in result.diagnostics] == [
        ("X101", Severity.WARNING, "foo", (4, 7)),
        ("X101", Severity.WARNING, "foo", (17, 20)),
    ]
    assert result.diagnostics[0].location.line == 2


def test_severity_and_option_from_config(plugin: Path, profile: str, report: Path) -> None:
    config = Config(
        profile=profile,
        select=("X",),
        rules={"no-foo": RuleSettings(severity=Severity.ERROR, options={"word": "bar"})},
    )
    result = Linter(config, Registry.from_plugins()).lint_path(report)
    assert [(d.severity, d.excerpt) for d in result.diagnostics] == [(Severity.ERROR, "bar")]

    bad = Config(profile=profile, rules={"X101": RuleSettings(options={"wrod": "x"})})
    with pytest.raises(ConfigError, match="wrod"):
        Linter(bad, Registry.from_plugins())


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_cli_with_the_plugin(
    plugin: Path, profile: str, report: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["check", str(report), "--no-config", "--profile", profile, "--color", "never"]
    status, out, _ = run(capsys, *base, "--select", "X101")
    assert status == 1
    assert f"{report}:2:5: X101 [警告] 出现禁用词“foo”" in out
    assert "= 建议：删除“foo”" in out

    status, out, _ = run(capsys, *base, "--select", "X,E", "--ignore", "X101")
    assert status == 0 and "X101" not in out and "未发现问题" in out

    status, out, err = run(capsys, *base, "--select", "X102")
    assert status == 2 and "X102" in err and "X101（no-foo）" in err


def test_cli_config_file_configures_the_plugin(
    plugin: Path, profile: str, report: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (report.parent / ".fazhi-lint.toml").write_text(
        textwrap.dedent(
            f"""
            profile = {json.dumps(profile)}
            select = ["X101"]

            [rules.no-foo]
            severity = "error"
            word = "bar"
            """
        ),
        encoding="utf-8",
    )
    status, out, _ = run(capsys, "check", str(report), "--format", "json")
    data = json.loads(out)
    found = [(d["code"], d["severity"], d["excerpt"]) for d in data["files"][0]["diagnostics"]]
    assert found == [("X101", "error", "bar")]
    assert status == 1
    status, _, _ = run(capsys, "check", str(report), "--fail-on", "never")
    assert status == 0

    (report.parent / ".fazhi-lint.toml").write_text("[rules.no-foo]\nword = 3\n", encoding="utf-8")
    status, _, err = run(capsys, "check", str(report), "--profile", profile)
    assert status == 2 and "rules.no-foo.word" in err


def test_rules_and_explain_list_it(plugin: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "rules", "--color", "never")
    assert status == 0
    line = next(line for line in out.splitlines() if "X101" in line)
    assert "no-foo" in line and "正文中出现禁用词" in line and MODULE in line
    assert "X 其他" in out

    status, out, _ = run(capsys, "rules", "--format", "json")
    rules = {r["code"]: r for r in json.loads(out)}
    assert rules["X101"]["plugin"] == MODULE and rules["X101"]["options"] == {"word": "foo"}

    status, out, _ = run(capsys, "explain", "no-foo", "--color", "never")
    assert status == 0
    assert 'word = "foo"' in out and "错误示例" in out and "[tool.fazhi-lint.rules.no-foo]" in out
