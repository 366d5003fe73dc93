#!/usr/bin/env python3
"""Where warm lint time goes: per check and per analysis view, on the seed .docx files.

``python benchmarks/profile_warm.py [FILES] [--repeat N] [--cprofile]``

Each file is read once; then, ``--repeat`` times, its views are dropped and every enabled
check runs on it, timed one by one. A view's time is charged to the first check that uses it
and printed apart (the ``view:`` rows); ``read`` is the reader alone (python-docx and ours).
CPU time (process_time), medians over the repeats, summed over the files. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import pstats
import statistics
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--cprofile", action="store_true", help="also print a cProfile top 40")
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args(argv)
    files = args.files or sorted((ROOT / "fixtures" / "seeds").glob("*.docx"))

    import docx

    from fazhi_lint import Linter
    from fazhi_lint.analysis import views as views_mod
    from fazhi_lint.readers import read_path

    linter = Linter()
    for path in files:
        linter.lint_path(path)  # warm-up: imports, pattern caches

    # time each view where it is computed
    view_times: dict[str, float] = defaultdict(float)
    original_get = views_mod.view.__get__

    inner: list[float] = []  # per open view: the time its inner views took

    def timed_get(self, obj, owner):  # type: ignore[no-untyped-def]
        # a view's own time (the views it uses are charged to them)
        if obj is None or self.name in obj._values:
            return original_get(self, obj, owner)
        start = time.process_time()
        inner.append(0.0)
        try:
            return original_get(self, obj, owner)
        finally:
            spent = time.process_time() - start
            own = spent - inner.pop()
            view_times[self.name] += own
            if inner:
                inner[-1] += spent

    views_mod.view.__get__ = timed_get  # type: ignore[method-assign]

    per_file: dict[str, dict[str, list[float]]] = {}
    for path in files:
        rows: dict[str, list[float]] = defaultdict(list)
        for _ in range(args.repeat):
            start = time.process_time()
            docx.Document(str(path))
            rows["python-docx"].append(time.process_time() - start)
            start = time.process_time()
            document = read_path(path, plugin_readers=linter.registry.readers)
            rows["read"].append(time.process_time() - start)
            view_times.clear()
            start = time.process_time()
            linter.lint_document(document)
            rows["lint (checks+views)"].append(time.process_time() - start)
            # per check, on a fresh document each time so views are charged where first used
            document = read_path(path, plugin_readers=linter.registry.readers)
            view_times.clear()
            views = views_mod.views_of(document, linter.profile)
            for item in linter.enabled:
                if item.code.startswith("E"):
                    continue
                before = dict(view_times)
                severity, options = linter.settings[item.code]
                from fazhi_lint.plugins import CheckContext

                ctx = CheckContext(document, item, linter.profile, options, severity)
                start = time.process_time()
                with contextlib.suppress(Exception):
                    list(item.func(ctx) or ())
                spent = time.process_time() - start
                viewed = sum(view_times[k] - before.get(k, 0.0) for k in view_times)
                rows[f"check {item.code}"].append(spent - viewed)
            for name, spent in view_times.items():
                rows[f"view {name}"].append(spent)
            del views
        per_file[path.name] = {k: v for k, v in rows.items()}

    totals: dict[str, float] = defaultdict(float)
    for rows in per_file.values():
        for key, values in rows.items():
            totals[key] += (
                statistics.median(values)
                if len(values) == args.repeat
                else sum(values) / args.repeat
            )
    n = len(files)
    print(f"{n} files, median of {args.repeat}, mean per file (ms, CPU)")
    for key, value in sorted(totals.items(), key=lambda kv: -kv[1]):
        if value / n >= 0.00005:
            print(f"{value / n * 1000:8.2f}  {key}")
    families: dict[str, float] = defaultdict(float)
    for key, value in totals.items():
        if key.startswith("check "):
            families[key[6]] += value
    print("families:", ", ".join(f"{k} {v / n * 1000:.2f}" for k, v in sorted(families.items())))

    if args.cprofile:
        views_mod.view.__get__ = original_get  # type: ignore[method-assign]
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
