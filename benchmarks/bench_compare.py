#!/usr/bin/env python3
"""Speed of the comparison checks (C101–C105); nothing is asserted.

* ``--previous`` on two seed-sized reports (fixtures/previous/2023.txt against 2022.txt):
  cold CLI wall time (a fresh process, jieba loaded from its cache) and the in-process
  comparison alone once the libraries are loaded;
* ``--compare`` over a batch of 200 reports built from the seeds' paragraphs (each report
  12 paragraphs drawn with a fixed seed from the pool, so many passages are shared): the
  in-process pass (reading + comparison) and the cold CLI with ``--jobs 2``;
* the plain ``check`` path: cold CLI on one report and the modules it imports (jieba,
  rapidfuzz and datasketch must not be among them), and what the C1xx declarations add to
  the import time (``python -X importtime``).

Run: .venv/bin/python benchmarks/bench_compare.py [--runs 3] [--size 200]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
PREVIOUS = ROOT / "fixtures" / "previous"
SEEDS = ROOT / "fixtures" / "seeds"
HEAVY = ("jieba", "rapidfuzz", "datasketch")


def cli() -> str:
    return str(Path(sys.executable).parent / "fazhi-lint")


def cold(command: list[str], runs: int) -> str:
    """Median wall time and CPU time of a fresh process (CPU: 0 where the OS does not say)."""
    times, cpu = [], []
    env = {**os.environ, "NO_COLOR": "1"}
    for _ in range(runs):
        before = os.times()
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, env=env, cwd=ROOT, check=False)
        times.append(time.perf_counter() - start)
        after = os.times()
        cpu.append(
            after.children_user
            + after.children_system
            - before.children_user
            - before.children_system
        )
    return f"{statistics.median(times):.2f} s wall, {statistics.median(cpu):.2f} s CPU"


def build_batch(folder: Path, size: int) -> None:
    from fazhi_lint.safe_write import write_text

    pool: list[str] = []
    for seed in sorted(SEEDS.glob("*.txt")):
        pool += [x for x in seed.read_text(encoding="utf-8").splitlines() if len(x) > 80]
    rng = random.Random(15)
    for n in range(size):
        lines = [
            f"第{n + 1:03d}单位2024年法治政府建设情况报告",
            "",
            "一、2024年推进法治政府建设的主要举措和成效",
            *rng.sample(pool, 12),
            "二、存在的不足和原因",
            "个别工作人员依法行政意识有待提高。",
            "三、2025年推进法治政府建设的主要安排",
            "继续推进各项工作。",
        ]
        write_text(folder / f"report-{n + 1:03d}.txt", "\n".join(lines) + "\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--size", type=int, default=200)
    args = parser.parse_args()

    from fazhi_lint.comparison import compare_batch, compare_previous
    from fazhi_lint.profiles import load_profile
    from fazhi_lint.readers import read_path

    profile = load_profile("national")
    cur, prev = PREVIOUS / "2023.txt", PREVIOUS / "2022.txt"
    print(f"seed-sized pair: {cur.stat().st_size} + {prev.stat().st_size} bytes")
    command = [cli(), "check", str(cur), "--previous", str(prev), "--exit-zero", "-q"]
    print(f"  cold CLI check --previous (all checks): {cold(command, args.runs)}")
    compare_previous(read_path(cur), read_path(prev), profile)  # loads the libraries
    start = time.perf_counter()
    found = compare_previous(read_path(cur), read_path(prev), profile)
    print(
        f"  in-process comparison, warm: {time.perf_counter() - start:.3f} s ({len(found)} findings)"
    )

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        build_batch(folder, args.size)
        files = sorted(folder.glob("*.txt"))
        start = time.perf_counter()
        docs = [read_path(f) for f in files]
        read = time.perf_counter() - start
        start = time.perf_counter()
        groups = compare_batch(docs, profile)
        took = time.perf_counter() - start
        count = sum(len(v) for v in groups.values())
        print(
            f"batch of {len(files)} reports: reading {read:.2f} s, comparison {took:.2f} s ({count} shared passages)"
        )
        command = [cli(), "check", str(folder), "--compare", "--select", "C105", "--jobs", "2"]
        command += ["--exit-zero", "-q", "--format", "json", "-o", os.devnull]
        print(f"  cold CLI check --compare --select C105 --jobs 2: {cold(command, 1)}")

    seed = SEEDS / "000.txt"
    plain = [cli(), "check", str(seed), "--exit-zero", "-q"]
    print(f"plain check, cold CLI on {seed.name}: {cold(plain, args.runs)}")
    probe = (
        "import sys; from fazhi_lint.cli import main\n"
        f"main(['check', {str(seed)!r}, '--exit-zero', '-q', '--jobs', '1'])\n"
        f"print([m for m in {HEAVY!r} if m in sys.modules], file=sys.stderr)"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=False
    )
    print(
        f"  similarity libraries imported by a plain check: {done.stderr.strip().splitlines()[-1]}"
    )
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import fazhi_lint.checks.comparison"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    for line in done.stderr.splitlines():
        if line.rstrip().endswith("fazhi_lint.checks.comparison"):
            self_us = int(line.split("|")[0].split(":")[1])
            print(f"  import of the C1xx declarations: {self_us / 1000:.1f} ms (self)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
