#!/usr/bin/env python3
"""Instructions of the warm lint (needs valgrind): ``python benchmarks/instructions_warm.py
[FILES]``.

The figure a busy machine does not move. The files (the seed .docx by default) are linted once
in one process to warm it (imports, pattern caches), then once more under callgrind's count:
a marker call (``os.getppid``, before which callgrind writes its counters:
``--dump-before=getppid``) stands before and after that loop and around each call of
``analyze_document`` (the relations view). Printed per file: the warm lint, the relations view
and python-docx's ``Document()`` load of the same files (counted the same way, with the
collection of the cycles it leaves). Nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _lint(files: list[str], labels_file: str) -> None:
    """The measured process: a warm-up lint, then the marked one."""
    import gc

    import fazhi_lint.analysis.relations as relations
    from fazhi_lint import Linter

    linter = Linter()
    for path in files:
        linter.lint_path(path)
    labels: list[str] = []
    original = relations.analyze_document

    def marked(*args: object, **kwargs: object) -> object:
        labels.append("relations")
        os.getppid()
        try:
            return original(*args, **kwargs)  # type: ignore[arg-type]
        finally:
            labels.append("lint")
            os.getppid()

    relations.analyze_document = marked  # type: ignore[assignment]
    gc.collect()
    labels.append("lint")
    os.getppid()
    for path in files:
        linter.lint_path(path)
    labels.append("end")
    os.getppid()
    Path(labels_file).write_text("\n".join(labels), encoding="utf-8")


def _docx(files: list[str], labels_file: str) -> None:
    import gc

    import docx

    for path in files:
        docx.Document(path)
    gc.collect()
    os.getppid()
    for path in files:
        docx.Document(path)
    gc.collect()
    os.getppid()
    Path(labels_file).write_text("docx\nend", encoding="utf-8")


def _counted(mode: str, files: list[str]) -> dict[str, int]:
    return counted_between_markers(__file__, [f"--run={mode}", *files])


def counted_between_markers(script: str, args: list[str]) -> dict[str, int]:
    """Instructions per label of ``python script args --labels=FILE`` under callgrind (the
    script calls ``os.getppid()`` as a marker and writes the labels): each stretch between
    two markers goes to the label of the marker that opens it."""
    with tempfile.TemporaryDirectory() as folder:
        labels_file = str(Path(folder) / "labels")
        out = str(Path(folder) / "cg.out")
        subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                "--dump-before=getppid",
                f"--callgrind-out-file={out}",
                sys.executable,
                script,
                *args,
                f"--labels={labels_file}",
            ],
            check=True,
            capture_output=True,
        )
        labels = Path(labels_file).read_text(encoding="utf-8").split("\n")
        dumps = sorted(Path(folder).glob("cg.out.*"), key=lambda p: int(p.name.rsplit(".", 1)[1]))
        costs = []
        for dump in dumps:
            with dump.open(encoding="utf-8", errors="replace") as f:
                found = next((m for line in f if (m := _TOTAL_RE.match(line))), None)
            costs.append(int(found.group(1)) if found else 0)
    # dump k holds what ran before marker k: the stretch after marker j is dump j + 1
    totals: dict[str, int] = {}
    for j, label in enumerate(labels[:-1]):
        totals[label] = totals.get(label, 0) + costs[j + 1]
    return totals


_TOTAL_RE = re.compile(r"(?:summary|totals): (\d+)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--run", choices=("lint", "docx"), help=argparse.SUPPRESS)
    parser.add_argument("--labels", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    files = [str(p) for p in (args.files or sorted((ROOT / "fixtures" / "seeds").glob("*.docx")))]
    if args.run == "lint":
        _lint(files, args.labels)
        return 0
    if args.run == "docx":
        _docx(files, args.labels)
        return 0
    lint = _counted("lint", files)
    docx = _counted("docx", files)
    n = len(files)
    relations = lint.get("relations", 0)
    whole = relations + lint.get("lint", 0)
    print(f"{n} files, instructions per file (M)")
    print(f"  warm lint     {whole / n / 1e6:8.1f}")
    print(f"  relations     {relations / n / 1e6:8.1f}")
    print(f"  python-docx   {docx.get('docx', 0) / n / 1e6:8.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
