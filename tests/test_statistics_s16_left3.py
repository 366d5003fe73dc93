"""Session 16 (s16-left3): parts that overlap, and a list after a 、-joined pair of wholes.

* after a clause saying all was concluded (全部办结), a 其中 part equal to the whole beside
  no larger others (「受理3,120件，全部办结，其中按承诺时限办结3,120件，即时办结1,215件」) says
  the parts are ways of concluding that overlap: no sum is judged (partition.py
  ``_whole_again`` now reads "done" lists); a part above the whole is still an error;
* a part opening with 并处/同时/并 (numbers.toml ``clauses.together-with``) is done to items
  counted already: the parts overlap, their sum (and the 其余 rest) is not judged; each part
  is still at most the whole (partition.py ``together_with``, ``_judge``);
* after a 、-joined pair of figures and a clause saying all were concluded, a 其中 list whose
  first part names neither noun splits their union: a sum above the union is an error,
  reported against it; one below it or between the two is not;
* a part whose words open with a degree (提前审结) of the class another part opens with
  (在法定期限内审结, 按期办结; numbers.toml ``clauses.degree-of``), the same verb after both and
  no larger, is a sub-part of it: the list without it is a reading too.

Every sentence is written for these tests; the arithmetic in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import errors

WHOLE_AGAIN_TRAPS = [
    # 412 = whole; 97 <= 412: overlapping ways of concluding, no sum
    "市司法局全年受理行政复议申请412件，全部依法审结，其中在法定期限内审结412件，经调解和解结案97件。",
    # 2,086 = whole; 655 <= 2,086
    "区政务服务中心全年受理群众办事申请2,086件，已全部办结，其中按承诺时限办结2,086件，当场办结655件。",
    # 530 = whole; 204 <= 530
    "县市场监管局全年受理消费投诉530件，均已办结，其中在规定时限内办结530件，现场调解办结204件。",
    # 77 = whole; 31 <= 77
    "镇综合服务中心全年受理便民服务事项77件，全部办结，其中按时办结77件，上门代办办结31件。",
]

WHOLE_AGAIN_MISSES = [
    # 431 > 412: a part above the whole
    "市司法局全年受理行政复议申请412件，全部依法审结，其中在法定期限内审结412件，经调解和解结案431件。",
    # 2,100 > 2,086
    "区政务服务中心全年受理群众办事申请2,086件，已全部办结，其中按承诺时限办结2,086件，当场办结2,100件。",
    # 540 > 530
    "县市场监管局全年受理消费投诉530件，均已办结，其中在规定时限内办结530件，现场调解办结540件。",
    # no part equals the whole: 60 + 31 = 91 > 77, a split
    "镇综合服务中心全年受理便民服务事项77件，全部办结，其中按时办结60件，超期办结31件。",
]

TOGETHER_TRAPS = [
    # 21 + 38 + 5 = 64; 12 imposed together with fines
    "县市场监督管理局全年作出行政处罚决定64件，其中警告21件，罚款38件，并处没收违法所得12件，其余5件为责令改正。",
    # 82 + 9 = 91 > 87 would be a split; 并处 31 and 4 overlap the fines: 82, 31, 4 <= 87
    "区综合行政执法局作出行政处罚决定87件，其中罚款82件，并处没收违法所得31件、责令停止违法行为4件。",
    # 140 + 26 = 166; 同时 58 are among them
    "市生态环境局全年作出行政处罚决定166件，其中罚款140件，责令改正26件，同时责令停产整治58件。",
    # 45 + 15 = 60; 并 20 of them
    "县交通运输局全年查处违法案件60件，其中罚款45件，警告15件，并暂扣车辆20件。",
]

TOGETHER_MISSES = [
    # 70 > 64: a part above the whole
    "县市场监督管理局全年作出行政处罚决定64件，其中警告21件，罚款38件，并处没收违法所得70件，其余5件为责令改正。",
    # 95 > 87
    "区综合行政执法局作出行政处罚决定87件，其中罚款95件，并处没收违法所得31件、责令停止违法行为4件。",
    # no 并处: 140 + 26 + 58 = 224 > 166
    "市生态环境局全年作出行政处罚决定166件，其中罚款140件，责令改正26件，责令停产整治58件。",
    # 61 > 60
    "县交通运输局全年查处违法案件60件，其中罚款45件，警告15件，并暂扣车辆61件。",
]

UNION_TRAPS = [
    # union 47 + 32 = 79; 20 + 15 = 35 <= 79 (some outcomes named)
    "全年共承办人大代表建议47件、政协委员提案32件，已全部答复，其中采纳20件，列入计划逐步解决15件。",
    # union 36 + 28 = 64; 25 + 22 + 17 = 64
    "全年区政府共办理人大代表建议36件、政协委员提案28件，均已按时办复，其中已解决或采纳25件，列入计划逐步解决22件，留作参考17件。",
    # union 52 + 40 = 92; 40 + 33 + 19 = 92
    "县政府全年承办市人大代表建议52件、市政协委员提案40件，已全部办理答复，其中所提问题已经解决40件，列入规划逐步解决33件，留作参考19件。",
    # union 18 + 25 = 43; 30 + 13 = 43 (above each of 18 and 25)
    "全年承办省人大代表建议18件、省政协提案25件，全部按期办结，其中解决采纳30件，说明解释13件。",
]

UNION_MISSES = [
    # union 47 + 32 = 79; 20 + 41 + 19 = 80 > 79
    "全年共承办人大代表建议47件、政协委员提案32件，已全部答复，其中采纳20件，列入计划逐步解决41件，留作参考19件。",
    # union 36 + 28 = 64; 31 + 22 + 13 = 66 > 64
    "全年区政府共办理人大代表建议36件、政协委员提案28件，均已按时办复，其中已解决或采纳31件，列入计划逐步解决22件，留作参考13件。",
    # union 52 + 40 = 92; 40 + 33 + 21 = 94 > 92
    "县政府全年承办市人大代表建议52件、市政协委员提案40件，已全部办理答复，其中所提问题已经解决40件，列入规划逐步解决33件，留作参考21件。",
    # union 18 + 25 = 43; 30 + 14 = 44 > 43
    "全年承办省人大代表建议18件、省政协提案25件，全部按期办结，其中解决采纳30件，说明解释14件。",
]

DEGREE_TRAPS = [
    # 252 + 8 = 260; 提前 140 <= 252 is among the timely
    "市人力资源和社会保障局全年审结劳动人事争议仲裁案件260件，其中在法定期限内审结252件、提前审结140件，另有8件经批准延期审结。",
    # 305 + 7 = 312; 188 <= 305
    "区12345热线企业专线全年受理企业诉求312件，全部办结，其中按期办结305件、提前办结188件，另有7件经申请延期后办结。",
    # 1,410 + 36 = 1,446; 602 <= 1,410
    "县政务服务中心全年受理审批事项1,446件，全部办结，其中按时办结1,410件，提前办结602件，超时办结36件。",
    # 83 + 4 = 87; 51 <= 83
    "市自然资源局全年审结行政复议案件87件，其中在法定时限内审结83件，提前审结51件，其余4件延期审结。",
]

DEGREE_MISSES = [
    # 252 + 15 = 267 > 260 even without the 提前 part (140)
    "市人力资源和社会保障局全年审结劳动人事争议仲裁案件260件，其中在法定期限内审结252件、提前审结140件，其余15件经批准延期审结。",
    # 提前 320 > 按期 305: no sub-part of it; 305 + 320 + 7 = 632 > 312
    "区12345热线企业专线全年受理企业诉求312件，全部办结，其中按期办结305件、提前办结320件，另有7件经申请延期后办结。",
    # 1,410 + 40 = 1,450 > 1,446
    "县政务服务中心全年受理审批事项1,446件，全部办结，其中按时办结1,410件，提前办结602件，超时办结40件。",
    # 83 + 6 = 89 > 87
    "市自然资源局全年审结行政复议案件87件，其中在法定时限内审结83件，提前审结51件，其余6件延期审结。",
]


@pytest.mark.parametrize("text", DEGREE_TRAPS)
def test_degree_within_class_is_silent(text: str) -> None:
    assert errors(text) == []


@pytest.mark.parametrize("text", DEGREE_MISSES)
def test_degree_contradiction_found(text: str) -> None:
    assert errors(text)


@pytest.mark.parametrize("text", WHOLE_AGAIN_TRAPS + TOGETHER_TRAPS + UNION_TRAPS)
def test_overlap_or_union_trap_is_silent(text: str) -> None:
    assert errors(text) == []


@pytest.mark.parametrize("text", WHOLE_AGAIN_MISSES + TOGETHER_MISSES + UNION_MISSES)
def test_contradiction_still_found(text: str) -> None:
    assert errors(text)


def test_union_reported_against_the_sum() -> None:
    # 80 > 79 (47 + 32), not 80 > 32
    found = errors(UNION_MISSES[0])
    assert any("79" in message for _, message in found), found
