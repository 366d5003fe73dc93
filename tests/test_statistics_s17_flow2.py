"""Session 17 (s17-flow2): outcome lists that must add up to their intake.

* an intake said all concluded at its statement's end (「…，已全部办结。」) and the next statement
  listing, after a lead clause of no figure (「经技术审核，」), a decision and its negation (核准/
  不予核准): every item got one — the list is all outcomes, 分别为 or not (partition.py
  ``_results_after_all_done``). Without the all-concluded words, or without a decision and its
  negation, the list may be partial: silent;
* a concluding rate of 100% (办结率100%) right before its 其中 list says all was concluded as
  全部办结 does (flow.py ``_ALL_RATE_RE``; not 按期办结率: a share of the concluded; not a rate
  after figures of two levels, 自行处理/派单 then 按时结案/超时办理 of the dispatched), and 延期 is the other side of
  按期/期限内 (numbers.toml ``clauses.outcome-spaces``);
* 「其中上年结转8件、本年新收66件」 splits the caseload by where the cases came from (numbers.toml
  ``clauses.origin-splits``): 本年 there opens no statement of its own, and 上年 no other year's
  split; of a concluded whole only when none is left open. 上年转入 is carried in (``carry-in``).

Every sentence is written for these tests; the arithmetic in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import errors
from relation_helpers import findings as _any

CODES = ("N101", "N102", "N103", "N107")

NEXT_STATEMENT_MISSES = [
    # 263 all done; 241 + 17 + 3 = 261
    "市药品监督管理局全年受理药品经营许可申报263件，已全部办结。经技术审核，予以核准241件，不予核准17件，申请人主动撤回申请3件；核准的企业均已发证。",
    # 118 all done; 97 + 15 + 4 = 116
    "区自然资源局全年受理不动产登记更正申请118件，均已办结。经审查，准予更正97件，不予更正15件，申请人撤回4件。",
    # 64 all done; 51 + 9 = 60
    "县交通运输局全年受理道路运输经营许可申请64件，均已按期办结。经现场核验，准予许可51件，不予许可9件。",
    # 205 all answered; 160 + 41 = 201
    "市生态环境局全年受理环评审批申请205件，已全部作出决定。经技术评估，予以批准160件，不予批准41件。",
    # 39 all done; 30 + 7 + 1 = 38
    "区城市管理局全年受理占道经营审批申请39件，已全部办结。经实地踏勘，同意设置30件，不同意设置7件，撤回1件。",
    # 87 all done; 70 + 12 + 3 = 85
    "县卫生健康委全年受理医疗机构执业登记申请87件，均已办结完毕。经审查，准予登记70件，不予登记12件，终止办理3件。",
    # 150 all done; 133 + 15 = 148
    "区教育局全年受理民办培训机构设立申请150件，已全部办结。经专家评审，批准设立133件，不予批准15件。",
    # 56 all done; 40 + 14 = 54
    "市水务局全年受理取水许可申请56件，均已审结。经论证，准予取水40件，不予取水14件。",
]

NEXT_STATEMENT_TRAPS = [
    # not all done: 263 received, 250 concluded; 231 + 17 + 3 = 251 among them (≤ 263)
    "市药品监督管理局全年受理药品经营许可申报263件，办结250件。经技术审核，予以核准231件，不予核准17件，申请人主动撤回申请3件。",
    # a part of the approved (其中), no second outcome: 241 ≤ 263, 17 ≤ 241
    "市药品监督管理局全年受理药品经营许可申报263件，已全部办结。经技术审核，予以核准241件，其中现场核查后核准17件。",
    # balanced: 118 = 97 + 15 + 6
    "区自然资源局全年受理不动产登记更正申请118件，均已办结。经审查，准予更正97件，不予更正15件，申请人撤回6件。",
    # balanced: 64 = 51 + 13
    "县交通运输局全年受理道路运输经营许可申请64件，均已按期办结。经现场核验，准予许可51件，不予许可13件。",
    # carried-over told: the outcomes may hold last year's cases (200 + 8 = 208 ≥ 201 + 5)
    "市生态环境局全年受理环评审批申请200件，上年结转8件，已全部作出决定。经技术评估，予以批准201件，不予批准5件。",
    # the next statement is of another thing (inspections), 133 + 20 says nothing of 150
    "区教育局全年受理民办培训机构设立申请150件，已全部办结。全年开展检查，检查合格133家，不合格20家。",
    # not all done: 54 concluded of 56; 40 + 14 = 54
    "市水务局全年受理取水许可申请56件，审结54件。经论证，准予取水40件，不予取水14件。",
    # all done, list balanced over three outcomes: 87 = 70 + 14 + 3
    "县卫生健康委全年受理医疗机构执业登记申请87件，均已办结完毕。经审查，准予登记70件，不予登记14件，终止办理3件。",
]


@pytest.mark.parametrize("text", NEXT_STATEMENT_MISSES)
def test_decisions_in_the_next_statement_split_an_all_concluded_intake(text: str) -> None:
    assert {"N101", "N102"} & {c for c, _ in errors(text)}


@pytest.mark.parametrize("text", NEXT_STATEMENT_TRAPS)
def test_next_statement_partial_or_balanced_is_silent(text: str) -> None:
    assert not _any(text, codes=CODES)


RATE_MISSES = [
    # 100% concluded: 209 + 3 = 212 != 214
    "区信访局全年共受理信访事项214件，办结率100%，其中按期办结209件，延期办结3件。",
    # 100% concluded: 1180 + 25 = 1205 != 1210
    "街道办事处全年受理12345热线工单1210件，办结率达100%，其中按时办结1180件，超时办结25件。",
    # 100% concluded: 402 + 6 = 408 != 410
    "县人力资源和社会保障局全年受理劳动保障监察举报投诉410件，结案率为100%，其中按期结案402件，延期结案6件。",
    # all concluded: 88 + 4 = 92 != 95
    "区市场监督管理局全年受理消费投诉95件，已全部办结，其中在法定期限内办结88件，延期办结4件。",
    # all concluded: 57 + 2 = 59 != 61
    "市司法局全年受理行政复议申请61件，均已审结，其中按期审结57件，延期审结2件。",
    # 100% answered: 132 + 2 = 134 != 136
    "区政务服务管理局全年受理政务服务投诉136件，答复率100%，其中按期答复132件，延期答复2件。",
    # 100%: 71 + 5 = 76 != 78
    "县住房和城乡建设局全年受理物业服务投诉78件，办结率100%，其中按时办结71件，逾期办结5件。",
    # 100%: 940 + 24 = 964 != 967
    "区税务局全年受理纳税服务投诉967件，办结率100.0%，其中按期办结940件，延期办结24件。",
]

RATE_TRAPS = [
    # 按期办结率 is a share of the concluded: 205 + 3 = 208 concluded of 214
    "区信访局全年共受理信访事项214件，按期办结率100%，其中按期办结205件，延期办结3件。",
    # balanced: 214 = 211 + 3
    "区信访局全年共受理信访事项214件，办结率100%，其中按期办结211件，延期办结3件。",
    # no word of all: 1180 + 25 = 1205 of 1210 (some still open)
    "街道办事处全年受理12345热线工单1210件，办结1205件，其中按时办结1180件，超时办结25件。",
    # a rate below 100%: 402 + 6 = 408 of 410 (98.5% → 404 concluded? 408/410 = 99.5%; said 99.5%)
    "县人力资源和社会保障局全年受理劳动保障监察举报投诉410件，结案率为99.5%，其中按期结案402件，延期结案6件。",
    # 及时答复率 is a share of the answered: 132 + 1 = 133 of 136
    "区政务服务管理局全年受理政务服务投诉136件，及时答复率100%，其中按期答复132件，延期答复1件。",
    # partial: only 按期 stated, 88 < 95
    "区市场监督管理局全年受理消费投诉95件，已全部办结，其中在法定期限内办结88件。",
    # balanced: 61 = 59 + 2
    "市司法局全年受理行政复议申请61件，均已审结，其中按期审结59件，延期审结2件。",
    # 100% of satisfaction, not of concluding: 71 + 5 = 76 of 78
    "县住房和城乡建设局全年受理物业服务投诉78件，满意率100%，其中按时办结71件，逾期办结5件。",
    # the rate after figures of two levels (a published shape): 2276 + 601 = 2877 handled by
    # the centre or dispatched; 597 + 4 = 601 of the dispatched — no flat list of outcomes
    "共受理群众诉求2877件，自行处理2276件，派单601件，按时结案597件，超时办理4件，结案率100%，按时结案率99%。",
    # the same, another month: 1749 + 594 = 2343; 591 + 3 = 594
    "共受理群众诉求2343件，自行处理1749件，派单594件，按时结案591件，超时办理3件，结案率100%。",
    # the rate closes the sentence after its figures; 318 + 42 = 360 by the centre, 39 + 3 = 42
    "街道全年受理热线工单360件，自行办理318件，转办42件，按时办结39件，逾期办结3件，办结率达100%。",
]


@pytest.mark.parametrize("text", RATE_MISSES)
def test_all_concluded_by_rate_or_words_splits_by_time(text: str) -> None:
    assert {"N101", "N102"} & {c for c, _ in errors(text)}


@pytest.mark.parametrize("text", RATE_TRAPS)
def test_timeliness_rate_or_partial_split_is_silent(text: str) -> None:
    assert not _any(text, codes=CODES)


ORIGIN_MISSES = [
    # 8 + 66 = 74 != 72
    "市人民政府全年共办理行政复议案件72件，其中上年结转8件、本年新收66件。",
    # concluded, none open: 14 + 141 = 155 != 152
    "县人民法院全年审结非诉行政执行审查案件152件，其中上年结转14件、本年新收141件，年底无未结案件。",
    # 21 + 310 = 331 != 329
    "区劳动人事争议仲裁院全年共处理争议案件329件，其中上年结转21件，本年新收310件。",
    # 5 + 47 = 52 != 50
    "县司法局全年共办理行政应诉案件50件，其中上年结转5件、当年新收47件。",
    # 12 + 230 = 242 != 240 (旧存)
    "区人民法院全年共执行案件240件，其中旧存12件，新收230件。",
    # bracket, 转入: 436 = caseload; 421 + 19 = 440
    "县劳动人事争议仲裁院全年受理劳动人事争议案件436件（含上年转入11件），审结421件，尚未审结的19件依法结转下一年度。",
    # 9 + 96 = 105 != 103
    "市市场监督管理局全年共办理行政处罚听证案件103件，其中上年结转9件、本年受理96件。",
    # concluded, all concluded: 3 + 58 = 61 != 60
    "区人民政府全年审结行政复议案件60件，其中上年结转3件、本年新收58件，均已审结。",
]

ORIGIN_TRAPS = [
    # balanced: 74 = 8 + 66
    "市人民政府全年共办理行政复议案件74件，其中上年结转8件、本年新收66件。",
    # concluded with cases still open: 8 + 66 = 74 is the caseload, 70 concluded, 4 open
    "全年审结行政复议案件70件，其中上年结转8件、本年新收66件，尚有4件未审结。",
    # a scope of the new ones: 8 + 59 says nothing of 74
    "全年办理行政复议案件74件，其中上年结转8件，本年新收的案件中已审结59件。",
    # concluded of the carried 6, of the new 64: 6 + 64 = 70
    "全年审结行政复议案件70件，其中上年结转6件，本年新收的案件审结64件。",
    # balanced: 329 = 21 + 308
    "区劳动人事争议仲裁院全年共处理争议案件329件，其中上年结转21件，本年新收308件。",
    # 转入 balanced: 436 = 417 + 19
    "县劳动人事争议仲裁院全年受理劳动人事争议案件436件（含上年转入11件），审结417件，尚未审结的19件依法结转下一年度。",
    # the carry-over explains more concluded than new: 66 + 8 = 74 = 70 + 4
    "全年新收行政复议案件66件，上年结转8件，审结70件，未审结4件。",
    # the concluded among the new, no count of the new: 8 + 60 = 68 says nothing of 72
    "市人民政府全年共办理行政复议案件72件，其中上年结转8件，本年新收的案件已审结60件。",
    # the same, more than the whole together: 8 + 66 = 74 > 72, but 66 are concluded, not new
    "市人民政府全年共办理行政复议案件72件，其中上年结转8件，本年新收案件已办结66件。",
]


@pytest.mark.parametrize("text", ORIGIN_MISSES)
def test_split_by_where_the_cases_came_from(text: str) -> None:
    assert {"N101", "N102"} & {c for c, _ in errors(text)}


@pytest.mark.parametrize("text", ORIGIN_TRAPS)
def test_origin_split_balanced_open_or_partial_is_silent(text: str) -> None:
    assert not _any(text, codes=CODES)
