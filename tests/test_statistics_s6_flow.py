"""Flow, session 6 (issue 9): a pending count in any wording balances the year's stock; a
split made complete by 全部/均 sums to its whole; stages linked by 受理的/立案的/审结的 scopes
within a sentence, across sentences and across paragraphs.

Every text below was written for these tests (bodies, nouns and numbers invented); the
verdict of each was derived by hand from the arithmetic in its comment (an error when the
figures admit one reading in one paragraph, a warning when the link crosses paragraphs or the
outcomes are read by position). A contradiction is found when a relation of its code and
severity is reported; a trap must stay silent at every severity.
"""

from __future__ import annotations

import pytest

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity

E, W = Severity.ERROR, Severity.WARNING


def findings(text: str) -> list[tuple[str, Severity | None]]:
    return [(r.code, r.severity) for r in contradictions(analyze_text(text))]


# mechanism 1: 上年结转 + 新收 = 审结 + 未结, the pending count in any wording
FLOW_CONTRADICTIONS = [
    # taxes: 9+150=159 vs 148+13=161
    (
        "区税务局上年结转税务行政复议案件9件，全年新收150件，全年审结148件，尚有13件在审理期限内。",
        "N102",
        E,
    ),
    # 公安 across sentences: 30+520=550 vs 500+45=545
    (
        "公安分局上年结转行政复议案件30件，全年新收520件。截至年底，审结500件，仍有45件处于审查阶段。",
        "N102",
        W,
    ),
    # 人社 across paragraphs: 18+260=278 vs 250+25=275
    (
        "人社局上年结转劳动人事争议仲裁案件18件，全年新收260件。\n全年审结250件，截至年底另有25件正在审理中。",
        "N102",
        W,
    ),
    # Chinese numerals 街道: 6+40=46 vs 38+7=45
    (
        "街道上年结转行政调解案件六件，全年新受理四十件，已办结三十八件，另有七件正在调解中。",
        "N102",
        E,
    ),
    # 卫健 bare pending after 截至年底: 4+88=92 vs 80+9=89
    (
        "卫健委上年结转医疗纠纷投诉4件，全年新收88件，办结80件，截至年底9件在法定期限内办理。",
        "N102",
        E,
    ),
    # 医保 待结: 11+130=141 vs 125+14=139
    ("医保局上年结转行政处罚案件11件，全年新立案130件，结案125件，待结14件。", "N102", E),
    # 城管 在办案件: 20+610=630 vs 600+21=621
    ("城管局上年结转案件20件，本年新收610件；全年办结600件，在办案件21件。", "N102", E),
    # 应急 仍有…处于调查阶段 across paragraphs: 5+64=69 vs 60+8=68
    (
        "应急管理局上年结转安全生产行政处罚案件5件，全年新立案64件。\n全年结案60件，仍有8件处于调查阶段。",
        "N102",
        W,
    ),
    # 教育 还有…处于…状态 : 3+45=48 vs 40+6=46
    ("教育局上年结转教育投诉事项3件，全年新收45件，办结40件，还有6件处于核查状态。", "N102", E),
    # a remark between what came in and what became of it: 23+412=435 vs 401+36=437
    (
        "上年结转行政复议案件23件，全年新收412件。案件数量较上年增长5%。\n"
        "全年审结401件，截至年底尚有36件在审理期限内。",
        "N102",
        W,
    ),
    # the pending count in the sentence after the concluded one: 435 vs 437
    (
        "上年结转行政复议案件23件，全年新收412件。\n"
        "全年审结401件，结案率为92.2%。截至年底，尚有36件在审理期限内。",
        "N102",
        W,
    ),
    # an unrelated paragraph between, the later one naming its nouns: 435 vs 437
    (
        "上年结转行政复议案件23件，全年新收412件。\n加强复议队伍建设，组织业务培训6期。\n"
        "全年审结行政复议案件401件，截至年底尚有36件在审理期限内。",
        "N102",
        W,
    ),
    # an unrelated paragraph between, the later one naming no noun: 12+150=162 vs 140+15=155
    (
        "生态环境局上年结转行政处罚案件十二件，全年新立案一百五十件。\n"
        "加强普法宣传，开展活动20场。\n截至年底，已办结一百四十件，尚有十五件正在调查中。",
        "N102",
        W,
    ),
    # a bare figure and a state after it: 435 vs 437
    ("上年结转行政复议案件23件，全年新收412件，审结401件，36件仍在审理。", "N102", E),
    # pending before concluded: 435 vs 437
    (
        "上年结转行政复议案件23件，全年新收412件；截至年底，尚有36件在审理期限内，已审结401件。",
        "N102",
        E,
    ),
    # 正在审理的案件: 435 vs 437
    ("上年结转行政复议案件23件，全年新收412件，审结401件，正在审理的案件36件。", "N102", E),
    # 在审案件
    ("上年结转行政复议案件23件，全年新收412件，审结401件，在审案件36件。", "N102", E),
    # 结转下一年度
    ("上年结转行政复议案件23件，全年新收412件，审结401件，结转下一年度36件。", "N102", E),
    # "其中…" not — plain: 新收 then 加上上年结转
    (
        "全年新收行政复议案件412件，加上上年结转的23件，全年审结401件，尚有36件在审理期限内。",
        "N102",
        E,
    ),
    # 办理中 after noun: 36件案件仍在办理中
    ("上年结转行政复议案件23件，全年新收412件，审结401件，36件案件仍在办理中。", "N102", E),
    # 旧存
    ("全年旧存行政诉讼案件23件，新收412件，审结401件，未结36件。", "N102", E),
    # 受理 as new
    (
        "上年结转行政复议案件23件，全年受理412件，审结401件，截至年底尚有36件在审理期限内。",
        "N102",
        E,
    ),
    # 办结 and 尚在办理
    ("信访局上年结转信访事项23件，全年新登记412件，办结401件，尚有36件在办理期限内。", "N102", E),
    # 处于…中
    ("上年结转行政复议案件23件，全年新收412件，审结401件，尚有36件处于中止审理状态。", "N102", E),
    # 无未结: 23+412=435 vs 430
    ("司法局上年结转行政复议案件23件，全年新收412件，全年审结430件，年底无未结案件。", "N102", W),
    # 已全部审结: 8+96 = 104 vs 100
    ("人社局上年结转仲裁案件8件，全年新收96件，审结100件，已全部审结。", "N102", W),
    # no carry stated, 无未结: 318 vs 310
    (
        "本机关全年收到政府信息公开申请318件，上年度无结转申请。全年答复310件，无未办结申请。",
        "N102",
        W,
    ),
    # a bare figure and 在办 after it: 435 vs 437
    ("上年结转行政复议案件23件，全年新收412件，审结401件，36件在办。", "N102", E),
]

FLOW_TRAPS = [
    # other thing: 另有3件信访事项在办 (23+412 = 401+34)
    "司法局上年结转行政复议案件23件，全年新收412件，审结401件，尚有34件在审理期限内，另有3件信访事项在办。",
    # only three stated
    "生态环境局上年结转行政处罚案件12件，全年新立案150件，已办结140件。",
    # balanced in any wording: 12+150=162 = 140+22
    "生态环境局上年结转行政处罚案件12件，全年新立案150件，已办结140件，尚有22件处于调查阶段。",
    # carry-over: 8+40=48 = 45+3
    "市场监管局新收投诉40件，上年结转8件，审结45件，未结3件。",
    # approximations: 约20 + 400余 vs 401 + 36
    "区政府上年结转案件约20件，全年新收400余件，审结401件，尚有36件在审理期限内。",
    # pending count of another period (上半年)
    "税务局上年结转复议案件12件，全年新收300件，审结290件。上半年末尚有40件正在审理中。",
    # only other thing, three stated
    "司法局上年结转行政复议案件23件，全年新收412件，审结401件，另有3件信访事项在办。",
    # balanced across paragraphs: 30+520 = 500+50
    "公安分局上年结转行政复议案件30件，全年新收520件。\n截至年底，审结500件，尚有50件在审理期限内。",
    # 处理中心 not pending
    "城管局上年结转案件20件，本年新收610件，全年办结600件，12件移交处理中心。",
    # balanced across an unrelated paragraph: 12+150 = 140+22
    "生态环境局上年结转行政处罚案件十二件，全年新立案一百五十件。\n"
    "加强普法宣传，开展活动20场。\n截至年底，已办结一百四十件，尚有二十二件正在调查中。",
    # the later paragraph's open count is of another thing (信访事项), three figures stated
    "上年结转行政复议案件23件，全年新收412件。\n加强复议队伍建设，组织业务培训6期。\n"
    "截至年底，已审结401件，另有3件信访事项在办。",
    # 在审理期限内 balanced
    "上年结转行政复议案件23件，全年新收412件，审结401件，截至年底尚有34件在审理期限内。",
    # 尚有…在…期限内 is a deadline thing of another noun
    "上年结转行政复议案件23件，全年新收412件，审结401件，另有5件行政赔偿申请在审查期限内。",
    # pending of a subset (其中)
    "上年结转行政复议案件23件，全年新收412件，审结401件，其中涉企案件尚有10件在审理中。",
    # pending at mid-year
    "上年结转行政复议案件23件，全年新收412件，审结401件，截至6月底，尚有40件在审理期限内。",
    # previous year pending
    "上年结转行政复议案件23件，全年新收412件，审结401件，上年同期尚有40件在审理期限内。",
    # pending of last year (上年末尚有)
    "上年结转行政复议案件23件，全年新收412件，审结401件。去年年底尚有40件正在审理。",
    # approx pending
    "上年结转行政复议案件23件，全年新收412件，审结401件，尚有30余件在审理期限内。",
    # 另有…正在办理 of other category within clause after noun with 件 (不同事项)
    "上年结转行政复议案件23件，全年新收412件，审结401件，另有40件行政应诉案件正在办理。",
    # balanced 无未结
    "司法局上年结转行政复议案件23件，全年新收412件，全年审结435件，年底无未结案件。",
    # all-done refers to a figure clause (新收均已审结) with a figure in it
    "司法局上年结转行政复议案件23件，全年新收412件，审结430件，其中新收案件均已审结。",
    # three stated no all-done
    "司法局上年结转行政复议案件23件，全年新收412件，全年审结430件。",
    # all-done of other things
    "司法局上年结转行政复议案件23件，全年新收412件，全年审结430件，信访事项均已办结。",
    # 在调解中心 names a place, not a state still under way
    "街道全年受理纠纷120件，调解成功110件，12件在调解中心登记备案。",
]

# mechanism 2: a split made complete by 全部/均/都 (outcomes read by position)
SPLIT_CONTRADICTIONS = [
    # colon list 市场监管: 161+12+3=176 vs 178
    (
        "市场监管局立案的178件案件已全部办结：作出行政处罚161件，不予处罚12件，撤销立案3件。",
        "N102",
        E,
    ),
    # across paragraphs 其中 after 均已…办结: 402+17+13=432 vs 438
    (
        "区政府全年共受理行政许可申请438件。\n受理的申请均已在法定时限内办结，其中准予许可402件，不予许可17件，撤回13件。",
        "N102",
        W,
    ),
    # 分别 list 公安: 210+250+48=508 vs 520
    (
        "公安分局全年受理治安案件520件，均已办结，分别作出行政拘留210件、罚款250件、警告48件。",
        "N102",
        W,
    ),
    # 其中 list sum > whole 教育: 50+30+9=89 > 86
    (
        "教育局全年受理投诉86件，已全部办结，其中调解结案50件，责令整改30件，驳回诉求9件。",
        "N101",
        E,
    ),
    # Chinese numerals 镇: 二十+十五+三 = 38 vs 40
    (
        "镇政府全年受理行政复议申请四十件，均已全部审结，其中维持二十件，撤销十五件，确认违法三件。",
        "N102",
        E,
    ),
    # 全部作出决定 人社: 55+20+6 = 81 vs 84
    (
        "人社局全年受理工伤认定申请84件，已全部作出决定：认定工伤55件，不予认定20件，中止6件。",
        "N102",
        E,
    ),
    # across sentences 卫健: 70+12+5 = 87 vs 90
    (
        "卫健委全年受理医疗机构执业登记申请90件。上述申请都已按期办结，其中准予登记70件，不予登记12件，申请人撤回5件。",
        "N102",
        E,
    ),
    # across paragraphs unrelated between? no: adjacent 生态环境: 95+30+8=133 > 130
    (
        "生态环境局全年立案查处环境违法案件130件，案件均已依法办结。\n其中作出罚款决定95件，责令停产整治30件，移送公安机关8件。",
        "N101",
        W,
    ),
    # 应急 colon list and 全部结案: 40+6+2 = 48 vs 50 (session 14: the colon closing the
    # all-concluded clause says the list is every item's outcome: an error)
    ("应急管理局全年立案50件，已全部结案：给予罚款40件，给予警告6件，不予处罚2件。", "N102", E),
    # all-done after the list: 402+17+13=432 vs 438
    (
        "区政府全年共受理行政许可申请438件，其中准予许可402件，不予许可17件，撤回13件，均已在法定时限内办结。",
        "N102",
        W,
    ),
    # unrelated paragraph between, 上述…均已办结。其中
    (
        "税务局全年受理税务行政复议申请64件。\n深入开展税法宣传月活动。\n上述申请均已审结，其中维持原决定40件，撤销12件，变更5件，驳回申请4件。",
        "N102",
        W,
    ),
    # 分别为 after all-done: 120+30+10 = 160 vs 165
    (
        "城管局全年立案查处违法建设案件165件，已全部办结，分别为拆除120件、罚款30件、责令限期改正10件。",
        "N102",
        E,
    ),
    # colon + 、 list 税务 with 全部作出决定: 33+9+4 = 46 vs 48 (session 14: an error, as above)
    (
        "税务局全年受理行政处罚听证申请48件，已全部作出处理决定：维持原处罚33件、变更处罚9件、撤销处罚4件。",
        "N102",
        E,
    ),
    # 均已答复 list chinese numbers: 八十+十二+五 = 97 vs 100
    (
        "区政府全年共受理政府信息公开申请一百件，均已依法答复，其中予以公开八十件，不予公开十二件，信息不存在五件。",
        "N102",
        E,
    ),
    # 人社 across sentences 已全部结案。按处理结果分
    (
        "人社局全年立案查处劳动保障违法案件72件，已全部结案。其中责令改正50件，行政处罚20件，撤销立案5件。",
        "N101",
        E,
    ),
    # 公安 whole as 的 scope: 审结的 … 全部
    (
        "公安分局全年受理行政复议案件30件，已全部审结，其中维持18件、撤销6件、确认违法3件、驳回2件。",
        "N102",
        E,
    ),
    # 镇 sentence all-done subject: 所有申请均已办结 separate sentence
    ("镇政府全年受理农村宅基地审批申请56件。所有申请均已办结：批准48件，不予批准6件。", "N102", W),
    # unrelated para between, 受理的申请均已…办结，其中
    (
        "区政府全年共受理行政许可申请438件。\n推行告知承诺制，压缩审批时限。\n受理的申请均已在法定时限内办结，其中准予许可402件，不予许可17件，撤回13件。",
        "N102",
        W,
    ),
    # unrelated para between, colon list, 立案的案件已全部办结：
    (
        "市场监管局全年立案查处各类违法案件178件。\n持续开展执法人员培训，组织培训3期。\n立案的案件已全部办结：作出行政处罚161件，不予处罚12件，撤销立案3件。",
        "N102",
        W,
    ),
    # adjacent, whole in earlier para, 全部办结 colon, no noun
    (
        "市场监管局全年立案查处各类违法案件178件。\n截至年底已全部办结：作出行政处罚161件，不予处罚12件，撤销立案3件。",
        "N102",
        W,
    ),
    # adjacent paragraphs 分别
    (
        "公安分局全年受理治安案件520件。\n上述案件均已办结，分别作出行政拘留210件、罚款250件、警告48件。",
        "N102",
        W,
    ),
    # within one sentence, whole named after list by 的
    (
        "全年共受理行政复议申请86件，依法受理的申请已全部审结，其中维持50件，撤销20件，驳回19件。",
        "N101",
        E,
    ),
]

SPLIT_TRAPS = [
    # no 全部: partial 其中 list
    "区政府全年共受理行政许可申请438件，其中准予许可402件，不予许可17件，撤回13件。",
    # sub-outcome in the list: 161+14+3 = 178
    "市场监管局立案的178件案件已全部办结：作出行政处罚161件，其中罚款150件，不予处罚14件，撤销立案3件。",
    # consistent: 210+262+48 = 520
    "公安分局全年受理治安案件520件，均已办结，分别作出行政拘留210件、罚款262件、警告48件。",
    # topics not outcomes under all-done
    "市场监管局全年受理消费投诉860件，均已办结，其中食品类投诉300件，服装类投诉200件。",
    # kinds of the whole's things
    "市场监管局全年受理投诉860件，均已办结，其中消费投诉500件，价格投诉200件。",
    # carry-over explains: 8 carried, 新收40, all 审结 45 + ...
    "司法局全年新收行政复议案件40件，上年结转8件，均已全部审结，其中维持30件，撤销10件，驳回8件。",
    # 未全部办结: not all done
    "教育局全年受理投诉86件，目前未全部办结，其中调解结案50件，责令整改20件。",
    # list of subjects under all-done
    "人社局全年受理劳动保障监察投诉200件，均已办结，其中企业120件，个体工商户50件。",
    # 全部 about something else
    "镇政府全年共受理行政复议申请40件，其中维持20件，撤销15件。全镇村居法律顾问已全部配备到位。",
    # consistent Y3: 120+35+10 = 165
    "城管局全年立案查处违法建设案件165件，已全部办结，分别为拆除120件、罚款35件、责令限期改正10件。",
    # whole in other year
    "城管局上年立案查处违法建设案件170件。今年立案查处165件，已全部办结，分别为拆除120件、罚款35件、责令限期改正10件。",
    # partial without 全部 分别
    "城管局全年立案查处违法建设案件165件，其中拆除120件、罚款30件。",
    # all-done refers to something else, list partial
    "司法局全年审查规范性文件48件，提出修改意见的均已采纳；其中市政府文件30件，部门文件12件。",
    # sub-outcome inside with 分别: 作出处罚150(其中罚款140) 不予处罚10 → 160
    "市场监管局立案160件，均已办结，分别作出行政处罚150件（其中罚款140件）、不予处罚10件。",
    # topics then all-done after the list
    "市场监管局全年受理投诉860件，其中食品类300件，服装类200件，均已办结。",
    # subjects then all-done after list
    "人社局全年受理劳动保障监察投诉200件，其中涉及企业120件，涉及个体工商户50件，均已办结。",
    # all-done over two intakes, list of the latter, consistent 20+15+5=40
    "司法局全年受理行政复议申请86件；办理行政应诉案件40件，均已办结，其中胜诉20件，调解撤诉15件，败诉5件。",
    # procedures under all-done consistent
    "城管局全年立案查处案件86件，已全部办结，其中适用简易程序26件，适用普通程序60件。",
    # list of examples "如" after all-done
    "区政府全年办理群众诉求860件，均已办结，比如协调解决供暖问题50件，解决停车难问题30件。",
    # list partial with 主要 (主要包括)
    "区政府全年受理投诉860件，已全部办结，主要为调解结案500件，移交有关部门处理200件。",
    # all-done with 其中 and rate
    "区政府全年受理行政复议申请86件，均已审结，其中维持50件，纠错率为15%。",
    # all-done then money list
    "应急管理局立案查处案件50件，已全部结案，罚款合计120万元，其中单笔最高罚款20万元。",
    # all done by the listed ones (其中…等) with 等
    "区政府全年受理投诉860件，均已办结，其中调解结案500件、移交处理200件等。",
]

# mechanism 3: stages linked by 受理的/立案的/审结的 scopes
LINK_CONTRADICTIONS = [
    # adjacent paragraphs: 92 > 87
    ("司法局全年共收到行政复议申请95件，受理87件。\n受理的案件中已审结92件。", "N101", W),
    # unrelated paragraph between: 266 > 260
    (
        "城管局全年共接到投诉举报312件，立案查处260件。\n开展执法人员培训4场。\n立案的案件中已办结266件。",
        "N101",
        W,
    ),
    # within one sentence: 61 > 58
    ("税务局全年收到复议申请64件，受理58件，受理的案件中已审结61件。", "N101", E),
    # across sentences, Chinese numerals: 五十二 > 四十八
    ("街道全年收到调解申请五十五件，受理四十八件。在受理的案件中，调解成功五十二件。", "N101", E),
    # 在…中 opening a paragraph: 130 > 126
    (
        "人社局全年收到劳动人事争议仲裁申请140件，立案受理126件。\n在受理的仲裁案件中，已审结130件。",
        "N101",
        W,
    ),
    # 审结的 scope: 维持 45 > 审结 40
    (
        "区政府全年收到行政复议申请50件，受理46件，审结40件。\n审结的案件中，维持原行政行为45件。",
        "N101",
        W,
    ),
    # 医保 受理的…中: 33 > 30
    ("医保局全年收到举报线索36条，受理30条。受理的线索中，已查实33条。", "N101", E),
    # 应急 across paragraphs 立案的案件中 with numbers: 58 > 54
    (
        "应急管理局全年接到安全生产举报70件，立案54件。\n立案的案件中，已作出处罚决定58件。",
        "N101",
        W,
    ),
]

LINK_TRAPS = [
    # 审结 < 受理
    "司法局全年共收到行政复议申请95件，受理87件。\n受理的案件中已审结80件。",
    # 不予受理 + 受理 = 收到
    "司法局全年共收到行政复议申请95件，受理87件，不予受理8件。",
    # carry-over explains 审结 > 新收
    "司法局新收行政复议案件40件，上年结转8件，审结45件，未结3件。",
    # pre-acceptance
    "街道全年收到纠纷调解申请120件，诉前调解化解20件，受理100件，调解成功110件。",
    # figures of another year
    "司法局全年收到行政复议申请95件，受理87件。上年受理的案件中，审结92件。",
    # approximations
    "城管局全年共接到投诉举报300余件，立案查处近260件。\n立案的案件中已办结250余件。",
]


@pytest.mark.parametrize(
    ("text", "code", "severity"),
    FLOW_CONTRADICTIONS + SPLIT_CONTRADICTIONS + LINK_CONTRADICTIONS,
)
def test_contradiction_found(text: str, code: str, severity: Severity) -> None:
    assert (code, severity) in findings(text)


@pytest.mark.parametrize("text", FLOW_TRAPS + SPLIT_TRAPS + LINK_TRAPS)
def test_trap_silent(text: str) -> None:
    assert findings(text) == []


def test_the_stock_message_names_all_four_figures() -> None:
    text = (
        "区税务局上年结转税务行政复议案件9件，全年新收150件，全年审结148件，尚有13件在审理期限内。"
    )
    messages = [r.message for r in contradictions(analyze_text(text)) if r.code == "N102"]
    assert messages == [
        "收结不平衡：新收加结转150件＋9件＝159件，办结加未结148件＋13件＝161件，两者应相等"
    ]


def test_a_pending_count_of_another_thing_does_not_close_the_stock() -> None:
    # 23 + 412 = 435 against 401 + 3 = 404 would be a false alarm: the 3 are 信访事项
    text = "司法局上年结转行政复议案件23件，全年新收412件，审结401件，另有3件信访事项在办。"
    assert findings(text) == []
    # the same count of the stock's own things does close it: 401 + 30 = 431 ≠ 435
    same = text.replace("信访事项在办", "复议案件正在审理")
    assert ("N102", E) in findings(same.replace("另有3件", "另有30件"))


def test_not_all_concluded_is_no_complete_split() -> None:
    done = "教育局全年受理投诉86件，已全部办结，其中调解结案50件，责令整改20件。"
    assert ("N102", W) in findings(done)  # 50 + 20 = 70 < 86, all concluded
    assert findings(done.replace("已全部办结", "目前未全部办结")) == []
