"""The .docx reader: text as printed, locations, furniture, style facts (readers/docx.py)."""

from __future__ import annotations

from pathlib import Path

from fazhi_lint.model import BlockKind

try:
    from .docx_factory import TEMPLATE_CT, build_docx, p, r, read, style, t, tbl, tc, theme
except ImportError:  # tests/ is not a package
    from docx_factory import TEMPLATE_CT, build_docx, p, r, read, style, t, tbl, tc, theme


def _texts(body: str, **parts: object) -> list[str]:
    document = read(build_docx(body, **parts))  # type: ignore[arg-type]
    assert not document.problems, document.problems
    return [b.text for b in document.blocks]


# ---------------------------------------------------------------------------------------------
# text as printed


def test_tracked_changes_accepted_view_and_meta() -> None:
    body = p(
        r("共收到行政复议案件"),
        '<w:del w:id="1" w:author="a"><w:r><w:delText>110</w:delText></w:r></w:del>',
        '<w:ins w:id="2" w:author="a"><w:r><w:t>111</w:t></w:r></w:ins>',
        r("件"),
        '<w:moveFrom w:id="3" w:author="a"><w:r><w:t>旧位置</w:t></w:r></w:moveFrom>',
        '<w:moveTo w:id="4" w:author="a"><w:r><w:t>，新位置</w:t></w:r></w:moveTo>',
    )
    document = read(build_docx(body))
    assert [b.text for b in document.blocks] == ["共收到行政复议案件111件，新位置"]
    assert document.meta["has_revisions"] is True
    assert document.meta["revision_count"] == 4


def test_formatting_revision_counts_but_old_properties_are_ignored() -> None:
    rpr = (
        '<w:rFonts w:eastAsia="仿宋_GB2312"/>'
        '<w:rPrChange w:id="5" w:author="a"><w:rPr><w:rFonts w:eastAsia="黑体"/>'
        '<w:sz w:val="44"/></w:rPr></w:rPrChange>'
    )
    document = read(build_docx(p(r("正文文字", rpr=rpr))))
    block = document.blocks[0]
    assert block.style.east_asia_font == "仿宋_GB2312"  # not the old 黑体 inside rPrChange
    assert block.style.size_pt is None
    assert document.meta["revision_count"] == 1


def test_fully_deleted_paragraph_disappears_and_is_not_counted() -> None:
    deleted = (
        '<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="a"/></w:rPr></w:pPr>'
        '<w:del w:id="2" w:author="a"><w:r><w:delText>删掉的段落</w:delText></w:r></w:del></w:p>'
    )
    document = read(build_docx(p("第一段") + deleted + p("第二段")))
    assert [b.text for b in document.blocks] == ["第一段", "第二段"]
    assert document.blocks[1].location.paragraph == 2
    assert document.meta["paragraph_count"] == 2


def test_no_revisions_meta() -> None:
    document = read(build_docx(p("正文")))
    assert document.meta["has_revisions"] is False
    assert document.meta["revision_count"] == 0
    assert document.meta["comment_count"] == 0


def test_hidden_text_excluded_directly_and_through_styles() -> None:
    styles = style("Hidden", "隐藏字符", kind="character", rpr="<w:vanish/>") + style(
        "HiddenPara", "隐藏段落", rpr="<w:vanish/>"
    )
    body = (
        p(r("受理83件"), r("（隐藏文字999件）", rpr="<w:vanish/>"), r("。"))
        + p(r("网页隐藏", rpr="<w:webHidden/>"), r("可见"))
        + p(r("特殊隐藏", rpr="<w:specVanish/>"), r("可见二"))
        + p(r("字符样式隐藏", rpr='<w:rStyle w:val="Hidden"/>'), r("可见三"))
        + p("整段隐藏", style="HiddenPara")
        + p(r("关闭隐藏", rpr='<w:vanish w:val="0"/>'))
    )
    assert _texts(body, styles=styles) == ["受理83件。", "可见", "可见二", "可见三", "关闭隐藏"]


def test_fields_smart_tags_content_controls_hyperlinks() -> None:
    complex_field = (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> DOCPROPERTY Company </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        "<w:r><w:t>某某区司法局</w:t></w:r>"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )
    body = p(
        r("受理83件"),
        '<w:fldSimple w:instr=" PAGE "><w:r><w:t>7</w:t></w:r></w:fldSimple>',
        complex_field,
        '<w:smartTag w:uri="u" w:element="e"><w:r><w:t>。</w:t></w:r></w:smartTag>',
    )
    body += p(
        r("详见"),
        '<w:hyperlink r:id="rId99"><w:r><w:t>门户网站</w:t></w:r></w:hyperlink>',
        '<w:sdt><w:sdtPr><w:alias w:val="x"/></w:sdtPr><w:sdtContent>'
        "<w:r><w:t>公开栏目</w:t></w:r></w:sdtContent></w:sdt>",
        '<w:customXml w:element="x"><w:r><w:t>。</w:t></w:r></w:customXml>',
    )
    body += (
        '<w:sdt><w:sdtPr><w:alias w:val="block"/></w:sdtPr><w:sdtContent>'
        + p("块级内容控件中的段落")
        + "</w:sdtContent></w:sdt>"
    )
    assert _texts(body) == [
        "受理83件7某某区司法局。",
        "详见门户网站公开栏目。",
        "块级内容控件中的段落",
    ]


def test_nested_field_instruction_is_not_text() -> None:
    # an IF field whose instruction contains a nested field: only the outer result shows
    body = p(
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
        '<w:r><w:instrText xml:space="preserve"> IF </w:instrText></w:r>',
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
        '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>',
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
        "<w:r><w:t>3</w:t></w:r>",
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
        '<w:r><w:instrText xml:space="preserve"> = 3 "是" "否" </w:instrText></w:r>',
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
        "<w:r><w:t>是</w:t></w:r>",
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
    )
    assert _texts(body) == ["是"]


def test_unterminated_field_does_not_swallow_the_document() -> None:
    broken = p('<w:r><w:fldChar w:fldCharType="begin"/></w:r>', "<w:r><w:t>坏域</w:t></w:r>")
    assert _texts(broken + p("后面的正文")) == ["后面的正文"]


def test_toc_field_paragraphs_go_to_furniture() -> None:
    toc = (
        p(
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
            '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h </w:instrText></w:r>',
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
            r("一、总体情况"),
            "<w:r><w:tab/></w:r>",
            r("1"),
        )
        + p(r("二、存在问题"), "<w:r><w:tab/></w:r>", r("3"))
        + p('<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    )
    document = read(build_docx(p("目录") + toc + p("一、总体情况") + p("二、存在问题")))
    assert [b.text for b in document.blocks] == ["目录", "一、总体情况", "二、存在问题"]
    assert [(b.text, b.location.part) for b in document.furniture] == [
        ("一、总体情况 1", "toc"),
        ("二、存在问题 3", "toc"),
    ]
    # TOC paragraphs still count as paragraphs of the body
    assert document.blocks[1].location.paragraph == 5


def test_toc_content_control_and_toc_styles_go_to_furniture() -> None:
    gallery = (
        '<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/>'
        "</w:docPartObj></w:sdtPr><w:sdtContent>" + p("第一章 总则") + "</w:sdtContent></w:sdt>"
    )
    styles = style("TOC1", "toc 1")
    document = read(build_docx(gallery + p("第二章 附则", style="TOC1") + p("正文"), styles=styles))
    assert [b.text for b in document.blocks] == ["正文"]
    assert [b.text for b in document.furniture] == ["第一章 总则", "第二章 附则"]


def test_line_breaks_tabs_and_indentation() -> None:
    body = (
        p(r("　　全年共办理"), "<w:r><w:br/></w:r>", r("行政复议案件"))  # CJK|CJK: joined
        + p(r("Total"), "<w:r><w:br/></w:r>", r("cases"))  # Latin: one space
        + p(r("收到"), "<w:r><w:cr/></w:r>", r("111件"))  # CJK|digit: one space
        + p("<w:r><w:tab/><w:tab/></w:r>", r("姓名"), "<w:r><w:tab/><w:tab/></w:r>", r("电话"))
        + p(r("  \u3000 前导空白 "))
        + p(r("分页"), '<w:r><w:br w:type="page"/></w:r>', r("之后"))
        + p(r("不间断"), "<w:r><w:noBreakHyphen/></w:r>", r("连字"))
    )
    assert _texts(body) == [
        "全年共办理行政复议案件",
        "Total cases",
        "收到 111件",
        "姓名 电话",
        "前导空白",
        "分页之后",
        "不间断-连字",
    ]


def test_footnote_reference_mark_not_glued_to_numbers() -> None:
    body = p(r("共计145件"), '<w:r><w:footnoteReference w:id="1"/></w:r>', r("。"))
    footnotes = (
        '<w:footnote w:id="1"><w:p><w:r><w:t>数据来源：统计年报。</w:t></w:r></w:p></w:footnote>'
    )
    document = read(build_docx(body, footnotes=footnotes))
    assert [b.text for b in document.blocks] == ["共计145件。"]


def test_math_text_kept() -> None:
    math = "<m:oMath><m:r><m:t>a+b</m:t></m:r></m:oMath>"
    assert _texts(p(r("公式"), math, r("成立"))) == ["公式a+b成立"]


def test_empty_paragraphs_count_but_make_no_block() -> None:
    document = read(build_docx(p("第一段") + p() + p("   ") + p("第四段")))
    assert [(b.text, b.location.paragraph) for b in document.blocks] == [
        ("第一段", 1),
        ("第四段", 4),
    ]
    assert document.meta["paragraph_count"] == 4
    assert [b.index for b in document.blocks] == [0, 1]
    assert [b.location.block for b in document.blocks] == [0, 1]


# ---------------------------------------------------------------------------------------------
# tables, text boxes


def test_table_cells_locations_and_merges() -> None:
    table = tbl(
        [tc(p("项目")), tc(p("数量")), tc(p("备注"))],
        [tc(p("合并单元格"), tcpr='<w:gridSpan w:val="2"/>'), tc(p("甲"), p("乙"))],
        [tc(p("纵向合并"), tcpr='<w:vMerge w:val="restart"/>'), tc(p("5")), tc(p("丙"))],
        [tc(p("续行不重复"), tcpr="<w:vMerge/>"), tc(p("6")), tc(p())],
    )
    document = read(build_docx(p("表格前") + table + p("表格后")))
    cells = [
        (b.text, b.location.table, b.location.row, b.location.cell, b.location.cell_paragraph)
        for b in document.blocks
        if b.kind == BlockKind.TABLE_CELL
    ]
    assert cells == [
        ("项目", 1, 1, 1, 1),
        ("数量", 1, 1, 2, 1),
        ("备注", 1, 1, 3, 1),
        ("合并单元格", 1, 2, 1, 1),  # spans grid columns 1-2, read once
        ("甲", 1, 2, 3, 1),  # the next cell starts at grid column 3
        ("乙", 1, 2, 3, 2),
        ("纵向合并", 1, 3, 1, 1),
        ("5", 1, 3, 2, 1),
        ("丙", 1, 3, 3, 1),
        ("6", 1, 4, 2, 1),  # the vMerge continuation cell is not read again
    ]
    assert document.blocks[0].text == "表格前"
    assert document.blocks[-1].text == "表格后"
    assert document.blocks[-1].kind == BlockKind.PARAGRAPH
    assert "表1第2行第3列第2段" in document.blocks[6].location.human()


def test_nested_tables() -> None:
    inner = tbl([tc(p("内表"))])
    outer = tbl([tc(p("外表前"), inner, p("外表后")), tc(p("右侧"))])
    document = read(build_docx(outer + tbl([tc(p("第二个表"))])))
    located = [(b.text, b.location.table, b.location.cell_paragraph) for b in document.blocks]
    assert located == [
        ("外表前", 1, 1),
        ("内表", 2, 1),  # tables are numbered in document order, nested ones included
        ("外表后", 1, 2),
        ("右侧", 1, 1),
        ("第二个表", 3, 1),
    ]


def _textbox(text: str) -> str:
    """A DrawingML text box with its VML fallback: the same text twice in the XML."""
    content = f"<w:txbxContent>{p(text)}</w:txbxContent>"
    return (
        "<w:r><mc:AlternateContent>"
        '<mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>'
        f"<wps:wsp><wps:txbx>{content}</wps:txbx></wps:wsp>"
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:shape><v:textbox>{content}</v:textbox></v:shape></w:pict>"
        "</mc:Fallback></mc:AlternateContent></w:r>"
    )


def test_text_box_read_once_after_its_anchor() -> None:
    body = p("锚点段落", _textbox("文本框内文字")) + p("后续正文")
    document = read(build_docx(body))
    assert [(b.text, b.kind) for b in document.blocks] == [
        ("锚点段落", BlockKind.PARAGRAPH),
        ("文本框内文字", BlockKind.TEXTBOX),
        ("后续正文", BlockKind.PARAGRAPH),
    ]
    box = document.blocks[1].location
    assert (box.part, box.paragraph) == ("textbox", 1)
    assert document.blocks[2].location.paragraph == 2  # text-box paragraphs are not counted


def test_text_box_anchored_in_empty_paragraph() -> None:
    document = read(build_docx(p(_textbox("只有文本框")) + p("正文")))
    assert [b.text for b in document.blocks] == ["只有文本框", "正文"]


# ---------------------------------------------------------------------------------------------
# furniture


def test_headers_footers_notes_comments_in_furniture_only() -> None:
    body = p(
        r("正文内容"),
        '<w:commentRangeStart w:id="0"/>',
        r("被批注"),
        '<w:commentRangeEnd w:id="0"/>',
        '<w:r><w:commentReference w:id="0"/></w:r>',
    )
    footnotes = (
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:id="1"><w:p><w:r><w:t>脚注内容</w:t></w:r></w:p></w:footnote>'
    )
    endnotes = '<w:endnote w:id="1"><w:p><w:r><w:t>尾注内容</w:t></w:r></w:p></w:endnote>'
    comments = (
        '<w:comment w:id="0" w:author="审核人"><w:p><w:r><w:t>请核实数据</w:t></w:r></w:p></w:comment>'
        '<w:comment w:id="1" w:author="审核人"><w:p><w:r><w:t>第二条批注</w:t></w:r></w:p></w:comment>'
    )
    document = read(
        build_docx(
            body,
            headers=[p("默认页眉"), p("首页页眉")],
            footers=[p("— 1 —")],
            footnotes=footnotes,
            endnotes=endnotes,
            comments=comments,
        )
    )
    assert [b.text for b in document.blocks] == ["正文内容被批注"]
    furniture = [(b.kind, b.location.part, b.text) for b in document.furniture]
    assert furniture == [
        (BlockKind.HEADER, "header", "默认页眉"),
        (BlockKind.HEADER, "header", "首页页眉"),
        (BlockKind.FOOTER, "footer", "— 1 —"),
        (BlockKind.FOOTNOTE, "footnote", "脚注内容"),
        (BlockKind.FOOTNOTE, "footnote", "尾注内容"),
        (BlockKind.COMMENT, "comment", "请核实数据"),
        (BlockKind.COMMENT, "comment", "第二条批注"),
    ]
    assert document.meta["comment_count"] == 2
    assert [b.index for b in document.furniture] == list(range(7))
    assert document.furniture[0].location.human().startswith("页眉")


# ---------------------------------------------------------------------------------------------
# style facts


STYLES = "".join(
    [
        '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" '
        'w:eastAsiaTheme="minorEastAsia"/><w:sz w:val="21"/></w:rPr></w:rPrDefault>'
        "</w:docDefaults>",
        style("a", "Normal", default=True),
        style(
            "1",
            "heading 1",
            based_on="a",
            ppr='<w:outlineLvl w:val="0"/><w:jc w:val="center"/>',
            rpr='<w:rFonts w:eastAsiaTheme="majorEastAsia"/><w:b/><w:sz w:val="32"/>',
        ),
        style("H1Child", "我的标题", based_on="1"),  # inherits the outline level and fonts
        style(
            "Body",
            "正文样式",
            based_on="a",
            ppr='<w:ind w:firstLineChars="200" w:firstLine="640"/><w:jc w:val="both"/>',
            rpr='<w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/>',
        ),
        style("Bold", "强调", kind="character", rpr='<w:b/><w:rFonts w:eastAsia="黑体"/>'),
    ]
)
THEME = theme(minor_ea="", major_ea="", hans="宋体", latin="Calibri")


def _styled(body: str) -> list:  # type: ignore[type-arg]
    document = read(build_docx(body, styles=STYLES, theme_xml=THEME))
    assert not document.problems
    return document.blocks


def test_style_name_not_id_and_outline_level_through_chain() -> None:
    blocks = _styled(
        p("标题", style="1") + p("派生标题", style="H1Child") + p("正文", style="Body")
    )
    assert [b.style.style_name for b in blocks] == ["heading 1", "我的标题", "正文样式"]
    assert [b.style.outline_level for b in blocks] == [0, 0, None]


def test_paragraph_outline_level_overrides_style() -> None:
    blocks = _styled(
        p("直接大纲级别", style="Body", ppr='<w:outlineLvl w:val="1"/>')
        + p("正文级别", style="1", ppr='<w:outlineLvl w:val="9"/>')
    )
    assert [b.style.outline_level for b in blocks] == [1, None]


def test_fonts_through_theme_and_based_on() -> None:
    blocks = _styled(
        p("标题", style="H1Child") + p("默认", style="a") + p("正文2024年", style="Body")
    )
    # majorEastAsia with an empty a:ea -> the theme's Hans font; inherited via basedOn
    assert blocks[0].style.east_asia_font == "宋体"
    assert (blocks[0].style.size_pt, blocks[0].style.bold) == (16.0, True)
    assert blocks[0].style.alignment == "center"
    # docDefaults: minorEastAsia -> Hans font, minorHAnsi -> a:latin, 10.5 pt
    assert (blocks[1].style.east_asia_font, blocks[1].style.ascii_font) == ("宋体", "Calibri")
    assert blocks[1].style.size_pt == 10.5
    assert blocks[1].style.bold is False
    assert blocks[1].style.alignment == "left"
    body = blocks[2].style
    assert (body.east_asia_font, body.ascii_font, body.size_pt) == (
        "仿宋_GB2312",
        "Times New Roman",
        16.0,
    )
    assert body.alignment == "both"
    assert body.first_line_indent == 2.0  # firstLineChars="200"


def test_theme_ea_typeface_used_when_present() -> None:
    document = read(
        build_docx(p("正文"), styles=STYLES, theme_xml=theme(minor_ea="等线", hans="宋体"))
    )
    assert document.blocks[0].style.east_asia_font == "等线"


def test_dominant_east_asia_font_over_cjk_characters() -> None:
    body = p(
        r("2024", rpr='<w:rFonts w:ascii="Times New Roman" w:eastAsia="黑体"/>'),
        r("年全区共办理行政复议案件", rpr='<w:rFonts w:eastAsia="仿宋_GB2312"/>'),
        style="Body",
    )
    block = _styled(body)[0]
    # the digits are in the ASCII slot: the CJK characters decide the east-Asian font
    assert block.style.east_asia_font == "仿宋_GB2312"
    assert block.style.ascii_font == "Times New Roman"


def test_character_style_and_direct_formatting() -> None:
    body = p(
        r("一、", rpr='<w:rStyle w:val="Bold"/>'),
        r("总体情况", rpr='<w:rStyle w:val="Bold"/><w:sz w:val="36"/>'),
        r("。", rpr='<w:b w:val="0"/>'),
        style="Body",
    )
    block = _styled(body)[0]
    assert block.style.east_asia_font == "黑体"
    assert block.style.size_pt == 18.0
    assert block.style.bold is True


def test_first_line_indent_in_twips_becomes_characters() -> None:
    body = p(r("正文", rpr='<w:sz w:val="32"/>'), ppr='<w:ind w:firstLine="640"/>') + p(
        r("悬挂", rpr='<w:sz w:val="32"/>'), ppr='<w:ind w:hangingChars="100" w:hanging="320"/>'
    )
    blocks = _styled(body)
    # 640 twips = 32 pt = two characters of 16 pt; hanging indents are negative
    assert [b.style.first_line_indent for b in blocks] == [2.0, -1.0]


def test_no_styles_part_at_all() -> None:
    block = read(build_docx(p("正文"))).blocks[0]
    assert block.style.style_name is None
    assert block.style.outline_level is None
    assert block.style.east_asia_font is None


# ---------------------------------------------------------------------------------------------
# package-level facts


def test_dotx_template_reads_the_same() -> None:
    data = build_docx(p("模板正文"), content_type=TEMPLATE_CT, app="WPS Office")
    document = read(data, "模板.dotx")
    assert document.format == "docx"
    assert [b.text for b in document.blocks] == ["模板正文"]
    assert document.meta["template"] is True
    assert document.meta["generator"] == "WPS Office"


def test_generator_from_app_xml() -> None:
    document = read(build_docx(p("正文"), app="Microsoft Office Word"))
    assert document.meta["generator"] == "Microsoft Office Word"
    assert "generator" not in read(build_docx(p("正文"))).meta
    assert read(build_docx(p("正文"))).meta["template"] is False


def test_package_without_document_rels_uses_default_part_names() -> None:
    data = build_docx(p("正文"), headers=[p("页眉")], omit=("word/_rels/document.xml.rels",))
    document = read(data)
    assert [b.text for b in document.furniture] == ["页眉"]


def test_document_without_text_gets_e006_from_dispatcher() -> None:
    document = read(build_docx(p() + p("   ")))
    assert [d.code for d in document.problems] == ["E006"]


def test_run_text_with_xml_special_characters() -> None:
    body = p(f"<w:r>{t('A&B <c> “引号”')}</w:r>")
    assert _texts(body) == ["A&B <c> “引号”"]


def test_a_macro_enabled_docm_is_read_as_docx_and_its_macros_ignored(tmp_path: Path) -> None:
    """A .docm is the .docx package plus vbaProject.bin; the text is read, the macros never."""
    import io
    import zipfile

    from docx_factory import build_docx, p

    import fazhi_lint

    source = zipfile.ZipFile(io.BytesIO(build_docx(p("2024年度法治政府建设情况报告"))))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "[Content_Types].xml":
                data = data.replace(
                    b"wordprocessingml.document.main+xml",
                    b"ms-word.document.macroEnabled.main+xml",
                )
                assert b"macroEnabled" in data
            target.writestr(item, data)
        target.writestr("word/vbaProject.bin", b"\xd0\xcf\x11\xe0macro")
    path = tmp_path / "宏 报告.docm"
    path.write_bytes(out.getvalue())
    result = fazhi_lint.lint_path(path)
    assert result.format == "docx"
    assert not [d for d in result.diagnostics if d.code.startswith("E")]
