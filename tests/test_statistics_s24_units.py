"""Shares of one whole read by the structure of the statement (session 24, s24-units):

* a ratio of three or more terms after a word of composition (numbers.toml ``structure``:
  结构, 构成, 比例, 比重) whose terms add up to about 100 lists percentage shares and must add
  up to 100 within their rounding (N102, relations/structure.py); a two-term a:1 ratio, a
  proportion adding up to anything else, and a time are not read;
* a class named by a Chinese numeral right before 占 (「二类占16.5%」) is the name of a part,
  not a count the share is of (partition ``_shares_of_attributes``); a clause right after the
  last share saying there is none of the next class (「无三类的」「没有三级」) closes the split;
* a bare 占 after two or more figures of one unit since the last share may cover them together,
  over the sum of the split's figures (no false N104, rates ``_group_share_fits``).

Every sentence is written for these tests; each verdict derived by hand (arithmetic in the
comment above it)."""

from __future__ import annotations

import pytest
from relation_helpers import findings

# --- ratio structures ---------------------------------------------------------------------

STRUCTURE_WRONG = [
    # 3.2 + 41.5 + 60.3 = 105
    ("全年全县实现地区生产总值215.6亿元，三次产业结构为3.2:41.5:60.3。", "105"),
    # 18.4 + 22.1 + 61.5 = 102 (full-width colons, 构成)
    ("全市财政支出构成为18.4：22.1：61.5，民生支出占比继续提高。", "102"),
    # the earlier ratio of a 由…调整为 pair: 9.6 + 48.2 + 37.2 = 95
    ("三次产业比例由上年的9.6:48.2:37.2调整为8.9:47.6:43.5。", "95"),
    # four terms: 25 + 30 + 30 + 20 = 105
    ("案件来源结构为25:30:30:20，其中投诉举报占比最高。", "105"),
]


@pytest.mark.parametrize(("text", "total"), STRUCTURE_WRONG)
def test_ratio_structure_off_hundred(text: str, total: str) -> None:
    found = findings(text, codes=("N102",))
    assert len(found) == 1, found
    assert f"合计{total}" in found[0][1]


STRUCTURE_RIGHT = [
    # 8.9 + 47.6 + 43.5 = 100
    "三次产业比例由上年的9.6:48.2:42.2调整为8.9:47.6:43.5。",
    # rounding: 33.3 + 33.3 + 33.3 = 99.9 (each up to 0.05 below, or truncated)
    "三类案件构成为33.3:33.3:33.3。",
    # a proportion, not shares: 3 + 2 + 1 = 6
    "按照3:2:1的比例分配奖励名额。",
    # a two-term income ratio
    "城乡居民收入比由2.31:1缩小为2.25:1。",
    # a time in a statement with 结构 nowhere before the colons
    "培训于9:30:00开始，课程结构另行通知。",
]


@pytest.mark.parametrize("text", STRUCTURE_RIGHT)
def test_ratio_structure_silent(text: str) -> None:
    assert findings(text, codes=("N102",)) == []


# --- classes named by a numeral -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # 61.2 + 45.3 = 106.5, the split not said to be complete: a warning
        ("全区共有人民调解委员会216个，其中一级占61.2%，二级占45.3%。", "106.5%"),
        # 二类 before 占 names a class, no count the share is of: 88.5 + 16.5 = 105
        ("全市共有调解委员会4598个，其中一类占88.5%，二类占16.5%。", "105%"),
        # the count after: 三类占 and 二类占, 47.5 + 58.1 = 105.6
        ("经年度考评，二类占47.5%，三类占58.1%，共考评社区矫正工作站136个。", "105.6%"),
    ],
)
def test_numeral_classes_over_hundred_warn(text: str, total: str) -> None:
    found = findings(text, codes=("N101", "N102"))
    assert [code for code, _ in found] == ["N101"], found
    assert total in found[0][1]


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # 88.5 + 16.5 = 105, 无三类的 closes the split
        ("全市共有调解委员会4598个，其中一类占88.5%，二类占16.5%，无三类的。", "105%"),
        # 61.2 + 34.3 = 95.5, 没有三级 closes the split
        ("全区共有人民调解委员会216个，其中一级占61.2%，二级占34.3%，没有三级。", "95.5%"),
        # another class word and order: 52 + 41 = 93
        ("本年度评定的律师事务所中，甲档占52%，乙档占41%，无丙档。", "93%"),
    ],
)
def test_numeral_classes_closed_split(text: str, total: str) -> None:
    found = findings(text, codes=("N102",))
    assert len(found) == 1, found
    assert f"合计{total}" in found[0][1]


def test_numeral_classes_closed_split_consistent() -> None:
    # 61.2 + 38.8 = 100
    text = "全区共有人民调解委员会216个，其中一级占61.2%，二级占38.8%，没有三级。"
    assert findings(text, codes=("N101", "N102")) == []


# --- a share of the clause group since the last share ---------------------------------------

GROUP_SHARE_RIGHT = [
    # 12 + 8 = 20 of 35+12+8+45 = 100 → 20% (8 of 35 or 12 is no reading)
    "作出维持决定35件，维持率35%；撤销决定12件，确认违法8件，占20%；驳回申请45件，占45%。",
    # 21 + 6 = 27 of 52+21+6+21 = 100 → 27%
    "办结劳动争议案件，调解结案52件，调解率52%；仲裁裁决21件，出具不予受理通知6件，占27%；"
    "撤回申请21件，占21%。",
    # the whole stated: 24 + 11 = 35 of 100 → 35%
    "全年审结案件100件，按结案方式划分，判决结案30件，占30%；准予撤诉24件，按撤诉处理11件，"
    "占35%；驳回起诉15件，占15%；调解结案20件，占20%。",
]


@pytest.mark.parametrize("text", GROUP_SHARE_RIGHT)
def test_group_share_silent(text: str) -> None:
    assert findings(text, codes=("N104",)) == []


def test_group_share_wrong_still_reported() -> None:
    # 20 + 9 = 29 of 117 = 24.8%, not 30%; 9 of 43/26/20 neither (20.9, 34.6, 45)
    text = (
        "判决行政机关胜诉案件43件，胜诉率37%；判决行政机关败诉案件26件，败诉率22%；"
        "裁定准予原告撤诉案件20件，裁定按撤诉处理案件9件，占30%；裁定驳回原告起诉案件19件，占16%。"
    )
    found = findings(text, codes=("N104",))
    assert found and "30%" in found[0][1]
