"""Session 38 (s38-flow): what one body puts forward and the other body's later stage; an
outcome told with the way it was reached (relations/funnel.py).

* 提出, 提交 are intake words of the funnel (numbers.toml ``funnel.intake``): what one body
  puts forward (提案, 抗诉, 检察建议) the other files or decides on, so in the next clause, one
  comma on, a later stage (立案, 审结, 回复) cannot exceed it. The later figure is the other
  body's and may hold matters put forward before: a warning naming both figures
  (``funnel.put-forward``). After a semicolon, or in a clause opening with a coverb (对…), the
  later figure opens another matter: silent.
* an outcome told done with the verb of the way it was reached before its own verb (「已协调解决」
  「已督促整改」: numbers.toml ``clauses.outcome-verb-leads``) names no thing of its own: it is
  the outcome of the figure of the clause before it.

Every sentence is written for these tests; the arithmetic in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import _contradictions
from relation_helpers import findings as _any

from fazhi_lint.model import Severity

CODES = ("N101", "N102", "N103", "N107")

MISSES = [
    # 提出 214, 立案 221 > 214
    ("本次会议期间，委员和各界别共提出提案214件，经审查立案221件。", "221件", "214件"),
    # 提出 36, 法院审结 41 > 36
    ("全年依法提出民事抗诉36件，法院已审结41件，改变原裁判的占六成。", "41件", "36件"),
    # 提交 58, 回复 63 > 58
    ("向行政机关提交检察建议58件，已回复63件。", "63件", "58件"),
    # 征集 (its own stage word none), 收集 88, 已协调解决 95 > 88
    ("走访企业214家，收集企业困难问题88个，已协调解决95个。", "95个", "88个"),
]

TRAPS = [
    # 立案 205 <= 214
    "本次会议期间，委员和各界别共提出提案214件，经审查立案205件。",
    # a semicolon and a coverb open another matter: its 受理 is not of the 提出 before
    "对裁判监督受理12件，提出再审检察建议4件；对执行活动监督受理9件，提出检察建议5件。",
    # carry-over named: protests of the years before
    "全年提出抗诉36件，法院审结41件（含上年结转抗诉案件8件）。",
    # 已协调解决 80 <= 88
    "走访企业214家，收集企业困难问题88个，已协调解决80个。",
    # another unit: 条 collected, 家 helped
    "收集企业诉求88条，已协调帮助企业95家。",
]


@pytest.mark.parametrize(("text", "later", "earlier"), MISSES)
def test_a_later_stage_above_what_was_put_forward_is_found(
    text: str, later: str, earlier: str
) -> None:
    found = [m for c, m in _any(text) if c in CODES]
    assert len(found) == 1, found
    assert later in found[0] and earlier in found[0], found


@pytest.mark.parametrize("text", TRAPS)
def test_within_what_was_put_forward_or_another_matter_stays_silent(text: str) -> None:
    assert not [c for c, _ in _any(text) if c in CODES]


def test_what_was_put_forward_pairs_as_a_warning() -> None:
    # the other body's figure may hold matters put forward before: an inferred pairing
    rs = [r for r in _contradictions("全年依法提出民事抗诉36件，法院已审结41件。", 2024) if r.code]
    assert [r.severity for r in rs if r.code in CODES] == [Severity.WARNING]
