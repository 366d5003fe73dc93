"""Figures counted among a set the text named before cannot exceed it (session 13, s13-among).

1. A scope whose figure names a set told before — a demonstrative right before it (这, 该, 此)
   or its number said again — is a scope even when 中 runs into the verb (「87件诉求中已调处
   化解92件」), and a verb in its noun qualifies the set (「上述136件立案案件中」)
   (relations/containment.py ``_named_again``).
2. A 「对X的Y」 scope told in the clause of its figures, ending where the predicate's adverb
   starts (「对查实的线索已作出处罚的91条」), names the earlier figure whose words say X
   (containment's ``awords``).
3. The year's stock told clause by clause, the outcomes of any verb read by their place
   between the carried-in and the open figure (relations/flow.py ``_balance_by_position``).
4. Chains of a request and its answer (交办 → 反馈, 告知 → 提出): the answer cannot count more
   (numbers.toml ``clauses.approval-stages``).

Every sentence is written for these tests (none from a fixture set); each verdict derived by
hand, the arithmetic in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import errors as _errors
from relation_helpers import findings as _any


def _codes(text: str, codes: tuple[str, ...]) -> list[tuple[str, str]]:
    return _any(text, codes=codes)


# ---- 1. a scope named again by its number or a demonstrative ----------------------------

NAMED_AGAIN_WRONG = [
    # 5630 among 5621 > 5621
    "全年受理不动产登记申请5621件，5621件申请中已办结5630件，群众满意率保持在较高水平。",
    # 这58处: 61 > 58
    "街道排查出电动自行车违规充电点位58处，这58处点位中已完成整改的61处，其余落实专人盯办。",
    # 上述47起立案案件 (a verb in the noun): 49 > 47
    "县卫生健康委全年立案查处医疗机构违法案件47起。上述47起立案案件中，已作出行政处罚决定的49起。",
    # 该312份: 318 > 312
    "法律顾问全年审查各类合同312份，该312份合同中提出修改意见的318份，有效防范了法律风险。",
    # 64 名 said again: 67 > 64
    "全年新招录执法辅助人员64名，64名人员中已取得执法资格的67名，均已分配到执法一线。",
    # 96 次 said again: 103 > 96
    "市场监管所全年开展执法检查96次，96次检查中发现问题的103次，均已依法处理。",
    # 此214件: 219 > 214
    "区信访局全年办理群众来信214件，此214件来信中已按期回复219件，按期回复率稳步提升。",
    # 36 家 said again: 38 > 36
    "全区共认定守法诚信示范企业36家，36家企业中获评市级示范的38家，发挥了示范带动作用。",
]

NAMED_AGAIN_RIGHT = [
    # 5598 ≤ 5621
    "全年受理不动产登记申请5621件，5621件申请中已办结5598件，群众满意率保持在较高水平。",
    # 73 户 counts shops, not the 58 处 (another unit)
    "街道排查出电动自行车违规充电点位58处，这58处点位中涉及沿街商户73户，均已约谈整改。",
    # 192 人次 are visits of the 64 名 (visits never compare with persons)
    "全年新招录执法辅助人员64名，64名人员中累计参加岗前培训192人次，均已分配到执法一线。",
    # 236 ≤ 640: the scope names all 640 again, not the 210 criminal ones
    "全年办理法律援助案件640件，其中刑事案件210件；在640件援助案件中，为老年人提供援助的236件。",
    # 上年受理的87件 is another year's set: 90 ≤ 93 and not a part of this year's 87
    "今年受理消费投诉87件，已办结85件。对上年受理的93件投诉开展回访，93件投诉中表示满意的90件。",
    # 52万元 is money, not cases of the 47 起
    "县卫生健康委全年立案查处医疗机构违法案件47起。上述47起案件中，罚没款合计52万元。",
    # 12件 in a state (在审理中) names no set: 15 concluded are of the 27 accepted
    "县政府全年受理行政复议申请27件，审结15件，尚有12件在审理中，纠错率为13.3%。",
    # 3050 within 3000余 (3000–3999)
    "全年受理各类诉求3000余件，3000余件诉求中已办结3050件，按期办结率98.7%。",
]


@pytest.mark.parametrize("text", NAMED_AGAIN_WRONG)
def test_a_part_of_a_set_named_again_is_not_larger(text: str) -> None:
    assert _codes(text, ("N101",))


@pytest.mark.parametrize("text", NAMED_AGAIN_RIGHT)
def test_a_set_named_again_and_its_true_parts(text: str) -> None:
    assert not _codes(text, ("N101", "N107"))
    assert not _errors(text)


# ---- 2. 「对X的Y」 told in the clause of its figures ----------------------------------------

TOLD_IN_WRONG = [
    # 发现问题的 38; 整改到位 41 > 38
    "抽查食品经营户420户，发现问题的38户，对发现问题的经营户均已责令整改，整改到位41户。",
    # 裁决结案的 203; 申请强制执行 207 > 203
    "全年受理劳动仲裁申请512件，裁决结案的203件，对裁决结案的案件已申请强制执行的207件。",
    # 查实的 58; 处罚 61 > 58
    "全年接到噪声扰民投诉96件，查实的58件，对查实的投诉依法作出处罚的61件。",
    # 纳入目录 29; 审核 31 > 29
    "梳理重大行政决策事项33项，纳入目录管理的29项，对纳入目录的事项已完成合法性审核的31项。",
    # 属实的 76; 立案 82 > 76
    "核查举报线索143条，属实的线索76条，对属实的线索全部立案查处，立案82条。",
    # 存在问题的 17; 修改 19 > 17
    "审查行政规范性文件88件，发现存在问题的17件，对存在问题的文件已督促制定机关修改的19件。",
    # 准予许可的 1290; 制证发证 1296 > 1290
    "办理行政许可申请1364件，准予许可的1290件，对准予许可的事项已按期制证发证1296件。",
    # 对上述…的: 查实的 85; 处理 88 > 85
    "受理举报线索143条，查实的线索85条，对上述查实的线索已作出处理的88条。",
]

TOLD_IN_RIGHT = [
    # 155 ≤ 162: the scope names 收到, not the 148 accepted
    "全年收到政府信息公开申请162件，受理148件；对收到的申请已逐件登记并答复155件。",
    # 85万元 is money, 51 ≤ 58
    "全年接到噪声扰民投诉96件，查实的58件，对查实的投诉已作出处罚的51件，罚没款合计85万元。",
    # 135 人 are people, not the 129 cases
    "立案调查劳动保障违法案件129件，对立案的案件已约谈用人单位负责人135人。",
    # 70 ≤ 76
    "核查举报线索143条，属实的线索76条，对属实的线索已立案查处的70条。",
    # 36 ≤ 38
    "抽查食品经营户420户，发现问题的38户，对发现问题的经营户均已责令整改，整改到位36户。",
    # 上年遗留: another year's set, not this year's 50
    "全年受理矛盾纠纷50件，调解成功46件；对上年遗留的矛盾纠纷已化解63件。",
    # 1350 ≤ 1364: the scope names 受理 (all), not 准予 (1290)
    "受理行政许可申请1364件，准予许可的1290件；对受理的申请均已按时办结1350件。",
    # no figure after the scope
    "全年接到噪声扰民投诉96件，查实的58件，对查实的投诉均已依法处理。",
]


@pytest.mark.parametrize("text", TOLD_IN_WRONG)
def test_a_part_of_a_set_told_in_its_clause_is_not_larger(text: str) -> None:
    assert _codes(text, ("N101", "N107"))


@pytest.mark.parametrize("text", TOLD_IN_RIGHT)
def test_a_set_told_in_its_clause_and_its_true_parts(text: str) -> None:
    assert not _codes(text, ("N101", "N107"))
    assert not _errors(text)


# ---- 3. the stock with outcomes read by their place ---------------------------------------

STOCK_WRONG = [
    # in 312+26 = 338; out 181+122+19+18 = 340
    "全年新收劳动争议案件312件，上年结转26件，仲裁裁决181件，调解结案122件，当事人撤回申请19件，年底尚未审结的18件。",
    # in 145+4 = 149; out 87+49+11 = 147
    "全年新受理信访事项145件，上年遗留4件，当场答复87件，转交责任单位办理49件，截至年底仍在办理的11件。",
    # in 31+264 = 295; out 238+21+5+19 = 283 (carried-in first)
    "年初在办案件31件，全年新收案件264件，作出处罚决定238件，不予处罚21件，移送司法机关5件，年末未结案件19件。",
    # in 520+13 = 533; out 488+31+12 = 531
    "全年新接收法律援助申请520件，上年结转13件，指派律师承办488件，不予援助31件，尚在审查中的12件。",
    # in 63+7 = 70; out 38+9+6+8+4 = 65
    "全年新收复议申请63件，上年结转7件，维持38件，撤销9件，确认违法6件，终止8件，结转下年的4件。",
    # in 42+3 = 45; out 36+5+2 = 43
    "全年新受理行政裁决申请42件，加上上年结转3件，作出裁决的36件，调解结案的5件，正在办理的2件。",
    # in 4216+85 = 4301; out 4103+124+80 = 4307
    "全年新收热线工单4216件，上年结转85件，办结4103件，退回派单部门124件，仍在办理中的80件。",
    # in 187+14 = 201; out 172+11+16 = 199
    "全年新立案查处违法案件187件，上年结转14件，结案172件，移送公安机关11件，尚未结案的16件。",
]

STOCK_RIGHT = [
    # in 338; out 181+122+19+16 = 338
    "全年新收劳动争议案件312件，上年结转26件，仲裁裁决181件，调解结案122件，当事人撤回申请19件，年底尚未审结的16件。",
    # no open figure: 181+122 = 303 ≤ 338, the rest untold
    "全年新收劳动争议案件312件，上年结转26件，仲裁裁决181件，调解结案122件。",
    # a 其中 part is not an outcome of its own: 294+44 = 338
    "全年新收劳动争议案件312件，上年结转26件，结案294件，其中调解结案122件，年底尚未审结的44件。",
    # carried-in first: 31+264 = 295 = 238+21+5+31
    "年初在办案件31件，全年新收案件264件，作出处罚决定238件，不予处罚21件，移送司法机关5件，年末未结案件31件。",
    # a figure of another unit between: no run read (and 38+12+11+9 = 70 balances anyway)
    "全年新收复议申请63件，上年结转7件，维持38件，涉及当事人95人，撤销12件，终止11件，结转下年的9件。",
    # 4200余 (4200–4299) + 85 admits 4103+124+80 = 4307
    "全年新收热线工单4200余件，上年结转85件，办结4103件，退回派单部门124件，仍在办理中的80件。",
    # in 149; out 87+51+11 = 149
    "全年新受理信访事项145件，上年遗留4件，当场答复87件，转交责任单位办理51件，截至年底仍在办理的11件。",
    # in 45; out 36+7+2 = 45
    "全年新受理行政裁决申请42件，加上上年结转3件，作出裁决的36件，调解结案的7件，正在办理的2件。",
    # the sum of what came in is no fate: 88+6 = 94 = 89+5
    "全年新收土地征收补偿争议88件，上年结转6件，共计94件，裁决结案89件，尚未结案的5件。",
    # a part drawn from the concluded by a scope is no fate: 58+4 = 62 = 57+5 (21 of the 57)
    "全年新受理投诉58件，加上上年结转的4件，办结57件，在办结的投诉中当事人撤回的21件，尚在办理的5件。",
    # the caseload told as what is to be handled: 233+12 = 245 = 236+9
    "全年新收行政诉讼案件233件，上年结转12件，全年需办理245件，审结236件，未结9件。",
]


@pytest.mark.parametrize("text", STOCK_WRONG)
def test_a_stock_whose_outcomes_do_not_balance(text: str) -> None:
    assert _codes(text, ("N102",))


@pytest.mark.parametrize("text", STOCK_RIGHT)
def test_a_stock_that_balances_or_is_not_all_told(text: str) -> None:
    assert not _codes(text, ("N101", "N102"))
    assert not _errors(text)


# ---- 4. a request and its answer -----------------------------------------------------------

ANSWER_WRONG = [
    # 交办 86, 反馈 91 > 86
    "县信访局向各乡镇交办环境信访件86件，各乡镇书面反馈办理情况的91件。",
    # 转办 1342, 回复 1350 > 1342
    "通过12345平台转办群众诉求1342件，承办单位回复1350件，平均办理时长3.1天。",
    # 告知 38, 提出 41 > 38
    "作出较大数额罚款决定前，书面告知当事人听证权利的案件38件，当事人提出听证的41件。",
    # 交由 57, 反馈 62 > 57
    "区城管局交由属地核查的问题线索57条，各街道按期反馈核查结果的62条。",
    # 派发 214, 反馈 223 > 214
    "全年派发督办件214件，责任单位已反馈223件，对逾期的予以通报。",
    # 转办 67, 回复 70 > 67
    "全年转办人大代表建议67件，各承办单位书面回复70件，代表满意率100%。",
    # 告知 405, 提出 411 > 405
    "全年告知当事人陈述申辩权利的案件405件，当事人提出陈述申辩的411件，采纳意见12件。",
    # 交办 129, 反馈 133 > 129
    "市司法局向县区交办行政执法监督事项129件，县区反馈整改情况的133件。",
]

ANSWER_RIGHT = [
    # 80 ≤ 86
    "县信访局向各乡镇交办环境信访件86件，各乡镇书面反馈办理情况的80件。",
    # 91 人 are people, not the 86 件
    "县信访局向各乡镇交办环境信访件86件，各乡镇反馈时回访群众91人。",
    # the answer told first (反馈 then 交办): no chain read backwards
    "各单位反馈问题91个，经梳理交办整改86个，整改完成率100%。",
    # 41 条 are suggestions, not cases
    "书面告知当事人听证权利的案件38件，当事人提出意见建议41条。",
    # 12 ≤ 38
    "书面告知当事人听证权利的案件38件，当事人申请听证的12件，组织听证12件。",
    # an approval chain, then an assignment of another chain: 60 is not 52's answer
    "申报示范创建项目57个，获批准核准52个，交办各部门落实的60个。",
    # 1342 ≤ 1342
    "通过12345平台转办群众诉求1342件，承办单位回复1342件，平均办理时长3.1天。",
    # another sentence: the 91 reports are of all work, not of the 86 assigned
    "县信访局向各乡镇交办环境信访件86件。全年各乡镇报送反馈信息91件。",
]


@pytest.mark.parametrize("text", ANSWER_WRONG)
def test_an_answer_is_not_more_than_its_request(text: str) -> None:
    assert _codes(text, ("N107",))


@pytest.mark.parametrize("text", ANSWER_RIGHT)
def test_an_answer_within_its_request_or_of_another_thing(text: str) -> None:
    assert not _codes(text, ("N101", "N107"))
    assert not _errors(text)


# ---- 5. a carried-in figure after a semicolon is no part of a concluded whole ------------

CARRIED_BESIDE_WRONG = [
    # 88+17+9+12+10 = 136 > 134
    "全年审结行政复议案件134件，其中维持88件、撤销17件、确认违法9件、驳回12件、终止10件；另有上年结转案件11件。",
    # 203+41+9 = 253 > 251
    "全年审结劳动争议仲裁案件251件，其中裁决203件、调解41件、撤诉9件；另有上年结转案件17件。",
    # 61+22+7 = 90 > 88
    "全年办结行政裁决案件88件，其中支持申请人61件、驳回22件、终止7件；另有上年结转的案件5件。",
    # 140+36 = 176 > 172
    "全年办结信访事项172件，其中按期办结140件、超期办结36件；另有上年遗留事项6件。",
    # 47+15+6 = 68 > 66
    "全年审结行政诉讼案件66件，其中胜诉47件、败诉15件、撤诉6件；另有上年结转案件8件。",
    # 312+95 = 407 > 405
    "全年办结政府信息公开申请405件，其中予以公开312件、不予公开95件；另有上年结转申请14件。",
    # 28+9+5 = 42 > 40
    "全年审结国家赔偿案件40件，其中决定赔偿28件、不予赔偿9件、终止5件；另有上年结转案件3件。",
    # 530+77 = 607 > 601
    "全年办结法律援助案件601件，其中刑事530件、民事77件；另有上年结转案件21件。",
]

CARRIED_BESIDE_RIGHT = [
    # 88+17+9+12+8 = 134
    "全年审结行政复议案件134件，其中维持88件、撤销17件、确认违法9件、驳回12件、终止8件；另有上年结转案件11件。",
    # 203+39+9 = 251
    "全年审结劳动争议仲裁案件251件，其中裁决203件、调解39件、撤诉9件；另有上年结转案件17件。",
    # 61+20+7 = 88
    "全年办结行政裁决案件88件，其中支持申请人61件、驳回20件、终止7件；另有上年结转的案件5件。",
    # 136+36 = 172
    "全年办结信访事项172件，其中按期办结136件、超期办结36件；另有上年遗留事项6件。",
    # 45+15+6 = 66
    "全年审结行政诉讼案件66件，其中胜诉45件、败诉15件、撤诉6件；另有上年结转案件8件。",
    # 310+95 = 405
    "全年办结政府信息公开申请405件，其中予以公开310件、不予公开95件；另有上年结转申请14件。",
    # 26+9+5 = 40
    "全年审结国家赔偿案件40件，其中决定赔偿26件、不予赔偿9件、终止5件；另有上年结转案件3件。",
    # a partial list (two of the outcomes): 400+14 < 601 and 400 < 601
    "全年办结法律援助案件601件，其中刑事400件；另有上年结转案件21件。",
]


@pytest.mark.parametrize("text", CARRIED_BESIDE_WRONG)
def test_outcomes_above_the_concluded_beside_a_carried_in_figure(text: str) -> None:
    assert _codes(text, ("N101",))


@pytest.mark.parametrize("text", CARRIED_BESIDE_RIGHT)
def test_outcomes_of_the_concluded_beside_a_carried_in_figure(text: str) -> None:
    assert not _codes(text, ("N101", "N102"))
    assert not _errors(text)


# ---- 6. what came in over what was concluded is no reading of a rate -----------------------

RATE_WRONG = [
    # 52/56 = 92.86%, not 95.1%
    "全年受理行政复议申请56件，审结52件，结案率为95.1%。",
    # 118/128 = 92.19%, 118/120 = 98.33%: neither is 94.8%
    "全年新收行政诉讼案件120件，上年结转8件，审结118件，结案率为94.8%。",
    # 196/210 = 93.33%, not 95.8%
    "全年收到行政许可申请210件，受理196件，受理率为95.8%。",
    # 80/88 = 90.91%, not 92.1%
    "全年新收劳动争议案件88件，审结80件，审结率为92.1%。",
    # 331/340 = 97.35%, not 98.2%
    "全年受理消费投诉340件，办结331件，办结率为98.2%。",
    # 12/70 = 17.14%, 12/75 = 16.0%: neither is 16.8%
    "全年受理复议申请75件，审结70件，纠错12件，纠错率为16.8%。",
    # 455/462 = 98.48%, not 99.1%
    "全年收到政府信息公开申请462件，答复455件，答复率为99.1%。",
    # 138/150 = 92.0%, not 93.3%
    "全年受理调解申请150件，调解成功138件，调解成功率为93.3%。",
]

RATE_RIGHT = [
    # the heads' appearance in court is no share of the figures: 33÷36 (新收÷审结) is no
    # reading (33+5 = 38 = 36+2); each of the first five was an error before session 13
    "全年新收行政诉讼应诉案件33件，上年结转5件，审结36件，尚未审结2件，行政机关负责人出庭应诉率达100%。",
    # 27÷30 is no reading (27+6 = 33 = 30+3)
    "全年新收行政应诉案件27件，上年结转6件，审结30件，尚未审结3件，行政机关负责人出庭应诉率达100%。",
    # 61÷64 is no reading (61+7 = 68 = 64+4)
    "全年新收行政应诉案件61件，上年结转7件，审结64件，未结4件，负责人出庭应诉率为100%。",
    # 39÷40 is no reading (39+3 = 42 = 40+2)
    "全年新收行政诉讼应诉案件39件，上年结转3件，审结40件，未结2件，机关负责人出庭应诉率达到100%。",
    # 84÷88 is no reading (84+9 = 93 = 88+5)
    "全年新收行政应诉案件84件，上年结转9件，审结88件，未结5件，行政机关负责人应诉率100%。",
    # 64÷68 is no reading of the certified arbitrators (64+8 = 72 = 68+4)
    "全年新受理劳动仲裁案件64件，上年结转8件，审结68件，尚未审结4件，仲裁员持证上岗率100%。",
    # 90÷93 is no reading of the leaders' receptions (90+6 = 96 = 93+3)
    "全年新收信访事项90件，上年结转6件，办结93件，在办3件，领导接访率达100%。",
    # 36÷38 is no reading of the decisions published (36+4 = 40 = 38+2)
    "全年新收复议案件36件，上年结转4件，审结38件，未结2件，复议文书公开率100%。",
]


@pytest.mark.parametrize("text", RATE_WRONG)
def test_a_flow_rate_off_its_later_over_earlier_stage(text: str) -> None:
    assert _codes(text, ("N104",))


@pytest.mark.parametrize("text", RATE_RIGHT)
def test_no_rate_of_the_intake_over_the_concluded(text: str) -> None:
    assert not _errors(text)
