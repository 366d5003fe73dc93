"""Findings before and after a refactoring: take a snapshot, then compare against it.

    python scripts/findings_snapshot.py take  snapshot.json   # on the base commit
    python scripts/findings_snapshot.py check snapshot.json   # after each step: exit 1 on change

It runs ``fazhi-lint check ../shared/seeds ../shared/corpus/real fixtures --format json
--jobs 1`` (the paths may be given with ``--paths``) and keeps, per file, every finding's
code, severity, place and message, sorted, so that a pure refactoring shows no difference.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PATHS = ("../shared/seeds", "../shared/corpus/real", "fixtures")


def findings(paths: list[str]) -> dict[str, list[list[Any]]]:
    """``{path: [[code, severity, line, column, message], …]}`` from the CLI's JSON output."""
    command = [
        sys.executable,
        "-m",
        "fazhi_lint",
        "check",
        *paths,
        "--format",
        "json",
        "--jobs",
        "1",
        "--exit-zero",
    ]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, encoding="utf-8")
    if done.returncode not in (0, 1):
        raise SystemExit(f"fazhi-lint failed ({done.returncode}):\n{done.stderr}")
    data = json.loads(done.stdout)
    files = data["files"] if isinstance(data, dict) else data
    result: dict[str, list[list[Any]]] = {}
    for item in files:
        rows = [
            [
                d["code"],
                d["severity"],
                (d.get("location") or {}).get("line"),
                (d.get("location") or {}).get("column"),
                d["message"],
            ]
            for d in item["diagnostics"]
        ]
        result[item["path"]] = sorted(rows, key=lambda r: json.dumps(r, ensure_ascii=False))
    return dict(sorted(result.items()))


def compare(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    lines: list[str] = []
    for path in sorted(set(before) | set(after)):
        old = [json.dumps(r, ensure_ascii=False) for r in before.get(path, [])]
        new = [json.dumps(r, ensure_ascii=False) for r in after.get(path, [])]
        if path not in after:
            lines.append(f"- file gone: {path}")
        elif path not in before:
            lines.append(f"+ new file: {path}")
        for row in sorted(set(old) - set(new)):
            lines.append(f"- {path}: {row}")
        for row in sorted(set(new) - set(old)):
            lines.append(f"+ {path}: {row}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("action", choices=("take", "check"))
    parser.add_argument("snapshot", type=Path)
    parser.add_argument("--paths", nargs="+", default=list(DEFAULT_PATHS))
    args = parser.parse_args(argv)
    now = findings(args.paths)
    total = sum(len(v) for v in now.values())
    if args.action == "take":
        args.snapshot.write_text(json.dumps(now, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"{len(now)} files, {total} findings -> {args.snapshot}")
        return 0
    before = json.loads(args.snapshot.read_text(encoding="utf-8"))
    changes = compare(before, now)
    for line in changes:
        print(line)
    print(f"{len(now)} files, {total} findings; {len(changes)} differences")
    return 1 if changes else 0


if __name__ == "__main__":
    raise SystemExit(main())
