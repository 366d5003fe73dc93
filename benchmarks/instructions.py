#!/usr/bin/env python3
"""Cold start in instructions, which do not depend on how busy the machine is:
``python benchmarks/instructions.py [FILE.docx]`` (needs valgrind).

It counts the instructions (callgrind, every process summed) of

* ``fazhi-lint check FILE --exit-zero`` (the CLI beside this interpreter);
* ``python -c "import docx; docx.Document(FILE)"`` (the cold python-docx anchor of issue 12);
* ``python -c pass`` (the interpreter alone),

each once after ``--warm`` plain runs that fill the caches (the pattern cache and the plugin
index, kept in a temporary folder of their own unless ``--user-cache``: the user cache
folder holds what every checkout on the machine compiled). Bytecode is written and read as
on a user's machine (PYTHONDONTWRITEBYTECODE is dropped). Nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_FILE = ROOT / "fixtures" / "seeds" / "001-autonum.docx"
TARGET_RATIO = 1.5  # issue 12: cold CLI within 1.5x a cold python-docx load


def instructions(command: list[str], env: dict[str, str]) -> int:
    """Instructions of ``command`` and its children, summed over callgrind's files."""
    with tempfile.TemporaryDirectory(prefix="fazhi-callgrind-") as folder:
        out = os.path.join(folder, "cg.%p")
        subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                "--trace-children=yes",
                f"--callgrind-out-file={out}",
                *command,
            ],
            env=env,
            cwd=folder,
            capture_output=True,
            check=False,
        )
        total = 0
        for name in os.listdir(folder):
            with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as data:
                for line in data:
                    if line.startswith(("summary:", "totals:")):
                        total += int(line.split()[1])
                        break
        return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", default=str(DEFAULT_FILE))
    parser.add_argument("--warm", type=int, default=2, help="plain runs first (default 2)")
    parser.add_argument("--user-cache", action="store_true", help="the user cache folder")
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("valgrind not found: no instruction counts", file=sys.stderr)
        return 2
    bindir = Path(sys.executable).parent
    cli = shutil.which("fazhi-lint", path=str(bindir)) or shutil.which("fazhi-lint")
    if cli is None:
        print("fazhi-lint not found beside this interpreter", file=sys.stderr)
        return 2
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["NO_COLOR"] = "1"
    with tempfile.TemporaryDirectory(prefix="fazhi-cache-") as cache:
        if not args.user_cache:
            env["FAZHI_LINT_PATTERN_CACHE"] = env["FAZHI_LINT_PLUGIN_CACHE"] = cache
        commands = {
            "fazhi-lint check FILE": [cli, "check", args.file, "--exit-zero"],
            "python-docx Document(FILE)": [
                sys.executable,
                "-c",
                "import sys, docx; docx.Document(sys.argv[1])",
                args.file,
            ],
            "python -c pass": [sys.executable, "-c", "pass"],
        }
        counts = {}
        for label, command in commands.items():
            for _ in range(args.warm):
                subprocess.run(command, env=env, capture_output=True, check=False)
            counts[label] = instructions(command, env)
    print(f"instructions (callgrind), {Path(args.file).name}, Python {sys.version.split()[0]}")
    for label, count in counts.items():
        print(f"  {label:28} {count / 1e6:8.0f} M")
    docx = counts["python-docx Document(FILE)"]
    ratio = counts["fazhi-lint check FILE"] / docx if docx else float("nan")
    verdict = "met" if ratio <= TARGET_RATIO else "NOT met"
    print(f"  cold CLI / cold python-docx  {ratio:8.2f}x  (target <= {TARGET_RATIO}x: {verdict})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
