"""Every file the tool writes goes through here, so no output can cost a file.

* :func:`atomic_writer` writes to a temporary file in the target's own folder, created
  exclusively (``O_CREAT | O_EXCL``, plus ``O_NOFOLLOW`` where the platform has it, so a
  planted symlink at the temporary name is never followed), flushes and ``fsync``\\s it, and
  only then renames it over the target (``os.replace``, atomic on POSIX and Windows). On any
  exception — Ctrl-C included — the temporary file is removed and the previous output is
  left exactly as it was; a reader never sees a half-written report.
* :func:`refuse_output` refuses an output path that is a symlink, or that is (or resolves
  to: same path after symlinks, same inode, a hard link) one of the inputs, before anything
  is read or written. Both raise :class:`OutputError`, whose Chinese message names the file
  (the CLI exits 2).

The renamed file keeps the mode of the file it replaces (a report someone made read-only
for the group stays so); a new file gets the usual ``0o666`` minus the umask.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterable, Iterator
from typing import IO, Any

# O_NOFOLLOW and O_BINARY exist on some platforms only (POSIX / Windows)
_FLAGS = (
    os.O_WRONLY
    | os.O_CREAT
    | os.O_EXCL
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_BINARY", 0)
    | getattr(os, "O_CLOEXEC", 0)
)
_ATTEMPTS = 100


class OutputError(Exception):
    """An output that must not or could not be written; the message names the file."""


def _identity(path: str) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    if not info.st_ino and not info.st_dev:  # a platform without inode numbers
        return None
    return info.st_dev, info.st_ino


class InputGuard:
    """The inputs of a run, indexed once (real path, device and inode), so that checking
    many outputs against many inputs stays linear."""

    def __init__(self, inputs: Iterable[str | os.PathLike[str]]):
        self._real: dict[str, str] = {}
        self._ids: dict[tuple[int, int], str] = {}
        for item in inputs:
            source = os.fspath(item)
            self._real.setdefault(os.path.realpath(source), source)
            identity = _identity(source)
            if identity is not None:
                self._ids.setdefault(identity, source)

    def refuse(self, path: str | os.PathLike[str], what: str = "输出文件") -> None:
        """Raise :class:`OutputError` when writing ``path`` would replace an input or a
        symlink. ``what`` names the output in the message (「输出文件」「基线文件」「批注副本」)."""
        shown = os.fspath(path)
        target = os.path.abspath(shown)  # the path atomic_writer writes (``..`` resolved as text)
        if os.path.islink(target):
            raise OutputError(
                f"{what} {shown} 是符号链接，为防止覆盖其他文件，拒绝写入；请换一个文件名"
            )
        if os.path.isdir(target):
            raise OutputError(f"{what} {shown} 是一个文件夹，不能写入；请指定文件名")
        if not os.path.lexists(target):
            return  # a file that does not exist is no input
        identity = _identity(target)
        source = self._real.get(os.path.realpath(target)) or (
            self._ids.get(identity) if identity is not None else None
        )
        if source is not None:
            raise OutputError(
                f"{what} {shown} 就是被检查的文件 {source}，写入会覆盖原文件，已拒绝；"
                "请换一个文件名"
            )


def refuse_output(
    path: str | os.PathLike[str], inputs: Iterable[str | os.PathLike[str]], what: str = "输出文件"
) -> None:
    """Raise :class:`OutputError` when writing ``path`` would replace an input or a symlink:
    ``path`` is a symlink, or is (or resolves to: same path after symlinks, same inode, a
    hard link) one of ``inputs``."""
    InputGuard(inputs).refuse(path, what)


def _token() -> str:
    """Twelve random hex digits (``secrets.token_hex(6)`` without importing secrets, whose
    hashlib and hmac cost every start of the command line a few milliseconds)."""
    return os.urandom(6).hex()


def _temporary(folder: str, name: str) -> tuple[int, str]:
    """An exclusively created, new, empty file next to the target: (fd, path)."""
    for _ in range(_ATTEMPTS):
        temp = os.path.join(folder, f".{name}.{_token()}.tmp")
        try:
            return os.open(temp, _FLAGS, 0o666), temp
        except FileExistsError:
            continue
    raise FileExistsError(f"无法在 {folder} 创建临时文件")


@contextlib.contextmanager
def atomic_writer(
    path: str | os.PathLike[str],
    *,
    binary: bool = False,
    encoding: str = "utf-8",
    newline: str | None = "\n",
    what: str = "输出文件",
) -> Iterator[IO[Any]]:
    """A stream whose content becomes ``path`` only when the ``with`` block completes.

    Text streams encode with ``errors="replace"``: a character that cannot be encoded (a
    lone surrogate in an undecodable file name) becomes ``?`` rather than a lost report.
    """
    target = os.path.abspath(os.fspath(path))
    if os.path.islink(target):
        raise OutputError(f"{what} {path} 是符号链接，为防止覆盖其他文件，拒绝写入；请换一个文件名")
    folder, name = os.path.split(target)
    try:
        fd, temp = _temporary(folder, name)
    except OSError as exc:
        raise OutputError(f"无法写入{what} {path}：{exc.strerror or exc}") from exc
    owned = True  # the fd is ours to close until a stream object takes it
    try:
        with contextlib.suppress(OSError):
            previous = os.stat(target)
            if stat.S_ISREG(previous.st_mode):
                os.chmod(temp, stat.S_IMODE(previous.st_mode))
        stream: IO[Any] = (
            os.fdopen(fd, "wb")
            if binary
            else os.fdopen(fd, "w", encoding=encoding, errors="replace", newline=newline)
        )
        owned = False
        with stream:
            yield stream
            stream.flush()
            with contextlib.suppress(OSError):  # a file system without fsync still gets the rename
                os.fsync(stream.fileno())
        try:
            os.replace(temp, target)
        except OSError as exc:
            raise OutputError(f"无法写入{what} {path}：{exc.strerror or exc}") from exc
    except BaseException:
        if owned:
            with contextlib.suppress(OSError):
                os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def write_text(path: str | os.PathLike[str], text: str, what: str = "输出文件") -> None:
    """Write ``text`` (UTF-8, ``\\n`` line ends) to ``path`` atomically."""
    try:
        with atomic_writer(path, what=what) as stream:
            stream.write(text)
    except OSError as exc:
        raise OutputError(f"无法写入{what} {path}：{exc.strerror or exc}") from exc
