"""A split whose classes the text counts (session 12, s12-missA).

1. A dimension clause that names its classes and counts them (「按市、县、乡三级划分，」「从窗口、
   网上和热线三类渠道看，」) opens a complete split when as many figures follow: they add up to
   the whole before it (N102 below it, N101 above it).
2. A total that counts the figures it sums may take the verb and noun of what it counts after
   its total word (「三类渠道共计登记信访事项2015件」「三种方式合计受理6553件」): the figures of
   its unit right before it, when exactly that many, add up to it.

Traps: the same shapes adding up; a count of classes other than the figures listed (four
figures after 「三级」, two figures before 「三类…合计」); 「公共」 is no total word; a list with
等 or a partial word; figures of another unit between.

Every sentence is written for these tests (none from a blind set); each verdict was derived by
hand (the arithmetic is in the comment above it)."""

from __future__ import annotations

import pytest
from relation_helpers import errors as _errors
from relation_helpers import findings as _any

WRONG = [
    # 1. 412+305+1177 = 1894, not 1904
    "截至年底全区网格员共1904名，按区、街道、社区三级划分，区级412名、街道级305名、社区级1177名。",
    # 1. 36+218+1530 = 1784, not 1748 (above: N101)
    "全市公共法律服务平台全年接待群众1748人次，按市、县（区）、乡（镇）三级划分，市级36人次、县（区）级218人次、乡（镇）级1530人次。",
    # 1. 58+211 = 269, not 296 (two classes counted)
    "全县人民调解组织共296个，按县、乡两级划分，县级调委会58个、乡级调委会211个，实现调解组织全覆盖。",
    # 1. 284+397+863 = 1544, not 1526
    "全年登记信访事项1526件，从来信、来访和网上三类渠道看，来信284件、来访397件、网上信访863件。",
    # 2. 245+178+63 = 486, not 468
    "全年窗口受理申请245件、网上受理申请178件、邮寄受理申请63件，三种渠道合计受理申请468件。",
    # 2. 1260+847 = 2107, not 2170
    "全年开展法治讲座1260场、法治文艺演出847场，以上两类活动共计开展2170场，覆盖群众12万余人次。",
    # 2. 96+54+37+22 = 209, not 219
    "全年审查政府合同96件、规范性文件54件、重大决策事项37件、信访答复意见22件，这四类事项合计审查219件。",
    # 2. 3.6+1.9+0.8 = 6.3万元, not 6.8万元
    "全年发放举报奖励3.6万元、见义勇为奖励1.9万元、调解员补贴0.8万元，三项资金总计发放6.8万元。",
]

RIGHT = [
    # 1. 412+305+1187 = 1904
    "截至年底全区网格员共1904名，按区、街道、社区三级划分，区级412名、街道级305名、社区级1187名。",
    # 1. 58+238 = 296
    "全县人民调解组织共296个，按县、乡两级划分，县级调委会58个、乡级调委会238个。",
    # 1. three levels named but four figures listed (the fourth counts 专职调解员, not a level):
    #    412+305+1187 = 1904; 116 is some of them — no complete split of four
    "截至年底全区网格员共1904名，按区、街道、社区三级划分，区级412名、街道级305名、社区级1187名、其中专职116名。",
    # 1. the classes counted are three but the paragraph lists two: 58+211 = 269 < 296, some
    "全县人民调解组织共296个，按县、乡、村三级划分，县级调委会58个、乡级调委会211个。",
    # 2. 245+178+63 = 486
    "全年窗口受理申请245件、网上受理申请178件、邮寄受理申请63件，三种渠道合计受理申请486件。",
    # 2. 「三类」 but two figures before: 1260+847 = 2107 < 2300, the third class has no figure
    "全年开展法治讲座1260场、法治文艺演出847场，连同送法下乡，以上三类活动共计开展2300场。",
    # 2. 公共 is no total word: 3 platforms, 2 figures of other things
    "全年接待来访群众412人次、电话咨询678人次，三类公共法律服务平台接待群众1203人次。",
    # 2. 3.6+1.9+0.8 = 6.3万元
    "全年发放举报奖励3.6万元、见义勇为奖励1.9万元、调解员补贴0.8万元，三项资金总计发放6.3万元。",
]


@pytest.mark.parametrize("text", WRONG)
def test_counted_split_that_does_not_add_up(text: str) -> None:
    assert {code for code, _ in _any(text)} & {"N101", "N102"}


@pytest.mark.parametrize("text", RIGHT)
def test_counted_split_that_adds_up_or_is_no_split(text: str) -> None:
    assert not [f for f in _any(text) if f[0] in ("N101", "N102")]
    assert not _errors(text)
