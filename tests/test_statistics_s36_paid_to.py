"""Money paid to a count of people over a span of time, session 36 (s36-units;
relations/magnitude.py ``_per_head`` with ``_paid_to``).

A sum gathered since a date (以来, 近三年, 累计) may be more than one payment to each person,
so the per-head bounds were not read in such a sentence at all. When the count stands right
after 为 in the money's own clause (「为N名农民工追回工资X元」) the sum is what those people
were paid, however long it took: the floor (a 万 left out) and the ceiling (元 written 万元)
of numbers.toml ``magnitude.per-head`` hold, and that count is the one reading among other
counts of people in the sentence.

Every sentence is written for these tests; each verdict derived by hand (arithmetic in the
comment above it)."""

from __future__ import annotations

import pytest
from relation_helpers import findings


def _found(text: str) -> list[tuple[str, str]]:
    return findings(text, codes=("N205",))


SLIPS = [
    # 以来: 1,236.8元 for 845 workers = 1.46元 each, below the 100元 floor (万 left out)
    (
        "今年3月专项行动开展以来，全县共查处欠薪案件42起，为845名农民工追回工资1236.8元。",
        ("1236.8元", "845名", "1.46元"),
    ),
    # 近三年 and an approximate sum: 260余元 (at most 270元) for 1,318 workers, 0.20元 each
    (
        "近三年来，市人社局为1318名劳动者追讨欠薪260余元，处理投诉举报案件530件。",
        ("260余元", "1318名", "0.2"),
    ),
    # 累计 and other counts of people in the sentence (涉及劳动者31,200人): 52,806,400万元 for
    # 6,237 workers is 8,466.63万元 each, above the 100万元 ceiling (元 written 万元)
    (
        "截至11月底，全区累计检查用人单位1460户，涉及劳动者31200人，"
        "为6237名劳动者追发工资待遇52806400万元。",
        ("52806400万元", "6237名", "8466.63万元"),
    ),
]


@pytest.mark.parametrize(("text", "figures"), SLIPS)
def test_paid_to_count_over_a_span_found(text: str, figures: tuple[str, ...]) -> None:
    got = _found(text)
    assert got, text
    message = got[0][1]
    for figure in figures:
        assert figure in message, (figure, message)


FINE = [
    # 1,236.8万元 for 845 workers = 1.46万元 each: within both bounds
    "今年3月专项行动开展以来，全县共查处欠薪案件42起，为845名农民工追回工资1236.8万元。",
    # 260余万元 for 1,318 workers, about 2,000元 each
    "近三年来，市人社局为1318名劳动者追讨欠薪260余万元，处理投诉举报案件530件。",
    # 5,280.64万元 for 6,237 workers: 8,467元 each
    "截至11月底，全区累计检查用人单位1460户，涉及劳动者31200人，"
    "为6237名劳动者追发工资待遇52806400元。",
    # the count is not whom the sum was paid to (no 为 before it): a sum since 2019 over a
    # span, the 86名 only those of this year — no reading
    "2019年以来累计追回工资3.2亿元，今年涉及劳动者86名。",
]


@pytest.mark.parametrize("text", FINE)
def test_paid_to_count_fine(text: str) -> None:
    assert _found(text) == [], text
