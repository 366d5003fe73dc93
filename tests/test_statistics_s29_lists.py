"""Session 29, coder lists: parts of a report, sub-populations, exact heads of a list, rounded
wholes and slogans whose numeral is fused to their items' word.

1. 「由A、B、C等六个部分组成」 names three of six: 组成 does not close a list ending with 等
   unless its last part is the rest (其他需要报告的事项).
2. A population smaller than another of its paragraph (城镇人口, 出生人口) bounds only the
   people of its group (N206), not the area's others.
3. A whole printed without decimals whose parts carry them was rounded: half a unit either way.
4. 「法律六进」 … 「进机关、进学校…」: a numeral fused to the word each item of a 顿号 run opens
   with counts the run (N203, a warning).
"""

from __future__ import annotations

import pytest
from relation_helpers import findings

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def _severities(text: str, code: str, year: int = 2024) -> list[Severity]:
    return [
        r.severity
        for r in contradictions(analyze_text(text, year))
        if r.code == code and r.severity is not None
    ]


CONTRADICTIONS = [
    # (text, code, severity, words the message must hold)
    # the rest closes a list ending with 等 before 组成: seven parts counted, six named
    (
        "本年度报告由工作概况、主动公开情况、依申请公开情况、复议诉讼情况、存在问题及改进措施、"
        "其他需要报告的事项等七部分组成。",
        "N203",
        Severity.ERROR,
        ("7", "6项"),
    ),
    # the people of a group above the group's population
    (
        "全镇常住人口5.6万人，其中60周岁以上老年人口1.2万人。全年为1.5万名老年人上门送法。",
        "N206",
        Severity.WARNING,
        ("1.5万名", "1.2万人"),
    ),
    # a rounded whole still contradicts parts that miss it by more than half a unit
    (
        "全年财政支出85422万元，其中教育支出30211.4万元，卫生支出25012.2万元，"
        "社保支出30201.6万元。",
        "N101",
        Severity.ERROR,
        ("85425.2万元", "85422万元"),
    ),
    # a fused slogan before its run, one item more listed
    (
        "我镇落实“法律五进”要求，深入推进法律进机关、进学校、进乡村、进社区、进企业、"
        "进军营的宣传活动。",
        "N203",
        Severity.WARNING,
        ("五进", "6项", "进机关"),
    ),
    # a fused slogan after its run, in a later clause
    (
        "组织开展法治“宣讲、宣展、宣演”活动42场，群众称之为“法治四宣”。",
        "N203",
        Severity.WARNING,
        ("四宣", "3项"),
    ),
]


@pytest.mark.parametrize(("text", "code", "severity", "words"), CONTRADICTIONS)
def test_contradiction(text: str, code: str, severity: Severity, words: tuple[str, ...]) -> None:
    found = [m for c, m in findings(text) if c == code]
    assert any(all(w in m for w in words) for m in found), findings(text)
    assert severity in _severities(text, code)


CONSISTENT = [
    # 等 leaves parts unnamed: three of six named, no rest
    ("本年报由工作概况、主动公开情况、依申请公开情况等六个部分组成。", ("N203",)),
    # the twin: six named, the rest last
    (
        "本年度报告由工作概况、主动公开情况、依申请公开情况、复议诉讼情况、存在问题及改进措施、"
        "其他需要报告的事项等六部分组成。",
        ("N203",),
    ),
    # the men are no group of the town's urban people
    (
        "年末户籍人口38.5万人，其中城镇人口11.2万人，占总人口的29.1%；男性19.6万人，"
        "占总人口的50.9%。全年出生人口2812人，死亡人口3106人。",
        ("N206",),
    ),
    # the twin of the old people: fewer than their population
    (
        "全镇常住人口5.6万人，其中60周岁以上老年人口1.2万人。全年为1.1万名老年人上门送法。",
        ("N206",),
    ),
    # a rounded whole: 85425.2 rounds to 85425
    (
        "全年财政支出85425万元，其中教育支出30211.4万元，卫生支出25012.2万元，"
        "社保支出30201.6万元。",
        ("N101", "N102"),
    ),
    # the fused slogans match their runs
    (
        "我镇落实“法律六进”要求，深入推进法律进机关、进学校、进乡村、进社区、进企业、"
        "进军营的宣传活动。",
        ("N203",),
    ),
    ("组织开展法治“宣讲、宣展、宣演”活动42场，群众称之为“法治三宣”。", ("N203",)),
]


@pytest.mark.parametrize(("text", "codes"), CONSISTENT)
def test_consistent_stays_silent(text: str, codes: tuple[str, ...]) -> None:
    assert findings(text, codes=codes) == []
