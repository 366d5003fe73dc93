"""Session 14 (s14-flow): a 其中 list ends at a clause end after which a clause naming a
dimension opens (「其中第一季度238件；按案件类别分，刑事…」): the figures after it are a split
of their own, judged against the whole before the list, not against the list's part
(relations/partition.py ``_end_at_dimension``, ``_dimension_groups``).

Every sentence is written for these tests; the arithmetic in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import errors as _errors
from relation_helpers import findings as _any

DIMENSION_WRONG = [
    # 按层级分 (closed): 61 + 318 + 545 = 924 ≠ 930
    "全年调处矛盾纠纷930件，其中上半年402件；按层级分，区级61件、街道级318件、社区级545件。",
    # 按案件类别分: 307 + 451 + 26 = 784 > 779
    "全年办理法律援助案件779件，其中第四季度188件；按案件类别分，刑事案件307件、民事案件451件、行政案件26件。",
    # 从申请渠道看 (线上/线下): 512 + 397 = 909 ≠ 915
    "全年受理政务服务投诉915件，其中涉企投诉236件；从申请渠道看，线上申请512件、线下申请397件。",
    # 按性别分: 88 + 61 = 149 ≠ 152
    "全区招录执法辅助人员152名，其中退役军人37名；按性别分，男性88名、女性61名。",
    # 按许可类型分: 1,102 + 986 + 604 = 2,692 > 2,680
    "全年办理行政许可事项2,680件，其中网上办理2,091件；按许可类型分，企业设立类1,102件、经营许可类986件、建设工程类604件。",
    # 从年龄结构看 (closed), bands from 以下 to 以上: 211 + 406 + 97 = 714 ≠ 720
    "全市现有人民调解员720名，其中专职调解员164名；从年龄结构看，35岁以下的211名、35岁至55岁的406名、55岁以上的97名。",
    # 按程序分: 一般程序 / 简易程序 by nature: 143 + 392 = 535 ≠ 541
    "全年作出行政处罚决定541件，其中涉企案件208件；按程序分，一般程序案件143件、简易程序案件392件。",
    # 按层级划分 with the count (三级): 12 + 87 + 305 = 404 ≠ 410
    "全县现有法律明白人410名，其中女性176名；按县、乡、村三级划分，县级12名、乡级87名、村级305名。",
]

DIMENSION_RIGHT = [
    # 61 + 318 + 551 = 930
    "全年调处矛盾纠纷930件，其中上半年402件；按层级分，区级61件、街道级318件、社区级551件。",
    # 307 + 446 + 26 = 779
    "全年办理法律援助案件779件，其中第四季度188件；按案件类别分，刑事案件307件、民事案件446件、行政案件26件。",
    # 518 + 397 = 915
    "全年受理政务服务投诉915件，其中涉企投诉236件；从申请渠道看，线上申请518件、线下申请397件。",
    # 91 + 61 = 152
    "全区招录执法辅助人员152名，其中退役军人37名；按性别分，男性91名、女性61名。",
    # 主要 leaves the dimension open: 1,102 + 986 = 2,088 < 2,680
    "全年办理行政许可事项2,680件，其中网上办理2,091件；按许可类型分，主要为企业设立类1,102件、经营许可类986件等。",
    # 217 + 406 + 97 = 720
    "全市现有人民调解员720名，其中专职调解员164名；从年龄结构看，35岁以下的217名、35岁至55岁的406名、55岁以上的97名。",
    # 149 + 392 = 541
    "全年作出行政处罚决定541件，其中涉企案件208件；按程序分，一般程序案件149件、简易程序案件392件。",
    # a 其中 list going on after ； with no dimension: a partial list, 402 + 318 < 930
    "全年调处矛盾纠纷930件，其中上半年402件；街道调委会调处318件，成功率98.4%。",
]


@pytest.mark.parametrize("text", DIMENSION_WRONG)
def test_a_split_by_a_dimension_after_a_list(text: str) -> None:
    assert _any(text, codes=("N101", "N102"))


@pytest.mark.parametrize("text", DIMENSION_RIGHT)
def test_a_split_by_a_dimension_after_a_list_that_fits(text: str) -> None:
    assert not _any(text, codes=("N101", "N102"))
    assert not _errors(text)
