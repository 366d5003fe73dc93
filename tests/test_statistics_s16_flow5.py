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
  item, or the text counts a carry-in.

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


@pytest.mark.parametrize("text", MEDIATION_MISSES + TIMELY_MISSES + ALL_DONE_SHORT_MISSES)
def test_contradiction_is_an_error(text: str) -> None:
    assert any(code in CODES for code, _ in errors(text)), text


@pytest.mark.parametrize("text", MEDIATION_TRAPS + TIMELY_TRAPS + ALL_DONE_SHORT_TRAPS)
def test_consistent_is_silent(text: str) -> None:
    assert findings(text, codes=CODES) == [], text


def test_all_done_short_reported_once() -> None:
    # 617 − 609 = 8: the one outcome is told once, by the flow rule, not also as a one-part split
    got = findings("全年受理政务服务投诉617件，均已办结，办结609件。", codes=CODES)
    assert [code for code, _ in got] == ["N107"]
    assert "少8件" in got[0][1]
