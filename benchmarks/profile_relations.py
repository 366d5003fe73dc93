#!/usr/bin/env python3
"""Where the ``relations`` view spends, module by module, on the seed .docx files.

``python benchmarks/profile_relations.py [FILES] [--repeat N] [--long CHARS]``

Each file is read afresh for each repeat and its ``quantities`` view computed untimed; then
:func:`fazhi_lint.analysis.relations.analyze_document` runs with every rule function the
driver calls wrapped in a timer. A function's own time (without the timed functions it calls)
is charged to it; the rules run again on two paragraphs read together by :mod:`.pickup` are
charged apart (``pair:`` rows), so the table shows both what each rule costs and what the
pair readings multiply. CPU time (process_time), median over the repeats, mean per file (ms).
Nothing is asserted; ``profile_warm.py`` gives the view's total as the engine runs it.

With ``--long CHARS`` the file is ``bench_long_paragraph.py``'s one paragraph of CHARS
characters, profiled at that size and at half of it: the growth column is about 2 for a rule
linear in the paragraph's length, about 4 for a quadratic one (issue 12).
"""

from __future__ import annotations

import argparse
import functools
import gc
import statistics
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]

# the rule functions the driver calls (names in fazhi_lint.analysis.relations.analyze)
TIMED = (
    "announced_relations",
    "change_relations",
    "containment_relations",
    "containment_across",
    "date_consistency_relations",
    "decision_relations",
    "flow_relations",
    "funnel_relations",
    "magnitude_relations",
    "partition_groups",
    "partition_relations",
    "share_relations",
    "unit_slips",
    "period_relations",
    "missing_units",
    "outcome_relations",
    "paired_list_relations",
    "parallel_relations",
    "plausibility_relations",
    "points_relations",
    "rate_relations",
    "changes_across",
    "rates_across",
    "rest_relations",
    "trend_relations",
    "drop_respective",
    "table_relations",
    "text_table_relations",
    "date_relations",
    "year_relations",
    "member_relations",
    "backref_relations",
    "union_relations",
    "union_rate_relations",
    "signed_relations",
    "titled_relations",
    "draft_relations",
    "parts_past_span",
    "shares_of_parts_sum",
    "shares_of_no_count",
    "extract",
    "map_back",
    "_cut_paragraphs",
)


def measure(files: list[Path], repeat: int) -> dict[str, float]:
    """Seconds per file (mean over the files of the median over ``repeat`` runs) of each
    timed function's own work, ``pickup (own)`` and ``relations`` (the whole driver)."""
    from fazhi_lint import Linter
    from fazhi_lint.analysis import views as views_mod
    from fazhi_lint.analysis.relations import analyze, pickup
    from fazhi_lint.readers import read_path

    linter = Linter()
    for path in files:
        linter.lint_path(path)  # warm-up: imports, pattern caches

    spent: dict[str, float] = defaultdict(float)
    stack: list[list[Any]] = []  # [name, start, time of inner timed calls]
    pairs = [0]  # depth inside pickup's pair readings

    def timer(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(func)
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            label = f"pair:{name}" if pairs[0] and name != "pickup (own)" else name
            frame = [label, time.process_time(), 0.0]
            stack.append(frame)
            try:
                return func(*args, **kwargs)
            finally:
                whole = time.process_time() - frame[1]
                stack.pop()
                spent[label] += whole - frame[2]
                if stack:
                    stack[-1][2] += whole

        return wrapped

    original_pair = analyze._pair_reading

    def pair_reading(*args: Any, **kwargs: Any) -> Any:
        pairs[0] += 1
        try:
            return original_pair(*args, **kwargs)
        finally:
            pairs[0] -= 1

    saved = {name: getattr(analyze, name) for name in TIMED}
    saved_pickup = analyze.pickup_relations
    saved_pickup_extract = (pickup.extract, pickup.extract_joined)
    totals: dict[str, float] = defaultdict(float)
    try:
        for name in TIMED:
            setattr(analyze, name, timer(name, saved[name]))
        analyze.pickup_relations = timer("pickup (own)", saved_pickup)
        analyze._pair_reading = pair_reading
        pickup.extract = timer("pair:extract", saved_pickup_extract[0])
        pickup.extract_joined = timer("pair:extract_joined", saved_pickup_extract[1])
        for path in files:
            rows: dict[str, list[float]] = defaultdict(list)
            for _ in range(repeat):
                document = read_path(path, plugin_readers=linter.registry.readers)
                views = views_mod.views_of(document, linter.profile)
                year, sections = views.statistics_sections
                extracted = views.quantities
                spent.clear()
                gc.collect()
                start = time.process_time()
                analyze.analyze_document(document, year, sections, extracted)
                rows["relations"].append(time.process_time() - start)
                for name, value in spent.items():
                    rows[name].append(value)
            for key, values in rows.items():
                values += [0.0] * (repeat - len(values))
                totals[key] += statistics.median(values) / len(files)
    finally:
        for name, func in saved.items():
            setattr(analyze, name, func)
        analyze.pickup_relations = saved_pickup
        analyze._pair_reading = original_pair
        pickup.extract, pickup.extract_joined = saved_pickup_extract
    return dict(totals)


def long_paragraph(chars: int) -> int:
    """Each rule's own time on one paragraph of ``chars`` characters and of half as many."""
    import sys
    import tempfile

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_long_paragraph import report

    with tempfile.TemporaryDirectory() as tmp:
        runs = []
        for size in (chars, chars // 2):
            path = Path(tmp) / f"long{size}.txt"
            path.write_bytes(report(size))
            runs.append(measure([path], 1))
    full, half = runs
    print(f"one paragraph of {chars:,} characters: CPU ms, own time; growth at twice the size")
    print(f"{'full':>9} {'half':>9} {'growth':>6}")
    for key, value in sorted(full.items(), key=lambda kv: -kv[1]):
        if value >= 0.001:
            h = half.get(key, 0.0)
            growth = f"{value / h:6.1f}" if h else "     -"
            print(f"{value * 1000:9.1f} {h * 1000:9.1f} {growth}  {key}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--long", type=int, metavar="CHARS", help="one long paragraph instead")
    args = parser.parse_args(argv)
    if args.long:
        return long_paragraph(args.long)
    files = args.files or sorted((ROOT / "fixtures" / "seeds").glob("*.docx"))
    totals = measure(files, args.repeat)
    print(f"{len(files)} files, median of {args.repeat}, mean per file (ms, CPU, own time)")
    whole = totals.pop("relations", 0.0)
    parts = sum(totals.values())
    print(f"{whole * 1000:8.2f}  relations (whole driver)")
    for key, value in sorted(totals.items(), key=lambda kv: -kv[1]):
        if value >= 0.00001:
            print(f"{value * 1000:8.2f}  {key}")
    pair = sum(v for k, v in totals.items() if k.startswith("pair:"))
    print(f"\n{pair * 1000:8.2f}  all pair readings (pair: rows)")
    print(f"{(whole - parts) * 1000:8.2f}  driver's own work (analyze_block, analyze_document)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
