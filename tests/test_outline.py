"""The outline: title, year, opening, headings, structural levels and sections."""

from __future__ import annotations

from pathlib import Path

import pytest

from fazhi_lint.analysis.outline import Heading, Outline
from fazhi_lint.analysis.views import outline_of, views_of
from fazhi_lint.model import Block, BlockKind, Document, Label, Location, Style
from fazhi_lint.profiles import Profile
from fazhi_lint.readers import read_bytes

SEEDS = Path(__file__).resolve().parents[1] / "../shared/seeds"
PROFILE = Profile("test", {})

TITLE = "某区司法局2024年度法治政府建设情况报告\n2024年，我局坚持以习近平法治思想为指导，现将有关情况报告如下。\n"
BODY = "全年办理行政复议案件12件，同比增长5%，均在法定期限内办结。\n"


def outline(text: str, profile: Profile = PROFILE) -> Outline:
    return outline_of(read_bytes(text.encode("utf-8"), "report.txt"), profile)


def shape(o: Outline) -> list[tuple[int, str, int | None]]:
    """(level, label or expected label, number) per heading in document order."""
    return [(h.level, h.label or f"?{h.expected_label or ''}", h.number) for h in o.headings]


def seed(prefix: str) -> Outline:
    found = sorted(SEEDS.glob(f"{prefix}_*.txt"))
    if not found:
        pytest.skip("seed reports not available")
    return outline_of(read_bytes(found[0].read_bytes(), found[0].name), PROFILE)


def docx(*blocks: Block) -> Document:
    return Document(path="report.docx", format="docx", blocks=list(blocks))


def para(
    index: int,
    text: str,
    *,
    label: Label | None = None,
    style: Style | None = None,
    kind: BlockKind = BlockKind.PARAGRAPH,
) -> Block:
    return Block(
        index=index,
        text=text,
        kind=kind,
        location=Location(block=index, paragraph=index + 1),
        label=label,
        style=style or Style(),
    )


# -- seeds ------------------------------------------------------------------------------------


def test_seed_000_title_split_over_two_lines_and_mixed_style() -> None:
    o = seed("000")
    assert o.title_text == "滨海新区司法局2024年法治政府建设情况报告"
    assert [b.index for b in o.title_blocks] == [0, 1]
    assert o.report_year == 2024
    assert o.opening is not None and o.opening.text.startswith("2024年，滨海新区司法局")
    top = o.top_sections()
    assert [s.heading.label for s in top if s.heading] == ["1、", "二、", "三、", "四、"]
    first = top[0].heading
    assert first is not None and first.mixed and first.nominal_level == 3 and first.level == 1
    # （1）（2） sit where （一）（二） belong: level 2, beside （三）…（七）
    children = [c.heading for c in top[0].children if c.heading]
    assert [(h.label, h.level, h.mixed) for h in children[:3]] == [
        ("（1）", 2, True),
        ("（2）", 2, True),
        ("（三）", 2, False),
    ]
    assert [h.number for h in children] == [1, 2, 3, 4, 5, 6, 7]
    # run-in headings: the first sentence is the title
    assert children[0].run_in and children[0].title == "着力推进法制审核规范化开展"
    # Word debris after the label is not part of the title
    assert children[1].title == "着力保障科学民主依法决策有效推进"
    # （七） stands alone; its section holds the next paragraph
    assert not children[6].run_in
    assert [h.label for h in (c.heading for c in top[3].children) if h] == [
        "（一）",
        "（二）",
        "（三）",
    ]


def test_seed_001_consistent_structure() -> None:
    o = seed("001")
    assert o.title_text == "法治政府建设情况报告"
    assert o.report_year == 2024  # not in the title: from the opening
    assert [s.heading.label for s in o.top_sections() if s.heading] == [
        "一、",
        "二、",
        "三、",
        "四、",
    ]
    first = o.top_sections()[0]
    assert [c.heading.label for c in first.children if c.heading] == [
        "（一）",
        "（二）",
        "（三）",
        "（四）",
        "（五）",
        "（六）",
    ]
    # 1.–4. run-ins restart under each （三）（四）…
    assert [[c.heading.number for c in s.children if c.heading] for s in first.children] == [
        [],
        [],
        [1, 2, 3, 4],
        [1, 2, 3],
        [1, 2, 3],
        [1, 2],
    ]
    assert not any(h.mixed or h.inferred or h.lost_number for h in o.headings)


def test_seed_002_web_copy_chrome_is_skipped() -> None:
    o = seed("002")
    assert o.title_text == "天津市司法局关于2023年度法治政府建设情况的报告"
    assert o.report_year == 2023
    assert o.opening is not None and o.opening.text.startswith("2023年,在市委市政府")
    labels = [h.label for h in o.headings]
    assert "X" not in labels and labels[0] == "一、"
    first = o.top_sections()[0].heading
    assert first is not None and first.title == "突出主体责任,认真履行第一责任人职责"
    half = [h for h in o.headings if h.scheme == "cn-paren-half"]
    assert len(half) == 18 and all(h.level == 2 for h in half)
    assert len(o.top_sections()) == 5
    assert not any(h.inferred for h in o.headings)


def test_seed_003_lost_numbers_are_inferred() -> None:
    o = seed("003")
    assert o.title_text == "2023年区司法局法治政府建设情况报告" and o.report_year == 2023
    lost = [h for h in o.headings if h.lost_number]
    assert [(h.title, h.level, h.number, h.expected_label) for h in lost] == [
        ("着力推进严格规范公正文明执法工作", 2, 3, "（三）"),
        ("履行推进法治政府建设第一责任人情况", 1, 2, "二、"),
        ("存在问题和不足", 1, 3, "三、"),
    ]
    assert all(h.inferred and not h.numbered and h.scheme == "none" for h in lost)
    top = o.top_sections()
    assert [s.heading.number for s in top if s.heading] == [1, 2, 3, 4]
    # the restarted （一）…（四） now belong to the recovered 二、
    assert [c.heading.label for c in top[1].children if c.heading] == [
        "（一）",
        "（二）",
        "（三）",
        "（四）",
    ]
    assert [c.heading.number for c in top[0].children if c.heading] == [1, 2, 3, 4, 5]


def test_seed_004_mixed_style_reparents_children() -> None:
    o = seed("004")
    assert o.title_text == "天津市滨海新区大港街2023年度法治政府建设情况报告"
    assert o.report_year == 2023
    top = o.top_sections()
    assert [(s.heading.label, s.level) for s in top if s.heading] == [
        ("1、", 1),
        ("2、", 1),
        ("三、", 1),
        ("四、", 1),
    ]
    assert [c.heading.label for c in top[0].children if c.heading] == [
        "（一）",
        "（二）",
        "（三）",
        "（四）",
        "（五）",
    ]
    assert all(len(c.children) >= 2 for c in top[0].children)  # each （一） keeps its 1. 2.
    assert [(c.heading.label, c.level) for c in top[1].children if c.heading] == [
        ("（1）", 2),
        ("（二）", 2),
        ("（三）", 2),
    ]
    # the label after Word debris «[bookmark: _GoBack]（五）» is found
    last = top[3].children[-1].heading
    assert last is not None and last.label == "（五）" and last.title == "完善矛盾纠纷排查化解机制"


# -- title, year, opening ----------------------------------------------------------------------


def test_title_split_before_short_tail() -> None:
    o = outline(
        "天津市某区2024年法治政府建设\n情况报告\n"
        + TITLE.split("\n", 1)[1]
        + "一、主要举措\n"
        + BODY
    )
    assert o.title_text == "天津市某区2024年法治政府建设情况报告"
    assert o.report_year == 2024


def test_title_after_chrome_lines() -> None:
    text = (
        "建议升级浏览器版本到最新版本!\nX\n某市司法局关于2023年度法治政府建设情况的报告\n来源: 某市司法局 发布时间: 2024-03-18\n2023年，我局坚持依法行政，取得积极成效。\n一、主要举措\n"
        + BODY
    )
    o = outline(text)
    assert o.title_text == "某市司法局关于2023年度法治政府建设情况的报告"
    assert o.opening is not None and o.opening.text.startswith("2023年，我局")


def test_year_from_title_wins_over_opening() -> None:
    o = outline(
        "某区2023年度法治政府建设情况报告\n2024年3月，现将2023年度情况报告如下。\n一、主要举措\n"
        + BODY
    )
    assert o.report_year == 2023


def test_year_from_opening_skips_outline_ranges() -> None:
    o = outline(
        "法治政府建设情况报告\n我区贯彻《法治政府建设实施纲要（2021—2025年）》，2024年取得成效。\n一、主要举措\n"
        + BODY
    )
    assert o.report_year == 2024


def test_no_year_anywhere() -> None:
    o = outline("法治政府建设情况报告\n我区坚持依法行政，取得积极成效。\n一、主要举措\n" + BODY)
    assert o.report_year is None


def test_no_title_when_document_starts_with_body() -> None:
    o = outline(BODY + "一、主要举措\n" + BODY)
    assert o.title_blocks == [] and o.title_text is None
    assert o.opening is not None and o.root.start == 0


def test_opening_absent_when_a_heading_follows_the_title() -> None:
    o = outline("某区2024年度法治政府建设情况报告\n一、主要举措\n" + BODY)
    assert o.opening is None
    assert [h.label for h in o.headings] == ["一、"]


def test_docx_title_by_centred_large_style() -> None:
    big = Style(alignment="center", size_pt=22)
    document = docx(
        para(0, "某区人民政府", style=big),
        para(1, "关于2023年度法治政府建设情况的报告", style=big),
        para(2, "2023年，区政府坚持依法行政。", style=Style(size_pt=16)),
        para(3, "一、主要举措", label=Label("一、", automatic=True, num_id="1", level=0)),
    )
    o = outline_of(document, PROFILE)
    assert o.title_text == "某区人民政府关于2023年度法治政府建设情况的报告"
    assert o.report_year == 2023
    assert o.headings[0].automatic and o.headings[0].label == "一、"


def test_docx_centred_letterhead_is_not_preferred_over_report_title() -> None:
    big = Style(alignment="center", size_pt=26)
    document = docx(
        para(0, "某区人民政府文件", style=big),
        para(1, "某政发〔2024〕1号", style=Style(alignment="center", size_pt=16)),
        para(2, "某区2024年度法治政府建设情况报告", style=Style(alignment="center", size_pt=22)),
        para(3, "2024年，区政府坚持依法行政，取得成效。"),
    )
    assert outline_of(document, PROFILE).title_text == "某区2024年度法治政府建设情况报告"


# -- headings ----------------------------------------------------------------------------------


def test_not_headings() -> None:
    text = TITLE + (
        "一、主要举措\n"
        "一是强化组织领导。二是细化分工。\n"
        "1.14万件案件已办结，同比增长5%。\n"
        "2023年，全区共办理案件12件。\n"
        "全年开展培训，其中1.法律培训3次。\n"
    )
    o = outline(text)
    assert [h.label for h in o.headings] == ["一、"]


def test_short_lines_are_not_headings_without_a_gap() -> None:
    o = outline(TITLE + "一、主要举措\n" + BODY + "主要做法\n" + BODY + "二、存在问题\n" + BODY)
    assert [h.label for h in o.headings] == ["一、", "二、"]


def test_run_in_heading_title() -> None:
    o = outline(
        TITLE + "一、主要举措\n（一）着力推进法制审核规范化开展。严格落实审核制度，审核文件12件。\n"
    )
    h = o.headings[1]
    assert h.run_in and h.title == "着力推进法制审核规范化开展"
    assert h.block.text[h.title_span[0] : h.title_span[1]] == h.title
    assert h.block.text[h.label_span[0] : h.label_span[1]] == "（一）"


def test_heading_with_final_full_stop_is_not_run_in() -> None:
    o = outline(TITLE + "一、主要举措。\n" + BODY)
    assert not o.headings[0].run_in and o.headings[0].title == "主要举措"


def test_skipped_level_is_kept() -> None:
    o = outline(
        TITLE
        + "一、主要举措\n1.提供保障\n"
        + BODY
        + "2.细化分工\n"
        + BODY
        + "二、存在问题\n"
        + BODY
    )
    assert shape(o) == [(1, "一、", 1), (3, "1.", 1), (3, "2.", 2), (1, "二、", 2)]
    assert [len(s.children) for s in o.top_sections()] == [2, 0]


def test_inverted_heading_keeps_nominal_level() -> None:
    o = outline(
        TITLE + "（一）健全机制\n" + BODY + "一、主要举措\n" + BODY + "二、存在问题\n" + BODY
    )
    assert shape(o)[0] == (2, "（一）", 1)
    assert o.top_sections()[0].heading.label == "（一）"  # type: ignore[union-attr]


def test_mixed_style_in_the_middle_of_a_sequence() -> None:
    o = outline(TITLE + "一、主要举措\n" + BODY + "2、存在问题\n" + BODY + "三、工作安排\n" + BODY)
    assert shape(o) == [(1, "一、", 1), (1, "2、", 2), (1, "三、", 3)]
    assert o.headings[1].mixed


def test_ordinary_sublist_is_not_adopted_as_missing_level() -> None:
    # 「1.」 items under 一、 and a lone «2.» before 三、: the 2. is not the missing 二、
    text = TITLE + (
        "一、主要举措\n1.提供保障\n" + BODY + "2.细化分工\n" + BODY + "三、工作安排\n" + BODY
    )
    o = outline(text)
    assert not any(h.mixed for h in o.headings)
    assert [h.level for h in o.headings] == [1, 3, 3, 1]


def test_lost_number_needs_matching_candidate_count() -> None:
    text = TITLE + (
        "一、主要举措\n（一）甲\n"
        + BODY
        + "（二）乙\n"
        + BODY
        + "短行一\n"
        + BODY
        + "短行二\n"
        + BODY
        + "（四）丁\n"
        + BODY
    )
    o = outline(text)
    assert not any(h.inferred for h in o.headings)
    assert [h.number for h in o.headings] == [1, 1, 2, 4]


def test_lost_number_at_start_of_parent() -> None:
    text = TITLE + "一、主要举措\n加强组织领导\n" + BODY + "（二）乙\n" + BODY + "（三）丙\n" + BODY
    o = outline(text)
    assert shape(o) == [(1, "一、", 1), (2, "?（一）", 1), (2, "（二）", 2), (2, "（三）", 3)]


def test_lost_number_corroborated_by_restart() -> None:
    # gap of one level-1 number, two candidates; only one is followed by a restarted （一）
    text = TITLE + (
        "一、主要举措\n（一）甲\n"
        + BODY
        + "（二）乙\n"
        + BODY
        + "工作亮点\n"
        + BODY
        + "第一责任人履职情况\n（一）丙\n"
        + BODY
        + "（二）丁\n"
        + BODY
        + "三、工作安排\n"
        + BODY
    )
    o = outline(text)
    lost = [h for h in o.headings if h.lost_number]
    assert [(h.title, h.expected_label) for h in lost] == [("第一责任人履职情况", "二、")]
    assert [c.heading.title for c in o.top_sections()[1].children if c.heading] == ["丙", "丁"]


def test_unnumbered_part_before_restart_without_gap() -> None:
    text = TITLE + (
        "一、主要举措\n（一）甲\n"
        + BODY
        + "（二）乙\n"
        + BODY
        + "主要负责人履职情况\n（一）丙\n"
        + BODY
        + "二、存在问题\n"
        + BODY
    )
    o = outline(text)
    part = [h for h in o.headings if h.inferred]
    assert [(h.title, h.level, h.number, h.lost_number) for h in part] == [
        ("主要负责人履职情况", 1, None, False)
    ]
    assert [s.heading.title for s in o.top_sections() if s.heading] == [
        "主要举措",
        "主要负责人履职情况",
        "存在问题",
    ]


def test_annex_has_its_own_numbering() -> None:
    text = TITLE + (
        "一、主要举措\n"
        + BODY
        + "二、存在问题\n"
        + BODY
        + "附件\n2024年民生实事\n一、稳定就业\n"
        + BODY
        + "二、关爱服务\n"
        + BODY
    )
    o = outline(text)
    assert [h.label for h in o.headings] == ["一、", "二、"]
    assert [h.label for h in o.annex_headings] == ["一、", "二、"]
    assert len(o.annexes) == 1 and o.root.end == o.annexes[0].start
    assert o.heading_for(o.annex_headings[0].index) is o.annex_headings[0]
    assert o.section_of(o.annex_headings[0].index).heading is o.annex_headings[0]


def test_numbered_after_decimal_when_sequence_says_so() -> None:
    text = (
        TITLE
        + "一、名词\n1.两重：国家重大战略。\n2.两新：设备更新。\n3．10种有色金属：铜、铅。\n4.其他：说明。\n"
    )
    o = outline(text)
    assert [h.number for h in o.headings if h.level == 3] == [1, 2, 3, 4]


def test_table_of_contents_lines_are_not_headings() -> None:
    text = TITLE + "一、主要举措……………1\n二、存在问题……………3\n一、主要举措\n" + BODY
    o = outline(text)
    assert [h.label for h in o.headings] == ["一、"]


# -- docx-like blocks --------------------------------------------------------------------------


def test_automatic_labels_and_heading_styles() -> None:
    document = docx(
        para(0, "某区2024年度法治政府建设情况报告", style=Style(alignment="center", size_pt=22)),
        para(1, "一、主要举措", label=Label("一、", automatic=True, num_id="3", level=0)),
        para(2, "（一）依法决策", label=Label("（一）", automatic=True, num_id="3", level=1)),
        para(3, "全年审核文件12件，同比增长5%。"),
        para(4, "存在的不足和原因", style=Style(style_name="Heading 1", outline_level=0)),
        para(5, "执法力量不足，原因是人员不够。"),
        para(6, "1.表格中的编号", kind=BlockKind.TABLE_CELL),
        para(7, "（一）文本框中的编号", kind=BlockKind.TEXTBOX),
        para(8, "三、工作安排", label=Label("三、", automatic=True, num_id="3", level=0)),
    )
    o = outline_of(document, PROFILE)
    assert [(h.index, h.level, h.automatic) for h in o.headings] == [
        (1, 1, True),
        (2, 2, True),
        (4, 1, False),
        (8, 1, True),
    ]
    styled = o.heading_for(4)
    assert styled is not None and styled.style_level == 1
    # a heading-styled paragraph in the gap of 一、…三、 lost its number
    assert styled.lost_number and styled.number == 2 and styled.expected_label == "二、"
    assert not styled.inferred
    assert o.heading_for(6) is None and o.heading_for(7) is None


def test_style_names_in_chinese_and_outline_levels() -> None:
    document = docx(
        para(0, "总体情况", style=Style(style_name="标题 1")),
        para(1, "依法决策", style=Style(style_name="标题 2")),
        para(2, "审核文件12件。"),
        para(3, "严格执法", style=Style(outline_level=1)),
        para(4, "办理案件3件。"),
        para(5, "正文样式名不是标题", style=Style(style_name="Normal")),
    )
    o = outline_of(document, PROFILE)
    assert [(h.title, h.level, h.numbered) for h in o.headings] == [
        ("总体情况", 1, False),
        ("依法决策", 2, False),
        ("严格执法", 2, False),
    ]


def test_automatic_label_not_rendered_in_text() -> None:
    document = docx(
        para(0, "主要举措", label=Label("一、", automatic=True)),
        para(1, "全年办理案件12件。"),
    )
    h = outline_of(document, PROFILE).headings[0]
    assert h.label == "一、" and h.number == 1 and h.title == "主要举措"
    assert h.label_span == (0, 0)


# -- sections ----------------------------------------------------------------------------------


def test_section_ranges_and_navigation() -> None:
    text = TITLE + "一、主要举措\n（一）甲\n" + BODY + "（二）乙\n" + BODY + "二、存在问题\n" + BODY
    document = read_bytes(text.encode(), "r.txt")
    o = outline_of(document, PROFILE)
    assert outline_of(document, PROFILE) is o  # cached
    assert views_of(document).outline is o  # the one view of the document
    root = o.root
    assert (root.level, root.start, root.end) == (0, 1, len(document.blocks))
    first, second = o.top_sections()
    assert (first.start, first.end) == (2, 7)
    assert (second.start, second.end) == (7, 9)
    assert [(c.start, c.end) for c in first.children] == [(3, 5), (5, 7)]
    assert first.children[0].parent is first and first.parent is root
    assert [s.heading.label for s in root.walk() if s.heading] == [
        "一、",
        "（一）",
        "（二）",
        "二、",
    ]
    assert next(iter(root.walk())) is root  # walk includes self
    assert [s.heading.label for s in o.level(2) if s.heading] == ["（一）", "（二）"]
    assert o.section_of(4) is first.children[0]
    assert o.section_of(0) is root  # the title
    assert o.heading_for(3) is not None and o.heading_for(4) is None
    assert first.children[1].body_text(document) == "（二）乙\n" + BODY.strip()
    assert [b.index for b in first.children[1].blocks(document)] == [5, 6]


def test_heading_is_frozen_and_reports_numbered() -> None:
    o = outline(TITLE + "一、主要举措\n" + BODY)
    h: Heading = o.headings[0]
    assert h.numbered and h.nominal_level == 1 and h.scheme == "cn-dun"
    with pytest.raises(AttributeError):
        h.level = 2  # type: ignore[misc]


def test_profile_can_lengthen_unnumbered_headings() -> None:
    long_heading = "深入推进严格规范公正文明执法工作持续提升行政执法质量和效能全面推进法治政府建设工作"  # 42 chars
    text = TITLE + (
        "一、主要举措\n（一）甲\n"
        + BODY
        + "（二）乙\n"
        + BODY
        + long_heading
        + "\n"
        + BODY
        + "（四）丁\n"
        + BODY
    )
    assert not any(h.lost_number for h in outline(text).headings)
    wide = Profile("wide", {"headings": {"max-heading-chars": 50}})
    assert [h.title for h in outline(text, wide).headings if h.lost_number] == [long_heading]


def test_chapters_above_level_one_headings() -> None:
    text = TITLE + (
        "第一部分 工作情况\n一、主要举措\n"
        + BODY
        + "二、主要成效\n"
        + BODY
        + "第二部分 存在问题\n一、执法不规范\n"
        + BODY
    )
    o = outline(text)
    assert [(s.heading.label, s.level) for s in o.top_sections() if s.heading] == [
        ("第一部分", 0),
        ("第二部分", 0),
    ]
    assert [len(s.children) for s in o.top_sections()] == [2, 1]


def test_chapters_alone_are_level_one() -> None:
    o = outline(TITLE + "第一部分 工作情况\n（一）甲\n" + BODY + "第二部分 存在问题\n" + BODY)
    assert [h.level for h in o.headings] == [1, 2, 1]


def test_menu_item_naming_reports_is_not_the_title() -> None:
    text = (
        "首页\n法治政府建设年度报告\n政务公开\n某市司法局关于2023年度法治政府建设情况的报告\n"
        "2023年，我局坚持依法行政，取得积极成效。\n一、主要举措\n" + BODY
    )
    assert outline(text).title_text == "某市司法局关于2023年度法治政府建设情况的报告"


def test_title_with_chinese_year() -> None:
    o = outline(
        "某区二〇二三年度法治政府建设情况报告\n我区坚持依法行政，取得成效。\n一、主要举措\n" + BODY
    )
    assert o.report_year == 2023


def test_title_without_the_word_report() -> None:
    o = outline(
        "某区2023年法治政府建设工作总结\n我区坚持依法行政，取得成效。\n一、主要举措\n" + BODY
    )
    assert o.title_text == "某区2023年法治政府建设工作总结" and o.report_year == 2023
