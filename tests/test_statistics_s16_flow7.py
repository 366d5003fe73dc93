"""Session 16 (s16-flow7): more out than in, read from the sentence's structure.

* with no carry-over (numbers.toml ``clauses.no-carry``), a figure closed by a verb that closes
  only what was filed or accepted (结案, 审结, 执结: ``clauses.filed-closing``) cannot exceed the
  accepted figure told after what was received, whatever more was received (relations/flow.py
  ``_closes_filed``); what was answered or handled (办结) may be of the received;
* 「作出复查意见52件」「作出审查结论」 is an outcome of the review by its form, as 作出…决定 is
  (flow.py ``_DECIDED_RE``): more than were accepted, with no carry-over, is an error;
* ways of closing a case (调解/裁决/判决结案) are decisions each case gets one of, also when
  listed in the next statement opened by the concluded set (「办结案件中，」);
* a statement opened by 「对已办结…」 after an all-concluded count counts items of that set;
* what was checked out or assigned (排查, 涉及, 下达) and what of it was remedied (整改, 销号) are two
  stages of a chain (numbers.toml ``clauses.approval-stages``).

Every sentence is written for these tests; the arithmetic in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import errors
from relation_helpers import findings as _any

CODES = ("N101", "N102", "N103", "N107")

FILED_MISSES = [
    # 立案 39, 结案 43 > 39, no carry-over
    "全年共接到涉水违法问题线索58件，经调查核实立案查处39件，年内结案43件（本年度无上年结转案件）。",
    # 立案 126, 结案 131 > 126 (无上年结转)
    "全年接收交通违法举报线索402条，立案调查126件，全年结案131件，无上年结转案件。",
    # 受理 64, 审结 66 > 64 (均为当年新收)
    "全年收到行政复议申请81件，依法受理64件，审结66件，上述案件均为当年新收。",
    # 立案 18, 结案 20 > 18 (不含上年结转)
    "全年接到价格违法举报97件，其中立案查处18件，当年结案20件（不含上年结转）。",
    # 立案 52, 执结 55 > 52
    "全年收到强制执行申请70件，经审查立案执行52件，执结55件，无上年结转案件。",
    # 立案 230, 结案 236 > 230
    "全年接收安全生产举报线索611条，立案查处230件，结案236件，上年度无结转案件。",
    # 受理 45, 审结 47 > 45
    "共收到行政裁决申请52件，依法受理45件，年内审结47件，均为本年度新收案件。",
    # 立案 9, 结案 11 > 9
    "全年接到违法排污举报46件，立案查处9件，结案11件，没有上年结转案件。",
]

FILED_TRAPS = [
    # 办结 250 of the 264 received (answered complaints): 办结 is no filed closing
    "全年共接到举报投诉264件，经核查立案查处71件，办结投诉举报250件（无上年结转案件）。",
    # 结案 69 <= 71
    "全年共接到举报投诉264件，经核查立案查处71件，当年结案69件（无上年结转案件）。",
    # carry-over told: 39 + 6 = 45 >= 43
    "全年接到问题线索58件，立案查处39件，结案43件（含上年结转6件），尚有2件正在办理。",
    # no denial of a carry-over: 43 > 39 is at most a warning, never an error
    "全年接到问题线索58件，立案查处39件，结案43件，收缴罚没款86.5万元。",
    # closed before acceptance told (不予受理): no error
    "全年收到申请81件，受理64件，不予受理17件，审结64件，均为当年新收。",
    # 审结 64 = 受理 64
    "全年收到行政复议申请81件，依法受理64件，审结64件，上述案件均为当年新收。",
    # 答复 75 of the 81 received (a reply is no filed closing)
    "全年收到政府信息公开申请81件，受理64件，答复75件，均为当年新收申请。",
    # 执结 50 <= 52
    "全年收到强制执行申请70件，经审查立案执行52件，执结50件，无上年结转案件。",
]

DECIDED_MISSES = [
    # 受理 47, 作出复查意见 52 > 47, no carry-over
    "全年受理信访事项复查申请38件，均为本年度新收申请；已作出复查意见41件，复查意见全部按期送达。",
    # 受理 120, 作出审查意见 126 > 120
    "全年受理规范性文件备案审查申请120件，均为当年受理，作出审查意见126件。",
]

DECIDED_TRAPS = [
    # 作出复查意见 45 + 在办 2 = 47
    "全年受理信访事项复查申请47件，无上年结转；已作出复查意见45件，2件正在办理。",
    # 作出审查结论 118 <= 120
    "全年受理规范性文件备案审查申请120件，均为当年受理，作出审查结论118件。",
]


@pytest.mark.parametrize("text", FILED_MISSES + DECIDED_MISSES)
def test_more_closed_than_filed_is_an_error(text: str) -> None:
    assert [c for c, _ in errors(text) if c in CODES]


@pytest.mark.parametrize("text", FILED_TRAPS + DECIDED_TRAPS)
def test_closed_within_filed_is_no_error(text: str) -> None:
    assert not [c for c, _ in errors(text) if c in CODES]


def test_without_a_denied_carry_over_it_stays_a_warning_at_most() -> None:
    # 43 > 39 with nothing said of a carry-over: last year's cases may be closed this year
    text = "全年接到问题线索58件，立案查处39件，结案43件，收缴罚没款86.5万元。"
    assert not [c for c, _ in errors(text) if c == "N107"]
    assert _any(text, codes=CODES) is not None


# The ways a case is closed (调解结案, 裁决结案, 判决结案) are decisions of which each case gets
# one (numbers.toml ``clauses.one-decision``): a run of them right after the accepted figure,
# or in the next statement opened by the set of the concluded (「办结案件中，」), cannot sum
# above it (flow.py ``_decisions_over``); a denial of a carry-over (无上年结转) is no carry-over.
WAYS_MISSES = [
    # 318 + 176 + 31 = 525 > 512
    "全年受理仲裁案件512件（无上年结转），审结案件中调解结案318件、裁决结案176件、撤诉结案31件。",
    # 214 + 97 + 22 = 333 > 326, the ways in the next statement
    "全年立案受理争议案件326件。办结案件中，通过调解方式结案214件，裁决结案97件，撤诉结案22件。",
    # 61 + 35 + 9 = 105 > 102
    "区法院全年受理行政案件102件，判决结案61件、调解结案35件、撤诉结案9件。",
    # 140 + 52 + 11 = 203 > 198
    "全年受理农村土地承包经营纠纷仲裁申请198件，均为当年新收，调解结案140件、裁决结案52件、撤回申请11件。",
    # 25 + 13 + 6 = 44 > 42
    "全年受理人事争议仲裁案件42件。审结的案件中，调解结案25件，裁决结案13件，终止审理6件。",
    # 77 + 20 + 4 = 101 > 98
    "全年受理医疗纠纷人民调解申请98件，无上年结转，调解结案77件、判决结案20件、终止调解4件。",
    # 33 + 12 + 3 = 48 > 45
    "全年立案受理劳动争议案件45件。结案的案件中，调解结案33件，裁决结案12件，撤诉结案3件。",
    # 410 + 96 + 18 = 524 > 520
    "全年受理物业纠纷调解申请520件，调解结案410件、裁决结案96件、驳回申请18件。",
]

WAYS_TRAPS = [
    # 318 + 176 + 11 = 505 <= 512
    "全年受理仲裁案件512件（无上年结转），审结案件中调解结案318件、裁决结案176件、撤诉结案11件。",
    # 204 + 97 + 22 = 323 <= 326
    "全年立案受理争议案件326件。办结案件中，通过调解方式结案204件，裁决结案97件，撤诉结案22件。",
    # carry-over told: last year's cases may be closed this year (61 + 35 + 9 = 105 > 102)
    "区法院全年新收行政案件102件，上年结转8件，判决结案61件、调解结案35件、撤诉结案9件，未结5件。",
    # the next statement names another set (上年结转的案件中): not of the 326
    "全年立案受理争议案件326件，上年结转11件。上年结转的案件中，调解结案8件，裁决结案3件。",
    # 调解成功 / 调解不成 share the word 调解: a decision and its negation, 185 + 15 = 200
    "全年受理纠纷200件，调解成功185件、调解不成功15件。",
    # the next statement is not of the concluded: 2 statements of other things
    "全年受理仲裁案件120件。全年开展调解培训12场，调解员参训260人次，裁决书公开率100%。",
    # 25 + 13 + 6 = 44 <= 45
    "全年受理人事争议仲裁案件45件。审结的案件中，调解结案25件，裁决结案13件，终止审理6件。",
    # 410 + 96 + 14 = 520
    "全年受理物业纠纷调解申请520件，调解结案410件、裁决结案96件、驳回申请14件。",
]


@pytest.mark.parametrize("text", WAYS_MISSES)
def test_ways_of_closing_above_the_accepted_are_found(text: str) -> None:
    assert [c for c, _ in errors(text) if c in CODES]


@pytest.mark.parametrize("text", WAYS_TRAPS)
def test_ways_of_closing_within_the_accepted_stay_silent(text: str) -> None:
    assert not [c for c, _ in errors(text) if c in CODES]


# A count, a clause saying all of it was concluded, and the next statement opening with the set
# of the concluded (「对已办结工单」): the first figure of the count's unit there counts items of
# that set and cannot exceed the count (flow.py ``_of_the_concluded``).
FOLLOWUP_MISSES = [
    # 17,982 all concluded; 回访 18,246 > 17,982
    "全年共受理群众诉求17,982件，全部办结；对已办结工单实行逐件电话回访，回访工单18,246件。",
    # 2,415 all concluded; 2,468 > 2,415
    "全年受理退役军人诉求2,415件，均已办结；对办结诉求逐件开展电话回访，完成回访诉求2,468件。",
    # 640 all concluded; 652 > 640
    "全年受理企业诉求640件，已全部办结；对办结的诉求开展满意度评价，参评诉求652件。",
    # 93 all concluded; 95 > 93
    "全年受理行政复议申请93件，均已审结；对审结的案件逐案开展案卷评查，评查案件95件。",
    # 1,208 all concluded; 1,230 > 1,208
    "全年受理法律援助申请1,208件，均已办结；对已结案件开展质量评估，评估案件1,230件。",
    # 356 all concluded; 360 > 356
    "全年受理网络舆情事项356件，全部办结；对办结事项逐一回访，回访事项360件。",
    # 4,301 all concluded; 4,310 > 4,301
    "全年受理消费投诉4,301件，均已办结；对已办结投诉抽取回访，回访投诉4,310件。",
    # 72 all concluded; 80 > 72
    "全年受理信访复查申请72件，全部办结；对办结申请开展督查，督查申请80件。",
]

FOLLOWUP_TRAPS = [
    # 回访 counted in 人次: several calls per item, another unit
    "全年受理退役军人诉求2,415件，均已办结；对办结诉求实行多轮回访，全年累计回访2,530人次。",
    # 6,246 <= 17,982
    "全年受理群众诉求17,982件，全部办结；对已办结工单实行抽样电话回访，回访工单6,246件。",
    # not all concluded: 未全部办结 says nothing of the whole
    "全年受理企业诉求640件，其中大部分已办结；对办结的诉求开展满意度评价，参评诉求602件。",
    # carry-over told: last year's concluded are in the set too (93 + 5 = 98 >= 95)
    "全年新收行政复议申请93件，上年结转5件，均已审结；对审结的案件逐案开展评查，评查案件95件。",
    # the next statement is of another set (对新受理的), not of the concluded
    "全年受理法律援助申请1,208件，均已办结；对新受理的申请开展回访，回访申请1,230件。",
    # all concluded at another time (截至6月底): no bound for the year
    "上半年受理网络舆情事项356件，截至6月底均已办结；对下半年办结事项回访，回访事项360件。",
    # 4,301 each: all of them visited
    "全年受理消费投诉4,301件，均已办结；对已办结投诉逐件回访，回访投诉4,301件。",
    # a figure between: 新受理 80 is another set, the 80 is of the year's new ones
    "全年受理信访复查申请72件，全部办结；对办结申请开展督查，另新受理申请80件正在办理。",
]


@pytest.mark.parametrize("text", FOLLOWUP_MISSES)
def test_more_of_the_concluded_than_concluded_is_found(text: str) -> None:
    assert [c for c, _ in errors(text) if c in CODES]


@pytest.mark.parametrize("text", FOLLOWUP_TRAPS)
def test_within_the_concluded_stays_silent(text: str) -> None:
    assert not [c for c, _ in errors(text) if c in CODES]


# What was checked out or assigned (排查, 涉及, 下达) and what of it was remedied (整改, 销号) are
# two stages of a chain (numbers.toml ``clauses.approval-stages``): in one sentence, the remedied
# cannot be more than the found (a warning, read from words; flow.py ``_approval_chains``).
REMEDY_MISSES = [
    # 涉及问题 146, 整改销号 151 > 146
    "下达责令限期整改通知书146份、涉及问题146个；截至年底，已完成整改销号的问题151个。",
    # 排查 322, 整改 331 > 322
    "共检查企业76家次，排查并交办安全隐患322项；截至年底，已整改到位并销号的隐患331项。",
    # 排查 88, 整改 90 > 88
    "全年排查校园周边安全隐患88处，已全部落实整改，完成整改90处。",
    # 下达 57, 整改 59 > 57
    "开展食品安全专项检查，下达整改通知57份，已整改59份。",
    # 排查 214, 整改 220 > 214
    "全年排查燃气安全隐患214处，整改到位220处，约谈经营单位12家。",
    # 涉及 36, 整改 38 > 36
    "下达案卷评查意见书12份，涉及执法不规范问题36个，已整改38个。",
    # 下达 19 → 整改 21 > 19 (份)
    "全年向镇街下达督办整改通知19份，已整改销号21份。",
    # 排查 140, 销号 141 > 140
    "全年排查河湖“四乱”问题140个，完成整改销号141个。",
]

REMEDY_TRAPS = [
    # 146 remedied 140 <= 146
    "下达责令限期整改通知书146份、涉及问题146个；截至年底，已完成整改销号的问题140个。",
    # carry-over told: 322 + 15 = 337 >= 331
    "全年检查发现安全隐患322项，连同上年未完成整改的15项，年内整改销号隐患331项，剩余6项已落实整改措施。",
    # other units: 问题 个 vs 企业 家
    "开展食品安全专项检查，排查问题57个，督促整改企业59家。",
    # a part (其中…排查) is no stage: 1,290 <= 1,326
    "区、镇两级共排查消防隐患1,326处，其中区级排查418处，已整改到位1,290处。",
    # 发现并纠正: already put right, no stage: 143 vs 17 unrelated
    "审核材料1043份，发现并纠正重复申报问题17项；全年检查企业286家次，整改隐患问题143项。",
    # remedied in the next sentence of another year's scope: chains are read in one sentence only
    "全年排查燃气安全隐患214处。2019年以来累计整改到位各类隐患1,120处。",
    # 发现 36 = 整改 36
    "通过案卷评查发现执法不规范问题36个，已整改36个。",
    # a figure of no stage between in another unit leaves the chain open, 整改 50 <= 57
    "发现问题57个，组织约谈企业8家，督促整改问题50个。",
    # 排查 88, 整改 80 <= 88
    "全年排查校园周边安全隐患88处，完成整改80处，其余8处正在整改。",
    # 销号 140 = 140
    "全年发现河湖“四乱”问题140个，完成整改销号140个。",
]


@pytest.mark.parametrize("text", REMEDY_MISSES)
def test_more_remedied_than_found_is_found(text: str) -> None:
    assert _any(text, codes=CODES)


@pytest.mark.parametrize("text", REMEDY_TRAPS)
def test_remedied_within_found_stays_silent(text: str) -> None:
    assert not _any(text, codes=CODES)
