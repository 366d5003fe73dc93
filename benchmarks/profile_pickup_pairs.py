#!/usr/bin/env python3
"""Each pair of paragraphs :mod:`fazhi_lint.analysis.relations.pickup` reads together, with
its cost and what it gave: ``python benchmarks/profile_pickup_pairs.py [FILES]``.

One row per pair (most expensive first): CPU ms of the pair's readings (``_across``), the
lengths of the earlier and later paragraph, how many readings ran, how many relations
linking both paragraphs it kept (``kept``), whether the later paragraph has a contradiction
of its own that the readings judge (``own``: otherwise the readings' findings within the
later paragraph are not used), and the openings of both paragraphs. The summary says how
many pairs gave nothing used (no kept relation, no own contradiction) and their share of
the time: the ceiling of any test that skips pairs before reading them. Default files: the
seed .docx files. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    args = parser.parse_args(argv)
    files = args.files or sorted((ROOT / "fixtures" / "seeds").glob("*.docx"))

    from fazhi_lint import Linter
    from fazhi_lint.analysis.relations import analyze, pickup
    from fazhi_lint.analysis.relations.common import Verdict

    linter = Linter()
    for path in files:
        linter.lint_path(path)  # warm-up: imports, pattern caches

    rows: list[tuple[float, int, int, int, int, bool, str, str]] = []
    own: set[int] = set()
    original_across = pickup._across
    original_pickup = analyze.pickup_relations

    def across(earlier: Any, later: Any, lex: Any, judge: Callable[..., Any], within: Any) -> Any:
        calls = [0]

        def counted(bq: Any, lex: Any) -> Any:
            calls[0] += 1
            return judge(bq, lex)

        start = time.process_time()
        out = original_across(earlier, later, lex, counted, within)
        spent = (time.process_time() - start) * 1000
        rows.append(
            (
                spent,
                len(earlier.text),
                len(later.text),
                calls[0],
                len(out),
                later.block in own,
                earlier.text[:16],
                later.text[:16],
            )
        )
        return out

    def pickup_relations(*args: Any, **kwargs: Any) -> Any:
        standalone = kwargs.get("standalone", args[5] if len(args) > 5 else None) or []
        own.clear()
        own.update(
            r.block
            for r in standalone
            if r.verdict is Verdict.CONTRADICTION and r.code not in pickup._OWN_REACH
        )
        return original_pickup(*args, **kwargs)

    pickup._across = across  # type: ignore[assignment]
    analyze.pickup_relations = pickup_relations
    try:
        for path in files:
            linter.lint_path(path)
    finally:
        pickup._across = original_across
        analyze.pickup_relations = original_pickup

    rows.sort(reverse=True)
    print(f"{'ms':>7} {'earlier':>7} {'later':>5} {'reads':>5} {'kept':>4} {'own':>3}  openings")
    for ms, e_len, l_len, n, kept, mine, e_text, l_text in rows:
        print(
            f"{ms:7.2f} {e_len:7d} {l_len:5d} {n:5d} {kept:4d} {'y' if mine else '':>3}  {e_text} | {l_text}"
        )
    total = sum(r[0] for r in rows)
    idle = [r for r in rows if not r[4] and not r[5]]
    idle_ms = sum(r[0] for r in idle)
    print(
        f"\n{len(files)} files, {len(rows)} pairs, {total:.1f} ms; {len(idle)} pairs gave nothing "
        f"used ({idle_ms:.1f} ms, {100 * idle_ms / total if total else 0:.0f} %)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
