"""Session 15, cold start (s15-cold2): what the cuts keep exactly as it was."""

from __future__ import annotations

import datetime

from fazhi_lint import civil_date


def test_the_civil_date_is_datetimes_own_class() -> None:
    # the class itself, not a copy: a date made by either is the other's, equal and ordered
    assert civil_date.date is datetime.date
    # 2024-02-29 is a Thursday (2024-01-01 a Monday: 31 + 28 days later, 59 % 7 = 3 → Thursday)
    assert civil_date.date(2024, 2, 29).weekday() == 3
