"""Child processes die with their parent: no worker outlives a killed ``fazhi-lint``.

A batch worker (:mod:`fazhi_lint.batch`) and a PDF extraction child
(:mod:`fazhi_lint.readers.pdf`) call :func:`die_with_parent` first thing. It arranges, in
order of preference:

* **Linux**: ``prctl(PR_SET_PDEATHSIG, SIGKILL)`` (through ctypes): the kernel kills the
  child the moment its parent dies, whatever killed the parent (SIGKILL included) and
  whatever the child is doing (stuck in C code included). The parent may have died before
  the call: the child then finds itself re-parented and exits at once.
* **elsewhere** (macOS, Windows; workers are spawned there): a daemon thread waits on
  ``multiprocessing.parent_process().sentinel`` — the read end of a pipe whose other end
  only the parent holds (POSIX), or a handle on the parent process (Windows) — and ends the
  process with ``os._exit`` when it fires. A thread is only started where the prctl is not
  available, because the PDF reader forks only single-threaded processes.

The batch also puts each worker in a process group of its own (POSIX) and kills the whole
group when it retires a worker, so a worker's extraction child goes with it; and ``fazhi-lint``
turns SIGTERM into an orderly exit (outputs cleaned, workers stopped).
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys

PR_SET_PDEATHSIG = 1


def _parent_death_signal() -> bool:
    """Ask the kernel for SIGKILL when the parent dies; True when it agreed (Linux)."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        return int(libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)) == 0
    except (OSError, AttributeError, ValueError):
        return False


def _watch_sentinel() -> None:
    """Exit when ``multiprocessing``'s parent sentinel fires (the parent is gone)."""
    import multiprocessing
    import threading

    parent = multiprocessing.parent_process()
    sentinel = getattr(parent, "sentinel", None)
    if sentinel is None:
        return

    def watch() -> None:
        from multiprocessing.connection import wait

        with contextlib.suppress(Exception):
            wait([sentinel])
            os._exit(1)

    threading.Thread(target=watch, name="fazhi-lint-lifeline", daemon=True).start()


def die_with_parent(parent_pid: int | None = None, *, thread: bool = True) -> None:
    """Make this (child) process end when its parent does (see the module doc).

    ``parent_pid`` is the parent's pid as the parent knew it before starting the child; a
    child whose parent is already gone exits at once. ``thread=False`` never starts the
    fallback thread (for a child that must stay single-threaded).
    """
    if _parent_death_signal():
        if parent_pid is not None and os.getppid() != parent_pid:
            os._exit(1)  # the parent died before the prctl: nobody will signal us
        return
    if thread:
        _watch_sentinel()


def own_process_group() -> None:
    """Lead a new process group (POSIX), so that the parent can kill this process and its
    children together with :func:`kill_group`."""
    if hasattr(os, "setpgid"):
        with contextlib.suppress(OSError):
            os.setpgid(0, 0)


def kill_group(pid: int) -> None:
    """SIGKILL the process group led by ``pid`` (a worker and its children), if it leads one.

    Call only on a child that has not been reaped yet (its pid cannot have been reused).
    """
    if hasattr(os, "killpg") and hasattr(os, "getpgid"):
        with contextlib.suppress(OSError):
            if os.getpgid(pid) == pid:
                os.killpg(pid, signal.SIGKILL)
