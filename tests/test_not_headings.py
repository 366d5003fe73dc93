"""Heading-shaped lines that are not headings (issue 10, false alarm 2).

Table rows printed without ruling lines, numbered list items, contents lines with dot leaders,
decimal clause numbers and an appended document that restarts at 「一、」 are read as what they
are; none of them gives an H finding. Each shape is built here inside an otherwise correct
report, in every format where it occurs, next to a control where the numbering really is wrong.
"""

from __future__ import annotations

import importlib.util
import io

import pytest

from fazhi_lint.analysis.views import outline_of
from fazhi_lint.config import Config
from fazhi_lint.engine import Linter
from fazhi_lint.model import Diagnostic
from fazhi_lint.profiles import load_profile
from fazhi_lint.readers import read_bytes
from tests.docx_factory import abstract_num, build_docx, lvl, num, p
from tests.test_reading import FORMATS

HEAD = [
    "XX区2024年度法治政府建设情况报告",
    "2024年，XX区坚持以习近平法治思想为指导，现将有关情况报告如下：",
    "一、主要举措和成效",
]
TAIL = [
    "二、党政主要负责人履行推进法治建设第一责任人职责情况",
    "区长带头学法，亲自部署法治建设重要工作。",
    "三、存在的不足和原因",
    "一是执法水平有待提高。原因在于培训不够系统。",
    "四、2025年工作安排",
    "（一）深化行政执法改革。",
]


def h_findings(lines: list[str], fmt: str = "txt") -> list[Diagnostic]:
    data, name = FORMATS[fmt](lines)
    found = Linter(Config(select=("H", "S"))).lint_bytes(data, name).diagnostics
    return [d for d in found if d.code.startswith("H") or d.code == "S101"]


def heading_titles(lines: list[str], fmt: str = "txt") -> list[str]:
    data, name = FORMATS[fmt](lines)
    outline = outline_of(read_bytes(data, name), load_profile("national"))
    return [h.block.text for h in outline.headings]


# -- table rows printed without ruling lines -----------------------------------------------------

TABLE = [
    *HEAD,
    "（一）财政保障情况。全区法治建设经费支出情况如下表。",
    "收入 支出",
    "项目 决算数 项目 决算数",
    "一、一般公共预算财政拨款收入 9746.50 一、一般公共服务支出",
    "二、政府性基金预算财政拨款收入  二、外交支出",
    "三、国有资本经营预算财政拨款收入  三、国防支出",
    "九、卫生健康支出 236.63 十、节能环保支出",
    "十一、城乡社区支出  3845.25 十二、农林水支出",
    "十三、交通运输支出",
    "十四、资源勘探工业信息等",
    "支出",
    "十八、自然资源海洋气象等支出 4461.67",
    "本年收入合计 9746.50 本年支出合计 9759.38",
    "（二）严格规范公正文明执法。组织执法培训3期。",
    *TAIL,
]


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_table_rows_without_ruling_lines_are_not_headings(fmt: str) -> None:
    assert h_findings(TABLE, fmt) == []
    titles = heading_titles(TABLE, fmt)
    assert not any("财政拨款收入" in t or "交通运输" in t or "资源勘探" in t for t in titles)
    assert "（二）严格规范公正文明执法。组织执法培训3期。" in titles


def test_a_gap_in_real_headings_is_still_reported() -> None:
    lines = [*HEAD, "（一）依法履职。办理许可120件。", "（三）规范执法。组织培训3期。", *TAIL]
    assert [d.code for d in h_findings(lines)] == ["H101"]


def _table_pdf() -> bytes:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    if "STSong-Light" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=(595, 842), invariant=1)
    y = 780.0

    def line(text: str, x: float = 80, size: float = 16) -> None:
        page.setFont("STSong-Light", size)
        page.drawString(x, y, text)

    rows = [
        ("一、一般公共预算财政拨款收入", "9746.50", "一、一般公共服务支出"),
        ("二、政府性基金预算财政拨款收入", "", "二、外交支出"),
        ("", "", "三、国防支出"),
        ("", "", "九、卫生健康支出"),
        ("", "", "十一、城乡社区支出"),
        ("", "", "十三、交通运输支出"),
    ]
    for text in HEAD[:1]:
        line(text, 120, 20)
        y -= 40
    for text in [*HEAD[1:], "（一）财政保障情况。全区法治建设经费支出情况如下表。"]:
        for k in range(0, len(text), 28):
            line(text[k : k + 28], 80 if k else 112)
            y -= 26
    for left, figure, right in rows:
        if left:
            line(left, 60, 10.5)
        if figure:
            line(figure, 250, 10.5)
        line(right, 320, 10.5)
        y -= 16
    y -= 10
    for text in ["（二）严格规范公正文明执法。组织执法培训3期。", *TAIL]:
        for k in range(0, len(text), 28):
            line(text[k : k + 28], 80 if k else 112)
            y -= 26
    page.showPage()
    page.save()
    return buffer.getvalue()


@pytest.mark.skipif(importlib.util.find_spec("reportlab") is None, reason="reportlab not installed")
def test_table_rows_in_a_pdf_are_not_headings() -> None:
    found = Linter(Config(select=("H",))).lint_bytes(_table_pdf(), "report.pdf").diagnostics
    assert [d for d in found if d.severity.label == "error"] == []
    document = read_bytes(_table_pdf(), "report.pdf")
    titles = [h.title for h in outline_of(document, load_profile("national")).headings]
    assert not any("支出" in t for t in titles)


# -- list items ------------------------------------------------------------------------------------

INLINE_LIST = [
    *HEAD,
    "（一）依法全面履行职能。本部门由3个单位组成，具体包括：1. 区司法局本部",
    "2. 区法律援助中心",
    "3. 区公证处",
    "（二）严格规范公正文明执法。组织执法培训3期。",
    *TAIL,
]

ANNOUNCED_LIST = [
    *HEAD,
    "（一）依法全面履行职能",
    "1.深化简政放权。全年取消行政许可事项5项。",
    "2.优化营商环境。主要做法是：",
    "1.推行告知承诺制；",
    "2.推行证照分离；",
    "3.推行一网通办。",
    "3.加强事中事后监管。开展双随机抽查120次。",
    "（二）严格规范公正文明执法。组织执法培训3期。",
    *TAIL,
]

NESTED_LIST = [
    *HEAD,
    "（一）依法全面履行职能",
    "1.深化简政放权",
    "1.取消行政许可事项5项",
    "2.下放审批权限12项",
    "2.优化营商环境。推行告知承诺制。",
    "（二）严格规范公正文明执法。组织执法培训3期。",
    *TAIL,
]


@pytest.mark.parametrize("fmt", list(FORMATS))
@pytest.mark.parametrize(
    "lines", [INLINE_LIST, ANNOUNCED_LIST, NESTED_LIST], ids=["inline", "announced", "nested"]
)
def test_list_items_are_not_headings(lines: list[str], fmt: str) -> None:
    assert h_findings(lines, fmt) == []


def test_announced_list_keeps_the_headings_around_it() -> None:
    titles = heading_titles(ANNOUNCED_LIST)
    assert "2.优化营商环境。主要做法是：" in titles
    assert "3.加强事中事后监管。开展双随机抽查120次。" in titles
    assert "1.推行告知承诺制；" not in titles


def test_a_repeat_without_a_list_cue_is_still_reported() -> None:
    lines = [
        *HEAD,
        "（一）依法全面履行职能",
        "1.深化简政放权。全年取消行政许可事项5项。",
        "2.优化营商环境。推行告知承诺制。",
        "2.加强事中事后监管。开展双随机抽查120次。",
        *TAIL,
    ]
    assert [d.code for d in h_findings(lines)] == ["H102"]


def _word_lists(separate: bool) -> bytes:
    numbering = (
        abstract_num(1, lvl(0, "chineseCounting", "%1、"), lvl(1, "chineseCounting", "（%2）"))
        + abstract_num(2, lvl(0, "decimal", "%1."))
        + num(1, 1)
        + num(2, 2)
        + num(3, 2, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>')
    )
    second = 3 if separate else 2
    body = (
        p("XX区2024年度法治政府建设情况报告")
        + p("2024年，XX区坚持以习近平法治思想为指导，现将有关情况报告如下：")
        + p("主要举措和成效", num=(1, 0))
        + p("依法全面履行职能。全年办理许可120件。", num=(1, 1))
        + p("取消行政许可事项5项；", num=(2, 0))
        + p("下放审批权限12项。", num=(2, 0))
        + p("同时推行以下便民措施，效果良好。")
        + p("推行告知承诺制；", num=(second, 0))
        + p("推行证照分离。", num=(second, 0))
        + p("严格规范公正文明执法。组织执法培训3期。", num=(1, 1))
        + p("党政主要负责人履行推进法治建设第一责任人职责情况", num=(1, 0))
        + p("区长带头学法。")
        + p("存在的不足和原因", num=(1, 0))
        + p("一是执法水平有待提高。原因在于培训不够系统。")
        + p("2025年工作安排", num=(1, 0))
        + p("深化行政执法改革。")
    )
    return build_docx(body, numbering=numbering)


def test_separate_word_lists_each_restarting_at_one_are_not_headings() -> None:
    found = Linter(Config(select=("H",))).lint_bytes(_word_lists(True), "r.docx").diagnostics
    assert [d for d in found if d.code in ("H101", "H102")] == []


def test_one_word_list_running_on_is_numbered_on() -> None:
    # the same list (one numId) runs on: Word shows 3. 4., nothing restarts, nothing to report
    document = read_bytes(_word_lists(False), "r.docx")
    labels = [b.label.text for b in document.blocks if b.label is not None]
    assert labels[2:6] == ["1.", "2.", "3.", "4."]
    found = Linter(Config(select=("H",))).lint_bytes(_word_lists(False), "r.docx").diagnostics
    assert [d for d in found if d.code in ("H101", "H102")] == []


def test_the_same_restart_typed_by_hand_is_reported() -> None:
    # without the separate Word lists, 「1.」 again under the same parent is a repeat (H102)
    lines = [
        *HEAD,
        "（一）依法全面履行职能。全年办理许可120件。",
        "1.取消行政许可事项5项。",
        "2.下放审批权限12项。",
        "同时推行以下便民措施，效果良好。",
        "1.推行告知承诺制。",
        "2.推行证照分离。",
        *TAIL,
    ]
    assert "H102" in [d.code for d in h_findings(lines)]


# -- contents lines with dot leaders ---------------------------------------------------------------

TOC = [
    "XX区2024年度法治政府建设情况报告",
    "一、主要举措和成效 …………………… 1",
    "二、第一责任人职责情况 ………………",
    "四、工作安排 ………………………… 5",
    "2024年，XX区坚持以习近平法治思想为指导，现将有关情况报告如下：",
    HEAD[2],
    "（一）依法全面履行职能。全年办理许可120件。",
    *TAIL,
]


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_contents_lines_with_dot_leaders_are_not_headings(fmt: str) -> None:
    assert h_findings(TOC, fmt) == []
    assert not any("…" in t for t in heading_titles(TOC, fmt))


# -- decimal clause numbers ------------------------------------------------------------------------

CLAUSES = [
    *HEAD,
    "（一）制度建设。修订内部管理办法，主要条款如下。",
    "3.1 总则",
    "3. 2 适用范围",
    "6.7.3.3 正文",
    "7.3.4 附件说明",
    "（二）严格规范公正文明执法。组织执法培训3期。",
    *TAIL,
]


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_decimal_clause_numbers_are_not_labels(fmt: str) -> None:
    found = h_findings(CLAUSES, fmt)
    assert found == []
    assert not any(
        d.suggestion and "6.7.3.3" in d.suggestion
        for d in Linter(Config()).lint_bytes(*FORMATS[fmt](CLAUSES)).diagnostics
    )


def test_a_heading_styled_clause_is_not_a_heading_that_lost_its_number() -> None:
    from tests.docx_factory import style

    styles = style("Heading3", "heading 3", ppr='<w:outlineLvl w:val="2"/>')
    body = "".join(p(x) for x in HEAD) + p("1.4.1 图片", style="Heading3") + p("图片说明。")
    body += "".join(p(x) for x in TAIL)
    found = Linter(Config(select=("H",))).lint_bytes(build_docx(body, styles=styles), "r.docx")
    assert [d.code for d in found.diagnostics if d.code == "H106"] == []


# -- an appended document restarting at 一、 --------------------------------------------------------

APPENDED = [
    *HEAD,
    "（一）依法全面履行职能。全年办理许可120件。",
    *TAIL,
    "（二）加强普法宣传。",
    "XX区行政复议工作情况说明",
    "一、基本情况",
    "全年收到行政复议申请56件。",
    "二、主要做法",
    "完善复议机制。",
]


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_an_appended_document_restarts_its_own_numbering(fmt: str) -> None:
    assert h_findings(APPENDED, fmt) == []
    data, name = FORMATS[fmt](APPENDED)
    outline = outline_of(read_bytes(data, name), load_profile("national"))
    assert [h.title for h in outline.annex_headings] == ["基本情况", "主要做法"]


def test_a_restart_without_an_appended_title_is_still_reported() -> None:
    lines = [*APPENDED]
    lines.remove("XX区行政复议工作情况说明")
    assert "H102" in [d.code for d in h_findings(lines)]
