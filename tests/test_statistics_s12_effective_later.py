"""A rule that takes effect after the report year, named as the ground of the year's counted
work (session 12, s12-missB; relations/years.py ``_applied_before_effect``, N301 warning):
「自2023年3月1日起施行的《…条例》，…全年依据该条例查处违法取水案件12件」 in a report on 2022.

Every sentence is written for these tests; each verdict derived by hand (the years compared
in the comment above it)."""

from __future__ import annotations

import pytest

from fazhi_lint.analysis.relations import analyze_text, contradictions


def _later(text: str, year: int) -> list[str]:
    return [
        r.message
        for r in contradictions(analyze_text(text, year))
        if r.severity is not None and r.code == "N301" and "晚于报告年度" in r.message
    ]


WRONG = [
    # effective 2023-03-01 > report year 2022, applied with 12 cases
    (
        "自2023年3月1日起施行的《市水资源保护条例》在年度执法中得到落实，全年依据该条例查处违法取水案件12件。",
        2022,
    ),
    # effective 2022-07-01 > 2021
    (
        "经审议通过、于2022年7月1日起正式施行的《市河道管理条例》，全年依据该条例查处河道违法案件23件。",
        2021,
    ),
    # effective 2025-01-01 > 2024
    (
        "自2025年1月1日起实施的《区物业管理办法》得到有效贯彻，全年根据该办法调处物业纠纷86件。",
        2024,
    ),
    # effective 2024 > 2023, 按照上述规定
    ("于2024年5月1日起施行的《县户外广告设置规定》，全年按照上述规定拆除违规广告牌146块。", 2023),
    # effective 2023-10-01 > 2022
    ("自2023年10月1日起生效的《市养犬管理条例》，全年依照该条例查处违规养犬行为58起。", 2022),
    # effective 2026 > 2025
    (
        "自2026年1月1日起施行的《市烟花爆竹燃放管理规定》，全年依据该规定收缴非法烟花爆竹1200余箱。",
        2025,
    ),
    # effective 2022-12-01 > 2021, 适用该办法
    ("自2022年12月1日起施行的《区违法建设治理办法》，全年适用该办法拆除违法建筑31处。", 2021),
    # effective 2024-02-01 > 2023
    ("于2024年2月1日起正式实施的《镇村庄规划管理细则》，全年依据该细则办理建房审批212件。", 2023),
]

RIGHT = [
    # effective within the report year: 2022-03-01 <= 2022
    (
        "自2022年3月1日起施行的《市水资源保护条例》在年度执法中得到落实，全年依据该条例查处违法取水案件12件。",
        2022,
    ),
    # a plan: 将 依据…
    ("自2023年3月1日起施行的《市水资源保护条例》，下一步将依据该条例查处违法取水行为。", 2022),
    # no count of work done under it: only preparation
    ("《市水资源保护条例》自2023年3月1日起施行，我局提前组织执法人员学习培训3期。", 2022),
    # effective before the report year
    ("自2020年7月1日起正式施行的《市河道管理条例》，全年依据该条例查处河道违法案件23件。", 2021),
    # the work counted is not done under it (no 依据该…)
    ("自2025年1月1日起实施的《区物业管理办法》已完成公开征求意见，全年调处物业纠纷86件。", 2024),
    # another rule is the ground: 依据《…》 named, not pointed back
    (
        "自2024年5月1日起施行的《县户外广告设置规定》已公布，全年依据《城市市容和环境卫生管理条例》拆除广告牌146块。",
        2023,
    ),
    # effective in the report year (2023-10-01 <= 2023)
    ("自2023年10月1日起生效的《市养犬管理条例》，全年依照该条例查处违规养犬行为58起。", 2023),
    # a plan with 计划
    ("自2026年1月1日起施行的《市烟花爆竹燃放管理规定》，计划依据该规定开展专项整治2次。", 2025),
]


@pytest.mark.parametrize(("text", "year"), WRONG)
def test_a_rule_applied_before_it_takes_effect_is_reported(text: str, year: int) -> None:
    assert _later(text, year), text


@pytest.mark.parametrize(("text", "year"), RIGHT)
def test_rules_in_force_or_plans_are_not(text: str, year: int) -> None:
    assert not _later(text, year), text
