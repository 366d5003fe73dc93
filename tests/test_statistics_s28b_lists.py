"""Session 28 second round, coder lists: a long list short of its whole (N102, a warning).

A list of five parts or more in its whole's unit, each an exact figure, short of the whole by
no more than its smallest part or by 5 % at most, with nothing saying it goes on (等, 主要,
items named after it without a figure), names every category it has: the shortfall reads as
a slip. Shorter lists, larger shortfalls, open lists and approximate figures stay silent.
"""

from __future__ import annotations

import pytest
from relation_helpers import findings

LONG_LIST = "已逐项列出"

CONTRADICTIONS = [
    # (text, words the message must hold)
    # 其中 and semicolons, eight parts, short by one
    (
        "全年通过门户网站发布信息96条，其中：领导活动11条；部门动态40条；通知公告18条；规划计划"
        "5条；人事任免4条；财政预决算3条；办事指南8条；年度报告6条。",
        ("95条", "96条", "少1条"),
    ),
    # 顿号 list with 办件, six parts, short by 4 % of the whole (more than its smallest part)
    (
        "全年受理各类审批服务事项3200件，其中企业设立登记910件、食品经营许可1130件、"
        "建设工程规划许可640件、排污许可280件、药品零售许可96件、取水许可14件。",
        ("3070件", "3200件", "少130件"),
    ),
    # 顿号 list of bodies, five parts, the shortfall smaller than the smallest part
    (
        "全县共有法律服务机构57家，其中律师事务所12家、基层法律服务所18家、公证处2家、"
        "司法鉴定所3家、人民调解组织21家。",
        ("56家", "57家", "少1家"),
    ),
    # another unit and body: 人次, parts before the closing period
    (
        "全市培训执法人员5600人次，其中市级机关1200人次、区县机关2300人次、乡镇街道1500人次、"
        "开发区300人次、派出机构210人次。",
        ("5510人次", "5600人次"),
    ),
    # the count before the parts' nouns (部门预算13条), other separators
    (
        "全年主动公开政府信息412条。其中，政策文件58条，部门预决算13条，重大项目批准和实施"
        "96条，公共资源配置121条，社会公益事业建设120条。",
        ("408条", "412条", "少4条"),
    ),
    # decimals in 万元, six parts
    (
        "全年安排法治建设经费86.5万元，其中普法宣传21.3万元、法律顾问聘请15.0万元、执法培训"
        "12.4万元、复议应诉8.2万元、法治督察6.6万元、执法装备20.0万元。",
        ("83.5万元", "86.5万元"),
    ),
    # 分号 list of seven with a colon, one part read wrong by a digit
    (
        "共审查各类合同63件，其中：合作协议9件；采购合同11件；租赁合同14件；工程合同5件；"
        "服务合同7件；委托合同12件；借用合同3件。",
        ("61件", "63件", "少2件"),
    ),
    # a bracketed count of kinds before the list, 人 of people trained
    (
        "举办法治培训班14期，培训干部1480人，其中领导干部206人，执法人员512人，村（社区）干部"
        "388人，网格员241人，法律明白人120人。",
        ("1467人", "1480人", "少13人"),
    ),
]


@pytest.mark.parametrize(("text", "words"), CONTRADICTIONS)
def test_long_list_short_of_its_whole(text: str, words: tuple[str, ...]) -> None:
    found = [m for c, m in findings(text, codes=("N102",)) if LONG_LIST in m]
    assert found, findings(text)
    for w in words:
        assert w in found[0], found[0]


CONSISTENT = [
    # the twin of the first contradiction: it adds up
    "全年通过门户网站发布信息96条，其中：领导活动11条；部门动态40条；通知公告18条；规划计划"
    "5条；人事任免4条；财政预决算3条；办事指南8条；年度报告7条。",
    # four parts short by a slip: too short a list to be complete by its length
    "全年受理各类审批服务事项3200件，其中企业设立登记910件、食品经营许可1130件、"
    "建设工程规划许可640件、排污许可496件。",
    # five parts short by more than the smallest part and above 5 %: categories left out
    "全年主动公开政府信息412条。其中，政策文件58条，部门预决算13条，重大项目批准和实施"
    "96条，公共资源配置121条，社会公益事业建设80条。",
    # a list said to be open (主要, 等)
    "全年受理行政许可事项820件，主要为企业设立登记210件、食品经营许可260件、排污许可120件、"
    "药品零售许可90件、取水许可118件等。",
    "全年接待群众来访330批次，涉及征地拆迁98批次、劳动社保76批次、城乡建设65批次、"
    "涉法涉诉47批次、环境保护38批次等领域。",
    # items named after the last part without a figure
    "全年主动公开政府信息412条，其中政策文件58条、部门预决算13条、重大项目96条、公共资源配置"
    "121条、社会公益事业建设120条，以及人事任免、机构职能等信息。",
    # approximate figures
    "全年培训执法人员5600余人次，其中市级机关1200余人次、区县机关2300余人次、乡镇街道1500余"
    "人次、开发区300余人次、派出机构200余人次。",
    # a long list that adds up, decimals rounded
    "全年安排法治建设经费86.5万元，其中普法宣传21.3万元、法律顾问聘请15.0万元、执法培训"
    "12.4万元、复议应诉8.2万元、法治督察6.6万元、执法装备23.0万元。",
    # a long list in another unit than its whole
    "全年开展普法活动120场，其中进机关12次、进乡村45次、进社区30次、进学校20次、进企业10次。",
]


@pytest.mark.parametrize("text", CONSISTENT)
def test_long_list_consistent_stays_silent(text: str) -> None:
    assert [m for c, m in findings(text, codes=("N102",)) if LONG_LIST in m] == []
