"""Session 15 (s15-realfix): the bare shares (占比X%) of the items of one statement that names
the set they are drawn from (「商品类投诉中，」「服务类投诉较多的前五类依次为：」) each imply that
set's total, which the text does not state. All agreeing is no finding (whatever wider total
stands before); all but one agreeing (three at least) and that one outside is a warning
(relations/rates.py ``_sibling_share_outlier``).

Every sentence is written for these tests; the arithmetic (the implied total) in the comment."""

from __future__ import annotations

import pytest
from relation_helpers import errors as _errors
from relation_helpers import findings as _any

AGREEING = [
    # base 16245: 5120 → 31.52, 3308 → 20.36, 2171 → 13.36, 1460 → 8.99 (not of 30518)
    "全年共受理消费投诉30518件。商品类投诉中，日用百货5120件，占比31.52%；服装鞋帽3308件，占比20.36%；家用电器2171件，占比13.36%；食品1460件，占比8.99%。",
    # base 3150: 860 → 27.3, 612 → 19.4, 455 → 14.4, 301 → 9.6, 188 → 6.0
    "服务类投诉中，教育培训860件，占比27.3%；餐饮服务612件，占比19.4%；物业服务455件，占比14.4%；美容美发301件，占比9.6%；快递服务188件，占比6.0%。",
    # base 6934 (not the 20415 before): 2509 → 36.18, 615 → 8.87, 576 → 8.31, 463 → 6.68, 419 → 6.04
    "全市共受理投诉20415件。\n服务类投诉较多的前五类依次为：（1）餐饮和住宿服务2509件，占比36.18%；（2）销售服务615件，占比8.87%；"
    "（3）美容美发服务576件，占比8.31%；（4）专业技术服务463件，占比6.68%；（5）修理服务419件，占比6.04%。",
    # base 1864: 412 → 22.1, 388 → 20.8, 240 → 12.9, 97 → 5.2
    "欠薪举报中，建筑业412件，占比22.1%；制造业388件，占比20.8%；餐饮业240件，占比12.9%；物流业97件，占比5.2%。",
    # base 2483: 620 → 25.0 (24.97), 372 → 15.0 (14.98), 251 → 10.1 (10.11), 124 → 5.0 (4.99)
    "行政处罚案件中，食品安全620件，占比25.0%；特种设备372件，占比15.0%；价格收费251件，占比10.1%；广告宣传124件，占比5.0%。",
    # base 975: 253 → 25.95, 181 → 18.56, 117 → 12.00, 68 → 6.97
    "信访事项中，城乡建设253件，占比25.95%；劳动社保181件，占比18.56%；农村农业117件，占比12.00%；卫生健康68件，占比6.97%。",
    # base 40233: 12850 → 31.94, 8016 → 19.92, 5120 → 12.73, 3380 → 8.40
    "网格事件中，环境卫生12850件，占比31.94%；治安隐患8016件，占比19.92%；消防安全5120件，占比12.73%；占道经营3380件，占比8.40%。",
    # three shares only (too few to say which one is wrong): 2103/7315 = 28.75, 1460 at 21.96 needs
    # 6649, 985/7315 = 13.47
    "法律咨询中，婚姻家庭2103件，占比28.75%；劳动争议1460件，占比21.96%；合同纠纷985件，占比13.47%。",
]

ONE_DISAGREES = [
    # 3308 at 22.36 needs 14791–14798; the others agree on ≈16245
    "全年共受理消费投诉30518件。商品类投诉中，日用百货5120件，占比31.52%；服装鞋帽3308件，占比22.36%；家用电器2171件，占比13.36%；食品1460件，占比8.99%。",
    # 455 at 16.4 needs ≈2774; the others ≈3150
    "服务类投诉中，教育培训860件，占比27.3%；餐饮服务612件，占比19.4%；物业服务455件，占比16.4%；美容美发301件，占比9.6%；快递服务188件，占比6.0%。",
    # 2509 at 32.18 needs ≈7797; the others ≈6934
    "全市共受理投诉20415件。\n服务类投诉较多的前五类依次为：（1）餐饮和住宿服务2509件，占比32.18%；（2）销售服务615件，占比8.87%；"
    "（3）美容美发服务576件，占比8.31%；（4）专业技术服务463件，占比6.68%；（5）修理服务419件，占比6.04%。",
    # 97 at 6.2 needs ≈1565; the others ≈1864
    "欠薪举报中，建筑业412件，占比22.1%；制造业388件，占比20.8%；餐饮业240件，占比12.9%；物流业97件，占比6.2%。",
    # 372 at 17.0 needs ≈2188; the others ≈2483
    "行政处罚案件中，食品安全620件，占比25.0%；特种设备372件，占比17.0%；价格收费251件，占比10.1%；广告宣传124件，占比5.0%。",
    # 117 at 13.00 needs 900; the others ≈975
    "信访事项中，城乡建设253件，占比25.95%；劳动社保181件，占比18.56%；农村农业117件，占比13.00%；卫生健康68件，占比6.97%。",
    # a slipped count: 8916 at 19.92 needs ≈44759; the others ≈40233
    "网格事件中，环境卫生12850件，占比31.94%；治安隐患8916件，占比19.92%；消防安全5120件，占比12.73%；占道经营3380件，占比8.40%。",
    # 640 at 9.75 needs ≈6564; the others ≈7315
    "法律咨询中，婚姻家庭2103件，占比28.75%；劳动争议1460件，占比19.96%；合同纠纷985件，占比13.47%；房产物业640件，占比9.75%。",
]


@pytest.mark.parametrize("text", AGREEING)
def test_shares_that_agree_on_one_unstated_total(text: str) -> None:
    assert not _any(text, codes=("N104",))


@pytest.mark.parametrize("text", ONE_DISAGREES)
def test_a_share_that_disagrees_with_its_siblings(text: str) -> None:
    found = _any(text, codes=("N104",))
    assert found
    assert not _errors(text)  # which figure is wrong the text cannot say: a warning
