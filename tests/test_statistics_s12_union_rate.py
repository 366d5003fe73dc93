"""A rate of a union's count over the kinds listed before it (session 12, s12-missA).

「街道共有社区九个、行政村五个。」 … 「已有十一个村（社区）建成法治文化阵地，覆盖率84.6%」: the
rate right after a count whose noun joins two kinds (村（社区）) is over the counts of those
kinds listed before it — in its paragraph or an earlier one under the same heading: 11 ÷
(9 + 5) = 78.6%, not 84.6% (a warning: the base is read from the kinds).

Traps: the rate right; a list of one kind only; a rate that another figure names; a count
of other things. Every sentence is written for these tests (none from a blind set); each
verdict was derived by hand (the arithmetic is in the comment above it)."""

from __future__ import annotations

import pytest
from relation_helpers import errors as _errors
from relation_helpers import findings as _any

WRONG = [
    # 11/(9+5) = 78.57, not 84.6 (= 11/13)
    "街道共有社区九个、行政村五个。\n截至年底，已有十一个村（社区）建成法治文化阵地，覆盖率达到84.6%。",
    # 9/(11+2) = 69.23, not 75
    "全镇共有行政村十一个、社区二个。\n截至年底，已有九个村（社区）达到示范创建标准，达标率为75%。",
    # 20/(18+5) = 86.96, not 90.9 (= 20/22)
    "全区共有行政村18个、社区5个，全年推进公共法律服务工作室建设。已有20个村（社区）建成工作室，建成率90.9%。",
    # 15/(12+6) = 83.33, not 88.2
    "全镇有行政村12个、社区6个。\n全年已有15个村（社区）完成村规民约修订，完成率88.2%。",
    # 30/(26+8) = 88.24, not 93.8
    "全县共有村26个、社区8个。\n已有30个村（社区）配备法律明白人，配备率93.8%。",
    # 7/(5+4) = 77.78, not 87.5 (= 7/8)
    "全街道共有社区5个、村4个。\n已有7个村（社区）建立调解室，覆盖率87.5%。",
    # 26/(24+7) = 83.87, not 86.7
    "全镇共有行政村24个、社区7个。\n目前已有26个村（社区）建成法律之家，建成率86.7%。",
    # 12/(10+5) = 80.0, not 85.7
    "辖区有行政村10个、社区5个。\n已有12个村（社区）完成网格化管理改革，改革完成率85.7%。",
]

RIGHT = [
    # 11/14 = 78.57
    "街道共有社区九个、行政村五个。\n截至年底，已有十一个村（社区）建成法治文化阵地，覆盖率达到78.6%。",
    # 9/13 = 69.23
    "全镇共有行政村十一个、社区二个。\n截至年底，已有九个村（社区）达到示范创建标准，达标率为69.2%。",
    # 20/23 = 86.96
    "全区共有行政村18个、社区5个，全年推进公共法律服务工作室建设。已有20个村（社区）建成工作室，建成率87.0%。",
    # a list of one kind only says nothing of the union's base: 15 of ? (88.2 not judged)
    "全镇有行政村12个。\n全年已有15个村（社区）完成村规民约修订，完成率88.2%。",
    # 30/34 = 88.24
    "全县共有村26个、社区8个。\n已有30个村（社区）配备法律明白人，配备率88.2%。",
    # the rate names its own figures (满意 320 of 400 = 80%), not the union's
    "全街道共有社区5个、村4个。\n已有7个村（社区）建立调解室，回访群众400人，表示满意的320人，满意率80%。",
    # 26/31 = 83.87
    "全镇共有行政村24个、社区7个。\n目前已有26个村（社区）建成法律之家，建成率83.9%。",
    # a count of other things (人) before the rate: 12/15 not read
    "辖区有行政村10个、社区5个。\n已有12名村（社区）干部参加培训，参训率85.7%。",
]


@pytest.mark.parametrize("text", WRONG)
def test_union_rate_over_the_kinds_listed(text: str) -> None:
    assert "N104" in {code for code, _ in _any(text)}


@pytest.mark.parametrize("text", RIGHT)
def test_union_rate_that_fits_or_is_not_of_the_union(text: str) -> None:
    assert not [f for f in _any(text) if f[0] == "N104"]
    assert not _errors(text)
