"""Session 22 (s22-units): units and magnitude read the same in traditional script, and shares
of one whole named once.

* a paragraph copied from a page in traditional script (佔比, 萬元, 億元, 個) is read as its
  simplified text (numbers.toml ``fold.traditional``, one character for one): every reader of
  the statistics family applies to it unchanged — a 元 inside a 万元 sum, parts above a total,
  a count above its stated base, shares of a complete pair;
* 「A…占全国的47.57%，B占比27.59%，C占比23.30%」: 占比 names no whole of its own; a share whose
  item is parallel to the first share's item (地区…地区, 片区…片区) takes the whole named
  there, so a list of them adding up to more than 100% is reported (N101, a warning: the list
  is not known to be complete). An item not parallel to the first (男性…, 老年人…) keeps its
  own reading, and 其中 names a part of a part;
* a fall of 100% says the measure is now zero: a stated decrease over itself is 100%, and a
  figure of another measure (死亡6人 before 受伤人数减少2人，下降100%) is not its current level
  (relations/change.py ``_derived``: no reading).

Every sentence is written for these tests; the arithmetic in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import findings

CONTRADICTIONS = [
    # 210万 + 146元 under 356万元: 万 dropped in one part (traditional script)
    ("普法經費356萬元，其中區級安排210萬元、部門自籌146元。", "N201", ("146元", "356万元")),
    # 800 + 500 + 100 = 1400 > 1200 (traditional script)
    (
        "全年收到投訴1200件，其中網上投訴800件，電話投訴500件，現場投訴100件。",
        "N101",
        ("1400件", "1200件"),
    ),
    # 93 villages with an adviser of the 86 the county has (traditional script)
    ("全縣共有行政村86個，實現法律顧問全覆蓋，配備法律顧問93個村。", "N206", ("93个", "86个")),
    # online / counter exhaust the channels: 62% + 43% = 105% (traditional script)
    ("網上申請佔全部申請的62%，窗口申請佔43%。", "N102", ("62%", "43%")),
    # concluded 92 of 85 accepted, nothing carried in (traditional script)
    ("受理行政復議申請85件，審結92件，無上年結轉。", "N107", ("92件", "85件")),
    # four regions of one whole: 47.57 + 27.59 + 23.30 + 6.54 = 105.00%
    (
        "东部地区新增市场主体数量占全国的47.57%，中部地区占比27.59%，西部地区占比23.30%，"
        "东北地区占比6.54%。",
        "N101",
        ("47.57%", "27.59%"),
    ),
    # the same in traditional script, one share shifted by a decimal: 158.86%
    (
        "東部地區新增市場主體數量佔全國的47.57%,中部地區佔比22.59%,西部地區佔比23.30%,"
        "東北地區佔比65.4%。",
        "N101",
        ("158.86%", "65.4%"),
    ),
    # three districts of one city's mediations: 41.2 + 33.5 + 30.1 = 104.8%
    (
        "中心片区受理的调解案件占全市的41.2%，东部片区占比33.5%，西部片区占比30.1%。",
        "N101",
        ("104.8%", "30.1%"),
    ),
    # 87 now, 19 fewer: 19 / 106 = 17.9%, not 31.8% (a fall short of 100% is still read)
    ("發生數為87件，較上年減少19件，下降31.8%。", "N108", ("31.8%", "17.9%")),
]

CONSISTENT = [
    # 210万 + 146万 = 356万 (traditional script)
    "普法經費356萬元，其中區級安排210萬元、部門自籌146萬元。",
    # 86 of 86 villages
    "全縣共有行政村86個，實現法律顧問全覆蓋，配備法律顧問86個村。",
    # 62% + 38% = 100% (traditional script)
    "網上申請佔全部申請的62%，窗口申請佔38%。",
    # 47.57 + 22.59 + 23.30 + 6.54 = 100.00% (traditional script)
    "東部地區新增市場主體數量佔全國的47.57%,中部地區佔比22.59%,西部地區佔比23.30%,"
    "東北地區佔比6.54%。",
    # 41.2 + 33.5 + 25.3 = 100.0%
    "中心片区受理的调解案件占全市的41.2%，东部片区占比33.5%，西部片区占比25.3%。",
    # 其中: a share of the city's cases, not of the province's
    "全市受理案件占全省的12.4%，其中刑事案件占比35%。",
    # shares of different dimensions (sex, age): not one split, items not parallel to the first
    "男性占受访者的52.1%，老年人占比23.4%，青年人占比31.0%。",
    # 800 + 300 + 100 = 1200 (traditional script)
    "全年收到投訴1200件，其中網上投訴800件，電話投訴300件，現場投訴100件。",
    # 受伤 fell by 2 to none (下降100%): 死亡6人 is another measure, not its current level
    "較大生產安全事故2起、死亡6人，與去年同期相比事故起數持平，死亡人數減少1人，下降14.3%，"
    "受傷人數減少2人，下降100%。",
    # 12.82万 judges, 4541.89万 cases: 354 each (traditional script)
    "結案4541.89萬件，全國法院系統共有員額法官12.82萬人，員額法官的年人均辦案量為354件。",
]


@pytest.mark.parametrize(("text", "code", "figures"), CONTRADICTIONS)
def test_contradiction_found(text: str, code: str, figures: tuple[str, ...]) -> None:
    got = [msg for c, msg in findings(text) if c == code]
    assert got, findings(text)
    assert any(all(f in msg for f in figures) for msg in got), got


@pytest.mark.parametrize("text", CONSISTENT)
def test_consistent_silent(text: str) -> None:
    assert findings(text) == []
