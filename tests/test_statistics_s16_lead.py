"""Session 16, the lead's merge fixes: readings two branches each made right on their own.

* A class of the concluded told as a 其中 part after a clause of all done (其中按期办结342件，
  逾期办结15件) is no concluded figure of the year's stock: the balance 新收 + 结转 = 办结 is
  judged on the class list as a whole (by the partition), not on its first class.
* A share of a noun's total (占全部诉求的) is never read over a checked subset (有效诉求) stated
  earlier in the paragraph, whichever path names the whole.
"""

from __future__ import annotations

import pytest
from relation_helpers import findings

FLOW = ("N101", "N102", "N107")
RATES = ("N104",)

CLASSES_THAT_BALANCE = [
    # 342 + 15 = 357 = 348 + 9
    "全年新收信访事项348件，上年结转9件，均已办结，其中按期办结342件，逾期办结15件。",
    # 120 + 6 = 126 = 118 + 8
    "本年度受理复议申请118件，上年结转8件，已全部审结，其中按期审结120件，超期审结6件。",
    # 40 + 31 = 71 = 65 + 6
    "全年新收投诉65件，上年结转6件，年底无未结件，其中调解结案40件，裁决结案31件。",
    # 200 + 12 = 212 = 205 + 7
    "新收工单205件，上年结转7件，均已办结，其中当场办结200件，转办后办结12件。",
]

CLASSES_THAT_DO_NOT = [
    # 342 + 14 = 356 != 348 + 9 = 357
    "全年新收信访事项348件，上年结转9件，均已办结，其中按期办结342件，逾期办结14件。",
    # 120 + 7 = 127 != 118 + 8 = 126
    "本年度受理复议申请118件，上年结转8件，已全部审结，其中按期审结120件，超期审结7件。",
    # the concluded figure itself after 其中: 90 + 9 = 99 != 86 + 12 = 98
    "全年新收复议案件86件，上年结转12件，其中审结90件，未审结9件。",
    # 90 + 9 = 99 != 98, with a class of the concluded between them
    "全年新收复议案件86件，上年结转12件，审结90件，其中调解结案20件，尚有9件在审。",
]


@pytest.mark.parametrize("text", CLASSES_THAT_BALANCE)
def test_classes_of_the_concluded_that_balance_are_silent(text: str) -> None:
    assert findings(text, codes=FLOW) == [], text


@pytest.mark.parametrize("text", CLASSES_THAT_DO_NOT)
def test_classes_of_the_concluded_that_do_not_balance_are_found(text: str) -> None:
    assert [c for c, _ in findings(text, codes=FLOW)] in (["N102"], ["N101"]), findings(text)


def test_a_share_of_all_requests_is_not_over_the_valid_ones_stated_earlier() -> None:
    # 231 / 1180 = 19.6%; 24.5% = 231 / 944 (the 有效 subset) is not a reading of 占全部诉求的
    text = (
        "全年共接收来信来访诉求1,180件，其中有效诉求944件。反映劳动纠纷的231件，占全部诉求的24.5%。"
    )
    assert [c for c, _ in findings(text, codes=RATES)] == ["N104"]
    right = text.replace("24.5%", "19.6%")
    assert findings(right, codes=RATES) == []
