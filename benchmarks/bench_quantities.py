"""Speed of the statistics analysis: quantity extraction and relations, in characters per second.

Usage: ``.venv/bin/python benchmarks/bench_quantities.py [REPEAT] [FILES...]``

Without FILES it reads the seed reports (../shared/seeds/*.txt). For each file it reports the
median over REPEAT runs (default 20) of

* **extract** — :func:`fazhi_lint.analysis.quantities.extract` over every body block;
* **relations** — extraction plus every relation (:func:`analyze_document`, cache cleared);

and, once, the cost of importing and initialising jieba (which the analysis does not use) for
comparison, measured in a fresh interpreter. Nothing is asserted.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "../shared/seeds"
sys.path.insert(0, str(ROOT))

from fazhi_lint.analysis.quantities import BlockQuantities, extract, load_lexicon  # noqa: E402
from fazhi_lint.analysis.relations import analyze_document  # noqa: E402
from fazhi_lint.model import Block, Document  # noqa: E402
from fazhi_lint.readers import read_path  # noqa: E402


def median_time(func: Callable[[], object], repeat: int) -> float:
    func()  # warm
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def jieba_cost() -> str:
    code = (
        "import time,logging;t=time.perf_counter();import jieba;jieba.setLogLevel(logging.WARNING);"
        "a=time.perf_counter();jieba.initialize();b=time.perf_counter();"
        "print(f'{(a-t)*1000:.0f} ms import + {(b-a)*1000:.0f} ms initialize')"
    )
    try:
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"not measured ({exc})"
    return out.stdout.strip() or f"not available ({out.stderr.strip().splitlines()[-1:]})"


def main() -> None:
    args = sys.argv[1:]
    repeat = int(args.pop(0)) if args and args[0].isdigit() else 20
    files = [Path(a) for a in args] or sorted(SEEDS.glob("*.txt"))
    if not files:
        print("no files (../shared/seeds/*.txt not found)")
        return
    lex = load_lexicon()
    rows = []
    total_chars = total_extract = total_rel = 0.0
    total_q = 0
    for path in files:
        document = read_path(path)
        blocks = [b for b in document.blocks if b.is_body]
        chars = sum(len(b.text) for b in blocks)

        def run_extract(blocks: list[Block] = blocks) -> list[BlockQuantities]:
            return [extract(b.text, b.index, lex) for b in blocks]

        def run_relations(document: Document = document) -> object:
            document.cache.clear()
            return analyze_document(document)

        quantities = sum(len(r.quantities) for r in run_extract())
        t_extract = median_time(run_extract, repeat)
        t_rel = median_time(run_relations, repeat)
        rows.append((path.name[:28], chars, quantities, t_extract, t_rel))
        total_chars += chars
        total_extract += t_extract
        total_rel += t_rel
        total_q += quantities
    print(
        f"{'file':28} {'chars':>7} {'numbers':>7} {'extract ms':>10} {'chars/s':>10} "
        f"{'relations ms':>12} {'chars/s':>10}"
    )
    for name, chars, q, te, tr in rows:
        print(
            f"{name:28} {chars:>7} {q:>7} {te * 1000:>10.2f} {chars / te:>10,.0f} "
            f"{tr * 1000:>12.2f} {chars / tr:>10,.0f}"
        )
    print(
        f"{'all':28} {int(total_chars):>7} {total_q:>7} {total_extract * 1000:>10.2f} "
        f"{total_chars / total_extract:>10,.0f} {total_rel * 1000:>12.2f} "
        f"{total_chars / total_rel:>10,.0f}"
    )
    print(f"(median of {repeat} warm runs; python {sys.version.split()[0]})")
    print(f"jieba, for comparison (not used): {jieba_cost()}")


if __name__ == "__main__":
    main()
