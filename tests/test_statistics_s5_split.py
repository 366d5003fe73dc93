"""Exhaustive splits and the flow balance, within a sentence, across sentences and across
the paragraphs of one heading (issue 9, session 5).

Every text below was written for these tests (bodies, nouns and numbers invented); the
verdicts were derived by hand from the arithmetic in each comment. A contradiction is found
when some relation of its code is reported (error or warning, as listed); a trap must stay
silent at every severity unless a warning is listed for it.
"""

from __future__ import annotations

import pytest

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity

E, W = Severity.ERROR, Severity.WARNING


def findings(text: str) -> list[tuple[str, Severity | None]]:
    return [(r.code, r.severity) for r in contradictions(analyze_text(text))]


# (text, code, severity): mechanism 1, a split complete by its structure
SPLITS = [
    # 受理/不予受理 after 其中: 128 + 32 = 160 > 156 (the flow rule's N103, which replaces the
    # partition's N101 of the same sum: the 不予受理 of the 、 sibling no longer restages 128)
    ("区政府全年共收到行政复议申请156件，其中受理128件、不予受理32件。", "N103", E),
    # 已签约/尚未签约 (约 inside 签约 is no approximation): 389 + 27 = 416 > 412
    ("街道房屋征收项目涉及被征收户412户，已签约389户，尚未签约27户。", "N101", E),
    # 达标/未达标 without a marker: 71 + 12 = 83 < 86
    ("镇里全年排查企业86家，达标企业71家，未达标企业12家，均已督促整改。", "N102", E),
    # 男/女 in the next sentence after 其中: 702 + 548 = 1250 < 1260
    ("司法局全年共培训人民调解员1260人。其中男性调解员702人，女性调解员548人。", "N102", E),
    # 线上/线下 with the unit 家次: 608 + 731 = 1339 > 1326
    ("应急管理局开展安全生产执法检查1326家次，线上检查608家次，线下检查731家次。", "N101", E),
    # 城镇/农村 after 按地域分: 3160 + 1710 = 4870 > 4820
    ("税务局全年办理涉税事项4820件。按地域分，城镇办理3160件，农村办理1710件。", "N101", E),
    # 国内/境外: 58 + 41 = 99 > 96
    ("教育局全年审批留学服务事项96件，其中国内机构办理58件，境外机构办理41件。", "N101", E),
    # 准予/不予 许可: 65 + 9 = 74 > 72
    ("医保局全年办理行政许可事项72件，准予许可65件，不予许可9件。", "N101", E),
    # a closing part named before its figure: 412 + 67 + 38 = 517 < 523
    (
        "人社局全年受理劳动保障监察投诉案件523件，其中涉及欠薪的412件，涉及社保的67件，"
        "其余为其他类型，计38件。",
        "N102",
        E,
    ),
    # across paragraphs, Chinese numerals, 其余 closing the split: 126 + 31 + 50 = 207 < 210
    (
        "卫健委全年共受理医疗纠纷投诉二百一十件。\n"
        "按处理方式分，通过医调委调解的一百二十六件，通过诉讼解决的三十一件，"
        "其余为协商解决，计五十件。",
        "N102",
        W,
    ),
    # across paragraphs, the parts named by 通过…受理的: 2105 + 876 + 245 = 3226 > 3214
    (
        "城管局全年共受理群众诉求3,214件。\n"
        "通过12345热线受理的2,105件，通过网上平台受理的876件，其余均为现场受理，计245件。",
        "N101",
        W,
    ),
    # across paragraphs with an unrelated paragraph between: 105 + 121 = 226 < 236
    (
        "全年共办理行政处罚案件二百三十六件，罚没款合计185万元。\n"
        "加强执法队伍培训，组织培训12场，参训人员达到全员。\n"
        "从适用程序看，适用简易程序的一百零五件，适用普通程序的一百二十一件。",
        "N102",
        W,
    ),
]

SPLITS += [
    # a word, its partial and its negation, each counted: 61 + 18 + 13 = 92 < 95
    (
        "全年共办理政府信息公开申请95件，其中予以公开61件，部分公开18件，不予公开13件，均已按期答复。",
        "N102",
        W,
    ),
    # a dimension split not said to be whole still may not exceed its whole, across
    # paragraphs: 421 + 186 + 31 = 638 > 632
    (
        "区司法局全年办理法律援助案件632件。\n从案件类型看，民事案件421件，刑事案件186件，行政案件31件。",
        "N101",
        W,
    ),
    # the next sentence opens with an outcome and its negation, no marker: 289 + 41 = 330 > 326
    (
        "镇里全年排查矛盾纠纷326起。调解成功的纠纷289起，调解未成功的41起，已引导当事人通过诉讼途径解决。",
        "N101",
        W,
    ),
    # 按时/未按时 without a marker: 5790 + 52 = 5842 > 5836
    ("街道全年接收12345工单5,836件，按时办结5,790件，未按时办结52件。", "N101", E),
    # 涉企/非涉企 after 其中: 356 + 68 = 424 > 418
    ("市场监管局全年办理行政处罚案件418件，其中涉企案件356件，非涉企案件68件。", "N101", E),
]

SPLITS += [
    # the summary paragraph three paragraphs back, others between it: 702 + 550 < 1264
    (
        "全年共受理劳动人事争议案件1,264件。\n加强仲裁队伍建设，开展业务培训8期。\n"
        "推进“互联网+调解”，上线调解小程序。\n按受理渠道区分，线上申请的702件，线下申请的550件。",
        "N102",
        W,
    ),
    # between them a paragraph counting in the same unit: the whole is the paragraph whose
    # figure shares the opening's words (行政复议): 100 + 60 = 160 > 156
    (
        "全年受理行政复议申请156件。\n全年办理行政诉讼应诉案件480件。\n"
        "从行政复议案件审理方式看，适用简易程序的100件，适用普通程序的60件。",
        "N101",
        W,
    ),
    # 合格/不合格 opening the next paragraph: 468 + 57 = 525 > 520
    ("全年执法检查企业520家。\n检查结果显示，合格企业468家，不合格企业57家。", "N101", W),
]

SPLITS += [
    # a list closed by its rest holds every part (not 线上/线下 alone): 120 + 79 + 6 + 3 = 208
    (
        "全年共受理行政复议申请二百零三件。\n其中，线上申请的一百二十件，线下申请的七十九件，"
        "邮寄申请的六件，其余均为现场递交，计三件。",
        "N101",
        W,
    ),
    # 予以支持/不予支持 in 件次 across paragraphs: 312 + 715 = 1027 > 1024
    (
        "全年收到群众来信来访1,024件次，均已按期答复。\n从答复结果看，予以支持的312件次，不予支持的715件次。",
        "N101",
        W,
    ),
]

# consistent texts that look like a split
SPLIT_TRAPS = [
    # 男/女 is complete (702 + 558 = 1260), 农民工/老年 is a partial split of the same whole
    "司法局全年共培训人民调解员1260人，其中男性702人、女性558人；农民工调解员326人，老年调解员214人。",
    # a split of another scope (上半年): 120 + 95 = 215 of 300 is no contradiction
    "全年受理案件300件，其中上半年线上受理120件，线下受理95件。",
    # a split of a narrower body (本部门)
    "全市受理行政复议申请560件，其中本部门线上受理210件，线下受理150件。",
    # 人 vs 人次
    "全年培训1260人次，其中男性702人，女性548人。",
    # approximations: 近3000 and 4000余 hold 2970 and 4050
    "全年受理群众诉求近3000件，其中线上受理1620件，线下受理1350件。",
    "全年受理群众诉求4000余件，其中线上受理2100件，线下受理1950件。",
    # 一审/二审 beside 再审: 35 + 10 + 3 = 48 of 50, not complete
    "公安分局全年涉诉行政案件50件，其中一审案件35件，二审案件10件，再审案件3件。",
    # the split of a sub-total (受理 128 split by 维持/撤销), 128 + 28 = 156
    "全年受理行政复议申请156件，其中受理128件，不予受理28件；受理案件中，维持96件，撤销20件。",
    # the part of a split said without a figure: 城镇/农村 with a rest unnumbered
    "全年办理涉税事项4820件。按地域分，城镇办理3160件，农村办理1600件，其余为跨区域通办。",
    # the part of another scope in a later paragraph
    "全年共受理医疗纠纷投诉210件。\n本部门按处理方式分，通过医调委调解的126件，通过诉讼解决的31件。",
    # cases (件) and the people aided (人): another unit, no split of the cases
    "全年办理法律援助案件一千零二十件。\n从受援人性别看，男性六百一十二人，女性四百零一人。",
    # 近1300 holds 1252
    "全年共受理劳动人事争议案件近1,300件。\n按受理渠道区分，线上申请的702件，线下申请的550件。",
    # a split of one field (婚姻家庭领域) of the whole
    "全年共受理各类矛盾纠纷1,264件。\n在婚姻家庭领域，线上调解的302件，线下调解的250件。",
    # the second half of the year split, not the whole year
    "全年执法检查企业520家，其中上半年检查230家。\n下半年检查中，合格企业268家，不合格企业22家。",
    # the next sentence lists a third channel: 4200 + 600 + 200 = 5000
    "全年办理行政许可事项5,000件。网上办理4,200件，线下办理600件，自助终端办理200件。",
    # the next sentence splits last year's figure or another period's
    "全年受理投诉1,206件。上年线上受理700件，线下受理600件。",
    "全年受理投诉1,206件。\n去年同期，线上受理700件，线下受理500件。",
    "全年受理投诉1,206件。上半年线上受理700件，线下受理400件。",
    # 支持/不予支持 with 部分支持 counted: 312 + 700 + 12 = 1024
    "全年收到群众来信来访1,024件次，均已按期答复。\n从答复结果看，予以支持的312件次，"
    "不予支持的700件次，部分支持的12件次。",
    # consistent 签约
    "房屋征收项目涉及被征收户412户，已签约385户，尚未签约27户。",
    # 公开 outcomes that add up: 61 + 18 + 16 = 95
    "全年共办理政府信息公开申请95件，其中予以公开61件，部分公开18件，不予公开16件。",
    # a dimension split that stays within its whole (partial)
    "区司法局全年办理法律援助案件632件。\n从案件类型看，民事案件421件，刑事案件186件。",
    # the next sentence's split is of another unit's figure (起 vs 人)
    "镇里全年排查矛盾纠纷326起，涉及群众900人。调解成功的289人，调解未成功的41人。",
    # the negated part splits a part, not the whole (未持证 in a later paragraph with its reason)
    "全区共有行政执法人员2,315人，持证上岗2,298人。\n未持证的21名人员为新录用人员，正在组织培训。",
    # 涉企 and a scope of the rest (非涉企案件中): no split of the whole
    "全年办理行政处罚案件418件，其中涉企案件356件；非涉企案件中，简易程序案件40件。",
]

# mechanism 2: the flow balance and outcomes under 无在办 / 全部办结
FLOWS = [
    # 58 + 6 = 64 against 55 + 7 = 62
    ("全年新收行政诉讼案件58件，上年结转6件，审结55件，尚未审结7件。", "N102", E),
    # across paragraphs: 142 + 9 = 151 against 138 + 11 = 149
    (
        "全年共受理行政复议案件142件，上年结转9件。\n截至年底，上述案件已审结138件，尚在审理中11件。",
        "N102",
        W,
    ),
    # across paragraphs with an unrelated paragraph between: 135 + 4 = 139 against 130 + 7
    (
        "教育局全年收到学生申诉135件，上年结转4件。\n加强队伍建设，开展培训5次。\n"
        "截至年底，上述申诉已办结130件，尚在办理的7件。",
        "N102",
        W,
    ),
    # 无上年结转: closed 326 > intake 320
    ("市场监管局共收到投诉举报320件，无上年结转，已办结326件。", "N107", E),
    # 均为当年新收: closed 44 > intake 41
    ("税务局全年新收行政复议申请41件，均为当年新收，已审结44件。", "N107", E),
    # 结转下年: 27 + 3 = 30 against 26 + 5 = 31
    ("生态环境局全年受理行政复议案件27件，上年结转3件，全年审结26件，结转下年5件。", "N102", E),
    # 年底无在办, a decision and its negation: 502 + 131 = 633 < 640
    (
        "人社局受理劳动争议调解案件640件，调解成功502件，调解不成功的131件，年底无在办案件。",
        "N102",
        E,
    ),
    # 年底无在办, outcomes over the intake: 1362 + 126 = 1488 > 1480 — 调解不成 is the negation
    # of 调解成功 (s16-flow5, clauses.negated-short), so an error as with 调解不成功
    ("全年受理人民调解案件1480件，调解成功1362件，调解不成126件，年底无在办案件。", "N101", E),
    # 年底无在办, decisions by position: 52 + 18 + 11 + 9 = 90 < 95
    (
        "全年受理行政复议申请95件，作出维持决定52件、撤销决定18件、确认违法决定11件、"
        "终止审理9件，年底无在办案件。",
        "N102",
        W,
    ),
    # 已全部办结，其中: 112 + 78 + 19 = 209 > 206 (Chinese numerals)
    (
        "仲裁院受理劳动仲裁案件二百零六件，已全部办结，其中调解结案一百一十二件，"
        "裁决结案七十八件，撤诉终止十九件。",
        "N101",
        E,
    ),
    # 无上年结转 and 已全部办结: the outcomes above the intake (73 + 20 = 93 > 90)
    ("城管局全年受理行政复议申请90件，无上年结转，已全部办结，维持73件，撤销20件。", "N101", E),
]

FLOWS += [
    # 旧存 and 未结: 86 + 7 = 93 against 88 + 6 = 94
    ("区人民法院全年新收涉区政府行政诉讼案件86件，旧存7件，审结88件，未结6件。", "N102", E),
    # a decision and its negation in one sentence (年底无在办 said before them), Chinese
    # numerals: 389 + 29 = 418 > 412
    (
        "街道人民调解委员会全年受理纠纷四百一十二件，年底无在办纠纷，调解成功三百八十九件，"
        "调解不成功二十九件。",
        "N101",
        E,
    ),
    # 结转下年 after a carry-in: 860 + 12 = 872 against 849 + 20 = 869
    ("信访局全年收到信访事项860件，上年结转12件，办结849件，结转下年20件。", "N102", E),
]

FLOWS += [
    # the intake closes its sentence; the outcomes and 无在办 in the next: 1362 + 106 < 1480
    (
        "全年受理人民调解案件1480件。截至年底，调解成功1362件，调解不成106件，无在办案件。",
        "N102",
        W,
    ),
    # the same across paragraphs
    (
        "司法所全年受理人民调解案件1480件。\n截至年底，调解成功1362件，调解不成106件，无在办案件。",
        "N102",
        W,
    ),
    # 已全部办结 closing the sentence, decisions listed in the next after 其中: 90 < 95
    (
        "全年受理行政复议申请95件，已全部办结。其中维持52件，撤销18件，确认违法11件，驳回9件。",
        "N102",
        E,
    ),
    # 以…方式结案 parts are siblings, not a whole and its parts: 412 + 317 + 154 = 883 < 893
    (
        "区仲裁院全年共受理劳动争议案件893件，年内全部审结。其中以调解方式结案412件，"
        "以裁决方式结案317件，其余154件以撤诉方式结案。",
        "N102",
        E,
    ),
]

FLOWS += [
    # outcomes no list names, by position and the 的-clause, beside one it names (不予处理):
    # 210 + 80 + 25 = 315 < 320
    (
        "全年受理投诉案件320件，协调和解的210件，移送执法的80件，不予处理的25件，年底无在办案件。",
        "N102",
        W,
    ),
    # the same after 年底无在办…其中
    (
        "消费者权益保护中心全年受理投诉案件320件，年底无在办案件，其中协调和解的210件，"
        "移送执法的80件，不予处理的25件。",
        "N102",
        W,
    ),
    # 均已办结： and 驳回申请 (a decision, not a refusal to accept): 31 + 12 + 8 = 51 > 48
    # (session 14: the colon closing 均已办结 says the list is every item's outcome: an error)
    (
        "全年受理行政裁决申请48件，均已办结：作出裁决的31件，当事人撤回申请的12件，驳回申请的8件。",
        "N101",
        E,
    ),
]

FLOWS += [
    # what came in new named without a flow verb, by its place before the carry-in:
    # 142 + 23 = 165 against 131 + 29 = 160
    (
        "全年全县新发生以行政机关为被告的行政诉讼案件142件，上年结转23件，法院已审结131件，"
        "尚未审结的29件。",
        "N102",
        E,
    ),
    # 无上年结转 in the earlier paragraph, closed above the accepted in the later: 58 > 56
    ("全年受理行政复议案件56件，无上年结转。\n截至年底，已审结58件。", "N107", W),
    # the caseload (98 + 5 = 103) is the whole of 审结/尚未审结: 96 + 9 = 105
    (
        "全年收到行政复议申请120件，上年结转5件，受理行政复议案件98件，审结96件，尚未审结9件。",
        "N101",
        E,
    ),
]

FLOWS += [
    # 所有举报均已办结，其中… opening the later paragraph; outcomes by 的-clauses beside 属实:
    # 63 + 98 + 21 = 182 < 186
    (
        "区应急管理局全年受理安全生产举报186件。\n截至年底，所有举报均已办结，其中查实并立案"
        "处罚的63件，责令整改的98件，经核查不属实的21件。",
        "N102",
        W,
    ),
]

FLOW_TRAPS = [
    # carry-over explains closed > intake
    "全年新收行政诉讼案件58件，上年结转6件，审结62件。",
    # closed counted over intake plus carry-over
    "全年新收行政诉讼案件58件，上年结转6件，已全部审结，审结64件。",
    # 结转下年 balances: 58 = 50 + 8
    "全年新收行政诉讼案件58件，审结50件，结转下年8件。",
    # two intakes: 申请 120, 案件 98; the outcomes split the later one (60 + 38 = 98)
    "全年收到行政复议申请120件，受理行政复议案件98件，作出维持决定60件、撤销决定38件，年底无在办案件。",
    # 人 vs 件 beside the outcome
    "全年受理人民调解案件1480件，调解成功1362件，涉及群众2100人，年底无在办案件。",
    # balanced stock
    "全年新收行政复议案件58件，上年结转6件，审结60件，尚未审结4件。",
    # outcomes that sum to the intake under 年底无在办: 52 + 18 + 11 + 14 = 95
    "全年受理行政复议申请95件，作出维持决定52件、撤销决定18件、确认违法决定11件、终止审理14件，年底无在办案件。",
    # 无上年结转 with an open remainder: 316 + 4 = 320
    "全年收到投诉举报320件，无上年结转，已办结316件，在办4件。",
    # carry-over with a remainder: 88 + 10 = 95 + 3
    "全年受理申请88件，上年结转10件，已办结95件，尚在办理3件。",
    # a carry-in counted: the outcomes may hold last year's cases (60 + 38 = 98 > 90)
    "全年受理行政复议案件90件，上年结转8件，维持60件，撤销38件，年底无在办案件。",
    # 均为当年新收 and closed below the intake with the rest open: 41 = 38 + 3
    "税务局全年新收行政复议申请41件，均为当年新收，已审结38件，尚在审理3件。",
    # across sentences, the carry-in explains the excess: 102 + 11 = 103 + 10
    "全年新收行政复议案件102件，上年结转11件。截至年底审结103件，尚有10件正在审理。",
    # across paragraphs, balanced: 56 + 4 = 58 + 2
    "全年受理行政复议案件56件，上年结转4件。\n截至年底，已审结58件，在办2件。",
    # two intakes (复议 vs 诉讼): the outcomes after the second are its own (38 + 2 = 40)
    "全年收到行政复议申请60件，行政诉讼案件40件，审结行政诉讼案件38件，撤诉2件，年底无在办案件。",
    # an outcome and a figure of another unit: nothing to add up
    "全年受理人民调解案件1480件。截至年底，调解成功1362件，涉及金额3000万元，无在办案件。",
    # 均已办结 of another thing (隐患) in the next sentence
    "全年受理人民调解案件1480件。另外，开展矛盾纠纷排查120次，发现隐患36件，均已办结。",
    # decisions that add up after 已全部办结。其中: 52 + 18 + 11 + 14 = 95
    "全年受理行政复议申请95件，已全部办结。其中维持52件，撤销18件，确认违法11件，驳回14件。",
    # topics, not outcomes, under 均已办结 (反映…的, …类的)
    "全年受理投诉案件320件，反映物业问题的210件，反映噪音扰民的80件，均已办结。",
    "全年受理投诉案件320件，食品类的210件，药品类的80件，调解成功的150件，年底无在办案件。",
    # outcomes by position that add up: 210 + 80 + 30 = 320
    "全年受理投诉案件320件，协调和解的210件，移送执法的80件，不予处理的30件，年底无在办案件。",
    # 审结/尚未审结 split the caseload: 98 + 5 = 96 + 7 (收到 120 is another intake)
    "全年收到行政复议申请120件，上年结转5件，受理行政复议案件98件，审结96件，尚未审结7件。",
    # two intakes (复议, 诉讼) and the stock of the second: 40 + 6 = 44 + 2
    "全年新收行政复议案件58件，新收行政诉讼案件40件，上年结转行政诉讼案件6件，"
    "审结行政诉讼案件44件，尚未审结2件。",
    # the stock by position balances: 142 + 23 = 136 + 29
    "全年全县新发生以行政机关为被告的行政诉讼案件142件，上年结转23件，法院已审结136件，尚未审结的29件。",
    # the same outcomes adding up: 63 + 98 + 25 = 186
    "区应急管理局全年受理安全生产举报186件。\n截至年底，所有举报均已办结，其中查实并立案"
    "处罚的63件，责令整改的98件，经核查不属实的25件。",
    # outcomes with an open remainder: 1362 + 112 + 6 = 1480
    "全年受理人民调解案件1480件，调解成功1362件，调解不成的112件已引导诉讼，年底在办6件。",
]


@pytest.mark.parametrize(("text", "code", "severity"), SPLITS + FLOWS)
def test_contradiction_found(text: str, code: str, severity: Severity) -> None:
    assert (code, severity) in findings(text)


@pytest.mark.parametrize("text", SPLIT_TRAPS + FLOW_TRAPS)
def test_trap_silent(text: str) -> None:
    assert findings(text) == []


def test_message_names_every_figure() -> None:
    """The message shows the arithmetic with every figure it used."""
    text = "人社局受理劳动争议调解案件640件，调解成功502件，调解不成功的131件，年底无在办案件。"
    (rel,) = contradictions(analyze_text(text))
    assert "502" in rel.message and "131" in rel.message and "640" in rel.message
    assert "633" in rel.message


def test_the_split_fits_when_the_figures_agree() -> None:
    """The consistent twin of each split shape: the same sentence with the arithmetic right."""
    assert findings("区政府全年共收到行政复议申请156件，其中受理124件、不予受理32件。") == []
    assert (
        findings("应急管理局开展安全生产执法检查1326家次，线上检查608家次，线下检查718家次。") == []
    )
    assert (
        findings(
            "城管局全年共受理群众诉求3,214件。\n"
            "通过12345热线受理的2,105件，通过网上平台受理的864件，其余均为现场受理，计245件。"
        )
        == []
    )
