"""Session 15 (s15-texttable): a table written as text lines, its cells split by ``｜``, ``|``
or tabs (a Markdown row's outer bars and its |---| rule line too), is a table: three or more
consecutive lines of the same number (≥ 2) of cells go through the table model
(relations/tables.py ``_tables``), so its 合计 row (N102), its rate and share columns (N104)
and the text's repeat of a cell (N401) are checked, in a .txt and in .docx paragraphs alike.
A bar inside quotes or 《》 is part of a name; a piece longer than a cell is a sentence; a
title line split like the rows above the header is no row.

Every sentence is written for these tests; the arithmetic in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import findings

from fazhi_lint.analysis.relations import analyze_document, contradictions
from fazhi_lint.analysis.relations.table_grid import document_tables as _tables
from fazhi_lint.model import Block, Document, Severity

WRONG = [
    # 罚款 17.4 + 63.0 + 9.5 = 89.9, the 合计 row says 98.9 (件 215 + 48 + 31 = 294 fits)
    "全年水务行政执法案件统计如下：\n执法事项｜立案（件）｜罚款（万元）\n河道管理｜215｜17.4\n"
    "水资源管理｜48｜63.0\n水土保持｜31｜9.5\n合计｜294｜98.9",
    # Markdown rows with a rule line: 整改 22 + 15 + 9 = 46, the 合计 row says 64
    "| 检查对象 | 检查（家） | 责令整改（家） |\n|---|---|---|\n| 加油站 | 61 | 22 |\n"
    "| 液化气站 | 38 | 15 |\n| 化工企业 | 27 | 9 |\n| 合计 | 126 | 64 |",
    # two cells a line, ASCII bars: 57 + 23 + 8 = 88, the 合计 row says 86
    "全年行政应诉案件审结情况：\n审结结果|件数\n驳回诉讼请求|57\n撤诉|23\n败诉|8\n合计|86",
    # the text repeats a cell: 邻里纠纷 96 in the table, 69 in the text (143 + 96 + 58 = 297 fits)
    "全年调解矛盾纠纷297件，按类型统计如下：\n纠纷类型｜件数\n婚姻家庭｜143\n邻里纠纷｜96\n"
    "物业纠纷｜58\n合计｜297\n从类型看，邻里纠纷69件，多因房屋漏水、噪音扰民引发。",
    # a rate column: 402 / 437 = 91.99% ≈ 92.0%, the row says 96.0% (318 / 325 = 97.8% fits,
    # 275 / 291 = 94.5% fits)
    "镇街｜受理（件）｜办结（件）｜办结率\n东城街道｜325｜318｜97.8%\n西城街道｜437｜402｜96.0%\n"
    "北郊镇｜291｜275｜94.5%",
    # a share column: 84 / 350 = 24.0%, the row says 42.0% (196 / 350 = 56.0%, 70 / 350 = 20.0%)
    "投诉渠道 ｜ 件数 ｜ 占比\n电话 ｜ 196 ｜ 56.0%\n网络 ｜ 84 ｜ 42.0%\n来访 ｜ 70 ｜ 20.0%\n"
    "合计 ｜ 350 ｜ 100%",
    # a title line split like the rows above the header: 129 + 308 = 437, the 合计 row says 473
    "二、执法成效｜2024\n程序类别｜件数\n普通程序｜129\n简易程序｜308\n合计｜473",
]

RIGHT = [
    # bars inside quoted names, three lines: no table (18 + 11 = 29, 14 + 9 = 23, 6 + 4 = 10)
    "开展“法律明白人｜培训进村”活动29场，其中集中授课18场、现场教学11场。\n"
    "开展“宪法晨读｜我来领读”活动23场，其中校内14场、校外9场。\n"
    "开展《民法典｜百问百答》宣讲10场，其中进企业6场、进社区4场。",
    # sentences with a bar in them, three lines: no table (41 / 46 = 89.1%, 36 / 38 = 94.7%,
    # 25 / 27 = 92.6%)
    "坚持问题导向｜全年梳理群众反映强烈的突出问题46个，已推动解决41个，解决率89.1%。\n"
    "坚持目标导向｜全年确定法治政府建设重点任务38项，已完成36项，完成率94.7%。\n"
    "坚持结果导向｜全年开展法治督察12次，发现问题27个，已整改25个，整改率92.6%。",
    # lines of unequal cells: no table, and the prose (96 / 104 = 92.3%) is right
    "重点行业：建筑施工｜交通运输｜餐饮服务\n排查单位238家｜发现隐患104处\n"
    "全年排查单位238家，发现隐患104处，已整改96处，整改率92.3%。",
    # a lone heading with a bar; the prose balances (152 + 7 = 159 = 155 + 4)
    "一、工作成效｜2024\n全年收到行政复议申请152件，上年结转7件，审结155件，结转下年4件。",
    # a 其中 row is inside the row above it: 合计 = 173 + 88 = 261, 41 + 19 = 60
    "检查类型｜检查（次）｜发现问题（个）\n消防检查｜173｜41\n其中：高层建筑｜65｜23\n"
    "燃气检查｜88｜19\n合计｜261｜60",
    # Markdown rows, rates truncated to two places: 311 / 318 = 97.798 → 97.79,
    # 187 / 194 = 96.391 → 96.39, 96 / 97 = 98.969 → 98.96
    "| 街道 | 受理（件） | 办结（件） | 办结率 |\n|:---|---:|---:|---:|\n"
    "| 江北街道 | 318 | 311 | 97.79% |\n| 江南街道 | 194 | 187 | 96.39% |\n"
    "| 湖滨街道 | 97 | 96 | 98.96% |",
    # two tables of different widths one after the other: 2,140 + 615 = 2,755;
    # (20 - 5) / 20 = 75%, (60 - 30) / 60 = 50%
    "事项类别｜办件量（件）\n不动产登记｜2,140\n户籍办理｜615\n合计｜2,755\n"
    "事项类别｜法定时限（日）｜承诺时限（日）｜压缩比例\n不动产登记｜20｜5｜75%\n户籍办理｜60｜30｜50%",
    # two year columns, the text quotes each from its own column: 27 + 8 + 4 = 39,
    # 33 + 6 + 2 = 41; 2 = 4 - 2
    "审结结果｜2023年｜2024年\n维持｜27｜33\n撤销｜8｜6\n确认违法｜4｜2\n合计｜39｜41\n"
    "2024年确认违法2件，较上年的4件减少2件，维持33件。",
    # the text repeats the table right (61 + 14 = 75, 61 / 75 = 81.3%)
    "全年办理政府信息公开申请75件，答复结果如下：\n答复类型｜件数\n予以公开｜61\n不予公开｜14\n"
    "合计｜75\n予以公开61件，占81.3%。",
]


@pytest.mark.parametrize("text", WRONG)
def test_text_tables_are_checked(text: str) -> None:
    found = findings(text)
    assert any(code in ("N102", "N104", "N401") for code, _ in found), found


@pytest.mark.parametrize("text", RIGHT)
def test_text_table_traps_stay_silent(text: str) -> None:
    assert not [f for f in findings(text) if f[0].startswith("N")], findings(text)


def _document(text: str, fmt: str) -> Document:
    blocks = [Block(index=i, text=line) for i, line in enumerate(text.splitlines())]
    return Document(path=f"<{fmt}>", format=fmt, blocks=blocks)


@pytest.mark.parametrize("fmt", ["text", "docx"])
def test_bar_rows_are_one_table_in_any_format(fmt: str) -> None:
    # the 合计 row of 罚款: 17.4 + 63.0 + 9.5 = 89.9 ≠ 98.9, at error
    relations = contradictions(analyze_document(_document(WRONG[0], fmt), 2024))
    assert any(r.code == "N102" and r.severity is Severity.ERROR for r in relations)
    tables = _tables(_document(WRONG[0], fmt))
    assert [len(t) for t in tables] == [5]
    assert [c.text for c in tables[0][-1].cells] == ["合计", "294", "98.9"]


def test_rule_line_is_no_row_and_quoted_bars_split_nothing() -> None:
    tables = _tables(_document(WRONG[1], "text"))
    assert [len(t) for t in tables] == [5]  # header, three rows, 合计; no |---| row
    assert _tables(_document(RIGHT[0], "text")) == []
    assert _tables(_document(RIGHT[1], "text")) == []
    assert _tables(_document(RIGHT[2], "text")) == []


def test_title_line_over_the_header_is_no_row() -> None:
    (table,) = _tables(_document(WRONG[6], "text"))
    assert [c.text for c in table[0].cells] == ["程序类别", "件数"]


def test_pdf_bar_row_ending_in_a_number_is_not_joined_to_the_next_row() -> None:
    from fazhi_lint.readers.pdf_layout import inside_sentence

    # 「139」 then 「日常巡查」 is no 「139日」: two rows of a bar-separated table
    assert not inside_sentence("举报投诉|143|139", "日常巡查|58|58")
    assert not inside_sentence("信访事项｜207｜185", "日常巡查｜61｜60")
    # a sentence's number still takes the unit on the next line
    assert inside_sentence("全年共办理行政复议案件139", "件，均已审结。")


CHANGE_WRONG = [
    # 246 / 210 − 1 = 17.1%, the row says 12.7% (552 / 480 − 1 = 15.0%, 520 / 455 − 1 = 14.3%)
    "指标｜2023年｜2024年｜同比增长\n受理（件）｜480｜552｜15.0%\n办结（件）｜455｜520｜14.3%\n"
    "调解（件）｜210｜246｜12.7%",
    # tabs, decreases signed: 36 / 40 − 1 = −10.0%, the row says −1.0%
    # (322 / 350 − 1 = −8.0%, 98.8 / 120.5 − 1 = −18.0%)
    "项目\t2023年\t2024年\t增减\n立案\t350\t322\t-8.0%\n罚款（万元）\t120.5\t98.8\t-18.0%\n"
    "强制\t40\t36\t-1.0%",
    # Markdown rows: 72 / 64 − 1 = 12.5%, the row says 21.5% (25.0%, 15.0% fit)
    "| 项目 | 2022年 | 2023年 | 增幅 |\n|---|---|---|---|\n| 审查文件 | 100 | 125 | 25.0% |\n"
    "| 备案文件 | 80 | 92 | 15.0% |\n| 纠错文件 | 64 | 72 | 21.5% |",
    # a header naming the unit, cells without %: 290 / 250 − 1 = 16.0, the row says 6.0
    "类别｜2023年｜2024年｜同比增长（%）\n咨询｜1200｜1380｜15.0\n代书｜300｜330｜10.0\n"
    "调解｜250｜290｜6.0",
    # a fall printed as a rise: 450 / 500 − 1 = −10.0%, the row says +10.0%
    # (220 / 200 − 1 = +10.0%, 180 / 150 − 1 = +20.0%)
    "事项｜2023年｜2024年｜同比增减\n许可｜200｜220｜+10.0%\n备案｜150｜180｜+20.0%\n"
    "检查｜500｜450｜+10.0%",
    # a transposed digit: 1740 / 1500 − 1 = 16.0%, the row says 61.0%
    # (946 / 860 − 1 = 10.0%, 445 / 412 − 1 = 8.0%, 108 / 96 − 1 = 12.5%)
    "指标｜2023年｜2024年｜同比增长\n检查｜860｜946｜10.0%\n处罚｜412｜445｜8.0%\n"
    "强制｜96｜108｜12.5%\n服务｜1500｜1740｜61.0%",
]

CHANGE_RIGHT = [
    # rounding and truncation: 347 / 300 − 1 = 15.67% printed 15.6% (truncated),
    # 161 / 150 − 1 = 7.33%, 97 / 90 − 1 = 7.78%
    "指标｜2023年｜2024年｜同比增长\n受理｜300｜347｜15.6%\n办结｜150｜161｜7.3%\n调解｜90｜97｜7.8%",
    # an unsigned 增减 of a fall: 322 / 350 − 1 = −8.0% printed 8.0% (the size alone);
    # 230 / 200 − 1 = 15.0%, 110 / 100 − 1 = 10.0%
    "项目｜2023年｜2024年｜增减\n立案｜350｜322｜8.0%\n许可｜200｜230｜15.0%\n备案｜100｜110｜10.0%",
    # a 下降 column: 450 / 500 = −10%, 240 / 300 = −20%, 90 / 100 = −10%
    "指标｜2023年｜2024年｜同比下降\n投诉｜500｜450｜10.0%\n复议｜300｜240｜20.0%\n诉讼｜100｜90｜10.0%",
    # a column of points: 95.0 − 92.5 = 2.5, 98.6 − 97.1 = 1.5 (not 2.7% and 1.5%)
    "指标｜2023年｜2024年｜增减（百分点）\n办结率｜92.5｜95.0｜2.5\n满意率｜97.1｜98.6｜1.5\n"
    "公开率｜88.0｜90.0｜2.0",
    # the later year first: 552 / 480 − 1 = 15.0%, 520 / 455 − 1 = 14.3%, 246 / 210 − 1 = 17.1%
    "指标｜2024年｜2023年｜同比增长\n受理｜552｜480｜15.0%\n办结｜520｜455｜14.3%\n调解｜246｜210｜17.1%",
    # a 合计 row changes too: 138 / 120 − 1 = 15.0%, 88 / 80 − 1 = 10.0%, 226 / 200 − 1 = 13.0%;
    # a row new this year (0 → 12) prints no change
    "类别｜2023年｜2024年｜同比增长\n行政许可｜120｜138｜15.0%\n行政确认｜80｜88｜10.0%\n"
    "行政裁决｜0｜12｜—\n合计｜200｜238｜19.0%",
]


@pytest.mark.parametrize("text", CHANGE_WRONG)
def test_change_columns_are_checked(text: str) -> None:
    found = findings(text)
    assert any(code == "N108" for code, _ in found), found


@pytest.mark.parametrize("text", CHANGE_RIGHT)
def test_change_column_traps_stay_silent(text: str) -> None:
    assert not [f for f in findings(text) if f[0].startswith("N")], findings(text)


def test_a_change_column_of_counts_is_no_per_cent() -> None:
    # 增减（件）: 171 − 152 = 19, 90 − 76 = 14, 348 − 326 = 22 (differences, not 12.5%, 18.4%)
    text = (
        "镇街｜2023年｜2024年｜增减（件）\n城关镇｜152｜171｜19\n青山镇｜76｜90｜14\n"
        "白水镇｜98｜87｜-11\n合计｜326｜348｜22"
    )
    assert not [f for f in findings(text) if f[0].startswith("N")], findings(text)
