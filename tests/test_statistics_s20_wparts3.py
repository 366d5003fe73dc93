"""Session 20 (s20-wparts, third coder): splits that exhaust their whole by nature, and a
table's row pasted as text.

* a bracket listing what came in this year and what was carried over (「审理的2118件（包括
  2016年受理的1968件和上年结转的105件）」) is all of its figure: the 上年 names an origin, no
  comparison (numbers.toml ``clauses.origin-splits``; relations/partition.py
  ``_bracket_origin_split``);
* 主办/协办 (or 承办/协办) are the two roles a body takes in a suggestion or proposal: a split
  of the figure before them that exhausts it (``clauses.exhaustive``);
* a number right after a unit in brackets (「合计（宗）144」) takes that unit, and a 合计 printed
  after its items adds them as listed, whatever kinds of penalty one decision combines;
* a sentence opened by 其中 draws its shares from the last figure before that is at least each
  of its parts (not 转为意见和建议51件 for classes of 136 and 131).

Every sentence is written for these tests; the arithmetic in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import errors, findings


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # 1500+120 = 1620 != 1600
        (
            "全年审理行政复议案件1600件（包括本年受理的1500件和上年结转的120件），已审结1540件。",
            "1620",
        ),
        # 860+35 = 895 != 905
        (
            "2023年共审理行政复议案件905件（包括2023年受理的860件和上年结转的35件），审结率为95%。",
            "895",
        ),
        # 40+12 = 52 > 48
        ("今年共承办人大代表建议48件（其中主办40件，协办12件），均已按期答复。", "52"),
        # 22+3 = 25 < 28: 主办/协办 is all
        ("我局承办政协提案28件（主办22件、协办3件），办复率100%。", "25"),
        # 19+9 = 28 > 26
        ("我委共接收建议提案26件（其中承办19件，协办9件），全部办理完毕。", "28"),
        # 12+40+18 = 70 > 66
        (
            "行政处罚实施情况统计表：警告12宗，罚款40宗，行政拘留18宗，合计（宗）66，罚没金额（万元）3.2。",
            "70",
        ),
        # 5+80+7 = 92 != 90
        ("行政处罚统计：警告5宗，罚款80宗，没收违法所得7宗，合计(宗)90。", "92"),
        # 300+45 = 345 > 340
        ("全年办理复议案件340件（包括2024年受理的300件和上年结转的45件）。", "345"),
    ],
)
def test_exhausting_split_found(text: str, shown: str) -> None:
    found = [m for code, m in errors(text) if code in ("N101", "N102")]
    assert found and any(shown in m for m in found), errors(text)


@pytest.mark.parametrize(
    "text",
    [
        # 1480+120 = 1600
        "全年审理行政复议案件1600件（包括本年受理的1480件和上年结转的120件），已审结1540件。",
        # 40+8 = 48
        "今年共承办人大代表建议48件（其中主办40件，协办8件），均已按期答复。",
        # 25+3 = 28
        "我局承办政协提案28件（主办25件、协办3件），办复率100%。",
        # 12+40+14 = 66
        "行政处罚实施情况统计表：警告12宗，罚款40宗，行政拘留14宗，合计（宗）66，罚没金额（万元）3.2。",
        # 较上年 in a bracket is a comparison: no split
        "审结案件320件（较上年增加20件），结案率96%。",
        # a 协办 figure beside a whole of other things: no split of 承办单位
        "交由28个单位承办，其中协办单位9个。",
        # the classes are of 立案 349, not of 51
        "经初步审查，立案349件，转为意见和建议51件，立案率87.2%。其中，经济建设类136件，占39%；"
        "政治建设类25件，占7.2%；社会建设类131件，占37.5%。",
        # 其中 of the last figure: 40÷200 = 20%
        "共收到建议200件。其中，交通类40件，占20%。",
    ],
)
def test_consistent_silent(text: str) -> None:
    assert [c for c, _ in findings(text) if c.startswith("N1")] == [], findings(text)
