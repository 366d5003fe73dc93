"""Session 14 (s14-flow): a scope told by a figure and the noun it counts right before 中，
(「全镇19个村（社区）中，」, a bracket qualifying the noun; the scope's only figure) names the set
the two or more figures after it are drawn from: together they cannot exceed it
(relations/partition.py ``_counts_before_scope``; one figure alone is the containment rule's).

Every sentence is written for these tests; the arithmetic in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import findings as _any

SCOPE_WRONG = [
    # 17 + 3 = 20 > 19
    "全镇19个村（社区）中，已签订法律顾问服务协议的村（社区）达到17个，尚未签约的3个计划于次年完成签约。",
    # 24 + 3 = 27 > 26
    "全县26个乡镇中，已建成标准化司法所的24个，正在建设的3个，年底前全部投入使用。",
    # 118 + 14 = 132 > 128
    "全区128个行政村中，已配备专职法律明白人的118个，尚未配备的14个已列入计划。",
    # 41 + 9 = 50 > 47
    "全市47个执法部门中，已完成执法事项清单公布的41个，正在修订的9个。",
    # 63 + 11 = 74 > 72
    "辖区72家重点企业中，已开展合规体检的63家，未开展的11家已发函督促。",
    # 15 + 5 = 20 > 18
    "全县18个县直单位中，已落实法律顾问制度的15个，尚未落实的5个已约谈提醒。",
    # 191 + 16 = 207 > 204
    "全区204所中小学校（幼儿园）中，已聘任法治副校长的191所，正在选聘的16所。",
    # 36 + 8 = 44 > 42
    "全街道42个小区中，已成立业主委员会的36个，正在筹备的8个。",
]

SCOPE_RIGHT = [
    # 16 + 3 = 19
    "全镇19个村（社区）中，已签订法律顾问服务协议的村（社区）达到16个，尚未签约的3个计划于次年完成签约。",
    # 23 + 3 = 26
    "全县26个乡镇中，已建成标准化司法所的23个，正在建设的3个，年底前全部投入使用。",
    # another unit (名) after the scope: people, not villages
    "全区128个行政村中，共配备法律明白人1,136名，平均每村8.9名。",
    # no comma after 中: 「推进30个城中村改造」 names no set
    "全区推进30个城中村改造，拆除违法建设42处，其中依法强制拆除9处。",
    # 41 + 6 = 47
    "全市47个执法部门中，已完成执法事项清单公布的41个，正在修订的6个。",
    # a partial list: 63 ≤ 72
    "辖区72家重点企业中，已开展合规体检的63家，发现问题隐患218个，均已反馈整改。",
    # 198 ≤ 204
    "全区204所中小学校（幼儿园）中，已聘任法治副校长的198所，其余学校正在选聘。",
    # two sets joined before 中: 20 is of 23 + 8, not of the 8
    "全镇23个行政村和8个社区中，已签约的20个，正在洽谈的6个。",
    # 次 are visits, not the 42 小区
    "全街道42个小区中，开展物业纠纷调解进小区活动96次，化解纠纷57件。",
]


@pytest.mark.parametrize("text", SCOPE_WRONG)
def test_figures_drawn_from_a_counted_set_fit_it(text: str) -> None:
    assert _any(text, codes=("N101", "N102"))


@pytest.mark.parametrize("text", SCOPE_RIGHT)
def test_figures_drawn_from_a_counted_set_that_fit(text: str) -> None:
    assert not _any(text, codes=("N101", "N102"))
