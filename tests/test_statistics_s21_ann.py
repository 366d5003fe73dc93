"""Session 21 (s21-ann): announced counts read from the structure of the enumeration.

* a rank written as an attribute, 「前N的X为A、B、C」, is a rank without 排名; a 分号 closes
  its list like a full stop (the next clause is another ranking or another matter);
* 向 and 部分 are measures (「聚焦“A”“B”“C”三向发力」); 项/个 + 内容 count a whole's parts
  (「包括A、B…等六项内容」: more parts named than counted contradict);
* 共/共计 after a comma sums the list its sentence's lead (包括, 由, 分为…) opened: comma pieces
  when the list has commas, else 顿号 pieces (relations/summed.py);
* short lines, one name each, after a paragraph that ends with a count and no stop are its
  list, when most end like the counted noun (relations/lines_listed.py; a warning);
* days joined by 、/和 right before a count of instances are its events (relations/dated.py);
* a bracket of kinds after the counted noun (「村（社区）」) does not hide the list after it;
* 随后/接着 continue a 首先 series; comma pieces after a list lead before a count of parts
  (「从A，B，C三个方面」) are the parts.

Every sentence is written for these tests; the count and the items in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import findings

CODES = ("N203",)

CONTRADICTIONS = [
    # 前五 ranked, 4 named, closed by 。
    ("全年办件量前五的街道为东湖街道、西城街道、南山街道、北苑街道。", "前5", "4项"),
    # 前三 ranked, 4 named before the 分号
    (
        "群众满意度前三的窗口为社保窗口、不动产窗口、公积金窗口、税务窗口；其余窗口均在90分以上。",
        "前3",
        "4项",
    ),
    # 三向 vs 2 quoted directions
    ("围绕“稳预期”“强监管”三向发力，持续优化营商环境。", "3向", "2项"),
    # 包括 5 pieces …等四项内容
    (
        "本年度报告包括基本情况、制度建设情况、执法监督情况、队伍建设情况、下一步打算等四项内容。",
        "4项",
        "5项",
    ),
    # 包括 4 comma pieces，共五个部分
    ("全书包括总则，案件受理，审理程序，附则，共五个部分。", "5个", "4项"),
    # 包括 3 顿号 pieces，共四部分组成
    ("本方案包括指导思想、工作目标、保障措施，共四部分内容组成。", "4部分", "3项"),
    # 9 villages announced, 3 village lines, then a sentence
    (
        "全镇共有9个村被评为市级文明村\n东湖村\n南塘村\n北港村\n下一步，我镇将继续深化创建工作。",
        "9个",
        "3项",
    ),
    # two days, 三期 classes
    ("5月12日和11月3日举办三期行政执法人员培训班，参训人员共计260人次。", "3期", "2项"),
    # 5个社区（村） listed after the bracket: 4
    ("全街道5个社区（村）分别为：长乐社区、永宁社区、安平村、兴隆村。", "5个", "4项"),
    # 首先/随后/最后 = 3 items, 四个环节 announced as 四个方面
    (
        "本次督查共有四个方面的安排：首先是听取工作汇报；随后，查阅执法案卷；最后，实地走访企业。",
        "4个",
        "3项",
    ),
    # 从 + 3 comma pieces, 四个方面
    ("培训从行政处罚法的修订要点，执法文书的规范制作，典型案例的评析四个方面展开。", "4个", "3项"),
]


@pytest.mark.parametrize(("text", "announced", "listed"), CONTRADICTIONS)
def test_contradiction_found(text: str, announced: str, listed: str) -> None:
    found = findings(text, 2024, CODES)
    assert found, text
    message = found[0][1]
    assert announced in message and listed in message, message


CONSISTENT = [
    # 前四 ranked, 4 named
    "全年办件量前四的街道为东湖街道、西城街道、南山街道、北苑街道。",
    # 前三 as a period: no rank
    "前三季度的重点工作为整改问题、完善制度、加强培训。",
    # 两向, 2 quoted
    "围绕“稳预期”“强监管”两向发力，持续优化营商环境。",
    # 包括 5 pieces 等五项内容
    "本年度报告包括基本情况、制度建设情况、执法监督情况、队伍建设情况、下一步打算等五项内容。",
    # 包括 4 comma pieces，共四个部分
    "全书包括总则，案件受理，审理程序，附则，共四个部分。",
    # a sum of instances (家) across the comma: the places are no list of it
    "检查对象包括学校、医院、商场，共12家。",
    # 3 village lines for 3 villages
    "全镇共有3个村被评为市级文明村\n东湖村\n南塘村\n北港村\n下一步，我镇将继续深化创建工作。",
    # a table's header cells after a caption: no names of the counted kind
    "全区共有3类案件情况统计\n案件类型\n一审\n二审\n合计\n12",
    # two days, two sessions
    "5月12日和11月3日举办两期行政执法人员培训班，参训人员共计260人次。",
    # a range of days is one event
    "4月27日至28日举办3场培训。",
    # the bracket qualifies, 4 listed for 4
    "全街道4个社区（村）分别为：长乐社区、永宁社区、安平村、兴隆村。",
    # 首先/随后/最后 = 3
    "本次督查共有三个方面的安排：首先是听取工作汇报；随后，查阅执法案卷；最后，实地走访企业。",
    # 从 + 3 comma pieces, 三个方面
    "培训从行政处罚法的修订要点，执法文书的规范制作，典型案例的评析三个方面展开。",
    # 从 with no list before the count
    "我局坚持问题导向，加强统筹，从三个方面推进工作。",
]


@pytest.mark.parametrize("text", CONSISTENT)
def test_consistent_silent(text: str) -> None:
    assert findings(text, 2024, CODES) == [], text


def test_lines_listed_is_a_warning() -> None:
    from fazhi_lint.analysis.relations import analyze_text
    from fazhi_lint.model import Severity

    text = "全镇共有9个村被评为市级文明村\n东湖村\n南塘村\n北港村\n下一步，我镇将继续深化创建工作。"
    wrong = [r for r in analyze_text(text, 2024) if r.code == "N203"]
    assert wrong and all(r.severity is Severity.WARNING for r in wrong)
