"""styles.xml read from its bytes (StyleSheet.from_xml) equals the sheet of the parsed tree.

``from_xml`` scans only the top level of the part and parses a ``w:style`` when it is first
used (readers/docx_styles.py, ``_Scan``); whenever the part is in a shape the scan does not
handle it parses the whole part as before. These tests compare every lookup of the two
sheets on real and on deliberately awkward parts, and check which path each one takes.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from fazhi_lint.readers.docx_styles import StyleSheet, _Scan
from fazhi_lint.readers.errors import ReadError
from fazhi_lint.readers.safety import parse_xml

ROOT = Path(__file__).resolve().parents[1]
W_URI = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = f'xmlns:w="{W_URI}"'
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def _style(
    style_id: str, name: str, kind: str = "paragraph", body: str = "", extra: str = ""
) -> str:
    return (
        f'<w:style w:type="{kind}" w:styleId="{style_id}"{extra}><w:name w:val="{name}"/>'
        f"{body}</w:style>"
    )


BODY = (
    "<w:docDefaults><w:rPrDefault><w:rPr>"
    '<w:rFonts w:asciiTheme="minorHAnsi" w:eastAsia="宋体"/><w:sz w:val="21"/>'
    '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:jc w:val="both"/></w:pPr></w:pPrDefault>'
    "</w:docDefaults>"
    '<w:latentStyles w:count="2"><w:lsdException w:name="Normal"/>'
    '<w:lsdException w:name="heading 1"/></w:latentStyles>'
    + _style("Normal", "Normal", extra=' w:default="1"', body='<w:rPr><w:sz w:val="32"/></w:rPr>')
    + _style(
        "Heading1",
        "heading 1",
        body='<w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/>'
        '<w:ind w:firstLineChars="200"/></w:pPr><w:rPr><w:b/><w:rFonts w:eastAsia="黑体"/></w:rPr>',
    )
    + _style("Strong", "Strong", kind="character", body="<w:rPr><w:b/></w:rPr>")
    + _style("Hidden", "隐藏", kind="character", body="<w:rPr><w:vanish/></w:rPr>")
    + _style("DefaultChar", "Default Paragraph Font", kind="character", extra=' w:default="1"')
    + _style(
        "ListNum",
        "List Number",
        kind="numbering",
        body='<w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr>',
    )
    + _style("TOC1", "toc 1", body='<w:basedOn w:val="Normal"/>')
    + _style("Loop", "loop", body='<w:basedOn w:val="Loop2"/>')
    + _style("Loop2", "loop2", body='<w:basedOn w:val="Loop"/>')
    # the first definition of an id wins; a later one of another type still sets a default
    + _style("Normal", "Normal again", body='<w:rPr><w:sz w:val="99"/></w:rPr>')
    + _style("Strong", "Strong as paragraph", extra=' w:default="1"')
    + '<w:style w:type="paragraph"><w:name w:val="no id"/></w:style>'
    + '<w:style w:type="paragraph" w:styleId="Empty"/>'
    + _style("名称", "中文样式", body='<w:basedOn w:val="Heading1"/>')
)


def _part(body: str = BODY, root: str = f"<w:styles {NS}>", end: str = "</w:styles>") -> bytes:
    return f"{DECL}{root}{body}{end}".encode()


def _lookups(sheet: StyleSheet, ids: list[str | None]) -> list[object]:
    out: list[object] = [
        sheet.default_paragraph,
        sheet.default_character,
        sheet.defaults_run,
        sheet.defaults_para,
        dict(sheet._types),
    ]
    for style_id in ids:
        out.append(sheet.para(style_id))
        out.append(sheet.name(style_id))
        out.append(sheet.run_base(style_id, None))
        if style_id is not None:
            out.append(sheet.character(style_id))
            out.append(sheet.run_base(None, style_id))
            out.append(sheet.numbering_style_num_id(style_id))
    return out


def _ids(data: bytes) -> list[str | None]:
    root = parse_xml(data)
    ids: list[str | None] = [None, "NoSuchStyle", ""]
    for element in root.iter(f"{{{W_URI}}}style"):
        style_id = element.get(f"{{{W_URI}}}styleId")
        if style_id is not None and style_id not in ids:
            ids.append(style_id)
    return ids


def _same(data: bytes, scanned: bool) -> None:
    """from_xml gives the same answers as the sheet of the parsed tree, on the expected path."""
    assert (_Scan.of(data, "word/styles.xml") is not None) is scanned
    ids = _ids(data)
    expected = _lookups(StyleSheet(parse_xml(data)), ids)
    assert _lookups(StyleSheet.from_xml(data), ids) == expected
    # lookups in another order (lazy parsing must not depend on it)
    assert (
        _lookups(StyleSheet.from_xml(data), ids[::-1])[5:]
        == _lookups(StyleSheet(parse_xml(data)), ids[::-1])[5:]
    )


def test_plain_part_is_scanned_and_equal() -> None:
    _same(_part(), scanned=True)


def test_scanned_sheet_sees_first_definitions_and_defaults() -> None:
    sheet = StyleSheet.from_xml(_part())
    assert sheet.default_paragraph == "Normal"
    assert sheet.default_character == "DefaultChar"
    assert sheet.para("Heading1").outline == 0
    assert sheet.para("Heading1").run.size == 16  # from Normal, the first definition
    assert sheet.name("Strong") == "Strong"
    assert sheet.para("TOC1").is_toc
    assert sheet.numbering_style_num_id("ListNum") == "7"
    assert sheet.defaults_para.jc == "both"
    # styles are parsed on first use only
    assert "Heading1" in sheet._elements
    assert "Hidden" not in sheet._elements


@pytest.mark.parametrize(
    "variant",
    [
        # blanks and newlines between and inside tags, blanks before ">" of end tags
        BODY.replace("</w:style>", "</w:style  >\n  ").replace("><w:", ">\n\t<w:"),
        # single quotes, attributes in another order, self-closing styles
        BODY.replace(
            'w:type="character" w:styleId="Strong"', "w:styleId='Strong' w:type='character'"
        )
        + "<w:style w:styleId='Solo' w:type='paragraph' w:default='1' />",
        # another prefix for the WordprocessingML namespace
        "PREFIX",
        # no docDefaults, no latentStyles
        BODY[BODY.index("<w:style ") :],
        # an empty part
        "",
        # a name containing "style" and an element whose name starts like w:style
        BODY + '<w:styleX w:val="1"><w:style w:styleId="Inner"/></w:styleX>',
    ],
)
def test_awkward_but_scannable_parts(variant: str) -> None:
    if variant == "PREFIX":
        data = _part(
            BODY.replace("w:", "ns0:").replace("</ns0:", "</ns0:"),
            root=f'<ns0:styles xmlns:ns0="{W_URI}" xmlns:mc="urn:x">',
            end="</ns0:styles>",
        )
    else:
        data = _part(variant)
    _same(data, scanned=True)


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (_part(BODY + '<!-- </w:style><w:style w:styleId="Fake"> -->'), "comment"),
        (_part(BODY.replace('<w:name w:val="heading 1"/>', "<![CDATA[</w:style>]]>")), "CDATA"),
        (_part(BODY + "<?pi x?>"), "processing instruction"),
        (_part(BODY.replace('w:styleId="Strong"', 'w:styleId="St&amp;rong"')), "reference"),
        (_part(BODY.replace('w:styleId="Strong"', 'w:styleId="St\trong"')), "tab in a value"),
        (_part(root=f'<styles xmlns="{W_URI}">', end="</styles>", body=""), "default namespace"),
        (
            _part(root=f'<w:styles {NS} xmlns:x="{W_URI}">'),
            "two prefixes for the namespace",
        ),
        (
            _part(BODY + '<w:style xmlns:w="urn:other" w:styleId="Other"/>'),
            "namespace declared on a style",
        ),
        (_part(BODY + "text at the top level"), "top-level text"),
        (_part(BODY + _style("Outer", "o", body=_style("Inner", "i"))), "nested style"),
        (
            DECL.replace("UTF-8", "ISO-8859-1").encode() + _part()[len(DECL) :],
            "another encoding",
        ),
        (DECL.replace("1.0", "1.1", 1).encode() + _part()[len(DECL) :], "XML 1.1"),
        ("\ufeff".encode("utf-16-le") + _part().decode().encode("utf-16-le"), "UTF-16"),
        (_part(end="</w:styles><w:styles/>"), "content after the root"),
        (f"{DECL}<w:styles {NS}/>".encode(), "self-closing root"),
    ],
)
def test_other_shapes_fall_back_to_the_full_parse(data: bytes, why: str) -> None:
    try:
        parse_xml(data)
    except ReadError:
        assert _Scan.of(data, "word/styles.xml") is None, why
        return
    _same(data, scanned=False)


def test_utf8_bom_is_scanned() -> None:
    _same(b"\xef\xbb\xbf" + _part(), scanned=True)


@pytest.mark.parametrize(
    "data",
    [
        f'{DECL}<!DOCTYPE x [<!ENTITY a "b">]><w:styles {NS}/>'.encode(),
        _part(BODY + "<!DOCTYPE x>"),
    ],
)
def test_dtd_is_refused_as_before(data: bytes) -> None:
    with pytest.raises(ReadError) as expected:
        parse_xml(data, "word/styles.xml")
    with pytest.raises(ReadError) as found:
        StyleSheet.from_xml(data)
    assert (found.value.code, found.value.message) == (expected.value.code, expected.value.message)


@pytest.mark.parametrize(
    "body",
    [
        BODY.replace("</w:docDefaults>", ""),  # the top level cannot be followed
        BODY.replace("<w:rPr><w:b/></w:rPr>", "<w:rPr><w:b></w:rPr>", 1),  # inside a style
        BODY + "<w:style",
    ],
)
def test_malformed_part_raises_the_same_error_when_read(body: str) -> None:
    data = _part(body)
    with pytest.raises(ReadError) as expected:
        parse_xml(data, "word/styles.xml")
    assert expected.value.code == "E005"
    with pytest.raises(ReadError) as found:
        sheet = StyleSheet.from_xml(data)
        _lookups(sheet, [None, "Heading1", "Strong"])  # the broken style is read here
    assert (found.value.code, found.value.message, found.value.detail) == (
        expected.value.code,
        expected.value.message,
        expected.value.detail,
    )


def _styles_parts() -> list[tuple[str, bytes]]:
    parts = []
    seeds = sorted((ROOT / "fixtures" / "seeds").glob("*.docx"))[:1]
    corpus = ROOT / "../shared/corpus/real"
    others = (
        sorted(p for p in corpus.rglob("*") if p.suffix in (".docx", ".dotx"))
        if corpus.is_dir()
        else []
    )
    for path in [*seeds, *others]:
        with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as archive:
            if "word/styles.xml" in archive.namelist():
                parts.append((path.name, archive.read("word/styles.xml")))
    try:
        import docx

        template = Path(docx.__file__).parent / "templates" / "default-styles.xml"
        parts.append(("python-docx default-styles.xml", template.read_bytes()))
    except ImportError:
        pass
    return parts


def test_real_styles_parts_are_scanned_and_equal() -> None:
    parts = _styles_parts()
    if not parts:
        pytest.skip("no real styles.xml available")
    for name, data in parts:
        assert _Scan.of(data, "word/styles.xml") is not None, name
        ids = _ids(data)
        assert _lookups(StyleSheet.from_xml(data), ids) == _lookups(
            StyleSheet(parse_xml(data)), ids
        ), name


def test_many_exclamation_marks_in_text_still_scanned() -> None:
    bang = _style("Bang", "!" * 40, body="<w:rPr><w:b/></w:rPr>")
    _same(_part(BODY + bang), scanned=True)
    _same(_part(BODY + bang + "<!-- x -->"), scanned=False)


def test_too_many_top_level_elements_are_left_to_the_full_parse() -> None:
    many = "".join(f'<w:style w:type="paragraph" w:styleId="S{i}"/>' for i in range(20_001))
    data = _part(BODY + many)
    assert _Scan.of(data, "word/styles.xml") is None
    sheet = StyleSheet.from_xml(data)
    assert sheet._types["S20000"] == "paragraph"
    assert sheet.para("Heading1") == StyleSheet(parse_xml(data)).para("Heading1")


def test_a_fragment_that_fails_on_a_well_formed_part_rebuilds_from_the_tree(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # defensive path: cannot happen for a well-formed part, forced here
    data = _part()
    ids = _ids(data)
    expected = _lookups(StyleSheet(parse_xml(data)), ids)
    sheet = StyleSheet.from_xml(data)
    sheet.para("Normal")  # one style parsed from its fragment before the failure

    def broken(self: _Scan, start: int, end: int) -> None:
        raise ReadError("E005", "forced")

    monkeypatch.setattr(_Scan, "element", broken)
    assert _lookups(sheet, ids) == expected
    assert sheet._scan is None
    monkeypatch.setattr(_Scan, "element", broken)
    assert _lookups(StyleSheet.from_xml(data), ids) == expected  # fails at docDefaults
