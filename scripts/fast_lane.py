"""``make test-fast``: the lane's test modules in one share per core, each share one pytest.

pytest-xdist's controller and its serializer cost the lane some 9-10 CPU s of its ~58 (every
item's three reports pass through both, and each worker collects the whole lane: session 19,
benchmarks/README.md). Here each core runs its own pytest on a share of the modules: no
controller, and each process collects only its share. The shares are balanced by the seconds
each module took in the last run (kept in ``.pytest_cache``; the file's size the first time),
heaviest first onto the lightest share. Each share's output is printed when it ends, then one
closing line for the whole lane; the exit status is the first failing share's.

Arguments go to every share's pytest (``make test-fast ARGS="-x"``).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TESTS = ROOT / "tests"
# seconds per module of the last run, written by each share (tests/conftest.py, LANE_TIMES)
WEIGHTS = ROOT / ".pytest_cache" / "fazhi-lane-seconds.json"
# a module never timed weighs its size at this many bytes a second (the statistics case files,
# the bulk of the lane, run about that)
BYTES_PER_SECOND = 40_000
PYTEST = ["-q", "-m", "not slow", "--batch-cases", "-p", "no:xdist"]
# the counts of a share's closing line (pytest's "3 failed, 1,640 passed, 1 skipped in 9.1s")
COUNT = re.compile(r"(\d+) (passed|failed|skipped|errors?)\b")


def lane_modules() -> list[Path]:
    sys.path.insert(0, str(TESTS))
    from conftest import SLOW_MODULES  # one home for the modules left out

    return [p for p in sorted(TESTS.glob("test_*.py")) if p.stem not in SLOW_MODULES]


def shares(modules: list[Path], seconds: dict[str, float], count: int) -> list[list[Path]]:
    def weight(path: Path) -> float:
        return seconds.get(path.name, path.stat().st_size / BYTES_PER_SECOND)

    loads: list[tuple[float, list[Path]]] = [(0.0, []) for _ in range(count)]
    for path in sorted(modules, key=weight, reverse=True):
        i = min(range(count), key=lambda k: loads[k][0])
        loads[i] = (loads[i][0] + weight(path), [*loads[i][1], path])
    return [sorted(paths) for _, paths in loads if paths]


def main(args: list[str]) -> int:
    try:
        seconds: dict[str, float] = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        seconds = {}
    count = max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1)
    parts = shares(lane_modules(), seconds, count)
    with tempfile.TemporaryDirectory(prefix="fazhi-lane-") as folder:
        runs = []
        for i, paths in enumerate(parts):
            log, times = Path(folder, f"share{i}.txt"), Path(folder, f"times{i}.json")
            env = {**os.environ, "FAZHI_LANE_TIMES": str(times)}
            command = [sys.executable, "-m", "pytest", *PYTEST, *args, *map(str, paths)]
            with log.open("w", encoding="utf-8") as out:  # the share keeps its own copy
                proc = subprocess.Popen(
                    command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT
                )
            runs.append((proc, log, times))
        codes = []
        counts = dict.fromkeys(("passed", "failed", "skipped", "error"), 0)
        for i, (proc, log, times) in enumerate(runs):
            codes.append(proc.wait())
            text = log.read_text(encoding="utf-8", errors="replace")
            print(f"--- share {i + 1} of {len(runs)} ({len(parts[i])} modules)", flush=True)
            sys.stdout.write(text)
            closing = text.rstrip().rsplit("\n", 1)[-1]
            for number, word in COUNT.findall(closing):
                counts[word.rstrip("s") if word.startswith("error") else word] += int(number)
            if times.exists():
                seconds.update(json.loads(times.read_text(encoding="utf-8")))
    WEIGHTS.parent.mkdir(parents=True, exist_ok=True)
    WEIGHTS.write_text(json.dumps(seconds, sort_keys=True, indent=0), encoding="utf-8")
    print(
        f"lane: {counts['passed']} passed, {counts['failed'] + counts['error']} failed, "
        f"{counts['skipped']} skipped"
    )
    failing = [code for code in codes if code not in (0, 5)]
    if failing:
        return failing[0]
    return 5 if all(code == 5 for code in codes) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
