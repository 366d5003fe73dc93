"""Session 14 (s14-flow): a sentence that names and counts the classes of a split
(「全部分布在市、县两级」「分为行政处罚和行政许可两类」「构建区、街道、社区三级网络」) makes the
其中 list that gives one part per class, in the order named, all of the total: parts that
fall short of it are a contradiction — an error when the clause says every item is of a class
(全部, 均, 分为…), a warning when it only names them (relations/partition.py
``_declared_classes``).

Every sentence is written for these tests; the arithmetic in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import errors as _errors
from relation_helpers import findings as _any

DECLARED_WRONG = [
    # 全部 … 两级: 287 + 341 = 628 ≠ 635
    "全市现有专职网格员635名，全部配置在区、街道两级，其中区级网格中心287名、各街道网格站341名。",
    # 分为 … 两类: 96 + 57 = 153 ≠ 158
    "全年审查行政合同158份，分为采购类和租赁类两类，其中采购类合同96份、租赁类合同57份。",
    # 均 … 三个方面: 44 + 31 + 25 = 100 ≠ 104
    "全年收集立法建议104条，均来自行政相对人、行业协会和基层群众三个方面，其中行政相对人44条、行业协会31条、基层群众25条。",
    # 分属 … 三级: 6 + 23 + 140 = 169 ≠ 171
    "全县171个法治宣传阵地分属县、乡、村三级，其中县级阵地6个、乡级阵地23个、村级阵地140个。",
    # 分为 … 两类 with brackets in a name: 18 + 49 = 67 ≠ 64 (over: an error by any reading)
    "全年开展行政执法协调监督检查64次，分为专项检查和日常（随机）检查两类，其中专项检查18次、日常检查49次。",
    # 全部 … 两级 (短): 52 + 38 = 90 ≠ 93
    "全区公职律师93名全部在区、镇两级机关任职，其中区级机关52名、镇级机关38名。",
    # names only (no word of all): 2 + 15 + 117 = 134 ≠ 137 — a warning
    "县里建成县、乡、村三级公共法律服务体系，共有服务站点137个，其中县级中心2个、乡级工作站15个、村级工作室117个。",
    # names only, 两类: 211 + 302 = 513 ≠ 520 — a warning
    "区里统筹刑事和民事两类法律援助，全年办理援助案件520件，其中刑事案件211件、民事案件302件。",
]

DECLARED_RIGHT = [
    # 287 + 348 = 635
    "全市现有专职网格员635名，全部配置在区、街道两级，其中区级网格中心287名、各街道网格站348名。",
    # one part of two classes: the other class is the rest
    "全市现有专职网格员635名，全部配置在区、街道两级，其中区级网格中心287名。",
    # 主要 leaves the classes open: 44 + 31 = 75 of 104
    "全年收集立法建议104条，主要来自人大代表和政协委员两类，其中人大代表44条、政协委员31条。",
    # the parts name other things than the classes: 62 + 30 < 158
    "全年审查行政合同158份，分为采购类和租赁类两类，其中提出修改意见的62份、经集体讨论的30份。",
    # three classes named, two parts counted: no claim of all
    "全县171个法治宣传阵地分属县、乡、村三级，其中新建阵地23个、提档升级阵地40个。",
    # the count (三级) differs from the parts (two): 6 + 140 < 171
    "全县171个法治宣传阵地分属县、乡、村三级，其中县级阵地6个、村级阵地140个。",
    # parts in another order than the classes: no one-for-one reading
    "区里建成区、街道两级调解网络，共有调解员320名，其中街道调解员260名、区级调解员52名。",
    # 2 + 15 + 120 = 137
    "县里建成县、乡、村三级公共法律服务体系，共有服务站点137个，其中县级中心2个、乡级工作站15个、村级工作室120个。",
]


@pytest.mark.parametrize("text", DECLARED_WRONG)
def test_parts_of_declared_classes_add_up(text: str) -> None:
    assert _any(text, codes=("N101", "N102"))


def test_a_word_of_all_makes_the_shortfall_an_error() -> None:
    assert [c for c, _ in _errors(DECLARED_WRONG[0])] == ["N102"]
    # names alone: a warning
    assert not _errors(DECLARED_WRONG[6])


@pytest.mark.parametrize("text", DECLARED_RIGHT)
def test_classes_named_without_a_complete_list(text: str) -> None:
    assert not _any(text, codes=("N101", "N102"))
