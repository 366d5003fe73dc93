"""A whole year's figure against a part of the year's, when the thing counted is an act named
by a verb (session 12, s12-missB; relations/periods.py ``_same_measure``).

1. The act itself counted (「上半年已完成联合检查126次」「全年累计完成随机抽查检查387户次」): the
   lexicon's verb (检查) closes the words, so what stands before it is the thing, not the
   noun of an object; the two figures count the same thing when their counted things
   (light verbs and totals left out) do.
2. One figure's verb stands inside a name in the other's words (「共办理12345政务服务便民热线
   工单」: 服务) after the verb the other uses (办理): the words after that shared verb name
   each figure's thing, the same thing named with fewer qualifiers once (…热线工单).

Every sentence is written for these tests; each verdict derived by hand (arithmetic in the
comment above it)."""

from __future__ import annotations

import pytest

from fazhi_lint.analysis.relations import analyze_text, contradictions


def _periods(text: str, year: int = 2024) -> list[str]:
    return [
        r.message
        for r in contradictions(analyze_text(text, year))
        if r.severity is not None and r.code == "N302"
    ]


WRONG = [
    # 全年 118 < 上半年 132 of the same 联合巡查
    "上半年，区城管局已完成联合巡查132次；全年共开展联合巡查118次，劝离占道摊贩410人次。",
    # 全年 296 < 上半年 315 户次 of 双随机抽查检查 (the part names 任务 after the act)
    "上半年完成双随机抽查检查任务315户次，全年累计完成双随机抽查检查296户次，结果全部公示。",
    # 全年 64 < 上半年 71 场 of 消防应急演练
    "上半年组织消防应急演练71场，全年共组织消防应急演练64场，参演群众1.2万人次。",
    # 全年 二百零五 < 上半年 二百一十 次 of 夜间巡逻检查
    "上半年开展夜间巡逻检查二百一十次，全年累计开展夜间巡逻检查二百零五次。",
    # 全年 3960 < 上半年 4120 件 of 热线工单 (服务 inside a name in the part)
    "上半年，街道共办理12345政务服务便民热线工单4120件。全年，街道共办理12345热线工单3960件。",
    # 全年 860 < 上半年 905 件 of 投诉举报 (服务 inside the part's name)
    "上半年共受理消费维权服务平台投诉举报905件；全年共受理平台投诉举报860件。",
    # 全年 1,840 < 前三季度 1,912 of 电话回访 (1-9月 holds part of the year)
    "前三季度已完成群众满意度电话回访1,912次，全年累计完成群众满意度电话回访1,840次。",
    # 全年 47 < 上半年 52 期 of 法治讲座
    "上半年举办法治讲座52期，全年共举办法治讲座47期，受众3,100余人次。",
]

RIGHT = [
    # 全年 318 >= 上半年 132: fits
    "上半年，区城管局已完成联合巡查132次；全年共开展联合巡查318次，劝离占道摊贩410人次。",
    # different acts: 安全检查 (part) and 执法检查 (whole): no link
    "上半年开展安全检查420家次，全年开展执法检查396家次，整改隐患213处。",
    # different acts with the same light verb: 应急演练 / 技能比武
    "上半年组织应急演练71场，全年共组织技能比武64场，参与队员1,350人次。",
    # shared verb 办理 but other things: 热线工单 / 行政许可事项
    "上半年，街道共办理12345政务服务便民热线工单4120件。全年，街道共办理行政许可事项3960件。",
    # two places' counts: 城区 (part) / 各乡镇 (whole)
    "上半年城区开展联合检查132次；全年各乡镇共开展联合检查118次。",
    # the whole names a narrower act (夜间联合检查) than the part (联合检查)
    "上半年开展联合检查126次，全年开展夜间联合检查118次。",
    # a comparison base, not a part of this year: 较上年同期
    "全年共开展联合检查118次，较上年同期的126次有所减少。",
    # 上半年 + 下半年 = 全年: 132 + 186 = 318
    "上半年完成联合巡查132次，下半年完成联合巡查186次，全年共完成联合巡查318次。",
]


@pytest.mark.parametrize("text", WRONG)
def test_a_whole_year_below_its_part_is_reported(text: str) -> None:
    assert _periods(text), text


@pytest.mark.parametrize("text", RIGHT)
def test_other_acts_or_fitting_years_are_not(text: str) -> None:
    assert not _periods(text), text
