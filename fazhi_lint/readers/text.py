"""Plain text and Markdown: encoding detected, one block per non-empty line.

Each line of a text report is a paragraph (the way published copies and Word's "save as
text" write them). Leading indentation (spaces, U+3000, tabs, NBSP) is stripped from the
block text and recorded in ``Location.column`` (1-based, in characters) so that
``column + offset`` is the exact column of any character of the block.

Encoding detection (:func:`decode`):

1. a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32);
2. strict UTF-8 (Chinese text in GBK/GB18030 practically never decodes as valid UTF-8);
3. the strict decodings that fit (GB18030, UTF-16 LE/BE without BOM, Big5/CP950) are
   scored by how much of the result is plausible Chinese report text: CJK ideographs,
   CJK/full-width punctuation and ASCII count as plausible; Hangul, Yi, private-use and
   control characters (what a wrong guess produces) do not. Ties between GB18030 and
   Big5 are broken by the share of very common characters;
4. only if none of these fit: lenient decodings and charset-normalizer. charset-normalizer
   alone is not used first because it misreads short GBK text (20-60 bytes of a report
   come back as cp949 or utf_16_le); measured on the seed reports.

Markdown (``.md``/``.markdown``): heading hashes, blockquote markers, bullet markers
(``-``/``*``/``+``) and task boxes are removed by moving the column; ordered-list markers
are *kept* because ``1.`` is a Chinese heading label. Fenced code blocks, YAML front
matter, thematic breaks, setext underlines and HTML comment lines are skipped. GFM tables
give one ``TABLE_CELL`` block per cell. Emphasis markers (``**``/``__``) are removed only
when they wrap the whole line (both removals are at the ends, so offsets stay exact);
emphasis inside a line and link/image syntax are left as written, because removing them
would break the one-to-one mapping between block offsets and source columns.
Indented code blocks are not recognised: Chinese reports indent paragraphs with spaces.
"""

from __future__ import annotations

import codecs
import re

from ..model import Block, BlockKind, Document, Location, Style
from .errors import FILE_TOO_LARGE, UNSUPPORTED_FORMAT, ReadError
from .safety import DEFAULT_LIMITS, Limits

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
INDENT = " \t\u3000\u00a0\ufeff\x0b\x0c"
_LINE_BREAK = re.compile(r"\r\n|\r|\n")

# The ~500 most frequent characters of modern Chinese prose and of these reports, plus the
# traditional forms of those that differ: real text has a large share of them, text decoded
# with the wrong double-byte codec has almost none.
_COMMON_CHARS = frozenset(
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工"
    "也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物"
    "现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全"
    "表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无"
    "系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基"
    "资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取"
    "据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权"
    "收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离"
    "华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低"
    "持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历"
    "市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却"
    "专状育厂京识适属圆包火住调满县局照参红细引听该铁价严推综督执依规范审核监察职责落健全"
    "們這國會發說為對來時動過種麼學經產後點現實與關當從業開還應問題黨總間務當區議決時見進"
    "與長們種個對說會發動產國機導統農軍東樣變條結體萬員門們認識團報幾歷辦費觀劃環節運記"
)


def _plausibility(text: str) -> tuple[float, float]:
    """(share of plausible characters, share of common characters among the ideographs)."""
    sample = text[:20000]
    if not sample:
        return 1.0, 1.0
    good = cjk = common = 0
    for ch in sample:
        o = ord(ch)
        if 0x20 <= o < 0x7F or ch in "\t\n\r":
            good += 1
        elif 0x4E00 <= o <= 0x9FFF:
            good += 1
            cjk += 1
            if ch in _COMMON_CHARS:
                common += 1
        elif (
            0x3000 <= o <= 0x303F  # CJK punctuation
            or 0xFF00 <= o <= 0xFFEF  # full-width forms
            or 0x2000 <= o <= 0x206F  # general punctuation (“”—…)
            or 0x2160 <= o <= 0x217F  # Roman numerals
            or 0x2460 <= o <= 0x24FF  # circled numbers
            or 0x3400 <= o <= 0x4DBF  # CJK extension A (rare, still CJK)
            or o in (0xA0, 0xB7, 0xD7, 0xB0, 0x2116, 0x25CB, 0x25A0, 0x25CF, 0x2103, 0xFEFF)
            or 0xC0 <= o <= 0x17F  # accented Latin
        ):
            good += 1
    return good / len(sample), (common / cjk if cjk else 1.0)


def _is_control(ch: str) -> bool:
    o = ord(ch)
    return (o < 0x20 and ch not in "\t\n\r\x0b\x0c\x1a") or o == 0x7F or 0x80 <= o <= 0x9F


def looks_binary(text: str) -> bool:
    """True when decoded text is really binary data: NULs or too many control characters."""
    sample = text[:65536]
    if not sample:
        return False
    if "\x00" in sample:
        return True
    controls = sum(1 for ch in sample if _is_control(ch))
    replacements = sample.count("\ufffd")
    return controls > max(1, len(sample) // 100) or replacements > len(sample) // 5


def decode(data: bytes) -> tuple[str, str]:
    """Text and the encoding used: BOM, strict UTF-8, then the best-scoring Chinese codec.

    Raises ``ReadError(UNSUPPORTED_FORMAT)`` when no encoding gives plausible text.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                return data.decode(encoding, errors="replace"), encoding
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if "\x00" not in text:
            return text, "utf-8"
        # NULs: ASCII in UTF-16 without a BOM is valid UTF-8 too; let the scores decide
    candidates: list[tuple[float, float, int, str, str]] = []
    for rank, encoding in enumerate(("utf-8", "gb18030", "cp950", "utf-16-le", "utf-16-be")):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        score, common = _plausibility(text)
        candidates.append((score, common, -rank, encoding, text))
    plausible = [c for c in candidates if c[0] >= 0.9]
    if plausible:
        # Among plausible decodings prefer the one whose ideographs are common words;
        # a small margin keeps GB18030 ahead of Big5 when both look alike.
        best = max(plausible, key=lambda c: (round(c[0], 2) + c[1], c[2]))
        return best[4], best[3]
    return _decode_damaged(data, candidates)


def _decode_damaged(
    data: bytes, strict: list[tuple[float, float, int, str, str]]
) -> tuple[str, str]:
    """Last resort for text with a few bad bytes, or in an unexpected encoding."""
    options: list[tuple[float, str, str]] = [(c[0], c[3], c[4]) for c in strict]
    for encoding in ("utf-8", "gb18030"):
        text = data.decode(encoding, errors="replace")
        score, _ = _plausibility(text.replace("\ufffd", "\x00"))
        options.append((score, encoding, text))
    try:
        from charset_normalizer import from_bytes

        match = from_bytes(data).best()
    except Exception:  # a detector failure must not hide the reader's own answer
        match = None
    if match is not None:
        text = str(match)
        options.append((_plausibility(text)[0], match.encoding, text))
    score, encoding, text = max(options, key=lambda o: o[0])
    if score < 0.85 or looks_binary(text):
        raise ReadError(
            UNSUPPORTED_FORMAT,
            "无法识别文件的文字编码，可能不是文本文件；请将报告另存为 UTF-8 文本或 .docx 后重试",
        )
    return text, encoding


# -- Markdown ----------------------------------------------------------------------------
_MD_QUOTE = re.compile(r">[ \t]?")
_MD_BULLET = re.compile(r"[-*+][ \t]+(?:\[[ xX]\][ \t]+)?")
_MD_HEADING = re.compile(r"#{1,6}(?:[ \t]+|(?=[^\x00-\x7f])|$)")
# each pattern below reads a run of blanks in one way only (a run begins after a non-blank;
# no two blank runs are adjacent), so a line of blanks that fails is not retried quadratically
_MD_CLOSING_HASHES = re.compile(r"(?<![ \t])[ \t]+#+[ \t]*$")
_MD_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})(.*)$")
_MD_RULE = re.compile(r"^ {0,3}(?:(?:[-*_=][ \t]*){3,})$")
_MD_TABLE_DELIM = re.compile(
    r"^[ \t]*(?:\|[ \t]*)?:?-+:?(?:[ \t]*\|[ \t]*:?-+:?)*[ \t]*(?:\|[ \t]*)?$"
)
_MD_WRAP = re.compile(r"^(\*\*|__)(?=\S)((?:(?!\1).)*\S)\1$")


def _md_prefix(line: str) -> tuple[int, bool]:
    """Length of the Markdown container/heading prefix to skip, and whether it is a heading."""
    pos = 0
    while True:
        m = _MD_QUOTE.match(line, pos)
        if not m:
            break
        pos = m.end()
        pos += len(line[pos:]) - len(line[pos:].lstrip(" \t"))
    m = _MD_BULLET.match(line, pos)
    if m and m.end() < len(line):
        pos = m.end()
    m = _MD_HEADING.match(line, pos)
    if m:
        return m.end(), True
    return pos, False


def _split_row(line: str) -> list[tuple[int, str]]:
    """Cells of a GFM table row: (start index in line, raw cell text)."""
    cells: list[tuple[int, str]] = []
    start = 0
    i = 0
    body = line
    stripped = body.lstrip()
    lead = len(body) - len(stripped)
    if stripped.startswith("|"):
        start = lead + 1
        i = start
    while i <= len(body):
        if i == len(body) or (body[i] == "|" and (i == 0 or body[i - 1] != "\\")):
            cells.append((start, body[start:i]))
            start = i + 1
        i += 1
    if cells and not cells[-1][1].strip() and body.rstrip().endswith("|"):
        cells.pop()
    return cells


def _markdown_blocks(lines: list[str]) -> list[tuple[int, int, str, tuple[int, int, int] | None]]:
    """(line number, column, text, (table, row, cell) or None) for a Markdown file."""
    out: list[tuple[int, int, str, tuple[int, int, int] | None]] = []
    n = len(lines)
    i = 0
    if n and lines[0].strip() == "---":  # YAML front matter
        for j in range(1, min(n, 100)):
            if lines[j].strip() in ("---", "..."):
                i = j + 1
                break
    fence: tuple[str, int] | None = None
    in_comment = False
    table_no = 0
    while i < n:
        line = lines[i]
        number = i + 1
        i += 1
        if fence is not None:
            m = _MD_FENCE.match(line)
            if (
                m
                and m.group(1)[0] == fence[0]
                and len(m.group(1)) >= fence[1]
                and not m.group(2).strip()
            ):
                fence = None
            continue
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        m = _MD_FENCE.match(line)
        if m and not (m.group(1)[0] == "`" and "`" in m.group(2)):
            fence = (m.group(1)[0], len(m.group(1)))
            continue
        stripped = line.strip()
        if stripped.startswith("<!--"):
            in_comment = "-->" not in stripped
            if stripped.endswith("-->") or in_comment:
                continue
        if _MD_RULE.match(line):
            continue
        # GFM table: a row with pipes followed by a delimiter row
        if (
            "|" in line
            and i < n
            and "|" in lines[i]
            and _MD_TABLE_DELIM.match(lines[i])
            and len(_split_row(lines[i])) == len(_split_row(line))
        ):
            table_no += 1
            rows = [(number, line)]
            i += 1  # skip the delimiter row
            while i < n and "|" in lines[i] and lines[i].strip():
                rows.append((i + 1, lines[i]))
                i += 1
            for row_no, (line_no, row) in enumerate(rows, start=1):
                for cell_no, (start, raw) in enumerate(_split_row(row), start=1):
                    lead = len(raw) - len(raw.lstrip(INDENT))
                    text = raw.strip(INDENT + "\r\n")
                    if text:
                        out.append((line_no, start + lead + 1, text, (table_no, row_no, cell_no)))
            continue
        body = line.lstrip(INDENT)
        column = len(line) - len(body) + 1
        skip, heading = _md_prefix(body)
        body = body[skip:]
        lead = len(body) - len(body.lstrip(INDENT))
        body = body[lead:]
        column += skip + lead
        if heading:
            body = _MD_CLOSING_HASHES.sub("", body)
        body = body.rstrip()
        wrap = _MD_WRAP.match(body)
        if wrap:
            body = wrap.group(2)
            column += 2
        if body:
            out.append((number, column, body, None))
    return out


def _text_blocks(lines: list[str]) -> list[tuple[int, int, str, tuple[int, int, int] | None]]:
    out: list[tuple[int, int, str, tuple[int, int, int] | None]] = []
    for number, line in enumerate(lines, start=1):
        body = line.lstrip(INDENT)
        text = body.rstrip()
        if text:
            out.append((number, len(line) - len(body) + 1, text, None))
    return out


def read(data: bytes, path: str, limits: Limits = DEFAULT_LIMITS) -> Document:
    text, encoding = decode(data)
    if looks_binary(text):
        raise ReadError(
            UNSUPPORTED_FORMAT,
            "文件含有二进制内容，不是文本文件；请提交报告的 .docx、PDF 或文本文件",
        )
    if len(text) > limits.max_text_chars:
        raise ReadError(
            FILE_TOO_LARGE,
            f"文本长度 {len(text)} 字符，超过上限 {limits.max_text_chars} 字符，已拒绝读取",
        )
    text = text.lstrip("\ufeff")
    markdown = path.lower().endswith((".md", ".markdown"))
    lines = _LINE_BREAK.split(text)
    rows = _markdown_blocks(lines) if markdown else _text_blocks(lines)
    blocks: list[Block] = []
    for number, column, body, cell in rows:
        index = len(blocks)
        if cell is None:
            location = Location(block=index, line=number, column=column)
            kind = BlockKind.PARAGRAPH
        else:
            table, row, col = cell
            location = Location(
                block=index, line=number, column=column, table=table, row=row, cell=col
            )
            kind = BlockKind.TABLE_CELL
        style = Style()
        if not markdown and column > 1:  # the indentation typed before the text (F104)
            lead = lines[number - 1][: column - 1]
            style = Style(leading_whitespace=lead.replace("\ufeff", ""))
        blocks.append(Block(index=index, text=body, kind=kind, location=location, style=style))
    meta: dict[str, object] = {"encoding": encoding}
    bad = text.count("\ufffd")
    if bad:
        meta["replacement_chars"] = bad
    return Document(
        path=path,
        format="markdown" if markdown else "text",
        blocks=blocks,
        meta=meta,
    )
