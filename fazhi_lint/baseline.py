"""Stable fingerprints of findings, and baselines built from them.

A fingerprint identifies a finding across runs and edits elsewhere in the file: it hashes
the check code, the file's path (relative to a base folder, ``/``-separated) and the text
around the finding — the flagged excerpt with up to :data:`WINDOW` characters on each side,
whitespace removed and NFKC-normalized — but **not** its location, so inserting a paragraph
above a finding does not make it new. A finding about the whole document (no span) hashes
its message with the digits removed instead. A finding about a passage shared by several
files (C105, filed on whichever of them comes first) names the passage in its ``data``
(:data:`PASSAGE_KEY`): that identity is hashed, without the path, so the same shared
passage is known again whatever the files' names and order. Two identical findings in one file (the same
sentence twice) share a fingerprint; baselines count them, SARIF numbers them.

A baseline file records today's findings by fingerprint (``--write-baseline``); a later run
with ``--baseline`` reports only findings that are not in it — for a repository that adopts
the tool on old drafts. Paths are taken relative to the baseline file's folder, so the
baseline works from whichever folder the tool is run.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .engine import FileResult
    from .model import Diagnostic

FORMAT = "fazhi-lint-baseline"
VERSION = 1
WINDOW = 8  # characters of context hashed on each side of the excerpt
_SPACE = re.compile(r"\s+")
_DIGITS = re.compile(r"\d+")
PASSAGE_KEY = "passage"  # Diagnostic.data: the identity of a passage shared between files


class BaselineError(Exception):
    """A baseline file that cannot be read or is not a baseline (the CLI exits 2)."""


def normalize_path(path: str, base: str | os.PathLike[str] | None = None) -> str:
    """``path`` relative to ``base`` (default: the working directory), ``/``-separated.

    A path outside ``base`` (or on another drive) stays absolute; names like ``<stdin>``
    are kept as given.
    """
    if path.startswith("<") and path.endswith(">"):
        return path
    here = os.path.abspath(path)
    try:
        relative = os.path.relpath(here, os.path.abspath(base or os.getcwd()))
    except ValueError:  # another drive (Windows)
        relative = here
    if relative.startswith(".."):
        relative = here
    return relative.replace(os.sep, "/")


def _normal(text: str) -> str:
    return _SPACE.sub("", unicodedata.normalize("NFKC", text))


def fingerprint(diagnostic: Diagnostic, path: str, base: str | None = None) -> str:
    """A hex digest that stays the same while the flagged text does (see module doc)."""
    passage = diagnostic.data.get(PASSAGE_KEY) if diagnostic.data else None
    if isinstance(passage, str) and passage:
        key = "\x1e".join((diagnostic.code, PASSAGE_KEY, passage))
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]
    if diagnostic.span is not None and diagnostic.context:
        start, end = diagnostic.span
        text = diagnostic.context
        # the window counts characters once whitespace is gone, so re-spacing does not move it
        before = _normal(text[max(0, start - 4 * WINDOW) : start])[-WINDOW:]
        after = _normal(text[end : end + 4 * WINDOW])[:WINDOW]
        anchor = "\x1f".join((before, _normal(text[start:end]), after))
    else:
        anchor = _DIGITS.sub("#", _normal(diagnostic.message))
    key = "\x1e".join((diagnostic.code, normalize_path(path, base), anchor))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def numbered_fingerprints(
    result: FileResult, base: str | None = None
) -> list[tuple[Diagnostic, str, int]]:
    """Each finding with its fingerprint and occurrence number (1 for the first of equals)."""
    seen: Counter[str] = Counter()
    found = []
    for d in result.diagnostics:
        value = fingerprint(d, d.path or result.path, base)
        seen[value] += 1
        found.append((d, value, seen[value]))
    return found


@dataclass
class Baseline:
    """Fingerprints recorded by ``--write-baseline``, with how many times each occurred."""

    counts: Counter[str] = field(default_factory=Counter)
    base: str | None = None  # the folder paths were made relative to
    source: str | None = None

    def filter(self, result: FileResult) -> tuple[FileResult, int]:
        """The result without findings already in the baseline; and how many were dropped.

        Counts are consumed: a fingerprint recorded once hides one finding, so a defect
        copied to a second place is reported.
        """
        kept: list[Diagnostic] = []
        dropped = 0
        for d in result.diagnostics:
            value = fingerprint(d, d.path or result.path, self.base)
            if self.counts[value] > 0:
                self.counts[value] -= 1
                dropped += 1
            else:
                kept.append(d)
        if not dropped:
            return result, 0
        return replace(result, diagnostics=kept), dropped


def build(results: Iterable[FileResult], base: str | None = None) -> dict[str, Any]:
    """The baseline document: one entry per finding, sorted, with readable context."""
    from . import __version__

    entries = []
    for result in results:
        for d, value, _ in numbered_fingerprints(result, base):
            entries.append(
                {
                    "fingerprint": value,
                    "path": normalize_path(d.path or result.path, base),
                    "code": d.code,
                    "excerpt": d.excerpt,
                    "message": d.message,
                }
            )
    entries.sort(key=lambda e: (e["path"], e["code"], e["fingerprint"]))
    return {"format": FORMAT, "version": VERSION, "tool_version": __version__, "findings": entries}


def write_baseline(path: str | os.PathLike[str], results: Sequence[FileResult]) -> int:
    """Write a baseline of ``results`` to ``path`` (atomically, see :mod:`.safe_write`);
    returns the number of findings recorded."""
    from .safe_write import write_text

    target = Path(path)
    data = build(results, base=str(target.resolve().parent))
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    write_text(target, text, what="基线文件")
    return len(data["findings"])


MAX_BYTES = 64 * 1024 * 1024  # about 200,000 findings (some 300 bytes of JSON each)
MAX_NUMBER_CHARS = 32  # digits of a number in a baseline (the version is 1)


def _read_limited(source: Path) -> bytes:
    """The bytes of a regular file of at most :data:`MAX_BYTES`; never blocks on a FIFO.

    The file is opened non-blocking (a FIFO opens at once instead of waiting for a writer)
    and refused before any read unless ``fstat`` says it is a regular file.
    """
    import stat

    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(source, flags)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            kind = "文件夹" if stat.S_ISDIR(info.st_mode) else "特殊文件（设备、管道等）"
            raise BaselineError(f"{source}: 基线文件应为普通文件，这是{kind}")
        if info.st_size > MAX_BYTES:
            raise BaselineError(f"{source}: 基线文件过大（超过 {MAX_BYTES // 1024 // 1024} MB）")
        chunks: list[bytes] = []
        size = 0
        while size <= MAX_BYTES:
            chunk = os.read(fd, min(1 << 20, MAX_BYTES + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > MAX_BYTES:  # it grew while being read
            raise BaselineError(f"{source}: 基线文件过大（超过 {MAX_BYTES // 1024 // 1024} MB）")
        return b"".join(chunks)
    finally:
        os.close(fd)


def _bounded_number(kind: type) -> Any:
    def parse(text: str) -> Any:
        if len(text) > MAX_NUMBER_CHARS:
            raise ValueError(f"数字过长（{len(text)} 位）")
        return kind(text)

    return parse


def _no_constant(name: str) -> Any:
    raise ValueError(f"不允许 {name}")


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:39] + "…"


def load_baseline(path: str | os.PathLike[str]) -> Baseline:
    """Read a baseline written by :func:`write_baseline` (raises :class:`BaselineError`).

    Whatever the file holds — not a regular file, too large, not UTF-8, not JSON, nested
    too deeply, numbers too long — the answer is a :class:`BaselineError` naming the file.
    """
    source = Path(path)
    try:
        raw = _read_limited(source)
        data = json.loads(
            raw.decode("utf-8"),
            parse_int=_bounded_number(int),
            parse_float=_bounded_number(float),
            parse_constant=_no_constant,
        )
    except FileNotFoundError:
        raise BaselineError(f"{source}: 基线文件不存在") from None
    except OSError as exc:
        raise BaselineError(f"{source}: 无法读取基线文件：{exc.strerror or exc}") from None
    except (UnicodeDecodeError, ValueError) as exc:  # JSONDecodeError is a ValueError
        raise BaselineError(f"{source}: 不是有效的基线文件（JSON 解析失败：{exc}）") from None
    except RecursionError:
        raise BaselineError(f"{source}: 不是有效的基线文件（JSON 嵌套过深）") from None
    except MemoryError:
        raise BaselineError(f"{source}: 基线文件过大，内存不足") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise BaselineError(f"{source}: 不是 fazhi-lint 基线文件（缺少 format = {FORMAT!r}）")
    version = data.get("version")
    if type(version) is not int or version != VERSION:
        raise BaselineError(f"{source}: 基线文件版本 {_shown(version)} 不受支持（应为 {VERSION}）")
    findings = data.get("findings")
    if not isinstance(findings, list):
        raise BaselineError(f"{source}: 基线文件缺少 findings 列表")
    counts: Counter[str] = Counter()
    for entry in findings:
        value = entry.get("fingerprint") if isinstance(entry, dict) else None
        if not isinstance(value, str):
            raise BaselineError(f"{source}: findings 中有条目缺少 fingerprint")
        counts[value] += 1
    return Baseline(counts, base=str(source.resolve().parent), source=str(source))
