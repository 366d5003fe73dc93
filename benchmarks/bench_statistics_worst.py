"""Worst-case inputs of the statistics checks (N family): every relation must stay linear.

Usage: ``.venv/bin/python benchmarks/bench_statistics_worst.py [SCALE]``

Each row lints one pathological paragraph (as a .txt report, ``select = ["N"]``) and prints
its size, the time and the characters per second. SCALE (default 1.0) multiplies the sizes;
at 1.0 they are the inputs of issues 11 and 12: 10,000 dates in one paragraph, 5,000 其中
clauses, one paragraph of 431,000 characters, plus 10,000 其余 clauses and 20,000 figures in
one sentence. Nothing is asserted (tests/test_statistics_bounds.py checks that they finish).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from fazhi_lint import Config, lint_bytes  # noqa: E402

SENTENCE = (
    "全年共办理行政复议案件120件，其中维持80件、撤销10件，纠错率8.3%，较上年的100件增长20%，"
    "平均每件约3.2天，共有行政村18个，在全镇21个行政村全部建成。"
)


def inputs(scale: float) -> dict[str, str]:
    def n(count: int) -> int:
        return max(1, int(count * scale))

    return {
        "dates in one paragraph": "".join(
            f"2024年{i % 12 + 1}月{i % 28 + 1}日，" for i in range(n(10_000))
        ),
        "其中 clauses": "".join(
            f"全年受理案件{100 + i}件，其中一审{50 + i}件、二审40件；" for i in range(n(5_000))
        ),
        "one long paragraph": (SENTENCE * n(5_000))[: n(431_000)],
        "其余 clauses": "".join(
            f"受理{i + 20}件，办结{i + 5}件，其余{i}件；" for i in range(n(10_000))
        ),
        "figures in one sentence": "，".join(f"受理{i}件，占{i % 100}%" for i in range(n(20_000))),
    }


def main() -> None:
    scale = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    config = Config(select=("N",))
    print(f"statistics worst cases (scale {scale}), select N, one .txt paragraph each\n")
    print(f"{'input':26} {'chars':>9} {'seconds':>8} {'chars/s':>10} {'findings':>8}")
    for name, text in inputs(scale).items():
        data = ("报告\n" + text + "\n").encode("utf-8")
        start = time.perf_counter()
        result = lint_bytes(data, "worst.txt", config)
        elapsed = time.perf_counter() - start
        print(
            f"{name:26} {len(text):9d} {elapsed:8.2f} {len(text) / elapsed:10.0f} "
            f"{len(result.diagnostics):8d}"
        )


if __name__ == "__main__":
    main()
