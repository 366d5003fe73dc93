#!/usr/bin/env python3
"""Where the instructions of a cold ``fazhi-lint check FILE`` go (needs valgrind):
``python benchmarks/instructions_by_phase.py [FILE.docx] [--top N]``.

:mod:`benchmarks.instructions` gives one figure; this one splits it. The command line runs
under callgrind once (after ``--warm`` plain runs that fill the pattern cache and the plugin
index, in a temporary folder as there), with a marker between every two phases: the start
and end of each module's import (reading its bytecode and running it), of each analysis view,
each check, the reading of the file, the text output, the building of the parser and the
loading of the plugins, and of each ``@dataclass`` class creation. The marker is a call of
``os.getppid``, before which callgrind writes its counters (``--dump-before=getppid``); each
stretch between two markers is counted to the innermost phase open then (its *self* cost),
and to every open phase (its *total*). The markers themselves cost a little (the sum is a
few per cent above :mod:`benchmarks.instructions`'s figure). Nothing is asserted.

The table lists: the interpreter's own start (before the first marker), modules by self
cost (with the module, view or check that imported them), views, checks, the other phases,
and the total of dataclass creation.
"""

from __future__ import annotations

# only what the measured process needs before its first marker: the rest in main()
import os
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_FILE = ROOT / "fixtures" / "seeds" / "001-autonum.docx"


def driver(path: str, events_file: str) -> None:
    """The command line with markers (run in the measured process)."""
    import importlib._bootstrap_external as external
    from collections.abc import Callable
    from typing import Any

    mark = os.getppid
    events: list[tuple[str, str]] = []

    def marked(label: str, func: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            events.append(("enter", label))
            mark()
            try:
                return func(*args, **kwargs)
            finally:
                events.append(("exit", label))
                mark()

        return run

    def listing(check: Callable[..., Any]) -> Callable[..., Any]:
        """A check whose findings are listed inside its marks (a check may be a generator)."""

        def run(ctx: Any) -> list[Any]:
            return list(check(ctx) or ())

        return run

    for loader in (external._LoaderBasics, external.ExtensionFileLoader):  # type: ignore[attr-defined]
        original = loader.exec_module

        def exec_module(self: Any, module: Any, _original: Any = original) -> Any:
            return marked(module.__name__, _original)(self, module)

        loader.exec_module = exec_module  # type: ignore[method-assign]

    from fazhi_lint import deferred

    deferred.defer_all()  # as the command line does before its first import of dataclasses
    import dataclasses

    dataclasses._process_class = marked(  # type: ignore[attr-defined]
        "{dataclass}",
        dataclasses._process_class,  # type: ignore[attr-defined]
    )
    events.append(("enter", "<main>"))
    mark()
    sys.argv = ["fazhi-lint", "check", path, "--exit-zero"]
    from fazhi_lint import cli, engine, reporters
    from fazhi_lint.analysis import views

    for name, value in list(vars(views.DocumentViews).items()):
        if isinstance(value, views.view):
            value.func = marked(f"view {name}", value.func)
    original_init = engine.Linter.__init__

    def init(self: Any, *args: Any, **kwargs: Any) -> None:
        marked("[checks loaded, settings]", original_init)(self, *args, **kwargs)
        for item in self.enabled:
            object.__setattr__(item, "func", marked(f"check {item.code}", listing(item.func)))

    engine.Linter.__init__ = init  # type: ignore[method-assign]
    engine.read_path = marked("[reading the file]", engine.read_path)
    cli.build_parser = marked("[parser]", cli.build_parser)
    cli.load_registry = marked("[plugins]", cli.load_registry)
    get_streaming = reporters.get_streaming

    def streaming(name: str) -> Any:
        found = get_streaming(name)
        return None if found is None else marked("[text output]", found)

    reporters.get_streaming = streaming
    cli.main()
    events.append(("exit", "<main>"))
    mark()
    from fazhi_lint import pattern_cache

    pattern_cache.save()  # what the warming runs compiled (os._exit skips the exit functions)
    Path(events_file).write_text("".join(f"{k} {label}\n" for k, label in events), "utf-8")
    os._exit(0)


def _total(path: Path) -> int:
    with path.open(encoding="utf-8", errors="replace") as data:
        for line in data:
            if line.startswith(("summary:", "totals:")):
                return int(line.split()[1])
    return 0


def main(argv: list[str] | None = None) -> int:
    args_list = sys.argv[1:] if argv is None else argv
    if args_list[:1] == ["--driver"] and len(args_list) == 3:
        driver(args_list[1], args_list[2])
        return 0
    import argparse
    import re
    import shutil
    import subprocess
    import tempfile

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", default=str(DEFAULT_FILE))
    parser.add_argument("--top", type=int, default=25, help="rows per table (default 25)")
    parser.add_argument("--warm", type=int, default=2, help="plain runs first (default 2)")
    args = parser.parse_args(args_list)
    if shutil.which("valgrind") is None:
        print("valgrind not found", file=sys.stderr)
        return 2
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["NO_COLOR"] = "1"
    with tempfile.TemporaryDirectory(prefix="fazhi-phases-") as folder:
        env["FAZHI_LINT_PATTERN_CACHE"] = env["FAZHI_LINT_PLUGIN_CACHE"] = folder
        events = os.path.join(folder, "events.txt")
        command = [sys.executable, __file__, "--driver", str(Path(args.file).resolve()), events]
        for _ in range(args.warm):
            subprocess.run(command, env=env, capture_output=True, check=False)
        dumps = Path(folder, "dumps")
        dumps.mkdir()
        subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                "--dump-before=getppid",
                f"--callgrind-out-file={dumps}/cg.%p",
                *command,
            ],
            env=env,
            cwd=folder,
            capture_output=True,
            check=False,
        )
        parts: dict[int, int] = {}
        for dump in dumps.iterdir():
            found = re.fullmatch(r"cg\.\d+\.(\d+)", dump.name)
            if found:
                parts[int(found.group(1))] = _total(dump)
        lines = Path(events).read_text("utf-8").splitlines()
    report([tuple(line.split(" ", 1)) for line in lines], parts, args.top)  # type: ignore[misc]
    return 0


def report(events: list[tuple[str, str]], parts: dict[int, int], top: int) -> None:
    """The tables (dump k + 2 is the stretch after event k; dump 1 comes before any)."""
    own: Counter[str] = Counter()
    total: Counter[str] = Counter()
    importer: dict[str, str] = {}
    stack: list[str] = []
    for k, (kind, label) in enumerate(events):
        if kind == "enter":
            importer.setdefault(label, stack[-1] if stack else "")
            stack.append(label)
        else:
            stack.pop()
        cost = parts.get(k + 2, 0)
        if stack:
            own[stack[-1]] += cost
            for label_open in set(stack):
                total[label_open] += cost
    million = 1e6
    print(f"before the first marker (the interpreter's start): {parts.get(1, 0) / million:.1f} M")
    print(f"from there to the end: {total['<main>'] / million:.1f} M (markers included)")

    def table(title: str, labels: list[str]) -> None:
        rows = sorted(labels, key=lambda label: -own[label])[:top]
        print(f"\n{title}: {sum(own[x] for x in labels) / million:.1f} M self in {len(labels)}")
        for label in rows:
            where = (
                f"  <- {importer.get(label, '')}" if not label.startswith(("view", "check")) else ""
            )
            print(f"  {own[label] / million:7.2f} {total[label] / million:8.2f}  {label}{where}")

    special = ("<", "[", "{", "view ", "check ")
    table("modules (self, total)", [x for x in own if not x.startswith(special)])
    table("views (self, total)", [x for x in own if x.startswith("view ")])
    table("checks (self, total)", [x for x in own if x.startswith("check ")])
    table("other phases (self, total)", [x for x in own if x.startswith(("[", "<"))])
    print(f"\n@dataclass class creation: {total['{dataclass}'] / million:.1f} M in all")


if __name__ == "__main__":
    raise SystemExit(main())
