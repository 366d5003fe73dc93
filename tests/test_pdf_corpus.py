"""Real PDFs from ../shared/corpus/real/: every one reads, and government documents read as a
person reads them.

The expected paragraphs were checked against renderings of the pages (pypdfium2 → PNG) by
looking at them, not copied from the reader's output. Skipped when ../shared is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from fazhi_lint.model import BlockKind, Document
from fazhi_lint.readers import read_path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = (ROOT / "../shared/corpus/real").resolve()
PDFS = sorted(CORPUS.rglob("*.pdf")) if CORPUS.is_dir() else []

needs_corpus = pytest.mark.skipif(not PDFS, reason="../shared/corpus/real is absent")
_cache: dict[Path, Document] = {}


def _read(relative: str) -> Document:
    path = CORPUS / relative
    if not path.exists():
        pytest.skip(f"{relative} is absent")
    if path not in _cache:
        _cache[path] = read_path(path)
    return _cache[path]


def _texts(document: Document) -> list[str]:
    return [b.text for b in document.blocks if b.kind == BlockKind.PARAGRAPH]


@needs_corpus
@pytest.mark.parametrize("path", PDFS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_pdf_reads_to_blocks_or_an_e_finding(path: Path) -> None:
    document = _read(str(path.relative_to(CORPUS)))
    assert document.format == "pdf"
    codes = [p.code for p in document.problems]
    assert "E999" not in codes, document.problems
    if document.blocks:
        assert all(b.text and b.text == b.text.strip() for b in document.blocks)
        assert [b.index for b in document.blocks] == list(range(len(document.blocks)))
        assert all(b.location.page and b.location.line for b in document.blocks)
    else:
        assert codes and all(c.startswith("E") for c in codes)
    # no page number glued to the text around it
    assert not any(b.text in ("—1—", "-1-", "- 1 -") for b in document.blocks)


@needs_corpus
def test_the_scanned_pdf_gives_the_scanned_finding() -> None:
    document = _read("opendatalab__MinerU/small_ocr.pdf")
    assert document.blocks == []
    assert [p.code for p in document.problems] == ["E009"]
    assert "全部 8 页" in document.problems[0].message
    assert document.meta["scanned_pages"] == list(range(1, 9))


@needs_corpus
def test_image_pages_of_a_standard_are_named() -> None:
    # GB/T 9704: the layout figures (pages 11–22) are raster images; the text pages read
    document = _read("leecaiy04__pandoc-flow-official/GB_T_9704-2012_公文格式.pdf")
    assert [p.code for p in document.problems] == ["E009"]
    assert "第11–22页" in document.problems[0].message
    assert any("党政机关公文格式" in text for text in _texts(document))
    assert not any("⽂" in b.text for b in document.blocks)  # Kangxi radical read as 文


@needs_corpus
def test_xetex_notice_397() -> None:
    """A 公文 (notice) set with XeTeX: red header, number, title, salutation, body, headings."""
    document = _read("RuilinXu__GovDoc-CN/397.pdf")
    texts = _texts(document)
    assert document.meta["title"] == "关于加强个人所得税纳税信用建设的通知"
    title = next(b for b in document.blocks if b.text == "关于加强个人所得税纳税信用建设的通知")
    assert title.style.alignment == "center" and title.style.size_pt == 22.0
    assert "发改办财金规〔2019〕860号" in texts
    # the salutation runs over three lines and is one paragraph
    assert (
        "各省、自治区、直辖市、新疆生产建设兵团社会信用体系建设牵头部门，国家税务总局各省、"
        "自治区、直辖市和计划单列市税务局，社会信用体系建设部际联席会议成员单位办公厅（室）："
    ) in texts
    opening = next(t for t in texts if t.startswith("为贯彻落实《中华人民共和国个人所得税法》"))
    assert opening.endswith("现就加强个人所得税纳税信用建设有关事项通知如下。")
    assert "（国发〔2014〕21号）" in opening and "（2014-2020年）" in opening  # a drawn soft hyphen
    # headings stand on their own
    for heading in (
        "一、总体要求",
        "二、建立个人所得税纳税信用管理机制",
        "（一）全面实施个人所得税申报信用承诺制",
        "（二）建立健全个人所得税纳税信用记录",
    ):
        assert heading in texts
    # a paragraph that continues from page 1 onto page 2, without the page number
    across = next(b for b in document.blocks if b.text.startswith("2019年1月1日起全面施行"))
    assert across.location.page == 1
    assert "优化税收制度、推动经济发展、惠及百姓民生" in across.text
    assert across.text.endswith("维护纳税人合法权益。")
    assert "—1—" not in across.text and "— 1 —" not in across.text
    assert [b.text for b in document.furniture] == ["—1—"]


@needs_corpus
def test_typst_report() -> None:
    document = _read("Mrered__GongWen-Tamplate-Lite/report.pdf")
    texts = _texts(document)
    assert texts[:2] == ["报告", "各位领导："]
    # a line ending in 「GongWen-Template-」 continues with 「Lite」
    assert texts[2] == (
        "为了解放公文写作的负担，我们推出了 GongWen-Template-Lite（公文模版青春版），"
        "下面将详细介绍这个项目。"
    )
    for heading in (
        "一、项目概述",
        "（一）项目背景与定位",
        "二、功能特点与排版规范",
        "1. 标题层级处理",
    ):
        assert heading in texts
    assert any("YAML front-matter" in t for t in texts)  # 「tt」 is two letters, not a fake bold
    # compressed brackets keep their order
    assert any("“一、（一）1.（1）”的编号规则" in t for t in texts)
    # a paragraph mixing 12.8 pt code with 16 pt text is one paragraph
    assert any(
        t.startswith("开源项目 GongWen-Template-Lite（公文模版青春版） 近日在 GitHub 上完成更新")
        for t in texts
    )


@needs_corpus
def test_word_export_matches_its_docx() -> None:
    """out.docx.pdf was exported by Word (macOS) from a version of out.docx."""
    document = _read("Mrered__GongWen-Tamplate-Lite/out.docx.pdf")
    texts = _texts(document)
    assert texts[:4] == [
        "测试文段",
        "诸葛亮、诸葛亮",
        "一、一级标题a",
        (
            "《出师表》是三国时期蜀汉丞相诸葛亮在北伐前上给后主刘禅的一篇著名奏章，分为《前出师表》"
            "和《后出师表》，最常见、流传最广的是《前出师表》。"
        ),
    ]
    docx = _read("Mrered__GongWen-Tamplate-Lite/out.docx")
    docx_texts = {b.text for b in docx.blocks}
    # the .docx changed after the export (its second line reads 「诸葛亮、亮葛诸」, and it gained
    # four paragraphs); every other paragraph of the PDF is a paragraph of the .docx
    missing = [t for t in texts if t not in docx_texts]
    assert missing == ["诸葛亮、诸葛亮"]


@needs_corpus
def test_wps_annual_report_with_tables() -> None:
    document = _read("zxj6827111-blip__KIROGOVCOMPARE/hzq2023_working.pdf")
    texts = _texts(document)
    assert document.meta["creator"] == "WPS 文字(Jisupdf Editor)"  # UTF-16LE info string
    assert texts[:2] == ["洪泽区人民政府", "2023年政府信息公开工作年度报告"]
    assert texts[2].startswith(
        "本报告由淮安市洪泽区人民政府办公室根据《中华人民共和国政府信息公开条例》（国令第711号）"
    )
    assert texts[2].endswith("电子邮箱：hzzwgk@126.com）。")
    assert "一、总体情况" in texts
    assert (
        "（一）主动公开情况。主要通过政府门户网站主动公开政府文件、项目审批、通知公告等各类政府"
        "信息。2023年，我区在政府网站平台主动公开政府信息1136条。"
    ) in texts
    assert "（三）政府信息管理情况。" in texts  # on its own line in the PDF
    # ruled tables: one block per cell, on the row it belongs to
    cells = [b for b in document.blocks if b.kind == BlockKind.TABLE_CELL]
    row = next(b for b in cells if b.text == "行政处罚")
    same_row = [
        b.text
        for b in cells
        if (b.location.page, b.location.table, b.location.row)
        == (row.location.page, row.location.table, row.location.row)
    ]
    assert same_row == ["行政处罚", "4119"]
    assert not any(t in ("行政处罚 4119", "4119") for t in texts)
