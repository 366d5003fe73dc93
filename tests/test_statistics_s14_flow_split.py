"""Session 14 (s14-flow): what became of an intake, told as concluded and still open.

1. The open part may be the rest named after a time frame (「截至年底剩余41件正在按程序办理」)
   and its state told by its form (正在…, 仍在…) as well as by a pending word; a reply put off to
   the next year (延至下一年度答复) is open (numbers.toml ``clauses.pending``).
2. The concluded figure (a plain verb of concluding, no 按时/调解… of its own) and the open one
   right after it split the whole when nothing else of the unit is told between them and the
   whole but refusals of intake and no carry-in is named: falling short of it is an error, as
   exceeding it is (relations/flow.py ``_whole_split``).

Every sentence is written for these tests; the arithmetic in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import errors as _errors
from relation_helpers import findings as _any

SPLIT_WRONG = [
    # 办结2,947 + 剩余36 = 2,983 > 接收2,975
    "区城管执法局全年接收市民投诉2,975件，办结2,947件，截至年底剩余36件正在按程序核查，群众满意率95.1%。",
    # 办结508 + 其余17 = 525 > 512 (the rest's state told by its form: 仍在…)
    "镇司法所全年受理法律咨询转办事项512件，办结508件，年末其余17件仍在跟踪办理。",
    # 答复118 + 延至下一年度9 = 127 > 受理124
    "区政府办公室全年受理政府信息公开申请124件，在法定期限内答复118件，另有9件因征求第三方意见延至下一年度答复。",
    # 审结63 + 转入下一年度4 = 67 < 受理69 (不予受理5 outside the accepted)
    "县人民政府全年收到行政复议申请74件，受理69件，不予受理5件；受理的案件中审结63件，另有4件转入下一年度继续审理。",
    # 办结187 + 尚有6 = 193 < 受理198
    "区应急管理局全年受理安全生产投诉举报198件，核查办结187件，尚有6件正在调查中。",
    # 审结41 + 未审结3 = 44 < 受理47
    "区人力资源和社会保障局全年受理劳动保障监察案件47件，审结41件，尚未审结3件。",
    # 办结1,316 + 结转下一年度22 = 1,338 < 受理1,345
    "街道全年受理群众诉求1,345件，已办结1,316件，另有22件结转下一年度办理。",
    # 结案274 + 在办11 = 285 > 受理281
    "县市场监督管理局全年立案受理行政处罚案件281件，依法结案274件，截至年底尚有11件在办理中。",
    # 办结93 + 剩余5 = 98 < 受理101
    "镇综合行政执法队全年受理违法建设举报101件，已办结93件，截至年末剩余5件正在依法处置。",
]

SPLIT_RIGHT = [
    # 2,939 + 36 = 2,975
    "区城管执法局全年接收市民投诉2,975件，办结2,939件，截至年底剩余36件正在按程序核查，群众满意率95.1%。",
    # 按时办结 counts some of the concluded: 1,298 + 22 < 1,345 leaves room for late ones
    "街道全年受理群众诉求1,345件，按时办结1,298件，另有22件结转下一年度办理。",
    # carry-in named: 69 + 3 = 72 = 66 + 6 (66 + 6 > 69 alone)
    "县人民政府全年受理行政复议申请69件，连同上年结转的3件，审结66件，另有6件转入下一年度继续审理。",
    # 终止5 between 办结 and 在办: 180 + 5 + 13 = 198
    "区应急管理局全年受理安全生产投诉举报198件，核查办结180件，终止核查5件，尚有13件正在调查中。",
    # a 其中 part between the whole and the concluded: 92 + 6 = 98 of the 98 实名 ones
    "区信访局全年受理信访事项236件，其中实名信访98件，实名信访中已办结92件，尚有6件在办理中。",
    # an outcome after the open part: 41 + 3 + 3 = 47
    "区人力资源和社会保障局全年受理劳动保障监察案件47件，审结41件，尚未审结3件，移送公安机关3件。",
    # 调解成功 is one outcome of several: 214 + 9 < 236 (调解不成 unnamed)
    "镇人民调解委员会全年受理矛盾纠纷236件，调解成功214件，尚有9件正在调解中。",
    # 7 of the open at another time (6月底): no split of the year's 198
    "区应急管理局全年受理安全生产投诉举报198件，核查办结187件；截至6月底，尚有7件正在调查中。",
    # 5,630 = 5,604 + 26
    "全年受理不动产登记申请5,630件，已办结5,604件，截至年底剩余26件均在法定时限内。",
    # what was received may hold refusals of intake left unsaid: 71 + 6 < 87 is no error
    "县人民政府全年收到行政复议申请87件，审结71件，另有6件转入下一年度继续审理。",
    # 办结 includes last year's: 402 + 15 = 417 = 396 + 21
    "全年受理物业纠纷投诉396件，上年结转21件，已办结402件，尚有15件正在协调处理。",
]


@pytest.mark.parametrize("text", SPLIT_WRONG)
def test_concluded_and_open_split_the_intake(text: str) -> None:
    assert _any(text, codes=("N101", "N102"))
    assert _errors(text)


@pytest.mark.parametrize("text", SPLIT_RIGHT)
def test_concluded_and_open_that_fit_or_leave_room(text: str) -> None:
    assert not _errors(text)
