#!/usr/bin/env python3
"""What each rule costs in the pair readings of :mod:`fazhi_lint.analysis.relations.pickup`
and which rules give a relation that spans the joint: ``python
benchmarks/profile_pickup_rules.py [PATHS]`` (folders of .docx/.txt/.pdf files, or statistics
case files ``*.toml`` read with :func:`analyze_text`; default: the seed files).

Printed: the pairs read, those keeping a relation that links both paragraphs (and its
codes), the paragraphs' own contradictions the pairs dropped or made warnings, the CPU ms
of each rule of :func:`analyze_block` inside the pair readings, and, by rule and verdict,
the relations spanning the joint before the block's filters — the rules a reading "only of
what can span the joint" would still have to run. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import tomllib

ROOT = Path(__file__).resolve().parents[1]

# the rules analyze_block calls, by the names it imports them under
RULES = (
    "partition_groups",
    "partition_relations",
    "share_relations",
    "unit_slips",
    "flow_relations",
    "member_relations",
    "rate_relations",
    "change_relations",
    "points_relations",
    "shares_of_parts_sum",
    "shares_of_no_count",
    "plausibility_relations",
    "magnitude_relations",
    "containment_relations",
    "missing_units",
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path)
    args = parser.parse_args(argv)
    paths = args.paths or [ROOT / "fixtures" / "seeds"]

    from fazhi_lint import Linter
    from fazhi_lint.analysis.relations import analyze, pickup

    cut: list[int] = []  # the joint of the pair being read (empty outside the pair readings)
    cost: Counter[str] = Counter()
    spanning: Counter[tuple[str, str]] = Counter()
    kept: Counter[str] = Counter()
    judged: Counter[str] = Counter()
    pairs = [0, 0]  # read, keeping a link

    def timed(name: str, rule: Callable[..., Any]) -> Callable[..., Any]:
        def run(*a: Any, **k: Any) -> Any:
            if not cut:
                return rule(*a, **k)
            start = time.process_time()
            found = rule(*a, **k)
            cost[name] += time.process_time() - start
            if name != "partition_groups" and name != "shares_of_parts_sum":
                for rel in found:
                    starts = [rel.span[0]] + [s.start for s in rel.involved]
                    if min(starts) < cut[0] <= max(starts):
                        spanning[(name, rel.verdict.name)] += 1
            return found

        return run

    originals = {name: getattr(analyze, name) for name in RULES}
    for name, rule in originals.items():
        setattr(analyze, name, timed(name, rule))
    original_across = pickup._across
    original_pickup = analyze.pickup_relations

    def across(earlier: Any, later: Any, *rest: Any) -> Any:
        cut.append(len(earlier.text))
        try:
            out = original_across(earlier, later, *rest)
        finally:
            cut.clear()
        pairs[0] += 1
        pairs[1] += bool(out)
        kept.update(r.code for r in out)
        return out

    def pickup_relations(*a: Any, **k: Any) -> Any:
        standalone = k.get("standalone", a[5] if len(a) > 5 else None) or []
        before = {(r.block, r.code, r.span, r.severity) for r in standalone}
        out = original_pickup(*a, **k)
        after = {(r.block, r.code, r.span, r.severity) for r in standalone}
        judged.update(code for _, code, _, _ in before - after)
        return out

    pickup._across = across  # type: ignore[assignment]
    analyze.pickup_relations = pickup_relations
    linter = Linter()
    documents = cases = 0
    try:
        for path in paths:
            files = sorted(path.iterdir()) if path.is_dir() else [path]
            for file in files:
                if file.suffix == ".toml":
                    for case in tomllib.loads(file.read_text(encoding="utf-8")).get("case", []):
                        analyze.analyze_text(case["text"], case.get("report_year"))
                        cases += 1
                elif file.suffix in (".docx", ".txt", ".pdf"):
                    linter.lint_path(file)
                    documents += 1
    finally:
        for name, rule in originals.items():
            setattr(analyze, name, rule)
        pickup._across = original_across
        analyze.pickup_relations = original_pickup

    print(f"{documents} documents, {cases} cases: {pairs[0]} pairs read, {pairs[1]} keeping a link")
    print(f"kept links by code: {dict(kept.most_common())}")
    print(f"own contradictions dropped or made warnings: {dict(judged.most_common())}")
    print("CPU ms of each rule inside the pair readings:")
    for name, spent in cost.most_common():
        print(f"  {name:24s} {spent * 1000:8.1f}")
    print("relations spanning the joint, by rule and verdict (before the block's filters):")
    for (name, verdict), n in spanning.most_common():
        print(f"  {name:24s} {verdict:14s} {n:6d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
