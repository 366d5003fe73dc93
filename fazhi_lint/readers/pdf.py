"""PDF reports: the text a person reads, as paragraphs located by page and line.

Every drawn character with its box, font and size comes from pypdfium2 (pdfium's text page,
5–8× faster than pdfminer), with what that text page leaves out put back from the page
objects (:mod:`.pdf_objects`: spaces drawn as objects of their own, text drawn twice for
fake bold) and the horizontal rules of ruled tables read from the page's paths. The rules
that rebuild lines, remove running headers/footers/page numbers and rebuild paragraphs live
in :mod:`.pdf_layout` and are shared with the second engine, pdfplumber (pdfminer.six):

* a page whose characters pdfium cannot map to Unicode, or on which it fails, is read again
  with pdfplumber, opened only then (a normal PDF never imports it); a file pdfium cannot
  open at all is read with pdfplumber throughout; ``engine="pdfplumber"`` reads every page
  with pdfplumber first and pypdfium2 as its fallback (the reader before pypdfium2 became
  the default, kept for comparison), ``engine="pypdfium2"`` reads with pypdfium2 alone;
* a page with no characters that is covered by images (a scan), or drawn only with vector
  curves (text converted to outlines), is *scanned*: one ``E009`` finding names those pages
  (the other pages are still read and checked);
* characters neither engine can decode give ``E011`` naming the pages;
* a PDF that needs a password to open gives ``E004``; one with only an owner password
  (permissions) is read, and ``meta["encrypted"]`` is True;
* limits: at most ``pdf_max_pages`` pages, ``pdf_max_glyphs_per_page`` characters on a page,
  ``pdf_timeout_s`` seconds and (on Linux) ``pdf_memory_mb`` of extra address space; past
  any of them the file gets ``E010`` and no blocks (a truncated report would only produce
  false findings). The limits are read from :class:`.safety.Limits` when it has these
  fields, else the defaults below apply.

Isolation: on Linux, when the process has a single thread, extraction runs in a forked
worker with ``RLIMIT_AS`` set (what it used when it started plus ``pdf_memory_mb``) and a
wall-clock timeout per file, so a PDF bomb or a pdfminer hang costs one finding, not the
process (pdfium *aborts* on allocation failure, so a page that pdfminer could not inflate for
want of memory is not retried with it). The worker is started on first use and reads one PDF
after another (a length-prefixed pickle each way), so a batch pays for the fork once and the
fonts, CMaps and caches a file loaded serve the next; a worker that overran the time limit is
killed, and one that died, ran out of memory, failed outside the reader's errors or grew by a
quarter of its cap is replaced by the next read; each such file gets its finding (``E010``,
or ``E999`` for a reader bug) and the batch goes on. Elsewhere (Windows: no fork), or with
``FAZHI_LINT_PDF_ISOLATION=0``, it runs in-process and the time limit is checked between
pages. pypdfium2 (and, for ``engine="pdfplumber"``, pdfplumber) is imported and pdfium's
functions bound before forking; ``worker_cpu()`` gives the live worker's CPU time (for the
benchmark, as ``RUSAGE_CHILDREN`` counts a child only once it has ended). The command line
checking a single PDF calls :func:`prefetch` first: the worker is forked at once (it imports
pypdfium2 itself) and reads the file while the checks load; :func:`read` of the same bytes,
path and limits collects that reply. pdfminer and pycparser are not imported for a file that
pdfium reads alone.

Every page is closed after use, so memory stays flat in the page count.

Speed (``benchmarks/bench_pdf.py`` on the Word-made fixtures, pypdfium2's bare
``get_text_range`` = 1: ≈2.9–3.3× a file in a batch (2.8× over all of them), the worker's
fork paid once, and as much in-process; ≈4× when a worker is started for a single file;
callgrind on 000-autonum: 318 M instructions against pdfium's 132 M, of which the three
per-character calls are 39 M, the glyph loop and the per-object calls ≈ 60 M, lines 65 M,
paragraphs and the document 19 M, before the last 6 % were taken off; 4.2–4.5× with a fork
per file before). A cffi call costs ≈ 0.3 µs whatever pdfium does in it (libffi, argument
conversion, and the GIL released and taken again around every call): on these fixtures the
≈ 200 000 calls a run of ten files makes (three a character, three a text object, one or
two a page object) are about half the reader's own work on the glyphs, so what is left is
the number of calls, not Python around them. The text of a page is read in one
``FPDFText_GetText`` call, and the three calls each character still needs (its text object,
its Unicode mapping, its box) go through cffi function pointers, a third of ctypes' cost
(ctypes prototypes when cffi is missing); a text object's size and matrix are read once
per object (Word and LibreOffice start a new object every few characters), and a font's name
once per font on the page (keyed by the font's address). Lines are built from what each
glyph's text, size and CJK class say once, and a separator is decided only at a gap over a
fifth of a character or holding a drawn space.

Blocks: one per paragraph, ``Location(page=, line=)`` of its first line (``line`` counts the
body lines of the page, running header and footer excluded). A row of a ruled table is split
into ``TABLE_CELL`` blocks at the vertical rules drawn between its cells and at the wide gaps,
with ``table`` (counted through the document), ``row`` (the printed line within the table, or
the two or three lines between two rules of a grid table whose cells wrapped) and ``cell``. A space drawn as a text object of its own
reads as U+0020 (pdfium does not give its character, so a no-break space there reads as a
space). Text is taken as printed: Kangxi radicals that some PDF producers map glyphs to (「⽂」 U+2F42) read as the
ideographs (「文」), private-use symbols are dropped, a drawn soft hyphen is a hyphen; info
strings that pdfminer mis-decodes (UTF-16LE with a BOM) are decoded again. Style facts per
block: the
dominant east-Asian font (subset prefix ``ABCDEF+`` stripped; well-known PostScript names of
Chinese fonts given their Chinese names, e.g. ``FangSong_GB2312`` → ``仿宋_GB2312``,
``FZXBSJW--GB1-0`` → ``方正小标宋简体``), the ASCII font, the dominant size, bold (the
font name says Bold/Heavy/Black, or the glyphs are overprinted), alignment (``center`` for
centred lines, ``right``, ``both`` for justified paragraphs, ``left`` for ragged ones, None
for a one-line paragraph) and the first-line indent in characters. The title — the centred
lines in the largest font at the top of the first page — is its own block(s), never glued
to the text after it; ``meta["title"]`` holds it. Page numbers and running headers/footers
go to ``Document.furniture`` (once per distinct text, digits aside).

Where each line of a block starts: ``line_starts(document, block_index)`` gives
``(offset, page, line)`` for every printed line of the block.
"""

from __future__ import annotations

import bisect
import contextlib
import io
import logging
import os
import re
import struct
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ..model import Block, BlockKind, Document, Location, Style
from .errors import ReadError, input_diagnostic
from .pdf_layout import (
    Glyph,
    Line,
    Paragraph,
    body_size,
    cut_at_rules,
    make_lines,
    mark_table_lines,
    page_geometry,
    paragraphs,
    same_columns,
    split_furniture,
    table_regions,
    table_rows,
)
from .pdf_margins import measure as measure_type_area
from .safety import DEFAULT_LIMITS, Limits

# defaults for limits that safety.Limits may not define (yet)
MAX_PAGES = 2000
MAX_GLYPHS_PER_PAGE = 100_000
TIMEOUT_S = 180.0
MEMORY_MB = 2048


@dataclass(frozen=True)
class PdfSettings:
    max_pages: int = MAX_PAGES
    max_glyphs_per_page: int = MAX_GLYPHS_PER_PAGE
    timeout_s: float = TIMEOUT_S
    memory_mb: int = MEMORY_MB
    engine: str = (
        "auto"  # "pypdfium2": read every page with the fallback engine (tests, benchmarks)
    )

    @classmethod
    def from_limits(cls, limits: Limits) -> PdfSettings:
        return cls(
            max_pages=int(getattr(limits, "pdf_max_pages", MAX_PAGES)),
            max_glyphs_per_page=int(
                getattr(limits, "pdf_max_glyphs_per_page", MAX_GLYPHS_PER_PAGE)
            ),
            timeout_s=float(getattr(limits, "pdf_timeout_s", TIMEOUT_S)),
            memory_mb=int(getattr(limits, "pdf_memory_mb", MEMORY_MB)),
        )


def read(
    data: bytes, path: str, limits: Limits = DEFAULT_LIMITS, *, isolate: bool | None = None
) -> Document:
    """Read a PDF into a :class:`Document` (raises ReadError for an unreadable file)."""
    settings = PdfSettings.from_limits(limits)
    if isolate is None:
        isolate = _can_isolate()
    if isolate:
        return _read_isolated(data, path, limits, settings)
    return extract(data, path, limits, settings)


def line_starts(document: Document, block: int) -> tuple[tuple[int, int, int], ...]:
    """``(offset, page, line)`` for each printed line of a PDF block (empty if unknown)."""
    return document.blocks[block].location.line_starts


# --------------------------------------------------------------------------------------------
# isolation


def _can_isolate() -> bool:
    if os.environ.get("FAZHI_LINT_PDF_ISOLATION", "1").strip().lower() in (
        "0",
        "no",
        "false",
        "off",
    ):
        return False
    if not sys.platform.startswith("linux") or not hasattr(os, "fork"):
        return False
    import threading

    return threading.active_count() == 1


def _read_isolated(data: bytes, path: str, limits: Limits, settings: PdfSettings) -> Document:
    """Read in the extraction worker (started on first use, kept for the next PDF)."""
    import pickle

    worker = _prefetched(data, path, limits, settings)
    if worker is not None:  # already asked for (prefetch): its reply is awaited
        deadline = worker.asked + settings.timeout_s
    else:
        request = pickle.dumps((data, path, limits, settings), protocol=pickle.HIGHEST_PROTOCOL)
        worker = _worker(settings)
        try:
            _send(worker.requests, request)
        except OSError:  # the worker ended while idle (killed from outside): start another
            _stop_worker(worker, kill=True)
            worker = _worker(settings)
            _send(worker.requests, request)
        deadline = time.monotonic() + settings.timeout_s
    try:
        reply = _receive(worker.replies, deadline)
    except BaseException:  # e.g. KeyboardInterrupt, the batch's timer: never leave it working
        _stop_worker(worker, kill=True)
        raise
    if reply is _TIMED_OUT:
        _stop_worker(worker, kill=True)
        raise ReadError(
            "E010",
            f"读取 PDF 超过 {settings.timeout_s:.0f} 秒的时限，已停止，未检查；"
            "文件可能已损坏或被恶意构造，请提交导出该 PDF 的 Word 文件",
        )
    if not isinstance(reply, bytes):  # it died on this file (pdfium aborts for want of memory)
        wait_status = _stop_worker(worker, kill=True)
        signal_number = (
            os.WTERMSIG(wait_status)
            if wait_status is not None and os.WIFSIGNALED(wait_status)
            else None
        )
        raise ReadError(
            "E010",
            "解析 PDF 时处理进程异常终止"
            + (f"（信号 {signal_number}）" if signal_number else "")
            + "，可能超出内存上限或文件被恶意构造，未检查；请提交导出该 PDF 的 Word 文件",
        )
    kind, value, cmaps, cpu, retiring = pickle.loads(reply)
    worker.cpu = cpu
    _WANTED_CMAPS.update(cmaps)
    if retiring:
        _stop_worker(worker)
    if kind == "ok":
        document: Document = value
        return document
    if kind == "error":
        code, message, detail = value
        raise ReadError(code, message, detail=detail)
    raise RuntimeError(value)  # the dispatcher reports it as E999


@dataclass
class _Worker:
    """The extraction process: a forked child that reads one PDF after another.

    It keeps what it loaded (fonts, CMaps, caches) for the next file, so a batch pays for the
    fork once, not per file. A worker that overran the time limit is killed; one that died,
    ran out of memory or grew by a quarter of its memory cap is replaced by the next read."""

    pid: int
    owner: int  # the process that started it (a forked copy of the owner must not use it)
    requests: int  # write end: pickled (data, path, limits, settings), length-prefixed
    replies: int  # read end: pickled (kind, value, cmaps, cpu, retiring)
    cpu: float = 0.0  # CPU seconds the worker reported it spent so far
    asked: float = 0.0  # when a prefetched request was sent (time.monotonic)


_WORKERS: list[_Worker] = []
_LENGTH = struct.Struct("<Q")
_TIMED_OUT = object()


def worker_cpu() -> float:
    """CPU seconds the live extraction worker has spent (not yet in ``RUSAGE_CHILDREN``,
    which counts a child once it has ended): for benchmarks."""
    return sum(w.cpu for w in _WORKERS if w.owner == os.getpid())


def _worker(settings: PdfSettings, light: bool = False) -> _Worker:
    for worker in _WORKERS:
        if worker.owner != os.getpid():
            continue
        try:
            ended, _status = os.waitpid(worker.pid, os.WNOHANG)
        except ChildProcessError:
            ended = worker.pid
        if not ended:
            return worker
        _stop_worker(worker)  # ended while idle (killed from outside): start another
        break
    _WORKERS.clear()  # inherited from the process that forked this one: not ours
    return _start_worker(settings, light)


def _start_worker(settings: PdfSettings, light: bool = False) -> _Worker:
    """Fork the worker. ``light``: without importing pypdfium2 and binding pdfium here first
    (a prefetch: the worker does it while this process goes on)."""
    import gc

    if not light:
        import pypdfium2  # noqa: F401  (imported once in the parent, inherited by the worker)

        if settings.engine == "pdfplumber":
            import pdfplumber  # noqa: F401  (else imported by the worker for a page pdfium fails)

        _warm_cmaps()
        _warm_bindings()
    request_read, request_write = os.pipe()
    reply_read, reply_write = os.pipe()
    parent = os.getpid()
    pid = -1
    gc.freeze()  # the worker's collector then leaves the inherited objects (and their pages)
    try:
        pid = os.fork()
    finally:
        if pid != 0:  # the parent (or a failed fork) collects as before
            gc.unfreeze()
    if pid == 0:
        status = 0
        try:
            os.close(request_write)
            os.close(reply_read)
            _serve(request_read, reply_write, parent)
        except BaseException:
            status = 1
        finally:
            os._exit(status)
    os.close(request_read)
    os.close(reply_write)
    worker = _Worker(pid, parent, request_write, reply_read)
    if not _WORKERS_STOPPED_AT_EXIT:
        import atexit

        atexit.register(_stop_workers)
        _WORKERS_STOPPED_AT_EXIT.append(True)
    _WORKERS.append(worker)
    return worker


_WORKERS_STOPPED_AT_EXIT: list[bool] = []


def _serve(requests: int, replies: int, parent: int) -> None:
    """The worker's loop: read a request, extract, reply; end when the parent closes the
    pipe, after a crash-like failure, or when it grew too much."""
    import pickle

    from ..lifeline import die_with_parent

    die_with_parent(parent, thread=False)  # never outlive a killed parent
    _quiet_stderr()  # a crash report from pdfium or faulthandler is not for the user
    with contextlib.suppress(Exception):
        import faulthandler

        faulthandler.disable()  # it may write to a copy of stderr the worker inherited
    baseline = _address_space()
    while True:
        request = _receive(requests, None)
        if not isinstance(request, bytes):
            return  # the parent closed the pipe: done
        data, path, limits, settings = pickle.loads(request)
        del request
        _limit_memory(settings.memory_mb, baseline)
        before = _loaded_cmaps()
        retiring = False
        try:
            result: tuple[str, Any] = ("ok", extract(data, path, limits, settings))
        except ReadError as err:
            result = ("error", (err.code, err.message, err.detail))
        except MemoryError:
            result = ("error", ("E010", _memory_message(settings), None))
            retiring = True
        except RecursionError:
            result = ("error", ("E005", "PDF 结构嵌套过深，无法读取", None))
            retiring = True
        except Exception as exc:  # reported as an internal error by the dispatcher
            result = ("crash", f"{type(exc).__name__}: {exc}")
            retiring = True
        del data
        if baseline and _address_space() > baseline + settings.memory_mb * 1024 * 1024 // 4:
            retiring = True  # memory not given back: start afresh for the next file
        payload = pickle.dumps(
            (*result, _loaded_cmaps() - before, time.process_time(), retiring),
            protocol=pickle.HIGHEST_PROTOCOL,
        )
        del result
        _send(replies, payload)
        if retiring:
            return


def _send(fd: int, payload: bytes) -> None:
    view = memoryview(_LENGTH.pack(len(payload)) + payload)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _receive(fd: int, deadline: float | None) -> bytes | object | None:
    """One length-prefixed message; None at end of file, ``_TIMED_OUT`` past ``deadline``."""
    import select

    buffer = bytearray()
    needed = _LENGTH.size
    header = True
    while True:
        while len(buffer) < needed:
            if deadline is not None:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return _TIMED_OUT
                ready, _, _ = select.select([fd], [], [], remaining)
                if not ready:
                    continue
            chunk = os.read(fd, max(needed - len(buffer), 1 << 16))
            if not chunk:
                return None
            buffer += chunk
        if not header:
            return bytes(buffer)
        header = False
        needed = _LENGTH.size + _LENGTH.unpack_from(buffer)[0]
        del buffer[: _LENGTH.size]
        needed -= _LENGTH.size


def _stop_worker(worker: _Worker, kill: bool = False) -> int | None:
    """End ``worker`` (closing its pipe ends it; ``kill``: at once) and reap it; its wait
    status (None when it could not be reaped)."""
    if worker in _WORKERS:
        _WORKERS.remove(worker)
    for fd in (worker.requests, worker.replies):
        with contextlib.suppress(OSError):
            os.close(fd)
    if worker.owner != os.getpid():
        return None
    if kill:
        _kill(worker.pid)
    deadline = time.monotonic() + 1.0
    while True:
        try:
            pid, status = os.waitpid(worker.pid, 0 if kill else os.WNOHANG)
        except ChildProcessError:
            return None
        if pid:
            return status
        if time.monotonic() > deadline:
            _kill(worker.pid)
            kill = True
        else:
            time.sleep(0.002)


def _stop_workers() -> None:
    pending = _PENDING[:]
    _PENDING.clear()
    for worker in list(_WORKERS):
        # one still reading a prefetched file that nobody collected: at once
        _stop_worker(worker, kill=any(worker is p[0] for p in pending))


# a read sent to the worker ahead of time: (worker, data, path, limits, settings)
_PENDING: list[tuple[_Worker, bytes, str, Limits, PdfSettings]] = []


def prefetch(path: str, limits: Limits = DEFAULT_LIMITS) -> bool:
    """Start reading the PDF at ``path`` in the extraction worker now; :func:`read` of the
    same bytes, path and limits then waits for that reply instead of asking again.

    For the command line checking one PDF: the worker extracts the text while this process
    loads the checks and the analysis, so the start of a single-file run overlaps the
    reading (two cores: the wall time drops by the shorter of the two). Only where the
    reader would isolate anyway (:func:`read`); the worker is forked before pypdfium2 is
    imported here (the worker imports it: a single file does not need it in this process).
    A prefetch nobody collects is killed by the next read or at exit. True when started."""
    if _PENDING or not _can_isolate():
        return False
    try:
        if os.path.getsize(path) > limits.max_file_bytes:
            return False
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError:
        return False
    if b"%PDF" not in data[:1024]:
        return False
    import pickle

    settings = PdfSettings.from_limits(limits)
    request = pickle.dumps((data, path, limits, settings), protocol=pickle.HIGHEST_PROTOCOL)
    try:
        worker = _worker(settings, light=True)
        _send(worker.requests, request)
    except OSError:
        _stop_workers()
        return False
    worker.asked = time.monotonic()
    _PENDING.append((worker, data, path, limits, settings))
    return True


def _prefetched(data: bytes, path: str, limits: Limits, settings: PdfSettings) -> _Worker | None:
    """The worker that was sent exactly this read ahead of time (None: none was); a
    prefetch of anything else is stopped (its worker killed, the next one started afresh)."""
    if not _PENDING:
        return None
    worker, sent, sent_path, sent_limits, sent_settings = _PENDING.pop()
    if worker.owner != os.getpid():
        return None  # inherited from the process that forked this one: not ours
    same = (sent_path, sent_limits, sent_settings) == (path, limits, settings)
    if same and worker in _WORKERS and sent == data:
        return worker
    _stop_worker(worker, kill=True)
    return None


# CMaps (pdfminer loads them from disk, 5–30 ms each) that children needed: the parent loads
# them before the next fork, so that the children of a batch inherit them instead of loading
# them again and again
_WANTED_CMAPS: set[tuple[str, str]] = set()


def _loaded_cmaps() -> set[tuple[str, str]]:
    """The CMaps pdfminer holds (none when it was never imported: a file read with pdfium
    alone does not import it, ≈50 ms, for this bookkeeping)."""
    if "pdfminer.cmapdb" not in sys.modules:
        return set()
    try:
        from pdfminer.cmapdb import CMapDB

        return {("cmap", name) for name in CMapDB._cmap_cache} | {
            ("umap", name) for name in CMapDB._umap_cache
        }
    except (ImportError, AttributeError):
        return set()


def _warm_cmaps() -> None:
    if not _WANTED_CMAPS:
        return
    missing = _WANTED_CMAPS - _loaded_cmaps()
    if not missing:
        return
    from pdfminer.cmapdb import CMapDB

    for kind, name in missing:
        with contextlib.suppress(Exception):
            if kind == "cmap":
                CMapDB.get_cmap(name)
            else:
                CMapDB.get_unicode_map(name)
    _WANTED_CMAPS.difference_update(missing)


def _warm_bindings() -> None:
    """Bind pdfium's functions (and import cffi) and compile the pattern of units in the
    parent, once: a child that did it itself would lose the work on exit and the next child
    would do it again (≈12 ms a file, a fifth of reading a ten-page report)."""
    with contextlib.suppress(Exception):  # a child that cannot bind fails there, as before
        _fast_text_api()
        from .pdf_layout import _unit_start
        from .pdf_objects import _api

        _api()
        _unit_start()  # the units after a number that ends a line, compiled once


def _quiet_stderr() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 2)
        os.close(devnull)
    except OSError:
        pass


def _kill(pid: int) -> None:
    import signal

    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)


def _address_space() -> int:
    """This process's address space in bytes (0 when unknown)."""
    try:
        with open("/proc/self/statm") as handle:
            return int(handle.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def _limit_memory(megabytes: int, baseline: int = 0) -> None:
    """Cap the worker's address space at ``baseline`` (what it used when it started; what it
    uses now when unknown) plus ``megabytes``."""
    try:
        import resource

        current = baseline or _address_space()
        if not current:
            return
        cap = current + megabytes * 1024 * 1024
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            cap = min(cap, hard)
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    except (OSError, ValueError, ImportError):
        pass


def _memory_message(settings: PdfSettings) -> str:
    return (
        f"读取 PDF 所需内存超过 {settings.memory_mb} MB 的上限，已停止，未检查；"
        "文件可能含有异常膨胀的数据流，请提交导出该 PDF 的 Word 文件"
    )


# --------------------------------------------------------------------------------------------
# extraction


@dataclass
class _Page:
    number: int  # 1-based
    width: float
    height: float
    lines: list[Line]
    scanned: bool = False  # no text layer: images or outlines only
    undecodable: bool = False
    broken: bool = False  # neither engine could parse the page
    engine: str = "pdfplumber"


class _Quiet:
    """Silence pdfminer's warnings ("Could not get FontBBox...") while reading."""

    def __enter__(self) -> None:
        self.logger = logging.getLogger("pdfminer")
        self.level = self.logger.level
        self.logger.setLevel(logging.ERROR)

    def __exit__(self, *exc: object) -> None:
        self.logger.setLevel(self.level)


def extract(data: bytes, path: str, limits: Limits, settings: PdfSettings) -> Document:
    """Read the PDF in this process (see :func:`read` for the isolated variant)."""
    with _Quiet():
        return _extract(data, path, limits, settings)


def _extract(data: bytes, path: str, limits: Limits, settings: PdfSettings) -> Document:
    started = time.monotonic()
    pdf: Any = None
    plumber: _Plumber | None = None
    pdfium = _Pdfium(data, required=False)
    first = "pypdfium2" if settings.engine != "pdfplumber" else "pdfplumber"
    if first == "pypdfium2":
        try:
            pdfium.open_or_raise()
        except ReadError as err:
            if err.code == "E004" or settings.engine == "pypdfium2":
                raise
            first = "pdfplumber"  # pdfium cannot parse it: pdfminer may
    if first == "pypdfium2":
        meta = pdfium.metadata()
        if settings.engine == "auto":
            plumber = _Plumber(data)  # opened only for a page pdfium cannot read
    else:
        pdf, meta = _open_pdfplumber(data)
        if pdf is None:
            pdfium.open_or_raise()
    pages: list[_Page] = []
    try:
        count = len(pdf.pages) if pdf is not None else pdfium.page_count()
        meta["pages"] = count
        if count > settings.max_pages:
            raise ReadError(
                "E010",
                f"PDF 共 {count} 页，超过 {settings.max_pages} 页的上限，未检查；"
                "请拆分文件或提交 Word 文件",
            )
        for index in range(count):
            if time.monotonic() - started > settings.timeout_s:
                raise ReadError(
                    "E010",
                    f"读取 PDF 超过 {settings.timeout_s:.0f} 秒的时限（已读 {index} 页，共 {count} 页），"
                    "未检查；请提交导出该 PDF 的 Word 文件",
                )
            if first == "pypdfium2":
                pages.append(_read_page_pdfium_first(pdfium, plumber, index, settings))
            else:
                pages.append(_read_page(pdf, pdfium, index, settings))
    finally:
        if pdf is not None:
            pdf.close()
        if plumber is not None:
            plumber.close()
        pdfium.close()
    engines = sorted({p.engine for p in pages if p.lines})
    meta["engine"] = "+".join(engines) if engines else first
    return _document(path, pages, meta, limits)


class _Plumber:
    """pdfplumber, opened on first use: the engine for pages pdfium cannot decode."""

    def __init__(self, data: bytes):
        self.data = data
        self.pdf: Any = None
        self.tried = False

    def open(self) -> Any:
        if not self.tried:
            self.tried = True
            self.pdf, _meta = _open_pdfplumber(self.data)
        return self.pdf

    def close(self) -> None:
        if self.pdf is not None:
            self.pdf.close()
            self.pdf = None


def _open_pdfplumber(data: bytes) -> tuple[Any, dict[str, Any]]:
    """Open with pdfplumber; (None, meta) when pdfminer cannot parse the file."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    meta: dict[str, Any] = {}
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        pdf.pages  # noqa: B018  (parses the page tree: errors surface here)
    except Exception as exc:
        if _caused_by(exc, PDFPasswordIncorrect):
            raise ReadError("E004", "PDF 设有打开密码，无法读取；请去除密码后重新提交") from exc
        return None, meta
    try:
        info = pdf.metadata or {}
        for key, name in (("Producer", "producer"), ("Creator", "creator"), ("Title", "pdf_title")):
            value = _meta_text(info.get(key))
            if value:
                meta[name] = value
        if getattr(pdf.doc, "encryption", None):
            meta["encrypted"] = True
    except Exception:  # metadata is a nicety
        pass
    generator = meta.get("creator") or meta.get("producer")
    if generator:
        meta["generator"] = generator
    return pdf, meta


def _caused_by(exc: BaseException, kind: type) -> bool:
    """Whether ``exc``, one of its arguments or one of its causes is a ``kind``.

    pdfplumber wraps pdfminer's errors: ``PdfminerException(PDFPasswordIncorrect())``.
    """
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, kind) or any(isinstance(arg, kind) for arg in current.args):
            return True
        current = current.__cause__ or current.__context__
    return False


def _meta_text(value: Any) -> str | None:
    """A PDF info string as text.

    pdfminer decodes info strings as PDFDocEncoding unless they start with a big-endian BOM,
    so a UTF-16LE string (BOM ``FF FE``, as some WPS tools write) comes out as mojibake
    (「ÿþW\x00P\x00S\x00」); it is mapped back to its bytes and decoded properly.
    """
    if value is None:
        return None
    raw: bytes | None
    if isinstance(value, bytes):
        raw = value
    else:
        text = str(value)
        if not text.startswith(("\xfe\xff", "\xff\xfe")):
            return text.replace("\x00", "").strip() or None
        raw = _pdfdoc_bytes(text)
        if raw is None:
            return text.strip() or None
    for encoding in ("utf-16", "utf-8", "gb18030"):
        try:
            return raw.decode(encoding).replace("\x00", "").strip() or None
        except UnicodeDecodeError:
            continue
    return None


def _pdfdoc_bytes(text: str) -> bytes | None:
    from pdfminer.utils import PDFDocEncoding

    reverse: dict[str, int] = {}
    for code, char in enumerate(PDFDocEncoding):
        reverse.setdefault(char, code)  # undefined codes share one character: keep the first
    try:
        return bytes(reverse[char] for char in text)
    except KeyError:
        return None


def _read_page(pdf: Any, pdfium: _Pdfium, index: int, settings: PdfSettings) -> _Page:
    """pdfplumber first (``engine="pdfplumber"``); pypdfium2 for a page it cannot read."""
    if pdf is None:
        return pdfium.read_page(index, settings)
    page = _plumber_page(pdf, index, settings)
    if page.broken:
        return pdfium.read_page(index, settings)
    if page.undecodable:
        retry = pdfium.read_page(index, settings)
        if retry.lines and not retry.undecodable:
            return retry
    return page


def _read_page_pdfium_first(
    pdfium: _Pdfium, plumber: _Plumber | None, index: int, settings: PdfSettings
) -> _Page:
    """pypdfium2 first (the default); pdfplumber for a page pdfium cannot parse or decode."""
    page = pdfium.read_page(index, settings)
    if plumber is None or not (page.broken or page.undecodable):
        return page
    pdf = plumber.open()
    if pdf is None:
        return page
    try:
        retry = _plumber_page(pdf, index, settings)
    except (ReadError, MemoryError):
        raise
    except Exception:
        return page
    if retry.lines and not retry.undecodable:
        return retry
    return page


def _plumber_page(pdf: Any, index: int, settings: PdfSettings) -> _Page:
    number = index + 1
    page = pdf.pages[index]
    try:
        width, height = float(page.width), float(page.height)
        try:
            chars = page.chars
        except Exception as exc:
            if _caused_by(exc, MemoryError):
                raise MemoryError from exc  # a stream too large to inflate: pdfium would abort
            return _Page(number, width, height, [], broken=True)
        if len(chars) > settings.max_glyphs_per_page:
            raise ReadError(
                "E010",
                f"PDF 第{number}页含有 {len(chars)} 个字符，超过单页 "
                f"{settings.max_glyphs_per_page} 个的上限，疑似异常文件，未检查",
            )
        glyphs, bad = _plumber_glyphs(chars, width, height)
        if bad and (not glyphs or bad * 10 > len(glyphs) + bad):  # undecodable fonts
            return _Page(number, width, height, [], undecodable=True)
        if not glyphs:
            return _Page(number, width, height, [], scanned=_looks_scanned(page, width, height))
        lines = make_lines(glyphs)
        rules = list(_rules(page))
        columns = list(_columns(page))
        regions = table_regions(rules, width, columns)
        if regions:
            mark_table_lines(lines, regions, rules, columns)
            cut_at_rules(lines, columns)
        return _Page(number, width, height, lines)
    finally:
        page.close()


def _rules(page: Any) -> Iterator[tuple[float, float, float]]:
    """Visible horizontal rules of a page: thin lines, and the top and bottom edges of stroked
    or tinted rectangles (white rectangles behind each line, as WPS draws them, are not rules)."""
    for item in page.lines:
        if abs(float(item["top"]) - float(item["bottom"])) < 2:
            yield float(item["x0"]), float(item["x1"]), float(item["top"])
    for item in page.rects:
        stroked = bool(item.get("stroke"))
        tinted = bool(item.get("fill")) and not _white(item.get("non_stroking_color"))
        if not (stroked or tinted):
            continue
        x0, x1, top, bottom = (float(item[k]) for k in ("x0", "x1", "top", "bottom"))
        yield x0, x1, top
        if bottom - top >= 2:
            yield x0, x1, bottom


def _columns(page: Any) -> Iterator[tuple[float, float, float]]:
    """Visible vertical rules ``(x, top, bottom)``: thin upright lines, and the left and right
    edges of stroked or tinted rectangles (the borders between the cells of a ruled table)."""
    for item in page.lines:
        x0, x1, top, bottom = (float(item[k]) for k in ("x0", "x1", "top", "bottom"))
        if x1 - x0 < 2 and bottom - top >= 2:
            yield (x0 + x1) / 2, top, bottom
    for item in page.rects:
        stroked = bool(item.get("stroke"))
        tinted = bool(item.get("fill")) and not _white(item.get("non_stroking_color"))
        x0, x1, top, bottom = (float(item[k]) for k in ("x0", "x1", "top", "bottom"))
        if (stroked or tinted) and bottom - top >= 2:
            yield x0, top, bottom
            if x1 - x0 >= 2:
                yield x1, top, bottom


def _white(color: Any) -> bool:
    if color is None:
        return False
    if isinstance(color, (int, float)):
        color = (color,)
    try:
        values = [float(v) for v in color]
    except (TypeError, ValueError):
        return False
    if len(values) == 4:  # CMYK: white is no ink
        return all(v <= 0.05 for v in values)
    return bool(values) and all(v >= 0.95 for v in values)


def _looks_scanned(page: Any, width: float, height: float) -> bool:
    """No characters, and the page is covered by images or drawn as many curves."""
    area = max(width * height, 1.0)
    covered = 0.0
    for image in page.images:
        x0, x1 = max(0.0, float(image["x0"])), min(width, float(image["x1"]))
        top, bottom = max(0.0, float(image["top"])), min(height, float(image["bottom"]))
        if x1 > x0 and bottom > top:
            covered += (x1 - x0) * (bottom - top)
    if covered / area >= 0.3:
        return True
    return len(page.curves) >= 50  # text converted to outlines


_SUBSET = re.compile(r"^[A-Z]{6}\+")
_font_cache: dict[str, str] = {}


def clean_font(raw: Any) -> str:
    """A font name without its subset prefix; GBK names that pdfminer left as bytes decoded."""
    key = raw if isinstance(raw, str) else repr(raw)
    cached = _font_cache.get(key)
    if cached is not None:
        return cached
    name: str
    if isinstance(raw, bytes):
        name = _decode_name(raw)
    else:
        name = str(raw or "")
        if name.startswith(("b'", 'b"')):
            import ast

            try:
                value = ast.literal_eval(name)
                name = _decode_name(value) if isinstance(value, bytes) else name
            except (ValueError, SyntaxError):
                pass
    name = _SUBSET.sub("", name)
    if len(_font_cache) < 4096:
        _font_cache[key] = name
    return name


def _decode_name(raw: bytes) -> str:
    for encoding in ("utf-8", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


# PostScript names of the fonts Chinese reports use -> the name Word/WPS show
_FAMILIES = {
    "simsun": "宋体",
    "nsimsun": "新宋体",
    "simhei": "黑体",
    "fangsong": "仿宋",
    "fangsong_gb2312": "仿宋_GB2312",
    "fangsonggb2312": "仿宋_GB2312",
    "kaiti": "楷体",
    "kaiti_gb2312": "楷体_GB2312",
    "kaitigb2312": "楷体_GB2312",
    "microsoftyahei": "微软雅黑",
    "dengxian": "等线",
    "stsong": "华文宋体",
    "stfangsong": "华文仿宋",
    "stkaiti": "华文楷体",
    "stheiti": "华文黑体",
    "stzhongsong": "华文中宋",
    "stxihei": "华文细黑",
    "fzxbsjw--gb1-0": "方正小标宋简体",
    "fzxbsk--gbk1-0": "方正小标宋_GBK",
    "fzfsjw--gb1-0": "方正仿宋简体",
    "fzfsk--gbk1-0": "方正仿宋_GBK",
    "fzktjw--gb1-0": "方正楷体简体",
    "fzktk--gbk1-0": "方正楷体_GBK",
    "fzhtjw--gb1-0": "方正黑体简体",
    "fzhtk--gbk1-0": "方正黑体_GBK",
    "fzssk--gbk1-0": "方正书宋_GBK",
    "fzsszhk--gbk1-0": "方正书宋_GBK",
    "fzdbsjw--gb1-0": "方正大标宋简体",
    "timesnewroman": "Times New Roman",
    "timesnewromanpsmt": "Times New Roman",
    "timesnewromanps": "Times New Roman",
    "arialmt": "Arial",
}
_STYLE_SUFFIX = re.compile(
    r"(?:[,-](?:bold|italic|oblique|regular|heavy|black|semibold|demibold|boldmt|"
    r"italicmt|bolditalic|bolditalicmt|psmt|mt|vkana|hkana)+)+$",
    re.IGNORECASE,
)


def font_family(name: str) -> str:
    """The family a reader would name: 「FangSong_GB2312,Bold」 → 「仿宋_GB2312」."""
    if not name:
        return name
    base = name
    while True:
        stripped = _STYLE_SUFFIX.sub("", base)
        if stripped == base or not stripped:
            break
        base = stripped
    key = base.lower().replace(" ", "")
    if key in _FAMILIES:
        return _FAMILIES[key]
    if name.lower().replace(" ", "") in _FAMILIES:
        return _FAMILIES[name.lower().replace(" ", "")]
    return base


_BAD_TEXT = "\ufffd"
_RADICALS = {
    "\u2ea0": "民",
    "\u2ec4": "西",
    "\u2ec5": "见",
    "\u2ec6": "角",
    "\u2ec9": "贝",
    "\u2ecb": "车",
    "\u2ed3": "长",
    "\u2ed4": "门",
    "\u2ed8": "青",
    "\u2eda": "页",
    "\u2edb": "风",
    "\u2edc": "飞",
    "\u2edd": "食",
    "\u2ee2": "马",
    "\u2ee3": "骨",
    "\u2ee4": "鬼",
    "\u2ee5": "鱼",
    "\u2ee6": "鸟",
    "\u2ee8": "麦",
    "\u2ee9": "黄",
    "\u2eec": "齐",
    "\u2eee": "齿",
    "\u2ef0": "龙",
    "\u2ef3": "龟",
}


def normalize_char(text: str) -> str:
    """The character a reader sees: Kangxi radicals as ideographs; invisible controls dropped."""
    if len(text) != 1:
        return text
    code = ord(text)
    if code < 0x20 or 0xE000 <= code <= 0xF8FF or code in (0xFEFF, 0x200B):
        return ""
    if code == 0xAD:  # a soft hyphen that is drawn is seen as a hyphen
        return "-"
    if 0x2E80 <= code <= 0x2FDF:
        mapped = _RADICALS.get(text)
        if mapped:
            return mapped
        normal = unicodedata.normalize("NFKC", text)
        return normal if len(normal) == 1 else text
    return text


def _plumber_glyphs(
    chars: list[dict[str, Any]], width: float, height: float
) -> tuple[list[Glyph], int]:
    """pdfplumber characters -> glyphs; also counts undecodable characters.

    Text runs in the direction most of the page's characters run: on a page turned by
    ``/Rotate`` (a landscape table) every line runs down or up the displayed page, and the
    boxes are turned back so that the lines read left to right. Characters running another
    way (a diagonal watermark, a vertical stamp) are left out.
    """
    directions: Counter[int] = Counter()
    decoded: list[tuple[int, str, dict[str, Any]]] = []
    bad = 0
    for char in chars:
        text = char["text"]
        if text.startswith("(cid:") or text == _BAD_TEXT:
            bad += 1
            continue
        text = normalize_char(text) if len(text) == 1 else text
        if not text:
            continue
        direction = _direction(char.get("matrix"), char.get("upright", True))
        directions[direction] += 1
        decoded.append((direction, text, char))
    if not decoded:
        return [], bad
    main = directions.most_common(1)[0][0]
    span = max(width, height)
    glyphs: list[Glyph] = []
    for direction, text, char in decoded:
        if direction != main or direction < 0:
            continue
        x0, x1, top, bottom = char["x0"], char["x1"], char["top"], char["bottom"]
        if x1 < 0 or x0 > width or bottom < 0 or top > height:
            continue  # outside the displayed page: never printed
        if direction == 90:  # running down the page
            x0, x1, top, bottom = top, bottom, span - x1, span - x0
        elif direction == 270:  # running up the page
            x0, x1, top, bottom = span - bottom, span - top, x0, x1
        elif direction == 180:  # upside down
            x0, x1, top, bottom = span - x1, span - x0, span - bottom, span - top
        glyphs.append(
            Glyph(text, x0, x1, top, bottom, float(char["size"]), clean_font(char["fontname"]))
        )
    return glyphs, bad


def _direction(matrix: Any, upright: bool) -> int:
    """The direction of a character's baseline on the displayed page, in degrees clockwise
    (0: left to right; 90: downwards; 180: upside down; 270: upwards); -1 for a slant."""
    if not matrix:
        return 0 if upright else -1
    a, b = float(matrix[0]), float(matrix[1])
    if abs(b) <= 0.05 * abs(a):
        return 0 if a > 0 else 180
    if abs(a) <= 0.05 * abs(b):
        return 90 if b < 0 else 270
    return -1


class _Pdfium:
    """pypdfium2, opened on first use: the fallback engine."""

    def __init__(self, data: bytes, required: bool):
        self.data = data
        self.doc: Any = None
        self.failed = False
        if required:
            self._open(raise_errors=True)

    def _open(self, raise_errors: bool = False) -> Any:
        if self.doc is not None or self.failed:
            return self.doc
        import pypdfium2 as pdfium

        try:
            self.doc = pdfium.PdfDocument(self.data)
        except pdfium.PdfiumError as exc:
            self.failed = True
            if raise_errors:
                if "password" in str(exc).lower():
                    raise ReadError(
                        "E004", "PDF 设有打开密码，无法读取；请去除密码后重新提交"
                    ) from exc
                raise ReadError("E005", "PDF 文件已损坏或结构无法解析", detail=str(exc)) from exc
        return self.doc

    def open_or_raise(self) -> Any:
        if self.failed:
            raise ReadError("E005", "PDF 文件已损坏或结构无法解析")
        return self._open(raise_errors=True)

    def page_count(self) -> int:
        doc = self.open_or_raise()
        return len(doc)

    def metadata(self) -> dict[str, Any]:
        """Producer, creator, title and encryption, as :func:`_open_pdfplumber` gives them."""
        import pypdfium2.raw as raw

        meta: dict[str, Any] = {}
        try:
            info = self.doc.get_metadata_dict(skip_empty=True)
            for key, name in (
                ("Producer", "producer"),
                ("Creator", "creator"),
                ("Title", "pdf_title"),
            ):
                value = _meta_text(info.get(key))
                if value:
                    meta[name] = value
            if raw.FPDF_GetSecurityHandlerRevision(self.doc.raw) != -1:
                meta["encrypted"] = True
        except Exception:  # metadata is a nicety
            pass
        generator = meta.get("creator") or meta.get("producer")
        if generator:
            meta["generator"] = generator
        return meta

    def close(self) -> None:
        if self.doc is not None:
            self.doc.close()
            self.doc = None

    def read_page(self, index: int, settings: PdfSettings) -> _Page:
        number = index + 1
        doc = self._open()
        if doc is None:
            return _Page(number, 0.0, 0.0, [], broken=True, engine="pypdfium2")
        try:
            return self._read_page(doc, index, settings)
        except ReadError:
            raise
        except MemoryError:
            raise
        except Exception:
            return _Page(number, 0.0, 0.0, [], broken=True, engine="pypdfium2")

    def _read_page(self, doc: Any, index: int, settings: PdfSettings) -> _Page:
        number = index + 1
        page = doc[index]
        try:
            width, height = page.get_size()
            read = _pdfium_glyphs(page, settings, number)
            glyphs, bad = read.glyphs, read.bad
            if not glyphs:
                if bad:
                    return _Page(number, width, height, [], undecodable=True, engine="pypdfium2")
                return _Page(
                    number,
                    width,
                    height,
                    [],
                    scanned=_pdfium_scanned(page, width, height),
                    engine="pypdfium2",
                )
            undecodable = bad * 10 > len(glyphs) + bad
            lines = make_lines(glyphs)
            regions = table_regions(read.rules, width, read.columns)
            if regions:
                mark_table_lines(lines, regions, read.rules, read.columns)
                cut_at_rules(lines, read.columns)
            return _Page(number, width, height, lines, undecodable=undecodable, engine="pypdfium2")
        finally:
            page.close()


_CHARS: dict[int, str] = {}  # code point -> the character read (normalize_char)


@dataclass(frozen=True)
class _FastTextApi:
    """pdfium's per-character text functions, called with as little conversion as possible.

    The generated bindings convert handles and pointers on every call, which costs more than
    the call. With cffi (installed with pdfplumber: pdfminer's cryptography needs it) the
    functions are called through function pointers made from the same library's addresses,
    at a third of ctypes' cost per call; without it, through ctypes prototypes taking plain
    integers, bound without releasing the GIL. ``handle`` turns the text page's address into
    the first argument; ``buffer(n)`` gives ``(argument, bytes view)`` of an n-byte out
    parameter (read with :mod:`struct`)."""

    unicode: Any
    text: Any  # FPDFText_GetText: the characters of a range as UTF-16LE, in one call
    text_object: Any  # -> the object's address as an int (0: none)
    map_error: Any
    loose_box: Any
    generated: Any
    font_size: Any
    matrix: Any
    font_info: Any
    object_font: Any  # FPDFTextObj_GetFont: a text object -> its font's address (0: none)
    handle: Any
    buffer: Any


_FAST: list[_FastTextApi] = []


def _fast_text_api() -> _FastTextApi:
    if not _FAST:
        try:
            api = _cffi_text_api()
        except Exception:  # no cffi (or it cannot call pdfium): the ctypes prototypes
            api = _ctypes_text_api()
        _FAST.append(api)
    return _FAST[0]


def _cffi_text_api() -> _FastTextApi:
    import ctypes

    import pypdfium2.raw as raw

    from .pdf_objects import ffi as made_ffi

    ffi = made_ffi()

    def pointer(function: Any, signature: str) -> Any:
        # FPDF_CALLCONV is __stdcall on Windows: cffi honours it on 32-bit Windows only
        address = ctypes.cast(function, ctypes.c_void_p).value
        if not address:
            raise ImportError(f"pdfium has no {function!r}")
        return ffi.cast(signature, address)

    def buffer(size: int) -> tuple[Any, Any]:
        data = ffi.new("char[]", size)
        return data, ffi.buffer(data)

    return _FastTextApi(
        unicode=pointer(raw.FPDFText_GetUnicode, "unsigned int(__stdcall *)(void*, int)"),
        text=pointer(raw.FPDFText_GetText, "int(__stdcall *)(void*, int, int, void*)"),
        text_object=pointer(raw.FPDFText_GetTextObject, "uintptr_t(__stdcall *)(void*, int)"),
        map_error=pointer(raw.FPDFText_HasUnicodeMapError, "int(__stdcall *)(void*, int)"),
        loose_box=pointer(raw.FPDFText_GetLooseCharBox, "int(__stdcall *)(void*, int, void*)"),
        generated=pointer(raw.FPDFText_IsGenerated, "int(__stdcall *)(void*, int)"),
        font_size=pointer(raw.FPDFText_GetFontSize, "double(__stdcall *)(void*, int)"),
        matrix=pointer(raw.FPDFText_GetMatrix, "int(__stdcall *)(void*, int, void*)"),
        font_info=pointer(
            raw.FPDFText_GetFontInfo,
            "unsigned long(__stdcall *)(void*, int, void*, unsigned long, void*)",
        ),
        object_font=pointer(raw.FPDFTextObj_GetFont, "uintptr_t(__stdcall *)(uintptr_t)"),
        handle=lambda address: ffi.cast("void*", address),
        buffer=buffer,
    )


def _ctypes_text_api() -> _FastTextApi:
    import ctypes

    import pypdfium2.raw as raw

    from .pdf_objects import bind

    handle, index, pointer = ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p

    def buffer(size: int) -> tuple[Any, Any]:
        data = bytearray(size)
        return ctypes.addressof((ctypes.c_char * size).from_buffer(data)), data

    text_object = bind(raw.FPDFText_GetTextObject, ctypes.c_void_p, handle, index, gil=True)
    object_font = bind(raw.FPDFTextObj_GetFont, ctypes.c_void_p, handle, gil=True)
    return _FastTextApi(
        unicode=bind(raw.FPDFText_GetUnicode, ctypes.c_uint, handle, index, gil=True),
        text=bind(raw.FPDFText_GetText, index, handle, index, index, pointer),
        text_object=lambda page, i: text_object(page, i) or 0,
        map_error=bind(raw.FPDFText_HasUnicodeMapError, ctypes.c_int, handle, index, gil=True),
        loose_box=bind(
            raw.FPDFText_GetLooseCharBox, ctypes.c_int, handle, index, pointer, gil=True
        ),
        generated=bind(raw.FPDFText_IsGenerated, ctypes.c_int, handle, index, gil=True),
        font_size=bind(raw.FPDFText_GetFontSize, ctypes.c_double, handle, index, gil=True),
        matrix=bind(raw.FPDFText_GetMatrix, ctypes.c_int, handle, index, pointer, gil=True),
        font_info=bind(
            raw.FPDFText_GetFontInfo,
            ctypes.c_ulong,
            handle,
            index,
            pointer,
            ctypes.c_ulong,
            pointer,
            gil=True,
        ),
        object_font=lambda obj: object_font(obj) or 0,
        handle=lambda address: address,
        buffer=buffer,
    )


def _char_codes(fast: _FastTextApi, handle: Any, count: int) -> list[int]:
    """The Unicode code of each of the text page's characters: read in one call
    (FPDFText_GetText) when that gives exactly one UTF-16 unit per character, else one by
    one (a character outside the BMP is two units, and pdfium's text buffer may differ from
    its character list)."""
    if count <= 0:
        return []
    argument, view = fast.buffer(2 * (count + 1))
    written = fast.text(handle, 0, count, argument)
    if written == count + 1:  # the units and a terminating zero
        data = bytes(view[: 2 * count])
        try:  # no surrogate unit: as many characters as units (a lone one does not decode)
            single = len(data.decode("utf-16-le")) == count
        except UnicodeDecodeError:
            single = False
        if single:
            units = memoryview(data).cast("H").tolist()
            # the text buffer writes the hyphen pdfium took for a word break (code 2) as
            # U+FFFE: such units are read one by one
            if max(units) >= 0xFFFE or min(units) == 0:
                for i, unit in enumerate(units):
                    if unit >= 0xFFFE or unit == 0:
                        units[i] = fast.unicode(handle, i)
            return units
    return [fast.unicode(handle, i) for i in range(count)]


# never a loose box (its top below its bottom): marks a box that was replaced
_BOGUS = (0.0, -1.0, 0.0, 1.0)


@dataclass
class _PdfiumGlyphs:
    glyphs: list[Glyph]
    bad: int  # characters without a Unicode mapping
    rules: list[tuple[float, float, float]]  # visible horizontal rules (x0, x1, y)
    columns: list[tuple[float, float, float]] = field(default_factory=list)


def _pdfium_glyphs(page: Any, settings: PdfSettings, number: int) -> _PdfiumGlyphs:
    """The page's characters from pdfium's text page, with what the text page leaves out put
    back from the page objects (:mod:`.pdf_objects`): drawn spaces and overprints; and the
    page's rules. Text runs in the direction most characters run (see
    :func:`_plumber_glyphs`); boxes are the font's ascent to descent (pdfium's loose box)."""
    import ctypes

    import pypdfium2.raw as raw

    from .pdf_objects import page_objects

    textpage = page.get_textpage()
    try:
        handle = textpage.raw
        count = raw.FPDFText_CountChars(handle)
        if count > settings.max_glyphs_per_page:
            raise ReadError(
                "E010",
                f"PDF 第{number}页含有 {count} 个字符，超过单页 "
                f"{settings.max_glyphs_per_page} 个的上限，疑似异常文件，未检查",
            )
        left, bottom_edge, right_edge, top_edge = page.get_mediabox()
        fast = _fast_text_api()
        text_handle = fast.handle(ctypes.cast(handle, ctypes.c_void_p).value or 0)
        rect_address, rect_bytes = fast.buffer(16)  # FS_RECTF: left, top, right, bottom
        read_rect = struct.Struct("4f").unpack_from
        matrix_address, matrix_bytes = fast.buffer(24)  # FS_MATRIX: a, b, c, d, e, f
        read_matrix = struct.Struct("4f").unpack_from
        name_address, name_bytes = fast.buffer(256)
        flags_address, _flags = fast.buffer(4)
        tight = [ctypes.c_double() for _ in range(4)]  # left, right, bottom, top
        decoded: list[Glyph] = []
        # (index of its first glyph, direction) of each run of glyphs in one direction
        runs: list[tuple[int, int]] = []
        run_direction: int | None = None
        bad = 0
        fonts: dict[bytes, str] = {}
        font_names: dict[int, str] = {}  # a font's address -> its name (fonts)
        objects: set[int] = set()
        previous: tuple[float, float, float, float] | None = None
        current: int | None = -1  # the text object of the characters before
        size = 0.0
        too_wide = 3.0  # a loose box wider than this is replaced by the tight box
        direction = 0
        font = ""
        chars = _CHARS
        # the per-character calls, looked up once
        text_object, map_error, loose_box = fast.text_object, fast.map_error, fast.loose_box
        object_font, font_size, char_matrix = fast.object_font, fast.font_size, fast.matrix
        append = decoded.append
        new_glyph = tuple.__new__  # a Glyph without its Python-level constructor
        for i, code in enumerate(_char_codes(fast, text_handle, count)):
            if code <= 0x20:  # (one comparison for the most characters)
                if code in (0x20, 0x0D, 0x0A, 0x03):
                    if code != 0x20 or fast.generated(text_handle, i) == 1:
                        continue
                elif code == 0x02:
                    code = 0x2D  # a drawn hyphen pdfium took for a word break: read as drawn
            obj = text_object(text_handle, i)
            if obj != current:
                # size, direction and font are the text object's: read once per object
                current = obj
                if obj:
                    objects.add(obj)
                # the font size pdfium reports is before the text matrix scales it
                size = float(font_size(text_handle, i))
                direction = 0
                if char_matrix(text_handle, i, matrix_address):
                    ma, mb, mc, md = read_matrix(matrix_bytes)
                    scale = abs(ma * md - mb * mc) ** 0.5
                    if scale > 0:
                        size *= scale
                    # as _direction((ma, mb), True), without the call
                    if abs(mb) <= 0.05 * abs(ma):
                        direction = 0 if ma > 0 else 180
                    elif abs(ma) <= 0.05 * abs(mb):
                        direction = 90 if mb < 0 else 270
                    else:
                        direction = -1
                too_wide = 3 * (size or 1.0)
                # the font's name is read once per font (objects of a page share a few fonts;
                # a font's address holds while the page is open)
                font_address = object_font(obj) if obj else 0
                cached = font_names.get(font_address) if font_address else None
                if cached is None:
                    length = fast.font_info(text_handle, i, name_address, 256, flags_address)
                    key = bytes(name_bytes[: max(length - 1, 0)])
                    cached = fonts.get(key)
                    if cached is None:
                        cached = fonts[key] = clean_font(_decode_name(key))
                    if font_address:
                        font_names[font_address] = cached
                font = cached
            if code == 0xFFFD or code == 0 or map_error(text_handle, i) == 1:
                bad += 1
                continue
            text = chars.get(code)
            if text is None:
                text = normalize_char(chr(code))
                if len(chars) < 65536:
                    chars[code] = text
            if not text:
                continue
            if not loose_box(text_handle, i, rect_address):
                continue
            box = read_rect(rect_bytes)
            if box == previous and decoded and box != _BOGUS:
                # one glyph mapped to several characters (「——」 drawn as one glyph)
                last = decoded[-1]
                decoded[-1] = last._replace(text=last.text + text)
                continue
            previous = box
            x0, high, x1, low = box
            if x1 < left or x0 > right_edge or high < bottom_edge or low > top_edge:
                continue  # outside the page: never printed
            if x1 - x0 > too_wide:
                # pdfium's loose box of a glyph in a scaled text matrix can be as wide as
                # the unscaled font size: take the tight box (the glyph's outline) instead
                if not raw.FPDFText_GetCharBox(handle, i, tight[0], tight[1], tight[2], tight[3]):
                    continue
                x0, x1 = tight[0].value, tight[1].value
                low = min(low, tight[2].value)
                previous = _BOGUS
            if direction != run_direction:
                runs.append((len(decoded), direction))
                run_direction = direction
            # one em high from the font's descent, as pdfminer draws the box: the loose box
            # runs to the font's ascent, which may reach into the line above (a 版头 of two
            # organisations set close)
            bottom = top_edge - low
            append(
                new_glyph(
                    Glyph,
                    (text, x0 - left, x1 - left, bottom - (size or high - low), bottom, size, font),
                )
            )
    finally:
        textpage.close()
    drawn = page_objects(page, objects if decoded else None)
    if not decoded:
        return _PdfiumGlyphs([], bad, drawn.rules, drawn.columns)
    ends = [start for start, _direction in runs[1:]] + [len(decoded)]
    counts: Counter[int] = Counter()  # glyphs per direction, in the order first seen
    for (start, direction), stop in zip(runs, ends, strict=True):
        counts[direction] += stop - start
    main = counts.most_common(1)[0][0]
    if len(counts) == 1:
        glyphs = decoded
    else:
        glyphs = []
        for (start, direction), stop in zip(runs, ends, strict=True):
            if direction == main:
                glyphs.extend(decoded[start:stop])
    if main == 0:
        glyphs.extend(_overprints(glyphs, drawn.overprints))
        glyphs.extend(_spaces(glyphs, drawn.spaces))
    elif main > 0:
        span = max(right_edge - left, top_edge - bottom_edge)
        glyphs = [_turn(g, main, span) for g in glyphs]
    else:
        glyphs = []  # all slanted: a watermark, not text
    if main != 0:
        return _PdfiumGlyphs(glyphs, bad, [])
    return _PdfiumGlyphs(glyphs, bad, drawn.rules, drawn.columns)


def _spaces(glyphs: list[Glyph], spaces: list[tuple[float, float, float]]) -> list[Glyph]:
    """Drawn spaces as glyphs, where they stand in a gap of their line: a space object drawn
    where a glyph starts (after it in the content, before it on the page) is not read."""
    if not spaces:
        return []
    ordered = sorted(glyphs, key=lambda g: g.top + g.bottom)
    middles = [(g.top + g.bottom) / 2 for g in ordered]
    result = []
    for x, baseline, size in spaces:
        top, bottom = baseline - 0.8 * size, baseline + 0.2 * size
        middle = (top + bottom) / 2
        start = bisect.bisect_left(middles, middle - 0.4 * size)
        stop = bisect.bisect_right(middles, middle + 0.4 * size)
        room = all(g.x1 <= x + 0.05 * size or g.x0 >= x + 0.15 * size for g in ordered[start:stop])
        if room:
            result.append(Glyph(" ", x, x, top, bottom, size))
    return result


def _overprints(glyphs: list[Glyph], boxes: list[tuple[float, float, float, float]]) -> list[Glyph]:
    """The glyphs that text objects drawn again over them (fake bold) would have given: each
    glyph inside such an object's box, once more, slightly offset (:func:`.pdf_layout._line`
    reads it once and marks the line bold)."""
    if not boxes:
        return []
    extra: list[Glyph] = []
    boxes = sorted(boxes, key=lambda b: b[2])
    ordered = sorted(glyphs, key=lambda g: g.top + g.bottom)
    middles = [(g.top + g.bottom) / 2 for g in ordered]
    for x0, x1, top, bottom in boxes:
        start = bisect.bisect_left(middles, top)
        stop = bisect.bisect_right(middles, bottom)
        for glyph in ordered[start:stop]:
            middle = (glyph.x0 + glyph.x1) / 2
            if x0 <= middle <= x1 and not glyph.text.isspace():
                extra.append(
                    Glyph(
                        glyph.text,
                        glyph.x0 + 0.3,
                        glyph.x1 + 0.3,
                        glyph.top,
                        glyph.bottom,
                        glyph.size,
                        glyph.font,
                    )
                )
    return extra


def _turn(glyph: Glyph, direction: int, span: float) -> Glyph:
    """A glyph of text running down (90), upside down (180) or up (270) the page, turned so
    that its line reads left to right (as :func:`_plumber_glyphs` turns them)."""
    x0, x1, top, bottom = glyph.x0, glyph.x1, glyph.top, glyph.bottom
    if direction == 90:
        x0, x1, top, bottom = top, bottom, span - x1, span - x0
    elif direction == 270:
        x0, x1, top, bottom = span - bottom, span - top, x0, x1
    elif direction == 180:
        x0, x1, top, bottom = span - x1, span - x0, span - bottom, span - top
    return Glyph(glyph.text, x0, x1, top, bottom, glyph.size, glyph.font)


def _pdfium_scanned(page: Any, width: float, height: float) -> bool:
    import pypdfium2.raw as raw

    area = max(width * height, 1.0)
    covered = 0.0
    paths = 0
    for obj in page.get_objects(max_depth=2):
        if obj.type == raw.FPDF_PAGEOBJ_IMAGE:
            x0, y0, x1, y1 = obj.get_bounds()
            covered += max(0.0, min(x1, width) - max(x0, 0.0)) * max(
                0.0, min(y1, height) - max(y0, 0.0)
            )
        elif obj.type == raw.FPDF_PAGEOBJ_PATH:
            paths += 1
    return covered / area >= 0.3 or paths >= 50


# --------------------------------------------------------------------------------------------
# pages -> document


# the most rows of a table's header that a page break repeats and the reader drops (a header
# of two or three levels: 「项目 | 预算数」 over 「类 | 款 | 项」)
MAX_HEADER_ROWS = 4


def _document(path: str, pages: list[_Page], meta: dict[str, Any], limits: Limits) -> Document:
    problems = []
    scanned = [p.number for p in pages if p.scanned]
    undecodable = [p.number for p in pages if p.undecodable]
    broken = [p.number for p in pages if p.broken]
    text_pages = [p for p in pages if p.lines]
    if scanned:
        meta["scanned_pages"] = scanned
        problems.append(_scanned_finding(path, scanned, len(pages), bool(text_pages)))
    if undecodable:
        meta["undecodable_pages"] = undecodable
        problems.append(
            input_diagnostic(
                "E011",
                f"PDF {_pages_zh(undecodable)}的文字编码无法识别（读出为乱码），这些页未检查；"
                "请重新导出嵌入字体的 PDF，或提交 Word 文件",
                path,
            )
        )
    if broken:
        meta["broken_pages"] = broken
        problems.append(
            input_diagnostic(
                "E005",
                f"PDF {_pages_zh(broken)}已损坏，无法解析，这些页未检查；"
                "请重新导出 PDF，或提交 Word 文件",
                path,
            )
        )
    page_lines = [p.lines for p in text_pages]
    heights = [p.height for p in text_pages]
    for page, lines in zip(text_pages, page_lines, strict=True):
        for line in lines:
            line.page = page.number
    bodies, furniture = split_furniture(page_lines, heights)
    for lines in bodies:
        for number, line in enumerate(lines, 1):
            line.number = number
    geometry = page_geometry(bodies)
    paper = _paper_geometry(text_pages, bodies)
    if paper:
        meta["page_geometry"] = paper
    paras = paragraphs(bodies, geometry)
    size = body_size(line for lines in bodies for line in lines)
    _mark_title(paras, size)

    blocks: list[Block] = []
    chars = 0
    tables = 0
    current_table: tuple[int, int] | None = None  # (page, table on the page)
    row = 0
    # the table being read: its first rows' texts (the header a page break may repeat), the
    # rows of the current part that repeated them so far (-1 once a row did not), its last row
    leading: list[list[str]] = []
    repeated = -1
    last: tuple[Line, list[tuple[float, float, str]]] | None = None
    title: list[str] = []
    table_paras = [
        k
        for k, para in enumerate(paras)
        if para.text.strip() and para.lines[0].table is not None and len(para.lines) == 1
    ]
    rows = dict(zip(table_paras, table_rows([paras[k].lines[0] for k in table_paras]), strict=True))
    part_rows = Counter(  # rows of each table part: (page, table on the page) -> rows
        (paras[k].lines[0].page, paras[k].lines[0].table) for k in table_paras if rows[k]
    )
    for number, para in enumerate(paras):
        text = para.text.strip()
        if not text:
            continue
        chars += len(text)
        if chars > limits.max_text_chars:
            raise ReadError("E007", f"文档文字超过 {limits.max_text_chars} 字符的上限，已拒绝读取")
        first = para.lines[0]
        if para.title:
            title.append(text)
        if first.table is not None and len(para.lines) == 1:
            cells = rows[number]
            if cells is None:
                continue  # a wrapped line of the row above, read into its cells
            texts = [c[2].strip() for c in cells]
            if current_table != (first.page, first.table):
                # the first table of a page continues the table that ended the page before
                # when nothing but furniture stands between them and its columns are the
                # same: one table, as in the .docx
                continues = (
                    current_table is not None
                    and last is not None
                    and first.page == current_table[0] + 1
                    and same_columns(
                        last[0], last[1], first, cells, part_rows[first.page, first.table] == 1
                    )
                )
                current_table = (first.page, first.table)
                repeated = 0 if continues else -1
                if not continues:
                    tables += 1
                    row = 0
                    leading = []
            last = (first, cells)
            if 0 <= repeated < len(leading) and texts == leading[repeated]:
                repeated += 1
                continue  # the table's header repeated on the new page
            repeated = -1
            row += 1
            if row <= MAX_HEADER_ROWS:
                leading.append(texts)
            for cell, (_x0, _x1, piece) in enumerate(cells, 1):
                piece = piece.strip()
                if not piece:
                    continue
                index = len(blocks)
                blocks.append(
                    Block(
                        index=index,
                        text=piece,
                        kind=BlockKind.TABLE_CELL,
                        location=Location(
                            block=index,
                            part="body",
                            page=first.page,
                            line=first.number,
                            table=tables,
                            row=row,
                            cell=cell,
                            line_starts=((0, first.page, first.number),),
                        ),
                        style=_style(para),
                    )
                )
            continue
        current_table = None
        index = len(blocks)
        blocks.append(
            Block(
                index=index,
                text=text,
                kind=BlockKind.PARAGRAPH,
                location=Location(
                    block=index,
                    part="body",
                    page=first.page,
                    line=first.number,
                    line_starts=_starts(para),
                ),
                style=_style(para),
            )
        )
    if title:
        meta["title"] = "".join(title)
    document = Document(
        path=path,
        format="pdf",
        blocks=blocks,
        furniture=_furniture_blocks(furniture),
        meta=meta,
        problems=problems,
    )
    return document


def _scanned_finding(path: str, pages: list[int], total: int, some_text: bool) -> Any:
    advice = "请提供导出该 PDF 的 Word 文件，或经 OCR 文字识别后的 PDF"
    if not some_text and len(pages) == total:
        message = f"PDF 的全部 {total} 页都没有文字层（扫描件或图片），无法检查；{advice}"
    else:
        message = (
            f"PDF {_pages_zh(pages)}没有文字层（扫描件、图片或已转为曲线的文字），"
            f"这些页的内容未检查；{advice}"
        )
    return input_diagnostic("E009", message, path, detail=f"pages={pages}")


def _pages_zh(pages: list[int]) -> str:
    """[2, 3, 4, 7] -> 「第2–4、7页」."""
    ranges: list[str] = []
    start = prev = pages[0]
    for page in [*pages[1:], None]:
        if page is not None and page == prev + 1:
            prev = page
            continue
        ranges.append(str(start) if start == prev else f"{start}–{prev}")
        if page is not None:
            start = prev = page
    return f"第{'、'.join(ranges)}页"


def _mark_title(paras: list[Paragraph], size: float) -> None:
    """The title: the centred paragraphs in the largest font at the top of the first page.

    Only centred paragraphs larger than the body text count, so the red header of a 公文
    (「XX市人民政府文件」, set larger still but not centred on the text) is passed over.
    """
    if not paras:
        return
    first_page = paras[0].lines[0].page
    top = [p for p in paras[:10] if p.lines[0].page == first_page]
    candidates = [p for p in top if p.alignment == "center" and p.lines[0].size >= size + 1.5]
    if not candidates:
        return
    largest = max(p.lines[0].size for p in candidates)
    started = False
    for para in top:
        if para.alignment == "center" and para.lines[0].size == largest:
            para.title = started = True
        elif started:
            break  # the title lines are consecutive


def _style(para: Paragraph) -> Style:
    east: Counter[str] = Counter()
    ascii_fonts: Counter[str] = Counter()
    sizes: Counter[float] = Counter()
    bold = 0
    total = 0
    for line in para.lines:
        weight = len(line.text)
        total += weight
        east[line.font] += weight
        if line.ascii_font:
            ascii_fonts[line.ascii_font] += 1
        sizes[line.size] += weight
        if line.bold:
            bold += weight
    font = east.most_common(1)[0][0] if east else None
    ascii_font = ascii_fonts.most_common(1)[0][0] if ascii_fonts else None
    return Style(
        east_asia_font=font_family(font) if font else None,
        ascii_font=font_family(ascii_font) if ascii_font else None,
        size_pt=sizes.most_common(1)[0][0] if sizes else None,
        bold=bold * 2 > total,
        alignment=para.alignment,
        first_line_indent=para.first_line_indent,
    )


def _starts(para: Paragraph) -> tuple[tuple[int, int, int], ...]:
    """Where each printed line starts in the paragraph's text."""
    result = []
    offset = 0
    text = para.text
    for line in para.lines:
        piece = line.text.strip()
        if not piece:
            continue
        found = text.find(piece[:8], offset)
        if found >= 0:
            offset = found
        result.append((offset, line.page, line.number))
        offset += len(piece)
    return tuple(result)


def _furniture_blocks(furniture: list[Any]) -> list[Block]:
    blocks: list[Block] = []
    seen: set[tuple[str, str]] = set()
    for item in furniture:
        key = (item.where, re.sub(r"\d+", "#", re.sub(r"\s+", "", item.line.text)))
        if key in seen:
            continue
        seen.add(key)
        index = len(blocks)
        kind = BlockKind.HEADER if item.where == "header" else BlockKind.FOOTER
        blocks.append(
            Block(
                index=index,
                text=item.line.text.strip(),
                kind=kind,
                location=Location(block=index, part=item.where, page=item.line.page),
                style=Style(
                    east_asia_font=font_family(item.line.font),
                    size_pt=item.line.size,
                    bold=item.line.bold,
                ),
            )
        )
    return blocks


PT_MM = 25.4 / 72


def _paper_geometry(pages: list[_Page], bodies: list[list[Line]]) -> dict[str, Any]:
    """Paper size of the first text page and the margins measured from the body text
    (:mod:`.pdf_margins`), in millimetres, for the layout checks: ``margins_mm`` the
    estimates, ``margin_ranges_mm`` (low, high) what the printed lines allow, ``full_pages``
    the pages whose text reaches the bottom of the type area."""
    if not pages:
        return {}
    first = pages[0]
    geometry: dict[str, Any] = {
        "width_mm": round(first.width * PT_MM, 1),
        "height_mm": round(first.height * PT_MM, 1),
    }
    area = measure_type_area(
        [(p.number, p.width, p.height, lines) for p, lines in zip(pages, bodies, strict=True)]
    )
    if area is not None:
        geometry["margins_mm"] = {side: round(v * PT_MM, 1) for side, v in area.margins.items()}
        geometry["margin_ranges_mm"] = {
            side: (round(lo * PT_MM, 1), round(hi * PT_MM, 1))
            for side, (lo, hi) in area.ranges.items()
        }
        geometry["full_pages"] = area.full_pages
        geometry["top_pages"] = area.top_pages
        geometry["side_pages"] = area.side_pages
        if area.mirrored:
            geometry["mirrored"] = True
    return geometry
