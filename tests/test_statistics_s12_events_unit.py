"""场 and 场次 count the same events (session 12, s12-missA).

numbers.toml ``units.same.events``: 「举办讲座86场次，其中线上39场、线下52场」 is one unit, so a
split by nature must add up and a table column 「场次」 holds the text's 「146场」. 人 and 人次
stay apart (people and their attendances), and so do 个 and 家 (one set named two ways, yet
12个 beside 8家 may count other things).

Every sentence is written for these tests (none from a blind set); each verdict was derived by
hand (the arithmetic is in the comment above it)."""

from __future__ import annotations

import pytest
from relation_helpers import errors as _errors
from relation_helpers import findings as _any

TABLE = "\n活动类别\t场次\n宪法宣传\t164\n民法典宣传\t203\n其他专题宣传\t127\n合计\t494"

WRONG = [
    # 39+52 = 91, not 86 (线上/线下)
    "全年举办法治讲座86场次，其中线上39场、线下52场。",
    # 18+25+31 = 74, not 72 (分别为)
    "全年开展送法下乡活动72场次，分别为进村18场、进社区25场、进企业31场。",
    # 120+87 = 207, not 201
    "全年组织庭审旁听201场，其中线上120场次、线下87场次。",
    # 46+59 = 105, not 102
    "全年开展普法文艺演出102场次，其中城区46场、农村59场，覆盖群众3万余人次。",
    # table: 宪法宣传 146 in the text, 164 in the table
    "全年开展宪法宣传活动146场，分类情况见下表。" + TABLE,
    # table: 民法典宣传 230 in the text, 203 in the table
    "民法典宣传活动场次最多，达230场，分类情况见下表。" + TABLE,
    # 12+9+7 = 28, not 26 (分别为)
    "全年召开听证会26场次，分别为价格听证12场、行政处罚听证9场、重大决策听证7场。",
    # 33+40 = 73, not 71
    "全年举办业务培训71场次，其中线上33场、线下40场。",
]

RIGHT = [
    # 39+47 = 86
    "全年举办法治讲座86场次，其中线上39场、线下47场。",
    # 18+25+29 = 72
    "全年开展送法下乡活动72场次，分别为进村18场、进社区25场、进企业29场。",
    # people and their attendances stay apart: 800+500 = 1300 人 is no part of 1200 人次
    "全年培训1200人次，其中党员干部800人、群众500人。",
    # table and text agree: 164
    "全年开展宪法宣传活动164场，分类情况见下表。" + TABLE,
    # 个 and 家 stay apart: 12 streets and 8 firms are no split of 18
    "全年检查18个单位，其中12个街道，另抽查企业8家。",
    # 46+56 = 102
    "全年开展普法文艺演出102场次，其中城区46场、农村56场，覆盖群众3万余人次。",
    # a partial list of 场 under 场次: 12+9 = 21 < 26, not said to be all
    "全年召开听证会26场次，其中价格听证12场、行政处罚听证9场。",
    # 27+35 = 62
    "全年举办业务培训62场次，其中线上27场、线下35场。",
]


@pytest.mark.parametrize("text", WRONG)
def test_events_counted_in_either_word(text: str) -> None:
    assert {code for code, _ in _any(text)} & {"N101", "N102", "N401"}


@pytest.mark.parametrize("text", RIGHT)
def test_events_that_agree_and_units_that_stay_apart(text: str) -> None:
    assert not [f for f in _any(text) if f[0] in ("N101", "N102", "N401")]
    assert not _errors(text)
