"""An error only where the sentence makes the reading sure (session 12, s12-sure, issue 9).

relations/sure.py: a contradiction whose link between figures the rules inferred is kept as a
warning that names the assumed link; the error stays for links the text states. Marks tested:

1. a claimed pair — a change compared with two figures whose own change follows them nearer,
   the later change's clause naming a subject of its own;
2. separate items — the figures in different items of one 一是…；二是… enumeration;
3. a sibling whole — a "total" whose negated sibling adds up with it to an earlier figure
   (属实 41 + 不属实 52 = 收到 93);
4. a 100% rate whose numerator is said to be all of its kind (「开庭审理的28件均由…出庭」), or
   whose name opens with what the numerator counts and ends with an action its clause does
   not say (「其中属于重大执法决定的十二件，重大执法决定法制审核率达到100%」: 12 ÷ 12);
5. (relations/partition.py) an effect — a clause opening with a verb of what an action
   brought about (「带动线下消费约2.6亿元」) ends a list of parts: its figure is no part (and no
   longer hides a wrong split before it, 「分别为1200万元、1700万元，带动…约2.6亿元」);
6. (relations/tables.py) a table row named with a figure in the clause right before one that
   names only a column (「其中药品领域案件12件，但罚没款达15.2万元」) is that figure's row, read
   as the subject (a reading: a warning when it does not fit), not the 合计 row;
7. (quantities.py, numbers.toml ``verbs.not-after``) a verb that is the tail of another word
   (公共收益 holds no 共收) names no flow stage;
8. (numbers.toml ``rates.change-words.fixed``) 「减少了一半以上」「一半多」 is at least half (it
   was read as 「一半」, about half: 45% passed).

Each mark has traps (no error; the reading may stay as a warning) and contradictions of the
same shape whose reading the text states (still an error). Every sentence is written for these
tests (none from a blind set); the arithmetic is in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import errors as _errors
from relation_helpers import findings as _any
from relation_helpers import table_document

from fazhi_lint.analysis.relations import analyze_document, contradictions
from fazhi_lint.model import Severity

# --- 1. a claimed pair ------------------------------------------------------------------------

CLAIMED_RIGHT = [
    # 10.5 - 8.2 = 2.3 points; 12.4% is of 办结量, whose prior figure is unsaid
    "全县行政复议纠错率由上年的8.2%升至10.5%，提高2.3个百分点；复议案件办结量同比增长12.4%。",
    # 95.5 - 90.5 = 5.0 points; 减少18% is of the number of files reviewed
    "执法案卷合格率由上年的90.5%提高到95.5%，提高5个百分点；案卷评查数量同比减少18%。",
    # (6.32 - 5.14) / 5.14 = 22.96% -> 23.0%; 四成以上 is of the time limits, not of 办件量
    "全市行政许可办件量达到6.32万件，较上年的5.14万件增长23.0%，平均审批时限压缩四成以上。",
    # 2.6 / 1.2 = 2.17 (翻了一番多); 缩短35% is of the time per notarisation
    "全区公证办证量由上年的1.2万件增至2.6万件，翻了一番多；办证平均时长同比缩短35%。",
    # 93.6 - 88.0 = 5.6 points; 下降15.2% is of the number of suits
    "复议决定履行率由上年的88.0%提升至93.6%，提升5.6个百分点；行政应诉案件数同比下降15.2%。",
    # 98.4 - 96.1 = 2.3 points; 增长9.7% is of the number of accepted cases (comma, own subject)
    "法律援助满意率由96.1%提高到98.4%，提高2.3个百分点，援助案件受理量同比增长9.7%。",
    # (4.1 - 3.2) / 3.2 = 28.125% -> 28.1%; 缩短五成以上 is of the waiting time
    "全年网上立案4.1万件，上年为3.2万件，同比增长28.1%，群众平均等候时间缩短五成以上。",
    # 1.9 / 0.9 = 2.11 (翻了一番多); 12.6 - 9.8 = 2.8 points; 下降20% is of the complaints
    "全年调解协议司法确认量达1.9万件，较上年的0.9万件翻了一番多；调解成功率由9.8%提高到"
    "12.6%，提高了2.8个百分点；群众投诉数量同比下降20%。",
]

CLAIMED_WRONG = [
    # 10.5 - 8.2 = 2.3 points, not 2.8 (the pair's own change)
    "全县行政复议纠错率由上年的8.2%升至10.5%，提高2.8个百分点；复议案件办结量同比增长12.4%。",
    # (6.32 - 5.14) / 5.14 = 22.96% (22.74..23.17 with the rounding of both), not 21.0%
    "全市行政许可办件量达到6.32万件，较上年的5.14万件增长21.0%，平均审批时限压缩四成以上。",
    # 2.6 / 1.5 = 1.73: not 翻了一番多
    "全区公证办证量由上年的1.5万件增至2.6万件，翻了一番多；办证平均时长同比缩短35%。",
    # (1362 - 1150) / 1362 = 15.6%, not 13.2% (an absolute difference claims nothing)
    "全年来访总量为1150人次，较上年的1362人次减少212人次，下降13.2%，连续两年下降。",
    # (503 - 436) / 436 = 15.4%, not 13.3% (13.3% = 67 / 503)
    "全年受理消防验收申请503件，较上年的436件增加67件，增幅为13.3%。",
    # 98.4 - 96.1 = 2.3 points; (98.4 - 96.1) / 96.1 = 2.39%, not 3.4%: no subject of its own
    "法律援助满意率由96.1%提高到98.4%，提高2.3个百分点，增长了3.4%。",
    # (4.1 - 3.2) / 3.2 = 28.1%, not 24.1%
    "全年网上立案4.1万件，上年为3.2万件，同比增长24.1%，群众平均等候时间缩短五成以上。",
    # 93.6 - 88.0 = 5.6 points, not 6.5
    "复议决定履行率由上年的88.0%提升至93.6%，提升6.5个百分点；行政应诉案件数同比下降15.2%。",
]


@pytest.mark.parametrize("text", CLAIMED_RIGHT)
def test_a_change_of_another_subject_is_no_error_on_a_claimed_pair(text: str) -> None:
    assert _errors(text) == [], text


@pytest.mark.parametrize("text", CLAIMED_WRONG)
def test_the_pairs_own_change_stays_an_error(text: str) -> None:
    assert any(code in ("N106", "N108") for code, _ in _errors(text)), text


def test_a_change_of_another_subject_on_a_claimed_pair_is_silent() -> None:
    text = CLAIMED_RIGHT[0]
    # 12.4% read against 8.2% -> 10.5% ((10.5 - 8.2) / 8.2 = 28.0%): its prior is unsaid, so
    # since session 17 (s17-yoy) no warning either — a warning on a consistent statement
    assert _any(text, codes=("N108",)) == []


# --- 2. separate items, 3. a sibling whole, 4. a 100% rate said of all ---------------------------

OTHER_RIGHT = [
    # item one: 236 = 219 + 17; item three: 27 of 64 — 64 is not above item one's 17 rejected
    "一是规范规划许可，受理建设工程规划许可申请236件，准予许可219件，不予许可17件；二是开展"
    "违法建设整治，拆除违法建筑3.2万平方米；三是受理群众信访事项64件，已全部按期答复。",
    # item one: 88 = 80 + 8; item two: 31 accepted complaints, not above item one's 8
    "一是办理社会团体登记申请88件，准予登记80件，不予登记8件；二是受理群众投诉举报31件，"
    "均已调查核实并答复。",
    # 47 + 81 = 128 (属实 / 不属实); 21 of the 47 punished: 21 <= 47
    "全年共收到违法排污举报线索128条，经核查属实的47条，对其中情节较重的21条立案处罚，"
    "核查不属实的81条已逐一向举报人反馈。",
    # 41 + 52 = 93; 29 of the 41 filed
    "全年收到安全生产举报93条，核查属实的41条，对其中涉及违法行为的29条立案查处，核查不属实"
    "的52条均已反馈。",
    # 66 + 90 = 156; 38 of the 66
    "全年受理食品投诉举报156件，经核查属实的66件，对其中情节严重的38件立案，核查不属实的90件"
    "已答复投诉人。",
    # 出庭应诉率100% of the 28 heard cases: 28 / 28 (not 28 / 38 or 28 / 42)
    "全年作为被告的行政诉讼案件42件，审结38件，负责人出庭应诉率100%，开庭审理的28件均由"
    "局领导出庭应诉。",
    # 100% of the 31 heard cases: 31 / 31 (not 31 / 49)
    "全年办理行政应诉案件57件，审结49件；开庭审理的31件全部由局负责人出庭应诉，出庭应诉率100%。",
    # 100% of the 19 major decisions: 19 / 19 (not 19 / 60)
    "全年作出行政处罚决定60件，审核率100%，其中重大执法决定19件均经法制审核。",
]

OTHER_WRONG = [
    # one item: 219 + 17 = 236, but 受理 226 < 236 decided
    "一是规范规划许可，受理建设工程规划许可申请226件，准予许可219件，不予许可17件；二是开展"
    "违法建设整治，拆除违法建筑3.2万平方米。",
    # one item: 80 + 8 = 88 > 85 received
    "一是办理社会团体登记申请85件，准予登记80件，不予登记8件；二是受理群众投诉举报31件，"
    "均已调查核实并答复。",
    # 其中 of the 63 属实: 71 > 63 (63 + 93 = 156 does not excuse it)
    "全年共收到食品安全投诉举报线索156条，经核查属实的63条，对其中涉及违法行为的71条依法"
    "立案查处，核查不属实的93条已向举报人反馈。",
    # 属实 / 不属实 exhaustive: 58 + 91 = 149 != 146
    "全年共收到环境违法举报线索146条，经核查，属实的58条、不属实的91条，属实线索均已立案。",
    # 受理 / 不予受理 exhaustive: 131 + 12 = 143 != 145
    "全年共收到行政复议申请145件，依法受理131件，不予受理12件，受理的案件均已审结。",
    # 办结率100% of 86 accepted, but only 80 concluded: 80 / 86 = 93.0%
    "全年受理行政复议申请86件，办结80件，办结率100%。",
    # 出庭应诉率100% stated, but 24 of the 31 heard: 24 / 31 = 77.4%
    "全年开庭审理的行政诉讼案件31件，负责人出庭应诉24件，出庭应诉率100%。",
    # 100% of 47 reviewed stated, 42 reviewed: 42 / 47 = 89.4%
    "全年作出重大执法决定47件，经法制审核的42件，法制审核率100%。",
]


@pytest.mark.parametrize("text", OTHER_RIGHT)
def test_an_inferred_link_is_no_error(text: str) -> None:
    assert _errors(text) == [], text


@pytest.mark.parametrize("text", OTHER_WRONG)
def test_a_stated_link_stays_an_error(text: str) -> None:
    assert _errors(text), text


RATE_OF_SET_RIGHT = [
    # 法制审核率100% of the 12 major decisions: 12 / 12 (not 12 / 52)
    "全年作出行政处罚决定五十二件，其中属于重大执法决定的十二件，重大执法决定法制审核率达到100%。",
    # 听证告知率100% of the 9 large fines: 9 / 9 (not 9 / 140)
    "全年办理行政处罚案件140件，其中属于较大数额罚款的9件，较大数额罚款听证告知率100%。",
    # 集体讨论率100% of the 6 complex cases: 6 / 6 (not 6 / 75)
    "全年办结行政处罚案件75件，其中属于情节复杂案件的6件，情节复杂案件集体讨论率100%。",
    # 备案审查率100% of the 14 normative documents: 14 / 14 (not 14 / 63)
    "全年制发各类文件63件，其中属于行政规范性文件的14件，行政规范性文件备案审查率100%。",
    # 公开率100% of the 27 decisions with a public interest: 27 / 27 (not 27 / 310)
    "全年作出行政许可决定310件，其中涉及公共利益的重大许可27件，重大许可决定公开率100%。",
    # 回访率100% of the 18 major complaints: 18 / 18 (not 18 / 240)
    "全年受理投诉240件，其中属于重大投诉事项的18件，重大投诉事项回访率100%。",
]

RATE_OF_SET_WRONG = [
    # 12 reviewed of 52: 23.1%, not 100% (the figure's clause says 法制审核)
    "全年作出行政处罚决定五十二件，其中经法制审核的十二件，法制审核率达到100%。",
    # 9 told of 11 large fines: 81.8%, not 100%
    "全年办理较大数额罚款案件11件，已听证告知9件，听证告知率100%。",
    # 6 discussed of 8 complex cases: 75%, not 100%
    "全年办结情节复杂案件8件，经集体讨论的6件，集体讨论率100%。",
    # 14 filed of 16: 87.5%, not 100%
    "全年制发行政规范性文件16件，已报送备案审查14件，备案审查率100%。",
    # 27 published of 30: 90%, not 100%
    "全年作出重大许可决定30件，已向社会公开27件，重大许可决定公开率100%。",
    # 18 visited of 20: 90%, not 100%
    "全年受理重大投诉事项20件，已回访18件，回访率100%。",
]


@pytest.mark.parametrize("text", RATE_OF_SET_RIGHT)
def test_a_100_percent_rate_of_the_set_a_figure_counts_is_no_error(text: str) -> None:
    assert _errors(text) == [], text


@pytest.mark.parametrize("text", RATE_OF_SET_WRONG)
def test_a_100_percent_rate_over_its_stated_numerator_stays_an_error(text: str) -> None:
    assert any(code == "N104" for code, _ in _errors(text)), text


EFFECT_RIGHT = [
    # 1200 <= 2860; 2.6亿 is the consumption the coupons brought about, no part of 2860万
    "全年兑现扶持资金2860万元，其中发放消费券1200万元，带动线下消费约2.6亿元。",
    # 420 <= 1560; 1.9亿 of loans leveraged
    "全年发放就业创业补贴1560万元，其中创业担保贷款贴息420万元，撬动创业担保贷款约1.9亿元。",
    # 300 <= 860; 4100万 of spending brought about
    "全年安排文旅补助资金860万元，其中发放惠民券300万元，拉动文旅消费约4100万元。",
    # 500 <= 1200; 6.5亿 of investment attracted
    "全年拨付招商奖励资金1200万元，其中兑现落户奖励500万元，吸引社会投资约6.5亿元。",
    # 610 <= 930; 12亿 of cover leveraged
    "全年投入农业保险补贴资金930万元，其中保费补贴610万元，撬动风险保障约12亿元。",
]

EFFECT_WRONG = [
    # 3020 > 2860 (a single part above the whole, without the effect)
    "全年兑现扶持资金2860万元，其中发放消费券3020万元，带动线下消费约2.6亿元。",
    # 300 + 600 = 900 > 860
    "全年安排文旅补助资金860万元，其中发放惠民券300万元、景区奖补600万元，拉动文旅消费约4100万元。",
    # 500 + 760 = 1260 > 1200
    "全年拨付招商奖励资金1200万元，其中落户奖励500万元、租金补贴760万元，吸引社会投资约6.5亿元。",
    # 610 + 350 = 960 > 930
    "全年投入农业保险补贴资金930万元，其中中央补贴610万元、省级补贴350万元，撬动风险保障约12亿元。",
    # 分别为 split: 1200 + 1700 = 2900 != 2860 (the effect after it hid it before)
    "全年兑现扶持资金2860万元，分别为消费券1200万元、企业奖补1700万元，带动线下消费约2.6亿元。",
    # 1200 + 1800 = 3000 > 2860
    "全年兑现扶持资金2860万元，其中发放消费券1200万元、企业奖补1800万元，带动线下消费约2.6亿元。",
    # 1700 > 1560 (a single part above the whole)
    "全年发放就业创业补贴1560万元，其中创业补贴1700万元，撬动创业担保贷款约1.9亿元。",
]


@pytest.mark.parametrize("text", EFFECT_RIGHT)
def test_a_figure_an_action_brought_about_is_no_part(text: str) -> None:
    assert _errors(text) == [], text


@pytest.mark.parametrize("text", EFFECT_WRONG)
def test_parts_above_the_whole_without_the_effect_stay_an_error(text: str) -> None:
    assert any(code == "N101" for code, _ in _errors(text)), text


# --- 5. a table row carried as the subject to a clause that names only its column -------------


# 34 + 12 + 9 = 55 cases; 8.6 + 15.2 + 3.1 = 26.9 万元
_FINES = [
    ["领域", "案件数（件）", "罚没款（万元）"],
    ["食品", "34", "8.6"],
    ["药品", "12", "15.2"],
    ["特种设备", "9", "3.1"],
    ["合计", "55", "26.9"],
]
# 820 + 312 = 1132 accepted; 806 + 298 = 1104 concluded
_LICENCES = [
    ["事项", "受理（件）", "办结（件）"],
    ["企业登记", "820", "806"],
    ["食品经营许可", "312", "298"],
    ["合计", "1132", "1104"],
]
_FINES_LEAD = "全年分领域查处情况见下表。"
_LICENCES_LEAD = "全年各类事项办理情况见下表。"

TABLE_RIGHT = [
    # 药品 row: 15.2 (not the 合计 26.9); 15.2 / 26.9 = 56.51% -> 56.5%
    (_FINES, _FINES_LEAD, "其中药品领域案件虽仅12件，但罚没款达15.2万元，占罚没总额的56.5%。"),
    # 食品 row: 8.6
    (_FINES, _FINES_LEAD, "其中食品领域案件最多，为34件，而罚没款为8.6万元。"),
    # 特种设备 row: 3.1
    (_FINES, _FINES_LEAD, "特种设备领域立案9件，罚没款3.1万元。"),
    # 特种设备 row: 3.1 (仅 says nothing of the row)
    (_FINES, _FINES_LEAD, "其中特种设备领域案件9件，但罚没款仅3.1万元。"),
    # 食品经营许可 row: 298 concluded
    (_LICENCES, _LICENCES_LEAD, "其中食品经营许可受理312件，但办结298件。"),
    # 企业登记 row: 806
    (_LICENCES, _LICENCES_LEAD, "其中企业登记受理820件，而办结806件。"),
    # the totals, said with 共: 55 and 26.9
    (_FINES, _FINES_LEAD, "全年共查处案件55件，罚没款26.9万元。"),
    # the totals: 1132 and 1104
    (_LICENCES, _LICENCES_LEAD, "全年共受理1132件，办结1104件。"),
]

TABLE_WRONG = [
    # 药品 row 15.2, not 16.2
    (_FINES, _FINES_LEAD, "其中药品领域案件12件，但罚没款达16.2万元。"),
    # 食品经营许可 row 298, not 289
    (_LICENCES, _LICENCES_LEAD, "其中食品经营许可受理312件，但办结289件。"),
    # 特种设备 row 3.1, not 1.3
    (_FINES, _FINES_LEAD, "其中特种设备领域案件9件，但罚没款仅1.3万元。"),
    # 企业登记 row 806, not 860
    (_LICENCES, _LICENCES_LEAD, "其中企业登记受理820件，而办结860件。"),
    # total 26.9, not 28.9
    (_FINES, _FINES_LEAD, "全年共查处案件55件，罚没款合计28.9万元。"),
    # total 55, not 57
    (_FINES, _FINES_LEAD, "全年共查处案件57件，罚没款26.9万元。"),
    # 企业登记 row 820, not 802
    (_LICENCES, _LICENCES_LEAD, "其中企业登记受理802件。"),
    # 食品 row 34, not 43
    (_FINES, _FINES_LEAD, "其中食品领域案件43件，罚没款8.6万元。"),
]


def _table_findings(rows: list[list[str]], before: str, after: str) -> list[Severity | None]:
    found = contradictions(analyze_document(table_document(rows, before, after), 2024))
    return [r.severity for r in found if r.code == "N401"]


@pytest.mark.parametrize(("rows", "before", "after"), TABLE_RIGHT)
def test_a_row_carried_to_its_column_is_read_against_that_row(
    rows: list[list[str]], before: str, after: str
) -> None:
    assert _table_findings(rows, before, after) == [], after


@pytest.mark.parametrize(("rows", "before", "after"), TABLE_WRONG)
def test_a_text_figure_unlike_its_row_or_total_is_found(
    rows: list[list[str]], before: str, after: str
) -> None:
    assert _table_findings(rows, before, after), after


# --- 7. a verb that is the tail of another word (公共收益 holds no 共收) ----------------------

NOT_A_VERB_RIGHT = [
    # 1031 concluded of the 1057 accepted; 213 (公共收益) is a part, not what came in
    "全年受理物业服务投诉1057件，其中涉及公共收益管理的213件；截至年底已办结1031件。",
    # 488 of 512; 96 is a 公共收费 part
    "全年受理价格举报512件，其中涉及公共收费的96件；已办结488件。",
    # 640 of 655; 120 (公共收益分配) a part
    "全年受理村务监督投诉655件，其中涉及公共收益分配的120件，已办结640件。",
    # 301 of 310; 45 a part
    "全年受理小区业主投诉310件，其中反映公共收益公示的45件，已全部办结301件。",
]

NOT_A_VERB_WRONG = [
    # 共收到 stays a received verb: 受理 138 > 共收到 126
    "全年共收到行政复议申请126件，依法受理138件。",
    # 办结 97 > 共收到 85, no carry-over told
    "全年共收到信访事项85件，已办结97件，无上年结转。",
    # 受理 64 + 不予受理 9 = 73 > 共收到 70
    "全年共收到政府信息公开申请70件，受理64件，不予受理9件。",
    # 受理 52 > 共收到 48
    "全年共收到投诉举报48件，经审查受理52件。",
]


@pytest.mark.parametrize("text", NOT_A_VERB_RIGHT)
def test_a_verb_inside_another_word_counts_nothing(text: str) -> None:
    assert _any(text, codes=("N103", "N107")) == [], text


@pytest.mark.parametrize("text", NOT_A_VERB_WRONG)
def test_the_verb_itself_still_counts(text: str) -> None:
    assert _errors(text), text


# --- 8. 「一半以上」「一半多」: more than half, not about half -----------------------------------

HALF_RIGHT = [
    # (1260 - 590) / 1260 = 53.2% >= 50%
    "全区涉企行政检查次数由上年的1260次减少到590次，减少了一半以上。",
    # (88 - 40) / 88 = 54.5%
    "全年行政复议案件由上年的88件下降至40件，下降了一半多。",
    # a rise: (480 - 310) / 310 = 54.8%
    "全年网上办件量由上年的310万件增至480万件，增长了一半以上。",
    # (96 - 45) / 96 = 53.1%
    "群众重复信访由上年的96件减少到45件，减少一半以上。",
]

HALF_WRONG = [
    # (1260 - 690) / 1260 = 45.2% < 50%
    "全区涉企行政检查次数由上年的1260次减少到690次，减少了一半以上。",
    # (88 - 50) / 88 = 43.2%
    "全年行政复议案件由上年的88件下降至50件，下降了一半多。",
    # (430 - 310) / 310 = 38.7%
    "全年网上办件量由上年的310万件增至430万件，增长了一半以上。",
    # (96 - 55) / 96 = 42.7%
    "群众重复信访由上年的96件减少到55件，减少一半以上。",
]


@pytest.mark.parametrize("text", HALF_RIGHT)
def test_more_than_half_fits_any_change_from_half(text: str) -> None:
    assert _errors(text) == [], text


@pytest.mark.parametrize("text", HALF_WRONG)
def test_more_than_half_is_not_about_half(text: str) -> None:
    assert any(code == "N108" for code, _ in _errors(text)), text
