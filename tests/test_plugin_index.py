"""The plugin index (fazhi_lint/plugin_index.py): a hit registers what the scan registers,
without the scan; a new or changed distribution, a damaged, foreign or stale index, an
unwritable folder and the switch all fall back to pluggy's scan with the same plugins."""

from __future__ import annotations

import importlib.metadata
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from fazhi_lint import plugin_index
from fazhi_lint.registry import make_plugin_manager

PLUGIN = "fazhi_index_probe_plugin"
SOURCE = """
from fazhi_lint.plugins import hookimpl


@hookimpl
def fazhi_lint_profile_dirs():
    return ["{folder}"]
"""


@pytest.fixture
def index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The index switched on, in a folder of this test (with a space and Chinese)."""
    folder = tmp_path / "插件 索引"
    monkeypatch.setenv(plugin_index.ENV, str(folder))
    monkeypatch.setattr(plugin_index, "_ENABLED", [True])
    yield folder


def install_plugin(site: Path, name: str = PLUGIN, entry: str = "probe") -> None:
    """A distribution as pip leaves it: the module and its *.dist-info with entry points."""
    site.mkdir(exist_ok=True)
    (site / f"{name}.py").write_text(SOURCE.format(folder=name), encoding="utf-8")
    info = site / f"{name}-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {name.replace('_', '-')}\nVersion: 1.0\n",
        encoding="utf-8",
    )
    (info / "entry_points.txt").write_text(f"[fazhi_lint]\n{entry} = {name}\n", encoding="utf-8")


def summary(pm: Any) -> tuple[object, ...]:
    names = sorted(
        (name, getattr(plugin, "__name__", "")) for name, plugin in pm.list_name_plugin()
    )
    dists = sorted((p.__name__, d.project_name) for p, d in pm.list_plugin_distinfo())
    return tuple(names), tuple(dists)


def no_scan(group: str) -> Any:
    raise AssertionError("scanned the installed distributions")


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "site"
    install_plugin(folder)
    monkeypatch.syspath_prepend(str(folder))
    importlib.invalidate_caches()
    yield folder
    sys.modules.pop(PLUGIN, None)


def test_a_hit_registers_what_the_scan_registers(
    index: Path, site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plain = summary(_scanned())
    assert ("probe", PLUGIN) in plain[0]
    assert (PLUGIN, "fazhi-index-probe-plugin") in plain[1]
    first = make_plugin_manager()  # scans, writes the index
    assert summary(first) == plain
    assert len(list(index.iterdir())) == 1
    monkeypatch.setattr(plugin_index, "scan", no_scan)
    second = make_plugin_manager()  # from the index
    assert summary(second) == plain
    assert dict(second.list_name_plugin())["probe"] is sys.modules[PLUGIN]
    assert second.hook.fazhi_lint_profile_dirs() == [[PLUGIN]]


def _scanned() -> Any:
    """The manager as pluggy's own scan builds it (index off)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(plugin_index, "_ENABLED", [])
        return make_plugin_manager()


def test_a_new_distribution_is_found(
    index: Path, site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert "second" not in dict(make_plugin_manager().list_name_plugin())
    install_plugin(site, "fazhi_index_second_plugin", "second")  # into the same folder
    importlib.invalidate_caches()
    try:
        names = dict(make_plugin_manager().list_name_plugin())
        assert names["second"].__name__ == "fazhi_index_second_plugin"
        assert summary(make_plugin_manager()) == summary(_scanned())
        assert len(index_fingerprints(index)) == 2  # two states of the folder, two keys
    finally:
        sys.modules.pop("fazhi_index_second_plugin", None)


def index_fingerprints(folder: Path) -> list[object]:
    [path] = folder.iterdir()
    kept = plugin_index.read_file(path, plugin_index._head())
    assert isinstance(kept, dict)
    return list(kept)


def test_a_changed_entry_points_file_is_read_again(index: Path, site: Path) -> None:
    assert "probe" in dict(make_plugin_manager().list_name_plugin())
    entry_points = next(site.glob("*.dist-info")) / "entry_points.txt"
    entry_points.write_text(f"[other_group]\nprobe = {PLUGIN}\n", encoding="utf-8")
    assert "probe" not in dict(make_plugin_manager().list_name_plugin())


def test_plugin_removed_is_gone(index: Path, site: Path) -> None:
    assert "probe" in dict(make_plugin_manager().list_name_plugin())
    import shutil

    shutil.rmtree(next(site.glob("*.dist-info")))
    assert "probe" not in dict(make_plugin_manager().list_name_plugin())


@pytest.mark.parametrize("damage", ["garbage", "truncated", "empty", "foreign", "not a dict"])
def test_a_damaged_or_foreign_index_is_ignored(index: Path, site: Path, damage: str) -> None:
    expected = summary(make_plugin_manager())
    [path] = index.iterdir()
    data = path.read_bytes()
    if damage == "garbage":
        data = bytes(b ^ 0x5A for b in data)
    elif damage == "truncated":
        data = data[: len(data) - 7]
    elif damage == "empty":
        data = b""
    elif damage == "foreign":
        data = data.replace(sys.version.encode(), b"2.7.18 (default)", 1)
    else:
        plugin_index.write_file(path, plugin_index._head(), [1, 2, 3])
        data = path.read_bytes()
    path.write_bytes(data)
    assert summary(make_plugin_manager()) == expected
    assert plugin_index.read_index(path, plugin_index.fingerprint()) is not None  # whole again


def test_a_stale_index_falls_back_to_the_scan(index: Path, site: Path) -> None:
    """An index that names an entry point that no longer imports (say, a time stamp that did
    not change): the manager is built again by the scan, with no error and no leftover."""
    expected = summary(make_plugin_manager())
    [path] = index.iterdir()
    key = plugin_index.fingerprint()
    assert key is not None
    records = plugin_index.read_index(path, key)
    assert records
    bogus = [("gone", "fazhi_no_such_module_anywhere", records[0][2]), *records]
    plugin_index.write_file(path, plugin_index._head(), {key: bogus})
    pm = make_plugin_manager()
    assert summary(pm) == expected
    assert "gone" not in dict(pm.list_name_plugin())


def test_a_plugin_broken_since_the_index_still_raises(index: Path, site: Path) -> None:
    make_plugin_manager()  # indexed while it worked
    sys.modules.pop(PLUGIN, None)
    (site / f"{PLUGIN}.py").write_text("raise RuntimeError('坏插件')\n", encoding="utf-8")
    importlib.invalidate_caches()
    with pytest.raises(RuntimeError, match="坏插件"):  # from the scan, as without the index
        make_plugin_manager()


def test_an_unwritable_folder_is_no_error(
    tmp_path: Path, site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv(plugin_index.ENV, str(blocker / "cache"))
    monkeypatch.setattr(plugin_index, "_ENABLED", [True])
    assert summary(make_plugin_manager()) == summary(_scanned())
    assert blocker.read_text(encoding="utf-8") == "not a folder"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a file", "site"]


def test_the_switch(tmp_path: Path, site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(plugin_index, "_ENABLED", [True])
    monkeypatch.delenv(plugin_index.ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setattr(sys, "platform", "linux")
    default = plugin_index.index_path()
    assert default is not None and default.parent == tmp_path / "xdg" / "fazhi-lint"
    for off in ("0", "off", "false", "No"):
        monkeypatch.setenv(plugin_index.ENV, off)
        assert plugin_index.index_path() is None
        monkeypatch.setattr(plugin_index, "scan", no_scan)  # never its own scan: pluggy's
        assert ("probe", PLUGIN) in summary(make_plugin_manager())[0]
    assert not (tmp_path / "xdg").exists()


def test_off_unless_enabled(tmp_path: Path, site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A program that uses fazhi_lint as a library scans as pluggy does and writes nothing."""
    monkeypatch.setenv(plugin_index.ENV, str(tmp_path / "cache"))
    monkeypatch.setattr(plugin_index, "_ENABLED", [])
    monkeypatch.setattr(plugin_index, "scan", no_scan)
    assert ("probe", PLUGIN) in summary(make_plugin_manager())[0]
    assert not (tmp_path / "cache").exists()


def test_the_fingerprint_follows_the_metadata(tmp_path: Path) -> None:
    folder = tmp_path / "site"
    folder.mkdir()
    paths = [str(folder), str(tmp_path / "missing"), ""]
    before = plugin_index.fingerprint(paths)
    assert before is not None and before == plugin_index.fingerprint(paths)
    install_plugin(folder)
    after = plugin_index.fingerprint(paths)
    assert after is not None and after != before
    assert plugin_index.fingerprint(list(reversed(paths))) != after  # the order counts
    (folder / "报告 输出.json").write_text("{}", encoding="utf-8")  # no metadata: no change
    assert plugin_index.fingerprint(paths) == after


def test_a_missing_relative_entry_is_the_same_in_every_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The editable install puts a relative "__editable__.….__path_hook__" on sys.path: it
    names nothing, and must not make a new fingerprint (and a scan) in every folder."""
    site = tmp_path / "site"
    site.mkdir()
    one, two = tmp_path / "一 号", tmp_path / "二号"
    one.mkdir()
    two.mkdir()
    hook = "__editable__.fazhi_lint-0.1.0.finder.__path_hook__"
    paths = [str(site), hook]
    monkeypatch.chdir(one)
    here = plugin_index.fingerprint(paths)
    monkeypatch.chdir(two)
    assert here is not None and plugin_index.fingerprint(paths) == here
    (two / hook).mkdir()  # the name now means a folder here: it counts
    install_plugin(two / hook)
    assert plugin_index.fingerprint(paths) != here
    monkeypatch.chdir(one)
    assert plugin_index.fingerprint(paths) == here
    monkeypatch.chdir(two)
    cwd = plugin_index.fingerprint([str(site), ""])  # "" is the current folder: it counts
    monkeypatch.chdir(one)
    assert plugin_index.fingerprint([str(site), ""]) != cwd


def test_importlib_metadata_reads_the_same_entry_points() -> None:
    """The index loads an entry point's value as importlib.metadata does."""
    ep = importlib.metadata.EntryPoint(name="x", value="os.path:join", group="g")
    assert plugin_index.load_value(ep.value) is ep.load()
    assert plugin_index.load_value("os.path") is importlib.import_module("os.path")
    assert plugin_index.load_value("os.path : join [extra]") is ep.load()
    with pytest.raises(ValueError):
        plugin_index.load_value("not a value!")
