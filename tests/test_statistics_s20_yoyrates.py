"""Session 20 (s20-yoyrates): two shapes of published court and procuratorate statistics.

* A capped rate over two figures printed side by side, the later one larger (批准逮捕69人，
  不捕122人，不捕率为63.9%): the earlier figure cannot be the base of a larger numerator, the
  two are the outcomes of one whole the text leaves unsaid, so their sum is a reading
  (relations/rates.py ``_sibling_sums``) — accepted when it fits, shown when it does not.
* A figure's bracketed breakdown (受理1430件（新收1208件，旧存222件）): the parts are of the
  same period as the whole, never the two periods a change compares
  (relations/change.py ``_breakdown_of``).

Every sentence is written for these tests; the arithmetic in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import errors, findings

SIBLING_WRONG = [
    # 122 ÷ (69 + 122) = 63.9%, not 68.9%
    ("全县检察机关共批准逮捕未成年犯罪嫌疑人69人，不捕122人，不捕率为68.9%。", "63.9%"),
    # 41 ÷ (24 + 41) = 63.1%, not 60.1%
    ("区检察院共批准逮捕涉罪未成年人24人，不批准逮捕41人，不捕率为60.1%。", "63.1%"),
    # 57 ÷ (32 + 57) = 64.04%, not 69%
    ("市检察院共决定起诉32人，决定不起诉57人，不起诉率为69%。", "64.04%"),
]

SIBLING_FIT = [
    # 122 ÷ 191 = 63.87%
    "全县检察机关共批准逮捕未成年犯罪嫌疑人69人，不捕122人，不捕率为63.9%。",
    "今年1至6月，全县检察机关共批准逮捕未成年犯罪嫌疑人69人，不捕122人，不捕率为63.9%，"
    "同比增加7.9个百分点。",
    # 41 ÷ 65 = 63.08%
    "区检察院共批准逮捕涉罪未成年人24人，不批准逮捕41人，不捕率为63.1%。",
    # 57 ÷ 89 = 64.04%
    "市检察院共决定起诉32人，决定不起诉57人，不起诉率为64%。",
]

BREAKDOWN_WRONG = [
    # new intake 1208 against last year's 1100: +9.8%, not 12.8%
    (
        "全区法院受理一审行政案件1430件（新收1208件，旧存222件），新收案件较上年的1100件增长12.8%。",
        "9.8%",
    ),
    # 2980 ÷ 2650 − 1 = 12.5%, not 15.5%
    (
        "全市受理劳动人事争议仲裁案件3260件（新收2980件，旧存280件），新收案件比上年的2650件增长15.5%。",
        "12.5%",
    ),
    # (2244 − 2105) ÷ 2244 = 6.2%, not 8.2%
    (
        "县人民法院受理执行案件2418件（新收2105件，旧存313件），新收同比减少8.2%，上年新收2244件。",
        "6.2%",
    ),
    # 186 ÷ 150 − 1 = 24%, not 34%
    (
        "全年受理行政复议案件215件（新收186件，上年结转29件），新收案件同比增长34%，上年为150件。",
        "24%",
    ),
    # a bracket naming last year is still a base: 964 ÷ 820 − 1 = 17.6%
    ("全年办理法律援助案件964件（上年为820件），同比增长15.6%。", "17.6%"),
]

BREAKDOWN_FIT = [
    # no last-year figure: 1430 and its own 1208 are not two periods
    "全区法院受理一审行政案件1430件（新收1208件，旧存222件），新收同比下降8.6%。",
    "全市受理劳动人事争议仲裁案件3260件（其中新收2980件，旧存280件），同比增长12.5%。",
    "全年受理行政复议案件215件（新收186件，上年结转29件），新收案件同比增长24%，上年为150件。",
    "县人民法院受理执行案件2418件（新收2105件，旧存313件），新收同比减少6.2%，上年新收2244件。",
    "全区法院受理一审行政案件1430件（新收1208件，旧存222件），新收案件较上年的1100件增长9.8%。",
]


@pytest.mark.parametrize(("text", "shown"), SIBLING_WRONG)
def test_a_rate_over_two_outcomes_that_does_not_fit(text: str, shown: str) -> None:
    found = [m for c, m in findings(text) if c == "N104"]
    assert found, text
    assert any(shown in m and "＋" in m for m in found), found


@pytest.mark.parametrize("text", SIBLING_FIT)
def test_a_rate_over_two_outcomes_that_fits(text: str) -> None:
    assert not findings(text, codes=("N104",)), text


@pytest.mark.parametrize(("text", "shown"), BREAKDOWN_WRONG)
def test_a_change_against_last_year_beside_a_breakdown(text: str, shown: str) -> None:
    found = [m for c, m in errors(text) if c == "N108"]
    assert found and any(shown in m for m in found), (text, found)


@pytest.mark.parametrize("text", BREAKDOWN_FIT)
def test_a_breakdown_is_no_pair_of_periods(text: str) -> None:
    assert not findings(text, codes=("N108",)), text
