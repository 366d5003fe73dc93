"""A pair split by nature inside a longer list (session 17, s17-pairend; issue 9).

A pair read as complete by nature (予以公开/不予公开, 受理/不予受理, 已办结/未办结) does not end
a list whose further items go on in the same shape — each parted by a semicolon, a short name
of its own, one unit, the same words after each number (a share or none): the whole list is
then the split (relations/partition.py ``_same_shape_on``). A list that turns to another shape
after the pair (a 的-clause, a clause of its own, 另, a 顿号 pair before a semicolon) keeps
the pair as a reading of its own.

Every sentence is written for these tests; the arithmetic in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import findings

CODES = ("N102",)

# the whole list adds up; the pair alone does not: no finding (a false N102 before)
WHOLE_LIST_FITS = [
    # 80+50+40+10+20 = 200 (pair 80+50 = 130 ≠ 200)
    "全年共收到政府信息公开申请200件，均已按时答复，其中予以公开80件、占40%；不予公开50件、占25%；"
    "无法提供40件、占20%；不予处理10件、占5%；其他处理20件、占10%。",
    # 60+20+10 = 90 (pair 60+20 = 80 ≠ 90)
    "全年收到行政复议申请90件，其中受理60件、占66.7%；不予受理20件、占22.2%；申请人撤回10件、占11.1%。",
    # 200+30+20 = 250 (pair 200+30 = 230 ≠ 250)
    "全年共受理行政登记申请250件，其中准予登记200件、占80%；不予登记30件、占12%；补正材料20件、占8%。",
    # 240+40+20 = 300 (pair 240+40 = 280 ≠ 300); no shares: the same empty tail each
    "全年共调解矛盾纠纷300件，其中调解成功240件；调解不成功40件；当事人撤回20件。",
    # 40+25+10 = 75 (pair 40+25 = 65 ≠ 75); 条 as the unit
    "全年办理举报线索75条，其中查实40条；未查实25条；移交纪检监察机关10条。",
    # 90+30+20+10 = 150 (pair 90+30 = 120 ≠ 150)
    "全年共收到信息公开申请150件，其中同意公开90件；不同意公开30件；信息不存在20件；重复申请10件。",
    # 70+20+6+4 = 100 (pair 70+20 = 90 ≠ 100)
    "全年受理行政许可申请100件，其中准予许可70件；不予许可20件；申请人撤回6件；终止办理4件。",
]

# the list stops after the pair, which adds up; what follows is of another shape: no finding
PAIR_ENDS_LIST = [
    # 70+30 = 100; 涉及…的25件 is a 的-clause found among them (100+25 = 125 ≠ 100)
    "全年收到政府信息公开申请100件，其中予以公开70件；不予公开30件；涉及企业经营信息的25件。",
    # 45+15 = 60; 另 adds a statement beside them (60+8 = 68 ≠ 60)
    "全年收到行政复议申请60件，其中受理45件；不予受理15件；另办理行政复议咨询8件。",
    # 1032+813 = 1845; the pair is a 顿号 pair, the item after the semicolon another dimension
    # (1845+206 = 2051 ≠ 1845)
    "全区共有人民调解员1845名，其中男性1032名、女性813名；专职人民调解员206名。",
    # 88+12 = 100; the third figure's name holds a clause of its own (100+40 ≠ 100)
    "全年办理群众来信100件，其中已办结88件；未办结12件；经回访，群众表示满意40件。",
    # 55+25 = 80; shares after the pair but none after the third: another shape (80+9 ≠ 80)
    "全年收到信息公开申请80件，其中予以公开55件、占68.8%；不予公开25件、占31.2%；转办9件。",
    # 30+10 = 40; the third figure opens a statement with a time word (40+12 ≠ 40)
    "全年收到行政复议申请40件，其中受理30件；不予受理10件；截至年底审结12件。",
]


@pytest.mark.parametrize("text", WHOLE_LIST_FITS)
def test_pair_inside_a_list_of_one_shape_ends_no_list(text: str) -> None:
    assert findings(text, codes=CODES) == []


@pytest.mark.parametrize("text", PAIR_ENDS_LIST)
def test_list_of_another_shape_after_the_pair_keeps_the_pair(text: str) -> None:
    assert findings(text, codes=CODES) == []
