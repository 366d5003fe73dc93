"""A share above the bound its list sets (session 18, s18-listbound).

Disjoint items of one list (one unit, joined by 、/和 alone) are part of their whole, so the
share of the one item a share's subject names is at most item ÷ their sum, whatever else the
whole holds (rates ``_listed_bound``). Read only when no other reading answered: found when
the share's least value (its printed precision) exceeds that bound — an error when the list is
under a scope naming its whole (「…中，」), else a warning. Silent at or below the bound, for a
share of another whole (占…的), lists of different units, lists said to overlap (同时/其中),
and a 其中 list of a stated whole the share fits.

Every sentence is written for these tests; each verdict derived by hand, the arithmetic in
the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import errors, findings

RATES = ("N104",)

FOUND = [
    # 120 ÷ (120 + 50 + 30 = 200) = 60.0% at most, stated 65.0%
    "本年度办理的复议案件中，维持类案件120件、撤销类案件50件、确认违法类案件30件，维持类案件占比为65.0%。",
    # 84 ÷ (84 + 56 + 60 = 200) = 42.0% at most, stated 45.0%
    "全年调解的纠纷中，婚姻家庭纠纷84起、邻里纠纷56起、合同纠纷60起，婚姻家庭纠纷占比45.0%。",
    # 36 ÷ (36 + 24 = 60) = 60.0% at most, stated 62.0% (joined by 和)
    "上级交办的复议案件中，行政许可类36件和行政处罚类24件，行政许可类占比为62.0%。",
    # 150 ÷ (150 + 50 + 40 = 240) = 62.5% at most; 62.6% is at least 62.55%
    "全年受理的申请中，个人申请150件、企业申请50件、社会组织申请40件，个人申请占比62.6%。",
    # 500 ÷ (500 + 300 + 200 = 1,000) = 50.0% at most, stated 58%
    "年内审核的合同中，采购合同500份、租赁合同300份、服务合同200份，采购合同占比为58%。",
    # 96 ÷ (96 + 24 = 120) = 80.0% at most, stated 82.5%
    "全年收到的建议中，书面建议96条、口头建议24条，书面建议占比为82.5%。",
    # 300 ÷ (300 + 100 = 400) = 75.0% at most, stated 80% (no scope: a warning)
    "本年度培训执法人员300人次、辅助人员100人次，执法人员占比80%。",
]

SCOPED = FOUND[:6]  # (each list under 「…中，」: its whole's breakdown)


@pytest.mark.parametrize("text", FOUND)
def test_share_above_list_bound_found(text: str) -> None:
    assert findings(text, codes=RATES)


@pytest.mark.parametrize("text", SCOPED)
def test_scoped_list_bound_is_an_error(text: str) -> None:
    assert [c for c, _ in errors(text) if c in RATES]


def test_unscoped_list_bound_only_a_warning() -> None:
    # 300 ÷ 400 = 75.0% < 80%, but no 「…中，」 names the whole the list breaks down
    assert not [c for c, _ in errors(FOUND[6]) if c in RATES]


SILENT = [
    # 150 ÷ 240 = 62.5%: at the bound (the list may be all of the whole)
    "全年受理的申请中，个人申请150件、企业申请50件、社会组织申请40件，个人申请占比62.5%。",
    # 1,260 ÷ 2,000 = 63.0% ≥ 55.0%: the whole may hold kinds left unlisted
    "年内接收档案中，文书档案1,260卷、科技档案340卷、会计档案400卷，文书档案占比为55.0%。",
    # a share of another whole (全市受理的申请), not of the list: 150 ÷ 240 bounds nothing
    "全年受理的申请中，个人申请150件、企业申请50件、社会组织申请40件，个人申请占全市申请的70.0%。",
    # different units (件, 家): no list
    "全年受理的申请中，个人申请150件、企业50家，个人申请占比80.0%。",
    # the items may overlap (同时参加): 300 ÷ 400 = 75% bounds nothing
    "参训人员中，执法人员300人、法制审核人员100人，部分人员同时参加两类培训，执法人员占比80%。",
    # a 其中 part beside its whole: no list of disjoint items
    "全年培训执法人员300人次、其中新入职人员100人次，执法人员占比90%。",
    # a 其中 breakdown of the stated whole: 1,260 ÷ 2,500 = 50.4% fits
    "年内接收档案2,500卷，其中文书档案1,260卷、科技档案340卷、会计档案400卷，文书档案占比为50.4%。",
    # 96 ÷ (96 + 24 = 120) = 80.0% ≥ 72.0%
    "全年收到的建议中，书面建议96条、口头建议24条，书面建议占比为72.0%。",
]


@pytest.mark.parametrize("text", SILENT)
def test_share_within_list_bound_silent(text: str) -> None:
    assert not findings(text, codes=RATES)
