"""Tables and lists read alike in .txt, .docx and .pdf (session 10, s10-pdf): a 合计 row that
leaves the 序号 cell blank; a 顿号 list that makes up the whole before a comma clause; a rate
column named after the count column before it. (The PDF reader's own fixes — wrapped grid
cells, cells cut at vertical rules — are tested in tests/test_pdf_reader.py.)

A 合计 row that leaves the 序号 cell blank:

Tables numbered in a 序号 column often leave that cell empty in the total row:
「序号 | 单位 | 件数」 … 「 | 合计 | 475」. In a Word table the label stands in the second cell
under an empty first one; pasted as text the total row loses its leading tab and is one cell
short of the rows above. Both are read as the table's total row (N102), as a PDF shows it.

Every table is written for these tests (none comes from a blind set); each sum was worked out
by hand and is written in the comment above the table."""

from __future__ import annotations

import pytest

from fazhi_lint.analysis.relations import analyze_document, analyze_text, contradictions
from fazhi_lint.model import Block, BlockKind, Document, Location


def _rows(header: str, *rows: str) -> list[list[str]]:
    return [r.split("|") for r in (header, *rows)]


def _as_text(rows: list[list[str]]) -> str:
    # as the text reader gives a pasted table: the total row's leading tab is stripped
    return "\n".join("\t".join(r).strip("\t") for r in rows)


def _as_word(rows: list[list[str]]) -> Document:
    blocks = []
    for r, row in enumerate(rows, 1):
        for c, text in enumerate(row, 1):
            if not text:
                continue  # an empty Word cell gives no block
            i = len(blocks)
            blocks.append(
                Block(
                    index=i,
                    text=text,
                    kind=BlockKind.TABLE_CELL,
                    location=Location(block=i, part="body", table=1, row=r, cell=c),
                )
            )
    return Document(path="<docx>", format="docx", blocks=blocks)


def _n102(rows: list[list[str]], shape: str) -> list[str]:
    if shape == "text":
        relations = analyze_text(_as_text(rows), 2023)
    else:
        relations = analyze_document(_as_word(rows), 2023)
    return [r.message for r in contradictions(relations) if r.code == "N102"]


HEAD = "序号|单位|办理件数（件）"
WRONG = [
    # 41+36+28 = 105, not 115
    _rows(HEAD, "1|城南派出所|41", "2|城北派出所|36", "3|开发区派出所|28", "|合计|115"),
    # 12+9+17+6 = 44, not 45
    _rows(
        "序号|镇街|调解成功（件）",
        "1|梅岭镇|12",
        "2|竹溪镇|9",
        "3|桃源街道|17",
        "4|杏林街道|6",
        "|合计|45",
    ),
    # money 18.6+7.25+30.4 = 56.25, not 65.25
    _rows(
        "序号|项目|金额（万元）",
        "1|公职律师培训|18.6",
        "2|执法装备|7.25",
        "3|普法阵地|30.4",
        "|合计|65.25",
    ),
    # 230+145 = 375 in the second column; the first (14+11 = 25) is right
    _rows("序号|类别|场次|人次", "1|宪法宣传|14|230", "2|民法典宣讲|11|145", "|合计|25|357"),
    # 3+5+2+4+1 = 15, not 16
    _rows(
        "序号|部门|被纠错（件）",
        "1|教育局|3",
        "2|卫健委|5",
        "3|民政局|2",
        "4|商务局|4",
        "5|文旅局|1",
        "|合计|16",
    ),
    # 602+598 = 1200, not 1020
    _rows("序号|批次|抽检批次", "1|上半年|602", "2|下半年|598", "|合计|1020"),
    # 88+47+65 = 200, not 220 (a 小计 label)
    _rows("序号|窗口|受理（件）", "1|不动产窗口|88", "2|社保窗口|47", "3|税务窗口|65", "|小计|220"),
    # 1,250+980+2,030 = 4,260, not 4,620
    _rows(
        "序号|乡镇|受益群众（人）",
        "1|青峰乡|1,250",
        "2|石门乡|980",
        "3|观音乡|2,030",
        "|合计|4,620",
    ),
]
RIGHT = [
    # 41+36+28 = 105
    _rows(HEAD, "1|城南派出所|41", "2|城北派出所|36", "3|开发区派出所|28", "|合计|105"),
    # 12+9+17+6 = 44
    _rows(
        "序号|镇街|调解成功（件）",
        "1|梅岭镇|12",
        "2|竹溪镇|9",
        "3|桃源街道|17",
        "4|杏林街道|6",
        "|合计|44",
    ),
    # 18.6+7.25+30.4 = 56.25
    _rows(
        "序号|项目|金额（万元）",
        "1|公职律师培训|18.6",
        "2|执法装备|7.25",
        "3|普法阵地|30.4",
        "|合计|56.25",
    ),
    # 14+11 = 25 and 230+145 = 375
    _rows("序号|类别|场次|人次", "1|宪法宣传|14|230", "2|民法典宣讲|11|145", "|合计|25|375"),
    # 3+5+2+4+1 = 15
    _rows(
        "序号|部门|被纠错（件）",
        "1|教育局|3",
        "2|卫健委|5",
        "3|民政局|2",
        "4|商务局|4",
        "5|文旅局|1",
        "|合计|15",
    ),
    # 602+598 = 1200
    _rows("序号|批次|抽检批次", "1|上半年|602", "2|下半年|598", "|合计|1200"),
    # a 序号 column summed nowhere: the 序号 cell of the total row is blank, 1+2+3 is no total
    _rows("序号|窗口|受理（件）", "1|不动产窗口|88", "2|社保窗口|47", "3|税务窗口|65", "|小计|200"),
    # the second cell holds a name that only ends in 合计 (本年合计 is a named subtotal, not
    # this check's label), and 1,250+980+2,030 = 4,260 anyway
    _rows(
        "序号|乡镇|受益群众（人）",
        "1|青峰乡|1,250",
        "2|石门乡|980",
        "3|观音乡|2,030",
        "|合计|4,260",
    ),
]


@pytest.mark.parametrize("shape", ["text", "word"])
@pytest.mark.parametrize("rows", WRONG)
def test_total_row_with_blank_number_cell_wrong(rows: list[list[str]], shape: str) -> None:
    assert _n102(rows, shape), rows


@pytest.mark.parametrize("shape", ["text", "word"])
@pytest.mark.parametrize("rows", RIGHT)
def test_total_row_with_blank_number_cell_consistent(rows: list[list[str]], shape: str) -> None:
    assert _n102(rows, shape) == [], rows


def test_a_label_in_the_third_cell_is_not_a_total_row() -> None:
    # a category column and a 序号 column both blank: too far from the row's start to be read
    # as the total row (the rows below 合计 would be other rows' parts); nothing is said
    rows = _rows("类别|序号|项目|件数", "许可|1|甲|4", "|2|乙|5", "||合计|10")
    assert _n102(rows, "word") == []


# --- a 顿号 list that makes up the whole, then a comma clause said of the whole -------------
# 「发现隐患5127项，其中重大隐患46项、一般隐患5081项，已整改到位5089项」: the comma after
# the list may close it (what follows is said of the whole), so the list alone is a reading;
# when the list does not make up the whole, nothing changes (each list below is over its
# whole: a contradiction however the list is read).

LIST_THEN_CLAUSE_RIGHT = [
    # 46+5081 = 5127; 5089 were rectified (of the whole)
    "排查各类隐患5127项，其中重大隐患46项、一般隐患5081项，已整改到位5089项。",
    # 215+192 = 407; 398 in time
    "审结行政复议案件407件，其中维持215件、驳回192件，按期审结398件。",
    # 18+27+9 = 54; 51 accepted by the drafters
    "提出合法性审查意见54条，其中实体问题18条、程序问题27条、文字表述9条，被采纳51条。",
    # 1204+836 = 2040; 2011 satisfied
    "接听热线来电2040个，其中咨询类1204个、求助类836个，群众满意2011个。",
    # 63+41 = 104; 97 in time
    "办理人大代表建议和政协提案104件，其中建议63件、提案41件，按期办结97件。",
    # 7+15+22 = 44; 40 reviewed
    "制发行政规范性文件44件，其中区政府7件、区政府办公室15件、部门22件，经合法性审核40件。",
    # 254+118 = 372; 365 filed
    "开展行政执法检查372次，其中日常检查254次、专项检查118次，依法公示365次。",
    # 5.6+3.1 = 8.7 (万元); 8.2 paid
    "发放法律援助补贴8.7万元，其中办案补贴5.6万元、交通补贴3.1万元，已发放到位8.2万元。",
]
LIST_THEN_CLAUSE_WRONG = [
    # 46+5108 = 5154, over 5127
    "排查各类隐患5127项，其中重大隐患46项、一般隐患5108项，已整改到位5089项。",
    # 215+238 = 453, over 407
    "审结行政复议案件407件，其中维持215件、驳回238件，按期审结398件。",
    # 18+27+19 = 64, over 54
    "提出合法性审查意见54条，其中实体问题18条、程序问题27条、文字表述19条，被采纳51条。",
    # 1204+863 = 2067, over 2040
    "接听热线来电2040个，其中咨询类1204个、求助类863个，群众满意2011个。",
    # 63+51 = 114, over 104
    "办理人大代表建议和政协提案104件，其中建议63件、提案51件，按期办结97件。",
    # 7+15+32 = 54, over 44
    "制发行政规范性文件44件，其中区政府7件、区政府办公室15件、部门32件，经合法性审核40件。",
    # 254+181 = 435, over 372
    "开展行政执法检查372次，其中日常检查254次、专项检查181次，依法公示365次。",
    # 5.6+3.9 = 9.5, over 8.7 (万元)
    "发放法律援助补贴8.7万元，其中办案补贴5.6万元、交通补贴3.9万元，已发放到位8.2万元。",
]


def _n101(text: str) -> list[str]:
    return [r.message for r in contradictions(analyze_text(text, 2023)) if r.code == "N101"]


@pytest.mark.parametrize("text", LIST_THEN_CLAUSE_RIGHT)
def test_list_that_makes_up_the_whole_then_a_clause_consistent(text: str) -> None:
    assert _n101(text) == [], text


@pytest.mark.parametrize("text", LIST_THEN_CLAUSE_WRONG)
def test_list_that_does_not_make_up_the_whole_then_a_clause_wrong(text: str) -> None:
    assert _n101(text), text


# --- a rate column named after the count column before it ----------------------------------
# 「部门 | 申请数 | 办结数 | 办结率」: each row's 办结率 is 办结数 ÷ 申请数; judged once another
# row agrees with that reading. Each rate below was worked out by hand (rounded half up).


def _n104(rows: list[list[str]], shape: str) -> list[str]:
    if shape == "text":
        relations = analyze_text(_as_text(rows), 2023)
    else:
        relations = analyze_document(_as_word(rows), 2023)
    return [r.message for r in contradictions(relations) if r.code == "N104"]


RATE_WRONG = [
    # 188/190 = 98.9 ok; 76/80 = 95.0, not 59.0
    _rows("单位|受理数（件）|办结数（件）|办结率", "甲街道|190|188|98.9%", "乙街道|80|76|59.0%"),
    # 45/50 = 90.0 ok, 27/30 = 90.0 ok; 18/24 = 75.0, not 57.0
    _rows(
        "科室|应出庭（件）|出庭（件）|出庭率",
        "一科|50|45|90.0%",
        "二科|30|27|90.0%",
        "三科|24|18|57.0%",
    ),
    # 64/64 = 100 ok; 93/97 = 95.9, not 99.5
    _rows("地区|立案（件）|结案（件）|结案率（%）", "城区|64|64|100", "郊区|97|93|99.5"),
    # 301/320 = 94.1 ok; 149/160 = 93.1, not 91.3
    _rows("窗口|申请（件）|满意（件）|满意率", "东窗口|320|301|94.1%", "西窗口|160|149|91.3%"),
    # 12/15 = 80.0 ok; 7/9 = 77.8, not 87.8
    _rows("类别|复议（件）|纠错（件）|纠错率", "许可|15|12|80.0%", "处罚|9|7|87.8%"),
    # 1,020/1,200 = 85.0 ok; 455/500 = 91.0, not 81.0
    _rows("批次|抽检（批）|合格（批）|合格率", "第一批|1,200|1,020|85.0%", "第二批|500|455|81.0%"),
    # 33/36 = 91.7 ok; 20/25 = 80.0, not 8.0
    _rows("学校|教师（人）|持证（人）|持证率", "一中|36|33|91.7%", "二中|25|20|8.0%"),
    # 77/88 = 87.5 ok; 50/64 = 78.1, not 71.8
    _rows("镇|调解（件）|调解成功（件）|调解成功率", "北镇|88|77|87.5%", "南镇|64|50|71.8%"),
]
RATE_RIGHT = [
    _rows("单位|受理数（件）|办结数（件）|办结率", "甲街道|190|188|98.9%", "乙街道|80|76|95.0%"),
    _rows(
        "科室|应出庭（件）|出庭（件）|出庭率",
        "一科|50|45|90.0%",
        "二科|30|27|90.0%",
        "三科|24|18|75.0%",
    ),
    _rows("地区|立案（件）|结案（件）|结案率（%）", "城区|64|64|100", "郊区|97|93|95.9"),
    # 149/160 = 93.125: truncated or rounded, 93.1
    _rows("窗口|申请（件）|满意（件）|满意率", "东窗口|320|301|94.1%", "西窗口|160|149|93.1%"),
    # a rate named after neither count column (采纳率 against 审查, 纠错): not judged
    _rows("类别|审查（件）|纠错（件）|采纳率", "许可|15|12|64.0%", "处罚|9|7|50.0%"),
    # a change over the year, not a rate of the two columns
    _rows("批次|上年（批）|本年（批）|增长率", "第一批|1,000|1,200|20.0%", "第二批|500|455|-9.0%"),
    # no row agrees with 持证÷教师 (the rates are of another base): nothing said
    _rows("学校|教师（人）|持证（人）|持证率", "一中|36|33|55.0%", "二中|25|20|33.3%"),
    # 77/88 = 87.5, 50/64 = 78.125 -> 78.1
    _rows("镇|调解（件）|调解成功（件）|调解成功率", "北镇|88|77|87.5%", "南镇|64|50|78.1%"),
]


@pytest.mark.parametrize("shape", ["text", "word"])
@pytest.mark.parametrize("rows", RATE_WRONG)
def test_rate_column_wrong(rows: list[list[str]], shape: str) -> None:
    assert _n104(rows, shape), rows


@pytest.mark.parametrize("shape", ["text", "word"])
@pytest.mark.parametrize("rows", RATE_RIGHT)
def test_rate_column_consistent(rows: list[list[str]], shape: str) -> None:
    assert _n104(rows, shape) == [], rows
