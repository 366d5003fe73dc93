"""Session 27, coder lists: lists of parts (N101/N102) and announced counts (N203).

1. 各 after several names (「房管、人事各3件」) counts the figure once for each name in a list's
   sum — and announced counts never read such a figure as the number of the names before it.
2. A dimension's split may class the whole its latest figure is a part of (「共63件。其中，…24件，
   …39件。从案件类别看，…」: the categories add up to 63, not to 39).
3. A bracket closes its list: its figures are no parts of the list outside it.
4. A whole counted in classes (「查处五类案件1099件」) with as many figures after it of its unit
   or a kindred one (起 beside 件) is split into them all (a warning when short).
5. The parts of a report listed before their count: a lead opening its comma clause after a
   short subject (「由…编制，年报包括…」) is the list's; a 顿号 joining two words of one part
   joins in a comma-less list whatever the length of the words after it; a closing 和 between
   whole parts after the count leaves the last part's 的 its own.
6. An unquoted 顿号 run whose every piece holds the character a quoted count after it counts
   (「定目标、定责任、定时限的“四定”」) is held to its pieces (a warning).
7. A list after its count closing with 等, one short of five names or more, is a warning.
"""

from __future__ import annotations

import pytest
from relation_helpers import findings

CONTRADICTIONS = [
    # (text, code, words the message must hold)
    ("调解员共90名，其中专职、兼职各40名，志愿者30名。", "N101", ("110名", "40×2")),
    (
        "全年共查处三类违法案件120件。其中，无证经营案件50件，超范围经营案件40件，"
        "虚假宣传案件20起。",
        "N102",
        ("110件", "120件", "类别及其数目"),
    ),
    (
        "办理四种登记业务560件，其中首次登记200件、转移登记180件、抵押登记120件、变更登记50件。",
        "N102",
        ("550件", "560件"),
    ),
    (
        "全年发布信息3000余条，其中门户网站发布1250条（工作动态600条、通知公告400条、"
        "政策文件260条）。",
        "N101",
        ("1260条", "1250条"),
    ),
    (
        "全年办理建议提案80件，其中人大代表建议45件（主办20件、协办28件）。",
        "N101",
        ("48件", "45件"),
    ),
    (
        "本报告由县司法局编制，年报包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请"
        "情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项"
        "五个部分。",
        "N203",
        ("说有5个", "6项"),
    ),
    (
        "本年报由总体情况、主动公开政府信息情况、收到和处理申请情况、因政府信息公开工作被申请"
        "行政复议、提起行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项等七个部分组成。",
        "N203",
        ("说有7个", "6项"),
    ),
    (
        "年报共分五个部分，分别为总体情况、主动公开情况、依申请公开情况、行政复议和行政诉讼情况、"
        "存在问题及改进情况和其他需要报告的事项。",
        "N203",
        ("说有5个", "6项"),
    ),
    ("全面推行定目标、定责任、定时限的“四定”工作法。", "N203", ("「四定」说有4项", "3项")),
    (
        "着力破解群众反映的办事慢、办事难、办事繁、办事贵的“三办”问题。",
        "N203",
        ("「三办」说有3项", "4项"),
    ),
    (
        "通过“6项举措”即强化队伍建设、完善基础设施、落实经费保障、打造工作品牌和规范工作流程等，"
        "推进调解工作。",
        "N203",
        ("说有6项", "5项"),
    ),
]

CONSISTENT = [
    # 12 + 8 + 5×2 + 3×3 + 1 = 40: the categories class the 40, not the 25 before them
    "全年共受理行政复议申请40件。其中，县政府收到15件，部门收到25件。从案件类别看，公安12件，"
    "自然资源8件，市场监管、人社各5件，交通、教育和卫健各3件，其他1件。",
    "调解员共90名，其中专职、兼职各30名，志愿者30名。",
    # 4 + 2×4 = 12; and 各2场 is what each lecture kind held, not a count of the four names
    "开展法治讲座12场，其中宪法讲座4场，民法典讲座、禁毒讲座、安全讲座、反诈讲座各2场。",
    "全年共查处三类违法案件110件。其中，无证经营案件50件，超范围经营案件40件，虚假宣传案件20起。",
    # two figures of four classes: some of them, no split
    "办理四种登记业务560件，其中首次登记200件、转移登记180件。",
    "全年发布信息3000余条，其中门户网站发布1260条（工作动态600条、通知公告400条、政策文件260条）。",
    "全年办理建议提案80件，其中人大代表建议45件（主办20件、协办25件）。",
    "本报告由县司法局编制，年报包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请"
    "情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项"
    "六个部分。",
    "本年报由总体情况、主动公开政府信息情况、收到和处理申请情况、因政府信息公开工作被申请"
    "行政复议、提起行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项等六个部分组成。",
    "年报共分六个部分，分别为总体情况、主动公开情况、依申请公开情况、行政复议和行政诉讼情况、"
    "存在问题及改进情况和其他需要报告的事项。",
    "全面推行定目标、定责任、定时限、定标准的“四定”工作法。",
    "着力破解群众反映的看病难、上学难、办证难、出行难的“四难”问题。",
    "通过“5项举措”即强化队伍建设、完善基础设施、落实经费保障、打造工作品牌和规范工作流程等，"
    "推进调解工作。",
    # three names and 等 under a count of four: the writers' traps are as many as the slips
    "通过“4项举措”即强化队伍建设、完善基础设施和落实经费保障等，推进调解工作。",
]


@pytest.mark.parametrize(("text", "code", "words"), CONTRADICTIONS)
def test_list_against_its_count(text: str, code: str, words: tuple[str, ...]) -> None:
    found = [m for c, m in findings(text) if c == code]
    assert found, text
    assert any(all(w in m for w in words) for m in found), found


@pytest.mark.parametrize("text", CONSISTENT)
def test_consistent_stays_silent(text: str) -> None:
    assert findings(text, codes=("N101", "N102", "N203")) == []
