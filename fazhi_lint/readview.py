"""`fazhi-lint read`: the document as the checks receive it.

A reviewer who doubts a finding, and a developer chasing a reading bug, start here: every block
with its location, its part (body / furniture / toc / table), its numbering label (marked when
Word's automatic numbering produced it), its heading level and style facts; the title, the
report year and where the year was read, and what kind of document the file was taken for.
Nothing here judges the document; it only shows what the reader and the outline made of it.
"""

from __future__ import annotations

from typing import Any

from .analysis.outline import Outline, is_furniture, is_toc_entry
from .analysis.views import kind_of, outline_of
from .model import Block, BlockKind, Document
from .profiles import Profile

PARTS = ("body", "furniture", "toc", "table")
_KIND_ZH = {"report": "法治政府建设报告", "other": "其他类型的文件", "none": "不是报告"}
_SOURCE_ZH = {"title": "标题", "opening": "导语", "heading": "部分标题", "date": "成文日期"}
_PART_ZH = {"body": "正文", "furniture": "附属", "toc": "目录", "table": "表格"}
_ROLE_ZH = {
    "title": "标题",
    "opening": "导语",
    "heading": "标题层级",
    "annex": "附件",
}


def _part(block: Block, furniture: bool) -> str:
    if block.location.part == "toc":
        return "toc"
    if furniture or block.kind not in (BlockKind.PARAGRAPH, BlockKind.TABLE_CELL):
        return "furniture"
    if block.kind == BlockKind.TABLE_CELL:
        return "table"
    if is_toc_entry(block):
        return "toc"
    if is_furniture(block.text):
        return "furniture"
    return "body"


def _style(block: Block) -> dict[str, Any]:
    style = block.style
    names = (
        "style_name",
        "outline_level",
        "east_asia_font",
        "ascii_font",
        "size_pt",
        "bold",
        "alignment",
        "first_line_indent",
    )
    return {n: getattr(style, n) for n in names if getattr(style, n) is not None}


def _block(block: Block, outline: Outline | None, furniture: bool) -> dict[str, Any]:
    heading = outline.heading_for(block.index) if outline is not None and not furniture else None
    role: str | None = None
    if outline is not None and not furniture:
        if any(b.index == block.index for b in outline.title_blocks):
            role = "title"
        elif outline.opening is not None and outline.opening.index == block.index:
            role = "opening"
        elif heading is not None:
            in_annex = any(h is heading for h in outline.annex_headings)
            role = "annex" if in_annex else "heading"
    label: dict[str, Any] | None = None
    if block.label is not None:
        label = {"text": block.label.text, "automatic": block.label.automatic}
    elif heading is not None and heading.label:
        label = {"text": heading.label, "automatic": heading.automatic}
    data: dict[str, Any] = {
        "index": block.index,
        "text": block.text,
        "kind": block.kind.value,
        "part": _part(block, furniture),
        "label": label,
        "level": heading.level if heading is not None else None,
        "role": role,
        "location": block.location.to_dict(),
        "style": _style(block),
    }
    if heading is not None:
        data["heading"] = {
            "title": heading.title,
            "nominal_level": heading.nominal_level,
            "scheme": heading.scheme,
            "number": heading.number,
            "run_in": heading.run_in,
            "lost_number": heading.lost_number,
            "expected_label": heading.expected_label,
        }
    return data


def document_view(document: Document, profile: Profile) -> dict[str, Any]:
    """The JSON object `fazhi-lint read --format json` prints (see docs/output-formats.md)."""
    meta: dict[str, Any] = {
        k: v for k, v in document.meta.items() if isinstance(v, (str, int, float, bool))
    }
    outline: Outline | None = None
    if document.readable:
        outline = outline_of(document, profile)
        kind = kind_of(document, profile)
        meta.update(
            {
                "title": outline.title_text,
                "title_blocks": [b.index for b in outline.title_blocks],
                "report_year": outline.report_year,
                "year_source": outline.year_source,
                "opening_block": outline.opening.index if outline.opening is not None else None,
                "kind": kind.kind,
                "kind_name": kind.name,
            }
        )
    blocks = [_block(b, outline, False) for b in document.blocks]
    blocks.extend(_block(b, outline, True) for b in document.furniture)
    return {
        "path": document.path,
        "format": document.format,
        "meta": meta,
        "blocks": blocks,
        "problems": [p.to_dict() for p in document.problems],
    }


def _flag(value: Any) -> str:
    return "是" if value else "否"


def render_text(view: dict[str, Any]) -> str:
    """A plain, line-per-block rendering for a terminal (Chinese labels)."""
    meta = view["meta"]
    lines = [f"{view['path']}（{view['format']}）"]
    for problem in view.get("problems", []):
        lines.append(f"读取问题：{problem['code']} {problem['message']}")
    if "kind" in meta:
        kind = _KIND_ZH.get(meta["kind"], meta["kind"])
        if meta.get("kind_name"):
            kind += f"（{meta['kind_name']}）"
        lines.append(f"文件类型：{kind}")
        title = meta.get("title") or "（未识别到）"
        lines.append(f"标题：{title}")
        year = meta.get("report_year")
        source = _SOURCE_ZH.get(meta.get("year_source") or "", "")
        lines.append(f"报告年度：{year}（来源：{source}）" if year else "报告年度：（未识别到）")
    lines.append("")
    for block in view["blocks"]:
        where = block["location"].get("human", "")
        part = _PART_ZH.get(block["part"], block["part"])
        tags = [part]
        if block.get("role"):
            tags.append(_ROLE_ZH.get(block["role"], block["role"]))
        if block.get("level") is not None:
            tags.append(f"{block['level']}级")
        label = block.get("label")
        if label:
            tags.append(f"编号「{label['text']}」" + ("[自动]" if label["automatic"] else ""))
        heading = block.get("heading") or {}
        if heading.get("expected_label"):
            tags.append(f"应为「{heading['expected_label']}」")
        style = block.get("style") or {}
        facts = []
        if style.get("style_name"):
            facts.append(str(style["style_name"]))
        if style.get("east_asia_font"):
            facts.append(str(style["east_asia_font"]))
        if style.get("size_pt"):
            facts.append(f"{style['size_pt']:g}pt")
        if style.get("bold"):
            facts.append("加粗")
        if style.get("alignment"):
            facts.append(str(style["alignment"]))
        if facts:
            tags.append("样式 " + "/".join(facts))
        text = block["text"].replace("\n", "⏎")
        lines.append(f"{where}\t[{' '.join(tags)}]\t{text}")
    return "\n".join(lines) + "\n"
