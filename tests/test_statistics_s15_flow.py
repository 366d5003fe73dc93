"""Outcomes of a set that was wholly acted on (session 15, s15-flow, issue 9).

A. Decisions listed after 「全部审结」: more than the whole is always an error; fewer only when
   the classes cover every decision (a class and its negation, or one class lumping the rest:
   「维持…，变更或撤销…」) — 「维持52件、撤销9件」 of 76 names two decisions of many.
B. Items counted in 条/起/宗 that a clause of all files (全部立案查处) are one case each: their
   done + open, counted in 件, may not exceed them (not without the word of all, not merged).
C. A rate beside a due figure and a larger done one: more done than due is no share, and a
   rate that fits neither done ÷ due nor due ÷ done is reported.
D. A part whose words say it missed the rate's doing (未经评估, 超期公示, 事后补充审查) is
   outside the rate's numerator: a 100% rate beside it is reported.
E. A 其中 after 「其余全部受理…」 splits the rest, not the part named before it.

Every sentence is written for these tests (none from a fixture set); the arithmetic of each
verdict is in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import errors as _errors
from relation_helpers import findings as _any
from relation_helpers import judged

DECISIONS_WRONG = [
    # 40 + 21 = 61 > 60 all concluded
    "区人民政府全年共受理行政复议案件60件，全部依法审结，其中维持40件、撤销21件。",
    # 46 + 23 = 69 > 67 all concluded
    "县人民政府全年共受理行政复议申请67件，全部依法审结，其中维持46件、撤销23件。",
    # 52 + 25 = 77 > 74 all concluded
    "市教育局全年共受理教师申诉74件，全部依法审结，其中维持52件、撤销25件。",
    # 58 + 24 = 82 > 81 all concluded
    "区人力资源和社会保障局全年共受理人事处理申诉81件，全部依法审结，其中维持58件、撤销24件。",
    # 64 + 26 = 90 > 88 all concluded
    "县税务局全年共受理税务行政复议案件88件，全部依法审结，其中维持64件、撤销26件。",
    # 70 + 28 = 98 > 95 all concluded
    "市公安局全年共受理行政复议案件95件，全部依法审结，其中维持70件、撤销28件。",
    # 76 + 27 = 103 > 102 all concluded
    "区卫生健康委全年共受理行政处理复核申请102件，全部依法审结，其中维持76件、撤销27件。",
    # 82 + 29 = 111 > 109 all concluded
    "县自然资源局全年共受理复核申请109件，全部依法审结，其中维持82件、撤销29件。",
    # 32 + 6 = 38 != 41: 维持 and 变更或撤销 are every decision
    "区人民政府全年共受理行政复议案件41件，所有行政复议案件均已办结，其中维持原决定32件，变更或撤销原决定6件。",
    # 40 + 7 = 47 != 50: 维持 and 变更或撤销 are every decision
    "县人民政府全年共受理行政复议申请50件，所有行政复议申请均已办结，其中维持原决定40件，变更或撤销原决定7件。",
    # 48 + 6 = 54 != 59: 维持 and 变更或撤销 are every decision
    "市教育局全年共受理教师申诉59件，所有教师申诉均已办结，其中维持原决定48件，变更或撤销原决定6件。",
    # 56 + 7 = 63 != 68: 维持 and 变更或撤销 are every decision
    "区人力资源和社会保障局全年共受理人事处理申诉68件，所有人事处理申诉均已办结，其中维持原决定56件，变更或撤销原决定7件。",
]

DECISIONS_RIGHT = [
    # 45 + 8 = 53 < 70: two decisions of many (驳回, 终止…), some only
    "区人民政府全年共受理行政复议案件70件，全部依法审结，其中维持45件、撤销8件。",
    # 49 + 9 = 58 < 75: two decisions of many (驳回, 终止…), some only
    "县人民政府全年共受理行政复议申请75件，全部依法审结，其中维持49件、撤销9件。",
    # 53 + 10 = 63 < 80: two decisions of many (驳回, 终止…), some only
    "市教育局全年共受理教师申诉80件，全部依法审结，其中维持53件、撤销10件。",
    # 57 + 11 = 68 < 85: two decisions of many (驳回, 终止…), some only
    "区人力资源和社会保障局全年共受理人事处理申诉85件，全部依法审结，其中维持57件、撤销11件。",
    # 61 + 12 = 73 < 90: two decisions of many (驳回, 终止…), some only
    "县税务局全年共受理税务行政复议案件90件，全部依法审结，其中维持61件、撤销12件。",
    # 65 + 13 = 78 < 95: two decisions of many (驳回, 终止…), some only
    "市公安局全年共受理行政复议案件95件，全部依法审结，其中维持65件、撤销13件。",
    # 69 + 14 = 83 < 100: two decisions of many (驳回, 终止…), some only
    "区卫生健康委全年共受理行政处理复核申请100件，全部依法审结，其中维持69件、撤销14件。",
    # 73 + 15 = 88 < 105: two decisions of many (驳回, 终止…), some only
    "县自然资源局全年共受理复核申请105件，全部依法审结，其中维持73件、撤销15件。",
    # 30 + 7 = 37 = 37: the lumped class is the rest
    "县税务局全年共受理税务行政复议案件37件，所有税务行政复议案件均已办结，其中维持原决定30件，变更或撤销原决定7件。",
    # 33 + 8 = 41 = 41: the lumped class is the rest
    "市公安局全年共受理行政复议案件41件，所有行政复议案件均已办结，其中维持原决定33件，变更或撤销原决定8件。",
    # 36 + 9 = 45 = 45: the lumped class is the rest
    "区卫生健康委全年共受理行政处理复核申请45件，所有行政处理复核申请均已办结，其中维持原决定36件，变更或撤销原决定9件。",
    # 39 + 10 = 49 = 49: the lumped class is the rest
    "县自然资源局全年共受理复核申请49件，所有复核申请均已办结，其中维持原决定39件，变更或撤销原决定10件。",
]

FILED_WRONG = [
    # 45 条 all filed; 39 + 7 = 46 > 45
    "县应急管理局全年接到安全生产举报线索60条，经核查属实45条，对属实的全部立案查处，目前已结案39件、正在办理7件。",
    # 55 条 all filed; 48 + 9 = 57 > 55
    "区城市管理局全年接到违法建设问题线索71条，经核查属实55条，对属实的全部立案查处，目前已结案48件、正在办理9件。",
    # 65 起 all filed; 57 + 11 = 68 > 65
    "市市场监督管理局全年接到食品安全问题82起，经核查属实65起，对属实的全部立案调查，目前已结案57件、正在办理11件。",
    # 75 起 all filed; 69 + 7 = 76 > 75
    "区生态环境局全年接到环境违法问题93起，经核查属实75起，对属实的全部立案查处，目前已结案69件、正在办理7件。",
    # 85 条 all filed; 78 + 9 = 87 > 85
    "县交通运输局全年接到超限运输违法线索104条，经核查属实85条，对属实的全部立案处理，目前已结案78件、正在办理9件。",
    # 95 起 all filed; 87 + 11 = 98 > 95
    "区住房和城乡建设局全年接到违规施工问题115起，经核查属实95起，对属实的全部立案查处，目前已结案87件、正在办理11件。",
    # 105 宗 all filed; 99 + 7 = 106 > 105
    "市自然资源局全年接到违法占地线索126宗，经核查属实105宗，对属实的全部立案查处，目前已结案99件、正在办理7件。",
    # 115 条 all filed; 108 + 9 = 117 > 115
    "县文化和旅游局全年接到文化市场违法线索137条，经核查属实115条，对属实的全部立案调查，目前已结案108件、正在办理9件。",
]

FILED_RIGHT = [
    # 38 条 all filed; 33 + 5 = 38
    "县应急管理局全年接到安全生产举报线索50条，经核查属实38条，对属实的全部立案查处，目前已结案33件、正在办理5件。",
    # 47 条 all filed; 42 + 5 = 47
    "区城市管理局全年接到违法建设问题线索59条，经核查属实47条，对属实的全部立案查处，目前已结案42件、正在办理5件。",
    # 56 起 all filed; 51 + 5 = 56
    "市市场监督管理局全年接到食品安全问题68起，经核查属实56起，对属实的全部立案调查，目前已结案51件、正在办理5件。",
    # 65 起 all filed; 60 + 5 = 65
    "区生态环境局全年接到环境违法问题77起，经核查属实65起，对属实的全部立案查处，目前已结案60件、正在办理5件。",
    # 57 + 6 = 63 > 60 条, but no word says every one was filed (one clue may make several cases)
    "县交通运输局全年接到超限运输违法线索80条，经核查属实60条，依法立案处理，目前已结案57件、正在办理6件。",
    # 66 + 6 = 72 > 69 起, but no word says every one was filed (one clue may make several cases)
    "区住房和城乡建设局全年接到违规施工问题89起，经核查属实69起，依法立案查处，目前已结案66件、正在办理6件。",
    # 52 宗 merged into 41 cases; 36 + 5 = 41
    "市自然资源局全年接到违法占地线索74宗，经核查属实52宗，合并处理后立案41件，已结案36件、正在办理5件。",
    # 57 条 merged into 46 cases; 41 + 5 = 46
    "县文化和旅游局全年接到文化市场违法线索79条，经核查属实57条，合并处理后立案46件，已结案41件、正在办理5件。",
]

DUE_WRONG = [
    # 58 done > 56 due; 58/56 = 103.57%, 56/58 = 96.55%, stated 98.2% fits neither
    "区自然资源局全年应办理的不动产登记积案56件，已清理办结58件，积案清理率98.2%。",
    # 67 done > 64 due; 67/64 = 104.69%, 64/67 = 95.52%, stated 98.4% fits neither
    "区信访局全年应当办理的信访积案64件，已化解67件，积案化解率98.4%。",
    # 76 done > 72 due; 76/72 = 105.56%, 72/76 = 94.74%, stated 98.6% fits neither
    "区司法局全年应开展回访的人民调解案件72件，已回访76件，回访率98.6%。",
    # 82 done > 80 due; 82/80 = 102.50%, 80/82 = 97.56%, stated 98.8% fits neither
    "县人民政府全年应当清理的行政规范性文件80件，已清理82件，文件清理率98.8%。",
    # 91 done > 88 due; 91/88 = 103.41%, 88/91 = 96.70%, stated 98.9% fits neither
    "市生态环境局全年应当整改的环境问题88件，已整改91件，整改率98.9%。",
    # 100 done > 96 due; 100/96 = 104.17%, 96/100 = 96.00%, stated 99.0% fits neither
    "区应急管理局全年应复查的重大隐患96件，已复查100件，隐患复查率99.0%。",
    # 106 done > 104 due; 106/104 = 101.92%, 104/106 = 98.11%, stated 99.0% fits neither
    "区税务局全年应当核查的涉税疑点104件，已核查106件，疑点核查率99.0%。",
    # 115 done > 112 due; 115/112 = 102.68%, 112/115 = 97.39%, stated 99.1% fits neither
    "县教育局全年应办理的学生申诉112件，已办结115件，申诉办结率99.1%。",
]

DUE_RIGHT = [
    # 55/56 = 98.214% → 98.2%
    "区自然资源局全年应办理的不动产登记积案56件，已清理办结55件，积案清理率98.2%。",
    # 62/64 = 96.875% → 96.9%
    "区信访局全年应当办理的信访积案64件，已化解62件，积案化解率96.9%。",
    # 69/72 = 95.833% → 95.8%
    "区司法局全年应开展回访的人民调解案件72件，已回访69件，回访率95.8%。",
    # 79/80 = 98.750% → 98.8%
    "县人民政府全年应当清理的行政规范性文件80件，已清理79件，文件清理率98.8%。",
    # 86/88 = 97.727% → 97.7%
    "市生态环境局全年应当整改的环境问题88件，已整改86件，整改率97.7%。",
    # 93/96 = 96.875% → 96.9%
    "区应急管理局全年应复查的重大隐患96件，已复查93件，隐患复查率96.9%。",
    # 103/104 = 99.038% → 99.0%
    "区税务局全年应当核查的涉税疑点104件，已核查103件，疑点核查率99.0%。",
    # 110/112 = 98.214% → 98.2%
    "县教育局全年应办理的学生申诉112件，已办结110件，申诉办结率98.2%。",
]

MISSED_WRONG = [
    # 18 + 1 = 19, but 1 missed it: 18/19 = 94.74% != 100%
    "市人民政府全年需进行合法性审查的重大行政决策事项19件，其中经审查后提交决策的18件，事后补充审查的1件，重大行政决策合法性审查率达100%。",
    # 30 + 2 = 32, but 2 missed it: 30/32 = 93.75% != 100%
    "区应急管理局全年应当公示的行政处罚决定32件，其中在法定时限内公示的30件，超期公示的2件，行政处罚决定按时公示率达100%。",
    # 42 + 3 = 45, but 3 missed it: 42/45 = 93.33% != 100%
    "街道办事处全年需开展社会稳定风险评估的重大事项45件，其中经风险评估后实施的42件，未经评估先行实施的3件，重大事项风险评估率达100%。",
    # 57 + 1 = 58, but 1 missed it: 57/58 = 98.28% != 100%
    "区市场监督管理局全年需进行法制审核的重大执法决定58件，其中作出前经法制审核的57件，未经法制审核的1件，重大执法决定法制审核率达100%。",
    # 69 + 2 = 71, but 2 missed it: 69/71 = 97.18% != 100%
    "县人民政府全年应报送备案的行政规范性文件71件，其中按时报送备案的69件，逾期报送备案的2件，规范性文件按时报送率达100%。",
    # 81 + 3 = 84, but 3 missed it: 81/84 = 96.43% != 100%
    "区城市管理局全年需听取公众意见的执法事项84件，其中听取公众意见的81件，未听取公众意见的3件，公众意见听取率达100%。",
    # 96 + 1 = 97, but 1 missed it: 96/97 = 98.97% != 100%
    "市司法局全年应当答复的政府信息公开申请97件，其中在法定期限内答复的96件，超期答复的1件，政府信息公开申请按期答复率达100%。",
    # 108 + 2 = 110, but 2 missed it: 108/110 = 98.18% != 100%
    "区教育局全年需公平竞争审查的政策措施110件，其中出台前经审查的108件，事后补充审查的2件，公平竞争审查率达100%。",
]

MISSED_RIGHT = [
    # 16 + 3 = 19, parts by subject, none missed: 100%
    "市人民政府全年需进行合法性审查的重大行政决策事项19件，其中市级层面的16件，区级层面的3件，重大行政决策合法性审查率达100%。",
    # 28 + 4 = 32, parts by subject, none missed: 100%
    "区应急管理局全年应当公示的行政处罚决定32件，其中涉及民生保障的28件，涉及产业发展的4件，行政处罚决定按时公示率达100%。",
    # 40 + 5 = 45, parts by subject, none missed: 100%
    "街道办事处全年需开展社会稳定风险评估的重大事项45件，其中市级层面的40件，区级层面的5件，重大事项风险评估率达100%。",
    # 52 + 6 = 58, parts by subject, none missed: 100%
    "区市场监督管理局全年需进行法制审核的重大执法决定58件，其中涉及民生保障的52件，涉及产业发展的6件，重大执法决定法制审核率达100%。",
    # 69/71 = 97.183% → 97.2%, the missed 2 left out
    "县人民政府全年应报送备案的行政规范性文件71件，其中按时报送备案的69件，逾期报送备案的2件，规范性文件按时报送率97.2%。",
    # 81/84 = 96.429% → 96.4%, the missed 3 left out
    "区城市管理局全年需听取公众意见的执法事项84件，其中听取公众意见的81件，未听取公众意见的3件，公众意见听取率96.4%。",
    # 96/97 = 98.969% → 99.0%, the missed 1 left out
    "市司法局全年应当答复的政府信息公开申请97件，其中在法定期限内答复的96件，超期答复的1件，政府信息公开申请按期答复率99.0%。",
    # 108/110 = 98.182% → 98.2%, the missed 2 left out
    "区教育局全年需公平竞争审查的政策措施110件，其中出台前经审查的108件，事后补充审查的2件，公平竞争审查率98.2%。",
]

REST_WRONG = [
    # accepted 47 named; 41 + 8 = 49 > 47
    "区人民政府全年收到行政复议申请53件，其中不予受理6件，依法受理47件且全部办结，其中维持41件、撤销8件。",
    # accepted 56 named; 49 + 10 = 59 > 56
    "县司法局全年收到法律援助申请63件，其中不予受理7件，依法受理56件且全部办结，其中指派律师办理49件、指派法律援助工作者办理10件。",
    # accepted 65 named; 57 + 12 = 69 > 65
    "市人力资源和社会保障局全年收到劳动仲裁申请73件，其中不予受理8件，依法受理65件且全部办结，其中调解结案57件、裁决结案12件。",
    # accepted 74 named; 65 + 11 = 76 > 74
    "区市场监督管理局全年收到消费投诉83件，其中不予受理9件，依法受理74件且全部办结，其中调解成功65件、调解不成终止11件。",
    # accepted 87 named; 77 + 13 = 90 > 87
    "县自然资源局全年收到行政许可申请93件，其中不予受理6件，依法受理87件且全部办结，其中准予许可77件、不予许可13件。",
    # accepted 96 named; 85 + 15 = 100 > 96
    "区生态环境局全年收到信访事项103件，其中不予受理7件，依法受理96件且全部办结，其中予以支持85件、不予支持15件。",
    # accepted 105 named; 93 + 14 = 107 > 105
    "县人民政府全年收到行政复议申请113件，其中不予受理8件，依法受理105件且全部办结，其中维持93件、确认违法14件。",
    # accepted 114 named; 101 + 16 = 117 > 114
    "区卫生健康委全年收到医疗纠纷调解申请123件，其中不予受理9件，依法受理114件且全部办结，其中调解成功101件、调解不成16件。",
]

REST_RIGHT = [
    # rest 53 - 6 = 47 = 41 + 6; not a split of the 6
    "区人民政府全年收到行政复议申请53件，其中不予受理6件，其余全部受理并依法审结，其中维持41件、撤销6件。",
    # rest 63 - 7 = 56 = 49 + 7; not a split of the 7
    "县司法局全年收到法律援助申请63件，其中不予受理7件，其余全部受理并办结，其中指派律师办理49件、指派法律援助工作者办理7件。",
    # rest 73 - 8 = 65 = 57 + 8; not a split of the 8
    "市人力资源和社会保障局全年收到劳动仲裁申请73件，其中不予受理8件，其余全部立案并审结，其中调解结案57件、裁决结案8件。",
    # rest 83 - 9 = 74 = 65 + 9; not a split of the 9
    "区市场监督管理局全年收到消费投诉83件，其中不予受理9件，其余全部受理并办结，其中调解成功65件、调解不成终止9件。",
    # rest 93 - 6 = 87 = 77 + 10; not a split of the 6
    "县自然资源局全年收到行政许可申请93件，其中不予受理6件，其余全部受理并办结，其中准予许可77件、不予许可10件。",
    # rest 103 - 7 = 96 = 85 + 11; not a split of the 7
    "区生态环境局全年收到信访事项103件，其中不予受理7件，其余全部受理并办结，其中予以支持85件、不予支持11件。",
    # rest 113 - 8 = 105 = 93 + 12; not a split of the 8
    "县人民政府全年收到行政复议申请113件，其中不予受理8件，其余全部受理并审结，其中维持93件、确认违法12件。",
    # rest 123 - 9 = 114 = 101 + 13; not a split of the 9
    "区卫生健康委全年收到医疗纠纷调解申请123件，其中不予受理9件，其余全部受理并调处完毕，其中调解成功101件、调解不成13件。",
]


@pytest.mark.parametrize("text", DECISIONS_WRONG)
def test_decisions_after_all_concluded_that_cannot_be_every_one(text: str) -> None:
    assert _errors(text)


@pytest.mark.parametrize("text", DECISIONS_RIGHT)
def test_decisions_after_all_concluded_that_name_some_only(text: str) -> None:
    assert not _errors(text)


@pytest.mark.parametrize("text", FILED_WRONG)
def test_done_and_open_cases_of_items_all_filed_exceed_them(text: str) -> None:
    assert _errors(text)


@pytest.mark.parametrize("text", FILED_RIGHT)
def test_done_and_open_cases_of_items_filed(text: str) -> None:
    assert not _any(text)


@pytest.mark.parametrize("text", DUE_WRONG)
def test_more_done_than_due_with_a_rate_of_neither(text: str) -> None:
    assert judged(text)


@pytest.mark.parametrize("text", DUE_RIGHT)
def test_done_of_due_with_its_rate(text: str) -> None:
    assert not _any(text)


@pytest.mark.parametrize("text", MISSED_WRONG)
def test_a_full_rate_beside_a_part_that_missed_it(text: str) -> None:
    assert _errors(text)


@pytest.mark.parametrize("text", MISSED_RIGHT)
def test_a_rate_beside_parts_that_did_not_miss_it_or_left_out(text: str) -> None:
    assert not _any(text)


@pytest.mark.parametrize("text", REST_WRONG)
def test_decisions_of_the_accepted_named_by_a_figure(text: str) -> None:
    assert _errors(text)


@pytest.mark.parametrize("text", REST_RIGHT)
def test_decisions_of_the_rest_after_a_refusal(text: str) -> None:
    assert not _any(text)
