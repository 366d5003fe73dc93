#!/usr/bin/env python3
"""Instructions of each relations rule on one long paragraph and on half of it (needs valgrind):
``python benchmarks/instructions_long.py [CHARS]``.

The paragraph is ``bench_long_paragraph.py``'s (the seed reports' prose run together, default
400,000 characters). In a process warmed on a short report, the paragraph is read and its
quantities extracted uncounted; then the relations view runs under callgrind with a marker
(``os.getppid``, before which callgrind writes its counters) at the entry and the exit of every
rule function the driver calls (``profile_relations.TIMED``, the pair readings included under
their rule's name): each stretch is charged to the innermost rule running, so a row is the
rule's own work. The growth column is about 2 for a rule linear in the paragraph's length,
about 4 for a quadratic one (issue 12: every check linear). Unlike ``profile_relations.py
--long`` (CPU time) the counts do not move with the machine's load. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_long_paragraph import report  # noqa: E402
from instructions_warm import counted_between_markers  # noqa: E402
from profile_relations import TIMED  # noqa: E402


def _run(chars: int, labels_file: str) -> None:
    """The measured process: the relations view of one paragraph, with a marker around each rule."""
    from fazhi_lint import Linter
    from fazhi_lint.analysis.relations import analyze
    from fazhi_lint.analysis.views import views_of
    from fazhi_lint.readers import read_bytes

    linter = Linter()
    linter.lint_bytes(report(2000), "warm.txt")  # imports, pattern caches
    document = read_bytes(report(chars), "long.txt")
    views = views_of(document, linter.profile)
    year, sections = views.statistics_sections
    extracted = views.quantities
    labels: list[str] = []
    stack = ["driver"]

    def marked(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            stack.append(name)
            labels.append(name)
            os.getppid()
            try:
                return func(*args, **kwargs)
            finally:
                stack.pop()
                labels.append(stack[-1])
                os.getppid()

        return wrapped

    for name in TIMED:
        setattr(analyze, name, marked(name, getattr(analyze, name)))
    import gc

    gc.collect()
    labels.append("driver")
    os.getppid()
    analyze.analyze_document(document, year, sections, extracted)
    labels.append("end")
    os.getppid()
    Path(labels_file).write_text("\n".join(labels), encoding="utf-8")


def _counted(chars: int) -> dict[str, int]:
    """Instructions per rule: each stretch between two markers goes to the label of the marker
    that opens it."""
    return counted_between_markers(__file__, [f"--run={chars}"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("chars", nargs="?", type=int, default=400_000)
    parser.add_argument("--run", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--labels", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.run:
        _run(args.run, args.labels)
        return 0
    full, half = _counted(args.chars), _counted(args.chars // 2)
    print(f"one paragraph of {args.chars:,} characters: instructions (M), each rule's own")
    print(f"{'full':>9} {'half':>9} {'growth':>6}")
    print(
        f"{sum(full.values()) / 1e6:9.1f} {sum(half.values()) / 1e6:9.1f} "
        f"{sum(full.values()) / max(1, sum(half.values())):6.1f}  relations (whole view)"
    )
    for key, value in sorted(full.items(), key=lambda kv: -kv[1]):
        if value >= 1e6:
            h = half.get(key, 0)
            growth = f"{value / h:6.1f}" if h else "     -"
            print(f"{value / 1e6:9.1f} {h / 1e6:9.1f} {growth}  {key}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
