"""False errors on consistent cases, session 36 (s36-quiet): each reading with its twin.

Written for these tests from the general shapes (other bodies, names and figures than the
read sets' cases they generalise)."""

from __future__ import annotations

from relation_helpers import codes, found

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def _n101(text: str) -> list[tuple[Severity, str]]:
    return [(r.severity, r.message) for r in contradictions(analyze_text(text)) if r.code == "N101"]


# --- a split whose first items already add up to the whole: the rest count by another attribute


def test_prefix_adding_up_to_the_whole_makes_the_rest_another_attribute() -> None:
    """「受理投诉520件，其中，首次投诉470件，重复投诉50件，实名投诉130件」: 470+50 = 520 is the
    split by one attribute; 实名 counts the same complaints by another — a warning at most."""
    text = "全年受理投诉520件，其中，首次投诉470件，重复投诉50件，实名投诉130件。"
    (severity, message), *_ = _n101(text)
    assert severity is Severity.WARNING
    assert "650件（470+50+130）" in message and "520件" in message
    assert "列举至50件已恰好合计520件" in message and "130件似按另一口径计数" in message


def test_parts_over_the_whole_with_no_prefix_adding_up_stay_an_error() -> None:
    """The same list with a mistyped figure (470→480): no prefix adds up to the whole."""
    text = "全年受理投诉520件，其中，首次投诉480件，重复投诉50件，实名投诉130件。"
    assert codes(text) == ["N101"]
    (severity, message), *_ = _n101(text)
    assert severity is Severity.ERROR and "660件（480+50+130）" in message


def test_a_later_item_larger_than_the_whole_stays_an_error() -> None:
    """A later item itself over the whole is no subset by another attribute."""
    text = "全年受理投诉520件，其中，首次投诉470件，重复投诉50件，实名投诉530件。"
    severities = [s for s, _ in _n101(text)]
    assert Severity.ERROR in severities


def test_complete_split_stays_silent() -> None:
    text = "全年受理投诉520件，其中，首次投诉470件，重复投诉50件。"
    assert codes(text) == []
    assert found(text) == []
