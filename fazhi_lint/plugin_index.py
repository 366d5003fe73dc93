"""The ``fazhi_lint`` entry points kept across runs: a cold start without the metadata scan.

Why: pluggy's ``load_setuptools_entrypoints`` imports :mod:`importlib.metadata` (and with it
``email``, ``socket``, ``csv``…) and reads the metadata of every installed distribution to
find the few entry points of one group: about a tenth of a cold ``fazhi-lint check 报告.docx``.

How: :func:`load_entry_points` does what pluggy does (every entry point of the group, in the
order of the distributions, registered under its name unless that name is taken or blocked),
and keeps the list it found, ``(name, value, metadata folder)``, in a small file of the user
cache folder, under a *fingerprint* of what the scan reads: every ``sys.path`` entry, and
for each ``*.dist-info``/``*.egg-info`` in it the times and sizes of the folder and of its
``entry_points.txt``. Installing, upgrading or removing a package
changes the fingerprint, and the next start scans again. Taking the fingerprint lists the
``sys.path`` folders and stats one file per distribution; the scan opens and parses them.

Never required for correctness:

* a missing, corrupt, foreign or unreadable file counts as empty (header with the interpreter
  build, CRC-32 over the payload: :func:`fazhi_lint.pattern_cache.read_file`);
* anything unusual is scanned as before: another finder that yields distributions
  (``sys.meta_path``), a distribution outside a plain folder, a pluggy without the list the
  distributions go to;
* when loading from the index fails in any way (an entry point that no longer imports), the
  manager is built again by the ordinary scan, which raises what it raises;
* the file is written (atomically: a temporary file renamed over it) only after a scan, keeps
  the last :data:`MAX_KEYS` fingerprints (``python -m`` from two folders, two virtual
  environments), and any error writing it is ignored (read-only folder, Windows locks);
* ``FAZHI_LINT_PLUGIN_CACHE=0`` switches it off, ``FAZHI_LINT_PLUGIN_CACHE=FOLDER`` keeps the
  file in ``FOLDER`` instead of :func:`fazhi_lint.pattern_cache.cache_dir`.

Like the pattern cache, only the command line turns it on (:func:`enable`); a program using
fazhi_lint as a library scans as pluggy does.
"""

from __future__ import annotations

import functools
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .pattern_cache import read_file, switched_folder, write_file

if TYPE_CHECKING:
    import pluggy

ENV = "FAZHI_LINT_PLUGIN_CACHE"
MAX_KEYS = 8
_FORMAT = 1
_HEADER = b"fazhi-lint plugin index\n"
_METADATA = (".dist-info", ".egg-info")
# importlib.metadata.EntryPoint.pattern: "module", "module:attr.attr", with [extras]
_VALUE = re.compile(r"(?P<module>[\w.]+)\s*(:\s*(?P<attr>[\w.]+)\s*)?((?P<extras>\[.*\])\s*)?$")

# (entry-point name, value, the distribution's metadata folder)
Record = tuple[str, str, str]

_ENABLED: list[bool] = []


def enable() -> None:
    """Let :func:`load_entry_points` use the index (the command line calls it)."""
    if not _ENABLED:
        _ENABLED.append(True)


def disable() -> None:
    _ENABLED.clear()


def index_path() -> Path | None:
    """The index file of this interpreter, or None when ``FAZHI_LINT_PLUGIN_CACHE=0``."""
    folder = switched_folder(ENV)
    if folder is None:
        return None
    version = f"{sys.version_info[0]}{sys.version_info[1]}"
    return folder / f"plugins-{sys.implementation.name}-{version}.bin"


def _head() -> bytes:
    identity = (_FORMAT, sys.implementation.name, sys.version, sys.executable)
    return _HEADER + repr(identity).encode("utf-8", "backslashreplace") + b"\n"


def _stamp(path: str) -> tuple[int, int] | None:
    try:
        found = os.stat(path)
    except (OSError, ValueError):
        return None
    return found.st_mtime_ns, found.st_size


def fingerprint(paths: list[str] | None = None) -> tuple[Any, ...] | None:
    """What the metadata scan depends on, or None when it cannot be told (then: scan).

    Per ``sys.path`` entry: its absolute path; for a folder every metadata folder in it
    (``*.dist-info``, ``*.egg-info``, and ``EGG-INFO`` of an ``.egg``: all that
    importlib.metadata looks at) with its time and the time and size of its
    ``entry_points.txt``; for a zip file its time and size. Other files in the folders do
    not count (the current folder of ``python -m`` changes all the time).
    """
    from importlib.machinery import PathFinder

    if any(
        hasattr(finder, "find_distributions") and finder is not PathFinder
        for finder in sys.meta_path
    ):
        return None  # distributions that no folder listing shows
    parts: list[Any] = []
    for entry in sys.path if paths is None else paths:
        if not isinstance(entry, str):
            return None
        root = os.path.abspath(entry or ".")
        stamp = _stamp(root)
        if stamp is None:
            # nothing there to scan: the same part whatever the current folder (a relative
            # entry such as the editable install's "__editable__.….__path_hook__" would
            # otherwise make a new fingerprint, and a scan, in every folder)
            parts.append((entry, None))
            continue
        try:
            names = sorted(os.listdir(root))
        except NotADirectoryError:  # a zip file: its time and size say enough
            parts.append((entry, root, stamp))
            continue
        except OSError:
            return None
        egg = root.lower().endswith(".egg")
        infos = []
        for name in names:
            low = name.lower()
            if low.endswith(_METADATA) or (egg and low == "egg-info"):
                folder = os.path.join(root, name)
                infos.append(
                    (name, _stamp(folder), _stamp(os.path.join(folder, "entry_points.txt")))
                )
        parts.append((entry, root, tuple(infos)))
    return tuple(parts)


def read_index(path: Path, key: tuple[Any, ...]) -> list[Record] | None:
    """The records kept under ``key``, or None."""
    index = read_file(path, _head())
    if not isinstance(index, dict):
        return None
    records = index.get(key)
    if not isinstance(records, list) or not all(_is_record(r) for r in records):
        return None
    return records


def _is_record(item: Any) -> bool:
    return isinstance(item, tuple) and len(item) == 3 and all(isinstance(x, str) for x in item)


def write_index(path: Path, key: tuple[Any, ...], records: list[Record]) -> bool:
    """Add ``records`` under ``key`` to the file (the newest :data:`MAX_KEYS` keys stay)."""
    index = read_file(path, _head())
    kept = dict(index) if isinstance(index, dict) else {}
    kept.pop(key, None)
    kept[key] = records
    while len(kept) > MAX_KEYS:
        del kept[next(iter(kept))]
    return write_file(path, _head(), kept, prefix=".plugins-")


def load_value(value: str) -> Any:
    """What ``EntryPoint(value=value).load()`` returns: the module, or an attribute of it."""
    import importlib

    match = _VALUE.match(value)
    if match is None:
        raise ValueError(f"entry point value {value!r}")
    module = importlib.import_module(match.group("module"))
    attrs = filter(None, (match.group("attr") or "").split("."))
    return functools.reduce(getattr, attrs, module)


class _Distribution:
    """The distribution of a plugin loaded from the index: the ``importlib.metadata``
    object of its metadata folder, made when first asked for (pluggy's
    ``list_plugin_distinfo``), so that a start never imports importlib.metadata."""

    def __init__(self, folder: str) -> None:
        self._folder = folder
        self._dist: Any = None

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name in ("_folder", "_dist"):
            raise AttributeError(name)
        if self._dist is None:
            import importlib.metadata

            self._dist = importlib.metadata.PathDistribution(Path(self._folder))
        return getattr(self._dist, name)


def _register(pm: pluggy.PluginManager, name: str, load: Callable[[], Any], dist: Any) -> None:
    """One entry point as pluggy's ``load_setuptools_entrypoints`` takes it."""
    if pm.has_plugin(name) or pm.is_blocked(name):
        return
    plugin = load()
    pm.register(plugin, name=name)
    pm._plugin_distinfo.append((plugin, dist))


def scan(group: str) -> tuple[list[tuple[Any, Any]], list[Record] | None]:
    """Every ``(entry point, distribution)`` of ``group`` in the order pluggy meets them, and
    their records (None when one of them cannot be kept: no plain metadata folder)."""
    import importlib.metadata

    found: list[tuple[Any, Any]] = []
    records: list[Record] | None = []
    for dist in list(importlib.metadata.distributions()):
        for ep in dist.entry_points:
            if ep.group != group:
                continue
            found.append((ep, dist))
            folder = getattr(dist, "_path", None)
            if records is not None and isinstance(folder, Path) and folder.is_dir():
                records.append((ep.name, ep.value, os.path.abspath(folder)))
            else:
                records = None
    return found, records


def current_records() -> list[Record] | None:
    """The entry points the index keeps for the present fingerprint: None when the index is
    not enabled, cannot tell (see :func:`fingerprint`) or holds nothing current (then only
    :func:`load_entry_points` knows, by the scan)."""
    path = index_path() if _ENABLED else None
    key = fingerprint() if path is not None else None
    if path is None or key is None:
        return None
    return read_index(path, key)


def load_entry_points(make: Callable[[], pluggy.PluginManager], group: str) -> pluggy.PluginManager:
    """A manager from ``make()`` with the entry points of ``group`` registered, as pluggy's
    ``load_setuptools_entrypoints(group)`` registers them; from the index when it is enabled
    and current."""
    pm = make()
    path = index_path() if _ENABLED else None
    usable = path is not None and isinstance(getattr(pm, "_plugin_distinfo", None), list)
    key = fingerprint() if usable else None
    if not usable or key is None or path is None:
        pm.load_setuptools_entrypoints(group)
        return pm
    records = read_index(path, key)
    if records is not None:
        try:
            for name, value, folder in records:
                _register(pm, name, functools.partial(load_value, value), _Distribution(folder))
            return pm
        except Exception:  # stale or damaged: start again with the scan
            pm = make()
    found, records = scan(group)
    for ep, dist in found:
        _register(pm, ep.name, ep.load, dist)
    if records is not None:
        write_index(path, key, records)
    return pm
