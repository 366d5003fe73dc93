"""Time the .docx reader against python-docx's ``Document()`` load (warm, median of N).

Usage: ``.venv/bin/python benchmarks/bench_docx.py [N] [FILES...]``

Without FILES it uses the .docx/.dotx files under fixtures/, or, when there are none, the
real corpus in ../shared/corpus/real/. python-docx only *loads* the package here (no text
extraction), so the ratio is a conservative bound: our ``read()`` also walks every
paragraph, renders numbering, resolves styles and reads headers, notes and comments.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "../shared/corpus/real"


def _files(args: list[str]) -> list[Path]:
    if args:
        return [Path(a) for a in args]
    found = sorted(
        p for p in (ROOT / "fixtures").rglob("*") if p.suffix.lower() in (".docx", ".dotx")
    )
    if not found and CORPUS.is_dir():
        found = sorted(p for p in CORPUS.rglob("*") if p.suffix.lower() in (".docx", ".dotx"))
    return found


def _median(func, repeat: int) -> float:  # type: ignore[no-untyped-def]
    func()  # warm: imports, caches, page cache
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    args = sys.argv[1:]
    repeat = 7
    if args and args[0].isdigit():
        repeat = int(args.pop(0))
    files = _files(args)
    if not files:
        print("no .docx files found (fixtures/ or ../shared/corpus/real/)")
        return

    import docx

    from fazhi_lint.readers import docx as reader
    from fazhi_lint.readers.safety import DEFAULT_LIMITS

    print(f"{'file':44} {'KB':>6} {'paras':>6} {'python-docx':>12} {'ours':>9} {'ratio':>6}")
    total_theirs = total_ours = 0.0
    ratios = []
    for path in files:
        data = path.read_bytes()
        try:
            theirs = _median(lambda path=path: docx.Document(str(path)), repeat)
        except Exception as exc:  # python-docx refuses some valid packages (.dotx)
            theirs = float("nan")
            print(f"  python-docx failed on {path.name}: {type(exc).__name__}")
        ours = _median(
            lambda data=data, path=path: reader.read(data, str(path), DEFAULT_LIMITS), repeat
        )
        document = reader.read(data, str(path), DEFAULT_LIMITS)
        ratio = ours / theirs if theirs == theirs and theirs > 0 else float("nan")
        if ratio == ratio:
            total_theirs += theirs
            total_ours += ours
            ratios.append(ratio)
        name = path.name if len(path.name) <= 44 else path.name[:41] + "..."
        print(
            f"{name:44} {len(data) // 1024:6d} {document.meta['paragraph_count']:6d} "
            f"{theirs * 1000:10.1f}ms {ours * 1000:7.1f}ms {ratio:6.2f}"
        )
    if ratios:
        print(
            f"{'total':44} {'':6} {'':6} {total_theirs * 1000:10.1f}ms {total_ours * 1000:7.1f}ms "
            f"{total_ours / total_theirs:6.2f}   (median ratio {statistics.median(ratios):.2f}, "
            f"max {max(ratios):.2f})"
        )


if __name__ == "__main__":
    main()
