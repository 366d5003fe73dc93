"""Which figure a flow's words point back to (session 15, s15-flow2).

* A stated in-side total: a total word (共, 合计) before a verb of handling a set or none, right
  after the new and the carried-in figures, is their sum (「新立案42件，加上上年结转6件，共办理
  48件」), judged against them and never counted again among the outcomes (relations/flow.py
  ``_caseload``; numbers.toml ``clauses.caseload-verbs``). 共审结, 共作出…决定 stay outcomes.
* The set of an intake stage a clause opens with: 「受理事项中已作出准予许可决定389件」 is drawn
  from the accepted, its own verb not 受理 (quantities.py ``_opens_scope``); 「受理事项已按期办结
  118件，其余3件」 splits the accepted figure, whatever figures stand between
  (partition.py ``_named_whole``).
* Eligibility before acceptance: what was accepted or granted right after the figure found
  eligible (属于…受理范围的, 符合…条件的) is drawn from it and cannot be more (flow.py
  ``_eligible_bounds``, N103); a class and its negation split the whole, the figures between
  them drawn from the class (partition.py ``_class_and_negation``).

Every sentence is written for these tests; the arithmetic is in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import FLOW_CODES, errors, findings

# --- a stated in-side total ---------------------------------------------------------------
CASELOAD_WRONG = [
    # 63+5=68, stated 67
    "全年新收行政复议案件63件，加上上年结转的5件，共办理67件，已审结60件，尚有7件在审理中。",
    # 118+9=127=stated; 70+49+7=126
    "新受理劳动争议案件118件，上年结转9件，共处理127件，调解结案70件，裁决结案49件，尚有7件正在审理。",
    # 27+4=31, stated 30
    "本年度新立案查处违法建设案件27起，加上上年未结的4起，一共办理30起，已结案26起，尚有4起在办。",
    # 204+11=215=stated; 206+8=214
    "全年新收信访事项204件，上年结转11件，合计215件，已办结206件，尚有8件正在办理。",
    # 356+22=378=stated; 361+19=380
    "新收执行案件356件，旧存案件22件，共办理378件，执结361件，尚未执结19件。",
    # 47+3=50, stated 51
    "全年新收商事仲裁案件47件，加上上年结转3件，共受理51件，已结案45件，尚在审理的6件。",
    # 88+7=95=stated; 81+5+8=94
    "新立案调查食品安全违法案件88件，另有上年结转7件，共查处95件，作出行政处罚决定81件，"
    "移送公安机关5件，尚有8件正在调查。",
    # 52+6=58=stated; 49+8=57
    "全年新收行政诉讼案件52件，上年结转6件，共审理58件，审结49件，尚未审结8件。",
]

CASELOAD_RIGHT = [
    # 36+5=41=38+3 (38 > 36 by the carry-in)
    "全年新立案查处违法用地案件36件，加上上年结转5件，共办理41件，已结案38件，尚有3件正在依法办理中。",
    # 118+9=127=70+50+7
    "新受理劳动争议案件118件，上年结转9件，共处理127件，调解结案70件，裁决结案50件，尚有7件正在审理。",
    # 204+11=215=207+8
    "全年新收信访事项204件，上年结转11件，合计215件，已办结207件，尚有8件正在办理。",
    # 356+22=378=359+19
    "新收执行案件356件，旧存案件22件，共办理378件，执结359件，尚未执结19件。",
    # 6+1=7=5+2: 共作出…决定 is an outcome, not the sum
    "全年受理国家赔偿申请6件，加上上年结转的1件，共作出予以赔偿决定5件、不予赔偿决定2件。",
    # 42+6=48=45+3: 共审结 is an outcome
    "全年新收案件42件，上年结转6件，共审结45件，尚有3件在审。",
    # 27+4=31=27+4
    "本年度新立案查处违法建设案件27起，加上上年未结的4起，一共办理31起，已结案27起，尚有4起在办。",
    # 88+7=95=82+5+8
    "新立案调查食品安全违法案件88件，另有上年结转7件，共查处95件，作出行政处罚决定82件，"
    "移送公安机关5件，尚有8件正在调查。",
]


@pytest.mark.parametrize("text", CASELOAD_WRONG)
def test_caseload_wrong(text: str) -> None:
    assert any(code == "N102" for code, _ in errors(text)), findings(text)


@pytest.mark.parametrize("text", CASELOAD_RIGHT)
def test_caseload_right(text: str) -> None:
    assert findings(text, codes=FLOW_CODES) == []


def test_caseload_names_the_stated_sum() -> None:
    # 63+5=68 against the stated 67
    text = CASELOAD_WRONG[0]
    assert any("67件" in message and "68件" in message for _, message in errors(text))


# --- the set of an intake a clause opens with ---------------------------------------------
SET_WRONG = [
    # 134+22=156; 129+7=136 > 134
    "全年共接待群众来访156件次，其中属于本部门职责依法受理的134件，不属于受理范围的22件已告知当事人；"
    "受理事项已办结129件，其余7件正在办理中。",
    # 91+6=97; 86+3=89 < 91 (其余 closes the split)
    "全年收到政府信息公开申请97件，其中依法受理的91件，不予受理的6件；受理申请已答复86件，其余3件尚在答复期内。",
    # 231+9=240; 219+4+10=233
    "全年共收到行政许可申请240件，受理231件，不予受理9件；受理事项中已作出准予许可决定219件，"
    "不予许可4件，其余10件正在审查。",
    # 70+5=75; 62+4+3=69
    "全年共收到建设项目环评审批申请75件，受理70件，不予受理5件；受理申请中已批复62件，不予批准4件，"
    "其余3件正在技术评估。",
    # 1188+72=1260; 1170+20=1190
    "全年接收群众诉求工单1260件，依法受理1188件，转交其他部门办理的72件；受理诉求已办结1170件，其余20件正在处理。",
    # 296+22=318; 281+13=294
    "全年共收到投诉举报318件，其中依法受理的296件，不予受理的22件；受理的投诉举报已办结281件，其余13件正在核查。",
    # 132+14=146; 120+14=134
    "全年收到行政复议申请146件，受理132件，不予受理14件；受理案件中已审结120件，其余14件尚在审理期限内。",
    # 489+19=508; 472+15=487
    "全年共收到法律援助申请508件，受理489件，不予受理19件；受理事项中已指派律师承办472件，其余15件正在审查。",
]

SET_WRONG += [
    # 209+9=218; 201+3+7=211 > 209: the part still open (另有…尚在) is the set's last part
    "全年共收到建设工程规划许可申请218件，受理209件，不予受理9件；受理申请中已核发许可证201件，"
    "不予许可3件，另有7件尚在技术审查。",
    # 420+5=425; 415+6+3=424 > 420
    "全年收到个体工商户登记申请425件，受理420件，不予受理5件；受理的申请中已准予登记415件，"
    "不予登记6件，另有3件正在审查。",
]

SET_WRONG += [
    # 83+4=87; 对受理的申请: 76+2+7=85 != 83 (the decisions are siblings, 其余 closes them)
    "全年收到取水许可申请87件，受理83件，不予受理4件；对受理的申请已作出准予许可决定76件，不予许可2件，"
    "其余7件正在审查。",
]

SET_RIGHT = [
    # 83+4=87; 74+2+7=83
    "全年收到取水许可申请87件，受理83件，不予受理4件；对受理的申请已作出准予许可决定74件，不予许可2件，"
    "其余7件正在审查。",
    # 209+9=218; 201+3+5=209 (另有5件尚在…: the open part of the accepted)
    "全年共收到建设工程规划许可申请218件，受理209件，不予受理9件；受理申请中已核发许可证201件，"
    "不予许可3件，另有5件尚在技术审查。",
    # 158+6=164; 151+4+3=158
    "全年收到燃气经营许可申请164件，受理158件，不予受理6件；受理申请中已准予许可151件，不予许可4件，"
    "另有3件尚在审查。",
    # 134+22=156; 129+5=134
    "全年共接待群众来访156件次，其中属于本部门职责依法受理的134件，不属于受理范围的22件已告知当事人；"
    "受理事项已办结129件，其余5件正在办理中。",
    # 503+9=512; 491+4+8=503
    "全年共收到食品经营许可申请512件，受理503件，不予受理9件；受理事项中已作出准予许可决定491件，"
    "不予许可4件，其余8件正在审查。",
    # 91+6=97; 88+3=91
    "全年收到政府信息公开申请97件，其中依法受理的91件，不予受理的6件；受理申请已答复88件，其余3件尚在答复期内。",
    # 1188+72=1260; 1170+18=1188
    "全年接收群众诉求工单1260件，依法受理1188件，转交其他部门办理的72件；受理诉求已办结1170件，其余18件正在处理。",
    # 296+22=318; 283+13=296
    "全年共收到投诉举报318件，其中依法受理的296件，不予受理的22件；受理的投诉举报已办结283件，其余13件正在核查。",
    # 70+5=75; 63+4+3=70
    "全年共收到建设项目环评审批申请75件，受理70件，不予受理5件；受理申请中已批复63件，不予批准4件，"
    "其余3件正在技术评估。",
    # 489+19=508; 474+15=489
    "全年共收到法律援助申请508件，受理489件，不予受理19件；受理事项中已指派律师承办474件，其余15件正在审查。",
    # 2296+44=2340: 受理窗口集中办结 names no set (集中 is a word)
    "全年共受理户籍业务申请2340件，受理窗口集中办结2296件，其余44件转入网上办理。",
]


@pytest.mark.parametrize("text", SET_WRONG)
def test_named_set_wrong(text: str) -> None:
    assert any(code in FLOW_CODES for code, _ in findings(text)), text


@pytest.mark.parametrize("text", SET_RIGHT)
def test_named_set_right(text: str) -> None:
    assert findings(text, codes=FLOW_CODES) == []


def test_named_set_whole_is_the_accepted() -> None:
    # 129+7=136 against the 134 accepted, not the 22 told just before
    messages = [m for _, m in errors(SET_WRONG[0])]
    assert any("134件" in m and "136件" in m for m in messages), messages
    assert not any("22件" in m for m in messages)


# --- eligibility before acceptance ---------------------------------------------------------
ELIGIBLE_WRONG = [
    # accepted 1721 > eligible 1712
    "全年共登记来信来访2036件次，经甄别属于信访事项受理范围的1712件，依法受理1721件，其余事项引导通过法定途径解决。",
    # granted 878 > eligible 871
    "全年收到法律援助申请932件，经审查符合法律援助条件的871件，决定给予法律援助878件。",
    # filed 589 > within jurisdiction 583
    "全年收到投诉举报645件，经核查属于本局管辖范围的583件，依法立案589件。",
    # accepted 107 > eligible 104
    "全年收到行政复议申请118件，经审查符合受理条件的104件，依法受理107件，其余告知申请人向有权机关提出。",
    # approved 64 > eligible 61
    "全年收到司法救助申请76件，经审查符合救助条件的61件，批准救助64件。",
    # accepted 1102 > eligible 1096
    "全年收到劳动保障监察举报投诉1208件，属于劳动保障监察受理范围的1096件，予以受理1102件。",
    # granted 1468 > eligible 1462
    "全年收到人才引进补贴申请1530份，经审核符合申领条件的1462份，准予发放补贴1468份。",
    # class and negation: 548+26=574 != 573 (540+8 drawn from the 548)
    "全年收到企业开办登记申请573件，经审查符合受理条件的548件，已受理540件，其余8件正在补正材料，"
    "不符合条件的26件已一次性告知原因。",
    # class and negation: 1158+108=1266 != 1264 (1150 drawn from the 1158)
    "全年登记法律援助申请1264件，经审查符合法律援助条件的1158件，决定给予法律援助1150件，"
    "对不符合条件的108件书面告知理由。",
]

ELIGIBLE_RIGHT = [
    # accepted 1712 = eligible 1712
    "全年共登记来信来访2036件次，经甄别属于信访事项受理范围的1712件，依法受理1712件，其余事项引导通过法定途径解决。",
    # 865+6=871
    "全年收到法律援助申请932件，经审查符合法律援助条件的871件，决定给予法律援助865件，其余6件正在补充材料。",
    # 583+62=645; 577 <= 583
    "全年收到投诉举报645件，经核查属于本局管辖范围的583件，依法立案577件，不属于本局管辖的62件已移送。",
    # 548+25=573; 540+8=548
    "全年收到企业开办登记申请573件，经审查符合受理条件的548件，已受理540件，其余8件正在补正材料，"
    "不符合条件的25件已一次性告知原因。",
    # 1158+106=1264; 1150 <= 1158
    "全年登记法律援助申请1264件，经审查符合法律援助条件的1158件，决定给予法律援助1150件，"
    "对不符合条件的106件书面告知理由。",
    # the negated class is no eligible set: 104+14=118
    "全年收到行政复议申请118件，其中不符合受理条件的14件，依法受理104件。",
    # another unit after the eligible figure
    "全年审核司法救助申请，符合救助条件的困难群众61人，发放救助金64万元。",
    # accepted on the spot 412 <= eligible 436 (all accepted)
    "全年收到不动产登记申请451件，经审查属于受理范围的436件，已全部受理，其中当场受理412件。",
]


@pytest.mark.parametrize("text", ELIGIBLE_WRONG)
def test_eligible_wrong(text: str) -> None:
    assert any(code in FLOW_CODES for code, _ in errors(text)), findings(text)


@pytest.mark.parametrize("text", ELIGIBLE_RIGHT)
def test_eligible_right(text: str) -> None:
    assert findings(text, codes=FLOW_CODES) == []


def test_eligible_names_both_figures() -> None:
    # 1721 accepted against 1712 eligible
    messages = [m for code, m in errors(ELIGIBLE_WRONG[0]) if code == "N103"]
    assert any("1721件" in m and "1712件" in m for m in messages), messages


# --- the results told one by one after all was concluded -----------------------------------
RESULTS_WRONG = [
    # 158+39+14=211; 97+31+12+58+11=209
    "全年共收到政府信息公开申请211件，其中网上申请158件、信函申请39件、当面申请14件，均已按期答复。"
    "答复结果分别为：予以公开97件、部分公开31件、不予公开12件、无法提供58件、不予处理11件。",
    # 38+19+5=62, 64 all done
    "全年共承办人大代表建议64件，均已按时办结。办理结果分别为：A类38件、B类19件、C类5件。",
    # 34+6+4+9+5=58, 57 all concluded
    "全年受理行政复议申请57件，均已在法定期限内审结。审结结果分别为：维持34件、撤销6件、确认违法4件、"
    "驳回申请9件、终止审理5件。",
    # 11+7=18, 19 all decided
    "全年收到行政赔偿申请19件，均已依法作出决定。决定结果分别是：予以赔偿11件、不予赔偿7件。",
    # 312+134=446; 278+96+70=444
    "全年共受理涉企投诉举报446件，其中投诉312件、举报134件，全部办结。办理结果分别为：调解成功278件、"
    "立案查处96件、不予立案70件。",
    # 26+11+4=41, 42 all answered
    "全年共收到政协提案42件，已全部办结答复。答复情况分别为：所提问题已解决的26件、正在解决的11件、"
    "列入计划解决的4件。",
    # 17+4=21, 23 all dealt with
    "全年共收到听证申请23件，均已依法处理完毕。处理结果分别为：组织听证17件、申请人撤回4件。",
    # 31+2+6=39, 38 all concluded
    "全年新收行政应诉案件38件，均已审结。审结结果分别为：胜诉31件、败诉2件、撤诉6件。",
]

RESULTS_RIGHT = [
    # 158+39+14=211; 97+31+12+58+13=211
    "全年共收到政府信息公开申请211件，其中网上申请158件、信函申请39件、当面申请14件，均已按期答复。"
    "答复结果分别为：予以公开97件、部分公开31件、不予公开12件、无法提供58件、不予处理13件。",
    # 38+19+7=64
    "全年共承办人大代表建议64件，均已按时办结。办理结果分别为：A类38件、B类19件、C类7件。",
    # 109+9=118; 62+17+8+22=109: the results of the answered, not of all
    "全年收到政府信息公开申请118件，已答复109件，其余9件尚在答复期内。已答复申请的处理结果分别为："
    "予以公开62件、部分公开17件、不予公开8件、无法提供22件。",
    # some results only (等): 57+21=78 < 128
    "全年共收到政府信息公开申请128件，均已按期答复。答复结果分别为：予以公开57件、部分公开21件等。",
    # 57+3=60=36+6+18: the carried-in cases among the results
    "全年新收行政复议申请57件，上年结转3件，均已审结。审结结果分别为：维持36件、撤销6件、驳回18件。",
    # 79张 are licences, another unit: no sum
    "全年共收到排污许可申请86件，均已办结。办理结果分别为：核发许可证81张、不予许可7件。",
    # not all answered in the intake's statement: 68+19+11+34+6=138
    "全年共收到政府信息公开申请143件，已在法定期限内答复138件。答复结果分别为：予以公开68件、部分公开19件、"
    "不予公开11件、无法提供34件、不予处理6件。",
    # 41+7+3+5+8=64
    "全年共受理行政复议案件64件，均已在法定期限内审结。审结结果分别为：维持41件，撤销7件，确认违法3件，"
    "驳回5件，终止8件。",
]


@pytest.mark.parametrize("text", RESULTS_WRONG)
def test_results_after_all_done_wrong(text: str) -> None:
    assert any(code in ("N101", "N102") for code, _ in findings(text)), text


@pytest.mark.parametrize("text", RESULTS_RIGHT)
def test_results_after_all_done_right(text: str) -> None:
    assert findings(text, codes=FLOW_CODES) == []


def test_results_split_the_intake_as_an_error() -> None:
    # 68+19+11+37+6=141 against the 143 all answered
    text = (
        "全年共收到政府信息公开申请143件，其中当面申请21件、网络申请97件、信函申请25件，均已在法定期限内"
        "答复。答复结果分别为：予以公开68件、部分公开19件、不予公开11件、无法提供37件、不予处理6件。"
    )
    assert any(code == "N102" and "141件" in m and "143件" in m for code, m in errors(text))


# --- a concluded figure pointing back at the whole of the statement before ------------------
POINTED_WRONG = [
    # 41+22=63; 60+5=65 > 63 (上述案件: the 63 whose 其中 list follows)
    "全年共查处违法运输案件63件，其中当场纠正的41件，作出行政处罚的22件；上述案件已办结60件，尚有5件正在办理。",
    # 96+71+51=218; 209+11=220
    "全年共排查矛盾纠纷218件，其中邻里纠纷96件、婚姻家庭纠纷71件、其他纠纷51件；上述纠纷已办结209件，"
    "尚有11件正在调解。",
    # 876+158=1034; 上述应查处事项 = the 876 (应…查处); 861+19=880
    "全年收到各类投诉1034件，其中应由本局查处的876件，应转交其他部门的158件；上述应查处事项已办结861件，"
    "另有19件正在调查。",
    # 318+234=552 accepted; 545+9=554
    "全年受理群众投诉举报552件，其中涉及食品安全的318件，涉及药品安全的234件；上述案件已办结545件，尚有9件正在核查。",
    # 61+35=96; 90+8=98
    "全年共排查企业劳动用工问题线索96条，其中欠薪线索61条，其他线索35条；上述线索已办结90条，尚有8条正在核查。",
    # 1896+414=2310; 2298+15=2313
    "全年共办理12345热线转办工单2310件，其中诉求类1896件、咨询类414件；上述工单已办结2298件，尚有15件正在办理。",
    # 31+57=88; 84+6=90
    "全年共查办在建工地执法案件88件，其中作出处罚的31件，责令整改的57件；以上案件已办结84件，尚有6件正在办理。",
    # 39+8=47; 44+5=49
    "全年共调处征地拆迁纠纷47起，其中经调解达成协议的39起，依法引导诉讼的8起；上述纠纷已办结44起，"
    "尚有5起正在跟踪办理。",
]

POINTED_RIGHT = [
    # 60+3=63
    "全年共查处违法运输案件63件，其中当场纠正的41件，作出行政处罚的22件；上述案件已办结60件，尚有3件正在办理。",
    # 209+9=218
    "全年共排查矛盾纠纷218件，其中邻里纠纷96件、婚姻家庭纠纷71件、其他纠纷51件；上述纠纷已办结209件，"
    "尚有9件正在调解。",
    # 861+15=876
    "全年收到各类投诉1034件，其中应由本局查处的876件，应转交其他部门的158件；上述应查处事项已办结861件，"
    "另有15件正在调查。",
    # 90+6=96
    "全年共排查企业劳动用工问题线索96条，其中欠薪线索61条，其他线索35条；上述线索已办结90条，尚有6条正在核查。",
    # 2298+12=2310
    "全年共办理12345热线转办工单2310件，其中诉求类1896件、咨询类414件；上述工单已办结2298件，尚有12件正在办理。",
    # 84+4=88
    "全年共查办在建工地执法案件88件，其中作出处罚的31件，责令整改的57件；以上案件已办结84件，尚有4件正在办理。",
    # 41+4=45 <= 47: a shortfall may be other outcomes, not judged
    "全年共调处征地拆迁纠纷47起，其中经调解达成协议的39起，依法引导诉讼的8起；上述纠纷已办结41起，"
    "尚有4起正在跟踪办理。",
    # 上述 after a statement of two figures of no list: which one is not told
    "全年办理信访事项126件、人民建议31件；上述事项已办结150件，尚有7件正在办理。",
]


@pytest.mark.parametrize("text", POINTED_WRONG)
def test_pointed_whole_wrong(text: str) -> None:
    assert any(code in FLOW_CODES for code, _ in errors(text)), findings(text)


@pytest.mark.parametrize("text", POINTED_RIGHT)
def test_pointed_whole_right(text: str) -> None:
    assert findings(text, codes=FLOW_CODES) == []
