"""Session 20 (s20-ann, continued): announced counts against the list that follows.

* an enumeration opening right after the sentence of an announcement — the next sentence of
  its paragraph (「立足“四个坚持”，…。一是坚持…」) or, when that sentence ends its paragraph,
  the next paragraph (「围绕“五着力”，推进…。」 then 「一是着力…」), or after a heading without a
  full stop (「…新格局 一是…」) — running on over the following paragraphs is the
  announcement's list when every item names the counted word in its first clause (a quoted
  name's word too: 着力, 坚持, 进); the link is a reading, so a warning;
* items that each carry 一 and the measure (「一是建设一个…」 after “三个一”) are counted as
  items, not summed as parts of a whole;
* the parts of a whole after 由/包括/分为 before a count of parts (「本报告包括A、B…等五个部分」,
  「…共六部分」): more parts named than counted contradict it, unless a 顿号 may join two
  words of one part (a short piece ending with the head most parts end with, after a piece
  without it: 「政府信息公开行政复议、行政诉讼情况」); a 和 after a piece ending with that head
  joins two parts;
* the first item of a list before a count is read from the words that lead to it for a count
  of its own (「市县两级…部门对A、B、C、D 4个领域」: the levels are who acted, not the list's);
* a count of one that names its one member (「…有1个，为A，」) is no other count a later
  count's list (「共5个，分别为…」) may be of.

Every sentence is written for these tests; the arithmetic in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import findings

CODES = ("N203",)

FOUND = [
    # “三个坚持” in the heading sentence, 一是…四是 each name 坚持: 3 ≠ 4
    (
        "（二）突出“三个坚持”，压实依法行政主体责任。一是坚持依法决策，全年审查重大行政决策事项9件。"
        "二是坚持规范执法，组织执法案卷评查两次。\n三是坚持公开透明，按时公开执法信息。"
        "四是坚持监督问责，约谈执法不规范单位3家。",
        ("说有3", "4项"),
    ),
    # “四着力” then the next paragraphs 一是着力…五是着力: 4 ≠ 5
    (
        "近年来，镇司法所围绕“四着力”，深化法治乡村建设，助力基层治理。\n"
        "一是着力建强人民调解组织。全镇19个村均建有调委会。\n二是着力培育法律明白人。\n"
        "三是着力建设法治阵地。\n四是着力推进村规民约修订。\n五是着力加强矛盾纠纷排查。",
        ("说有4", "5项"),
    ),
    # 五项举措 in a heading without a full stop, then 一是…四是 each naming 举措: 5 ≠ 4
    (
        "区市场监管局推出五项举措护航民营经济发展 一是以包容审慎监管为举措。"
        "二是以信用修复服务为举措。\n三是以合规指导为举措。四是以柔性执法为举措。",
        ("说有5", "4项"),
    ),
    # “三进” then 一、进…四、进: 3 ≠ 4
    (
        "县普法办以“三进”推动宪法宣传落地。\n一、进农村开展宪法宣讲。\n二、进校园开展模拟法庭。\n"
        "三、进企业开展合规培训。\n四、进家庭发放宣传手册。",
        ("说有3", "4项"),
    ),
    # “四个一” then three items each building 一个: 4 ≠ 3
    (
        "全镇推进法治文化“四个一”建设。\n一是每村建成一个法治广场。\n二是每村设立一个法律图书角。\n"
        "三是每村培养一支普法队伍。",
        ("说有4", "3项"),
    ),
    # 包括 six parts before 等五个部分 (no 顿号 joins words of one part): 6 > 5
    (
        "本年度报告包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、"
        "政府信息公开行政复议及行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项等五个部分。",
        ("说有5", "6"),
    ),
    # 包括 seven parts, 共六部分 closes the list: 7 ≠ 6
    (
        "本报告全文包括概述、主动公开情况、依申请公开情况、收费及减免情况、复议诉讼情况、"
        "存在问题及改进措施、附表说明共六部分。",
        ("说有6", "7"),
    ),
    # 由 six parts (和 after a piece ending with 情况 joins two parts) 等五部分组成: 6 ≠ 5
    (
        "本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、"
        "复议诉讼情况、存在的主要问题及改进情况和其他需要报告的事项等五部分组成。",
        ("说有5", "6"),
    ),
    # 市县两级 (who acted) before 对 and four sectors, 5个领域: 4 ≠ 5
    (
        "自6月1日起，市县两级市场监管部门对电动自行车、燃气具、电线电缆、儿童玩具5个重点产品领域"
        "开展质量安全专项抽查。",
        ("说有5", "4项"),
    ),
    # 有1个，为X (a count of one naming its member), then 共5个，分别为 four names: 5 ≠ 4
    (
        "受委托执法的事业单位有1个，为县农业综合服务中心，派驻执法机构共5个，分别为城东中队、城西中队、"
        "城南中队、城北中队。",
        ("说有5", "4项"),
    ),
]


@pytest.mark.parametrize(("text", "parts"), FOUND)
def test_found(text: str, parts: tuple[str, ...]) -> None:
    found = findings(text, codes=CODES)
    assert found, text
    assert all(part in found[0][1] for part in parts), found


QUIET = [
    # “三个坚持”, 一是…三是 each name 坚持: 3 = 3
    "（二）突出“三个坚持”，压实依法行政主体责任。一是坚持依法决策，全年审查重大行政决策事项9件。"
    "二是坚持规范执法，组织执法案卷评查两次。\n三是坚持公开透明，按时公开执法信息。",
    # “四着力”, 一是…四是: 4 = 4
    "近年来，镇司法所围绕“四着力”，深化法治乡村建设，助力基层治理。\n"
    "一是着力建强人民调解组织。全镇19个村均建有调委会。\n二是着力培育法律明白人。\n"
    "三是着力建设法治阵地。\n四是着力推进村规民约修订。",
    # 三项 then an enumeration whose items do not name 制度: what was done, not the count's list
    "今年新制定三项制度，进一步规范执法行为。一是加强执法人员培训。二是开展案卷评查。"
    "三是组织旁听庭审。四是落实执法公示。",
    # 开展执法检查12次 (an instance count) then kinds of 检查: not its list
    "全年开展执法检查12次。一是开展燃气安全检查。二是开展消防安全检查。",
    # “三个一” then three items each building 一个: 3 = 3 (not a sum of ones)
    "全镇推进法治文化“三个一”建设。\n一是每村建成一个法治广场。\n二是每村设立一个法律图书角。\n"
    "三是每村培养一支普法队伍。",
    # 政府信息公开行政复议、行政诉讼情况 may be one part: 7 pieces, 6 parts = 6
    "本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、"
    "行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项等六部分组成。",
    # 包括 two parts 等五个方面: an open list naming fewer is fine
    "今年的工作要点包括依法行政、普法宣传等五个方面。",
    # 包括 five parts 共五部分: 5 = 5
    "全文包括工作概况、主要做法、取得成效、存在不足、下一步打算共五部分。",
    # 市县两级 … four sectors, 4个领域: 4 = 4
    "自6月1日起，市县两级市场监管部门对电动自行车、燃气具、电线电缆、儿童玩具4个重点产品领域"
    "开展质量安全专项抽查。",
    # 有1个，为X, then 共4个，分别为 four names: 4 = 4
    "受委托执法的事业单位有1个，为县农业综合服务中心，派驻执法机构共4个，分别为城东中队、城西中队、"
    "城南中队、城北中队。",
]


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert findings(text, codes=CODES) == []
