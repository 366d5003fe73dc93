#!/usr/bin/env python3
"""Where warm lint time goes: per check and per analysis view, on the seed .docx files.

``python benchmarks/profile_warm.py [FILES] [--repeat N] [--cprofile]``

Each file is read afresh each time; its checks run one by one, timed apart. A view's own
time (without the views it uses) is charged to the view, not to the check that first asked
for it (the ``view`` rows); ``read`` is the reader alone (ours: python-docx is not used to
read, its load is the ``python-docx`` row, the denominator of the ratio in ``run.py``).
CPU time (process_time), median over the repeats, mean per file. Nothing is asserted.
Garbage is collected (untimed) before each timed step: python-docx leaves its document in
reference cycles, and the collector's pass over them (freeing its XML trees, ~2 ms a file)
would otherwise land in whichever step runs next, our reader's.
``run.py`` prints :func:`summary` of the same measurement under its table.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import gc
import pstats
import statistics
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
STATISTICS_VIEWS = ("quantities", "relations")  # the N checks' analysis


def measure(files: list[Path], repeat: int) -> dict[str, float]:
    """Seconds per file (mean over the files of the median over ``repeat`` runs) of:
    ``python-docx``, ``read``, ``lint`` (checks and views as the engine runs them),
    ``check CODE`` (the check's own work) and ``view NAME`` (the view's own work)."""
    import docx

    from fazhi_lint import Linter
    from fazhi_lint.analysis import views as views_mod
    from fazhi_lint.plugins import CheckContext
    from fazhi_lint.readers import read_path

    linter = Linter()
    for path in files:
        linter.lint_path(path)  # warm-up: imports, pattern caches

    view_times: dict[str, float] = defaultdict(float)
    original_get = views_mod.view.__get__
    inner: list[float] = []  # per open view: the time its inner views took

    def timed_get(self: Any, obj: Any, owner: type) -> Any:
        if obj is None or self.name in obj._values:
            return original_get(self, obj, owner)
        start = time.process_time()
        inner.append(0.0)
        try:
            return original_get(self, obj, owner)
        finally:
            spent = time.process_time() - start
            view_times[self.name] += spent - inner.pop()
            if inner:
                inner[-1] += spent

    totals: dict[str, float] = defaultdict(float)
    views_mod.view.__get__ = timed_get  # type: ignore[method-assign]
    try:
        for path in files:
            rows: dict[str, list[float]] = defaultdict(list)
            for _ in range(repeat):
                gc.collect()
                start = time.process_time()
                docx.Document(str(path))
                rows["python-docx"].append(time.process_time() - start)
                gc.collect()
                start = time.process_time()
                document = read_path(path, plugin_readers=linter.registry.readers)
                rows["read"].append(time.process_time() - start)
                gc.collect()
                start = time.process_time()
                linter.lint_document(document)
                rows["lint"].append(time.process_time() - start)
                # each check on a fresh document: its views are charged to the views
                document = read_path(path, plugin_readers=linter.registry.readers)
                view_times.clear()
                views_mod.views_of(document, linter.profile)
                for item in linter.enabled:
                    if item.code.startswith("E"):
                        continue
                    before = sum(view_times.values())
                    severity, options = linter.settings[item.code]
                    ctx = CheckContext(document, item, linter.profile, options, severity)
                    start = time.process_time()
                    with contextlib.suppress(Exception):
                        list(item.func(ctx) or ())
                    spent = time.process_time() - start
                    rows[f"check {item.code}"].append(spent - (sum(view_times.values()) - before))
                for name, spent in view_times.items():
                    rows[f"view {name}"].append(spent)
            for key, values in rows.items():
                values += [0.0] * (repeat - len(values))  # a view some runs did not need
                totals[key] += statistics.median(values) / len(files)
    finally:
        views_mod.view.__get__ = original_get  # type: ignore[method-assign]
    return dict(totals)


def summary(totals: dict[str, float]) -> list[str]:
    """Lines for run.py: the ratio's parts, and what is left of it without the statistics."""
    ms = {k: v * 1000 for k, v in totals.items()}
    stats = sum(ms.get(f"view {v}", 0.0) for v in STATISTICS_VIEWS)
    views = sum(v for k, v in ms.items() if k.startswith("view ")) - stats
    families: dict[str, float] = defaultdict(float)
    for key, value in ms.items():
        if key.startswith("check "):
            families[key[6]] += value
    checks = sum(families.values())
    top = sorted(
        ((k, v) for k, v in ms.items() if k.startswith(("check ", "view "))), key=lambda kv: -kv[1]
    )[:6]
    load = ms.get("python-docx", 0.0) or float("nan")
    whole = ms.get("read", 0.0) + ms.get("lint", 0.0)
    return [
        f"warm lint by part (CPU ms per file, mean of the files): reading {ms.get('read', 0):.1f}"
        f" + statistics views {stats:.1f} + other views {views:.1f} + checks {checks:.1f}"
        f" (engine and the rest {ms.get('lint', 0) - stats - views - checks:.1f})"
        f" = {whole:.1f}; python-docx {load:.1f} (ratio {whole / load:.2f}x,"
        f" {(whole - stats) / load:.2f}x without the statistics views)",
        "  checks by family: "
        + ", ".join(f"{k} {v:.1f}" for k, v in sorted(families.items(), key=lambda kv: -kv[1])),
        "  largest: " + ", ".join(f"{k} {v:.1f}" for k, v in top),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--cprofile", action="store_true", help="also print a cProfile top 40")
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args(argv)
    files = args.files or sorted((ROOT / "fixtures" / "seeds").glob("*.docx"))
    totals = measure(files, args.repeat)
    print(f"{len(files)} files, median of {args.repeat}, mean per file (ms, CPU)")
    for key, value in sorted(totals.items(), key=lambda kv: -kv[1]):
        if value >= 0.00005:
            print(f"{value * 1000:8.2f}  {key}")
    print()
    print("\n".join(summary(totals)))

    if args.cprofile:
        from fazhi_lint import Linter

        linter = Linter()
        profiler = cProfile.Profile()
        for _ in range(args.repeat):
            for path in files:
                profiler.enable()
                linter.lint_path(path)
                profiler.disable()
        stats = pstats.Stats(profiler)
        stats.sort_stats("tottime").print_stats(args.top)
        stats.sort_stats("cumulative").print_stats(args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
