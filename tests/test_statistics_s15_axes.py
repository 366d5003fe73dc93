"""Session 15 (s15-realfix): several classifications of one whole, one after another
(「按来信目的分类：…。按信件类型分类：…。按内容分类：…」「从被申请人看，…；从案件类型看，…」): an
item of a split by one dimension is no whole of the split by the next — both split the same
whole (relations/partition.py ``dimension_list_start`` in ``_dimension_groups``,
containment.py ``_by_dimension``); a paragraph opening with a dimension is not read with an
earlier one that opens with another (pickup.py ``_picked_from``). A split that misses the
whole is still found.

Every sentence is written for these tests; the arithmetic in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import findings as _any

SPLITS_THAT_FIT = [
    # 74 = 22 + 41 + 11 = 30 + 27 + 17 = 25 + 18 + 13 + 10 + 8
    "本月市长热线共受理来电74件。\n按来电目的分类：咨询类22件、求助类41件、建议类11件。\n"
    "按诉求类型分类：投诉类30件、举报类27件、意见建议类17件。\n"
    "按内容分类：物业管理25件、市政设施18件、劳动工资13件、教育医疗10件、其他8件。",
    # 118 = 83 + 35 = 64 + 29 + 25
    "全年受理行政复议申请118件。从申请人看，自然人83件、法人及其他组织35件；从案件类型看，行政处罚64件、信息公开29件、其他25件。",
    # 205 = 97 + 68 + 40 = 120 + 85
    "第二季度受理欠薪投诉205件。\n按投诉渠道分：来电97件，来访68件，网络40件。\n按涉及行业分：建筑业120件，其他行业85件。",
    # 46 = 12 + 30 + 4 = 19 + 15 + 12 (a part 30 is no whole of 19 + 15 + 12 = 46)
    "上半年书记信箱收到来信46件；其中按信访目的分类：揭发控告12件、申诉求决30件、其他4件。\n按信件类型分类：建议类19件、投诉15件、咨询12件。",
    # 96 = 40 + 56 = 51 + 45; 从…看 with commas, one paragraph
    "全年作出行政强制决定96件。从强制类型看，查封扣押40件、代履行56件；从程序看，一般程序51件、简易程序45件。",
    # 63 = 28 + 20 + 15 = 33 + 30
    "全镇调处矛盾纠纷63件。\n按纠纷类型分：婚姻家庭28件、邻里纠纷20件、其他15件。\n按调处层级分：村级33件、镇级30件。",
    # 150 = 60 + 50 + 40 = 70 + 80 (two axes in one paragraph, sentence by sentence)
    "全年受理政务服务评价差评150件。按评价渠道分：窗口60件、网上50件、热线40件。按处理结果分：已整改70件、已解释80件。",
    # 88 = 35 + 29 + 24 = 47 + 41 (意见建议类 is no part of the earlier 建议类)
    "本月区长信箱收到来信88件。\n按来信目的分类：咨询类35件、求决类29件、建议类24件。\n按信件类型分类：意见建议类47件、投诉类41件。",
]

SPLITS_THAT_DO_NOT_FIT = [
    # content split 25 + 18 + 13 + 10 + 7 = 73 ≠ 74 (with 其他: all of them)
    "本月市长热线共受理来电74件。\n按来电目的分类：咨询类22件、求助类41件、建议类11件。\n"
    "按诉求类型分类：投诉类30件、举报类27件、意见建议类17件。\n"
    "按内容分类：物业管理25件、市政设施18件、劳动工资13件、教育医疗10件、其他7件。",
    # 64 + 29 + 24 = 117 ≠ 118 (with 其他)
    "全年受理行政复议申请118件。从申请人看，自然人83件、法人及其他组织35件；从案件类型看，行政处罚64件、信息公开29件、其他24件。",
    # 120 + 86 = 206 ≠ 205 (with 其他行业)
    "第二季度受理欠薪投诉205件。\n按投诉渠道分：来电97件，来访68件，网络40件。\n按涉及行业分：建筑业120件，其他行业86件。",
    # 97 + 68 + 41 = 206 > 205 in the first split
    "第二季度受理欠薪投诉205件。\n按投诉渠道分：来电97件，来访68件，网络41件。\n按涉及行业分：建筑业120件，其他行业85件。",
    # 一般/简易 by nature: 51 + 46 = 97 ≠ 96
    "全年作出行政强制决定96件。从强制类型看，查封扣押40件、代履行56件；从程序看，一般程序51件、简易程序46件。",
    # 33 + 31 = 64 ≠ 63? 村级/镇级 said to be all (两级)
    "全镇调处矛盾纠纷63件。\n按纠纷类型分：婚姻家庭28件、邻里纠纷20件、其他15件。\n按村、镇两级分：村级33件、镇级31件。",
    # 70 + 81 = 151 > 150
    "全年受理政务服务评价差评150件。按评价渠道分：窗口60件、网上50件、热线40件。按处理结果分：已整改70件、已解释81件。",
    # a part larger than the whole: 求决类 91 > 88
    "本月区长信箱收到来信88件，其中求决类91件。\n按信件类型分类：意见建议类47件、投诉类41件。",
]


@pytest.mark.parametrize("text", SPLITS_THAT_FIT)
def test_splits_of_one_whole_by_several_dimensions(text: str) -> None:
    assert not _any(text, codes=("N101", "N102"))


@pytest.mark.parametrize("text", SPLITS_THAT_DO_NOT_FIT)
def test_a_split_that_misses_the_whole(text: str) -> None:
    assert _any(text, codes=("N101", "N102"))
