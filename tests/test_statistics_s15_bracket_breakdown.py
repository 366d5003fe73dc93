"""A bracket right after a figure that holds nothing but its named parts (「经费48.5万元（区财政
安排30万元、部门自筹16.5万元）」) restates the figure as its parts: a sum below the figure is
reported as a reading, a warning (session 15, s15-misc3: relations/partition.py
``_bare_breakdown``, N102). Not a bracket opened by 其中, one that ends with 等 or holds 主要/
约/占, nor one that leaves out more of the figure than its largest part (it picks notable
parts: 「执法检查320次（联合检查45次、夜查28次）」). A sum above the figure was and is an error.

Every sentence is written for these tests; each verdict derived by hand (the sums are in the
comment above each case)."""

from __future__ import annotations

import pytest
from relation_helpers import findings

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity

WRONG = [
    # 30 + 16.5 = 46.5 < 48.5, shortfall 2 < 30
    "全年投入法治宣传教育经费48.5万元（区财政安排30万元、部门自筹16.5万元），建成法治文化公园2个。",
    # 128 + 165 + 12 = 305 < 312, shortfall 7 < 165
    "全年办理法律援助案件312件（刑事案件128件、民事案件165件、行政案件12件），挽回损失800万元。",
    # 4 + 3 + 1 = 8 < 9, shortfall 1 < 4
    "全市设立劳动争议调解便民服务点9个（城区4个、乡镇3个、工业园区1个），受理调解申请612件。",
    # 56 + 41 + 19 = 116 < 121, shortfall 5 < 56
    "全年组织开展普法讲座121场（进机关56场、进企业41场、进学校19场），受众1.2万人次。",
    # 1.2 + 0.85 = 2.05 < 2.15 (亿元), shortfall 0.1 < 1.2
    "全年为企业减税降费2.15亿元（减税1.2亿元、降费0.85亿元），惠及市场主体1.6万户。",
    # 212 + 97 = 309 < 319 (网上/窗口 split the whole by nature: an error)
    "全年受理行政复议申请319件（网上申请212件、窗口申请97件），已审结286件。",
    # 18 + 9 + 6 = 33 < 35, shortfall 2 < 18
    "全年审查各类合同35份（采购合同18份、服务合同9份、租赁合同6份），提出修改意见87条。",
    # over: 30 + 20.5 = 50.5 > 48.5 (an error before and after)
    "全年投入普法经费48.5万元（区财政安排30万元、部门自筹20.5万元）。",
]

RIGHT = [
    # 30 + 18.5 = 48.5
    "全年投入法治宣传教育经费48.5万元（区财政安排30万元、部门自筹18.5万元），建成法治文化公园2个。",
    # 其中: a partial list, 30 + 16.5 = 46.5 < 48.5 is fine
    "全年投入法治宣传教育经费48.5万元（其中区财政安排30万元、部门自筹16.5万元）。",
    # 等: open, 45 + 28 = 73 < 320
    "开展执法检查320次（联合检查45次、夜查28次等），发现问题86个。",
    # notable parts: shortfall 247 > largest part 45
    "开展执法检查320次（联合检查45次、夜查28次），发现问题86个。",
    # 主要: open, 128 + 165 = 293 < 312
    "全年办理法律援助案件312件（主要为刑事案件128件、民事案件165件）。",
    # a lone count restating the whole at another granularity
    "全年清理行政许可事项21个（47个子项），均已公布。",
    # parts of another unit (人次 of 场): no sum
    "全年组织开展普法讲座121场（进机关5600人次、进企业4100人次）。",
    # a comparison in the bracket, not a breakdown
    "全年受理行政复议申请319件（上年为286件），已审结286件。",
    # 128 + 165 + 19 = 312
    "全年办理法律援助案件312件（刑事案件128件、民事案件165件、行政案件19件）。",
]


def _n10x(text: str) -> list[tuple[Severity | None, str]]:
    return [
        (r.severity, r.message)
        for r in contradictions(analyze_text(text, 2024))
        if r.code in ("N101", "N102")
    ]


@pytest.mark.parametrize("text", WRONG)
def test_bracket_breakdown_off_found(text: str) -> None:
    found = _n10x(text)
    assert found, text
    if "括号内逐项列出" in found[0][1]:
        assert found[0][0] is Severity.WARNING, found  # a reading: a warning


@pytest.mark.parametrize("text", RIGHT)
def test_bracket_breakdown_fine(text: str) -> None:
    assert not findings(text, codes=("N101", "N102")), (text, findings(text))
