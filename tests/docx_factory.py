"""Build small .docx packages from raw WordprocessingML snippets, for reader tests.

Only what a test passes is written: ``[Content_Types].xml``, the package and document
relationships, ``word/document.xml`` and, when given, styles, numbering, theme, headers,
footers, footnotes, endnotes, comments and ``docProps/app.xml``. Snippets use the usual
prefixes (``w:``, ``r:``, ``mc:``, ``wp:``, ``a:``, ``wps:``, ``v:``, ``m:``, ``w14:``),
declared once on each part's root element.
"""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
)
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
DOCUMENT_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
TEMPLATE_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_PART_CT = "application/vnd.openxmlformats-officedocument."


def t(text: str) -> str:
    """A ``w:t`` element that keeps its spaces."""
    return f'<w:t xml:space="preserve">{escape(text)}</w:t>'


def r(text: str = "", rpr: str = "", extra: str = "") -> str:
    """A run with optional properties (inner XML of ``w:rPr``) and extra run content."""
    props = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return f"<w:r>{props}{t(text) if text else ''}{extra}</w:r>"


def p(
    *content: str,
    style: str | None = None,
    num: tuple[int | str, int | None] | None = None,
    ppr: str = "",
) -> str:
    """A paragraph. Plain strings in ``content`` become runs; XML (starting '<') is kept."""
    props = ""
    if style is not None:
        props += f'<w:pStyle w:val="{style}"/>'
    if num is not None:
        num_id, ilvl = num
        level = f'<w:ilvl w:val="{ilvl}"/>' if ilvl is not None else ""
        props += f'<w:numPr>{level}<w:numId w:val="{num_id}"/></w:numPr>'
    props += ppr
    body = "".join(c if c.startswith("<") else r(c) for c in content)
    return f"<w:p>{f'<w:pPr>{props}</w:pPr>' if props else ''}{body}</w:p>"


def tc(*paragraphs: str, tcpr: str = "") -> str:
    inner = "".join(paragraphs) or "<w:p/>"
    return f"<w:tc>{f'<w:tcPr>{tcpr}</w:tcPr>' if tcpr else ''}{inner}</w:tc>"


def tbl(*rows: list[str]) -> str:
    """A table; each row is a list of ``tc()`` strings."""
    body = "".join(f"<w:tr>{''.join(cells)}</w:tr>" for cells in rows)
    return f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>{body}</w:tbl>'


def style(
    style_id: str,
    name: str,
    *,
    kind: str = "paragraph",
    based_on: str | None = None,
    ppr: str = "",
    rpr: str = "",
    default: bool = False,
) -> str:
    """A ``w:style`` definition."""
    attrs = f'w:type="{kind}" w:styleId="{style_id}"' + (' w:default="1"' if default else "")
    based = f'<w:basedOn w:val="{based_on}"/>' if based_on else ""
    return (
        f'<w:style {attrs}><w:name w:val="{name}"/>{based}'
        f"{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{f'<w:rPr>{rpr}</w:rPr>' if rpr else ''}"
        "</w:style>"
    )


def lvl(
    ilvl: int,
    fmt: str,
    text: str,
    *,
    start: int = 1,
    pstyle: str | None = None,
    restart: int | None = None,
    is_lgl: bool = False,
    suff: str | None = None,
    extra: str = "",
) -> str:
    """A ``w:lvl`` of a numbering definition."""
    parts = [f'<w:start w:val="{start}"/>', f'<w:numFmt w:val="{fmt}"/>']
    if restart is not None:
        parts.append(f'<w:lvlRestart w:val="{restart}"/>')
    if pstyle:
        parts.append(f'<w:pStyle w:val="{pstyle}"/>')
    if is_lgl:
        parts.append("<w:isLgl/>")
    if suff:
        parts.append(f'<w:suff w:val="{suff}"/>')
    parts.append(f'<w:lvlText w:val="{escape(text, {chr(34): "&quot;"})}"/>')
    parts.append(extra)
    return f'<w:lvl w:ilvl="{ilvl}">{"".join(parts)}</w:lvl>'


def abstract_num(aid: int | str, *levels: str, link: str = "") -> str:
    return f'<w:abstractNum w:abstractNumId="{aid}">{link}{"".join(levels)}</w:abstractNum>'


def num(num_id: int | str, aid: int | str, overrides: str = "") -> str:
    return f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{aid}"/>{overrides}</w:num>'


def theme(
    minor_ea: str = "", major_ea: str = "", hans: str = "宋体", latin: str = "Calibri"
) -> str:
    """A theme part whose font scheme has the given east-Asian faces (and a Hans script font)."""
    a = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'

    def fonts(tag: str, ea: str) -> str:
        return (
            f'<a:{tag}><a:latin typeface="{latin}"/><a:ea typeface="{ea}"/><a:cs typeface=""/>'
            f'<a:font script="Hans" typeface="{hans}"/></a:{tag}>'
        )

    return (
        f'{DECL}<a:theme {a} name="Office Theme"><a:themeElements><a:fontScheme name="Office">'
        f"{fonts('majorFont', major_ea)}{fonts('minorFont', minor_ea)}"
        "</a:fontScheme></a:themeElements></a:theme>"
    )


def build_docx(
    body: str,
    *,
    styles: str | None = None,
    numbering: str | None = None,
    theme_xml: str | None = None,
    headers: list[str] | None = None,
    footers: list[str] | None = None,
    footnotes: str | None = None,
    endnotes: str | None = None,
    comments: str | None = None,
    app: str | None = None,
    content_type: str = DOCUMENT_CT,
    document_xml: str | None = None,
    extra_parts: dict[str, bytes] | None = None,
    omit: tuple[str, ...] = (),
) -> bytes:
    """A .docx package as bytes. ``body`` is the inner XML of ``w:body``.

    ``styles``/``numbering`` are the inner XML of ``w:styles``/``w:numbering``; headers,
    footers are inner XML of ``w:hdr``/``w:ftr``; footnotes/endnotes/comments are the inner
    XML of their root. ``document_xml`` replaces word/document.xml verbatim (for crafted
    attacks); ``omit`` leaves named parts out of the zip.
    """
    parts: dict[str, str | bytes] = {}
    overrides = [("/word/document.xml", content_type)]
    rels: list[tuple[str, str]] = []

    def add(name: str, xml: str | bytes, rel_type: str | None, ct: str | None) -> None:
        parts[name] = xml
        if ct:
            overrides.append(("/" + name, ct))
        if rel_type:
            rels.append((rel_type, name.removeprefix("word/")))

    parts["word/document.xml"] = (
        document_xml
        if document_xml is not None
        else f"{DECL}<w:document {NS}><w:body>{body}</w:body></w:document>"
    )
    if styles is not None:
        add(
            "word/styles.xml",
            f"{DECL}<w:styles {NS}>{styles}</w:styles>",
            "styles",
            _PART_CT + "wordprocessingml.styles+xml",
        )
    if numbering is not None:
        add(
            "word/numbering.xml",
            f"{DECL}<w:numbering {NS}>{numbering}</w:numbering>",
            "numbering",
            _PART_CT + "wordprocessingml.numbering+xml",
        )
    if theme_xml is not None:
        add("word/theme/theme1.xml", theme_xml, "theme", _PART_CT + "theme+xml")
    for index, header in enumerate(headers or [], start=1):
        add(
            f"word/header{index}.xml",
            f"{DECL}<w:hdr {NS}>{header}</w:hdr>",
            "header",
            _PART_CT + "wordprocessingml.header+xml",
        )
    for index, footer in enumerate(footers or [], start=1):
        add(
            f"word/footer{index}.xml",
            f"{DECL}<w:ftr {NS}>{footer}</w:ftr>",
            "footer",
            _PART_CT + "wordprocessingml.footer+xml",
        )
    if footnotes is not None:
        add(
            "word/footnotes.xml",
            f"{DECL}<w:footnotes {NS}>{footnotes}</w:footnotes>",
            "footnotes",
            _PART_CT + "wordprocessingml.footnotes+xml",
        )
    if endnotes is not None:
        add(
            "word/endnotes.xml",
            f"{DECL}<w:endnotes {NS}>{endnotes}</w:endnotes>",
            "endnotes",
            _PART_CT + "wordprocessingml.endnotes+xml",
        )
    if comments is not None:
        add(
            "word/comments.xml",
            f"{DECL}<w:comments {NS}>{comments}</w:comments>",
            "comments",
            _PART_CT + "wordprocessingml.comments+xml",
        )
    if app is not None:
        parts["docProps/app.xml"] = (
            f"{DECL}<Properties xmlns="
            '"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
            f"<Application>{escape(app)}</Application></Properties>"
        )
        overrides.append(("/docProps/app.xml", _PART_CT + "extended-properties+xml"))

    types = "".join(f'<Override PartName="{n}" ContentType="{c}"/>' for n, c in overrides)
    parts["[Content_Types].xml"] = (
        f'{DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f"{types}</Types>"
    )
    package_rels = (
        f'<Relationship Id="rId1" Type="{_REL}officeDocument" Target="word/document.xml"/>'
    )
    if app is not None:
        package_rels += (
            f'<Relationship Id="rId2" Type="{_REL}extended-properties" Target="docProps/app.xml"/>'
        )
    parts["_rels/.rels"] = (
        f'{DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f"{package_rels}</Relationships>"
    )
    document_rels = "".join(
        f'<Relationship Id="rId{i}" Type="{_REL}{kind}" Target="{target}"/>'
        for i, (kind, target) in enumerate(rels, start=1)
    )
    parts["word/_rels/document.xml.rels"] = (
        f'{DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f"{document_rels}</Relationships>"
    )
    for name, data in (extra_parts or {}).items():
        parts[name] = data

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            if name in omit:
                continue
            archive.writestr(name, content.encode("utf-8") if isinstance(content, str) else content)
    return buffer.getvalue()


def read(data: bytes, name: str = "test.docx"):  # type: ignore[no-untyped-def]
    """Read crafted bytes through the public dispatcher (sniffing included)."""
    from fazhi_lint.readers import read_bytes

    return read_bytes(data, name)
