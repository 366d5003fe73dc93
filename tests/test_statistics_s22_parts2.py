"""Session 22 (s22-parts2): whole and parts read where a repair or a unit check lost them.

* a part joined to the one before it by 以及/及/和/与 is an item of the same list: the repair
  of nested lists no longer hands it to the parent list (「发布…1条，包括A1条，以及B2条」);
* a figure right after another in another unit (「来访95件127人次」) counts that item again,
  no item of a list in the next sentence;
* a part in items (件) of a whole in arrivals (件次) is a part: an excess is sure (each item
  arrives once at least), a shortfall is not.

Every sentence is written for these tests; the arithmetic in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import findings


def _parts(text: str, year: int = 2024) -> list[tuple[str, str]]:
    return [(code, m) for code, m in findings(text, year) if code in ("N101", "N102")]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 2 + 3 = 5 > 4: the item after 以及 stays in the inner list
        (
            "全年在门户网站发布政务动态信息236条，其中部门动态141条；公开财政预决算信息4条，"
            "包括部门预算2条，以及部门决算3条。",
            ("5", "4"),
        ),
        # 6 + 5 = 11 > 9 (及)
        (
            "全年发布通知公告318条，其中人事信息120条；发布政策解读9条，包括图文解读6条，"
            "及视频解读5条。",
            ("11", "9"),
        ),
        # 12 + 9 = 21 > 18 (和)
        (
            "全年受理政务咨询612件，其中电话咨询402件；受理网上投诉18件，包括消费投诉12件，"
            "和物业投诉9件。",
            ("21", "18"),
        ),
        # 95 + 19 + 39 = 153 > 143 件次: 127人次 counts the visitors of the 95 visits
        (
            "今年1-6月，全县信访总量143件次，同比上升9.16%。从信访形式看，来访95件127人次，"
            "同比上升6.2%；来信19件次，同比下降2.6%；网上投诉39件次，同比下降3.9%。",
            ("153", "143"),
        ),
        # 210 + 88 + 61 = 359 > 341 件次: a part in 件 of a whole in 件次
        (
            "上半年全区信访总量341件次。来访210件；来信88件次；网上信访61件次。",
            ("359", "341"),
        ),
        # 52 + 30 + 27 = 109 > 100 件次, the second measure in 人次 after a part in 件次
        (
            "全年信访总量100件次。来访52件次68人次；来信30件次；网上信访27件次。",
            ("109", "100"),
        ),
    ],
)
def test_reads_the_parts(text: str, figures: tuple[str, ...]) -> None:
    found = _parts(text)
    assert found, text
    assert any(all(f in m for f in figures) for _, m in found), found


def test_whole_in_arrivals_names_its_unit() -> None:
    # (parts in 件 and 件次 summed in the whole's unit)
    text = "上半年全区信访总量341件次。来访210件；来信88件次；网上信访61件次。"
    assert any("多出18件次" in m for _, m in _parts(text)), _parts(text)


@pytest.mark.parametrize(
    "text",
    [
        # 1 + 1 = 2 of 2; the parent list 236 ⊇ 141 + 2
        "全年在门户网站发布政务动态信息236条，其中部门动态141条；公开财政预决算信息2条，"
        "包括部门预算1条，以及部门决算1条。",
        # 6 + 3 = 9
        "全年发布通知公告318条，其中人事信息120条；发布政策解读9条，包括图文解读6条，"
        "及视频解读3条。",
        # 95 + 19 + 29 = 143 件次
        "今年1-6月，全县信访总量143件次，同比上升9.16%。从信访形式看，来访95件127人次，"
        "同比上升6.2%；来信19件次，同比下降2.6%；网上投诉29件次，同比下降3.9%。",
        # 190 + 88 + 61 = 339 < 341 件次: the 190 visits (件) may be more arrivals
        "上半年全区信访总量341件次。来访190件；来信88件次；网上信访61件次。",
        # 52 + 30 + 18 = 100 件次 (68人次 no part)
        "全年信访总量100件次。来访52件次68人次；来信30件次；网上信访18件次。",
        # 40 + 35 = 75 ≤ 80: 和 inside a part's name joins no figure
        "全年办理依申请公开80件，其中个人申请40件；企业和社会组织申请35件。",
        # 和解 is a word, no conjunction: 12 of 30, 9 of 12 nested
        "全年受理行政复议申请30件，其中审结12件，和解9件。",
    ],
)
def test_consistent(text: str) -> None:
    assert _parts(text) == [], _parts(text)
