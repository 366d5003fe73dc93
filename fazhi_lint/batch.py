"""Checking many files in parallel worker processes, each file within a time and memory limit.

:func:`lint_files` hands the files to ``jobs`` worker processes, one file at a time, and
yields the results **in input order** whatever order they finish in. A file never stalls or
kills the batch:

* **time**: a worker arms a timer for each file (``signal.setitimer``) and gives up on the
  file when it fires; if the worker is stuck in C code and does not answer within a grace
  period after the limit, the parent kills it and starts a new one. Either way the file
  gets an ``E012`` finding that says so.
* **memory**: each worker limits its own address space (``RLIMIT_AS``) to what it used when
  it started plus ``memory_mb``; a file that needs more raises ``MemoryError`` in the
  worker (an ``E012`` finding; the worker is then replaced) instead of exhausting the
  machine.
* **crash**: a worker that dies (a segfault in a C library, the kernel's OOM killer) is
  replaced, and the file it was checking gets an ``E999`` finding naming how it died.

**One file in this process** (``in_process=True``, the command line checking one file): no
worker is started when this process can enforce the same limits itself (POSIX, main
thread): the same timer signal and ``RLIMIT_AS`` (lifted again afterwards) give the same
``E012`` findings, an exception outside the engine the same ``E999``. Code stuck in C past
the grace period, which the timer cannot interrupt (the regex engine and Python code can
be), is ended by :mod:`faulthandler`'s watchdog, which writes where it was stuck and exits
(a PDF is still read in its own isolated child, see :mod:`fazhi_lint.readers.pdf`).
Starting a worker cost a tenth of a one-file run.

Workers die with the parent, however it ends (SIGKILL included; see
:mod:`fazhi_lint.lifeline`): no worker or PDF extraction child is left behind.

Workers are forked where the platform allows it (Linux), so they inherit the parent's
loaded checks, plugins and configuration without re-importing anything; elsewhere they are
spawned and build their own :class:`~fazhi_lint.engine.Linter` from the configuration
(``FAZHI_LINT_START_METHOD=spawn|forkserver|fork`` overrides the choice).
The parent starts no threads of its own, so forking is safe. Without ``resource``/``signal``
support (Windows) the memory limit and the worker-side timer are skipped; the parent still
enforces the time limit by killing the worker.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

try:  # the C module beneath ``signal``: importing ``signal`` builds its enums (Signals,
    # Handlers, Sigmasks) in Python, ~3 M instructions of every start, for handlers set and
    # put back here and a signal's name on a dead worker (taken from ``signal`` there)
    signal: Any = __import__("_signal")
except ImportError:  # pragma: no cover - an implementation without it
    import signal

from .readers.errors import CHECK_LIMIT_EXCEEDED, INTERNAL_ERROR

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.context import BaseContext
    from multiprocessing.process import BaseProcess

    from .config import Config
    from .engine import FileResult, Linter

DEFAULT_TIMEOUT = 300.0  # seconds per file (above the PDF reader's own 180 s limit)
DEFAULT_MEMORY_MB = 2048  # extra address space per worker, on top of what it starts with
GRACE = 5.0  # seconds the parent waits past the limit before it kills a silent worker
MAX_LOST_WORKERS = 3  # fresh workers in a row that die unasked: the file gets E999, no retry

# The E codes used for files the batch had to give up on.
LIMIT_CODE = CHECK_LIMIT_EXCEEDED  # the per-file time or memory limit
CRASH_CODE = INTERNAL_ERROR


@dataclass(frozen=True)
class InMemoryFile:
    """A file already read (standard input), checked with ``lint_bytes`` under ``name``
    in a worker like any other file, within the same limits."""

    name: str
    data: bytes = field(repr=False)


Source = str | InMemoryFile


def source_name(source: Source) -> str:
    return source.name if isinstance(source, InMemoryFile) else source


@dataclass(frozen=True)
class BatchLimits:
    """Per-file limits; ``None`` or ``0`` disables a limit."""

    timeout: float | None = DEFAULT_TIMEOUT
    memory_mb: int | None = DEFAULT_MEMORY_MB
    grace: float = GRACE  # how long past ``timeout`` the parent waits before killing


def cpu_count() -> int:
    """CPUs this process may run on (the default number of workers)."""
    with contextlib.suppress(AttributeError, OSError):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def resolve_jobs(jobs: int | None) -> int:
    """``None`` or ``0``: one worker per CPU; otherwise ``jobs`` (at least 1)."""
    if not jobs:
        return cpu_count()
    return max(1, jobs)


# -- messages ------------------------------------------------------------------------------


def timeout_message(seconds: float) -> str:
    return (
        f"检查此文件超过 {seconds:g} 秒仍未完成，已停止（文件可能过大或结构异常）；"
        "可用 --timeout 调整时限"
    )


def memory_message(megabytes: int) -> str:
    return (
        f"检查此文件所需内存超过 {megabytes} MB 的上限，已停止（文件可能过大或结构异常）；"
        "可用 --max-memory 调整上限"
    )


def crash_message(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            import signal as signals

            how = f"被信号 {signals.Signals(-exitcode).name} 终止"
        except ValueError:
            how = f"被信号 {-exitcode} 终止"
    else:
        how = f"退出码 {exitcode}"
    return f"检查此文件的工作进程意外退出（{how}，可能是内存不足或读取库崩溃），此文件未能检查"


# -- the worker ----------------------------------------------------------------------------


class _FileTimeout(BaseException):
    """Raised by the timer in a worker; a BaseException so that per-check isolation
    (``except Exception``) does not swallow it."""


def _on_alarm(signum: int, frame: Any) -> None:
    raise _FileTimeout


def _address_space() -> int | None:
    """This process's current virtual memory size in bytes (Linux), else None."""
    try:
        with open("/proc/self/statm", "rb") as handle:  # int() reads ASCII digits of bytes
            pages = int(handle.read().split()[0])
        return pages * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError, AttributeError):
        return None


def _limit_memory(megabytes: int | None) -> None:
    if not megabytes:
        return
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows
        return
    base = _address_space()
    if base is None:
        return
    limit = base + megabytes * 1024 * 1024
    with contextlib.suppress(ValueError, OSError):
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


_WORKER_LINTER: Linter | None = None  # set in the parent before forking


def _worker_main(
    conn: Connection, config: Config | None, limits: BatchLimits, parent_pid: int | None = None
) -> None:
    """Serve ``(index, path)`` requests until ``None``; answer ``(kind, index, payload)``."""
    from .lifeline import die_with_parent, own_process_group

    die_with_parent(parent_pid)  # no orphan when the parent is killed
    own_process_group()  # the parent kills this worker and its children as one group
    # the parent handles Ctrl-C and terminates the workers itself
    with contextlib.suppress(ValueError, OSError):
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the CLI's orderly-exit handler
    linter = _WORKER_LINTER
    if linter is None:
        from .engine import Linter

        linter = Linter(config)
    timer = hasattr(signal, "setitimer") and bool(limits.timeout)
    if timer:
        signal.signal(signal.SIGALRM, _on_alarm)
    _limit_memory(limits.memory_mb)
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        except MemoryError:  # the file itself (standard input) is past the memory limit
            with contextlib.suppress(Exception):
                conn.send(("memory", -1, None))
            return
        if request is None:
            from .pattern_cache import save

            save()  # the patterns this worker compiled, for the next run (it ends by os._exit)
            return
        index, source = request
        reply: tuple[str, int, Any]
        fatal = False
        try:
            if timer:
                signal.setitimer(signal.ITIMER_REAL, float(limits.timeout or 0))
            try:
                if isinstance(source, InMemoryFile):
                    result = linter.lint_bytes(source.data, source.name)
                else:
                    result = linter.lint_path(source)
                reply = ("result", index, result)
            finally:
                if timer:
                    signal.setitimer(signal.ITIMER_REAL, 0)
        except _FileTimeout:
            reply, fatal = ("timeout", index, None), True
        except MemoryError:
            reply, fatal = ("memory", index, None), True
        except Exception as exc:  # a bug outside the engine's per-check isolation
            reply = ("error", index, f"{type(exc).__name__}: {exc}")
        try:
            conn.send(reply)
        except (OSError, ValueError, MemoryError):
            return
        except Exception as exc:  # a result that cannot be pickled
            conn.send(("error", index, f"结果无法传回：{type(exc).__name__}: {exc}"))
        if fatal:  # the interpreter may be in a poor state: let the parent start a fresh one
            return


# -- the parent ----------------------------------------------------------------------------


def _context() -> BaseContext:
    import multiprocessing  # here: a single file checked in-process never needs it

    methods = multiprocessing.get_all_start_methods()
    chosen = os.environ.get("FAZHI_LINT_START_METHOD", "").strip().lower()
    if chosen in methods:  # an escape hatch: fork, spawn or forkserver
        return multiprocessing.get_context(chosen)
    if "fork" in methods and sys.platform != "darwin":
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


class _Worker:
    __slots__ = ("conn", "deadline", "job", "process", "started")

    def __init__(self, process: BaseProcess, conn: Connection):
        self.process = process
        self.conn = conn
        self.job: tuple[int, Source] | None = None
        self.started = 0.0
        self.deadline: float | None = None


class _Pool:
    def __init__(self, linter: Linter, size: int, limits: BatchLimits):
        self.linter = linter
        self.size = size
        self.limits = limits
        self.ctx = _context()
        self.forking = self.ctx.get_start_method() == "fork"
        self.workers: list[_Worker] = []

    def spawn(self) -> _Worker:
        global _WORKER_LINTER
        parent, child = self.ctx.Pipe(duplex=True)
        config = None if self.forking else self.linter.config
        process: BaseProcess = self.ctx.Process(  # type: ignore[attr-defined]
            target=_worker_main, args=(child, config, self.limits, os.getpid()), daemon=True
        )
        _WORKER_LINTER = self.linter if self.forking else None
        if self.forking:  # the child's collector then leaves the inherited objects (and
            gc.freeze()  # their copy-on-write pages) alone
        try:
            process.start()
        finally:
            _WORKER_LINTER = None
            if self.forking:
                gc.unfreeze()
        child.close()
        worker = _Worker(process, parent)
        self.workers.append(worker)
        return worker

    def retire(self, worker: _Worker, kill: bool = False) -> None:
        if worker in self.workers:
            self.workers.remove(worker)
        if kill and worker.process.is_alive():  # alive: not reaped, its pid is still its own
            from .lifeline import kill_group

            kill_group(worker.process.pid or 0)  # with its PDF extraction child, if any
            worker.process.kill()
        with contextlib.suppress(OSError):
            worker.conn.close()
        worker.process.join(timeout=5)
        if worker.process.is_alive():  # pragma: no cover - a worker ignoring SIGKILL
            worker.process.kill()
            worker.process.join(timeout=1)

    def close(self) -> None:
        for worker in list(self.workers):
            if worker.job is None:
                with contextlib.suppress(OSError, ValueError):
                    worker.conn.send(None)
        for worker in list(self.workers):
            worker.process.join(timeout=0.5 if worker.job is None else 0)
            self.retire(worker, kill=True)


def lint_files(
    linter: Linter,
    paths: Sequence[Source],
    *,
    jobs: int | None = None,
    limits: BatchLimits | None = None,
    on_done: Callable[[int, FileResult], None] | None = None,
    in_process: bool = False,
) -> Iterator[FileResult]:
    """Lint ``paths`` in worker processes; yields one result per path, in input order.

    A path may also be an :class:`InMemoryFile` (standard input): it gets the same limits.
    ``in_process``: a single path is checked in this process when the limits can be
    enforced here (see :func:`can_lint_here`).

    ``on_done(index, result)`` is called as each file finishes (completion order), e.g. to
    advance a progress bar. Stopping the iteration early (or Ctrl-C) stops the workers.
    """
    limits = limits or BatchLimits()
    paths = list(paths)
    if not paths:
        return
    if in_process and len(paths) == 1 and can_lint_here(limits):
        result = lint_here(linter, paths[0], limits)
        if on_done is not None:
            on_done(0, result)
        yield result
        return
    size = min(resolve_jobs(jobs), len(paths))
    pool = _Pool(linter, size, limits)
    queue: deque[tuple[int, Source]] = deque(enumerate(paths))
    done: dict[int, FileResult] = {}
    next_out = 0
    lost = 0  # workers in a row that died before they could take a file

    def finish(index: int, result: FileResult) -> None:
        done[index] = result
        if on_done is not None:
            on_done(index, result)

    try:
        while next_out < len(paths):
            # keep every worker busy
            while queue and sum(1 for w in pool.workers if w.job is not None) < size:
                idle = next((w for w in pool.workers if w.job is None), None) or pool.spawn()
                job = queue.popleft()
                try:
                    idle.conn.send(job)
                except (OSError, ValueError):  # the worker is gone: try another one
                    pool.retire(idle, kill=True)
                    lost += 1
                    if lost < MAX_LOST_WORKERS:
                        queue.appendleft(job)
                    else:  # workers die before taking any file: give up on this one
                        lost = 0
                        message = crash_message(idle.process.exitcode)
                        finish(job[0], _problem(linter, source_name(job[1]), CRASH_CODE, message))
                    continue
                lost = 0
                idle.job = job
                idle.started = time.monotonic()
                idle.deadline = (
                    idle.started + float(limits.timeout) + limits.grace if limits.timeout else None
                )
            _collect(pool, linter, limits, finish)
            while next_out in done:
                yield done.pop(next_out)
                next_out += 1
    finally:
        pool.close()


def _collect(
    pool: _Pool,
    linter: Linter,
    limits: BatchLimits,
    finish: Callable[[int, FileResult], None],
) -> None:
    """Wait for the next answers (or deaths, or deadlines) and record them."""
    from multiprocessing.connection import wait

    busy = [w for w in pool.workers if w.job is not None]
    if not busy:
        return
    now = time.monotonic()
    deadlines = [w.deadline for w in busy if w.deadline is not None]
    timeout = max(0.0, min(deadlines) - now) if deadlines else None
    waitables: list[Any] = [w.conn for w in busy] + [w.process.sentinel for w in busy]
    ready = set(wait(waitables, timeout=timeout))
    for worker in busy:
        assert worker.job is not None
        index, source = worker.job
        path = source_name(source)
        if worker.conn in ready or worker.process.sentinel in ready:
            message = _receive(worker)
            if message is None:  # died without answering
                pool.retire(worker, kill=True)
                finish(
                    index,
                    _problem(linter, path, CRASH_CODE, crash_message(worker.process.exitcode)),
                )
                continue
            kind, _, payload = message
            worker.job = None
            if kind == "result":
                finish(index, payload)
            elif kind == "timeout":
                finish(
                    index, _problem(linter, path, LIMIT_CODE, timeout_message(limits.timeout or 0))
                )
            elif kind == "memory":
                finish(
                    index, _problem(linter, path, LIMIT_CODE, memory_message(limits.memory_mb or 0))
                )
            else:
                finish(
                    index,
                    _problem(linter, path, CRASH_CODE, f"检查此文件时发生内部错误：{payload}"),
                )
            if kind in ("timeout", "memory") or not worker.process.is_alive():
                pool.retire(worker)
        elif worker.deadline is not None and time.monotonic() >= worker.deadline:
            pool.retire(worker, kill=True)
            finish(index, _problem(linter, path, LIMIT_CODE, timeout_message(limits.timeout or 0)))


def _receive(worker: _Worker) -> tuple[str, int, Any] | None:
    try:
        if worker.conn.poll():
            message: tuple[str, int, Any] = worker.conn.recv()
            return message
    except (EOFError, OSError):
        return None
    except Exception:  # a truncated pickle from a dying worker
        return None
    return None


def _problem(linter: Linter, path: str, code: str, message: str) -> FileResult:
    """The result of a file the batch gave up on: one E finding (unless ``ignore``d)."""
    from .engine import FileResult
    from .readers.errors import input_diagnostic

    diagnostic = input_diagnostic(code, message, path)
    keep = code == CRASH_CODE or linter.is_enabled(code)
    return FileResult(path, "unknown", [diagnostic] if keep else [])


def lint_one(linter: Linter, path: str, limits: BatchLimits | None = None) -> FileResult:
    """Lint one file in a worker process with the limits (a batch of one)."""
    return next(lint_files(linter, [path], jobs=1, limits=limits))


# -- one file in this process --------------------------------------------------------------


def can_lint_here(limits: BatchLimits) -> bool:
    """Whether this process can check a file within ``limits`` itself: a timer signal (POSIX,
    main thread) for the time limit, ``RLIMIT_AS`` and /proc for the memory limit."""
    import threading

    if threading.current_thread() is not threading.main_thread():
        return False
    if limits.timeout and not hasattr(signal, "setitimer"):
        return False
    if limits.memory_mb:
        try:
            import resource  # noqa: F401
        except ImportError:  # pragma: no cover - Windows
            return False
        if _address_space() is None:
            return False
    return True


def lint_here(linter: Linter, source: Source, limits: BatchLimits) -> FileResult:
    """Lint one file in this process within ``limits``; the same findings as in a worker."""
    import faulthandler

    path = source_name(source)
    timeout = float(limits.timeout or 0)
    previous_handler = signal.signal(signal.SIGALRM, _on_alarm) if timeout else None
    watchdog = bool(timeout)
    if watchdog:  # C code stuck past the grace period: write where, and exit
        try:  # (its thread is started before the memory limit, which could refuse its stack)
            faulthandler.dump_traceback_later(timeout + limits.grace, exit=True)
        except (RuntimeError, OSError):
            watchdog = False
    previous_limit = _limit_memory_here(limits.memory_mb)
    try:
        if timeout:
            signal.setitimer(signal.ITIMER_REAL, timeout)
        try:
            if isinstance(source, InMemoryFile):
                return linter.lint_bytes(source.data, source.name)
            return linter.lint_path(source)
        finally:
            if timeout:
                signal.setitimer(signal.ITIMER_REAL, 0)
    except _FileTimeout:
        return _problem(linter, path, LIMIT_CODE, timeout_message(timeout))
    except MemoryError:
        return _problem(linter, path, LIMIT_CODE, memory_message(limits.memory_mb or 0))
    except Exception as exc:  # a bug outside the engine's per-check isolation
        message = f"检查此文件时发生内部错误：{type(exc).__name__}: {exc}"
        return _problem(linter, path, CRASH_CODE, message)
    finally:
        if watchdog:
            faulthandler.cancel_dump_traceback_later()
        if previous_limit is not None:
            import resource

            with contextlib.suppress(ValueError, OSError):
                resource.setrlimit(resource.RLIMIT_AS, previous_limit)
        if previous_handler is not None:
            signal.signal(signal.SIGALRM, previous_handler)


def _limit_memory_here(megabytes: int | None) -> tuple[int, int] | None:
    """:func:`_limit_memory` for this process; returns the limits to restore (or None)."""
    if not megabytes:
        return None
    import resource

    previous = resource.getrlimit(resource.RLIMIT_AS)
    _limit_memory(megabytes)
    return previous
