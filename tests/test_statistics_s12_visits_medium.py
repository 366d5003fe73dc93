"""Visits (人次) of a town's activities against its population, when the words name no medium
that reaches beyond it (session 12, s12-missB; numbers.toml ``magnitude.online`` and
``magnitude.offline``, relations/magnitude.py ``_exceeds``, relations/containment.py
``_visits_over``).

「覆盖」 alone names no medium (「普法活动覆盖受众215万人次」 in a town of 3.4万 is 63 visits a
resident); a broadcast or an online channel (直播, 公众号, 电视) may reach people from anywhere.
Words that put the people on site (线下, 现场) keep a medium word of the same clause (观看) from
taking them beyond the area. The bound is ``visits-per-resident`` (12) times the population,
widened by ``reach-factor`` (4) for a reach with no medium (覆盖: the neighbours' people).

Every sentence is written for these tests; each verdict derived by hand (arithmetic in the
comment above it)."""

from __future__ import annotations

import pytest

from fazhi_lint.analysis.relations import analyze_text, contradictions


def _visits(text: str, year: int = 2024) -> list[str]:
    return [
        r.message
        for r in contradictions(analyze_text(text, year))
        if r.severity is not None and r.code == "N206" and "人次" in r.message
    ]


WRONG = [
    # 215万 / 3.4万 = 63.2 visits a resident > 12
    "全镇常住人口3.4万人，全年开展普法活动56场次，普法活动覆盖受众达215万人次。",
    # 260万 / 2.9万 = 89.7 > 12
    "全乡常住人口2.9万人，全年开展“送法下乡”活动48场，累计覆盖群众260万人次。",
    # 1860万 / 21万 = 88.6 > 12 (线下 names the site)
    "全县常住人口约21万人，全年开展线下宣传活动312场次，线下宣传覆盖群众1860万人次。",
    # 96万 / 1.6万 = 60 > 12 (现场观看: on site, 观看 reaches no one beyond)
    "全乡常住人口1.6万人，全年组织法治文艺演出24场，现场观看群众达96万人次。",
    # 410万 / 5.2万 = 78.8 > 12
    "街道常住人口5.2万人，全年组织“法律进楼院”宣讲91场，宣讲覆盖居民410万人次。",
    # 73万 / 0.9万 = 81.1 > 12
    "全村常住人口0.9万人，全年开展法治夜校36期，现场受众达73万人次。",
    # 530万 / 4.1万 = 129 > 12
    "全镇常住人口4.1万人，全年依托集市开展“法律赶集”活动62场，覆盖赶集群众530万人次。",
    # 880万 / 6.6万 = 133 > 12 (现场 on site although 观看 follows)
    "全区常住人口6.6万人，全年组织法治电影现场放映120场，现场观看群众880万人次。",
]

RIGHT = [
    # 9.6万 / 4.2万 = 2.3 <= 12
    "全镇常住人口4.2万人，全年开展普法活动85场，普法活动覆盖受众9.6万人次。",
    # online: 直播 reaches beyond the town
    "全镇常住人口3.4万人，全年开展普法直播12场，直播观看群众达215万人次。",
    # online: 公众号 pushes may be read anywhere
    "全乡常住人口2.9万人，乡政府公众号全年推送普法文章260篇，阅读覆盖260万人次。",
    # broadcast: 电视 reaches the whole province
    "全县常住人口约21万人，全年在县电视台播出法治节目52期，覆盖观众1860万人次。",
    # 辐射周边: beyond the residents by its words
    "全镇常住人口3.4万人，镇法治文化广场辐射周边乡镇，全年接待群众覆盖58万人次。",
    # 45万 / 4.1万 = 11.0 <= 12
    "全镇常住人口4.1万人，全年依托集市开展“法律赶集”活动62场，覆盖赶集群众45万人次。",
    # years summed (2019年以来): not one year's visits
    "全镇常住人口3.2万人，2019年以来累计开展普法活动300余场，覆盖群众120万人次。",
    # 覆盖 with no medium: neighbours' people may be among them; 52万 / 2.6万 = 20 visits a
    # resident <= 12 × reach-factor 4 = 48
    "全镇常住人口2.6万人，全年开展普法宣传活动70场，覆盖群众52万人次。",
    # 短视频 online although 覆盖 is said
    "全乡常住人口1.6万人，乡司法所制作普法短视频36部，短视频覆盖群众96万人次。",
]


@pytest.mark.parametrize("text", WRONG)
def test_visits_of_a_town_far_above_its_people_are_reported(text: str) -> None:
    assert _visits(text), text


@pytest.mark.parametrize("text", RIGHT)
def test_visits_within_reach_or_through_a_medium_are_not(text: str) -> None:
    assert not _visits(text), text
