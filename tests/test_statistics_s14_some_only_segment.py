"""Session 14 (s14-flow): a 其中 list cut at a clause end into a part-year part and a segment
by another dimension (「其中上半年391件；受援人群主要为农民工314件、…」): the later segment, said
to name some of the whole (主要, 等), need not add up to it — it only may not exceed it; a
segment not so said still must add up (relations/partition.py ``other_splits``).

Every sentence is written for these tests; the arithmetic in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import errors as _errors
from relation_helpers import findings as _any

SEGMENT_WRONG = [
    # the segment exceeds the whole: 514 + 197 + 126 = 837 > 826
    "全年办理法律援助案件826件，其中上半年391件；受援人群主要为农民工514件、未成年人197件、老年人126件。",
    # 418 + 263 = 681 > 675
    "全年受理劳动争议案件675件，其中第一季度152件；争议类型主要为劳动报酬418件、解除合同263件。",
    # 等 after the segment, still over: 212 + 130 + 77 = 419 > 411
    "全年调解矛盾纠纷411件，其中下半年226件；婚姻家庭纠纷212件、邻里纠纷130件、损害赔偿纠纷77件等。",
    # the part-year part above the whole: 530 > 518
    "全年受理消费投诉518件，其中上半年530件；投诉主要集中在预付式消费162件、网络购物141件。",
    # 主要 segment over: 96 + 61 + 40 = 197 > 190
    "全年受理行政复议申请190件，其中第三季度47件；主要为行政处罚类96件、行政强制类61件、信息公开类40件。",
    # an exact segment (no 主要/等) by nature that falls short: 线上 302 + 线下 211 = 513 ≠ 520
    "全年受理法律咨询520件，其中上半年248件；线上咨询302件，线下咨询211件。",
    # over again with 等: 315 + 208 = 523 > 516
    "全年审查合同516份，其中第四季度131份；主要为采购合同315份、租赁合同208份等。",
    # a segment by nature over: 一审 93 + 二审 41 = 134 > 131
    "全年办理行政诉讼案件131件，其中上半年66件；一审案件93件，二审案件41件。",
]

SEGMENT_RIGHT = [
    # 314 + 97 + 126 = 537 ≤ 826, 主要
    "全年办理法律援助案件826件，其中上半年391件；受援人群主要为农民工314件、未成年人97件、老年人126件。",
    # 418 + 203 = 621 ≤ 675, 主要
    "全年受理劳动争议案件675件，其中第一季度152件；争议类型主要为劳动报酬418件、解除合同203件。",
    # 212 + 90 + 77 = 379 ≤ 411, 等
    "全年调解矛盾纠纷411件，其中下半年226件；婚姻家庭纠纷212件、邻里纠纷90件、损害赔偿纠纷77件等。",
    # 162 + 141 = 303 ≤ 518
    "全年受理消费投诉518件，其中上半年230件；投诉主要集中在预付式消费162件、网络购物141件。",
    # 96 + 41 + 40 = 177 ≤ 190
    "全年受理行政复议申请190件，其中第三季度47件；主要为行政处罚类96件、行政强制类41件、信息公开类40件。",
    # 309 + 211 = 520
    "全年受理法律咨询520件，其中上半年248件；线上咨询309件，线下咨询211件。",
    # 315 + 188 = 503 ≤ 516, 等
    "全年审查合同516份，其中第四季度131份；主要为采购合同315份、租赁合同188份等。",
    # 90 + 41 = 131
    "全年办理行政诉讼案件131件，其中上半年66件；一审案件90件，二审案件41件。",
]


@pytest.mark.parametrize("text", SEGMENT_WRONG)
def test_a_segment_after_a_part_year_part_that_does_not_fit(text: str) -> None:
    assert _any(text, codes=("N101", "N102"))


@pytest.mark.parametrize("text", SEGMENT_RIGHT)
def test_a_segment_said_to_be_some_may_fall_short(text: str) -> None:
    assert not _errors(text)
