"""The items of an announced count glossed by one quote that holds a 顿号 list
(「“四个一”服务模式，即“一窗受理、一网通办、一次办结”」) are the items of the list inside the
quote, for every reading of a list after 即/包括/分别是 and for the numbered names (“五统一”,
“三个到位”, “四个一”); and in the gloss of a slogan counted by its 一-items, a piece opening
with 一 that goes on a 顿号 run of items is an item too (「一窗受理、一网通办、一次办结、一评到底，
全年…」: four), the list ending at the clause's end (session 15, s15-misc3:
relations/announced.py ``_unquoted``, ``_one_items``; N203).

Every sentence is written for these tests; each verdict counted by hand (the items are
counted in the comment above it)."""

from __future__ import annotations

import pytest
from relation_helpers import findings

WRONG = [
    # 四个一, three inside one quote
    "深化审批服务改革，打造“四个一”服务模式，即“一窗受理、一网通办、一次办结”，群众跑动次数降至0.3次。",
    # 五统一, four inside one quote
    "推行“五统一”执法规范，即“统一执法文书、统一执法流程、统一裁量基准、统一着装标识”，全年未发生执法过错。",
    # 三个到位, four inside one quote
    "落实“三个到位”要求，即“人员到位、经费到位、场地到位、制度到位”，全镇12个村法律服务室规范运行。",
    # 五项工作机制, four inside one quote
    "建立健全五项工作机制，即“会商研判机制、联合执法机制、信息共享机制、督查考核机制”，全年未发生重大事故。",
    # 三单, four inside one quote after 包括
    "建立“三单”管理制度，包括“权力清单、责任清单、负面清单、服务清单”，38个部门全部完成清单公布。",
    # 五个一, four before the comma and another clause
    "建立“五个一”监管机制，即一张清单、一套流程、一个平台、一支队伍，全年检查定点医药机构186家次。",
    # 四个一, three with the last opening with 一 but no measure, then another clause
    "推行“四个一”调解机制，即一案一档、一调到底、一访一回，全年调解成功率97.6%。",
    # 三类事项, two inside one quote after 分别是
    "梳理公布三类涉企检查事项，分别是“重点检查事项、一般检查事项”，压减检查频次32%。",
]

RIGHT = [
    # JB59's shape: four, the last (一评到底) without a measure after 一, then 全年…
    "打造“四个一”便民服务模式，即一窗受理、一网通办、一次办结、一评到底，全年接待群众2.3万人次。",
    # four inside one quote
    "打造“四个一”便民服务模式，即“一窗受理、一网通办、一次办结、一评到底”，全年接待群众2.3万人次。",
    # three inside one quote
    "建立“三单”管理制度，即“权力清单、责任清单、负面清单”，全区38个部门全部完成清单公布。",
    # 五统一, five inside one quote
    "推行“五统一”执法规范，即“统一执法文书、统一执法流程、统一裁量基准、统一着装标识、统一监督考核”，成效明显。",
    # 三个到位, three inside one quote
    "落实“三个到位”要求，即“人员到位、经费到位、场地到位”，全镇12个村法律服务室规范运行。",
    # 五个一, five, the list ends at the comma
    "打造“五个一”调解品牌，即一个调解室、一支调解队伍、一套工作制度、一本工作台账、一张联系卡，调解成功率98.2%。",
    # 三个一, three clauses each with 一 and a measure
    "实施“三个一”工程——编印一本普法读本，组建一支宣讲队伍，建成一个法治广场，全年开展活动30场。",
    # 四个一, four, the last two opening with 一 without a measure
    "推行“四个一”调解机制，即一案一档、一调到底、一访一回、一评一改，全年调解成功率97.6%。",
    # a quoted slogan that is one item of its own (no 即 list): nothing to count
    "开展“谁执法谁普法、谁主管谁负责”主题宣传活动12场，覆盖群众3,000余人次。",
]


@pytest.mark.parametrize("text", WRONG)
def test_quoted_or_ending_list_miscounted_found(text: str) -> None:
    assert "N203" in [c for c, _ in findings(text)], text


@pytest.mark.parametrize("text", RIGHT)
def test_quoted_or_ending_list_fine(text: str) -> None:
    assert not findings(text, codes=("N203",)), (text, findings(text))
