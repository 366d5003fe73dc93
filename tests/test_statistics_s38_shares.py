"""Session 38, coder units: shares of a complete split told part by part (issue 9).

1. A share whose 占… is left out after the first share named it (「第一产业增加值占地区生产
   总值比重为34.9%，第二产业增加值比重为15.2%」) takes the whole named there when its words are
   parallel to the first share's (partition ``share_relations``, ``_ELIDED_SHARE_RE``).
2. A part's growth told in its own clause before its share (「…；第二产业增加值7311.44亿元，增长
   4.4%，占地区生产总值的比重为35.0%」) does not end the list of shares; the parts are named at
   the head of their clauses (``_GROWTH_END_RE``, ``_clause_heads``). A list read across such a
   growth is judged only when it is a complete split.
"""

from __future__ import annotations

import pytest
from relation_helpers import findings

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity

CODES = ("N101", "N102", "N104")


def _found(text: str) -> list[tuple[str, Severity | None, str]]:
    return [
        (r.code, r.severity, r.message)
        for r in contradictions(analyze_text(text, 2024))
        if r.code in CODES
    ]


# (contradiction, its consistent twin, figures the message names)
PAIRS = [
    (  # 1: the whole named by the first share only
        "全县第一产业增加值占全县生产总值比重为21.4%，第二产业增加值比重为33.2%，"
        "第三产业增加值比重为47.3%。",
        "全县第一产业增加值占全县生产总值比重为21.4%，第二产业增加值比重为31.3%，"
        "第三产业增加值比重为47.3%。",
        ("21.4%", "33.2%", "47.3%", "101.9%"),
    ),
    (  # 1: 的比重, traditional characters
        "第一產業增加值佔全市生產總值的比重為6.2%，第二產業增加值的比重為40.1%，"
        "第三產業增加值的比重為55.6%。",
        "第一產業增加值佔全市生產總值的比重為6.2%，第二產業增加值的比重為38.2%，"
        "第三產業增加值的比重為55.6%。",
        ("6.2%", "40.1%", "55.6%", "101.9%"),
    ),
    (  # 2: each part's figure and growth before its share
        "分产业看，第一产业增加值96.4亿元，增长4.1%，占全市生产总值的比重为8.0%；第二产业增加值"
        "518.7亿元，下降1.2%，占全市生产总值的比重为45.1%；第三产业增加值596.5亿元，增长5.3%，"
        "占全市生产总值的比重为49.3%。",
        "分产业看，第一产业增加值96.4亿元，增长4.1%，占全市生产总值的比重为8.0%；第二产业增加值"
        "518.7亿元，下降1.2%，占全市生产总值的比重为42.7%；第三产业增加值596.5亿元，增长5.3%，"
        "占全市生产总值的比重为49.3%。",
        ("8.0%", "45.1%", "49.3%", "102.4%"),
    ),
]


@pytest.mark.parametrize(("text", "twin", "figures"), PAIRS)
def test_complete_split_of_shares(text: str, twin: str, figures: tuple[str, ...]) -> None:
    hits = [(s, m) for c, s, m in _found(text) if c == "N102"]
    assert any(s is Severity.ERROR and all(f in m for f in figures) for s, m in hits), _found(text)
    assert not findings(twin, 2024, CODES), _found(twin)


def test_elided_share_of_another_kind_stays_silent() -> None:
    # 比重 with nothing parallel to the first share's words: its own measure, no sibling
    text = "工业增加值占全县生产总值比重为61.5%，城镇化率达48.2%，居民消费比重为52.3%。"
    assert not findings(text, 2024, CODES), _found(text)


def test_shares_of_separate_targets_across_growth_stay_silent() -> None:
    # each part's share of its own target, read across its growth: no complete split, no sum
    text = (
        "上半年发生较大事故210起，同比增加12起，上升6.1%，占全年控制指标的51.2%；"
        "重大事故18起，同比增加4起，上升28.6%，占全年控制指标的62.0%。"
    )
    assert not findings(text, 2024, CODES), _found(text)
