"""Items of one 其中 list are siblings: a later item of a category (X领域信息12条) is no class of
an earlier item that shares its noun (疫情信息8条).

「共公开信息314条，其中，人员招录信息公开3条，…，疫情信息公开8条，公共资源配置领域信息公开12条，…」
was read as 12 inside 8 (a false N101 on a published report, s13-real file 24). A category after
the list's whole, or in another clause than its sibling, is still checked against its whole.
Sentences written for these tests, verdicts by hand.
"""

from __future__ import annotations

import pytest
from relation_helpers import errors

SILENT = [
    # 3 + 2 + 1 + 8 + 12 + 20 + 268 = 314: seven siblings
    "全年通过区政府信息公开网站共公开信息314条，其中，人员招录信息公开3条，财政预算信息公开2条，"
    "机构信息公开1条，疫情信息公开8条，公共资源配置领域信息公开12条，环境保护信息公开20条，"
    "办事指南信息公开268条。",
    # 5 + 9 + 14 + 30 = 58
    "全年受理投诉举报58件，其中，食品投诉5件，药品投诉9件，特种设备领域投诉14件，价格领域投诉30件。",
    # 6 + 11 + 40 = 57
    "全年办理政务公开事项57项，其中，人事信息6项，规划信息11项，民生领域信息40项。",
    "全年发布政策文件126件，其中，规划文件8件，产业类文件19件，民生领域文件99件。",
    "全年处理信访事项96件，其中，劳动争议事项7件，征地拆迁类事项15件，城建领域事项74件。",
    "全年接收群众诉求320件，其中，咨询诉求26件，求助类诉求41件，投诉类诉求253件。",
    "全年公开行政处罚信息88条，其中，警告信息4条，罚款类信息9条，市场监管领域信息75条。",
    "全年归集信用信息4500条，其中，行政许可信息300条，行政处罚类信息700条，其他领域信息3500条。",
]

KEPT = [
    # the category after its whole in one sentence: 1,311 > 1,204
    "全年受理信访事项1204件，其中征地拆迁类信访事项1311件，占比最高。",
    # 75 > 58
    "全年受理投诉举报58件，其中价格领域投诉举报75件。",
    # 99 > 96
    "全年处理信访事项96件，其中城建领域信访事项99件。",
    # 260 > 253
    "全年接收群众投诉253件，其中物业服务类投诉260件。",
    # 3,600 > 3,500
    "全年归集信用信息3500条，其中行政处罚类信用信息3600条。",
    # 130 > 126
    "全年发布政策文件126件，其中民生领域政策文件130件。",
    # 45 > 40
    "全年办理民生信息公开40项，其中社会保障领域民生信息45项。",
    # 90 > 88
    "全年公开行政处罚信息88条，其中市场监管领域行政处罚信息90条。",
]


@pytest.mark.parametrize("text", SILENT)
def test_items_of_one_list_are_siblings(text: str) -> None:
    assert errors(text) == []


@pytest.mark.parametrize("text", KEPT)
def test_a_category_above_its_whole(text: str) -> None:
    assert [code for code, _ in errors(text)] == ["N101"], errors(text)
