"""Session 14 (s14-misc2): a run of shares 「分别占A%、B%」 after a clause that names two items
or more without figures (「按照案件类型分，主要为行政处罚和政府信息公开，分别占比41.3%、
22.8%」) gives those items' shares of the whole: the figures listed before it (another breakdown,
「按照被申请人分，…19件、…11件」) are not their numerators (relations/rates.py
``_items_named_between``). Shares right after their own figures are still paired with them.

Every sentence is written for these tests; the arithmetic in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import findings

PAIRED_WRONG = [
    # 21/92 = 22.8%, not 24.8%
    "全年共收到行政复议申请92件，其中行政处罚38件、政府信息公开21件，分别占41.3%、24.8%。",
    # 20/85 = 23.5%, not 25.3%
    "全年共收到行政复议申请85件，涉及行政处罚的26件、举报投诉处理的20件，分别占比30.6%、25.3%。",
    # 30/120 = 25%, not 28%
    "全年受理投诉举报120件，其中涉及食品安全的54件、价格收费的30件，分别占45%、28%。",
    # 12/60 = 20%, not 22%
    "全年审查规范性文件60件，按照制定主体分，区政府文件18件、部门文件12件，分别占30%、22%。",
    # 22/110 = 20%, not 25%
    "全年办结行政许可事项110件，其中企业申请33件、个人申请22件，分别占30%、25%。",
    # 45/150 = 30%, not 33%
    "全年办理法律援助案件150件，其中民事案件63件、刑事案件45件，分别占比42%、33%。",
    # 100/400 = 25%, not 27%
    "全年受理12345工单400件，其中咨询类140件、投诉类100件，分别占比35%、27%。",
    # 32/160 = 20%, not 24%
    "全年开展执法检查160次，其中联合检查48次、专项检查32次，分别占比30%、24%。",
]

NAMED_ITEMS = [
    # 38/92 = 41.3%, 21/92 = 22.8% (items without figures); 11/19 is another breakdown
    "全年共收到行政复议申请92件，受理81件。按照被申请人分，数量居前的是市交通运输局19件、"
    "市住房和城乡建设局11件；按照案件类型分，主要为行政处罚和政府信息公开，分别占比41.3%、22.8%。",
    # 26/85 = 30.6%, 20/85 = 23.5%; not 7/30
    "截至目前,我市共收到行政复议申请85件。按照数量来分:居前列的单位为市公安局30件,占比35.3%,"
    "市场监管局23件,占比27%,南市街道7件,占比8.2%;按照类型来分,主要为行政处罚和举报投诉处理,"
    "分别占比30.6%、23.5%。",
    # 54/120 = 45%, 30/120 = 25%; not 42/120 or 28/42
    "全年受理投诉举报120件。从被投诉对象看，餐饮企业42件、商超28件；从投诉内容看，集中在食品安全"
    "和价格收费，分别占45%、25%。",
    # 63/150 = 42%, 45/150 = 30%; not 54/150
    "全年办理法律援助案件150件，其中区法律援助中心办理96件、乡镇司法所办理54件；从案件类别看，"
    "以民事案件和刑事案件为主，分别占比42%、30%。",
    # 18/60 = 30%, 12/60 = 20%; not 42/60
    "全年审查规范性文件60件，其中区政府文件18件、部门文件42件；从内容看，主要涉及市场监管和"
    "城市管理，分别占30%、20%。",
    # 140/400 = 35%, 100/400 = 25%; not 240/400
    "全年受理12345工单400件，直办160件、转办240件；按诉求类型分，主要为咨询和投诉，分别占比35%、25%。",
    # 33/110 = 30%, 22/110 = 20%; not 66/110
    "全年办结行政许可事项110件，其中企业申请66件、个人申请44件；按照事项类别分，主要为食品经营"
    "许可、药品经营许可，分别占30%、20%。",
    # 48/160 = 30%, 32/160 = 20%; not 64/160
    "全年开展执法检查160次，其中城区96次、乡镇64次；按照检查方式分，联合检查与专项检查居多，"
    "分别占比30%、20%。",
    # names holding 一 (一般程序) are names, no figure: 84/140 = 60%, 56/140 = 40%
    "全年办理行政处罚案件140件，其中城区90件、乡镇50件；按程序分，适用一般程序和简易程序，"
    "分别占60%、40%。",
]


@pytest.mark.parametrize("text", PAIRED_WRONG)
def test_shares_paired_with_their_figures_that_do_not_fit(text: str) -> None:
    assert findings(text, codes=("N104",))


@pytest.mark.parametrize("text", NAMED_ITEMS)
def test_shares_of_items_named_without_figures(text: str) -> None:
    assert not findings(text, codes=("N104",))
