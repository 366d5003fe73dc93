"""A text figure whose words name one row of the table next to it and, by 各, the rows of a
kind (「街道调委会和各社区调委会全年共调解矛盾纠纷418件」) is the figure of all those rows: the
合计 row when they are every row, no single cell otherwise — not the first row it names
(session 15, s15-misc3: relations/tables.py ``_each_group``; N401). 各 covers the rows that
share the name after it (各社区调委会, 各分局) or whose names end with one of its kinds (各乡镇:
城关镇, 白沙乡).

Every sentence and table is written for these tests; each verdict derived by hand (the sums
are in the comment above each case)."""

from __future__ import annotations

import pytest
from relation_helpers import table_document

from fazhi_lint.analysis.relations import analyze_document, contradictions

MEDIATION = [
    ["调解组织", "调解纠纷（件）"],
    ["街道调委会", "136"],
    ["南湖社区调委会", "97"],
    ["湖光社区调委会", "88"],
    ["新村社区调委会", "54"],
    ["滨河社区调委会", "43"],
    ["合计", "418"],
]  # 136 + 97 + 88 + 54 + 43 = 418
PENALTIES = [
    ["执法单位", "办理案件（件）"],
    ["市局机关", "120"],
    ["东城分局", "210"],
    ["西城分局", "180"],
    ["南湖分局", "95"],
    ["合计", "605"],
]  # 120 + 210 + 180 + 95 = 605
TOWNS = [
    ["单位", "受理申请（件）"],
    ["县直部门", "88"],
    ["城关镇", "64"],
    ["河口镇", "51"],
    ["白沙乡", "37"],
    ["合计", "240"],
]  # 88 + 64 + 51 + 37 = 240
STREETS = [
    ["单位", "开展普法活动（场）"],
    ["区本级", "42"],
    ["城关街道", "35"],
    ["东湖街道", "28"],
    ["西湖街道", "19"],
    ["总计", "124"],
]  # 42 + 35 + 28 + 19 = 124
AFTER = "以上数据由各单位报送。"

WRONG = [
    # the named row and 各社区调委会 are every row: 420 against 合计 418
    (MEDIATION, "街道调委会和各社区调委会全年共调解矛盾纠纷420件，各调委会调处数量见下表。"),
    # 市局机关 + 各分局 = every row: 615 against 605
    (PENALTIES, "市局机关和各分局全年共办理行政处罚案件615件，具体情况见下表。"),
    # 县直部门 + 各乡镇 (城关镇, 河口镇, 白沙乡) = every row: 246 against 240
    (TOWNS, "县直部门及各乡镇全年共受理政府信息公开申请246件，分布情况如下表。"),
    # 区本级 + 各街道 = every row: 126 against 总计 124
    (STREETS, "区本级和各街道全年共开展普法活动126场，详见下表。"),
    # one row named, no 各: its own cell, 138 against 136
    (MEDIATION, "街道调委会全年调解矛盾纠纷138件，各社区调委会调处数量见下表。"),
    # one row named after 其中: 99 against 南湖 97
    (MEDIATION, "全年共调解矛盾纠纷418件，其中南湖社区调委会调解99件，各调委会情况见下表。"),
    # no row named, 全年共 before a table reference: 600 against 605
    (PENALTIES, "全年共办理行政处罚案件600件，各执法单位办理情况见下表。"),
    # 各调委会 alone covers every row: 416 against 418
    (MEDIATION, "各调委会全年共调解矛盾纠纷416件，分布如下表。"),
]

RIGHT = [
    # JB09's shape: the named row and 各社区 are every row, 418 = 合计
    (MEDIATION, "街道调委会和各社区调委会全年共调解矛盾纠纷418件，各调委会调处数量见下表。"),
    # 120 + 210 + 180 + 95 = 605
    (PENALTIES, "市局机关和各分局全年共办理行政处罚案件605件，具体情况见下表。"),
    # 88 + 64 + 51 + 37 = 240
    (TOWNS, "县直部门及各乡镇全年共受理政府信息公开申请240件，分布情况如下表。"),
    # 42 + 35 + 28 + 19 = 124
    (STREETS, "区本级和各街道全年共开展普法活动124场，详见下表。"),
    # 各社区调委会 alone: 97 + 88 + 54 + 43 = 282, not the 合计 (418) and not one row
    (MEDIATION, "各社区调委会全年共调解矛盾纠纷282件，各调委会调处数量见下表。"),
    # 各分局 alone: 210 + 180 + 95 = 485
    (PENALTIES, "各分局全年共办理行政处罚案件485件，具体情况见下表。"),
    # one row named with 共: its own cell, 97
    (MEDIATION, "南湖社区调委会全年共调解矛盾纠纷97件，居各社区首位，各调委会情况见下表。"),
    # the first row named alone: 136 = its cell
    (MEDIATION, "街道调委会全年调解矛盾纠纷136件，各社区调委会调处数量见下表。"),
    # 各乡镇 alone: 64 + 51 + 37 = 152
    (TOWNS, "各乡镇全年共受理政府信息公开申请152件，分布情况如下表。"),
]


def _n401(rows: list[list[str]], before: str) -> list[str]:
    found = contradictions(analyze_document(table_document(rows, before, AFTER), 2024))
    return [r.message for r in found if r.code == "N401"]


@pytest.mark.parametrize(("rows", "before"), WRONG)
def test_text_figure_unlike_its_rows_found(rows: list[list[str]], before: str) -> None:
    found = _n401(rows, before)
    assert found, before
    if "各" in before.split("，")[0]:
        # a figure of every row is read against the total row, not the first row named
        assert any("合计”行" in m or "总计”行" in m for m in found), found


@pytest.mark.parametrize(("rows", "before"), RIGHT)
def test_text_figure_of_named_rows_fine(rows: list[list[str]], before: str) -> None:
    assert _n401(rows, before) == [], before
