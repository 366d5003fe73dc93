"""均 of an average is no word of overlap (session 12, s12-missA).

「部分人员两种方式均参加」 says the parts of a list may count one person twice (numbers.toml
``clauses.overlap``: 均参加); 「人均参加培训60学时」「年均参加…」 is an average and says nothing
of the list, so a split by nature (男/女, 线上/线下) beside it must still add up.

Every sentence is written for these tests (none from a blind set); each verdict was derived by
hand (the arithmetic is in the comment above it)."""

from __future__ import annotations

import pytest
from relation_helpers import errors as _errors
from relation_helpers import findings as _any

WRONG = [
    # 31+13 = 44 > 42
    "执法队现有持证执法人员42名，其中男性31名、女性13名，全年人均参加执法业务培训不少于60学时。",
    # 27+18 = 45 > 43
    "全局共有公职律师43名，其中男性27名、女性18名，年均参加业务培训40学时以上。",
    # 58+49 = 107 > 105
    "全年举办法治讲座105场，其中线上58场、线下49场，干部职工人均参加4.2场。",
    # 112+96 = 208 > 206
    "全区人民调解员206名，其中专职112名、兼职96名，人均参加调解业务培训3次。",
    # 14+9 = 23 > 21
    "司法所现有工作人员21名，其中男性14名、女性9名，平均参加庭审旁听2次。",
    # 36+25 = 61 > 58
    "全年组织执法资格考试58人次，其中线上36人次、线下25人次，人均参加考试1.1次。",
    # 205+187 = 392 > 389
    "全年办理行政许可389件，其中线上205件、线下187件，户均参加现场核查0.3次。",
    # 64+71 = 135 > 133
    "全镇网格员133名，其中男性64名、女性71名，月均参加例会1次。",
]

RIGHT = [
    # 31+11 = 42
    "执法队现有持证执法人员42名，其中男性31名、女性11名，全年人均参加执法业务培训不少于60学时。",
    # 27+16 = 43
    "全局共有公职律师43名，其中男性27名、女性16名，年均参加业务培训40学时以上。",
    # both ways counted: 58+49 = 107 > 105 is fine when some attended both (两种方式均参加)
    "全年参训干部105人，其中参加线上培训58人、参加线下培训49人，部分人员两种方式均参加。",
    # 112+94 = 206
    "全区人民调解员206名，其中专职112名、兼职94名，人均参加调解业务培训3次。",
    # 14+7 = 21
    "司法所现有工作人员21名，其中男性14名、女性7名，平均参加庭审旁听2次。",
    # the same overlap said by 同时参加: 36+25 = 61 > 58
    "全年参加考试的执法人员58名，其中参加线上考试36名、参加线下考试25名，有3名同时参加两种考试。",
    # 205+184 = 389
    "全年办理行政许可389件，其中线上205件、线下184件，户均参加现场核查0.3次。",
    # 62+71 = 133
    "全镇网格员133名，其中男性62名、女性71名，月均参加例会1次。",
]


@pytest.mark.parametrize("text", WRONG)
def test_split_beside_an_average_must_add_up(text: str) -> None:
    assert {code for code, _ in _any(text)} & {"N101", "N102"}


@pytest.mark.parametrize("text", RIGHT)
def test_split_that_adds_up_or_is_said_to_overlap(text: str) -> None:
    assert not [f for f in _any(text) if f[0] in ("N101", "N102")]
    assert not _errors(text)
