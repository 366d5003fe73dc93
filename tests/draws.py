"""How many random inputs a differential guard draws: all of them in the full suite (``make
test``, CI), the first quarter of the same sequence in the fast lane (``make test-fast``, ``-m
"not slow"``).

The guards compare a shortcut with the long way it replaced on thousands of random texts
(sessions 12-24); together they were some 14 CPU s of the lane's ~60. The lane still runs
every guard on the first inputs of its seed, so a shortcut that breaks on common inputs fails
there; the full suite draws every input, as before.
"""

from __future__ import annotations

# set by tests/conftest.py from the run's marker expression
FULL = True
LANE_SHARE = 4


def draws(count: int) -> int:
    """The number of inputs to draw of a guard's ``count``."""
    return count if FULL else max(1, count // LANE_SHARE)
