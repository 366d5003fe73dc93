"""Figures of another kind of one head noun (session 15, s15-nouns): two qualifiers of one
head whose words nearest the head share nothing (行政复议 / 行政诉讼 of 案件, 价格类 / 质量类 of
投诉, 社区矫正 / 安置帮教 of 对象) count different things (relations/common.py
``other_heads``): a figure of the other kind is no part of a stated total (N206, magnitude's
``_other_class``), and a concluded figure carrying the noun of a figure between it and an
intake counts that figure's kind, not the intake's (``nouns_compatible``). A shortened
mention — inside the other, or keeping the word nearest the head (复议案件, 仲裁案件, 法援
案件) — is still the same thing, and is found.

Every sentence is written for these tests; each verdict derived by hand, the arithmetic in
the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import findings

from fazhi_lint.analysis.relations.common import other_heads, same_thing

WRONG = [
    # shortened noun: 复议案件 of the 复议 total, 审结 9 > 7
    "全年作为被申请人的行政复议案件共七件，作为被申请人的复议案件中已审结九件。",
    # parts of the 复议 total: 维持 7 > 5
    "全年区人民政府作为被申请人的行政复议案件共五件，其中维持原行政行为案件七件。",
    # a part of the accepted: 审结 515 > 498 (仲裁案件 shortens 劳动争议仲裁案件)
    "全年受理劳动争议仲裁案件498件，其中仲裁案件审结515件。",
    # new 53 + carried 3 = 56 < concluded 58 (诉讼案件 shortens 行政诉讼案件)
    "全年新收行政诉讼案件53件，上年结转3件，审结诉讼案件58件，负责人出庭应诉41件次。",
    # accepted 158, concluded 171 of the same 价格类投诉 (no figure of another kind between)
    "全年受理价格类投诉158件，办结171件，为消费者挽回经济损失43.6万元。",
    # 法援案件 of 法律援助案件: concluded 412 > accepted 398
    "全年受理法律援助案件398件，审结法援案件412件。",
    # one head, the same kind: 37 对象 of the 社区矫正 total, 41 > 37
    "全区在册社区矫正对象37人，其中社区矫正对象解除矫正41人。",
    # concluded 515 > accepted 498 with no carry-over (仲裁案件 of 劳动争议仲裁申请)
    "全年受理劳动争议仲裁申请498件，审结仲裁案件515件，无上年结转。",
]

RIGHT = [
    # 复议 3 (2 + 1) and 诉讼 6: different proceedings
    "全年市教育局作为被申请人的行政复议案件共三件，经复议机关审理，其中两件维持原行政行为，"
    "维持率为66.7%，另一件经调解后申请人主动撤回申请；作为被告的行政诉讼案件六件，均已审结且全部胜诉。",
    # 复议 4 (3 + 1) and 诉讼 7
    "全年区卫生健康委作为被申请人的行政复议案件共四件，其中三件维持原行政行为，维持率为75%，"
    "另一件申请人撤回申请；作为被告的行政诉讼案件七件，均已审结，其中胜诉六件。",
    # 价格类 intake 158; 质量类 handled 264, concluded 259 ≤ 264
    "全年通过12315平台受理价格类投诉158件，全部办结；处理产品质量类投诉264件，办结259件。",
    # 欠薪 intake 136; 社保待遇 handled 184, concluded 181 ≤ 184
    "全年受理欠薪投诉136件，全部办结；处理社会保险待遇投诉184件，办结181件。",
    # 食品 intake 96; 药品 handled 812, concluded 800 ≤ 812
    "全年受理药品经营许可申请96件；办理食品经营许可申请812件，办结800件。",
    # 社区矫正 37, 安置帮教 126: other classes of 对象
    "全区在册社区矫正对象37人，全部落实矫正方案；另有安置帮教对象126人，帮教率100%。",
    # 权益 intake 158; 价格 handled 264, concluded 259 ≤ 264 (消费者 shared, other kinds)
    "全年受理消费者权益投诉158件，全部办结；处理消费者价格投诉264件，办结259件。",
    # 食品安全 intake 96; 药品安全 handled 212, concluded 208 ≤ 212
    "全年受理食品安全投诉96件，全部办结；处理药品安全投诉212件，办结208件。",
    # 复议 9, 诉讼 14: no part of each other
    "全区作为被申请人的行政复议案件共九件；作为被告的行政诉讼案件十四件，均已审结。",
]


@pytest.mark.parametrize("text", WRONG)
def test_the_same_kind_is_related(text: str) -> None:
    assert findings(text), text


@pytest.mark.parametrize("text", RIGHT)
def test_another_kind_is_not_related(text: str) -> None:
    assert not findings(text), text


@pytest.mark.parametrize(
    ("x", "y", "other"),
    [
        ("行政复议", "行政诉讼", True),
        ("为被申请人的行政复议", "作为被告的行政诉讼", True),
        ("欠薪", "劳动争议", True),
        ("消费者权益", "消费者价格", True),
        ("行政复议", "复议", False),  # one inside the other
        ("劳动争议仲裁", "劳动仲裁", False),  # 仲裁 kept
        ("法律援助", "法援", False),  # 援 kept
        ("受理复议", "审结复议", False),  # verbs: stages, not kinds
        ("医疗器械、化妆品等领域", "化妆品", False),  # a list of kinds: its items tell
    ],
)
def test_other_heads(x: str, y: str, other: bool) -> None:
    assert other_heads(x, y) is other


def test_same_thing_refuses_other_kinds_sharing_a_class() -> None:
    # 消费者 shared, 权益 / 价格 nearest the head 投诉: other kinds
    assert not same_thing("消费者权益投诉", "消费者价格投诉")
    assert same_thing("消费者权益投诉", "权益投诉")
