"""One paragraph of 400,000 characters: the time of each check on it (issue 12).

Usage: ``.venv/bin/python benchmarks/bench_long_paragraph.py [CHARS] [--half]``

The paragraph is the bundled seed reports' prose (``fixtures/seeds/*.txt``, figures, dates,
quotes and all) run together without a paragraph break, cut at CHARS (default 400,000),
after a title and one heading, as a .txt report. Each shared analysis (outline, debris,
quantities, relations) is timed on its own first, then every check with those cached, so a
row is the check's own work. Rows above 0.5 s are marked; with ``--half`` each row also gives
the time at half the size and the growth (about 2: linear; about 4: quadratic). Nothing is
asserted (tests/test_hostile_inputs.py and tests/test_statistics_bounds.py bound the work).
"""

from __future__ import annotations

import functools
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from fazhi_lint import Linter  # noqa: E402
from fazhi_lint.plugins import CheckContext  # noqa: E402
from fazhi_lint.readers import read_bytes  # noqa: E402

LIMIT = 0.5  # seconds per check (issue 12)


def paragraph(chars: int) -> str:
    lines = [
        line.strip()
        for path in sorted((ROOT / "fixtures" / "seeds").glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()[1:]
        if len(line.strip()) > 30
    ]
    prose = "".join(lines) or "全年共办理行政复议案件120件，其中维持80件。"
    return (prose * (chars // len(prose) + 1))[:chars]


def report(chars: int) -> bytes:
    title = "某市司法局关于2023年法治政府建设情况的报告"
    return f"{title}\n一、主要工作\n{paragraph(chars)}\n".encode()


def _run(func: Callable[[CheckContext], object], context: CheckContext) -> None:
    list(func(context) or ())  # type: ignore[call-overload]


def timings(linter: Linter, data: bytes) -> dict[str, float]:
    from fazhi_lint.analysis.views import clean_blocks, outline_of, quantities_of, views_of

    out: dict[str, float] = {}

    def timed(name: str, func: Callable[[], object]) -> None:
        start = time.perf_counter()
        func()
        out[name] = time.perf_counter() - start

    start = time.perf_counter()
    document = read_bytes(data, "long.txt")
    out["(read)"] = time.perf_counter() - start
    timed("(outline)", lambda: outline_of(document, linter.profile))
    timed("(debris)", lambda: clean_blocks(document))
    timed("(quantities)", lambda: quantities_of(document))
    timed("(relations)", lambda: views_of(document, linter.profile).relations)
    for item in linter.enabled:
        if item.code.startswith("E"):
            continue
        severity, options = linter.settings[item.code]
        context = CheckContext(document, item, linter.profile, options, severity)
        timed(item.code, functools.partial(_run, item.func, context))
    return out


def main(argv: list[str]) -> None:
    chars = int(next((a for a in argv if a.isdigit()), 400_000))
    half = "--half" in argv
    linter = Linter()
    linter.lint_bytes(report(2000), "warm.txt")
    full = timings(linter, report(chars))
    halves = timings(linter, report(chars // 2)) if half else {}
    print(f"one paragraph of {chars:,} characters (.txt), each check with the analyses cached\n")
    print(f"{'check':14} {'seconds':>8}" + (f" {'half':>8} {'growth':>6}" if half else ""))
    slowest = sorted(full.items(), key=lambda kv: -kv[1])
    for name, seconds in slowest[:15]:
        extra = ""
        if half:
            h = halves.get(name, float("nan"))
            extra = f" {h:8.3f} {seconds / h if h else float('nan'):6.1f}"
        flag = "  OVER" if seconds > LIMIT and not name.startswith("(") else ""
        print(f"{name:14} {seconds:8.3f}{extra}{flag}")
    over = [n for n, s in full.items() if s > LIMIT and not n.startswith("(")]
    print(
        f"\n  every check under {LIMIT} s: {'met' if not over else 'NOT met: ' + ', '.join(over)}"
    )
    print(f"  total {sum(full.values()):.2f} s (with reading and the shared analyses)")


if __name__ == "__main__":
    main(sys.argv[1:])
