"""Session 21 (s21-time): the role of a date read from its frame.

* A date opening its statement after a numbering label or an enumeration word (「（二）2023年
  11月7日，我镇召开…」「三是2024年5月，…」) opens it as a date with no lead word does: after
  the report was written it is reported (N301).
* The figures named with their dates right after them (「本报告统计数据从2023年1月1日至12月31日」
  「数据统计自…」) name the statistics period, which must lie in the report year (N301).
* A carry-over's target year (「结转2022年度继续办理」) must lie after the year it leaves: the
  report year, or the year named right before the verb (「2021年结转至2022年」) (N301).

Every text is written for these tests."""

from __future__ import annotations

import pytest
from relation_helpers import findings

CONTRADICTIONS = [
    # a labelled statement dated after the report was written
    (
        2022,
        "某镇2022年法治政府建设情况报告\n（三）2023年9月12日，镇党委召开专题会议，研究部署基层依法治理工作。",
        "2023年9月12日",
    ),
    (
        2021,
        "县市场监管局2021年法治政府建设情况报告\n（2）2022年6月，我局组织执法人员培训4期，参训126人次。",
        "2022年6月",
    ),
    (
        2023,
        "区司法局2023年法治政府建设情况报告\n三是2024年8月，组织开展行政执法案卷评查，评查案卷58卷。",
        "2024年8月",
    ),
    (
        2020,
        "街道办事处2020年法治政府建设情况报告\n其二，2021年10月，街道联合派出所开展普法宣传活动7场。",
        "2021年10月",
    ),
    # the statistics period named by its figures
    (
        2024,
        "县人社局2024年政府信息公开工作年度报告\n本报告统计数据从2023年1月1日至12月31日，所列数字均为本机关数据。",
        "2023年1月1日",
    ),
    (
        2022,
        "镇人民政府2022年政府信息公开工作年度报告\n本年报数据统计自2021年1月1日起至2021年12月31日止。",
        "2021年1月1日",
    ),
    # a carry-over into the year itself
    (
        2022,
        "市场监管局2022年政府信息公开工作年度报告\n2022年,共收到申请10件,2021年结转申请2件,共办结10件,"
        "结转2022年度继续办理2件。",
        "2022",
    ),
    (
        2022,
        "县教育局2022年政府信息公开工作年度报告\n全年收到申请14件，上年结转1件，办结13件，结转2022年度继续办理2件。",
        "2022",
    ),
    (
        2024,
        "区卫健委2024年政府信息公开工作年度报告\n本年度新收申请9件，办结7件，另有2件结转至2024年继续办理。",
        "2024",
    ),
]

CONSISTENT = [
    (
        2022,
        "某镇2022年法治政府建设情况报告\n（三）2022年9月12日，镇党委召开专题会议，研究部署基层依法治理工作。",
    ),
    (
        2023,
        "区司法局2023年法治政府建设情况报告\n三是2024年2月，组织开展行政执法案卷评查，评查案卷58卷。",
    ),
    (
        2021,
        "县市场监管局2021年法治政府建设情况报告\n（2）2021年6月，我局组织执法人员培训4期，参训126人次。",
    ),
    (
        2024,
        "县人社局2024年政府信息公开工作年度报告\n本报告统计数据从2024年1月1日至12月31日，所列数字均为本机关数据。",
    ),
    (
        2022,
        "镇人民政府2022年政府信息公开工作年度报告\n本年报数据统计自2022年1月1日起至2022年12月31日止。",
    ),
    (
        2022,
        "县教育局2022年政府信息公开工作年度报告\n全年收到申请14件，上年结转1件，办结13件，结转2023年度继续办理2件。",
    ),
    # an inflow from the previous year carried into the report year
    (
        2022,
        "市自然资源局2022年政府信息公开工作年度报告\n2021年结转至2022年办理的申请3件，已全部办结。",
    ),
    (
        2024,
        "区卫健委2024年政府信息公开工作年度报告\n本年度新收申请9件，办结7件，另有2件结转下一年度继续办理。",
    ),
    # a label before a plan for next year: a target, not a fact
    (
        2023,
        "区司法局2023年法治政府建设情况报告\n（二）2024年6月前，力争完成全部行政规范性文件清理工作。",
    ),
]


@pytest.mark.parametrize(("year", "text", "shown"), CONTRADICTIONS)
def test_found(year: int, text: str, shown: str) -> None:
    got = findings(text, year, ("N301",))
    assert got, text
    assert any(shown in message for _, message in got), got


@pytest.mark.parametrize(("year", "text"), CONSISTENT)
def test_silent(year: int, text: str) -> None:
    assert findings(text, year, ("N301",)) == []
