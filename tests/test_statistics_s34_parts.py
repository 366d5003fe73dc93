"""Session 34, coder parts: structures of a whole and its parts that recur on published pages.

1. A statistical bulletin's split by a dimension clause whose items each carry their own change
   and are parted by ；(「分产业看，第一产业增加值…亿元，增长…%；第二产业增加值…；第三产业…」):
   the items are one list, as items each with their own share were (session 14), and the three
   industries split the whole by nature (numbers.toml ``clauses.exhaustive``).
"""

from __future__ import annotations

import pytest
from relation_helpers import findings

CONTRADICTIONS = [
    # (text, code, words the message must hold)
    # three industries with their own changes, one figure too large
    (
        "全年地区生产总值318.40亿元，比上年增长5.1%。分产业看，第一产业增加值40.12亿元，增长3.2%；"
        "第二产业增加值131.66亿元，增长6.0%；第三产业增加值156.62亿元，增长4.9%。",
        "N101",
        ("328.4亿元", "318.40亿元", "40.12亿+131.66亿+156.62亿"),
    ),
    # the same shape in 比上年, one figure too small
    (
        "全年实现地区生产总值512.8亿元，同比增长6.3%。分产业看，第一产业增加值61.5亿元，比上年"
        "增长3.8%；第二产业增加值190.2亿元，比上年增长7.1%；第三产业增加值251.1亿元，比上年增长6.2%。",
        "N102",
        ("502.8亿元", "512.8亿元"),
    ),
]


@pytest.mark.parametrize(("text", "code", "words"), CONTRADICTIONS)
def test_parts_stated_against_their_whole(text: str, code: str, words: tuple[str, ...]) -> None:
    found = [m for c, m in findings(text) if c == code]
    assert found, findings(text)
    assert any(all(w in m for w in words) for m in found), found


CONSISTENT = [
    # the industries add up (within rounding of the printed figures)
    "全年地区生产总值318.40亿元，比上年增长5.1%。分产业看，第一产业增加值40.12亿元，增长3.2%；"
    "第二产业增加值121.66亿元，增长6.0%；第三产业增加值156.62亿元，增长4.9%。",
    "全年实现地区生产总值512.8亿元，同比增长6.3%。分产业看，第一产业增加值61.5亿元，比上年增长"
    "3.8%；第二产业增加值200.2亿元，比上年增长7.1%；第三产业增加值251.1亿元，比上年增长6.2%。",
    # a dimension of no closed classes, the items each with a change: some of the whole only
    "全年受理各类案件5200件，同比增长8.0%。分类型看，民事案件2100件，增长6.1%；行政案件320件，"
    "增长2.0%；执行案件1500件，下降3.2%。",
]


@pytest.mark.parametrize("text", CONSISTENT)
def test_consistent_stays_silent(text: str) -> None:
    assert findings(text, codes=("N101", "N102")) == []
