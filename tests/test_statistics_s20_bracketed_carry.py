"""A carried-in figure in a bracket right after the intake (relations/flow.py ``_balance``):
「受理12件（上年结转2件，已办结9件，正在办理3件）」 may hold the carried-in cases within the 12
or add them to it. The balance is reported only when neither reading fits, and then the message
says so; a carried-in figure in a clause of its own is added, as before.

Every sentence is written for these tests; the arithmetic is in the comment above each."""

from __future__ import annotations

import pytest
from relation_helpers import findings

BALANCE = ("N101", "N102")

FITS = [
    # held in: 9 + 3 = 12
    "全年共受理行政复议案件12件（上年结转2件，已办结9件，正在办理3件）。",
    # held in: 118 + 7 = 125
    "2024年区法院受理一审行政案件125件（上年结转11件），审结118件，未结7件。",
    # added: 40 + 8 = 45 + 3
    "全年新收行政复议案件40件（上年结转8件），审结45件，未结3件。",
    # added, in a clause of its own: 36 + 4 = 37 + 3
    "本年度受理行政复议申请36件，上年结转4件，审结37件，尚未审结3件。",
]

WRONG = [
    # neither: 12 + 2 = 14, 12 alone — against 9 + 4 = 13
    ("全年共受理行政复议案件12件（上年结转2件，已办结9件，正在办理4件）。", "13件", True),
    # neither: 40 + 6 = 46, 40 alone — against 43 + 5 = 48
    ("全年新收行政复议案件40件（上年结转6件），审结43件，未结5件。", "48件", True),
    # a clause of its own is added only: 40 + 6 = 46 ≠ 40 + 8 = 48
    ("全年新收行政复议案件40件，上年结转6件，审结40件，未结8件。", "48件", False),
]


@pytest.mark.parametrize("text", FITS)
def test_a_reading_that_fits_is_silent(text: str) -> None:
    assert findings(text, codes=BALANCE) == []


@pytest.mark.parametrize(("text", "went", "bracketed"), WRONG)
def test_no_reading_fits_is_reported_naming_both(text: str, went: str, bracketed: bool) -> None:
    found = findings(text, codes=BALANCE)
    assert [code for code, _ in found] == ["N102"]
    message = found[0][1]
    assert went in message
    assert ("若括号中的结转已含在" in message) is bracketed
