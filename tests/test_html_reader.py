"""The HTML reader: saved web copies of published reports."""

from __future__ import annotations

import re

import pytest

from fazhi_lint.model import BlockKind, Document
from fazhi_lint.readers import read_bytes
from fazhi_lint.readers.html import decode_html

PAGE = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>天津市司法局关于2023年度法治政府建设情况的报告_天津市司法局</title>
<script>var a = "<p>脚本里的文字</p>";</script>
<style>.x{color:red}</style>
</head>
<body>
<div class="top">建议升级浏览器版本到最新版本!</div>
<div class="close">X</div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li></ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a>政务公开</a></div>
<div class="article">
  <h1 class="title">天津市司法局关于2023年度法治政府建设情况的报告</h1>
  <div class="info">来源:&nbsp;&nbsp;天津市司法局 发布时间:&nbsp;&nbsp;2024-03-18 10:29 【字体：<a>大</a> <a>中</a> <a>小</a>】</div>
  <div class="TRS_Editor" id="zoom">
    <p style="text-indent:2em">&nbsp;&nbsp;2023年，在市委市政府的坚强领导下，市司法局坚持以习近平新时代中国特色社会主义思想为指导。</p>
    <p><strong>一、突出主体责任，认真履行第一责任人职责</strong></p>
    <p>　　市司法局坚持把抓实党政主要负责人履行推进法治建设第一责任人职责作为重要抓手，不断深化法治
政府建设力度。<br/>（一）坚持党的绝对领导，切实增强战略定力，带头深学笃用习近平法治思想。</p>
    <table border="1"><tr><th>项目</th><th>数量</th></tr>
      <tr><td>行政复议案件</td><td><p>1234件</p><p>其中新收1200件</p></td></tr></table>
    <p align="center">二、存在的不足和原因</p>
    <!-- 注释里的文字 -->
    <noscript>请启用JavaScript</noscript>
    <div style="display:none">隐藏的文字</div>
    <template><p>模板里的文字</p></template>
    <div>直接写在div里的文字，一是法治思维仍需加强，部分干部运用法治方式解决问题的能力还有差距。<p>div里的段落</p>段落后的文字</div>
  </div>
  <div class="share">分享到：<a>微信</a> <a>微博</a></div>
  <div class="tools">【<a>打印本页</a>】【<a>关闭窗口</a>】</div>
</div>
<div class="footer">版权所有：天津市司法局 网站标识码：1200000045</div>
</body>
</html>
"""


def read_page(data: bytes, name: str = "page.html") -> Document:
    document = read_bytes(data, name)
    assert not document.problems, document.problems
    assert document.format == "html"
    return document


def texts(document: Document) -> list[str]:
    return [b.text for b in document.blocks]


@pytest.fixture(scope="module")
def page() -> Document:
    return read_page(PAGE.encode("utf-8"))


def test_blocks_in_reading_order(page: Document) -> None:
    assert texts(page) == [
        "建议升级浏览器版本到最新版本!",
        "X",
        "首页",
        "政务公开",
        "当前位置：首页 > 政务公开",
        "天津市司法局关于2023年度法治政府建设情况的报告",
        "来源:  天津市司法局 发布时间:  2024-03-18 10:29 【字体：大 中 小】",
        "2023年，在市委市政府的坚强领导下，市司法局坚持以习近平新时代中国特色社会主义思想为指导。",
        "一、突出主体责任，认真履行第一责任人职责",
        "市司法局坚持把抓实党政主要负责人履行推进法治建设第一责任人职责作为重要抓手，不断深化法治政府建设力度。",
        "（一）坚持党的绝对领导，切实增强战略定力，带头深学笃用习近平法治思想。",
        "项目",
        "数量",
        "行政复议案件",
        "1234件",
        "其中新收1200件",
        "二、存在的不足和原因",
        "直接写在div里的文字，一是法治思维仍需加强，部分干部运用法治方式解决问题的能力还有差距。",
        "div里的段落",
        "段落后的文字",
        "分享到：微信 微博",
        "【打印本页】【关闭窗口】",
        "版权所有：天津市司法局 网站标识码：1200000045",
    ]


def test_dropped_content(page: Document) -> None:
    everything = "\n".join(texts(page))
    for hidden in (
        "脚本里的文字",
        "color:red",
        "注释里的文字",
        "请启用JavaScript",
        "隐藏的文字",
        "模板里的文字",
    ):
        assert hidden not in everything


def test_title_is_furniture(page: Document) -> None:
    assert page.meta["html_title"] == "天津市司法局关于2023年度法治政府建设情况的报告_天津市司法局"
    assert [b.kind for b in page.furniture] == [BlockKind.HEADER]
    assert page.furniture[0].location.part == "header"
    assert page.furniture[0].location.line == 5
    assert page.meta["html_title"] not in texts(page)


def test_article_range_and_title(page: Document) -> None:
    first, last = page.meta["article_blocks"]
    assert page.blocks[first].text == "天津市司法局关于2023年度法治政府建设情况的报告"
    assert page.meta["article_title_block"] == first
    assert page.blocks[last].text == "段落后的文字"
    # the page chrome stays, in page order, outside the range
    assert texts(page)[first - 1] == "当前位置：首页 > 政务公开"
    assert texts(page)[last + 1] == "分享到：微信 微博"


def test_locations(page: Document) -> None:
    source = PAGE.split("\n")
    for block in page.blocks:
        assert block.location.paragraph == block.index + 1
        assert block.location.block == block.index
        line = source[block.location.line - 1]
        # the block's first characters are on its source line (once tags and entities go)
        visible = re.sub(r"<[^>]*>", "", line).replace("&nbsp;", " ").replace("&gt;", ">")
        assert block.text[:2] in visible, (block.text, line)


def test_br_splits_and_source_wrap_joins(page: Document) -> None:
    by_text = {b.text: b for b in page.blocks}
    wrapped = by_text[
        "市司法局坚持把抓实党政主要负责人履行推进法治建设第一责任人职责作为重要抓手，不断深化法治政府建设力度。"
    ]
    after_br = by_text["（一）坚持党的绝对领导，切实增强战略定力，带头深学笃用习近平法治思想。"]
    assert after_br.location.line == wrapped.location.line + 1


def test_table_cells(page: Document) -> None:
    cells = [
        (b.text, b.location.table, b.location.row, b.location.cell, b.location.cell_paragraph)
        for b in page.blocks
        if b.kind == BlockKind.TABLE_CELL
    ]
    assert cells == [
        ("项目", 1, 1, 1, 1),
        ("数量", 1, 1, 2, 1),
        ("行政复议案件", 1, 2, 1, 1),
        ("1234件", 1, 2, 2, 1),
        ("其中新收1200件", 1, 2, 2, 2),
    ]


def test_styles(page: Document) -> None:
    by_text = {b.text: b for b in page.blocks}
    heading = by_text["一、突出主体责任，认真履行第一责任人职责"]
    assert heading.style.bold is True
    title = by_text["天津市司法局关于2023年度法治政府建设情况的报告"]
    assert (title.style.style_name, title.style.outline_level) == ("h1", 0)
    assert by_text["二、存在的不足和原因"].style.alignment == "center"


def test_gbk_page_with_meta_charset() -> None:
    document = read_page(PAGE.encode("gbk"))
    assert document.meta["encoding"] == "gb18030"
    assert document.meta["declared_encoding"] == "gb2312"
    assert texts(document) == texts(read_page(PAGE.encode("utf-8")))


def test_gbk_page_without_declaration() -> None:
    page = PAGE.replace(
        '<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />', ""
    )
    document = read_page(page.encode("gbk"))
    assert document.meta["encoding"] == "gb18030"
    assert "二、存在的不足和原因" in texts(document)


def test_wrong_declaration_is_overridden() -> None:
    page = (
        "<html><head><meta charset='utf-8'></head><body><p>法治政府建设情况报告</p></body></html>"
    )
    assert texts(read_page(page.encode("gbk"))) == ["法治政府建设情况报告"]
    page = (
        "<html><head><meta charset='gb2312'></head><body><p>法治政府建设情况报告</p></body></html>"
    )
    document = read_page(page.encode("utf-8"))
    assert texts(document) == ["法治政府建设情况报告"]
    assert document.meta["encoding"] == "utf-8"


def test_decode_html_bom_wins() -> None:
    text, encoding, _ = decode_html("\ufeff<meta charset=gbk><p>报告</p>".encode("utf-8"))
    assert encoding == "utf-8-sig" and "报告" in text


def test_no_entity_expansion_and_no_doctype_leak() -> None:
    page = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<!DOCTYPE html [<!ENTITY boom "EXPANDED"> <!ENTITY ext SYSTEM "file:///etc/hostname">]>\n'
        "<html><body><p>正文&boom;内容&ext;结束</p></body></html>"
    )
    document = read_page(page.encode("utf-8"))
    joined = "".join(texts(document))
    assert "EXPANDED" not in joined and "]>" not in joined
    assert "正文" in joined and "结束" in joined
    assert document.blocks[0].location.line == 3


def test_layout_tables_are_read_as_flow() -> None:
    page = (
        "<html><body><table><tr><td>"
        "<table><tr><td>导航</td><td>首页</td></tr></table>"
        "<p>第一段正文，法治政府建设取得新成效，依法行政水平不断提升。</p>"
        "</td></tr></table></body></html>"
    )
    document = read_page(page.encode())
    kinds = {b.text: b.kind for b in document.blocks}
    assert (
        kinds["第一段正文，法治政府建设取得新成效，依法行政水平不断提升。"] == BlockKind.PARAGRAPH
    )
    assert kinds["导航"] == BlockKind.TABLE_CELL


def test_word_html_conditional_comments() -> None:
    page = (
        "<html><body><p class=MsoNormal><![if !supportLists]><span>一、</span><![endif]>"
        "<span>总体情况<o:p></o:p></span></p></body></html>"
    )
    assert texts(read_page(page.encode())) == ["一、总体情况"]


def test_empty_page_is_e006() -> None:
    document = read_bytes(b"<html><head><title>t</title></head><body> </body></html>", "a.html")
    assert [d.code for d in document.problems] == ["E006"]


def test_utf16_page() -> None:
    document = read_page("<html><body><p>法治政府建设情况报告</p></body></html>".encode("utf-16"))
    assert texts(document) == ["法治政府建设情况报告"]


def test_pre_keeps_lines() -> None:
    document = read_page("<html><body><pre>第一行\n第二行</pre></body></html>".encode())
    assert texts(document) == ["第一行", "第二行"]
