"""Rates the readings missed (session 16, s16-rates).

1. A share that opens a 其中 clause as its subject — a percentage or a share in words (四成以上,
   四分之三以上), no name of a rate before it — whose part the next clause counts by a word of
   total right before its figure (共计, 合计, 达…): the part over the figure the 其中 follows
   (rates ``_share_opening_part``; a warning, the structure ties the terms).

Every sentence is written for these tests; each verdict derived by hand, the arithmetic in
the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import findings as _any

RATES = ("N104",)

# ---- 1. a share opening a 其中 clause, its part counted in the next clause ---------------------
OPENING_WRONG = [
    # 652/1850 = 35.2% < 四成以上 (40–100%)
    "全年办理异地就医备案1,850人次，其中四成以上为跨省备案，共计652人次，全部即时办结。",
    # 120/186 = 64.5% < 四分之三以上 (75–100%)
    "共办理涉税信访和投诉186件，其中四分之三以上通过电话回访得到解决，回访解决的共计120件。",
    # 652/1850 = 35.2% ≠ 40%
    "全年办理异地就医备案1,850人次，其中40%为跨省备案，共计652人次。",
    # 318/540 = 58.9% ≠ 68.9%
    "全年受理城市管理投诉540件，其中68.9%涉及占道经营，合计318件，均已按期处置。",
    # 七成 (65–75%): 41/97 = 42.3% outside
    "全年审查行政规范性文件97件，其中七成经过公开征求意见程序，共41件。",
    # 205/312 = 65.7% ≠ 56.7%
    "全乡调解各类矛盾纠纷312起，其中56.7%为婚姻家庭纠纷，共计205起，调解成功率100%。",
    # 88/260 = 33.8% < 超过四成 (40–100%)
    "全年开展医疗机构依法执业检查260家次，其中超过四成发现问题，共计88家次，已全部整改。",
    # 1,210/4,030 = 30.0% ≠ 三分之二 (2/3 ± 6.7: 60.0–73.3%)
    "全年组织教师法治培训4,030人次，其中三分之二通过线上平台参训，达1,210人次。",
    # 97/150 = 64.7% < 八成以上 (80–100%)
    "全年办理不动产登记投诉150件，其中八成以上通过电话沟通化解，共为97件。",
]

OPENING_RIGHT = [
    # 652/1850 = 35.2% in 三成以上 (30–100%)
    "全年办理异地就医备案1,850人次，其中三成以上为跨省备案，共计652人次，全部即时办结。",
    # 652/1850 = 35.24 -> 35.2%
    "全年办理异地就医备案1,850人次，其中35.2%为跨省备案，共计652人次。",
    # 140/186 = 75.3% in 四分之三以上
    "共办理涉税信访和投诉186件，其中四分之三以上通过电话回访得到解决，回访解决的共计140件。",
    # 372/540 = 68.89 -> 68.9%
    "全年受理城市管理投诉540件，其中68.9%涉及占道经营，合计372件，均已按期处置。",
    # truncation: 177/312 = 56.73 -> printed 56.7 (and 56.73 truncated to 56.7)
    "全乡调解各类矛盾纠纷312起，其中56.7%为婚姻家庭纠纷，共计177起，调解成功率100%。",
    # the next clause counts another thing (its figure after a verb, not after 共计):
    # 共计办结 1,020 of all the 1,200, not the 九成
    "全年受理行政处罚案件1,200件，其中九成以上适用简易程序，共计办结1,020件。",
    # the next clause's figure is of another unit (万元, not 件): no part
    "全年受理医保投诉1,126件，其中六成涉及门诊报销，共计追回资金56万元。",
    # 2/3 of 27 = 18 exactly
    "全年新建法治教育实践基地27个，其中三分之二建在农村学校，共计18个。",
    # a rate of another base stated by name (占全市的), its figure not the part: 23.6% of the
    # city's total, 318 are the district's own cases; no 其中 opening
    "全年查处违法建设案件318件，占全市同类案件总数的23.6%，共计拆除276件。",
    # a share with no figure after it at all
    "全年审查行政规范性文件97件，其中七成以上经过公开征求意见程序，全部按时备案。",
]


@pytest.mark.parametrize("text", OPENING_WRONG)
def test_a_share_opening_a_part_clause_is_read_against_the_next_count(text: str) -> None:
    found = _any(text, codes=RATES)
    assert [c for c, _ in found] == ["N104"], found
    assert "其后" in found[0][1]


@pytest.mark.parametrize("text", OPENING_RIGHT)
def test_a_share_opening_a_part_clause_that_fits_or_counts_nothing_is_silent(text: str) -> None:
    assert _any(text, codes=RATES) == [], _any(text)
