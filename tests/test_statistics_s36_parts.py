"""Session 36, coder parts: a split told number first, and a whole inside its scope.

(The branch also added roles and routes to ``clauses.exhaustive`` — 主办/会办/分办, 本级受理 or
自收 beside 上级转办/交办; the lead left them out at the merge: two pages only, and 协办 or a
third route 交办 leaves each open.)

A split told number first (「其中5场为线上活动，3场为线下活动」) names its values after the
figures: the check that the pair is of a narrower set than the whole (``_pair_of_subset``) read
the words before the figure only and raised ValueError on such a list — which dropped every N
finding of the document (the statistics view failed). It reads the words the pair was found in.

A whole inside its scope (「在430件信访举报件中，…」) is named in the message by the words after
it, not by the preposition 在.
"""

from __future__ import annotations

import pytest
from relation_helpers import findings

CONTRADICTIONS = [
    # (text, code, words the message must hold)
    # told number first: the values named after the figures (线上/线下 was there before)
    (
        "全年开展普法宣传活动18场，其中11场为线上活动，5场为线下活动。",
        "N102",
        ("16场", "18场", "11+5"),
    ),
]


@pytest.mark.parametrize(("text", "code", "words"), CONTRADICTIONS)
def test_a_split_by_nature_that_does_not_add_up(
    text: str, code: str, words: tuple[str, ...]
) -> None:
    found = [m for c, m in findings(text) if c == code]
    assert found, findings(text)
    assert any(all(w in m for w in words) for m in found), found


def test_a_whole_inside_its_scope_is_named_by_its_words() -> None:
    text = "去年共接收群众来信312件。在312件群众来信中，网上来信201件，线下来信120件。"
    found = [m for c, m in findings(text) if c == "N101"]
    assert found, findings(text)
    assert any("总数312件（群众来信）" in m and "201+120" in m for m in found), found


CONSISTENT = [
    # the splits above, adding up
    "全年开展普法宣传活动18场，其中13场为线上活动，5场为线下活动。",
    "去年共接收群众来信312件。在312件群众来信中，网上来信201件，线下来信111件。",
    # two of the three roles: the third may be left unnamed
    "共承办人大代表建议40件，其中主办件12件、会办件18件。",
    # a third role beside the pair of roles: 主办/会办/协办 is no set of the data file
    "共承办人大代表建议40件，其中主办件12件、会办件18件、协办件10件。",
    # a partial 其中 list that claims nothing: one route named, the rest left unsaid
    "全年受理信访举报260件，其中上级转办96件。",
    # two routes of a narrower set (a 的-clause the whole does not name)
    "全年受理信访举报260件，其中涉及征地拆迁的本级受理42件、上级转办18件。",
]


@pytest.mark.parametrize("text", CONSISTENT)
def test_a_split_by_nature_that_adds_up_is_silent(text: str) -> None:
    found = [(c, m) for c, m in findings(text) if c in ("N101", "N102")]
    assert not found, found
