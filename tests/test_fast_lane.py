"""scripts/fast_lane.py (make test-fast): the lane's modules in shares, each module in one."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from conftest import SLOW_MODULES

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "fast_lane.py"


def _load():
    spec = importlib.util.spec_from_file_location("fast_lane", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


lane = _load()


def test_the_lane_is_every_test_module_but_the_slow_ones() -> None:
    modules = lane.lane_modules()
    names = {p.stem for p in modules}
    assert len(names) == len(modules)
    assert not names & SLOW_MODULES
    every = {p.stem for p in Path(__file__).parent.glob("test_*.py")}
    assert names == every - SLOW_MODULES
    assert "test_fast_lane" in names


def test_shares_take_the_heaviest_first_onto_the_lightest(tmp_path: Path) -> None:
    paths = {name: tmp_path / name for name in ("a.py", "b.py", "c.py", "d.py", "e.py")}
    for path in paths.values():
        path.write_text("")
    seconds = {"a.py": 5.0, "b.py": 4.0, "c.py": 3.0, "d.py": 2.0, "e.py": 1.0}
    # a 5 -> first; b 4 -> second; c 3 -> second (4 < 5: 7); d 2 -> first (5 < 7: 7);
    # e 1 -> first (7 = 7, the first of the lightest: 8)
    first, second = lane.shares(list(paths.values()), seconds, 2)
    assert [p.name for p in first] == ["a.py", "d.py", "e.py"]
    assert [p.name for p in second] == ["b.py", "c.py"]
    # one share per core, never an empty one
    assert lane.shares([paths["a.py"]], seconds, 2) == [[paths["a.py"]]]


def test_a_module_never_timed_weighs_its_size(tmp_path: Path) -> None:
    big, small, timed = tmp_path / "big.py", tmp_path / "small.py", tmp_path / "timed.py"
    big.write_text("x" * lane.BYTES_PER_SECOND * 3)  # 3 s
    small.write_text("x" * lane.BYTES_PER_SECOND)  # 1 s
    timed.write_text("")
    # big 3 -> first; timed 2.5 -> second; small 1 -> second (2.5 < 3: 3.5)
    first, second = lane.shares([small, big, timed], {"timed.py": 2.5}, 2)
    assert first == [big]
    assert second == [small, timed]
