"""Session 18 (s18-left42a): flow and whole/parts misses of blind set 42, as families.

* a 、 after a figure joining another figure to it (「依法受理16件、不予受理2件」): the words from
  there are that figure's own, not a qualifier of this one (relations/flow.py ``_restage``: the
  accepted figure was read as a refusal by the 不予受理 of its sibling);
* the carry-over denied by saying the year's cases are all new (「均为当年新发生案件」「均系本年度
  新收」: numbers.toml ``clauses.all-new``, relations/common.py ``carry_denials``), and what is
  closed only once filed (审结, 结案) never explained by what was closed before acceptance
  (不予受理, 撤回) when no carry-over is possible;
* a pending state worded 「尚在…期限内办理的」 (a term, 内, then a verb of handling): the year's
  open part (relations/flow.py ``_STILL_STATE``), so a four-term balance is judged;
* a scope 「在查处的案件中」 whose 的-clause is the own verb of one earlier figure names that
  figure as the whole of the parts after it (relations/partition.py ``_scope_groups``), so an
  exhaustive pair (普通程序/简易程序, 线上/线下) must add up to it.

Every sentence is written for these tests; the arithmetic in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import errors
from relation_helpers import findings as _any

CODES = ("N101", "N102", "N103", "N107")

SIBLING_MISSES = [
    # accepted 55 > received 52
    "全年共收到政府信息公开申请52件，依法受理55件、不予受理3件，受理的申请均已按期答复。",
    # 30 + 6 = 36 > 33 received
    "全年接收行政复议申请33件，经审查依法受理30件、不予受理6件，受理案件均已审结。",
    # accepted 19 > received 18
    "共收到行政裁决申请18件，依法受理19件、不予受理1件，裁决均在法定期限内作出。",
    # 398 + 12 = 410 > 406 received
    "本年度收到行政许可申请406件，经审核予以受理398件、不予受理12件，受理事项均按时办结。",
    # accepted 131 > received 127
    "全年收到投诉举报127件，依法受理131件、告知不予受理4件，受理的投诉均已办结。",
    # 7 + 3 = 10 > 9 received
    "全年共收到国家赔偿申请9件，经审查受理7件、决定不予受理3件，赔偿决定均已送达。",
]

SIBLING_TRAPS = [
    # 49 + 3 = 52
    "全年共收到政府信息公开申请52件，依法受理49件、不予受理3件，受理的申请均已按期答复。",
    # 27 + 6 = 33
    "全年接收行政复议申请33件，经审查依法受理27件、不予受理6件，受理案件均已审结。",
    # 17 + 1 = 18
    "共收到行政裁决申请18件，依法受理17件、不予受理1件，裁决均在法定期限内作出。",
    # 394 + 12 = 406
    "本年度收到行政许可申请406件，经审核予以受理394件、不予受理12件，受理事项均按时办结。",
    # 119 + 8 = 127
    "全年收到投诉举报127件，依法受理119件、告知不予受理8件，受理的投诉均已办结。",
    # 21 + 3 + 2 = 26
    "全年共收到行政复议申请26件，依法受理21件、不予受理3件，另有2件申请人在受理前主动撤回。",
]

ALL_NEW_MISSES = [
    # concluded 10 > accepted 9, all new this year
    "全年收到行政复议申请11件，均为当年新收案件，受理9件、不予受理2件；已审结的10件中，维持8件、撤销2件。",
    # concluded 19 > 17, all new this year
    "全年以区政府为被告的行政应诉案件17件，均系本年度新发生案件，已审结19件。",
    # 结案 66 > accepted 64, all new
    "全年收到劳动争议仲裁申请71件，均为当年新收，立案受理64件、不予受理7件，结案66件。",
    # 审结 22 > accepted 20, all new
    "本年度收到行政复议申请23件，均为本年度新提起的申请，依法受理20件、不予受理3件，审结22件。",
    # 审结 33 > 31, all new
    "全年新收行政诉讼案件31件，均为当年新发生案件，至年底审结33件。",
    # 审结 7 > accepted 6, all new
    "全年收到国家赔偿申请8件，均为本年新收，受理6件、不予受理2件；已审结7件，均维持原决定。",
]

ALL_NEW_TRAPS = [
    # 8 <= 9 accepted; 6 + 2 = 8; 8 + 1 = 9
    "全年收到行政复议申请11件，均为当年新收案件，受理9件、不予受理2件；已审结的8件中，维持6件、撤销2件，其余1件正在审理。",
    # 15 + 2 = 17
    "全年以区政府为被告的行政应诉案件17件，均系本年度新发生案件，已审结15件，尚未审结2件。",
    # 结案 64 = accepted 64
    "全年收到劳动争议仲裁申请71件，均为当年新收，立案受理64件、不予受理7件，结案64件。",
    # 20 accepted + 2 carried in = 22 concluded: the carry-over explains it
    "全年收到行政复议申请23件，依法受理20件、不予受理3件，另有上年结转2件，全年审结22件。",
    # 28 + 3 = 31
    "全年新收行政诉讼案件31件，均为当年新发生案件，至年底审结28件，3件尚在审理中。",
    # 办结 45 = received 45: the refused are answered (closed) too, 办结 is no filed closing
    "全年收到信访事项45件，均为当年新发生，受理40件、不予受理5件，办结45件。",
]

TERM_MISSES = [
    # 58 + 3214 = 3272; 3231 + 44 = 3275
    "上年结转审批件58件，全年新受理审批件3,214件，年内办结3,231件，截至年底尚在法定时限内办理的44件。",
    # 12 + 640 = 652; 628 + 21 = 649
    "上年结转许可件12件，本年新受理许可件640件，全年办结628件，尚在承诺期限内办理的21件。",
    # 7 + 96 = 103; 90 + 11 = 101
    "上年结转案件7件，新收案件96件，审结案件90件，尚在审理期限内审理的11件。",
    # 15 + 1022 = 1037; 1009 + 25 = 1034
    "上年结转投诉件15件，全年新受理投诉件1,022件，年内办结1,009件，截至年底仍在法定期限内处理的25件。",
    # 4 + 38 = 42; 35 + 9 = 44
    "上年结转复议案件4件，新收复议案件38件，审结35件，尚在法定审理期限内的9件。",
    # 33 + 2906 = 2939; 2895 + 40 = 2935
    "上年结转工单33件，全年新受理工单2,906件，年内办结2,895件，截至年底还在规定时限内办理的40件。",
]

TERM_TRAPS = [
    # 58 + 3214 = 3272 = 3231 + 41
    "上年结转审批件58件，全年新受理审批件3,214件，年内办结3,231件，截至年底尚在法定时限内办理的41件。",
    # 12 + 640 = 652 = 628 + 24
    "上年结转许可件12件，本年新受理许可件640件，全年办结628件，尚在承诺期限内办理的24件。",
    # 7 + 96 = 103 = 90 + 13
    "上年结转案件7件，新收案件96件，审结案件90件，尚在审理期限内审理的13件。",
    # 15 + 1022 = 1037 = 1009 + 28
    "上年结转投诉件15件，全年新受理投诉件1,022件，年内办结1,009件，截至年底仍在法定期限内处理的28件。",
    # 4 + 38 = 42 = 35 + 7
    "上年结转复议案件4件，新收复议案件38件，审结35件，尚在法定审理期限内的7件。",
    # 33 + 2906 = 2939 = 2895 + 44
    "上年结转工单33件，全年新受理工单2,906件，年内办结2,895件，截至年底还在规定时限内办理的44件。",
]

SCOPE_MISSES = [
    # 602 + 951 = 1553 != 1560
    "全年依法查处违法行为1,560起，在查处的案件中，适用普通程序办理602起，适用简易程序办理951起。",
    # 205 + 119 = 324 != 318
    "全年共办理行政处罚案件318件，在办理的案件中，线上办理205件、线下办理119件。",
    # 97 + 118 = 215 != 212
    "全年查办食品安全案件212件；在查办的案件中，适用一般程序的97件，适用简易程序的118件。",
    # 1133 + 3057 = 4190 != 4208
    "全年依法查处交通违法行为4,208起，罚款共计512万元；在查处的违法行为中，适用普通程序处罚1,133起，适用简易程序当场处罚3,057起。",
    # 1482 + 1742 = 3224 != 3206 (an accepted figure before: the scope names 查处's)
    "全年共受理治安案件3,417起，依法查处3,206起；在查处的案件中，适用普通程序办理1,482起，适用简易程序当场处罚1,742起。",
    # 97 + 52 = 149 != 146
    "全年依法办理政府信息公开申请146件，在办理的申请中，通过网上申请的97件、通过窗口申请的52件。",
]

SCOPE_TRAPS = [
    # 609 + 951 = 1560
    "全年依法查处违法行为1,560起，在查处的案件中，适用普通程序办理609起，适用简易程序办理951起。",
    # 199 + 119 = 318
    "全年共办理行政处罚案件318件，在办理的案件中，线上办理199件、线下办理119件。",
    # 94 + 118 = 212
    "全年查办食品安全案件212件；在查办的案件中，适用一般程序的94件，适用简易程序的118件。",
    # 1464 + 1742 = 3206
    "全年共受理治安案件3,417起，依法查处3,206起；在查处的案件中，适用普通程序办理1,464起，适用简易程序当场处罚1,742起。",
    # 602 of 1560, one side only; 200 of 602
    "全年依法查处违法行为1,560起，在查处的案件中，适用普通程序办理602起，其中作出罚款处罚的200起。",
    # 156 + 73 = 229 <= 318: an open list of kinds
    "全年共办理行政处罚案件318件，在办理的案件中，涉及食品安全的156件、涉及药品的73件。",
]

# the run of fates ending with the open part: a figure naming the set of the fates after it
# (「已审结的10件中，」) stands for them beside the open part (relations/flow.py _open_fates)
SCOPE_RUN_MISSES = [
    # 10 + 4 = 14 > 12
    "全年新受理行政复议案件12件，已审结的10件中，维持8件、确认违法2件，其余4件正在审理中。",
    # 21 + 6 = 27 > 25
    "全年受理行政复议申请25件，已审结的21件中，维持17件、撤销4件，其余6件尚在审理中。",
    # 45 + 5 = 50 > 48
    "全年受理劳动争议仲裁案件48件，已结案的45件中，调解结案30件、裁决结案15件，其余5件正在审理中。",
    # 13 + 5 = 18 > 16
    "全年受理行政应诉案件16件，已审结的13件中，胜诉12件、败诉1件，其余5件尚在审理中。",
    # 57 + 6 = 63 > 60
    "全年受理信访事项60件，已办结的57件中，群众满意的55件、基本满意的2件，其余6件正在办理中。",
    # 34 + 5 = 39 > 37
    "全年立案查处违法案件37件，已结案的34件中，罚款28件、警告6件，其余5件正在调查中。",
]

SCOPE_RUN_TRAPS = [
    # 10 + 2 = 12; 8 + 2 = 10
    "全年新受理行政复议案件12件，已审结的10件中，维持8件、确认违法2件，其余2件正在审理中。",
    # 21 + 4 = 25; 17 + 4 = 21
    "全年受理行政复议申请25件，已审结的21件中，维持17件、撤销4件，其余4件尚在审理中。",
    # 45 + 3 = 48; 30 + 15 = 45
    "全年受理劳动争议仲裁案件48件，已结案的45件中，调解结案30件、裁决结案15件，其余3件正在审理中。",
    # 13 + 3 = 16; 12 + 1 = 13
    "全年受理行政应诉案件16件，已审结的13件中，胜诉12件、败诉1件，其余3件尚在审理中。",
    # 57 + 3 = 60; 55 + 2 = 57
    "全年受理信访事项60件，已办结的57件中，群众满意的55件、基本满意的2件，其余3件正在办理中。",
    # 34 + 3 = 37; 28 + 6 = 34
    "全年立案查处违法案件37件，已结案的34件中，罚款28件、警告6件，其余3件正在调查中。",
]


@pytest.mark.parametrize("text", SCOPE_RUN_MISSES)
def test_scope_run_excess_found(text: str) -> None:
    assert _any(text, codes=CODES), text


@pytest.mark.parametrize("text", SIBLING_MISSES + ALL_NEW_MISSES + TERM_MISSES + SCOPE_MISSES)
def test_contradiction_found(text: str) -> None:
    assert [c for c, _ in errors(text) if c in CODES], text


@pytest.mark.parametrize(
    "text", SIBLING_TRAPS + ALL_NEW_TRAPS + TERM_TRAPS + SCOPE_TRAPS + SCOPE_RUN_TRAPS
)
def test_trap_silent(text: str) -> None:
    assert _any(text, codes=CODES) == []


def test_sibling_refusal_does_not_restage_the_accepted() -> None:
    # accepted 16 > received 14: the message names the accepted figure against the received
    text = "全年共收到涉及本局的行政复议申请14件，经审查依法受理16件、不予受理2件。"
    assert any("受理16件多于收到的14件" in m for _, m in errors(text))


def test_balance_message_names_the_pending_term() -> None:
    # 126 + 8452 = 8578; 8497 + 87 = 8584
    text = "上年结转承诺件126件，全年新受理承诺件8452件，年内办结8497件，截至年底尚在法定时限内办理的87件。"
    assert any("8578" in m and "8584" in m for _, m in errors(text))
