"""False alarms on real published reports, session 10 round 2 (s10-real3: municipal and
provincial governments and their departments).

1. A clause that opens with the whole's own verb while no part before it does states the same
   action of another object — the whole's sibling, not one more part (「共查摆领导班子存在问题
   11个，其中5个突出问题纳入清单，查摆领导个人问题10个」): the list may end before it. A list
   whose parts all restate the verb is not cut, and parts above the whole before the sibling
   are still found.
2. 件均/人均 right after a figure's digits is the figure's unit and the adverb 均 (all:
   「行政处罚358件均为一般程序」), not an average word; an average with nothing to divide (a
   count of 0) reports nothing. Real averages are still checked.

Every sentence is written for these tests (none comes from a report or a set); each carries
the arithmetic done by hand."""

from __future__ import annotations

import pytest
from relation_helpers import found

_PARTS = ("N101", "N102")
_AVERAGE = ("N205",)


def _codes(text: str, family: tuple[str, ...]) -> list[tuple[str, str]]:
    return [(c, m) for c, m in found(text) if c in family]


# --- 1. a clause restating the whole's verb is its sibling --------------------------------

SIBLING_CONSISTENT = [
    # 12 <= 48 (12 + 40 = 52 would exceed it: 40 is a sibling)
    "全年共排查安全隐患48处，其中12处重大隐患挂牌督办，排查消防通道问题40处。",
    # 9 <= 26 (9 + 21 = 30)
    "局党组共梳理廉政风险点26个，其中9个高风险点制定专项防控措施，梳理岗位风险点21个。",
    # 20 <= 65 (20 + 58 = 78)
    "共走访企业65家，其中20家企业反映融资难题，走访个体工商户58家。",
    # 37 <= 140 (37 + 120 = 157)
    "年内共检查餐饮单位140家，其中37家责令整改，检查食品生产企业120家。",
    # 30 <= 90 (30 + 75 = 105)
    "共审核行政执法决定90件，其中30件提出修改意见，审核合同协议75件。",
    # 18 <= 52 (18 + 41 = 59)
    "共收集群众意见建议52条，其中18条已吸纳进政策文件，收集企业诉求41条。",
    # 8 <= 33 (8 + 29 = 37)
    "全年共清理规范性文件33件，其中废止8件，清理政策措施文件29件。",
    # 60 <= 210 (60 + 180 = 240)
    "共培训执法人员210人次，其中新录用人员60人次参加岗前培训，培训网格员180人次。",
]

SIBLING_WRONG = [
    # 30 + 25 = 55 > 48 before the sibling
    "全年共排查安全隐患48处，其中重大隐患30处、一般隐患25处，排查消防通道问题40处。",
    # 29 > 26
    "共梳理廉政风险点26个，其中高风险点29个，梳理岗位风险点21个。",
    # 40 + 31 = 71 > 65
    "共走访企业65家，其中规上企业40家、小微企业31家，走访个体工商户58家。",
    # every part restates the verb: no sibling; 180 + 150 = 330 > 300
    "共受理投诉举报300件，其中受理消费投诉180件，受理价格举报150件。",
    # every part restates the verb: 52 + 45 = 97 > 90
    "共审核行政执法决定90件，其中审核重大执法决定52件，审核一般执法决定45件。",
    # 62 + 85 = 147 > 140
    "年内共检查餐饮单位140家，其中学校食堂62家、集体用餐配送单位85家，检查食品生产企业120家。",
    # 35 + 20 = 55 > 52
    "共收集群众意见建议52条，其中采纳35条、部分采纳20条，收集企业诉求41条。",
    # 130 + 95 = 225 > 210
    "共培训执法人员210人次，其中线上培训130人次、线下培训95人次，培训网格员180人次。",
]


@pytest.mark.parametrize("text", SIBLING_CONSISTENT)
def test_sibling_statement_is_no_part(text: str) -> None:
    assert _codes(text, _PARTS) == []


@pytest.mark.parametrize("text", SIBLING_WRONG)
def test_parts_above_the_whole_still_found(text: str) -> None:
    assert [c for c, _ in _codes(text, _PARTS)] == ["N101"]


# --- 2. a unit followed by the adverb 均 is no average -------------------------------------

UNIT_ALL_CONSISTENT = [
    # 30件均已出具: 30 ÷ 3 = 10 is no average of 12
    "审查规范性文件3件、行政合同30件均已出具书面意见、备案审查12件。",
    # 60件均为: 60 ÷ 4 = 15 is no average of 9
    "录入行政检查4件、行政处罚60件均为一般程序、行政强制9件。",
    # 12人均参与: 300 ÷ 12 = 25 is no average of 40
    "抽调执法人员12人均参与专项整治、查处案件300件、立案40件。",
    # 8人均签订: 400 ÷ 8 = 50 is no average of 30
    "选派驻村律师8人均签订协议、解答咨询400件、代写文书30件。",
    # 46件均经: 46 ÷ 2 = 23 is no average of 11
    "办理听证2件、重大案件46件均经集体讨论、法制审核11件。",
    # 75件均已: 75 ÷ 3 = 25 is no average of 8
    "化解积案3件、新发案件75件均已结案、督办8件。",
    # 15人均通过: 450 ÷ 15 = 30 is no average of 12
    "组织调解员15人均通过培训、排查纠纷450件、化解疑难纠纷12件。",
    # a count of 0 after 均为, a count of 0 in the sentence before: nothing to divide
    # (720 + 140 + 0 = 860)
    "全年办理执法事项860件，其中检查720件、处罚140件、强制0件。平台录入检查700件、处罚130件均为"
    "一般程序、强制0件，录入率97%。",
]

AVERAGE_WRONG = [
    # 1,240 ÷ 20 = 62, not 80
    "全年共办理行政处罚案件1,240件，执法人员20人，人均办案80件。",
    # 3,600,000 ÷ 1,500 = 2,400, not 3,000
    "共发放救助金360万元，惠及困难群众1,500人，人均发放3,000元。",
    # 9,000 ÷ 12 = 750, not 1,000
    "窗口全年受理业务9,000件，工作人员12人，人均受理1,000件。",
    # 640 ÷ 16 = 40, not 50
    "共化解纠纷640件，调解员16名，人均化解50件。",
    # 900,000 ÷ 3,000 = 300, not 400
    "投入普法经费90万元，覆盖群众3,000人，人均投入400元。",
    # 480 ÷ 8 = 60, not 80
    "共审查合同480份，法律顾问8名，人均审查80份。",
    # 560 ÷ 7 = 80, not 90
    "全年办理法律援助案件560件，援助律师7名，人均办理90件。",
    # 2,400,000 ÷ 1,200 = 2,000, not 3,000
    "共补贴农户1,200户，发放资金240万元，户均发放3,000元。",
]


@pytest.mark.parametrize("text", UNIT_ALL_CONSISTENT)
def test_unit_then_all_is_no_average(text: str) -> None:
    assert _codes(text, _AVERAGE) == []


@pytest.mark.parametrize("text", AVERAGE_WRONG)
def test_real_average_still_found(text: str) -> None:
    assert [c for c, _ in _codes(text, _AVERAGE)] == ["N205"]
