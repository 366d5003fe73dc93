"""Session 16 (s16-left2): false errors and messages on main, and the true contradictions of
their shapes.

* A sentence opening with 其余 after a 其中 list goes on with that list: the figure before 其中
  is its whole, no part (rest.py); the list and the rest still fail their whole.
* A remainder its clause calls still open (其余11处正在限期整改) is no reading of a rate even
  when it repeats the rate's verb: the message names only the done part (rates.py).
* A one-character whole (占全区村总数的) names its stock told earlier when the numerator counts
  that noun too (其中村12个) (rates.py ``_named_whole_earlier``).
* A refusal's notice (告知…12件，告知率100%) after the intake in an earlier statement is all of
  its own set; a stage of the flow after an earlier stage is still judged (common.earlier_stage).
* A numerator named by the stem and an outcome (调解终止) from a list that leaves part of its
  whole unlisted: a rate within reach of the unlisted is a warning, not an error.
* 日均 of a service running every day (热线, 网上平台, 巡查: numbers.toml magnitude.every-day)
  is over 365 days only, never 250 working days; an office's may be over either.

Every sentence is written for these tests; the arithmetic in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import errors, findings, judged

REST_AFTER_LIST = [
    # 158+37 + 17 = 212
    "全年办理政府信息公开申请212件，其中网上申请158件、信函申请37件。其余17件当面提交。",
    # 51+22 + 23 = 96
    "全年受理行政复议申请96件，其中涉及行政处罚51件、涉及行政强制22件。其余23件涉及其他行政行为。",
    # 187+96 + 57 = 340
    "全年审查合同340份，其中采购合同187份、租赁合同96份。其余57份为其他类型合同。",
    # 845+301 + 114 = 1260
    "全年开展执法检查1260次，其中双随机抽查845次、专项检查301次。其余114次为投诉举报核查。",
    # 420+96 + 34 = 550
    "全年接收移交案卷550卷，其中行政处罚案卷420卷、行政许可案卷96卷。其余34卷为行政检查案卷。",
    # 312+275 + 151 = 738
    "全年调处矛盾纠纷738件，其中婚姻家庭纠纷312件、邻里纠纷275件。其余151件为其他纠纷。",
    # 41+16 + 7 = 64
    "全年办理人大代表建议64件，其中主办41件、协办16件。其余7件为参阅件。",
    # 72+59 + 55 = 186
    "全年组织法治讲座186场，其中进机关72场、进企业59场。其余55场为进社区。",
]

REST_AFTER_LIST_WRONG = [
    # 158+37 + 21 = 216 != 212
    "全年办理政府信息公开申请212件，其中网上申请158件、信函申请37件。其余21件当面提交。",
    # 51+22 + 27 = 100 != 96
    "全年受理行政复议申请96件，其中涉及行政处罚51件、涉及行政强制22件。其余27件涉及其他行政行为。",
    # 187+96 + 61 = 344 != 340
    "全年审查合同340份，其中采购合同187份、租赁合同96份。其余61份为其他类型合同。",
    # 845+301 + 118 = 1264 != 1260
    "全年开展执法检查1260次，其中双随机抽查845次、专项检查301次。其余118次为投诉举报核查。",
    # 420+96 + 38 = 554 != 550
    "全年接收移交案卷550卷，其中行政处罚案卷420卷、行政许可案卷96卷。其余38卷为行政检查案卷。",
    # 312+275 + 155 = 742 != 738
    "全年调处矛盾纠纷738件，其中婚姻家庭纠纷312件、邻里纠纷275件。其余155件为其他纠纷。",
    # 41+16 + 11 = 68 != 64
    "全年办理人大代表建议64件，其中主办41件、协办16件。其余11件为参阅件。",
    # 72+59 + 59 = 190 != 186
    "全年组织法治讲座186场，其中进机关72场、进企业59场。其余59场为进社区。",
]

OPEN_REMAINDER = [
    # 117 / 128 = 91.4% (the remainder 11 is no reading)
    "全年排查安全隐患128处，已整改117处，其余11处正在限期整改，整改率91.4%。",
    # 241 / 263 = 91.6% (the remainder 22 is no reading)
    "全年审计发现问题263个，已整改到位241个，其余22个正在督促整改，整改率91.6%。",
    # 389 / 412 = 94.4% (the remainder 23 is no reading)
    "全年受理信访事项412件，已化解389件，其余23件正在化解，化解率94.4%。",
    # 158 / 175 = 90.3% (the remainder 17 is no reading)
    "全年排查矛盾纠纷175件，已调处158件，其余17件正在调处，调处率90.3%。",
    # 902 / 940 = 96.0% (the remainder 38 is no reading)
    "全年交办群众诉求940件，已办结902件，其余38件正在办理，办结率96.0%。",
    # 79 / 86 = 91.9% (the remainder 7 is no reading)
    "全年督察反馈问题86个，已整改完成79个，其余7个正在推进整改，整改率91.9%。",
    # 331 / 357 = 92.7% (the remainder 26 is no reading)
    "全年梳理欠薪线索357条，已核查331条，其余26条正在核查，核查率92.7%。",
    # 58 / 64 = 90.6% (the remainder 6 is no reading)
    "全年清理证明事项64项，已取消58项，其余6项正在论证，取消率90.6%。",
]

OPEN_REMAINDER_WRONG = [
    # 117 / 128 = 91.4%, not 93.4% (11 / 128 is no reading the message names)
    "全年排查安全隐患128处，已整改117处，其余11处正在限期整改，整改率93.4%。",
    # 241 / 263 = 91.6%, not 93.6% (22 / 263 is no reading the message names)
    "全年审计发现问题263个，已整改到位241个，其余22个正在督促整改，整改率93.6%。",
    # 389 / 412 = 94.4%, not 96.4% (23 / 412 is no reading the message names)
    "全年受理信访事项412件，已化解389件，其余23件正在化解，化解率96.4%。",
    # 158 / 175 = 90.3%, not 92.3% (17 / 175 is no reading the message names)
    "全年排查矛盾纠纷175件，已调处158件，其余17件正在调处，调处率92.3%。",
    # 902 / 940 = 96.0%, not 98.0% (38 / 940 is no reading the message names)
    "全年交办群众诉求940件，已办结902件，其余38件正在办理，办结率98.0%。",
    # 79 / 86 = 91.9%, not 93.9% (7 / 86 is no reading the message names)
    "全年督察反馈问题86个，已整改完成79个，其余7个正在推进整改，整改率93.9%。",
    # 331 / 357 = 92.7%, not 94.7% (26 / 357 is no reading the message names)
    "全年梳理欠薪线索357条，已核查331条，其余26条正在核查，核查率94.7%。",
    # 58 / 64 = 90.6%, not 92.6% (6 / 64 is no reading the message names)
    "全年清理证明事项64项，已取消58项，其余6项正在论证，取消率92.6%。",
]

ONE_CHARACTER_WHOLE = [
    # 29 / 1286 = 2.3%
    "全市共有行政村1286个、社区214个；全年新创建市级民主法治示范村（社区）38个，其中村29个，占全市村总数的2.3%。",
    # 12 / 150 = 8.0%
    "全区共有村150个、社区46个；全年新评定法治示范村（社区）20个，其中村12个，占全区村总数的8.0%。",
    # 37 / 312 = 11.9%
    "全县共有行政村312个、社区27个；全年新建公共法律服务工作室的村（社区）45个，其中村37个，占全县村总数的11.9%。",
    # 7 / 24 = 29.2%
    "全镇共有行政村24个、社区6个；全年新聘法律顾问的村（社区）9个，其中村7个，占全镇村总数的29.2%。",
    # 21 / 96 = 21.9%
    "全区共有村96个、居委会35个；全年新建法治文化阵地的村（社区）30个，其中村21个，占全区村总数的21.9%。",
    # 44 / 845 = 5.2%
    "全市共有行政村845个、社区160个；全年评为“无讼村（社区）”的52个，其中村44个，占全市村总数的5.2%。",
    # 55 / 203 = 27.1%
    "全县共有行政村203个、社区18个；全年完成村规民约修订的村（社区）60个，其中村55个，占全县村总数的27.1%。",
    # 10 / 31 = 32.3%
    "全镇共有行政村31个、社区4个；全年建成人民调解室的村（社区）12个，其中村10个，占全镇村总数的32.3%。",
]

ONE_CHARACTER_WHOLE_WRONG = [
    # 29 / 1286 = 2.3%, 29 / 38 = 76.3%: 3.3% neither
    "全市共有行政村1286个、社区214个；全年新创建市级民主法治示范村（社区）38个，其中村29个，占全市村总数的3.3%。",
    # 12 / 150 = 8.0%, 12 / 20 = 60.0%: 9.0% neither
    "全区共有村150个、社区46个；全年新评定法治示范村（社区）20个，其中村12个，占全区村总数的9.0%。",
    # 37 / 312 = 11.9%, 37 / 45 = 82.2%: 12.9% neither
    "全县共有行政村312个、社区27个；全年新建公共法律服务工作室的村（社区）45个，其中村37个，占全县村总数的12.9%。",
    # 7 / 24 = 29.2%, 7 / 9 = 77.8%: 30.2% neither
    "全镇共有行政村24个、社区6个；全年新聘法律顾问的村（社区）9个，其中村7个，占全镇村总数的30.2%。",
    # 21 / 96 = 21.9%, 21 / 30 = 70.0%: 22.9% neither
    "全区共有村96个、居委会35个；全年新建法治文化阵地的村（社区）30个，其中村21个，占全区村总数的22.9%。",
    # 44 / 845 = 5.2%, 44 / 52 = 84.6%: 6.2% neither
    "全市共有行政村845个、社区160个；全年评为“无讼村（社区）”的52个，其中村44个，占全市村总数的6.2%。",
    # 55 / 203 = 27.1%, 55 / 60 = 91.7%: 28.1% neither
    "全县共有行政村203个、社区18个；全年完成村规民约修订的村（社区）60个，其中村55个，占全县村总数的28.1%。",
    # 10 / 31 = 32.3%, 10 / 12 = 83.3%: 33.3% neither
    "全镇共有行政村31个、社区4个；全年建成人民调解室的村（社区）12个，其中村10个，占全镇村总数的33.3%。",
]

REFUSAL_NOTICE = [
    # 12 of 12 told: 100% (not 12 / 96 = 12.5%)
    "全年收到政府信息公开申请96件；告知申请人向其他行政机关申请12件，告知率100%。",
    # 9 of 9 told: 100% (not 9 / 140 = 6.4%)
    "全年收到行政复议申请140件；告知申请人向有权机关提出9件，告知率100%。",
    # 47 of 47 told: 100% (not 47 / 388 = 12.1%)
    "全年收到劳动保障监察投诉388件；告知投诉人通过劳动仲裁解决47件，告知率100%。",
    # 163 of 163 told: 100% (not 163 / 2745 = 5.9%)
    "全年收到消费投诉2745件；告知投诉人向属地部门反映163件，告知率100%。",
    # 88 of 88 told: 100% (not 88 / 612 = 14.4%)
    "全年收到信访事项612件；告知信访人通过法定途径解决88件，告知率100%。",
    # 21 of 21 told: 100% (not 21 / 1034 = 2.0%)
    "全年收到法律援助申请1034件；告知申请人不符合援助条件21件，告知率100%。",
    # 134 of 134 told: 100% (not 134 / 1426 = 9.4%)
    "全年收到行政许可申请1426件；告知申请人补正材料134件，告知率100%。",
    # 31 of 31 told: 100% (not 31 / 275 = 11.3%)
    "全年收到举报线索275件；告知举报人不属于本部门职责31件，告知率100%。",
]

REFUSAL_NOTICE_WRONG = [
    # 12 / 14 = 85.7%, not 100%
    "全年收到政府信息公开申请96件，其中应当告知申请人向其他行政机关申请14件，已告知申请人向其他行政机关申请12件，告知率100%。",
    # 9 / 11 = 81.8%, not 100%
    "全年收到行政复议申请140件，其中应当告知申请人向有权机关提出11件，已告知申请人向有权机关提出9件，告知率100%。",
    # 47 / 49 = 95.9%, not 100%
    "全年收到劳动保障监察投诉388件，其中应当告知投诉人通过劳动仲裁解决49件，已告知投诉人通过劳动仲裁解决47件，告知率100%。",
    # 163 / 165 = 98.8%, not 100%
    "全年收到消费投诉2745件，其中应当告知投诉人向属地部门反映165件，已告知投诉人向属地部门反映163件，告知率100%。",
    # 88 / 90 = 97.8%, not 100%
    "全年收到信访事项612件，其中应当告知信访人通过法定途径解决90件，已告知信访人通过法定途径解决88件，告知率100%。",
    # 21 / 23 = 91.3%, not 100%
    "全年收到法律援助申请1034件，其中应当告知申请人不符合援助条件23件，已告知申请人不符合援助条件21件，告知率100%。",
    # 134 / 136 = 98.5%, not 100%
    "全年收到行政许可申请1426件，其中应当告知申请人补正材料136件，已告知申请人补正材料134件，告知率100%。",
    # 31 / 33 = 93.9%, not 100%
    "全年收到举报线索275件，其中应当告知举报人不属于本部门职责33件，已告知举报人不属于本部门职责31件，告知率100%。",
]

KIND_WITH_UNLISTED = [
    # 19 / 54 = 35.19% <= 40.74% <= (19 + unlisted 9) / 54 = 51.85%
    "全年办结行政复议案件54件，其中调解终止19件、维持17件、撤销9件，调解率40.74%。",
    # 64 / 210 = 30.48% <= 33.3% <= (64 + unlisted 37) / 210 = 48.10%
    "全年审结劳动争议案件210件，其中调解撤回64件、裁决88件、驳回21件，调解率33.3%。",
    # 20 / 88 = 22.73% <= 25.0% <= (20 + unlisted 15) / 88 = 39.77%
    "全年办结行政复议案件88件，其中和解终止20件、维持41件、驳回12件，和解率25.0%。",
    # 30 / 126 = 23.81% <= 27.0% <= (30 + unlisted 36) / 126 = 52.38%
    "全年审结行政诉讼案件126件，其中调解撤诉30件、维持52件、变更8件，调解率27.0%。",
    # 96 / 420 = 22.86% <= 25.0% <= (96 + unlisted 54) / 420 = 35.71%
    "全年办结仲裁案件420件，其中调解终止96件、裁决230件、撤销40件，调解率25.0%。",
    # 14 / 75 = 18.67% <= 21.3% <= (14 + unlisted 22) / 75 = 48.00%
    "全年办结复议案件75件，其中调解终止14件、维持33件、确认违法6件，调解率21.3%。",
    # 22 / 160 = 13.75% <= 15.0% <= (22 + unlisted 18) / 160 = 25.00%
    "全年审结争议案件160件，其中和解撤回22件、裁决90件、驳回30件，和解率15.0%。",
    # 70 / 300 = 23.33% <= 26.7% <= (70 + unlisted 30) / 300 = 33.33%
    "全年办结复议案件300件，其中调解终止70件、维持150件、撤销50件，调解率26.7%。",
]

KIND_WITH_UNLISTED_WRONG = [
    # (19 + 9) / 54 = 51.85% < 56.9%: above even all the unlisted
    "全年办结行政复议案件54件，其中调解终止19件、维持17件、撤销9件，调解率56.9%。",
    # (64 + 37) / 210 = 48.10% < 53.1%: above even all the unlisted
    "全年审结劳动争议案件210件，其中调解撤回64件、裁决88件、驳回21件，调解率53.1%。",
    # (20 + 15) / 88 = 39.77% < 44.8%: above even all the unlisted
    "全年办结行政复议案件88件，其中和解终止20件、维持41件、驳回12件，和解率44.8%。",
    # (30 + 36) / 126 = 52.38% < 57.4%: above even all the unlisted
    "全年审结行政诉讼案件126件，其中调解撤诉30件、维持52件、变更8件，调解率57.4%。",
    # (96 + 54) / 420 = 35.71% < 40.7%: above even all the unlisted
    "全年办结仲裁案件420件，其中调解终止96件、裁决230件、撤销40件，调解率40.7%。",
    # (14 + 22) / 75 = 48.00% < 53.0%: above even all the unlisted
    "全年办结复议案件75件，其中调解终止14件、维持33件、确认违法6件，调解率53.0%。",
    # (22 + 18) / 160 = 25.00% < 30.0%: above even all the unlisted
    "全年审结争议案件160件，其中和解撤回22件、裁决90件、驳回30件，和解率30.0%。",
    # (70 + 30) / 300 = 33.33% < 38.3%: above even all the unlisted
    "全年办结复议案件300件，其中调解终止70件、维持150件、撤销50件，调解率38.3%。",
]

DAY_AVERAGE = [
    # 250 working days: 50000 / 250 = 200
    "政务服务中心全年办理审批服务事项50000件，日均200件。",
    # 87500 / 250 = 350
    "区政务服务大厅全年接待办事群众87500件，日均350件。",
    # 31250 / 250 = 125
    "不动产登记中心全年办理登记业务31250件，日均125件。",
    # 62500 / 250 = 250
    "各窗口全年共受理申请62500件，日均250件。",
    # 36500 / 365 = 100
    "全年12345热线受理群众来电36500件，日均100件。",
    # 18250 / 365 = 50
    "全年网上投诉平台接收投诉18250件，日均50件。",
    # 29200 / 365 = 80
    "全年公共法律服务热线接听来电29200件，日均80件。",
    # 73000 / 365 = 200
    "全年交通违法监控抓拍73000件，日均200件。",
]

DAY_AVERAGE_WRONG = [
    # 36500 / 365 = 100, not 150 (146 a working day: a hotline works every day)
    "全年12345热线受理群众来电36500件，日均150件。",
    # 18250 / 365 = 50, not 73
    "全年网上投诉平台接收投诉18250件，日均73件。",
    # 29200 / 365 = 80, not 117
    "全年公共法律服务热线接听来电29200件，日均117件。",
    # 73000 / 365 = 200, not 292
    "全年交通违法监控抓拍73000件，日均292件。",
    # 54750 / 365 = 150, not 219
    "全年110接处警54750件，日均219件。",
    # 43800 / 365 = 120, not 175
    "全年网格员巡查上报事件43800件，日均175件。",
    # 1825 / 365 = 5, not 7.3
    "全年微信公众号发布信息1825件，日均7.3件。",
    # 91250 / 365 = 250, not 365 (the working-day reading: a platform runs every day)
    "全年政务服务网上平台受理申请91250件，日均365件。",
]

ENDED_DOING = [
    # numerator unstated: (96 - 31) / 96 = 67.7%; 31 / 96 is no reading
    "全年受理消费纠纷调解申请96件，其中因一方拒绝调解而终止调解的31件，调解率67.7%。",
    # numerator unstated: (240 - 52) / 240 = 78.3%; 52 / 240 is no reading
    "全年受理劳动争议调解申请240件，其中因当事人拒绝调解的52件，调解率78.3%。",
    # numerator unstated: (130 - 18) / 130 = 86.2%; 18 / 130 is no reading
    "全年受理物业纠纷调解申请130件，其中中止调解的18件，调解率86.2%。",
    # numerator unstated: (75 - 21) / 75 = 72.0%; 21 / 75 is no reading
    "全年受理医疗纠纷调解申请75件，其中终止调解的21件，调解率72.0%。",
    # numerator unstated: (412 - 87) / 412 = 78.9%; 87 / 412 is no reading
    "全年受理交通事故纠纷调解申请412件，其中一方拒绝调解的87件，调解率78.9%。",
    # numerator unstated: (58 - 9) / 58 = 84.5%; 9 / 58 is no reading
    "全年受理邻里纠纷调解申请58件，其中因当事人撤回申请终止调解的9件，调解率84.5%。",
    # numerator unstated: (166 - 40) / 166 = 75.9%; 40 / 166 is no reading
    "全年受理婚姻家庭纠纷调解申请166件，其中终止调解的40件，调解率75.9%。",
    # numerator unstated: (47 - 6) / 47 = 87.2%; 6 / 47 is no reading
    "全年受理土地承包纠纷调解申请47件，其中中止调解的6件，调解率87.2%。",
]

ENDED_DOING_WRONG = [
    # 调解成功 65 / 96 = 67.7%, not 69.7%
    "全年受理消费纠纷调解申请96件，其中因一方拒绝调解而终止调解的31件，调解成功65件，调解率69.7%。",
    # 调解成功 188 / 240 = 78.3%, not 80.3%
    "全年受理劳动争议调解申请240件，其中因当事人拒绝调解的52件，调解成功188件，调解率80.3%。",
    # 调解成功 112 / 130 = 86.2%, not 88.2%
    "全年受理物业纠纷调解申请130件，其中中止调解的18件，调解成功112件，调解率88.2%。",
    # 调解成功 54 / 75 = 72.0%, not 74.0%
    "全年受理医疗纠纷调解申请75件，其中终止调解的21件，调解成功54件，调解率74.0%。",
    # 调解成功 325 / 412 = 78.9%, not 80.9%
    "全年受理交通事故纠纷调解申请412件，其中一方拒绝调解的87件，调解成功325件，调解率80.9%。",
    # 调解成功 49 / 58 = 84.5%, not 86.5%
    "全年受理邻里纠纷调解申请58件，其中因当事人撤回申请终止调解的9件，调解成功49件，调解率86.5%。",
    # 调解成功 126 / 166 = 75.9%, not 77.9%
    "全年受理婚姻家庭纠纷调解申请166件，其中终止调解的40件，调解成功126件，调解率77.9%。",
    # 调解成功 41 / 47 = 87.2%, not 89.2%
    "全年受理土地承包纠纷调解申请47件，其中中止调解的6件，调解成功41件，调解率89.2%。",
]

SPAN_AVERAGE = [
    # the span's days unstated: 80 is no year's average (9125 / 365 = 25.0, / 250 = 36.5)
    "全年接待来访群众9125人次，其中“宪法宣传周”期间设立法律咨询专窗，日均接待80人次。",
    # the span's days unstated: 45 is no year's average (3650 / 365 = 10.0, / 250 = 14.6)
    "全年受理法律援助申请3650件，其中农民工欠薪集中处置期间，日均受理45件。",
    # the span's days unstated: 400 is no year's average (43800 / 365 = 120.0, / 250 = 175.2)
    "全年办理不动产登记43800件，其中年底办件高峰期，日均办理400件。",
    # the span's days unstated: 120 is no year's average (18250 / 365 = 50.0, / 250 = 73.0)
    "全年受理投诉举报18250件，其中“3·15”活动期间，日均受理120件。",
    # the span's days unstated: 300 is no year's average (29200 / 365 = 80.0, / 250 = 116.8)
    "全年接听咨询电话29200个，其中个税汇算高峰期，日均接听300个。",
    # the span's days unstated: 150 is no year's average (21900 / 365 = 60.0, / 250 = 87.6)
    "全年办理出入境证件21900件，其中暑期办证高峰期，日均办理150件。",
    # the span's days unstated: 12 is no year's average (1825 / 365 = 5.0, / 250 = 7.3)
    "全年开展夜间巡查1825次，其中春节期间，日均开展12次。",
    # the span's days unstated: 260 is no year's average (54750 / 365 = 150.0, / 250 = 219.0)
    "全年受理网格事件54750件，其中防汛期间，日均受理260件。",
]

SPAN_AVERAGE_WRONG = [
    # 9125 / 365 = 25.0, 9125 / 250 = 36.5: 80 neither
    "全年接待来访群众9125人次，日均接待80人次。",
    # 3650 / 365 = 10.0, 3650 / 250 = 14.6: 45 neither
    "全年受理法律援助申请3650件，日均受理45件。",
    # 43800 / 365 = 120.0, 43800 / 250 = 175.2: 400 neither
    "全年办理不动产登记43800件，日均办理400件。",
    # 18250 / 365 = 50.0, 18250 / 250 = 73.0: 120 neither
    "全年受理投诉举报18250件，日均受理120件。",
    # 29200 / 365 = 80.0, 29200 / 250 = 116.8: 300 neither
    "全年接听咨询电话29200个，日均接听300个。",
    # 21900 / 365 = 60.0, 21900 / 250 = 87.6: 150 neither
    "全年办理出入境证件21900件，日均办理150件。",
    # 1825 / 365 = 5.0, 1825 / 250 = 7.3: 12 neither
    "全年开展夜间巡查1825次，日均开展12次。",
    # 54750 / 365 = 150.0, 54750 / 250 = 219.0: 260 neither
    "全年受理网格事件54750件，日均受理260件。",
]


@pytest.mark.parametrize("text", REST_AFTER_LIST)
def test_the_rest_after_a_list_completes_it(text: str) -> None:
    assert not findings(text, codes=("N101", "N102"))


@pytest.mark.parametrize("text", REST_AFTER_LIST_WRONG)
def test_the_rest_after_a_list_that_misses_its_whole_is_found(text: str) -> None:
    found = findings(text, codes=("N101", "N102"))
    assert found
    # the whole before 其中 is never added as a part
    whole = text.split("，")[0]
    assert not any(whole[-6:] in m.split("＝")[0] for _, m in found)


@pytest.mark.parametrize("text", OPEN_REMAINDER)
def test_an_open_remainder_is_no_reading(text: str) -> None:
    assert not findings(text, codes=("N104",))


@pytest.mark.parametrize("text", OPEN_REMAINDER_WRONG)
def test_a_wrong_rate_beside_an_open_remainder_names_the_done_part_only(text: str) -> None:
    found = errors(text)
    assert [c for c, _ in found] == ["N104"]
    rest = text.split("其余")[1].split("个")[0].split("处")[0].split("件")[0]
    rest = rest.split("条")[0].split("项")[0]
    assert f"{rest}÷" not in found[0][1]


@pytest.mark.parametrize("text", ONE_CHARACTER_WHOLE)
def test_a_one_character_whole_reads_its_stock(text: str) -> None:
    assert not findings(text, codes=("N104",))


@pytest.mark.parametrize("text", ONE_CHARACTER_WHOLE_WRONG)
def test_a_wrong_share_of_a_one_character_whole_is_found(text: str) -> None:
    assert any(c == "N104" for c, _ in findings(text))


@pytest.mark.parametrize("text", REFUSAL_NOTICE)
def test_a_refusals_notice_at_100_is_all_of_its_own_set(text: str) -> None:
    assert not findings(text, codes=("N104",))


@pytest.mark.parametrize("text", REFUSAL_NOTICE_WRONG)
def test_a_notice_short_of_its_due_set_is_an_error(text: str) -> None:
    assert any(c == "N104" for c, _ in judged(text))


def test_a_later_stage_at_100_after_an_earlier_stage_is_still_judged() -> None:
    # 38 / 42 = 90.48%, not 100%
    assert any(c == "N104" for c, _ in errors("全年受理行政复议申请42件；审结38件，审结率100%。"))


@pytest.mark.parametrize("text", KIND_WITH_UNLISTED)
def test_a_kind_by_outcome_with_unlisted_parts_is_no_error(text: str) -> None:
    assert not errors(text)


@pytest.mark.parametrize("text", KIND_WITH_UNLISTED_WRONG)
def test_a_rate_beyond_all_the_unlisted_is_still_an_error(text: str) -> None:
    assert any(c == "N104" for c, _ in judged(text))


def test_a_kind_by_outcome_from_a_complete_list_is_an_error() -> None:
    # 19 + 17 + 9 + 9 = 54: nothing unlisted; 19 / 54 = 35.19%, not 40.74%
    text = "全年办结行政复议案件54件，其中调解终止19件、维持17件、撤销9件、驳回9件，调解率40.74%。"
    assert any(c == "N104" for c, _ in errors(text))


@pytest.mark.parametrize("text", DAY_AVERAGE)
def test_a_day_average_of_its_own_days(text: str) -> None:
    assert not findings(text, year=2023, codes=("N205",))


@pytest.mark.parametrize("text", DAY_AVERAGE_WRONG)
def test_a_day_average_off_every_day_of_the_year_is_found(text: str) -> None:
    assert any(c == "N205" for c, _ in findings(text, year=2023))


@pytest.mark.parametrize("text", ENDED_DOING)
def test_a_doing_ended_or_refused_is_no_numerator_of_its_rate(text: str) -> None:
    assert not findings(text, codes=("N104",))


@pytest.mark.parametrize("text", ENDED_DOING_WRONG)
def test_a_wrong_rate_beside_an_ended_doing_names_the_done_part(text: str) -> None:
    found = errors(text)
    assert [c for c, _ in found] == ["N104"]
    assert "÷" in found[0][1] and found[0][1].count("÷") == 1


@pytest.mark.parametrize("text", SPAN_AVERAGE)
def test_a_day_average_of_a_named_span_is_no_years(text: str) -> None:
    assert not findings(text, codes=("N205",))


@pytest.mark.parametrize("text", SPAN_AVERAGE_WRONG)
def test_the_same_average_of_the_year_is_found(text: str) -> None:
    assert any(c == "N205" for c, _ in findings(text))
