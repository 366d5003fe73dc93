"""Annotated copies: every finding attached to a Word document as a comment (批注).

``fazhi-lint check 收文/ --annotate 批注/`` writes, for each .docx/.dotx checked, a copy in
which each finding is a Word comment by the author ``fazhi-lint`` on the flagged text — what
a reviewer sends back to the submitter. The original file is only read.

How a finding finds its text again. The reader numbers the paragraphs of the main story
(``Location.paragraph``: body and table-cell paragraphs, empty ones included, in document
order; see :mod:`fazhi_lint.readers.docx`), and the reader module's own
:func:`~fazhi_lint.readers.docx.body_paragraphs` lists them the same way from
``document.xml``, so paragraph *n* of a finding is ``body_paragraphs(body)[n - 1]``. Tag
names, the skipped inline elements and hidden-text properties come from
:mod:`fazhi_lint.readers.ooxml`, as the reader's do. Inside the
paragraph, the visible characters of its runs (``w:t``, tabs, breaks, symbols; deleted text,
field codes and text boxes left out) are aligned with the finding's ``context`` (the
block's text as the reader rendered it: automatic numbering prefixed, indentation
stripped) by :class:`difflib.SequenceMatcher`, which maps the span onto run characters.
The runs are split at the span's ends so that ``w:commentRangeStart``/``w:commentRangeEnd``
enclose exactly the flagged characters, followed by a ``w:commentReference`` run.

Where no text can be marked — a span on an automatic number (not in the runs), a finding
about a text box (on its anchor paragraph), a header, footer or footnote — the comment
covers the whole paragraph; a finding about the whole document goes on the first paragraph
with text. The comment says where the finding is, what it is and how to fix it.

The package gets a ``word/comments.xml`` part (or the existing one is extended, with fresh
ids), its content-type override and its relationship; every other part is copied byte for
byte.
"""

from __future__ import annotations

import datetime as _dt
import difflib
import os
import posixpath
import re
import zipfile
from collections.abc import Iterable, Sequence
from copy import deepcopy
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .readers.errors import ReadError
from .readers.ooxml import (
    ALTERNATE,
    BR,
    CR,
    CT_NS,
    HIDDEN,
    INLINE_SKIP,
    INT32_MAX,
    NBHYPHEN,
    OMATH,
    OMATHPARA,
    PKG_REL_NS,
    PPR,
    PTAB,
    RPR,
    SDT,
    SDTCONTENT,
    SYM,
    TAB,
    W_NS,
    XML_SPACE,
    P,
    R,
    T,
    W,
    attr_int,
    choose,
    sym_char,
)

if TYPE_CHECKING:
    from lxml import etree

    from .engine import FileResult
    from .model import Diagnostic

REL_COMMENTS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
CT_COMMENTS = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
AUTHOR = "fazhi-lint"
INITIALS = "FL"
DOCX_FORMATS = ("docx",)

# what the reader never shows, and math (the reader renders it; it has no w:t to mark)
_SKIP_INLINE = INLINE_SKIP | {OMATH, OMATHPARA}
_CHAR_OF = {TAB: "\t", PTAB: "\t", BR: "\n", CR: "\n"}
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


class AnnotateError(Exception):
    """The copy could not be written (unreadable source, unwritable target)."""


# -- walking document.xml as the reader does ----------------------------------------------


def body_paragraphs(body: etree._Element) -> list[etree._Element]:
    """The ``w:p`` elements that the reader numbers ``Location.paragraph`` 1, 2, 3...

    :func:`fazhi_lint.readers.docx.body_paragraphs`; a paragraph whose mark is deleted
    counts only when it still shows text here (:func:`paragraph_atoms`) or anchors a text box.
    """
    from .readers.docx import body_paragraphs as reader_paragraphs

    return reader_paragraphs(body, _visible_text)


@dataclass(frozen=True)
class _Atom:
    """One visible character of a paragraph and the run element it lives in."""

    char: str
    run: Any  # the w:r
    node: Any  # the w:t (or w:tab, w:br, w:sym...)
    offset: int  # index within node.text for w:t, else 0


def paragraph_atoms(paragraph: etree._Element) -> list[_Atom]:
    """The visible characters of a paragraph's own runs, in order (text boxes excluded)."""
    atoms: list[_Atom] = []
    _inline(paragraph, atoms)
    return atoms


def _visible_text(paragraph: etree._Element) -> str:
    return "".join(atom.char for atom in paragraph_atoms(paragraph))


def _inline(element: etree._Element, atoms: list[_Atom]) -> None:
    for child in element:
        tag = child.tag
        if tag == R:
            _run(child, atoms)
        elif tag in _SKIP_INLINE or not isinstance(tag, str):
            continue
        elif tag == SDT:
            content = child.find(SDTCONTENT)
            if content is not None:
                _inline(content, atoms)
        elif tag == ALTERNATE:
            branch = choose(child)
            if branch is not None:
                _inline(branch, atoms)
        else:  # ins, moveTo, hyperlink, smartTag, customXml, fldSimple, dir, bdo...
            _inline(child, atoms)


def _run(run: etree._Element, atoms: list[_Atom]) -> None:
    rpr = run.find(RPR)
    if rpr is not None and any(
        item.tag in HIDDEN and item.get(W + "val", "true") not in ("0", "false", "off")
        for item in rpr
    ):
        return
    for child in run:
        tag = child.tag
        if tag == T:
            for index, char in enumerate(child.text or ""):
                atoms.append(_Atom(char, run, child, index))
        elif tag in _CHAR_OF:
            atoms.append(_Atom(_CHAR_OF[tag], run, child, 0))
        elif tag == NBHYPHEN:
            atoms.append(_Atom("-", run, child, 0))
        elif tag == SYM:
            char = sym_char(child.get(W + "char"))
            if char:
                atoms.append(_Atom(char, run, child, 0))


# -- mapping a span onto runs ------------------------------------------------------------


def align(text: str, atoms: Sequence[_Atom]) -> list[int | None]:
    """For each character of ``text``, the index of the atom showing it (None: not in runs)."""
    mapping: list[int | None] = [None] * len(text)
    source = "".join(atom.char for atom in atoms)
    if text == source:
        return list(range(len(text)))
    matcher = difflib.SequenceMatcher(None, text, source, autojunk=False)
    for a, b, size in matcher.get_matching_blocks():
        for k in range(size):
            mapping[a + k] = b + k
    return mapping


def span_atoms(
    text: str, span: tuple[int, int], atoms: Sequence[_Atom], mapping: list[int | None]
) -> tuple[int, int] | None:
    """The atom range ``[first, last + 1)`` showing ``text[span]``; None if none of it shows."""
    start, end = span
    hits = [m for m in mapping[max(0, start) : max(start, end)] if m is not None]
    if not hits:
        return None
    return min(hits), max(hits) + 1


def _trustworthy(text: str, mapping: list[int | None]) -> bool:
    """Does the paragraph show the finding's text at all? (wrong paragraph → whole-paragraph)."""
    meaningful = [i for i, c in enumerate(text) if not c.isspace()]
    if not meaningful:
        return True
    matched = sum(1 for i in meaningful if mapping[i] is not None)
    return matched * 2 >= len(meaningful)


# -- editing runs --------------------------------------------------------------------------


def _preserve(node: etree._Element) -> None:
    text = node.text or ""
    if text != text.strip() or "  " in text:
        node.set(XML_SPACE, "preserve")


def split_before(atom: _Atom) -> None:
    """Split the atom's run so that the atom is the first character of a run."""
    from lxml import etree

    run = atom.run
    content = [child for child in run if child.tag != RPR]
    position = next(i for i, child in enumerate(content) if child is atom.node)
    if position == 0 and atom.offset == 0:
        return
    new = etree.Element(run.tag, attrib=dict(run.attrib), nsmap=run.nsmap)
    rpr = run.find(RPR)
    if rpr is not None:
        new.append(deepcopy(rpr))
    if atom.offset > 0:
        text = atom.node.text or ""
        atom.node.text = text[: atom.offset]
        _preserve(atom.node)
        rest = etree.SubElement(new, T)
        rest.text = text[atom.offset :]
        _preserve(rest)
        moving = content[position + 1 :]
    else:
        moving = content[position:]
    for child in moving:
        new.append(child)
    run.addnext(new)


@dataclass
class _Mark:
    comment_id: int
    atoms: tuple[int, int] | None  # None: the whole paragraph


def _top_child(paragraph: etree._Element, node: etree._Element) -> etree._Element:
    while node.getparent() is not paragraph:
        parent = node.getparent()
        if parent is None:
            return node
        node = parent
    return node


def _reference_run(comment_id: int) -> etree._Element:
    from lxml import etree

    run = etree.Element(R)
    rpr = etree.SubElement(run, RPR)
    etree.SubElement(rpr, W + "rStyle").set(W + "val", "CommentReference")
    etree.SubElement(run, W + "commentReference").set(W + "id", str(comment_id))
    return run


def _marker(tag: str, comment_id: int) -> etree._Element:
    from lxml import etree

    element = etree.Element(W + tag)
    element.set(W + "id", str(comment_id))
    return element


def apply_marks(paragraph: etree._Element, marks: Sequence[_Mark]) -> None:
    """Insert comment ranges and references into one paragraph (runs split as needed)."""
    ranged = [m for m in marks if m.atoms is not None]
    if ranged:
        atoms = paragraph_atoms(paragraph)
        cuts = {b for m in ranged if m.atoms for b in m.atoms if b < len(atoms)}
        for cut in sorted(cuts, reverse=True):  # from the end: earlier atoms stay valid
            split_before(atoms[cut])
        atoms = paragraph_atoms(paragraph)
        for mark in ranged:
            assert mark.atoms is not None
            first, last = mark.atoms
            start_run, end_run = atoms[first].run, atoms[last - 1].run
            start_run.addprevious(_marker("commentRangeStart", mark.comment_id))
            end = _marker("commentRangeEnd", mark.comment_id)
            end_run.addnext(end)
            top = _top_child(paragraph, end)
            top.addnext(_reference_run(mark.comment_id))
    for mark in marks:
        if mark.atoms is not None:
            continue
        ppr = paragraph.find(PPR)
        start = _marker("commentRangeStart", mark.comment_id)
        if ppr is not None:
            ppr.addnext(start)
        else:
            paragraph.insert(0, start)
        paragraph.append(_marker("commentRangeEnd", mark.comment_id))
        paragraph.append(_reference_run(mark.comment_id))


# -- comments ------------------------------------------------------------------------------


def _clean(text: str) -> str:
    return _XML_INVALID.sub("", text)


def comment_paragraphs(d: Diagnostic, anchored_whole: bool) -> list[str]:
    """The lines of a finding's comment."""
    lines = [f"【{d.severity.zh}】{d.code} {d.name}", d.message]
    where = d.location.human(d.offset)
    if d.location.block is None:
        lines.append("（针对全文）")
    elif anchored_whole and d.location.part not in ("body", "toc"):
        lines.append(f"位置：{where}")
    elif anchored_whole and d.excerpt:
        lines.append(f"位置：{where}「{d.excerpt}」")
    if d.suggestion:
        lines.append(f"建议：{d.suggestion}")
    return [_clean(line) for line in lines if line]


def _comment_element(comment_id: int, lines: Iterable[str], date: str) -> etree._Element:
    from lxml import etree

    comment = etree.Element(W + "comment", nsmap={"w": W_NS})
    comment.set(W + "id", str(comment_id))
    comment.set(W + "author", AUTHOR)
    comment.set(W + "date", date)
    comment.set(W + "initials", INITIALS)
    for number, line in enumerate(lines):
        p = etree.SubElement(comment, P)
        ppr = etree.SubElement(p, PPR)
        etree.SubElement(ppr, W + "pStyle").set(W + "val", "CommentText")
        if number == 0:
            ref = etree.SubElement(p, R)
            rpr = etree.SubElement(ref, RPR)
            etree.SubElement(rpr, W + "rStyle").set(W + "val", "CommentReference")
            etree.SubElement(ref, W + "annotationRef")
        run = etree.SubElement(p, R)
        if number == 0:
            etree.SubElement(etree.SubElement(run, RPR), W + "b")
        t = etree.SubElement(run, T)
        t.text = line
        _preserve(t)
    return comment


def _max_id(*roots: etree._Element | None) -> int:
    highest = -1
    for root in roots:
        if root is None:
            continue
        for element in root.iter():
            value = element.get(W + "id") if isinstance(element.tag, str) else None
            number = attr_int(value, None, 0, INT32_MAX - 1)  # the next id must fit too
            if number is not None:
                highest = max(highest, number)
    return highest


# -- the package ---------------------------------------------------------------------------


@dataclass
class Annotation:
    """What happened to one file."""

    source: str
    target: str | None = None
    comments: int = 0
    whole_paragraph: int = 0  # comments that could not be narrowed to a span
    error: str | None = None


def annotate_docx(
    source: str | os.PathLike[str],
    diagnostics: Sequence[Diagnostic],
    target: str | os.PathLike[str],
    *,
    now: _dt.datetime | None = None,
) -> Annotation:
    """Write ``target``: a copy of ``source`` with one comment per diagnostic."""
    from lxml import etree

    from .readers.safety import open_zip, parse_xml, read_member
    from .safe_write import OutputError, refuse_output

    result = Annotation(str(source), str(target))
    try:
        refuse_output(target, [source], "批注副本")
    except OutputError as exc:
        raise AnnotateError(f"批注副本不能覆盖原文件：{exc}") from None
    try:
        data = Path(source).read_bytes()
        archive = open_zip(data)
        document_xml = read_member(archive, "word/document.xml")
        if document_xml is None:
            raise AnnotateError(f"{source}: 缺少 word/document.xml")
        document = parse_xml(document_xml, "word/document.xml")
        rels_name = "word/_rels/document.xml.rels"
        rels_xml = read_member(archive, rels_name)
        rels = (
            parse_xml(rels_xml, rels_name)
            if rels_xml is not None
            else etree.Element(f"{{{PKG_REL_NS}}}Relationships", nsmap={None: PKG_REL_NS})
        )
        types_xml = read_member(archive, "[Content_Types].xml")
        if types_xml is None:
            raise AnnotateError(f"{source}: 缺少 [Content_Types].xml")
        types = parse_xml(types_xml, "[Content_Types].xml")
        related_part = _comments_part(rels)
        comments_name = related_part or "word/comments.xml"
        existing = read_member(archive, comments_name)
        comments = (
            parse_xml(existing, comments_name)
            if existing is not None
            else etree.Element(W + "comments", nsmap={"w": W_NS})
        )
    except ReadError as err:
        raise AnnotateError(f"{source}: {err.message}") from err
    except OSError as exc:
        raise AnnotateError(f"{source}: {exc.strerror or exc}") from exc

    body = document.find(W + "body")
    if body is None:
        raise AnnotateError(f"{source}: word/document.xml 中没有正文")
    paragraphs = body_paragraphs(body)
    first_text = next((i for i, p in enumerate(paragraphs) if _visible_text(p).strip()), 0)
    date = (now or _dt.datetime.now(_dt.timezone.utc)).strftime("%Y-%m-%dT%H:%M:%SZ")
    next_id = _max_id(document, comments) + 1
    plans: dict[int, list[_Mark]] = {}
    cache: dict[int, tuple[list[_Atom], dict[str, list[int | None]]]] = {}

    for d in diagnostics:
        index, atoms_range = _place(d, paragraphs, first_text, cache)
        if index is None:  # a document with no paragraph at all: append one
            paragraph = etree.SubElement(body, P)
            sect = body.find(W + "sectPr")
            if sect is not None:
                sect.addprevious(paragraph)
            paragraphs.append(paragraph)
            index = len(paragraphs) - 1
        comment_id = next_id
        next_id += 1
        plans.setdefault(index, []).append(_Mark(comment_id, atoms_range))
        comments.append(
            _comment_element(comment_id, comment_paragraphs(d, atoms_range is None), date)
        )
        result.comments += 1
        if atoms_range is None:
            result.whole_paragraph += 1
    for index, marks in plans.items():
        apply_marks(paragraphs[index], marks)

    if related_part is None:
        _add_relationship(rels, comments_name)
    _add_override(types, "/" + comments_name)
    changed = {
        "word/document.xml": _serialize(document),
        comments_name: _serialize(comments),
        rels_name: _serialize(rels),
        "[Content_Types].xml": _serialize(types),
    }
    _write_package(archive, changed, Path(target))
    return result


def _place(
    d: Diagnostic,
    paragraphs: list[etree._Element],
    first_text: int,
    cache: dict[int, tuple[list[_Atom], dict[str, list[int | None]]]],
) -> tuple[int | None, tuple[int, int] | None]:
    """(paragraph index, atom range or None for the whole paragraph)."""
    if not paragraphs:
        return None, None
    loc = d.location
    number = loc.paragraph
    if loc.block is None or number is None or loc.part not in ("body", "toc", "textbox"):
        return first_text, None
    index = number - 1
    if not 0 <= index < len(paragraphs):
        return first_text, None
    if loc.part == "textbox" or d.span is None or not d.context:
        return index, None
    if index not in cache:
        cache[index] = (paragraph_atoms(paragraphs[index]), {})
    atoms, mappings = cache[index]
    mapping = mappings.get(d.context)
    if mapping is None:
        mapping = mappings[d.context] = align(d.context, atoms)
    if not _trustworthy(d.context, mapping):
        return index, None
    return index, span_atoms(d.context, d.span, atoms, mapping)


def _comments_part(rels: etree._Element) -> str | None:
    for rel in rels.iterchildren(f"{{{PKG_REL_NS}}}Relationship"):
        if rel.get("Type") == REL_COMMENTS and rel.get("TargetMode") != "External":
            target = rel.get("Target") or ""
            if target.startswith("/"):
                return target.lstrip("/")
            return posixpath.normpath(posixpath.join("word", target))
    return None


def _add_relationship(rels: etree._Element, part: str) -> None:
    from lxml import etree

    ids = {rel.get("Id") for rel in rels}
    number = 1
    while f"rIdFazhiLint{number}" in ids:
        number += 1
    rel = etree.SubElement(rels, f"{{{PKG_REL_NS}}}Relationship")
    rel.set("Id", f"rIdFazhiLint{number}")
    rel.set("Type", REL_COMMENTS)
    rel.set("Target", posixpath.relpath(part, "word"))


def _add_override(types: etree._Element, part_name: str) -> None:
    from lxml import etree

    for override in types.iterchildren(f"{{{CT_NS}}}Override"):
        if (override.get("PartName") or "").lower() == part_name.lower():
            override.set("ContentType", CT_COMMENTS)
            return
    override = etree.SubElement(types, f"{{{CT_NS}}}Override")
    override.set("PartName", part_name)
    override.set("ContentType", CT_COMMENTS)


def _serialize(root: etree._Element) -> bytes:
    from lxml import etree

    data: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    return data


def _write_package(archive: zipfile.ZipFile, changed: dict[str, bytes], target: Path) -> None:
    """The new package, written atomically (:func:`fazhi_lint.safe_write.atomic_writer`)."""
    from .safe_write import OutputError, atomic_writer

    written: set[str] = set()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with (
            atomic_writer(target, binary=True, what="批注副本") as stream,
            zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as out,
        ):
            for info in archive.infolist():
                if info.filename in written:
                    continue
                written.add(info.filename)
                if info.filename in changed:
                    out.writestr(_fresh_info(info.filename, info), changed[info.filename])
                else:
                    out.writestr(info, archive.read(info))
            for name, payload in changed.items():
                if name not in written:
                    out.writestr(_fresh_info(name), payload)
    except OutputError as exc:
        raise AnnotateError(str(exc)) from exc
    except OSError as exc:
        raise AnnotateError(f"无法写入 {target}：{exc.strerror or exc}") from exc
    except ReadError as err:  # an entry that inflates beyond its declared size (bomb);
        # atomic_writer has already removed the partial copy
        raise AnnotateError(f"无法复制 {target.name} 的内容：{err.message}") from err


def _fresh_info(name: str, like: zipfile.ZipInfo | None = None) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=like.date_time if like else (1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = like.external_attr if like else 0o600 << 16
    return info


# -- a batch -------------------------------------------------------------------------------


@dataclass
class AnnotateReport:
    written: list[Annotation] = field(default_factory=list)
    failed: list[Annotation] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # not Word files (or unreadable)


COPY_MARK = ".批注"  # 报告.docx → 报告.批注.docx


def copy_name(name: str, number: int = 1) -> str:
    """``报告.docx`` → ``报告.批注.docx`` (``报告.批注(2).docx`` for the second of a clash)."""
    stem, suffix = os.path.splitext(name)
    extra = f"({number})" if number > 1 else ""
    return f"{stem}{COPY_MARK}{extra}{suffix}"


def target_paths(sources: Sequence[str], out_dir: str | os.PathLike[str]) -> dict[str, Path]:
    """Where each copy goes: the sources' paths below their common folder, inside ``out_dir``,
    each file name marked 「.批注」 so that a copy never takes an original's name.

    Two sources that would get the same copy (the same file named twice, or names that
    differ only in case on a case-insensitive disk) get numbered names: ``报告.批注(2).docx``.
    """
    if not sources:
        return {}
    absolute = [os.path.abspath(s) for s in sources]
    common = os.path.commonpath([os.path.dirname(a) for a in absolute])
    targets: dict[str, Path] = {}
    taken: set[str] = set()
    for source, full in zip(sources, absolute, strict=True):
        if source in targets:
            continue
        folder, name = os.path.split(os.path.relpath(full, common))
        number = 1
        while True:
            target = Path(out_dir) / folder / copy_name(name, number)
            key = os.path.normcase(os.path.abspath(target)).casefold()
            if key not in taken:
                break
            number += 1
        taken.add(key)
        targets[source] = target
    return targets


def annotate_results(
    results: Sequence[FileResult],
    out_dir: str | os.PathLike[str],
    inputs: Sequence[str] = (),
) -> AnnotateReport:
    """Write an annotated copy of every readable Word file among ``results``.

    A copy is never written onto any file that was checked (``results`` and ``inputs``),
    nor through a symlink; such a copy is reported as failed.
    """
    from .safe_write import InputGuard, OutputError

    report = AnnotateReport()
    docx = [r for r in results if r.format in DOCX_FORMATS and not r.path.startswith("<")]
    report.skipped = [r.path for r in results if r not in docx]
    targets = target_paths([r.path for r in docx], out_dir)
    guard = InputGuard([*(r.path for r in results if not r.path.startswith("<")), *inputs])
    now = _dt.datetime.now(_dt.timezone.utc)
    for result in docx:
        target = targets[result.path]
        try:
            guard.refuse(target, "批注副本")
            report.written.append(annotate_docx(result.path, result.diagnostics, target, now=now))
        except (AnnotateError, OutputError) as exc:
            report.failed.append(Annotation(result.path, str(target), error=str(exc)))
    return report
