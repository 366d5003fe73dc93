"""Session 28, coder lists: lists of parts (N102) and announced counts (N203).

1. A list short of its whole, told in the form of a split beside it that adds up exactly, is a
   warning: the same names under a sibling whole (「建议3件，其中主办1件，会办2件；提案14件，
   其中主办2件，会办11件」), or companion figures each told right after an item of that split
   (「信息1192条，点击量835382次。其中A973条，点击量663370次；B219条，点击量169012次」).
2. Quoted names side by side before a count are its list whatever their length (up to 40
   characters): 「重制“…(手机端)”“…”…等6个专题专栏」.
"""

from __future__ import annotations

import pytest
from relation_helpers import findings

CONTRADICTIONS = [
    # (text, code, words the message must hold)
    # parallel splits of sibling wholes, the second short
    (
        "全年承办建议提案40件，其中：人大代表建议12件，其中主办5件，会办7件；政协委员提案28件，"
        "其中主办10件，会办16件。",
        "N102",
        ("26件", "28件", "5+7"),
    ),
    # the same, the short split first, other nouns and separators
    (
        "共办理信访事项95件。来信35件，其中网上来信20件、书面来信13件；来访60件，其中网上来信"
        "25件、书面来信35件。",
        "N102",
        ("33件", "35件", "25+35"),
    ),
    # three names in each split
    (
        "检查企业150家，其中城区企业60家（一级20家、二级25家、三级15家），郊区企业90家（一级30家、"
        "二级30家、三级27家）。",
        "N102",
        ("87家", "90家"),
    ),
    # companion figures in another unit, the whole's companion after the whole
    (
        "全年发布政务信息800条，浏览量为52000次。其中门户网站信息500条，浏览量为31000次；"
        "微信公众号信息300条，浏览量为20000次。",
        "N102",
        ("51000次", "52000次", "500+300"),
    ),
    # companion money figures of case counts
    (
        "查处案件120件，罚没款300万元，其中环境案件70件，罚没款180万元；食品案件50件，"
        "罚没款110万元。",
        "N102",
        ("290万元", "300万元"),
    ),
    # quoted names over 12 characters before a count with 等, one short of five or more
    (
        "新建“乡村振兴法律服务专区（移动端）”“企业合规指引专栏”“公共法律服务地图（手机端）”"
        "“法律援助在线申请服务专栏”“人民调解案例库”等6个专题栏目。",
        "N203",
        ("6个", "5项"),
    ),
    # long quoted names, more than announced
    (
        "推行“首问负责限时办结一体化服务制度”“行政执法全过程记录”“重大执法决定法制审核”两项制度。",
        "N203",
        ("2项", "3项"),
    ),
    # long quoted names, fewer than announced, no 等
    (
        "建成“社区矫正对象智能管控平台（二期）”“法律援助案件质量评估系统”四个平台。",
        "N203",
        ("4个", "2项"),
    ),
]


@pytest.mark.parametrize(("text", "code", "words"), CONTRADICTIONS)
def test_list_against_its_sibling_or_count(text: str, code: str, words: tuple[str, ...]) -> None:
    found = [m for c, m in findings(text) if c == code]
    assert found, findings(text)
    assert any(all(w in m for w in words) for m in found), found


CONSISTENT = [
    # both sibling splits add up
    "全年承办建议提案40件，其中：人大代表建议12件，其中主办5件，会办7件；政协委员提案28件，"
    "其中主办10件，会办18件。",
    # the sibling split is itself short: nothing is exact, the lists may both be partial
    "共办理信访事项95件。来信35件，其中网上来信20件、书面来信13件；来访60件，其中网上来信"
    "25件、书面来信30件。",
    # other names under the second whole: not the same form
    "检查企业150家，其中城区企业60家（一级20家、二级25家、三级15家），郊区企业90家（规模以上"
    "30家、小微企业30家、个体户27家）。",
    # companion figures that add up
    "全年发布政务信息800条，浏览量为52000次。其中门户网站信息500条，浏览量为31000次；"
    "微信公众号信息300条，浏览量为21000次。",
    # the items themselves fall short: no exact split to lean on
    "全年发布政务信息800条，浏览量为52000次。其中门户网站信息450条，浏览量为31000次；"
    "微信公众号信息300条，浏览量为20000次。",
    # one part only beside an exact split
    "办理案件60件，其中一审40件、二审20件；执行案件30件，其中首次执行25件。",
    # quoted names matching their count
    "新建“乡村振兴法律服务专区（移动端）”“企业合规指引专栏”“公共法律服务地图（手机端）”"
    "“法律援助在线申请服务专栏”“人民调解案例库”等5个专题栏目。",
    "推行“首问负责限时办结一体化服务制度”“行政执法全过程记录”“重大执法决定法制审核”三项制度。",
    # a long quote that is a slogan, not names side by side
    "围绕“让人民群众在每一个司法案件中感受到公平正义”目标，开展三项活动：一是A，二是B，三是C。",
]


@pytest.mark.parametrize("text", CONSISTENT)
def test_consistent_stays_silent(text: str) -> None:
    assert findings(text, codes=("N101", "N102", "N203")) == []
