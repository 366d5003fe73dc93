"""Session 14 (s14-misc2): shares listed after words naming the first few of a ranking
(「居前列的单位为…」「投诉量居前三位的是…」: numbers.toml ``clauses.ranking``) are the largest
parts only, by the list's own words: summing below 100% they are no incomplete distribution
(relations/partition.py, the N102 distribution warning). Above 100% they are still impossible,
and the same list without the ranking words is still read as a distribution.

Every sentence is written for these tests; the arithmetic in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import findings

DISTRIBUTION_WRONG = [
    # 35.3 + 27 + 8.2 = 70.5 < 100, no ranking words: an incomplete split
    "全年共收到行政复议申请85件。按照被申请人分，市公安局30件，占比35.3%，市场监管局23件，占比27%，南市街道7件，占比8.2%。",
    # ranked, yet 62.4 + 31.5 + 12.8 = 106.7 > 100
    "全年共受理投诉162件。按照被投诉单位分，居前三位的为区城市管理局101件，占比62.4%，区住建局51件，占比31.5%，区市场监管局21件，占比12.8%。",
    # 41.2 + 30.5 + 10.1 = 81.8 < 100, no ranking words
    "全年共受理案件102件。按照案件来源分，群众举报42件，占比41.2%，部门移送31件，占比30.5%，日常巡查10件，占比10.1%。",
    # ranked, 55 + 38 + 12 = 105 > 100
    "全年共受理诉求800件。按照诉求类型分，排在前三位的为咨询类440件，占比55%，投诉类304件，占比38%，求助类96件，占比12%。",
    # 48.3 + 27.6 + 13.8 = 89.7 < 100, no ranking words
    "全年共收到申请29件。按照申请事项分，政府信息公开14件，占比48.3%，行政处罚8件，占比27.6%，行政强制4件，占比13.8%。",
    # ranked, 60.1 + 35.2 + 9.6 = 104.9 > 100
    "全年共受理诉求1000件。按照街道分，排名前三的为东城街道601件，占比60.1%，西城街道352件，占比35.2%，南城街道96件，占比9.6%。",
    # 44.4 + 33.3 + 11.1 = 88.8 < 100, no ranking words
    "全年共调处纠纷90件。按照纠纷类型分，婚姻家庭纠纷40件，占比44.4%，邻里纠纷30件，占比33.3%，合同纠纷10件，占比11.1%。",
    # ranked, 51 + 40 + 15 = 106 > 100
    "全年共应诉案件100件。按照被诉单位分，位居前三的为区自然资源局51件，占比51%，区住建局40件，占比40%，区城管局15件，占比15%。",
]

RANKED_PARTIAL = [
    # 30/85 = 35.29 + 23/85 = 27.06 + 7/85 = 8.24; sum 70.6 < 100
    "全年共收到行政复议申请85件。按照被申请人分，居前列的单位为市公安局30件，占比35.3%，市场监管局23件，占比27.1%，南市街道7件，占比8.2%。",
    # 46/162 = 28.40 + 33/162 = 20.37 + 19/162 = 11.73; sum 60.5 < 100
    "全年共受理投诉162件。按照被投诉单位分，居前三位的为区城市管理局46件，占比28.4%，区住建局33件，占比20.4%，区市场监管局19件，占比11.7%。",
    # 42/102 = 41.18 + 31/102 = 30.39 + 10/102 = 9.80; sum 81.4 < 100
    "全年共受理案件102件。按照案件来源分，排在前三位的为群众举报42件，占比41.2%，部门移送31件，占比30.4%，日常巡查10件，占比9.8%。",
    # 300/800 = 37.50 + 200/800 = 25.00; sum 62.5 < 100
    "全年共受理诉求800件。按照诉求类型分，排名前两位的为咨询类300件，占比37.5%，投诉类200件，占比25%。",
    # 14/29 = 48.28 + 8/29 = 27.59; sum 75.9 < 100
    "全年共收到申请29件。按照申请事项分，数量最多的为政府信息公开14件，占比48.3%，行政处罚8件，占比27.6%。",
    # 22/100 = 22.00 + 18/100 = 18.00 + 9/100 = 9.00; sum 49.0 < 100
    "全年共应诉案件100件。按照被诉单位分，位居前三的为区自然资源局22件，占比22%，区住建局18件，占比18%，区城管局9件，占比9%。",
    # 120/1000 = 12.00 + 100/1000 = 10.00 + 90/1000 = 9.00 + 80/1000 = 8.00 + 70/1000 = 7.00; sum 46.0 < 100
    "全年共受理诉求1000件。按照街道分，受理量前五名的为东城街道120件，占比12%，西城街道100件，占比10%，南城街道90件，占比9%，北城街道80件，占比8%，中城街道70件，占比7%。",
    # 40/90 = 44.44 + 30/90 = 33.33; sum 77.7 < 100
    "全年共调处纠纷90件。按照纠纷类型分，数量较多的为婚姻家庭纠纷40件，占比44.4%，邻里纠纷30件，占比33.3%。",
    # the real report's own shape (half-width marks, 27% printed for 27.06)
    "截至目前,我市共收到行政复议申请85件。按照数量来分:居前列的单位为市公安局30件,占比35.3%,市场监管局23件,占比27%,南市街道7件,占比8.2%。",
]


@pytest.mark.parametrize("text", DISTRIBUTION_WRONG)
def test_a_distribution_that_does_not_make_its_whole(text: str) -> None:
    assert findings(text, codes=("N102",))


@pytest.mark.parametrize("text", RANKED_PARTIAL)
def test_the_first_few_of_a_ranking_are_no_distribution(text: str) -> None:
    assert not findings(text, codes=("N102",))
