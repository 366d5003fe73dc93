"""Session 14 (s14-misc2): a per-head money average (人均) that is its sentence's total over the
visits (人次) stated before it there is over those visits (people counted once per visit): 「补贴1.28亿元，惠及参训人员
5.34万人次，人均约2397元，新增取得证书的劳动者三万八千余人」 is 12800万 ÷ 5.34万 = 2397, not
over the 三万八千余人 of another clause (relations/magnitude.py, the 人均 readings).

Every sentence is written for these tests; the arithmetic in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import findings

AVERAGE_WRONG = [
    # 8600000 / 2150 = 4000, not 5000
    "全年发放创业担保贷款贴息资金860万元，惠及创业人员2,150人，人均贴息约5,000元。",
    # 12800万 / 5.34万 = 2397 and 12800万 / 3.8万 = 3368: 2697 fits neither
    "全年发放职业技能提升补贴1.28亿元，惠及参训人员5.34万人次，人均约2697元，新增取得证书的劳动者三万八千余人。",
    # below the floor of the visits: 2400万 / 1.6万 = 1500 ≤ any per-head average; 1200 < 1500
    "全年发放临时救助资金2,400万元，救助困难群众1.6万人次，人均救助1,200元。",
    # 450万 / 3000 = 1500 > 1200
    "全年发放法律援助补贴450万元，补贴受援群众3,000人次，人均补贴1,200元。",
    # 96万 / 1200 = 800 > 700
    "全年发放人民调解员补贴96万元，补贴调解员1,200人次，人均补贴700元。",
    # 180万 / 600 = 3000 > 2500; a count of people after it (500人: 3600) does not fit either
    "全年发放司法救助金180万元，救助当事人600人次，人均2,500元，涉及当事人500人。",
    # 63万 / 420 = 1500 and 63万 / 400 = 1575: 1700 fits neither
    "全年发放见义勇为奖励63万元，奖励420人次，人均1,700元，受奖励群众400人。",
    # 5.4万 / 90 = 600 > 500
    "全年发放普法志愿者交通补贴5.4万元，补贴志愿者90人次，人均补贴500元。",
]

AVERAGE_RIGHT = [
    # 12800万 / 5.34万 = 2397.0; 三万八千余人 is another group
    "全年发放职业技能提升补贴1.28亿元，惠及参训人员5.34万人次，人均约2397元，新增取得证书的劳动者三万八千余人。",
    # 450万 / 3000 = 1500
    "全年发放法律援助补贴450万元，惠及受援群众3,000人次，人均1,500元。",
    # 96万 / 1200 = 800; 九百余人 is the people, over whom the average would be higher
    "全年发放人民调解员补贴96万元，惠及调解员1,200人次，人均800元，涉及调解员九百余人。",
    # 2400万 / 1.6万 = 1500
    "全年发放临时救助资金2,400万元，救助困难群众1.6万人次，人均救助1,500元。",
    # 63万 / 420 = 1500
    "全年发放见义勇为奖励63万元，奖励420人次，人均1,500元。",
    # 180万 / 600 = 3000; a count of people after it (500人) is another reading
    "全年发放司法救助金180万元，救助当事人600人次，人均3,000元，涉及当事人500人。",
    # 5.4万 / 90 = 600
    "全年发放普法志愿者交通补贴5.4万元，补贴90人次，人均600元。",
    # 8600000 / 2150 = 4000; 六千余人 is another figure
    "全年发放创业担保贷款贴息资金860万元，惠及创业人员2,150人，人均贴息4,000元，带动就业六千余人。",
]


@pytest.mark.parametrize("text", AVERAGE_WRONG)
def test_a_per_head_average_that_fits_no_base(text: str) -> None:
    assert findings(text, codes=("N205",))


@pytest.mark.parametrize("text", AVERAGE_RIGHT)
def test_a_per_head_average_over_the_visits_before_it(text: str) -> None:
    assert not findings(text, codes=("N205",))
