"""Session 14 (s14-flow): a 其中 part and the figure right after it that negates its words
(属于本级职权范围的 / 不属于本级职权范围的) are the two classes of the whole, even past a clause
end and even when the class names a body (本级): the body is what is said of an item, not a
narrower scope of the split (relations/partition.py ``_group``, ``_narrower_scope``).

Every sentence is written for these tests; the arithmetic in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import findings as _any

PAIR_WRONG = [
    # 412 + 182 = 594 ≠ 587
    "街道全年收到群众来信587件，其中属于本级职权范围的412件，已全部办结；不属于本级职权范围的182件，均已转送有权机关。",
    # 316 + 97 = 413 ≠ 409
    "区市场监管局全年接收投诉举报409件，其中属于本部门管辖的316件，均已依法处理；不属于本部门管辖的97件，已告知投诉人。",
    # 74 + 29 = 103 ≠ 98
    "县司法局全年收到行政执法监督申请98件，其中属于本机关受理范围的74件，已全部审查完毕；不属于本机关受理范围的29件，已移交相关部门。",
    # 221 + 48 = 269 ≠ 265
    "全年收到人民来信265件，其中符合受理条件的221件，已按程序办理；不符合受理条件的48件，均已书面告知。",
    # 1,046 + 87 = 1,133 ≠ 1,128
    "区人社局全年接收劳动保障投诉1,128件，其中属于劳动保障监察范围的1,046件，已全部立案核查；不属于劳动保障监察范围的87件，已引导当事人申请仲裁。",
    # 58 + 14 = 72 ≠ 69
    "镇政府全年收到政府信息公开申请69件，其中属于本级政府公开职责的58件，已全部答复；不属于本级政府公开职责的14件，已告知申请人。",
    # 139 + 23 = 162 ≠ 165
    "全年接到涉企诉求165件，其中属于本单位职责范围的139件，均在时限内办结；不属于本单位职责范围的23件，已转交主管部门。",
    # 802 + 61 = 863 ≠ 866
    "全年受理网格事件866件，其中属于网格内可解决的802件，已当场处置；不属于网格内可解决的61件，已上报街道。",
]

PAIR_RIGHT = [
    # 412 + 175 = 587
    "街道全年收到群众来信587件，其中属于本级职权范围的412件，已全部办结；不属于本级职权范围的175件，均已转送有权机关。",
    # the figure after the first part is of another unit (人次 of visits), not the other class
    "街道全年收到群众来信587件，其中属于本级职权范围的412件，接待来访群众398人次；不属于本级职权范围的175件，均已转送有权机关。",
    # the part after the clause end is of another thing (人次): no pair
    "区市场监管局全年接收投诉举报409件，其中属于本部门管辖的316件；接待不属于本部门管辖的来访群众97人次。",
    # one class only: the rest unsaid
    "县司法局全年收到行政执法监督申请98件，其中属于本机关受理范围的74件，已全部审查完毕。",
    # 本级 as a narrower body: 上半年本级线上 120 + 本级线下 95 < 300, the split of a part only
    "全年受理不动产登记申请300件，其中本级线上受理120件，本级线下受理95件。",
    # a class and its negation with a figure of its own between them (合格 of the 221)
    "全年收到人民来信265件，其中符合受理条件的221件，办结的216件；不符合受理条件的44件，均已书面告知。",
    # 1,046 + 82 = 1,128
    "区人社局全年接收劳动保障投诉1,128件，其中属于劳动保障监察范围的1,046件，已全部立案核查；不属于劳动保障监察范围的82件，已引导当事人申请仲裁。",
    # 58 + 11 = 69
    "镇政府全年收到政府信息公开申请69件，其中属于本级政府公开职责的58件，已全部答复；不属于本级政府公开职责的11件，已告知申请人。",
]


@pytest.mark.parametrize("text", PAIR_WRONG)
def test_a_class_and_its_negation_add_up(text: str) -> None:
    # (a class named by 受理 — 符合受理条件的, 不属于本机关受理范围的 — and its negation are the
    # accepted and the refused: the flow rule reports their sum above the received, N103, once)
    assert _any(text, codes=("N101", "N102", "N103"))


@pytest.mark.parametrize("text", PAIR_RIGHT)
def test_a_class_and_its_negation_that_fit_or_no_pair(text: str) -> None:
    assert not _any(text, codes=("N101", "N102"))
