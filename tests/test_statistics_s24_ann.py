"""Session 24 (s24-ann): announced counts read by the structure of the list (N203,
relations/announced.py and parts_listed.py).

* 点 counts the points of a proposal or a demand (「提出四点建议：…」「三点要求：一要…」); an
  Arabic hour (「下午3点」) counts nothing;
* three 分号 pieces or more that each hold a comma part the items, the commas the clauses of
  one item: the list may end early at a 分号, never split an item at its comma;
* 共 closes a list before its count only as the adverb before a figure (共计, 共3个), not
  inside a word (公共, 共享);
* a quoted 顿号 run tied by 的 to a count (「“A、B、C”的三项举措」), and a count of the one
  character every piece of such a run holds (「“…联抓、…联防…”的五联机制」「“有A、有B…”的
  “五有目标”」: a warning);
* a count of aspects (方面: a part noun) before an enumeration in the next sentence of its
  paragraph, whatever its items say (a year between them is no other count);
* a compound name (“一委一办四组”) against a bracket right after it: each piece counts for the
  term whose noun it holds last, short pieces sharing the head of the piece after them;
* a count of parts before a colon list whose 顿号 may join two words of one part
  (「政府信息公开行政复议、行政诉讼情况」) only confirms;
* the comma clauses after the gloss of a quoted name that each repeat its word go on with
  the list (“五不出”: 小事不出…、大事不出…，…不出区，…), up to a clause with a figure.

Every sentence is written for these tests (other bodies, nouns, orders and marks than the
fixtures); the count of the items in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import findings

CODES = ("N203",)

CONTRADICTIONS = [
    # colon, 分号 pieces each of two clauses: 3 proposals, 四
    (
        "调研组提出四点意见：健全执法协调机制，减少多头执法；规范涉企检查，推行联合检查；"
        "完善监督考核，压实部门责任。",
        "3",
    ),
    # colon, 分号 pieces: 4 suggestions, 五 (another body, other verbs)
    (
        "审计报告提出五点建议：严格预算执行，杜绝超支；加强资产管理，及时登记入账；"
        "规范采购程序，落实比价；强化内控制度，明确岗位职责。",
        "4",
    ),
    # 一要…三要 in sentences of their own: 3, 四点
    (
        "副县长就下一步工作提出四点要求：一要提高站位。各单位要统一思想。二要压实责任。"
        "主要负责人要亲自抓。三要强化督办。对逾期事项要挂牌督办。",
        "3",
    ),
    # a list before its count whose last item holds 公共 (no summing 共): 4 listed, 五大
    (
        "街道整合了综治中心、矛盾调解中心、网格管理中心、公共法律服务站五大平台，实行一站式受理。",
        "4",
    ),
    # a quoted run tied by 的 to its count: 3 listed, 四项
    ("区市场监管局推行“说理式执法、柔性执法、包容审慎监管”的四项举措，全年办结案件数量稳定。", "3"),
    # a count of the character every quoted piece holds: 4 pieces with 联, 五联 (a warning)
    ("镇党委建立“矛盾联排、隐患联治、平安联创、服务联办”的五联工作机制。", "4"),
    # a quoted count of the character every piece holds: 4 pieces with 有, “五有”
    ("全县村级调解室实现“有场所、有人员、有制度、有台账”的“五有”标准。", "4"),
    # 方面 then an enumeration in the next sentence (a year between): 3 items, 两个方面
    (
        "会议从两个方面回顾了2023年全县司法行政工作。一是法治宣传深入开展；二是法律服务提质增效；"
        "三是基层调解规范运行。",
        "3",
    ),
    # a compound name against a bracket: 1 室 (办公室 holds 室 last), 1 办, 3 组 — not 两办
    ("全区建立“一室两办三组”（综合办公室，督查办、执法组、宣传组和保障组）的工作架构。", "1个办"),
    # a bracket run sharing the head of its last piece: 5 队, 四队
    ("局下设“四队一中心”（机关执法队，东城、西城、南城、北城执法队，指挥中心）。", "5个队"),
]

CONSISTENT = [
    # the originals of the above, counts matching
    "调研组提出三点意见：健全执法协调机制，减少多头执法；规范涉企检查，推行联合检查；"
    "完善监督考核，压实部门责任。",
    "副县长就下一步工作提出三点要求：一要提高站位。各单位要统一思想。二要压实责任。"
    "主要负责人要亲自抓。三要强化督办。对逾期事项要挂牌督办。",
    "街道整合了综治中心、矛盾调解中心、网格管理中心、公共法律服务站四大平台，实行一站式受理。",
    "区市场监管局推行“说理式执法、柔性执法、包容审慎监管”的三项举措，全年办结案件数量稳定。",
    "镇党委建立“矛盾联排、隐患联治、平安联创、服务联办”的四联工作机制。",
    "会议从三个方面回顾了2023年全县司法行政工作。一是法治宣传深入开展；二是法律服务提质增效；"
    "三是基层调解规范运行。",
    "全区建立“一室一办三组”（综合办公室，督查办、执法组、宣传组和保障组）的工作架构。",
    "局下设“五队一中心”（机关执法队，东城、西城、南城、北城执法队，指挥中心）。",
    # trap: an hour is no count (「下午3点」) before a colon list of two
    "4月12日下午3点，县政府召开常务会议：研究预算调整，审议规范性文件。",
    # trap: a 顿号 joining two words of one part (行政复议、行政诉讼情况): six parts
    "年度报告共分为六部分：总体情况、主动公开情况、依申请公开情况、因政府信息公开申请行政复议、"
    "行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。",
    # trap: the gloss of “四不出” runs on over commas, each clause repeating 不出: four
    "努力实现“四不出”目标，“四不出”即小事不出村、大事不出镇，疑难纠纷不出县，矛盾不出本单位。",
    # trap: 共享 inside the last item is no sum: 3 listed, 三大
    "建成数据归集、业务协同、信息共享三大平台。",
    # trap: a quoted run tied by 的 to a count far past its items (what lies within them)
    "落实“双随机、一公开”的12个部门全部完成年度抽查。",
]


@pytest.mark.parametrize(("text", "listed"), CONTRADICTIONS)
def test_count_against_its_list(text: str, listed: str) -> None:
    found = findings(text, 2024, CODES)
    assert found, text
    assert any(listed in message for _, message in found), found


@pytest.mark.parametrize("text", CONSISTENT)
def test_count_that_fits_its_list_is_silent(text: str) -> None:
    assert findings(text, 2024, CODES) == []
