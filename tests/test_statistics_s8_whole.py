"""Flow and whole/parts, session 8 (issue 9): the year's stock (新收 + 上年结转 = 审结 +
未结) told over sentences and paragraphs in any order, with the figure still open named
before its count (「尚在审理期限内的案件34件」) and a part of the concluded between; and a
split by nature (普通/简易程序, 线上/线下) told after a semicolon, after a clause naming its
dimension (「在审理程序上，」) or after figures that cannot be its whole.

Every sentence is written for these tests (none comes from a blind set), for varied bodies;
each carries the verdict derived by hand. Paragraphs are separated by newlines; several cases
put an unrelated paragraph between the figures they link."""

from __future__ import annotations

import pytest
from relation_helpers import found

_FLOW = ("N101", "N102", "N103", "N107")


def _codes(text: str) -> list[tuple[str, str]]:
    return [(c, m) for c, m in found(text) if c in _FLOW]


# --- 1. the year's stock over sentences and paragraphs -----------------------------------

STOCK_WRONG = [
    # the open figure named before its count, across paragraphs with a remark between
    # (148 + 12 = 160, 139 + 19 = 158)
    "区人社局劳动保障监察大队全年新立案件148件，另有上年结转案件12件。\n"
    "加强执法人员培训，组织业务学习。\n"
    "截至年底，已结案件139件，尚在办理期限内的案件19件。",
    # the carried-in figure opens the later sentence; a refusal beside the intake is no
    # intake (64 + 7 = 71, 66 + 6 = 72)
    "区税务局全年受理税务行政复议申请64件，对不符合条件的5件作出不予受理决定。"
    "复议办理方面，上年结转7件，全年审结66件，年末尚未审结6件。",
    # the same across paragraphs with a paragraph of rates between (196 + 11 = 207, 190 + 16)
    "区政府全年收到行政复议申请214件，依法受理196件，对不符合受理条件的18件作出不予受理决定。\n"
    "行政机关负责人出庭应诉率达100%。\n"
    "复议办理方面，上年结转11件，本年度审结190件，年末尚未审结16件。",
    # a change between the intake and the carried-in figure, a part of the concluded
    # between them and the open one (203 + 9 = 212, 198 + 16 = 214)
    "区应急管理局全年新收行政处罚案件203件，同比增长6.2%，另有上年结转9件。\n"
    "审结行政处罚案件198件，其中从轻处罚的41件，截至年底尚有16件正在办理中。",
    # 将结转至下一年度 after the open figure, money beside the intake (88 + 4 = 92, 86 + 8)
    "区卫健委全年新收医疗纠纷调解申请88件，上年结转4件，调解涉及金额612万元。\n"
    "开展医患沟通培训。\n"
    "全年办结86件，年末尚有未结申请8件将结转至下一年度继续办理。",
    # the carried-in figure in the next sentence (35 + 3 = 38, 34 + 5 = 39)
    "区教育局全年受理教育行政复议申请35件。上年结转3件，本年度办结34件，年末未办结5件。",
    # 积存 and 仍在调查中的 (1,206 + 58 = 1,264; 1,180 + 90 = 1,270)
    "街道综合执法队全年新立案件1,206件，上年积存案件58件。\n"
    "截至12月31日，已办结1,180件，仍在调查中的案件90件。",
    # within one paragraph, two sentences (42 + 5 = 47, 40 + 6 = 46)
    "区公安分局全年新收行政复议案件42件，另有上年结转案件5件。"
    "全年审结行政复议案件40件，尚在审理期限内的案件6件。",
]

STOCK_CONSISTENT = [
    # balanced (148 + 12 = 141 + 19)
    "区人社局劳动保障监察大队全年新立案件148件，另有上年结转案件12件。\n"
    "加强执法人员培训，组织业务学习。\n"
    "截至年底，已结案件141件，尚在办理期限内的案件19件。",
    # the open figure counts other things (信访事项), not the stock
    "区人社局劳动保障监察大队全年新立案件148件，另有上年结转案件12件。"
    "截至年底，已结案件139件，尚在办理中的信访事项21件。",
    # balanced with the refusal beside the intake (196 + 11 = 190 + 17)
    "区政府全年收到行政复议申请214件，依法受理196件，对不符合受理条件的18件作出不予受理决定。\n"
    "复议办理方面，上年结转11件，本年度审结190件，年末尚未审结17件。",
    # open at another time (上年同期)
    "区应急管理局全年新收行政处罚案件203件，另有上年结转9件。"
    "审结行政处罚案件198件，上年同期尚有16件正在办理中。",
    # a part of the concluded still open (其中涉企案件)
    "区市场监管局全年新收行政处罚案件203件，另有上年结转9件。"
    "审结行政处罚案件200件，其中涉企案件尚有10件在审理中。",
    # an approximate intake (300余件: 290 + 31 - 20 = 301 fits)
    "区司法局全年新收行政复议案件300余件，上年结转20件。截至年底审结290件，尚在审理期限内的案件31件。",
    # the concluded hold the carried-in cases (含上年结转5件): the cases carried in may be
    # more than 5, so 61 + 3 = 58 + 6 is possible
    "规范行政应诉工作，全年审结行政诉讼案件61件（含上年结转5件），新收行政诉讼案件58件，年末未审结3件。",
    # balanced across sentences with a rate between (88 + 4 = 84 + 8)
    "区卫健委全年新收医疗纠纷调解申请88件，上年结转4件，同比增长3.1%。"
    "全年办结84件，年末尚有未结申请8件将结转至下一年度继续办理。",
]


@pytest.mark.parametrize("text", STOCK_WRONG)
def test_stock_over_sentences_wrong(text: str) -> None:
    got = _codes(text)
    assert any(c in ("N101", "N102") for c, _ in got), got
    # the message shows both sums
    assert any("收结不平衡" in m or "多于新收与结转之和" in m for _, m in got), got


@pytest.mark.parametrize("text", STOCK_CONSISTENT)
def test_stock_over_sentences_consistent(text: str) -> None:
    assert _codes(text) == []


def test_stock_message_names_every_figure() -> None:
    text = STOCK_WRONG[0]
    (msg,) = [m for c, m in _codes(text) if c == "N102"]
    for figure in ("148件", "12件", "160件", "139件", "19件", "158件"):
        assert figure in msg


# --- 2. a split by nature after a semicolon, a dimension clause or other figures --------

SPLIT_WRONG = [
    # after a semicolon and a figure of another unit, 在…程序上 (251 + 227 = 478 ≠ 468)
    "区劳动人事争议仲裁院全年立案受理人事争议案件468件，涉及劳动者733人；"
    "在审理程序上，适用简易程序的251件，适用普通程序的227件。",
    # the nearest figure of the unit cannot hold the parts (4件): the whole is before it,
    # in the paragraph before (241 + 109 = 350 ≠ 356)
    "区市场监管局全年查办行政处罚案件356件，罚没款合计512.3万元，移送公安机关案件4件。\n"
    "在办案程序上，适用普通程序的案件241件，适用简易程序的案件109件。",
    # 在受理渠道上 (5,130 + 3,020 = 8,150 ≠ 8,240)
    "区城管局全年受理投诉举报8,240件，在受理渠道上，线上受理5,130件，线下受理3,020件。",
    # a semicolon, the procedure dimension (61 + 38 = 99 ≠ 96)
    "区税务局全年办理行政处罚案件96件；在执法程序上，适用简易程序的61件，适用普通程序的38件。",
    # a semicolon after money, no dimension clause (98 + 47 = 145 ≠ 143)
    "区生态环境局全年查处环境违法案件143件，罚款1,286万元；适用普通程序的98件，适用简易程序的47件。",
    # 起 and people (40 + 38 = 78 ≠ 76)
    "镇综合执法办全年立案查处违法行为76起，涉及当事人81人；在处罚程序上，适用简易程序的40起，"
    "适用普通程序的38起。",
    # Chinese numerals (八十五 + 三十 = 115 ≠ 120)
    "区医保局全年查处违法违规案件一百二十件；在办理程序上，适用普通程序的八十五件，"
    "适用简易程序的三十件。",
    # the whole in an earlier sentence, a smaller figure of the unit between (62 + 31 = 93)
    "区交通运输局全年办理行政许可事项91件，其中撤回申请的3件。适用普通程序办理的许可事项62件，"
    "适用简易程序办理的31件。",
]

SPLIT_CONSISTENT = [
    # balanced (241 + 109 = 350)
    "区市场监管局全年查办行政处罚案件350件，罚没款合计512.3万元，移送公安机关案件4件。\n"
    "在办案程序上，适用普通程序的案件241件，适用简易程序的案件109件。",
    # a partial list by type: below the whole
    "区市场监管局全年办理行政处罚案件412件；在案件类型上，食品安全类案件120件，价格类案件95件。",
    # another period's split
    "区市场监管局全年办理行政处罚案件412件；上年同期适用普通程序的300件，适用简易程序的130件。",
    # an approximate whole (400余件 holds 422)
    "区市场监管局全年办理行政处罚案件400余件；适用普通程序的297件，适用简易程序的125件。",
    # balanced channels (5,130 + 3,110 = 8,240)
    "区城管局全年受理投诉举报8,240件，在受理渠道上，线上受理5,130件，线下受理3,110件。",
    # the nearest figure holds the parts: a split of the part (80 + 40 = 120)
    "区市场监管局全年办理行政处罚案件412件，其中涉企案件120件。适用普通程序的涉企案件80件，"
    "适用简易程序的40件。",
    # a topic, not a dimension (在工作机制上)
    "区司法局全年办理行政复议案件150件。在工作机制上，建立案件会商制度2项，完善听证规则3项。",
    # balanced after a semicolon (251 + 217 = 468)
    "区劳动人事争议仲裁院全年立案受理人事争议案件468件，涉及劳动者733人；"
    "在审理程序上，适用简易程序的251件，适用普通程序的217件。",
]


@pytest.mark.parametrize("text", SPLIT_WRONG)
def test_split_by_nature_wrong(text: str) -> None:
    got = [(c, m) for c, m in found(text) if c in ("N101", "N102")]
    assert got, found(text)
    assert any("分项合计" in m for _, m in got), got


@pytest.mark.parametrize("text", SPLIT_CONSISTENT)
def test_split_by_nature_consistent(text: str) -> None:
    assert [c for c, _ in found(text) if c in ("N101", "N102")] == []


# --- 3. a later stage drawn from a set its scope names by a stage and a bare noun -------

SCOPED_WRONG = [
    # 「立案调查的案件中」 names the 86 by its stage; the head 案件 is left to it (91 > 86)
    "区市场监管局全年受理价格投诉举报2,150件，转为立案调查的86件，立案调查的案件中作出行政处罚决定的91件。",
    # 核查属实 and 线索 (64 > 58)
    "区人社局全年接收欠薪线索530条，核查属实的58条，核查属实的线索中已督促整改到位64条。",
    # 对 and a set of no 的: 对属实投诉 (157 > 152)
    "区卫健委全年受理群众投诉418件，经调查核实，反映问题属实的152件；对属实投诉，均责令限期整改，"
    "截至年底已整改到位157件。",
    # 对 and 不合格产品 after 不合格的 (23 > 21)
    "区市场监管局全年抽检食品批次3,260批次，检出不合格的21批次；对不合格产品，已全部核查处置23批次。",
    # Chinese numerals, 立案的案件中 (四十二 > 三十九)
    "区城管局全年接到占道经营举报六百一十件，依法立案的三十九件，立案的案件中已作出处罚决定四十二件。",
    # 排查出 … 对排查出隐患 (341 > 336)
    "区应急管理局全年检查企业1,280家次，排查出的隐患336处；对排查出隐患，已督促整改到位341处。",
    # 受理的申请中 after 依法受理 (77 > 74)
    "区医保局全年收到异地就医备案申请96件，依法受理的74件，受理的申请中已办结77件。",
    # 调解的纠纷中 (210 > 205)
    "东湖街道全年排查矛盾纠纷460件，纳入调解的205件，调解的纠纷中调解成功210件。",
]

SCOPED_CONSISTENT = [
    # below the set
    "区市场监管局全年受理价格投诉举报2,150件，转为立案调查的86件，立案调查的案件中作出行政处罚决定的81件。",
    "区卫健委全年受理群众投诉418件，经调查核实，反映问题属实的152件；对属实投诉，均责令限期整改，"
    "截至年底已整改到位147件。",
    # 对 and a thing of its own (企业): no earlier set of that name
    "区税务局全年走访纳税人320户；对重点企业，开展上门辅导460次。",
    # another period's set (上年)
    "区人社局全年接收欠薪线索530条，核查属实的58条，上年核查属实的线索中已整改到位64条。",
    # the set named is the whole (受理的投诉 = 418), not the part
    "区卫健委全年受理群众投诉418件，经调查核实，反映问题属实的152件；受理的投诉中，已办结410件。",
    # an approximate set (60余条 may hold 64)
    "区人社局全年接收欠薪线索530条，核查属实的60余条，核查属实的线索中已督促整改到位64条。",
    # 对 a set whose figure stands in another unit (人次 against 件)
    "区司法局全年开展法律咨询1,260人次，解答属实问题150件；对咨询群众，发放资料1,300份。",
    # the part is a rate, not a count
    "区医保局全年收到异地就医备案申请96件，依法受理的74件，受理的申请中办结率达100%。",
]


@pytest.mark.parametrize("text", SCOPED_WRONG)
def test_scoped_stage_wrong(text: str) -> None:
    got = [(c, m) for c, m in found(text) if c in _FLOW]
    assert got, found(text)


@pytest.mark.parametrize("text", SCOPED_CONSISTENT)
def test_scoped_stage_consistent(text: str) -> None:
    assert [c for c, _ in found(text) if c in _FLOW] == []


# --- 4. an intake of no flow verb that a denial of a carry-over speaks of -----------------

DENIED_WRONG = [
    # 均为当年新发生、无上年结转 (25 > 22)
    "全年以区卫健委为被告的行政诉讼案件22件，均为当年新发生案件、无上年结转案件，年内已审结25件。",
    # 无结转 alone (133 > 128)
    "区市场监管局全年行政复议案件128件，无结转，全年审结133件。",
    # 上年度无结转 in the next clause, Chinese numerals (十九 > 十七)
    "区教育局全年行政应诉案件十七件，上年度无结转，已全部审结十九件。",
    # 均为本年度新收 (64 > 61)
    "区税务局全年税务行政复议申请61件，均为本年度新收，已办结64件。",
    # a body's own count (区司法局), 没有上年结转 (308 > 301)
    "区司法局全年办理法律援助案件301件，没有上年结转案件，全年结案308件。",
    # 万 units (1.4万 > 1.2万, beyond rounding)
    "区城管局全年市民投诉工单1.2万件，无上年结转，办理完毕1.4万件。",
    # 不含上年结转 (47 > 45)
    "区应急管理局全年安全生产行政处罚案件45件，不含上年结转，已结案47件。",
    # 上年无结转 after the figure (89 > 86)
    "区生态环境局全年环境信访件86件，上年无结转，全年办结89件。",
]

DENIED_CONSISTENT = [
    # fewer concluded
    "全年以区卫健委为被告的行政诉讼案件22件，均为当年新发生案件、无上年结转案件，年内已审结20件。",
    # the denial is far from the figure (two clauses and a figure between): no link read
    "区市场监管局全年行政复议案件128件，涉及企业96家，经审查，无结转，全年审结133件。",
    # another unit concluded
    "区司法局全年办理法律援助案件301件，没有上年结转案件，全年结案308人次。",
    # an approximate intake (300余件 may hold 308)
    "区司法局全年办理法律援助案件300余件，没有上年结转案件，全年结案308件。",
    # carried over from this year to the next is not denied (结转下年)
    "区税务局全年税务行政复议申请61件，年末结转下年3件，已办结58件。",
    # the denial speaks of a part (其中) — the concluded are of the whole
    "区教育局全年行政应诉案件40件，其中新发生案件17件，上年度无结转，已全部审结19件。",
    # money, not a count
    "区税务局全年追缴税款61万元，无上年结转，入库64万元。",
    # equal figures
    "区生态环境局全年环境信访件86件，上年无结转，全年办结86件。",
]


@pytest.mark.parametrize("text", DENIED_WRONG)
def test_denied_carry_intake_wrong(text: str) -> None:
    got = [(c, m) for c, m in found(text) if c == "N107"]
    assert got, found(text)
    assert any("无上年结转" in m for _, m in got), got


@pytest.mark.parametrize("text", DENIED_CONSISTENT)
def test_denied_carry_intake_consistent(text: str) -> None:
    assert [c for c, _ in found(text) if c in _FLOW] == []


# --- 5. the rest opening the next sentence or paragraph, with its count ------------------

REST_WRONG = [
    # the next sentence (1,083 + 176 = 1,259 ≠ 1,274)
    "区民政局共受理最低生活保障申请1,274户，经入户调查和民主评议，审核确认纳入保障范围1,083户。"
    "其余申请经审核不符合条件，不予批准的共176户。",
    # the next paragraph (712 + 140 = 852 ≠ 860)
    "区民政局全年受理临时救助申请860户，审核批准712户。\n其余申请经核查不符合救助条件，不予救助的共140户。",
    # 剩余 and 件 (2,031 + 402 = 2,433 ≠ 2,450)
    "区人社局全年受理工伤认定申请2,450件，作出认定工伤决定2,031件。剩余申请因证据不足，作出不予认定决定402件。",
    # 余下, Chinese numerals (一百二十 + 二十 = 140 ≠ 136)
    "区住建局全年受理公租房申请一百三十六户，经审核准予配租一百二十户。余下申请经复核不符合条件，退回二十户。",
    # 其余 with its figure right after it (316 + 18 = 334 ≠ 330)
    "区市场监管局全年受理商标质押登记申请330件，准予登记316件。其余18件因材料不全予以退回。",
    # a remark before the rest's figure (56 + 9 = 65 ≠ 62)
    "区司法局全年收到法律援助申请62件，依法决定给予援助56件。其余申请经审查，不符合经济困难标准的共9件。",
    # 万 units (3.1万 + 0.6万 = 3.7万 ≠ 3.5万)
    "区政务服务中心全年受理企业开办申请3.5万件，当场办结3.1万件。其余申请补正材料后，次日办结0.6万件。",
    # the next paragraph, 家 (84 + 11 = 95 ≠ 92)
    "区应急管理局全年受理安全生产许可申请92家，准予许可84家。\n其余申请经现场核查不具备条件，不予许可的共11家。",
]

REST_CONSISTENT = [
    # it adds up (1,083 + 191 = 1,274)
    "区民政局共受理最低生活保障申请1,274户，经入户调查和民主评议，审核确认纳入保障范围1,083户。"
    "其余申请经审核不符合条件，不予批准的共191户。",
    # the rest's figure in another unit
    "区民政局全年受理临时救助申请860户，审核批准712户。其余申请涉及群众390人，均已书面告知理由。",
    # the rest with no figure
    "区人社局全年受理工伤认定申请2,450件，作出认定工伤决定2,031件。其余申请正在调查核实中。",
    # a scope of the rest (其余申请中): its figure is a part of the rest
    "区住建局全年受理公租房申请136户，经审核准予配租120户。其余申请中，退回补正材料的5户。",
    # an approximate whole (300余件)
    "区市场监管局全年受理商标质押登记申请300余件，准予登记316件。其余18件因材料不全予以退回。",
    # the rest counts what is left of another figure: below the whole, unlisted
    "区司法局全年收到法律援助申请62件，依法决定给予援助56件。其余6件不符合经济困难标准。",
    # the paragraph before ends with a sentence of no list
    "区民政局全年受理临时救助申请860户。\n加强救助队伍建设。\n其余工作按计划推进，开展培训3次。",
    # a paragraph opening with 其余 after a heading-like line of another subject
    "区应急管理局全年受理安全生产许可申请92家，准予许可84家。\n其余8家不予许可。",
]


@pytest.mark.parametrize("text", REST_WRONG)
def test_rest_opening_a_sentence_wrong(text: str) -> None:
    got = [(c, m) for c, m in found(text) if c in ("N101", "N102")]
    assert got, found(text)
    # (told as the rest, or, with the rest's figure right after 其余, as a total and parts)
    assert any("其余" in m or "分项合计" in m for _, m in got), got


@pytest.mark.parametrize("text", REST_CONSISTENT)
def test_rest_opening_a_sentence_consistent(text: str) -> None:
    assert [c for c, _ in found(text) if c in ("N101", "N102")] == []


# --- 6. a word and its negation named by 的-clauses (约 kept) ------------------------------

NEGATED_WRONG = [
    "全镇19个村中，已签约的17个，尚未签约的3个。",
    "全区46家养老机构中，已签约的40家，未签约的5家。",
    "全年走访企业230家，已签约的198家，尚未签约的36家。",
    "全县127个社区，已签约的119个，未签约的6个。",
]

NEGATED_CONSISTENT = [
    "全镇19个村中，已签约的16个，尚未签约的3个。",
    "全区46家养老机构中，已签约的40家，未签约的6家。",
    # 约 as a bound on its own figure (约40家) is still a bound
    "全区46家养老机构中，已签约的约40家，未签约的5家。",
    # different verbs: no pair named (签约 / 续约)
    "全县127个社区，已签约的119个，未续约的9个。",
]


@pytest.mark.parametrize("text", NEGATED_WRONG)
def test_negated_of_clauses_wrong(text: str) -> None:
    assert [c for c, _ in found(text) if c in ("N101", "N102")], found(text)


@pytest.mark.parametrize("text", NEGATED_CONSISTENT)
def test_negated_of_clauses_consistent(text: str) -> None:
    assert [c for c, _ in found(text) if c in ("N101", "N102")] == []


# --- 7. a text figure against a table: the area's whole, and a row as the subject ---------


def _table(*rows: str) -> str:
    return "\n".join(row.replace("|", "\t") for row in rows)


_SCHOOLS = _table(
    "学段|学校数（所）|已配备法律顾问（所）", "小学|31|31", "初中|18|18", "高中|11|11", "合计|60|60"
)
_SECTORS = _table(
    "行业领域|检查单位（家次）|责令整改（项）",
    "危险化学品|86|131",
    "工贸|62|402",
    "非煤矿山|42|37",
    "合计|190|570",
)
_CLINICS = _table(
    "机构类别|机构数（家）|监督户次（户次）", "医院|24|96", "诊所|130|260", "合计|154|356"
)


def _n401(text: str) -> list[tuple[str, str]]:
    from fazhi_lint.analysis.relations import analyze_text, contradictions

    return [
        (str(r.severity.name), r.message)
        for r in contradictions(analyze_text(text))
        if r.code == "N401"
    ]


TABLE_WRONG = [
    # the area's whole, the column named by the noun after the figure (58 ≠ 60)
    ("全区58所中小学校已全部配备法律顾问，分学段情况见下表。\n" + _SCHOOLS, "58所", "合计"),
    # 全市 and 家 (150 ≠ 154)
    ("全市150家医疗机构纳入依法执业监督，分类别情况见下表。\n" + _CLINICS, "150家", "合计"),
    # a row as the subject of the clauses before the figure (95 ≠ 86)
    (
        "全年共检查生产经营单位190家次，各行业领域检查情况见下表。\n"
        "从检查分布看，危险化学品行业风险高、监管严，检查量最大，达95家次；工贸领域实现全覆盖。\n"
        + _SECTORS,
        "95家次",
        "危险化学品",
    ),
    # the subject with 为 (68 ≠ 62)
    (
        "各行业检查情况见下表。工贸行业企业数量多，检查为68家次。\n" + _SECTORS,
        "68家次",
        "工贸",
    ),
    # 户次 of 诊所 as the subject (250 ≠ 260)
    (
        "全年开展医疗机构监督356户次。诊所点多面广，监督频次最高，共250户次。\n" + _CLINICS,
        "250户次",
        "诊所",
    ),
]

TABLE_CONSISTENT = [
    # it fits
    "全区60所中小学校已全部配备法律顾问，分学段情况见下表。\n" + _SCHOOLS,
    "从检查分布看，危险化学品行业风险高、监管严，检查量最大，达86家次。\n" + _SECTORS,
    # a part of the area's schools, not its whole (no 全区 before it)
    "其中12所学校由律师担任法律顾问，分学段情况见下表。\n" + _SCHOOLS,
    # the 全区 figure names a row after it (小学): not the total
    "全区31所小学已全部配备法律顾问。\n" + _SCHOOLS,
    # another figure between the subject and this one: no subject link
    "危险化学品行业企业20家，检查量最大，达95家次。\n" + _SECTORS,
    # two rows named before: no single subject
    "危险化学品和工贸行业风险高，检查量大，达148家次。\n" + _SECTORS,
    # the figure names a thing of its own (隐患), in another unit
    "危险化学品行业风险高，查出隐患95项。\n" + _SECTORS,
    # another period
    "危险化学品行业风险高，上年检查达95家次。\n" + _SECTORS,
]


@pytest.mark.parametrize(("text", "figure", "row"), TABLE_WRONG)
def test_text_against_table_wrong(text: str, figure: str, row: str) -> None:
    got = _n401(text)
    # a reading (the area's whole by the noun after it, a row as the subject): a warning
    assert any(s == "WARNING" and figure in m and f"“{row}”行" in m for s, m in got), got


@pytest.mark.parametrize("text", TABLE_CONSISTENT)
def test_text_against_table_consistent(text: str) -> None:
    assert _n401(text) == []


# --- 8. a paragraph splitting people counted in 名 in an earlier paragraph (人 ≈ 名) ------

PEOPLE_WRONG = [
    # an unrelated paragraph with figures between (702 + 608 = 1,310 ≠ 1,320)
    "全年为1,320名受援人提供法律援助。\n全市共设立法律援助工作站64个、联络点380个。\n"
    "从受援人构成看，男性受援人702人，女性受援人608人；其中农民工311人。",
    # 按…分 and 名 after 人 (412 + 390 = 802 ≠ 812)
    "区人社局全年为812名劳动者追回欠薪。\n开展根治欠薪专项行动3次。\n"
    "按性别分，男性劳动者412人，女性劳动者390人。",
    # 从…看 with 线上/线下 (530 + 260 = 790 ≠ 780)
    "全年培训执法人员780名。\n组织案卷评查2次，评查案卷320卷。\n从培训方式看，线上培训530人，线下培训260人。",
]

PEOPLE_CONSISTENT = [
    "全年为1,320名受援人提供法律援助。\n全市共设立法律援助工作站64个、联络点380个。\n"
    "从受援人构成看，男性受援人712人，女性受援人608人；其中农民工311人。",
    # attributes of people that may overlap: no sum
    "区人社局全年为812名劳动者追回欠薪。\n开展根治欠薪专项行动3次。\n"
    "从劳动者构成看，农民工612人，女性劳动者390人。",
    # visits (人次) are not people (名)
    "全年培训执法人员780名。\n组织案卷评查2次，评查案卷320卷。\n从培训方式看，线上培训530人次，线下培训260人次。",
]


@pytest.mark.parametrize("text", PEOPLE_WRONG)
def test_people_split_in_a_later_paragraph_wrong(text: str) -> None:
    assert [c for c, _ in found(text) if c in ("N101", "N102")], found(text)


@pytest.mark.parametrize("text", PEOPLE_CONSISTENT)
def test_people_split_in_a_later_paragraph_consistent(text: str) -> None:
    assert [c for c, _ in found(text) if c in ("N101", "N102")] == []


# --- 9. consistent stocks and reviews read as such (no warning) ---------------------------

STOCK_REST_CONSISTENT = [
    # the rest still open told in a later clause of its statement (1,878 + 27 = 1,889 + 16)
    "全年新受理市容环境投诉2,878件，另有上年跨年结转案件27件。\n"
    "年内共办结2,889件，余下16件因涉及多部门职责，已转入下年度继续办理。",
    "区人社局全年新收劳动保障监察案件412件，上年结转9件，全年结案405件，其余16件因当事人下落不明，"
    "结转下一年度继续办理。",
    "区信访局全年新收信访事项930件，上年积存12件。全年办结927件，剩余的15件因情况复杂，正在办理。",
    # a refusal after the concluded figure is an outcome of the review (驳回申请)
    "全年共收到行政复议申请128件，依法受理117件，对不符合受理条件的11件作出不予受理决定。"
    "截至年底，审结109件，尚在审理期限内的8件；审结案件中，维持68件，驳回申请15件，"
    "调解结案14件，纠错12件。",
    "区税务局全年收到复议申请46件，受理41件，不予受理5件；审结38件，其中驳回申请6件，维持29件，"
    "撤销3件。",
]

STOCK_REST_WRONG = [
    # the rest still open, and the stock does not balance (1,878 + 27 = 1,905; 1,889 + 18)
    "全年新受理市容环境投诉1,878件，另有上年跨年结转案件27件。\n"
    "年内共办结1,889件，余下18件因涉及多部门职责，已转入下年度继续办理。",
    "区人社局全年新收劳动保障监察案件412件，上年结转9件，全年结案405件，其余19件因当事人下落不明，"
    "结转下一年度继续办理。",
    # a refusal beside the intake, before any concluded figure, still counts (117 + 15 > 128)
    "全年共收到行政复议申请128件，依法受理117件，驳回申请15件。",
]


@pytest.mark.parametrize("text", STOCK_REST_CONSISTENT)
def test_stock_rest_and_review_consistent(text: str) -> None:
    assert _codes(text) == []


@pytest.mark.parametrize("text", STOCK_REST_WRONG)
def test_stock_rest_and_review_wrong(text: str) -> None:
    assert _codes(text), found(text)


# --- 10. wording that explains a sum above its whole or an outcome above its intake -------

EXPLAINED_CONSISTENT = [
    # items counted in several parts (41 + 35 > 64)
    "全年举办税法宣讲活动64场；按服务对象统计，面向小微企业的41场、面向个体工商户的35场"
    "（部分活动同时面向两类对象，分别计入）。",
    "全年开展联合检查120次，其中涉及食品安全的80次，涉及消防安全的70次，同一次检查涉及多个领域的重复计入。",
    "全年调处纠纷86件，其中婚姻家庭纠纷50件，邻里纠纷45件，部分纠纷同时属于两类。",
    # the excess explained: requests whose time limit ran into this year (425 > 418)
    "全年共收到政府信息公开申请418件，作出答复425件，多出的7件系上年末收到、答复期限跨入本年度的申请。",
    "全年受理行政复议申请52件，办结55件，其中3件为上年12月受理、审理期限跨入当年的案件。",
]

EXPLAINED_WRONG = [
    # no such wording: the sum above the whole stays
    "全年举办税法宣讲活动64场；按服务对象统计，面向小微企业的41场、面向个体工商户的35场。",
    # the same 425 > 418 with nothing said: a warning
    "全年共收到政府信息公开申请418件，作出答复425件。",
]


@pytest.mark.parametrize("text", EXPLAINED_CONSISTENT)
def test_explained_excess_consistent(text: str) -> None:
    assert _codes(text) == []


@pytest.mark.parametrize("text", EXPLAINED_WRONG)
def test_unexplained_excess_wrong(text: str) -> None:
    assert _codes(text), found(text)


# --- 11. a 分别 list for the subjects that did the whole together -------------------------

SUBJECTS_WRONG = [
    # the next sentence (1,120 + 1,810 = 2,930 ≠ 2,860)
    "区、镇两级市场监管机构共开展食品安全检查2860户次，下达责令整改通知书900余份。"
    "区、镇两级分别完成检查1120户次、1810户次。",
    # across paragraphs with an unrelated paragraph between
    "区、街两级卫生监督机构共开展监督检查3,250户次。\n全年立案查处卫生违法案件54件，罚款38.2万元。\n"
    "区、街两级分别完成监督检查1,184户次、2,026户次，街道承担了日常巡查任务。",
    # three subjects, 和, no count word (120 + 96 + 75 = 291 ≠ 281)
    "区法院、区检察院和区司法局共开展普法宣讲281场。区法院、区检察院和区司法局分别开展120场、96场、75场。",
    # 市、区两级 and 件 (412 + 306 = 718 ≠ 708)
    "市、区两级行政复议机构全年共办结复议案件708件。市、区两级分别办结412件和306件。",
]

SUBJECTS_CONSISTENT = [
    "区、镇两级市场监管机构共开展食品安全检查2930户次。区、镇两级分别完成检查1120户次、1810户次。",
    # the subjects listed are not those of the whole (区级 alone before)
    "区级市场监管机构共开展食品安全检查2860户次。区、镇两级分别完成检查1120户次、1810户次。",
    # fewer figures than subjects: no list of all
    "区、镇两级共开展检查2860户次。区、镇两级分别完成检查1120户次，镇级承担日常巡查。",
    # another unit (份)
    "区、镇两级共开展检查2860户次。区、镇两级分别下达整改通知书1120份、1810份。",
    # the count word disagrees with the subjects listed: not read
    "区、镇两级共开展检查2860户次。区、镇、村三级分别完成检查1120户次、1810户次。",
]


@pytest.mark.parametrize("text", SUBJECTS_WRONG)
def test_respective_subjects_wrong(text: str) -> None:
    got = [(c, m) for c, m in found(text) if c in ("N101", "N102")]
    assert any("分别所列" in m for _, m in got), found(text)


@pytest.mark.parametrize("text", SUBJECTS_CONSISTENT)
def test_respective_subjects_consistent(text: str) -> None:
    assert [c for c, _ in found(text) if c in ("N101", "N102")] == []
