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
    # 发现 57, 整改 63 > 57 (one statement)
    ("开展执法案卷评查，发现问题案卷57卷，已督促整改63卷。", "整改63卷", "发现的57卷"),
    # 查出 134, 整改 139 > 134
    ("全年共抽查餐饮单位210家，查出问题134个，整改到位139个。", "整改139个", "查出的134个"),
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
    # carry-over named in the next statement
    "全年发现隐患412处。连同上年遗留隐患，完成整改430处。",
]


@pytest.mark.parametrize(("text", "later", "earlier"), MISSES)
def test_more_remedied_than_found_is_found(text: str, later: str, earlier: str) -> None:
    found = [m for c, m in _any(text) if c in CODES]
    assert any(later in m and earlier in m for m in found), found


@pytest.mark.parametrize("text", TRAPS)
def test_remedied_within_found_or_other_source_stays_silent(text: str) -> None:
    assert not [c for c, _ in _any(text) if c in CODES]
