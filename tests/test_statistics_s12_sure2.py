"""Errors only where the link is stated, second pass (session 12, s12-sure2, issue 9).

relations/sure.py keeps as a warning, naming the assumed figures, two more inferred readings:

1. a rate passed over: its numerator taken from after the rate and its base from before it,
   while the figure right before the rate's phrase, whose phrase says the rate's action, is
   neither (「公示执法信息1426条，对38件重大执法决定开展法制审核，审核率100%，提出审核意见73条」:
   the rate is of the 38, 73 ÷ 1426 is the rule's pairing);
2. a short rate name (「考试合格率」) whose opening (考试) is what a 100% rate's numerator counts
   (「参加…考试的806人」) and whose action (合格) that figure's phrase does not say: the figure
   is the set the rate is of (806 ÷ 806), the rule's 806 ÷ 812 a reading;
3. a list run on: the parts before a clause end (；。) add up to the whole and the rest follow
   that end (「其中予以公开168件、…无法提供27件；因…引发行政复议2件、行政诉讼1件」).

Traps: no error, the reading kept as a warning. Contradictions of the same shape whose link
the text states (the numerator right before the rate; parts that do not add up before the
clause end) stay errors. Every sentence is written for these tests (none from a blind set)."""

from __future__ import annotations

import pytest
from relation_helpers import errors as _errors
from relation_helpers import findings as _any
from relation_helpers import judged

PASSED_OVER_RIGHT = [
    # 96 / 3120 = 3.08%; the 听证率 is of the 47 heard
    "全年在政务网站公开行政许可信息3120条，对47件涉及重大公共利益的许可事项组织听证，听证率100%，收集听证意见96条。",
    # 85 / 1860 = 4.57%; the 审查率 is of the 72 decisions
    "全年公开执法决定信息1860条，对72件重大执法决定开展合法性审查，审查率100%，提出审查意见85条。",
    # 52 / 4320 = 1.20%; the 解读率 is of the 39 policies
    "全年通过平台推送普法信息4320条，对39件新出台政策开展解读，解读率100%，发布解读文章52条。",
    # 64 / 2760 = 2.32%; the 审核率 is of the 58 decisions
    "全年在门户网站发布执法公示信息2760条，对58件重大行政许可决定开展法制审核，审核率100%，提出审核意见64条。",
    # 31 / 1980 = 1.57%; the 审查率 is of the 26 policies
    "全年推送涉企政策信息1980条，对26项新出台政策开展公平竞争审查，审查率100%，形成审查意见31条。",
    # 47 / 2870 = 1.64%; the 讨论率 is of the 41 decisions
    "全年公开行政检查结果2870条，对41件重大行政处罚决定开展集体讨论，讨论率100%，形成集体讨论意见47条。",
    # 44 / 1210 = 3.64%; the 论证率 is of the 37 cases
    "全年发布行政处罚决定书信息1210条，对37件重大复杂案件开展专家论证，论证率100%，收到专家论证意见44条。",
    # 59 / 3080 = 1.92%; the 评估率 is of the 54 items
    "全年受理行政许可信息查询3080条，对54项行政许可事项开展评估，评估率100%，提出评估意见59条。",
]

PASSED_OVER_WRONG = [
    # 55 / 58 = 94.83%, not 100%
    "全年在门户网站发布执法公示信息2760条，作出重大行政许可决定58件，经法制审核的55件，审核率100%，提出审核意见64条。",
    # 24 / 26 = 92.31%, not 100%
    "全年推送涉企政策信息1980条，新出台涉企政策26项，开展公平竞争审查24项，审查率100%。",
    # 38 / 41 = 92.68%, not 100%
    "全年公开行政检查结果2870条，作出重大行政处罚决定41件，经集体讨论的38件，讨论率100%，形成集体讨论意见47条。",
    # 35 / 37 = 94.59%, not 100%
    "全年发布行政处罚决定书信息1210条，受理重大复杂案件37件，开展专家论证35件，论证率100%。",
    # 50 / 54 = 92.59%, not 100%
    "全年受理行政许可信息查询3080条，梳理行政许可事项54项，已开展评估50项，评估率100%，提出评估意见59条。",
    # 68 / 72 = 94.44%, not 100%
    "全年公开执法决定信息1860条，作出重大执法决定72件，已开展合法性审查的68件，审查率100%，提出审查意见85条。",
    # 36 / 39 = 92.31%, not 100%
    "全年通过平台推送普法信息4320条，新出台政策39件，已开展解读的36件，解读率100%。",
    # 44 / 47 = 93.62%, not 100%
    "全年在政务网站公开行政许可信息3120条，涉及重大公共利益的许可事项47件，组织听证44件，听证率100%，收集听证意见96条。",
]


@pytest.mark.parametrize("text", PASSED_OVER_RIGHT)
def test_a_rate_that_passes_over_the_figure_it_is_of_is_a_warning(text: str) -> None:
    assert _errors(text) == [], text
    assert any("比例未取它" in m for code, m in _any(text, codes=("N104",))), text


@pytest.mark.parametrize("text", PASSED_OVER_WRONG)
def test_a_rate_over_the_figures_right_before_it_stays_an_error(text: str) -> None:
    assert any(code == "N104" for code, _ in judged(text)), text


def test_a_numerator_before_the_rate_is_no_passing_over() -> None:
    # 401 / 436 = 91.97%, not 93.2%: 不合格13台 right before the rate says 合格, but the
    # numerator lies before the rate, read in the text's order: an error
    text = "全年检定计量器具436台，检定合格401台、限期修理22台、检定不合格13台，检定合格率为93.2%。"
    assert any(code == "N104" for code, _ in _errors(text)), text


RUN_ON_RIGHT = [
    # 132+41+15+22 = 210; 3 and 2 are suits the answers brought about
    "全年受理政府信息公开申请210件，均在法定期限内答复，其中予以公开132件、部分公开41件、不予公开15件、无法提供22件；因信息公开引发行政复议3件、行政诉讼2件。",
    # 152+21+13 = 186; 4 and 1 follow the ；
    "全年收到行政许可申请186件，全部依法作出决定，其中准予许可152件、不予许可21件、终止审查13件；因许可决定引发行政复议4件、行政诉讼1件。",
    # 29+12+6 = 47; 3 and 2 follow the ；
    "全年受理行政赔偿申请47件，均已作出决定，其中予以赔偿29件、不予赔偿12件、终止审理6件；因赔偿决定引发行政诉讼3件、信访2件。",
    # 96+27+14+21 = 158; 4 and 2 follow the ；
    "全年受理政府信息公开申请158件，均在法定期限内答复，其中予以公开96件、部分公开27件、不予公开14件、无法提供21件；因信息公开答复引发投诉4件、行政复议2件。",
    # 38+19+7 = 64; 2 and 2 follow the ；
    "全年受理不动产登记异议申请64件，均已办结，其中予以更正38件、不予更正19件、撤回申请7件；因处理结果引发行政复议2件、行政诉讼2件。",
    # 71+16+8 = 95; 2 and 1 follow the ；
    "全年受理行政许可变更申请95件，均已作出决定，其中准予变更71件、不予变更16件、终止办理8件；因变更决定引发行政复议2件、行政诉讼1件。",
    # 376+29+7 = 412; 5 and 2 follow the ；
    "全年受理法律援助申请412件，均已作出决定，其中给予援助376件、不予援助29件、终止援助7件；因援助决定引发异议申请5件、投诉2件。",
    # 43+9+6 = 58; 3 and 2 follow the ；
    "全年收到征收补偿申请58件，均已作出决定，其中予以补偿43件、不予补偿9件、中止处理6件；因补偿决定引发行政复议3件、行政诉讼2件。",
    # 52+24+7 = 83; 2 and 2 follow the ；
    "全年受理信息更正申请83件，均已答复，其中予以更正52件、不予更正24件、转交处理7件；因答复引发行政复议2件、投诉2件。",
]

RUN_ON_WRONG = [
    # one part alone equal to the whole is no list that ended: 9+4 = 13 != 9
    "全年调处物业服务纠纷9件，其中停车管理纠纷9件；噪音扰民纠纷4件。",
    # 132+41+18+22 = 213 != 210 (with or without 3+2)
    "全年受理政府信息公开申请210件，均在法定期限内答复，其中予以公开132件、部分公开41件、不予公开18件、无法提供22件；因信息公开引发行政复议3件、行政诉讼2件。",
    # 155+21+13 = 189 != 186
    "全年收到行政许可申请186件，全部依法作出决定，其中准予许可155件、不予许可21件、终止审查13件；因许可决定引发行政复议4件、行政诉讼1件。",
    # 29+14+6 = 49 != 47
    "全年受理行政赔偿申请47件，均已作出决定，其中予以赔偿29件、不予赔偿14件、终止审理6件；因赔偿决定引发行政诉讼3件、信访2件。",
    # 96+27+14+24 = 161 != 158
    "全年受理政府信息公开申请158件，均在法定期限内答复，其中予以公开96件、部分公开27件、不予公开14件、无法提供24件；因信息公开答复引发投诉4件、行政复议2件。",
    # 38+21+7 = 66 != 64
    "全年受理不动产登记异议申请64件，均已办结，其中予以更正38件、不予更正21件、撤回申请7件；因处理结果引发行政复议2件、行政诉讼2件。",
    # 74+16+8 = 98 != 95
    "全年受理行政许可变更申请95件，均已作出决定，其中准予变更74件、不予变更16件、终止办理8件；因变更决定引发行政复议2件、行政诉讼1件。",
    # 379+29+7 = 415 != 412
    "全年受理法律援助申请412件，均已作出决定，其中给予援助379件、不予援助29件、终止援助7件；因援助决定引发异议申请5件、投诉2件。",
    # 43+11+6 = 60 != 58
    "全年收到征收补偿申请58件，均已作出决定，其中予以补偿43件、不予补偿11件、中止处理6件；因补偿决定引发行政复议3件、行政诉讼2件。",
    # 52+27+7 = 86 != 83
    "全年受理信息更正申请83件，均已答复，其中予以更正52件、不予更正27件、转交处理7件；因答复引发行政复议2件、投诉2件。",
    # one item a clause: 70+25+15+12 = 122 != 120 (70 alone is no 120 either)
    "全年审结行政复议案件120件，其中维持70件；撤销25件；确认违法15件；终止12件。",
]


@pytest.mark.parametrize("text", RUN_ON_RIGHT)
def test_a_list_that_adds_up_before_its_clause_ends_is_a_warning(text: str) -> None:
    assert _errors(text) == [], text
    assert any("列举至" in m for code, m in _any(text, codes=("N101",))), text


@pytest.mark.parametrize("text", RUN_ON_WRONG)
def test_a_list_that_does_not_add_up_before_its_clause_ends_stays_an_error(text: str) -> None:
    assert any(code == "N101" for code, _ in _errors(text)), text


SHORT_NAME_RIGHT = [
    # 合格率 of the 524 who sat: 524 / 524; careless 524 / 530 = 98.87%
    "全县在岗执法人员530人，参加年度法律知识考试的524人，考试合格率100%。",
    # 合格率 of the 163 assessed: 163 / 163; careless 163 / 168 = 97.02%
    "全市公证员168名，参与年度执业考核的163名，考核合格率100%。",
    # 合格率 of the 91 reviewed: 91 / 91; careless 91 / 96 = 94.79%
    "全区村（社区）法律顾问96人，接受履职评议的91人，评议合格率100%。",
    # 结业率 of the 70 trained: 70 / 70; careless 70 / 74 = 94.59%
    "全年新招录辅助执法人员74人，参加岗前培训的70人，培训结业率100%。",
    # 称职率 of the 1238 assessed: careless 1238 / 1260 = 98.25%
    "全市执业律师1260人，参加年度考核的1238人，考核称职率100%。",
    # 通过率 of the 39 reviewed: careless 39 / 42 = 92.86%
    "全县规范性文件制定机关42个，参加备案审查的39个，审查通过率100%。",
    # 达标率 of the 33 assessed: careless 33 / 35 = 94.29%
    "全区承办政府法律顾问事务的律师事务所35家，参加履职评估的33家，评估达标率100%。",
    # 合格率 of the 121 tested: careless 121 / 128 = 94.53%
    "全局执法车辆128台，参加年度检验的121台，检验合格率100%。",
]

SHORT_NAME_WRONG = [
    # several readings tried (146 / 530, 146 / 377), none fits: the short name excuses no
    # single figure; 377+146 = 523 != 530 besides
    "全年排查安全隐患530处，其中由企业自查整改的377处、执法检查督促整改的146处，整改完成率100%。",
    # 524 passed of 530: 98.87%, not 100%
    "全县参加年度法律知识考试的执法人员530人，考试合格524人，考试合格率100%。",
    # 163 of 168: 97.02%, not 100%
    "全市参与年度执业考核的公证员168名，考核合格163名，考核合格率100%。",
    # 91 of 96: 94.79%, not 100%
    "全区接受履职评议的法律顾问96人，评议合格91人，评议合格率100%。",
    # 70 of 74: 94.59%, not 100%
    "全年参加岗前培训的辅助执法人员74人，培训结业70人，培训结业率100%。",
    # 1238 of 1260: 98.25%, not 100%
    "全市参加年度考核的执业律师1260人，考核称职1238人，考核称职率100%。",
    # 39 of 42: 92.86%, not 100%
    "全县参加备案审查的规范性文件42件，审查通过39件，审查通过率100%。",
    # 33 of 35: 94.29%, not 100%
    "全区参加履职评估的律师事务所35家，评估达标33家，评估达标率100%。",
    # 121 of 128: 94.53%, not 100%
    "全局参加年度检验的执法车辆128台，检验合格121台，检验合格率100%。",
]


@pytest.mark.parametrize("text", SHORT_NAME_RIGHT)
def test_a_100_percent_rate_of_the_set_its_short_name_opens_with_is_silent(text: str) -> None:
    # (session 17, s17-rates2: the reading over the set fits — 524 ÷ 524 — so no warning)
    assert _any(text, codes=("N104",)) == [], text


@pytest.mark.parametrize("text", SHORT_NAME_WRONG)
def test_a_100_percent_rate_whose_numerator_says_its_action_stays_an_error(text: str) -> None:
    assert any(code == "N104" for code, _ in judged(text)), text
