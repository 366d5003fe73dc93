#!/usr/bin/env python3
"""Same findings before and after a change that must not change them (e.g. a speed-up).

    python scripts/same_findings.py save before.json     # on the old code
    python scripts/same_findings.py save after.json      # on the new code
    python scripts/same_findings.py diff before.json after.json

``save`` runs ``fazhi-lint check ../shared/seeds ../shared/corpus/real fixtures --format json
--jobs 1`` (other paths may be given after the output file) and keeps its JSON; ``diff``
prints every finding only one side has (code, path, location, message) and exits 1 when
there is any. Timing-dependent fields are left out of the comparison.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_PATHS = ["../shared/seeds", "../shared/corpus/real", "fixtures"]


def save(output: str, paths: list[str]) -> int:
    command = [
        str(Path(sys.executable).with_name("fazhi-lint")),
        "check",
        *(paths or DEFAULT_PATHS),
        "--format",
        "json",
        "--jobs",
        "1",
        "--exit-zero",
    ]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        print(done.stderr, file=sys.stderr)
        return done.returncode
    Path(output).write_text(done.stdout, encoding="utf-8")
    data = json.loads(done.stdout)
    files = data["files"] if isinstance(data, dict) else data
    print(f"{len(files)} files, {sum(len(f['diagnostics']) for f in files)} findings -> {output}")
    return 0


def _findings(path: str) -> set[str]:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    files = data["files"] if isinstance(data, dict) else data
    found = set()
    for item in files:
        for d in item["diagnostics"]:
            found.add(json.dumps({"file": item["path"], **d}, ensure_ascii=False, sort_keys=True))
        found.add(json.dumps({"file": item["path"], "meta": item.get("meta")}, sort_keys=True))
    return found


def diff(before: str, after: str) -> int:
    old, new = _findings(before), _findings(after)
    for line in sorted(old - new):
        print("- " + line[:300])
    for line in sorted(new - old):
        print("+ " + line[:300])
    print(f"{len(old)} before, {len(new)} after, {len(old - new)} gone, {len(new - old)} new")
    return 1 if old != new else 0


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "save":
        return save(argv[1], argv[2:])
    if len(argv) == 3 and argv[0] == "diff":
        return diff(argv[1], argv[2])
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
