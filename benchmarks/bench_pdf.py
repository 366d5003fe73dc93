#!/usr/bin/env python3
"""Time the PDF reader against pdfplumber's bare ``extract_text``; check memory is flat.

Usage::

    .venv/bin/python benchmarks/bench_pdf.py            # fixtures/pdf/*.pdf, then memory
    .venv/bin/python benchmarks/bench_pdf.py --repeat 9 path/to/a.pdf ...
    .venv/bin/python benchmarks/bench_pdf.py --no-memory

Speed, per file (warm: imports done, file in the page cache; median CPU time of ``--repeat``
runs, the forked child's included — wall time swings too much on a shared 2-core machine):

* **bare** — ``pdfplumber.open(f)``, ``page.extract_text()`` and ``page.close()`` for every
  page: the floor any pdfplumber-based reader pays;
* **ours** — ``fazhi_lint.readers.pdf.read()`` as the linter calls it in a batch (extraction
  in the forked, memory-capped worker on Linux, started by an earlier file and kept), lines,
  furniture, paragraphs and the Document; the worker's CPU is counted (it reports it);
* **fresh** — the same with a worker started for the file (the fork paid by this file, as
  when the command line checks a single PDF);
* **in-proc** — the same without the child process (``isolate=False``);
* **pdfium** — ``pypdfium2.PdfDocument(f)`` and ``page.get_textpage().get_text_range()`` for
  every page (text page and page closed): the floor of the fastest reliable text source;
* **ratio** — ours / bare; **÷pdfium** — ours / pdfium (the anchor); **in-proc÷pdfium** —
  in-proc / pdfium; **fresh÷pdfium** — fresh / pdfium. The five are timed in turn within each
  repeat (side by side, so the load
  of a shared machine weighs on all alike). Targets from the issue: ours within
  3× pdfium's bare text extraction (the reader takes its characters from pypdfium2;
  ``engine="pdfplumber"`` reads them with pdfminer, as before, for comparison).

Single file, end to end (what a writer's pre-commit hook runs): ``python -m fazhi_lint check
f.pdf`` in a fresh interpreter (imports, plugins, the worker forked and the PDF sent to it
before the checks load, the checks, the report) against a fresh interpreter that imports
pypdfium2 and extracts the text (**cold pdfium**); CPU time of the process and its children,
and wall time, medians of ``--repeat`` runs taken in turn. ``--no-cli`` leaves it out.

Memory: a report of N pages (N = 50, 100, 200; reportlab, STSong-Light, ≈500 characters a
page) is read in a fresh interpreter each time and its peak RSS (``ru_maxrss`` of the
process and its children) is printed; flat in N means pages are released as they are read.
Nothing is asserted.
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures" / "pdf"
TARGET_RATIO = 1.5
TARGET_PDFIUM = 3.0


def _cpu() -> float:
    """CPU seconds of this process, of its ended children and of the reader's live
    extraction worker (which ``RUSAGE_CHILDREN`` counts only once it has ended)."""
    from fazhi_lint.readers.pdf import worker_cpu

    try:
        import resource  # POSIX only: on Windows the children's time is not counted
    except ImportError:
        return time.process_time()
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime + worker_cpu()


def _median(func: Callable[[], object], repeat: int) -> float:
    """Median CPU time of ``func`` (wall time swings on a shared machine; CPU time does not)."""
    return _side_by_side([func], repeat)[0]


def _side_by_side(funcs: list[Callable[[], object]], repeat: int) -> list[float]:
    """Median CPU time of each of ``funcs``, run in turn within every repeat, so that the load
    of a shared machine weighs on all of them alike (the ratios are what is compared)."""
    for func in funcs:
        func()  # warm
    times: list[list[float]] = [[] for _ in funcs]
    for _ in range(repeat):
        for func, spent in zip(funcs, times, strict=True):
            start = _cpu()
            func()
            spent.append(_cpu() - start)
    return [statistics.median(spent) for spent in times]


def _bare(path: Path) -> str:
    import pdfplumber

    texts = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            texts.append(page.extract_text() or "")
            page.close()
    return "".join(texts)


def _pdfium(path: Path) -> str:
    import pypdfium2

    texts = []
    doc = pypdfium2.PdfDocument(path)
    try:
        for page in doc:
            textpage = page.get_textpage()
            texts.append(textpage.get_text_range())
            textpage.close()
            page.close()
    finally:
        doc.close()
    return "".join(texts)


def _ours(path: Path, isolate: bool) -> object:
    from fazhi_lint.readers import pdf
    from fazhi_lint.readers.safety import DEFAULT_LIMITS

    return pdf.read(path.read_bytes(), str(path), DEFAULT_LIMITS, isolate=isolate)


def _text_pdfs(files: list[Path]) -> list[Path]:
    """The files with a text layer (not the encrypted or scanned fixtures)."""
    from fazhi_lint.readers.errors import ReadError

    kept = []
    for path in files:
        try:
            if _ours(path, False).blocks:  # type: ignore[attr-defined]
                kept.append(path)
        except ReadError:
            continue
    return kept


def _fresh(path: Path) -> object:
    """As the command line reads one PDF: a worker started (forked) for this file."""
    from fazhi_lint.readers import pdf

    pdf._stop_workers()
    return _ours(path, True)


def speed(files: list[Path], repeat: int) -> None:
    import logging

    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    import pdfplumber

    print(
        f"{'file':28} {'pages':>5} {'bare p/s':>9} {'pdfium p/s':>10} {'ours p/s':>9} "
        f"{'in-proc p/s':>12} {'ratio':>6} {'÷pdfium':>8} {'in-proc÷pdfium':>15} "
        f"{'fresh÷pdfium':>13}"
    )
    total_pages = 0
    total_bare = total_ours = total_inproc = total_pdfium = 0.0
    ratios = []
    pdfium_ratios = []
    inproc_ratios = []
    fresh_ratios = []
    total_fresh = 0.0
    for path in files:
        try:
            with pdfplumber.open(path) as doc:
                pages = len(doc.pages)
        except Exception:  # the encrypted fixture
            continue
        if not _ours(path, False).blocks:  # type: ignore[attr-defined]
            continue  # scanned fixtures: nothing to extract
        bare, ours, inproc, floor, fresh = _side_by_side(
            [
                lambda p=path: _bare(p),
                lambda p=path: _ours(p, True),
                lambda p=path: _ours(p, False),
                lambda p=path: _pdfium(p),
                lambda p=path: _fresh(p),
            ],
            repeat,
        )
        ratio = ours / bare
        pdfium_ratio = ours / floor
        note = ""
        if "(cid:" in _bare(path):
            note = "  (bare text is (cid:…) garbage; ours reads it with pypdfium2: not counted)"
        else:
            ratios.append(ratio)
            pdfium_ratios.append(pdfium_ratio)
            inproc_ratios.append(inproc / floor)
            fresh_ratios.append(fresh / floor)
            total_fresh += fresh
            total_pdfium += floor
            total_pages += pages
            total_bare += bare
            total_ours += ours
            total_inproc += inproc
        print(
            f"{path.name:28} {pages:5d} {pages / bare:9.1f} {pages / floor:10.1f} "
            f"{pages / ours:9.1f} {pages / inproc:12.1f} {ratio:6.2f} {pdfium_ratio:8.2f} "
            f"{inproc / floor:15.2f} {fresh / floor:13.2f}{note}"
        )
    if not ratios:
        print("no PDF with text found")
        return
    print(
        f"{'all':28} {total_pages:5d} {total_pages / total_bare:9.1f} "
        f"{total_pages / total_pdfium:10.1f} "
        f"{total_pages / total_ours:9.1f} {total_pages / total_inproc:12.1f} "
        f"{total_ours / total_bare:6.2f} {total_ours / total_pdfium:8.2f} "
        f"{total_inproc / total_pdfium:15.2f} {total_fresh / total_pdfium:13.2f}"
    )
    print(
        f"ratio ours/bare: median {statistics.median(ratios):.2f}, worst {max(ratios):.2f} "
        f"(target ≤ {TARGET_RATIO})"
    )
    print(
        f"ratio ours/pdfium: median {statistics.median(pdfium_ratios):.2f}, "
        f"worst {max(pdfium_ratios):.2f}, all {total_ours / total_pdfium:.2f} "
        f"(target ≤ {TARGET_PDFIUM}); without the child process: median "
        f"{statistics.median(inproc_ratios):.2f}, all {total_inproc / total_pdfium:.2f}; "
        f"a worker started for each file: median {statistics.median(fresh_ratios):.2f}, "
        f"all {total_fresh / total_pdfium:.2f}"
    )


_COLD_PDFIUM = (
    "import sys, pypdfium2\n"
    "doc = pypdfium2.PdfDocument(sys.argv[1])\n"
    "for page in doc:\n"
    "    textpage = page.get_textpage(); textpage.get_text_range(); textpage.close()\n"
    "    page.close()\n"
    "doc.close()"
)


def _child_run(command: list[str]) -> tuple[float, float]:
    """CPU seconds (the process and its children) and wall seconds of ``command``."""
    import os
    import resource

    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, cwd=ROOT, env=env, capture_output=True, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return cpu, wall


def single_file(files: list[Path], repeat: int) -> None:
    """One PDF checked by the command line in a fresh interpreter, against a fresh
    interpreter extracting its text with pypdfium2 (both cold: imports included)."""
    print()
    print(
        f"{'single file, cold':28} {'pdfium ms':>9} {'CLI ms':>7} {'CPU ÷pdfium':>11} "
        f"{'pdfium wall':>11} {'CLI wall':>8} {'wall ÷pdfium':>12}"
    )
    cpu_ratios: list[float] = []
    wall_ratios: list[float] = []
    for path in files:
        commands = [
            [sys.executable, "-c", _COLD_PDFIUM, str(path)],
            [sys.executable, "-m", "fazhi_lint", "check", str(path), "--exit-zero"],
        ]
        for command in commands:
            _child_run(command)  # warm: bytecode and the page cache
        runs: list[list[tuple[float, float]]] = [[], []]
        for _ in range(repeat):
            for command, spent in zip(commands, runs, strict=True):
                spent.append(_child_run(command))
        (floor_cpu, floor_wall), (cli_cpu, cli_wall) = (
            (statistics.median(c for c, _ in spent), statistics.median(w for _, w in spent))
            for spent in runs
        )
        cpu_ratios.append(cli_cpu / floor_cpu)
        wall_ratios.append(cli_wall / floor_wall)
        print(
            f"{path.name:28} {floor_cpu * 1000:9.0f} {cli_cpu * 1000:7.0f} "
            f"{cli_cpu / floor_cpu:11.2f} {floor_wall * 1000:11.0f} {cli_wall * 1000:8.0f} "
            f"{cli_wall / floor_wall:12.2f}"
        )
    if cpu_ratios:
        print(
            f"single file ÷ cold pdfium: CPU median {statistics.median(cpu_ratios):.2f}, "
            f"wall median {statistics.median(wall_ratios):.2f} (target ≤ {TARGET_PDFIUM})"
        )


def make_report(path: Path, pages: int) -> None:
    """A long report: the fixture report's paragraphs over and over, ≈ 500 characters a page."""
    sys.path.insert(0, str(ROOT / "fixtures"))
    import build_pdfs

    setter = build_pdfs.Typesetter(path, build_pdfs.REPORT_HEADER, [])
    body = [p for p in build_pdfs.REPORT if p.text]
    while setter.page <= pages:
        for para in body:
            setter.add(build_pdfs.Para(text=para.text))
            if setter.page > pages:
                break
    setter.canvas.save()  # the last page started is dropped unsaved


def _own_peak(code: str) -> tuple[float, float]:
    """Peak RSS (MB) and wall time of a fresh interpreter running ``code``.

    A wrapper interpreter runs it as its only child and reports ``RUSAGE_CHILDREN``, which
    counts the reader's own forked child too.
    """
    wrapper = (
        "import resource,subprocess,sys,time;t=time.perf_counter();"
        f"subprocess.run([sys.executable,'-c',{code!r}],check=True);"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,time.perf_counter()-t)"
    )
    out = subprocess.run(
        [sys.executable, "-c", wrapper], check=True, cwd=ROOT, capture_output=True, text=True
    )
    rss, seconds = out.stdout.split()[-2:]
    return int(rss) / 1024, float(seconds)


def memory() -> None:
    print()
    print(
        f"{'pages':>5} {'blocks':>6} {'read: peak MB':>13} {'s':>5} "
        f"{'in-proc: peak MB':>16} {'s':>5} {'bare: peak MB':>13} {'s':>5}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for pages in (50, 100, 200):
            path = Path(tmp) / f"long-{pages}.pdf"
            make_report(path, pages)
            read = (
                "from fazhi_lint.readers import pdf;"
                "from fazhi_lint.readers.safety import DEFAULT_LIMITS;"
                f"d=pdf.read(open({str(path)!r},'rb').read(),'x',DEFAULT_LIMITS,isolate=%s);"
                f"open({str(path) + '.n'!r},'w').write(str(len(d.blocks)))"
            )
            ours, ours_s = _own_peak(read % "True")
            inproc, inproc_s = _own_peak(read % "False")
            bare, bare_s = _own_peak(
                "import logging;logging.getLogger('pdfminer').setLevel(40);import pdfplumber\n"
                f"with pdfplumber.open({str(path)!r}) as f:\n"
                "    for p in f.pages:\n"
                "        p.extract_text()\n"
                "        p.close()"
            )
            blocks = Path(str(path) + ".n").read_text().strip()
            print(
                f"{pages:5d} {blocks:>6} {ours:13.0f} {ours_s:5.1f} {inproc:16.0f} "
                f"{inproc_s:5.1f} {bare:13.0f} {bare_s:5.1f}"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--no-memory", action="store_true")
    parser.add_argument("--no-cli", action="store_true", help="leave out the single-file runs")
    args = parser.parse_args()
    files = args.files or sorted(FIXTURES.glob("*.pdf"))
    if not files:
        print("no PDF fixtures: run fixtures/build_pdfs.py")
        return
    speed(files, args.repeat)
    if not args.no_cli and importlib.util.find_spec("resource") is not None:
        single_file(_text_pdfs(files), args.repeat)
    if not args.no_memory:
        if importlib.util.find_spec("resource") is None:
            print("\n(memory: skipped, peak RSS of children needs the POSIX resource module)")
        else:
            memory()


if __name__ == "__main__":
    main()
