"""Session 16 (s16-flow5): flows that say "all were done", and the outcome classes after them.

* a verb negated in a short form of its own (调解不成, 调解未成 of 调解成功: numbers.toml
  ``clauses.negated-short``) is the negation of the affirmed word, so 调解成功/调解不成 split
  what was mediated as 调解成功/调解不成功 do (partition.py ``_negated_pair``); the rest, the
  open part and 另有…撤回 after them keep the reading open;
* the timeliness classes of the concluded (按期/逾期, 按时/超时: ``clauses.outcome-spaces``)
  split the intake only after a clause saying all of it was concluded (已全部办结，其中按期…、
  逾期…): an error when they fall short, nothing without the clause or with a carry-in;
* a single concluded figure right after a clause saying all of the count before it was
  concluded (「…2,318件，均已按时办结，按时办结2,296件」「…2,745件，无未结件，办结2,731件」)
  counts all of it, whatever the count's verb (flow.py ``_all_done_short``): fewer is N107 —
  not when it is a 其中 part, a class the clause leaves out (按期办结 after 均已办结), a list
  item, or the text counts a carry-in;
* figures right after an intake or concluded count, each naming another decision of which an
  item gets one (维持/撤销/驳回/终止, 准予/不予/撤回: ``clauses.one-decision``), cannot exceed
  it, listed in full or not (flow.py ``_decisions_over``); classes summing others (纠错),
  combinable penalties, a refusal of intake beside what was filed and carry-ins stay silent;
* a 其中 list after two figures joined by 、 whose first part opens with the end of the
  earlier figure's noun (「建议47件、提案32件，…，其中代表建议采纳…」) splits that figure, not
  the one next to the list (partition.py ``_whole_part_names``).

Every sentence is written for these tests; the arithmetic in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import errors, findings

CODES = ("N101", "N102", "N107")

MEDIATION_MISSES = [
    # 1,893 + 709 = 2,602 ≠ 2,614
    "全年开展诉前调解案件2,614件，调解成功1,893件，调解不成的709件已转入诉讼程序。",
    # 312 + 90 = 402 ≠ 405
    "全年受理物业纠纷调解申请四百零五件，调解成功三百一十二件，调解不成九十件。",
    # 947 + 176 = 1,123 ≠ 1,128
    "区矛盾纠纷调处中心全年受理纠纷1,128件，调解成功947件，调解未成的176件引导当事人通过诉讼解决。",
    # 58 + 262 = 320 ≠ 316
    "全年开展劳动争议仲裁前调解316件，调解不成的58件依法转入仲裁，调解成功262件。",
    # 69 + 16 = 85 ≠ 87
    "全年组织医疗纠纷人民调解87件，调解成功69件，调解不成16件。",
    # 486 + 42 = 528 ≠ 530
    "全年受理婚姻家庭纠纷调解申请五百三十件，调解成功四百八十六件，调解不成四十二件。",
    # 1,377 + 128 = 1,505 ≠ 1,502
    "全年开展交通事故损害赔偿调解1,502件，调解成功1,377件，调解不成的128件告知当事人起诉。",
    # 1,961 + 240 = 2,201 ≠ 2,208
    "全年受理消费纠纷调解2,208件，调解成功1,961件，调解未成240件。",
]

MEDIATION_TRAPS = [
    # 1,893 + 709 = 2,602 = 2,602
    "全年开展诉前调解案件2,602件，调解成功1,893件，调解不成的709件已转入诉讼程序。",
    # 312 + 90 + 3 (其余, still open) = 405
    "全年受理物业纠纷调解申请四百零五件，调解成功三百一十二件，调解不成九十件，其余三件正在调解中。",
    # 947 + 176 + 5 (另有…撤回) = 1,128
    "全年受理纠纷1,128件，调解成功947件，调解未成的176件引导当事人通过诉讼解决，另有5件当事人撤回申请。",
    # a part only (其中): 69 < 87
    "全年组织医疗纠纷人民调解87件，其中调解成功69件。",
    # 1,961 + 240 + 7 (尚有…在调解期限内) = 2,208
    "全年受理消费纠纷调解2,208件，调解成功1,961件，调解未成240件，尚有7件在调解期限内。",
    # 488 + 42 = 530
    "全年受理婚姻家庭纠纷调解申请五百三十件，调解成功四百八十八件，调解不成四十二件。",
    # 1,377 + 125 = 1,502
    "全年开展交通事故损害赔偿调解1,502件，调解成功1,377件，调解不成的125件告知当事人起诉。",
    # 214 + 39 + 7 (另有…撤回) = 260
    "全年受理邻里纠纷调解申请260件，调解成功214件，调解不成的39件，另有7件申请人撤回申请。",
]

TIMELY_MISSES = [
    # all concluded: 5,119 + 80 = 5,199 ≠ 5,206
    "全年受理12345热线工单5,206件，已全部办结，其中按期办结5,119件、逾期办结80件。",
    # 331 + 14 = 345 ≠ 348
    "全年承办信访事项三百四十八件，均已办结，其中按期办结三百三十一件，逾期办结十四件。",
    # 2,401 + 63 = 2,464 ≠ 2,470
    "全年受理市场监管投诉举报2,470件，均已办结，其中按时办结2,401件，超时办结63件。",
    # 587 + 22 = 609 ≠ 612
    "全年交办安全生产隐患整改事项612项，均已办结，其中按期办结587项、超期办结22项。",
    # 199 + 4 = 203 ≠ 205
    "全年受理政府信息公开申请205件，均已答复，其中按期答复199件，逾期答复4件。",
    # 83 + 4 = 87 ≠ 89
    "全年承办人大代表建议89件，已全部办结，其中按时办结83件、逾期办结4件。",
    # 140 + 5 = 145 ≠ 146
    "全年受理行政复议案件146件，已全部审结，其中按期审结140件，超期审结5件。",
    # 831 + 31 = 862 ≠ 860
    "全年受理12345热线工单八百六十件，已全部办结，其中按期办结八百三十一件，逾期办结三十一件。",
]

TIMELY_TRAPS = [
    # 5,119 + 87 = 5,206
    "全年受理12345热线工单5,206件，已全部办结，其中按期办结5,119件、逾期办结87件。",
    # classes of the concluded: 5,119 + 80 = 5,199 = 办结 5,199 (7 still open)
    "全年受理12345热线工单5,206件，办结5,199件，其中按期办结5,119件、逾期办结80件。",
    # no clause of all: 5,119 + 80 + 7 (其余, still open) = 5,206
    "全年受理12345热线工单5,206件，按期办结5,119件、逾期办结80件，其余7件正在办理中。",
    # one class only: 331 < 348
    "全年承办信访事项三百四十八件，均已办结，其中按期办结三百三十一件。",
    # carry-in: 342 + 15 = 357 = 348 + 9
    "全年新收信访事项三百四十八件，上年结转九件，均已办结，其中按期办结三百四十二件，逾期办结十五件。",
    # 2,407 + 63 = 2,470
    "全年受理投诉2,470件，均已办结，其中按时办结2,407件，超时办结63件。",
    # 199 + 6 = 205
    "全年受理政府信息公开申请205件，均已答复，其中按期答复199件，逾期答复6件。",
    # 5,119 + 80 + 7 withdrawn = 5,206
    "全年受理12345热线工单5,206件，已全部办结，其中按期办结5,119件、逾期办结80件，撤回工单7件。",
]

ALL_DONE_SHORT_MISSES = [
    # all concluded, 609 ≠ 617
    "全年受理政务服务投诉617件，均已办结，办结609件，群众满意率97.2%。",
    # 4,190 ≠ 4,210
    "全年接收12345热线派单四千二百一十件，已全部办结，办结四千一百九十件。",
    # no open case: 149 ≠ 152
    "全年收到行政复议申请152件，无未结案件，审结149件。",
    # all on time: 381 on time ≠ 388
    "全年受理劳动保障监察举报投诉388件，均已按期办结，按期办结381件。",
    # an intake by 转办: 1,038 ≠ 1,046
    "全年转办信访事项1,046件，已全部办理完毕，办结1,038件，回访满意率95.6%。",
    # 206 ≠ 210
    "全年受理医保待遇申诉事项二百一十件，均已审结，审结二百零六件。",
    # an intake by 办理: 2,731 ≠ 2,745
    "全年办理市场监管投诉举报2,745件，无未结件，办结2,731件，为消费者挽回经济损失186.4万元。",
    # 95 ≠ 97
    "全年受理政府信息公开申请97件，均已按时答复，按时答复95件。",
    # 208 ≠ 215
    "全年受理农民工欠薪线索215件，均已办结，共办结208件，追回工资1,260万元。",
]

ALL_DONE_SHORT_TRAPS = [
    # a part (其中): 609 < 617
    "全年受理政务服务投诉617件，均已办结，其中按期办结609件。",
    # no clause of all: 609 + 8 open = 617
    "全年受理政务服务投诉617件，办结609件，其余8件正在办理中。",
    # carry-in: 152 + 6 = 158
    "全年新收行政复议申请152件，上年结转6件，无未结案件，审结158件。",
    # 1,046 = 1,046
    "全年受理信访事项1,046件，均已办结，办结1,046件。",
    # a list: 609 + 8 = 617
    "全年受理投诉617件，均已办结，办结609件、撤回8件。",
    # a part of another kind (其中…网上): 608 < 1,046
    "全年受理信访事项1,046件，已全部办结，其中办结网上信访事项608件。",
    # the clause of all is 按期, the figure 按期: 388 = 388
    "全年受理劳动保障监察举报投诉388件，均已按期办结，按期办结388件。",
    # carry-in inside the concluded: 2,548 − 18 = 2,530
    "全年受理12345热线工单2,530件，均已办结，办结2,548件（含上年结转工单18件）。",
    # 2,745 = 2,745
    "全年办理市场监管投诉举报2,745件，无未结件，办结2,745件，为消费者挽回经济损失186.4万元。",
]

DECISIONS_OVER_MISSES = [
    # 51 + 10 + 7 + 8 = 76 > 74
    "全年办结行政复议案件74件，依法作出维持决定51件、撤销决定10件、确认违法决定7件、责令履行法定职责决定8件。",
    # colon list: 26 + 14 + 7 = 47 > 45
    "全年审结以镇政府为被告的一审行政案件45件：判决驳回诉讼请求的26件，原告撤诉的14件，判决撤销的7件。",
    # 88 + 6 + 3 (另有…撤回) = 97 > 96
    "对受理的96件建设用地规划许可申请，依法作出准予许可决定88件、不予许可决定6件，另有3件申请人主动撤回。",
    # what was received: 109 + 6 (不予受理) + 7 = 122 > 120
    "全年收到排水许可申请一百二十件，准予许可一百零九件，不予受理六件，申请人撤回七件。",
    # 驳回申请 after the concluded is a decision of the review: 24 + 9 + 7 = 40 > 38
    "全年审结行政复议案件三十八件，维持二十四件，驳回申请九件，终止审理七件。",
    # 1,187 + 118 + 9 = 1,314 > 1,310
    "全年受理临时救助申请1,310件，批准1,187件，不予批准118件，申请人撤回9件。",
    # 15 + 4 + 3 + 2 = 24 > 23
    "全年办结政府信息公开行政复议案件23件，维持15件、撤销4件、驳回3件、终止2件。",
    # 1,958 + 71 + 22 = 2,051 > 2,046
    "全年受理食品经营许可申请2,046件，核准1,958件，不予核准71件，申请人撤回22件。",
]

DECISIONS_OVER_TRAPS = [
    # 51 + 10 + 5 + 8 = 74
    "全年办结行政复议案件74件，依法作出维持决定51件、撤销决定10件、确认违法决定5件、责令履行法定职责决定8件。",
    # 纠错 sums 撤销 + 确认违法 + 责令履行 (10 + 7 + 6 = 23): 51 + 23 = 74
    "全年审结行政复议案件74件，维持51件、纠错23件，其中撤销10件、确认违法7件、责令履行6件。",
    # penalties may be combined (并处): 98 + 30 + 12 = 140 > 120 is no contradiction
    "全年作出行政处罚决定120件，罚款98件、警告30件、没收违法所得12件。",
    # carry-in: 77 + 5 + 8 = 90 = 84 + 6
    "全年新收行政复议申请84件，上年结转6件，准予77件、不予许可5件、撤回8件。",
    # 不予立案 is a refusal of intake beside 立案查处, not a decision on the 120 filed
    "全年受理投诉举报860件，立案查处120件，撤销案件3件，不予立案740件。",
    # two statements, two wholes: 26 + 7 + 12 = 45; 10 + 2 = 12
    "审结一审行政案件45件，判决驳回诉讼请求26件，判决撤销7件，原告撤诉12件；审结二审案件12件，维持原判10件，撤销2件。",
    # 109 + 6 + 5 = 120
    "全年收到排水许可申请一百二十件，准予许可一百零九件，不予受理六件，申请人撤回五件。",
    # decisions of the concluded 88 (61 + 12 + 15 = 88), not of the accepted 96
    "全年受理行政复议申请96件，审结88件，其中维持61件、撤销12件、驳回15件。",
]


PART_NAMES_WHOLE_MISSES = [
    # 29 + 11 + 5 = 45 ≠ 47 (代表建议, not the 32 提案 next to the list)
    "全年承办人大代表建议四十七件、政协委员提案三十二件，已全部按时答复，其中代表建议采纳二十九件、部分采纳十一件、不予采纳五件。",
    # 52 + 14 + 12 + 6 = 84 ≠ 86 (复议申请)
    "全年受理行政复议申请86件、行政应诉案件41件，均已审结，其中复议申请维持52件、撤销14件、驳回12件、终止6件。",
    # 298 + 16 = 314 > 312 (来信)
    "全年办理群众来信312件、来访接待508批次，其中来信按期办结298件、逾期办结16件。",
    # 1,702 + 420 = 2,122 ≠ 2,130 (投诉)
    "全年受理消费投诉2,130件、举报640件，均已办结，其中投诉调解成功1,702件、调解不成功420件。",
    # 51 + 9 = 60 > 58 (规范性文件)
    "全年审查规范性文件58件、重大行政决策事项19件，其中规范性文件审查通过51件、不予通过9件。",
    # 40 + 15 + 6 = 61 ≠ 63 (政协提案, the first figure)
    "全年办理政协提案63件、人大代表建议85件，均已答复，其中政协提案采纳40件、部分采纳15件、不予采纳6件。",
    # 401 + 16 = 417 ≠ 420 (仲裁申请)
    "全年受理劳动仲裁申请420件、调解申请316件，均已审结，其中仲裁申请按期审结401件、超期审结16件。",
    # 1,150 + 50 = 1,200 ≠ 1,204 (许可申请)
    "全年受理许可申请1,204件、备案申请336件，均已办结，其中许可申请准予许可1,150件、不予许可50件。",
]

PART_NAMES_WHOLE_TRAPS = [
    # 29 + 11 + 7 = 47 = 代表建议 (≠ 32 提案)
    "全年承办人大代表建议四十七件、政协委员提案三十二件，已全部按时答复，其中代表建议采纳二十九件、部分采纳十一件、不予采纳七件。",
    # 52 + 14 + 14 + 6 = 86 = 复议申请 (≠ 41)
    "全年受理行政复议申请86件、行政应诉案件41件，均已审结，其中复议申请维持52件、撤销14件、驳回14件、终止6件。",
    # 296 + 16 = 312 = 来信
    "全年办理群众来信312件、来访接待508批次，其中来信按期办结296件、逾期办结16件。",
    # 1,710 + 420 = 2,130 = 投诉 (≠ 640)
    "全年受理消费投诉2,130件、举报640件，均已办结，其中投诉调解成功1,710件、调解不成功420件。",
    # 49 + 9 = 58 = 规范性文件 (≠ 19)
    "全年审查规范性文件58件、重大行政决策事项19件，其中规范性文件审查通过49件、不予通过9件。",
    # 42 + 15 + 6 = 63 = 政协提案
    "全年办理政协提案63件、人大代表建议85件，均已答复，其中政协提案采纳42件、部分采纳15件、不予采纳6件。",
    # 404 + 16 = 420 = 仲裁申请 (≠ 316)
    "全年受理劳动仲裁申请420件、调解申请316件，均已审结，其中仲裁申请按期审结404件、超期审结16件。",
    # 1,154 + 50 = 1,204 = 许可申请 (≠ 336)
    "全年受理许可申请1,204件、备案申请336件，均已办结，其中许可申请准予许可1,154件、不予许可50件。",
]


@pytest.mark.parametrize(
    "text",
    MEDIATION_MISSES
    + TIMELY_MISSES
    + ALL_DONE_SHORT_MISSES
    + DECISIONS_OVER_MISSES
    + PART_NAMES_WHOLE_MISSES,
)
def test_contradiction_is_an_error(text: str) -> None:
    assert any(code in CODES for code, _ in errors(text)), text


@pytest.mark.parametrize(
    "text",
    MEDIATION_TRAPS
    + TIMELY_TRAPS
    + ALL_DONE_SHORT_TRAPS
    + DECISIONS_OVER_TRAPS
    + PART_NAMES_WHOLE_TRAPS,
)
def test_consistent_is_silent(text: str) -> None:
    assert findings(text, codes=CODES) == [], text


def test_all_done_short_reported_once() -> None:
    # 617 − 609 = 8: the one outcome is told once, by the flow rule, not also as a one-part split
    got = findings("全年受理政务服务投诉617件，均已办结，办结609件。", codes=CODES)
    assert [code for code, _ in got] == ["N107"]
    assert "少8件" in got[0][1]


def test_part_names_the_earlier_whole() -> None:
    # 29 + 11 + 5 = 45: short of the 47 代表建议 the part names, by 2 (not "more than 32")
    got = errors(PART_NAMES_WHOLE_MISSES[0])
    assert len(got) == 1 and "四十七件" in got[0][1] and "少2件" in got[0][1]


def test_decisions_over_names_the_excess() -> None:
    # 51 + 10 + 7 + 8 = 76 = 74 + 2
    got = errors(DECISIONS_OVER_MISSES[0])
    assert got == [(got[0][0], got[0][1])] and got[0][0] == "N101" and "多出2件" in got[0][1]


def test_clause_of_last_year_is_no_error() -> None:
    # 上年无未结 tells of last year's stock: 55 of 57 concluded, 2 may be open (no error; the
    # one-part reading of the partition may still warn)
    assert not errors("全年新收行政复议案件57件，上年无未结，办结55件。")
