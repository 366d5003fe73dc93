"""Session 20 (s20-yoyrates, continued): four readings of published court statistics.

* A share that names its whole by a stage of the case flow (占…审结案件总数的) is not over a
  figure of another stage (新收5730件) — relations/rates.py ``_other_stage``.
* A concluded figure over what newly came in (新收), no carry-in stated: the closure rate is
  over 新收 + 旧存, so it may be lower than 审结 ÷ 新收, never higher —
  relations/rates.py ``_intake_bounded_check``.
* 不捕 after 批准逮捕 counts the not-doing of the same act: the two summed are a base even
  when the earlier is the larger (不捕率 = 不捕 ÷ (批捕 + 不捕)) — rates.py ``_negated_sibling``.
* A 分别 list of changes pairs item by item with the clause opening with the year it compares
  with — relations/year_pairs.py.

Every sentence is written for these tests; the arithmetic in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import errors, findings

WRONG = [
    # 结案 812 over 新收 1000 is at most 81.2%: 86.5% is impossible whatever the 旧存
    (
        "全年全院新收各类案件1000件，同比上升6.3%；审结812件，同比上升4.1%；结案率为86.5%。",
        "N104",
        ("812", "1000", "81.2"),
    ),
    # 审结 3650 over 新收 4100 is at most 89.0%: 91.3% cannot be
    (
        "该院上半年新收案件4100件，审结3650件，结案率91.3%，同比提高2.1个百分点。",
        "N104",
        ("3650", "4100", "89"),
    ),
    # 不捕 180 over 批捕 320 + 不捕 180 = 500: 36%, not 39%
    ("全年共批准逮捕320人，不捕180人，不捕率39%。", "N104", ("180", "36")),
    # 不批准逮捕 45 over 155 + 45 = 200: 22.5%, not 25.5%
    ("区检察院批准逮捕155人，不批准逮捕45人，不捕率25.5%。", "N104", ("45", "22.5")),
    # 2023 → 2024: 420 → 483 is +15.0%; 36 → 45 is +25.0%, not 35%
    (
        "2023年全区办理行政复议案件420件，纠错36件；2024年全区办理行政复议案件483件，纠错45件，"
        "同比分别增长15%和35%。",
        "N108",
        ("45", "36", "25"),
    ),
    # 2022 → 2023: 2600 → 2860 is +10.0%, not 12%
    (
        "2022年，市中院受理案件2600件，审结2400件；2023年，市中院受理案件2860件，审结2712件，"
        "比2022年分别上升12%和13%。",
        "N108",
        ("2860", "2600", "10"),
    ),
    # a fall: 980 → 882 is −10.0%; 75 → 60 is −20.0%, not 25%
    (
        "2023年全县受理信访事项980件，办结75件；2024年全县受理信访事项882件，办结60件，"
        "同比分别下降10%和25%。",
        "N108",
        ("60", "75", "20"),
    ),
    # 审结 270 over 审结总数 500 = 54%, not 58% (the 新收 figure is not that whole)
    (
        "全市法院审结案件500件。其中，行政审判庭新收案件300件，占全市新收案件总数的40%；"
        "审结270件，占全市审结案件总数的58%。",
        "N104",
        ("270", "500"),
    ),
]

FINE = [
    # 结案率 over 新收 + 旧存 (旧存 unsaid): 80.3% ≤ 812 ÷ 1000 = 81.2%
    "全年全院新收各类案件1000件，同比上升6.3%；审结812件，同比上升4.1%；结案率为80.3%。",
    # 71.5% ≤ 3650 ÷ 4100 = 89.0%
    "该院上半年新收案件4100件，审结3650件，结案率71.5%，同比提高2.1个百分点。",
    # 180 ÷ 500 = 36%
    "全年共批准逮捕320人，不捕180人，不捕率36%。",
    # 45 ÷ 200 = 22.5%
    "区检察院批准逮捕155人，不批准逮捕45人，不捕率22.5%。",
    # 420 → 483 +15%, 36 → 45 +25%
    "2023年全区办理行政复议案件420件，纠错36件；2024年全区办理行政复议案件483件，纠错45件，"
    "同比分别增长15%和25%。",
    # 2600 → 2860 +10%, 2400 → 2712 +13%
    "2022年，市中院受理案件2600件，审结2400件；2023年，市中院受理案件2860件，审结2712件，"
    "比2022年分别上升10%和13%。",
    # the share of 审结 is over the unsaid 审结 total, not over 新收 300: 270 ÷ 300 = 90% is no reading
    "2024年，行政审判庭新收案件300件，占全市新收案件总数的40%；审结270件，占全市审结案件总数的"
    "45%。",
    # 旧存 stated: 审结 ÷ (新收 + 旧存) = 900 ÷ (1000 + 125) = 80%
    "全年新收案件1000件，旧存125件，审结900件，结案率80%。",
    # a fall: 980 → 882 −10%, 75 → 60 −20%
    "2023年全县受理信访事项980件，办结75件；2024年全县受理信访事项882件，办结60件，"
    "同比分别下降10%和20%。",
]


@pytest.mark.parametrize(("text", "code", "shown"), WRONG)
def test_wrong_is_found(text: str, code: str, shown: tuple[str, ...]) -> None:
    found = [m for c, m in findings(text) if c == code]
    assert found, findings(text)
    assert any(all(s in m for s in shown) for m in found), found


@pytest.mark.parametrize("text", FINE)
def test_fine_is_quiet(text: str) -> None:
    assert errors(text) == []
    assert [f for f in findings(text) if f[0] in ("N104", "N108")] == []


def test_bound_is_said() -> None:
    """The message of a closure rate above its bound says why only higher is wrong."""
    text = WRONG[0][0]
    message = next(m for c, m in findings(text) if c == "N104")
    assert "只会更低" in message
