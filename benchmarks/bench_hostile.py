"""Hostile inputs of issue 11 (item 7): each case at half and at full size, one row each.

Usage: ``.venv/bin/python benchmarks/bench_hostile.py [REPEAT]``

For every case in ``tests/hostile_inputs.py`` it lints the input in-process (all checks, the
checks loaded once) at half size and at the size of the issue, median of REPEAT runs (default
3), and prints both times and their ratio: about 2 means the work grows linearly, about 4
quadratically. The statistics cases (quantities and relations, fixed in that code) are listed
after a separator. Nothing is asserted; the bounded-work tests are in
``tests/test_hostile_inputs.py``.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import hostile_inputs  # noqa: E402

from fazhi_lint import Linter  # noqa: E402


def median_time(func: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def row(
    linter: Linter,
    name: str,
    build: Callable[[float], tuple[bytes, str]],
    repeat: int,
    size: float = 1.0,
) -> None:
    half_data, half_name = build(size / 2)
    data, file_name = build(size)
    half = median_time(lambda: linter.lint_bytes(half_data, half_name), repeat)
    full = median_time(lambda: linter.lint_bytes(data, file_name), repeat)
    growth = full / half if half else float("nan")
    verdict = "linear" if growth < 2.8 else "SUPER-LINEAR"
    print(f"{name:40} {len(data) // 1024:6d} {half:8.2f}s {full:8.2f}s {growth:6.1f}  {verdict}")


def main() -> None:
    repeat = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    linter = Linter()
    linter.lint_bytes("一、总体情况\n正文。\n".encode(), "warm.txt")
    print(f"hostile inputs, in-process lint (all checks), median of {repeat}\n")
    header = f"{'case':40} {'KB':>6} {'half':>9} {'full':>9} {'growth':>6}"
    print(header)
    print("-" * len(header))
    for name, build in hostile_inputs.CASES.items():
        row(linter, name, build, repeat)
    print("-- statistics analysis (quantities, relations), at 1/4 and 1/2 of the issue's size --")
    for name, build in hostile_inputs.STATISTICS_CASES.items():
        row(linter, name, build, 1, size=0.5)


if __name__ == "__main__":
    main()
