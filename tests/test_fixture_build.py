"""fixtures/build_fixtures.py: deterministic, faithful to the seeds, styled per GB/T 9704-2012."""

from __future__ import annotations

import importlib.util
import io
import re
import sys
import zipfile
from pathlib import Path
from types import ModuleType

import pytest
from lxml import etree

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "fixtures"
SHARED_SEEDS = REPO.parent / "shared" / "seeds"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
SEED_IDS = ("000", "001", "002", "003", "004")


def _load_builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_fixtures", FIXTURES / "build_fixtures.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


builder = _load_builder()


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("fixtures")
    builder.build(out, verify=False, quiet=True)
    return out


def part(path: Path, name: str) -> etree._Element:
    with zipfile.ZipFile(path) as archive:
        return etree.fromstring(archive.read(name))


def paragraphs(path: Path) -> list[tuple[str, etree._Element]]:
    body = part(path, "word/document.xml").find(f"{W}body")
    return [("".join(p.itertext()), p) for p in body.iter(f"{W}p")]


def find_paragraph(path: Path, start: str) -> etree._Element:
    hits = [p for text, p in paragraphs(path) if text.lstrip().startswith(start)]
    assert len(hits) == 1, f"{len(hits)} paragraphs start with {start!r} in {path.name}"
    return hits[0]


def run_fonts(paragraph: etree._Element) -> list[tuple[str, str | None, str | None, str | None]]:
    """(text, eastAsia font, ascii font, size in half-points) of each run."""
    out = []
    for run in paragraph.iter(f"{W}r"):
        text = "".join(t.text or "" for t in run.iter(f"{W}t"))
        fonts = run.find(f"{W}rPr/{W}rFonts")
        size = run.find(f"{W}rPr/{W}sz")
        out.append(
            (
                text,
                None if fonts is None else fonts.get(f"{W}eastAsia"),
                None if fonts is None else fonts.get(f"{W}ascii"),
                None if size is None else size.get(f"{W}val"),
            )
        )
    return out


def num_pr(paragraph: etree._Element) -> tuple[int, int] | None:
    node = paragraph.find(f"{W}pPr/{W}numPr")
    if node is None:
        return None
    return int(node.find(f"{W}ilvl").get(f"{W}val")), int(node.find(f"{W}numId").get(f"{W}val"))


# -- determinism and faithfulness ------------------------------------------------------------


def test_build_is_deterministic(built: Path, tmp_path: Path) -> None:
    builder.build(tmp_path, verify=False, quiet=True)
    first = sorted(p.relative_to(built) for p in built.rglob("*") if p.is_file())
    second = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    assert first == second
    assert len(first) == 5 * 3 + 4
    for rel in first:
        assert (built / rel).read_bytes() == (tmp_path / rel).read_bytes(), rel


def test_zip_entries_have_fixed_timestamps(built: Path) -> None:
    with zipfile.ZipFile(built / "seeds" / "000-autonum.docx") as archive:
        assert {info.date_time for info in archive.infolist()} == {builder.ZIP_TIME}
        core = archive.read("docProps/core.xml").decode()
    assert "2024-03-01T09:00:00Z" in core
    assert "python-docx" not in core


def test_seed_copies_are_byte_identical(built: Path) -> None:
    if not SHARED_SEEDS.is_dir():
        pytest.skip("../shared/seeds is absent")
    for source in sorted(SHARED_SEEDS.glob("[0-9][0-9][0-9]_*.txt")):
        assert (built / "seeds" / f"{source.name[:3]}.txt").read_bytes() == source.read_bytes()


def test_builds_from_bundled_copies_without_shared(
    built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without ../shared the script uses fixtures/seeds/NNN.txt and builds the same files."""
    monkeypatch.setattr(builder, "SHARED_SEEDS", tmp_path / "no-shared")
    assert [seed for seed, _ in builder.seed_sources()] == list(SEED_IDS)
    builder.build(tmp_path / "out", verify=False, quiet=True)
    for rel in sorted(p.relative_to(built) for p in built.rglob("*") if p.is_file()):
        assert (tmp_path / "out" / rel).read_bytes() == (built / rel).read_bytes(), rel


def test_committed_fixtures_are_up_to_date(built: Path) -> None:
    """What is in fixtures/ is what the script builds (zip members compared uncompressed,
    so a different zlib does not matter)."""
    for rel in sorted(p.relative_to(built) for p in built.rglob("*") if p.is_file()):
        committed = FIXTURES / rel
        assert committed.exists(), f"{rel} is missing: run python fixtures/build_fixtures.py"
        if rel.suffix == ".docx":
            with zipfile.ZipFile(committed) as a, zipfile.ZipFile(built / rel) as b:
                assert a.namelist() == b.namelist(), rel
                for name in a.namelist():
                    assert a.read(name) == b.read(name), f"{rel}: {name} differs"
        else:
            assert committed.read_bytes() == (built / rel).read_bytes(), rel


# -- GB/T 9704-2012 styling --------------------------------------------------------------------


@pytest.mark.parametrize("variant", ["literal", "autonum"])
def test_page_setup_and_footer(built: Path, variant: str) -> None:
    path = built / "seeds" / f"000-{variant}.docx"
    sect = part(path, "word/document.xml").find(f"{W}body/{W}sectPr")
    size, margins = sect.find(f"{W}pgSz"), sect.find(f"{W}pgMar")

    def mm(node: etree._Element, attr: str) -> float:
        return int(node.get(f"{W}{attr}")) / 1440 * 25.4

    assert (round(mm(size, "w")), round(mm(size, "h"))) == (210, 297)
    assert {k: round(mm(margins, k)) for k in ("top", "bottom", "left", "right")} == {
        "top": 37,
        "bottom": 35,
        "left": 28,
        "right": 26,
    }
    footer = part(path, "word/footer1.xml")
    assert "PAGE" in "".join(t.text or "" for t in footer.iter(f"{W}instrText"))
    text = "".join(t.text or "" for t in footer.iter(f"{W}t"))
    assert text.startswith("— ") and text.endswith(" —")


@pytest.mark.parametrize("variant", ["literal", "autonum"])
def test_title_body_and_heading_fonts(built: Path, variant: str) -> None:
    path = built / "seeds" / f"000-{variant}.docx"
    # the title split over two lines stays two centred paragraphs
    for start in ("滨海新区司法局2024年法治政府建设", "情况报告"):
        title = find_paragraph(path, start)
        assert title.find(f"{W}pPr/{W}jc").get(f"{W}val") == "center"
        assert {(f, a, s) for _, f, a, s in run_fonts(title)} == {
            ("方正小标宋简体", "Times New Roman", "44")
        }
    body = find_paragraph(path, "2024年，滨海新区司法局坚持")
    assert body.find(f"{W}pPr/{W}ind").get(f"{W}firstLineChars") == "200"
    assert {(f, a, s) for _, f, a, s in run_fonts(body)} == {
        ("仿宋_GB2312", "Times New Roman", "32")
    }
    prefix = "二、" if variant == "literal" else ""
    level1 = find_paragraph(path, prefix + "亮点成效")
    assert [f for _, f, _, _ in run_fonts(level1)] == ["黑体"]
    # a run-in level-2 heading: its first sentence in 楷体, the rest in the body font
    prefix = "（三）" if variant == "literal" else ""
    level2 = find_paragraph(path, prefix + "着力推动法治政府建设落到实处")
    runs = run_fonts(level2)
    assert runs[0][0].endswith("着力推动法治政府建设落到实处。") and runs[0][1] == "楷体_GB2312"
    assert {f for _, f, _, _ in runs[1:]} == {"仿宋_GB2312"}
    assert all(s == "32" for _, _, _, s in runs)


def test_level_three_headings_use_fangsong(built: Path) -> None:
    level3 = find_paragraph(built / "seeds" / "001-literal.docx", "1. 高度重视重大行政决策工作")
    assert {f for _, f, _, _ in run_fonts(level3)} == {"仿宋_GB2312"}


# -- numbering ---------------------------------------------------------------------------------

LABEL = re.compile(
    r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+[.、])"
)


def label_lines(seed: str) -> list[str]:
    """Lines of the seed that start with a numbering label (after leading indentation)."""
    text = (FIXTURES / "seeds" / f"{seed}.txt").read_text(encoding="utf-8")
    stripped = (line.lstrip(" \u3000\t") for line in text.splitlines())
    return [line for line in stripped if LABEL.match(line)]


@pytest.mark.parametrize("seed", SEED_IDS)
def test_literal_variant_has_no_automatic_numbering(built: Path, seed: str) -> None:
    path = built / "seeds" / f"{seed}-literal.docx"
    assert all(num_pr(p) is None for _, p in paragraphs(path))
    texts = [t.lstrip(" \u3000") for t, _ in paragraphs(path)]
    for line in label_lines(seed):
        assert line in texts


@pytest.mark.parametrize("seed", SEED_IDS)
def test_autonum_variant_numbers_exactly_the_label_lines(built: Path, seed: str) -> None:
    path = built / "seeds" / f"{seed}-autonum.docx"
    numbered = [(text, p) for text, p in paragraphs(path) if num_pr(p) is not None]
    lines = label_lines(seed)
    assert len(numbered) == len(lines) > 0
    for (text, _), line in zip(numbered, lines, strict=True):
        label = LABEL.match(line).group(0)  # type: ignore[union-attr]
        assert text == line[len(label) :], "the paragraph keeps exactly the text after its label"


def numbering_levels(path: Path) -> dict[str, dict[int, tuple[str, str]]]:
    """abstractNumId -> {ilvl: (numFmt, lvlText)} for the abstractNums our paragraphs use."""
    root = part(path, "word/numbering.xml")
    used = set()
    for _, paragraph in paragraphs(path):
        numbering = num_pr(paragraph)
        if numbering is not None:
            used.add(str(numbering[1]))
    abstract_ids = {
        num.find(f"{W}abstractNumId").get(f"{W}val")
        for num in root.iter(f"{W}num")
        if num.get(f"{W}numId") in used
    }
    out: dict[str, dict[int, tuple[str, str]]] = {}
    for abstract in root.iter(f"{W}abstractNum"):
        aid = abstract.get(f"{W}abstractNumId")
        if aid in abstract_ids:
            out[aid] = {
                int(lvl.get(f"{W}ilvl")): (
                    lvl.find(f"{W}numFmt").get(f"{W}val"),
                    lvl.find(f"{W}lvlText").get(f"{W}val"),
                )
                for lvl in abstract.iter(f"{W}lvl")
            }
    return out


def test_multilevel_list_follows_gbt_9704(built: Path) -> None:
    levels = list(numbering_levels(built / "seeds" / "001-autonum.docx").values())
    assert len(levels) == 1, "one real multi-level list"
    assert [levels[0][i] for i in range(4)] == [
        ("chineseCounting", "%1、"),
        ("chineseCounting", "（%2）"),
        ("decimal", "%3."),
        ("decimal", "（%4）"),
    ]


def test_mixed_styles_are_separate_decimal_lists(built: Path) -> None:
    """Seed 000: 「1、」 beside 「二、」 and 「（1）」 beside 「（三）」 are lists of their own."""
    lists = numbering_levels(built / "seeds" / "000-autonum.docx")
    first_levels = sorted(levels[0] for levels in lists.values())
    assert first_levels == [
        ("chineseCounting", "%1、"),  # the report's multi-level list
        ("decimal", "%1、"),
        ("decimal", "（%1）"),
    ]


def test_lost_numbers_and_jumps_in_seed_003(built: Path) -> None:
    path = built / "seeds" / "003-autonum.docx"
    for lost in (
        "着力推进严格规范公正文明执法工作",
        "履行推进法治政府建设第一责任人情况",
        "存在问题和不足",
    ):
        paragraph = find_paragraph(path, lost)
        assert num_pr(paragraph) is None
    root = part(path, "word/numbering.xml")
    overrides = sorted(
        (int(o.get(f"{W}ilvl")), int(o.find(f"{W}startOverride").get(f"{W}val")))
        for o in root.iter(f"{W}lvlOverride")
    )
    # （四） after a lost （三）; （一） restarting under the lost 二、; 四、 after 一、
    assert overrides == [(0, 4), (1, 1), (1, 4)]
    # lost-number headings are still typeset as headings
    assert run_fonts(find_paragraph(path, "履行推进法治政府建设第一责任人情况"))[0][1] == "黑体"
    assert (
        run_fonts(find_paragraph(path, "着力推进严格规范公正文明执法工作"))[0][1] == "楷体_GB2312"
    )


def test_levels_follow_the_run_of_numbers() -> None:
    lines = builder.parse_seed(
        "某区2024年法治政府建设情况报告\n1、 甲\n（1） 乙\n（2）丙\n（三）丁\n二、戊\n"
        "（一）己\n1.庚\n（1）辛\n（2）壬\n2.癸\n",
        "999",
    )
    assert [(ln.label, ln.level) for ln in lines if ln.numbered] == [
        ("1、", 1),
        ("（1）", 2),
        ("（2）", 2),
        ("（三）", 2),
        ("二、", 1),
        ("（一）", 2),
        ("1.", 3),
        ("（1）", 4),
        ("（2）", 4),
        ("2.", 3),
    ]


def test_chinese_counting() -> None:
    assert [builder.chinese_counting(n) for n in (1, 9, 10, 11, 20, 21, 99)] == [
        "一",
        "九",
        "十",
        "十一",
        "二十",
        "二十一",
        "九十九",
    ]
    assert all(builder.parse_chinese(builder.chinese_counting(n)) == n for n in range(1, 100))


def test_docx_reads_back_like_the_text(built: Path) -> None:
    """Each variant, read by fazhi_lint's docx reader, gives the .txt's block texts; the
    autonum variant's automatic labels equal the literal ones."""
    if not builder.docx_reader_available():
        pytest.skip("fazhi_lint/readers/docx.py does not exist yet")
    problems = builder.verify_build(built / "seeds", quiet=True)
    assert not problems, "\n".join(problems)


def test_misc_copies(built: Path) -> None:
    misc = built / "misc"
    source = (FIXTURES / "seeds" / "003.txt").read_text(encoding="utf-8")
    assert (misc / "003-gb18030.txt").read_bytes().decode("gb18030") == source
    data = (misc / "000-utf16.txt").read_bytes()
    assert data[:2] == b"\xff\xfe"
    assert data.decode("utf-16") == (FIXTURES / "seeds" / "000.txt").read_text(encoding="utf-8")
    markdown = (misc / "001.md").read_text(encoding="utf-8")
    assert markdown.startswith("# 法治政府建设情况报告\n")
    assert "\n## 二、履行推进法治建设第一责任人职责情况\n" in markdown
    page = (misc / "002-web.html").read_text(encoding="utf-8")
    for chrome in (
        "建议升级浏览器版本到最新版本!",
        "分享到:",
        "版权所有",
        "发布时间",
        '<ul class="nav">',
    ):
        assert chrome in page
    assert page.count("<p>") > 40
    with zipfile.ZipFile(io.BytesIO((built / "seeds" / "002-literal.docx").read_bytes())) as z:
        assert "docProps/thumbnail.jpeg" not in z.namelist()
