"""Session 14 (s14-flow): a grant and a refusal told right after an accepted figure, in its
statement (「受理…申请1,208件，…同意救助1,067件，因不符合条件不予批准163件」), are decisions on
what was accepted: together they cannot be more, unless the text names cases carried over — a
warning, the link rests on the order of the figures (relations/flow.py ``_decision_pairs``).

Every sentence is written for these tests; the arithmetic in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import findings as _any

PAIRS_WRONG = [
    # 1,067 + 163 = 1,230 > 1,208
    "区民政局全年受理困难群众救助申请1,208件，经入户核查，同意救助1,067件，因不符合条件不予批准163件。",
    # 846 + 71 = 917 > 905
    "区行政审批局全年受理建设工程施工许可申请905件，准予许可846件，不予许可71件，平均办理时限3.2个工作日。",
    # 388 + 24 = 412 > 406
    "县人社局全年受理技能补贴申请406件，经审核批准发放388件，不予发放24件，发放补贴金额61.3万元。",
    # 129 + 17 = 146 > 140
    "区司法局全年受理法律援助申请140件，经审查给予法律援助129件，不予援助17件。",
    # 57 + 9 = 66 > 63
    "县自然资源局全年受理农村宅基地审批申请63件，经审查同意审批57件，因超出规划范围不同意9件。",
    # 2,314 + 96 = 2,410 > 2,398
    "市场监管局全年受理企业设立申请2,398件，核准设立2,314件，驳回申请96件，全程电子化率达97%。",
    # 731 + 58 = 789 > 776
    "县教育局全年受理教师资格认定申请776件，认定合格731件，不予认定58件，认定结果均已公示。",
    # 214 + 13 = 227 > 219
    "区卫生健康委全年受理医疗机构执业登记申请219件，准予登记214件，不予登记13件。",
]

PAIRS_RIGHT = [
    # 1,045 + 163 = 1,208
    "区民政局全年受理困难群众救助申请1,208件，经入户核查，同意救助1,045件，因不符合条件不予批准163件。",
    # carry-over named: 846 + 71 = 917 ≤ 905 + 15 = 920
    "区行政审批局全年受理建设工程施工许可申请905件，加上上年结转15件，准予许可846件，不予许可71件。",
    # the refusal is of intake (不予受理), outside the accepted: 388 ≤ 406
    "县人社局全年受理技能补贴申请406件，经审核批准发放388件，对材料不全的24件不予受理。",
    # a grant alone: 129 ≤ 140
    "区司法局全年受理法律援助申请140件，经审查给予法律援助129件，为受援人挽回损失213万元。",
    # the second figure is of another unit (户): no pair of decisions
    "县自然资源局全年受理农村宅基地审批申请63件，经审查同意审批57件，涉及农户57户。",
    # the decisions are in the next statement (。): not read as this one's
    "市场监管局全年受理企业设立申请2,398件。上年度积压申请中，核准设立2,314件，驳回申请96件。",
    # 731 + 45 = 776
    "县教育局全年受理教师资格认定申请776件，认定合格731件，不予认定45件，认定结果均已公示。",
    # refusal first, then a grant: 13 + 206 = 219
    "区卫生健康委全年受理医疗机构执业许可申请219件，不予许可13件，准予许可206件。",
]


@pytest.mark.parametrize("text", PAIRS_WRONG)
def test_grant_and_refusal_exceed_the_accepted(text: str) -> None:
    assert _any(text, codes=("N101", "N102", "N107"))


@pytest.mark.parametrize("text", PAIRS_RIGHT)
def test_grant_and_refusal_within_the_accepted(text: str) -> None:
    assert not _any(text, codes=("N101", "N102", "N107"))
