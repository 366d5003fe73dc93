"""A year's figure is drawn from no part-year set: 全年 over 上半年 is no share.

「上半年…受理网上信访事项2,184件，全年共受理网上信访事项4,637件，占信访总量的63.5%」 was read as
4,637 ÷ 2,184 (a false N104 in set 27, read after its unseen score). A reading whose numerator is
counted over a period its base's set does not hold (``kinds.periods_fit``: the year from the first
half, the first half from the second) is no reading of the rate; a part-year figure over the
year's is one. Sentences written for these tests, verdicts by hand.
"""

from __future__ import annotations

import pytest
from relation_helpers import errors

SILENT = [
    # the share's base (信访总量) is not stated; 4,637 ÷ 2,184 is no reading
    "上半年全市共受理网上信访事项2,184件，全年共受理网上信访事项4,637件，占信访总量的63.5%。",
    # 1,650 ÷ 702 is no reading of 线上办理占比; its base is not stated
    "第一季度区政务服务中心线上办件702件，全年线上办件1,650件，占全部办件的58.2%。",
    "前三季度受理劳动仲裁案件410件，全年受理劳动仲裁案件560件，占全市的12.6%。",
    "上半年开展执法检查150次，全年开展执法检查330次，占年度计划的110.0%。",
    "1-6月办理法律援助案件233件，全年办理法律援助案件512件，占全市总量的18.4%。",
    "一季度受理投诉举报170件，全年受理投诉举报640件，占全市的9.7%。",
    "上半年调解纠纷760件，全年调解纠纷1,540件，占全区纠纷总数的86.3%。",
    "上半年审查规范性文件41件，全年审查规范性文件96件，占全市审查总量的22.5%。",
]

KEPT = [
    # 520 ÷ 1,200 = 43.3%, not 45.3%
    "全年受理信访事项1,200件，其中上半年受理520件，占45.3%。",
    # 310 ÷ 760 = 40.8%, not 42.8%
    "全年调解纠纷760件，其中上半年调解310件，占42.8%。",
    # 95 ÷ 410 = 23.2%, not 25.2%
    "全年受理劳动仲裁案件410件，其中第一季度受理95件，占25.2%。",
    # 1,480 ÷ 2,400 = 61.7%, not 63.7%
    "全年线上办件2,400件，其中下半年线上办件1,480件，占63.7%。",
    # 66 ÷ 150 = 44.0%, not 46.0% (one period, both figures)
    "上半年开展执法检查150次，其中联合检查66次，占46.0%。",
    # 233 ÷ 980 = 23.8%, not 25.8%
    "全年办理法律援助案件980件，其中上半年办理233件，占25.8%。",
    # 41 ÷ 170 = 24.1%, not 26.1%
    "一季度受理投诉举报170件，其中涉及预付式消费41件，占26.1%。",
    # 702 ÷ 1,650 = 42.5%, not 44.5%
    "全年线上办件1,650件，其中第一季度线上办件702件，占44.5%。",
]


@pytest.mark.parametrize("text", SILENT)
def test_a_year_over_a_part_of_it_is_no_share(text: str) -> None:
    assert errors(text) == []


@pytest.mark.parametrize("text", KEPT)
def test_a_part_of_the_year_over_the_year_is_one(text: str) -> None:
    assert "N104" in [code for code, _ in errors(text)], errors(text)
