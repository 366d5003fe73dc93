"""Real third-party files (../shared/corpus/real/): read without a traceback, spot-checked.

The corpus lives outside the repository and is never copied in; the tests skip without it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from fazhi_lint.model import Document
from fazhi_lint.readers import read_path

CORPUS = Path(__file__).resolve().parents[1] / "../shared/corpus/real"
ALL_FILES = (
    sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.name != "SOURCES.md")
    if CORPUS.is_dir()
    else []
)
WORD_FILES = [p for p in ALL_FILES if p.suffix.lower() in (".docx", ".dotx")]

needs_corpus = pytest.mark.skipif(not ALL_FILES, reason="../shared/corpus/real is absent")

_cache: dict[Path, Document] = {}


def _read(path: Path) -> Document:
    if path not in _cache:
        _cache[path] = read_path(path)
    return _cache[path]


def _file(relative: str) -> Path:
    path = CORPUS / relative
    if not path.exists():
        pytest.skip(f"{relative} is absent")
    return path


@needs_corpus
@pytest.mark.parametrize("path", ALL_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_file_reads_to_blocks_or_an_e_finding(path: Path) -> None:
    document = _read(path)
    codes = [d.code for d in document.problems]
    assert "E999" not in codes, document.problems
    if document.blocks:
        assert all(b.text and b.text == b.text.strip() for b in document.blocks)
        assert [b.index for b in document.blocks] == list(range(len(document.blocks)))
    else:
        assert codes and all(c.startswith("E") for c in codes)
    if path.suffix.lower() == ".doc":
        assert codes == ["E003"]
    if path.suffix.lower() in (".docx", ".dotx"):
        assert document.format == "docx"
        assert document.blocks, "every corpus .docx has Chinese body text"


@needs_corpus
def test_gongwen_template_style_linked_chinese_numbering() -> None:
    # word/numbering.xml of out.docx: abstractNum 1, level 0 = chineseCountingThousand "%1、"
    # linked to pStyle 2 (heading 2), level 1 = "（%2）" linked to pStyle 3, both suff=nothing
    document = _read(_file("Mrered__GongWen-Tamplate-Lite/out.docx"))
    headings = [b for b in document.blocks if b.label is not None]
    level0 = [b.text for b in headings if b.label and b.label.level == 0]
    assert level0[:11] == [
        f"{n}、一级标题{c}" for n, c in zip("一二三四五六七八九十", "abcdefghij", strict=False)
    ] + ["十一、一级标题k"]
    level1 = [b.text for b in headings if b.label and b.label.level == 1]
    assert level1[:3] == ["（一）二级标题a", "（二）二级标题b", "（三）二级标题c"]
    assert all(
        b.style.style_name == "heading 2" for b in headings if b.label and b.label.level == 0
    )
    # the .dotx template of the same repository holds the same text and numbering
    template = _read(_file("Mrered__GongWen-Tamplate-Lite/template.dotx"))
    assert template.meta["template"] is True
    assert [b.text for b in template.blocks] == [b.text for b in document.blocks]


@needs_corpus
def test_poi_tl_iterable_numbering() -> None:
    # numId 11 -> abstractNum 1: "%1." / "%1.%2." / "%1.%2.%3." decimal (read from the XML)
    document = _read(_file("Sayi__poi-tl/iterable_numbering.docx"))
    labelled = [b.text for b in document.blocks if b.label is not None]
    assert labelled[:3] == ["1) 列表", "1. 第一级第一行", "a) 第二级第一行"]
    assert "1.2.1. 第三级第一行" in labelled
    index = labelled.index("1.2.1. 第三级第一行")
    assert labelled[index - 3 : index + 2] == [
        "1. 第一级第一行",
        "1.1. 第二级第一行",
        "1.2. 第二级第二行",
        "1.2.1. 第三级第一行",
        "1.2.2. 第三级第二行",
    ]


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


_PAGE = re.compile(r"\s*([0-9]+|[IVXLCDMivxlcdm]+)$")
_LABEL_LIKE = re.compile(
    r"[图表]?第?[0-9０-９一二三四五六七八九十百零〇①-⑳A-Za-z.．、()（）\-－]+[章节条部分篇]?"
)


@needs_corpus
def test_labels_agree_with_words_own_table_of_contents() -> None:
    """Word writes the rendered heading numbers into a TOC field's result when it saves.

    For every TOC entry whose title is a labelled body paragraph, our label must equal the
    one Word wrote (page numbers stripped). This is an oracle from Word itself.
    """
    compared = 0
    for path in WORD_FILES:
        document = _read(path)
        toc = [b.text for b in document.furniture if b.location.part == "toc"]
        if not toc:
            continue
        by_title: dict[str, list[str]] = {}
        for block in document.blocks:
            if block.label is not None and block.label.automatic:
                title = _squeeze(block.text[len(block.label.text) :])
                by_title.setdefault(title, []).append(_squeeze(block.label.text))
        titles = sorted((t for t in by_title if len(t) >= 2), key=len, reverse=True)
        for entry in toc:
            squeezed = _squeeze(_PAGE.sub("", entry))
            for title in titles:
                prefix = squeezed[: len(squeezed) - len(title)]
                # the TOC line is "<label><title>" (a typed label would have no automatic twin)
                if squeezed.endswith(title) and _LABEL_LIKE.fullmatch(prefix):
                    assert prefix in by_title[title], (path.name, entry, by_title[title])
                    compared += 1
                    break
    if compared == 0:
        pytest.skip("no corpus file with a Word-written TOC and automatic numbering")
    assert compared >= 20  # SEUThesis alone has 20+ numbered TOC entries and figure captions
