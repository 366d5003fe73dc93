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


# A list that names the granted side first and the refusals after it (告知…) is read whole: the
# granted side alone is no reading of it (a round-1 reading let the list end after 部分公开).
GRANTED_THEN_REFUSED_OVER = [
    # 20 + 5 + 6 + 3 = 34 > 33 (silent after round 1: the list read as ending after 部分公开)
    "全年共收到政府信息公开申请三十三件，均在法定期限内作出答复，其中予以公开二十件、部分公开五件、"
    "告知信息不存在六件、告知不属于本机关公开范围三件。",
    # 30 + 12 + 11 = 53 > 52 (idem)
    "全年共收到政府信息公开申请52件，均在规定期限内作出答复，其中予以公开30件、部分公开12件、"
    "告知不属于本机关公开范围11件。",
    # 25 + 10 + 10 = 45 > 44 (idem)
    "全年共收到信息公开申请44件，均在规定时限内予以答复，其中予以公开25件、部分公开10件、"
    "告知不属于本机关公开范围10件。",
    # 20 + 6 + 4 + 2 = 32 > 31
    "全年受理政府信息公开申请31件，均已按期答复，其中予以公开20件、部分公开6件、告知信息不存在4件、"
    "告知非本机关公开范围2件。",
    # 12 + 3 + 5 = 20 > 19
    "全年收到依申请公开19件，均在法定期限内答复，其中同意公开12件、部分公开3件、不予公开5件。",
    # 40 + 9 + 7 + 3 = 59 > 58
    "全年收到政府信息公开申请58件，已全部答复，其中全部公开40件、部分公开9件、信息不存在7件、"
    "申请内容不明确3件。",
]


@pytest.mark.parametrize("text", GRANTED_THEN_REFUSED_OVER)
def test_granted_side_then_refusals_above_the_whole_are_found(text: str) -> None:
    assert "N101" in [c for c, _ in findings(text, codes=FLOW)], findings(text)


def test_the_granted_side_alone_stays_a_partial_list() -> None:
    # 57 + 21 = 78 <= 128: the refusals unnamed
    text = "全年共收到政府信息公开申请128件，均已按期答复，其中予以公开57件、部分公开21件。"
    assert findings(text, codes=FLOW) == []
