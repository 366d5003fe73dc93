"""Session 27 (quiet): readings the text does not force are no errors — the items of a
breakdown that each carry their own share are not each other's bases, a share whose own
clause names its subject counts no earlier figure, items counted in another measure word
belong to the list, a concluded figure said to hold a carry-in is over more than the intake,
and a rate named for a time limit counts only what met it. Sentences written for these rules
(not copies of fixture cases): each contradiction must still be reported, each consistent
statement must stay silent."""

from __future__ import annotations

import pytest

from tests.relation_helpers import errors, findings

CONTRADICTIONS = [
    # a stated whole before a part-share breakdown: 12 ÷ 120 = 10%, not 15%
    (
        "全年作出答复120件，其中予以公开60件，占50%；不予公开12件，占15%；无法提供48件，占40%。",
        "N104",
        "12÷120＝10%",
    ),
    # a bracket between an item and its share is an aside: 150 ÷ 400 = 37.5%, not 40%
    (
        "共审结案件400件，其中判决结案200件（其中缺席判决20件），占50%；调解结案150件，占40%；"
        "撤诉50件，占12.5%。",
        "N104",
        "150÷400＝37.5%",
    ),
    # 约 before 占 with the part's figure in its own clause group: 180 ÷ 600 = 30%
    ("受理投诉600件，其中物业类投诉180件，约占35%。", "N104", "180÷600＝30%"),
    # items in another measure word do not excuse parts above the whole: 120 + 420 > 500
    (
        "发布政务信息500条，其中政策文件120条，专题访谈6期，工作动态420条。",
        "N101",
        "540条",
    ),
    # a carry-in only lowers a closure rate: at most 400 ÷ 500 = 80%
    ("全年新收劳动争议案件500件，审结400件（含上年结转），结案率为95%。", "N104", "400÷500＝80%"),
    # a rate named for a time limit over figures that name it: 70 ÷ 88 = 79.55%
    (
        "共受理行政复议申请88件，法定期限内审结70件，法定期限内结案率90%。",
        "N104",
        "70÷88＝79.55%",
    ),
    # the plain rate is untouched
    ("受理申请150件，办结120件，办结率90%。", "N104", "120÷150＝80%"),
    # a part-share list after an opening total, the count right before its share
    (
        "共办理法律援助案件250件。其中民事案件150件，占60%；刑事案件80件，占36%；行政案件20件，"
        "占8%。",
        "N104",
        "80÷250＝32%",
    ),
]

WARNINGS = [
    # a share its siblings (and the stated total) disagree with, brackets between items and
    # their shares skipped: 4 ÷ 20 = 20%, not 30%
    (
        "全年受理政府信息公开申请20件。予以公开10件（主动公开4件，依申请公开6件），占50%；"
        "无法提供4件（咨询），占30%，其他6件（申请人撤回），占30%。",
        "N104",
        "4÷20＝20%",
    ),
]

CONSISTENT = [
    # shares of a whole never stated (70): no item, no sum of items is another's base
    "本年度办结的申请中，同意公开35件，占50%；不同意公开7件，占10%；信息不存在21件，占30%；"
    "其他7件，占10%。",
    # a bracket inside an item: 66 ÷ 120 = 55%
    "全年审结复议案件120件。维持66件（其中部分维持6件），占55%；撤销24件，占20%；驳回30件，占25%。",
    # a 其中 part of an item told between the items is no base of the next item
    "在审结案件中，调解结案的有300件，占50%，其中当庭调解的210件，诉前调解的90件；判决结案的240件，"
    "占40%；撤诉的60件，占10%。",
    # shares whose subjects have no figure of their own (约占)
    "去年共接报投诉5万余件，办结47000余件，其中物业类投诉约占18%、噪声类投诉约占25%。",
    "全区共排查矛盾纠纷2100余件，调处成功1980余件，其中土地纠纷约占12%，劳资纠纷约占20%。",
    # items in 期 and 场 complete the list of 条: 120 + 6 + 4 + 730 = 860
    "全年在门户网站发布政务信息860条，其中政策文件120条，专题访谈6期，新闻发布会4场，工作动态730条。",
    # a concluded figure holding a carry-in: 460 ÷ 500 bounds the rate from above only
    "全年新收劳动争议案件500件，审结460件（含上年结转），结案率为85%。",
    # a rate of what met a time limit, over figures that do not name it
    "共受理行政复议申请88件，已审结70件，法定期限内结案率100%。",
    "今年以来受理人事争议案件260件，已办结150件，仲裁时效内结案率达100%。",
]


@pytest.mark.parametrize(("text", "code", "shown"), CONTRADICTIONS)
def test_contradiction_is_an_error(text: str, code: str, shown: str) -> None:
    found = errors(text)
    assert any(c == code and shown in m for c, m in found), found


@pytest.mark.parametrize(("text", "code", "shown"), WARNINGS)
def test_contradiction_is_a_warning(text: str, code: str, shown: str) -> None:
    found = findings(text)
    assert any(c == code and shown in m for c, m in found), found


@pytest.mark.parametrize("text", CONSISTENT)
def test_consistent_is_silent(text: str) -> None:
    assert findings(text) == []
