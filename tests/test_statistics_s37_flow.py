"""Session 37 (s37-flow): what was found and what of it was remedied.

* 发现, 查出 and 检出 open the chain 排查 → 整改 too (numbers.toml ``clauses.approval-stages``):
  the remedied cannot outnumber the found; 发现并纠正 / 发现并整改 tell things already put
  right (the remedied stage itself, no source a later 整改 answers);
* the walk of a chain goes on into the next statement when its first figure is of a later
  stage and the words before it name no figure, period or other source (numbers.toml
  ``clauses.chain-across-not``: 累计, 以来, 上年, 其中…; relations/flow.py ``_chain_goes_on``);
* a remedied figure glossed as holding more (「（含复查整改）」) counts another source too.

Every sentence is written for these tests; the arithmetic in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import findings as _any

CODES = ("N101", "N102", "N103", "N107")

MISSES = [
    # 发现 57, 整改 63 > 57 (one statement: flow.py _back_references reads it, once)
    ("开展执法案卷评查，发现问题案卷57卷，已督促整改63卷。", "63卷", "57卷"),
    # 查出 134, 整改 139 > 134
    ("全年共抽查餐饮单位210家，查出问题134个，整改到位139个。", "139个", "134个"),
    # 发现 412 (its parts in brackets), 整改 430 > 412 in the next statement
    (
        "专项检查组共检查企业88家，发现隐患412处（其中重大隐患6处）。截至目前，完成整改430处，"
        "其余正在整改。",
        "整改430处",
        "发现的412处",
    ),
]

TRAPS = [
    # 整改 400 <= 412, next statement
    "专项检查组共检查企业88家，发现隐患412处（其中重大隐患6处）。截至目前，完成整改400处。",
    # cumulative since an earlier year in the next statement: another span
    "全年发现隐患412处。2021年以来累计完成整改1,430处。",
    # the next statement opens with another figure: its remedies need not be of the found
    "全年发现隐患412处。对38家企业开展复查，完成整改430处。",
    # glossed as holding re-inspections: another source
    "全年检查单位691家，发现隐患1630处，督促整改隐患1665处（含复查整改）。",
    # 发现并纠正: already put right (the remedied stage), no source of the later 整改
    "评查案卷300卷，发现并纠正问题17项；全年检查企业286家次，整改隐患问题143项。",
    # the next statement fixes other things (消防通道, not 隐患)
    "全年发现隐患412处。截至目前，完成整改消防通道430处。",
    # carry-over named in the next statement
    "全年发现隐患412处。连同上年遗留隐患，完成整改430处。",
]


@pytest.mark.parametrize(("text", "later", "earlier"), MISSES)
def test_more_remedied_than_found_is_found(text: str, later: str, earlier: str) -> None:
    found = [m for c, m in _any(text) if c in CODES]
    assert len(found) == 1, found  # (one reading of the pair)
    assert later in found[0] and earlier in found[0], found


@pytest.mark.parametrize("text", TRAPS)
def test_remedied_within_found_or_other_source_stays_silent(text: str) -> None:
    assert not [c for c, _ in _any(text) if c in CODES]


# The funnel's verb classes (numbers.toml ``funnel``): 检查, 抽查 and 梳理 count what came in
# (an inspection's objects), 调解 what was taken up (its outcome 调解成功 or 化解): a later
# stage in the next clause of one unit cannot exceed it (relations/funnel.py).
FUNNEL_MISSES = [
    # 检查 4.2万家, 查处 4.6万家 > 4.2万
    ("今年以来共检查食品经营单位4.2万家，查处4.6万家，其中吊销许可证12家。", "4.6万家", "4.2万家"),
]

FUNNEL_TRAPS = [
    # 调解成功 820 <= 860
    "全年开展诉前调解纠纷860件，调解成功820件，同比上升12%。",
    # 检查 4.2万家, 查处 3,100家 <= 4.2万
    "今年以来共检查食品经营单位4.2万家，查处3,100家，其中吊销许可证12家。",
    # another unit: 家次 inspected, 起 cases
    "全年检查企业620家次，查处违法案件700起。",
    # 调解 names a field (人民调解范围) before the 14 sent elsewhere: no stage of theirs
    "共收到调解申请412件，受理398件，对不属于人民调解范围的14件引导当事人通过诉讼解决；调解成功389件。",
    # carry-over named: last year's mediations close this year
    "全年调解纠纷860件，调解成功875件（含上年结转调解案件40件）。",
]


@pytest.mark.parametrize(("text", "later", "earlier"), FUNNEL_MISSES)
def test_a_later_stage_of_an_inspection_or_mediation_is_found(
    text: str, later: str, earlier: str
) -> None:
    found = [m for c, m in _any(text) if c in CODES]
    assert any(later in m and earlier in m for m in found), found


@pytest.mark.parametrize("text", FUNNEL_TRAPS)
def test_an_inspection_or_mediation_within_its_intake_stays_silent(text: str) -> None:
    assert not [c for c, _ in _any(text) if c in CODES]


# Merging (numbers.toml ``clauses.merged``: 合并, 并案, 归并 … 后): what merging gave cannot
# outnumber what was merged (relations/merged.py), in any count units.
MERGED_MISSES = [
    # 合并 after 裁判文书 320份: 335 cases > 320 documents, the clause right after: an error
    (
        "共检索到行政处罚类裁判文书320份，合并同一案件文书后得到案件335件。",
        "335件",
        "320份",
        "N107",
    ),
    # 立案 210, 并案后 218 > 210
    ("大会共收到提案246件，经审查立案210件，并案处理后为218件。", "218件", "210件", "N107"),
    # the statement before: a warning
    (
        "共收集问题线索96条。对涉及同一事项的线索归并后，形成问题清单104项。",
        "104项",
        "96条",
        "N107",
    ),
]

MERGED_TRAPS = [
    # 并案 as a count of its own (no 后): 立案 + 并案 + 转意见
    "经审查，立案470件，并案23件，转为意见和建议85件。",
    # merged down: 196 <= 210
    "大会共收到提案246件，经审查立案210件，并案处理后为196件。",
    # the way a figure came about (合并而成): the earlier count is its source, no 后
    "全县现有行政村86个（2020年村级建制调整时由112个合并而成）。",
    # money merged is a sum
    "两项补助资金分别为120万元、80万元，合并后共计200万元。",
    # a second figure between the merged one and the merging: the nearest is read (41 <= 52)
    "全年接到举报线索74条，经核查属实52条，对涉及同一当事人的线索合并处理后立案41件。",
]


@pytest.mark.parametrize(("text", "later", "earlier", "code"), MERGED_MISSES)
def test_more_after_merging_is_found(text: str, later: str, earlier: str, code: str) -> None:
    found = [m for c, m in _any(text) if c == code]
    assert any(later in m and earlier in m for m in found), found


def test_a_merging_right_after_its_figure_is_an_error_across_a_statement_a_warning() -> None:
    from relation_helpers import errors

    assert [c for c, _ in errors(MERGED_MISSES[0][0]) if c == "N107"]
    assert not [c for c, _ in errors(MERGED_MISSES[2][0]) if c == "N107"]


@pytest.mark.parametrize("text", MERGED_TRAPS)
def test_merging_down_or_no_merging_stays_silent(text: str) -> None:
    assert not [c for c, _ in _any(text) if c in CODES]
