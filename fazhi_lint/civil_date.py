"""``datetime.date`` without running ``datetime.py``: ``from fazhi_lint import civil_date as dt``.

Why: ``import datetime`` runs that module's pure-Python version (every class and function of
it defined in Python) and only then replaces them with the C module ``_datetime``'s: some
3.5 M instructions of a cold ``fazhi-lint check`` for a module whose Python none of it uses
(see benchmarks/README.md). The checks and analyses need only ``date`` (a calendar day, its
weekday, today), the very class ``datetime.date`` is in CPython: taken from ``_datetime``
where it exists, from ``datetime`` elsewhere (another Python implementation).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import date
else:
    try:
        from _datetime import date
    except ImportError:  # no C module: the standard module as usual
        from datetime import date

__all__ = ["date"]
