"""Session 23 (s23-parts): whole and parts read by the structure of the list, and unit slips.

* a list whose last part is named as the others (其他…, “其他处理”) is complete, whatever the
  verbs of its items, and no reading ends it before that part;
* parts named with one head noun (文字解读/图片解读/视频解读) are siblings: the last is no
  sub-part of the one before (the nested reading of a prefix that adds up);
* 「分项情况为：」 opens a list, and 包含 opens a nested one as 包括 does; the outer list goes
  on past the semicolon that closes the nested one;
* a part followed by a bracket saying what it holds (「正式工401人（含内退95人）」) may leave
  that subset out of the whole: the list is judged in both readings;
* a run of received figures that adds up to the one before them (区直部门收到…，各街道收到…)
  splits it: a later 其中 list and a later stage are of that whole, not of the last part;
* after parts named before their figures, a clause opening with its figure and going on with
  a predicate (「，344件已转有关部门办理」) is a step of a flow: the list may end before it;
* a bare number in a clause after a semicolon (「通过12348热线…」) is no part of a list;
* one part of a sum in the total's unit printed with a decimal point that makes the sum
  exact once dropped (1.53万元 where 153万元 fits) is a unit slip (N201).

Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from relation_helpers import findings

CONTRADICTIONS = [
    # 212 + 150 + 41 + 65 = 468 < 486, the list closed by 其他方式办结
    (
        "全年办结网上留言486件，其中转办相关部门212件、当场答复150件、退回补正41件、其他方式办结65件。",
        "N102",
        "468件",
    ),
    # quoted outcomes closed by “其他处理”: 40 + 12 + 9 + 8 = 69 < 75
    (
        "全年受理复议申请75件，其中“维持”40件、“撤销”12件、“驳回”9件、“其他处理”8件。",
        "N102",
        "69件",
    ),
    # a 按…分类 list after a full stop closed by 其他: 21 + 14 + 10 + 8 = 53 < 56
    (
        "本季度共收到来信56件。按内容分类：城乡建设21件、劳动社保14件、教育医疗10件、其他8件。",
        "N102",
        "53件",
    ),
    # one head noun 信息: 905 + 382 + 35 = 1322 > 1320 (the last part is no sub-part)
    ("全年发布政务信息1,320条，其中文字信息905条，图片信息382条，视频信息35条。", "N101", "1322条"),
    # 30 + 37 = 67 > 64, and without the 2 held in the bracket still 65 > 64
    ("全所共有工作人员64人，其中在编人员30人（含借调2人）、聘用人员37人。", "N101", "67人"),
    # 分项情况为 opens the list: 812 + 143 = 955 > 946
    ("全年罚没款共计946万元。分项情况为：罚款812万元，没收违法所得143万元。", "N101", "955万元"),
    # a decimal point slipped into one part: 115 + 133 + 20 = 268
    (
        "全年法律援助经费投入268万元，其中市级补助115万元，区级配套1.33万元，社会捐助20万元。",
        "N201",
        "133万元",
    ),
    # three parts, the middle one slipped: 830 + 640 + 50 = 1520
    (
        "三项经费合计1520万元，其中办案经费830万元，装备经费6.40万元，培训经费50万元。",
        "N201",
        "640万元",
    ),
]

CONTRADICTIONS += [
    # the outer list goes on past the 包含…等 list of its first part: 300 + 130 = 430 > 420
    (
        "全年公开政府信息共计420条。其中，通过门户网站公开信息共300条，包含政策文件60条、人事信息25条、"
        "财政信息40条等；通过政务新媒体公开信息共130条。",
        "N101",
        "430条",
    ),
    # every part told by a predicate (对其中4件予以公开，1件部分公开): one list, 6 > 5
    ("全年共收到信息公开申请5件，对其中4件予以公开，1件部分公开，1件不予公开。", "N101", "6件"),
]

CONSISTENT = [
    # 96 + 131 = 227, the 12 held by the bracket left out: 215
    "全镇现有网格员215人，其中专职网格员96人（含网格长12人）、兼职网格员131人。",
    # the 包含…等 list is of the 610; 610 + 250 = 860
    "全年主动公开信息共计860条。其中，通过政府网站公开信息共610条，包含政策文件120条、财政信息88条、"
    "人事信息35条等；通过政务新媒体公开信息共250条。",
    # 1530 + 950 = 2480; the 其中 list and the answers are of 2480
    "全年共收到网民留言2,480条，区直部门收到1,530条，各街道收到950条，其中咨询类1,010条、"
    "投诉类1,350条、建议类120条，已答复2,476条，4条正在办理。",
    # a flow told clause by clause: 812 valid = 530 forwarded + 282 answered; 498 ≤ 530
    "全年共收到网民来信1,046件，其中有效信件812件，530件已转相关部门办理，已办结498件，"
    "282件咨询类信件已当场解答。",
    # the list closed by 其他 adds up: 212 + 150 + 41 + 83 = 486
    "全年办结网上留言486件，其中转办相关部门212件、当场答复150件、退回补正41件、其他方式办结83件。",
    # a partial list: no decimal point makes it exact (1.5 → 15: 150 ≠ 268)
    "全年普法经费268万元，其中市级补助115万元，区级配套1.5万元，社会捐助20万元。",
    # two parts: the shifted one would be all the rest (210 + 146 = 356 by chance)
    "全年普法经费356万元，其中区级安排210万元，街道配套14.6万元。",
    # one head noun, adding up: 905 + 380 + 35 = 1320
    "全年发布政务信息1,320条，其中文字信息905条，图片信息380条，视频信息35条。",
    # the hotline's number is no part: 1870 + 1280 = 3150
    "全年公共法律服务共提供服务3,150人次，其中实体平台服务1,870人次；通过12348热线解答咨询1,280人次。",
    # names of no common head: 31 settled during review are of the 64 corrected (nested)
    "审结行政复议案件103件，其中维持39件，纠错64件，审理期间调解31件。",
]

CODES = ("N101", "N102", "N107", "N201")


@pytest.mark.parametrize(("text", "code", "figure"), CONTRADICTIONS)
def test_found(text: str, code: str, figure: str) -> None:
    got = [(c, m) for c, m in findings(text, 2024, CODES) if c == code]
    assert got, findings(text, 2024)
    assert any(figure in message for _, message in got), got


@pytest.mark.parametrize("text", CONSISTENT)
def test_silent(text: str) -> None:
    assert findings(text, 2024, CODES) == [], text
