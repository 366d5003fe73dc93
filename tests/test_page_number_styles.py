"""The page number's size in a .docx is resolved as Word resolves it (readers/docx_page.py):
the runs' direct size over their character style over the footer paragraph's style chain (the
「页脚」/「footer」 style, or the default paragraph style) over the document defaults; F107
judges that size, not only direct formatting."""

from __future__ import annotations

from docx_factory import build_docx, p, r, read, style

from fazhi_lint.config import Config
from fazhi_lint.engine import Linter
from fazhi_lint.model import Diagnostic

BODY = (
    "2024年，示例区司法局坚持以习近平新时代中国特色社会主义思想为指导，深入推进法治政府建设，"
    "各项工作取得新成效。"
)
SECT = (
    '<w:sectPr><w:footerReference w:type="default" r:id="rId3"/>'
    '<w:pgSz w:w="11906" w:h="16838"/>'
    '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588"/></w:sectPr>'
)


def sz(points: float) -> str:
    return f'<w:sz w:val="{int(points * 2)}"/>'


def field(rpr: str = "", simple: bool = True) -> str:
    """A PAGE field showing 「1」, as ``w:fldSimple`` or as complex field characters."""
    props = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    if simple:
        return f'<w:fldSimple w:instr=" PAGE "><w:r>{props}<w:t>1</w:t></w:r></w:fldSimple>'
    return (
        f'<w:r>{props}<w:fldChar w:fldCharType="begin"/></w:r>'
        f"<w:r>{props}<w:instrText> PAGE </w:instrText></w:r>"
        f'<w:r>{props}<w:fldChar w:fldCharType="separate"/></w:r>'
        f"<w:r>{props}<w:t>1</w:t></w:r>"
        f'<w:r>{props}<w:fldChar w:fldCharType="end"/></w:r>'
    )


def report(footer: str, extra_styles: str = "", normal_size: float = 16) -> bytes:
    styles = (
        style(
            "Normal",
            "Normal",
            default=True,
            rpr='<w:rFonts w:eastAsia="仿宋_GB2312"/>' + sz(normal_size),
        )
        + style("Body", "Body Text", based_on="Normal", ppr='<w:ind w:firstLineChars="200"/>')
        + extra_styles
    )
    body = p("示例区司法局2024年度法治政府建设情况报告", ppr='<w:jc w:val="center"/>')
    body += "".join(p(BODY, style="Body") for _ in range(4)) + SECT
    return build_docx(body, styles=styles, footers=[footer])


FOOTER_STYLE_9 = style("a5", "footer", based_on="Normal", rpr=sz(9))
PAGE_NUMBER_STYLE_14 = style("a7", "page number", kind="character", rpr=sz(14))


def page_number(data: bytes) -> dict[str, object]:
    number: dict[str, object] = read(data).meta["page_number"]
    return number


def f107(data: bytes) -> list[Diagnostic]:
    return Linter(Config(select=("F107",))).lint_document(read(data))


def test_size_from_the_footer_style() -> None:
    data = report(p("— ", field(), " —", style="a5"), FOOTER_STYLE_9)
    assert page_number(data) == {"text": "— # —", "size_pt": 9.0}
    (finding,) = f107(data)
    assert "页码字号9磅，应为14磅（4号）" in finding.message


def test_size_from_the_default_paragraph_style_when_the_footer_names_none() -> None:
    data = report(p("— ", field(simple=False), " —"), normal_size=16)
    assert page_number(data)["size_pt"] == 16.0
    assert "页码字号16磅" in f107(data)[0].message


def test_character_style_of_the_number_over_the_footer_style() -> None:
    rpr = '<w:rStyle w:val="a7"/>'
    footer = p(r("— ", rpr), field(rpr, simple=False), r(" —", rpr), style="a5")
    data = report(footer, FOOTER_STYLE_9 + PAGE_NUMBER_STYLE_14)
    assert page_number(data)["size_pt"] == 14.0
    assert f107(data) == []


def test_direct_size_of_the_number_over_every_style() -> None:
    footer = p("— ", field(sz(14)), " —", style="a5")
    data = report(footer, FOOTER_STYLE_9)
    assert page_number(data)["size_pt"] == 14.0  # the dashes at 9 pt do not decide
    assert f107(data) == []


def test_footer_style_at_four_hao_is_correct() -> None:
    data = report(p("— ", field(), " —", style="a5"), style("a5", "footer", rpr=sz(14)))
    assert f107(data) == []


def test_page_number_in_a_text_box_with_a_fallback_copy() -> None:
    # WPS puts 「1」 in a text box (mc:Choice) with a VML copy (mc:Fallback): the copy is passed
    # over, the box's paragraph is read, its size comes from the footer style
    inner = p(field(simple=False), style="a5")
    box = (
        '<w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/'
        'markup-compatibility/2006"><mc:Choice Requires="wps"><w:drawing><wps:txbx '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f"<w:txbxContent>{inner}</w:txbxContent></wps:txbx></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><w:txbxContent>{inner}</w:txbxContent></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    )
    for _ in range(3):  # the Fallback's nodes are told apart by identity: stable every time
        data = report(p(box, style="a5"), FOOTER_STYLE_9)
        assert page_number(data) == {"text": "#", "size_pt": 9.0}
