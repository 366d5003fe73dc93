"""Session 27b (time): the next year's figures in a report (N301), and flow class C — a later
clause of one verb above the figure of the clause before it (N107) — decided on counts."""

from __future__ import annotations

import pytest

from tests.relation_helpers import findings

# the next year's figures in a report on 2025: 「2026年以来」 opening counted work, the next
# year with its subject and a total in one clause
NEXT_YEAR = [
    ("2026年以来共排查问题25个，已全部整改到位。", "2026年以来"),
    ("2026年以来，全县累计办理行政复议案件48件。", "2026年以来"),
    ("2026年度以来，区市场监管局共查处价格违法案件17件。", "2026年"),
    ("2026年“法润三湘”行动累计办理法律援助案件856件。", "2026年"),
    ("2026年区司法局共办理法律援助案件312件，挽回损失180万元。", "2026年"),
    ("2026年县人社局累计为农民工追回欠薪1260万元。", "2026年"),
]

# consistent: a plan, a thing named by its year, the report year itself, a part of the year
# read by its month, the next year's 以来 with no figure
QUIET_YEARS = [
    "2026年以来，我局将继续深化行政执法体制改革。",
    "2026年区司法局将继续开展法律援助，计划共办理案件80件。",
    "2026年出台的文件共12件，均已报送备案。",
    "2025年以来共排查问题25个，已全部整改到位。",
    "2025年区司法局共办理法律援助案件312件。",
    "下一步，2026年我局将力争累计培训执法人员500人次。",
]


@pytest.mark.parametrize("text, shown", NEXT_YEAR)
def test_next_year_figures_warned(text: str, shown: str) -> None:
    found = findings(text, 2025, ("N301",))
    assert found, text
    assert any(shown in message for _, message in found)


@pytest.mark.parametrize("text", QUIET_YEARS)
def test_years_quiet(text: str) -> None:
    assert findings(text, 2025, ("N301",)) == []


def test_part_of_next_year_keeps_its_month_reading() -> None:
    found = findings(
        "全市工作平稳有序，2024年上半年共受理劳动人事争议案件3168件。", 2023, ("N301",)
    )
    assert [m for _, m in found if "2024年上半年" in m and "晚于报告的撰写时间" in m]


# flow class C: a later clause of one verb acts on what the clause before counted
LATER_VERB = [
    ("全市共受理治安案件73098起，查处76536起。", "76536", "73098"),
    ("热线受理园林绿化相关事项674件，同比增长32.94%，转办686件。", "686", "674"),
    ("区信访局全年受理群众来信1260件，转办1302件。", "1302", "1260"),
    ("今年共立案环境违法案件215件，查处231件。", "231", "215"),
    ("县消委会受理消费投诉418件，处理436件。", "436", "418"),
    ("“全县共调处矛盾纠纷2879件，调处成功2952件。”这是记者从县司法局了解到的。", "2952", "2879"),
]

QUIET_FLOW = [
    "全市共受理治安案件73098起，查处70536起。",
    "热线受理园林绿化相关事项674件，同比增长32.94%，转办586件。",
    "区信访局全年受理群众来信1260件，转办1102件。",
    "今年共立案环境违法案件215件，罚款231万元。",
    "县消委会受理消费投诉418件，涉及群众436人。",
    "全县共调处矛盾纠纷2879件，调处成功2852件。",
    "全区受理投诉418件，其余436件为咨询。",
    "区司法局全年共接收社区矫正对象219名，解除矫正236名。",
]


@pytest.mark.parametrize("text, later, earlier", LATER_VERB)
def test_later_verb_above_earlier(text: str, later: str, earlier: str) -> None:
    found = findings(text, 2024, ("N103", "N107"))
    assert [m for _, m in found if later in m and earlier in m], found


@pytest.mark.parametrize("text", QUIET_FLOW)
def test_later_verb_quiet(text: str) -> None:
    assert findings(text, 2024, ("N103", "N107")) == []
