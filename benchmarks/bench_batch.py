#!/usr/bin/env python3
"""Batch throughput: files per second for a folder of .docx with ``--jobs 1`` and ``--jobs 2``.

Usage: ``.venv/bin/python benchmarks/bench_batch.py [--files 200] [--runs 3] [--jobs 1,2]``

The folder holds ``--files`` copies of the .docx fixtures (``fixtures/seeds/*.docx``, built
by ``fixtures/build_fixtures.py``), round-robin. Each configuration runs the real command,
``fazhi-lint check FOLDER --jobs N --format json -o FILE`` in a fresh process (start-up,
discovery, workers, the report included), ``--runs`` times; the table shows the median wall
time, files per second and the speed-up over the first configuration. The machine's CPU
count is printed, and a CPU ceiling: how much faster N pure-Python CPU-bound processes run
than one right now (on a 2-core machine ``--jobs 2`` cannot do better than that, and a busy
or throttled VM gives less than 2×).

Nothing is asserted; compare runs on an otherwise idle machine.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures" / "seeds"


def build_folder(folder: Path, count: int) -> list[Path]:
    sources = sorted(FIXTURES.glob("*.docx"))
    if not sources:
        raise SystemExit("no .docx fixtures: run `python fixtures/build_fixtures.py` first")
    files = []
    for number in range(count):
        source = sources[number % len(sources)]
        target = folder / f"{number:03d}-{source.name}"
        shutil.copyfile(source, target)
        files.append(target)
    return files


def _burn(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def cpu_ceiling(processes: int = 2, n: int = 10_000_000) -> float:
    """How much faster ``processes`` CPU-bound processes finish than one doing the same work
    serially: the best speed-up this machine can give right now (a busy or throttled VM gives
    less than the CPU count)."""
    import multiprocessing

    start = time.perf_counter()
    for _ in range(processes):
        _burn(n)
    serial = time.perf_counter() - start
    start = time.perf_counter()
    workers = [multiprocessing.Process(target=_burn, args=(n,)) for _ in range(processes)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return serial / (time.perf_counter() - start)


def run_once(folder: Path, jobs: int, out: Path) -> tuple[float, int, int]:
    command = [
        sys.executable,
        "-m",
        "fazhi_lint",
        "check",
        str(folder),
        "--jobs",
        str(jobs),
        "--format",
        "json",
        "-o",
        str(out),
        "--no-config",
        "--no-progress",
    ]
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env={**os.environ, "CI": "true"})
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"fazhi-lint failed ({done.returncode}): {done.stderr}")
    data = json.loads(out.read_text(encoding="utf-8"))
    return elapsed, data["summary"]["files"], data["summary"]["findings"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=200, help="how many .docx (default 200)")
    parser.add_argument("--runs", type=int, default=3, help="runs per configuration (median)")
    parser.add_argument("--jobs", default="1,2", help="comma-separated --jobs values (default 1,2)")
    args = parser.parse_args(argv)
    jobs_list = [int(j) for j in args.jobs.split(",") if j.strip()]

    print(
        f"# fazhi-lint batch: {args.files} .docx copies of {len(list(FIXTURES.glob('*.docx')))} "
        f"fixtures; median of {args.runs} runs"
    )
    print(
        f"# {platform.python_implementation()} {platform.python_version()}, "
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs"
    )
    with tempfile.TemporaryDirectory(prefix="fazhi-bench-") as temp:
        folder = Path(temp) / "收文"
        folder.mkdir()
        build_folder(folder, args.files)
        out = Path(temp) / "report.json"
        run_once(folder, 1, out)  # warm the page cache and the interpreter's imports
        rows = []
        for jobs in jobs_list:
            times = []
            files = findings = 0
            for _ in range(args.runs):
                elapsed, files, findings = run_once(folder, jobs, out)
                times.append(elapsed)
            rows.append((jobs, files, findings, statistics.median(times), min(times)))
    base = rows[0][3]
    ceiling = max(jobs_list)
    print(
        f"# CPU ceiling now: {ceiling} CPU-bound processes run "
        f"{cpu_ceiling(ceiling) if ceiling > 1 else 1.0:.2f}× as fast as one"
    )
    print()
    print("| --jobs | files | findings | median s | best s | files/s | speed-up |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for jobs, files, findings, median, best in rows:
        print(
            f"| {jobs} | {files} | {findings} | {median:.2f} | {best:.2f} | "
            f"{files / median:.1f} | {base / median:.2f}× |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
