"""``F1xx``, layout after GB/T 9704-2012 (党政机关公文格式), from .docx and .pdf.

Every expectation is profile data (``[layout]`` in the profile: page, margins, fonts, sizes,
indent, page numbers); font names are compared as families through ``layout.toml`` beside this
module (仿宋_GB2312, FangSong and 方正仿宋_GBK are all 仿宋). Each check reports a root cause
once, with how many paragraphs it concerns and the first places («正文有37段为宋体，应为仿宋；
第3段、第5段、第8段…»), never one finding per paragraph. Text formats carry no layout: the
checks only run on .docx and .pdf files, except F104 on the blanks typed before the
paragraphs of a .txt file (``Style.leading_whitespace``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from fazhi_lint.data_files import read_text
from fazhi_lint.model import Block, BlockKind, Diagnostic, Severity
from fazhi_lint.pattern_cache import toml_loads
from fazhi_lint.plugins import CheckContext, check

DATA_FILE = "layout.toml"
LAYOUT_FORMATS = ("docx", "pdf")
PLACES_SHOWN = 3
_LEVEL_ZH = {1: "一级标题", 2: "二级标题", 3: "三级标题", 4: "四级标题"}


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    text = read_text(__package__, DATA_FILE)
    return toml_loads(text)


def font_families(extra: dict[str, list[str]] | None = None) -> dict[str, str]:
    """Normalised font name → family, from ``layout.toml`` plus a profile's
    ``[layout.extra-families]`` (e.g. the font a PDF export substituted)."""
    table: dict[str, str] = {}
    for source in (_data()["families"], extra or {}):
        for family, names in source.items():
            for name in names:
                table[_key(name)] = str(family)
    return table


def _key(name: str) -> str:
    return name.lower().replace(" ", "")


def font_family(name: str | None, table: dict[str, str] | None = None) -> str | None:
    """仿宋_GB2312 / FangSong / 方正仿宋_GBK → 仿宋; None for an unknown or missing name."""
    if not name:
        return None
    family = (table if table is not None else _default_families()).get(_key(name))
    if family:
        return family
    for family, part in _data()["contains"].items():
        if part in name:
            return str(family)
    return None


@lru_cache(maxsize=1)
def _default_families() -> dict[str, str]:
    return font_families()


def _families(ctx: CheckContext) -> dict[str, str]:
    return font_families(_layout(ctx, "extra-families", {}) or {})


def _layout(ctx: CheckContext, key: str, default: Any = None) -> Any:
    return ctx.profile.get(f"layout.{key}", default)


def _applies(ctx: CheckContext) -> bool:
    return ctx.document.format in LAYOUT_FORMATS and len(body_paragraphs(ctx)) >= int(
        _layout(ctx, "min-paragraphs", 3)
    )


def body_paragraphs(ctx: CheckContext) -> list[Block]:
    return ctx.views.roles.body


def _places(blocks: list[Block]) -> str:
    shown = "、".join(b.location.human() for b in blocks[:PLACES_SHOWN])
    return shown + ("等" if len(blocks) > PLACES_SHOWN else "")


def _font_findings(
    ctx: CheckContext, blocks: list[Block], expected: str, what: str
) -> Iterator[Diagnostic]:
    """One finding per wrong font family among ``blocks``."""
    wrong: dict[str, list[Block]] = defaultdict(list)
    names: dict[str, set[str]] = defaultdict(set)
    table = _families(ctx)
    for b in blocks:
        family = font_family(b.style.east_asia_font, table)
        if b.style.east_asia_font and family != expected:
            key = family or b.style.east_asia_font
            wrong[key].append(b)
            names[key].add(b.style.east_asia_font)
    for family, found in wrong.items():
        shown = "、".join(sorted(names[family]))
        if ctx.document.format == "pdf":
            advice = "PDF 中的字体是导出时实际使用的字体：导出的电脑未安装所需字体时会被替换，请核对后重新导出"
        else:
            advice = f"在样式中把{what}的中文字体改为{expected}类字体，并清除直接设置的字体"
        yield ctx.diagnostic(
            f"{what}有{len(found)}段的字体为{shown}，应为{expected}类字体（GB/T 9704-2012）；"
            f"{_places(found)}",
            found[0],
            suggestion=advice,
            data={"count": len(found), "found": shown, "expected": expected},
        )


def _size_findings(
    ctx: CheckContext, blocks: list[Block], expected: float, what: str
) -> Iterator[Diagnostic]:
    tolerance = float(_layout(ctx, "size-tolerance-pt", 0.6))
    wrong: dict[float, list[Block]] = defaultdict(list)
    for b in blocks:
        size = b.style.size_pt
        if size is not None and abs(size - expected) > tolerance:
            wrong[round(size, 1)].append(b)
    for size, found in wrong.items():
        yield ctx.diagnostic(
            f"{what}有{len(found)}段字号为{size:g}磅，应为{expected:g}磅（{_hao(expected)}）；"
            f"{_places(found)}",
            found[0],
            data={"count": len(found), "size_pt": size, "expected_pt": expected},
        )


def _hao(points: float) -> str:
    return {22.0: "2号", 16.0: "3号", 14.0: "4号", 15.0: "小3号"}.get(float(points), "")


@check("F101", "page-setup", Severity.WARNING, "纸张或页边距不合 GB/T 9704")
def page_setup(ctx: CheckContext) -> Iterator[Diagnostic]:
    """检查什么：纸张不是 A4，或页边距与配置方案不符（天头37 mm，订口28 mm）。.docx 的节（页面设置）
    或 PDF 的页面不是 210 × 297 mm，或上、左、下、右页边距与配置方案相差超过
    ``margin-tolerance-mm``（全国方案：37 / 28 / 35 / 26 mm，± 1.5 mm）。

    PDF 不声明页边距，从正文各行的位置量出（页码、页眉页脚、表格、横向页不算）：左边距为各页正文
    行的起点，右边距为两端对齐的正文行到达的最远处（28个3号字宽158 mm，行尾可比版心多出2 mm），
    上边距为第一页以外各页首行的顶端，下边距为“满页”（正文排到版心底部的页，不含最后一页）末行
    的底端；奇偶页左右对换（对称页边距）时按奇数页判断。文字只占行高的一部分，行距留出的空白
    在字的上方还是下方因软件而异，所以上、下边距按这一范围判断，报告的是估计值，并给出版心尺寸。
    页边距不符时与 .docx 同为警告；不符的边距都只在一页上量出（如满页少于两页）时量得不可靠，
    为提示。

    为什么：GB/T 9704-2012 第5.2.1条（A4）和第5.2.2条（天头 37 mm ± 1 mm，订口 28 mm ± 1 mm，
    版心 156 mm × 225 mm）。使用其他页边距的地区在其配置方案中改写这些数值。

    错误示例：
        页面设置为 Word 默认的上下 25.4 mm、左右 31.8 mm。

    正确示例：
        上 37 mm、下 35 mm、左 28 mm、右 26 mm。
    """
    if not _applies(ctx):
        return
    geometry = ctx.document.meta.get("page_geometry") or {}
    problems: list[str] = []
    width, height = geometry.get("width_mm"), geometry.get("height_mm")
    want_w, want_h = (
        float(_layout(ctx, "page-width-mm", 210)),
        float(_layout(ctx, "page-height-mm", 297)),
    )
    if width and height and (abs(width - want_w) > 2 or abs(height - want_h) > 2):
        problems.append(f"纸张为{width:g}×{height:g} mm，应为{want_w:g}×{want_h:g} mm（A4）")
    tolerance = float(_layout(ctx, "margin-tolerance-mm", 1.5))
    margins = geometry.get("margins_mm") or {}
    zh = {"top": "上", "bottom": "下", "left": "左", "right": "右"}
    pdf = ctx.document.format == "pdf"
    margin_problems: list[str] = []
    # how many pages each side was measured on (a PDF): one page is too few to be sure
    measured_on = {
        "top": int(geometry.get("top_pages", 0) or 0),
        "bottom": int(geometry.get("full_pages", 0) or 0),
        "left": int(geometry.get("side_pages", 0) or 0),
        "right": int(geometry.get("side_pages", 0) or 0),
    }
    certain = not pdf
    for side in ("top", "bottom", "left", "right"):
        value = margins.get(side)
        want = _layout(ctx, f"margin-{side}-mm")
        if value is None or want is None:
            continue
        if pdf:
            low, high = (geometry.get("margin_ranges_mm") or {}).get(side, (value, value))
            if side == "right":  # 28 characters of 3号 are 158 mm: a line may end that far
                high += _line_slack(ctx)
            if float(want) < low - tolerance or float(want) > high + tolerance:
                margin_problems.append(f"{zh[side]}边距约{value:g} mm，应为{float(want):g} mm")
                certain = certain or measured_on[side] >= 2
        elif abs(float(value) - float(want)) > tolerance:
            margin_problems.append(f"{zh[side]}边距{value:g} mm，应为{float(want):g} mm")
    if pdf and margin_problems and width and height:
        area = _type_area(ctx, float(width), float(height), margins)
        if area:
            margin_problems.append(area)
    problems.extend(margin_problems)
    if problems:
        # a PDF's margin is measured from the text, not declared: a note when every wrong side
        # was measured on fewer than two pages (few full pages, one page of text)
        uncertain = pdf and not problems[0].startswith("纸张") and not certain
        where = "（从 PDF 正文各行的位置量出）" if pdf and margin_problems else ""
        yield ctx.diagnostic(
            f"页面设置不合 GB/T 9704-2012 第5.2条{where}：" + "；".join(problems),
            suggestion="在“布局 → 页边距 → 自定义边距”中按配置方案设置",
            severity=Severity.INFO if uncertain else None,
            data={"problems": problems, "measured": pdf},
        )


def _line_slack(ctx: CheckContext) -> float:
    """How far a full line of ``chars-per-line`` body characters may reach past the type area
    (28 × 16 pt = 158 mm in a 156 mm type area), in millimetres."""
    chars = _layout(ctx, "chars-per-line")
    if not chars:
        return 0.0
    line = float(chars) * float(_layout(ctx, "body-size-pt", 16)) * 25.4 / 72
    width = float(_layout(ctx, "page-width-mm", 210))
    area = (
        width - float(_layout(ctx, "margin-left-mm", 0)) - float(_layout(ctx, "margin-right-mm", 0))
    )
    return max(0.0, line - area)


def _type_area(ctx: CheckContext, width: float, height: float, margins: dict[str, float]) -> str:
    """「版心约160×245 mm，应为156×225 mm」 from the measured margins, or "" when it fits."""
    if not all(side in margins for side in ("top", "bottom", "left", "right")):
        return ""
    got_w = width - margins["left"] - margins["right"]
    got_h = height - margins["top"] - margins["bottom"]
    want_w = float(_layout(ctx, "page-width-mm", 210)) - float(_layout(ctx, "margin-left-mm", 0))
    want_w -= float(_layout(ctx, "margin-right-mm", 0))
    want_h = float(_layout(ctx, "page-height-mm", 297)) - float(_layout(ctx, "margin-top-mm", 0))
    want_h -= float(_layout(ctx, "margin-bottom-mm", 0))
    tolerance = float(_layout(ctx, "margin-tolerance-mm", 1.5))
    if abs(got_w - want_w) <= tolerance and abs(got_h - want_h) <= tolerance:
        return ""  # the text block has its size, only its place is wrong
    return f"版心约{got_w:.0f}×{got_h:.0f} mm，应为{want_w:g}×{want_h:g} mm"


@check("F102", "body-font", Severity.WARNING, "正文字体不是仿宋")
def body_font(ctx: CheckContext) -> Iterator[Diagnostic]:
    """检查什么：正文段落不是配置方案规定的正文字体（全国方案：仿宋）。正文段落（不含标题、各级标题
    和落款）的中文字体——来自段落样式、文字的直接格式或其引用的主题字体——不属于仿宋一族
    （仿宋_GB2312、仿宋、FangSong、方正仿宋_GBK 都算）。每种错误字体报告一次，写明段数和最先出现的
    几处。

    为什么：GB/T 9704-2012 第5.2.3条和第7.3.3条规定正文用3号仿宋体。

    错误示例：
        正文样式为宋体（或正文字体沿用主题字体“等线”）。

    正确示例：
        正文中文字体为仿宋_GB2312（或方正仿宋_GBK）。
    """
    if _applies(ctx):
        yield from _font_findings(ctx, body_paragraphs(ctx), str(_layout(ctx, "body-font")), "正文")


@check("F103", "body-size", Severity.WARNING, "正文字号不是3号")
def body_size(ctx: CheckContext) -> Iterator[Diagnostic]:
    """检查什么：正文段落不是配置方案规定的正文字号（全国方案：3号，16 磅）。正文段落的主要字号与
    ``body-size-pt`` 相差超过 ``size-tolerance-pt``；每种错误字号报告一次。

    为什么：GB/T 9704-2012 第5.2.3条：正文用3号字（16 磅），每面22行，每行28个字。

    错误示例：
        正文为小四（12 磅）。

    正确示例：
        正文为三号（16 磅）。
    """
    if _applies(ctx):
        expected = float(_layout(ctx, "body-size-pt", 16))
        yield from _size_findings(ctx, body_paragraphs(ctx), expected, "正文")


_BLANK_NAMES = {
    "\u3000": "全角空格",
    "\u2003": "长空格",  # em space: as wide as a Chinese character in any font
    "\u2002": "短空格",  # en space
    " ": "半角空格",
    "\u00a0": "不换行空格",
    "\t": "制表符",
}
# in characters: in a text editor (every blank but the tab), and in Word (only the blanks one
# character wide in any font: half-width spaces take the width of the Latin font's space)
_BLANK_WIDTHS = {"\u3000": 1.0, "\u2003": 1.0, "\u2002": 0.5, " ": 0.5, "\u00a0": 0.5}
_WIDE_BLANKS = {"\u3000": 1.0, "\u2003": 1.0}


def _blanks_zh(blanks: str) -> str:
    """「　　」 → 「2个全角空格」, "\t" → 「1个制表符」."""
    counts: dict[str, int] = {}
    for char in blanks:
        counts[char] = counts.get(char, 0) + 1
    return "和".join(f"{n}个{_BLANK_NAMES.get(c, '空白字符')}" for c, n in counts.items())


def _blanks_width(blanks: str, widths: dict[str, float] = _BLANK_WIDTHS) -> float | None:
    """How many characters wide ``blanks`` show (in a text editor by default); None when one
    of them has no fixed width (a tab)."""
    if any(c not in widths for c in blanks):
        return None
    return sum(widths[c] for c in blanks)


@check("F104", "first-line-indent", Severity.WARNING, "正文段落首行没有缩进两字")
def first_line_indent(ctx: CheckContext) -> Iterator[Diagnostic]:
    """检查什么：正文段落没有首行缩进两字。正文段落的首行缩进（以字符计；.docx 中以缇给出时，按
    段落字号换算）不是 ``first-line-indent-chars`` ± 0.5；PDF 中位于一页开头的段落不报告（它可能
    是上一页段落的延续）。只有多数正文段落带有缩进信息的文件才判断。

    用空白字符代替首行缩进的段落：行首恰好是两个全角空格「　　」（``typed-indent``；两个长空格
    U+2003 同宽，也算）而段落本身没有首行缩进的，视为合格——GB/T 9704-2012 第7.3.3条要求的
    是“每个自然段左空二字”这一版面效果，两个全角空格在正文字体中正好占两个字宽，与首行缩进
    2字符印出来相同，许多报告也这样排版。其他空白不合格，按种类和个数各报告一次：半角空格的宽度取决于西文字体（Times New Roman
    中4个半角空格只有约1个字宽），制表符的宽度取决于制表位，一个或三个全角空格字数不对；
    已设首行缩进2字符又输入全角空格的，缩进成了四个字。.txt 文件没有版式，只在多数正文段落
    以空白开头时判断这些空白（文本编辑器中4个半角空格与2个全角空格同宽，也算合格），并只作
    提示。

    为什么：GB/T 9704-2012 第7.3.3条：每个自然段左空二字（首行缩进2字符）。

    错误示例：
        段落“特殊格式”为“无”，正文顶格；或行首输入4个半角空格、一个制表符代替缩进。

    正确示例：
        段落“特殊格式”为“首行缩进 2 字符”（或行首两个全角空格「　　」、不设缩进）。
    """
    text_file = ctx.document.format == "text"
    if text_file:
        body = body_paragraphs(ctx)
        if len(body) < int(_layout(ctx, "min-paragraphs", 3)):
            return
    elif not _applies(ctx):
        return
    else:
        body = body_paragraphs(ctx)
    want = float(_layout(ctx, "first-line-indent-chars", 2))
    typed = str(_layout(ctx, "typed-indent", "\u3000\u3000"))
    typed_zh = _blanks_zh(typed)
    plain = [b for b in body if not b.style.leading_whitespace]
    if text_file and len(plain) * 2 > len(body):
        return  # a text copy without indentation: nothing typed to judge
    wrong_typed: dict[str, list[Block]] = defaultdict(list)
    for b in body:
        blanks = b.style.leading_whitespace
        if not blanks:
            continue
        indent = float(b.style.first_line_indent or 0)
        if text_file:
            width = _blanks_width(blanks)
            if typed and width is not None and width == _blanks_width(typed):
                continue
        elif (
            typed
            and abs(indent) <= 0.5
            and _blanks_width(blanks, _WIDE_BLANKS) == _blanks_width(typed, _WIDE_BLANKS)
        ):
            continue  # 「　　」, or two em spaces: two characters in any font
        shown = _blanks_zh(blanks)
        if not text_file and abs(indent - want) <= 0.5:
            shown = f"首行缩进{want:g}字符之外又输入{shown}"
        wrong_typed[shown].append(b)
    for shown, found in wrong_typed.items():
        if shown.startswith("首行缩进"):
            message = f"正文有{len(found)}段{shown}，缩进超过{want:g}个字符"
            advice = "删去行首的空格，保留“首行缩进 2 字符”"
        else:
            message = f"正文有{len(found)}段行首用{shown}代替首行缩进，应为首行缩进{want:g}字符"
            message += f"或{typed_zh}" if typed else ""
            advice = f"删去行首的空白，段落格式设为“首行缩进 {want:g} 字符”"
        yield ctx.diagnostic(
            f"{message}；{_places(found)}",
            found[0],
            suggestion=advice,
            severity=Severity.INFO if text_file else None,
            data={"count": len(found), "typed": shown},
        )
    if text_file:
        return
    known = [b for b in plain if b.style.first_line_indent is not None]
    if ctx.document.format == "pdf":  # a paragraph at the top of a page may continue the last
        known = [b for b in known if b.location.line != 1]
    if (len(known) + len(body) - len(plain)) * 2 < len(body):
        return
    wrong = [b for b in known if abs(float(b.style.first_line_indent or 0) - want) > 0.5]
    if wrong:
        yield ctx.diagnostic(
            f"正文有{len(wrong)}段首行缩进不是{want:g}个字符；{_places(wrong)}",
            wrong[0],
            suggestion=f"段落格式设为“首行缩进 {want:g} 字符”",
            data={"count": len(wrong)},
        )


@check("F105", "title-format", Severity.WARNING, "标题不是2号小标宋居中")
def title_format(ctx: CheckContext) -> Iterator[Diagnostic]:
    """检查什么：标题不是2号（22 磅）小标宋、居中。将标题的字体（方正小标宋简体、方正小标宋_GBK
    ……）、字号和对齐方式与 ``title-font``、``title-size-pt``（± ``size-tolerance-pt``）和居中比较。

    为什么：GB/T 9704-2012 第7.3.1条：标题用2号小标宋体字，居中排布，可分一行或多行。

    错误示例：
        标题为黑体三号、左对齐。

    正确示例：
        标题为方正小标宋简体二号、居中。
    """
    if not _applies(ctx):
        return
    title = ctx.views.roles.title
    if not title:
        return
    first = title[0]
    want_font = str(_layout(ctx, "title-font"))
    want_size = float(_layout(ctx, "title-size-pt", 22))
    tolerance = float(_layout(ctx, "size-tolerance-pt", 0.6))
    problems: list[str] = []
    fonts = {b.style.east_asia_font for b in title if b.style.east_asia_font}
    table = _families(ctx)
    wrong_fonts = sorted(f for f in fonts if font_family(f, table) != want_font)
    if wrong_fonts:
        problems.append(f"字体为{'、'.join(wrong_fonts)}，应为{want_font}")
    sizes = {b.style.size_pt for b in title if b.style.size_pt is not None}
    wrong_sizes = sorted(s for s in sizes if abs(s - want_size) > tolerance)
    if wrong_sizes:
        shown = "、".join(f"{s:g}" for s in wrong_sizes)
        problems.append(f"字号为{shown}磅，应为{want_size:g}磅（2号）")
    aligned = {b.style.alignment for b in title if b.style.alignment}
    if aligned and "center" not in aligned:
        problems.append("没有居中")
    if problems:
        yield ctx.diagnostic(
            "标题格式不合 GB/T 9704-2012 第7.3.1条：" + "；".join(problems),
            first,
            data={"problems": problems},
        )


@check("F106", "heading-font", Severity.WARNING, "各级标题字体不合 GB/T 9704")
def heading_font(ctx: CheckContext) -> Iterator[Diagnostic]:
    """检查什么：各级标题不是其层级的字体（“一、”黑体，“（一）”楷体，“1.”和“（1）”仿宋）。单独成段的
    标题（不含段落大部分是正文的段首标题，也不含居中的行，如标题下的署名行）的中文字体与
    ``heading-fonts`` 中其层级的字体不符；每个层级、每种错误字体报告一次。

    为什么：GB/T 9704-2012 第7.3.3条：第一层黑体字、第二层楷体字、第三层和第四层仿宋体字。

    错误示例：
        「（一）加强组织领导」为黑体。

    正确示例：
        「（一）加强组织领导」为楷体_GB2312。
    """
    if not _applies(ctx):
        return
    fonts = list(_layout(ctx, "heading-fonts", []) or [])
    for level, blocks in sorted(ctx.views.roles.headings.items()):
        # a centred line is a subtitle or an author line, not a numbered heading
        blocks = [b for b in blocks if b.style.alignment != "center"]
        if 1 <= level <= len(fonts):
            yield from _font_findings(ctx, blocks, str(fonts[level - 1]), _LEVEL_ZH[level])


_PAGE_NUMBER_RE = re.compile(r"^\s*[—–－-]{1,2}\s*(?:#|[0-9]+)\s*[—–－-]{1,2}\s*$")
_NUMBER_ONLY_RE = re.compile(r"^\s*\D{0,6}[0-9]+\D{0,8}\s*$")


@check("F107", "page-number-format", Severity.WARNING, "页码缺失或不是「— 1 —」")
def page_number_format(ctx: CheckContext) -> Iterator[Diagnostic]:
    """检查什么：页脚没有页码，或页码不是两侧加一字线的4号半角数字。.docx 的所有页脚中都没有 PAGE
    域，或页码段落不是「— # —」（如「第 1 页」、单独的「1」），或字号与 ``page-number-size-pt``
    不符；多页的 PDF 页脚处没有页码行，或页码行的字号不符。.docx 页码的字号按 Word 的方式得出：
    页码所在文字的直接格式，其上是字符样式（「页码」），再上是段落样式链（「页脚」样式，段落未指定
    样式时为默认段落样式）和文档默认格式，不只看直接格式。

    为什么：GB/T 9704-2012 第7.5条：页码用4号半角宋体阿拉伯数字，数字左右各放一条一字线，
    「— 1 —」，置于版心下边缘之下。

    错误示例：
        页脚为「第 1 页 共 8 页」，或没有页码。

    正确示例：
        页脚为「— 1 —」（4号）。
    """
    if not _applies(ctx):
        return
    document = ctx.document
    if document.format == "docx":
        if "page_number" not in document.meta:
            return  # no section properties: nothing known about the footer
        number = document.meta.get("page_number") or {}
        text = number.get("text")
    else:
        if int(document.meta.get("pages", 0) or 0) < 2:
            return
        footers = [
            b
            for b in document.furniture
            if b.kind == BlockKind.FOOTER and _NUMBER_ONLY_RE.match(b.text)
        ]
        text = footers[0].text if footers else None
        number = {"size_pt": footers[0].style.size_pt} if footers else {}
    if text is None:
        yield ctx.diagnostic(
            "页脚没有页码：GB/T 9704-2012 第7.5条要求在版心下边缘之下标注页码「— 1 —」",
            suggestion="在页脚插入页码，格式为「— 1 —」，4号半角阿拉伯数字",
        )
        return
    problems: list[str] = []
    if not _PAGE_NUMBER_RE.match(text):
        problems.append(f"页码为「{text.replace('#', '1')}」，应为「— 1 —」")
    size = number.get("size_pt")
    want = float(_layout(ctx, "page-number-size-pt", 14))
    if size is not None and abs(float(size) - want) > float(_layout(ctx, "size-tolerance-pt")):
        problems.append(f"页码字号{float(size):g}磅，应为{want:g}磅（4号）")
    if problems:
        yield ctx.diagnostic(
            "页码格式不合 GB/T 9704-2012 第7.5条：" + "；".join(problems),
            suggestion="页码用4号半角阿拉伯数字，左右各加一条一字线：「— 1 —」",
            data={"problems": problems},
        )


@check("F108", "line-grid", Severity.INFO, "每页行数与 GB/T 9704 的22行不符")
def line_grid(ctx: CheckContext) -> Iterator[Diagnostic]:
    """检查什么：文档网格给出的每页行数不是约22行。.docx 的文档网格（文档网格，指定行网格）的行距
    使版心容纳的行数不在 ``lines-per-page`` ± ``line-tolerance`` 之内。没有行网格的文件，或上、下
    页边距已经不符（F101）的文件，不判断。

    为什么：GB/T 9704-2012 第5.2.3条：一般每面排22行，每行排28个字。

    错误示例：
        文档网格每页 44 行（行距 15.6 磅）。

    正确示例：
        每页 22 行（行距约 28.95 磅）。
    """
    if not _applies(ctx) or ctx.document.format != "docx":
        return
    geometry = ctx.document.meta.get("page_geometry") or {}
    pitch = geometry.get("line_pitch_pt")
    margins = geometry.get("margins_mm") or {}
    height = geometry.get("height_mm")
    if geometry.get("grid") not in ("lines", "linesAndChars", "snapToChars") or not pitch:
        return
    if height is None or "top" not in margins or "bottom" not in margins:
        return
    tolerance = float(_layout(ctx, "margin-tolerance-mm", 1.5))
    for side in ("top", "bottom"):
        want = _layout(ctx, f"margin-{side}-mm")
        if want is not None and abs(float(margins[side]) - float(want)) > tolerance:
            return  # the type area is wrong: F101's finding, not a second one
    area_pt = (float(height) - float(margins["top"]) - float(margins["bottom"])) / 25.4 * 72
    lines = area_pt / float(pitch)
    want = int(_layout(ctx, "lines-per-page", 22))
    if abs(lines - want) > float(_layout(ctx, "line-tolerance", 1)):
        yield ctx.diagnostic(
            f"文档网格每页约{lines:.0f}行（行距{float(pitch):g}磅），GB/T 9704-2012 第5.2.3条为{want}行",
            suggestion="“布局 → 文档网格”选“指定行和字符网格”，每页22行、每行28字",
            data={"lines": round(lines, 1), "expected": want},
        )
