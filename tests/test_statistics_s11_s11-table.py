"""Text against tables, in .txt, .docx and .pdf (session 11, s11-table).

Mechanisms, each with its own contradictions and consistent traps (every table here was
written for these tests; each sum, share and rate was worked out by hand in the comment):

* 「其中」 runs — the rows after a 「其中：维持」 row may be its further items (「撤销」 under it,
  an indent a PDF loses): a 合计 that one such reading adds up to is not wrong;
* a 其中 row larger than the row above it (N102);
* a 合计/总计 column against the sum of its row's count columns (N102);
* a share column printed with 「%」 against its count over the 合计 (N104);
* a rate column whose count header names a unit before 数 (已签约户数 | 签约率, N104);
* text against the table: 「三项合计563件」 counts items, not a sum; a figure of one flow stage
  (受理) is not the column of another (审结) — but more concluded in the table than the text
  says came in is wrong when the text denies a carry-over (N401);
* a table broken across PDF pages is judged whole: rates, shares, 其中 rows, row totals and
  text figures on the rows after the break.
"""

from __future__ import annotations

import pytest

from fazhi_lint.analysis.relations import analyze_document, analyze_text, contradictions
from fazhi_lint.model import Block, BlockKind, Document, Location, Severity


def _rows(*rows: str) -> list[list[str]]:
    return [r.split("|") for r in rows]


def _as_text(rows: list[list[str]], before: str = "") -> str:
    lines = [before] if before else []
    return "\n".join([*lines, *("\t".join(r) for r in rows)])


def _as_word(rows: list[list[str]], before: str = "", fmt: str = "docx") -> Document:
    blocks: list[Block] = []
    if before:
        blocks.append(
            Block(index=0, text=before, kind=BlockKind.PARAGRAPH, location=Location(block=0))
        )
    for r, row in enumerate(rows, 1):
        for c, text in enumerate(row, 1):
            if not text:
                continue
            i = len(blocks)
            blocks.append(
                Block(
                    index=i,
                    text=text,
                    kind=BlockKind.TABLE_CELL,
                    location=Location(block=i, part="body", table=1, row=r, cell=c, page=1),
                )
            )
    return Document(path=f"<{fmt}>", format=fmt, blocks=blocks)


def _as_pdf(rows: list[list[str]], split: int, before: str = "") -> Document:
    """A PDF table broken after ``split`` rows, as the reader gives it: one table whose rows
    after the break are on page 2 (the reader joins the parts, tests/test_statistics_s12_pdftab.py)."""
    blocks: list[Block] = []
    if before:
        blocks.append(
            Block(
                index=0,
                text=before,
                kind=BlockKind.PARAGRAPH,
                location=Location(block=0, part="body", page=1),
            )
        )
    for r, row in enumerate(rows, 1):
        table, page, number = 1, (1 if r <= split else 2), r
        for c, text in enumerate(row, 1):
            if not text:
                continue
            i = len(blocks)
            blocks.append(
                Block(
                    index=i,
                    text=text,
                    kind=BlockKind.TABLE_CELL,
                    location=Location(
                        block=i, part="body", table=table, row=number, cell=c, page=page
                    ),
                )
            )
    return Document(path="<pdf>", format="pdf", blocks=blocks)


def _found(rows: list[list[str]], before: str = "", shape: str = "text", split: int = 0):
    if shape == "text":
        relations = analyze_text(_as_text(rows, before), 2024)
    elif shape == "pdf":
        relations = analyze_document(_as_pdf(rows, split, before), 2024)
    else:
        relations = analyze_document(_as_word(rows, before), 2024)
    return [r for r in contradictions(relations) if r.code and r.code.startswith("N")]


def _errors(rows, before="", shape="text", split=0) -> list[str]:
    return [r.message for r in _found(rows, before, shape, split) if r.severity is Severity.ERROR]


# --------------------------------------------------------------------------------------
# 「其中」 runs
# --------------------------------------------------------------------------------------

SUB_RUN_TRAPS = [
    # 52 + 14 = 66; 当场办结 30 and 承诺办结 18 are both items of 行政许可
    _rows(
        "项目|件数",
        "行政许可|52",
        "其中：当场办结|30",
        "　　　　　承诺办结|18",
        "行政确认|14",
        "合计|66",
    ),
    # 140 + 60 = 200; 持证 132, 女性 41 under 执法人员; 合同制 45, 派遣 15 under 辅助人员
    _rows(
        "类别|人数",
        "执法人员|140",
        "其中：持证|132",
        "女性|41",
        "辅助人员|60",
        "其中：合同制|45",
        "派遣|15",
        "合计|200",
    ),
    # 33 + 12 = 45
    _rows(
        "案件|数量", "行政诉讼一审|33", "其中：败诉|2", "调解撤诉|5", "行政诉讼二审|12", "合计|45"
    ),
    # 85.5 + 60.0 = 145.5
    _rows(
        "经费|金额（万元）",
        "法治宣传|85.5",
        "其中：阵地建设|40.0",
        "读本印制|12.5",
        "法律顾问|60.0",
        "合计|145.5",
    ),
    # 210 + 96 = 306 (the plain reading)
    _rows("信访|件次", "来信|210", "其中：网信|150", "来访|96", "合计|306"),
    # 20 + 35 + 45 = 100, three groups
    _rows(
        "层级|件数",
        "市级|20",
        "其中：复议|8",
        "区级|35",
        "其中：复议|10",
        "诉讼|5",
        "街道|45",
        "其中：调解|7",
        "信访|3",
        "合计|100",
    ),
    # 受理 80 + 40 = 120; 办结 76 + 40 = 116
    _rows(
        "单位|受理|办结",
        "区本级|80|76",
        "其中：线上|50|49",
        "线下|30|27",
        "镇街|40|40",
        "合计|120|116",
    ),
    # 120 + 15 = 135; 简易 70 + 普通 45 + 听证 5 = 120 under 行政处罚
    _rows(
        "类别|件数",
        "行政处罚|120",
        "其中：简易程序|70",
        "普通程序|45",
        "听证程序|5",
        "行政强制|15",
        "合计|135",
    ),
]

SUB_RUN_WRONG = [
    # readings 52+18+14 = 84, 52+14 = 66: 68 is neither
    _rows("项目|件数", "行政许可|52", "其中：当场办结|30", "承诺办结|18", "行政确认|14", "合计|68"),
    # readings 241, 200, 140: 205 is none
    _rows("类别|人数", "执法人员|140", "其中：持证|132", "女性|41", "辅助人员|60", "合计|205"),
    # readings 50, 45, 33: 47 is none
    _rows(
        "案件|数量", "行政诉讼一审|33", "其中：败诉|2", "调解撤诉|5", "行政诉讼二审|12", "合计|47"
    ),
    # readings 158.0, 145.5, 85.5: 154.5 is none
    _rows(
        "经费|金额（万元）",
        "法治宣传|85.5",
        "其中：阵地建设|40.0",
        "读本印制|12.5",
        "法律顾问|60.0",
        "合计|154.5",
    ),
    # readings 306, 210: 316 is none
    _rows("信访|件次", "来信|210", "其中：网信|150", "来访|96", "合计|316"),
    # 108 less {0,35} less {0,5,50} less {0,3}: never 101
    _rows(
        "层级|件数",
        "市级|20",
        "其中：复议|8",
        "区级|35",
        "其中：复议|10",
        "诉讼|5",
        "街道|45",
        "其中：调解|7",
        "信访|3",
        "合计|101",
    ),
    # 办结 readings 143, 116, 76: 118 is none
    _rows(
        "单位|受理|办结",
        "区本级|80|76",
        "其中：线上|50|49",
        "线下|30|27",
        "镇街|40|40",
        "合计|120|118",
    ),
    # readings 185, 140, 135, 120: 130 is none
    _rows(
        "类别|件数",
        "行政处罚|120",
        "其中：简易程序|70",
        "普通程序|45",
        "听证程序|5",
        "行政强制|15",
        "合计|130",
    ),
]


@pytest.mark.parametrize("shape", ["text", "docx", "pdf"])
@pytest.mark.parametrize("rows", SUB_RUN_TRAPS)
def test_rows_after_a_qizhong_row_may_be_its_items(rows, shape) -> None:
    assert _errors(rows, shape=shape, split=len(rows)) == []


@pytest.mark.parametrize("shape", ["text", "docx"])
@pytest.mark.parametrize("rows", SUB_RUN_WRONG)
def test_a_total_no_reading_adds_up_to_is_wrong(rows, shape) -> None:
    assert any("合计" in m for m in _errors(rows, shape=shape))


# --------------------------------------------------------------------------------------
# a 其中 row larger than the row above it
# --------------------------------------------------------------------------------------

PART_OVER = [
    # 维持 27 > 行政复议 24 (24 + 9 = 33 holds)
    _rows("项目|数量（件）", "行政复议|24", "其中：维持|27", "行政诉讼|9", "合计|33"),
    # 线上 办结 79 > 区本级 办结 76
    _rows("单位|受理|办结", "区本级|80|76", "其中：线上|50|79", "镇街|40|40", "合计|120|116"),
    # 新入职 380 > 执法人员培训 360 (360 + 1200 = 1560)
    _rows("项目|人次", "执法人员培训|360", "其中：新入职人员|380", "普法讲座|1200", "合计|1560"),
    # 阵地建设 90.0 > 法治宣传 85.5
    _rows(
        "项目|金额（万元）", "法治宣传|85.5", "其中：阵地建设|90.0", "法律顾问|60.0", "合计|145.5"
    ),
    # 网信 215 > 来信 210
    _rows("信访|件次", "来信|210", "其中：网信|215", "来访|96", "合计|306"),
    # 重大合同 70 > 合同审查 64 (64 + 22 = 86)
    _rows("项目|份数", "合同审查|64", "其中：重大合同|70", "规范性文件审查|22", "合计|86"),
    # 规上企业 521 > 检查企业 512 (512 + 300 = 812)
    _rows("项目|家次", "检查企业|512", "其中：规上企业|521", "个体工商户|300", "合计|812"),
    # 农民工 96 > 合计 90 (40 + 50 = 90)
    _rows("类型|件数", "刑事|40", "民事|50", "合计|90", "其中：农民工|96"),
]

PART_UNDER = [
    _rows("项目|数量（件）", "行政复议|24", "其中：维持|17", "行政诉讼|9", "合计|33"),
    # equal to the row above: all of them
    _rows("项目|人数", "执法人员|140", "其中：持证人员|140", "辅助人员|60", "合计|200"),
    # a rate row under a count: not a part of it
    _rows("项目|数值", "受理投诉|96", "其中：满意率|98.5"),
    # two 其中 rows: the second is not a part of the first
    _rows("层级|件数", "市级|20", "其中：复议|8", "其中：诉讼|15", "区级|30", "合计|50"),
    # a rate column: 98.0 over 95.0 is no part over its whole
    _rows("单位|受理|办结率", "区本级|80|95.0", "其中：线上|50|98.0"),
    _rows("单位|受理|办结", "区本级|80|76", "其中：线上|50|49", "镇街|40|40", "合计|120|116"),
    # 12.34 under a parent printed 12.3 (12.25 … 12.35): within rounding
    _rows("项目|金额（万元）", "经费|12.3", "其中：培训|12.34"),
    _rows("项目|件数", "收到申请|120", "其中：网上申请|85", "受理|112"),
    # a 其中 row of its own measure: 356万元 is not more than 120 cases
    _rows("项目|数量", "行政处罚|120", "其中：罚没金额（万元）|356", "行政强制|15"),
]


@pytest.mark.parametrize("shape", ["text", "docx"])
@pytest.mark.parametrize("rows", PART_OVER)
def test_a_qizhong_row_over_its_whole(rows, shape) -> None:
    found = [r for r in _found(rows, shape=shape) if "大于其所属" in r.message]
    assert found
    # an error under a header of one unit (数量（件）, 人次), else a warning: without a unit a
    # 其中 row may count another thing (检查企业 | 其中：发现隐患)
    unit = rows[0][1] not in ("受理",)
    assert {r.severity for r in found} == {Severity.ERROR if unit else Severity.WARNING}


@pytest.mark.parametrize("shape", ["text", "docx"])
@pytest.mark.parametrize("rows", PART_UNDER)
def test_a_qizhong_row_within_its_whole(rows, shape) -> None:
    assert _errors(rows, shape=shape) == []


# --------------------------------------------------------------------------------------
# a 合计 column against its row
# --------------------------------------------------------------------------------------

ROW_TOTAL_WRONG = [
    # 1 + 2 + 3 = 6, not 7 (10+20+30 = 60, 5+6+7 = 18 agree)
    _rows("单位|许可|处罚|检查|合计", "甲局|10|20|30|60", "乙局|5|6|7|18", "丙局|1|2|3|7"),
    # 15 + 6 + 3 = 24, not 42
    _rows("镇街|调解|仲裁|诉讼|合计", "东镇|12|3|5|20", "西镇|8|2|4|14", "南镇|15|6|3|42"),
    # 6.0 + 7.5 + 1.5 = 15.0, not 16.0
    _rows(
        "项目|省级|市级|区级|合计（万元）",
        "宣传|10.5|20.0|5.5|36.0",
        "培训|3.2|4.8|2.0|10.0",
        "顾问|6.0|7.5|1.5|16.0",
    ),
    # the 合计 row: 50 + 9 = 59, not 60
    _rows("单位|一审|二审|合计", "甲院|30|5|35", "乙院|20|4|24", "合计|50|9|60"),
    # 合计 first: 18 + 14 = 32, not 33
    _rows("单位|合计|男|女", "甲队|50|30|20", "乙队|40|25|15", "丙队|33|18|14"),
    # 总计: 22 + 8 = 30, not 40
    _rows("类别|线上|线下|总计", "咨询|120|80|200", "调解|30|15|45", "援助|22|8|40"),
    # 50 + 4 = 54, not 56
    _rows(
        "季度|受理|不予受理|合计",
        "一季度|40|2|42",
        "二季度|38|1|39",
        "三季度|45|3|48",
        "四季度|50|4|56",
    ),
    # 12 + 7 = 19, not 21
    _rows("单位|普通程序|简易程序|合计", "甲所|31|9|40", "乙所|14|6|20", "丙所|12|7|21"),
]

ROW_TOTAL_RIGHT = [
    _rows("单位|许可|处罚|检查|合计", "甲局|10|20|30|60", "乙局|5|6|7|18", "丙局|1|2|3|6"),
    # a 其中 column is not added: 10+20 = 30, 8+12 = 20
    _rows("单位|城区|农村|其中：山区|合计", "甲|10|20|5|30", "乙|8|12|4|20"),
    # a share column is not added: 30+20 = 50, 25+15 = 40
    _rows("单位|男|女|女性占比|合计", "甲|30|20|40.0|50", "乙|25|15|37.5|40"),
    # no row adds up: 合计 means something else here; silent
    _rows("单位|受理|办结|合计", "甲|40|38|45", "乙|30|29|33"),
    # rounding: 1.25 + 2.36 = 3.61, printed 3.6
    _rows("项目|省级|市级|合计（万元）", "甲|1.25|2.36|3.6", "乙|2.0|3.0|5.0", "丙|1.1|1.1|2.2"),
    # n/a marks: 10 + 5 = 15, 3 + 4 = 7
    _rows("单位|许可|处罚|检查|合计", "甲|10|—|5|15", "乙|3|4|—|7", "丙|1|1|1|3"),
    # 小计 and 合计 columns: two totals, silent
    _rows("单位|甲类|乙类|小计|丙类|合计", "A|1|2|3|4|7", "B|2|2|4|1|9"),
    _rows("类别|线上|线下|总计", "咨询|120|80|200", "调解|30|15|45", "援助|22|8|30"),
]


@pytest.mark.parametrize("shape", ["text", "docx"])
@pytest.mark.parametrize("rows", ROW_TOTAL_WRONG)
def test_a_row_total_column_off(rows, shape) -> None:
    assert any("该行各列之和" in r.message for r in _found(rows, shape=shape))


@pytest.mark.parametrize("shape", ["text", "docx"])
@pytest.mark.parametrize("rows", ROW_TOTAL_RIGHT)
def test_a_row_total_column_right(rows, shape) -> None:
    assert not any("该行各列之和" in r.message for r in _found(rows, shape=shape))


def test_a_row_total_with_one_agreeing_row_is_a_warning() -> None:
    # 10+20 = 30 agrees; 5+6 = 11, not 12: one row to confirm the reading
    rows = _rows("单位|许可|处罚|合计", "甲|10|20|30", "乙|5|6|12")
    found = [r for r in _found(rows) if "该行各列之和" in r.message]
    assert [r.severity for r in found] == [Severity.WARNING]


# --------------------------------------------------------------------------------------
# shares printed with %
# --------------------------------------------------------------------------------------

SHARE_WRONG = [
    # 81/139 = 58.3, not 63.3
    _rows("程序|件数|占比", "简易程序|58|41.7%", "普通程序|81|63.3%", "合计|139|100%"),
    # 60/150 = 40.0, not 45.0
    _rows("层级|人数|占比", "市级|45|30.0%", "区级|60|45.0%", "街道|45|30.0%", "合计|150|100%"),
    # 8/50 = 16, not 20
    _rows("类型|件数|比例", "许可|12|24%", "处罚|30|60%", "其他|8|20%", "合计|50|100%"),
    # 2/3 = 66.67, not 66.76
    _rows("类型|件数|占比", "甲|1|33.33%", "乙|2|66.76%", "合计|3|100.00%"),
    # 300/1000 = 30.0, not 25.0
    _rows("方式|份数|占比", "线上|700|70.0%", "线下|300|25.0%", "合计|1000|100%"),
    # 60/500 = 12, not 21
    _rows("渠道|件数|构成", "电话|240|48%", "网络|200|40%", "来访|60|21%", "合计|500|100%"),
    # 15/30 = 50.0, not 55.0
    _rows("年龄|人数|占比", "青年|12|40.0%", "中年|15|55.0%", "老年|3|10.0%", "合计|30|100%"),
    # 4/40 = 10.0, not 15.0
    _rows("结果|件数|占比", "维持|30|75.0%", "撤销|6|15.0%", "其他|4|15.0%", "合计|40|100%"),
]

SHARE_RIGHT = [
    _rows("程序|件数|占比", "简易程序|58|41.7%", "普通程序|81|58.3%", "合计|139|100%"),
    # 2/3 = 66.67 truncated to 66.6
    _rows("类型|件数|占比", "甲|2|66.6%", "乙|1|33.3%", "合计|3|100%"),
    # rows 10 + 20 = 30, not the 合计 50: the shares are not judged (the 合计 row is, N102)
    _rows("类型|件数|占比", "甲|10|20%", "乙|20|45%", "合计|50|100%"),
    # 35.21, 51.11, 13.68: printed shares add to 100.0
    _rows(
        "规模|家次|占比", "规上|412|35.2%", "规下|598|51.1%", "个体|160|13.7%", "合计|1170|100.0%"
    ),
    # a 率 column is not a share
    _rows("单位|件数|办结率", "甲|40|95%", "乙|60|90%", "合计|100|92%"),
    _rows("类型|件数|占比", "甲|1|33%", "乙|2|67%", "合计|3|100%"),
    _rows("类型|件数|占比", "甲|0|0%", "乙|25|100%", "合计|25|100%"),
    _rows("层级|人数|占比（%）", "市级|45|30.0", "区级|60|40.0", "街道|45|30.0", "合计|150|100.0"),
]


@pytest.mark.parametrize("shape", ["text", "docx"])
@pytest.mark.parametrize("rows", SHARE_WRONG)
def test_a_share_printed_with_percent_off(rows, shape) -> None:
    assert any("与其分子分母不符" in m for m in _errors(rows, shape=shape))


@pytest.mark.parametrize("shape", ["text", "docx"])
@pytest.mark.parametrize("rows", SHARE_RIGHT)
def test_a_share_printed_with_percent_right(rows, shape) -> None:
    assert [m for m in _errors(rows, shape=shape) if "分子分母" in m] == []


# --------------------------------------------------------------------------------------
# a rate column after a count header naming its unit (户数, 家数)
# --------------------------------------------------------------------------------------

UNIT_RATE_WRONG = [
    # 68/75 = 90.7, not 81.7
    _rows(
        "社区|应签约户数|已签约户数|签约率", "甲|75|68|81.7%", "乙|80|72|90.0%", "丙|50|45|90.0%"
    ),
    # 36/40 = 90.0, not 95.0
    _rows(
        "行业|检查家数|合格家数|合格率",
        "餐饮|120|108|90.0%",
        "零售|80|76|95.0%",
        "药店|40|36|95.0%",
    ),
    # 91/100 = 91.0, not 97.0
    _rows(
        "镇|应参保户数|已参保户数|参保率", "东|200|190|95.0%", "西|150|141|94.0%", "南|100|91|97.0%"
    ),
    # 57/65 = 87.7, not 97.7
    _rows(
        "学段|应配备所数|已配备所数|配备率",
        "中学|18|18|100.0%",
        "小学|42|40|95.2%",
        "幼儿园|65|57|97.7%",
    ),
    # 150/200 = 75.0, not 57.0
    _rows(
        "批次|发放份数|回收份数|回收率", "一|500|460|92.0%", "二|300|285|95.0%", "三|200|150|57.0%"
    ),
    # 8/10 = 80.0, not 90.0
    _rows("片区|应整改家数|已整改家数|整改率", "甲|30|27|90.0%", "乙|20|19|95.0%", "丙|10|8|90.0%"),
    # 120/150 = 80.0, not 85.0
    _rows(
        "网格|登记户数|走访户数|走访率", "甲|400|380|95.0%", "乙|250|240|96.0%", "丙|150|120|85.0%"
    ),
    # 17/20 = 85.0, not 95.0
    _rows("村|签约户数|履约户数|履约率", "甲|60|57|95.0%", "乙|40|38|95.0%", "丙|20|17|95.0%"),
]

UNIT_RATE_RIGHT = [
    _rows(
        "社区|应签约户数|已签约户数|签约率", "甲|75|68|90.7%", "乙|80|72|90.0%", "丙|50|45|90.0%"
    ),
    # 57/65 = 87.69 truncated to 87.6
    _rows(
        "学段|应配备所数|已配备所数|配备率",
        "中学|18|18|100.0%",
        "小学|42|40|95.2%",
        "幼儿园|65|57|87.6%",
    ),
    # a rate not named after the count before it: not judged
    _rows("社区|应签约户数|已签约户数|满意率", "甲|75|68|99.0%", "乙|80|72|98.0%"),
    # 41/40: more signed than due, not judged as a rate of the row
    _rows(
        "社区|应签约户数|已签约户数|签约率", "甲|40|41|100.0%", "乙|80|72|90.0%", "丙|50|45|90.0%"
    ),
    _rows(
        "行业|检查家数|合格家数|合格率",
        "餐饮|120|108|90.0%",
        "零售|80|76|95.0%",
        "药店|40|36|90.0%",
    ),
    _rows(
        "批次|发放份数|回收份数|回收率", "一|500|460|92.0%", "二|300|285|95.0%", "三|200|150|75.0%"
    ),
    _rows("网格|登记户数|走访户数|走访率", "甲|400|380|95%", "乙|250|240|96%", "丙|150|120|80%"),
    _rows("村|签约户数|履约户数|履约率", "甲|60|57|95.0", "乙|40|38|95.0", "丙|20|17|85.0"),
]


@pytest.mark.parametrize("rows", UNIT_RATE_WRONG)
def test_a_rate_after_a_unit_count_header_off(rows) -> None:
    assert any("与其分子分母不符" in m for m in _errors(rows))


@pytest.mark.parametrize("rows", UNIT_RATE_RIGHT)
def test_a_rate_after_a_unit_count_header_right(rows) -> None:
    assert _errors(rows) == []


# --------------------------------------------------------------------------------------
# text against the table: items summed, flow stages
# --------------------------------------------------------------------------------------

OUTCOMES = _rows("类别|审结（件）", "维持|88", "撤销|9", "确认违法|6", "终止|28", "合计|131")

STAGE_WRONG = [
    # 131 concluded > 126 accepted, no carry-over
    ("全年共受理行政复议申请126件，无上年结转案件，审结情况见下表。", OUTCOMES),
    # 250 + 160 + 10 = 420 > 412
    (
        "全年共受理劳动人事争议仲裁案件412件，均为当年受理，结案情况见下表。",
        _rows("结果|结案数（件）", "调解|250", "裁决|160", "撤诉|10", "合计|420"),
    ),
    # 50 + 12 + 9 + 16 = 87 > 85
    (
        "全年共收到政府信息公开申请85件，无结转，办理结果如下。",
        _rows(
            "结果|办结（件）", "公开|50", "部分公开|12", "不予公开|9", "信息不存在|16", "合计|87"
        ),
    ),
    # 300 + 240 + 30 = 570 > 560
    (
        "全年共受理投诉举报560件，上年度无结转，办结情况见下表。",
        _rows("渠道|办结数（件）", "电话|300", "网络|240", "来信|30", "合计|570"),
    ),
    # 40 + 20 + 18 = 78 > 74
    (
        "全年共立案行政处罚案件74件，无上年结转案件，结案情况如下。",
        _rows("领域|结案（件）", "食品|40", "药品|20", "价格|18", "合计|78"),
    ),
    # 100 + 120 + 15 = 235 > 230
    (
        "全年法律援助中心共受理案件230件，没有上年结转，办结情况见下表。",
        _rows("类型|办结数量（件）", "刑事|100", "民事|120", "行政|15", "合计|235"),
    ),
    # 40 + 10 = 50 > 48
    (
        "全年共接收行政调解申请48件，无往年结转，办结情况如下。",
        _rows("结果|办结（件）", "调解成功|40", "调解不成功|10", "合计|50"),
    ),
    # 250 + 260 + 270 + 250 = 1030 > 1020
    (
        "全年共受理信访事项1020件，无上年结转，办结情况见下表。",
        _rows(
            "季度|办结（件）", "一季度|250", "二季度|260", "三季度|270", "四季度|250", "合计|1030"
        ),
    ),
]

STAGE_RIGHT = [
    # a carry-over of 9: 131 ≤ 126 + 9
    ("全年共受理行政复议申请126件（另有上年结转9件），审结情况见下表。", OUTCOMES),
    # 120 concluded ≤ 126 accepted
    (
        "全年共受理行政复议申请126件，无上年结转案件，审结情况见下表。",
        _rows("类别|审结（件）", "维持|80", "撤销|9", "终止|31", "合计|120"),
    ),
    # 「三项合计563件」: 三项 counts the rows; 563 is the 2024 column's 合计 (168+85+310)
    (
        "近两年我市行政争议化解主要指标对比见下表，2024年三项合计563件。",
        _rows(
            "指标|2023年|2024年",
            "行政复议收案数|142|168",
            "行政诉讼应诉数|77|85",
            "行政调解数|310|310",
            "合计|529|563",
        ),
    ),
    # 「两类共计84件」: 50 + 34 = 84
    (
        "全年办理的行政复议和行政诉讼两类案件共计84件，情况见下表。",
        _rows("类别|件数", "行政复议|50", "行政诉讼|34", "合计|84"),
    ),
    # concluded equal to accepted
    (
        "全年共受理行政复议申请131件，无上年结转案件，审结情况见下表。",
        OUTCOMES,
    ),
    # the same stage: 受理 against 受理
    (
        "全年共受理投诉举报560件，上年度无结转，受理情况见下表。",
        _rows("渠道|受理（件）", "电话|300", "网络|230", "来信|30", "合计|560"),
    ),
    # received against an accepted column: other stages, not compared
    (
        "全年共收到投诉举报412件，无上年结转，受理情况见下表。",
        _rows("渠道|受理（件）", "电话|250", "网络|150", "合计|400"),
    ),
    # a paragraph that does not speak of the table: its 受理 may be of another matter
    ("全年共受理行政复议申请126件，无上年结转案件。", OUTCOMES),
    # a 其中 figure is a part, not the intake
    (
        "其中受理行政复议申请126件，无上年结转，审结情况见下表。",
        OUTCOMES,
    ),
]


@pytest.mark.parametrize("shape", ["text", "docx"])
@pytest.mark.parametrize(("before", "rows"), STAGE_WRONG)
def test_more_concluded_in_the_table_than_came_in(before, rows, shape) -> None:
    assert any("无上年结转" in m for m in _errors(rows, before, shape))


@pytest.mark.parametrize("shape", ["text", "docx"])
@pytest.mark.parametrize(("before", "rows"), STAGE_RIGHT)
def test_text_and_table_of_other_stages_or_items(before, rows, shape) -> None:
    assert [m for m in _errors(rows, before, shape) if "正文" in m] == []


# --------------------------------------------------------------------------------------
# a PDF table broken across pages, judged whole
# --------------------------------------------------------------------------------------


def _long(n: int, base: int) -> list[list[str]]:
    return [[f"第{i + 1}网格", str(base + i)] for i in range(n)]


RATE_HEAD = ["网格", "申请（件）", "网办（件）", "网办率"]
BROKEN_WRONG = [
    # row 6 on page 2: 45/50 = 90.0, not 80.0 (rows 1-5 agree: 9/10 = 90.0)
    (
        "",
        [
            RATE_HEAD,
            *[[f"第{i}类", "10", "9", "90.0%"] for i in range(1, 6)],
            ["第6类", "50", "45", "80.0%"],
        ],
        4,
    ),
    # 合计 on page 2: 27/30 = 90.0, not 93.0
    (
        "",
        [
            RATE_HEAD,
            *[[f"第{i}类", "10", "9", "90.0%"] for i in range(1, 4)],
            ["合计", "30", "27", "93.0%"],
        ],
        3,
    ),
    # a share on page 2: 20/50 = 40.0, not 45.0
    (
        "",
        [
            ["类型", "件数", "占比"],
            ["甲", "15", "30.0%"],
            ["乙", "15", "30.0%"],
            ["丙", "20", "45.0%"],
            ["合计", "50", "100%"],
        ],
        2,
    ),
    # the text names a row on page 2: 第7网格 107 in the table, 117 in the text
    ("全年各网格中，第7网格办理117件，详见下表。", [["网格", "件数"], *_long(8, 101)], 4),
    # the text's total against the 合计 on page 2: 101+…+106 = 621, not 612 in the text
    ("全年各网格共办理612件，详见下表。", [["网格", "件数"], *_long(6, 101), ["合计", "621"]], 3),
    # a 其中 row on page 2 over the row above it
    (
        "",
        _rows("项目|件数", "行政许可|52", "行政确认|14", "行政复议|24", "其中：维持|27", "合计|90"),
        3,
    ),
    # a row total on page 2: 5 + 6 = 11, not 12
    ("", _rows("单位|许可|处罚|合计", "甲|10|20|30", "乙|1|2|3", "丙|4|4|8", "丁|5|6|12"), 3),
    # rows over two pages add to 621, 合计 630 on page 2
    ("", [["网格", "件数"], *_long(6, 101), ["合计", "630"]], 4),
]

BROKEN_RIGHT = [
    (
        "",
        [
            RATE_HEAD,
            *[[f"第{i}类", "10", "9", "90.0%"] for i in range(1, 6)],
            ["第6类", "50", "45", "90.0%"],
        ],
        4,
    ),
    (
        "",
        [
            RATE_HEAD,
            *[[f"第{i}类", "10", "9", "90.0%"] for i in range(1, 4)],
            ["合计", "30", "27", "90.0%"],
        ],
        3,
    ),
    (
        "",
        [
            ["类型", "件数", "占比"],
            ["甲", "15", "30.0%"],
            ["乙", "15", "30.0%"],
            ["丙", "20", "40.0%"],
            ["合计", "50", "100%"],
        ],
        2,
    ),
    ("全年各网格中，第7网格办理107件，详见下表。", [["网格", "件数"], *_long(8, 101)], 4),
    ("全年各网格共办理621件，详见下表。", [["网格", "件数"], *_long(6, 101), ["合计", "621"]], 3),
    (
        "",
        _rows("项目|件数", "行政许可|52", "行政确认|14", "行政复议|24", "其中：维持|17", "合计|90"),
        3,
    ),
    ("", _rows("单位|许可|处罚|合计", "甲|10|20|30", "乙|1|2|3", "丙|4|4|8", "丁|5|6|11"), 3),
    # 约600件: an approximate total of 621
    ("全年各网格共办理约600件，详见下表。", [["网格", "件数"], *_long(6, 101), ["合计", "621"]], 4),
]


@pytest.mark.parametrize(("before", "rows", "split"), BROKEN_WRONG)
def test_a_table_broken_across_pages_is_judged_whole(before, rows, split) -> None:
    assert _found(rows, before, "pdf", split)
    # as one table in a .docx, the same finding
    assert _found(rows, before, "docx")


@pytest.mark.parametrize(("before", "rows", "split"), BROKEN_RIGHT)
def test_a_table_broken_across_pages_consistent(before, rows, split) -> None:
    assert _errors(rows, before, "pdf", split) == []


# --------------------------------------------------------------------------------------
# .txt: a pasted Word table with empty cells (「乙类\t\t5」; the last tabs of 「丙类\t4\t」 lost)
# --------------------------------------------------------------------------------------


def _pasted(*rows: str) -> str:
    # as the text reader gives it: a row's trailing tabs are dropped
    return "全年办理情况见下表。\n" + "\n".join(r.replace("|", "\t").rstrip("\t") for r in rows)


EMPTY_CELL_WRONG = [
    # 2024: 12 + 5 = 17, not 19
    _pasted("项目|2023年|2024年", "甲类|10|12", "乙类||5", "丙类|4|", "合计|14|19"),
    # 9 + 6 = 15, not 16
    _pasted("项目|2023年|2024年", "甲|8|9", "乙||6", "丙|5|", "合计|13|16"),
    # 办结 38 + 19 = 57, not 59
    _pasted("单位|受理|办结", "甲|40|38", "乙|12|", "丙|20|19", "合计|72|59"),
    # 线下 30 + 10 = 40, not 45
    _pasted("类别|线上|线下", "甲||30", "乙|25|", "丙|10|10", "合计|35|45"),
    # 检查 3 + 6 = 9, not 10
    _pasted("单位|许可|处罚|检查", "甲|1||3", "乙|2|4|", "丙||5|6", "合计|3|9|10"),
    # 件数 3 + 2 = 5, not 6
    _pasted("项目|金额（万元）|件数", "甲|12.5|3", "乙||2", "丙|7.5|", "合计|20.0|6"),
    # 诉讼 8 + 4 = 12, not 14
    _pasted("镇|调解|诉讼", "东|15|", "西||8", "南|9|4", "合计|24|14"),
    # 全年 12 + 7 = 19, not 21
    _pasted("项目|上半年|全年", "甲|5|12", "乙||7", "丙|3|", "合计|8|21"),
]

EMPTY_CELL_RIGHT = [
    _pasted("项目|2023年|2024年", "甲类|10|12", "乙类||5", "丙类|4|", "合计|14|17"),
    _pasted("项目|2023年|2024年", "甲|8|9", "乙||6", "丙|5|", "合计|13|15"),
    _pasted("单位|受理|办结", "甲|40|38", "乙|12|", "丙|20|19", "合计|72|57"),
    _pasted("类别|线上|线下", "甲||30", "乙|25|", "丙|10|10", "合计|35|40"),
    _pasted("单位|许可|处罚|检查", "甲|1||3", "乙|2|4|", "丙||5|6", "合计|3|9|9"),
    _pasted("项目|金额（万元）|件数", "甲|12.5|3", "乙||2", "丙|7.5|", "合计|20.0|5"),
    _pasted("镇|调解|诉讼", "东|15|", "西||8", "南|9|4", "合计|24|12"),
    # columns lined up by runs of tabs, not empty cells: 10 + 12 = 22
    "全年办理情况见下表。\n项目\t\t数量\n甲类\t\t10\n行政复议\t12\n合计\t\t22",
]


@pytest.mark.parametrize("text", EMPTY_CELL_WRONG)
def test_a_pasted_table_with_empty_cells_off(text) -> None:
    found = [r for r in contradictions(analyze_text(text, 2024)) if r.code == "N102"]
    assert found


@pytest.mark.parametrize("text", EMPTY_CELL_RIGHT)
def test_a_pasted_table_with_empty_cells_right(text) -> None:
    assert [r for r in contradictions(analyze_text(text, 2024)) if r.code == "N102"] == []


# --------------------------------------------------------------------------------------
# a rate in the text against the table's count columns
# --------------------------------------------------------------------------------------

REVIEW = _rows(
    "案件类型|受理（件）|办结（件）",
    "公安类|148|141",
    "市场监管类|96|90",
    "自然资源类|71|68",
    "其他|45|42",
    "合计|360|341",
)
OPINIONS = _rows(
    "审核事项|提出意见（条）|采纳（条）", "规范性文件|64|58", "重大决策|12|12", "合同协议|93|80"
)
CASES = _rows("类型|收案（件）|结案（件）", "刑事|50|48", "民事|120|110", "合计|170|158")

TEXT_RATE_WRONG = [
    # 341/360 = 94.7, not 98.6
    ("全年行政复议案件总体办结率达到98.6%，各类案件情况见下表。", REVIEW),
    # 80/93 = 86.0, not 91.2
    ("全年合法性审核意见采纳情况见下表，合同协议类意见采纳率为91.2%。", OPINIONS),
    # 110/120 = 91.7, not 96.0
    ("全年审结案件情况见下表，民事案件结案率为96.0%。", CASES),
    # 86/100 = 86.0, not 90.0
    (
        "各镇街合计调解成功率为90.0%，详见下表。",
        _rows("镇街|调解（件）|成功（件）", "东镇|40|36", "西镇|60|50", "合计|100|86"),
    ),
    # 490/500 = 98.0, not 99.5
    (
        "全年整体签收率为99.5%，送达情况见下表。",
        _rows("渠道|送达（份）|签收（份）", "邮寄|200|190", "电子|300|300", "合计|500|490"),
    ),
    # 39/42 = 92.86, not 95.24
    (
        "全年总体通过率为95.24%，情况见下表。",
        _rows("类别|申请（件）|通过（件）", "甲类|21|20", "乙类|21|19", "合计|42|39"),
    ),
    # 230/250 = 92.0, not 88.0
    (
        "许可事项网办率为88.0%，各类事项办理情况见下表。",
        _rows(
            "事项类别|申请（件）|网办（件）", "许可事项|250|230", "确认事项|100|90", "合计|350|320"
        ),
    ),
    # 190/200 = 95.0, not 99.0 (a warning: 收到 might be the base)
    (
        "全年办结率为99.0%，收办情况见下表。",
        _rows(
            "渠道|收到（件）|受理（件）|办结（件）",
            "来信|120|110|104",
            "来访|95|90|86",
            "合计|215|200|190",
        ),
    ),
]

SAMPLING = _rows(
    "类别|抽检（批次）|合格（批次）", "食品类|820|788", "药品类|120|119", "合计|940|907"
)
# rows named by one character each (食, 药 of 食品类, 药品类): the whole label names the row
TEXT_RATE_WRONG.append(("全年抽检情况见下表，其中食品类抽检合格率为97.5%。", SAMPLING))  # 96.1

TEXT_RATE_RIGHT = [
    ("全年抽检情况见下表，其中食品类抽检合格率为96.1%。", SAMPLING),  # 788/820 = 96.10
    ("全年行政复议案件总体办结率为94.7%，各类案件情况见下表。", REVIEW),
    ("全年合法性审核意见采纳情况见下表，合同协议类意见采纳率为86.0%。", OPINIONS),
    # 110/120 = 91.67 truncated
    ("全年审结案件情况见下表，民事案件结案率为91.6%。", CASES),
    # 按时结案率 is not 结案 over 收案
    ("全年审结案件情况见下表，民事案件按时结案率为96.0%。", CASES),
    # an approximate rate
    ("全年行政复议案件总体办结率近99%，各类案件情况见下表。", REVIEW),
    # another year's rate
    ("上年行政复议案件总体办结率为98.6%，今年各类案件情况见下表。", REVIEW),
    # 141/148 = 95.27
    ("全年各类案件情况见下表，其中公安类办结率为95.3%。", REVIEW),
    # 12/12
    ("全年合法性审核意见采纳情况见下表，重大决策类采纳率为100%。", OPINIONS),
    # a 全年 rate in a paragraph that does not speak of the table: not its 合计 row
    ("全年行政复议案件总体办结率为98.6%，较上年提高2个百分点。", REVIEW),
]


@pytest.mark.parametrize("shape", ["text", "docx"])
@pytest.mark.parametrize(("before", "rows"), TEXT_RATE_WRONG)
def test_a_text_rate_against_the_table_off(before, rows, shape) -> None:
    assert any("算得的" in r.message for r in _found(rows, before, shape))


def test_a_text_rate_with_another_possible_base_is_a_warning() -> None:
    before, rows = next(c for c in TEXT_RATE_WRONG if c[1][0][1] == "收到（件）")
    found = [r for r in _found(rows, before) if "算得的" in r.message]
    assert [r.severity for r in found] == [Severity.WARNING]


@pytest.mark.parametrize("shape", ["text", "docx"])
@pytest.mark.parametrize(("before", "rows"), TEXT_RATE_RIGHT)
def test_a_text_rate_against_the_table_right(before, rows, shape) -> None:
    assert not any("算得的" in r.message for r in _found(rows, before, shape))


# --------------------------------------------------------------------------------------
# a case-flow table's rows balance
# --------------------------------------------------------------------------------------

FLOW_ROWS_WRONG = [
    # 一审 12 + 96 = 108, 99 + 7 = 106
    _rows(
        "案件类型|上年结转|新收|审结|未结", "一审|12|96|99|7", "非诉|4|58|55|7", "二审|3|40|41|2"
    ),
    # 网上 796 + 64 = 860, not 842
    _rows("渠道|收到|受理|不予受理", "网上|842|796|64", "来信|215|198|17", "来访|60|55|5"),
    # 民事 20 + 300 = 320, 290 + 20 = 310
    _rows("类别|旧存|新收|审结|未结", "民事|20|300|290|20", "刑事|5|80|80|5", "行政|2|30|28|4"),
    # B 1 + 20 = 21, 19 + 1 = 20
    _rows("类别|上年未结|受理|办结|未办结", "甲|3|50|48|5", "乙|1|20|19|1", "丙|0|10|10|0"),
    # 合计 135 + 16 = 151, not 150
    _rows("渠道|收到|受理|不予受理", "甲|100|90|10", "乙|50|45|5", "合计|150|135|16"),
    # 乙 25 + 4 = 29, not 30
    _rows("单位|收案|受理|不予受理", "甲|40|36|4", "乙|30|25|4", "丙|20|20|0"),
    # 乙 8 + 60 = 68, 61 + 6 = 67
    _rows("法庭|上年结转|新收|结案|未结", "甲|10|100|104|6", "乙|8|60|61|6", "丙|0|20|18|2"),
    # B 1 + 30 = 31, 29 + 3 = 32
    _rows("类别|上年结转|新收|办结|结转下年", "甲|2|40|38|4", "乙|1|30|29|3", "丙|0|12|11|1"),
]

FLOW_ROWS_RIGHT = [
    _rows(
        "案件类型|上年结转|新收|审结|未结", "一审|12|96|101|7", "非诉|4|58|55|7", "二审|3|40|41|2"
    ),
    _rows("渠道|收到|受理|不予受理", "网上|842|778|64", "来信|215|198|17", "来访|60|55|5"),
    # no row balances: the columns are not the whole flow
    _rows("类别|上年结转|新收|审结|未结", "甲|5|50|40|5", "乙|2|30|20|2"),
    # a 移送 column the balance would need: 2+40 = 42 vs 35+4 = 39; silent
    _rows("类别|上年结转|新收|审结|移送|未结", "甲|2|40|35|3|4", "乙|1|20|18|1|2"),
    # two intake columns (收到, 受理): which one balances is not told
    _rows("类别|上年结转|收到|受理|审结|未结", "甲|2|50|45|44|3", "乙|1|30|28|27|2"),
    # a rate column is no part of the flow
    _rows("渠道|收到|受理|不予受理|受理率", "甲|100|90|10|90.0%", "乙|50|45|5|90.0%"),
    # n/a cells
    _rows("渠道|收到|受理|不予受理", "甲|100|90|10", "乙|50|—|—", "丙|20|18|2"),
    # a 其中 column is no part either
    _rows("渠道|收到|受理|其中：网上受理|不予受理", "甲|100|90|60|10", "乙|50|45|30|5"),
]


@pytest.mark.parametrize("shape", ["text", "docx"])
@pytest.mark.parametrize("rows", FLOW_ROWS_WRONG)
def test_a_flow_table_row_that_does_not_balance(rows, shape) -> None:
    assert any("两者不等" in r.message for r in _found(rows, shape=shape))


@pytest.mark.parametrize("shape", ["text", "docx"])
@pytest.mark.parametrize("rows", FLOW_ROWS_RIGHT)
def test_a_flow_table_that_balances_or_is_not_whole(rows, shape) -> None:
    assert not any("两者不等" in r.message for r in _found(rows, shape=shape))
