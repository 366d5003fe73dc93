"""Session 36, coder across: a kind of a thing counted above the whole named as every kind.

「全年共受理各类案件4,120件……。全年共受理行政诉讼案件4,350件」: 各类 names the whole as all
kinds of 案件, and a later sentence's figure of the same verb whose noun narrows that noun
(行政诉讼案件) is one of those kinds. The link is the words alone, so the finding is a warning
naming both figures; a figure named 各类 itself, of another verb, period or body, or counted
elsewhere (累计, 上年) stays silent.

The sentences are written for these tests; none comes from a read set.
"""

from __future__ import annotations

import pytest
from relation_helpers import errors, found


def _every_kind(text: str) -> list[str]:
    return [m for c, m in found(text) if c == "N101" and "各类" in m]


def test_a_kind_above_every_kind_is_a_warning_naming_both_figures() -> None:
    bad = (
        "全年共受理各类信访事项4,120件，办结4,011件。"
        "全年共受理涉法涉诉信访事项4,350件，已全部办结。"
    )
    messages = _every_kind(bad)
    assert messages, found(bad)
    assert "4,350件" in messages[0] and "4,120件" in messages[0]
    assert errors(bad) == []  # inferred from the words: never an error


def test_a_kind_within_every_kind_is_silent() -> None:
    good = (
        "全年共受理各类信访事项4,120件，办结4,011件。"
        "全年共受理涉法涉诉信访事项1,350件，已全部办结。"
    )
    assert _every_kind(good) == []


@pytest.mark.parametrize(
    "text",
    [
        # another verb: what was concluded may include last year's
        "全年共受理各类纠纷案件212件。审结婚姻家庭纠纷案件230件。",
        # counted over years
        "全年共受理各类纠纷案件212件。近三年累计受理婚姻家庭纠纷案件530件。",
        # another body, wider than the whole's
        "区法院全年共受理各类案件2,120件。全市法院受理一审民事案件5,300件。",
        # a figure named every kind of its own (another kind of thing)
        "全年共受理各类刑事案件602件。受理各类民事案件9,305件。",
    ],
)
def test_other_readings_stay_silent(text: str) -> None:
    assert _every_kind(text) == []
