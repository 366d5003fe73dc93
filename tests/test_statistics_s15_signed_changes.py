"""Session 15 (s15-realfix): changes against another period (同比增加/减少 N) that go on a run
begun by a compared one — 「同比事故起数减少3起、死亡人数减少2人」「同比分别减少2起、增加1人」
「与去年同期相比事故起数(shù)增加2起，上升4.7%，死亡人数减少2人」 — are signed differences,
not counts of their measure: no part of a whole and no whole of parts
(analysis/quantities.py ``_goes_on_changes``, ``_compared_clause``). The counts of the same
sentences stay parts and wholes, so their contradictions are still found.

Every sentence is written for these tests; the arithmetic in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import errors as _errors
from relation_helpers import findings as _any

CHANGES_THAT_FIT = [
    # counts 52 = 47 + 5, 18 = 13 + 5; changes −4 − 1 = −5 (deaths), +3 − 1 = +2 (injured);
    # a part's +3 above the net +2 is no part larger than its whole
    "全市发生道路交通事故52起、死亡18人、受伤31人，同比事故起数减少5起、死亡人数减少5人、受伤人数增加2人。"
    "其中一般事故47起、死亡13人、受伤26人，同比分别减少4起、减少4人、增加3人；较大事故5起、死亡5人、受伤5人，"
    "同比事故起数减少1起、死亡人数减少1人、受伤人数减少1人，未发生重大以上事故。",
    # channels 236 = 81 + 64 + 91; changes +9 − 27 − 3 = −21 (9 + 27 + 3 = 39 > 21 as counts)
    "全年受理来信来访及网上投诉236件，同比减少21件。其中来信81件，同比增加9件；来访64件，同比减少27件；网上投诉91件，同比减少3件。",
    # after 持平 the run goes on: 较大 deaths −2 and injured −3 are changes, not counts of 较大
    "全县发生火灾事故27起、死亡4人，其中较大火灾1起、死亡3人，与上年相比事故起数持平，死亡人数减少2人，受伤人数减少3人。",
    # a comparison whose words a bracket cuts (「起數(shù)增加」): 61 = 58 + 3 counts, changes +4 − 1
    "全州发生各类事故61起、死亡60人，与去年同期相比事故起数(shù)增加3起，上升5.2%，死亡人数(shù)减少2人。"
    "其中一般事故58起、死亡52人，与去年同期相比事故起数(shù)增加4起，死亡人数(shù)减少1人；"
    "较大事故3起、死亡8人，与去年同期相比事故起数(shù)减少1起，死亡人数(shù)减少1人。",
    # 降低/提高 of two measures after one compared: 14 + 6 = 20, changes are not parts
    "全区查处无证经营20户，同比减少6户、罚没款降低3.4万元，其中餐饮类14户、同比减少4户，食品销售类6户、同比减少2户。",
    # 上升 of a rate after a compared count: the 12 and 5 are changes
    "全年办结信访事项318件，同比增加12件、办结率提升5个百分点，其中按期办结301件，超期办结17件。",
    # changes listed with 分别 after 同比: 9 + 4 + 2 = 15 is no sum of the total 73
    "全年受理劳动争议案件73件，同比分别增加9件、结案增加4件、调解增加2件，其中调解结案41件、裁决结案32件。",
    # 下降 then another measure's 减少: 130 = 88 + 42; the changes −7 and −2 are not parts
    "全镇排查安全隐患130处，同比下降7处、整改减少2处，其中一般隐患88处，较大隐患42处。",
]

COUNTS_THAT_DO_NOT_FIT = [
    # injured 26 + 6 = 32 ≠ 31 (changes +3 − 1 = +2 agree)
    "全市发生道路交通事故52起、死亡18人、受伤31人，同比事故起数减少5起、死亡人数减少5人、受伤人数增加2人。"
    "其中一般事故47起、死亡13人、受伤26人，同比分别减少4起、减少4人、增加3人；较大事故5起、死亡5人、受伤6人，"
    "同比事故起数减少1起、死亡人数减少1人、受伤人数减少1人，未发生重大以上事故。",
    # channels named as all three: 81 + 64 + 93 = 238 ≠ 236
    "全年通过来信、来访、网上投诉三个渠道共受理236件，同比减少21件。其中来信81件，同比增加9件；来访64件，同比减少27件；网上投诉93件，同比减少3件。",
    # 70 − 63 = 7, stated 减少8起
    "全县发生火灾事故63起，较上年的70起减少8起，其中住宅火灾41起，同比减少5起。",
    # deaths 52 + 9 = 61 > 60 (the changes +3 and −2 beside them are no parts)
    "全州发生各类事故62起、死亡60人，与去年同期相比事故起数(shù)增加3起，死亡人数(shù)减少2人。"
    "其中一般事故59起、死亡52人，较大事故3起、死亡9人。",
    # 14 + 7 = 21 ≠ 20 households, 餐饮/食品销售 said to be all (分别为)
    "全区查处无证经营20户，同比减少6户，分别为餐饮类14户、食品销售类7户。",
    # 301 + 19 = 320 > 318 concluded (按期 / 超期: all)
    "全年办结信访事项318件，同比增加12件，其中按期办结301件，超期办结19件。",
    # 41 + 34 = 75 > 73 (调解 / 裁决: all)
    "全年受理劳动争议案件73件，同比增加9件，全部审结，其中调解结案41件、裁决结案34件。",
    # a part larger than its whole: 一般隐患 133 > 130
    "全镇排查安全隐患130处，同比下降7处，其中一般隐患133处。",
]


@pytest.mark.parametrize("text", CHANGES_THAT_FIT)
def test_signed_changes_are_no_parts_or_wholes(text: str) -> None:
    assert not _any(text, codes=("N101", "N102"))


@pytest.mark.parametrize("text", COUNTS_THAT_DO_NOT_FIT)
def test_counts_beside_changes_still_checked(text: str) -> None:
    assert _any(text)


def test_a_part_larger_than_its_whole_is_an_error() -> None:
    # 133 > 130: an error, the change 下降7处 takes no part in it
    assert _errors("全镇排查安全隐患130处，同比下降7处，其中一般隐患133处。")
