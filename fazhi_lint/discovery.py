"""Expanding the command line's ``PATH...`` into the files to check.

Folders are walked recursively for the supported extensions; a file named explicitly is
always checked whatever its extension (the format is sniffed from the content anyway), and a
path that does not exist is passed through so that reading it yields an ``E001`` finding
instead of silently disappearing. Hidden folders, ``.git``, virtualenvs, ``node_modules`` and
Word lock files (``~$报告.docx``) are skipped. Any other file a folder walk does not check
(a .zip, .ofd, .rtf, an image …) is listed in ``Discovery.skipped``: the command line reports
each one as an ``E013`` note saying what to do, so nothing in a reviewer's folder disappears
silently. The configuration's ``exclude`` globs apply to
every path, explicit ones included (so a pre-commit hook honours them).

Exclude globs follow .gitignore's shape: a pattern without ``/`` matches a file or folder
*name* anywhere (``*.pdf``, ``草稿*``, ``old``); a pattern with ``/`` is anchored at the
configuration file's folder (``drafts/old/*``, ``归档/**/*.txt``); ``**`` spans folders, ``*``
and ``?`` stay within one name. A matching folder excludes everything below it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SUPPORTED_SUFFIXES = frozenset(
    # .doc/.wps are picked up so that a legacy file in a reviewer's folder gets its E003
    # finding ("请另存为 .docx") instead of disappearing from the batch. A macro-enabled
    # .docm/.dotm is an OOXML package like .docx: its text is read, its macros never run.
    {
        ".docx",
        ".dotx",
        ".docm",
        ".dotm",
        ".pdf",
        ".txt",
        ".md",
        ".markdown",
        ".html",
        ".htm",
        ".doc",
        ".wps",
    }
)
# Files a folder walk neither checks nor mentions: the operating system's own bookkeeping.
SILENT_NAMES = frozenset({"thumbs.db", "desktop.ini", ".ds_store"})
SKIP_DIRS = frozenset(
    {".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".tox", ".nox"}
)


@dataclass
class Discovery:
    """The files to check, in a stable order, and what was left out on the way."""

    files: list[str] = field(default_factory=list)
    excluded: list[str] = field(default_factory=list)  # explicit paths dropped by ``exclude``
    errors: list[str] = field(default_factory=list)  # folders that could not be listed
    skipped: list[str] = field(default_factory=list)  # files in folders not checked (E013)


class ExcludeMatcher:
    """Matches paths against exclude globs relative to ``root`` (see module doc)."""

    def __init__(self, patterns: Iterable[str], root: Path | None = None):
        base = root or Path.cwd()
        self.root = Path(os.path.abspath(base))
        self.real_root = Path(os.path.realpath(base))
        self.name_patterns: list[re.Pattern[str]] = []
        self.path_patterns: list[re.Pattern[str]] = []
        for raw in patterns:
            pattern = raw.strip().replace("\\", "/")
            while pattern.startswith("./"):
                pattern = pattern[2:]
            pattern = pattern.rstrip("/")
            if not pattern:
                continue
            if "/" in pattern.lstrip("/") or pattern.startswith("/"):
                self.path_patterns.append(_path_regex(pattern.lstrip("/")))
            else:
                self.name_patterns.append(re.compile(_segment_regex(pattern) + r"\Z"))

    def __bool__(self) -> bool:
        return bool(self.name_patterns or self.path_patterns)

    def relative(self, path: str | os.PathLike[str]) -> str:
        """The path relative to the root (posix), or the path as given when outside it."""
        for here, root in (
            (os.path.abspath(path), self.root),
            (os.path.realpath(path), self.real_root),
        ):
            try:
                return Path(here).relative_to(root).as_posix()
            except ValueError:
                continue
        text = str(path).replace("\\", "/")
        while text.startswith("./"):
            text = text[2:]
        return text

    def matches(self, path: str | os.PathLike[str]) -> bool:
        if not self:
            return False
        rel = self.relative(path)
        parts = [p for p in rel.split("/") if p and p != "."]
        if any(rx.match(part) for rx in self.name_patterns for part in parts):
            return True
        return any(rx.match(rel) for rx in self.path_patterns)


def discover(
    paths: Sequence[str | os.PathLike[str]],
    exclude: Iterable[str] = (),
    root: Path | None = None,
) -> Discovery:
    """Expand ``paths`` (files and folders) into the files to check, sorted and unique."""
    matcher = ExcludeMatcher(exclude, root)
    result = Discovery()
    found: dict[str, str] = {}  # identity -> display path
    skipped: dict[str, str] = {}
    for raw in paths:
        path = os.fspath(raw)
        if matcher.matches(path):
            result.excluded.append(path)
            continue
        if os.path.isdir(path):
            for file, checked in _walk(path, matcher, result.errors):
                (found if checked else skipped).setdefault(_identity(file), file)
        else:  # a file, or a path that does not exist: reading it reports the problem
            found.setdefault(_identity(path), os.path.normpath(path))
    result.files = sorted(found.values(), key=_sort_key)
    result.skipped = sorted((p for k, p in skipped.items() if k not in found), key=_sort_key)
    return result


def is_supported(name: str) -> bool:
    """True for a file a folder walk picks up (by extension; lock files excluded)."""
    return Path(name).suffix.lower() in SUPPORTED_SUFFIXES and not name.startswith(("~$", "."))


def _walk(top: str, matcher: ExcludeMatcher, errors: list[str]) -> Iterable[tuple[str, bool]]:
    """``(path, checked)`` for every regular file below ``top`` that is not excluded."""

    def onerror(exc: OSError) -> None:
        errors.append(f"{exc.filename or top}: {exc.strerror or exc}")

    for dirpath, dirnames, filenames in os.walk(top, onerror=onerror):
        kept = []
        for name in sorted(dirnames):
            full = os.path.join(dirpath, name)
            if _skip_dir(name, full) or matcher.matches(full):
                continue
            kept.append(name)
        dirnames[:] = kept
        for name in sorted(filenames):
            full = os.path.normpath(os.path.join(dirpath, name))
            if name.startswith(("~$", ".")) or name.casefold() in SILENT_NAMES:
                continue
            if matcher.matches(full) or not os.path.isfile(full):
                continue
            yield full, is_supported(name)


def _skip_dir(name: str, full: str) -> bool:
    if name in SKIP_DIRS or name.startswith("."):
        return True
    return os.path.isfile(os.path.join(full, "pyvenv.cfg"))  # a virtualenv under any name


def _identity(path: str) -> str:
    try:
        return os.path.normcase(os.path.realpath(path))
    except OSError:  # pragma: no cover - realpath rarely fails
        return os.path.normcase(os.path.abspath(path))


def _sort_key(path: str) -> tuple[tuple[tuple[Any, ...], str], ...]:
    """Folder by folder, numbers in names by value: 「2.docx」 before 「10.docx」."""
    return tuple((_natural(part), part) for part in Path(path).parts)


def _natural(name: str) -> tuple[Any, ...]:
    pieces = _DIGITS.split(name.casefold())
    return tuple(int(p) if i % 2 else p for i, p in enumerate(pieces))


_DIGITS = re.compile(r"(\d+)")


def _segment_regex(segment: str) -> str:
    """Regex for one path segment of a glob: ``*`` and ``?`` never cross ``/``."""
    out: list[str] = []
    i = 0
    while i < len(segment):
        char = segment[i]
        if char == "*":
            out.append("[^/]*")
        elif char == "?":
            out.append("[^/]")
        elif char == "[":
            end = segment.find("]", i + 2 if segment[i + 1 : i + 2] in ("!", "^") else i + 1)
            if end == -1:
                out.append(re.escape(char))
            else:
                body = segment[i + 1 : end]
                if body.startswith("!"):
                    body = "^" + body[1:]
                out.append("[" + body.replace("\\", "\\\\") + "]")
                i = end
        else:
            out.append(re.escape(char))
        i += 1
    return "".join(out)


def _path_regex(pattern: str) -> re.Pattern[str]:
    """Regex for an anchored glob; a match on a folder covers everything below it."""
    pieces: list[str] = []
    segments = pattern.split("/")
    for index, segment in enumerate(segments):
        last = index == len(segments) - 1
        if segment == "**":
            pieces.append(".*" if last else "(?:[^/]+/)*")
        else:
            pieces.append(_segment_regex(segment) + ("" if last else "/"))
    return re.compile("".join(pieces) + r"(?:/.*)?\Z")
